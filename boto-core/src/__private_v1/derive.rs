//! Helpers of `#[derive(Shape)]`.

use crate::error::{Error, Result};
use crate::shape::Shape;
use crate::value::Value;
use std::borrow::Cow;

/// The schema in `cell`, built by `build` on first use. Taking a `fn` (not a closure) keeps
/// one instantiation of the initialisation for every derived shape.
pub fn schema_once(
    cell: &'static std::sync::OnceLock<crate::model::Schema>,
    build: fn() -> crate::model::Schema,
) -> &'static crate::model::Schema {
    cell.get_or_init(build)
}

/// Adds a member unless it is absent (`None`). A plain (non-`Option`) member is always
/// sent, at its default when not set: it is required.
pub fn push_member<T: Shape>(
    members: &mut Vec<(Cow<'static, str>, Value)>,
    name: &'static str,
    value: T,
) {
    let value = value.into_value();
    if !value.is_null() {
        members.push((Cow::Borrowed(name), value));
    }
}

/// The members of a structure value (`Null` is an empty structure).
pub fn structure_members(value: Value, shape: &str) -> Result<Vec<(Cow<'static, str>, Value)>> {
    match value {
        Value::Structure(m) => Ok(m),
        Value::Null => Ok(Vec::new()),
        other => Err(Error::decode(format!(
            "{shape}: expected a structure, got {}",
            other.type_name()
        ))),
    }
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
    let members = structure_members(value, shape)?;
    members
        .into_iter()
        .find(|(_, v)| !v.is_null())
        .ok_or_else(|| Error::decode(format!("{shape}: no member of the union is set")))
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
