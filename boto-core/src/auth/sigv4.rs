//! The SigV4 computation: canonical request, string to sign, signing key and signature
//! (HMAC-SHA256 and SHA-256 from `ring`, which the TLS stack already builds).
//!
//! The canonical request follows AWS's reference rules as the AWS SDKs apply them: header
//! names lowercased, values trimmed with inner runs of spaces collapsed, repeated headers
//! joined by `,`; `authorization`, `user-agent`, `x-amzn-trace-id` and `transfer-encoding`
//! never signed (nor `x-amz-user-agent` and `x-amz-checksum-mode` in presigned URLs); the
//! query decoded as a form, each key and value encoded again, sorted; the path normalized
//! and encoded a second time, or taken as sent (S3).

use super::SigningOptions;
use crate::error::{Error, Result};
use http::header::HOST;
use http::{HeaderMap, HeaderValue, Method, Uri};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, CONTROLS};
use ring::{digest, hmac};
use std::borrow::Cow;
use std::fmt::Write as _;
use std::time::{SystemTime, UNIX_EPOCH};

/// The algorithm name of SigV4.
pub(super) const ALGORITHM: &str = "AWS4-HMAC-SHA256";
/// The payload hash of a body that is not signed.
pub(super) const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";

/// Headers never signed: computed by signing, or changed on the way (proxies, tracing).
const EXCLUDED: &[&str] = &[
    "authorization",
    "user-agent",
    "x-amzn-trace-id",
    "transfer-encoding",
];
/// Headers not signed in presigned URLs besides [`EXCLUDED`].
const EXCLUDED_IN_QUERY: &[&str] = &["x-amz-user-agent", "x-amz-checksum-mode"];
/// Headers whose values the logged canonical request hides.
const SENSITIVE: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "x-amz-security-token",
    "cookie",
    "set-cookie",
    "x-amz-server-side-encryption-customer-key",
    "x-amz-server-side-encryption-customer-key-md5",
    "x-amz-copy-source-server-side-encryption-customer-key",
    "x-amz-copy-source-server-side-encryption-customer-key-md5",
];

/// What is encoded in canonical query keys and values (and, with `/` kept, in a path
/// encoded a second time): everything but letters, digits and `-._~`.
const QUERY: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'/')
    .add(b':')
    .add(b',')
    .add(b'?')
    .add(b'#')
    .add(b'[')
    .add(b']')
    .add(b'{')
    .add(b'}')
    .add(b'|')
    .add(b'@')
    .add(b'!')
    .add(b'$')
    .add(b'&')
    .add(b'\'')
    .add(b'(')
    .add(b')')
    .add(b'*')
    .add(b'+')
    .add(b';')
    .add(b'=')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'"')
    .add(b'^')
    .add(b'`')
    .add(b'\\');
/// [`QUERY`] with `/` kept: a path encoded a second time.
const PATH: &AsciiSet = &QUERY.remove(b'/');

/// The credentials as signing reads them, checked.
pub(super) struct Keys<'a> {
    pub access_key_id: &'a str,
    pub secret_access_key: &'a str,
    pub session_token: Option<&'a str>,
}

/// Where the signature goes.
pub(super) enum Location {
    /// `authorization` and `x-amz-*` headers.
    Headers,
    /// Query parameters of a URL valid this many seconds.
    Query { expires: u64 },
}

/// One signing: what it signs with and how.
pub(super) struct Signing<'a> {
    pub keys: Keys<'a>,
    pub region: &'a str,
    pub service: &'a str,
    pub time: SystemTime,
    pub options: &'a SigningOptions,
    pub location: Location,
}

/// What a signing adds to the request, in order.
pub(super) struct Added {
    /// Headers to set (header signing).
    pub headers: Vec<(&'static str, String)>,
    /// Query parameters to append, not yet encoded (query signing).
    pub params: Vec<(&'static str, String)>,
}

/// `YYYYMMDD'T'HHMMSS'Z'` and `YYYYMMDD` of `time` (checked to lie in 1970..=9999).
fn amz_date(time: SystemTime) -> (String, String) {
    let secs = time
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0) as i64;
    let (y, m, d) = crate::datetime::civil_from_days(secs.div_euclid(86400));
    let s = secs.rem_euclid(86400);
    let date = format!("{y:04}{m:02}{d:02}");
    let date_time = format!("{date}T{:02}{:02}{:02}Z", s / 3600, s / 60 % 60, s % 60);
    (date_time, date)
}

/// Lowercase hex of `bytes`.
fn hex(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(out, "{b:02x}");
    }
    out
}

/// The hex SHA-256 of `data`.
pub(super) fn sha256_hex(data: &[u8]) -> String {
    hex(digest::digest(&digest::SHA256, data).as_ref())
}

fn hmac_sha256(key: &[u8], data: &[u8]) -> hmac::Tag {
    hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, key), data)
}

