//! Transport and pipeline overhead: a keep-alive GET through the pooled hyper client to a
//! local server, and one `ClientHandle::call_value` (build, sign, send, parse) over the
//! replay transport. Run: `cargo bench -p boto-core --bench transport`.

use boto_core::client::ClientHandle;
use boto_core::http::replay::ReplayClient;
use boto_core::http::{default_client, ByteStream, HttpSettings};
use boto_core::model::{Operation, Protocol, ServiceMeta, Shapes};
use boto_core::{Credentials, Session, Value};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::borrow::Cow;
use std::sync::{Arc, LazyLock};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Answers every request on a connection with 1 KiB, keeping the connection open.
async fn keep_alive_server() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut response = b"HTTP/1.1 200 OK\r\ncontent-length: 1024\r\n\r\n".to_vec();
                response.extend_from_slice(&[b'x'; 1024]);
                let mut buf = Vec::new();
                let mut chunk = [0u8; 4096];
                loop {
                    match sock.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => buf.extend_from_slice(&chunk[..n]),
                    }
                    // GETs without bodies: one response per request head.
                    while let Some(p) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                        buf.drain(..p + 4);
                        if sock.write_all(&response).await.is_err() {
                            return;
                        }
                    }
                }
            });
        }
    });
    url
}

static META: LazyLock<ServiceMeta> = LazyLock::new(|| ServiceMeta {
    protocol: Protocol::AwsJson1_0,
    api_version: Cow::Borrowed("2012-11-05"),
    target_prefix: Some(Cow::Borrowed("AmazonSQS")),
    json_version: Some(Cow::Borrowed("1.0")),
    signing_name: Cow::Borrowed("sqs"),
    endpoint_prefix: Cow::Borrowed("sqs"),
    service_id: Cow::Borrowed("SQS"),
    xml_namespace: None,
    global_endpoint: None,
});

static LIST_QUEUES: Operation = Operation::rpc("ListQueues");

fn bench(c: &mut Criterion) {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();

    let url = rt.block_on(keep_alive_server());
    let http = default_client(&HttpSettings::default());
    let mut g = c.benchmark_group("transport");
    g.throughput(Throughput::Elements(1));
    g.bench_function("get_1KiB_keep_alive", |b| {
        b.iter(|| {
            rt.block_on(async {
                let req = http::Request::get(format!("{url}/o"))
                    .body(ByteStream::empty())
                    .unwrap();
                let body = http.send(req).await.unwrap().into_body().collect().await;
                assert_eq!(body.unwrap().len(), 1024);
            })
        })
    });
    g.finish();

    let replay = ReplayClient::new();
    let session = Session::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKID", "SECRET", None))
        .http_client(Arc::new(replay.clone()))
        .build()
        .unwrap();
    let client = ClientHandle::new(&session, &META);
    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Elements(1));
    g.bench_function("call_value_sign_replay", |b| {
        b.iter(|| {
            replay.push(200, &[("content-type", "application/x-amz-json-1.0")], "{}");
            rt.block_on(client.call_value(&Shapes::EMPTY, &LIST_QUEUES, Value::structure()))
                .unwrap()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
