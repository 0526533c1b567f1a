//! Rules of `#[resource]` inputs.
