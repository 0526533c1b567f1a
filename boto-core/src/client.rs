//! [`ClientHandle`]: the request pipeline every client runs.
//!
//! `input` value → [`protocol::build_request`] (validates, serializes) → SigV4
//! ([`auth::sign_request`], again at every attempt) → the session's transport, retried per
//! the session's [`RetryConfig`](crate::RetryConfig) with a retry quota per client →
//! [`protocol::read_response`] (service errors become `Err`) → output value.

use crate::auth::{self, PresignedRequest, SigningParams};
use crate::credentials::Credentials;
use crate::deadline::Deadline;
use crate::error::{Error, Result};
use crate::http::HttpRequest;
use crate::model::{Operation, ServiceMeta, Shapes};
use crate::protocol::{self, Endpoint};
use crate::retry::{clone_request, retry_loop_observed, Attempt, Decision, RetryQuota};
use crate::session::Session;
use crate::shape::Shape;
use crate::value::Value;
use http::header::{HeaderValue, HOST, USER_AGENT};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;
use tracing::Instrument;

mod addressing;

const USER_AGENT_VALUE: &str = concat!("boto-rs/", env!("CARGO_PKG_VERSION"));
/// The signing region of global endpoints and of custom endpoints without a region.
const DEFAULT_SIGNING_REGION: &str = "us-east-1";

/// What a generated client holds: its session, its service's metadata, the endpoint
/// resolved once, and the retry quota its requests share. Cheap to clone.
#[derive(Clone, Debug)]
pub struct ClientHandle {
    inner: Arc<Inner>,
    timeout: Option<Duration>,
    /// S3 path-style addressing, overriding the session's setting.
    force_path_style: Option<bool>,
}

#[derive(Debug)]
struct Inner {
    session: Session,
    meta: &'static ServiceMeta,
    /// The endpoint, or the configuration error to report at each call.
    endpoint: std::result::Result<Endpoint, String>,
    /// True when the endpoint came from configuration (not the default AWS one).
    custom_endpoint: bool,
    quota: RetryQuota,
}

impl ClientHandle {
    /// A handle for `meta`'s service on `session`. Resolves the endpoint now (configured
    /// URL, else the service's AWS endpoint for the session's region); a resolution error is
    /// returned by every call.
    pub fn new(session: &Session, meta: &'static ServiceMeta) -> ClientHandle {
        let (endpoint, custom_endpoint) = match session.endpoint_url_for(meta) {
            Ok(Some(url)) => (Endpoint::parse(&url), true),
            Ok(None) => (
                default_endpoint(meta, session.region()).and_then(|u| Endpoint::parse(&u)),
                false,
            ),
            Err(e) => (Err(e), true),
        };
        ClientHandle {
            inner: Arc::new(Inner {
                session: session.clone(),
                meta,
                endpoint: endpoint.map_err(|e| e.message().unwrap_or_default().to_string()),
                custom_endpoint,
                quota: RetryQuota::new(),
            }),
            timeout: None,
            force_path_style: None,
        }
    }

    /// The session.
    pub fn session(&self) -> &Session {
        &self.inner.session
    }

