//! §5 and §6 for S3: the resources (`bucket.objects()`, batch delete, object actions,
//! lazily loaded attributes, waiters, a bucket's `tagging()`) and the managed transfers.

use super::s3_client::{ensure_bucket, BUCKET};
use super::{check, say, TourResult};
use boto_services::core::Session;
use boto_services::s3::{self, TransferConfig, S3};
use futures::{StreamExt, TryStreamExt};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

const LOGS: usize = 300;
const TMP: usize = 5;

pub(crate) async fn run(session: &Session) -> TourResult<()> {
    let s3 = S3::new(session);
    let client = s3.client().clone();
    let bucket = s3.bucket(BUCKET);

    // Seed: 300 objects under logs/ and a few under tmp/, 16 requests at a time.
    let keys = (0..LOGS)
        .map(|i| format!("logs/{i:04}.log"))
        .chain((0..TMP).map(|i| format!("tmp/{i}")));
    futures::stream::iter(keys)
        .map(|key| {
            let client = client.clone();
            async move {
                client
                    .put_object(
                        s3::PutObjectRequest::new()
                            .bucket(BUCKET)
                            .key(key)
                            .body("x"),
                    )
                    .await
            }
        })
        .buffer_unordered(16)
        .try_collect::<Vec<_>>()
        .await?;
    say(
        "s3 res",
        format!("seeded {LOGS} logs/ and {TMP} tmp/ objects"),
    );

    // Every object, lazily paginated; summaries carry their data, no request per object.
    let mut objects = bucket.objects().all();
    let mut count = 0;
    while let Some(obj) = objects.try_next().await? {
        let modified = obj.last_modified().await?;
        check(modified.is_some(), || {
            format!("{} has no last_modified", obj.key())
        })?;
        if count < 2 {
            say("s3 res", format!("{} {:?}", obj.key(), modified));
        }
        count += 1;
    }
    check(count >= LOGS + TMP, || {
        format!("objects().all() gave {count}")
    })?;
    say("s3 res", format!("bucket.objects().all(): {count} objects"));

    let v: Vec<_> = bucket
        .objects()
        .filter(|r| r.prefix("logs/"))
        .page_size(100)
        .limit(250)
        .try_collect()
        .await?;
    check(
        v.len() == 250 && v.iter().all(|o| o.key().starts_with("logs/")),
        || format!("filter/page_size/limit gave {} objects", v.len()),
    )?;
    say(
        "s3 res",
        "objects().filter(prefix logs/).page_size(100).limit(250): 250 objects",
    );

    let deleted = bucket
        .objects()
        .filter(|r| r.prefix("tmp/"))
        .delete()
        .await?;
    let n: usize = deleted.iter().map(|d| d.deleted.len()).sum();
    let left = bucket
        .objects()
        .filter(|r| r.prefix("tmp/"))
        .try_collect::<Vec<_>>()
        .await?
        .len();
    check(n == TMP && left == 0, || {
        format!("batch delete: {n} deleted, {left} left")
    })?;
    say(
        "s3 res",
        format!("objects().filter(prefix tmp/).delete(): {n} deleted in one batch"),
    );

    // The guide's object: bucket "boto3", key "test.py".
    ensure_bucket(&client, "boto3").await?;
    let obj = s3.object("boto3", "test.py");
    obj.put().with(|r| r.body("print('hello')\n")).await?;
    let data = obj.get().await?.body.collect().await?;
    check(data == "print('hello')\n", || {
        format!("get() read {data:?}")
    })?;
    say(
        "s3 res",
        format!(
            "object boto3/test.py get(): {:?}",
            String::from_utf8_lossy(&data)
        ),
    );
    check(obj.data().is_none(), || "data before any load".into())?;
    let modified = obj.last_modified().await?;
    check(modified.is_some() && obj.data().is_some(), || {
        "last_modified() did not load the object".into()
    })?;
    say(
        "s3 res",
        format!("last_modified() loads it (HeadObject): {modified:?}"),
    );
    obj.put().with(|r| r.body("x")).await?;
    check(obj.data().is_none(), || {
        "put() did not clear the loaded data".into()
    })?;
    obj.load().await?;
    obj.reload().await?;
    let size = obj.data().and_then(|d| d.content_length);
    check(size == Some(1), || {
        format!("reloaded content_length {size:?}")
    })?;
    say(
        "s3 res",
        "put() clears loaded data; load(), reload(), data(): 1 byte now",
    );
    bucket.wait_until_exists().await?;
    obj.wait_until_exists().await?;
    say(
        "s3 res",
        "bucket.wait_until_exists(), obj.wait_until_exists()",
    );

    // A bucket's sub-resource: its tags, put by an action and loaded on first access.
    let tagging = bucket.tagging();
    tagging
        .put()
        .with(|r| {
            r.tagging(s3::Tagging::new().tag_set(vec![s3::Tag::new().key("tour").value("s3")]))
        })
        .await?;
    let tags = tagging.tag_set().await?;
    check(tags.len() == 1 && tags[0].key == "tour", || {
        format!("tag_set() gave {tags:?}")
    })?;
    say(
        "s3 res",
        "bucket.tagging().put(..), then tag_set() loads it (GetBucketTagging): tour=s3",
    );

    transfers(&s3).await
}

