//! Expression builders: key conditions, conditions and filters, projections and updates.
//!
//! Every builder renders with a shared [`Placeholders`]: attribute names become `#n0`,
//! `#n1`, ... (one per distinct name, so a name used twice shares its placeholder) and values
//! become `:v0`, `:v1`, ..., numbered in the order they appear, so the same builder always
//! gives the same text. Render a key condition and a filter into one `Placeholders` to send
//! them in one request.

mod condition;
mod key;
mod projection;
mod update;

pub use condition::{Attr, Condition, IntoOperand, Operand, Size};
pub use key::{Key, KeyCondition};
pub use projection::ProjectionExpr;
pub use update::{Update, UpdateExpr};

use super::attribute::AttributeValue;
use std::collections::HashMap;

/// A rendered expression with its `ExpressionAttributeNames` and
/// `ExpressionAttributeValues`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Expression {
    /// The expression text (`#n0 = :v0 AND ...`).
    pub expression: String,
    /// Placeholder to attribute name (`#n0` -> `pk`).
    pub names: HashMap<String, String>,
    /// Placeholder to value (`:v0` -> `S("a")`).
    pub values: HashMap<String, AttributeValue>,
}

impl Expression {
    /// `(expression, names, values)`.
    pub fn into_parts(
        self,
    ) -> (
        String,
        HashMap<String, String>,
        HashMap<String, AttributeValue>,
    ) {
        (self.expression, self.names, self.values)
    }
}

/// Allocates name and value placeholders for one request.
#[derive(Debug, Clone, Default)]
pub struct Placeholders {
    names: HashMap<String, String>,
    by_name: HashMap<String, String>,
    values: HashMap<String, AttributeValue>,
}

impl Placeholders {
    /// No placeholders yet.
    pub fn new() -> Placeholders {
        Placeholders::default()
    }

    /// Placeholders that go on from a request's own `ExpressionAttributeNames` and
    /// `ExpressionAttributeValues`: a name already there keeps its placeholder, new ones
    /// take placeholders those do not use.
    pub fn continuing(
        names: Option<HashMap<String, String>>,
        values: Option<HashMap<String, AttributeValue>>,
    ) -> Placeholders {
        let names = names.unwrap_or_default();
        Placeholders {
            by_name: names.iter().map(|(p, n)| (n.clone(), p.clone())).collect(),
            names,
            values: values.unwrap_or_default(),
        }
    }

    /// The placeholder for one attribute name (`#n0`); the same name gets the same one.
    pub fn name(&mut self, name: &str) -> String {
        if let Some(p) = self.by_name.get(name) {
            return p.clone();
        }
        let p = (self.by_name.len()..)
            .map(|i| format!("#n{i}"))
            .find(|p| !self.names.contains_key(p))
            .unwrap_or_default();
        self.by_name.insert(name.to_owned(), p.clone());
        self.names.insert(p.clone(), name.to_owned());
        p
    }

    /// A fresh placeholder for a value (`:v0`).
    pub fn value(&mut self, value: AttributeValue) -> String {
        let p = (self.values.len()..)
            .map(|i| format!(":v{i}"))
            .find(|p| !self.values.contains_key(p))
            .unwrap_or_default();
        self.values.insert(p.clone(), value);
        p
    }

    /// A document path with every name replaced: `a.b[2].c` -> `#n0.#n1[2].#n2`.
    pub fn path(&mut self, path: &Path) -> String {
        let mut out = String::new();
        for seg in &path.0 {
            match seg {
                PathSeg::Name(n) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    let p = self.name(n);
                    out.push_str(&p);
                }
                PathSeg::Index(i) => {
                    out.push('[');
                    out.push_str(&i.to_string());
                    out.push(']');
                }
            }
        }
        out
    }

    /// The names used so far (placeholder to name).
    pub fn names(&self) -> &HashMap<String, String> {
        &self.names
    }

    /// The values used so far (placeholder to value).
    pub fn values(&self) -> &HashMap<String, AttributeValue> {
        &self.values
    }

    /// `(names, values)`.
    pub fn into_parts(self) -> (HashMap<String, String>, HashMap<String, AttributeValue>) {
        (self.names, self.values)
    }

    /// Finishes one expression text into an [`Expression`].
    pub fn finish(self, expression: String) -> Expression {
        Expression {
            expression,
            names: self.names,
            values: self.values,
        }
    }
}

/// A document path: names and list indexes (`a.b[2].c`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Path(Vec<PathSeg>);

#[derive(Debug, Clone, PartialEq, Eq)]
enum PathSeg {
    Name(String),
    Index(u64),
}

impl Path {
    /// Parses `a.b[2].c`: dots separate names, `[n]` indexes a list. A segment whose
    /// brackets are not `[digits]` is taken whole as a name.
    pub fn parse(path: &str) -> Path {
        let mut segs = Vec::new();
        for part in path.split('.') {
            match split_indexes(part) {
                Some((name, idx)) => {
                    segs.push(PathSeg::Name(name.to_owned()));
                    segs.extend(idx.into_iter().map(PathSeg::Index));
                }
                None => segs.push(PathSeg::Name(part.to_owned())),
            }
        }
        Path(segs)
    }

    /// One attribute name taken literally (dots and brackets included).
    pub fn name(name: &str) -> Path {
        Path(vec![PathSeg::Name(name.to_owned())])
    }
}

/// `b[2][3]` -> (`b`, [2, 3]); `None` when the brackets are malformed.
fn split_indexes(part: &str) -> Option<(&str, Vec<u64>)> {
    let Some(open) = part.find('[') else {
        return Some((part, Vec::new()));
    };
    let (name, mut rest) = part.split_at(open);
    let mut idx = Vec::new();
    while !rest.is_empty() {
        let inner = rest.strip_prefix('[')?;
        let close = inner.find(']')?;
        let digits = &inner[..close];
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        idx.push(digits.parse().ok()?);
        rest = &inner[close + 1..];
    }
    Some((name, idx))
}

impl From<&str> for Path {
    fn from(s: &str) -> Path {
        Path::parse(s)
    }
}

impl From<String> for Path {
    fn from(s: String) -> Path {
        Path::parse(&s)
    }
}

impl From<&String> for Path {
    fn from(s: &String) -> Path {
        Path::parse(s)
    }
}

#[cfg(test)]
mod tests;
