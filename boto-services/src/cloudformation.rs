//! AWS CloudFormation (`cloudformation`): the typed [`Client`] and boto3's resources over it: the service
//! resource [`CloudFormation`], [`Stack`], [`Event`], [`StackResource`], [`StackResourceSummary`].
//!
//! ```no_run
//! # async fn f() -> boto_core::Result<()> {
//! use boto_services::cloudformation::*;
//! use futures::TryStreamExt;
//!
//! let cloudformation = CloudFormation::new(&boto_core::Session::new());
//! let stack = cloudformation.stack("web");
//! println!("{:?}", stack.stack_status().await?);
//! for summary in stack.resource_summaries().all().try_collect::<Vec<_>>().await? {
//!     println!("{}", summary.logical_id());
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
