include!("common/sqs.rs");

// A reference that is not `Type(..)` is one error: the method still exists for the code
// using it, its result standing in.
#[resource(client = SqsClient)]
#[reference(same = "Queue")]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
async fn uses(q: &Queue) -> boto_core::Result<()> {
    let _ = q.same().await?.unwrap().url();
    Ok(())
}

fn main() {}
