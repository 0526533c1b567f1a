//! Amazon EC2: the [`Client`] (ec2Query), its shapes and waiters, and every resource of
//! boto3's EC2 model ([`Ec2`], [`Instance`], [`Vpc`], [`Subnet`], [`SecurityGroup`],
//! [`Volume`], [`Snapshot`], [`Image`], [`InternetGateway`], [`RouteTable`],
//! [`NetworkAcl`], [`NetworkInterface`], [`VpcAddress`], [`Tag`], ...).
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
//! `create_tags` (on [`Ec2`] and each taggable resource) gives the [`Tag`]s it made, as
//! boto3's does; a `Vec<Tag>` deletes them with [`TagBatchActions::delete`].
//!
//! The client and the shapes (`client.rs`) and the resources (`resources.rs`) are generated
//! by boto-codegen (`--resources`) from botocore's and boto3's models
//! (`scripts/generate.sh`; shapes named like a resource of boto3's EC2 model take the
//! suffix `Shape`: [`InstanceShape`], [`VpcShape`], [`TagShape`], ...; a list the model does
//! not require is a plain `Vec`, empty when absent). What boto3's model states that the
//! resource language cannot (the `Tag`s of `create_tags`, references read from lists or
//! optional members of the data, actions sending a value of the data) is in `extras.rs`.

mod client;
mod extras;
mod resources;

pub use client::*;
pub use extras::{InstanceTagBatchActions, TagBatchActions};
pub use resources::*;
