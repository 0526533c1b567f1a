//! What generated code calls. Not a public API: no stability promises.
#![doc(hidden)]

pub use crate::datetime::TimestampFormat;
pub use crate::error::{Error, Result};
pub use crate::model::*;
pub use crate::resource::runtime as resource;
pub use crate::session::Session;
pub use crate::shape::Shape;
pub use crate::value::Value;

#[path = "__private/derive.rs"]
mod derive;
pub use derive::*;
