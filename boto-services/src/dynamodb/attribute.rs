//! [`AttributeValue`], the set newtypes and [`IntoAttributeValue`].

use super::number::Number;
use boto_core::Blob;
use std::collections::{BTreeSet, HashMap};

pub(super) mod raw_serde;
mod shape;

/// One DynamoDB attribute value, as the service's `AttributeValue` union.
#[derive(Debug, Clone, PartialEq)]
pub enum AttributeValue {
    /// `S`: a string.
    S(String),
    /// `N`: a number, exact.
    N(Number),
    /// `B`: binary.
    B(Blob),
    /// `SS`: a string set.
    SS(Vec<String>),
    /// `NS`: a number set.
    NS(Vec<Number>),
    /// `BS`: a binary set.
    BS(Vec<Blob>),
    /// `M`: a map.
    M(HashMap<String, AttributeValue>),
    /// `L`: a list.
    L(Vec<AttributeValue>),
    /// `NULL` (always `true` on the wire).
    Null(bool),
    /// `BOOL`: a boolean.
    Bool(bool),
}

impl AttributeValue {
    /// The wire tag: `S`, `N`, `B`, `SS`, `NS`, `BS`, `M`, `L`, `NULL` or `BOOL`.
    pub fn tag(&self) -> &'static str {
        match self {
            AttributeValue::S(_) => "S",
            AttributeValue::N(_) => "N",
            AttributeValue::B(_) => "B",
            AttributeValue::SS(_) => "SS",
            AttributeValue::NS(_) => "NS",
            AttributeValue::BS(_) => "BS",
            AttributeValue::M(_) => "M",
            AttributeValue::L(_) => "L",
            AttributeValue::Null(_) => "NULL",
            AttributeValue::Bool(_) => "BOOL",
        }
    }

    /// The string of an `S`.
    pub fn as_s(&self) -> Option<&str> {
        match self {
            AttributeValue::S(s) => Some(s),
            _ => None,
        }
    }

    /// The number of an `N`.
    pub fn as_n(&self) -> Option<&Number> {
        match self {
            AttributeValue::N(n) => Some(n),
            _ => None,
        }
    }

    /// The map of an `M`.
    pub fn as_m(&self) -> Option<&HashMap<String, AttributeValue>> {
        match self {
            AttributeValue::M(m) => Some(m),
            _ => None,
        }
    }

    /// The list of an `L`.
    pub fn as_l(&self) -> Option<&[AttributeValue]> {
        match self {
            AttributeValue::L(l) => Some(l),
            _ => None,
        }
    }

    /// True for `NULL`.
    pub fn is_null(&self) -> bool {
        matches!(self, AttributeValue::Null(_))
    }
}

/// A string set (`SS`). A plain `Vec<String>` is a list (`L`); wrap it in this to store a
/// set. DynamoDB refuses empty sets, so writing an empty one is an error (use
/// `Option<StringSet>`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StringSet(pub BTreeSet<String>);

/// A number set (`NS`); see [`StringSet`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct NumberSet(pub BTreeSet<Number>);

/// A binary set (`BS`); see [`StringSet`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BinarySet(pub BTreeSet<Blob>);

macro_rules! set_common {
    ($set:ident, $elem:ty) => {
        impl $set {
            /// An empty set.
            pub fn new() -> Self {
                Self::default()
            }
            /// Adds an element; false if it was already there.
            pub fn insert(&mut self, v: impl Into<$elem>) -> bool {
                self.0.insert(v.into())
            }
            /// True if the element is in the set.
            pub fn contains(&self, v: &$elem) -> bool {
                self.0.contains(v)
            }
            /// The number of elements.
            pub fn len(&self) -> usize {
                self.0.len()
            }
            /// True when empty.
            pub fn is_empty(&self) -> bool {
                self.0.is_empty()
            }
            /// The elements in order.
            pub fn iter(&self) -> impl Iterator<Item = &$elem> {
                self.0.iter()
            }
        }
        impl<T: Into<$elem>> FromIterator<T> for $set {
            fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
                $set(iter.into_iter().map(Into::into).collect())
            }
        }
        impl<T: Into<$elem>, const N: usize> From<[T; N]> for $set {
            fn from(a: [T; N]) -> Self {
                a.into_iter().collect()
            }
        }
        impl<T: Into<$elem>> From<Vec<T>> for $set {
            fn from(a: Vec<T>) -> Self {
                a.into_iter().collect()
            }
        }
        impl IntoIterator for $set {
            type Item = $elem;
            type IntoIter = std::collections::btree_set::IntoIter<$elem>;
            fn into_iter(self) -> Self::IntoIter {
                self.0.into_iter()
            }
        }
    };
}
set_common!(StringSet, String);
set_common!(NumberSet, Number);
set_common!(BinarySet, Blob);

