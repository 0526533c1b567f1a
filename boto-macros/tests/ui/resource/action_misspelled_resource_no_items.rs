include!("common/sqs.rs");

// A misspelled `resource` key of an action without `items` is one error: the action's
// result is not taken for the operation's output, so using it as the resource reports
// nothing more.

#[resource(client = SqsClient, service)]
#[action(queue = get_queue_url, resorce = Queue(url = queue_url))]
pub struct Sqs;

#[resource(client = SqsClient)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
async fn uses(sqs: &Sqs) -> boto_core::Result<()> {
    let q = sqs.queue().await?;
    let _ = q.url().len();
    Ok(())
}

fn main() {}
