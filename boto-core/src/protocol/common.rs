//! Parts shared by every protocol: the operation context, the request under construction,
//! idempotency tokens, input validation, host prefixes, percent-encoding and request ids.

use crate::datetime::TimestampFormat;
use crate::error::{Error, Result};
use crate::http::ByteStream;
use crate::model::{Kind, Member, Operation, Schema, SchemaRef, ServiceMeta, Shapes};
use crate::value::Value;
use http::header::{HeaderMap, HeaderName, HeaderValue};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

use super::Endpoint;

/// What every protocol routine needs: the service, its shapes and the operation.
#[derive(Clone, Copy)]
pub(crate) struct Ctx<'a> {
    pub meta: &'a ServiceMeta,
    pub shapes: &'a Shapes,
    pub op: &'a Operation,
}

impl<'a> Ctx<'a> {
    /// Resolves a shape reference.
    pub fn schema(&self, r: &SchemaRef) -> &'a Schema {
        self.shapes.get(r)
    }
    /// The input shape, if the operation has one.
    pub fn input(&self) -> Option<&'a Schema> {
        self.op.input.as_ref().map(|r| self.schema(r))
    }
    /// The output shape, if the operation has one.
    pub fn output(&self) -> Option<&'a Schema> {
        self.op.output.as_ref().map(|r| self.schema(r))
    }
}

/// Members of a structure shape (empty for other kinds).
pub(crate) fn members(schema: &Schema) -> &[Member] {
    match &schema.kind {
        Kind::Structure { members, .. } => members,
        _ => &[],
    }
}

/// The timestamp format of a member: the member's trait, else its shape's, else `default`.
pub(crate) fn timestamp_format(
    member: Option<&Member>,
    schema: &Schema,
    default: TimestampFormat,
) -> TimestampFormat {
    member
        .and_then(|m| m.traits.timestamp_format)
        .or(schema.traits.timestamp_format)
        .unwrap_or(default)
}

/// A request under construction, before the endpoint is applied.
#[derive(Debug)]
pub(crate) struct RequestParts {
    /// HTTP method.
    pub method: http::Method,
    /// Percent-encoded path, starting with `/`; may carry a static query (`/?uploads`).
    pub path: String,
    /// Query parameters, not yet encoded, in order.
    pub query: Vec<(String, String)>,
    /// Headers.
    pub headers: HeaderMap,
    /// Body.
    pub body: ByteStream,
}

impl RequestParts {
    /// An empty request of `method` at `path`.
    pub fn new(method: &str, path: impl Into<String>) -> Result<RequestParts> {
        let method = http::Method::from_bytes(method.as_bytes())
            .map_err(|_| Error::invalid_input(format!("invalid HTTP method {method:?}")))?;
        Ok(RequestParts {
            method,
            path: path.into(),
            query: Vec::new(),
            headers: HeaderMap::new(),
            body: ByteStream::empty(),
        })
    }

    /// Sets a header (replacing), rejecting names or values HTTP cannot carry.
    pub fn header(&mut self, name: &str, value: &str) -> Result<()> {
        let n = HeaderName::from_bytes(name.as_bytes())
            .map_err(|_| Error::invalid_input(format!("invalid header name {name:?}")))?;
        let v = HeaderValue::from_bytes(value.as_bytes())
            .map_err(|_| Error::invalid_input(format!("invalid value for header {name}")))?;
        self.headers.insert(n, v);
        Ok(())
    }

    /// Adds `x-amz-checksum-crc32` to an in-memory body, unless the input already set a
    /// `Content-MD5` or `x-amz-checksum-*` header (operations that require a checksum).
    pub fn add_checksum(&mut self) -> Result<()> {
        if self.has_header("content-md5")
            || self
                .headers
                .keys()
                .any(|k| k.as_str().starts_with("x-amz-checksum-"))
        {
            return Ok(());
        }
        let Some(body) = self.body.bytes() else {
            return Ok(());
        };
        use base64::Engine as _;
        let sum = base64::engine::general_purpose::STANDARD.encode(crc32(body).to_be_bytes());
        self.header("x-amz-checksum-crc32", &sum)
    }

    /// True when the header is set.
    pub fn has_header(&self, name: &str) -> bool {
        self.headers.contains_key(name)
    }

