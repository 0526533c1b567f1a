//! Amazon Simple Queue Service (`sqs`, API version 2012-11-05): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- sqs --nested --reserve Message,Queue --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, Blob, Op, Shape};
use std::collections::HashMap;

/// Welcome to the *Amazon SQS API Reference*.
#[client(
    service = "sqs",
    protocol = "awsJson1_0",
    target_prefix = "AmazonSQS",
    api_version = "2012-11-05",
    endpoint_rules = include_str!("endpoint-rule-set.json"),
)]
pub struct Client {
    /// Adds a permission to a queue for a specific
    /// [principal](https://docs.aws.amazon.com/general/latest/gr/glos-chap.html#P). This allows
    /// sharing access to the queue.
    add_permission: Op<AddPermissionRequest, ()>,
    /// Cancels a specified message movement task. A message movement can only be cancelled when the
    /// current status is RUNNING. Cancelling a message movement task does not revert the messages
    /// that have already been moved. It can only stop the messages that have not been moved yet.
    cancel_message_move_task: Op<CancelMessageMoveTaskRequest, CancelMessageMoveTaskResult>,
    /// Changes the visibility timeout of a specified message in a queue to a new value. The default
    /// visibility timeout for a message is 30 seconds. The minimum is 0 seconds. The maximum is 12
    /// hours. For more information, see [Visibility
    /// Timeout](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-visibility-timeout.html)
    /// in the *Amazon SQS Developer Guide*.
    change_message_visibility: Op<ChangeMessageVisibilityRequest, ()>,
    /// Changes the visibility timeout of multiple messages. This is a batch version of `
    /// `ChangeMessageVisibility`.` The result of the action on each message is reported
    /// individually in the response. You can send up to 10 ` `ChangeMessageVisibility` ` requests
    /// with each `ChangeMessageVisibilityBatch` action.
    change_message_visibility_batch:
        Op<ChangeMessageVisibilityBatchRequest, ChangeMessageVisibilityBatchResult>,
    /// Creates a new standard or FIFO queue. You can pass one or more attributes in the request.
    /// Keep the following in mind:
    create_queue: Op<CreateQueueRequest, CreateQueueResult>,
    /// Deletes the specified message from the specified queue. To select the message to delete, use
    /// the `ReceiptHandle` of the message (*not* the `MessageId` which you receive when you send
    /// the message). Amazon SQS can delete a message from a queue even if a visibility timeout
    /// setting causes the message to be locked by another consumer. Amazon SQS automatically
    /// deletes messages left in a queue longer than the retention period configured for the queue.
    delete_message: Op<DeleteMessageRequest, ()>,
    /// Deletes up to ten messages from the specified queue. This is a batch version of `
    /// `DeleteMessage`.` The result of the action on each message is reported individually in the
    /// response.
    delete_message_batch: Op<DeleteMessageBatchRequest, DeleteMessageBatchResult>,
    /// Deletes the queue specified by the `QueueUrl`, regardless of the queue's contents.
    delete_queue: Op<DeleteQueueRequest, ()>,
    /// Gets attributes for the specified queue.
    get_queue_attributes: Op<GetQueueAttributesRequest, GetQueueAttributesResult>,
    /// The `GetQueueUrl` API returns the URL of an existing Amazon SQS queue. This is useful when
    /// you know the queue's name but need to retrieve its URL for further operations.
    get_queue_url: Op<GetQueueUrlRequest, GetQueueUrlResult>,
    /// Returns a list of your queues that have the `RedrivePolicy` queue attribute configured with
    /// a dead-letter queue.
    #[op(paginate(input_token = next_token, output_token = next_token, items = queue_urls, limit = max_results))]
    list_dead_letter_source_queues:
        Op<ListDeadLetterSourceQueuesRequest, ListDeadLetterSourceQueuesResult>,
    /// Gets the most recent message movement tasks (up to 10) under a specific source queue.
    list_message_move_tasks: Op<ListMessageMoveTasksRequest, ListMessageMoveTasksResult>,
    /// List all cost allocation tags added to the specified Amazon SQS queue. For an overview, see
    /// [Tagging Your Amazon SQS
    /// Queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-tags.html)
    /// in the *Amazon SQS Developer Guide*.
    list_queue_tags: Op<ListQueueTagsRequest, ListQueueTagsResult>,
    /// Returns a list of your queues in the current region. The response includes a maximum of
    /// 1,000 results. If you specify a value for the optional `QueueNamePrefix` parameter, only
    /// queues with a name that begins with the specified value are returned.
    #[op(paginate(input_token = next_token, output_token = next_token, items = queue_urls, limit = max_results))]
    list_queues: Op<ListQueuesRequest, ListQueuesResult>,
    /// Deletes available messages in a queue (including in-flight messages) specified by the
    /// `QueueURL` parameter.
    purge_queue: Op<PurgeQueueRequest, ()>,
    /// Retrieves one or more messages (up to 10), from the specified queue. Using the
    /// `WaitTimeSeconds` parameter enables long-poll support. For more information, see [Amazon SQS
    /// Long
    /// Polling](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-long-polling.html)
    /// in the *Amazon SQS Developer Guide*.
    receive_message: Op<ReceiveMessageRequest, ReceiveMessageResult>,
    /// Revokes any permissions in the queue policy that matches the specified `Label` parameter.
    remove_permission: Op<RemovePermissionRequest, ()>,
    /// Delivers a message to the specified queue.
    send_message: Op<SendMessageRequest, SendMessageResult>,
    /// You can use `SendMessageBatch` to send up to 10 messages to the specified queue by assigning
    /// either identical or different values to each message (or by not assigning values at all).
    /// This is a batch version of ` `SendMessage`.` For a FIFO queue, multiple messages within a
    /// single batch are enqueued in the order they are sent.
    send_message_batch: Op<SendMessageBatchRequest, SendMessageBatchResult>,
    /// Sets the value of one or more queue attributes, like a policy. When you change a queue's
    /// attributes, the change can take up to 60 seconds for most of the attributes to propagate
    /// throughout the Amazon SQS system. Changes made to the `MessageRetentionPeriod` attribute can
    /// take up to 15 minutes and will impact existing messages in the queue potentially causing
    /// them to be expired and deleted if the `MessageRetentionPeriod` is reduced below the age of
    /// existing messages.
    set_queue_attributes: Op<SetQueueAttributesRequest, ()>,
    /// Starts an asynchronous task to move messages from a specified source queue to a specified
    /// destination queue.
    start_message_move_task: Op<StartMessageMoveTaskRequest, StartMessageMoveTaskResult>,
    /// Add cost allocation tags to the specified Amazon SQS queue. For an overview, see [Tagging
    /// Your Amazon SQS
    /// Queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-tags.html)
    /// in the *Amazon SQS Developer Guide*.
    tag_queue: Op<TagQueueRequest, ()>,
    /// Remove cost allocation tags from the specified Amazon SQS queue. For an overview, see
    /// [Tagging Your Amazon SQS
    /// Queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-tags.html)
    /// in the *Amazon SQS Developer Guide*.
    untag_queue: Op<UntagQueueRequest, ()>,
}

