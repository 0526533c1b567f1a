//! A client built at run time from a botocore service description, like boto3's clients.
//!
//! ```no_run
//! # async fn demo() -> boto_core::Result<()> {
//! use boto_core::dynamic::{DynamicClient, ServiceModel};
//! use serde_json::json;
//!
//! let model = ServiceModel::from_json(&std::fs::read("sns/service-2.json").unwrap())?;
//! let session = boto_core::Session::new();
//! let sns = DynamicClient::new(&session, model);
//! let out = sns.call("CreateTopic", json!({"Name": "t"})).await?;
//! println!("{}", out["TopicArn"]);
//! # Ok(()) }
//! ```
//!
//! With botocore's `paginators-1.json` and `waiters-2.json` the client also paginates and
//! waits, like boto3's `get_paginator` and `get_waiter`:
//!
//! ```no_run
//! # async fn demo(session: &boto_core::Session, model: boto_core::dynamic::ServiceModel)
//! # -> boto_core::Result<()> {
//! use boto_core::dynamic::DynamicClient;
//! use futures::TryStreamExt;
//! use serde_json::json;
//!
//! let s3 = DynamicClient::new(session, model)
//!     .with_paginators(&std::fs::read("s3/2006-03-01/paginators-1.json").unwrap())?
//!     .with_waiters(&std::fs::read("s3/2006-03-01/waiters-2.json").unwrap())?;
//! s3.wait("BucketExists", json!({"Bucket": "b"}))?.await?;
//! let keys: Vec<serde_json::Value> = s3
//!     .paginate("ListObjectsV2", json!({"Bucket": "b"}))
//!     .page_size(100)
//!     .items()
//!     .try_collect()
//!     .await?;
//! # Ok(()) }
//! ```
//!
//! [`DynamicClient::from_dir`] reads all of these from botocore's folder of the service
//! (`data/s3/2006-03-01`), with its `endpoint-rule-set-1.json`: endpoints then come from the
//! service's rules (FIPS, dual-stack, GovCloud and China partitions, S3 buckets and access
//! points, DynamoDB account endpoints), as for typed clients.
//!
//! Params and results follow botocore's conventions: members by their model names, blobs
//! as strings, timestamps as epoch seconds (or ISO 8601 strings) in params and epoch seconds
//! in results. The typed clients and this one share one protocol engine.

use crate::client::ClientHandle;
use crate::datetime::DateTime;
use crate::error::{Error, Result};
use crate::model::{Kind, Member, Operation, Schema, SchemaRef, ServiceMeta, Shapes};
use crate::protocol::{self, Endpoint};
use crate::session::Session;
use crate::value::Value;
use bytes::Bytes;
use serde_json::Value as Json;
use std::sync::Arc;

mod jmespath;
#[cfg(test)]
mod operation_inputs;
mod paginators;
mod waiters;

pub use crate::model::ServiceModel;
pub use paginators::Paginate;
pub use waiters::DynamicWaiter;

/// A client for any service described by a [`ServiceModel`], speaking JSON values.
///
/// Cheap to clone. It shares the session's connection pool, credentials and retry settings
/// with every other client of the session. Meant to be long-lived: each `new` keeps a copy
/// of the service's metadata (a few hundred bytes) for the rest of the process, as the
/// request pipeline holds service metadata by `'static` reference.
#[derive(Clone, Debug)]
pub struct DynamicClient {
    handle: ClientHandle,
    model: Arc<ServiceModel>,
    paginators: Arc<paginators::Paginators>,
    waiters: Arc<waiters::Waiters>,
}

/// botocore's side files may be gzip-compressed like its service models.
fn maybe_gunzip(bytes: &[u8]) -> Result<std::borrow::Cow<'_, [u8]>> {
    use std::io::Read;
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(std::borrow::Cow::Borrowed(bytes));
    }
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes)
        .read_to_end(&mut out)
        .map_err(|e| Error::decode(format!("gzip: {e}")))?;
    Ok(std::borrow::Cow::Owned(out))
}

impl DynamicClient {
    /// A client of `model`'s service configured by `session` (region, endpoint, credentials).
    pub fn new(session: &Session, model: ServiceModel) -> DynamicClient {
        let meta: &'static ServiceMeta = Box::leak(Box::new(model.meta.clone()));
        DynamicClient {
            handle: ClientHandle::new(session, meta),
            model: Arc::new(model),
            paginators: Arc::default(),
            waiters: Arc::default(),
        }
    }

