//! [`ImdsProvider`]: EC2 instance metadata (IMDSv2, with the v1 fallback).

use super::http::{exchange, request};
use super::{configured, Credentials, ProvideCredentials};
use crate::error::{Error, Result};
use crate::Session;
use futures::future::BoxFuture;
use futures::FutureExt;
use std::time::Duration;

#[cfg(test)]
mod tests;

const DEFAULT_ENDPOINT: &str = "http://169.254.169.254";
const ROLE_PATH: &str = "/latest/meta-data/iam/security-credentials/";

/// The instance role's credentials from EC2 instance metadata: PUT a session token (a
/// 403/404/405 answer means IMDSv1: no token), GET the role name, GET its credentials.
/// `AWS_EC2_METADATA_DISABLED=true` turns it off; the endpoint is
/// [`ImdsProvider::endpoint`], else `AWS_EC2_METADATA_SERVICE_ENDPOINT`, else the profile's
/// `ec2_metadata_service_endpoint`, else `http://169.254.169.254`; each request waits
/// [`ImdsProvider::timeout`], else `AWS_METADATA_SERVICE_TIMEOUT` seconds, else 1 s, so a
/// machine without IMDS fails fast. In a chain, an IMDS that is disabled, absent or
/// failing counts as not configured (the reason is logged at debug level);
/// [`provide`](ProvideCredentials::provide) reports it. A malformed endpoint is an error.
#[derive(Debug, Clone)]
pub struct ImdsProvider {
    session: Session,
    endpoint: Option<String>,
    timeout: Option<Duration>,
}

impl ImdsProvider {
    /// IMDS as the environment and the profile of `session` configure it, asked through
    /// its transport.
    pub fn from_session(session: &Session) -> ImdsProvider {
        ImdsProvider {
            session: session.clone(),
            endpoint: None,
            timeout: None,
        }
    }
    /// [`ImdsProvider::from_session`] of [`Session::new`].
    pub fn from_env() -> ImdsProvider {
        ImdsProvider::from_session(&Session::new())
    }
    /// The metadata endpoint, e.g. `http://[fd00:ec2::254]`.
    pub fn endpoint(mut self, url: impl Into<String>) -> ImdsProvider {
        self.endpoint = Some(url.into());
        self
    }
    /// How long each request may take.
    pub fn timeout(mut self, timeout: Duration) -> ImdsProvider {
        self.timeout = Some(timeout);
        self
    }
    /// `None` when IMDS is disabled or not there (no answer, refused, not an instance role).
    pub(crate) async fn load(&self) -> Result<Option<Credentials>> {
        let Some((endpoint, timeout)) = self.settings()? else {
            return Ok(None);
        };
        match fetch(&self.session, &endpoint, timeout).boxed().await {
            Ok(c) => Ok(c),
            Err(e) => {
                tracing::debug!("instance metadata credentials unavailable: {e}");
                Ok(None)
            }
        }
    }
    /// The endpoint and the timeout; `None` when IMDS is disabled.
    fn settings(&self) -> Result<Option<(String, Duration)>> {
        let session = &self.session;
        let env = session.env();
        if env.flag("AWS_EC2_METADATA_DISABLED") == Some(true) {
            return Ok(None);
        }
        let profile = session.profile()?;
        let endpoint = match &self.endpoint {
            Some(e) => e.clone(),
            None => env
                .get("AWS_EC2_METADATA_SERVICE_ENDPOINT")
                .or_else(|| {
                    profile
                        .and_then(|p| p.get("ec2_metadata_service_endpoint"))
                        .map(str::to_string)
                })
                .unwrap_or_else(|| DEFAULT_ENDPOINT.to_string()),
        };
        // Checked like every endpoint URL: a mistyped one is reported, not silently skipped.
        crate::config::endpoint::parse_endpoint_url(&endpoint).map_err(|e| {
            Error::credentials(format!(
                "ec2_metadata_service_endpoint: {}",
                e.message().unwrap_or_default()
            ))
        })?;
        let endpoint = endpoint.trim().trim_end_matches('/').to_string();
        let timeout = self.timeout.unwrap_or_else(|| {
            env.get("AWS_METADATA_SERVICE_TIMEOUT")
                .and_then(|v| v.trim().parse::<f64>().ok())
                .filter(|s| *s > 0.0 && *s < 3600.0)
                .map(Duration::from_secs_f64)
                .unwrap_or(Duration::from_secs(1))
        });
        Ok(Some((endpoint, timeout)))
    }
}

impl ProvideCredentials for ImdsProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials>> {
        Box::pin(async move {
            let found = match self.settings()? {
                Some((endpoint, timeout)) => {
                    fetch(&self.session, &endpoint, timeout).boxed().await?
                }
                None => None,
            };
            configured(
                found,
                "instance metadata is disabled or the instance has no role",
            )
        })
    }
    fn provide_if_configured(&self) -> BoxFuture<'_, Result<Option<Credentials>>> {
        Box::pin(self.load())
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
