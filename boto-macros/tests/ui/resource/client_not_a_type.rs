include!("common/sqs.rs");

// A `client` that is not a type is one error: not a second saying it is missing, and the
// resource still exists for the code using it.
#[resource(client = "SqsClient")]
#[action(delete = delete_queue)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
async fn uses(c: &SqsClient) -> boto_core::Result<()> {
    Queue::new(c, "u").delete().await?;
    Ok(())
}

fn main() {}
