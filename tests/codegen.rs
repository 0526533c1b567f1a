//! The clients `boto-codegen` generated for Secrets Manager and Kinesis (`src/aws/`),
//! against moto: create / describe / paginated list / delete round trips and Kinesis's
//! waiters; and, through the replay transport, what moto does not do (Kinesis's
//! `ListStreams` ignores `NextToken` there) and a waiter that really waits.

use boto_core::http::replay::ReplayClient;
use boto_core::{Credentials, RetryConfig, Session};
use boto_examples::aws::{kinesis, secretsmanager};
use futures::TryStreamExt;
use std::sync::Arc;
use std::time::Duration;

fn session(moto: &testkit::MotoServer) -> Session {
    testkit::moto_session!(moto, .retry(RetryConfig::standard().max_attempts(2)))
}

fn replay_session(replay: &ReplayClient) -> Session {
    Session::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKID", "SECRET", None))
        .http_client(Arc::new(replay.clone()))
        .build()
        .expect("session")
}

/// API.md §8's Secrets Manager lines, as written there.
#[rustfmt::skip]
async fn guide_example(session: &Session) -> boto_core::Result<Option<String>> {
    use secretsmanager::{Client, CreateSecretRequest, DescribeSecretRequest, ListSecretsRequest};
    let sm = Client::new(session);
    sm.create_secret(CreateSecretRequest::new().name("db").secret_string("pw")).await?;
    let all: Vec<_> = sm.list_secrets_items(ListSecretsRequest::new()).try_collect().await?;
    assert_eq!(all.len(), 1);
    let arn = sm.describe_secret(DescribeSecretRequest::new().secret_id("db")).await?.arn; // wire "ARN"
    Ok(arn)
}

