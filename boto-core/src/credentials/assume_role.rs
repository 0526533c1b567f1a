//! [`AssumeRoleProvider`]: STS `AssumeRole`, signed with another provider's credentials.

use super::sts::{self, AssumeRole};
use super::{Credentials, ProvideCredentials};
use crate::error::Result;
use crate::Session;
use futures::future::BoxFuture;
use futures::FutureExt;
use std::fmt;
use std::sync::Arc;

#[cfg(test)]
mod tests;

/// Assumes a role through STS `AssumeRole`, signing the call with the credentials of a
/// source provider. STS is the session's: its region, `STS` endpoint URL and transport. A
/// role profile (`role_arn` with `source_profile` or `credential_source`) goes through
/// [`super::ProfileProvider`]. `Debug` shows the role, never the external id.
#[derive(Clone)]
pub struct AssumeRoleProvider {
    session: Session,
    source: Arc<dyn ProvideCredentials>,
    role_arn: String,
    session_name: Option<String>,
    external_id: Option<String>,
    duration_seconds: Option<u32>,
}

impl AssumeRoleProvider {
    /// Assumes `role_arn` with the credentials `source` provides.
    pub fn new(
        session: &Session,
        role_arn: impl Into<String>,
        source: impl ProvideCredentials,
    ) -> AssumeRoleProvider {
        AssumeRoleProvider {
            session: session.clone(),
            source: Arc::new(source),
            role_arn: role_arn.into(),
            session_name: None,
            external_id: None,
            duration_seconds: None,
        }
    }
    /// The role session name (`RoleSessionName`); default `boto-rs-session-<unix time>`.
    pub fn session_name(mut self, name: impl Into<String>) -> AssumeRoleProvider {
        self.session_name = Some(name.into());
        self
    }
    /// The external id the role's trust policy asks for (`ExternalId`).
    pub fn external_id(mut self, id: impl Into<String>) -> AssumeRoleProvider {
        self.external_id = Some(id.into());
        self
    }
    /// How long the credentials last (`DurationSeconds`); default STS's (one hour).
    pub fn duration_seconds(mut self, seconds: u32) -> AssumeRoleProvider {
        self.duration_seconds = Some(seconds);
        self
    }
}

impl fmt::Debug for AssumeRoleProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AssumeRoleProvider")
            .field("role_arn", &self.role_arn)
            .field("session_name", &self.session_name)
            .field(
                "external_id",
                &self.external_id.as_ref().map(|_| "** redacted **"),
            )
            .field("duration_seconds", &self.duration_seconds)
            .field("source", &self.source)
            .finish_non_exhaustive()
    }
}

impl ProvideCredentials for AssumeRoleProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials>> {
        Box::pin(async move {
            let source = self.source.provide().await?;
            let params = AssumeRole {
                role_arn: self.role_arn.clone(),
                session_name: self
                    .session_name
                    .clone()
                    .unwrap_or_else(sts::default_session_name),
                external_id: self.external_id.clone(),
                duration_seconds: self.duration_seconds,
            };
            sts::assume_role(&self.session, &source, &params)
                .boxed()
                .await
        })
    }
}
