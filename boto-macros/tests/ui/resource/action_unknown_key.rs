include!("common/sqs.rs");

#[resource(client = SqsClient)]
#[action(delete = delete_queue, resorce = Queue(url = self.url))]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

fn main() {}
