include!("common/sqs.rs");

// A `param` that is not a name is one error: nothing more about the identifier no request
// would send.
#[resource(client = SqsClient, load = get_queue_attributes)]
pub struct Queue {
    #[identifier(param = "queue_url")]
    url: String,
    attributes: Option<std::collections::HashMap<String, String>>,
}

fn main() {}
