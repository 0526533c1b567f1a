//! [`WebIdentityProvider`]: STS `AssumeRoleWithWebIdentity` with a token file (EKS IRSA,
//! OIDC federation).

use super::{configured, sts, Credentials, ProvideCredentials};
use crate::error::{Error, Result};
use crate::Session;
use futures::future::BoxFuture;
use futures::FutureExt;

#[cfg(test)]
mod tests;

/// Assumes a role with the web identity token read from a file on each call
/// (`AssumeRoleWithWebIdentity`, unsigned: the token is the proof). Configured explicitly
/// ([`WebIdentityProvider::new`]) or by `AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN`
/// (+ `AWS_ROLE_SESSION_NAME`) ([`WebIdentityProvider::from_session`]; not configured when
/// either is unset). STS is the session's: its region, `STS` endpoint URL and transport.
/// A role profile with `web_identity_token_file` goes through [`super::ProfileProvider`].
#[derive(Debug, Clone)]
pub struct WebIdentityProvider {
    session: Session,
    /// Token file and role; `None`: from the session's environment.
    explicit: Option<(String, String)>,
    session_name: Option<String>,
}

impl WebIdentityProvider {
    /// Assumes `role_arn` with the token in `token_file` (`~` is the home directory).
    pub fn new(
        session: &Session,
        token_file: impl Into<String>,
        role_arn: impl Into<String>,
    ) -> WebIdentityProvider {
        WebIdentityProvider {
            session: session.clone(),
            explicit: Some((token_file.into(), role_arn.into())),
            session_name: None,
        }
    }
    /// The role session name (`RoleSessionName`); default `boto-rs-session-<unix time>`.
    /// Wins over `AWS_ROLE_SESSION_NAME`.
    pub fn session_name(mut self, name: impl Into<String>) -> WebIdentityProvider {
        self.session_name = Some(name.into());
        self
    }
    /// From the environment of `session`.
    pub fn from_session(session: &Session) -> WebIdentityProvider {
        WebIdentityProvider {
            session: session.clone(),
            explicit: None,
            session_name: None,
        }
    }
    /// [`WebIdentityProvider::from_session`] of [`Session::new`].
    pub fn from_env() -> WebIdentityProvider {
        WebIdentityProvider::from_session(&Session::new())
    }
    pub(crate) async fn load(&self) -> Result<Option<Credentials>> {
        let env = self.session.env();
        let (file, arn) = match &self.explicit {
            Some((file, arn)) => (file.clone(), arn.clone()),
            None => {
                let (Some(file), Some(arn)) = (
                    env.get("AWS_WEB_IDENTITY_TOKEN_FILE"),
                    env.get("AWS_ROLE_ARN"),
                ) else {
                    return Ok(None);
                };
                (file, arn)
            }
        };
        let name = self
            .session_name
            .clone()
            .or_else(|| {
                self.explicit
                    .is_none()
                    .then(|| env.get("AWS_ROLE_SESSION_NAME"))
                    .flatten()
            })
            .unwrap_or_else(sts::default_session_name);
        assume(&self.session, &file, &arn, &name)
            .boxed()
            .await
            .map(Some)
    }
}

impl ProvideCredentials for WebIdentityProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials>> {
        Box::pin(async move {
            configured(
                self.load().await?,
                "AWS_WEB_IDENTITY_TOKEN_FILE and AWS_ROLE_ARN are not set",
            )
        })
    }
    fn provide_if_configured(&self) -> BoxFuture<'_, Result<Option<Credentials>>> {
        Box::pin(self.load())
    }
}

/// Reads the token in `token_file` and assumes `role_arn` with it.
pub(crate) async fn assume(
    session: &Session,
    token_file: &str,
    role_arn: &str,
    session_name: &str,
) -> Result<Credentials> {
    let path = session.env().expand_home(token_file);
    let token = tokio::fs::read_to_string(&path).await.map_err(|e| {
        Error::credentials(format!(
            "web identity token file {} could not be read",
            path.display()
        ))
        .with_source(e)
    })?;
    sts::assume_role_with_web_identity(session, role_arn, session_name, token.trim()).await
}
