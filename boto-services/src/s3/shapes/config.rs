use super::*;
use boto_core::DateTime;
use boto_core::Shape;

/// Input of `GetObjectTagging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetObjectTaggingRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(label)]
    pub key: String,
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<String>,
}

/// Output of `GetObjectTagging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetObjectTaggingOutput {
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
    #[shape(member = "Tag")]
    pub tag_set: Vec<Tag>,
}

/// Input of `PutObjectTagging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutObjectTaggingRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(label)]
    pub key: String,
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<String>,
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub tagging: Tagging,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<String>,
}

/// Container for TagSet elements.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tagging {
    #[shape(member = "Tag")]
    pub tag_set: Vec<Tag>,
}

/// Output of `PutObjectTagging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutObjectTaggingOutput {
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
}

/// Input of `GetBucketTagging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketTaggingRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Output of `GetBucketTagging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketTaggingOutput {
    #[shape(member = "Tag")]
    pub tag_set: Vec<Tag>,
}

/// Input of `PutBucketTagging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketTaggingRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<String>,
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub tagging: Tagging,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Input of `GetObjectAcl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetObjectAclRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(label)]
    pub key: String,
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<String>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Output of `GetObjectAcl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetObjectAclOutput {
    pub owner: Option<Owner>,
    #[shape(name = "AccessControlList", member = "Grant")]
    pub grants: Vec<Grant>,
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<String>,
}

/// Container for grant information.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Grant {
    pub grantee: Option<Grantee>,
    pub permission: Option<String>,
}

/// Container for the person being granted permissions.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(xml_namespace(uri = "http://www.w3.org/2001/XMLSchema-instance", prefix = "xsi"))]
pub struct Grantee {
    pub display_name: Option<String>,
    pub email_address: Option<String>,
    #[shape(name = "ID")]
    pub id: Option<String>,
    #[shape(name = "xsi:type", xml_attribute)]
    pub r#type: String,
    #[shape(name = "URI")]
    pub uri: Option<String>,
}

/// Input of `PutObjectAcl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutObjectAclRequest {
    #[shape(name = "ACL", header = "x-amz-acl")]
    pub acl: Option<String>,
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub access_control_policy: Option<AccessControlPolicy>,
    #[shape(label)]
    pub bucket: String,
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<String>,
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
    #[shape(label)]
    pub key: String,
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<String>,
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Contains the elements that set the ACL permissions for an object per grantee.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AccessControlPolicy {
    #[shape(name = "AccessControlList", member = "Grant")]
    pub grants: Option<Vec<Grant>>,
    pub owner: Option<Owner>,
}

/// Output of `PutObjectAcl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutObjectAclOutput {
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<String>,
}

/// Input of `GetBucketAcl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketAclRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Output of `GetBucketAcl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketAclOutput {
    pub owner: Option<Owner>,
    #[shape(name = "AccessControlList", member = "Grant")]
    pub grants: Vec<Grant>,
}

/// Input of `PutBucketAcl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketAclRequest {
    #[shape(name = "ACL", header = "x-amz-acl")]
    pub acl: Option<String>,
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub access_control_policy: Option<AccessControlPolicy>,
    #[shape(label)]
    pub bucket: String,
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<String>,
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
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Input of `GetBucketCors`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketCorsRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Output of `GetBucketCors`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketCorsOutput {
    #[shape(name = "CORSRule", flattened)]
    pub cors_rules: Vec<CORSRule>,
}

/// Specifies a cross-origin access rule for an Amazon S3 bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CORSRule {
    #[shape(name = "ID")]
    pub id: Option<String>,
    #[shape(name = "AllowedHeader", flattened)]
    pub allowed_headers: Vec<String>,
    #[shape(name = "AllowedMethod", flattened)]
    pub allowed_methods: Vec<String>,
    #[shape(name = "AllowedOrigin", flattened)]
    pub allowed_origins: Vec<String>,
    #[shape(name = "ExposeHeader", flattened)]
    pub expose_headers: Vec<String>,
    pub max_age_seconds: Option<i32>,
}

/// Input of `PutBucketCors`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketCorsRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(
        name = "CORSConfiguration",
        payload,
        xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/"
    )]
    pub cors_configuration: CORSConfiguration,
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<String>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Describes the cross-origin access configuration for objects in an Amazon S3 bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CORSConfiguration {
    #[shape(name = "CORSRule", flattened)]
    pub cors_rules: Vec<CORSRule>,
}

/// Input of `GetBucketLifecycleConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketLifecycleConfigurationRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Output of `GetBucketLifecycleConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketLifecycleConfigurationOutput {
    #[shape(name = "Rule", flattened)]
    pub rules: Vec<LifecycleRule>,
    #[shape(header = "x-amz-transition-default-minimum-object-size")]
    pub transition_default_minimum_object_size: Option<String>,
}

