use boto_core::{client, Op, Shape};

#[derive(Shape, Debug, Clone, Default)]
pub struct In {
    pub a: Option<String>,
    pub b: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct Out {
    pub names: Vec<String>,
}

#[client(service = "sqs", protocol = "awsJson1_0")]
pub struct Client {
    // A token read along a path is one token: it cannot fill two input fields.
    #[op(paginate(input_token = (a, b), output_token = |o: &Out| o.names.last().cloned()))]
    list_two: Op<In, Out>,
    // Items read by a closure need its return type, the list the stream yields.
    #[op(paginate(input_token = a, output_token = |o: &Out| o.names.last().cloned(),
                  items = |o: Out| o.names))]
    list_untyped: Op<In, Out>,
}

fn main() {}