/// The input of `AddPermission`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AddPermissionRequest {
    /// The URL of the Amazon SQS queue to which permissions are added.
    pub queue_url: String,
    /// The unique identification of the permission you're setting (for example,
    /// `AliceSendMessage`). Maximum 80 characters. Allowed characters include alphanumeric
    /// characters, hyphens (`-`), and underscores (`_`).
    pub label: String,
    /// The Amazon Web Services account numbers of the
    /// [principals](https://docs.aws.amazon.com/general/latest/gr/glos-chap.html#P) who are to
    /// receive permission. For information about locating the Amazon Web Services account
    /// identification, see [Your Amazon Web Services
    /// Identifiers](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-making-api-requests.html#sqs-api-request-authentication)
    /// in the *Amazon SQS Developer Guide*.
    #[shape(name = "AWSAccountIds", flattened)]
    pub aws_account_ids: Vec<String>,
    /// The action the client wants to allow for the specified principal. Valid values: the name of
    /// any action or `*`.
    #[shape(flattened)]
    pub actions: Vec<String>,
}

/// Gives a detailed description of the result of an action on each entry in the request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchResultErrorEntry {
    /// The `Id` of an entry in a batch request.
    pub id: String,
    /// Specifies whether the error happened due to the caller of the batch API action.
    pub sender_fault: bool,
    /// An error code representing why the action failed on this entry.
    pub code: String,
    /// A message explaining why the action failed on this entry.
    pub message: Option<String>,
}

/// The input of `CancelMessageMoveTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CancelMessageMoveTaskRequest {
    /// An identifier associated with a message movement task.
    pub task_handle: String,
}

/// The output of `CancelMessageMoveTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CancelMessageMoveTaskResult {
    /// The approximate number of messages already moved to the destination queue.
    pub approximate_number_of_messages_moved: Option<i64>,
}

/// The input of `ChangeMessageVisibilityBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityBatchRequest {
    /// The URL of the Amazon SQS queue whose messages' visibility is changed.
    pub queue_url: String,
    /// Lists the receipt handles of the messages for which the visibility timeout must be changed.
    #[shape(flattened)]
    pub entries: Vec<ChangeMessageVisibilityBatchRequestEntry>,
}

