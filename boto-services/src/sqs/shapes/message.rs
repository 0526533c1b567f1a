//! Message operations: send, receive, delete, change visibility; the message and its
//! attribute values.

use super::{MessageSystemAttributeName, QueueAttributeName};
use boto_core::{Blob, Shape};
use std::collections::HashMap;

/// A message attribute's value: a `String`, `Number` or `Binary` (optionally with a custom
/// suffix, `Number.float`), built with [`string`](Self::string), [`number`](Self::number)
/// or [`binary`](Self::binary).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MessageAttributeValue {
    /// The value of a `String` or `Number` attribute.
    pub string_value: Option<String>,
    /// The value of a `Binary` attribute.
    pub binary_value: Option<Blob>,
    /// Reserved by SQS.
    pub string_list_values: Option<Vec<String>>,
    /// Reserved by SQS.
    pub binary_list_values: Option<Vec<Blob>>,
    /// `String`, `Number` or `Binary`, optionally followed by `.` and a custom label.
    pub data_type: String,
}

impl MessageAttributeValue {
    /// A `String` attribute.
    pub fn string(value: impl Into<String>) -> Self {
        Self::new().data_type("String").string_value(value)
    }

    /// A `Number` attribute (any integer or decimal, kept as its exact text).
    pub fn number(value: impl ToString) -> Self {
        Self::new()
            .data_type("Number")
            .string_value(value.to_string())
    }

    /// A `Binary` attribute.
    pub fn binary(value: impl Into<Blob>) -> Self {
        Self::new().data_type("Binary").binary_value(value)
    }

    /// The text of a `String` or `Number` attribute.
    pub fn as_str(&self) -> Option<&str> {
        self.string_value.as_deref()
    }

    /// The bytes of a `Binary` attribute.
    pub fn as_bytes(&self) -> Option<&[u8]> {
        self.binary_value.as_ref().map(AsRef::as_ref)
    }
}

/// A message system attribute's value (`AWSTraceHeader` on send).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MessageSystemAttributeValue {
    /// The value of a `String` or `Number` attribute.
    pub string_value: Option<String>,
    /// The value of a `Binary` attribute.
    pub binary_value: Option<Blob>,
    /// Reserved by SQS.
    pub string_list_values: Option<Vec<String>>,
    /// Reserved by SQS.
    pub binary_list_values: Option<Vec<Blob>>,
    /// `String`, `Number` or `Binary`.
    pub data_type: String,
}

/// Input of `SendMessage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendMessageRequest {
    /// The queue's URL.
    pub queue_url: String,
    /// The message (up to 256 KiB of text).
    pub message_body: String,
    /// Seconds before the message becomes visible (0 to 900).
    pub delay_seconds: Option<i32>,
    /// Custom attributes (up to 10).
    pub message_attributes: Option<HashMap<String, MessageAttributeValue>>,
    /// System attributes (`AWSTraceHeader`).
    pub message_system_attributes: Option<HashMap<String, MessageSystemAttributeValue>>,
    /// FIFO queues: the deduplication token.
    pub message_deduplication_id: Option<String>,
    /// FIFO queues: the ordering group.
    pub message_group_id: Option<String>,
}

/// Output of `SendMessage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendMessageResult {
    /// MD5 digest of the body, hex.
    #[shape(name = "MD5OfMessageBody")]
    pub md5_of_message_body: Option<String>,
    /// MD5 digest of the custom attributes, hex.
    #[shape(name = "MD5OfMessageAttributes")]
    pub md5_of_message_attributes: Option<String>,
    /// MD5 digest of the system attributes, hex.
    #[shape(name = "MD5OfMessageSystemAttributes")]
    pub md5_of_message_system_attributes: Option<String>,
    /// The new message's id.
    pub message_id: Option<String>,
    /// FIFO queues: the message's sequence number.
    pub sequence_number: Option<String>,
}

/// Input of `ReceiveMessage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReceiveMessageRequest {
    /// The queue's URL.
    pub queue_url: String,
    /// Deprecated spelling of `message_system_attribute_names`.
    pub attribute_names: Option<Vec<QueueAttributeName>>,
    /// System attributes to return with each message (`All`, `SentTimestamp`, ...).
    pub message_system_attribute_names: Option<Vec<MessageSystemAttributeName>>,
    /// Custom attributes to return with each message (`All`, `.*`, names or `prefix.*`).
    pub message_attribute_names: Option<Vec<String>>,
    /// At most this many messages (1 to 10; default 1).
    pub max_number_of_messages: Option<i32>,
    /// Seconds the received messages stay hidden from other receivers.
    pub visibility_timeout: Option<i32>,
    /// Long polling: seconds to wait for a message (0 to 20).
    pub wait_time_seconds: Option<i32>,
    /// FIFO queues: the receive attempt's deduplication token.
    pub receive_request_attempt_id: Option<String>,
}

/// botocore's `Message` (the name is the resource's): one received message, the data of a
/// [`Message`](crate::sqs::Message).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Message")]
pub struct MessageShape {
    /// The message's id.
    pub message_id: Option<String>,
    /// The handle that deletes this receipt of the message.
    pub receipt_handle: Option<String>,
    /// MD5 digest of the body, hex.
    #[shape(name = "MD5OfBody")]
    pub md5_of_body: Option<String>,
    /// The message.
    pub body: Option<String>,
    /// System attributes asked for (`SentTimestamp`, `ApproximateReceiveCount`, ...).
    pub attributes: Option<HashMap<String, String>>,
    /// MD5 digest of the custom attributes, hex.
    #[shape(name = "MD5OfMessageAttributes")]
    pub md5_of_message_attributes: Option<String>,
    /// Custom attributes asked for.
    pub message_attributes: Option<HashMap<String, MessageAttributeValue>>,
}

/// Output of `ReceiveMessage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReceiveMessageResult {
    /// The messages (none when the queue had none visible).
    pub messages: Vec<MessageShape>,
}

/// Input of `DeleteMessage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageRequest {
    /// The queue's URL.
    pub queue_url: String,
    /// The receipt handle of the message to delete.
    pub receipt_handle: String,
}

/// Input of `ChangeMessageVisibility`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityRequest {
    /// The queue's URL.
    pub queue_url: String,
    /// The receipt handle of the message.
    pub receipt_handle: String,
    /// New visibility timeout in seconds, from now (0 makes it visible at once).
    pub visibility_timeout: i32,
}
