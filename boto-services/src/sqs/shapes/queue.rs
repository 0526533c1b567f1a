//! Queue operations: create, look up, list, attributes, purge, delete, tags, permissions.

use super::QueueAttributeName;
use boto_core::Shape;
use std::collections::HashMap;

/// Input of `CreateQueue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateQueueRequest {
    /// The queue's name (up to 80 characters; FIFO queues end in `.fifo`).
    pub queue_name: String,
    /// Queue attributes (`VisibilityTimeout`, `DelaySeconds`, `FifoQueue`, ...).
    pub attributes: Option<HashMap<String, String>>,
    /// Cost allocation tags.
    #[shape(name = "tags")]
    pub tags: Option<HashMap<String, String>>,
}

/// Output of `CreateQueue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateQueueResult {
    /// The new (or existing, same attributes) queue's URL.
    pub queue_url: Option<String>,
}

/// Input of `GetQueueUrl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueUrlRequest {
    /// The queue's name.
    pub queue_name: String,
    /// The account that owns the queue, when not the caller's.
    #[shape(name = "QueueOwnerAWSAccountId")]
    pub queue_owner_aws_account_id: Option<String>,
}

/// Output of `GetQueueUrl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueUrlResult {
    /// The queue's URL.
    pub queue_url: Option<String>,
}

/// Input of `ListQueues`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListQueuesRequest {
    /// Only queues whose name starts with this.
    pub queue_name_prefix: Option<String>,
    /// Where the previous page stopped.
    pub next_token: Option<String>,
    /// Page size (1 to 1000).
    pub max_results: Option<i32>,
}

/// Output of `ListQueues`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListQueuesResult {
    /// The queues' URLs.
    pub queue_urls: Vec<String>,
    /// Present when more pages follow.
    pub next_token: Option<String>,
}

/// Input of `GetQueueAttributes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueAttributesRequest {
    /// The queue's URL.
    pub queue_url: String,
    /// Which attributes (`QueueAttributeName::All` for every one; none asked gives none).
    pub attribute_names: Option<Vec<QueueAttributeName>>,
}

/// Output of `GetQueueAttributes`: the data of a [`Queue`](crate::sqs::Queue).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueAttributesResult {
    /// Attribute names to values (all values are strings on the wire).
    pub attributes: Option<HashMap<String, String>>,
}

/// Input of `SetQueueAttributes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetQueueAttributesRequest {
    /// The queue's URL.
    pub queue_url: String,
    /// The attributes to change.
    pub attributes: HashMap<String, String>,
}

/// Input of `PurgeQueue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PurgeQueueRequest {
    /// The queue's URL.
    pub queue_url: String,
}

/// Input of `DeleteQueue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteQueueRequest {
    /// The queue's URL.
    pub queue_url: String,
}

/// Input of `TagQueue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagQueueRequest {
    /// The queue's URL.
    pub queue_url: String,
    /// Tags to add or replace.
    pub tags: HashMap<String, String>,
}

/// Input of `UntagQueue`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagQueueRequest {
    /// The queue's URL.
    pub queue_url: String,
    /// Keys of the tags to remove.
    pub tag_keys: Vec<String>,
}

/// Input of `ListQueueTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListQueueTagsRequest {
    /// The queue's URL.
    pub queue_url: String,
}

/// Output of `ListQueueTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListQueueTagsResult {
    /// The queue's tags.
    pub tags: HashMap<String, String>,
}

/// Input of `ListDeadLetterSourceQueues`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDeadLetterSourceQueuesRequest {
    /// The dead-letter queue's URL.
    pub queue_url: String,
    /// Where the previous page stopped.
    pub next_token: Option<String>,
    /// Page size (1 to 1000).
    pub max_results: Option<i32>,
}

/// Output of `ListDeadLetterSourceQueues`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDeadLetterSourceQueuesResult {
    /// URLs of the queues whose redrive policy targets this one.
    #[shape(name = "queueUrls")]
    pub queue_urls: Vec<String>,
    /// Present when more pages follow.
    pub next_token: Option<String>,
}

/// Input of `AddPermission`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AddPermissionRequest {
    /// The queue's URL.
    pub queue_url: String,
    /// A unique name for this permission.
    pub label: String,
    /// The accounts given access.
    #[shape(name = "AWSAccountIds")]
    pub aws_account_ids: Vec<String>,
    /// The actions allowed (`SendMessage`, `ReceiveMessage`, `*`, ...).
    pub actions: Vec<String>,
}

/// Input of `RemovePermission`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemovePermissionRequest {
    /// The queue's URL.
    pub queue_url: String,
    /// The permission's label.
    pub label: String,
}
