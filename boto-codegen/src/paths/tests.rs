use super::*;
use serde_json::json;

/// `Out { Stream: Option<Desc>, Items: Vec<Item> }`, `Desc { Status: enum, Count: i32 }`,
/// `Item { State: Option<String>, Tags: Option<Vec<String>> }`.
struct Model;

impl Types for Model {
    fn member(&self, shape: &str, member: &str) -> Option<(String, bool, String)> {
        let (ident, optional, target) = match (shape, member) {
            ("Out", "Stream") => ("stream", true, "Desc"),
            ("Out", "Items") => ("items", false, "ItemList"),
            ("Out", "ByName") => ("by_name", true, "ItemMap"),
            ("Desc", "Status") => ("status", false, "Status"),
            ("Desc", "Count") => ("count", true, "Int"),
            ("Item", "State") => ("state", true, "Str"),
            ("Item", "Tags") => ("tags", true, "StrList"),
            _ => return None,
        };
        Some((ident.into(), optional, target.into()))
    }

    fn leaf(&self, shape: &str) -> Leaf {
        match shape {
            "Out" | "Desc" | "Item" => Leaf::Struct,
            "Status" | "Str" => Leaf::Str,
            "Int" => Leaf::Int("i32"),
            "ItemList" => Leaf::List("Item".into()),
            "ItemMap" => Leaf::Map("Item".into()),
            "StrList" => Leaf::List("Str".into()),
            _ => Leaf::Other,
        }
    }
}

fn t(kind: Kind, arg: &str, expected: Json) -> Result<Matcher, String> {
    translate(&Model, "Out", kind, arg, &expected)
}

#[test]
fn field_chain() {
    let m = t(Kind::Path, "Stream.Status", json!("ACTIVE")).unwrap();
    assert_eq!(m.ret, "Option<&str>");
    assert_eq!(
        m.body,
        "Some(o).and_then(|x| x.stream.as_ref()).map(|x| &x.status).map(|x| x.as_str())"
    );
    assert_eq!(m.expected, "Some(\"ACTIVE\")");
}

#[test]
fn projections_and_length() {
    let m = t(Kind::All, "Items[].State", json!("ok")).unwrap();
    assert_eq!(m.ret, "Vec<&str>");
    assert_eq!(
        m.body,
        "Some(o).map(|x| &x.items).into_iter().flatten().filter_map(|x| x.state.as_ref()).map(|x| x.as_str()).collect()"
    );
    assert_eq!(m.expected, "\"ok\"");
    let m = t(Kind::Any, "Items[].Tags[]", json!("x")).unwrap();
    assert!(
        m.body
            .contains(".filter_map(|x| x.tags.as_ref()).flatten()"),
        "{}",
        m.body
    );
    let m = t(Kind::Path, "length(Items[]) > `0`", json!(true)).unwrap();
    assert_eq!(m.ret, "bool");
    assert_eq!(
        m.body,
        "Some(Some(o).map(|x| &x.items).into_iter().flatten().count()).is_some_and(|v| v > 0)"
    );
    assert_eq!(m.expected, "true");
    let m = t(Kind::Path, "length(Items)", json!(0)).unwrap();
    assert_eq!(m.body, "Some(o).map(|x| &x.items).map(|x| x.len())");
    assert_eq!(m.expected, "Some(0)");
    let m = t(Kind::Path, "Stream.Count == `3`", json!(false)).unwrap();
    assert_eq!(
        m.body,
        "Some(o).and_then(|x| x.stream.as_ref()).and_then(|x| x.count.as_ref()).copied() == Some(3)"
    );
    assert_eq!(m.expected, "false");
}

#[test]
fn map_values() {
    let m = t(Kind::All, "ByName.*.State", json!("ok")).unwrap();
    assert_eq!(
        m.body,
        "Some(o).and_then(|x| x.by_name.as_ref()).into_iter().flat_map(|m| m.values()).filter_map(|x| x.state.as_ref()).map(|x| x.as_str()).collect()"
    );
    assert!(
        t(Kind::All, "Items.*.State", json!("ok")).is_err(),
        "not a map"
    );
    assert!(t(Kind::All, "*.State", json!("ok")).is_err(), "a bare `*`");
}

