//! A misbehaving HTTP/1.1 server on 127.0.0.1 for the fault-injection tests: each
//! connection reads one request in full, then plays the next act of a script (the last act
//! repeats). Everything it started stops when it is dropped.
#![allow(dead_code)] // each test binary uses part of it

use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

/// What the server does with one connection.
#[derive(Clone, Debug)]
pub enum Act {
    /// Writes these bytes, then closes.
    Raw(Vec<u8>),
    /// Closes with a TCP reset instead of answering.
    Reset,
    /// Writes these bytes (perhaps none), then nothing more; the connection stays open.
    Stall(Vec<u8>),
    /// Writes `head`, then up to `total` bytes of body in 64 KiB chunks, stopping when the
    /// peer goes away; then closes.
    Flood { head: Vec<u8>, total: u64 },
    /// Writes `head`, then each byte of `body` after a sleep of `every` (on tokio's clock),
    /// stopping when the peer goes away; then closes.
    Trickle {
        head: Vec<u8>,
        body: Vec<u8>,
        every: Duration,
    },
}

/// An answer with a `Content-Length` and `Connection: close`.
pub fn answer(status: u16, headers: &[(&str, &str)], body: impl AsRef<[u8]>) -> Act {
    let body = body.as_ref();
    let mut out = format!("HTTP/1.1 {status} Fault\r\n");
    for (k, v) in headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str(&format!(
        "content-length: {}\r\nconnection: close\r\n\r\n",
        body.len()
    ));
    let mut bytes = out.into_bytes();
    bytes.extend_from_slice(body);
    Act::Raw(bytes)
}

/// The head of an answer, raw: `HTTP/1.1 {status} Fault\r\n{lines}\r\n` with each of
/// `lines` ending in CRLF.
pub fn head(status: u16, lines: &[&str]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status} Fault\r\n");
    for l in lines {
        out.push_str(l);
        out.push_str("\r\n");
    }
    out.push_str("\r\n");
    out.into_bytes()
}

/// The running server.
pub struct FaultServer {
    /// `http://127.0.0.1:port`.
    pub url: String,
    connections: Arc<AtomicUsize>,
    flooded: Arc<AtomicU64>,
    heads: Arc<Mutex<Vec<String>>>,
    task: JoinHandle<()>,
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        // The accept task owns the connection tasks: aborting it ends them all.
        self.task.abort();
    }
}

impl FaultServer {
    /// A session builder aimed at this server: us-east-1, test keys, standard retries with
    /// a 1 ms backoff; `max_body` caps a response body when given.
    pub fn session_builder(&self, max_body: Option<u64>) -> boto_core::SessionBuilder {
        let b = boto_core::Session::builder()
            .region("us-east-1")
            .endpoint_url(&self.url)
            .credentials(boto_core::Credentials::new("AKID", "SECRET", None))
            .retry(boto_core::RetryConfig::standard().base_backoff(Duration::from_millis(1)));
        match max_body {
            Some(max) => b.max_response_body(max),
            None => b,
        }
    }

    /// Listens on a free port of 127.0.0.1 and plays `script`, one act per connection.
    pub async fn start(script: Vec<Act>) -> FaultServer {
        assert!(!script.is_empty(), "a script has at least one act");
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind 127.0.0.1");
        let url = format!("http://{}", listener.local_addr().expect("local address"));
        let connections = Arc::new(AtomicUsize::new(0));
        let flooded = Arc::new(AtomicU64::new(0));
        let heads = Arc::new(Mutex::new(Vec::new()));
        let (count, sent, seen) = (connections.clone(), flooded.clone(), heads.clone());
        let task = tokio::spawn(async move {
            let mut tasks = JoinSet::new();
            while let Ok((sock, _)) = listener.accept().await {
                let n = count.fetch_add(1, Ordering::SeqCst);
                let act = script[n.min(script.len() - 1)].clone();
                tasks.spawn(serve(sock, act, sent.clone(), seen.clone()));
                while tasks.try_join_next().is_some() {}
            }
        });
        FaultServer {
            url,
            connections,
            flooded,
            heads,
            task,
        }
    }

    /// Connections accepted so far (one request each).
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }

    /// The heads (request line and headers) of the requests read so far, in order.
    pub fn request_heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }

    /// Body bytes written by `Flood` acts so far.
    pub fn flooded(&self) -> u64 {
        self.flooded.load(Ordering::SeqCst)
    }
}

/// Reads one request (head and `Content-Length` body), then plays `act`.
async fn serve(
    mut sock: TcpStream,
    act: Act,
    flooded: Arc<AtomicU64>,
    heads: Arc<Mutex<Vec<String>>>,
) {
    let mut buf = Vec::new();
    let mut chunk = vec![0u8; 16 * 1024];
    let head_end = loop {
        match sock.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
        if let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break p + 4;
        }
    };
    let raw_head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let head = raw_head.to_ascii_lowercase();
    heads.lock().unwrap().push(raw_head);
    let len: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    while buf.len() < head_end + len {
        match sock.read(&mut chunk).await {
            Ok(0) | Err(_) => return,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
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
            std::future::pending::<()>().await
        }
        Act::Flood { head, total } => {
            if sock.write_all(&head).await.is_err() {
                return;
            }
            let block = vec![b'x'; 64 * 1024];
            let mut left = total;
            while left > 0 {
                let n = left.min(block.len() as u64) as usize;
                if sock.write_all(&block[..n]).await.is_err() {
                    return;
                }
                flooded.fetch_add(n as u64, Ordering::SeqCst);
                left -= n as u64;
            }
            let _ = sock.shutdown().await;
        }
        Act::Trickle { head, body, every } => {
            if sock.write_all(&head).await.is_err() {
                return;
            }
            for byte in body {
                tokio::time::sleep(every).await;
                if sock.write_all(&[byte]).await.is_err() {
                    return;
                }
            }
            let _ = sock.shutdown().await;
        }
    }
}
