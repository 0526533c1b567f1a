include!("common/sqs.rs");

#[resource(client = SqsClient, lod = get_queue_attributes)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

fn main() {}
