include!("common/sqs.rs");

#[resource(client = SqsClient, service)]
#[collection(queues = list_queue, items = queue_urls, resource = Queue(url = item))]
pub struct Sqs;

#[resource(client = SqsClient)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

fn main() {}
