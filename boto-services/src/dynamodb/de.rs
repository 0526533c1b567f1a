//! A serde `Deserializer` that reads any `Deserialize` type from an [`AttributeValue`].
//!
//! Integers are read from the exact decimal text: a number that does not fit the target type
//! (300 into a `u8`, 1.5 into an `i64`) is an error, never a rounding.

use super::attribute::AttributeValue;
use super::error::SerdeError;
use super::number::Number;
use super::tokens;
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};
use std::collections::hash_map;

type R<T> = Result<T, SerdeError>;

/// Deserializes from one owned attribute value.
pub(crate) struct De(pub(crate) AttributeValue);

fn unexpected(expected: &str, found: &AttributeValue) -> SerdeError {
    let what = match found {
        AttributeValue::N(n) => format!("number {n}"),
        AttributeValue::S(s) if s.chars().count() <= 40 => format!("string {s:?}"),
        other => format!("{} value", other.tag()),
    };
    SerdeError::new(format!("expected {expected}, found {what}"))
}

impl De {
    fn number(self, expected: &str) -> R<Number> {
        match self.0 {
            AttributeValue::N(n) => Ok(n),
            other => Err(unexpected(expected, &other)),
        }
    }

    fn signed(self, ty: &str) -> R<(i128, Number)> {
        let n = self.number(ty)?;
        match n.to_i128() {
            Some(i) => Ok((i, n)),
            None => Err(not_fit(&n, ty)),
        }
    }

    fn unsigned(self, ty: &str) -> R<(u128, Number)> {
        let n = self.number(ty)?;
        match n.to_u128() {
            Some(i) => Ok((i, n)),
            None => Err(not_fit(&n, ty)),
        }
    }
}

fn not_fit(n: &Number, ty: &str) -> SerdeError {
    if n.is_integer() {
        SerdeError::new(format!("number {n} does not fit in {ty}"))
    } else {
        SerdeError::new(format!("number {n} is not an integer ({ty} expected)"))
    }
}

macro_rules! de_int {
    ($($method:ident $visit:ident $t:ty, $via:ident;)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
            let (i, n) = self.$via(stringify!($t))?;
            let v = <$t>::try_from(i).map_err(|_| not_fit(&n, stringify!($t)))?;
            visitor.$visit(v)
        }
    )*};
}

fn seq_of(v: AttributeValue) -> Option<Vec<AttributeValue>> {
    Some(match v {
        AttributeValue::L(l) => l,
        AttributeValue::SS(s) => s.into_iter().map(AttributeValue::S).collect(),
        AttributeValue::NS(s) => s.into_iter().map(AttributeValue::N).collect(),
        AttributeValue::BS(s) => s.into_iter().map(AttributeValue::B).collect(),
        _ => return None,
    })
}

impl<'de> de::Deserializer<'de> for De {
    type Error = SerdeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        match self.0 {
            AttributeValue::S(s) => visitor.visit_string(s),
            AttributeValue::N(n) => visit_number(n, visitor),
            AttributeValue::B(b) => visitor.visit_byte_buf(b.as_bytes().to_vec()),
            AttributeValue::M(m) => visitor.visit_map(MapDe::new(m)),
            AttributeValue::Null(_) => visitor.visit_unit(),
            AttributeValue::Bool(b) => visitor.visit_bool(b),
            other => match seq_of(other) {
                Some(items) => visitor.visit_seq(SeqDe::new(items)),
                None => Err(SerdeError::new("unreachable attribute kind")),
            },
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        match self.0 {
            AttributeValue::Bool(b) => visitor.visit_bool(b),
            other => Err(unexpected("a boolean", &other)),
        }
    }

