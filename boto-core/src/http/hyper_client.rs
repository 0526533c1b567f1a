//! The default transport: a pooled hyper 1 client over rustls (webpki roots, plus a CA
//! bundle when set), speaking HTTP/1.1 (and HTTP/2 by ALPN with the `http2` feature) to
//! `https://` endpoints and HTTP/1.1 to plain `http://` ones, directly or through a proxy.

use super::proxy::{forward_auth, ProxyConnector};
use super::{ByteStream, HttpClient, HttpRequest, HttpResponse, HttpSettings};
use crate::error::{Error, Result};
use bytes::Bytes;
use futures::future::BoxFuture;
use futures::Stream;
use http_body::{Body, Frame, SizeHint};
use hyper::body::Incoming;
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

/// botocore's defaults: 60 s to connect, 60 s without data.
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(60);
const DEFAULT_READ_TIMEOUT: Duration = Duration::from_secs(60);
const POOL_IDLE_TIMEOUT: Duration = Duration::from_secs(90);

/// The pooled hyper client.
pub(crate) struct HyperClient {
    client: Client<HttpsConnector<ProxyConnector>, RequestBody>,
    read_timeout: Duration,
    /// The proxies, for the `Proxy-Authorization` of `http://` requests.
    proxy: Option<Arc<hyper_util::client::proxy::matcher::Matcher>>,
}

impl fmt::Debug for HyperClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HyperClient")
            .field("read_timeout", &self.read_timeout)
            .finish_non_exhaustive()
    }
}

impl HyperClient {
    /// Errors: a CA bundle that cannot be read or holds no certificate, a bad proxy URL.
    pub(crate) fn new(settings: &HttpSettings) -> Result<HyperClient> {
        let mut tcp = HttpConnector::new();
        tcp.enforce_http(false);
        tcp.set_nodelay(true);
        tcp.set_connect_timeout(Some(
            settings.connect_timeout.unwrap_or(DEFAULT_CONNECT_TIMEOUT),
        ));
        let proxy = settings.proxy.matcher()?;
        let tls = super::tls::client_config(settings.ca_bundle.as_deref())?;
        let connector = hyper_rustls::HttpsConnectorBuilder::new()
            .with_tls_config(tls)
            .https_or_http()
            .enable_http1();
        #[cfg(feature = "http2")]
        let connector = connector.enable_http2();
        let connector = connector.wrap_connector(ProxyConnector::new(tcp, proxy.clone()));
        let client = Client::builder(TokioExecutor::new())
            .timer(TokioTimer::new())
            .pool_timer(TokioTimer::new())
            .pool_idle_timeout(POOL_IDLE_TIMEOUT)
            .build(connector);
        Ok(HyperClient {
            client,
            read_timeout: settings.read_timeout.unwrap_or(DEFAULT_READ_TIMEOUT),
            proxy,
        })
    }
}

impl HttpClient for HyperClient {
    fn send(&self, request: HttpRequest) -> BoxFuture<'static, Result<HttpResponse>> {
        let client = self.client.clone();
        let read_timeout = self.read_timeout;
        let proxy_auth = forward_auth(self.proxy.as_deref(), request.uri());
        Box::pin(async move {
            let (mut parts, body) = request.into_parts();
            if let Some(auth) = proxy_auth {
                parts
                    .headers
                    .insert(http::header::PROXY_AUTHORIZATION, auth);
            }
            let authority = parts
                .uri
                .authority()
                .map(|a| a.to_string())
                .unwrap_or_default();
            let progress = Arc::new(Progress::new());
            let body = RequestBody::new(body, progress.clone());
            let request = http::Request::from_parts(parts, body);
            let response = client.request(request);
            let mut response = std::pin::pin!(response);
            // The wait for the head restarts whenever a chunk of the request body goes out,
            // so slow uploads are not mistaken for a silent server.
            let response = loop {
                let deadline = progress.last() + read_timeout;
                tokio::select! {
                    r = &mut response => break r,
                    _ = tokio::time::sleep_until(deadline) => {
                        if progress.last() + read_timeout <= tokio::time::Instant::now() {
                            return Err(Error::timeout(format!(
                                "no response from {authority} within {read_timeout:?}"
                            )));
                        }
                    }
                }
            };
            let response = response.map_err(|e| {
                let body_error = progress.body_error.lock().map(|mut s| s.take());
                match body_error {
                    Ok(Some(body_error)) => body_error,
                    _ => client_error(&authority, e),
                }
            })?;
            let (parts, incoming) = response.into_parts();
            Ok(http::Response::from_parts(
                parts,
                ResponseBody::new(incoming, read_timeout).into_byte_stream(),
            ))
        })
    }
}

