//! Code generation. Inputs reaching here passed `check`: nothing in this module reports a
//! user error.

pub(crate) mod client;
pub(crate) mod enums;
pub(crate) mod resource;
pub(crate) mod schema;
pub(crate) mod shape;
pub(crate) mod types;
