//! `BatchWriter` through the replay transport: batching, unprocessed-item retries with
//! backoff, giving up, errors keeping the buffer, and `overwrite_by_pkeys`.

#![cfg(feature = "dynamodb")]

use boto_core::http::replay::ReplayClient;
use boto_core::{Credentials, ErrorKind, RetryConfig, Session};
use boto_services::dynamodb::{key, Client, Table};
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::Duration;

const JSON: (&str, &str) = ("content-type", "application/x-amz-json-1.0");

fn table(replay: &ReplayClient) -> Table {
    let session = Session::builder()
        .region("us-east-1")
        .endpoint_url("http://127.0.0.1:9")
        .credentials(Credentials::new("AKID", "SECRET", None))
        .retry(RetryConfig::standard().max_attempts(1))
        .http_client(Arc::new(replay.clone()))
        .build()
        .unwrap();
    Table::new(&Client::new(&session), "t")
}

/// The writes of each `BatchWriteItem` request sent, as JSON.
fn batches(replay: &ReplayClient) -> Vec<Vec<Value>> {
    replay
        .requests()
        .iter()
        .map(|r| {
            assert_eq!(
                r.header("x-amz-target"),
                Some("DynamoDB_20120810.BatchWriteItem")
            );
            let body: Value = serde_json::from_str(&r.body_str()).unwrap();
            body["RequestItems"]["t"].as_array().unwrap().clone()
        })
        .collect()
}

fn put_json(pk: &str) -> Value {
    json!({"PutRequest": {"Item": {"pk": {"S": pk}, "n": {"N": "1"}}}})
}

#[derive(serde::Serialize)]
struct Row<'a> {
    pk: &'a str,
    n: u32,
}

#[tokio::test]
async fn sends_full_batches_then_the_rest_on_flush() {
    let replay = ReplayClient::new();
    for _ in 0..3 {
        replay.push(200, &[JSON], "{}");
    }
    let mut w = table(&replay).batch_writer();
    let names: Vec<String> = (0..60).map(|i| format!("k{i}")).collect();
    for name in &names {
        w.put(&Row { pk: name, n: 1 }).await.unwrap();
    }
    assert_eq!(w.pending(), 10);
    assert_eq!(
        batches(&replay).iter().map(Vec::len).collect::<Vec<_>>(),
        [25, 25]
    );
    w.flush().await.unwrap();
    assert_eq!(w.pending(), 0);
    let sent = batches(&replay);
    assert_eq!(sent.iter().map(Vec::len).collect::<Vec<_>>(), [25, 25, 10]);
    assert_eq!(sent[0][0], put_json("k0"));
    assert_eq!(sent[2][9], put_json("k59"));
}

#[tokio::test]
async fn unprocessed_items_are_sent_again() {
    let replay = ReplayClient::new();
    let unprocessed = json!({"UnprocessedItems": {"t": [put_json("b"), put_json("c")]}});
    replay.push(200, &[JSON], unprocessed.to_string());
    replay.push(200, &[JSON], json!({"UnprocessedItems": {}}).to_string());
    let mut w = table(&replay)
        .batch_writer()
        .base_delay(Duration::from_millis(1));
    for pk in ["a", "b", "c"] {
        w.put(&Row { pk, n: 1 }).await.unwrap();
    }
    w.delete(key!("pk" => "d")).await.unwrap();
    w.flush().await.unwrap();
    let sent = batches(&replay);
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0].len(), 4);
    assert_eq!(
        sent[0][3],
        json!({"DeleteRequest": {"Key": {"pk": {"S": "d"}}}})
    );
    assert_eq!(sent[1], vec![put_json("b"), put_json("c")]);
    assert_eq!(replay.remaining(), 0);
}

#[tokio::test]
async fn gives_up_after_rounds_without_progress_keeping_the_items() {
    let replay = ReplayClient::new();
    let all_back = json!({"UnprocessedItems": {"t": [put_json("a"), put_json("b")]}});
    for _ in 0..3 {
        replay.push(200, &[JSON], all_back.to_string());
    }
    let mut w = table(&replay)
        .batch_writer()
        .base_delay(Duration::from_millis(1))
        .max_attempts(3);
    w.put(&Row { pk: "a", n: 1 }).await.unwrap();
    w.put(&Row { pk: "b", n: 1 }).await.unwrap();
    let err = w.flush().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err:?}");
    assert!(
        err.to_string().contains("2 writes still unprocessed"),
        "{err}"
    );
    assert_eq!(w.pending(), 2);
    assert_eq!(batches(&replay).len(), 3);
}

#[tokio::test]
async fn a_failed_call_keeps_the_buffer() {
    let replay = ReplayClient::new();
    replay.push(
        400,
        &[JSON],
        json!({"__type": "com.amazonaws.dynamodb.v20120810#ValidationException",
               "message": "bad"})
        .to_string(),
    );
    replay.push(200, &[JSON], "{}");
    let mut w = table(&replay).batch_writer();
    w.put(&Row { pk: "a", n: 1 }).await.unwrap();
    let err = w.flush().await.unwrap_err();
    assert!(err.is_code("ValidationException"), "{err:?}");
    assert_eq!(w.pending(), 1);
    w.flush().await.unwrap();
    assert_eq!(w.pending(), 0);
    assert_eq!(batches(&replay)[1], vec![put_json("a")]);
}

#[tokio::test]
async fn overwrite_by_pkeys_keeps_the_last_write_per_key() {
    let replay = ReplayClient::new();
    replay.push(200, &[JSON], "{}");
    let mut w = table(&replay).batch_writer().overwrite_by_pkeys(["pk"]);
    w.put(&Row { pk: "a", n: 1 }).await.unwrap();
    w.put(&Row { pk: "b", n: 1 }).await.unwrap();
    w.put(&Row { pk: "a", n: 2 }).await.unwrap();
    w.delete(key!("pk" => "b")).await.unwrap();
    assert_eq!(w.pending(), 2);
    // a write without the key attribute cannot be compared
    let err = w.delete(key!("other" => 1)).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    w.flush().await.unwrap();
    assert_eq!(
        batches(&replay)[0],
        vec![
            json!({"PutRequest": {"Item": {"pk": {"S": "a"}, "n": {"N": "2"}}}}),
            json!({"DeleteRequest": {"Key": {"pk": {"S": "b"}}}}),
        ]
    );
}
