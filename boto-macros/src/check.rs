//! Validity rules that look across keys, fields or variants (the per-key rules live in
//! [`crate::attr::rules`]). Each function checks one rule and reports with a span.

pub(crate) mod client;
pub(crate) mod resource;
pub(crate) mod shape;
