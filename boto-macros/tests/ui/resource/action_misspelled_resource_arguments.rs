include!("common/sqs.rs");

// A misspelled `resource` key of an action is one error: the action still takes the
// arguments the resource written there would have (`url` alone is one).
#[resource(client = SqsClient, service)]
#[action(queue = get_queue_url, resorce = Queue(url))]
pub struct Sqs;

#[resource(client = SqsClient)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
async fn uses(sqs: &Sqs) -> boto_core::Result<()> {
    let _ = sqs.queue("x").await?.url();
    Ok(())
}

fn main() {}
