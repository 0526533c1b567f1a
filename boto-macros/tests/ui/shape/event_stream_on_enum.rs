use boto_core::Shape;

#[derive(Shape, Debug, Clone, PartialEq)]
#[shape(event_stream)]
pub enum Events {
    Chunk(String),
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(event_stream = true)]
pub struct Stream {
    pub chunk: Option<String>,
}

fn main() {}
