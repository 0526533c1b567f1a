//! The protocol engine: turns an operation's input [`Value`] into an unsigned HTTP request
//! and an HTTP response into the output [`Value`] or a service [`Error`], for the six AWS
//! wire protocols, all driven by the shape model.
//!
//! [`build_request`], [`read_response`] and [`parse_response`] dispatch on
//! [`ServiceMeta::protocol`]. The REST bindings (URI labels, query string, headers, status
//! code, payload) live in `rest.rs` and are shared by restJson1 and restXml, which differ
//! only in their body codec.

mod common;
mod encode;
mod json;
mod query;
mod rest;
#[cfg(test)]
mod shape_arena;
mod xml;
mod xml_decode;
mod xml_read;
mod xml_tree;
mod xml_write;

pub(crate) use common::*;
pub(crate) use encode::{encode_request, Encoded};

use crate::error::{Error, Result, ServiceError};
use crate::http::ByteStream;
use crate::model::{Member, Operation, Protocol, Schema, SchemaRef, ServiceMeta, Shapes};
use crate::shape::{DecodeStruct, Decoder, Shape, ValueDecoder};
use crate::value::Value;
use bytes::Bytes;

/// Where requests go: `scheme://host[:port][/base-path]`.
#[derive(Debug, Clone)]
pub struct Endpoint {
    /// The endpoint URL; a base path, if any, is prepended to every request path.
    pub url: http::Uri,
}

impl Endpoint {
    /// Parses and checks an endpoint URL (`https://s3.amazonaws.com`,
    /// `http://127.0.0.1:5000`, `https://h/base`): `http` or `https`, a host, a port in
    /// 1..=65535 if any, no user info, query or fragment. Anything else is an
    /// [`Error::config`] naming what is wrong.
    pub fn parse(url: &str) -> Result<Endpoint> {
        crate::config::endpoint::parse_endpoint_url(url).map(|url| Endpoint { url })
    }
}

/// Builds the unsigned HTTP request of `op` for `input` (a structure value keyed by model
/// member names). Fills idempotency tokens, checks required members and URI labels
/// (`Error::invalid_input`), then serializes with the service's protocol.
pub fn build_request(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    input: Value,
    endpoint: &Endpoint,
) -> Result<http::Request<ByteStream>> {
    encode_value_input(meta, shapes, op, input, &[])?.finish(endpoint)
}

/// Builds the unsigned HTTP request of `op` for a typed `input`, as [`build_request`]
/// does, written straight from the shape into the request (no [`Value`] in between when
/// `op`'s input is `I`'s schema, as `#[client]` declares it).
pub fn build_request_typed<I: Shape>(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    input: I,
    endpoint: &Endpoint,
) -> Result<http::Request<ByteStream>> {
    encode_typed(meta, shapes, op, input, &[])?.finish(endpoint)
}

/// Encodes a typed input: straight from the shape when `op`'s input is `I`'s schema (the
/// member indices a derived shape writes by are those of its schema), else through its
/// value. `keep` names top-level members to capture in [`Encoded::top`].
pub(crate) fn encode_typed<I: Shape>(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    input: I,
    keep: &[&str],
) -> Result<Encoded> {
    let own = match &op.input {
        Some(r) => std::ptr::eq(shapes.get(r), I::schema()),
        None => true,
    };
    if !own {
        return encode_value_input(meta, shapes, op, input.into_value(), keep);
    }
    let mut input = Some(input);
    encode_request(meta, shapes, op, keep, &mut |e| match input.take() {
        Some(i) => i.encode(e),
        None => Ok(()),
    })
}

/// Encodes an input value: idempotency tokens filled, required members and labels
/// checked (`Error::invalid_input`), then written by the protocol's writers.
pub(crate) fn encode_value_input(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    input: Value,
    keep: &[&str],
) -> Result<Encoded> {
    let ctx = Ctx { meta, shapes, op };
    let mut input = match input {
        Value::Null => Value::structure(),
        v @ Value::Structure(_) => v,
        other => {
            return Err(Error::invalid_input(format!(
                "the input of {} must be a structure, not a {}",
                op.name,
                other.type_name()
            )))
        }
    };
    if let Some(r) = &op.input {
        refuse_event_streams(&ctx, r)?;
        fill_idempotency_tokens(&ctx, r, &mut input);
        validate(&ctx, r, &input)?;
    }
    let mut input = Some(input);
    encode_request(meta, shapes, op, keep, &mut |e| match input.take() {
        Some(v) => crate::shape::encode_value(v, e),
        None => Ok(()),
    })
}

