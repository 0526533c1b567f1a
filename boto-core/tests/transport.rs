//! The hyper transport and the retry loop against a stub HTTP server on 127.0.0.1 that
//! misbehaves on purpose: 5xx answers, throttling, resets, truncated bodies, stalls.

use boto_core::http::{default_client, ByteStream, HttpClient, HttpResponse, HttpSettings};
use boto_core::retry::{send_with_retry, RetryConfig, RetryQuota};
use boto_core::{Error, ErrorKind, Result, ServiceError};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the stub does with one request.
#[derive(Clone)]
enum Act {
    /// Writes these bytes, then closes.
    Raw(Vec<u8>),
    /// Closes with a TCP reset without answering.
    Reset,
    /// Writes these bytes, then keeps the connection open without writing more.
    Stall(Vec<u8>),
}

fn answer(status: u16, headers: &[(&str, &str)], body: &str) -> Act {
    let mut out = format!(
        "HTTP/1.1 {status} X\r\ncontent-length: {}\r\nconnection: close\r\n",
        body.len()
    );
    for (k, v) in headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str("\r\n");
    out.push_str(body);
    Act::Raw(out.into_bytes())
}

/// Request heads (lower-cased) and bodies the stub read.
type Seen = Arc<Mutex<Vec<(String, Vec<u8>)>>>;

