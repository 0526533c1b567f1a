//! The subset of JMESPath that botocore's paginators and waiters use: fields (plain and
//! quoted), `a.b`, `[n]` / `[-n]`, `[]` flatten and `[*]` projections, `[?cond]` filters,
//! `||`, `&&`, `!`, comparisons, `` `literal` ``, `'raw string'`, `@`, parentheses, `|` and
//! the `length()` function, with JMESPath's projection semantics. Anything else (slices,
//! multi-select, other functions) is refused when the expression is compiled, with an error
//! naming the expression.

use crate::error::{Error, Result};
use serde_json::Value as Json;

/// A compiled expression.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Expr {
    source: String,
    node: Node,
}

impl Expr {
    /// Compiles `source`, refusing what the subset lacks.
    #[cfg(test)]
    pub(crate) fn parse(source: &str) -> Result<Expr> {
        Expr::parse_in(source, "")
    }

    /// [`Expr::parse`], with `context` (`"waiter X: "`) leading any error message.
    pub(crate) fn parse_in(source: &str, context: &str) -> Result<Expr> {
        let fail = |why: String| {
            Error::invalid_input(format!(
                "{context}unsupported JMESPath expression {source:?}: {why}"
            ))
        };
        let tokens = lex(source).map_err(fail)?;
        if tokens.len() > MAX_TOKENS {
            return Err(fail(format!("longer than {MAX_TOKENS} tokens")));
        }
        let mut p = Parser {
            tokens,
            pos: 0,
            depth: 0,
        };
        let node = p.expression(0).map_err(fail)?;
        if p.peek() != &Tok::Eof {
            return Err(fail(format!("unexpected {:?}", p.peek())));
        }
        Ok(Expr {
            source: source.to_owned(),
            node,
        })
    }

    /// The expression as written.
    pub(crate) fn source(&self) -> &str {
        &self.source
    }

    /// Evaluates the expression on `value` (`null` where JMESPath gives null).
    pub(crate) fn search(&self, value: &Json) -> Json {
        eval(&self.node, value)
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Number(i64),
    Literal(Json),
    Dot,
    Star,
    Flatten,
    Filter,
    LBracket,
    RBracket,
    LParen,
    RParen,
    Comma,
    At,
    Pipe,
    Or,
    And,
    Not,
    Cmp(Cmp),
    Eof,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Cmp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, Clone, PartialEq)]
enum Node {
    Current,
    Field(String),
    Literal(Json),
    Sub(Box<Node>, Box<Node>),
    Index(Box<Node>, i64),
    Flatten(Box<Node>),
    Project(Box<Node>, Box<Node>),
    ValueProject(Box<Node>, Box<Node>),
    Filter(Box<Node>, Box<Node>, Box<Node>),
    Pipe(Box<Node>, Box<Node>),
    Or(Box<Node>, Box<Node>),
    And(Box<Node>, Box<Node>),
    Not(Box<Node>),
    Compare(Cmp, Box<Node>, Box<Node>),
    Length(Box<Node>),
}

