//! `Shape` for the value types a derived shape's members may have.
//!
//! Scalars get a `'static` schema each. `Vec<T>`, `HashMap<String, T>` and `Option<T>` are
//! described by `#[derive(Shape)]` syntactically at the member that uses them (so member
//! keys like `member = "item"` reach them); their own `schema()` is only asked for when a
//! container is used on its own (an operation whose output is a list), and is then built
//! once per type and kept in a small `TypeId`-keyed registry.

use super::{Decoder, Encoder, Shape};
use crate::datetime::DateTime;
use crate::error::{Error, Result};
use crate::http::ByteStream;
use crate::model::{Kind, Member, MemberTraits, Schema, SchemaRef, ShapeTraits};
use crate::types::{Blob, Document};
use crate::value::Value;
use std::any::TypeId;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::{Mutex, OnceLock};

fn scalar(name: &'static str, kind: Kind, streaming: bool) -> Schema {
    Schema {
        name: Cow::Borrowed(name),
        kind,
        traits: ShapeTraits {
            streaming,
            ..ShapeTraits::default()
        },
    }
}

fn mismatch(expected: &str, got: &Value) -> Error {
    Error::decode(format!("expected {expected}, got {}", got.type_name()))
}

macro_rules! schema_once {
    ($name:literal, $kind:expr, $streaming:expr) => {
        fn schema() -> &'static Schema {
            static SCHEMA: OnceLock<Schema> = OnceLock::new();
            SCHEMA.get_or_init(|| scalar($name, $kind, $streaming))
        }
    };
}

impl Shape for String {
    schema_once!("String", Kind::String, false);
    fn into_value(self) -> Value {
        Value::String(self)
    }
    fn from_value(value: Value) -> Result<Self> {
        match value {
            Value::String(s) | Value::BigNumber(s) => Ok(s),
            Value::Null => Ok(String::new()),
            Value::Integer(i) => Ok(i.to_string()),
            other => Err(mismatch("a string", &other)),
        }
    }
    fn decode(d: &mut dyn Decoder<'_>) -> Result<Option<Self>> {
        d.string().map(Some)
    }
    fn encode(self, e: &mut dyn Encoder) -> Result<()> {
        e.string(&self)
    }
}

impl Shape for bool {
    schema_once!("Boolean", Kind::Boolean, false);
    fn into_value(self) -> Value {
        Value::Bool(self)
    }
    fn from_value(value: Value) -> Result<Self> {
        match value {
            Value::Bool(b) => Ok(b),
            Value::Null => Ok(false),
            Value::String(s) if s == "true" => Ok(true),
            Value::String(s) if s == "false" => Ok(false),
            other => Err(mismatch("a boolean", &other)),
        }
    }
    fn decode(d: &mut dyn Decoder<'_>) -> Result<Option<Self>> {
        d.boolean().map(Some)
    }
    fn encode(self, e: &mut dyn Encoder) -> Result<()> {
        e.boolean(self)
    }
}

macro_rules! integer {
    ($($t:ty),*) => {$(
        impl Shape for $t {
            schema_once!("Integer", Kind::Integer, false);
            fn into_value(self) -> Value {
                match i64::try_from(self) {
                    Ok(i) => Value::Integer(i),
                    Err(_) => Value::BigNumber(self.to_string()),
                }
            }
            fn from_value(value: Value) -> Result<Self> {
                let out = match &value {
                    Value::Integer(i) => <$t>::try_from(*i).ok(),
                    Value::String(s) | Value::BigNumber(s) => s.trim().parse().ok(),
                    Value::Float(f) if f.fract() == 0.0 => {
                        let f = *f;
                        (f >= <$t>::MIN as f64 && f <= <$t>::MAX as f64).then(|| f as $t)
                    }
                    Value::Null => Some(0),
                    _ => None,
                };
                out.ok_or_else(|| mismatch(concat!("an integer that fits ", stringify!($t)), &value))
            }
            fn decode(d: &mut dyn Decoder<'_>) -> Result<Option<Self>> {
                match d.scalar()? {
                    Value::Integer(i) => <$t>::try_from(i).map(Some).map_err(|_| {
                        mismatch(concat!("an integer that fits ", stringify!($t)), &Value::Integer(i))
                    }),
                    v => Self::from_value(v).map(Some),
                }
            }
            fn encode(self, e: &mut dyn Encoder) -> Result<()> {
                match i64::try_from(self) {
                    Ok(i) => e.integer(i),
                    Err(_) => e.value(Value::BigNumber(self.to_string())),
                }
            }
        }
    )*};
}

