//! §2 The S3 client: operations, `_pages`, `_items`, a waiter and a presigned URL.

use super::{check, say, tolerate, TourResult};
use boto_services::core::{ByteStream, Session};
use boto_services::s3;
use futures::TryStreamExt;
use std::time::Duration;

/// The seed bucket and its first objects.
pub(crate) const BUCKET: &str = "mybucket";
const SEED: [(&str, &str); 3] = [
    ("boto3/test.py", "print('hello from boto3/test.py')\n"),
    ("hello.txt", "hello"),
    ("notes/today.txt", "write the tour"),
];

/// Creates `name`, or keeps it when it is already there (a server the tour does not own).
pub(crate) async fn ensure_bucket(client: &s3::Client, name: &str) -> TourResult<()> {
    tolerate(
        client
            .create_bucket(s3::CreateBucketRequest::new().bucket(name))
            .await,
        &["BucketAlreadyOwnedByYou", "BucketAlreadyExists"],
    )?;
    Ok(())
}

pub(crate) async fn run(session: &Session) -> TourResult<()> {
    let client = s3::Client::new(session);
    ensure_bucket(&client, BUCKET).await?;
    client
        .wait_until_bucket_exists(s3::HeadBucketRequest::new().bucket(BUCKET))
        .delay(Duration::from_secs(1))
        .max_attempts(30)
        .await?;
    say(
        "s3",
        format!("bucket {BUCKET} exists (waiter: 1 s delay, 30 attempts)"),
    );
    for (key, body) in SEED {
        client
            .put_object(
                s3::PutObjectRequest::new()
                    .bucket(BUCKET)
                    .key(key)
                    .content_type("text/plain")
                    .body(body),
            )
            .await?;
    }

    // list_objects_v2, then get_object for every key listed.
    let out = client
        .list_objects_v2(s3::ListObjectsV2Request::new().bucket(BUCKET))
        .await?;
    for o in &out.contents {
        let got = client
            .get_object(s3::GetObjectRequest::new().bucket(BUCKET).key(&o.key))
            .await?;
        let body = got.body.collect().await?;
        say(
            "s3",
            format!("{} {:?} ({} bytes)", o.key, got.last_modified, body.len()),
        );
        check(got.last_modified.is_some(), || {
            format!("{} has no Last-Modified", o.key)
        })?;
        if let Some((_, seeded)) = SEED.iter().find(|(k, _)| *k == o.key) {
            check(body == seeded.as_bytes(), || {
                format!("{} read back wrong", o.key)
            })?;
        }
    }
    for (key, _) in SEED {
        check(out.contents.iter().any(|o| o.key == key), || {
            format!("{key} not listed")
        })?;
    }

    // _pages: a Stream of outputs (two keys a page here).
    let mut pages =
        client.list_objects_v2_pages(s3::ListObjectsV2Request::new().bucket(BUCKET).max_keys(2));
    let mut page_count = 0;
    let mut listed = 0;
    while let Some(page) = pages.try_next().await? {
        page_count += 1;
        listed += page.contents.len();
    }
    check(page_count >= 2 && listed == out.contents.len(), || {
        format!("{page_count} pages with {listed} keys")
    })?;
    say(
        "s3",
        format!("list_objects_v2_pages: {listed} keys in {page_count} pages of 2"),
    );

    // _items: a Stream of the listed objects.
    let req = s3::ListObjectsV2Request::new().bucket(BUCKET).max_keys(2);
    let keys: Vec<_> = client
        .list_objects_v2_items(req)
        .map_ok(|o| o.key)
        .try_collect()
        .await?;
    check(keys.len() == out.contents.len(), || {
        format!("items {keys:?}")
    })?;
    say("s3", format!("list_objects_v2_items: {keys:?}"));

    // A presigned URL, fetched without credentials through the session's transport.
    let url = client.presign_get_object(
        s3::GetObjectRequest::new().bucket(BUCKET).key("hello.txt"),
        Duration::from_secs(900),
    )?;
    let mut req = http::Request::builder()
        .method(url.method.clone())
        .uri(&url.uri);
    for (name, value) in &url.headers {
        req = req.header(name, value);
    }
    let resp = session
        .http_client()
        .send(req.body(ByteStream::empty())?)
        .await?;
    let status = resp.status();
    let body = resp.into_body().collect().await?;
    check(status == 200 && body == "hello", || {
        format!("presigned GET answered {status} {body:?}")
    })?;
    let base = url.uri.split('?').next().unwrap_or_default();
    say(
        "s3",
        format!(
            "presign_get_object: {} {base}?X-Amz-Signature=.. -> {status} {body:?}",
            url.method
        ),
    );
    Ok(())
}
