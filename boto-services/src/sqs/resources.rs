//! The SQS resources of boto3's model: [`Sqs`] (the service), [`Queue`] and [`Message`].

use super::client::*;
use boto_core::resource;
use std::collections::HashMap;

/// The SQS service resource: queues by name, by URL, created, or listed.
///
/// ```no_run
/// # async fn f() -> boto_core::Result<()> {
/// use boto_services::sqs::Sqs;
/// use futures::TryStreamExt;
/// let sqs = Sqs::new(&boto_core::Session::new());
/// let queue = sqs.create_queue().with(|r| r.queue_name("jobs")).await?;
/// let same = sqs.get_queue_by_name().with(|r| r.queue_name("jobs")).await?;
/// assert_eq!(queue, same);
/// let mut queues = sqs.queues().filter(|r| r.queue_name_prefix("jo"));
/// while let Some(q) = queues.try_next().await? {
///     println!("{}", q.url());
/// }
/// # Ok(()) }
/// ```
#[resource(client = Client, service)]
#[action(get_queue_by_name = get_queue_url, resource = Queue(url = queue_url))]
#[action(create_queue = create_queue, resource = Queue(url = queue_url))]
#[subresource(queue = Queue(url))]
#[collection(queues = list_queues, items = queue_urls, resource = Queue(url = item))]
pub struct Sqs;

/// A queue, identified by its URL; its data is every attribute (`GetQueueAttributes` with
/// `All`), loaded on first access.
#[resource(client = Client, load = get_queue_attributes,
           load_with = |r| r.attribute_names(vec![QueueAttributeName::All]))]
#[action(send_message = send_message)]
#[action(send_messages = send_message_batch)]
#[action(receive_messages = receive_message, items = messages,
         resource = Message(queue_url = self.url, receipt_handle = receipt_handle))]
#[action(delete = delete_queue)]
#[action(purge = purge_queue)]
#[action(set_attributes = set_queue_attributes)]
#[action(change_message_visibility_batch = change_message_visibility_batch)]
#[action(delete_messages = delete_message_batch)]
#[action(add_permission = add_permission)]
#[action(remove_permission = remove_permission)]
#[subresource(message = Message(queue_url = self.url, receipt_handle))]
#[collection(dead_letter_source_queues = list_dead_letter_source_queues,
             items = queue_urls, resource = Queue(url = item))]
#[waiter(exists = queue_exists)]
pub struct Queue {
    /// The queue's URL.
    #[identifier(param = queue_url)]
    url: String,
    /// Attribute names to values (`VisibilityTimeout`, `QueueArn`, ...).
    attributes: Option<HashMap<String, String>>,
}

/// A received message, identified by its queue and receipt handle; its data comes from the
/// `ReceiveMessage` answer that built it (a message made with `queue.message(handle)` has
/// none, and cannot load any).
#[resource(client = Client, shape = MessageShape)]
#[action(delete = delete_message)]
#[action(change_visibility = change_message_visibility)]
#[batch_action(delete = delete_message_batch)]
#[reference(queue = Queue(url = self.queue_url))]
pub struct Message {
    /// The URL of the queue it was received from.
    #[identifier(param = queue_url)]
    queue_url: String,
    /// The handle of this receipt of the message.
    #[identifier(param = receipt_handle, member = receipt_handle)]
    receipt_handle: String,
    /// The message.
    body: Option<String>,
    /// The message's id.
    message_id: Option<String>,
    /// MD5 digest of the body, hex.
    md5_of_body: Option<String>,
    /// MD5 digest of the custom attributes, hex.
    md5_of_message_attributes: Option<String>,
    /// System attributes asked for on receive.
    attributes: Option<HashMap<String, String>>,
    /// Custom attributes asked for on receive (`message_attribute_names`).
    message_attributes: Option<HashMap<String, MessageAttributeValue>>,
}
