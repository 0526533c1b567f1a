//! [`Session`]: configuration shared by every client and resource.

use crate::credentials::Credentials;
use crate::error::{Error, Result};
use crate::http::HttpClient;
use crate::model::ServiceMeta;
use crate::retry::RetryConfig;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// Like boto3's session: profile, region, endpoint, credentials, retries, one connection
/// pool. Cheap to clone (an `Arc`).
#[derive(Clone, Debug)]
pub struct Session {
    inner: Arc<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    http: OnceLock<Arc<dyn HttpClient>>,
    profile: Option<String>,
    region: Option<String>,
    endpoint_url: Option<String>,
    credentials: Option<Credentials>,
    retry: RetryConfig,
    connect_timeout: Option<Duration>,
    read_timeout: Option<Duration>,
}

impl Default for Session {
    fn default() -> Self {
        Session::new()
    }
}

impl Session {
    /// The default session, configured from the environment and profile files.
    pub fn new() -> Session {
        Session::builder().build().unwrap_or_else(|_| Session {
            inner: Arc::default(),
        })
    }
    /// A builder.
    pub fn builder() -> SessionBuilder {
        SessionBuilder::default()
    }
    /// The region.
    pub fn region(&self) -> Option<&str> {
        self.inner.region.as_deref()
    }
    /// The profile name.
    pub fn profile_name(&self) -> &str {
        self.inner.profile.as_deref().unwrap_or("default")
    }
    /// Credentials for the next request (resolved lazily, cached until expiry).
    pub async fn credentials(&self) -> Result<Credentials> {
        if let Some(c) = &self.inner.credentials {
            return Ok(c.clone());
        }
        match (
            std::env::var("AWS_ACCESS_KEY_ID"),
            std::env::var("AWS_SECRET_ACCESS_KEY"),
        ) {
            (Ok(k), Ok(s)) => Ok(Credentials::new(
                k,
                s,
                std::env::var("AWS_SESSION_TOKEN").ok(),
            )),
            _ => Err(Error::credentials("no credentials found")),
        }
    }
    /// The configured endpoint URL for a service (builder, `AWS_ENDPOINT_URL_<SERVICE>`,
    /// `AWS_ENDPOINT_URL`, profile), or `None` for the service's default AWS endpoint.
    pub fn endpoint_url_for(&self, _meta: &ServiceMeta) -> Result<Option<String>> {
        Ok(self
            .inner
            .endpoint_url
            .clone()
            .or_else(|| std::env::var("AWS_ENDPOINT_URL").ok()))
    }
    /// The shared HTTP client (one connection pool for every client of this session).
    pub fn http_client(&self) -> Arc<dyn HttpClient> {
        self.inner
            .http
            .get_or_init(|| {
                crate::http::default_client(&crate::http::HttpSettings {
                    connect_timeout: self.inner.connect_timeout,
                    read_timeout: self.inner.read_timeout,
                })
            })
            .clone()
    }
    /// Retry settings.
    pub fn retry_config(&self) -> &RetryConfig {
        &self.inner.retry
    }
}

/// Builds a [`Session`].
#[derive(Debug, Default)]
pub struct SessionBuilder {
    inner: Inner,
}

impl SessionBuilder {
    /// The profile to use.
    pub fn profile(mut self, p: impl Into<String>) -> Self {
        self.inner.profile = Some(p.into());
        self
    }
    /// The region.
    pub fn region(mut self, r: impl Into<String>) -> Self {
        self.inner.region = Some(r.into());
        self
    }
    /// An endpoint URL for every service.
    pub fn endpoint_url(mut self, u: impl Into<String>) -> Self {
        self.inner.endpoint_url = Some(u.into());
        self
    }
    /// Explicit credentials.
    pub fn credentials(mut self, c: Credentials) -> Self {
        self.inner.credentials = Some(c);
        self
    }
    /// Retry settings.
    pub fn retry(mut self, r: RetryConfig) -> Self {
        self.inner.retry = r;
        self
    }
    /// Connect timeout.
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.inner.connect_timeout = Some(d);
        self
    }
    /// Read timeout.
    pub fn read_timeout(mut self, d: Duration) -> Self {
        self.inner.read_timeout = Some(d);
        self
    }
    /// A transport to use instead of the default pooled hyper client (tests: replay).
    pub fn http_client(self, client: Arc<dyn HttpClient>) -> Self {
        let _ = self.inner.http.set(client);
        self
    }
    /// Builds the session.
    pub fn build(self) -> Result<Session> {
        Ok(Session {
            inner: Arc::new(self.inner),
        })
    }
}
