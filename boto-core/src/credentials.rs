//! Credentials, the provider chain and its cache.
//!
//! The chain, in order: explicit; environment (`AWS_ACCESS_KEY_ID`, ...); SSO
//! (`sso_session` or legacy `sso_start_url` profiles with `sso_account_id` and
//! `sso_role_name`, using the token `aws sso login` cached under `~/.aws/sso/cache/`,
//! refreshed through SSO-OIDC when close to expiry); the shared credentials file; the config
//! file; `credential_process`; assume-role (`role_arn` + `source_profile` /
//! `credential_source`, via STS); web identity; the container endpoint; IMDSv2. A profile
//! with `role_arn` assumes the role before anything else it holds, as in botocore; its
//! source profile may be an SSO profile. See [`crate::Session::credentials`].

mod cache;
pub(crate) mod profile;
mod container;
mod http;
mod imds;
mod process;
mod sso;
mod sts;
#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_http;

pub(crate) use cache::CredentialsCache;

use crate::error::Result;
use futures::future::BoxFuture;
use std::fmt;

/// A source of credentials. The session caches what it returns until five minutes before
/// [`Credentials::expiry`].
pub trait ProvideCredentials: Send + Sync + fmt::Debug + 'static {
    /// Fetches credentials.
    fn provide(&self) -> BoxFuture<'_, Result<Credentials>>;
}

impl ProvideCredentials for Credentials {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials>> {
        let c = self.clone();
        Box::pin(async move { Ok(c) })
    }
}

/// An access key, secret and optional session token, with an optional expiry.
/// `Debug` never shows the secret or the token.
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    access_key_id: String,
    secret_access_key: String,
    session_token: Option<String>,
    expiry: Option<std::time::SystemTime>,
}

impl Credentials {
    /// Static credentials.
    pub fn new(
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<String>,
        session_token: Option<String>,
    ) -> Credentials {
        Credentials {
            access_key_id: access_key_id.into(),
            secret_access_key: secret_access_key.into(),
            session_token,
            expiry: None,
        }
    }
    /// With an expiry time.
    pub fn with_expiry(mut self, expiry: std::time::SystemTime) -> Credentials {
        self.expiry = Some(expiry);
        self
    }
    /// The access key id.
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }
    /// The secret access key.
    pub fn secret_access_key(&self) -> &str {
        &self.secret_access_key
    }
    /// The session token.
    pub fn session_token(&self) -> Option<&str> {
        self.session_token.as_deref()
    }
    /// When they expire.
    pub fn expiry(&self) -> Option<std::time::SystemTime> {
        self.expiry
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"** redacted **")
            .field(
                "session_token",
                &self.session_token.as_ref().map(|_| "** redacted **"),
            )
            .field("expiry", &self.expiry)
            .finish()
    }
}

/// Credentials from the JSON documents of `credential_process` (`Version: 1`,
/// `SessionToken`), the container endpoint and IMDS (`Token`). The body is never quoted in
/// errors: it holds secrets.
pub(crate) fn from_json(body: &[u8], source: &str) -> Result<Credentials> {
    use crate::error::Error;
    let doc: serde_json::Value = serde_json::from_slice(body)
        .map_err(|_| Error::credentials(format!("{source}: response is not a JSON object")))?;
    let field = |name: &str| {
        doc.get(name)
            .and_then(|v| v.as_str())
            .filter(|s| !s.is_empty())
    };
    let (Some(key), Some(secret)) = (field("AccessKeyId"), field("SecretAccessKey")) else {
        return Err(Error::credentials(format!(
            "{source}: response lacks AccessKeyId or SecretAccessKey"
        )));
    };
    let token = field("SessionToken").or_else(|| field("Token"));
    let mut creds = Credentials::new(key, secret, token.map(str::to_string));
    if let Some(exp) = field("Expiration") {
        let at = crate::DateTime::parse_any(exp)
            .map_err(|_| Error::credentials(format!("{source}: bad Expiration timestamp")))?;
        creds = creds.with_expiry(at.into());
    }
    Ok(creds)
}
