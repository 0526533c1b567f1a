//! The scenario's DynamoDB resource steps with boto-services (mirrors
//! `dynamodb_resource_steps` in scenario.py): boto3's `DynamoDb` and `Table`.

use super::code;
use boto_services::core::{Result, Session};
use boto_services::dynamodb::{
    key, Attr, AttributeDefinition, DynamoDb, KeySchemaElement, ProvisionedThroughput, ReturnValue,
    ScalarAttributeType, Select, Table, Update,
};
use futures::TryStreamExt;
use serde_json::{json, Value};

fn throughput(read: i64) -> ProvisionedThroughput {
    ProvisionedThroughput::new()
        .read_capacity_units(read)
        .write_capacity_units(5)
}

/// The number `n` of an item.
fn n(item: Option<&boto_services::dynamodb::Item>) -> Value {
    let n = item.and_then(|i| i.get("n")).and_then(|v| v.as_n());
    json!(n.and_then(|n| n.as_str().parse::<i64>().ok()))
}

fn names(tables: &[Table]) -> Vec<&str> {
    tables.iter().map(Table::name).collect()
}

pub(crate) async fn dynamodb_resource_steps(session: &Session) -> Result<Value> {
    let ddb = DynamoDb::new(session);
    let table = ddb
        .create_table()
        .with(|r| {
            r.table_name("diff-res")
                .key_schema(vec![KeySchemaElement::hash("pk")])
                .attribute_definitions(vec![AttributeDefinition::of("pk", ScalarAttributeType::S)])
                .provisioned_throughput(throughput(5))
        })
        .await?;
    let keys: Vec<String> = table
        .key_schema()
        .await?
        .unwrap_or_default()
        .into_iter()
        .map(|k| k.attribute_name)
        .collect();
    let mut out = json!({
        "created": [
            table.name(),
            table.table_status().await?.map(|s| s.as_str().to_owned()),
            keys,
            table.provisioned_throughput().await?.and_then(|t| t.read_capacity_units),
        ],
    });
    table.wait_until_exists().await?;
    let item = key!("pk" => "a", "n" => 1);
    table.put_item().with(|r| r.item(item)).await?;
    let again = key!("pk" => "a", "n" => 2);
    out["put_again"] = code(
        table
            .put_item()
            .with(|r| r.item(again).condition(Attr::new("pk").not_exists()))
            .await,
    );
    let updated = table
        .update_item()
        .with(|r| {
            r.key(key!("pk" => "a"))
                .update(Update::add("n", 1))
                .condition(Attr::new("n").lt(5))
                .return_values(ReturnValue::AllNew)
        })
        .await?;
    out["updated"] = n(updated.attributes.as_ref());
    out["update_refused"] = code(
        table
            .update_item()
            .with(|r| {
                r.key(key!("pk" => "a"))
                    .update(Update::add("n", 1))
                    .condition(Attr::new("n").gt(5))
            })
            .await,
    );
    let got = table.get_item().with(|r| r.key(key!("pk" => "a"))).await?;
    out["got"] = n(got.item.as_ref());
    out["delete_refused"] = code(
        table
            .delete_item()
            .with(|r| {
                r.key(key!("pk" => "a"))
                    .condition(Attr::new("pk").not_exists())
            })
            .await,
    );
    table.reload().await?;
    out["loaded"] = json!([
        table.item_count().await?,
        table.table_status().await?.map(|s| s.as_str().to_owned()),
    ]);
    table
        .delete_item()
        .with(|r| r.key(key!("pk" => "a")))
        .await?;
    let counted = table
        .scan::<Value>()
        .with(|r| r.select(Select::Count))
        .send()
        .await?;
    out["count"] = json!(counted.count);
    let bigger = table
        .update()
        .with(|r| r.provisioned_throughput(throughput(10)))
        .await?;
    out["throughput"] = json!(bigger
        .provisioned_throughput()
        .await?
        .and_then(|t| t.read_capacity_units));
    let tables: Vec<Table> = ddb.tables().page_size(1).try_collect().await?;
    out["tables"] = json!(names(&tables));
    table.delete().await?;
    table.wait_until_not_exists().await?;
    let after: Vec<Table> = ddb.tables().all().try_collect().await?;
    out["after"] = json!(names(&after));
    Ok(out)
}