/// The causes under an error, outermost first, joined for a readable message (the wrapper's
/// own text, like "client error (Connect)", says nothing the context does not); and whether
/// a timeout (first flag) or an early end of stream (second flag) is among them.
fn chain(e: &(dyn std::error::Error + 'static)) -> (String, bool, bool) {
    let top = e.to_string();
    let mut parts: Vec<String> = Vec::new();
    let mut timed_out = false;
    let mut eof = false;
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = cur {
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            timed_out |= io.kind() == std::io::ErrorKind::TimedOut;
            eof |= io.kind() == std::io::ErrorKind::UnexpectedEof;
        }
        if let Some(h) = err.downcast_ref::<hyper::Error>() {
            timed_out |= h.is_timeout();
            eof |= h.is_incomplete_message();
        }
        let text = err.to_string();
        if text != top && !parts.contains(&text) {
            parts.push(text);
        }
        cur = err.source();
    }
    let detail = if parts.is_empty() {
        top
    } else {
        parts.join(": ")
    };
    (detail, timed_out, eof)
}

fn client_error(authority: &str, e: hyper_util::client::legacy::Error) -> Error {
    let (detail, timed_out, _) = chain(&e);
    if e.is_connect() && timed_out {
        Error::timeout(format!("connecting to {authority} timed out ({detail})"))
    } else if e.is_connect() {
        Error::transport(format!("cannot connect to {authority}"), detail)
    } else if timed_out {
        Error::timeout(format!("request to {authority} timed out ({detail})"))
    } else {
        Error::transport(format!("request to {authority} failed"), detail)
    }
}

/// When the request last made progress (a body chunk handed to hyper), in milliseconds
/// since the send started.
struct Progress {
    start: tokio::time::Instant,
    last_ms: AtomicU64,
    /// The error the request body failed with, reported instead of hyper's wrapper.
    body_error: Mutex<Option<Error>>,
}

impl Progress {
    fn new() -> Progress {
        Progress {
            start: tokio::time::Instant::now(),
            last_ms: AtomicU64::new(0),
            body_error: Mutex::new(None),
        }
    }
    fn touch(&self) {
        let ms = self.start.elapsed().as_millis().min(u64::MAX as u128) as u64;
        self.last_ms.fetch_max(ms, Ordering::Relaxed);
    }
    fn last(&self) -> tokio::time::Instant {
        self.start + Duration::from_millis(self.last_ms.load(Ordering::Relaxed))
    }
}

/// A [`ByteStream`] as a hyper request body.
pub(crate) struct RequestBody {
    body: ByteStream,
    len: Option<u64>,
    done: bool,
    progress: Arc<Progress>,
}

impl RequestBody {
    fn new(body: ByteStream, progress: Arc<Progress>) -> RequestBody {
        RequestBody {
            len: body.len_hint(),
            done: body.len_hint() == Some(0),
            body,
            progress,
        }
    }
}

