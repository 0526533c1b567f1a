//! Amazon Simple Storage Service (`s3`, API version 2006-03-01): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- s3 --resources --plain-received --plain Object.Key --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, Blob, ByteStream, DateTime, Op, Shape};
use std::collections::HashMap;

/// The S3 client.
#[client(
    service = "s3",
    protocol = "restXml",
    api_version = "2006-03-01",
    endpoint_rules = include_str!("endpoint-rule-set.json"),
)]
#[waiter(
    bucket_exists = head_bucket,
    delay = 5,
    max_attempts = 20,
    success(status = 200),
    success(status = 301),
    success(status = 403),
    retry(status = 404),
)]
#[waiter(
    bucket_not_exists = head_bucket,
    delay = 5,
    max_attempts = 20,
    success(status = 404),
)]
#[waiter(
    object_exists = head_object,
    delay = 5,
    max_attempts = 20,
    success(status = 200),
    retry(status = 404),
)]
#[waiter(
    object_not_exists = head_object,
    delay = 5,
    max_attempts = 20,
    success(status = 404),
)]
pub struct Client {
    /// This operation aborts a multipart upload. After a multipart upload is aborted, no additional
    /// parts can be uploaded using that upload ID. The storage consumed by any previously uploaded
    /// parts will be freed. However, if any part uploads are currently in progress, those part
    /// uploads might or might not succeed. As a result, it might be necessary to abort a given
    /// multipart upload multiple times in order to completely free all storage consumed by all
    /// parts.
    #[op(http = "DELETE /{Bucket}/{Key+}", status = 204, context(Bucket, Key))]
    abort_multipart_upload: Op<AbortMultipartUploadRequest, AbortMultipartUploadOutput>,
    /// Completes a multipart upload by assembling previously uploaded parts.
    #[op(http = "POST /{Bucket}/{Key+}", context(Bucket, Key))]
    complete_multipart_upload: Op<CompleteMultipartUploadRequest, CompleteMultipartUploadOutput>,
    /// Creates a copy of an object that is already stored in Amazon S3.
    #[op(
        http = "PUT /{Bucket}/{Key+}",
        context(Bucket, CopySource, Key),
        static_context(DisableS3ExpressSessionAuth = true)
    )]
    copy_object: Op<CopyObjectRequest, CopyObjectOutput>,
    /// This action creates an Amazon S3 bucket. To create an Amazon S3 on Outposts bucket, see [
    /// `CreateBucket`
    /// ](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_CreateBucket.html).
    #[op(
        http = "PUT /{Bucket}",
        context(Bucket),
        static_context(DisableAccessPoints = true, UseS3ExpressControlEndpoint = true)
    )]
    create_bucket: Op<CreateBucketRequest, CreateBucketOutput>,
    /// Creates an S3 Metadata V2 metadata configuration for a general purpose bucket. For more
    /// information, see [Accelerating data discovery with S3
    /// Metadata](https://docs.aws.amazon.com/AmazonS3/latest/userguide/metadata-tables-overview.html)
    /// in the *Amazon S3 User Guide*.
    #[op(
        http = "POST /{Bucket}?metadataConfiguration",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    create_bucket_metadata_configuration: Op<CreateBucketMetadataConfigurationRequest, ()>,
    /// We recommend that you create your S3 Metadata configurations by using the V2
    /// [CreateBucketMetadataConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_CreateBucketMetadataConfiguration.html)
    /// API operation. We no longer recommend using the V1 `CreateBucketMetadataTableConfiguration`
    /// API operation.
    #[op(
        http = "POST /{Bucket}?metadataTable",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    create_bucket_metadata_table_configuration:
        Op<CreateBucketMetadataTableConfigurationRequest, ()>,
    /// End of support notice: As of October 1, 2025, Amazon S3 has discontinued support for Email
    /// Grantee Access Control Lists (ACLs). If you attempt to use an Email Grantee ACL in a request
    /// after October 1, 2025, the request will receive an `HTTP 405` (Method Not Allowed) error.
    #[op(http = "POST /{Bucket}/{Key+}?uploads", context(Bucket, Key))]
    create_multipart_upload: Op<CreateMultipartUploadRequest, CreateMultipartUploadOutput>,
    /// Creates a session that establishes temporary security credentials to support fast
    /// authentication and authorization for the Zonal endpoint API operations on directory buckets.
    /// For more information about Zonal endpoint API operations that include the Availability Zone
    /// in the request endpoint, see [S3 Express One Zone
    /// APIs](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-express-APIs.html) in the
    /// *Amazon S3 User Guide*.
    #[op(
        http = "GET /{Bucket}?session",
        context(Bucket),
        static_context(DisableS3ExpressSessionAuth = true)
    )]
    create_session: Op<CreateSessionRequest, CreateSessionOutput>,
    /// Deletes the S3 bucket. All objects (including all object versions and delete markers) in the
    /// bucket must be deleted before the bucket itself can be deleted.
    #[op(
        http = "DELETE /{Bucket}",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_bucket: Op<DeleteBucketRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "DELETE /{Bucket}?analytics",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_bucket_analytics_configuration: Op<DeleteBucketAnalyticsConfigurationRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "DELETE /{Bucket}?cors",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_bucket_cors: Op<DeleteBucketCorsRequest, ()>,
    /// This implementation of the DELETE action resets the default encryption for the bucket as
    /// server-side encryption with Amazon S3 managed keys (SSE-S3).
    #[op(
        http = "DELETE /{Bucket}?encryption",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_bucket_encryption: Op<DeleteBucketEncryptionRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "DELETE /{Bucket}?intelligent-tiering",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_bucket_intelligent_tiering_configuration:
        Op<DeleteBucketIntelligentTieringConfigurationRequest, ()>,
    /// Deletes an S3 Inventory configuration (identified by the inventory ID) from the bucket.
    #[op(
        http = "DELETE /{Bucket}?inventory",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_bucket_inventory_configuration: Op<DeleteBucketInventoryConfigurationRequest, ()>,
    /// Deletes the lifecycle configuration from the specified bucket. Amazon S3 removes all the
    /// lifecycle configuration rules in the lifecycle subresource associated with the bucket. Your
    /// objects never expire, and Amazon S3 no longer automatically deletes any objects on the basis
    /// of rules contained in the deleted lifecycle configuration.
    #[op(
        http = "DELETE /{Bucket}?lifecycle",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_bucket_lifecycle: Op<DeleteBucketLifecycleRequest, ()>,
    /// Deletes an S3 Metadata configuration from a general purpose bucket. For more information,
    /// see [Accelerating data discovery with S3
    /// Metadata](https://docs.aws.amazon.com/AmazonS3/latest/userguide/metadata-tables-overview.html)
    /// in the *Amazon S3 User Guide*.
    #[op(
        http = "DELETE /{Bucket}?metadataConfiguration",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_bucket_metadata_configuration: Op<DeleteBucketMetadataConfigurationRequest, ()>,
    /// We recommend that you delete your S3 Metadata configurations by using the V2
    /// [DeleteBucketMetadataTableConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucketMetadataTableConfiguration.html)
    /// API operation. We no longer recommend using the V1 `DeleteBucketMetadataTableConfiguration`
    /// API operation.
    #[op(
        http = "DELETE /{Bucket}?metadataTable",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_bucket_metadata_table_configuration:
        Op<DeleteBucketMetadataTableConfigurationRequest, ()>,
    /// Deletes a metrics configuration for the Amazon CloudWatch request metrics (specified by the
    /// metrics configuration ID) from the bucket. Note that this doesn't include the daily storage
    /// metrics.
    #[op(
        http = "DELETE /{Bucket}?metrics",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_bucket_metrics_configuration: Op<DeleteBucketMetricsConfigurationRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "DELETE /{Bucket}?ownershipControls",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_bucket_ownership_controls: Op<DeleteBucketOwnershipControlsRequest, ()>,
    /// Deletes the policy of a specified bucket.
    #[op(
        http = "DELETE /{Bucket}?policy",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_bucket_policy: Op<DeleteBucketPolicyRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "DELETE /{Bucket}?replication",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_bucket_replication: Op<DeleteBucketReplicationRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "DELETE /{Bucket}?tagging",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_bucket_tagging: Op<DeleteBucketTaggingRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "DELETE /{Bucket}?website",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_bucket_website: Op<DeleteBucketWebsiteRequest, ()>,
    /// Removes an object from a bucket. The behavior depends on the bucket's versioning state:
    #[op(http = "DELETE /{Bucket}/{Key+}", status = 204, context(Bucket, Key))]
    delete_object: Op<DeleteObjectRequest, DeleteObjectOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "DELETE /{Bucket}/{Key+}?tagging",
        status = 204,
        context(Bucket)
    )]
    delete_object_tagging: Op<DeleteObjectTaggingRequest, DeleteObjectTaggingOutput>,
    /// This operation enables you to delete multiple objects from a bucket using a single HTTP
    /// request. If you know the object keys that you want to delete, then this operation provides a
    /// suitable alternative to sending individual delete requests, reducing per-request overhead.
    #[op(http = "POST /{Bucket}?delete", checksum_required, context(Bucket))]
    delete_objects: Op<DeleteObjectsRequest, DeleteObjectsOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "DELETE /{Bucket}?publicAccessBlock",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_public_access_block: Op<DeletePublicAccessBlockRequest, ()>,
    /// Returns the attribute-based access control (ABAC) property of the general purpose bucket. If
    /// ABAC is enabled on your bucket, you can use tags on the bucket for access control. For more
    /// information, see [Enabling ABAC in general purpose
    /// buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/buckets-tagging-enable-abac.html).
    #[op(http = "GET /{Bucket}?abac", context(Bucket))]
    get_bucket_abac: Op<GetBucketAbacRequest, GetBucketAbacOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "GET /{Bucket}?accelerate",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_accelerate_configuration:
        Op<GetBucketAccelerateConfigurationRequest, GetBucketAccelerateConfigurationOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "GET /{Bucket}?acl",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_acl: Op<GetBucketAclRequest, GetBucketAclOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "GET /{Bucket}?analytics",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_analytics_configuration:
        Op<GetBucketAnalyticsConfigurationRequest, GetBucketAnalyticsConfigurationOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "GET /{Bucket}?cors",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_cors: Op<GetBucketCorsRequest, GetBucketCorsOutput>,
    /// Returns the default encryption configuration for an Amazon S3 bucket. By default, all
    /// buckets have a default encryption configuration that uses server-side encryption with Amazon
    /// S3 managed keys (SSE-S3). This operation also returns the
    /// [BucketKeyEnabled](https://docs.aws.amazon.com/AmazonS3/latest/API/API_ServerSideEncryptionRule.html#AmazonS3-Type-ServerSideEncryptionRule-BucketKeyEnabled)
    /// and
    /// [BlockedEncryptionTypes](https://docs.aws.amazon.com/AmazonS3/latest/API/API_ServerSideEncryptionRule.html#AmazonS3-Type-ServerSideEncryptionRule-BlockedEncryptionTypes)
    /// statuses.
    #[op(
        http = "GET /{Bucket}?encryption",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_encryption: Op<GetBucketEncryptionRequest, GetBucketEncryptionOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "GET /{Bucket}?intelligent-tiering",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_intelligent_tiering_configuration: Op<
        GetBucketIntelligentTieringConfigurationRequest,
        GetBucketIntelligentTieringConfigurationOutput,
    >,
    /// Returns an S3 Inventory configuration (identified by the inventory configuration ID) from
    /// the bucket.
    #[op(
        http = "GET /{Bucket}?inventory",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_inventory_configuration:
        Op<GetBucketInventoryConfigurationRequest, GetBucketInventoryConfigurationOutput>,
    /// For an updated version of this API, see
    /// [GetBucketLifecycleConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLifecycleConfiguration.html).
    /// If you configured a bucket lifecycle using the `filter` element, you should see the updated
    /// version of this topic. This topic is provided for backward compatibility.
    ///
    /// Deprecated in the model.
    #[op(
        http = "GET /{Bucket}?lifecycle",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_lifecycle: Op<GetBucketLifecycleRequest, GetBucketLifecycleOutput>,
    /// Returns the lifecycle configuration information set on the bucket. For information about
    /// lifecycle configuration, see [Object Lifecycle
    /// Management](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lifecycle-mgmt.html).
    #[op(
        http = "GET /{Bucket}?lifecycle",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_lifecycle_configuration:
        Op<GetBucketLifecycleConfigurationRequest, GetBucketLifecycleConfigurationOutput>,
    /// Using the `GetBucketLocation` operation is no longer a best practice. To return the Region
    /// that a bucket resides in, we recommend that you use the
    /// [HeadBucket](https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadBucket.html) operation
    /// instead. For backward compatibility, Amazon S3 continues to support the `GetBucketLocation`
    /// operation.
    #[op(
        http = "GET /{Bucket}?location",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_location: Op<GetBucketLocationRequest, GetBucketLocationOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "GET /{Bucket}?logging",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_logging: Op<GetBucketLoggingRequest, GetBucketLoggingOutput>,
    /// Retrieves the S3 Metadata configuration for a general purpose bucket. For more information,
    /// see [Accelerating data discovery with S3
    /// Metadata](https://docs.aws.amazon.com/AmazonS3/latest/userguide/metadata-tables-overview.html)
    /// in the *Amazon S3 User Guide*.
    #[op(
        http = "GET /{Bucket}?metadataConfiguration",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_metadata_configuration:
        Op<GetBucketMetadataConfigurationRequest, GetBucketMetadataConfigurationOutput>,
    /// We recommend that you retrieve your S3 Metadata configurations by using the V2
    /// [GetBucketMetadataTableConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketMetadataTableConfiguration.html)
    /// API operation. We no longer recommend using the V1 `GetBucketMetadataTableConfiguration` API
    /// operation.
    #[op(
        http = "GET /{Bucket}?metadataTable",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_metadata_table_configuration:
        Op<GetBucketMetadataTableConfigurationRequest, GetBucketMetadataTableConfigurationOutput>,
    /// Gets a metrics configuration (specified by the metrics configuration ID) from the bucket.
    /// Note that this doesn't include the daily storage metrics.
    #[op(
        http = "GET /{Bucket}?metrics",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_metrics_configuration:
        Op<GetBucketMetricsConfigurationRequest, GetBucketMetricsConfigurationOutput>,
    /// This operation is not supported for directory buckets.
    ///
    /// Deprecated in the model.
    #[op(
        http = "GET /{Bucket}?notification",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_notification:
        Op<GetBucketNotificationConfigurationRequest, NotificationConfigurationDeprecated>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "GET /{Bucket}?notification",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_notification_configuration:
        Op<GetBucketNotificationConfigurationRequest, NotificationConfiguration>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "GET /{Bucket}?ownershipControls",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_ownership_controls:
        Op<GetBucketOwnershipControlsRequest, GetBucketOwnershipControlsOutput>,
    /// Returns the policy of a specified bucket.
    #[op(
        http = "GET /{Bucket}?policy",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_policy: Op<GetBucketPolicyRequest, GetBucketPolicyOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "GET /{Bucket}?policyStatus",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_policy_status: Op<GetBucketPolicyStatusRequest, GetBucketPolicyStatusOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "GET /{Bucket}?replication",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_replication: Op<GetBucketReplicationRequest, GetBucketReplicationOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "GET /{Bucket}?requestPayment",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_request_payment: Op<GetBucketRequestPaymentRequest, GetBucketRequestPaymentOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "GET /{Bucket}?tagging",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_tagging: Op<GetBucketTaggingRequest, GetBucketTaggingOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "GET /{Bucket}?versioning",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_versioning: Op<GetBucketVersioningRequest, GetBucketVersioningOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "GET /{Bucket}?website",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_website: Op<GetBucketWebsiteRequest, GetBucketWebsiteOutput>,
    /// Retrieves an object from Amazon S3.
    #[op(http = "GET /{Bucket}/{Key+}", context(Bucket, Key))]
    get_object: Op<GetObjectRequest, GetObjectOutput>,
    /// This operation is not supported for directory buckets.
    #[op(http = "GET /{Bucket}/{Key+}?acl", context(Bucket, Key))]
    get_object_acl: Op<GetObjectAclRequest, GetObjectAclOutput>,
    /// Retrieves all of the metadata from an object without returning the object itself. This
    /// operation is useful if you're interested only in an object's metadata.
    #[op(http = "GET /{Bucket}/{Key+}?attributes", context(Bucket))]
    get_object_attributes: Op<GetObjectAttributesRequest, GetObjectAttributesOutput>,
    /// This operation is not supported for directory buckets.
    #[op(http = "GET /{Bucket}/{Key+}?legal-hold", context(Bucket))]
    get_object_legal_hold: Op<GetObjectLegalHoldRequest, GetObjectLegalHoldOutput>,
    /// This operation is not supported for directory buckets.
    #[op(http = "GET /{Bucket}?object-lock", context(Bucket))]
    get_object_lock_configuration:
        Op<GetObjectLockConfigurationRequest, GetObjectLockConfigurationOutput>,
    /// This operation is not supported for directory buckets.
    #[op(http = "GET /{Bucket}/{Key+}?retention", context(Bucket))]
    get_object_retention: Op<GetObjectRetentionRequest, GetObjectRetentionOutput>,
    /// This operation is not supported for directory buckets.
    #[op(http = "GET /{Bucket}/{Key+}?tagging", context(Bucket))]
    get_object_tagging: Op<GetObjectTaggingRequest, GetObjectTaggingOutput>,
    /// This operation is not supported for directory buckets.
    #[op(http = "GET /{Bucket}/{Key+}?torrent", context(Bucket))]
    get_object_torrent: Op<GetObjectTorrentRequest, GetObjectTorrentOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "GET /{Bucket}?publicAccessBlock",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_public_access_block: Op<GetPublicAccessBlockRequest, GetPublicAccessBlockOutput>,
    /// You can use this operation to determine if a bucket exists and if you have permission to
    /// access it. The action returns a `200 OK` HTTP status code if the bucket exists and you have
    /// permission to access it. You can make a `HeadBucket` call on any bucket name to any Region
    /// in the partition, and regardless of the permissions on the bucket, you will receive a
    /// response header with the correct bucket location so that you can then make a proper, signed
    /// request to the appropriate Regional endpoint.
    #[op(http = "HEAD /{Bucket}", context(Bucket))]
    head_bucket: Op<HeadBucketRequest, HeadBucketOutput>,
    /// The `HEAD` operation retrieves metadata from an object without returning the object itself.
    /// This operation is useful if you're interested only in an object's metadata.
    #[op(http = "HEAD /{Bucket}/{Key+}", context(Bucket, Key))]
    head_object: Op<HeadObjectRequest, HeadObjectOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "GET /{Bucket}?analytics",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    list_bucket_analytics_configurations:
        Op<ListBucketAnalyticsConfigurationsRequest, ListBucketAnalyticsConfigurationsOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "GET /{Bucket}?intelligent-tiering",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    list_bucket_intelligent_tiering_configurations: Op<
        ListBucketIntelligentTieringConfigurationsRequest,
        ListBucketIntelligentTieringConfigurationsOutput,
    >,
    /// Returns a list of S3 Inventory configurations for the bucket. You can have up to 1,000
    /// inventory configurations per bucket.
    #[op(
        http = "GET /{Bucket}?inventory",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    list_bucket_inventory_configurations:
        Op<ListBucketInventoryConfigurationsRequest, ListBucketInventoryConfigurationsOutput>,
    /// Lists the metrics configurations for the bucket. The metrics configurations are only for the
    /// request metrics of the bucket and do not provide information on daily storage metrics. You
    /// can have up to 1,000 configurations per bucket.
    #[op(
        http = "GET /{Bucket}?metrics",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    list_bucket_metrics_configurations:
        Op<ListBucketMetricsConfigurationsRequest, ListBucketMetricsConfigurationsOutput>,
    /// This operation is not supported for directory buckets.
    #[op(http = "GET /", paginate(input_token = continuation_token, output_token = continuation_token, items = buckets, limit = max_buckets))]
    list_buckets: Op<ListBucketsRequest, ListBucketsOutput>,
    /// Returns a list of all Amazon S3 directory buckets owned by the authenticated sender of the
    /// request. For more information about directory buckets, see [Directory
    /// buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-overview.html)
    /// in the *Amazon S3 User Guide*.
    #[op(http = "GET /", paginate(input_token = continuation_token, output_token = continuation_token, items = buckets, limit = max_directory_buckets), static_context(UseS3ExpressControlEndpoint = true))]
    list_directory_buckets: Op<ListDirectoryBucketsRequest, ListDirectoryBucketsOutput>,
    /// This operation lists in-progress multipart uploads in a bucket. An in-progress multipart
    /// upload is a multipart upload that has been initiated by the `CreateMultipartUpload` request,
    /// but has not yet been completed or aborted.
    #[op(http = "GET /{Bucket}?uploads", paginate(input_token = (key_marker, upload_id_marker), output_token = (next_key_marker, next_upload_id_marker), more_results = is_truncated, items = uploads, limit = max_uploads), context(Bucket, Prefix))]
    list_multipart_uploads: Op<ListMultipartUploadsRequest, ListMultipartUploadsOutput>,
    /// This operation is not supported for directory buckets.
    #[op(http = "GET /{Bucket}?versions", paginate(input_token = (key_marker, version_id_marker), output_token = (next_key_marker, next_version_id_marker), more_results = is_truncated, items = versions, limit = max_keys), context(Bucket, Prefix))]
    list_object_versions: Op<ListObjectVersionsRequest, ListObjectVersionsOutput>,
    /// This operation is not supported for directory buckets.
    #[op(http = "GET /{Bucket}", paginate(input_token = marker, output_token = |o: &ListObjectsOutput| Some(o).and_then(|x| x.next_marker.as_ref()).or_else(|| Some(o).map(|x| &x.contents).and_then(|x| x.last()).map(|x| &x.key)).cloned(), more_results = is_truncated, items = contents, limit = max_keys), context(Bucket, Prefix))]
    list_objects: Op<ListObjectsRequest, ListObjectsOutput>,
    /// Returns some or all (up to 1,000) of the objects in a bucket with each request. You can use
    /// the request parameters as selection criteria to return a subset of the objects in a bucket.
    /// A `200 OK` response can contain valid or invalid XML. Make sure to design your application
    /// to parse the contents of the response and handle it appropriately. For more information
    /// about listing objects, see [Listing object keys
    /// programmatically](https://docs.aws.amazon.com/AmazonS3/latest/userguide/ListingKeysUsingAPIs.html)
    /// in the *Amazon S3 User Guide*. To get a list of your buckets, see
    /// [ListBuckets](https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html).
    #[op(http = "GET /{Bucket}?list-type=2", paginate(input_token = continuation_token, output_token = next_continuation_token, more_results = is_truncated, items = contents, limit = max_keys), context(Bucket, Prefix))]
    list_objects_v2: Op<ListObjectsV2Request, ListObjectsV2Output>,
    /// Lists the parts that have been uploaded for a specific multipart upload.
    #[op(http = "GET /{Bucket}/{Key+}", paginate(input_token = part_number_marker, output_token = next_part_number_marker, more_results = is_truncated, items = parts, limit = max_parts), context(Bucket, Key))]
    list_parts: Op<ListPartsRequest, ListPartsOutput>,
    /// Sets the attribute-based access control (ABAC) property of the general purpose bucket. You
    /// must have `s3:PutBucketABAC` permission to perform this action. When you enable ABAC, you
    /// can use tags for access control on your buckets. Additionally, when ABAC is enabled, you
    /// must use the
    /// [TagResource](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_TagResource.html)
    /// and
    /// [UntagResource](https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_UntagResource.html)
    /// actions to manage tags on your buckets. You can nolonger use the
    /// [PutBucketTagging](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketTagging.html)
    /// and
    /// [DeleteBucketTagging](https://docs.aws.amazon.com/AmazonS3/latest/API/API_DeleteBucketTagging.html)
    /// actions to tag your bucket. For more information, see [Enabling ABAC in general purpose
    /// buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/buckets-tagging-enable-abac.html).
    #[op(http = "PUT /{Bucket}?abac", context(Bucket))]
    put_bucket_abac: Op<PutBucketAbacRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "PUT /{Bucket}?accelerate",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_accelerate_configuration: Op<PutBucketAccelerateConfigurationRequest, ()>,
    /// End of support notice: As of October 1, 2025, Amazon S3 has discontinued support for Email
    /// Grantee Access Control Lists (ACLs). If you attempt to use an Email Grantee ACL in a request
    /// after October 1, 2025, the request will receive an `HTTP 405` (Method Not Allowed) error.
    #[op(
        http = "PUT /{Bucket}?acl",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_acl: Op<PutBucketAclRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "PUT /{Bucket}?analytics",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_analytics_configuration: Op<PutBucketAnalyticsConfigurationRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "PUT /{Bucket}?cors",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_cors: Op<PutBucketCorsRequest, ()>,
    /// This operation configures default encryption and Amazon S3 Bucket Keys for an existing
    /// bucket. You can also [block encryption
    /// types](https://docs.aws.amazon.com/AmazonS3/latest/API/API_BlockedEncryptionTypes.html)
    /// using this operation.
    #[op(
        http = "PUT /{Bucket}?encryption",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_encryption: Op<PutBucketEncryptionRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "PUT /{Bucket}?intelligent-tiering",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_intelligent_tiering_configuration:
        Op<PutBucketIntelligentTieringConfigurationRequest, ()>,
    /// This implementation of the `PUT` action adds an S3 Inventory configuration (identified by
    /// the inventory ID) to the bucket. You can have up to 1,000 inventory configurations per
    /// bucket.
    #[op(
        http = "PUT /{Bucket}?inventory",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_inventory_configuration: Op<PutBucketInventoryConfigurationRequest, ()>,
    /// This operation is not supported for directory buckets.
    ///
    /// Deprecated in the model.
    #[op(
        http = "PUT /{Bucket}?lifecycle",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_lifecycle: Op<PutBucketLifecycleRequest, ()>,
    /// Creates a new lifecycle configuration for the bucket or replaces an existing lifecycle
    /// configuration. Keep in mind that this will overwrite an existing lifecycle configuration, so
    /// if you want to retain any configuration details, they must be included in the new lifecycle
    /// configuration. For information about lifecycle configuration, see [Managing your storage
    /// lifecycle](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html).
    #[op(
        http = "PUT /{Bucket}?lifecycle",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_lifecycle_configuration:
        Op<PutBucketLifecycleConfigurationRequest, PutBucketLifecycleConfigurationOutput>,
    /// End of support notice: As of October 1, 2025, Amazon S3 has discontinued support for Email
    /// Grantee Access Control Lists (ACLs). If you attempt to use an Email Grantee ACL in a request
    /// after October 1, 2025, the request will receive an `HTTP 405` (Method Not Allowed) error.
    #[op(
        http = "PUT /{Bucket}?logging",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_logging: Op<PutBucketLoggingRequest, ()>,
    /// Sets a metrics configuration (specified by the metrics configuration ID) for the bucket. You
    /// can have up to 1,000 metrics configurations per bucket. If you're updating an existing
    /// metrics configuration, note that this is a full replacement of the existing metrics
    /// configuration. If you don't include the elements you want to keep, they are erased.
    #[op(
        http = "PUT /{Bucket}?metrics",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_metrics_configuration: Op<PutBucketMetricsConfigurationRequest, ()>,
    /// This operation is not supported for directory buckets.
    ///
    /// Deprecated in the model.
    #[op(
        http = "PUT /{Bucket}?notification",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_notification: Op<PutBucketNotificationRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "PUT /{Bucket}?notification",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_notification_configuration: Op<PutBucketNotificationConfigurationRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "PUT /{Bucket}?ownershipControls",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_ownership_controls: Op<PutBucketOwnershipControlsRequest, ()>,
    /// Applies an Amazon S3 bucket policy to an Amazon S3 bucket.
    #[op(
        http = "PUT /{Bucket}?policy",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_policy: Op<PutBucketPolicyRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "PUT /{Bucket}?replication",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_replication: Op<PutBucketReplicationRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "PUT /{Bucket}?requestPayment",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_request_payment: Op<PutBucketRequestPaymentRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "PUT /{Bucket}?tagging",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_tagging: Op<PutBucketTaggingRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "PUT /{Bucket}?versioning",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_versioning: Op<PutBucketVersioningRequest, ()>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "PUT /{Bucket}?website",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_website: Op<PutBucketWebsiteRequest, ()>,
    /// End of support notice: As of October 1, 2025, Amazon S3 has discontinued support for Email
    /// Grantee Access Control Lists (ACLs). If you attempt to use an Email Grantee ACL in a request
    /// after October 1, 2025, the request will receive an `HTTP 405` (Method Not Allowed) error.
    #[op(http = "PUT /{Bucket}/{Key+}", context(Bucket, Key))]
    put_object: Op<PutObjectRequest, PutObjectOutput>,
    /// End of support notice: As of October 1, 2025, Amazon S3 has discontinued support for Email
    /// Grantee Access Control Lists (ACLs). If you attempt to use an Email Grantee ACL in a request
    /// after October 1, 2025, the request will receive an `HTTP 405` (Method Not Allowed) error.
    #[op(
        http = "PUT /{Bucket}/{Key+}?acl",
        checksum_required,
        context(Bucket, Key)
    )]
    put_object_acl: Op<PutObjectAclRequest, PutObjectAclOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "PUT /{Bucket}/{Key+}?legal-hold",
        checksum_required,
        context(Bucket)
    )]
    put_object_legal_hold: Op<PutObjectLegalHoldRequest, PutObjectLegalHoldOutput>,
    /// This operation is not supported for directory buckets.
    #[op(http = "PUT /{Bucket}?object-lock", checksum_required, context(Bucket))]
    put_object_lock_configuration:
        Op<PutObjectLockConfigurationRequest, PutObjectLockConfigurationOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "PUT /{Bucket}/{Key+}?retention",
        checksum_required,
        context(Bucket)
    )]
    put_object_retention: Op<PutObjectRetentionRequest, PutObjectRetentionOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "PUT /{Bucket}/{Key+}?tagging",
        checksum_required,
        context(Bucket)
    )]
    put_object_tagging: Op<PutObjectTaggingRequest, PutObjectTaggingOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "PUT /{Bucket}?publicAccessBlock",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_public_access_block: Op<PutPublicAccessBlockRequest, ()>,
    /// Renames an existing object in a directory bucket that uses the S3 Express One Zone storage
    /// class. You can use `RenameObject` by specifying an existing object’s name as the source
    /// and the new name of the object as the destination within the same directory bucket.
    #[op(http = "PUT /{Bucket}/{Key+}?renameObject", context(Bucket, Key))]
    rename_object: Op<RenameObjectRequest, RenameObjectOutput>,
    /// This operation is not supported for directory buckets.
    #[op(http = "POST /{Bucket}/{Key+}?restore", context(Bucket))]
    restore_object: Op<RestoreObjectRequest, RestoreObjectOutput>,
    /// This operation is not supported for directory buckets.
    #[op(http = "POST /{Bucket}/{Key+}?select&select-type=2", context(Bucket))]
    select_object_content: Op<SelectObjectContentRequest, SelectObjectContentOutput>,
    /// Enables or disables a live inventory table for an S3 Metadata configuration on a general
    /// purpose bucket. For more information, see [Accelerating data discovery with S3
    /// Metadata](https://docs.aws.amazon.com/AmazonS3/latest/userguide/metadata-tables-overview.html)
    /// in the *Amazon S3 User Guide*.
    #[op(
        http = "PUT /{Bucket}?metadataInventoryTable",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    update_bucket_metadata_inventory_table_configuration:
        Op<UpdateBucketMetadataInventoryTableConfigurationRequest, ()>,
    /// Enables or disables journal table record expiration for an S3 Metadata configuration on a
    /// general purpose bucket. For more information, see [Accelerating data discovery with S3
    /// Metadata](https://docs.aws.amazon.com/AmazonS3/latest/userguide/metadata-tables-overview.html)
    /// in the *Amazon S3 User Guide*.
    #[op(
        http = "PUT /{Bucket}?metadataJournalTable",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    update_bucket_metadata_journal_table_configuration:
        Op<UpdateBucketMetadataJournalTableConfigurationRequest, ()>,
    /// This operation is not supported for directory buckets or Amazon S3 on Outposts buckets.
    #[op(
        http = "PUT /{Bucket}/{Key+}?encryption",
        checksum_required,
        context(Bucket)
    )]
    update_object_encryption: Op<UpdateObjectEncryptionRequest, UpdateObjectEncryptionResponse>,
    /// Uploads a part in a multipart upload.
    #[op(http = "PUT /{Bucket}/{Key+}", context(Bucket, Key))]
    upload_part: Op<UploadPartRequest, UploadPartOutput>,
    /// Uploads a part by copying data from an existing object as data source. To specify the data
    /// source, you add the request header `x-amz-copy-source` in your request. To specify a byte
    /// range, you add the request header `x-amz-copy-source-range` in your request.
    #[op(
        http = "PUT /{Bucket}/{Key+}",
        context(Bucket),
        static_context(DisableS3ExpressSessionAuth = true)
    )]
    upload_part_copy: Op<UploadPartCopyRequest, UploadPartCopyOutput>,
    /// This operation is not supported for directory buckets.
    #[op(
        http = "POST /WriteGetObjectResponse",
        host_prefix = "{RequestRoute}.",
        static_context(UseObjectLambdaEndpoint = true)
    )]
    write_get_object_response: Op<WriteGetObjectResponseRequest, ()>,
}

/// The ABAC status of the general purpose bucket. When ABAC is enabled for the general purpose
/// bucket, you can use tags to manage access to the general purpose buckets as well as for cost
/// tracking purposes. When ABAC is disabled for the general purpose buckets, you can only use tags
/// for cost tracking purposes. For more information, see [Using tags with S3 general purpose
/// buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/buckets-tagging.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AbacStatus {
    /// The ABAC status of the general purpose bucket.
    pub status: Option<BucketAbacStatus>,
}

/// Specifies the days since the initiation of an incomplete multipart upload that Amazon S3 will
/// wait before permanently removing all parts of the upload. For more information, see [ Aborting
/// Incomplete Multipart Uploads Using a Bucket Lifecycle
/// Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config)
/// in the *Amazon S3 User Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AbortIncompleteMultipartUpload {
    /// Specifies the number of days after which Amazon S3 aborts an incomplete multipart upload.
    pub days_after_initiation: Option<i32>,
}

/// The output of `AbortMultipartUpload`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AbortMultipartUploadOutput {
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// The input of `AbortMultipartUpload`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AbortMultipartUploadRequest {
    /// The bucket name to which the upload was taking place.
    #[shape(label)]
    pub bucket: String,
    /// Key of the object for which the multipart upload was initiated.
    #[shape(label)]
    pub key: String,
    /// Upload ID that identifies the multipart upload.
    #[shape(query = "uploadId")]
    pub upload_id: String,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// If present, this header aborts an in progress multipart upload only if it was initiated on
    /// the provided timestamp. If the initiated timestamp of the multipart upload does not match
    /// the provided value, the operation returns a `412 Precondition Failed` error. If the
    /// initiated timestamp matches or if the multipart upload doesn’t exist, the operation
    /// returns a `204 Success (No Content)` response.
    #[shape(header = "x-amz-if-match-initiated-time", timestamp = "rfc822")]
    pub if_match_initiated_time: Option<DateTime>,
}

/// Configures the transfer acceleration state for an Amazon S3 bucket. For more information, see
/// [Amazon S3 Transfer
/// Acceleration](https://docs.aws.amazon.com/AmazonS3/latest/dev/transfer-acceleration.html) in the
/// *Amazon S3 User Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AccelerateConfiguration {
    /// Specifies the transfer acceleration status of the bucket.
    pub status: Option<BucketAccelerateStatus>,
}

/// Contains the elements that set the ACL permissions for an object per grantee.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AccessControlPolicy {
    /// A list of grants.
    #[shape(name = "AccessControlList", member = "Grant")]
    pub grants: Option<Vec<Grant>>,
    /// Container for the bucket owner's display name and ID.
    pub owner: Option<Owner>,
}

/// A container for information about access control for replicas.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AccessControlTranslation {
    /// Specifies the replica ownership. For default and valid values, see [PUT bucket
    /// replication](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTreplication.html)
    /// in the *Amazon S3 API Reference*.
    pub owner: OwnerOverride,
}

/// A conjunction (logical AND) of predicates, which is used in evaluating a metrics filter. The
/// operator must have at least two predicates in any combination, and an object must match all of
/// the predicates for the filter to apply.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AnalyticsAndOperator {
    /// The prefix to use when evaluating an AND predicate: The prefix that an object must have to
    /// be included in the metrics results.
    pub prefix: Option<String>,
    /// The list of tags to use when evaluating an AND predicate.
    #[shape(name = "Tag", flattened, member = "Tag")]
    pub tags: Option<Vec<Tag>>,
}

/// Specifies the configuration and any analyses for the analytics filter of an Amazon S3 bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AnalyticsConfiguration {
    /// The ID that identifies the analytics configuration.
    pub id: String,
    /// The filter used to describe a set of objects for analyses. A filter must have exactly one
    /// prefix, one tag, or one conjunction (AnalyticsAndOperator). If no filter is provided, all
    /// objects will be considered in any analysis.
    pub filter: Option<AnalyticsFilter>,
    /// Contains data related to access patterns to be collected and made available to analyze the
    /// tradeoffs between different storage classes.
    pub storage_class_analysis: StorageClassAnalysis,
}

/// Where to publish the analytics results.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AnalyticsExportDestination {
    /// A destination signifying output to an S3 bucket.
    pub s3_bucket_destination: AnalyticsS3BucketDestination,
}

/// The filter used to describe a set of objects for analyses. A filter must have exactly one
/// prefix, one tag, or one conjunction (AnalyticsAndOperator). If no filter is provided, all
/// objects will be considered in any analysis.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AnalyticsFilter {
    /// The prefix to use when evaluating an analytics filter.
    pub prefix: Option<String>,
    /// The tag to use when evaluating an analytics filter.
    pub tag: Option<Tag>,
    /// A conjunction (logical AND) of predicates, which is used in evaluating an analytics filter.
    /// The operator must have at least two predicates.
    pub and: Option<AnalyticsAndOperator>,
}

/// Contains information about where to publish the analytics results.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AnalyticsS3BucketDestination {
    /// Specifies the file format used when exporting data to Amazon S3.
    pub format: AnalyticsS3ExportFileFormat,
    /// The account ID that owns the destination S3 bucket. If no account ID is provided, the owner
    /// is not validated before exporting data.
    pub bucket_account_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the bucket to which data is exported.
    pub bucket: String,
    /// The prefix to use when exporting data. The prefix is prepended to all results.
    pub prefix: Option<String>,
}

/// The model's `AnalyticsS3ExportFileFormat`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AnalyticsS3ExportFileFormat {
    /// `CSV`
    #[default]
    #[shape(name = "CSV")]
    Csv,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ArchiveStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ArchiveStatus {
    /// `ARCHIVE_ACCESS`
    #[default]
    #[shape(name = "ARCHIVE_ACCESS")]
    ArchiveAccess,
    /// `DEEP_ARCHIVE_ACCESS`
    #[shape(name = "DEEP_ARCHIVE_ACCESS")]
    DeepArchiveAccess,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A bucket-level setting for Amazon S3 general purpose buckets used to prevent the upload of new
/// objects encrypted with the specified server-side encryption type. For example, blocking an
/// encryption type will block `PutObject`, `CopyObject`, `PostObject`, multipart upload, and
/// replication requests to the bucket for objects with the specified encryption type. However, you
/// can continue to read and list any pre-existing objects already encrypted with the specified
/// encryption type. For more information, see [Blocking or unblocking SSE-C for a general purpose
/// bucket](https://docs.aws.amazon.com/AmazonS3/latest/userguide/blocking-unblocking-s3-c-encryption-gpb.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BlockedEncryptionTypes {
    /// The object encryption type that you want to block or unblock for an Amazon S3 general
    /// purpose bucket.
    #[shape(flattened, member = "EncryptionType")]
    pub encryption_type: Option<Vec<EncryptionType>>,
}

/// The model's `BucketAbacStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BucketAbacStatus {
    /// `Enabled`
    #[default]
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `BucketAccelerateStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BucketAccelerateStatus {
    /// `Enabled`
    #[default]
    Enabled,
    /// `Suspended`
    Suspended,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `BucketCannedACL`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BucketCannedACL {
    /// `private`
    #[default]
    #[shape(name = "private")]
    Private,
    /// `public-read`
    #[shape(name = "public-read")]
    PublicRead,
    /// `public-read-write`
    #[shape(name = "public-read-write")]
    PublicReadWrite,
    /// `authenticated-read`
    #[shape(name = "authenticated-read")]
    AuthenticatedRead,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Specifies the information about the bucket that will be created. For more information about
/// directory buckets, see [Directory
/// buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-buckets-overview.html)
/// in the *Amazon S3 User Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BucketInfo {
    /// The number of Zone (Availability Zone or Local Zone) that's used for redundancy for the
    /// bucket.
    pub data_redundancy: Option<DataRedundancy>,
    /// The type of bucket.
    pub r#type: Option<BucketType>,
}

/// Specifies the lifecycle configuration for objects in an Amazon S3 bucket. For more information,
/// see [Object Lifecycle
/// Management](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lifecycle-mgmt.html) in the
/// *Amazon S3 User Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "BucketLifecycleConfiguration")]
pub struct BucketLifecycleConfigurationShape {
    /// A lifecycle rule for individual objects in an Amazon S3 bucket.
    #[shape(name = "Rule", flattened)]
    pub rules: Vec<LifecycleRule>,
}

/// The model's `BucketLocationConstraint`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BucketLocationConstraint {
    /// `af-south-1`
    #[default]
    #[shape(name = "af-south-1")]
    AfSouth1,
    /// `ap-east-1`
    #[shape(name = "ap-east-1")]
    ApEast1,
    /// `ap-east-2`
    #[shape(name = "ap-east-2")]
    ApEast2,
    /// `ap-northeast-1`
    #[shape(name = "ap-northeast-1")]
    ApNortheast1,
    /// `ap-northeast-2`
    #[shape(name = "ap-northeast-2")]
    ApNortheast2,
    /// `ap-northeast-3`
    #[shape(name = "ap-northeast-3")]
    ApNortheast3,
    /// `ap-south-1`
    #[shape(name = "ap-south-1")]
    ApSouth1,
    /// `ap-south-2`
    #[shape(name = "ap-south-2")]
    ApSouth2,
    /// `ap-southeast-1`
    #[shape(name = "ap-southeast-1")]
    ApSoutheast1,
    /// `ap-southeast-2`
    #[shape(name = "ap-southeast-2")]
    ApSoutheast2,
    /// `ap-southeast-3`
    #[shape(name = "ap-southeast-3")]
    ApSoutheast3,
    /// `ap-southeast-4`
    #[shape(name = "ap-southeast-4")]
    ApSoutheast4,
    /// `ap-southeast-5`
    #[shape(name = "ap-southeast-5")]
    ApSoutheast5,
    /// `ap-southeast-6`
    #[shape(name = "ap-southeast-6")]
    ApSoutheast6,
    /// `ap-southeast-7`
    #[shape(name = "ap-southeast-7")]
    ApSoutheast7,
    /// `ca-central-1`
    #[shape(name = "ca-central-1")]
    CaCentral1,
    /// `ca-west-1`
    #[shape(name = "ca-west-1")]
    CaWest1,
    /// `cn-north-1`
    #[shape(name = "cn-north-1")]
    CnNorth1,
    /// `cn-northwest-1`
    #[shape(name = "cn-northwest-1")]
    CnNorthwest1,
    /// `EU`
    #[shape(name = "EU")]
    Eu,
    /// `eu-central-1`
    #[shape(name = "eu-central-1")]
    EuCentral1,
    /// `eu-central-2`
    #[shape(name = "eu-central-2")]
    EuCentral2,
    /// `eu-north-1`
    #[shape(name = "eu-north-1")]
    EuNorth1,
    /// `eu-south-1`
    #[shape(name = "eu-south-1")]
    EuSouth1,
    /// `eu-south-2`
    #[shape(name = "eu-south-2")]
    EuSouth2,
    /// `eu-west-1`
    #[shape(name = "eu-west-1")]
    EuWest1,
    /// `eu-west-2`
    #[shape(name = "eu-west-2")]
    EuWest2,
    /// `eu-west-3`
    #[shape(name = "eu-west-3")]
    EuWest3,
    /// `il-central-1`
    #[shape(name = "il-central-1")]
    IlCentral1,
    /// `me-central-1`
    #[shape(name = "me-central-1")]
    MeCentral1,
    /// `me-south-1`
    #[shape(name = "me-south-1")]
    MeSouth1,
    /// `mx-central-1`
    #[shape(name = "mx-central-1")]
    MxCentral1,
    /// `sa-east-1`
    #[shape(name = "sa-east-1")]
    SaEast1,
    /// `us-east-2`
    #[shape(name = "us-east-2")]
    UsEast2,
    /// `us-gov-east-1`
    #[shape(name = "us-gov-east-1")]
    UsGovEast1,
    /// `us-gov-west-1`
    #[shape(name = "us-gov-west-1")]
    UsGovWest1,
    /// `us-west-1`
    #[shape(name = "us-west-1")]
    UsWest1,
    /// `us-west-2`
    #[shape(name = "us-west-2")]
    UsWest2,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Container for logging status information.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BucketLoggingStatus {
    /// Describes where logs are stored and the prefix that Amazon S3 assigns to all log object keys
    /// for a bucket. For more information, see [PUT Bucket
    /// logging](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTlogging.html) in the
    /// *Amazon S3 API Reference*.
    pub logging_enabled: Option<LoggingEnabled>,
}

/// The model's `BucketLogsPermission`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BucketLogsPermission {
    /// `FULL_CONTROL`
    #[default]
    #[shape(name = "FULL_CONTROL")]
    FullControl,
    /// `READ`
    #[shape(name = "READ")]
    Read,
    /// `WRITE`
    #[shape(name = "WRITE")]
    Write,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `BucketNamespace`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BucketNamespace {
    /// `account-regional`
    #[default]
    #[shape(name = "account-regional")]
    AccountRegional,
    /// `global`
    #[shape(name = "global")]
    Global,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// In terms of implementation, a Bucket is a resource.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Bucket")]
pub struct BucketShape {
    /// The name of the bucket.
    pub name: Option<String>,
    /// Date the bucket was created. This date can change when making changes to your bucket, such
    /// as editing its bucket policy.
    pub creation_date: Option<DateTime>,
    /// `BucketRegion` indicates the Amazon Web Services region where the bucket is located. If the
    /// request contains at least one valid parameter, it is included in the response.
    pub bucket_region: Option<String>,
    /// The Amazon Resource Name (ARN) of the S3 bucket. ARNs uniquely identify Amazon Web Services
    /// resources across all of Amazon Web Services.
    pub bucket_arn: Option<String>,
}

/// The model's `BucketType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BucketType {
    /// `Directory`
    #[default]
    Directory,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `BucketVersioningStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BucketVersioningStatus {
    /// `Enabled`
    #[default]
    Enabled,
    /// `Suspended`
    Suspended,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Describes the cross-origin access configuration for objects in an Amazon S3 bucket. For more
/// information, see [Enabling Cross-Origin Resource
/// Sharing](https://docs.aws.amazon.com/AmazonS3/latest/dev/cors.html) in the *Amazon S3 User
/// Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CORSConfiguration {
    /// A set of origins and methods (cross-origin access that you want to allow). You can add up to
    /// 100 rules to the configuration.
    #[shape(name = "CORSRule", flattened)]
    pub cors_rules: Vec<CORSRule>,
}

/// Specifies a cross-origin access rule for an Amazon S3 bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CORSRule {
    /// Unique identifier for the rule. The value cannot be longer than 255 characters.
    #[shape(name = "ID")]
    pub id: Option<String>,
    /// Headers that are specified in the `Access-Control-Request-Headers` header. These headers are
    /// allowed in a preflight OPTIONS request. In response to any preflight OPTIONS request, Amazon
    /// S3 returns any requested headers that are allowed.
    #[shape(name = "AllowedHeader", flattened)]
    pub allowed_headers: Option<Vec<String>>,
    /// An HTTP method that you allow the origin to execute. Valid values are `GET`, `PUT`, `HEAD`,
    /// `POST`, and `DELETE`.
    #[shape(name = "AllowedMethod", flattened)]
    pub allowed_methods: Vec<String>,
    /// One or more origins you want customers to be able to access the bucket from.
    #[shape(name = "AllowedOrigin", flattened)]
    pub allowed_origins: Vec<String>,
    /// One or more headers in the response that you want customers to be able to access from their
    /// applications (for example, from a JavaScript `XMLHttpRequest` object).
    #[shape(name = "ExposeHeader", flattened)]
    pub expose_headers: Option<Vec<String>>,
    /// The time in seconds that your browser is to cache the preflight response for the specified
    /// resource.
    pub max_age_seconds: Option<i32>,
}

/// Describes how an uncompressed comma-separated values (CSV)-formatted input object is formatted.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CSVInput {
    /// Describes the first line of input. Valid values are:
    pub file_header_info: Option<FileHeaderInfo>,
    /// A single character used to indicate that a row should be ignored when the character is
    /// present at the start of that row. You can specify any character to indicate a comment line.
    /// The default character is `#`.
    pub comments: Option<String>,
    /// A single character used for escaping the quotation mark character inside an already escaped
    /// value. For example, the value `""" a , b """` is parsed as `" a , b "`.
    pub quote_escape_character: Option<String>,
    /// A single character used to separate individual records in the input. Instead of the default
    /// value, you can specify an arbitrary delimiter.
    pub record_delimiter: Option<String>,
    /// A single character used to separate individual fields in a record. You can specify an
    /// arbitrary delimiter.
    pub field_delimiter: Option<String>,
    /// A single character used for escaping when the field delimiter is part of the value. For
    /// example, if the value is `a, b`, Amazon S3 wraps this field value in quotation marks, as
    /// follows: `" a , b "`.
    pub quote_character: Option<String>,
    /// Specifies that CSV field values may contain quoted record delimiters and such records should
    /// be allowed. Default value is FALSE. Setting this value to TRUE may lower performance.
    pub allow_quoted_record_delimiter: Option<bool>,
}

/// Describes how uncompressed comma-separated values (CSV)-formatted results are formatted.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CSVOutput {
    /// Indicates whether to use quotation marks around output fields.
    pub quote_fields: Option<QuoteFields>,
    /// The single character used for escaping the quote character inside an already escaped value.
    pub quote_escape_character: Option<String>,
    /// A single character used to separate individual records in the output. Instead of the default
    /// value, you can specify an arbitrary delimiter.
    pub record_delimiter: Option<String>,
    /// The value used to separate individual fields in a record. You can specify an arbitrary
    /// delimiter.
    pub field_delimiter: Option<String>,
    /// A single character used for escaping when the field delimiter is part of the value. For
    /// example, if the value is `a, b`, Amazon S3 wraps this field value in quotation marks, as
    /// follows: `" a , b "`.
    pub quote_character: Option<String>,
}

/// Contains all the possible checksum or digest values for an object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Checksum {
    /// The Base64 encoded, 32-bit `CRC32 checksum` of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use an API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use an API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32C")]
    pub checksum_crc32_c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. This checksum is present if
    /// the object was uploaded with the `CRC64NVME` checksum algorithm, or if the object was
    /// uploaded without a checksum (and Amazon S3 added the default checksum, `CRC64NVME`, to the
    /// uploaded object). For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC64NVME")]
    pub checksum_crc64_nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use the API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use an API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the object. This checksum is present if the
    /// object was uploaded with the `SHA512` checksum algorithm. For more information, see
    /// [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the object. This checksum is present if the
    /// object was uploaded with the `MD5` checksum algorithm. For more information, see [Checking
    /// object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumMD5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the object. This checksum is present if
    /// the object was uploaded with the `XXHASH64` checksum algorithm. For more information, see
    /// [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the object. This checksum is present if the
    /// object was uploaded with the `XXHASH3` checksum algorithm. For more information, see
    /// [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the object. This checksum is present if
    /// the object was uploaded with the `XXHASH128` checksum algorithm. For more information, see
    /// [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH128")]
    pub checksum_xxhash128: Option<String>,
    /// The checksum type that is used to calculate the object’s checksum value. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    pub checksum_type: Option<ChecksumType>,
}

/// The model's `ChecksumAlgorithm`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ChecksumAlgorithm {
    /// `CRC32`
    #[default]
    #[shape(name = "CRC32")]
    Crc32,
    /// `CRC32C`
    #[shape(name = "CRC32C")]
    Crc32c,
    /// `SHA1`
    #[shape(name = "SHA1")]
    Sha1,
    /// `SHA256`
    #[shape(name = "SHA256")]
    Sha256,
    /// `CRC64NVME`
    #[shape(name = "CRC64NVME")]
    Crc64nvme,
    /// `SHA512`
    #[shape(name = "SHA512")]
    Sha512,
    /// `MD5`
    #[shape(name = "MD5")]
    Md5,
    /// `XXHASH64`
    #[shape(name = "XXHASH64")]
    Xxhash64,
    /// `XXHASH3`
    #[shape(name = "XXHASH3")]
    Xxhash3,
    /// `XXHASH128`
    #[shape(name = "XXHASH128")]
    Xxhash128,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ChecksumMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ChecksumMode {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ChecksumType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ChecksumType {
    /// `COMPOSITE`
    #[default]
    #[shape(name = "COMPOSITE")]
    Composite,
    /// `FULL_OBJECT`
    #[shape(name = "FULL_OBJECT")]
    FullObject,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Container for specifying the Lambda notification configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CloudFunctionConfiguration {
    /// An optional unique identifier for configurations in a notification configuration. If you
    /// don't provide one, Amazon S3 will assign an ID.
    pub id: Option<String>,
    /// Bucket events for which to send notifications.
    #[shape(name = "Event", flattened)]
    pub events: Option<Vec<Event>>,
    /// Lambda cloud function ARN that Amazon S3 can invoke when it detects events of the specified
    /// type.
    pub cloud_function: Option<String>,
    /// The role supporting the invocation of the Lambda function
    pub invocation_role: Option<String>,
}

/// Container for all (if there are any) keys between Prefix and the next occurrence of the string
/// specified by a delimiter. CommonPrefixes lists keys that act like subdirectories in the
/// directory specified by Prefix. For example, if the prefix is notes/ and the delimiter is a slash
/// (/) as in notes/summer/july, the common prefix is notes/summer/.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CommonPrefix {
    /// Container for the specified common prefix.
    pub prefix: Option<String>,
}

/// The output of `CompleteMultipartUpload`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CompleteMultipartUploadOutput {
    /// The URI that identifies the newly created object.
    pub location: Option<String>,
    /// The name of the bucket that contains the newly created object. Does not return the access
    /// point ARN or access point alias if used.
    pub bucket: Option<String>,
    /// The object key of the newly created object.
    pub key: Option<String>,
    /// If the object expiration is configured, this will contain the expiration date
    /// (`expiry-date`) and rule ID (`rule-id`). The value of `rule-id` is URL-encoded.
    #[shape(header = "x-amz-expiration")]
    pub expiration: Option<String>,
    /// Entity tag that identifies the newly created object's data. Objects with different object
    /// data will have different entity tags. The entity tag is an opaque string. The entity tag may
    /// or may not be an MD5 digest of the object data. If the entity tag is not an MD5 digest of
    /// the object data, it will contain one or more nonhexadecimal characters and/or will consist
    /// of less than 32 or more than 32 hexadecimal digits. For more information about how the
    /// entity tag is calculated, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    pub e_tag: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32 checksum` of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use an API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use an API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32C")]
    pub checksum_crc32_c: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 64-bit
    /// `CRC64NVME` checksum of the object. The `CRC64NVME` checksum is always a full object
    /// checksum. For more information, see [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumCRC64NVME")]
    pub checksum_crc64_nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use the API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use an API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumSHA512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the object. For more information, see [Checking
    /// object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumMD5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH128")]
    pub checksum_xxhash128: Option<String>,
    /// The checksum type, which determines how part-level checksums are combined to create an
    /// object-level checksum for multipart objects. You can use this header as a data integrity
    /// check to verify that the checksum type that is received is the same checksum type that was
    /// specified during the `CreateMultipartUpload` request. For more information, see [Checking
    /// object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_type: Option<ChecksumType>,
    /// The server-side encryption algorithm used when storing this object in Amazon S3.
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// Version ID of the newly created object, in case the bucket has versioning turned on.
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    /// Indicates whether the multipart upload uses an S3 Bucket Key for server-side encryption with
    /// Key Management Service (KMS) keys (SSE-KMS).
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

impl ::std::fmt::Debug for CompleteMultipartUploadOutput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CompleteMultipartUploadOutput")
            .field("location", &self.location)
            .field("bucket", &self.bucket)
            .field("key", &self.key)
            .field("expiration", &self.expiration)
            .field("e_tag", &self.e_tag)
            .field("checksum_crc32", &self.checksum_crc32)
            .field("checksum_crc32_c", &self.checksum_crc32_c)
            .field("checksum_crc64_nvme", &self.checksum_crc64_nvme)
            .field("checksum_sha1", &self.checksum_sha1)
            .field("checksum_sha256", &self.checksum_sha256)
            .field("checksum_sha512", &self.checksum_sha512)
            .field("checksum_md5", &self.checksum_md5)
            .field("checksum_xxhash64", &self.checksum_xxhash64)
            .field("checksum_xxhash3", &self.checksum_xxhash3)
            .field("checksum_xxhash128", &self.checksum_xxhash128)
            .field("checksum_type", &self.checksum_type)
            .field("server_side_encryption", &self.server_side_encryption)
            .field("version_id", &self.version_id)
            .field(
                "ssekms_key_id",
                &self.ssekms_key_id.as_ref().map(|_| "** redacted **"),
            )
            .field("bucket_key_enabled", &self.bucket_key_enabled)
            .field("request_charged", &self.request_charged)
            .finish()
    }
}

/// The input of `CompleteMultipartUpload`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CompleteMultipartUploadRequest {
    /// Name of the bucket to which the multipart upload was initiated.
    #[shape(label)]
    pub bucket: String,
    /// Object key for which the multipart upload was initiated.
    #[shape(label)]
    pub key: String,
    /// The container for the multipart upload request information.
    #[shape(
        name = "CompleteMultipartUpload",
        payload,
        xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/"
    )]
    pub multipart_upload: Option<CompletedMultipartUpload>,
    /// ID for the initiated multipart upload.
    #[shape(query = "uploadId")]
    pub upload_id: String,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32`
    /// checksum of the object. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32", header = "x-amz-checksum-crc32")]
    pub checksum_crc32: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 32-bit
    /// `CRC32C` checksum of the object. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32C", header = "x-amz-checksum-crc32c")]
    pub checksum_crc32_c: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 64-bit
    /// `CRC64NVME` checksum of the object. The `CRC64NVME` checksum is always a full object
    /// checksum. For more information, see [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumCRC64NVME", header = "x-amz-checksum-crc64nvme")]
    pub checksum_crc64_nvme: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 160-bit `SHA1`
    /// digest of the object. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA1", header = "x-amz-checksum-sha1")]
    pub checksum_sha1: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 256-bit
    /// `SHA256` digest of the object. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA256", header = "x-amz-checksum-sha256")]
    pub checksum_sha256: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 512-bit
    /// `SHA512` digest of the object. For more information, see [Checking object integrity in the
    /// Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumSHA512", header = "x-amz-checksum-sha512")]
    pub checksum_sha512: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 128-bit `MD5`
    /// digest of the object. For more information, see [Checking object integrity in the Amazon S3
    /// User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumMD5", header = "x-amz-checksum-md5")]
    pub checksum_md5: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 64-bit
    /// `XXHASH64` checksum of the object. For more information, see [Checking object integrity in
    /// the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH64", header = "x-amz-checksum-xxhash64")]
    pub checksum_xxhash64: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 64-bit
    /// `XXHASH3` checksum of the object. For more information, see [Checking object integrity in
    /// the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH3", header = "x-amz-checksum-xxhash3")]
    pub checksum_xxhash3: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 128-bit
    /// `XXHASH128` checksum of the object. For more information, see [Checking object integrity in
    /// the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH128", header = "x-amz-checksum-xxhash128")]
    pub checksum_xxhash128: Option<String>,
    /// This header specifies the checksum type of the object, which determines how part-level
    /// checksums are combined to create an object-level checksum for multipart objects. You can use
    /// this header as a data integrity check to verify that the checksum type that is received is
    /// the same checksum that was specified. If the checksum type doesn’t match the checksum type
    /// that was specified for the object during the `CreateMultipartUpload` request, it’ll result
    /// in a `BadDigest` error. For more information, see Checking object integrity in the Amazon S3
    /// User Guide.
    #[shape(header = "x-amz-checksum-type")]
    pub checksum_type: Option<ChecksumType>,
    /// The expected total object size of the multipart upload request. If there’s a mismatch
    /// between the specified object size value and the actual object size value, it results in an
    /// `HTTP 400 InvalidRequest` error.
    #[shape(header = "x-amz-mp-object-size")]
    pub mpu_object_size: Option<i64>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Uploads the object only if the ETag (entity tag) value provided during the WRITE operation
    /// matches the ETag of the object in S3. If the ETag values do not match, the operation returns
    /// a `412 Precondition Failed` error.
    #[shape(header = "If-Match")]
    pub if_match: Option<String>,
    /// Uploads the object only if the object key name does not already exist in the bucket
    /// specified. Otherwise, Amazon S3 returns a `412 Precondition Failed` error.
    #[shape(header = "If-None-Match")]
    pub if_none_match: Option<String>,
    /// The server-side encryption (SSE) algorithm used to encrypt the object. This parameter is
    /// required only when the object was created using a checksum algorithm or if your bucket
    /// policy requires the use of SSE-C. For more information, see [Protecting data using SSE-C
    /// keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html#ssec-require-condition-key)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// The server-side encryption (SSE) customer managed key. This parameter is needed only when
    /// the object was created using a checksum algorithm. For more information, see [Protecting
    /// data using SSE-C
    /// keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "SSECustomerKey",
        header = "x-amz-server-side-encryption-customer-key"
    )]
    pub sse_customer_key: Option<String>,
    /// The MD5 server-side encryption (SSE) customer managed key. This parameter is needed only
    /// when the object was created using a checksum algorithm. For more information, see
    /// [Protecting data using SSE-C
    /// keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
}

impl ::std::fmt::Debug for CompleteMultipartUploadRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CompleteMultipartUploadRequest")
            .field("bucket", &self.bucket)
            .field("key", &self.key)
            .field("multipart_upload", &self.multipart_upload)
            .field("upload_id", &self.upload_id)
            .field("checksum_crc32", &self.checksum_crc32)
            .field("checksum_crc32_c", &self.checksum_crc32_c)
            .field("checksum_crc64_nvme", &self.checksum_crc64_nvme)
            .field("checksum_sha1", &self.checksum_sha1)
            .field("checksum_sha256", &self.checksum_sha256)
            .field("checksum_sha512", &self.checksum_sha512)
            .field("checksum_md5", &self.checksum_md5)
            .field("checksum_xxhash64", &self.checksum_xxhash64)
            .field("checksum_xxhash3", &self.checksum_xxhash3)
            .field("checksum_xxhash128", &self.checksum_xxhash128)
            .field("checksum_type", &self.checksum_type)
            .field("mpu_object_size", &self.mpu_object_size)
            .field("request_payer", &self.request_payer)
            .field("expected_bucket_owner", &self.expected_bucket_owner)
            .field("if_match", &self.if_match)
            .field("if_none_match", &self.if_none_match)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field(
                "sse_customer_key",
                &self.sse_customer_key.as_ref().map(|_| "** redacted **"),
            )
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .finish()
    }
}

/// The container for the completed multipart upload details.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CompletedMultipartUpload {
    /// Array of CompletedPart data types.
    #[shape(name = "Part", flattened)]
    pub parts: Option<Vec<CompletedPart>>,
}

/// Details of the parts that were uploaded.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CompletedPart {
    /// Entity tag returned when the part was uploaded.
    pub e_tag: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `CRC32` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `CRC32C` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32C")]
    pub checksum_crc32_c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `CRC64NVME` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC64NVME")]
    pub checksum_crc64_nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `SHA1` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `SHA256` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the part. This checksum is present if the
    /// multipart upload request was created with the `SHA512` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the part. This checksum is present if the
    /// multipart upload request was created with the `MD5` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumMD5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `XXHASH64` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `XXHASH3` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the part. This checksum is present if
    /// the multipart upload request was created with the `XXHASH128` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH128")]
    pub checksum_xxhash128: Option<String>,
    /// Part number that identifies the part. This is a positive integer between 1 and 10,000.
    pub part_number: Option<i32>,
}

/// The model's `CompressionType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CompressionType {
    /// `NONE`
    #[default]
    #[shape(name = "NONE")]
    None,
    /// `GZIP`
    #[shape(name = "GZIP")]
    Gzip,
    /// `BZIP2`
    #[shape(name = "BZIP2")]
    Bzip2,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A container for describing a condition that must be met for the specified redirect to apply. For
/// example, 1. If request is for pages in the `/docs` folder, redirect to the `/documents` folder.
/// 2. If request results in HTTP error 4xx, redirect request to another host where you might
/// process the error.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Condition {
    /// The HTTP error code when the redirect is applied. In the event of an error, if the error
    /// code equals this value, then the specified redirect is applied. Required when parent element
    /// `Condition` is specified and sibling `KeyPrefixEquals` is not specified. If both are
    /// specified, then both must be true for the redirect to be applied.
    pub http_error_code_returned_equals: Option<String>,
    /// The object key name prefix when the redirect is applied. For example, to redirect requests
    /// for `ExamplePage.html`, the key prefix will be `ExamplePage.html`. To redirect request for
    /// all pages with the prefix `docs/`, the key prefix will be `/docs`, which identifies all
    /// objects in the `docs/` folder. Required when the parent element `Condition` is specified and
    /// sibling `HttpErrorCodeReturnedEquals` is not specified. If both conditions are specified,
    /// both must be true for the redirect to be applied.
    pub key_prefix_equals: Option<String>,
}

/// The model's `ContinuationEvent`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContinuationEvent {}

/// The output of `CopyObject`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CopyObjectOutput {
    /// Container for all response elements.
    #[shape(payload)]
    pub copy_object_result: Option<CopyObjectResult>,
    /// If the object expiration is configured, the response includes this header.
    #[shape(header = "x-amz-expiration")]
    pub expiration: Option<String>,
    /// Version ID of the source object that was copied.
    #[shape(header = "x-amz-copy-source-version-id")]
    pub copy_source_version_id: Option<String>,
    /// Version ID of the newly created copy.
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon
    /// FSx.
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to confirm the encryption algorithm that's used.
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to provide the round-trip message integrity verification
    /// of the customer-provided encryption key.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    /// If present, indicates the Amazon Web Services KMS Encryption Context to use for object
    /// encryption. The value of this header is a Base64 encoded UTF-8 string holding JSON with the
    /// encryption context key-value pairs.
    #[shape(
        name = "SSEKMSEncryptionContext",
        header = "x-amz-server-side-encryption-context"
    )]
    pub ssekms_encryption_context: Option<String>,
    /// Indicates whether the copied object uses an S3 Bucket Key for server-side encryption with
    /// Key Management Service (KMS) keys (SSE-KMS).
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

impl ::std::fmt::Debug for CopyObjectOutput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CopyObjectOutput")
            .field("copy_object_result", &self.copy_object_result)
            .field("expiration", &self.expiration)
            .field("copy_source_version_id", &self.copy_source_version_id)
            .field("version_id", &self.version_id)
            .field("server_side_encryption", &self.server_side_encryption)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .field(
                "ssekms_key_id",
                &self.ssekms_key_id.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "ssekms_encryption_context",
                &self
                    .ssekms_encryption_context
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field("bucket_key_enabled", &self.bucket_key_enabled)
            .field("request_charged", &self.request_charged)
            .finish()
    }
}

/// The input of `CopyObject`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CopyObjectRequest {
    /// The canned access control list (ACL) to apply to the object.
    #[shape(name = "ACL", header = "x-amz-acl")]
    pub acl: Option<ObjectCannedACL>,
    /// The name of the destination bucket.
    #[shape(label)]
    pub bucket: String,
    /// Specifies the caching behavior along the request/reply chain.
    #[shape(header = "Cache-Control")]
    pub cache_control: Option<String>,
    /// Indicates the algorithm that you want Amazon S3 to use to create the checksum for the
    /// object. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Specifies presentational information for the object. Indicates whether an object should be
    /// displayed in a web browser or downloaded as a file. It allows specifying the desired
    /// filename for the downloaded file.
    #[shape(header = "Content-Disposition")]
    pub content_disposition: Option<String>,
    /// Specifies what content encodings have been applied to the object and thus what decoding
    /// mechanisms must be applied to obtain the media-type referenced by the Content-Type header
    /// field.
    #[shape(header = "Content-Encoding")]
    pub content_encoding: Option<String>,
    /// The language the content is in.
    #[shape(header = "Content-Language")]
    pub content_language: Option<String>,
    /// A standard MIME type that describes the format of the object data.
    #[shape(header = "Content-Type")]
    pub content_type: Option<String>,
    /// Specifies the source object for the copy operation. The source object can be up to 5 GB. If
    /// the source object is an object that was uploaded by using a multipart upload, the object
    /// copy will be a single part object after the source object is copied to the destination
    /// bucket.
    #[shape(header = "x-amz-copy-source")]
    pub copy_source: String,
    /// Copies the object if its entity tag (ETag) matches the specified tag.
    #[shape(header = "x-amz-copy-source-if-match")]
    pub copy_source_if_match: Option<String>,
    /// Copies the object if it has been modified since the specified time.
    #[shape(header = "x-amz-copy-source-if-modified-since")]
    pub copy_source_if_modified_since: Option<DateTime>,
    /// Copies the object if its entity tag (ETag) is different than the specified ETag.
    #[shape(header = "x-amz-copy-source-if-none-match")]
    pub copy_source_if_none_match: Option<String>,
    /// Copies the object if it hasn't been modified since the specified time.
    #[shape(header = "x-amz-copy-source-if-unmodified-since")]
    pub copy_source_if_unmodified_since: Option<DateTime>,
    /// The date and time at which the object is no longer cacheable.
    #[shape(header = "Expires")]
    pub expires: Option<String>,
    /// Gives the grantee READ, READ\_ACP, and WRITE\_ACP permissions on the object.
    #[shape(header = "x-amz-grant-full-control")]
    pub grant_full_control: Option<String>,
    /// Allows grantee to read the object data and its metadata.
    #[shape(header = "x-amz-grant-read")]
    pub grant_read: Option<String>,
    /// Allows grantee to read the object ACL.
    #[shape(name = "GrantReadACP", header = "x-amz-grant-read-acp")]
    pub grant_read_acp: Option<String>,
    /// Allows grantee to write the ACL for the applicable object.
    #[shape(name = "GrantWriteACP", header = "x-amz-grant-write-acp")]
    pub grant_write_acp: Option<String>,
    /// Copies the object if the entity tag (ETag) of the destination object matches the specified
    /// tag. If the ETag values do not match, the operation returns a `412 Precondition Failed`
    /// error. If a concurrent operation occurs during the upload S3 returns a `409
    /// ConditionalRequestConflict` response. On a 409 failure you should fetch the object's ETag
    /// and retry the upload.
    #[shape(header = "If-Match")]
    pub if_match: Option<String>,
    /// Copies the object only if the object key name at the destination does not already exist in
    /// the bucket specified. Otherwise, Amazon S3 returns a `412 Precondition Failed` error. If a
    /// concurrent operation occurs during the upload S3 returns a `409 ConditionalRequestConflict`
    /// response. On a 409 failure you should retry the upload.
    #[shape(header = "If-None-Match")]
    pub if_none_match: Option<String>,
    /// The key of the destination object.
    #[shape(label)]
    pub key: String,
    /// A map of metadata to store with the object in S3.
    #[shape(prefix_headers = "x-amz-meta-")]
    pub metadata: Option<HashMap<String, String>>,
    /// Specifies whether the metadata is copied from the source object or replaced with metadata
    /// that's provided in the request. When copying an object, you can preserve all metadata (the
    /// default) or specify new metadata. If this header isn’t specified, `COPY` is the default
    /// behavior.
    #[shape(header = "x-amz-metadata-directive")]
    pub metadata_directive: Option<MetadataDirective>,
    /// Specifies whether the object tag-set is copied from the source object or replaced with the
    /// tag-set that's provided in the request.
    #[shape(header = "x-amz-tagging-directive")]
    pub tagging_directive: Option<TaggingDirective>,
    /// The server-side encryption algorithm used when storing this object in Amazon S3.
    /// Unrecognized or unsupported values won’t write a destination object and will receive a
    /// `400 Bad Request` response.
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// If the `x-amz-storage-class` header is not used, the copied object will be stored in the
    /// `STANDARD` Storage Class by default. The `STANDARD` storage class provides high durability
    /// and high availability. Depending on performance needs, you can specify a different Storage
    /// Class.
    #[shape(header = "x-amz-storage-class")]
    pub storage_class: Option<StorageClass>,
    /// If the destination bucket is configured as a website, redirects requests for this object
    /// copy to another object in the same bucket or to an external URL. Amazon S3 stores the value
    /// of this header in the object metadata. This value is unique to each object and is not copied
    /// when using the `x-amz-metadata-directive` header. Instead, you may opt to provide this
    /// header in combination with the `x-amz-metadata-directive` header.
    #[shape(header = "x-amz-website-redirect-location")]
    pub website_redirect_location: Option<String>,
    /// Specifies the algorithm to use when encrypting the object (for example, `AES256`).
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This
    /// value is used to store the object and then it is discarded. Amazon S3 does not store the
    /// encryption key. The key must be appropriate for use with the algorithm specified in the
    /// `x-amz-server-side-encryption-customer-algorithm` header.
    #[shape(
        name = "SSECustomerKey",
        header = "x-amz-server-side-encryption-customer-key"
    )]
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses
    /// this header for a message integrity check to ensure that the encryption key was transmitted
    /// without error.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    /// Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption. All
    /// GET and PUT requests for an object protected by KMS will fail if they're not made via SSL or
    /// using SigV4. For information about configuring any of the officially supported Amazon Web
    /// Services SDKs and Amazon Web Services CLI, see [Specifying the Signature Version in Request
    /// Authentication](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingAWSSDK.html#specify-signature-version)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    /// Specifies the Amazon Web Services KMS Encryption Context as an additional encryption context
    /// to use for the destination object encryption. The value of this header is a base64-encoded
    /// UTF-8 string holding JSON with the encryption context key-value pairs.
    #[shape(
        name = "SSEKMSEncryptionContext",
        header = "x-amz-server-side-encryption-context"
    )]
    pub ssekms_encryption_context: Option<String>,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with
    /// server-side encryption using Key Management Service (KMS) keys (SSE-KMS). If a target object
    /// uses SSE-KMS, you can enable an S3 Bucket Key for the object.
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// Specifies the algorithm to use when decrypting the source object (for example, `AES256`).
    #[shape(
        name = "CopySourceSSECustomerAlgorithm",
        header = "x-amz-copy-source-server-side-encryption-customer-algorithm"
    )]
    pub copy_source_sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use to decrypt the source
    /// object. The encryption key provided in this header must be the same one that was used when
    /// the source object was created.
    #[shape(
        name = "CopySourceSSECustomerKey",
        header = "x-amz-copy-source-server-side-encryption-customer-key"
    )]
    pub copy_source_sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses
    /// this header for a message integrity check to ensure that the encryption key was transmitted
    /// without error.
    #[shape(
        name = "CopySourceSSECustomerKeyMD5",
        header = "x-amz-copy-source-server-side-encryption-customer-key-MD5"
    )]
    pub copy_source_sse_customer_key_md5: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The tag-set for the object copy in the destination bucket. This value must be used in
    /// conjunction with the `x-amz-tagging-directive` if you choose `REPLACE` for the
    /// `x-amz-tagging-directive`. If you choose `COPY` for the `x-amz-tagging-directive`, you don't
    /// need to set the `x-amz-tagging` header, because the tag-set will be copied from the source
    /// object directly. The tag-set must be encoded as URL Query parameters.
    #[shape(header = "x-amz-tagging")]
    pub tagging: Option<String>,
    /// The Object Lock mode that you want to apply to the object copy.
    #[shape(header = "x-amz-object-lock-mode")]
    pub object_lock_mode: Option<ObjectLockMode>,
    /// The date and time when you want the Object Lock of the object copy to expire.
    #[shape(header = "x-amz-object-lock-retain-until-date", timestamp = "iso8601")]
    pub object_lock_retain_until_date: Option<DateTime>,
    /// Specifies whether you want to apply a legal hold to the object copy.
    #[shape(header = "x-amz-object-lock-legal-hold")]
    pub object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
    /// The account ID of the expected destination bucket owner. If the account ID that you provide
    /// does not match the actual owner of the destination bucket, the request fails with the HTTP
    /// status code `403 Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// The account ID of the expected source bucket owner. If the account ID that you provide does
    /// not match the actual owner of the source bucket, the request fails with the HTTP status code
    /// `403 Forbidden` (access denied).
    #[shape(header = "x-amz-source-expected-bucket-owner")]
    pub expected_source_bucket_owner: Option<String>,
}

impl ::std::fmt::Debug for CopyObjectRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CopyObjectRequest")
            .field("acl", &self.acl)
            .field("bucket", &self.bucket)
            .field("cache_control", &self.cache_control)
            .field("checksum_algorithm", &self.checksum_algorithm)
            .field("content_disposition", &self.content_disposition)
            .field("content_encoding", &self.content_encoding)
            .field("content_language", &self.content_language)
            .field("content_type", &self.content_type)
            .field("copy_source", &self.copy_source)
            .field("copy_source_if_match", &self.copy_source_if_match)
            .field(
                "copy_source_if_modified_since",
                &self.copy_source_if_modified_since,
            )
            .field("copy_source_if_none_match", &self.copy_source_if_none_match)
            .field(
                "copy_source_if_unmodified_since",
                &self.copy_source_if_unmodified_since,
            )
            .field("expires", &self.expires)
            .field("grant_full_control", &self.grant_full_control)
            .field("grant_read", &self.grant_read)
            .field("grant_read_acp", &self.grant_read_acp)
            .field("grant_write_acp", &self.grant_write_acp)
            .field("if_match", &self.if_match)
            .field("if_none_match", &self.if_none_match)
            .field("key", &self.key)
            .field("metadata", &self.metadata)
            .field("metadata_directive", &self.metadata_directive)
            .field("tagging_directive", &self.tagging_directive)
            .field("server_side_encryption", &self.server_side_encryption)
            .field("storage_class", &self.storage_class)
            .field("website_redirect_location", &self.website_redirect_location)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field(
                "sse_customer_key",
                &self.sse_customer_key.as_ref().map(|_| "** redacted **"),
            )
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .field(
                "ssekms_key_id",
                &self.ssekms_key_id.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "ssekms_encryption_context",
                &self
                    .ssekms_encryption_context
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field("bucket_key_enabled", &self.bucket_key_enabled)
            .field(
                "copy_source_sse_customer_algorithm",
                &self.copy_source_sse_customer_algorithm,
            )
            .field(
                "copy_source_sse_customer_key",
                &self
                    .copy_source_sse_customer_key
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field(
                "copy_source_sse_customer_key_md5",
                &self.copy_source_sse_customer_key_md5,
            )
            .field("request_payer", &self.request_payer)
            .field("tagging", &self.tagging)
            .field("object_lock_mode", &self.object_lock_mode)
            .field(
                "object_lock_retain_until_date",
                &self.object_lock_retain_until_date,
            )
            .field(
                "object_lock_legal_hold_status",
                &self.object_lock_legal_hold_status,
            )
            .field("expected_bucket_owner", &self.expected_bucket_owner)
            .field(
                "expected_source_bucket_owner",
                &self.expected_source_bucket_owner,
            )
            .finish()
    }
}

/// Container for all response elements.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CopyObjectResult {
    /// Returns the ETag of the new object. The ETag reflects only changes to the contents of an
    /// object, not its metadata.
    pub e_tag: Option<String>,
    /// Creation date of the object.
    pub last_modified: Option<DateTime>,
    /// The checksum type that is used to calculate the object’s checksum value. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    pub checksum_type: Option<ChecksumType>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the object. This checksum is only present if
    /// the object was uploaded with the object. For more information, see [ Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if
    /// the checksum was uploaded with the object. For more information, see [ Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32C")]
    pub checksum_crc32_c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. This checksum is present if
    /// the object being copied was uploaded with the `CRC64NVME` checksum algorithm, or if the
    /// object was uploaded without a checksum (and Amazon S3 added the default checksum,
    /// `CRC64NVME`, to the uploaded object). For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC64NVME")]
    pub checksum_crc64_nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This checksum is only present if
    /// the checksum was uploaded with the object. For more information, see [ Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This checksum is only present if
    /// the checksum was uploaded with the object. For more information, see [ Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the object. This checksum is only present if
    /// the object was uploaded with the `SHA512` checksum algorithm. For more information, see
    /// [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the object. This checksum is only present if the
    /// object was uploaded with the `MD5` checksum algorithm. For more information, see [Checking
    /// object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumMD5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the object. This checksum is only present
    /// if the object was uploaded with the `XXHASH64` checksum algorithm. For more information, see
    /// [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the object. This checksum is only present
    /// if the object was uploaded with the `XXHASH3` checksum algorithm. For more information, see
    /// [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the object. This checksum is only
    /// present if the object was uploaded with the `XXHASH128` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH128")]
    pub checksum_xxhash128: Option<String>,
}

/// Container for all response elements.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CopyPartResult {
    /// Entity tag of the object.
    pub e_tag: Option<String>,
    /// Date and time at which the object was uploaded.
    pub last_modified: Option<DateTime>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `CRC32` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `CRC32C` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32C")]
    pub checksum_crc32_c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `CRC64NVME` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC64NVME")]
    pub checksum_crc64_nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the part. This checksum is present if the
    /// multipart upload request was created with the `SHA1` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the part. This checksum is present if the
    /// multipart upload request was created with the `SHA256` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the part. This checksum is present if the
    /// multipart upload request was created with the `SHA512` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the part. This checksum is present if the
    /// multipart upload request was created with the `MD5` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumMD5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `XXHASH64` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `XXHASH3` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the part. This checksum is present if
    /// the multipart upload request was created with the `XXHASH128` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH128")]
    pub checksum_xxhash128: Option<String>,
}

/// The configuration information for the bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateBucketConfiguration {
    /// Specifies the Region where the bucket will be created. You might choose a Region to optimize
    /// latency, minimize costs, or address regulatory requirements. For example, if you reside in
    /// Europe, you will probably find it advantageous to create buckets in the Europe (Ireland)
    /// Region.
    pub location_constraint: Option<BucketLocationConstraint>,
    /// Specifies the location where the bucket will be created.
    pub location: Option<LocationInfo>,
    /// Specifies the information about the bucket that will be created.
    pub bucket: Option<BucketInfo>,
    /// An array of tags that you can apply to the bucket that you're creating. Tags are key-value
    /// pairs of metadata used to categorize and organize your buckets, track costs, and control
    /// access.
    #[shape(member = "Tag")]
    pub tags: Option<Vec<Tag>>,
}

/// The input of `CreateBucketMetadataConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateBucketMetadataConfigurationRequest {
    /// The general purpose bucket that you want to create the metadata configuration for.
    #[shape(label)]
    pub bucket: String,
    /// The `Content-MD5` header for the metadata configuration.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// The checksum algorithm to use with your metadata configuration.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The contents of your metadata configuration.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub metadata_configuration: MetadataConfiguration,
    /// The expected owner of the general purpose bucket that corresponds to your metadata
    /// configuration.
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `CreateBucketMetadataTableConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateBucketMetadataTableConfigurationRequest {
    /// The general purpose bucket that you want to create the metadata table configuration for.
    #[shape(label)]
    pub bucket: String,
    /// The `Content-MD5` header for the metadata table configuration.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// The checksum algorithm to use with your metadata table configuration.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The contents of your metadata table configuration.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub metadata_table_configuration: MetadataTableConfiguration,
    /// The expected owner of the general purpose bucket that corresponds to your metadata table
    /// configuration.
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `CreateBucket`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateBucketOutput {
    /// A forward slash followed by the name of the bucket.
    #[shape(header = "Location")]
    pub location: Option<String>,
    /// The Amazon Resource Name (ARN) of the S3 bucket. ARNs uniquely identify Amazon Web Services
    /// resources across all of Amazon Web Services.
    #[shape(header = "x-amz-bucket-arn")]
    pub bucket_arn: Option<String>,
}

/// The input of `CreateBucket`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateBucketRequest {
    /// The canned ACL to apply to the bucket.
    #[shape(name = "ACL", header = "x-amz-acl")]
    pub acl: Option<BucketCannedACL>,
    /// The name of the bucket to create.
    #[shape(label)]
    pub bucket: String,
    /// The configuration information for the bucket.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub create_bucket_configuration: Option<CreateBucketConfiguration>,
    /// Allows grantee the read, write, read ACP, and write ACP permissions on the bucket.
    #[shape(header = "x-amz-grant-full-control")]
    pub grant_full_control: Option<String>,
    /// Allows grantee to list the objects in the bucket.
    #[shape(header = "x-amz-grant-read")]
    pub grant_read: Option<String>,
    /// Allows grantee to read the bucket ACL.
    #[shape(name = "GrantReadACP", header = "x-amz-grant-read-acp")]
    pub grant_read_acp: Option<String>,
    /// Allows grantee to create new objects in the bucket.
    #[shape(header = "x-amz-grant-write")]
    pub grant_write: Option<String>,
    /// Allows grantee to write the ACL for the applicable bucket.
    #[shape(name = "GrantWriteACP", header = "x-amz-grant-write-acp")]
    pub grant_write_acp: Option<String>,
    /// Specifies whether you want S3 Object Lock to be enabled for the new bucket.
    #[shape(header = "x-amz-bucket-object-lock-enabled")]
    pub object_lock_enabled_for_bucket: Option<bool>,
    /// The container element for object ownership for a bucket's ownership controls.
    #[shape(header = "x-amz-object-ownership")]
    pub object_ownership: Option<ObjectOwnership>,
    /// Specifies the namespace where you want to create your general purpose bucket. When you
    /// create a general purpose bucket, you can choose to create a bucket in the shared global
    /// namespace or you can choose to create a bucket in your account regional namespace. Your
    /// account regional namespace is a subdivision of the global namespace that only your account
    /// can create buckets in. For more information on bucket namespaces, see [Namespaces for
    /// general purpose
    /// buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/gpbucketnamespaces.html).
    #[shape(header = "x-amz-bucket-namespace")]
    pub bucket_namespace: Option<BucketNamespace>,
}

/// The output of `CreateMultipartUpload`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateMultipartUploadOutput {
    /// If the bucket has a lifecycle rule configured with an action to abort incomplete multipart
    /// uploads and the prefix in the lifecycle rule matches the object name in the request, the
    /// response includes this header. The header indicates when the initiated multipart upload
    /// becomes eligible for an abort operation. For more information, see [ Aborting Incomplete
    /// Multipart Uploads Using a Bucket Lifecycle
    /// Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-abort-date")]
    pub abort_date: Option<DateTime>,
    /// This header is returned along with the `x-amz-abort-date` header. It identifies the
    /// applicable lifecycle configuration rule that defines the action to abort incomplete
    /// multipart uploads.
    #[shape(header = "x-amz-abort-rule-id")]
    pub abort_rule_id: Option<String>,
    /// The name of the bucket to which the multipart upload was initiated. Does not return the
    /// access point ARN or access point alias if used.
    pub bucket: Option<String>,
    /// Object key for which the multipart upload was initiated.
    pub key: Option<String>,
    /// ID for the initiated multipart upload.
    pub upload_id: Option<String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon
    /// FSx.
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to confirm the encryption algorithm that's used.
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to provide the round-trip message integrity verification
    /// of the customer-provided encryption key.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    /// If present, indicates the Amazon Web Services KMS Encryption Context to use for object
    /// encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON,
    /// which contains the encryption context as key-value pairs.
    #[shape(
        name = "SSEKMSEncryptionContext",
        header = "x-amz-server-side-encryption-context"
    )]
    pub ssekms_encryption_context: Option<String>,
    /// Indicates whether the multipart upload uses an S3 Bucket Key for server-side encryption with
    /// Key Management Service (KMS) keys (SSE-KMS).
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
    /// The algorithm that was used to create a checksum of the object.
    #[shape(header = "x-amz-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Indicates the checksum type that you want Amazon S3 to use to calculate the object’s
    /// checksum value. For more information, see [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(header = "x-amz-checksum-type")]
    pub checksum_type: Option<ChecksumType>,
}

impl ::std::fmt::Debug for CreateMultipartUploadOutput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateMultipartUploadOutput")
            .field("abort_date", &self.abort_date)
            .field("abort_rule_id", &self.abort_rule_id)
            .field("bucket", &self.bucket)
            .field("key", &self.key)
            .field("upload_id", &self.upload_id)
            .field("server_side_encryption", &self.server_side_encryption)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .field(
                "ssekms_key_id",
                &self.ssekms_key_id.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "ssekms_encryption_context",
                &self
                    .ssekms_encryption_context
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field("bucket_key_enabled", &self.bucket_key_enabled)
            .field("request_charged", &self.request_charged)
            .field("checksum_algorithm", &self.checksum_algorithm)
            .field("checksum_type", &self.checksum_type)
            .finish()
    }
}

/// The input of `CreateMultipartUpload`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateMultipartUploadRequest {
    /// The canned ACL to apply to the object. Amazon S3 supports a set of predefined ACLs, known as
    /// *canned ACLs*. Each canned ACL has a predefined set of grantees and permissions. For more
    /// information, see [Canned
    /// ACL](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html#CannedACL) in the
    /// *Amazon S3 User Guide*.
    #[shape(name = "ACL", header = "x-amz-acl")]
    pub acl: Option<ObjectCannedACL>,
    /// The name of the bucket where the multipart upload is initiated and where the object is
    /// uploaded.
    #[shape(label)]
    pub bucket: String,
    /// Specifies caching behavior along the request/reply chain.
    #[shape(header = "Cache-Control")]
    pub cache_control: Option<String>,
    /// Specifies presentational information for the object.
    #[shape(header = "Content-Disposition")]
    pub content_disposition: Option<String>,
    /// Specifies what content encodings have been applied to the object and thus what decoding
    /// mechanisms must be applied to obtain the media-type referenced by the Content-Type header
    /// field.
    #[shape(header = "Content-Encoding")]
    pub content_encoding: Option<String>,
    /// The language that the content is in.
    #[shape(header = "Content-Language")]
    pub content_language: Option<String>,
    /// A standard MIME type describing the format of the object data.
    #[shape(header = "Content-Type")]
    pub content_type: Option<String>,
    /// The date and time at which the object is no longer cacheable.
    #[shape(header = "Expires")]
    pub expires: Option<String>,
    /// Specify access permissions explicitly to give the grantee READ, READ\_ACP, and WRITE\_ACP
    /// permissions on the object.
    #[shape(header = "x-amz-grant-full-control")]
    pub grant_full_control: Option<String>,
    /// Specify access permissions explicitly to allow grantee to read the object data and its
    /// metadata.
    #[shape(header = "x-amz-grant-read")]
    pub grant_read: Option<String>,
    /// Specify access permissions explicitly to allows grantee to read the object ACL.
    #[shape(name = "GrantReadACP", header = "x-amz-grant-read-acp")]
    pub grant_read_acp: Option<String>,
    /// Specify access permissions explicitly to allows grantee to allow grantee to write the ACL
    /// for the applicable object.
    #[shape(name = "GrantWriteACP", header = "x-amz-grant-write-acp")]
    pub grant_write_acp: Option<String>,
    /// Object key for which the multipart upload is to be initiated.
    #[shape(label)]
    pub key: String,
    /// A map of metadata to store with the object in S3.
    #[shape(prefix_headers = "x-amz-meta-")]
    pub metadata: Option<HashMap<String, String>>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon
    /// FSx.
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// By default, Amazon S3 uses the STANDARD Storage Class to store newly created objects. The
    /// STANDARD storage class provides high durability and high availability. Depending on
    /// performance needs, you can specify a different Storage Class. For more information, see
    /// [Storage Classes](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-storage-class")]
    pub storage_class: Option<StorageClass>,
    /// If the bucket is configured as a website, redirects requests for this object to another
    /// object in the same bucket or to an external URL. Amazon S3 stores the value of this header
    /// in the object metadata.
    #[shape(header = "x-amz-website-redirect-location")]
    pub website_redirect_location: Option<String>,
    /// Specifies the algorithm to use when encrypting the object (for example, AES256).
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This
    /// value is used to store the object and then it is discarded; Amazon S3 does not store the
    /// encryption key. The key must be appropriate for use with the algorithm specified in the
    /// `x-amz-server-side-encryption-customer-algorithm` header.
    #[shape(
        name = "SSECustomerKey",
        header = "x-amz-server-side-encryption-customer-key"
    )]
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the customer-provided encryption key according to RFC
    /// 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption
    /// key was transmitted without error.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    /// Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption. If
    /// the KMS key doesn't exist in the same account that's issuing the command, you must use the
    /// full Key ARN not the Key ID.
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    /// Specifies the Amazon Web Services KMS Encryption Context to use for object encryption. The
    /// value of this header is a Base64 encoded string of a UTF-8 encoded JSON, which contains the
    /// encryption context as key-value pairs.
    #[shape(
        name = "SSEKMSEncryptionContext",
        header = "x-amz-server-side-encryption-context"
    )]
    pub ssekms_encryption_context: Option<String>,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with
    /// server-side encryption using Key Management Service (KMS) keys (SSE-KMS).
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The tag-set for the object. The tag-set must be encoded as URL Query parameters.
    #[shape(header = "x-amz-tagging")]
    pub tagging: Option<String>,
    /// Specifies the Object Lock mode that you want to apply to the uploaded object.
    #[shape(header = "x-amz-object-lock-mode")]
    pub object_lock_mode: Option<ObjectLockMode>,
    /// Specifies the date and time when you want the Object Lock to expire.
    #[shape(header = "x-amz-object-lock-retain-until-date", timestamp = "iso8601")]
    pub object_lock_retain_until_date: Option<DateTime>,
    /// Specifies whether you want to apply a legal hold to the uploaded object.
    #[shape(header = "x-amz-object-lock-legal-hold")]
    pub object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Indicates the algorithm that you want Amazon S3 to use to create the checksum for the
    /// object. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Indicates the checksum type that you want Amazon S3 to use to calculate the object’s
    /// checksum value. For more information, see [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(header = "x-amz-checksum-type")]
    pub checksum_type: Option<ChecksumType>,
}

impl ::std::fmt::Debug for CreateMultipartUploadRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateMultipartUploadRequest")
            .field("acl", &self.acl)
            .field("bucket", &self.bucket)
            .field("cache_control", &self.cache_control)
            .field("content_disposition", &self.content_disposition)
            .field("content_encoding", &self.content_encoding)
            .field("content_language", &self.content_language)
            .field("content_type", &self.content_type)
            .field("expires", &self.expires)
            .field("grant_full_control", &self.grant_full_control)
            .field("grant_read", &self.grant_read)
            .field("grant_read_acp", &self.grant_read_acp)
            .field("grant_write_acp", &self.grant_write_acp)
            .field("key", &self.key)
            .field("metadata", &self.metadata)
            .field("server_side_encryption", &self.server_side_encryption)
            .field("storage_class", &self.storage_class)
            .field("website_redirect_location", &self.website_redirect_location)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field(
                "sse_customer_key",
                &self.sse_customer_key.as_ref().map(|_| "** redacted **"),
            )
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .field(
                "ssekms_key_id",
                &self.ssekms_key_id.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "ssekms_encryption_context",
                &self
                    .ssekms_encryption_context
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field("bucket_key_enabled", &self.bucket_key_enabled)
            .field("request_payer", &self.request_payer)
            .field("tagging", &self.tagging)
            .field("object_lock_mode", &self.object_lock_mode)
            .field(
                "object_lock_retain_until_date",
                &self.object_lock_retain_until_date,
            )
            .field(
                "object_lock_legal_hold_status",
                &self.object_lock_legal_hold_status,
            )
            .field("expected_bucket_owner", &self.expected_bucket_owner)
            .field("checksum_algorithm", &self.checksum_algorithm)
            .field("checksum_type", &self.checksum_type)
            .finish()
    }
}

/// The output of `CreateSession`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateSessionOutput {
    /// The server-side encryption algorithm used when you store objects in the directory bucket.
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// If you specify `x-amz-server-side-encryption` with `aws:kms`, this header indicates the ID
    /// of the KMS symmetric encryption customer managed key that was used for object encryption.
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    /// If present, indicates the Amazon Web Services KMS Encryption Context to use for object
    /// encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON,
    /// which contains the encryption context as key-value pairs. This value is stored as object
    /// metadata and automatically gets passed on to Amazon Web Services KMS for future `GetObject`
    /// operations on this object.
    #[shape(
        name = "SSEKMSEncryptionContext",
        header = "x-amz-server-side-encryption-context"
    )]
    pub ssekms_encryption_context: Option<String>,
    /// Indicates whether to use an S3 Bucket Key for server-side encryption with KMS keys
    /// (SSE-KMS).
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// The established temporary security credentials for the created session.
    pub credentials: SessionCredentials,
}

impl ::std::fmt::Debug for CreateSessionOutput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateSessionOutput")
            .field("server_side_encryption", &self.server_side_encryption)
            .field(
                "ssekms_key_id",
                &self.ssekms_key_id.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "ssekms_encryption_context",
                &self
                    .ssekms_encryption_context
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field("bucket_key_enabled", &self.bucket_key_enabled)
            .field("credentials", &self.credentials)
            .finish()
    }
}

/// The input of `CreateSession`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateSessionRequest {
    /// Specifies the mode of the session that will be created, either `ReadWrite` or `ReadOnly`. If
    /// no session mode is specified, the default behavior attempts to create a session with the
    /// maximum allowable privilege. It will first attempt to create a `ReadWrite` session, and if
    /// that is not allowed by permissions, it will attempt to create a `ReadOnly` session. If
    /// neither session type is allowed, the request will return an Access Denied error. A
    /// `ReadWrite` session is capable of executing all the Zonal endpoint API operations on a
    /// directory bucket. A `ReadOnly` session is constrained to execute the following Zonal
    /// endpoint API operations: `GetObject`, `HeadObject`, `ListObjectsV2`, `GetObjectAttributes`,
    /// `ListParts`, and `ListMultipartUploads`.
    #[shape(header = "x-amz-create-session-mode")]
    pub session_mode: Option<SessionMode>,
    /// The name of the bucket that you create a session for.
    #[shape(label)]
    pub bucket: String,
    /// The server-side encryption algorithm to use when you store objects in the directory bucket.
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// If you specify `x-amz-server-side-encryption` with `aws:kms`, you must specify the `
    /// x-amz-server-side-encryption-aws-kms-key-id` header with the ID (Key ID or Key ARN) of the
    /// KMS symmetric encryption customer managed key to use. Otherwise, you get an HTTP `400 Bad
    /// Request` error. Only use the key ID or key ARN. The key alias format of the KMS key isn't
    /// supported. Also, if the KMS key doesn't exist in the same account that't issuing the
    /// command, you must use the full Key ARN not the Key ID.
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    /// Specifies the Amazon Web Services KMS Encryption Context as an additional encryption context
    /// to use for object encryption. The value of this header is a Base64 encoded string of a UTF-8
    /// encoded JSON, which contains the encryption context as key-value pairs. This value is stored
    /// as object metadata and automatically gets passed on to Amazon Web Services KMS for future
    /// `GetObject` operations on this object.
    #[shape(
        name = "SSEKMSEncryptionContext",
        header = "x-amz-server-side-encryption-context"
    )]
    pub ssekms_encryption_context: Option<String>,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with
    /// server-side encryption using KMS keys (SSE-KMS).
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
}

impl ::std::fmt::Debug for CreateSessionRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateSessionRequest")
            .field("session_mode", &self.session_mode)
            .field("bucket", &self.bucket)
            .field("server_side_encryption", &self.server_side_encryption)
            .field(
                "ssekms_key_id",
                &self.ssekms_key_id.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "ssekms_encryption_context",
                &self
                    .ssekms_encryption_context
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field("bucket_key_enabled", &self.bucket_key_enabled)
            .finish()
    }
}

/// The model's `DataRedundancy`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DataRedundancy {
    /// `SingleAvailabilityZone`
    #[default]
    SingleAvailabilityZone,
    /// `SingleLocalZone`
    SingleLocalZone,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The container element for optionally specifying the default Object Lock retention settings for
/// new objects placed in the specified bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DefaultRetention {
    /// The default Object Lock retention mode you want to apply to new objects placed in the
    /// specified bucket. Must be used with either `Days` or `Years`.
    pub mode: Option<ObjectLockRetentionMode>,
    /// The number of days that you want to specify for the default retention period. Must be used
    /// with `Mode`.
    pub days: Option<i32>,
    /// The number of years that you want to specify for the default retention period. Must be used
    /// with `Mode`.
    pub years: Option<i32>,
}

/// Container for the objects to delete.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Delete {
    /// The object to delete.
    #[shape(name = "Object", flattened)]
    pub objects: Vec<ObjectIdentifier>,
    /// Element to enable quiet mode for the request. When you add this element, you must set its
    /// value to `true`.
    pub quiet: Option<bool>,
}

/// The input of `DeleteBucketAnalyticsConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBucketAnalyticsConfigurationRequest {
    /// The name of the bucket from which an analytics configuration is deleted.
    #[shape(label)]
    pub bucket: String,
    /// The ID that identifies the analytics configuration.
    #[shape(query = "id")]
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `DeleteBucketCors`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBucketCorsRequest {
    /// Specifies the bucket whose `cors` configuration is being deleted.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `DeleteBucketEncryption`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBucketEncryptionRequest {
    /// The name of the bucket containing the server-side encryption configuration to delete.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `DeleteBucketIntelligentTieringConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBucketIntelligentTieringConfigurationRequest {
    /// The name of the Amazon S3 bucket whose configuration you want to modify or retrieve.
    #[shape(label)]
    pub bucket: String,
    /// The ID used to identify the S3 Intelligent-Tiering configuration.
    #[shape(query = "id")]
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `DeleteBucketInventoryConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBucketInventoryConfigurationRequest {
    /// The name of the bucket containing the inventory configuration to delete.
    #[shape(label)]
    pub bucket: String,
    /// The ID used to identify the inventory configuration.
    #[shape(query = "id")]
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `DeleteBucketLifecycle`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBucketLifecycleRequest {
    /// The bucket name of the lifecycle to delete.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `DeleteBucketMetadataConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBucketMetadataConfigurationRequest {
    /// The general purpose bucket that you want to remove the metadata configuration from.
    #[shape(label)]
    pub bucket: String,
    /// The expected bucket owner of the general purpose bucket that you want to remove the metadata
    /// table configuration from.
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `DeleteBucketMetadataTableConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBucketMetadataTableConfigurationRequest {
    /// The general purpose bucket that you want to remove the metadata table configuration from.
    #[shape(label)]
    pub bucket: String,
    /// The expected bucket owner of the general purpose bucket that you want to remove the metadata
    /// table configuration from.
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `DeleteBucketMetricsConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBucketMetricsConfigurationRequest {
    /// The name of the bucket containing the metrics configuration to delete.
    #[shape(label)]
    pub bucket: String,
    /// The ID used to identify the metrics configuration. The ID has a 64 character limit and can
    /// only contain letters, numbers, periods, dashes, and underscores.
    #[shape(query = "id")]
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `DeleteBucketOwnershipControls`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBucketOwnershipControlsRequest {
    /// The Amazon S3 bucket whose `OwnershipControls` you want to delete.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `DeleteBucketPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBucketPolicyRequest {
    /// The bucket name.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `DeleteBucketReplication`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBucketReplicationRequest {
    /// The bucket name.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `DeleteBucket`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBucketRequest {
    /// Specifies the bucket being deleted.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `DeleteBucketTagging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBucketTaggingRequest {
    /// The bucket that has the tag set to be removed.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `DeleteBucketWebsite`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBucketWebsiteRequest {
    /// The bucket name for which you want to remove the website configuration.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Information about the delete marker.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMarkerEntry {
    /// The account that created the delete marker.
    pub owner: Option<Owner>,
    /// The object key.
    pub key: Option<String>,
    /// Version ID of an object.
    pub version_id: Option<String>,
    /// Specifies whether the object is (true) or is not (false) the latest version of an object.
    pub is_latest: Option<bool>,
    /// Date and time when the object was last modified.
    pub last_modified: Option<DateTime>,
}

/// Specifies whether Amazon S3 replicates delete markers. If you specify a `Filter` in your
/// replication configuration, you must also include a `DeleteMarkerReplication` element. If your
/// `Filter` includes a `Tag` element, the `DeleteMarkerReplication` `Status` must be set to
/// Disabled, because Amazon S3 does not support replicating delete markers for tag-based rules. For
/// an example configuration, see [Basic Rule
/// Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-add-config.html#replication-config-min-rule-config).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMarkerReplication {
    /// Indicates whether to replicate delete markers.
    pub status: Option<DeleteMarkerReplicationStatus>,
}

/// The model's `DeleteMarkerReplicationStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DeleteMarkerReplicationStatus {
    /// `Enabled`
    #[default]
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The output of `DeleteObject`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteObjectOutput {
    /// Indicates whether the specified object version that was permanently deleted was (true) or
    /// was not (false) a delete marker before deletion. In a simple DELETE, this header indicates
    /// whether (true) or not (false) the current version of the object is a delete marker. To learn
    /// more about delete markers, see [Working with delete
    /// markers](https://docs.aws.amazon.com/AmazonS3/latest/userguide/DeleteMarker.html).
    #[shape(header = "x-amz-delete-marker")]
    pub delete_marker: Option<bool>,
    /// Returns the version ID of the delete marker created as a result of the DELETE operation.
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// The input of `DeleteObject`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteObjectRequest {
    /// The bucket name of the bucket containing the object.
    #[shape(label)]
    pub bucket: String,
    /// Key name of the object to delete.
    #[shape(label)]
    pub key: String,
    /// The concatenation of the authentication device's serial number, a space, and the value that
    /// is displayed on your authentication device. Required to permanently delete a versioned
    /// object if versioning is configured with MFA delete enabled.
    #[shape(name = "MFA", header = "x-amz-mfa")]
    pub mfa: Option<String>,
    /// Version ID used to reference a specific version of the object.
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// Indicates whether S3 Object Lock should bypass Governance-mode restrictions to process this
    /// operation. To use this header, you must have the `s3:BypassGovernanceRetention` permission.
    #[shape(header = "x-amz-bypass-governance-retention")]
    pub bypass_governance_retention: Option<bool>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Deletes the object if the ETag (entity tag) value provided during the delete operation
    /// matches the ETag of the object in S3. If the ETag values do not match, the operation returns
    /// a `412 Precondition Failed` error.
    #[shape(header = "If-Match")]
    pub if_match: Option<String>,
    /// If present, the object is deleted only if its modification times matches the provided
    /// `Timestamp`. If the `Timestamp` values do not match, the operation returns a `412
    /// Precondition Failed` error. If the `Timestamp` matches or if the object doesn’t exist, the
    /// operation returns a `204 Success (No Content)` response.
    #[shape(header = "x-amz-if-match-last-modified-time", timestamp = "rfc822")]
    pub if_match_last_modified_time: Option<DateTime>,
    /// If present, the object is deleted only if its size matches the provided size in bytes. If
    /// the `Size` value does not match, the operation returns a `412 Precondition Failed` error. If
    /// the `Size` matches or if the object doesn’t exist, the operation returns a `204 Success
    /// (No Content)` response.
    #[shape(header = "x-amz-if-match-size")]
    pub if_match_size: Option<i64>,
}

/// The output of `DeleteObjectTagging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteObjectTaggingOutput {
    /// The versionId of the object the tag-set was removed from.
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
}

/// The input of `DeleteObjectTagging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteObjectTaggingRequest {
    /// The bucket name containing the objects from which to remove the tags.
    #[shape(label)]
    pub bucket: String,
    /// The key that identifies the object in the bucket from which to remove all tags.
    #[shape(label)]
    pub key: String,
    /// The versionId of the object that the tag-set will be removed from.
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `DeleteObjects`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteObjectsOutput {
    /// Container element for a successful delete. It identifies the object that was successfully
    /// deleted.
    #[shape(flattened)]
    pub deleted: Vec<DeletedObject>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
    /// Container for a failed delete action that describes the object that Amazon S3 attempted to
    /// delete and the error it encountered.
    #[shape(name = "Error", flattened)]
    pub errors: Vec<ErrorShape>,
}

/// The input of `DeleteObjects`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteObjectsRequest {
    /// The bucket name containing the objects to delete.
    #[shape(label)]
    pub bucket: String,
    /// Container for the request.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub delete: Delete,
    /// The concatenation of the authentication device's serial number, a space, and the value that
    /// is displayed on your authentication device. Required to permanently delete a versioned
    /// object if versioning is configured with MFA delete enabled.
    #[shape(name = "MFA", header = "x-amz-mfa")]
    pub mfa: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// Specifies whether you want to delete this object even if it has a Governance-type Object
    /// Lock in place. To use this header, you must have the `s3:BypassGovernanceRetention`
    /// permission.
    #[shape(header = "x-amz-bypass-governance-retention")]
    pub bypass_governance_retention: Option<bool>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum-*algorithm* ` or
    /// `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status
    /// code `400 Bad Request`.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
}

/// The input of `DeletePublicAccessBlock`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeletePublicAccessBlockRequest {
    /// The Amazon S3 bucket whose `PublicAccessBlock` configuration you want to delete.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Information about the deleted object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeletedObject {
    /// The name of the deleted object.
    pub key: Option<String>,
    /// The version ID of the deleted object.
    pub version_id: Option<String>,
    /// Indicates whether the specified object version that was permanently deleted was (true) or
    /// was not (false) a delete marker before deletion. In a simple DELETE, this header indicates
    /// whether (true) or not (false) the current version of the object is a delete marker. To learn
    /// more about delete markers, see [Working with delete
    /// markers](https://docs.aws.amazon.com/AmazonS3/latest/userguide/DeleteMarker.html).
    pub delete_marker: Option<bool>,
    /// The version ID of the delete marker created as a result of the DELETE operation. If you
    /// delete a specific object version, the value returned by this header is the version ID of the
    /// object version deleted.
    pub delete_marker_version_id: Option<String>,
}

/// Specifies information about where to publish analysis or configuration results for an Amazon S3
/// bucket and S3 Replication Time Control (S3 RTC).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Destination {
    /// The Amazon Resource Name (ARN) of the bucket where you want Amazon S3 to store the results.
    pub bucket: String,
    /// Destination bucket owner account ID. In a cross-account scenario, if you direct Amazon S3 to
    /// change replica ownership to the Amazon Web Services account that owns the destination bucket
    /// by specifying the `AccessControlTranslation` property, this is the account ID of the
    /// destination bucket owner. For more information, see [Replication Additional Configuration:
    /// Changing the Replica
    /// Owner](https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-change-owner.html) in the
    /// *Amazon S3 User Guide*.
    pub account: Option<String>,
    /// The storage class to use when replicating objects, such as S3 Standard or reduced
    /// redundancy. By default, Amazon S3 uses the storage class of the source object to create the
    /// object replica.
    pub storage_class: Option<StorageClass>,
    /// Specify this only in a cross-account scenario (where source and destination bucket owners
    /// are not the same), and you want to change replica ownership to the Amazon Web Services
    /// account that owns the destination bucket. If this is not specified in the replication
    /// configuration, the replicas are owned by same Amazon Web Services account that owns the
    /// source object.
    pub access_control_translation: Option<AccessControlTranslation>,
    /// A container that provides information about encryption. If `SourceSelectionCriteria` is
    /// specified, you must specify this element.
    pub encryption_configuration: Option<EncryptionConfiguration>,
    /// A container specifying S3 Replication Time Control (S3 RTC), including whether S3 RTC is
    /// enabled and the time when all objects and operations on objects must be replicated. Must be
    /// specified together with a `Metrics` block.
    pub replication_time: Option<ReplicationTime>,
    /// A container specifying replication metrics-related settings enabling replication metrics and
    /// events.
    pub metrics: Option<Metrics>,
}

/// The destination information for the S3 Metadata configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DestinationResult {
    /// The type of the table bucket where the metadata configuration is stored. The `aws` value
    /// indicates an Amazon Web Services managed table bucket, and the `customer` value indicates a
    /// customer-managed table bucket. V2 metadata configurations are stored in Amazon Web Services
    /// managed table buckets, and V1 metadata configurations are stored in customer-managed table
    /// buckets.
    pub table_bucket_type: Option<S3TablesBucketType>,
    /// The Amazon Resource Name (ARN) of the table bucket where the metadata configuration is
    /// stored.
    pub table_bucket_arn: Option<String>,
    /// The namespace in the table bucket where the metadata tables for a metadata configuration are
    /// stored.
    pub table_namespace: Option<String>,
}

/// Encoding type used by Amazon S3 to encode the [object
/// keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html) in the response.
/// Responses are encoded only in UTF-8. An object key can contain any Unicode character. However,
/// the XML 1.0 parser can't parse certain characters, such as characters with an ASCII value from 0
/// to 10. For characters that aren't supported in XML 1.0, you can add this parameter to request
/// that Amazon S3 encode the keys in the response. For more information about characters to avoid
/// in object key names, see [Object key naming
/// guidelines](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-guidelines).
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EncodingType {
    /// `url`
    #[default]
    #[shape(name = "url")]
    Url,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains the type of server-side encryption used.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct Encryption {
    /// The server-side encryption algorithm used when storing job results in Amazon S3 (for
    /// example, AES256, `aws:kms`).
    pub encryption_type: ServerSideEncryption,
    /// If the encryption type is `aws:kms`, this optional value specifies the ID of the symmetric
    /// encryption customer managed key to use for encryption of job results. Amazon S3 only
    /// supports symmetric encryption KMS keys. For more information, see [Asymmetric keys in
    /// KMS](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html) in the
    /// *Amazon Web Services Key Management Service Developer Guide*.
    #[shape(name = "KMSKeyId")]
    pub kms_key_id: Option<String>,
    /// If the encryption type is `aws:kms`, this optional value can be used to specify the
    /// encryption context for the restore results.
    #[shape(name = "KMSContext")]
    pub kms_context: Option<String>,
}

impl ::std::fmt::Debug for Encryption {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Encryption")
            .field("encryption_type", &self.encryption_type)
            .field(
                "kms_key_id",
                &self.kms_key_id.as_ref().map(|_| "** redacted **"),
            )
            .field("kms_context", &self.kms_context)
            .finish()
    }
}

/// Specifies encryption-related information for an Amazon S3 bucket that is a destination for
/// replicated objects.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EncryptionConfiguration {
    /// Specifies the ID (Key ARN or Alias ARN) of the customer managed Amazon Web Services KMS key
    /// stored in Amazon Web Services Key Management Service (KMS) for the destination bucket.
    /// Amazon S3 uses this key to encrypt replica objects. Amazon S3 only supports symmetric
    /// encryption KMS keys. For more information, see [Asymmetric keys in Amazon Web Services
    /// KMS](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html) in the
    /// *Amazon Web Services Key Management Service Developer Guide*.
    #[shape(name = "ReplicaKmsKeyID")]
    pub replica_kms_key_id: Option<String>,
}

/// The model's `EncryptionType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EncryptionType {
    /// `NONE`
    #[default]
    #[shape(name = "NONE")]
    None,
    /// `SSE-C`
    #[shape(name = "SSE-C")]
    SseC,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A message that indicates the request is complete and no more messages will be sent. You should
/// not assume that the request is complete until the client receives an `EndEvent`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EndEvent {}

/// If an S3 Metadata V1 `CreateBucketMetadataTableConfiguration` or V2
/// `CreateBucketMetadataConfiguration` request succeeds, but S3 Metadata was unable to create the
/// table, this structure contains the error code and error message.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ErrorDetails {
    /// If the V1 `CreateBucketMetadataTableConfiguration` request succeeds, but S3 Metadata was
    /// unable to create the table, this structure contains the error code. The possible error codes
    /// and error messages are as follows:
    pub error_code: Option<String>,
    /// If the V1 `CreateBucketMetadataTableConfiguration` request succeeds, but S3 Metadata was
    /// unable to create the table, this structure contains the error message. The possible error
    /// codes and error messages are as follows:
    pub error_message: Option<String>,
}

/// The error information.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ErrorDocument {
    /// The object key name to use when a 4XX class error occurs.
    pub key: String,
}

/// Container for all error elements.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Error")]
pub struct ErrorShape {
    /// The error key.
    pub key: Option<String>,
    /// The version ID of the error.
    pub version_id: Option<String>,
    /// The error code is a string that uniquely identifies an error condition. It is meant to be
    /// read and understood by programs that detect and handle errors by type. The following is a
    /// list of Amazon S3 error codes. For more information, see [Error
    /// responses](https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html).
    pub code: Option<String>,
    /// The error message contains a generic description of the error condition in English. It is
    /// intended for a human audience. Simple programs display the message directly to the end user
    /// if they encounter an error condition they don't know how or don't care to handle.
    /// Sophisticated programs with more exhaustive error handling and proper internationalization
    /// are more likely to ignore the error message.
    pub message: Option<String>,
}

/// The bucket event for which to send notifications.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Event {
    /// `s3:ReducedRedundancyLostObject`
    #[default]
    #[shape(name = "s3:ReducedRedundancyLostObject")]
    S3ReducedRedundancyLostObject,
    /// `s3:ObjectCreated:*`
    #[shape(name = "s3:ObjectCreated:*")]
    S3ObjectCreated,
    /// `s3:ObjectCreated:Put`
    #[shape(name = "s3:ObjectCreated:Put")]
    S3ObjectCreatedPut,
    /// `s3:ObjectCreated:Post`
    #[shape(name = "s3:ObjectCreated:Post")]
    S3ObjectCreatedPost,
    /// `s3:ObjectCreated:Copy`
    #[shape(name = "s3:ObjectCreated:Copy")]
    S3ObjectCreatedCopy,
    /// `s3:ObjectCreated:CompleteMultipartUpload`
    #[shape(name = "s3:ObjectCreated:CompleteMultipartUpload")]
    S3ObjectCreatedCompleteMultipartUpload,
    /// `s3:ObjectRemoved:*`
    #[shape(name = "s3:ObjectRemoved:*")]
    S3ObjectRemoved,
    /// `s3:ObjectRemoved:Delete`
    #[shape(name = "s3:ObjectRemoved:Delete")]
    S3ObjectRemovedDelete,
    /// `s3:ObjectRemoved:DeleteMarkerCreated`
    #[shape(name = "s3:ObjectRemoved:DeleteMarkerCreated")]
    S3ObjectRemovedDeleteMarkerCreated,
    /// `s3:ObjectRestore:*`
    #[shape(name = "s3:ObjectRestore:*")]
    S3ObjectRestore,
    /// `s3:ObjectRestore:Post`
    #[shape(name = "s3:ObjectRestore:Post")]
    S3ObjectRestorePost,
    /// `s3:ObjectRestore:Completed`
    #[shape(name = "s3:ObjectRestore:Completed")]
    S3ObjectRestoreCompleted,
    /// `s3:Replication:*`
    #[shape(name = "s3:Replication:*")]
    S3Replication,
    /// `s3:Replication:OperationFailedReplication`
    #[shape(name = "s3:Replication:OperationFailedReplication")]
    S3ReplicationOperationFailedReplication,
    /// `s3:Replication:OperationNotTracked`
    #[shape(name = "s3:Replication:OperationNotTracked")]
    S3ReplicationOperationNotTracked,
    /// `s3:Replication:OperationMissedThreshold`
    #[shape(name = "s3:Replication:OperationMissedThreshold")]
    S3ReplicationOperationMissedThreshold,
    /// `s3:Replication:OperationReplicatedAfterThreshold`
    #[shape(name = "s3:Replication:OperationReplicatedAfterThreshold")]
    S3ReplicationOperationReplicatedAfterThreshold,
    /// `s3:ObjectRestore:Delete`
    #[shape(name = "s3:ObjectRestore:Delete")]
    S3ObjectRestoreDelete,
    /// `s3:LifecycleTransition`
    #[shape(name = "s3:LifecycleTransition")]
    S3LifecycleTransition,
    /// `s3:IntelligentTiering`
    #[shape(name = "s3:IntelligentTiering")]
    S3IntelligentTiering,
    /// `s3:ObjectAcl:Put`
    #[shape(name = "s3:ObjectAcl:Put")]
    S3ObjectAclPut,
    /// `s3:LifecycleExpiration:*`
    #[shape(name = "s3:LifecycleExpiration:*")]
    S3LifecycleExpiration,
    /// `s3:LifecycleExpiration:Delete`
    #[shape(name = "s3:LifecycleExpiration:Delete")]
    S3LifecycleExpirationDelete,
    /// `s3:LifecycleExpiration:DeleteMarkerCreated`
    #[shape(name = "s3:LifecycleExpiration:DeleteMarkerCreated")]
    S3LifecycleExpirationDeleteMarkerCreated,
    /// `s3:ObjectTagging:*`
    #[shape(name = "s3:ObjectTagging:*")]
    S3ObjectTagging,
    /// `s3:ObjectTagging:Put`
    #[shape(name = "s3:ObjectTagging:Put")]
    S3ObjectTaggingPut,
    /// `s3:ObjectTagging:Delete`
    #[shape(name = "s3:ObjectTagging:Delete")]
    S3ObjectTaggingDelete,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A container for specifying the configuration for Amazon EventBridge.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EventBridgeConfiguration {}

/// Optional configuration to replicate existing source bucket objects.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExistingObjectReplication {
    /// Specifies whether Amazon S3 replicates existing source bucket objects.
    pub status: ExistingObjectReplicationStatus,
}

/// The model's `ExistingObjectReplicationStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExistingObjectReplicationStatus {
    /// `Enabled`
    #[default]
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ExpirationState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExpirationState {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ExpirationStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExpirationStatus {
    /// `Enabled`
    #[default]
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ExpressionType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExpressionType {
    /// `SQL`
    #[default]
    #[shape(name = "SQL")]
    Sql,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `FileHeaderInfo`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FileHeaderInfo {
    /// `USE`
    #[default]
    #[shape(name = "USE")]
    Use,
    /// `IGNORE`
    #[shape(name = "IGNORE")]
    Ignore,
    /// `NONE`
    #[shape(name = "NONE")]
    None,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Specifies the Amazon S3 object key name to filter on. An object key name is the name assigned to
/// an object in your Amazon S3 bucket. You specify whether to filter on the suffix or prefix of the
/// object key name. A prefix is a specific string of characters at the beginning of an object key
/// name, which you can use to organize objects. For example, you can start the key names of related
/// objects with a prefix, such as `2023-` or `engineering/`. Then, you can use `FilterRule` to find
/// objects in a bucket with key names that have the same prefix. A suffix is similar to a prefix,
/// but it is at the end of the object key name instead of at the beginning.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FilterRule {
    /// The object key name prefix or suffix identifying one or more objects to which the filtering
    /// rule applies. The maximum length is 1,024 characters. Overlapping prefixes and suffixes are
    /// not supported. For more information, see [Configuring Event
    /// Notifications](https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html) in
    /// the *Amazon S3 User Guide*.
    pub name: Option<FilterRuleName>,
    /// The value that the filter searches for in object key names.
    pub value: Option<String>,
}

/// The model's `FilterRuleName`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FilterRuleName {
    /// `prefix`
    #[default]
    #[shape(name = "prefix")]
    Prefix,
    /// `suffix`
    #[shape(name = "suffix")]
    Suffix,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The output of `GetBucketAbac`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketAbacOutput {
    /// The ABAC status of the general purpose bucket.
    #[shape(payload)]
    pub abac_status: Option<AbacStatus>,
}

/// The input of `GetBucketAbac`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketAbacRequest {
    /// The name of the general purpose bucket.
    #[shape(label)]
    pub bucket: String,
    /// The Amazon Web Services account ID of the general purpose bucket's owner.
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketAccelerateConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketAccelerateConfigurationOutput {
    /// The accelerate configuration of the bucket.
    pub status: Option<BucketAccelerateStatus>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// The input of `GetBucketAccelerateConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketAccelerateConfigurationRequest {
    /// The name of the bucket for which the accelerate configuration is retrieved.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
}

/// The output of `GetBucketAcl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketAclOutput {
    /// Container for the bucket owner's ID.
    pub owner: Option<Owner>,
    /// A list of grants.
    #[shape(name = "AccessControlList", member = "Grant")]
    pub grants: Vec<Grant>,
}

/// The input of `GetBucketAcl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketAclRequest {
    /// Specifies the S3 bucket whose ACL is being requested.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketAnalyticsConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketAnalyticsConfigurationOutput {
    /// The configuration and any analyses for the analytics filter.
    #[shape(payload)]
    pub analytics_configuration: Option<AnalyticsConfiguration>,
}

/// The input of `GetBucketAnalyticsConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketAnalyticsConfigurationRequest {
    /// The name of the bucket from which an analytics configuration is retrieved.
    #[shape(label)]
    pub bucket: String,
    /// The ID that identifies the analytics configuration.
    #[shape(query = "id")]
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketCors`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketCorsOutput {
    /// A set of origins and methods (cross-origin access that you want to allow). You can add up to
    /// 100 rules to the configuration.
    #[shape(name = "CORSRule", flattened)]
    pub cors_rules: Vec<CORSRule>,
}

/// The input of `GetBucketCors`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketCorsRequest {
    /// The bucket name for which to get the cors configuration.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketEncryption`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketEncryptionOutput {
    /// Specifies the default server-side-encryption configuration.
    #[shape(payload)]
    pub server_side_encryption_configuration: Option<ServerSideEncryptionConfiguration>,
}

/// The input of `GetBucketEncryption`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketEncryptionRequest {
    /// The name of the bucket from which the server-side encryption configuration is retrieved.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketIntelligentTieringConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketIntelligentTieringConfigurationOutput {
    /// Container for S3 Intelligent-Tiering configuration.
    #[shape(payload)]
    pub intelligent_tiering_configuration: Option<IntelligentTieringConfiguration>,
}

/// The input of `GetBucketIntelligentTieringConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketIntelligentTieringConfigurationRequest {
    /// The name of the Amazon S3 bucket whose configuration you want to modify or retrieve.
    #[shape(label)]
    pub bucket: String,
    /// The ID used to identify the S3 Intelligent-Tiering configuration.
    #[shape(query = "id")]
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketInventoryConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketInventoryConfigurationOutput {
    /// Specifies the inventory configuration.
    #[shape(payload)]
    pub inventory_configuration: Option<InventoryConfiguration>,
}

/// The input of `GetBucketInventoryConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketInventoryConfigurationRequest {
    /// The name of the bucket containing the inventory configuration to retrieve.
    #[shape(label)]
    pub bucket: String,
    /// The ID used to identify the inventory configuration.
    #[shape(query = "id")]
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketLifecycleConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketLifecycleConfigurationOutput {
    /// Container for a lifecycle rule.
    #[shape(name = "Rule", flattened)]
    pub rules: Vec<LifecycleRule>,
    /// Indicates which default minimum object size behavior is applied to the lifecycle
    /// configuration.
    #[shape(header = "x-amz-transition-default-minimum-object-size")]
    pub transition_default_minimum_object_size: Option<TransitionDefaultMinimumObjectSize>,
}

/// The input of `GetBucketLifecycleConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketLifecycleConfigurationRequest {
    /// The name of the bucket for which to get the lifecycle information.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketLifecycle`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketLifecycleOutput {
    /// Container for a lifecycle rule.
    #[shape(name = "Rule", flattened)]
    pub rules: Vec<Rule>,
}

/// The input of `GetBucketLifecycle`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketLifecycleRequest {
    /// The name of the bucket for which to get the lifecycle information.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketLocation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketLocationOutput {
    /// Specifies the Region where the bucket resides. For a list of all the Amazon S3 supported
    /// location constraints by Region, see [Regions and
    /// Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#s3_region).
    pub location_constraint: Option<BucketLocationConstraint>,
}

/// The input of `GetBucketLocation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketLocationRequest {
    /// The name of the bucket for which to get the location.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketLogging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketLoggingOutput {
    /// Describes where logs are stored and the prefix that Amazon S3 assigns to all log object keys
    /// for a bucket. For more information, see [PUT Bucket
    /// logging](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTlogging.html) in the
    /// *Amazon S3 API Reference*.
    pub logging_enabled: Option<LoggingEnabled>,
}

/// The input of `GetBucketLogging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketLoggingRequest {
    /// The bucket name for which to get the logging information.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketMetadataConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketMetadataConfigurationOutput {
    /// The metadata configuration for the general purpose bucket.
    #[shape(payload)]
    pub get_bucket_metadata_configuration_result: Option<GetBucketMetadataConfigurationResult>,
}

/// The input of `GetBucketMetadataConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketMetadataConfigurationRequest {
    /// The general purpose bucket that corresponds to the metadata configuration that you want to
    /// retrieve.
    #[shape(label)]
    pub bucket: String,
    /// The expected owner of the general purpose bucket that you want to retrieve the metadata
    /// table configuration for.
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The S3 Metadata configuration for a general purpose bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketMetadataConfigurationResult {
    /// The metadata configuration for a general purpose bucket.
    pub metadata_configuration_result: MetadataConfigurationResult,
}

/// The output of `GetBucketMetadataTableConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketMetadataTableConfigurationOutput {
    /// The metadata table configuration for the general purpose bucket.
    #[shape(payload)]
    pub get_bucket_metadata_table_configuration_result:
        Option<GetBucketMetadataTableConfigurationResult>,
}

/// The input of `GetBucketMetadataTableConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketMetadataTableConfigurationRequest {
    /// The general purpose bucket that corresponds to the metadata table configuration that you
    /// want to retrieve.
    #[shape(label)]
    pub bucket: String,
    /// The expected owner of the general purpose bucket that you want to retrieve the metadata
    /// table configuration for.
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The V1 S3 Metadata configuration for a general purpose bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketMetadataTableConfigurationResult {
    /// The V1 S3 Metadata configuration for a general purpose bucket.
    pub metadata_table_configuration_result: MetadataTableConfigurationResult,
    /// The status of the metadata table. The status values are:
    pub status: String,
    /// If the `CreateBucketMetadataTableConfiguration` request succeeds, but S3 Metadata was unable
    /// to create the table, this structure contains the error code and error message.
    pub error: Option<ErrorDetails>,
}

/// The output of `GetBucketMetricsConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketMetricsConfigurationOutput {
    /// Specifies the metrics configuration.
    #[shape(payload)]
    pub metrics_configuration: Option<MetricsConfiguration>,
}

/// The input of `GetBucketMetricsConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketMetricsConfigurationRequest {
    /// The name of the bucket containing the metrics configuration to retrieve.
    #[shape(label)]
    pub bucket: String,
    /// The ID used to identify the metrics configuration. The ID has a 64 character limit and can
    /// only contain letters, numbers, periods, dashes, and underscores.
    #[shape(query = "id")]
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `GetBucketNotification`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketNotificationConfigurationRequest {
    /// The name of the bucket for which to get the notification configuration.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketOwnershipControls`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketOwnershipControlsOutput {
    /// The `OwnershipControls` (BucketOwnerEnforced, BucketOwnerPreferred, or ObjectWriter)
    /// currently in effect for this Amazon S3 bucket.
    #[shape(payload)]
    pub ownership_controls: Option<OwnershipControls>,
}

/// The input of `GetBucketOwnershipControls`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketOwnershipControlsRequest {
    /// The name of the Amazon S3 bucket whose `OwnershipControls` you want to retrieve.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketPolicyOutput {
    /// The bucket policy as a JSON document.
    #[shape(payload)]
    pub policy: Option<String>,
}

/// The input of `GetBucketPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketPolicyRequest {
    /// The bucket name to get the bucket policy for.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketPolicyStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketPolicyStatusOutput {
    /// The policy status for the specified bucket.
    #[shape(payload)]
    pub policy_status: Option<PolicyStatus>,
}

/// The input of `GetBucketPolicyStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketPolicyStatusRequest {
    /// The name of the Amazon S3 bucket whose policy status you want to retrieve.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketReplication`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketReplicationOutput {
    /// A container for replication rules. You can add up to 1,000 rules. The maximum size of a
    /// replication configuration is 2 MB.
    #[shape(payload)]
    pub replication_configuration: Option<ReplicationConfiguration>,
}

/// The input of `GetBucketReplication`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketReplicationRequest {
    /// The bucket name for which to get the replication information.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketRequestPayment`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketRequestPaymentOutput {
    /// Specifies who pays for the download and request fees.
    pub payer: Option<Payer>,
}

/// The input of `GetBucketRequestPayment`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketRequestPaymentRequest {
    /// The name of the bucket for which to get the payment request configuration
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketTagging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketTaggingOutput {
    /// Contains the tag set.
    #[shape(member = "Tag")]
    pub tag_set: Vec<Tag>,
}

/// The input of `GetBucketTagging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketTaggingRequest {
    /// The name of the bucket for which to get the tagging information.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketVersioning`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketVersioningOutput {
    /// The versioning state of the bucket.
    pub status: Option<BucketVersioningStatus>,
    /// Specifies whether MFA delete is enabled in the bucket versioning configuration. This element
    /// is only returned if the bucket has been configured with MFA delete. If the bucket has never
    /// been so configured, this element is not returned.
    pub mfa_delete: Option<MFADeleteStatus>,
}

/// The input of `GetBucketVersioning`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketVersioningRequest {
    /// The name of the bucket for which to get the versioning information.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetBucketWebsite`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketWebsiteOutput {
    /// Specifies the redirect behavior of all requests to a website endpoint of an Amazon S3
    /// bucket.
    pub redirect_all_requests_to: Option<RedirectAllRequestsTo>,
    /// The name of the index document for the website (for example `index.html`).
    pub index_document: Option<IndexDocument>,
    /// The object key name of the website error document to use for 4XX class errors.
    pub error_document: Option<ErrorDocument>,
    /// Rules that define when a redirect is applied and the redirect behavior.
    #[shape(member = "RoutingRule")]
    pub routing_rules: Vec<RoutingRule>,
}

/// The input of `GetBucketWebsite`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetBucketWebsiteRequest {
    /// The bucket name for which to get the website configuration.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetObjectAcl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetObjectAclOutput {
    /// Container for the bucket owner's ID.
    pub owner: Option<Owner>,
    /// A list of grants.
    #[shape(name = "AccessControlList", member = "Grant")]
    pub grants: Vec<Grant>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// The input of `GetObjectAcl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetObjectAclRequest {
    /// The bucket name that contains the object for which to get the ACL information.
    #[shape(label)]
    pub bucket: String,
    /// The key of the object for which to get the ACL information.
    #[shape(label)]
    pub key: String,
    /// Version ID used to reference a specific version of the object.
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetObjectAttributes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetObjectAttributesOutput {
    /// Specifies whether the object retrieved was (`true`) or was not (`false`) a delete marker. If
    /// `false`, this response header does not appear in the response. To learn more about delete
    /// markers, see [Working with delete
    /// markers](https://docs.aws.amazon.com/AmazonS3/latest/userguide/DeleteMarker.html).
    #[shape(header = "x-amz-delete-marker")]
    pub delete_marker: Option<bool>,
    /// Date and time when the object was last modified.
    #[shape(header = "Last-Modified")]
    pub last_modified: Option<DateTime>,
    /// The version ID of the object.
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
    /// An ETag is an opaque identifier assigned by a web server to a specific version of a resource
    /// found at a URL.
    pub e_tag: Option<String>,
    /// The checksum or digest of the object.
    pub checksum: Option<Checksum>,
    /// A collection of parts associated with a multipart upload.
    pub object_parts: Option<GetObjectAttributesParts>,
    /// Provides the storage class information of the object. Amazon S3 returns this header for all
    /// objects except for S3 Standard storage class objects.
    pub storage_class: Option<StorageClass>,
    /// The size of the object in bytes.
    pub object_size: Option<i64>,
}

/// A collection of parts associated with a multipart upload.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetObjectAttributesParts {
    /// The total number of parts.
    #[shape(name = "PartsCount")]
    pub total_parts_count: Option<i32>,
    /// The marker for the current part.
    pub part_number_marker: Option<i32>,
    /// When a list is truncated, this element specifies the last part in the list, as well as the
    /// value to use for the `PartNumberMarker` request parameter in a subsequent request.
    pub next_part_number_marker: Option<i32>,
    /// The maximum number of parts allowed in the response.
    pub max_parts: Option<i32>,
    /// Indicates whether the returned list of parts is truncated. A value of `true` indicates that
    /// the list was truncated. A list can be truncated if the number of parts exceeds the limit
    /// returned in the `MaxParts` element.
    pub is_truncated: Option<bool>,
    /// A container for elements related to a particular part. A response can contain zero or more
    /// `Parts` elements.
    #[shape(name = "Part", flattened)]
    pub parts: Vec<ObjectPart>,
}

/// The input of `GetObjectAttributes`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GetObjectAttributesRequest {
    /// The name of the bucket that contains the object.
    #[shape(label)]
    pub bucket: String,
    /// The object key.
    #[shape(label)]
    pub key: String,
    /// The version ID used to reference a specific version of the object.
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    /// Sets the maximum number of parts to return. For more information, see [Uploading and copying
    /// objects using multipart upload in Amazon S3
    /// ](https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html) in the *Amazon
    /// Simple Storage Service user guide*.
    #[shape(header = "x-amz-max-parts")]
    pub max_parts: Option<i32>,
    /// Specifies the part after which listing should begin. Only parts with higher part numbers
    /// will be listed. For more information, see [Uploading and copying objects using multipart
    /// upload in Amazon S3
    /// ](https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html) in the *Amazon
    /// Simple Storage Service user guide*.
    #[shape(header = "x-amz-part-number-marker")]
    pub part_number_marker: Option<i32>,
    /// Specifies the algorithm to use when encrypting the object (for example, AES256).
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This
    /// value is used to store the object and then it is discarded; Amazon S3 does not store the
    /// encryption key. The key must be appropriate for use with the algorithm specified in the
    /// `x-amz-server-side-encryption-customer-algorithm` header.
    #[shape(
        name = "SSECustomerKey",
        header = "x-amz-server-side-encryption-customer-key"
    )]
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses
    /// this header for a message integrity check to ensure that the encryption key was transmitted
    /// without error.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Specifies the fields at the root level that you want returned in the response. Fields that
    /// you do not specify are not returned.
    #[shape(header = "x-amz-object-attributes")]
    pub object_attributes: Vec<ObjectAttributes>,
}

impl ::std::fmt::Debug for GetObjectAttributesRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetObjectAttributesRequest")
            .field("bucket", &self.bucket)
            .field("key", &self.key)
            .field("version_id", &self.version_id)
            .field("max_parts", &self.max_parts)
            .field("part_number_marker", &self.part_number_marker)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field(
                "sse_customer_key",
                &self.sse_customer_key.as_ref().map(|_| "** redacted **"),
            )
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .field("request_payer", &self.request_payer)
            .field("expected_bucket_owner", &self.expected_bucket_owner)
            .field("object_attributes", &self.object_attributes)
            .finish()
    }
}

/// The output of `GetObjectLegalHold`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetObjectLegalHoldOutput {
    /// The current legal hold status for the specified object.
    #[shape(payload)]
    pub legal_hold: Option<ObjectLockLegalHold>,
}

/// The input of `GetObjectLegalHold`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetObjectLegalHoldRequest {
    /// The bucket name containing the object whose legal hold status you want to retrieve.
    #[shape(label)]
    pub bucket: String,
    /// The key name for the object whose legal hold status you want to retrieve.
    #[shape(label)]
    pub key: String,
    /// The version ID of the object whose legal hold status you want to retrieve.
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetObjectLockConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetObjectLockConfigurationOutput {
    /// The specified bucket's Object Lock configuration.
    #[shape(payload)]
    pub object_lock_configuration: Option<ObjectLockConfiguration>,
}

/// The input of `GetObjectLockConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetObjectLockConfigurationRequest {
    /// The bucket whose Object Lock configuration you want to retrieve.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetObject`.
#[derive(Shape, Default)]
pub struct GetObjectOutput {
    /// Object data.
    #[shape(payload)]
    pub body: ByteStream,
    /// Indicates whether the object retrieved was (true) or was not (false) a Delete Marker. If
    /// false, this response header does not appear in the response.
    #[shape(header = "x-amz-delete-marker")]
    pub delete_marker: Option<bool>,
    /// Indicates that a range of bytes was specified in the request.
    #[shape(header = "accept-ranges")]
    pub accept_ranges: Option<String>,
    /// If the object expiration is configured (see [ `PutBucketLifecycleConfiguration`
    /// ](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html)),
    /// the response includes this header. It includes the `expiry-date` and `rule-id` key-value
    /// pairs providing object expiration information. The value of the `rule-id` is URL-encoded.
    #[shape(header = "x-amz-expiration")]
    pub expiration: Option<String>,
    /// Provides information about object restoration action and expiration time of the restored
    /// object copy.
    #[shape(header = "x-amz-restore")]
    pub restore: Option<String>,
    /// Date and time when the object was last modified.
    #[shape(header = "Last-Modified")]
    pub last_modified: Option<DateTime>,
    /// Size of the body in bytes.
    #[shape(header = "Content-Length")]
    pub content_length: Option<i64>,
    /// An entity tag (ETag) is an opaque identifier assigned by a web server to a specific version
    /// of a resource found at a URL.
    #[shape(header = "ETag")]
    pub e_tag: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the object. This checksum is only present if
    /// the object was uploaded with the object. For more information, see [ Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32", header = "x-amz-checksum-crc32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if
    /// the checksum was uploaded with the object. For more information, see [ Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32C", header = "x-amz-checksum-crc32c")]
    pub checksum_crc32_c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumCRC64NVME", header = "x-amz-checksum-crc64nvme")]
    pub checksum_crc64_nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This checksum is only present if
    /// the checksum was uploaded with the object. For more information, see [ Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA1", header = "x-amz-checksum-sha1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This checksum is only present if
    /// the checksum was uploaded with the object. For more information, see [ Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA256", header = "x-amz-checksum-sha256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumSHA512", header = "x-amz-checksum-sha512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the object. For more information, see [Checking
    /// object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumMD5", header = "x-amz-checksum-md5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH64", header = "x-amz-checksum-xxhash64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH3", header = "x-amz-checksum-xxhash3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH128", header = "x-amz-checksum-xxhash128")]
    pub checksum_xxhash128: Option<String>,
    /// The checksum type, which determines how part-level checksums are combined to create an
    /// object-level checksum for multipart objects. You can use this header response to verify that
    /// the checksum type that is received is the same checksum type that was specified in the
    /// `CreateMultipartUpload` request. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-checksum-type")]
    pub checksum_type: Option<ChecksumType>,
    /// This is set to the number of metadata entries not returned in the headers that are prefixed
    /// with `x-amz-meta-`. This can happen if you create metadata using an API like SOAP that
    /// supports more flexible metadata than the REST API. For example, using SOAP, you can create
    /// metadata whose values are not legal HTTP headers.
    #[shape(header = "x-amz-missing-meta")]
    pub missing_meta: Option<i32>,
    /// Version ID of the object.
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
    /// Specifies caching behavior along the request/reply chain.
    #[shape(header = "Cache-Control")]
    pub cache_control: Option<String>,
    /// Specifies presentational information for the object.
    #[shape(header = "Content-Disposition")]
    pub content_disposition: Option<String>,
    /// Indicates what content encodings have been applied to the object and thus what decoding
    /// mechanisms must be applied to obtain the media-type referenced by the Content-Type header
    /// field.
    #[shape(header = "Content-Encoding")]
    pub content_encoding: Option<String>,
    /// The language the content is in.
    #[shape(header = "Content-Language")]
    pub content_language: Option<String>,
    /// The portion of the object returned in the response.
    #[shape(header = "Content-Range")]
    pub content_range: Option<String>,
    /// A standard MIME type describing the format of the object data.
    #[shape(header = "Content-Type")]
    pub content_type: Option<String>,
    /// The date and time at which the object is no longer cacheable.
    #[shape(header = "Expires")]
    pub expires: Option<String>,
    /// If the bucket is configured as a website, redirects requests for this object to another
    /// object in the same bucket or to an external URL. Amazon S3 stores the value of this header
    /// in the object metadata.
    #[shape(header = "x-amz-website-redirect-location")]
    pub website_redirect_location: Option<String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon
    /// FSx.
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// A map of metadata to store with the object in S3.
    #[shape(prefix_headers = "x-amz-meta-")]
    pub metadata: HashMap<String, String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to confirm the encryption algorithm that's used.
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to provide the round-trip message integrity verification
    /// of the customer-provided encryption key.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    /// Indicates whether the object uses an S3 Bucket Key for server-side encryption with Key
    /// Management Service (KMS) keys (SSE-KMS).
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// Provides storage class information of the object. Amazon S3 returns this header for all
    /// objects except for S3 Standard storage class objects.
    #[shape(header = "x-amz-storage-class")]
    pub storage_class: Option<StorageClass>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
    /// Amazon S3 can return this if your request involves a bucket that is either a source or
    /// destination in a replication rule.
    #[shape(header = "x-amz-replication-status")]
    pub replication_status: Option<ReplicationStatus>,
    /// The count of parts this object has. This value is only returned if you specify `partNumber`
    /// in your request and the object was uploaded as a multipart upload.
    #[shape(header = "x-amz-mp-parts-count")]
    pub parts_count: Option<i32>,
    /// The number of tags, if any, on the object, when you have the relevant permission to read
    /// object tags.
    #[shape(header = "x-amz-tagging-count")]
    pub tag_count: Option<i32>,
    /// The Object Lock mode that's currently in place for this object.
    #[shape(header = "x-amz-object-lock-mode")]
    pub object_lock_mode: Option<ObjectLockMode>,
    /// The date and time when this object's Object Lock will expire.
    #[shape(header = "x-amz-object-lock-retain-until-date", timestamp = "iso8601")]
    pub object_lock_retain_until_date: Option<DateTime>,
    /// Indicates whether this object has an active legal hold. This field is only returned if you
    /// have permission to view an object's legal hold status.
    #[shape(header = "x-amz-object-lock-legal-hold")]
    pub object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
}

impl ::std::fmt::Debug for GetObjectOutput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetObjectOutput")
            .field("body", &self.body)
            .field("delete_marker", &self.delete_marker)
            .field("accept_ranges", &self.accept_ranges)
            .field("expiration", &self.expiration)
            .field("restore", &self.restore)
            .field("last_modified", &self.last_modified)
            .field("content_length", &self.content_length)
            .field("e_tag", &self.e_tag)
            .field("checksum_crc32", &self.checksum_crc32)
            .field("checksum_crc32_c", &self.checksum_crc32_c)
            .field("checksum_crc64_nvme", &self.checksum_crc64_nvme)
            .field("checksum_sha1", &self.checksum_sha1)
            .field("checksum_sha256", &self.checksum_sha256)
            .field("checksum_sha512", &self.checksum_sha512)
            .field("checksum_md5", &self.checksum_md5)
            .field("checksum_xxhash64", &self.checksum_xxhash64)
            .field("checksum_xxhash3", &self.checksum_xxhash3)
            .field("checksum_xxhash128", &self.checksum_xxhash128)
            .field("checksum_type", &self.checksum_type)
            .field("missing_meta", &self.missing_meta)
            .field("version_id", &self.version_id)
            .field("cache_control", &self.cache_control)
            .field("content_disposition", &self.content_disposition)
            .field("content_encoding", &self.content_encoding)
            .field("content_language", &self.content_language)
            .field("content_range", &self.content_range)
            .field("content_type", &self.content_type)
            .field("expires", &self.expires)
            .field("website_redirect_location", &self.website_redirect_location)
            .field("server_side_encryption", &self.server_side_encryption)
            .field("metadata", &self.metadata)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .field(
                "ssekms_key_id",
                &self.ssekms_key_id.as_ref().map(|_| "** redacted **"),
            )
            .field("bucket_key_enabled", &self.bucket_key_enabled)
            .field("storage_class", &self.storage_class)
            .field("request_charged", &self.request_charged)
            .field("replication_status", &self.replication_status)
            .field("parts_count", &self.parts_count)
            .field("tag_count", &self.tag_count)
            .field("object_lock_mode", &self.object_lock_mode)
            .field(
                "object_lock_retain_until_date",
                &self.object_lock_retain_until_date,
            )
            .field(
                "object_lock_legal_hold_status",
                &self.object_lock_legal_hold_status,
            )
            .finish()
    }
}

/// The input of `GetObject`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GetObjectRequest {
    /// The bucket name containing the object.
    #[shape(label)]
    pub bucket: String,
    /// Return the object only if its entity tag (ETag) is the same as the one specified in this
    /// header; otherwise, return a `412 Precondition Failed` error.
    #[shape(header = "If-Match")]
    pub if_match: Option<String>,
    /// Return the object only if it has been modified since the specified time; otherwise, return a
    /// `304 Not Modified` error.
    #[shape(header = "If-Modified-Since")]
    pub if_modified_since: Option<DateTime>,
    /// Return the object only if its entity tag (ETag) is different from the one specified in this
    /// header; otherwise, return a `304 Not Modified` error.
    #[shape(header = "If-None-Match")]
    pub if_none_match: Option<String>,
    /// Return the object only if it has not been modified since the specified time; otherwise,
    /// return a `412 Precondition Failed` error.
    #[shape(header = "If-Unmodified-Since")]
    pub if_unmodified_since: Option<DateTime>,
    /// Key of the object to get.
    #[shape(label)]
    pub key: String,
    /// Downloads the specified byte range of an object. For more information about the HTTP Range
    /// header, see
    /// [https://www.rfc-editor.org/rfc/rfc9110.html#name-range](https://www.rfc-editor.org/rfc/rfc9110.html#name-range).
    #[shape(header = "Range")]
    pub range: Option<String>,
    /// Sets the `Cache-Control` header of the response.
    #[shape(query = "response-cache-control")]
    pub response_cache_control: Option<String>,
    /// Sets the `Content-Disposition` header of the response.
    #[shape(query = "response-content-disposition")]
    pub response_content_disposition: Option<String>,
    /// Sets the `Content-Encoding` header of the response.
    #[shape(query = "response-content-encoding")]
    pub response_content_encoding: Option<String>,
    /// Sets the `Content-Language` header of the response.
    #[shape(query = "response-content-language")]
    pub response_content_language: Option<String>,
    /// Sets the `Content-Type` header of the response.
    #[shape(query = "response-content-type")]
    pub response_content_type: Option<String>,
    /// Sets the `Expires` header of the response.
    #[shape(query = "response-expires", timestamp = "rfc822")]
    pub response_expires: Option<DateTime>,
    /// Version ID used to reference a specific version of the object.
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    /// Specifies the algorithm to use when decrypting the object (for example, `AES256`).
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key that you originally provided for Amazon S3 to
    /// encrypt the data before storing it. This value is used to decrypt the object when recovering
    /// it and must match the one used when storing the data. The key must be appropriate for use
    /// with the algorithm specified in the `x-amz-server-side-encryption-customer-algorithm`
    /// header.
    #[shape(
        name = "SSECustomerKey",
        header = "x-amz-server-side-encryption-customer-key"
    )]
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the customer-provided encryption key according to RFC
    /// 1321. Amazon S3 uses this header for a message integrity check to ensure that the encryption
    /// key was transmitted without error.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// Part number of the object being read. This is a positive integer between 1 and 10,000.
    /// Effectively performs a 'ranged' GET request for the part specified. Useful for downloading
    /// just a part of an object.
    #[shape(query = "partNumber")]
    pub part_number: Option<i32>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// To retrieve the checksum, this mode must be enabled.
    #[shape(header = "x-amz-checksum-mode")]
    pub checksum_mode: Option<ChecksumMode>,
}

impl ::std::fmt::Debug for GetObjectRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetObjectRequest")
            .field("bucket", &self.bucket)
            .field("if_match", &self.if_match)
            .field("if_modified_since", &self.if_modified_since)
            .field("if_none_match", &self.if_none_match)
            .field("if_unmodified_since", &self.if_unmodified_since)
            .field("key", &self.key)
            .field("range", &self.range)
            .field("response_cache_control", &self.response_cache_control)
            .field(
                "response_content_disposition",
                &self.response_content_disposition,
            )
            .field("response_content_encoding", &self.response_content_encoding)
            .field("response_content_language", &self.response_content_language)
            .field("response_content_type", &self.response_content_type)
            .field("response_expires", &self.response_expires)
            .field("version_id", &self.version_id)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field(
                "sse_customer_key",
                &self.sse_customer_key.as_ref().map(|_| "** redacted **"),
            )
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .field("request_payer", &self.request_payer)
            .field("part_number", &self.part_number)
            .field("expected_bucket_owner", &self.expected_bucket_owner)
            .field("checksum_mode", &self.checksum_mode)
            .finish()
    }
}

/// The output of `GetObjectRetention`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetObjectRetentionOutput {
    /// The container element for an object's retention settings.
    #[shape(payload)]
    pub retention: Option<ObjectLockRetention>,
}

/// The input of `GetObjectRetention`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetObjectRetentionRequest {
    /// The bucket name containing the object whose retention settings you want to retrieve.
    #[shape(label)]
    pub bucket: String,
    /// The key name for the object whose retention settings you want to retrieve.
    #[shape(label)]
    pub key: String,
    /// The version ID for the object whose retention settings you want to retrieve.
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetObjectTagging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetObjectTaggingOutput {
    /// The versionId of the object for which you got the tagging information.
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
    /// Contains the tag set.
    #[shape(member = "Tag")]
    pub tag_set: Vec<Tag>,
}

/// The input of `GetObjectTagging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetObjectTaggingRequest {
    /// The bucket name containing the object for which to get the tagging information.
    #[shape(label)]
    pub bucket: String,
    /// Object key for which to get the tagging information.
    #[shape(label)]
    pub key: String,
    /// The versionId of the object for which to get the tagging information.
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
}

/// The output of `GetObjectTorrent`.
#[derive(Shape, Debug, Default)]
pub struct GetObjectTorrentOutput {
    /// A Bencoded dictionary as defined by the BitTorrent specification
    #[shape(payload)]
    pub body: ByteStream,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// The input of `GetObjectTorrent`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetObjectTorrentRequest {
    /// The name of the bucket containing the object for which to get the torrent files.
    #[shape(label)]
    pub bucket: String,
    /// The object key for which to get the information.
    #[shape(label)]
    pub key: String,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `GetPublicAccessBlock`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetPublicAccessBlockOutput {
    /// The `PublicAccessBlock` configuration currently in effect for this Amazon S3 bucket.
    #[shape(payload)]
    pub public_access_block_configuration: Option<PublicAccessBlockConfiguration>,
}

/// The input of `GetPublicAccessBlock`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetPublicAccessBlockRequest {
    /// The name of the Amazon S3 bucket whose `PublicAccessBlock` configuration you want to
    /// retrieve.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Container for S3 Glacier job parameters.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GlacierJobParameters {
    /// Retrieval tier at which the restore will be processed.
    pub tier: Tier,
}

/// Container for grant information.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Grant {
    /// The person being granted permissions.
    pub grantee: Option<Grantee>,
    /// Specifies the permission given to the grantee.
    pub permission: Option<Permission>,
}

/// Container for the person being granted permissions.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(xml_namespace(uri = "http://www.w3.org/2001/XMLSchema-instance", prefix = "xsi"))]
pub struct Grantee {
    /// `DisplayName`.
    pub display_name: Option<String>,
    /// `EmailAddress`.
    pub email_address: Option<String>,
    /// The canonical user ID of the grantee.
    #[shape(name = "ID")]
    pub id: Option<String>,
    /// Type of grantee
    #[shape(name = "xsi:type", xml_attribute)]
    pub r#type: Type,
    /// URI of the grantee group.
    #[shape(name = "URI")]
    pub uri: Option<String>,
}

/// The output of `HeadBucket`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct HeadBucketOutput {
    /// The Amazon Resource Name (ARN) of the S3 bucket. ARNs uniquely identify Amazon Web Services
    /// resources across all of Amazon Web Services.
    #[shape(header = "x-amz-bucket-arn")]
    pub bucket_arn: Option<String>,
    /// The type of location where the bucket is created.
    #[shape(header = "x-amz-bucket-location-type")]
    pub bucket_location_type: Option<LocationType>,
    /// The name of the location where the bucket will be created.
    #[shape(header = "x-amz-bucket-location-name")]
    pub bucket_location_name: Option<String>,
    /// The Region that the bucket is located.
    #[shape(header = "x-amz-bucket-region")]
    pub bucket_region: Option<String>,
    /// Indicates whether the bucket name used in the request is an access point alias.
    #[shape(header = "x-amz-access-point-alias")]
    pub access_point_alias: Option<bool>,
}

/// The input of `HeadBucket`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct HeadBucketRequest {
    /// The bucket name.
    #[shape(label)]
    pub bucket: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `HeadObject`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct HeadObjectOutput {
    /// Specifies whether the object retrieved was (true) or was not (false) a Delete Marker. If
    /// false, this response header does not appear in the response.
    #[shape(header = "x-amz-delete-marker")]
    pub delete_marker: Option<bool>,
    /// Indicates that a range of bytes was specified.
    #[shape(header = "accept-ranges")]
    pub accept_ranges: Option<String>,
    /// If the object expiration is configured (see [ `PutBucketLifecycleConfiguration`
    /// ](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html)),
    /// the response includes this header. It includes the `expiry-date` and `rule-id` key-value
    /// pairs providing object expiration information. The value of the `rule-id` is URL-encoded.
    #[shape(header = "x-amz-expiration")]
    pub expiration: Option<String>,
    /// If the object is an archived object (an object whose storage class is GLACIER), the response
    /// includes this header if either the archive restoration is in progress (see
    /// [RestoreObject](https://docs.aws.amazon.com/AmazonS3/latest/API/API_RestoreObject.html) or
    /// an archive copy is already restored.
    #[shape(header = "x-amz-restore")]
    pub restore: Option<String>,
    /// The archive state of the head object.
    #[shape(header = "x-amz-archive-status")]
    pub archive_status: Option<ArchiveStatus>,
    /// Date and time when the object was last modified.
    #[shape(header = "Last-Modified")]
    pub last_modified: Option<DateTime>,
    /// Size of the body in bytes.
    #[shape(header = "Content-Length")]
    pub content_length: Option<i64>,
    /// The Base64 encoded, 32-bit `CRC32 checksum` of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use an API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32", header = "x-amz-checksum-crc32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use an API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32C", header = "x-amz-checksum-crc32c")]
    pub checksum_crc32_c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumCRC64NVME", header = "x-amz-checksum-crc64nvme")]
    pub checksum_crc64_nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use the API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA1", header = "x-amz-checksum-sha1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use an API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA256", header = "x-amz-checksum-sha256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumSHA512", header = "x-amz-checksum-sha512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the object. For more information, see [Checking
    /// object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumMD5", header = "x-amz-checksum-md5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH64", header = "x-amz-checksum-xxhash64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH3", header = "x-amz-checksum-xxhash3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the object. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH128", header = "x-amz-checksum-xxhash128")]
    pub checksum_xxhash128: Option<String>,
    /// The checksum type, which determines how part-level checksums are combined to create an
    /// object-level checksum for multipart objects. You can use this header response to verify that
    /// the checksum type that is received is the same checksum type that was specified in
    /// `CreateMultipartUpload` request. For more information, see [Checking object integrity in the
    /// Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(header = "x-amz-checksum-type")]
    pub checksum_type: Option<ChecksumType>,
    /// An entity tag (ETag) is an opaque identifier assigned by a web server to a specific version
    /// of a resource found at a URL.
    #[shape(header = "ETag")]
    pub e_tag: Option<String>,
    /// This is set to the number of metadata entries not returned in `x-amz-meta` headers. This can
    /// happen if you create metadata using an API like SOAP that supports more flexible metadata
    /// than the REST API. For example, using SOAP, you can create metadata whose values are not
    /// legal HTTP headers.
    #[shape(header = "x-amz-missing-meta")]
    pub missing_meta: Option<i32>,
    /// Version ID of the object.
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
    /// Specifies caching behavior along the request/reply chain.
    #[shape(header = "Cache-Control")]
    pub cache_control: Option<String>,
    /// Specifies presentational information for the object.
    #[shape(header = "Content-Disposition")]
    pub content_disposition: Option<String>,
    /// Indicates what content encodings have been applied to the object and thus what decoding
    /// mechanisms must be applied to obtain the media-type referenced by the Content-Type header
    /// field.
    #[shape(header = "Content-Encoding")]
    pub content_encoding: Option<String>,
    /// The language the content is in.
    #[shape(header = "Content-Language")]
    pub content_language: Option<String>,
    /// A standard MIME type describing the format of the object data.
    #[shape(header = "Content-Type")]
    pub content_type: Option<String>,
    /// The portion of the object returned in the response for a `GET` request.
    #[shape(header = "Content-Range")]
    pub content_range: Option<String>,
    /// The date and time at which the object is no longer cacheable.
    #[shape(header = "Expires")]
    pub expires: Option<String>,
    /// If the bucket is configured as a website, redirects requests for this object to another
    /// object in the same bucket or to an external URL. Amazon S3 stores the value of this header
    /// in the object metadata.
    #[shape(header = "x-amz-website-redirect-location")]
    pub website_redirect_location: Option<String>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon
    /// FSx.
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// A map of metadata to store with the object in S3.
    #[shape(prefix_headers = "x-amz-meta-")]
    pub metadata: HashMap<String, String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to confirm the encryption algorithm that's used.
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to provide the round-trip message integrity verification
    /// of the customer-provided encryption key.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    /// Indicates whether the object uses an S3 Bucket Key for server-side encryption with Key
    /// Management Service (KMS) keys (SSE-KMS).
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// Provides storage class information of the object. Amazon S3 returns this header for all
    /// objects except for S3 Standard storage class objects.
    #[shape(header = "x-amz-storage-class")]
    pub storage_class: Option<StorageClass>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
    /// Amazon S3 can return this header if your request involves a bucket that is either a source
    /// or a destination in a replication rule.
    #[shape(header = "x-amz-replication-status")]
    pub replication_status: Option<ReplicationStatus>,
    /// The count of parts this object has. This value is only returned if you specify `partNumber`
    /// in your request and the object was uploaded as a multipart upload.
    #[shape(header = "x-amz-mp-parts-count")]
    pub parts_count: Option<i32>,
    /// The number of tags, if any, on the object, when you have the relevant permission to read
    /// object tags.
    #[shape(header = "x-amz-tagging-count")]
    pub tag_count: Option<i32>,
    /// The Object Lock mode, if any, that's in effect for this object. This header is only returned
    /// if the requester has the `s3:GetObjectRetention` permission. For more information about S3
    /// Object Lock, see [Object
    /// Lock](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lock.html).
    #[shape(header = "x-amz-object-lock-mode")]
    pub object_lock_mode: Option<ObjectLockMode>,
    /// The date and time when the Object Lock retention period expires. This header is only
    /// returned if the requester has the `s3:GetObjectRetention` permission.
    #[shape(header = "x-amz-object-lock-retain-until-date", timestamp = "iso8601")]
    pub object_lock_retain_until_date: Option<DateTime>,
    /// Specifies whether a legal hold is in effect for this object. This header is only returned if
    /// the requester has the `s3:GetObjectLegalHold` permission. This header is not returned if the
    /// specified version of this object has never had a legal hold applied. For more information
    /// about S3 Object Lock, see [Object
    /// Lock](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lock.html).
    #[shape(header = "x-amz-object-lock-legal-hold")]
    pub object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
}

impl ::std::fmt::Debug for HeadObjectOutput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("HeadObjectOutput")
            .field("delete_marker", &self.delete_marker)
            .field("accept_ranges", &self.accept_ranges)
            .field("expiration", &self.expiration)
            .field("restore", &self.restore)
            .field("archive_status", &self.archive_status)
            .field("last_modified", &self.last_modified)
            .field("content_length", &self.content_length)
            .field("checksum_crc32", &self.checksum_crc32)
            .field("checksum_crc32_c", &self.checksum_crc32_c)
            .field("checksum_crc64_nvme", &self.checksum_crc64_nvme)
            .field("checksum_sha1", &self.checksum_sha1)
            .field("checksum_sha256", &self.checksum_sha256)
            .field("checksum_sha512", &self.checksum_sha512)
            .field("checksum_md5", &self.checksum_md5)
            .field("checksum_xxhash64", &self.checksum_xxhash64)
            .field("checksum_xxhash3", &self.checksum_xxhash3)
            .field("checksum_xxhash128", &self.checksum_xxhash128)
            .field("checksum_type", &self.checksum_type)
            .field("e_tag", &self.e_tag)
            .field("missing_meta", &self.missing_meta)
            .field("version_id", &self.version_id)
            .field("cache_control", &self.cache_control)
            .field("content_disposition", &self.content_disposition)
            .field("content_encoding", &self.content_encoding)
            .field("content_language", &self.content_language)
            .field("content_type", &self.content_type)
            .field("content_range", &self.content_range)
            .field("expires", &self.expires)
            .field("website_redirect_location", &self.website_redirect_location)
            .field("server_side_encryption", &self.server_side_encryption)
            .field("metadata", &self.metadata)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .field(
                "ssekms_key_id",
                &self.ssekms_key_id.as_ref().map(|_| "** redacted **"),
            )
            .field("bucket_key_enabled", &self.bucket_key_enabled)
            .field("storage_class", &self.storage_class)
            .field("request_charged", &self.request_charged)
            .field("replication_status", &self.replication_status)
            .field("parts_count", &self.parts_count)
            .field("tag_count", &self.tag_count)
            .field("object_lock_mode", &self.object_lock_mode)
            .field(
                "object_lock_retain_until_date",
                &self.object_lock_retain_until_date,
            )
            .field(
                "object_lock_legal_hold_status",
                &self.object_lock_legal_hold_status,
            )
            .finish()
    }
}

/// The input of `HeadObject`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct HeadObjectRequest {
    /// The name of the bucket that contains the object.
    #[shape(label)]
    pub bucket: String,
    /// Return the object only if its entity tag (ETag) is the same as the one specified; otherwise,
    /// return a 412 (precondition failed) error.
    #[shape(header = "If-Match")]
    pub if_match: Option<String>,
    /// Return the object only if it has been modified since the specified time; otherwise, return a
    /// 304 (not modified) error.
    #[shape(header = "If-Modified-Since")]
    pub if_modified_since: Option<DateTime>,
    /// Return the object only if its entity tag (ETag) is different from the one specified;
    /// otherwise, return a 304 (not modified) error.
    #[shape(header = "If-None-Match")]
    pub if_none_match: Option<String>,
    /// Return the object only if it has not been modified since the specified time; otherwise,
    /// return a 412 (precondition failed) error.
    #[shape(header = "If-Unmodified-Since")]
    pub if_unmodified_since: Option<DateTime>,
    /// The object key.
    #[shape(label)]
    pub key: String,
    /// HeadObject returns only the metadata for an object. If the Range is satisfiable, only the
    /// `ContentLength` is affected in the response. If the Range is not satisfiable, S3 returns a
    /// `416 - Requested Range Not Satisfiable` error.
    #[shape(header = "Range")]
    pub range: Option<String>,
    /// Sets the `Cache-Control` header of the response.
    #[shape(query = "response-cache-control")]
    pub response_cache_control: Option<String>,
    /// Sets the `Content-Disposition` header of the response.
    #[shape(query = "response-content-disposition")]
    pub response_content_disposition: Option<String>,
    /// Sets the `Content-Encoding` header of the response.
    #[shape(query = "response-content-encoding")]
    pub response_content_encoding: Option<String>,
    /// Sets the `Content-Language` header of the response.
    #[shape(query = "response-content-language")]
    pub response_content_language: Option<String>,
    /// Sets the `Content-Type` header of the response.
    #[shape(query = "response-content-type")]
    pub response_content_type: Option<String>,
    /// Sets the `Expires` header of the response.
    #[shape(query = "response-expires", timestamp = "rfc822")]
    pub response_expires: Option<DateTime>,
    /// Version ID used to reference a specific version of the object.
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    /// Specifies the algorithm to use when encrypting the object (for example, AES256).
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This
    /// value is used to store the object and then it is discarded; Amazon S3 does not store the
    /// encryption key. The key must be appropriate for use with the algorithm specified in the
    /// `x-amz-server-side-encryption-customer-algorithm` header.
    #[shape(
        name = "SSECustomerKey",
        header = "x-amz-server-side-encryption-customer-key"
    )]
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses
    /// this header for a message integrity check to ensure that the encryption key was transmitted
    /// without error.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// Part number of the object being read. This is a positive integer between 1 and 10,000.
    /// Effectively performs a 'ranged' HEAD request for the part specified. Useful querying about
    /// the size of the part and the number of parts in this object.
    #[shape(query = "partNumber")]
    pub part_number: Option<i32>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// To retrieve the checksum, this parameter must be enabled.
    #[shape(header = "x-amz-checksum-mode")]
    pub checksum_mode: Option<ChecksumMode>,
}

impl ::std::fmt::Debug for HeadObjectRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("HeadObjectRequest")
            .field("bucket", &self.bucket)
            .field("if_match", &self.if_match)
            .field("if_modified_since", &self.if_modified_since)
            .field("if_none_match", &self.if_none_match)
            .field("if_unmodified_since", &self.if_unmodified_since)
            .field("key", &self.key)
            .field("range", &self.range)
            .field("response_cache_control", &self.response_cache_control)
            .field(
                "response_content_disposition",
                &self.response_content_disposition,
            )
            .field("response_content_encoding", &self.response_content_encoding)
            .field("response_content_language", &self.response_content_language)
            .field("response_content_type", &self.response_content_type)
            .field("response_expires", &self.response_expires)
            .field("version_id", &self.version_id)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field(
                "sse_customer_key",
                &self.sse_customer_key.as_ref().map(|_| "** redacted **"),
            )
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .field("request_payer", &self.request_payer)
            .field("part_number", &self.part_number)
            .field("expected_bucket_owner", &self.expected_bucket_owner)
            .field("checksum_mode", &self.checksum_mode)
            .finish()
    }
}

/// Container for the `Suffix` element.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct IndexDocument {
    /// A suffix that is appended to a request that is for a directory on the website endpoint. (For
    /// example, if the suffix is `index.html` and you make a request to `samplebucket/images/`, the
    /// data that is returned will be for the object with the key name `images/index.html`.) The
    /// suffix must not be empty and must not include a slash character.
    pub suffix: String,
}

/// Container element that identifies who initiated the multipart upload.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Initiator {
    /// If the principal is an Amazon Web Services account, it provides the Canonical User ID. If
    /// the principal is an IAM User, it provides a user ARN value.
    #[shape(name = "ID")]
    pub id: Option<String>,
    /// This functionality is not supported for directory buckets.
    pub display_name: Option<String>,
}

/// Describes the serialization format of the object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InputSerialization {
    /// Describes the serialization of a CSV-encoded object.
    #[shape(name = "CSV")]
    pub csv: Option<CSVInput>,
    /// Specifies object's compression format. Valid values: NONE, GZIP, BZIP2. Default Value: NONE.
    pub compression_type: Option<CompressionType>,
    /// Specifies JSON as object's input serialization format.
    #[shape(name = "JSON")]
    pub json: Option<JSONInput>,
    /// Specifies Parquet as object's input serialization format.
    pub parquet: Option<ParquetInput>,
}

/// The model's `IntelligentTieringAccessTier`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum IntelligentTieringAccessTier {
    /// `ARCHIVE_ACCESS`
    #[default]
    #[shape(name = "ARCHIVE_ACCESS")]
    ArchiveAccess,
    /// `DEEP_ARCHIVE_ACCESS`
    #[shape(name = "DEEP_ARCHIVE_ACCESS")]
    DeepArchiveAccess,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A container for specifying S3 Intelligent-Tiering filters. The filters determine the subset of
/// objects to which the rule applies.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct IntelligentTieringAndOperator {
    /// An object key name prefix that identifies the subset of objects to which the configuration
    /// applies.
    pub prefix: Option<String>,
    /// All of these tags must exist in the object's tag set in order for the configuration to
    /// apply.
    #[shape(name = "Tag", flattened, member = "Tag")]
    pub tags: Option<Vec<Tag>>,
}

/// Specifies the S3 Intelligent-Tiering configuration for an Amazon S3 bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct IntelligentTieringConfiguration {
    /// The ID used to identify the S3 Intelligent-Tiering configuration.
    pub id: String,
    /// Specifies a bucket filter. The configuration only includes objects that meet the filter's
    /// criteria.
    pub filter: Option<IntelligentTieringFilter>,
    /// Specifies the status of the configuration.
    pub status: IntelligentTieringStatus,
    /// Specifies the S3 Intelligent-Tiering storage class tier of the configuration.
    #[shape(name = "Tiering", flattened)]
    pub tierings: Vec<Tiering>,
}

/// The `Filter` is used to identify objects that the S3 Intelligent-Tiering configuration applies
/// to.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct IntelligentTieringFilter {
    /// An object key name prefix that identifies the subset of objects to which the rule applies.
    pub prefix: Option<String>,
    /// A container of a key value name pair.
    pub tag: Option<Tag>,
    /// A conjunction (logical AND) of predicates, which is used in evaluating a metrics filter. The
    /// operator must have at least two predicates, and an object must match all of the predicates
    /// in order for the filter to apply.
    pub and: Option<IntelligentTieringAndOperator>,
}

/// The model's `IntelligentTieringStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum IntelligentTieringStatus {
    /// `Enabled`
    #[default]
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Specifies the S3 Inventory configuration for an Amazon S3 bucket. For more information, see [GET
/// Bucket
/// inventory](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketGETInventoryConfig.html) in
/// the *Amazon S3 API Reference*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryConfiguration {
    /// Contains information about where to publish the inventory results.
    pub destination: InventoryDestination,
    /// Specifies whether the inventory is enabled or disabled. If set to `True`, an inventory list
    /// is generated. If set to `False`, no inventory list is generated.
    pub is_enabled: bool,
    /// Specifies an inventory filter. The inventory only includes objects that meet the filter's
    /// criteria.
    pub filter: Option<InventoryFilter>,
    /// The ID used to identify the inventory configuration.
    pub id: String,
    /// Object versions to include in the inventory list. If set to `All`, the list includes all the
    /// object versions, which adds the version-related fields `VersionId`, `IsLatest`, and
    /// `DeleteMarker` to the list. If set to `Current`, the list does not contain these
    /// version-related fields.
    pub included_object_versions: InventoryIncludedObjectVersions,
    /// Contains the optional fields that are included in the inventory results.
    #[shape(member = "Field")]
    pub optional_fields: Option<Vec<InventoryOptionalField>>,
    /// Specifies the schedule for generating inventory results.
    pub schedule: InventorySchedule,
}

/// The model's `InventoryConfigurationState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InventoryConfigurationState {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Specifies the S3 Inventory configuration for an Amazon S3 bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryDestination {
    /// Contains the bucket name, file format, bucket owner (optional), and prefix (optional) where
    /// inventory results are published.
    pub s3_bucket_destination: InventoryS3BucketDestination,
}

/// Contains the type of server-side encryption used to encrypt the S3 Inventory results.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryEncryption {
    /// Specifies the use of SSE-S3 to encrypt delivered inventory reports.
    #[shape(name = "SSE-S3")]
    pub sses3: Option<SSES3>,
    /// Specifies the use of SSE-KMS to encrypt delivered inventory reports.
    #[shape(name = "SSE-KMS")]
    pub ssekms: Option<SSEKMS>,
}

/// Specifies an S3 Inventory filter. The inventory only includes objects that meet the filter's
/// criteria.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryFilter {
    /// The prefix that an object must have to be included in the inventory results.
    pub prefix: String,
}

/// The model's `InventoryFormat`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InventoryFormat {
    /// `CSV`
    #[default]
    #[shape(name = "CSV")]
    Csv,
    /// `ORC`
    #[shape(name = "ORC")]
    Orc,
    /// `Parquet`
    Parquet,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `InventoryFrequency`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InventoryFrequency {
    /// `Daily`
    #[default]
    Daily,
    /// `Weekly`
    Weekly,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `InventoryIncludedObjectVersions`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InventoryIncludedObjectVersions {
    /// `All`
    #[default]
    All,
    /// `Current`
    Current,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `InventoryOptionalField`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InventoryOptionalField {
    /// `Size`
    #[default]
    Size,
    /// `LastModifiedDate`
    LastModifiedDate,
    /// `StorageClass`
    StorageClass,
    /// `ETag`
    ETag,
    /// `IsMultipartUploaded`
    IsMultipartUploaded,
    /// `ReplicationStatus`
    ReplicationStatus,
    /// `EncryptionStatus`
    EncryptionStatus,
    /// `ObjectLockRetainUntilDate`
    ObjectLockRetainUntilDate,
    /// `ObjectLockMode`
    ObjectLockMode,
    /// `ObjectLockLegalHoldStatus`
    ObjectLockLegalHoldStatus,
    /// `IntelligentTieringAccessTier`
    IntelligentTieringAccessTier,
    /// `BucketKeyStatus`
    BucketKeyStatus,
    /// `ChecksumAlgorithm`
    ChecksumAlgorithm,
    /// `ObjectAccessControlList`
    ObjectAccessControlList,
    /// `ObjectOwner`
    ObjectOwner,
    /// `LifecycleExpirationDate`
    LifecycleExpirationDate,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains the bucket name, file format, bucket owner (optional), and prefix (optional) where S3
/// Inventory results are published.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryS3BucketDestination {
    /// The account ID that owns the destination S3 bucket. If no account ID is provided, the owner
    /// is not validated before exporting data.
    pub account_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the bucket where inventory results will be published.
    pub bucket: String,
    /// Specifies the output format of the inventory results.
    pub format: InventoryFormat,
    /// The prefix that is prepended to all inventory results.
    pub prefix: Option<String>,
    /// Contains the type of server-side encryption used to encrypt the inventory results.
    pub encryption: Option<InventoryEncryption>,
}

/// Specifies the schedule for generating S3 Inventory results.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventorySchedule {
    /// Specifies how frequently inventory results are produced.
    pub frequency: InventoryFrequency,
}

/// The inventory table configuration for an S3 Metadata configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryTableConfiguration {
    /// The configuration state of the inventory table, indicating whether the inventory table is
    /// enabled or disabled.
    pub configuration_state: InventoryConfigurationState,
    /// The encryption configuration for the inventory table.
    pub encryption_configuration: Option<MetadataTableEncryptionConfiguration>,
}

/// The inventory table configuration for an S3 Metadata configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryTableConfigurationResult {
    /// The configuration state of the inventory table, indicating whether the inventory table is
    /// enabled or disabled.
    pub configuration_state: InventoryConfigurationState,
    /// The status of the inventory table. The status values are:
    pub table_status: Option<String>,
    /// If an S3 Metadata V1 `CreateBucketMetadataTableConfiguration` or V2
    /// `CreateBucketMetadataConfiguration` request succeeds, but S3 Metadata was unable to create
    /// the table, this structure contains the error code and error message.
    pub error: Option<ErrorDetails>,
    /// The name of the inventory table.
    pub table_name: Option<String>,
    /// The Amazon Resource Name (ARN) for the inventory table.
    pub table_arn: Option<String>,
}

/// The specified updates to the S3 Metadata inventory table configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryTableConfigurationUpdates {
    /// The configuration state of the inventory table, indicating whether the inventory table is
    /// enabled or disabled.
    pub configuration_state: InventoryConfigurationState,
    /// The encryption configuration for the inventory table.
    pub encryption_configuration: Option<MetadataTableEncryptionConfiguration>,
}

/// Specifies JSON as object's input serialization format.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct JSONInput {
    /// The type of JSON. Valid values: Document, Lines.
    pub r#type: Option<JSONType>,
}

/// Specifies JSON as request's output serialization format.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct JSONOutput {
    /// The value used to separate individual records in the output. If no value is specified,
    /// Amazon S3 uses a newline character ('\\n').
    pub record_delimiter: Option<String>,
}

/// The model's `JSONType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum JSONType {
    /// `DOCUMENT`
    #[default]
    #[shape(name = "DOCUMENT")]
    Document,
    /// `LINES`
    #[shape(name = "LINES")]
    Lines,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The journal table configuration for an S3 Metadata configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct JournalTableConfiguration {
    /// The journal table record expiration settings for the journal table.
    pub record_expiration: RecordExpiration,
    /// The encryption configuration for the journal table.
    pub encryption_configuration: Option<MetadataTableEncryptionConfiguration>,
}

/// The journal table configuration for the S3 Metadata configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct JournalTableConfigurationResult {
    /// The status of the journal table. The status values are:
    pub table_status: String,
    /// If an S3 Metadata V1 `CreateBucketMetadataTableConfiguration` or V2
    /// `CreateBucketMetadataConfiguration` request succeeds, but S3 Metadata was unable to create
    /// the table, this structure contains the error code and error message.
    pub error: Option<ErrorDetails>,
    /// The name of the journal table.
    pub table_name: String,
    /// The Amazon Resource Name (ARN) for the journal table.
    pub table_arn: Option<String>,
    /// The journal table record expiration settings for the journal table.
    pub record_expiration: RecordExpiration,
}

/// The specified updates to the S3 Metadata journal table configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct JournalTableConfigurationUpdates {
    /// The journal table record expiration settings for the journal table.
    pub record_expiration: RecordExpiration,
}

/// A container for specifying the configuration for Lambda notifications.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LambdaFunctionConfiguration {
    /// An optional unique identifier for configurations in a notification configuration. If you
    /// don't provide one, Amazon S3 will assign an ID.
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the Lambda function that Amazon S3 invokes when the
    /// specified event type occurs.
    #[shape(name = "CloudFunction")]
    pub lambda_function_arn: String,
    /// The Amazon S3 bucket event for which to invoke the Lambda function. For more information,
    /// see [Supported Event
    /// Types](https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html) in the
    /// *Amazon S3 User Guide*.
    #[shape(name = "Event", flattened)]
    pub events: Vec<Event>,
    /// Specifies object key name filtering rules. For information about key name filtering, see
    /// [Configuring event notifications using object key name
    /// filtering](https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html)
    /// in the *Amazon S3 User Guide*.
    pub filter: Option<NotificationConfigurationFilter>,
}

/// Container for lifecycle rules. You can add as many as 1000 rules.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LifecycleConfiguration {
    /// Specifies lifecycle configuration rules for an Amazon S3 bucket.
    #[shape(name = "Rule", flattened)]
    pub rules: Vec<Rule>,
}

/// Container for the expiration for the lifecycle of the object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LifecycleExpiration {
    /// Indicates at what date the object is to be moved or deleted. The date value must conform to
    /// the ISO 8601 format. The time is always midnight UTC.
    #[shape(timestamp = "iso8601")]
    pub date: Option<DateTime>,
    /// Indicates the lifetime, in days, of the objects that are subject to the rule. The value must
    /// be a non-zero positive integer.
    pub days: Option<i32>,
    /// Indicates whether Amazon S3 will remove a delete marker with no noncurrent versions. If set
    /// to true, the delete marker will be expired; if set to false the policy takes no action. This
    /// cannot be specified with Days or Date in a Lifecycle Expiration Policy.
    pub expired_object_delete_marker: Option<bool>,
}

/// A lifecycle rule for individual objects in an Amazon S3 bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LifecycleRule {
    /// Specifies the expiration for the lifecycle of the object in the form of date, days and,
    /// whether the object has a delete marker.
    pub expiration: Option<LifecycleExpiration>,
    /// Unique identifier for the rule. The value cannot be longer than 255 characters.
    #[shape(name = "ID")]
    pub id: Option<String>,
    /// The general purpose bucket prefix that identifies one or more objects to which the rule
    /// applies. We recommend using `Filter` instead of `Prefix` for new PUTs. Previous
    /// configurations where a prefix is defined will continue to operate as before.
    pub prefix: Option<String>,
    /// The `Filter` is used to identify objects that a Lifecycle Rule applies to. A `Filter` must
    /// have exactly one of `Prefix`, `Tag`, `ObjectSizeGreaterThan`, `ObjectSizeLessThan`, or `And`
    /// specified. `Filter` is required if the `LifecycleRule` does not contain a `Prefix` element.
    pub filter: Option<LifecycleRuleFilter>,
    /// If 'Enabled', the rule is currently being applied. If 'Disabled', the rule is not currently
    /// being applied.
    pub status: ExpirationStatus,
    /// Specifies when an Amazon S3 object transitions to a specified storage class.
    #[shape(name = "Transition", flattened)]
    pub transitions: Option<Vec<Transition>>,
    /// Specifies the transition rule for the lifecycle rule that describes when noncurrent objects
    /// transition to a specific storage class. If your bucket is versioning-enabled (or versioning
    /// is suspended), you can set this action to request that Amazon S3 transition noncurrent
    /// object versions to a specific storage class at a set period in the object's lifetime.
    #[shape(name = "NoncurrentVersionTransition", flattened)]
    pub noncurrent_version_transitions: Option<Vec<NoncurrentVersionTransition>>,
    /// Specifies when noncurrent object versions expire. Upon expiration, Amazon S3 permanently
    /// deletes the noncurrent object versions. You set this lifecycle configuration action on a
    /// bucket that has versioning enabled (or suspended) to request that Amazon S3 delete
    /// noncurrent object versions at a specific period in the object's lifetime.
    pub noncurrent_version_expiration: Option<NoncurrentVersionExpiration>,
    /// Specifies the days since the initiation of an incomplete multipart upload that Amazon S3
    /// will wait before permanently removing all parts of the upload. For more information, see [
    /// Aborting Incomplete Multipart Uploads Using a Bucket Lifecycle
    /// Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config)
    /// in the *Amazon S3 User Guide*.
    pub abort_incomplete_multipart_upload: Option<AbortIncompleteMultipartUpload>,
}

/// This is used in a Lifecycle Rule Filter to apply a logical AND to two or more predicates. The
/// Lifecycle Rule will apply to any object matching all of the predicates configured inside the And
/// operator.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LifecycleRuleAndOperator {
    /// Prefix identifying one or more objects to which the rule applies.
    pub prefix: Option<String>,
    /// All of these tags must exist in the object's tag set in order for the rule to apply.
    #[shape(name = "Tag", flattened, member = "Tag")]
    pub tags: Option<Vec<Tag>>,
    /// Minimum object size to which the rule applies.
    pub object_size_greater_than: Option<i64>,
    /// Maximum object size to which the rule applies.
    pub object_size_less_than: Option<i64>,
}

/// The `Filter` is used to identify objects that a Lifecycle Rule applies to. A `Filter` can have
/// exactly one of `Prefix`, `Tag`, `ObjectSizeGreaterThan`, `ObjectSizeLessThan`, or `And`
/// specified. If the `Filter` element is left empty, the Lifecycle Rule applies to all objects in
/// the bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LifecycleRuleFilter {
    /// Prefix identifying one or more objects to which the rule applies.
    pub prefix: Option<String>,
    /// This tag must exist in the object's tag set in order for the rule to apply.
    pub tag: Option<Tag>,
    /// Minimum object size to which the rule applies.
    pub object_size_greater_than: Option<i64>,
    /// Maximum object size to which the rule applies.
    pub object_size_less_than: Option<i64>,
    /// This is used in a Lifecycle Rule Filter to apply a logical AND to two or more predicates.
    /// The Lifecycle Rule will apply to any object matching all of the predicates configured inside
    /// the And operator.
    pub and: Option<LifecycleRuleAndOperator>,
}

/// The output of `ListBucketAnalyticsConfigurations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListBucketAnalyticsConfigurationsOutput {
    /// Indicates whether the returned list of analytics configurations is complete. A value of true
    /// indicates that the list is not complete and the NextContinuationToken will be provided for a
    /// subsequent request.
    pub is_truncated: Option<bool>,
    /// The marker that is used as a starting point for this analytics configuration list response.
    /// This value is present if it was sent in the request.
    pub continuation_token: Option<String>,
    /// `NextContinuationToken` is sent when `isTruncated` is true, which indicates that there are
    /// more analytics configurations to list. The next request must include this
    /// `NextContinuationToken`. The token is obfuscated and is not a usable value.
    pub next_continuation_token: Option<String>,
    /// The list of analytics configurations for a bucket.
    #[shape(name = "AnalyticsConfiguration", flattened)]
    pub analytics_configuration_list: Vec<AnalyticsConfiguration>,
}

/// The input of `ListBucketAnalyticsConfigurations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListBucketAnalyticsConfigurationsRequest {
    /// The name of the bucket from which analytics configurations are retrieved.
    #[shape(label)]
    pub bucket: String,
    /// The `ContinuationToken` that represents a placeholder from where this request should begin.
    #[shape(query = "continuation-token")]
    pub continuation_token: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `ListBucketIntelligentTieringConfigurations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListBucketIntelligentTieringConfigurationsOutput {
    /// Indicates whether the returned list of analytics configurations is complete. A value of
    /// `true` indicates that the list is not complete and the `NextContinuationToken` will be
    /// provided for a subsequent request.
    pub is_truncated: Option<bool>,
    /// The `ContinuationToken` that represents a placeholder from where this request should begin.
    pub continuation_token: Option<String>,
    /// The marker used to continue this inventory configuration listing. Use the
    /// `NextContinuationToken` from this response to continue the listing in a subsequent request.
    /// The continuation token is an opaque value that Amazon S3 understands.
    pub next_continuation_token: Option<String>,
    /// The list of S3 Intelligent-Tiering configurations for a bucket.
    #[shape(name = "IntelligentTieringConfiguration", flattened)]
    pub intelligent_tiering_configuration_list: Vec<IntelligentTieringConfiguration>,
}

/// The input of `ListBucketIntelligentTieringConfigurations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListBucketIntelligentTieringConfigurationsRequest {
    /// The name of the Amazon S3 bucket whose configuration you want to modify or retrieve.
    #[shape(label)]
    pub bucket: String,
    /// The `ContinuationToken` that represents a placeholder from where this request should begin.
    #[shape(query = "continuation-token")]
    pub continuation_token: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `ListBucketInventoryConfigurations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListBucketInventoryConfigurationsOutput {
    /// If sent in the request, the marker that is used as a starting point for this inventory
    /// configuration list response.
    pub continuation_token: Option<String>,
    /// The list of inventory configurations for a bucket.
    #[shape(name = "InventoryConfiguration", flattened)]
    pub inventory_configuration_list: Vec<InventoryConfiguration>,
    /// Tells whether the returned list of inventory configurations is complete. A value of true
    /// indicates that the list is not complete and the NextContinuationToken is provided for a
    /// subsequent request.
    pub is_truncated: Option<bool>,
    /// The marker used to continue this inventory configuration listing. Use the
    /// `NextContinuationToken` from this response to continue the listing in a subsequent request.
    /// The continuation token is an opaque value that Amazon S3 understands.
    pub next_continuation_token: Option<String>,
}

/// The input of `ListBucketInventoryConfigurations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListBucketInventoryConfigurationsRequest {
    /// The name of the bucket containing the inventory configurations to retrieve.
    #[shape(label)]
    pub bucket: String,
    /// The marker used to continue an inventory configuration listing that has been truncated. Use
    /// the `NextContinuationToken` from a previously truncated list response to continue the
    /// listing. The continuation token is an opaque value that Amazon S3 understands.
    #[shape(query = "continuation-token")]
    pub continuation_token: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `ListBucketMetricsConfigurations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListBucketMetricsConfigurationsOutput {
    /// Indicates whether the returned list of metrics configurations is complete. A value of true
    /// indicates that the list is not complete and the NextContinuationToken will be provided for a
    /// subsequent request.
    pub is_truncated: Option<bool>,
    /// The marker that is used as a starting point for this metrics configuration list response.
    /// This value is present if it was sent in the request.
    pub continuation_token: Option<String>,
    /// The marker used to continue a metrics configuration listing that has been truncated. Use the
    /// `NextContinuationToken` from a previously truncated list response to continue the listing.
    /// The continuation token is an opaque value that Amazon S3 understands.
    pub next_continuation_token: Option<String>,
    /// The list of metrics configurations for a bucket.
    #[shape(name = "MetricsConfiguration", flattened)]
    pub metrics_configuration_list: Vec<MetricsConfiguration>,
}

/// The input of `ListBucketMetricsConfigurations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListBucketMetricsConfigurationsRequest {
    /// The name of the bucket containing the metrics configurations to retrieve.
    #[shape(label)]
    pub bucket: String,
    /// The marker that is used to continue a metrics configuration listing that has been truncated.
    /// Use the `NextContinuationToken` from a previously truncated list response to continue the
    /// listing. The continuation token is an opaque value that Amazon S3 understands.
    #[shape(query = "continuation-token")]
    pub continuation_token: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `ListBuckets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListBucketsOutput {
    /// The list of buckets owned by the requester.
    #[shape(member = "Bucket")]
    pub buckets: Vec<BucketShape>,
    /// The owner of the buckets listed.
    pub owner: Option<Owner>,
    /// `ContinuationToken` is included in the response when there are more buckets that can be
    /// listed with pagination. The next `ListBuckets` request to Amazon S3 can be continued with
    /// this `ContinuationToken`. `ContinuationToken` is obfuscated and is not a real bucket.
    pub continuation_token: Option<String>,
    /// If `Prefix` was sent with the request, it is included in the response.
    pub prefix: Option<String>,
}

/// The input of `ListBuckets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListBucketsRequest {
    /// Maximum number of buckets to be returned in response. When the number is more than the count
    /// of buckets that are owned by an Amazon Web Services account, return all the buckets in
    /// response.
    #[shape(query = "max-buckets")]
    pub max_buckets: Option<i32>,
    /// `ContinuationToken` indicates to Amazon S3 that the list is being continued on this bucket
    /// with a token. `ContinuationToken` is obfuscated and is not a real key. You can use this
    /// `ContinuationToken` for pagination of the list results.
    #[shape(query = "continuation-token")]
    pub continuation_token: Option<String>,
    /// Limits the response to bucket names that begin with the specified bucket name prefix.
    #[shape(query = "prefix")]
    pub prefix: Option<String>,
    /// Limits the response to buckets that are located in the specified Amazon Web Services Region.
    /// The Amazon Web Services Region must be expressed according to the Amazon Web Services Region
    /// code, such as `us-west-2` for the US West (Oregon) Region. For a list of the valid values
    /// for all of the Amazon Web Services Regions, see [Regions and
    /// Endpoints](https://docs.aws.amazon.com/general/latest/gr/rande.html#s3_region).
    #[shape(query = "bucket-region")]
    pub bucket_region: Option<String>,
}

/// The output of `ListDirectoryBuckets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDirectoryBucketsOutput {
    /// The list of buckets owned by the requester.
    #[shape(member = "Bucket")]
    pub buckets: Vec<BucketShape>,
    /// If `ContinuationToken` was sent with the request, it is included in the response. You can
    /// use the returned `ContinuationToken` for pagination of the list response.
    pub continuation_token: Option<String>,
}

/// The input of `ListDirectoryBuckets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDirectoryBucketsRequest {
    /// `ContinuationToken` indicates to Amazon S3 that the list is being continued on buckets in
    /// this account with a token. `ContinuationToken` is obfuscated and is not a real bucket name.
    /// You can use this `ContinuationToken` for the pagination of the list results.
    #[shape(query = "continuation-token")]
    pub continuation_token: Option<String>,
    /// Maximum number of buckets to be returned in response. When the number is more than the count
    /// of buckets that are owned by an Amazon Web Services account, return all the buckets in
    /// response.
    #[shape(query = "max-directory-buckets")]
    pub max_directory_buckets: Option<i32>,
}

/// The output of `ListMultipartUploads`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMultipartUploadsOutput {
    /// The name of the bucket to which the multipart upload was initiated. Does not return the
    /// access point ARN or access point alias if used.
    pub bucket: Option<String>,
    /// The key at or after which the listing began.
    pub key_marker: Option<String>,
    /// Together with key-marker, specifies the multipart upload after which listing should begin.
    /// If key-marker is not specified, the upload-id-marker parameter is ignored. Otherwise, any
    /// multipart uploads for a key equal to the key-marker might be included in the list only if
    /// they have an upload ID lexicographically greater than the specified `upload-id-marker`.
    pub upload_id_marker: Option<String>,
    /// When a list is truncated, this element specifies the value that should be used for the
    /// key-marker request parameter in a subsequent request.
    pub next_key_marker: Option<String>,
    /// When a prefix is provided in the request, this field contains the specified prefix. The
    /// result contains only keys starting with the specified prefix.
    pub prefix: Option<String>,
    /// Contains the delimiter you specified in the request. If you don't specify a delimiter in
    /// your request, this element is absent from the response.
    pub delimiter: Option<String>,
    /// When a list is truncated, this element specifies the value that should be used for the
    /// `upload-id-marker` request parameter in a subsequent request.
    pub next_upload_id_marker: Option<String>,
    /// Maximum number of multipart uploads that could have been included in the response.
    pub max_uploads: Option<i32>,
    /// Indicates whether the returned list of multipart uploads is truncated. A value of true
    /// indicates that the list was truncated. The list can be truncated if the number of multipart
    /// uploads exceeds the limit allowed or specified by max uploads.
    pub is_truncated: Option<bool>,
    /// Container for elements related to a particular multipart upload. A response can contain zero
    /// or more `Upload` elements.
    #[shape(name = "Upload", flattened)]
    pub uploads: Vec<MultipartUploadShape>,
    /// If you specify a delimiter in the request, then the result returns each distinct key prefix
    /// containing the delimiter in a `CommonPrefixes` element. The distinct key prefixes are
    /// returned in the `Prefix` child element.
    #[shape(flattened)]
    pub common_prefixes: Vec<CommonPrefix>,
    /// Encoding type used by Amazon S3 to encode object keys in the response.
    pub encoding_type: Option<EncodingType>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// The input of `ListMultipartUploads`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMultipartUploadsRequest {
    /// The name of the bucket to which the multipart upload was initiated.
    #[shape(label)]
    pub bucket: String,
    /// Character you use to group keys.
    #[shape(query = "delimiter")]
    pub delimiter: Option<String>,
    /// Encoding type used by Amazon S3 to encode the [object
    /// keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html) in the
    /// response. Responses are encoded only in UTF-8. An object key can contain any Unicode
    /// character. However, the XML 1.0 parser can't parse certain characters, such as characters
    /// with an ASCII value from 0 to 10. For characters that aren't supported in XML 1.0, you can
    /// add this parameter to request that Amazon S3 encode the keys in the response. For more
    /// information about characters to avoid in object key names, see [Object key naming
    /// guidelines](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-guidelines).
    #[shape(query = "encoding-type")]
    pub encoding_type: Option<EncodingType>,
    /// Specifies the multipart upload after which listing should begin.
    #[shape(query = "key-marker")]
    pub key_marker: Option<String>,
    /// Sets the maximum number of multipart uploads, from 1 to 1,000, to return in the response
    /// body. 1,000 is the maximum number of uploads that can be returned in a response.
    #[shape(query = "max-uploads")]
    pub max_uploads: Option<i32>,
    /// Lists in-progress uploads only for those keys that begin with the specified prefix. You can
    /// use prefixes to separate a bucket into different grouping of keys. (You can think of using
    /// `prefix` to make groups in the same way that you'd use a folder in a file system.)
    #[shape(query = "prefix")]
    pub prefix: Option<String>,
    /// Together with key-marker, specifies the multipart upload after which listing should begin.
    /// If key-marker is not specified, the upload-id-marker parameter is ignored. Otherwise, any
    /// multipart uploads for a key equal to the key-marker might be included in the list only if
    /// they have an upload ID lexicographically greater than the specified `upload-id-marker`.
    #[shape(query = "upload-id-marker")]
    pub upload_id_marker: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
}

/// The output of `ListObjectVersions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListObjectVersionsOutput {
    /// A flag that indicates whether Amazon S3 returned all of the results that satisfied the
    /// search criteria. If your results were truncated, you can make a follow-up paginated request
    /// by using the `NextKeyMarker` and `NextVersionIdMarker` response parameters as a starting
    /// place in another request to return the rest of the results.
    pub is_truncated: Option<bool>,
    /// Marks the last key returned in a truncated response.
    pub key_marker: Option<String>,
    /// Marks the last version of the key returned in a truncated response.
    pub version_id_marker: Option<String>,
    /// When the number of responses exceeds the value of `MaxKeys`, `NextKeyMarker` specifies the
    /// first key not returned that satisfies the search criteria. Use this value for the key-marker
    /// request parameter in a subsequent request.
    pub next_key_marker: Option<String>,
    /// When the number of responses exceeds the value of `MaxKeys`, `NextVersionIdMarker` specifies
    /// the first object version not returned that satisfies the search criteria. Use this value for
    /// the `version-id-marker` request parameter in a subsequent request.
    pub next_version_id_marker: Option<String>,
    /// Container for version information.
    #[shape(name = "Version", flattened)]
    pub versions: Vec<ObjectVersionShape>,
    /// Container for an object that is a delete marker. To learn more about delete markers, see
    /// [Working with delete
    /// markers](https://docs.aws.amazon.com/AmazonS3/latest/userguide/DeleteMarker.html).
    #[shape(name = "DeleteMarker", flattened)]
    pub delete_markers: Vec<DeleteMarkerEntry>,
    /// The bucket name.
    pub name: Option<String>,
    /// Selects objects that start with the value supplied by this parameter.
    pub prefix: Option<String>,
    /// The delimiter grouping the included keys. A delimiter is a character that you specify to
    /// group keys. All keys that contain the same string between the prefix and the first
    /// occurrence of the delimiter are grouped under a single result element in `CommonPrefixes`.
    /// These groups are counted as one result against the `max-keys` limitation. These keys are not
    /// returned elsewhere in the response.
    pub delimiter: Option<String>,
    /// Specifies the maximum number of objects to return.
    pub max_keys: Option<i32>,
    /// All of the keys rolled up into a common prefix count as a single return when calculating the
    /// number of returns.
    #[shape(flattened)]
    pub common_prefixes: Vec<CommonPrefix>,
    /// Encoding type used by Amazon S3 to encode object key names in the XML response.
    pub encoding_type: Option<EncodingType>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// The input of `ListObjectVersions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListObjectVersionsRequest {
    /// The bucket name that contains the objects.
    #[shape(label)]
    pub bucket: String,
    /// A delimiter is a character that you specify to group keys. All keys that contain the same
    /// string between the `prefix` and the first occurrence of the delimiter are grouped under a
    /// single result element in `CommonPrefixes`. These groups are counted as one result against
    /// the `max-keys` limitation. These keys are not returned elsewhere in the response.
    #[shape(query = "delimiter")]
    pub delimiter: Option<String>,
    /// Encoding type used by Amazon S3 to encode the [object
    /// keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html) in the
    /// response. Responses are encoded only in UTF-8. An object key can contain any Unicode
    /// character. However, the XML 1.0 parser can't parse certain characters, such as characters
    /// with an ASCII value from 0 to 10. For characters that aren't supported in XML 1.0, you can
    /// add this parameter to request that Amazon S3 encode the keys in the response. For more
    /// information about characters to avoid in object key names, see [Object key naming
    /// guidelines](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-guidelines).
    #[shape(query = "encoding-type")]
    pub encoding_type: Option<EncodingType>,
    /// Specifies the key to start with when listing objects in a bucket.
    #[shape(query = "key-marker")]
    pub key_marker: Option<String>,
    /// Sets the maximum number of keys returned in the response. By default, the action returns up
    /// to 1,000 key names. The response might contain fewer keys but will never contain more. If
    /// additional keys satisfy the search criteria, but were not returned because `max-keys` was
    /// exceeded, the response contains `<isTruncated>true</isTruncated>`. To return the additional
    /// keys, see `key-marker` and `version-id-marker`.
    #[shape(query = "max-keys")]
    pub max_keys: Option<i32>,
    /// Use this parameter to select only those keys that begin with the specified prefix. You can
    /// use prefixes to separate a bucket into different groupings of keys. (You can think of using
    /// `prefix` to make groups in the same way that you'd use a folder in a file system.) You can
    /// use `prefix` with `delimiter` to roll up numerous objects into a single result under
    /// `CommonPrefixes`.
    #[shape(query = "prefix")]
    pub prefix: Option<String>,
    /// Specifies the object version you want to start listing from.
    #[shape(query = "version-id-marker")]
    pub version_id_marker: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// Specifies the optional fields that you want returned in the response. Fields that you do not
    /// specify are not returned.
    #[shape(header = "x-amz-optional-object-attributes")]
    pub optional_object_attributes: Option<Vec<OptionalObjectAttributes>>,
}

/// The output of `ListObjects`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListObjectsOutput {
    /// A flag that indicates whether Amazon S3 returned all of the results that satisfied the
    /// search criteria.
    pub is_truncated: Option<bool>,
    /// Indicates where in the bucket listing begins. Marker is included in the response if it was
    /// sent with the request.
    pub marker: Option<String>,
    /// When the response is truncated (the `IsTruncated` element value in the response is `true`),
    /// you can use the key name in this field as the `marker` parameter in the subsequent request
    /// to get the next set of objects. Amazon S3 lists objects in alphabetical order.
    pub next_marker: Option<String>,
    /// Metadata about each object returned.
    #[shape(flattened)]
    pub contents: Vec<ObjectShape>,
    /// The bucket name.
    pub name: Option<String>,
    /// Keys that begin with the indicated prefix.
    pub prefix: Option<String>,
    /// Causes keys that contain the same string between the prefix and the first occurrence of the
    /// delimiter to be rolled up into a single result element in the `CommonPrefixes` collection.
    /// These rolled-up keys are not returned elsewhere in the response. Each rolled-up result
    /// counts as only one return against the `MaxKeys` value.
    pub delimiter: Option<String>,
    /// The maximum number of keys returned in the response body.
    pub max_keys: Option<i32>,
    /// All of the keys (up to 1,000) rolled up in a common prefix count as a single return when
    /// calculating the number of returns.
    #[shape(flattened)]
    pub common_prefixes: Vec<CommonPrefix>,
    /// Encoding type used by Amazon S3 to encode the [object
    /// keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html) in the
    /// response. Responses are encoded only in UTF-8. An object key can contain any Unicode
    /// character. However, the XML 1.0 parser can't parse certain characters, such as characters
    /// with an ASCII value from 0 to 10. For characters that aren't supported in XML 1.0, you can
    /// add this parameter to request that Amazon S3 encode the keys in the response. For more
    /// information about characters to avoid in object key names, see [Object key naming
    /// guidelines](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-guidelines).
    pub encoding_type: Option<EncodingType>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// The input of `ListObjects`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListObjectsRequest {
    /// The name of the bucket containing the objects.
    #[shape(label)]
    pub bucket: String,
    /// A delimiter is a character that you use to group keys.
    #[shape(query = "delimiter")]
    pub delimiter: Option<String>,
    /// Encoding type used by Amazon S3 to encode the [object
    /// keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html) in the
    /// response. Responses are encoded only in UTF-8. An object key can contain any Unicode
    /// character. However, the XML 1.0 parser can't parse certain characters, such as characters
    /// with an ASCII value from 0 to 10. For characters that aren't supported in XML 1.0, you can
    /// add this parameter to request that Amazon S3 encode the keys in the response. For more
    /// information about characters to avoid in object key names, see [Object key naming
    /// guidelines](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-guidelines).
    #[shape(query = "encoding-type")]
    pub encoding_type: Option<EncodingType>,
    /// Marker is where you want Amazon S3 to start listing from. Amazon S3 starts listing after
    /// this specified key. Marker can be any key in the bucket.
    #[shape(query = "marker")]
    pub marker: Option<String>,
    /// Sets the maximum number of keys returned in the response. By default, the action returns up
    /// to 1,000 key names. The response might contain fewer keys but will never contain more.
    #[shape(query = "max-keys")]
    pub max_keys: Option<i32>,
    /// Limits the response to keys that begin with the specified prefix.
    #[shape(query = "prefix")]
    pub prefix: Option<String>,
    /// Confirms that the requester knows that she or he will be charged for the list objects
    /// request. Bucket owners need not specify this parameter in their requests.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Specifies the optional fields that you want returned in the response. Fields that you do not
    /// specify are not returned.
    #[shape(header = "x-amz-optional-object-attributes")]
    pub optional_object_attributes: Option<Vec<OptionalObjectAttributes>>,
}

/// The output of `ListObjectsV2`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListObjectsV2Output {
    /// Set to `false` if all of the results were returned. Set to `true` if more keys are available
    /// to return. If the number of results exceeds that specified by `MaxKeys`, all of the results
    /// might not be returned.
    pub is_truncated: Option<bool>,
    /// Metadata about each object returned.
    #[shape(flattened)]
    pub contents: Vec<ObjectShape>,
    /// The bucket name.
    pub name: Option<String>,
    /// Keys that begin with the indicated prefix.
    pub prefix: Option<String>,
    /// Causes keys that contain the same string between the `prefix` and the first occurrence of
    /// the delimiter to be rolled up into a single result element in the `CommonPrefixes`
    /// collection. These rolled-up keys are not returned elsewhere in the response. Each rolled-up
    /// result counts as only one return against the `MaxKeys` value.
    pub delimiter: Option<String>,
    /// Sets the maximum number of keys returned in the response. By default, the action returns up
    /// to 1,000 key names. The response might contain fewer keys but will never contain more.
    pub max_keys: Option<i32>,
    /// All of the keys (up to 1,000) that share the same prefix are grouped together. When counting
    /// the total numbers of returns by this API operation, this group of keys is considered as one
    /// item.
    #[shape(flattened)]
    pub common_prefixes: Vec<CommonPrefix>,
    /// Encoding type used by Amazon S3 to encode object key names in the XML response.
    pub encoding_type: Option<EncodingType>,
    /// `KeyCount` is the number of keys returned with this request. `KeyCount` will always be less
    /// than or equal to the `MaxKeys` field. For example, if you ask for 50 keys, your result will
    /// include 50 keys or fewer.
    pub key_count: Option<i32>,
    /// If `ContinuationToken` was sent with the request, it is included in the response. You can
    /// use the returned `ContinuationToken` for pagination of the list response.
    pub continuation_token: Option<String>,
    /// `NextContinuationToken` is sent when `isTruncated` is true, which means there are more keys
    /// in the bucket that can be listed. The next list requests to Amazon S3 can be continued with
    /// this `NextContinuationToken`. `NextContinuationToken` is obfuscated and is not a real key
    pub next_continuation_token: Option<String>,
    /// If StartAfter was sent with the request, it is included in the response.
    pub start_after: Option<String>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// The input of `ListObjectsV2`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListObjectsV2Request {
    /// **Directory buckets** - When you use this operation with a directory bucket, you must use
    /// virtual-hosted-style requests in the format `
    /// *Bucket-name*.s3express-*zone-id*.*region-code*.amazonaws.com`. Path-style requests are not
    /// supported. Directory bucket names must be unique in the chosen Zone (Availability Zone or
    /// Local Zone). Bucket names must follow the format ` *bucket-base-name*--*zone-id*--x-s3` (for
    /// example, ` *amzn-s3-demo-bucket*--*usw2-az1*--x-s3`). For information about bucket naming
    /// restrictions, see [Directory bucket naming
    /// rules](https://docs.aws.amazon.com/AmazonS3/latest/userguide/directory-bucket-naming-rules.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(label)]
    pub bucket: String,
    /// A delimiter is a character that you use to group keys.
    #[shape(query = "delimiter")]
    pub delimiter: Option<String>,
    /// Encoding type used by Amazon S3 to encode the [object
    /// keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html) in the
    /// response. Responses are encoded only in UTF-8. An object key can contain any Unicode
    /// character. However, the XML 1.0 parser can't parse certain characters, such as characters
    /// with an ASCII value from 0 to 10. For characters that aren't supported in XML 1.0, you can
    /// add this parameter to request that Amazon S3 encode the keys in the response. For more
    /// information about characters to avoid in object key names, see [Object key naming
    /// guidelines](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html#object-key-guidelines).
    #[shape(query = "encoding-type")]
    pub encoding_type: Option<EncodingType>,
    /// Sets the maximum number of keys returned in the response. By default, the action returns up
    /// to 1,000 key names. The response might contain fewer keys but will never contain more.
    #[shape(query = "max-keys")]
    pub max_keys: Option<i32>,
    /// Limits the response to keys that begin with the specified prefix.
    #[shape(query = "prefix")]
    pub prefix: Option<String>,
    /// `ContinuationToken` indicates to Amazon S3 that the list is being continued on this bucket
    /// with a token. `ContinuationToken` is obfuscated and is not a real key. You can use this
    /// `ContinuationToken` for pagination of the list results.
    #[shape(query = "continuation-token")]
    pub continuation_token: Option<String>,
    /// The owner field is not present in `ListObjectsV2` by default. If you want to return the
    /// owner field with each key in the result, then set the `FetchOwner` field to `true`.
    #[shape(query = "fetch-owner")]
    pub fetch_owner: Option<bool>,
    /// StartAfter is where you want Amazon S3 to start listing from. Amazon S3 starts listing after
    /// this specified key. StartAfter can be any key in the bucket.
    #[shape(query = "start-after")]
    pub start_after: Option<String>,
    /// Confirms that the requester knows that she or he will be charged for the list objects
    /// request in V2 style. Bucket owners need not specify this parameter in their requests.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Specifies the optional fields that you want returned in the response. Fields that you do not
    /// specify are not returned.
    #[shape(header = "x-amz-optional-object-attributes")]
    pub optional_object_attributes: Option<Vec<OptionalObjectAttributes>>,
}

/// The output of `ListParts`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPartsOutput {
    /// If the bucket has a lifecycle rule configured with an action to abort incomplete multipart
    /// uploads and the prefix in the lifecycle rule matches the object name in the request, then
    /// the response includes this header indicating when the initiated multipart upload will become
    /// eligible for abort operation. For more information, see [Aborting Incomplete Multipart
    /// Uploads Using a Bucket Lifecycle
    /// Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config).
    #[shape(header = "x-amz-abort-date")]
    pub abort_date: Option<DateTime>,
    /// This header is returned along with the `x-amz-abort-date` header. It identifies applicable
    /// lifecycle configuration rule that defines the action to abort incomplete multipart uploads.
    #[shape(header = "x-amz-abort-rule-id")]
    pub abort_rule_id: Option<String>,
    /// The name of the bucket to which the multipart upload was initiated. Does not return the
    /// access point ARN or access point alias if used.
    pub bucket: Option<String>,
    /// Object key for which the multipart upload was initiated.
    pub key: Option<String>,
    /// Upload ID identifying the multipart upload whose parts are being listed.
    pub upload_id: Option<String>,
    /// Specifies the part after which listing should begin. Only parts with higher part numbers
    /// will be listed.
    pub part_number_marker: Option<i32>,
    /// When a list is truncated, this element specifies the last part in the list, as well as the
    /// value to use for the `part-number-marker` request parameter in a subsequent request.
    pub next_part_number_marker: Option<i32>,
    /// Maximum number of parts that were allowed in the response.
    pub max_parts: Option<i32>,
    /// Indicates whether the returned list of parts is truncated. A true value indicates that the
    /// list was truncated. A list can be truncated if the number of parts exceeds the limit
    /// returned in the MaxParts element.
    pub is_truncated: Option<bool>,
    /// Container for elements related to a particular part. A response can contain zero or more
    /// `Part` elements.
    #[shape(name = "Part", flattened)]
    pub parts: Vec<Part>,
    /// Container element that identifies who initiated the multipart upload. If the initiator is an
    /// Amazon Web Services account, this element provides the same information as the `Owner`
    /// element. If the initiator is an IAM User, this element provides the user ARN.
    pub initiator: Option<Initiator>,
    /// Container element that identifies the object owner, after the object is created. If
    /// multipart upload is initiated by an IAM user, this element provides the parent account ID.
    pub owner: Option<Owner>,
    /// The class of storage used to store the uploaded object.
    pub storage_class: Option<StorageClass>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
    /// The algorithm that was used to create a checksum of the object.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The checksum type, which determines how part-level checksums are combined to create an
    /// object-level checksum for multipart objects. You can use this header response to verify that
    /// the checksum type that is received is the same checksum type that was specified in
    /// `CreateMultipartUpload` request. For more information, see [Checking object integrity in the
    /// Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    pub checksum_type: Option<ChecksumType>,
}

/// The input of `ListParts`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ListPartsRequest {
    /// The name of the bucket to which the parts are being uploaded.
    #[shape(label)]
    pub bucket: String,
    /// Object key for which the multipart upload was initiated.
    #[shape(label)]
    pub key: String,
    /// Sets the maximum number of parts to return.
    #[shape(query = "max-parts")]
    pub max_parts: Option<i32>,
    /// Specifies the part after which listing should begin. Only parts with higher part numbers
    /// will be listed.
    #[shape(query = "part-number-marker")]
    pub part_number_marker: Option<i32>,
    /// Upload ID identifying the multipart upload whose parts are being listed.
    #[shape(query = "uploadId")]
    pub upload_id: String,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// The server-side encryption (SSE) algorithm used to encrypt the object. This parameter is
    /// needed only when the object was created using a checksum algorithm. For more information,
    /// see [Protecting data using SSE-C
    /// keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// The server-side encryption (SSE) customer managed key. This parameter is needed only when
    /// the object was created using a checksum algorithm. For more information, see [Protecting
    /// data using SSE-C
    /// keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "SSECustomerKey",
        header = "x-amz-server-side-encryption-customer-key"
    )]
    pub sse_customer_key: Option<String>,
    /// The MD5 server-side encryption (SSE) customer managed key. This parameter is needed only
    /// when the object was created using a checksum algorithm. For more information, see
    /// [Protecting data using SSE-C
    /// keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
}

impl ::std::fmt::Debug for ListPartsRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListPartsRequest")
            .field("bucket", &self.bucket)
            .field("key", &self.key)
            .field("max_parts", &self.max_parts)
            .field("part_number_marker", &self.part_number_marker)
            .field("upload_id", &self.upload_id)
            .field("request_payer", &self.request_payer)
            .field("expected_bucket_owner", &self.expected_bucket_owner)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field(
                "sse_customer_key",
                &self.sse_customer_key.as_ref().map(|_| "** redacted **"),
            )
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .finish()
    }
}

/// Specifies the location where the bucket will be created.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LocationInfo {
    /// The type of location where the bucket will be created.
    pub r#type: Option<LocationType>,
    /// The name of the location where the bucket will be created.
    pub name: Option<String>,
}

/// The model's `LocationType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LocationType {
    /// `AvailabilityZone`
    #[default]
    AvailabilityZone,
    /// `LocalZone`
    LocalZone,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Describes where logs are stored and the prefix that Amazon S3 assigns to all log object keys for
/// a bucket. For more information, see [PUT Bucket
/// logging](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTlogging.html) in the
/// *Amazon S3 API Reference*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LoggingEnabled {
    /// Specifies the bucket where you want Amazon S3 to store server access logs. You can have your
    /// logs delivered to any bucket that you own, including the same bucket that is being logged.
    /// You can also configure multiple buckets to deliver their logs to the same target bucket. In
    /// this case, you should choose a different `TargetPrefix` for each source bucket so that the
    /// delivered log files can be distinguished by key.
    pub target_bucket: String,
    /// Container for granting information.
    #[shape(member = "Grant")]
    pub target_grants: Option<Vec<TargetGrant>>,
    /// A prefix for all log object keys. If you store log files from multiple Amazon S3 buckets in
    /// a single bucket, you can use a prefix to distinguish which log files came from which bucket.
    pub target_prefix: String,
    /// Amazon S3 key format for log objects.
    pub target_object_key_format: Option<TargetObjectKeyFormat>,
}

/// The model's `MFADelete`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MFADelete {
    /// `Enabled`
    #[default]
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `MFADeleteStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MFADeleteStatus {
    /// `Enabled`
    #[default]
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The S3 Metadata configuration for a general purpose bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetadataConfiguration {
    /// The journal table configuration for a metadata configuration.
    pub journal_table_configuration: JournalTableConfiguration,
    /// The inventory table configuration for a metadata configuration.
    pub inventory_table_configuration: Option<InventoryTableConfiguration>,
}

/// The S3 Metadata configuration for a general purpose bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetadataConfigurationResult {
    /// The destination settings for a metadata configuration.
    pub destination_result: DestinationResult,
    /// The journal table configuration for a metadata configuration.
    pub journal_table_configuration_result: Option<JournalTableConfigurationResult>,
    /// The inventory table configuration for a metadata configuration.
    pub inventory_table_configuration_result: Option<InventoryTableConfigurationResult>,
}

/// The model's `MetadataDirective`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MetadataDirective {
    /// `COPY`
    #[default]
    #[shape(name = "COPY")]
    Copy,
    /// `REPLACE`
    #[shape(name = "REPLACE")]
    Replace,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A metadata key-value pair to store with an object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetadataEntry {
    /// Name of the object.
    pub name: Option<String>,
    /// Value of the object.
    pub value: Option<String>,
}

/// The V1 S3 Metadata configuration for a general purpose bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetadataTableConfiguration {
    /// The destination information for the metadata table configuration. The destination table
    /// bucket must be in the same Region and Amazon Web Services account as the general purpose
    /// bucket. The specified metadata table name must be unique within the `aws_s3_metadata`
    /// namespace in the destination table bucket.
    pub s3_tables_destination: S3TablesDestination,
}

/// The V1 S3 Metadata configuration for a general purpose bucket. The destination table bucket must
/// be in the same Region and Amazon Web Services account as the general purpose bucket. The
/// specified metadata table name must be unique within the `aws_s3_metadata` namespace in the
/// destination table bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetadataTableConfigurationResult {
    /// The destination information for the metadata table configuration. The destination table
    /// bucket must be in the same Region and Amazon Web Services account as the general purpose
    /// bucket. The specified metadata table name must be unique within the `aws_s3_metadata`
    /// namespace in the destination table bucket.
    pub s3_tables_destination_result: S3TablesDestinationResult,
}

/// The encryption settings for an S3 Metadata journal table or inventory table configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetadataTableEncryptionConfiguration {
    /// The encryption type specified for a metadata table. To specify server-side encryption with
    /// Key Management Service (KMS) keys (SSE-KMS), use the `aws:kms` value. To specify server-side
    /// encryption with Amazon S3 managed keys (SSE-S3), use the `AES256` value.
    pub sse_algorithm: TableSseAlgorithm,
    /// If server-side encryption with Key Management Service (KMS) keys (SSE-KMS) is specified, you
    /// must also specify the KMS key Amazon Resource Name (ARN). You must specify a
    /// customer-managed KMS key that's located in the same Region as the general purpose bucket
    /// that corresponds to the metadata table configuration.
    pub kms_key_arn: Option<String>,
}

/// A container specifying replication metrics-related settings enabling replication metrics and
/// events.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Metrics {
    /// Specifies whether the replication metrics are enabled.
    pub status: MetricsStatus,
    /// A container specifying the time threshold for emitting the
    /// `s3:Replication:OperationMissedThreshold` event.
    pub event_threshold: Option<ReplicationTimeValue>,
}

/// A conjunction (logical AND) of predicates, which is used in evaluating a metrics filter. The
/// operator must have at least two predicates, and an object must match all of the predicates in
/// order for the filter to apply.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetricsAndOperator {
    /// The prefix used when evaluating an AND predicate.
    pub prefix: Option<String>,
    /// The list of tags used when evaluating an AND predicate.
    #[shape(name = "Tag", flattened, member = "Tag")]
    pub tags: Option<Vec<Tag>>,
    /// The access point ARN used when evaluating an `AND` predicate.
    pub access_point_arn: Option<String>,
}

/// Specifies a metrics configuration for the CloudWatch request metrics (specified by the metrics
/// configuration ID) from an Amazon S3 bucket. If you're updating an existing metrics
/// configuration, note that this is a full replacement of the existing metrics configuration. If
/// you don't include the elements you want to keep, they are erased. For more information, see
/// [PutBucketMetricsConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTMetricConfiguration.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetricsConfiguration {
    /// The ID used to identify the metrics configuration. The ID has a 64 character limit and can
    /// only contain letters, numbers, periods, dashes, and underscores.
    pub id: String,
    /// Specifies a metrics configuration filter. The metrics configuration will only include
    /// objects that meet the filter's criteria. A filter must be a prefix, an object tag, an access
    /// point ARN, or a conjunction (MetricsAndOperator).
    pub filter: Option<MetricsFilter>,
}

/// Specifies a metrics configuration filter. The metrics configuration only includes objects that
/// meet the filter's criteria. A filter must be a prefix, an object tag, an access point ARN, or a
/// conjunction (MetricsAndOperator). For more information, see
/// [PutBucketMetricsConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketMetricsConfiguration.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetricsFilter {
    /// The prefix used when evaluating a metrics filter.
    pub prefix: Option<String>,
    /// The tag used when evaluating a metrics filter.
    pub tag: Option<Tag>,
    /// The access point ARN used when evaluating a metrics filter.
    pub access_point_arn: Option<String>,
    /// A conjunction (logical AND) of predicates, which is used in evaluating a metrics filter. The
    /// operator must have at least two predicates, and an object must match all of the predicates
    /// in order for the filter to apply.
    pub and: Option<MetricsAndOperator>,
}

/// The model's `MetricsStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MetricsStatus {
    /// `Enabled`
    #[default]
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Container for the `MultipartUpload` for the Amazon S3 object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "MultipartUpload")]
pub struct MultipartUploadShape {
    /// Upload ID that identifies the multipart upload.
    pub upload_id: Option<String>,
    /// Key of the object for which the multipart upload was initiated.
    pub key: Option<String>,
    /// Date and time at which the multipart upload was initiated.
    pub initiated: Option<DateTime>,
    /// The class of storage used to store the object.
    pub storage_class: Option<StorageClass>,
    /// Specifies the owner of the object that is part of the multipart upload.
    pub owner: Option<Owner>,
    /// Identifies who initiated the multipart upload.
    pub initiator: Option<Initiator>,
    /// The algorithm that was used to create a checksum of the object.
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The checksum type that is used to calculate the object’s checksum value. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    pub checksum_type: Option<ChecksumType>,
}

/// Specifies when noncurrent object versions expire. Upon expiration, Amazon S3 permanently deletes
/// the noncurrent object versions. You set this lifecycle configuration action on a bucket that has
/// versioning enabled (or suspended) to request that Amazon S3 delete noncurrent object versions at
/// a specific period in the object's lifetime.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NoncurrentVersionExpiration {
    /// Specifies the number of days an object is noncurrent before Amazon S3 can perform the
    /// associated action. The value must be a non-zero positive integer. For information about the
    /// noncurrent days calculations, see [How Amazon S3 Calculates When an Object Became
    /// Noncurrent](https://docs.aws.amazon.com/AmazonS3/latest/dev/intro-lifecycle-rules.html#non-current-days-calculations)
    /// in the *Amazon S3 User Guide*.
    pub noncurrent_days: Option<i32>,
    /// Specifies how many noncurrent versions Amazon S3 will retain. You can specify up to 100
    /// noncurrent versions to retain. Amazon S3 will permanently delete any additional noncurrent
    /// versions beyond the specified number to retain. For more information about noncurrent
    /// versions, see [Lifecycle configuration
    /// elements](https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html)
    /// in the *Amazon S3 User Guide*.
    pub newer_noncurrent_versions: Option<i32>,
}

/// Container for the transition rule that describes when noncurrent objects transition to the
/// `STANDARD_IA`, `ONEZONE_IA`, `INTELLIGENT_TIERING`, `GLACIER_IR`, `GLACIER`, or `DEEP_ARCHIVE`
/// storage class. If your bucket is versioning-enabled (or versioning is suspended), you can set
/// this action to request that Amazon S3 transition noncurrent object versions to the
/// `STANDARD_IA`, `ONEZONE_IA`, `INTELLIGENT_TIERING`, `GLACIER_IR`, `GLACIER`, or `DEEP_ARCHIVE`
/// storage class at a specific period in the object's lifetime.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NoncurrentVersionTransition {
    /// Specifies the number of days an object is noncurrent before Amazon S3 can perform the
    /// associated action. For information about the noncurrent days calculations, see [How Amazon
    /// S3 Calculates How Long an Object Has Been
    /// Noncurrent](https://docs.aws.amazon.com/AmazonS3/latest/dev/intro-lifecycle-rules.html#non-current-days-calculations)
    /// in the *Amazon S3 User Guide*.
    pub noncurrent_days: Option<i32>,
    /// The class of storage used to store the object.
    pub storage_class: Option<TransitionStorageClass>,
    /// Specifies how many noncurrent versions Amazon S3 will retain in the same storage class
    /// before transitioning objects. You can specify up to 100 noncurrent versions to retain.
    /// Amazon S3 will transition any additional noncurrent versions beyond the specified number to
    /// retain. For more information about noncurrent versions, see [Lifecycle configuration
    /// elements](https://docs.aws.amazon.com/AmazonS3/latest/userguide/intro-lifecycle-rules.html)
    /// in the *Amazon S3 User Guide*.
    pub newer_noncurrent_versions: Option<i32>,
}

/// A container for specifying the notification configuration of the bucket. If this element is
/// empty, notifications are turned off for the bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NotificationConfiguration {
    /// The topic to which notifications are sent and the events for which notifications are
    /// generated.
    #[shape(name = "TopicConfiguration", flattened)]
    pub topic_configurations: Option<Vec<TopicConfiguration>>,
    /// The Amazon Simple Queue Service queues to publish messages to and the events for which to
    /// publish messages.
    #[shape(name = "QueueConfiguration", flattened)]
    pub queue_configurations: Option<Vec<QueueConfiguration>>,
    /// Describes the Lambda functions to invoke and the events for which to invoke them.
    #[shape(name = "CloudFunctionConfiguration", flattened)]
    pub lambda_function_configurations: Option<Vec<LambdaFunctionConfiguration>>,
    /// Enables delivery of events to Amazon EventBridge.
    pub event_bridge_configuration: Option<EventBridgeConfiguration>,
}

/// The output of `GetBucketNotification`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NotificationConfigurationDeprecated {
    /// This data type is deprecated. A container for specifying the configuration for publication
    /// of messages to an Amazon Simple Notification Service (Amazon SNS) topic when Amazon S3
    /// detects specified events.
    pub topic_configuration: Option<TopicConfigurationDeprecated>,
    /// This data type is deprecated. This data type specifies the configuration for publishing
    /// messages to an Amazon Simple Queue Service (Amazon SQS) queue when Amazon S3 detects
    /// specified events.
    pub queue_configuration: Option<QueueConfigurationDeprecated>,
    /// Container for specifying the Lambda notification configuration.
    pub cloud_function_configuration: Option<CloudFunctionConfiguration>,
}

/// Specifies object key name filtering rules. For information about key name filtering, see
/// [Configuring event notifications using object key name
/// filtering](https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html)
/// in the *Amazon S3 User Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NotificationConfigurationFilter {
    /// A container for object key name prefix and suffix filtering rules.
    #[shape(name = "S3Key")]
    pub key: Option<S3KeyFilter>,
}

/// The model's `ObjectAttributes`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ObjectAttributes {
    /// `ETag`
    #[default]
    ETag,
    /// `Checksum`
    Checksum,
    /// `ObjectParts`
    ObjectParts,
    /// `StorageClass`
    StorageClass,
    /// `ObjectSize`
    ObjectSize,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ObjectCannedACL`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ObjectCannedACL {
    /// `private`
    #[default]
    #[shape(name = "private")]
    Private,
    /// `public-read`
    #[shape(name = "public-read")]
    PublicRead,
    /// `public-read-write`
    #[shape(name = "public-read-write")]
    PublicReadWrite,
    /// `authenticated-read`
    #[shape(name = "authenticated-read")]
    AuthenticatedRead,
    /// `aws-exec-read`
    #[shape(name = "aws-exec-read")]
    AwsExecRead,
    /// `bucket-owner-read`
    #[shape(name = "bucket-owner-read")]
    BucketOwnerRead,
    /// `bucket-owner-full-control`
    #[shape(name = "bucket-owner-full-control")]
    BucketOwnerFullControl,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The updated server-side encryption type for this object. The `UpdateObjectEncryption` operation
/// supports the SSE-S3 and SSE-KMS encryption types.
#[derive(Shape, Debug, Clone, PartialEq)]
pub enum ObjectEncryption {
    /// Specifies to update the object encryption type to server-side encryption with Key Management
    /// Service (KMS) keys (SSE-KMS).
    #[shape(name = "SSE-KMS")]
    Ssekms(SSEKMSEncryption),
    /// A member this model does not know: its name.
    #[shape(other)]
    Unknown(String),
}

/// Object Identifier is unique value to identify objects.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ObjectIdentifier {
    /// Key name of the object.
    pub key: String,
    /// Version ID for the specific version of the object to delete.
    pub version_id: Option<String>,
    /// An entity tag (ETag) is an identifier assigned by a web server to a specific version of a
    /// resource found at a URL. This header field makes the request method conditional on `ETags`.
    pub e_tag: Option<String>,
    /// If present, the objects are deleted only if its modification times matches the provided
    /// `Timestamp`.
    #[shape(timestamp = "rfc822")]
    pub last_modified_time: Option<DateTime>,
    /// If present, the objects are deleted only if its size matches the provided size in bytes.
    pub size: Option<i64>,
}

/// The container element for Object Lock configuration parameters.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ObjectLockConfiguration {
    /// Indicates whether this bucket has an Object Lock configuration enabled. Enable
    /// `ObjectLockEnabled` when you apply `ObjectLockConfiguration` to a bucket.
    pub object_lock_enabled: Option<ObjectLockEnabled>,
    /// Specifies the Object Lock rule for the specified object. Enable the this rule when you apply
    /// `ObjectLockConfiguration` to a bucket. Bucket settings require both a mode and a period. The
    /// period can be either `Days` or `Years` but you must select one. You cannot specify `Days`
    /// and `Years` at the same time.
    pub rule: Option<ObjectLockRule>,
}

/// The model's `ObjectLockEnabled`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ObjectLockEnabled {
    /// `Enabled`
    #[default]
    Enabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A legal hold configuration for an object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ObjectLockLegalHold {
    /// Indicates whether the specified object has a legal hold in place.
    pub status: Option<ObjectLockLegalHoldStatus>,
}

/// The model's `ObjectLockLegalHoldStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ObjectLockLegalHoldStatus {
    /// `ON`
    #[default]
    #[shape(name = "ON")]
    On,
    /// `OFF`
    #[shape(name = "OFF")]
    Off,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ObjectLockMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ObjectLockMode {
    /// `GOVERNANCE`
    #[default]
    #[shape(name = "GOVERNANCE")]
    Governance,
    /// `COMPLIANCE`
    #[shape(name = "COMPLIANCE")]
    Compliance,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A Retention configuration for an object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ObjectLockRetention {
    /// Indicates the Retention mode for the specified object.
    pub mode: Option<ObjectLockRetentionMode>,
    /// The date on which this Object Lock Retention will expire.
    #[shape(timestamp = "iso8601")]
    pub retain_until_date: Option<DateTime>,
}

/// The model's `ObjectLockRetentionMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ObjectLockRetentionMode {
    /// `GOVERNANCE`
    #[default]
    #[shape(name = "GOVERNANCE")]
    Governance,
    /// `COMPLIANCE`
    #[shape(name = "COMPLIANCE")]
    Compliance,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The container element for an Object Lock rule.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ObjectLockRule {
    /// The default Object Lock retention mode and period that you want to apply to new objects
    /// placed in the specified bucket. Bucket settings require both a mode and a period. The period
    /// can be either `Days` or `Years` but you must select one. You cannot specify `Days` and
    /// `Years` at the same time.
    pub default_retention: Option<DefaultRetention>,
}

/// The container element for object ownership for a bucket's ownership controls.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ObjectOwnership {
    /// `BucketOwnerPreferred`
    #[default]
    BucketOwnerPreferred,
    /// `ObjectWriter`
    ObjectWriter,
    /// `BucketOwnerEnforced`
    BucketOwnerEnforced,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A container for elements related to an individual part.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ObjectPart {
    /// The part number identifying the part. This value is a positive integer between 1 and 10,000.
    pub part_number: Option<i32>,
    /// The size of the uploaded part in bytes.
    pub size: Option<i64>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `CRC32` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `CRC32C` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32C")]
    pub checksum_crc32_c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `CRC64NVME` checksum algorithm, or if the
    /// object was uploaded without a checksum (and Amazon S3 added the default checksum,
    /// `CRC64NVME`, to the uploaded object). For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC64NVME")]
    pub checksum_crc64_nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `SHA1` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `SHA256` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the part. This checksum is present if the
    /// multipart upload request was created with the `SHA512` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the part. This checksum is present if the
    /// multipart upload request was created with the `MD5` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumMD5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `XXHASH64` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `XXHASH3` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the part. This checksum is present if
    /// the multipart upload request was created with the `XXHASH128` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH128")]
    pub checksum_xxhash128: Option<String>,
}

/// An object consists of data and its descriptive metadata.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Object")]
pub struct ObjectShape {
    /// The name that you assign to an object. You use the object key to retrieve the object.
    pub key: String,
    /// Creation date of the object.
    pub last_modified: Option<DateTime>,
    /// The entity tag is a hash of the object. The ETag reflects changes only to the contents of an
    /// object, not its metadata. The ETag may or may not be an MD5 digest of the object data.
    /// Whether or not it is depends on how the object was created and how it is encrypted as
    /// described below:
    pub e_tag: Option<String>,
    /// The algorithm that was used to create a checksum of the object.
    #[shape(flattened)]
    pub checksum_algorithm: Vec<ChecksumAlgorithm>,
    /// The checksum type that is used to calculate the object’s checksum value. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    pub checksum_type: Option<ChecksumType>,
    /// Size in bytes of the object
    pub size: Option<i64>,
    /// The class of storage used to store the object.
    pub storage_class: Option<ObjectStorageClass>,
    /// The owner of the object
    pub owner: Option<Owner>,
    /// Specifies the restoration status of an object. Objects in certain storage classes must be
    /// restored before they can be retrieved. For more information about these storage classes and
    /// how to work with archived objects, see [ Working with archived
    /// objects](https://docs.aws.amazon.com/AmazonS3/latest/userguide/archived-objects.html) in the
    /// *Amazon S3 User Guide*.
    pub restore_status: Option<RestoreStatus>,
}

/// The model's `ObjectStorageClass`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ObjectStorageClass {
    /// `STANDARD`
    #[default]
    #[shape(name = "STANDARD")]
    Standard,
    /// `REDUCED_REDUNDANCY`
    #[shape(name = "REDUCED_REDUNDANCY")]
    ReducedRedundancy,
    /// `GLACIER`
    #[shape(name = "GLACIER")]
    Glacier,
    /// `STANDARD_IA`
    #[shape(name = "STANDARD_IA")]
    StandardIa,
    /// `ONEZONE_IA`
    #[shape(name = "ONEZONE_IA")]
    OnezoneIa,
    /// `INTELLIGENT_TIERING`
    #[shape(name = "INTELLIGENT_TIERING")]
    IntelligentTiering,
    /// `DEEP_ARCHIVE`
    #[shape(name = "DEEP_ARCHIVE")]
    DeepArchive,
    /// `OUTPOSTS`
    #[shape(name = "OUTPOSTS")]
    Outposts,
    /// `GLACIER_IR`
    #[shape(name = "GLACIER_IR")]
    GlacierIr,
    /// `SNOW`
    #[shape(name = "SNOW")]
    Snow,
    /// `EXPRESS_ONEZONE`
    #[shape(name = "EXPRESS_ONEZONE")]
    ExpressOnezone,
    /// `FSX_OPENZFS`
    #[shape(name = "FSX_OPENZFS")]
    FsxOpenzfs,
    /// `FSX_ONTAP`
    #[shape(name = "FSX_ONTAP")]
    FsxOntap,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The version of an object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "ObjectVersion")]
pub struct ObjectVersionShape {
    /// The entity tag is an MD5 hash of that version of the object.
    pub e_tag: Option<String>,
    /// The algorithm that was used to create a checksum of the object.
    #[shape(flattened)]
    pub checksum_algorithm: Vec<ChecksumAlgorithm>,
    /// The checksum type that is used to calculate the object’s checksum value. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    pub checksum_type: Option<ChecksumType>,
    /// Size in bytes of the object.
    pub size: Option<i64>,
    /// The class of storage used to store the object.
    pub storage_class: Option<ObjectVersionStorageClass>,
    /// The object key.
    pub key: Option<String>,
    /// Version ID of an object.
    pub version_id: Option<String>,
    /// Specifies whether the object is (true) or is not (false) the latest version of an object.
    pub is_latest: Option<bool>,
    /// Date and time when the object was last modified.
    pub last_modified: Option<DateTime>,
    /// Specifies the owner of the object.
    pub owner: Option<Owner>,
    /// Specifies the restoration status of an object. Objects in certain storage classes must be
    /// restored before they can be retrieved. For more information about these storage classes and
    /// how to work with archived objects, see [ Working with archived
    /// objects](https://docs.aws.amazon.com/AmazonS3/latest/userguide/archived-objects.html) in the
    /// *Amazon S3 User Guide*.
    pub restore_status: Option<RestoreStatus>,
}

/// The model's `ObjectVersionStorageClass`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ObjectVersionStorageClass {
    /// `STANDARD`
    #[default]
    #[shape(name = "STANDARD")]
    Standard,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `OptionalObjectAttributes`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OptionalObjectAttributes {
    /// `RestoreStatus`
    #[default]
    RestoreStatus,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Describes the location where the restore job's output is stored.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OutputLocation {
    /// Describes an S3 location that will receive the results of the restore request.
    pub s3: Option<S3Location>,
}

/// Describes how results of the Select job are serialized.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OutputSerialization {
    /// Describes the serialization of CSV-encoded Select results.
    #[shape(name = "CSV")]
    pub csv: Option<CSVOutput>,
    /// Specifies JSON as request's output serialization format.
    #[shape(name = "JSON")]
    pub json: Option<JSONOutput>,
}

/// Container for the owner's display name and ID.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Owner {
    /// `DisplayName`.
    pub display_name: Option<String>,
    /// Container for the ID of the owner.
    #[shape(name = "ID")]
    pub id: Option<String>,
}

/// The model's `OwnerOverride`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OwnerOverride {
    /// `Destination`
    #[default]
    Destination,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The container element for a bucket's ownership controls.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OwnershipControls {
    /// The container element for an ownership control rule.
    #[shape(name = "Rule", flattened)]
    pub rules: Vec<OwnershipControlsRule>,
}

/// The container element for an ownership control rule.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OwnershipControlsRule {
    /// The container element for object ownership for a bucket's ownership controls.
    pub object_ownership: ObjectOwnership,
}

/// Container for Parquet.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ParquetInput {}

/// Container for elements related to a part.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Part {
    /// Part number identifying the part. This is a positive integer between 1 and 10,000.
    pub part_number: Option<i32>,
    /// Date and time at which the part was uploaded.
    pub last_modified: Option<DateTime>,
    /// Entity tag returned when the part was uploaded.
    pub e_tag: Option<String>,
    /// Size in bytes of the uploaded part data.
    pub size: Option<i64>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the part. This checksum is present if the
    /// object was uploaded with the `CRC32` checksum algorithm. For more information, see [Checking
    /// object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the part. This checksum is present if the
    /// object was uploaded with the `CRC32C` checksum algorithm. For more information, see
    /// [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32C")]
    pub checksum_crc32_c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `CRC64NVME` checksum algorithm, or if the
    /// object was uploaded without a checksum (and Amazon S3 added the default checksum,
    /// `CRC64NVME`, to the uploaded object). For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC64NVME")]
    pub checksum_crc64_nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` checksum of the part. This checksum is present if the
    /// object was uploaded with the `SHA1` checksum algorithm. For more information, see [Checking
    /// object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` checksum of the part. This checksum is present if the
    /// object was uploaded with the `SHA256` checksum algorithm. For more information, see
    /// [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the part. This checksum is present if the
    /// multipart upload request was created with the `SHA512` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the part. This checksum is present if the
    /// multipart upload request was created with the `MD5` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumMD5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `XXHASH64` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the part. This checksum is present if the
    /// multipart upload request was created with the `XXHASH3` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the part. This checksum is present if
    /// the multipart upload request was created with the `XXHASH128` checksum algorithm. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH128")]
    pub checksum_xxhash128: Option<String>,
}

/// The model's `PartitionDateSource`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PartitionDateSource {
    /// `EventTime`
    #[default]
    EventTime,
    /// `DeliveryTime`
    DeliveryTime,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Amazon S3 keys for log objects are partitioned in the following format:
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PartitionedPrefix {
    /// Specifies the partition date source for the partitioned prefix. `PartitionDateSource` can be
    /// `EventTime` or `DeliveryTime`.
    pub partition_date_source: Option<PartitionDateSource>,
}

/// The model's `Payer`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Payer {
    /// `Requester`
    #[default]
    Requester,
    /// `BucketOwner`
    BucketOwner,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `Permission`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Permission {
    /// `FULL_CONTROL`
    #[default]
    #[shape(name = "FULL_CONTROL")]
    FullControl,
    /// `WRITE`
    #[shape(name = "WRITE")]
    Write,
    /// `WRITE_ACP`
    #[shape(name = "WRITE_ACP")]
    WriteAcp,
    /// `READ`
    #[shape(name = "READ")]
    Read,
    /// `READ_ACP`
    #[shape(name = "READ_ACP")]
    ReadAcp,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The container element for a bucket's policy status.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PolicyStatus {
    /// The policy status for this bucket. `TRUE` indicates that this bucket is public. `FALSE`
    /// indicates that the bucket is not public.
    pub is_public: Option<bool>,
}

/// This data type contains information about progress of an operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Progress {
    /// The current number of object bytes scanned.
    pub bytes_scanned: Option<i64>,
    /// The current number of uncompressed object bytes processed.
    pub bytes_processed: Option<i64>,
    /// The current number of bytes of records payload data returned.
    pub bytes_returned: Option<i64>,
}

/// This data type contains information about the progress event of an operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ProgressEvent {
    /// The Progress event details.
    pub details: Option<Progress>,
}

/// The model's `Protocol`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Protocol {
    /// `http`
    #[default]
    #[shape(name = "http")]
    Http,
    /// `https`
    #[shape(name = "https")]
    Https,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The PublicAccessBlock configuration that you want to apply to this Amazon S3 bucket. You can
/// enable the configuration options in any combination. Bucket-level settings work alongside
/// account-level settings (which may inherit from organization-level policies). For more
/// information about when Amazon S3 considers a bucket or object public, see [The Meaning of
/// "Public"](https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status)
/// in the *Amazon S3 User Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PublicAccessBlockConfiguration {
    /// Specifies whether Amazon S3 should block public access control lists (ACLs) for this bucket
    /// and objects in this bucket. Setting this element to `TRUE` causes the following behavior:
    pub block_public_acls: Option<bool>,
    /// Specifies whether Amazon S3 should ignore public ACLs for this bucket and objects in this
    /// bucket. Setting this element to `TRUE` causes Amazon S3 to ignore all public ACLs on this
    /// bucket and objects in this bucket.
    pub ignore_public_acls: Option<bool>,
    /// Specifies whether Amazon S3 should block public bucket policies for this bucket. Setting
    /// this element to `TRUE` causes Amazon S3 to reject calls to PUT Bucket policy if the
    /// specified bucket policy allows public access.
    pub block_public_policy: Option<bool>,
    /// Specifies whether Amazon S3 should restrict public bucket policies for this bucket. Setting
    /// this element to `TRUE` restricts access to this bucket to only Amazon Web Services service
    /// principals and authorized users within this account if the bucket has a public policy.
    pub restrict_public_buckets: Option<bool>,
}

/// The input of `PutBucketAbac`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketAbacRequest {
    /// The name of the general purpose bucket.
    #[shape(label)]
    pub bucket: String,
    /// The MD5 hash of the `PutBucketAbac` request body.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm that you want Amazon S3 to use to create the checksum. For more
    /// information, see [ Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The Amazon Web Services account ID of the general purpose bucket's owner.
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// The ABAC status of the general purpose bucket. When ABAC is enabled for the general purpose
    /// bucket, you can use tags to manage access to the general purpose buckets as well as for cost
    /// tracking purposes. When ABAC is disabled for the general purpose buckets, you can only use
    /// tags for cost tracking purposes. For more information, see [Using tags with S3 general
    /// purpose
    /// buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/buckets-tagging.html).
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub abac_status: AbacStatus,
}

/// The input of `PutBucketAccelerateConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketAccelerateConfigurationRequest {
    /// The name of the bucket for which the accelerate configuration is set.
    #[shape(label)]
    pub bucket: String,
    /// Container for setting the transfer acceleration state.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub accelerate_configuration: AccelerateConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
}

/// The input of `PutBucketAcl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketAclRequest {
    /// The canned ACL to apply to the bucket.
    #[shape(name = "ACL", header = "x-amz-acl")]
    pub acl: Option<BucketCannedACL>,
    /// Contains the elements that set the ACL permissions for an object per grantee.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub access_control_policy: Option<AccessControlPolicy>,
    /// The bucket to which to apply the ACL.
    #[shape(label)]
    pub bucket: String,
    /// The Base64 encoded 128-bit `MD5` digest of the data. This header must be used as a message
    /// integrity check to verify that the request body was not corrupted in transit. For more
    /// information, go to [RFC 1864.](http://www.ietf.org/rfc/rfc1864.txt)
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Allows grantee the read, write, read ACP, and write ACP permissions on the bucket.
    #[shape(header = "x-amz-grant-full-control")]
    pub grant_full_control: Option<String>,
    /// Allows grantee to list the objects in the bucket.
    #[shape(header = "x-amz-grant-read")]
    pub grant_read: Option<String>,
    /// Allows grantee to read the bucket ACL.
    #[shape(name = "GrantReadACP", header = "x-amz-grant-read-acp")]
    pub grant_read_acp: Option<String>,
    /// Allows grantee to create new objects in the bucket.
    #[shape(header = "x-amz-grant-write")]
    pub grant_write: Option<String>,
    /// Allows grantee to write the ACL for the applicable bucket.
    #[shape(name = "GrantWriteACP", header = "x-amz-grant-write-acp")]
    pub grant_write_acp: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `PutBucketAnalyticsConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketAnalyticsConfigurationRequest {
    /// The name of the bucket to which an analytics configuration is stored.
    #[shape(label)]
    pub bucket: String,
    /// The ID that identifies the analytics configuration.
    #[shape(query = "id")]
    pub id: String,
    /// The configuration and any analyses for the analytics filter.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub analytics_configuration: AnalyticsConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `PutBucketCors`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketCorsRequest {
    /// Specifies the bucket impacted by the `cors`configuration.
    #[shape(label)]
    pub bucket: String,
    /// Describes the cross-origin access configuration for objects in an Amazon S3 bucket. For more
    /// information, see [Enabling Cross-Origin Resource
    /// Sharing](https://docs.aws.amazon.com/AmazonS3/latest/dev/cors.html) in the *Amazon S3 User
    /// Guide*.
    #[shape(
        name = "CORSConfiguration",
        payload,
        xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/"
    )]
    pub cors_configuration: CORSConfiguration,
    /// The Base64 encoded 128-bit `MD5` digest of the data. This header must be used as a message
    /// integrity check to verify that the request body was not corrupted in transit. For more
    /// information, go to [RFC 1864.](http://www.ietf.org/rfc/rfc1864.txt)
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `PutBucketEncryption`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketEncryptionRequest {
    /// Specifies default encryption for a bucket using server-side encryption with different key
    /// options.
    #[shape(label)]
    pub bucket: String,
    /// The Base64 encoded 128-bit `MD5` digest of the server-side encryption configuration.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Specifies the default server-side-encryption configuration.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub server_side_encryption_configuration: ServerSideEncryptionConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `PutBucketIntelligentTieringConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketIntelligentTieringConfigurationRequest {
    /// The name of the Amazon S3 bucket whose configuration you want to modify or retrieve.
    #[shape(label)]
    pub bucket: String,
    /// The ID used to identify the S3 Intelligent-Tiering configuration.
    #[shape(query = "id")]
    pub id: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Container for S3 Intelligent-Tiering configuration.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub intelligent_tiering_configuration: IntelligentTieringConfiguration,
}

/// The input of `PutBucketInventoryConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketInventoryConfigurationRequest {
    /// The name of the bucket where the inventory configuration will be stored.
    #[shape(label)]
    pub bucket: String,
    /// The ID used to identify the inventory configuration.
    #[shape(query = "id")]
    pub id: String,
    /// Specifies the inventory configuration.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub inventory_configuration: InventoryConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `PutBucketLifecycleConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketLifecycleConfigurationOutput {
    /// Indicates which default minimum object size behavior is applied to the lifecycle
    /// configuration.
    #[shape(header = "x-amz-transition-default-minimum-object-size")]
    pub transition_default_minimum_object_size: Option<TransitionDefaultMinimumObjectSize>,
}

/// The input of `PutBucketLifecycleConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketLifecycleConfigurationRequest {
    /// The name of the bucket for which to set the configuration.
    #[shape(label)]
    pub bucket: String,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Container for lifecycle rules. You can add as many as 1,000 rules.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub lifecycle_configuration: Option<BucketLifecycleConfigurationShape>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Indicates which default minimum object size behavior is applied to the lifecycle
    /// configuration.
    #[shape(header = "x-amz-transition-default-minimum-object-size")]
    pub transition_default_minimum_object_size: Option<TransitionDefaultMinimumObjectSize>,
}

/// The input of `PutBucketLifecycle`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketLifecycleRequest {
    /// `Bucket`.
    #[shape(label)]
    pub bucket: String,
    /// For requests made using the Amazon Web Services Command Line Interface (CLI) or Amazon Web
    /// Services SDKs, this field is calculated automatically.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Container for lifecycle rules. You can add as many as 1000 rules.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub lifecycle_configuration: Option<LifecycleConfiguration>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `PutBucketLogging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketLoggingRequest {
    /// The name of the bucket for which to set the logging parameters.
    #[shape(label)]
    pub bucket: String,
    /// Container for logging status information.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub bucket_logging_status: BucketLoggingStatus,
    /// The MD5 hash of the `PutBucketLogging` request body.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `PutBucketMetricsConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketMetricsConfigurationRequest {
    /// The name of the bucket for which the metrics configuration is set.
    #[shape(label)]
    pub bucket: String,
    /// The ID used to identify the metrics configuration. The ID has a 64 character limit and can
    /// only contain letters, numbers, periods, dashes, and underscores.
    #[shape(query = "id")]
    pub id: String,
    /// Specifies the metrics configuration.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub metrics_configuration: MetricsConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `PutBucketNotificationConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketNotificationConfigurationRequest {
    /// The name of the bucket.
    #[shape(label)]
    pub bucket: String,
    /// A container for specifying the notification configuration of the bucket. If this element is
    /// empty, notifications are turned off for the bucket.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub notification_configuration: NotificationConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Skips validation of Amazon SQS, Amazon SNS, and Lambda destinations. True or false value.
    #[shape(header = "x-amz-skip-destination-validation")]
    pub skip_destination_validation: Option<bool>,
}

/// The input of `PutBucketNotification`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketNotificationRequest {
    /// The name of the bucket.
    #[shape(label)]
    pub bucket: String,
    /// The MD5 hash of the `PutPublicAccessBlock` request body.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The container for the configuration.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub notification_configuration: NotificationConfigurationDeprecated,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `PutBucketOwnershipControls`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketOwnershipControlsRequest {
    /// The name of the Amazon S3 bucket whose `OwnershipControls` you want to set.
    #[shape(label)]
    pub bucket: String,
    /// The MD5 hash of the `OwnershipControls` request body.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// The `OwnershipControls` (BucketOwnerEnforced, BucketOwnerPreferred, or ObjectWriter) that
    /// you want to apply to this Amazon S3 bucket.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub ownership_controls: OwnershipControls,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum-*algorithm* ` header sent.
    /// Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`. For more
    /// information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
}

/// The input of `PutBucketPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketPolicyRequest {
    /// The name of the bucket.
    #[shape(label)]
    pub bucket: String,
    /// The MD5 hash of the request body.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum-*algorithm* ` or
    /// `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status
    /// code `400 Bad Request`.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Set this parameter to true to confirm that you want to remove your permissions to change
    /// this bucket policy in the future.
    #[shape(header = "x-amz-confirm-remove-self-bucket-access")]
    pub confirm_remove_self_bucket_access: Option<bool>,
    /// The bucket policy as a JSON document.
    #[shape(payload)]
    pub policy: String,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `PutBucketReplication`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketReplicationRequest {
    /// The name of the bucket
    #[shape(label)]
    pub bucket: String,
    /// The Base64 encoded 128-bit `MD5` digest of the data. You must use this header as a message
    /// integrity check to verify that the request body was not corrupted in transit. For more
    /// information, see [RFC 1864](http://www.ietf.org/rfc/rfc1864.txt).
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// A container for replication rules. You can add up to 1,000 rules. The maximum size of a
    /// replication configuration is 2 MB.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub replication_configuration: ReplicationConfiguration,
    /// A token to allow Object Lock to be enabled for an existing bucket.
    #[shape(header = "x-amz-bucket-object-lock-token")]
    pub token: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `PutBucketRequestPayment`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketRequestPaymentRequest {
    /// The bucket name.
    #[shape(label)]
    pub bucket: String,
    /// The Base64 encoded 128-bit `MD5` digest of the data. You must use this header as a message
    /// integrity check to verify that the request body was not corrupted in transit. For more
    /// information, see [RFC 1864](http://www.ietf.org/rfc/rfc1864.txt).
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Container for Payer.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub request_payment_configuration: RequestPaymentConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `PutBucketTagging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketTaggingRequest {
    /// The bucket name.
    #[shape(label)]
    pub bucket: String,
    /// The Base64 encoded 128-bit `MD5` digest of the data. You must use this header as a message
    /// integrity check to verify that the request body was not corrupted in transit. For more
    /// information, see [RFC 1864](http://www.ietf.org/rfc/rfc1864.txt).
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Container for the `TagSet` and `Tag` elements.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub tagging: Tagging,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `PutBucketVersioning`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketVersioningRequest {
    /// The bucket name.
    #[shape(label)]
    pub bucket: String,
    /// \>The Base64 encoded 128-bit `MD5` digest of the data. You must use this header as a message
    /// integrity check to verify that the request body was not corrupted in transit. For more
    /// information, see [RFC 1864](http://www.ietf.org/rfc/rfc1864.txt).
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The concatenation of the authentication device's serial number, a space, and the value that
    /// is displayed on your authentication device. The serial number is the number that uniquely
    /// identifies the MFA device. For physical MFA devices, this is the unique serial number that's
    /// provided with the device. For virtual MFA devices, the serial number is the device ARN. For
    /// more information, see [Enabling versioning on
    /// buckets](https://docs.aws.amazon.com/AmazonS3/latest/userguide/manage-versioning-examples.html)
    /// and [Configuring MFA
    /// delete](https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html)
    /// in the *Amazon Simple Storage Service User Guide*.
    #[shape(name = "MFA", header = "x-amz-mfa")]
    pub mfa: Option<String>,
    /// Container for setting the versioning state.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub versioning_configuration: VersioningConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `PutBucketWebsite`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBucketWebsiteRequest {
    /// The bucket name.
    #[shape(label)]
    pub bucket: String,
    /// The Base64 encoded 128-bit `MD5` digest of the data. You must use this header as a message
    /// integrity check to verify that the request body was not corrupted in transit. For more
    /// information, see [RFC 1864](http://www.ietf.org/rfc/rfc1864.txt).
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the request when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Container for the request.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub website_configuration: WebsiteConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `PutObjectAcl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutObjectAclOutput {
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// The input of `PutObjectAcl`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutObjectAclRequest {
    /// The canned ACL to apply to the object. For more information, see [Canned
    /// ACL](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html#CannedACL).
    #[shape(name = "ACL", header = "x-amz-acl")]
    pub acl: Option<ObjectCannedACL>,
    /// Contains the elements that set the ACL permissions for an object per grantee.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub access_control_policy: Option<AccessControlPolicy>,
    /// The bucket name that contains the object to which you want to attach the ACL.
    #[shape(label)]
    pub bucket: String,
    /// The Base64 encoded 128-bit `MD5` digest of the data. This header must be used as a message
    /// integrity check to verify that the request body was not corrupted in transit. For more
    /// information, go to [RFC 1864.\>](http://www.ietf.org/rfc/rfc1864.txt)
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Allows grantee the read, write, read ACP, and write ACP permissions on the bucket.
    #[shape(header = "x-amz-grant-full-control")]
    pub grant_full_control: Option<String>,
    /// Allows grantee to list the objects in the bucket.
    #[shape(header = "x-amz-grant-read")]
    pub grant_read: Option<String>,
    /// Allows grantee to read the bucket ACL.
    #[shape(name = "GrantReadACP", header = "x-amz-grant-read-acp")]
    pub grant_read_acp: Option<String>,
    /// Allows grantee to create new objects in the bucket.
    #[shape(header = "x-amz-grant-write")]
    pub grant_write: Option<String>,
    /// Allows grantee to write the ACL for the applicable bucket.
    #[shape(name = "GrantWriteACP", header = "x-amz-grant-write-acp")]
    pub grant_write_acp: Option<String>,
    /// Key for which the PUT action was initiated.
    #[shape(label)]
    pub key: String,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// Version ID used to reference a specific version of the object.
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `PutObjectLegalHold`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutObjectLegalHoldOutput {
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// The input of `PutObjectLegalHold`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutObjectLegalHoldRequest {
    /// The bucket name containing the object that you want to place a legal hold on.
    #[shape(label)]
    pub bucket: String,
    /// The key name for the object that you want to place a legal hold on.
    #[shape(label)]
    pub key: String,
    /// Container element for the legal hold configuration you want to apply to the specified
    /// object.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub legal_hold: Option<ObjectLockLegalHold>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The version ID of the object that you want to place a legal hold on.
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    /// The MD5 hash for the request body.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `PutObjectLockConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutObjectLockConfigurationOutput {
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// The input of `PutObjectLockConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutObjectLockConfigurationRequest {
    /// The bucket whose Object Lock configuration you want to create or replace.
    #[shape(label)]
    pub bucket: String,
    /// The Object Lock configuration that you want to apply to the specified bucket.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub object_lock_configuration: Option<ObjectLockConfiguration>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// A token to allow Object Lock to be enabled for an existing bucket.
    #[shape(header = "x-amz-bucket-object-lock-token")]
    pub token: Option<String>,
    /// The MD5 hash for the request body.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `PutObject`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct PutObjectOutput {
    /// If the expiration is configured for the object (see
    /// [PutBucketLifecycleConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html))
    /// in the *Amazon S3 User Guide*, the response includes this header. It includes the
    /// `expiry-date` and `rule-id` key-value pairs that provide information about object
    /// expiration. The value of the `rule-id` is URL-encoded.
    #[shape(header = "x-amz-expiration")]
    pub expiration: Option<String>,
    /// Entity tag for the uploaded object.
    #[shape(header = "ETag")]
    pub e_tag: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32 checksum` of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use an API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32", header = "x-amz-checksum-crc32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use an API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32C", header = "x-amz-checksum-crc32c")]
    pub checksum_crc32_c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the object. This header is present if the
    /// object was uploaded with the `CRC64NVME` checksum algorithm, or if it was uploaded without a
    /// checksum (and Amazon S3 added the default checksum, `CRC64NVME`, to the uploaded object).
    /// For more information about how checksums are calculated with multipart uploads, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumCRC64NVME", header = "x-amz-checksum-crc64nvme")]
    pub checksum_crc64_nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` digest of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use the API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA1", header = "x-amz-checksum-sha1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` digest of the object. This checksum is only present if
    /// the checksum was uploaded with the object. When you use an API operation on an object that
    /// was uploaded using multipart uploads, this value may not be a direct checksum value of the
    /// full object. Instead, it's a calculation based on the checksum values of each individual
    /// part. For more information about how checksums are calculated with multipart uploads, see [
    /// Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html#large-object-checksums)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA256", header = "x-amz-checksum-sha256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` digest of the object. This header is present if the
    /// object was uploaded with the `SHA512` checksum algorithm. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumSHA512", header = "x-amz-checksum-sha512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` digest of the object. This header is present if the object
    /// was uploaded with the `MD5` checksum algorithm. For more information, see [Checking object
    /// integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumMD5", header = "x-amz-checksum-md5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the object. This header is present if the
    /// object was uploaded with the `XXHASH64` checksum algorithm. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH64", header = "x-amz-checksum-xxhash64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the object. This header is present if the
    /// object was uploaded with the `XXHASH3` checksum algorithm. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH3", header = "x-amz-checksum-xxhash3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the object. This header is present if
    /// the object was uploaded with the `XXHASH128` checksum algorithm. For more information, see
    /// [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH128", header = "x-amz-checksum-xxhash128")]
    pub checksum_xxhash128: Option<String>,
    /// This header specifies the checksum type of the object, which determines how part-level
    /// checksums are combined to create an object-level checksum for multipart objects. For
    /// `PutObject` uploads, the checksum type is always `FULL_OBJECT`. You can use this header as a
    /// data integrity check to verify that the checksum type that is received is the same checksum
    /// that was specified. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-checksum-type")]
    pub checksum_type: Option<ChecksumType>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon
    /// FSx.
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// Version ID of the object.
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to confirm the encryption algorithm that's used.
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to provide the round-trip message integrity verification
    /// of the customer-provided encryption key.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    /// If present, indicates the Amazon Web Services KMS Encryption Context to use for object
    /// encryption. The value of this header is a Base64 encoded string of a UTF-8 encoded JSON,
    /// which contains the encryption context as key-value pairs. This value is stored as object
    /// metadata and automatically gets passed on to Amazon Web Services KMS for future `GetObject`
    /// operations on this object.
    #[shape(
        name = "SSEKMSEncryptionContext",
        header = "x-amz-server-side-encryption-context"
    )]
    pub ssekms_encryption_context: Option<String>,
    /// Indicates whether the uploaded object uses an S3 Bucket Key for server-side encryption with
    /// Key Management Service (KMS) keys (SSE-KMS).
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// The size of the object in bytes. This value is only be present if you append to an object.
    #[shape(header = "x-amz-object-size")]
    pub size: Option<i64>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

impl ::std::fmt::Debug for PutObjectOutput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutObjectOutput")
            .field("expiration", &self.expiration)
            .field("e_tag", &self.e_tag)
            .field("checksum_crc32", &self.checksum_crc32)
            .field("checksum_crc32_c", &self.checksum_crc32_c)
            .field("checksum_crc64_nvme", &self.checksum_crc64_nvme)
            .field("checksum_sha1", &self.checksum_sha1)
            .field("checksum_sha256", &self.checksum_sha256)
            .field("checksum_sha512", &self.checksum_sha512)
            .field("checksum_md5", &self.checksum_md5)
            .field("checksum_xxhash64", &self.checksum_xxhash64)
            .field("checksum_xxhash3", &self.checksum_xxhash3)
            .field("checksum_xxhash128", &self.checksum_xxhash128)
            .field("checksum_type", &self.checksum_type)
            .field("server_side_encryption", &self.server_side_encryption)
            .field("version_id", &self.version_id)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .field(
                "ssekms_key_id",
                &self.ssekms_key_id.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "ssekms_encryption_context",
                &self
                    .ssekms_encryption_context
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field("bucket_key_enabled", &self.bucket_key_enabled)
            .field("size", &self.size)
            .field("request_charged", &self.request_charged)
            .finish()
    }
}

/// The input of `PutObject`.
#[derive(Shape, Default)]
pub struct PutObjectRequest {
    /// The canned ACL to apply to the object. For more information, see [Canned
    /// ACL](https://docs.aws.amazon.com/AmazonS3/latest/dev/acl-overview.html#CannedACL) in the
    /// *Amazon S3 User Guide*.
    #[shape(name = "ACL", header = "x-amz-acl")]
    pub acl: Option<ObjectCannedACL>,
    /// Object data.
    #[shape(payload)]
    pub body: ByteStream,
    /// The bucket name to which the PUT action was initiated.
    #[shape(label)]
    pub bucket: String,
    /// Can be used to specify caching behavior along the request/reply chain. For more information,
    /// see
    /// [http://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html#sec14.9](http://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html#sec14.9).
    #[shape(header = "Cache-Control")]
    pub cache_control: Option<String>,
    /// Specifies presentational information for the object. For more information, see
    /// [https://www.rfc-editor.org/rfc/rfc6266#section-4](https://www.rfc-editor.org/rfc/rfc6266#section-4).
    #[shape(header = "Content-Disposition")]
    pub content_disposition: Option<String>,
    /// Specifies what content encodings have been applied to the object and thus what decoding
    /// mechanisms must be applied to obtain the media-type referenced by the Content-Type header
    /// field. For more information, see
    /// [https://www.rfc-editor.org/rfc/rfc9110.html#field.content-encoding](https://www.rfc-editor.org/rfc/rfc9110.html#field.content-encoding).
    #[shape(header = "Content-Encoding")]
    pub content_encoding: Option<String>,
    /// The language the content is in.
    #[shape(header = "Content-Language")]
    pub content_language: Option<String>,
    /// Size of the body in bytes. This parameter is useful when the size of the body cannot be
    /// determined automatically. For more information, see
    /// [https://www.rfc-editor.org/rfc/rfc9110.html#name-content-length](https://www.rfc-editor.org/rfc/rfc9110.html#name-content-length).
    #[shape(header = "Content-Length")]
    pub content_length: Option<i64>,
    /// The Base64 encoded 128-bit `MD5` digest of the message (without the headers) according to
    /// RFC 1864. This header can be used as a message integrity check to verify that the data is
    /// the same data that was originally sent. Although it is optional, we recommend using the
    /// Content-MD5 mechanism as an end-to-end integrity check. For more information about REST
    /// request authentication, see [REST
    /// Authentication](https://docs.aws.amazon.com/AmazonS3/latest/dev/RESTAuthentication.html).
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// A standard MIME type describing the format of the contents. For more information, see
    /// [https://www.rfc-editor.org/rfc/rfc9110.html#name-content-type](https://www.rfc-editor.org/rfc/rfc9110.html#name-content-type).
    #[shape(header = "Content-Type")]
    pub content_type: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum-*algorithm* ` or
    /// `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status
    /// code `400 Bad Request`.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32`
    /// checksum of the object. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32", header = "x-amz-checksum-crc32")]
    pub checksum_crc32: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 32-bit
    /// `CRC32C` checksum of the object. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32C", header = "x-amz-checksum-crc32c")]
    pub checksum_crc32_c: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 64-bit
    /// `CRC64NVME` checksum of the object. The `CRC64NVME` checksum is always a full object
    /// checksum. For more information, see [Checking object integrity in the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumCRC64NVME", header = "x-amz-checksum-crc64nvme")]
    pub checksum_crc64_nvme: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 160-bit `SHA1`
    /// digest of the object. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA1", header = "x-amz-checksum-sha1")]
    pub checksum_sha1: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 256-bit
    /// `SHA256` digest of the object. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA256", header = "x-amz-checksum-sha256")]
    pub checksum_sha256: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 512-bit
    /// `SHA512` digest of the object. For more information, see [Checking object integrity in the
    /// Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumSHA512", header = "x-amz-checksum-sha512")]
    pub checksum_sha512: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 128-bit `MD5`
    /// digest of the object. For more information, see [Checking object integrity in the Amazon S3
    /// User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumMD5", header = "x-amz-checksum-md5")]
    pub checksum_md5: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 64-bit
    /// `XXHASH64` checksum of the object. For more information, see [Checking object integrity in
    /// the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH64", header = "x-amz-checksum-xxhash64")]
    pub checksum_xxhash64: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 64-bit
    /// `XXHASH3` checksum of the object. For more information, see [Checking object integrity in
    /// the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH3", header = "x-amz-checksum-xxhash3")]
    pub checksum_xxhash3: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 128-bit
    /// `XXHASH128` checksum of the object. For more information, see [Checking object integrity in
    /// the Amazon S3 User
    /// Guide](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html).
    #[shape(name = "ChecksumXXHASH128", header = "x-amz-checksum-xxhash128")]
    pub checksum_xxhash128: Option<String>,
    /// The date and time at which the object is no longer cacheable. For more information, see
    /// [https://www.rfc-editor.org/rfc/rfc7234#section-5.3](https://www.rfc-editor.org/rfc/rfc7234#section-5.3).
    #[shape(header = "Expires")]
    pub expires: Option<String>,
    /// Uploads the object only if the ETag (entity tag) value provided during the WRITE operation
    /// matches the ETag of the object in S3. If the ETag values do not match, the operation returns
    /// a `412 Precondition Failed` error.
    #[shape(header = "If-Match")]
    pub if_match: Option<String>,
    /// Uploads the object only if the object key name does not already exist in the bucket
    /// specified. Otherwise, Amazon S3 returns a `412 Precondition Failed` error.
    #[shape(header = "If-None-Match")]
    pub if_none_match: Option<String>,
    /// Gives the grantee READ, READ\_ACP, and WRITE\_ACP permissions on the object.
    #[shape(header = "x-amz-grant-full-control")]
    pub grant_full_control: Option<String>,
    /// Allows grantee to read the object data and its metadata.
    #[shape(header = "x-amz-grant-read")]
    pub grant_read: Option<String>,
    /// Allows grantee to read the object ACL.
    #[shape(name = "GrantReadACP", header = "x-amz-grant-read-acp")]
    pub grant_read_acp: Option<String>,
    /// Allows grantee to write the ACL for the applicable object.
    #[shape(name = "GrantWriteACP", header = "x-amz-grant-write-acp")]
    pub grant_write_acp: Option<String>,
    /// Object key for which the PUT action was initiated.
    #[shape(label)]
    pub key: String,
    /// Specifies the offset for appending data to existing objects in bytes. The offset must be
    /// equal to the size of the existing object being appended to. If no object exists, setting
    /// this header to 0 will create a new object.
    #[shape(header = "x-amz-write-offset-bytes")]
    pub write_offset_bytes: Option<i64>,
    /// A map of metadata to store with the object in S3.
    #[shape(prefix_headers = "x-amz-meta-")]
    pub metadata: Option<HashMap<String, String>>,
    /// The server-side encryption algorithm that was used when you store this object in Amazon S3
    /// or Amazon FSx.
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// By default, Amazon S3 uses the STANDARD Storage Class to store newly created objects. The
    /// STANDARD storage class provides high durability and high availability. Depending on
    /// performance needs, you can specify a different Storage Class. For more information, see
    /// [Storage Classes](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-storage-class")]
    pub storage_class: Option<StorageClass>,
    /// If the bucket is configured as a website, redirects requests for this object to another
    /// object in the same bucket or to an external URL. Amazon S3 stores the value of this header
    /// in the object metadata. For information about object metadata, see [Object Key and
    /// Metadata](https://docs.aws.amazon.com/AmazonS3/latest/dev/UsingMetadata.html) in the *Amazon
    /// S3 User Guide*.
    #[shape(header = "x-amz-website-redirect-location")]
    pub website_redirect_location: Option<String>,
    /// Specifies the algorithm to use when encrypting the object (for example, `AES256`).
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This
    /// value is used to store the object and then it is discarded; Amazon S3 does not store the
    /// encryption key. The key must be appropriate for use with the algorithm specified in the
    /// `x-amz-server-side-encryption-customer-algorithm` header.
    #[shape(
        name = "SSECustomerKey",
        header = "x-amz-server-side-encryption-customer-key"
    )]
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses
    /// this header for a message integrity check to ensure that the encryption key was transmitted
    /// without error.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    /// Specifies the KMS key ID (Key ID, Key ARN, or Key Alias) to use for object encryption. If
    /// the KMS key doesn't exist in the same account that's issuing the command, you must use the
    /// full Key ARN not the Key ID.
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    /// Specifies the Amazon Web Services KMS Encryption Context as an additional encryption context
    /// to use for object encryption. The value of this header is a Base64 encoded string of a UTF-8
    /// encoded JSON, which contains the encryption context as key-value pairs. This value is stored
    /// as object metadata and automatically gets passed on to Amazon Web Services KMS for future
    /// `GetObject` operations on this object.
    #[shape(
        name = "SSEKMSEncryptionContext",
        header = "x-amz-server-side-encryption-context"
    )]
    pub ssekms_encryption_context: Option<String>,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with
    /// server-side encryption using Key Management Service (KMS) keys (SSE-KMS).
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The tag-set for the object. The tag-set must be encoded as URL Query parameters. (For
    /// example, "Key1=Value1")
    #[shape(header = "x-amz-tagging")]
    pub tagging: Option<String>,
    /// The Object Lock mode that you want to apply to this object.
    #[shape(header = "x-amz-object-lock-mode")]
    pub object_lock_mode: Option<ObjectLockMode>,
    /// The date and time when you want this object's Object Lock to expire. Must be formatted as a
    /// timestamp parameter.
    #[shape(header = "x-amz-object-lock-retain-until-date", timestamp = "iso8601")]
    pub object_lock_retain_until_date: Option<DateTime>,
    /// Specifies whether a legal hold will be applied to this object. For more information about S3
    /// Object Lock, see [Object
    /// Lock](https://docs.aws.amazon.com/AmazonS3/latest/dev/object-lock.html) in the *Amazon S3
    /// User Guide*.
    #[shape(header = "x-amz-object-lock-legal-hold")]
    pub object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

impl ::std::fmt::Debug for PutObjectRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutObjectRequest")
            .field("acl", &self.acl)
            .field("body", &self.body)
            .field("bucket", &self.bucket)
            .field("cache_control", &self.cache_control)
            .field("content_disposition", &self.content_disposition)
            .field("content_encoding", &self.content_encoding)
            .field("content_language", &self.content_language)
            .field("content_length", &self.content_length)
            .field("content_md5", &self.content_md5)
            .field("content_type", &self.content_type)
            .field("checksum_algorithm", &self.checksum_algorithm)
            .field("checksum_crc32", &self.checksum_crc32)
            .field("checksum_crc32_c", &self.checksum_crc32_c)
            .field("checksum_crc64_nvme", &self.checksum_crc64_nvme)
            .field("checksum_sha1", &self.checksum_sha1)
            .field("checksum_sha256", &self.checksum_sha256)
            .field("checksum_sha512", &self.checksum_sha512)
            .field("checksum_md5", &self.checksum_md5)
            .field("checksum_xxhash64", &self.checksum_xxhash64)
            .field("checksum_xxhash3", &self.checksum_xxhash3)
            .field("checksum_xxhash128", &self.checksum_xxhash128)
            .field("expires", &self.expires)
            .field("if_match", &self.if_match)
            .field("if_none_match", &self.if_none_match)
            .field("grant_full_control", &self.grant_full_control)
            .field("grant_read", &self.grant_read)
            .field("grant_read_acp", &self.grant_read_acp)
            .field("grant_write_acp", &self.grant_write_acp)
            .field("key", &self.key)
            .field("write_offset_bytes", &self.write_offset_bytes)
            .field("metadata", &self.metadata)
            .field("server_side_encryption", &self.server_side_encryption)
            .field("storage_class", &self.storage_class)
            .field("website_redirect_location", &self.website_redirect_location)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field(
                "sse_customer_key",
                &self.sse_customer_key.as_ref().map(|_| "** redacted **"),
            )
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .field(
                "ssekms_key_id",
                &self.ssekms_key_id.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "ssekms_encryption_context",
                &self
                    .ssekms_encryption_context
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field("bucket_key_enabled", &self.bucket_key_enabled)
            .field("request_payer", &self.request_payer)
            .field("tagging", &self.tagging)
            .field("object_lock_mode", &self.object_lock_mode)
            .field(
                "object_lock_retain_until_date",
                &self.object_lock_retain_until_date,
            )
            .field(
                "object_lock_legal_hold_status",
                &self.object_lock_legal_hold_status,
            )
            .field("expected_bucket_owner", &self.expected_bucket_owner)
            .finish()
    }
}

/// The output of `PutObjectRetention`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutObjectRetentionOutput {
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// The input of `PutObjectRetention`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutObjectRetentionRequest {
    /// The bucket name that contains the object you want to apply this Object Retention
    /// configuration to.
    #[shape(label)]
    pub bucket: String,
    /// The key name for the object that you want to apply this Object Retention configuration to.
    #[shape(label)]
    pub key: String,
    /// The container element for the Object Retention configuration.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub retention: Option<ObjectLockRetention>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The version ID for the object that you want to apply this Object Retention configuration to.
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    /// Indicates whether this action should bypass Governance-mode restrictions.
    #[shape(header = "x-amz-bypass-governance-retention")]
    pub bypass_governance_retention: Option<bool>,
    /// The MD5 hash for the request body.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The output of `PutObjectTagging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutObjectTaggingOutput {
    /// The versionId of the object the tag-set was added to.
    #[shape(header = "x-amz-version-id")]
    pub version_id: Option<String>,
}

/// The input of `PutObjectTagging`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutObjectTaggingRequest {
    /// The bucket name containing the object.
    #[shape(label)]
    pub bucket: String,
    /// Name of the object key.
    #[shape(label)]
    pub key: String,
    /// The versionId of the object that the tag-set will be added to.
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    /// The MD5 hash for the request body.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// Container for the `TagSet` and `Tag` elements
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub tagging: Tagging,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// Confirms that the requester knows that she or he will be charged for the tagging object
    /// request. Bucket owners need not specify this parameter in their requests.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
}

/// The input of `PutPublicAccessBlock`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutPublicAccessBlockRequest {
    /// The name of the Amazon S3 bucket whose `PublicAccessBlock` configuration you want to set.
    #[shape(label)]
    pub bucket: String,
    /// The MD5 hash of the `PutPublicAccessBlock` request body.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The `PublicAccessBlock` configuration that you want to apply to this Amazon S3 bucket. You
    /// can enable the configuration options in any combination. For more information about when
    /// Amazon S3 considers a bucket or object public, see [The Meaning of
    /// "Public"](https://docs.aws.amazon.com/AmazonS3/latest/dev/access-control-block-public-access.html#access-control-block-public-access-policy-status)
    /// in the *Amazon S3 User Guide*.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub public_access_block_configuration: PublicAccessBlockConfiguration,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Specifies the configuration for publishing messages to an Amazon Simple Queue Service (Amazon
/// SQS) queue when Amazon S3 detects specified events.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct QueueConfiguration {
    /// An optional unique identifier for configurations in a notification configuration. If you
    /// don't provide one, Amazon S3 will assign an ID.
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the Amazon SQS queue to which Amazon S3 publishes a
    /// message when it detects events of the specified type.
    #[shape(name = "Queue")]
    pub queue_arn: String,
    /// A collection of bucket events for which to send notifications
    #[shape(name = "Event", flattened)]
    pub events: Vec<Event>,
    /// Specifies object key name filtering rules. For information about key name filtering, see
    /// [Configuring event notifications using object key name
    /// filtering](https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html)
    /// in the *Amazon S3 User Guide*.
    pub filter: Option<NotificationConfigurationFilter>,
}

/// This data type is deprecated. Use
/// [QueueConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_QueueConfiguration.html)
/// for the same purposes. This data type specifies the configuration for publishing messages to an
/// Amazon Simple Queue Service (Amazon SQS) queue when Amazon S3 detects specified events.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct QueueConfigurationDeprecated {
    /// An optional unique identifier for configurations in a notification configuration. If you
    /// don't provide one, Amazon S3 will assign an ID.
    pub id: Option<String>,
    /// A collection of bucket events for which to send notifications.
    #[shape(name = "Event", flattened)]
    pub events: Option<Vec<Event>>,
    /// The Amazon Resource Name (ARN) of the Amazon SQS queue to which Amazon S3 publishes a
    /// message when it detects events of the specified type.
    pub queue: Option<String>,
}

/// The model's `QuoteFields`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum QuoteFields {
    /// `ALWAYS`
    #[default]
    #[shape(name = "ALWAYS")]
    Always,
    /// `ASNEEDED`
    #[shape(name = "ASNEEDED")]
    Asneeded,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The journal table record expiration settings for a journal table in an S3 Metadata
/// configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RecordExpiration {
    /// Specifies whether journal table record expiration is enabled or disabled.
    pub expiration: ExpirationState,
    /// If you enable journal table record expiration, you can set the number of days to retain your
    /// journal table records. Journal table records must be retained for a minimum of 7 days. To
    /// set this value, specify any whole number from `7` to `2147483647`. For example, to retain
    /// your journal table records for one year, set this value to `365`.
    pub days: Option<i32>,
}

/// The container for the records event.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RecordsEvent {
    /// The byte array of partial, one or more result records. S3 Select doesn't guarantee that a
    /// record will be self-contained in one record frame. To ensure continuous streaming of data,
    /// S3 Select might split the same record across multiple record frames instead of aggregating
    /// the results in memory. Some S3 clients (for example, the SDK for Java) handle this behavior
    /// by creating a `ByteStream` out of the response by default. Other clients might not handle
    /// this behavior by default. In those cases, you must aggregate the results on the client side
    /// and parse the response.
    pub payload: Option<Blob>,
}

/// Specifies how requests are redirected. In the event of an error, you can specify a different
/// error code to return.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Redirect {
    /// The host name to use in the redirect request.
    pub host_name: Option<String>,
    /// The HTTP redirect code to use on the response. Not required if one of the siblings is
    /// present.
    pub http_redirect_code: Option<String>,
    /// Protocol to use when redirecting requests. The default is the protocol that is used in the
    /// original request.
    pub protocol: Option<Protocol>,
    /// The object key prefix to use in the redirect request. For example, to redirect requests for
    /// all pages with prefix `docs/` (objects in the `docs/` folder) to `documents/`, you can set a
    /// condition block with `KeyPrefixEquals` set to `docs/` and in the Redirect set
    /// `ReplaceKeyPrefixWith` to `/documents`. Not required if one of the siblings is present. Can
    /// be present only if `ReplaceKeyWith` is not provided.
    pub replace_key_prefix_with: Option<String>,
    /// The specific object key to use in the redirect request. For example, redirect request to
    /// `error.html`. Not required if one of the siblings is present. Can be present only if
    /// `ReplaceKeyPrefixWith` is not provided.
    pub replace_key_with: Option<String>,
}

/// Specifies the redirect behavior of all requests to a website endpoint of an Amazon S3 bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RedirectAllRequestsTo {
    /// Name of the host where requests are redirected.
    pub host_name: String,
    /// Protocol to use when redirecting requests. The default is the protocol that is used in the
    /// original request.
    pub protocol: Option<Protocol>,
}

/// The output of `RenameObject`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RenameObjectOutput {}

/// The input of `RenameObject`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RenameObjectRequest {
    /// The bucket name of the directory bucket containing the object.
    #[shape(label)]
    pub bucket: String,
    /// Key name of the object to rename.
    #[shape(label)]
    pub key: String,
    /// Specifies the source for the rename operation. The value must be URL encoded.
    #[shape(header = "x-amz-rename-source")]
    pub rename_source: String,
    /// Renames the object only if the ETag (entity tag) value provided during the operation matches
    /// the ETag of the object in S3. The `If-Match` header field makes the request method
    /// conditional on ETags. If the ETag values do not match, the operation returns a `412
    /// Precondition Failed` error.
    #[shape(header = "If-Match")]
    pub destination_if_match: Option<String>,
    /// Renames the object only if the destination does not already exist in the specified directory
    /// bucket. If the object does exist when you send a request with `If-None-Match:*`, the S3 API
    /// will return a `412 Precondition Failed` error, preventing an overwrite. The `If-None-Match`
    /// header prevents overwrites of existing data by validating that there's not an object with
    /// the same key name already in your directory bucket.
    #[shape(header = "If-None-Match")]
    pub destination_if_none_match: Option<String>,
    /// Renames the object if the destination exists and if it has been modified since the specified
    /// time.
    #[shape(header = "If-Modified-Since")]
    pub destination_if_modified_since: Option<DateTime>,
    /// Renames the object if it hasn't been modified since the specified time.
    #[shape(header = "If-Unmodified-Since")]
    pub destination_if_unmodified_since: Option<DateTime>,
    /// Renames the object if the source exists and if its entity tag (ETag) matches the specified
    /// ETag.
    #[shape(header = "x-amz-rename-source-if-match")]
    pub source_if_match: Option<String>,
    /// Renames the object if the source exists and if its entity tag (ETag) is different than the
    /// specified ETag. If an asterisk (`*`) character is provided, the operation will fail and
    /// return a `412 Precondition Failed` error.
    #[shape(header = "x-amz-rename-source-if-none-match")]
    pub source_if_none_match: Option<String>,
    /// Renames the object if the source exists and if it has been modified since the specified
    /// time.
    #[shape(header = "x-amz-rename-source-if-modified-since", timestamp = "rfc822")]
    pub source_if_modified_since: Option<DateTime>,
    /// Renames the object if the source exists and hasn't been modified since the specified time.
    #[shape(
        header = "x-amz-rename-source-if-unmodified-since",
        timestamp = "rfc822"
    )]
    pub source_if_unmodified_since: Option<DateTime>,
    /// A unique string with a max of 64 ASCII characters in the ASCII range of 33 - 126.
    #[shape(header = "x-amz-client-token", idempotency_token)]
    pub client_token: Option<String>,
}

/// A filter that you can specify for selection for modifications on replicas. Amazon S3 doesn't
/// replicate replica modifications by default. In the latest version of replication configuration
/// (when `Filter` is specified), you can specify this element and set the status to `Enabled` to
/// replicate modifications on replicas.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicaModifications {
    /// Specifies whether Amazon S3 replicates modifications on replicas.
    pub status: ReplicaModificationsStatus,
}

/// The model's `ReplicaModificationsStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReplicaModificationsStatus {
    /// `Enabled`
    #[default]
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A container for replication rules. You can add up to 1,000 rules. The maximum size of a
/// replication configuration is 2 MB.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicationConfiguration {
    /// The Amazon Resource Name (ARN) of the Identity and Access Management (IAM) role that Amazon
    /// S3 assumes when replicating objects. For more information, see [How to Set Up
    /// Replication](https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-how-setup.html) in
    /// the *Amazon S3 User Guide*.
    pub role: String,
    /// A container for one or more replication rules. A replication configuration must have at
    /// least one rule and can contain a maximum of 1,000 rules.
    #[shape(name = "Rule", flattened)]
    pub rules: Vec<ReplicationRule>,
}

/// Specifies which Amazon S3 objects to replicate and where to store the replicas.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicationRule {
    /// A unique identifier for the rule. The maximum value is 255 characters.
    #[shape(name = "ID")]
    pub id: Option<String>,
    /// The priority indicates which rule has precedence whenever two or more replication rules
    /// conflict. Amazon S3 will attempt to replicate objects according to all replication rules.
    /// However, if there are two or more rules with the same destination bucket, then objects will
    /// be replicated according to the rule with the highest priority. The higher the number, the
    /// higher the priority.
    pub priority: Option<i32>,
    /// An object key name prefix that identifies the object or objects to which the rule applies.
    /// The maximum prefix length is 1,024 characters. To include all objects in a bucket, specify
    /// an empty string.
    pub prefix: Option<String>,
    /// A filter that identifies the subset of objects to which the replication rule applies. A
    /// `Filter` must specify exactly one `Prefix`, `Tag`, or an `And` child element.
    pub filter: Option<ReplicationRuleFilter>,
    /// Specifies whether the rule is enabled.
    pub status: ReplicationRuleStatus,
    /// A container that describes additional filters for identifying the source objects that you
    /// want to replicate. You can choose to enable or disable the replication of these objects.
    /// Currently, Amazon S3 supports only the filter that you can specify for objects created with
    /// server-side encryption using a customer managed key stored in Amazon Web Services Key
    /// Management Service (SSE-KMS).
    pub source_selection_criteria: Option<SourceSelectionCriteria>,
    /// Optional configuration to replicate existing source bucket objects.
    pub existing_object_replication: Option<ExistingObjectReplication>,
    /// A container for information about the replication destination and its configurations
    /// including enabling the S3 Replication Time Control (S3 RTC).
    pub destination: Destination,
    /// Specifies whether Amazon S3 replicates delete markers. If you specify a `Filter` in your
    /// replication configuration, you must also include a `DeleteMarkerReplication` element. If
    /// your `Filter` includes a `Tag` element, the `DeleteMarkerReplication` `Status` must be set
    /// to Disabled, because Amazon S3 does not support replicating delete markers for tag-based
    /// rules. For an example configuration, see [Basic Rule
    /// Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/replication-add-config.html#replication-config-min-rule-config).
    pub delete_marker_replication: Option<DeleteMarkerReplication>,
}

/// A container for specifying rule filters. The filters determine the subset of objects to which
/// the rule applies. This element is required only if you specify more than one filter.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicationRuleAndOperator {
    /// An object key name prefix that identifies the subset of objects to which the rule applies.
    pub prefix: Option<String>,
    /// An array of tags containing key and value pairs.
    #[shape(name = "Tag", flattened, member = "Tag")]
    pub tags: Option<Vec<Tag>>,
}

/// A filter that identifies the subset of objects to which the replication rule applies. A `Filter`
/// must specify exactly one `Prefix`, `Tag`, or an `And` child element.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicationRuleFilter {
    /// An object key name prefix that identifies the subset of objects to which the rule applies.
    pub prefix: Option<String>,
    /// A container for specifying a tag key and value.
    pub tag: Option<Tag>,
    /// A container for specifying rule filters. The filters determine the subset of objects to
    /// which the rule applies. This element is required only if you specify more than one filter.
    /// For example:
    pub and: Option<ReplicationRuleAndOperator>,
}

/// The model's `ReplicationRuleStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReplicationRuleStatus {
    /// `Enabled`
    #[default]
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ReplicationStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReplicationStatus {
    /// `COMPLETE`
    #[default]
    #[shape(name = "COMPLETE")]
    Complete,
    /// `PENDING`
    #[shape(name = "PENDING")]
    Pending,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `REPLICA`
    #[shape(name = "REPLICA")]
    Replica,
    /// `COMPLETED`
    #[shape(name = "COMPLETED")]
    Completed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A container specifying S3 Replication Time Control (S3 RTC) related information, including
/// whether S3 RTC is enabled and the time when all objects and operations on objects must be
/// replicated. Must be specified together with a `Metrics` block.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicationTime {
    /// Specifies whether the replication time is enabled.
    pub status: ReplicationTimeStatus,
    /// A container specifying the time by which replication should be complete for all objects and
    /// operations on objects.
    pub time: ReplicationTimeValue,
}

/// The model's `ReplicationTimeStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReplicationTimeStatus {
    /// `Enabled`
    #[default]
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A container specifying the time value for S3 Replication Time Control (S3 RTC) and replication
/// metrics `EventThreshold`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicationTimeValue {
    /// Contains an integer specifying time in minutes.
    pub minutes: Option<i32>,
}

/// If present, indicates that the requester was successfully charged for the request. For more
/// information, see [Using Requester Pays buckets for storage transfers and
/// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in the
/// *Amazon Simple Storage Service user guide*.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RequestCharged {
    /// `requester`
    #[default]
    #[shape(name = "requester")]
    Requester,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Confirms that the requester knows that they will be charged for the request. Bucket owners need
/// not specify this parameter in their requests. If either the source or destination S3 bucket has
/// Requester Pays enabled, the requester will pay for the corresponding charges. For information
/// about downloading objects from Requester Pays buckets, see [Downloading Objects in Requester
/// Pays
/// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html) in
/// the *Amazon S3 User Guide*.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RequestPayer {
    /// `requester`
    #[default]
    #[shape(name = "requester")]
    Requester,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Container for Payer.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RequestPaymentConfiguration {
    /// Specifies who pays for the download and request fees.
    pub payer: Payer,
}

/// Container for specifying if periodic `QueryProgress` messages should be sent.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RequestProgress {
    /// Specifies whether periodic QueryProgress frames should be sent. Valid values: TRUE, FALSE.
    /// Default value: FALSE.
    pub enabled: Option<bool>,
}

/// The output of `RestoreObject`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RestoreObjectOutput {
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
    /// Indicates the path in the provided S3 output location where Select results will be restored
    /// to.
    #[shape(header = "x-amz-restore-output-path")]
    pub restore_output_path: Option<String>,
}

/// The input of `RestoreObject`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RestoreObjectRequest {
    /// The bucket name containing the object to restore.
    #[shape(label)]
    pub bucket: String,
    /// Object key for which the action was initiated.
    #[shape(label)]
    pub key: String,
    /// VersionId used to reference a specific version of the object.
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    /// Container for restore job parameters.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub restore_request: Option<RestoreRequest>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// Container for restore job parameters.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RestoreRequest {
    /// Lifetime of the active copy in days. Do not use with restores that specify `OutputLocation`.
    pub days: Option<i32>,
    /// S3 Glacier related parameters pertaining to this job. Do not use with restores that specify
    /// `OutputLocation`.
    pub glacier_job_parameters: Option<GlacierJobParameters>,
    /// Amazon S3 Select is no longer available to new customers. Existing customers of Amazon S3
    /// Select can continue to use the feature as usual. [Learn
    /// more](http://aws.amazon.com/blogs/storage/how-to-optimize-querying-your-data-in-amazon-s3/)
    pub r#type: Option<RestoreRequestType>,
    /// Retrieval tier at which the restore will be processed.
    pub tier: Option<Tier>,
    /// The optional description for the job.
    pub description: Option<String>,
    /// Amazon S3 Select is no longer available to new customers. Existing customers of Amazon S3
    /// Select can continue to use the feature as usual. [Learn
    /// more](http://aws.amazon.com/blogs/storage/how-to-optimize-querying-your-data-in-amazon-s3/)
    pub select_parameters: Option<SelectParameters>,
    /// Describes the location where the restore job's output is stored.
    pub output_location: Option<OutputLocation>,
}

/// The model's `RestoreRequestType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RestoreRequestType {
    /// `SELECT`
    #[default]
    #[shape(name = "SELECT")]
    Select,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Specifies the restoration status of an object. Objects in certain storage classes must be
/// restored before they can be retrieved. For more information about these storage classes and how
/// to work with archived objects, see [ Working with archived
/// objects](https://docs.aws.amazon.com/AmazonS3/latest/userguide/archived-objects.html) in the
/// *Amazon S3 User Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RestoreStatus {
    /// Specifies whether the object is currently being restored. If the object restoration is in
    /// progress, the header returns the value `TRUE`. For example:
    pub is_restore_in_progress: Option<bool>,
    /// Indicates when the restored copy will expire. This value is populated only if the object has
    /// already been restored. For example:
    pub restore_expiry_date: Option<DateTime>,
}

/// Specifies the redirect behavior and when a redirect is applied. For more information about
/// routing rules, see [Configuring advanced conditional
/// redirects](https://docs.aws.amazon.com/AmazonS3/latest/dev/how-to-page-redirect.html#advanced-conditional-redirects)
/// in the *Amazon S3 User Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RoutingRule {
    /// A container for describing a condition that must be met for the specified redirect to apply.
    /// For example, 1. If request is for pages in the `/docs` folder, redirect to the `/documents`
    /// folder. 2. If request results in HTTP error 4xx, redirect request to another host where you
    /// might process the error.
    pub condition: Option<Condition>,
    /// Container for redirect information. You can redirect requests to another host, to another
    /// page, or with another protocol. In the event of an error, you can specify a different error
    /// code to return.
    pub redirect: Redirect,
}

/// Specifies lifecycle rules for an Amazon S3 bucket. For more information, see [Put Bucket
/// Lifecycle
/// Configuration](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTlifecycle.html) in
/// the *Amazon S3 API Reference*. For examples, see [Put Bucket Lifecycle Configuration
/// Examples](https://docs.aws.amazon.com/AmazonS3/latest/API/API_PutBucketLifecycleConfiguration.html#API_PutBucketLifecycleConfiguration_Examples).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Rule {
    /// Specifies the expiration for the lifecycle of the object.
    pub expiration: Option<LifecycleExpiration>,
    /// Unique identifier for the rule. The value can't be longer than 255 characters.
    #[shape(name = "ID")]
    pub id: Option<String>,
    /// Object key prefix that identifies one or more objects to which this rule applies.
    pub prefix: String,
    /// If `Enabled`, the rule is currently being applied. If `Disabled`, the rule is not currently
    /// being applied.
    pub status: ExpirationStatus,
    /// Specifies when an object transitions to a specified storage class. For more information
    /// about Amazon S3 lifecycle configuration rules, see [Transitioning Objects Using Amazon S3
    /// Lifecycle](https://docs.aws.amazon.com/AmazonS3/latest/dev/lifecycle-transition-general-considerations.html)
    /// in the *Amazon S3 User Guide*.
    pub transition: Option<Transition>,
    /// Container for the transition rule that describes when noncurrent objects transition to the
    /// `STANDARD_IA`, `ONEZONE_IA`, `INTELLIGENT_TIERING`, `GLACIER_IR`, `GLACIER`, or
    /// `DEEP_ARCHIVE` storage class. If your bucket is versioning-enabled (or versioning is
    /// suspended), you can set this action to request that Amazon S3 transition noncurrent object
    /// versions to the `STANDARD_IA`, `ONEZONE_IA`, `INTELLIGENT_TIERING`, `GLACIER_IR`, `GLACIER`,
    /// or `DEEP_ARCHIVE` storage class at a specific period in the object's lifetime.
    pub noncurrent_version_transition: Option<NoncurrentVersionTransition>,
    /// Specifies when noncurrent object versions expire. Upon expiration, Amazon S3 permanently
    /// deletes the noncurrent object versions. You set this lifecycle configuration action on a
    /// bucket that has versioning enabled (or suspended) to request that Amazon S3 delete
    /// noncurrent object versions at a specific period in the object's lifetime.
    pub noncurrent_version_expiration: Option<NoncurrentVersionExpiration>,
    /// Specifies the days since the initiation of an incomplete multipart upload that Amazon S3
    /// will wait before permanently removing all parts of the upload. For more information, see [
    /// Aborting Incomplete Multipart Uploads Using a Bucket Lifecycle
    /// Configuration](https://docs.aws.amazon.com/AmazonS3/latest/dev/mpuoverview.html#mpu-abort-incomplete-mpu-lifecycle-config)
    /// in the *Amazon S3 User Guide*.
    pub abort_incomplete_multipart_upload: Option<AbortIncompleteMultipartUpload>,
}

/// A container for object key name prefix and suffix filtering rules.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct S3KeyFilter {
    /// A list of containers for the key-value pair that defines the criteria for the filter rule.
    #[shape(name = "FilterRule", flattened)]
    pub filter_rules: Option<Vec<FilterRule>>,
}

/// Describes an Amazon S3 location that will receive the results of the restore request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct S3Location {
    /// The name of the bucket where the restore results will be placed.
    pub bucket_name: String,
    /// The prefix that is prepended to the restore results for this request.
    pub prefix: String,
    /// Contains the type of server-side encryption used.
    pub encryption: Option<Encryption>,
    /// The canned ACL to apply to the restore results.
    #[shape(name = "CannedACL")]
    pub canned_acl: Option<ObjectCannedACL>,
    /// A list of grants that control access to the staged results.
    #[shape(member = "Grant")]
    pub access_control_list: Option<Vec<Grant>>,
    /// The tag-set that is applied to the restore results.
    pub tagging: Option<Tagging>,
    /// A list of metadata to store with the restore results in S3.
    #[shape(member = "MetadataEntry")]
    pub user_metadata: Option<Vec<MetadataEntry>>,
    /// The class of storage used to store the restore results.
    pub storage_class: Option<StorageClass>,
}

/// The model's `S3TablesBucketType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum S3TablesBucketType {
    /// `aws`
    #[default]
    #[shape(name = "aws")]
    Aws,
    /// `customer`
    #[shape(name = "customer")]
    Customer,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The destination information for a V1 S3 Metadata configuration. The destination table bucket
/// must be in the same Region and Amazon Web Services account as the general purpose bucket. The
/// specified metadata table name must be unique within the `aws_s3_metadata` namespace in the
/// destination table bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct S3TablesDestination {
    /// The Amazon Resource Name (ARN) for the table bucket that's specified as the destination in
    /// the metadata table configuration. The destination table bucket must be in the same Region
    /// and Amazon Web Services account as the general purpose bucket.
    pub table_bucket_arn: String,
    /// The name for the metadata table in your metadata table configuration. The specified metadata
    /// table name must be unique within the `aws_s3_metadata` namespace in the destination table
    /// bucket.
    pub table_name: String,
}

/// The destination information for a V1 S3 Metadata configuration. The destination table bucket
/// must be in the same Region and Amazon Web Services account as the general purpose bucket. The
/// specified metadata table name must be unique within the `aws_s3_metadata` namespace in the
/// destination table bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct S3TablesDestinationResult {
    /// The Amazon Resource Name (ARN) for the table bucket that's specified as the destination in
    /// the metadata table configuration. The destination table bucket must be in the same Region
    /// and Amazon Web Services account as the general purpose bucket.
    pub table_bucket_arn: String,
    /// The name for the metadata table in your metadata table configuration. The specified metadata
    /// table name must be unique within the `aws_s3_metadata` namespace in the destination table
    /// bucket.
    pub table_name: String,
    /// The Amazon Resource Name (ARN) for the metadata table in the metadata table configuration.
    /// The specified metadata table name must be unique within the `aws_s3_metadata` namespace in
    /// the destination table bucket.
    pub table_arn: String,
    /// The table bucket namespace for the metadata table in your metadata table configuration. This
    /// value is always `aws_s3_metadata`.
    pub table_namespace: String,
}

/// Specifies the use of SSE-KMS to encrypt delivered inventory reports.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct SSEKMS {
    /// Specifies the ID of the Key Management Service (KMS) symmetric encryption customer managed
    /// key to use for encrypting inventory reports.
    pub key_id: String,
}

impl ::std::fmt::Debug for SSEKMS {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SSEKMS")
            .field("key_id", &"** redacted **")
            .finish()
    }
}

/// If `SSEKMS` is specified for `ObjectEncryption`, this data type specifies the Amazon Web
/// Services KMS key Amazon Resource Name (ARN) to use and whether to use an S3 Bucket Key for
/// server-side encryption using Key Management Service (KMS) keys (SSE-KMS).
#[derive(Shape, Clone, Default, PartialEq)]
pub struct SSEKMSEncryption {
    /// Specifies the Amazon Web Services KMS key Amazon Resource Name (ARN) to use for the updated
    /// server-side encryption type. Required if `ObjectEncryption` specifies `SSEKMS`.
    #[shape(name = "KMSKeyArn")]
    pub kms_key_arn: String,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key for object encryption with
    /// server-side encryption using Key Management Service (KMS) keys (SSE-KMS). If this value
    /// isn't specified, it defaults to `false`. Setting this value to `true` causes Amazon S3 to
    /// use an S3 Bucket Key for object encryption with SSE-KMS. For more information, see [ Using
    /// Amazon S3 Bucket
    /// Keys](https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html) in the *Amazon
    /// S3 User Guide*.
    pub bucket_key_enabled: Option<bool>,
}

impl ::std::fmt::Debug for SSEKMSEncryption {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SSEKMSEncryption")
            .field("kms_key_arn", &"** redacted **")
            .field("bucket_key_enabled", &self.bucket_key_enabled)
            .finish()
    }
}

/// Specifies the use of SSE-S3 to encrypt delivered inventory reports.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SSES3 {}

/// Specifies the byte range of the object to get the records from. A record is processed when its
/// first byte is contained by the range. This parameter is optional, but when specified, it must
/// not be empty. See RFC 2616, Section 14.35.1 about how to specify the start and end of the range.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ScanRange {
    /// Specifies the start of the byte range. This parameter is optional. Valid values:
    /// non-negative integers. The default value is 0. If only `start` is supplied, it means scan
    /// from that point to the end of the file. For example,
    /// `<scanrange><start>50</start></scanrange>` means scan from byte 50 until the end of the
    /// file.
    pub start: Option<i64>,
    /// Specifies the end of the byte range. This parameter is optional. Valid values: non-negative
    /// integers. The default value is one less than the size of the object being queried. If only
    /// the End parameter is supplied, it is interpreted to mean scan the last N bytes of the file.
    /// For example, `<scanrange><end>50</end></scanrange>` means scan the last 50 bytes.
    pub end: Option<i64>,
}

/// The container for selecting objects from a content event stream.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(event_stream)]
pub struct SelectObjectContentEventStream {
    /// The Records Event.
    pub records: Option<RecordsEvent>,
    /// The Stats Event.
    pub stats: Option<StatsEvent>,
    /// The Progress Event.
    pub progress: Option<ProgressEvent>,
    /// The Continuation Event.
    pub cont: Option<ContinuationEvent>,
    /// The End Event.
    pub end: Option<EndEvent>,
}

/// The output of `SelectObjectContent`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SelectObjectContentOutput {
    /// The array of results.
    #[shape(payload)]
    pub payload: Option<SelectObjectContentEventStream>,
}

/// Learn Amazon S3 Select is no longer available to new customers. Existing customers of Amazon S3
/// Select can continue to use the feature as usual. [Learn
/// more](http://aws.amazon.com/blogs/storage/how-to-optimize-querying-your-data-in-amazon-s3/)
#[derive(Shape, Clone, Default, PartialEq)]
pub struct SelectObjectContentRequest {
    /// The S3 bucket.
    #[shape(label)]
    pub bucket: String,
    /// The object key.
    #[shape(label)]
    pub key: String,
    /// The server-side encryption (SSE) algorithm used to encrypt the object. This parameter is
    /// needed only when the object was created using a checksum algorithm. For more information,
    /// see [Protecting data using SSE-C
    /// keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// The server-side encryption (SSE) customer managed key. This parameter is needed only when
    /// the object was created using a checksum algorithm. For more information, see [Protecting
    /// data using SSE-C
    /// keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "SSECustomerKey",
        header = "x-amz-server-side-encryption-customer-key"
    )]
    pub sse_customer_key: Option<String>,
    /// The MD5 server-side encryption (SSE) customer managed key. This parameter is needed only
    /// when the object was created using a checksum algorithm. For more information, see
    /// [Protecting data using SSE-C
    /// keys](https://docs.aws.amazon.com/AmazonS3/latest/dev/ServerSideEncryptionCustomerKeys.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    /// The expression that is used to query the object.
    pub expression: String,
    /// The type of the provided expression (for example, SQL).
    pub expression_type: ExpressionType,
    /// Specifies if periodic request progress information should be enabled.
    pub request_progress: Option<RequestProgress>,
    /// Describes the format of the data in the object that is being queried.
    pub input_serialization: InputSerialization,
    /// Describes the format of the data that you want Amazon S3 to return in response.
    pub output_serialization: OutputSerialization,
    /// Specifies the byte range of the object to get the records from. A record is processed when
    /// its first byte is contained by the range. This parameter is optional, but when specified, it
    /// must not be empty. See RFC 2616, Section 14.35.1 about how to specify the start and end of
    /// the range.
    pub scan_range: Option<ScanRange>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

impl ::std::fmt::Debug for SelectObjectContentRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SelectObjectContentRequest")
            .field("bucket", &self.bucket)
            .field("key", &self.key)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field(
                "sse_customer_key",
                &self.sse_customer_key.as_ref().map(|_| "** redacted **"),
            )
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .field("expression", &self.expression)
            .field("expression_type", &self.expression_type)
            .field("request_progress", &self.request_progress)
            .field("input_serialization", &self.input_serialization)
            .field("output_serialization", &self.output_serialization)
            .field("scan_range", &self.scan_range)
            .field("expected_bucket_owner", &self.expected_bucket_owner)
            .finish()
    }
}

/// Amazon S3 Select is no longer available to new customers. Existing customers of Amazon S3 Select
/// can continue to use the feature as usual. [Learn
/// more](http://aws.amazon.com/blogs/storage/how-to-optimize-querying-your-data-in-amazon-s3/)
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SelectParameters {
    /// Describes the serialization format of the object.
    pub input_serialization: InputSerialization,
    /// The type of the provided expression (for example, SQL).
    pub expression_type: ExpressionType,
    /// Amazon S3 Select is no longer available to new customers. Existing customers of Amazon S3
    /// Select can continue to use the feature as usual. [Learn
    /// more](http://aws.amazon.com/blogs/storage/how-to-optimize-querying-your-data-in-amazon-s3/)
    pub expression: String,
    /// Describes how the results of the Select job are serialized.
    pub output_serialization: OutputSerialization,
}

/// The model's `ServerSideEncryption`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ServerSideEncryption {
    /// `AES256`
    #[default]
    #[shape(name = "AES256")]
    Aes256,
    /// `aws:fsx`
    #[shape(name = "aws:fsx")]
    AwsFsx,
    /// `aws:kms`
    #[shape(name = "aws:kms")]
    AwsKms,
    /// `aws:kms:dsse`
    #[shape(name = "aws:kms:dsse")]
    AwsKmsDsse,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Describes the default server-side encryption to apply to new objects in the bucket. If a PUT
/// Object request doesn't specify any server-side encryption, this default encryption will be
/// applied. For more information, see
/// [PutBucketEncryption](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTencryption.html).
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ServerSideEncryptionByDefault {
    /// Server-side encryption algorithm to use for the default encryption.
    #[shape(name = "SSEAlgorithm")]
    pub sse_algorithm: ServerSideEncryption,
    /// Amazon Web Services Key Management Service (KMS) customer managed key ID to use for the
    /// default encryption.
    #[shape(name = "KMSMasterKeyID")]
    pub kms_master_key_id: Option<String>,
}

impl ::std::fmt::Debug for ServerSideEncryptionByDefault {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ServerSideEncryptionByDefault")
            .field("sse_algorithm", &self.sse_algorithm)
            .field(
                "kms_master_key_id",
                &self.kms_master_key_id.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// Specifies the default server-side-encryption configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServerSideEncryptionConfiguration {
    /// Container for information about a particular server-side encryption configuration rule.
    #[shape(name = "Rule", flattened)]
    pub rules: Vec<ServerSideEncryptionRule>,
}

/// Specifies the default server-side encryption configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServerSideEncryptionRule {
    /// Specifies the default server-side encryption to apply to new objects in the bucket. If a PUT
    /// Object request doesn't specify any server-side encryption, this default encryption will be
    /// applied.
    pub apply_server_side_encryption_by_default: Option<ServerSideEncryptionByDefault>,
    /// Specifies whether Amazon S3 should use an S3 Bucket Key with server-side encryption using
    /// KMS (SSE-KMS) for new objects in the bucket. Existing objects are not affected. Setting the
    /// `BucketKeyEnabled` element to `true` causes Amazon S3 to use an S3 Bucket Key.
    pub bucket_key_enabled: Option<bool>,
    /// A bucket-level setting for Amazon S3 general purpose buckets used to prevent the upload of
    /// new objects encrypted with the specified server-side encryption type. For example, blocking
    /// an encryption type will block `PutObject`, `CopyObject`, `PostObject`, multipart upload, and
    /// replication requests to the bucket for objects with the specified encryption type. However,
    /// you can continue to read and list any pre-existing objects already encrypted with the
    /// specified encryption type. For more information, see [Blocking or unblocking SSE-C for a
    /// general purpose
    /// bucket](https://docs.aws.amazon.com/AmazonS3/latest/userguide/blocking-unblocking-s3-c-encryption-gpb.html).
    pub blocked_encryption_types: Option<BlockedEncryptionTypes>,
}

/// The established temporary security credentials of the session.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct SessionCredentials {
    /// A unique identifier that's associated with a secret access key. The access key ID and the
    /// secret access key are used together to sign programmatic Amazon Web Services requests
    /// cryptographically.
    pub access_key_id: String,
    /// A key that's used with the access key ID to cryptographically sign programmatic Amazon Web
    /// Services requests. Signing a request identifies the sender and prevents the request from
    /// being altered.
    pub secret_access_key: String,
    /// A part of the temporary security credentials. The session token is used to validate the
    /// temporary security credentials.
    pub session_token: String,
    /// Temporary security credentials expire after a specified interval. After temporary
    /// credentials expire, any calls that you make with those credentials will fail. So you must
    /// generate a new set of temporary credentials. Temporary credentials cannot be extended or
    /// refreshed beyond the original specified interval.
    pub expiration: DateTime,
}

impl ::std::fmt::Debug for SessionCredentials {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SessionCredentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"** redacted **")
            .field("session_token", &"** redacted **")
            .field("expiration", &self.expiration)
            .finish()
    }
}

/// The model's `SessionMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SessionMode {
    /// `ReadOnly`
    #[default]
    ReadOnly,
    /// `ReadWrite`
    ReadWrite,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// To use simple format for S3 keys for log objects, set SimplePrefix to an empty object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SimplePrefix {}

/// A container that describes additional filters for identifying the source objects that you want
/// to replicate. You can choose to enable or disable the replication of these objects. Currently,
/// Amazon S3 supports only the filter that you can specify for objects created with server-side
/// encryption using a customer managed key stored in Amazon Web Services Key Management Service
/// (SSE-KMS).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SourceSelectionCriteria {
    /// A container for filter information for the selection of Amazon S3 objects encrypted with
    /// Amazon Web Services KMS. If you include `SourceSelectionCriteria` in the replication
    /// configuration, this element is required.
    pub sse_kms_encrypted_objects: Option<SseKmsEncryptedObjects>,
    /// A filter that you can specify for selections for modifications on replicas. Amazon S3
    /// doesn't replicate replica modifications by default. In the latest version of replication
    /// configuration (when `Filter` is specified), you can specify this element and set the status
    /// to `Enabled` to replicate modifications on replicas.
    pub replica_modifications: Option<ReplicaModifications>,
}

/// A container for filter information for the selection of S3 objects encrypted with Amazon Web
/// Services KMS.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SseKmsEncryptedObjects {
    /// Specifies whether Amazon S3 replicates objects created with server-side encryption using an
    /// Amazon Web Services KMS key stored in Amazon Web Services Key Management Service.
    pub status: SseKmsEncryptedObjectsStatus,
}

/// The model's `SseKmsEncryptedObjectsStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SseKmsEncryptedObjectsStatus {
    /// `Enabled`
    #[default]
    Enabled,
    /// `Disabled`
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Container for the stats details.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Stats {
    /// The total number of object bytes scanned.
    pub bytes_scanned: Option<i64>,
    /// The total number of uncompressed object bytes processed.
    pub bytes_processed: Option<i64>,
    /// The total number of bytes of records payload data returned.
    pub bytes_returned: Option<i64>,
}

/// Container for the Stats Event.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StatsEvent {
    /// The Stats event details.
    pub details: Option<Stats>,
}

/// The model's `StorageClass`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StorageClass {
    /// `STANDARD`
    #[default]
    #[shape(name = "STANDARD")]
    Standard,
    /// `REDUCED_REDUNDANCY`
    #[shape(name = "REDUCED_REDUNDANCY")]
    ReducedRedundancy,
    /// `STANDARD_IA`
    #[shape(name = "STANDARD_IA")]
    StandardIa,
    /// `ONEZONE_IA`
    #[shape(name = "ONEZONE_IA")]
    OnezoneIa,
    /// `INTELLIGENT_TIERING`
    #[shape(name = "INTELLIGENT_TIERING")]
    IntelligentTiering,
    /// `GLACIER`
    #[shape(name = "GLACIER")]
    Glacier,
    /// `DEEP_ARCHIVE`
    #[shape(name = "DEEP_ARCHIVE")]
    DeepArchive,
    /// `OUTPOSTS`
    #[shape(name = "OUTPOSTS")]
    Outposts,
    /// `GLACIER_IR`
    #[shape(name = "GLACIER_IR")]
    GlacierIr,
    /// `SNOW`
    #[shape(name = "SNOW")]
    Snow,
    /// `EXPRESS_ONEZONE`
    #[shape(name = "EXPRESS_ONEZONE")]
    ExpressOnezone,
    /// `FSX_OPENZFS`
    #[shape(name = "FSX_OPENZFS")]
    FsxOpenzfs,
    /// `FSX_ONTAP`
    #[shape(name = "FSX_ONTAP")]
    FsxOntap,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Specifies data related to access patterns to be collected and made available to analyze the
/// tradeoffs between different storage classes for an Amazon S3 bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StorageClassAnalysis {
    /// Specifies how data related to the storage class analysis for an Amazon S3 bucket should be
    /// exported.
    pub data_export: Option<StorageClassAnalysisDataExport>,
}

/// Container for data related to the storage class analysis for an Amazon S3 bucket for export.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StorageClassAnalysisDataExport {
    /// The version of the output schema to use when exporting data. Must be `V_1`.
    pub output_schema_version: StorageClassAnalysisSchemaVersion,
    /// The place to store the data for an analysis.
    pub destination: AnalyticsExportDestination,
}

/// The model's `StorageClassAnalysisSchemaVersion`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StorageClassAnalysisSchemaVersion {
    /// `V_1`
    #[default]
    #[shape(name = "V_1")]
    V1,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `TableSseAlgorithm`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TableSseAlgorithm {
    /// `aws:kms`
    #[default]
    #[shape(name = "aws:kms")]
    AwsKms,
    /// `AES256`
    #[shape(name = "AES256")]
    Aes256,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A container of a key value name pair.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// Name of the object key.
    pub key: String,
    /// Value of the tag.
    pub value: String,
}

/// Container for `TagSet` elements.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tagging {
    /// A collection for a set of tags
    #[shape(member = "Tag")]
    pub tag_set: Vec<Tag>,
}

/// The model's `TaggingDirective`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TaggingDirective {
    /// `COPY`
    #[default]
    #[shape(name = "COPY")]
    Copy,
    /// `REPLACE`
    #[shape(name = "REPLACE")]
    Replace,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Container for granting information.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TargetGrant {
    /// Container for the person being granted permissions.
    pub grantee: Option<Grantee>,
    /// Logging permissions assigned to the grantee for the bucket.
    pub permission: Option<BucketLogsPermission>,
}

/// Amazon S3 key format for log objects. Only one format, PartitionedPrefix or SimplePrefix, is
/// allowed.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TargetObjectKeyFormat {
    /// To use the simple format for S3 keys for log objects. To specify SimplePrefix format, set
    /// SimplePrefix to {}.
    pub simple_prefix: Option<SimplePrefix>,
    /// Partitioned S3 key for log objects.
    pub partitioned_prefix: Option<PartitionedPrefix>,
}

/// The model's `Tier`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Tier {
    /// `Standard`
    #[default]
    Standard,
    /// `Bulk`
    Bulk,
    /// `Expedited`
    Expedited,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The S3 Intelligent-Tiering storage class is designed to optimize storage costs by automatically
/// moving data to the most cost-effective storage access tier, without additional operational
/// overhead.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tiering {
    /// The number of consecutive days of no access after which an object will be eligible to be
    /// transitioned to the corresponding tier. The minimum number of days specified for Archive
    /// Access tier must be at least 90 days and Deep Archive Access tier must be at least 180 days.
    /// The maximum can be up to 2 years (730 days).
    pub days: i32,
    /// S3 Intelligent-Tiering access tier. See [Storage class for automatically optimizing
    /// frequently and infrequently accessed
    /// objects](https://docs.aws.amazon.com/AmazonS3/latest/dev/storage-class-intro.html#sc-dynamic-data-access)
    /// for a list of access tiers in the S3 Intelligent-Tiering storage class.
    pub access_tier: IntelligentTieringAccessTier,
}

/// A container for specifying the configuration for publication of messages to an Amazon Simple
/// Notification Service (Amazon SNS) topic when Amazon S3 detects specified events.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TopicConfiguration {
    /// An optional unique identifier for configurations in a notification configuration. If you
    /// don't provide one, Amazon S3 will assign an ID.
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the Amazon SNS topic to which Amazon S3 publishes a
    /// message when it detects events of the specified type.
    #[shape(name = "Topic")]
    pub topic_arn: String,
    /// The Amazon S3 bucket event about which to send notifications. For more information, see
    /// [Supported Event
    /// Types](https://docs.aws.amazon.com/AmazonS3/latest/dev/NotificationHowTo.html) in the
    /// *Amazon S3 User Guide*.
    #[shape(name = "Event", flattened)]
    pub events: Vec<Event>,
    /// Specifies object key name filtering rules. For information about key name filtering, see
    /// [Configuring event notifications using object key name
    /// filtering](https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-how-to-filtering.html)
    /// in the *Amazon S3 User Guide*.
    pub filter: Option<NotificationConfigurationFilter>,
}

/// A container for specifying the configuration for publication of messages to an Amazon Simple
/// Notification Service (Amazon SNS) topic when Amazon S3 detects specified events. This data type
/// is deprecated. Use
/// [TopicConfiguration](https://docs.aws.amazon.com/AmazonS3/latest/API/API_TopicConfiguration.html)
/// instead.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TopicConfigurationDeprecated {
    /// An optional unique identifier for configurations in a notification configuration. If you
    /// don't provide one, Amazon S3 will assign an ID.
    pub id: Option<String>,
    /// A collection of events related to objects
    #[shape(name = "Event", flattened)]
    pub events: Option<Vec<Event>>,
    /// Amazon SNS topic to which Amazon S3 will publish a message to report the specified events
    /// for the bucket.
    pub topic: Option<String>,
}

/// Specifies when an object transitions to a specified storage class. For more information about
/// Amazon S3 lifecycle configuration rules, see [Transitioning Objects Using Amazon S3
/// Lifecycle](https://docs.aws.amazon.com/AmazonS3/latest/dev/lifecycle-transition-general-considerations.html)
/// in the *Amazon S3 User Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Transition {
    /// Indicates when objects are transitioned to the specified storage class. The date value must
    /// be in ISO 8601 format. The time is always midnight UTC.
    #[shape(timestamp = "iso8601")]
    pub date: Option<DateTime>,
    /// Indicates the number of days after creation when objects are transitioned to the specified
    /// storage class. If the specified storage class is `INTELLIGENT_TIERING`, `GLACIER_IR`,
    /// `GLACIER`, or `DEEP_ARCHIVE`, valid values are `0` or positive integers. If the specified
    /// storage class is `STANDARD_IA` or `ONEZONE_IA`, valid values are positive integers greater
    /// than `30`. Be aware that some storage classes have a minimum storage duration and that
    /// you're charged for transitioning objects before their minimum storage duration. For more
    /// information, see [ Constraints and considerations for
    /// transitions](https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-transition-general-considerations.html#lifecycle-configuration-constraints)
    /// in the *Amazon S3 User Guide*.
    pub days: Option<i32>,
    /// The storage class to which you want the object to transition.
    pub storage_class: Option<TransitionStorageClass>,
}

/// The model's `TransitionDefaultMinimumObjectSize`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TransitionDefaultMinimumObjectSize {
    /// `varies_by_storage_class`
    #[default]
    #[shape(name = "varies_by_storage_class")]
    VariesByStorageClass,
    /// `all_storage_classes_128K`
    #[shape(name = "all_storage_classes_128K")]
    AllStorageClasses128k,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `TransitionStorageClass`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TransitionStorageClass {
    /// `GLACIER`
    #[default]
    #[shape(name = "GLACIER")]
    Glacier,
    /// `STANDARD_IA`
    #[shape(name = "STANDARD_IA")]
    StandardIa,
    /// `ONEZONE_IA`
    #[shape(name = "ONEZONE_IA")]
    OnezoneIa,
    /// `INTELLIGENT_TIERING`
    #[shape(name = "INTELLIGENT_TIERING")]
    IntelligentTiering,
    /// `DEEP_ARCHIVE`
    #[shape(name = "DEEP_ARCHIVE")]
    DeepArchive,
    /// `GLACIER_IR`
    #[shape(name = "GLACIER_IR")]
    GlacierIr,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `Type`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Type {
    /// `CanonicalUser`
    #[default]
    CanonicalUser,
    /// `AmazonCustomerByEmail`
    AmazonCustomerByEmail,
    /// `Group`
    Group,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `UpdateBucketMetadataInventoryTableConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateBucketMetadataInventoryTableConfigurationRequest {
    /// The general purpose bucket that corresponds to the metadata configuration that you want to
    /// enable or disable an inventory table for.
    #[shape(label)]
    pub bucket: String,
    /// The `Content-MD5` header for the inventory table configuration.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// The checksum algorithm to use with your inventory table configuration.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The contents of your inventory table configuration.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub inventory_table_configuration: InventoryTableConfigurationUpdates,
    /// The expected owner of the general purpose bucket that corresponds to the metadata table
    /// configuration that you want to enable or disable an inventory table for.
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `UpdateBucketMetadataJournalTableConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateBucketMetadataJournalTableConfigurationRequest {
    /// The general purpose bucket that corresponds to the metadata configuration that you want to
    /// enable or disable journal table record expiration for.
    #[shape(label)]
    pub bucket: String,
    /// The `Content-MD5` header for the journal table configuration.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// The checksum algorithm to use with your journal table configuration.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// The contents of your journal table configuration.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub journal_table_configuration: JournalTableConfigurationUpdates,
    /// The expected owner of the general purpose bucket that corresponds to the metadata table
    /// configuration that you want to enable or disable journal table record expiration for.
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

/// The input of `UpdateObjectEncryption`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateObjectEncryptionRequest {
    /// The name of the general purpose bucket that contains the specified object key name.
    #[shape(label)]
    pub bucket: String,
    /// The key name of the object that you want to update the server-side encryption type for.
    #[shape(label)]
    pub key: String,
    /// The version ID of the object that you want to update the server-side encryption type for.
    #[shape(query = "versionId")]
    pub version_id: Option<String>,
    /// The updated server-side encryption type for this object. The `UpdateObjectEncryption`
    /// operation supports the SSE-S3 and SSE-KMS encryption types.
    #[shape(payload, xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub object_encryption: Option<ObjectEncryption>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide doesn't
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// The MD5 hash for the request body. For requests made using the Amazon Web Services Command
    /// Line Interface (CLI) or Amazon Web Services SDKs, this field is calculated automatically.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use an Amazon
    /// Web Services SDK. This header doesn't provide any additional functionality if you don't use
    /// the SDK. When you send this header, there must be a corresponding `x-amz-checksum` or
    /// `x-amz-trailer` header sent. Otherwise, Amazon S3 fails the request with the HTTP status
    /// code `400 Bad Request`. For more information, see [ Checking object integrity
    /// ](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html) in
    /// the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
}

/// The output of `UpdateObjectEncryption`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateObjectEncryptionResponse {
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

/// The output of `UploadPartCopy`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UploadPartCopyOutput {
    /// The version of the source object that was copied, if you have enabled versioning on the
    /// source bucket.
    #[shape(header = "x-amz-copy-source-version-id")]
    pub copy_source_version_id: Option<String>,
    /// Container for all response elements.
    #[shape(payload)]
    pub copy_part_result: Option<CopyPartResult>,
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon
    /// FSx.
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to confirm the encryption algorithm that's used.
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to provide the round-trip message integrity verification
    /// of the customer-provided encryption key.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    /// Indicates whether the multipart upload uses an S3 Bucket Key for server-side encryption with
    /// Key Management Service (KMS) keys (SSE-KMS).
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

impl ::std::fmt::Debug for UploadPartCopyOutput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UploadPartCopyOutput")
            .field("copy_source_version_id", &self.copy_source_version_id)
            .field("copy_part_result", &self.copy_part_result)
            .field("server_side_encryption", &self.server_side_encryption)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .field(
                "ssekms_key_id",
                &self.ssekms_key_id.as_ref().map(|_| "** redacted **"),
            )
            .field("bucket_key_enabled", &self.bucket_key_enabled)
            .field("request_charged", &self.request_charged)
            .finish()
    }
}

/// The input of `UploadPartCopy`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UploadPartCopyRequest {
    /// The bucket name.
    #[shape(label)]
    pub bucket: String,
    /// Specifies the source object for the copy operation. You specify the value in one of two
    /// formats, depending on whether you want to access the source object through an [access
    /// point](https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points.html):
    #[shape(header = "x-amz-copy-source")]
    pub copy_source: String,
    /// Copies the object if its entity tag (ETag) matches the specified tag.
    #[shape(header = "x-amz-copy-source-if-match")]
    pub copy_source_if_match: Option<String>,
    /// Copies the object if it has been modified since the specified time.
    #[shape(header = "x-amz-copy-source-if-modified-since")]
    pub copy_source_if_modified_since: Option<DateTime>,
    /// Copies the object if its entity tag (ETag) is different than the specified ETag.
    #[shape(header = "x-amz-copy-source-if-none-match")]
    pub copy_source_if_none_match: Option<String>,
    /// Copies the object if it hasn't been modified since the specified time.
    #[shape(header = "x-amz-copy-source-if-unmodified-since")]
    pub copy_source_if_unmodified_since: Option<DateTime>,
    /// The range of bytes to copy from the source object. The range value must use the form
    /// bytes=first-last, where the first and last are the zero-based byte offsets to copy. For
    /// example, bytes=0-9 indicates that you want to copy the first 10 bytes of the source. You can
    /// copy a range only if the source object is greater than 5 MB.
    #[shape(header = "x-amz-copy-source-range")]
    pub copy_source_range: Option<String>,
    /// Object key for which the multipart upload was initiated.
    #[shape(label)]
    pub key: String,
    /// Part number of part being copied. This is a positive integer between 1 and 10,000.
    #[shape(query = "partNumber")]
    pub part_number: i32,
    /// Upload ID identifying the multipart upload whose part is being copied.
    #[shape(query = "uploadId")]
    pub upload_id: String,
    /// Specifies the algorithm to use when encrypting the object (for example, AES256).
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This
    /// value is used to store the object and then it is discarded; Amazon S3 does not store the
    /// encryption key. The key must be appropriate for use with the algorithm specified in the
    /// `x-amz-server-side-encryption-customer-algorithm` header. This must be the same encryption
    /// key specified in the initiate multipart upload request.
    #[shape(
        name = "SSECustomerKey",
        header = "x-amz-server-side-encryption-customer-key"
    )]
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses
    /// this header for a message integrity check to ensure that the encryption key was transmitted
    /// without error.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    /// Specifies the algorithm to use when decrypting the source object (for example, `AES256`).
    #[shape(
        name = "CopySourceSSECustomerAlgorithm",
        header = "x-amz-copy-source-server-side-encryption-customer-algorithm"
    )]
    pub copy_source_sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use to decrypt the source
    /// object. The encryption key provided in this header must be one that was used when the source
    /// object was created.
    #[shape(
        name = "CopySourceSSECustomerKey",
        header = "x-amz-copy-source-server-side-encryption-customer-key"
    )]
    pub copy_source_sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses
    /// this header for a message integrity check to ensure that the encryption key was transmitted
    /// without error.
    #[shape(
        name = "CopySourceSSECustomerKeyMD5",
        header = "x-amz-copy-source-server-side-encryption-customer-key-MD5"
    )]
    pub copy_source_sse_customer_key_md5: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected destination bucket owner. If the account ID that you provide
    /// does not match the actual owner of the destination bucket, the request fails with the HTTP
    /// status code `403 Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
    /// The account ID of the expected source bucket owner. If the account ID that you provide does
    /// not match the actual owner of the source bucket, the request fails with the HTTP status code
    /// `403 Forbidden` (access denied).
    #[shape(header = "x-amz-source-expected-bucket-owner")]
    pub expected_source_bucket_owner: Option<String>,
}

impl ::std::fmt::Debug for UploadPartCopyRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UploadPartCopyRequest")
            .field("bucket", &self.bucket)
            .field("copy_source", &self.copy_source)
            .field("copy_source_if_match", &self.copy_source_if_match)
            .field(
                "copy_source_if_modified_since",
                &self.copy_source_if_modified_since,
            )
            .field("copy_source_if_none_match", &self.copy_source_if_none_match)
            .field(
                "copy_source_if_unmodified_since",
                &self.copy_source_if_unmodified_since,
            )
            .field("copy_source_range", &self.copy_source_range)
            .field("key", &self.key)
            .field("part_number", &self.part_number)
            .field("upload_id", &self.upload_id)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field(
                "sse_customer_key",
                &self.sse_customer_key.as_ref().map(|_| "** redacted **"),
            )
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .field(
                "copy_source_sse_customer_algorithm",
                &self.copy_source_sse_customer_algorithm,
            )
            .field(
                "copy_source_sse_customer_key",
                &self
                    .copy_source_sse_customer_key
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field(
                "copy_source_sse_customer_key_md5",
                &self.copy_source_sse_customer_key_md5,
            )
            .field("request_payer", &self.request_payer)
            .field("expected_bucket_owner", &self.expected_bucket_owner)
            .field(
                "expected_source_bucket_owner",
                &self.expected_source_bucket_owner,
            )
            .finish()
    }
}

/// The output of `UploadPart`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UploadPartOutput {
    /// The server-side encryption algorithm used when you store this object in Amazon S3 or Amazon
    /// FSx.
    #[shape(header = "x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// Entity tag for the uploaded object.
    #[shape(header = "ETag")]
    pub e_tag: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32` checksum of the part. This will only be present if the
    /// checksum was provided in the request. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32", header = "x-amz-checksum-crc32")]
    pub checksum_crc32: Option<String>,
    /// The Base64 encoded, 32-bit `CRC32C` checksum of the part. This will only be present if the
    /// checksum was provided in the request. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32C", header = "x-amz-checksum-crc32c")]
    pub checksum_crc32_c: Option<String>,
    /// The Base64 encoded, 64-bit `CRC64NVME` checksum of the part. This will only be present if
    /// the checksum was provided in the request. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC64NVME", header = "x-amz-checksum-crc64nvme")]
    pub checksum_crc64_nvme: Option<String>,
    /// The Base64 encoded, 160-bit `SHA1` checksum of the part. This will only be present if the
    /// checksum was provided in the request. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA1", header = "x-amz-checksum-sha1")]
    pub checksum_sha1: Option<String>,
    /// The Base64 encoded, 256-bit `SHA256` checksum of the part. This will only be present if the
    /// checksum was provided in the request. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA256", header = "x-amz-checksum-sha256")]
    pub checksum_sha256: Option<String>,
    /// The Base64 encoded, 512-bit `SHA512` checksum of the part. This will only be present if the
    /// checksum was provided in the request. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA512", header = "x-amz-checksum-sha512")]
    pub checksum_sha512: Option<String>,
    /// The Base64 encoded, 128-bit `MD5` checksum of the part. This will only be present if the
    /// checksum was provided in the request. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumMD5", header = "x-amz-checksum-md5")]
    pub checksum_md5: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH64` checksum of the part. This will only be present if the
    /// checksum was provided in the request. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH64", header = "x-amz-checksum-xxhash64")]
    pub checksum_xxhash64: Option<String>,
    /// The Base64 encoded, 64-bit `XXHASH3` checksum of the part. This will only be present if the
    /// checksum was provided in the request. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH3", header = "x-amz-checksum-xxhash3")]
    pub checksum_xxhash3: Option<String>,
    /// The Base64 encoded, 128-bit `XXHASH128` checksum of the part. This will only be present if
    /// the checksum was provided in the request. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH128", header = "x-amz-checksum-xxhash128")]
    pub checksum_xxhash128: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to confirm the encryption algorithm that's used.
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// If server-side encryption with a customer-provided encryption key was requested, the
    /// response will include this header to provide the round-trip message integrity verification
    /// of the customer-provided encryption key.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    /// If present, indicates the ID of the KMS key that was used for object encryption.
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    /// Indicates whether the multipart upload uses an S3 Bucket Key for server-side encryption with
    /// Key Management Service (KMS) keys (SSE-KMS).
    #[shape(header = "x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
}

impl ::std::fmt::Debug for UploadPartOutput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UploadPartOutput")
            .field("server_side_encryption", &self.server_side_encryption)
            .field("e_tag", &self.e_tag)
            .field("checksum_crc32", &self.checksum_crc32)
            .field("checksum_crc32_c", &self.checksum_crc32_c)
            .field("checksum_crc64_nvme", &self.checksum_crc64_nvme)
            .field("checksum_sha1", &self.checksum_sha1)
            .field("checksum_sha256", &self.checksum_sha256)
            .field("checksum_sha512", &self.checksum_sha512)
            .field("checksum_md5", &self.checksum_md5)
            .field("checksum_xxhash64", &self.checksum_xxhash64)
            .field("checksum_xxhash3", &self.checksum_xxhash3)
            .field("checksum_xxhash128", &self.checksum_xxhash128)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .field(
                "ssekms_key_id",
                &self.ssekms_key_id.as_ref().map(|_| "** redacted **"),
            )
            .field("bucket_key_enabled", &self.bucket_key_enabled)
            .field("request_charged", &self.request_charged)
            .finish()
    }
}

/// The input of `UploadPart`.
#[derive(Shape, Default)]
pub struct UploadPartRequest {
    /// Object data.
    #[shape(payload)]
    pub body: ByteStream,
    /// The name of the bucket to which the multipart upload was initiated.
    #[shape(label)]
    pub bucket: String,
    /// Size of the body in bytes. This parameter is useful when the size of the body cannot be
    /// determined automatically.
    #[shape(header = "Content-Length")]
    pub content_length: Option<i64>,
    /// The Base64 encoded 128-bit MD5 digest of the part data. This parameter is auto-populated
    /// when using the command from the CLI. This parameter is required if object lock parameters
    /// are specified.
    #[shape(name = "ContentMD5", header = "Content-MD5")]
    pub content_md5: Option<String>,
    /// Indicates the algorithm used to create the checksum for the object when you use the SDK.
    /// This header will not provide any additional functionality if you don't use the SDK. When you
    /// send this header, there must be a corresponding `x-amz-checksum` or `x-amz-trailer` header
    /// sent. Otherwise, Amazon S3 fails the request with the HTTP status code `400 Bad Request`.
    /// For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-sdk-checksum-algorithm")]
    pub checksum_algorithm: Option<ChecksumAlgorithm>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 32-bit `CRC32`
    /// checksum of the object. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32", header = "x-amz-checksum-crc32")]
    pub checksum_crc32: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 32-bit
    /// `CRC32C` checksum of the object. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC32C", header = "x-amz-checksum-crc32c")]
    pub checksum_crc32_c: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 64-bit
    /// `CRC64NVME` checksum of the part. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumCRC64NVME", header = "x-amz-checksum-crc64nvme")]
    pub checksum_crc64_nvme: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 160-bit `SHA1`
    /// digest of the object. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA1", header = "x-amz-checksum-sha1")]
    pub checksum_sha1: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 256-bit
    /// `SHA256` digest of the object. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA256", header = "x-amz-checksum-sha256")]
    pub checksum_sha256: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 512-bit
    /// `SHA512` digest of the part. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA512", header = "x-amz-checksum-sha512")]
    pub checksum_sha512: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 128-bit `MD5`
    /// digest of the part. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumMD5", header = "x-amz-checksum-md5")]
    pub checksum_md5: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 64-bit
    /// `XXHASH64` checksum of the part. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH64", header = "x-amz-checksum-xxhash64")]
    pub checksum_xxhash64: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 64-bit
    /// `XXHASH3` checksum of the part. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH3", header = "x-amz-checksum-xxhash3")]
    pub checksum_xxhash3: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 128-bit
    /// `XXHASH128` checksum of the part. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumXXHASH128", header = "x-amz-checksum-xxhash128")]
    pub checksum_xxhash128: Option<String>,
    /// Object key for which the multipart upload was initiated.
    #[shape(label)]
    pub key: String,
    /// Part number of part being uploaded. This is a positive integer between 1 and 10,000.
    #[shape(query = "partNumber")]
    pub part_number: i32,
    /// Upload ID identifying the multipart upload whose part is being uploaded.
    #[shape(query = "uploadId")]
    pub upload_id: String,
    /// Specifies the algorithm to use when encrypting the object (for example, AES256).
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// Specifies the customer-provided encryption key for Amazon S3 to use in encrypting data. This
    /// value is used to store the object and then it is discarded; Amazon S3 does not store the
    /// encryption key. The key must be appropriate for use with the algorithm specified in the
    /// `x-amz-server-side-encryption-customer-algorithm header`. This must be the same encryption
    /// key specified in the initiate multipart upload request.
    #[shape(
        name = "SSECustomerKey",
        header = "x-amz-server-side-encryption-customer-key"
    )]
    pub sse_customer_key: Option<String>,
    /// Specifies the 128-bit MD5 digest of the encryption key according to RFC 1321. Amazon S3 uses
    /// this header for a message integrity check to ensure that the encryption key was transmitted
    /// without error.
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    /// Confirms that the requester knows that they will be charged for the request. Bucket owners
    /// need not specify this parameter in their requests. If either the source or destination S3
    /// bucket has Requester Pays enabled, the requester will pay for the corresponding charges. For
    /// information about downloading objects from Requester Pays buckets, see [Downloading Objects
    /// in Requester Pays
    /// Buckets](https://docs.aws.amazon.com/AmazonS3/latest/dev/ObjectsinRequesterPaysBuckets.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(header = "x-amz-request-payer")]
    pub request_payer: Option<RequestPayer>,
    /// The account ID of the expected bucket owner. If the account ID that you provide does not
    /// match the actual owner of the bucket, the request fails with the HTTP status code `403
    /// Forbidden` (access denied).
    #[shape(header = "x-amz-expected-bucket-owner")]
    pub expected_bucket_owner: Option<String>,
}

impl ::std::fmt::Debug for UploadPartRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UploadPartRequest")
            .field("body", &self.body)
            .field("bucket", &self.bucket)
            .field("content_length", &self.content_length)
            .field("content_md5", &self.content_md5)
            .field("checksum_algorithm", &self.checksum_algorithm)
            .field("checksum_crc32", &self.checksum_crc32)
            .field("checksum_crc32_c", &self.checksum_crc32_c)
            .field("checksum_crc64_nvme", &self.checksum_crc64_nvme)
            .field("checksum_sha1", &self.checksum_sha1)
            .field("checksum_sha256", &self.checksum_sha256)
            .field("checksum_sha512", &self.checksum_sha512)
            .field("checksum_md5", &self.checksum_md5)
            .field("checksum_xxhash64", &self.checksum_xxhash64)
            .field("checksum_xxhash3", &self.checksum_xxhash3)
            .field("checksum_xxhash128", &self.checksum_xxhash128)
            .field("key", &self.key)
            .field("part_number", &self.part_number)
            .field("upload_id", &self.upload_id)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field(
                "sse_customer_key",
                &self.sse_customer_key.as_ref().map(|_| "** redacted **"),
            )
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .field("request_payer", &self.request_payer)
            .field("expected_bucket_owner", &self.expected_bucket_owner)
            .finish()
    }
}

/// Describes the versioning state of an Amazon S3 bucket. For more information, see [PUT Bucket
/// versioning](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTBucketPUTVersioningStatus.html)
/// in the *Amazon S3 API Reference*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VersioningConfiguration {
    /// Specifies whether MFA delete is enabled in the bucket versioning configuration. This element
    /// is only returned if the bucket has been configured with MFA delete. If the bucket has never
    /// been so configured, this element is not returned.
    pub mfa_delete: Option<MFADelete>,
    /// The versioning state of the bucket.
    pub status: Option<BucketVersioningStatus>,
}

/// Specifies website configuration parameters for an Amazon S3 bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct WebsiteConfiguration {
    /// The name of the error document for the website.
    pub error_document: Option<ErrorDocument>,
    /// The name of the index document for the website.
    pub index_document: Option<IndexDocument>,
    /// The redirect behavior for every request to this bucket's website endpoint.
    pub redirect_all_requests_to: Option<RedirectAllRequestsTo>,
    /// Rules that define when a redirect is applied and the redirect behavior.
    #[shape(member = "RoutingRule")]
    pub routing_rules: Option<Vec<RoutingRule>>,
}

/// The input of `WriteGetObjectResponse`.
#[derive(Shape, Default)]
pub struct WriteGetObjectResponseRequest {
    /// Route prefix to the HTTP URL generated.
    #[shape(header = "x-amz-request-route", host_label)]
    pub request_route: String,
    /// A single use encrypted token that maps `WriteGetObjectResponse` to the end user `GetObject`
    /// request.
    #[shape(header = "x-amz-request-token")]
    pub request_token: String,
    /// The object data.
    #[shape(payload)]
    pub body: ByteStream,
    /// The integer status code for an HTTP response of a corresponding `GetObject` request. The
    /// following is a list of status codes.
    #[shape(header = "x-amz-fwd-status")]
    pub status_code: Option<i32>,
    /// A string that uniquely identifies an error condition. Returned in the \<Code\> tag of the
    /// error XML response for a corresponding `GetObject` call. Cannot be used with a successful
    /// `StatusCode` header or when the transformed object is provided in the body. All error codes
    /// from S3 are sentence-cased. The regular expression (regex) value is `"^[A-Z][a-zA-Z]+$"`.
    #[shape(header = "x-amz-fwd-error-code")]
    pub error_code: Option<String>,
    /// Contains a generic description of the error condition. Returned in the \<Message\> tag of
    /// the error XML response for a corresponding `GetObject` call. Cannot be used with a
    /// successful `StatusCode` header or when the transformed object is provided in body.
    #[shape(header = "x-amz-fwd-error-message")]
    pub error_message: Option<String>,
    /// Indicates that a range of bytes was specified.
    #[shape(header = "x-amz-fwd-header-accept-ranges")]
    pub accept_ranges: Option<String>,
    /// Specifies caching behavior along the request/reply chain.
    #[shape(header = "x-amz-fwd-header-Cache-Control")]
    pub cache_control: Option<String>,
    /// Specifies presentational information for the object.
    #[shape(header = "x-amz-fwd-header-Content-Disposition")]
    pub content_disposition: Option<String>,
    /// Specifies what content encodings have been applied to the object and thus what decoding
    /// mechanisms must be applied to obtain the media-type referenced by the Content-Type header
    /// field.
    #[shape(header = "x-amz-fwd-header-Content-Encoding")]
    pub content_encoding: Option<String>,
    /// The language the content is in.
    #[shape(header = "x-amz-fwd-header-Content-Language")]
    pub content_language: Option<String>,
    /// The size of the content body in bytes.
    #[shape(header = "Content-Length")]
    pub content_length: Option<i64>,
    /// The portion of the object returned in the response.
    #[shape(header = "x-amz-fwd-header-Content-Range")]
    pub content_range: Option<String>,
    /// A standard MIME type describing the format of the object data.
    #[shape(header = "x-amz-fwd-header-Content-Type")]
    pub content_type: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This specifies the Base64 encoded, 32-bit `CRC32`
    /// checksum of the object returned by the Object Lambda function. This may not match the
    /// checksum for the object stored in Amazon S3. Amazon S3 will perform validation of the
    /// checksum values only when the original `GetObject` request required checksum validation. For
    /// more information about checksums, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "ChecksumCRC32",
        header = "x-amz-fwd-header-x-amz-checksum-crc32"
    )]
    pub checksum_crc32: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This specifies the Base64 encoded, 32-bit `CRC32C`
    /// checksum of the object returned by the Object Lambda function. This may not match the
    /// checksum for the object stored in Amazon S3. Amazon S3 will perform validation of the
    /// checksum values only when the original `GetObject` request required checksum validation. For
    /// more information about checksums, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "ChecksumCRC32C",
        header = "x-amz-fwd-header-x-amz-checksum-crc32c"
    )]
    pub checksum_crc32_c: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 64-bit
    /// `CRC64NVME` checksum of the part. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "ChecksumCRC64NVME",
        header = "x-amz-fwd-header-x-amz-checksum-crc64nvme"
    )]
    pub checksum_crc64_nvme: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This specifies the Base64 encoded, 160-bit `SHA1` digest
    /// of the object returned by the Object Lambda function. This may not match the checksum for
    /// the object stored in Amazon S3. Amazon S3 will perform validation of the checksum values
    /// only when the original `GetObject` request required checksum validation. For more
    /// information about checksums, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumSHA1", header = "x-amz-fwd-header-x-amz-checksum-sha1")]
    pub checksum_sha1: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This specifies the Base64 encoded, 256-bit `SHA256`
    /// digest of the object returned by the Object Lambda function. This may not match the checksum
    /// for the object stored in Amazon S3. Amazon S3 will perform validation of the checksum values
    /// only when the original `GetObject` request required checksum validation. For more
    /// information about checksums, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "ChecksumSHA256",
        header = "x-amz-fwd-header-x-amz-checksum-sha256"
    )]
    pub checksum_sha256: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 512-bit
    /// `SHA512` digest of the part. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "ChecksumSHA512",
        header = "x-amz-fwd-header-x-amz-checksum-sha512"
    )]
    pub checksum_sha512: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 128-bit `MD5`
    /// digest of the part. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(name = "ChecksumMD5", header = "x-amz-fwd-header-x-amz-checksum-md5")]
    pub checksum_md5: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 64-bit
    /// `XXHASH64` checksum of the part. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "ChecksumXXHASH64",
        header = "x-amz-fwd-header-x-amz-checksum-xxhash64"
    )]
    pub checksum_xxhash64: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 64-bit
    /// `XXHASH3` checksum of the part. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "ChecksumXXHASH3",
        header = "x-amz-fwd-header-x-amz-checksum-xxhash3"
    )]
    pub checksum_xxhash3: Option<String>,
    /// This header can be used as a data integrity check to verify that the data received is the
    /// same data that was originally sent. This header specifies the Base64 encoded, 128-bit
    /// `XXHASH128` checksum of the part. For more information, see [Checking object
    /// integrity](https://docs.aws.amazon.com/AmazonS3/latest/userguide/checking-object-integrity.html)
    /// in the *Amazon S3 User Guide*.
    #[shape(
        name = "ChecksumXXHASH128",
        header = "x-amz-fwd-header-x-amz-checksum-xxhash128"
    )]
    pub checksum_xxhash128: Option<String>,
    /// Specifies whether an object stored in Amazon S3 is (`true`) or is not (`false`) a delete
    /// marker. To learn more about delete markers, see [Working with delete
    /// markers](https://docs.aws.amazon.com/AmazonS3/latest/userguide/DeleteMarker.html).
    #[shape(header = "x-amz-fwd-header-x-amz-delete-marker")]
    pub delete_marker: Option<bool>,
    /// An opaque identifier assigned by a web server to a specific version of a resource found at a
    /// URL.
    #[shape(header = "x-amz-fwd-header-ETag")]
    pub e_tag: Option<String>,
    /// The date and time at which the object is no longer cacheable.
    #[shape(header = "x-amz-fwd-header-Expires")]
    pub expires: Option<String>,
    /// If the object expiration is configured (see PUT Bucket lifecycle), the response includes
    /// this header. It includes the `expiry-date` and `rule-id` key-value pairs that provide the
    /// object expiration information. The value of the `rule-id` is URL-encoded.
    #[shape(header = "x-amz-fwd-header-x-amz-expiration")]
    pub expiration: Option<String>,
    /// The date and time that the object was last modified.
    #[shape(header = "x-amz-fwd-header-Last-Modified")]
    pub last_modified: Option<DateTime>,
    /// Set to the number of metadata entries not returned in `x-amz-meta` headers. This can happen
    /// if you create metadata using an API like SOAP that supports more flexible metadata than the
    /// REST API. For example, using SOAP, you can create metadata whose values are not legal HTTP
    /// headers.
    #[shape(header = "x-amz-fwd-header-x-amz-missing-meta")]
    pub missing_meta: Option<i32>,
    /// A map of metadata to store with the object in S3.
    #[shape(prefix_headers = "x-amz-meta-")]
    pub metadata: Option<HashMap<String, String>>,
    /// Indicates whether an object stored in Amazon S3 has Object Lock enabled. For more
    /// information about S3 Object Lock, see [Object
    /// Lock](https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html).
    #[shape(header = "x-amz-fwd-header-x-amz-object-lock-mode")]
    pub object_lock_mode: Option<ObjectLockMode>,
    /// Indicates whether an object stored in Amazon S3 has an active legal hold.
    #[shape(header = "x-amz-fwd-header-x-amz-object-lock-legal-hold")]
    pub object_lock_legal_hold_status: Option<ObjectLockLegalHoldStatus>,
    /// The date and time when Object Lock is configured to expire.
    #[shape(
        header = "x-amz-fwd-header-x-amz-object-lock-retain-until-date",
        timestamp = "iso8601"
    )]
    pub object_lock_retain_until_date: Option<DateTime>,
    /// The count of parts this object has.
    #[shape(header = "x-amz-fwd-header-x-amz-mp-parts-count")]
    pub parts_count: Option<i32>,
    /// Indicates if request involves bucket that is either a source or destination in a Replication
    /// rule. For more information about S3 Replication, see
    /// [Replication](https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html).
    #[shape(header = "x-amz-fwd-header-x-amz-replication-status")]
    pub replication_status: Option<ReplicationStatus>,
    /// If present, indicates that the requester was successfully charged for the request. For more
    /// information, see [Using Requester Pays buckets for storage transfers and
    /// usage](https://docs.aws.amazon.com/AmazonS3/latest/userguide/RequesterPaysBuckets.html) in
    /// the *Amazon Simple Storage Service user guide*.
    #[shape(header = "x-amz-fwd-header-x-amz-request-charged")]
    pub request_charged: Option<RequestCharged>,
    /// Provides information about object restoration operation and expiration time of the restored
    /// object copy.
    #[shape(header = "x-amz-fwd-header-x-amz-restore")]
    pub restore: Option<String>,
    /// The server-side encryption algorithm used when storing requested object in Amazon S3 or
    /// Amazon FSx.
    #[shape(header = "x-amz-fwd-header-x-amz-server-side-encryption")]
    pub server_side_encryption: Option<ServerSideEncryption>,
    /// Encryption algorithm used if server-side encryption with a customer-provided encryption key
    /// was specified for object stored in Amazon S3.
    #[shape(
        name = "SSECustomerAlgorithm",
        header = "x-amz-fwd-header-x-amz-server-side-encryption-customer-algorithm"
    )]
    pub sse_customer_algorithm: Option<String>,
    /// If present, specifies the ID (Key ID, Key ARN, or Key Alias) of the Amazon Web Services Key
    /// Management Service (Amazon Web Services KMS) symmetric encryption customer managed key that
    /// was used for stored in Amazon S3 object.
    #[shape(
        name = "SSEKMSKeyId",
        header = "x-amz-fwd-header-x-amz-server-side-encryption-aws-kms-key-id"
    )]
    pub ssekms_key_id: Option<String>,
    /// 128-bit MD5 digest of customer-provided encryption key used in Amazon S3 to encrypt data
    /// stored in S3. For more information, see [Protecting data using server-side encryption with
    /// customer-provided encryption keys
    /// (SSE-C)](https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerSideEncryptionCustomerKeys.html).
    #[shape(
        name = "SSECustomerKeyMD5",
        header = "x-amz-fwd-header-x-amz-server-side-encryption-customer-key-MD5"
    )]
    pub sse_customer_key_md5: Option<String>,
    /// Provides storage class information of the object. Amazon S3 returns this header for all
    /// objects except for S3 Standard storage class objects.
    #[shape(header = "x-amz-fwd-header-x-amz-storage-class")]
    pub storage_class: Option<StorageClass>,
    /// The number of tags, if any, on the object.
    #[shape(header = "x-amz-fwd-header-x-amz-tagging-count")]
    pub tag_count: Option<i32>,
    /// An ID used to reference a specific version of the object.
    #[shape(header = "x-amz-fwd-header-x-amz-version-id")]
    pub version_id: Option<String>,
    /// Indicates whether the object stored in Amazon S3 uses an S3 bucket key for server-side
    /// encryption with Amazon Web Services KMS (SSE-KMS).
    #[shape(header = "x-amz-fwd-header-x-amz-server-side-encryption-bucket-key-enabled")]
    pub bucket_key_enabled: Option<bool>,
}

impl ::std::fmt::Debug for WriteGetObjectResponseRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("WriteGetObjectResponseRequest")
            .field("request_route", &self.request_route)
            .field("request_token", &self.request_token)
            .field("body", &self.body)
            .field("status_code", &self.status_code)
            .field("error_code", &self.error_code)
            .field("error_message", &self.error_message)
            .field("accept_ranges", &self.accept_ranges)
            .field("cache_control", &self.cache_control)
            .field("content_disposition", &self.content_disposition)
            .field("content_encoding", &self.content_encoding)
            .field("content_language", &self.content_language)
            .field("content_length", &self.content_length)
            .field("content_range", &self.content_range)
            .field("content_type", &self.content_type)
            .field("checksum_crc32", &self.checksum_crc32)
            .field("checksum_crc32_c", &self.checksum_crc32_c)
            .field("checksum_crc64_nvme", &self.checksum_crc64_nvme)
            .field("checksum_sha1", &self.checksum_sha1)
            .field("checksum_sha256", &self.checksum_sha256)
            .field("checksum_sha512", &self.checksum_sha512)
            .field("checksum_md5", &self.checksum_md5)
            .field("checksum_xxhash64", &self.checksum_xxhash64)
            .field("checksum_xxhash3", &self.checksum_xxhash3)
            .field("checksum_xxhash128", &self.checksum_xxhash128)
            .field("delete_marker", &self.delete_marker)
            .field("e_tag", &self.e_tag)
            .field("expires", &self.expires)
            .field("expiration", &self.expiration)
            .field("last_modified", &self.last_modified)
            .field("missing_meta", &self.missing_meta)
            .field("metadata", &self.metadata)
            .field("object_lock_mode", &self.object_lock_mode)
            .field(
                "object_lock_legal_hold_status",
                &self.object_lock_legal_hold_status,
            )
            .field(
                "object_lock_retain_until_date",
                &self.object_lock_retain_until_date,
            )
            .field("parts_count", &self.parts_count)
            .field("replication_status", &self.replication_status)
            .field("request_charged", &self.request_charged)
            .field("restore", &self.restore)
            .field("server_side_encryption", &self.server_side_encryption)
            .field("sse_customer_algorithm", &self.sse_customer_algorithm)
            .field(
                "ssekms_key_id",
                &self.ssekms_key_id.as_ref().map(|_| "** redacted **"),
            )
            .field("sse_customer_key_md5", &self.sse_customer_key_md5)
            .field("storage_class", &self.storage_class)
            .field("tag_count", &self.tag_count)
            .field("version_id", &self.version_id)
            .field("bucket_key_enabled", &self.bucket_key_enabled)
            .finish()
    }
}
