//! # boto-core
//!
//! The runtime under typed async AWS clients and resources: [`Session`] (profiles,
//! credential chain, region, endpoints), SigV4 signing, a pooled hyper transport, the six AWS
//! wire protocols driven by one shape model, pagination as `futures::Stream`s, waiters and
//! retries. The macros `#[derive(Shape)]`, `#[client]` and `#[resource]` are re-exported here,
//! so this is the one crate a hand-written client depends on.

#![warn(missing_docs)]

pub mod auth;
pub mod client;
pub mod config;
pub mod credentials;
mod datetime;
pub mod dynamic;
mod error;
pub mod http;
pub mod model;
mod op;
pub mod paginate;
pub mod protocol;
pub mod resource;
pub mod retry;
mod session;
mod shape;
mod types;
pub mod value;
pub mod waiter;

#[doc(hidden)]
#[path = "__private.rs"]
pub mod __private;

pub use credentials::Credentials;
pub use datetime::{DateTime, TimestampFormat};
pub use error::{Error, ErrorKind, Result, ServiceError};
pub use http::ByteStream;
pub use retry::RetryConfig;
pub use session::{Session, SessionBuilder};
pub use shape::Shape;
pub use types::{Blob, Document};
pub use value::Value;

pub use boto_macros::{client, resource, Shape};
pub use op::{FromSession, Op};
