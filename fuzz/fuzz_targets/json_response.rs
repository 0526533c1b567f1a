//! awsJson1_0 (DynamoDB, SQS) and restJson1 (API Gateway) success responses.
#![no_main]
use boto_fuzz::{parse, split};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (sel, body) = split(data);
    match sel % 5 {
        0 => parse("dynamodb", "Query", 200, &[], body),
        1 => parse("dynamodb", "DescribeTable", 200, &[], body),
        2 => parse("sqs", "ReceiveMessage", 200, &[], body),
        3 => parse("apigateway", "GetRestApis", 200, &[], body),
        _ => parse("dynamodb", "BatchGetItem", 200, &[], body),
    }
});
