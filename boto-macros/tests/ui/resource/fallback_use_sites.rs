// One mistake in #[resource] is one error: the constructor, getters, actions, waiters and
// trait impls still exist for the code using the resource.
include!("common/sqs.rs");

#[resource(client = SqsClient, lod = get_queue_attributes)]
#[action(delete = delete_queue)]
#[waiter(exists = queue_exists)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
async fn uses(client: &SqsClient) -> boto_core::Result<()> {
    let queue = Queue::new(client, "https://queue");
    let copy = queue.clone();
    assert_eq!(queue.url(), copy.url());
    let mut set = std::collections::HashSet::new();
    set.insert(copy);
    let _ = queue.client();
    queue.wait_until_exists().await?;
    queue.delete().await?;
    println!("{queue:?}");
    Ok(())
}

fn main() {}
