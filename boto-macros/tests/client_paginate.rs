//! `#[op(paginate(..))]` with a token of several fields and a `more_results` flag, driven
//! through the replay transport.

use boto_core::http::replay::ReplayClient;
use boto_core::{client, Credentials, Op, RetryConfig, Session, Shape};
use futures::TryStreamExt;
use std::sync::Arc;
use std::time::Duration;

#[derive(Shape, Debug, Clone, Default)]
pub struct ListVersionsRequest {
    pub prefix: Option<String>,
    pub key_marker: Option<String>,
    pub version_id_marker: Option<String>,
    pub max_keys: Option<i32>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ListVersionsOutput {
    pub versions: Vec<String>,
    pub is_truncated: Option<bool>,
    pub next_key_marker: Option<String>,
    pub next_version_id_marker: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ListThingsRequest {
    pub marker: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ListThingsOutput {
    pub things: Vec<String>,
    pub truncated: bool,
    pub next_marker: Option<String>,
}

/// A client whose listings page on marker pairs.
#[client(
    service = "versions",
    protocol = "awsJson1_0",
    target_prefix = "Versions",
    api_version = "2020-01-01"
)]
pub struct VersionsClient {
    #[op(paginate(input_token = (key_marker, version_id_marker),
                  output_token = (next_key_marker, next_version_id_marker),
                  more_results = is_truncated, items = versions, limit = max_keys))]
    list_versions: Op<ListVersionsRequest, ListVersionsOutput>,
    #[op(paginate(input_token = marker, output_token = next_marker, more_results = truncated,
                  items = things))]
    list_things: Op<ListThingsRequest, ListThingsOutput>,
}

const JSON: (&str, &str) = ("content-type", "application/x-amz-json-1.0");

fn client(replay: &ReplayClient) -> VersionsClient {
    let session = Session::builder()
        .region("eu-west-1")
        .endpoint_url("http://127.0.0.1:9")
        .credentials(Credentials::new("AKID", "SECRET", None))
        .retry(RetryConfig::standard().base_backoff(Duration::from_millis(1)))
        .http_client(Arc::new(replay.clone()))
        .build()
        .unwrap();
    VersionsClient::new(&session)
}

#[tokio::test]
async fn tuple_tokens_are_sent_back_together_while_truncated() {
    let replay = ReplayClient::new();
    replay.push(
        200,
        &[JSON],
        r#"{"Versions":["a1","a2"],"IsTruncated":true,"NextKeyMarker":"a","NextVersionIdMarker":"v2"}"#,
    );
    replay.push(
        200,
        &[JSON],
        r#"{"Versions":["b1"],"IsTruncated":true,"NextKeyMarker":"b"}"#,
    );
    // Markers present but not truncated: the last page.
    replay.push(
        200,
        &[JSON],
        r#"{"Versions":["c1"],"IsTruncated":false,"NextKeyMarker":"c","NextVersionIdMarker":"v9"}"#,
    );
    let client = client(&replay);
    let items: Vec<String> = client
        .list_versions_items(ListVersionsRequest::new().prefix("p"))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items, ["a1", "a2", "b1", "c1"]);
    let sent = replay.requests();
    assert_eq!(sent.len(), 3, "IsTruncated=false ends pagination");
    let body = |n: usize| sent[n].body_str().to_string();
    assert!(!body(0).contains("KeyMarker"), "{}", body(0));
    assert!(body(1).contains(r#""KeyMarker":"a""#), "{}", body(1));
    assert!(body(1).contains(r#""VersionIdMarker":"v2""#), "{}", body(1));
    assert!(body(2).contains(r#""KeyMarker":"b""#), "{}", body(2));
    assert!(
        !body(2).contains("VersionIdMarker"),
        "an absent part clears the previous one: {}",
        body(2)
    );
    assert!(body(2).contains(r#""Prefix":"p""#), "{}", body(2));
}

#[tokio::test]
async fn absent_more_results_ends_pagination_and_a_repeated_tuple_is_an_error() {
    let replay = ReplayClient::new();
    replay.push(
        200,
        &[JSON],
        r#"{"Versions":["a1"],"NextKeyMarker":"a","NextVersionIdMarker":"v1"}"#,
    );
    replay.push(200, &[JSON], r#"{"Versions":["never"]}"#);
    let pages: Vec<ListVersionsOutput> = client(&replay)
        .list_versions_pages(ListVersionsRequest::new())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 1, "no IsTruncated means no next page");

    let replay = ReplayClient::new();
    let same =
        r#"{"Versions":["x"],"IsTruncated":true,"NextKeyMarker":"k","NextVersionIdMarker":"v"}"#;
    replay.push(200, &[JSON], same);
    replay.push(200, &[JSON], same);
    replay.push(200, &[JSON], same);
    let err = client(&replay)
        .list_versions_pages(ListVersionsRequest::new())
        .try_collect::<Vec<ListVersionsOutput>>()
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("The same next token was received twice"),
        "a repeated marker pair is an error: {err}"
    );
    assert_eq!(replay.requests().len(), 2);

    let replay = ReplayClient::new();
    replay.push(200, &[JSON], r#"{"Versions":["x"],"IsTruncated":true}"#);
    replay.push(200, &[JSON], r#"{"Versions":["never"]}"#);
    let pages: Vec<ListVersionsOutput> = client(&replay)
        .list_versions_pages(ListVersionsRequest::new())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        pages.len(),
        1,
        "every part of the token empty ends pagination"
    );
}

#[tokio::test]
async fn single_token_with_a_plain_bool_flag() {
    let replay = ReplayClient::new();
    replay.push(
        200,
        &[JSON],
        r#"{"Things":["t1"],"Truncated":true,"NextMarker":"m1"}"#,
    );
    replay.push(
        200,
        &[JSON],
        r#"{"Things":["t2"],"Truncated":false,"NextMarker":"m2"}"#,
    );
    let client = client(&replay);
    let things: Vec<String> = client
        .list_things_items(ListThingsRequest::new())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(things, ["t1", "t2"]);
    let sent = replay.requests();
    assert_eq!(sent.len(), 2);
    assert!(sent[1].body_str().contains(r#""Marker":"m1""#));
}

#[test]
fn page_size_sets_the_limit_field() {
    let input = VersionsClient::__page_size_list_versions(ListVersionsRequest::new(), 7);
    assert_eq!(input.max_keys, Some(7));
}
