//! The differential test: one S3/SQS/DynamoDB/EC2 scenario, and the resources of SNS, IAM,
//! CloudWatch and DynamoDB, run with boto3
//! (`tests/differential/scenario.py`) and with boto-services, against the same moto (reset
//! in between). Both print a JSON summary of what a user observes (keys listed, bodies,
//! metadata, owners, storage classes, versions, timestamps, messages, items, instances,
//! error codes); the summaries must be equal once what moto makes up is normalised: values
//! it picks at random (ids, version ids, addresses), marked `{"random": v}`, and the clock,
//! timestamps marked `{"time_ms": ms}` (see [`normalise`]).
mod dynamodb_resource_steps;
mod dynamodb_steps;
mod ec2_steps;
mod resource_steps;
mod s3_steps;
mod sqs_steps;

use boto_services::core::DateTime;
use boto_services::core::Result;
use dynamodb_resource_steps::dynamodb_resource_steps;
use dynamodb_steps::dynamodb_steps;
use ec2_steps::ec2_steps;
use resource_steps::resource_steps;
use s3_steps::{s3_steps, s3_version_steps};
use serde_json::{json, Value};
use sqs_steps::sqs_steps;
use std::process::Command;
use std::time::{SystemTime, UNIX_EPOCH};
use testkit::MotoServer;

const BUCKET: &str = "diff-bucket";
const QUEUE: &str = "diff-queue";
const TABLE: &str = "diff-table";
const ODD_KEY: &str = "z key+plus/\u{fc}.txt";
const VERSIONED: &str = "diff-versions";
const AMI: &str = "ami-12c6146b";

/// A value moto picks at random (scenario.py's `rnd`).
fn rnd(value: Option<&str>) -> Value {
    value.map_or(Value::Null, |v| json!({ "random": v }))
}

/// A timestamp as milliseconds since the epoch (scenario.py's `ts`).
fn ts(value: Option<DateTime>) -> Value {
    value.map_or(Value::Null, |t| json!({ "time_ms": t.as_millis() }))
}

/// Milliseconds since the epoch, now.
fn now_ms() -> i64 {
    let since = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("after 1970");
    i64::try_from(since.as_millis()).expect("in range")
}

/// A summary with moto's made-up values replaced, everything else kept:
/// - `{"random": v}` becomes `"<random N>"`, N counting distinct values in the order they
///   first appear (object keys sorted, as scenario.py prints them): equal ids stay equal,
///   different ones stay different, wherever they appear;
/// - `{"time_ms": ms}` becomes `"<clock>+NNNms"`, keeping the milliseconds past the second
///   (the precision a parser kept), once `ms` lies within `window` (the run's start and end,
///   widened by moto's whole-second truncation); a timestamp outside it is kept as it is
///   and named in `problems`.
fn normalise(
    value: &Value,
    window: (i64, i64),
    seen: &mut Vec<String>,
    problems: &mut Vec<String>,
) -> Value {
    match value {
        Value::Object(map) if map.len() == 1 && map.contains_key("random") => {
            let v = map["random"].to_string();
            let n = match seen.iter().position(|s| *s == v) {
                Some(n) => n,
                None => {
                    seen.push(v);
                    seen.len() - 1
                }
            };
            json!(format!("<random {}>", n + 1))
        }
        Value::Object(map) if map.len() == 1 && map.contains_key("time_ms") => {
            match map["time_ms"].as_i64() {
                Some(ms) if (window.0..=window.1).contains(&ms) => {
                    json!(format!("<clock>+{:03}ms", ms.rem_euclid(1000)))
                }
                _ => {
                    problems.push(format!("{value} is not within {window:?}"));
                    value.clone()
                }
            }
        }
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let out: serde_json::Map<String, Value> = keys
                .into_iter()
                .map(|k| (k.clone(), normalise(&map[k], window, seen, problems)))
                .collect();
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(
            items
                .iter()
                .map(|v| normalise(v, window, seen, problems))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// `summary` normalised for the run between `start` and `end` (milliseconds since the
/// epoch); panics naming any timestamp outside the run.
fn normalised(who: &str, summary: &Value, start: i64, end: i64) -> Value {
    let mut problems = Vec::new();
    let window = (start - 2000, end + 1000);
    let out = normalise(summary, window, &mut Vec::new(), &mut problems);
    assert!(
        problems.is_empty(),
        "{who}: timestamps outside the run: {problems:?}"
    );
    out
}

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

async fn rust_summary(moto: &MotoServer) -> Result<Value> {
    let session = testkit::moto_session!(moto);
    Ok(json!({
        "resources": resource_steps(&session).await?,
        "s3": s3_steps(&session).await?,
        "sqs": sqs_steps(&session).await?,
        "dynamodb": dynamodb_steps(&session).await?,
        "dynamodb_resources": dynamodb_resource_steps(&session).await?,
        "ec2": ec2_steps(&session).await?,
        "s3_versions": s3_version_steps(&session).await?,
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
    let start = now_ms();
    let expected = boto3_summary(&moto.endpoint());
    let expected = normalised("boto3", &expected, start, now_ms());
    moto.reset();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let start = now_ms();
    let actual = match runtime.block_on(rust_summary(&moto)) {
        Ok(v) => normalised("boto-services", &v, start, now_ms()),
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
    assert_eq!(
        expected["ec2"]["described"].as_array().map(Vec::len),
        Some(2)
    );
    assert_eq!(
        expected["ec2"]["errors"]["vpc_in_use"],
        "DependencyViolation"
    );
    assert_eq!(
        expected["s3_versions"]["versions"].as_array().map(Vec::len),
        Some(2)
    );
    assert_eq!(expected["s3"]["head_cold"]["storage_class"], "STANDARD_IA");
    assert_eq!(expected["resources"]["alarm"][1], "ALARM");
    assert_eq!(
        expected["resources"]["access_keys"]
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    // Normalising keeps different ids apart and equal ones equal.
    assert_ne!(
        expected["ec2"]["described"][0]["id"],
        expected["ec2"]["described"][1]["id"]
    );
    assert_ne!(
        expected["s3_versions"]["put"][0],
        expected["s3_versions"]["put"][1]
    );
    assert_eq!(
        expected["s3_versions"]["get_first"][1],
        expected["s3_versions"]["put"][0]
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
