use super::*;
use crate::error::ErrorKind;
use crate::protocol::shape_arena::{m, s, st, Arena, MemberExt};
use crate::protocol::xml_tree::parse;

fn arena_with_everything() -> (Arena, usize) {
    let mut a = Arena::default();
    let string = a.string();
    let int = a.add("Integer", Kind::Integer);
    let boolean = a.add("Boolean", Kind::Boolean);
    let float = a.add("Double", Kind::Float);
    let ts = a.add("Timestamp", Kind::Timestamp);
    let blob = a.add("Blob", Kind::Blob);
    let list = a.list("StringList", m("member", string));
    let renamed = a.list("Renamed", m("member", string).loc("item"));
    let map = a.map("Map", m("key", string), m("value", int));
    let kv = a.map("KV", m("key", string).loc("K"), m("value", string).loc("V"));
    let inner = a.structure("Inner", vec![m("foo", string)]);
    let out = a.structure(
        "Out",
        vec![
            m("Str", string),
            m("Renamed", string).loc("other"),
            m("Int", int),
            m("Bool", boolean),
            m("Float", float),
            m("Ts", ts),
            m("Blob", blob),
            m("List", list),
            m("Flat", list).flat(),
            m("FlatRenamed", renamed).flat().loc("customName"),
            m("Map", map),
            m("FlatMap", kv).flat().loc("KVP"),
            m("Inner", inner),
            m("Attr", string).attr().loc("xsi:type"),
        ],
    );
    (a, out)
}

#[test]
fn decodes_every_kind() {
    let (a, out) = arena_with_everything();
    let doc = br#"<Out xmlns:xsi="x" xsi:type="Canonical">
        <Str>a &amp; b</Str><other>renamed</other><Int>-42</Int><Bool>true</Bool>
        <Float>NaN</Float><Ts>2014-04-29T18:30:38Z</Ts><Blob>dmFs
        dWU=</Blob>
        <List><member>x</member><member>y</member></List>
        <Flat>1</Flat><Unrelated/><Flat>2</Flat>
        <customName>c1</customName>
        <Map><entry><key>k</key><value>7</value></entry></Map>
        <KVP><K>a</K><V>A</V></KVP><KVP><K>b</K><V>B</V></KVP>
        <Inner><foo>bar</foo></Inner>
    </Out>"#;
    let v = decode_structure(&a.shapes, a.get(out), &parse(doc).unwrap()).unwrap();
    assert_eq!(v.get("Str").and_then(Value::as_str), Some("a & b"));
    assert_eq!(v.get("Renamed").and_then(Value::as_str), Some("renamed"));
    assert!(matches!(v.get("Int"), Some(Value::Integer(-42))));
    assert!(matches!(v.get("Bool"), Some(Value::Bool(true))));
    assert!(matches!(v.get("Float"), Some(Value::Float(f)) if f.is_nan()));
    assert!(matches!(v.get("Ts"), Some(Value::Timestamp(t)) if t.secs() == 1398796238));
    assert!(matches!(v.get("Blob"), Some(Value::Blob(b)) if &b[..] == b"value"));
    let Some(Value::List(l)) = v.get("List") else {
        panic!("{v:?}")
    };
    assert_eq!(
        l.iter().filter_map(Value::as_str).collect::<Vec<_>>(),
        ["x", "y"]
    );
    let Some(Value::List(l)) = v.get("Flat") else {
        panic!("{v:?}")
    };
    assert_eq!(
        l.iter().filter_map(Value::as_str).collect::<Vec<_>>(),
        ["1", "2"]
    );
    let Some(Value::List(l)) = v.get("FlatRenamed") else {
        panic!("{v:?}")
    };
    assert_eq!(l.len(), 1);
    let Some(Value::Map(mp)) = v.get("Map") else {
        panic!("{v:?}")
    };
    assert!(matches!(&mp[..], [(k, Value::Integer(7))] if k == "k"));
    let Some(Value::Map(mp)) = v.get("FlatMap") else {
        panic!("{v:?}")
    };
    assert_eq!(
        mp.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
        ["a", "b"]
    );
    assert_eq!(
        v.get("Inner")
            .and_then(|i| i.get("foo"))
            .and_then(Value::as_str),
        Some("bar")
    );
    assert_eq!(v.get("Attr").and_then(Value::as_str), Some("Canonical"));
}

#[test]
fn empty_elements_are_empty_values_and_absent_members_are_absent() {
    let (a, out) = arena_with_everything();
    let doc = b"<Out><Str/><Blob></Blob><List/><Map>\n</Map></Out>";
    let v = decode_structure(&a.shapes, a.get(out), &parse(doc).unwrap()).unwrap();
    assert_eq!(v.get("Str").and_then(Value::as_str), Some(""));
    assert!(matches!(v.get("Blob"), Some(Value::Blob(b)) if b.is_empty()));
    assert!(matches!(v.get("List"), Some(Value::List(l)) if l.is_empty()));
    assert!(matches!(v.get("Map"), Some(Value::Map(l)) if l.is_empty()));
    assert!(v.get("Int").is_none());
    assert!(v.get("Flat").is_none());
}

#[test]
fn flattened_list_falls_back_to_the_member_name() {
    let mut a = Arena::default();
    let string = a.string();
    let msgs = a.list("MessageList", m("member", string).loc("Message"));
    a.traits(msgs).flattened = true;
    let out = a.structure("R", vec![m("Messages", msgs)]);
    let doc = b"<R><Message>a</Message><Message>b</Message></R>";
    let v = decode_structure(&a.shapes, a.get(out), &parse(doc).unwrap()).unwrap();
    assert!(matches!(v.get("Messages"), Some(Value::List(l)) if l.len() == 2));
}

fn decode_err(doc: &[u8]) -> String {
    let (a, out) = arena_with_everything();
    let err = decode_structure(&a.shapes, a.get(out), &parse(doc).unwrap()).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode);
    err.to_string()
}

#[test]
fn wrong_types_are_decode_errors() {
    assert!(decode_err(b"<Out><Int>abc</Int></Out>").contains("invalid integer \"abc\" in <Int>"));
    assert!(decode_err(b"<Out><Int>99999999999999999999</Int></Out>").contains("out of range"));
    assert!(decode_err(b"<Out><Int>1.5</Int></Out>").contains("invalid integer"));
    assert!(decode_err(b"<Out><Bool>yes</Bool></Out>").contains("invalid boolean"));
    assert!(decode_err(b"<Out><Float>1.2.3</Float></Out>").contains("invalid number"));
    assert!(decode_err(b"<Out><Float>inf</Float></Out>").contains("invalid number"));
    assert!(decode_err(b"<Out><Ts>yesterday</Ts></Out>").contains("invalid timestamp"));
    assert!(decode_err(b"<Out><Blob>!!!</Blob></Out>").contains("invalid base64"));
    assert!(
        decode_err(b"<Out><Map><entry><value>1</value></entry></Map></Out>").contains("no <key>")
    );
}

#[test]
fn structure_value_helpers_build_what_decoding_produces() {
    let mut a = Arena::default();
    let string = a.string();
    let out = a.structure("R", vec![m("A", string)]);
    let v = decode_structure(&a.shapes, a.get(out), &parse(b"<R><A>x</A></R>").unwrap()).unwrap();
    assert_eq!(format!("{v:?}"), format!("{:?}", st(vec![("A", s("x"))])));
}
