include!("common/sqs.rs");

// A misspelled operation on an action that maps `item`: one error, at the operation.
#[resource(client = SqsClient, service)]
#[action(queues = list_queue, items = queue_urls, resource = Queue(url = item))]
pub struct Sqs;

#[resource(client = SqsClient)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

fn main() {}
