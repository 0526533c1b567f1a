//! A serde `Serializer` that writes any `Serialize` value as an [`AttributeValue`].
//!
//! Numbers go straight to exact decimal text (no detour through `f64`); `None` is an absent
//! attribute inside maps and structs, `NULL` inside lists.

use super::attribute::AttributeValue;
use super::error::SerdeError;
use super::number::Number;
use super::tokens;
use boto_core::Blob;
use serde::ser::{self, Serialize};
use std::collections::HashMap;

type R = Result<Option<AttributeValue>, SerdeError>;

/// Serializes one value; `None` means "absent" (a `None` option).
pub(crate) fn to_value<T: Serialize + ?Sized>(v: &T) -> R {
    v.serialize(Ser)
}

fn present(v: Option<AttributeValue>) -> AttributeValue {
    v.unwrap_or(AttributeValue::Null(true))
}

fn num(n: Result<Number, boto_core::Error>) -> R {
    n.map(|n| Some(AttributeValue::N(n)))
        .map_err(|e| SerdeError::new(e.message().unwrap_or("invalid number").to_owned()))
}

pub(crate) struct Ser;

impl ser::Serializer for Ser {
    type Ok = Option<AttributeValue>;
    type Error = SerdeError;
    type SerializeSeq = SeqSer;
    type SerializeTuple = SeqSer;
    type SerializeTupleStruct = SeqSer;
    type SerializeTupleVariant = VariantSer<SeqSer>;
    type SerializeMap = MapSer;
    type SerializeStruct = MapSer;
    type SerializeStructVariant = VariantSer<MapSer>;

