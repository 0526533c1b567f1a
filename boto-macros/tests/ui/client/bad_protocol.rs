use boto_core::{client, Op};

#[client(service = "sqs", protocol = "json")]
pub struct Client {
    ping: Op<(), ()>,
}

fn main() {}
