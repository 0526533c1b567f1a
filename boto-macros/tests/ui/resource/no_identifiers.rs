include!("common/sqs.rs");

#[resource(client = SqsClient, load = get_queue_attributes)]
pub struct Queue {
    attributes: Option<std::collections::HashMap<String, String>>,
}

fn main() {}
