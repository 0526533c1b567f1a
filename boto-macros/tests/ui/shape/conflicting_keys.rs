use boto_core::Shape;

#[derive(Shape, Default)]
pub struct Thing {
    #[shape(label, header = "X-Bucket")]
    pub bucket: String,
    #[shape(payload, query = "q")]
    pub body: Option<String>,
}

fn main() {}
