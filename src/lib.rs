//! Examples and integration tests of the workspace live in examples/ and tests/; the tour's
//! steps live here so that `examples/tour.rs` and `tests/tour.rs` run the same code.

pub mod tour;
