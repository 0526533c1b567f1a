//! Amazon Simple Notification Service (`sns`): the typed [`Client`] and boto3's resources over it: the service
//! resource [`Sns`], [`Topic`], [`Subscription`], [`PlatformApplication`], [`PlatformEndpoint`].
//!
//! ```no_run
//! # async fn f() -> boto_core::Result<()> {
//! use boto_services::sns::*;
//! use futures::TryStreamExt;
//!
//! let sns = Sns::new(&boto_core::Session::new());
//! let topic = sns.create_topic().with(|r| r.name("alerts")).await?;
//! topic.publish().with(|r| r.message("hello")).await?;
//! for t in sns.topics().all().try_collect::<Vec<_>>().await? {
//!     println!("{} {:?}", t.arn(), t.attributes().await?);
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
