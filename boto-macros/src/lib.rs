//! Procedural macros of boto-core: `#[derive(Shape)]`, `#[client]` and `#[resource]`.
//! Use them through `boto_core`.
