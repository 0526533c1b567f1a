//! The resources of boto3's `s3` model: [`S3`], [`Bucket`], [`BucketAcl`], [`BucketCors`],
//! [`BucketLifecycle`], [`BucketLifecycleConfiguration`], [`BucketLogging`],
//! [`BucketNotification`], [`BucketPolicy`], [`BucketRequestPayment`], [`BucketTagging`],
//! [`BucketVersioning`], [`BucketWebsite`], [`MultipartUpload`], [`MultipartUploadPart`],
//! [`Object`], [`ObjectAcl`], [`ObjectSummary`], [`ObjectVersion`].
//!
//! Written by `boto-codegen` from boto3's `resources-1.json`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- s3 --resources --plain-received --plain Object.Key --out DIR`.

use super::client::*;
use boto_core::{resource, DateTime};
use std::collections::HashMap;

/// The service resource: what boto3's `resource(..)` gives.
#[resource(client = Client, service)]
#[action(create_bucket = create_bucket, resource = Bucket(name = request.bucket))]
#[subresource(bucket = Bucket(name))]
#[collection(buckets = list_buckets, items = buckets, resource = Bucket(name = name))]
pub struct S3;

/// boto3's `Bucket` resource, identified by `name`; its data comes with the answer that built it,
/// or is loaded by `ListBuckets` as boto3 adds.
#[resource(client = Client, shape = BucketShape, load = list_buckets, load_unfilled,
           load_path = |o: ListBucketsOutput| o.buckets.into_iter()
               .find(|b| b.name.as_deref() == Some(self.name.as_str())))]
#[action(create = create_bucket)]
#[action(delete = delete_bucket)]
#[action(delete_objects = delete_objects)]
#[action(put_object = put_object, resource = Object(bucket_name = self.name, key = request.key))]
#[subresource(acl = BucketAcl(bucket_name = self.name))]
#[subresource(cors = BucketCors(bucket_name = self.name))]
#[subresource(lifecycle = BucketLifecycle(bucket_name = self.name))]
#[subresource(lifecycle_configuration = BucketLifecycleConfiguration(bucket_name = self.name))]
#[subresource(logging = BucketLogging(bucket_name = self.name))]
#[subresource(notification = BucketNotification(bucket_name = self.name))]
#[subresource(object = Object(bucket_name = self.name, key))]
#[subresource(policy = BucketPolicy(bucket_name = self.name))]
#[subresource(request_payment = BucketRequestPayment(bucket_name = self.name))]
#[subresource(tagging = BucketTagging(bucket_name = self.name))]
#[subresource(versioning = BucketVersioning(bucket_name = self.name))]
#[subresource(website = BucketWebsite(bucket_name = self.name))]
#[collection(multipart_uploads = list_multipart_uploads, items = uploads,
             resource = MultipartUpload(bucket_name = self.name, object_key = key, id = upload_id))]
#[collection(object_versions = list_object_versions,
             path = |o: ListObjectVersionsOutput| ListObjectVersionsOutput { versions: o.versions.into_iter()
                 .chain(o.delete_markers.into_iter().map(Into::into)).collect(),
                 ..ListObjectVersionsOutput::default() },
             items = versions,
             resource = ObjectVersion(bucket_name = self.name, object_key = key, id = version_id))]
#[collection(objects = list_objects, items = contents,
             resource = ObjectSummary(bucket_name = self.name, key = key))]
#[waiter(exists = bucket_exists)]
#[waiter(not_exists = bucket_not_exists)]
pub struct Bucket {
    /// The identifier `Name`.
    #[identifier(param = bucket)]
    name: String,
    /// Date the bucket was created. This date can change when making changes to your bucket, such
    /// as editing its bucket policy.
    creation_date: Option<DateTime>,
    /// `BucketRegion` indicates the Amazon Web Services region where the bucket is located. If the
    /// request contains at least one valid parameter, it is included in the response.
    bucket_region: Option<String>,
    /// The Amazon Resource Name (ARN) of the S3 bucket. ARNs uniquely identify Amazon Web Services
    /// resources across all of Amazon Web Services.
    bucket_arn: Option<String>,
}

/// boto3's `BucketAcl` resource, identified by `bucket_name`; its data is `GetBucketAcl`'s answer,
/// loaded on first access.
#[resource(client = Client, load = get_bucket_acl)]
#[action(put = put_bucket_acl)]
#[subresource(bucket = Bucket(name = self.bucket_name))]
pub struct BucketAcl {
    /// The identifier `BucketName`.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// Container for the bucket owner's ID.
    owner: Option<Owner>,
    /// A list of grants.
    grants: Vec<Grant>,
}

