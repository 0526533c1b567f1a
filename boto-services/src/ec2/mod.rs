//! Amazon EC2: the [`Client`] (ec2Query), its shapes and waiters, and the resources of
//! boto3's EC2 model ([`Ec2`], [`Instance`], [`Vpc`], [`Subnet`], [`SecurityGroup`],
//! [`Volume`], [`Image`], [`KeyPair`]).

mod client;
mod shapes;

pub use client::Client;
pub use shapes::*;
