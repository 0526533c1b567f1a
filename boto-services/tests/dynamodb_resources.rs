//! boto3's DynamoDB resources against moto: the service resource's `create_table`,
//! `batch_write_item`, `batch_get_item` and `tables` collection (over several pages), and
//! `Table`'s attributes (loaded on demand), `load`/`reload`, `update`, `delete`, waiters and
//! item actions, each write once with a condition that fails.
#![cfg(feature = "dynamodb")]

use boto_core::RetryConfig;
use boto_services::dynamodb::{
    self, key, Attr, AttributeDefinition, BillingMode, DynamoDb, Key, KeySchemaElement,
    KeysAndAttributes, ProvisionedThroughput, ReturnValue, ScalarAttributeType, Select, Table,
    TableStatus, Update, WriteRequest,
};
use futures::TryStreamExt;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::time::Duration;

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
struct Event {
    pk: String,
    sk: u64,
    views: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
}

fn event(pk: &str, sk: u64) -> Event {
    Event {
        pk: pk.into(),
        sk,
        views: 1,
        note: None,
    }
}

fn session(moto: &testkit::MotoServer) -> boto_core::Session {
    testkit::moto_session!(moto, .retry(RetryConfig::standard().max_attempts(2)))
}

/// `create_table` with a partition and a sort key, provisioned at 5/5.
async fn create(db: &DynamoDb, name: &str) -> boto_core::Result<Table> {
    db.create_table()
        .with(|r| {
            r.table_name(name)
                .attribute_definitions(vec![
                    AttributeDefinition::of("pk", ScalarAttributeType::S),
                    AttributeDefinition::of("sk", ScalarAttributeType::N),
                ])
                .key_schema(vec![
                    KeySchemaElement::hash("pk"),
                    KeySchemaElement::range("sk"),
                ])
                .provisioned_throughput(
                    ProvisionedThroughput::new()
                        .read_capacity_units(5)
                        .write_capacity_units(5),
                )
        })
        .await
}

