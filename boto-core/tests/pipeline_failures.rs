//! Bad answers and bad endpoints through the whole typed pipeline (`ClientHandle::call`
//! on the default hyper transport): each is a clear `Err` of the right kind, retried when
//! it is transient, and never a panic. The server is a stub on 127.0.0.1 written here.

use boto_core::client::ClientHandle;
use boto_core::model::{
    Kind, Member, MemberTraits, Operation, Protocol, Schema, SchemaRef, ServiceMeta, ShapeTraits,
};
use boto_core::{Credentials, Error, ErrorKind, Result, RetryConfig, Session, Shape, Value};
use std::borrow::Cow;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

fn string() -> &'static Schema {
    static S: LazyLock<Schema> = LazyLock::new(|| Schema {
        name: Cow::Borrowed("String"),
        kind: Kind::String,
        traits: ShapeTraits::default(),
    });
    &S
}

/// `{ Name: String }`, the input and the output of `Echo`.
fn named() -> &'static Schema {
    static S: LazyLock<Schema> = LazyLock::new(|| Schema {
        name: Cow::Borrowed("Named"),
        kind: Kind::Structure {
            members: Cow::Owned(vec![Member {
                name: Cow::Borrowed("Name"),
                target: SchemaRef::Static(string),
                traits: MemberTraits::default(),
            }]),
            union: false,
        },
        traits: ShapeTraits::default(),
    });
    &S
}

static META: LazyLock<ServiceMeta> = LazyLock::new(|| ServiceMeta {
    protocol: Protocol::AwsJson1_0,
    api_version: Cow::Borrowed("2020-01-01"),
    target_prefix: Some(Cow::Borrowed("Stub")),
    json_version: Some(Cow::Borrowed("1.0")),
    signing_name: Cow::Borrowed("stub"),
    endpoint_prefix: Cow::Borrowed("stub"),
    service_id: Cow::Borrowed("Stub"),
    xml_namespace: None,
    global_endpoint: None,
});

static ECHO: LazyLock<Operation> = LazyLock::new(|| Operation {
    input: Some(SchemaRef::Static(named)),
    output: Some(SchemaRef::Static(named)),
    ..Operation::rpc("Echo")
});

/// The typed input and output, as `#[derive(Shape)]` would write them.
#[derive(Debug, PartialEq)]
struct Named(String);
impl Shape for Named {
    fn schema() -> &'static Schema {
        named()
    }
    fn into_value(self) -> Value {
        Value::Structure(vec![(Cow::Borrowed("Name"), Value::String(self.0))])
    }
    fn from_value(mut v: Value) -> Result<Self> {
        match v.take("Name") {
            Some(Value::String(s)) => Ok(Named(s)),
            None | Some(Value::Null) => Ok(Named(String::new())),
            Some(other) => Err(Error::decode(format!("Name: {}", other.type_name()))),
        }
    }
}

/// A stub answering every request with `answer` (raw bytes, then close); counts requests.
struct Stub {
    url: String,
    requests: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Stub {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn stub(answer: &'static [u8]) -> Stub {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let requests = Arc::new(AtomicUsize::new(0));
    let count = requests.clone();
    let task = tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            let count = count.clone();
            tokio::spawn(async move {
                // Read the head and the announced body, then answer.
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                loop {
                    match sock.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                    let text = String::from_utf8_lossy(&buf).to_lowercase();
                    if let Some(end) = text.find("\r\n\r\n") {
                        let len: usize = text
                            .lines()
                            .find_map(|l| l.strip_prefix("content-length:"))
                            .and_then(|v| v.trim().parse().ok())
                            .unwrap_or(0);
                        if buf.len() >= end + 4 + len {
                            break;
                        }
                    }
                }
                count.fetch_add(1, Ordering::SeqCst);
                let _ = sock.write_all(answer).await;
                let _ = sock.shutdown().await;
            });
        }
    });
    Stub {
        url,
        requests,
        task,
    }
}

fn client(endpoint: &str) -> ClientHandle {
    let session = Session::builder()
        .region("us-east-1")
        .endpoint_url(endpoint)
        .credentials(Credentials::new("AKID", "SECRET", None))
        .retry(RetryConfig::standard().base_backoff(Duration::from_millis(5)))
        .connect_timeout(Duration::from_secs(2))
        .read_timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    ClientHandle::new(&session, &META)
}

async fn echo(client: &ClientHandle) -> Result<Named> {
    client.call(&ECHO, Named("x".into())).await
}

#[tokio::test]
async fn a_good_answer_parses() {
    let stub = stub(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/x-amz-json-1.0\r\n\
          content-length: 15\r\nconnection: close\r\n\r\n{\"Name\":\"back\"}",
    )
    .await;
    let out = echo(&client(&stub.url)).await.unwrap();
    assert_eq!(out, Named("back".into()));
    assert_eq!(stub.requests.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn an_unreachable_endpoint_is_a_transport_error() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let err = echo(&client(&format!("http://127.0.0.1:{port}")))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport, "{err:?}");
    let shown = err.to_string();
    assert!(
        shown.contains("cannot connect") && shown.contains(&format!("127.0.0.1:{port}")),
        "{shown}"
    );
    assert!(!shown.contains("SECRET"), "{shown}");
}

#[tokio::test]
async fn a_truncated_body_is_a_transport_error_after_every_attempt() {
    let stub = stub(
        b"HTTP/1.1 200 OK\r\ncontent-type: application/x-amz-json-1.0\r\n\
          content-length: 100\r\nconnection: close\r\n\r\n{\"Name\":\"ba",
    )
    .await;
    let err = echo(&client(&stub.url)).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport, "{err:?}");
    assert!(err.to_string().contains("truncated"), "{err}");
    assert!(err.to_string().contains("11 of 100"), "{err}");
    assert_eq!(
        stub.requests.load(Ordering::SeqCst),
        3,
        "standard mode's 3 attempts"
    );
}

#[tokio::test]
async fn an_undecodable_body_is_a_decode_error_sent_once() {
    for answer in [
        &b"HTTP/1.1 200 OK\r\ncontent-length: 9\r\nconnection: close\r\n\r\n{\"Name\":["[..],
        b"HTTP/1.1 200 OK\r\ncontent-length: 10\r\nconnection: close\r\n\r\n{\"Name\":7}",
        b"HTTP/1.1 200 OK\r\ncontent-length: 4\r\nconnection: close\r\n\r\n\xff\xfe\x00{",
    ] {
        let stub = stub(answer).await;
        let err = echo(&client(&stub.url)).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode, "{err:?}");
        assert_eq!(stub.requests.load(Ordering::SeqCst), 1, "{err}");
    }
}

#[tokio::test]
async fn an_error_answer_that_is_not_json_keeps_its_status() {
    let stub = stub(
        b"HTTP/1.1 403 Forbidden\r\ncontent-type: text/html\r\ncontent-length: 18\r\n\
          connection: close\r\n\r\n<html>denied</html",
    )
    .await;
    let err = echo(&client(&stub.url)).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Service, "{err:?}");
    assert_eq!((err.code(), err.status()), (Some("403"), Some(403)));
    assert_eq!(
        stub.requests.load(Ordering::SeqCst),
        1,
        "a 403 is not retried"
    );
}
