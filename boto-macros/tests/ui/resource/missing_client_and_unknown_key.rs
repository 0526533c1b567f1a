// Two mistakes, two errors: the unknown key from the macro, the missing `client` from the
// stand-in the macro emits in place of the client.
include!("common/sqs.rs");

#[resource(lod = get_queue_attributes)]
#[action(delete = delete_queue)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

fn main() {}
