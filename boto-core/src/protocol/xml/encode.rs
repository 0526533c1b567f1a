//! The XML writer of restXml bodies and payloads: an [`Encoder`] writing elements
//! straight into one buffer, named from the schema (`locationName`, `flattened`,
//! `xmlNamespace`). An `xmlAttribute` member is inserted into its structure's start tag
//! whenever it comes, so a structure's members may arrive in any order.

use super::{member_ns, ns_attr};
use crate::datetime::{DateTime, TimestampFormat};
use crate::error::{Error, Result};
use crate::model::{Kind, Member, Schema, Shapes, XmlNamespace};
use crate::protocol::common::{format_float, timestamp_format};
use crate::protocol::query::{kind_name, scalar_text};
use crate::protocol::rest::format_timestamp;
use crate::protocol::xml_decode::is_flattened;
use crate::protocol::xml_write::XmlWriter;
use crate::shape::{encode_value, Cursor, Encoder};
use crate::value::Value;
use base64::Engine as _;
use bytes::Bytes;

enum Frame<'s> {
    Structure {
        name: &'s str,
        /// Where the start tag's attributes go.
        attrs_at: usize,
    },
    List {
        /// The wrapping element, `None` when flattened.
        wrapper: Option<&'s str>,
        /// The items' element name.
        item: &'s str,
    },
    Map {
        /// The element of each entry (`entry`, or the map's name when flattened).
        entry: &'s str,
        flat: bool,
        name: &'s str,
        ns: Option<&'s XmlNamespace>,
        key: &'s Member,
        key_name: &'s str,
        value_name: &'s str,
        open: bool,
    },
}

/// Writes one XML document (the request's body or a structure payload).
pub(crate) struct XmlEncoder<'s> {
    cursor: Cursor<'s>,
    w: XmlWriter,
    frames: Vec<Frame<'s>>,
    /// The element name of the next value.
    name: &'s str,
    /// The next value is an attribute of the innermost structure.
    attribute: bool,
}

impl<'s> XmlEncoder<'s> {
    /// A writer of a root element `name`, of shape `schema` reached through `member`.
    pub fn new(
        shapes: &'s Shapes,
        name: &'s str,
        member: Option<&'s Member>,
        schema: &'s Schema,
    ) -> Self {
        XmlEncoder {
            cursor: Cursor::new(shapes, member, schema),
            w: XmlWriter::new(),
            frames: Vec::with_capacity(8),
            name,
            attribute: false,
        }
    }

    /// The bytes written.
    pub fn finish(self) -> Vec<u8> {
        self.w.finish()
    }

    fn start(&mut self, name: &str, ns: Option<&XmlNamespace>) -> Result<()> {
        self.w.open_tag(name);
        if ns.is_some() {
            let mut attrs = Vec::new();
            ns_attr(ns, &mut attrs);
            for (k, v) in &attrs {
                self.w.attr(k, v)?;
            }
        }
        self.w.close_tag();
        Ok(())
    }

    fn leaf(&mut self, text: &str) -> Result<()> {
        let at = self.cursor.next;
        if let Kind::Structure { .. } | Kind::List { .. } | Kind::Map { .. } = at.schema.kind {
            return Err(self.wrong("scalar"));
        }
        if std::mem::take(&mut self.attribute) {
            let name = self.name;
            if let Some(Frame::Structure { attrs_at, .. }) = self.frames.last_mut() {
                let at = *attrs_at;
                *attrs_at += self.w.insert_attr(at, name, text)?;
                return Ok(());
            }
        }
        let name = self.name;
        self.start(name, member_ns(at.member, at.schema))?;
        self.w.text(text)?;
        self.w.end(name);
        Ok(())
    }

    /// The error for a value of kind `got` where the schema wants another.
    fn wrong(&self, got: &str) -> Error {
        let name = self.name;
        Error::invalid_input(match &self.cursor.next.schema.kind {
            Kind::Structure { .. } => format!("<{name}> must be a structure, not a {got}"),
            Kind::List { .. } => format!("<{name}> must be a list, not a {got}"),
            Kind::Map { .. } => format!("<{name}> must be a map, not a {got}"),
            k => format!("<{name}>: a {got} cannot be sent as {}", kind_name(k)),
        })
    }

    /// A number given for a timestamp or blob (as the dynamic client may): its text as
    /// [`scalar_text`] makes it.
    fn lenient(&mut self, v: Value, plain: &str) -> Result<()> {
        let schema = self.cursor.next.schema;
        match schema.kind {
            Kind::Timestamp | Kind::Blob => {
                let text = scalar_text(schema, self.format(), &v, self.name)?;
                self.leaf(&text)
            }
            _ => self.leaf(plain),
        }
    }

    fn format(&self) -> TimestampFormat {
        let at = self.cursor.next;
        timestamp_format(at.member, at.schema, TimestampFormat::DateTime)
    }

    fn close_entry(&mut self) {
        if let Some(Frame::Map { entry, open, .. }) = self.frames.last_mut() {
            if std::mem::take(open) {
                let entry = *entry;
                self.w.end(entry);
            }
        }
    }
}

