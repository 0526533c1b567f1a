//! `#[client]`: a declared awsJson1_0 SQS client, driven through the replay transport
//! (pagination, waiters, request shape) and against moto.

use boto_core::http::replay::ReplayClient;
use boto_core::{client, Credentials, ErrorKind, Op, RetryConfig, Session, Shape};
use futures::TryStreamExt;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

#[derive(Shape, Debug, Clone, Default)]
pub struct CreateQueueRequest {
    pub queue_name: String,
    pub attributes: Option<HashMap<String, String>>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct CreateQueueResult {
    pub queue_url: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct GetQueueUrlRequest {
    pub queue_name: String,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct GetQueueUrlResult {
    pub queue_url: String,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ListQueuesRequest {
    pub queue_name_prefix: Option<String>,
    pub next_token: Option<String>,
    pub max_results: Option<i32>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ListQueuesResult {
    pub queue_urls: Vec<String>,
    pub next_token: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct SendMessageRequest {
    pub queue_url: String,
    pub message_body: String,
}

#[derive(Shape, Debug, Clone, Default)]
#[shape(name = "SendMessageResult")]
pub struct SendMessageOutput {
    pub message_id: Option<String>,
    #[shape(name = "MD5OfMessageBody")]
    pub md5_of_message_body: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ReceiveMessageRequest {
    pub queue_url: String,
    pub max_number_of_messages: Option<i32>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct Message {
    pub message_id: Option<String>,
    pub receipt_handle: Option<String>,
    pub body: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ReceiveMessageResult {
    pub messages: Vec<Message>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct DeleteQueueRequest {
    pub queue_url: String,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct GetQueueAttributesRequest {
    pub queue_url: String,
    pub attribute_names: Vec<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct GetQueueAttributesResult {
    pub attributes: HashMap<String, String>,
}

/// A client of the queue service.
#[client(
    service = "sqs",
    protocol = "awsJson1_0",
    target_prefix = "AmazonSQS",
    api_version = "2012-11-05"
)]
#[waiter(queue_exists = get_queue_url, delay = 1, max_attempts = 20,
         success(status = 200), retry(error = "QueueDoesNotExist"))]
#[waiter(queue_empty = get_queue_attributes, delay = 1, max_attempts = 3,
         success(path = |o| -> &str {
             o.attributes.get("ApproximateNumberOfMessages").map_or("", String::as_str)
         } == "0"),
         failure(error))]
pub struct SqsClient {
    /// Creates a queue.
    create_queue: Op<CreateQueueRequest, CreateQueueResult>,
    #[op(name = "GetQueueUrl")]
    get_queue_url: Op<GetQueueUrlRequest, GetQueueUrlResult>,
    #[op(paginate(input_token = next_token, output_token = next_token,
                  items = queue_urls, limit = max_results))]
    list_queues: Op<ListQueuesRequest, ListQueuesResult>,
    send_message: Op<SendMessageRequest, SendMessageOutput>,
    receive_message: Op<ReceiveMessageRequest, ReceiveMessageResult>,
    get_queue_attributes: Op<GetQueueAttributesRequest, GetQueueAttributesResult>,
    delete_queue: Op<DeleteQueueRequest, ()>,
}

const JSON: (&str, &str) = ("content-type", "application/x-amz-json-1.0");

fn replay_session(replay: &ReplayClient) -> Session {
    Session::builder()
        .region("eu-west-1")
        .endpoint_url("http://127.0.0.1:9")
        .credentials(Credentials::new("AKID", "SECRET", None))
        .retry(RetryConfig::standard().base_backoff(Duration::from_millis(1)))
        .http_client(Arc::new(replay.clone()))
        .build()
        .unwrap()
}

fn assert_send_sync_clone<T: Send + Sync + Clone + 'static>() {}

#[test]
fn service_metadata_comes_from_the_attribute() {
    assert_send_sync_clone::<SqsClient>();
    let meta = SqsClient::__meta();
    assert_eq!(meta.protocol, boto_core::model::Protocol::AwsJson1_0);
    assert_eq!(meta.target_prefix.as_deref(), Some("AmazonSQS"));
    assert_eq!(meta.api_version, "2012-11-05");
    assert_eq!(meta.signing_name, "sqs");
    assert_eq!(meta.endpoint_prefix, "sqs");
    assert_eq!(meta.json_version.as_deref(), Some("1.0"));
    let req = SqsClient::__page_size_list_queues(ListQueuesRequest::new(), 7);
    assert_eq!(req.max_results, Some(7));
}

#[tokio::test]
async fn ops_send_their_target_and_members() {
    let replay = ReplayClient::new();
    replay.push(200, &[JSON], r#"{"QueueUrl":"http://q/1/a"}"#);
    let session = replay_session(&replay);
    let client = session.client::<SqsClient>();
    let out = client
        .create_queue(CreateQueueRequest::new().queue_name("a"))
        .await
        .unwrap();
    assert_eq!(out.queue_url.as_deref(), Some("http://q/1/a"));
    let sent = &replay.requests()[0];
    assert_eq!(sent.header("x-amz-target"), Some("AmazonSQS.CreateQueue"));
    let body: serde_json_like::Body = serde_json_like::parse(&sent.body_str());
    assert_eq!(body.get("QueueName"), Some("a"));
    assert!(
        body.get("Attributes").is_none(),
        "None members are not sent"
    );
}

#[tokio::test]
async fn pages_follow_the_token_and_items_flatten() {
    let replay = ReplayClient::new();
    replay.push(
        200,
        &[JSON],
        r#"{"QueueUrls":["u1","u2"],"NextToken":"t1"}"#,
    );
    replay.push(200, &[JSON], r#"{"QueueUrls":["u3"],"NextToken":"t2"}"#);
    replay.push(200, &[JSON], r#"{"QueueUrls":["u4"]}"#);
    let client = SqsClient::new(&replay_session(&replay));
    let items: Vec<String> = client
        .list_queues_items(ListQueuesRequest::new().queue_name_prefix("u"))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(items, ["u1", "u2", "u3", "u4"]);
    let sent = replay.requests();
    assert_eq!(sent.len(), 3);
    assert!(
        !sent[0].body_str().contains("NextToken"),
        "{}",
        sent[0].body_str()
    );
    assert!(
        sent[1].body_str().contains(r#""NextToken":"t1""#),
        "{}",
        sent[1].body_str()
    );
    assert!(sent[2].body_str().contains(r#""NextToken":"t2""#));
    assert!(sent[2].body_str().contains(r#""QueueNamePrefix":"u""#));

    let replay = ReplayClient::new();
    replay.push(200, &[JSON], r#"{"QueueUrls":["u1"],"NextToken":"same"}"#);
    replay.push(200, &[JSON], r#"{"QueueUrls":["u2"],"NextToken":"same"}"#);
    let client = SqsClient::new(&replay_session(&replay));
    let pages: Vec<boto_core::Result<ListQueuesResult>> =
        futures::StreamExt::collect(client.list_queues_pages(ListQueuesRequest::new())).await;
    assert_eq!(pages.len(), 3, "two pages, then the error");
    assert!(pages[0].is_ok() && pages[1].is_ok());
    let err = pages[2].as_ref().unwrap_err();
    assert!(
        err.to_string()
            .contains("The same next token was received twice"),
        "{err}"
    );
    assert_eq!(replay.requests().len(), 2);
}

#[tokio::test]
async fn waiter_retries_on_its_error_then_succeeds() {
    let replay = ReplayClient::new();
    let missing = r#"{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"nope"}"#;
    replay.push(400, &[JSON], missing);
    replay.push(400, &[JSON], missing);
    replay.push(200, &[JSON], r#"{"QueueUrl":"http://q/1/w"}"#);
    let client = SqsClient::new(&replay_session(&replay));
    let out = client
        .wait_until_queue_exists(GetQueueUrlRequest::new().queue_name("w"))
        .delay(Duration::from_millis(1))
        .await
        .unwrap();
    assert_eq!(out.map(|o| o.queue_url).as_deref(), Some("http://q/1/w"));
    assert_eq!(replay.requests().len(), 3);

    let replay = ReplayClient::new();
    replay.push(400, &[JSON], missing);
    replay.push(400, &[JSON], missing);
    let client = SqsClient::new(&replay_session(&replay));
    let err = client
        .wait_until_queue_exists(GetQueueUrlRequest::new().queue_name("w"))
        .delay(Duration::from_millis(1))
        .max_attempts(2)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Waiter, "{err:?}");
}

#[tokio::test]
async fn path_matcher_reads_the_typed_output() {
    let replay = ReplayClient::new();
    replay.push(
        200,
        &[JSON],
        r#"{"Attributes":{"ApproximateNumberOfMessages":"2"}}"#,
    );
    replay.push(
        200,
        &[JSON],
        r#"{"Attributes":{"ApproximateNumberOfMessages":"0"}}"#,
    );
    let client = SqsClient::new(&replay_session(&replay));
    let out = client
        .wait_until_queue_empty(GetQueueAttributesRequest::new().queue_url("u"))
        .delay(Duration::from_millis(1))
        .await
        .unwrap()
        .expect("an output");
    assert_eq!(out.attributes["ApproximateNumberOfMessages"], "0");
    assert_eq!(replay.requests().len(), 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqs_against_moto() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let session = testkit::moto_session!(&moto);
    let sqs = SqsClient::new(&session);
    let created = sqs
        .create_queue(CreateQueueRequest::new().queue_name("macros-test"))
        .await
        .unwrap();
    let url = created.queue_url.expect("a queue url");
    assert!(url.ends_with("/macros-test"), "{url}");

    let found = sqs
        .wait_until_queue_exists(GetQueueUrlRequest::new().queue_name("macros-test"))
        .await
        .unwrap()
        .expect("an output");
    assert_eq!(found.queue_url, url);

    let urls: Vec<String> = sqs
        .list_queues_items(ListQueuesRequest::new().queue_name_prefix("macros"))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(urls, std::slice::from_ref(&url));

    let sent = sqs
        .send_message(
            SendMessageRequest::new()
                .queue_url(&url)
                .message_body("hello"),
        )
        .await
        .unwrap();
    assert!(sent.message_id.is_some());
    assert_eq!(
        sent.md5_of_message_body.as_deref(),
        Some("5d41402abc4b2a76b9719d911017c592")
    );
    let got = sqs
        .receive_message(
            ReceiveMessageRequest::new()
                .queue_url(&url)
                .max_number_of_messages(10),
        )
        .await
        .unwrap();
    assert_eq!(got.messages.len(), 1);
    assert_eq!(got.messages[0].body.as_deref(), Some("hello"));

    let attrs = sqs
        .get_queue_attributes(
            GetQueueAttributesRequest::new()
                .queue_url(&url)
                .attribute_names(vec!["All".to_string()]),
        )
        .await
        .unwrap();
    assert!(attrs.attributes.contains_key("QueueArn"), "{attrs:?}");

    sqs.delete_queue(DeleteQueueRequest::new().queue_url(&url))
        .await
        .unwrap();
    let err = sqs
        .get_queue_url(GetQueueUrlRequest::new().queue_name("macros-test"))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Service, "{err:?}");
    assert!(
        err.is_code("QueueDoesNotExist") || err.is_code("AWS.SimpleQueueService.NonExistentQueue"),
        "{err:?}"
    );
}

/// A tiny reader of flat JSON objects of strings, enough to look at a request body.
mod serde_json_like {
    pub struct Body(Vec<(String, String)>);

    impl Body {
        pub fn get(&self, key: &str) -> Option<&str> {
            self.0
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str())
        }
    }

    pub fn parse(text: &str) -> Body {
        let mut out = Vec::new();
        let mut parts = text.split('"').skip(1).step_by(2);
        while let (Some(k), Some(v)) = (parts.next(), parts.next()) {
            out.push((k.to_string(), v.to_string()));
        }
        Body(out)
    }
}
