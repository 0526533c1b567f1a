include!("common/sqs.rs");

// An action's `path` that is not a closure is one error: the action's result is not taken
// for the operation's output, so using it as the path's reports nothing more.
#[resource(client = SqsClient)]
#[action(attrs = get_queue_attributes, path = attributes)]
pub struct Queue {
    #[identifier(param = queue_url)]
    url: String,
}

#[allow(dead_code)]
async fn uses(q: &Queue) -> boto_core::Result<()> {
    let _ = q.attrs().await?.unwrap().len();
    Ok(())
}

fn main() {}
