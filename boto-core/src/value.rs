//! [`Value`]: the protocol engine's in-memory form of a shape's data.
//!
//! Typed shapes convert to and from `Value` (`#[derive(Shape)]`), the dynamic client builds
//! it from `serde_json::Value`, and the six protocol writers/readers turn it into wire bytes
//! guided by the [`Schema`](crate::model::Schema). Requests of both the typed and the
//! dynamic paths go through it, so that there is one serializer per protocol; typed
//! responses skip it: `ClientHandle::call` reads them straight into the output shape
//! (`Shape::decode`), which the protocol benchmark measures against the value path.

use crate::datetime::DateTime;
use crate::http::ByteStream;
use bytes::Bytes;
use std::borrow::Cow;

/// The data of one shape.
#[derive(Debug, Default)]
pub enum Value {
    /// An absent value (JSON `null`); writers skip it.
    #[default]
    Null,
    /// boolean
    Bool(bool),
    /// byte, short, integer, long
    Integer(i64),
    /// float, double
    Float(f64),
    /// bigInteger / bigDecimal kept as their exact decimal text
    BigNumber(String),
    /// string (and string enums)
    String(String),
    /// blob
    Blob(Bytes),
    /// timestamp
    Timestamp(DateTime),
    /// list
    List(Vec<Value>),
    /// map, in insertion order
    Map(Vec<(String, Value)>),
    /// structure (or union): present members only, in any order, by model member name
    /// (`"Bucket"`)
    Structure(Vec<(Cow<'static, str>, Value)>),
    /// document (untyped JSON)
    Document(serde_json::Value),
    /// a streaming blob payload (S3 object bodies); never buffered by the engine
    Stream(ByteStream),
}

impl Value {
    /// An empty structure.
    pub fn structure() -> Value {
        Value::Structure(Vec::new())
    }

    /// Looks a member up in a structure value.
    pub fn get(&self, member: &str) -> Option<&Value> {
        match self {
            Value::Structure(m) => m.iter().find(|(k, _)| k == member).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Removes and returns a member of a structure value.
    pub fn take(&mut self, member: &str) -> Option<Value> {
        match self {
            Value::Structure(m) => {
                let i = m.iter().position(|(k, _)| k == member)?;
                Some(m.swap_remove(i).1)
            }
            _ => None,
        }
    }

    /// Sets a member of a structure value (replacing an existing one).
    pub fn set(&mut self, member: impl Into<Cow<'static, str>>, value: Value) {
        if let Value::Structure(m) = self {
            let member = member.into();
            match m.iter_mut().find(|(k, _)| *k == member) {
                Some(slot) => slot.1 = value,
                None => m.push((member, value)),
            }
        }
    }

    /// True for `Null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// The string, for `String` values.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// A short name of the variant, for error messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::Bool(_) => "boolean",
            Value::Integer(_) => "integer",
            Value::Float(_) => "float",
            Value::BigNumber(_) => "big number",
            Value::String(_) => "string",
            Value::Blob(_) => "blob",
            Value::Timestamp(_) => "timestamp",
            Value::List(_) => "list",
            Value::Map(_) => "map",
            Value::Structure(_) => "structure",
            Value::Document(_) => "document",
            Value::Stream(_) => "stream",
        }
    }
}
