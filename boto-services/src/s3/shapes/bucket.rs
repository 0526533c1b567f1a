use boto_core::DateTime;
use boto_core::Shape;

/// Input of `CreateBucket`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateBucketRequest {
    #[shape(name = "ACL", header = "x-amz-acl")]
    pub acl: Option<String>,
    #[shape(label)]
    pub bucket: String,
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub create_bucket_configuration: Option<CreateBucketConfiguration>,
    #[shape(header = "x-amz-grant-full-control")]
    pub grant_full_control: Option<String>,
    #[shape(header = "x-amz-grant-read")]
    pub grant_read: Option<String>,
    #[shape(name = "GrantReadACP", header = "x-amz-grant-read-acp")]
    pub grant_read_acp: Option<String>,
    #[shape(header = "x-amz-grant-write")]
    pub grant_write: Option<String>,
    #[shape(name = "GrantWriteACP", header = "x-amz-grant-write-acp")]
    pub grant_write_acp: Option<String>,
    #[shape(header = "x-amz-bucket-object-lock-enabled")]
    pub object_lock_enabled_for_bucket: Option<bool>,
    #[shape(header = "x-amz-object-ownership")]
    pub object_ownership: Option<String>,
    #[shape(header = "x-amz-bucket-namespace")]
    pub bucket_namespace: Option<String>,
}

/// The configuration information for the bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateBucketConfiguration {
    pub location_constraint: Option<String>,
    pub location: Option<LocationInfo>,
    pub bucket: Option<BucketInfo>,
    #[shape(member = "Tag")]
    pub tags: Option<Vec<Tag>>,
}

/// Specifies the location where the bucket will be created.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LocationInfo {
    pub r#type: Option<String>,
    pub name: Option<String>,
}

/// Specifies the information about the bucket that will be created.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BucketInfo {
    pub data_redundancy: Option<String>,
    pub r#type: Option<String>,
}

/// A container of a key value name pair.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    pub key: String,
    pub value: String,
}

/// Output of `CreateBucket`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateBucketOutput {
    #[shape(header = "Location")]
    pub location: Option<String>,
    #[shape(header = "x-amz-bucket-arn")]
    pub bucket_arn: Option<String>,
}

/// Input of `DeleteBucket`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBucketRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Input of `HeadBucket`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct HeadBucketRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Output of `HeadBucket`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct HeadBucketOutput {
    #[shape(header = "x-amz-bucket-arn")]
    pub bucket_arn: Option<String>,
    #[shape(header = "x-amz-bucket-location-type")]
    pub bucket_location_type: Option<String>,
    #[shape(header = "x-amz-bucket-location-name")]
    pub bucket_location_name: Option<String>,
    #[shape(header = "x-amz-bucket-region")]
    pub bucket_region: Option<String>,
    #[shape(header = "x-amz-access-point-alias")]
    pub access_point_alias: Option<bool>,
}

/// Input of `ListBuckets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListBucketsRequest {
    #[shape(query = "max-buckets")]
    pub max_buckets: Option<i32>,
    #[shape(query = "continuation-token")]
    pub continuation_token: Option<String>,
    #[shape(query = "prefix")]
    pub prefix: Option<String>,
    #[shape(query = "bucket-region")]
    pub bucket_region: Option<String>,
}

/// Output of `ListBuckets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListBucketsOutput {
    #[shape(member = "Bucket")]
    pub buckets: Vec<BucketShape>,
    pub owner: Option<Owner>,
    pub continuation_token: Option<String>,
    pub prefix: Option<String>,
}

/// In terms of implementation, a Bucket is a resource.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Bucket")]
pub struct BucketShape {
    pub name: String,
    pub creation_date: Option<DateTime>,
    pub bucket_region: Option<String>,
    pub bucket_arn: Option<String>,
}

/// Container for the owner's display name and ID.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Owner {
    pub display_name: Option<String>,
    #[shape(name = "ID")]
    pub id: Option<String>,
}

/// Input of `GetBucketLocation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketLocationRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Output of `GetBucketLocation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketLocationOutput {
    pub location_constraint: Option<String>,
}