    /// The service's metadata.
    pub fn meta(&self) -> &'static ServiceMeta {
        self.inner.meta
    }

    /// The endpoint requests go to.
    pub fn endpoint(&self) -> Result<&Endpoint> {
        self.inner
            .endpoint
            .as_ref()
            .map_err(|m| Error::config(m.clone()))
    }

    /// A handle (sharing this one's endpoint and retry quota) whose calls fail with
    /// [`Error::timeout`] when they take longer than `timeout` in all, retries and the
    /// reading of the response body included (a streamed body too: it ends with the
    /// error). It replaces the session's
    /// [`operation_timeout`](crate::SessionBuilder::operation_timeout); a call's
    /// [`.timeout(d)`](crate::TimeoutExt::timeout) replaces it.
    pub fn with_timeout(&self, timeout: Duration) -> ClientHandle {
        ClientHandle {
            timeout: Some(timeout),
            ..self.clone()
        }
    }

    /// A handle (sharing this one's endpoint and retry quota) that addresses S3 buckets in
    /// the path (`yes`) or, where the bucket name and endpoint allow, in the host name,
    /// whatever the session says ([`SessionBuilder::force_path_style`](crate::SessionBuilder::force_path_style)).
    pub fn with_force_path_style(&self, yes: bool) -> ClientHandle {
        ClientHandle {
            force_path_style: Some(yes),
            ..self.clone()
        }
    }

    /// Builds the unsigned request of `op`, S3 buckets addressed as configured.
    fn build(&self, shapes: &Shapes, op: &Operation, input: Value) -> Result<HttpRequest> {
        let meta = self.inner.meta;
        let endpoint = self.endpoint()?;
        let path_style = self
            .force_path_style
            .unwrap_or_else(|| self.inner.session.force_path_style());
        let bucket = addressing::virtual_host_bucket(meta, op, &input, &endpoint.url, path_style);
        let mut request = protocol::build_request(meta, shapes, op, input, endpoint)?;
        if let Some(bucket) = bucket {
            addressing::to_virtual_host(&mut request, &bucket)?;
        }
        Ok(request)
    }

    /// Typed call: `input.into_value()` → build → sign → send (with retries) → parse →
    /// `O::from_value`.
    pub async fn call<I: Shape, O: Shape>(&self, op: &'static Operation, input: I) -> Result<O> {
        let out = self
            .call_value(&Shapes::EMPTY, op, input.into_value())
            .await?;
        O::from_value(out)
    }

    /// The same on values; `shapes` resolves the operation's arena references (dynamic
    /// models), [`Shapes::EMPTY`] for typed clients.
    ///
    /// The call runs in an `INFO` `tracing` span `operation` (fields `service`,
    /// `operation`, `region`) with one `DEBUG` event `attempt` per attempt (fields
    /// `attempt`, `status`, `request_id`, `latency`, `retry`, `backoff`, `error`).
    pub async fn call_value(&self, shapes: &Shapes, op: &Operation, input: Value) -> Result<Value> {
        let session = &self.inner.session;
        let deadline = Deadline::current().or_else(|| {
            self.timeout
                .or_else(|| session.operation_timeout())
                .map(Deadline::after)
        });
        let span = tracing::info_span!(
            "operation",
            service = &*self.inner.meta.service_id,
            operation = &*op.name,
            region = session.region(),
        );
        let call = self.send(shapes, op, input, deadline);
        Deadline::bound(deadline, &op.name, call)
            .instrument(span)
            .await
    }

    async fn send(
        &self,
        shapes: &Shapes,
        op: &Operation,
        input: Value,
        deadline: Option<Deadline>,
    ) -> Result<Value> {
        let meta = self.inner.meta;
        let session = &self.inner.session;
        let mut request = self.build(shapes, op, input)?;
        request
            .headers_mut()
            .entry(USER_AGENT)
            .or_insert(HeaderValue::from_static(USER_AGENT_VALUE));
        // Signed and sent alike: the transport keeps a Host header that is already there.
        if !request.headers().contains_key(HOST) {
            if let Some(host) = host_header(request.uri()) {
                request.headers_mut().insert(HOST, host);
            }
        }
        let signer = if op.unsigned {
            None
        } else {
            Some((session.credentials().await?, self.signing_region()?))
        };
        let http = session.http_client();
        let max_body = session.max_response_body();
        let resendable = request.body().try_clone().is_some();
        let template = if resendable {
            clone_request(&request)
        } else {
            None
        };
        let mut first = Some(request);
        let signer = &signer;
        // The status and request id of the attempt's response, for its event.
        let answered = Mutex::new(None);
        let answered_ref = &answered;
        retry_loop_observed(
            session.retry_config(),
            &self.inner.quota,
            resendable,
            move |_| {
                let request = first
                    .take()
                    .or_else(|| template.as_ref().and_then(clone_request));
                let http = http.clone();
                async move {
                    let mut request = request.ok_or_else(|| {
                        Error::invalid_input("the request body cannot be sent again")
                    })?;
                    if let Some((creds, region)) = signer {
                        let params = SigningParams::new(region, &meta.signing_name);
                        auth::sign_request(&mut request, creds, &params)?;
                    }
                    let mut response = http.send(request).await?;
                    *answered_ref.lock().unwrap_or_else(PoisonError::into_inner) = Some((
                        response.status().as_u16(),
                        protocol::request_id(response.headers()),
                    ));
                    if let Some(d) = deadline {
                        let body = std::mem::take(response.body_mut());
                        *response.body_mut() = d.bound_body(&op.name, body);
                    }
                    protocol::read_response_limited(meta, shapes, op, response, max_body).await
                }
            },
            |attempt| {
                let answer = answered
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .take();
                attempt_event(&attempt, answer);
            },
        )
        .await
    }

    /// A presigned URL for `op` with `input` (query-string SigV4), valid for `expires`.
    ///
    /// Credentials come from the session: at once when they are explicit, from the
    /// environment or cached; otherwise this call blocks while the provider chain resolves
    /// them on a short-lived runtime of its own.
    pub fn presign<I: Shape>(
        &self,
        op: &'static Operation,
        input: I,
        expires: Duration,
    ) -> Result<PresignedRequest> {
        let meta = self.inner.meta;
        let request = self.build(&Shapes::EMPTY, op, input.into_value())?;
        let creds = credentials_blocking(&self.inner.session)?;
        let region = self.signing_region()?;
        auth::presign(
            &request,
            &creds,
            &SigningParams::new(&region, &meta.signing_name),
            expires,
        )
    }

    /// The region signatures are scoped to: the session's; global services and configured
    /// endpoints without a region use `us-east-1`.
    fn signing_region(&self) -> Result<String> {
        match self.inner.session.region() {
            Some(r) if self.inner.meta.global_endpoint.is_none() => Ok(r.to_string()),
            _ if self.inner.meta.global_endpoint.is_some() || self.inner.custom_endpoint => {
                Ok(DEFAULT_SIGNING_REGION.to_string())
            }
            _ => Err(no_region(self.inner.meta)),
        }
    }
}

