use boto_core::Shape;

#[derive(Shape, Default)]
#[shape(xml_namespace = 1)]
pub struct Thing {
    #[shape(lable)]
    pub a: String,
    #[shape(query = "a", query = "b")]
    pub b: Option<String>,
    #[shape(timestamp = "never")]
    pub c: Option<String>,
}

fn main() {}
