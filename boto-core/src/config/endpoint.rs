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