/// boto3's `BucketCors` resource, identified by `bucket_name`; its data is `GetBucketCors`'s
/// answer, loaded on first access.
#[resource(client = Client, load = get_bucket_cors)]
#[action(delete = delete_bucket_cors)]
#[action(put = put_bucket_cors)]
#[subresource(bucket = Bucket(name = self.bucket_name))]
pub struct BucketCors {
    /// The identifier `BucketName`.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// A set of origins and methods (cross-origin access that you want to allow). You can add up to
    /// 100 rules to the configuration.
    cors_rules: Vec<CORSRule>,
}

/// boto3's `BucketLifecycle` resource, identified by `bucket_name`; its data is
/// `GetBucketLifecycle`'s answer, loaded on first access.
#[resource(client = Client, load = get_bucket_lifecycle)]
#[action(delete = delete_bucket_lifecycle)]
#[action(put = put_bucket_lifecycle)]
#[subresource(bucket = Bucket(name = self.bucket_name))]
pub struct BucketLifecycle {
    /// The identifier `BucketName`.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// Container for a lifecycle rule.
    rules: Vec<Rule>,
}

/// boto3's `BucketLifecycleConfiguration` resource, identified by `bucket_name`; its data is
/// `GetBucketLifecycleConfiguration`'s answer, loaded on first access.
#[resource(client = Client, load = get_bucket_lifecycle_configuration)]
#[action(delete = delete_bucket_lifecycle)]
#[action(put = put_bucket_lifecycle_configuration)]
#[subresource(bucket = Bucket(name = self.bucket_name))]
pub struct BucketLifecycleConfiguration {
    /// The identifier `BucketName`.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// Container for a lifecycle rule.
    rules: Vec<LifecycleRule>,
    /// Indicates which default minimum object size behavior is applied to the lifecycle
    /// configuration.
    transition_default_minimum_object_size: Option<TransitionDefaultMinimumObjectSize>,
}

/// boto3's `BucketLogging` resource, identified by `bucket_name`; its data is `GetBucketLogging`'s
/// answer, loaded on first access.
#[resource(client = Client, load = get_bucket_logging)]
#[action(put = put_bucket_logging)]
#[subresource(bucket = Bucket(name = self.bucket_name))]
pub struct BucketLogging {
    /// The identifier `BucketName`.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// The member `LoggingEnabled` of the data.
    logging_enabled: Option<LoggingEnabled>,
}

/// boto3's `BucketNotification` resource, identified by `bucket_name`; its data is
/// `GetBucketNotificationConfiguration`'s answer, loaded on first access.
#[resource(client = Client, load = get_bucket_notification_configuration)]
#[action(put = put_bucket_notification_configuration)]
#[subresource(bucket = Bucket(name = self.bucket_name))]
pub struct BucketNotification {
    /// The identifier `BucketName`.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// The topic to which notifications are sent and the events for which notifications are
    /// generated.
    topic_configurations: Option<Vec<TopicConfiguration>>,
    /// The Amazon Simple Queue Service queues to publish messages to and the events for which to
    /// publish messages.
    queue_configurations: Option<Vec<QueueConfiguration>>,
    /// Describes the Lambda functions to invoke and the events for which to invoke them.
    lambda_function_configurations: Option<Vec<LambdaFunctionConfiguration>>,
    /// Enables delivery of events to Amazon EventBridge.
    event_bridge_configuration: Option<EventBridgeConfiguration>,
}

/// boto3's `BucketPolicy` resource, identified by `bucket_name`; its data is `GetBucketPolicy`'s
/// answer, loaded on first access.
#[resource(client = Client, load = get_bucket_policy)]
#[action(delete = delete_bucket_policy)]
#[action(put = put_bucket_policy)]
#[subresource(bucket = Bucket(name = self.bucket_name))]
pub struct BucketPolicy {
    /// The identifier `BucketName`.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// The bucket policy as a JSON document.
    policy: Option<String>,
}

/// boto3's `BucketRequestPayment` resource, identified by `bucket_name`; its data is
/// `GetBucketRequestPayment`'s answer, loaded on first access.
#[resource(client = Client, load = get_bucket_request_payment)]
#[action(put = put_bucket_request_payment)]
#[subresource(bucket = Bucket(name = self.bucket_name))]
pub struct BucketRequestPayment {
    /// The identifier `BucketName`.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// Specifies who pays for the download and request fees.
    payer: Option<Payer>,
}

