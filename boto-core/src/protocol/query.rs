//! awsQuery and ec2Query: form-encoded requests, XML responses.
//!
//! Requests are `POST` bodies `Action=Op&Version=apiVersion&...` in
//! `application/x-www-form-urlencoded; charset=utf-8`, each input member flattened into a
//! dotted key. awsQuery writes lists as `Name.member.N` (or `Name.N` when flattened, the
//! element's `locationName` replacing `member`), maps as `Name.entry.N.key` / `.value`
//! (renamable, flattenable) and empty lists as `Name=`. ec2Query names members by
//! `queryName`, else the capitalised `locationName`, else the capitalised member name, always
//! flattens lists and skips empty ones. Scalars: timestamps ISO 8601 unless the model says
//! otherwise, booleans `true`/`false`, blobs base64, floats with `NaN`/`Infinity`.
//!
//! Responses are `<OpResponse><OpResult>..</OpResult><ResponseMetadata>..` (awsQuery, the
//! `resultWrapper` element) or `<OpResponse>..<requestId>` (ec2). Errors are read by
//! [`xml_service_error`], shared with restXml.

mod encode;

pub(crate) use encode::QueryEncoder;

use super::common::{format_float, Ctx, RequestParts};
use super::rest::format_timestamp;
use super::xml_decode::decode_structure;
use super::xml_tree::{self, Element};
use crate::datetime::{DateTime, TimestampFormat};
use crate::error::{Error, Result, ServiceError};
use crate::http::ByteStream;
use crate::model::{Kind, Operation, Protocol, Schema, SchemaRef};
use crate::value::Value;
use base64::Engine as _;
use bytes::Bytes;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use std::borrow::Cow;

/// The `Content-Type` of query requests.
pub(crate) const CONTENT_TYPE: &str = "application/x-www-form-urlencoded; charset=utf-8";

/// Characters left as they are in form values: alphanumerics and `-_.~` (as Python's
/// `quote_plus`, which botocore uses); space becomes `+`.
const FORM: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~')
    .remove(b' ');

pub(crate) fn form_encode(out: &mut String, s: &str) {
    for chunk in utf8_percent_encode(s, FORM) {
        if chunk.contains(' ') {
            out.push_str(&chunk.replace(' ', "+"));
        } else {
            out.push_str(chunk);
        }
    }
}

/// The text of a scalar value for a form, a query string, a header or an XML element.
/// `fmt` is the timestamp format to use (member trait, else shape trait, else protocol
/// default). Lenient about the value's variant where botocore is (epoch numbers for
/// timestamps, strings for blobs).
pub(crate) fn scalar_text(
    schema: &Schema,
    fmt: TimestampFormat,
    value: &Value,
    what: &str,
) -> Result<String> {
    let bad = || {
        Error::invalid_input(format!(
            "{what}: a {} cannot be sent as {}",
            value.type_name(),
            kind_name(&schema.kind)
        ))
    };
    Ok(match (&schema.kind, value) {
        (Kind::Timestamp, Value::Timestamp(t)) => format_timestamp(t, fmt),
        (Kind::Timestamp, Value::Integer(n)) => format_timestamp(&DateTime::from_secs(*n), fmt),
        (Kind::Timestamp, Value::Float(f)) => format_timestamp(&DateTime::from_secs_f64(*f), fmt),
        (Kind::Timestamp, Value::String(s)) => format_timestamp(
            &DateTime::parse_any(s)
                .map_err(|_| Error::invalid_input(format!("{what}: invalid timestamp {s:?}")))?,
            fmt,
        ),
        (Kind::Blob, Value::Blob(b)) => base64::engine::general_purpose::STANDARD.encode(b),
        (Kind::Blob, Value::String(s)) => base64::engine::general_purpose::STANDARD.encode(s),
        (_, Value::String(s)) => s.clone(),
        (_, Value::Bool(b)) => b.to_string(),
        (_, Value::Integer(n)) => n.to_string(),
        (_, Value::Float(f)) => format_float(*f),
        (_, Value::BigNumber(n)) => n.clone(),
        (_, Value::Timestamp(t)) => format_timestamp(t, fmt),
        _ => return Err(bad()),
    })
}

