include!("common/sqs.rs");

// An action that names no operation is one error: the action still exists for the code
// calling it, what the operation would type standing in.
#[resource(client = SqsClient)]
#[action(delete)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
async fn uses(q: &Queue) -> boto_core::Result<()> {
    q.delete().await?;
    Ok(())
}

fn main() {}