fn lex(src: &str) -> std::result::Result<Vec<Tok>, String> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let delimited = |i: &mut usize, end: char| -> std::result::Result<String, String> {
        let mut s = String::new();
        *i += 1;
        while *i < chars.len() {
            match chars[*i] {
                '\\' if *i + 1 < chars.len() && chars[*i + 1] == end => {
                    s.push(end);
                    *i += 2;
                }
                c if c == end => {
                    *i += 1;
                    return Ok(s);
                }
                c => {
                    s.push(c);
                    *i += 1;
                }
            }
        }
        Err(format!("unterminated {end}"))
    };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let tok = match c {
            ' ' | '\t' | '\n' | '\r' => {
                i += 1;
                continue;
            }
            'a'..='z' | 'A'..='Z' | '_' => {
                let start = i;
                while i < chars.len() && (chars[i].is_ascii_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                out.push(Tok::Ident(chars[start..i].iter().collect()));
                continue;
            }
            '-' | '0'..='9' => {
                let start = i;
                i += 1;
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
                let text: String = chars[start..i].iter().collect();
                out.push(Tok::Number(
                    text.parse().map_err(|_| format!("bad number {text}"))?,
                ));
                continue;
            }
            '"' => {
                let raw = delimited(&mut i, '"')?;
                let name: String = serde_json::from_str(&format!("\"{raw}\""))
                    .map_err(|e| format!("bad quoted identifier: {e}"))?;
                out.push(Tok::Ident(name));
                continue;
            }
            '\'' => {
                let raw = delimited(&mut i, '\'')?;
                out.push(Tok::Literal(Json::String(raw)));
                continue;
            }
            '`' => {
                let raw = delimited(&mut i, '`')?;
                let v = serde_json::from_str(raw.trim())
                    .map_err(|e| format!("bad literal `{raw}`: {e}"))?;
                out.push(Tok::Literal(v));
                continue;
            }
            '[' if next == Some(']') => (Tok::Flatten, 2),
            '[' if next == Some('?') => (Tok::Filter, 2),
            '[' => (Tok::LBracket, 1),
            ']' => (Tok::RBracket, 1),
            '(' => (Tok::LParen, 1),
            ')' => (Tok::RParen, 1),
            ',' => (Tok::Comma, 1),
            '.' => (Tok::Dot, 1),
            '*' => (Tok::Star, 1),
            '@' => (Tok::At, 1),
            '|' if next == Some('|') => (Tok::Or, 2),
            '|' => (Tok::Pipe, 1),
            '&' if next == Some('&') => (Tok::And, 2),
            '!' if next == Some('=') => (Tok::Cmp(Cmp::Ne), 2),
            '!' => (Tok::Not, 1),
            '=' if next == Some('=') => (Tok::Cmp(Cmp::Eq), 2),
            '<' if next == Some('=') => (Tok::Cmp(Cmp::Le), 2),
            '<' => (Tok::Cmp(Cmp::Lt), 1),
            '>' if next == Some('=') => (Tok::Cmp(Cmp::Ge), 2),
            '>' => (Tok::Cmp(Cmp::Gt), 1),
            other => return Err(format!("unsupported character {other:?}")),
        };
        out.push(tok.0);
        i += tok.1;
    }
    out.push(Tok::Eof);
    Ok(out)
}

struct Parser {
    tokens: Vec<Tok>,
    pos: usize,
    depth: usize,
}

/// Nesting deeper than this is refused (the parser and evaluator recurse).
const MAX_DEPTH: usize = 64;
/// Longer expressions are refused: this bounds the depth of the tree as well (botocore's
/// longest is about 40 tokens).
const MAX_TOKENS: usize = 256;

/// Binding powers, as in the JMESPath reference implementation.
fn bp(t: &Tok) -> u8 {
    match t {
        Tok::Pipe => 1,
        Tok::Or => 2,
        Tok::And => 3,
        Tok::Cmp(_) => 5,
        Tok::Flatten => 9,
        Tok::Star => 20,
        Tok::Filter => 21,
        Tok::Dot => 40,
        Tok::Not => 45,
        Tok::LBracket => 55,
        Tok::LParen => 60,
        _ => 0,
    }
}

type PResult<T> = std::result::Result<T, String>;

impl Parser {
    fn peek(&self) -> &Tok {
        self.tokens.get(self.pos).unwrap_or(&Tok::Eof)
    }

    fn advance(&mut self) -> Tok {
        let t = self.peek().clone();
        self.pos += 1;
        t
    }

    fn expect(&mut self, t: Tok) -> PResult<()> {
        let got = self.advance();
        if got == t {
            Ok(())
        } else {
            Err(format!("expected {t:?}, found {got:?}"))
        }
    }

    fn expression(&mut self, rbp: u8) -> PResult<Node> {
        if self.depth >= MAX_DEPTH {
            return Err(format!("nested deeper than {MAX_DEPTH}"));
        }
        self.depth += 1;
        let tok = self.advance();
        let mut left = self.nud(tok)?;
        while rbp < bp(self.peek()) {
            let tok = self.advance();
            left = self.led(tok, left)?;
        }
        self.depth -= 1;
        Ok(left)
    }

