//! The serde layer's error, carrying the path to the offending field.

use std::fmt;

/// One step of a path inside an item.
#[derive(Debug, Clone)]
pub(crate) enum Seg {
    Field(String),
    Index(usize),
}

/// A serde error with the path (innermost segment first) where it happened.
#[derive(Debug)]
pub(crate) struct SerdeError {
    path: Vec<Seg>,
    msg: String,
}

impl SerdeError {
    pub(crate) fn new(msg: impl Into<String>) -> SerdeError {
        SerdeError {
            path: Vec::new(),
            msg: msg.into(),
        }
    }

    /// Records that the error happened inside field `name`.
    pub(crate) fn at(mut self, name: &str) -> SerdeError {
        self.path.push(Seg::Field(name.to_owned()));
        self
    }

    /// Records that the error happened inside element `i`.
    pub(crate) fn at_index(mut self, i: usize) -> SerdeError {
        self.path.push(Seg::Index(i));
        self
    }

    fn path_text(&self) -> String {
        let mut s = String::new();
        for seg in self.path.iter().rev() {
            match seg {
                Seg::Field(f) => {
                    if !s.is_empty() {
                        s.push('.');
                    }
                    s.push_str(f);
                }
                Seg::Index(i) => {
                    s.push_str(&format!("[{i}]"));
                }
            }
        }
        s
    }

    /// Into an input error (writes).
    pub(crate) fn into_invalid_input(self) -> boto_core::Error {
        boto_core::Error::invalid_input(self.to_string())
    }

    /// Into a decode error (reads).
    pub(crate) fn into_decode(self) -> boto_core::Error {
        boto_core::Error::decode(self.to_string())
    }
}

impl fmt::Display for SerdeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.msg)
        } else {
            write!(f, "at `{}`: {}", self.path_text(), self.msg)
        }
    }
}

impl std::error::Error for SerdeError {}

impl serde::ser::Error for SerdeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        SerdeError::new(msg.to_string())
    }
}

impl serde::de::Error for SerdeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        SerdeError::new(msg.to_string())
    }
}
