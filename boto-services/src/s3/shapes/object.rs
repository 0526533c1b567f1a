use boto_core::Shape;
use boto_core::{ByteStream, DateTime};
use std::collections::HashMap;

/// Input of `PutObject`.
#[derive(Shape, Default)]
pub struct PutObjectRequest {
    #[shape(name = "ACL", header = "x-amz-acl")]
    pub acl: Option<String>,
    #[shape(payload)]
    pub body: ByteStream,
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
    #[shape(header = "Content-Length")]
    pub content_length: Option<i64>,
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    #[shape(header = "Content-Type")]
    pub content_type: Option<String>,
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
    #[shape(header = "Expires")]
    pub expires: Option<String>,
    #[shape(header = "If-Match")]
    pub if_match: Option<String>,
    #[shape(header = "If-None-Match")]
    pub if_none_match: Option<String>,
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
    #[shape(header = "x-amz-write-offset-bytes")]
    pub write_offset_bytes: Option<i64>,
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
}

redacted_debug!(PutObjectRequest { acl, body, bucket, cache_control, content_disposition, content_encoding, content_language, content_length, content_md5, content_type, checksum_algorithm, checksum_crc32, checksum_crc32_c, checksum_crc64_nvme, checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5, checksum_xxhash64, checksum_xxhash3, checksum_xxhash128, expires, if_match, if_none_match, grant_full_control, grant_read, grant_read_acp, grant_write_acp, key, write_offset_bytes, metadata, server_side_encryption, storage_class, website_redirect_location, sse_customer_algorithm, sse_customer_key_md5, bucket_key_enabled, request_payer, tagging, object_lock_mode, object_lock_retain_until_date, object_lock_legal_hold_status, expected_bucket_owner } secret { sse_customer_key, ssekms_key_id, ssekms_encryption_context });

/// Output of `PutObject`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct PutObjectOutput {
    #[shape(header = "x-amz-expiration")]
    pub expiration: Option<String>,
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
    #[shape(header = "x-amz-checksum-type")]
    pub checksum_type: Option<String>,
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<String>,
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
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
    #[shape(header = "x-amz-object-size")]
    pub size: Option<i64>,
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<String>,
}

redacted_debug!(PutObjectOutput { expiration, e_tag, checksum_crc32, checksum_crc32_c, checksum_crc64_nvme, checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5, checksum_xxhash64, checksum_xxhash3, checksum_xxhash128, checksum_type, server_side_encryption, version_id, sse_customer_algorithm, sse_customer_key_md5, bucket_key_enabled, size, request_charged } secret { ssekms_key_id, ssekms_encryption_context });

/// Input of `GetObject`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GetObjectRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "If-Match")]
    pub if_match: Option<String>,
    #[shape(header = "If-Modified-Since")]
    pub if_modified_since: Option<DateTime>,
    #[shape(header = "If-None-Match")]
    pub if_none_match: Option<String>,
    #[shape(header = "If-Unmodified-Since")]
    pub if_unmodified_since: Option<DateTime>,
    #[shape(label)]
    pub key: String,
    #[shape(header = "Range")]
    pub range: Option<String>,
    #[shape(query = "response-cache-control")]
    pub response_cache_control: Option<String>,
    #[shape(query = "response-content-disposition")]
    pub response_content_disposition: Option<String>,
    #[shape(query = "response-content-encoding")]
    pub response_content_encoding: Option<String>,
    #[shape(query = "response-content-language")]
    pub response_content_language: Option<String>,
    #[shape(query = "response-content-type")]
    pub response_content_type: Option<String>,
    #[shape(query = "response-expires", timestamp = "rfc822")]
    pub response_expires: Option<DateTime>,
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
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
    #[shape(query = "partNumber")]
    pub part_number: Option<i32>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    #[shape(header = "x-amz-checksum-mode")]
    pub checksum_mode: Option<String>,
}

redacted_debug!(GetObjectRequest { bucket, if_match, if_modified_since, if_none_match, if_unmodified_since, key, range, response_cache_control, response_content_disposition, response_content_encoding, response_content_language, response_content_type, response_expires, version_id, sse_customer_algorithm, sse_customer_key_md5, request_payer, part_number, expected_bucket_owner, checksum_mode } secret { sse_customer_key });

