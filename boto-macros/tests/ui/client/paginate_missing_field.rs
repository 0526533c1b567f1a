use boto_core::{client, Op, Shape};

#[derive(Shape, Clone, Default)]
pub struct ListRequest {
    pub next_token: Option<String>,
}

#[derive(Shape, Default)]
pub struct ListResult {
    pub next_token: Option<String>,
    pub urls: Vec<String>,
}

#[client(service = "sqs", protocol = "awsJson1_0")]
pub struct Client {
    #[op(paginate(input_token = next_tokn, output_token = next_token, items = url))]
    list: Op<ListRequest, ListResult>,
    #[op(paginate(input_token = next_token, output_token = marker))]
    list_more: Op<ListRequest, ListResult>,
}

fn main() {}
