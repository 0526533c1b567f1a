//! The S3 client against moto: every operation's round trip, pagination, multipart upload,
//! bucket configurations, waiters, presigned URLs and service errors.

#![cfg(feature = "s3")]

use boto_services::core::{ByteStream, ErrorKind, Session};
use boto_services::s3::{self, Client};
use futures::TryStreamExt;
use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

fn session(moto: &testkit::MotoServer, region: &str) -> Session {
    testkit::moto_session!(moto, .region(region))
}

async fn bucket(client: &Client, name: &str) {
    client
        .create_bucket(s3::CreateBucketRequest::new().bucket(name))
        .await
        .unwrap();
}

async fn put(client: &Client, bucket: &str, key: &str, body: &'static str) {
    client
        .put_object(
            s3::PutObjectRequest::new()
                .bucket(bucket)
                .key(key)
                .body(body),
        )
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn objects_round_trip() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let client = Client::new(&session(&moto, "us-east-1"));
    bucket(&client, "objects").await;

    let put_out = client
        .put_object(
            s3::PutObjectRequest::new()
                .bucket("objects")
                .key("dir/hello world.txt")
                .content_type("text/plain")
                .metadata(HashMap::from([("owner".to_string(), "me".to_string())]))
                .body("hello, world"),
        )
        .await
        .unwrap();
    let etag = put_out.e_tag.expect("an ETag");

    let got = client
        .get_object(
            s3::GetObjectRequest::new()
                .bucket("objects")
                .key("dir/hello world.txt"),
        )
        .await
        .unwrap();
    assert_eq!(got.content_type.as_deref(), Some("text/plain"));
    assert_eq!(got.metadata.get("owner").map(String::as_str), Some("me"));
    assert_eq!(got.content_length, Some(12));
    assert_eq!(got.e_tag.as_deref(), Some(etag.as_str()));
    assert!(got.last_modified.is_some());
    assert_eq!(&got.body.collect().await.unwrap()[..], b"hello, world");

    let ranged = client
        .get_object(
            s3::GetObjectRequest::new()
                .bucket("objects")
                .key("dir/hello world.txt")
                .range("bytes=7-11"),
        )
        .await
        .unwrap();
    assert_eq!(ranged.content_range.as_deref(), Some("bytes 7-11/12"));
    assert_eq!(&ranged.body.collect().await.unwrap()[..], b"world");

    let head = client
        .head_object(
            s3::HeadObjectRequest::new()
                .bucket("objects")
                .key("dir/hello world.txt"),
        )
        .await
        .unwrap();
    assert_eq!(head.content_length, Some(12));
    assert_eq!(head.metadata.get("owner").map(String::as_str), Some("me"));

    let copied = client
        .copy_object(
            s3::CopyObjectRequest::new()
                .bucket("objects")
                .key("copy.txt")
                .copy_source("objects/dir/hello world.txt"),
        )
        .await
        .unwrap();
    assert!(copied.copy_object_result.and_then(|r| r.e_tag).is_some());
    let copy = client
        .get_object(
            s3::GetObjectRequest::new()
                .bucket("objects")
                .key("copy.txt"),
        )
        .await
        .unwrap();
    assert_eq!(&copy.body.collect().await.unwrap()[..], b"hello, world");

    // A streaming body of unknown length.
    let chunks = futures::stream::iter(vec![
        Ok(bytes::Bytes::from_static(b"part one, ")),
        Ok(bytes::Bytes::from_static(b"part two")),
    ]);
    client
        .put_object(
            s3::PutObjectRequest::new()
                .bucket("objects")
                .key("streamed")
                .content_length(18)
                .body(ByteStream::from_stream(chunks)),
        )
        .await
        .unwrap();
    let streamed = client
        .get_object(
            s3::GetObjectRequest::new()
                .bucket("objects")
                .key("streamed"),
        )
        .await
        .unwrap();
    assert_eq!(
        &streamed.body.collect().await.unwrap()[..],
        b"part one, part two"
    );

    client
        .delete_object(
            s3::DeleteObjectRequest::new()
                .bucket("objects")
                .key("copy.txt"),
        )
        .await
        .unwrap();
    let err = client
        .get_object(
            s3::GetObjectRequest::new()
                .bucket("objects")
                .key("copy.txt"),
        )
        .await
        .unwrap_err();
    assert!(err.is_code("NoSuchKey"), "{err:?}");
    assert_eq!(err.status(), Some(404));
    assert_eq!(err.kind(), ErrorKind::Service);

    // HEAD errors have no body: the status is the code, as in botocore.
    let err = client
        .head_object(
            s3::HeadObjectRequest::new()
                .bucket("objects")
                .key("missing"),
        )
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404), "{err:?}");
    assert!(err.is_code("404"), "{err:?}");
    assert_eq!(err.message(), Some("Not Found"), "{err:?}");

    let err = client
        .list_objects_v2(s3::ListObjectsV2Request::new().bucket("no-such-bucket"))
        .await
        .unwrap_err();
    assert!(err.is_code("NoSuchBucket"), "{err:?}");

    // Batch delete (sent with a required checksum).
    for k in ["a", "b", "c"] {
        put(&client, "objects", k, "x").await;
    }
    let deleted = client
        .delete_objects(
            s3::DeleteObjectsRequest::new().bucket("objects").delete(
                s3::Delete::new().objects(
                    ["a", "b", "c"]
                        .iter()
                        .map(|k| s3::ObjectIdentifier::new().key(*k))
                        .collect::<Vec<_>>(),
                ),
            ),
        )
        .await
        .unwrap();
    let mut keys: Vec<_> = deleted
        .deleted
        .iter()
        .filter_map(|d| d.key.clone())
        .collect();
    keys.sort();
    assert_eq!(keys, ["a", "b", "c"]);
    assert!(deleted.errors.is_empty(), "{:?}", deleted.errors);
    let left: Vec<String> = client
        .list_objects_v2_items(s3::ListObjectsV2Request::new().bucket("objects"))
        .map_ok(|o| o.key)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(left, ["dir/hello world.txt", "streamed"]);

    let buckets = client
        .list_buckets(s3::ListBucketsRequest::new())
        .await
        .unwrap();
    assert!(buckets
        .buckets
        .iter()
        .any(|b| b.name.as_deref() == Some("objects")));
    for k in ["dir/hello world.txt", "streamed"] {
        client
            .delete_object(s3::DeleteObjectRequest::new().bucket("objects").key(k))
            .await
            .unwrap();
    }
    client
        .delete_bucket(s3::DeleteBucketRequest::new().bucket("objects"))
        .await
        .unwrap();
    let err = client
        .head_bucket(s3::HeadBucketRequest::new().bucket("objects"))
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn listings_paginate() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let client = Client::new(&session(&moto, "us-east-1"));
    bucket(&client, "listing").await;
    let keys: Vec<String> = (0..7).map(|i| format!("k/{i:02}")).collect();
    for k in &keys {
        client
            .put_object(
                s3::PutObjectRequest::new()
                    .bucket("listing")
                    .key(k)
                    .body(k.clone()),
            )
            .await
            .unwrap();
    }

    let pages: Vec<s3::ListObjectsV2Output> = client
        .list_objects_v2_pages(
            s3::ListObjectsV2Request::new()
                .bucket("listing")
                .max_keys(3),
        )
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 3);
    assert_eq!(pages[0].contents.len(), 3);
    assert_eq!(pages[0].is_truncated, Some(true));
    let listed: Vec<String> = pages
        .into_iter()
        .flat_map(|p| p.contents)
        .map(|o| o.key)
        .collect();
    assert_eq!(listed, keys);

    let v1: Vec<s3::ListObjectsOutput> = client
        .list_objects_pages(s3::ListObjectsRequest::new().bucket("listing").max_keys(2))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(v1.len(), 4);
    let listed: Vec<String> = v1
        .into_iter()
        .flat_map(|p| p.contents)
        .map(|o| o.key)
        .collect();
    assert_eq!(listed, keys);

    let one = client
        .list_objects(
            s3::ListObjectsRequest::new()
                .bucket("listing")
                .delimiter("/"),
        )
        .await
        .unwrap();
    let prefixes = one.common_prefixes;
    assert_eq!(prefixes.len(), 1);
    assert_eq!(prefixes[0].prefix.as_deref(), Some("k/"));

    // Versions.
    client
        .put_bucket_versioning(
            s3::PutBucketVersioningRequest::new()
                .bucket("listing")
                .versioning_configuration(s3::VersioningConfiguration::new().status("Enabled")),
        )
        .await
        .unwrap();
    let v = client
        .get_bucket_versioning(s3::GetBucketVersioningRequest::new().bucket("listing"))
        .await
        .unwrap();
    assert_eq!(v.status, Some(s3::BucketVersioningStatus::Enabled));
    put(&client, "listing", "v", "one").await;
    put(&client, "listing", "v", "two").await;
    client
        .delete_object(s3::DeleteObjectRequest::new().bucket("listing").key("v"))
        .await
        .unwrap();
    let versions = client
        .list_object_versions(
            s3::ListObjectVersionsRequest::new()
                .bucket("listing")
                .prefix("v"),
        )
        .await
        .unwrap();
    let listed = versions.versions.clone();
    assert_eq!(listed.len(), 2, "{versions:?}");
    assert_eq!(versions.delete_markers.len(), 1, "{versions:?}");
    assert!(listed.iter().all(|v| v.version_id.is_some()));
    let old = versions
        .versions
        .iter()
        .last()
        .and_then(|v| v.version_id.clone())
        .unwrap();
    let got = client
        .get_object(
            s3::GetObjectRequest::new()
                .bucket("listing")
                .key("v")
                .version_id(old),
        )
        .await
        .unwrap();
    assert_eq!(&got.body.collect().await.unwrap()[..], b"one");
    let all: Vec<s3::ObjectVersionShape> = client
        .list_object_versions_items(
            s3::ListObjectVersionsRequest::new()
                .bucket("listing")
                .max_keys(3),
        )
        .try_collect()
        .await
        .unwrap();
    assert_eq!(all.len(), 9, "7 keys and 2 versions of v");
    let pages: Vec<s3::ListObjectVersionsOutput> = client
        .list_object_versions_pages(
            s3::ListObjectVersionsRequest::new()
                .bucket("listing")
                .max_keys(3),
        )
        .try_collect()
        .await
        .unwrap();
    assert!(pages.len() > 1, "{} page(s)", pages.len());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn multipart_upload_of_two_parts() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let client = Client::new(&session(&moto, "us-east-1"));
    bucket(&client, "multi").await;
    let created = client
        .create_multipart_upload(
            s3::CreateMultipartUploadRequest::new()
                .bucket("multi")
                .key("big")
                .content_type("application/octet-stream"),
        )
        .await
        .unwrap();
    let upload_id = created.upload_id.expect("an upload id");

    let uploads = client
        .list_multipart_uploads(s3::ListMultipartUploadsRequest::new().bucket("multi"))
        .await
        .unwrap();
    let listed = uploads.uploads;
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].key.as_deref(), Some("big"));

    let first: Vec<u8> = (0..5 * 1024 * 1024u32).map(|i| (i % 251) as u8).collect();
    let second = b"the last part".to_vec();
    let mut parts = Vec::new();
    for (n, data) in [(1, first.clone()), (2, second.clone())] {
        let out = client
            .upload_part(
                s3::UploadPartRequest::new()
                    .bucket("multi")
                    .key("big")
                    .upload_id(&upload_id)
                    .part_number(n)
                    .body(data),
            )
            .await
            .unwrap();
        parts.push(
            s3::CompletedPart::new()
                .part_number(n)
                .e_tag(out.e_tag.expect("a part ETag")),
        );
    }
    let listed = client
        .list_parts(
            s3::ListPartsRequest::new()
                .bucket("multi")
                .key("big")
                .upload_id(&upload_id),
        )
        .await
        .unwrap();
    let listed_parts = listed.parts;
    assert_eq!(listed_parts.len(), 2);
    assert_eq!(listed_parts[1].size, Some(second.len() as i64));
    let pages: Vec<s3::ListPartsOutput> = client
        .list_parts_pages(
            s3::ListPartsRequest::new()
                .bucket("multi")
                .key("big")
                .upload_id(&upload_id)
                .max_parts(1),
        )
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 2, "one part per page");
    assert_eq!(pages[1].parts[0].part_number, Some(2));

    let done = client
        .complete_multipart_upload(
            s3::CompleteMultipartUploadRequest::new()
                .bucket("multi")
                .key("big")
                .upload_id(&upload_id)
                .multipart_upload(s3::CompletedMultipartUpload::new().parts(parts)),
        )
        .await
        .unwrap();
    assert!(done.e_tag.is_some_and(|e| e.ends_with("-2\"")));
    let got = client
        .get_object(s3::GetObjectRequest::new().bucket("multi").key("big"))
        .await
        .unwrap();
    let body = got.body.collect().await.unwrap();
    assert_eq!(body.len(), first.len() + second.len());
    assert!(body[..first.len()] == first[..] && body[first.len()..] == second[..]);

    // An aborted upload disappears.
    let other = client
        .create_multipart_upload(
            s3::CreateMultipartUploadRequest::new()
                .bucket("multi")
                .key("dropped"),
        )
        .await
        .unwrap()
        .upload_id
        .unwrap();
    client
        .abort_multipart_upload(
            s3::AbortMultipartUploadRequest::new()
                .bucket("multi")
                .key("dropped")
                .upload_id(other),
        )
        .await
        .unwrap();
    let uploads: Vec<s3::MultipartUploadShape> = client
        .list_multipart_uploads_items(s3::ListMultipartUploadsRequest::new().bucket("multi"))
        .try_collect()
        .await
        .unwrap();
    assert!(uploads.is_empty(), "{uploads:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bucket_configurations() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let client = Client::new(&session(&moto, "us-east-1"));
    bucket(&client, "conf").await;
    let loc = client
        .get_bucket_location(s3::GetBucketLocationRequest::new().bucket("conf"))
        .await
        .unwrap();
    assert_eq!(loc.location_constraint, None);

    let eu = Client::new(&session(&moto, "eu-west-1"));
    eu.create_bucket(
        s3::CreateBucketRequest::new()
            .bucket("conf-eu")
            .create_bucket_configuration(
                s3::CreateBucketConfiguration::new().location_constraint("eu-west-1"),
            ),
    )
    .await
    .unwrap();
    let loc = eu
        .get_bucket_location(s3::GetBucketLocationRequest::new().bucket("conf-eu"))
        .await
        .unwrap();
    assert_eq!(
        loc.location_constraint,
        Some(s3::BucketLocationConstraint::EuWest1)
    );

    // Tagging.
    let tags = vec![
        s3::Tag::new().key("team").value("core"),
        s3::Tag::new().key("env").value("test"),
    ];
    client
        .put_bucket_tagging(
            s3::PutBucketTaggingRequest::new()
                .bucket("conf")
                .tagging(s3::Tagging::new().tag_set(tags.clone())),
        )
        .await
        .unwrap();
    let got = client
        .get_bucket_tagging(s3::GetBucketTaggingRequest::new().bucket("conf"))
        .await
        .unwrap();
    assert_eq!(sorted(got.tag_set), sorted(tags.clone()));
    put(&client, "conf", "obj", "x").await;
    client
        .put_object_tagging(
            s3::PutObjectTaggingRequest::new()
                .bucket("conf")
                .key("obj")
                .tagging(s3::Tagging::new().tag_set(tags[..1].to_vec())),
        )
        .await
        .unwrap();
    let got = client
        .get_object_tagging(s3::GetObjectTaggingRequest::new().bucket("conf").key("obj"))
        .await
        .unwrap();
    assert_eq!(got.tag_set, tags[..1]);

    // ACLs.
    client
        .put_bucket_acl(
            s3::PutBucketAclRequest::new()
                .bucket("conf")
                .acl("public-read"),
        )
        .await
        .unwrap();
    let acl = client
        .get_bucket_acl(s3::GetBucketAclRequest::new().bucket("conf"))
        .await
        .unwrap();
    assert!(acl.owner.and_then(|o| o.id).is_some());
    assert!(
        acl.grants
            .iter()
            .any(|g| g.permission == Some(s3::Permission::Read)
                && g.grantee.as_ref().and_then(|g| g.uri.as_deref())
                    == Some("http://acs.amazonaws.com/groups/global/AllUsers")),
        "{:?}",
        acl.grants
    );
    client
        .put_object_acl(
            s3::PutObjectAclRequest::new()
                .bucket("conf")
                .key("obj")
                .acl("public-read"),
        )
        .await
        .unwrap();
    let acl = client
        .get_object_acl(s3::GetObjectAclRequest::new().bucket("conf").key("obj"))
        .await
        .unwrap();
    assert!(acl
        .grants
        .iter()
        .any(|g| g.permission == Some(s3::Permission::Read)));
    assert!(acl.grants.iter().any(|g| g
        .grantee
        .as_ref()
        .is_some_and(|g| g.r#type == s3::Type::CanonicalUser)));

    // A whole access control policy: the owner keeps FULL_CONTROL, signed-in users get WRITE_ACP.
    let owner = acl.owner.clone().expect("an owner");
    let policy = s3::AccessControlPolicy::new()
        .owner(owner.clone())
        .grants(vec![
            s3::Grant::new()
                .grantee(
                    s3::Grantee::new()
                        .r#type("CanonicalUser")
                        .id(owner.id.clone().unwrap_or_default()),
                )
                .permission("FULL_CONTROL"),
            s3::Grant::new()
                .grantee(
                    s3::Grantee::new()
                        .r#type("Group")
                        .uri("http://acs.amazonaws.com/groups/global/AuthenticatedUsers"),
                )
                .permission("WRITE_ACP"),
        ]);
    client
        .put_bucket_acl(
            s3::PutBucketAclRequest::new()
                .bucket("conf")
                .access_control_policy(policy),
        )
        .await
        .unwrap();
    let acl = client
        .get_bucket_acl(s3::GetBucketAclRequest::new().bucket("conf"))
        .await
        .unwrap();
    let mut perms: Vec<_> = acl
        .grants
        .iter()
        .filter_map(|g| g.permission.as_ref().map(|p| p.as_str().to_owned()))
        .collect();
    perms.sort();
    assert_eq!(perms, ["FULL_CONTROL", "WRITE_ACP"], "{acl:?}");

    // CORS.
    let rule = s3::CORSRule::new()
        .allowed_methods(vec!["GET".to_string(), "PUT".to_string()])
        .allowed_origins(vec!["https://example.com".to_string()])
        .allowed_headers(vec!["*".to_string()])
        .max_age_seconds(300);
    client
        .put_bucket_cors(
            s3::PutBucketCorsRequest::new()
                .bucket("conf")
                .cors_configuration(s3::CORSConfiguration::new().cors_rules(vec![rule])),
        )
        .await
        .unwrap();
    let cors = client
        .get_bucket_cors(s3::GetBucketCorsRequest::new().bucket("conf"))
        .await
        .unwrap();
    let rules = cors.cors_rules;
    assert_eq!(rules.len(), 1);
    assert_eq!(rules[0].allowed_methods, ["GET", "PUT"]);
    assert_eq!(rules[0].max_age_seconds, Some(300));

    // Lifecycle.
    let rule = s3::LifecycleRule::new()
        .id("expire-logs")
        .status("Enabled")
        .filter(s3::LifecycleRuleFilter::new().prefix("logs/"))
        .expiration(s3::LifecycleExpiration::new().days(30));
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
    let lc = client
        .get_bucket_lifecycle_configuration(
            s3::GetBucketLifecycleConfigurationRequest::new().bucket("conf"),
        )
        .await
        .unwrap();
    let rules = lc.rules.clone();
    assert_eq!(rules.len(), 1, "{lc:?}");
    assert_eq!(rules[0].id.as_deref(), Some("expire-logs"));
    assert_eq!(rules[0].expiration.as_ref().and_then(|e| e.days), Some(30));
    assert_eq!(
        rules[0].filter.as_ref().and_then(|f| f.prefix.as_deref()),
        Some("logs/")
    );

    // Policy.
    let policy = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::conf/*"}]}"#;
    client
        .put_bucket_policy(
            s3::PutBucketPolicyRequest::new()
                .bucket("conf")
                .policy(policy),
        )
        .await
        .unwrap();
    let got = client
        .get_bucket_policy(s3::GetBucketPolicyRequest::new().bucket("conf"))
        .await
        .unwrap();
    let parsed: serde_json::Value = serde_json::from_str(got.policy.as_deref().unwrap()).unwrap();
    assert_eq!(parsed["Statement"][0]["Action"], "s3:GetObject");
    client
        .delete_bucket_policy(s3::DeleteBucketPolicyRequest::new().bucket("conf"))
        .await
        .unwrap();
    let err = client
        .get_bucket_policy(s3::GetBucketPolicyRequest::new().bucket("conf"))
        .await
        .unwrap_err();
    assert!(err.is_code("NoSuchBucketPolicy"), "{err:?}");
}

fn sorted(mut tags: Vec<s3::Tag>) -> Vec<s3::Tag> {
    tags.sort_by(|a, b| a.key.cmp(&b.key));
    tags
}

/// A blocking HTTP/1.1 request to `url` (an `http://127.0.0.1:port/...` URL); returns the
/// status and the body.
fn plain_http(method: &str, url: &str, body: &[u8]) -> (u16, Vec<u8>) {
    let rest = url.strip_prefix("http://").expect("an http URL");
    let (authority, target) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let mut s = TcpStream::connect(authority).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let head = format!(
        "{method} {target} HTTP/1.1\r\nHost: {authority}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).unwrap();
    let split = out
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a header block");
    let head = String::from_utf8_lossy(&out[..split]).to_string();
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap();
    let mut body = out[split + 4..].to_vec();
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        body = dechunk(&body);
    }
    (status, body)
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = data.windows(2).position(|w| w == b"\r\n") {
        let size =
            usize::from_str_radix(std::str::from_utf8(&data[..eol]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            break;
        }
        out.extend_from_slice(&data[eol + 2..eol + 2 + size]);
        data = &data[eol + 2 + size + 2..];
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn waiters_and_presigned_urls() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let client = Client::new(&session(&moto, "us-east-1"));
    let err = client
        .wait_until_bucket_exists(s3::HeadBucketRequest::new().bucket("waited"))
        .delay(Duration::from_millis(10))
        .max_attempts(2)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Waiter, "{err:?}");
    client
        .wait_until_bucket_not_exists(s3::HeadBucketRequest::new().bucket("waited"))
        .delay(Duration::from_millis(10))
        .await
        .unwrap();

    // The bucket appears while the waiter polls.
    let creator = client.clone();
    let create = tokio::spawn(async move {
        tokio::time::sleep(Duration::from_millis(300)).await;
        bucket(&creator, "waited").await;
    });
    client
        .wait_until_bucket_exists(s3::HeadBucketRequest::new().bucket("waited"))
        .delay(Duration::from_millis(100))
        .max_attempts(50)
        .await
        .unwrap();
    create.await.unwrap();

    let head = s3::HeadObjectRequest::new().bucket("waited").key("k");
    client
        .wait_until_object_not_exists(head.clone())
        .delay(Duration::from_millis(10))
        .await
        .unwrap();
    put(&client, "waited", "k", "present").await;
    let found = client
        .wait_until_object_exists(head.clone())
        .delay(Duration::from_millis(10))
        .await
        .unwrap()
        .expect("the HeadObject output");
    assert_eq!(found.content_length, Some(7));

    let url = client
        .presign_get_object(
            s3::GetObjectRequest::new().bucket("waited").key("k"),
            Duration::from_secs(300),
        )
        .unwrap();
    assert!(url.uri.contains("X-Amz-Signature="), "{url:?}");
    assert!(!format!("{url:?}").contains(&signature(&url.uri)));
    let (status, body) = plain_http("GET", &url.uri, b"");
    assert_eq!((status, &body[..]), (200, &b"present"[..]));

    let url = client
        .presign_put_object(
            s3::PutObjectRequest::new().bucket("waited").key("uploaded"),
            Duration::from_secs(300),
        )
        .unwrap();
    assert_eq!(url.method, "PUT");
    let (status, _) = plain_http("PUT", &url.uri, b"sent without the SDK");
    assert_eq!(status, 200);
    let got = client
        .get_object(s3::GetObjectRequest::new().bucket("waited").key("uploaded"))
        .await
        .unwrap();
    assert_eq!(
        &got.body.collect().await.unwrap()[..],
        b"sent without the SDK"
    );
}

fn signature(uri: &str) -> String {
    uri.split("X-Amz-Signature=")
        .nth(1)
        .map(|s| s.split('&').next().unwrap_or(s).to_string())
        .unwrap_or_default()
}

/// Operations the generated client has beyond the first hand-written ones: default
/// encryption, public access blocks, websites, object attributes, bucket ownership.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn generated_operations_round_trip() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let client = Client::new(&session(&moto, "us-east-1"));
    bucket(&client, "more").await;

    client
        .put_bucket_encryption(
            s3::PutBucketEncryptionRequest::new()
                .bucket("more")
                .server_side_encryption_configuration(
                    s3::ServerSideEncryptionConfiguration::new().rules(vec![
                        s3::ServerSideEncryptionRule::new()
                            .apply_server_side_encryption_by_default(
                                s3::ServerSideEncryptionByDefault::new()
                                    .sse_algorithm(s3::ServerSideEncryption::Aes256),
                            )
                            .bucket_key_enabled(true),
                    ]),
                ),
        )
        .await
        .unwrap();
    let enc = client
        .get_bucket_encryption(s3::GetBucketEncryptionRequest::new().bucket("more"))
        .await
        .unwrap()
        .server_side_encryption_configuration
        .expect("a configuration");
    assert_eq!(enc.rules.len(), 1, "{enc:?}");
    assert_eq!(
        enc.rules[0]
            .apply_server_side_encryption_by_default
            .as_ref()
            .map(|d| &d.sse_algorithm),
        Some(&s3::ServerSideEncryption::Aes256)
    );
    client
        .delete_bucket_encryption(s3::DeleteBucketEncryptionRequest::new().bucket("more"))
        .await
        .unwrap();
    let err = client
        .get_bucket_encryption(s3::GetBucketEncryptionRequest::new().bucket("more"))
        .await
        .unwrap_err();
    assert!(
        err.is_code("ServerSideEncryptionConfigurationNotFoundError"),
        "{err:?}"
    );

    client
        .put_public_access_block(
            s3::PutPublicAccessBlockRequest::new()
                .bucket("more")
                .public_access_block_configuration(
                    s3::PublicAccessBlockConfiguration::new()
                        .block_public_acls(true)
                        .restrict_public_buckets(false),
                ),
        )
        .await
        .unwrap();
    let block = client
        .get_public_access_block(s3::GetPublicAccessBlockRequest::new().bucket("more"))
        .await
        .unwrap()
        .public_access_block_configuration
        .expect("a configuration");
    assert_eq!(block.block_public_acls, Some(true));
    assert_eq!(block.restrict_public_buckets, Some(false));
    client
        .delete_public_access_block(s3::DeletePublicAccessBlockRequest::new().bucket("more"))
        .await
        .unwrap();

    client
        .put_bucket_website(
            s3::PutBucketWebsiteRequest::new()
                .bucket("more")
                .website_configuration(
                    s3::WebsiteConfiguration::new()
                        .index_document(s3::IndexDocument::new().suffix("index.html"))
                        .error_document(s3::ErrorDocument::new().key("error.html")),
                ),
        )
        .await
        .unwrap();
    let site = client
        .get_bucket_website(s3::GetBucketWebsiteRequest::new().bucket("more"))
        .await
        .unwrap();
    assert_eq!(
        site.index_document.map(|d| d.suffix).as_deref(),
        Some("index.html")
    );
    assert_eq!(
        site.error_document.map(|d| d.key).as_deref(),
        Some("error.html")
    );
    client
        .delete_bucket_website(s3::DeleteBucketWebsiteRequest::new().bucket("more"))
        .await
        .unwrap();

    put(&client, "more", "attrs.txt", "twelve bytes").await;
    let attrs = client
        .get_object_attributes(
            s3::GetObjectAttributesRequest::new()
                .bucket("more")
                .key("attrs.txt")
                .object_attributes(vec![
                    s3::ObjectAttributes::ObjectSize,
                    s3::ObjectAttributes::StorageClass,
                    s3::ObjectAttributes::ETag,
                ]),
        )
        .await
        .unwrap();
    assert_eq!(attrs.object_size, Some(12), "{attrs:?}");
    assert_eq!(attrs.storage_class, Some(s3::StorageClass::Standard));
    assert!(attrs.e_tag.is_some(), "{attrs:?}");

    client
        .put_bucket_ownership_controls(
            s3::PutBucketOwnershipControlsRequest::new()
                .bucket("more")
                .ownership_controls(s3::OwnershipControls::new().rules(vec![
                    s3::OwnershipControlsRule::new()
                        .object_ownership(s3::ObjectOwnership::BucketOwnerEnforced),
                ])),
        )
        .await
        .unwrap();
    let owned = client
        .get_bucket_ownership_controls(s3::GetBucketOwnershipControlsRequest::new().bucket("more"))
        .await
        .unwrap()
        .ownership_controls
        .expect("ownership controls");
    assert_eq!(
        owned.rules[0].object_ownership,
        s3::ObjectOwnership::BucketOwnerEnforced
    );
}
