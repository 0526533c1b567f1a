//! Throughput of the XML protocol family on realistic sizes, with the real botocore models
//! of the installed botocore: writing a 1000-key S3 DeleteObjects body, and an ec2Query
//! DescribeVpcs request and 200-VPC response. (Parsing a 1000-key ListObjectsV2 page is in
//! the `protocols` bench.)
//!
//! `cargo bench -p boto-core --bench xml_protocols` prints the figures.

use boto_core::dynamic::{json_to_value, ServiceModel};
use boto_core::protocol::{build_request, parse_response, Endpoint};
use bytes::Bytes;
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use serde_json::json;

use testkit::botocore;

fn describe_vpcs_body(n: usize) -> String {
    let mut s = String::from(
        "<DescribeVpcsResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\
         <requestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</requestId><vpcSet>",
    );
    for i in 0..n {
        s.push_str(&format!(
            "<item><vpcId>vpc-{i:08x}</vpcId><ownerId>123456789012</ownerId><state>available</state>\
             <cidrBlock>10.{}.0.0/16</cidrBlock><cidrBlockAssociationSet><item>\
             <cidrBlock>10.{}.0.0/16</cidrBlock><associationId>vpc-cidr-assoc-{i:08x}</associationId>\
             <cidrBlockState><state>associated</state></cidrBlockState></item></cidrBlockAssociationSet>\
             <dhcpOptionsId>dopt-19edf471</dhcpOptionsId><tagSet><item><key>Name</key>\
             <value>vpc {i}</value></item></tagSet><instanceTenancy>default</instanceTenancy>\
             <isDefault>false</isDefault></item>",
            i % 256,
            i % 256
        ));
    }
    s.push_str("</vpcSet></DescribeVpcsResponse>");
    s
}

fn bench(c: &mut Criterion) {
    let Some(data) = botocore::data_dir() else {
        return;
    };
    let model = |service: &str| -> ServiceModel {
        ServiceModel::from_json(&botocore::model_json(&data, service)).expect("model")
    };
    let endpoint = Endpoint::parse("http://127.0.0.1:5000").unwrap();

    let s3 = model("s3");
    let mut g = c.benchmark_group("restXml");
    let delete = s3.operation("DeleteObjects").unwrap();
    let keys: Vec<_> = (0..1000)
        .map(|i| json!({"Key": format!("logs/2026/11/22/object-{i:06}.json.gz")}))
        .collect();
    let params = json!({"Bucket": "bucket", "Delete": {"Objects": keys, "Quiet": true}});
    let input = json_to_value(&s3.shapes, delete.input.as_ref().unwrap(), &params).unwrap();
    g.throughput(Throughput::Elements(1000));
    g.bench_function("build DeleteObjects, 1000 keys", |b| {
        b.iter(|| {
            let input = json_to_value(&s3.shapes, delete.input.as_ref().unwrap(), &params).unwrap();
            black_box(build_request(&s3.meta, &s3.shapes, delete, input, &endpoint).unwrap())
        })
    });
    drop(input);
    g.finish();

    let ec2 = model("ec2");
    let describe = ec2.operation("DescribeVpcs").unwrap();
    let body = Bytes::from(describe_vpcs_body(200));
    let mut g = c.benchmark_group("ec2Query");
    g.throughput(Throughput::Bytes(body.len() as u64));
    g.bench_function("parse DescribeVpcs, 200 VPCs", |b| {
        b.iter(|| {
            let resp = http::Response::builder()
                .status(200)
                .body(body.clone())
                .unwrap();
            black_box(parse_response(&ec2.meta, &ec2.shapes, describe, resp).unwrap())
        })
    });
    let params = json!({"Filters": (0..20).map(|i| json!({"Name": format!("tag:k{i}"),
        "Values": ["a b", "c&d", "é"]})).collect::<Vec<_>>(), "MaxResults": 100});
    g.throughput(Throughput::Elements(1));
    g.bench_function("build DescribeVpcs, 20 filters", |b| {
        b.iter(|| {
            let input =
                json_to_value(&ec2.shapes, describe.input.as_ref().unwrap(), &params).unwrap();
            black_box(build_request(&ec2.meta, &ec2.shapes, describe, input, &endpoint).unwrap())
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
