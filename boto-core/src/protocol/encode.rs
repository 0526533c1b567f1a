//! Requests written straight from the input: [`RequestEncoder`] takes the input
//! structure's events (a typed shape's [`Shape::encode`](crate::shape::Shape::encode), or
//! a value walked by [`encode_value`]) and routes each top-level member: to the body
//! writer of the protocol (JSON, form pairs, XML), or, for the REST bindings (labels,
//! query string, headers, a blob payload), to a [`ValueEncoder`] whose small values the
//! binding code in `rest.rs` places. A structure payload gets a writer of its own. Members
//! the caller needs to see (endpoint context parameters, host labels) are captured as
//! values too, while they are written. Absent idempotency tokens are filled at the end.

use super::common::{
    expand_host_prefix, members, refuse_event_streams, uuid_v4, Ctx, RequestParts,
};
use super::json::JsonEncoder;
use super::query::QueryEncoder;
use super::rest::WrittenBody;
use super::xml::{payload_root_name, XmlEncoder};
use super::Endpoint;
use crate::datetime::DateTime;
use crate::error::{Error, Result};
use crate::http::ByteStream;
use crate::model::{Kind, Location, Member, Operation, Protocol, Schema, ServiceMeta, Shapes};
use crate::shape::{encode_value, Encoder, ValueEncoder};
use crate::value::Value;
use bytes::Bytes;
use std::borrow::Cow;

/// A request encoded, before its endpoint is known.
pub(crate) struct Encoded {
    parts: RequestParts,
    host_prefix: Option<String>,
    /// The top-level members captured as values: those asked for, the REST bindings and
    /// host labels (a structure value).
    pub top: Value,
}

impl Encoded {
    /// The request at `endpoint`.
    pub fn finish(self, endpoint: &Endpoint) -> Result<http::Request<ByteStream>> {
        self.parts.finish(endpoint, self.host_prefix.as_deref())
    }

    /// Takes the leading `/{Bucket}` label out of the path (the bucket is addressed in the
    /// host): what rendering the URI template without it gives.
    pub fn strip_bucket(&mut self, bucket: &str) {
        let lead = format!("/{}", super::encode_label(bucket, false));
        if let Some(rest) = self.parts.path.strip_prefix(&lead) {
            self.parts.path = if rest.starts_with('/') {
                rest.to_string()
            } else {
                format!("/{rest}")
            };
        }
    }
}

/// Encodes the request of `op`: `write` writes the input into the encoder it is given.
/// `keep` names top-level members to capture in [`Encoded::top`].
pub(crate) fn encode_request(
    meta: &ServiceMeta,
    shapes: &Shapes,
    op: &Operation,
    keep: &[&str],
    write: &mut dyn FnMut(&mut dyn Encoder) -> Result<()>,
) -> Result<Encoded> {
    let ctx = Ctx { meta, shapes, op };
    if let Some(r) = &op.output {
        refuse_event_streams(&ctx, r)?;
    }
    let Some(r) = &op.input else {
        return with_host_prefix(&ctx, finish(&ctx, None, Vec::new())?);
    };
    refuse_event_streams(&ctx, r)?;
    let schema = ctx.schema(r);
    let mut e = RequestEncoder::new(&ctx, schema, keep);
    write(&mut e)?;
    if e.root != Root::Done {
        return Err(Error::invalid_input(format!(
            "the input of {} was not written whole",
            op.name
        )));
    }
    let RequestEncoder {
        body,
        fields,
        body_members,
        payload,
        ..
    } = e;
    let written = match body {
        Body::Json(j) => Some(j.finish()),
        Body::Xml(x) => Some(x.finish()),
        Body::Query(q) => Some(q.finish().into_bytes()),
    }
    .map(|body| WrittenBody {
        body,
        members: body_members,
        payload,
    });
    with_host_prefix(&ctx, finish(&ctx, written, fields)?)
}

/// Adds the operation's host prefix, its labels from the captured members.
fn with_host_prefix(ctx: &Ctx<'_>, mut enc: Encoded) -> Result<Encoded> {
    if let Some(p) = &ctx.op.host_prefix {
        enc.host_prefix = Some(expand_host_prefix(ctx, p, &enc.top)?);
    }
    Ok(enc)
}

