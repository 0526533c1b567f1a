//! The installed botocore's data directory (the one moto runs on): its service models,
//! paginators and waiters, read at test and bench time, never copied into the repository.
//! `BOTOCORE_DATA` overrides where it is; under `CI=true` a missing botocore is a failure.

#![allow(dead_code)]

use boto_core::dynamic::{DynamicClient, ServiceModel};
use boto_core::{Credentials, Session};
use std::path::{Path, PathBuf};

/// botocore's `data` directory, or `None` (with a note) outside CI when it is missing.
pub fn data_dir() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("BOTOCORE_DATA") {
        return Some(PathBuf::from(p));
    }
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), 'data'))",
        ])
        .output()
        .ok()
        .filter(|o| o.status.success());
    let ci = matches!(std::env::var("CI").as_deref(), Ok("true") | Ok("1"));
    match out {
        Some(o) => Some(PathBuf::from(String::from_utf8_lossy(&o.stdout).trim())),
        None if ci => panic!("botocore (installed with boto3/moto) is required under CI=true"),
        None => {
            eprintln!("skipping: botocore is not installed (pip install boto3)");
            None
        }
    }
}

/// The newest API version directory of `service` that has a service model.
pub fn service_dir(data: &Path, service: &str) -> PathBuf {
    let mut versions: Vec<PathBuf> = std::fs::read_dir(data.join(service))
        .unwrap_or_else(|e| panic!("{}/{service}: {e}", data.display()))
        .flatten()
        .map(|d| d.path())
        .filter(|p| p.join("service-2.json.gz").is_file() || p.join("service-2.json").is_file())
        .collect();
    versions.sort();
    versions
        .pop()
        .unwrap_or_else(|| panic!("no model of {service} under {}", data.display()))
}

/// A file of the service's newest version, `.gz` or plain; `None` when it has none.
pub fn read(data: &Path, service: &str, name: &str) -> Option<Vec<u8>> {
    let dir = service_dir(data, service);
    [format!("{name}.gz"), name.to_owned()]
        .iter()
        .find_map(|n| std::fs::read(dir.join(n)).ok())
}

/// The service's real model.
pub fn model(data: &Path, service: &str) -> ServiceModel {
    let bytes = read(data, service, "service-2.json")
        .unwrap_or_else(|| panic!("no service-2.json for {service}"));
    ServiceModel::from_json(&bytes).unwrap_or_else(|e| panic!("{service} model: {e}"))
}

/// A `DynamicClient` of the real model, with the service's paginators and waiters when
/// botocore has them, talking to `endpoint` (a moto server) in us-east-1.
pub fn client(data: &Path, service: &str, endpoint: &str) -> DynamicClient {
    let session = Session::builder()
        .region("us-east-1")
        .endpoint_url(endpoint)
        .credentials(Credentials::new("testing", "testing", None))
        .build()
        .expect("session");
    let mut c = DynamicClient::new(&session, model(data, service));
    if let Some(p) = read(data, service, "paginators-1.json") {
        c = c.with_paginators(&p).expect("paginators compile");
    }
    if let Some(w) = read(data, service, "waiters-2.json") {
        c = c.with_waiters(&w).expect("waiters compile");
    }
    c
}
