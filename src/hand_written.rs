//! The README's "Hand-writing a service": an SQS client and its resources declared with the
//! macros from hand-written shapes, and a run through them. `examples/hand_written.rs` runs
//! it; `tests/hand_written.rs` runs it against moto and checks the README shows this code.

// ANCHOR: declarations
use boto_core::{client, resource, Op, Shape};
use std::collections::HashMap;

// 1. Shapes: one struct per request and output. Members are the fields in PascalCase
//    (`queue_url` is `QueueUrl`); `#[shape(rename_all = "camelCase")]` or
//    `#[shape(name = "..")]` when the service spells them otherwise.
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
pub struct GetQueueAttributesRequest {
    pub queue_url: String,
    pub attribute_names: Option<Vec<String>>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct GetQueueAttributesResult {
    pub attributes: Option<HashMap<String, String>>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct SendMessageRequest {
    pub queue_url: String,
    pub message_body: String,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct SendMessageResult {
    pub message_id: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct DeleteQueueRequest {
    pub queue_url: String,
}

// 2. The client: one `Op<Input, Output>` field per operation (its wire name is the field
//    name in PascalCase), a paginator, a waiter.
/// SQS over its JSON protocol.
#[client(service = "sqs", protocol = "awsJson1_0", target_prefix = "AmazonSQS")]
#[waiter(queue_ready = get_queue_attributes, delay = 1, max_attempts = 10,
         success(status = 200), retry(error = "QueueDoesNotExist"))]
pub struct SqsClient {
    create_queue: Op<CreateQueueRequest, CreateQueueResult>,
    #[op(paginate(input_token = next_token, output_token = next_token,
                  items = queue_urls, limit = max_results))]
    list_queues: Op<ListQueuesRequest, ListQueuesResult>,
    get_queue_attributes: Op<GetQueueAttributesRequest, GetQueueAttributesResult>,
    send_message: Op<SendMessageRequest, SendMessageResult>,
    delete_queue: Op<DeleteQueueRequest, ()>,
}

// 3. Resources: the service resource (no identifiers) creates and lists queues; a queue is
//    identified by its URL, which fills every request's `queue_url`.
/// The SQS service resource.
#[resource(client = SqsClient, service)]
#[action(create_queue = create_queue, resource = Queue(url = queue_url))]
#[collection(queues = list_queues, items = queue_urls, resource = Queue(url = item))]
pub struct Sqs;

/// A queue; its data is `GetQueueAttributes`' output, loaded on first use.
#[resource(client = SqsClient, load = get_queue_attributes,
           load_with = |r| r.attribute_names(vec!["All".into()]))]
#[action(send_message = send_message)]
#[action(delete = delete_queue)]
#[waiter(ready = queue_ready)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
    /// The queue's attributes (an attribute: a field of the loaded data).
    attributes: Option<HashMap<String, String>>,
}
// ANCHOR_END: declarations

/// What [`run`] saw, for the caller to check.
#[derive(Debug)]
pub struct Seen {
    /// The created queue's URL.
    pub url: String,
    /// Whether the collection listed it.
    pub listed: bool,
    /// The message id `send_message` returned.
    pub message_id: Option<String>,
    /// `ApproximateNumberOfMessages` after sending one message.
    pub messages: Option<String>,
}

/// Creates a queue, waits for it, sends a message, reads an attribute, lists the queues
/// and deletes the queue.
pub async fn run(session: &boto_core::Session) -> boto_core::Result<Seen> {
    // ANCHOR: run
    use futures::TryStreamExt;

    let sqs = Sqs::new(session);
    let queue = sqs
        .create_queue()
        .with(|r| r.queue_name("hand-written"))
        .await?;
    queue.wait_until_ready().await?;
    let sent = queue
        .send_message()
        .with(|r| r.message_body("hello"))
        .await?;
    // The first attribute read loads the data (GetQueueAttributes); later ones reuse it.
    let attributes = queue.attributes().await?.unwrap_or_default();
    let messages = attributes.get("ApproximateNumberOfMessages").cloned();
    // Collections are lazy streams of resources, paginated as they are polled.
    let queues: Vec<Queue> = sqs
        .queues()
        .filter(|r| r.queue_name_prefix("hand"))
        .try_collect()
        .await?;
    let listed = queues.contains(&queue);
    queue.delete().await?;
    // ANCHOR_END: run
    Ok(Seen {
        url: queue.url().to_owned(),
        listed,
        message_id: sent.message_id,
        messages,
    })
}
