//! Writing a typed shape straight into a request.
//!
//! A protocol writer implements [`Encoder`] once (`protocol/json/encode.rs` writes JSON,
//! `protocol/query/encode.rs` form pairs, `protocol/xml/encode.rs` XML, each straight into
//! its buffer); a shape writes itself through `&mut dyn Encoder` ([`Shape::encode`]): a
//! derived structure destructures itself and hands each present member to
//! [`encode_member`] by its index in the schema, containers and scalars are implemented
//! once in `impls.rs`. The writer keeps the schemas of the values it is inside, so the
//! wire names, timestamp formats and XML traits come from the schema, as when decoding.
//! Whatever a shape does not write directly (enums, unions, documents, hand-written
//! shapes) goes through [`Encoder::value`] and [`Shape::into_value`]; [`encode_value`]
//! walks such a value with the same structural calls, which is also how the dynamic
//! client's values reach the writers.
//!
//! [`ValueEncoder`] is the same interface building a [`Value`]: the REST bindings (labels,
//! query string, headers) and streaming payloads, which are small or not serialized, are
//! captured as values through it.

use crate::datetime::DateTime;
use crate::error::{Error, Result};
use crate::model::{Kind, Member, Schema, Shapes};
use crate::shape::Shape;
use crate::value::Value;
use bytes::Bytes;
use std::borrow::Cow;

/// A writer positioned before one value of a request.
///
/// A structure is `begin_structure`, then for each present member `member(index)` and,
/// when it returns true, the member's value, then `end_structure`. A list is
/// `begin_list`, `item` and the item's value for each item, `end_list`; a map
/// `begin_map`, `entry(key)` and the entry's value for each entry, `end_map`.
pub trait Encoder {
    /// An absent value: nothing is written for a member, `null` for an item where the
    /// format has one.
    fn null(&mut self) -> Result<()>;
    /// A string.
    fn string(&mut self, s: &str) -> Result<()>;
    /// A boolean.
    fn boolean(&mut self, b: bool) -> Result<()>;
    /// An integer.
    fn integer(&mut self, i: i64) -> Result<()>;
    /// A floating-point number.
    fn float(&mut self, f: f64) -> Result<()>;
    /// A timestamp.
    fn timestamp(&mut self, t: DateTime) -> Result<()>;
    /// A blob.
    fn blob(&mut self, b: Bytes) -> Result<()>;
    /// Any value (documents, big numbers, streams, and shapes without a direct writer).
    fn value(&mut self, v: Value) -> Result<()>;
    /// The start of a structure.
    fn begin_structure(&mut self) -> Result<()>;
    /// The member `index` of the structure (its place in the schema's members) comes
    /// next; false when this writer does not take it (the value is then not given).
    fn member(&mut self, index: usize) -> Result<bool>;
    /// The index of the member named `name` (model name) in the structure being written.
    fn member_index(&self, name: &str) -> Option<usize>;
    /// The end of a structure.
    fn end_structure(&mut self) -> Result<()>;
    /// The start of a list of `len` items.
    fn begin_list(&mut self, len: usize) -> Result<()>;
    /// An item comes next.
    fn item(&mut self) -> Result<()>;
    /// The end of a list.
    fn end_list(&mut self) -> Result<()>;
    /// The start of a map of `len` entries.
    fn begin_map(&mut self, len: usize) -> Result<()>;
    /// The value of entry `key` comes next.
    fn entry(&mut self, key: &str) -> Result<()>;
    /// The end of a map.
    fn end_map(&mut self) -> Result<()>;
    /// True when the members of a structure value must be written in the schema's order
    /// (XML) rather than the value's (see `encode_value`, the walker of values).
    fn schema_order(&self) -> bool {
        false
    }
}

/// Writes member `index` of a structure: what a derived shape's [`Shape::encode`] calls
/// for each of its fields.
pub fn encode_member<T: Shape>(e: &mut dyn Encoder, index: usize, value: T) -> Result<()> {
    if e.member(index)? {
        value.encode(e)?;
    }
    Ok(())
}