impl Encoder for XmlEncoder<'_> {
    fn null(&mut self) -> Result<()> {
        self.attribute = false;
        Ok(())
    }
    fn string(&mut self, s: &str) -> Result<()> {
        match self.cursor.next.schema.kind {
            Kind::Timestamp | Kind::Blob => self.lenient(Value::String(s.into()), s),
            _ => self.leaf(s),
        }
    }
    fn boolean(&mut self, b: bool) -> Result<()> {
        self.leaf(if b { "true" } else { "false" })
    }
    fn integer(&mut self, i: i64) -> Result<()> {
        self.lenient(Value::Integer(i), &i.to_string())
    }
    fn float(&mut self, f: f64) -> Result<()> {
        self.lenient(Value::Float(f), &format_float(f))
    }
    fn timestamp(&mut self, t: DateTime) -> Result<()> {
        let text = format_timestamp(&t, self.format());
        self.leaf(&text)
    }
    fn blob(&mut self, b: Bytes) -> Result<()> {
        self.leaf(&base64::engine::general_purpose::STANDARD.encode(b))
    }
    fn value(&mut self, v: Value) -> Result<()> {
        match v {
            Value::BigNumber(n) => self.leaf(&n),
            v @ (Value::Document(_) | Value::Stream(_)) => {
                let schema = self.cursor.next.schema;
                scalar_text(schema, self.format(), &v, self.name).map(drop)
            }
            v => encode_value(v, self),
        }
    }
    fn begin_structure(&mut self) -> Result<()> {
        let at = self.cursor.next;
        if !matches!(at.schema.kind, Kind::Structure { .. }) {
            return Err(self.wrong("structure"));
        }
        self.attribute = false;
        let name = self.name;
        self.start(name, member_ns(at.member, at.schema))?;
        // Attributes go before the start tag's `>`.
        let attrs_at = self.w.len() - 1;
        self.cursor.enter();
        self.frames.push(Frame::Structure { name, attrs_at });
        Ok(())
    }
    fn member(&mut self, index: usize) -> Result<bool> {
        let m = self.cursor.member(index)?;
        self.name = m.wire_name();
        self.attribute = m.traits.xml_attribute;
        Ok(true)
    }
    fn member_index(&self, name: &str) -> Option<usize> {
        self.cursor.member_index(name)
    }
    fn end_structure(&mut self) -> Result<()> {
        self.cursor.leave();
        if let Some(Frame::Structure { name, .. }) = self.frames.pop() {
            self.w.end(name);
        }
        Ok(())
    }
    fn begin_list(&mut self, _: usize) -> Result<()> {
        let at = self.cursor.next;
        let schema: &Schema = at.schema;
        let Kind::List { member } = &schema.kind else {
            return Err(self.wrong("list"));
        };
        self.attribute = false;
        let flat = at.member.is_some_and(|m| is_flattened(m, schema)) || schema.traits.flattened;
        let name = self.name;
        let frame = if flat {
            Frame::List {
                wrapper: None,
                item: name,
            }
        } else {
            self.start(name, member_ns(at.member, schema))?;
            Frame::List {
                wrapper: Some(name),
                item: member.traits.location_name.as_deref().unwrap_or("member"),
            }
        };
        self.cursor.enter();
        self.frames.push(frame);
        Ok(())
    }
    fn item(&mut self) -> Result<()> {
        self.cursor.item()?;
        if let Some(Frame::List { item, .. }) = self.frames.last() {
            self.name = item;
        }
        Ok(())
    }
    fn end_list(&mut self) -> Result<()> {
        self.cursor.leave();
        if let Some(Frame::List {
            wrapper: Some(name),
            ..
        }) = self.frames.pop()
        {
            self.w.end(name);
        }
        Ok(())
    }
    fn begin_map(&mut self, _: usize) -> Result<()> {
        let at = self.cursor.next;
        let schema: &Schema = at.schema;
        let Kind::Map { key, value } = &schema.kind else {
            return Err(self.wrong("map"));
        };
        self.attribute = false;
        let flat = at.member.is_some_and(|m| is_flattened(m, schema)) || schema.traits.flattened;
        let name = self.name;
        let ns = member_ns(at.member, schema);
        if !flat {
            self.start(name, ns)?;
        }
        self.cursor.enter();
        self.frames.push(Frame::Map {
            entry: if flat { name } else { "entry" },
            flat,
            name,
            ns,
            key,
            key_name: key.traits.location_name.as_deref().unwrap_or("key"),
            value_name: value.traits.location_name.as_deref().unwrap_or("value"),
            open: false,
        });
        Ok(())
    }
    fn entry(&mut self, k: &str) -> Result<()> {
        self.close_entry();
        let Some(Frame::Map {
            entry,
            flat,
            ns,
            key,
            key_name,
            value_name,
            open,
            ..
        }) = self.frames.last_mut()
        else {
            return Err(Error::invalid_input("an entry outside a map"));
        };
        *open = true;
        let (entry, flat, ns, key, key_name, value_name) =
            (*entry, *flat, *ns, *key, *key_name, *value_name);
        self.start(entry, if flat { ns } else { None })?;
        let key_schema = self.cursor.shapes().get(&key.target);
        self.start(key_name, member_ns(Some(key), key_schema))?;
        self.w.text(k)?;
        self.w.end(key_name);
        self.cursor.entry()?;
        self.name = value_name;
        Ok(())
    }
    fn end_map(&mut self) -> Result<()> {
        self.close_entry();
        self.cursor.leave();
        if let Some(Frame::Map {
            flat: false, name, ..
        }) = self.frames.pop()
        {
            self.w.end(name);
        }
        Ok(())
    }
    fn schema_order(&self) -> bool {
        true
    }
}
