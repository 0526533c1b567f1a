//! The endpoint parameters an operation contributes (botocore's `contextParam` on input
//! members, `staticContextParams` and `operationContextParams` on operations): S3's
//! `Bucket` and `Key`, DynamoDB's `ResourceArn`, S3's `UseS3ExpressControlEndpoint`, ...
//!
//! A typed client declares them on its operations (`#[op(.., context(..))]`), the dynamic
//! client reads them from the service model; the request pipeline adds them to the rule
//! set's parameters of each request.

use crate::value::Value;
use serde_json::{Map, Value as Json};
use std::borrow::Cow;

/// Where one endpoint parameter of an operation comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ContextParam {
    /// The input member `member` (`contextParam`): its string or boolean value, when set.
    Member {
        /// The rule set's parameter (`Bucket`, `ResourceArn`).
        name: Cow<'static, str>,
        /// The input member's wire name (`Bucket`, `TableName`).
        member: Cow<'static, str>,
    },
    /// A fixed value (`staticContextParams`).
    Static {
        /// The rule set's parameter (`UseS3ExpressControlEndpoint`).
        name: Cow<'static, str>,
        /// Its value.
        value: StaticValue,
    },
    /// The strings found at a path in the input (`operationContextParams`): `keys(M)` (the
    /// keys of map member `M`), or members separated by `.` where `L[*]` takes every
    /// element of list `L` and `[A.B, C.D]` each of these sub-paths, with `[]` flattening
    /// (`TransactItems[*].Get.TableName`, `Delete.Objects[*].Key`,
    /// `TransactItems[*].[Put.TableName, Delete.TableName][]`): a list of strings; a path of
    /// plain members (`TableCreationParameters.TableName`): a string. Other JMESPath forms
    /// set nothing.
    Path {
        /// The rule set's parameter (`ResourceArnList`).
        name: Cow<'static, str>,
        /// The path.
        path: Cow<'static, str>,
    },
}

/// The value of a [`ContextParam::Static`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum StaticValue {
    /// A boolean parameter's.
    Bool(bool),
    /// A string parameter's.
    String(Cow<'static, str>),
}

/// The endpoint parameters of one operation, by its wire name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationContext {
    /// The operation's wire name (`GetObject`).
    pub operation: Cow<'static, str>,
    /// Its parameters.
    pub params: Cow<'static, [ContextParam]>,
}

impl ContextParam {
    /// The rule set's parameter this one sets.
    pub fn name(&self) -> &str {
        match self {
            ContextParam::Member { name, .. }
            | ContextParam::Static { name, .. }
            | ContextParam::Path { name, .. } => name,
        }
    }
}

/// The endpoint parameters of a botocore model's `operations` (with its `shapes`, where
/// input members carry `contextParam`): one entry per operation that has some. Entries
/// that are not as botocore writes them are skipped.
#[cfg(feature = "dynamic")]
pub(crate) fn from_model(operations: &Json, shapes: &Json) -> Vec<OperationContext> {
    let Some(operations) = operations.as_object() else {
        return Vec::new();
    };
    let text = |v: &Json| v.as_str().map(|s| Cow::Owned(s.to_string()));
    let mut out = Vec::new();
    for (operation, op) in operations {
        let mut params = Vec::new();
        let input = op
            .pointer("/input/shape")
            .and_then(Json::as_str)
            .and_then(|s| shapes.get(s))
            .and_then(|s| s.get("members"))
            .and_then(Json::as_object);
        for (member, spec) in input.into_iter().flatten() {
            if let Some(name) = spec.pointer("/contextParam/name").and_then(text) {
                params.push(ContextParam::Member {
                    name,
                    member: Cow::Owned(member.clone()),
                });
            }
        }
        let entries = |key: &str| op.get(key).and_then(Json::as_object).into_iter().flatten();
        for (name, spec) in entries("staticContextParams") {
            let value = match spec.get("value") {
                Some(Json::Bool(b)) => StaticValue::Bool(*b),
                Some(Json::String(s)) => StaticValue::String(Cow::Owned(s.clone())),
                _ => continue,
            };
            params.push(ContextParam::Static {
                name: Cow::Owned(name.clone()),
                value,
            });
        }
        for (name, spec) in entries("operationContextParams") {
            if let Some(path) = spec.get("path").and_then(text) {
                params.push(ContextParam::Path {
                    name: Cow::Owned(name.clone()),
                    path,
                });
            }
        }
        if !params.is_empty() {
            out.push(OperationContext {
                operation: Cow::Owned(operation.clone()),
                params: Cow::Owned(params),
            });
        }
    }
    out
}

