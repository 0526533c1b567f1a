//! Amazon EC2: the [`Client`] (ec2Query), its shapes and waiters, and the resources of
//! boto3's EC2 model ([`Ec2`], [`Instance`], [`Vpc`], [`Subnet`], [`SecurityGroup`],
//! [`Volume`], [`Image`], [`KeyPair`], [`KeyPairInfo`]).

mod client;
mod resources;
mod shapes;

pub use client::Client;
pub use resources::{
    Ec2, Image, Instance, KeyPair, KeyPairInfo, SecurityGroup, Subnet, Volume, Vpc,
};
pub use shapes::*;
