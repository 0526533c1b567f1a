//! Cost of endpoint resolution: a plain regional service (sqs), and s3 for a virtual-hosted
//! bucket, an access point ARN and a custom endpoint; plus parsing the s3 rule set once.

use boto_core::endpoint::RuleSet;
use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::json;
use std::hint::black_box;

fn rule_set(service: &str) -> String {
    let dir = testkit::conformance_dir(env!("CARGO_MANIFEST_DIR"), "endpoint-rules");
    std::fs::read_to_string(dir.join(service).join("endpoint-rule-set-1.json")).unwrap()
}

fn bench(c: &mut Criterion) {
    let sqs = RuleSet::from_json(&rule_set("sqs")).unwrap();
    let s3_json = rule_set("s3");
    let s3 = RuleSet::from_json(&s3_json).unwrap();

    let params = json!({"Region": "us-west-2", "UseFIPS": false, "UseDualStack": false});
    c.bench_function("endpoint resolve sqs", |b| {
        b.iter(|| sqs.resolve(black_box(&params)).unwrap())
    });
    let params = json!({"Region": "us-west-2", "Bucket": "my-bucket", "UseFIPS": false,
                        "UseDualStack": false, "Accelerate": false, "ForcePathStyle": false});
    c.bench_function("endpoint resolve s3 bucket", |b| {
        b.iter(|| s3.resolve(black_box(&params)).unwrap())
    });
    let params = json!({"Region": "us-west-2",
                        "Bucket": "arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint",
                        "UseFIPS": false, "UseDualStack": false, "Accelerate": false});
    c.bench_function("endpoint resolve s3 access point arn", |b| {
        b.iter(|| s3.resolve(black_box(&params)).unwrap())
    });
    let params = json!({"Region": "us-east-1", "Bucket": "bucket",
                        "Endpoint": "http://127.0.0.1:5000", "ForcePathStyle": true});
    c.bench_function("endpoint resolve s3 custom endpoint", |b| {
        b.iter(|| s3.resolve(black_box(&params)).unwrap())
    });
    c.bench_function("endpoint parse s3 rule set", |b| {
        b.iter(|| RuleSet::from_json(black_box(&s3_json)).unwrap())
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
