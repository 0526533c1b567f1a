use boto_core::Shape;

#[derive(Shape, Default)]
pub struct Thing {
    #[shape(header = "X-A", header = "X-B")]
    pub a: Option<String>,
    #[shape(name = "B")]
    #[shape(name = "C")]
    pub b: Option<String>,
}

fn main() {}
