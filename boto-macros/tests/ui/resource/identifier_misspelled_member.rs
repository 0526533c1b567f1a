include!("common/sqs.rs");

// A `member` the data shape lacks is one error, at the name, with the compiler's "did you
// mean"; the attributes still read the data.

#[resource(client = SqsClient, load = get_queue_attributes)]
pub struct Queue {
    #[identifier(param = queue_url, member = atributes)]
    url: String,
    attributes: Option<std::collections::HashMap<String, String>>,
}

#[allow(dead_code)]
async fn uses(q: &Queue) -> boto_core::Result<()> {
    let _ = q.attributes().await?;
    Ok(())
}

fn main() {}
