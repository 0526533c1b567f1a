//! The JMESPath expressions of botocore's waiters as typed Rust closures over an output.
//!
//! Translated: field chains (`A.B.C`), flattening projections (`A[].B[]`), map value
//! projections (`A.*.B`), filter projections over a list (`A[?B == 'x' || !(C)]`),
//! `length(..)`, comparisons (`==`, `!=`, `<`, `<=`, `>`, `>=`) of a value with a literal
//! (`` `0` ``, `` `true` ``, `'text'`) or with another value, and conditions joined by `&&`,
//! `||`, `!` and parentheses. Anything else (indexes, slices, functions other than
//! `length`) is refused with a reason, and the acceptor is left out.

#[cfg(test)]
mod tests;

use serde_json::Value as Json;

/// What the generator knows of the output's types.
pub trait Types {
    /// A member of a structure: its field identifier, whether the field is an `Option`,
    /// and the member's target shape.
    fn member(&self, shape: &str, member: &str) -> Option<(String, bool, String)>;
    /// What kind of value a shape holds.
    fn leaf(&self, shape: &str) -> Leaf;
}

/// The kinds of value a path may end on.
#[derive(Debug, Clone, PartialEq)]
pub enum Leaf {
    /// A string or string enum (`as_str()`).
    Str,
    /// `bool`.
    Bool,
    /// An integer of this Rust type.
    Int(&'static str),
    /// A list of this element shape.
    List(String),
    /// A map with values of this shape.
    Map(String),
    /// A structure.
    Struct,
    /// Anything else (maps, floats, timestamps, blobs).
    Other,
}

/// Which acceptor matcher.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `path`: the value equals `expected`.
    Path,
    /// `pathAll`: every projected value equals `expected`.
    All,
    /// `pathAny`: some projected value equals `expected`.
    Any,
}

/// A matcher as the macros take it: `|o: &Output| -> Ret { body } == expected`.
#[derive(Debug, PartialEq)]
pub struct Matcher {
    /// The closure's return type.
    pub ret: String,
    /// The closure's body (an expression over `o`).
    pub body: String,
    /// The expected value, as a Rust expression of a type `ret` compares with.
    pub expected: String,
}

/// Translates `argument` (over the output shape `output`) compared with `expected`.
pub fn translate(
    types: &dyn Types,
    output: &str,
    kind: Kind,
    argument: &str,
    expected: &Json,
) -> Result<Matcher, String> {
    let tokens = lex(argument)?;
    let mut p = Parser { tokens, at: 0 };
    let expr = p.or()?;
    if p.at != p.tokens.len() {
        return Err(format!("unsupported expression `{argument}`"));
    }
    let root = Scope {
        var: "o",
        shape: output,
    };
    match expr {
        cond @ (Expr::Cmp(..) | Expr::Not(_) | Expr::Logic(..)) => {
            if kind != Kind::Path {
                return Err("a condition under pathAll/pathAny".into());
            }
            let Json::Bool(want) = expected else {
                return Err("a condition expected to equal a non-boolean".into());
            };
            Ok(Matcher {
                ret: "bool".into(),
                body: condition(types, root, &cond)?,
                expected: want.to_string(),
            })
        }
        Expr::Length(path) => {
            if kind != Kind::Path {
                return Err("length(..) under pathAll/pathAny".into());
            }
            Ok(Matcher {
                ret: "Option<usize>".into(),
                body: length(types, root, &path)?,
                expected: format!("Some({})", literal(&Leaf::Int("usize"), expected)?),
            })
        }
        Expr::Path(path) => match (select(types, root, &path)?, kind) {
            (Sel::One(code, shape), Kind::Path) => {
                let leaf = types.leaf(&shape);
                Ok(Matcher {
                    ret: format!("Option<{}>", value_type(&leaf)?),
                    body: finish_one(&code, &leaf)?,
                    expected: format!("Some({})", literal(&leaf, expected)?),
                })
            }
            (Sel::Many(code, shape), Kind::All | Kind::Any) => {
                let leaf = types.leaf(&shape);
                let map = match leaf {
                    Leaf::Str => ".map(|x| x.as_str())",
                    Leaf::Bool | Leaf::Int(_) => ".copied()",
                    _ => return Err("a projection of non-scalar values".into()),
                };
                Ok(Matcher {
                    ret: format!("Vec<{}>", value_type(&leaf)?),
                    body: format!("{code}{map}.collect()"),
                    expected: literal(&leaf, expected)?,
                })
            }
            (Sel::One(..), _) => Err("pathAll/pathAny over a single value".into()),
            (Sel::Many(..), _) => Err("path over a projection (a list)".into()),
        },
        Expr::Lit(_) => Err("a literal alone".into()),
    }
}

