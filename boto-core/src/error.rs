//! The one public error type.
//!
//! [`Error`] is small (one boxed pointer) and tells apart service errors, transport
//! failures, timeouts, credential problems, bad input caught before sending, responses that
//! could not be decoded, and configuration mistakes. Messages never contain secrets.

use std::fmt;

/// `Result` with [`Error`] as its default error.
pub type Result<T, E = Error> = std::result::Result<T, E>;

type Source = Box<dyn std::error::Error + Send + Sync + 'static>;

/// What went wrong, broadly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The service answered with an error (see [`Error::code`]).
    Service,
    /// The request never got a complete answer: connection refused or reset, DNS, TLS, I/O.
    Transport,
    /// A connect, read or operation timeout fired.
    Timeout,
    /// No credentials could be found, or a provider failed.
    Credentials,
    /// The input was rejected before anything was sent (missing required field, empty label).
    InvalidInput,
    /// A response could not be decoded (malformed XML/JSON, truncated body, wrong types).
    Decode,
    /// Bad configuration: profile files, endpoint URLs, regions.
    Config,
    /// A waiter reached a failure state or ran out of attempts.
    Waiter,
}

/// A service's error answer: code, message, request id, HTTP status.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServiceError {
    /// The error code (`NoSuchKey`, `ThrottlingException`, ...).
    pub code: String,
    /// The service's message, if any.
    pub message: Option<String>,
    /// The request id the service reported, if any.
    pub request_id: Option<String>,
    /// The HTTP status code.
    pub status: u16,
    /// The legacy code a query-compatible JSON service reports beside the modeled one
    /// (`AWS.SimpleQueueService.NonExistentQueue` for `QueueDoesNotExist`), as boto3 shows
    /// it. [`Error::is_code`] matches either.
    pub legacy_code: Option<String>,
}

/// The longest message kept from a service's error answer, in characters.
pub(crate) const MAX_SERVICE_MESSAGE: usize = 512;
/// The longest code or request id kept from a service's error answer, in characters.
pub(crate) const MAX_SERVICE_FIELD: usize = 128;

/// Cuts `text` to at most `max` characters (on a character boundary), marking the cut
/// with `...`.
pub(crate) fn clip(text: &mut String, max: usize) {
    if let Some((at, _)) = text.char_indices().nth(max) {
        text.truncate(at);
        text.push_str("...");
    }
}

impl ServiceError {
    /// Bounds what came from the wire: the message to [`MAX_SERVICE_MESSAGE`] characters,
    /// the codes and request id to [`MAX_SERVICE_FIELD`] (an HTML page from a proxy is not
    /// a message).
    pub(crate) fn clipped(mut self) -> ServiceError {
        clip(&mut self.code, MAX_SERVICE_FIELD);
        if let Some(m) = &mut self.message {
            clip(m, MAX_SERVICE_MESSAGE);
        }
        for f in [&mut self.request_id, &mut self.legacy_code]
            .into_iter()
            .flatten()
        {
            clip(f, MAX_SERVICE_FIELD);
        }
        self
    }
}

/// The error of every fallible operation in this workspace.
pub struct Error {
    inner: Box<Inner>,
}

struct Inner {
    kind: ErrorKind,
    message: String,
    service: Option<ServiceError>,
    source: Option<Source>,
}

impl Error {
    fn build(kind: ErrorKind, message: String, source: Option<Source>) -> Error {
        Error {
            inner: Box::new(Inner {
                kind,
                message,
                service: None,
                source,
            }),
        }
    }

    /// A service error answer.
    pub fn service(err: ServiceError) -> Error {
        let mut e = Error::build(ErrorKind::Service, String::new(), None);
        e.inner.service = Some(err);
        e
    }
    /// A transport failure with its cause.
    pub fn transport(
        message: impl Into<String>,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Error {
        Error::build(ErrorKind::Transport, message.into(), Some(source.into()))
    }
    /// A timeout.
    pub fn timeout(message: impl Into<String>) -> Error {
        Error::build(ErrorKind::Timeout, message.into(), None)
    }
    /// A credentials failure.
    pub fn credentials(message: impl Into<String>) -> Error {
        Error::build(ErrorKind::Credentials, message.into(), None)
    }
    /// Input rejected before sending.
    pub fn invalid_input(message: impl Into<String>) -> Error {
        Error::build(ErrorKind::InvalidInput, message.into(), None)
    }
    /// An undecodable response.
    pub fn decode(message: impl Into<String>) -> Error {
        Error::build(ErrorKind::Decode, message.into(), None)
    }
    /// A configuration error.
    pub fn config(message: impl Into<String>) -> Error {
        Error::build(ErrorKind::Config, message.into(), None)
    }
    /// A waiter failure.
    pub fn waiter(message: impl Into<String>) -> Error {
        Error::build(ErrorKind::Waiter, message.into(), None)
    }
    /// Attaches a cause.
    pub fn with_source(
        mut self,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Error {
        self.inner.source = Some(source.into());
        self
    }

    /// The broad kind.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }
    /// The service error, when the service answered with one.
    pub fn service_error(&self) -> Option<&ServiceError> {
        self.inner.service.as_ref()
    }
    /// The service's error code (`NoSuchKey`, ...), for service errors.
    pub fn code(&self) -> Option<&str> {
        self.inner.service.as_ref().map(|s| s.code.as_str())
    }
    /// The service's message for service errors, else this error's own description.
    pub fn message(&self) -> Option<&str> {
        match &self.inner.service {
            Some(s) => s.message.as_deref(),
            None => Some(self.inner.message.as_str()),
        }
    }
    /// The request id reported by the service.
    pub fn request_id(&self) -> Option<&str> {
        self.inner.service.as_ref()?.request_id.as_deref()
    }
    /// The HTTP status of a service error.
    pub fn status(&self) -> Option<u16> {
        self.inner.service.as_ref().map(|s| s.status)
    }
    /// True when this is a service error with this code (the modeled code, or the legacy
    /// one a query-compatible service also reports).
    pub fn is_code(&self, code: &str) -> bool {
        self.inner
            .service
            .as_ref()
            .is_some_and(|s| s.code == code || s.legacy_code.as_deref() == Some(code))
    }
    /// True for timeouts.
    pub fn is_timeout(&self) -> bool {
        self.inner.kind == ErrorKind::Timeout
    }
}

impl Error {
    /// An error like a shared one: the same kind, message and service answer, and, when it
    /// has a source, that source chain (shared, not re-wrapped).
    pub(crate) fn copy_of(shared: &std::sync::Arc<Error>) -> Error {
        let mut e = Error::build(shared.inner.kind, shared.inner.message.clone(), None);
        e.inner.service = shared.inner.service.clone();
        if shared.inner.source.is_some() {
            e.inner.source = Some(Box::new(SharedSource(shared.clone())));
        }
        e
    }
}

/// The source of a shared [`Error`], standing in for it in a copy: shows and chains as it.
struct SharedSource(std::sync::Arc<Error>);

impl SharedSource {
    fn get(&self) -> Option<&(dyn std::error::Error + Send + Sync + 'static)> {
        self.0.inner.source.as_deref()
    }
}

impl fmt::Debug for SharedSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.get() {
            Some(s) => fmt::Debug::fmt(s, f),
            None => Ok(()),
        }
    }
}

