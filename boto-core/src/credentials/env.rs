//! [`EnvProvider`]: keys in environment variables.

use super::{configured, Credentials, ProvideCredentials};
use crate::config::Env;
use crate::error::{Error, Result};
use crate::Session;
use futures::future::BoxFuture;

#[cfg(test)]
mod tests;

/// Credentials from `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`, with
/// `AWS_SESSION_TOKEN` (or the older `AWS_SECURITY_TOKEN`) and `AWS_ACCOUNT_ID` when set. Neither variable set:
/// not configured; only one of them: an error. `Debug` shows where the variables come
/// from, never their values.
#[derive(Debug, Clone)]
pub struct EnvProvider {
    env: Env,
}

impl EnvProvider {
    /// The process environment, read on each use.
    pub fn from_env() -> EnvProvider {
        EnvProvider {
            env: Env::process(),
        }
    }
    /// These variables only; the process environment is not read.
    pub fn from_vars<K: Into<String>, V: Into<String>>(
        vars: impl IntoIterator<Item = (K, V)>,
    ) -> EnvProvider {
        EnvProvider {
            env: Env::from_map(vars),
        }
    }
    /// The environment `session` was built from.
    pub fn from_session(session: &Session) -> EnvProvider {
        EnvProvider {
            env: session.env().clone(),
        }
    }
    pub(crate) fn load(&self) -> Result<Option<Credentials>> {
        let env = &self.env;
        match (
            env.get("AWS_ACCESS_KEY_ID"),
            env.get("AWS_SECRET_ACCESS_KEY"),
        ) {
            (Some(k), Some(s)) => {
                let creds = Credentials::new(
                    k,
                    s,
                    env.first(&["AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN"]),
                );
                Ok(Some(match env.get("AWS_ACCOUNT_ID") {
                    Some(id) => creds.with_account_id(id),
                    None => creds,
                }))
            }
            (None, None) => Ok(None),
            _ => Err(Error::credentials(
                "partial credentials in the environment: AWS_ACCESS_KEY_ID and \
                 AWS_SECRET_ACCESS_KEY must both be set",
            )),
        }
    }
}

impl ProvideCredentials for EnvProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials>> {
        Box::pin(async move {
            configured(
                self.load()?,
                "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not set",
            )
        })
    }
    fn provide_if_configured(&self) -> BoxFuture<'_, Result<Option<Credentials>>> {
        Box::pin(async move { self.load() })
    }
}
