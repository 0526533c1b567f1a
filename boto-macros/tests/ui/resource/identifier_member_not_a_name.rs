include!("common/sqs.rs");

// A `member` that is not a name is one error.
#[resource(client = SqsClient, load = get_queue_attributes)]
pub struct Queue {
    #[identifier(param = queue_url, member = "attributes")]
    url: String,
    attributes: Option<std::collections::HashMap<String, String>>,
}

fn main() {}
