//! Expression rendering: text, placeholders and parenthesisation.

use super::*;
use crate::dynamodb::{key, AttributeValue, Number, StringSet};
use std::collections::HashMap;

fn names(pairs: &[(&str, &str)]) -> HashMap<String, String> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn s(v: &str) -> AttributeValue {
    AttributeValue::S(v.into())
}

fn n(v: &str) -> AttributeValue {
    AttributeValue::N(v.parse::<Number>().unwrap())
}

#[test]
fn key_condition_with_sort_key() {
    let e = (Key::new("pk").eq("user#1") & Key::new("sk").begins_with("2026-")).build();
    assert_eq!(e.expression, "#n0 = :v0 AND begins_with(#n1, :v1)");
    assert_eq!(e.names, names(&[("#n0", "pk"), ("#n1", "sk")]));
    assert_eq!(e.values[":v0"], s("user#1"));
    assert_eq!(e.values[":v1"], s("2026-"));

    let e = (Key::new("pk").eq(1) & Key::new("ts").between(10, 20)).build();
    assert_eq!(e.expression, "#n0 = :v0 AND #n1 BETWEEN :v1 AND :v2");
    assert_eq!(e.values.len(), 3);
    assert_eq!(e.values[":v2"], n("20"));

    for (cond, op) in [
        (Key::new("k").lt(1), "<"),
        (Key::new("k").le(1), "<="),
        (Key::new("k").lte(1), "<="),
        (Key::new("k").gt(1), ">"),
        (Key::new("k").ge(1), ">="),
        (Key::new("k").gte(1), ">="),
    ] {
        assert_eq!(cond.build().expression, format!("#n0 {op} :v0"));
    }
    // key names are literal, never split as paths
    let e = Key::new("a.b").eq("x").build();
    assert_eq!(e.names, names(&[("#n0", "a.b")]));
}

#[test]
fn compound_conditions_are_parenthesised_correctly() {
    let c = Attr::new("age").gte(18) & !Attr::new("banned").exists();
    let e = c.build();
    assert_eq!(e.expression, "#n0 >= :v0 AND NOT attribute_exists(#n1)");
    assert_eq!(e.names, names(&[("#n0", "age"), ("#n1", "banned")]));
    assert_eq!(e.values, HashMap::from([(":v0".to_owned(), n("18"))]));

    // (a OR b) AND c needs its parentheses
    let c = (Attr::new("a").eq(1) | Attr::new("b").eq(2)) & Attr::new("c").eq(3);
    assert_eq!(
        c.build().expression,
        "(#n0 = :v0 OR #n1 = :v1) AND #n2 = :v2"
    );
    // a AND b OR c: the AND group is bracketed
    let c = Attr::new("a").eq(1) & Attr::new("b").eq(2) | Attr::new("c").eq(3);
    assert_eq!(
        c.build().expression,
        "(#n0 = :v0 AND #n1 = :v1) OR #n2 = :v2"
    );
    // runs of one operator are flat
    let c = Attr::new("a").eq(1) & Attr::new("b").eq(2) & Attr::new("c").eq(3);
    assert_eq!(
        c.build().expression,
        "#n0 = :v0 AND #n1 = :v1 AND #n2 = :v2"
    );
    // NOT of a group keeps the group
    let c = !(Attr::new("a").eq(1) | Attr::new("b").ne(2));
    assert_eq!(c.build().expression, "NOT (#n0 = :v0 OR #n1 <> :v1)");
    let c = !!Attr::new("a").exists();
    assert_eq!(c.build().expression, "NOT (NOT attribute_exists(#n0))");
    // nested both ways
    let c = (Attr::new("a").lt(1) | (Attr::new("b").gt(2) & Attr::new("a").lte(3)))
        & !(Attr::new("c").not_exists() | Attr::new("d").contains("x"));
    assert_eq!(
        c.build().expression,
        "(#n0 < :v0 OR (#n1 > :v1 AND #n0 <= :v2)) AND NOT (attribute_not_exists(#n2) OR contains(#n3, :v3))"
    );
}