/// A lifecycle rule for individual objects in an Amazon S3 bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LifecycleRule {
    pub expiration: Option<LifecycleExpiration>,
    #[shape(name = "ID")]
    pub id: Option<String>,
    pub prefix: Option<String>,
    pub filter: Option<LifecycleRuleFilter>,
    pub status: String,
    #[shape(name = "Transition", flattened)]
    pub transitions: Vec<Transition>,
    #[shape(name = "NoncurrentVersionTransition", flattened)]
    pub noncurrent_version_transitions: Vec<NoncurrentVersionTransition>,
    pub noncurrent_version_expiration: Option<NoncurrentVersionExpiration>,
    pub abort_incomplete_multipart_upload: Option<AbortIncompleteMultipartUpload>,
}

/// Container for the expiration for the lifecycle of the object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LifecycleExpiration {
    #[shape(timestamp = "iso8601")]
    pub date: Option<DateTime>,
    pub days: Option<i32>,
    pub expired_object_delete_marker: Option<bool>,
}

/// The Filter is used to identify objects that a Lifecycle Rule applies to.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LifecycleRuleFilter {
    pub prefix: Option<String>,
    pub tag: Option<Tag>,
    pub object_size_greater_than: Option<i64>,
    pub object_size_less_than: Option<i64>,
    pub and: Option<LifecycleRuleAndOperator>,
}

/// This is used in a Lifecycle Rule Filter to apply a logical AND to two or more predicates.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LifecycleRuleAndOperator {
    pub prefix: Option<String>,
    #[shape(name = "Tag", flattened)]
    pub tags: Vec<Tag>,
    pub object_size_greater_than: Option<i64>,
    pub object_size_less_than: Option<i64>,
}

/// Specifies when an object transitions to a specified storage class.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Transition {
    #[shape(timestamp = "iso8601")]
    pub date: Option<DateTime>,
    pub days: Option<i32>,
    pub storage_class: Option<String>,
}

/// Container for the transition rule that describes when noncurrent objects transition to the STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, GLACIER_IR, GLACIER, or
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NoncurrentVersionTransition {
    pub noncurrent_days: Option<i32>,
    pub storage_class: Option<String>,
    pub newer_noncurrent_versions: Option<i32>,
}

/// Specifies when noncurrent object versions expire.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NoncurrentVersionExpiration {
    pub noncurrent_days: Option<i32>,
    pub newer_noncurrent_versions: Option<i32>,
}

/// Specifies the days since the initiation of an incomplete multipart upload that Amazon S3 will wait before permanently removing all parts of the upload.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AbortIncompleteMultipartUpload {
    pub days_after_initiation: Option<i32>,
}

/// Input of `PutBucketLifecycleConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketLifecycleConfigurationRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<String>,
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub lifecycle_configuration: Option<BucketLifecycleConfiguration>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    #[shape(header = "x-amz-transition-default-minimum-object-size")]
    pub transition_default_minimum_object_size: Option<String>,
}

/// Specifies the lifecycle configuration for objects in an Amazon S3 bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BucketLifecycleConfiguration {
    #[shape(name = "Rule", flattened)]
    pub rules: Vec<LifecycleRule>,
}

/// Output of `PutBucketLifecycleConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketLifecycleConfigurationOutput {
    #[shape(header = "x-amz-transition-default-minimum-object-size")]
    pub transition_default_minimum_object_size: Option<String>,
}

/// Input of `GetBucketPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketPolicyRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Output of `GetBucketPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketPolicyOutput {
    #[shape(payload)]
    pub policy: Option<String>,
}

/// Input of `PutBucketPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketPolicyRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<String>,
    #[shape(header = "x-amz-confirm-remove-self-bucket-access")]
    pub confirm_remove_self_bucket_access: Option<bool>,
    #[shape(payload)]
    pub policy: String,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Input of `DeleteBucketPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBucketPolicyRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Input of `GetBucketVersioning`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketVersioningRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Output of `GetBucketVersioning`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketVersioningOutput {
    pub status: Option<String>,
    pub mfa_delete: Option<String>,
}

/// Input of `PutBucketVersioning`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketVersioningRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<String>,
    #[shape(name = "MFA", header = "x-amz-mfa")]
    pub mfa: Option<String>,
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub versioning_configuration: VersioningConfiguration,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Describes the versioning state of an Amazon S3 bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VersioningConfiguration {
    pub mfa_delete: Option<String>,
    pub status: Option<String>,
}
