use boto_core::Shape;

#[derive(Shape, Default)]
#[shape(nmae = "Thing")]
pub struct Thing {
    #[shape(lable)]
    pub bucket: String,
}

fn main() {}
