//! The SigV4 conformance suite (`shared/conformance/sigv4/v4`), run through the public
//! signing API: `auth::sign_request_with` for header signing, `auth::presign_with` for query
//! signing.
//!
//! Per case directory and per signature location (header, query) it compares:
//! - `*-canonical-request.txt` with the canonical request the signer logs at trace level
//!   (captured by a small `tracing` subscriber; the signer redacts a session token header in
//!   that log, so the expected text gets the same redaction; presigning with a session token
//!   logs nothing, the token being in the query);
//! - `*-string-to-sign.txt`: query signing logs it, so it is compared as text; header signing
//!   does not, so the check is that HMAC(signing key, expected string to sign) equals the
//!   signature the signer produced;
//! - `*-signature.txt` with the signature in the `Authorization` header / `X-Amz-Signature`;
//! - `*-signed-request.txt` with the signed request: method, URL (query parameters in any
//!   order), headers (repeated headers in order), and body.
//!
//! Requests whose path holds characters an `http::Uri` cannot carry (a raw space, raw UTF-8)
//! cannot be built as `http::Request`s; those cases are reported as skipped, with the reason.

use boto_core::auth::{presign_with, sign_request_with, SigningOptions, SigningParams};
use boto_core::{ByteStream, Credentials};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, CONTROLS};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

#[test]
fn sigv4_conformance_suite() {
    let suite = suite_dir();
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&suite)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", suite.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("context.json").is_file())
        .collect();
    dirs.sort();
    assert!(!dirs.is_empty(), "no cases under {}", suite.display());

    let log = TraceLog::default();
    let (mut passed, mut failed, mut skipped) = (0, 0, Vec::new());
    tracing::subscriber::with_default(log.clone(), || {
        for dir in &dirs {
            let name = dir.file_name().unwrap().to_string_lossy().into_owned();
            match run_case(dir, &log) {
                Outcome::Pass => {
                    passed += 1;
                    println!("ok    {name}");
                }
                Outcome::Skip(why) => {
                    println!("skip  {name}: {why}");
                    skipped.push(name);
                }
                Outcome::Fail(why) => {
                    failed += 1;
                    println!("FAIL  {name}:\n{why}");
                }
            }
        }
    });
    println!(
        "sigv4 suite: {passed} passed, {failed} failed, {} skipped (not expressible)",
        skipped.len()
    );
    assert_eq!(failed, 0, "{failed} SigV4 cases failed");
    // Only the two cases whose request line holds a raw space, which no HTTP request can
    // carry, are skipped.
    assert_eq!(skipped, ["get-space-normalized", "get-space-unnormalized"]);
    assert_eq!(passed + skipped.len(), dirs.len());
}

/// `shared/conformance/sigv4/v4` beside the repository.
fn suite_dir() -> PathBuf {
    testkit::conformance_dir(env!("CARGO_MANIFEST_DIR"), "sigv4/v4")
}

enum Outcome {
    Pass,
    Skip(String),
    Fail(String),
}

struct Context {
    creds: Credentials,
    secret: String,
    region: String,
    service: String,
    time: SystemTime,
    expires: Duration,
    options: SigningOptions,
}

fn context(dir: &Path) -> Context {
    let json: serde_json::Value =
        serde_json::from_str(&read(dir, "context.json")).expect("context.json");
    let s = |v: &serde_json::Value| v.as_str().expect("string").to_owned();
    let c = &json["credentials"];
    let secret = s(&c["secret_access_key"]);
    let token = c.get("token").map(s);
    let mut options = SigningOptions::for_service(json["service"].as_str().unwrap());
    options.normalize_uri_path = json["normalize"].as_bool().unwrap_or(true);
    options.content_sha256_header = json["sign_body"].as_bool().unwrap_or(false);
    options.sign_session_token = !json["omit_session_token"].as_bool().unwrap_or(false);
    let timestamp =
        boto_core::DateTime::parse_any(json["timestamp"].as_str().unwrap()).expect("timestamp");
    Context {
        creds: Credentials::new(s(&c["access_key_id"]), secret.clone(), token),
        secret,
        region: s(&json["region"]),
        service: s(&json["service"]),
        time: UNIX_EPOCH + Duration::from_secs(timestamp.secs() as u64),
        expires: Duration::from_secs(json["expiration_in_seconds"].as_u64().unwrap()),
        options,
    }
}