/// Encloses a receipt handle and an entry ID for each message in ` `ChangeMessageVisibilityBatch`.`
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityBatchRequestEntry {
    /// An identifier for this particular receipt handle used to communicate the result.
    pub id: String,
    /// A receipt handle.
    pub receipt_handle: String,
    /// The new value (in seconds) for the message's visibility timeout.
    pub visibility_timeout: Option<i32>,
}

/// For each message in the batch, the response contains a `
/// `ChangeMessageVisibilityBatchResultEntry` ` tag if the message succeeds or a `
/// `BatchResultErrorEntry` ` tag if the message fails.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityBatchResult {
    /// A list of ` `ChangeMessageVisibilityBatchResultEntry` ` items.
    #[shape(flattened)]
    pub successful: Vec<ChangeMessageVisibilityBatchResultEntry>,
    /// A list of ` `BatchResultErrorEntry` ` items.
    #[shape(flattened)]
    pub failed: Vec<BatchResultErrorEntry>,
}

/// Encloses the `Id` of an entry in ` `ChangeMessageVisibilityBatch`.`
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityBatchResultEntry {
    /// Represents a message whose visibility timeout has been changed successfully.
    pub id: String,
}

/// The input of `ChangeMessageVisibility`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChangeMessageVisibilityRequest {
    /// The URL of the Amazon SQS queue whose message's visibility is changed.
    pub queue_url: String,
    /// The receipt handle associated with the message, whose visibility timeout is changed. This
    /// parameter is returned by the ` `ReceiveMessage` ` action.
    pub receipt_handle: String,
    /// The new value for the message's visibility timeout (in seconds). Values range: `0` to
    /// `43200`. Maximum: 12 hours.
    pub visibility_timeout: i32,
}

/// The input of `CreateQueue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateQueueRequest {
    /// The name of the new queue. The following limits apply to this name:
    pub queue_name: String,
    /// A map of attributes with their corresponding values.
    #[shape(flattened)]
    pub attributes: Option<HashMap<String, String>>,
    /// Add cost allocation tags to the specified Amazon SQS queue. For an overview, see [Tagging
    /// Your Amazon SQS
    /// Queues](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-tags.html)
    /// in the *Amazon SQS Developer Guide*.
    #[shape(name = "tags", flattened)]
    pub tags: Option<HashMap<String, String>>,
}

/// Returns the `QueueUrl` attribute of the created queue.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateQueueResult {
    /// The URL of the created Amazon SQS queue.
    pub queue_url: Option<String>,
}

/// The input of `DeleteMessageBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageBatchRequest {
    /// The URL of the Amazon SQS queue from which messages are deleted.
    pub queue_url: String,
    /// Lists the receipt handles for the messages to be deleted.
    #[shape(flattened)]
    pub entries: Vec<DeleteMessageBatchRequestEntry>,
}

/// Encloses a receipt handle and an identifier for it.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageBatchRequestEntry {
    /// The identifier for this particular receipt handle. This is used to communicate the result.
    pub id: String,
    /// A receipt handle.
    pub receipt_handle: String,
}

/// For each message in the batch, the response contains a ` `DeleteMessageBatchResultEntry` ` tag
/// if the message is deleted or a ` `BatchResultErrorEntry` ` tag if the message can't be deleted.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageBatchResult {
    /// A list of ` `DeleteMessageBatchResultEntry` ` items.
    #[shape(flattened)]
    pub successful: Vec<DeleteMessageBatchResultEntry>,
    /// A list of ` `BatchResultErrorEntry` ` items.
    #[shape(flattened)]
    pub failed: Vec<BatchResultErrorEntry>,
}

/// Encloses the `Id` of an entry in ` `DeleteMessageBatch`.`
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageBatchResultEntry {
    /// Represents a successfully deleted message.
    pub id: String,
}

/// The input of `DeleteMessage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMessageRequest {
    /// The URL of the Amazon SQS queue from which messages are deleted.
    pub queue_url: String,
    /// The receipt handle associated with the message to delete.
    pub receipt_handle: String,
}

/// The input of `DeleteQueue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteQueueRequest {
    /// The URL of the Amazon SQS queue to delete.
    pub queue_url: String,
}

/// The input of `GetQueueAttributes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueAttributesRequest {
    /// The URL of the Amazon SQS queue whose attribute information is retrieved.
    pub queue_url: String,
    /// A list of attributes for which to retrieve information.
    #[shape(flattened)]
    pub attribute_names: Option<Vec<QueueAttributeName>>,
}

/// A list of returned queue attributes.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueAttributesResult {
    /// A map of attributes to their respective values.
    #[shape(flattened)]
    pub attributes: Option<HashMap<String, String>>,
}

