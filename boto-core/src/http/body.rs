use crate::error::{Error, Result};
use bytes::Bytes;
use futures::stream::{BoxStream, Stream, StreamExt};
use std::fmt;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::task::{Context, Poll};

/// Size of the chunks a file body is read in.
const FILE_CHUNK: usize = 64 * 1024;

/// A body: bytes in memory (rewindable), a file (rewindable: reopened for each send) or a
/// stream of chunks (sent once).
///
/// It is a `futures::Stream` of `Result<Bytes>` chunks; [`ByteStream::collect`] gathers it.
/// Response bodies stream as they arrive; a body cut short (fewer bytes than its
/// `Content-Length`, or the connection closed mid-body) ends with an `Err`, never silently.
///
/// ```no_run
/// # async fn upload() -> boto_core::Result<()> {
/// use boto_core::ByteStream;
/// let body = ByteStream::from_path("backup.tar").await?;   // streamed, never loaded whole
/// assert!(body.len_hint().is_some());                        // sent with Content-Length
/// let small = ByteStream::from("hello");
/// assert_eq!(small.collect().await?, "hello");
/// # Ok(()) }
/// ```
pub struct ByteStream {
    inner: Inner,
}

enum Inner {
    Bytes(Option<Bytes>),
    Stream {
        stream: BoxStream<'static, Result<Bytes>>,
        len: Option<u64>,
    },
    File {
        path: PathBuf,
        len: u64,
        stream: Option<BoxStream<'static, Result<Bytes>>>,
    },
}

/// The most a collected body reserves ahead of what has arrived, from its announced length.
const PRESIZE_MAX: u64 = 8 << 20;

impl ByteStream {
    /// An empty body.
    pub fn empty() -> ByteStream {
        ByteStream::from(Bytes::new())
    }
    /// A body from a stream of chunks (not rewindable: never silently resent).
    pub fn from_stream(s: impl Stream<Item = Result<Bytes>> + Send + 'static) -> ByteStream {
        ByteStream {
            inner: Inner::Stream {
                stream: s.boxed(),
                len: None,
            },
        }
    }
    /// A stream body whose total length is known in advance (sent with `Content-Length`).
    pub fn from_stream_with_len(
        s: impl Stream<Item = Result<Bytes>> + Send + 'static,
        len: u64,
    ) -> ByteStream {
        ByteStream {
            inner: Inner::Stream {
                stream: s.boxed(),
                len: Some(len),
            },
        }
    }
    /// A body that streams a file in chunks; its length is known, and it is rewindable
    /// (each resend reopens the file), so requests carrying it can be retried.
    pub async fn from_path(path: impl AsRef<Path>) -> Result<ByteStream> {
        let path = path.as_ref().to_path_buf();
        let meta = tokio::fs::metadata(&path).await.map_err(|e| {
            Error::invalid_input(format!("cannot read {}", path.display())).with_source(e)
        })?;
        if !meta.is_file() {
            return Err(Error::invalid_input(format!(
                "{} is not a file",
                path.display()
            )));
        }
        Ok(ByteStream {
            inner: Inner::File {
                path,
                len: meta.len(),
                stream: None,
            },
        })
    }
    /// The bytes, when the body is in memory.
    pub fn bytes(&self) -> Option<&Bytes> {
        match &self.inner {
            Inner::Bytes(b) => b.as_ref(),
            _ => None,
        }
    }
    /// The exact length in bytes, when it is known before reading (in-memory bodies, files,
    /// responses with a `Content-Length`).
    pub fn len_hint(&self) -> Option<u64> {
        match &self.inner {
            Inner::Bytes(b) => Some(b.as_ref().map_or(0, |b| b.len() as u64)),
            Inner::Stream { len, .. } => *len,
            Inner::File { len, .. } => Some(*len),
        }
    }
    /// A fresh copy of the body from its start, when it can be produced again (in memory:
    /// shares the bytes; a file not yet read: reopens it). `None` for one-shot streams.
    pub fn try_clone(&self) -> Option<ByteStream> {
        match &self.inner {
            Inner::Bytes(b) => b.clone().map(ByteStream::from),
            Inner::File { path, len, stream } if stream.is_none() => Some(ByteStream {
                inner: Inner::File {
                    path: path.clone(),
                    len: *len,
                    stream: None,
                },
            }),
            _ => None,
        }
    }
    /// Gathers the whole body.
    pub async fn collect(self) -> Result<Bytes> {
        match self.inner {
            Inner::Bytes(b) => Ok(b.unwrap_or_default()),
            _ => {
                let mut s = self;
                let mut out = bytes::BytesMut::new();
                while let Some(chunk) = s.next().await {
                    out.extend_from_slice(&chunk?);
                }
                Ok(out.freeze())
            }
        }
    }
    /// Gathers the whole body, refusing more than `max` bytes: a body announcing a longer
    /// length is refused before anything is read, one that sends more than `max` bytes
    /// (whatever it announced) as soon as it does. Refusal is an [`Error::decode`] naming
    /// the limit; at most `max` bytes are ever held.
    pub async fn collect_limited(self, max: u64) -> Result<Bytes> {
        let announced = self.len_hint();
        self.collect_within(max).await?.ok_or_else(|| {
            let got = match announced {
                Some(n) if n > max => format!("announces {n} bytes"),
                _ => "sent more".to_string(),
            };
            Error::decode(format!(
                "response body larger than the limit of {max} bytes (it {got}); see \
                 SessionBuilder::max_response_body"
            ))
        })
    }

