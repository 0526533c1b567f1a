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

mod action;
mod batch;
mod collection;
mod data;
mod ops;
mod wait;

pub use action::{Action, ClientOp, OpFuture, Pages};
pub use collection::{Collection, PageStream};
pub use data::DataCell;
pub use ops::Operations;
pub use wait::Wait;

/// What `#[resource]` and `#[client]` expansions call, re-exported as
/// `boto_core::__private::resource`. Not a public API.
#[doc(hidden)]
pub mod runtime {
    pub use super::action::{op_future, single_page, Action, ClientOp, OpFuture, Pages};
    pub use super::batch::batch_input;
    pub use super::collection::{Collection, PageStream};
    pub use super::data::{
        DataCell, IdParam, IdSource, IdValue, ListItems, OptId, Prefill, PrefillNo, PrefillYes,
    };
    pub use super::ops::{all_mapped, id_index, op_index, IdSlot, Operations};
    pub use super::wait::Wait;
    pub use super::Resource;
    pub use crate::error::Result;

    /// Applies a `with = |r| ..` closure (its parameter type comes from here).
    pub fn apply<I>(input: I, f: impl FnOnce(I) -> I) -> I {
        f(input)
    }

    /// Applies a `load_path = |o: T| ..` closure.
    pub fn apply_path<O, D>(output: O, f: impl FnOnce(O) -> Option<D>) -> Option<D> {
        f(output)
    }

    /// Applies an action's `path = |o: T| ..` closure.
    pub fn apply_any<O, R>(output: O, f: impl FnOnce(O) -> R) -> R {
        f(output)
    }

    /// A default request of the type a client method takes (waiters: their input type is
    /// only known from the method's signature).
    pub fn default_input<C, I: Default, R>(_method: fn(&C, I) -> R) -> I {
        I::default()
    }
    pub use futures::{Stream, StreamExt};
    pub use std::sync::Arc;

    /// The error an attribute gives on a resource that has no data and no load operation.
    pub fn not_loadable(resource: &'static str) -> crate::Error {
        crate::Error::invalid_input(format!(
            "{resource} has no load operation; its data comes only from the response that built it"
        ))
    }

    /// The error a load gives when its `path` finds nothing.
    pub fn not_found(resource: &'static str) -> crate::Error {
        crate::Error::invalid_input(format!("{resource} not found: the load found no data"))
    }
}

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
