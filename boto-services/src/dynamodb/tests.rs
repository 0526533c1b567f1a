//! Round trips through `to_item`/`from_item` and `Shape`, rejections, `key!`.

use super::*;
use boto_core::{Blob, ErrorKind, Shape, Value};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

mod random_trees;
mod shapes;

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
struct Address {
    street: String,
    zip: Option<String>,
    geo: (f64, f64),
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
enum Role {
    Admin,
    Guest(u32),
    Custom { name: String, level: i8 },
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
struct User {
    id: String,
    age: u8,
    score: i64,
    visits: u64,
    huge: u128,
    ratio: f64,
    small: f32,
    active: bool,
    initial: char,
    balance: Number,
    tags: StringSet,
    lucky: NumberSet,
    keys: BinarySet,
    #[serde(with = "blob")]
    avatar: Blob,
    #[serde(with = "blob::option", default)]
    thumb: Option<Vec<u8>>,
    aliases: Vec<String>,
    address: Address,
    history: HashMap<String, Address>,
    counters: BTreeMap<u32, i32>,
    roles: Vec<Role>,
    nickname: Option<String>,
    manager: Option<Box<User>>,
    nested: Vec<Vec<Option<i32>>>,
}

fn sample() -> User {
    let mut history = HashMap::new();
    history.insert(
        "2024".to_owned(),
        Address {
            street: "Old Road 1".into(),
            zip: None,
            geo: (-33.5, 151.25),
        },
    );
    User {
        id: "u-1".into(),
        age: 42,
        score: i64::MIN,
        visits: (1u64 << 53) + 1,
        huge: 12345678901234567890123456789012345678,
        ratio: 0.1 + 0.2,
        small: 0.1,
        active: true,
        initial: 'é',
        balance: "1234567890123456789012345678.9012345678".parse().unwrap(),
        tags: StringSet::from(["admin", "ops"]),
        lucky: NumberSet::from([Number::from(7), "1e100".parse().unwrap()]),
        keys: BinarySet::from([Blob::from("k1"), Blob::from(vec![0u8, 255])]),
        avatar: Blob::from(vec![1u8, 2, 3]),
        thumb: Some(vec![9, 8]),
        aliases: vec!["x".into(), "y".into()],
        address: Address {
            street: "Main St 5".into(),
            zip: Some("12345".into()),
            geo: (48.8566, 2.3522),
        },
        history,
        counters: BTreeMap::from([(1, -1), (20, 2)]),
        roles: vec![
            Role::Admin,
            Role::Guest(3),
            Role::Custom {
                name: "ops".into(),
                level: -2,
            },
        ],
        nickname: None,
        manager: None,
        nested: vec![vec![Some(1), None], vec![]],
    }
}

fn n(s: &str) -> AttributeValue {
    AttributeValue::N(s.parse().unwrap())
}

#[test]
fn item_layout_keeps_numbers_exact_and_types_distinct() {
    let item = to_item(&sample()).unwrap();
    assert_eq!(item["id"], AttributeValue::S("u-1".into()));
    assert_eq!(item["visits"].as_n().unwrap().as_str(), "9007199254740993");
    assert_eq!(
        item["score"].as_n().unwrap().as_str(),
        "-9223372036854775808"
    );
    assert_eq!(
        item["huge"].as_n().unwrap().as_str(),
        "12345678901234567890123456789012345678"
    );
    assert_eq!(
        item["balance"].as_n().unwrap().as_str(),
        "1234567890123456789012345678.9012345678"
    );
    assert_eq!(
        item["ratio"].as_n().unwrap().as_str(),
        "0.30000000000000004"
    );
    assert_eq!(item["small"].as_n().unwrap().as_str(), "0.1");
    assert_eq!(
        item["tags"],
        AttributeValue::SS(vec!["admin".into(), "ops".into()])
    );
    assert!(matches!(&item["lucky"], AttributeValue::NS(v) if v.len() == 2));
    assert!(matches!(&item["keys"], AttributeValue::BS(v) if v.len() == 2));
    assert_eq!(
        item["avatar"],
        AttributeValue::B(Blob::from(vec![1u8, 2, 3]))
    );
    assert_eq!(item["thumb"], AttributeValue::B(Blob::from(vec![9u8, 8])));
    // a plain Vec<String> stays a list
    assert_eq!(
        item["aliases"],
        AttributeValue::L(vec![
            AttributeValue::S("x".into()),
            AttributeValue::S("y".into())
        ])
    );
    assert_eq!(item["active"], AttributeValue::Bool(true));
    // None fields are omitted, at every depth
    assert!(!item.contains_key("nickname"));
    assert!(!item.contains_key("manager"));
    let addr = item["address"].as_m().unwrap();
    assert_eq!(addr["zip"], AttributeValue::S("12345".into()));
    assert_eq!(
        addr["geo"],
        AttributeValue::L(vec![n("48.8566"), n("2.3522")])
    );
    let old = item["history"].as_m().unwrap()["2024"].as_m().unwrap();
    assert!(!old.contains_key("zip"));
    // integer map keys become attribute names
    let counters = item["counters"].as_m().unwrap();
    assert_eq!(counters["20"], n("2"));
    // enums: unit as S, others as a single-key map
    let roles = item["roles"].as_l().unwrap();
    assert_eq!(roles[0], AttributeValue::S("Admin".into()));
    assert_eq!(roles[1].as_m().unwrap()["Guest"], n("3"));
    let custom = roles[2].as_m().unwrap()["Custom"].as_m().unwrap();
    assert_eq!(custom["level"], n("-2"));
    // None inside a list is NULL (a list cannot skip an element)
    let nested = item["nested"].as_l().unwrap()[0].as_l().unwrap();
    assert_eq!(nested[1], AttributeValue::Null(true));
}

#[test]
fn struct_round_trips_through_item() {
    let user = sample();
    let item = to_item(&user).unwrap();
    let back: User = from_item(item).unwrap();
    assert_eq!(back, user);

    let mut boss = sample();
    boss.manager = Some(Box::new(sample()));
    boss.nickname = Some("chief".into());
    boss.thumb = None;
    let back: User = from_item(to_item(&boss).unwrap()).unwrap();
    assert_eq!(back, boss);
}

#[test]
fn struct_round_trips_through_shape_value() {
    let user = sample();
    let av = AttributeValue::M(to_item(&user).unwrap());
    let value = av.clone().into_value();
    // N travels as a string so it stays exact on the wire
    let visits = match &value {
        Value::Structure(m) => match &m[0].1 {
            Value::Map(entries) => entries
                .iter()
                .find(|(k, _)| k == "visits")
                .map(|(_, v)| v.get("N").and_then(Value::as_str).map(str::to_owned)),
            _ => None,
        },
        _ => None,
    };
    assert_eq!(visits.flatten().as_deref(), Some("9007199254740993"));
    let back = AttributeValue::from_value(value).unwrap();
    assert_eq!(back, av);
    let user2: User = from_attribute_value(back).unwrap();
    assert_eq!(user2, user);
}

#[test]
fn null_and_absent_read_as_none() {
    #[derive(Deserialize, Debug, PartialEq)]
    struct T {
        a: Option<String>,
        b: Option<u32>,
        c: Option<Vec<u8>>,
    }
    let item = key!("b" => 5);
    let mut item2 = item.clone();
    item2.insert("a".into(), AttributeValue::Null(true));
    for it in [item, item2] {
        let t: T = from_item(it).unwrap();
        assert_eq!(
            t,
            T {
                a: None,
                b: Some(5),
                c: None
            }
        );
    }
}

#[test]
fn number_type_reads_from_n_and_other_formats() {
    let v = to_attribute_value(&Number::from(5u8)).unwrap();
    assert_eq!(v, n("5"));
    let big: Number = from_attribute_value(n("99999999999999999999999999999999999999")).unwrap();
    assert_eq!(big.as_str(), "99999999999999999999999999999999999999");
    let from_json: Number = serde_json::from_str("12.5").unwrap();
    assert_eq!(from_json, "12.50".parse().unwrap());
    let from_json_text: Number = serde_json::from_str("\"1e5\"").unwrap();
    assert_eq!(from_json_text.to_i128(), Some(100000));
    assert!(serde_json::from_str::<Number>("\"abc\"").is_err());
    assert_eq!(
        serde_json::to_string(&big).unwrap(),
        "\"99999999999999999999999999999999999999\""
    );
}

#[test]
fn untyped_targets_see_exact_integers() {
    let v: serde_json::Value = from_attribute_value(AttributeValue::M(key!(
        "a" => u64::MAX,
        "b" => -3,
        "c" => 1.5,
        "d" => "s",
        "e" => true
    )))
    .unwrap();
    assert_eq!(v["a"], serde_json::json!(u64::MAX));
    assert_eq!(v["b"], serde_json::json!(-3));
    assert_eq!(v["c"], serde_json::json!(1.5));
    assert_eq!(v["e"], serde_json::json!(true));
}

fn kind_and_message<T: std::fmt::Debug>(r: boto_core::Result<T>) -> (ErrorKind, String) {
    let e = r.unwrap_err();
    (e.kind(), e.to_string())
}

#[test]
fn writes_reject_bad_numbers_with_the_field_path() {
    #[derive(Serialize)]
    struct F {
        inner: Vec<G>,
    }
    #[derive(Serialize)]
    struct G {
        x: f64,
    }
    let (kind, msg) = kind_and_message(to_item(&F {
        inner: vec![G { x: 1.0 }, G { x: f64::NAN }],
    }));
    assert_eq!(kind, ErrorKind::InvalidInput);
    assert!(msg.contains("inner[1].x"), "{msg}");
    assert!(to_item(&G { x: f64::INFINITY }).is_err());

    // 39 significant digits
    assert!(Number::parse("123456789012345678901234567890123456789").is_err());
    #[derive(Serialize)]
    struct H {
        v: u128,
    }
    let (kind, msg) = kind_and_message(to_item(&H { v: u128::MAX }));
    assert_eq!(kind, ErrorKind::InvalidInput);
    assert!(
        msg.contains("`v`") && msg.contains("38 significant digits"),
        "{msg}"
    );

    // empty sets are refused; an Option of a set is the way to store none
    #[derive(Serialize)]
    struct S {
        tags: StringSet,
        more: Option<StringSet>,
    }
    let (kind, msg) = kind_and_message(to_item(&S {
        tags: StringSet::new(),
        more: None,
    }));
    assert_eq!(kind, ErrorKind::InvalidInput);
    assert!(msg.contains("tags") && msg.contains("empty"), "{msg}");

    // only maps and structs are items; map keys must be names
    assert!(to_item(&5).is_err());
    let bad_keys: HashMap<(i32, i32), i32> = HashMap::from([((1, 2), 3)]);
    assert!(to_item(&bad_keys).is_err());
}

#[test]
fn reads_reject_values_that_do_not_fit() {
    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Small {
        level: u8,
    }
    let (kind, msg) = kind_and_message(from_item::<Small>(key!("level" => 300)));
    assert_eq!(kind, ErrorKind::Decode);
    assert!(
        msg.contains("level") && msg.contains("300") && msg.contains("u8"),
        "{msg}"
    );

    assert!(from_item::<Small>(key!("level" => -1)).is_err());
    assert!(from_item::<Small>(key!("level" => 1.5)).is_err());
    assert!(from_item::<Small>(key!("level" => "7")).is_err());
    assert!(from_item::<Small>(HashMap::new()).is_err());

    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Deep {
        items: Vec<HashMap<String, i64>>,
    }
    let item = HashMap::from([(
        "items".to_owned(),
        AttributeValue::L(vec![AttributeValue::M(key!("ok" => 1, "big" => u64::MAX))]),
    )]);
    let (kind, msg) = kind_and_message(from_item::<Deep>(item));
    assert_eq!(kind, ErrorKind::Decode);
    assert!(msg.contains("items[0].big") && msg.contains("i64"), "{msg}");

    assert!(from_attribute_value::<u128>(n("1e40")).is_err());
    assert_eq!(
        from_attribute_value::<u64>(n("1.8e19")).unwrap(),
        18_000_000_000_000_000_000
    );
    assert!(from_attribute_value::<f32>(n("1e100")).is_err());
    assert!(from_attribute_value::<Role>(AttributeValue::S("Nope".into())).is_err());
    assert!(from_attribute_value::<Role>(AttributeValue::M(HashMap::new())).is_err());
}

#[test]
fn shape_schema_is_a_recursive_union() {
    use boto_core::model::{Kind, Shapes};
    let shapes = Shapes::default();
    let schema = AttributeValue::schema();
    let Kind::Structure { members, union } = &schema.kind else {
        panic!("AttributeValue must be a structure");
    };
    assert!(union);
    let names: Vec<&str> = members.iter().map(|m| &*m.name).collect();
    assert_eq!(
        names,
        ["S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL"]
    );
    let m = members.iter().find(|m| m.name == "M").unwrap();
    let Kind::Map { value, .. } = &shapes.get(&m.target).kind else {
        panic!("M must be a map");
    };
    assert_eq!(shapes.get(&value.target).name, "AttributeValue");
    let n = members.iter().find(|m| m.name == "N").unwrap();
    assert!(matches!(shapes.get(&n.target).kind, Kind::String));
}

#[test]
fn shape_from_value_rejects_malformed_values() {
    use std::borrow::Cow;
    let s = |members: Vec<(&'static str, Value)>| {
        Value::Structure(
            members
                .into_iter()
                .map(|(k, v)| (Cow::Borrowed(k), v))
                .collect(),
        )
    };
    let cases = vec![
        Value::String("x".into()),
        s(vec![]),
        s(vec![
            ("S", Value::String("a".into())),
            ("N", Value::String("1".into())),
        ]),
        s(vec![("N", Value::String("12abc".into()))]),
        s(vec![(
            "N",
            Value::String("1234567890123456789012345678901234567890".into()),
        )]),
        s(vec![("S", Value::Integer(1))]),
        s(vec![("SS", Value::List(vec![Value::Bool(true)]))]),
        s(vec![("M", Value::List(vec![]))]),
        s(vec![("L", Value::List(vec![Value::String("bare".into())]))]),
        s(vec![("XX", Value::Bool(true))]),
    ];
    for v in cases {
        let shown = format!("{v:?}");
        let e = AttributeValue::from_value(v).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Decode, "{shown}");
    }
    // null members (as a JSON reader may produce) are ignored
    let ok = s(vec![("S", Value::Null), ("BOOL", Value::Bool(false))]);
    assert_eq!(
        AttributeValue::from_value(ok).unwrap(),
        AttributeValue::Bool(false)
    );
}

#[test]
fn key_macro_builds_typed_values() {
    let big: Number = "123456789012345678901234567890".parse().unwrap();
    let k = key!(
        "id" => "a",
        "sk" => 2,
        "owned" => String::from("o"),
        "f" => 2.5,
        "flag" => false,
        "big" => big.clone(),
        "bin" => Blob::from("b"),
    );
    assert_eq!(k.len(), 7);
    assert_eq!(k["id"], AttributeValue::S("a".into()));
    assert_eq!(k["sk"], n("2"));
    assert_eq!(k["owned"], AttributeValue::S("o".into()));
    assert_eq!(k["f"], n("2.5"));
    assert_eq!(k["flag"], AttributeValue::Bool(false));
    assert_eq!(k["big"], AttributeValue::N(big));
    assert_eq!(k["bin"], AttributeValue::B(Blob::from("b")));
    let empty = key!();
    assert!(empty.is_empty());
}

fn every_kind() -> AttributeValue {
    AttributeValue::M(HashMap::from([
        ("s".to_owned(), AttributeValue::S("x".into())),
        ("n".to_owned(), n("-1.25e-3")),
        ("b".to_owned(), AttributeValue::B(Blob::from(vec![0u8, 1]))),
        (
            "ss".to_owned(),
            AttributeValue::SS(vec!["a".into(), "b".into()]),
        ),
        (
            "ns".to_owned(),
            AttributeValue::NS(vec!["1".parse().unwrap(), "2.5".parse().unwrap()]),
        ),
        ("bs".to_owned(), AttributeValue::BS(vec![Blob::from("z")])),
        (
            "l".to_owned(),
            AttributeValue::L(vec![
                AttributeValue::Null(true),
                AttributeValue::Bool(false),
            ]),
        ),
        ("m".to_owned(), AttributeValue::M(HashMap::new())),
    ]))
}

#[test]
fn raw_attribute_values_pass_through_items() {
    #[derive(Serialize, Deserialize, Debug, PartialEq)]
    struct Mixed {
        id: String,
        raw: AttributeValue,
        rest: HashMap<String, AttributeValue>,
    }
    let mixed = Mixed {
        id: "1".into(),
        raw: every_kind(),
        rest: HashMap::from([("extra".to_owned(), n("99999999999999999999999999999"))]),
    };
    let item = to_item(&mixed).unwrap();
    assert_eq!(item["raw"], every_kind());
    assert_eq!(
        item["rest"].as_m().unwrap()["extra"],
        n("99999999999999999999999999999")
    );
    let back: Mixed = from_item(item.clone()).unwrap();
    assert_eq!(back, mixed);

    // an item map is its own serialization
    let as_item: HashMap<String, AttributeValue> = from_item(item.clone()).unwrap();
    assert_eq!(as_item, item);
    assert_eq!(to_item(&as_item).unwrap(), item);
}

#[test]
fn raw_attribute_values_use_dynamodb_json_elsewhere() {
    let json = serde_json::to_value(every_kind()).unwrap();
    assert_eq!(json["M"]["n"], serde_json::json!({"N": "-1.25e-3"}));
    assert_eq!(json["M"]["ss"], serde_json::json!({"SS": ["a", "b"]}));
    assert_eq!(json["M"]["l"]["L"][0], serde_json::json!({"NULL": true}));
    let back: AttributeValue = serde_json::from_value(json).unwrap();
    assert_eq!(back, every_kind());
    for bad in [
        r#"{}"#,
        r#"{"S": "a", "N": "1"}"#,
        r#"{"X": 1}"#,
        r#"{"N": "1e999"}"#,
        r#"{"N": "12a"}"#,
        r#"{"S": 5}"#,
    ] {
        assert!(
            serde_json::from_str::<AttributeValue>(bad).is_err(),
            "{bad}"
        );
    }
}

/// Every string of up to four characters over the number alphabet: no panic, and the
/// grammar agrees with Rust's float parser (which accepts the same forms) and with numeric
/// equality.
#[test]
fn number_grammar_agrees_with_float_parsing() {
    let alphabet: Vec<char> = "019.eE+-".chars().collect();
    let mut strings = vec![String::new()];
    let mut all = Vec::new();
    for _ in 0..4 {
        let mut next = Vec::new();
        for s in &strings {
            for c in &alphabet {
                let mut t = s.clone();
                t.push(*c);
                next.push(t);
            }
        }
        all.extend(next.iter().cloned());
        strings = next;
    }
    let mut accepted = Vec::new();
    for s in &all {
        let ours = Number::parse(s);
        let float = s.parse::<f64>();
        match (&ours, &float) {
            (Ok(_), Ok(_)) => accepted.push((ours.unwrap(), float.unwrap())),
            (Err(_), Err(_)) => {}
            // Rust also reads "inf"-free forms only; the one difference allowed is range
            (Err(_), Ok(f)) => assert!(
                *f != 0.0 && (f.abs() >= 1e126 || f.abs() < 1e-130),
                "{s:?} refused but parses as {f}"
            ),
            (Ok(_), Err(_)) => panic!("{s:?} accepted but is not a float"),
        }
    }
    assert!(accepted.len() > 500, "{}", accepted.len());
    for (a, fa) in accepted.iter().step_by(7) {
        for (b, fb) in accepted.iter().step_by(11) {
            assert_eq!(a == b, fa == fb, "{a} vs {b}");
            assert_eq!(a.cmp(b), fa.partial_cmp(fb).unwrap(), "{a} vs {b}");
        }
    }
}

#[test]
fn request_expressions_share_the_requests_placeholders() {
    // An update and a condition rendered one after the other: `views` keeps `#n1`, the
    // values go on from `:v1`.
    let req = UpdateItemInput::new()
        .update(Update::set("note", "seen").add("views", 1))
        .condition(Attr::new("views").lt(5) & Attr::new("owner").exists());
    assert_eq!(
        req.update_expression.as_deref(),
        Some("SET #n0 = :v0 ADD #n1 :v1")
    );
    assert_eq!(
        req.condition_expression.as_deref(),
        Some("#n1 < :v2 AND attribute_exists(#n2)")
    );
    let names = req.expression_attribute_names.unwrap_or_default();
    assert_eq!(names.len(), 3);
    assert_eq!(names["#n2"], "owner");
    assert_eq!(req.expression_attribute_values.unwrap_or_default().len(), 3);

    // Placeholders the caller wrote by hand are left alone.
    let req = PutItemInput::new()
        .condition_expression("#n0 <> :v0")
        .expression_attribute_names(HashMap::from([("#n0".into(), "a".into())]))
        .expression_attribute_values(HashMap::from([(":v0".into(), "x".into_attribute_value())]))
        .condition(Attr::new("b").eq(1));
    assert_eq!(req.condition_expression.as_deref(), Some("#n1 = :v1"));
    assert_eq!(req.expression_attribute_names.map(|n| n.len()), Some(2));
    assert_eq!(req.expression_attribute_values.map(|v| v.len()), Some(2));

    // A key condition and a filter on a query; a filter on a scan.
    let q = QueryInput::new()
        .key_condition(Key::new("pk").eq("a"))
        .filter(Attr::new("pk").ne("b"));
    assert_eq!(q.key_condition_expression.as_deref(), Some("#n0 = :v0"));
    assert_eq!(q.filter_expression.as_deref(), Some("#n0 <> :v1"));
    let s = ScanInput::new().filter(Attr::new("x").exists());
    assert_eq!(
        s.filter_expression.as_deref(),
        Some("attribute_exists(#n0)")
    );
    assert!(s.expression_attribute_values.is_none());
}
