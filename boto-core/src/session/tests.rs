//! Session assembly: profile, region, retry and endpoint precedence, errors, redaction.

use super::*;
use crate::credentials::testing::{env_with, TempDir};
use crate::error::ErrorKind;
use crate::model::{Protocol, ServiceMeta};
use std::borrow::Cow;

// Drives a dynamic client.
#[cfg(feature = "dynamic")]
mod retry;

fn meta(service_id: &'static str) -> ServiceMeta {
    ServiceMeta {
        protocol: Protocol::RestXml,
        api_version: Cow::Borrowed("2006-03-01"),
        target_prefix: None,
        json_version: None,
        signing_name: Cow::Borrowed("s3"),
        endpoint_prefix: Cow::Borrowed("s3"),
        service_id: Cow::Borrowed(service_id),
        xml_namespace: None,
        global_endpoint: None,
    }
}

const CONFIG: &str = "[default]\nregion = us-west-2\n\
    [profile dev]\nregion = eu-central-1\nmax_attempts = 7\nretry_mode = adaptive\n\
    endpoint_url = http://127.0.0.1:9000\nservices = local\n\
    [profile prod]\nregion = ap-south-1\n\
    [services local]\ndynamodb =\n  endpoint_url = http://127.0.0.1:8000\n";

#[test]
fn session_is_clone_send_sync() {
    fn check<T: Clone + Send + Sync + 'static>() {}
    check::<Session>();
}

#[test]
fn profile_precedence() {
    let dir = TempDir::new();
    dir.write("config", CONFIG);
    let s = Session::builder().env(env_with(&dir, &[])).build().unwrap();
    assert_eq!(
        (s.profile_name(), s.region()),
        ("default", Some("us-west-2"))
    );
    let env = env_with(&dir, &[("AWS_DEFAULT_PROFILE", "prod")]);
    let s = Session::builder().env(env).build().unwrap();
    assert_eq!((s.profile_name(), s.region()), ("prod", Some("ap-south-1")));
    let env = env_with(
        &dir,
        &[("AWS_PROFILE", "dev"), ("AWS_DEFAULT_PROFILE", "prod")],
    );
    let s = Session::builder().env(env.clone()).build().unwrap();
    assert_eq!(
        (s.profile_name(), s.region()),
        ("dev", Some("eu-central-1"))
    );
    let s = Session::builder().env(env).profile("prod").build().unwrap();
    assert_eq!(s.profile_name(), "prod");
    assert_eq!(s.available_profiles(), ["default", "dev", "prod"]);
}

#[test]
fn region_precedence() {
    let dir = TempDir::new();
    dir.write("config", CONFIG);
    let env = env_with(&dir, &[("AWS_DEFAULT_REGION", "sa-east-1")]);
    assert_eq!(
        Session::builder().env(env).build().unwrap().region(),
        Some("sa-east-1")
    );
    let env = env_with(
        &dir,
        &[
            ("AWS_REGION", "ca-central-1"),
            ("AWS_DEFAULT_REGION", "sa-east-1"),
        ],
    );
    let s = Session::builder().env(env.clone()).build().unwrap();
    assert_eq!(s.region(), Some("ca-central-1"));
    let s = Session::builder()
        .env(env)
        .region("me-south-1")
        .build()
        .unwrap();
    assert_eq!(s.region(), Some("me-south-1"));
    let empty = TempDir::new();
    assert_eq!(
        Session::builder()
            .env(env_with(&empty, &[]))
            .build()
            .unwrap()
            .region(),
        None
    );
}

#[test]
fn retry_settings_from_env_and_profile() {
    let dir = TempDir::new();
    dir.write("config", CONFIG);
    let s = Session::builder()
        .env(env_with(&dir, &[]))
        .profile("dev")
        .build()
        .unwrap();
    assert_eq!(
        (s.retry_config().attempts(), s.retry_mode()),
        (7, RetryMode::Adaptive)
    );
    let env = env_with(
        &dir,
        &[("AWS_MAX_ATTEMPTS", "2"), ("AWS_RETRY_MODE", "legacy")],
    );
    let s = Session::builder()
        .env(env.clone())
        .profile("dev")
        .build()
        .unwrap();
    assert_eq!(
        (s.retry_config().attempts(), s.retry_mode()),
        (2, RetryMode::Legacy)
    );
    let s = Session::builder()
        .env(env)
        .profile("dev")
        .retry(RetryConfig::standard().max_attempts(5))
        .build()
        .unwrap();
    assert_eq!(s.retry_config().attempts(), 5);
    let s = Session::builder().env(env_with(&dir, &[])).build().unwrap();
    assert_eq!(
        (s.retry_config().attempts(), s.retry_mode()),
        (3, RetryMode::Standard)
    );
    for (k, v) in [
        ("AWS_MAX_ATTEMPTS", "zero"),
        ("AWS_MAX_ATTEMPTS", "0"),
        ("AWS_RETRY_MODE", "fast"),
    ] {
        let err = Session::builder()
            .env(env_with(&dir, &[(k, v)]))
            .build()
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Config, "{k}={v}");
    }
}

