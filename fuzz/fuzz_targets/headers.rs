//! Response headers: REST output header bindings (integers, booleans, timestamps, lists,
//! base64 JSON values), prefix headers (`x-amz-meta-*`, names fuzzed too), lengths and
//! ranges, and the headers error parsers read (`x-amzn-errortype`, `x-amzn-query-error`,
//! request ids), on success and error statuses of every protocol family.
#![no_main]
use boto_fuzz::{parse, split};
use libfuzzer_sys::fuzz_target;

/// Header names the parsers read; the fuzzer picks which get which value.
const NAMES: [&str; 16] = [
    "content-length",
    "content-range",
    "content-type",
    "last-modified",
    "expires",
    "etag",
    "x-amz-meta-a",
    "x-amz-expiration",
    "x-amz-restore",
    "x-amz-delete-marker",
    "x-amz-mp-parts-count",
    "x-amz-missing-meta",
    "x-amzn-errortype",
    "x-amzn-query-error",
    "x-amzn-requestid",
    "x-amz-request-id",
];

fuzz_target!(|data: &[u8]| {
    let (sel, rest) = split(data);
    // Values are separated by 0xff (never valid in a header value, so free as a separator).
    let mut owned: Vec<(String, &[u8])> = Vec::new();
    for (i, part) in rest.split(|b| *b == 0xff).enumerate().take(24) {
        let (key, value) = part.split_first().map_or((0, part), |(k, v)| (*k, v));
        let name = if key >= 0xf0 {
            // A prefix header whose name comes from the input.
            let suffix: String = value
                .iter()
                .take(16)
                .map(|b| (b'a' + b % 26) as char)
                .collect();
            format!("x-amz-meta-{suffix}")
        } else {
            NAMES[(key as usize + i) % NAMES.len()].to_string()
        };
        owned.push((name, value));
    }
    let headers: Vec<(&str, &[u8])> = owned.iter().map(|(n, v)| (n.as_str(), *v)).collect();
    let status = [200, 206, 304, 400, 404, 500, 503][(sel >> 4) as usize % 7];
    match sel % 8 {
        0 => parse("s3", "HeadObject", status, &headers, b""),
        1 => parse("s3", "GetObject", status, &headers, b""),
        2 => parse("s3", "PutObject", status, &headers, b""),
        3 => parse("s3", "CompleteMultipartUpload", status, &headers, b"<Error/>"),
        4 => parse("sqs", "SendMessage", status.max(400), &headers, b"{}"),
        5 => parse("dynamodb", "GetItem", status.max(400), &headers, b""),
        6 => parse("apigateway", "GetExport", status, &headers, b""),
        _ => parse("sns", "Publish", status.max(400), &headers, b"<x/>"),
    }
});
