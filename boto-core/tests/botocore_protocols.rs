//! botocore's protocol test suites (`shared/conformance/botocore/{input,output}/*.json`),
//! every case, through the public protocol engine: `input` cases through
//! `protocol::build_request`, `output` cases through `protocol::parse_response` (and
//! `protocol::parse_error_response` for errors), compared as botocore's own runner does.
//! Only the cases of `protocol-tests-ignore-list.json` are skipped.

use boto_core::dynamic::{json_to_value, output_to_json, value_to_json, ServiceModel};
use boto_core::protocol::{self, Endpoint};
use boto_core::Value;
use bytes::Bytes;
use serde_json::{json, Value as Json};
use std::path::{Path, PathBuf};

/// Protocol files whose every (non-ignored) case must pass.
const ENFORCED: &[&str] = &["json", "json_1_0", "rest-json", "query", "ec2", "rest-xml"];
/// Protocol files still being implemented: run and reported, but not yet failing the test.
/// Move a name to `ENFORCED` once its protocol is done.
const REPORTED_ONLY: &[&str] = &[];

/// `shared/conformance/botocore` beside the repository.
fn suites_dir() -> PathBuf {
    testkit::conformance_dir(env!("CARGO_MANIFEST_DIR"), "botocore")
}

fn load(path: &Path) -> Json {
    let text =
        std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_slice(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

struct Ignored {
    suites: Vec<String>,
    cases: Vec<String>,
}

fn ignored(dir: &Path, protocol: &str, direction: &str) -> Ignored {
    let list = load(&dir.join("protocol-tests-ignore-list.json"));
    let strings = |v: &Json| -> Vec<String> {
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    };
    Ignored {
        suites: strings(&list["general"][direction]["suites"]),
        cases: strings(&list["protocols"][protocol][direction]["cases"]),
    }
}

fn run(direction: &str, protocol: &str) {
    let dir = suites_dir();
    let suites = load(&dir.join(direction).join(format!("{protocol}.json")));
    let ignore = ignored(&dir, protocol, direction);
    let (mut passed, mut failed, mut skipped) = (0, 0, 0);
    for suite in suites.as_array().expect("a list of suites") {
        let description = suite["description"].as_str().unwrap_or("");
        for case in suite["cases"].as_array().expect("cases") {
            let id = case["id"].as_str().unwrap_or("?");
            if ignore.suites.iter().any(|s| s == description)
                || ignore.cases.iter().any(|c| c == id)
            {
                skipped += 1;
                continue;
            }
            let outcome = std::panic::catch_unwind(|| match direction {
                "input" => input_case(suite, case),
                _ => output_case(suite, case),
            })
            .unwrap_or_else(|p| {
                Err(format!(
                    "panicked: {}",
                    p.downcast_ref::<String>()
                        .cloned()
                        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default()
                ))
            });
            match outcome {
                Ok(()) => passed += 1,
                Err(why) => {
                    failed += 1;
                    println!("FAIL {direction}/{protocol} {id}: {why}");
                }
            }
        }
    }
    println!("{direction}/{protocol}.json: {passed} passed, {failed} failed ({skipped} ignored by botocore's list)");
    if ENFORCED.contains(&protocol) {
        assert_eq!(failed, 0, "{failed} {direction}/{protocol} cases failed");
        assert!(passed > 0, "no {direction}/{protocol} case ran");
    } else {
        assert!(
            REPORTED_ONLY.contains(&protocol),
            "{protocol} is in no list"
        );
    }
}

fn model(suite: &Json, case: &Json) -> Result<ServiceModel, String> {
    ServiceModel::from_suite(&suite["metadata"], &suite["shapes"], &case["given"])
        .map_err(|e| format!("model: {e}"))
}

// ---------------------------------------------------------------------------------------
// Requests

fn input_case(suite: &Json, case: &Json) -> Result<(), String> {
    let model = model(suite, case)?;
    let op = &model.operations[0];
    let params = &case["params"];
    let input = match &op.input {
        Some(r) => json_to_value(&model.shapes, r, params).map_err(|e| format!("params: {e}"))?,
        None => Value::structure(),
    };
    let endpoint = suite["clientEndpoint"]
        .as_str()
        .unwrap_or("https://example.com");
    let endpoint = Endpoint::parse(endpoint).map_err(|e| e.to_string())?;
    let req = protocol::build_request(&model.meta, &model.shapes, op, input, &endpoint)
        .map_err(|e| format!("build_request: {e}"))?;
    let expected = &case["serialized"];

    let method = expected["method"].as_str().unwrap_or("");
    if req.method().as_str() != method {
        return Err(format!("method {} != {method}", req.method()));
    }
    let uri = expected["uri"].as_str().unwrap_or("");
    let (path, query) = uri.split_once('?').unwrap_or((uri, ""));
    if req.uri().path() != path {
        return Err(format!("path {:?} != {path:?}", req.uri().path()));
    }
    let (got, want) = (
        query_pairs(req.uri().query().unwrap_or("")),
        query_pairs(query),
    );
    if got != want {
        return Err(format!("query {got:?} != {want:?}"));
    }
    if let Some(host) = expected["host"].as_str() {
        let authority = req.uri().authority().map(|a| a.as_str()).unwrap_or("");
        let want_host = host.split('/').next().unwrap_or(host);
        if authority != want_host {
            return Err(format!("host {authority} != {want_host}"));
        }
    }
    let protocol = suite["metadata"]["protocol"].as_str().unwrap_or("");
    if let Some(headers) = expected["headers"].as_object() {
        for (name, want) in headers {
            let want = want.as_str().unwrap_or("");
            let got = req
                .headers()
                .get(name.as_str())
                .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
            let ok = match &got {
                Some(g) if g == want => true,
                Some(g)
                    if name.eq_ignore_ascii_case("content-type")
                        && matches!(protocol, "query" | "ec2") =>
                {
                    g.strip_suffix("; charset=utf-8") == Some(want)
                }
                _ => false,
            };
            if !ok {
                return Err(format!("header {name}: {got:?} != {want:?}"));
            }
        }
    }
    if let Some(forbidden) = expected["forbidHeaders"].as_array() {
        for h in forbidden.iter().filter_map(Json::as_str) {
            if req.headers().contains_key(h) {
                return Err(format!("forbidden header {h} is present"));
            }
        }
    }
    if let Some(want) = expected["body"].as_str() {
        let got = req.body().bytes().cloned().ok_or("the body is a stream")?;
        compare_body(protocol, &got, want.as_bytes())?;
    }
    Ok(())
}

/// Decoded `(key, value)` pairs, empty values dropped (as `parse_qs` does), sorted by key
/// with the order of repeated keys kept.
fn query_pairs(q: &str) -> Vec<(String, String)> {
    let decode = |s: &str| {
        percent_encoding::percent_decode_str(&s.replace('+', " "))
            .decode_utf8_lossy()
            .into_owned()
    };
    let mut pairs: Vec<(String, String)> = q
        .split('&')
        .filter(|p| !p.is_empty())
        .filter_map(|p| {
            let (k, v) = p.split_once('=')?;
            Some((decode(k), decode(v)))
        })
        .filter(|(_, v)| !v.is_empty())
        .collect();
    pairs.sort_by(|a, b| a.0.cmp(&b.0));
    pairs
}

fn compare_body(protocol: &str, got: &[u8], want: &[u8]) -> Result<(), String> {
    if got == want {
        return Ok(());
    }
    let show = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    match protocol {
        "json" | "rest-json" => {
            match (
                serde_json::from_slice::<Json>(got),
                serde_json::from_slice::<Json>(want),
            ) {
                (Ok(g), Ok(w)) if json_eq(&g, &w) => Ok(()),
                _ => Err(format!("body {} != {}", show(got), show(want))),
            }
        }
        "rest-xml" => {
            if canonical_xml(got) == canonical_xml(want) {
                Ok(())
            } else {
                Err(format!("XML body {} != {}", show(got), show(want)))
            }
        }
        _ => Err(format!("body {} != {}", show(got), show(want))),
    }
}

/// XML as a list of events with whitespace-only text dropped, attributes sorted and `<a/>`
/// written as `<a></a>`.
fn canonical_xml(b: &[u8]) -> Result<Vec<String>, String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(b);
    let mut out = Vec::new();
    let mut buf = Vec::new();
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| e.to_string())?;
        match ev {
            Event::Eof => break,
            Event::Start(ref e) | Event::Empty(ref e) => {
                let mut attrs: Vec<String> = e
                    .attributes()
                    .filter_map(|a| a.ok())
                    .map(|a| {
                        format!(
                            "{}={}",
                            String::from_utf8_lossy(a.key.as_ref()),
                            String::from_utf8_lossy(&a.value)
                        )
                    })
                    .collect();
                attrs.sort();
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                out.push(format!("<{name} {}>", attrs.join(" ")));
                if matches!(ev, Event::Empty(_)) {
                    out.push(format!("</{name}>"));
                }
            }
            Event::End(e) => out.push(format!("</{}>", String::from_utf8_lossy(e.name().as_ref()))),
            Event::Text(t) => {
                let t = t.unescape().map_err(|e| e.to_string())?;
                if !t.trim().is_empty() {
                    out.push(t.trim().to_owned());
                }
            }
            Event::CData(t) => out.push(String::from_utf8_lossy(&t).into_owned()),
            _ => {}
        }
        buf.clear();
    }
    Ok(out)
}