impl fmt::Display for SharedSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.get() {
            Some(s) => fmt::Display::fmt(s, f),
            None => Ok(()),
        }
    }
}

impl std::error::Error for SharedSource {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.get()?.source()
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("Error");
        d.field("kind", &self.inner.kind);
        if let Some(s) = &self.inner.service {
            d.field("code", &s.code)
                .field("message", &s.message)
                .field("request_id", &s.request_id)
                .field("status", &s.status);
        } else {
            d.field("message", &self.inner.message);
        }
        if let Some(src) = &self.inner.source {
            d.field("source", &src.to_string());
        }
        d.finish()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.inner.kind, &self.inner.service) {
            (_, Some(s)) => {
                write!(f, "service error {} (HTTP {})", s.code, s.status)?;
                if let Some(m) = &s.message {
                    write!(f, ": {m}")?;
                }
                if let Some(r) = &s.request_id {
                    write!(f, " [request id {r}]")?;
                }
                Ok(())
            }
            (kind, None) => {
                let what = match kind {
                    ErrorKind::Transport => "transport error",
                    ErrorKind::Timeout => "timeout",
                    ErrorKind::Credentials => "credentials error",
                    ErrorKind::InvalidInput => "invalid input",
                    ErrorKind::Decode => "could not decode response",
                    ErrorKind::Config => "configuration error",
                    ErrorKind::Waiter => "waiter failed",
                    ErrorKind::Service => "service error",
                };
                write!(f, "{what}: {}", self.inner.message)?;
                if let Some(src) = &self.inner.source {
                    write!(f, ": {src}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner
            .source
            .as_deref()
            .map(|s| s as &(dyn std::error::Error + 'static))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_error_accessors_and_display() {
        let e = Error::service(ServiceError {
            code: "NoSuchKey".into(),
            message: Some("The key does not exist".into()),
            request_id: Some("req-1".into()),
            status: 404,
            legacy_code: None,
        });
        assert!(e.is_code("NoSuchKey"));
        assert_eq!(e.status(), Some(404));
        assert_eq!(e.request_id(), Some("req-1"));
        assert_eq!(e.kind(), ErrorKind::Service);
        assert_eq!(
            e.to_string(),
            "service error NoSuchKey (HTTP 404): The key does not exist [request id req-1]"
        );
    }

    #[test]
    fn is_code_matches_the_legacy_code_too() {
        let e = Error::service(ServiceError {
            code: "QueueDoesNotExist".into(),
            legacy_code: Some("AWS.SimpleQueueService.NonExistentQueue".into()),
            status: 400,
            ..ServiceError::default()
        });
        assert!(e.is_code("QueueDoesNotExist"));
        assert!(e.is_code("AWS.SimpleQueueService.NonExistentQueue"));
        assert!(!e.is_code("AWS.SimpleQueueService"));
        assert_eq!(e.code(), Some("QueueDoesNotExist"));
    }

    #[test]
    fn service_errors_are_clipped() {
        let e = ServiceError {
            code: "C".repeat(1000),
            message: Some("é".repeat(100_000)),
            request_id: Some("r".repeat(1000)),
            legacy_code: Some("short".into()),
            status: 502,
        }
        .clipped();
        assert_eq!(e.code, format!("{}...", "C".repeat(MAX_SERVICE_FIELD)));
        assert_eq!(
            e.message.as_deref(),
            Some(format!("{}...", "é".repeat(MAX_SERVICE_MESSAGE)).as_str())
        );
        assert_eq!(e.request_id.unwrap().len(), MAX_SERVICE_FIELD + 3);
        assert_eq!(e.legacy_code.as_deref(), Some("short"));
    }

    #[test]
    fn other_kinds_display_their_message() {
        let e = Error::decode("truncated body");
        assert_eq!(e.code(), None);
        assert!(!e.is_code("x"));
        assert_eq!(e.to_string(), "could not decode response: truncated body");
        assert_eq!(std::mem::size_of::<Error>(), std::mem::size_of::<usize>());
    }
}
