include!("common/sqs.rs");

// A sub-resource of a type that does not exist is one error, at its name (not one more at
// each identifier); the sub-resource still exists for the code using it.

#[resource(client = SqsClient)]
#[subresource(other = Queu(url))]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
async fn uses(q: &Queue) -> boto_core::Result<()> {
    let _ = q.other("x").url();
    Ok(())
}

fn main() {}
