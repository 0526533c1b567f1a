//! `AssumeRoleWithWebIdentity` against a stub STS on 127.0.0.1.

use super::*;
use crate::credentials::testing::{env_with, session, sts_reply, Stub, TempDir};

#[tokio::test]
async fn web_identity_from_environment() {
    let stub = Stub::start(|r| {
        if r.body.contains("Action=AssumeRoleWithWebIdentity") {
            (200, sts_reply("AssumeRoleWithWebIdentity", "WEBKEY"))
        } else {
            (
                400,
                "<ErrorResponse><Error><Code>Bad</Code></Error></ErrorResponse>".into(),
            )
        }
    })
    .await;
    let dir = TempDir::new();
    let token = dir.write("token", "the-jwt\n");
    let env = env_with(
        &dir,
        &[
            ("AWS_WEB_IDENTITY_TOKEN_FILE", &token),
            ("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/web"),
            ("AWS_ROLE_SESSION_NAME", "sess"),
        ],
    );
    let s = session(env)
        .endpoint_url(stub.url.clone())
        .region("us-west-2")
        .build()
        .unwrap();
    let c = s.credentials().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.session_token()),
        ("WEBKEY", Some("STSTOKEN"))
    );
    assert_eq!(c.account_id(), Some("123456789012"));
    let seen = stub.requests();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].method, "POST");
    assert!(seen[0].header("authorization").is_none(), "unsigned");
    for part in [
        "RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fweb",
        "RoleSessionName=sess",
        "WebIdentityToken=the-jwt",
    ] {
        assert!(seen[0].body.contains(part), "{}", seen[0].body);
    }
}

#[tokio::test]
async fn web_identity_provider_used_directly() {
    let stub = Stub::start(|r| {
        if r.body.contains("Action=AssumeRoleWithWebIdentity") {
            (
                200,
                sts_reply("AssumeRoleWithWebIdentity", "EXPLICITWEBKEY"),
            )
        } else {
            (400, String::new())
        }
    })
    .await;
    let dir = TempDir::new();
    let token = dir.write("token", "explicit-jwt\n");
    // The environment names another role and session: the explicit settings win.
    let env = env_with(
        &dir,
        &[
            ("AWS_ROLE_ARN", "arn:aws:iam::1:role/env"),
            ("AWS_ROLE_SESSION_NAME", "envsess"),
        ],
    );
    let s = session(env)
        .endpoint_url(stub.url.clone())
        .region("us-west-2")
        .build()
        .unwrap();
    let p =
        WebIdentityProvider::new(&s, token, "arn:aws:iam::1:role/explicit").session_name("mysess");
    let c = p.provide().await.unwrap();
    assert_eq!(c.access_key_id(), "EXPLICITWEBKEY");
    let seen = stub.requests();
    assert_eq!(seen.len(), 1);
    for part in [
        "RoleArn=arn%3Aaws%3Aiam%3A%3A1%3Arole%2Fexplicit",
        "RoleSessionName=mysess",
        "WebIdentityToken=explicit-jwt",
    ] {
        assert!(seen[0].body.contains(part), "{}", seen[0].body);
    }
    assert!(!format!("{p:?}").contains("explicit-jwt"));

    // From the environment: AWS_WEB_IDENTITY_TOKEN_FILE is unset, so not configured.
    let none = WebIdentityProvider::from_session(&s);
    assert_eq!(none.provide_if_configured().await.unwrap(), None);
    assert!(none.provide().await.is_err());
    // A token file that cannot be read is an error, before anything is sent.
    let err = WebIdentityProvider::new(&s, dir.0.join("absent").display().to_string(), "arn")
        .provide()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("could not be read"), "{err}");
    assert_eq!(stub.requests().len(), 1);
}
