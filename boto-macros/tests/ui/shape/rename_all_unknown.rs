use boto_core::Shape;

#[derive(Shape, Default)]
#[shape(rename_all = "camelcase")]
pub struct Thing {
    pub log_group_name: String,
}

#[allow(dead_code)]
fn uses() -> Thing {
    Thing::new().log_group_name("x")
}

fn main() {}