/// The most bytes of an error answer that are read; a longer one is reported by its status.
pub const MAX_ERROR_BODY: u64 = 1024 * 1024;

/// Reads a response: collects the body (unless the output is a streaming payload, which is
/// handed over untouched as a [`Value::Stream`]) and parses it like [`parse_response`].
/// Bodies are limited to [`DEFAULT_MAX_RESPONSE_BODY`](crate::DEFAULT_MAX_RESPONSE_BODY);
/// see [`read_response_limited`].
pub async fn read_response(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    resp: http::Response<ByteStream>,
) -> Result<Value> {
    read_response_limited(meta, shapes, op, resp, crate::DEFAULT_MAX_RESPONSE_BODY).await
}

/// [`read_response`] with a limit on the body: a success body longer than `max` bytes
/// (announced or counted) is an [`Error::decode`] naming the limit; an error answer longer
/// than [`MAX_ERROR_BODY`] (or `max`) is parsed as if it had no body, so that its status
/// still decides (a 503 page of a proxy is retried like any 503).
pub async fn read_response_limited(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    resp: http::Response<ByteStream>,
    max: u64,
) -> Result<Value> {
    let answer = read_answer(meta, shapes, op, resp, max).await?;
    answer_value(meta, shapes, op, answer)
}

/// A successful answer, read but not yet decoded: service errors were found already.
pub(crate) enum Answer {
    /// The whole response.
    Full(http::Response<Bytes>),
    /// An output whose payload streams: its bindings and the body, as a value.
    Streaming(Value),
}

/// Reads a response as [`read_response_limited`] does, up to decoding the success.
pub(crate) async fn read_answer(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    resp: http::Response<ByteStream>,
    max: u64,
) -> Result<Answer> {
    let ctx = Ctx { meta, shapes, op };
    let success = !is_error_status(resp.status().as_u16());
    if success && streaming_output(&ctx).is_some() {
        let (parts, body) = resp.into_parts();
        return rest::parse_streaming(&ctx, &parts, body).map(Answer::Streaming);
    }
    let (parts, body) = resp.into_parts();
    let body = if success {
        body.collect_limited(max).await?
    } else {
        body.collect_within(max.min(MAX_ERROR_BODY))
            .await?
            .unwrap_or_default()
    };
    let resp = http::Response::from_parts(parts, body);
    check_response(&ctx, &resp)?;
    Ok(Answer::Full(resp))
}

/// The output value of a successful answer.
pub(crate) fn answer_value(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    answer: Answer,
) -> Result<Value> {
    match answer {
        Answer::Streaming(v) => Ok(v),
        Answer::Full(resp) => parse_success(&Ctx { meta, shapes, op }, &resp),
    }
}

