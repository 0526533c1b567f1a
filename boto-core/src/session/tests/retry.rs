//! A session's retry settings: the mode (`standard`, `legacy`, `adaptive`) and attempts from
//! the environment and the profile, the builder's config winning, and the request pipeline
//! running with the result.

use super::super::*;
use crate::client::ClientHandle;
use crate::credentials::testing::{env_with, TempDir};
use crate::error::ErrorKind;
use crate::http::replay::ReplayClient;
use crate::model::ServiceModel;

const CONFIG: &str = "[default]\n\
    [profile adaptive]\nretry_mode = adaptive\n\
    [profile legacy]\nretry_mode = legacy\n\
    [profile legacy7]\nretry_mode = legacy\nmax_attempts = 7\n\
    [profile shouty]\nretry_mode = ADAPTIVE \n\
    [profile broken]\nmax_attempts = -1\n";

fn build(dir: &TempDir, vars: &[(&str, &str)], profile: &str) -> Result<Session> {
    Session::builder()
        .env(env_with(dir, vars))
        .profile(profile)
        .build()
}

/// Environment variables of a case.
type Vars = &'static [(&'static str, &'static str)];

#[test]
fn the_retry_mode_chooses_the_retry_config() {
    let dir = TempDir::new();
    dir.write("config", CONFIG);
    let standard = RetryConfig::standard();
    let adaptive = RetryConfig::adaptive();
    let cases: Vec<(Vars, &str, RetryConfig, RetryMode)> = vec![
        (&[], "default", standard.clone(), RetryMode::Standard),
        (&[], "adaptive", adaptive.clone(), RetryMode::Adaptive),
        (&[], "shouty", adaptive.clone(), RetryMode::Adaptive),
        // Legacy retries by standard mode's rules, with botocore's legacy 5 attempts...
        (
            &[],
            "legacy",
            standard.clone().max_attempts(5),
            RetryMode::Legacy,
        ),
        (
            &[("AWS_RETRY_MODE", "legacy")],
            "default",
            standard.clone().max_attempts(5),
            RetryMode::Legacy,
        ),
        // ...unless max_attempts is set.
        (
            &[],
            "legacy7",
            standard.clone().max_attempts(7),
            RetryMode::Legacy,
        ),
        (
            &[("AWS_MAX_ATTEMPTS", "2")],
            "legacy",
            standard.clone().max_attempts(2),
            RetryMode::Legacy,
        ),
        // The environment wins over the profile, setting by setting.
        (
            &[("AWS_RETRY_MODE", "standard")],
            "adaptive",
            standard.clone(),
            RetryMode::Standard,
        ),
        (
            &[("AWS_RETRY_MODE", "adaptive")],
            "legacy7",
            adaptive.clone().max_attempts(7),
            RetryMode::Adaptive,
        ),
        (
            &[("AWS_RETRY_MODE", "Adaptive"), ("AWS_MAX_ATTEMPTS", "4")],
            "legacy7",
            adaptive.clone().max_attempts(4),
            RetryMode::Adaptive,
        ),
    ];
    for (vars, profile, config, mode) in cases {
        let s = build(&dir, vars, profile).unwrap();
        assert_eq!(s.retry_config(), &config, "{profile} {vars:?}");
        assert_eq!(s.retry_mode(), mode, "{profile} {vars:?}");
        assert_eq!(
            s.retry_config().is_adaptive(),
            mode == RetryMode::Adaptive,
            "{profile} {vars:?}"
        );
    }
}

