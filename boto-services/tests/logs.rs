//! The generated CloudWatch Logs client (feature `logs`) against moto: log groups created,
//! listed over pages and deleted; a stream written and read back.
#![cfg(feature = "logs")]

use futures::TryStreamExt;
use std::collections::HashMap;

use boto_core::RetryConfig;

#[tokio::test(flavor = "multi_thread")]
async fn logs_groups_and_events_round_trip() -> boto_core::Result<()> {
    use boto_services::logs::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let logs = Client::new(
        &testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))),
    );
    for n in 0..5 {
        logs.create_log_group(
            CreateLogGroupRequest::new()
                .log_group_name(format!("/app/g{n}"))
                .tags(HashMap::from([("team".to_owned(), "core".to_owned())])),
        )
        .await?;
    }
    // Two a page: moto honours the limit.
    let pages: Vec<DescribeLogGroupsResponse> = logs
        .describe_log_groups_pages(
            DescribeLogGroupsRequest::new()
                .log_group_name_prefix("/app/")
                .limit(2),
        )
        .try_collect()
        .await?;
    assert_eq!(
        pages
            .iter()
            .map(|p| p.log_groups.as_ref().map_or(0, Vec::len))
            .collect::<Vec<_>>(),
        [2, 2, 1]
    );
    let names: Vec<String> = logs
        .describe_log_groups_items(
            DescribeLogGroupsRequest::new()
                .log_group_name_prefix("/app/")
                .limit(2),
        )
        .map_ok(|g| g.log_group_name.unwrap_or_default())
        .try_collect()
        .await?;
    assert_eq!(
        names,
        ["/app/g0", "/app/g1", "/app/g2", "/app/g3", "/app/g4"]
    );

    logs.create_log_stream(
        CreateLogStreamRequest::new()
            .log_group_name("/app/g0")
            .log_stream_name("web"),
    )
    .await?;
    let now = boto_core::DateTime::now().as_millis();
    logs.put_log_events(
        PutLogEventsRequest::new()
            .log_group_name("/app/g0")
            .log_stream_name("web")
            .log_events(vec![
                InputLogEvent::new().timestamp(now).message("started"),
                InputLogEvent::new().timestamp(now + 1).message("ready"),
            ]),
    )
    .await?;
    let events = logs
        .get_log_events(
            GetLogEventsRequest::new()
                .log_group_name("/app/g0")
                .log_stream_name("web")
                .start_from_head(true),
        )
        .await?
        .events
        .unwrap_or_default();
    let messages: Vec<&str> = events.iter().filter_map(|e| e.message.as_deref()).collect();
    assert_eq!(messages, ["started", "ready"]);
    assert_eq!(events[0].timestamp, Some(now));
    let streams: Vec<LogStream> = logs
        .describe_log_streams_items(DescribeLogStreamsRequest::new().log_group_name("/app/g0"))
        .try_collect()
        .await?;
    assert_eq!(streams.len(), 1);
    assert_eq!(streams[0].log_stream_name.as_deref(), Some("web"));

    logs.delete_log_group(DeleteLogGroupRequest::new().log_group_name("/app/g4"))
        .await?;
    let left: Vec<LogGroup> = logs
        .describe_log_groups_items(DescribeLogGroupsRequest::new().log_group_name_prefix("/app/g4"))
        .try_collect()
        .await?;
    assert!(left.is_empty(), "{left:?}");
    let err = logs
        .create_log_stream(
            CreateLogStreamRequest::new()
                .log_group_name("/app/g4")
                .log_stream_name("web"),
        )
        .await
        .expect_err("the group is gone");
    assert!(err.is_code("ResourceNotFoundException"), "{err:?}");
    Ok(())
}
