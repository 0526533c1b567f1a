//! What generated code calls. Not a public API: no stability promises.
#![doc(hidden)]

pub use crate::auth::{presign, sign_request, PresignedRequest, SigningParams};
pub use crate::client::ClientHandle;
pub use crate::datetime::TimestampFormat;
pub use crate::error::{Error, Result};
pub use crate::model::*;
pub use crate::op::FromSession;
pub use crate::paginate::{items, pages, Items, MoreResults, Pages, Token};
pub use crate::resource::runtime as resource;
pub use crate::session::Session;
pub use crate::shape::Shape;
pub use crate::value::Value;
pub use crate::waiter::{Acceptor, AcceptorState, Matcher, Waiter};

#[path = "__private/derive.rs"]
mod derive;
pub use derive::*;
#[path = "__private/client.rs"]
mod client;
pub use client::*;
