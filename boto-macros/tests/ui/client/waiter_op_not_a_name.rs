use boto_core::{client, Op};

// A waiter whose operation is not a name is one error: the waiter still exists for the
// code calling it.
#[client(service = "sqs", protocol = "awsJson1_0")]
#[waiter(ready = "ping", success(status = 200))]
pub struct Client {
    ping: Op<(), ()>,
}

#[allow(dead_code)]
async fn uses(c: &Client) -> boto_core::Result<()> {
    c.wait_until_ready(()).await?;
    Ok(())
}

fn main() {}
