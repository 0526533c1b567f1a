//! `impl Shape for AttributeValue`: the service's recursive `AttributeValue` union.
//!
//! Written by hand because it is recursive (`M` and `L` hold more attribute values) and
//! because `N` must stay exact text: on the wire it is a JSON string, so it travels as
//! `Value::String`. Typed calls read and write it straight from and to the wire
//! (`decode`/`encode`, no `Value` in between); the dynamic client's values go through
//! `from_value`/`into_value`, which accept and refuse the same.

use super::AttributeValue;
use crate::dynamodb::number::Number;
use boto_core::__private_v1::{DecodeStruct, Decoder, Encoder};
use boto_core::model::{Kind, Member, MemberTraits, Schema, SchemaRef, ShapeTraits};
use boto_core::{Blob, Error, Result, Shape, Value};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

fn schema(name: &'static str, kind: Kind) -> Schema {
    Schema {
        name: Cow::Borrowed(name),
        kind,
        traits: ShapeTraits::default(),
    }
}

fn member(name: &'static str, target: fn() -> &'static Schema) -> Member {
    Member {
        name: Cow::Borrowed(name),
        target: SchemaRef::Static(target),
        traits: MemberTraits::default(),
    }
}

macro_rules! static_schema {
    ($f:ident, $build:expr) => {
        fn $f() -> &'static Schema {
            static S: LazyLock<Schema> = LazyLock::new(|| $build);
            &S
        }
    };
}

static_schema!(string_schema, schema("StringAttributeValue", Kind::String));
static_schema!(number_schema, schema("NumberAttributeValue", Kind::String));
static_schema!(binary_schema, schema("BinaryAttributeValue", Kind::Blob));
static_schema!(
    boolean_schema,
    schema("BooleanAttributeValue", Kind::Boolean)
);
static_schema!(null_schema, schema("NullAttributeValue", Kind::Boolean));
static_schema!(attribute_name_schema, schema("AttributeName", Kind::String));
static_schema!(
    string_set_schema,
    schema(
        "StringSetAttributeValue",
        Kind::List {
            member: Cow::Owned(member("member", string_schema)),
        },
    )
);
static_schema!(
    number_set_schema,
    schema(
        "NumberSetAttributeValue",
        Kind::List {
            member: Cow::Owned(member("member", number_schema)),
        },
    )
);
static_schema!(
    binary_set_schema,
    schema(
        "BinarySetAttributeValue",
        Kind::List {
            member: Cow::Owned(member("member", binary_schema)),
        },
    )
);
static_schema!(
    map_schema,
    schema(
        "MapAttributeValue",
        Kind::Map {
            key: Cow::Owned(member("key", attribute_name_schema)),
            value: Cow::Owned(member("value", <AttributeValue as Shape>::schema)),
        },
    )
);
static_schema!(
    list_schema,
    schema(
        "ListAttributeValue",
        Kind::List {
            member: Cow::Owned(member("member", <AttributeValue as Shape>::schema)),
        },
    )
);