    /// The whole body, or `None` when it is (or announces itself) longer than `max` bytes;
    /// the rest is then left unread.
    pub(crate) async fn collect_within(self, max: u64) -> Result<Option<Bytes>> {
        if self.len_hint().is_some_and(|n| n > max) {
            return Ok(None);
        }
        if let Inner::Bytes(b) = self.inner {
            return Ok(Some(b.unwrap_or_default()));
        }
        // Once a second chunk arrives, room for the announced length is made at once, up to
        // `PRESIZE_MAX`: past that, memory follows what arrives. A body that comes in one
        // chunk is returned without a copy.
        let presize = self.len_hint().map_or(0, |n| n.min(PRESIZE_MAX) as usize);
        let mut s = self;
        let mut first: Option<Bytes> = None;
        let mut out = bytes::BytesMut::new();
        let mut total = 0u64;
        while let Some(chunk) = s.next().await {
            let chunk = chunk?;
            total = total.saturating_add(chunk.len() as u64);
            if total > max {
                return Ok(None);
            }
            match first.take() {
                None if out.is_empty() => first = Some(chunk),
                f => {
                    if let Some(f) = f {
                        out.reserve(presize.max(f.len() + chunk.len()));
                        out.extend_from_slice(&f);
                    }
                    out.extend_from_slice(&chunk);
                }
            }
        }
        Ok(Some(first.unwrap_or_else(|| out.freeze())))
    }

    /// The body as a `tokio::io::AsyncRead` (errors become `std::io::Error`s).
    pub fn into_async_read(self) -> impl tokio::io::AsyncRead + Send + Unpin {
        Reader {
            body: self,
            buf: Bytes::new(),
        }
    }
}

