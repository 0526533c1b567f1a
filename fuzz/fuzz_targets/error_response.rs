//! Error responses of every protocol (status >= 300, and S3's errors inside a 200), with
//! the headers the error parsers read.
#![no_main]
use boto_fuzz::{parse, split};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (sel, body) = split(data);
    let status = [400, 403, 404, 500, 503, 301, 200, 413][(sel >> 4) as usize % 8];
    let (hdr, body) = body.split_at(body.len().min(24));
    let headers: &[(&str, &[u8])] = &[
        ("x-amzn-errortype", hdr),
        ("x-amzn-query-error", hdr),
        ("x-amzn-requestid", hdr),
        ("x-amz-request-id", hdr),
    ];
    match sel % 8 {
        0 => parse("dynamodb", "GetItem", status, headers, body),
        1 => parse("sqs", "SendMessage", status, headers, body),
        2 => parse("apigateway", "GetRestApi", status, headers, body),
        3 => parse("s3", "GetObject", status.max(300), headers, body),
        4 => parse("s3", "CompleteMultipartUpload", status, headers, body),
        5 => parse("ec2", "DescribeVpcs", status.max(300), headers, body),
        6 => parse("sns", "Publish", status.max(300), headers, body),
        _ => parse("iam", "GetUser", status.max(300), headers, body),
    }
});
