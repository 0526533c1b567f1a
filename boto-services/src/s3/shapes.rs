//! Request and output shapes of the S3 operations, and the structures they nest, with the
//! members and HTTP bindings of botocore's model. A shape whose botocore name is also a
//! resource's carries the suffix `Shape` (`ObjectShape` for botocore's `Object`).

mod bucket;
mod config;
mod list;
mod multipart;
mod object;

pub use bucket::*;
pub use config::*;
pub use list::*;
pub use multipart::*;
pub use object::*;