/// The event of one attempt, at `DEBUG` in the operation's span: `attempt` (1, 2, ...),
/// `status` (when a response arrived), `request_id` (from the response's headers, or the
/// service error's body), `latency` (from sending to the parsed answer), `retry` (what
/// happens next: `done`, `retry`, `not retryable`, `attempts exhausted`,
/// `quota exhausted`), `backoff` (before the next attempt) and `error`. Nothing of the
/// request (headers, signature, credentials) is recorded.
fn attempt_event(attempt: &Attempt<'_>, answer: Option<(u16, Option<String>)>) {
    let (status, header_id) = answer.unzip();
    let request_id = attempt
        .error
        .and_then(Error::request_id)
        .map(str::to_owned)
        .or(header_id.flatten());
    let backoff = match attempt.decision {
        Decision::Retry { backoff, .. } => Some(backoff),
        _ => None,
    };
    tracing::debug!(
        attempt = attempt.number,
        status,
        request_id = request_id.as_deref(),
        latency = ?attempt.latency,
        retry = attempt.decision.as_str(),
        backoff = backoff.map(tracing::field::debug),
        error = attempt.error.map(tracing::field::display),
        "attempt"
    );
}

fn no_region(meta: &ServiceMeta) -> Error {
    Error::config(format!(
        "no region for {}: set Session::builder().region(..), AWS_REGION or the profile's region",
        meta.service_id
    ))
}

/// The service's AWS endpoint: `https://{endpoint_prefix}.{region}.amazonaws.com`
/// (`.amazonaws.com.cn` in China), the global host of global services, and
/// `s3.amazonaws.com` for S3 in `us-east-1`.
pub(crate) fn default_endpoint(meta: &ServiceMeta, region: Option<&str>) -> Result<String> {
    if let Some(host) = &meta.global_endpoint {
        return Ok(format!("https://{host}"));
    }
    let region = region.ok_or_else(|| no_region(meta))?;
    let valid = !region.is_empty()
        && region
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !valid {
        return Err(Error::config(format!("invalid region name {region:?}")));
    }
    if meta.endpoint_prefix == "s3" && region == "us-east-1" {
        return Ok("https://s3.amazonaws.com".to_string());
    }
    let suffix = if region.starts_with("cn-") {
        "amazonaws.com.cn"
    } else {
        "amazonaws.com"
    };
    Ok(format!(
        "https://{}.{region}.{suffix}",
        meta.endpoint_prefix
    ))
}

