//! Helpers of `#[derive(Shape)]`.
//!
//! A derived shape's schema is a `static`, built by the `const fn`s here from `const`
//! tables (no code runs to build it); its value conversions are [`into_value`] and
//! [`from_value`], one generic function each over the shape's `encode` and `decode`.

use crate::datetime::TimestampFormat;
use crate::error::{Error, Result};
use crate::model::{
    Kind, Location, Member, MemberTraits, Schema, SchemaRef, ShapeTraits, Shapes, XmlNamespace,
};
use crate::shape::{DecodeStruct, Decoder, Shape, ValueDecoder, ValueEncoder};
use crate::value::Value;
use std::borrow::Cow;

/// The arena of typed schemas: empty, every reference is static.
static NO_ARENA: Shapes = Shapes::EMPTY;

/// Shape traits (assignments would drop, which a `const fn` cannot: every field is given).
const fn shape_traits(
    required: &'static [Cow<'static, str>],
    payload: Option<&'static str>,
    xml_namespace: Option<XmlNamespace>,
    event_stream: bool,
    enum_values: &'static [Cow<'static, str>],
    flattened: bool,
) -> ShapeTraits {
    ShapeTraits {
        timestamp_format: None,
        xml_namespace,
        location_name: None,
        flattened,
        streaming: false,
        event_stream,
        sensitive: false,
        enum_values: Cow::Borrowed(enum_values),
        exception: false,
        error_code: None,
        error_status: None,
        payload: text(payload),
        required: Cow::Borrowed(required),
    }
}

const fn text(s: Option<&'static str>) -> Option<Cow<'static, str>> {
    match s {
        Some(s) => Some(Cow::Borrowed(s)),
        None => None,
    }
}

/// The schema of a structure named `name`.
pub const fn structure(
    name: &'static str,
    members: &'static [Member],
    required: &'static [Cow<'static, str>],
    payload: Option<&'static str>,
    xml_namespace: Option<XmlNamespace>,
    event_stream: bool,
) -> Schema {
    let traits = shape_traits(required, payload, xml_namespace, event_stream, &[], false);
    Schema {
        name: Cow::Borrowed(name),
        kind: Kind::Structure {
            members: Cow::Borrowed(members),
            union: false,
        },
        traits,
    }
}

/// The schema of a union named `name`.
pub const fn union(name: &'static str, members: &'static [Member]) -> Schema {
    Schema {
        name: Cow::Borrowed(name),
        kind: Kind::Structure {
            members: Cow::Borrowed(members),
            union: true,
        },
        traits: ShapeTraits::DEFAULT,
    }
}

