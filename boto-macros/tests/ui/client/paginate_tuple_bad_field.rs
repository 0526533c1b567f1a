use boto_core::{client, Op};

#[client(service = "sqs", protocol = "awsJson1_0")]
pub struct Client {
    #[op(paginate(input_token = (a, b), output_token = (c, d.e)))]
    list: Op<(), ()>,
}

fn main() {}
