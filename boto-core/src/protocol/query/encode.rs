//! The form writer of awsQuery and ec2Query requests: an [`Encoder`] writing
//! `&Key.Path=value` pairs straight into the body, the key of the value being written kept
//! as one growing and shrinking prefix.

use super::{capitalize, form_encode, kind_name, scalar_text};
use crate::datetime::{DateTime, TimestampFormat};
use crate::error::{Error, Result};
use crate::model::{Kind, Member, Schema, Shapes};
use crate::protocol::common::{format_float, timestamp_format};
use crate::protocol::rest::format_timestamp;
use crate::protocol::xml_decode::is_flattened;
use crate::shape::{encode_value, Cursor, Encoder};
use crate::value::Value;
use base64::Engine as _;
use bytes::Bytes;
use std::borrow::Cow;

enum Frame<'s> {
    /// A structure: its members' keys follow `base` bytes of the prefix.
    Structure { base: usize },
    /// A list: `base.N` for item N.
    List { base: usize, index: usize },
    /// A map: `base.N.key` and `base.N.value` for entry N.
    Map {
        base: usize,
        index: usize,
        key_name: &'s str,
        value_name: &'s str,
    },
}

/// Writes an input structure as form pairs.
pub(crate) struct QueryEncoder<'s> {
    cursor: Cursor<'s>,
    ec2: bool,
    out: String,
    prefix: String,
    frames: Vec<Frame<'s>>,
}

impl<'s> QueryEncoder<'s> {
    /// A writer of the input `schema` after the body's start in `out`
    /// (`Action=..&Version=..`).
    pub fn new(shapes: &'s Shapes, schema: &'s Schema, ec2: bool, out: String) -> Self {
        QueryEncoder {
            cursor: Cursor::new(shapes, None, schema),
            ec2,
            out,
            prefix: String::with_capacity(64),
            frames: Vec::with_capacity(8),
        }
    }

    /// The body written.
    pub fn finish(self) -> String {
        self.out
    }

    fn pair(&mut self, value: &str) {
        self.out.push('&');
        form_encode(&mut self.out, &self.prefix);
        self.out.push('=');
        form_encode(&mut self.out, value);
    }

    fn member_key<'m>(&self, m: &'m Member, target: &'m Schema) -> Cow<'m, str> {
        if self.ec2 {
            if let Some(q) = &m.traits.query_name {
                return Cow::Borrowed(q);
            }
            return match &m.traits.location_name {
                Some(l) => capitalize(l),
                None => capitalize(&m.name),
            };
        }
        if let Some(l) = &m.traits.location_name {
            return Cow::Borrowed(l);
        }
        // A flattened list named after its element (botocore: `AttributeName.1`).
        if let Kind::List { member } = &target.kind {
            if is_flattened(m, target) {
                if let Some(l) = &member.traits.location_name {
                    return Cow::Borrowed(l);
                }
            }
        }
        Cow::Borrowed(&m.name)
    }

    fn scalar(&mut self, text: &str) -> Result<()> {
        if self.frames.is_empty() {
            return Err(Error::invalid_input(format!(
                "the input ({}) must be a structure",
                self.cursor.next.schema.name
            )));
        }
        if let Kind::Structure { .. } | Kind::List { .. } | Kind::Map { .. } =
            self.cursor.next.schema.kind
        {
            return Err(self.wrong("scalar"));
        }
        self.pair(text);
        Ok(())
    }

    /// A number given for a timestamp or blob (as the dynamic client may): its text as
    /// [`scalar_text`] makes it.
    fn lenient(&mut self, v: Value, plain: &str) -> Result<()> {
        let at = self.cursor.next;
        match at.schema.kind {
            Kind::Timestamp | Kind::Blob => {
                let fmt = timestamp_format(at.member, at.schema, TimestampFormat::DateTime);
                let text = scalar_text(at.schema, fmt, &v, &self.prefix)?;
                self.scalar(&text)
            }
            _ => self.scalar(plain),
        }
    }

    /// The error for a value of kind `got` where the schema wants another.
    fn wrong(&self, got: &str) -> Error {
        let schema = self.cursor.next.schema;
        let prefix = &self.prefix;
        Error::invalid_input(match &schema.kind {
            Kind::Structure { .. } => format!("{prefix}: expected a structure, got a {got}"),
            Kind::List { .. } => format!("{prefix}: expected a list, got a {got}"),
            Kind::Map { .. } => format!("{prefix}: expected a map, got a {got}"),
            k => format!("{prefix}: a {got} cannot be sent as {}", kind_name(k)),
        })
    }

    fn flattened(&self) -> bool {
        let at = self.cursor.next;
        at.member.is_some_and(|m| m.traits.flattened) || at.schema.traits.flattened
    }
}