/// The schema of a string enum named `name`.
pub const fn string_enum(name: &'static str, values: &'static [Cow<'static, str>]) -> Schema {
    let traits = shape_traits(&[], None, None, false, values, false);
    Schema {
        name: Cow::Borrowed(name),
        kind: Kind::String,
        traits,
    }
}

/// The schema of a list (of a member) named `name`.
pub const fn list(name: &'static str, member: &'static Member, flattened: bool) -> Schema {
    let traits = shape_traits(&[], None, None, false, &[], flattened);
    Schema {
        name: Cow::Borrowed(name),
        kind: Kind::List {
            member: Cow::Borrowed(member),
        },
        traits,
    }
}

/// The schema of a map (of a member) from strings to `value`, named `name`.
pub const fn map(name: &'static str, value: &'static Member, flattened: bool) -> Schema {
    let traits = shape_traits(&[], None, None, false, &[], flattened);
    Schema {
        name: Cow::Borrowed(name),
        kind: Kind::Map {
            key: Cow::Borrowed(&MAP_KEY),
            value: Cow::Borrowed(value),
        },
        traits,
    }
}

/// The key of every map: a string.
static MAP_KEY: Member = Member {
    name: Cow::Borrowed("key"),
    target: SchemaRef::Static(<String as Shape>::schema),
    traits: MemberTraits::DEFAULT,
};

/// A member of a structure or union.
pub const fn member(name: &'static str, target: SchemaRef, traits: MemberTraits) -> Member {
    Member {
        name: Cow::Borrowed(name),
        target,
        traits,
    }
}

/// The traits of a member that has none but, perhaps, `required`.
pub const fn plain(required: bool) -> MemberTraits {
    traits(
        Location::Body,
        None,
        None,
        false,
        false,
        None,
        None,
        false,
        false,
        required,
    )
}

/// The traits of a member.
#[allow(clippy::too_many_arguments)]
pub const fn traits(
    location: Location,
    location_name: Option<&'static str>,
    query_name: Option<&'static str>,
    flattened: bool,
    xml_attribute: bool,
    xml_namespace: Option<XmlNamespace>,
    timestamp_format: Option<TimestampFormat>,
    host_label: bool,
    idempotency_token: bool,
    required: bool,
) -> MemberTraits {
    MemberTraits {
        location,
        location_name: text(location_name),
        query_name: text(query_name),
        flattened,
        xml_attribute,
        xml_namespace,
        timestamp_format,
        host_label,
        idempotency_token,
        json_value: false,
        event_payload: false,
        required,
    }
}

/// The member of a list (its XML element name `location_name`, default `member`) or the
/// value of a map (`value`).
pub const fn part(
    name: &'static str,
    target: SchemaRef,
    location_name: Option<&'static str>,
    timestamp_format: Option<TimestampFormat>,
) -> Member {
    let traits = traits(
        Location::Body,
        location_name,
        None,
        false,
        false,
        None,
        timestamp_format,
        false,
        false,
        false,
    );
    Member {
        name: Cow::Borrowed(name),
        target,
        traits,
    }
}

/// An XML namespace.
pub const fn xml_namespace(uri: &'static str, prefix: Option<&'static str>) -> XmlNamespace {
    XmlNamespace {
        uri: Cow::Borrowed(uri),
        prefix: text(prefix),
    }
}

/// `Shape::into_value` of a derived shape: its [`Shape::encode`] into a [`ValueEncoder`].
pub fn into_value<T: Shape>(value: T) -> Value {
    let mut e = ValueEncoder::new(&NO_ARENA, None, T::schema());
    match value.encode(&mut e) {
        Ok(()) => e.finish(),
        // A derived shape writes the members of its own schema: nothing fails.
        Err(_) => Value::Null,
    }
}

/// `Shape::from_value` of a derived shape: its [`Shape::decode`] from a [`ValueDecoder`].
pub fn from_value<T: Shape>(value: Value) -> Result<T> {
    let schema = T::schema();
    decode_value::<T>(value)?
        .ok_or_else(|| Error::decode(format!("{}: the value cannot be read", schema.name)))
}

/// [`Shape::decode`] from a [`ValueDecoder`]: `Shape::from_member_value` of a derived
/// string enum.
pub fn decode_value<T: Shape>(value: Value) -> Result<Option<T>> {
    T::decode(&mut ValueDecoder::new(value, T::schema(), &NO_ARENA))
}

/// Converts one member, naming it in the error; `None` when `T` drops the value (see
/// [`Shape::from_member_value`]), which leaves the member at its default.
pub fn member_from_value<T: Shape>(value: Value, shape: &str, member: &str) -> Result<Option<T>> {
    // One message `A.b: B.c: what`, kept short: nesting each error in the next as its
    // source too would double the text at every level of a deep document.
    T::from_member_value(value).map_err(|e| {
        let mut message = format!("{shape}.{member}: {}", e.message().unwrap_or_default());
        crate::error::clip(&mut message, 1024);
        Error::decode(message)
    })
}

/// The text of a string-enum value (`Null` is the empty string).
pub fn string_from_value(value: Value, shape: &str) -> Result<String> {
    match value {
        Value::String(s) => Ok(s),
        Value::Null => Ok(String::new()),
        other => Err(Error::decode(format!(
            "{shape}: expected a string, got {}",
            other.type_name()
        ))),
    }
}

/// The one member set in a union value.
pub fn union_member(value: Value, shape: &str) -> Result<(Cow<'static, str>, Value)> {
    let members = match value {
        Value::Structure(m) => m,
        Value::Null => Vec::new(),
        other => {
            return Err(Error::decode(format!(
                "{shape}: expected a structure, got {}",
                other.type_name()
            )))
        }
    };
    let mut set = members.into_iter().filter(|(_, v)| !v.is_null());
    let one = set
        .next()
        .ok_or_else(|| Error::decode(format!("{shape}: no member of the union is set")))?;
    match set.next() {
        None => Ok(one),
        Some(_) => Err(more_than_one(shape)),
    }
}

/// A union holds one value: a response setting two members is refused.
fn more_than_one(shape: &str) -> Error {
    Error::decode(format!("{shape}: more than one member of the union is set"))
}

/// A union read straight from a response: `#[derive(Shape)]` implements it with one
/// `match` from member index to variant.
pub trait DecodeUnion: Shape {
    /// Reads member `index` of the union's schema (present and not null) as its variant.
    fn decode_variant(index: usize, d: &mut dyn Decoder<'_>) -> Result<Self>;
}

/// `Shape::decode` of a derived union: its one member present and not null, as
/// [`union_member`] picks it from a value.
pub fn decode_union<T: DecodeUnion>(d: &mut dyn Decoder<'_>) -> Result<Option<T>> {
    let mut read = ReadUnion::<T>(None);
    if !d.null()? {
        d.structure(&mut read)?;
    }
    match read.0 {
        Some(v) => Ok(Some(v)),
        None => Err(Error::decode(format!(
            "{}: no member of the union is set",
            T::schema().name
        ))),
    }
}

struct ReadUnion<T>(Option<T>);

impl<T: DecodeUnion> DecodeStruct for ReadUnion<T> {
    fn decode_member<'s>(&mut self, index: usize, d: &mut dyn Decoder<'s>) -> Result<()> {
        if d.null()? {
            return Ok(());
        }
        if self.0.is_some() {
            return Err(more_than_one(&T::schema().name));
        }
        self.0 = Some(T::decode_variant(index, d)?);
        Ok(())
    }
}

/// The error for a value a string enum does not know (and has no `other` variant for),
/// when it is decoded on its own rather than as a member.
pub fn unknown_enum_value(shape: &str, value: &str, known: &[&str]) -> Error {
    Error::decode(format!(
        "{shape}: unknown value {value:?} (known: {})",
        known.join(", ")
    ))
}

/// The error for a union member the shape does not know (and has no `other` variant for).
pub fn unknown_union_member(shape: &str, name: &str) -> Error {
    Error::decode(format!("{shape}: unknown union member {name:?}"))
}

/// A list field of a shape, named by the FNV-1a hash of its field name: lets generated
/// `_items` methods name the item type of an output's list member.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no list field with this name",
    label = "the `items` of a paginated operation must name a `Vec<T>` field of its output"
)]
pub trait ListField<const FIELD: u64> {
    /// The element type.
    type Item;
    /// Takes the list out (an absent `Option<Vec<T>>` is empty).
    fn take(self) -> Vec<Self::Item>;
}

/// `Vec<T>` and `Option<Vec<T>>` as a list of items.
pub trait IntoItems {
    /// The element type.
    type Item;
    /// The items.
    fn into_items(self) -> Vec<Self::Item>;
}

impl<T> IntoItems for Vec<T> {
    type Item = T;
    fn into_items(self) -> Vec<T> {
        self
    }
}

impl<T> IntoItems for Option<Vec<T>> {
    type Item = T;
    fn into_items(self) -> Vec<T> {
        self.unwrap_or_default()
    }
}
