//! Keys from environment variables.

use super::*;
use crate::credentials::testing::{env_with, session, TempDir};
use crate::error::ErrorKind;

#[tokio::test]
async fn environment_credentials() {
    let dir = TempDir::new();
    dir.write(
        "credentials",
        "[default]\naws_access_key_id = FILEKEY\naws_secret_access_key = S\n",
    );
    let env = env_with(
        &dir,
        &[
            ("AWS_ACCESS_KEY_ID", "ENVKEY"),
            ("AWS_SECRET_ACCESS_KEY", "ENVSECRET"),
            ("AWS_SESSION_TOKEN", "ENVTOKEN"),
            ("AWS_ACCOUNT_ID", "123456789012"),
        ],
    );
    let c = session(env).build().unwrap().credentials().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.secret_access_key(), c.session_token()),
        ("ENVKEY", "ENVSECRET", Some("ENVTOKEN"))
    );
    assert_eq!(c.account_id(), Some("123456789012"));
    // Not a secret: Debug shows it (and still hides the secret and token).
    let shown = format!("{c:?}");
    assert!(
        shown.contains("123456789012") && !shown.contains("ENVSECRET"),
        "{shown}"
    );
    assert!(!shown.contains("ENVTOKEN"), "{shown}");
    let env = env_with(&dir, &[("AWS_ACCESS_KEY_ID", "ONLYKEY")]);
    let err = session(env)
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials);
}

#[tokio::test]
async fn env_provider_used_directly() {
    let full = EnvProvider::from_vars([
        ("AWS_ACCESS_KEY_ID", "AK"),
        ("AWS_SECRET_ACCESS_KEY", "TOPSECRET"),
        ("AWS_SECURITY_TOKEN", "OLDTOKEN"),
    ]);
    let c = full.provide().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.secret_access_key(), c.session_token()),
        ("AK", "TOPSECRET", Some("OLDTOKEN"))
    );
    assert_eq!(c.account_id(), None);
    assert!(!format!("{full:?}").contains("TOPSECRET"), "{full:?}");

    let empty = EnvProvider::from_vars([("AWS_ACCESS_KEY_ID", "")]);
    assert_eq!(empty.provide_if_configured().await.unwrap(), None);
    let err = empty.provide().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials);
    assert!(err.to_string().contains("not set"), "{err}");

    // Half configured is an error for the chain too, not a skip.
    let half = EnvProvider::from_vars([("AWS_SECRET_ACCESS_KEY", "S")]);
    let err = half.provide_if_configured().await.unwrap_err();
    assert!(err.to_string().contains("partial"), "{err}");
}

#[tokio::test]
async fn env_provider_from_a_session_reads_its_environment() {
    let dir = TempDir::new();
    let env = env_with(
        &dir,
        &[
            ("AWS_ACCESS_KEY_ID", "SESSIONKEY"),
            ("AWS_SECRET_ACCESS_KEY", "S"),
        ],
    );
    let s = session(env).build().unwrap();
    let c = EnvProvider::from_session(&s).provide().await.unwrap();
    assert_eq!(c.access_key_id(), "SESSIONKEY");
}
