//! What boto-services adds to the generated client and resources: path-style addressing
//! per client, the conversions boto3's S3 resources make in code (a delete marker listed
//! as an [`ObjectVersion`](super::ObjectVersion), `HeadObject`'s answer as an
//! [`ObjectSummary`](super::ObjectSummary)'s data), and the service resource's
//! constructors of every resource by its identifiers (boto3's `s3.Object(bucket, key)`).

use super::client::*;
use super::resources::*;

impl Client {
    /// This client, addressing buckets in the path (`yes`) or, where the bucket name and
    /// endpoint allow it, in the host name, whatever the session says.
    // `#[inline]` as the generated client's methods.
    #[inline]
    pub fn with_force_path_style(&self, yes: bool) -> Client {
        Client::from_handle(self.handle().with_force_path_style(yes))
    }
}

/// A delete marker of a `ListObjectVersions` page as an object version (boto3 lists
/// `[Versions, DeleteMarkers]` in one collection): its key, version id, `is_latest`, date
/// and owner; no size, ETag or storage class.
impl From<DeleteMarkerEntry> for ObjectVersionShape {
    fn from(m: DeleteMarkerEntry) -> Self {
        ObjectVersionShape {
            key: m.key,
            version_id: m.version_id,
            is_latest: m.is_latest,
            last_modified: m.last_modified,
            owner: m.owner,
            ..ObjectVersionShape::default()
        }
    }
}

impl ObjectShape {
    /// The listing entry of `key` from its `HeadObject` answer, as boto3's
    /// `ObjectSummary.load` makes it (`ContentLength` becomes `Size`).
    pub fn from_head(key: &str, o: HeadObjectOutput) -> ObjectShape {
        ObjectShape {
            key: key.to_owned(),
            last_modified: o.last_modified,
            e_tag: o.e_tag,
            checksum_type: o.checksum_type,
            size: o.content_length,
            storage_class: o
                .storage_class
                .map(|c| ObjectStorageClass::from(c.as_str())),
            ..ObjectShape::default()
        }
    }
}

impl S3 {
    /// The object `key` of `bucket_name` (boto3's `s3.Object(bucket, key)`); sends nothing.
    pub fn object(&self, bucket_name: impl Into<String>, key: impl Into<String>) -> Object {
        Object::new(self.client(), bucket_name, key)
    }

    /// The object `key` of `bucket_name` as a listing describes it (boto3's
    /// `s3.ObjectSummary(bucket, key)`); its data loads by `HeadObject`.
    pub fn object_summary(
        &self,
        bucket_name: impl Into<String>,
        key: impl Into<String>,
    ) -> ObjectSummary {
        ObjectSummary::new(self.client(), bucket_name, key)
    }

    /// Version `id` of `key` in `bucket_name` (boto3's `s3.ObjectVersion(..)`).
    pub fn object_version(
        &self,
        bucket_name: impl Into<String>,
        key: impl Into<String>,
        id: impl Into<String>,
    ) -> ObjectVersion {
        ObjectVersion::new(self.client(), bucket_name, key, id)
    }

    /// The multipart upload `id` of `key` in `bucket_name` (boto3's
    /// `s3.MultipartUpload(..)`).
    pub fn multipart_upload(
        &self,
        bucket_name: impl Into<String>,
        key: impl Into<String>,
        id: impl Into<String>,
    ) -> MultipartUpload {
        MultipartUpload::new(self.client(), bucket_name, key, id)
    }
}
