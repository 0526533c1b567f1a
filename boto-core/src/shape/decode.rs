//! Reading a response straight into a typed shape.
//!
//! A protocol reader implements [`Decoder`] once (`protocol/xml_read.rs` streams XML, with
//! no element tree); a shape reads itself through `&mut dyn Decoder` ([`Shape::decode`]):
//! a derived structure implements [`DecodeStruct`], one `match` from member index to field,
//! and the reader walks the structure's schema, finds each member it meets on the wire and
//! hands it to that `match`. Containers and scalars are implemented once in `impls.rs`.
//! Derived string enums and unions read directly too; whatever does not (documents,
//! hand-written shapes without a reader of their own) goes through [`Decoder::value`] and
//! [`Shape::from_value`], as the dynamic client does.
//!
//! [`ValueDecoder`] is the same interface over a [`Value`]: the REST bindings (headers,
//! status code, payloads) and streaming outputs, which are read as values, reach the
//! fields through it.

use crate::datetime::DateTime;
use crate::error::{Error, Result};
use crate::model::{Kind, Member, Schema, Shapes};
use crate::shape::Shape;
use crate::types::Blob;
use crate::value::Value;
use bytes::Bytes;

/// A reader positioned on one value of a response; `'s` is the lifetime of the schemas.
///
/// Every method consumes the value it reads (for XML: the whole element).
pub trait Decoder<'s> {
    /// The schema of the value here.
    fn schema(&self) -> &'s Schema;
    /// The member (of a structure, list or map) this value is, if any.
    fn member(&self) -> Option<&'s Member>;
    /// The shapes the schemas' references resolve in.
    fn shapes(&self) -> &'s Shapes;
    /// True (and the value consumed) when the value is an explicit null.
    fn null(&mut self) -> Result<bool> {
        Ok(false)
    }
    /// A scalar, as a [`Value`] of the schema's kind.
    fn scalar(&mut self) -> Result<Value>;
    /// Any value, as a [`Value`] (documents, and shapes without a direct reader).
    fn value(&mut self) -> Result<Value>;
    /// A structure: calls `target.decode_member(i, ..)` for each member `i` present.
    fn structure(&mut self, target: &mut dyn DecodeStruct) -> Result<()>;
    /// A list: calls `item` once per element.
    fn list(&mut self, item: &mut dyn FnMut(&mut dyn Decoder<'s>) -> Result<()>) -> Result<()>;
    /// A map: calls `entry` once per entry, with its key.
    fn map(
        &mut self,
        entry: &mut dyn FnMut(String, &mut dyn Decoder<'s>) -> Result<()>,
    ) -> Result<()>;

    /// A string.
    fn string(&mut self) -> Result<String> {
        match self.scalar()? {
            Value::String(s) => Ok(s),
            v => String::from_value(v),
        }
    }
    /// A boolean.
    fn boolean(&mut self) -> Result<bool> {
        match self.scalar()? {
            Value::Bool(b) => Ok(b),
            v => bool::from_value(v),
        }
    }
    /// An integer.
    fn integer(&mut self) -> Result<i64> {
        match self.scalar()? {
            Value::Integer(i) => Ok(i),
            v => i64::from_value(v),
        }
    }
    /// A floating-point number.
    fn float(&mut self) -> Result<f64> {
        match self.scalar()? {
            Value::Float(f) => Ok(f),
            v => f64::from_value(v),
        }
    }
    /// A timestamp.
    fn timestamp(&mut self) -> Result<DateTime> {
        match self.scalar()? {
            Value::Timestamp(t) => Ok(t),
            v => DateTime::from_value(v),
        }
    }
    /// A blob.
    fn blob(&mut self) -> Result<Bytes> {
        match self.scalar()? {
            Value::Blob(b) => Ok(b),
            v => Blob::from_value(v).map(Blob::into_bytes),
        }
    }
}

/// A structure that reads its members by index (the order of its schema's members).
/// `#[derive(Shape)]` implements it with one `match`.
pub trait DecodeStruct {
    /// Reads member `index` from `d`; an index the structure does not know is skipped.
    fn decode_member<'s>(&mut self, index: usize, d: &mut dyn Decoder<'s>) -> Result<()>;
}

/// Reads a structure `T` from `d`, starting from its `Default`: what a derived shape's
/// [`Shape::decode`] does.
pub fn decode_structure<T: DecodeStruct + Default>(d: &mut dyn Decoder<'_>) -> Result<Option<T>> {
    let mut out = T::default();
    d.structure(&mut out)?;
    Ok(Some(out))
}

/// The error of member `m` of `schema`, naming both (as the value path does): one message
/// `A.b: B.c: what`, kept short (a deeply nested document makes a long path).
pub(crate) fn in_member(schema: &Schema, m: &Member, e: Error) -> Error {
    let mut message = format!(
        "{}.{}: {}",
        schema.name,
        m.name,
        e.message().unwrap_or_default()
    );
    crate::error::clip(&mut message, 1024);
    Error::decode(message)
}

/// Reads any value through the decoder's structural methods, guided by its schema: the
/// default [`Decoder::value`] of a reader that streams.
pub fn read_value<'s>(d: &mut dyn Decoder<'s>) -> Result<Value> {
    if d.null()? {
        return Ok(Value::Null);
    }
    let schema = d.schema();
    match &schema.kind {
        Kind::Structure { members, .. } => {
            let mut t = ValueStruct {
                members,
                out: Vec::new(),
            };
            d.structure(&mut t)?;
            Ok(Value::Structure(t.out))
        }
        Kind::List { .. } => {
            let mut items = Vec::new();
            d.list(&mut |d| {
                items.push(read_value(d)?);
                Ok(())
            })?;
            Ok(Value::List(items))
        }
        Kind::Map { .. } => {
            let mut entries = Vec::new();
            d.map(&mut |k, d| {
                entries.push((k, read_value(d)?));
                Ok(())
            })?;
            Ok(Value::Map(entries))
        }
        _ => d.scalar(),
    }
}

