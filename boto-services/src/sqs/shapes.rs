//! SQS request and output shapes, named as botocore names them.

mod batch;
mod enums;
mod message;
mod queue;

pub use batch::*;
pub use enums::*;
pub use message::*;
pub use queue::*;