    /// A client of the service described in botocore's folder `dir` (`data/s3/2006-03-01`):
    /// its `service-2.json`, and when present beside it `endpoint-rule-set-1.json`
    /// ([`with_endpoint_rules`](Self::with_endpoint_rules)), `paginators-1.json` and
    /// `waiters-2.json`, each plain or gzip-compressed (`.gz`). A file that cannot be read
    /// or parsed is an error naming it.
    pub fn from_dir(session: &Session, dir: impl AsRef<std::path::Path>) -> Result<DynamicClient> {
        let dir = dir.as_ref();
        let read = |name: &str| -> Result<Option<Vec<u8>>> {
            for file in [format!("{name}.gz"), name.to_string()] {
                let path = dir.join(&file);
                match std::fs::read(&path) {
                    Ok(bytes) => return Ok(Some(bytes)),
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => {
                        return Err(
                            Error::config(format!("cannot read {}", path.display())).with_source(e)
                        )
                    }
                }
            }
            Ok(None)
        };
        let in_file = |name: &str| {
            let dir = dir.display().to_string();
            let name = name.to_string();
            move |e: Error| {
                let kind = e.kind();
                let text = format!("{dir}/{name}: {e}");
                match kind {
                    crate::ErrorKind::Config => Error::config(text),
                    _ => Error::invalid_input(text),
                }
            }
        };
        let model = read("service-2.json")?
            .ok_or_else(|| Error::config(format!("{} has no service-2.json", dir.display())))?;
        let model = ServiceModel::from_json(&model).map_err(in_file("service-2.json"))?;
        let mut client = DynamicClient::new(session, model);
        if let Some(rules) = read("endpoint-rule-set-1.json")? {
            client = client
                .with_endpoint_rules(&rules)
                .map_err(in_file("endpoint-rule-set-1.json"))?;
        }
        if let Some(p) = read("paginators-1.json")? {
            client = client
                .with_paginators(&p)
                .map_err(in_file("paginators-1.json"))?;
        }
        if let Some(w) = read("waiters-2.json")? {
            client = client.with_waiters(&w).map_err(in_file("waiters-2.json"))?;
        }
        Ok(client)
    }

    /// Resolves endpoints through the service's rule set, botocore's
    /// `endpoint-rule-set-1.json` (plain or gzip), as typed clients do: built-ins from the
    /// session (region, FIPS, dual-stack, endpoint URL, S3 addressing, the credentials'
    /// account id) and each operation's context parameters from the model (S3's `Bucket`,
    /// DynamoDB's `ResourceArn`). Without one, endpoints are the partition's regional
    /// default. A rule set that does not parse is a [`Config`](crate::ErrorKind::Config)
    /// error.
    pub fn with_endpoint_rules(mut self, rules_json: &[u8]) -> Result<DynamicClient> {
        let bytes = maybe_gunzip(rules_json)?;
        let text = std::str::from_utf8(&bytes)
            .map_err(|_| Error::config("the endpoint rule set is not UTF-8"))?;
        let rules = Arc::new(crate::endpoint::RuleSet::from_json(text)?);
        let context = std::borrow::Cow::Owned(self.model.endpoint_context.clone());
        let session = self.handle.session().clone();
        self.handle = ClientHandle::with_rule_set(&session, self.handle.meta(), rules, context);
        Ok(self)
    }

    /// Adds the service's paginators from botocore's `paginators-1.json` (plain or gzip),
    /// for [`DynamicClient::paginate`]. Every JMESPath expression is compiled now: an
    /// expression outside the supported subset is `Error::invalid_input` naming it.
    pub fn with_paginators(mut self, paginators_json: &[u8]) -> Result<DynamicClient> {
        let bytes = maybe_gunzip(paginators_json)?;
        self.paginators = Arc::new(paginators::Paginators::from_json(&bytes)?);
        Ok(self)
    }

    /// Adds the service's waiters from botocore's `waiters-2.json` (plain or gzip), for
    /// [`DynamicClient::wait`]. Acceptors are compiled now, like paginators.
    pub fn with_waiters(mut self, waiters_json: &[u8]) -> Result<DynamicClient> {
        let bytes = maybe_gunzip(waiters_json)?;
        self.waiters = Arc::new(waiters::Waiters::from_json(&bytes)?);
        Ok(self)
    }

    /// The operations that have a paginator, sorted.
    pub fn paginated_operations(&self) -> Vec<&str> {
        self.paginators.names()
    }