/// Retrieves the URL of an existing queue based on its name and, optionally, the Amazon Web
/// Services account ID.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueUrlRequest {
    /// (Required) The name of the queue for which you want to fetch the URL. The name can be up to
    /// 80 characters long and can include alphanumeric characters, hyphens (-), and underscores
    /// (\_). Queue URLs and names are case-sensitive.
    pub queue_name: String,
    /// (Optional) The Amazon Web Services account ID of the account that created the queue. This is
    /// only required when you are attempting to access a queue owned by another Amazon Web Services
    /// account.
    #[shape(name = "QueueOwnerAWSAccountId")]
    pub queue_owner_aws_account_id: Option<String>,
}

/// For more information, see [Interpreting
/// Responses](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-api-responses.html)
/// in the *Amazon SQS Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueUrlResult {
    /// The URL of the queue.
    pub queue_url: Option<String>,
}

/// The input of `ListDeadLetterSourceQueues`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDeadLetterSourceQueuesRequest {
    /// The URL of a dead-letter queue.
    pub queue_url: String,
    /// Pagination token to request the next set of results.
    pub next_token: Option<String>,
    /// Maximum number of results to include in the response. Value range is 1 to 1000. You must set
    /// `MaxResults` to receive a value for `NextToken` in the response.
    pub max_results: Option<i32>,
}

/// A list of your dead letter source queues.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDeadLetterSourceQueuesResult {
    /// A list of source queue URLs that have the `RedrivePolicy` queue attribute configured with a
    /// dead-letter queue.
    #[shape(name = "queueUrls", flattened)]
    pub queue_urls: Vec<String>,
    /// Pagination token to include in the next request. Token value is `null` if there are no
    /// additional results to request, or if you did not set `MaxResults` in the request.
    pub next_token: Option<String>,
}

/// The input of `ListMessageMoveTasks`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMessageMoveTasksRequest {
    /// The ARN of the queue whose message movement tasks are to be listed.
    pub source_arn: String,
    /// The maximum number of results to include in the response. The default is 1, which provides
    /// the most recent message movement task. The upper limit is 10.
    pub max_results: Option<i32>,
}

/// The output of `ListMessageMoveTasks`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMessageMoveTasksResult {
    /// A list of message movement tasks and their attributes.
    #[shape(flattened)]
    pub results: Option<Vec<ListMessageMoveTasksResultEntry>>,
}

/// Contains the details of a message movement task.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMessageMoveTasksResultEntry {
    /// An identifier associated with a message movement task. When this field is returned in the
    /// response of the `ListMessageMoveTasks` action, it is only populated for tasks that are in
    /// RUNNING status.
    pub task_handle: Option<String>,
    /// The status of the message movement task. Possible values are: RUNNING, COMPLETED,
    /// CANCELLING, CANCELLED, and FAILED.
    pub status: Option<String>,
    /// The ARN of the queue that contains the messages to be moved to another queue.
    pub source_arn: Option<String>,
    /// The ARN of the destination queue if it has been specified in the `StartMessageMoveTask`
    /// request. If a `DestinationArn` has not been specified in the `StartMessageMoveTask` request,
    /// this field value will be NULL.
    pub destination_arn: Option<String>,
    /// The number of messages to be moved per second (the message movement rate), if it has been
    /// specified in the `StartMessageMoveTask` request. If a `MaxNumberOfMessagesPerSecond` has not
    /// been specified in the `StartMessageMoveTask` request, this field value will be NULL.
    pub max_number_of_messages_per_second: Option<i32>,
    /// The approximate number of messages already moved to the destination queue.
    pub approximate_number_of_messages_moved: Option<i64>,
    /// The number of messages to be moved from the source queue. This number is obtained at the
    /// time of starting the message movement task and is only included after the message movement
    /// task is selected to start.
    pub approximate_number_of_messages_to_move: Option<i64>,
    /// The task failure reason (only included if the task status is FAILED).
    pub failure_reason: Option<String>,
    /// The timestamp of starting the message movement task.
    pub started_timestamp: Option<i64>,
}

/// The input of `ListQueueTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListQueueTagsRequest {
    /// The URL of the queue.
    pub queue_url: String,
}

/// The output of `ListQueueTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListQueueTagsResult {
    /// The list of all tags added to the specified queue.
    #[shape(flattened)]
    pub tags: Option<HashMap<String, String>>,
}

/// The input of `ListQueues`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListQueuesRequest {
    /// A string to use for filtering the list results. Only those queues whose name begins with the
    /// specified string are returned.
    pub queue_name_prefix: Option<String>,
    /// Pagination token to request the next set of results.
    pub next_token: Option<String>,
    /// Maximum number of results to include in the response. Value range is 1 to 1000. You must set
    /// `MaxResults` to receive a value for `NextToken` in the response.
    pub max_results: Option<i32>,
}

