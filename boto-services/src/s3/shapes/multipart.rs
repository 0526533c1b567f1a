use super::*;
use boto_core::Shape;
use boto_core::{ByteStream, DateTime};
use std::collections::HashMap;

/// Input of `CreateMultipartUpload`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateMultipartUploadRequest {
    #[shape(name = "ACL", header = "x-amz-acl")]
    pub acl: Option<String>,
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "Cache-Control")]
    pub cache_control: Option<String>,
    #[shape(header = "Content-Disposition")]
    pub content_disposition: Option<String>,
    #[shape(header = "Content-Encoding")]
    pub content_encoding: Option<String>,
    #[shape(header = "Content-Language")]
    pub content_language: Option<String>,
    #[shape(header = "Content-Type")]
    pub content_type: Option<String>,
    #[shape(header = "Expires")]
    pub expires: Option<String>,
    #[shape(header = "x-amz-grant-full-control")]
    pub grant_full_control: Option<String>,
    #[shape(header = "x-amz-grant-read")]
    pub grant_read: Option<String>,
    #[shape(name = "GrantReadACP", header = "x-amz-grant-read-acp")]
    pub grant_read_acp: Option<String>,
    #[shape(name = "GrantWriteACP", header = "x-amz-grant-write-acp")]
    pub grant_write_acp: Option<String>,
    #[shape(label)]
    pub key: String,
    #[shape(prefix_headers = "x-amz-meta-")]
    pub metadata: HashMap<String, String>,
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<String>,
    #[shape(header = "x-amz-storage-class")]
    pub storage_class: Option<String>,
    #[shape(header = "x-amz-website-redirect-location")]
    pub website_redirect_location: Option<String>,
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    #[shape(
        name = "SSECustomerKey",
        header = "x-amz-server-side-encryption-customer-key"
    )]
    pub sse_customer_key: Option<String>,
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    #[shape(
        name = "SSEKMSEncryptionContext",
        header = "x-amz-server-side-encryption-context"
    )]
    pub ssekms_encryption_context: Option<String>,
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<String>,
    #[shape(header = "x-amz-tagging")]
    pub tagging: Option<String>,
    #[shape(header = "x-amz-object-lock-mode")]
    pub object_lock_mode: Option<String>,
    #[shape(header = "x-amz-object-lock-retain-until-date", timestamp = "iso8601")]
    pub object_lock_retain_until_date: Option<DateTime>,
    #[shape(header = "x-amz-object-lock-legal-hold")]
    pub object_lock_legal_hold_status: Option<String>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    #[shape(header = "x-amz-checksum-algorithm")]
    pub checksum_algorithm: Option<String>,
    #[shape(header = "x-amz-checksum-type")]
    pub checksum_type: Option<String>,
}

redacted_debug!(CreateMultipartUploadRequest { acl, bucket, cache_control, content_disposition, content_encoding, content_language, content_type, expires, grant_full_control, grant_read, grant_read_acp, grant_write_acp, key, metadata, server_side_encryption, storage_class, website_redirect_location, sse_customer_algorithm, sse_customer_key_md5, bucket_key_enabled, request_payer, tagging, object_lock_mode, object_lock_retain_until_date, object_lock_legal_hold_status, expected_bucket_owner, checksum_algorithm, checksum_type } secret { sse_customer_key, ssekms_key_id, ssekms_encryption_context });

/// Output of `CreateMultipartUpload`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateMultipartUploadOutput {
    #[shape(header = "x-amz-abort-date")]
    pub abort_date: Option<DateTime>,
    #[shape(header = "x-amz-abort-rule-id")]
    pub abort_rule_id: Option<String>,
    pub bucket: Option<String>,
    pub key: String,
    pub upload_id: Option<String>,
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<String>,
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    #[shape(
        name = "SSEKMSEncryptionContext",
        header = "x-amz-server-side-encryption-context"
    )]
    pub ssekms_encryption_context: Option<String>,
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<String>,
    #[shape(header = "x-amz-checksum-algorithm")]
    pub checksum_algorithm: Option<String>,
    #[shape(header = "x-amz-checksum-type")]
    pub checksum_type: Option<String>,
}

