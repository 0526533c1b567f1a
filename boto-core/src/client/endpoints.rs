//! A client's endpoint: its service's rule set (parsed once per process) fed with the
//! built-ins the session configures (`AWS::Region`, `AWS::UseFIPS`, `SDK::Endpoint`,
//! `AWS::S3::ForcePathStyle`, ...), or, for services without a rule set, a regional default
//! over the partitions table (`https://{prefix}[-fips].{region}.{dnsSuffix}`).

use super::ServiceRules;
use crate::endpoint::{Partitions, ResolvedEndpoint, RuleSet};
use crate::error::{Error, Result};
use crate::model::ServiceMeta;
use crate::protocol::Endpoint;
use crate::session::Session;
use http::{HeaderName, HeaderValue};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

/// The regions where STS's legacy setting (`sts_regional_endpoints = legacy`) means the
/// global endpoint, as botocore lists them.
const LEGACY_GLOBAL_STS_REGIONS: &[&str] = &[
    "ap-northeast-1",
    "ap-south-1",
    "ap-southeast-1",
    "ap-southeast-2",
    "aws-global",
    "ca-central-1",
    "eu-central-1",
    "eu-north-1",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "sa-east-1",
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
];

/// An endpoint ready for requests: where to send them, extra headers, and the signing name
/// and region the rule set's auth scheme asks for (else the client's defaults apply).
#[derive(Debug, Clone)]
pub(crate) struct Resolved {
    pub endpoint: Endpoint,
    pub headers: Vec<(HeaderName, HeaderValue)>,
    pub signing_name: Option<String>,
    pub signing_region: Option<String>,
}