/// Values that convert into an [`AttributeValue`] (keys, expression operands).
///
/// Integers, `Number` and strings convert exactly; binary goes through `Blob` (a `Vec<T>` is
/// a list, `L`, so `Vec<u8>` is a list of numbers). A non-finite float (`NaN`, infinity)
/// cannot be a DynamoDB number and panics, as `Duration::from_secs_f64(NaN)` does; use
/// [`Number::from_f64`] to handle it as an error instead.
pub trait IntoAttributeValue {
    /// The conversion.
    fn into_attribute_value(self) -> AttributeValue;
}

impl IntoAttributeValue for AttributeValue {
    fn into_attribute_value(self) -> AttributeValue {
        self
    }
}
impl IntoAttributeValue for &AttributeValue {
    fn into_attribute_value(self) -> AttributeValue {
        self.clone()
    }
}
impl IntoAttributeValue for &str {
    fn into_attribute_value(self) -> AttributeValue {
        AttributeValue::S(self.to_owned())
    }
}
impl IntoAttributeValue for String {
    fn into_attribute_value(self) -> AttributeValue {
        AttributeValue::S(self)
    }
}
impl IntoAttributeValue for &String {
    fn into_attribute_value(self) -> AttributeValue {
        AttributeValue::S(self.clone())
    }
}
impl IntoAttributeValue for bool {
    fn into_attribute_value(self) -> AttributeValue {
        AttributeValue::Bool(self)
    }
}
impl IntoAttributeValue for Number {
    fn into_attribute_value(self) -> AttributeValue {
        AttributeValue::N(self)
    }
}
impl IntoAttributeValue for &Number {
    fn into_attribute_value(self) -> AttributeValue {
        AttributeValue::N(self.clone())
    }
}
impl IntoAttributeValue for Blob {
    fn into_attribute_value(self) -> AttributeValue {
        AttributeValue::B(self)
    }
}
impl IntoAttributeValue for StringSet {
    fn into_attribute_value(self) -> AttributeValue {
        AttributeValue::SS(self.0.into_iter().collect())
    }
}
impl IntoAttributeValue for NumberSet {
    fn into_attribute_value(self) -> AttributeValue {
        AttributeValue::NS(self.0.into_iter().collect())
    }
}
impl IntoAttributeValue for BinarySet {
    fn into_attribute_value(self) -> AttributeValue {
        AttributeValue::BS(self.0.into_iter().collect())
    }
}
impl<T: IntoAttributeValue> IntoAttributeValue for Vec<T> {
    fn into_attribute_value(self) -> AttributeValue {
        AttributeValue::L(self.into_iter().map(|v| v.into_attribute_value()).collect())
    }
}
impl<T: IntoAttributeValue> IntoAttributeValue for HashMap<String, T> {
    fn into_attribute_value(self) -> AttributeValue {
        AttributeValue::M(
            self.into_iter()
                .map(|(k, v)| (k, v.into_attribute_value()))
                .collect(),
        )
    }
}

macro_rules! int_into {
    ($($t:ty),*) => {$(
        impl IntoAttributeValue for $t {
            fn into_attribute_value(self) -> AttributeValue {
                AttributeValue::N(Number::from(self))
            }
        }
    )*};
}
int_into!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

impl IntoAttributeValue for f64 {
    fn into_attribute_value(self) -> AttributeValue {
        match Number::from_f64(self) {
            Ok(n) => AttributeValue::N(n),
            Err(e) => panic!("{e}"),
        }
    }
}
impl IntoAttributeValue for f32 {
    fn into_attribute_value(self) -> AttributeValue {
        match Number::from_f32(self) {
            Ok(n) => AttributeValue::N(n),
            Err(e) => panic!("{e}"),
        }
    }
}
