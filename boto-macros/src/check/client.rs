//! Rules of `#[client]` inputs.
