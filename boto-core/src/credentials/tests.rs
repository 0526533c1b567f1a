//! Providers that need no network: explicit, environment, profile files,
//! `credential_process`, the cache and the JSON reader. The process environment is never
//! read: every session gets a fixed `Env`.

use super::support::{env_with, expiry_in, session, TempDir};
use super::*;
use crate::error::ErrorKind;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

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
        ],
    );
    let c = session(env).build().unwrap().credentials().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.secret_access_key(), c.session_token()),
        ("ENVKEY", "ENVSECRET", Some("ENVTOKEN"))
    );
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
async fn credentials_file_then_config_file() {
    let dir = TempDir::new();
    dir.write(
        "config",
        "[profile dev]\naws_access_key_id = CFGKEY\naws_secret_access_key = CFGSECRET\n\
         [profile cfgonly]\naws_access_key_id = K2\naws_secret_access_key = S2\naws_session_token = T2\n",
    );
    dir.write(
        "credentials",
        "[dev]\naws_access_key_id = CREDKEY\naws_secret_access_key = CREDSECRET\n",
    );
    let s = session(env_with(&dir, &[])).profile("dev").build().unwrap();
    let c = s.credentials().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.secret_access_key()),
        ("CREDKEY", "CREDSECRET")
    );
    let s = session(env_with(&dir, &[("AWS_PROFILE", "cfgonly")]))
        .build()
        .unwrap();
    let c = s.credentials().await.unwrap();
    assert_eq!((c.access_key_id(), c.session_token()), ("K2", Some("T2")));
    // Nothing anywhere (IMDS disabled): a credentials error naming the profile.
    let s = session(env_with(&dir, &[])).build().unwrap();
    let err = s.credentials().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials);
    assert!(err.to_string().contains("no credentials found"), "{err}");
}

#[tokio::test]
async fn credential_process_runs_the_command() {
    let dir = TempDir::new();
    let exp = expiry_in(3600);
    let script = dir.write(
        "creds.sh",
        &format!(
            "echo '{{\"Version\": 1, \"AccessKeyId\": \"PROCKEY\", \"SecretAccessKey\": \"PROCSECRET\", \
             \"SessionToken\": \"PROCTOKEN\", \"Expiration\": \"{exp}\"}}'\n"
        ),
    );
    let v2 = dir.write(
        "v2.sh",
        "echo '{\"Version\": 2, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"B\"}'\n",
    );
    let fails = dir.write("fails.sh", "echo SECRETLEAK >&2; exit 3\n");
    dir.write(
        "config",
        &format!(
            "[default]\ncredential_process = sh \"{script}\"\n[profile v2]\ncredential_process = sh {v2}\n\
             [profile fails]\ncredential_process = sh {fails}\n"
        ),
    );
    let c = session(env_with(&dir, &[]))
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap();
    assert_eq!(
        (c.access_key_id(), c.session_token()),
        ("PROCKEY", Some("PROCTOKEN"))
    );
    // The expiry is the process's, to the instant it wrote.
    let expiry = crate::DateTime::from(c.expiry().unwrap());
    assert_eq!(expiry.format(crate::TimestampFormat::DateTime), exp);
    let err = session(env_with(&dir, &[]))
        .profile("v2")
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("Version"), "{err}");
    let err = session(env_with(&dir, &[]))
        .profile("fails")
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("exited"), "{err}");
    assert!(!err.to_string().contains("SECRETLEAK"), "{err}");
}

#[tokio::test]
async fn credential_process_output_is_bounded_and_checked() {
    let dir = TempDir::new();
    // Writes forever: refused after 64 KiB, and killed.
    let endless = dir.write("endless.sh", "exec yes '{\"Version\": 1}'\n");
    let bad_expiry = dir.write(
        "expiry.sh",
        "printf '{\"Version\": 1, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"B\", \
         \"Expiration\": \"2014-04-29T18:30:38\\\\u00e9123\"}'\n",
    );
    dir.write(
        "config",
        &format!(
            "[profile endless]\ncredential_process = sh {endless}\n\
             [profile expiry]\ncredential_process = sh {bad_expiry}\n"
        ),
    );
    let err = session(env_with(&dir, &[]))
        .profile("endless")
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), crate::ErrorKind::Credentials);
    assert!(err.to_string().contains("more than 65536 bytes"), "{err}");
    let err = session(env_with(&dir, &[]))
        .profile("expiry")
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("bad Expiration"), "{err}");
}

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

#[test]
fn json_credentials_errors_never_echo_the_body() {
    let err = from_json(
        b"{\"AccessKeyId\":\"AK\",\"SecretAccessKey\":\"TOPSECRET\",\"Expiration\":\"soon\"}",
        "x",
    )
    .unwrap_err();
    assert!(!err.to_string().contains("TOPSECRET"), "{err}");
    assert!(from_json(b"{\"AccessKeyId\":\"AK\"}", "x").is_err());
    assert!(from_json(b"[1,2", "x").is_err());
}