/// boto3's `BucketTagging` resource, identified by `bucket_name`; its data is `GetBucketTagging`'s
/// answer, loaded on first access.
#[resource(client = Client, load = get_bucket_tagging)]
#[action(delete = delete_bucket_tagging)]
#[action(put = put_bucket_tagging)]
#[subresource(bucket = Bucket(name = self.bucket_name))]
pub struct BucketTagging {
    /// The identifier `BucketName`.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// Contains the tag set.
    tag_set: Vec<Tag>,
}

/// boto3's `BucketVersioning` resource, identified by `bucket_name`; its data is
/// `GetBucketVersioning`'s answer, loaded on first access.
#[resource(client = Client, load = get_bucket_versioning)]
#[action(enable = put_bucket_versioning,
         with = |r| r.versioning_configuration(VersioningConfiguration::new()
             .status(BucketVersioningStatus::Enabled)))]
#[action(put = put_bucket_versioning)]
#[action(suspend = put_bucket_versioning,
         with = |r| r.versioning_configuration(VersioningConfiguration::new()
             .status(BucketVersioningStatus::Suspended)))]
#[subresource(bucket = Bucket(name = self.bucket_name))]
pub struct BucketVersioning {
    /// The identifier `BucketName`.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// The versioning state of the bucket.
    status: Option<BucketVersioningStatus>,
    /// Specifies whether MFA delete is enabled in the bucket versioning configuration. This element
    /// is only returned if the bucket has been configured with MFA delete. If the bucket has never
    /// been so configured, this element is not returned.
    mfa_delete: Option<MFADeleteStatus>,
}

/// boto3's `BucketWebsite` resource, identified by `bucket_name`; its data is `GetBucketWebsite`'s
/// answer, loaded on first access.
#[resource(client = Client, load = get_bucket_website)]
#[action(delete = delete_bucket_website)]
#[action(put = put_bucket_website)]
#[subresource(bucket = Bucket(name = self.bucket_name))]
pub struct BucketWebsite {
    /// The identifier `BucketName`.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// Specifies the redirect behavior of all requests to a website endpoint of an Amazon S3
    /// bucket.
    redirect_all_requests_to: Option<RedirectAllRequestsTo>,
    /// The name of the index document for the website (for example `index.html`).
    index_document: Option<IndexDocument>,
    /// The object key name of the website error document to use for 4XX class errors.
    error_document: Option<ErrorDocument>,
    /// Rules that define when a redirect is applied and the redirect behavior.
    routing_rules: Vec<RoutingRule>,
}

/// boto3's `MultipartUpload` resource, identified by `bucket_name`, `object_key`, `id`; its data
/// comes with the answer that built it.
#[resource(client = Client, shape = MultipartUploadShape)]
#[action(abort = abort_multipart_upload)]
#[action(complete = complete_multipart_upload,
         resource = Object(bucket_name = self.bucket_name, key = self.object_key))]
#[subresource(object = Object(bucket_name = self.bucket_name, key = self.object_key))]
#[subresource(part = MultipartUploadPart(bucket_name = self.bucket_name,
                  object_key = self.object_key, multipart_upload_id = self.id, part_number))]
#[collection(parts = list_parts, items = parts,
             resource = MultipartUploadPart(bucket_name = request.bucket, object_key = request.key,
                 multipart_upload_id = request.upload_id, part_number = part_number))]
pub struct MultipartUpload {
    /// The identifier `BucketName`.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// The identifier `ObjectKey`.
    #[identifier(param = key)]
    object_key: String,
    /// The identifier `Id`.
    #[identifier(param = upload_id)]
    id: String,
    /// Upload ID that identifies the multipart upload.
    upload_id: Option<String>,
    /// Key of the object for which the multipart upload was initiated.
    key: Option<String>,
    /// Date and time at which the multipart upload was initiated.
    initiated: Option<DateTime>,
    /// The class of storage used to store the object.
    storage_class: Option<StorageClass>,
    /// Specifies the owner of the object that is part of the multipart upload.
    owner: Option<Owner>,
    /// Identifies who initiated the multipart upload.
    initiator: Option<Initiator>,
    /// The algorithm that was used to create a checksum of the object.
    checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The checksum type that is used to calculate the object’s checksum value. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    checksum_type: Option<ChecksumType>,
}

