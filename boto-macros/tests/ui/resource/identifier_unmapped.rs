// A child built without one of its identifiers is one error naming it.
include!("common/sqs.rs");

#[resource(client = SqsClient, service)]
#[action(get_queue_by_name = get_queue_url, resource = Queue)]
pub struct Sqs;

#[resource(client = SqsClient)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

fn main() {}
