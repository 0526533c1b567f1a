//! The S3 resources, after boto3's resource model: the service [`S3`], [`Bucket`],
//! [`Object`] (loaded by `HeadObject`) and [`ObjectSummary`] (the element of a bucket's
//! `objects` listing, data pre-filled from it); the others are in `versions.rs`.

use super::client::Client;
use super::client::*;
use super::versions::{BucketPolicy, MultipartUpload, ObjectVersion, VersionList};
use boto_core::{resource, DateTime};
use std::collections::HashMap;

/// The S3 service resource: buckets by name, objects by bucket and key, all buckets.
#[resource(client = Client, service)]
#[subresource(bucket = Bucket(name))]
#[subresource(object = Object(bucket_name, key))]
#[subresource(object_summary = ObjectSummary(bucket_name, key))]
#[collection(buckets = list_buckets, items = buckets, resource = Bucket(name = name))]
pub struct S3;

/// A bucket. Its data (`creation_date`) comes from `ListBuckets`; a bucket made by name
/// has none to load.
#[resource(client = Client, shape = BucketShape)]
#[action(create = create_bucket)]
#[action(delete = delete_bucket)]
#[action(delete_objects = delete_objects)]
#[action(put_object = put_object)]
#[subresource(object = Object(bucket_name = self.name, key))]
#[collection(objects = list_objects_v2, items = contents,
             resource = ObjectSummary(bucket_name = self.name, key = key))]
#[collection(object_versions = list_object_versions,
             path = |o: ListObjectVersionsOutput| VersionList::from(o), items = versions,
             resource = ObjectVersion(bucket_name = self.name, object_key = key,
                                      id = version_id))]
#[collection(multipart_uploads = list_multipart_uploads, items = uploads,
             resource = MultipartUpload(bucket_name = self.name, object_key = key,
                                        id = upload_id))]
#[subresource(policy = BucketPolicy(bucket_name = self.name))]
#[waiter(exists = bucket_exists)]
#[waiter(not_exists = bucket_not_exists)]
pub struct Bucket {
    /// The bucket's name.
    #[identifier(param = bucket, member = name)]
    name: String,
    /// When the bucket was created.
    creation_date: Option<DateTime>,
}

/// An object, its data loaded by `HeadObject` on first access to an attribute.
#[resource(client = Client, load = head_object)]
#[action(get = get_object)]
#[action(put = put_object)]
#[action(delete = delete_object)]
#[action(copy_from = copy_object)]
#[action(initiate_multipart_upload = create_multipart_upload,
         resource = MultipartUpload(bucket_name = self.bucket_name, object_key = self.key,
                                    id = upload_id))]
#[batch_action(delete = delete_objects)]
#[subresource(bucket = Bucket(name = self.bucket_name))]
#[waiter(exists = object_exists)]
#[waiter(not_exists = object_not_exists)]
pub struct Object {
    /// The bucket's name.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// The object's key.
    #[identifier(param = key)]
    key: String,
    /// Size in bytes.
    content_length: Option<i64>,
    /// Entity tag.
    e_tag: Option<String>,
    /// Last modification time.
    last_modified: Option<DateTime>,
    /// `Content-Type`.
    content_type: Option<String>,
    /// User metadata (`x-amz-meta-*`).
    metadata: HashMap<String, String>,
    /// Version id, in a versioned bucket.
    version_id: Option<String>,
    /// Storage class (absent for `STANDARD`).
    storage_class: Option<StorageClass>,
    /// `Cache-Control`.
    cache_control: Option<String>,
    /// `Content-Disposition`.
    content_disposition: Option<String>,
    /// `Content-Encoding`.
    content_encoding: Option<String>,
    /// `Content-Language`.
    content_language: Option<String>,
    /// `Expires`, as sent (S3 does not check its format).
    expires: Option<String>,
    /// `bytes` when the object accepts range requests.
    accept_ranges: Option<String>,
    /// Lifecycle expiration (`expiry-date="..", rule-id=".."`).
    expiration: Option<String>,
    /// Archive restoration status.
    restore: Option<String>,
    /// Server-side encryption (`AES256`, `aws:kms`, ...).
    server_side_encryption: Option<ServerSideEncryption>,
    /// Redirect target of a website bucket.
    website_redirect_location: Option<String>,
    /// Replication status.
    replication_status: Option<ReplicationStatus>,
    /// Number of parts, when the object was uploaded in parts and asked for by part.
    parts_count: Option<i32>,
    /// Number of tags.
    tag_count: Option<i32>,
    /// Object Lock mode.
    object_lock_mode: Option<ObjectLockMode>,
    /// Object Lock retention date.
    object_lock_retain_until_date: Option<DateTime>,
    /// Object Lock legal hold.
    object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
    /// True when this version is a delete marker.
    delete_marker: Option<bool>,
    /// Metadata headers that could not be returned.
    missing_meta: Option<i32>,
    /// Checksum type of the object (`COMPOSITE`, `FULL_OBJECT`).
    checksum_type: Option<ChecksumType>,
}

/// An object as a bucket listing describes it; attributes need no request.
#[resource(client = Client, shape = ObjectShape)]
#[action(get = get_object)]
#[action(put = put_object)]
#[action(delete = delete_object)]
#[action(copy_from = copy_object)]
#[action(initiate_multipart_upload = create_multipart_upload,
         resource = MultipartUpload(bucket_name = self.bucket_name, object_key = self.key,
                                    id = upload_id))]
#[batch_action(delete = delete_objects)]
#[subresource(object = Object(bucket_name = self.bucket_name, key = self.key))]
#[subresource(bucket = Bucket(name = self.bucket_name))]
#[waiter(exists = object_exists)]
#[waiter(not_exists = object_not_exists)]
pub struct ObjectSummary {
    /// The bucket's name.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// The object's key.
    #[identifier(param = key, member = key)]
    key: String,
    /// Last modification time.
    last_modified: Option<DateTime>,
    /// Entity tag.
    e_tag: Option<String>,
    /// Size in bytes.
    size: Option<i64>,
    /// Storage class.
    storage_class: Option<ObjectStorageClass>,
    /// Owner, when the listing asked for it.
    owner: Option<Owner>,
}