/// A list of your queues.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListQueuesResult {
    /// A list of queue URLs, up to 1,000 entries, or the value of `MaxResults` that you sent in the
    /// request.
    #[shape(flattened)]
    pub queue_urls: Option<Vec<String>>,
    /// Pagination token to include in the next request. Token value is `null` if there are no
    /// additional results to request, or if you did not set `MaxResults` in the request.
    pub next_token: Option<String>,
}

/// The user-specified message attribute value. For string data types, the `Value` attribute has the
/// same restrictions on the content as the message body. For more information, see `
/// `SendMessage`.`
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MessageAttributeValue {
    /// Strings are Unicode with UTF-8 binary encoding. For a list of code values, see [ASCII
    /// Printable Characters](http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters).
    pub string_value: Option<String>,
    /// Binary type attributes can store any binary data, such as compressed data, encrypted data,
    /// or images.
    pub binary_value: Option<Blob>,
    /// Not implemented. Reserved for future use.
    #[shape(flattened)]
    pub string_list_values: Option<Vec<String>>,
    /// Not implemented. Reserved for future use.
    #[shape(flattened)]
    pub binary_list_values: Option<Vec<Blob>>,
    /// Amazon SQS supports the following logical data types: `String`, `Number`, and `Binary`. For
    /// the `Number` data type, you must use `StringValue`.
    pub data_type: String,
}

/// An Amazon SQS message.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Message")]
pub struct MessageShape {
    /// A unique identifier for the message. A `MessageId`is considered unique across all Amazon Web
    /// Services accounts for an extended period of time.
    pub message_id: Option<String>,
    /// An identifier associated with the act of receiving the message. A new receipt handle is
    /// returned every time you receive a message. When deleting a message, you provide the last
    /// received receipt handle to delete the message.
    pub receipt_handle: Option<String>,
    /// An MD5 digest of the non-URL-encoded message body string.
    #[shape(name = "MD5OfBody")]
    pub md5_of_body: Option<String>,
    /// The message's contents (not URL-encoded).
    pub body: Option<String>,
    /// A map of the attributes requested in ` `ReceiveMessage` ` to their respective values.
    /// Supported attributes:
    #[shape(flattened)]
    pub attributes: Option<HashMap<String, String>>,
    /// An MD5 digest of the non-URL-encoded message attribute string. You can use this attribute to
    /// verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message
    /// before creating the MD5 digest. For information about MD5, see
    /// [RFC1321](https://www.ietf.org/rfc/rfc1321.txt).
    #[shape(name = "MD5OfMessageAttributes")]
    pub md5_of_message_attributes: Option<String>,
    /// Each message attribute consists of a `Name`, `Type`, and `Value`. For more information, see
    /// [Amazon SQS message
    /// attributes](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-message-attributes)
    /// in the *Amazon SQS Developer Guide*.
    #[shape(flattened)]
    pub message_attributes: Option<HashMap<String, MessageAttributeValue>>,
}

/// The model's `MessageSystemAttributeName`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MessageSystemAttributeName {
    /// `All`
    #[default]
    All,
    /// `SenderId`
    SenderId,
    /// `SentTimestamp`
    SentTimestamp,
    /// `ApproximateReceiveCount`
    ApproximateReceiveCount,
    /// `ApproximateFirstReceiveTimestamp`
    ApproximateFirstReceiveTimestamp,
    /// `SequenceNumber`
    SequenceNumber,
    /// `MessageDeduplicationId`
    MessageDeduplicationId,
    /// `MessageGroupId`
    MessageGroupId,
    /// `AWSTraceHeader`
    AWSTraceHeader,
    /// `DeadLetterQueueSourceArn`
    DeadLetterQueueSourceArn,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `MessageSystemAttributeNameForSends`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MessageSystemAttributeNameForSends {
    /// `AWSTraceHeader`
    #[default]
    AWSTraceHeader,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The user-specified message system attribute value. For string data types, the `Value` attribute
/// has the same restrictions on the content as the message body. For more information, see `
/// `SendMessage`.`
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MessageSystemAttributeValue {
    /// Strings are Unicode with UTF-8 binary encoding. For a list of code values, see [ASCII
    /// Printable Characters](http://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters).
    pub string_value: Option<String>,
    /// Binary type attributes can store any binary data, such as compressed data, encrypted data,
    /// or images.
    pub binary_value: Option<Blob>,
    /// Not implemented. Reserved for future use.
    #[shape(flattened)]
    pub string_list_values: Option<Vec<String>>,
    /// Not implemented. Reserved for future use.
    #[shape(flattened)]
    pub binary_list_values: Option<Vec<Blob>>,
    /// Amazon SQS supports the following logical data types: `String`, `Number`, and `Binary`. For
    /// the `Number` data type, you must use `StringValue`.
    pub data_type: String,
}

/// The input of `PurgeQueue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PurgeQueueRequest {
    /// The URL of the queue from which the `PurgeQueue` action deletes messages.
    pub queue_url: String,
}

