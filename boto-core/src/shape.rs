//! The [`Shape`] trait: a typed struct that describes itself with a `'static`
//! [`Schema`](crate::model::Schema) and converts to and from [`Value`](crate::value::Value).

use crate::error::Result;
use crate::model::Schema;
use crate::value::Value;

/// A typed shape. Derive it with `#[derive(Shape)]`.
pub trait Shape: Sized + Send + 'static {
    /// The schema the protocol engine walks.
    fn schema() -> &'static Schema;
    /// Converts into a value for the protocol writers.
    fn into_value(self) -> Value;
    /// Builds from a value the protocol readers produced. Absent members take their
    /// `Default`; a value of the wrong type is a decode error.
    fn from_value(value: Value) -> Result<Self>;
}

mod impls;