integer!(i8, i16, i32, i64, u8, u16, u32, u64);

macro_rules! float {
    ($($t:ty),*) => {$(
        impl Shape for $t {
            schema_once!("Double", Kind::Float, false);
            fn into_value(self) -> Value {
                Value::Float(self.into())
            }
            fn from_value(value: Value) -> Result<Self> {
                match value {
                    Value::Float(f) => Ok(f as $t),
                    Value::Integer(i) => Ok(i as $t),
                    Value::Null => Ok(0.0),
                    Value::String(s) | Value::BigNumber(s) => match s.as_str() {
                        "NaN" => Ok(<$t>::NAN),
                        "Infinity" => Ok(<$t>::INFINITY),
                        "-Infinity" => Ok(<$t>::NEG_INFINITY),
                        t => t.trim().parse().map_err(|_| Error::decode(format!("not a number: {t:?}"))),
                    },
                    other => Err(mismatch("a number", &other)),
                }
            }
            fn decode(d: &mut dyn Decoder<'_>) -> Result<Option<Self>> {
                d.float().map(|f| Some(f as $t))
            }
            fn encode(self, e: &mut dyn Encoder) -> Result<()> {
                e.float(self.into())
            }
        }
    )*};
}
float!(f32, f64);

impl Shape for DateTime {
    schema_once!("Timestamp", Kind::Timestamp, false);
    fn into_value(self) -> Value {
        Value::Timestamp(self)
    }
    fn from_value(value: Value) -> Result<Self> {
        match value {
            Value::Timestamp(t) => Ok(t),
            Value::Integer(i) => DateTime::try_from_secs_f64(i as f64)
                .map(|_| DateTime::from_secs(i))
                .ok_or_else(|| Error::decode(format!("timestamp {i} is out of range"))),
            Value::Float(f) => DateTime::try_from_secs_f64(f)
                .ok_or_else(|| Error::decode(format!("timestamp {f} is out of range"))),
            Value::String(s) => DateTime::parse_any(&s),
            Value::Null => Ok(DateTime::default()),
            other => Err(mismatch("a timestamp", &other)),
        }
    }
    fn decode(d: &mut dyn Decoder<'_>) -> Result<Option<Self>> {
        d.timestamp().map(Some)
    }
    fn encode(self, e: &mut dyn Encoder) -> Result<()> {
        e.timestamp(self)
    }
}

impl Shape for Blob {
    schema_once!("Blob", Kind::Blob, false);
    fn into_value(self) -> Value {
        Value::Blob(self.into_bytes())
    }
    fn from_value(value: Value) -> Result<Self> {
        match value {
            Value::Blob(b) => Ok(Blob::new(b)),
            Value::Stream(s) => s
                .bytes()
                .cloned()
                .map(Blob::new)
                .ok_or_else(|| Error::decode("expected a blob, got an unread stream")),
            Value::Null => Ok(Blob::default()),
            other => Err(mismatch("a blob", &other)),
        }
    }
    fn decode(d: &mut dyn Decoder<'_>) -> Result<Option<Self>> {
        d.blob().map(|b| Some(Blob::new(b)))
    }
    fn encode(self, e: &mut dyn Encoder) -> Result<()> {
        e.blob(self.into_bytes())
    }
}

impl Shape for ByteStream {
    schema_once!("StreamingBlob", Kind::Blob, true);
    fn into_value(self) -> Value {
        Value::Stream(self)
    }
    fn from_value(value: Value) -> Result<Self> {
        match value {
            Value::Stream(s) => Ok(s),
            Value::Blob(b) => Ok(ByteStream::from(b)),
            Value::String(s) => Ok(ByteStream::from(s)),
            Value::Null => Ok(ByteStream::empty()),
            other => Err(mismatch("a body", &other)),
        }
    }
}

impl Shape for Document {
    schema_once!("Document", Kind::Document, false);
    fn into_value(self) -> Value {
        Value::Document(self)
    }
    fn from_value(value: Value) -> Result<Self> {
        match value {
            Value::Document(d) => Ok(d),
            Value::Null => Ok(Document::Null),
            Value::Bool(b) => Ok(Document::Bool(b)),
            Value::Integer(i) => Ok(Document::from(i)),
            Value::Float(f) => Ok(Document::from(f)),
            Value::String(s) => Ok(Document::String(s)),
            other => Err(mismatch("a document", &other)),
        }
    }
}

