use boto_core::Shape;

#[derive(Shape, Default)]
pub struct Generic<T> {
    pub t: Option<T>,
}

#[derive(Shape, Default)]
pub struct Tuple(String);

fn main() {}
