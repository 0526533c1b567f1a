use boto_core::Shape;

#[derive(Shape, Default)]
pub struct Thing {
    #[shape(header = 5)]
    pub a: Option<String>,
    #[shape(label = "Bucket")]
    pub b: String,
    #[shape(name)]
    pub c: Option<String>,
    #[shape(payload(x))]
    pub d: Option<String>,
}

fn main() {}
