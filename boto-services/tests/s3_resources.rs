//! The S3 resources (`S3`, `Bucket`, `Object`, `ObjectSummary`, `ObjectVersion`,
//! `MultipartUpload`, `BucketPolicy`) against moto, written as API.md §5 shows them.

#![cfg(feature = "s3")]

use boto_services::core::Session;
use boto_services::s3::{
    self, Bucket, BucketPolicy, MultipartUpload, MultipartUploadPart, Object, ObjectSummary,
    ObjectVersion, S3,
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
