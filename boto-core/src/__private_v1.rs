//! What the code `#[derive(Shape)]`, `#[client]` and `#[resource]` generate calls: the one
//! surface they name, `::boto_core::__private_v1::..`. Not a public API: no stability
//! promises. The version in the name changes with any incompatible change here, so that
//! boto-macros and boto-core of mismatched versions fail to compile rather than misbehave.
//!
//! Every item is listed by name (no glob), so this file is the whole contract between the
//! macros and the runtime.
#![doc(hidden)]

mod client;
mod derive;
mod resource;

// `#[derive(Shape)]`: schemas and value conversions.
pub use crate::datetime::TimestampFormat;
pub use crate::error::{Error, Result};
pub use crate::model::{
    HttpBinding, Kind, Location, Member, MemberTraits, Operation, Protocol, Schema, SchemaRef,
    ServiceMeta, ShapeTraits, XmlNamespace,
};
pub use crate::shape::{decode_structure, encode_member, DecodeStruct, Decoder, Encoder, Shape};
pub use crate::value::Value;
pub use derive::{
    decode_union, decode_value, from_value, into_value, list, map, member, member_from_value, part,
    plain, string_enum, string_from_value, structure, traits, union, union_member,
    unknown_enum_value, unknown_union_member, xml_namespace, DecodeUnion, IntoItems, ListField,
};
pub use std::borrow::Cow;

// `#[client]`: the handle, pagination, presigning and waiters.
pub use crate::auth::PresignedRequest;
pub use crate::client::ClientHandle;
pub use crate::endpoint::{ContextParam, OperationContext, StaticValue};
pub use crate::op::FromSession;
pub use crate::paginate::{items, pages, Items, MoreResults, Pages};
pub use crate::session::Session;
pub use crate::waiter::{Acceptor, AcceptorState, Matcher, Waiter};
pub use client::{match_all, match_any, match_path, PageLimit};

// `#[resource]`: data cells, identifiers, actions, collections and batches.
pub use crate::resource::action::{op_future, single_page, Action, ClientOp, OpFuture};
pub use crate::resource::batch::batch_input;
pub use crate::resource::collection::{Collection, PageStream};
pub use crate::resource::data::{
    DataCell, IdParam, IdSource, IdValue, ListItems, OptId, Prefill, PrefillNo, PrefillYes,
};
pub use crate::resource::ops::{all_mapped, arg_index, id_index, op_index, IdSlot, Operations};
pub use crate::resource::{Resource, Wait};
pub use futures::{Stream, StreamExt};
pub use resource::{apply, apply_any, apply_path, default_input, not_found, not_loadable};
pub use std::sync::Arc;
