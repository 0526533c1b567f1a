//! [`ReplayClient`]: an in-process [`HttpClient`] for unit tests. It answers with queued
//! canned responses (or errors), in order, and records every request it got.
//!
//! ```
//! use boto_core::http::replay::ReplayClient;
//! use boto_core::http::HttpClient;
//! # #[tokio::main(flavor = "current_thread")] async fn main() {
//! let replay = ReplayClient::new();
//! replay.push(200, &[("content-type", "application/json")], "{}");
//! let req = http::Request::post("http://localhost/").body("hi".into()).unwrap();
//! let resp = replay.send(req).await.unwrap();
//! assert_eq!(resp.status(), 200);
//! assert_eq!(replay.requests()[0].body, "hi");
//! # }
//! ```

use super::{ByteStream, HttpClient, HttpRequest, HttpResponse};
use crate::error::{Error, Result};
use bytes::Bytes;
use futures::future::BoxFuture;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex, MutexGuard};

/// A request as the [`ReplayClient`] recorded it (body fully read).
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    /// The method.
    pub method: http::Method,
    /// The full URI.
    pub uri: http::Uri,
    /// The headers.
    pub headers: http::HeaderMap,
    /// The body bytes.
    pub body: Bytes,
}

impl RecordedRequest {
    /// A header's value as text (`None` when absent or not UTF-8).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name)?.to_str().ok()
    }
    /// The body as text (lossy).
    pub fn body_str(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

enum Canned {
    Response(http::Response<Bytes>),
    Error(Error),
}

#[derive(Default)]
struct State {
    queue: VecDeque<Canned>,
    requests: Vec<RecordedRequest>,
}

/// Answers requests with queued canned responses and records what it was sent.
///
/// Cloning shares the queue and the record, so a test keeps one clone while a session owns
/// another (`Session::builder().http_client(Arc::new(replay.clone()))`). When the queue is
/// empty, `send` fails with a transport error saying so.
#[derive(Clone, Default)]
pub struct ReplayClient {
    state: Arc<Mutex<State>>,
}

impl std::fmt::Debug for ReplayClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = self.lock();
        f.debug_struct("ReplayClient")
            .field("queued", &s.queue.len())
            .field("requests", &s.requests.len())
            .finish()
    }
}

impl ReplayClient {
    /// An empty replay client.
    pub fn new() -> ReplayClient {
        ReplayClient::default()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panicking test thread cannot leave the state half-updated: recover it.
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Queues a response with this status, headers and body.
    ///
    /// Panics on a header name or value `http` rejects (test input, not network data).
    pub fn push(&self, status: u16, headers: &[(&str, &str)], body: impl Into<Bytes>) -> &Self {
        let mut b = http::Response::builder().status(status);
        for (k, v) in headers {
            b = b.header(*k, *v);
        }
        let resp = b.body(body.into()).expect("valid canned response");
        self.push_response(resp)
    }

    /// Queues a ready-made response.
    pub fn push_response(&self, response: http::Response<Bytes>) -> &Self {
        self.lock().queue.push_back(Canned::Response(response));
        self
    }

    /// Queues an error (a connection reset, a timeout) returned instead of a response.
    pub fn push_error(&self, error: Error) -> &Self {
        self.lock().queue.push_back(Canned::Error(error));
        self
    }

    /// The requests received so far, in order.
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.lock().requests.clone()
    }

    /// How many canned answers are still queued.
    pub fn remaining(&self) -> usize {
        self.lock().queue.len()
    }
}

impl HttpClient for ReplayClient {
    fn send(&self, request: HttpRequest) -> BoxFuture<'static, Result<HttpResponse>> {
        let state = self.state.clone();
        Box::pin(async move {
            let (parts, body) = request.into_parts();
            let body = body.collect().await?;
            let mut state = state.lock().unwrap_or_else(|p| p.into_inner());
            state.requests.push(RecordedRequest {
                method: parts.method,
                uri: parts.uri,
                headers: parts.headers,
                body,
            });
            match state.queue.pop_front() {
                Some(Canned::Response(r)) => Ok(r.map(ByteStream::from)),
                Some(Canned::Error(e)) => Err(e),
                None => Err(Error::transport(
                    "replay client: no canned response left",
                    "queue empty",
                )),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn answers_in_order_records_and_runs_dry() {
        let replay = ReplayClient::new();
        replay
            .push(503, &[], "busy")
            .push_error(Error::timeout("slow"))
            .push(200, &[("x-amz-request-id", "r1")], "ok");
        let send = |body: &'static str| {
            replay.send(
                http::Request::put("http://127.0.0.1/a?b=c")
                    .header("x-test", "1")
                    .body(ByteStream::from(body))
                    .unwrap(),
            )
        };
        assert_eq!(send("one").await.unwrap().status(), 503);
        assert!(send("two").await.unwrap_err().is_timeout());
        let ok = send("three").await.unwrap();
        assert_eq!(ok.headers()["x-amz-request-id"], "r1");
        assert_eq!(ok.into_body().collect().await.unwrap(), "ok");
        let err = send("four").await.unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Transport);

        let reqs = replay.requests();
        assert_eq!(reqs.len(), 4);
        assert_eq!(reqs[0].method, http::Method::PUT);
        assert_eq!(reqs[0].uri.query(), Some("b=c"));
        assert_eq!(reqs[0].header("x-test"), Some("1"));
        assert_eq!(reqs[2].body_str(), "three");
        assert_eq!(replay.remaining(), 0);
    }
}
