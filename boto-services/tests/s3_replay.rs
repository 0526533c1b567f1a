//! The S3 client through the replay transport: bucket addressing (virtual-hosted or path
//! style), required checksums, and the wire form of a few requests.

#![cfg(feature = "s3")]

use boto_services::core::http::replay::ReplayClient;
use boto_services::core::{Credentials, Session};
use boto_services::s3::{self, Client};
use std::sync::Arc;
use std::time::Duration;

fn session(replay: &ReplayClient, region: &str, endpoint: Option<&str>) -> Session {
    let mut b = Session::builder()
        .region(region)
        .credentials(Credentials::new("AKID", "SECRET", None))
        .http_client(Arc::new(replay.clone()));
    if let Some(e) = endpoint {
        b = b.endpoint_url(e);
    }
    b.build().unwrap()
}

const LIST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>b</Name><KeyCount>0</KeyCount><IsTruncated>false</IsTruncated></ListBucketResult>"#;

/// The URI of the one request `send` makes.
async fn uri_of<F, Fut>(session: &Session, replay: &ReplayClient, send: F) -> String
where
    F: FnOnce(Client) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    send(Client::new(session)).await;
    let sent = replay.requests();
    sent.last().expect("a request").uri.to_string()
}

#[tokio::test]
async fn aws_endpoints_use_virtual_hosted_style() {
    let cases = [
        (
            "us-east-1",
            "my-bucket",
            "https://my-bucket.s3.amazonaws.com/dir/a%20b.txt",
        ),
        (
            "eu-west-1",
            "my-bucket",
            "https://my-bucket.s3.eu-west-1.amazonaws.com/dir/a%20b.txt",
        ),
        // Not DNS-compatible (upper case, dots over TLS): path style.
        (
            "eu-west-1",
            "My_Bucket",
            "https://s3.eu-west-1.amazonaws.com/My_Bucket/dir/a%20b.txt",
        ),
        (
            "us-east-1",
            "dotted.bucket",
            "https://s3.amazonaws.com/dotted.bucket/dir/a%20b.txt",
        ),
    ];
    for (region, bucket, want) in cases {
        let replay = ReplayClient::new();
        replay.push(200, &[], "data");
        let s = session(&replay, region, None);
        let uri = uri_of(&s, &replay, |c| async move {
            c.get_object(
                s3::GetObjectRequest::new()
                    .bucket(bucket)
                    .key("dir/a b.txt"),
            )
            .await
            .unwrap();
        })
        .await;
        assert_eq!(uri, want);
        let host = replay.requests()[0]
            .header("authorization")
            .unwrap()
            .to_string();
        assert!(host.contains("/s3/aws4_request"), "{host}");
    }
}

#[tokio::test]
async fn bucket_operations_put_the_bucket_in_the_host() {
    let replay = ReplayClient::new();
    replay.push(200, &[], LIST);
    let s = session(&replay, "eu-west-1", None);
    let uri = uri_of(&s, &replay, |c| async move {
        c.list_objects_v2(s3::ListObjectsV2Request::new().bucket("logs").prefix("a/"))
            .await
            .unwrap();
    })
    .await;
    assert_eq!(
        uri,
        "https://logs.s3.eu-west-1.amazonaws.com/?list-type=2&prefix=a%2F"
    );

    // ListBuckets names no bucket.
    replay.push(200, &[], "<ListAllMyBucketsResult/>");
    let uri = uri_of(&s, &replay, |c| async move {
        c.list_buckets(s3::ListBucketsRequest::new()).await.unwrap();
    })
    .await;
    assert_eq!(uri, "https://s3.eu-west-1.amazonaws.com/");
}

