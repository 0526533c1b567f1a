//! `#[derive(Shape)]`: schemas, value round trips, setters and string enums.

use boto_core::model::{Kind, Location};
use boto_core::{Blob, ByteStream, DateTime, Shape, TimestampFormat, Value};
use std::collections::HashMap;

/// A state with a catch-all.
#[derive(Shape, Debug, Clone, PartialEq, Default)]
pub enum QueueState {
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    #[shape(name = "DELETING")]
    Deleting,
    #[shape(other)]
    Unknown(String),
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    pub key: String,
    pub value: Option<String>,
}

#[derive(Shape, Debug, Default)]
#[shape(name = "PutThingInput", xml_namespace = "http://example.com/doc/")]
pub struct PutThing {
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "Content-Type")]
    pub content_type: Option<String>,
    #[shape(prefix_headers = "x-amz-meta-")]
    pub metadata: HashMap<String, String>,
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    #[shape(payload)]
    pub body: ByteStream,
    #[shape(name = "TagSet", member = "Tag", flattened)]
    pub tags: Vec<Tag>,
    #[shape(timestamp = "epoch")]
    pub when: Option<DateTime>,
    pub count: i32,
    pub ratio: Option<f64>,
    pub enabled: bool,
    pub data: Option<Blob>,
    pub state: Option<QueueState>,
    #[shape(status_code)]
    pub status: Option<i32>,
    #[shape(idempotency_token)]
    pub token: Option<String>,
}

#[derive(Shape, Debug, Clone, PartialEq)]
pub enum AttrValue {
    S(String),
    N(String),
    L(Vec<AttrValue>),
    M(HashMap<String, AttrValue>),
}

#[test]
fn schema_carries_member_traits() {
    let shapes = boto_core::model::Shapes::default();
    let s = PutThing::schema();
    assert_eq!(s.name, "PutThingInput");
    assert_eq!(s.traits.payload.as_deref(), Some("Body"));
    assert_eq!(
        s.traits.xml_namespace.as_ref().map(|n| n.uri.as_ref()),
        Some("http://example.com/doc/")
    );
    assert!(s.traits.required.iter().any(|r| r == "Bucket"));
    assert!(!s.traits.required.iter().any(|r| r == "ContentType"));
    let Kind::Structure { members, union } = &s.kind else {
        panic!("not a structure: {:?}", s.kind)
    };
    assert!(!union);
    let m = |n: &str| members.iter().find(|m| m.name == n).unwrap();
    assert_eq!(m("Bucket").traits.location, Location::Uri);
    assert_eq!(m("ContentType").traits.location, Location::Header);
    assert_eq!(m("ContentType").wire_name(), "Content-Type");
    assert_eq!(m("Metadata").traits.location, Location::Headers);
    assert_eq!(m("VersionId").wire_name(), "versionId");
    assert_eq!(m("Status").traits.location, Location::StatusCode);
    assert!(m("Token").traits.idempotency_token);
    assert_eq!(
        m("When").traits.timestamp_format,
        Some(TimestampFormat::EpochSeconds)
    );
    let tags = m("TagSet");
    assert!(tags.traits.flattened);
    let list = shapes.get(&tags.target);
    let Kind::List { member } = &list.kind else {
        panic!("not a list")
    };
    assert_eq!(member.wire_name(), "Tag");
    assert_eq!(shapes.get(&member.target).name, "Tag");
    let state = shapes.get(&m("State").target);
    assert_eq!(state.traits.enum_values, vec!["ACTIVE", "DELETING"]);
    let body = shapes.get(&m("Body").target);
    assert!(body.traits.streaming);
}

