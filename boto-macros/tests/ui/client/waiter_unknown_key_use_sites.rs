use boto_core::{client, Op};

// An unknown key of #[waiter(..)] is one error: the waiter still exists for the code
// using it.

#[client(service = "sqs", protocol = "awsJson1_0")]
#[waiter(ready = ping, dealy = 1, success(status = 200))]
pub struct Client {
    ping: Op<(), ()>,
}

#[allow(dead_code)]
async fn uses(c: &Client) -> boto_core::Result<()> {
    c.wait_until_ready(()).max_attempts(3).await?;
    Ok(())
}

fn main() {}