#[tokio::test]
async fn path_style_when_forced_or_local() {
    let replay = ReplayClient::new();
    replay.push(200, &[], LIST);
    let forced = Session::builder()
        .region("eu-west-1")
        .credentials(Credentials::new("AKID", "SECRET", None))
        .http_client(Arc::new(replay.clone()))
        .force_path_style(true)
        .build()
        .unwrap();
    let uri = uri_of(&forced, &replay, |c| async move {
        c.list_objects_v2(s3::ListObjectsV2Request::new().bucket("logs"))
            .await
            .unwrap();
    })
    .await;
    assert_eq!(uri, "https://s3.eu-west-1.amazonaws.com/logs?list-type=2");

    // The client-level switch, both ways.
    let s = session(&replay, "eu-west-1", None);
    replay.push(200, &[], LIST);
    Client::new(&s)
        .with_force_path_style(true)
        .list_objects_v2(s3::ListObjectsV2Request::new().bucket("logs"))
        .await
        .unwrap();
    assert_eq!(
        replay.requests().last().unwrap().uri.to_string(),
        "https://s3.eu-west-1.amazonaws.com/logs?list-type=2"
    );
    replay.push(200, &[], LIST);
    Client::new(&forced)
        .with_force_path_style(false)
        .list_objects_v2(s3::ListObjectsV2Request::new().bucket("logs"))
        .await
        .unwrap();
    assert_eq!(
        replay.requests().last().unwrap().uri.to_string(),
        "https://logs.s3.eu-west-1.amazonaws.com/?list-type=2"
    );

    for endpoint in [
        "http://127.0.0.1:9000",
        "http://localhost:9000",
        "http://[::1]:9000",
    ] {
        let replay = ReplayClient::new();
        replay.push(200, &[], "data");
        let s = session(&replay, "us-east-1", Some(endpoint));
        let uri = uri_of(&s, &replay, |c| async move {
            c.get_object(s3::GetObjectRequest::new().bucket("b1b").key("k"))
                .await
                .unwrap();
        })
        .await;
        assert_eq!(uri, format!("{endpoint}/b1b/k"));
    }

    // A custom DNS endpoint follows botocore: virtual-hosted unless forced.
    let replay = ReplayClient::new();
    replay.push(200, &[], "data");
    let s = session(&replay, "us-east-1", Some("https://storage.example.com"));
    let uri = uri_of(&s, &replay, |c| async move {
        c.get_object(s3::GetObjectRequest::new().bucket("b1b").key("k"))
            .await
            .unwrap();
    })
    .await;
    assert_eq!(uri, "https://b1b.storage.example.com/k");
}

#[tokio::test]
async fn presigned_urls_follow_the_addressing_style() {
    let replay = ReplayClient::new();
    let s = session(&replay, "eu-west-1", None);
    let client = Client::new(&s);
    let url = client
        .presign_get_object(
            s3::GetObjectRequest::new().bucket("pics").key("cat.png"),
            Duration::from_secs(60),
        )
        .unwrap();
    assert!(
        url.uri
            .starts_with("https://pics.s3.eu-west-1.amazonaws.com/cat.png?"),
        "{}",
        url.uri
    );
    assert!(url.uri.contains("X-Amz-Expires=60"));
    let url = client
        .with_force_path_style(true)
        .presign_put_object(
            s3::PutObjectRequest::new().bucket("pics").key("cat.png"),
            Duration::from_secs(60),
        )
        .unwrap();
    assert!(
        url.uri
            .starts_with("https://s3.eu-west-1.amazonaws.com/pics/cat.png?"),
        "{}",
        url.uri
    );
    assert!(replay.requests().is_empty(), "presigning sends nothing");
}

