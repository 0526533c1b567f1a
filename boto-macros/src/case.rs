//! Case conversions between Rust names and wire names: boto-case's, which boto-codegen
//! shares, so generated code writes `name = ".."` exactly where these defaults are wrong.

pub(crate) use boto_case::{pascal, Case};
