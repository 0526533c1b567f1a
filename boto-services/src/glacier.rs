//! Amazon Glacier (`glacier`): the typed [`Client`] and boto3's resources over it: the service
//! resource [`Glacier`], [`Vault`], [`Archive`], [`Job`], [`MultipartUpload`], [`Notification`], [`Account`].
//!
//! ```no_run
//! # async fn f() -> boto_core::Result<()> {
//! use boto_services::glacier::*;
//! use futures::TryStreamExt;
//!
//! let glacier = Glacier::new(&boto_core::Session::new());
//! let vault = glacier.create_vault().with(|r| r.account_id("-").vault_name("logs")).await?;
//! println!("{:?}", vault.number_of_archives().await?);
//! for job in vault.jobs().all().try_collect::<Vec<_>>().await? {
//!     println!("{}", job.id());
//! }
//! # Ok(()) }
//! ```
//!
//! The client and its shapes (`client.rs`) and the resources (`resources.rs`) are generated
//! by boto-codegen (`--resources`) from botocore's and boto3's models (`scripts/generate.sh`);
//! a shape named like a resource takes the suffix `Shape`.

mod client;
mod resources;

pub use client::*;
pub use resources::*;
