//! The S3 client: every operation with its REST binding, paginators and waiters as
//! botocore's `paginators-1.json` and `waiters-2.json` declare them.

use super::shapes::*;
use boto_core::paginate::{items, pages, Items, Pages};
use boto_core::{client, Op};

/// botocore's `endpoint-rule-set-1.json` of the service (minified), parsed once per process.
static ENDPOINT_RULES: &str = include_str!("endpoint-rule-set.json");

/// A client of Amazon S3.
///
/// `list_objects_v2` and `list_buckets` page by their continuation token,
/// `list_object_versions` and `list_multipart_uploads` by marker pairs and `list_parts` by
/// its part-number marker while the output says `IsTruncated`; `list_objects` by its marker
/// or last key (a method written below the declaration).
#[client(
    service = "s3",
    protocol = "restXml",
    api_version = "2006-03-01",
    service_id = "S3",
    endpoint_rules = ENDPOINT_RULES
)]
#[waiter(bucket_exists = head_bucket, delay = 5, max_attempts = 20,
         success(status = 200), success(status = 301), success(status = 403),
         retry(status = 404))]
#[waiter(bucket_not_exists = head_bucket, delay = 5, max_attempts = 20,
         success(status = 404))]
#[waiter(object_exists = head_object, delay = 5, max_attempts = 20,
         success(status = 200), retry(status = 404))]
#[waiter(object_not_exists = head_object, delay = 5, max_attempts = 20,
         success(status = 404))]
pub struct Client {
    #[op(
        http = "PUT /{Bucket}",
        context(Bucket),
        static_context(DisableAccessPoints = true, UseS3ExpressControlEndpoint = true)
    )]
    create_bucket: Op<CreateBucketRequest, CreateBucketOutput>,
    #[op(
        http = "DELETE /{Bucket}",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_bucket: Op<DeleteBucketRequest, ()>,
    #[op(http = "HEAD /{Bucket}", context(Bucket))]
    head_bucket: Op<HeadBucketRequest, HeadBucketOutput>,
    #[op(http = "GET /",
         paginate(input_token = continuation_token, output_token = continuation_token,
                  items = buckets, limit = max_buckets))]
    list_buckets: Op<ListBucketsRequest, ListBucketsOutput>,
    #[op(
        http = "GET /{Bucket}?location",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_location: Op<GetBucketLocationRequest, GetBucketLocationOutput>,
    #[op(http = "PUT /{Bucket}/{Key+}", context(Bucket, Key))]
    put_object: Op<PutObjectRequest, PutObjectOutput>,
    #[op(http = "GET /{Bucket}/{Key+}", context(Bucket, Key))]
    get_object: Op<GetObjectRequest, GetObjectOutput>,
    #[op(http = "HEAD /{Bucket}/{Key+}", context(Bucket, Key))]
    head_object: Op<HeadObjectRequest, HeadObjectOutput>,
    #[op(http = "DELETE /{Bucket}/{Key+}", status = 204, context(Bucket, Key))]
    delete_object: Op<DeleteObjectRequest, DeleteObjectOutput>,
    #[op(http = "POST /{Bucket}?delete", checksum_required, context(Bucket))]
    delete_objects: Op<DeleteObjectsRequest, DeleteObjectsOutput>,
    #[op(
        http = "PUT /{Bucket}/{Key+}",
        context(Bucket, CopySource, Key),
        static_context(DisableS3ExpressSessionAuth = true)
    )]
    copy_object: Op<CopyObjectRequest, CopyObjectOutput>,
    #[op(http = "GET /{Bucket}", context(Bucket, Prefix))]
    list_objects: Op<ListObjectsRequest, ListObjectsOutput>,
    #[op(http = "GET /{Bucket}?list-type=2",
         paginate(input_token = continuation_token, output_token = next_continuation_token,
                  items = contents, limit = max_keys),
         context(Bucket, Prefix))]
    list_objects_v2: Op<ListObjectsV2Request, ListObjectsV2Output>,
    #[op(http = "GET /{Bucket}?versions",
         paginate(input_token = (key_marker, version_id_marker),
                  output_token = (next_key_marker, next_version_id_marker),
                  more_results = is_truncated, items = versions, limit = max_keys),
         context(Bucket, Prefix))]
    list_object_versions: Op<ListObjectVersionsRequest, ListObjectVersionsOutput>,
    #[op(http = "POST /{Bucket}/{Key+}?uploads", context(Bucket, Key))]
    create_multipart_upload: Op<CreateMultipartUploadRequest, CreateMultipartUploadOutput>,
    #[op(http = "PUT /{Bucket}/{Key+}", context(Bucket, Key))]
    upload_part: Op<UploadPartRequest, UploadPartOutput>,
    #[op(
        http = "PUT /{Bucket}/{Key+}",
        context(Bucket),
        static_context(DisableS3ExpressSessionAuth = true)
    )]
    upload_part_copy: Op<UploadPartCopyRequest, UploadPartCopyOutput>,
    #[op(http = "POST /{Bucket}/{Key+}", context(Bucket, Key))]
    complete_multipart_upload: Op<CompleteMultipartUploadRequest, CompleteMultipartUploadOutput>,
    #[op(http = "DELETE /{Bucket}/{Key+}", status = 204, context(Bucket, Key))]
    abort_multipart_upload: Op<AbortMultipartUploadRequest, AbortMultipartUploadOutput>,
    #[op(http = "GET /{Bucket}?uploads",
         paginate(input_token = (key_marker, upload_id_marker),
                  output_token = (next_key_marker, next_upload_id_marker),
                  more_results = is_truncated, items = uploads, limit = max_uploads),
         context(Bucket, Prefix))]
    list_multipart_uploads: Op<ListMultipartUploadsRequest, ListMultipartUploadsOutput>,
    #[op(http = "GET /{Bucket}/{Key+}",
         paginate(input_token = part_number_marker, output_token = next_part_number_marker,
                  more_results = is_truncated, items = parts, limit = max_parts),
         context(Bucket, Key))]
    list_parts: Op<ListPartsRequest, ListPartsOutput>,
    #[op(http = "GET /{Bucket}/{Key+}?tagging", context(Bucket))]
    get_object_tagging: Op<GetObjectTaggingRequest, GetObjectTaggingOutput>,
    #[op(
        http = "PUT /{Bucket}/{Key+}?tagging",
        checksum_required,
        context(Bucket)
    )]
    put_object_tagging: Op<PutObjectTaggingRequest, PutObjectTaggingOutput>,
    #[op(
        http = "GET /{Bucket}?tagging",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_tagging: Op<GetBucketTaggingRequest, GetBucketTaggingOutput>,
    #[op(
        http = "PUT /{Bucket}?tagging",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_tagging: Op<PutBucketTaggingRequest, ()>,
    #[op(http = "GET /{Bucket}/{Key+}?acl", context(Bucket, Key))]
    get_object_acl: Op<GetObjectAclRequest, GetObjectAclOutput>,
    #[op(
        http = "PUT /{Bucket}/{Key+}?acl",
        checksum_required,
        context(Bucket, Key)
    )]
    put_object_acl: Op<PutObjectAclRequest, PutObjectAclOutput>,
    #[op(
        http = "GET /{Bucket}?acl",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_acl: Op<GetBucketAclRequest, GetBucketAclOutput>,
    #[op(
        http = "PUT /{Bucket}?acl",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_acl: Op<PutBucketAclRequest, ()>,
    #[op(
        http = "GET /{Bucket}?cors",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_cors: Op<GetBucketCorsRequest, GetBucketCorsOutput>,
    #[op(
        http = "PUT /{Bucket}?cors",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_cors: Op<PutBucketCorsRequest, ()>,
    #[op(
        http = "GET /{Bucket}?lifecycle",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_lifecycle_configuration:
        Op<GetBucketLifecycleConfigurationRequest, GetBucketLifecycleConfigurationOutput>,
    #[op(
        http = "PUT /{Bucket}?lifecycle",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_lifecycle_configuration:
        Op<PutBucketLifecycleConfigurationRequest, PutBucketLifecycleConfigurationOutput>,
    #[op(
        http = "GET /{Bucket}?policy",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_policy: Op<GetBucketPolicyRequest, GetBucketPolicyOutput>,
    #[op(
        http = "PUT /{Bucket}?policy",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_policy: Op<PutBucketPolicyRequest, ()>,
    #[op(
        http = "DELETE /{Bucket}?policy",
        status = 204,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    delete_bucket_policy: Op<DeleteBucketPolicyRequest, ()>,
    #[op(
        http = "GET /{Bucket}?versioning",
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    get_bucket_versioning: Op<GetBucketVersioningRequest, GetBucketVersioningOutput>,
    #[op(
        http = "PUT /{Bucket}?versioning",
        checksum_required,
        context(Bucket),
        static_context(UseS3ExpressControlEndpoint = true)
    )]
    put_bucket_versioning: Op<PutBucketVersioningRequest, ()>,
}

