//! JSON bodies: awsJson1_0 / awsJson1_1 (RPC: `POST /` with `X-Amz-Target`) and the body
//! codec of restJson1. Timestamps are epoch seconds unless the model says otherwise, blobs
//! are base64, documents are written as they are.

mod decode;
mod encode;
mod read;

pub(crate) use encode::JsonEncoder;

use super::common::{members, Ctx, RequestParts};
use super::rest::BodyCodec;
use crate::datetime::DateTime;
use crate::error::{Result, ServiceError};
use crate::model::{Kind, Location, Member, Schema, SchemaRef};
use crate::value::Value;
use bytes::Bytes;
use read::{read_document, read_object_body};
use serde_json::Value as Json;
use std::borrow::Cow;

pub(crate) const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

// ---------------------------------------------------------------------------------------
// Writing (the writer is `json/encode.rs`)

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

    fn written_body(&self, schema: &Schema, body: Vec<u8>, written: usize) -> Option<Bytes> {
        // An empty object whenever the input has members that belong in the body.
        let has_body_members = members(schema)
            .iter()
            .any(|m| m.traits.location == Location::Body);
        (written > 0 || has_body_members).then(|| Bytes::from(body))
    }

    fn empty_payload(&self) -> Option<Bytes> {
        Some(Bytes::from_static(b"{}"))
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
