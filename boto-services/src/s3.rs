//! Amazon S3: the [`Client`] (every operation, paginators, waiters, presigned URLs), its
//! request and output shapes, named as botocore names them, and the resources [`S3`],
//! [`Bucket`], [`Object`], [`ObjectSummary`], [`ObjectVersion`], [`MultipartUpload`],
//! [`MultipartUploadPart`] and [`BucketPolicy`]; managed transfers (`upload_file`,
//! `download_file`, `copy`, see [`TransferConfig`]).
//!
//! ```no_run
//! use boto_services::core::Session;
//! use boto_services::s3;
//! # async fn run() -> boto_services::core::Result<()> {
//! let client = s3::Client::new(&Session::new());
//! client
//!     .put_object(s3::PutObjectRequest::new().bucket("b").key("k").body("hello"))
//!     .await?;
//! let got = client
//!     .get_object(s3::GetObjectRequest::new().bucket("b").key("k"))
//!     .await?;
//! assert_eq!(&got.body.collect().await?[..], b"hello");
//! # Ok(())
//! # }
//! ```
//!
//! Buckets are addressed in the host name (`https://bucket.s3.eu-west-1.amazonaws.com`)
//! when their name is a DNS label, in the path for IP and `localhost` endpoints, and always
//! in the path with `Session::builder().force_path_style(true)` or
//! [`Client::with_force_path_style`]. Endpoints come from botocore's S3 endpoint rule set:
//! FIPS and dual-stack (`Session::builder().use_fips(true)` / `.use_dualstack(true)`),
//! GovCloud and China, and access point ARNs as the `Bucket`
//! (`arn:aws:s3:us-west-2:123456789012:accesspoint/myap`, in the ARN's region unless the
//! profile sets `s3_use_arn_region = false`). Multi-region access points (SigV4a) and S3
//! Express buckets are refused with an error naming the signing they need.

mod client;
mod resources;
mod shapes;
mod transfer;
mod versions;

pub use client::Client;
pub use resources::{Bucket, Object, ObjectSummary, S3};
pub use shapes::*;
pub use transfer::{Progress, Transfer, TransferConfig};
pub use versions::{BucketPolicy, MultipartUpload, MultipartUploadPart, ObjectVersion};
