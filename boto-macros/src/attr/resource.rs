//! The parsed model of a `#[resource]` input.
