// `crate` takes a path; anything else is one error, and the client still exists.
use boto_core::{client, Op, Session};

#[client(service = "sqs", protocol = "awsJson1_0", crate = 5)]
pub struct Client {
    ping: Op<(), ()>,
}

#[allow(dead_code)]
async fn uses(session: &Session) -> boto_core::Result<()> {
    Client::new(session).ping(()).await
}

fn main() {}