/// Output of `GetObject`.
#[derive(Shape, Default)]
pub struct GetObjectOutput {
    #[shape(payload)]
    pub body: ByteStream,
    #[shape(header = "x-amz-delete-marker")]
    pub delete_marker: Option<bool>,
    #[shape(header = "accept-ranges")]
    pub accept_ranges: Option<String>,
    #[shape(header = "x-amz-expiration")]
    pub expiration: Option<String>,
    #[shape(header = "x-amz-restore")]
    pub restore: Option<String>,
    #[shape(header = "Last-Modified")]
    pub last_modified: Option<DateTime>,
    #[shape(header = "Content-Length")]
    pub content_length: Option<i64>,
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
    #[shape(header = "x-amz-checksum-type")]
    pub checksum_type: Option<String>,
    #[shape(header = "x-amz-missing-meta")]
    pub missing_meta: Option<i32>,
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
    #[shape(header = "Cache-Control")]
    pub cache_control: Option<String>,
    #[shape(header = "Content-Disposition")]
    pub content_disposition: Option<String>,
    #[shape(header = "Content-Encoding")]
    pub content_encoding: Option<String>,
    #[shape(header = "Content-Language")]
    pub content_language: Option<String>,
    #[shape(header = "Content-Range")]
    pub content_range: Option<String>,
    #[shape(header = "Content-Type")]
    pub content_type: Option<String>,
    #[shape(header = "Expires")]
    pub expires: Option<String>,
    #[shape(header = "x-amz-website-redirect-location")]
    pub website_redirect_location: Option<String>,
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<String>,
    #[shape(prefix_headers = "x-amz-meta-")]
    pub metadata: HashMap<String, String>,
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
    #[shape(header = "x-amz-storage-class")]
    pub storage_class: Option<String>,
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<String>,
    #[shape(header = "x-amz-replication-status")]
    pub replication_status: Option<String>,
    #[shape(header = "x-amz-mp-parts-count")]
    pub parts_count: Option<i32>,
    #[shape(header = "x-amz-tagging-count")]
    pub tag_count: Option<i32>,
    #[shape(header = "x-amz-object-lock-mode")]
    pub object_lock_mode: Option<String>,
    #[shape(header = "x-amz-object-lock-retain-until-date", timestamp = "iso8601")]
    pub object_lock_retain_until_date: Option<DateTime>,
    #[shape(header = "x-amz-object-lock-legal-hold")]
    pub object_lock_legal_hold_status: Option<String>,
}

redacted_debug!(GetObjectOutput { body, delete_marker, accept_ranges, expiration, restore, last_modified, content_length, e_tag, checksum_crc32, checksum_crc32_c, checksum_crc64_nvme, checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5, checksum_xxhash64, checksum_xxhash3, checksum_xxhash128, checksum_type, missing_meta, version_id, cache_control, content_disposition, content_encoding, content_language, content_range, content_type, expires, website_redirect_location, server_side_encryption, metadata, sse_customer_algorithm, sse_customer_key_md5, bucket_key_enabled, storage_class, request_charged, replication_status, parts_count, tag_count, object_lock_mode, object_lock_retain_until_date, object_lock_legal_hold_status } secret { ssekms_key_id });

/// Input of `HeadObject`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct HeadObjectRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "If-Match")]
    pub if_match: Option<String>,
    #[shape(header = "If-Modified-Since")]
    pub if_modified_since: Option<DateTime>,
    #[shape(header = "If-None-Match")]
    pub if_none_match: Option<String>,
    #[shape(header = "If-Unmodified-Since")]
    pub if_unmodified_since: Option<DateTime>,
    #[shape(label)]
    pub key: String,
    #[shape(header = "Range")]
    pub range: Option<String>,
    #[shape(query = "response-cache-control")]
    pub response_cache_control: Option<String>,
    #[shape(query = "response-content-disposition")]
    pub response_content_disposition: Option<String>,
    #[shape(query = "response-content-encoding")]
    pub response_content_encoding: Option<String>,
    #[shape(query = "response-content-language")]
    pub response_content_language: Option<String>,
    #[shape(query = "response-content-type")]
    pub response_content_type: Option<String>,
    #[shape(query = "response-expires", timestamp = "rfc822")]
    pub response_expires: Option<DateTime>,
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
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
    #[shape(query = "partNumber")]
    pub part_number: Option<i32>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    #[shape(header = "x-amz-checksum-mode")]
    pub checksum_mode: Option<String>,
}

