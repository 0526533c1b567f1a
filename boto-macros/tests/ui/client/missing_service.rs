use boto_core::{client, Op};

#[client(protocol = "awsJson1_0")]
pub struct NoService {
    ping: Op<(), ()>,
}

#[client(service = "sqs")]
pub struct NoProtocol {
    ping: Op<(), ()>,
}

fn main() {}