#[test]
fn the_builders_retry_config_wins_over_every_setting() {
    let dir = TempDir::new();
    dir.write("config", CONFIG);
    let env = env_with(
        &dir,
        &[("AWS_RETRY_MODE", "legacy"), ("AWS_MAX_ATTEMPTS", "9")],
    );
    let s = Session::builder()
        .env(env)
        .profile("adaptive")
        .retry(RetryConfig::standard())
        .build()
        .unwrap();
    assert_eq!(s.retry_config(), &RetryConfig::standard());
    assert_eq!(s.retry_mode(), RetryMode::Standard);

    let s = Session::builder()
        .env(env_with(&dir, &[("AWS_RETRY_MODE", "standard")]))
        .profile("legacy7")
        .retry(RetryConfig::adaptive().max_attempts(2))
        .build()
        .unwrap();
    assert_eq!(s.retry_config(), &RetryConfig::adaptive().max_attempts(2));
    assert_eq!(s.retry_mode(), RetryMode::Adaptive);

    // Settings the builder overrides are not read, so not checked either.
    let s = Session::builder()
        .env(env_with(
            &dir,
            &[("AWS_RETRY_MODE", "bogus"), ("AWS_MAX_ATTEMPTS", "x")],
        ))
        .retry(RetryConfig::disabled())
        .build()
        .unwrap();
    assert_eq!(s.retry_config().attempts(), 1);
}

#[test]
fn bad_retry_settings_are_config_errors() {
    let dir = TempDir::new();
    dir.write("config", CONFIG);
    for (vars, profile, needle) in [
        (&[("AWS_RETRY_MODE", "fast")][..], "default", "retry_mode"),
        (&[("AWS_MAX_ATTEMPTS", "2.5")][..], "legacy", "max_attempts"),
        (&[][..], "broken", "max_attempts"),
    ] {
        let err = build(&dir, vars, profile).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Config, "{vars:?} {profile}");
        assert!(err.to_string().contains(needle), "{err}");
    }
    // A legacy mode with a bad count is still an error, not legacy's default.
    let err = build(&dir, &[("AWS_MAX_ATTEMPTS", "0")], "legacy").unwrap_err();
    assert!(err.to_string().contains("max_attempts"), "{err}");
}

const MODEL: &str = r#"{
  "metadata": {"protocol": "json", "jsonVersion": "1.0", "targetPrefix": "Svc",
               "apiVersion": "2020-01-01", "endpointPrefix": "svc", "serviceId": "Svc"},
  "operations": {"Ping": {"name": "Ping", "http": {"method": "POST", "requestUri": "/"}}},
  "shapes": {}
}"#;

/// A client of a one-operation awsJson service on `replay`, with the session's retry
/// settings resolved from `vars`.
fn client(
    dir: &TempDir,
    vars: &[(&str, &str)],
    replay: &ReplayClient,
) -> (ClientHandle, ServiceModel) {
    let model = ServiceModel::from_json(MODEL.as_bytes()).expect("test model");
    let session = Session::builder()
        .env(env_with(dir, vars))
        .region("eu-west-1")
        .credentials(Credentials::new("AKID", "SECRET", None))
        .http_client(Arc::new(replay.clone()))
        .build()
        .unwrap();
    let meta: &'static ServiceMeta = Box::leak(Box::new(model.meta.clone()));
    (ClientHandle::new(&session, meta), model)
}

async fn ping(client: &ClientHandle, model: &ServiceModel) -> Result<()> {
    let op = model.operation("Ping").expect("Ping");
    client
        .call_value(&model.shapes, op, crate::Value::structure())
        .await
        .map(drop)
}

