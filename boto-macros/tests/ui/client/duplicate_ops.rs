use boto_core::{client, Op};

#[client(service = "sqs", protocol = "awsJson1_0")]
pub struct Client {
    ping: Op<(), ()>,
    #[op(name = "Ping")]
    ping_again: Op<(), ()>,
}

#[client(service = "sqs", protocol = "awsJson1_0")]
pub struct Tuple(Op<(), ()>);

fn main() {}

#[client(service = "sqs", protocol = "awsJson1_0")]
pub struct Reserved {
    new: Op<(), ()>,
    session: Op<(), ()>,
    with_timeout: Op<(), ()>,
    __meta: Op<(), ()>,
}