#[tokio::test(flavor = "multi_thread")]
async fn secretsmanager_round_trip() -> boto_core::Result<()> {
    use secretsmanager::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let session = session(&moto);
    let arn = guide_example(&session)
        .await?
        .expect("DescribeSecret's ARN");
    assert!(
        arn.starts_with("arn:aws:secretsmanager:us-east-1:"),
        "{arn}"
    );

    let sm = Client::new(&session);
    let mut created = Vec::new();
    for name in ["app/one", "app/two", "app/three"] {
        let out = sm
            .create_secret(
                CreateSecretRequest::new()
                    .name(name)
                    .secret_string(format!("value of {name}"))
                    .tags(vec![Tag::new().key("team").value("core")]),
            )
            .await?;
        assert_eq!(out.name.as_deref(), Some(name));
        created.push(out.arn.expect("CreateSecret's ARN"));
    }

    // Describe by name: the acronym member `ARN` arrives in `arn`.
    let described = sm
        .describe_secret(DescribeSecretRequest::new().secret_id("app/two"))
        .await?;
    assert_eq!(described.arn.as_ref(), Some(&created[1]));
    assert_eq!(described.name.as_deref(), Some("app/two"));
    assert_eq!(
        described.tags,
        Some(vec![Tag::new().key("team").value("core")])
    );
    assert!(described.created_date.is_some());
    let value = sm
        .get_secret_value(GetSecretValueRequest::new().secret_id(&created[2]))
        .await?;
    assert_eq!(value.secret_string.as_deref(), Some("value of app/three"));

    // One secret per page: `_items` follows NextToken through four pages.
    let mut names: Vec<String> = sm
        .list_secrets_items(ListSecretsRequest::new().max_results(1))
        .map_ok(|s| s.name.unwrap_or_default())
        .try_collect()
        .await?;
    names.sort();
    assert_eq!(names, ["app/one", "app/three", "app/two", "db"]);
    let pages: Vec<ListSecretsResponse> = sm
        .list_secrets_pages(ListSecretsRequest::new().max_results(3))
        .try_collect()
        .await?;
    assert_eq!(
        pages
            .iter()
            .map(|p| p.secret_list.as_ref().map_or(0, Vec::len))
            .collect::<Vec<_>>(),
        [3, 1]
    );
    // A filter (a string enum in the request) narrows the listing.
    let filtered: Vec<SecretListEntry> = sm
        .list_secrets_items(ListSecretsRequest::new().filters(vec![Filter::new()
            .key(FilterNameStringType::Name)
            .values(vec!["app/t".to_owned()])]))
        .try_collect()
        .await?;
    let mut filtered: Vec<_> = filtered.into_iter().filter_map(|s| s.name).collect();
    filtered.sort();
    assert_eq!(filtered, ["app/three", "app/two"]);

    // Delete, then the secret is gone: a ResourceNotFoundException.
    let deleted = sm
        .delete_secret(
            DeleteSecretRequest::new()
                .secret_id("app/one")
                .force_delete_without_recovery(true),
        )
        .await?;
    assert_eq!(deleted.arn.as_ref(), Some(&created[0]));
    let err = sm
        .describe_secret(DescribeSecretRequest::new().secret_id("app/one"))
        .await
        .expect_err("a deleted secret is not found");
    assert!(err.is_code("ResourceNotFoundException"), "{err:?}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn kinesis_round_trip_and_waiters() -> boto_core::Result<()> {
    use kinesis::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let session = session(&moto);
    let client = Client::new(&session);
    client
        .create_stream(CreateStreamInput::new().stream_name("s").shard_count(2))
        .await?;
    // API.md §8's waiter line, with a short delay.
    let out = kinesis::Client::new(&session)
        .wait_until_stream_exists(kinesis::DescribeStreamInput::new().stream_name("s"))
        .delay(Duration::from_millis(50))
        .await?
        .expect("the waiter's last output");
    let description = out.stream_description;
    assert_eq!(description.stream_status, StreamStatus::Active);
    assert_eq!(description.shards.len(), 2);
    assert!(
        description.stream_arn.ends_with(":stream/s"),
        "{}",
        description.stream_arn
    );

    let summary = client
        .describe_stream_summary(DescribeStreamSummaryInput::new().stream_name("s"))
        .await?
        .stream_description_summary;
    assert_eq!(summary.open_shard_count, 2);
    assert_eq!(summary.stream_arn, description.stream_arn);

    // A record in, the same record out.
    let put = client
        .put_record(
            PutRecordInput::new()
                .stream_name("s")
                .partition_key("k")
                .data(&b"hello"[..]),
        )
        .await?;
    let iterator = client
        .get_shard_iterator(
            GetShardIteratorInput::new()
                .stream_name("s")
                .shard_id(&put.shard_id)
                .shard_iterator_type(ShardIteratorType::TrimHorizon),
        )
        .await?
        .shard_iterator
        .expect("a shard iterator");
    let records = client
        .get_records(GetRecordsInput::new().shard_iterator(iterator))
        .await?
        .records;
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].data.as_ref(), b"hello");
    assert_eq!(records[0].sequence_number, put.sequence_number);

    // Paginated listings.
    let shards: Vec<Shard> = client
        .list_shards_items(ListShardsInput::new().stream_name("s"))
        .try_collect()
        .await?;
    assert_eq!(shards.len(), 2);
    client
        .create_stream(CreateStreamInput::new().stream_name("t").shard_count(1))
        .await?;
    let names: Vec<String> = client
        .list_streams_items(ListStreamsInput::new())
        .try_collect()
        .await?;
    assert_eq!(names, ["s", "t"]);

    // Delete, then the not-exists waiter succeeds on ResourceNotFoundException.
    client
        .delete_stream(DeleteStreamInput::new().stream_name("s"))
        .await?;
    let gone = client
        .wait_until_stream_not_exists(DescribeStreamInput::new().stream_name("s"))
        .delay(Duration::from_millis(50))
        .max_attempts(5)
        .await?;
    assert!(
        gone.is_none(),
        "the waiter ended on an error, not an output"
    );
    let err = client
        .describe_stream(DescribeStreamInput::new().stream_name("s"))
        .await
        .expect_err("a deleted stream is not found");
    assert!(err.is_code("ResourceNotFoundException"), "{err:?}");
    Ok(())
}

const KINESIS_JSON: [(&str, &str); 1] = [("content-type", "application/x-amz-json-1.1")];