redacted_debug!(CreateMultipartUploadOutput { abort_date, abort_rule_id, bucket, key, upload_id, server_side_encryption, sse_customer_algorithm, sse_customer_key_md5, bucket_key_enabled, request_charged, checksum_algorithm, checksum_type } secret { ssekms_key_id, ssekms_encryption_context });

/// Input of `UploadPart`.
#[derive(Shape, Default)]
pub struct UploadPartRequest {
    #[shape(payload)]
    pub body: ByteStream,
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "Content-Length")]
    pub content_length: Option<i64>,
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<String>,
    #[shape(name = "ChecksumCRC32", header = "x-amz-checksum-crc32")]
    pub checksum_crc32: Option<String>,
    #[shape(name = "ChecksumCRC32C", header = "x-amz-checksum-crc32c")]
    pub checksum_crc32_c: Option<String>,
    #[shape(name = "ChecksumCRC64NVME", header = "x-amz-checksum-crc64nvme")]
    pub checksum_crc64_nvme: Option<String>,
    #[shape(name = "ChecksumSHA1", header = "x-amz-checksum-sha1")]
    pub checksum_sha1: Option<String>,
    #[shape(name = "ChecksumSHA256", header = "x-amz-checksum-sha256")]
    pub checksum_sha256: Option<String>,
    #[shape(name = "ChecksumSHA512", header = "x-amz-checksum-sha512")]
    pub checksum_sha512: Option<String>,
    #[shape(name = "ChecksumMD5", header = "x-amz-checksum-md5")]
    pub checksum_md5: Option<String>,
    #[shape(name = "ChecksumXXHASH64", header = "x-amz-checksum-xxhash64")]
    pub checksum_xxhash64: Option<String>,
    #[shape(name = "ChecksumXXHASH3", header = "x-amz-checksum-xxhash3")]
    pub checksum_xxhash3: Option<String>,
    #[shape(name = "ChecksumXXHASH128", header = "x-amz-checksum-xxhash128")]
    pub checksum_xxhash128: Option<String>,
    #[shape(label)]
    pub key: String,
    #[shape(query = "partNumber")]
    pub part_number: i32,
    #[shape(query = "uploadId")]
    pub upload_id: String,
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    #[shape(
        name = "SSECustomerKey",
        header = "x-amz-server-side-encryption-customer-key"
    )]
    pub sse_customer_key: Option<String>,
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<String>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

redacted_debug!(UploadPartRequest { body, bucket, content_length, content_md5, checksum_algorithm, checksum_crc32, checksum_crc32_c, checksum_crc64_nvme, checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5, checksum_xxhash64, checksum_xxhash3, checksum_xxhash128, key, part_number, upload_id, sse_customer_algorithm, sse_customer_key_md5, request_payer, expected_bucket_owner } secret { sse_customer_key });

/// Output of `UploadPart`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UploadPartOutput {
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<String>,
    #[shape(header = "ETag")]
    pub e_tag: Option<String>,
    #[shape(name = "ChecksumCRC32", header = "x-amz-checksum-crc32")]
    pub checksum_crc32: Option<String>,
    #[shape(name = "ChecksumCRC32C", header = "x-amz-checksum-crc32c")]
    pub checksum_crc32_c: Option<String>,
    #[shape(name = "ChecksumCRC64NVME", header = "x-amz-checksum-crc64nvme")]
    pub checksum_crc64_nvme: Option<String>,
    #[shape(name = "ChecksumSHA1", header = "x-amz-checksum-sha1")]
    pub checksum_sha1: Option<String>,
    #[shape(name = "ChecksumSHA256", header = "x-amz-checksum-sha256")]
    pub checksum_sha256: Option<String>,
    #[shape(name = "ChecksumSHA512", header = "x-amz-checksum-sha512")]
    pub checksum_sha512: Option<String>,
    #[shape(name = "ChecksumMD5", header = "x-amz-checksum-md5")]
    pub checksum_md5: Option<String>,
    #[shape(name = "ChecksumXXHASH64", header = "x-amz-checksum-xxhash64")]
    pub checksum_xxhash64: Option<String>,
    #[shape(name = "ChecksumXXHASH3", header = "x-amz-checksum-xxhash3")]
    pub checksum_xxhash3: Option<String>,
    #[shape(name = "ChecksumXXHASH128", header = "x-amz-checksum-xxhash128")]
    pub checksum_xxhash128: Option<String>,
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<String>,
}

