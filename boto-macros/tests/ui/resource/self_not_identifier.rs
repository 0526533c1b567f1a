include!("common/sqs.rs");

#[resource(client = SqsClient)]
#[subresource(twin = Queue(url = self.uri))]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

fn main() {}
