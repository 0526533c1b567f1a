include!("common/sqs.rs");

// A sub-resource mapping a name that is not an identifier of the target is one error; the
// sub-resource still exists for the code using it.

#[resource(client = SqsClient, service)]
#[subresource(queue = Queue(ur))]
pub struct Sqs;

#[resource(client = SqsClient)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
fn uses(sqs: &Sqs) {
    let _ = sqs.queue("x").url();
}

fn main() {}
