//! `#[client]` with the restXml protocol: labels, greedy labels, headers, prefix headers,
//! query strings, streaming payloads, pagination and a status waiter, against moto's S3.

use boto_core::{client, ByteStream, DateTime, ErrorKind, Op, Shape};
use futures::TryStreamExt;
use std::collections::HashMap;

#[derive(Shape, Debug, Clone, Default)]
pub struct BucketRequest {
    #[shape(label)]
    pub bucket: String,
}

#[derive(Shape, Debug, Default)]
pub struct PutObjectRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(label)]
    pub key: String,
    #[shape(header = "Content-Type")]
    pub content_type: Option<String>,
    #[shape(prefix_headers = "x-amz-meta-")]
    pub metadata: HashMap<String, String>,
    #[shape(payload)]
    pub body: ByteStream,
}

#[derive(Shape, Debug, Default)]
pub struct PutObjectOutput {
    #[shape(header = "ETag", name = "ETag")]
    pub e_tag: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct GetObjectRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(label)]
    pub key: String,
}

#[derive(Shape, Debug, Default)]
pub struct GetObjectOutput {
    #[shape(payload)]
    pub body: ByteStream,
    #[shape(header = "Content-Type")]
    pub content_type: Option<String>,
    #[shape(header = "Content-Length")]
    pub content_length: Option<i64>,
    #[shape(header = "Last-Modified", timestamp = "rfc822")]
    pub last_modified: Option<DateTime>,
    #[shape(prefix_headers = "x-amz-meta-")]
    pub metadata: HashMap<String, String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ListObjectsV2Request {
    #[shape(label)]
    pub bucket: String,
    #[shape(query = "prefix")]
    pub prefix: Option<String>,
    #[shape(query = "continuation-token")]
    pub continuation_token: Option<String>,
    #[shape(query = "max-keys")]
    pub max_keys: Option<i32>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct ListObjectsV2Output {
    #[shape(flattened)]
    pub contents: Vec<Object>,
    pub next_continuation_token: Option<String>,
    pub key_count: Option<i32>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Object {
    pub key: String,
    pub size: Option<i64>,
    pub last_modified: Option<DateTime>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct DeleteObjectRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(label)]
    pub key: String,
}

/// A few S3 operations.
#[client(
    service = "s3",
    protocol = "restXml",
    api_version = "2006-03-01",
    service_id = "S3",
    xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/"
)]
#[waiter(bucket_exists = head_bucket, delay = 1, max_attempts = 5,
         success(status = 200), retry(status = 404))]
pub struct S3 {
    #[op(http = "PUT /{Bucket}")]
    create_bucket: Op<BucketRequest, ()>,
    #[op(http = "HEAD /{Bucket}")]
    head_bucket: Op<BucketRequest, ()>,
    #[op(http = "PUT /{Bucket}/{Key+}")]
    put_object: Op<PutObjectRequest, PutObjectOutput>,
    #[op(http = "GET /{Bucket}/{Key+}")]
    get_object: Op<GetObjectRequest, GetObjectOutput>,
    #[op(name = "ListObjectsV2", http = "GET /{Bucket}?list-type=2",
         paginate(input_token = continuation_token, output_token = next_continuation_token,
                  items = contents, limit = max_keys))]
    list_objects_v2: Op<ListObjectsV2Request, ListObjectsV2Output>,
    #[op(http = "DELETE /{Bucket}/{Key+}", status = 204)]
    delete_object: Op<DeleteObjectRequest, ()>,
    #[op(http = "DELETE /{Bucket}", status = 204)]
    delete_bucket: Op<BucketRequest, ()>,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn s3_against_moto() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let session = testkit::moto_session!(&moto);
    let s3 = S3::new(&session);
    s3.create_bucket(BucketRequest::new().bucket("macros-bucket"))
        .await
        .unwrap();
    s3.wait_until_bucket_exists(BucketRequest::new().bucket("macros-bucket"))
        .await
        .unwrap();

    for i in 0..5 {
        s3.put_object(
            PutObjectRequest::new()
                .bucket("macros-bucket")
                .key(format!("dir/sub/key-{i}"))
                .content_type("text/plain")
                .metadata(HashMap::from([("owner".to_string(), "me".to_string())]))
                .body(format!("body {i}")),
        )
        .await
        .unwrap();
    }

    let got = s3
        .get_object(
            GetObjectRequest::new()
                .bucket("macros-bucket")
                .key("dir/sub/key-3"),
        )
        .await
        .unwrap();
    assert_eq!(got.content_type.as_deref(), Some("text/plain"));
    assert_eq!(got.content_length, Some(6));
    assert!(got.last_modified.is_some());
    assert_eq!(got.metadata.get("owner").map(String::as_str), Some("me"));
    assert_eq!(&got.body.collect().await.unwrap()[..], b"body 3");

    let pages: Vec<ListObjectsV2Output> = s3
        .list_objects_v2_pages(S3::__page_size_list_objects_v2(
            ListObjectsV2Request::new()
                .bucket("macros-bucket")
                .prefix("dir/"),
            2,
        ))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 3, "5 keys, 2 per page");
    let keys: Vec<String> = s3
        .list_objects_v2_items(
            ListObjectsV2Request::new()
                .bucket("macros-bucket")
                .max_keys(2),
        )
        .map_ok(|o| o.key)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(keys.len(), 5);
    assert_eq!(keys[0], "dir/sub/key-0");

    for k in &keys {
        s3.delete_object(DeleteObjectRequest::new().bucket("macros-bucket").key(k))
            .await
            .unwrap();
    }
    s3.delete_bucket(BucketRequest::new().bucket("macros-bucket"))
        .await
        .unwrap();
    let err = s3
        .get_object(
            GetObjectRequest::new()
                .bucket("macros-bucket")
                .key("dir/sub/key-3"),
        )
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Service, "{err:?}");
    assert!(err.is_code("NoSuchBucket"), "{err:?}");
}
