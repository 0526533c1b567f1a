//! The default provider chain, by the profile it resolves most of its sources from.
//!
//! Order: environment; SSO (a profile with `sso_account_id` / `sso_role_name` and no
//! `role_arn`, as botocore's SSO provider precedes its static-key providers); the profile's
//! static keys (credentials file over config file);
//! `credential_process`; assume-role (`role_arn` with `source_profile` or
//! `credential_source`); web identity (profile or environment); the container endpoint;
//! IMDSv2. A source that is configured but fails stops the chain with its error; one that
//! is not configured is skipped.

use super::sts::{self, AssumeRole};
use super::{container, imds, process, sso, Credentials};
use crate::config::{Env, Profile};
use crate::error::{Error, Result};
use crate::Session;
use futures::future::BoxFuture;

/// Source profiles may chain roles this deep.
const MAX_ROLE_CHAIN: usize = 8;

/// Resolves credentials for `session` through the chain.
pub(crate) async fn resolve(session: &Session) -> Result<Credentials> {
    if let Some(c) = from_env(session.env())? {
        return Ok(c);
    }
    if let Some(profile) = session.profile()? {
        let mut visited = vec![session.profile_name().to_string()];
        if let Some(c) = from_profile(session, profile, &mut visited).await? {
            return Ok(c);
        }
    }
    if let Some(c) = web_identity_from_env(session).await? {
        return Ok(c);
    }
    if let Some(c) = container::load(session).await? {
        return Ok(c);
    }
    if let Some(c) = imds::load(session).await? {
        return Ok(c);
    }
    Err(Error::credentials(format!(
        "no credentials found (environment, profile {}, container, instance metadata)",
        session.profile_name()
    )))
}

/// `AWS_ACCESS_KEY_ID` + `AWS_SECRET_ACCESS_KEY` (+ `AWS_SESSION_TOKEN`).
pub(crate) fn from_env(env: &Env) -> Result<Option<Credentials>> {
    match (
        env.get("AWS_ACCESS_KEY_ID"),
        env.get("AWS_SECRET_ACCESS_KEY"),
    ) {
        (Some(k), Some(s)) => Ok(Some(Credentials::new(
            k,
            s,
            env.first(&["AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"]),
        ))),
        (None, None) => Ok(None),
        _ => Err(Error::credentials(
            "partial credentials in the environment: AWS_ACCESS_KEY_ID and \
             AWS_SECRET_ACCESS_KEY must both be set",
        )),
    }
}

/// `aws_access_key_id` + `aws_secret_access_key` (+ `aws_session_token`).
fn static_keys(profile: &Profile, name: &str) -> Result<Option<Credentials>> {
    match (
        profile.get("aws_access_key_id"),
        profile.get("aws_secret_access_key"),
    ) {
        (Some(k), Some(s)) if !k.is_empty() && !s.is_empty() => Ok(Some(Credentials::new(
            k,
            s,
            profile
                .get("aws_session_token")
                .or_else(|| profile.get("aws_security_token"))
                .filter(|t| !t.is_empty())
                .map(str::to_string),
        ))),
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
            if let Some(c) = sso::load(session, profile, &name).await? {
                return Ok(Some(c));
            }
        }
        if let Some(c) = static_keys(profile, &name)? {
            return Ok(Some(c));
        }
        if let Some(cmd) = profile.get("credential_process").filter(|c| !c.is_empty()) {
            return process::run(cmd, &name).await.map(Some);
        }
        if let Some(role_arn) = profile.get("role_arn").filter(|r| !r.is_empty()) {
            if let Some(token_file) = profile.get("web_identity_token_file") {
                let session_name = profile
                    .get("role_session_name")
                    .map(str::to_string)
                    .unwrap_or_else(sts::default_session_name);
                return web_identity(session, token_file, role_arn, &session_name)
                    .await
                    .map(Some);
            }
            let source = role_source(session, profile, &name, visited).await?;
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
            return sts::assume_role(session, &source, &params).await.map(Some);
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
                "Environment" => from_env(session.env())?,
                "EcsContainer" => container::load(session).await?,
                "Ec2InstanceMetadata" => imds::load(session).await?,
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

async fn web_identity(
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

/// `AWS_WEB_IDENTITY_TOKEN_FILE` + `AWS_ROLE_ARN` (+ `AWS_ROLE_SESSION_NAME`).
async fn web_identity_from_env(session: &Session) -> Result<Option<Credentials>> {
    let env = session.env();
    let (Some(file), Some(arn)) = (
        env.get("AWS_WEB_IDENTITY_TOKEN_FILE"),
        env.get("AWS_ROLE_ARN"),
    ) else {
        return Ok(None);
    };
    let name = env
        .get("AWS_ROLE_SESSION_NAME")
        .unwrap_or_else(sts::default_session_name);
    web_identity(session, &file, &arn, &name).await.map(Some)
}
