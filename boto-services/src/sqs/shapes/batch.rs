//! Batch operations (up to 10 entries each): every entry succeeds or fails on its own, the
//! failures coming back as [`BatchResultErrorEntry`]s rather than as an error.

use super::{MessageAttributeValue, MessageSystemAttributeValue};
use boto_core::Shape;
use std::collections::HashMap;

/// One failed entry of a batch request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchResultErrorEntry {
    /// The entry's `id`, as sent.
    pub id: String,
    /// Whether the caller's entry was at fault (rather than the service).
    pub sender_fault: bool,
    /// The error code.
    pub code: String,
    /// A description of the error.
    pub message: Option<String>,
}

/// One message of a `SendMessageBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendMessageBatchRequestEntry {
    /// An id unique within the request, echoed in the result.
    pub id: String,
    /// The message.
    pub message_body: String,
    /// Seconds before the message becomes visible.
    pub delay_seconds: Option<i32>,
    /// Custom attributes.
    pub message_attributes: Option<HashMap<String, MessageAttributeValue>>,
    /// System attributes.
    pub message_system_attributes: Option<HashMap<String, MessageSystemAttributeValue>>,
    /// FIFO queues: the deduplication token.
    pub message_deduplication_id: Option<String>,
    /// FIFO queues: the ordering group.
    pub message_group_id: Option<String>,
}

impl SendMessageBatchRequestEntry {
    /// An entry with its id and body.
    pub fn of(id: impl Into<String>, body: impl Into<String>) -> Self {
        Self::new().id(id).message_body(body)
    }
}

/// Input of `SendMessageBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendMessageBatchRequest {
    /// The queue's URL.
    pub queue_url: String,
    /// The messages (1 to 10).
    pub entries: Vec<SendMessageBatchRequestEntry>,
}

/// One sent message of a `SendMessageBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendMessageBatchResultEntry {
    /// The entry's `id`, as sent.
    pub id: String,
    /// The new message's id.
    pub message_id: String,
    /// MD5 digest of the body, hex.
    #[shape(name = "MD5OfMessageBody")]
    pub md5_of_message_body: String,
    /// MD5 digest of the custom attributes, hex.
    #[shape(name = "MD5OfMessageAttributes")]
    pub md5_of_message_attributes: Option<String>,
    /// MD5 digest of the system attributes, hex.
    #[shape(name = "MD5OfMessageSystemAttributes")]
    pub md5_of_message_system_attributes: Option<String>,
    /// FIFO queues: the message's sequence number.
    pub sequence_number: Option<String>,
}

/// Output of `SendMessageBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendMessageBatchResult {
    /// The entries that were sent.
    pub successful: Vec<SendMessageBatchResultEntry>,
    /// The entries that failed.
    pub failed: Vec<BatchResultErrorEntry>,
}

/// One message of a `DeleteMessageBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageBatchRequestEntry {
    /// An id unique within the request, echoed in the result.
    pub id: String,
    /// The receipt handle of the message to delete.
    pub receipt_handle: String,
}

impl DeleteMessageBatchRequestEntry {
    /// An entry with its id and receipt handle.
    pub fn of(id: impl Into<String>, receipt_handle: impl Into<String>) -> Self {
        Self::new().id(id).receipt_handle(receipt_handle)
    }
}

/// Input of `DeleteMessageBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageBatchRequest {
    /// The queue's URL.
    pub queue_url: String,
    /// The messages (1 to 10).
    pub entries: Vec<DeleteMessageBatchRequestEntry>,
}

/// One deleted message of a `DeleteMessageBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageBatchResultEntry {
    /// The entry's `id`, as sent.
    pub id: String,
}

/// Output of `DeleteMessageBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageBatchResult {
    /// The entries that were deleted.
    pub successful: Vec<DeleteMessageBatchResultEntry>,
    /// The entries that failed.
    pub failed: Vec<BatchResultErrorEntry>,
}

/// One message of a `ChangeMessageVisibilityBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityBatchRequestEntry {
    /// An id unique within the request, echoed in the result.
    pub id: String,
    /// The receipt handle of the message.
    pub receipt_handle: String,
    /// New visibility timeout in seconds, from now.
    pub visibility_timeout: Option<i32>,
}

impl ChangeMessageVisibilityBatchRequestEntry {
    /// An entry with its id, receipt handle and new timeout.
    pub fn of(id: impl Into<String>, receipt_handle: impl Into<String>, timeout: i32) -> Self {
        Self::new()
            .id(id)
            .receipt_handle(receipt_handle)
            .visibility_timeout(timeout)
    }
}

/// Input of `ChangeMessageVisibilityBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityBatchRequest {
    /// The queue's URL.
    pub queue_url: String,
    /// The messages (1 to 10).
    pub entries: Vec<ChangeMessageVisibilityBatchRequestEntry>,
}

/// One changed message of a `ChangeMessageVisibilityBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityBatchResultEntry {
    /// The entry's `id`, as sent.
    pub id: String,
}

/// Output of `ChangeMessageVisibilityBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityBatchResult {
    /// The entries that were changed.
    pub successful: Vec<ChangeMessageVisibilityBatchResultEntry>,
    /// The entries that failed.
    pub failed: Vec<BatchResultErrorEntry>,
}
