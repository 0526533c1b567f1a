include!("common/sqs.rs");

#[resource(client = SqsClient, service)]
#[action(get_queue_by_name = get_queue_uri, resource = Queue(url = queue_url))]
pub struct Sqs;

#[resource(client = SqsClient)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

fn main() {}
