//! §6 DynamoDB: items from `serde` types, `key!`, `Key` and `Attr` conditions, query, scan
//! and the batch writer.

use super::{check, say, tolerate, TourResult};
use boto_services::core::Session;
use boto_services::dynamodb::{
    key, Attr, AttributeDefinition, BillingMode, DynamoDb, Key, KeySchemaElement, Number,
    ScalarAttributeType, Table,
};
use futures::TryStreamExt;
use serde::{Deserialize, Serialize};
use std::time::Duration;

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
struct User {
    id: String,
    name: String,
    age: u32,
    /// Exact: more digits than an `f64` holds.
    balance: Number,
    banned: Option<bool>,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
struct Event {
    pk: String,
    sk: String,
    what: String,
}

fn user(id: &str, age: u32, banned: Option<bool>) -> TourResult<User> {
    Ok(User {
        id: id.into(),
        name: format!("user {id}"),
        age,
        balance: "12345678901234567890.123456789".parse()?,
        banned,
    })
}

/// Creates a pay-per-request table with these keys (kept if it exists) and waits for it.
async fn table(db: &DynamoDb, name: &str, keys: &[&str]) -> TourResult<Table> {
    let defs: Vec<_> = keys
        .iter()
        .map(|k| AttributeDefinition::of(*k, ScalarAttributeType::S))
        .collect();
    let mut schema = vec![KeySchemaElement::hash(keys[0])];
    if let Some(range) = keys.get(1) {
        schema.push(KeySchemaElement::range(*range));
    }
    let created = db
        .create_table()
        .with(|r| {
            r.table_name(name)
                .attribute_definitions(defs)
                .key_schema(schema)
                .billing_mode(BillingMode::PayPerRequest)
        })
        .await;
    tolerate(created, &["ResourceInUseException"])?;
    let table = db.table(name);
    table
        .wait_until_exists()
        .delay(Duration::from_millis(200))
        .await?;
    Ok(table)
}

pub(crate) async fn run(session: &Session) -> TourResult<()> {
    let db = DynamoDb::new(session);
    let users = table(&db, "tour-users", &["id"]).await?;
    let events = table(&db, "tour-events", &["pk", "sk"]).await?;
    let result = steps(&users, &events).await;
    users.delete().await?;
    events.delete().await?;
    result
}

async fn steps(table: &Table, events: &Table) -> TourResult<()> {
    let a = user("a", 42, None)?;
    table.put(&a).await?;
    let got = table.get::<User>(key!("id" => "a")).await?;
    check(got.as_ref() == Some(&a), || format!("get returned {got:?}"))?;
    say(
        "dynamodb",
        format!(
            "table.put(&user), get::<User>(key!(\"id\" => \"a\")): balance {} exact",
            a.balance
        ),
    );
    let missing = table.get::<User>(key!("id" => "nobody")).await?;
    check(missing.is_none(), || {
        format!("missing item read as {missing:?}")
    })?;

    // Conditions: only adults who are not banned may be overwritten.
    let adult_unbanned = || Attr::new("age").gte(18) & !Attr::new("banned").exists();
    table.put_if(&a, adult_unbanned()).await?;
    let minor = user("m", 12, None)?;
    table.put(&minor).await?;
    let refused = table.put_if(&minor, adult_unbanned()).await;
    check(
        matches!(&refused, Err(e) if e.is_code("ConditionalCheckFailedException")),
        || format!("conditional put on a minor: {refused:?}"),
    )?;
    say(
        "dynamodb",
        "put_if(Attr::new(\"age\").gte(18) & !Attr::new(\"banned\").exists()): adult ok, \
         minor ConditionalCheckFailedException",
    );

    // Key conditions on a table with a sort key.
    for (pk, sk) in [
        ("a", "2025-12-31"),
        ("a", "2026-01-05"),
        ("a", "2026-02-01"),
        ("b", "2026-01-01"),
    ] {
        events
            .put(&Event {
                pk: pk.into(),
                sk: sk.into(),
                what: format!("{pk} on {sk}"),
            })
            .await?;
    }
    let found: Vec<Event> = events
        .query::<Event>(Key::new("pk").eq("a") & Key::new("sk").begins_with("2026-"))
        .try_collect()
        .await?;
    let sks: Vec<&str> = found.iter().map(|e| e.sk.as_str()).collect();
    check(sks == ["2026-01-05", "2026-02-01"], || {
        format!("query gave {sks:?}")
    })?;
    say(
        "dynamodb",
        format!(
            "query(Key::new(\"pk\").eq(\"a\") & Key::new(\"sk\").begins_with(\"2026-\")): {sks:?}"
        ),
    );

    // The batch writer: 30 users in two requests; a key written twice is sent once.
    let mut writer = table.batch_writer().overwrite_by_pkeys(["id"]);
    for i in 0..30u32 {
        writer
            .put(&user(
                &format!("u{i:02}"),
                10 + i,
                (i % 5 == 0).then_some(true),
            )?)
            .await?;
    }
    writer.put(&user("u00", 99, Some(true))?).await?;
    writer.flush().await?;
    let all: Vec<User> = table.scan::<User>().try_collect().await?;
    check(all.len() == 32, || format!("scan gave {} users", all.len()))?;
    let last = table.get::<User>(key!("id" => "u00")).await?.map(|u| u.age);
    check(last == Some(99), || format!("u00 has age {last:?}"))?;
    let allowed: Vec<User> = table
        .scan::<User>()
        .filter(adult_unbanned())
        .try_collect()
        .await?;
    let expected = all
        .iter()
        .filter(|u| u.age >= 18 && u.banned.is_none())
        .count();
    check(allowed.len() == expected && expected > 0, || {
        format!("filtered scan gave {} of {expected}", allowed.len())
    })?;
    say(
        "dynamodb",
        format!(
            "batch_writer(): 31 puts, 30 distinct keys, flushed; scan::<User>(): {} users, {} adults not banned",
            all.len(),
            allowed.len()
        ),
    );

    // boto3's Table resource: DescribeTable's answer loaded once, read as attributes; its
    // item actions take the request (the table's name filled in).
    events.reload().await?;
    let keys: Vec<String> = events
        .key_schema()
        .await?
        .unwrap_or_default()
        .into_iter()
        .map(|k| k.attribute_name)
        .collect();
    check(keys == ["pk", "sk"], || format!("key schema {keys:?}"))?;
    let count = events.item_count().await?.unwrap_or_default();
    say(
        "dynamodb",
        format!(
            "Table {}: load() -> {:?}, keys {keys:?}, {count} item(s)",
            events.name(),
            events.table_status().await?
        ),
    );
    let refused = events
        .delete_item()
        .with(|r| {
            r.key(key!("pk" => "a", "sk" => "2025-12-31"))
                .condition(Attr::new("what").eq("something else"))
        })
        .await;
    check(
        matches!(&refused, Err(e) if e.is_code("ConditionalCheckFailedException")),
        || format!("conditional delete_item: {refused:?}"),
    )?;
    say(
        "dynamodb",
        "table.delete_item().with(|r| r.key(..).condition(..)): ConditionalCheckFailedException",
    );
    Ok(())
}
