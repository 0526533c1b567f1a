// One mistake in #[derive(Shape)] is one error: `new`, the setters and the `Shape` impl
// still exist for the code (and the client) using the shape.
use boto_core::{client, Op, Shape};

#[derive(Shape, Debug, Clone, Default)]
pub struct GetRequest {
    #[shape(lable)]
    pub name: String,
    pub limit: Option<i32>,
}

#[derive(Shape, Debug, Clone)]
#[shape(rename_al = "camelCase")]
pub enum State {
    Ready,
    Gone,
}

#[client(service = "svc", protocol = "awsJson1_0")]
pub struct Client {
    get: Op<GetRequest, ()>,
}

#[allow(dead_code)]
fn uses() -> (GetRequest, &'static str) {
    (GetRequest::new().name("x").limit(5), State::Ready.as_str())
}

fn main() {}