    fn nud(&mut self, tok: Tok) -> PResult<Node> {
        Ok(match tok {
            Tok::Ident(name) => Node::Field(name),
            Tok::Literal(v) => Node::Literal(v),
            Tok::At => Node::Current,
            Tok::Not => Node::Not(Box::new(self.expression(bp(&Tok::Not))?)),
            Tok::LParen => {
                let e = self.expression(0)?;
                self.expect(Tok::RParen)?;
                e
            }
            Tok::Flatten => self.led(Tok::Flatten, Node::Current)?,
            Tok::Filter => self.led(Tok::Filter, Node::Current)?,
            Tok::LBracket => self.led(Tok::LBracket, Node::Current)?,
            Tok::Star => {
                let rhs = self.projection_rhs(bp(&Tok::Star))?;
                Node::ValueProject(Box::new(Node::Current), Box::new(rhs))
            }
            other => return Err(format!("unexpected {other:?}")),
        })
    }

    fn led(&mut self, tok: Tok, left: Node) -> PResult<Node> {
        let l = Box::new(left);
        Ok(match tok {
            Tok::Dot => {
                if matches!(self.peek(), Tok::Ident(_)) {
                    Node::Sub(l, Box::new(self.expression(bp(&Tok::Dot))?))
                } else if self.peek() == &Tok::Star {
                    self.advance();
                    let rhs = self.projection_rhs(bp(&Tok::Star))?;
                    Node::ValueProject(l, Box::new(rhs))
                } else {
                    return Err(format!("unsupported after '.': {:?}", self.peek()));
                }
            }
            Tok::Flatten => {
                let rhs = self.projection_rhs(bp(&Tok::Flatten))?;
                Node::Project(Box::new(Node::Flatten(l)), Box::new(rhs))
            }
            Tok::Filter => {
                let cond = self.expression(0)?;
                self.expect(Tok::RBracket)?;
                let rhs = self.projection_rhs(bp(&Tok::Filter))?;
                Node::Filter(l, Box::new(cond), Box::new(rhs))
            }
            Tok::LBracket => match self.advance() {
                Tok::Number(n) => {
                    self.expect(Tok::RBracket)?;
                    Node::Index(l, n)
                }
                Tok::Star => {
                    self.expect(Tok::RBracket)?;
                    let rhs = self.projection_rhs(bp(&Tok::Star))?;
                    Node::Project(l, Box::new(rhs))
                }
                other => return Err(format!("unsupported bracket expression at {other:?}")),
            },
            Tok::Pipe => Node::Pipe(l, Box::new(self.expression(bp(&Tok::Pipe))?)),
            Tok::Or => Node::Or(l, Box::new(self.expression(bp(&Tok::Or))?)),
            Tok::And => Node::And(l, Box::new(self.expression(bp(&Tok::And))?)),
            Tok::Cmp(c) => Node::Compare(c, l, Box::new(self.expression(bp(&Tok::Cmp(c)))?)),
            Tok::LParen => {
                let Node::Field(name) = *l else {
                    return Err("a call needs a function name".into());
                };
                if name != "length" {
                    return Err(format!("unsupported function {name}()"));
                }
                let arg = self.expression(0)?;
                if self.peek() == &Tok::Comma {
                    return Err("length() takes one argument".into());
                }
                self.expect(Tok::RParen)?;
                Node::Length(Box::new(arg))
            }
            other => return Err(format!("unexpected {other:?}")),
        })
    }

    /// What a projection applies to each element: up to the next token that stops it.
    fn projection_rhs(&mut self, rbp: u8) -> PResult<Node> {
        let t = self.peek().clone();
        if bp(&t) < 10 {
            return Ok(Node::Current);
        }
        match t {
            Tok::LBracket | Tok::Filter | Tok::Flatten => self.expression(rbp),
            Tok::Dot => {
                self.advance();
                if matches!(self.peek(), Tok::Ident(_) | Tok::Star) {
                    self.expression(rbp)
                } else {
                    Err(format!("unsupported after '.': {:?}", self.peek()))
                }
            }
            other => Err(format!("unexpected {other:?} after a projection")),
        }
    }
}

/// JMESPath truthiness: false, null, and empty strings, arrays and objects are false.
pub(crate) fn truthy(v: &Json) -> bool {
    match v {
        Json::Null | Json::Bool(false) => false,
        Json::String(s) => !s.is_empty(),
        Json::Array(a) => !a.is_empty(),
        Json::Object(o) => !o.is_empty(),
        _ => true,
    }
}

