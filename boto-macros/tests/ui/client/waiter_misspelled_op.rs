// A waiter on a misspelled operation is one error naming the closest operation; the
// client's methods, and the waiter, still exist for the code calling them.
use boto_core::{client, Op, Session, Shape};

#[derive(Shape, Debug, Clone, Default)]
pub struct GetRequest {
    pub name: String,
}

#[client(service = "svc", protocol = "awsJson1_0")]
#[waiter(ready = get_thnig, success(status = 200))]
pub struct Client {
    get_thing: Op<GetRequest, ()>,
}

#[allow(dead_code)]
async fn uses(session: &Session) -> boto_core::Result<()> {
    let client = Client::new(session);
    client.wait_until_ready(GetRequest::new().name("x")).max_attempts(3).await?;
    client.get_thing(GetRequest::new()).await
}

fn main() {}
