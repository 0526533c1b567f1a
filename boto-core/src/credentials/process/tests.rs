//! `credential_process`.

use super::*;
use crate::credentials::testing::{env_with, expiry_in, session, TempDir};
use crate::error::ErrorKind;

#[tokio::test]
async fn credential_process_runs_the_command() {
    let dir = TempDir::new();
    let exp = expiry_in(3600);
    let script = dir.write(
        "creds.sh",
        &format!(
            "echo '{{\"Version\": 1, \"AccessKeyId\": \"PROCKEY\", \"SecretAccessKey\": \"PROCSECRET\", \
             \"SessionToken\": \"PROCTOKEN\", \"Expiration\": \"{exp}\", \"AccountId\": \"210987654321\"}}'\n"
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
    assert_eq!(c.account_id(), Some("210987654321"));
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

#[tokio::test]
async fn process_provider_used_directly() {
    let dir = TempDir::new();
    let script = dir.write(
        "creds.sh",
        "echo '{\"Version\": 1, \"AccessKeyId\": \"CMDKEY\", \"SecretAccessKey\": \"CMDSECRET\"}'\n",
    );
    let p = ProcessProvider::new(format!("sh {script} --token ARGSECRET"));
    let c = p.provide().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.secret_access_key(), c.session_token()),
        ("CMDKEY", "CMDSECRET", None)
    );
    // The program, not its arguments.
    let shown = format!("{p:?}");
    assert!(
        shown.contains("\"sh\"") && !shown.contains("ARGSECRET"),
        "{shown}"
    );

    let err = ProcessProvider::new("  ").provide().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials);
    assert!(err.to_string().contains("empty or badly quoted"), "{err}");

    // From a profile: the session's profile's command; none there is not configured.
    dir.write(
        "config",
        &format!("[profile cmd]\ncredential_process = sh {script}\n[profile keys]\nregion = x\n"),
    );
    let s = session(env_with(&dir, &[])).profile("cmd").build().unwrap();
    let from_profile = ProcessProvider::from_session(&s);
    assert_eq!(
        from_profile.provide().await.unwrap().access_key_id(),
        "CMDKEY"
    );
    let s = session(env_with(&dir, &[]))
        .profile("keys")
        .build()
        .unwrap();
    let none = ProcessProvider::from_session(&s);
    assert_eq!(none.provide_if_configured().await.unwrap(), None);
    assert!(none.provide().await.is_err());
}