redacted_debug!(HeadObjectRequest { bucket, if_match, if_modified_since, if_none_match, if_unmodified_since, key, range, response_cache_control, response_content_disposition, response_content_encoding, response_content_language, response_content_type, response_expires, version_id, sse_customer_algorithm, sse_customer_key_md5, request_payer, part_number, expected_bucket_owner, checksum_mode } secret { sse_customer_key });

/// Output of `HeadObject`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct HeadObjectOutput {
    #[shape(header = "x-amz-delete-marker")]
    pub delete_marker: Option<bool>,
    #[shape(header = "accept-ranges")]
    pub accept_ranges: Option<String>,
    #[shape(header = "x-amz-expiration")]
    pub expiration: Option<String>,
    #[shape(header = "x-amz-restore")]
    pub restore: Option<String>,
    #[shape(header = "x-amz-archive-status")]
    pub archive_status: Option<String>,
    #[shape(header = "Last-Modified")]
    pub last_modified: Option<DateTime>,
    #[shape(header = "Content-Length")]
    pub content_length: Option<i64>,
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
    #[shape(header = "ETag")]
    pub e_tag: Option<String>,
    #[shape(header = "x-amz-missing-meta")]
    pub missing_meta: Option<i32>,
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
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
    #[shape(header = "Content-Range")]
    pub content_range: Option<String>,
    #[shape(header = "Expires")]
    pub expires: Option<String>,
    #[shape(header = "x-amz-website-redirect-location")]
    pub website_redirect_location: Option<String>,
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<String>,
    #[shape(prefix_headers = "x-amz-meta-")]
    pub metadata: HashMap<String, String>,
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
    #[shape(header = "x-amz-storage-class")]
    pub storage_class: Option<String>,
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<String>,
    #[shape(header = "x-amz-replication-status")]
    pub replication_status: Option<String>,
    #[shape(header = "x-amz-mp-parts-count")]
    pub parts_count: Option<i32>,
    #[shape(header = "x-amz-tagging-count")]
    pub tag_count: Option<i32>,
    #[shape(header = "x-amz-object-lock-mode")]
    pub object_lock_mode: Option<String>,
    #[shape(header = "x-amz-object-lock-retain-until-date", timestamp = "iso8601")]
    pub object_lock_retain_until_date: Option<DateTime>,
    #[shape(header = "x-amz-object-lock-legal-hold")]
    pub object_lock_legal_hold_status: Option<String>,
}

redacted_debug!(HeadObjectOutput { delete_marker, accept_ranges, expiration, restore, archive_status, last_modified, content_length, checksum_crc32, checksum_crc32_c, checksum_crc64_nvme, checksum_sha1, checksum_sha256, checksum_sha512, checksum_md5, checksum_xxhash64, checksum_xxhash3, checksum_xxhash128, checksum_type, e_tag, missing_meta, version_id, cache_control, content_disposition, content_encoding, content_language, content_type, content_range, expires, website_redirect_location, server_side_encryption, metadata, sse_customer_algorithm, sse_customer_key_md5, bucket_key_enabled, storage_class, request_charged, replication_status, parts_count, tag_count, object_lock_mode, object_lock_retain_until_date, object_lock_legal_hold_status } secret { ssekms_key_id });

/// Input of `DeleteObject`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteObjectRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(label)]
    pub key: String,
    #[shape(name = "MFA", header = "x-amz-mfa")]
    pub mfa: Option<String>,
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<String>,
    #[shape(header = "x-amz-bypass-governance-retention")]
    pub bypass_governance_retention: Option<bool>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    #[shape(header = "If-Match")]
    pub if_match: Option<String>,
    #[shape(header = "x-amz-if-match-last-modified-time", timestamp = "rfc822")]
    pub if_match_last_modified_time: Option<DateTime>,
    #[shape(header = "x-amz-if-match-size")]
    pub if_match_size: Option<i64>,
}

/// Output of `DeleteObject`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteObjectOutput {
    #[shape(header = "x-amz-delete-marker")]
    pub delete_marker: Option<bool>,
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<String>,
}

/// Input of `DeleteObjects`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteObjectsRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub delete: Delete,
    #[shape(name = "MFA", header = "x-amz-mfa")]
    pub mfa: Option<String>,
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<String>,
    #[shape(header = "x-amz-bypass-governance-retention")]
    pub bypass_governance_retention: Option<bool>,
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<String>,
}

