//! [`ChainProvider`]: the first of several providers that is configured.

use super::{
    ContainerProvider, Credentials, EnvProvider, ImdsProvider, ProfileProvider, ProvideCredentials,
    WebIdentityProvider,
};
use crate::error::{Error, Result};
use crate::Session;
use futures::future::BoxFuture;
use std::sync::Arc;

#[cfg(all(test, feature = "dynamic"))]
mod tests;

/// Asks its providers in order and answers with the first that is configured (see
/// [`ProvideCredentials::provide_if_configured`]). A provider that is configured but fails
/// stops the chain with its error; with none configured, [`provide`](Self::provide) is a
/// credentials error naming every provider asked.
///
/// [`ChainProvider::for_session`] is the default chain of a [`Session`];
/// [`ChainProvider::builder`] makes one of your own order.
#[derive(Debug, Clone)]
pub struct ChainProvider {
    providers: Vec<(String, Arc<dyn ProvideCredentials>)>,
}

impl ChainProvider {
    /// A chain of your own, empty at first.
    pub fn builder() -> ChainProviderBuilder {
        ChainProviderBuilder::default()
    }
    /// The chain a session without a provider uses, with the configuration of `session`:
    /// [`EnvProvider`], [`ProfileProvider`] (its profile),
    /// [`WebIdentityProvider::from_session`], [`ContainerProvider::from_session`],
    /// [`ImdsProvider::from_session`].
    pub fn for_session(session: &Session) -> ChainProvider {
        ChainProvider::builder()
            .push("environment", EnvProvider::from_session(session))
            .push(
                format!("profile {}", session.profile_name()),
                ProfileProvider::new(session),
            )
            .push("web identity", WebIdentityProvider::from_session(session))
            .push("container", ContainerProvider::from_session(session))
            .push("instance metadata", ImdsProvider::from_session(session))
            .build()
    }
    /// The names of the providers, in the order they are asked.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.providers.iter().map(|(name, _)| name.as_str())
    }
}

/// The default chain of [`Session::new`]: the process environment and the profile files.
impl Default for ChainProvider {
    fn default() -> ChainProvider {
        ChainProvider::for_session(&Session::new())
    }
}

impl ProvideCredentials for ChainProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials>> {
        Box::pin(async move {
            match self.provide_if_configured().await? {
                Some(c) => Ok(c),
                None => Err(Error::credentials(format!(
                    "no credentials found ({})",
                    self.names().collect::<Vec<_>>().join(", ")
                ))),
            }
        })
    }
    fn provide_if_configured(&self) -> BoxFuture<'_, Result<Option<Credentials>>> {
        Box::pin(async move {
            for (name, provider) in &self.providers {
                if let Some(c) = provider.provide_if_configured().await? {
                    tracing::debug!("credentials from {name}");
                    return Ok(Some(c));
                }
            }
            Ok(None)
        })
    }
}

/// Builds a [`ChainProvider`]; providers are asked in the order they are pushed.
#[derive(Debug, Default)]
pub struct ChainProviderBuilder {
    providers: Vec<(String, Arc<dyn ProvideCredentials>)>,
}

impl ChainProviderBuilder {
    /// Asks `provider`, called `name` in errors and logs, after those pushed before.
    pub fn push(
        mut self,
        name: impl Into<String>,
        provider: impl ProvideCredentials,
    ) -> ChainProviderBuilder {
        self.providers.push((name.into(), Arc::new(provider)));
        self
    }
    /// The chain.
    pub fn build(self) -> ChainProvider {
        ChainProvider {
            providers: self.providers,
        }
    }
}