fn file_stream(path: PathBuf, len: u64) -> BoxStream<'static, Result<Bytes>> {
    use tokio::io::AsyncReadExt;
    enum State {
        Closed(PathBuf),
        Open(tokio::fs::File, u64),
        Done,
    }
    futures::stream::unfold(State::Closed(path), move |state| async move {
        let (mut file, read) = match state {
            State::Closed(path) => match tokio::fs::File::open(&path).await {
                Ok(f) => (f, 0),
                Err(e) => {
                    let err = Error::invalid_input(format!("cannot open {}", path.display()));
                    return Some((Err(err.with_source(e)), State::Done));
                }
            },
            State::Open(f, read) => (f, read),
            State::Done => return None,
        };
        if read >= len {
            // The length announced is what is sent, even if the file has grown since.
            return None;
        }
        let want = (len - read).min(FILE_CHUNK as u64) as usize;
        let mut buf = bytes::BytesMut::zeroed(want);
        match file.read(&mut buf).await {
            Ok(0) if read < len => Some((
                Err(Error::invalid_input(format!(
                    "file shrank while being sent: {read} of {len} bytes"
                ))),
                State::Done,
            )),
            Ok(0) => None,
            Ok(n) => {
                buf.truncate(n);
                Some((Ok(buf.freeze()), State::Open(file, read + n as u64)))
            }
            Err(e) => Some((
                Err(Error::invalid_input("cannot read file body").with_source(e)),
                State::Done,
            )),
        }
    })
    .boxed()
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
            Inner::Stream { stream, .. } => stream.as_mut().poll_next(cx),
            Inner::File { path, len, stream } => stream
                .get_or_insert_with(|| file_stream(path.clone(), *len))
                .as_mut()
                .poll_next(cx),
        }
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        match &self.inner {
            Inner::Bytes(Some(b)) if !b.is_empty() => (1, Some(1)),
            Inner::Bytes(_) => (0, Some(0)),
            _ => (0, None),
        }
    }
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.inner {
            Inner::Bytes(b) => write!(f, "ByteStream({} bytes)", b.as_ref().map_or(0, |b| b.len())),
            Inner::Stream { len: Some(n), .. } => write!(f, "ByteStream(stream, {n} bytes)"),
            Inner::Stream { len: None, .. } => f.write_str("ByteStream(stream)"),
            Inner::File { path, len, .. } => {
                write!(f, "ByteStream(file {}, {len} bytes)", path.display())
            }
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

/// `tokio::io::AsyncRead` over a [`ByteStream`].
struct Reader {
    body: ByteStream,
    buf: Bytes,
}

impl tokio::io::AsyncRead for Reader {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        out: &mut tokio::io::ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        while self.buf.is_empty() {
            match Pin::new(&mut self.body).poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(Ok(())),
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Err(std::io::Error::other(e))),
                Poll::Ready(Some(Ok(b))) => self.buf = b,
            }
        }
        let n = self.buf.len().min(out.remaining());
        let chunk = self.buf.split_to(n);
        out.put_slice(&chunk);
        Poll::Ready(Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncReadExt;

    #[tokio::test]
    async fn file_body_streams_knows_its_length_and_rewinds() {
        let dir = std::env::temp_dir().join(format!("boto-body-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("big.bin");
        let data: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &data).unwrap();

        let body = ByteStream::from_path(&path).await.unwrap();
        assert_eq!(body.len_hint(), Some(200_000));
        let again = body.try_clone().expect("an unread file body is rewindable");
        let mut chunks = 0;
        let mut s = body;
        let mut got = Vec::new();
        while let Some(c) = s.next().await {
            chunks += 1;
            got.extend_from_slice(&c.unwrap());
        }
        assert!(chunks > 1, "read in several chunks");
        assert_eq!(got, data);
        assert!(
            s.try_clone().is_none(),
            "a partly read file body is not rewindable"
        );
        assert_eq!(again.collect().await.unwrap(), Bytes::from(data));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[tokio::test]
    async fn file_body_sends_the_announced_length() {
        let path = std::env::temp_dir().join(format!("boto-grow-{}", std::process::id()));
        std::fs::write(&path, b"12345").unwrap();
        let body = ByteStream::from_path(&path).await.unwrap();
        std::fs::write(&path, b"1234567890").unwrap();
        assert_eq!(body.collect().await.unwrap(), "12345");

        let body = ByteStream::from_path(&path).await.unwrap();
        std::fs::write(&path, b"12").unwrap();
        let err = body.collect().await.unwrap_err();
        assert!(err.to_string().contains("shrank"), "{err}");
        std::fs::remove_file(&path).unwrap();
    }

    #[tokio::test]
    async fn missing_file_is_an_error() {
        let err = ByteStream::from_path("/nonexistent/boto/file")
            .await
            .unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::InvalidInput);
    }

    #[tokio::test]
    async fn streams_are_one_shot_and_readable() {
        let s = ByteStream::from_stream(futures::stream::iter(vec![
            Ok(Bytes::from_static(b"ab")),
            Ok(Bytes::from_static(b"cde")),
        ]));
        assert!(s.try_clone().is_none());
        assert_eq!(s.len_hint(), None);
        let mut r = s.into_async_read();
        let mut out = String::new();
        r.read_to_string(&mut out).await.unwrap();
        assert_eq!(out, "abcde");

        let failing = ByteStream::from_stream(futures::stream::iter(vec![
            Ok(Bytes::from_static(b"ab")),
            Err(Error::decode("boom")),
        ]));
        let mut r = failing.into_async_read();
        let mut out = Vec::new();
        assert!(r.read_to_end(&mut out).await.is_err());
    }

    #[tokio::test]
    async fn limited_collection_refuses_long_bodies() {
        let chunks = || futures::stream::iter((0..4).map(|_| Ok(Bytes::from(vec![7u8; 1000]))));
        // Within the limit, with or without an announced length.
        let got = ByteStream::from_stream(chunks())
            .collect_limited(4000)
            .await;
        assert_eq!(got.unwrap().len(), 4000);
        let got = ByteStream::from_stream_with_len(chunks(), 4000)
            .collect_limited(4000)
            .await;
        assert_eq!(got.unwrap().len(), 4000);
        // No length announced: refused once more than the limit arrived.
        let err = ByteStream::from_stream(chunks())
            .collect_limited(3999)
            .await
            .unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Decode);
        assert!(err.to_string().contains("limit of 3999 bytes"), "{err}");
        assert!(err.to_string().contains("sent more"), "{err}");
        // A length over the limit: refused before a byte is read.
        let never = futures::stream::once(async { panic!("read") });
        let err = ByteStream::from_stream_with_len(never, 1 << 30)
            .collect_limited(1000)
            .await
            .unwrap_err();
        assert!(
            err.to_string().contains("announces 1073741824 bytes"),
            "{err}"
        );
        // A length that lies low: counted, not trusted.
        let err = ByteStream::from_stream_with_len(chunks(), 10)
            .collect_limited(2500)
            .await
            .unwrap_err();
        assert!(err.to_string().contains("sent more"), "{err}");
        // In memory: the limit applies too.
        assert!(ByteStream::from("hello").collect_limited(4).await.is_err());
        assert_eq!(
            ByteStream::from("hello").collect_limited(5).await.unwrap(),
            "hello"
        );
    }

    #[test]
    fn bytes_bodies_clone_and_report_length() {
        let b = ByteStream::from("hello");
        assert_eq!(b.len_hint(), Some(5));
        assert_eq!(b.try_clone().unwrap().bytes().unwrap().as_ref(), b"hello");
    }
}
