//! Endpoint resolution by the Smithy rules engine, as AWS services describe it in their
//! `endpoint-rule-set-1.json`: parameters (`Region`, `UseFIPS`, `Bucket`, ...) go in, and
//! the first matching rule gives the URL, extra headers and properties (auth schemes with
//! signing name and region) — or an error whose text the rule set chooses.
//!
//! A [`RuleSet`] is parsed once into a typed tree; [`RuleSet::resolve`] walks it without
//! touching JSON again. The whole standard library is here: `isSet`, `not`,
//! `booleanEquals`, `stringEquals`, `getAttr`, `substring`, `uriEncode`, `parseURL`,
//! `isValidHostLabel`, `split`, `coalesce`, `ite`, and the AWS functions `aws.partition`
//! (over a [`Partitions`] table; botocore's is built in), `aws.parseArn` and
//! `aws.isVirtualHostableS3Bucket`.
//!
//! ```
//! use boto_core::endpoint::RuleSet;
//! use serde_json::json;
//!
//! let rules = RuleSet::from_json(r#"{
//!     "version": "1.0",
//!     "parameters": {
//!         "Region": {"type": "String", "required": true},
//!         "UseFIPS": {"type": "Boolean", "required": true, "default": false}
//!     },
//!     "rules": [
//!         {"conditions": [
//!             {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "p"},
//!             {"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]}
//!          ],
//!          "type": "endpoint",
//!          "endpoint": {"url": "https://svc-fips.{Region}.{p#dnsSuffix}",
//!                       "properties": {"authSchemes": [{"name": "sigv4", "signingRegion": "{Region}"}]}}},
//!         {"conditions": [], "type": "error", "error": "FIPS is required in {Region}"}
//!     ]
//! }"#)?;
//!
//! let ep = rules.resolve(&json!({"Region": "us-gov-west-1", "UseFIPS": true}))?;
//! assert_eq!(ep.url, "https://svc-fips.us-gov-west-1.amazonaws.com");
//! assert_eq!(ep.properties["authSchemes"][0]["signingRegion"], "us-gov-west-1");
//!
//! let err = rules.resolve(&json!({"Region": "eu-west-1"})).unwrap_err();
//! assert_eq!(err.message(), Some("FIPS is required in eu-west-1"));
//! # Ok::<(), boto_core::Error>(())
//! ```

pub(crate) mod context;
mod functions;
mod partition;
mod regex;
mod tree;

#[cfg(test)]
mod tests;

pub use context::{ContextParam, OperationContext, StaticValue};
pub use partition::Partitions;

use crate::{Error, Result};
use serde_json::{Map, Value};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use tree::{Call, Condition, Expr, Func, Part, Rule, RuleKind, Step, Tree};

/// A service's endpoint rule set, parsed and ready to resolve.
#[derive(Clone)]
pub struct RuleSet {
    tree: Tree,
    partitions: Partitions,
}

impl fmt::Debug for RuleSet {
    /// The parameters and the number of top-level rules, not the whole tree.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RuleSet")
            .field(
                "parameters",
                &self.parameters().map(|(name, _)| name).collect::<Vec<_>>(),
            )
            .field("rules", &self.tree.rules.len())
            .finish_non_exhaustive()
    }
}

/// Where to send a request, as a rule set resolved it.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedEndpoint {
    /// The endpoint URL.
    pub url: String,
    /// Headers to add to the request.
    pub headers: BTreeMap<String, Vec<String>>,
    /// Everything else the rule says, a JSON object: `authSchemes` (each with `name`,
    /// `signingName`, `signingRegion` or `signingRegionSet`, ...), `backend`, ...
    pub properties: Value,
}

impl RuleSet {
    /// Parses a rule set (`endpoint-rule-set-1.json`), with the built-in partitions table.
    ///
    /// # Errors
    ///
    /// A [`Config`](crate::ErrorKind::Config) error for anything malformed: bad JSON, an
    /// unknown rule type, parameter type or function, wrong argument counts, a reference to
    /// a name not in scope, an unbalanced template.
    pub fn from_json(json: &str) -> Result<RuleSet> {
        Ok(RuleSet {
            tree: tree::parse(json)?,
            partitions: Partitions::embedded()?,
        })
    }

