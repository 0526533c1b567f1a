include!("common/sqs.rs");

// A misspelled `load` operation is one error, at the operation, though the attributes and
// the identifier's `member` name fields of the data it would give.
#[resource(client = SqsClient, load = get_queue_atributes)]
pub struct Queue {
    #[identifier(param = queue_url, member = attributes)]
    url: String,
    attributes: Option<std::collections::HashMap<String, String>>,
}

#[allow(dead_code)]
async fn uses(queue: &Queue) -> boto_core::Result<()> {
    let _ = queue.attributes().await?;
    let _ = queue.load().await?.attributes.as_ref();
    Ok(())
}

fn main() {}
