use boto_core::Shape;

#[derive(Shape, Default)]
pub struct Thing {
    pub new: Option<String>,
}

fn main() {}