const BUSY: (u16, &str) = (503, r#"{"__type":"ServiceUnavailable"}"#);
const JSON: (&str, &str) = ("content-type", "application/x-amz-json-1.0");

/// The clock is paused (and jumps over sleeps): retries' backoff takes no real time.
#[tokio::test(start_paused = true)]
async fn the_pipeline_makes_as_many_attempts_as_the_mode_says() {
    let dir = TempDir::new();
    for (vars, attempts) in [
        (&[][..], 3),
        (&[("AWS_RETRY_MODE", "legacy")][..], 5),
        (
            &[("AWS_RETRY_MODE", "legacy"), ("AWS_MAX_ATTEMPTS", "2")][..],
            2,
        ),
        (
            &[("AWS_RETRY_MODE", "standard"), ("AWS_MAX_ATTEMPTS", "4")][..],
            4,
        ),
    ] {
        let replay = ReplayClient::new();
        for _ in 0..8 {
            replay.push(BUSY.0, &[JSON], BUSY.1);
        }
        let (client, model) = client(&dir, vars, &replay);
        let err = ping(&client, &model).await.unwrap_err();
        assert!(err.is_code("ServiceUnavailable"), "{err:?}");
        assert_eq!(replay.requests().len(), attempts, "{vars:?}");
    }
}

/// Adaptive mode, chosen by the environment, paces later requests once the service has
/// throttled one; standard mode does not. The clock is paused, so the pacing is an exact
/// virtual duration.
#[tokio::test(start_paused = true)]
async fn adaptive_mode_from_the_environment_paces_the_client() {
    let dir = TempDir::new();
    let throttle = r#"{"__type":"ThrottlingException"}"#;
    let mut later_calls = Vec::new();
    for mode in ["standard", "adaptive"] {
        let replay = ReplayClient::new();
        replay.push(400, &[JSON], throttle);
        for _ in 0..3 {
            replay.push(200, &[JSON], "{}");
        }
        // One attempt: the throttle is returned, with no backoff before any retry.
        let (client, model) = client(
            &dir,
            &[("AWS_RETRY_MODE", mode), ("AWS_MAX_ATTEMPTS", "1")],
            &replay,
        );
        let err = ping(&client, &model).await.unwrap_err();
        assert!(err.is_code("ThrottlingException"), "{err:?}");
        let started = tokio::time::Instant::now();
        for _ in 0..3 {
            ping(&client, &model).await.unwrap();
        }
        later_calls.push(started.elapsed());
        assert_eq!(replay.requests().len(), 4);
    }
    // Standard: sent at once.
    assert_eq!(later_calls[0], Duration::ZERO);
    // Adaptive: the throttle at t = 0 turned the limiter on at its minimum rate, 0.5/s, with
    // an empty bucket. The first call waits 2 s for a token; its success (1 send/s measured,
    // 0.8/s smoothed) sets the rate to 1.6/s: the second waits 625 ms; its success (2/s in
    // the next half-second bucket, 1.76/s smoothed) sets 3.52/s: the third waits
    // 1/3.52 s = 284.09 ms, woken at tokio's next millisecond, 285 ms.
    assert_eq!(later_calls[1], Duration::from_millis(2000 + 625 + 285));
}

/// An operation timeout bounds the call, retries and their backoff included, on tokio's
/// clock: the call ends exactly at the limit, after the attempts that started before it.
#[tokio::test(start_paused = true)]
async fn the_operation_timeout_cuts_retries_at_exactly_the_limit() {
    let dir = TempDir::new();
    let replay = ReplayClient::new();
    for _ in 0..10 {
        replay.push(BUSY.0, &[JSON], BUSY.1);
    }
    let (client, model) = client(&dir, &[("AWS_MAX_ATTEMPTS", "10")], &replay);
    let limit = Duration::from_millis(2500);
    let client = client.with_timeout(limit);
    // The jitter comes from fastrand's thread-local generator: seeded, the backoffs
    // (rand * 1 s, rand * 2 s, rand * 4 s, ...) are known; each wakes at tokio's next
    // millisecond.
    fastrand::seed(3);
    let mut rng = fastrand::Rng::with_seed(3);
    let (mut at, mut attempts) = (Duration::ZERO, 0);
    while at < limit {
        attempts += 1;
        let backoff = Duration::from_secs(1 << (attempts - 1)).mul_f64(rng.f64());
        at += Duration::from_millis(backoff.as_nanos().div_ceil(1_000_000) as u64);
    }
    let started = tokio::time::Instant::now();
    let err = ping(&client, &model).await.unwrap_err();
    assert!(err.is_timeout(), "{err:?}");
    assert_eq!(started.elapsed(), limit);
    assert_eq!(replay.requests().len(), attempts);
    assert!(attempts > 1, "the limit leaves room for retries");
}
