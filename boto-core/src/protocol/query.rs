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
//! [`xml_error`], shared with restXml.

use super::xml_decode::{decode_structure, is_flattened};
use super::xml_tree::{self, Element};
use crate::datetime::{DateTime, TimestampFormat};
use crate::error::{Error, Result, ServiceError};
use crate::model::{Kind, Member, Operation, Protocol, Schema, ServiceMeta, Shapes};
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

fn form_encode(out: &mut String, s: &str) {
    for chunk in utf8_percent_encode(s, FORM) {
        out.push_str(&chunk.replace(' ', "+"));
    }
}

/// A fresh random (version 4) UUID for idempotency tokens.
pub(crate) fn uuid_v4() -> String {
    let mut b: [u8; 16] = fastrand::u128(..).to_le_bytes();
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h = hex::encode(b);
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// Fills absent top-level `idempotencyToken` members with fresh UUIDs.
pub(crate) fn fill_idempotency_tokens(shapes: &Shapes, schema: &Schema, input: &mut Value) {
    if let (Kind::Structure { members, .. }, Value::Structure(_)) = (&schema.kind, &*input) {
        for m in members.iter().filter(|m| m.traits.idempotency_token) {
            if input.get(&m.name).is_none_or(Value::is_null) {
                let _ = shapes; // tokens are strings whatever the target
                input.set(m.name.clone(), Value::String(uuid_v4()));
            }
        }
    }
}

/// Formats a float as AWS expects (`NaN`, `Infinity`, `-Infinity`, shortest round-trip).
pub(crate) fn format_float(f: f64) -> String {
    if f.is_nan() {
        "NaN".into()
    } else if f == f64::INFINITY {
        "Infinity".into()
    } else if f == f64::NEG_INFINITY {
        "-Infinity".into()
    } else {
        f.to_string()
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
        (Kind::Timestamp, Value::Timestamp(t)) => t.format(fmt),
        (Kind::Timestamp, Value::Integer(n)) => DateTime::from_secs(*n).format(fmt),
        (Kind::Timestamp, Value::Float(f)) => DateTime::from_secs_f64(*f).format(fmt),
        (Kind::Timestamp, Value::String(s)) => DateTime::parse_any(s)
            .map_err(|_| Error::invalid_input(format!("{what}: invalid timestamp {s:?}")))?
            .format(fmt),
        (Kind::Blob, Value::Blob(b)) => base64::engine::general_purpose::STANDARD.encode(b),
        (Kind::Blob, Value::String(s)) => base64::engine::general_purpose::STANDARD.encode(s),
        (_, Value::String(s)) => s.clone(),
        (_, Value::Bool(b)) => b.to_string(),
        (_, Value::Integer(n)) => n.to_string(),
        (_, Value::Float(f)) => format_float(*f),
        (_, Value::BigNumber(n)) => n.clone(),
        (_, Value::Timestamp(t)) => t.format(fmt),
        _ => return Err(bad()),
    })
}

fn kind_name(k: &Kind) -> &'static str {
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

/// The timestamp format of a member: its own trait, its shape's, else `default`.
pub(crate) fn timestamp_format(
    m: Option<&Member>,
    target: &Schema,
    default: TimestampFormat,
) -> TimestampFormat {
    m.and_then(|m| m.traits.timestamp_format)
        .or(target.traits.timestamp_format)
        .unwrap_or(default)
}

fn capitalize(s: &str) -> Cow<'_, str> {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c.is_lowercase() => Cow::Owned(c.to_uppercase().chain(chars).collect()),
        _ => Cow::Borrowed(s),
    }
}

struct FormWriter<'a> {
    shapes: &'a Shapes,
    ec2: bool,
    out: String,
}

