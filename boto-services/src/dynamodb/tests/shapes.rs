//! The derived shapes carry `AttributeValue` through `Value` and name members as the
//! service model does.

use crate::dynamodb::*;
use crate::dynamodb::{key, to_item, AttributeValue, Number};
use boto_core::model::{Kind, Shapes};
use boto_core::{Shape, Value};
use std::borrow::Cow;
use std::collections::HashMap;

#[test]
fn put_item_request_value_uses_model_names_and_exact_numbers() {
    #[derive(serde::Serialize)]
    struct Row {
        pk: &'static str,
        n: u64,
    }
    let req = PutItemInput::new()
        .table_name("t")
        .item(
            to_item(&Row {
                pk: "a",
                n: u64::MAX,
            })
            .unwrap(),
        )
        .condition_expression("attribute_not_exists(#n0)")
        .expression_attribute_names(HashMap::from([("#n0".to_owned(), "pk".to_owned())]))
        .return_values(ReturnValue::AllOld);
    let v = req.clone().into_value();
    assert_eq!(v.get("TableName").and_then(Value::as_str), Some("t"));
    assert_eq!(
        v.get("ReturnValues").and_then(Value::as_str),
        Some("ALL_OLD")
    );
    // an empty plain map is left out (DynamoDB refuses empty placeholder maps)
    assert!(v.get("ExpressionAttributeValues").is_none());
    let Some(Value::Map(item)) = v.get("Item") else {
        panic!("Item must be a map: {v:?}");
    };
    let n = item.iter().find(|(k, _)| k == "n").map(|(_, v)| v);
    assert_eq!(
        n.and_then(|v| v.get("N")).and_then(Value::as_str),
        Some("18446744073709551615")
    );
    assert_eq!(PutItemInput::from_value(v).unwrap(), req);

    let schema = PutItemInput::schema();
    assert_eq!(schema.name, "PutItemInput");
    let shapes = Shapes::default();
    let Kind::Structure { members, .. } = &schema.kind else {
        panic!("not a structure");
    };
    let item = members.iter().find(|m| m.name == "Item").unwrap();
    let Kind::Map { value, .. } = &shapes.get(&item.target).kind else {
        panic!("Item is not a map");
    };
    assert_eq!(shapes.get(&value.target).name, "AttributeValue");
}

