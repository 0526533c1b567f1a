include!("common/sqs.rs");

#[resource(client = SqsClient, load = get_queue_attributes)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
    policy: Option<String>,
}

fn main() {}
