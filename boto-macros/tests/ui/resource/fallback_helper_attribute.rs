// A mistake inside a helper attribute (#[action]) is one error too: the action, the
// attributes and the waiter still exist for the code using the resource.
include!("common/sqs.rs");

#[resource(client = SqsClient, load = get_queue_attributes)]
#[action(delete = delete_queue, wiht = |r| r)]
#[waiter(exists = queue_exists)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
    attributes: Option<std::collections::HashMap<String, String>>,
}

#[allow(dead_code)]
async fn uses(client: &SqsClient) -> boto_core::Result<()> {
    let queue = Queue::new(client, "https://queue");
    queue.delete().await?;
    let _ = queue.attributes().await?;
    let _ = queue.load().await?;
    queue.wait_until_exists().await?;
    Ok(())
}

fn main() {}