    /// Applies the endpoint (scheme, host, base path) and an optional host prefix.
    pub fn finish(
        mut self,
        endpoint: &Endpoint,
        host_prefix: Option<&str>,
    ) -> Result<http::Request<ByteStream>> {
        let url = &endpoint.url;
        let scheme = url.scheme_str().unwrap_or("https");
        let authority = url
            .authority()
            .ok_or_else(|| Error::config("the endpoint URL has no host"))?
            .as_str();
        let base = url.path().trim_end_matches('/');
        let mut target = String::with_capacity(base.len() + self.path.len() + 16);
        target.push_str(base);
        if self.path.is_empty() {
            target.push('/');
        } else if !self.path.starts_with('/') {
            target.push('/');
            target.push_str(&self.path);
        } else {
            target.push_str(&self.path);
        }
        if !self.query.is_empty() {
            target.push(if target.contains('?') { '&' } else { '?' });
            for (i, (k, v)) in self.query.iter().enumerate() {
                if i > 0 {
                    target.push('&');
                }
                target.push_str(&encode_query(k));
                target.push('=');
                target.push_str(&encode_query(v));
            }
        }
        // Host prefixes make no sense on an IP address or localhost (local test servers).
        let local = url.host().is_some_and(|h| {
            h.eq_ignore_ascii_case("localhost")
                || h.trim_matches(|c| c == '[' || c == ']')
                    .parse::<std::net::IpAddr>()
                    .is_ok()
        });
        let prefix = if local { "" } else { host_prefix.unwrap_or("") };
        let host = format!("{prefix}{authority}");
        let uri = format!("{scheme}://{host}{target}");
        let uri: http::Uri = uri
            .parse()
            .map_err(|e| Error::invalid_input(format!("cannot build request URI {uri:?}: {e}")))?;
        if let Some(len) = self.body.len_hint() {
            let sends_body = matches!(
                self.method,
                http::Method::POST | http::Method::PUT | http::Method::PATCH
            );
            // In memory the length is known for sure; for a stream (a file), a length the
            // input states itself (S3's ContentLength member) is kept.
            let in_memory = self.body.bytes().is_some();
            let stated = self.headers.contains_key(http::header::CONTENT_LENGTH);
            if (len > 0 || sends_body) && (in_memory || !stated) {
                self.headers
                    .insert(http::header::CONTENT_LENGTH, HeaderValue::from(len));
            }
        }
        let mut req = http::Request::new(self.body);
        *req.method_mut() = self.method;
        *req.uri_mut() = uri;
        *req.headers_mut() = self.headers;
        Ok(req)
    }
}

/// Everything but the unreserved characters (`A-Z a-z 0-9 - . _ ~`) is encoded.
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// As [`UNRESERVED`], keeping `/` (greedy labels `{Key+}`).
const UNRESERVED_AND_SLASH: &AsciiSet = &UNRESERVED.remove(b'/');

/// Percent-encodes a URI label or query component as botocore does.
pub(crate) fn encode_query(s: &str) -> String {
    utf8_percent_encode(s, UNRESERVED).to_string()
}

/// Percent-encodes a URI label; `greedy` keeps `/`.
pub(crate) fn encode_label(s: &str, greedy: bool) -> String {
    let set = if greedy {
        UNRESERVED_AND_SLASH
    } else {
        UNRESERVED
    };
    utf8_percent_encode(s, set).to_string()
}

