//! Managed transfers against moto: multipart upload, ranged download and part copies above
//! the threshold, single requests below it, progress reports and clean failures; a dropped
//! upload is aborted.

#![cfg(feature = "s3")]

use boto_services::s3::{self, TransferConfig, S3};
use std::future::IntoFuture;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

const MIB: usize = 1024 * 1024;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("boto-s3-transfer-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// An S3 resource on `moto`'s endpoint, in us-east-1 with test keys.
fn s3(moto: &testkit::MotoServer) -> S3 {
    S3::new(&testkit::moto_session!(moto))
}

fn counting(config: TransferConfig) -> (TransferConfig, Arc<AtomicU64>) {
    let total = Arc::new(AtomicU64::new(0));
    let seen = total.clone();
    let config = config.on_progress(move |n| {
        seen.fetch_add(n, Ordering::Relaxed);
    });
    (config, total)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn transfers_against_moto() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let s3 = s3(&moto);
    let bucket = s3.bucket("transfers");
    bucket.create().await.unwrap();
    let parts = TransferConfig {
        multipart_threshold: 5 * MIB as u64,
        part_size: 5 * MIB as u64,
        max_concurrency: 3,
        ..TransferConfig::default()
    };

    // 11 MiB: three parts of 5, 5 and 1 MiB.
    let big: Vec<u8> = (0..11 * MIB).map(|i| (i % 253) as u8).collect();
    let src = scratch("big.bin");
    std::fs::write(&src, &big).unwrap();
    let obj = s3.object("transfers", "big.bin");
    let (config, sent) = counting(parts.clone());
    obj.upload_file(&src).config(config).await.unwrap();
    assert_eq!(sent.load(Ordering::Relaxed), big.len() as u64);
    let etag = obj.e_tag().await.unwrap().unwrap();
    assert!(etag.ends_with("-3\""), "a 3-part upload: {etag}");

    let dst = scratch("big.out");
    let (config, received) = counting(parts.clone());
    obj.download_file(&dst).config(config).await.unwrap();
    assert_eq!(received.load(Ordering::Relaxed), big.len() as u64);
    assert!(
        std::fs::read(&dst).unwrap() == big,
        "downloaded bytes differ"
    );

    // Copies: by parts above the threshold, one CopyObject below.
    bucket
        .copy("transfers", "big.bin", "big-copy.bin")
        .config(parts.clone())
        .await
        .unwrap();
    let copy = s3.object("transfers", "big-copy.bin");
    assert_eq!(copy.content_length().await.unwrap(), Some(big.len() as i64));
    assert!(copy.e_tag().await.unwrap().unwrap().ends_with("-3\""));
    let got = copy.get().await.unwrap().body.collect().await.unwrap();
    assert!(got[..] == big[..], "copied bytes differ");

    // Small files: one request each, default configuration.
    let small = scratch("small.txt");
    std::fs::write(&small, b"tiny file").unwrap();
    bucket.upload_file(&small, "dir/small.txt").await.unwrap();
    s3.object("transfers", "dir/small copy.txt")
        .copy("transfers", "dir/small.txt")
        .await
        .unwrap();
    let back = scratch("small.out");
    bucket
        .download_file("dir/small copy.txt", &back)
        .await
        .unwrap();
    assert_eq!(std::fs::read(&back).unwrap(), b"tiny file");

    // Failures: a missing object leaves no file; a missing source file is an error.
    let missing = scratch("missing.out");
    let err = bucket.download_file("nope", &missing).await.unwrap_err();
    assert_eq!(err.status(), Some(404), "{err:?}");
    assert!(!missing.exists());
    let leftovers = std::fs::read_dir(missing.parent().unwrap())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".download"))
        })
        .count();
    assert_eq!(leftovers, 0);
    let err = bucket
        .upload_file(scratch("does-not-exist"), "x")
        .await
        .unwrap_err();
    assert!(err.to_string().contains("does-not-exist"), "{err}");
    let uploads = bucket
        .client()
        .list_multipart_uploads(s3::ListMultipartUploadsRequest::new().bucket("transfers"))
        .await
        .unwrap();
    assert!(uploads.uploads.is_empty(), "no upload left behind");
    let _ = std::fs::remove_dir_all(src.parent().unwrap());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dropped_upload_leaves_no_multipart_upload() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let s3 = s3(&moto);
    let bucket = s3.bucket("dropped");
    bucket.create().await.unwrap();
    let list = || async {
        bucket
            .client()
            .list_multipart_uploads(s3::ListMultipartUploadsRequest::new().bucket("dropped"))
            .await
            .unwrap()
            .uploads
    };

    // 16 MiB in parts of 5 MiB, one at a time: dropped once the first part is stored.
    // Its own file: the other test removes the shared scratch directory when done.
    let src = std::env::temp_dir().join(format!("boto-s3-dropped-{}.bin", std::process::id()));
    std::fs::write(&src, vec![7u8; 16 * MIB]).unwrap();
    let first_part = Arc::new(tokio::sync::Notify::new());
    let stored = first_part.clone();
    let config = TransferConfig {
        multipart_threshold: 5 * MIB as u64,
        part_size: 5 * MIB as u64,
        max_concurrency: 1,
        ..TransferConfig::default()
    }
    .on_progress(move |_| stored.notify_one());
    let mut upload = Box::pin(
        bucket
            .upload_file(&src, "dropped.bin")
            .config(config)
            .into_future(),
    );
    tokio::select! {
        _ = first_part.notified() => {}
        r = &mut upload => panic!("the upload finished: {r:?}"),
    }
    let open = list().await;
    assert_eq!(open.len(), 1, "the upload is under way: {open:?}");
    drop(upload);

    // The abort runs on its own task: wait for it (bounded, so a failure cannot hang).
    let mut left = open;
    for _ in 0..2400 {
        left = list().await;
        if left.is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(
        left.is_empty(),
        "the dropped upload was not aborted: {left:?}"
    );
    let err = s3
        .object("dropped", "dropped.bin")
        .content_length()
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(404), "{err:?}");
    let _ = std::fs::remove_file(&src);
}
