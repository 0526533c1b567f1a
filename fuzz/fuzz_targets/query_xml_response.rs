//! awsQuery (SNS, IAM, SQS's XML-era shapes) and ec2Query (EC2) success responses.
#![no_main]
use boto_fuzz::{parse, split};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (sel, body) = split(data);
    match sel % 5 {
        0 => parse("ec2", "DescribeInstances", 200, &[], body),
        1 => parse("ec2", "DescribeVpcs", 200, &[], body),
        2 => parse("sns", "GetTopicAttributes", 200, &[], body),
        3 => parse("sns", "ListTopics", 200, &[], body),
        _ => parse("iam", "GetUser", 200, &[], body),
    }
});
