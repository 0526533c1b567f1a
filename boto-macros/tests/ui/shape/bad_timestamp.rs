use boto_core::{DateTime, Shape};

#[derive(Shape, Default)]
pub struct Thing {
    #[shape(timestamp = "unix")]
    pub at: Option<DateTime>,
}

fn main() {}
