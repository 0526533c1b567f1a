//! [`ContainerProvider`]: the container credentials endpoint (ECS task roles, EKS pod
//! identity).

use super::http::{exchange, request};
use super::{configured, Credentials, ProvideCredentials};
use crate::error::{Error, Result};
use crate::Session;
use futures::future::BoxFuture;
use futures::FutureExt;
use std::fmt;
use std::time::Duration;

#[cfg(test)]
mod tests;

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

/// Credentials from the container endpoint: an explicit URL ([`ContainerProvider::new`])
/// or `AWS_CONTAINER_CREDENTIALS_RELATIVE_URI` (on 169.254.170.2) /
/// `AWS_CONTAINER_CREDENTIALS_FULL_URI` ([`ContainerProvider::from_session`]; not
/// configured when neither is set), with an `Authorization` header from
/// `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` / `AWS_CONTAINER_AUTHORIZATION_TOKEN` or
/// [`ContainerProvider::authorization_token`]. A full URL must be `https`, or `http` to a
/// loopback or container host. Up to three tries of 2 s each; a 4xx answer is final.
/// `Debug` never shows the token.
#[derive(Clone)]
pub struct ContainerProvider {
    session: Session,
    /// The full URL; `None`: from the session's environment.
    uri: Option<String>,
    token: Option<String>,
}

impl ContainerProvider {
    /// Asks `full_uri` through the transport of `session`.
    pub fn new(session: &Session, full_uri: impl Into<String>) -> ContainerProvider {
        ContainerProvider {
            session: session.clone(),
            uri: Some(full_uri.into()),
            token: None,
        }
    }
    /// Sends this `Authorization` token (over the environment's).
    pub fn authorization_token(mut self, token: impl Into<String>) -> ContainerProvider {
        self.token = Some(token.into());
        self
    }
    /// The endpoint and token the environment of `session` names.
    pub fn from_session(session: &Session) -> ContainerProvider {
        ContainerProvider {
            session: session.clone(),
            uri: None,
            token: None,
        }
    }
    /// [`ContainerProvider::from_session`] of [`Session::new`].
    pub fn from_env() -> ContainerProvider {
        ContainerProvider::from_session(&Session::new())
    }
    /// `None` when no container endpoint is configured.
    pub(crate) async fn load(&self) -> Result<Option<Credentials>> {
        let session = &self.session;
        let env = session.env();
        let uri = if let Some(full) = &self.uri {
            checked_full_uri(full.clone(), "the container credentials URL")?
        } else if let Some(rel) = env.get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") {
            format!("http://{ECS_HOST}{rel}")
        } else if let Some(full) = env.get("AWS_CONTAINER_CREDENTIALS_FULL_URI") {
            checked_full_uri(full, "AWS_CONTAINER_CREDENTIALS_FULL_URI")?
        } else {
            return Ok(None);
        };
        let token = match &self.token {
            Some(t) => Some(t.clone()),
            None => env_token(session).await?,
        };
        fetch(session, &uri, token).await.map(Some)
    }
}

impl fmt::Debug for ContainerProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ContainerProvider")
            .field("uri", &self.uri)
            .field("token", &self.token.as_ref().map(|_| "** redacted **"))
            .finish_non_exhaustive()
    }
}

impl ProvideCredentials for ContainerProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials>> {
        Box::pin(async move {
            configured(
                self.load().boxed().await?,
                "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and _FULL_URI are not set",
            )
        })
    }
    fn provide_if_configured(&self) -> BoxFuture<'_, Result<Option<Credentials>>> {
        Box::pin(self.load())
    }
}

/// `full` when it is a URI the credentials may be fetched from.
fn checked_full_uri(full: String, what: &str) -> Result<String> {
    let parsed: http::Uri = full
        .parse()
        .map_err(|_| Error::credentials(format!("{what} is not a URI")))?;
    // A port out of range would silently become the scheme's default (`http` reads
    // it as no port at all), so its text is checked.
    let port_text = parsed.authority().and_then(|a| {
        let a = a.as_str();
        let after_host = a.get(a.rfind(']').unwrap_or(0)..).unwrap_or("");
        after_host.rsplit_once(':').map(|(_, p)| p)
    });
    if port_text.is_some_and(|p| !matches!(p.parse::<u16>(), Ok(1..))) {
        return Err(Error::credentials(format!(
            "{what}: the port must be a number from 1 to 65535"
        )));
    }
    let ok = match parsed.scheme_str() {
        Some("https") => true,
        Some("http") => parsed.host().is_some_and(allowed_http_host),
        _ => false,
    };
    if !ok {
        return Err(Error::credentials(format!(
            "{what} must be https, or http to a loopback or container host"
        )));
    }
    Ok(full)
}

/// The token of `AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE` or `_TOKEN`.
async fn env_token(session: &Session) -> Result<Option<String>> {
    let env = session.env();
    Ok(match env.get("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE") {
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
    })
}

async fn fetch(session: &Session, uri: &str, token: Option<String>) -> Result<Credentials> {
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
        let req = request(http::Method::GET, uri, &headers, bytes::Bytes::new())?;
        match exchange(session, req, TIMEOUT).await {
            Ok(r) if r.status.is_success() => {
                return super::from_json(&r.body, "container credentials endpoint")
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
