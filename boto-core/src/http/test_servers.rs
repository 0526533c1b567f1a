//! Test servers on 127.0.0.1: an HTTPS server with a certificate of a private test CA
//! (`tls/fixtures/`: `ca.pem` is the CA, `server.pem` / `server.key` the server's, valid
//! for `127.0.0.1` and `localhost` until 2126), and a small HTTP proxy that tunnels
//! `CONNECT` and forwards absolute-form requests, recording what it was asked.

use std::sync::{Arc, Mutex};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The test CA's certificate: the CA bundle of the tests.
pub(crate) const CA_PEM: &str =
    concat!(env!("CARGO_MANIFEST_DIR"), "/src/http/tls/fixtures/ca.pem");
const SERVER_PEM: &[u8] = include_bytes!("tls/fixtures/server.pem");
const SERVER_KEY: &[u8] = include_bytes!("tls/fixtures/server.key");

/// An HTTPS server answering every request with `200 ok`; counts requests served.
pub(crate) struct TlsServer {
    pub port: u16,
    pub served: Arc<Mutex<usize>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for TlsServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl TlsServer {
    pub(crate) async fn start() -> TlsServer {
        use rustls::pki_types::pem::PemObject;
        use rustls::pki_types::{CertificateDer, PrivateKeyDer};
        let certs = CertificateDer::pem_slice_iter(SERVER_PEM)
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        let key = PrivateKeyDer::from_pem_slice(SERVER_KEY).unwrap();
        let config = rustls::ServerConfig::builder_with_provider(Arc::new(
            rustls::crypto::ring::default_provider(),
        ))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
        let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let served = Arc::new(Mutex::new(0));
        let counter = served.clone();
        let task = tokio::spawn(async move {
            while let Ok((sock, _)) = listener.accept().await {
                let (acceptor, counter) = (acceptor.clone(), counter.clone());
                tokio::spawn(async move {
                    let Ok(mut tls) = acceptor.accept(sock).await else {
                        return;
                    };
                    while read_message(&mut tls).await.is_some() {
                        *counter.lock().unwrap() += 1;
                        let reply = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok";
                        if tls.write_all(reply).await.is_err() {
                            return;
                        }
                    }
                });
            }
        });
        TlsServer { port, served, task }
    }
    pub(crate) fn url(&self) -> String {
        format!("https://127.0.0.1:{}/", self.port)
    }
    pub(crate) fn served(&self) -> usize {
        *self.served.lock().unwrap()
    }
}

/// Reads one HTTP/1.1 message: its head (up to the blank line) and its `content-length`
/// body. `None` at end of stream.
async fn read_message<S: AsyncRead + Unpin>(s: &mut S) -> Option<(String, Vec<u8>)> {
    let mut buf = Vec::new();
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let mut chunk = [0u8; 4096];
        match s.read(&mut chunk).await {
            Ok(0) | Err(_) => return None,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
    let len: usize = head
        .split("\r\n")
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.trim().parse().ok())
        .unwrap_or(0);
    while buf.len() < head_end + len {
        let mut chunk = [0u8; 4096];
        match s.read(&mut chunk).await {
            Ok(0) | Err(_) => return None,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
    }
    Some((head, buf[head_end..head_end + len].to_vec()))
}

/// What the proxy was asked: the request line and the `Proxy-Authorization` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ProxySeen {
    pub line: String,
    pub auth: Option<String>,
}

/// An HTTP proxy on 127.0.0.1. `CONNECT host:port` opens a tunnel (or is refused with 403
/// when `refuse_connect`); `GET http://host:port/path` is forwarded in origin form, one
/// request per connection.
pub(crate) struct TestProxy {
    pub url: String,
    seen: Arc<Mutex<Vec<ProxySeen>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for TestProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl TestProxy {
    pub(crate) async fn start(refuse_connect: bool) -> TestProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        let task = tokio::spawn(async move {
            while let Ok((sock, _)) = listener.accept().await {
                tokio::spawn(serve_proxy(sock, log.clone(), refuse_connect));
            }
        });
        TestProxy { url, seen, task }
    }
    pub(crate) fn seen(&self) -> Vec<ProxySeen> {
        self.seen.lock().unwrap().clone()
    }
}

async fn serve_proxy(mut client: TcpStream, log: Arc<Mutex<Vec<ProxySeen>>>, refuse: bool) {
    let Some((head, body)) = read_message(&mut client).await else {
        return;
    };
    let mut lines = head.split("\r\n");
    let line = lines.next().unwrap_or("").to_string();
    let headers: Vec<&str> = lines.filter(|l| !l.is_empty()).collect();
    let auth = headers
        .iter()
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("proxy-authorization"))
        .map(|(_, v)| v.trim().to_string());
    log.lock().unwrap().push(ProxySeen {
        line: line.clone(),
        auth,
    });
    let mut parts = line.split(' ');
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    if method == "CONNECT" {
        if refuse {
            let _ = client
                .write_all(b"HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n")
                .await;
            return;
        }
        let Ok(mut upstream) = TcpStream::connect(target).await else {
            let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\n\r\n").await;
            return;
        };
        if client
            .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
            .await
            .is_err()
        {
            return;
        }
        let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
        return;
    }
    let Ok(uri) = target.parse::<http::Uri>() else {
        let _ = client.write_all(b"HTTP/1.1 400 Bad Request\r\n\r\n").await;
        return;
    };
    let (Some(authority), Some(path)) = (uri.authority(), uri.path_and_query()) else {
        let _ = client.write_all(b"HTTP/1.1 400 Bad Request\r\n\r\n").await;
        return;
    };
    let Ok(mut upstream) = TcpStream::connect(authority.as_str()).await else {
        let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\n\r\n").await;
        return;
    };
    let mut out = format!("{method} {path} HTTP/1.1\r\n");
    for h in headers {
        if !h.to_ascii_lowercase().starts_with("proxy-") {
            out.push_str(h);
            out.push_str("\r\n");
        }
    }
    out.push_str("\r\n");
    let mut out = out.into_bytes();
    out.extend_from_slice(&body);
    if upstream.write_all(&out).await.is_err() {
        return;
    }
    let Some((head, body)) = read_message(&mut upstream).await else {
        return;
    };
    // One request per connection: the client must not reuse it.
    let head = head.replacen("\r\n", "\r\nconnection: close\r\n", 1);
    let _ = write_all_then_close(&mut client, head.as_bytes(), &body).await;
}

async fn write_all_then_close<S: AsyncWrite + Unpin>(
    s: &mut S,
    head: &[u8],
    body: &[u8],
) -> std::io::Result<()> {
    s.write_all(head).await?;
    s.write_all(body).await?;
    s.shutdown().await
}
