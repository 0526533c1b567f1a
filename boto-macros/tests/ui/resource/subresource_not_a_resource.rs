include!("common/sqs.rs");

// A sub-resource that is not `Type(..)` is one error: the method still exists for the code
// using it, its result standing in.
#[resource(client = SqsClient, service)]
#[subresource(queue = "Queue")]
pub struct Sqs;

#[resource(client = SqsClient)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
fn uses(sqs: &Sqs) {
    let _ = sqs.queue().url();
}

fn main() {}
