include!("common/sqs.rs");

#[resource(client = SqsClient)]
pub struct Queue {
    #[identifier(parm = queue_url)]
    url: String,
}

fn main() {}