fn is_code<T: std::fmt::Debug>(result: &boto_core::Result<T>, code: &str) -> bool {
    matches!(result, Err(e) if e.is_code(code))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn table_is_created_loaded_updated_and_deleted() -> boto_core::Result<()> {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let db = DynamoDb::new(&session(&moto));

    // create_table builds the Table from the answer's TableDescription: data pre-filled.
    let table = create(&db, "events").await?;
    assert_eq!(table.name(), "events");
    assert_eq!(table, db.table("events"));
    let created = table.data().expect("data from CreateTable's answer");
    assert_eq!(created.table_name.as_deref(), Some("events"));
    table
        .wait_until_exists()
        .delay(Duration::from_millis(50))
        .max_attempts(40)
        .await?;

    // A table by name loads DescribeTable on the first attribute, once.
    let fresh = db.table("events");
    assert!(fresh.data().is_none());
    assert_eq!(fresh.table_status().await?, Some(TableStatus::Active));
    assert!(fresh.data().is_some());
    let keys: Vec<String> = fresh
        .key_schema()
        .await?
        .unwrap_or_default()
        .into_iter()
        .map(|k| k.attribute_name)
        .collect();
    assert_eq!(keys, ["pk", "sk"]);
    let defs = fresh.attribute_definitions().await?.unwrap_or_default();
    assert_eq!(defs.len(), 2);
    assert_eq!(fresh.table_name().await?.as_deref(), Some("events"));
    assert!(fresh
        .table_arn()
        .await?
        .unwrap_or_default()
        .ends_with(":table/events"));
    assert!(fresh.creation_date_time().await?.is_some());
    assert_eq!(fresh.item_count().await?, Some(0));
    let throughput = fresh.provisioned_throughput().await?.expect("throughput");
    assert_eq!(throughput.read_capacity_units, Some(5));

    // update (UpdateTable) answers with the table, its data the new description.
    let updated = fresh
        .update()
        .with(|r| {
            r.provisioned_throughput(
                ProvisionedThroughput::new()
                    .read_capacity_units(10)
                    .write_capacity_units(7),
            )
        })
        .await?;
    assert_eq!(updated, fresh);
    let throughput = updated.provisioned_throughput().await?.expect("throughput");
    assert_eq!(throughput.read_capacity_units, Some(10));
    assert!(fresh.data().is_none(), "an action clears the loaded data");
    let reloaded = fresh.reload().await?;
    assert_eq!(
        reloaded
            .provisioned_throughput
            .as_ref()
            .and_then(|t| t.write_capacity_units),
        Some(7)
    );

    // delete, then wait until it is gone; loading it then is the service's error.
    table.delete().await?;
    table
        .wait_until_not_exists()
        .delay(Duration::from_millis(50))
        .max_attempts(40)
        .await?;
    let gone = db.table("events").load().await;
    assert!(is_code(&gone, "ResourceNotFoundException"), "{gone:?}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn item_actions_take_requests_and_conditions() -> boto_core::Result<()> {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let db = DynamoDb::new(&session(&moto));
    let table = create(&db, "items").await?;

    // put_item: the request, the table's name filled in; a condition on the write.
    let only_new = || Attr::new("pk").not_exists();
    let item = dynamodb::to_item(&event("a", 1))?;
    table
        .put_item()
        .with(|r| r.item(item.clone()).condition(only_new()))
        .await?;
    let again = table
        .put_item()
        .with(|r| r.item(item).condition(only_new()))
        .await;
    assert!(
        is_code(&again, "ConditionalCheckFailedException"),
        "{again:?}"
    );
    // The short serde form beside it.
    table.put(&event("a", 2)).await?;

    // get_item: the request; its item read into a serde type.
    let got = table
        .get_item()
        .with(|r| r.key(key!("pk" => "a", "sk" => 1)).consistent_read(true))
        .await?;
    let got: Event = dynamodb::from_item(got.item.expect("the item"))?;
    assert_eq!(got, event("a", 1));
    let missing = table
        .get_item()
        .with(|r| r.key(key!("pk" => "a", "sk" => 9)))
        .await?;
    assert!(missing.item.is_none());

    // update_item: an update expression and a condition sharing placeholders.
    let grown = table
        .update_item()
        .with(|r| {
            r.key(key!("pk" => "a", "sk" => 1))
                .update(Update::set("note", "seen").add("views", 10))
                .condition(Attr::new("views").lt(5))
                .return_values(ReturnValue::AllNew)
        })
        .await?;
    let grown: Event = dynamodb::from_item(grown.attributes.unwrap_or_default())?;
    assert_eq!((grown.views, grown.note.as_deref()), (11, Some("seen")));
    let refused = table
        .update_item()
        .with(|r| {
            r.key(key!("pk" => "a", "sk" => 1))
                .update(Update::add("views", 1))
                .condition(Attr::new("views").lt(5))
        })
        .await;
    assert!(
        is_code(&refused, "ConditionalCheckFailedException"),
        "{refused:?}"
    );
    let unchanged: Option<Event> = table.get(key!("pk" => "a", "sk" => 1)).await?;
    assert_eq!(unchanged.map(|e| e.views), Some(11));

    // delete_item: refused by its condition, then done, the old item returned.
    let refused = table
        .delete_item()
        .with(|r| {
            r.key(key!("pk" => "a", "sk" => 2))
                .condition(Attr::new("note").exists())
        })
        .await;
    assert!(
        is_code(&refused, "ConditionalCheckFailedException"),
        "{refused:?}"
    );
    let deleted = table
        .delete_item()
        .with(|r| {
            r.key(key!("pk" => "a", "sk" => 2))
                .condition(Attr::new("note").not_exists())
                .return_values(ReturnValue::AllOld)
        })
        .await?;
    let deleted: Event = dynamodb::from_item(deleted.attributes.unwrap_or_default())?;
    assert_eq!(deleted, event("a", 2));

    // query and scan: the serde streams, adjusted with `with`, or boto3's one request.
    for sk in 10..20 {
        table.put(&event("q", sk)).await?;
    }
    let counted = table
        .query::<Event>(Key::new("pk").eq("q"))
        .with(|r| r.select(Select::Count))
        .send()
        .await?;
    assert_eq!(counted.count, Some(10));
    assert!(counted.items.unwrap_or_default().is_empty());
    let pages: Vec<_> = table
        .query::<Event>(Key::new("pk").eq("q") & Key::new("sk").ge(12))
        .page_size(3)
        .pages()
        .try_collect()
        .await?;
    let sizes: Vec<usize> = pages
        .iter()
        .map(|p| p.items.as_ref().map_or(0, Vec::len))
        .collect();
    assert_eq!(sizes.iter().sum::<usize>(), 8);
    assert!(sizes.len() >= 3, "{sizes:?}");
    let after_15: Vec<Event> = table
        .query::<Event>(Key::new("pk").eq("q"))
        .with(|r| r.exclusive_start_key(key!("pk" => "q", "sk" => 15)))
        .try_collect()
        .await?;
    assert_eq!(
        after_15.iter().map(|e| e.sk).collect::<Vec<_>>(),
        [16, 17, 18, 19]
    );
    let one_page = table.scan::<Event>().page_size(4).send().await?;
    assert_eq!(one_page.items.unwrap_or_default().len(), 4);
    assert!(one_page.last_evaluated_key.is_some());
    let scanned = table
        .scan::<Event>()
        .with(|r| r.filter(Attr::new("views").gt(5)))
        .send()
        .await?;
    assert_eq!(scanned.count, Some(1));

    // reload sees the items written since the first load.
    assert_eq!(table.reload().await?.item_count, Some(11));
    Ok(())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn service_resource_batches_and_lists_tables() -> boto_core::Result<()> {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let db = DynamoDb::new(&session(&moto));
    let names = ["tl-a", "tl-b", "tl-c", "tl-d", "tl-e"];
    for name in names {
        db.create_table()
            .with(|r| {
                r.table_name(name)
                    .attribute_definitions(vec![AttributeDefinition::of(
                        "pk",
                        ScalarAttributeType::S,
                    )])
                    .key_schema(vec![KeySchemaElement::hash("pk")])
                    .billing_mode(BillingMode::PayPerRequest)
            })
            .await?;
    }
    let expected: Vec<Table> = names.iter().map(|n| db.table(*n)).collect();

    // The collection, over pages of two tables.
    let all: Vec<Table> = db.tables().all().page_size(2).try_collect().await?;
    assert_eq!(all, expected);
    let pages: Vec<Vec<Table>> = db.tables().page_size(2).pages().try_collect().await?;
    assert_eq!(pages.iter().map(Vec::len).collect::<Vec<_>>(), [2, 2, 1]);
    let three: Vec<Table> = db.tables().page_size(2).limit(3).try_collect().await?;
    assert_eq!(three, expected[..3]);
    let after_b: Vec<Table> = db
        .tables()
        .filter(|r| r.exclusive_start_table_name("tl-b"))
        .try_collect()
        .await?;
    assert_eq!(after_b, expected[2..]);

    // batch_write_item and batch_get_item across two tables.
    let written = db
        .batch_write_item()
        .with(|r| {
            r.request_items(HashMap::from([
                (
                    "tl-a".to_owned(),
                    vec![WriteRequest::put(key!("pk" => "x"))],
                ),
                (
                    "tl-b".to_owned(),
                    vec![WriteRequest::put(key!("pk" => "y"))],
                ),
            ]))
        })
        .await?;
    assert!(written.unprocessed_items.unwrap_or_default().is_empty());
    let read = db
        .batch_get_item()
        .with(|r| {
            r.request_items(HashMap::from([
                (
                    "tl-a".to_owned(),
                    KeysAndAttributes::new().keys(vec![key!("pk" => "x")]),
                ),
                (
                    "tl-b".to_owned(),
                    KeysAndAttributes::new().keys(vec![key!("pk" => "y"), key!("pk" => "z")]),
                ),
            ]))
        })
        .await?;
    let responses = read.responses.unwrap_or_default();
    assert_eq!(responses["tl-a"].len(), 1);
    assert_eq!(responses["tl-b"].len(), 1);
    assert_eq!(responses["tl-b"][0]["pk"].as_s(), Some("y"));
    Ok(())
}
