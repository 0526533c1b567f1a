use boto_core::{client, Op};

#[client(service = "sqs", protocol = "awsJson1_0")]
pub struct Client {
    #[op(paginate(items = urls))]
    list: Op<(), ()>,
}

fn main() {}
