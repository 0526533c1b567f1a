//! The differential test: one S3/SQS/DynamoDB scenario run with boto3
//! (`tests/differential/scenario.py`) and with boto-services, against the same moto (reset
//! in between). Both print a JSON summary of what a user observes (keys listed, bodies,
//! metadata, messages, items, error codes); the summaries must be equal.

use boto_services::core::{Credentials, Result, Session};
use boto_services::dynamodb::{self, AttributeValue};
use boto_services::{s3, sqs};
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use std::process::Command;
use std::time::Duration;
use testkit::MotoServer;

const BUCKET: &str = "diff-bucket";
const QUEUE: &str = "diff-queue";
const TABLE: &str = "diff-table";
const ODD_KEY: &str = "z key+plus/\u{fc}.txt";

/// True when `python3` can import boto3.
fn boto3_available() -> bool {
    Command::new("python3")
        .args(["-c", "import boto3"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

fn boto3_summary(endpoint: &str) -> Value {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/differential/scenario.py"
    );
    let out = Command::new("python3")
        .arg(script)
        .env("AWS_ENDPOINT_URL", endpoint)
        .output()
        .expect("run python3");
    assert!(
        out.status.success(),
        "scenario.py failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("scenario.py prints JSON")
}

/// The error code `r` failed with (`None` when it succeeded).
fn code<T>(r: Result<T>) -> Value {
    match r {
        Ok(_) => Value::Null,
        Err(e) => json!(e.code()),
    }
}

async fn s3_steps(session: &Session) -> Result<Value> {
    let s3 = s3::Client::new(session);
    s3.create_bucket(s3::CreateBucketRequest::new().bucket(BUCKET))
        .await?;
    s3.put_object(
        s3::PutObjectRequest::new()
            .bucket(BUCKET)
            .key("a.txt")
            .body("alpha")
            .content_type("text/plain")
            .metadata(HashMap::from([("owner".to_owned(), "ana".to_owned())])),
    )
    .await?;
    for (key, body) in [
        ("dir/b.txt", "beta"),
        ("dir/c.txt", ""),
        (ODD_KEY, "zeta \u{fc}"),
    ] {
        s3.put_object(
            s3::PutObjectRequest::new()
                .bucket(BUCKET)
                .key(key)
                .body(body),
        )
        .await?;
    }
    let mut listed = Vec::new();
    let mut pages =
        s3.list_objects_v2_items(s3::ListObjectsV2Request::new().bucket(BUCKET).max_keys(2));
    use futures::TryStreamExt;
    while let Some(o) = pages.try_next().await? {
        listed.push(json!([o.key, o.size]));
    }
    let top = s3
        .list_objects_v2(
            s3::ListObjectsV2Request::new()
                .bucket(BUCKET)
                .delimiter("/"),
        )
        .await?;
    let got = s3
        .get_object(s3::GetObjectRequest::new().bucket(BUCKET).key("a.txt"))
        .await?;
    let (content_type, metadata, length, etag) = (
        got.content_type.clone(),
        got.metadata.clone(),
        got.content_length,
        got.e_tag.clone(),
    );
    let body = String::from_utf8(got.body.collect().await?.to_vec()).expect("utf-8 body");
    let ranged = s3
        .get_object(
            s3::GetObjectRequest::new()
                .bucket(BUCKET)
                .key("a.txt")
                .range("bytes=1-3"),
        )
        .await?;
    let content_range = ranged.content_range.clone();
    let ranged_body = String::from_utf8(ranged.body.collect().await?.to_vec()).expect("utf-8");
    let head = s3
        .head_object(s3::HeadObjectRequest::new().bucket(BUCKET).key(ODD_KEY))
        .await?;
    s3.copy_object(
        s3::CopyObjectRequest::new()
            .bucket(BUCKET)
            .key("copy.txt")
            .copy_source(format!("{BUCKET}/a.txt")),
    )
    .await?;
    let copied = s3
        .get_object(s3::GetObjectRequest::new().bucket(BUCKET).key("copy.txt"))
        .await?;
    let copied_meta = copied.metadata.clone();
    let copied_body = String::from_utf8(copied.body.collect().await?.to_vec()).expect("utf-8");
    s3.put_object_tagging(
        s3::PutObjectTaggingRequest::new()
            .bucket(BUCKET)
            .key("a.txt")
            .tagging(s3::Tagging::new().tag_set(vec![s3::Tag::new().key("team").value("blue")])),
    )
    .await?;
    let tags = s3
        .get_object_tagging(
            s3::GetObjectTaggingRequest::new()
                .bucket(BUCKET)
                .key("a.txt"),
        )
        .await?
        .tag_set;
    let deleted = s3
        .delete_objects(s3::DeleteObjectsRequest::new().bucket(BUCKET).delete(
            s3::Delete::new().objects(vec![
                s3::ObjectIdentifier::new().key("dir/b.txt"),
                s3::ObjectIdentifier::new().key("nope"),
            ]),
        ))
        .await?;
    let mut deleted: Vec<String> = deleted.deleted.into_iter().map(|d| d.key).collect();
    deleted.sort();
    let after = s3
        .list_objects_v2(s3::ListObjectsV2Request::new().bucket(BUCKET))
        .await?;
    let get = |bucket: &str, key: &str| {
        s3.get_object(s3::GetObjectRequest::new().bucket(bucket).key(key))
    };
    Ok(json!({
        "listed": listed,
        "top": {
            "keys": top.contents.iter().map(|o| &o.key).collect::<Vec<_>>(),
            "prefixes": top.common_prefixes.iter().map(|p| &p.prefix).collect::<Vec<_>>(),
        },
        "get": {
            "body": body,
            "content_type": content_type,
            "metadata": metadata,
            "length": length,
            "etag": etag,
        },
        "range": [ranged_body, content_range],
        "head": [head.content_length, head.e_tag],
        "copy": [copied_body, copied_meta],
        "tags": tags.iter().map(|t| [&t.key, &t.value]).collect::<Vec<_>>(),
        "deleted": deleted,
        "after": after.contents.iter().map(|o| &o.key).collect::<Vec<_>>(),
        "errors": {
            "get_missing_key": code(get(BUCKET, "missing").await),
            "get_missing_bucket": code(get("no-such-bucket", "k").await),
            "head_missing_key": code(
                s3.head_object(s3::HeadObjectRequest::new().bucket(BUCKET).key("missing")).await
            ),
        },
    }))
}

fn message_view(m: &sqs::MessageShape) -> Value {
    let attributes: Map<String, Value> = m
        .message_attributes
        .iter()
        .flatten()
        .map(|(name, v)| (name.clone(), json!([v.data_type, v.string_value])))
        .collect();
    json!({"body": m.body, "md5": m.md5_of_body, "attributes": attributes})
}

async fn sqs_steps(session: &Session) -> Result<Value> {
    let sqs = sqs::Client::new(session);
    let url =
        sqs.create_queue(sqs::CreateQueueRequest::new().queue_name(QUEUE).attributes(
            HashMap::from([("VisibilityTimeout".to_owned(), "45".to_owned())]),
        ))
        .await?
        .queue_url
        .unwrap_or_default();
    let again = sqs
        .get_queue_url(sqs::GetQueueUrlRequest::new().queue_name(QUEUE))
        .await?
        .queue_url;
    let attributes = sqs
        .get_queue_attributes(
            sqs::GetQueueAttributesRequest::new()
                .queue_url(&url)
                .attribute_names(vec![
                    sqs::QueueAttributeName::VisibilityTimeout,
                    sqs::QueueAttributeName::DelaySeconds,
                ]),
        )
        .await?
        .attributes
        .unwrap_or_default();
    sqs.send_message(
        sqs::SendMessageRequest::new()
            .queue_url(&url)
            .message_body("one")
            .message_attributes(HashMap::from([
                (
                    "color".to_owned(),
                    sqs::MessageAttributeValue::string("red"),
                ),
                ("n".to_owned(), sqs::MessageAttributeValue::number("7")),
            ])),
    )
    .await?;
    for body in ["two", "three"] {
        sqs.send_message(
            sqs::SendMessageRequest::new()
                .queue_url(&url)
                .message_body(body),
        )
        .await?;
    }
    let mut received = Vec::new();
    for _ in 0..10 {
        let got = sqs
            .receive_message(
                sqs::ReceiveMessageRequest::new()
                    .queue_url(&url)
                    .max_number_of_messages(10)
                    .message_attribute_names(vec!["All".into()]),
            )
            .await?;
        received.extend(got.messages);
        if received.len() >= 3 {
            break;
        }
    }
    let mut views: Vec<Value> = received.iter().map(message_view).collect();
    views.sort_by_key(|v| v["body"].as_str().unwrap_or_default().to_owned());
    let entries: Vec<_> = received
        .iter()
        .enumerate()
        .map(|(i, m)| {
            sqs::DeleteMessageBatchRequestEntry::new()
                .id(format!("m{i}"))
                .receipt_handle(m.receipt_handle.clone().unwrap_or_default())
        })
        .collect();
    let deleted = sqs
        .delete_message_batch(
            sqs::DeleteMessageBatchRequest::new()
                .queue_url(&url)
                .entries(entries),
        )
        .await?;
    let mut deleted: Vec<String> = deleted.successful.into_iter().map(|e| e.id).collect();
    deleted.sort();
    let left = sqs
        .receive_message(
            sqs::ReceiveMessageRequest::new()
                .queue_url(&url)
                .max_number_of_messages(10),
        )
        .await?
        .messages
        .len();
    let batch = sqs
        .send_message_batch(
            sqs::SendMessageBatchRequest::new()
                .queue_url(&url)
                .entries(vec![
                    sqs::SendMessageBatchRequestEntry::of("ok", "x"),
                    sqs::SendMessageBatchRequestEntry::of("late", "y").delay_seconds(1800),
                ]),
        )
        .await?;
    let mut batch_ok: Vec<String> = batch.successful.into_iter().map(|e| e.id).collect();
    batch_ok.sort();
    let mut batch_failed: Vec<Value> = batch
        .failed
        .into_iter()
        .map(|e| json!([e.id, e.code, e.sender_fault.to_string()]))
        .collect();
    batch_failed.sort_by_key(|v| v.to_string());
    Ok(json!({
        "queue_name": url.rsplit('/').next(),
        "url_again": again.as_deref() == Some(url.as_str()),
        "attributes": attributes,
        "received": views,
        "deleted": deleted,
        "left": left,
        "batch_ok": batch_ok,
        "batch_failed": batch_failed,
        "errors": {
            "missing_queue": code(
                sqs.get_queue_url(sqs::GetQueueUrlRequest::new().queue_name("no-such-queue"))
                    .await
            ),
        },
    }))
}

/// An attribute value as the scenario prints it: sets sorted, binary as a list of bytes.
fn canonical(v: &AttributeValue) -> Value {
    let bytes = |b: &boto_services::core::Blob| json!(b.as_ref());
    match v {
        AttributeValue::S(s) => json!({"S": s}),
        AttributeValue::N(n) => json!({"N": n.as_str()}),
        AttributeValue::B(b) => json!({"B": bytes(b)}),
        AttributeValue::SS(ss) => {
            let mut ss = ss.clone();
            ss.sort();
            json!({"SS": ss})
        }
        AttributeValue::NS(ns) => {
            let mut ns: Vec<&str> = ns.iter().map(|n| n.as_str()).collect();
            ns.sort();
            json!({"NS": ns})
        }
        AttributeValue::BS(bs) => {
            let mut bs: Vec<Vec<u8>> = bs.iter().map(|b| b.as_ref().to_vec()).collect();
            bs.sort();
            json!({"BS": bs})
        }
        AttributeValue::M(m) => json!({"M": canonical_item(Some(m))}),
        AttributeValue::L(l) => json!({"L": l.iter().map(canonical).collect::<Vec<_>>()}),
        AttributeValue::Null(_) => json!({"NULL": true}),
        AttributeValue::Bool(b) => json!({"BOOL": b}),
    }
}

fn canonical_item(item: Option<&HashMap<String, AttributeValue>>) -> Value {
    match item {
        None => Value::Null,
        Some(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), canonical(v))).collect()),
    }
}

