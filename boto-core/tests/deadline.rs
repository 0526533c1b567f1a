//! Call deadlines against a server on 127.0.0.1 that trickles its answer one byte at a time,
//! each byte within the read timeout: the session's `operation_timeout`, a typed client's
//! `with_timeout(d)` and a call's `.timeout(d)` cut the call (or the streamed body) at
//! exactly the deadline, on tokio's paused clock; so does `.timeout(d)` on a waiter and on a
//! stream of pages, items or a collection, for the whole wait or stream.

mod support {
    pub mod fault_server;
}

use boto_core::{
    client, resource, ByteStream, Credentials, Op, RetryConfig, Session, Shape, StreamTimeoutExt,
    TimeoutExt,
};
use futures::StreamExt;
use std::time::Duration;
use support::fault_server::{head, Act, FaultServer};
use tokio::time::Instant;

#[derive(Shape, Debug, Clone, Default)]
pub struct GetThingRequest {
    pub name: Option<String>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetThingOutput {
    pub name: Option<String>,
    pub size: Option<i64>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ListThingsRequest {
    pub next_token: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ListThingsOutput {
    pub names: Vec<String>,
    pub next_token: Option<String>,
}

/// A JSON service.
#[client(
    service = "things",
    protocol = "awsJson1_0",
    target_prefix = "Things",
    api_version = "2020-01-01"
)]
#[waiter(thing_ready = get_thing, delay = 5, max_attempts = 100,
         success(path = |o| -> &str { o.name.as_deref().unwrap_or_default() } == "ready"))]
pub struct Things {
    get_thing: Op<GetThingRequest, GetThingOutput>,
    #[op(paginate(input_token = next_token, output_token = next_token, items = names))]
    list_things: Op<ListThingsRequest, ListThingsOutput>,
}

/// The service resource of `Things`.
#[resource(client = Things, service)]
#[subresource(thing = Thing(name))]
#[collection(things = list_things, items = names, resource = Thing(name = item))]
pub struct ThingService;

/// A thing, loaded with `GetThing`.
#[resource(client = Things, load = get_thing)]
#[action(fetch = get_thing)]
pub struct Thing {
    #[identifier(param = name)]
    name: String,
    size: Option<i64>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct GetBlobRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(label)]
    pub key: String,
}

#[derive(Shape, Debug, Default)]
pub struct GetBlobOutput {
    #[shape(payload)]
    pub body: ByteStream,
}

/// An S3-like restXml service with a streamed payload.
#[client(service = "s3", protocol = "restXml", api_version = "2006-03-01")]
pub struct Blobs {
    #[op(http = "GET /{Bucket}/{Key+}")]
    get_blob: Op<GetBlobRequest, GetBlobOutput>,
}

/// Each byte comes 4 s after the last: always within the 5 s read timeout.
const EVERY: Duration = Duration::from_secs(4);
const READ_TIMEOUT: Duration = Duration::from_secs(5);

fn session(server: &FaultServer, operation_timeout: Option<Duration>) -> Session {
    let mut b = Session::builder()
        .region("us-east-1")
        .endpoint_url(&server.url)
        .credentials(Credentials::new("AKID", "SECRET", None))
        .retry(RetryConfig::standard().base_backoff(Duration::from_millis(1)))
        .connect_timeout(Duration::from_secs(5))
        .read_timeout(READ_TIMEOUT);
    if let Some(limit) = operation_timeout {
        b = b.operation_timeout(limit);
    }
    b.build().expect("session")
}

/// A JSON answer `{"Name":"a"}` padded with spaces to `len` bytes, trickled.
fn trickled_thing(len: usize) -> Act {
    let mut body = br#"{"Name":"a"}"#.to_vec();
    body.resize(len.max(body.len()), b' ');
    let content_length = format!("content-length: {}", body.len());
    Act::Trickle {
        head: head(
            200,
            &[
                "content-type: application/x-amz-json-1.0",
                &content_length,
                "connection: close",
            ],
        ),
        body,
        every: EVERY,
    }
}

fn get_a() -> GetThingRequest {
    GetThingRequest::new().name("a")
}

#[tokio::test(start_paused = true)]
async fn the_session_operation_timeout_cuts_a_trickling_body_at_the_limit() {
    // 1000 bytes at 4 s each: over an hour, though no read ever waits 5 s.
    let server = FaultServer::start(vec![trickled_thing(1000)]).await;
    let things = Things::new(&session(&server, Some(Duration::from_secs(30))));
    let started = Instant::now();
    let err = things.get_thing(get_a()).await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(started.elapsed(), Duration::from_secs(30));
    assert_eq!(
        err.to_string(),
        "timeout: GetThing did not complete within 30s"
    );
    assert!(server.connections() >= 1);
}

