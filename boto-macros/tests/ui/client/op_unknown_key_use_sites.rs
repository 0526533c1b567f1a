use boto_core::{client, Op};

// An unknown key of #[op(..)] is one error: the operation's method still exists for the
// code calling it.
#[client(service = "sqs", protocol = "awsJson1_0")]
pub struct Client {
    #[op(nmae = "Ping")]
    ping: Op<(), ()>,
}

#[allow(dead_code)]
async fn uses(c: &Client) -> boto_core::Result<()> {
    c.ping(()).await?;
    Ok(())
}

fn main() {}