/// The request of the protocol from the written body and the captured `fields`.
fn finish(
    ctx: &Ctx<'_>,
    written: Option<WrittenBody>,
    fields: Vec<(Cow<'static, str>, Value)>,
) -> Result<Encoded> {
    let schema = ctx.input();
    let top = Value::Structure(copy_fields(&fields));
    for (k, v) in &fields {
        let m = schema.and_then(|s| members(s).iter().find(|m| m.name == *k));
        if let (Some(m), Value::String(s)) = (m, v) {
            if (m.traits.location == Location::Uri || m.traits.host_label) && s.is_empty() {
                return Err(Error::invalid_input(format!(
                    "{}: the {} member {} must not be empty",
                    ctx.op.name,
                    schema.map_or("", |s| &s.name),
                    m.name
                )));
            }
        }
    }
    let mut parts = match ctx.meta.protocol {
        Protocol::AwsJson1_0 | Protocol::AwsJson1_1 => {
            let mut req = super::json::rpc_parts(ctx)?;
            req.body = match written {
                Some(w) => Bytes::from(w.body),
                None => Bytes::from_static(b"{}"),
            }
            .into();
            req
        }
        Protocol::AwsQuery | Protocol::Ec2Query => {
            let body = match written {
                Some(w) => w.body,
                None => query_start(ctx).into_bytes(),
            };
            super::query::parts(ctx, body)?
        }
        Protocol::RestJson1 => {
            let codec = &super::json::JsonCodec;
            super::rest::build_with(ctx, fields, written.unwrap_or_default(), codec)?
        }
        Protocol::RestXml => {
            let codec = &super::xml::XmlCodec;
            super::rest::build_with(ctx, fields, written.unwrap_or_default(), codec)?
        }
    };
    if ctx.op.checksum_required {
        parts.add_checksum()?;
    }
    Ok(Encoded {
        parts,
        host_prefix: None,
        top,
    })
}

/// A copy of the captured members for [`Encoded::top`] (the binding code takes them; a
/// stream is absent from the copy).
fn copy_fields(fields: &[(Cow<'static, str>, Value)]) -> Vec<(Cow<'static, str>, Value)> {
    fields.iter().map(|(k, v)| (k.clone(), copy(v))).collect()
}

/// A copy of a value; a stream (which cannot be copied) is absent.
fn copy(v: &Value) -> Value {
    match v {
        Value::Null | Value::Stream(_) => Value::Null,
        Value::Bool(b) => Value::Bool(*b),
        Value::Integer(i) => Value::Integer(*i),
        Value::Float(f) => Value::Float(*f),
        Value::BigNumber(n) => Value::BigNumber(n.clone()),
        Value::String(s) => Value::String(s.clone()),
        Value::Blob(b) => Value::Blob(b.clone()),
        Value::Timestamp(t) => Value::Timestamp(*t),
        Value::List(items) => Value::List(items.iter().map(copy).collect()),
        Value::Map(entries) => {
            Value::Map(entries.iter().map(|(k, v)| (k.clone(), copy(v))).collect())
        }
        Value::Structure(fields) => Value::Structure(copy_fields(fields)),
        Value::Document(d) => Value::Document(d.clone()),
    }
}

/// `Action=Op&Version=..`: the start of a form body.
pub(crate) fn query_start(ctx: &Ctx<'_>) -> String {
    let mut out = String::with_capacity(256);
    out.push_str("Action=");
    super::query::form_encode(&mut out, &ctx.op.name);
    out.push_str("&Version=");
    super::query::form_encode(&mut out, &ctx.meta.api_version);
    out
}

/// A body writer of one of the protocols.
enum Body<'s> {
    Json(JsonEncoder<'s>),
    Xml(XmlEncoder<'s>),
    Query(QueryEncoder<'s>),
}

impl<'s> Body<'s> {
    fn enc(&mut self) -> &mut dyn Encoder {
        match self {
            Body::Json(e) => e,
            Body::Xml(e) => e,
            Body::Query(e) => e,
        }
    }
}

/// Where the top-level member being written goes.
struct Current<'s> {
    index: usize,
    member: &'s Member,
    /// To the body writer.
    body: bool,
    /// Captured as a value.
    capture: Option<ValueEncoder<'s>>,
    /// A structure payload's own writer.
    payload: Option<Body<'s>>,
    /// How deep inside the member's value the events are.
    inner: usize,
    /// The value is not absent.
    present: bool,
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Root {
    Before,
    Open,
    Done,
}

/// Routes the input structure's members to their writers (see the module's docs).
pub(crate) struct RequestEncoder<'c, 's> {
    ctx: &'c Ctx<'s>,
    schema: &'s Schema,
    rest: bool,
    keep: &'c [&'c str],
    root: Root,
    current: Option<Current<'s>>,
    body: Body<'s>,
    written: Vec<bool>,
    fields: Vec<(Cow<'static, str>, Value)>,
    body_members: usize,
    payload: Option<Vec<u8>>,
}

impl<'c, 's> RequestEncoder<'c, 's> {
    fn new(ctx: &'c Ctx<'s>, schema: &'s Schema, keep: &'c [&'c str]) -> Self {
        let shapes = ctx.shapes;
        let (rest, body) = match ctx.meta.protocol {
            Protocol::AwsJson1_0 | Protocol::AwsJson1_1 => {
                (false, Body::Json(JsonEncoder::new(shapes, None, schema)))
            }
            Protocol::RestJson1 => (true, Body::Json(JsonEncoder::new(shapes, None, schema))),
            Protocol::RestXml => {
                let name = schema
                    .traits
                    .location_name
                    .as_deref()
                    .unwrap_or(&schema.name);
                (true, Body::Xml(XmlEncoder::new(shapes, name, None, schema)))
            }
            Protocol::AwsQuery | Protocol::Ec2Query => {
                let ec2 = ctx.meta.protocol == Protocol::Ec2Query;
                let start = query_start(ctx);
                (
                    false,
                    Body::Query(QueryEncoder::new(shapes, schema, ec2, start)),
                )
            }
        };
        RequestEncoder {
            ctx,
            schema,
            rest,
            keep,
            root: Root::Before,
            current: None,
            body,
            written: vec![false; members(schema).len()],
            fields: Vec::new(),
            body_members: 0,
            payload: None,
        }
    }

    fn not_structure(&self) -> Error {
        Error::invalid_input(format!(
            "the input of {} must be a structure",
            self.ctx.op.name
        ))
    }

    /// Hands one event to the writers of the current member; `step` is how the event
    /// changes the depth inside the member's value (+1 opens, -1 closes, 0 otherwise).
    fn route(
        &mut self,
        step: isize,
        null: bool,
        f: &mut dyn FnMut(&mut dyn Encoder) -> Result<()>,
    ) -> Result<()> {
        let Some(cur) = self.current.as_mut() else {
            return Err(self.not_structure());
        };
        if cur.inner == 0 && !null {
            cur.present = true;
        }
        if cur.body {
            f(self.body.enc())?;
        }
        if let Some(c) = &mut cur.capture {
            f(c)?;
        }
        if let Some(p) = &mut cur.payload {
            f(p.enc())?;
        }
        cur.inner = cur.inner.saturating_add_signed(step);
        if cur.inner == 0 && step <= 0 {
            self.complete();
        }
        Ok(())
    }

    /// The current member's value is written.
    fn complete(&mut self) {
        let Some(cur) = self.current.take() else {
            return;
        };
        if !cur.present {
            return;
        }
        self.written[cur.index] = true;
        if cur.body {
            self.body_members += 1;
        }
        if let Some(c) = cur.capture {
            let v = c.finish();
            if !v.is_null() {
                self.fields.push((cur.member.name.clone(), v));
            }
        }
        if let Some(p) = cur.payload {
            self.payload = Some(match p {
                Body::Json(j) => j.finish(),
                Body::Xml(x) => x.finish(),
                Body::Query(q) => q.finish().into_bytes(),
            });
        }
    }

    fn targets(&self) -> usize {
        self.current.as_ref().map_or(0, |c| {
            usize::from(c.body)
                + usize::from(c.capture.is_some())
                + usize::from(c.payload.is_some())
        })
    }
}

impl Encoder for RequestEncoder<'_, '_> {
    fn null(&mut self) -> Result<()> {
        match self.root {
            Root::Before => {
                self.begin_structure()?;
                self.end_structure()
            }
            _ => self.route(0, true, &mut |e| e.null()),
        }
    }
    fn string(&mut self, s: &str) -> Result<()> {
        self.route(0, false, &mut |e| e.string(s))
    }
    fn boolean(&mut self, b: bool) -> Result<()> {
        self.route(0, false, &mut |e| e.boolean(b))
    }
    fn integer(&mut self, i: i64) -> Result<()> {
        self.route(0, false, &mut |e| e.integer(i))
    }
    fn float(&mut self, f: f64) -> Result<()> {
        self.route(0, false, &mut |e| e.float(f))
    }
    fn timestamp(&mut self, t: DateTime) -> Result<()> {
        self.route(0, false, &mut |e| e.timestamp(t))
    }
    fn blob(&mut self, b: Bytes) -> Result<()> {
        self.route(0, false, &mut |e| e.blob(b.clone()))
    }
    fn value(&mut self, v: Value) -> Result<()> {
        if self.root == Root::Before {
            return match v {
                v @ (Value::Structure(_) | Value::Null) => encode_value(v, self),
                other => Err(Error::invalid_input(format!(
                    "the input of {} must be a structure, not a {}",
                    self.ctx.op.name,
                    other.type_name()
                ))),
            };
        }
        let simple = matches!(
            v,
            Value::BigNumber(_) | Value::Document(_) | Value::Stream(_)
        );
        match self.targets() {
            1 => {
                let null = v.is_null();
                let mut v = Some(v);
                self.route(0, null, &mut |e| e.value(v.take().unwrap_or_default()))
            }
            _ if !simple => encode_value(v, self),
            _ => {
                if matches!(v, Value::Stream(_)) {
                    return Err(Error::invalid_input("a stream can only be written once"));
                }
                self.route(0, false, &mut |e| e.value(copy(&v)))
            }
        }
    }
    fn begin_structure(&mut self) -> Result<()> {
        match self.root {
            Root::Before => {
                self.root = Root::Open;
                self.body.enc().begin_structure()
            }
            Root::Open if self.current.is_none() => Err(self.not_structure()),
            Root::Open => self.route(1, false, &mut |e| e.begin_structure()),
            Root::Done => Err(self.not_structure()),
        }
    }
    fn member(&mut self, index: usize) -> Result<bool> {
        if self.current.is_some() {
            let mut taken = false;
            self.route(0, true, &mut |e| {
                taken = e.member(index)?;
                Ok(())
            })?;
            // `route` counts a member event as a value's end only at depth 0, which a
            // member event never is.
            return Ok(taken);
        }
        if self.root != Root::Open {
            return Err(self.not_structure());
        }
        let ms = members(self.schema);
        let m = ms.get(index).ok_or_else(|| {
            Error::invalid_input(format!("{} has no member number {index}", self.schema.name))
        })?;
        let target = self.ctx.schema(&m.target);
        let shapes = self.ctx.shapes;
        let is_payload = self.rest && self.schema.traits.payload.as_deref() == Some(&*m.name);
        let mut cur = Current {
            index,
            member: m,
            body: false,
            capture: None,
            payload: None,
            inner: 0,
            present: false,
        };
        if is_payload {
            if matches!(target.kind, Kind::Blob | Kind::String) {
                cur.capture = Some(ValueEncoder::new(shapes, Some(m), target));
            } else {
                cur.payload = Some(match self.body {
                    Body::Xml(_) => {
                        let name = payload_root_name(m, target);
                        Body::Xml(XmlEncoder::new(shapes, name, Some(m), target))
                    }
                    _ => Body::Json(JsonEncoder::new(shapes, Some(m), target)),
                });
            }
        } else if self.rest && m.traits.location != Location::Body {
            if m.traits.location == Location::StatusCode {
                return Ok(false);
            }
            cur.capture = Some(ValueEncoder::new(shapes, Some(m), target));
        } else {
            cur.body = self.body.enc().member(index)?;
        }
        if cur.capture.is_none() && (m.traits.host_label || self.keep.contains(&&*m.name)) {
            cur.capture = Some(ValueEncoder::new(shapes, Some(m), target));
        }
        self.current = Some(cur);
        Ok(true)
    }
    fn member_index(&self, name: &str) -> Option<usize> {
        // Inside a member the writers agree on the schema: ask any of them.
        let Some(cur) = &self.current else {
            return members(self.schema).iter().position(|m| m.name == name);
        };
        match (&cur.capture, &cur.payload) {
            (Some(c), _) => c.member_index(name),
            (None, Some(p)) => body_index(p, name),
            (None, None) => body_index(&self.body, name),
        }
    }
    fn end_structure(&mut self) -> Result<()> {
        if self.current.is_some() {
            return self.route(-1, false, &mut |e| e.end_structure());
        }
        if self.root != Root::Open {
            return Err(self.not_structure());
        }
        for (i, m) in members(self.schema).iter().enumerate() {
            if m.traits.idempotency_token && !self.written[i] && self.member(i)? {
                self.string(&uuid_v4())?;
            }
        }
        self.root = Root::Done;
        self.body.enc().end_structure()
    }
    fn begin_list(&mut self, len: usize) -> Result<()> {
        self.route(1, false, &mut |e| e.begin_list(len))
    }
    fn item(&mut self) -> Result<()> {
        self.route(0, true, &mut |e| e.item())
    }
    fn end_list(&mut self) -> Result<()> {
        self.route(-1, false, &mut |e| e.end_list())
    }
    fn begin_map(&mut self, len: usize) -> Result<()> {
        self.route(1, false, &mut |e| e.begin_map(len))
    }
    fn entry(&mut self, key: &str) -> Result<()> {
        self.route(0, true, &mut |e| e.entry(key))
    }
    fn end_map(&mut self) -> Result<()> {
        self.route(-1, false, &mut |e| e.end_map())
    }
    fn schema_order(&self) -> bool {
        match &self.current {
            Some(Current {
                payload: Some(Body::Xml(_)),
                ..
            }) => true,
            Some(Current { body: true, .. }) | None => matches!(self.body, Body::Xml(_)),
            Some(_) => false,
        }
    }
}

fn body_index(body: &Body<'_>, name: &str) -> Option<usize> {
    match body {
        Body::Json(b) => b.member_index(name),
        Body::Xml(b) => b.member_index(name),
        Body::Query(b) => b.member_index(name),
    }
}