/// A random UUID v4 (idempotency tokens).
pub(crate) fn uuid_v4() -> String {
    let mut n = fastrand::u128(..);
    n = (n & !(0xf << 76)) | (0x4 << 76); // version 4
    n = (n & !(0x3 << 62)) | (0x2 << 62); // variant 10
    let h = format!("{n:032x}");
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// Fills absent top-level `idempotencyToken` members with a fresh UUID v4.
pub(crate) fn fill_idempotency_tokens(ctx: &Ctx<'_>, input: &SchemaRef, value: &mut Value) {
    for m in members(ctx.schema(input)) {
        if m.traits.idempotency_token && value.get(&m.name).is_none_or(Value::is_null) {
            value.set(m.name.clone(), Value::String(uuid_v4()));
        }
    }
}

/// Event streams are not supported: refuse them clearly rather than send garbage.
pub(crate) fn refuse_event_streams(ctx: &Ctx<'_>, shape: &SchemaRef) -> Result<()> {
    let schema = ctx.schema(shape);
    for m in members(schema) {
        if ctx.schema(&m.target).traits.event_stream {
            return Err(Error::invalid_input(format!(
                "operation {} uses an event stream ({}), which is not supported",
                ctx.op.name, m.name
            )));
        }
    }
    Ok(())
}

/// Checks required members (recursively through provided values) and that URI labels and
/// host labels are not empty. Problems are `Error::invalid_input`.
pub(crate) fn validate(ctx: &Ctx<'_>, input: &SchemaRef, value: &Value) -> Result<()> {
    let schema = ctx.schema(input);
    for m in members(schema) {
        let v = value.get(&m.name);
        if (m.traits.location == crate::model::Location::Uri || m.traits.host_label)
            && matches!(v, Some(Value::String(s)) if s.is_empty())
        {
            return Err(Error::invalid_input(format!(
                "{}: the {} member {} must not be empty",
                ctx.op.name, schema.name, m.name
            )));
        }
    }
    let mut path = String::new();
    check_required(ctx, schema, value, &mut path)
}

fn check_required(ctx: &Ctx<'_>, schema: &Schema, value: &Value, path: &mut String) -> Result<()> {
    match (&schema.kind, value) {
        (Kind::Structure { members, union }, Value::Structure(fields)) => {
            for m in members.iter() {
                let present = fields.iter().any(|(k, v)| *k == m.name && !v.is_null());
                let required = m.traits.required || schema.traits.required.contains(&m.name);
                if required && !present {
                    let at = if path.is_empty() {
                        String::new()
                    } else {
                        format!(" in {path}")
                    };
                    return Err(Error::invalid_input(format!(
                        "{}: missing required member {}{at}",
                        ctx.op.name, m.name
                    )));
                }
            }
            if *union && fields.iter().filter(|(_, v)| !v.is_null()).count() > 1 {
                return Err(Error::invalid_input(format!(
                    "{}: union {} must have exactly one member set",
                    ctx.op.name, schema.name
                )));
            }
            for (k, v) in fields {
                if let Some(m) = members.iter().find(|m| m.name == *k) {
                    let len = path.len();
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                    check_required(ctx, ctx.schema(&m.target), v, path)?;
                    path.truncate(len);
                }
            }
            Ok(())
        }
        (Kind::List { member }, Value::List(items)) => {
            let s = ctx.schema(&member.target);
            for (i, v) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                check_required(ctx, s, v, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        (Kind::Map { value: vm, .. }, Value::Map(entries)) => {
            let s = ctx.schema(&vm.target);
            for (k, v) in entries {
                let len = path.len();
                path.push_str(&format!("[{k:?}]"));
                check_required(ctx, s, v, path)?;
                path.truncate(len);
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Expands `endpoint.hostPrefix` (`{Bucket}.`, `data-`) with the input's host labels, which
/// must be non-empty and made of letters, digits, `.` and `-`.
pub(crate) fn expand_host_prefix(ctx: &Ctx<'_>, prefix: &str, input: &Value) -> Result<String> {
    let mut out = String::with_capacity(prefix.len() + 16);
    let mut rest = prefix;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..]
            .find('}')
            .map(|c| open + c)
            .ok_or_else(|| Error::invalid_input(format!("malformed host prefix {prefix:?}")))?;
        let name = &rest[open + 1..close];
        let label = match input.get(name) {
            Some(Value::String(s)) => s.as_str(),
            _ => {
                return Err(Error::invalid_input(format!(
                    "{}: host label {name} is required",
                    ctx.op.name
                )))
            }
        };
        if label.is_empty()
            || !label
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        {
            return Err(Error::invalid_input(format!(
                "{}: host label {name} ({label:?}) must be letters, digits, '.' or '-'",
                ctx.op.name
            )));
        }
        out.push_str(label);
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The request id of a response (`x-amzn-RequestId`, `x-amz-request-id`).
pub(crate) fn request_id(headers: &HeaderMap) -> Option<String> {
    ["x-amzn-requestid", "x-amz-request-id"]
        .iter()
        .find_map(|h| headers.get(*h))
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// The output's payload member when it is a streaming blob (S3 object bodies).
pub(crate) fn streaming_output<'a>(ctx: &Ctx<'a>) -> Option<&'a Member> {
    let out = ctx.output()?;
    let name = out.traits.payload.as_deref()?;
    let m = members(out).iter().find(|m| m.name == name)?;
    let target = ctx.schema(&m.target);
    (target.traits.streaming && matches!(target.kind, Kind::Blob | Kind::String)).then_some(m)
}

/// Converts a string to a number for an integer shape (headers, XML text).
pub(crate) fn parse_integer(s: &str) -> Result<Value> {
    s.trim()
        .parse::<i64>()
        .map(Value::Integer)
        .map_err(|_| Error::decode(format!("invalid integer {:?}", quoted(s))))
}

/// Wire text as quoted in an error: at most 64 characters.
fn quoted(s: &str) -> String {
    let mut q = s.to_owned();
    crate::error::clip(&mut q, 64);
    q
}

/// Converts a string to a float (`NaN`, `Infinity`, `-Infinity` accepted).
pub(crate) fn parse_float(s: &str) -> Result<Value> {
    let t = s.trim();
    let v = match t {
        "NaN" => f64::NAN,
        "Infinity" => f64::INFINITY,
        "-Infinity" => f64::NEG_INFINITY,
        _ => t
            .parse::<f64>()
            .map_err(|_| Error::decode(format!("invalid number {:?}", quoted(s))))?,
    };
    Ok(Value::Float(v))
}

/// Converts a string to a boolean.
pub(crate) fn parse_bool(s: &str) -> Result<Value> {
    match s.trim() {
        "true" => Ok(Value::Bool(true)),
        "false" => Ok(Value::Bool(false)),
        _ => Err(Error::decode(format!("invalid boolean {:?}", quoted(s)))),
    }
}

/// Formats a float as the text protocols do (`NaN`, `Infinity`, `-Infinity`, shortest form).
pub(crate) fn format_float(f: f64) -> String {
    if f.is_nan() {
        "NaN".into()
    } else if f.is_infinite() {
        if f > 0.0 { "Infinity" } else { "-Infinity" }.into()
    } else if f.fract() == 0.0 && f.abs() < 1e16 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// CRC-32 (IEEE 802.3, as `x-amz-checksum-crc32` uses), bytewise with a table built once.
pub(crate) fn crc32(data: &[u8]) -> u32 {
    static TABLE: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, slot) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *slot = c;
        }
        t
    });
    !data.iter().fold(!0u32, |c, &b| {
        table[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8)
    })
}