    /// Uses `partitions` for `aws.partition` instead of the built-in table.
    #[must_use]
    pub fn with_partitions(mut self, partitions: Partitions) -> RuleSet {
        self.partitions = partitions;
        self
    }

    /// The parameters the rule set takes, with the built-in each is bound to
    /// (`AWS::Region`, `SDK::Endpoint`, ...) if any.
    pub fn parameters(&self) -> impl Iterator<Item = (&str, Option<&str>)> {
        self.tree
            .params
            .iter()
            .map(|p| (p.name.as_str(), p.built_in.as_deref()))
    }

    /// Whether some rule reads the parameter `name` (S3's rule set declares `Key` and
    /// `Prefix` but reads neither): a parameter no rule reads cannot change the endpoint.
    pub fn reads(&self, name: &str) -> bool {
        self.tree
            .params
            .iter()
            .zip(&self.tree.used)
            .any(|(p, used)| *used && p.name == name)
    }

    /// Resolves the endpoint for `params`, a JSON object keyed by the rule set's parameter
    /// names (`{"Region": "us-east-1", "UseFIPS": true}`). Absent (or `null`) parameters
    /// take their defaults; names the rule set does not know are ignored.
    ///
    /// # Errors
    ///
    /// An [`InvalidInput`](crate::ErrorKind::InvalidInput) error when `params` is not an
    /// object, a parameter has the wrong type or a required one is missing, and when the
    /// matching rule is an error rule: then [`Error::message`] is the rule's text exactly.
    /// A [`Config`](crate::ErrorKind::Config) error when the rule set itself misbehaves
    /// (no rule matches, a function gets arguments of the wrong type).
    pub fn resolve(&self, params: &Value) -> Result<ResolvedEndpoint> {
        let given = params
            .as_object()
            .ok_or_else(|| Error::invalid_input("endpoint parameters must be a JSON object"))?;
        let mut scope = vec![None; self.tree.slots];
        for (slot, p) in self.tree.params.iter().enumerate() {
            let value = match given.get(&p.name) {
                None | Some(Value::Null) => p.default.clone(),
                Some(v) if p.ty.accepts(v) => Some(v.clone()),
                Some(_) => {
                    return Err(Error::invalid_input(format!(
                        "endpoint parameter `{}` must be a {}",
                        p.name,
                        p.ty.name()
                    )))
                }
            };
            if value.is_none() && p.required {
                return Err(Error::invalid_input(format!(
                    "endpoint parameter `{}` is required",
                    p.name
                )));
            }
            scope[slot] = value;
        }
        let mut eval = Eval {
            partitions: &self.partitions,
            scope,
        };
        eval.rules(&self.tree.rules)?
            .ok_or_else(|| Error::config("endpoint rules: no rule matched these parameters"))
    }
}

/// The most arguments of a function other than `coalesce`, `substring`'s four.
const MAX_ARGS: usize = 4;

/// One resolution's state: the variables, indexed by the slots the parser gave them.
struct Eval<'a> {
    partitions: &'a Partitions,
    scope: Vec<Option<Value>>,
}

