include!("common/sqs.rs");

// A misspelled `load` is one error: nothing more about the attribute and `load_with` that
// need it.
#[resource(client = SqsClient, lod = get_queue_attributes, load_with = |r| r)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
    attributes: Option<std::collections::HashMap<String, String>>,
}

#[allow(dead_code)]
async fn uses(queue: &Queue) -> boto_core::Result<()> {
    let _ = queue.attributes().await?;
    Ok(())
}

fn main() {}