/// Writes a value through the encoder's structural calls: the structure's members by
/// name, in the value's order or, when the encoder asks for it, the schema's. Documents,
/// big numbers and streams go to [`Encoder::value`].
pub fn encode_value(v: Value, e: &mut dyn Encoder) -> Result<()> {
    match v {
        Value::Null => e.null(),
        Value::Bool(b) => e.boolean(b),
        Value::Integer(i) => e.integer(i),
        Value::Float(f) => e.float(f),
        Value::String(s) => e.string(&s),
        Value::Blob(b) => e.blob(b),
        Value::Timestamp(t) => e.timestamp(t),
        v @ (Value::BigNumber(_) | Value::Document(_) | Value::Stream(_)) => e.value(v),
        Value::List(items) => {
            e.begin_list(items.len())?;
            for item in items {
                e.item()?;
                encode_value(item, e)?;
            }
            e.end_list()
        }
        Value::Map(entries) => {
            e.begin_map(entries.len())?;
            for (k, v) in entries {
                e.entry(&k)?;
                encode_value(v, e)?;
            }
            e.end_map()
        }
        Value::Structure(fields) => {
            e.begin_structure()?;
            let index = |e: &dyn Encoder, k: &str| {
                e.member_index(k)
                    .ok_or_else(|| Error::invalid_input(format!("there is no member {k:?}")))
            };
            if e.schema_order() {
                let mut indexed = Vec::with_capacity(fields.len());
                for (k, v) in fields {
                    if !v.is_null() {
                        indexed.push((index(e, &k)?, v));
                    }
                }
                indexed.sort_by_key(|(i, _)| *i);
                for (i, v) in indexed {
                    if e.member(i)? {
                        encode_value(v, e)?;
                    }
                }
            } else {
                for (k, v) in fields {
                    if !v.is_null() && e.member(index(e, &k)?)? {
                        encode_value(v, e)?;
                    }
                }
            }
            e.end_structure()
        }
    }
}

/// Where the next value goes: the member (of a structure, list or map) it is, if any, and
/// its schema.
#[derive(Clone, Copy)]
pub(crate) struct Pos<'s> {
    /// The member the value is.
    pub member: Option<&'s Member>,
    /// The value's schema.
    pub schema: &'s Schema,
}

/// The schemas an encoder is inside, and the position of the next value: what every
/// writer keeps to name members and find their traits.
pub(crate) struct Cursor<'s> {
    shapes: &'s Shapes,
    stack: Vec<&'s Schema>,
    /// The position of the next value.
    pub next: Pos<'s>,
}

impl<'s> Cursor<'s> {
    /// A cursor before a value of `schema`, reached through `member`.
    pub fn new(shapes: &'s Shapes, member: Option<&'s Member>, schema: &'s Schema) -> Self {
        Cursor {
            shapes,
            stack: Vec::with_capacity(8),
            next: Pos { member, schema },
        }
    }

    /// The shapes schemas resolve in.
    pub fn shapes(&self) -> &'s Shapes {
        self.shapes
    }

    /// Enters the next value (a container); returns its schema.
    pub fn enter(&mut self) -> &'s Schema {
        let s = self.next.schema;
        self.stack.push(s);
        s
    }

    /// Leaves the innermost container.
    pub fn leave(&mut self) {
        self.stack.pop();
    }

    /// The innermost container's schema.
    pub fn top(&self) -> Option<&'s Schema> {
        self.stack.last().copied()
    }

    /// Member `index` of the innermost structure comes next.
    pub fn member(&mut self, index: usize) -> Result<&'s Member> {
        let s = self
            .top()
            .ok_or_else(|| Error::invalid_input("a member outside a structure"))?;
        let Kind::Structure { members, .. } = &s.kind else {
            return Err(not_a(s, "structure"));
        };
        let m = members.get(index).ok_or_else(|| {
            Error::invalid_input(format!("{} has no member number {index}", s.name))
        })?;
        self.next = Pos {
            member: Some(m),
            schema: self.shapes.get(&m.target),
        };
        Ok(m)
    }

    /// The index of the innermost structure's member `name`.
    pub fn member_index(&self, name: &str) -> Option<usize> {
        match &self.top()?.kind {
            Kind::Structure { members, .. } => members.iter().position(|m| m.name == name),
            _ => None,
        }
    }

    /// An item of the innermost list comes next.
    pub fn item(&mut self) -> Result<&'s Member> {
        let s = self
            .top()
            .ok_or_else(|| Error::invalid_input("an item outside a list"))?;
        let Kind::List { member } = &s.kind else {
            return Err(not_a(s, "list"));
        };
        self.next = Pos {
            member: Some(member),
            schema: self.shapes.get(&member.target),
        };
        Ok(member)
    }

    /// An entry's value of the innermost map comes next.
    pub fn entry(&mut self) -> Result<&'s Member> {
        let s = self
            .top()
            .ok_or_else(|| Error::invalid_input("an entry outside a map"))?;
        let Kind::Map { value, .. } = &s.kind else {
            return Err(not_a(s, "map"));
        };
        self.next = Pos {
            member: Some(value),
            schema: self.shapes.get(&value.target),
        };
        Ok(value)
    }

    /// The error for a value of the wrong kind at the next position.
    pub fn mismatch(&self, got: &str) -> Error {
        let s = self.next.schema;
        let what = match self.next.member {
            Some(m) => format!("{}", m.name),
            None => s.name.to_string(),
        };
        Error::invalid_input(format!("{what} ({}) cannot hold {got}", s.name))
    }
}

