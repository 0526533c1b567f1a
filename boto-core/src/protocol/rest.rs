//! REST bindings shared by restJson1 and restXml: URI labels (`{Bucket}`, greedy
//! `{Key+}`), query string, headers, prefix headers, status code and payload members. The
//! body format is a [`BodyCodec`]; JSON and XML each provide one. This file builds
//! requests; `rest/read.rs` reads responses.

mod read;

#[cfg(test)]
pub(crate) use read::split_header_list;
pub(crate) use read::{decode, feed, parse, parse_shape, parse_streaming};

use super::common::{encode_label, format_float, members, timestamp_format, Ctx, RequestParts};
use crate::datetime::{DateTime, TimestampFormat};
use crate::error::{Error, Result};
use crate::http::ByteStream;
use crate::model::{Kind, Location, Member, Schema};
use crate::value::Value;
use base64::Engine as _;
use bytes::Bytes;
use std::borrow::Cow;

/// The body half of a REST protocol: what restJson1 and restXml differ in.
pub(crate) trait BodyCodec {
    /// `Content-Type` to send with a structure body when the input sets none
    /// (`application/json`); `None` to send no `Content-Type`.
    fn content_type(&self) -> Option<&'static str>;

    /// `Content-Type` to send with a blob payload when the input sets none.
    fn blob_content_type(&self) -> Option<&'static str> {
        None
    }

    /// The body of the input shape `schema` from the document an encoder wrote of its
    /// body members, `members` of them present.
    fn written_body(&self, schema: &Schema, body: Vec<u8>, members: usize) -> Option<Bytes>;

    /// The body of an absent structure payload.
    fn empty_payload(&self) -> Option<Bytes>;

    /// Reads the body members of the output (or error) shape `schema` from `body` into
    /// `out`. Called only when the shape has no `payload` member.
    fn read_body(
        &self,
        ctx: &Ctx<'_>,
        schema: &Schema,
        body: &[u8],
        out: &mut Vec<(Cow<'static, str>, Value)>,
    ) -> Result<()>;

    /// Reads a structure, union or document payload `member` from `body`; `Ok(None)` when
    /// there is nothing to read.
    fn read_payload(&self, ctx: &Ctx<'_>, member: &Member, body: &[u8]) -> Result<Option<Value>>;

    /// Reads the body members of the output shape `schema` from `body` straight into a
    /// typed `target`. Defaults to [`read_body`](BodyCodec::read_body) and the values.
    fn decode_body<'s>(
        &self,
        ctx: &Ctx<'s>,
        schema: &'s Schema,
        body: &[u8],
        target: &mut dyn crate::shape::DecodeStruct,
    ) -> Result<()> {
        let mut out = Vec::new();
        self.read_body(ctx, schema, body, &mut out)?;
        feed(ctx, schema, out, target)
    }
}

/// The body of a REST request written by an encoder (`protocol/encode.rs`) rather than
/// from values.
#[derive(Default)]
pub(crate) struct WrittenBody {
    /// The body members' document (when the input has no payload member).
    pub body: Vec<u8>,
    /// How many body members it holds.
    pub members: usize,
    /// A structure, union or document payload's document, if present.
    pub payload: Option<Vec<u8>>,
}

