//! The request and output shapes of the DynamoDB operations this crate covers, named as
//! botocore names them (inputs take the suffix `Request`). Optional containers of requests
//! are `Option`s: DynamoDB refuses an empty placeholder map or index list.

mod enums;
mod item;
mod table;
mod transact;

pub use enums::*;
pub use item::*;
pub use table::*;
pub use transact::*;

#[cfg(test)]
mod tests;
