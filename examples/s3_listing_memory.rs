//! Memory of a large listing: fills a moto bucket with 100,000 empty objects, then streams
//! `bucket.objects().all()` and prints the peak resident set size (`VmHWM`) before and
//! after. Streaming keeps one page (1,000 summaries) alive at a time, so the peak stays
//! flat however large the bucket is.
//!
//! `cargo run --release --example s3_listing_memory [-- OBJECTS]` (default 100000). Uses
//! `AWS_ENDPOINT_URL` when set, else a local moto it starts.

use boto_services::s3::{self, S3};
use futures::{StreamExt, TryStreamExt};
use std::time::Instant;

const BUCKET: &str = "listing-memory";

/// A line of /proc/self/status in MiB (`VmHWM`: peak RSS, `VmRSS`: current).
fn status_mib(field: &str) -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn show(what: &str) {
    let mib = |f| status_mib(f).map_or("n/a".to_owned(), |m| format!("{m:.1} MiB"));
    println!(
        "{what}: peak RSS (VmHWM) {}, RSS {}",
        mib("VmHWM:"),
        mib("VmRSS:")
    );
}

/// Resets VmHWM to the current RSS (Linux: `5` into /proc/self/clear_refs).
fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let total: usize = match std::env::args().nth(1) {
        Some(n) => n.parse()?,
        None => 100_000,
    };
    let (session, _moto) = boto_examples::example_session(Some("us-east-1"))?;
    let s3 = S3::new(&session);
    let client = s3.client().clone();
    show("start");

    let started = Instant::now();
    client
        .create_bucket(s3::CreateBucketRequest::new().bucket(BUCKET))
        .await?;
    futures::stream::iter(0..total)
        .map(|i| {
            let client = client.clone();
            async move {
                client
                    .put_object(
                        s3::PutObjectRequest::new()
                            .bucket(BUCKET)
                            .key(format!("objects/{i:07}")),
                    )
                    .await
            }
        })
        .buffer_unordered(32)
        .try_for_each(|_| async { Ok(()) })
        .await?;
    let fill = started.elapsed();
    println!(
        "filled {total} objects in {:.1?} ({:.0} PutObject/s, 32 in flight)",
        fill,
        total as f64 / fill.as_secs_f64()
    );
    show("after the fill");
    let reset = reset_peak();
    show(if reset {
        "peak reset before the listing"
    } else {
        "peak NOT reset (no /proc/self/clear_refs): it includes the fill"
    });

    let started = Instant::now();
    let mut objects = s3.bucket(BUCKET).objects().all();
    let mut count = 0usize;
    let mut bytes = 0i64;
    while let Some(obj) = objects.try_next().await? {
        count += 1;
        bytes += obj.size().await?.unwrap_or(0);
    }
    println!(
        "streamed {count} objects ({bytes} bytes in all) through bucket.objects().all() in {:.1?}",
        started.elapsed()
    );
    show("after the listing");
    if count != total {
        return Err(format!("listed {count} objects, expected {total}").into());
    }
    if let Some(peak) = status_mib("VmHWM:") {
        println!(
            "listing peak RSS {peak:.1} MiB: {} the 50 MB budget",
            if peak * 1.048_576 < 50.0 {
                "under"
            } else {
                "OVER"
            }
        );
    }
    Ok(())
}