/// Where a path starts: the closure's output `o`, or the element a filter is testing.
#[derive(Clone, Copy)]
struct Scope<'a> {
    /// The Rust variable holding a reference to the value.
    var: &'a str,
    /// Its model shape.
    shape: &'a str,
}

/// A condition (comparisons joined by `&&`, `||`, `!`) as a `bool` expression. `&&` binds
/// tighter than `||` in JMESPath as in Rust, so only `||` under `&&` and `!` over a
/// compound need parentheses.
fn condition(types: &dyn Types, scope: Scope<'_>, expr: &Expr) -> Result<String, String> {
    match expr {
        Expr::Cmp(lhs, op, rhs) => comparison(types, scope, lhs, op, rhs),
        Expr::Not(inner) => {
            let code = condition(types, scope, inner)?;
            Ok(match **inner {
                Expr::Not(_) => format!("!{code}"),
                _ => format!("!({code})"),
            })
        }
        Expr::Logic(lhs, op, rhs) => {
            let side = |e: &Expr| -> Result<String, String> {
                let code = condition(types, scope, e)?;
                Ok(match e {
                    Expr::Logic(_, "||", _) if *op == "&&" => format!("({code})"),
                    _ => code,
                })
            };
            Ok(format!("{} {op} {}", side(lhs)?, side(rhs)?))
        }
        _ => Err("a value where a condition is expected".into()),
    }
}

/// A comparison as a `bool` expression: a value with a literal, or two values (absent
/// values are equal to each other and ordered with nothing, as JMESPath's nulls).
fn comparison(
    types: &dyn Types,
    scope: Scope<'_>,
    lhs: &Expr,
    op: &str,
    rhs: &Expr,
) -> Result<String, String> {
    let (value, op, lit) = match (lhs, rhs) {
        (Expr::Lit(_), Expr::Lit(_)) => return Err("a comparison between literals".into()),
        (value, Expr::Lit(lit)) => (value, op, lit),
        (Expr::Lit(lit), value) => {
            let flipped = match op {
                "<" => ">",
                "<=" => ">=",
                ">" => "<",
                ">=" => "<=",
                op => op,
            };
            (value, flipped, lit)
        }
        (a, b) => {
            let (a, a_leaf) = operand(types, scope, a)?;
            let (b, b_leaf) = operand(types, scope, b)?;
            if a_leaf != b_leaf {
                return Err(format!("a comparison of {a_leaf:?} with {b_leaf:?}"));
            }
            return Ok(match op {
                "==" | "!=" => format!("{a} {op} {b}"),
                op => format!("matches!(({a}, {b}), (Some(a), Some(b)) if a {op} b)"),
            });
        }
    };
    let (code, leaf) = operand(types, scope, value)?;
    let lit = literal(&leaf, lit)?;
    Ok(match op {
        "==" => format!("{code} == Some({lit})"),
        "!=" => format!("{code} != Some({lit})"),
        op => format!("{code}.is_some_and(|v| v {op} {lit})"),
    })
}