/// Managed transfers: a 6 MiB file up in two parts, and back down.
async fn transfers(s3: &S3) -> TourResult<()> {
    let dir = std::env::temp_dir().join(format!("boto-rs-tour-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let result = transfer_files(s3, &dir).await;
    let _ = std::fs::remove_dir_all(&dir);
    result
}

async fn transfer_files(s3: &S3, dir: &std::path::Path) -> TourResult<()> {
    const MIB: usize = 1024 * 1024;
    let up = dir.join("upload.bin");
    let down = dir.join("download.bin");
    let content: Vec<u8> = (0..6 * MIB).map(|i| (i % 251) as u8).collect();
    std::fs::write(&up, &content)?;
    let sent = Arc::new(AtomicU64::new(0));
    let counter = sent.clone();
    let config = TransferConfig {
        multipart_threshold: 5 * MIB as u64,
        part_size: 5 * MIB as u64,
        max_concurrency: 4,
        ..TransferConfig::default()
    }
    .on_progress(move |n| {
        counter.fetch_add(n, Ordering::Relaxed);
    });
    let obj = s3.object(BUCKET, "transfers/upload.bin");
    obj.upload_file(&up).config(config).await?;
    let parts = obj.e_tag().await?.unwrap_or_default();
    check(sent.load(Ordering::Relaxed) == content.len() as u64, || {
        format!("progress counted {} bytes", sent.load(Ordering::Relaxed))
    })?;
    check(parts.contains("-2"), || {
        format!("not a two-part upload: ETag {parts}")
    })?;
    obj.download_file(&down).await?;
    let back = std::fs::read(&down)?;
    check(back == content, || {
        "download_file read different bytes".into()
    })?;
    say(
        "transfer",
        format!("upload_file 6 MiB in 2 parts (ETag {parts}), download_file: identical"),
    );
    let parts_of_5_mib = TransferConfig {
        multipart_threshold: 5 * MIB as u64,
        part_size: 5 * MIB as u64,
        ..TransferConfig::default()
    };
    s3.bucket(BUCKET)
        .copy(BUCKET, "transfers/upload.bin", "transfers/copy.bin")
        .config(parts_of_5_mib)
        .await?;
    let copy = s3.object(BUCKET, "transfers/copy.bin");
    let size = copy.content_length().await?;
    check(size == Some(content.len() as i64), || {
        format!("copy has {size:?} bytes")
    })?;
    say(
        "transfer",
        "bucket.copy(..) in parts of 5 MiB: 6 MiB copied",
    );
    Ok(())
}
