//! The typed DynamoDB client and the serde item layer against moto.

#![cfg(feature = "dynamodb")]

use boto_core::{ErrorKind, RetryConfig, Session};
use boto_services::dynamodb::{
    self, key, Attr, AttributeDefinition, BatchGetItemInput, BatchWriteItemInput, Client,
    CreateTableInput, DeleteItemInput, DeleteTableInput, DescribeTableInput, GetItemInput, Key,
    KeySchemaElement, KeysAndAttributes, Number, Placeholders, ProjectionExpr, PutItemInput,
    QueryInput, ReturnValue, ScalarAttributeType, ScanInput, StringSet, TableStatus, Update,
    UpdateItemInput, WriteRequest,
};
use boto_services::dynamodb::{
    ConditionCheck, DescribeTimeToLiveInput, Get, ListTablesInput, Put, TimeToLiveSpecification,
    TimeToLiveStatus, TransactGetItemsInput, TransactWriteItemsInput, UpdateTableInput,
    UpdateTimeToLiveInput,
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
    amount: Number,
    tags: Option<StringSet>,
    note: Option<String>,
    meta: HashMap<String, i32>,
}

fn event(pk: &str, sk: u64) -> Event {
    Event {
        pk: pk.into(),
        sk,
        views: (1 << 53) + sk,
        amount: "12345678901234567890.123456789012345678".parse().unwrap(),
        tags: Some(StringSet::from(["a", "b"])),
        note: None,
        meta: HashMap::from([("depth".to_owned(), 3)]),
    }
}

fn session(moto: &testkit::MotoServer) -> Session {
    testkit::moto_session!(moto, .retry(RetryConfig::standard().max_attempts(2)))
}

