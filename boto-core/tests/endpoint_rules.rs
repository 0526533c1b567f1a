//! Every case of the services' `endpoint-tests-1.json` against their
//! `endpoint-rule-set-1.json`: URLs, headers and properties exactly, error texts exactly.
//! The cases run with the shared `partitions.json`, and each one must resolve the same with
//! the built-in table.

use boto_core::endpoint::{Partitions, ResolvedEndpoint, RuleSet};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::Path;

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The case's verdict: `Ok(())` or what differed.
fn check(rules: &RuleSet, embedded: &RuleSet, case: &Value) -> Result<(), String> {
    let params = case.get("params").cloned().unwrap_or_else(|| json!({}));
    let expect = &case["expect"];
    let got = rules.resolve(&params);
    let again = embedded.resolve(&params);
    let same = match (&got, &again) {
        (Ok(a), Ok(b)) => a == b,
        (Err(a), Err(b)) => a.message() == b.message() && a.kind() == b.kind(),
        _ => false,
    };
    if !same {
        return Err(format!("built-in partitions differ: {got:?} vs {again:?}"));
    }
    if let Some(error) = expect.get("error") {
        return match got {
            Err(e) if e.message() == error.as_str() => Ok(()),
            other => Err(format!("expected error {error}, got {other:?}")),
        };
    }
    let endpoint = &expect["endpoint"];
    let want = ResolvedEndpoint {
        url: endpoint["url"]
            .as_str()
            .ok_or("case has no url")?
            .to_string(),
        headers: match endpoint.get("headers") {
            Some(h) => serde_json::from_value::<BTreeMap<String, Vec<String>>>(h.clone())
                .map_err(|e| format!("case headers: {e}"))?,
            None => BTreeMap::new(),
        },
        properties: endpoint
            .get("properties")
            .cloned()
            .unwrap_or_else(|| json!({})),
    };
    match got {
        Ok(ep) if ep == want => Ok(()),
        other => Err(format!("expected {want:?}, got {other:?}")),
    }
}