/// The Host header for `uri`: its host, with the port unless it is the scheme's default.
fn host_header(uri: &http::Uri) -> Option<HeaderValue> {
    let host = uri.host()?;
    let default_port = match uri.scheme_str() {
        Some("https") => Some(443),
        Some("http") => Some(80),
        _ => None,
    };
    let value = match uri.port_u16() {
        Some(port) if Some(port) != default_port => format!("{host}:{port}"),
        _ => host.to_string(),
    };
    HeaderValue::from_str(&value).ok()
}

/// The session's credentials without an async context: immediately when they need no I/O
/// (explicit, environment, cached), else on a runtime of a helper thread.
fn credentials_blocking(session: &Session) -> Result<Credentials> {
    use futures::FutureExt;
    if tokio::runtime::Handle::try_current().is_ok() {
        if let Some(ready) = session.credentials().now_or_never() {
            return ready;
        }
    }
    let session = session.clone();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| {
                Error::credentials("cannot start a runtime to resolve credentials").with_source(e)
            })?;
        rt.block_on(session.credentials())
    })
    .join()
    .unwrap_or_else(|_| Err(Error::credentials("resolving credentials panicked")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Protocol;
    use std::borrow::Cow;

    fn meta(prefix: &'static str, global: Option<&'static str>) -> ServiceMeta {
        ServiceMeta {
            protocol: Protocol::AwsJson1_0,
            api_version: Cow::Borrowed("2012-11-05"),
            target_prefix: Some(Cow::Borrowed("AmazonSQS")),
            json_version: Some(Cow::Borrowed("1.0")),
            signing_name: Cow::Borrowed(prefix),
            endpoint_prefix: Cow::Borrowed(prefix),
            service_id: Cow::Borrowed("SQS"),
            xml_namespace: None,
            global_endpoint: global.map(Cow::Borrowed),
        }
    }

    #[test]
    fn default_endpoints() {
        let sqs = meta("sqs", None);
        assert_eq!(
            default_endpoint(&sqs, Some("eu-west-1")).unwrap(),
            "https://sqs.eu-west-1.amazonaws.com"
        );
        assert_eq!(
            default_endpoint(&sqs, Some("cn-north-1")).unwrap(),
            "https://sqs.cn-north-1.amazonaws.com.cn"
        );
        assert_eq!(
            default_endpoint(&meta("s3", None), Some("us-east-1")).unwrap(),
            "https://s3.amazonaws.com"
        );
        assert_eq!(
            default_endpoint(&meta("s3", None), Some("us-west-2")).unwrap(),
            "https://s3.us-west-2.amazonaws.com"
        );
        let iam = meta("iam", Some("iam.amazonaws.com"));
        assert_eq!(
            default_endpoint(&iam, None).unwrap(),
            "https://iam.amazonaws.com"
        );
        let err = default_endpoint(&sqs, None).unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Config);
        assert!(err.to_string().contains("no region"), "{err}");
        for bad in ["", "us-east-1/evil", "Us-East-1", "a.b"] {
            assert!(default_endpoint(&sqs, Some(bad)).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn host_headers_drop_default_ports() {
        let h = |u: &str| host_header(&u.parse().unwrap()).unwrap();
        assert_eq!(h("http://127.0.0.1:5000/x"), "127.0.0.1:5000");
        assert_eq!(h("https://s3.amazonaws.com:443/"), "s3.amazonaws.com");
        assert_eq!(h("http://h:80"), "h");
        assert_eq!(h("https://h:8443"), "h:8443");
    }

    #[test]
    fn endpoint_urls_are_checked() {
        let e = Endpoint::parse("http://127.0.0.1:5000").unwrap();
        assert_eq!(e.url.port_u16(), Some(5000));
        assert_eq!(
            Endpoint::parse("https://h/base").unwrap().url.path(),
            "/base"
        );
        assert_eq!(
            Endpoint::parse("http://[::1]:65535")
                .unwrap()
                .url
                .port_u16(),
            Some(65535)
        );
        assert_eq!(
            Endpoint::parse(" HTTPS://s3.amazonaws.com ")
                .unwrap()
                .url
                .host(),
            Some("s3.amazonaws.com")
        );
        for (bad, why) in [
            ("127.0.0.1:5000", "scheme"),
            ("ftp://h", "http or https"),
            ("http://", "no host"),
            ("not a url", "whitespace"),
            ("", "empty"),
            ("http://127.0.0.1:99999", "port"),
            ("http://127.0.0.1:0", "port"),
            ("http://127.0.0.1:", "port"),
            ("http://127.0.0.1:-1", "port"),
            ("http://127.0.0.1:80a", "port"),
            ("http://user:pw@127.0.0.1:5000", "user name"),
            ("http://127.0.0.1:5000/?a=b", "query"),
            ("http://127.0.0.1:5000#frag", "fragment"),
            ("http://[::1", "unclosed"),
            ("http://[zz]:80", "IPv6"),
            ("http://h\\x/", "host"),
            ("http://h\n/", "control"),
        ] {
            let err = Endpoint::parse(bad).unwrap_err();
            assert_eq!(err.kind(), crate::ErrorKind::Config, "{bad:?}");
            assert!(err.to_string().contains(why), "{bad:?}: {err}");
            assert!(!err.to_string().contains("pw"), "{err}");
        }
    }

    static SQS: std::sync::LazyLock<ServiceMeta> = std::sync::LazyLock::new(|| meta("sqs", None));
    static IAM: std::sync::LazyLock<ServiceMeta> =
        std::sync::LazyLock::new(|| meta("iam", Some("iam.amazonaws.com")));

    #[test]
    fn endpoint_and_signing_region_resolution() {
        let s = Session::builder().region("eu-west-1").build().unwrap();
        let c = ClientHandle::new(&s, &SQS);
        assert_eq!(
            c.endpoint().unwrap().url.to_string(),
            "https://sqs.eu-west-1.amazonaws.com/"
        );
        assert_eq!(c.signing_region().unwrap(), "eu-west-1");
        assert_eq!(
            ClientHandle::new(&s, &IAM).signing_region().unwrap(),
            "us-east-1"
        );

        let local = Session::builder()
            .endpoint_url("http://127.0.0.1:5000")
            .build()
            .unwrap();
        let c = ClientHandle::new(&local, &SQS);
        assert_eq!(
            c.endpoint().unwrap().url.authority().unwrap(),
            "127.0.0.1:5000"
        );
        assert_eq!(c.signing_region().unwrap(), "us-east-1");

        let err = Session::builder()
            .endpoint_url("http://127.0.0.1:99999")
            .build()
            .unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Config);
        assert!(err.to_string().contains("port"), "{err}");
        // A bad URL from the environment: every call of the client reports it.
        let env = crate::config::Env::from_map([("AWS_ENDPOINT_URL", "http://127.0.0.1:99999")]);
        let bad = Session::builder().env(env).build().unwrap();
        let err = ClientHandle::new(&bad, &SQS).endpoint().unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Config);
        assert!(err.to_string().contains("port"), "{err}");
    }

    #[test]
    fn call_futures_are_send() {
        fn assert_send<T: Send>(_: &T) {}
        let s = Session::builder().region("eu-west-1").build().unwrap();
        let c = ClientHandle::new(&s, &SQS);
        let op = Box::leak(Box::new(Operation::rpc("ListQueues")));
        let shapes = Shapes::default();
        assert_send(&c.call_value(&shapes, op, Value::structure()));
        assert_send(&c.call::<Empty, Empty>(op, Empty));
    }

    /// An empty structure shape.
    struct Empty;
    static EMPTY: std::sync::LazyLock<crate::model::Schema> =
        std::sync::LazyLock::new(|| crate::model::Schema {
            name: Cow::Borrowed("Empty"),
            kind: crate::model::Kind::Structure {
                members: Vec::new(),
                union: false,
            },
            traits: Default::default(),
        });
    impl Shape for Empty {
        fn schema() -> &'static crate::model::Schema {
            &EMPTY
        }
        fn into_value(self) -> Value {
            Value::structure()
        }
        fn from_value(_: Value) -> Result<Self> {
            Ok(Empty)
        }
    }
}