/// A stub server playing `script` in order (the last act repeats), recording each request
/// head and body it read.
struct Stub {
    url: String,
    seen: Seen,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Stub {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Stub {
    async fn start(script: Vec<Act>) -> Stub {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let record = seen.clone();
        let next = Arc::new(AtomicUsize::new(0));
        let task = tokio::spawn(async move {
            loop {
                let Ok((sock, _)) = listener.accept().await else {
                    return;
                };
                let i = next.fetch_add(1, Ordering::SeqCst);
                let act = script[i.min(script.len() - 1)].clone();
                let record = record.clone();
                tokio::spawn(serve(sock, act, record));
            }
        });
        Stub { url, seen, task }
    }
    fn requests(&self) -> usize {
        self.seen.lock().unwrap().len()
    }
}

async fn serve(mut sock: TcpStream, act: Act, record: Seen) {
    let mut buf = Vec::new();
    let head_end = loop {
        let mut chunk = [0u8; 4096];
        let n = match sock.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        buf.extend_from_slice(&chunk[..n]);
        if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break p + 4;
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_lowercase();
    let len: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    let mut body = buf[head_end..].to_vec();
    while body.len() < len {
        let mut chunk = [0u8; 65536];
        match sock.read(&mut chunk).await {
            Ok(0) | Err(_) => break,
            Ok(n) => body.extend_from_slice(&chunk[..n]),
        }
    }
    record.lock().unwrap().push((head, body));
    match act {
        Act::Raw(bytes) => {
            let _ = sock.write_all(&bytes).await;
            let _ = sock.shutdown().await;
        }
        Act::Reset => {
            let _ = sock.set_zero_linger();
            drop(sock);
        }
        Act::Stall(bytes) => {
            let _ = sock.write_all(&bytes).await;
            tokio::time::sleep(Duration::from_secs(30)).await;
        }
    }
}

fn client(read_timeout: Duration) -> Arc<dyn HttpClient> {
    default_client(&HttpSettings {
        connect_timeout: Some(Duration::from_secs(2)),
        read_timeout: Some(read_timeout),
        ..HttpSettings::default()
    })
}

fn fast_retries() -> RetryConfig {
    RetryConfig::standard().base_backoff(Duration::from_millis(5))
}

fn post(url: &str, body: &'static str) -> http::Request<ByteStream> {
    http::Request::post(format!("{url}/"))
        .header("content-type", "application/x-amz-json-1.0")
        .body(ByteStream::from(body))
        .unwrap()
}

/// A minimal awsJson error reader: `__type` of an error body becomes the code.
async fn read_json(resp: HttpResponse) -> Result<String> {
    let status = resp.status().as_u16();
    let body = resp.into_body().collect().await?;
    if status >= 300 {
        let v: serde_json::Value =
            serde_json::from_slice(&body).map_err(|e| Error::decode(e.to_string()))?;
        let code = v["__type"].as_str().unwrap_or("Unknown").to_string();
        return Err(Error::service(ServiceError {
            code,
            status,
            ..Default::default()
        }));
    }
    Ok(String::from_utf8_lossy(&body).into_owned())
}

#[tokio::test]
async fn retries_503_twice_then_succeeds() {
    let stub = Stub::start(vec![
        answer(503, &[], "{\"__type\":\"ServiceUnavailable\"}"),
        answer(503, &[], "{\"__type\":\"ServiceUnavailable\"}"),
        answer(200, &[], "{\"ok\":true}"),
    ])
    .await;
    let http = client(Duration::from_secs(5));
    let quota = RetryQuota::new();
    let out = send_with_retry(
        &*http,
        post(&stub.url, "{\"a\":1}"),
        &fast_retries(),
        &quota,
        read_json,
    )
    .await
    .unwrap();
    assert_eq!(out, "{\"ok\":true}");
    assert_eq!(stub.requests(), 3);
    let seen = stub.seen.lock().unwrap();
    assert!(
        seen.iter().all(|(_, body)| body == b"{\"a\":1}"),
        "the body is resent"
    );
    assert!(seen[0].0.contains("content-length: 7"));
}

#[tokio::test]
async fn throttling_error_is_retried_until_attempts_run_out() {
    let throttled = answer(
        400,
        &[],
        "{\"__type\":\"ThrottlingException\",\"message\":\"slow\"}",
    );
    let stub = Stub::start(vec![throttled]).await;
    let http = client(Duration::from_secs(5));
    let err = send_with_retry(
        &*http,
        post(&stub.url, "{}"),
        &fast_retries(),
        &RetryQuota::new(),
        read_json,
    )
    .await
    .unwrap_err();
    assert!(err.is_code("ThrottlingException"), "{err}");
    assert_eq!(err.status(), Some(400));
    assert_eq!(stub.requests(), 3);

    // A non-retryable error is sent once.
    let stub = Stub::start(vec![answer(
        400,
        &[],
        "{\"__type\":\"ValidationException\"}",
    )])
    .await;
    let err = send_with_retry(
        &*http,
        post(&stub.url, "{}"),
        &fast_retries(),
        &RetryQuota::new(),
        read_json,
    )
    .await
    .unwrap_err();
    assert!(err.is_code("ValidationException"));
    assert_eq!(stub.requests(), 1);
}

#[tokio::test]
async fn connection_reset_is_retried_then_reported() {
    let stub = Stub::start(vec![Act::Reset]).await;
    let http = client(Duration::from_secs(5));
    let err = send_with_retry(
        &*http,
        post(&stub.url, "{}"),
        &fast_retries(),
        &RetryQuota::new(),
        read_json,
    )
    .await
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport, "{err}");
    assert_eq!(stub.requests(), 3);

    // A reset followed by a good answer recovers.
    let stub = Stub::start(vec![Act::Reset, answer(200, &[], "fine")]).await;
    let out = send_with_retry(
        &*http,
        post(&stub.url, "{}"),
        &fast_retries(),
        &RetryQuota::new(),
        read_json,
    )
    .await
    .unwrap();
    assert_eq!(out, "fine");
}

#[tokio::test]
async fn truncated_body_is_a_clear_error() {
    let truncated = Act::Raw(
        b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\nconnection: close\r\n\r\n0123456789".to_vec(),
    );
    let stub = Stub::start(vec![truncated]).await;
    let http = client(Duration::from_secs(5));

    let resp = http.send(post(&stub.url, "{}")).await.unwrap();
    assert_eq!(resp.status(), 200);
    assert_eq!(resp.body().len_hint(), Some(100));
    let err = resp.into_body().collect().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport);
    assert!(err.to_string().contains("truncated"), "{err}");
    assert!(err.to_string().contains("10 of 100"), "{err}");

    // Inside the retry loop the truncated read counts as a transient failure.
    let err = send_with_retry(
        &*http,
        post(&stub.url, "{}"),
        &fast_retries(),
        &RetryQuota::new(),
        read_json,
    )
    .await
    .unwrap_err();
    assert!(err.to_string().contains("truncated"), "{err}");
    assert_eq!(stub.requests(), 1 + 3);
}

#[tokio::test]
async fn unreachable_endpoint_is_a_transport_error() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let http = client(Duration::from_secs(5));
    let url = format!("http://127.0.0.1:{port}");
    let err = http.send(post(&url, "{}")).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport, "{err}");
    assert!(err.to_string().contains("cannot connect"), "{err}");
    let err = send_with_retry(
        &*http,
        post(&url, "{}"),
        &fast_retries(),
        &RetryQuota::new(),
        read_json,
    )
    .await
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport);
}

