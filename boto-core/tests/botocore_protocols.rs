//! botocore's protocol test suites (`shared/conformance/botocore/{input,output}/*.json`),
//! every case, through the public protocol engine: `input` cases through
//! `protocol::build_request`, `output` cases through `protocol::parse_response` (and
//! `protocol::parse_error_response` for errors), compared as botocore's own runner
//! (`tests/unit/test_protocols.py`) does: a request's URI (path and query string) as an exact
//! string, its body by the protocol's rule (JSON as JSON, XML in canonical form, query and
//! ec2 byte for byte), the expected headers exactly after botocore's per-protocol
//! adjustments, the host exactly. Only the cases of `protocol-tests-ignore-list.json` are
//! skipped, by suite or by case, as botocore reads it.

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

/// The suites (by description) and cases (by id) botocore's runner skips: those listed for
/// every protocol and those listed for this one, by suite or by case.
struct Ignored {
    suites: Vec<String>,
    cases: Vec<String>,
}

impl Ignored {
    fn skips(&self, suite: &str, case: &str) -> bool {
        self.suites.iter().any(|s| s == suite) || self.cases.iter().any(|c| c == case)
    }
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
    let general = &list["general"][direction];
    let own = &list["protocols"][protocol][direction];
    Ignored {
        suites: [strings(&general["suites"]), strings(&own["suites"])].concat(),
        cases: [strings(&general["cases"]), strings(&own["cases"])].concat(),
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
            if ignore.skips(description, id) {
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
    let protocol = suite["metadata"]["protocol"].as_str().unwrap_or("");

    // As botocore's `_assert_requests_equal`: the body (when the case has one) by the
    // protocol's rule, the expected headers, the URI (path and query string) exactly, the
    // method; then the host.
    if let Some(want) = expected["body"].as_str() {
        let got = req.body().bytes().cloned().ok_or("the body is a stream")?;
        compare_body(protocol, &got, want.as_bytes())?;
    }
    compare_headers(suite, case, protocol, req.headers())?;
    let uri = req.uri().path_and_query().map_or("", |pq| pq.as_str());
    let want = expected["uri"].as_str().unwrap_or("");
    if uri != want {
        return Err(format!("URI {uri:?} != {want:?}"));
    }
    if let Some(method) = expected["method"].as_str() {
        if req.method().as_str() != method {
            return Err(format!("method {} != {method}", req.method()));
        }
    }
    if let Some(host) = expected["host"].as_str() {
        let authority = req.uri().authority().map_or("", |a| a.as_str());
        if authority != host {
            return Err(format!("host {authority:?} != {host:?}"));
        }
    }
    Ok(())
}

/// botocore's `_assert_expected_headers_in_request`: every expected header is present with
/// exactly the expected value (names case-insensitive), after its per-protocol adjustments;
/// no forbidden header is present.
fn compare_headers(
    suite: &Json,
    case: &Json,
    protocol: &str,
    actual: &http::HeaderMap,
) -> Result<(), String> {
    let serialized = &case["serialized"];
    let mut expected: Vec<(String, String)> = serialized["headers"]
        .as_object()
        .map(|h| {
            h.iter()
                .map(|(k, v)| (k.to_ascii_lowercase(), v.as_str().unwrap_or("").to_owned()))
                .collect()
        })
        .unwrap_or_default();
    let list_headers = list_header_names(suite, case);
    // Smithy joins expected list headers with ", ", botocore with ","; timestamp lists are
    // joined with ", " on both sides, so botocore cleans the actual value too.
    for (name, value) in &mut expected {
        if list_headers.iter().any(|(h, _)| h == name) {
            *value = value.replace(", ", ",");
        }
    }
    match protocol {
        // botocore sends `; charset=utf-8`, which the suites leave out.
        "query" | "ec2" => {
            let ct = match expected.iter().position(|(k, _)| k == "content-type") {
                Some(i) => expected.remove(i).1,
                None => String::new(),
            };
            let ct = if ct.contains("charset=utf-8") {
                ct
            } else {
                format!("{ct}; charset=utf-8")
            };
            expected.push(("content-type".into(), ct));
        }
        // botocore sets no Content-Type for rest-xml, nor for rest-json's streaming payloads.
        "rest-xml" => expected.retain(|(k, _)| k != "content-type"),
        "rest-json" => expected.retain(|(k, v)| k != "content-type" || v == "application/json"),
        _ => {}
    }
    for (name, want) in &expected {
        let mut values = actual.get_all(name.as_str()).iter();
        let got = match (values.next(), values.next()) {
            (Some(v), None) => String::from_utf8_lossy(v.as_bytes()).into_owned(),
            (None, _) => return Err(format!("header {name} is missing (want {want:?})")),
            (Some(_), Some(_)) => return Err(format!("header {name} is sent more than once")),
        };
        let timestamps = list_headers.iter().any(|(h, ts)| h == name && *ts);
        let got = if timestamps {
            got.replace(", ", ",")
        } else {
            got
        };
        if &got != want {
            return Err(format!("header {name}: {got:?} != {want:?}"));
        }
    }
    for h in serialized["forbidHeaders"].as_array().into_iter().flatten() {
        let h = h.as_str().unwrap_or("");
        if actual.contains_key(h) {
            return Err(format!("forbidden header {h} is present"));
        }
    }
    Ok(())
}

/// The (lower-cased) header names of the input's list members bound to a header, each with
/// whether the list holds timestamps (botocore's `_clean_list_header_values`).
fn list_header_names(suite: &Json, case: &Json) -> Vec<(String, bool)> {
    let shapes = &suite["shapes"];
    let Some(input) = case["given"]["input"]["shape"].as_str() else {
        return Vec::new();
    };
    let input = &shapes[input];
    if input["type"] != "structure" {
        return Vec::new();
    }
    let members = input["members"].as_object().into_iter().flatten();
    members
        .filter(|(_, m)| m["location"] == "header")
        .filter_map(|(_, m)| {
            let name = m["locationName"].as_str()?;
            let shape = &shapes[m["shape"].as_str()?];
            if shape["type"] != "list" {
                return None;
            }
            let item = &shapes[shape["member"]["shape"].as_str().unwrap_or("")];
            Some((name.to_ascii_lowercase(), item["type"] == "timestamp"))
        })
        .collect()
}

/// botocore's `_assert_request_body`: JSON compared as parsed JSON (for rest-json, bytes when
/// either side is not JSON; for json, a body that is not JSON fails), XML compared in
/// canonical form with text stripped (bytes when either side is not XML), anything else
/// (query, ec2) byte for byte.
fn compare_body(protocol: &str, got: &[u8], want: &[u8]) -> Result<(), String> {
    let show = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let differ = || Err(format!("body {} != {}", show(got), show(want)));
    match protocol {
        "json" | "rest-json" => {
            match (
                serde_json::from_slice::<Json>(got),
                serde_json::from_slice::<Json>(want),
            ) {
                (Ok(g), Ok(w)) if json_eq(&g, &w) => Ok(()),
                (Ok(_), Ok(_)) => differ(),
                (Err(e), _) | (_, Err(e)) if protocol == "json" => Err(format!(
                    "body is not JSON ({e}): {} vs {}",
                    show(got),
                    show(want)
                )),
                _ if got == want => Ok(()),
                _ => differ(),
            }
        }
        "rest-xml" => match (canonical_xml(got), canonical_xml(want)) {
            (Ok(g), Ok(w)) if g == w => Ok(()),
            (Ok(_), Ok(_)) => differ(),
            _ if got == want => Ok(()),
            _ => differ(),
        },
        _ if got == want => Ok(()),
        _ => differ(),
    }
}

/// XML in canonical form, like `xml.etree.ElementTree.canonicalize(strip_text=True)`: one
/// root element, attributes unescaped and sorted, `<a/>` the same as `<a></a>`, adjacent
/// text and CDATA joined and stripped of surrounding whitespace (then dropped when empty),
/// comments, processing instructions and the declaration left out. `Err` when the bytes are
/// not one well-formed element.
fn canonical_xml(b: &[u8]) -> Result<Vec<String>, String> {
    use quick_xml::events::Event;
    let mut reader = quick_xml::Reader::from_reader(b);
    let mut out = Vec::new();
    let mut buf = Vec::new();
    let mut text = String::new();
    let (mut depth, mut roots) = (0usize, 0usize);
    let flush = |text: &mut String, out: &mut Vec<String>| {
        let t = text.trim();
        if !t.is_empty() {
            out.push(format!("text {t}"));
        }
        text.clear();
    };
    loop {
        let ev = reader
            .read_event_into(&mut buf)
            .map_err(|e| e.to_string())?;
        match ev {
            Event::Eof => break,
            Event::Start(ref e) | Event::Empty(ref e) => {
                flush(&mut text, &mut out);
                if depth == 0 {
                    roots += 1;
                }
                let mut attrs = Vec::new();
                for a in e.attributes() {
                    let a = a.map_err(|e| e.to_string())?;
                    let value = a.unescape_value().map_err(|e| e.to_string())?;
                    attrs.push(format!(
                        "{}={value}",
                        String::from_utf8_lossy(a.key.as_ref())
                    ));
                }
                attrs.sort();
                let name = String::from_utf8_lossy(e.name().as_ref()).into_owned();
                out.push(format!("<{name} {}>", attrs.join(" ")));
                if matches!(ev, Event::Empty(_)) {
                    out.push(format!("</{name}>"));
                } else {
                    depth += 1;
                }
            }
            Event::End(e) => {
                flush(&mut text, &mut out);
                depth = depth.checked_sub(1).ok_or("unbalanced end tag")?;
                out.push(format!("</{}>", String::from_utf8_lossy(e.name().as_ref())));
            }
            Event::Text(t) => {
                let t = t.unescape().map_err(|e| e.to_string())?;
                if depth == 0 && !t.trim().is_empty() {
                    return Err("text outside the root element".into());
                }
                text.push_str(&t);
            }
            Event::CData(t) => {
                if depth == 0 {
                    return Err("CDATA outside the root element".into());
                }
                text.push_str(&String::from_utf8_lossy(&t));
            }
            _ => {}
        }
        buf.clear();
    }
    if roots != 1 || depth != 0 {
        return Err(format!("{roots} root elements, {depth} left open"));
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
        if !json_eq(&got, want) {
            return Err(format!("result {got} != {want}"));
        }
        // The readers of typed outputs (XML streamed) read the same.
        let value =
            protocol::parse_response_streamed(&model.meta, &model.shapes, op, response(case)?)
                .map_err(|e| format!("parse_response_streamed: {e}"))?;
        let got = output_to_json(&model.shapes, op, value);
        if json_eq(&got, want) {
            Ok(())
        } else {
            Err(format!("streamed result {got} != {want}"))
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

/// The comparison rules themselves: strict where botocore's runner is strict.
#[test]
fn comparisons_follow_botocores_runner() {
    // query and ec2 bodies: byte for byte, so a value-less key or a reordering is a difference.
    assert!(compare_body("query", b"Action=A&Empty=", b"Action=A&Empty=").is_ok());
    assert!(compare_body("query", b"Action=A&Empty", b"Action=A&Empty=").is_err());
    assert!(compare_body("ec2", b"B=2&A=1", b"A=1&B=2").is_err());
    // JSON: equal as JSON; rest-json falls back to bytes, json fails on a body that is not JSON.
    assert!(compare_body("json", br#"{"a":1,"b":[1.0]}"#, br#"{ "b": [1], "a": 1 }"#).is_ok());
    assert!(compare_body("json", br#"{"a":1}"#, br#"{"a":"1"}"#).is_err());
    assert!(compare_body("json", b"", b"").is_err());
    assert!(compare_body("rest-json", b"", b"").is_ok());
    assert!(compare_body("rest-json", b"blob", b"blob").is_ok());
    assert!(compare_body("rest-json", b"blob", b"blob ").is_err());
    // XML: canonical form with text stripped; bytes when either side is not XML.
    let xml = |got: &str, want: &str| compare_body("rest-xml", got.as_bytes(), want.as_bytes());
    assert!(xml(
        "<a x=\"&amp;\" y=\"2\"><b/></a>",
        "<a y='2' x='&#38;'>\n  <b></b>\n</a>"
    )
    .is_ok());
    assert!(xml("<a>x<![CDATA[y]]> </a>", "<a> xy</a>").is_ok());
    assert!(xml("<a><b>1</b><c/></a>", "<a><c/><b>1</b></a>").is_err());
    assert!(xml("<a>x y</a>", "<a>xy</a>").is_err());
    assert!(xml("<a x=\"1\"/>", "<a/>").is_err());
    assert!(xml(" ", "").is_err());
    assert!(xml("", "").is_ok());
    assert!(canonical_xml(b"<a/><b/>").is_err());
    assert!(canonical_xml(b"<a>").is_err());
}

#[test]
fn headers_compare_as_botocores_runner_does() {
    let suite = json!({"shapes": {
        "In": {"type": "structure", "members": {
            "Names": {"shape": "Names", "location": "header", "locationName": "X-Names"},
            "Times": {"shape": "Times", "location": "header", "locationName": "X-Times"}}},
        "Names": {"type": "list", "member": {"shape": "S"}},
        "Times": {"type": "list", "member": {"shape": "T"}},
        "S": {"type": "string"},
        "T": {"type": "timestamp"}}});
    let case = |headers: Json, forbid: Json| {
        json!({"given": {"input": {"shape": "In"}},
               "serialized": {"headers": headers, "forbidHeaders": forbid}})
    };
    let sent = |pairs: &[(&str, &str)]| {
        let mut h = http::HeaderMap::new();
        for (k, v) in pairs {
            h.append(
                http::HeaderName::from_bytes(k.as_bytes()).unwrap(),
                v.parse().unwrap(),
            );
        }
        h
    };
    let check = |protocol: &str, want: Json, got: &[(&str, &str)]| {
        compare_headers(
            &suite,
            &case(want, json!(["x-secret"])),
            protocol,
            &sent(got),
        )
    };
    // List headers: the suite's ", " is botocore's ","; timestamps keep their own ", ".
    let names = json!({"X-Names": "a, b"});
    assert!(check("rest-json", names.clone(), &[("x-names", "a,b")]).is_ok());
    assert!(check("rest-json", names, &[("x-names", "a, b")]).is_err());
    let times = json!({"X-Times": "Mon, 16 Dec 2019 23:48:18 GMT, Tue, 17 Dec 2019 23:48:18 GMT"});
    let sent_times = "Mon, 16 Dec 2019 23:48:18 GMT,Tue, 17 Dec 2019 23:48:18 GMT";
    assert!(check("rest-xml", times, &[("x-times", sent_times)]).is_ok());
    // Other headers: exact values, names case-insensitive, sent once.
    assert!(check("json", json!({"X-A": "1"}), &[("x-a", "1")]).is_ok());
    assert!(check("json", json!({"X-A": "1"}), &[("x-a", "1 ")]).is_err());
    assert!(check("json", json!({"X-A": "1"}), &[("x-a", "1"), ("x-a", "1")]).is_err());
    assert!(check("json", json!({"X-A": "1"}), &[]).is_err());
    assert!(check("json", json!({}), &[("x-secret", "1")]).is_err());
    // query and ec2: botocore's "; charset=utf-8" is expected too.
    let form = json!({"Content-Type": "application/x-www-form-urlencoded"});
    let sent_form = [(
        "content-type",
        "application/x-www-form-urlencoded; charset=utf-8",
    )];
    assert!(check("query", form.clone(), &sent_form).is_ok());
    assert!(check(
        "ec2",
        form.clone(),
        &[("content-type", "application/x-www-form-urlencoded")]
    )
    .is_err());
    // rest-xml: no Content-Type expected; rest-json: only application/json is.
    assert!(check("rest-xml", json!({"Content-Type": "application/xml"}), &[]).is_ok());
    assert!(check("rest-json", json!({"Content-Type": "text/plain"}), &[]).is_ok());
    assert!(check(
        "rest-json",
        json!({"Content-Type": "application/json"}),
        &[]
    )
    .is_err());
    assert!(check("json", json!({"Content-Type": "application/json"}), &[]).is_err());
}
