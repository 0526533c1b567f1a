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
//!
//! # Declaring more services
//!
//! The macros these modules are declared with are re-exported too: `boto_services::{client,
//! resource, Shape}`. Their expansions name boto-core as `::boto_core` unless told otherwise,
//! so with boto-services as the only dependency, give each one
//! `crate = boto_services::core` (as serde's `#[serde(crate = "..")]`):
//!
//! ```
//! use boto_services::core::{Op, Session};
//! use boto_services::{client, resource, Shape};
//!
//! #[derive(Shape, Debug, Clone, Default)]
//! #[shape(crate = boto_services::core)]
//! pub struct GetQueueUrlRequest {
//!     pub queue_name: String,
//! }
//!
//! #[derive(Shape, Debug, Clone, Default)]
//! #[shape(crate = boto_services::core)]
//! pub struct GetQueueUrlResult {
//!     pub queue_url: Option<String>,
//! }
//!
//! #[derive(Shape, Debug, Clone, Default)]
//! #[shape(crate = boto_services::core)]
//! pub struct DeleteQueueRequest {
//!     pub queue_url: String,
//! }
//!
//! #[client(crate = boto_services::core, service = "sqs", protocol = "awsJson1_0",
//!          target_prefix = "AmazonSQS")]
//! pub struct Sqs {
//!     get_queue_url: Op<GetQueueUrlRequest, GetQueueUrlResult>,
//!     delete_queue: Op<DeleteQueueRequest, ()>,
//! }
//!
//! #[resource(crate = boto_services::core, client = Sqs)]
//! #[action(delete = delete_queue)]
//! pub struct Queue {
//!     #[identifier(param = queue_url)]
//!     url: String,
//! }
//!
//! let session = Session::builder().region("us-east-1").build()?;
//! let queue = Queue::new(&Sqs::new(&session), "https://sqs.us-east-1.amazonaws.com/1/q");
//! assert_eq!(queue.url(), "https://sqs.us-east-1.amazonaws.com/1/q");
//! # Ok::<(), boto_services::core::Error>(())
//! ```

pub use boto_core as core;
/// The macros of `boto_core` (see [`core::client`](macro@core::client),
/// [`core::resource`](macro@core::resource), [`core::Shape`](macro@core::Shape)); give them
/// `crate = boto_services::core`.
pub use boto_core::{client, resource, Shape};

#[cfg(feature = "dynamodb")]
pub mod dynamodb;
#[cfg(feature = "ec2")]
pub mod ec2;
#[cfg(feature = "s3")]
pub mod s3;
#[cfg(feature = "sqs")]
pub mod sqs;
