//! [`ProfileProvider`]: what a profile of the shared files describes.
//!
//! Order within a profile: SSO (a profile with `sso_account_id` / `sso_role_name` and no
//! `role_arn`, as botocore's SSO provider precedes its static-key providers); the profile's
//! static keys (credentials file over config file); `credential_process`; assume-role
//! (`role_arn` with `web_identity_token_file`, `source_profile` or `credential_source`).

use super::profile_lookup::{profile_provider, ProfileLookup};
use super::sts::{self, AssumeRole};
use super::{
    configured, sso, ContainerProvider, Credentials, EnvProvider, ImdsProvider, ProvideCredentials,
};
use crate::config::Profile;
use crate::error::{Error, Result};
use crate::Session;
use futures::future::BoxFuture;
use futures::FutureExt;

#[cfg(test)]
mod tests;

/// Credentials from a profile of the config and credentials files, as botocore resolves
/// them: an SSO profile, static keys (`aws_access_key_id`, `aws_secret_access_key`,
/// `aws_session_token`; the credentials file over the config file), `credential_process`,
/// or a role (`role_arn` with `web_identity_token_file`, `source_profile`, possibly a chain
/// of them, or `credential_source`) assumed through STS. A profile the files do not define
/// is not configured; a profile file that cannot be parsed is an error.
#[derive(Debug, Clone)]
pub struct ProfileProvider {
    lookup: ProfileLookup,
}

profile_provider!(ProfileProvider, "has none");

impl ProfileProvider {
    pub(crate) async fn load(&self) -> Result<Option<Credentials>> {
        let Some(profile) = self.lookup.profile()? else {
            return Ok(None);
        };
        let mut visited = vec![self.lookup.name().to_string()];
        from_profile(self.lookup.session(), profile, &mut visited).await
    }
}

/// Source profiles may chain roles this deep.
const MAX_ROLE_CHAIN: usize = 8;

/// `aws_access_key_id` + `aws_secret_access_key` (+ `aws_session_token`, `aws_account_id`).
fn static_keys(profile: &Profile, name: &str) -> Result<Option<Credentials>> {
    match (
        profile.get("aws_access_key_id"),
        profile.get("aws_secret_access_key"),
    ) {
        (Some(k), Some(s)) if !k.is_empty() && !s.is_empty() => {
            let creds = Credentials::new(
                k,
                s,
                profile
                    .get("aws_session_token")
                    .or_else(|| profile.get("aws_security_token"))
                    .filter(|t| !t.is_empty())
                    .map(str::to_string),
            );
            Ok(Some(match profile.get("aws_account_id") {
                Some(id) => creds.with_account_id(id.trim()),
                None => creds,
            }))
        }
        (None, None) => Ok(None),
        _ => Err(Error::credentials(format!(
            "partial credentials in profile {name}: aws_access_key_id and \
             aws_secret_access_key must both be set"
        ))),
    }
}

/// The credentials a profile describes, in chain order; `visited` guards role cycles.
fn from_profile<'a>(
    session: &'a Session,
    profile: &'a Profile,
    visited: &'a mut Vec<String>,
) -> BoxFuture<'a, Result<Option<Credentials>>> {
    Box::pin(async move {
        let name = visited.last().cloned().unwrap_or_default();
        if profile.get("role_arn").is_none() {
            if let Some(c) = sso::load(session, profile, &name).boxed().await? {
                return Ok(Some(c));
            }
        }
        if let Some(c) = static_keys(profile, &name)? {
            return Ok(Some(c));
        }
        if let Some(cmd) = profile.get("credential_process").filter(|c| !c.is_empty()) {
            let source = format!("credential_process of profile {name}");
            return super::process::run(cmd, &source).boxed().await.map(Some);
        }
        if let Some(role_arn) = profile.get("role_arn").filter(|r| !r.is_empty()) {
            if let Some(token_file) = profile.get("web_identity_token_file") {
                let session_name = profile
                    .get("role_session_name")
                    .map(str::to_string)
                    .unwrap_or_else(sts::default_session_name);
                return super::web_identity::assume(session, token_file, role_arn, &session_name)
                    .boxed()
                    .await
                    .map(Some);
            }
            let source = role_source(session, profile, &name, visited)
                .boxed()
                .await?;
            let params = AssumeRole {
                role_arn: role_arn.to_string(),
                session_name: profile
                    .get("role_session_name")
                    .map(str::to_string)
                    .unwrap_or_else(sts::default_session_name),
                external_id: profile.get("external_id").map(str::to_string),
                duration_seconds: match profile.get("duration_seconds") {
                    None => None,
                    Some(d) => Some(d.trim().parse().map_err(|_| {
                        Error::config(format!("profile {name}: duration_seconds is not a number"))
                    })?),
                },
            };
            if profile.get("mfa_serial").is_some() {
                return Err(Error::credentials(format!(
                    "profile {name}: mfa_serial (MFA-prompted roles) is not supported"
                )));
            }
            return sts::assume_role(session, &source, &params)
                .boxed()
                .await
                .map(Some);
        }
        Ok(None)
    })
}

/// The credentials a role profile assumes the role with.
async fn role_source(
    session: &Session,
    profile: &Profile,
    name: &str,
    visited: &mut Vec<String>,
) -> Result<Credentials> {
    match (
        profile.get("source_profile"),
        profile.get("credential_source"),
    ) {
        (Some(_), Some(_)) => Err(Error::config(format!(
            "profile {name}: source_profile and credential_source are mutually exclusive"
        ))),
        (Some(src), None) => {
            let profiles = session.profiles()?;
            let src_profile = profiles.profile(src).ok_or_else(|| {
                Error::config(format!(
                    "profile {name}: source_profile {src} does not exist"
                ))
            })?;
            if src == name {
                // A profile may name itself to use its own static keys.
                return static_keys(src_profile, src)?.ok_or_else(|| {
                    Error::credentials(format!("profile {name} sources itself but has no keys"))
                });
            }
            if visited.iter().any(|v| v == src) || visited.len() >= MAX_ROLE_CHAIN {
                return Err(Error::config(format!(
                    "profile {name}: source_profile chain loops or is too deep"
                )));
            }
            visited.push(src.to_string());
            let creds = from_profile(session, src_profile, visited).await?;
            visited.pop();
            creds.ok_or_else(|| {
                Error::credentials(format!("source_profile {src} has no credentials"))
            })
        }
        (None, Some(source)) => {
            let found = match source {
                "Environment" => EnvProvider::from_session(session).load()?,
                "EcsContainer" => {
                    ContainerProvider::from_session(session)
                        .load()
                        .boxed()
                        .await?
                }
                "Ec2InstanceMetadata" => ImdsProvider::from_session(session).load().boxed().await?,
                other => {
                    return Err(Error::config(format!(
                        "profile {name}: unknown credential_source {other}"
                    )))
                }
            };
            found.ok_or_else(|| {
                Error::credentials(format!(
                    "profile {name}: credential_source {source} gave none"
                ))
            })
        }
        (None, None) => Err(Error::config(format!(
            "profile {name}: role_arn needs source_profile or credential_source"
        ))),
    }
}