async fn create_table(client: &Client, name: &str) {
    let out = client
        .create_table(
            CreateTableInput::new()
                .table_name(name)
                .attribute_definitions(vec![
                    AttributeDefinition::of("pk", ScalarAttributeType::S),
                    AttributeDefinition::of("sk", ScalarAttributeType::N),
                ])
                .key_schema(vec![
                    KeySchemaElement::hash("pk"),
                    KeySchemaElement::range("sk"),
                ])
                .billing_mode(dynamodb::BillingMode::PayPerRequest),
        )
        .await
        .unwrap();
    assert_eq!(
        out.table_description.unwrap().table_name.as_deref(),
        Some(name)
    );
    let done = client
        .wait_until_table_exists(DescribeTableInput::new().table_name(name))
        .delay(Duration::from_millis(50))
        .max_attempts(40)
        .await
        .unwrap()
        .and_then(|o| o.table)
        .unwrap();
    assert_eq!(done.table_status, Some(TableStatus::Active));
    assert_eq!(done.key_schema.unwrap()[1], KeySchemaElement::range("sk"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn items_round_trip_exactly_through_dynamodb() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let client = Client::new(&session(&moto));
    create_table(&client, "events").await;

    // put with a condition, then read back
    let e1 = event("p1", 1);
    let cond = Attr::new("pk").not_exists().build();
    client
        .put_item(
            PutItemInput::new()
                .table_name("events")
                .item(dynamodb::to_item(&e1).unwrap())
                .condition_expression(cond.expression.clone())
                .expression_attribute_names(cond.names.clone()),
        )
        .await
        .unwrap();
    let got = client
        .get_item(
            GetItemInput::new()
                .table_name("events")
                .key(key!("pk" => "p1", "sk" => 1))
                .consistent_read(true),
        )
        .await
        .unwrap();
    let item = got.item.expect("the item was written");
    assert_eq!(item["views"].as_n().unwrap().as_str(), "9007199254740993");
    let back: Event = dynamodb::from_item(item).unwrap();
    assert_eq!(back, e1);

    // the same conditional put now fails with the service's code
    let err = client
        .put_item(
            PutItemInput::new()
                .table_name("events")
                .item(dynamodb::to_item(&e1).unwrap())
                .condition_expression(cond.expression)
                .expression_attribute_names(cond.names),
        )
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Service, "{err:?}");
    assert!(err.is_code("ConditionalCheckFailedException"), "{err:?}");

    // a missing item is None
    let none = client
        .get_item(
            GetItemInput::new()
                .table_name("events")
                .key(key!("pk" => "zz", "sk" => 0)),
        )
        .await
        .unwrap();
    assert!(none.item.is_none());

    // update expression with a condition, sharing placeholders
    let mut ph = Placeholders::new();
    let update = Update::set("note", "seen")
        .add("views", 10)
        .remove("meta.depth")
        .render(&mut ph);
    let condition = Attr::new("views").gt(100).render(&mut ph);
    let (names, values) = ph.into_parts();
    let out = client
        .update_item(
            UpdateItemInput::new()
                .table_name("events")
                .key(key!("pk" => "p1", "sk" => 1))
                .update_expression(update)
                .condition_expression(condition)
                .expression_attribute_names(names)
                .expression_attribute_values(values)
                .return_values(ReturnValue::AllNew),
        )
        .await
        .unwrap();
    let updated: Event = dynamodb::from_item(out.attributes.unwrap_or_default()).unwrap();
    assert_eq!(updated.note.as_deref(), Some("seen"));
    assert_eq!(updated.views, (1 << 53) + 11);
    assert!(updated.meta.is_empty());

    // a batch of writes, then query with a key condition, a filter and a projection
    let writes: Vec<WriteRequest> = (2..=7)
        .map(|sk| WriteRequest::put(dynamodb::to_item(&event("p1", sk)).unwrap()))
        .chain([WriteRequest::put(
            dynamodb::to_item(&event("p2", 1)).unwrap(),
        )])
        .collect();
    let out = client
        .batch_write_item(
            BatchWriteItemInput::new()
                .request_items(HashMap::from([("events".to_owned(), writes)])),
        )
        .await
        .unwrap();
    assert!(out
        .unprocessed_items
        .unwrap_or_default()
        .values()
        .all(Vec::is_empty));

    let mut ph = Placeholders::new();
    let kc = (Key::new("pk").eq("p1") & Key::new("sk").between(2, 6)).render(&mut ph);
    let filter = Attr::new("sk").ne(4).render(&mut ph);
    let projection = ProjectionExpr::new(["pk", "sk", "amount"]).render(&mut ph);
    let (names, values) = ph.into_parts();
    let request = QueryInput::new()
        .table_name("events")
        .key_condition_expression(kc)
        .filter_expression(filter)
        .projection_expression(projection)
        .expression_attribute_names(names)
        .expression_attribute_values(values)
        .limit(2);
    let pages: Vec<_> = client
        .query_pages(request.clone())
        .try_collect()
        .await
        .unwrap();
    assert!(
        pages.len() >= 3,
        "limit 2 over 5 items pages: {}",
        pages.len()
    );
    let sks: Vec<u64> = client
        .query_items(request)
        .map_ok(|item| dynamodb::from_attribute_value::<u64>(item["sk"].clone()).unwrap())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(sks, vec![2, 3, 5, 6]);

    // scan everything, page by page
    let all: Vec<Event> = client
        .scan_items(ScanInput::new().table_name("events").limit(3))
        .map_ok(|item| dynamodb::from_item::<Event>(item).unwrap())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 8);
    assert!(all.iter().all(|e| e.amount == e1.amount));

    // batch get
    let out = client
        .batch_get_item(BatchGetItemInput::new().request_items(HashMap::from([(
            "events".to_owned(),
            KeysAndAttributes::new().keys(vec![
                key!("pk" => "p1", "sk" => 2),
                key!("pk" => "p2", "sk" => 1),
                key!("pk" => "p9", "sk" => 9),
            ]),
        )])))
        .await
        .unwrap();
    let mut got: Vec<Event> = out.responses.unwrap_or_default()["events"]
        .iter()
        .map(|i| dynamodb::from_item(i.clone()).unwrap())
        .collect();
    got.sort_by(|a, b| a.pk.cmp(&b.pk));
    assert_eq!(got, vec![event("p1", 2), event("p2", 1)]);

    // delete one item, returning it
    let out = client
        .delete_item(
            DeleteItemInput::new()
                .table_name("events")
                .key(key!("pk" => "p2", "sk" => 1))
                .return_values(ReturnValue::AllOld),
        )
        .await
        .unwrap();
    assert_eq!(
        dynamodb::from_item::<Event>(out.attributes.unwrap_or_default()).unwrap(),
        event("p2", 1)
    );

    // reading into a type that cannot hold a stored number is a decode error
    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Narrow {
        views: u32,
    }
    let item = client
        .get_item(
            GetItemInput::new()
                .table_name("events")
                .key(key!("pk" => "p1", "sk" => 2)),
        )
        .await
        .unwrap()
        .item
        .unwrap();
    let err = dynamodb::from_item::<Narrow>(item).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode);
    assert!(err.to_string().contains("views"), "{err}");

    client
        .delete_table(DeleteTableInput::new().table_name("events"))
        .await
        .unwrap();
    client
        .wait_until_table_not_exists(DescribeTableInput::new().table_name("events"))
        .delay(Duration::from_millis(50))
        .max_attempts(40)
        .await
        .unwrap();
    let err = client
        .describe_table(DescribeTableInput::new().table_name("events"))
        .await
        .unwrap_err();
    assert!(err.is_code("ResourceNotFoundException"), "{err:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn table_resource_reads_and_writes_serde_types() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let db = dynamodb::DynamoDb::new(&session(&moto));
    create_table(db.client(), "log").await;
    let table = db.table("log");
    assert_eq!(table, db.table("log"));
    assert_eq!(
        table.describe().await.unwrap().table_name.as_deref(),
        Some("log")
    );

    table.put(&event("a", 1)).await.unwrap();
    let got: Option<Event> = table.get(key!("pk" => "a", "sk" => 1)).await.unwrap();
    assert_eq!(got, Some(event("a", 1)));
    let missing: Option<Event> = table.get(key!("pk" => "a", "sk" => 99)).await.unwrap();
    assert_eq!(missing, None);

    // conditional put: only when absent
    let err = table
        .put_if(&event("a", 1), Attr::new("pk").not_exists())
        .await
        .unwrap_err();
    assert!(err.is_code("ConditionalCheckFailedException"), "{err:?}");
    table
        .put_if(&event("a", 2), Attr::new("pk").not_exists())
        .await
        .unwrap();

    // buffered writes, 40 items in two partitions
    let mut w = table.batch_writer().overwrite_by_pkeys(["pk", "sk"]);
    for sk in 3..=22 {
        w.put(&event("a", sk)).await.unwrap();
        w.put(&event("b", sk)).await.unwrap();
    }
    let mut replaced = event("b", 22);
    replaced.note = Some("last write wins".into());
    w.put(&replaced).await.unwrap();
    w.flush().await.unwrap();
    assert_eq!(w.pending(), 0);

    // query: key condition, filter, order, page size, limit
    let q: Vec<Event> = table
        .query::<Event>(Key::new("pk").eq("a") & Key::new("sk").ge(10))
        .filter(Attr::new("sk").lt(20) & !Attr::new("sk").is_in([12, 13]))
        .descending()
        .page_size(3)
        .try_collect()
        .await
        .unwrap();
    let sks: Vec<u64> = q.iter().map(|e| e.sk).collect();
    assert_eq!(sks, vec![19, 18, 17, 16, 15, 14, 11, 10]);
    let first_two: Vec<Event> = table
        .query::<Event>(Key::new("pk").eq("b"))
        .limit(2)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(
        first_two.iter().map(|e| e.sk).collect::<Vec<_>>(),
        vec![3, 4]
    );

    // scan with a filter on a nested attribute and a projection into a narrower type
    #[derive(Deserialize, Debug, PartialEq)]
    struct Keys {
        pk: String,
        sk: u64,
    }
    let mut keys: Vec<Keys> = table
        .scan::<Keys>()
        .filter(Attr::new("note").exists())
        .projection(ProjectionExpr::new(["pk", "sk"]))
        .page_size(7)
        .try_collect()
        .await
        .unwrap();
    keys.sort_by_key(|k| (k.pk.clone(), k.sk));
    assert_eq!(
        keys,
        vec![Keys {
            pk: "b".into(),
            sk: 22
        }]
    );
    let everything: Vec<Event> = table.scan::<Event>().try_collect().await.unwrap();
    assert_eq!(everything.len(), 42);
    let mut segmented = 0;
    for segment in 0..3 {
        let part: Vec<Keys> = table
            .scan::<Keys>()
            .segment(segment, 3)
            .try_collect()
            .await
            .unwrap();
        segmented += part.len();
    }
    assert_eq!(segmented, 42);

    // update with a condition (boto3's `update_item`); the new item comes back
    let new = table
        .update_item()
        .with(|r| {
            r.key(key!("pk" => "a", "sk" => 3))
                .update(Update::set("note", "edited").add("views", 1))
                .condition(Attr::new("views").gte(1u64 << 53))
                .return_values(ReturnValue::AllNew)
        })
        .await
        .unwrap();
    let new: Event = dynamodb::from_item(new.attributes.unwrap_or_default()).unwrap();
    assert_eq!(new.views, (1 << 53) + 4);
    assert_eq!(new.note.as_deref(), Some("edited"));

    table
        .delete_item()
        .with(|r| r.key(key!("pk" => "a", "sk" => 3)))
        .await
        .unwrap();
    let gone: Option<Event> = table.get(key!("pk" => "a", "sk" => 3)).await.unwrap();
    assert!(gone.is_none());

    table.delete().await.unwrap();
    table
        .wait_until_not_exists()
        .delay(Duration::from_millis(50))
        .max_attempts(40)
        .await
        .unwrap();
}

