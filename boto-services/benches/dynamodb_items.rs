//! Items through serde and the shape model: `to_item`, `from_item`, the `Value` round
//! trip the dynamic client does for every item, and a 100-item `Query` answer read into the
//! service's own `QueryOutput` (its `AttributeValue`, the hand-written union), and a
//! 100-attribute `PutItem` request written from `PutItemInput`, both ways: the value path
//! (`parse_response` then `from_value`; `into_value` then `build_request`) and the direct
//! one (`parse_response_typed`, `build_request_typed`: what a typed call runs).
//!
//! `cargo bench -p boto-services --bench dynamodb_items` prints the figures.

use boto_core::model::{HttpBinding, Operation, SchemaRef, Shapes};
use boto_core::protocol::{
    build_request, build_request_typed, parse_response, parse_response_typed, Endpoint,
};
use boto_core::Shape;
use boto_services::dynamodb::{self, AttributeValue, Number, StringSet};
use bytes::Bytes;
use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use serde::{Deserialize, Serialize};
use serde_json::json;
use std::borrow::Cow;
use std::collections::HashMap;

#[derive(Serialize, Deserialize, Clone)]
struct Address {
    street: String,
    city: String,
    zip: Option<String>,
}

#[derive(Serialize, Deserialize, Clone)]
struct User {
    id: String,
    name: String,
    age: u8,
    visits: u64,
    score: f64,
    balance: Number,
    active: bool,
    tags: Option<StringSet>,
    aliases: Vec<String>,
    address: Address,
    counters: HashMap<String, i64>,
}

fn user() -> User {
    User {
        id: "user-0001".into(),
        name: "Ada Lovelace".into(),
        age: 36,
        visits: 9_007_199_254_740_993,
        score: 98.25,
        balance: "12345678901234567890.12".parse().unwrap(),
        active: true,
        tags: Some(StringSet::from(["admin", "ops", "dev"])),
        aliases: vec!["ada".into(), "countess".into()],
        address: Address {
            street: "12 St James's Square".into(),
            city: "London".into(),
            zip: None,
        },
        counters: (0..8).map(|i| (format!("c{i}"), i * 1000)).collect(),
    }
}

fn bench(c: &mut Criterion) {
    let u = user();
    let item = dynamodb::to_item(&u).unwrap();
    c.bench_function("to_item (11 fields, nested)", |b| {
        b.iter(|| dynamodb::to_item(black_box(&u)).unwrap())
    });
    c.bench_function("from_item (11 fields, nested)", |b| {
        b.iter(|| dynamodb::from_item::<User>(black_box(item.clone())).unwrap())
    });
    c.bench_function("item clone (baseline for from_item)", |b| {
        b.iter(|| black_box(item.clone()))
    });
    let av = AttributeValue::M(item.clone());
    c.bench_function("AttributeValue into_value + from_value", |b| {
        b.iter(|| AttributeValue::from_value(black_box(av.clone()).into_value()).unwrap())
    });
}

/// Operation `name` reading `I` and answering `O`.
fn op<I: Shape, O: Shape>(name: &'static str) -> Operation {
    Operation {
        name: Cow::Borrowed(name),
        http: HttpBinding {
            method: Cow::Borrowed("POST"),
            request_uri: Cow::Borrowed("/"),
            response_code: 200,
        },
        input: Some(SchemaRef::Static(I::schema)),
        output: Some(SchemaRef::Static(O::schema)),
        result_wrapper: None,
        errors: Vec::new(),
        host_prefix: None,
        unsigned: false,
        checksum_required: false,
    }
}

