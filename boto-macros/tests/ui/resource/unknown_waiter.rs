include!("common/sqs.rs");

#[resource(client = SqsClient)]
#[waiter(exists = queue_exist)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

fn main() {}