fn transact_put(table: &str, pk: &str, sk: u64) -> Put {
    Put::new()
        .table_name(table)
        .item(dynamodb::to_item(&event(pk, sk)).unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transactions_write_and_read_all_or_nothing() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let client = Client::new(&session(&moto));
    create_table(&client, "ledger").await;

    // two puts in one transaction, read back with TransactGetItems
    client
        .transact_write_items(TransactWriteItemsInput::new().transact_items(vec![
            transact_put("ledger", "t1", 1).into(),
            transact_put("ledger", "t1", 2).into(),
        ]))
        .await
        .unwrap();
    let got = client
        .transact_get_items(TransactGetItemsInput::new().transact_items(vec![
            Get::new()
                .table_name("ledger")
                .key(key!("pk" => "t1", "sk" => 1))
                .into(),
            Get::new()
                .table_name("ledger")
                .key(key!("pk" => "t1", "sk" => 2))
                .into(),
            Get::new()
                .table_name("ledger")
                .key(key!("pk" => "none", "sk" => 0))
                .into(),
        ]))
        .await
        .unwrap();
    let responses = got.responses.unwrap_or_default();
    assert_eq!(responses.len(), 3);
    let read: Vec<Event> = responses[..2]
        .iter()
        .map(|r| dynamodb::from_item(r.item.clone().expect("written")).unwrap())
        .collect();
    assert_eq!(read, vec![event("t1", 1), event("t1", 2)]);
    assert!(responses[2].item.as_ref().is_none_or(|i| i.is_empty()));

    // a failing condition check cancels the whole transaction
    let cond = Attr::new("pk").not_exists().build();
    let err = client
        .transact_write_items(TransactWriteItemsInput::new().transact_items(vec![
            transact_put("ledger", "t2", 1).into(),
            ConditionCheck::new()
                .table_name("ledger")
                .key(key!("pk" => "t1", "sk" => 1))
                .condition_expression(cond.expression)
                .expression_attribute_names(cond.names)
                .into(),
        ]))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Service, "{err:?}");
    assert!(err.is_code("TransactionCanceledException"), "{err:?}");
    let none = client
        .get_item(
            GetItemInput::new()
                .table_name("ledger")
                .key(key!("pk" => "t2", "sk" => 1)),
        )
        .await
        .unwrap();
    assert!(none.item.is_none(), "the cancelled put was written");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn time_to_live_update_table_and_list_tables() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let client = Client::new(&session(&moto));
    for name in ["tl-a", "tl-b", "tl-c", "tl-d", "tl-e"] {
        create_table(&client, name).await;
    }

    let out = client
        .update_time_to_live(
            UpdateTimeToLiveInput::new()
                .table_name("tl-a")
                .time_to_live_specification(
                    TimeToLiveSpecification::new()
                        .enabled(true)
                        .attribute_name("expires"),
                ),
        )
        .await
        .unwrap();
    let spec = out.time_to_live_specification.unwrap();
    assert!(spec.enabled);
    assert_eq!(spec.attribute_name, "expires");
    let ttl = client
        .describe_time_to_live(DescribeTimeToLiveInput::new().table_name("tl-a"))
        .await
        .unwrap()
        .time_to_live_description
        .unwrap();
    assert!(
        matches!(
            ttl.time_to_live_status,
            Some(TimeToLiveStatus::Enabled | TimeToLiveStatus::Enabling)
        ),
        "{ttl:?}"
    );
    assert_eq!(ttl.attribute_name.as_deref(), Some("expires"));

    // UpdateTable: from on-demand to provisioned capacity
    let updated = client
        .update_table(
            UpdateTableInput::new()
                .table_name("tl-b")
                .billing_mode(dynamodb::BillingMode::Provisioned)
                .provisioned_throughput(
                    dynamodb::ProvisionedThroughput::new()
                        .read_capacity_units(5)
                        .write_capacity_units(3),
                ),
        )
        .await
        .unwrap()
        .table_description
        .unwrap();
    assert_eq!(updated.table_name.as_deref(), Some("tl-b"));
    let described = client
        .describe_table(DescribeTableInput::new().table_name("tl-b"))
        .await
        .unwrap()
        .table
        .unwrap();
    let throughput = described.provisioned_throughput.unwrap();
    assert_eq!(throughput.read_capacity_units, Some(5));
    assert_eq!(throughput.write_capacity_units, Some(3));

    let pages: Vec<_> = client
        .list_tables_pages(ListTablesInput::new().limit(2))
        .try_collect()
        .await
        .unwrap();
    assert!(pages.len() >= 3, "limit 2 over 5 tables: {pages:?}");
    assert!(
        pages
            .iter()
            .all(|p| p.table_names.as_ref().is_none_or(|n| n.len() <= 2)),
        "{pages:?}"
    );
    let names: Vec<String> = client
        .list_tables_items(ListTablesInput::new().limit(2))
        .try_collect()
        .await
        .unwrap();
    let mut sorted = names.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), names.len(), "a table listed twice: {names:?}");
    for name in ["tl-a", "tl-b", "tl-c", "tl-d", "tl-e"] {
        assert!(names.iter().any(|n| n == name), "{name} missing: {names:?}");
    }

    let tables: Vec<dynamodb::Table> = dynamodb::DynamoDb::new(&session(&moto))
        .tables()
        .try_collect()
        .await
        .unwrap();
    let from_resource: Vec<&str> = tables.iter().map(dynamodb::Table::name).collect();
    assert_eq!(from_resource, names);
}

