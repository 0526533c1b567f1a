include!("common/sqs.rs");

// `request.x` reads the request an action or collection sent: a sub-resource and a
// reference send none.
#[resource(client = SqsClient, load = get_queue_attributes)]
#[subresource(twin = Queue(url = request.queue_url))]
#[reference(other = Queue(url = request.queue_url))]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

fn main() {}
