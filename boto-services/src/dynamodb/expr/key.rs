//! [`Key`] and [`KeyCondition`]: `KeyConditionExpression`s for `Query`.

use super::condition::{join, IntoOperand, Node, Operand};
use super::{Expression, Path, Placeholders};
use std::ops::BitAnd;

/// A key attribute in a key condition: `Key::new("pk").eq("a")`. The name is taken
/// literally (key attributes are top-level).
#[derive(Debug, Clone, PartialEq)]
pub struct Key(Path);

/// A key condition: the partition key's equality, optionally `&` a sort key condition.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyCondition(Node);

macro_rules! key_cmp {
    ($($(#[$doc:meta])* $method:ident => $op:literal;)*) => {$(
        $(#[$doc])*
        pub fn $method(self, v: impl IntoOperand) -> KeyCondition {
            KeyCondition(Node::Compare(Operand::Path(self.0), $op, v.into_operand()))
        }
    )*};
}

impl Key {
    /// A key attribute name.
    pub fn new(name: &str) -> Key {
        Key(Path::name(name))
    }

    key_cmp! {
        /// `key = v`
        eq => "=";
        /// `key < v`
        lt => "<";
        /// `key <= v`
        le => "<=";
        /// `key <= v` (boto3's spelling)
        lte => "<=";
        /// `key > v`
        gt => ">";
        /// `key >= v`
        ge => ">=";
        /// `key >= v` (boto3's spelling)
        gte => ">=";
    }

    /// `key BETWEEN low AND high`
    pub fn between(self, low: impl IntoOperand, high: impl IntoOperand) -> KeyCondition {
        KeyCondition(Node::Between(
            Operand::Path(self.0),
            low.into_operand(),
            high.into_operand(),
        ))
    }

    /// `begins_with(key, prefix)`
    pub fn begins_with(self, prefix: impl IntoOperand) -> KeyCondition {
        KeyCondition(Node::Func(
            "begins_with",
            self.0,
            Some(prefix.into_operand()),
        ))
    }
}

impl KeyCondition {
    /// Renders with fresh placeholders.
    pub fn build(&self) -> Expression {
        let mut ph = Placeholders::new();
        let text = self.render(&mut ph);
        ph.finish(text)
    }

    /// Renders into shared placeholders (to send with a filter or projection).
    pub fn render(&self, ph: &mut Placeholders) -> String {
        let mut out = String::new();
        self.0.render(ph, &mut out);
        out
    }
}

impl BitAnd for KeyCondition {
    type Output = KeyCondition;
    fn bitand(self, rhs: KeyCondition) -> KeyCondition {
        KeyCondition(join(self.0, rhs.0, true))
    }
}