redacted_debug!(UploadPartOutput { server_side_encryption, e_tag, checksum_crc32, checksum_crc32_c, checksum_crc64_nvme, checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5, checksum_xxhash64, checksum_xxhash3, checksum_xxhash128, sse_customer_algorithm, sse_customer_key_md5, bucket_key_enabled, request_charged } secret { ssekms_key_id });

/// Input of `UploadPartCopy`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UploadPartCopyRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "x-amz-copy-source")]
    pub copy_source: String,
    #[shape(header = "x-amz-copy-source-if-match")]
    pub copy_source_if_match: Option<String>,
    #[shape(header = "x-amz-copy-source-if-modified-since")]
    pub copy_source_if_modified_since: Option<DateTime>,
    #[shape(header = "x-amz-copy-source-if-none-match")]
    pub copy_source_if_none_match: Option<String>,
    #[shape(header = "x-amz-copy-source-if-unmodified-since")]
    pub copy_source_if_unmodified_since: Option<DateTime>,
    #[shape(header = "x-amz-copy-source-range")]
    pub copy_source_range: Option<String>,
    #[shape(label)]
    pub key: String,
    #[shape(query = "partNumber")]
    pub part_number: i32,
    #[shape(query = "uploadId")]
    pub upload_id: String,
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    #[shape(
        name = "SSECustomerKey",
        header = "x-amz-server-side-encryption-customer-key"
    )]
    pub sse_customer_key: Option<String>,
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    #[shape(
        name = "CopySourceSSECustomerAlgorithm",
        header = "x-amz-copy-source-server-side-encryption-customer-algorithm"
    )]
    pub copy_source_sse_customer_algorithm: Option<String>,
    #[shape(
        name = "CopySourceSSECustomerKey",
        header = "x-amz-copy-source-server-side-encryption-customer-key"
    )]
    pub copy_source_sse_customer_key: Option<String>,
    #[shape(
        name = "CopySourceSSECustomerKeyMD5",
        header = "x-amz-copy-source-server-side-encryption-customer-key-MD5"
    )]
    pub copy_source_sse_customer_key_md5: Option<String>,
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<String>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    #[shape(header = "x-amz-source-expected-bucket-owner")]
    pub expected_source_bucket_owner: Option<String>,
}

redacted_debug!(UploadPartCopyRequest { bucket, copy_source, copy_source_if_match, copy_source_if_modified_since, copy_source_if_none_match, copy_source_if_unmodified_since, copy_source_range, key, part_number, upload_id, sse_customer_algorithm, sse_customer_key_md5, copy_source_sse_customer_algorithm, copy_source_sse_customer_key_md5, request_payer, expected_bucket_owner, expected_source_bucket_owner } secret { sse_customer_key, copy_source_sse_customer_key });

/// Output of `UploadPartCopy`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UploadPartCopyOutput {
    #[shape(header = "x-amz-copy-source-version-id")]
    pub copy_source_version_id: Option<String>,
    #[shape(payload)]
    pub copy_part_result: Option<CopyPartResult>,
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<String>,
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<String>,
}

redacted_debug!(UploadPartCopyOutput { copy_source_version_id, copy_part_result, server_side_encryption, sse_customer_algorithm, sse_customer_key_md5, bucket_key_enabled, request_charged } secret { ssekms_key_id });