pub(crate) fn kind_name(k: &Kind) -> &'static str {
    match k {
        Kind::Structure { .. } => "a structure",
        Kind::List { .. } => "a list",
        Kind::Map { .. } => "a map",
        Kind::String => "a string",
        Kind::Boolean => "a boolean",
        Kind::Integer => "an integer",
        Kind::Float => "a number",
        Kind::BigNumber => "a number",
        Kind::Timestamp => "a timestamp",
        Kind::Blob => "a blob",
        Kind::Document => "a document",
    }
}

pub(crate) fn capitalize(s: &str) -> Cow<'_, str> {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => Cow::Owned(c.to_uppercase().chain(chars).collect()),
        _ => Cow::Borrowed(s),
    }
}

/// The form body of `input` (no idempotency token filled).
#[cfg(test)]
pub(crate) fn serialize_body(ctx: &Ctx<'_>, input: Value) -> Result<Vec<u8>> {
    let Some(schema) = ctx.input() else {
        return Ok(super::encode::query_start(ctx).into_bytes());
    };
    let ec2 = ctx.meta.protocol == Protocol::Ec2Query;
    let start = super::encode::query_start(ctx);
    let mut e = QueryEncoder::new(ctx.shapes, schema, ec2, start);
    crate::shape::encode_value(input, &mut e)?;
    Ok(e.finish().into_bytes())
}

/// A query request with its form `body`.
pub(crate) fn parts(ctx: &Ctx<'_>, body: Vec<u8>) -> Result<RequestParts> {
    let path = match &*ctx.op.http.request_uri {
        "" => "/",
        p => p,
    };
    let method = match &*ctx.op.http.method {
        "" => "POST",
        m => m,
    };
    let mut req = RequestParts::new(method, path)?;
    req.header("Content-Type", CONTENT_TYPE)?;
    req.body = ByteStream::from(body);
    Ok(req)
}

/// True for an empty or whitespace-only body.
pub(crate) fn is_blank(body: &[u8]) -> bool {
    body.iter().all(|b| b.is_ascii_whitespace())
}

/// Parses a successful query or ec2 response into the output value.
pub(crate) fn parse(ctx: &Ctx<'_>, resp: &http::Response<Bytes>) -> Result<Value> {
    let Some(schema) = ctx.output() else {
        return Ok(Value::structure());
    };
    let body = resp.body();
    if is_blank(body) {
        return Ok(Value::structure());
    }
    let root = xml_tree::parse(body)?;
    let start = match ctx.meta.protocol {
        Protocol::AwsQuery => result_element(&root, ctx.op),
        _ => &root,
    };
    decode_structure(ctx.shapes, schema, start)
}

/// Reads a successful query or ec2 response straight into a typed output `target`.
pub(crate) fn decode(
    ctx: &Ctx<'_>,
    resp: &http::Response<Bytes>,
    target: &mut dyn crate::shape::DecodeStruct,
) -> Result<()> {
    use crate::shape::Decoder as _;
    let Some(schema) = ctx.output() else {
        return Ok(());
    };
    let body = resp.body();
    if is_blank(body) {
        return Ok(());
    }
    let mut d = super::xml_read::XmlDecoder::root(body, schema, ctx.shapes)?;
    if ctx.meta.protocol == Protocol::AwsQuery {
        // As `result_element`: the `resultWrapper`, else `<{Op}Result>`, else the root. A
        // reader that streams cannot look ahead, so a name absent from the body is passed
        // over at once.
        let default = format!("{}Result", ctx.op.name);
        let wrapper = [ctx.op.result_wrapper.as_deref(), Some(default.as_str())]
            .into_iter()
            .flatten()
            .find(|w| mentions(body, w));
        if let Some(w) = wrapper {
            if !d.enter_child(w)? {
                return d.finish();
            }
        }
    }
    d.structure(target)?;
    d.finish()
}

