include!("common/sqs.rs");

// A waiter that names no client waiter is one error: the method still exists for the code
// using it.
#[resource(client = SqsClient)]
#[waiter(exists)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
async fn uses(q: &Queue) -> boto_core::Result<()> {
    q.wait_until_exists().await
}

fn main() {}
