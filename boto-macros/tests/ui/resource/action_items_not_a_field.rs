include!("common/sqs.rs");

// An action's `items` that is not a field is one error: nothing about `item` mapped without
// it, and the action's result stands in for the code using it.
#[resource(client = SqsClient, service)]
#[action(queues = get_queue_url, items = "queue_url", resource = Queue(url = item))]
pub struct Sqs;

#[resource(client = SqsClient)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
async fn uses(sqs: &Sqs) -> boto_core::Result<()> {
    for q in sqs.queues().await? {
        let _ = q.url().len();
    }
    Ok(())
}

fn main() {}
