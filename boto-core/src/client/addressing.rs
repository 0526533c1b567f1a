//! S3 bucket addressing: virtual-hosted style (`https://bucket.s3.eu-west-1.amazonaws.com/key`)
//! when the bucket name allows it, path style (`https://host/bucket/key`) for IP and
//! `localhost` endpoints, bucket names that are not DNS labels, and when asked
//! (`force_path_style`). The protocol engine always renders path style (the model's
//! `/{Bucket}/{Key+}`); this moves the bucket into the host afterwards, before signing.

use super::ServiceRules;
use crate::error::{Error, Result};
use crate::http::ByteStream;
use crate::model::Operation;
use crate::protocol::encode_label;
use crate::value::Value;

/// The bucket to move into the host name, when `op` of a service with S3's
/// [`bucket_addressing`](ServiceRules::bucket_addressing) addresses one in its URI and
/// virtual-hosted style applies to it on `endpoint`.
pub(crate) fn virtual_host_bucket(
    rules: &ServiceRules,
    op: &Operation,
    input: &Value,
    endpoint: &http::Uri,
    force_path_style: bool,
) -> Option<String> {
    if force_path_style || !rules.bucket_addressing {
        return None;
    }
    if !op.http.request_uri.starts_with("/{Bucket}") {
        return None;
    }
    let bucket = input.get("Bucket").and_then(Value::as_str)?;
    let host = endpoint.host()?;
    if is_ip_or_localhost(host) {
        return None;
    }
    let https = endpoint.scheme_str() != Some("http");
    is_virtual_hostable(bucket, !https).then(|| bucket.to_string())
}

/// `host` is an IPv4/IPv6 literal or `localhost` (where `bucket.host` would not resolve).
fn is_ip_or_localhost(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.parse::<std::net::IpAddr>().is_ok()
        || host.eq_ignore_ascii_case("localhost")
        || host.to_ascii_lowercase().ends_with(".localhost")
}

/// A DNS-compatible bucket name: 3 to 63 lowercase letters, digits and hyphens, starting
/// and ending with a letter or digit, not shaped like an IP address. Dots are allowed only
/// when `allow_dots` (plain HTTP: over TLS, `a.b.s3.amazonaws.com` fails the wildcard
/// certificate).
pub(crate) fn is_virtual_hostable(bucket: &str, allow_dots: bool) -> bool {
    let b = bucket.as_bytes();
    if !(3..=63).contains(&b.len()) {
        return false;
    }
    let alnum = |c: &u8| c.is_ascii_lowercase() || c.is_ascii_digit();
    if !alnum(&b[0]) || !alnum(&b[b.len() - 1]) {
        return false;
    }
    if bucket.parse::<std::net::Ipv4Addr>().is_ok() {
        return false;
    }
    if bucket.contains('.') {
        return allow_dots
            && bucket
                .split('.')
                .all(|label| is_virtual_hostable_label(label.as_bytes()));
    }
    is_virtual_hostable_label(b)
}

fn is_virtual_hostable_label(l: &[u8]) -> bool {
    let alnum = |c: &u8| c.is_ascii_lowercase() || c.is_ascii_digit();
    !l.is_empty()
        && alnum(&l[0])
        && alnum(&l[l.len() - 1])
        && l.iter().all(|c| alnum(c) || *c == b'-')
}

/// Rewrites a path-style request (`scheme://host[/base]/bucket[/key][?query]`) to
/// virtual-hosted style (`scheme://bucket.host[/base][/key][?query]`).
pub(crate) fn to_virtual_host(req: &mut http::Request<ByteStream>, bucket: &str) -> Result<()> {
    let uri = req.uri();
    let scheme = uri.scheme_str().unwrap_or("https");
    let authority = uri
        .authority()
        .ok_or_else(|| Error::config("the endpoint URL has no host"))?
        .as_str();
    let path = uri.path();
    let encoded = encode_label(bucket, false);
    let needle = format!("/{encoded}");
    let at = find_segment(path, &needle).ok_or_else(|| {
        Error::invalid_input(format!("bucket {bucket:?} is not in the request path"))
    })?;
    let mut new_path = format!("{}{}", &path[..at], &path[at + needle.len()..]);
    if !new_path.starts_with('/') {
        new_path.insert(0, '/');
    }
    let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
    let new = format!("{scheme}://{bucket}.{authority}{new_path}{query}");
    *req.uri_mut() = new
        .parse()
        .map_err(|e| Error::invalid_input(format!("cannot build request URI {new:?}: {e}")))?;
    Ok(())
}

/// Where `/segment` starts in `path` as a whole path segment.
fn find_segment(path: &str, needle: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = path[from..].find(needle).map(|i| i + from) {
        let end = i + needle.len();
        if end == path.len() || path.as_bytes()[end] == b'/' {
            return Some(i);
        }
        from = i + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bucket_names() {
        for ok in ["abc", "my-bucket-1", "0a0"] {
            assert!(is_virtual_hostable(ok, false), "{ok}");
        }
        for bad in [
            "ab",
            "My-Bucket",
            "-abc",
            "abc-",
            "a_b_c",
            "192.168.1.1",
            "a.b.c",
            &"a".repeat(64),
        ] {
            assert!(!is_virtual_hostable(bad, false), "{bad}");
        }
        assert!(is_virtual_hostable("a.b.c", true));
        assert!(!is_virtual_hostable("a..c", true));
        assert!(is_ip_or_localhost("127.0.0.1"));
        assert!(is_ip_or_localhost("[::1]"));
        assert!(is_ip_or_localhost("localhost"));
        assert!(!is_ip_or_localhost("s3.amazonaws.com"));
    }

    #[test]
    fn rewrites_the_path_into_the_host() {
        let mut req = http::Request::new(ByteStream::empty());
        *req.uri_mut() = "https://s3.amazonaws.com/b-1/dir/key?uploads"
            .parse()
            .unwrap();
        to_virtual_host(&mut req, "b-1").unwrap();
        assert_eq!(
            req.uri().to_string(),
            "https://b-1.s3.amazonaws.com/dir/key?uploads"
        );
        *req.uri_mut() = "https://s3.eu-west-1.amazonaws.com/b-1?location"
            .parse()
            .unwrap();
        to_virtual_host(&mut req, "b-1").unwrap();
        assert_eq!(
            req.uri().to_string(),
            "https://b-1.s3.eu-west-1.amazonaws.com/?location"
        );
        *req.uri_mut() = "https://h/base/bkt/bkt".parse().unwrap();
        to_virtual_host(&mut req, "bkt").unwrap();
        assert_eq!(req.uri().to_string(), "https://bkt.h/base/bkt");
        *req.uri_mut() = "https://h/other/key".parse().unwrap();
        assert!(to_virtual_host(&mut req, "bkt").is_err());
    }
}
