//! CA bundles against an HTTPS server on 127.0.0.1 whose certificate a private test CA
//! signed.

use super::*;
use crate::credentials::testing::{env_with, session, TempDir};
use crate::http::test_servers::{TlsServer, CA_PEM};
use crate::http::{ByteStream, HttpSettings};
use crate::{ErrorKind, Session};

pub(crate) async fn get(session: &Session, url: &str) -> Result<(u16, bytes::Bytes)> {
    let req = http::Request::get(url)
        .body(ByteStream::from(bytes::Bytes::new()))
        .unwrap();
    let resp = session.http_client().send(req).await?;
    let status = resp.status().as_u16();
    Ok((status, resp.into_body().collect().await?))
}

#[tokio::test]
async fn a_private_ca_is_trusted_only_with_its_bundle() {
    let server = TlsServer::start().await;
    let dir = TempDir::new();
    // Without a bundle: the webpki roots do not know the test CA.
    let plain = session(env_with(&dir, &[])).build().unwrap();
    let err = get(&plain, &server.url()).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport, "{err}");
    assert!(err.to_string().contains("certificate"), "{err}");
    assert_eq!(server.served(), 0);

    // AWS_CA_BUNDLE.
    let s = session(env_with(&dir, &[("AWS_CA_BUNDLE", CA_PEM)]))
        .build()
        .unwrap();
    assert_eq!(get(&s, &server.url()).await.unwrap(), (200, "ok".into()));
    assert_eq!(server.served(), 1);

    // The profile's ca_bundle (with `~` expanded).
    std::fs::copy(CA_PEM, dir.0.join("ca.pem")).unwrap();
    dir.write("config", "[default]\nca_bundle = ~/ca.pem\n");
    let home = dir.0.display().to_string();
    let s = session(env_with(&dir, &[("HOME", home.as_str())]))
        .build()
        .unwrap();
    assert_eq!(get(&s, &server.url()).await.unwrap().0, 200);

    // The builder's, which wins over a broken AWS_CA_BUNDLE.
    let s = session(env_with(&dir, &[("AWS_CA_BUNDLE", "/nonexistent/ca.pem")]))
        .ca_bundle(CA_PEM)
        .build()
        .unwrap();
    assert_eq!(get(&s, &server.url()).await.unwrap().0, 200);
    assert_eq!(server.served(), 3);
}

#[tokio::test]
async fn unusable_bundles_are_configuration_errors() {
    let dir = TempDir::new();
    let empty = dir.write("empty.pem", "");
    let key_only = dir.write("key.pem", include_str!("fixtures/server.key"));
    let garbage = dir.write(
        "garbage.pem",
        "-----BEGIN CERTIFICATE-----\n%%%%\n-----END CERTIFICATE-----\n",
    );
    let not_der = dir.write(
        "notder.pem",
        "-----BEGIN CERTIFICATE-----\naGVsbG8=\n-----END CERTIFICATE-----\n",
    );
    for (path, want) in [
        ("/nonexistent/ca.pem", "cannot be read"),
        (empty.as_str(), "holds no PEM certificate"),
        (key_only.as_str(), "holds no PEM certificate"),
        (garbage.as_str(), "not a valid PEM file"),
        (not_der.as_str(), "not a usable root"),
    ] {
        // From the builder's build(): reported at once.
        let err = session(env_with(&dir, &[("AWS_CA_BUNDLE", path)]))
            .build()
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Config, "{path}: {err}");
        assert!(err.to_string().contains(want), "{path}: {err}");
        // A transport built from these settings fails each request with the same cause.
        let client = crate::http::default_client(&HttpSettings {
            ca_bundle: Some(path.into()),
            ..HttpSettings::default()
        });
        let req = http::Request::get("https://127.0.0.1:1/")
            .body(ByteStream::from(bytes::Bytes::new()))
            .unwrap();
        let err = client.send(req).await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Config, "{path}: {err}");
        assert!(err.to_string().contains(want), "{path}: {err}");
        assert!(err.to_string().contains(path), "{path}: {err}");
    }
    // The test CA itself loads: one certificate.
    assert_eq!(load_bundle(Path::new(CA_PEM)).unwrap().len(), 1);
}
