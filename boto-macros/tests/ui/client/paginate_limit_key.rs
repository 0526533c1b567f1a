// botocore's paginator spelling `limit_key` is one error naming `limit`, and nothing else.
use boto_core::{client, Op, Session, Shape};

#[derive(Shape, Debug, Clone, Default)]
pub struct ListRequest {
    pub next_token: Option<String>,
    pub max_results: Option<i32>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ListResult {
    pub names: Vec<String>,
    pub next_token: Option<String>,
}

#[client(service = "sqs", protocol = "awsJson1_0")]
pub struct Client {
    #[op(paginate(input_token = next_token, output_token = next_token, items = names, limit_key = max_results))]
    list: Op<ListRequest, ListResult>,
}

#[allow(dead_code)]
async fn uses(session: &Session) -> boto_core::Result<()> {
    let client = Client::new(session);
    let _ = client.list(ListRequest::new()).await?;
    let _ = client.list_items(ListRequest::new());
    Ok(())
}

fn main() {}