/// The services' folders (those with an `endpoint-tests-1.json`), sorted.
fn services(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut services: Vec<_> = std::fs::read_dir(dir)
        .expect("endpoint-rules dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.join("endpoint-tests-1.json").is_file())
        .collect();
    services.sort();
    services
}

#[test]
fn endpoint_rule_conformance() {
    let dir = testkit::conformance_dir(env!("CARGO_MANIFEST_DIR"), "endpoint-rules");
    let partitions = Partitions::from_json(&read(&dir.join("partitions.json")))
        .expect("shared partitions.json parses");
    let services = services(&dir);
    assert!(
        services.len() >= 10,
        "only {} services found in {}",
        services.len(),
        dir.display()
    );

    let mut failures = Vec::new();
    let mut total = 0;
    for service in &services {
        let name = service.file_name().unwrap().to_string_lossy().into_owned();
        let rule_set = read(&service.join("endpoint-rule-set-1.json"));
        let embedded = RuleSet::from_json(&rule_set)
            .unwrap_or_else(|e| panic!("{name}: rule set does not parse: {e}"));
        let rules = embedded.clone().with_partitions(partitions.clone());
        let tests: Value = serde_json::from_str(&read(&service.join("endpoint-tests-1.json")))
            .expect("endpoint-tests-1.json is JSON");
        let cases = tests["testCases"].as_array().expect("testCases array");
        assert!(!cases.is_empty(), "{name}: no test cases");
        let (mut passed, mut failed) = (0, 0);
        for (i, case) in cases.iter().enumerate() {
            match check(&rules, &embedded, case) {
                Ok(()) => passed += 1,
                Err(why) => {
                    failed += 1;
                    let doc = case["documentation"].as_str().unwrap_or("");
                    failures.push(format!("{name} #{i} ({doc}): {why}"));
                }
            }
        }
        total += passed + failed;
        println!("{name}: {passed} passed, {failed} failed");
    }
    println!("{total} cases in {} services", services.len());
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Cases with `operationInputs` resolve the same when their built-ins (mapped to
/// parameters through the rule set's `builtIn` bindings) and client parameters are laid
/// over `params`: the bindings `RuleSet::parameters` reports are the ones the SDKs use.
#[test]
fn operation_inputs_built_ins_resolve_the_same() {
    let dir = testkit::conformance_dir(env!("CARGO_MANIFEST_DIR"), "endpoint-rules");
    let mut checked = 0;
    let mut failures = Vec::new();
    for folder in services(&dir) {
        let service = folder.file_name().unwrap().to_string_lossy().into_owned();
        let rules = RuleSet::from_json(&read(&folder.join("endpoint-rule-set-1.json"))).unwrap();
        let built_ins: BTreeMap<&str, &str> = rules
            .parameters()
            .filter_map(|(name, built_in)| Some((built_in?, name)))
            .collect();
        let tests: Value =
            serde_json::from_str(&read(&folder.join("endpoint-tests-1.json"))).unwrap();
        for (i, case) in tests["testCases"].as_array().unwrap().iter().enumerate() {
            for inputs in case
                .get("operationInputs")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                let mut params = case["params"].as_object().cloned().unwrap_or_default();
                for (built_in, value) in inputs["builtInParams"].as_object().into_iter().flatten() {
                    let name = built_ins.get(built_in.as_str()).unwrap_or_else(|| {
                        panic!("{service} #{i}: no parameter is bound to {built_in}")
                    });
                    params.insert(name.to_string(), value.clone());
                }
                for (name, value) in inputs["clientParams"].as_object().into_iter().flatten() {
                    params.insert(name.clone(), value.clone());
                }
                let mut overlaid = case.clone();
                overlaid["params"] = Value::Object(params);
                checked += 1;
                if let Err(why) = check(&rules, &rules, &overlaid) {
                    failures.push(format!("{service} #{i}: {why}"));
                }
            }
        }
    }
    println!("{checked} operation inputs checked");
    assert!(checked > 200, "only {checked} operation inputs");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn built_in_partitions_equal_the_shared_table() {
    let dir = testkit::conformance_dir(env!("CARGO_MANIFEST_DIR"), "endpoint-rules");
    let shared = Partitions::from_json(&read(&dir.join("partitions.json"))).unwrap();
    assert_eq!(Partitions::embedded().unwrap(), shared);
}

/// The s3 rule set, cut short anywhere or with bytes changed, is an error or a rule set,
/// never a panic; and every cut-short document is an error.
#[test]
fn damaged_rule_sets_never_panic() {
    let dir = testkit::conformance_dir(env!("CARGO_MANIFEST_DIR"), "endpoint-rules");
    let s3 = read(&dir.join("s3/endpoint-rule-set-1.json"));
    let bytes = s3.as_bytes();
    for cut in (0..bytes.len()).step_by(bytes.len() / 40 + 1) {
        let doc = String::from_utf8_lossy(&bytes[..cut]);
        assert!(
            RuleSet::from_json(&doc).is_err(),
            "accepted s3 rule set cut at {cut}"
        );
    }
    // Changing one byte: JSON punctuation, quotes, names and numbers all get hit.
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let (mut parsed, mut rejected) = (0, 0);
    for _ in 0..60 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let at = (seed % bytes.len() as u64) as usize;
        let mut damaged = bytes.to_vec();
        damaged[at] = b"{}[]\":,x0 \\#"[(seed >> 32) as usize % 12];
        match RuleSet::from_json(&String::from_utf8_lossy(&damaged)) {
            Ok(rules) => {
                parsed += 1;
                // Whatever it became, resolving answers without panicking.
                let r = rules.resolve(&json!({"Region": "us-east-1", "Bucket": "b"}));
                assert!(r.is_ok() || r.unwrap_err().message().is_some_and(|m| !m.is_empty()));
            }
            Err(e) => {
                rejected += 1;
                assert!(!e.to_string().is_empty());
            }
        }
    }
    assert_eq!(parsed + rejected, 60);
    assert!(rejected > 0, "no damaged rule set was rejected");
}

/// Odd parameter values give an endpoint or an error with a message, never a panic.
#[test]
fn hostile_parameters_resolve_or_fail_cleanly() {
    let dir = testkit::conformance_dir(env!("CARGO_MANIFEST_DIR"), "endpoint-rules");
    let s3 = RuleSet::from_json(&read(&dir.join("s3/endpoint-rule-set-1.json"))).unwrap();
    let long = "a".repeat(10_000);
    let strings = [
        "",
        " ",
        "é",
        "💥",
        "-",
        ".",
        "..",
        "a..b",
        "{Region}",
        "%",
        "arn:",
        "arn:::::",
        "arn:aws:s3:us-east-1:1:accesspoint:",
        "arn:aws:s3-outposts:us-east-1:1:outpost",
        "arn:aws:s3-outposts:us-east-1:1:outpost:op:accesspoint:ap:extra",
        "https://",
        "http://[::1",
        "http://a:99999",
        "https://u@h",
        "192.168.0.1",
        "us-east-1\n",
        "bucket--x-s3",
        "--x-s3",
        "a--use1-az1--x-s3",
        long.as_str(),
    ];
    let mut answered = 0;
    for s in strings {
        for params in [
            json!({"Region": s}),
            json!({"Region": "us-east-1", "Bucket": s}),
            json!({"Region": "us-east-1", "Bucket": s, "UseArnRegion": true, "UseFIPS": true}),
            json!({"Region": "us-east-1", "Endpoint": s}),
            json!({"Region": "us-east-1", "Bucket": "bucket", "Endpoint": s, "ForcePathStyle": true}),
            json!({"Region": s, "Bucket": s, "Endpoint": s, "UseDualStack": true, "Accelerate": true}),
        ] {
            match s3.resolve(&params) {
                Ok(ep) => assert!(ep.url.starts_with("http"), "{params}: {}", ep.url),
                Err(e) => assert!(e.message().is_some_and(|m| !m.is_empty()), "{params}"),
            }
            answered += 1;
        }
    }
    assert_eq!(answered, strings.len() * 6);
}