/// boto3's `MultipartUploadPart` resource, identified by `bucket_name`, `object_key`,
/// `multipart_upload_id`, `part_number`; its data comes with the answer that built it.
#[resource(client = Client, shape = Part)]
#[action(copy_from = upload_part_copy)]
#[action(upload = upload_part)]
#[subresource(multipart_upload = MultipartUpload(bucket_name = self.bucket_name,
                  object_key = self.object_key, id = self.multipart_upload_id))]
pub struct MultipartUploadPart {
    /// The identifier `BucketName`.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// The identifier `ObjectKey`.
    #[identifier(param = key)]
    object_key: String,
    /// The identifier `MultipartUploadId`.
    #[identifier(param = upload_id)]
    multipart_upload_id: String,
    /// The identifier `PartNumber`.
    #[identifier(param = part_number, member = part_number)]
    part_number: i32,
    /// Date and time at which the part was uploaded.
    last_modified: Option<DateTime>,
    /// Entity tag returned when the part was uploaded.
    e_tag: Option<String>,
    /// Size in bytes of the uploaded part data.
    size: Option<i64>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the part. This checksum is present if the
    /// object was uploaded with the `CRC32` checksum algorithm. For more information, see [Checking
    /// object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the part. This checksum is present if the
    /// object was uploaded with the `CRC32C` checksum algorithm. For more information, see
    /// [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    checksum_crc32_c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `CRC64NVME` checksum algorithm, or if the
    /// object was uploaded without a checksum (and Amazon S3 added the default checksum,
    /// `CRC64NVME`, to the uploaded object). For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    checksum_crc64_nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` checksum of the part. This checksum is present if the
    /// object was uploaded with the `SHA1` checksum algorithm. For more information, see [Checking
    /// object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` checksum of the part. This checksum is present if the
    /// object was uploaded with the `SHA256` checksum algorithm. For more information, see
    /// [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the part. This checksum is present if the
    /// multipart upload request was created with the `SHA512` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the part. This checksum is present if the
    /// multipart upload request was created with the `MD5` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `XXHASH64` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `XXHASH3` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the part. This checksum is present if
    /// the multipart upload request was created with the `XXHASH128` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    checksum_xxhash128: Option<String>,
}

/// boto3's `Object` resource, identified by `bucket_name`, `key`; its data is `HeadObject`'s
/// answer, loaded on first access.
#[resource(client = Client, load = head_object)]
#[action(copy_from = copy_object)]
#[action(delete = delete_object)]
#[action(get = get_object)]
#[action(initiate_multipart_upload = create_multipart_upload,
         resource = MultipartUpload(bucket_name = self.bucket_name, object_key = self.key,
             id = upload_id))]
#[action(put = put_object)]
#[action(restore_object = restore_object)]
#[batch_action(delete = delete_objects)]
#[subresource(acl = ObjectAcl(bucket_name = self.bucket_name, object_key = self.key))]
#[subresource(bucket = Bucket(name = self.bucket_name))]
#[subresource(multipart_upload = MultipartUpload(bucket_name = self.bucket_name,
                  object_key = self.key, id))]
