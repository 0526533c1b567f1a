use boto_core::{client, Op};

#[client(service = sqs, protocol = "awsJson1_0")]
#[waiter(ready = ping, delay = "1", success(status = "200"), retry(error = Code))]
pub struct Client {
    #[op(status = "200", paginate = "x")]
    ping: Op<(), ()>,
    #[op(paginate(input_token = "next", output_token = next))]
    list: Op<(), ()>,
}

fn main() {}