#[tokio::test]
async fn checksum_required_operations_carry_a_checksum() {
    let replay = ReplayClient::new();
    replay.push(200, &[], "<DeleteResult/>");
    replay.push(200, &[], "");
    let s = session(&replay, "us-east-1", Some("http://127.0.0.1:9"));
    let client = Client::new(&s);
    client
        .delete_objects(
            s3::DeleteObjectsRequest::new().bucket("b1b").delete(
                s3::Delete::new()
                    .objects(vec![s3::ObjectIdentifier::new().key("a")])
                    .quiet(true),
            ),
        )
        .await
        .unwrap();
    client
        .put_object(s3::PutObjectRequest::new().bucket("b1b").key("k").body("x"))
        .await
        .unwrap();
    let sent = replay.requests();
    let delete = &sent[0];
    assert_eq!(delete.uri.to_string(), "http://127.0.0.1:9/b1b?delete");
    let crc = delete.header("x-amz-checksum-crc32").expect("a checksum");
    assert_eq!(crc.len(), 8, "{crc}");
    let body = delete.body_str();
    assert!(
        body.contains(r#"<Delete xmlns="http://s3.amazonaws.com/doc/2006-03-01/">"#),
        "{body}"
    );
    assert!(
        body.contains("<Object><Key>a</Key></Object><Quiet>true</Quiet>"),
        "{body}"
    );
    assert!(
        sent[1].header("x-amz-checksum-crc32").is_none(),
        "PutObject does not require one"
    );
}

#[tokio::test]
async fn payload_root_is_the_member_wire_name() {
    let replay = ReplayClient::new();
    replay.push(200, &[], "");
    replay.push(200, &[], "");
    let s = session(&replay, "us-east-1", Some("http://127.0.0.1:9"));
    let rule = s3::LifecycleRule::new()
        .id("r")
        .status("Enabled")
        .filter(s3::LifecycleRuleFilter::new().prefix("logs/"));
    let client = Client::new(&s);
    client
        .put_bucket_lifecycle_configuration(
            s3::PutBucketLifecycleConfigurationRequest::new()
                .bucket("conf")
                .lifecycle_configuration(
                    s3::BucketLifecycleConfigurationShape::new().rules(vec![rule]),
                ),
        )
        .await
        .unwrap();
    client
        .complete_multipart_upload(
            s3::CompleteMultipartUploadRequest::new()
                .bucket("b1b")
                .key("k")
                .upload_id("u")
                .multipart_upload(
                    s3::CompletedMultipartUpload::new()
                        .parts(vec![s3::CompletedPart::new().part_number(1).e_tag("\"e\"")]),
                ),
        )
        .await
        .unwrap();
    let sent = replay.requests();
    let body = sent[0].body_str();
    assert!(
        body.starts_with(
            r#"<LifecycleConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Rule>"#
        ),
        "{body}"
    );
    let body = sent[1].body_str();
    assert!(body.starts_with("<CompleteMultipartUpload"), "{body}");
    assert!(
        body.contains("<Part><ETag>&quot;e&quot;</ETag><PartNumber>1</PartNumber></Part>"),
        "{body}"
    );
    assert_eq!(
        sent[1].uri.to_string(),
        "http://127.0.0.1:9/b1b/k?uploadId=u"
    );
}

#[tokio::test]
async fn grantees_declare_the_xsi_prefix() {
    let replay = ReplayClient::new();
    replay.push(200, &[], "");
    let s = session(&replay, "us-east-1", Some("http://127.0.0.1:9"));
    let policy = s3::AccessControlPolicy::new().grants(vec![s3::Grant::new()
        .grantee(s3::Grantee::new().r#type("CanonicalUser").id("abc"))
        .permission("READ")]);
    Client::new(&s)
        .put_bucket_acl(
            s3::PutBucketAclRequest::new()
                .bucket("b1b")
                .access_control_policy(policy),
        )
        .await
        .unwrap();
    let body = replay.requests()[0].body_str();
    assert!(
        body.contains(
            r#"<Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>abc</ID></Grantee>"#
        ),
        "{body}"
    );
    assert!(body.starts_with("<AccessControlPolicy"), "{body}");
}

#[tokio::test]
async fn bad_input_is_refused_before_sending() {
    let replay = ReplayClient::new();
    let client = Client::new(&session(&replay, "us-east-1", None));
    let err = client
        .get_object(s3::GetObjectRequest::new().bucket("").key("k"))
        .await
        .unwrap_err();
    assert_eq!(
        err.kind(),
        boto_services::core::ErrorKind::InvalidInput,
        "{err:?}"
    );
    let err = client
        .head_object(s3::HeadObjectRequest::new().bucket("b1b"))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), boto_services::core::ErrorKind::InvalidInput);
    assert!(replay.requests().is_empty());
}

/// `SelectObjectContent` answers with an event stream, which the client does not read: the
/// call is an error naming the operation, before anything is sent.
#[tokio::test]
async fn event_stream_operations_are_refused_before_sending() {
    let replay = ReplayClient::new();
    let client = Client::new(&session(&replay, "us-east-1", None));
    let err = client
        .select_object_content(
            s3::SelectObjectContentRequest::new()
                .bucket("b")
                .key("k.csv")
                .expression("SELECT * FROM S3Object")
                .expression_type(s3::ExpressionType::Sql),
        )
        .await
        .unwrap_err();
    assert_eq!(
        err.kind(),
        boto_services::core::ErrorKind::InvalidInput,
        "{err:?}"
    );
    let text = err.to_string();
    assert!(
        text.contains("SelectObjectContent") && text.contains("event stream"),
        "{text}"
    );
    assert!(replay.requests().is_empty());
}

