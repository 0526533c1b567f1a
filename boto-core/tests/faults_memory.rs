//! Peak memory of oversized answers: a server on 127.0.0.1 announcing or sending far more
//! than the session's `max_response_body` must cost no more than the limit plus slack.
//! Its own test binary with one test, so the process's peak RSS (`VmHWM`, reset through
//! `/proc/self/clear_refs` before each case) measures that case alone.

mod support {
    pub mod fault_server;
}

use boto_core::{client, Error, ErrorKind, Op, Shape};
use std::time::Duration;
use support::fault_server::{answer, head, Act, FaultServer};

#[derive(Shape, Debug, Clone, Default)]
pub struct GetThingRequest {
    pub name: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct GetThingOutput {
    pub name: Option<String>,
}

#[client(
    service = "things",
    protocol = "awsJson1_0",
    target_prefix = "Things",
    api_version = "2020-01-01"
)]
pub struct Things {
    get_thing: Op<GetThingRequest, GetThingOutput>,
}

const MIB: u64 = 1024 * 1024;
const SLACK: u64 = 64 * MIB;

/// A `/proc/self/status` field in bytes.
fn status_kib(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status (Linux)");
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .unwrap_or_else(|| panic!("{field} in /proc/self/status"))
        * 1024
}

/// Resets the peak to the current RSS; returns the current RSS.
fn reset_peak() -> u64 {
    std::fs::write("/proc/self/clear_refs", "5").expect("write /proc/self/clear_refs");
    status_kib("VmRSS:")
}

/// How far the peak rose above `base` since the reset.
fn peak_rise(base: u64) -> u64 {
    status_kib("VmHWM:").saturating_sub(base)
}

async fn call(server: &FaultServer, max_body: Option<u64>) -> Result<GetThingOutput, Error> {
    let session = server
        .session_builder(max_body)
        .read_timeout(Duration::from_secs(30))
        .build()
        .expect("session");
    Things::new(&session)
        .get_thing(GetThingRequest::new())
        .await
}

#[tokio::test]
async fn oversized_answers_cost_at_most_the_limit() {
    // 1 GiB sent without a length against a 16 MiB limit: refused past 16 MiB.
    let server = FaultServer::start(vec![Act::Flood {
        head: head(
            200,
            &[
                "content-type: application/x-amz-json-1.0",
                "connection: close",
            ],
        ),
        total: 1 << 30,
    }])
    .await;
    let base = reset_peak();
    let err = call(&server, Some(16 * MIB)).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    assert!(err.to_string().contains("limit of 16777216 bytes"), "{err}");
    let rise = peak_rise(base);
    eprintln!(
        "1 GiB unannounced, 16 MiB limit: peak +{} MiB ({} MiB sent)",
        rise / MIB,
        server.flooded() / MIB
    );
    assert!(
        server.flooded() > 16 * MIB,
        "the server sent past the limit"
    );
    assert!(rise < 16 * MIB + SLACK, "peak rose by {} MiB", rise / MIB);
    assert_eq!(server.connections(), 1, "not retried");
    drop(server);

    // 1 GiB announced and sent, default limit (256 MiB): refused before reading.
    let server = FaultServer::start(vec![Act::Flood {
        head: head(
            200,
            &[
                "content-type: application/x-amz-json-1.0",
                "content-length: 1073741824",
            ],
        ),
        total: 1 << 30,
    }])
    .await;
    let base = reset_peak();
    let err = call(&server, None).await.unwrap_err();
    assert!(
        err.to_string()
            .contains("limit of 268435456 bytes (it announces 1073741824 bytes)"),
        "{err}"
    );
    let rise = peak_rise(base);
    eprintln!("1 GiB announced, default limit: peak +{} MiB", rise / MIB);
    assert!(rise < SLACK, "peak rose by {} MiB", rise / MIB);
    drop(server);

    // Control, last (freed memory the allocator keeps would hide later rises): a 48 MiB
    // answer within a 64 MiB limit is read, and the peak shows it, so the measurement
    // above can fail.
    let body = format!(r#"{{"Name":"{}"}}"#, "n".repeat(48 * MIB as usize));
    let server = FaultServer::start(vec![answer(
        200,
        &[("content-type", "application/x-amz-json-1.0")],
        &body,
    )])
    .await;
    drop(body);
    let base = reset_peak();
    let out = call(&server, Some(64 * MIB)).await.unwrap();
    assert_eq!(out.name.map(|n| n.len() as u64), Some(48 * MIB));
    let rise = peak_rise(base);
    eprintln!("48 MiB answer, 64 MiB limit: peak +{} MiB", rise / MIB);
    assert!(rise >= 48 * MIB, "the peak must see a 48 MiB body: {rise}");
    drop(server);
}
