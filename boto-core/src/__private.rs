//! What generated code calls. Not a public API: no stability promises.
#![doc(hidden)]

pub use crate::error::{Error, Result};
pub use crate::model::*;
pub use crate::resource::runtime as resource;
pub use crate::shape::Shape;
pub use crate::value::Value;
