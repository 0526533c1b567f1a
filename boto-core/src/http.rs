//! Transport: the [`HttpClient`] trait, the hyper implementation ([`default_client`]),
//! [`ByteStream`] bodies and a [`replay`] client for tests.

mod body;
mod hyper_client;
mod proxy;
pub mod replay;
#[cfg(test)]
mod test_servers;
mod tls;

pub use body::ByteStream;
pub use proxy::ProxyConfig;

use crate::error::Result;
use futures::future::BoxFuture;
use std::sync::Arc;

/// A request as the transport sends it.
pub type HttpRequest = http::Request<ByteStream>;
/// A response as the transport returns it (body still streaming).
pub type HttpResponse = http::Response<ByteStream>;

/// Sends one HTTP request. Implementations: the pooled hyper client and a replay client.
pub trait HttpClient: Send + Sync + std::fmt::Debug + 'static {
    /// Sends `request`; resolves once the response head has arrived. The response body
    /// streams; reading it may still fail (truncated body, read timeout).
    fn send(&self, request: HttpRequest) -> BoxFuture<'static, Result<HttpResponse>>;
}

/// Settings of the default transport.
#[derive(Debug, Clone, Default)]
pub struct HttpSettings {
    /// Connect timeout (TCP connect); default 60 s.
    pub connect_timeout: Option<std::time::Duration>,
    /// Read timeout: the longest wait for the response head, and between two chunks of the
    /// response body; default 60 s. Firing is an [`Error::timeout`](crate::Error::timeout).
    pub read_timeout: Option<std::time::Duration>,
    /// A PEM file of extra root certificates, trusted besides the webpki roots
    /// (`AWS_CA_BUNDLE`, the profile's `ca_bundle`).
    pub ca_bundle: Option<std::path::PathBuf>,
    /// The proxies (default: none; the session fills them from `HTTPS_PROXY`, ...).
    pub proxy: ProxyConfig,
}

/// The default pooled transport: hyper 1 over rustls with the webpki roots (and the
/// `ca_bundle`'s certificates), HTTP/1.1 (and HTTP/2 by ALPN with the `http2` feature) for
/// `https://`, plain HTTP/1.1 for `http://` endpoints (local servers), through the `proxy`
/// when set.
///
/// Must be called inside a tokio runtime's context only when sending; building it is sync.
/// Settings that cannot be used (an unreadable CA bundle, a bad proxy URL) make a client
/// whose every request fails with that [`Error::config`](crate::Error::config).
pub fn default_client(settings: &HttpSettings) -> Arc<dyn HttpClient> {
    match hyper_client::HyperClient::new(settings) {
        Ok(client) => Arc::new(client),
        Err(e) => {
            let message = e.message().unwrap_or("unusable transport settings");
            Arc::new(Unusable(match std::error::Error::source(&e) {
                Some(cause) => format!("{message}: {cause}"),
                None => message.to_string(),
            }))
        }
    }
}

/// A transport whose settings could not be used.
#[derive(Debug)]
struct Unusable(String);

impl HttpClient for Unusable {
    fn send(&self, _request: HttpRequest) -> BoxFuture<'static, Result<HttpResponse>> {
        let message = self.0.clone();
        Box::pin(async move { Err(crate::Error::config(message)) })
    }
}

/// Checks settings the way [`default_client`] uses them (the CA bundle, the proxy URLs).
pub(crate) fn check_settings(settings: &HttpSettings) -> Result<()> {
    settings.proxy.matcher()?;
    if settings.ca_bundle.is_some() {
        tls::client_config(settings.ca_bundle.as_deref())?;
    }
    Ok(())
}