/// The empty structure: the output of operations that return nothing.
impl Shape for () {
    fn schema() -> &'static Schema {
        static SCHEMA: OnceLock<Schema> = OnceLock::new();
        SCHEMA.get_or_init(|| {
            scalar(
                "Unit",
                Kind::Structure {
                    members: Cow::Borrowed(&[]),
                    union: false,
                },
                false,
            )
        })
    }
    fn into_value(self) -> Value {
        Value::structure()
    }
    fn encode(self, e: &mut dyn Encoder) -> Result<()> {
        e.begin_structure()?;
        e.end_structure()
    }
    fn from_value(_: Value) -> Result<Self> {
        Ok(())
    }
}

/// Schemas of container types, built once per type and leaked (a few per program).
fn registered<T: 'static>(build: impl FnOnce() -> Schema) -> &'static Schema {
    static REGISTRY: OnceLock<Mutex<HashMap<TypeId, &'static Schema>>> = OnceLock::new();
    let registry = REGISTRY.get_or_init(Default::default);
    let mut map = registry.lock().unwrap_or_else(|e| e.into_inner());
    map.entry(TypeId::of::<T>())
        .or_insert_with(|| Box::leak(Box::new(build())))
}

fn part(name: &'static str, target: fn() -> &'static Schema) -> Cow<'static, Member> {
    Cow::Owned(Member {
        name: Cow::Borrowed(name),
        target: SchemaRef::Static(target),
        traits: MemberTraits::default(),
    })
}

/// An absent member (`None`) or a present one. A value `T` drops (an unknown value of a
/// string enum without a catch-all) is `None` too.
impl<T: Shape> Shape for Option<T> {
    fn schema() -> &'static Schema {
        T::schema()
    }
    fn into_value(self) -> Value {
        self.map_or(Value::Null, T::into_value)
    }
    fn from_value(value: Value) -> Result<Self> {
        match value {
            Value::Null => Ok(None),
            v => T::from_member_value(v),
        }
    }
    fn decode(d: &mut dyn Decoder<'_>) -> Result<Option<Self>> {
        if d.null()? {
            return Ok(Some(None));
        }
        T::decode(d).map(Some)
    }
    fn encode(self, e: &mut dyn Encoder) -> Result<()> {
        match self {
            Some(v) => v.encode(e),
            None => e.null(),
        }
    }
    fn decode_into(slot: &mut Self, d: &mut dyn Decoder<'_>) -> Result<()> {
        if d.null()? {
            return Ok(());
        }
        match slot {
            Some(inner) => T::decode_into(inner, d),
            None => {
                *slot = T::decode(d)?;
                Ok(())
            }
        }
    }
}

impl<T: Shape> Shape for Vec<T> {
    fn schema() -> &'static Schema {
        registered::<Self>(|| {
            scalar(
                "List",
                Kind::List {
                    member: part("member", T::schema),
                },
                false,
            )
        })
    }
    fn into_value(self) -> Value {
        Value::List(self.into_iter().map(T::into_value).collect())
    }
    fn encode(self, e: &mut dyn Encoder) -> Result<()> {
        e.begin_list(self.len())?;
        for v in self {
            e.item()?;
            v.encode(e)?;
        }
        e.end_list()
    }
    fn from_value(value: Value) -> Result<Self> {
        match value {
            // Items `T` drops (unknown values of a string enum without a catch-all) are
            // left out; the others keep their order.
            Value::List(items) => items
                .into_iter()
                .filter_map(|v| T::from_member_value(v).transpose())
                .collect(),
            Value::Null => Ok(Vec::new()),
            other => Err(mismatch("a list", &other)),
        }
    }
    fn decode(d: &mut dyn Decoder<'_>) -> Result<Option<Self>> {
        let mut out = Vec::new();
        Self::decode_into(&mut out, d)?;
        Ok(Some(out))
    }
    fn decode_into(slot: &mut Self, d: &mut dyn Decoder<'_>) -> Result<()> {
        d.list(&mut |d| {
            if let Some(v) = T::decode(d)? {
                slot.push(v);
            }
            Ok(())
        })
    }
}

fn map_schema<M: 'static, T: Shape>() -> &'static Schema {
    registered::<M>(|| {
        scalar(
            "Map",
            Kind::Map {
                key: part("key", String::schema),
                value: part("value", T::schema),
            },
            false,
        )
    })
}

fn map_entries(value: Value) -> Result<Vec<(String, Value)>> {
    match value {
        Value::Map(entries) => Ok(entries),
        Value::Structure(members) => Ok(members
            .into_iter()
            .map(|(k, v)| (k.into_owned(), v))
            .collect()),
        Value::Null => Ok(Vec::new()),
        other => Err(mismatch("a map", &other)),
    }
}

