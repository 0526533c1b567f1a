// An identifier no request sends is a compile error naming the fix.
include!("common/sqs.rs");

#[resource(client = SqsClient, load = get_queue_attributes)]
#[action(delete = delete_queue)]
pub struct Queue {
    #[identifier]
    url: String,
}

fn main() {}
