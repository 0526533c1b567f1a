//! String enums of `#[derive(Shape)]` in their three forms: a catch-all that keeps unknown
//! values, a unit catch-all, and a purely fieldless enum; in every form an unknown value in
//! a response never fails the response.

use boto_core::http::replay::ReplayClient;
use boto_core::{client, Credentials, Op, Session, Shape, Value};
use std::collections::HashMap;
use std::sync::Arc;

/// Fieldless: what API.md users write.
#[derive(Shape, Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    #[shape(name = "DELETING")]
    Deleting,
    /// Raw identifiers keep their unraw wire name.
    r#Type,
}

/// A unit catch-all: unknown values map to it, their text dropped.
#[derive(Shape, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    Hot,
    Cold,
    #[shape(other)]
    Unknown,
}

/// The catch-all that keeps the text.
#[derive(Shape, Debug, Clone, PartialEq, Eq)]
pub enum Class {
    Standard,
    #[shape(other)]
    Other(String),
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Thing {
    pub status: Status,
    pub maybe: Option<Status>,
    pub history: Vec<Status>,
    pub by_region: HashMap<String, Status>,
    pub tier: Option<Tier>,
    pub class: Option<Class>,
    pub name: Option<String>,
}

fn s(text: &str) -> Value {
    Value::String(text.into())
}

#[test]
fn fieldless_enum_round_trips_and_parses() {
    assert_eq!(Status::Deleting.as_str(), "DELETING");
    assert_eq!(Status::r#Type.as_str(), "Type");
    assert_eq!(Status::values(), &["ACTIVE", "DELETING", "Type"]);
    assert_eq!("ACTIVE".parse::<Status>().unwrap(), Status::Active);
    let err = "NEW".parse::<Status>().unwrap_err();
    assert!(err.to_string().contains("\"NEW\""), "{err}");
    assert!(err.to_string().contains("ACTIVE, DELETING, Type"), "{err}");
    for v in [Status::Active, Status::Deleting, Status::r#Type] {
        assert_eq!(Status::from_value(v.into_value()).unwrap(), v);
    }
    // On its own (not as a member) an unknown value has nowhere to go: an error.
    assert!(Status::from_value(s("NEW")).is_err());
    assert!(Status::from_value(Value::Integer(1)).is_err());
    assert_eq!(
        *Status::schema().traits.enum_values,
        ["ACTIVE", "DELETING", "Type"]
    );
}

#[test]
fn unknown_values_of_a_fieldless_enum_are_dropped_not_errors() {
    let value = Value::Structure(vec![
        ("Status".into(), s("NEW")),
        ("Maybe".into(), s("NEWER")),
        (
            "History".into(),
            Value::List(vec![s("ACTIVE"), s("NEW"), s("DELETING")]),
        ),
        (
            "ByRegion".into(),
            Value::Map(vec![("a".into(), s("DELETING")), ("b".into(), s("NEW"))]),
        ),
        ("Name".into(), s("kept")),
    ]);
    let thing = Thing::from_value(value).unwrap();
    assert_eq!(thing.status, Status::Active, "required member: its default");
    assert_eq!(thing.maybe, None, "optional member: absent");
    assert_eq!(thing.history, [Status::Active, Status::Deleting]);
    assert_eq!(
        thing.by_region,
        HashMap::from([("a".to_string(), Status::Deleting)])
    );
    assert_eq!(thing.name.as_deref(), Some("kept"));
    // A value of the wrong type is still an error, named by its member.
    let bad = Value::Structure(vec![("Maybe".into(), Value::Bool(true))]);
    let err = Thing::from_value(bad).unwrap_err().to_string();
    assert!(err.contains("Thing.Maybe"), "{err}");
}

#[test]
fn unit_catch_all_takes_unknown_values() {
    assert_eq!(Tier::from("Hot"), Tier::Hot);
    assert_eq!(Tier::from("Warm"), Tier::Unknown);
    assert_eq!(Tier::from(String::from("Cold")), Tier::Cold);
    assert_eq!(Tier::from_value(s("Warm")).unwrap(), Tier::Unknown);
    assert_eq!(Tier::Unknown.as_str(), "");
    assert_eq!(Tier::values(), &["Hot", "Cold"]);
    // Its text is gone: the member is left out of a request.
    assert!(Tier::Unknown.into_value().is_null());
    let v = Thing::new().tier(Tier::Unknown).into_value();
    assert!(v.get("Tier").is_none());
    let v = Thing::new().tier(Tier::Cold).into_value();
    assert_eq!(v.get("Tier").and_then(Value::as_str), Some("Cold"));
}

#[test]
fn keeping_catch_all_round_trips_unknown_text() {
    let thing = Thing::from_value(Value::Structure(vec![("Class".into(), s("GLACIER"))])).unwrap();
    assert_eq!(thing.class, Some(Class::Other("GLACIER".into())));
    let back = thing.into_value();
    assert_eq!(back.get("Class").and_then(Value::as_str), Some("GLACIER"));
    // Setters take text directly.
    assert_eq!(Thing::new().class("Standard").class, Some(Class::Standard));
}

#[derive(Shape, Debug, Clone, Default)]
pub struct DescribeThingRequest {
    pub name: String,
}

#[client(service = "things", protocol = "awsJson1_0", target_prefix = "Things")]
pub struct ThingsClient {
    describe_thing: Op<DescribeThingRequest, Thing>,
}

/// The whole path: a JSON response with values the enum does not know decodes.
#[tokio::test]
async fn a_response_with_unknown_values_decodes() {
    let replay = ReplayClient::new();
    replay.push(
        200,
        &[("content-type", "application/x-amz-json-1.0")],
        r#"{"Status":"DELETING","Maybe":"SOMETHING_NEW","History":["NEW","ACTIVE"],
            "Tier":"Warm","Class":"GLACIER","Name":"n"}"#,
    );
    let session = Session::builder()
        .region("us-east-1")
        .credentials(Credentials::new("testing", "testing", None))
        .http_client(Arc::new(replay.clone()))
        .build()
        .unwrap();
    let things = ThingsClient::new(&session);
    let out = things
        .describe_thing(DescribeThingRequest::new().name("n"))
        .await
        .unwrap();
    assert_eq!(out.status, Status::Deleting);
    assert_eq!(out.maybe, None);
    assert_eq!(out.history, [Status::Active]);
    assert_eq!(out.tier, Some(Tier::Unknown));
    assert_eq!(out.class, Some(Class::Other("GLACIER".into())));
    assert_eq!(out.name.as_deref(), Some("n"));
    assert_eq!(
        replay.requests()[0].header("x-amz-target"),
        Some("Things.DescribeThing")
    );
}