fn run_case(dir: &Path, log: &TraceLog) -> Outcome {
    let ctx = context(dir);
    let raw = read(dir, "request.txt");
    let request = match parse_request(&raw) {
        Ok(r) => r,
        Err(why) => return Outcome::Skip(why),
    };
    let params = SigningParams {
        region: &ctx.region,
        service: &ctx.service,
        time: Some(ctx.time),
    };
    let mut problems = Vec::new();

    // Header signing.
    let mut signed = request.to_http();
    log.clear();
    if let Err(e) = sign_request_with(&mut signed, &ctx.creds, &params, &ctx.options) {
        return Outcome::Fail(format!("header signing failed: {e}"));
    }
    let expected_creq = redact_token_header(&read(dir, "header-canonical-request.txt"));
    check(
        &mut problems,
        "header canonical request",
        &expected_creq,
        &log.get("canonical_request"),
    );
    let authorization = header_str(&signed, "authorization");
    let signature = authorization
        .rsplit("Signature=")
        .next()
        .unwrap_or("")
        .to_owned();
    check(
        &mut problems,
        "header signature",
        &read(dir, "header-signature.txt"),
        &signature,
    );
    let sts = read(dir, "header-string-to-sign.txt");
    let sts_signature = hmac_signature(&ctx, &sts);
    check(
        &mut problems,
        "header string to sign (as signed)",
        &sts_signature,
        &signature,
    );
    match parse_request(&read(dir, "header-signed-request.txt")) {
        Ok(expected) => check(
            &mut problems,
            "header-signed request",
            &expected.describe(),
            &Parsed::from_http(&signed, body_of(&signed)).describe(),
        ),
        Err(why) => problems.push(format!("header-signed-request.txt: {why}")),
    }

    // Query signing.
    let unsigned = request.to_http();
    log.clear();
    match presign_with(&unsigned, &ctx.creds, &params, ctx.expires, &ctx.options) {
        Err(e) => problems.push(format!("presigning failed: {e}")),
        Ok(p) => {
            // With a session token, the query canonical request would show it: presigning
            // logs nothing then, and the signature alone vouches for both texts.
            let token = ctx.creds.session_token().is_some();
            let creq = read(dir, "query-canonical-request.txt");
            check(
                &mut problems,
                "query canonical request",
                if token { "" } else { &creq },
                &log.get("canonical_request"),
            );
            let sts = read(dir, "query-string-to-sign.txt");
            check(
                &mut problems,
                "query string to sign",
                if token { "" } else { &sts },
                &log.get("string_to_sign"),
            );
            let signature = p.uri.rsplit("X-Amz-Signature=").next().unwrap_or("");
            let signature = signature.split('&').next().unwrap_or("");
            check(
                &mut problems,
                "query signature",
                &read(dir, "query-signature.txt"),
                signature,
            );
            let mut builder = http::Request::builder()
                .method(p.method.clone())
                .uri(&p.uri);
            for (k, v) in &p.headers {
                builder = builder.header(k, v);
            }
            let presigned = builder.body(ByteStream::from(request.body.clone()));
            match (
                parse_request(&read(dir, "query-signed-request.txt")),
                presigned,
            ) {
                (Ok(expected), Ok(actual)) => check(
                    &mut problems,
                    "query-signed request",
                    &expected.describe(),
                    &Parsed::from_http(&actual, request.body.clone()).describe(),
                ),
                (Err(why), _) => problems.push(format!("query-signed-request.txt: {why}")),
                (_, Err(e)) => problems.push(format!("presigned URL does not parse: {e}")),
            }
        }
    }
    if problems.is_empty() {
        Outcome::Pass
    } else {
        Outcome::Fail(problems.join("\n"))
    }
}

fn check(problems: &mut Vec<String>, what: &str, expected: &str, actual: &str) {
    if expected != actual {
        problems.push(format!(
            "  {what} differs\n  --- expected\n{expected}\n  --- actual\n{actual}"
        ));
    }
}

fn read(dir: &Path, file: &str) -> String {
    let text = std::fs::read_to_string(dir.join(file))
        .unwrap_or_else(|e| panic!("{}/{file}: {e}", dir.display()));
    text.replace("\r\n", "\n").trim_end_matches('\n').to_owned()
}

/// The signer logs `x-amz-security-token:** redacted (length=N) **`; expect the same.
fn redact_token_header(creq: &str) -> String {
    creq.lines()
        .map(|line| match line.strip_prefix("x-amz-security-token:") {
            Some(v) => format!("x-amz-security-token:** redacted (length={}) **", v.len()),
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn hmac_signature(ctx: &Context, string_to_sign: &str) -> String {
    let key =
        aws_sigv4::sign::v4::generate_signing_key(&ctx.secret, ctx.time, &ctx.region, &ctx.service);
    aws_sigv4::sign::v4::calculate_signature(key, string_to_sign.as_bytes())
}

fn header_str<'a>(req: &'a http::Request<ByteStream>, name: &str) -> &'a str {
    req.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

fn body_of(req: &http::Request<ByteStream>) -> Vec<u8> {
    req.body().bytes().map(|b| b.to_vec()).unwrap_or_default()
}

/// Characters a query string cannot carry raw; they are sent percent-encoded, which the
/// canonical query (decoded, then encoded) does not see.
const QUERY_RAW: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'<')
    .add(b'>')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'|')
    .add(b'\\')
    .add(b'^');

