//! A credentials cache: resolves lazily on first use, lets concurrent callers share one
//! in-flight resolution, and refreshes five minutes before expiry.

use super::Credentials;
use crate::error::Result;
use std::future::Future;
use std::time::{Duration, SystemTime};

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