/// A `Query` answer of `n` items of seven attributes (strings, numbers, a set, a boolean,
/// a map, a list).
fn query_body(n: usize) -> Bytes {
    let items: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            json!({
                "pk": {"S": "user#42"}, "sk": {"N": i.to_string()},
                "name": {"S": format!("some user name number {i}")},
                "tags": {"SS": ["red", "green", "blue"]}, "active": {"BOOL": i % 2 == 0},
                "address": {"M": {"city": {"S": "Lyon"}, "zip": {"N": "69001"}}},
                "scores": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]}
            })
        })
        .collect();
    let doc = json!({"Items": items, "Count": n, "ScannedCount": n,
        "LastEvaluatedKey": {"pk": {"S": "user#42"}, "sk": {"N": (n - 1).to_string()}}});
    Bytes::from(serde_json::to_vec(&doc).expect("json"))
}

fn response(body: &Bytes) -> http::Response<Bytes> {
    http::Response::builder()
        .status(200)
        .body(body.clone())
        .expect("response")
}

fn wire(c: &mut Criterion) {
    let meta = dynamodb::Client::__meta();
    let shapes = Shapes::default();
    let query = op::<dynamodb::QueryInput, dynamodb::QueryOutput>("Query");
    let body = query_body(100);
    let value_path = |body: &Bytes| {
        let v = parse_response(meta, &shapes, &query, response(body)).expect("parse");
        dynamodb::QueryOutput::from_value(v).expect("typed")
    };
    let direct = |body: &Bytes| {
        parse_response_typed::<dynamodb::QueryOutput>(meta, &shapes, &query, response(body))
            .expect("direct")
    };
    let (a, b) = (value_path(&body), direct(&body));
    assert_eq!(a.items.as_ref().map(Vec::len), Some(100));
    assert_eq!(a, b, "both typed paths read the same");
    let mut g = c.benchmark_group("awsJson1_0 Query 100 items, dynamodb::QueryOutput");
    g.throughput(Throughput::Bytes(body.len() as u64));
    g.bench_function("typed value path (parse + from_value)", |b| {
        b.iter(|| black_box(value_path(&body)))
    });
    g.bench_function("typed direct", |b| b.iter(|| black_box(direct(&body))));
    g.finish();

    let put = op::<dynamodb::PutItemInput, dynamodb::PutItemOutput>("PutItem");
    let endpoint = Endpoint::parse("http://127.0.0.1:5000").expect("endpoint");
    let item: HashMap<String, AttributeValue> = (0..100)
        .map(|i| {
            let v = match i % 5 {
                0 => AttributeValue::S(format!("value number {i}")),
                1 => AttributeValue::N(Number::from(i * 1000)),
                2 => AttributeValue::SS(vec!["red".into(), "green".into()]),
                3 => AttributeValue::M(HashMap::from([
                    ("city".to_owned(), AttributeValue::S("Lyon".into())),
                    ("zip".to_owned(), AttributeValue::N(Number::from(69001))),
                ])),
                _ => {
                    AttributeValue::L(vec![AttributeValue::Bool(true), AttributeValue::Null(true)])
                }
            };
            (format!("attr{i}"), v)
        })
        .collect();
    let input = dynamodb::PutItemInput::new().table_name("users").item(item);
    let by_value =
        build_request(meta, &shapes, &put, input.clone().into_value(), &endpoint).expect("request");
    let by_encode =
        build_request_typed(meta, &shapes, &put, input.clone(), &endpoint).expect("request");
    let (a, b) = (
        by_value.body().bytes().expect("body").clone(),
        by_encode.body().bytes().expect("body").clone(),
    );
    assert_eq!(a, b, "both typed paths write the same");
    let mut g = c.benchmark_group("awsJson1_0 PutItem 100 attributes, dynamodb::PutItemInput");
    g.bench_function("typed value path (into_value + build)", |b| {
        b.iter_batched(
            || input.clone(),
            |input| {
                black_box(
                    build_request(meta, &shapes, &put, input.into_value(), &endpoint)
                        .expect("request"),
                )
            },
            BatchSize::SmallInput,
        )
    });
    g.bench_function("typed direct (encode)", |b| {
        b.iter_batched(
            || input.clone(),
            |input| {
                black_box(
                    build_request_typed(meta, &shapes, &put, input, &endpoint).expect("request"),
                )
            },
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

criterion_group!(benches, bench, wire);
criterion_main!(benches);