#[subresource(version = ObjectVersion(bucket_name = self.bucket_name, object_key = self.key, id))]
#[waiter(exists = object_exists)]
#[waiter(not_exists = object_not_exists)]
pub struct Object {
    /// The identifier `BucketName`.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// The identifier `Key`.
    #[identifier(param = key)]
    key: String,
    /// Specifies whether the object retrieved was (true) or was not (false) a Delete Marker. If
    /// false, this response header does not appear in the response.
    delete_marker: Option<bool>,
    /// Indicates that a range of bytes was specified.
    accept_ranges: Option<String>,
    /// If the object expiration is configured (see [ `PutBucketLifecycleConfiguration`
    /// ](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html)),
    /// the response includes this header. It includes the `expiry-date` and `rule-id` key-value
    /// pairs providing object expiration information. The value of the `rule-id` is URL-encoded.
    expiration: Option<String>,
    /// If the object is an archived object (an object whose storage class is GLACIER), the response
    /// includes this header if either the archive restoration is in progress (see
    /// [RestoreObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_RestoreObject.html) or
    /// an archive copy is already restored.
    restore: Option<String>,
    /// The archive state of the head object.
    archive_status: Option<ArchiveStatus>,
    /// Date and time when the object was last modified.
    last_modified: Option<DateTime>,
    /// Size of the body in bytes.
    content_length: Option<i64>,
    /// The Base64 encoded, 32-bit `CRC32 checksum` of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use an API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use an API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    checksum_crc32_c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    checksum_crc64_nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use the API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use an API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the object. For more information, see [Checking
    /// object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    checksum_xxhash128: Option<String>,
    /// The checksum type, which determines how part-level checksums are combined to create an
    /// object-level checksum for multipart objects. You can use this header response to verify that
    /// the checksum type that is received is the same checksum type that was specified in
    /// `CreateMultipartUpload` request. For more information, see [Checking object integrity in the
    /// Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    checksum_type: Option<ChecksumType>,
    /// An entity tag (ETag) is an opaque identifier assigned by a web server to a specific version
    /// of a resource found at a URL.
    e_tag: Option<String>,
    /// This is set to the number of metadata entries not returned in `x-amz-meta` headers. This can
    /// happen if you create metadata using an API like SOAP that supports more flexible metadata
    /// than the REST API. For example, using SOAP, you can create metadata whose values are not
    /// legal HTTP headers.
    missing_meta: Option<i32>,
    /// Version ID of the object.
    version_id: Option<String>,
    /// Specifies caching behavior along the request/reply chain.
    cache_control: Option<String>,
    /// Specifies presentational information for the object.
    content_disposition: Option<String>,
    /// Indicates what content encodings have been applied to the object and thus what decoding
    /// mechanisms must be applied to obtain the media-type referenced by the Content-Type header
    /// field.
    content_encoding: Option<String>,
    /// The language the content is in.
    content_language: Option<String>,
    /// A standard MIME type describing the format of the object data.
    content_type: Option<String>,
    /// The portion of the object returned in the response for a `GET` request.
    content_range: Option<String>,
    /// The date and time at which the object is no longer cacheable.
    expires: Option<String>,
    /// If the bucket is configured as a website, redirects requests for this object to another
    /// object in the same bucket or to an external URL. Amazon S3 stores the value of this header
    /// in the object metadata.
    website_redirect_location: Option<String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon
    /// FSx.
    server_side_encryption: Option<ServerSideEncryption>,
    /// A map of metadata to store with the object in S3.
    metadata: HashMap<String, String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to confirm the encryption algorithm that's used.
    sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to provide the round-trip message integrity verification
    /// of the customer-provided encryption key.
    sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    ssekms_key_id: Option<String>,
    /// Indicates whether the object uses an S3 Bucket Key for server-side encryption with Key
    /// Management Service (KMS) keys (SSE-KMS).
    bucket_key_enabled: Option<bool>,
    /// Provides storage class information of the object. Amazon S3 returns this header for all
    /// objects except for S3 Standard storage class objects.
    storage_class: Option<StorageClass>,
    /// The member `RequestCharged` of the data.
    request_charged: Option<RequestCharged>,
    /// Amazon S3 can return this header if your request involves a bucket that is either a source
    /// or a destination in a replication rule.
    replication_status: Option<ReplicationStatus>,
    /// The count of parts this object has. This value is only returned if you specify `partNumber`
    /// in your request and the object was uploaded as a multipart upload.
    parts_count: Option<i32>,
    /// The number of tags, if any, on the object, when you have the relevant permission to read
    /// object tags.
    tag_count: Option<i32>,
    /// The Object Lock mode, if any, that's in effect for this object. This header is only returned
    /// if the requester has the `s3:GetObjectRetention` permission. For more information about S3
    /// Object Lock, see [Object
    /// Lock](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lock.html).
    object_lock_mode: Option<ObjectLockMode>,
    /// The date and time when the Object Lock retention period expires. This header is only
    /// returned if the requester has the `s3:GetObjectRetention` permission.
    object_lock_retain_until_date: Option<DateTime>,
    /// Specifies whether a legal hold is in effect for this object. This header is only returned if
    /// the requester has the `s3:GetObjectLegalHold` permission. This header is not returned if the
    /// specified version of this object has never had a legal hold applied. For more information
    /// about S3 Object Lock, see [Object
    /// Lock](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lock.html).
    object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
}

/// boto3's `ObjectAcl` resource, identified by `bucket_name`, `object_key`; its data is
/// `GetObjectAcl`'s answer, loaded on first access.
#[resource(client = Client, load = get_object_acl)]
#[action(put = put_object_acl)]
#[subresource(object = Object(bucket_name = self.bucket_name, key = self.object_key))]
pub struct ObjectAcl {
    /// The identifier `BucketName`.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// The identifier `ObjectKey`.
    #[identifier(param = key)]
    object_key: String,
    /// Container for the bucket owner's ID.
    owner: Option<Owner>,
    /// A list of grants.
    grants: Vec<Grant>,
    /// The member `RequestCharged` of the data.
    request_charged: Option<RequestCharged>,
}