impl FormWriter<'_> {
    fn pair(&mut self, key: &str, value: &str) {
        self.out.push('&');
        form_encode(&mut self.out, key);
        self.out.push('=');
        form_encode(&mut self.out, value);
    }

    fn member_key<'m>(&self, m: &'m Member, target: &'m Schema) -> Cow<'m, str> {
        if self.ec2 {
            if let Some(q) = &m.traits.query_name {
                return Cow::Borrowed(q);
            }
            return match &m.traits.location_name {
                Some(l) => capitalize(l),
                None => capitalize(&m.name),
            };
        }
        if let Some(l) = &m.traits.location_name {
            return Cow::Borrowed(l);
        }
        // A flattened list named after its element (botocore: `AttributeName.1`).
        if let Kind::List { member } = &target.kind {
            if is_flattened(m, target) {
                if let Some(l) = &member.traits.location_name {
                    return Cow::Borrowed(l);
                }
            }
        }
        Cow::Borrowed(&m.name)
    }

    fn structure(&mut self, prefix: &str, schema: &Schema, value: &Value) -> Result<()> {
        let Kind::Structure { members, .. } = &schema.kind else {
            return Err(Error::invalid_input(format!(
                "{prefix}: expected a structure"
            )));
        };
        let Value::Structure(fields) = value else {
            return Err(Error::invalid_input(format!(
                "{}: expected a structure, got a {}",
                if prefix.is_empty() {
                    &schema.name
                } else {
                    prefix
                },
                value.type_name()
            )));
        };
        for (name, v) in fields {
            if v.is_null() {
                continue;
            }
            let m = members.iter().find(|m| m.name == *name).ok_or_else(|| {
                Error::invalid_input(format!("{} has no member {name:?}", schema.name))
            })?;
            let target = self.shapes.get(&m.target);
            let key = self.member_key(m, target);
            let full = if prefix.is_empty() {
                key.into_owned()
            } else {
                format!("{prefix}.{key}")
            };
            self.value(&full, Some(m), target, v)?;
        }
        Ok(())
    }

    fn value(
        &mut self,
        prefix: &str,
        m: Option<&Member>,
        schema: &Schema,
        v: &Value,
    ) -> Result<()> {
        match &schema.kind {
            Kind::Structure { .. } => self.structure(prefix, schema, v),
            Kind::List { member } => {
                let Value::List(items) = v else {
                    return Err(Error::invalid_input(format!(
                        "{prefix}: expected a list, got a {}",
                        v.type_name()
                    )));
                };
                if items.is_empty() {
                    if !self.ec2 {
                        self.pair(prefix, "");
                    }
                    return Ok(());
                }
                let flat =
                    self.ec2 || m.is_some_and(|m| m.traits.flattened) || schema.traits.flattened;
                let base = if flat {
                    prefix.to_owned()
                } else {
                    let name = member.traits.location_name.as_deref().unwrap_or("member");
                    format!("{prefix}.{name}")
                };
                let item_schema = self.shapes.get(&member.target);
                for (i, item) in items.iter().enumerate() {
                    self.value(
                        &format!("{base}.{}", i + 1),
                        Some(member),
                        item_schema,
                        item,
                    )?;
                }
                Ok(())
            }
            Kind::Map { key, value } => {
                let Value::Map(entries) = v else {
                    return Err(Error::invalid_input(format!(
                        "{prefix}: expected a map, got a {}",
                        v.type_name()
                    )));
                };
                let flat = m.is_some_and(|m| m.traits.flattened) || schema.traits.flattened;
                let base = if flat {
                    prefix.to_owned()
                } else {
                    format!("{prefix}.entry")
                };
                let key_name = key.traits.location_name.as_deref().unwrap_or("key");
                let value_name = value.traits.location_name.as_deref().unwrap_or("value");
                let value_schema = self.shapes.get(&value.target);
                for (i, (k, item)) in entries.iter().enumerate() {
                    self.pair(&format!("{base}.{}.{key_name}", i + 1), k);
                    if !item.is_null() {
                        let p = format!("{base}.{}.{value_name}", i + 1);
                        self.value(&p, Some(value), value_schema, item)?;
                    }
                }
                Ok(())
            }
            _ => {
                let fmt = timestamp_format(m, schema, TimestampFormat::DateTime);
                let text = scalar_text(schema, fmt, v, prefix)?;
                self.pair(prefix, &text);
                Ok(())
            }
        }
    }
}

