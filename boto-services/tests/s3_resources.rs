//! The S3 resources (`S3`, `Bucket`, `Object`, `ObjectSummary`) against moto, written as
//! API.md §5 shows them.

use boto_services::core::{Credentials, Session};
use boto_services::s3::{Bucket, Object, ObjectSummary, S3};
use futures::TryStreamExt;
use std::collections::HashMap;
use std::time::Duration;

fn session(moto: &testkit::MotoServer) -> Session {
    Session::builder()
        .region("us-east-1")
        .endpoint_url(moto.endpoint())
        .credentials(Credentials::new("testing", "testing", None))
        .build()
        .unwrap()
}

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
    let s3 = S3::new(&session(&moto));
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
