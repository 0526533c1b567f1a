include!("common/sqs.rs");

// A misspelled `resource` key of an action that maps `items` is one error: nothing more
// about `items` lacking it or `item` mapped without it.
#[resource(client = SqsClient, service)]
#[action(queues = get_queue_url, items = queue_url, resorce = Queue(url = item))]
pub struct Sqs;

#[resource(client = SqsClient)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

fn main() {}
