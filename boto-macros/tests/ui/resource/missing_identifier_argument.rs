include!("common/sqs.rs");

#[resource(client = SqsClient, service)]
#[subresource(queue = Queue(url))]
pub struct Sqs;

#[resource(client = SqsClient)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

fn main() {
    let sqs = Sqs::new(&boto_core::Session::new());
    let _ = sqs.queue();
}
