// A resource without `client` is one error: its constructor, getters, data, actions,
// waiters and trait impls still exist (over a stand-in client) for the code using it and
// for the resources that build it, and what the client's operations would type (the
// request an action adjusts, the loaded data) reports nothing more.
include!("common/sqs.rs");

#[resource(client = SqsClient, service)]
#[subresource(queue = Queue(url))]
pub struct Sqs;

#[resource(load = get_queue_attributes)]
#[action(delete = delete_queue)]
#[waiter(exists = queue_exists)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
    attributes: Option<std::collections::HashMap<String, String>>,
}

#[allow(dead_code)]
async fn uses(client: &SqsClient) -> boto_core::Result<()> {
    let queue = Queue::new(client, "https://queue");
    let copy = queue.clone();
    assert_eq!(queue.url(), copy.url());
    let mut set = std::collections::HashSet::new();
    set.insert(copy);
    let _ = queue.client();
    let _ = queue.attributes().await?;
    let _ = queue.load().await?.attributes.clone();
    let _ = queue.data();
    queue.wait_until_exists().await?;
    queue.delete().with(|r| r.queue_url("https://queue")).await?;
    println!("{queue:?}");
    let from_sqs: Queue = Sqs::from_client(client).queue("https://other");
    assert_ne!(from_sqs, queue);
    Ok(())
}

fn main() {}
