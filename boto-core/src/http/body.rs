use crate::error::{Error, Result};
use bytes::Bytes;
use futures::stream::{BoxStream, Stream, StreamExt};
use std::fmt;
use std::pin::Pin;
use std::task::{Context, Poll};

/// A body: bytes in memory (rewindable) or a stream of chunks (sent once).
///
/// It is a `futures::Stream` of `Result<Bytes>` chunks; [`ByteStream::collect`] gathers it.
pub struct ByteStream {
    inner: Inner,
}

enum Inner {
    Bytes(Option<Bytes>),
    Stream(BoxStream<'static, Result<Bytes>>),
}

impl ByteStream {
    /// An empty body.
    pub fn empty() -> ByteStream {
        ByteStream::from(Bytes::new())
    }
    /// A body from a stream of chunks (not rewindable: never silently resent).
    pub fn from_stream(s: impl Stream<Item = Result<Bytes>> + Send + 'static) -> ByteStream {
        ByteStream {
            inner: Inner::Stream(s.boxed()),
        }
    }
    /// The bytes, when the body is in memory.
    pub fn bytes(&self) -> Option<&Bytes> {
        match &self.inner {
            Inner::Bytes(b) => b.as_ref(),
            Inner::Stream(_) => None,
        }
    }
    /// A copy sharing the same bytes, when the body is in memory (so it can be resent).
    pub fn try_clone(&self) -> Option<ByteStream> {
        self.bytes().cloned().map(ByteStream::from)
    }
    /// Gathers the whole body.
    pub async fn collect(self) -> Result<Bytes> {
        match self.inner {
            Inner::Bytes(b) => Ok(b.unwrap_or_default()),
            Inner::Stream(mut s) => {
                let mut out = bytes::BytesMut::new();
                while let Some(chunk) = s.next().await {
                    out.extend_from_slice(&chunk?);
                }
                Ok(out.freeze())
            }
        }
    }
}

impl Default for ByteStream {
    fn default() -> ByteStream {
        ByteStream::empty()
    }
}

impl Stream for ByteStream {
    type Item = Result<Bytes>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Bytes>>> {
        match &mut self.inner {
            Inner::Bytes(b) => Poll::Ready(b.take().filter(|b| !b.is_empty()).map(Ok)),
            Inner::Stream(s) => s.as_mut().poll_next(cx),
        }
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.inner {
            Inner::Bytes(b) => write!(f, "ByteStream({} bytes)", b.as_ref().map_or(0, |b| b.len())),
            Inner::Stream(_) => f.write_str("ByteStream(stream)"),
        }
    }
}

impl From<Bytes> for ByteStream {
    fn from(b: Bytes) -> ByteStream {
        ByteStream {
            inner: Inner::Bytes(Some(b)),
        }
    }
}
impl From<Vec<u8>> for ByteStream {
    fn from(b: Vec<u8>) -> ByteStream {
        ByteStream::from(Bytes::from(b))
    }
}
impl From<String> for ByteStream {
    fn from(b: String) -> ByteStream {
        ByteStream::from(Bytes::from(b))
    }
}
impl From<&'static str> for ByteStream {
    fn from(b: &'static str) -> ByteStream {
        ByteStream::from(Bytes::from_static(b.as_bytes()))
    }
}
impl From<&'static [u8]> for ByteStream {
    fn from(b: &'static [u8]) -> ByteStream {
        ByteStream::from(Bytes::from_static(b))
    }
}

#[allow(dead_code)]
pub(crate) fn truncated(expected: u64, got: u64) -> Error {
    Error::decode(format!(
        "body truncated: expected {expected} bytes, got {got}"
    ))
}
