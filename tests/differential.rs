//! The differential test: one S3/SQS/DynamoDB scenario run with boto3
//! (`tests/differential/scenario.py`) and with boto-services, against the same moto (reset
//! in between). Both print a JSON summary of what a user observes (keys listed, bodies,
//! metadata, messages, items, error codes); the summaries must be equal.
#[path = "differential/dynamodb_steps.rs"]
mod dynamodb_steps;
#[path = "differential/s3_steps.rs"]
mod s3_steps;
#[path = "differential/sqs_steps.rs"]
mod sqs_steps;

use boto_services::core::{Credentials, Result, Session};
use dynamodb_steps::dynamodb_steps;
use s3_steps::s3_steps;
use serde_json::{json, Value};
use sqs_steps::sqs_steps;
use std::process::Command;
use testkit::MotoServer;

const BUCKET: &str = "diff-bucket";
const QUEUE: &str = "diff-queue";
const TABLE: &str = "diff-table";
const ODD_KEY: &str = "z key+plus/\u{fc}.txt";

/// True when `python3` can import boto3.
fn boto3_available() -> bool {
    Command::new("python3")
        .args(["-c", "import boto3"])
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false)
}

fn boto3_summary(endpoint: &str) -> Value {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/differential/scenario.py"
    );
    let out = Command::new("python3")
        .arg(script)
        .env("AWS_ENDPOINT_URL", endpoint)
        .output()
        .expect("run python3");
    assert!(
        out.status.success(),
        "scenario.py failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("scenario.py prints JSON")
}

/// The error code `r` failed with (`None` when it succeeded).
fn code<T>(r: Result<T>) -> Value {
    match r {
        Ok(_) => Value::Null,
        Err(e) => json!(e.code()),
    }
}

/// The code boto3 shows: a query-compatible JSON service's legacy code when it sent one
/// (SQS: `AWS.SimpleQueueService.NonExistentQueue`; `code()` is the modeled
/// `QueueDoesNotExist`), else the code.
fn boto3_code<T>(r: Result<T>) -> Value {
    match r {
        Ok(_) => Value::Null,
        Err(e) => {
            let legacy = e.service_error().and_then(|s| s.legacy_code.as_deref());
            assert!(
                legacy.is_none_or(|l| e.is_code(l)),
                "is_code matches the legacy code"
            );
            json!(legacy.or(e.code()))
        }
    }
}

async fn rust_summary(endpoint: &str) -> Result<Value> {
    let session = Session::builder()
        .region("us-east-1")
        .endpoint_url(endpoint)
        .credentials(Credentials::new("testing", "testing", None))
        .build()?;
    Ok(json!({
        "s3": s3_steps(&session).await?,
        "sqs": sqs_steps(&session).await?,
        "dynamodb": dynamodb_steps(&session).await?,
    }))
}

/// The first path (`a.b[2].c`) where two JSON values differ, for a readable failure.
fn first_difference(path: &str, a: &Value, b: &Value) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            keys.into_iter().find_map(|k| {
                let (va, vb) = (
                    x.get(k).unwrap_or(&Value::Null),
                    y.get(k).unwrap_or(&Value::Null),
                );
                first_difference(&format!("{path}.{k}"), va, vb)
            })
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
            .iter()
            .zip(y)
            .enumerate()
            .find_map(|(i, (va, vb))| first_difference(&format!("{path}[{i}]"), va, vb)),
        _ if a == b => None,
        _ => Some(format!("{path}: boto3 {a} / boto-services {b}")),
    }
}

#[test]
fn boto3_and_boto_services_observe_the_same() {
    if !boto3_available() {
        assert!(
            !testkit::in_ci(),
            "boto3 is required under CI=true (pip install boto3)"
        );
        eprintln!("skipping: python3 cannot import boto3 (pip install boto3)");
        return;
    }
    let Some(moto) = MotoServer::start_or_skip() else {
        return;
    };
    let expected = boto3_summary(&moto.endpoint());
    moto.reset();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let actual = match runtime.block_on(rust_summary(&moto.endpoint())) {
        Ok(v) => v,
        Err(e) => panic!("the boto-services scenario failed: {e:?}"),
    };

    // Sanity: the scenario observed something in each service.
    assert_eq!(expected["s3"]["get"]["body"], "alpha");
    assert_eq!(
        expected["sqs"]["received"].as_array().map(Vec::len),
        Some(3)
    );
    assert_eq!(
        expected["dynamodb"]["item"]["big"]["N"],
        "12345678901234567890.123456789"
    );
    if let Some(diff) = first_difference("", &expected, &actual) {
        panic!(
            "boto3 and boto-services differ at {diff}\nboto3: {}\nboto-services: {}",
            serde_json::to_string_pretty(&expected).unwrap_or_default(),
            serde_json::to_string_pretty(&actual).unwrap_or_default()
        );
    }
    assert_eq!(expected, actual);
}