fn s(x: &str) -> AttributeValue {
    AttributeValue::S(x.to_owned())
}

fn n(x: &str) -> AttributeValue {
    AttributeValue::N(x.parse().expect("a number"))
}

fn item<const N: usize>(pairs: [(&str, AttributeValue); N]) -> HashMap<String, AttributeValue> {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

async fn dynamodb_steps(session: &Session) -> Result<Value> {
    use dynamodb::{
        AttributeDefinition, BillingMode, CreateTableRequest, DescribeTableRequest, GetItemRequest,
        KeySchemaElement, PutItemRequest, QueryRequest, ReturnValue, ScalarAttributeType,
        ScanRequest, UpdateItemRequest,
    };
    let ddb = dynamodb::Client::new(session);
    ddb.create_table(
        CreateTableRequest::new()
            .table_name(TABLE)
            .key_schema(vec![
                KeySchemaElement::hash("pk"),
                KeySchemaElement::range("sk"),
            ])
            .attribute_definitions(vec![
                AttributeDefinition::of("pk", ScalarAttributeType::S),
                AttributeDefinition::of("sk", ScalarAttributeType::N),
            ])
            .billing_mode(BillingMode::PayPerRequest),
    )
    .await?;
    ddb.wait_until_table_exists(DescribeTableRequest::new().table_name(TABLE))
        .delay(Duration::from_secs(1))
        .max_attempts(30)
        .await?;
    let status = ddb
        .describe_table(DescribeTableRequest::new().table_name(TABLE))
        .await?
        .table
        .and_then(|t| t.table_status)
        .map(|s| s.as_str().to_owned());
    let first = item([
        ("pk", s("a")),
        ("sk", n("1")),
        ("name", s("first")),
        ("big", n("12345678901234567890.123456789")),
        ("tags", AttributeValue::SS(vec!["y".into(), "x".into()])),
        (
            "nums",
            AttributeValue::NS(vec!["2.5".parse()?, "1".parse()?]),
        ),
        ("bin", AttributeValue::B(vec![0u8, 1, 255].into())),
        (
            "nested",
            AttributeValue::M(item([
                (
                    "l",
                    AttributeValue::L(vec![
                        s("s"),
                        n("3"),
                        AttributeValue::Bool(true),
                        AttributeValue::Null(true),
                    ]),
                ),
                (
                    "bs",
                    AttributeValue::BS(vec![vec![2u8].into(), vec![1u8].into()]),
                ),
            ])),
        ),
    ]);
    let put = |item| ddb.put_item(PutItemRequest::new().table_name(TABLE).item(item));
    put(first).await?;
    put(item([
        ("pk", s("a")),
        ("sk", n("2")),
        ("name", s("second")),
    ]))
    .await?;
    put(item([("pk", s("a")), ("sk", n("3")), ("name", s("third"))])).await?;
    put(item([("pk", s("b")), ("sk", n("1"))])).await?;
    let got = ddb
        .get_item(
            GetItemRequest::new()
                .table_name(TABLE)
                .key(item([("pk", s("a")), ("sk", n("1"))]))
                .consistent_read(true),
        )
        .await?;
    let query = ddb
        .query(
            QueryRequest::new()
                .table_name(TABLE)
                .key_condition_expression("pk = :pk AND sk BETWEEN :lo AND :hi")
                .expression_attribute_values(item([
                    (":pk", s("a")),
                    (":lo", n("1")),
                    (":hi", n("2")),
                ]))
                .scan_index_forward(false),
        )
        .await?;
    let scan = ddb
        .scan(
            ScanRequest::new()
                .table_name(TABLE)
                .filter_expression("attribute_exists(#n)")
                .expression_attribute_names(HashMap::from([("#n".into(), "name".into())])),
        )
        .await?;
    let mut named: Vec<&str> = scan
        .items
        .iter()
        .filter_map(|i| i.get("name").and_then(|v| v.as_s()))
        .collect();
    named.sort();
    let updated = ddb
        .update_item(
            UpdateItemRequest::new()
                .table_name(TABLE)
                .key(item([("pk", s("a")), ("sk", n("2"))]))
                .update_expression("ADD #c :one SET #s = :s")
                .expression_attribute_names(HashMap::from([
                    ("#c".into(), "count".into()),
                    ("#s".into(), "state".into()),
                ]))
                .expression_attribute_values(item([(":one", n("1")), (":s", s("seen"))]))
                .return_values(ReturnValue::AllNew),
        )
        .await?;
    let missing = ddb
        .get_item(
            GetItemRequest::new()
                .table_name(TABLE)
                .key(item([("pk", s("zz")), ("sk", n("9"))])),
        )
        .await?;
    let conditional = ddb
        .put_item(
            PutItemRequest::new()
                .table_name(TABLE)
                .item(item([("pk", s("a")), ("sk", n("1"))]))
                .condition_expression("attribute_not_exists(pk)"),
        )
        .await;
    let missing_table = ddb
        .get_item(
            GetItemRequest::new()
                .table_name("no-such-table")
                .key(item([("pk", s("a"))])),
        )
        .await;
    Ok(json!({
        "status": status,
        "item": canonical_item(got.item.as_ref()),
        "query": query
            .items
            .iter()
            .map(|i| i.get("sk").and_then(|v| v.as_n()).map(|n| n.as_str()))
            .collect::<Vec<_>>(),
        "scan_named": named,
        "updated": canonical_item(Some(&updated.attributes)),
        "missing_item": canonical_item(missing.item.as_ref()),
        "errors": {
            "conditional": code(conditional),
            "missing_table": code(missing_table),
        },
    }))
}

async fn rust_summary(endpoint: &str) -> Result<Value> {
    let session = Session::builder()
        .region("us-east-1")
        .endpoint_url(endpoint)
        .credentials(Credentials::new("testing", "testing", None))
        .build()?;
    Ok(json!({
        "s3": s3_steps(&session).await?,
        "sqs": sqs_steps(&session).await?,
        "dynamodb": dynamodb_steps(&session).await?,
    }))
}

/// Deliberate differences, each checked exactly: (JSON pointer, boto3's value,
/// boto-services' value). SQS speaks JSON with query-compatible errors: botocore reports the
/// legacy code of the `x-amzn-query-error` header, boto-services the modeled error name
/// (what its typed client and waiters match on; see `protocol/json.rs` `read_error`).
const KNOWN_DIFFERENCES: &[(&str, &str, &str)] = &[(
    "/sqs/errors/missing_queue",
    "AWS.SimpleQueueService.NonExistentQueue",
    "QueueDoesNotExist",
)];

/// The first path (`a.b[2].c`) where two JSON values differ, for a readable failure.
fn first_difference(path: &str, a: &Value, b: &Value) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            keys.into_iter().find_map(|k| {
                let (va, vb) = (
                    x.get(k).unwrap_or(&Value::Null),
                    y.get(k).unwrap_or(&Value::Null),
                );
                first_difference(&format!("{path}.{k}"), va, vb)
            })
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (va, vb))| first_difference(&format!("{path}[{i}]"), va, vb)),
        _ if a == b => None,
        _ => Some(format!("{path}: boto3 {a} / boto-services {b}")),
    }
}

