use boto_core::{client, Op, Shape};

#[derive(Shape, Debug, Clone, Default)]
pub struct ListRequest {
    pub next_token: Option<String>,
    pub max_results: Option<i32>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ListResult {
    pub next_token: Option<String>,
    pub names: Option<Vec<String>>,
}

// An unknown key of paginate(..) is one error: the operation's `_pages` and `_items` still
// exist for the code using them.
#[client(service = "svc", protocol = "awsJson1_0")]
pub struct C {
    #[op(paginate(input_token = next_token, output_token = next_token, items = names, limt_key = max_results))]
    list: Op<ListRequest, ListResult>,
}

#[allow(dead_code)]
async fn uses(c: &C) -> boto_core::Result<()> {
    use boto_core::__private_v1::StreamExt;
    let mut items = c.list_items(ListRequest::default());
    while let Some(n) = items.next().await {
        let _ = n?.len();
    }
    Ok(())
}

fn main() {}
