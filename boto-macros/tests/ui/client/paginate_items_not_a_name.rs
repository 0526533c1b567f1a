use boto_core::{client, Op, Shape};

#[derive(Shape, Debug, Clone, Default)]
pub struct ListRequest {
    pub next_token: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ListResult {
    pub next_token: Option<String>,
    pub names: Option<Vec<String>>,
}

// A paginator's `items` that is not a name is one error: `_items` still exists for the
// code using it, its items standing in.
#[client(service = "svc", protocol = "awsJson1_0")]
pub struct C {
    #[op(paginate(input_token = next_token, output_token = next_token, items = "names"))]
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
