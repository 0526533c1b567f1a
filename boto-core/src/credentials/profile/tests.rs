//! Profiles: static keys in the credentials and config files, role profiles.

use super::*;
use crate::credentials::testing::{env_with, session, sts_reply, Stub, TempDir};
use crate::error::ErrorKind;

#[tokio::test]
async fn credentials_file_then_config_file() {
    let dir = TempDir::new();
    dir.write(
        "config",
        "[profile dev]\naws_access_key_id = CFGKEY\naws_secret_access_key = CFGSECRET\n\
         [profile cfgonly]\naws_access_key_id = K2\naws_secret_access_key = S2\naws_session_token = T2\n\
         aws_account_id = 111122223333\n",
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
    assert_eq!(c.account_id(), None);
    let s = session(env_with(&dir, &[("AWS_PROFILE", "cfgonly")]))
        .build()
        .unwrap();
    let c = s.credentials().await.unwrap();
    assert_eq!((c.access_key_id(), c.session_token()), ("K2", Some("T2")));
    assert_eq!(c.account_id(), Some("111122223333"));
    // Nothing anywhere (IMDS disabled): a credentials error naming the profile.
    let s = session(env_with(&dir, &[])).build().unwrap();
    let err = s.credentials().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials);
    assert!(err.to_string().contains("no credentials found"), "{err}");
}

#[tokio::test]
async fn role_profiles_with_web_identity_and_container_sources() {
    let stub = Stub::start(|r| match (r.method.as_str(), r.path.as_str()) {
        ("GET", "/creds") => (
            200,
            "{\"AccessKeyId\":\"ECSKEY\",\"SecretAccessKey\":\"S\",\"Token\":\"T\"}".into(),
        ),
        ("POST", "/") if r.body.contains("Action=AssumeRoleWithWebIdentity") => {
            (200, sts_reply("AssumeRoleWithWebIdentity", "PROFILEWEBKEY"))
        }
        ("POST", "/") if r.body.contains("Action=AssumeRole&") => {
            (200, sts_reply("AssumeRole", "FROMECSKEY"))
        }
        _ => (500, String::new()),
    })
    .await;
    let dir = TempDir::new();
    let token = dir.write("jwt", "profile-jwt");
    dir.write(
        "config",
        &format!(
            "[profile web]\nrole_arn = arn:aws:iam::1:role/w\nweb_identity_token_file = {token}\n\
             [profile ecs]\nrole_arn = arn:aws:iam::1:role/e\ncredential_source = EcsContainer\n"
        ),
    );
    let full = format!("{}/creds", stub.url);
    let env = env_with(&dir, &[("AWS_CONTAINER_CREDENTIALS_FULL_URI", &full)]);
    let s = session(env.clone())
        .profile("web")
        .endpoint_url(stub.url.clone())
        .build()
        .unwrap();
    assert_eq!(
        s.credentials().await.unwrap().access_key_id(),
        "PROFILEWEBKEY"
    );
    assert!(stub.requests()[0]
        .body
        .contains("WebIdentityToken=profile-jwt"));
    let s = session(env)
        .profile("ecs")
        .endpoint_url(stub.url.clone())
        .build()
        .unwrap();
    assert_eq!(s.credentials().await.unwrap().access_key_id(), "FROMECSKEY");
    let seen = stub.requests();
    let auth = seen
        .last()
        .and_then(|r| r.header("authorization"))
        .unwrap_or_default();
    assert!(auth.contains("Credential=ECSKEY/"), "{auth}");
    assert_eq!(
        seen.last().and_then(|r| r.header("x-amz-security-token")),
        Some("T")
    );
}

#[tokio::test]
async fn profile_provider_used_directly() {
    let dir = TempDir::new();
    dir.write(
        "credentials",
        "[default]\naws_access_key_id = DEFKEY\naws_secret_access_key = DEFSECRET\n\
         [other]\naws_access_key_id = OTHERKEY\naws_secret_access_key = OTHERSECRET\n\
         [half]\naws_access_key_id = HALF\n",
    );
    let s = session(env_with(&dir, &[])).build().unwrap();
    let p = ProfileProvider::new(&s);
    assert_eq!(p.provide().await.unwrap().access_key_id(), "DEFKEY");
    let other = ProfileProvider::new(&s).profile("other");
    let c = other.provide().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.secret_access_key()),
        ("OTHERKEY", "OTHERSECRET")
    );
    assert!(!format!("{other:?}").contains("OTHERSECRET"), "{other:?}");

    // A profile the files do not define is not configured; a broken one is an error.
    let missing = ProfileProvider::new(&s).profile("missing");
    assert_eq!(missing.provide_if_configured().await.unwrap(), None);
    let err = missing.provide().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials);
    assert!(err.to_string().contains("profile missing"), "{err}");
    let err = ProfileProvider::new(&s)
        .profile("half")
        .provide_if_configured()
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("partial credentials in profile half"),
        "{err}"
    );
}