/// Equality with numbers compared by value (`0` equals `0.0`).
pub(crate) fn json_eq(a: &Json, b: &Json) -> bool {
    match (a, b) {
        (Json::Number(x), Json::Number(y)) => x.as_f64() == y.as_f64(),
        (Json::Array(x), Json::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| json_eq(a, b))
        }
        (Json::Object(x), Json::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        _ => a == b,
    }
}

fn eval(node: &Node, v: &Json) -> Json {
    match node {
        Node::Current => v.clone(),
        Node::Field(name) => v.get(name).cloned().unwrap_or(Json::Null),
        Node::Literal(l) => l.clone(),
        Node::Sub(a, b) => eval(b, &eval(a, v)),
        Node::Index(a, i) => match eval(a, v) {
            Json::Array(items) => {
                let len = items.len() as i64;
                let at = if *i < 0 { len + i } else { *i };
                usize::try_from(at)
                    .ok()
                    .and_then(|at| items.into_iter().nth(at))
                    .unwrap_or(Json::Null)
            }
            _ => Json::Null,
        },
        Node::Flatten(a) => match eval(a, v) {
            Json::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    match item {
                        Json::Array(inner) => out.extend(inner),
                        other => out.push(other),
                    }
                }
                Json::Array(out)
            }
            _ => Json::Null,
        },
        Node::Project(a, rhs) => match eval(a, v) {
            Json::Array(items) => Json::Array(
                items
                    .iter()
                    .map(|item| eval(rhs, item))
                    .filter(|r| !r.is_null())
                    .collect(),
            ),
            _ => Json::Null,
        },
        Node::ValueProject(a, rhs) => match eval(a, v) {
            Json::Object(o) => Json::Array(
                o.values()
                    .map(|item| eval(rhs, item))
                    .filter(|r| !r.is_null())
                    .collect(),
            ),
            _ => Json::Null,
        },
        Node::Filter(a, cond, rhs) => match eval(a, v) {
            Json::Array(items) => Json::Array(
                items
                    .iter()
                    .filter(|item| truthy(&eval(cond, item)))
                    .map(|item| eval(rhs, item))
                    .filter(|r| !r.is_null())
                    .collect(),
            ),
            _ => Json::Null,
        },
        Node::Pipe(a, b) => eval(b, &eval(a, v)),
        Node::Or(a, b) => {
            let l = eval(a, v);
            if truthy(&l) {
                l
            } else {
                eval(b, v)
            }
        }
        Node::And(a, b) => {
            let l = eval(a, v);
            if truthy(&l) {
                eval(b, v)
            } else {
                l
            }
        }
        Node::Not(a) => Json::Bool(!truthy(&eval(a, v))),
        Node::Compare(c, a, b) => {
            let (l, r) = (eval(a, v), eval(b, v));
            match c {
                Cmp::Eq => Json::Bool(json_eq(&l, &r)),
                Cmp::Ne => Json::Bool(!json_eq(&l, &r)),
                _ => match (l.as_f64(), r.as_f64()) {
                    (Some(l), Some(r)) => Json::Bool(match c {
                        Cmp::Lt => l < r,
                        Cmp::Le => l <= r,
                        Cmp::Gt => l > r,
                        _ => l >= r,
                    }),
                    _ => Json::Null,
                },
            }
        }
        Node::Length(a) => match eval(a, v) {
            Json::String(s) => Json::from(s.chars().count()),
            Json::Array(items) => Json::from(items.len()),
            Json::Object(o) => Json::from(o.len()),
            // JMESPath raises an invalid-type error here; null makes every matcher miss.
            _ => Json::Null,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn search(expr: &str, v: &Json) -> Json {
        Expr::parse(expr).unwrap().search(v)
    }

    #[test]
    fn fields_indexes_and_or() {
        let v =
            json!({"Table": {"TableStatus": "ACTIVE"}, "Contents": [{"Key": "a"}, {"Key": "b"}]});
        assert_eq!(search("Table.TableStatus", &v), "ACTIVE");
        assert_eq!(search("Table.Missing.Deeper", &v), Json::Null);
        assert_eq!(search("NextMarker || Contents[-1].Key", &v), "b");
        assert_eq!(search("Contents[0].Key", &v), "a");
        assert_eq!(search("Contents[5].Key", &v), Json::Null);
        assert_eq!(search("\"Table\".TableStatus", &v), "ACTIVE");
        assert_eq!(
            search(
                "NextMarker || Contents[-1].Key",
                &json!({"NextMarker": "m"})
            ),
            "m"
        );
    }

    #[test]
    fn projections_flatten_and_drop_nulls() {
        let v = json!({"Reservations": [
            {"Instances": [{"State": {"Name": "running"}}, {"State": {"Name": "pending"}}]},
            {"Instances": [{"State": {"Name": "running"}}, {"NoState": 1}]},
            {"Other": []}
        ]});
        assert_eq!(
            search("Reservations[].Instances[].State.Name", &v),
            json!(["running", "pending", "running"])
        );
        assert_eq!(
            search("Reservations[*].Instances[0].State.Name", &v),
            json!(["running", "running"])
        );
        assert_eq!(search("length(Reservations[]) > `0`", &v), true);
        assert_eq!(search("length(Nothing[]) > `0`", &v), Json::Null);
        assert_eq!(
            search("Reservations[].Instances[] | [0].State.Name", &v),
            "running"
        );
        assert_eq!(search("Reservations[].Missing", &v), json!([]));
        let ses = json!({"VerificationAttributes": {"a": {"VerificationStatus": "Success"},
                                                    "b": {"Other": 1}}});
        assert_eq!(
            search("VerificationAttributes.*.VerificationStatus", &ses),
            json!(["Success"])
        );
        assert_eq!(
            search("*.VerificationStatus", &ses["VerificationAttributes"]),
            json!(["Success"])
        );
        assert_eq!(search("Reservations.*", &v), Json::Null);
        assert_eq!(search("Table[].x", &json!({"Table": {"x": 1}})), Json::Null);
    }

    #[test]
    fn filters_and_boolean_logic() {
        let expr =
            "length(D) > `0`  && length(D[?S == 'DISABLED' || S == 'ENABLE_FAILED']) ==  length(D)";
        assert_eq!(
            search(
                expr,
                &json!({"D": [{"S": "DISABLED"}, {"S": "ENABLE_FAILED"}]})
            ),
            true
        );
        assert_eq!(
            search(expr, &json!({"D": [{"S": "DISABLED"}, {"S": "ACTIVE"}]})),
            false
        );
        assert_eq!(search(expr, &json!({"D": []})), false);
        assert_eq!(search("!(a == `1`)", &json!({"a": 1.0})), false);
        assert_eq!(search("a != 'x'", &json!({"a": "y"})), true);
        assert_eq!(search("a >= `2`", &json!({"a": "2"})), Json::Null);
        assert_eq!(search("@", &json!(3)), 3);
        assert_eq!(search("[?@ > `1`]", &json!([1, 2, 3])), json!([2, 3]));
    }

    #[test]
    fn what_the_subset_lacks_is_refused_clearly() {
        for bad in [
            "a[0:2]",
            "{a: b}",
            "a.[b, c]",
            "sort(a)",
            "length(a, b)",
            "a[",
            "'open",
            "a.`1`",
            "",
            "a b",
            "#",
        ] {
            let e = Expr::parse(bad).unwrap_err();
            assert_eq!(e.kind(), crate::ErrorKind::InvalidInput, "{bad}");
            assert!(e.to_string().contains("unsupported JMESPath"), "{bad}: {e}");
        }
        assert_eq!(Expr::parse("a.b").unwrap().source(), "a.b");
        // deep nesting is refused, not a stack overflow
        let deep = "(".repeat(100_000) + "a" + &")".repeat(100_000);
        assert!(Expr::parse(&deep).is_err());
        assert!(Expr::parse(&"!".repeat(100_000)).is_err());
        let chained = vec!["a"; 50_000].join(".");
        assert!(Expr::parse(&chained).is_err());
        let ok = "(".repeat(30) + "a" + &")".repeat(30);
        assert_eq!(Expr::parse(&ok).unwrap().search(&json!({"a": 1})), 1);
    }
}