#[tokio::test(start_paused = true)]
async fn a_call_s_timeout_replaces_the_session_s_both_ways() {
    // 12 bytes at 4 s each: the answer is complete at 48 s.
    let server = FaultServer::start(vec![trickled_thing(12)]).await;
    let things = Things::new(&session(&server, Some(Duration::from_secs(30))));

    // The session's 30 s alone: cut.
    let started = Instant::now();
    let err = things.get_thing(get_a()).await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(started.elapsed(), Duration::from_secs(30));

    // A longer deadline for this call: the whole answer arrives.
    let started = Instant::now();
    let out = things
        .get_thing(get_a())
        .timeout(Duration::from_secs(60))
        .await
        .unwrap();
    assert_eq!(out.name.as_deref(), Some("a"));
    assert_eq!(started.elapsed(), Duration::from_secs(48));

    // A shorter one: cut sooner, the error naming the call's own limit.
    let started = Instant::now();
    let err = things
        .get_thing(get_a())
        .timeout(Duration::from_secs(10))
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(started.elapsed(), Duration::from_secs(10));
    assert!(err.to_string().contains("GetThing"), "{err}");
    assert!(err.to_string().contains("within 10s"), "{err}");
}

#[tokio::test(start_paused = true)]
async fn a_typed_client_s_with_timeout_cuts_its_calls_at_the_limit() {
    // 12 bytes at 4 s each: the answer is complete at 48 s.
    let server = FaultServer::start(vec![trickled_thing(12)]).await;
    let things = Things::new(&session(&server, Some(Duration::from_secs(30))));
    let quick: Things = things.with_timeout(Duration::from_secs(10));

    // The clone's 10 s replace the session's 30 s.
    let started = Instant::now();
    let err = quick.get_thing(get_a()).await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(started.elapsed(), Duration::from_secs(10));
    assert_eq!(
        err.to_string(),
        "timeout: GetThing did not complete within 10s"
    );

    // A call's own deadline replaces the clone's: the whole answer arrives.
    let started = Instant::now();
    let out = quick
        .get_thing(get_a())
        .timeout(Duration::from_secs(60))
        .await
        .unwrap();
    assert_eq!(out.name.as_deref(), Some("a"));
    assert_eq!(started.elapsed(), Duration::from_secs(48));

    // The client it was cloned from keeps the session's 30 s.
    let started = Instant::now();
    let err = things.get_thing(get_a()).await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(started.elapsed(), Duration::from_secs(30));

    // A longer one than the session's lets the answer through.
    let started = Instant::now();
    let out = things
        .with_timeout(Duration::from_secs(50))
        .get_thing(get_a())
        .await
        .unwrap();
    assert_eq!(out.name.as_deref(), Some("a"));
    assert_eq!(started.elapsed(), Duration::from_secs(48));
}

#[tokio::test(start_paused = true)]
async fn without_a_deadline_a_trickle_is_never_a_read_timeout() {
    // The same trickle with no deadline runs to its end: only the deadline cuts it.
    let server = FaultServer::start(vec![trickled_thing(12)]).await;
    let things = Things::new(&session(&server, None));
    let started = Instant::now();
    assert_eq!(
        things.get_thing(get_a()).await.unwrap().name.as_deref(),
        Some("a")
    );
    assert_eq!(started.elapsed(), Duration::from_secs(48));
    assert_eq!(server.connections(), 1);
}

#[tokio::test(start_paused = true)]
async fn a_streamed_body_read_after_the_call_ends_at_the_deadline() {
    let body = vec![b'x'; 1000];
    let server = FaultServer::start(vec![Act::Trickle {
        head: head(
            200,
            &[
                "content-type: application/octet-stream",
                "content-length: 1000",
                "connection: close",
            ],
        ),
        body,
        every: EVERY,
    }])
    .await;
    let blobs = Blobs::new(&session(&server, None));
    let started = Instant::now();
    let out = blobs
        .get_blob(GetBlobRequest::new().bucket("b").key("k"))
        .timeout(Duration::from_secs(20))
        .await
        .unwrap();
    assert_eq!(started.elapsed(), Duration::ZERO, "the head came at once");
    assert_eq!(out.body.len_hint(), Some(1000));
    // Read long after the call returned: the body still ends at the call's deadline.
    let err = out.body.collect().await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(started.elapsed(), Duration::from_secs(20));
    assert!(err.to_string().contains("GetBlob"), "{err}");

    // The same under the session's operation timeout.
    let blobs = Blobs::new(&session(&server, Some(Duration::from_secs(9))));
    let started = Instant::now();
    let out = blobs
        .get_blob(GetBlobRequest::new().bucket("b").key("k"))
        .await
        .unwrap();
    let err = out.body.collect().await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(started.elapsed(), Duration::from_secs(9));
}

#[tokio::test(start_paused = true)]
async fn resource_loads_and_actions_take_a_timeout_too() {
    let server = FaultServer::start(vec![trickled_thing(1000)]).await;
    let session = session(&server, Some(Duration::from_secs(30)));
    let thing = ThingService::new(&session).thing("a");

    let started = Instant::now();
    let err = thing
        .load()
        .timeout(Duration::from_secs(10))
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(started.elapsed(), Duration::from_secs(10));
    assert!(err.to_string().contains("GetThing"), "{err}");

    let started = Instant::now();
    let err = thing
        .fetch()
        .timeout(Duration::from_secs(7))
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(started.elapsed(), Duration::from_secs(7));

    // Without one, the session's operation timeout.
    let started = Instant::now();
    let err = thing.size().await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(started.elapsed(), Duration::from_secs(30));
}

