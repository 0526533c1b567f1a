//! Every `service-2.json.gz` of the installed botocore (the one moto runs on) loads with
//! `ServiceModel::from_json`, and every operation of every service either builds a request
//! from an empty input or is refused as invalid input (missing required members, labels):
//! never a panic, never another kind of error. Prints how many models, operations and
//! shapes were read, and how long loading took. Every `paginators-1.json` and
//! `waiters-2.json` compiles with the supported JMESPath subset.

use boto_core::dynamic::{DynamicClient, ServiceModel};
use boto_core::protocol::{build_request, Endpoint};
use boto_core::{ErrorKind, Session, Value};
use std::path::PathBuf;
use std::time::Instant;
use testkit::botocore;

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
    let Some(data) = botocore::data_dir() else {
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

#[test]
fn every_botocore_paginator_and_waiter_compiles() {
    let Some(data) = botocore::data_dir() else {
        return;
    };
    let model = ServiceModel::from_json(
        br#"{"metadata": {"protocol": "json", "apiVersion": "1", "endpointPrefix": "x",
             "jsonVersion": "1.0", "targetPrefix": "X"}, "operations": {}, "shapes": {}}"#,
    )
    .unwrap();
    let client = DynamicClient::new(&Session::new(), model);
    let (mut paginators, mut waiters, mut files) = (0, 0, 0);
    let mut failures = Vec::new();
    for service in std::fs::read_dir(&data)
        .expect("botocore data dir")
        .flatten()
    {
        for version in std::fs::read_dir(service.path())
            .into_iter()
            .flatten()
            .flatten()
        {
            for (name, waiter) in [("paginators-1.json", false), ("waiters-2.json", true)] {
                let Ok(bytes) = std::fs::read(version.path().join(name)) else {
                    continue;
                };
                files += 1;
                let loaded = if waiter {
                    client.clone().with_waiters(&bytes)
                } else {
                    client.clone().with_paginators(&bytes)
                };
                match loaded {
                    Ok(c) => {
                        paginators += c.paginated_operations().len();
                        waiters += c.waiter_names().len();
                    }
                    Err(e) => failures.push(format!("{}/{name}: {e}", version.path().display())),
                }
            }
        }
    }
    println!("{files} files: {paginators} paginators and {waiters} waiters compiled");
    assert!(files > 100, "only {files} paginator/waiter files");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