/// The model's `QueueAttributeName`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum QueueAttributeName {
    /// `All`
    #[default]
    All,
    /// `Policy`
    Policy,
    /// `VisibilityTimeout`
    VisibilityTimeout,
    /// `MaximumMessageSize`
    MaximumMessageSize,
    /// `MessageRetentionPeriod`
    MessageRetentionPeriod,
    /// `ApproximateNumberOfMessages`
    ApproximateNumberOfMessages,
    /// `ApproximateNumberOfMessagesNotVisible`
    ApproximateNumberOfMessagesNotVisible,
    /// `CreatedTimestamp`
    CreatedTimestamp,
    /// `LastModifiedTimestamp`
    LastModifiedTimestamp,
    /// `QueueArn`
    QueueArn,
    /// `ApproximateNumberOfMessagesDelayed`
    ApproximateNumberOfMessagesDelayed,
    /// `DelaySeconds`
    DelaySeconds,
    /// `ReceiveMessageWaitTimeSeconds`
    ReceiveMessageWaitTimeSeconds,
    /// `RedrivePolicy`
    RedrivePolicy,
    /// `FifoQueue`
    FifoQueue,
    /// `ContentBasedDeduplication`
    ContentBasedDeduplication,
    /// `KmsMasterKeyId`
    KmsMasterKeyId,
    /// `KmsDataKeyReusePeriodSeconds`
    KmsDataKeyReusePeriodSeconds,
    /// `DeduplicationScope`
    DeduplicationScope,
    /// `FifoThroughputLimit`
    FifoThroughputLimit,
    /// `RedriveAllowPolicy`
    RedriveAllowPolicy,
    /// `SqsManagedSseEnabled`
    SqsManagedSseEnabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Retrieves one or more messages from a specified queue.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReceiveMessageRequest {
    /// The URL of the Amazon SQS queue from which messages are received.
    pub queue_url: String,
    /// This parameter has been discontinued but will be supported for backward compatibility. To
    /// provide attribute names, you are encouraged to use `MessageSystemAttributeNames`.
    #[shape(flattened)]
    pub attribute_names: Option<Vec<QueueAttributeName>>,
    /// A list of attributes that need to be returned along with each message. These attributes
    /// include:
    #[shape(flattened)]
    pub message_system_attribute_names: Option<Vec<MessageSystemAttributeName>>,
    /// The name of the message attribute, where *N* is the index.
    #[shape(flattened)]
    pub message_attribute_names: Option<Vec<String>>,
    /// The maximum number of messages to return. Amazon SQS never returns more messages than this
    /// value (however, fewer messages might be returned). Valid values: 1 to 10. Default: 1.
    pub max_number_of_messages: Option<i32>,
    /// The duration (in seconds) that the received messages are hidden from subsequent retrieve
    /// requests after being retrieved by a `ReceiveMessage` request. If not specified, the default
    /// visibility timeout for the queue is used, which is 30 seconds.
    pub visibility_timeout: Option<i32>,
    /// The duration (in seconds) for which the call waits for a message to arrive in the queue
    /// before returning. If a message is available, the call returns sooner than `WaitTimeSeconds`.
    /// If no messages are available and the wait time expires, the call does not return a message
    /// list. If you are using the Java SDK, it returns a `ReceiveMessageResponse` object, which has
    /// a empty list instead of a Null object.
    pub wait_time_seconds: Option<i32>,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    pub receive_request_attempt_id: Option<String>,
}

/// A list of received messages.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReceiveMessageResult {
    /// A list of messages.
    #[shape(flattened)]
    pub messages: Option<Vec<MessageShape>>,
}

/// The input of `RemovePermission`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemovePermissionRequest {
    /// The URL of the Amazon SQS queue from which permissions are removed.
    pub queue_url: String,
    /// The identification of the permission to remove. This is the label added using the `
    /// `AddPermission` ` action.
    pub label: String,
}

/// The input of `SendMessageBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendMessageBatchRequest {
    /// The URL of the Amazon SQS queue to which batched messages are sent.
    pub queue_url: String,
    /// A list of ` `SendMessageBatchRequestEntry` ` items.
    #[shape(flattened)]
    pub entries: Vec<SendMessageBatchRequestEntry>,
}

