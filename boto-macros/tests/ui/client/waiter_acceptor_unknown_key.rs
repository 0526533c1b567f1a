use boto_core::{client, Op};

// An unknown key in a waiter's acceptor is one error: the waiter still exists for the
// code using it.
#[client(service = "sqs", protocol = "awsJson1_0")]
#[waiter(ready = ping, success(stauts = 200))]
pub struct Client {
    ping: Op<(), ()>,
}

#[allow(dead_code)]
async fn uses(c: &Client) -> boto_core::Result<()> {
    c.wait_until_ready(()).delay(std::time::Duration::from_secs(1)).await?;
    Ok(())
}

fn main() {}
