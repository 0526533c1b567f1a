//! Transport: the [`HttpClient`] trait, the hyper implementation, [`ByteStream`] bodies and
//! a replay client for tests.

mod body;

pub use body::ByteStream;

use crate::error::Result;
use futures::future::BoxFuture;

/// A request as the transport sends it.
pub type HttpRequest = http::Request<ByteStream>;
/// A response as the transport returns it (body still streaming).
pub type HttpResponse = http::Response<ByteStream>;

/// Sends one HTTP request. Implementations: the pooled hyper client and a replay client.
pub trait HttpClient: Send + Sync + std::fmt::Debug + 'static {
    /// Sends `request`; resolves once the response head has arrived.
    fn send(&self, request: HttpRequest) -> BoxFuture<'static, Result<HttpResponse>>;
}

/// Settings of the default transport.
#[derive(Debug, Clone, Default)]
pub struct HttpSettings {
    /// Connect timeout.
    pub connect_timeout: Option<std::time::Duration>,
    /// Read timeout (between bytes of the response).
    pub read_timeout: Option<std::time::Duration>,
}

/// The default pooled transport (hyper + rustls).
pub fn default_client(_settings: &HttpSettings) -> std::sync::Arc<dyn HttpClient> {
    unimplemented!("the hyper transport is being written")
}
