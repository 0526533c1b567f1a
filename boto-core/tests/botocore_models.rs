//! Every `service-2.json.gz` of the installed botocore (the one moto runs on) loads with
//! `ServiceModel::from_json`, and every operation of every service either builds a request
//! from an empty input or is refused as invalid input (missing required members, labels):
//! never a panic, never another kind of error. Prints how many models, operations and
//! shapes were read, and how long loading took.

use boto_core::dynamic::ServiceModel;
use boto_core::protocol::{build_request, Endpoint};
use boto_core::{ErrorKind, Value};
use std::path::PathBuf;
use std::time::Instant;

/// botocore's data directory: `BOTOCORE_DATA`, else asked of `python3`; `None` when there
/// is no botocore (outside CI only).
fn botocore_data() -> Option<PathBuf> {
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
    match out {
        Some(o) => Some(PathBuf::from(String::from_utf8_lossy(&o.stdout).trim())),
        None if testkit::in_ci() => panic!("botocore (moto's dependency) is required under CI"),
        None => {
            eprintln!("skipping: botocore is not installed");
            None
        }
    }
}

fn model_files(data: &PathBuf) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for service in std::fs::read_dir(data)
        .expect("botocore data dir")
        .flatten()
    {
        let Ok(versions) = std::fs::read_dir(service.path()) else {
            continue;
        };
        for version in versions.flatten() {
            for name in ["service-2.json.gz", "service-2.json"] {
                let f = version.path().join(name);
                if f.is_file() {
                    files.push(f);
                }
            }
        }
    }
    files.sort();
    files
}

#[test]
fn every_botocore_model_loads_and_every_operation_builds_or_is_refused() {
    let Some(data) = botocore_data() else {
        return;
    };
    let files = model_files(&data);
    assert!(
        files.len() > 100,
        "only {} models under {}",
        files.len(),
        data.display()
    );
    let endpoint = Endpoint::parse("https://example.com").unwrap();
    let (mut ops, mut shapes, mut built, mut refused) = (0usize, 0usize, 0usize, 0usize);
    let mut load_time = std::time::Duration::ZERO;
    let mut failures = Vec::new();
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        let t = Instant::now();
        let model = match ServiceModel::from_json(&bytes) {
            Ok(m) => m,
            Err(e) => {
                failures.push(format!("{}: {e}", f.display()));
                continue;
            }
        };
        load_time += t.elapsed();
        shapes += model.shapes.arena.len();
        for op in &model.operations {
            ops += 1;
            match build_request(&model.meta, &model.shapes, op, Value::Null, &endpoint) {
                Ok(_) => built += 1,
                Err(e) if e.kind() == ErrorKind::InvalidInput => refused += 1,
                Err(e) => failures.push(format!("{} {}: {e}", f.display(), op.name)),
            }
        }
    }
    println!(
        "{} models, {ops} operations, {shapes} shapes loaded in {load_time:?}; \
         empty input: {built} requests built, {refused} refused as invalid input",
        files.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