/// Container for the objects to delete.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Delete {
    #[shape(name = "Object", flattened)]
    pub objects: Vec<ObjectIdentifier>,
    pub quiet: Option<bool>,
}

/// Object Identifier is unique value to identify objects.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ObjectIdentifier {
    pub key: String,
    pub version_id: Option<String>,
    pub e_tag: Option<String>,
    #[shape(timestamp = "rfc822")]
    pub last_modified_time: Option<DateTime>,
    pub size: Option<i64>,
}

/// Output of `DeleteObjects`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteObjectsOutput {
    #[shape(flattened)]
    pub deleted: Vec<DeletedObject>,
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<String>,
    #[shape(name = "Error", flattened)]
    pub errors: Vec<ErrorShape>,
}

/// Information about the deleted object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeletedObject {
    pub key: String,
    pub version_id: Option<String>,
    pub delete_marker: Option<bool>,
    pub delete_marker_version_id: Option<String>,
}

/// Container for all error elements.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Error")]
pub struct ErrorShape {
    pub key: String,
    pub version_id: Option<String>,
    pub code: Option<String>,
    pub message: Option<String>,
}

/// Input of `CopyObject`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CopyObjectRequest {
    #[shape(name = "ACL", header = "x-amz-acl")]
    pub acl: Option<String>,
    #[shape(label)]
    pub bucket: String,
    #[shape(header = "Cache-Control")]
    pub cache_control: Option<String>,
    #[shape(header = "x-amz-checksum-algorithm")]
    pub checksum_algorithm: Option<String>,
    #[shape(header = "Content-Disposition")]
    pub content_disposition: Option<String>,
    #[shape(header = "Content-Encoding")]
    pub content_encoding: Option<String>,
    #[shape(header = "Content-Language")]
    pub content_language: Option<String>,
    #[shape(header = "Content-Type")]
    pub content_type: Option<String>,
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
    #[shape(header = "If-Match")]
    pub if_match: Option<String>,
    #[shape(header = "If-None-Match")]
    pub if_none_match: Option<String>,
    #[shape(label)]
    pub key: String,
    #[shape(prefix_headers = "x-amz-meta-")]
    pub metadata: HashMap<String, String>,
    #[shape(header = "x-amz-metadata-directive")]
    pub metadata_directive: Option<String>,
    #[shape(header = "x-amz-tagging-directive")]
    pub tagging_directive: Option<String>,
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
    #[shape(header = "x-amz-source-expected-bucket-owner")]
    pub expected_source_bucket_owner: Option<String>,
}

redacted_debug!(CopyObjectRequest { acl, bucket, cache_control, checksum_algorithm, content_disposition, content_encoding, content_language, content_type, copy_source, copy_source_if_match, copy_source_if_modified_since, copy_source_if_none_match, copy_source_if_unmodified_since, expires, grant_full_control, grant_read, grant_read_acp, grant_write_acp, if_match, if_none_match, key, metadata, metadata_directive, tagging_directive, server_side_encryption, storage_class, website_redirect_location, sse_customer_algorithm, sse_customer_key_md5, bucket_key_enabled, copy_source_sse_customer_algorithm, copy_source_sse_customer_key_md5, request_payer, tagging, object_lock_mode, object_lock_retain_until_date, object_lock_legal_hold_status, expected_bucket_owner, expected_source_bucket_owner } secret { sse_customer_key, ssekms_key_id, ssekms_encryption_context, copy_source_sse_customer_key });

/// Output of `CopyObject`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CopyObjectOutput {
    #[shape(payload)]
    pub copy_object_result: Option<CopyObjectResult>,
    #[shape(header = "x-amz-expiration")]
    pub expiration: Option<String>,
    #[shape(header = "x-amz-copy-source-version-id")]
    pub copy_source_version_id: Option<String>,
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
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
}

redacted_debug!(CopyObjectOutput { copy_object_result, expiration, copy_source_version_id, version_id, server_side_encryption, sse_customer_algorithm, sse_customer_key_md5, bucket_key_enabled, request_charged } secret { ssekms_key_id, ssekms_encryption_context });

/// Container for all response elements.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CopyObjectResult {
    pub e_tag: Option<String>,
    pub last_modified: Option<DateTime>,
    pub checksum_type: Option<String>,
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
