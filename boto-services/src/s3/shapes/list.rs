use super::*;
use boto_core::DateTime;
use boto_core::Shape;

/// Input of `ListObjects`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListObjectsRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(query = "delimiter")]
    pub delimiter: Option<String>,
    #[shape(query = "encoding-type")]
    pub encoding_type: Option<String>,
    #[shape(query = "marker")]
    pub marker: Option<String>,
    #[shape(query = "max-keys")]
    pub max_keys: Option<i32>,
    #[shape(query = "prefix")]
    pub prefix: Option<String>,
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<String>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    #[shape(header = "x-amz-optional-object-attributes")]
    pub optional_object_attributes: Option<Vec<String>>,
}

/// Output of `ListObjects`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListObjectsOutput {
    pub is_truncated: Option<bool>,
    pub marker: Option<String>,
    pub next_marker: Option<String>,
    #[shape(flattened)]
    pub contents: Vec<ObjectShape>,
    pub name: Option<String>,
    pub prefix: Option<String>,
    pub delimiter: Option<String>,
    pub max_keys: Option<i32>,
    #[shape(flattened)]
    pub common_prefixes: Vec<CommonPrefix>,
    pub encoding_type: Option<String>,
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<String>,
}

/// An object consists of data and its descriptive metadata.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Object")]
pub struct ObjectShape {
    pub key: String,
    pub last_modified: Option<DateTime>,
    pub e_tag: Option<String>,
    #[shape(flattened)]
    pub checksum_algorithm: Vec<String>,
    pub checksum_type: Option<String>,
    pub size: Option<i64>,
    pub storage_class: Option<String>,
    pub owner: Option<Owner>,
    pub restore_status: Option<RestoreStatus>,
}

/// Specifies the restoration status of an object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RestoreStatus {
    pub is_restore_in_progress: Option<bool>,
    pub restore_expiry_date: Option<DateTime>,
}

/// Container for all (if there are any) keys between Prefix and the next occurrence of the string specified by a delimiter.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CommonPrefix {
    pub prefix: Option<String>,
}

/// Input of `ListObjectsV2`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListObjectsV2Request {
    #[shape(label)]
    pub bucket: String,
    #[shape(query = "delimiter")]
    pub delimiter: Option<String>,
    #[shape(query = "encoding-type")]
    pub encoding_type: Option<String>,
    #[shape(query = "max-keys")]
    pub max_keys: Option<i32>,
    #[shape(query = "prefix")]
    pub prefix: Option<String>,
    #[shape(query = "continuation-token")]
    pub continuation_token: Option<String>,
    #[shape(query = "fetch-owner")]
    pub fetch_owner: Option<bool>,
    #[shape(query = "start-after")]
    pub start_after: Option<String>,
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<String>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    #[shape(header = "x-amz-optional-object-attributes")]
    pub optional_object_attributes: Option<Vec<String>>,
}

/// Output of `ListObjectsV2`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListObjectsV2Output {
    pub is_truncated: Option<bool>,
    #[shape(flattened)]
    pub contents: Vec<ObjectShape>,
    pub name: Option<String>,
    pub prefix: Option<String>,
    pub delimiter: Option<String>,
    pub max_keys: Option<i32>,
    #[shape(flattened)]
    pub common_prefixes: Vec<CommonPrefix>,
    pub encoding_type: Option<String>,
    pub key_count: Option<i32>,
    pub continuation_token: Option<String>,
    pub next_continuation_token: Option<String>,
    pub start_after: Option<String>,
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<String>,
}

/// Input of `ListObjectVersions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListObjectVersionsRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(query = "delimiter")]
    pub delimiter: Option<String>,
    #[shape(query = "encoding-type")]
    pub encoding_type: Option<String>,
    #[shape(query = "key-marker")]
    pub key_marker: Option<String>,
    #[shape(query = "max-keys")]
    pub max_keys: Option<i32>,
    #[shape(query = "prefix")]
    pub prefix: Option<String>,
    #[shape(query = "version-id-marker")]
    pub version_id_marker: Option<String>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<String>,
    #[shape(header = "x-amz-optional-object-attributes")]
    pub optional_object_attributes: Option<Vec<String>>,
}

/// Output of `ListObjectVersions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListObjectVersionsOutput {
    pub is_truncated: Option<bool>,
    pub key_marker: Option<String>,
    pub version_id_marker: Option<String>,
    pub next_key_marker: Option<String>,
    pub next_version_id_marker: Option<String>,
    #[shape(name = "Version", flattened)]
    pub versions: Vec<ObjectVersionShape>,
    #[shape(name = "DeleteMarker", flattened)]
    pub delete_markers: Vec<DeleteMarkerEntry>,
    pub name: Option<String>,
    pub prefix: Option<String>,
    pub delimiter: Option<String>,
    pub max_keys: Option<i32>,
    #[shape(flattened)]
    pub common_prefixes: Vec<CommonPrefix>,
    pub encoding_type: Option<String>,
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<String>,
}

/// The version of an object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "ObjectVersion")]
pub struct ObjectVersionShape {
    pub e_tag: Option<String>,
    #[shape(flattened)]
    pub checksum_algorithm: Vec<String>,
    pub checksum_type: Option<String>,
    pub size: Option<i64>,
    pub storage_class: Option<String>,
    pub key: String,
    pub version_id: Option<String>,
    pub is_latest: Option<bool>,
    pub last_modified: Option<DateTime>,
    pub owner: Option<Owner>,
    pub restore_status: Option<RestoreStatus>,
}

/// Information about the delete marker.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMarkerEntry {
    pub owner: Option<Owner>,
    pub key: String,
    pub version_id: Option<String>,
    pub is_latest: Option<bool>,
    pub last_modified: Option<DateTime>,
}
