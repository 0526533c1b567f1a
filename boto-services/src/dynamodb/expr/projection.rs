//! [`ProjectionExpr`]: `ProjectionExpression`s.

use super::{Expression, Path, Placeholders};

/// The attributes to return: `ProjectionExpr::new(["id", "address.zip", "tags[0]"])`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProjectionExpr(Vec<Path>);

impl ProjectionExpr {
    /// Document paths to project.
    pub fn new<I, P>(paths: I) -> ProjectionExpr
    where
        I: IntoIterator<Item = P>,
        P: Into<Path>,
    {
        ProjectionExpr(paths.into_iter().map(Into::into).collect())
    }

    /// Adds a path.
    pub fn and(mut self, path: impl Into<Path>) -> ProjectionExpr {
        self.0.push(path.into());
        self
    }

    /// Renders with fresh placeholders.
    pub fn build(&self) -> Expression {
        let mut ph = Placeholders::new();
        let text = self.render(&mut ph);
        ph.finish(text)
    }

    /// Renders into shared placeholders.
    pub fn render(&self, ph: &mut Placeholders) -> String {
        let parts: Vec<String> = self.0.iter().map(|p| ph.path(p)).collect();
        parts.join(", ")
    }
}