#[test]
fn setters_and_round_trip() {
    let input = PutThing::new()
        .bucket("b")
        .content_type("text/plain")
        .metadata(HashMap::from([("a".to_string(), "1".to_string())]))
        .tags(vec![Tag::new().key("k").value("v")])
        .when(DateTime::from_secs(1_700_000_000))
        .count(3)
        .ratio(0.5)
        .enabled(true)
        .data(Blob::from("xyz"))
        .state("SOMETHING_NEW")
        .body("hello");
    assert_eq!(input.content_type.as_deref(), Some("text/plain"));
    let value = input.into_value();
    assert_eq!(value.get("Bucket").and_then(Value::as_str), Some("b"));
    assert!(value.get("VersionId").is_none(), "None members are absent");
    let back = PutThing::from_value(value).unwrap();
    assert_eq!(back.bucket, "b");
    assert_eq!(back.metadata["a"], "1");
    assert_eq!(back.tags, vec![Tag::new().key("k").value("v")]);
    assert_eq!(back.when, Some(DateTime::from_secs(1_700_000_000)));
    assert_eq!((back.count, back.ratio, back.enabled), (3, Some(0.5), true));
    assert_eq!(back.data, Some(Blob::from("xyz")));
    assert_eq!(
        back.state,
        Some(QueueState::Unknown("SOMETHING_NEW".into()))
    );
    assert_eq!(back.body.bytes().map(|b| &b[..]), Some(&b"hello"[..]));
    assert_eq!(back.version_id, None);
}

#[test]
fn absent_members_default_and_wrong_types_fail() {
    let empty = PutThing::from_value(Value::structure()).unwrap();
    assert_eq!(empty.bucket, "");
    assert!(empty.tags.is_empty());
    let bad = Value::Structure(vec![("Count".into(), Value::String("many".into()))]);
    let err = PutThing::from_value(bad).unwrap_err();
    assert!(err.to_string().contains("PutThingInput.Count"), "{err}");
}

#[test]
fn string_enum_keeps_unknown_values() {
    assert_eq!(QueueState::from("ACTIVE"), QueueState::Active);
    assert_eq!(QueueState::from("NEW"), QueueState::Unknown("NEW".into()));
    assert_eq!(QueueState::Unknown("NEW".into()).as_str(), "NEW");
    assert_eq!(QueueState::values(), &["ACTIVE", "DELETING"]);
    let v = QueueState::from_value(Value::String("LATER".into())).unwrap();
    assert_eq!(v.clone().into_value().as_str(), Some("LATER"));
    assert_eq!(QueueState::Deleting.into_value().as_str(), Some("DELETING"));
}

#[test]
fn union_round_trips_and_recurses() {
    let v = AttrValue::M(HashMap::from([(
        "l".to_string(),
        AttrValue::L(vec![AttrValue::S("x".into()), AttrValue::N("1".into())]),
    )]));
    let back = AttrValue::from_value(v.clone().into_value()).unwrap();
    assert_eq!(back, v);
    let s = AttrValue::schema();
    assert!(matches!(s.kind, Kind::Structure { union: true, .. }));
    let unknown = Value::Structure(vec![("BOOL".into(), Value::Bool(true))]);
    assert!(AttrValue::from_value(unknown).is_err());
}

#[test]
fn unit_is_an_empty_structure() {
    assert!(
        matches!(<()>::schema().kind, Kind::Structure { ref members, .. } if members.is_empty())
    );
    <()>::from_value(Value::structure()).unwrap();
}

/// An S3 grantee: a namespaced XML attribute.
#[derive(Shape, Debug, Clone, Default)]
#[shape(xml_namespace(uri = "http://www.w3.org/2001/XMLSchema-instance", prefix = "xsi"))]
pub struct Grantee {
    #[shape(xml_attribute, name = "xsi:type")]
    pub r#type: String,
    #[shape(xml_namespace = "http://example.com/")]
    pub id: Option<String>,
}

#[test]
fn xml_namespaces_with_and_without_prefix() {
    let s = Grantee::schema();
    let ns = s.traits.xml_namespace.as_ref().unwrap();
    assert_eq!(ns.prefix.as_deref(), Some("xsi"));
    assert_eq!(ns.uri, "http://www.w3.org/2001/XMLSchema-instance");
    let Kind::Structure { members, .. } = &s.kind else {
        panic!("not a structure")
    };
    assert_eq!(members[0].name, "xsi:type");
    assert!(members[0].traits.xml_attribute);
    let id_ns = members[1].traits.xml_namespace.as_ref().unwrap();
    assert_eq!(
        (id_ns.uri.as_ref(), id_ns.prefix.as_deref()),
        ("http://example.com/", None)
    );
}

/// The model's event stream: marked in the schema, which makes a call refuse it.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(event_stream)]
pub struct Events {
    pub chunk: Option<String>,
}

#[test]
fn event_streams_are_marked_in_the_schema() {
    assert!(Events::schema().traits.event_stream);
    assert!(!Grantee::schema().traits.event_stream);
}
