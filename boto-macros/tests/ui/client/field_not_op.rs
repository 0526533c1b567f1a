use boto_core::{client, Op};

#[client(service = "sqs", protocol = "awsJson1_0")]
pub struct Client {
    ping: String,
    pong: Op<()>,
    ok: Op<(), ()>,
}

fn main() {}
