//! restXml (S3) success responses, with headers bound to output members.
#![no_main]
use boto_fuzz::{parse, split};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (sel, body) = split(data);
    let (hdr, body) = body.split_at(body.len().min(sel as usize % 16));
    let headers: &[(&str, &[u8])] = &[
        ("content-length", hdr),
        ("last-modified", hdr),
        ("x-amz-meta-a", hdr),
        ("x-amz-expiration", hdr),
    ];
    match sel % 6 {
        0 => parse("s3", "ListObjectsV2", 200, &[], body),
        1 => parse("s3", "GetBucketTagging", 200, &[], body),
        2 => parse("s3", "ListObjectVersions", 200, &[], body),
        3 => parse("s3", "GetBucketLocation", 200, &[], body),
        4 => parse("s3", "HeadObject", 200, headers, body),
        _ => parse("s3", "DeleteObjects", 200, headers, body),
    }
});
