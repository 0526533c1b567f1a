//! Instance metadata, against a stub server on 127.0.0.1 and transports that refuse or stay silent.

use super::*;
use crate::credentials::testing::{env_with, expiry_in, session, Seen, Stub, TempDir};
use crate::error::ErrorKind;

fn imds_handler(r: &Seen) -> (u16, String) {
    const ROLE: &str = "/latest/meta-data/iam/security-credentials/";
    let token_ok = r.header("x-aws-ec2-metadata-token") == Some("TOKEN123");
    match (r.method.as_str(), r.path.as_str()) {
        ("PUT", "/latest/api/token") if r.header("x-aws-ec2-metadata-token-ttl-seconds").is_some() => {
            (200, "TOKEN123".into())
        }
        ("GET", ROLE) if token_ok => (200, "my-role\n".into()),
        ("GET", p) if token_ok && p == format!("{ROLE}my-role") => (
            200,
            format!(
                "{{\"Code\":\"Success\",\"AccessKeyId\":\"IKEY\",\"SecretAccessKey\":\"ISECRET\",\"Token\":\"ITOKEN\",\"Expiration\":\"{}\",\"AccountId\":\"777788889999\"}}",
                expiry_in(21600)
            ),
        ),
        _ => (401, String::new()),
    }
}

#[tokio::test]
async fn imds_v2_token_role_credentials() {
    let stub = Stub::start(imds_handler).await;
    let dir = TempDir::new();
    let env = env_with(
        &dir,
        &[
            ("AWS_EC2_METADATA_DISABLED", "false"),
            ("AWS_EC2_METADATA_SERVICE_ENDPOINT", &stub.url),
        ],
    );
    let c = session(env).build().unwrap().credentials().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.session_token()),
        ("IKEY", Some("ITOKEN"))
    );
    assert_eq!(c.account_id(), Some("777788889999"));
    let seen: Vec<_> = stub
        .requests()
        .into_iter()
        .map(|r| (r.method, r.path))
        .collect();
    assert_eq!(seen.len(), 3, "{seen:?}");
    assert_eq!(seen[0], ("PUT".into(), "/latest/api/token".into()));

    // Disabled: IMDS is never contacted.
    let env = env_with(&dir, &[("AWS_EC2_METADATA_SERVICE_ENDPOINT", &stub.url)]);
    assert!(session(env).build().unwrap().credentials().await.is_err());
    assert_eq!(stub.requests().len(), 3);
}

/// A transport that records each request and never answers, like an address nothing
/// routes to.
#[derive(Debug, Default, Clone)]
struct Silent(std::sync::Arc<std::sync::Mutex<Vec<String>>>);

impl crate::http::HttpClient for Silent {
    fn send(
        &self,
        request: crate::http::HttpRequest,
    ) -> futures::future::BoxFuture<'static, crate::Result<crate::http::HttpResponse>> {
        let line = format!("{} {}", request.method(), request.uri());
        self.0.lock().unwrap().push(line);
        Box::pin(futures::future::pending())
    }
}

/// "Fast", in tokio's paused clock: a refused IMDS ends the chain at once after one
/// request; a silent one after exactly one IMDS timeout (1 s, or
/// AWS_METADATA_SERVICE_TIMEOUT), also after one request.
#[tokio::test(start_paused = true)]
async fn imds_absent_fails_fast() {
    const TOKEN: &str = "PUT http://169.254.169.254/latest/api/token";
    let dir = TempDir::new();
    let imds_on = [("AWS_EC2_METADATA_DISABLED", "false")];

    let refused = crate::http::replay::ReplayClient::new();
    refused.push_error(crate::Error::transport("connection refused", "refused"));
    let started = tokio::time::Instant::now();
    let err = session(env_with(&dir, &imds_on))
        .http_client(std::sync::Arc::new(refused.clone()))
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials, "{err}");
    assert_eq!(started.elapsed(), std::time::Duration::ZERO);
    let sent: Vec<_> = refused
        .requests()
        .iter()
        .map(|r| r.uri.to_string())
        .collect();
    assert_eq!(sent, ["http://169.254.169.254/latest/api/token"]);

    for (timeout, waited) in [(None, 1000), (Some("0.25"), 250), (Some("bogus"), 1000)] {
        let silent = Silent::default();
        let mut vars = imds_on.to_vec();
        vars.extend(timeout.map(|t| ("AWS_METADATA_SERVICE_TIMEOUT", t)));
        let started = tokio::time::Instant::now();
        let err = session(env_with(&dir, &vars))
            .http_client(std::sync::Arc::new(silent.clone()))
            .build()
            .unwrap()
            .credentials()
            .await
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Credentials, "{err}");
        assert_eq!(
            started.elapsed(),
            std::time::Duration::from_millis(waited),
            "{timeout:?}"
        );
        assert_eq!(*silent.0.lock().unwrap(), [TOKEN], "{timeout:?}");
    }
}

