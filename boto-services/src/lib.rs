//! Ready-made S3, SQS, DynamoDB and EC2 clients and resources, declared with the
//! `boto-core` macros.
//!
//! One cargo feature per service, all on by default: `s3`, `sqs`, `dynamodb`, `ec2`. Each
//! module has a typed `Client` (one async method per operation, `_pages` / `_items` streams,
//! `wait_until_*` waiters), its request and output shapes named as botocore names them, and
//! boto3's resources (`s3::S3`, `sqs::Sqs`, `dynamodb::DynamoDb`, `ec2::Ec2` and their
//! children).
//!
#![cfg_attr(all(feature = "s3", feature = "sqs"), doc = "```no_run")]
#![cfg_attr(not(all(feature = "s3", feature = "sqs")), doc = "```ignore")]
//! use boto_services::core::Session;
//! use boto_services::{s3, sqs};
//! use futures::TryStreamExt;
//!
//! # async fn run() -> boto_services::core::Result<()> {
//! let session = Session::new();
//! let bucket = s3::S3::new(&session).bucket("mybucket");
//! let mut objects = bucket.objects().all();
//! while let Some(obj) = objects.try_next().await? {
//!     println!("{} {:?}", obj.key(), obj.last_modified().await?);
//! }
//!
//! let queue = sqs::Sqs::new(&session)
//!     .get_queue_by_name()
//!     .with(|r| r.queue_name("test"))
//!     .await?;
//! queue.send_message().with(|r| r.message_body("hello")).await?;
//! # Ok(())
//! # }
//! ```
//!
//! `boto_services::core` is `boto_core`, re-exported so one dependency is enough.

pub use boto_core as core;

#[cfg(feature = "dynamodb")]
pub mod dynamodb;
#[cfg(feature = "ec2")]
pub mod ec2;
#[cfg(feature = "s3")]
pub mod s3;
#[cfg(feature = "sqs")]
pub mod sqs;
