//! The chain: the default order through a session, and chains of other orders.

use super::*;
use crate::credentials::testing::{env_with, session, TempDir};
use std::sync::Arc;

#[tokio::test]
async fn explicit_credentials_win() {
    let dir = TempDir::new();
    let env = env_with(
        &dir,
        &[
            ("AWS_ACCESS_KEY_ID", "ENVKEY"),
            ("AWS_SECRET_ACCESS_KEY", "ENVSECRET"),
        ],
    );
    let s = session(env)
        .credentials(Credentials::new("AK", "SK", None))
        .build()
        .unwrap();
    assert_eq!(s.credentials().await.unwrap().access_key_id(), "AK");
}

/// A provider of the application's own: `keys` when it has some, else not configured
/// (or an error, when `broken`); counts its calls.
#[derive(Debug, Default)]
struct Vault {
    keys: Option<(&'static str, &'static str)>,
    broken: bool,
    calls: std::sync::atomic::AtomicUsize,
}

impl ProvideCredentials for Vault {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials>> {
        Box::pin(async move {
            self.provide_if_configured()
                .await?
                .ok_or_else(|| Error::credentials("the vault is empty"))
        })
    }
    fn provide_if_configured(&self) -> BoxFuture<'_, Result<Option<Credentials>>> {
        Box::pin(async move {
            self.calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            if self.broken {
                return Err(Error::credentials("the vault is sealed"));
            }
            Ok(self.keys.map(|(k, s)| Credentials::new(k, s, None)))
        })
    }
}

fn calls(v: &Vault) -> usize {
    v.calls.load(std::sync::atomic::Ordering::SeqCst)
}

const MODEL: &str = r#"{
  "metadata": {"protocol": "json", "jsonVersion": "1.1", "targetPrefix": "Things",
               "apiVersion": "2020-01-01", "endpointPrefix": "things", "serviceId": "Things",
               "signingName": "things"},
  "operations": {"Ping": {"name": "Ping", "http": {"method": "POST", "requestUri": "/"}}},
  "shapes": {}
}"#;

/// Sends one signed request through a session using `chain` and returns its
/// `Authorization` header.
async fn signed_with(chain: ChainProvider) -> String {
    let replay = crate::http::replay::ReplayClient::new();
    replay.push(200, &[], "{}");
    let dir = TempDir::new();
    let s = session(env_with(&dir, &[]))
        .region("eu-west-1")
        .endpoint_url("http://127.0.0.1:1")
        .http_client(Arc::new(replay.clone()))
        .credentials_provider(Arc::new(chain))
        .build()
        .unwrap();
    let model = crate::dynamic::ServiceModel::from_json(MODEL.as_bytes()).unwrap();
    crate::dynamic::DynamicClient::new(&s, model)
        .call("Ping", serde_json::json!({}))
        .await
        .unwrap();
    let reqs = replay.requests();
    assert_eq!(reqs.len(), 1);
    reqs[0]
        .header("authorization")
        .unwrap_or_default()
        .to_string()
}

#[tokio::test]
async fn a_session_signs_with_a_custom_chain() {
    let env = || {
        EnvProvider::from_vars([
            ("AWS_ACCESS_KEY_ID", "ENVKEY"),
            ("AWS_SECRET_ACCESS_KEY", "S"),
        ])
    };
    // The vault first, empty: the environment's keys sign.
    let empty = Arc::new(Vault::default());
    let chain = ChainProvider::builder()
        .push("vault", empty.clone())
        .push("environment", env())
        .build();
    assert_eq!(chain.names().collect::<Vec<_>>(), ["vault", "environment"]);
    let auth = signed_with(chain).await;
    assert!(auth.contains("Credential=ENVKEY/"), "{auth}");
    assert_eq!(calls(&empty), 1);

    // The vault first, holding keys: they sign, over the environment's.
    let full = Arc::new(Vault {
        keys: Some(("VAULTKEY", "VAULTSECRET")),
        ..Vault::default()
    });
    let chain = ChainProvider::builder()
        .push("vault", full.clone())
        .push("environment", env())
        .build();
    let auth = signed_with(chain).await;
    assert!(auth.contains("Credential=VAULTKEY/"), "{auth}");

    // Reordered: the environment first wins, and the vault is never asked.
    let unasked = Arc::new(Vault {
        keys: Some(("VAULTKEY", "VAULTSECRET")),
        ..Vault::default()
    });
    let chain = ChainProvider::builder()
        .push("environment", env())
        .push("vault", unasked.clone())
        .build();
    let auth = signed_with(chain).await;
    assert!(auth.contains("Credential=ENVKEY/"), "{auth}");
    assert_eq!(calls(&unasked), 0);
}

#[tokio::test]
async fn a_failing_provider_stops_the_chain_and_none_configured_names_them_all() {
    let broken = Vault {
        broken: true,
        ..Vault::default()
    };
    let after = Arc::new(Vault {
        keys: Some(("K", "S")),
        ..Vault::default()
    });
    let chain = ChainProvider::builder()
        .push("vault", broken)
        .push("backup", after.clone())
        .build();
    let err = chain.provide().await.unwrap_err();
    assert!(err.to_string().contains("sealed"), "{err}");
    assert_eq!(calls(&after), 0);

    let chain = ChainProvider::builder()
        .push("vault", Vault::default())
        .push("environment", EnvProvider::from_vars([("UNRELATED", "1")]))
        .build();
    assert_eq!(chain.provide_if_configured().await.unwrap(), None);
    let err = chain.provide().await.unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::Credentials);
    assert!(
        err.to_string()
            .contains("no credentials found (vault, environment)"),
        "{err}"
    );
    // Credentials and providers behind an Arc are providers too; Debug hides secrets.
    let chain = ChainProvider::builder()
        .push("static", Credentials::new("AK", "TOPSECRET", None))
        .build();
    assert_eq!(chain.provide().await.unwrap().access_key_id(), "AK");
    assert!(!format!("{chain:?}").contains("TOPSECRET"));
}

#[tokio::test]
async fn the_default_chain_of_a_session() {
    let dir = TempDir::new();
    dir.write(
        "credentials",
        "[dev]\naws_access_key_id = FILEKEY\naws_secret_access_key = FILESECRET\n",
    );
    let env = env_with(
        &dir,
        &[
            ("AWS_ACCESS_KEY_ID", "ENVKEY"),
            ("AWS_SECRET_ACCESS_KEY", "ENVSECRET"),
        ],
    );
    let s = session(env).profile("dev").build().unwrap();
    let chain = ChainProvider::for_session(&s);
    assert_eq!(
        chain.names().collect::<Vec<_>>(),
        [
            "environment",
            "profile dev",
            "web identity",
            "container",
            "instance metadata"
        ]
    );
    assert_eq!(chain.provide().await.unwrap().access_key_id(), "ENVKEY");
    // The profile before the environment, from the same providers.
    let reordered = ChainProvider::builder()
        .push("profile", ProfileProvider::new(&s))
        .push("environment", EnvProvider::from_session(&s))
        .build();
    assert_eq!(
        reordered.provide().await.unwrap().access_key_id(),
        "FILEKEY"
    );
}
