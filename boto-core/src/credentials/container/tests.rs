//! The container endpoint, against a stub server on 127.0.0.1.

use super::*;
use crate::credentials::testing::{env_with, expiry_in, session, Stub, TempDir};
use crate::error::ErrorKind;

#[tokio::test]
async fn a_container_uri_with_a_bad_port_is_refused() {
    let dir = TempDir::new();
    for uri in ["http://127.0.0.1:99999/creds", "http://127.0.0.1:0/creds"] {
        let env = env_with(
            &dir,
            &[
                ("AWS_CONTAINER_CREDENTIALS_FULL_URI", uri),
                ("AWS_EC2_METADATA_DISABLED", "true"),
            ],
        );
        let err = session(env)
            .build()
            .unwrap()
            .credentials()
            .await
            .unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Credentials, "{uri}");
        assert!(err.to_string().contains("port"), "{uri}: {err}");
    }
}

#[tokio::test]
async fn container_full_uri_with_token_file() {
    let exp = expiry_in(7200);
    let stub = Stub::start(move |r| match r.path.as_str() {
        "/creds" => (
            200,
            format!(
                "{{\"AccessKeyId\":\"CKEY\",\"SecretAccessKey\":\"CSECRET\",\"Token\":\"CTOKEN\",\"Expiration\":\"{exp}\"}}"
            ),
        ),
        _ => (404, String::new()),
    })
    .await;
    let dir = TempDir::new();
    let token_file = dir.write("token", "Bearer abc\n");
    let full = format!("{}/creds", stub.url);
    let env = env_with(
        &dir,
        &[
            ("AWS_CONTAINER_CREDENTIALS_FULL_URI", &full),
            ("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", &token_file),
            ("AWS_CONTAINER_AUTHORIZATION_TOKEN", "ignored-when-file-set"),
        ],
    );
    let c = session(env).build().unwrap().credentials().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.session_token()),
        ("CKEY", Some("CTOKEN"))
    );
    assert!(c.expiry().is_some());
    let seen = stub.requests();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].header("authorization"), Some("Bearer abc"));

    // A plain-HTTP full URI to a non-loopback host is refused before any request.
    let env = env_with(
        &dir,
        &[(
            "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            "http://example.com/creds",
        )],
    );
    let err = session(env)
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("loopback"), "{err}");
    // A 4xx answer is an error, not a silent fallthrough.
    let env = env_with(
        &dir,
        &[(
            "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            &format!("{}/nope", stub.url),
        )],
    );
    let err = session(env)
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("404"), "{err}");
}

#[tokio::test]
async fn container_provider_used_directly() {
    let stub = Stub::start(|r| match r.header("authorization") {
        Some("EXPLICIT-TOKEN") => (
            200,
            "{\"AccessKeyId\":\"CKEY\",\"SecretAccessKey\":\"CSECRET\",\"Token\":\"CTOKEN\",\
              \"AccountId\":\"444455556666\"}"
                .into(),
        ),
        _ => (401, String::new()),
    })
    .await;
    let dir = TempDir::new();
    // The environment's token is not the one sent: the explicit one wins.
    let env = env_with(&dir, &[("AWS_CONTAINER_AUTHORIZATION_TOKEN", "ENV-TOKEN")]);
    let s = session(env).build().unwrap();
    let p = ContainerProvider::new(&s, format!("{}/creds", stub.url))
        .authorization_token("EXPLICIT-TOKEN");
    let c = p.provide().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.session_token()),
        ("CKEY", Some("CTOKEN"))
    );
    assert_eq!(c.account_id(), Some("444455556666"));
    assert_eq!(stub.requests()[0].path, "/creds");
    assert!(!format!("{p:?}").contains("EXPLICIT-TOKEN"), "{p:?}");
    // Without it, the environment's token is sent and refused: a 4xx is final.
    let err = ContainerProvider::new(&s, format!("{}/creds", stub.url))
        .provide()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials);
    assert_eq!(stub.requests().len(), 2, "no retry after a 401");
    assert_eq!(
        stub.requests()[1].header("authorization"),
        Some("ENV-TOKEN")
    );

    // An explicit URL is held to the same rules as the environment's.
    let err = ContainerProvider::new(&s, "http://example.com/creds")
        .provide()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("must be https"), "{err}");
    // From the environment, with nothing set: not configured.
    let none = ContainerProvider::from_session(&s);
    assert_eq!(none.provide_if_configured().await.unwrap(), None);
    assert!(none.provide().await.is_err());
}
