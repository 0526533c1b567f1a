//! Reading JSON bodies straight into [`Value`]s, guided by the shape model: a serde
//! `DeserializeSeed` walks the document once, with no intermediate `serde_json::Value` tree
//! (documents excepted, which are untyped by nature). Unknown members are skipped without
//! being built; wrong types, malformed or truncated JSON, numbers that do not fit and
//! invalid UTF-8 are `Error::decode`.

use crate::datetime::DateTime;
use crate::error::{Error, Result};
use crate::model::{Kind, Location, Member, Schema};
use crate::protocol::common::{parse_float, Ctx};
use crate::value::Value;
use base64::Engine as _;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::borrow::Cow;
use std::fmt;

/// Reads a JSON object body into the members of `schema` (only those without an HTTP
/// location when `body_only`). An empty body or `null` reads as no members.
pub(crate) fn read_object_body(
    ctx: &Ctx<'_>,
    schema: &Schema,
    body: &[u8],
    body_only: bool,
    out: &mut Vec<(Cow<'static, str>, Value)>,
) -> Result<()> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    if !matches!(schema.kind, Kind::Structure { .. }) {
        return Err(Error::decode(format!("{} is not a structure", schema.name)));
    }
    let seed = Seed {
        ctx,
        member: None,
        schema,
        body_only,
    };
    match read_with(seed, body)? {
        Value::Structure(fields) => {
            out.extend(fields);
            Ok(())
        }
        Value::Null => Ok(()),
        other => Err(Error::decode(format!(
            "expected a JSON object body, got a {}",
            other.type_name()
        ))),
    }
}

/// Reads a whole JSON document as a value of `schema` (a payload member).
pub(crate) fn read_document(
    ctx: &Ctx<'_>,
    member: Option<&Member>,
    schema: &Schema,
    body: &[u8],
) -> Result<Value> {
    read_with(
        Seed {
            ctx,
            member,
            schema,
            body_only: false,
        },
        body,
    )
}

fn read_with(seed: Seed<'_, '_>, body: &[u8]) -> Result<Value> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let v = seed
        .deserialize(&mut de)
        .and_then(|v| de.end().map(|()| v))
        .map_err(|e| Error::decode(format!("malformed JSON body: {e}")))?;
    Ok(v)
}

#[derive(Clone, Copy)]
pub(crate) struct Seed<'c, 'a> {
    ctx: &'c Ctx<'a>,
    member: Option<&'a Member>,
    schema: &'a Schema,
    /// At the top of a REST body: skip members bound to headers, URI, status.
    body_only: bool,
}

impl<'c, 'a> Seed<'c, 'a> {
    /// The reader of a value of `schema` (reached through `member`).
    pub(crate) fn new(ctx: &'c Ctx<'a>, member: Option<&'a Member>, schema: &'a Schema) -> Self {
        Seed {
            ctx,
            member,
            schema,
            body_only: false,
        }
    }

    fn child(&self, member: &'a Member) -> Seed<'c, 'a> {
        Seed {
            ctx: self.ctx,
            member: Some(member),
            schema: self.ctx.schema(&member.target),
            body_only: false,
        }
    }

    fn name(&self) -> &str {
        self.member.map_or(&*self.schema.name, |m| &*m.name)
    }

    fn timestamp<E: de::Error>(&self, secs: f64) -> Result<Value, E> {
        // Outside the years 1 to 9999: refused, never clamped.
        match DateTime::try_from_secs_f64(secs) {
            Some(t) => Ok(Value::Timestamp(t)),
            None => Err(E::custom(format!(
                "timestamp {secs} of {} is out of range",
                self.name()
            ))),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Seed<'_, '_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        if let Kind::Document = self.schema.kind {
            let doc = <serde_json::Value as serde::Deserialize>::deserialize(d)?;
            return Ok(if doc.is_null() {
                Value::Null
            } else {
                Value::Document(doc)
            });
        }
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed<'_, '_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.schema.kind {
            Kind::Structure { .. } | Kind::Map { .. } => "an object",
            Kind::List { .. } => "an array",
            Kind::String => "a string",
            Kind::Boolean => "a boolean",
            Kind::Integer => "an integer that fits 64 bits",
            Kind::Float | Kind::BigNumber => "a number",
            Kind::Timestamp => "a timestamp",
            Kind::Blob => "a base64 string",
            Kind::Document => "a document",
        };
        write!(f, "{what} for {}", self.name())
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_bool<E: de::Error>(self, b: bool) -> Result<Value, E> {
        match self.schema.kind {
            Kind::Boolean => Ok(Value::Bool(b)),
            _ => Err(E::invalid_type(de::Unexpected::Bool(b), &self)),
        }
    }

    fn visit_i64<E: de::Error>(self, i: i64) -> Result<Value, E> {
        match self.schema.kind {
            Kind::Integer => Ok(Value::Integer(i)),
            Kind::Float => Ok(Value::Float(i as f64)),
            Kind::BigNumber => Ok(Value::BigNumber(i.to_string())),
            Kind::Timestamp => self.timestamp(i as f64),
            _ => Err(E::invalid_type(de::Unexpected::Signed(i), &self)),
        }
    }

    fn visit_u64<E: de::Error>(self, u: u64) -> Result<Value, E> {
        match self.schema.kind {
            Kind::Integer => i64::try_from(u)
                .map(Value::Integer)
                .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(u), &self)),
            Kind::Float => Ok(Value::Float(u as f64)),
            Kind::BigNumber => Ok(Value::BigNumber(u.to_string())),
            Kind::Timestamp => self.timestamp(u as f64),
            _ => Err(E::invalid_type(de::Unexpected::Unsigned(u), &self)),
        }
    }