/// Serializes an operation's input into the form body.
pub(crate) fn serialize_body(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    input: &Value,
) -> Result<Vec<u8>> {
    let mut w = FormWriter {
        shapes,
        ec2: meta.protocol == Protocol::Ec2Query,
        out: String::with_capacity(128),
    };
    w.out.push_str("Action=");
    form_encode(&mut w.out, &op.name);
    w.out.push_str("&Version=");
    form_encode(&mut w.out, &meta.api_version);
    if let Some(input_ref) = &op.input {
        if !input.is_null() {
            let schema = shapes.get(input_ref);
            w.structure("", schema, input)?;
        }
    }
    Ok(w.out.into_bytes())
}

/// Builds the whole request: `POST` to the endpoint (its base path kept), form body,
/// `Content-Type` and `Content-Length`.
pub(crate) fn build_request(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    mut input: Value,
    endpoint: &http::Uri,
) -> Result<http::Request<crate::http::ByteStream>> {
    if let Some(r) = &op.input {
        fill_idempotency_tokens(shapes, shapes.get(r), &mut input);
    }
    let body = serialize_body(meta, shapes, op, &input)?;
    let base = endpoint.path().trim_end_matches('/');
    let uri = format!(
        "{}://{}{}{}",
        endpoint.scheme_str().unwrap_or("https"),
        endpoint.authority().map(|a| a.as_str()).unwrap_or(""),
        base,
        if op.http.request_uri.is_empty() {
            "/"
        } else {
            &op.http.request_uri
        }
    );
    http::Request::builder()
        .method(http::Method::POST)
        .uri(uri)
        .header(http::header::CONTENT_TYPE, CONTENT_TYPE)
        .header(http::header::CONTENT_LENGTH, body.len())
        .body(crate::http::ByteStream::from(body))
        .map_err(|e| Error::invalid_input(format!("cannot build the request: {e}")))
}

fn is_blank(body: &[u8]) -> bool {
    body.iter().all(|b| b.is_ascii_whitespace())
}

/// Parses a query or ec2 response: the output value, or the service error.
pub(crate) fn parse_response(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    resp: &http::Response<Bytes>,
) -> Result<Value> {
    if !resp.status().is_success() {
        return Err(xml_error(resp));
    }
    let Some(output) = &op.output else {
        return Ok(Value::structure());
    };
    let body = resp.body();
    if is_blank(body) {
        return Ok(Value::structure());
    }
    let root = xml_tree::parse(body)?;
    let schema = shapes.get(output);
    let start = match meta.protocol {
        Protocol::AwsQuery => result_element(&root, op),
        _ => &root,
    };
    decode_structure(shapes, schema, start)
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

/// Reads an XML protocol error response into [`Error::service`].
///
/// Understands `<ErrorResponse><Error>..</Error><RequestId>` (awsQuery, most restXml),
/// `<Response><Errors><Error>..</Error></Errors><RequestID>` (ec2) and a bare `<Error>`
/// root (S3). The `x-amzn-query-error: Code;Sender` header overrides the code. A body that
/// is empty or not XML (an HTML page from a proxy) yields the HTTP status as the code and
/// its reason phrase as the message, as botocore does.
pub(crate) fn xml_error(resp: &http::Response<Bytes>) -> Error {
    let status = resp.status();
    let mut code = None;
    let mut message = None;
    let mut request_id = None;
    if !is_blank(resp.body()) {
        if let Ok(root) = xml_tree::parse(resp.body()) {
            let err = if root.name == "Error" {
                Some(&root)
            } else {
                root.child("Error")
                    .or_else(|| root.child("Errors").and_then(|e| e.child("Error")))
            };
            if let Some(err) = err {
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
    Error::service(ServiceError {
        code,
        message,
        request_id,
        status: status.as_u16(),
    })
}

#[cfg(test)]
mod tests;
