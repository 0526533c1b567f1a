//! serde for [`AttributeValue`] itself, so an item type can hold raw attribute values
//! (`HashMap<String, AttributeValue>`, a `#[serde(flatten)]` catch-all, ...).
//!
//! Through this module's serializer a raw value passes unchanged. Any other serde format
//! sees DynamoDB's JSON form, a one-key map: `{"S": "x"}`, `{"N": "5"}`, `{"L": [...]}`.

use super::AttributeValue;
use crate::dynamodb::error::SerdeError;
use crate::dynamodb::newtype_serde::{tokens, BlobOwned, BlobRef};
use crate::dynamodb::number::Number;
use boto_core::Blob;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;

impl Serialize for AttributeValue {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_newtype_struct(tokens::RAW, &Tagged(self))
    }
}

/// The one-key-map form.
struct Tagged<'a>(&'a AttributeValue);

impl Serialize for Tagged<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(1))?;
        let tag = self.0.tag();
        match self.0 {
            AttributeValue::S(x) => m.serialize_entry(tag, x)?,
            AttributeValue::N(n) => m.serialize_entry(tag, n.as_str())?,
            AttributeValue::B(b) => m.serialize_entry(tag, &BlobRef(b.as_bytes()))?,
            AttributeValue::SS(v) => m.serialize_entry(tag, v)?,
            AttributeValue::NS(v) => {
                let texts: Vec<&str> = v.iter().map(Number::as_str).collect();
                m.serialize_entry(tag, &texts)?
            }
            AttributeValue::BS(v) => {
                let blobs: Vec<BlobRef<'_>> = v.iter().map(|b| BlobRef(b.as_bytes())).collect();
                m.serialize_entry(tag, &blobs)?
            }
            AttributeValue::M(map) => m.serialize_entry(tag, map)?,
            AttributeValue::L(l) => m.serialize_entry(tag, l)?,
            AttributeValue::Null(b) | AttributeValue::Bool(b) => m.serialize_entry(tag, b)?,
        }
        m.end()
    }
}

/// Turns the one-key map this module's serializer produced for a raw value back into it.
pub(crate) fn unwrap_tagged(v: AttributeValue) -> Result<AttributeValue, SerdeError> {
    let bad = || SerdeError::new("malformed raw AttributeValue");
    let AttributeValue::M(m) = v else {
        return Err(bad());
    };
    let mut it = m.into_iter();
    let (Some((tag, payload)), None) = (it.next(), it.next()) else {
        return Err(bad());
    };
    let number = |v: AttributeValue| match v {
        AttributeValue::S(s) => {
            Number::try_from(s).map_err(|e| SerdeError::new(e.message().unwrap_or_default()))
        }
        AttributeValue::N(n) => Ok(n),
        _ => Err(bad()),
    };
    let list = |v: AttributeValue| match v {
        AttributeValue::L(l) => Ok(l),
        _ => Err(bad()),
    };
    Ok(match (tag.as_str(), payload) {
        ("S", v @ AttributeValue::S(_))
        | ("B", v @ AttributeValue::B(_))
        | ("M", v @ AttributeValue::M(_))
        | ("L", v @ AttributeValue::L(_))
        | ("BOOL", v @ AttributeValue::Bool(_)) => v,
        ("N", v) => AttributeValue::N(number(v)?),
        ("NULL", AttributeValue::Bool(b)) => AttributeValue::Null(b),
        ("SS", v) => AttributeValue::SS(
            list(v)?
                .into_iter()
                .map(|v| match v {
                    AttributeValue::S(s) => Ok(s),
                    _ => Err(bad()),
                })
                .collect::<Result<_, _>>()?,
        ),
        ("NS", v) => {
            AttributeValue::NS(list(v)?.into_iter().map(number).collect::<Result<_, _>>()?)
        }
        ("BS", v) => AttributeValue::BS(
            list(v)?
                .into_iter()
                .map(|v| match v {
                    AttributeValue::B(b) => Ok(b),
                    _ => Err(bad()),
                })
                .collect::<Result<_, _>>()?,
        ),
        _ => return Err(bad()),
    })
}

impl<'de> Deserialize<'de> for AttributeValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<AttributeValue, D::Error> {
        d.deserialize_newtype_struct(tokens::RAW, RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = AttributeValue;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an AttributeValue as a one-key map such as {\"S\": \"x\"}")
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<AttributeValue, D::Error> {
        d.deserialize_map(self)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AttributeValue, A::Error> {
        let Some(tag) = map.next_key::<String>()? else {
            return Err(de::Error::custom(
                "an AttributeValue needs exactly one member",
            ));
        };
        let v = match tag.as_str() {
            "S" => AttributeValue::S(map.next_value()?),
            "N" => AttributeValue::N(map.next_value()?),
            "B" => AttributeValue::B(Blob::from(map.next_value::<BlobOwned>()?.0)),
            "SS" => AttributeValue::SS(map.next_value()?),
            "NS" => AttributeValue::NS(map.next_value()?),
            "BS" => AttributeValue::BS(
                map.next_value::<Vec<BlobOwned>>()?
                    .into_iter()
                    .map(|b| Blob::from(b.0))
                    .collect(),
            ),
            "M" => AttributeValue::M(map.next_value::<HashMap<String, AttributeValue>>()?),
            "L" => AttributeValue::L(map.next_value()?),
            "NULL" => AttributeValue::Null(map.next_value()?),
            "BOOL" => AttributeValue::Bool(map.next_value()?),
            other => {
                return Err(de::Error::custom(format!(
                    "unknown AttributeValue member `{other}`"
                )))
            }
        };
        if map.next_key::<de::IgnoredAny>()?.is_some() {
            return Err(de::Error::custom(
                "an AttributeValue needs exactly one member",
            ));
        }
        Ok(v)
    }
}

/// What this module's deserializer shows a raw-value visitor: `{tag: payload}`.
pub(crate) struct RawAccess {
    entry: Option<(&'static str, AttributeValue)>,
}

impl RawAccess {
    pub(crate) fn new(v: AttributeValue) -> RawAccess {
        let tag = v.tag();
        let payload = match v {
            // NULL's payload is its boolean
            AttributeValue::Null(b) => AttributeValue::Bool(b),
            v => v,
        };
        RawAccess {
            entry: Some((tag, payload)),
        }
    }
}

impl<'de> MapAccess<'de> for RawAccess {
    type Error = SerdeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, SerdeError> {
        match &self.entry {
            Some((tag, _)) => seed
                .deserialize(de::value::StrDeserializer::<SerdeError>::new(tag))
                .map(Some),
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, SerdeError> {
        match self.entry.take() {
            Some((_, payload)) => seed.deserialize(crate::dynamodb::de::De(payload)),
            None => Err(SerdeError::new("raw value read twice")),
        }
    }
}
