include!("common/sqs.rs");

// A reference to a type that does not exist is one error, at its name (not one more at
// each identifier mapped); the reference still exists for the code using it.

#[resource(client = SqsClient)]
#[reference(same = Queu(url = self.url))]
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