/// The signature of `string_to_sign` with the key derived from `secret` for this date,
/// region and service.
pub(super) fn signature(
    secret: &str,
    date: &str,
    region: &str,
    service: &str,
    string_to_sign: &str,
) -> String {
    let k_secret = format!("AWS4{secret}");
    let k_date = hmac_sha256(k_secret.as_bytes(), date.as_bytes());
    let k_region = hmac_sha256(k_date.as_ref(), region.as_bytes());
    let k_service = hmac_sha256(k_region.as_ref(), service.as_bytes());
    let k_signing = hmac_sha256(k_service.as_ref(), b"aws4_request");
    hex(hmac_sha256(k_signing.as_ref(), string_to_sign.as_bytes()).as_ref())
}

/// `.` and `..` segments and repeated slashes removed; a trailing slash kept.
fn normalize_path(path: &str) -> Cow<'_, str> {
    if path.is_empty() {
        return Cow::Borrowed("/");
    }
    let path: Cow<'_, str> = if path.starts_with('/') {
        Cow::Borrowed(path)
    } else {
        Cow::Owned(format!("/{path}"))
    };
    if !(path.contains('.') || path.contains("//")) {
        return path;
    }
    let mut segments: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            s => segments.push(s),
        }
    }
    let mut out = segments.join("/");
    if !out.starts_with('/') {
        out.insert(0, '/');
    }
    let trailing = ["/", "/.", "/./", "/..", "/../"]
        .iter()
        .any(|s| path.ends_with(s));
    if trailing && !out.ends_with('/') {
        out.push('/');
    }
    Cow::Owned(out)
}

/// A header value trimmed, inner runs of spaces collapsed to one.
fn trim_all(value: &str) -> Cow<'_, str> {
    let value = value.trim_matches(' ');
    if !value.contains("  ") {
        return Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(value.len());
    let mut last_space = false;
    for c in value.chars() {
        if c == ' ' && last_space {
            continue;
        }
        last_space = c == ' ';
        out.push(c);
    }
    Cow::Owned(out)
}

/// The `host` a request without a Host header is signed with: the URI's authority, its
/// port left out when it is the scheme's default.
fn host_of(uri: &Uri) -> Result<String> {
    let (Some(authority), Some(host)) = (uri.authority(), uri.host()) else {
        return Err(Error::invalid_input(
            "cannot sign a request without a host (absolute URI or Host header)",
        ));
    };
    let default_port = matches!(
        (uri.scheme_str(), uri.port_u16()),
        (Some("http"), Some(80)) | (Some("https"), Some(443))
    );
    Ok(if default_port {
        host
    } else {
        authority.as_str()
    }
    .to_owned())
}

