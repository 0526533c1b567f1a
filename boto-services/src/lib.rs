//! Ready-made S3, SQS, DynamoDB and EC2 clients and resources.

pub use boto_core as core;
#[cfg(feature = "ec2")]
pub mod ec2;
