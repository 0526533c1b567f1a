include!("common/sqs.rs");

#[resource(client = SqsClient, service)]
pub struct Sqs {
    #[identifier(param = queue_url)]
    url: String,
}

fn main() {}
