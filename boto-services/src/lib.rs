//! Ready-made S3, SQS, DynamoDB and EC2 clients and resources.

pub use boto_core as core;

#[cfg(feature = "dynamodb")]
pub mod dynamodb;
#[cfg(feature = "ec2")]
pub mod ec2;
#[cfg(feature = "s3")]
pub mod s3;
#[cfg(feature = "sqs")]
pub mod sqs;