impl<'s> Encoder for QueryEncoder<'s> {
    fn null(&mut self) -> Result<()> {
        Ok(())
    }
    fn string(&mut self, s: &str) -> Result<()> {
        match self.cursor.next.schema.kind {
            Kind::Timestamp | Kind::Blob => self.lenient(Value::String(s.to_owned()), s),
            _ => self.scalar(s),
        }
    }
    fn boolean(&mut self, b: bool) -> Result<()> {
        self.scalar(if b { "true" } else { "false" })
    }
    fn integer(&mut self, i: i64) -> Result<()> {
        self.lenient(Value::Integer(i), &itoa(i))
    }
    fn float(&mut self, f: f64) -> Result<()> {
        self.lenient(Value::Float(f), &format_float(f))
    }
    fn timestamp(&mut self, t: DateTime) -> Result<()> {
        let at = self.cursor.next;
        let fmt = timestamp_format(at.member, at.schema, TimestampFormat::DateTime);
        self.scalar(&format_timestamp(&t, fmt))
    }
    fn blob(&mut self, b: Bytes) -> Result<()> {
        self.scalar(&base64::engine::general_purpose::STANDARD.encode(b))
    }
    fn value(&mut self, v: Value) -> Result<()> {
        match v {
            Value::BigNumber(n) => self.scalar(&n),
            Value::Document(_) | Value::Stream(_) => {
                let at = self.cursor.next;
                let fmt = timestamp_format(at.member, at.schema, TimestampFormat::DateTime);
                let what = self.prefix.clone();
                scalar_text(at.schema, fmt, &v, &what).map(drop)
            }
            v => encode_value(v, self),
        }
    }
    fn begin_structure(&mut self) -> Result<()> {
        if !matches!(self.cursor.next.schema.kind, Kind::Structure { .. }) {
            return Err(self.wrong("structure"));
        }
        self.cursor.enter();
        self.frames.push(Frame::Structure {
            base: self.prefix.len(),
        });
        Ok(())
    }
    fn member(&mut self, index: usize) -> Result<bool> {
        let Some(Frame::Structure { base }) = self.frames.last() else {
            return Err(Error::invalid_input("a member outside a structure"));
        };
        let base = *base;
        let m = self.cursor.member(index)?;
        let key = self.member_key(m, self.cursor.next.schema);
        self.prefix.truncate(base);
        if base > 0 {
            self.prefix.push('.');
        }
        self.prefix.push_str(&key);
        Ok(true)
    }
    fn member_index(&self, name: &str) -> Option<usize> {
        self.cursor.member_index(name)
    }
    fn end_structure(&mut self) -> Result<()> {
        self.cursor.leave();
        if let Some(Frame::Structure { base }) = self.frames.pop() {
            self.prefix.truncate(base);
        }
        Ok(())
    }
    fn begin_list(&mut self, len: usize) -> Result<()> {
        let schema: &'s Schema = self.cursor.next.schema;
        let Kind::List { member } = &schema.kind else {
            return Err(self.wrong("list"));
        };
        if len == 0 && !self.ec2 {
            self.pair("");
        }
        let flat = self.ec2 || self.flattened();
        if !flat {
            self.prefix.push('.');
            self.prefix
                .push_str(member.traits.location_name.as_deref().unwrap_or("member"));
        }
        self.cursor.enter();
        self.frames.push(Frame::List {
            base: self.prefix.len(),
            index: 0,
        });
        Ok(())
    }
    fn item(&mut self) -> Result<()> {
        let Some(Frame::List { base, index }) = self.frames.last_mut() else {
            return Err(Error::invalid_input("an item outside a list"));
        };
        *index += 1;
        let (base, index) = (*base, *index);
        self.cursor.item()?;
        self.prefix.truncate(base);
        self.prefix.push('.');
        self.prefix.push_str(itoa(index as i64).as_str());
        Ok(())
    }
    fn end_list(&mut self) -> Result<()> {
        self.cursor.leave();
        self.frames.pop();
        Ok(())
    }
    fn begin_map(&mut self, _: usize) -> Result<()> {
        let schema: &'s Schema = self.cursor.next.schema;
        let Kind::Map { key, value } = &schema.kind else {
            return Err(self.wrong("map"));
        };
        let key_name = key.traits.location_name.as_deref().unwrap_or("key");
        let value_name = value.traits.location_name.as_deref().unwrap_or("value");
        if !self.flattened() {
            self.prefix.push_str(".entry");
        }
        self.cursor.enter();
        self.frames.push(Frame::Map {
            base: self.prefix.len(),
            index: 0,
            key_name,
            value_name,
        });
        Ok(())
    }
    fn entry(&mut self, k: &str) -> Result<()> {
        let Some(Frame::Map {
            base,
            index,
            key_name,
            value_name,
        }) = self.frames.last_mut()
        else {
            return Err(Error::invalid_input("an entry outside a map"));
        };
        *index += 1;
        let (base, n) = (*base, itoa(*index as i64));
        let (key_name, value_name) = (*key_name, *value_name);
        self.cursor.entry()?;
        self.prefix.truncate(base);
        self.prefix.push('.');
        self.prefix.push_str(&n);
        self.prefix.push('.');
        self.prefix.push_str(key_name);
        self.pair(k);
        self.prefix.truncate(base + 1 + n.len());
        self.prefix.push('.');
        self.prefix.push_str(value_name);
        Ok(())
    }
    fn end_map(&mut self) -> Result<()> {
        self.cursor.leave();
        self.frames.pop();
        Ok(())
    }
}

fn itoa(i: i64) -> String {
    i.to_string()
}
