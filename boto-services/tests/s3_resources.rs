//! The S3 resources, every one of boto3's S3 model (`S3`, `Bucket` and its configuration
//! resources, `Object`, `ObjectAcl`, `ObjectSummary`, `ObjectVersion`, `MultipartUpload`,
//! `MultipartUploadPart`) and the managed transfers of any reader or writer, against moto,
//! written as API.md §5 shows them.

#![cfg(feature = "s3")]

use boto_services::core::Session;
use boto_services::s3::{
    self, Bucket, BucketAcl, BucketCors, BucketLifecycle, BucketLifecycleConfiguration,
    BucketLogging, BucketNotification, BucketPolicy, BucketRequestPayment, BucketTagging,
    BucketVersioning, BucketWebsite, MultipartUpload, MultipartUploadPart, Object, ObjectAcl,
    ObjectSummary, ObjectVersion, TransferConfig, S3,
};
use futures::TryStreamExt;
use std::collections::HashMap;
use std::time::Duration;

#[test]
fn identity_is_the_identifiers() {
    let s3 = S3::new(&Session::builder().region("us-east-1").build().unwrap());
    assert_eq!(s3.bucket("a"), s3.bucket("a"));
    assert_ne!(s3.bucket("a"), s3.bucket("b"));
    let obj = s3.object("b", "k");
    assert_eq!((obj.bucket_name(), obj.key()), ("b", "k"));
    assert!(obj.data().is_none());
    assert_eq!(s3.bucket("b").object("k"), obj);
    fn shared<T: Send + Sync + Clone + 'static>(_: &T) {}
    shared(&obj);
    shared(&s3.object_summary("b", "k"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resources_against_moto() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let s3 = S3::new(&testkit::moto_session!(&moto));
    let bucket: Bucket = s3.bucket("res-bucket");
    bucket.create().await.unwrap();
    bucket
        .wait_until_exists()
        .delay(Duration::from_millis(10))
        .await
        .unwrap();

    let buckets: Vec<Bucket> = s3.buckets().all().try_collect().await.unwrap();
    assert_eq!(buckets, std::slice::from_ref(&bucket));
    assert!(
        buckets[0].creation_date().await.unwrap().is_some(),
        "pre-filled from ListBuckets"
    );

    for i in 0..5 {
        bucket
            .put_object()
            .with(|r| r.key(format!("logs/{i}")).body(format!("line {i}")))
            .await
            .unwrap();
    }
    bucket
        .put_object()
        .with(|r| r.key("keep").body("kept"))
        .await
        .unwrap();

    // Collections page lazily; items carry their listing data.
    let mut objects = bucket.objects().all();
    let mut seen = Vec::new();
    while let Some(obj) = objects.try_next().await.unwrap() {
        assert_eq!(
            obj.size().await.unwrap(),
            Some(if obj.key() == "keep" { 4 } else { 6 })
        );
        assert!(obj.last_modified().await.unwrap().is_some());
        seen.push(obj.key().to_string());
    }
    assert_eq!(
        seen,
        ["keep", "logs/0", "logs/1", "logs/2", "logs/3", "logs/4"]
    );
    let some: Vec<ObjectSummary> = bucket
        .objects()
        .filter(|r| r.prefix("logs/"))
        .page_size(2)
        .limit(3)
        .try_collect()
        .await
        .unwrap();
    assert_eq!(some.len(), 3);
    assert_eq!(some[2], s3.object_summary("res-bucket", "logs/2"));

    // Object: actions and lazily loaded attributes.
    let obj: Object = s3.object("res-bucket", "keep");
    let data = obj.get().await.unwrap().body.collect().await.unwrap();
    assert_eq!(&data[..], b"kept");
    assert_eq!(obj.content_length().await.unwrap(), Some(4));
    assert!(obj.data().is_some(), "loaded by HeadObject");
    obj.put()
        .with(|r| {
            r.body("changed!")
                .cache_control("max-age=60")
                .metadata(HashMap::from([("k".to_string(), "v".to_string())]))
        })
        .await
        .unwrap();
    assert!(obj.data().is_none(), "an action clears loaded data");
    assert_eq!(obj.content_length().await.unwrap(), Some(8));
    assert_eq!(obj.metadata().await.unwrap()["k"], "v");
    assert_eq!(
        obj.cache_control().await.unwrap().as_deref(),
        Some("max-age=60")
    );
    obj.wait_until_exists()
        .delay(Duration::from_millis(10))
        .await
        .unwrap();

    // Batch delete over a filtered collection: one DeleteObjects per page.
    let results = bucket
        .objects()
        .filter(|r| r.prefix("logs/"))
        .page_size(2)
        .delete()
        .await
        .unwrap();
    assert_eq!(results.len(), 3, "pages of 2, 2 and 1");
    assert!(results.iter().all(|r| r.errors.is_empty()));
    let left: Vec<String> = bucket
        .objects()
        .all()
        .map_ok(|o| o.key().to_string())
        .try_collect()
        .await
        .unwrap();
    assert_eq!(left, ["keep"]);

    obj.delete().await.unwrap();
    obj.wait_until_not_exists()
        .delay(Duration::from_millis(10))
        .await
        .unwrap();
    let err = s3
        .object("res-bucket", "gone")
        .content_length()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404), "{err:?}");
    bucket.delete().await.unwrap();
    bucket
        .wait_until_not_exists()
        .delay(Duration::from_millis(10))
        .await
        .unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn object_versions_page_and_delete_through_the_resource() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let s3 = S3::new(&testkit::moto_session!(&moto));
    let bucket = s3.bucket("versioned");
    bucket.create().await.unwrap();
    s3.client()
        .put_bucket_versioning(
            s3::PutBucketVersioningRequest::new()
                .bucket("versioned")
                .versioning_configuration(s3::VersioningConfiguration::new().status("Enabled")),
        )
        .await
        .unwrap();
    for body in ["one", "two", "three"] {
        bucket
            .put_object()
            .with(|r| r.key("doc").body(body))
            .await
            .unwrap();
    }
    for key in ["a", "z"] {
        bucket
            .put_object()
            .with(|r| r.key(key).body("x"))
            .await
            .unwrap();
    }

    // Five versions, two per page: three pages, every element a resource with its data.
    let pages: Vec<Vec<ObjectVersion>> = bucket
        .object_versions()
        .page_size(2)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert!(pages.len() > 1, "{} page(s)", pages.len());
    assert!(pages.iter().all(|p| p.len() <= 2), "page_size(2) is sent");
    let versions: Vec<ObjectVersion> = pages.into_iter().flatten().collect();
    let keys: Vec<&str> = versions.iter().map(ObjectVersion::object_key).collect();
    assert_eq!(keys, ["a", "doc", "doc", "doc", "z"]);
    let mut ids: Vec<&str> = versions.iter().map(ObjectVersion::id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 5, "every version has its own id");
    let doc: Vec<&ObjectVersion> = versions
        .iter()
        .filter(|v| v.object_key() == "doc")
        .collect();
    let latest = doc
        .iter()
        .filter(|v| v.data().is_some_and(|d| d.is_latest == Some(true)))
        .count();
    assert_eq!(latest, 1, "pre-filled from the listing: one latest version");
    let oldest = doc[2];
    assert_eq!(
        oldest.size().await.unwrap(),
        Some(3),
        "\"one\" is the oldest"
    );
    assert_eq!(oldest.bucket_name(), "versioned");
    assert_eq!(oldest.object().key(), "doc");

    // get / head / delete address that one version.
    let got = oldest.get().await.unwrap();
    assert_eq!(&got.body.collect().await.unwrap()[..], b"one");
    let head = oldest.head().await.unwrap();
    assert_eq!(head.version_id.as_deref(), Some(oldest.id()));
    oldest.delete().await.unwrap();
    let left: Vec<ObjectVersion> = bucket
        .object_versions()
        .filter(|r| r.prefix("doc"))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(left.len(), 2);
    assert!(
        left.iter().all(|v| v.id() != oldest.id()),
        "that version is gone"
    );

    // A delete of the key (no version) adds a delete marker, listed like boto3 lists it.
    bucket.object("z").delete().await.unwrap();
    let z: Vec<ObjectVersion> = bucket
        .object_versions()
        .filter(|r| r.prefix("z"))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(z.len(), 2, "the version and the delete marker");
    assert!(z.iter().any(|v| v.data().is_some_and(|d| d.size.is_none())));

    // Batch delete of every version and marker of `z`, by key and version id.
    bucket
        .object_versions()
        .filter(|r| r.prefix("z"))
        .delete()
        .await
        .unwrap();
    let keys: Vec<String> = bucket
        .object_versions()
        .try_collect::<Vec<_>>()
        .await
        .unwrap()
        .iter()
        .map(|v| v.object_key().to_string())
        .collect();
    assert_eq!(keys, ["a", "doc", "doc"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn multipart_uploads_listed_and_aborted() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let s3 = S3::new(&testkit::moto_session!(&moto));
    let bucket = s3.bucket("uploads");
    bucket.create().await.unwrap();
    let mut started: Vec<MultipartUpload> = Vec::new();
    for key in ["big/1", "big/2", "big/3"] {
        started.push(
            bucket
                .object(key)
                .initiate_multipart_upload()
                .await
                .unwrap(),
        );
    }
    assert_eq!(started[0].object_key(), "big/1");
    assert!(!started[0].id().is_empty());

    let pages: Vec<Vec<MultipartUpload>> = bucket
        .multipart_uploads()
        .page_size(2)
        .pages()
        .try_collect()
        .await
        .unwrap();
    // moto ignores `max-uploads` (one page here); the marker pair is followed in
    // `tests/s3_replay.rs`.
    assert_eq!(pages.iter().map(Vec::len).sum::<usize>(), 3);
    let listed: Vec<MultipartUpload> = pages.into_iter().flatten().collect();
    let mut keys: Vec<&str> = listed.iter().map(MultipartUpload::object_key).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["big/1", "big/2", "big/3"]);
    for upload in &started {
        assert!(listed.contains(upload), "{} listed", upload.id());
    }
    assert!(listed[0].initiated().await.unwrap().is_some(), "pre-filled");

    // Upload two parts through part resources, list them, complete (returns its object),
    // abort the others.
    let mut etags = Vec::new();
    // Every part but the last is at least 5 MiB.
    const MIB5: usize = 5 * 1024 * 1024;
    for (n, body) in [(1, vec![b'x'; MIB5]), (2, b"second".to_vec())] {
        let part = MultipartUploadPart::new(s3.client(), "uploads", "big/1", started[0].id(), n);
        assert_eq!(part.multipart_upload(), started[0]);
        let out = part.upload().with(|r| r.body(body)).await.unwrap();
        etags.push(out.e_tag.unwrap_or_default());
    }
    let parts: Vec<MultipartUploadPart> = started[0].parts().try_collect().await.unwrap();
    let numbers: Vec<i32> = parts.iter().map(|p| *p.part_number()).collect();
    assert_eq!(numbers, [1, 2]);
    // One part a page: two pages, following `NextPartNumberMarker`.
    let pages: Vec<Vec<MultipartUploadPart>> = started[0]
        .parts()
        .page_size(1)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.len(), 2, "{pages:?}");
    assert_eq!(pages.concat(), parts);
    // The upload's `part(n)` sub-resource is the listed part.
    assert_eq!(started[0].part(2), parts[1]);
    assert_eq!(
        parts[1].size().await.unwrap(),
        Some(6),
        "pre-filled from ListParts"
    );
    assert_eq!(parts[0].e_tag().await.unwrap().as_deref(), Some(&*etags[0]));
    let object: Object = started[0]
        .complete()
        .with(|r| {
            r.multipart_upload(
                s3::CompletedMultipartUpload::new().parts(
                    etags
                        .iter()
                        .zip(1..)
                        .map(|(e, n)| s3::CompletedPart::new().part_number(n).e_tag(e.clone()))
                        .collect::<Vec<_>>(),
                ),
            )
        })
        .await
        .unwrap();
    assert_eq!(object.key(), "big/1");
    assert_eq!(
        object.content_length().await.unwrap(),
        Some(MIB5 as i64 + 6)
    );
    for upload in &started[1..] {
        upload.abort().await.unwrap();
    }
    let left: Vec<MultipartUpload> = bucket.multipart_uploads().try_collect().await.unwrap();
    assert!(left.is_empty(), "{left:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bucket_policy_put_load_delete() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let s3 = S3::new(&testkit::moto_session!(&moto));
    let bucket = s3.bucket("with-policy");
    bucket.create().await.unwrap();
    let policy: BucketPolicy = bucket.policy();
    assert_eq!(policy.bucket_name(), "with-policy");
    assert_eq!(policy.bucket(), bucket);
    let document = r#"{"Version":"2012-10-17","Statement":[{"Sid":"read","Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::with-policy/*"}]}"#;
    policy.put().with(|r| r.policy(document)).await.unwrap();
    let loaded = policy.policy().await.unwrap().expect("a policy");
    let loaded: serde_json::Value = serde_json::from_str(&loaded).unwrap();
    assert_eq!(loaded["Statement"][0]["Sid"], "read");
    policy.delete().await.unwrap();
    let err = policy.reload().await.unwrap_err();
    assert_eq!(err.code(), Some("NoSuchBucketPolicy"), "{err}");
}

fn moto_s3(moto: &testkit::MotoServer) -> S3 {
    S3::new(&testkit::moto_session!(moto))
}

const FAST: Duration = Duration::from_millis(10);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn service_actions_loads_and_waiters() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let s3 = moto_s3(&moto);
    // S3.create_bucket names the bucket from the request (boto3's `requestParameter`).
    let bucket: Bucket = s3
        .create_bucket()
        .with(|r| r.bucket("made-by-s3"))
        .await
        .unwrap();
    assert_eq!(bucket, s3.bucket("made-by-s3"));
    // Bucket.load (boto3 adds it): ListBuckets, picked by name.
    let by_name = s3.bucket("made-by-s3");
    assert!(by_name.data().is_none());
    assert!(by_name.creation_date().await.unwrap().is_some());
    assert_eq!(by_name.data().unwrap().name.as_deref(), Some("made-by-s3"));
    let missing = s3.bucket("never-made").load().await.unwrap_err();
    assert!(missing.to_string().contains("not found"), "{missing}");

    // Bucket.put_object gives the Object (its key from the request).
    let obj: Object = bucket
        .put_object()
        .with(|r| r.key("a/b.txt").body("twelve bytes"))
        .await
        .unwrap();
    assert_eq!(obj, bucket.object("a/b.txt"));
    obj.wait_until_exists().delay(FAST).await.unwrap();

    // ObjectSummary.load (boto3 adds it): HeadObject, `ContentLength` as `size`.
    let summary = s3.object_summary("made-by-s3", "a/b.txt");
    assert_eq!(summary.size().await.unwrap(), Some(12));
    assert!(summary.e_tag().await.unwrap().is_some());
    assert_eq!(summary.object(), obj);
    summary.wait_until_exists().delay(FAST).await.unwrap();

    // Sub-resources share identifiers and send nothing.
    assert_eq!(
        obj.acl(),
        ObjectAcl::new(s3.client(), "made-by-s3", "a/b.txt")
    );
    assert_eq!(obj.bucket(), bucket);
    assert_eq!(summary.acl().object(), obj);
    assert_eq!(
        obj.version("v1"),
        ObjectVersion::new(s3.client(), "made-by-s3", "a/b.txt", "v1")
    );
    assert_eq!(obj.multipart_upload("u").object(), obj);

    summary.delete().await.unwrap();
    summary.wait_until_not_exists().delay(FAST).await.unwrap();
    obj.wait_until_not_exists().delay(FAST).await.unwrap();
    bucket.delete().await.unwrap();
    bucket.wait_until_not_exists().delay(FAST).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bucket_configuration_resources() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let s3 = moto_s3(&moto);
    let bucket = s3.bucket("configured");
    bucket.create().await.unwrap();

    // Versioning: enable, suspend (boto3's constant parameters), load the status.
    let versioning: BucketVersioning = bucket.versioning();
    assert_eq!(versioning.bucket(), bucket);
    assert_eq!(versioning.status().await.unwrap(), None);
    versioning.enable().await.unwrap();
    assert_eq!(
        versioning.status().await.unwrap(),
        Some(s3::BucketVersioningStatus::Enabled)
    );
    versioning.suspend().await.unwrap();
    assert_eq!(
        versioning.reload().await.unwrap().status,
        Some(s3::BucketVersioningStatus::Suspended)
    );

    // Tagging: put, load, delete.
    let tagging: BucketTagging = bucket.tagging();
    tagging
        .put()
        .with(|r| {
            r.tagging(s3::Tagging::new().tag_set(vec![
                s3::Tag::new().key("team").value("storage"),
                s3::Tag::new().key("env").value("test"),
            ]))
        })
        .await
        .unwrap();
    let mut tags: Vec<(String, String)> = tagging
        .tag_set()
        .await
        .unwrap()
        .into_iter()
        .map(|t| (t.key, t.value))
        .collect();
    tags.sort();
    assert_eq!(
        tags,
        [
            ("env".to_string(), "test".to_string()),
            ("team".to_string(), "storage".to_string())
        ]
    );
    tagging.delete().await.unwrap();
    let gone = tagging.reload().await.unwrap_err();
    assert_eq!(gone.code(), Some("NoSuchTagSet"), "{gone}");

    // CORS: put, load, delete.
    let cors: BucketCors = bucket.cors();
    cors.put()
        .with(|r| {
            r.cors_configuration(s3::CORSConfiguration::new().cors_rules(vec![
                s3::CORSRule::new()
                    .allowed_methods(vec!["GET".to_string()])
                    .allowed_origins(vec!["https://example.com".to_string()])
                    .max_age_seconds(300),
            ]))
        })
        .await
        .unwrap();
    let rules = cors.cors_rules().await.unwrap();
    assert_eq!(rules.len(), 1);
    assert_eq!(rules[0].allowed_origins, ["https://example.com"]);
    assert_eq!(rules[0].max_age_seconds, Some(300));
    cors.delete().await.unwrap();
    let gone = cors.reload().await.unwrap_err();
    assert_eq!(gone.code(), Some("NoSuchCORSConfiguration"), "{gone}");

    // Lifecycle configuration: put, load (both resources read it), delete.
    let lifecycle: BucketLifecycleConfiguration = bucket.lifecycle_configuration();
    lifecycle
        .put()
        .with(|r| {
            r.lifecycle_configuration(s3::BucketLifecycleConfigurationShape::new().rules(vec![
                s3::LifecycleRule::new()
                    .id("expire-tmp")
                    .status(s3::ExpirationStatus::Enabled)
                    .filter(s3::LifecycleRuleFilter::new().prefix("tmp/"))
                    .expiration(s3::LifecycleExpiration::new().days(3)),
            ]))
        })
        .await
        .unwrap();
    let rules = lifecycle.rules().await.unwrap();
    assert_eq!(rules.len(), 1);
    assert_eq!(rules[0].id.as_deref(), Some("expire-tmp"));
    assert_eq!(rules[0].expiration.as_ref().and_then(|e| e.days), Some(3));
    let old: BucketLifecycle = bucket.lifecycle();
    assert_eq!(old.rules().await.unwrap().len(), 1);
    old.delete().await.unwrap();
    let gone = lifecycle.reload().await.unwrap_err();
    assert_eq!(gone.code(), Some("NoSuchLifecycleConfiguration"), "{gone}");

    // Website: put, load, delete.
    let website: BucketWebsite = bucket.website();
    website
        .put()
        .with(|r| {
            r.website_configuration(
                s3::WebsiteConfiguration::new()
                    .index_document(s3::IndexDocument::new().suffix("index.html"))
                    .error_document(s3::ErrorDocument::new().key("error.html")),
            )
        })
        .await
        .unwrap();
    assert_eq!(
        website.index_document().await.unwrap().map(|d| d.suffix),
        Some("index.html".to_string())
    );
    assert_eq!(
        website.error_document().await.unwrap().map(|d| d.key),
        Some("error.html".to_string())
    );
    website.delete().await.unwrap();
    let gone = website.reload().await.unwrap_err();
    assert_eq!(gone.code(), Some("NoSuchWebsiteConfiguration"), "{gone}");

    // ACL: load the owner's full control, put a canned ACL, load again.
    let acl: BucketAcl = bucket.acl();
    assert!(acl.owner().await.unwrap().is_some());
    let before = acl.grants().await.unwrap().len();
    acl.put()
        .with(|r| r.acl(s3::BucketCannedACL::PublicRead))
        .await
        .unwrap();
    assert!(
        acl.grants().await.unwrap().len() > before,
        "public-read adds a grant"
    );

    // Logging and notification: nothing configured, then a notification put.
    let logging: BucketLogging = bucket.logging();
    assert_eq!(logging.logging_enabled().await.unwrap(), None);
    logging
        .put()
        .with(|r| r.bucket_logging_status(s3::BucketLoggingStatus::new()))
        .await
        .unwrap();
    let notification: BucketNotification = bucket.notification();
    assert_eq!(notification.topic_configurations().await.unwrap(), None);
    notification
        .put()
        .with(|r| r.notification_configuration(s3::NotificationConfiguration::new()))
        .await
        .unwrap();
    assert!(notification
        .queue_configurations()
        .await
        .unwrap()
        .unwrap_or_default()
        .is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn object_acl_and_versions() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let s3 = moto_s3(&moto);
    let bucket = s3.bucket("acl-versions");
    bucket.create().await.unwrap();
    bucket.versioning().enable().await.unwrap();
    let obj = bucket
        .put_object()
        .with(|r| r.key("doc").body("first"))
        .await
        .unwrap();
    obj.put().with(|r| r.body("second!")).await.unwrap();

    let acl: ObjectAcl = obj.acl();
    assert_eq!(acl.object(), obj);
    assert!(acl.owner().await.unwrap().is_some());
    let before = acl.grants().await.unwrap().len();
    acl.put()
        .with(|r| r.acl(s3::ObjectCannedACL::PublicRead))
        .await
        .unwrap();
    assert!(acl.grants().await.unwrap().len() > before);

    // The versions of `doc`, newest first: get and head each one by its id.
    let versions: Vec<ObjectVersion> = bucket
        .object_versions()
        .filter(|r| r.prefix("doc"))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(versions.len(), 2);
    let mut bodies = Vec::new();
    for v in &versions {
        assert_eq!(v.object(), obj);
        // Pre-filled from the listing; an action (head, get) clears it.
        let size = v.size().await.unwrap();
        let head = v.head().await.unwrap();
        assert_eq!(head.version_id.as_deref(), Some(v.id()));
        let got = v.get().await.unwrap().body.collect().await.unwrap();
        assert_eq!(Some(got.len() as i64), size);
        bodies.push(String::from_utf8(got.to_vec()).unwrap());
    }
    bodies.sort();
    assert_eq!(bodies, ["first", "second!"]);
    // The object's version sub-resource is the same resource.
    assert_eq!(obj.version(versions[0].id()), versions[0]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fileobj_transfers_round_trip() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let s3 = moto_s3(&moto);
    let bucket = s3.bucket("fileobj");
    bucket.create().await.unwrap();
    // 12 MiB + 7 bytes: three parts of 5 MiB (the smallest S3 takes) sent two at a time.
    let body: Vec<u8> = (0..12 * 1024 * 1024 + 7).map(|i| (i % 251) as u8).collect();
    let sent = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let counter = sent.clone();
    let config = TransferConfig {
        multipart_threshold: 5 * 1024 * 1024,
        part_size: 5 * 1024 * 1024,
        max_concurrency: 2,
        ..TransferConfig::default()
    }
    .on_progress(move |n| {
        counter.fetch_add(n, std::sync::atomic::Ordering::Relaxed);
    });
    let obj = bucket.object("big.bin");
    obj.upload_fileobj(&body[..])
        .config(config.clone())
        .await
        .unwrap();
    assert_eq!(
        sent.load(std::sync::atomic::Ordering::Relaxed),
        body.len() as u64
    );
    // Three parts: S3's ETag of a multipart object ends in `-<parts>`.
    assert!(
        obj.e_tag()
            .await
            .unwrap()
            .unwrap_or_default()
            .ends_with("-3\""),
        "{:?}",
        obj.e_tag().await
    );
    let mut back: Vec<u8> = Vec::new();
    obj.download_fileobj(&mut back)
        .config(TransferConfig {
            part_size: 4 * 1024 * 1024,
            ..config.clone()
        })
        .await
        .unwrap();
    assert_eq!(back.len(), body.len());
    assert!(back == body, "the same bytes, in order");

    // Below the threshold: one PutObject, one GetObject; through the bucket and client too.
    bucket
        .upload_fileobj(&b"small"[..], "small.txt")
        .await
        .unwrap();
    let mut small = Vec::new();
    bucket
        .download_fileobj("small.txt", &mut small)
        .await
        .unwrap();
    assert_eq!(small, b"small");
    let mut empty = Vec::new();
    s3.client()
        .upload_fileobj(tokio::io::empty(), "fileobj", "empty")
        .await
        .unwrap();
    s3.client()
        .download_fileobj("fileobj", "empty", &mut empty)
        .await
        .unwrap();
    assert!(empty.is_empty());
    let err = s3
        .client()
        .download_fileobj("fileobj", "missing", Vec::new())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404), "{err}");
}