#[test]
fn endpoints_follow_the_configured_precedence() {
    let dir = TempDir::new();
    dir.write("config", CONFIG);
    let s = Session::builder()
        .env(env_with(&dir, &[]))
        .profile("dev")
        .build()
        .unwrap();
    assert_eq!(
        s.endpoint_url_for(&meta("DynamoDB")).unwrap().as_deref(),
        Some("http://127.0.0.1:8000")
    );
    assert_eq!(
        s.endpoint_url_for(&meta("S3")).unwrap().as_deref(),
        Some("http://127.0.0.1:9000")
    );
    let env = env_with(&dir, &[("AWS_ENDPOINT_URL_S3", "http://127.0.0.1:1")]);
    let s = Session::builder()
        .env(env.clone())
        .profile("dev")
        .build()
        .unwrap();
    assert_eq!(
        s.endpoint_url_for(&meta("S3")).unwrap().as_deref(),
        Some("http://127.0.0.1:1")
    );
    let s = Session::builder()
        .env(env.clone())
        .profile("dev")
        .ignore_configured_endpoint_urls(true)
        .build()
        .unwrap();
    assert_eq!(s.endpoint_url_for(&meta("S3")).unwrap(), None);
    let s = Session::builder()
        .env(env)
        .profile("dev")
        .endpoint_url("http://127.0.0.1:2")
        .build()
        .unwrap();
    assert_eq!(
        s.endpoint_url_for(&meta("S3")).unwrap().as_deref(),
        Some("http://127.0.0.1:2")
    );
    let s = Session::builder().env(env_with(&dir, &[])).build().unwrap();
    assert_eq!(s.endpoint_url_for(&meta("S3")).unwrap(), None);
}

#[test]
fn configured_endpoint_urls_are_checked_wherever_they_come_from() {
    let dir = TempDir::new();
    dir.write(
        "config",
        "[default]\nendpoint_url = http://127.0.0.1:70000\n[profile ok]\n",
    );
    // From the profile: the session builds (the URL may never be used), each use fails.
    let s = Session::builder().env(env_with(&dir, &[])).build().unwrap();
    let err = s.endpoint_url_for(&meta("S3")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config);
    assert!(err.to_string().contains("port"), "{err}");
    // From the environment.
    let env = env_with(&dir, &[("AWS_ENDPOINT_URL_S3", "https://u:p@s3.example")]);
    let s = Session::builder().env(env).profile("ok").build().unwrap();
    let err = s.endpoint_url_for(&meta("S3")).unwrap_err();
    assert!(err.to_string().contains("user name"), "{err}");
    assert!(!err.to_string().contains("u:p"), "{err}");
    assert_eq!(s.endpoint_url_for(&meta("DynamoDB")).unwrap(), None);
    // From the builder: at once.
    let err = Session::builder()
        .env(env_with(&dir, &[]))
        .endpoint_url("http://127.0.0.1:5000#x")
        .build()
        .unwrap_err();
    assert!(err.to_string().contains("fragment"), "{err}");
}

#[test]
fn the_response_body_limit_defaults_to_256_mib() {
    let dir = TempDir::new();
    let s = Session::builder().env(env_with(&dir, &[])).build().unwrap();
    assert_eq!(s.max_response_body(), 256 * 1024 * 1024);
    assert_eq!(s.max_response_body(), crate::DEFAULT_MAX_RESPONSE_BODY);
    let s = Session::builder()
        .env(env_with(&dir, &[]))
        .max_response_body(1000)
        .build()
        .unwrap();
    assert_eq!(s.max_response_body(), 1000);
    assert!(format!("{s:?}").contains("max_response_body: 1000"));
}

