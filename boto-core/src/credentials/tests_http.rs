//! Providers that talk HTTP, against a stub server on 127.0.0.1 (container, IMDS, STS)
//! and moto's STS when installed.

use super::testing::{env_with, expiry_in, session, Seen, Stub, TempDir};
use super::*;
use crate::error::ErrorKind;

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
                "{{\"Code\":\"Success\",\"AccessKeyId\":\"IKEY\",\"SecretAccessKey\":\"ISECRET\",\"Token\":\"ITOKEN\",\"Expiration\":\"{}\"}}",
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

fn sts_reply(action: &str, key: &str) -> String {
    format!(
        "<{action}Response xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><{action}Result>\
         <Credentials><AccessKeyId>{key}</AccessKeyId><SecretAccessKey>STSSECRET</SecretAccessKey>\
         <SessionToken>STSTOKEN</SessionToken><Expiration>{}</Expiration></Credentials>\
         </{action}Result></{action}Response>",
        expiry_in(3600)
    )
}

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
