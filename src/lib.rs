//! Examples and integration tests of the workspace live in examples/ and tests/.
