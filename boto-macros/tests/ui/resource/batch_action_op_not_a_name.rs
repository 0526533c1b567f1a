include!("common/sqs.rs");

// A batch action that names no operation is one error: it still exists for the code
// calling it.
#[resource(client = SqsClient)]
#[batch_action(delete_all)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
async fn uses(q: Vec<Queue>) -> boto_core::Result<()> {
    for out in q.delete_all().await? {
        let _ = out;
    }
    Ok(())
}

fn main() {}