    fn serialize_bool(self, v: bool) -> R {
        Ok(Some(AttributeValue::Bool(v)))
    }
    fn serialize_i8(self, v: i8) -> R {
        num(Ok(v.into()))
    }
    fn serialize_i16(self, v: i16) -> R {
        num(Ok(v.into()))
    }
    fn serialize_i32(self, v: i32) -> R {
        num(Ok(v.into()))
    }
    fn serialize_i64(self, v: i64) -> R {
        num(Ok(v.into()))
    }
    fn serialize_i128(self, v: i128) -> R {
        num(Number::try_from(v))
    }
    fn serialize_u8(self, v: u8) -> R {
        num(Ok(v.into()))
    }
    fn serialize_u16(self, v: u16) -> R {
        num(Ok(v.into()))
    }
    fn serialize_u32(self, v: u32) -> R {
        num(Ok(v.into()))
    }
    fn serialize_u64(self, v: u64) -> R {
        num(Ok(v.into()))
    }
    fn serialize_u128(self, v: u128) -> R {
        num(Number::try_from(v))
    }
    fn serialize_f32(self, v: f32) -> R {
        num(Number::from_f32(v))
    }
    fn serialize_f64(self, v: f64) -> R {
        num(Number::from_f64(v))
    }
    fn serialize_char(self, v: char) -> R {
        Ok(Some(AttributeValue::S(v.to_string())))
    }
    fn serialize_str(self, v: &str) -> R {
        Ok(Some(AttributeValue::S(v.to_owned())))
    }
    fn serialize_bytes(self, v: &[u8]) -> R {
        Ok(Some(AttributeValue::B(Blob::from(v))))
    }
    fn serialize_none(self) -> R {
        Ok(None)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> R {
        v.serialize(Ser)
    }
    fn serialize_unit(self) -> R {
        Ok(Some(AttributeValue::Null(true)))
    }
    fn serialize_unit_struct(self, _: &'static str) -> R {
        self.serialize_unit()
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, variant: &'static str) -> R {
        Ok(Some(AttributeValue::S(variant.to_owned())))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, name: &'static str, v: &T) -> R {
        match name {
            tokens::NUMBER => match v.serialize(Ser)? {
                Some(AttributeValue::S(s)) => num(Number::try_from(s)),
                Some(n @ AttributeValue::N(_)) => Ok(Some(n)),
                _ => Err(SerdeError::new("a Number must hold decimal text")),
            },
            tokens::STRING_SET | tokens::NUMBER_SET | tokens::BINARY_SET => {
                let items = match v.serialize(Ser)? {
                    Some(AttributeValue::L(items)) => items,
                    _ => return Err(SerdeError::new("a set must serialize as a sequence")),
                };
                if items.is_empty() {
                    return Err(SerdeError::new(
                        "DynamoDB sets cannot be empty (use an Option and leave it None)",
                    ));
                }
                set_of(name, items).map(Some)
            }
            tokens::RAW => match v.serialize(Ser)? {
                Some(tagged) => super::attribute::raw_serde::unwrap_tagged(tagged).map(Some),
                None => Ok(None),
            },
            _ => v.serialize(Ser),
        }
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> R {
        let inner = present(v.serialize(Ser).map_err(|e| e.at(variant))?);
        Ok(Some(AttributeValue::M(HashMap::from([(
            variant.to_owned(),
            inner,
        )]))))
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<SeqSer, SerdeError> {
        Ok(SeqSer(Vec::with_capacity(len.unwrap_or(0).min(4096))))
    }
    fn serialize_tuple(self, len: usize) -> Result<SeqSer, SerdeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<SeqSer, SerdeError> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<VariantSer<SeqSer>, SerdeError> {
        Ok(VariantSer {
            variant,
            inner: self.serialize_seq(Some(len))?,
        })
    }
    fn serialize_map(self, _: Option<usize>) -> Result<MapSer, SerdeError> {
        Ok(MapSer {
            map: HashMap::new(),
            key: None,
        })
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<MapSer, SerdeError> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<VariantSer<MapSer>, SerdeError> {
        Ok(VariantSer {
            variant,
            inner: self.serialize_map(None)?,
        })
    }
}

/// Turns the list a set newtype produced into `SS`, `NS` or `BS`.
fn set_of(token: &str, items: Vec<AttributeValue>) -> Result<AttributeValue, SerdeError> {
    let kind = match token {
        tokens::STRING_SET => "string",
        tokens::NUMBER_SET => "number",
        _ => "binary",
    };
    let bad = |i: usize, v: &AttributeValue| {
        SerdeError::new(format!("a {kind} set cannot hold a {} value", v.tag())).at_index(i)
    };
    match token {
        tokens::STRING_SET => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| match v {
                AttributeValue::S(s) => Ok(s),
                v => Err(bad(i, &v)),
            })
            .collect::<Result<_, _>>()
            .map(AttributeValue::SS),
        tokens::NUMBER_SET => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| match v {
                AttributeValue::N(n) => Ok(n),
                v => Err(bad(i, &v)),
            })
            .collect::<Result<_, _>>()
            .map(AttributeValue::NS),
        _ => items
            .into_iter()
            .enumerate()
            .map(|(i, v)| match v {
                AttributeValue::B(b) => Ok(b),
                v => Err(bad(i, &v)),
            })
            .collect::<Result<_, _>>()
            .map(AttributeValue::BS),
    }
}

pub(crate) struct SeqSer(Vec<AttributeValue>);

impl SeqSer {
    fn push<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), SerdeError> {
        let i = self.0.len();
        let v = v.serialize(Ser).map_err(|e| e.at_index(i))?;
        self.0.push(present(v));
        Ok(())
    }
}

impl ser::SerializeSeq for SeqSer {
    type Ok = Option<AttributeValue>;
    type Error = SerdeError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), SerdeError> {
        self.push(v)
    }
    fn end(self) -> R {
        Ok(Some(AttributeValue::L(self.0)))
    }
}
impl ser::SerializeTuple for SeqSer {
    type Ok = Option<AttributeValue>;
    type Error = SerdeError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), SerdeError> {
        self.push(v)
    }
    fn end(self) -> R {
        Ok(Some(AttributeValue::L(self.0)))
    }
}
impl ser::SerializeTupleStruct for SeqSer {
    type Ok = Option<AttributeValue>;
    type Error = SerdeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), SerdeError> {
        self.push(v)
    }
    fn end(self) -> R {
        Ok(Some(AttributeValue::L(self.0)))
    }
}

pub(crate) struct MapSer {
    map: HashMap<String, AttributeValue>,
    key: Option<String>,
}

impl MapSer {
    fn insert<T: Serialize + ?Sized>(&mut self, key: String, v: &T) -> Result<(), SerdeError> {
        // `None` values are left out: DynamoDB has no "present but empty" attribute.
        if let Some(v) = v.serialize(Ser).map_err(|e| e.at(&key))? {
            self.map.insert(key, v);
        }
        Ok(())
    }
}

impl ser::SerializeMap for MapSer {
    type Ok = Option<AttributeValue>;
    type Error = SerdeError;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), SerdeError> {
        self.key = Some(key.serialize(KeySer)?);
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), SerdeError> {
        let key = self
            .key
            .take()
            .ok_or_else(|| SerdeError::new("map value without a key"))?;
        self.insert(key, v)
    }
    fn end(self) -> R {
        Ok(Some(AttributeValue::M(self.map)))
    }
}

impl ser::SerializeStruct for MapSer {
    type Ok = Option<AttributeValue>;
    type Error = SerdeError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), SerdeError> {
        self.insert(key.to_owned(), v)
    }
    fn end(self) -> R {
        Ok(Some(AttributeValue::M(self.map)))
    }
}