impl Shape for AttributeValue {
    fn schema() -> &'static Schema {
        static S: LazyLock<Schema> = LazyLock::new(|| {
            schema(
                "AttributeValue",
                Kind::Structure {
                    members: Cow::Owned(vec![
                        member("S", string_schema),
                        member("N", number_schema),
                        member("B", binary_schema),
                        member("SS", string_set_schema),
                        member("NS", number_set_schema),
                        member("BS", binary_set_schema),
                        member("M", map_schema),
                        member("L", list_schema),
                        member("NULL", null_schema),
                        member("BOOL", boolean_schema),
                    ]),
                    union: true,
                },
            )
        });
        &S
    }

    fn into_value(self) -> Value {
        let (tag, v) = match self {
            AttributeValue::S(s) => ("S", Value::String(s)),
            AttributeValue::N(n) => ("N", Value::String(n.into_string())),
            AttributeValue::B(b) => ("B", Value::Blob(b.into_bytes())),
            AttributeValue::SS(v) => (
                "SS",
                Value::List(v.into_iter().map(Value::String).collect()),
            ),
            AttributeValue::NS(v) => (
                "NS",
                Value::List(
                    v.into_iter()
                        .map(|n| Value::String(n.into_string()))
                        .collect(),
                ),
            ),
            AttributeValue::BS(v) => (
                "BS",
                Value::List(v.into_iter().map(|b| Value::Blob(b.into_bytes())).collect()),
            ),
            AttributeValue::M(m) => (
                "M",
                Value::Map(m.into_iter().map(|(k, v)| (k, v.into_value())).collect()),
            ),
            AttributeValue::L(l) => (
                "L",
                Value::List(l.into_iter().map(Shape::into_value).collect()),
            ),
            AttributeValue::Null(b) => ("NULL", Value::Bool(b)),
            AttributeValue::Bool(b) => ("BOOL", Value::Bool(b)),
        };
        Value::Structure(vec![(Cow::Borrowed(tag), v)])
    }

    fn from_value(value: Value) -> Result<Self> {
        let members = match value {
            Value::Structure(m) => m,
            other => {
                return Err(Error::decode(format!(
                    "AttributeValue: expected a structure, found {}",
                    other.type_name()
                )))
            }
        };
        let mut set = members.into_iter().filter(|(_, v)| !v.is_null());
        let (tag, v) = match (set.next(), set.next()) {
            (Some(one), None) => one,
            (None, _) => return Err(Error::decode("AttributeValue: no member is set")),
            (Some((a, _)), Some((b, _))) => {
                return Err(Error::decode(format!(
                    "AttributeValue: more than one member is set ({a}, {b})"
                )))
            }
        };
        let at = |what: &str| format!("AttributeValue.{tag}{what}");
        Ok(match &*tag {
            "S" => AttributeValue::S(string(v, &at(""))?),
            "N" => AttributeValue::N(number(v, &at(""))?),
            "B" => AttributeValue::B(blob(v, &at(""))?),
            "SS" => AttributeValue::SS(
                list(v, &at(""))?
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| string(v, &at(&format!("[{i}]"))))
                    .collect::<Result<_>>()?,
            ),
            "NS" => AttributeValue::NS(
                list(v, &at(""))?
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| number(v, &at(&format!("[{i}]"))))
                    .collect::<Result<_>>()?,
            ),
            "BS" => AttributeValue::BS(
                list(v, &at(""))?
                    .into_iter()
                    .enumerate()
                    .map(|(i, v)| blob(v, &at(&format!("[{i}]"))))
                    .collect::<Result<_>>()?,
            ),
            "M" => match v {
                Value::Map(m) => AttributeValue::M(
                    m.into_iter()
                        .map(|(k, v)| Ok((k, AttributeValue::from_value(v)?)))
                        .collect::<Result<HashMap<_, _>>>()?,
                ),
                // an empty JSON object may be read as an empty structure
                Value::Structure(s) if s.is_empty() => AttributeValue::M(HashMap::new()),
                other => return Err(wrong(&at(""), "map", &other)),
            },
            "L" => AttributeValue::L(
                list(v, &at(""))?
                    .into_iter()
                    .map(AttributeValue::from_value)
                    .collect::<Result<_>>()?,
            ),
            "NULL" => AttributeValue::Null(boolean(v, &at(""))?),
            "BOOL" => AttributeValue::Bool(boolean(v, &at(""))?),
            other => {
                return Err(Error::decode(format!(
                    "AttributeValue: unknown member `{other}`"
                )))
            }
        })
    }

    fn decode(d: &mut dyn Decoder<'_>) -> Result<Option<Self>> {
        if d.null()? {
            return Err(Error::decode(
                "AttributeValue: expected a structure, found null",
            ));
        }
        let mut read = Read::default();
        d.structure(&mut read)?;
        match read {
            Read {
                conflict: Some((a, b)),
                ..
            } => Err(Error::decode(format!(
                "AttributeValue: more than one member is set ({a}, {b})"
            ))),
            Read { value: Some(v), .. } => Ok(Some(v)),
            Read { value: None, .. } => Err(Error::decode("AttributeValue: no member is set")),
        }
    }

    fn encode(self, e: &mut dyn Encoder) -> Result<()> {
        e.begin_structure()?;
        if e.member(self.index())? {
            match self {
                AttributeValue::S(s) => e.string(&s)?,
                AttributeValue::N(n) => e.string(n.as_str())?,
                AttributeValue::B(b) => e.blob(b.into_bytes())?,
                AttributeValue::SS(v) => {
                    e.begin_list(v.len())?;
                    for s in v {
                        e.item()?;
                        e.string(&s)?;
                    }
                    e.end_list()?;
                }
                AttributeValue::NS(v) => {
                    e.begin_list(v.len())?;
                    for n in v {
                        e.item()?;
                        e.string(n.as_str())?;
                    }
                    e.end_list()?;
                }
                AttributeValue::BS(v) => {
                    e.begin_list(v.len())?;
                    for b in v {
                        e.item()?;
                        e.blob(b.into_bytes())?;
                    }
                    e.end_list()?;
                }
                AttributeValue::M(m) => {
                    e.begin_map(m.len())?;
                    for (k, v) in m {
                        e.entry(&k)?;
                        v.encode(e)?;
                    }
                    e.end_map()?;
                }
                AttributeValue::L(l) => {
                    e.begin_list(l.len())?;
                    for v in l {
                        e.item()?;
                        v.encode(e)?;
                    }
                    e.end_list()?;
                }
                AttributeValue::Null(b) | AttributeValue::Bool(b) => e.boolean(b)?,
            }
        }
        e.end_structure()
    }
}

/// The wire tags, in the order of the schema's members.
const TAGS: [&str; 10] = ["S", "N", "B", "SS", "NS", "BS", "M", "L", "NULL", "BOOL"];