#[test]
fn bad_files_and_missing_profiles_fail_the_build() {
    let dir = TempDir::new();
    dir.write("config", CONFIG);
    let err = Session::builder()
        .env(env_with(&dir, &[]))
        .profile("nope")
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config);
    assert!(err.to_string().contains("nope"), "{err}");
    let err = Session::builder()
        .env(env_with(&dir, &[("AWS_PROFILE", "nope")]))
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config);

    dir.write(
        "credentials",
        "[default]\naws_secret_access_key TOPSECRET\n",
    );
    let err = Session::builder()
        .env(env_with(&dir, &[]))
        .build()
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config);
    assert!(
        err.to_string().contains("credentials") && err.to_string().contains("line 2"),
        "{err}"
    );
    assert!(!err.to_string().contains("TOPSECRET"));
    // The infallible path keeps the error for the first use.
    let (s, first) = Session::builder().env(env_with(&dir, &[])).assemble();
    assert!(first.is_some());
    assert_eq!(
        s.endpoint_url_for(&meta("S3")).unwrap_err().kind(),
        ErrorKind::Config
    );
    assert!(s.available_profiles().is_empty());
}

#[tokio::test]
async fn bad_file_surfaces_on_credentials() {
    let dir = TempDir::new();
    dir.write("config", "[default\n");
    let (s, _) = Session::builder().env(env_with(&dir, &[])).assemble();
    assert_eq!(s.credentials().await.unwrap_err().kind(), ErrorKind::Config);
}

#[test]
fn debug_never_shows_secrets() {
    let dir = TempDir::new();
    dir.write(
        "credentials",
        "[default]\naws_access_key_id = AKIDFILE\naws_secret_access_key = FILESECRET\n",
    );
    let s = Session::builder()
        .env(env_with(&dir, &[]))
        .credentials(Credentials::new(
            "AKID",
            "BUILDERSECRET",
            Some("BUILDERTOKEN".into()),
        ))
        .build()
        .unwrap();
    let dbg = format!(
        "{s:?} {:?}",
        Session::builder().credentials(Credentials::new("A", "BUILDERSECRET", None))
    );
    for secret in ["FILESECRET", "BUILDERSECRET", "BUILDERTOKEN"] {
        assert!(!dbg.contains(secret), "{dbg}");
    }
    assert!(dbg.contains("default"), "{dbg}");
}

#[test]
fn credentials_future_is_send() {
    fn check<T: Send>(_: &T) {}
    let dir = TempDir::new();
    let s = Session::builder().env(env_with(&dir, &[])).build().unwrap();
    let fut = s.credentials();
    check(&fut);
}

#[tokio::test]
async fn infallible_path_reports_a_missing_profile_on_first_use() {
    let dir = TempDir::new();
    dir.write("config", CONFIG);
    let (s, first) = Session::builder()
        .env(env_with(&dir, &[("AWS_PROFILE", "gone")]))
        .assemble();
    assert!(first.is_some());
    assert_eq!(s.profile_name(), "gone");
    let err = s.credentials().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config);
    assert!(err.to_string().contains("gone"), "{err}");
    assert_eq!(s.available_profiles(), ["default", "dev", "prod"]);
}

#[test]
fn deferred_error_is_not_prefixed_twice() {
    let dir = TempDir::new();
    dir.write("config", "[default\n");
    let (s, first) = Session::builder().env(env_with(&dir, &[])).assemble();
    let later = s.endpoint_url_for(&meta("S3")).unwrap_err();
    assert_eq!(later.to_string(), first.unwrap().to_string());
}

#[tokio::test]
async fn a_malformed_profile_file_is_a_clear_error_at_build_and_at_each_call() {
    use crate::client::ClientHandle;
    use crate::http::replay::ReplayClient;
    let sqs: &'static ServiceMeta = Box::leak(Box::new(meta("SQS")));
    for (file, text) in [
        (
            "config",
            &b"[default]\nregion = eu-west-1\n[profile dev\nregion = x\n"[..],
        ),
        ("config", b"[default]\n\xff\xfe region = eu-west-1\n"),
        ("credentials", b"[default]\naws_access_key_id\n"),
    ] {
        let dir = TempDir::new();
        std::fs::write(dir.0.join(file), text).unwrap();
        let err = Session::builder()
            .env(env_with(&dir, &[]))
            .build()
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Config, "{err}");
        assert!(err.to_string().contains(file), "names the file: {err}");

        // The infallible path: every call reports it, nothing is sent.
        let replay = ReplayClient::new();
        let (session, _) = Session::builder()
            .env(env_with(&dir, &[]))
            .credentials(Credentials::new("AKID", "SECRET", None))
            .http_client(Arc::new(replay.clone()))
            .assemble();
        let op = crate::model::Operation::rpc("ListQueues");
        let client = ClientHandle::new(&session, sqs);
        let call = client
            .call_value(&crate::model::Shapes::EMPTY, &op, crate::Value::structure())
            .await
            .unwrap_err();
        assert_eq!(call.to_string(), err.to_string());
        assert!(replay.requests().is_empty());
    }
}

