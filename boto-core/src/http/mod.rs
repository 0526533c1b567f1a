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
