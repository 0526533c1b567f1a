include!("common/sqs.rs");

#[resource(client = SqsClient, load = get_queue_attributes)]
pub struct Queue {
    #[identifier(param = queue_uri)]
    url: String,
}

fn main() {}
