//! The typed SQS client: one method per operation, `list_queues_pages`/`_items` and
//! `list_dead_letter_source_queues_pages`/`_items`, and the `queue_exists` waiter.

use super::shapes::*;
use boto_core::{client, Op};

/// botocore's `endpoint-rule-set-1.json` of the service (minified), parsed once per process.
static ENDPOINT_RULES: &str = include_str!("endpoint-rule-set.json");

/// An SQS client (`awsJson1_0`, API version 2012-11-05).
///
/// ```no_run
/// # async fn f() -> boto_core::Result<()> {
/// use boto_services::sqs::{self, MessageAttributeValue};
/// use std::collections::HashMap;
/// let client = sqs::Client::new(&boto_core::Session::new());
/// let url = client
///     .create_queue(sqs::CreateQueueRequest::new().queue_name("jobs"))
///     .await?
///     .queue_url
///     .unwrap_or_default();
/// client
///     .send_message(
///         sqs::SendMessageRequest::new()
///             .queue_url(&url)
///             .message_body("hello")
///             .message_attributes(HashMap::from([(
///                 "n".to_owned(),
///                 MessageAttributeValue::number(7),
///             )])),
///     )
///     .await?;
/// # Ok(()) }
/// ```
#[client(
    service = "sqs",
    protocol = "awsJson1_0",
    target_prefix = "AmazonSQS",
    api_version = "2012-11-05",
    service_id = "SQS",
    endpoint_rules = ENDPOINT_RULES
)]
#[waiter(queue_exists = get_queue_attributes, delay = 1, max_attempts = 20,
         success(status = 200), retry(error = "QueueDoesNotExist"),
         retry(error = "AWS.SimpleQueueService.NonExistentQueue"))]
pub struct Client {
    /// Creates a queue (or returns the existing one when its attributes match).
    create_queue: Op<CreateQueueRequest, CreateQueueResult>,
    /// Looks a queue's URL up by name.
    get_queue_url: Op<GetQueueUrlRequest, GetQueueUrlResult>,
    /// Lists queue URLs, optionally by name prefix.
    #[op(paginate(input_token = next_token, output_token = next_token,
                  items = queue_urls, limit = max_results))]
    list_queues: Op<ListQueuesRequest, ListQueuesResult>,
    /// Reads queue attributes.
    get_queue_attributes: Op<GetQueueAttributesRequest, GetQueueAttributesResult>,
    /// Changes queue attributes.
    set_queue_attributes: Op<SetQueueAttributesRequest, ()>,
    /// Sends one message.
    send_message: Op<SendMessageRequest, SendMessageResult>,
    /// Sends up to 10 messages; each entry succeeds or fails on its own.
    send_message_batch: Op<SendMessageBatchRequest, SendMessageBatchResult>,
    /// Receives up to 10 messages.
    receive_message: Op<ReceiveMessageRequest, ReceiveMessageResult>,
    /// Deletes one received message.
    delete_message: Op<DeleteMessageRequest, ()>,
    /// Deletes up to 10 received messages; each entry succeeds or fails on its own.
    delete_message_batch: Op<DeleteMessageBatchRequest, DeleteMessageBatchResult>,
    /// Changes a received message's visibility timeout.
    change_message_visibility: Op<ChangeMessageVisibilityRequest, ()>,
    /// Changes up to 10 received messages' visibility timeouts; each entry succeeds or
    /// fails on its own.
    change_message_visibility_batch:
        Op<ChangeMessageVisibilityBatchRequest, ChangeMessageVisibilityBatchResult>,
    /// Deletes every message of a queue.
    purge_queue: Op<PurgeQueueRequest, ()>,
    /// Deletes a queue.
    delete_queue: Op<DeleteQueueRequest, ()>,
    /// Adds or replaces tags of a queue.
    tag_queue: Op<TagQueueRequest, ()>,
    /// Removes tags from a queue.
    untag_queue: Op<UntagQueueRequest, ()>,
    /// Lists a queue's tags.
    list_queue_tags: Op<ListQueueTagsRequest, ListQueueTagsResult>,
    /// Lists the queues whose redrive policy targets a dead-letter queue.
    #[op(paginate(input_token = next_token, output_token = next_token,
                  items = queue_urls, limit = max_results))]
    list_dead_letter_source_queues:
        Op<ListDeadLetterSourceQueuesRequest, ListDeadLetterSourceQueuesResult>,
    /// Grants accounts permission to act on a queue.
    add_permission: Op<AddPermissionRequest, ()>,
    /// Revokes a permission added by `add_permission`.
    remove_permission: Op<RemovePermissionRequest, ()>,
}
