use super::download::parse_content_range;
use super::upload::{copy_source, send_parts};
use super::*;
use crate::s3::CompletedPart;
use std::sync::atomic::{AtomicUsize, Ordering};

const GIB: u64 = 1024 * MIB;
const TIB: u64 = 1024 * GIB;

#[test]
fn part_sizes() {
    let c = TransferConfig::default();
    assert_eq!(c.parts(20 * MIB), (8 * MIB, 3));
    let small = TransferConfig {
        part_size: 1,
        ..TransferConfig::default()
    };
    assert_eq!(small.parts(11 * MIB), (5 * MIB, 3), "at least 5 MiB");
    let huge = TransferConfig {
        part_size: 8 * GIB,
        ..TransferConfig::default()
    };
    assert_eq!(huge.parts(20 * GIB), (5 * GIB, 4), "at most 5 GiB");
    // Raised only as far as 10,000 parts need.
    assert_eq!(c.parts(10_000 * 8 * MIB), (8 * MIB, 10_000));
    assert_eq!(c.parts(10_000 * 8 * MIB + 1), (8 * MIB + 1, 10_000));
    let (size, count) = c.parts(TIB);
    assert_eq!((size, count), (TIB.div_ceil(10_000), 10_000));
}

#[test]
fn upload_memory_is_concurrency_times_part_size_within_max_memory() {
    let c = TransferConfig::default();
    assert_eq!(
        c.upload_memory(MIB),
        0,
        "below the threshold: one streamed PutObject"
    );
    assert_eq!(c.upload_memory(50 * GIB), 10 * 8 * MIB);
    // 1 TiB: parts of ~105 MiB; two fit in 256 MiB.
    let part = TIB.div_ceil(10_000);
    assert_eq!(c.upload_concurrency(part), 2);
    assert_eq!(c.upload_memory(TIB), 2 * part);
    // 5 TiB: one part of ~525 MiB is over max_memory, but one part is always sent.
    let part = (5 * TIB).div_ceil(10_000);
    assert_eq!(c.upload_memory(5 * TIB), part);
    let mut sizes = vec![8 * MIB, 100 * GIB, TIB, 3 * TIB];
    sizes.extend((1..40).map(|i| i * 61 * GIB));
    for len in sizes {
        let (part, _) = c.parts(len);
        assert!(
            c.upload_memory(len) <= c.max_memory.max(part),
            "{len}: {} bytes",
            c.upload_memory(len)
        );
    }
    let tight = TransferConfig {
        max_concurrency: 0,
        max_memory: 0,
        ..TransferConfig::default()
    };
    assert_eq!(tight.upload_concurrency(8 * MIB), 1, "never below one part");
}

/// A part buffer that counts itself while alive.
struct Buffer<'a>(&'a AtomicUsize);

impl Drop for Buffer<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

#[tokio::test]
async fn send_parts_holds_at_most_concurrency_buffers() {
    let (live, peak, reads) = (
        AtomicUsize::new(0),
        AtomicUsize::new(0),
        AtomicUsize::new(0),
    );
    let parts = send_parts(
        7,
        3,
        |_| async {
            reads.fetch_add(1, Ordering::SeqCst);
            let now = live.fetch_add(1, Ordering::SeqCst) + 1;
            peak.fetch_max(now, Ordering::SeqCst);
            Ok(Buffer(&live))
        },
        |n, buffer| async move {
            // Parked a few times while holding its buffer, as a part being sent is.
            for _ in 0..n {
                tokio::task::yield_now().await;
            }
            drop(buffer);
            Ok(CompletedPart::new()
                .part_number(n as i32)
                .e_tag(format!("e{n}")))
        },
    )
    .await
    .unwrap();
    let numbers: Vec<_> = parts.iter().map(|p| p.part_number).collect();
    assert_eq!(
        numbers,
        (1..=7).map(Some).collect::<Vec<_>>(),
        "in part order"
    );
    assert_eq!(reads.load(Ordering::SeqCst), 7);
    assert_eq!(
        peak.load(Ordering::SeqCst),
        3,
        "three parts in flight, never more"
    );
    assert_eq!(live.load(Ordering::SeqCst), 0);
}

#[tokio::test]
async fn send_parts_stops_at_the_first_error() {
    let reads = AtomicUsize::new(0);
    let err = send_parts(
        100,
        2,
        |_| async {
            reads.fetch_add(1, Ordering::SeqCst);
            Ok(())
        },
        |n, ()| async move {
            if n == 3 {
                Err(Error::decode("part 3 failed"))
            } else {
                tokio::task::yield_now().await;
                Ok(CompletedPart::new().part_number(n as i32))
            }
        },
    )
    .await
    .unwrap_err();
    assert!(err.to_string().contains("part 3 failed"), "{err}");
    assert!(
        reads.load(Ordering::SeqCst) <= 4,
        "{} parts read",
        reads.load(Ordering::SeqCst)
    );
}

#[test]
fn content_ranges() {
    assert_eq!(parse_content_range("bytes 0-99/1000"), Some((0, 99, 1000)));
    assert_eq!(
        parse_content_range("bytes 999-999/1000"),
        Some((999, 999, 1000))
    );
    for bad in [
        "",
        "bytes */1000",
        "bytes 0-99/*",
        "bytes 0-99",
        "0-99/1000",
        "bytes 99-0/1000",
        "bytes 0-1000/1000",
        "bytes -1-99/1000",
        "bytes +0-99/1000",
        "bytes 0-99/99999999999999999999999",
        "items 0-99/1000",
    ] {
        assert_eq!(parse_content_range(bad), None, "{bad:?}");
    }
}

#[test]
fn copy_sources_are_encoded() {
    assert_eq!(copy_source("b", "dir/a b+c.txt"), "b/dir/a%20b%2Bc.txt");
    assert_eq!(copy_source("b", "é"), "b/%C3%A9");
}
