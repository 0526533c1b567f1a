use boto_core::{client, Op};

#[client(service = "sqs", protocol = "awsJson1_0")]
#[waiter(ready = no_such_op, success(status = 200))]
#[waiter(empty = ping)]
#[waiter(both = ping, success(status = 200, error = "X"))]
#[waiter(delay = 1, success(status = 200))]
#[waiter(closure = ping, success(path = |o| o.len() == 0))]
#[waiter(both = ping, retry(error))]
pub struct Client {
    ping: Op<(), ()>,
}

fn main() {}
