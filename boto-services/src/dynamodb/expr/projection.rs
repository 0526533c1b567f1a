//! [`Projection`]: `ProjectionExpression`s.

use super::{Expression, Path, Placeholders};

/// The attributes to return: `Projection::new(["id", "address.zip", "tags[0]"])`.
#[derive(Debug, Clone, PartialEq)]
pub struct Projection(Vec<Path>);

impl Projection {
    /// Document paths to project.
    pub fn new<I, P>(paths: I) -> Projection
    where
        I: IntoIterator<Item = P>,
        P: Into<Path>,
    {
        Projection(paths.into_iter().map(Into::into).collect())
    }

    /// Adds a path.
    pub fn and(mut self, path: impl Into<Path>) -> Projection {
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