/// boto3's `ObjectSummary` resource, identified by `bucket_name`, `key`; its data comes with the
/// answer that built it, or is loaded by `HeadObject` as boto3 adds.
#[resource(client = Client, shape = ObjectShape, load = head_object,
           load_path = |o: HeadObjectOutput| Some(ObjectShape::from_head(&self.key, o)))]
#[action(copy_from = copy_object)]
#[action(delete = delete_object)]
#[action(get = get_object)]
#[action(initiate_multipart_upload = create_multipart_upload,
         resource = MultipartUpload(bucket_name = self.bucket_name, object_key = self.key,
             id = upload_id))]
#[action(put = put_object)]
#[action(restore_object = restore_object)]
#[batch_action(delete = delete_objects)]
#[subresource(acl = ObjectAcl(bucket_name = self.bucket_name, object_key = self.key))]
#[subresource(bucket = Bucket(name = self.bucket_name))]
#[subresource(multipart_upload = MultipartUpload(bucket_name = self.bucket_name,
                  object_key = self.key, id))]
#[subresource(object = Object(bucket_name = self.bucket_name, key = self.key))]
#[subresource(version = ObjectVersion(bucket_name = self.bucket_name, object_key = self.key, id))]
#[waiter(exists = object_exists)]
#[waiter(not_exists = object_not_exists)]
pub struct ObjectSummary {
    /// The identifier `BucketName`.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// The identifier `Key`.
    #[identifier(param = key)]
    key: String,
    /// Creation date of the object.
    last_modified: Option<DateTime>,
    /// The member `ETag` of the data.
    e_tag: Option<String>,
    /// The algorithm that was used to create a checksum of the object.
    checksum_algorithm: Vec<ChecksumAlgorithm>,
    /// The checksum type that is used to calculate the object’s checksum value. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    checksum_type: Option<ChecksumType>,
    /// Size in bytes of the object
    size: Option<i64>,
    /// The class of storage used to store the object.
    storage_class: Option<ObjectStorageClass>,
    /// The owner of the object
    owner: Option<Owner>,
    /// Specifies the restoration status of an object. Objects in certain storage classes must be
    /// restored before they can be retrieved. For more information about these storage classes and
    /// how to work with archived objects, see [ Working with archived
    /// objects](https://docs.aws.amazon.com/AmazonS3/latest/userguide/archived-objects.html) in the
    /// *Amazon S3 User Guide*.
    restore_status: Option<RestoreStatus>,
}

/// boto3's `ObjectVersion` resource, identified by `bucket_name`, `object_key`, `id`; its data
/// comes with the answer that built it.
#[resource(client = Client, shape = ObjectVersionShape)]
#[action(delete = delete_object)]
#[action(get = get_object)]
#[action(head = head_object)]
#[batch_action(delete = delete_objects)]
#[subresource(object = Object(bucket_name = self.bucket_name, key = self.object_key))]
pub struct ObjectVersion {
    /// The identifier `BucketName`.
    #[identifier(param = bucket)]
    bucket_name: String,
    /// The identifier `ObjectKey`.
    #[identifier(param = key)]
    object_key: String,
    /// The identifier `Id`.
    #[identifier(param = version_id)]
    id: String,
    /// The entity tag is an MD5 hash of that version of the object.
    e_tag: Option<String>,
    /// The algorithm that was used to create a checksum of the object.
    checksum_algorithm: Vec<ChecksumAlgorithm>,
    /// The checksum type that is used to calculate the object’s checksum value. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    checksum_type: Option<ChecksumType>,
    /// Size in bytes of the object.
    size: Option<i64>,
    /// The class of storage used to store the object.
    storage_class: Option<ObjectVersionStorageClass>,
    /// The object key.
    key: Option<String>,
    /// Version ID of an object.
    version_id: Option<String>,
    /// Specifies whether the object is (true) or is not (false) the latest version of an object.
    is_latest: Option<bool>,
    /// Date and time when the object was last modified.
    last_modified: Option<DateTime>,
    /// Specifies the owner of the object.
    owner: Option<Owner>,
    /// Specifies the restoration status of an object. Objects in certain storage classes must be
    /// restored before they can be retrieved. For more information about these storage classes and
    /// how to work with archived objects, see [ Working with archived
    /// objects](https://docs.aws.amazon.com/AmazonS3/latest/userguide/archived-objects.html) in the
    /// *Amazon S3 User Guide*.
    restore_status: Option<RestoreStatus>,
}
