include!("common/sqs.rs");

// An unknown key of a resource's waiter is one error: the waiter still exists.

#[resource(client = SqsClient)]
#[waiter(exists = queue_exists, dealy = 5)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
async fn uses(q: &Queue) -> boto_core::Result<()> {
    q.wait_until_exists().await
}

fn main() {}
