//! JSON bodies: awsJson1_0 / awsJson1_1 (RPC: `POST /` with `X-Amz-Target`) and the body
//! codec of restJson1. Timestamps are epoch seconds unless the model says otherwise, blobs
//! are base64, documents are written as they are.

mod decode;
mod encode;
mod read;

pub(crate) use encode::JsonEncoder;

use super::common::{format_float, members, timestamp_format, Ctx, RequestParts};
use super::rest::{format_timestamp, BodyCodec};
use crate::datetime::{DateTime, TimestampFormat};
use crate::error::{Error, Result, ServiceError};
use crate::model::{Kind, Location, Member, Schema, SchemaRef};
use crate::value::Value;
use base64::Engine as _;
use bytes::Bytes;
use read::{read_document, read_object_body};
use serde_json::Value as Json;
use std::borrow::Cow;

pub(crate) const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

// ---------------------------------------------------------------------------------------
// Writing

/// Writes `value` (of shape `schema`, reached through `member`) as JSON into `out`.
pub(crate) fn write_value(
    ctx: &Ctx<'_>,
    member: Option<&Member>,
    schema: &Schema,
    value: &Value,
    out: &mut Vec<u8>,
) -> Result<()> {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
        Value::Integer(i) => out.extend_from_slice(i.to_string().as_bytes()),
        Value::Float(f) if f.is_finite() => {
            let text = serde_json::to_string(f).map_err(|e| Error::invalid_input(e.to_string()))?;
            out.extend_from_slice(text.as_bytes());
        }
        Value::Float(f) => write_str(&format_float(*f), out),
        Value::BigNumber(n) => {
            if serde_json::from_str::<serde_json::Number>(n).is_err() {
                return Err(Error::invalid_input(format!("{n:?} is not a number")));
            }
            out.extend_from_slice(n.as_bytes());
        }
        Value::String(s) => write_str(s, out),
        Value::Blob(b) => write_str(&B64.encode(b), out),
        Value::Timestamp(t) => {
            match timestamp_format(member, schema, TimestampFormat::EpochSeconds) {
                TimestampFormat::EpochSeconds => write_epoch(t, out),
                f => write_str(&format_timestamp(t, f), out),
            }
        }
        Value::Document(d) => {
            serde_json::to_writer(&mut *out, d).map_err(|e| Error::invalid_input(e.to_string()))?
        }
        Value::List(items) => {
            let Kind::List { member: m } = &schema.kind else {
                return Err(mismatch(schema, value));
            };
            let it = ctx.schema(&m.target);
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_value(ctx, Some(m), it, item, out)?;
            }
            out.push(b']');
        }
        Value::Map(entries) => {
            let Kind::Map { value: vm, .. } = &schema.kind else {
                return Err(mismatch(schema, value));
            };
            let vt = ctx.schema(&vm.target);
            out.push(b'{');
            for (i, (k, v)) in entries.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                write_str(k, out);
                out.push(b':');
                write_value(ctx, Some(vm), vt, v, out)?;
            }
            out.push(b'}');
        }
        Value::Structure(fields) => write_structure(ctx, schema, fields, |_| true, out)?,
        Value::Stream(_) => {
            return Err(Error::invalid_input(format!(
                "a stream cannot be written inside a JSON body ({})",
                schema.name
            )))
        }
    }
    Ok(())
}

