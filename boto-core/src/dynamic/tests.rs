//! Unit tests of the dynamic client conversions.