/// Pages without end: page `n` names `t{n}` and points to the next, each trickled a byte a
/// second (35 s a page).
fn endless_pages() -> Vec<Act> {
    (0..20)
        .map(|n| {
            let body = format!(r#"{{"Names":["t{n:02}"],"NextToken":"t{:02}"}}"#, n + 1);
            assert_eq!(body.len(), 35);
            Act::Trickle {
                head: head(
                    200,
                    &[
                        "content-type: application/x-amz-json-1.0",
                        "content-length: 35",
                        "connection: close",
                    ],
                ),
                body: body.into_bytes(),
                every: Duration::from_secs(1),
            }
        })
        .collect()
}

/// What a stream cut at 100 s gave: two whole pages (70 s), then the timeout at exactly
/// 100 s, then nothing.
async fn cut_at_100s<T: std::fmt::Debug>(
    stream: impl futures::Stream<Item = boto_core::Result<T>> + Unpin,
) -> Vec<T> {
    let started = Instant::now();
    let mut stream = stream.timeout(Duration::from_secs(100));
    let mut got = Vec::new();
    let err = loop {
        match stream.next().await {
            Some(Ok(item)) => got.push(item),
            Some(Err(e)) => break e,
            None => panic!("the stream ended without the timeout after {got:?}"),
        }
    };
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(
        err.to_string(),
        "timeout: the stream did not complete within 100s"
    );
    assert_eq!(started.elapsed(), Duration::from_secs(100));
    assert!(stream.next().await.is_none(), "nothing after the timeout");
    got
}

#[tokio::test(start_paused = true)]
async fn a_stream_of_pages_items_or_a_collection_ends_at_its_deadline() {
    let server = FaultServer::start(endless_pages()).await;
    let things = Things::new(&session(&server, None));
    let pages = cut_at_100s(things.list_things_pages(ListThingsRequest::new())).await;
    let names: Vec<_> = pages.iter().map(|p| p.names.concat()).collect();
    assert_eq!(names, ["t00", "t01"]);
    assert_eq!(server.connections(), 3, "the third page was cut midway");

    let server = FaultServer::start(endless_pages()).await;
    let things = Things::new(&session(&server, None));
    let items = cut_at_100s(things.list_things_items(ListThingsRequest::new())).await;
    assert_eq!(items, ["t00", "t01"]);

    let server = FaultServer::start(endless_pages()).await;
    let service = ThingService::new(&session(&server, None));
    let found = cut_at_100s(service.things()).await;
    let names: Vec<_> = found.iter().map(|t| t.name().to_string()).collect();
    assert_eq!(names, ["t00", "t01"]);

    // The stream's deadline replaces the session's operation timeout for its calls, as a
    // call's `.timeout(d)` does: a longer one does not stretch the stream, and a page that
    // takes longer than a shorter one still arrives.
    let server = FaultServer::start(endless_pages()).await;
    let things = Things::new(&session(&server, Some(Duration::from_secs(3600))));
    let pages = cut_at_100s(things.list_things_pages(ListThingsRequest::new())).await;
    assert_eq!(pages.len(), 2);
    let server = FaultServer::start(endless_pages()).await;
    let things = Things::new(&session(&server, Some(Duration::from_secs(20))));
    let pages = cut_at_100s(things.list_things_pages(ListThingsRequest::new())).await;
    assert_eq!(pages.len(), 2);
    // Without `.timeout`, the session's operation timeout bounds each call of the stream.
    let started = Instant::now();
    let server = FaultServer::start(endless_pages()).await;
    let things = Things::new(&session(&server, Some(Duration::from_secs(20))));
    let first = things
        .list_things_pages(ListThingsRequest::new())
        .next()
        .await
        .unwrap()
        .unwrap_err();
    assert!(
        first
            .to_string()
            .contains("ListThings did not complete within 20s"),
        "{first}"
    );
    assert_eq!(started.elapsed(), Duration::from_secs(20));
}

#[tokio::test(start_paused = true)]
async fn a_waiter_s_timeout_covers_all_its_attempts_and_pauses() {
    // "a", never "ready": the waiter would poll 100 times, 5 s apart.
    let server = FaultServer::start(vec![support::fault_server::answer(
        200,
        &[("content-type", "application/x-amz-json-1.0")],
        r#"{"Name":"a"}"#,
    )])
    .await;
    let things = Things::new(&session(&server, None));
    let started = Instant::now();
    let err = things
        .wait_until_thing_ready(get_a())
        .timeout(Duration::from_secs(12))
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(
        err.to_string(),
        "timeout: the call did not complete within 12s"
    );
    assert_eq!(started.elapsed(), Duration::from_secs(12));
    assert_eq!(server.connections(), 3, "polls at 0, 5 and 10 s");
}