#[tokio::test]
async fn imds_refused_by_a_real_socket_ends_the_chain() {
    // A port nothing listens on: the hyper transport's refusal means "no IMDS here".
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let dir = TempDir::new();
    let url = format!("http://127.0.0.1:{port}");
    let env = env_with(
        &dir,
        &[
            ("AWS_EC2_METADATA_DISABLED", "false"),
            ("AWS_EC2_METADATA_SERVICE_ENDPOINT", &url),
        ],
    );
    let err = session(env)
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials, "{err}");
}

#[tokio::test]
async fn imds_v1_fallback_when_tokens_are_refused() {
    let stub = Stub::start(|r| match (r.method.as_str(), r.path.as_str()) {
        ("PUT", _) => (403, String::new()),
        ("GET", "/latest/meta-data/iam/security-credentials/") => (200, "v1role".into()),
        ("GET", "/latest/meta-data/iam/security-credentials/v1role") => (
            200,
            "{\"Code\":\"Success\",\"AccessKeyId\":\"V1KEY\",\"SecretAccessKey\":\"S\",\"Token\":\"T\"}".into(),
        ),
        _ => (404, String::new()),
    })
    .await;
    let dir = TempDir::new();
    let env = env_with(
        &dir,
        &[
            ("AWS_EC2_METADATA_DISABLED", "false"),
            ("AWS_EC2_METADATA_SERVICE_ENDPOINT", &stub.url),
        ],
    );
    let c = session(env).build().unwrap().credentials().await.unwrap();
    assert_eq!(c.access_key_id(), "V1KEY");
    assert!(stub
        .requests()
        .iter()
        .all(|r| r.header("x-aws-ec2-metadata-token").is_none()));
}

#[tokio::test(start_paused = true)]
async fn imds_provider_used_directly() {
    let stub = Stub::start(imds_handler).await;
    let dir = TempDir::new();
    let on = env_with(&dir, &[("AWS_EC2_METADATA_DISABLED", "false")]);
    let s = session(on.clone()).build().unwrap();
    let p = ImdsProvider::from_session(&s).endpoint(stub.url.clone());
    let c = p.provide().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.session_token()),
        ("IKEY", Some("ITOKEN"))
    );
    assert_eq!(stub.requests().len(), 3);

    // A silent IMDS: the explicit timeout, once; `provide` says why, a chain skips it.
    let silent = Silent::default();
    let s = session(on)
        .http_client(std::sync::Arc::new(silent.clone()))
        .build()
        .unwrap();
    let p = ImdsProvider::from_session(&s).timeout(std::time::Duration::from_millis(300));
    let started = tokio::time::Instant::now();
    let err = p.provide().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Timeout, "{err}");
    assert_eq!(started.elapsed(), std::time::Duration::from_millis(300));
    assert_eq!(p.provide_if_configured().await.unwrap(), None);
    assert_eq!(silent.0.lock().unwrap().len(), 2);

    // Disabled (the test environment's default): never contacted.
    let s = session(env_with(&dir, &[])).build().unwrap();
    let p = ImdsProvider::from_session(&s).endpoint(stub.url.clone());
    assert_eq!(p.provide_if_configured().await.unwrap(), None);
    assert!(p.provide().await.is_err());
    assert_eq!(stub.requests().len(), 3);

    // A malformed endpoint is an error, in a chain too.
    let s = session(env_with(&dir, &[("AWS_EC2_METADATA_DISABLED", "false")]))
        .build()
        .unwrap();
    let err = ImdsProvider::from_session(&s)
        .endpoint("not a url")
        .provide_if_configured()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials, "{err}");
}
