//! The response half of the REST bindings: status code, headers, prefix headers, then the
//! payload or the body members (through the protocol's [`BodyCodec`]).

use super::BodyCodec;
use crate::datetime::{DateTime, TimestampFormat};
use crate::error::{Error, Result};
use crate::http::ByteStream;
use crate::model::{Kind, Location, Member, Schema, SchemaRef};
use crate::protocol::common::{
    members, parse_bool, parse_float, parse_integer, streaming_output, timestamp_format, Ctx,
};
use crate::shape::{in_member, DecodeStruct, ValueDecoder};
use crate::value::Value;
use base64::Engine as _;
use bytes::Bytes;
use std::borrow::Cow;

/// Parses a successful REST response into the output value.
pub(crate) fn parse(
    ctx: &Ctx<'_>,
    resp: &http::Response<Bytes>,
    codec: &dyn BodyCodec,
) -> Result<Value> {
    match &ctx.op.output {
        Some(r) => parse_shape(ctx, r, resp, codec),
        None => Ok(Value::structure()),
    }
}

/// Parses a response against `shape` (an output or an error shape): status code, headers,
/// prefix headers, then the payload or the body members.
pub(crate) fn parse_shape(
    ctx: &Ctx<'_>,
    shape: &SchemaRef,
    resp: &http::Response<Bytes>,
    codec: &dyn BodyCodec,
) -> Result<Value> {
    let schema = ctx.schema(shape);
    let mut out = Vec::new();
    read_bindings(
        ctx,
        schema,
        resp.status().as_u16(),
        resp.headers(),
        &mut out,
    )?;
    let body = resp.body();
    match schema.traits.payload.as_deref() {
        Some(pname) => {
            if let Some(m) = members(schema).iter().find(|m| m.name == pname) {
                let target = ctx.schema(&m.target);
                let v = match &target.kind {
                    Kind::Blob if target.traits.streaming => {
                        Some(Value::Stream(ByteStream::from(body.clone())))
                    }
                    Kind::Blob => Some(Value::Blob(body.clone())),
                    Kind::String => Some(Value::String(
                        String::from_utf8(body.to_vec())
                            .map_err(|_| Error::decode("payload is not valid UTF-8"))?,
                    )),
                    _ => codec.read_payload(ctx, m, body)?,
                };
                if let Some(v) = v {
                    out.push((m.name.clone(), v));
                }
            }
        }
        None => codec.read_body(ctx, schema, body, &mut out)?,
    }
    Ok(Value::Structure(out))
}

/// Reads a successful response straight into a typed output `target`: the bindings and a
/// payload as values, the body members through the codec's direct reader.
pub(crate) fn decode<'s>(
    ctx: &Ctx<'s>,
    resp: &http::Response<Bytes>,
    codec: &dyn BodyCodec,
    target: &mut dyn DecodeStruct,
) -> Result<()> {
    let Some(shape) = &ctx.op.output else {
        return Ok(());
    };
    let schema = ctx.schema(shape);
    if schema.traits.payload.is_some() {
        let Value::Structure(fields) = parse_shape(ctx, shape, resp, codec)? else {
            return Ok(());
        };
        return feed(ctx, schema, fields, target);
    }
    let mut out = Vec::new();
    read_bindings(
        ctx,
        schema,
        resp.status().as_u16(),
        resp.headers(),
        &mut out,
    )?;
    feed(ctx, schema, out, target)?;
    codec.decode_body(ctx, schema, resp.body(), target)
}

/// Hands members read as values (by model name) to a typed `target`.
pub(crate) fn feed<'s>(
    ctx: &Ctx<'s>,
    schema: &'s Schema,
    values: Vec<(Cow<'static, str>, Value)>,
    target: &mut dyn DecodeStruct,
) -> Result<()> {
    let all = members(schema);
    for (name, v) in values {
        let Some(i) = all.iter().position(|m| m.name == name) else {
            continue;
        };
        let m = &all[i];
        target
            .decode_member(i, &mut ValueDecoder::for_member(v, m, ctx.shapes))
            .map_err(|e| in_member(schema, m, e))?;
    }
    Ok(())
}

/// A successful response whose output payload is a stream: the bindings, plus the body
/// handed over untouched.
pub(crate) fn parse_streaming(
    ctx: &Ctx<'_>,
    parts: &http::response::Parts,
    body: ByteStream,
) -> Result<Value> {
    let mut out = Vec::new();
    if let Some(schema) = ctx.output() {
        read_bindings(ctx, schema, parts.status.as_u16(), &parts.headers, &mut out)?;
    }
    if let Some(m) = streaming_output(ctx) {
        out.push((m.name.clone(), Value::Stream(body)));
    }
    Ok(Value::Structure(out))
}

