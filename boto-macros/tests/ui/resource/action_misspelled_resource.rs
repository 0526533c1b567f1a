include!("common/sqs.rs");

// A misspelled `resource` key of an action that maps `items` is one error: nothing more
// about `items` lacking it or `item` mapped without it, and the action still exists for the
// code calling it, its result a stand-in that absorbs further use.
#[resource(client = SqsClient, service)]
#[action(queues = get_queue_url, items = queue_url, resorce = Queue(url = item))]
pub struct Sqs;

#[resource(client = SqsClient)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
async fn uses(sqs: &Sqs) -> boto_core::Result<()> {
    for q in sqs.queues().with(|r| r.queue_name("q")).await? {
        let _ = q.url().len();
    }
    Ok(())
}

fn main() {}
