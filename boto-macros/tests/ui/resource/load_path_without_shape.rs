include!("common/sqs.rs");

#[resource(client = SqsClient, load = get_queue_attributes, load_path = |o: GetQueueAttributesResult| o.attributes)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

fn main() {}