#[test]
fn path_style_from_the_builder_or_the_profile() {
    let dir = TempDir::new();
    dir.write(
        "config",
        "[default]\nregion = us-west-2\n[profile paths]\ns3 =\n  addressing_style = path\n",
    );
    let s = Session::builder().env(env_with(&dir, &[])).build().unwrap();
    assert!(!s.force_path_style());
    let env = env_with(&dir, &[("AWS_PROFILE", "paths")]);
    let s = Session::builder().env(env.clone()).build().unwrap();
    assert!(s.force_path_style());
    let s = Session::builder()
        .env(env)
        .force_path_style(false)
        .build()
        .unwrap();
    assert!(!s.force_path_style(), "the builder wins");
}

#[test]
fn addressing_style_from_the_builder_or_the_profile() {
    let dir = TempDir::new();
    dir.write(
        "config",
        "[default]\nregion = us-west-2\n[profile virt]\ns3 =\n  addressing_style = Virtual\n\
         [profile paths]\ns3 =\n  addressing_style = PATH \n\
         [profile bad]\ns3 =\n  addressing_style = sideways\n",
    );
    let session = |profile: &str| Session::builder().env(env_with(&dir, &[])).profile(profile);
    assert!(!session("virt").build().unwrap().force_path_style());
    assert!(session("paths").build().unwrap().force_path_style());
    let s = session("virt")
        .addressing_style(AddressingStyle::Path)
        .build()
        .unwrap();
    assert!(s.force_path_style(), "the builder wins");
    let s = session("paths")
        .addressing_style(AddressingStyle::Virtual)
        .build()
        .unwrap();
    assert!(!s.force_path_style(), "the builder wins");
    // A bad style is a config error from build and from every call.
    let err = session("bad").build().unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config);
    assert!(err.to_string().contains("addressing_style"), "{err}");
    let (s, _) = session("bad").assemble();
    let err = s.endpoint_url_for(&meta("S3")).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config);
    assert!(err.to_string().contains("sideways"), "{err}");
    // The builder's style replaces the bad one.
    let s = session("bad")
        .addressing_style(AddressingStyle::Path)
        .build()
        .unwrap();
    assert!(s.force_path_style());
}

#[tokio::test]
async fn a_config_error_keeps_its_kind_message_and_source_at_every_call() {
    use std::error::Error as _;
    let dir = TempDir::new();
    // The config file's "directory" is a file: reading fails with an I/O error (not
    // "not found"), which the error keeps as its source.
    dir.write("config", "[default]\n");
    let env = env_with(
        &dir,
        &[(
            "AWS_CONFIG_FILE",
            &dir.0.join("config").join("config").display().to_string(),
        )],
    );
    let (s, first) = Session::builder().env(env).assemble();
    let first = first.expect("a configuration error");
    let io = |e: &Error| {
        e.source()
            .and_then(|s| s.downcast_ref::<std::io::Error>())
            .map(|io| io.kind())
    };
    let shown = first.to_string();
    assert_eq!(first.kind(), ErrorKind::Config);
    assert!(shown.contains("could not be read"), "{shown}");
    let first_source = first.source().expect("a source").to_string();
    let from_calls = [
        s.endpoint_url_for(&meta("S3")).unwrap_err(),
        s.credentials().await.unwrap_err(),
        s.endpoint_url_for(&meta("SQS")).unwrap_err(),
    ];
    for err in from_calls {
        assert_eq!(err.kind(), ErrorKind::Config);
        assert_eq!(err.to_string(), shown);
        assert_eq!(err.message(), first.message());
        let source = err.source().expect("the source is kept");
        assert_eq!(source.to_string(), first_source);
        assert!(format!("{err:?}").contains(&first_source), "{err:?}");
        // Not re-wrapped: the source's own chain follows, as the first error's does.
        assert_eq!(
            source.source().map(|s| s.to_string()),
            first
                .source()
                .and_then(|s| s.source())
                .map(|s| s.to_string())
        );
    }
    // The error the builder returns is the same one, its I/O cause intact.
    let err = Session::builder()
        .env(env_with(
            &dir,
            &[(
                "AWS_CONFIG_FILE",
                &dir.0.join("config").join("config").display().to_string(),
            )],
        ))
        .build()
        .unwrap_err();
    assert_eq!(err.to_string(), shown);
    assert!(io(&err).is_some(), "{err:?}");
}