#[tokio::test]
async fn service_errors_and_errors_inside_200_answers() {
    let replay = ReplayClient::new();
    replay.push(
        404,
        &[("x-amz-request-id", "REQ1")],
        "<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message>\
         <Key>k</Key><RequestId>REQ1</RequestId></Error>",
    );
    // CopyObject may fail after its 200 status line: the error is in the body.
    replay.push(
        200,
        &[],
        "<?xml version=\"1.0\"?>\n<Error><Code>InternalError</Code>\
         <Message>We encountered an internal error.</Message></Error>",
    );
    replay.push(200, &[], "<CopyObjectResult><ETag>\"x\"</ETag>");
    let s = Session::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKID", "SECRET", None))
        .retry(boto_services::core::RetryConfig::standard().max_attempts(1))
        .http_client(Arc::new(replay.clone()))
        .build()
        .unwrap();
    let client = Client::new(&s);
    let err = client
        .get_object(s3::GetObjectRequest::new().bucket("b1b").key("k"))
        .await
        .unwrap_err();
    assert!(err.is_code("NoSuchKey"));
    assert_eq!(err.message(), Some("The specified key does not exist."));
    assert_eq!(err.request_id(), Some("REQ1"));
    let copy = || {
        client.copy_object(
            s3::CopyObjectRequest::new()
                .bucket("b1b")
                .key("k2")
                .copy_source("b1b/k"),
        )
    };
    let err = copy().await.unwrap_err();
    assert!(err.is_code("InternalError"), "{err:?}");
    let err = copy().await.unwrap_err();
    assert_eq!(
        err.kind(),
        boto_services::core::ErrorKind::Decode,
        "truncated XML: {err:?}"
    );
}

#[test]
fn debug_never_shows_encryption_keys() {
    let req = s3::PutObjectRequest::new()
        .bucket("b1b")
        .key("k")
        .sse_customer_key("c2VjcmV0LWtleS1tYXRlcmlhbA==")
        .ssekms_key_id("arn:aws:kms:key/secret-id");
    let shown = format!("{req:?}");
    assert!(!shown.contains("c2VjcmV0"), "{shown}");
    assert!(!shown.contains("secret-id"), "{shown}");
    assert!(
        shown.contains("redacted") && shown.contains("\"b1b\""),
        "{shown}"
    );
    let out = s3::GetObjectOutput {
        ssekms_key_id: Some("arn:aws:kms:key/secret-id".into()),
        ..Default::default()
    };
    assert!(!format!("{out:?}").contains("secret-id"));
}

#[tokio::test]
async fn multipart_uploads_follow_the_marker_pair_while_truncated() {
    use futures::TryStreamExt;
    let page = |uploads: &[(&str, &str)], next: Option<(&str, &str)>| {
        let mut xml = String::from(
            r#"<?xml version="1.0" encoding="UTF-8"?><ListMultipartUploadsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Bucket>b</Bucket>"#,
        );
        for (key, id) in uploads {
            xml += &format!("<Upload><Key>{key}</Key><UploadId>{id}</UploadId></Upload>");
        }
        match next {
            Some((k, u)) => {
                xml += &format!("<NextKeyMarker>{k}</NextKeyMarker><NextUploadIdMarker>{u}</NextUploadIdMarker><IsTruncated>true</IsTruncated>");
            }
            None => xml += "<IsTruncated>false</IsTruncated>",
        }
        xml + "</ListMultipartUploadsResult>"
    };
    let replay = ReplayClient::new();
    let xml = [("content-type", "application/xml")];
    replay.push(
        200,
        &xml,
        page(&[("a", "u1"), ("b", "u2")], Some(("b", "u2"))),
    );
    replay.push(200, &xml, page(&[("c", "u3")], None));
    let s3 = s3::S3::new(&session(&replay, "us-east-1", Some("http://127.0.0.1:9")));
    let uploads: Vec<s3::MultipartUpload> = s3
        .bucket("b")
        .multipart_uploads()
        .page_size(2)
        .try_collect()
        .await
        .unwrap();
    let got: Vec<(&str, &str)> = uploads.iter().map(|u| (u.object_key(), u.id())).collect();
    assert_eq!(got, [("a", "u1"), ("b", "u2"), ("c", "u3")]);
    let sent = replay.requests();
    assert_eq!(sent.len(), 2);
    let first = sent[0].uri.to_string();
    let second = sent[1].uri.to_string();
    assert!(first.contains("max-uploads=2"), "{first}");
    assert!(!first.contains("key-marker"), "{first}");
    assert!(second.contains("key-marker=b"), "{second}");
    assert!(second.contains("upload-id-marker=u2"), "{second}");
    assert!(second.contains("max-uploads=2"), "{second}");
}
