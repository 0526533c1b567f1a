//! Fault injection through the public API: typed `#[client]`s on a [`Session`] whose
//! `endpoint_url` is a misbehaving server on 127.0.0.1 (resets, stalls, truncation, wrong
//! statuses, repeated pagination tokens, oversized and malformed bodies, bad timestamps).
//! Each case asserts its exact outcome: retried and `Ok`, or one specific `Err`; none may
//! panic. The memory bound of oversized bodies is checked in `faults_memory.rs`.

mod support {
    pub mod fault_server;
}

use boto_core::{client, DateTime, Error, ErrorKind, Op, Session, Shape};
use futures::{StreamExt, TryStreamExt};
use std::time::Duration;
use support::fault_server::{answer, head, Act, FaultServer};

#[derive(Shape, Debug, Clone, Default)]
pub struct ListThingsRequest {
    pub marker: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ListThingsOutput {
    pub things: Vec<String>,
    pub next_marker: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct GetThingRequest {
    pub name: Option<String>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetThingOutput {
    pub name: Option<String>,
    pub created: Option<DateTime>,
}

/// A JSON service.
#[client(
    service = "things",
    protocol = "awsJson1_0",
    target_prefix = "Things",
    api_version = "2020-01-01"
)]
pub struct Things {
    #[op(paginate(input_token = marker, output_token = next_marker, items = things))]
    list_things: Op<ListThingsRequest, ListThingsOutput>,
    get_thing: Op<GetThingRequest, GetThingOutput>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct HeadBlobRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(label)]
    pub key: String,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct HeadBlobOutput {
    #[shape(header = "Last-Modified")]
    pub last_modified: Option<DateTime>,
    #[shape(header = "Content-Length")]
    pub content_length: Option<i64>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ListBlobsRequest {
    #[shape(label)]
    pub bucket: String,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ListBlobsOutput {
    pub name: Option<String>,
    pub is_truncated: Option<bool>,
}

/// An S3-like restXml service.
#[client(service = "s3", protocol = "restXml", api_version = "2006-03-01")]
pub struct Blobs {
    #[op(http = "HEAD /{Bucket}/{Key+}")]
    head_blob: Op<HeadBlobRequest, HeadBlobOutput>,
    #[op(http = "GET /{Bucket}")]
    list_blobs: Op<ListBlobsRequest, ListBlobsOutput>,
}

const JSON: (&str, &str) = ("content-type", "application/x-amz-json-1.0");
const XML: (&str, &str) = ("content-type", "application/xml");

fn session(server: &FaultServer, max_body: Option<u64>) -> Session {
    server
        .session_builder(max_body)
        .connect_timeout(Duration::from_secs(5))
        .read_timeout(Duration::from_secs(5))
        .build()
        .expect("session")
}

async fn get_thing(server: &FaultServer) -> Result<GetThingOutput, Error> {
    Things::new(&session(server, None))
        .get_thing(GetThingRequest::new().name("a"))
        .await
}

fn good_thing() -> Act {
    answer(200, &[JSON], r#"{"Name":"a","Created":1398796238}"#)
}

fn expected_thing() -> GetThingOutput {
    GetThingOutput {
        name: Some("a".into()),
        created: Some(DateTime::from_secs(1398796238)),
    }
}

#[tokio::test]
async fn a_reset_is_retried_and_the_next_answer_is_used() {
    let server = FaultServer::start(vec![Act::Reset, Act::Reset, good_thing()]).await;
    assert_eq!(get_thing(&server).await.unwrap(), expected_thing());
    assert_eq!(server.connections(), 3);

    let server = FaultServer::start(vec![Act::Reset]).await;
    let err = get_thing(&server).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport, "{err}");
    assert_eq!(server.connections(), 3, "every attempt is used");
}

#[tokio::test(start_paused = true)]
async fn a_stalled_server_is_a_read_timeout_after_every_attempt() {
    let server = FaultServer::start(vec![Act::Stall(Vec::new())]).await;
    let err = get_thing(&server).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
    assert!(err.to_string().contains("within 5s"), "{err}");
    assert_eq!(server.connections(), 3);

    // A stall, then an answer: retried and Ok.
    let server = FaultServer::start(vec![Act::Stall(Vec::new()), good_thing()]).await;
    assert_eq!(get_thing(&server).await.unwrap(), expected_thing());
    assert_eq!(server.connections(), 2);
}

#[tokio::test(start_paused = true)]
async fn a_body_that_stalls_midway_is_a_read_timeout_then_retried() {
    let mut partial = head(
        200,
        &[
            "content-type: application/x-amz-json-1.0",
            "content-length: 100",
        ],
    );
    partial.extend_from_slice(br#"{"Name":"#);
    let server = FaultServer::start(vec![Act::Stall(partial.clone())]).await;
    let err = get_thing(&server).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
    assert!(err.to_string().contains("(8 bytes read)"), "{err}");
    assert_eq!(server.connections(), 3);

    let server = FaultServer::start(vec![Act::Stall(partial), good_thing()]).await;
    assert_eq!(get_thing(&server).await.unwrap(), expected_thing());
    assert_eq!(server.connections(), 2);
}

#[tokio::test]
async fn a_truncated_body_is_retried_then_reported() {
    let mut cut = head(
        200,
        &[
            "content-type: application/x-amz-json-1.0",
            "content-length: 100",
        ],
    );
    cut.extend_from_slice(br#"{"Name":"a"#);
    let server = FaultServer::start(vec![Act::Raw(cut.clone()), good_thing()]).await;
    assert_eq!(get_thing(&server).await.unwrap(), expected_thing());
    assert_eq!(server.connections(), 2);

    let server = FaultServer::start(vec![Act::Raw(cut)]).await;
    let err = get_thing(&server).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport, "{err}");
    assert!(
        err.to_string().contains("after 10 of 100 bytes"),
        "the error says how much arrived: {err}"
    );
    assert_eq!(server.connections(), 3);
}

#[tokio::test]
async fn wrong_statuses_are_service_errors_retried_when_transient() {
    // A proxy's 503 page, larger than what is read of an error answer: still a 503,
    // retried, then the good answer.
    let page = format!("<html><body>{}</body></html>", "busy ".repeat(400_000));
    let server = FaultServer::start(vec![
        answer(503, &[("content-type", "text/html")], &page),
        good_thing(),
    ])
    .await;
    assert_eq!(get_thing(&server).await.unwrap(), expected_thing());
    assert_eq!(server.connections(), 2);

    // A 502 page on every attempt: the status is the code; the message is the page, cut.
    let page = format!("<html>{}</html>", "bad gateway ".repeat(10_000));
    let server =
        FaultServer::start(vec![answer(502, &[("content-type", "text/html")], &page)]).await;
    let err = get_thing(&server).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Service);
    assert_eq!((err.code(), err.status()), (Some("502"), Some(502)));
    let message = err.message().unwrap_or_default();
    assert!(message.starts_with("<html>bad gateway"), "{message}");
    assert!(
        message.ends_with("...") && message.chars().count() == 515,
        "{message}"
    );
    assert_eq!(server.connections(), 3);

    // A 404 that names a code is not retried.
    let server = FaultServer::start(vec![answer(
        404,
        &[JSON, ("x-amzn-errortype", "ThingNotFound:http://internal/")],
        r#"{"message":"no such thing"}"#,
    )])
    .await;
    let err = get_thing(&server).await.unwrap_err();
    assert!(err.is_code("ThingNotFound"), "{err}");
    assert_eq!(err.message(), Some("no such thing"));
    assert_eq!(server.connections(), 1);

    // A 200 whose body is an HTML page (a captive portal) is a decode error, sent once.
    let server = FaultServer::start(vec![answer(
        200,
        &[("content-type", "text/html")],
        "<html>login here</html>",
    )])
    .await;
    let err = get_thing(&server).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    assert_eq!(server.connections(), 1);
}

#[tokio::test]
async fn a_repeated_pagination_token_is_an_error_after_its_page() {
    let server = FaultServer::start(vec![
        answer(200, &[JSON], r#"{"Things":["a","b"],"NextMarker":"m1"}"#),
        answer(200, &[JSON], r#"{"Things":["c"],"NextMarker":"m1"}"#),
        answer(200, &[JSON], r#"{"Things":["never"]}"#),
    ])
    .await;
    let things = Things::new(&session(&server, None));
    let got: Vec<Result<String, Error>> = things
        .list_things_items(ListThingsRequest::new())
        .collect()
        .await;
    let items: Vec<&str> = got
        .iter()
        .filter_map(|r| r.as_ref().ok().map(String::as_str))
        .collect();
    assert_eq!(items, ["a", "b", "c"]);
    assert_eq!(got.len(), 4, "three items, then the error");
    let err = got[3].as_ref().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode);
    assert!(
        err.to_string()
            .contains("The same next token was received twice"),
        "{err}"
    );
    assert_eq!(
        server.connections(),
        2,
        "the repeated token is never sent again"
    );

    // Collected at once, the listing is an error rather than a short success.
    let server = FaultServer::start(vec![answer(
        200,
        &[JSON],
        r#"{"Things":["x"],"NextMarker":"same"}"#,
    )])
    .await;
    let err = Things::new(&session(&server, None))
        .list_things_items(ListThingsRequest::new())
        .try_collect::<Vec<String>>()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("same next token"), "{err}");
}

#[tokio::test]
async fn oversized_bodies_are_refused_at_the_configured_limit() {
    // Announced: refused before the body is read, and not retried.
    let announced = Act::Flood {
        head: head(
            200,
            &[
                "content-type: application/x-amz-json-1.0",
                "content-length: 1073741824",
            ],
        ),
        total: 1 << 30,
    };
    let server = FaultServer::start(vec![announced]).await;
    let err = Things::new(&session(&server, Some(1 << 20)))
        .get_thing(GetThingRequest::new())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    assert!(
        err.to_string()
            .contains("limit of 1048576 bytes (it announces 1073741824 bytes)"),
        "{err}"
    );
    assert!(err.to_string().contains("max_response_body"), "{err}");
    assert_eq!(server.connections(), 1);

    // Unannounced (read until the connection closes): refused once past the limit.
    let unannounced = Act::Flood {
        head: head(
            200,
            &[
                "content-type: application/x-amz-json-1.0",
                "connection: close",
            ],
        ),
        total: 64 << 20,
    };
    let server = FaultServer::start(vec![unannounced]).await;
    let err = Things::new(&session(&server, Some(1 << 20)))
        .get_thing(GetThingRequest::new())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    assert!(err.to_string().contains("sent more"), "{err}");
    assert_eq!(server.connections(), 1);

    // A HEAD answer announcing a large object has no body: not refused.
    let server = FaultServer::start(vec![Act::Raw(head(
        200,
        &["content-length: 1073741824", "connection: close"],
    ))])
    .await;
    let out = Blobs::new(&session(&server, Some(1 << 20)))
        .head_blob(HeadBlobRequest::new().bucket("b").key("big"))
        .await
        .unwrap();
    assert_eq!(out.content_length, Some(1 << 30));

    // Within the limit: fine.
    let body = format!(r#"{{"Name":"{}"}}"#, "n".repeat(500_000));
    let server = FaultServer::start(vec![answer(200, &[JSON], &body)]).await;
    let out = Things::new(&session(&server, Some(1 << 20)))
        .get_thing(GetThingRequest::new())
        .await
        .unwrap();
    assert_eq!(out.name.map(|n| n.len()), Some(500_000));
}

#[tokio::test]
async fn malformed_bodies_are_decode_errors_sent_once() {
    for body in [
        r#"{"Name": ["#,
        r#"{"Name": 12}"#,
        "\u{0}\u{1}binary",
        r#"[1, 2, 3]"#,
        r#"{"Created": "yesterday"}"#,
        r#"{"Created": 1e300}"#,
    ] {
        let server = FaultServer::start(vec![answer(200, &[JSON], body)]).await;
        let err = get_thing(&server).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode, "{body}: {err}");
        assert_eq!(server.connections(), 1, "{body}");
    }
    for body in [
        "<ListBucketResult><Name>b</Name>",
        "<ListBucketResult><Name>b</Wrong></ListBucketResult>",
        "<ListBucketResult><IsTruncated>perhaps</IsTruncated></ListBucketResult>",
        "<ListBucketResult><Name>&bogus;</Name></ListBucketResult>",
    ] {
        let server = FaultServer::start(vec![answer(200, &[XML], body)]).await;
        let err = Blobs::new(&session(&server, None))
            .list_blobs(ListBlobsRequest::new().bucket("b"))
            .await
            .expect_err(body);
        assert_eq!(err.kind(), ErrorKind::Decode, "{body}: {err}");
        assert_eq!(server.connections(), 1, "{body}");
    }
}

#[tokio::test]
async fn bad_timestamps_are_decode_errors_not_panics() {
    // In JSON: a non-ASCII byte where the fraction should be.
    let server = FaultServer::start(vec![answer(
        200,
        &[JSON],
        r#"{"Name":"a","Created":"2014-04-29T18:30:38é123"}"#,
    )])
    .await;
    let err = get_thing(&server).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");

    // In a header, the same and others; a good one for comparison.
    let blobs = |server: &FaultServer| Blobs::new(&session(server, None));
    for bad in [
        "2014-04-29T18:30:38é123",
        "Tue, 29 Apr 99999999999999999 18:30:38 GMT",
        "99999999999999999999",
        "Tue, 29 Apr 2014 18:30:é GMT",
    ] {
        let server = FaultServer::start(vec![answer(200, &[("last-modified", bad)], "")]).await;
        let err = blobs(&server)
            .head_blob(HeadBlobRequest::new().bucket("b").key("k"))
            .await
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode, "{bad}: {err}");
        assert_eq!(server.connections(), 1, "{bad}");
    }
    let server = FaultServer::start(vec![answer(
        200,
        &[("last-modified", "Tue, 29 Apr 2014 18:30:38 GMT")],
        "",
    )])
    .await;
    let out = blobs(&server)
        .head_blob(HeadBlobRequest::new().bucket("b").key("k"))
        .await
        .unwrap();
    assert_eq!(out.last_modified, Some(DateTime::from_secs(1398796238)));

    // In XML.
    let server = FaultServer::start(vec![answer(
        200,
        &[XML],
        "<ListBucketResult><Name>2014-04-29T18:30:38é123</Name><IsTruncated>\u{e9}</IsTruncated></ListBucketResult>",
    )])
    .await;
    let err = blobs(&server)
        .list_blobs(ListBlobsRequest::new().bucket("b"))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
}

#[tokio::test]
async fn bad_endpoint_urls_are_refused_when_the_session_is_built() {
    for (url, why) in [
        ("http://127.0.0.1:99999", "port"),
        ("http://127.0.0.1:0", "port"),
        ("http://user:secret@127.0.0.1:5000", "user name"),
        ("http://127.0.0.1:5000/?x=1", "query"),
        ("ftp://127.0.0.1", "http or https"),
        ("127.0.0.1:5000", "scheme"),
    ] {
        let err = Session::builder()
            .region("us-east-1")
            .endpoint_url(url)
            .build()
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Config, "{url}");
        assert!(err.to_string().contains(why), "{url}: {err}");
        assert!(
            !err.to_string().contains("secret"),
            "no password in errors: {err}"
        );
    }
}
