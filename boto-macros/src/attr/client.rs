//! The parsed model of a `#[client]` input.