/// A compared value as an `Option<scalar>` expression, with its kind.
fn operand(types: &dyn Types, scope: Scope<'_>, expr: &Expr) -> Result<(String, Leaf), String> {
    match expr {
        Expr::Length(path) => Ok((length(types, scope, path)?, Leaf::Int("usize"))),
        Expr::Path(path) => {
            let Sel::One(code, shape) = select(types, scope, path)? else {
                return Err("a comparison over a projection".into());
            };
            let leaf = types.leaf(&shape);
            Ok((finish_one(&code, &leaf)?, leaf))
        }
        _ => Err("a condition where a value is expected".into()),
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Dot,
    Flatten,
    Star,
    LParen,
    RParen,
    Op(String),
    Logic(&'static str),
    Not,
    /// `[?`, the start of a filter.
    Filter,
    RBracket,
    Lit(Json),
}

fn lex(s: &str) -> Result<Vec<Tok>, String> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\n' => i += 1,
            b'.' => {
                out.push(Tok::Dot);
                i += 1;
            }
            b'*' => {
                out.push(Tok::Star);
                i += 1;
            }
            b'(' => {
                out.push(Tok::LParen);
                i += 1;
            }
            b')' => {
                out.push(Tok::RParen);
                i += 1;
            }
            b'[' if b.get(i + 1) == Some(&b']') => {
                out.push(Tok::Flatten);
                i += 2;
            }
            b'[' if b.get(i + 1) == Some(&b'?') => {
                out.push(Tok::Filter);
                i += 2;
            }
            b']' => {
                out.push(Tok::RBracket);
                i += 1;
            }
            b'&' | b'|' if b.get(i + 1) == Some(&c) => {
                out.push(Tok::Logic(if c == b'&' { "&&" } else { "||" }));
                i += 2;
            }
            b'=' | b'!' | b'<' | b'>' => {
                let two = b.get(i + 1) == Some(&b'=');
                let op = &s[i..i + if two { 2 } else { 1 }];
                match op {
                    "=" => return Err(format!("unsupported operator `{op}`")),
                    "!" => out.push(Tok::Not),
                    op => out.push(Tok::Op(op.to_owned())),
                }
                i += op.len();
            }
            b'`' => {
                let end = s[i + 1..]
                    .find('`')
                    .ok_or_else(|| "an unclosed literal".to_owned())?;
                let lit: Json = serde_json::from_str(&s[i + 1..i + 1 + end])
                    .map_err(|_| "a literal that is not JSON".to_owned())?;
                out.push(Tok::Lit(lit));
                i += end + 2;
            }
            b'\'' => {
                let end = s[i + 1..]
                    .find('\'')
                    .ok_or_else(|| "an unclosed string".to_owned())?;
                out.push(Tok::Lit(Json::String(s[i + 1..i + 1 + end].to_owned())));
                i += end + 2;
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                let n = b[i..]
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
                    .count();
                out.push(Tok::Ident(s[i..i + n].to_owned()));
                i += n;
            }
            _ => return Err(format!("unsupported syntax `{}`", &s[i..])),
        }
    }
    Ok(out)
}

/// One step of a path.
#[derive(Debug, Clone, PartialEq)]
enum Step {
    Field(String),
    Flatten,
    /// `.*`: the values of a map (or of an object's members; only maps are taken).
    Values,
    /// `[?cond]`: the elements of a list for which the condition holds.
    Filter(Box<Expr>),
}

#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Path(Vec<Step>),
    Length(Vec<Step>),
    Lit(Json),
    Cmp(Box<Expr>, String, Box<Expr>),
    Not(Box<Expr>),
    Logic(Box<Expr>, &'static str, Box<Expr>),
}

