//! The [`Shape`] trait: a typed struct that describes itself with a `'static`
//! [`Schema`](crate::model::Schema), converts to and from [`Value`](crate::value::Value),
//! reads itself straight from a response through a [`Decoder`] and writes itself straight
//! into a request through an [`Encoder`].

use crate::error::Result;
use crate::model::Schema;
use crate::value::Value;
pub(crate) use decode::in_member;
pub use decode::{decode_structure, read_value, DecodeStruct, Decoder, ValueDecoder};
pub(crate) use encode::Cursor;
pub use encode::{encode_member, encode_value, Encoder, ValueEncoder};

/// A typed shape. Derive it with `#[derive(Shape)]`.
pub trait Shape: Sized + Send + 'static {
    /// The schema the protocol engine walks.
    fn schema() -> &'static Schema;
    /// Converts into a value for the protocol writers.
    fn into_value(self) -> Value;
    /// Builds from a value the protocol readers produced. Absent members take their
    /// `Default`; a value of the wrong type is a decode error.
    fn from_value(value: Value) -> Result<Self>;
    /// Builds from a value read as a member of a structure, list or map. `Ok(None)` drops
    /// a value the type cannot hold but that must not fail the response: an unknown value
    /// of a string enum that has no `#[shape(other)]` variant. Defaults to `from_value`.
    #[doc(hidden)]
    fn from_member_value(value: Value) -> Result<Option<Self>> {
        Self::from_value(value).map(Some)
    }
    /// Reads a value straight from a response (see [`Decoder`]); `Ok(None)` as in
    /// [`from_member_value`](Shape::from_member_value). Defaults to [`Decoder::value`] and
    /// `from_member_value`; derived structures, scalars and containers read directly.
    #[doc(hidden)]
    fn decode(d: &mut dyn Decoder<'_>) -> Result<Option<Self>> {
        Self::from_member_value(d.value()?)
    }
    /// Writes the value straight into a request (see [`Encoder`]). Defaults to
    /// [`Encoder::value`] with [`into_value`](Shape::into_value); derived structures,
    /// scalars and containers write directly.
    #[doc(hidden)]
    fn encode(self, e: &mut dyn Encoder) -> Result<()> {
        e.value(self.into_value())
    }
    /// Reads a value into `slot`: replaces it, except that lists and maps add to what they
    /// hold (a flattened XML list is one element per item).
    #[doc(hidden)]
    fn decode_into(slot: &mut Self, d: &mut dyn Decoder<'_>) -> Result<()> {
        if let Some(v) = Self::decode(d)? {
            *slot = v;
        }
        Ok(())
    }
}

mod decode;
mod encode;
mod impls;
