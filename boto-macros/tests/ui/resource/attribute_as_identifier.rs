// Mapping an attribute where an identifier is expected is one error that says so.
include!("common/sqs.rs");

#[resource(client = SqsClient, service)]
#[action(get_queue_by_name = get_queue_url, resource = Queue(attributes = queue_url))]
pub struct Sqs;

#[resource(client = SqsClient, load = get_queue_attributes)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
    attributes: Option<std::collections::HashMap<String, String>>,
}

fn main() {}