#[tokio::test]
async fn non_utf8_header_value_does_not_panic() {
    let mut raw =
        b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\nx-amz-weird: ".to_vec();
    raw.extend_from_slice(&[0xff, 0xfe, b'a']);
    raw.extend_from_slice(b"\r\n\r\nok");
    let stub = Stub::start(vec![Act::Raw(raw)]).await;
    let http = client(Duration::from_secs(5));
    let resp = http.send(post(&stub.url, "{}")).await.unwrap();
    let value = resp
        .headers()
        .get("x-amz-weird")
        .expect("header kept as bytes");
    assert!(value.to_str().is_err());
    assert_eq!(value.as_bytes(), &[0xff, 0xfe, b'a']);
    assert_eq!(resp.into_body().collect().await.unwrap(), "ok");
}

#[tokio::test]
async fn read_timeout_fires_waiting_for_the_head_and_between_chunks() {
    let http = client(Duration::from_millis(300));

    // No answer at all: the stub holds the connection for 30 s, so only the 300 ms read
    // timeout can end the wait with this error.
    let stub = Stub::start(vec![Act::Stall(Vec::new())]).await;
    let err = http.send(post(&stub.url, "{}")).await.unwrap_err();
    assert!(err.is_timeout(), "{err}");
    assert!(err.to_string().contains("no response from"), "{err}");
    assert!(err.to_string().contains("within 300ms"), "{err}");

    // The head and part of the body, then silence.
    let partial = b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n0123456789".to_vec();
    let stub = Stub::start(vec![Act::Stall(partial)]).await;
    let resp = http.send(post(&stub.url, "{}")).await.unwrap();
    let mut body = resp.into_body();
    // Streamed, not buffered: the first chunk arrives while the rest is still missing.
    let first = futures::StreamExt::next(&mut body).await.unwrap().unwrap();
    assert_eq!(first, "0123456789");
    let err = body.collect().await.unwrap_err();
    assert!(err.is_timeout(), "{err}");
    assert!(err.to_string().contains("10 bytes read"), "{err}");

    // Timeouts are retried (3 attempts) and reported as timeouts.
    let stub = Stub::start(vec![Act::Stall(Vec::new())]).await;
    let err = send_with_retry(
        &*http,
        post(&stub.url, "{}"),
        &fast_retries(),
        &RetryQuota::new(),
        read_json,
    )
    .await
    .unwrap_err();
    assert!(err.is_timeout());
    assert_eq!(stub.requests(), 3);
}

