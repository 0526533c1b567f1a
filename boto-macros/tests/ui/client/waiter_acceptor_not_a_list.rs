use boto_core::{client, Op};

// An acceptor that is not a list is one error: nothing more about the waiter lacking
// acceptors.
#[client(service = "sqs", protocol = "awsJson1_0")]
#[waiter(ready = ping, success = 200)]
pub struct Client {
    ping: Op<(), ()>,
}

#[allow(dead_code)]
async fn uses(c: &Client) -> boto_core::Result<()> {
    c.wait_until_ready(()).await?;
    Ok(())
}

fn main() {}
