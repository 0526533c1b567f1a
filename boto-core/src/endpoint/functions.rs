//! The rules engine's standard library, as plain functions over strings: `substring`,
//! `uriEncode`, `parseURL`, `isValidHostLabel`, `split`, and the AWS ones `aws.parseArn`
//! and `aws.isVirtualHostableS3Bucket`. `None` is the rules' "unset" answer.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::{json, Value};
use std::net::{Ipv4Addr, Ipv6Addr};

/// Everything but the RFC 3986 unreserved characters is percent-encoded.
const URI_ENCODE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// `value[start..stop]`, counted from the end when `reverse`. `None` when the range is
/// empty or reversed, runs past the end, or the input is not all ASCII.
pub(crate) fn substring(value: &str, start: usize, stop: usize, reverse: bool) -> Option<&str> {
    if start >= stop || stop > value.len() || !value.is_ascii() {
        return None;
    }
    if reverse {
        let len = value.len();
        value.get(len - stop..len - start)
    } else {
        value.get(start..stop)
    }
}

/// Percent-encodes all but `A-Z a-z 0-9 - _ . ~`.
pub(crate) fn uri_encode(value: &str) -> String {
    utf8_percent_encode(value, URI_ENCODE).to_string()
}

/// One DNS label (RFC 1123): 1 to 63 of `A-Z a-z 0-9 -`, not starting or ending with `-`.
/// With `allow_subdomains`, every `.`-separated label must be one.
pub(crate) fn is_valid_host_label(value: &str, allow_subdomains: bool) -> bool {
    if allow_subdomains {
        return value
            .split('.')
            .all(|label| is_valid_host_label(label, false));
    }
    (1..=63).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && !value.starts_with('-')
        && !value.ends_with('-')
}

/// A bucket name usable as a host name: a valid host label (or dotted labels with
/// `allow_subdomains`), 3 to 63 characters, no upper case, and not an IPv4 address.
pub(crate) fn is_virtual_hostable_s3_bucket(value: &str, allow_subdomains: bool) -> bool {
    (3..=63).contains(&value.len())
        && !value.bytes().any(|b| b.is_ascii_uppercase())
        && !looks_like_ipv4(value)
        && is_valid_host_label(value, allow_subdomains)
}

/// Four dot-separated runs of digits (`192.168.0.01` is no address, but still no bucket host).
fn looks_like_ipv4(value: &str) -> bool {
    let parts: Vec<&str> = value.split('.').collect();
    parts.len() == 4
        && parts
            .iter()
            .all(|p| (1..=3).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// `arn:partition:service:region:account:resource`, as an object with `partition`,
/// `service`, `region`, `accountId` and `resourceId` (the resource split on `:` and `/`).
/// `None` unless it starts with `arn:` and has a partition, service and resource.
pub(crate) fn parse_arn(value: &str) -> Option<Value> {
    let mut parts = value.splitn(6, ':');
    let (Some("arn"), Some(partition), Some(service), Some(region), Some(account), Some(resource)) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return None;
    };
    if partition.is_empty() || service.is_empty() || resource.is_empty() {
        return None;
    }
    let resource_id: Vec<&str> = resource.split([':', '/']).collect();
    Some(json!({
        "partition": partition,
        "service": service,
        "region": region,
        "accountId": account,
        "resourceId": resource_id,
    }))
}

/// An `http`/`https` URL without query or fragment, as an object with `scheme`,
/// `authority`, `path`, `normalizedPath` (the path with a leading and trailing `/`) and
/// `isIp`. `None` for anything else, including a bad port, user info or an empty host.
pub(crate) fn parse_url(value: &str) -> Option<Value> {
    let (scheme, rest) = value.split_once("://")?;
    if scheme != "http" && scheme != "https" {
        return None;
    }
    if rest.contains(['?', '#']) || rest.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return None;
    }
    let (authority, path) = match rest.find('/') {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    if authority.contains('@') {
        return None;
    }
    let (host, is_ip) = split_host(authority)?;
    if host.is_empty() {
        return None;
    }
    let mut normalized = String::with_capacity(path.len() + 2);
    if !path.starts_with('/') {
        normalized.push('/');
    }
    normalized.push_str(path);
    if !normalized.ends_with('/') {
        normalized.push('/');
    }
    Some(json!({
        "scheme": scheme,
        "authority": authority,
        "path": path,
        "normalizedPath": normalized,
        "isIp": is_ip,
    }))
}

/// The host of `host[:port]` or `[v6]:port`, and whether it is an IP address; `None`
/// when the port is not a number up to 65535 or brackets hold no IPv6 address.
fn split_host(authority: &str) -> Option<(&str, bool)> {
    let (host, port) = if let Some(bracketed) = authority.strip_prefix('[') {
        let (inside, after) = bracketed.split_once(']')?;
        inside.parse::<Ipv6Addr>().ok()?;
        let port = match after {
            "" => None,
            p => Some(p.strip_prefix(':')?),
        };
        return valid_port(port).then_some((inside, true));
    } else {
        match authority.rsplit_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (authority, None),
        }
    };
    if !valid_port(port) || host.contains([':', '[', ']']) {
        return None;
    }
    Some((host, host.parse::<Ipv4Addr>().is_ok()))
}

fn valid_port(port: Option<&str>) -> bool {
    port.is_none_or(|p| {
        !p.is_empty()
            && p.len() <= 5
            && p.bytes().all(|b| b.is_ascii_digit())
            && p.parse::<u16>().is_ok()
    })
}

/// `value` split on `delimiter`: all of it for `limit` 0, else into at most `limit`
/// parts (the last one keeps the rest). `None` for an empty delimiter.
pub(crate) fn split<'a>(value: &'a str, delimiter: &str, limit: usize) -> Option<Vec<&'a str>> {
    if delimiter.is_empty() {
        return None;
    }
    Some(if limit == 0 {
        value.split(delimiter).collect()
    } else {
        value.splitn(limit, delimiter).collect()
    })
}
