//! serde support for [`Number`] and the set newtypes, and the [`blob`] field helper.
//!
//! Each of these serializes as a newtype struct with a reserved name that this module's
//! serializer recognises (to write `N`, `SS`, `NS`, `BS`); every other serde format sees a
//! transparent newtype (a string for `Number`, a list for the sets).

use super::attribute::{BinarySet, NumberSet, StringSet};
use super::number::Number;
use boto_core::Blob;
use serde::de::{self, Deserialize, Deserializer, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeSeq, Serializer};
use std::collections::BTreeSet;
use std::fmt;

/// Reserved newtype names.
pub(crate) mod tokens {
    pub(crate) const NUMBER: &str = "$__boto_dynamodb_N";
    pub(crate) const STRING_SET: &str = "$__boto_dynamodb_SS";
    pub(crate) const NUMBER_SET: &str = "$__boto_dynamodb_NS";
    pub(crate) const BINARY_SET: &str = "$__boto_dynamodb_BS";
    pub(crate) const RAW: &str = "$__boto_dynamodb_AttributeValue";
}

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_newtype_struct(tokens::NUMBER, self.as_str())
    }
}

struct NumberVisitor;

impl<'de> Visitor<'de> for NumberVisitor {
    type Value = Number;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a DynamoDB number (decimal text or a number)")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Number, E> {
        Number::parse(v).map_err(|e| E::custom(e.message().unwrap_or("invalid number")))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Number, E> {
        Ok(Number::from(v))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Number, E> {
        Ok(Number::from(v))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Number, E> {
        Number::try_from(v).map_err(|e| E::custom(e.message().unwrap_or("invalid number")))
    }
    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Number, E> {
        Number::try_from(v).map_err(|e| E::custom(e.message().unwrap_or("invalid number")))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Number, E> {
        Number::from_f64(v).map_err(|e| E::custom(e.message().unwrap_or("invalid number")))
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Number, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Number, D::Error> {
        d.deserialize_newtype_struct(tokens::NUMBER, NumberVisitor)
    }
}

impl Serialize for StringSet {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_newtype_struct(tokens::STRING_SET, &self.0)
    }
}

impl<'de> Deserialize<'de> for StringSet {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<StringSet, D::Error> {
        BTreeSet::deserialize(d).map(StringSet)
    }
}

impl Serialize for NumberSet {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_newtype_struct(tokens::NUMBER_SET, &self.0)
    }
}

impl<'de> Deserialize<'de> for NumberSet {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<NumberSet, D::Error> {
        BTreeSet::deserialize(d).map(NumberSet)
    }
}

/// The elements of a binary set, each written as bytes.
struct BlobSeq<'a>(&'a BTreeSet<Blob>);

impl Serialize for BlobSeq<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for b in self.0 {
            seq.serialize_element(&BlobRef(b.as_bytes()))?;
        }
        seq.end()
    }
}

pub(crate) struct BlobRef<'a>(pub(crate) &'a [u8]);

impl Serialize for BlobRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(self.0)
    }
}

/// One blob read through `deserialize_byte_buf`.
pub(crate) struct BlobOwned(pub(crate) Vec<u8>);

impl<'de> Deserialize<'de> for BlobOwned {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<BlobOwned, D::Error> {
        d.deserialize_byte_buf(BytesVisitor).map(BlobOwned)
    }
}

impl Serialize for BinarySet {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_newtype_struct(tokens::BINARY_SET, &BlobSeq(&self.0))
    }
}

impl<'de> Deserialize<'de> for BinarySet {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<BinarySet, D::Error> {
        let v: Vec<BlobOwned> = Vec::deserialize(d)?;
        Ok(BinarySet(v.into_iter().map(|b| Blob::from(b.0)).collect()))
    }
}

struct BytesVisitor;

impl<'de> Visitor<'de> for BytesVisitor {
    type Value = Vec<u8>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("binary data")
    }
    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<Vec<u8>, E> {
        Ok(v.to_vec())
    }
    fn visit_byte_buf<E: de::Error>(self, v: Vec<u8>) -> Result<Vec<u8>, E> {
        Ok(v)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<u8>, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 16));
        while let Some(b) = seq.next_element::<u8>()? {
            out.push(b);
        }
        Ok(out)
    }
}

/// `#[serde(with = "boto_services::dynamodb::blob")]` on a binary field (`Blob`, `Vec<u8>`,
/// `bytes::Bytes`, ...) stores it as `B` instead of a list of numbers.
///
/// ```
/// use boto_services::dynamodb::{self, blob};
/// use boto_services::core::Blob;
/// #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
/// struct File {
///     #[serde(with = "blob")]
///     data: Blob,
///     #[serde(with = "blob::option", default)]
///     thumb: Option<Vec<u8>>,
/// }
/// let f = File { data: Blob::from("abc"), thumb: None };
/// let item = dynamodb::to_item(&f).unwrap();
/// assert!(matches!(item["data"], dynamodb::AttributeValue::B(_)));
/// assert_eq!(dynamodb::from_item::<File>(item).unwrap(), f);
/// ```
pub mod blob {
    use super::BytesVisitor;
    use serde::{Deserializer, Serializer};

    /// Writes the bytes as binary.
    pub fn serialize<S: Serializer, T: AsRef<[u8]>>(v: &T, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(v.as_ref())
    }

    /// Reads binary.
    pub fn deserialize<'de, D: Deserializer<'de>, T: From<Vec<u8>>>(d: D) -> Result<T, D::Error> {
        d.deserialize_byte_buf(BytesVisitor).map(T::from)
    }

    /// The same for `Option` fields (pair it with `#[serde(default)]`).
    pub mod option {
        use super::super::BlobOwned;
        use serde::{Deserialize, Deserializer, Serializer};

        /// Writes `Some` bytes as binary; `None` is omitted.
        pub fn serialize<S: Serializer, T: AsRef<[u8]>>(
            v: &Option<T>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            match v {
                Some(b) => s.serialize_some(&super::super::BlobRef(b.as_ref())),
                None => s.serialize_none(),
            }
        }

        /// Reads optional binary (`NULL` or absent is `None`).
        pub fn deserialize<'de, D: Deserializer<'de>, T: From<Vec<u8>>>(
            d: D,
        ) -> Result<Option<T>, D::Error> {
            Ok(Option::<BlobOwned>::deserialize(d)?.map(|b| T::from(b.0)))
        }
    }
}
