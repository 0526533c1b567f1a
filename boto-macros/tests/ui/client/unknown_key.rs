use boto_core::{client, Op};

#[client(service = "sqs", protocol = "awsJson1_0", regoin = "eu-west-1")]
#[waiter(ready = ping, dealy = 1, success(status = 200))]
pub struct Client {
    #[op(nmae = "Ping")]
    ping: Op<(), ()>,
    #[op(paginate(input_token = a, output_token = b, item = c))]
    list: Op<(), ()>,
}

fn main() {}
