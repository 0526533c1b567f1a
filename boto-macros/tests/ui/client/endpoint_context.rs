use boto_core::{client, Op};

static RULES: &str = "{}";

// Endpoint parameters without a rule set to give them to.
#[client(service = "sqs", protocol = "awsJson1_0")]
pub struct NoRules {
    #[op(context(Bucket))]
    ping: Op<(), ()>,
}

#[client(service = "sqs", protocol = "awsJson1_0", endpoint_rules = RULES)]
pub struct Client {
    // A member is named by a string; a static value is a boolean or string literal; a path
    // is a string.
    #[op(context(Bucket = bucket), static_context(Express = 1))]
    ping: Op<(), ()>,
    #[op(operation_context(ResourceArnList = keys))]
    pong: Op<(), ()>,
    // A parameter is set once.
    #[op(context(Table), static_context(Table = true))]
    pang: Op<(), ()>,
}

fn main() {}