/// Operations the generated client adds over the first hand-written one (17 of 57): tags
/// and on-demand backups, with the `list_backups` paginator.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tags_and_backups_of_the_generated_client() {
    use boto_services::dynamodb::{
        BackupStatus, CreateBackupInput, DeleteBackupInput, DescribeBackupInput,
        ListTagsOfResourceInput, Tag, TagResourceInput, UntagResourceInput,
    };
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let client = Client::new(&session(&moto));
    create_table(&client, "backed").await;
    let arn = client
        .describe_table(DescribeTableInput::new().table_name("backed"))
        .await
        .unwrap()
        .table
        .and_then(|t| t.table_arn)
        .expect("a table ARN");

    client
        .tag_resource(
            TagResourceInput::new()
                .resource_arn(&arn)
                .tags(vec![Tag::new().key("team").value("core")]),
        )
        .await
        .unwrap();
    let tags = client
        .list_tags_of_resource(ListTagsOfResourceInput::new().resource_arn(&arn))
        .await
        .unwrap()
        .tags
        .unwrap_or_default();
    assert_eq!(tags, vec![Tag::new().key("team").value("core")]);
    client
        .untag_resource(
            UntagResourceInput::new()
                .resource_arn(&arn)
                .tag_keys(vec!["team".to_owned()]),
        )
        .await
        .unwrap();
    let tags = client
        .list_tags_of_resource(ListTagsOfResourceInput::new().resource_arn(&arn))
        .await
        .unwrap()
        .tags
        .unwrap_or_default();
    assert!(tags.is_empty(), "{tags:?}");

    let backup = client
        .create_backup(
            CreateBackupInput::new()
                .table_name("backed")
                .backup_name("nightly"),
        )
        .await
        .unwrap()
        .backup_details
        .expect("backup details");
    assert_eq!(backup.backup_name, "nightly");
    let described = client
        .describe_backup(DescribeBackupInput::new().backup_arn(&backup.backup_arn))
        .await
        .unwrap()
        .backup_description
        .and_then(|d| d.backup_details)
        .expect("described");
    assert_eq!(described.backup_arn, backup.backup_arn);
    assert!(matches!(
        described.backup_status,
        BackupStatus::Available | BackupStatus::Creating
    ));
    let listed: Vec<_> = client
        .list_backups_items(boto_services::dynamodb::ListBackupsInput::new().table_name("backed"))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert_eq!(listed[0].backup_arn.as_deref(), Some(&*backup.backup_arn));
    client
        .delete_backup(DeleteBackupInput::new().backup_arn(&backup.backup_arn))
        .await
        .unwrap();
    let err = client
        .describe_backup(DescribeBackupInput::new().backup_arn(&backup.backup_arn))
        .await
        .expect_err("deleted");
    assert_eq!(err.code(), Some("BackupNotFoundException"), "{err:?}");
}

