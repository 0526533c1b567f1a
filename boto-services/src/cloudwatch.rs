//! Amazon CloudWatch (`cloudwatch`): the typed [`Client`] and boto3's resources over it: the service
//! resource [`CloudWatch`], [`Alarm`], [`Metric`].
//!
//! ```no_run
//! # async fn f() -> boto_core::Result<()> {
//! use boto_services::cloudwatch::*;
//! use futures::TryStreamExt;
//!
//! let cloudwatch = CloudWatch::new(&boto_core::Session::new());
//! let metric = cloudwatch.metric("App", "Latency");
//! metric.put_data().with(|r| r.namespace("App")).await?;
//! for alarm in cloudwatch.alarms().all().try_collect::<Vec<_>>().await? {
//!     println!("{} {:?}", alarm.name(), alarm.state_value().await?);
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
