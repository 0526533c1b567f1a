// One mistake in #[client] is one error: the client's constructor, `with_timeout`,
// operations, paginators, waiters and the operations resources name all still exist for the
// code using them.
use boto_core::{client, resource, Op, Session, Shape};

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

#[derive(Shape, Debug, Clone, Default)]
pub struct GetRequest {
    pub name: String,
}

#[client(service = "sqs", protocol = "json")]
#[waiter(ready = get, success(status = 200))]
pub struct Client {
    #[op(paginate(input_token = next_token, output_token = next_token, items = names, limit = max_results))]
    list: Op<ListRequest, ListResult>,
    get: Op<GetRequest, ()>,
}

#[resource(client = Client)]
#[action(refresh = get)]
pub struct Thing {
    #[identifier(param = name)]
    name: String,
}

#[allow(dead_code)]
async fn uses(session: &Session) -> boto_core::Result<()> {
    let client = Client::new(session);
    let other = client.with_timeout(std::time::Duration::from_secs(10));
    let _ = other.list(ListRequest::new()).await?;
    let _ = client.list_pages(ListRequest::new());
    let _ = client.list_items(ListRequest::new());
    let _ = client.wait_until_ready(GetRequest::new().name("x"));
    let thing = Thing::new(&client, "x");
    thing.refresh().await?;
    Ok(())
}

fn main() {}