impl Eval<'_> {
    /// The first rule whose conditions hold decides; `None` when none does.
    fn rules(&mut self, rules: &[Rule]) -> Result<Option<ResolvedEndpoint>> {
        for rule in rules {
            if !self.holds(&rule.conditions)? {
                continue;
            }
            return match &rule.kind {
                RuleKind::Endpoint(ep) => {
                    let url = self.string(&ep.url)?;
                    let properties = self.value(&ep.properties)?.into_owned();
                    let mut headers = BTreeMap::new();
                    for (name, values) in &ep.headers {
                        let values = values
                            .iter()
                            .map(|v| self.string(v))
                            .collect::<Result<Vec<_>>>()?;
                        headers.insert(name.clone(), values);
                    }
                    Ok(Some(ResolvedEndpoint {
                        url,
                        headers,
                        properties,
                    }))
                }
                RuleKind::Error(message) => Err(Error::invalid_input(self.string(message)?)),
                // A tree whose conditions hold is final: one of its rules must match.
                RuleKind::Tree(children) => match self.rules(children)? {
                    Some(ep) => Ok(Some(ep)),
                    None => Err(Error::config(
                        "endpoint rules: no rule of a matching tree rule matched",
                    )),
                },
            };
        }
        Ok(None)
    }

    /// A condition holds unless its call is unset or `false`; `assign` keeps the result.
    fn holds(&mut self, conditions: &[Condition]) -> Result<bool> {
        for c in conditions {
            let value = match self.call(&c.call)? {
                None => return Ok(false),
                Some(v) if matches!(*v, Value::Bool(false)) => return Ok(false),
                Some(v) => c.assign.map(|slot| (slot, v.into_owned())),
            };
            if let Some((slot, v)) = value {
                self.scope[slot] = Some(v);
            }
        }
        Ok(true)
    }

    /// An expression that must be set (URLs, headers, properties, error texts).
    fn value<'a>(&'a self, e: &'a Expr) -> Result<Cow<'a, Value>> {
        self.expr(e)?
            .ok_or_else(|| Error::config("endpoint rules: a value refers to an unset variable"))
    }

    fn string(&self, e: &Expr) -> Result<String> {
        match self.value(e)?.into_owned() {
            Value::String(s) => Ok(s),
            other => Err(Error::config(format!(
                "endpoint rules: expected a string, got {other}"
            ))),
        }
    }

    /// Evaluates `e`, borrowing constants and variables rather than copying them.
    fn expr<'a>(&'a self, e: &'a Expr) -> Result<Option<Cow<'a, Value>>> {
        Ok(match e {
            Expr::Const(v) => Some(Cow::Borrowed(v)),
            Expr::Template(parts) => Some(Cow::Owned(Value::String(self.template(parts)?))),
            Expr::Ref(slot) => self.scope[*slot].as_ref().map(Cow::Borrowed),
            Expr::Call(call) => self.call(call)?,
            Expr::Array(items) => Some(Cow::Owned(Value::Array(
                items
                    .iter()
                    .map(|i| Ok(self.value(i)?.into_owned()))
                    .collect::<Result<_>>()?,
            ))),
            Expr::Object(fields) => Some(Cow::Owned(Value::Object(
                fields
                    .iter()
                    .map(|(k, v)| Ok((k.clone(), self.value(v)?.into_owned())))
                    .collect::<Result<Map<_, _>>>()?,
            ))),
        })
    }

    fn template(&self, parts: &[Part]) -> Result<String> {
        let mut out = String::new();
        for part in parts {
            match part {
                Part::Text(t) => out.push_str(t),
                Part::Var { slot, path } => {
                    match self.scope[*slot].as_ref().and_then(|v| get_attr(v, path)) {
                        Some(Value::String(s)) => out.push_str(s),
                        Some(v @ (Value::Bool(_) | Value::Number(_))) => {
                            out.push_str(&v.to_string())
                        }
                        _ => {
                            return Err(Error::config(
                                "endpoint rules: a template refers to an unset or non-string value",
                            ))
                        }
                    }
                }
            }
        }
        Ok(out)
    }

    /// Calls a function. Except for `isSet`, `coalesce` and `ite`, an unset argument makes
    /// the result unset (so the condition does not hold).
    fn call<'a>(&'a self, call: &'a Call) -> Result<Option<Cow<'a, Value>>> {
        match (&call.func, call.args.as_slice()) {
            (Func::IsSet, [arg]) => {
                return Ok(Some(Cow::Owned(Value::Bool(self.expr(arg)?.is_some()))))
            }
            (Func::Coalesce, args) => {
                for arg in args {
                    if let Some(v) = self.expr(arg)? {
                        return Ok(Some(v));
                    }
                }
                return Ok(None);
            }
            (Func::Ite, [cond, then, otherwise]) => {
                return match self.expr(cond)?.as_deref() {
                    Some(Value::Bool(true)) => self.expr(then),
                    Some(Value::Bool(false)) | None => self.expr(otherwise),
                    Some(_) => Err(type_error(&call.func)),
                };
            }
            (Func::GetAttr(path), [arg]) => {
                return Ok(match self.expr(arg)? {
                    Some(Cow::Borrowed(v)) => get_attr(v, path).map(Cow::Borrowed),
                    Some(Cow::Owned(v)) => get_attr(&v, path).cloned().map(Cow::Owned),
                    None => None,
                });
            }
            _ => {}
        }
        // The other functions take at most four arguments: keep them on the stack.
        static NULL: Value = Value::Null;
        let n = call.args.len();
        if n > MAX_ARGS {
            return Err(type_error(&call.func));
        }
        let mut values: [Option<Cow<'a, Value>>; MAX_ARGS] = Default::default();
        for (slot, arg) in values.iter_mut().zip(&call.args) {
            match self.expr(arg)? {
                Some(v) => *slot = Some(v),
                None => return Ok(None),
            }
        }
        let args = values.each_ref().map(|v| v.as_deref().unwrap_or(&NULL));
        if let (Func::Partition, [Value::String(region)]) = (&call.func, &args[..n]) {
            return Ok(Some(Cow::Borrowed(self.partitions.lookup(region))));
        }
        Ok(apply(&call.func, &args[..n])?.map(Cow::Owned))
    }
}

