//! The configured endpoint URL of a service, with botocore's precedence:
//!
//! 1. the session builder's `endpoint_url` (always honoured);
//! 2. `AWS_ENDPOINT_URL_<SERVICE_ID>` (service id in upper snake case: `DYNAMODB`);
//! 3. `AWS_ENDPOINT_URL`;
//! 4. the profile's `services = name` section: `<service_id lower snake> =\n endpoint_url = ..`;
//! 5. the profile's `endpoint_url`.
//!
//! Sources 2-5 are skipped when `ignore_configured_endpoint_urls` is set (by the builder,
//! else `AWS_IGNORE_CONFIGURED_ENDPOINT_URLS`, else the profile).

use super::{Env, Profile, ProfileSet};

/// The builder-level inputs of endpoint resolution.
#[derive(Debug, Clone, Default)]
pub(crate) struct EndpointOverrides<'a> {
    /// `SessionBuilder::endpoint_url`.
    pub endpoint_url: Option<&'a str>,
    /// `SessionBuilder::ignore_configured_endpoint_urls`.
    pub ignore_configured: Option<bool>,
}

/// `Elastic Beanstalk` -> `elastic_beanstalk` (the services-section key).
pub(crate) fn service_key(service_id: &str) -> String {
    service_id
        .trim()
        .replace([' ', '-'], "_")
        .to_ascii_lowercase()
}

/// The configured endpoint URL for `service_id`, or `None` for the default AWS endpoint.
/// A pure function of its inputs: the environment is passed in, never read here.
pub(crate) fn configured_endpoint_url(
    overrides: &EndpointOverrides<'_>,
    env: &Env,
    profiles: &ProfileSet,
    profile: Option<&Profile>,
    service_id: &str,
) -> Option<String> {
    if let Some(url) = overrides.endpoint_url {
        return Some(url.to_string());
    }
    let ignore = overrides
        .ignore_configured
        .or_else(|| env.flag("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS"))
        .or_else(|| {
            profile
                .and_then(|p| p.get("ignore_configured_endpoint_urls"))
                .map(|v| v.trim().eq_ignore_ascii_case("true"))
        })
        .unwrap_or(false);
    if ignore {
        return None;
    }
    let key = service_key(service_id);
    let env_name = format!("AWS_ENDPOINT_URL_{}", key.to_ascii_uppercase());
    if let Some(url) = env.get(&env_name) {
        return Some(url);
    }
    if let Some(url) = env.get("AWS_ENDPOINT_URL") {
        return Some(url);
    }
    let profile = profile?;
    let from_services = profile
        .get("services")
        .and_then(|name| profiles.services(name))
        .and_then(|section| section.nested(&key))
        .and_then(|block| block.get("endpoint_url"))
        .filter(|u| !u.is_empty());
    if let Some(url) = from_services {
        return Some(url.clone());
    }
    profile
        .get("endpoint_url")
        .filter(|u| !u.is_empty())
        .map(str::to_string)
}

/// Checks an endpoint URL fully: `http` or `https`, a host (a name, an IPv4 address or a
/// bracketed IPv6 address), an optional port in 1..=65535, an optional base path; no user
/// info, query or fragment, no whitespace or control characters. The one parser of every
/// endpoint URL (the builder's, the environment's, the profile's, the default ones).
pub(crate) fn parse_endpoint_url(url: &str) -> crate::Result<http::Uri> {
    // Quoted in errors without its user info, which may hold a password.
    let mut shown: String = url.chars().take(200).collect();
    if let Some(at) = shown.find('@') {
        let start = shown.find("://").map_or(0, |i| i + 3);
        if start <= at {
            shown.replace_range(start..at, "***");
        }
    }
    let bad = |why: &str| crate::Error::config(format!("invalid endpoint URL {shown:?}: {why}"));
    let url = url.trim();
    if url.is_empty() {
        return Err(bad("it is empty"));
    }
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(bad("it contains whitespace or control characters"));
    }
    let Some((scheme, rest)) = url.split_once("://") else {
        return Err(bad("it needs a scheme (http:// or https://)"));
    };
    if !(scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")) {
        return Err(bad("the scheme must be http or https"));
    }
    if rest.contains(['?', '#']) {
        return Err(bad("an endpoint has no query or fragment"));
    }
    let (authority, _path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    if authority.contains('@') {
        return Err(bad("an endpoint has no user name or password"));
    }
    let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
        let Some((addr, after)) = v6.split_once(']') else {
            return Err(bad("unclosed [ in the host"));
        };
        if addr.parse::<std::net::Ipv6Addr>().is_err() {
            return Err(bad("the host is not an IPv6 address"));
        }
        match after {
            "" => (addr, None),
            p => match p.strip_prefix(':') {
                Some(p) => (addr, Some(p)),
                None => return Err(bad("unexpected text after the IPv6 address")),
            },
        }
    } else {
        match authority.split_once(':') {
            Some((h, p)) => (h, Some(p)),
            None => (authority, None),
        }
    };
    if host.is_empty() {
        return Err(bad("no host"));
    }
    let host_ok = host
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b':'));
    if !host_ok {
        return Err(bad("the host has characters a host name cannot have"));
    }
    if let Some(p) = port {
        let valid = !p.is_empty()
            && p.len() <= 5
            && p.bytes().all(|b| b.is_ascii_digit())
            && matches!(p.parse::<u32>(), Ok(1..=65535));
        if !valid {
            return Err(bad("the port must be a number from 1 to 65535"));
        }
    }
    let uri: http::Uri = url.parse().map_err(|_| bad("not a URL"))?;
    // What was checked above is what the transport will use.
    if uri.host().is_none() || port.is_some() && uri.port_u16().is_none() {
        return Err(bad("not a URL"));
    }
    Ok(uri)
}
