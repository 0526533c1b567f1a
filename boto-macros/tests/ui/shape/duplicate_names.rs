use boto_core::Shape;

#[derive(Shape, Default)]
pub struct Thing {
    pub queue_url: Option<String>,
    #[shape(name = "QueueUrl")]
    pub url: Option<String>,
}

fn main() {}