/// A raw HTTP/1.1 request of the suite: request line, headers (folded continuation lines are
/// joined with one space, as RFC 7230 lets a recipient do), blank line, body.
struct Parsed {
    method: String,
    authority: String,
    path: String,
    query: Option<String>,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

fn parse_request(text: &str) -> Result<Parsed, String> {
    let (head, body) = text.split_once("\n\n").unwrap_or((text, ""));
    let mut lines = head.lines();
    let line = lines.next().ok_or("empty request")?;
    let (method, rest) = line.split_once(' ').ok_or("bad request line")?;
    let (target, _version) = rest.rsplit_once(' ').ok_or("bad request line")?;
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p, Some(utf8_percent_encode(q, QUERY_RAW).to_string())),
        None => (target, None),
    };
    if path.parse::<http::uri::PathAndQuery>().is_err() || path.contains(' ') {
        return Err(format!(
            "the request path {path:?} holds characters an http::Uri cannot carry; sent \
             percent-encoded it is another path, with another canonical form"
        ));
    }
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in lines {
        if line.starts_with([' ', '\t']) {
            let last = headers
                .last_mut()
                .ok_or("continuation line before any header")?;
            last.1.push(' ');
            last.1.push_str(line.trim());
        } else {
            let (name, value) = line.split_once(':').ok_or("header line without ':'")?;
            headers.push((name.to_owned(), value.trim().to_owned()));
        }
    }
    let host = headers
        .iter()
        .position(|(k, _)| k.eq_ignore_ascii_case("host"))
        .ok_or("no Host header")?;
    let authority = headers.remove(host).1;
    Ok(Parsed {
        method: method.to_owned(),
        authority,
        path: path.to_owned(),
        query,
        headers,
        body: body.as_bytes().to_vec(),
    })
}

impl Parsed {
    fn uri(&self) -> String {
        match &self.query {
            Some(q) => format!("https://{}{}?{q}", self.authority, self.path),
            None => format!("https://{}{}", self.authority, self.path),
        }
    }

    fn to_http(&self) -> http::Request<ByteStream> {
        let mut b = http::Request::builder()
            .method(self.method.as_str())
            .uri(self.uri());
        for (k, v) in &self.headers {
            b = b.header(k.as_str(), v.as_str());
        }
        b.body(ByteStream::from(self.body.clone()))
            .expect("suite request")
    }

    fn from_http(req: &http::Request<ByteStream>, body: Vec<u8>) -> Parsed {
        let uri = req.uri();
        Parsed {
            method: req.method().to_string(),
            authority: uri.authority().map(|a| a.to_string()).unwrap_or_default(),
            path: uri.path().to_owned(),
            query: uri.query().map(str::to_owned),
            headers: req
                .headers()
                .iter()
                .map(|(k, v)| (k.to_string(), String::from_utf8_lossy(v.as_bytes()).into()))
                .collect(),
            body,
        }
    }

    /// A comparable text form: header names lowercased and sorted (values of a repeated
    /// header keep their order), query parameters decoded and sorted.
    fn describe(&self) -> String {
        let mut headers: Vec<(String, &str)> = self
            .headers
            .iter()
            .map(|(k, v)| (k.to_ascii_lowercase(), v.as_str()))
            .collect();
        headers.sort_by(|a, b| a.0.cmp(&b.0));
        let mut query: Vec<(String, String)> = self
            .query
            .as_deref()
            .unwrap_or("")
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                let dec = |s: &str| percent_decode_str(s).decode_utf8_lossy().into_owned();
                (dec(k), dec(v))
            })
            .collect();
        query.sort();
        let mut out = format!("{} https://{}{}\n", self.method, self.authority, self.path);
        for (k, v) in query {
            out.push_str(&format!("  ?{k}={v}\n"));
        }
        for (k, v) in headers {
            out.push_str(&format!("  {k}: {v}\n"));
        }
        out.push_str(&String::from_utf8_lossy(&self.body));
        out
    }
}

/// Records the `canonical_request` and `string_to_sign` fields of trace events.
#[derive(Clone, Default)]
struct TraceLog(Arc<Mutex<Vec<(String, String)>>>);

impl TraceLog {
    fn clear(&self) {
        self.0.lock().unwrap().clear();
    }
    fn get(&self, field: &str) -> String {
        let log = self.0.lock().unwrap();
        let found = log.iter().rev().find(|(k, _)| k == field);
        found.map(|(_, v)| v.clone()).unwrap_or_default()
    }
}

struct Fields<'a>(&'a TraceLog);

impl tracing::field::Visit for Fields<'_> {
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        if matches!(field.name(), "canonical_request" | "string_to_sign") {
            let entry = (field.name().to_owned(), format!("{value:?}"));
            self.0 .0.lock().unwrap().push(entry);
        }
    }
}

impl tracing::Subscriber for TraceLog {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn max_level_hint(&self) -> Option<tracing::level_filters::LevelFilter> {
        Some(tracing::level_filters::LevelFilter::TRACE)
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        event.record(&mut Fields(self));
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}