/// moto has no request payment configuration: `BucketRequestPayment` through the replay
/// transport, its load read and its put written as S3 has them.
#[tokio::test]
async fn bucket_request_payment_over_the_wire() {
    use boto_services::core::http::replay::ReplayClient;
    let replay = ReplayClient::new();
    let xml = [("content-type", "application/xml")];
    replay.push(
        200,
        &xml,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<RequestPaymentConfiguration xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Payer>BucketOwner</Payer></RequestPaymentConfiguration>"#,
    );
    replay.push(200, &xml, "");
    let session = Session::builder()
        .region("eu-west-1")
        .credentials(boto_services::core::Credentials::new(
            "AKID", "SECRET", None,
        ))
        .http_client(std::sync::Arc::new(replay.clone()))
        .build()
        .unwrap();
    let payment: BucketRequestPayment = S3::new(&session).bucket("paid").request_payment();
    assert_eq!(payment.payer().await.unwrap(), Some(s3::Payer::BucketOwner));
    payment
        .put()
        .with(|r| {
            r.request_payment_configuration(
                s3::RequestPaymentConfiguration::new().payer(s3::Payer::Requester),
            )
        })
        .await
        .unwrap();
    assert!(payment.data().is_none(), "the put cleared the loaded data");
    let sent = replay.requests();
    assert_eq!(sent.len(), 2);
    assert_eq!(
        sent[0].uri.to_string(),
        "https://paid.s3.eu-west-1.amazonaws.com/?requestPayment"
    );
    assert_eq!(sent[1].method, "PUT");
    assert!(
        sent[1].body_str().contains("<Payer>Requester</Payer>"),
        "{}",
        sent[1].body_str()
    );
}