fn not_a(s: &Schema, what: &str) -> Error {
    Error::invalid_input(format!("{} is not a {what}", s.name))
}

enum Partial {
    Structure(Vec<(Cow<'static, str>, Value)>, Option<Cow<'static, str>>),
    List(Vec<Value>),
    Map(Vec<(String, Value)>, Option<String>),
}

/// An [`Encoder`] that builds a [`Value`], as [`Shape::into_value`] would.
pub struct ValueEncoder<'s> {
    cursor: Cursor<'s>,
    stack: Vec<Partial>,
    out: Value,
}

impl<'s> ValueEncoder<'s> {
    /// Builds a value of `schema`, reached through `member`.
    pub fn new(shapes: &'s Shapes, member: Option<&'s Member>, schema: &'s Schema) -> Self {
        ValueEncoder {
            cursor: Cursor::new(shapes, member, schema),
            stack: Vec::new(),
            out: Value::Null,
        }
    }

    /// The value written.
    pub fn finish(self) -> Value {
        self.out
    }

    fn put(&mut self, v: Value) -> Result<()> {
        match self.stack.last_mut() {
            None => self.out = v,
            Some(Partial::Structure(fields, name)) => {
                if let Some(name) = name.take() {
                    if !v.is_null() {
                        fields.push((name, v));
                    }
                }
            }
            Some(Partial::List(items)) => items.push(v),
            Some(Partial::Map(entries, key)) => {
                if let Some(k) = key.take() {
                    entries.push((k, v));
                }
            }
        }
        Ok(())
    }

    fn close(&mut self) -> Result<()> {
        self.cursor.leave();
        let v = match self.stack.pop() {
            Some(Partial::Structure(fields, _)) => Value::Structure(fields),
            Some(Partial::List(items)) => Value::List(items),
            Some(Partial::Map(entries, _)) => Value::Map(entries),
            None => return Err(Error::invalid_input("unbalanced end of a value")),
        };
        self.put(v)
    }
}

impl Encoder for ValueEncoder<'_> {
    fn null(&mut self) -> Result<()> {
        self.put(Value::Null)
    }
    fn string(&mut self, s: &str) -> Result<()> {
        self.put(Value::String(s.to_owned()))
    }
    fn boolean(&mut self, b: bool) -> Result<()> {
        self.put(Value::Bool(b))
    }
    fn integer(&mut self, i: i64) -> Result<()> {
        self.put(Value::Integer(i))
    }
    fn float(&mut self, f: f64) -> Result<()> {
        self.put(Value::Float(f))
    }
    fn timestamp(&mut self, t: DateTime) -> Result<()> {
        self.put(Value::Timestamp(t))
    }
    fn blob(&mut self, b: Bytes) -> Result<()> {
        self.put(Value::Blob(b))
    }
    fn value(&mut self, v: Value) -> Result<()> {
        self.put(v)
    }
    fn begin_structure(&mut self) -> Result<()> {
        self.cursor.enter();
        self.stack.push(Partial::Structure(Vec::new(), None));
        Ok(())
    }
    fn member(&mut self, index: usize) -> Result<bool> {
        let m = self.cursor.member(index)?;
        if let Some(Partial::Structure(_, name)) = self.stack.last_mut() {
            *name = Some(m.name.clone());
        }
        Ok(true)
    }
    fn member_index(&self, name: &str) -> Option<usize> {
        self.cursor.member_index(name)
    }
    fn end_structure(&mut self) -> Result<()> {
        self.close()
    }
    fn begin_list(&mut self, len: usize) -> Result<()> {
        self.cursor.enter();
        self.stack.push(Partial::List(Vec::with_capacity(len)));
        Ok(())
    }
    fn item(&mut self) -> Result<()> {
        self.cursor.item().map(drop)
    }
    fn end_list(&mut self) -> Result<()> {
        self.close()
    }
    fn begin_map(&mut self, len: usize) -> Result<()> {
        self.cursor.enter();
        self.stack.push(Partial::Map(Vec::with_capacity(len), None));
        Ok(())
    }
    fn entry(&mut self, key: &str) -> Result<()> {
        self.cursor.entry()?;
        if let Some(Partial::Map(_, k)) = self.stack.last_mut() {
            *k = Some(key.to_owned());
        }
        Ok(())
    }
    fn end_map(&mut self) -> Result<()> {
        self.close()
    }
}