/// Contains the details of a single Amazon SQS message along with an `Id`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendMessageBatchRequestEntry {
    /// An identifier for a message in this batch used to communicate the result.
    pub id: String,
    /// The body of the message.
    pub message_body: String,
    /// The length of time, in seconds, for which a specific message is delayed. Valid values: 0 to
    /// 900. Maximum: 15 minutes. Messages with a positive `DelaySeconds` value become available for
    /// processing after the delay period is finished. If you don't specify a value, the default
    /// value for the queue is applied.
    pub delay_seconds: Option<i32>,
    /// Each message attribute consists of a `Name`, `Type`, and `Value`. For more information, see
    /// [Amazon SQS message
    /// attributes](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-message-attributes)
    /// in the *Amazon SQS Developer Guide*.
    #[shape(flattened)]
    pub message_attributes: Option<HashMap<String, MessageAttributeValue>>,
    /// The message system attribute to send Each message system attribute consists of a `Name`,
    /// `Type`, and `Value`.
    #[shape(flattened)]
    pub message_system_attributes: Option<HashMap<String, MessageSystemAttributeValue>>,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    pub message_deduplication_id: Option<String>,
    /// `MessageGroupId` is an attribute used in Amazon SQS FIFO (First-In-First-Out) and standard
    /// queues. In FIFO queues, `MessageGroupId` organizes messages into distinct groups. Messages
    /// within the same message group are always processed one at a time, in strict order, ensuring
    /// that no two messages from the same group are processed simultaneously. In standard queues,
    /// using `MessageGroupId` enables fair queues. It is used to identify the tenant a message
    /// belongs to, helping maintain consistent message dwell time across all tenants during noisy
    /// neighbor events. Unlike FIFO queues, messages with the same `MessageGroupId` can be
    /// processed in parallel, maintaining the high throughput of standard queues.
    pub message_group_id: Option<String>,
}

/// For each message in the batch, the response contains a ` `SendMessageBatchResultEntry` ` tag if
/// the message succeeds or a ` `BatchResultErrorEntry` ` tag if the message fails.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendMessageBatchResult {
    /// A list of ` `SendMessageBatchResultEntry` ` items.
    #[shape(flattened)]
    pub successful: Vec<SendMessageBatchResultEntry>,
    /// A list of ` `BatchResultErrorEntry` ` items with error details about each message that can't
    /// be enqueued.
    #[shape(flattened)]
    pub failed: Vec<BatchResultErrorEntry>,
}

/// Encloses a `MessageId` for a successfully-enqueued message in a ` `SendMessageBatch`.`
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendMessageBatchResultEntry {
    /// An identifier for the message in this batch.
    pub id: String,
    /// An identifier for the message.
    pub message_id: String,
    /// An MD5 digest of the non-URL-encoded message body string. You can use this attribute to
    /// verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message
    /// before creating the MD5 digest. For information about MD5, see
    /// [RFC1321](https://www.ietf.org/rfc/rfc1321.txt).
    #[shape(name = "MD5OfMessageBody")]
    pub md5_of_message_body: String,
    /// An MD5 digest of the non-URL-encoded message attribute string. You can use this attribute to
    /// verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message
    /// before creating the MD5 digest. For information about MD5, see
    /// [RFC1321](https://www.ietf.org/rfc/rfc1321.txt).
    #[shape(name = "MD5OfMessageAttributes")]
    pub md5_of_message_attributes: Option<String>,
    /// An MD5 digest of the non-URL-encoded message system attribute string. You can use this
    /// attribute to verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes
    /// the message before creating the MD5 digest. For information about MD5, see
    /// [RFC1321](https://www.ietf.org/rfc/rfc1321.txt).
    #[shape(name = "MD5OfMessageSystemAttributes")]
    pub md5_of_message_system_attributes: Option<String>,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    pub sequence_number: Option<String>,
}