#[test]
fn boto3_and_boto_services_observe_the_same() {
    if !boto3_available() {
        assert!(
            !testkit::in_ci(),
            "boto3 is required under CI=true (pip install boto3)"
        );
        eprintln!("skipping: python3 cannot import boto3 (pip install boto3)");
        return;
    }
    let Some(moto) = MotoServer::start_or_skip() else {
        return;
    };
    let expected = boto3_summary(&moto.endpoint());
    moto.reset();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let actual = match runtime.block_on(rust_summary(&moto.endpoint())) {
        Ok(v) => v,
        Err(e) => panic!("the boto-services scenario failed: {e:?}"),
    };
    let mut actual = actual;
    for (pointer, boto3, ours) in KNOWN_DIFFERENCES {
        assert_eq!(
            expected.pointer(pointer),
            Some(&json!(boto3)),
            "boto3 at {pointer}"
        );
        let slot = actual
            .pointer_mut(pointer)
            .expect("a known difference's path");
        assert_eq!(*slot, json!(ours), "boto-services at {pointer}");
        *slot = json!(boto3);
    }
    // Sanity: the scenario observed something in each service.
    assert_eq!(expected["s3"]["get"]["body"], "alpha");
    assert_eq!(
        expected["sqs"]["received"].as_array().map(Vec::len),
        Some(3)
    );
    assert_eq!(
        expected["dynamodb"]["item"]["big"]["N"],
        "12345678901234567890.123456789"
    );
    if let Some(diff) = first_difference("", &expected, &actual) {
        panic!(
            "boto3 and boto-services differ at {diff}\nboto3: {}\nboto-services: {}",
            serde_json::to_string_pretty(&expected).unwrap_or_default(),
            serde_json::to_string_pretty(&actual).unwrap_or_default()
        );
    }
    assert_eq!(expected, actual);
}