impl Body for RequestBody {
    type Data = Bytes;
    type Error = Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>>>> {
        if self.done {
            return Poll::Ready(None);
        }
        let polled = Pin::new(&mut self.body).poll_next(cx);
        if polled.is_ready() {
            self.progress.touch();
        }
        match polled {
            Poll::Ready(Some(Ok(b))) => Poll::Ready(Some(Ok(Frame::data(b)))),
            Poll::Ready(Some(Err(e))) => {
                self.done = true;
                let mut slot = self
                    .progress
                    .body_error
                    .lock()
                    .unwrap_or_else(|p| p.into_inner());
                *slot = Some(e);
                Poll::Ready(Some(Err(Error::invalid_input("the request body failed"))))
            }
            Poll::Ready(None) => {
                self.done = true;
                Poll::Ready(None)
            }
            Poll::Pending => Poll::Pending,
        }
    }

    fn is_end_stream(&self) -> bool {
        self.done
    }

    fn size_hint(&self) -> SizeHint {
        match self.len {
            Some(n) => SizeHint::with_exact(n),
            None => SizeHint::default(),
        }
    }
}

/// A hyper response body as a stream of chunks, with a read timeout between chunks and a
/// check that as many bytes arrived as `Content-Length` announced.
struct ResponseBody {
    body: Incoming,
    read_timeout: Duration,
    sleep: Pin<Box<tokio::time::Sleep>>,
    /// The timer runs only while the reader waits for data.
    armed: bool,
    expected: Option<u64>,
    received: u64,
    done: bool,
}

impl ResponseBody {
    fn new(body: Incoming, read_timeout: Duration) -> ResponseBody {
        ResponseBody {
            expected: body.size_hint().exact(),
            body,
            read_timeout,
            sleep: Box::pin(tokio::time::sleep(read_timeout)),
            armed: false,
            received: 0,
            done: false,
        }
    }

    fn into_byte_stream(self) -> ByteStream {
        match self.expected {
            Some(n) => ByteStream::from_stream_with_len(self, n),
            None => ByteStream::from_stream(self),
        }
    }

    fn truncated(&self) -> String {
        match self.expected {
            Some(n) => format!(
                "response body truncated: connection closed after {} of {n} bytes",
                self.received
            ),
            None => format!(
                "response body truncated: connection closed after {} bytes",
                self.received
            ),
        }
    }
}

impl Stream for ResponseBody {
    type Item = Result<Bytes>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Bytes>>> {
        let this = &mut *self;
        if this.done {
            return Poll::Ready(None);
        }
        loop {
            match Pin::new(&mut this.body).poll_frame(cx) {
                Poll::Ready(Some(Ok(frame))) => {
                    this.armed = false;
                    let Ok(data) = frame.into_data() else {
                        continue; // trailers
                    };
                    if data.is_empty() {
                        continue;
                    }
                    this.received += data.len() as u64;
                    return Poll::Ready(Some(Ok(data)));
                }
                Poll::Ready(Some(Err(e))) => {
                    this.done = true;
                    let (detail, timed_out, eof) = chain(&e);
                    let err = if timed_out {
                        Error::timeout(format!("reading the response body timed out ({detail})"))
                    } else if eof || e.is_incomplete_message() {
                        Error::transport(this.truncated(), detail)
                    } else {
                        Error::transport("error reading the response body", detail)
                    };
                    return Poll::Ready(Some(Err(err)));
                }
                Poll::Ready(None) => {
                    this.done = true;
                    if this.expected.is_some_and(|n| this.received < n) {
                        let msg = this.truncated();
                        return Poll::Ready(Some(Err(Error::transport(
                            msg,
                            "unexpected end of body",
                        ))));
                    }
                    return Poll::Ready(None);
                }
                Poll::Pending => {
                    if !this.armed {
                        this.armed = true;
                        let deadline = tokio::time::Instant::now() + this.read_timeout;
                        this.sleep.as_mut().reset(deadline);
                    }
                    if this.sleep.as_mut().poll(cx).is_ready() {
                        this.done = true;
                        return Poll::Ready(Some(Err(Error::timeout(format!(
                            "no data for {:?} while reading the response body ({} bytes read)",
                            this.read_timeout, this.received
                        )))));
                    }
                    return Poll::Pending;
                }
            }
        }
    }
}
