//! The JSON writer of requests (awsJson bodies, restJson1 bodies and payloads): an
//! [`Encoder`] writing straight into one buffer. Member names are the members' wire names
//! (`jsonName`), timestamps epoch seconds unless the model says otherwise, blobs base64,
//! floats that JSON cannot hold as strings (`NaN`, `Infinity`), documents as they are.

use super::{write_epoch, write_str, B64};
use crate::datetime::{DateTime, TimestampFormat};
use crate::error::{Error, Result};
use crate::model::{Kind, Member, Schema, Shapes};
use crate::protocol::common::{format_float, timestamp_format};
use crate::protocol::rest::format_timestamp;
use crate::shape::{encode_value, Cursor, Encoder};
use crate::value::Value;
use base64::Engine as _;
use bytes::Bytes;
use std::io::Write as _;

/// Writes one JSON value (the request's body or payload).
pub(crate) struct JsonEncoder<'s> {
    cursor: Cursor<'s>,
    out: Vec<u8>,
    /// Whether the innermost container has an element written yet.
    first: Vec<bool>,
    /// The wire name of the member whose value comes next, written with its value (an
    /// absent member writes nothing).
    key: Option<&'s str>,
}

impl<'s> JsonEncoder<'s> {
    /// A writer of a value of `schema`, reached through `member`.
    pub fn new(shapes: &'s Shapes, member: Option<&'s Member>, schema: &'s Schema) -> Self {
        JsonEncoder {
            cursor: Cursor::new(shapes, member, schema),
            out: Vec::with_capacity(256),
            first: Vec::with_capacity(8),
            key: None,
        }
    }

    /// The bytes written.
    pub fn finish(self) -> Vec<u8> {
        self.out
    }

    /// Before a value: the pending member's name, or the separator of an item.
    fn start(&mut self) {
        if let Some(k) = self.key.take() {
            self.separate();
            write_str(k, &mut self.out);
            self.out.push(b':');
        }
    }

    fn separate(&mut self) {
        if let Some(first) = self.first.last_mut() {
            if *first {
                *first = false;
            } else {
                self.out.push(b',');
            }
        }
    }

    fn open(&mut self, kind: &str, ok: bool, byte: u8) -> Result<()> {
        if !ok {
            let e = self.cursor.mismatch(kind);
            if let Kind::Document = self.cursor.next.schema.kind {
                return Err(Error::invalid_input(format!(
                    "{} is a document: give it as a document value",
                    self.cursor.next.schema.name
                )));
            }
            return Err(e);
        }
        self.start();
        self.cursor.enter();
        self.first.push(true);
        self.out.push(byte);
        Ok(())
    }

    fn close(&mut self, byte: u8) -> Result<()> {
        self.cursor.leave();
        self.first.pop();
        self.out.push(byte);
        Ok(())
    }
}

impl Encoder for JsonEncoder<'_> {
    fn null(&mut self) -> Result<()> {
        if self.key.take().is_none() {
            self.out.extend_from_slice(b"null");
        }
        Ok(())
    }
    fn string(&mut self, s: &str) -> Result<()> {
        self.start();
        write_str(s, &mut self.out);
        Ok(())
    }
    fn boolean(&mut self, b: bool) -> Result<()> {
        self.start();
        self.out
            .extend_from_slice(if b { b"true" } else { b"false" });
        Ok(())
    }
    fn integer(&mut self, i: i64) -> Result<()> {
        self.start();
        // Writing into a Vec cannot fail.
        let _ = write!(self.out, "{i}");
        Ok(())
    }
    fn float(&mut self, f: f64) -> Result<()> {
        self.start();
        if f.is_finite() {
            let text =
                serde_json::to_string(&f).map_err(|e| Error::invalid_input(e.to_string()))?;
            self.out.extend_from_slice(text.as_bytes());
        } else {
            write_str(&format_float(f), &mut self.out);
        }
        Ok(())
    }
    fn timestamp(&mut self, t: DateTime) -> Result<()> {
        self.start();
        let at = self.cursor.next;
        match timestamp_format(at.member, at.schema, TimestampFormat::EpochSeconds) {
            TimestampFormat::EpochSeconds => write_epoch(&t, &mut self.out),
            f => write_str(&format_timestamp(&t, f), &mut self.out),
        }
        Ok(())
    }
    fn blob(&mut self, b: Bytes) -> Result<()> {
        self.start();
        write_str(&B64.encode(b), &mut self.out);
        Ok(())
    }
    fn value(&mut self, v: Value) -> Result<()> {
        match v {
            Value::BigNumber(n) => {
                if serde_json::from_str::<serde_json::Number>(&n).is_err() {
                    return Err(Error::invalid_input(format!("{n:?} is not a number")));
                }
                self.start();
                self.out.extend_from_slice(n.as_bytes());
                Ok(())
            }
            Value::Document(d) => {
                self.start();
                serde_json::to_writer(&mut self.out, &d)
                    .map_err(|e| Error::invalid_input(e.to_string()))
            }
            Value::Stream(_) => Err(Error::invalid_input(format!(
                "a stream cannot be written inside a JSON body ({})",
                self.cursor.next.schema.name
            ))),
            v => encode_value(v, self),
        }
    }
    fn begin_structure(&mut self) -> Result<()> {
        let ok = matches!(self.cursor.next.schema.kind, Kind::Structure { .. });
        self.open("a structure", ok, b'{')
    }
    fn member(&mut self, index: usize) -> Result<bool> {
        let m = self.cursor.member(index)?;
        self.key = Some(m.wire_name());
        Ok(true)
    }
    fn member_index(&self, name: &str) -> Option<usize> {
        self.cursor.member_index(name)
    }
    fn end_structure(&mut self) -> Result<()> {
        self.key = None;
        self.close(b'}')
    }
    fn begin_list(&mut self, _: usize) -> Result<()> {
        let ok = matches!(self.cursor.next.schema.kind, Kind::List { .. });
        self.open("a list", ok, b'[')
    }
    fn item(&mut self) -> Result<()> {
        self.cursor.item()?;
        self.separate();
        Ok(())
    }
    fn end_list(&mut self) -> Result<()> {
        self.close(b']')
    }
    fn begin_map(&mut self, _: usize) -> Result<()> {
        let ok = matches!(self.cursor.next.schema.kind, Kind::Map { .. });
        self.open("a map", ok, b'{')
    }
    fn entry(&mut self, key: &str) -> Result<()> {
        self.cursor.entry()?;
        self.separate();
        write_str(key, &mut self.out);
        self.out.push(b':');
        Ok(())
    }
    fn end_map(&mut self) -> Result<()> {
        self.close(b'}')
    }
}
