//! EC2 request, output and data shapes, named as botocore names them; a shape whose name
//! is also a resource's carries the suffix `Shape` (`InstanceShape`, `VpcShape`, ...).
//! Wire names follow the EC2 model: `name` is the member's XML element (`locationName`),
//! which the ec2Query writer capitalizes for requests.

mod addresses;
mod common;
mod instances;
mod security;
mod storage;
mod vpcs;

pub use addresses::*;
pub use common::*;
pub use instances::*;
pub use security::*;
pub use storage::*;
pub use vpcs::*;
