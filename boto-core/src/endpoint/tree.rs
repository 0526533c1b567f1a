//! A rule set parsed once into a typed tree: parameters with their types and defaults,
//! rules with conditions, and expressions whose variable references are already resolved
//! to slots, so resolving never looks at JSON or names again.

use crate::{Error, Result};
use serde_json::{Map, Value};

/// A parsed rule set.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Tree {
    pub(crate) params: Vec<Param>,
    pub(crate) rules: Vec<Rule>,
    /// Variables: the parameters first (slot i is `params[i]`), then every `assign`.
    pub(crate) slots: usize,
    /// Whether some rule reads `params[i]`.
    pub(crate) used: Vec<bool>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Param {
    pub(crate) name: String,
    pub(crate) ty: ParamType,
    pub(crate) default: Option<Value>,
    pub(crate) required: bool,
    pub(crate) built_in: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ParamType {
    String,
    Boolean,
    StringArray,
}

impl ParamType {
    pub(crate) fn accepts(self, value: &Value) -> bool {
        match self {
            ParamType::String => value.is_string(),
            ParamType::Boolean => value.is_boolean(),
            ParamType::StringArray => value
                .as_array()
                .is_some_and(|a| a.iter().all(Value::is_string)),
        }
    }
    pub(crate) fn name(self) -> &'static str {
        match self {
            ParamType::String => "string",
            ParamType::Boolean => "boolean",
            ParamType::StringArray => "stringArray",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Rule {
    pub(crate) conditions: Vec<Condition>,
    pub(crate) kind: RuleKind,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Condition {
    pub(crate) call: Call,
    /// The slot the call's result is stored in, for `"assign"`.
    pub(crate) assign: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum RuleKind {
    Endpoint(Endpoint),
    Error(Expr),
    Tree(Vec<Rule>),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Endpoint {
    pub(crate) url: Expr,
    pub(crate) properties: Expr,
    pub(crate) headers: Vec<(String, Vec<Expr>)>,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Expr {
    /// A constant (strings without `{...}`, numbers, booleans, and arrays/objects of them).
    Const(Value),
    /// A string with `{var}` / `{var#path}` holes.
    Template(Vec<Part>),
    Ref(usize),
    Call(Box<Call>),
    Array(Vec<Expr>),
    Object(Vec<(String, Expr)>),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Part {
    Text(String),
    Var { slot: usize, path: Vec<Step> },
}

/// One step of a `getAttr` path: `name` or `[index]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Step {
    Field(String),
    Index(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Call {
    pub(crate) func: Func,
    pub(crate) args: Vec<Expr>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Func {
    IsSet,
    Not,
    BooleanEquals,
    StringEquals,
    /// The path is the literal second argument, parsed once.
    GetAttr(Vec<Step>),
    Substring,
    UriEncode,
    ParseUrl,
    IsValidHostLabel,
    Split,
    Coalesce,
    Ite,
    Partition,
    ParseArn,
    IsVirtualHostableS3Bucket,
}

impl Func {
    pub(crate) fn name(&self) -> &'static str {
        match self {
            Func::IsSet => "isSet",
            Func::Not => "not",
            Func::BooleanEquals => "booleanEquals",
            Func::StringEquals => "stringEquals",
            Func::GetAttr(_) => "getAttr",
            Func::Substring => "substring",
            Func::UriEncode => "uriEncode",
            Func::ParseUrl => "parseURL",
            Func::IsValidHostLabel => "isValidHostLabel",
            Func::Split => "split",
            Func::Coalesce => "coalesce",
            Func::Ite => "ite",
            Func::Partition => "aws.partition",
            Func::ParseArn => "aws.parseArn",
            Func::IsVirtualHostableS3Bucket => "aws.isVirtualHostableS3Bucket",
        }
    }

    fn named(name: &str) -> Option<(Func, Arity)> {
        let f = match name {
            "isSet" => (Func::IsSet, Arity::Exactly(1)),
            "not" => (Func::Not, Arity::Exactly(1)),
            "booleanEquals" => (Func::BooleanEquals, Arity::Exactly(2)),
            "stringEquals" => (Func::StringEquals, Arity::Exactly(2)),
            "getAttr" => (Func::GetAttr(Vec::new()), Arity::Exactly(2)),
            "substring" => (Func::Substring, Arity::Exactly(4)),
            "uriEncode" => (Func::UriEncode, Arity::Exactly(1)),
            "parseURL" => (Func::ParseUrl, Arity::Exactly(1)),
            "isValidHostLabel" => (Func::IsValidHostLabel, Arity::Exactly(2)),
            "split" => (Func::Split, Arity::Exactly(3)),
            "coalesce" => (Func::Coalesce, Arity::AtLeast(1)),
            "ite" => (Func::Ite, Arity::Exactly(3)),
            "aws.partition" => (Func::Partition, Arity::Exactly(1)),
            "aws.parseArn" => (Func::ParseArn, Arity::Exactly(1)),
            "aws.isVirtualHostableS3Bucket" => (Func::IsVirtualHostableS3Bucket, Arity::Exactly(2)),
            _ => return None,
        };
        Some(f)
    }
}

enum Arity {
    Exactly(usize),
    AtLeast(usize),
}

/// Parses a rule set document.
pub(crate) fn parse(json: &str) -> Result<Tree> {
    let doc: Value = serde_json::from_str(json).map_err(|e| bad(format!("not JSON: {e}")))?;
    let doc = doc
        .as_object()
        .ok_or_else(|| bad("not a JSON object".to_string()))?;
    let params = match doc.get("parameters") {
        None => Vec::new(),
        Some(Value::Object(m)) => m
            .iter()
            .map(|(name, spec)| param(name, spec))
            .collect::<Result<_>>()?,
        Some(_) => return Err(bad("`parameters` is not an object".to_string())),
    };
    let mut parser = Parser {
        scope: params
            .iter()
            .enumerate()
            .map(|(i, p)| (p.name.clone(), i))
            .collect(),
        slots: params.len(),
        used: vec![false; params.len()],
    };
    let rules = parser.rules(doc.get("rules"), "rules")?;
    Ok(Tree {
        params,
        rules,
        slots: parser.slots,
        used: parser.used,
    })
}

fn param(name: &str, spec: &Value) -> Result<Param> {
    let at = |what: &str| bad(format!("parameter `{name}`: {what}"));
    let spec = spec.as_object().ok_or_else(|| at("not an object"))?;
    let ty = match spec.get("type").and_then(Value::as_str) {
        Some(t) if t.eq_ignore_ascii_case("string") => ParamType::String,
        Some(t) if t.eq_ignore_ascii_case("boolean") => ParamType::Boolean,
        Some(t) if t.eq_ignore_ascii_case("stringArray") => ParamType::StringArray,
        Some(t) => return Err(at(&format!("unknown type `{t}`"))),
        None => return Err(at("no `type`")),
    };
    let default = match spec.get("default") {
        None | Some(Value::Null) => None,
        Some(v) if ty.accepts(v) => Some(v.clone()),
        Some(_) => return Err(at(&format!("the default is not a {}", ty.name()))),
    };
    let required = match spec.get("required") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(at("`required` is not a boolean")),
    };
    let built_in = spec
        .get("builtIn")
        .and_then(Value::as_str)
        .map(str::to_string);
    if name.is_empty() {
        return Err(bad("a parameter has an empty name".to_string()));
    }
    Ok(Param {
        name: name.to_string(),
        ty,
        default,
        required,
        built_in,
    })
}

struct Parser {
    /// Names visible here and their slots, innermost last.
    scope: Vec<(String, usize)>,
    slots: usize,
    /// The parameters referred to so far.
    used: Vec<bool>,
}

impl Parser {
    fn lookup(&mut self, name: &str) -> Option<usize> {
        let slot = self
            .scope
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|&(_, slot)| slot)?;
        if let Some(used) = self.used.get_mut(slot) {
            *used = true;
        }
        Some(slot)
    }

    fn rules(&mut self, rules: Option<&Value>, at: &str) -> Result<Vec<Rule>> {
        let rules = rules
            .and_then(Value::as_array)
            .ok_or_else(|| bad(format!("{at}: no `rules` array")))?;
        rules
            .iter()
            .enumerate()
            .map(|(i, r)| self.rule(r, &format!("{at}[{i}]")))
            .collect()
    }

    fn rule(&mut self, rule: &Value, at: &str) -> Result<Rule> {
        let rule = rule
            .as_object()
            .ok_or_else(|| bad(format!("{at}: a rule is not an object")))?;
        let outer = self.scope.len();
        let result = self.rule_in_scope(rule, at);
        // A rule's assignments are visible to its own conditions and children only.
        self.scope.truncate(outer);
        result
    }

    fn rule_in_scope(&mut self, rule: &Map<String, Value>, at: &str) -> Result<Rule> {
        let conditions = match rule.get("conditions") {
            None => Vec::new(),
            Some(Value::Array(cs)) => {
                let mut conditions = Vec::with_capacity(cs.len());
                for (i, c) in cs.iter().enumerate() {
                    conditions.push(self.condition(c, &format!("{at}.conditions[{i}]"))?);
                }
                conditions
            }
            Some(_) => return Err(bad(format!("{at}: `conditions` is not an array"))),
        };
        let kind = match rule.get("type").and_then(Value::as_str) {
            Some("endpoint") => {
                let ep = rule
                    .get("endpoint")
                    .and_then(Value::as_object)
                    .ok_or_else(|| bad(format!("{at}: no `endpoint` object")))?;
                RuleKind::Endpoint(self.endpoint(ep, at)?)
            }
            Some("error") => {
                let error = rule
                    .get("error")
                    .ok_or_else(|| bad(format!("{at}: no `error`")))?;
                RuleKind::Error(self.expr(error, at)?)
            }
            Some("tree") => RuleKind::Tree(self.rules(rule.get("rules"), at)?),
            Some(other) => return Err(bad(format!("{at}: unknown rule type `{other}`"))),
            None => return Err(bad(format!("{at}: no rule `type`"))),
        };
        Ok(Rule { conditions, kind })
    }

    fn condition(&mut self, c: &Value, at: &str) -> Result<Condition> {
        let call = match self.expr(c, at)? {
            Expr::Call(call) => *call,
            _ => return Err(bad(format!("{at}: a condition must be a function call"))),
        };
        let assign = match c.get("assign") {
            None => None,
            Some(Value::String(name)) if !name.is_empty() => {
                if self.lookup(name).is_some() {
                    return Err(bad(format!("{at}: `{name}` is already defined")));
                }
                let slot = self.slots;
                self.slots += 1;
                self.scope.push((name.clone(), slot));
                Some(slot)
            }
            Some(_) => return Err(bad(format!("{at}: `assign` is not a name"))),
        };
        Ok(Condition { call, assign })
    }

    fn endpoint(&mut self, ep: &Map<String, Value>, at: &str) -> Result<Endpoint> {
        let url = self.expr(
            ep.get("url")
                .ok_or_else(|| bad(format!("{at}: endpoint has no `url`")))?,
            at,
        )?;
        let properties = match ep.get("properties") {
            None | Some(Value::Null) => Expr::Const(Value::Object(Map::new())),
            Some(p @ Value::Object(_)) => self.literal(p, at)?,
            Some(_) => return Err(bad(format!("{at}: `properties` is not an object"))),
        };
        let headers = match ep.get("headers") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Object(h)) => h
                .iter()
                .map(|(name, values)| {
                    let values = values
                        .as_array()
                        .ok_or_else(|| bad(format!("{at}: header `{name}` is not an array")))?;
                    let values = values
                        .iter()
                        .map(|v| self.expr(v, at))
                        .collect::<Result<_>>()?;
                    Ok((name.clone(), values))
                })
                .collect::<Result<_>>()?,
            Some(_) => return Err(bad(format!("{at}: `headers` is not an object"))),
        };
        Ok(Endpoint {
            url,
            properties,
            headers,
        })
    }

    /// An expression: a `{"fn", "argv"}` call, a `{"ref"}`, or a literal.
    fn expr(&mut self, v: &Value, at: &str) -> Result<Expr> {
        let Value::Object(m) = v else {
            return self.literal(v, at);
        };
        if let Some(name) = m.get("ref") {
            let name = name
                .as_str()
                .ok_or_else(|| bad(format!("{at}: `ref` is not a name")))?;
            let slot = self
                .lookup(name)
                .ok_or_else(|| bad(format!("{at}: `{name}` is not defined here")))?;
            return Ok(Expr::Ref(slot));
        }
        let Some(name) = m.get("fn") else {
            return self.literal(v, at);
        };
        let name = name
            .as_str()
            .ok_or_else(|| bad(format!("{at}: `fn` is not a name")))?;
        let (mut func, arity) =
            Func::named(name).ok_or_else(|| bad(format!("{at}: unknown function `{name}`")))?;
        let argv = m
            .get("argv")
            .and_then(Value::as_array)
            .ok_or_else(|| bad(format!("{at}: `{name}` has no `argv` array")))?;
        let arity_ok = match arity {
            Arity::Exactly(n) => argv.len() == n,
            Arity::AtLeast(n) => argv.len() >= n,
        };
        if !arity_ok {
            return Err(bad(format!(
                "{at}: `{name}` called with {} arguments",
                argv.len()
            )));
        }
        let mut args = Vec::with_capacity(argv.len());
        if let Func::GetAttr(path) = &mut func {
            let p = argv[1]
                .as_str()
                .ok_or_else(|| bad(format!("{at}: the getAttr path is not a string")))?;
            *path = attr_path(p).ok_or_else(|| bad(format!("{at}: bad getAttr path `{p}`")))?;
            args.push(self.expr(&argv[0], at)?);
        } else {
            for a in argv {
                args.push(self.expr(a, at)?);
            }
        }
        Ok(Expr::Call(Box::new(Call { func, args })))
    }

    /// A literal: strings are templates; arrays and objects hold literals.
    fn literal(&mut self, v: &Value, at: &str) -> Result<Expr> {
        let e = match v {
            Value::String(s) => self.template(s, at)?,
            Value::Array(items) => {
                let items = items
                    .iter()
                    .map(|i| self.literal(i, at))
                    .collect::<Result<Vec<_>>>()?;
                match items.iter().map(as_const).collect::<Option<Vec<_>>>() {
                    Some(values) => Expr::Const(Value::Array(values)),
                    None => Expr::Array(items),
                }
            }
            Value::Object(m) => {
                let fields = m
                    .iter()
                    .map(|(k, v)| Ok((k.clone(), self.literal(v, at)?)))
                    .collect::<Result<Vec<_>>>()?;
                let values = fields
                    .iter()
                    .map(|(k, e)| Some((k.clone(), as_const(e)?)))
                    .collect::<Option<Map<_, _>>>();
                match values {
                    Some(values) => Expr::Const(Value::Object(values)),
                    None => Expr::Object(fields),
                }
            }
            Value::Null => return Err(bad(format!("{at}: `null` is no value"))),
            Value::Bool(_) | Value::Number(_) => Expr::Const(v.clone()),
        };
        Ok(e)
    }

    /// `"https://{Region}.{PartitionResult#dnsSuffix}"`; `{{` and `}}` are literal braces.
    fn template(&mut self, s: &str, at: &str) -> Result<Expr> {
        if !s.contains(['{', '}']) {
            return Ok(Expr::Const(Value::String(s.to_string())));
        }
        let mut parts = Vec::new();
        let mut text = String::new();
        let mut rest = s;
        while let Some(i) = rest.find(['{', '}']) {
            text.push_str(&rest[..i]);
            let brace = &rest[i..i + 1];
            let after = &rest[i + 1..];
            if after.starts_with(brace) {
                text.push_str(brace);
                rest = &after[1..];
                continue;
            }
            if brace == "}" {
                return Err(bad(format!("{at}: unmatched `}}` in template `{s}`")));
            }
            let end = after
                .find('}')
                .ok_or_else(|| bad(format!("{at}: unclosed `{{` in template `{s}`")))?;
            let var = &after[..end];
            let (name, path) = match var.split_once('#') {
                Some((name, path)) => (
                    name,
                    attr_path(path).ok_or_else(|| bad(format!("{at}: bad path in `{{{var}}}`")))?,
                ),
                None => (var, Vec::new()),
            };
            let slot = self
                .lookup(name)
                .ok_or_else(|| bad(format!("{at}: `{name}` in `{s}` is not defined here")))?;
            if !text.is_empty() {
                parts.push(Part::Text(std::mem::take(&mut text)));
            }
            parts.push(Part::Var { slot, path });
            rest = &after[end + 1..];
        }
        text.push_str(rest);
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        Ok(Expr::Template(parts))
    }
}

fn as_const(e: &Expr) -> Option<Value> {
    match e {
        Expr::Const(v) => Some(v.clone()),
        _ => None,
    }
}

/// `a.b[2].c` → steps; `None` for an empty segment or a bad index.
fn attr_path(path: &str) -> Option<Vec<Step>> {
    let mut steps = Vec::new();
    for segment in path.split('.') {
        let (name, mut indexes) = match segment.find('[') {
            Some(i) => (&segment[..i], &segment[i..]),
            None => (segment, ""),
        };
        if name.contains(']') || name.is_empty() && (indexes.is_empty() || !steps.is_empty()) {
            return None;
        }
        if !name.is_empty() {
            steps.push(Step::Field(name.to_string()));
        }
        while !indexes.is_empty() {
            let close = indexes.find(']')?;
            let digits = indexes.get(1..close)?;
            if !indexes.starts_with('[')
                || digits.is_empty()
                || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            steps.push(Step::Index(digits.parse().ok()?));
            indexes = &indexes[close + 1..];
        }
    }
    Some(steps)
}

fn bad(message: String) -> Error {
    Error::config(format!("endpoint rule set: {message}"))
}

#[cfg(test)]
mod tests {
    use super::{attr_path, Step};

    #[test]
    fn attr_paths() {
        assert_eq!(
            attr_path("PrimaryPartition.name"),
            Some(vec![
                Step::Field("PrimaryPartition".into()),
                Step::Field("name".into())
            ])
        );
        assert_eq!(
            attr_path("resourceId[0]"),
            Some(vec![Step::Field("resourceId".into()), Step::Index(0)])
        );
        assert_eq!(attr_path("[1]"), Some(vec![Step::Index(1)]));
        assert_eq!(
            attr_path("a[1][2]"),
            Some(vec![
                Step::Field("a".into()),
                Step::Index(1),
                Step::Index(2)
            ])
        );
        for bad in [
            "", "a.", ".a", "a[", "a[]", "a[x]", "a[-1]", "a]", "a.[1]", "a[1]b",
        ] {
            assert_eq!(attr_path(bad), None, "{bad}");
        }
    }
}
