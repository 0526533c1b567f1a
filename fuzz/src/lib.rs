//! Shared set-up of the fuzz targets: the real botocore models of the installed botocore
//! (`BOTOCORE_DATA`, else asked of `python3`), loaded once, and one call that feeds an
//! arbitrary response to the protocol engine's parser. Any outcome but a panic is fine:
//! malformed input must be an `Err`.
//!
//! Run one target for 150 s (stable toolchain; no sanitizer needed for safe Rust):
//! `cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run -s none rest_xml_response -- -max_total_time=150`
//! with `json_response`, `rest_xml_response`, `query_xml_response`, `error_response`,
//! `timestamp` or `headers`.

use boto_core::dynamic::ServiceModel;
use boto_core::protocol::parse_response;
use bytes::Bytes;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::OnceLock;

fn data_dir() -> PathBuf {
    if let Ok(p) = std::env::var("BOTOCORE_DATA") {
        return PathBuf::from(p);
    }
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), 'data'))",
        ])
        .output()
        .expect("python3 with botocore (pip install boto3), or BOTOCORE_DATA");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

fn load(service: &str) -> ServiceModel {
    let dir = data_dir().join(service);
    let mut versions: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("botocore service directory")
        .flatten()
        .map(|d| d.path())
        .filter(|p| p.join("service-2.json.gz").is_file())
        .collect();
    versions.sort();
    let path = versions.pop().expect("a model").join("service-2.json.gz");
    ServiceModel::from_json(&std::fs::read(path).expect("model file")).expect("model")
}

/// The real model of `service` (`s3`, `dynamodb`, `ec2`, ...), loaded once per process.
pub fn model(service: &'static str) -> &'static ServiceModel {
    static MODELS: OnceLock<HashMap<&'static str, ServiceModel>> = OnceLock::new();
    let models = MODELS.get_or_init(|| {
        ["s3", "dynamodb", "sqs", "ec2", "sns", "iam", "apigateway"]
            .into_iter()
            .map(|s| (s, load(s)))
            .collect()
    });
    &models[service]
}

/// Parses `body` as the response of `op` with `status` and `headers`; the result is
/// dropped, a panic is the finding.
pub fn parse(
    service: &'static str,
    op: &str,
    status: u16,
    headers: &[(&str, &[u8])],
    body: &[u8],
) {
    let m = model(service);
    let op = m.operation(op).expect("operation");
    let mut resp = http::Response::builder().status(status);
    for (name, value) in headers {
        if let Ok(v) = http::HeaderValue::from_bytes(value) {
            resp = resp.header(*name, v);
        }
    }
    let resp = resp
        .body(Bytes::copy_from_slice(body))
        .expect("response");
    let (parts, body) = resp.into_parts();
    let again = http::Response::from_parts(parts.clone(), body.clone());
    let _ = parse_response(&m.meta, &m.shapes, op, http::Response::from_parts(parts, body));
    // The readers of typed outputs (streamed XML, one-pass JSON).
    let _ = boto_core::protocol::parse_response_streamed(&m.meta, &m.shapes, op, again);
}

/// Splits the first byte off `data` as a selector.
pub fn split(data: &[u8]) -> (u8, &[u8]) {
    match data.split_first() {
        Some((b, rest)) => (*b, rest),
        None => (0, data),
    }
}