impl Client {
    /// This client, addressing buckets in the path (`yes`) or, where the bucket name and
    /// endpoint allow it, in the host name, whatever the session says.
    pub fn with_force_path_style(&self, yes: bool) -> Client {
        Client {
            handle: self.handle.with_force_path_style(yes),
        }
    }

    /// Every page of `ListObjects`, following `NextMarker` (or the last key) while the
    /// output is truncated. Nothing is sent until the stream is polled.
    pub fn list_objects_pages(&self, input: ListObjectsRequest) -> Pages<ListObjectsOutput> {
        let handle = self.handle.clone();
        pages(
            input,
            move |input: ListObjectsRequest| {
                let handle = handle.clone();
                async move { handle.call(Self::__op_list_objects(), input).await }
            },
            |o: &ListObjectsOutput| {
                truncated(o.is_truncated)?;
                o.next_marker
                    .clone()
                    .or_else(|| o.contents.last().map(|c| c.key.clone()))
            },
            |i: &mut ListObjectsRequest, marker| i.marker = Some(marker),
        )
    }

    /// Every object of every page of `ListObjects`.
    pub fn list_objects_items(&self, input: ListObjectsRequest) -> Items<ObjectShape> {
        items(self.list_objects_pages(input), |o| o.contents)
    }
}

/// `Some(())` when a listing says there is more.
fn truncated(is_truncated: Option<bool>) -> Option<()> {
    is_truncated.unwrap_or(false).then_some(())
}
