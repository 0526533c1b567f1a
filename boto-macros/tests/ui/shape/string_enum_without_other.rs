use boto_core::Shape;

#[derive(Shape)]
pub enum State {
    Active,
    Deleting,
}

fn main() {}
