include!("common/sqs.rs");

// A misspelled `service` is one error, not a second saying the resource has no identifiers.
#[resource(client = SqsClient, servce)]
pub struct Sqs;

fn main() {}