/// Container for all response elements.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CopyPartResult {
    pub e_tag: Option<String>,
    pub last_modified: Option<DateTime>,
    #[shape(name = "ChecksumCRC32")]
    pub checksum_crc32: Option<String>,
    #[shape(name = "ChecksumCRC32C")]
    pub checksum_crc32_c: Option<String>,
    #[shape(name = "ChecksumCRC64NVME")]
    pub checksum_crc64_nvme: Option<String>,
    #[shape(name = "ChecksumSHA1")]
    pub checksum_sha1: Option<String>,
    #[shape(name = "ChecksumSHA256")]
    pub checksum_sha256: Option<String>,
    #[shape(name = "ChecksumSHA512")]
    pub checksum_sha512: Option<String>,
    #[shape(name = "ChecksumMD5")]
    pub checksum_md5: Option<String>,
    #[shape(name = "ChecksumXXHASH64")]
    pub checksum_xxhash64: Option<String>,
    #[shape(name = "ChecksumXXHASH3")]
    pub checksum_xxhash3: Option<String>,
    #[shape(name = "ChecksumXXHASH128")]
    pub checksum_xxhash128: Option<String>,
}

/// Input of `CompleteMultipartUpload`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CompleteMultipartUploadRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(label)]
    pub key: String,
    #[shape(
        name = "CompleteMultipartUpload",
        payload,
        xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/"
    )]
    pub multipart_upload: Option<CompletedMultipartUpload>,
    #[shape(query = "uploadId")]
    pub upload_id: String,
    #[shape(name = "ChecksumCRC32", header = "x-amz-checksum-crc32")]
    pub checksum_crc32: Option<String>,
    #[shape(name = "ChecksumCRC32C", header = "x-amz-checksum-crc32c")]
    pub checksum_crc32_c: Option<String>,
    #[shape(name = "ChecksumCRC64NVME", header = "x-amz-checksum-crc64nvme")]
    pub checksum_crc64_nvme: Option<String>,
    #[shape(name = "ChecksumSHA1", header = "x-amz-checksum-sha1")]
    pub checksum_sha1: Option<String>,
    #[shape(name = "ChecksumSHA256", header = "x-amz-checksum-sha256")]
    pub checksum_sha256: Option<String>,
    #[shape(name = "ChecksumSHA512", header = "x-amz-checksum-sha512")]
    pub checksum_sha512: Option<String>,
    #[shape(name = "ChecksumMD5", header = "x-amz-checksum-md5")]
    pub checksum_md5: Option<String>,
    #[shape(name = "ChecksumXXHASH64", header = "x-amz-checksum-xxhash64")]
    pub checksum_xxhash64: Option<String>,
    #[shape(name = "ChecksumXXHASH3", header = "x-amz-checksum-xxhash3")]
    pub checksum_xxhash3: Option<String>,
    #[shape(name = "ChecksumXXHASH128", header = "x-amz-checksum-xxhash128")]
    pub checksum_xxhash128: Option<String>,
    #[shape(header = "x-amz-checksum-type")]
    pub checksum_type: Option<String>,
    #[shape(header = "x-amz-mp-object-size")]
    pub mpu_object_size: Option<i64>,
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<String>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    #[shape(header = "If-Match")]
    pub if_match: Option<String>,
    #[shape(header = "If-None-Match")]
    pub if_none_match: Option<String>,
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    #[shape(
        name = "SSECustomerKey",
        header = "x-amz-server-side-encryption-customer-key"
    )]
    pub sse_customer_key: Option<String>,
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
}

redacted_debug!(CompleteMultipartUploadRequest { bucket, key, multipart_upload, upload_id, checksum_crc32, checksum_crc32_c, checksum_crc64_nvme, checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5, checksum_xxhash64, checksum_xxhash3, checksum_xxhash128, checksum_type, mpu_object_size, request_payer, expected_bucket_owner, if_match, if_none_match, sse_customer_algorithm, sse_customer_key_md5 } secret { sse_customer_key });

/// The container for the completed multipart upload details.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CompletedMultipartUpload {
    #[shape(name = "Part", flattened)]
    pub parts: Vec<CompletedPart>,
}