#[test]
fn functions_paths_and_operands() {
    let c = Attr::new("address.geo[2].lat").between(1.5, 2.5)
        & Attr::new("status").is_in(["a", "b", "c"])
        & Attr::new("tags").size().gt(2)
        & Attr::new("blob").attribute_type("B")
        & Attr::new("name").begins_with("J")
        & Attr::new("low").lt(Attr::new("high"))
        & Attr::new("list[0][1]").eq(Attr::new("other").size());
    let e = c.build();
    assert_eq!(
        e.expression,
        "#n0.#n1[2].#n2 BETWEEN :v0 AND :v1 AND #n3 IN (:v2, :v3, :v4) AND size(#n4) > :v5 \
         AND attribute_type(#n5, :v6) AND begins_with(#n6, :v7) AND #n7 < #n8 \
         AND #n9[0][1] = size(#n10)"
    );
    assert_eq!(e.names["#n0"], "address");
    assert_eq!(e.names["#n1"], "geo");
    assert_eq!(e.names["#n2"], "lat");
    assert_eq!(e.names["#n9"], "list");
    assert_eq!(e.names.len(), 11);
    assert_eq!(e.values[":v0"], n("1.5"));
    assert_eq!(e.values[":v6"], s("B"));
    assert_eq!(e.values.len(), 8);

    // a repeated name shares one placeholder; every value gets its own
    let e = (Attr::new("a.b").eq(1) | Attr::new("a").exists() | Attr::new("a.b").eq(1)).build();
    assert_eq!(
        e.expression,
        "#n0.#n1 = :v0 OR attribute_exists(#n0) OR #n0.#n1 = :v1"
    );
    assert_eq!(e.names.len(), 2);
    assert_eq!(e.values.len(), 2);

    // malformed brackets and literal names are kept whole as one name
    let e = Attr::new("x[abc]").exists().build();
    assert_eq!(e.names, names(&[("#n0", "x[abc]")]));
    let e = Attr::name("dotted.name").exists().build();
    assert_eq!(e.names, names(&[("#n0", "dotted.name")]));

    // size comparisons
    let e = (Attr::new("s").size().between(1, 3) & Attr::new("s").size().ne(2)).build();
    assert_eq!(
        e.expression,
        "size(#n0) BETWEEN :v0 AND :v1 AND size(#n0) <> :v2"
    );
}

#[test]
fn shared_placeholders_across_expressions() {
    let mut ph = Placeholders::new();
    let kc = (Key::new("pk").eq("a") & Key::new("sk").gt(5)).render(&mut ph);
    let filter = (Attr::new("sk").lt(100) & Attr::new("kind").eq("x")).render(&mut ph);
    let proj = ProjectionExpr::new(["pk", "kind", "meta.size"]).render(&mut ph);
    assert_eq!(kc, "#n0 = :v0 AND #n1 > :v1");
    assert_eq!(filter, "#n1 < :v2 AND #n2 = :v3");
    assert_eq!(proj, "#n0, #n2, #n3.#n4");
    let (names, values) = ph.into_parts();
    assert_eq!(names.len(), 5);
    assert_eq!(names["#n4"], "size");
    assert_eq!(values.len(), 4);
    let (text, _, vals) = ProjectionExpr::new(["a"]).and("b[1]").build().into_parts();
    assert_eq!(text, "#n0, #n1[1]");
    assert!(vals.is_empty());
}

#[test]
fn update_expressions() {
    let e = Update::set("a", "v")
        .add("n", 1)
        .remove("x")
        .set("m.k[1]", 2.5)
        .remove("y.z")
        .delete("tags", StringSet::from(["old"]))
        .increment("count", 1)
        .set_if_not_exists("created", "now")
        .append("log", vec!["e1"])
        .prepend("log", vec!["e0"])
        .decrement("credits", 3)
        .build();
    // numbered in clause order: SET, REMOVE, ADD, DELETE
    assert_eq!(
        e.expression,
        "SET #n0 = :v0, #n1.#n2[1] = :v1, #n3 = #n3 + :v2, #n4 = if_not_exists(#n4, :v3), \
         #n5 = list_append(#n5, :v4), #n5 = list_append(:v5, #n5), #n6 = #n6 - :v6 \
         REMOVE #n7, #n8.#n9 ADD #n10 :v7 DELETE #n11 :v8"
    );
    assert_eq!(e.values[":v0"], s("v"));
    assert_eq!(e.values[":v1"], n("2.5"));
    assert_eq!(e.values[":v2"], n("1"));
    assert_eq!(e.values[":v3"], s("now"));
    assert_eq!(e.values[":v4"], AttributeValue::L(vec![s("e1")]));
    assert_eq!(e.values[":v5"], AttributeValue::L(vec![s("e0")]));
    assert_eq!(e.values[":v6"], n("3"));
    assert_eq!(e.values[":v7"], n("1"));
    assert_eq!(e.values[":v8"], AttributeValue::SS(vec!["old".into()]));
    assert_eq!(e.names["#n3"], "count");
    assert_eq!(e.names["#n7"], "x");
    assert_eq!(e.names["#n10"], "n");
    assert_eq!(e.names["#n11"], "tags");

    let e = Update::remove("gone").build();
    assert_eq!(e.expression, "REMOVE #n0");
    assert!(e.values.is_empty());
}

#[test]
fn expression_values_accept_key_maps_and_numbers() {
    let big: Number = "12345678901234567890123456789012345678".parse().unwrap();
    let e = Attr::new("v").eq(big.clone()).build();
    assert_eq!(e.values[":v0"], AttributeValue::N(big));
    let m = key!("x" => 1);
    let e = Attr::new("m").eq(AttributeValue::M(m.clone())).build();
    assert_eq!(e.values[":v0"], AttributeValue::M(m));
}
