//! `#[resource]` end to end: the SQS resources of the API contract (§5), written exactly as
//! there, over an SQS client declared with `#[client]`, against moto.

use boto_core::http::replay::ReplayClient;
use boto_core::{client, resource, Credentials, Op, Session, Shape};
use futures::TryStreamExt;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

// ---- shapes --------------------------------------------------------------------------

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateQueueRequest {
    pub queue_name: String,
    pub attributes: Option<HashMap<String, String>>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateQueueResult {
    pub queue_url: Option<String>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueUrlRequest {
    pub queue_name: String,
    pub queue_owner_aws_account_id: Option<String>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueUrlResult {
    pub queue_url: Option<String>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListQueuesRequest {
    pub queue_name_prefix: Option<String>,
    pub next_token: Option<String>,
    pub max_results: Option<i32>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListQueuesResult {
    pub queue_urls: Vec<String>,
    pub next_token: Option<String>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueAttributesRequest {
    pub queue_url: String,
    pub attribute_names: Option<Vec<String>>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueAttributesResult {
    pub attributes: Option<HashMap<String, String>>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendMessageRequest {
    pub queue_url: String,
    pub message_body: String,
    pub delay_seconds: Option<i32>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendMessageResult {
    pub message_id: Option<String>,
    #[shape(name = "MD5OfMessageBody")]
    pub md5_of_message_body: Option<String>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReceiveMessageRequest {
    pub queue_url: String,
    pub max_number_of_messages: Option<i32>,
    pub visibility_timeout: Option<i32>,
    pub wait_time_seconds: Option<i32>,
}

/// botocore's `Message`; the resource takes the name.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Message")]
pub struct MessageShape {
    pub message_id: Option<String>,
    pub receipt_handle: Option<String>,
    pub body: Option<String>,
    #[shape(name = "MD5OfBody")]
    pub md5_of_body: Option<String>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReceiveMessageResult {
    pub messages: Vec<MessageShape>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageRequest {
    pub queue_url: String,
    pub receipt_handle: String,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageBatchRequestEntry {
    pub id: String,
    pub receipt_handle: String,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageBatchRequest {
    pub queue_url: String,
    pub entries: Vec<DeleteMessageBatchRequestEntry>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageBatchResultEntry {
    pub id: String,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchResultErrorEntry {
    pub id: String,
    pub code: String,
    pub message: Option<String>,
    pub sender_fault: bool,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageBatchResult {
    pub successful: Vec<DeleteMessageBatchResultEntry>,
    pub failed: Vec<BatchResultErrorEntry>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityRequest {
    pub queue_url: String,
    pub receipt_handle: String,
    pub visibility_timeout: i32,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteQueueRequest {
    pub queue_url: String,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDeadLetterSourceQueuesRequest {
    pub queue_url: String,
    pub next_token: Option<String>,
    pub max_results: Option<i32>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDeadLetterSourceQueuesResult {
    #[shape(name = "queueUrls")]
    pub queue_urls: Vec<String>,
    pub next_token: Option<String>,
}

// ---- client ----------------------------------------------------------------------------

#[client(
    service = "sqs",
    protocol = "awsJson1_0",
    target_prefix = "AmazonSQS",
    api_version = "2012-11-05"
)]
#[waiter(queue_exists = get_queue_attributes, delay = 1, max_attempts = 20,
         success(status = 200), retry(error = "QueueDoesNotExist"),
         retry(error = "AWS.SimpleQueueService.NonExistentQueue"))]
pub struct SqsClient {
    create_queue: Op<CreateQueueRequest, CreateQueueResult>,
    #[op(name = "GetQueueUrl")]
    get_queue_url: Op<GetQueueUrlRequest, GetQueueUrlResult>,
    #[op(paginate(input_token = next_token, output_token = next_token,
                  items = queue_urls, limit = max_results))]
    list_queues: Op<ListQueuesRequest, ListQueuesResult>,
    get_queue_attributes: Op<GetQueueAttributesRequest, GetQueueAttributesResult>,
    send_message: Op<SendMessageRequest, SendMessageResult>,
    receive_message: Op<ReceiveMessageRequest, ReceiveMessageResult>,
    delete_message: Op<DeleteMessageRequest, ()>,
    delete_message_batch: Op<DeleteMessageBatchRequest, DeleteMessageBatchResult>,
    change_message_visibility: Op<ChangeMessageVisibilityRequest, ()>,
    delete_queue: Op<DeleteQueueRequest, ()>,
    list_dead_letter_source_queues:
        Op<ListDeadLetterSourceQueuesRequest, ListDeadLetterSourceQueuesResult>,
}

// ---- resources: API.md §5, verbatim ----------------------------------------------------

/// The service resource: no identifiers.
#[resource(client = SqsClient, service)]
#[action(get_queue_by_name = get_queue_url, resource = Queue(url = queue_url))]
#[action(create_queue = create_queue, resource = Queue(url = queue_url))]
#[subresource(queue = Queue(url))]
#[collection(queues = list_queues, items = queue_urls, resource = Queue(url = item))]
pub struct Sqs;

#[resource(client = SqsClient, load = get_queue_attributes)] // data shape: the load op's output
#[action(send_message = send_message)]
#[action(receive_messages = receive_message, items = messages,
         resource = Message(queue_url = self.url, receipt_handle = receipt_handle))]
#[action(delete = delete_queue)]
#[subresource(message = Message(queue_url = self.url, receipt_handle))]
#[collection(dead_letter_source_queues = list_dead_letter_source_queues,
             items = queue_urls, resource = Queue(url = item))]
#[waiter(exists = queue_exists)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
    attributes: Option<HashMap<String, String>>, // attribute: field of the data shape
}

#[resource(client = SqsClient, shape = MessageShape)] // no load: data comes pre-filled
#[action(delete = delete_message)]
#[action(change_visibility = change_message_visibility)]
#[batch_action(delete = delete_message_batch)] // on collections/Vec of Message
#[reference(queue = Queue(url = self.queue_url))]
pub struct Message {
    #[identifier(param = queue_url)]
    queue_url: String,
    #[identifier(param = receipt_handle, member = receipt_handle)]
    receipt_handle: String,
    body: Option<String>,
    message_id: Option<String>,
}

// ---- a collection of messages, to exercise batch actions (not part of §5) --------------

/// Messages of one queue as a collection: `ReceiveMessage` does not paginate, so this is
/// one page per call.
#[resource(client = SqsClient, service)]
#[collection(inbox = receive_message, items = messages,
             resource = Message(queue_url, receipt_handle = receipt_handle),
             with = |r| r.max_number_of_messages(10))]
pub struct Inbox;

// ---- data paths and data-reading references (not part of §5) --------------------------

/// The attribute map itself as the data: `load_with` asks for every attribute and
/// `load_path` picks the map out of the output.
type AttributeMap = HashMap<String, String>;

#[resource(client = SqsClient, shape = AttributeMap, load = get_queue_attributes,
           load_with = |r| r.attribute_names(vec!["All".into()]),
           load_path = |o: GetQueueAttributesResult| o.attributes)]
pub struct Settings {
    #[identifier(param = queue_url)]
    url: String,
}

/// Built from received messages with one identifier left as an argument; its `twin`
/// reference reads the receipt handle out of its data.
#[resource(client = SqsClient, shape = MessageShape)]
#[reference(twin = Message(queue_url = self.queue_url, receipt_handle = receipt_handle))]
pub struct Letter {
    #[identifier(param = queue_url)]
    queue_url: String,
    #[identifier]
    receipt_handle: String,
}

#[resource(client = SqsClient, service)]
#[action(letters = receive_message, items = messages,
         resource = Letter(queue_url, receipt_handle = receipt_handle))]
pub struct PostOffice;

// ---- tests -----------------------------------------------------------------------------

#[test]
// Hash and Eq read the identifiers only, never the shared data or client state.
#[allow(clippy::mutable_key_type)]
fn identity_is_the_identifiers() {
    let sqs = Sqs::new(&replay_session(&ReplayClient::new()));
    assert_eq!(sqs.queue("a"), sqs.queue("a"));
    assert_ne!(sqs.queue("a"), sqs.queue("b"));
    let set: HashSet<Queue> = [sqs.queue("a"), sqs.queue("a"), sqs.queue("b")].into();
    assert_eq!(set.len(), 2);
    let q = sqs.queue("http://q");
    assert_eq!(q.url(), "http://q");
    assert_eq!(format!("{q:?}"), r#"Queue { url: "http://q" }"#);
    let m = q.message("rh");
    assert_eq!(m.queue_url(), q.url());
    assert_eq!(m.receipt_handle(), "rh");
    assert!(m.data().is_none() && q.data().is_none());
    assert_eq!(Queue::new(sqs.client(), "http://q"), q);
    fn shared<T: Send + Sync + Clone + 'static>(_: &T) {}
    shared(&q);
    shared(&m);
}

const JSON: (&str, &str) = ("content-type", "application/x-amz-json-1.0");

/// Paging on the wire: nothing sent before polling, the page size and the token sent,
/// `limit` stops requesting once reached.
#[tokio::test]
async fn collection_pages() {
    let replay = ReplayClient::new();
    replay.push(
        200,
        &[JSON],
        r#"{"QueueUrls":["u/1","u/2"],"NextToken":"t1"}"#,
    );
    replay.push(200, &[JSON], r#"{"QueueUrls":["u/3"]}"#);
    let session = Session::builder()
        .region("us-east-1")
        .credentials(Credentials::new("testing", "testing", None))
        .http_client(Arc::new(replay.clone()))
        .build()
        .unwrap();
    let sqs = Sqs::new(&session);
    let pages = sqs
        .queues()
        .filter(|r| r.queue_name_prefix("u"))
        .page_size(2)
        .pages();
    assert!(replay.requests().is_empty(), "lazy: nothing sent yet");
    let pages: Vec<Vec<Queue>> = pages.try_collect().await.unwrap();
    assert_eq!(
        pages,
        vec![
            vec![sqs.queue("u/1"), sqs.queue("u/2")],
            vec![sqs.queue("u/3")]
        ]
    );
    let sent = replay.requests();
    assert_eq!(sent.len(), 2);
    let first = sent[0].body_str().replace(' ', "");
    assert!(first.contains(r#""MaxResults":2"#), "{first}");
    assert!(first.contains(r#""QueueNamePrefix":"u""#), "{first}");
    let second = sent[1].body_str().replace(' ', "");
    assert!(second.contains(r#""NextToken":"t1""#), "{second}");

    replay.push(
        200,
        &[JSON],
        r#"{"QueueUrls":["u/1","u/2"],"NextToken":"t1"}"#,
    );
    let two: Vec<Queue> = sqs.queues().limit(2).try_collect().await.unwrap();
    assert_eq!(two.len(), 2);
    assert_eq!(
        replay.requests().len(),
        3,
        "limit reached: no second page requested"
    );
    assert_eq!(replay.remaining(), 0);
}

fn replay_session(replay: &ReplayClient) -> Session {
    Session::builder()
        .region("us-east-1")
        .credentials(Credentials::new("testing", "testing", None))
        .http_client(Arc::new(replay.clone()))
        .build()
        .unwrap()
}

/// `load_with` reaches the wire, `load_path` picks the data, `None` is a not-found error,
/// and references read identifiers out of data (`None` when the data lacks them).
#[tokio::test]
async fn load_paths_and_data_references() {
    let replay = ReplayClient::new();
    let session = replay_session(&replay);
    let settings = Settings::new(&SqsClient::new(&session), "https://q/1/a");
    replay.push(200, &[JSON], r#"{"Attributes":{"VisibilityTimeout":"30"}}"#);
    let data = settings.load().await.expect("load");
    assert_eq!(
        data.get("VisibilityTimeout").map(String::as_str),
        Some("30")
    );
    let body = replay.requests()[0].body_str().replace(' ', "");
    assert!(body.contains(r#""AttributeNames":["All"]"#), "{body}");
    assert!(body.contains(r#""QueueUrl":"https://q/1/a""#), "{body}");
    replay.push(200, &[JSON], "{}");
    let err = settings.reload().await.unwrap_err();
    assert!(err.to_string().contains("not found"), "{err}");

    replay.push(
        200,
        &[JSON],
        r#"{"Messages":[{"ReceiptHandle":"rh-1","Body":"b"},{"Body":"no handle"}]}"#,
    );
    let letters = PostOffice::new(&session)
        .letters("https://q/1/a")
        .with(|r| r.queue_url("https://q/1/a"))
        .await;
    // The second message has no receipt handle: building its identifier fails.
    let err = letters.unwrap_err();
    assert!(err.to_string().contains("receipt_handle"), "{err}");

    replay.push(
        200,
        &[JSON],
        r#"{"Messages":[{"ReceiptHandle":"rh-1","Body":"b"}]}"#,
    );
    let letters = PostOffice::new(&session)
        .letters("https://q/1/a")
        .with(|r| r.queue_url("https://q/1/a"))
        .await
        .unwrap();
    assert_eq!(letters.len(), 1);
    assert_eq!(letters[0].queue_url(), "https://q/1/a");
    assert_eq!(letters[0].receipt_handle(), "rh-1");
    let twin = letters[0].twin().await.unwrap().expect("a twin");
    assert_eq!(twin.receipt_handle(), "rh-1");
    assert_eq!(twin.queue_url(), "https://q/1/a");
    // Without data the reference needs a load, which `Letter` cannot do.
    let bare = Letter::new(&SqsClient::new(&session), "https://q/1/a", "rh-2");
    assert!(bare.twin().await.is_err());
}

#[tokio::test(flavor = "multi_thread")]
async fn sqs_resources_against_moto() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let sqs = Sqs::new(&testkit::moto_session!(&moto));

    // Service actions build queues from their outputs.
    let queue = sqs
        .create_queue()
        .with(|r| r.queue_name("res-main"))
        .await
        .expect("create_queue");
    assert!(queue.url().ends_with("/res-main"), "{}", queue.url());
    let same = sqs
        .get_queue_by_name()
        .with(|r| r.queue_name("res-main"))
        .await
        .expect("get_queue_by_name");
    assert_eq!(same, queue);
    assert_eq!(sqs.queue(queue.url()), queue);

    // Waiter with the identifier filled in.
    queue
        .wait_until_exists()
        .max_attempts(3)
        .await
        .expect("exists");

    // Attributes load on first access; clones share the data; data() reads without sending.
    assert!(queue.data().is_none());
    let clone = queue.clone();
    let _attributes = queue.attributes().await.expect("attributes");
    assert!(queue.data().is_some());
    assert!(clone.data().is_some(), "clones share loaded data");
    let reloaded = queue.reload().await.expect("reload");
    assert!(std::sync::Arc::ptr_eq(&reloaded, &queue.data().unwrap()));

    // Any action clears loaded data.
    let sent = queue
        .send_message()
        .with(|r| r.message_body("hello"))
        .await
        .expect("send_message");
    assert!(sent.message_id.is_some());
    assert!(queue.data().is_none() && clone.data().is_none());

    // An action with `items` gives pre-filled messages: attributes need no request.
    let messages = queue
        .receive_messages()
        .with(|r| r.max_number_of_messages(10))
        .await
        .expect("receive_messages");
    assert_eq!(messages.len(), 1);
    let message = &messages[0];
    assert_eq!(message.queue_url(), queue.url());
    assert!(message.data().is_some(), "pre-filled from the list element");
    assert_eq!(message.body().await.unwrap().as_deref(), Some("hello"));
    assert_eq!(message.message_id().await.unwrap(), sent.message_id);
    assert_eq!(message.queue().await.unwrap(), Some(queue.clone()));
    message
        .change_visibility()
        .with(|r| r.visibility_timeout(0))
        .await
        .expect("change_visibility");
    message.delete().await.expect("delete message");

    // A sub-resource has no data and cannot load it.
    let bare = queue.message("no-such-handle");
    let err = bare.body().await.unwrap_err();
    assert!(err.to_string().contains("no load operation"), "{err}");

    // Batch action on a collection: one DeleteMessageBatch per page.
    for i in 0..3 {
        queue
            .send_message()
            .with(|r| r.message_body(format!("m{i}")))
            .await
            .unwrap();
    }
    let inbox = Inbox::new(sqs.client().session());
    let url = queue.url().to_owned();
    let results = inbox
        .inbox(queue.url())
        .filter(|r| r.queue_url(url).visibility_timeout(30))
        .delete()
        .await
        .expect("batch delete");
    assert_eq!(results.len(), 1, "one page, one batch request");
    assert!(results[0].failed.is_empty(), "{:?}", results[0].failed);
    assert!(!results[0].successful.is_empty());
    let url = queue.url().to_owned();
    let left: Vec<Message> = inbox
        .inbox(queue.url())
        .filter(|r| r.queue_url(url).visibility_timeout(0))
        .try_collect()
        .await
        .unwrap();
    let deleted = results[0].successful.len();
    assert_eq!(left.len() + deleted, 3, "deleted messages are gone");

    // The same batch action on a Vec of messages (`MessageBatchActions`, in scope here as
    // it is declared in this module; elsewhere `use path::MessageBatchActions`).
    for i in 0..2 {
        queue
            .send_message()
            .with(|r| r.message_body(format!("v{i}")))
            .await
            .unwrap();
    }
    let received = queue
        .receive_messages()
        .with(|r| r.max_number_of_messages(10))
        .await
        .unwrap();
    assert!(!received.is_empty());
    let count = received.len();
    let results = received.delete().await.expect("batch delete of a Vec");
    assert_eq!(results.len(), 1, "one queue: one request");
    assert_eq!(
        results[0].successful.len(),
        count,
        "{:?}",
        results[0].failed
    );

    // Collections: lazy, filtered, limited, paged.
    for name in ["res-c1", "res-c2", "res-c3"] {
        sqs.create_queue()
            .with(|r| r.queue_name(name))
            .await
            .unwrap();
    }
    let all: Vec<Queue> = sqs
        .queues()
        .filter(|r| r.queue_name_prefix("res-c"))
        .try_collect()
        .await
        .expect("queues");
    let mut names: Vec<&str> = all
        .iter()
        .map(|q| q.url().rsplit('/').next().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["res-c1", "res-c2", "res-c3"]);
    let limited: Vec<Queue> = sqs.queues().limit(2).try_collect().await.unwrap();
    assert_eq!(limited.len(), 2);
    let pages: Vec<Vec<Queue>> = sqs
        .queues()
        .filter(|r| r.queue_name_prefix("res-c"))
        .page_size(2)
        .pages()
        .try_collect()
        .await
        .expect("pages");
    // (moto ignores MaxResults: page sizes are checked on the wire in `collection_pages`.)
    assert_eq!(pages.iter().map(Vec::len).sum::<usize>(), 3);

    // A collection with the identifier param filled: dead-letter sources of a DLQ.
    let dlq = sqs
        .create_queue()
        .with(|r| r.queue_name("res-dlq"))
        .await
        .unwrap();
    let policy = r#"{"deadLetterTargetArn":"arn:aws:sqs:us-east-1:123456789012:res-dlq","maxReceiveCount":"3"}"#;
    let source = sqs
        .create_queue()
        .with(|r| {
            r.queue_name("res-source").attributes(HashMap::from([(
                "RedrivePolicy".to_owned(),
                policy.to_owned(),
            )]))
        })
        .await
        .unwrap();
    let sources: Vec<Queue> = dlq.dead_letter_source_queues().try_collect().await.unwrap();
    assert_eq!(sources, vec![source]);

    // Deleting the queue; looking it up again is a service error.
    queue.delete().await.expect("delete queue");
    let err = sqs
        .get_queue_by_name()
        .with(|r| r.queue_name("res-main"))
        .await
        .unwrap_err();
    assert!(err.code().is_some(), "{err:?}");
}
