include!("common/sqs.rs");

// A collection's `items` that is not a field is one error: nothing about `item` or the
// collection lacking `items`.
#[resource(client = SqsClient, service)]
#[collection(queues = get_queue_url, items = "queue_url", resource = Queue(url = item))]
pub struct Sqs;

#[resource(client = SqsClient)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
fn uses(sqs: &Sqs) {
    let _ = sqs.queues().page_size(10);
}

fn main() {}
