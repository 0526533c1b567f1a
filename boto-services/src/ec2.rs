//! Amazon EC2: the [`Client`] (ec2Query), its shapes and waiters, and the resources of
//! boto3's EC2 model ([`Ec2`], [`Instance`], [`Vpc`], [`Subnet`], [`SecurityGroup`],
//! [`Volume`], [`Image`], [`KeyPair`], [`KeyPairInfo`]).
//!
//! ```no_run
//! use boto_services::ec2::{self, Ec2, Filter};
//! use futures::TryStreamExt;
//!
//! # async fn run(session: boto_core::Session) -> boto_core::Result<()> {
//! let ec2 = Ec2::new(&session);
//! let instances = ec2
//!     .create_instances()
//!     .with(|r| r.image_id("ami-12c6146b").min_count(1).max_count(1))
//!     .await?;
//! let instance = &instances[0];
//! instance.wait_until_running().await?;
//! println!("{:?} in {:?}", instance.state().await?, instance.subnet().await?);
//!
//! let web = Filter::new().name("tag:role").values(vec!["web".into()]);
//! let running: Vec<ec2::Instance> = ec2
//!     .instances()
//!     .filter(|r| r.filters(vec![web]))
//!     .try_collect()
//!     .await?;
//! ec2.instances().filter(|r| r.instance_ids(vec![instance.id().into()])).terminate().await?;
//! # let _ = running;
//! # Ok(())
//! # }
//! ```
//!
//! Collections scoped to a resource (`vpc.instances()`, `subnet.instances()`,
//! `instance.volumes()`) send an EC2 filter naming it; a `.filter(|r| ..)` on them receives
//! the request with that filter in place, so push onto `r.filters` rather than replace it.

mod client;
mod resources;
mod shapes;

pub use client::Client;
pub use resources::{
    Ec2, Image, Instance, InstanceBatchActions, KeyPair, KeyPairInfo, SecurityGroup, Subnet,
    Volume, Vpc,
};
pub use shapes::*;