/// True when `body` has a tag `<name` (or `<p:name`) followed by `>`, `/` or a space.
fn mentions(body: &[u8], name: &str) -> bool {
    let name = name.as_bytes();
    body.windows(name.len() + 1).enumerate().any(|(i, w)| {
        (w[0] == b'<' || w[0] == b':')
            && &w[1..] == name
            && matches!(
                body.get(i + 1 + name.len()),
                Some(b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r')
            )
    })
}

/// The `resultWrapper` element (`<CreateQueueResult>`), else `<{Op}Result>`, else the root.
fn result_element<'a>(root: &'a Element, op: &Operation) -> &'a Element {
    if let Some(w) = &op.result_wrapper {
        if let Some(el) = root.child(w) {
            return el;
        }
    }
    let default = format!("{}Result", op.name);
    root.child(&default).unwrap_or(root)
}

fn header<'a>(resp: &'a http::Response<Bytes>, name: &str) -> Option<&'a str> {
    resp.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .filter(|s| !s.is_empty())
}

/// The `<Error>` element of an XML error document: the root itself (S3), under
/// `<ErrorResponse>` (awsQuery, most restXml) or under `<Response><Errors>` (ec2).
pub(crate) fn error_element(root: &Element) -> Option<&Element> {
    if root.name == "Error" {
        return Some(root);
    }
    root.child("Error")
        .or_else(|| root.child("Errors").and_then(|e| e.child("Error")))
}

/// Reads the common parts of an XML protocol error answer.
///
/// Understands `<ErrorResponse><Error>..</Error><RequestId>` (awsQuery, most restXml),
/// `<Response><Errors><Error>..</Error></Errors><RequestID>` (ec2) and a bare `<Error>`
/// root (S3). The `x-amzn-query-error: Code;Sender` header overrides the code. A body that
/// is empty or not XML (an HTML page from a proxy) yields the HTTP status as the code and
/// its reason phrase as the message, as botocore does.
pub(crate) fn xml_service_error(resp: &http::Response<Bytes>) -> ServiceError {
    let status = resp.status();
    let mut code = None;
    let mut message = None;
    let mut request_id = None;
    if !is_blank(resp.body()) {
        if let Ok(root) = xml_tree::parse(resp.body()) {
            if let Some(err) = error_element(&root) {
                code = err.child_text("Code").map(str::trim).map(str::to_owned);
                message = err
                    .child_text("Message")
                    .or_else(|| err.child_text("message"))
                    .map(str::to_owned);
                request_id = err.child_text("RequestId").map(str::to_owned);
            }
            request_id = root
                .child_text("RequestId")
                .or_else(|| root.child_text("RequestID"))
                .or_else(|| root.child_text("requestId"))
                .map(str::to_owned)
                .or(request_id);
        }
    }
    if let Some(q) = header(resp, "x-amzn-query-error") {
        if let Some(c) = q.split(';').next().filter(|c| !c.is_empty()) {
            code = Some(c.to_owned());
        }
    }
    let code = match code.filter(|c| !c.is_empty()) {
        Some(c) => c,
        None => {
            if message.is_none() {
                message = status.canonical_reason().map(str::to_owned);
            }
            status.as_u16().to_string()
        }
    };
    let request_id = request_id
        .filter(|r| !r.is_empty())
        .or_else(|| header(resp, "x-amzn-requestid").map(str::to_owned))
        .or_else(|| header(resp, "x-amz-request-id").map(str::to_owned));
    ServiceError {
        code,
        message,
        request_id,
        status: status.as_u16(),
        legacy_code: None,
    }
}

/// The common parts of a query or ec2 error answer.
pub(crate) fn read_error(_ctx: &Ctx<'_>, resp: &http::Response<Bytes>) -> Result<ServiceError> {
    Ok(xml_service_error(resp))
}

/// The modeled members of an error shape, read from the `<Error>` element.
pub(crate) fn parse_error_shape(
    ctx: &Ctx<'_>,
    shape: &SchemaRef,
    resp: &http::Response<Bytes>,
) -> Result<Value> {
    let root = xml_tree::parse(resp.body())?;
    let el = error_element(&root).unwrap_or(&root);
    decode_structure(ctx.shapes, ctx.schema(shape), el)
}

#[cfg(test)]
mod tests;
