//! [`Update`] and [`UpdateExpr`]: `UpdateExpression`s.

use super::condition::{IntoOperand, Operand};
use super::{Expression, Path, Placeholders};

/// Starts an update expression: `Update::set("a", v).add("n", 1).remove("x")`.
#[derive(Debug, Clone, Copy)]
pub struct Update;

/// An update expression being built; each method appends one action.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UpdateExpr {
    set: Vec<(Path, SetValue)>,
    remove: Vec<Path>,
    add: Vec<(Path, Operand)>,
    delete: Vec<(Path, Operand)>,
}

#[derive(Debug, Clone, PartialEq)]
enum SetValue {
    Plain(Operand),
    IfNotExists(Path, Operand),
    ListAppend(Operand, Operand),
    Arith(Operand, &'static str, Operand),
}

macro_rules! starters {
    ($($(#[$doc:meta])* $name:ident($($arg:ident: $ty:ty),*);)*) => {
        impl Update {$(
            $(#[$doc])*
            pub fn $name($($arg: $ty),*) -> UpdateExpr {
                UpdateExpr::default().$name($($arg),*)
            }
        )*}
    };
}

starters! {
    /// `SET path = v`
    set(path: impl Into<Path>, v: impl IntoOperand);
    /// `SET path = if_not_exists(path, v)`
    set_if_not_exists(path: impl Into<Path>, v: impl IntoOperand);
    /// `SET path = list_append(path, list)`
    append(path: impl Into<Path>, list: impl IntoOperand);
    /// `SET path = list_append(list, path)`
    prepend(path: impl Into<Path>, list: impl IntoOperand);
    /// `SET path = path + n`
    increment(path: impl Into<Path>, n: impl IntoOperand);
    /// `SET path = path - n`
    decrement(path: impl Into<Path>, n: impl IntoOperand);
    /// `ADD path v` (numbers and sets)
    add(path: impl Into<Path>, v: impl IntoOperand);
    /// `DELETE path set` (removes elements from a set)
    delete(path: impl Into<Path>, set: impl IntoOperand);
    /// `REMOVE path`
    remove(path: impl Into<Path>);
}

impl UpdateExpr {
    /// `SET path = v`
    pub fn set(mut self, path: impl Into<Path>, v: impl IntoOperand) -> Self {
        self.set
            .push((path.into(), SetValue::Plain(v.into_operand())));
        self
    }

    /// `SET path = if_not_exists(path, v)`
    pub fn set_if_not_exists(mut self, path: impl Into<Path>, v: impl IntoOperand) -> Self {
        let path = path.into();
        self.set
            .push((path.clone(), SetValue::IfNotExists(path, v.into_operand())));
        self
    }

    /// `SET path = list_append(path, list)`
    pub fn append(mut self, path: impl Into<Path>, list: impl IntoOperand) -> Self {
        let path = path.into();
        self.set.push((
            path.clone(),
            SetValue::ListAppend(Operand::Path(path), list.into_operand()),
        ));
        self
    }

    /// `SET path = list_append(list, path)`
    pub fn prepend(mut self, path: impl Into<Path>, list: impl IntoOperand) -> Self {
        let path = path.into();
        self.set.push((
            path.clone(),
            SetValue::ListAppend(list.into_operand(), Operand::Path(path)),
        ));
        self
    }

    /// `SET path = path + n`
    pub fn increment(mut self, path: impl Into<Path>, n: impl IntoOperand) -> Self {
        let path = path.into();
        self.set.push((
            path.clone(),
            SetValue::Arith(Operand::Path(path), "+", n.into_operand()),
        ));
        self
    }

    /// `SET path = path - n`
    pub fn decrement(mut self, path: impl Into<Path>, n: impl IntoOperand) -> Self {
        let path = path.into();
        self.set.push((
            path.clone(),
            SetValue::Arith(Operand::Path(path), "-", n.into_operand()),
        ));
        self
    }

    /// `ADD path v` (numbers and sets)
    pub fn add(mut self, path: impl Into<Path>, v: impl IntoOperand) -> Self {
        self.add.push((path.into(), v.into_operand()));
        self
    }

    /// `DELETE path set`
    pub fn delete(mut self, path: impl Into<Path>, set: impl IntoOperand) -> Self {
        self.delete.push((path.into(), set.into_operand()));
        self
    }

    /// `REMOVE path`
    pub fn remove(mut self, path: impl Into<Path>) -> Self {
        self.remove.push(path.into());
        self
    }

    /// Renders with fresh placeholders.
    pub fn build(&self) -> Expression {
        let mut ph = Placeholders::new();
        let text = self.render(&mut ph);
        ph.finish(text)
    }

    /// Renders into shared placeholders (to send with a condition).
    /// Clauses come in the order SET, REMOVE, ADD, DELETE.
    pub fn render(&self, ph: &mut Placeholders) -> String {
        let mut clauses: Vec<String> = Vec::new();
        if !self.set.is_empty() {
            let parts: Vec<String> = self
                .set
                .iter()
                .map(|(path, v)| {
                    let target = ph.path(path);
                    let value = match v {
                        SetValue::Plain(o) => operand(o, ph),
                        SetValue::IfNotExists(p, o) => {
                            let p = ph.path(p);
                            format!("if_not_exists({p}, {})", operand(o, ph))
                        }
                        SetValue::ListAppend(a, b) => {
                            let a = operand(a, ph);
                            format!("list_append({a}, {})", operand(b, ph))
                        }
                        SetValue::Arith(a, op, b) => {
                            let a = operand(a, ph);
                            format!("{a} {op} {}", operand(b, ph))
                        }
                    };
                    format!("{target} = {value}")
                })
                .collect();
            clauses.push(format!("SET {}", parts.join(", ")));
        }
        if !self.remove.is_empty() {
            let parts: Vec<String> = self.remove.iter().map(|p| ph.path(p)).collect();
            clauses.push(format!("REMOVE {}", parts.join(", ")));
        }
        for (word, list) in [("ADD", &self.add), ("DELETE", &self.delete)] {
            if !list.is_empty() {
                let parts: Vec<String> = list
                    .iter()
                    .map(|(p, o)| {
                        let p = ph.path(p);
                        format!("{p} {}", operand(o, ph))
                    })
                    .collect();
                clauses.push(format!("{word} {}", parts.join(", ")));
            }
        }
        clauses.join(" ")
    }
}

fn operand(o: &Operand, ph: &mut Placeholders) -> String {
    match o {
        Operand::Value(v) => ph.value(v.clone()),
        Operand::Path(p) => ph.path(p),
        Operand::Size(p) => format!("size({})", ph.path(p)),
    }
}
