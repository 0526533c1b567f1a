include!("common/sqs.rs");

#[resource(client = SqsClient, load = get_queue_attributes)]
#[action(delete = delete_queue)]
#[action(url = delete_queue)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
    delete: Option<String>,
}

fn main() {}
