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

#[test]
fn endpoint_rule_conformance() {
    let dir = testkit::conformance_dir(env!("CARGO_MANIFEST_DIR"), "endpoint-rules");
    let partitions = Partitions::from_json(&read(&dir.join("partitions.json")))
        .expect("shared partitions.json parses");
    let mut services: Vec<_> = std::fs::read_dir(&dir)
        .expect("endpoint-rules dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.join("endpoint-tests-1.json").is_file())
        .collect();
    services.sort();
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

#[test]
fn built_in_partitions_equal_the_shared_table() {
    let dir = testkit::conformance_dir(env!("CARGO_MANIFEST_DIR"), "endpoint-rules");
    let shared = Partitions::from_json(&read(&dir.join("partitions.json"))).unwrap();
    assert_eq!(Partitions::embedded().unwrap(), shared);
}
