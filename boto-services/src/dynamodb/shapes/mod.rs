//! The request and output shapes of the DynamoDB operations this crate covers, named as
//! botocore names them (inputs take the suffix `Request`).

mod enums;
mod item;
mod table;

pub use enums::*;
pub use item::*;
pub use table::*;

#[cfg(test)]
mod tests;