    fn visit_f64<E: de::Error>(self, f: f64) -> Result<Value, E> {
        match self.schema.kind {
            Kind::Float => Ok(Value::Float(f)),
            Kind::BigNumber => Ok(Value::BigNumber(
                serde_json::Number::from_f64(f).map_or_else(|| f.to_string(), |n| n.to_string()),
            )),
            Kind::Timestamp => self.timestamp(f),
            _ => Err(E::invalid_type(de::Unexpected::Float(f), &self)),
        }
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<Value, E> {
        match self.schema.kind {
            Kind::String => Ok(Value::String(s.to_owned())),
            _ => self.visit_text(s),
        }
    }

    fn visit_string<E: de::Error>(self, s: String) -> Result<Value, E> {
        match self.schema.kind {
            Kind::String => Ok(Value::String(s)),
            _ => self.visit_text(&s),
        }
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let Kind::List { member } = &self.schema.kind else {
            return Err(de::Error::invalid_type(de::Unexpected::Seq, &self));
        };
        let child = self.child(member);
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(v) = seq.next_element_seed(child)? {
            if !v.is_null() {
                out.push(v);
            }
        }
        Ok(Value::List(out))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        match &self.schema.kind {
            Kind::Map { value, .. } => {
                let child = self.child(value);
                let mut out = Vec::with_capacity(map.size_hint().unwrap_or(0));
                while let Some(k) = map.next_key::<String>()? {
                    let v = map.next_value_seed(child)?;
                    if !v.is_null() {
                        out.push((k, v));
                    }
                }
                Ok(Value::Map(out))
            }
            Kind::Structure { members, .. } => {
                let mut out = Vec::new();
                while let Some(k) = map.next_key::<KeyStr<'de>>()? {
                    let found = members.iter().find(|m| {
                        m.wire_name() == k.as_str()
                            && (!self.body_only || m.traits.location == Location::Body)
                    });
                    match found {
                        Some(m) => {
                            let v = map.next_value_seed(self.child(m))?;
                            if !v.is_null() {
                                match out
                                    .iter_mut()
                                    .find(|(n, _): &&mut (Cow<'static, str>, Value)| *n == m.name)
                                {
                                    Some(slot) => slot.1 = v,
                                    None => out.push((m.name.clone(), v)),
                                }
                            }
                        }
                        None => {
                            // A misspelled field name shows up here, in one run.
                            tracing::debug!(
                                shape = %self.schema.name,
                                member = k.as_str(),
                                "response member matches no field of the shape; skipped"
                            );
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(Value::Structure(out))
            }
            _ => Err(de::Error::invalid_type(de::Unexpected::Map, &self)),
        }
    }
}

impl Seed<'_, '_> {
    /// A string for a non-string shape: floats (`NaN`, `Infinity`), big numbers,
    /// timestamps (any of the three formats), blobs (base64).
    fn visit_text<E: de::Error>(self, s: &str) -> Result<Value, E> {
        // The text itself stays out of the error: it may be a secret of a sensitive shape.
        let bad = || E::invalid_value(de::Unexpected::Other("a string"), &self);
        match self.schema.kind {
            Kind::Float => parse_float(s).map_err(|_| bad()),
            // Services that moved from the query protocol (SQS) still send some booleans as
            // text; botocore passes them through too.
            Kind::Boolean => match s {
                "true" => Ok(Value::Bool(true)),
                "false" => Ok(Value::Bool(false)),
                _ => Err(bad()),
            },
            Kind::BigNumber if serde_json::from_str::<serde_json::Number>(s).is_ok() => {
                Ok(Value::BigNumber(s.to_owned()))
            }
            Kind::Timestamp => DateTime::parse_any(s)
                .map(Value::Timestamp)
                .map_err(|_| bad()),
            Kind::Blob => base64::engine::general_purpose::STANDARD
                .decode(s.as_bytes())
                .map(|b| Value::Blob(b.into()))
                .map_err(|_| bad()),
            _ => Err(E::invalid_type(de::Unexpected::Other("a string"), &self)),
        }
    }
}

/// An object key, borrowed from the input when it has no escapes.
enum KeyStr<'de> {
    Borrowed(&'de str),
    Owned(String),
}

impl KeyStr<'_> {
    fn as_str(&self) -> &str {
        match self {
            KeyStr::Borrowed(s) => s,
            KeyStr::Owned(s) => s,
        }
    }
}

impl<'de> serde::Deserialize<'de> for KeyStr<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = KeyStr<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object key")
            }
            fn visit_borrowed_str<E: de::Error>(self, s: &'de str) -> Result<KeyStr<'de>, E> {
                Ok(KeyStr::Borrowed(s))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<KeyStr<'de>, E> {
                Ok(KeyStr::Owned(s.to_owned()))
            }
            fn visit_string<E: de::Error>(self, s: String) -> Result<KeyStr<'de>, E> {
                Ok(KeyStr::Owned(s))
            }
        }
        d.deserialize_str(V)
    }
}
