use boto_core::Shape;

// A member key with a value of the wrong kind is one error: the shape's `new` and setters
// still exist for the code using it.
#[derive(Shape, Debug, Clone, Default)]
pub struct Thing {
    #[shape(name = ThingName)]
    pub name: String,
}

#[allow(dead_code)]
fn uses() -> Thing {
    Thing::new().name("x")
}

fn main() {}
