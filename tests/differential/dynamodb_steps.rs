//! The scenario's DynamoDB steps with boto-services (mirrors `dynamodb_steps` in
//! scenario.py).

use super::{code, TABLE};
use boto_services::core::{Result, Session};
use boto_services::dynamodb::{self, AttributeValue};
use serde_json::{json, Value};
use std::collections::HashMap;
use std::time::Duration;

/// An attribute value as the scenario prints it: sets sorted, binary as a list of bytes.
fn canonical(v: &AttributeValue) -> Value {
    let bytes = |b: &boto_services::core::Blob| json!(b.as_ref());
    match v {
        AttributeValue::S(s) => json!({"S": s}),
        AttributeValue::N(n) => json!({"N": n.as_str()}),
        AttributeValue::B(b) => json!({"B": bytes(b)}),
        AttributeValue::SS(ss) => {
            let mut ss = ss.clone();
            ss.sort();
            json!({"SS": ss})
        }
        AttributeValue::NS(ns) => {
            let mut ns: Vec<&str> = ns.iter().map(|n| n.as_str()).collect();
            ns.sort();
            json!({"NS": ns})
        }
        AttributeValue::BS(bs) => {
            let mut bs: Vec<Vec<u8>> = bs.iter().map(|b| b.as_ref().to_vec()).collect();
            bs.sort();
            json!({"BS": bs})
        }
        AttributeValue::M(m) => json!({"M": canonical_item(Some(m))}),
        AttributeValue::L(l) => json!({"L": l.iter().map(canonical).collect::<Vec<_>>()}),
        AttributeValue::Null(_) => json!({"NULL": true}),
        AttributeValue::Bool(b) => json!({"BOOL": b}),
    }
}

fn canonical_item(item: Option<&HashMap<String, AttributeValue>>) -> Value {
    match item {
        None => Value::Null,
        Some(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), canonical(v))).collect()),
    }
}

fn s(x: &str) -> AttributeValue {
    AttributeValue::S(x.to_owned())
}

fn n(x: &str) -> AttributeValue {
    AttributeValue::N(x.parse().expect("a number"))
}

fn item<const N: usize>(pairs: [(&str, AttributeValue); N]) -> HashMap<String, AttributeValue> {
    pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

pub(crate) async fn dynamodb_steps(session: &Session) -> Result<Value> {
    use dynamodb::{
        AttributeDefinition, BillingMode, CreateTableInput, DescribeTableInput, GetItemInput,
        KeySchemaElement, PutItemInput, QueryInput, ReturnValue, ScalarAttributeType, ScanInput,
        UpdateItemInput,
    };
    let ddb = dynamodb::Client::new(session);
    ddb.create_table(
        CreateTableInput::new()
            .table_name(TABLE)
            .key_schema(vec![
                KeySchemaElement::hash("pk"),
                KeySchemaElement::range("sk"),
            ])
            .attribute_definitions(vec![
                AttributeDefinition::of("pk", ScalarAttributeType::S),
                AttributeDefinition::of("sk", ScalarAttributeType::N),
            ])
            .billing_mode(BillingMode::PayPerRequest),
    )
    .await?;
    ddb.wait_until_table_exists(DescribeTableInput::new().table_name(TABLE))
        .delay(Duration::from_secs(1))
        .max_attempts(30)
        .await?;
    let status = ddb
        .describe_table(DescribeTableInput::new().table_name(TABLE))
        .await?
        .table
        .and_then(|t| t.table_status)
        .map(|s| s.as_str().to_owned());
    let first = item([
        ("pk", s("a")),
        ("sk", n("1")),
        ("name", s("first")),
        ("big", n("12345678901234567890.123456789")),
        ("tags", AttributeValue::SS(vec!["y".into(), "x".into()])),
        (
            "nums",
            AttributeValue::NS(vec!["2.5".parse()?, "1".parse()?]),
        ),
        ("bin", AttributeValue::B(vec![0u8, 1, 255].into())),
        (
            "nested",
            AttributeValue::M(item([
                (
                    "l",
                    AttributeValue::L(vec![
                        s("s"),
                        n("3"),
                        AttributeValue::Bool(true),
                        AttributeValue::Null(true),
                    ]),
                ),
                (
                    "bs",
                    AttributeValue::BS(vec![vec![2u8].into(), vec![1u8].into()]),
                ),
            ])),
        ),
    ]);
    let put = |item| ddb.put_item(PutItemInput::new().table_name(TABLE).item(item));
    put(first).await?;
    put(item([
        ("pk", s("a")),
        ("sk", n("2")),
        ("name", s("second")),
    ]))
    .await?;
    put(item([("pk", s("a")), ("sk", n("3")), ("name", s("third"))])).await?;
    put(item([("pk", s("b")), ("sk", n("1"))])).await?;
    let got = ddb
        .get_item(
            GetItemInput::new()
                .table_name(TABLE)
                .key(item([("pk", s("a")), ("sk", n("1"))]))
                .consistent_read(true),
        )
        .await?;
    let query = ddb
        .query(
            QueryInput::new()
                .table_name(TABLE)
                .key_condition_expression("pk = :pk AND sk BETWEEN :lo AND :hi")
                .expression_attribute_values(item([
                    (":pk", s("a")),
                    (":lo", n("1")),
                    (":hi", n("2")),
                ]))
                .scan_index_forward(false),
        )
        .await?;
    let scan = ddb
        .scan(
            ScanInput::new()
                .table_name(TABLE)
                .filter_expression("attribute_exists(#n)")
                .expression_attribute_names(HashMap::from([("#n".into(), "name".into())])),
        )
        .await?;
    let mut named: Vec<&str> = scan
        .items
        .iter()
        .flatten()
        .filter_map(|i| i.get("name").and_then(|v| v.as_s()))
        .collect();
    named.sort();
    let updated = ddb
        .update_item(
            UpdateItemInput::new()
                .table_name(TABLE)
                .key(item([("pk", s("a")), ("sk", n("2"))]))
                .update_expression("ADD #c :one SET #s = :s")
                .expression_attribute_names(HashMap::from([
                    ("#c".into(), "count".into()),
                    ("#s".into(), "state".into()),
                ]))
                .expression_attribute_values(item([(":one", n("1")), (":s", s("seen"))]))
                .return_values(ReturnValue::AllNew),
        )
        .await?;
    let missing = ddb
        .get_item(
            GetItemInput::new()
                .table_name(TABLE)
                .key(item([("pk", s("zz")), ("sk", n("9"))])),
        )
        .await?;
    let conditional = ddb
        .put_item(
            PutItemInput::new()
                .table_name(TABLE)
                .item(item([("pk", s("a")), ("sk", n("1"))]))
                .condition_expression("attribute_not_exists(pk)"),
        )
        .await;
    let missing_table = ddb
        .get_item(
            GetItemInput::new()
                .table_name("no-such-table")
                .key(item([("pk", s("a"))])),
        )
        .await;
    Ok(json!({
        "status": status,
        "item": canonical_item(got.item.as_ref()),
        "query": query
            .items
            .iter()
            .flatten()
            .map(|i| i.get("sk").and_then(|v| v.as_n()).map(|n| n.as_str()))
            .collect::<Vec<_>>(),
        "scan_named": named,
        "updated": canonical_item(updated.attributes.as_ref()),
        "missing_item": canonical_item(missing.item.as_ref()),
        "errors": {
            "conditional": code(conditional),
            "missing_table": code(missing_table),
        },
    }))
}