/// Adds to `out` the parameters `params` take from `input`; members that are absent (or
/// not a string, boolean or list of strings) set nothing, so the rule set's default holds.
pub(crate) fn collect(params: &[ContextParam], input: &Value, out: &mut Map<String, Json>) {
    for param in params {
        let value = match param {
            ContextParam::Member { member, .. } => match input.get(member) {
                Some(Value::String(s)) => Some(Json::String(s.clone())),
                Some(Value::Bool(b)) => Some(Json::Bool(*b)),
                _ => None,
            },
            ContextParam::Static { value, .. } => Some(match value {
                StaticValue::Bool(b) => Json::Bool(*b),
                StaticValue::String(s) => Json::String(s.to_string()),
            }),
            ContextParam::Path { path, .. } => path_strings(input, path).and_then(|found| {
                if is_list(path) {
                    let all = found.into_iter().map(|s| Json::String(s.into()));
                    Some(Json::Array(all.collect()))
                } else {
                    // One member: its value itself.
                    found.first().map(|s| Json::String(s.to_string()))
                }
            }),
        };
        if let Some(v) = value {
            out.insert(param.name().to_string(), v);
        }
    }
}

/// The strings at `path` in `input` (see [`ContextParam::Path`]); `None` when the path
/// finds nothing or is not one this reader knows.
fn path_strings<'a>(input: &'a Value, path: &str) -> Option<Vec<&'a str>> {
    if let Some(inner) = path.strip_prefix("keys(").and_then(|p| p.strip_suffix(')')) {
        return match input.get(inner.trim())? {
            Value::Map(entries) => Some(entries.iter().map(|(k, _)| k.as_str()).collect()),
            _ => None,
        };
    }
    let found = select(vec![input], path)?;
    let strings: Vec<&str> = found.into_iter().filter_map(Value::as_str).collect();
    (!strings.is_empty()).then_some(strings)
}

/// Whether `path` gives a list: a key set, a projection `[*]`, a flattening `[]`.
fn is_list(path: &str) -> bool {
    path.starts_with("keys(") || path.contains("[*]") || path.contains("[]")
}

/// The values `path` selects from each of `from` (absent ones dropped): steps separated by
/// `.` (outside brackets), each a member name, a member name projected over its list
/// (`Items[*]`), or a multi-select list of sub-paths (`[A.B, C.D]`, botocore's
/// `TransactItems[*].[Put.TableName, Delete.TableName][]`), optionally flattened (`[]`).
fn select<'a>(from: Vec<&'a Value>, path: &str) -> Option<Vec<&'a Value>> {
    let mut current = from;
    for step in split_top(path, '.')? {
        let step = step.trim();
        let step = step.strip_suffix("[]").unwrap_or(step);
        if let Some(list) = step.strip_prefix('[').and_then(|s| s.strip_suffix(']')) {
            let subs = split_top(list, ',')?;
            let mut next = Vec::new();
            for v in current {
                for sub in &subs {
                    next.extend(select(vec![v], sub.trim())?);
                }
            }
            current = next;
            continue;
        }
        let (member, each) = match step.strip_suffix("[*]") {
            Some(m) => (m, true),
            None => (step, false),
        };
        if member.is_empty()
            || !member
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            return None;
        }
        let mut next = Vec::new();
        for v in current {
            match (v.get(member), each) {
                (Some(Value::List(items)), true) => next.extend(items.iter()),
                (Some(found), false) => next.push(found),
                _ => {}
            }
        }
        current = next;
    }
    Some(current)
}