/// A map keyed by strings (`HashMap`, `BTreeMap`): one implementation for both.
macro_rules! string_map {
    ($map:ident) => {
        impl<T: Shape> Shape for $map<String, T> {
            fn schema() -> &'static Schema {
                map_schema::<Self, T>()
            }
            fn decode(d: &mut dyn Decoder<'_>) -> Result<Option<Self>> {
                let mut out = Self::default();
                Self::decode_into(&mut out, d)?;
                Ok(Some(out))
            }
            fn decode_into(slot: &mut Self, d: &mut dyn Decoder<'_>) -> Result<()> {
                d.map(&mut |k, d| {
                    if let Some(v) = T::decode(d)? {
                        slot.insert(k, v);
                    }
                    Ok(())
                })
            }
            fn into_value(self) -> Value {
                Value::Map(self.into_iter().map(|(k, v)| (k, v.into_value())).collect())
            }
            fn encode(self, e: &mut dyn Encoder) -> Result<()> {
                e.begin_map(self.len())?;
                for (k, v) in self {
                    e.entry(&k)?;
                    v.encode(e)?;
                }
                e.end_map()
            }
            fn from_value(value: Value) -> Result<Self> {
                map_entries(value)?
                    .into_iter()
                    .filter_map(|(k, v)| {
                        T::from_member_value(v)
                            .map(|v| v.map(|v| (k, v)))
                            .transpose()
                    })
                    .collect()
            }
        }
    };
}

string_map!(HashMap);
string_map!(BTreeMap);
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_check_their_range_and_accept_text() {
        assert_eq!(i32::from_value(Value::Integer(7)).unwrap(), 7);
        assert!(u8::from_value(Value::Integer(300)).is_err());
        assert!(i32::from_value(Value::Integer(i64::MAX)).is_err());
        assert_eq!(i64::from_value(Value::String(" 42".into())).unwrap(), 42);
        assert_eq!(i64::from_value(Value::Float(3.0)).unwrap(), 3);
        assert!(i64::from_value(Value::Float(3.5)).is_err());
        assert!(i32::from_value(Value::Bool(true)).is_err());
        assert!(
            matches!(u64::MAX.into_value(), Value::BigNumber(s) if s == "18446744073709551615")
        );
    }

    #[test]
    fn floats_bools_strings_and_timestamps() {
        assert!(f64::from_value(Value::String("NaN".into()))
            .unwrap()
            .is_nan());
        assert_eq!(f64::from_value(Value::Integer(2)).unwrap(), 2.0);
        assert!(f64::from_value(Value::String("x".into())).is_err());
        assert!(bool::from_value(Value::String("true".into())).unwrap());
        assert!(bool::from_value(Value::String("yes".into())).is_err());
        assert_eq!(String::from_value(Value::Null).unwrap(), "");
        assert!(String::from_value(Value::List(vec![])).is_err());
        let t = DateTime::from_value(Value::String("2014-04-29T18:30:38Z".into())).unwrap();
        assert_eq!(t.secs(), 1_398_796_238);
        assert_eq!(DateTime::from_value(Value::Integer(5)).unwrap().secs(), 5);
        assert!(DateTime::from_value(Value::Integer(i64::MAX)).is_err());
        assert!(DateTime::from_value(Value::Float(f64::NAN)).is_err());
    }

    #[test]
    fn containers() {
        assert_eq!(Option::<i32>::from_value(Value::Null).unwrap(), None);
        assert!(Option::<String>::None.into_value().is_null());
        let v = vec![1i32, 2].into_value();
        assert_eq!(Vec::<i32>::from_value(v).unwrap(), [1, 2]);
        assert!(Vec::<i32>::from_value(Value::String("x".into())).is_err());
        let m = HashMap::from([("a".to_string(), true)]).into_value();
        assert!(HashMap::<String, bool>::from_value(m).unwrap()["a"]);
        let s = Value::Structure(vec![("k".into(), Value::String("v".into()))]);
        assert_eq!(BTreeMap::<String, String>::from_value(s).unwrap()["k"], "v");
        // One registered schema per container type, stable across calls.
        assert!(std::ptr::eq(Vec::<i32>::schema(), Vec::<i32>::schema()));
        assert!(!std::ptr::eq(Vec::<i32>::schema(), Vec::<i64>::schema()));
        assert!(matches!(Vec::<String>::schema().kind, Kind::List { .. }));
        assert!(matches!(
            HashMap::<String, i32>::schema().kind,
            Kind::Map { .. }
        ));
        assert!(ByteStream::schema().traits.streaming);
    }
}