/// A tuple or struct variant: `{"Variant": [..]}` / `{"Variant": {..}}`.
pub(crate) struct VariantSer<S> {
    variant: &'static str,
    inner: S,
}

impl<S> VariantSer<S> {
    fn wrap(variant: &str, inner: Option<AttributeValue>) -> R {
        Ok(Some(AttributeValue::M(HashMap::from([(
            variant.to_owned(),
            present(inner),
        )]))))
    }
}

impl ser::SerializeTupleVariant for VariantSer<SeqSer> {
    type Ok = Option<AttributeValue>;
    type Error = SerdeError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), SerdeError> {
        self.inner.push(v).map_err(|e| e.at(self.variant))
    }
    fn end(self) -> R {
        Self::wrap(self.variant, Some(AttributeValue::L(self.inner.0)))
    }
}

impl ser::SerializeStructVariant for VariantSer<MapSer> {
    type Ok = Option<AttributeValue>;
    type Error = SerdeError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        v: &T,
    ) -> Result<(), SerdeError> {
        self.inner
            .insert(key.to_owned(), v)
            .map_err(|e| e.at(self.variant))
    }
    fn end(self) -> R {
        Self::wrap(self.variant, Some(AttributeValue::M(self.inner.map)))
    }
}

/// Map keys: strings, chars, integers and unit variants become attribute names.
struct KeySer;

fn key_error() -> SerdeError {
    SerdeError::new("map keys must be strings, integers or unit enum variants")
}

impl ser::Serializer for KeySer {
    type Ok = String;
    type Error = SerdeError;
    type SerializeSeq = ser::Impossible<String, SerdeError>;
    type SerializeTuple = ser::Impossible<String, SerdeError>;
    type SerializeTupleStruct = ser::Impossible<String, SerdeError>;
    type SerializeTupleVariant = ser::Impossible<String, SerdeError>;
    type SerializeMap = ser::Impossible<String, SerdeError>;
    type SerializeStruct = ser::Impossible<String, SerdeError>;
    type SerializeStructVariant = ser::Impossible<String, SerdeError>;

    fn serialize_str(self, v: &str) -> Result<String, SerdeError> {
        Ok(v.to_owned())
    }
    fn serialize_char(self, v: char) -> Result<String, SerdeError> {
        Ok(v.to_string())
    }
    fn serialize_bool(self, v: bool) -> Result<String, SerdeError> {
        Ok(v.to_string())
    }
    fn serialize_i8(self, v: i8) -> Result<String, SerdeError> {
        Ok(v.to_string())
    }
    fn serialize_i16(self, v: i16) -> Result<String, SerdeError> {
        Ok(v.to_string())
    }
    fn serialize_i32(self, v: i32) -> Result<String, SerdeError> {
        Ok(v.to_string())
    }
    fn serialize_i64(self, v: i64) -> Result<String, SerdeError> {
        Ok(v.to_string())
    }
    fn serialize_i128(self, v: i128) -> Result<String, SerdeError> {
        Ok(v.to_string())
    }
    fn serialize_u8(self, v: u8) -> Result<String, SerdeError> {
        Ok(v.to_string())
    }
    fn serialize_u16(self, v: u16) -> Result<String, SerdeError> {
        Ok(v.to_string())
    }
    fn serialize_u32(self, v: u32) -> Result<String, SerdeError> {
        Ok(v.to_string())
    }
    fn serialize_u64(self, v: u64) -> Result<String, SerdeError> {
        Ok(v.to_string())
    }
    fn serialize_u128(self, v: u128) -> Result<String, SerdeError> {
        Ok(v.to_string())
    }
    fn serialize_f32(self, _: f32) -> Result<String, SerdeError> {
        Err(key_error())
    }
    fn serialize_f64(self, _: f64) -> Result<String, SerdeError> {
        Err(key_error())
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<String, SerdeError> {
        Err(key_error())
    }
    fn serialize_none(self) -> Result<String, SerdeError> {
        Err(key_error())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<String, SerdeError> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<String, SerdeError> {
        Err(key_error())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<String, SerdeError> {
        Err(key_error())
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<String, SerdeError> {
        Ok(variant.to_owned())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<String, SerdeError> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, SerdeError> {
        Err(key_error())
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, SerdeError> {
        Err(key_error())
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, SerdeError> {
        Err(key_error())
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, SerdeError> {
        Err(key_error())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, SerdeError> {
        Err(key_error())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, SerdeError> {
        Err(key_error())
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, SerdeError> {
        Err(key_error())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, SerdeError> {
        Err(key_error())
    }
}