/// Signs: returns what to add to the request. `payload_hash` is the body's (hex SHA-256,
/// a precomputed value or `UNSIGNED-PAYLOAD`); `content_sha256` sends it as
/// `x-amz-content-sha256` (header signing).
pub(super) fn sign(
    signing: &Signing<'_>,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    payload_hash: &str,
    content_sha256: bool,
    log: bool,
) -> Result<Added> {
    if uri.host().is_none() && !headers.contains_key(HOST) {
        return Err(Error::invalid_input(
            "cannot sign a request without a host (absolute URI or Host header)",
        ));
    }
    let (date_time, date) = amz_date(signing.time);
    let options = signing.options;
    let in_query = matches!(signing.location, Location::Query { .. });

    // Canonical headers: lowercased names (sorted, repeated values kept in order).
    let mut canonical: Vec<(String, String)> = Vec::with_capacity(headers.len() + 4);
    for (name, value) in headers {
        let value = std::str::from_utf8(value.as_bytes())
            .map_err(|_| Error::invalid_input(format!("header {name} is not valid UTF-8")))?;
        let value = trim_all(value);
        HeaderValue::from_str(&value)
            .map_err(|_| Error::invalid_input(format!("header {name} has an invalid value")))?;
        canonical.push((name.as_str().to_ascii_lowercase(), value.into_owned()));
    }
    if !canonical.iter().any(|(n, _)| n == HOST.as_str()) {
        canonical.push((HOST.as_str().to_owned(), host_of(uri)?));
    }
    let set = |canonical: &mut Vec<(String, String)>, name: &str, value: &str| {
        canonical.retain(|(n, _)| n != name);
        canonical.push((name.to_owned(), value.to_owned()));
    };
    if !in_query {
        set(&mut canonical, "x-amz-date", &date_time);
        if let Some(token) = signing.keys.session_token {
            set(&mut canonical, "x-amz-security-token", token);
        }
        if content_sha256 {
            set(&mut canonical, "x-amz-content-sha256", payload_hash);
        }
    }
    // Stable: repeated headers keep their order.
    canonical.sort_by(|a, b| a.0.cmp(&b.0));
    let excluded = |name: &str| {
        EXCLUDED.contains(&name)
            || (in_query && EXCLUDED_IN_QUERY.contains(&name))
            || (!options.sign_session_token && name == "x-amz-security-token")
    };
    let mut signed_names: Vec<&str> = canonical
        .iter()
        .map(|(n, _)| n.as_str())
        .filter(|n| !excluded(n))
        .collect();
    signed_names.dedup();
    let signed_headers = signed_names.join(";");

    let scope = format!("{date}/{}/{}/aws4_request", signing.region, signing.service);
    let credential = format!("{}/{scope}", signing.keys.access_key_id);

    // Canonical query: the request's parameters (and the presigning ones) decoded as a
    // form, encoded again, sorted.
    let mut params: Vec<(String, String)> = uri
        .query()
        .unwrap_or_default()
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (form_decode(k), form_decode(v))
        })
        .collect();
    let mut added_params = Vec::new();
    if let Location::Query { expires } = signing.location {
        params.push(("X-Amz-Date".into(), date_time.clone()));
        params.push(("X-Amz-Expires".into(), expires.to_string()));
        params.push(("X-Amz-Algorithm".into(), ALGORITHM.into()));
        params.push(("X-Amz-Credential".into(), credential.clone()));
        params.push(("X-Amz-SignedHeaders".into(), signed_headers.clone()));
        let token = signing
            .keys
            .session_token
            .filter(|_| options.sign_session_token);
        if let Some(token) = token {
            params.push(("X-Amz-Security-Token".into(), token.to_owned()));
        }
        added_params = vec![
            ("X-Amz-Algorithm", ALGORITHM.to_owned()),
            ("X-Amz-Credential", credential.clone()),
            ("X-Amz-Date", date_time.clone()),
            ("X-Amz-Expires", expires.to_string()),
            ("X-Amz-SignedHeaders", signed_headers.clone()),
        ];
    }
    let mut encoded: Vec<(String, String)> = params
        .iter()
        .map(|(k, v)| {
            (
                utf8_percent_encode(k, QUERY).to_string(),
                utf8_percent_encode(v, QUERY).to_string(),
            )
        })
        .collect();
    encoded.sort();
    let query = encoded
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&");

    let path = uri.path();
    let path = if options.normalize_uri_path {
        normalize_path(path)
    } else {
        Cow::Borrowed(path)
    };
    let path = if options.double_uri_encode {
        Cow::Owned(utf8_percent_encode(&path, PATH).to_string())
    } else {
        path
    };

    let creq = |redact: bool| {
        let mut out = format!("{method}\n{path}\n{query}\n");
        for name in &signed_names {
            let values = canonical.iter().filter(|(n, _)| n == name);
            let value = if redact && SENSITIVE.contains(name) {
                let len: usize = values.map(|(_, v)| v.len()).sum();
                format!("** redacted (length={len}) **")
            } else {
                values
                    .map(|(_, v)| v.as_str())
                    .collect::<Vec<_>>()
                    .join(",")
            };
            let _ = writeln!(out, "{name}:{value}");
        }
        let _ = write!(out, "\n{signed_headers}\n{payload_hash}");
        out
    };
    let string_to_sign = format!(
        "{ALGORITHM}\n{date_time}\n{scope}\n{}",
        sha256_hex(creq(false).as_bytes())
    );
    let signature = signature(
        signing.keys.secret_access_key,
        &date,
        signing.region,
        signing.service,
        &string_to_sign,
    );
    if log {
        tracing::trace!(
            canonical_request = %creq(true),
            string_to_sign = %string_to_sign,
            "calculated signing parameters"
        );
    }

    match signing.location {
        Location::Headers => {
            let mut headers = vec![
                ("x-amz-date", date_time),
                (
                    "authorization",
                    format!(
                        "{ALGORITHM} Credential={credential}, SignedHeaders={signed_headers}, \
                         Signature={signature}"
                    ),
                ),
            ];
            if content_sha256 {
                headers.push(("x-amz-content-sha256", payload_hash.to_owned()));
            }
            if let Some(token) = signing.keys.session_token {
                headers.push(("x-amz-security-token", token.to_owned()));
            }
            Ok(Added {
                headers,
                params: Vec::new(),
            })
        }
        Location::Query { .. } => {
            added_params.push(("X-Amz-Signature", signature));
            if let Some(token) = signing.keys.session_token {
                added_params.push(("X-Amz-Security-Token", token.to_owned()));
            }
            Ok(Added {
                headers: Vec::new(),
                params: added_params,
            })
        }
    }
}

/// A form-encoded query key or value decoded: `+` is a space, `%XX` a byte, invalid UTF-8
/// replaced.
fn form_decode(s: &str) -> String {
    let s = s.replace('+', " ");
    percent_decode_str(&s).decode_utf8_lossy().into_owned()
}
