include!("common/sqs.rs");

// A misspelled `param` is one error, not a second one saying the identifier is not sent.
#[resource(client = SqsClient, load = get_queue_attributes)]
#[action(delete = delete_queue)]
pub struct Queue {
    #[identifier(parm = queue_url)]
    url: String,
}

fn main() {}