#[test]
fn logical_chains() {
    let m = t(
        Kind::Path,
        "Stream.Status != 'A' && Stream.Status != 'B'",
        json!(true),
    )
    .unwrap();
    assert_eq!(m.ret, "bool");
    let status = "Some(o).and_then(|x| x.stream.as_ref()).map(|x| &x.status).map(|x| x.as_str())";
    assert_eq!(
        m.body,
        format!("{status} != Some(\"A\") && {status} != Some(\"B\")")
    );
    assert_eq!(m.expected, "true");
}

#[test]
fn filters_and_conditions() {
    // DynamoDB's KinesisStreamingDestinationActive: a filter inside `length`, `||` inside it,
    // a comparison of two values.
    let m = t(
        Kind::Path,
        "length(Items) > `0` && length(Items[?State == 'A' || State == 'B']) == length(Items)",
        json!(true),
    )
    .unwrap();
    assert_eq!(m.ret, "bool");
    let items = "Some(o).map(|x| &x.items)";
    let state = "Some(e).and_then(|x| x.state.as_ref()).map(|x| x.as_str())";
    assert_eq!(
        m.body,
        format!(
            "{items}.map(|x| x.len()).is_some_and(|v| v > 0) && \
             Some({items}.into_iter().flatten().filter(|e| {state} == Some(\"A\") || {state} == Some(\"B\")).count()) \
             == {items}.map(|x| x.len())"
        )
    );
    // ECS's ServicesStable: `!` over a parenthesized `&&`, `length` inside the filter.
    let m = t(
        Kind::Path,
        "length(Items[?!(length(Tags) == `1` && State == State)]) == `0`",
        json!(true),
    )
    .unwrap();
    assert!(
        m.body.contains(
            ".filter(|e| !(Some(e).and_then(|x| x.tags.as_ref()).map(|x| x.len()) == Some(1) && "
        ),
        "{}",
        m.body
    );
    // `||` under `&&` keeps its parentheses; a literal on the left flips the operator.
    let m = t(
        Kind::Path,
        "(Stream.Count < `1` || Stream.Count > `5`) && `3` < Stream.Count",
        json!(false),
    )
    .unwrap();
    let count = "Some(o).and_then(|x| x.stream.as_ref()).and_then(|x| x.count.as_ref()).copied()";
    assert_eq!(
        m.body,
        format!(
            "({count}.is_some_and(|v| v < 1) || {count}.is_some_and(|v| v > 5)) && \
             {count}.is_some_and(|v| v > 3)"
        )
    );
    // Nested filters name their elements apart.
    let m = t(
        Kind::Path,
        "length(Items[?length(Tags[?@ == 'x']) > `0`])",
        json!(1),
    );
    assert!(m.is_err(), "`@` is refused");
}

#[test]
fn refused_forms() {
    for (kind, arg, expected) in [
        (Kind::Path, "Items[?State == 'x']", json!(true)),
        (Kind::Path, "Items[0].State", json!("x")),
        (Kind::Path, "Stream.Status || Stream.Count", json!(true)),
        (
            Kind::All,
            "Stream.Count == `1` && Stream.Count == `2`",
            json!(true),
        ),
        (
            Kind::Path,
            "Stream.Count == `1` && Stream.Count == `2`",
            json!("x"),
        ),
        (Kind::Path, "contains(Items[].State, 'x')", json!(true)),
        (Kind::All, "Stream.Status", json!("x")),
        (Kind::Path, "Items[].State", json!("x")),
        (Kind::Path, "Stream.Nope", json!("x")),
        (Kind::Path, "Stream.Status", json!(3)),
        (Kind::Path, "Stream.", json!("x")),
        (Kind::Path, "`1` == `1`", json!(true)),
        (Kind::Path, "Stream.Status == 'x'", json!("x")),
        (Kind::Path, "'unclosed", json!("x")),
        (Kind::Path, "", json!("x")),
        (Kind::Path, "Items[?State == 'x'", json!(true)),
        (Kind::Path, "length(Items[?State]) == `0`", json!(true)),
        (Kind::Path, "Stream.Count == Stream.Status", json!(true)),
        (Kind::Path, "Items[].Tags[?State == 'x']", json!(true)),
        (Kind::Path, "!(Stream.Count == `1`", json!(true)),
    ] {
        assert!(t(kind, arg, expected).is_err(), "{arg} should be refused");
    }
}
