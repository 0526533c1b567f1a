use boto_core::{client, Op};

#[client(service = "sqs", protocol = "awsJson1_0")]
pub struct Client {
    #[op(paginate(input_token = (key_marker, id_marker), output_token = (next_key_marker)))]
    list: Op<(), ()>,
    #[op(paginate(input_token = a, output_token = (c, d)))]
    list_mismatch: Op<(), ()>,
}

fn main() {}