/// The functions that compute a new value from set arguments.
fn apply(func: &Func, args: &[&Value]) -> Result<Option<Value>> {
    use Value::{Bool, Number, String as Str};
    let string = |s: &str| Some(Str(s.to_string()));
    let index = |n: &serde_json::Number| {
        n.as_u64()
            .map(|n| usize::try_from(n).unwrap_or(usize::MAX))
            .ok_or_else(|| type_error(func))
    };
    Ok(match (func, args) {
        (Func::Not, [Bool(b)]) => Some(Bool(!b)),
        (Func::BooleanEquals, [Bool(a), Bool(b)]) => Some(Bool(a == b)),
        (Func::StringEquals, [Str(a), Str(b)]) => Some(Bool(a == b)),
        (Func::Substring, [Str(s), Number(start), Number(stop), Bool(reverse)]) => {
            functions::substring(s, index(start)?, index(stop)?, *reverse).and_then(string)
        }
        (Func::UriEncode, [Str(s)]) => Some(Str(functions::uri_encode(s))),
        (Func::ParseUrl, [Str(s)]) => functions::parse_url(s),
        (Func::IsValidHostLabel, [Str(s), Bool(sub)]) => {
            Some(Bool(functions::is_valid_host_label(s, *sub)))
        }
        (Func::Split, [Str(s), Str(delimiter), Number(limit)]) => {
            functions::split(s, delimiter, index(limit)?)
                .map(|parts| Value::Array(parts.into_iter().map(|p| Str(p.into())).collect()))
        }
        (Func::ParseArn, [Str(s)]) => functions::parse_arn(s),
        (Func::IsVirtualHostableS3Bucket, [Str(s), Bool(sub)]) => {
            Some(Bool(functions::is_virtual_hostable_s3_bucket(s, *sub)))
        }
        _ => return Err(type_error(func)),
    })
}

/// Follows a `getAttr` path; `None` where a field or index is missing.
fn get_attr<'v>(mut value: &'v Value, path: &[Step]) -> Option<&'v Value> {
    for step in path {
        value = match step {
            Step::Field(name) => value.as_object()?.get(name)?,
            Step::Index(i) => value.as_array()?.get(*i)?,
        };
    }
    Some(value)
}

fn type_error(func: &Func) -> Error {
    Error::config(format!(
        "endpoint rules: `{}` called with arguments of the wrong type",
        func.name()
    ))
}
