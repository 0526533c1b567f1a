//! The S3 resources of versioned objects, multipart uploads and bucket policies, after
//! boto3's resource model: [`ObjectVersion`] (the element of a bucket's `object_versions`
//! listing), [`MultipartUpload`] (of `multipart_uploads`) with its [`MultipartUploadPart`]s,
//! and [`BucketPolicy`].

use super::client::Client;
use super::client::*;
use super::resources::{Bucket, Object};
use boto_core::{resource, DateTime};

/// The versions and delete markers of a `ListObjectVersions` page, in that order (boto3's
/// `[Versions, DeleteMarkers][]`); a delete marker keeps its key, version id, `is_latest`,
/// date and owner.
pub(crate) struct VersionList {
    pub(crate) versions: Vec<ObjectVersionShape>,
}

impl From<ListObjectVersionsOutput> for VersionList {
    fn from(o: ListObjectVersionsOutput) -> Self {
        let markers = o.delete_markers.into_iter().map(|m| ObjectVersionShape {
            key: m.key,
            version_id: m.version_id,
            is_latest: m.is_latest,
            last_modified: m.last_modified,
            owner: m.owner,
            ..ObjectVersionShape::default()
        });
        VersionList {
            versions: o.versions.into_iter().chain(markers).collect(),
        }
    }
}

/// One version of an object (or a delete marker), as a bucket's version listing describes
/// it; attributes need no request.
#[resource(client = Client, shape = ObjectVersionShape)]
#[action(delete = delete_object)]
#[action(get = get_object)]
#[action(head = head_object)]
#[batch_action(delete = delete_objects)]
#[subresource(object = Object(bucket_name = self.bucket_name, key = self.object_key))]
pub struct ObjectVersion {
    /// The bucket's name.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// The object's key.
    #[identifier(param = key, member = key)]
    object_key: String,
    /// The version id.
    #[identifier(param = version_id, member = version_id)]
    id: String,
    /// Entity tag.
    e_tag: Option<String>,
    /// Size in bytes (absent for a delete marker).
    size: Option<i64>,
    /// Storage class.
    storage_class: Option<ObjectVersionStorageClass>,
    /// True for the current version of the key.
    is_latest: Option<bool>,
    /// Last modification time.
    last_modified: Option<DateTime>,
    /// Owner, when the listing gave it.
    owner: Option<Owner>,
}

/// A multipart upload in progress, as a bucket's upload listing (or
/// `Object::initiate_multipart_upload`) gives it.
#[resource(client = Client, shape = MultipartUploadShape)]
#[action(abort = abort_multipart_upload)]
#[action(complete = complete_multipart_upload,
         resource = Object(bucket_name = self.bucket_name, key = self.object_key))]
#[subresource(object = Object(bucket_name = self.bucket_name, key = self.object_key))]
#[collection(parts = list_parts, items = parts,
             resource = MultipartUploadPart(bucket_name = self.bucket_name,
                                            object_key = self.object_key,
                                            multipart_upload_id = self.id,
                                            part_number = part_number))]
pub struct MultipartUpload {
    /// The bucket's name.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// The object's key.
    #[identifier(param = key, member = key)]
    object_key: String,
    /// The upload id.
    #[identifier(param = upload_id, member = upload_id)]
    id: String,
    /// When the upload was initiated.
    initiated: Option<DateTime>,
    /// Storage class of the object to be.
    storage_class: Option<StorageClass>,
    /// Owner of the object to be.
    owner: Option<Owner>,
    /// Who initiated the upload.
    initiator: Option<Initiator>,
    /// Checksum algorithm of the parts.
    checksum_algorithm: Option<ChecksumAlgorithm>,
}

/// One part of a multipart upload, as the upload's `parts` listing describes it (or made by
/// number with `MultipartUploadPart::new`, then sent with `upload`).
#[resource(client = Client, shape = Part)]
#[action(upload = upload_part)]
#[action(copy_from = upload_part_copy)]
#[subresource(multipart_upload = MultipartUpload(bucket_name = self.bucket_name,
                                                 object_key = self.object_key,
                                                 id = self.multipart_upload_id))]
pub struct MultipartUploadPart {
    /// The bucket's name.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// The object's key.
    #[identifier(param = key)]
    object_key: String,
    /// The upload id.
    #[identifier(param = upload_id)]
    multipart_upload_id: String,
    /// The part number (1 to 10,000).
    #[identifier(param = part_number, member = part_number)]
    part_number: i32,
    /// Entity tag of the part.
    e_tag: Option<String>,
    /// Size in bytes.
    size: Option<i64>,
    /// When the part was uploaded.
    last_modified: Option<DateTime>,
}

/// A bucket's policy, loaded by `GetBucketPolicy`.
#[resource(client = Client, load = get_bucket_policy)]
#[action(put = put_bucket_policy)]
#[action(delete = delete_bucket_policy)]
#[subresource(bucket = Bucket(name = self.bucket_name))]
pub struct BucketPolicy {
    /// The bucket's name.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// The policy document (JSON).
    policy: Option<String>,
}