/// Reads the status code, header and prefix-header members of `schema`.
pub(crate) fn read_bindings(
    ctx: &Ctx<'_>,
    schema: &Schema,
    status: u16,
    headers: &http::HeaderMap,
    out: &mut Vec<(Cow<'static, str>, Value)>,
) -> Result<()> {
    for m in members(schema) {
        let target = ctx.schema(&m.target);
        match m.traits.location {
            Location::StatusCode => out.push((m.name.clone(), Value::Integer(status as i64))),
            Location::Header => {
                let mut values = headers.get_all(m.wire_name()).iter();
                let Some(first) = values.next() else {
                    continue;
                };
                let mut text = std::borrow::Cow::Borrowed(header_str(first)?);
                // A header sent on several lines is one comma-separated list (RFC 9110).
                for more in values {
                    let t = text.to_mut();
                    t.push_str(", ");
                    t.push_str(header_str(more)?);
                }
                out.push((m.name.clone(), parse_header(ctx, m, target, &text)?));
            }
            Location::Headers => {
                let prefix = m.wire_name().to_ascii_lowercase();
                let mut map = Vec::new();
                for (name, v) in headers {
                    if let Some(rest) = name.as_str().strip_prefix(&prefix) {
                        map.push((rest.to_owned(), Value::String(header_str(v)?.to_owned())));
                    }
                }
                out.push((m.name.clone(), Value::Map(map)));
            }
            _ => {}
        }
    }
    Ok(())
}

fn header_str(v: &http::HeaderValue) -> Result<&str> {
    std::str::from_utf8(v.as_bytes()).map_err(|_| Error::decode("a response header is not UTF-8"))
}

/// Parses one header value by its shape.
fn parse_header(ctx: &Ctx<'_>, m: &Member, target: &Schema, text: &str) -> Result<Value> {
    Ok(match &target.kind {
        Kind::String if m.traits.json_value => {
            let raw = base64::engine::general_purpose::STANDARD
                .decode(text.trim())
                .map_err(|_| Error::decode(format!("header {} is not base64", m.wire_name())))?;
            let s = String::from_utf8(raw)
                .map_err(|_| Error::decode(format!("header {} is not UTF-8", m.wire_name())))?;
            serde_json::from_str::<serde_json::Value>(&s)
                .map_err(|e| Error::decode(format!("header {} is not JSON: {e}", m.wire_name())))?;
            Value::String(s)
        }
        Kind::String => Value::String(text.to_owned()),
        Kind::Boolean => parse_bool(text)?,
        Kind::Integer => parse_integer(text)?,
        Kind::Float => parse_float(text)?,
        Kind::BigNumber => Value::BigNumber(text.trim().to_owned()),
        Kind::Timestamp => Value::Timestamp(DateTime::parse_any(text)?),
        Kind::Blob => Value::Blob(
            base64::engine::general_purpose::STANDARD
                .decode(text.trim())
                .map_err(|_| Error::decode(format!("header {} is not base64", m.wire_name())))?
                .into(),
        ),
        Kind::List { member } => {
            let it = ctx.schema(&member.target);
            let items = if matches!(it.kind, Kind::Timestamp)
                && timestamp_format(Some(member), it, TimestampFormat::HttpDate)
                    == TimestampFormat::HttpDate
            {
                split_http_dates(text)
            } else {
                split_header_list(text)
            };
            let mut out = Vec::with_capacity(items.len());
            for item in items {
                out.push(parse_header(ctx, member, it, &item)?);
            }
            Value::List(out)
        }
        _ => {
            return Err(Error::decode(format!(
                "header {} has an unsupported type",
                m.wire_name()
            )))
        }
    })
}

/// Splits a header list on commas outside double quotes; quoted items are unescaped.
pub(crate) fn split_header_list(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut chars = text.chars().peekable();
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace()) {
            chars.next();
        }
        let mut item = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => {
                        if let Some(n) = chars.next() {
                            item.push(n);
                        }
                    }
                    '"' => break,
                    c => item.push(c),
                }
            }
            // skip to the next comma
            for c in chars.by_ref() {
                if c == ',' {
                    break;
                }
            }
            items.push(item);
        } else {
            let mut ended = true;
            for c in chars.by_ref() {
                if c == ',' {
                    ended = false;
                    break;
                }
                item.push(c);
            }
            items.push(item.trim().to_owned());
            if ended {
                break;
            }
            continue;
        }
        if chars.peek().is_none() {
            break;
        }
    }
    items
}

/// HTTP dates contain a comma themselves: `Mon, 16 Dec 2019 23:48:18 GMT, Tue, ...`.
fn split_http_dates(text: &str) -> Vec<String> {
    let parts: Vec<&str> = text.split(',').map(str::trim).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < parts.len() {
        if i + 1 < parts.len()
            && parts[i].len() == 3
            && parts[i].bytes().all(|b| b.is_ascii_alphabetic())
        {
            out.push(format!("{}, {}", parts[i], parts[i + 1]));
            i += 2;
        } else {
            out.push(parts[i].to_owned());
            i += 1;
        }
    }
    out
}