/// The rule set in `json`, parsed on first use and kept for the life of the process (one
/// parse per distinct rule set, however many clients use it). A rule set that does not
/// parse is the same error each time.
pub(crate) fn rule_set(json: &'static str) -> Result<&'static RuleSet> {
    type Cache = HashMap<(usize, usize), std::result::Result<&'static RuleSet, String>>;
    static CACHE: Mutex<Option<Cache>> = Mutex::new(None);
    let key = (json.as_ptr() as usize, json.len());
    let mut cache = CACHE.lock().unwrap_or_else(PoisonError::into_inner);
    let entry = cache
        .get_or_insert_with(HashMap::new)
        .entry(key)
        .or_insert_with(|| {
            RuleSet::from_json(json)
                .map(|rules| &*Box::leak(Box::new(rules)))
                .map_err(|e| format!("the service's endpoint rule set is invalid: {e}"))
        });
    entry.clone().map_err(Error::config)
}

/// The built-in parameters of `rules` as `session` configures them for a client of a
/// service with `service_rules`, plus the configured `endpoint_url`. `force_path_style` is
/// S3's addressing setting (the session's or the client's).
pub(crate) fn builtins(
    rules: &RuleSet,
    service_rules: &ServiceRules,
    session: &Session,
    endpoint_url: Option<&str>,
    force_path_style: bool,
) -> Map<String, Value> {
    let settings = session.endpoint_settings();
    let region = session
        .region()
        .map(str::to_string)
        // A configured endpoint needs no region; signatures then name us-east-1.
        .or_else(|| endpoint_url.map(|_| "us-east-1".to_string()));
    let custom = endpoint_url.is_some();
    let mut params = Map::new();
    for (name, built_in) in rules.parameters() {
        let value = match built_in {
            Some("AWS::Region") => region.clone().map(Value::String),
            // botocore: a configured endpoint URL wins over FIPS and dual-stack.
            Some("AWS::UseFIPS") => Some(Value::Bool(settings.use_fips && !custom)),
            Some("AWS::UseDualStack") => Some(Value::Bool(
                (settings.use_dualstack
                    || settings.s3_use_dualstack && service_rules.s3_config_section)
                    && !custom,
            )),
            Some("SDK::Endpoint") => endpoint_url.map(|u| Value::String(u.trim().to_string())),
            Some("AWS::S3::ForcePathStyle") => Some(Value::Bool(
                force_path_style || endpoint_url.is_some_and(is_localhost),
            )),
            Some("AWS::S3::Accelerate") => Some(Value::Bool(settings.s3_accelerate)),
            Some("AWS::S3::UseArnRegion") => Some(Value::Bool(settings.s3_use_arn_region)),
            Some("AWS::S3::DisableMultiRegionAccessPoints") => {
                Some(Value::Bool(settings.s3_disable_mrap))
            }
            Some("AWS::S3::UseGlobalEndpoint") => Some(Value::Bool(
                settings.s3_us_east_1_global && matches!(region.as_deref(), Some("us-east-1")),
            )),
            Some("AWS::STS::UseGlobalEndpoint") => Some(Value::Bool(
                settings.sts_legacy_global
                    && !custom
                    && region
                        .as_deref()
                        .is_some_and(|r| LEGACY_GLOBAL_STS_REGIONS.contains(&r)),
            )),
            Some("AWS::Auth::AccountIdEndpointMode") => {
                Some(Value::String(settings.account_id_endpoint_mode.clone()))
            }
            _ => None,
        };
        if let Some(v) = value {
            params.insert(name.to_string(), v);
        }
    }
    params
}

/// `localhost` endpoints (local test servers) keep S3 buckets in the path: `bucket.localhost`
/// would not resolve.
fn is_localhost(url: &str) -> bool {
    crate::config::endpoint::parse_endpoint_url(url)
        .ok()
        .and_then(|u| u.host().map(str::to_ascii_lowercase))
        .is_some_and(|h| h == "localhost" || h.ends_with(".localhost"))
}

/// Resolves `params` through `rules` into an endpoint for requests.
pub(crate) fn resolve(rules: &RuleSet, params: Map<String, Value>) -> Result<Resolved> {
    from_rules(rules.resolve(&Value::Object(params))?)
}

/// A rule set's answer as a request endpoint: the URL checked like a configured one, the
/// headers checked, the auth scheme chosen.
fn from_rules(ep: ResolvedEndpoint) -> Result<Resolved> {
    let endpoint = Endpoint::parse(&ep.url)?;
    let mut headers = Vec::new();
    for (name, values) in &ep.headers {
        let name = HeaderName::try_from(name.as_str())
            .map_err(|_| Error::config(format!("endpoint header name {name:?} is invalid")))?;
        for v in values {
            let value = HeaderValue::try_from(v.as_str()).map_err(|_| {
                Error::config(format!("endpoint header {name} has an invalid value"))
            })?;
            headers.push((name.clone(), value));
        }
    }
    let (signing_name, signing_region) = auth_scheme(&ep.properties)?;
    Ok(Resolved {
        endpoint,
        headers,
        signing_name,
        signing_region,
    })
}

/// The signing name and region of the first auth scheme boto-rs can sign with (`sigv4`);
/// an endpoint offering only others (`sigv4a`, `sigv4-s3express`) is an error naming them.
fn auth_scheme(properties: &Value) -> Result<(Option<String>, Option<String>)> {
    let Some(schemes) = properties.get("authSchemes").and_then(Value::as_array) else {
        return Ok((None, None));
    };
    if schemes.is_empty() {
        return Ok((None, None));
    }
    let text = |s: &Value, k: &str| s.get(k).and_then(Value::as_str).map(str::to_string);
    for scheme in schemes {
        if scheme.get("name").and_then(Value::as_str) == Some("sigv4") {
            return Ok((text(scheme, "signingName"), text(scheme, "signingRegion")));
        }
    }
    let names: Vec<&str> = schemes
        .iter()
        .map(|s| s.get("name").and_then(Value::as_str).unwrap_or("unnamed"))
        .collect();
    let why = if names.contains(&"sigv4a") {
        " (SigV4a, multi-region signing, is not supported)"
    } else if names.contains(&"sigv4-s3express") {
        " (S3 Express session auth is not supported yet)"
    } else {
        ""
    };
    Err(Error::config(format!(
        "the endpoint requires the auth scheme {}, which boto-rs cannot sign with{why}",
        names.join(" or ")
    )))
}

/// The endpoint of a service without a rule set: the configured URL, the global host of a
/// global service, else `https://{endpoint_prefix}[-fips].{region}.{dnsSuffix}` with the
/// region's partition's suffix (its dual-stack one when asked), like a regionalized rule
/// set; S3 in `us-east-1` keeps `s3.amazonaws.com`
/// ([`ServiceRules::global_host_in_us_east_1`]).
pub(crate) fn default_resolved(
    meta: &ServiceMeta,
    session: &Session,
    endpoint_url: Option<&str>,
) -> Result<Resolved> {
    let endpoint = match endpoint_url {
        Some(url) => Endpoint::parse(url)?,
        None => Endpoint::parse(&default_url(
            meta,
            session.region(),
            session.use_fips(),
            session.use_dualstack(),
        )?)?,
    };
    Ok(Resolved {
        endpoint,
        headers: Vec::new(),
        signing_name: None,
        signing_region: None,
    })
}

/// See [`default_resolved`].
pub(crate) fn default_url(
    meta: &ServiceMeta,
    region: Option<&str>,
    fips: bool,
    dualstack: bool,
) -> Result<String> {
    if let Some(host) = &meta.global_endpoint {
        if !fips && !dualstack {
            return Ok(format!("https://{host}"));
        }
    }
    let region = region.ok_or_else(|| super::no_region(meta))?;
    let valid = !region.is_empty()
        && region
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !valid {
        return Err(Error::config(format!("invalid region name {region:?}")));
    }
    let partitions = Partitions::embedded()?;
    let partition = partitions.lookup(region);
    let supports = |k: &str| partition.get(k).and_then(Value::as_bool).unwrap_or(false);
    let name = partition
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or("aws");
    if fips && !supports("supportsFIPS") {
        return Err(Error::config(format!(
            "FIPS is enabled but partition {name} does not support FIPS"
        )));
    }
    if dualstack && !supports("supportsDualStack") {
        return Err(Error::config(format!(
            "dual-stack is enabled but partition {name} does not support dual-stack"
        )));
    }
    let global = ServiceRules::for_service(meta).global_host_in_us_east_1;
    if global && region == "us-east-1" && !fips && !dualstack {
        return Ok("https://s3.amazonaws.com".to_string());
    }
    let suffix_key = if dualstack {
        "dualStackDnsSuffix"
    } else {
        "dnsSuffix"
    };
    let suffix = partition
        .get(suffix_key)
        .and_then(Value::as_str)
        .ok_or_else(|| Error::config(format!("partition {name} has no {suffix_key}")))?;
    let fips = if fips { "-fips" } else { "" };
    Ok(format!(
        "https://{}{fips}.{region}.{suffix}",
        meta.endpoint_prefix
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn auth_schemes() {
        let props = json!({"authSchemes": [
            {"name": "sigv4a", "signingRegionSet": ["*"]},
            {"name": "sigv4", "signingName": "s3", "signingRegion": "us-gov-west-1"}
        ]});
        assert_eq!(
            auth_scheme(&props).unwrap(),
            (Some("s3".to_string()), Some("us-gov-west-1".to_string()))
        );
        assert_eq!(auth_scheme(&json!({})).unwrap(), (None, None));
        let only_4a = json!({"authSchemes": [{"name": "sigv4a", "signingName": "s3"}]});
        let err = auth_scheme(&only_4a).unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Config);
        assert!(err.to_string().contains("sigv4a"), "{err}");
        assert!(err.to_string().contains("SigV4a"), "{err}");
        let express = json!({"authSchemes": [{"name": "sigv4-s3express"}]});
        let err = auth_scheme(&express).unwrap_err();
        assert!(err.to_string().contains("sigv4-s3express"), "{err}");
        assert!(err.to_string().contains("S3 Express"), "{err}");
    }

    #[test]
    fn rule_sets_are_parsed_once_and_errors_kept() {
        static GOOD: &str = r#"{"version": "1.0", "parameters": {}, "rules": [
            {"conditions": [], "type": "endpoint", "endpoint": {"url": "https://h"}}]}"#;
        let a = rule_set(GOOD).unwrap();
        let b = rule_set(GOOD).unwrap();
        assert!(std::ptr::eq(a, b));
        static BAD: &str = r#"{"version": "1.0"#;
        let err = rule_set(BAD).unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Config);
        assert!(err.to_string().contains("rule set is invalid"), "{err}");
        assert_eq!(rule_set(BAD).unwrap_err().to_string(), err.to_string());
    }

    /// A rule set taking every built-in, so `builtins` shows what a session sets.
    static ALL_BUILTINS: &str = r#"{"version": "1.0", "parameters": {
        "Region": {"type": "String", "builtIn": "AWS::Region"},
        "UseFIPS": {"type": "Boolean", "builtIn": "AWS::UseFIPS"},
        "UseDualStack": {"type": "Boolean", "builtIn": "AWS::UseDualStack"},
        "Endpoint": {"type": "String", "builtIn": "SDK::Endpoint"},
        "ForcePathStyle": {"type": "Boolean", "builtIn": "AWS::S3::ForcePathStyle"},
        "Accelerate": {"type": "Boolean", "builtIn": "AWS::S3::Accelerate"},
        "UseArnRegion": {"type": "Boolean", "builtIn": "AWS::S3::UseArnRegion"},
        "NoMrap": {"type": "Boolean", "builtIn": "AWS::S3::DisableMultiRegionAccessPoints"},
        "S3Global": {"type": "Boolean", "builtIn": "AWS::S3::UseGlobalEndpoint"},
        "StsGlobal": {"type": "Boolean", "builtIn": "AWS::STS::UseGlobalEndpoint"},
        "Mode": {"type": "String", "builtIn": "AWS::Auth::AccountIdEndpointMode"}
    }, "rules": [{"conditions": [], "type": "error", "error": "unused"}]}"#;

    fn params_of(vars: &[(&str, &str)], config: &str) -> Value {
        use crate::credentials::testing::{env_with, TempDir};
        let dir = TempDir::new();
        dir.write("config", config);
        let session = Session::builder()
            .env(env_with(&dir, vars))
            .build()
            .unwrap();
        let rules = rule_set(ALL_BUILTINS).unwrap();
        let url = session.endpoint_url_for_id("S3").unwrap();
        Value::Object(builtins(
            rules,
            &ServiceRules::S3,
            &session,
            url.as_deref(),
            session.force_path_style(),
        ))
    }

    #[test]
    fn session_settings_become_the_builtins() {
        let defaults = params_of(&[("AWS_REGION", "us-east-1")], "");
        assert_eq!(
            defaults,
            json!({"Region": "us-east-1", "UseFIPS": false, "UseDualStack": false,
                   "ForcePathStyle": false, "Accelerate": false, "UseArnRegion": true, "NoMrap": false,
                   "S3Global": true, "StsGlobal": false, "Mode": "preferred"})
        );
        let profile = concat!(
            "[default]\nregion = eu-west-1\nuse_fips_endpoint = true\n",
            "sts_regional_endpoints = legacy\naccount_id_endpoint_mode = disabled\n",
            "s3 =\n",
            "  use_arn_region = false\n",
            "  use_dualstack_endpoint = true\n",
            "  addressing_style = path\n",
            "  use_accelerate_endpoint = true\n",
            "  s3_disable_multiregion_access_points = true\n",
            "  us_east_1_regional_endpoint = regional\n",
        );
        assert_eq!(
            params_of(&[], profile),
            json!({"Region": "eu-west-1", "UseFIPS": true, "UseDualStack": true,
                   "ForcePathStyle": true, "Accelerate": true, "UseArnRegion": false,
                   "NoMrap": true, "S3Global": false, "StsGlobal": true, "Mode": "disabled"})
        );
        // The environment wins over the profile; a configured endpoint turns FIPS and
        // dual-stack off and keeps localhost buckets in the path.
        let got = params_of(
            &[
                ("AWS_USE_FIPS_ENDPOINT", "false"),
                ("AWS_ACCOUNT_ID_ENDPOINT_MODE", "required"),
                ("AWS_S3_US_EAST_1_REGIONAL_ENDPOINT", "legacy"),
                ("AWS_REGION", "us-east-1"),
            ],
            profile,
        );
        assert_eq!(got["UseFIPS"], false);
        assert_eq!(got["Mode"], "required");
        assert_eq!(got["S3Global"], true);
        let got = params_of(
            &[("AWS_ENDPOINT_URL", "http://localhost:4566")],
            "[default]\nuse_fips_endpoint = true\nuse_dualstack_endpoint = true\n",
        );
        assert_eq!(
            got,
            json!({"Region": "us-east-1", "UseFIPS": false, "UseDualStack": false,
                   "Endpoint": "http://localhost:4566", "ForcePathStyle": true,
                   "Accelerate": false, "UseArnRegion": true, "NoMrap": false,
                   "S3Global": true, "StsGlobal": false, "Mode": "preferred"})
        );
        for (var, value, named) in [
            (
                "AWS_ACCOUNT_ID_ENDPOINT_MODE",
                "sometimes",
                "account_id_endpoint_mode",
            ),
            (
                "AWS_STS_REGIONAL_ENDPOINTS",
                "global",
                "sts_regional_endpoints",
            ),
            ("AWS_USE_DUALSTACK_ENDPOINT", "1", "use_dualstack_endpoint"),
            ("AWS_S3_USE_ARN_REGION", "yes", "s3_use_arn_region"),
            (
                "AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS",
                "no thanks",
                "s3_disable_multiregion_access_points",
            ),
        ] {
            use crate::credentials::testing::{env_with, TempDir};
            let dir = TempDir::new();
            let err = Session::builder()
                .env(env_with(&dir, &[(var, value)]))
                .build()
                .unwrap_err();
            assert_eq!(err.kind(), crate::ErrorKind::Config);
            assert!(err.to_string().contains(named), "{var}: {err}");
        }
    }

    #[test]
    fn localhost_endpoints() {
        assert!(is_localhost("http://localhost:5000"));
        assert!(is_localhost("http://s3.LOCALHOST:5000"));
        assert!(!is_localhost("http://127.0.0.1:5000"));
        assert!(!is_localhost("https://example.com"));
    }
}
