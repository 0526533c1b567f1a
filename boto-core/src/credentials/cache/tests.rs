//! The cache: one resolution shared, refreshed before expiry, kept through a failed refresh.

use super::*;
use crate::credentials::testing::{env_with, session, TempDir};
use std::sync::atomic::AtomicUsize;

#[derive(Debug)]
struct Counting {
    calls: AtomicUsize,
    ttl: Duration,
    fail_after_first: bool,
}

impl ProvideCredentials for Counting {
    fn provide(&self) -> futures::future::BoxFuture<'_, crate::Result<Credentials>> {
        Box::pin(async move {
            let n = self.calls.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(Duration::from_millis(20)).await;
            if self.fail_after_first && n > 0 {
                return Err(crate::Error::credentials("provider down"));
            }
            Ok(Credentials::new(format!("KEY{n}"), "S", None)
                .with_expiry(SystemTime::now() + self.ttl))
        })
    }
}

#[tokio::test]
async fn cache_shares_one_resolution_and_refreshes_before_expiry() {
    let dir = TempDir::new();
    let long = Arc::new(Counting {
        calls: AtomicUsize::new(0),
        ttl: Duration::from_secs(3600),
        fail_after_first: false,
    });
    let s = session(env_with(&dir, &[]))
        .credentials_provider(long.clone())
        .build()
        .unwrap();
    assert_eq!(
        long.calls.load(Ordering::SeqCst),
        0,
        "lazy: nothing resolved at build"
    );
    let all = futures::future::join_all((0..8).map(|_| s.credentials())).await;
    assert!(all
        .iter()
        .all(|c| c.as_ref().unwrap().access_key_id() == "KEY0"));
    assert_eq!(
        long.calls.load(Ordering::SeqCst),
        1,
        "one in-flight resolution"
    );

    // Expiring within the 5-minute window: every use refreshes.
    let short = Arc::new(Counting {
        calls: AtomicUsize::new(0),
        ttl: Duration::from_secs(240),
        fail_after_first: false,
    });
    let s = session(env_with(&dir, &[]))
        .credentials_provider(short.clone())
        .build()
        .unwrap();
    assert_eq!(s.credentials().await.unwrap().access_key_id(), "KEY0");
    assert_eq!(s.credentials().await.unwrap().access_key_id(), "KEY1");

    // A failed refresh keeps serving credentials that have not expired yet.
    let flaky = Arc::new(Counting {
        calls: AtomicUsize::new(0),
        ttl: Duration::from_secs(120),
        fail_after_first: true,
    });
    let s = session(env_with(&dir, &[]))
        .credentials_provider(flaky.clone())
        .build()
        .unwrap();
    assert_eq!(s.credentials().await.unwrap().access_key_id(), "KEY0");
    assert_eq!(s.credentials().await.unwrap().access_key_id(), "KEY0");
    assert_eq!(flaky.calls.load(Ordering::SeqCst), 2);
}

#[tokio::test]
async fn caching_provider_wraps_any_provider() {
    let long = Arc::new(Counting {
        calls: AtomicUsize::new(0),
        ttl: Duration::from_secs(3600),
        fail_after_first: false,
    });
    let cached = CachingProvider::new(long.clone());
    assert_eq!(long.calls.load(Ordering::SeqCst), 0, "lazy");
    let all = futures::future::join_all((0..4).map(|_| cached.provide())).await;
    assert!(all
        .iter()
        .all(|c| c.as_ref().unwrap().access_key_id() == "KEY0"));
    // A clone shares the cache.
    let again = cached.clone().provide_if_configured().await.unwrap();
    assert_eq!(again.unwrap().access_key_id(), "KEY0");
    assert_eq!(long.calls.load(Ordering::SeqCst), 1);

    let short = Arc::new(Counting {
        calls: AtomicUsize::new(0),
        ttl: Duration::from_secs(240),
        fail_after_first: false,
    });
    let cached = CachingProvider::new(short.clone());
    assert_eq!(cached.provide().await.unwrap().access_key_id(), "KEY0");
    assert_eq!(cached.provide().await.unwrap().access_key_id(), "KEY1");

    // Around a source that is not configured: still not configured, for a chain to skip.
    let unset = CachingProvider::new(crate::credentials::EnvProvider::from_vars([("X", "1")]));
    assert_eq!(unset.provide_if_configured().await.unwrap(), None);
    assert!(unset.provide().await.is_err());
}