    /// The names of the waiters, sorted (boto3's `waiter_names`).
    pub fn waiter_names(&self) -> Vec<&str> {
        self.waiters.names()
    }

    /// True when `op` has a paginator.
    pub fn can_paginate(&self, op: &str) -> bool {
        self.paginators.get(op).is_some()
    }

    fn paginator(&self, op: &str) -> Result<&Arc<paginators::Paginator>> {
        self.paginators.get(op).ok_or_else(|| {
            Error::invalid_input(format!(
                "{} has no paginator for {op} (see DynamicClient::with_paginators)",
                self.model.meta.service_id
            ))
        })
    }

    /// The pages of `op` for `params`, following its paginator's tokens: a `Stream` of
    /// outputs. Nothing is sent before it is first polled; see [`Paginate::page_size`] and
    /// [`Paginate::items`].
    pub fn paginate(&self, op: &str, params: Json) -> Paginate {
        Paginate::new(self.clone(), op, params)
    }

    /// Waits with the waiter `name` (`BucketExists`, `TableExists`, `InstanceRunning`, ...),
    /// polling its operation with `params`; `.await` the result. An unknown waiter is
    /// `Error::invalid_input`.
    pub fn wait(&self, name: &str, params: Json) -> Result<DynamicWaiter> {
        let cfg = self.waiters.get(name).ok_or_else(|| {
            Error::invalid_input(format!(
                "{} has no waiter {name} (see DynamicClient::with_waiters)",
                self.model.meta.service_id
            ))
        })?;
        Ok(DynamicWaiter::new(self.clone(), Arc::clone(cfg), params))
    }

    /// The service model.
    pub fn model(&self) -> &ServiceModel {
        &self.model
    }

    /// The endpoint requests go to: the session's configured endpoint URL, else the
    /// service's AWS endpoint in the session's region.
    pub fn endpoint(&self) -> Result<&Endpoint> {
        self.handle.endpoint()
    }

    fn operation(&self, name: &str) -> Result<&Operation> {
        self.model.operation(name).ok_or_else(|| {
            Error::invalid_input(format!(
                "{} has no operation {name}",
                self.model.meta.service_id
            ))
        })
    }

    /// Converts `params` into the operation's input value.
    fn input(&self, op: &Operation, params: &Json) -> Result<Value> {
        match &op.input {
            Some(r) => json_to_value(&self.model.shapes, r, params),
            None => match params {
                Json::Null => Ok(Value::structure()),
                Json::Object(o) if o.is_empty() => Ok(Value::structure()),
                _ => Err(Error::invalid_input(format!("{} takes no input", op.name))),
            },
        }
    }

    /// The unsigned HTTP request of `op` for `params`, at the endpoint its call would use
    /// (the rule set's for its parameters, without the credentials' account id).
    pub fn build_request(&self, op: &str, params: &Json) -> Result<http::Request<Bytes>> {
        let op = self.operation(op)?;
        let input = self.input(op, params)?;
        let req = self.handle.build_unsigned(&self.model.shapes, op, input)?;
        let (parts, body) = req.into_parts();
        let body = body
            .bytes()
            .cloned()
            .ok_or_else(|| Error::invalid_input("the request body is a stream"))?;
        Ok(http::Request::from_parts(parts, body))
    }

    /// Parses a response of `op`: the output as JSON, or the service error as `Err`.
    pub fn parse_response(&self, op: &str, resp: http::Response<Bytes>) -> Result<Json> {
        let op = self.operation(op)?;
        let value = protocol::parse_response(&self.model.meta, &self.model.shapes, op, resp)?;
        Ok(output_to_json(&self.model.shapes, op, value))
    }

    /// Sends `op` with `params` through the session's transport (signed, with retries) and
    /// returns its output as JSON; service errors are `Err`.
    pub async fn call(&self, op: &str, params: Json) -> Result<Json> {
        let op = self.operation(op)?;
        let input = self.input(op, &params)?;
        let mut value = self
            .handle
            .call_value(&self.model.shapes, op, input)
            .await?;
        // A streaming payload is read in full (within the session's limit): JSON results
        // carry blobs as strings.
        let max = self.handle.session().max_response_body();
        if let Value::Structure(fields) = &mut value {
            for (_, v) in fields.iter_mut() {
                *v = match std::mem::take(v) {
                    Value::Stream(s) => Value::Blob(s.collect_limited(max).await?),
                    other => other,
                };
            }
        }
        Ok(output_to_json(&self.model.shapes, op, value))
    }
}