/// `text` split at each `sep` outside brackets; `None` when the brackets do not balance.
fn split_top(text: &str, sep: char) -> Option<Vec<&str>> {
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0usize, 0);
    for (i, c) in text.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth = depth.checked_sub(1)?,
            c if c == sep && depth == 0 => {
                parts.push(&text[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    (depth == 0).then(|| {
        parts.push(&text[start..]);
        parts
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn item() -> Value {
        let mut get = Value::structure();
        get.set(
            "TableName",
            Value::String("arn:aws:dynamodb:us-east-1:222233334444:table/T".into()),
        );
        let mut item = Value::structure();
        item.set("Get", get);
        item
    }

    fn input() -> Value {
        let mut v = Value::structure();
        v.set("TableName", Value::String("Movies".into()));
        v.set("ConsistentRead", Value::Bool(true));
        v.set("Limit", Value::Integer(3));
        v.set("TransactItems", Value::List(vec![item(), item()]));
        v.set(
            "RequestItems",
            Value::Map(vec![("A".into(), Value::Null), ("B".into(), Value::Null)]),
        );
        v
    }

    fn params(list: &[ContextParam]) -> Json {
        let mut out = Map::new();
        collect(list, &input(), &mut out);
        Json::Object(out)
    }

    #[test]
    #[cfg(feature = "dynamic")]
    fn a_botocore_model_s_parameters_are_read() {
        let ops = json!({
            "GetObject": {"input": {"shape": "GetObjectRequest"}},
            "CreateBucket": {"input": {"shape": "CreateBucketRequest"},
                             "staticContextParams": {"UseS3ExpressControlEndpoint": {"value": true},
                                                     "Odd": {"value": 3}}},
            "BatchGetItem": {"operationContextParams":
                                {"ResourceArnList": {"path": "keys(RequestItems)"}}},
            "ListBuckets": {},
            "Broken": {"input": {"shape": "Missing"}}
        });
        let shapes = json!({
            "GetObjectRequest": {"members": {
                "Bucket": {"shape": "B", "contextParam": {"name": "Bucket"}},
                "Range": {"shape": "R"}}},
            "CreateBucketRequest": {"members": {
                "Bucket": {"shape": "B", "contextParam": {"name": "Bucket"}}}}
        });
        let got = from_model(&ops, &shapes);
        let by_name = |n: &str| {
            got.iter()
                .find(|c| c.operation == n)
                .map(|c| c.params.to_vec())
        };
        let bucket = ContextParam::Member {
            name: "Bucket".into(),
            member: "Bucket".into(),
        };
        assert_eq!(by_name("GetObject"), Some(vec![bucket.clone()]));
        assert_eq!(
            by_name("CreateBucket"),
            Some(vec![
                bucket,
                ContextParam::Static {
                    name: "UseS3ExpressControlEndpoint".into(),
                    value: StaticValue::Bool(true),
                },
            ])
        );
        assert_eq!(
            by_name("BatchGetItem"),
            Some(vec![ContextParam::Path {
                name: "ResourceArnList".into(),
                path: "keys(RequestItems)".into(),
            }])
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(from_model(&json!([]), &json!(null)).is_empty());
    }

    #[test]
    fn members_statics_and_paths_become_parameters() {
        let member = |name: &'static str, member: &'static str| ContextParam::Member {
            name: name.into(),
            member: member.into(),
        };
        let path = |name: &'static str, path: &'static str| ContextParam::Path {
            name: name.into(),
            path: path.into(),
        };
        assert_eq!(
            params(&[
                member("ResourceArn", "TableName"),
                member("Consistent", "ConsistentRead"),
                // Absent, or a kind the rule sets do not take: not set.
                member("Missing", "Nope"),
                member("Count", "Limit"),
                ContextParam::Static {
                    name: "UseS3ExpressControlEndpoint".into(),
                    value: StaticValue::Bool(true),
                },
                ContextParam::Static {
                    name: "Fixed".into(),
                    value: StaticValue::String("x".into()),
                },
                path("ResourceArnList", "keys(RequestItems)"),
                path("Tables", "TransactItems[*].Get.TableName"),
                path("NoList", "TableName[*]"),
                path("Nested", "TransactItems.Get"),
                path("Table", "TableName"),
                path("Bad", "TableName | [0]"),
                path("Unbalanced", "TransactItems[*].[Get.TableName"),
                path("Multi", "TransactItems[*].[Put.TableName, Get.TableName][]"),
                path("Empty", "keys(TableName)"),
            ]),
            json!({
                "ResourceArn": "Movies",
                "Consistent": true,
                "UseS3ExpressControlEndpoint": true,
                "Fixed": "x",
                "ResourceArnList": ["A", "B"],
                "Table": "Movies",
                "Multi": ["arn:aws:dynamodb:us-east-1:222233334444:table/T",
                          "arn:aws:dynamodb:us-east-1:222233334444:table/T"],
                "Tables": ["arn:aws:dynamodb:us-east-1:222233334444:table/T",
                           "arn:aws:dynamodb:us-east-1:222233334444:table/T"],
            })
        );
    }
}
