include!("common/sqs.rs");

// A `load` that is not an operation's name is one error: the resource still has data, so
// its attributes say nothing more, and the code reading them type-checks.
#[resource(client = SqsClient, load = "get_queue_attributes")]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
    attributes: Option<std::collections::HashMap<String, String>>,
}

#[allow(dead_code)]
async fn uses(q: &Queue) -> boto_core::Result<()> {
    let _ = q.attributes().await?;
    let _ = q.load().await?.attributes.clone();
    Ok(())
}

fn main() {}