    de_int! {
        deserialize_i8 visit_i8 i8, signed;
        deserialize_i16 visit_i16 i16, signed;
        deserialize_i32 visit_i32 i32, signed;
        deserialize_i64 visit_i64 i64, signed;
        deserialize_i128 visit_i128 i128, signed;
        deserialize_u8 visit_u8 u8, unsigned;
        deserialize_u16 visit_u16 u16, unsigned;
        deserialize_u32 visit_u32 u32, unsigned;
        deserialize_u64 visit_u64 u64, unsigned;
        deserialize_u128 visit_u128 u128, unsigned;
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        let n = self.number("f32")?;
        match n.as_str().parse::<f32>() {
            Ok(f) if f.is_finite() => visitor.visit_f32(f),
            _ => Err(SerdeError::new(format!("number {n} does not fit in f32"))),
        }
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        let n = self.number("f64")?;
        match n.as_str().parse::<f64>() {
            Ok(f) if f.is_finite() => visitor.visit_f64(f),
            _ => Err(SerdeError::new(format!("number {n} does not fit in f64"))),
        }
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        self.deserialize_string(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        self.deserialize_string(visitor)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        match self.0 {
            AttributeValue::S(s) => visitor.visit_string(s),
            other => Err(unexpected("a string", &other)),
        }
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        self.deserialize_byte_buf(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        match self.0 {
            AttributeValue::B(b) => visitor.visit_byte_buf(b.as_bytes().to_vec()),
            v @ AttributeValue::L(_) => De(v).deserialize_seq(visitor),
            other => Err(unexpected("binary", &other)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        match self.0 {
            AttributeValue::Null(_) => visitor.visit_none(),
            other => visitor.visit_some(De(other)),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        match self.0 {
            AttributeValue::Null(_) => visitor.visit_unit(),
            other => Err(unexpected("NULL", &other)),
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> R<V::Value> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> R<V::Value> {
        match (name, self.0) {
            (tokens::NUMBER, AttributeValue::N(n)) => visitor.visit_str(n.as_str()),
            (tokens::NUMBER, other) => Err(unexpected("a number", &other)),
            (tokens::RAW, v) => visitor.visit_map(super::attribute::raw_serde::RawAccess::new(v)),
            (_, v) => visitor.visit_newtype_struct(De(v)),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        match self.0 {
            AttributeValue::B(b) => visitor.visit_seq(de::value::SeqDeserializer::new(
                b.as_bytes().to_vec().into_iter(),
            )),
            other => match seq_of(other) {
                Some(items) => visitor.visit_seq(SeqDe::new(items)),
                None => Err(unexpected_owned("a list or set")),
            },
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> R<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> R<V::Value> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        match self.0 {
            AttributeValue::M(m) => visitor.visit_map(MapDe::new(m)),
            other => Err(unexpected("a map", &other)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> R<V::Value> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> R<V::Value> {
        match self.0 {
            AttributeValue::S(s) => visitor.visit_enum(s.into_deserializer()),
            AttributeValue::M(m) if m.len() == 1 => {
                let mut it = m.into_iter();
                match it.next() {
                    Some((variant, value)) => visitor.visit_enum(EnumDe { variant, value }),
                    None => Err(SerdeError::new("empty enum map")),
                }
            }
            other => Err(unexpected(
                "an enum (a string, or a map with exactly one key)",
                &other,
            )),
        }
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        self.deserialize_string(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        visitor.visit_unit()
    }
}

fn unexpected_owned(expected: &str) -> SerdeError {
    SerdeError::new(format!("expected {expected}"))
}

/// A number for self-describing targets: integers exactly when they fit 64 or 128 bits,
/// anything else as the nearest `f64`.
fn visit_number<'de, V: Visitor<'de>>(n: Number, visitor: V) -> R<V::Value> {
    if let Some(i) = n.to_i128() {
        if let Ok(v) = i64::try_from(i) {
            return visitor.visit_i64(v);
        }
        if let Ok(v) = u64::try_from(i) {
            return visitor.visit_u64(v);
        }
        return visitor.visit_i128(i);
    }
    if let Some(u) = n.to_u128() {
        return visitor.visit_u128(u);
    }
    visitor.visit_f64(n.to_f64())
}

struct SeqDe {
    items: std::vec::IntoIter<AttributeValue>,
    index: usize,
}

impl SeqDe {
    fn new(items: Vec<AttributeValue>) -> SeqDe {
        SeqDe {
            items: items.into_iter(),
            index: 0,
        }
    }
}

impl<'de> de::SeqAccess<'de> for SeqDe {
    type Error = SerdeError;
    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> R<Option<T::Value>> {
        match self.items.next() {
            Some(v) => {
                let i = self.index;
                self.index += 1;
                seed.deserialize(De(v)).map(Some).map_err(|e| e.at_index(i))
            }
            None => Ok(None),
        }
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

struct MapDe {
    entries: hash_map::IntoIter<String, AttributeValue>,
    pending: Option<(String, AttributeValue)>,
}

impl MapDe {
    fn new(m: std::collections::HashMap<String, AttributeValue>) -> MapDe {
        MapDe {
            entries: m.into_iter(),
            pending: None,
        }
    }
}

impl<'de> de::MapAccess<'de> for MapDe {
    type Error = SerdeError;
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> R<Option<K::Value>> {
        match self.entries.next() {
            Some((k, v)) => {
                let key = seed.deserialize(KeyDe(k.clone())).map_err(|e| e.at(&k))?;
                self.pending = Some((k, v));
                Ok(Some(key))
            }
            None => Ok(None),
        }
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> R<V::Value> {
        match self.pending.take() {
            Some((k, v)) => seed.deserialize(De(v)).map_err(|e| e.at(&k)),
            None => Err(SerdeError::new("map value requested before its key")),
        }
    }
    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

struct EnumDe {
    variant: String,
    value: AttributeValue,
}

impl<'de> de::EnumAccess<'de> for EnumDe {
    type Error = SerdeError;
    type Variant = VariantDe;
    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> R<(V::Value, VariantDe)> {
        let v = seed.deserialize(KeyDe(self.variant.clone()))?;
        Ok((
            v,
            VariantDe {
                variant: self.variant,
                value: self.value,
            },
        ))
    }
}

struct VariantDe {
    variant: String,
    value: AttributeValue,
}

impl<'de> de::VariantAccess<'de> for VariantDe {
    type Error = SerdeError;
    fn unit_variant(self) -> R<()> {
        match self.value {
            AttributeValue::Null(_) => Ok(()),
            other => Err(unexpected("NULL for a unit variant", &other).at(&self.variant)),
        }
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> R<T::Value> {
        let variant = self.variant;
        seed.deserialize(De(self.value)).map_err(|e| e.at(&variant))
    }
    fn tuple_variant<V: Visitor<'de>>(self, _: usize, visitor: V) -> R<V::Value> {
        let variant = self.variant;
        de::Deserializer::deserialize_seq(De(self.value), visitor).map_err(|e| e.at(&variant))
    }
    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        visitor: V,
    ) -> R<V::Value> {
        let variant = self.variant;
        de::Deserializer::deserialize_map(De(self.value), visitor).map_err(|e| e.at(&variant))
    }
}

/// Map keys (attribute names): strings, or integers and enum variants parsed from them.
struct KeyDe(String);

macro_rules! key_int {
    ($($method:ident $visit:ident $t:ty;)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
            match self.0.parse::<$t>() {
                Ok(v) => visitor.$visit(v),
                Err(_) => Err(SerdeError::new(format!(
                    "map key {:?} is not a {}", self.0, stringify!($t)
                ))),
            }
        }
    )*};
}

impl<'de> de::Deserializer<'de> for KeyDe {
    type Error = SerdeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        visitor.visit_string(self.0)
    }

    key_int! {
        deserialize_i8 visit_i8 i8;
        deserialize_i16 visit_i16 i16;
        deserialize_i32 visit_i32 i32;
        deserialize_i64 visit_i64 i64;
        deserialize_i128 visit_i128 i128;
        deserialize_u8 visit_u8 u8;
        deserialize_u16 visit_u16 u16;
        deserialize_u32 visit_u32 u32;
        deserialize_u64 visit_u64 u64;
        deserialize_u128 visit_u128 u128;
        deserialize_bool visit_bool bool;
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> R<V::Value> {
        visitor.visit_some(self)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> R<V::Value> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> R<V::Value> {
        visitor.visit_enum(self.0.into_deserializer())
    }

    serde::forward_to_deserialize_any! {
        f32 f64 char str string bytes byte_buf unit unit_struct seq tuple
        tuple_struct map struct identifier ignored_any
    }
}
