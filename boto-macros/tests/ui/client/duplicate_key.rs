use boto_core::{client, Op};

#[client(service = "sqs", service = "sns", protocol = "awsJson1_0")]
#[waiter(ready = ping, delay = 1, delay = 2, success(status = 200))]
pub struct Client {
    #[op(name = "Ping")]
    #[op(name = "Pong")]
    ping: Op<(), ()>,
}

fn main() {}
