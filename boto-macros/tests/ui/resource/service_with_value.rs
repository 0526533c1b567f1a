include!("common/sqs.rs");

// `service = ..` is one error: the resource is still the service resource, so nothing is
// said about its identifiers, and `from_client` exists.
#[resource(client = SqsClient, service = true)]
#[subresource(queue = Queue(url))]
pub struct Sqs;

#[resource(client = SqsClient)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
fn uses(c: &SqsClient) {
    let _ = Sqs::from_client(c).queue("x").url();
}

fn main() {}