/// The output value of `op` as botocore-style JSON (an empty object for no output).
pub fn output_to_json(shapes: &Shapes, op: &Operation, value: Value) -> Json {
    match &op.output {
        Some(r) => value_to_json(shapes, r, value),
        None => Json::Object(Default::default()),
    }
}

/// Converts botocore-style params into a value of the shape `r`: members by model name,
/// blobs as strings, timestamps as epoch seconds or date strings. Unknown members and wrong
/// types are `Error::invalid_input`.
pub fn json_to_value(shapes: &Shapes, r: &SchemaRef, json: &Json) -> Result<Value> {
    let mut path = String::new();
    to_value(shapes, None, shapes.get(r), json, &mut path)
}

fn wrong(path: &str, expected: &str, got: &Json) -> Error {
    let got = match got {
        Json::Null => "null",
        Json::Bool(_) => "a boolean",
        Json::Number(_) => "a number",
        Json::String(_) => "a string",
        Json::Array(_) => "an array",
        Json::Object(_) => "an object",
    };
    let at = if path.is_empty() { "the input" } else { path };
    Error::invalid_input(format!("{at} must be {expected}, not {got}"))
}

fn to_value(
    shapes: &Shapes,
    member: Option<&Member>,
    schema: &Schema,
    json: &Json,
    path: &mut String,
) -> Result<Value> {
    if json.is_null() {
        return Ok(Value::Null);
    }
    if member.is_some_and(|m| m.traits.json_value) {
        // A string is taken as JSON text already; anything else is serialized.
        return Ok(Value::String(match json {
            Json::String(s) => s.clone(),
            other => other.to_string(),
        }));
    }
    Ok(match (&schema.kind, json) {
        (Kind::Document, j) => Value::Document(j.clone()),
        (Kind::Structure { members, .. }, Json::Object(obj)) => {
            let mut out = Vec::with_capacity(obj.len());
            for (k, v) in obj {
                let m = members.iter().find(|m| m.name == *k).ok_or_else(|| {
                    let at = if path.is_empty() {
                        "the input"
                    } else {
                        path.as_str()
                    };
                    Error::invalid_input(format!("unknown parameter {k} in {at} ({})", schema.name))
                })?;
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(k);
                let v = to_value(shapes, Some(m), shapes.get(&m.target), v, path)?;
                path.truncate(len);
                out.push((m.name.clone(), v));
            }
            Value::Structure(out)
        }
        (Kind::List { member: m }, Json::Array(items)) => {
            let it = shapes.get(&m.target);
            let mut out = Vec::with_capacity(items.len());
            for (i, v) in items.iter().enumerate() {
                let len = path.len();
                path.push_str(&format!("[{i}]"));
                out.push(to_value(shapes, Some(m), it, v, path)?);
                path.truncate(len);
            }
            Value::List(out)
        }
        (Kind::Map { value: vm, .. }, Json::Object(obj)) => {
            let vt = shapes.get(&vm.target);
            let mut out = Vec::with_capacity(obj.len());
            for (k, v) in obj {
                let len = path.len();
                path.push_str(&format!("[{k:?}]"));
                out.push((k.clone(), to_value(shapes, Some(vm), vt, v, path)?));
                path.truncate(len);
            }
            Value::Map(out)
        }
        (Kind::String, Json::String(s)) => Value::String(s.clone()),
        (Kind::Boolean, Json::Bool(b)) => Value::Bool(*b),
        (Kind::Integer, Json::Number(n)) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => return Err(wrong(path, "an integer that fits 64 bits", json)),
        },
        (Kind::Float, Json::Number(n)) => Value::Float(n.as_f64().unwrap_or(f64::NAN)),
        (Kind::Float, Json::String(s)) => match s.as_str() {
            "NaN" => Value::Float(f64::NAN),
            "Infinity" => Value::Float(f64::INFINITY),
            "-Infinity" => Value::Float(f64::NEG_INFINITY),
            _ => return Err(wrong(path, "a number", json)),
        },
        (Kind::BigNumber, Json::Number(n)) => Value::BigNumber(n.to_string()),
        (Kind::BigNumber, Json::String(s))
            if serde_json::from_str::<serde_json::Number>(s).is_ok() =>
        {
            Value::BigNumber(s.clone())
        }
        (Kind::Timestamp, Json::Number(n)) => {
            let secs = n.as_f64().unwrap_or(f64::NAN);
            match DateTime::try_from_secs_f64(secs) {
                Some(t) => Value::Timestamp(t),
                None => return Err(wrong(path, "a timestamp in range", json)),
            }
        }
        (Kind::Timestamp, Json::String(s)) => {
            Value::Timestamp(DateTime::parse_any(s).map_err(|_| wrong(path, "a timestamp", json))?)
        }
        (Kind::Blob, Json::String(s)) => Value::Blob(Bytes::copy_from_slice(s.as_bytes())),
        (Kind::Blob, Json::Array(items)) => {
            let bytes: Option<Vec<u8>> = items
                .iter()
                .map(|b| b.as_u64().and_then(|b| u8::try_from(b).ok()))
                .collect();
            Value::Blob(
                bytes
                    .ok_or_else(|| wrong(path, "a string or bytes", json))?
                    .into(),
            )
        }
        (kind, j) => {
            let expected = match kind {
                Kind::Structure { .. } | Kind::Map { .. } => "an object",
                Kind::List { .. } => "an array",
                Kind::String => "a string",
                Kind::Boolean => "a boolean",
                Kind::Integer => "an integer",
                Kind::Float | Kind::BigNumber => "a number",
                Kind::Timestamp => "a timestamp",
                Kind::Blob => "a string",
                Kind::Document => "a document",
            };
            return Err(wrong(path, expected, j));
        }
    })
}

