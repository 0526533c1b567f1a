//! Small value types of the shape model: [`Blob`] and [`Document`].

use bytes::Bytes;
use std::fmt;

/// Binary data (a botocore `blob` that is not streamed).
#[derive(Clone, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Blob(Bytes);

impl Blob {
    /// Wraps bytes.
    pub fn new(data: impl Into<Bytes>) -> Blob {
        Blob(data.into())
    }
    /// The bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
    /// The bytes, owned.
    pub fn into_bytes(self) -> Bytes {
        self.0
    }
}

impl AsRef<[u8]> for Blob {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

impl From<Vec<u8>> for Blob {
    fn from(v: Vec<u8>) -> Blob {
        Blob(v.into())
    }
}
impl From<&[u8]> for Blob {
    fn from(v: &[u8]) -> Blob {
        Blob(Bytes::copy_from_slice(v))
    }
}
impl From<Bytes> for Blob {
    fn from(v: Bytes) -> Blob {
        Blob(v)
    }
}
impl From<&str> for Blob {
    fn from(v: &str) -> Blob {
        Blob(Bytes::copy_from_slice(v.as_bytes()))
    }
}
impl From<String> for Blob {
    fn from(v: String) -> Blob {
        Blob(v.into())
    }
}

impl fmt::Debug for Blob {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Blob({} bytes)", self.0.len())
    }
}

/// An untyped JSON document (botocore `document` shapes).
pub type Document = serde_json::Value;
