// A small SQS client shared by the resource UI cases (included, not a case itself).
use boto_core::{client, resource, Op, Shape};

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueUrlRequest {
    pub queue_name: String,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueUrlResult {
    pub queue_url: Option<String>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueAttributesRequest {
    pub queue_url: String,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueueAttributesResult {
    pub attributes: Option<std::collections::HashMap<String, String>>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteQueueRequest {
    pub queue_url: String,
}

#[client(service = "sqs", protocol = "awsJson1_0", target_prefix = "AmazonSQS")]
#[waiter(queue_exists = get_queue_attributes, success(status = 200))]
pub struct SqsClient {
    get_queue_url: Op<GetQueueUrlRequest, GetQueueUrlResult>,
    get_queue_attributes: Op<GetQueueAttributesRequest, GetQueueAttributesResult>,
    delete_queue: Op<DeleteQueueRequest, ()>,
}
