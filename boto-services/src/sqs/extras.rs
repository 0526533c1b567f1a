//! What boto-services adds to the generated client and shapes: constructors of attribute
//! values and batch entries, and the `queue_exists` waiter, which botocore's model of SQS
//! does not have (boto3 has none either).

use super::client::*;
use boto_core::waiter::{Acceptor, AcceptorState, Matcher, Waiter};
use boto_core::Blob;
use std::time::Duration;

impl MessageAttributeValue {
    /// A `String` attribute.
    pub fn string(value: impl Into<String>) -> Self {
        Self::new().data_type("String").string_value(value)
    }

    /// A `Number` attribute (sent as its decimal text).
    pub fn number(value: impl ToString) -> Self {
        Self::new()
            .data_type("Number")
            .string_value(value.to_string())
    }

    /// A `Binary` attribute.
    pub fn binary(value: impl Into<Blob>) -> Self {
        Self::new().data_type("Binary").binary_value(value)
    }

    /// The value of a `String` or `Number` attribute.
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        self.string_value.as_deref()
    }

    /// The value of a `Binary` attribute.
    #[inline]
    pub fn as_bytes(&self) -> Option<&[u8]> {
        self.binary_value.as_ref().map(AsRef::as_ref)
    }
}

impl SendMessageBatchRequestEntry {
    /// An entry with its batch-unique `id` and message body.
    pub fn of(id: impl Into<String>, body: impl Into<String>) -> Self {
        Self::new().id(id).message_body(body)
    }
}

impl DeleteMessageBatchRequestEntry {
    /// An entry with its batch-unique `id` and the message's receipt handle.
    pub fn of(id: impl Into<String>, receipt_handle: impl Into<String>) -> Self {
        Self::new().id(id).receipt_handle(receipt_handle)
    }
}

impl ChangeMessageVisibilityBatchRequestEntry {
    /// An entry with its batch-unique `id`, the message's receipt handle and its new
    /// visibility timeout in seconds.
    pub fn of(id: impl Into<String>, receipt_handle: impl Into<String>, timeout: i32) -> Self {
        Self::new()
            .id(id)
            .receipt_handle(receipt_handle)
            .visibility_timeout(timeout)
    }
}

impl Client {
    /// Waits until the queue exists: calls `get_queue_attributes` every second (at most 20
    /// times; both adjustable on the returned waiter) while SQS answers that the queue does
    /// not exist (`QueueDoesNotExist`, or `AWS.SimpleQueueService.NonExistentQueue` from
    /// older endpoints).
    // `#[inline]` as the generated waiters: compiled only in the crate that calls it.
    #[inline]
    pub fn wait_until_queue_exists(
        &self,
        input: GetQueueAttributesRequest,
    ) -> Waiter<GetQueueAttributesResult> {
        let client = self.clone();
        let acceptor = |state, matcher| Acceptor { state, matcher };
        Waiter::new(
            move || {
                let client = client.clone();
                let input = input.clone();
                async move { client.get_queue_attributes(input).await }
            },
            vec![
                acceptor(AcceptorState::Success, Matcher::Status(200)),
                acceptor(
                    AcceptorState::Retry,
                    Matcher::Error(Some("QueueDoesNotExist")),
                ),
                acceptor(
                    AcceptorState::Retry,
                    Matcher::Error(Some("AWS.SimpleQueueService.NonExistentQueue")),
                ),
            ],
            Duration::from_secs(1),
            20,
        )
    }
}
