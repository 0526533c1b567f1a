//! [`Attr`] and [`Condition`]: condition and filter expressions.

use super::{Expression, Path, Placeholders};
use crate::dynamodb::attribute::{AttributeValue, IntoAttributeValue};
use std::ops::{BitAnd, BitOr, Not};

/// An attribute (document path) in a condition or filter: `Attr::new("address.zip")`.
#[derive(Debug, Clone, PartialEq)]
pub struct Attr(Path);

/// The right-hand side of a comparison: a value, another attribute, or `size(path)`.
#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    /// A value (becomes a `:v` placeholder).
    Value(AttributeValue),
    /// An attribute path.
    Path(Path),
    /// `size(path)`.
    Size(Path),
}

/// Anything usable as a comparison operand: values ([`IntoAttributeValue`]), [`Attr`]
/// (compare two attributes) and [`Size`].
pub trait IntoOperand {
    /// The conversion.
    fn into_operand(self) -> Operand;
}

impl<T: IntoAttributeValue> IntoOperand for T {
    fn into_operand(self) -> Operand {
        Operand::Value(self.into_attribute_value())
    }
}
impl IntoOperand for Attr {
    fn into_operand(self) -> Operand {
        Operand::Path(self.0)
    }
}
impl IntoOperand for Size {
    fn into_operand(self) -> Operand {
        Operand::Size(self.0)
    }
}
impl IntoOperand for Operand {
    fn into_operand(self) -> Operand {
        self
    }
}