/// Decodes a successful answer straight into a typed output: `out` is handed the
/// [`Decoder`] positioned on the output (an empty structure when the operation has none).
pub(crate) fn decode_answer(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    answer: Answer,
    out: &mut dyn FnMut(&mut dyn Decoder<'_>) -> Result<()>,
) -> Result<()> {
    let ctx = Ctx { meta, shapes, op };
    let schema = match ctx.output() {
        Some(s) => s,
        None => <() as Shape>::schema(),
    };
    match answer {
        Answer::Streaming(v) => out(&mut ValueDecoder::new(v, schema, shapes)),
        Answer::Full(resp) => out(&mut Root {
            ctx: &ctx,
            resp: &resp,
            schema,
        }),
    }
}

/// Parses a complete response, as [`parse_response`] does, straight into a typed `O`
/// (`op`'s output should be `O`'s schema, as `#[client]` declares it; with any other
/// output the response is read through values and [`Shape::from_value`]).
pub fn parse_response_typed<O: Shape>(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    resp: http::Response<Bytes>,
) -> Result<O> {
    check_response(&Ctx { meta, shapes, op }, &resp)?;
    decode_typed(meta, shapes, op, Answer::Full(resp))
}

/// Parses a complete response as [`parse_response`] does, through the readers of the typed
/// path (XML streamed, no element tree) into a value: lets the conformance suites check
/// that path too.
#[doc(hidden)]
pub fn parse_response_streamed(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    resp: http::Response<Bytes>,
) -> Result<Value> {
    check_response(&Ctx { meta, shapes, op }, &resp)?;
    let mut out = Value::Null;
    decode_answer(meta, shapes, op, Answer::Full(resp), &mut |d| {
        out = crate::shape::read_value(d)?;
        Ok(())
    })?;
    Ok(out)
}

/// Decodes a successful answer into `O`: straight from the wire when `op`'s output is
/// `O`'s schema (the member indices a derived shape reads by are those of its schema),
/// else through the output value.
pub(crate) fn decode_typed<O: Shape>(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    answer: Answer,
) -> Result<O> {
    let own = match &op.output {
        Some(r) => std::ptr::eq(shapes.get(r), O::schema()),
        None => true,
    };
    if !own {
        return O::from_value(answer_value(meta, shapes, op, answer)?);
    }
    let mut output = None;
    decode_answer(meta, shapes, op, answer, &mut |d| {
        output = O::decode(d)?;
        Ok(())
    })?;
    output.ok_or_else(|| Error::decode(format!("{}: the output cannot be read", op.name)))
}

/// The output of a whole successful response, read by the protocol's reader: structures
/// straight from the body (XML and JSON read in one pass, no tree), anything else as a
/// value.
struct Root<'c, 's> {
    ctx: &'c Ctx<'s>,
    resp: &'c http::Response<Bytes>,
    schema: &'s Schema,
}

impl<'s> Root<'_, 's> {
    fn as_value(&self) -> Result<ValueDecoder<'s>> {
        Ok(ValueDecoder::new(
            parse_success(self.ctx, self.resp)?,
            self.schema,
            self.ctx.shapes,
        ))
    }
}

