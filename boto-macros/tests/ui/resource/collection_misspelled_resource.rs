include!("common/sqs.rs");

// A misspelled `resource` key of a collection is one error: the collection still exists for
// the code using it.

#[resource(client = SqsClient, service)]
#[collection(queues = get_queue_url, items = queue_url, resorce = Queue(url = item))]
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