/// `kinesis_streaming_destination_active` fails as soon as every destination is DISABLED or
/// ENABLE_FAILED (botocore's failure acceptor: a filter inside `length(..)` compared with
/// another length), and keeps polling while one is still ENABLING.
#[tokio::test(start_paused = true)]
async fn kinesis_destination_waiter_fails_when_every_destination_failed() {
    use boto_core::http::replay::ReplayClient;
    const JSON: [(&str, &str); 1] = [("content-type", "application/x-amz-json-1.0")];
    let replay = ReplayClient::new();
    let page = |statuses: &[&str]| {
        let destinations: Vec<String> = statuses
            .iter()
            .map(|s| format!(r#"{{"StreamArn":"arn:s","DestinationStatus":"{s}"}}"#))
            .collect();
        format!(
            r#"{{"TableName":"t","KinesisDataStreamDestinations":[{}]}}"#,
            destinations.join(",")
        )
    };
    replay.push(200, &JSON, page(&["ENABLE_FAILED", "ENABLING"]));
    replay.push(200, &JSON, page(&["ENABLE_FAILED", "DISABLED"]));
    let session = testkit::replay_session!(&replay);
    let err = Client::new(&session)
        .wait_until_kinesis_streaming_destination_active(
            dynamodb::DescribeKinesisStreamingDestinationInput::new().table_name("t"),
        )
        .await
        .expect_err("every destination failed");
    assert_eq!(err.kind(), ErrorKind::Waiter, "{err:?}");
    assert_eq!(replay.requests().len(), 2, "ENABLING still polls");
}
