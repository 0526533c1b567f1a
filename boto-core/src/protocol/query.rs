//! awsQuery and ec2Query: form-encoded requests, XML responses and errors.
//!
//! Placeholder until the query writer and XML reader land: every entry point answers with a
//! clear error so that nothing malformed is ever sent or silently accepted.

use super::common::{Ctx, RequestParts};
use crate::error::{Error, Result, ServiceError};
use crate::model::SchemaRef;
use crate::value::Value;
use bytes::Bytes;

const MSG: &str = "the awsQuery and ec2Query protocols are not available in this build yet";

/// Builds a query request (`POST /`, form body with `Action` and `Version`).
pub(crate) fn build(_ctx: &Ctx<'_>, _input: Value) -> Result<RequestParts> {
    Err(Error::invalid_input(MSG))
}

/// Parses a successful query response (`<OpResponse><OpResult>..`).
pub(crate) fn parse(_ctx: &Ctx<'_>, _resp: &http::Response<Bytes>) -> Result<Value> {
    Err(Error::decode(MSG))
}

/// The common parts of a query error answer.
pub(crate) fn read_error(_ctx: &Ctx<'_>, _resp: &http::Response<Bytes>) -> Result<ServiceError> {
    Err(Error::decode(MSG))
}

/// The modeled members of an error shape.
pub(crate) fn parse_error_shape(
    _ctx: &Ctx<'_>,
    _shape: &SchemaRef,
    _resp: &http::Response<Bytes>,
) -> Result<Value> {
    Err(Error::decode(MSG))
}
