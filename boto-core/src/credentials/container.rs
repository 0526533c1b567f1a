//! The container credentials endpoint (ECS task roles, EKS pod identity):
//! `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` (on 169.254.170.2) or `_FULL_URI`, with an
//! optional `Authorization` from `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` or `_TOKEN`.

use super::http::{exchange, request};
use super::Credentials;
use crate::error::{Error, Result};
use crate::Session;
use std::time::Duration;

const ECS_HOST: &str = "169.254.170.2";
const TIMEOUT: Duration = Duration::from_secs(2);

/// Plain HTTP is only allowed to loopback and the ECS/EKS link-local hosts.
fn allowed_http_host(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host == "localhost" || host == ECS_HOST || host == "169.254.170.23" || host == "fd00:ec2::23"
    {
        return true;
    }
    host.parse::<std::net::IpAddr>()
        .map(|ip| ip.is_loopback())
        .unwrap_or(false)
}

/// `None` when no container endpoint is configured.
pub(crate) async fn load(session: &Session) -> Result<Option<Credentials>> {
    let env = session.env();
    let uri = if let Some(rel) = env.get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") {
        format!("http://{ECS_HOST}{rel}")
    } else if let Some(full) = env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI") {
        let parsed: http::Uri = full
            .parse()
            .map_err(|_| Error::credentials("AWS_CONTAINER_CREDENTIALS_FULL_URI is not a URI"))?;
        // A port out of range would silently become the scheme's default (`http` reads
        // it as no port at all), so its text is checked.
        let port_text = parsed.authority().and_then(|a| {
            let a = a.as_str();
            let after_host = a.get(a.rfind(']').unwrap_or(0)..).unwrap_or("");
            after_host.rsplit_once(':').map(|(_, p)| p)
        });
        if port_text.is_some_and(|p| !matches!(p.parse::<u16>(), Ok(1..))) {
            return Err(Error::credentials(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI: the port must be a number from 1 to 65535",
            ));
        }
        let ok = match parsed.scheme_str() {
            Some("https") => true,
            Some("http") => parsed.host().is_some_and(allowed_http_host),
            _ => false,
        };
        if !ok {
            return Err(Error::credentials(
                "AWS_CONTAINER_CREDENTIALS_FULL_URI must be https, or http to a loopback or \
                 container host",
            ));
        }
        full
    } else {
        return Ok(None);
    };
    let token = match env.get("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
        Some(path) => Some(
            tokio::fs::read_to_string(&path)
                .await
                .map_err(|e| {
                    Error::credentials("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE could not be read")
                        .with_source(e)
                })?
                .trim()
                .to_string(),
        ),
        None => env.get("AWS_CONTAINER_AUTHORIZATION_TOKEN"),
    };
    if token.as_deref().is_some_and(|t| t.contains(['\r', '\n'])) {
        return Err(Error::credentials(
            "container authorization token contains a line break",
        ));
    }
    let mut headers = vec![("Accept", "application/json")];
    if let Some(t) = token.as_deref() {
        headers.push(("Authorization", t));
    }
    let mut last = None;
    for _ in 0..3 {
        let req = request(http::Method::GET, &uri, &headers, bytes::Bytes::new())?;
        match exchange(session, req, TIMEOUT).await {
            Ok(r) if r.status.is_success() => {
                return super::from_json(&r.body, "container credentials endpoint").map(Some)
            }
            Ok(r) if r.status.is_client_error() => {
                return Err(Error::credentials(format!(
                    "container credentials endpoint answered {}",
                    r.status
                )))
            }
            Ok(r) => {
                last = Some(Error::credentials(format!(
                    "container credentials endpoint answered {}",
                    r.status
                )))
            }
            Err(e) => last = Some(e),
        }
    }
    Err(last.unwrap_or_else(|| Error::credentials("container credentials endpoint failed")))
}