/// Details of the parts that were uploaded.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CompletedPart {
    pub e_tag: Option<String>,
    #[shape(name = "ChecksumCRC32")]
    pub checksum_crc32: Option<String>,
    #[shape(name = "ChecksumCRC32C")]
    pub checksum_crc32_c: Option<String>,
    #[shape(name = "ChecksumCRC64NVME")]
    pub checksum_crc64_nvme: Option<String>,
    #[shape(name = "ChecksumSHA1")]
    pub checksum_sha1: Option<String>,
    #[shape(name = "ChecksumSHA256")]
    pub checksum_sha256: Option<String>,
    #[shape(name = "ChecksumSHA512")]
    pub checksum_sha512: Option<String>,
    #[shape(name = "ChecksumMD5")]
    pub checksum_md5: Option<String>,
    #[shape(name = "ChecksumXXHASH64")]
    pub checksum_xxhash64: Option<String>,
    #[shape(name = "ChecksumXXHASH3")]
    pub checksum_xxhash3: Option<String>,
    #[shape(name = "ChecksumXXHASH128")]
    pub checksum_xxhash128: Option<String>,
    pub part_number: Option<i32>,
}

/// Output of `CompleteMultipartUpload`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CompleteMultipartUploadOutput {
    pub location: Option<String>,
    pub bucket: Option<String>,
    pub key: String,
    #[shape(header = "x-amz-expiration")]
    pub expiration: Option<String>,
    pub e_tag: Option<String>,
    #[shape(name = "ChecksumCRC32")]
    pub checksum_crc32: Option<String>,
    #[shape(name = "ChecksumCRC32C")]
    pub checksum_crc32_c: Option<String>,
    #[shape(name = "ChecksumCRC64NVME")]
    pub checksum_crc64_nvme: Option<String>,
    #[shape(name = "ChecksumSHA1")]
    pub checksum_sha1: Option<String>,
    #[shape(name = "ChecksumSHA256")]
    pub checksum_sha256: Option<String>,
    #[shape(name = "ChecksumSHA512")]
    pub checksum_sha512: Option<String>,
    #[shape(name = "ChecksumMD5")]
    pub checksum_md5: Option<String>,
    #[shape(name = "ChecksumXXHASH64")]
    pub checksum_xxhash64: Option<String>,
    #[shape(name = "ChecksumXXHASH3")]
    pub checksum_xxhash3: Option<String>,
    #[shape(name = "ChecksumXXHASH128")]
    pub checksum_xxhash128: Option<String>,
    pub checksum_type: Option<String>,
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<String>,
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<String>,
}

redacted_debug!(CompleteMultipartUploadOutput { location, bucket, key, expiration, e_tag, checksum_crc32, checksum_crc32_c, checksum_crc64_nvme, checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5, checksum_xxhash64, checksum_xxhash3, checksum_xxhash128, checksum_type, server_side_encryption, version_id, bucket_key_enabled, request_charged } secret { ssekms_key_id });

/// Input of `AbortMultipartUpload`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AbortMultipartUploadRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(label)]
    pub key: String,
    #[shape(query = "uploadId")]
    pub upload_id: String,
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<String>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    #[shape(header = "x-amz-if-match-initiated-time", timestamp = "rfc822")]
    pub if_match_initiated_time: Option<DateTime>,
}

/// Output of `AbortMultipartUpload`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AbortMultipartUploadOutput {
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<String>,
}

/// Input of `ListMultipartUploads`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMultipartUploadsRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(query = "delimiter")]
    pub delimiter: Option<String>,
    #[shape(query = "encoding-type")]
    pub encoding_type: Option<String>,
    #[shape(query = "key-marker")]
    pub key_marker: Option<String>,
    #[shape(query = "max-uploads")]
    pub max_uploads: Option<i32>,
    #[shape(query = "prefix")]
    pub prefix: Option<String>,
    #[shape(query = "upload-id-marker")]
    pub upload_id_marker: Option<String>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<String>,
}