/// A condition expression (also used for filters), combined with `&`, `|` and `!`.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition(pub(crate) Node);

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    Compare(Operand, &'static str, Operand),
    Between(Operand, Operand, Operand),
    In(Operand, Vec<Operand>),
    /// `name(path)` or `name(path, operand)`
    Func(&'static str, Path, Option<Operand>),
    And(Vec<Node>),
    Or(Vec<Node>),
    Not(Box<Node>),
}

macro_rules! comparisons {
    ($subject:expr; $($(#[$doc:meta])* $method:ident => $op:literal;)*) => {$(
        $(#[$doc])*
        pub fn $method(self, v: impl IntoOperand) -> Condition {
            Condition(Node::Compare($subject(self.0), $op, v.into_operand()))
        }
    )*};
}

impl Attr {
    /// A document path: dots separate names, `[n]` indexes lists (`a.b[2].c`).
    pub fn new(path: impl Into<Path>) -> Attr {
        Attr(path.into())
    }

    /// One attribute name taken literally, even if it contains `.` or `[`.
    pub fn name(name: &str) -> Attr {
        Attr(Path::name(name))
    }

    comparisons! { Operand::Path;
        /// `path = v`
        eq => "=";
        /// `path <> v`
        ne => "<>";
        /// `path < v`
        lt => "<";
        /// `path <= v`
        lte => "<=";
        /// `path > v`
        gt => ">";
        /// `path >= v`
        gte => ">=";
    }

    /// `path BETWEEN low AND high`
    pub fn between(self, low: impl IntoOperand, high: impl IntoOperand) -> Condition {
        Condition(Node::Between(
            Operand::Path(self.0),
            low.into_operand(),
            high.into_operand(),
        ))
    }

    /// `path IN (v0, v1, ...)`
    pub fn is_in<I, V>(self, values: I) -> Condition
    where
        I: IntoIterator<Item = V>,
        V: IntoOperand,
    {
        Condition(Node::In(
            Operand::Path(self.0),
            values.into_iter().map(IntoOperand::into_operand).collect(),
        ))
    }

    /// `begins_with(path, prefix)`
    pub fn begins_with(self, prefix: impl IntoOperand) -> Condition {
        Condition(Node::Func(
            "begins_with",
            self.0,
            Some(prefix.into_operand()),
        ))
    }

    /// `contains(path, v)`: a substring, or an element of a set or list.
    pub fn contains(self, v: impl IntoOperand) -> Condition {
        Condition(Node::Func("contains", self.0, Some(v.into_operand())))
    }

    /// `attribute_exists(path)`
    pub fn exists(self) -> Condition {
        Condition(Node::Func("attribute_exists", self.0, None))
    }

    /// `attribute_not_exists(path)`
    pub fn not_exists(self) -> Condition {
        Condition(Node::Func("attribute_not_exists", self.0, None))
    }

    /// `attribute_type(path, type)` with a type tag: `S`, `N`, `B`, `SS`, `NS`, `BS`,
    /// `M`, `L`, `NULL` or `BOOL`.
    pub fn attribute_type(self, tag: &str) -> Condition {
        Condition(Node::Func(
            "attribute_type",
            self.0,
            Some(Operand::Value(AttributeValue::S(tag.to_owned()))),
        ))
    }

    /// `size(path)`, to compare.
    pub fn size(self) -> Size {
        Size(self.0)
    }
}

/// `size(path)` of an attribute: `Attr::new("tags").size().gt(2)`.
#[derive(Debug, Clone, PartialEq)]
pub struct Size(Path);

impl Size {
    comparisons! { Operand::Size;
        /// `size(path) = v`
        eq => "=";
        /// `size(path) <> v`
        ne => "<>";
        /// `size(path) < v`
        lt => "<";
        /// `size(path) <= v`
        lte => "<=";
        /// `size(path) > v`
        gt => ">";
        /// `size(path) >= v`
        gte => ">=";
    }

    /// `size(path) BETWEEN low AND high`
    pub fn between(self, low: impl IntoOperand, high: impl IntoOperand) -> Condition {
        Condition(Node::Between(
            Operand::Size(self.0),
            low.into_operand(),
            high.into_operand(),
        ))
    }
}

impl Condition {
    /// Renders with fresh placeholders.
    pub fn build(&self) -> Expression {
        let mut ph = Placeholders::new();
        let text = self.render(&mut ph);
        ph.finish(text)
    }

    /// Renders into shared placeholders (to send with a key condition or projection).
    pub fn render(&self, ph: &mut Placeholders) -> String {
        let mut out = String::new();
        self.0.render(ph, &mut out);
        out
    }
}

fn operand(o: &Operand, ph: &mut Placeholders, out: &mut String) {
    match o {
        Operand::Value(v) => out.push_str(&ph.value(v.clone())),
        Operand::Path(p) => out.push_str(&ph.path(p)),
        Operand::Size(p) => {
            out.push_str("size(");
            out.push_str(&ph.path(p));
            out.push(')');
        }
    }
}

impl Node {
    fn is_compound(&self) -> bool {
        matches!(self, Node::And(_) | Node::Or(_) | Node::Not(_))
    }

    pub(crate) fn render(&self, ph: &mut Placeholders, out: &mut String) {
        match self {
            Node::Compare(a, op, b) => {
                operand(a, ph, out);
                out.push(' ');
                out.push_str(op);
                out.push(' ');
                operand(b, ph, out);
            }
            Node::Between(a, lo, hi) => {
                operand(a, ph, out);
                out.push_str(" BETWEEN ");
                operand(lo, ph, out);
                out.push_str(" AND ");
                operand(hi, ph, out);
            }
            Node::In(a, list) => {
                operand(a, ph, out);
                out.push_str(" IN (");
                for (i, v) in list.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    operand(v, ph, out);
                }
                out.push(')');
            }
            Node::Func(name, path, arg) => {
                out.push_str(name);
                out.push('(');
                out.push_str(&ph.path(path));
                if let Some(arg) = arg {
                    out.push_str(", ");
                    operand(arg, ph, out);
                }
                out.push(')');
            }
            Node::And(parts) | Node::Or(parts) => {
                let (word, same_kind): (&str, fn(&Node) -> bool) = match self {
                    Node::And(_) => (" AND ", |n| matches!(n, Node::And(_))),
                    _ => (" OR ", |n| matches!(n, Node::Or(_))),
                };
                for (i, p) in parts.iter().enumerate() {
                    if i > 0 {
                        out.push_str(word);
                    }
                    // AND binds tighter than OR; a nested group of the other kind is
                    // parenthesised either way, for readability.
                    let paren = matches!(p, Node::And(_) | Node::Or(_)) && !same_kind(p);
                    if paren {
                        out.push('(');
                    }
                    p.render(ph, out);
                    if paren {
                        out.push(')');
                    }
                }
            }
            Node::Not(inner) => {
                out.push_str("NOT ");
                let paren = inner.is_compound();
                if paren {
                    out.push('(');
                }
                inner.render(ph, out);
                if paren {
                    out.push(')');
                }
            }
        }
    }
}

impl BitAnd for Condition {
    type Output = Condition;
    fn bitand(self, rhs: Condition) -> Condition {
        Condition(join(self.0, rhs.0, true))
    }
}

impl BitOr for Condition {
    type Output = Condition;
    fn bitor(self, rhs: Condition) -> Condition {
        Condition(join(self.0, rhs.0, false))
    }
}

impl Not for Condition {
    type Output = Condition;
    fn not(self) -> Condition {
        Condition(Node::Not(Box::new(self.0)))
    }
}

/// `a & b` (or `a | b`), flattening runs of the same operator.
pub(crate) fn join(a: Node, b: Node, and: bool) -> Node {
    let mut parts = Vec::new();
    for n in [a, b] {
        match (n, and) {
            (Node::And(p), true) | (Node::Or(p), false) => parts.extend(p),
            (n, _) => parts.push(n),
        }
    }
    if and {
        Node::And(parts)
    } else {
        Node::Or(parts)
    }
}
