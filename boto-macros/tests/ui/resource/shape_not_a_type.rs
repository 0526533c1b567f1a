include!("common/sqs.rs");

// A `shape` that is not a type is one error: the resource still has data, so its
// attributes say nothing more.
#[resource(client = SqsClient, shape = "GetQueueAttributesResult")]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
    attributes: Option<std::collections::HashMap<String, String>>,
}

#[allow(dead_code)]
async fn uses(q: &Queue) -> boto_core::Result<()> {
    let _ = q.attributes().await?;
    Ok(())
}

fn main() {}