/// `ListStreams` pages follow `NextToken` while `HasMoreStreams` is true (moto ignores
/// the token, so this runs on the replay transport).
#[tokio::test]
async fn kinesis_list_streams_follows_next_token_while_more() -> boto_core::Result<()> {
    let replay = ReplayClient::new();
    replay.push(
        200,
        &KINESIS_JSON,
        r#"{"StreamNames":["a","b"],"HasMoreStreams":true,"NextToken":"t1"}"#,
    );
    replay.push(
        200,
        &KINESIS_JSON,
        r#"{"StreamNames":["c"],"HasMoreStreams":false,"NextToken":"t2"}"#,
    );
    let client = kinesis::Client::new(&replay_session(&replay));
    let names: Vec<String> = client
        .list_streams_items(kinesis::ListStreamsInput::new().limit(2))
        .try_collect()
        .await?;
    assert_eq!(names, ["a", "b", "c"]);
    assert_eq!(replay.remaining(), 0);
    let sent = replay.requests();
    assert_eq!(sent.len(), 2, "HasMoreStreams=false ends the listing");
    assert_eq!(
        sent[0].header("x-amz-target"),
        Some("Kinesis_20131202.ListStreams")
    );
    let first: serde_json::Value = serde_json::from_str(&sent[0].body_str()).expect("JSON");
    let second: serde_json::Value = serde_json::from_str(&sent[1].body_str()).expect("JSON");
    assert_eq!(first, serde_json::json!({"Limit": 2}));
    assert_eq!(second, serde_json::json!({"Limit": 2, "NextToken": "t1"}));
    Ok(())
}

/// `stream_exists` polls every 10 s (the model's delay) until the status is ACTIVE.
#[tokio::test(start_paused = true)]
async fn kinesis_stream_exists_waits_for_active() -> boto_core::Result<()> {
    let replay = ReplayClient::new();
    let page = |status: &str| {
        format!(
            r#"{{"StreamDescription":{{"StreamName":"s","StreamARN":"arn:aws:kinesis:us-east-1:1:stream/s",
                "StreamStatus":"{status}","Shards":[],"HasMoreShards":false,"RetentionPeriodHours":24,
                "StreamCreationTimestamp":1.7e9,"EnhancedMonitoring":[]}}}}"#
        )
    };
    replay.push(200, &KINESIS_JSON, page("CREATING"));
    replay.push(200, &KINESIS_JSON, page("UPDATING"));
    replay.push(200, &KINESIS_JSON, page("ACTIVE"));
    let client = kinesis::Client::new(&replay_session(&replay));
    let start = tokio::time::Instant::now();
    let out = client
        .wait_until_stream_exists(kinesis::DescribeStreamInput::new().stream_name("s"))
        .await?
        .expect("an output");
    assert_eq!(
        out.stream_description.stream_arn,
        "arn:aws:kinesis:us-east-1:1:stream/s"
    );
    assert_eq!(replay.requests().len(), 3);
    assert_eq!(start.elapsed(), Duration::from_secs(20));
    Ok(())
}

/// Secrets Manager's `ResourceNotFoundException` (a 400 from AWS, a 404 from moto) is a
/// service error with its code either way.
#[tokio::test]
async fn secretsmanager_not_found_is_a_service_error() {
    for status in [400, 404] {
        let replay = ReplayClient::new();
        replay.push(
            status,
            &KINESIS_JSON,
            r#"{"__type":"ResourceNotFoundException","message":"Secrets Manager can't find the specified secret."}"#,
        );
        let sm = secretsmanager::Client::new(&replay_session(&replay));
        let err = sm
            .get_secret_value(secretsmanager::GetSecretValueRequest::new().secret_id("nope"))
            .await
            .expect_err("an error");
        assert!(err.is_code("ResourceNotFoundException"), "{err:?}");
        assert_eq!(err.status(), Some(status));
        assert_eq!(
            replay.requests()[0].header("x-amz-target"),
            Some("secretsmanager.GetSecretValue")
        );
    }
}
