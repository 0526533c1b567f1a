//! SQS: the typed [`Client`] and the [`Sqs`] / [`Queue`] / [`Message`] resources, with
//! message attributes and batch send, delete and change-visibility.
//!
//! ```no_run
//! # async fn f() -> boto_core::Result<()> {
//! use boto_services::sqs::*;
//!
//! let sqs = Sqs::new(&boto_core::Session::new());
//! let queue = sqs.get_queue_by_name().with(|r| r.queue_name("test")).await?;
//! queue.send_message().with(|r| r.message_body("hello")).await?;
//! for message in queue.receive_messages().with(|r| r.max_number_of_messages(10)).await? {
//!     println!("{:?}", message.body().await?);
//!     message.delete().await?;
//! }
//! # Ok(()) }
//! ```
//!
//! Batch requests answer per entry: a failed entry is a [`BatchResultErrorEntry`] in the
//! output's `failed`, not an `Err`. A `Vec<Message>` deletes its messages in one request per
//! queue with [`MessageBatchActions::delete`].

mod client;
mod resources;
mod shapes;

pub use client::Client;
pub use resources::{Message, MessageBatchActions, Queue, Sqs};
pub use shapes::*;
