use boto_core::Shape;

#[derive(Shape)]
pub enum Mixed {
    Active,
    Named { value: String },
    #[shape(other)]
    Unknown(String),
}

#[derive(Shape)]
pub enum TwoOthers {
    Active,
    #[shape(other)]
    Unknown(String),
    #[shape(other)]
    Unknown2(String),
}

#[derive(Shape)]
pub enum NamedOther {
    Active,
    #[shape(other)]
    Unknown { text: String },
}

#[derive(Shape)]
pub enum Empty {}

fn main() {}

#[derive(Shape)]
pub enum UnitAndTuple {
    Active,
    S(String),
}
