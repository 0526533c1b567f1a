include!("common/sqs.rs");

// A misspelled batch action's operation is one error, at the operation.
#[resource(client = SqsClient, service)]
#[subresource(queue = Queue(url))]
pub struct Sqs;

#[resource(client = SqsClient)]
#[batch_action(delete = delete_queues)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
async fn uses(sqs: &Sqs) -> boto_core::Result<()> {
    let _ = vec![sqs.queue("a")].delete().await?;
    Ok(())
}

fn main() {}
