//! Cost of signing: header signing of a small request (S3 and standard rules), of a 1 MiB
//! in-memory body (dominated by SHA-256 of the payload), and presigning.

use boto_core::auth::{presign, sign_request, SigningParams};
use boto_core::{ByteStream, Credentials};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::time::Duration;

fn request(method: &str, uri: &str, body: ByteStream) -> http::Request<ByteStream> {
    http::Request::builder()
        .method(method)
        .uri(uri)
        .header("content-type", "application/x-amz-json-1.0")
        .header("x-amz-target", "AmazonSQS.ListQueues")
        .body(body)
        .unwrap()
}

fn bench(c: &mut Criterion) {
    let creds = Credentials::new(
        "AKIDEXAMPLE",
        "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        None,
    );
    let s3 = SigningParams::new("us-east-1", "s3");
    let sqs = SigningParams::new("us-east-1", "sqs");

    c.bench_function("sign_request sqs small json", |b| {
        b.iter_batched(
            || request("POST", "https://sqs.us-east-1.amazonaws.com/", "{}".into()),
            |mut req| sign_request(&mut req, &creds, &sqs).unwrap(),
            criterion::BatchSize::SmallInput,
        )
    });
    c.bench_function("sign_request s3 get", |b| {
        b.iter_batched(
            || {
                request(
                    "GET",
                    "https://b.s3.amazonaws.com/some/key.txt",
                    ByteStream::empty(),
                )
            },
            |mut req| sign_request(&mut req, &creds, &s3).unwrap(),
            criterion::BatchSize::SmallInput,
        )
    });
    let mib = bytes::Bytes::from(vec![7u8; 1 << 20]);
    let mut group = c.benchmark_group("sign_request s3 put");
    group.throughput(Throughput::Bytes(mib.len() as u64));
    group.bench_function("1 MiB body", |b| {
        b.iter_batched(
            || {
                request(
                    "PUT",
                    "https://b.s3.amazonaws.com/k",
                    ByteStream::from(mib.clone()),
                )
            },
            |mut req| sign_request(&mut req, &creds, &s3).unwrap(),
            criterion::BatchSize::SmallInput,
        )
    });
    group.finish();
    let get = request(
        "GET",
        "https://b.s3.amazonaws.com/some/key.txt",
        ByteStream::empty(),
    );
    c.bench_function("presign s3 get", |b| {
        b.iter(|| presign(&get, &creds, &s3, Duration::from_secs(3600)).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
