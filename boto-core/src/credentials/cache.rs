//! A credentials cache: resolves lazily on first use, lets concurrent callers share one
//! in-flight resolution, and refreshes five minutes before expiry. [`CachingProvider`]
//! puts it around any provider; a session keeps one of its own.

use super::{Credentials, ProvideCredentials};
use crate::error::{Error, Result};
use futures::future::BoxFuture;
use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

#[cfg(test)]
mod tests;

/// Credentials this close to expiry are refreshed.
pub(crate) const REFRESH_WINDOW: Duration = Duration::from_secs(5 * 60);

#[derive(Default)]
pub(crate) struct CredentialsCache {
    // An async mutex held across the load: the first caller resolves, the others wait for
    // its answer instead of starting their own.
    slot: tokio::sync::Mutex<Option<Credentials>>,
}

impl std::fmt::Debug for CredentialsCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CredentialsCache")
    }
}

fn fresh(c: &Credentials, now: SystemTime) -> bool {
    match c.expiry() {
        None => true,
        Some(exp) => exp
            .duration_since(now)
            .map(|left| left > REFRESH_WINDOW)
            .unwrap_or(false),
    }
}

fn unexpired(c: &Credentials, now: SystemTime) -> bool {
    c.expiry().is_none_or(|exp| exp > now)
}

impl CredentialsCache {
    /// The cached credentials, or the result of `load` when there are none or they are
    /// about to expire. A failed refresh keeps serving credentials that have not expired.
    pub(crate) async fn get_or_load<F, Fut>(&self, load: F) -> Result<Credentials>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<Credentials>>,
    {
        let mut slot = self.slot.lock().await;
        let now = SystemTime::now();
        if let Some(c) = slot.as_ref().filter(|c| fresh(c, now)) {
            return Ok(c.clone());
        }
        match load().await {
            Ok(c) => {
                *slot = Some(c.clone());
                Ok(c)
            }
            Err(e) => match slot.as_ref().filter(|c| unexpired(c, SystemTime::now())) {
                Some(c) => {
                    tracing::warn!("credentials refresh failed, using cached ones: {e}");
                    Ok(c.clone())
                }
                None => Err(e),
            },
        }
    }
}

/// Another provider's credentials, kept until five minutes before they expire (for ever
/// when they do not). Resolves on first use; concurrent callers share one resolution; a
/// failed refresh keeps serving credentials that have not expired yet. A session caches
/// its provider's answers already: this is for a provider used on its own, or shared.
#[derive(Debug, Clone)]
pub struct CachingProvider {
    provider: Arc<dyn ProvideCredentials>,
    cache: Arc<CredentialsCache>,
}

impl CachingProvider {
    /// Caches the answers of `provider`.
    pub fn new(provider: impl ProvideCredentials) -> CachingProvider {
        CachingProvider {
            provider: Arc::new(provider),
            cache: Arc::default(),
        }
    }
}

impl ProvideCredentials for CachingProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials>> {
        Box::pin(self.cache.get_or_load(|| self.provider.provide()))
    }
    fn provide_if_configured(&self) -> BoxFuture<'_, Result<Option<Credentials>>> {
        Box::pin(async move {
            let unconfigured = AtomicBool::new(false);
            let found = self
                .cache
                .get_or_load(|| async {
                    match self.provider.provide_if_configured().await? {
                        Some(c) => Ok(c),
                        None => {
                            unconfigured.store(true, Ordering::Relaxed);
                            Err(Error::credentials("not configured"))
                        }
                    }
                })
                .await;
            match found {
                Err(_) if unconfigured.load(Ordering::Relaxed) => Ok(None),
                other => other.map(Some),
            }
        })
    }
}