impl AttributeValue {
    /// The index of its member in the schema (the place of its tag in [`TAGS`]).
    fn index(&self) -> usize {
        match self {
            AttributeValue::S(_) => 0,
            AttributeValue::N(_) => 1,
            AttributeValue::B(_) => 2,
            AttributeValue::SS(_) => 3,
            AttributeValue::NS(_) => 4,
            AttributeValue::BS(_) => 5,
            AttributeValue::M(_) => 6,
            AttributeValue::L(_) => 7,
            AttributeValue::Null(_) => 8,
            AttributeValue::Bool(_) => 9,
        }
    }
}

/// An attribute value read member by member: the one member set (a member met again
/// replaces it, as for any structure), or the first two different ones.
#[derive(Default)]
struct Read {
    value: Option<AttributeValue>,
    conflict: Option<(&'static str, &'static str)>,
}

impl DecodeStruct for Read {
    fn decode_member<'s>(&mut self, index: usize, d: &mut dyn Decoder<'s>) -> Result<()> {
        let Some(&tag) = TAGS.get(index) else {
            return Ok(());
        };
        // Left unread (the reader skips it): a null member is absent, and a second
        // member is an error once the structure is read.
        if self.conflict.is_some() || d.null()? {
            return Ok(());
        }
        if let Some(have) = &self.value {
            if have.index() != index {
                self.conflict = Some((TAGS[have.index()], tag));
                return Ok(());
            }
        }
        let v = match index {
            0 => AttributeValue::S(string(d.scalar()?, "")?),
            1 => AttributeValue::N(number(d.scalar()?, "")?),
            2 => AttributeValue::B(blob(d.scalar()?, "")?),
            3 => AttributeValue::SS(items(d, string)?),
            4 => AttributeValue::NS(items(d, number)?),
            5 => AttributeValue::BS(items(d, blob)?),
            6 => {
                let mut m = HashMap::new();
                d.map(&mut |k, d| {
                    m.insert(k, decode_one(d)?);
                    Ok(())
                })?;
                AttributeValue::M(m)
            }
            7 => {
                let mut l = Vec::new();
                d.list(&mut |d| {
                    l.push(decode_one(d)?);
                    Ok(())
                })?;
                AttributeValue::L(l)
            }
            8 => AttributeValue::Null(boolean(d.scalar()?, "")?),
            _ => AttributeValue::Bool(boolean(d.scalar()?, "")?),
        };
        self.value = Some(v);
        Ok(())
    }
}

/// One attribute value (never dropped: `decode` always gives one or an error).
fn decode_one(d: &mut dyn Decoder<'_>) -> Result<AttributeValue> {
    AttributeValue::decode(d)?.ok_or_else(|| Error::decode("AttributeValue: no member is set"))
}

/// The scalar items of a set, each converted by `item` (errors name the item `[i]`).
fn items<T>(d: &mut dyn Decoder<'_>, item: impl Fn(Value, &str) -> Result<T>) -> Result<Vec<T>> {
    let mut out = Vec::new();
    d.list(&mut |d| {
        let v = item(d.scalar()?, "")
            .map_err(|e| at_error(&format!("[{}]", out.len()), e.message().unwrap_or("")))?;
        out.push(v);
        Ok(())
    })?;
    Ok(out)
}

/// `message` about the value `at` names (empty when the reader names it already: a member).
fn at_error(at: &str, message: &str) -> Error {
    let sep = if at.is_empty() { "" } else { ": " };
    Error::decode(format!("{at}{sep}{message}"))
}

fn wrong(at: &str, expected: &str, found: &Value) -> Error {
    at_error(
        at,
        &format!("expected {expected}, found {}", found.type_name()),
    )
}

fn string(v: Value, at: &str) -> Result<String> {
    match v {
        Value::String(s) => Ok(s),
        other => Err(wrong(at, "a string", &other)),
    }
}

fn number(v: Value, at: &str) -> Result<Number> {
    let text = match v {
        Value::String(s) | Value::BigNumber(s) => s,
        Value::Integer(i) => return Ok(Number::from(i)),
        other => return Err(wrong(at, "a number string", &other)),
    };
    Number::try_from(text).map_err(|e| at_error(at, e.message().unwrap_or("")))
}

fn blob(v: Value, at: &str) -> Result<Blob> {
    match v {
        Value::Blob(b) => Ok(Blob::new(b)),
        other => Err(wrong(at, "a blob", &other)),
    }
}

fn boolean(v: Value, at: &str) -> Result<bool> {
    match v {
        Value::Bool(b) => Ok(b),
        other => Err(wrong(at, "a boolean", &other)),
    }
}

fn list(v: Value, at: &str) -> Result<Vec<Value>> {
    match v {
        Value::List(l) => Ok(l),
        other => Err(wrong(at, "a list", &other)),
    }
}
