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

#[derive(Shape, Default)]
#[shape(xml_namespace(prefix = "x", url = "y"))]
pub struct Namespaced {
    #[shape(xml_namespace(uri = 1))]
    pub a: Option<String>,
}