/// Converts a value of shape `r` into botocore-style JSON: members by model name, blobs
/// as (lossy UTF-8) strings, timestamps as epoch seconds, non-finite floats as `"NaN"`,
/// `"Infinity"`, `"-Infinity"`.
pub fn value_to_json(shapes: &Shapes, r: &SchemaRef, value: Value) -> Json {
    to_json(shapes, None, Some(shapes.get(r)), value)
}

fn to_json(
    shapes: &Shapes,
    member: Option<&Member>,
    schema: Option<&Schema>,
    value: Value,
) -> Json {
    match value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(b),
        Value::Integer(i) => Json::from(i),
        Value::Float(f) => match serde_json::Number::from_f64(f) {
            Some(n) => Json::Number(n),
            None if f.is_nan() => Json::from("NaN"),
            None if f > 0.0 => Json::from("Infinity"),
            None => Json::from("-Infinity"),
        },
        Value::BigNumber(n) => serde_json::from_str::<serde_json::Number>(&n)
            .map(Json::Number)
            .unwrap_or(Json::String(n)),
        Value::String(s) if member.is_some_and(|m| m.traits.json_value) => {
            serde_json::from_str(&s).unwrap_or(Json::String(s))
        }
        Value::String(s) => Json::String(s),
        Value::Blob(b) => Json::String(String::from_utf8_lossy(&b).into_owned()),
        Value::Stream(s) => match s.bytes() {
            Some(b) => Json::String(String::from_utf8_lossy(b).into_owned()),
            None => Json::Null,
        },
        Value::Timestamp(t) => epoch_json(&t),
        Value::Document(d) => d,
        Value::List(items) => {
            let (m, s) = match schema.map(|s| &s.kind) {
                Some(Kind::List { member }) => (Some(&**member), Some(shapes.get(&member.target))),
                _ => (None, None),
            };
            Json::Array(
                items
                    .into_iter()
                    .map(|v| to_json(shapes, m, s, v))
                    .collect(),
            )
        }
        Value::Map(entries) => {
            let (m, s) = match schema.map(|s| &s.kind) {
                Some(Kind::Map { value, .. }) => (Some(&**value), Some(shapes.get(&value.target))),
                _ => (None, None),
            };
            Json::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k, to_json(shapes, m, s, v)))
                    .collect(),
            )
        }
        Value::Structure(fields) => {
            let members = match schema.map(|s| &s.kind) {
                Some(Kind::Structure { members, .. }) => &members[..],
                _ => &[],
            };
            Json::Object(
                fields
                    .into_iter()
                    .map(|(k, v)| {
                        let m = members.iter().find(|m| m.name == k);
                        let s = m.map(|m| shapes.get(&m.target));
                        (k.into_owned(), to_json(shapes, m, s, v))
                    })
                    .collect(),
            )
        }
    }
}

fn epoch_json(t: &DateTime) -> Json {
    if t.subsec_nanos() == 0 {
        Json::from(t.secs())
    } else {
        let ms = (t.subsec_nanos() / 1_000_000) as f64 / 1000.0;
        serde_json::Number::from_f64(t.secs() as f64 + ms)
            .map(Json::Number)
            .unwrap_or(Json::Null)
    }
}

#[cfg(test)]
mod tests;
