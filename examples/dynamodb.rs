//! DynamoDB with `serde` types: create a table, write items one by one and in batches, read
//! them back by key, query a partition and scan with a filter.
//!
//! Runs against `AWS_ENDPOINT_URL` when set, else against a local moto it starts:
//! `cargo run --example dynamodb`.

use boto_services::dynamodb::{
    key, Attr, AttributeDefinition, BillingMode, DynamoDb, Key, KeySchemaElement, Number,
    ReturnValue, ScalarAttributeType, StringSet, Update,
};
use futures::TryStreamExt;
use serde::{Deserialize, Serialize};
use std::time::Duration;

#[derive(Serialize, Deserialize, Debug)]
struct Order {
    customer: String,
    /// ISO date and a sequence number: sorts by time.
    id: String,
    total: Number,
    items: u32,
    tags: Option<StringSet>,
    note: Option<String>,
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> boto_services::core::Result<()> {
    let (session, _moto) = boto_examples::example_session(None)?;
    let db = DynamoDb::new(&session);

    let table = db
        .create_table()
        .with(|r| {
            r.table_name("orders")
                .attribute_definitions(vec![
                    AttributeDefinition::of("customer", ScalarAttributeType::S),
                    AttributeDefinition::of("id", ScalarAttributeType::S),
                ])
                .key_schema(vec![
                    KeySchemaElement::hash("customer"),
                    KeySchemaElement::range("id"),
                ])
                .billing_mode(BillingMode::PayPerRequest)
        })
        .await?;
    table
        .wait_until_exists()
        .delay(Duration::from_millis(200))
        .await?;
    println!("table {} is active", table.name());

    // One item; numbers keep every digit.
    table
        .put(&Order {
            customer: "ada".into(),
            id: "2026-01-05#001".into(),
            total: "1234567890123456789.99".parse()?,
            items: 3,
            tags: Some(StringSet::from(["gift"])),
            note: None,
        })
        .await?;

    // Many items, 25 per request, unprocessed ones retried.
    let mut writer = table.batch_writer();
    for day in 1..=20u32 {
        for customer in ["ada", "grace"] {
            writer
                .put(&Order {
                    customer: customer.into(),
                    id: format!("2026-02-{day:02}#001"),
                    total: Number::from(day * 10),
                    items: day,
                    tags: None,
                    note: None,
                })
                .await?;
        }
    }
    writer.flush().await?;

    let first: Option<Order> = table
        .get(key!("customer" => "ada", "id" => "2026-01-05#001"))
        .await?;
    println!("by key: {first:?}");

    // A partition, newest first, filtered, five at most.
    let big: Vec<Order> = table
        .query::<Order>(Key::new("customer").eq("grace") & Key::new("id").begins_with("2026-02"))
        .filter(Attr::new("items").gte(10))
        .descending()
        .limit(5)
        .try_collect()
        .await?;
    for o in &big {
        println!("grace {} total {} items {}", o.id, o.total, o.items);
    }

    // An update expression; the item as it is afterwards comes back.
    let after = table
        .update_item()
        .with(|r| {
            r.key(key!("customer" => "ada", "id" => "2026-01-05#001"))
                .update(Update::set("note", "wrapped").add("items", 1))
                .return_values(ReturnValue::AllNew)
        })
        .await?
        .attributes
        .unwrap_or_default();
    println!(
        "updated: note={:?} items={:?}",
        after["note"], after["items"]
    );

    let tagged: Vec<Order> = table
        .scan::<Order>()
        .filter(Attr::new("tags").contains("gift"))
        .try_collect()
        .await?;
    println!("{} tagged order(s)", tagged.len());

    table.delete().await?;
    Ok(())
}
