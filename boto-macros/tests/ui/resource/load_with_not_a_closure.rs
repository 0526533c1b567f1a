include!("common/sqs.rs");

// A `load_with` that is not a closure is one error: nothing more about the identifier it
// may have sent.
#[resource(client = SqsClient, load = get_queue_attributes, load_with = 5)]
pub struct Queue {
    #[identifier]
    url: String,
    attributes: Option<std::collections::HashMap<String, String>>,
}

fn main() {}