#[tokio::test]
async fn file_upload_streams_with_content_length_and_response_streams() {
    let dir = std::env::temp_dir().join(format!("boto-transport-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("upload.bin");
    let data: Vec<u8> = (0..300_000u32).map(|i| (i % 253) as u8).collect();
    std::fs::write(&path, &data).unwrap();

    let big = "x".repeat(200_000);
    let stub = Stub::start(vec![answer(200, &[], &big)]).await;
    let http = client(Duration::from_secs(5));
    let body = ByteStream::from_path(&path).await.unwrap();
    let req = http::Request::put(format!("{}/k", stub.url))
        .body(body)
        .unwrap();
    let resp = http.send(req).await.unwrap();
    let mut body = resp.into_body();
    assert_eq!(body.len_hint(), Some(200_000));
    let mut chunks = 0;
    let mut total = 0;
    while let Some(chunk) = futures::StreamExt::next(&mut body).await {
        chunks += 1;
        total += chunk.unwrap().len();
    }
    assert_eq!(total, 200_000);
    assert!(chunks >= 1);
    let seen = stub.seen.lock().unwrap();
    assert!(
        seen[0].0.contains("content-length: 300000"),
        "{}",
        seen[0].0
    );
    assert_eq!(seen[0].1, data);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[tokio::test]
async fn slow_upload_is_not_a_read_timeout() {
    // Six chunks 100 ms apart take twice the 300 ms read timeout to send.
    let chunks = futures::stream::unfold(0u8, |i| async move {
        if i == 6 {
            return None;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        Some((Ok(bytes::Bytes::from(vec![b'a' + i; 1000])), i + 1))
    });
    let body = ByteStream::from_stream_with_len(chunks, 6000);
    let stub = Stub::start(vec![answer(200, &[], "done")]).await;
    let http = client(Duration::from_millis(300));
    let req = http::Request::put(format!("{}/slow", stub.url))
        .body(body)
        .unwrap();
    let resp = http.send(req).await.unwrap();
    assert_eq!(resp.into_body().collect().await.unwrap(), "done");
    let seen = stub.seen.lock().unwrap();
    assert_eq!(seen[0].1.len(), 6000);
    assert_eq!(seen[0].1[5999], b'f');
}

#[tokio::test]
async fn head_and_no_content_answers_have_empty_bodies() {
    let head =
        Act::Raw(b"HTTP/1.1 200 OK\r\ncontent-length: 1234\r\nconnection: close\r\n\r\n".to_vec());
    let stub = Stub::start(vec![head, answer(204, &[], "")]).await;
    let http = client(Duration::from_secs(5));
    let req = http::Request::head(format!("{}/k", stub.url))
        .body(ByteStream::empty())
        .unwrap();
    let resp = http.send(req).await.unwrap();
    assert_eq!(resp.headers()["content-length"], "1234");
    assert_eq!(resp.into_body().collect().await.unwrap().len(), 0);

    let req = http::Request::delete(format!("{}/k", stub.url))
        .body(ByteStream::empty())
        .unwrap();
    let resp = http.send(req).await.unwrap();
    assert_eq!(resp.status(), 204);
    assert!(resp.into_body().collect().await.unwrap().is_empty());
}

#[tokio::test]
async fn a_failing_request_body_reports_its_own_error() {
    let chunks = futures::stream::iter(vec![
        Ok(bytes::Bytes::from_static(b"abc")),
        Err(Error::invalid_input("source file vanished")),
    ]);
    let body = ByteStream::from_stream_with_len(chunks, 10);
    let stub = Stub::start(vec![answer(200, &[], "")]).await;
    let http = client(Duration::from_secs(5));
    let req = http::Request::put(format!("{}/k", stub.url))
        .body(body)
        .unwrap();
    let err = http.send(req).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput, "{err}");
    assert!(err.to_string().contains("source file vanished"), "{err}");
}

#[tokio::test]
async fn chunked_body_cut_short_is_truncated() {
    let cut = Act::Raw(
        b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n5\r\nhello\r\n"
            .to_vec(),
    );
    let stub = Stub::start(vec![cut]).await;
    let http = client(Duration::from_secs(5));
    let resp = http.send(post(&stub.url, "{}")).await.unwrap();
    assert_eq!(resp.body().len_hint(), None);
    let err = resp.into_body().collect().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport, "{err}");
    assert!(err.to_string().contains("truncated"), "{err}");
    assert!(err.to_string().contains("after 5 bytes"), "{err}");
}

#[tokio::test]
async fn https_to_a_server_that_is_not_tls_is_a_transport_error() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(async move {
        if let Ok((mut sock, _)) = listener.accept().await {
            let mut hello = [0u8; 512];
            let _ = sock.read(&mut hello).await;
            let _ = sock
                .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n")
                .await;
            // The first bytes a TLS client sends are a handshake record (0x16).
            hello[0]
        } else {
            0
        }
    });
    let http = client(Duration::from_secs(5));
    let req = http::Request::get(format!("https://127.0.0.1:{}/", addr.port()))
        .body(ByteStream::empty())
        .unwrap();
    let err = http.send(req).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport, "{err}");
    assert_eq!(server.await.unwrap(), 0x16, "the client spoke TLS");
}

#[tokio::test]
async fn connections_are_pooled_and_reused() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let accepted = Arc::new(AtomicUsize::new(0));
    let count = accepted.clone();
    let server = tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            count.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                while let Ok(n @ 1..) = sock.read(&mut chunk).await {
                    buf.extend_from_slice(&chunk[..n]);
                    while let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        buf.drain(..p + 4);
                        let ok = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok";
                        if sock.write_all(ok).await.is_err() {
                            return;
                        }
                    }
                }
            });
        }
    });
    let http = client(Duration::from_secs(5));
    for _ in 0..5 {
        let req = http::Request::get(format!("{url}/"))
            .body(ByteStream::empty())
            .unwrap();
        let body = http.send(req).await.unwrap().into_body().collect().await;
        assert_eq!(body.unwrap(), "ok");
    }
    assert_eq!(
        accepted.load(Ordering::SeqCst),
        1,
        "one connection for five requests"
    );
    server.abort();
}