/// Structural JSON equality with numbers compared by value (`1` equals `1.0`).
fn json_eq(a: &Json, b: &Json) -> bool {
    match (a, b) {
        (Json::Number(x), Json::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(i), Some(j)) => i == j,
            _ => x.as_f64() == y.as_f64(),
        },
        (Json::Array(x), Json::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| json_eq(p, q))
        }
        (Json::Object(x), Json::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        _ => a == b,
    }
}

// ---------------------------------------------------------------------------------------
// Responses

fn response(case: &Json) -> Result<http::Response<Bytes>, String> {
    let r = &case["response"];
    let mut b = http::Response::builder().status(r["status_code"].as_u64().unwrap_or(200) as u16);
    if let Some(headers) = r["headers"].as_object() {
        for (k, v) in headers {
            b = b.header(k.as_str(), v.as_str().unwrap_or(""));
        }
    }
    let body = r["body"].as_str().unwrap_or("").to_owned();
    b.body(Bytes::from(body))
        .map_err(|e| format!("response: {e}"))
}

fn output_case(suite: &Json, case: &Json) -> Result<(), String> {
    let model = model(suite, case)?;
    let op = &model.operations[0];
    let resp = response(case)?;
    if case.get("error").is_some() {
        let (err, modeled) = protocol::parse_error_response(&model.meta, &model.shapes, op, &resp)
            .map_err(|e| format!("parse_error_response: {e}"))?;
        let mut got = json!({"Error": {"Code": err.code, "Message": err.message.clone().unwrap_or_default()}});
        if let (Some(v), Some(shape)) = (
            modeled,
            op.errors.iter().find(|r| {
                let s = model.shapes.get(r);
                s.name == err.code || s.traits.error_code.as_deref() == Some(err.code.as_str())
            }),
        ) {
            if let Json::Object(fields) = value_to_json(&model.shapes, shape, v) {
                got.as_object_mut().unwrap().extend(fields);
            }
        }
        let mut want = json!({"Error": {
            "Code": case["errorCode"].as_str().unwrap_or(""),
            "Message": case["errorMessage"].as_str().unwrap_or(""),
        }});
        if let Some(fields) = case["error"].as_object() {
            want.as_object_mut().unwrap().extend(fields.clone());
        }
        if !json_eq(&got, &want) {
            return Err(format!("error {got} != {want}"));
        }
        // The engine's public entry point reports the same error.
        match protocol::parse_response(&model.meta, &model.shapes, op, response(case)?) {
            Err(e) if e.code() == Some(err.code.as_str()) => Ok(()),
            Err(e) => Err(format!("parse_response gave {e}")),
            Ok(v) => Err(format!("parse_response succeeded: {v:?}")),
        }
    } else {
        let value = protocol::parse_response(&model.meta, &model.shapes, op, resp)
            .map_err(|e| format!("parse_response: {e}"))?;
        let got = output_to_json(&model.shapes, op, value);
        let want = &case["result"];
        if json_eq(&got, want) {
            Ok(())
        } else {
            Err(format!("result {got} != {want}"))
        }
    }
}

// ---------------------------------------------------------------------------------------

#[test]
fn input_json() {
    run("input", "json");
}
#[test]
fn input_json_1_0() {
    run("input", "json_1_0");
}
#[test]
fn input_rest_json() {
    run("input", "rest-json");
}
#[test]
fn input_rest_xml() {
    run("input", "rest-xml");
}
#[test]
fn input_query() {
    run("input", "query");
}
#[test]
fn input_ec2() {
    run("input", "ec2");
}
#[test]
fn output_json() {
    run("output", "json");
}
#[test]
fn output_json_1_0() {
    run("output", "json_1_0");
}
#[test]
fn output_rest_json() {
    run("output", "rest-json");
}
#[test]
fn output_rest_xml() {
    run("output", "rest-xml");
}
#[test]
fn output_query() {
    run("output", "query");
}
#[test]
fn output_ec2() {
    run("output", "ec2");
}
