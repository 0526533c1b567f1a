//! AWS Identity and Access Management (`iam`): the typed [`Client`] and boto3's resources over it: the service
//! resource [`Iam`], [`User`], [`Group`], [`Role`], [`Policy`], [`AccessKeyPair`], ....
//!
//! ```no_run
//! # async fn f() -> boto_core::Result<()> {
//! use boto_services::iam::*;
//! use futures::TryStreamExt;
//!
//! let iam = Iam::new(&boto_core::Session::new());
//! let user = iam.create_user().with(|r| r.user_name("alice")).await?;
//! let key = user.create_access_key_pair().await?;
//! println!("{} {}", key.id(), user.arn().await?);
//! for group in iam.groups().all().try_collect::<Vec<_>>().await? {
//!     println!("{}", group.name());
//! }
//! # Ok(()) }
//! ```
//!
//! The client and its shapes (`client.rs`) and the resources (`resources.rs`) are generated
//! by boto-codegen (`--resources`) from botocore's and boto3's models (`scripts/generate.sh`);
//! a shape named like a resource takes the suffix `Shape`. Two references the model reads
//! from lists or optional members of the data (`InstanceProfile::roles`,
//! `VirtualMfaDevice::user`) are written by hand in `extras.rs`.

mod client;
mod extras;
mod resources;

pub use client::*;
pub use resources::*;
