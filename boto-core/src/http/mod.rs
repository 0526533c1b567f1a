//! Transport: the [`HttpClient`] trait, the hyper implementation ([`default_client`]),
//! [`ByteStream`] bodies and a [`replay`] client for tests.

mod body;
mod hyper_client;
pub mod replay;

pub use body::ByteStream;

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
}

/// The default pooled transport: hyper 1 over rustls with the webpki roots, HTTP/1.1 and
/// HTTP/2 for `https://`, plain HTTP/1.1 for `http://` endpoints (local servers).
///
/// Must be called inside a tokio runtime's context only when sending; building it is sync.
pub fn default_client(settings: &HttpSettings) -> Arc<dyn HttpClient> {
    Arc::new(hyper_client::HyperClient::new(settings))
}