/// Builds a REST request from the input's bound members (labels, query string, headers,
/// a blob payload) in `fields`, its body already `written`.
pub(crate) fn build_with(
    ctx: &Ctx<'_>,
    mut fields: Vec<(Cow<'static, str>, Value)>,
    written: WrittenBody,
    codec: &dyn BodyCodec,
) -> Result<RequestParts> {
    let http = &ctx.op.http;
    let Some(schema) = ctx.input() else {
        return RequestParts::new(&http.method, render_uri(ctx, &http.request_uri, &[])?);
    };
    let mut labels: Vec<(&str, String)> = Vec::new();
    let mut query: Vec<(String, String)> = Vec::new();
    let mut map_query: Vec<(String, String)> = Vec::new();
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut payload_value = None;
    let payload_name = schema.traits.payload.as_deref();

    for m in members(schema) {
        let Some(pos) = fields.iter().position(|(k, _)| *k == m.name) else {
            continue;
        };
        let (_, value) = fields.swap_remove(pos);
        if value.is_null() {
            continue;
        }
        let target = ctx.schema(&m.target);
        if Some(&*m.name) == payload_name {
            payload_value = Some(value);
            continue;
        }
        match m.traits.location {
            Location::Uri => {
                labels.push((m.wire_name(), scalar_text(m, target, &value, Ts::Query)?))
            }
            Location::Querystring if matches!(target.kind, Kind::Map { .. }) => {
                add_query(ctx, m, target, value, &mut map_query)?
            }
            Location::Querystring => add_query(ctx, m, target, value, &mut query)?,
            Location::Header => {
                if let Some(v) = header_text(ctx, m, target, &value)? {
                    headers.push((m.wire_name().to_owned(), v));
                }
            }
            Location::Headers => {
                let Value::Map(entries) = value else {
                    return Err(type_error(m, "map", &value));
                };
                for (k, v) in entries {
                    match v {
                        Value::String(s) => headers.push((format!("{}{k}", m.wire_name()), s)),
                        Value::Null => {}
                        other => return Err(type_error(m, "map of strings", &other)),
                    }
                }
            }
            Location::StatusCode => {}
            // Written by the body's encoder (a copy may be here for the caller's use).
            Location::Body => {}
        }
    }

    if let Some((k, _)) = fields.iter().find(|(_, v)| !v.is_null()) {
        return Err(Error::invalid_input(format!(
            "{} has no member {k}",
            schema.name
        )));
    }
    // Named query members take precedence over a map of query parameters.
    let named = query.len();
    for (k, v) in map_query {
        if !query[..named].iter().any(|(n, _)| *n == k) {
            query.push((k, v));
        }
    }
    let mut req = RequestParts::new(&http.method, render_uri(ctx, &http.request_uri, &labels)?)?;
    req.query = query;
    for (k, v) in &headers {
        req.header(k, v)?;
    }

    let mut content_type = codec.content_type();
    if let Some(pname) = payload_name {
        let m = members(schema)
            .iter()
            .find(|m| m.name == pname)
            .ok_or_else(|| {
                Error::invalid_input(format!("payload member {pname} is not modeled"))
            })?;
        let target = ctx.schema(&m.target);
        match &target.kind {
            Kind::Blob | Kind::String => {
                content_type = match target.kind {
                    Kind::String => Some("text/plain"),
                    _ => codec.blob_content_type(),
                };
                req.body = match payload_value {
                    Some(Value::Blob(b)) => ByteStream::from(b),
                    Some(Value::Stream(s)) => s,
                    Some(Value::String(s)) => ByteStream::from(s),
                    Some(other) => return Err(type_error(m, "blob", &other)),
                    None => ByteStream::empty(),
                };
            }
            _ => {
                let b = match written.payload {
                    Some(b) => Some(Bytes::from(b)),
                    None => codec.empty_payload(),
                };
                if let Some(b) = b {
                    req.body = ByteStream::from(b);
                }
            }
        }
    } else {
        if let Some(b) = codec.written_body(schema, written.body, written.members) {
            req.body = ByteStream::from(b);
        }
    }
    let has_body = req.body.bytes().is_some_and(|b| !b.is_empty());
    if let Some(ct) = content_type {
        if has_body && !req.has_header("content-type") {
            req.header("Content-Type", ct)?;
        }
    }
    Ok(req)
}

/// Renders `/{Bucket}/{Key+}?uploads`: labels percent-encoded (greedy ones keep `/`).
fn render_uri(ctx: &Ctx<'_>, template: &str, labels: &[(&str, String)]) -> Result<String> {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..]
            .find('}')
            .map(|c| open + c)
            .ok_or_else(|| Error::invalid_input(format!("malformed URI template {template:?}")))?;
        let raw = &rest[open + 1..close];
        let (name, greedy) = match raw.strip_suffix('+') {
            Some(n) => (n, true),
            None => (raw, false),
        };
        let value = labels
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v)
            .ok_or_else(|| {
                Error::invalid_input(format!("{}: URI label {name} is required", ctx.op.name))
            })?;
        out.push_str(&encode_label(value, greedy));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

#[derive(Clone, Copy)]
enum Ts {
    Query,
    Header,
}

/// The text of a scalar in a URI label, query value or header.
fn scalar_text(m: &Member, target: &Schema, value: &Value, ts: Ts) -> Result<String> {
    Ok(match value {
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Integer(i) => i.to_string(),
        Value::Float(f) => format_float(*f),
        Value::BigNumber(n) => n.clone(),
        Value::Timestamp(t) => {
            let default = match ts {
                Ts::Query => TimestampFormat::DateTime,
                Ts::Header => TimestampFormat::HttpDate,
            };
            format_timestamp(t, timestamp_format(Some(m), target, default))
        }
        Value::Blob(b) => base64::engine::general_purpose::STANDARD.encode(b),
        other => return Err(type_error(m, "a scalar", other)),
    })
}

/// Timestamps as botocore writes them outside JSON bodies: ISO 8601 with microseconds when
/// there is a fraction, whole epoch seconds, HTTP dates.
pub(crate) fn format_timestamp(t: &DateTime, fmt: TimestampFormat) -> String {
    match fmt {
        TimestampFormat::DateTime if t.subsec_nanos() != 0 => {
            let whole = DateTime::from_secs(t.secs()).format(TimestampFormat::DateTime);
            format!(
                "{}.{:06}Z",
                whole.trim_end_matches('Z'),
                t.subsec_nanos() / 1000
            )
        }
        TimestampFormat::EpochSeconds => t.secs().to_string(),
        f => t.format(f),
    }
}

fn type_error(m: &Member, expected: &str, got: &Value) -> Error {
    Error::invalid_input(format!(
        "member {} must be {expected}, not {}",
        m.name,
        got.type_name()
    ))
}

fn add_query(
    ctx: &Ctx<'_>,
    m: &Member,
    target: &Schema,
    value: Value,
    query: &mut Vec<(String, String)>,
) -> Result<()> {
    match (&target.kind, value) {
        (Kind::Map { value: vm, .. }, Value::Map(entries)) => {
            let vt = ctx.schema(&vm.target);
            for (k, v) in entries {
                match v {
                    Value::List(items) => {
                        let Kind::List { member } = &vt.kind else {
                            return Err(type_error(m, "map of strings", &Value::List(items)));
                        };
                        let it = ctx.schema(&member.target);
                        for item in items {
                            query.push((k.clone(), scalar_text(member, it, &item, Ts::Query)?));
                        }
                    }
                    Value::Null => {}
                    v => query.push((k, scalar_text(vm, vt, &v, Ts::Query)?)),
                }
            }
        }
        (Kind::List { member }, Value::List(items)) => {
            let it = ctx.schema(&member.target);
            for item in items {
                let text = scalar_text(member, it, &item, Ts::Query)?;
                query.push((m.wire_name().to_owned(), text));
            }
        }
        (_, v) => query.push((
            m.wire_name().to_owned(),
            scalar_text(m, target, &v, Ts::Query)?,
        )),
    }
    Ok(())
}

/// A header's text; `None` for an empty list (not sent).
fn header_text(
    ctx: &Ctx<'_>,
    m: &Member,
    target: &Schema,
    value: &Value,
) -> Result<Option<String>> {
    match (&target.kind, value) {
        (Kind::List { member }, Value::List(items)) => {
            if items.is_empty() {
                return Ok(None);
            }
            let it = ctx.schema(&member.target);
            let mut parts = Vec::with_capacity(items.len());
            for item in items.iter().filter(|v| !v.is_null()) {
                let text = scalar_text(member, it, item, Ts::Header)?;
                if matches!(item, Value::String(_)) && (text.contains(',') || text.contains('"')) {
                    parts.push(format!(
                        "\"{}\"",
                        text.replace('\\', "\\\\").replace('"', "\\\"")
                    ));
                } else {
                    parts.push(text);
                }
            }
            // Joined with a bare comma, as botocore sends them.
            Ok(Some(parts.join(",")))
        }
        (_, Value::String(s)) if m.traits.json_value => {
            // Compact JSON, base64: re-serialize to drop insignificant whitespace.
            let compact = serde_json::from_str::<serde_json::Value>(s)
                .map(|v| v.to_string())
                .unwrap_or_else(|_| s.clone());
            Ok(Some(
                base64::engine::general_purpose::STANDARD.encode(compact),
            ))
        }
        (_, Value::Document(d)) if m.traits.json_value => Ok(Some(
            base64::engine::general_purpose::STANDARD.encode(d.to_string()),
        )),
        _ => scalar_text(m, target, value, Ts::Header).map(Some),
    }
}
