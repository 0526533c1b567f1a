//! # boto-core
//!
//! The runtime under typed async AWS clients and resources: [`Session`] (profiles,
//! credential chain, region, endpoints), SigV4 signing, a pooled hyper transport, the six AWS
//! wire protocols driven by one shape model, pagination as `futures::Stream`s, waiters and
//! retries. The macros `#[derive(Shape)]`, `#[client]` and `#[resource]` are re-exported here,
//! so this is the one crate a hand-written client depends on.
//!
//! Declaring a client is a few shapes and one struct; every call goes through the session's
//! transport (here a [`ReplayClient`](http::replay::ReplayClient) with canned answers, which
//! tests inject with [`SessionBuilder::http_client`]):
//!
//! ```
//! use boto_core::http::replay::ReplayClient;
//! use boto_core::{client, Credentials, ErrorKind, Op, Session, Shape};
//! use std::sync::Arc;
//!
//! #[derive(Shape, Debug, Clone, Default)]
//! pub struct CreateQueueRequest { pub queue_name: String }
//! #[derive(Shape, Debug, Clone, Default)]
//! pub struct CreateQueueResult { pub queue_url: Option<String> }
//! #[derive(Shape, Debug, Clone, Default)]
//! pub struct DeleteQueueRequest { pub queue_url: String }
//!
//! #[client(service = "sqs", protocol = "awsJson1_0", target_prefix = "AmazonSQS")]
//! pub struct SqsClient {
//!     create_queue: Op<CreateQueueRequest, CreateQueueResult>,
//!     delete_queue: Op<DeleteQueueRequest, ()>,
//! }
//!
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> boto_core::Result<()> {
//! let replay = ReplayClient::new();
//! let json = [("content-type", "application/x-amz-json-1.0")];
//! replay.push(200, &json, r#"{"QueueUrl":"https://sqs/1/q"}"#);
//! replay.push(400, &json, r#"{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"gone"}"#);
//! let session = Session::builder()
//!     .region("eu-west-1")
//!     .credentials(Credentials::new("AKID", "SECRET", None))
//!     .http_client(Arc::new(replay.clone()))
//!     .build()?;
//! let sqs = SqsClient::new(&session);
//!
//! let queue = sqs.create_queue(CreateQueueRequest::new().queue_name("q")).await?;
//! assert_eq!(queue.queue_url.as_deref(), Some("https://sqs/1/q"));
//!
//! let err = sqs.delete_queue(DeleteQueueRequest::new().queue_url("https://sqs/1/q")).await
//!     .unwrap_err();
//! assert_eq!(err.kind(), ErrorKind::Service);
//! assert_eq!(err.code(), Some("QueueDoesNotExist"));
//! # Ok(())
//! # }
//! ```
//!
//! The macros' own pages, [`Shape`](macro@Shape), [`client`](macro@client) and
//! [`resource`](macro@resource), show the rest of the declaration language.
//!
//! Feature `dynamic` (on by default) adds the [`dynamic`] client, built at run time from
//! botocore's JSON models, and the model reader `ServiceModel::from_json` (gzip included).
//! Typed clients need neither: `default-features = false` leaves them, and flate2, out.

#![warn(missing_docs)]

pub mod auth;
pub mod client;
pub mod config;
pub mod credentials;
mod datetime;
mod deadline;
#[cfg(feature = "dynamic")]
pub mod dynamic;
pub mod endpoint;
mod error;
pub mod http;
pub mod model;
mod op;
pub mod paginate;
pub mod protocol;
pub mod resource;
pub mod retry;
mod session;
mod shape;
mod types;
pub mod value;
pub mod waiter;

#[doc(hidden)]
pub mod __private_v1;

pub use credentials::Credentials;
pub use datetime::{DateTime, TimestampFormat};
pub use deadline::{StreamTimeoutExt, Timeout, TimeoutExt, TimeoutStream};
pub use error::{Error, ErrorKind, Result, ServiceError};
pub use http::ByteStream;
pub use retry::RetryConfig;
pub use session::{
    AccountIdEndpointMode, AddressingStyle, RetryMode, Session, SessionBuilder,
    DEFAULT_MAX_RESPONSE_BODY,
};
pub use shape::Shape;
pub use types::{Blob, Document};
pub use value::Value;

pub use boto_macros::{client, resource, Shape};

// The macros' documented examples, run as this crate's doctests too.
#[cfg(doctest)]
#[doc = include_str!("../../boto-macros/docs/shape.md")]
struct ShapeDoc;
#[cfg(doctest)]
#[doc = include_str!("../../boto-macros/docs/client.md")]
struct ClientDoc;
#[cfg(doctest)]
#[doc = include_str!("../../boto-macros/docs/resource.md")]
struct ResourceDoc;
pub use op::{FromSession, Op};
