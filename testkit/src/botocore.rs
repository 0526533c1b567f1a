//! The installed botocore's data directory (the one moto runs on): its service models,
//! paginators and waiters, read at test and bench time, never copied into the repository.
//! `BOTOCORE_DATA` overrides where it is; under `CI=true` a missing botocore is a failure.

use std::path::{Path, PathBuf};
use std::process::Command;

/// botocore's `data` directory, or `None` (with a note) outside CI when it is missing.
pub fn data_dir() -> Option<PathBuf> {
    if let Ok(p) = std::env::var("BOTOCORE_DATA") {
        return Some(PathBuf::from(p));
    }
    let out = Command::new("python3")
        .args([
            "-c",
            "import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), 'data'))",
        ])
        .output()
        .ok()
        .filter(|o| o.status.success());
    match out {
        Some(o) => Some(PathBuf::from(String::from_utf8_lossy(&o.stdout).trim())),
        None if crate::in_ci() => {
            panic!("botocore (installed with boto3/moto) is required under CI=true")
        }
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

/// The service's `service-2.json` (or `.gz`) bytes; panics when it has none.
pub fn model_json(data: &Path, service: &str) -> Vec<u8> {
    read(data, service, "service-2.json")
        .unwrap_or_else(|| panic!("no service-2.json for {service}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_newest_version_with_a_model_is_read_gz_first() {
        let root = std::env::temp_dir().join(format!("testkit-botocore-{}", std::process::id()));
        let svc = root.join("svc");
        for v in ["2010-01-01", "2020-01-01", "2030-01-01"] {
            std::fs::create_dir_all(svc.join(v)).unwrap();
        }
        std::fs::write(svc.join("2010-01-01/service-2.json"), b"old").unwrap();
        std::fs::write(svc.join("2020-01-01/service-2.json"), b"plain").unwrap();
        std::fs::write(svc.join("2020-01-01/service-2.json.gz"), b"gz").unwrap();
        // 2030-01-01 has no model: not a candidate.
        std::fs::write(svc.join("2030-01-01/waiters-2.json"), b"w").unwrap();
        let found = service_dir(&root, "svc");
        let bytes = model_json(&root, "svc");
        let missing = read(&root, "svc", "paginators-1.json");
        std::fs::remove_dir_all(&root).unwrap();
        assert_eq!(found, svc.join("2020-01-01"));
        assert_eq!(bytes, b"gz");
        assert_eq!(missing, None);
    }
}