/// Writes the structure members of `fields` that `keep` accepts, under their wire names.
fn write_structure(
    ctx: &Ctx<'_>,
    schema: &Schema,
    fields: &[(Cow<'static, str>, Value)],
    keep: impl Fn(&Member) -> bool,
    out: &mut Vec<u8>,
) -> Result<()> {
    let Kind::Structure { members, .. } = &schema.kind else {
        if let Kind::Document = schema.kind {
            return Err(Error::invalid_input(format!(
                "{} is a document: give it as a document value",
                schema.name
            )));
        }
        return Err(Error::invalid_input(format!(
            "{} is not a structure",
            schema.name
        )));
    };
    out.push(b'{');
    let mut first = true;
    for (k, v) in fields {
        if v.is_null() {
            continue;
        }
        let m = members
            .iter()
            .find(|m| m.name == *k)
            .ok_or_else(|| Error::invalid_input(format!("{} has no member {k}", schema.name)))?;
        if !keep(m) {
            continue;
        }
        if !first {
            out.push(b',');
        }
        first = false;
        write_str(m.wire_name(), out);
        out.push(b':');
        write_value(ctx, Some(m), ctx.schema(&m.target), v, out)?;
    }
    out.push(b'}');
    Ok(())
}

pub(crate) fn write_str(s: &str, out: &mut Vec<u8>) {
    // Writing a &str to a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, s);
}

pub(crate) fn write_epoch(t: &DateTime, out: &mut Vec<u8>) {
    let ms = t.subsec_nanos() / 1_000_000;
    if ms == 0 {
        out.extend_from_slice(t.secs().to_string().as_bytes());
    } else {
        let text = format!("{}.{:03}", t.secs(), ms);
        out.extend_from_slice(text.trim_end_matches('0').as_bytes());
    }
}

fn mismatch(schema: &Schema, value: &Value) -> Error {
    Error::invalid_input(format!(
        "{} cannot hold a {} value",
        schema.name,
        value.type_name()
    ))
}

/// Serializes a structure value (all members) as a JSON body.
pub(crate) fn to_body(ctx: &Ctx<'_>, schema: &Schema, value: &Value) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(128);
    match value {
        Value::Structure(fields) => write_structure(ctx, schema, fields, |_| true, &mut out)?,
        Value::Null => out.extend_from_slice(b"{}"),
        other => write_value(ctx, None, schema, other, &mut out)?,
    }
    Ok(out)
}

/// awsJson1_0 / awsJson1_1 request: `POST /`, `X-Amz-Target`, the whole input as the body.
pub(crate) fn build_rpc(ctx: &Ctx<'_>, input: Value) -> Result<RequestParts> {
    let mut req = rpc_parts(ctx)?;
    let body = match ctx.input() {
        Some(schema) => to_body(ctx, schema, &input)?,
        None => b"{}".to_vec(),
    };
    req.body = Bytes::from(body).into();
    Ok(req)
}

/// An awsJson request without its body: `POST /`, `X-Amz-Target`, `Content-Type`.
pub(crate) fn rpc_parts(ctx: &Ctx<'_>) -> Result<RequestParts> {
    let http = &ctx.op.http;
    let method = if http.method.is_empty() {
        "POST"
    } else {
        &http.method
    };
    let path = if http.request_uri.is_empty() {
        "/"
    } else {
        &http.request_uri
    };
    let mut req = RequestParts::new(method, path)?;
    if let Some(prefix) = &ctx.meta.target_prefix {
        req.header("X-Amz-Target", &format!("{prefix}.{}", ctx.op.name))?;
    }
    let version = ctx.meta.protocol.json_version();
    let version = version.as_deref().unwrap_or("1.1");
    req.header("Content-Type", &format!("application/x-amz-json-{version}"))?;
    Ok(req)
}

// ---------------------------------------------------------------------------------------
// Reading

/// awsJson1_0 / awsJson1_1 response.
pub(crate) fn parse_rpc(ctx: &Ctx<'_>, resp: &http::Response<Bytes>) -> Result<Value> {
    let mut out = Vec::new();
    if let Some(schema) = ctx.output() {
        read_object_body(ctx, schema, resp.body(), false, &mut out)?;
    }
    Ok(Value::Structure(out))
}

/// awsJson1_0 / awsJson1_1 response, read straight into a typed output `target`.
pub(crate) fn decode_rpc(
    ctx: &Ctx<'_>,
    resp: &http::Response<Bytes>,
    target: &mut dyn crate::shape::DecodeStruct,
) -> Result<()> {
    match ctx.output() {
        Some(schema) => decode_object_body(ctx, schema, resp.body(), false, target),
        None => Ok(()),
    }
}

/// Reads a JSON object body into a typed `target` (only members without an HTTP location
/// when `body_only`). An empty body or `null` reads as no members.
fn decode_object_body<'s>(
    ctx: &Ctx<'s>,
    schema: &'s Schema,
    body: &[u8],
    body_only: bool,
    target: &mut dyn crate::shape::DecodeStruct,
) -> Result<()> {
    use crate::shape::Decoder as _;
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    let mut d = decode::JsonDecoder::new(body, ctx, schema, body_only);
    d.structure(target)?;
    d.finish()
}

/// The modeled members of an awsJson error shape (from the body).
pub(crate) fn parse_error_shape(
    ctx: &Ctx<'_>,
    shape: &SchemaRef,
    resp: &http::Response<Bytes>,
) -> Result<Value> {
    let mut out = Vec::new();
    // An error body that is not JSON (or not of the modeled types) still yields the error;
    // its members are just absent.
    if read_object_body(ctx, ctx.schema(shape), resp.body(), false, &mut out).is_err() {
        out.clear();
    }
    Ok(Value::Structure(out))
}

/// The common parts of a JSON error answer. The code comes from the `x-amzn-ErrorType`
/// header, the body's `code` / `Code`, or its `__type`, without a namespace
/// (`aws.protocoltests#`) or a URI suffix (`:http://..`); the legacy code of
/// query-compatible services (`x-amzn-query-error: AWS.SimpleQueueService.NonExistentQueue;Sender`)
/// is used only when the body names none, so that codes are the modeled error names
/// (`QueueDoesNotExist`) that typed clients and waiters match on.
/// The message is `message`, `Message` or `errorMessage`; a body that is not JSON becomes
/// the message.
pub(crate) fn read_error(ctx: &Ctx<'_>, resp: &http::Response<Bytes>) -> Result<ServiceError> {
    let _ = ctx;
    let body = resp.body();
    let obj = if body.iter().all(u8::is_ascii_whitespace) {
        serde_json::Map::new()
    } else {
        match serde_json::from_slice::<Json>(body) {
            Ok(Json::Object(o)) => o,
            _ => {
                let mut o = serde_json::Map::new();
                o.insert(
                    "message".into(),
                    Json::String(String::from_utf8_lossy(body).into_owned()),
                );
                o
            }
        }
    };
    let text = |k: &str| obj.get(k).and_then(Json::as_str).map(str::to_owned);
    let header = |k: &str| {
        resp.headers()
            .get(k)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    let query_code = header("x-amzn-query-error")
        .and_then(|q| q.split(';').next().map(str::to_owned))
        .filter(|c| !c.is_empty());
    let code = header("x-amzn-errortype")
        .or_else(|| text("code"))
        .or_else(|| text("Code"))
        .or_else(|| text("__type"))
        .or_else(|| query_code.clone())
        .map(|c| sanitize_code(&c).to_owned())
        .unwrap_or_default();
    let legacy_code = query_code.filter(|q| *q != code);
    let message = text("message")
        .or_else(|| text("Message"))
        .or_else(|| text("errorMessage"));
    Ok(ServiceError {
        code,
        message,
        request_id: None,
        status: resp.status().as_u16(),
        legacy_code,
    })
}

/// `aws.protocoltests.restjson#FooError:http://internal.amazon.com/...` -> `FooError`.
pub(crate) fn sanitize_code(code: &str) -> &str {
    let code = code.split(':').next().unwrap_or(code);
    code.rsplit('#').next().unwrap_or(code).trim()
}

/// The restJson1 body codec.
pub(crate) struct JsonCodec;

impl BodyCodec for JsonCodec {
    fn content_type(&self) -> Option<&'static str> {
        Some("application/json")
    }

    fn blob_content_type(&self) -> Option<&'static str> {
        Some("application/octet-stream")
    }

    fn write_body(&self, ctx: &Ctx<'_>, schema: &Schema, fields: Value) -> Result<Option<Bytes>> {
        let has_fields =
            matches!(&fields, Value::Structure(f) if f.iter().any(|(_, v)| !v.is_null()));
        if has_fields {
            return Ok(Some(to_body(ctx, schema, &fields)?.into()));
        }
        // An empty object whenever the input has members that belong in the body.
        let has_body_members = members(schema)
            .iter()
            .any(|m| m.traits.location == Location::Body);
        Ok(has_body_members.then(|| Bytes::from_static(b"{}")))
    }

    fn written_body(&self, schema: &Schema, body: Vec<u8>, written: usize) -> Option<Bytes> {
        // An empty object whenever the input has members that belong in the body.
        let has_body_members = members(schema)
            .iter()
            .any(|m| m.traits.location == Location::Body);
        (written > 0 || has_body_members).then(|| Bytes::from(body))
    }

    fn write_payload(
        &self,
        ctx: &Ctx<'_>,
        member: &Member,
        value: Option<Value>,
    ) -> Result<Option<Bytes>> {
        let Some(value) = value else {
            return Ok(Some(Bytes::from_static(b"{}")));
        };
        let mut out = Vec::with_capacity(64);
        write_value(
            ctx,
            Some(member),
            ctx.schema(&member.target),
            &value,
            &mut out,
        )?;
        Ok(Some(out.into()))
    }

    fn read_body(
        &self,
        ctx: &Ctx<'_>,
        schema: &Schema,
        body: &[u8],
        out: &mut Vec<(Cow<'static, str>, Value)>,
    ) -> Result<()> {
        read_object_body(ctx, schema, body, true, out)
    }

    fn decode_body<'s>(
        &self,
        ctx: &Ctx<'s>,
        schema: &'s Schema,
        body: &[u8],
        target: &mut dyn crate::shape::DecodeStruct,
    ) -> Result<()> {
        decode_object_body(ctx, schema, body, true, target)
    }

    fn read_payload(&self, ctx: &Ctx<'_>, member: &Member, body: &[u8]) -> Result<Option<Value>> {
        let schema = ctx.schema(&member.target);
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(match schema.kind {
                Kind::Structure { .. } => Some(Value::structure()),
                _ => None,
            });
        }
        let v = read_document(ctx, Some(member), schema, body)?;
        Ok((!v.is_null()).then_some(v))
    }
}