/// A structure value under construction; a member met twice (flattened lists and maps
/// are one element per item) adds to what it already holds.
struct ValueStruct<'s> {
    members: &'s [Member],
    out: Vec<(std::borrow::Cow<'static, str>, Value)>,
}

impl DecodeStruct for ValueStruct<'_> {
    fn decode_member<'s>(&mut self, index: usize, d: &mut dyn Decoder<'s>) -> Result<()> {
        let Some(m) = self.members.get(index) else {
            return read_value(d).map(drop);
        };
        let v = read_value(d)?;
        match (self.out.iter_mut().find(|(k, _)| *k == m.name), v) {
            (Some((_, Value::List(have))), Value::List(more)) => have.extend(more),
            (Some((_, Value::Map(have))), Value::Map(more)) => have.extend(more),
            (Some((_, slot)), v) => *slot = v,
            (None, v) => self.out.push((m.name.clone(), v)),
        }
        Ok(())
    }
}

/// A [`Decoder`] over a [`Value`] already read.
pub struct ValueDecoder<'s> {
    value: Value,
    schema: &'s Schema,
    member: Option<&'s Member>,
    shapes: &'s Shapes,
}

impl<'s> ValueDecoder<'s> {
    /// Reads `value`, of shape `schema`.
    pub fn new(value: Value, schema: &'s Schema, shapes: &'s Shapes) -> ValueDecoder<'s> {
        ValueDecoder {
            value,
            schema,
            member: None,
            shapes,
        }
    }

    /// Reads `value`, the value of member `m`.
    pub(crate) fn for_member(value: Value, m: &'s Member, shapes: &'s Shapes) -> ValueDecoder<'s> {
        ValueDecoder {
            value,
            schema: shapes.get(&m.target),
            member: Some(m),
            shapes,
        }
    }

    fn mismatch(&self, expected: &str) -> Error {
        Error::decode(format!(
            "expected {expected}, got {}",
            self.value.type_name()
        ))
    }
}

impl<'s> Decoder<'s> for ValueDecoder<'s> {
    fn schema(&self) -> &'s Schema {
        self.schema
    }
    fn member(&self) -> Option<&'s Member> {
        self.member
    }
    fn shapes(&self) -> &'s Shapes {
        self.shapes
    }
    fn null(&mut self) -> Result<bool> {
        Ok(self.value.is_null())
    }
    fn scalar(&mut self) -> Result<Value> {
        Ok(std::mem::take(&mut self.value))
    }
    fn value(&mut self) -> Result<Value> {
        Ok(std::mem::take(&mut self.value))
    }
    fn structure(&mut self, target: &mut dyn DecodeStruct) -> Result<()> {
        let members = match std::mem::take(&mut self.value) {
            Value::Structure(m) => m,
            Value::Null => return Ok(()),
            other => {
                self.value = other;
                return Err(self.mismatch("a structure"));
            }
        };
        let schema_members: &'s [Member] = match &self.schema.kind {
            Kind::Structure { members, .. } => members,
            _ => &[],
        };
        for (name, v) in members {
            let Some(i) = schema_members.iter().position(|m| m.name == name) else {
                continue;
            };
            let m = &schema_members[i];
            let mut d = ValueDecoder::for_member(v, m, self.shapes);
            target
                .decode_member(i, &mut d)
                .map_err(|e| in_member(self.schema, m, e))?;
        }
        Ok(())
    }
    fn list(&mut self, item: &mut dyn FnMut(&mut dyn Decoder<'s>) -> Result<()>) -> Result<()> {
        let Kind::List { member } = &self.schema.kind else {
            return Err(Error::decode(format!("{} is not a list", self.schema.name)));
        };
        match std::mem::take(&mut self.value) {
            Value::List(items) => {
                for v in items {
                    item(&mut ValueDecoder::for_member(v, member, self.shapes))?;
                }
                Ok(())
            }
            Value::Null => Ok(()),
            other => {
                self.value = other;
                Err(self.mismatch("a list"))
            }
        }
    }
    fn map(
        &mut self,
        entry: &mut dyn FnMut(String, &mut dyn Decoder<'s>) -> Result<()>,
    ) -> Result<()> {
        let Kind::Map { value, .. } = &self.schema.kind else {
            return Err(Error::decode(format!("{} is not a map", self.schema.name)));
        };
        let entries = match std::mem::take(&mut self.value) {
            Value::Map(entries) => entries,
            Value::Structure(members) => members
                .into_iter()
                .map(|(k, v)| (k.into_owned(), v))
                .collect(),
            Value::Null => return Ok(()),
            other => {
                self.value = other;
                return Err(self.mismatch("a map"));
            }
        };
        for (k, v) in entries {
            entry(k, &mut ValueDecoder::for_member(v, value, self.shapes))?;
        }
        Ok(())
    }
}
