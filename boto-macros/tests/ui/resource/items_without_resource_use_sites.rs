include!("common/sqs.rs");

// `items` without `resource` is one error: the action still exists for the code calling it.

#[resource(client = SqsClient, service)]
#[action(queues = get_queue_url, items = queue_url)]
pub struct Sqs;

#[allow(dead_code)]
async fn uses(sqs: &Sqs) -> boto_core::Result<()> {
    let _ = sqs.queues().await?.len();
    Ok(())
}

fn main() {}
