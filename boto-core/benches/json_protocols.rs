//! The JSON protocol engine on DynamoDB-shaped traffic: serializing a `PutItem` of 20
//! attributes and parsing a `Query` page of 100 items (10 attributes each), through the
//! public engine API (`protocol::build_request` / `protocol::parse_response`).
//!
//! `cargo bench -p boto-core --bench json_protocols` prints time per operation and
//! throughput in bytes of JSON.

use boto_core::dynamic::{json_to_value, ServiceModel};
use boto_core::protocol::{build_request, parse_response, Endpoint};
use bytes::Bytes;
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use serde_json::json;

const MODEL: &str = r#"{
  "metadata": {"protocol": "json", "jsonVersion": "1.0", "targetPrefix": "DynamoDB_20120810",
               "apiVersion": "2012-08-10", "endpointPrefix": "dynamodb"},
  "operations": {
    "PutItem": {"name": "PutItem", "http": {"method": "POST", "requestUri": "/"},
                "input": {"shape": "PutItemInput"}},
    "Query": {"name": "Query", "http": {"method": "POST", "requestUri": "/"},
              "output": {"shape": "QueryOutput"}}
  },
  "shapes": {
    "PutItemInput": {"type": "structure", "required": ["TableName", "Item"], "members": {
      "TableName": {"shape": "S"}, "Item": {"shape": "Item"}}},
    "QueryOutput": {"type": "structure", "members": {
      "Items": {"shape": "Items"}, "Count": {"shape": "I"}, "ScannedCount": {"shape": "I"},
      "LastEvaluatedKey": {"shape": "Item"}}},
    "Items": {"type": "list", "member": {"shape": "Item"}},
    "Item": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "AttributeValue"}},
    "AttributeValue": {"type": "structure", "union": true, "members": {
      "S": {"shape": "S"}, "N": {"shape": "S"}, "B": {"shape": "Blob"}, "BOOL": {"shape": "Bool"},
      "NULL": {"shape": "Bool"}, "SS": {"shape": "Strings"}, "L": {"shape": "List"},
      "M": {"shape": "Item"}}},
    "List": {"type": "list", "member": {"shape": "AttributeValue"}},
    "Strings": {"type": "list", "member": {"shape": "S"}},
    "S": {"type": "string"}, "I": {"type": "integer"}, "Bool": {"type": "boolean"},
    "Blob": {"type": "blob"}
  }
}"#;

fn item(i: usize, attrs: usize) -> serde_json::Value {
    let mut m = serde_json::Map::new();
    m.insert("pk".into(), json!({"S": format!("user#{i}")}));
    m.insert("sk".into(), json!({"N": i.to_string()}));
    for a in 2..attrs {
        let v = match a % 4 {
            0 => json!({"S": format!("some text value number {a} for item {i}")}),
            1 => json!({"N": format!("{}.{}", i * 31, a)}),
            2 => json!({"SS": ["red", "green", "blue"]}),
            _ => json!({"M": {"nested": {"BOOL": true}, "list": {"L": [{"N": "1"}, {"S": "x"}]}}}),
        };
        m.insert(format!("attr{a}"), v);
    }
    serde_json::Value::Object(m)
}

fn bench(c: &mut Criterion) {
    let model = ServiceModel::from_json(MODEL.as_bytes()).expect("model");
    let endpoint = Endpoint::parse("https://dynamodb.us-east-1.amazonaws.com").expect("endpoint");

    let put = model.operation("PutItem").expect("PutItem");
    let params = json!({"TableName": "users", "Item": item(7, 20)});
    let input_ref = put.input.expect("input");
    let sample = build_request(
        &model.meta,
        &model.shapes,
        put,
        json_to_value(&model.shapes, &input_ref, &params).expect("params"),
        &endpoint,
    )
    .expect("request");
    let mut g = c.benchmark_group("awsJson1_0");
    g.throughput(Throughput::Bytes(
        sample.body().bytes().map_or(0, |b| b.len()) as u64,
    ));
    g.bench_function("build_request PutItem (20 attributes)", |b| {
        b.iter_batched(
            || json_to_value(&model.shapes, &input_ref, &params).expect("params"),
            |input| {
                build_request(&model.meta, &model.shapes, put, input, &endpoint).expect("request")
            },
            criterion::BatchSize::SmallInput,
        )
    });

    let query = model.operation("Query").expect("Query");
    let items: Vec<_> = (0..100).map(|i| item(i, 10)).collect();
    let body = Bytes::from(
        serde_json::to_vec(&json!({"Items": items, "Count": 100, "ScannedCount": 100}))
            .expect("body"),
    );
    g.throughput(Throughput::Bytes(body.len() as u64));
    g.bench_function("parse_response Query (100 items x 10 attributes)", |b| {
        b.iter(|| {
            let resp = http::Response::builder()
                .status(200)
                .body(body.clone())
                .expect("response");
            black_box(parse_response(&model.meta, &model.shapes, query, resp).expect("parse"))
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
