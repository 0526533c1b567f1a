include!("common/sqs.rs");

#[resource(service)]
pub struct Sqs;

fn main() {}