/// Output of `ListMultipartUploads`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMultipartUploadsOutput {
    pub bucket: Option<String>,
    pub key_marker: Option<String>,
    pub upload_id_marker: Option<String>,
    pub next_key_marker: Option<String>,
    pub prefix: Option<String>,
    pub delimiter: Option<String>,
    pub next_upload_id_marker: Option<String>,
    pub max_uploads: Option<i32>,
    pub is_truncated: Option<bool>,
    #[shape(name = "Upload", flattened)]
    pub uploads: Vec<MultipartUploadShape>,
    #[shape(flattened)]
    pub common_prefixes: Vec<CommonPrefix>,
    pub encoding_type: Option<String>,
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<String>,
}

/// Container for the MultipartUpload for the Amazon S3 object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "MultipartUpload")]
pub struct MultipartUploadShape {
    pub upload_id: Option<String>,
    pub key: String,
    pub initiated: Option<DateTime>,
    pub storage_class: Option<String>,
    pub owner: Option<Owner>,
    pub initiator: Option<Initiator>,
    pub checksum_algorithm: Option<String>,
    pub checksum_type: Option<String>,
}

/// Container element that identifies who initiated the multipart upload.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Initiator {
    #[shape(name = "ID")]
    pub id: Option<String>,
    pub display_name: Option<String>,
}

/// Input of `ListParts`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ListPartsRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(label)]
    pub key: String,
    #[shape(query = "max-parts")]
    pub max_parts: Option<i32>,
    #[shape(query = "part-number-marker")]
    pub part_number_marker: Option<i32>,
    #[shape(query = "uploadId")]
    pub upload_id: String,
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<String>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    #[shape(
        name = "SSECustomerKey",
        header = "x-amz-server-side-encryption-customer-key"
    )]
    pub sse_customer_key: Option<String>,
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
}

redacted_debug!(ListPartsRequest { bucket, key, max_parts, part_number_marker, upload_id, request_payer, expected_bucket_owner, sse_customer_algorithm, sse_customer_key_md5 } secret { sse_customer_key });

/// Output of `ListParts`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPartsOutput {
    #[shape(header = "x-amz-abort-date")]
    pub abort_date: Option<DateTime>,
    #[shape(header = "x-amz-abort-rule-id")]
    pub abort_rule_id: Option<String>,
    pub bucket: Option<String>,
    pub key: String,
    pub upload_id: Option<String>,
    pub part_number_marker: Option<i32>,
    pub next_part_number_marker: Option<i32>,
    pub max_parts: Option<i32>,
    pub is_truncated: Option<bool>,
    #[shape(name = "Part", flattened)]
    pub parts: Vec<Part>,
    pub initiator: Option<Initiator>,
    pub owner: Option<Owner>,
    pub storage_class: Option<String>,
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<String>,
    pub checksum_algorithm: Option<String>,
    pub checksum_type: Option<String>,
}

/// Container for elements related to a part.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Part {
    pub part_number: Option<i32>,
    pub last_modified: Option<DateTime>,
    pub e_tag: Option<String>,
    pub size: Option<i64>,
    #[shape(name = "ChecksumCRC32")]
    pub checksum_crc32: Option<String>,
    #[shape(name = "ChecksumCRC32C")]
    pub checksum_crc32_c: Option<String>,
    #[shape(name = "ChecksumCRC64NVME")]
    pub checksum_crc64_nvme: Option<String>,
    #[shape(name = "ChecksumSHA1")]
    pub checksum_sha1: Option<String>,
    #[shape(name = "ChecksumSHA256")]
    pub checksum_sha256: Option<String>,
    #[shape(name = "ChecksumSHA512")]
    pub checksum_sha512: Option<String>,
    #[shape(name = "ChecksumMD5")]
    pub checksum_md5: Option<String>,
    #[shape(name = "ChecksumXXHASH64")]
    pub checksum_xxhash64: Option<String>,
    #[shape(name = "ChecksumXXHASH3")]
    pub checksum_xxhash3: Option<String>,
    #[shape(name = "ChecksumXXHASH128")]
    pub checksum_xxhash128: Option<String>,
}
