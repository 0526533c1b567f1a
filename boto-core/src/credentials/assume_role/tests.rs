//! `AssumeRole` against a stub STS on 127.0.0.1 and moto's when installed.

use super::*;
use crate::credentials::testing::{env_with, session, sts_reply, Stub, TempDir};
use crate::error::ErrorKind;

#[tokio::test]
async fn assume_role_signs_with_the_source_profile() {
    let stub = Stub::start(|r| {
        if r.body.contains("Action=AssumeRole&") {
            (200, sts_reply("AssumeRole", "ROLEKEY"))
        } else {
            (400, String::new())
        }
    })
    .await;
    let dir = TempDir::new();
    dir.write(
        "config",
        "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base\n\
         role_session_name = mysess\nexternal_id = ext\nduration_seconds = 900\n\
         [profile loop-a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = loop-b\n\
         [profile loop-b]\nrole_arn = arn:aws:iam::1:role/b\nsource_profile = loop-a\n",
    );
    dir.write(
        "credentials",
        "[base]\naws_access_key_id = BASEKEY\naws_secret_access_key = BASESECRET\n",
    );
    let s = session(env_with(&dir, &[]))
        .profile("role")
        .region("eu-west-1")
        .endpoint_url(stub.url.clone())
        .build()
        .unwrap();
    let c = s.credentials().await.unwrap();
    assert_eq!(c.access_key_id(), "ROLEKEY");
    // The account of the assumed role's ARN.
    assert_eq!(c.account_id(), Some("123456789012"));
    let seen = stub.requests();
    assert_eq!(seen.len(), 1);
    let auth = seen[0].header("authorization").unwrap_or_default();
    assert!(
        auth.contains("Credential=BASEKEY/") && auth.contains("/eu-west-1/sts/aws4_request"),
        "{auth}"
    );
    for part in [
        "RoleSessionName=mysess",
        "ExternalId=ext",
        "DurationSeconds=900",
        "Version=2011-06-15",
    ] {
        assert!(seen[0].body.contains(part), "{}", seen[0].body);
    }
    let err = session(env_with(&dir, &[]))
        .profile("loop-a")
        .endpoint_url(stub.url.clone())
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config, "{err}");
    assert_eq!(stub.requests().len(), 1, "a loop sends nothing");
}

#[tokio::test]
async fn sts_error_answer_is_a_credentials_error() {
    let stub = Stub::start(|_| {
        (
            403,
            "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>\
               <Message>not allowed</Message></Error></ErrorResponse>"
                .into(),
        )
    })
    .await;
    let dir = TempDir::new();
    dir.write(
        "config",
        "[default]\nrole_arn = arn:aws:iam::1:role/r\ncredential_source = Environment\n",
    );
    let env = env_with(&dir, &[]);
    // credential_source = Environment without keys: a credentials error, nothing sent.
    let err = session(env)
        .endpoint_url(stub.url.clone())
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials, "{err}");
    assert!(stub.requests().is_empty());
    dir.write("config", "[default]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = default\naws_access_key_id = A\naws_secret_access_key = B\n");
    // Static keys of the profile itself win over its role (chain order).
    let c = session(env_with(&dir, &[]))
        .endpoint_url(stub.url.clone())
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap();
    assert_eq!(c.access_key_id(), "A");
    dir.write("config", "[default]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = src\n[profile src]\naws_access_key_id = A\naws_secret_access_key = B\n");
    let err = session(env_with(&dir, &[]))
        .endpoint_url(stub.url.clone())
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("AccessDenied") && err.to_string().contains("not allowed"),
        "{err}"
    );
}

#[test]
fn sts_xml_reader_rejects_garbage() {
    assert!(sts::read_fields(b"<a><b>1</b></a>").is_ok());
    for bad in [
        &b"<a><b>1</b>"[..],
        b"",
        b"not xml at all",
        b"<a>\xff</a>",
        b"</a>",
    ] {
        assert!(
            sts::read_fields(bad).is_err(),
            "{:?}",
            String::from_utf8_lossy(bad)
        );
    }
}

#[tokio::test]
async fn assume_role_against_moto() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let dir = TempDir::new();
    dir.write(
        "config",
        "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/moto-role\nsource_profile = base\n\
         [profile base]\naws_access_key_id = testing\naws_secret_access_key = testing\n",
    );
    let s = session(env_with(&dir, &[]))
        .profile("role")
        .region("us-east-1")
        .endpoint_url(moto.endpoint())
        .build()
        .unwrap();
    let c = s.credentials().await.unwrap();
    assert_ne!(c.access_key_id(), "testing");
    assert!(c.session_token().is_some());
    assert!(c.expiry().is_some());
}

#[tokio::test]
async fn assume_role_provider_used_directly() {
    let stub = Stub::start(|r| {
        if r.body.contains("Action=AssumeRole&") {
            (200, sts_reply("AssumeRole", "DIRECTROLEKEY"))
        } else {
            (400, String::new())
        }
    })
    .await;
    let dir = TempDir::new();
    let s = session(env_with(&dir, &[]))
        .region("eu-central-1")
        .endpoint_url(stub.url.clone())
        .build()
        .unwrap();
    let p = AssumeRoleProvider::new(
        &s,
        "arn:aws:iam::123456789012:role/direct",
        Credentials::new("SRCKEY", "SRCSECRET", None),
    )
    .session_name("direct-session")
    .external_id("EXTSECRET")
    .duration_seconds(1200);
    let c = p.provide().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.session_token()),
        ("DIRECTROLEKEY", Some("STSTOKEN"))
    );
    assert!(c.expiry().is_some());
    let seen = stub.requests();
    assert_eq!(seen.len(), 1);
    let auth = seen[0].header("authorization").unwrap_or_default();
    assert!(
        auth.contains("Credential=SRCKEY/") && auth.contains("/eu-central-1/sts/aws4_request"),
        "{auth}"
    );
    for part in [
        "RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fdirect",
        "RoleSessionName=direct-session",
        "ExternalId=EXTSECRET",
        "DurationSeconds=1200",
    ] {
        assert!(seen[0].body.contains(part), "{}", seen[0].body);
    }
    let shown = format!("{p:?}");
    assert!(
        shown.contains("role/direct")
            && !shown.contains("EXTSECRET")
            && !shown.contains("SRCSECRET"),
        "{shown}"
    );

    // A source that fails: its error, and nothing sent.
    let unset = crate::credentials::EnvProvider::from_vars([("X", "1")]);
    let err = AssumeRoleProvider::new(&s, "arn:aws:iam::1:role/r", unset)
        .provide()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials);
    assert_eq!(stub.requests().len(), 1);
}

#[tokio::test]
async fn assume_role_provider_against_moto() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let dir = TempDir::new();
    let s = session(env_with(&dir, &[]))
        .region("us-east-1")
        .endpoint_url(moto.endpoint())
        .build()
        .unwrap();
    let source = crate::credentials::EnvProvider::from_vars([
        ("AWS_ACCESS_KEY_ID", "testing"),
        ("AWS_SECRET_ACCESS_KEY", "testing"),
    ]);
    let p = AssumeRoleProvider::new(&s, "arn:aws:iam::123456789012:role/moto-direct", source)
        .session_name("direct")
        .duration_seconds(900);
    let c = p.provide().await.unwrap();
    assert_ne!(c.access_key_id(), "testing");
    assert!(c.session_token().is_some());
    let left = c
        .expiry()
        .unwrap()
        .duration_since(std::time::SystemTime::now())
        .unwrap();
    assert!(left <= std::time::Duration::from_secs(900), "{left:?}");
}