fn s(members: Vec<(&'static str, Value)>) -> Value {
    Value::Structure(
        members
            .into_iter()
            .map(|(k, v)| (Cow::Borrowed(k), v))
            .collect(),
    )
}

#[test]
fn query_output_reads_items_and_the_last_key() {
    let item = |id: &str| {
        Value::Map(vec![
            ("pk".to_owned(), s(vec![("S", Value::String(id.into()))])),
            (
                "big".to_owned(),
                s(vec![(
                    "N",
                    Value::String("123456789012345678901234567890".into()),
                )]),
            ),
        ])
    };
    let value = s(vec![
        ("Items", Value::List(vec![item("a"), item("b")])),
        ("Count", Value::Integer(2)),
        ("ScannedCount", Value::Integer(5)),
        (
            "LastEvaluatedKey",
            Value::Map(vec![(
                "pk".to_owned(),
                s(vec![("S", Value::String("b".into()))]),
            )]),
        ),
    ]);
    let out = QueryOutput::from_value(value).unwrap();
    assert_eq!(out.count, Some(2));
    assert_eq!(out.scanned_count, Some(5));
    let items = out.items.unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(
        items[1]["big"],
        AttributeValue::N("123456789012345678901234567890".parse::<Number>().unwrap())
    );
    assert_eq!(out.last_evaluated_key, Some(key!("pk" => "b")));

    // a bad number inside an item is a decode error naming where it was
    let bad = s(vec![(
        "Items",
        Value::List(vec![Value::Map(vec![(
            "x".to_owned(),
            s(vec![("N", Value::String("1e999".into()))]),
        )])]),
    )]);
    let e = QueryOutput::from_value(bad).unwrap_err();
    assert_eq!(e.kind(), boto_core::ErrorKind::Decode);
}

#[test]
fn table_description_and_unknown_enum_values() {
    let value = s(vec![(
        "Table",
        s(vec![
            ("TableName", Value::String("t".into())),
            ("TableStatus", Value::String("SOMETHING_NEW".into())),
            (
                "KeySchema",
                Value::List(vec![s(vec![
                    ("AttributeName", Value::String("pk".into())),
                    ("KeyType", Value::String("HASH".into())),
                ])]),
            ),
        ]),
    )]);
    let out = DescribeTableOutput::from_value(value).unwrap();
    let table = out.table.unwrap();
    assert_eq!(
        table.table_status,
        Some(TableStatus::Unknown("SOMETHING_NEW".into()))
    );
    assert_eq!(table.key_schema, Some(vec![KeySchemaElement::hash("pk")]));

    let req = CreateTableInput::new()
        .table_name("t")
        .attribute_definitions(vec![AttributeDefinition::of("pk", ScalarAttributeType::S)])
        .key_schema(vec![KeySchemaElement::hash("pk")])
        .billing_mode(BillingMode::PayPerRequest);
    let v = req.clone().into_value();
    assert_eq!(
        v.get("BillingMode").and_then(Value::as_str),
        Some("PAY_PER_REQUEST")
    );
    assert_eq!(CreateTableInput::from_value(v).unwrap(), req);
}

#[test]
fn batch_write_request_nests_write_requests() {
    let req = BatchWriteItemInput::new().request_items(HashMap::from([(
        "t".to_owned(),
        vec![
            WriteRequest::put(key!("pk" => "a", "v" => 1)),
            WriteRequest::delete(key!("pk" => "b")),
        ],
    )]));
    let v = req.clone().into_value();
    let Some(Value::Map(tables)) = v.get("RequestItems") else {
        panic!("RequestItems must be a map");
    };
    let Value::List(writes) = &tables[0].1 else {
        panic!("writes must be a list");
    };
    assert!(writes[0].get("PutRequest").is_some());
    assert!(writes[0].get("DeleteRequest").is_none());
    assert!(writes[1]
        .get("DeleteRequest")
        .and_then(|d| d.get("Key"))
        .is_some());
    assert_eq!(BatchWriteItemInput::from_value(v).unwrap(), req);
}

#[test]
fn transact_entries_use_model_member_names() {
    let req = TransactWriteItemsInput::new().transact_items(vec![
        Put::new().table_name("t").item(key!("pk" => "a")).into(),
        ConditionCheck::new()
            .table_name("t")
            .key(key!("pk" => "b"))
            .condition_expression("attribute_exists(pk)")
            .into(),
    ]);
    let v = req.clone().into_value();
    let Some(Value::List(items)) = v.get("TransactItems") else {
        panic!("TransactItems must be a list: {v:?}");
    };
    assert_eq!(items.len(), 2);
    assert_eq!(
        items[0]
            .get("Put")
            .and_then(|p| p.get("TableName"))
            .and_then(Value::as_str),
        Some("t")
    );
    assert!(items[0].get("ConditionCheck").is_none());
    assert_eq!(
        items[1]
            .get("ConditionCheck")
            .and_then(|c| c.get("ConditionExpression"))
            .and_then(Value::as_str),
        Some("attribute_exists(pk)")
    );
    assert_eq!(TransactWriteItemsInput::from_value(v).unwrap(), req);
    assert_eq!(Put::schema().name, "Put");
    assert_eq!(ConditionCheck::schema().name, "ConditionCheck");

    let ttl = UpdateTimeToLiveInput::new()
        .table_name("t")
        .time_to_live_specification(
            TimeToLiveSpecification::new()
                .enabled(true)
                .attribute_name("exp"),
        )
        .into_value();
    let spec = ttl.get("TimeToLiveSpecification");
    assert_eq!(
        spec.and_then(|s| s.get("AttributeName"))
            .and_then(Value::as_str),
        Some("exp")
    );
    assert!(matches!(
        spec.and_then(|s| s.get("Enabled")),
        Some(Value::Bool(true))
    ));
}
