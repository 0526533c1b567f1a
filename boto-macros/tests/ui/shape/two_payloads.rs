use boto_core::{ByteStream, Shape};

#[derive(Shape, Default)]
pub struct Thing {
    #[shape(payload)]
    pub a: ByteStream,
    #[shape(payload)]
    pub b: ByteStream,
}

fn main() {}
