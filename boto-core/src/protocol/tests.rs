//! Unit tests of the protocol engine.
