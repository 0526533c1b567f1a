//! The generated Kinesis client (feature `kinesis`) against moto: create / describe / put
//! and get records / paginated lists / delete and both waiters; and, through the replay
//! transport, what moto does not do (`ListStreams` ignores `NextToken` there) and a waiter
//! that really waits.
#![cfg(feature = "kinesis")]

use boto_core::http::replay::ReplayClient;
use boto_core::RetryConfig;
use boto_services::kinesis;
use futures::TryStreamExt;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread")]
async fn kinesis_round_trip_and_waiters() -> boto_core::Result<()> {
    use kinesis::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let session = testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2)));
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
    let client = kinesis::Client::new(&testkit::replay_session!(&replay));
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
    let client = kinesis::Client::new(&testkit::replay_session!(&replay));
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

/// `DescribeStream`'s paginator reads its tokens along paths: the next token is the last
/// shard's ID (`StreamDescription.Shards[-1].ShardId`), pages follow while
/// `StreamDescription.HasMoreShards`, and the items are `StreamDescription.Shards` (moto
/// ignores `ExclusiveStartShardId`, so this runs on the replay transport).
#[tokio::test]
async fn kinesis_describe_stream_pages_follow_the_last_shard() -> boto_core::Result<()> {
    let replay = ReplayClient::new();
    let page = |shards: &[&str], more: bool| {
        let shards: Vec<String> = shards
            .iter()
            .map(|id| {
                format!(
                    r#"{{"ShardId":"{id}","HashKeyRange":{{"StartingHashKey":"0","EndingHashKey":"1"}},
                        "SequenceNumberRange":{{"StartingSequenceNumber":"1"}}}}"#
                )
            })
            .collect();
        format!(
            r#"{{"StreamDescription":{{"StreamName":"s","StreamARN":"arn:aws:kinesis:us-east-1:1:stream/s",
                "StreamStatus":"ACTIVE","Shards":[{}],"HasMoreShards":{more},"RetentionPeriodHours":24,
                "StreamCreationTimestamp":1.7e9,"EnhancedMonitoring":[]}}}}"#,
            shards.join(",")
        )
    };
    replay.push(200, &KINESIS_JSON, page(&["shard-0", "shard-1"], true));
    replay.push(200, &KINESIS_JSON, page(&["shard-2"], false));
    let client = kinesis::Client::new(&testkit::replay_session!(&replay));
    let shards: Vec<String> = client
        .describe_stream_items(
            kinesis::DescribeStreamInput::new()
                .stream_name("s")
                .limit(2),
        )
        .map_ok(|s| s.shard_id)
        .try_collect()
        .await?;
    assert_eq!(shards, ["shard-0", "shard-1", "shard-2"]);
    let sent = replay.requests();
    assert_eq!(sent.len(), 2, "HasMoreShards=false ends the listing");
    let first: serde_json::Value = serde_json::from_str(&sent[0].body_str()).expect("JSON");
    let second: serde_json::Value = serde_json::from_str(&sent[1].body_str()).expect("JSON");
    assert_eq!(first, serde_json::json!({"StreamName": "s", "Limit": 2}));
    assert_eq!(
        second,
        serde_json::json!({"StreamName": "s", "Limit": 2, "ExclusiveStartShardId": "shard-1"})
    );

    // A page that says more follow but has no shard gives no token: the listing ends.
    let replay = ReplayClient::new();
    replay.push(200, &KINESIS_JSON, page(&[], true));
    let client = kinesis::Client::new(&testkit::replay_session!(&replay));
    let pages: Vec<kinesis::DescribeStreamOutput> = client
        .describe_stream_pages(kinesis::DescribeStreamInput::new().stream_name("s"))
        .try_collect()
        .await?;
    assert_eq!(pages.len(), 1);
    assert_eq!(replay.requests().len(), 1);
    Ok(())
}
