//! Items through serde and the shape model: `to_item`, `from_item`, and the `Value` round
//! trip the protocol engine does for every item sent or received.

use boto_core::Shape;
use boto_services::dynamodb::{self, AttributeValue, Number, StringSet};
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use serde::{Deserialize, Serialize};
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

criterion_group!(benches, bench);
criterion_main!(benches);