impl<'s> Decoder<'s> for Root<'_, 's> {
    fn schema(&self) -> &'s Schema {
        self.schema
    }
    fn member(&self) -> Option<&'s Member> {
        None
    }
    fn shapes(&self) -> &'s Shapes {
        self.ctx.shapes
    }
    fn scalar(&mut self) -> Result<Value> {
        self.as_value()?.scalar()
    }
    fn value(&mut self) -> Result<Value> {
        parse_success(self.ctx, self.resp)
    }
    fn structure(&mut self, target: &mut dyn DecodeStruct) -> Result<()> {
        let ctx = self.ctx;
        if ctx.op.output.is_none() {
            return Ok(());
        }
        match ctx.meta.protocol {
            Protocol::RestXml => rest::decode(ctx, self.resp, &xml::XmlCodec, target),
            Protocol::AwsQuery | Protocol::Ec2Query => query::decode(ctx, self.resp, target),
            Protocol::RestJson1 => rest::decode(ctx, self.resp, &json::JsonCodec, target),
            Protocol::AwsJson1_0 | Protocol::AwsJson1_1 => json::decode_rpc(ctx, self.resp, target),
        }
    }
    fn list(&mut self, item: &mut dyn FnMut(&mut dyn Decoder<'s>) -> Result<()>) -> Result<()> {
        self.as_value()?.list(item)
    }
    fn map(
        &mut self,
        entry: &mut dyn FnMut(String, &mut dyn Decoder<'s>) -> Result<()>,
    ) -> Result<()> {
        self.as_value()?.map(entry)
    }
}

/// Parses a complete response into the output value, or the service's error answer as
/// `Err(Error::service(..))`. Undecodable bodies are `Error::decode`.
pub fn parse_response(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    resp: http::Response<Bytes>,
) -> Result<Value> {
    let ctx = Ctx { meta, shapes, op };
    check_response(&ctx, &resp)?;
    parse_success(&ctx, &resp)
}

/// The service error a response is, if it is one (and event streams, refused).
fn check_response(ctx: &Ctx<'_>, resp: &http::Response<Bytes>) -> Result<()> {
    if let Some(r) = &ctx.op.output {
        refuse_event_streams(ctx, r)?;
    }
    if is_error_status(resp.status().as_u16()) {
        let (err, _) = parse_error(ctx, resp)?;
        return Err(Error::service(err));
    }
    if let Some(err) = success_error(ctx, resp)? {
        return Err(Error::service(err));
    }
    Ok(())
}

/// The output value of a response known to be a success.
fn parse_success(ctx: &Ctx<'_>, resp: &http::Response<Bytes>) -> Result<Value> {
    match ctx.meta.protocol {
        Protocol::AwsJson1_0 | Protocol::AwsJson1_1 => json::parse_rpc(ctx, resp),
        Protocol::RestJson1 => rest::parse(ctx, resp, &json::JsonCodec),
        Protocol::RestXml => rest::parse(ctx, resp, &xml::XmlCodec),
        Protocol::AwsQuery | Protocol::Ec2Query => query::parse(ctx, resp),
    }
}

/// Parses an error response in full: the common parts (code, message, request id, status)
/// and, when the operation declares an error shape with that code, the error's modeled
/// members (headers and body) as a structure value.
pub fn parse_error_response(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    resp: &http::Response<Bytes>,
) -> Result<(ServiceError, Option<Value>)> {
    parse_error(&Ctx { meta, shapes, op }, resp)
}

fn is_error_status(status: u16) -> bool {
    status >= 300
}

/// Some services answer 200 with an error document (S3's CopyObject, CompleteMultipartUpload).
fn success_error(ctx: &Ctx<'_>, resp: &http::Response<Bytes>) -> Result<Option<ServiceError>> {
    match ctx.meta.protocol {
        Protocol::RestXml => xml::error_in_success(ctx, resp),
        _ => Ok(None),
    }
}

fn parse_error(
    ctx: &Ctx<'_>,
    resp: &http::Response<Bytes>,
) -> Result<(ServiceError, Option<Value>)> {
    let mut err = match ctx.meta.protocol {
        Protocol::AwsJson1_0 | Protocol::AwsJson1_1 | Protocol::RestJson1 => {
            let err = json::read_error(ctx, resp)?;
            match xml_error_document(resp) {
                Some(xml) if err.code.is_empty() => xml,
                _ => err,
            }
        }
        Protocol::RestXml => xml::read_error(ctx, resp)?,
        Protocol::AwsQuery | Protocol::Ec2Query => query::read_error(ctx, resp)?,
    };
    err.status = resp.status().as_u16();
    if err.request_id.is_none() {
        err.request_id = request_id(resp.headers());
    }
    if err.code.is_empty() {
        err.code = resp.status().as_u16().to_string();
    }
    let err = err.clipped();
    let modeled = match find_error_shape(ctx, &err.code) {
        Some(shape) => Some(match ctx.meta.protocol {
            Protocol::AwsJson1_0 | Protocol::AwsJson1_1 => {
                json::parse_error_shape(ctx, &shape, resp)?
            }
            Protocol::RestJson1 => rest::parse_shape(ctx, &shape, resp, &json::JsonCodec)?,
            Protocol::RestXml => rest::parse_shape(ctx, &shape, resp, &xml::XmlCodec)?,
            Protocol::AwsQuery | Protocol::Ec2Query => query::parse_error_shape(ctx, &shape, resp)?,
        }),
        None => None,
    };
    Ok((err, modeled))
}

/// An awsQuery-style XML error document (`<ErrorResponse><Error><Code>..`) answering a
/// JSON protocol request, as moto does for authentication failures
/// (`SignatureDoesNotMatch`, `InvalidClientTokenId`) of every service: its code, message
/// and request id. `None` unless the body is XML naming a code.
fn xml_error_document(resp: &http::Response<Bytes>) -> Option<ServiceError> {
    let body = resp.body();
    if body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'<') {
        return None;
    }
    let root = xml_tree::parse(body).ok()?;
    let code = query::error_element(&root)?.child_text("Code")?;
    if code.trim().is_empty() {
        return None;
    }
    Some(query::xml_service_error(resp))
}

/// The declared error shape whose name (or `error.code`) is `code`.
fn find_error_shape(ctx: &Ctx<'_>, code: &str) -> Option<SchemaRef> {
    ctx.op.errors.iter().copied().find(|r| {
        let s = ctx.shapes.get(r);
        s.name == code || s.traits.error_code.as_deref() == Some(code)
    })
}

// The engine's tests describe their services in botocore JSON.
#[cfg(all(test, feature = "dynamic"))]
mod tests;
