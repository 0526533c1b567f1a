include!("common/sqs.rs");

#[resource(client = SqsClient, service, client = SqsClient)]
pub struct Sqs;

fn main() {}