/// The input of `SendMessage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendMessageRequest {
    /// The URL of the Amazon SQS queue to which a message is sent.
    pub queue_url: String,
    /// The message to send. The minimum size is one character. The maximum size is 1 MiB or
    /// 1,048,576 bytes
    pub message_body: String,
    /// The length of time, in seconds, for which to delay a specific message. Valid values: 0 to
    /// 900. Maximum: 15 minutes. Messages with a positive `DelaySeconds` value become available for
    /// processing after the delay period is finished. If you don't specify a value, the default
    /// value for the queue applies.
    pub delay_seconds: Option<i32>,
    /// Each message attribute consists of a `Name`, `Type`, and `Value`. For more information, see
    /// [Amazon SQS message
    /// attributes](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-message-metadata.html#sqs-message-attributes)
    /// in the *Amazon SQS Developer Guide*.
    #[shape(flattened)]
    pub message_attributes: Option<HashMap<String, MessageAttributeValue>>,
    /// The message system attribute to send. Each message system attribute consists of a `Name`,
    /// `Type`, and `Value`.
    #[shape(flattened)]
    pub message_system_attributes: Option<HashMap<String, MessageSystemAttributeValue>>,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    pub message_deduplication_id: Option<String>,
    /// `MessageGroupId` is an attribute used in Amazon SQS FIFO (First-In-First-Out) and standard
    /// queues. In FIFO queues, `MessageGroupId` organizes messages into distinct groups. Messages
    /// within the same message group are always processed one at a time, in strict order, ensuring
    /// that no two messages from the same group are processed simultaneously. In standard queues,
    /// using `MessageGroupId` enables fair queues. It is used to identify the tenant a message
    /// belongs to, helping maintain consistent message dwell time across all tenants during noisy
    /// neighbor events. Unlike FIFO queues, messages with the same `MessageGroupId` can be
    /// processed in parallel, maintaining the high throughput of standard queues.
    pub message_group_id: Option<String>,
}

/// The `MD5OfMessageBody` and `MessageId` elements.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendMessageResult {
    /// An MD5 digest of the non-URL-encoded message body string. You can use this attribute to
    /// verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message
    /// before creating the MD5 digest. For information about MD5, see
    /// [RFC1321](https://www.ietf.org/rfc/rfc1321.txt).
    #[shape(name = "MD5OfMessageBody")]
    pub md5_of_message_body: Option<String>,
    /// An MD5 digest of the non-URL-encoded message attribute string. You can use this attribute to
    /// verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes the message
    /// before creating the MD5 digest. For information about MD5, see
    /// [RFC1321](https://www.ietf.org/rfc/rfc1321.txt).
    #[shape(name = "MD5OfMessageAttributes")]
    pub md5_of_message_attributes: Option<String>,
    /// An MD5 digest of the non-URL-encoded message system attribute string. You can use this
    /// attribute to verify that Amazon SQS received the message correctly. Amazon SQS URL-decodes
    /// the message before creating the MD5 digest.
    #[shape(name = "MD5OfMessageSystemAttributes")]
    pub md5_of_message_system_attributes: Option<String>,
    /// An attribute containing the `MessageId` of the message sent to the queue. For more
    /// information, see [Queue and Message
    /// Identifiers](https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-message-identifiers.html)
    /// in the *Amazon SQS Developer Guide*.
    pub message_id: Option<String>,
    /// This parameter applies only to FIFO (first-in-first-out) queues.
    pub sequence_number: Option<String>,
}

/// The input of `SetQueueAttributes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetQueueAttributesRequest {
    /// The URL of the Amazon SQS queue whose attributes are set.
    pub queue_url: String,
    /// A map of attributes to set.
    #[shape(flattened)]
    pub attributes: HashMap<String, String>,
}

/// The input of `StartMessageMoveTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartMessageMoveTaskRequest {
    /// The ARN of the queue that contains the messages to be moved to another queue. Currently,
    /// only ARNs of dead-letter queues (DLQs) whose sources are other Amazon SQS queues are
    /// accepted. DLQs whose sources are non-SQS queues, such as Lambda or Amazon SNS topics, are
    /// not currently supported.
    pub source_arn: String,
    /// The ARN of the queue that receives the moved messages. You can use this field to specify the
    /// destination queue where you would like to redrive messages. If this field is left blank, the
    /// messages will be redriven back to their respective original source queues.
    pub destination_arn: Option<String>,
    /// The number of messages to be moved per second (the message movement rate). You can use this
    /// field to define a fixed message movement rate. The maximum value for messages per second is
    /// 500. If this field is left blank, the system will optimize the rate based on the queue
    /// message backlog size, which may vary throughout the duration of the message movement task.
    pub max_number_of_messages_per_second: Option<i32>,
}

/// The output of `StartMessageMoveTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartMessageMoveTaskResult {
    /// An identifier associated with a message movement task. You can use this identifier to cancel
    /// a specified message movement task using the `CancelMessageMoveTask` action.
    pub task_handle: Option<String>,
}

/// The input of `TagQueue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagQueueRequest {
    /// The URL of the queue.
    pub queue_url: String,
    /// The list of tags to be added to the specified queue.
    #[shape(flattened)]
    pub tags: HashMap<String, String>,
}

/// The input of `UntagQueue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagQueueRequest {
    /// The URL of the queue.
    pub queue_url: String,
    /// The list of tags to be removed from the specified queue.
    #[shape(flattened)]
    pub tag_keys: Vec<String>,
}