struct Parser {
    tokens: Vec<Tok>,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.at)
    }

    /// `a || b`, the loosest binding.
    fn or(&mut self) -> Result<Expr, String> {
        let mut expr = self.and()?;
        while self.peek() == Some(&Tok::Logic("||")) {
            self.at += 1;
            expr = Expr::Logic(Box::new(expr), "||", Box::new(self.and()?));
        }
        Ok(expr)
    }

    fn and(&mut self) -> Result<Expr, String> {
        let mut expr = self.not()?;
        while self.peek() == Some(&Tok::Logic("&&")) {
            self.at += 1;
            expr = Expr::Logic(Box::new(expr), "&&", Box::new(self.not()?));
        }
        Ok(expr)
    }

    fn not(&mut self) -> Result<Expr, String> {
        if self.peek() == Some(&Tok::Not) {
            self.at += 1;
            return Ok(Expr::Not(Box::new(self.not()?)));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Expr, String> {
        let lhs = self.operand()?;
        let Some(Tok::Op(op)) = self.peek().cloned() else {
            return Ok(lhs);
        };
        self.at += 1;
        Ok(Expr::Cmp(Box::new(lhs), op, Box::new(self.operand()?)))
    }

    fn expect(&mut self, tok: Tok, what: &str) -> Result<(), String> {
        if self.peek() != Some(&tok) {
            return Err(format!("an unclosed {what}"));
        }
        self.at += 1;
        Ok(())
    }

    fn operand(&mut self) -> Result<Expr, String> {
        match self.peek().cloned() {
            Some(Tok::LParen) => {
                self.at += 1;
                let inner = self.or()?;
                self.expect(Tok::RParen, "`(`")?;
                Ok(inner)
            }
            Some(Tok::Lit(l)) => {
                self.at += 1;
                Ok(Expr::Lit(l))
            }
            Some(Tok::Ident(f))
                if f == "length" && self.tokens.get(self.at + 1) == Some(&Tok::LParen) =>
            {
                self.at += 2;
                let path = self.path()?;
                self.expect(Tok::RParen, "`length(`")?;
                Ok(Expr::Length(path))
            }
            Some(Tok::Ident(_)) => Ok(Expr::Path(self.path()?)),
            other => Err(format!("unsupported operand {other:?}")),
        }
    }

    fn path(&mut self) -> Result<Vec<Step>, String> {
        let mut steps = Vec::new();
        let mut want_field = true;
        loop {
            match self.peek().cloned() {
                Some(Tok::Ident(f)) if want_field => {
                    if self.tokens.get(self.at + 1) == Some(&Tok::LParen) {
                        return Err(format!("unsupported function `{f}`"));
                    }
                    steps.push(Step::Field(f));
                    want_field = false;
                }
                Some(Tok::Star) if want_field && !steps.is_empty() => {
                    steps.push(Step::Values);
                    want_field = false;
                }
                Some(Tok::Dot) if !want_field => want_field = true,
                Some(Tok::Flatten) if !want_field => steps.push(Step::Flatten),
                Some(Tok::Filter) if !want_field => {
                    self.at += 1;
                    let cond = self.or()?;
                    if self.peek() != Some(&Tok::RBracket) {
                        return Err("an unclosed `[?`".into());
                    }
                    steps.push(Step::Filter(Box::new(cond)));
                }
                _ if want_field => return Err("a path ending in `.`".into()),
                _ => return Ok(steps),
            }
            self.at += 1;
        }
    }
}

/// A selection: one optional value (`Option<&T>`) or a projection (an iterator of `&T`),
/// with the model shape of the values.
enum Sel {
    One(String, String),
    Many(String, String),
}

fn select(types: &dyn Types, scope: Scope<'_>, path: &[Step]) -> Result<Sel, String> {
    let mut sel = Sel::One(format!("Some({})", scope.var), scope.shape.to_owned());
    for step in path {
        sel = match (step, sel) {
            (Step::Field(f), Sel::One(code, shape)) => {
                let (field, optional, target) = member(types, &shape, f)?;
                let code = if optional {
                    format!("{code}.and_then(|x| x.{field}.as_ref())")
                } else {
                    format!("{code}.map(|x| &x.{field})")
                };
                Sel::One(code, target)
            }
            (Step::Field(f), Sel::Many(code, shape)) => {
                let (field, optional, target) = member(types, &shape, f)?;
                let code = if optional {
                    format!("{code}.filter_map(|x| x.{field}.as_ref())")
                } else {
                    format!("{code}.map(|x| &x.{field})")
                };
                Sel::Many(code, target)
            }
            (Step::Values, Sel::One(code, shape)) => match types.leaf(&shape) {
                Leaf::Map(value) => Sel::Many(
                    format!("{code}.into_iter().flat_map(|m| m.values())"),
                    value,
                ),
                _ => return Err(format!("`.*` on `{shape}`, which is not a map")),
            },
            (Step::Values, Sel::Many(code, shape)) => match types.leaf(&shape) {
                Leaf::Map(value) => Sel::Many(format!("{code}.flat_map(|m| m.values())"), value),
                _ => return Err(format!("`.*` on `{shape}`, which is not a map")),
            },
            (Step::Flatten, Sel::One(code, shape)) => match types.leaf(&shape) {
                Leaf::List(elem) => Sel::Many(format!("{code}.into_iter().flatten()"), elem),
                _ => return Err(format!("`[]` on `{shape}`, which is not a list")),
            },
            (Step::Flatten, Sel::Many(code, shape)) => match types.leaf(&shape) {
                // `.map(|x| &x.f).flatten()` is `.flat_map(|x| &x.f)` (a plain list field).
                Leaf::List(elem) => match code.rfind(".map(|x| &x.") {
                    Some(i) if code[i..].matches('(').count() == 1 => {
                        Sel::Many(format!("{}.flat_map{}", &code[..i], &code[i + 4..]), elem)
                    }
                    _ => Sel::Many(format!("{code}.flatten()"), elem),
                },
                // `[]` on a projection of non-lists keeps them (JMESPath flattens one level).
                _ => Sel::Many(code, shape),
            },
            (Step::Filter(cond), Sel::One(code, shape)) => match types.leaf(&shape) {
                Leaf::List(elem) => {
                    // Each filter's element gets its own name, so nested filters never
                    // shadow the element an outer filter tests.
                    let var = if scope.var == "o" {
                        "e".to_owned()
                    } else {
                        format!("{}e", scope.var)
                    };
                    let inner = Scope {
                        var: &var,
                        shape: &elem,
                    };
                    let test = condition(types, inner, cond)?;
                    Sel::Many(
                        format!("{code}.into_iter().flatten().filter(|{var}| {test})"),
                        elem,
                    )
                }
                _ => return Err(format!("`[?..]` on `{shape}`, which is not a list")),
            },
            (Step::Filter(_), Sel::Many(..)) => {
                return Err("a filter over a projection".into());
            }
        };
    }
    Ok(sel)
}

fn member(types: &dyn Types, shape: &str, f: &str) -> Result<(String, bool, String), String> {
    if types.leaf(shape) != Leaf::Struct {
        return Err(format!("`.{f}` on `{shape}`, which is not a structure"));
    }
    types
        .member(shape, f)
        .ok_or_else(|| format!("`{shape}` has no member `{f}`"))
}

/// `length(path)` as an `Option<usize>` expression.
fn length(types: &dyn Types, scope: Scope<'_>, path: &[Step]) -> Result<String, String> {
    match select(types, scope, path)? {
        Sel::One(code, shape) => match types.leaf(&shape) {
            Leaf::List(_) | Leaf::Str => Ok(format!("{code}.map(|x| x.len())")),
            _ => Err("length(..) of a value that is neither a list nor a string".into()),
        },
        Sel::Many(code, _) => Ok(format!("Some({code}.count())")),
    }
}

/// `Option<&T>` as an `Option<value>`.
fn finish_one(code: &str, leaf: &Leaf) -> Result<String, String> {
    match leaf {
        Leaf::Str => Ok(format!("{code}.map(|x| x.as_str())")),
        Leaf::Bool | Leaf::Int(_) => Ok(format!("{code}.copied()")),
        _ => Err("a value that is not a string, boolean or integer".into()),
    }
}

fn value_type(leaf: &Leaf) -> Result<String, String> {
    match leaf {
        Leaf::Str => Ok("&str".into()),
        Leaf::Bool => Ok("bool".into()),
        Leaf::Int(t) => Ok((*t).into()),
        _ => Err("a value that is not a string, boolean or integer".into()),
    }
}

/// `lit` as a Rust literal of the leaf's type.
fn literal(leaf: &Leaf, lit: &Json) -> Result<String, String> {
    match (leaf, lit) {
        (Leaf::Str, Json::String(s)) => Ok(format!("{s:?}")),
        (Leaf::Bool, Json::Bool(b)) => Ok(b.to_string()),
        (Leaf::Int(_), Json::Number(n)) if n.is_u64() || n.is_i64() => Ok(n.to_string()),
        _ => Err(format!(
            "expected value {lit} does not fit the selected {leaf:?}"
        )),
    }
}
