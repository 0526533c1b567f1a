//! The runtime under `#[resource]`: boto3-style object-oriented resources.
//!
//! A resource is a client plus identifiers, with data loaded on demand and shared by its
//! clones. The macro generates the typed surface; the pieces here do the work:
//!
//! - [`DataCell`]: the shared, lazily loaded data of a resource.
//! - [`Action`]: the builder an action method returns (`.with(..)`, then `.await`).
//! - [`Collection`]: a lazy, paginating `Stream` of resources (`filter`, `limit`,
//!   `page_size`, `pages`).
//! - [`ClientOp`]: how generated code names an operation of a client by its method name.

pub(crate) mod action;
pub(crate) mod batch;
pub(crate) mod collection;
pub(crate) mod data;
pub(crate) mod ops;
mod wait;

pub use action::{op_future, Action, ClientOp, OpFuture};
pub use collection::{Collection, PageStream};
pub use data::DataCell;
pub use ops::Operations;
pub use wait::Wait;

/// Implemented by every `#[resource]` type.
pub trait Resource: Clone + Send + Sync + 'static {
    /// The data shape (`()` for a resource without data).
    type Data: Send + Sync + 'static;
    /// What a collection of this resource is: a [`Collection`], or a wrapper of it that
    /// adds the resource's batch actions.
    type Collection<I: Send + 'static>;
    /// Wraps a collection of this resource.
    fn wrap_collection<I: Send + 'static>(collection: Collection<I, Self>) -> Self::Collection<I>;
    /// The resource's identifiers as `(request parameter, value)` pairs, in declaration
    /// order; batch actions build their requests from them.
    fn identifier_params(&self) -> Vec<(&'static str, crate::Value)>;
}
