//! EC2 instance metadata (IMDSv2): PUT a session token, GET the role name, GET its
//! credentials. `AWS_EC2_METADATA_DISABLED=true` turns it off;
//! `AWS_EC2_METADATA_SERVICE_ENDPOINT` (or the profile's `ec2_metadata_service_endpoint`)
//! moves it. Timeouts are short so a machine without IMDS fails fast.

use super::http::{exchange, request};
use super::Credentials;
use crate::error::{Error, Result};
use crate::Session;
use std::time::Duration;

const DEFAULT_ENDPOINT: &str = "http://169.254.169.254";
const ROLE_PATH: &str = "/latest/meta-data/iam/security-credentials/";

/// `None` when IMDS is disabled or not there (no answer, refused, not an instance role).
pub(crate) async fn load(session: &Session) -> Result<Option<Credentials>> {
    let env = session.env();
    if env.flag("AWS_EC2_METADATA_DISABLED") == Some(true) {
        return Ok(None);
    }
    let profile = session.profile()?;
    let endpoint = env
        .get("AWS_EC2_METADATA_SERVICE_ENDPOINT")
        .or_else(|| {
            profile
                .and_then(|p| p.get("ec2_metadata_service_endpoint"))
                .map(str::to_string)
        })
        .unwrap_or_else(|| DEFAULT_ENDPOINT.to_string());
    // Checked like every endpoint URL: a mistyped one is reported, not silently skipped.
    crate::config::endpoint::parse_endpoint_url(&endpoint).map_err(|e| {
        Error::credentials(format!(
            "ec2_metadata_service_endpoint: {}",
            e.message().unwrap_or_default()
        ))
    })?;
    let endpoint = endpoint.trim().trim_end_matches('/').to_string();
    let timeout = env
        .get("AWS_METADATA_SERVICE_TIMEOUT")
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| *s > 0.0 && *s < 3600.0)
        .map(Duration::from_secs_f64)
        .unwrap_or(Duration::from_secs(1));
    match fetch(session, &endpoint, timeout).await {
        Ok(c) => Ok(c),
        Err(e) => {
            tracing::debug!("instance metadata credentials unavailable: {e}");
            Ok(None)
        }
    }
}

async fn fetch(
    session: &Session,
    endpoint: &str,
    timeout: Duration,
) -> Result<Option<Credentials>> {
    // IMDSv2 session token; a 403/404/405 means v1 only (no token), anything else fails.
    let req = request(
        http::Method::PUT,
        &format!("{endpoint}/latest/api/token"),
        &[("x-aws-ec2-metadata-token-ttl-seconds", "21600")],
        bytes::Bytes::new(),
    )?;
    let reply = exchange(session, req, timeout).await?;
    let token = match reply.status.as_u16() {
        200 => Some(
            String::from_utf8(reply.body.to_vec())
                .map_err(|_| Error::credentials("IMDS token is not UTF-8"))?,
        ),
        403..=405 => None,
        s => {
            return Err(Error::credentials(format!(
                "IMDS token request answered {s}"
            )))
        }
    };
    let get = |path: String| {
        let mut headers = Vec::new();
        if let Some(t) = token.as_deref() {
            headers.push(("x-aws-ec2-metadata-token", t));
        }
        request(
            http::Method::GET,
            &format!("{endpoint}{path}"),
            &headers,
            bytes::Bytes::new(),
        )
    };
    let reply = exchange(session, get(ROLE_PATH.to_string())?, timeout).await?;
    if reply.status.as_u16() == 404 {
        return Ok(None); // an instance without a role
    }
    if !reply.status.is_success() {
        return Err(Error::credentials(format!(
            "IMDS role lookup answered {}",
            reply.status
        )));
    }
    let roles = String::from_utf8(reply.body.to_vec())
        .map_err(|_| Error::credentials("IMDS role name is not UTF-8"))?;
    let Some(role) = roles.lines().map(str::trim).find(|l| !l.is_empty()) else {
        return Ok(None);
    };
    if role.contains(['/', '?', '#']) {
        return Err(Error::credentials("IMDS returned an invalid role name"));
    }
    let reply = exchange(session, get(format!("{ROLE_PATH}{role}"))?, timeout).await?;
    if !reply.status.is_success() {
        return Err(Error::credentials(format!(
            "IMDS credentials answered {}",
            reply.status
        )));
    }
    let doc: serde_json::Value = serde_json::from_slice(&reply.body)
        .map_err(|_| Error::credentials("IMDS credentials are not JSON"))?;
    if let Some(code) = doc.get("Code").and_then(|c| c.as_str()) {
        if code != "Success" {
            return Err(Error::credentials(format!(
                "IMDS credentials Code is {code}"
            )));
        }
    }
    super::from_json(&reply.body, "instance metadata").map(Some)
}
