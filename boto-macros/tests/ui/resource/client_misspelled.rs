// A misspelled `client` is one error: the unknown key (not a second saying `client` is
// missing), and nothing from the code using the resource's operations.
include!("common/sqs.rs");

#[resource(clinet = SqsClient, load = get_queue_attributes)]
#[action(delete = delete_queue)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
    attributes: Option<std::collections::HashMap<String, String>>,
}

#[allow(dead_code)]
async fn uses(client: &SqsClient) -> boto_core::Result<()> {
    let queue = Queue::new(client, "https://queue");
    queue.delete().with(|r| r.queue_url("https://queue")).await?;
    let _ = queue.load().await?.attributes.clone();
    Ok(())
}

fn main() {}
