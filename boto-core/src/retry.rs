//! Retries: botocore's standard mode.
//!
//! Up to `max_attempts` attempts (default 3), sleeping `rand * min(2^(n-1) * base, 20 s)`
//! before retry `n` (base 1 s). A retry quota shared by a client (500 tokens) pays 5 tokens
//! per retry, 10 per retry after a timeout, and refunds on success (the retry's cost, or 1
//! token for a success at the first attempt); an empty quota stops retrying. Retried: service
//! errors with a transient or throttling code, HTTP 500/502/503/504, connection failures and
//! timeouts. A request whose body cannot be produced again (a one-shot stream) is sent once.
//! [`RetryConfig::adaptive`] adds botocore's client-side rate limiter.

mod adaptive;

use crate::error::{Error, ErrorKind, Result};
use crate::http::{ByteStream, HttpClient, HttpRequest, HttpResponse};
use std::future::Future;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

const QUOTA_CAPACITY: u32 = 500;
const RETRY_COST: u32 = 5;
const TIMEOUT_RETRY_COST: u32 = 10;
const NO_RETRY_INCREMENT: u32 = 1;

/// Error codes botocore treats as transient.
const TRANSIENT_CODES: &[&str] = &[
    "RequestTimeout",
    "RequestTimeoutException",
    "PriorRequestNotComplete",
    "InternalError",
    // STS: the identity provider could not be reached.
    "IDPCommunicationError",
];

/// Error codes botocore treats as throttling.
const THROTTLING_CODES: &[&str] = &[
    "Throttling",
    "ThrottlingException",
    "ThrottledException",
    "RequestThrottledException",
    "TooManyRequestsException",
    "ProvisionedThroughputExceededException",
    "TransactionInProgressException",
    "RequestLimitExceeded",
    "BandwidthLimitExceeded",
    "LimitExceededException",
    "RequestThrottled",
    "SlowDown",
    "EC2ThrottledException",
];

/// HTTP statuses retried whatever the error code.
const TRANSIENT_STATUSES: &[u16] = &[500, 502, 503, 504];

/// Retry settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryConfig {
    max_attempts: u32,
    base_backoff: Duration,
    max_backoff: Duration,
    adaptive: bool,
}

impl RetryConfig {
    /// Standard mode: 3 attempts, exponential backoff with full jitter capped at 20 s.
    pub fn standard() -> RetryConfig {
        RetryConfig {
            max_attempts: 3,
            base_backoff: Duration::from_secs(1),
            max_backoff: Duration::from_secs(20),
            adaptive: false,
        }
    }
    /// Adaptive mode: standard mode plus a client-side rate limiter that, once the service
    /// has throttled a request, paces every request of the client (CUBIC, like botocore).
    pub fn adaptive() -> RetryConfig {
        RetryConfig {
            adaptive: true,
            ..RetryConfig::standard()
        }
    }
    /// True in adaptive mode.
    pub fn is_adaptive(&self) -> bool {
        self.adaptive
    }
    /// No retries: one attempt.
    pub fn disabled() -> RetryConfig {
        RetryConfig::standard().max_attempts(1)
    }
    /// Total attempts including the first (at least 1).
    pub fn max_attempts(mut self, n: u32) -> RetryConfig {
        self.max_attempts = n.max(1);
        self
    }
    /// The backoff before the first retry is at most `base` (default 1 s); it doubles with
    /// every retry. Tests shrink it to keep retries fast.
    pub fn base_backoff(mut self, base: Duration) -> RetryConfig {
        self.base_backoff = base;
        self
    }
    /// The cap on one backoff (default 20 s).
    pub fn max_backoff(mut self, cap: Duration) -> RetryConfig {
        self.max_backoff = cap;
        self
    }
    /// The configured attempts.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }
    /// The sleep before retry number `retry` (1-based): `rand * min(2^(retry-1) * base, max)`.
    pub fn backoff(&self, retry: u32) -> Duration {
        let exp = 2u32.saturating_pow(retry.saturating_sub(1));
        let ceiling = self.base_backoff.saturating_mul(exp).min(self.max_backoff);
        ceiling.mul_f64(fastrand::f64())
    }
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig::standard()
    }
}

/// The retry token bucket a client shares across its requests (and, in adaptive mode, its
/// rate limiter).
#[derive(Debug)]
pub struct RetryQuota {
    available: AtomicU32,
    limiter: adaptive::RateLimiter,
}

impl Default for RetryQuota {
    fn default() -> Self {
        RetryQuota::new()
    }
}

impl RetryQuota {
    /// A full bucket (500 tokens).
    pub fn new() -> RetryQuota {
        RetryQuota {
            available: AtomicU32::new(QUOTA_CAPACITY),
            limiter: adaptive::RateLimiter::new(),
        }
    }
    /// Tokens left.
    pub fn available(&self) -> u32 {
        self.available.load(Ordering::Relaxed)
    }
    fn acquire(&self, cost: u32) -> bool {
        self.available
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| n.checked_sub(cost))
            .is_ok()
    }
    fn release(&self, amount: u32) {
        let _ = self
            .available
            .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                Some((n + amount).min(QUOTA_CAPACITY))
            });
    }
}

/// Why an error may be retried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetryKind {
    /// A transient failure: connection error, transient code, 5xx status.
    Transient,
    /// The service asked to slow down.
    Throttling,
    /// A connect or read timeout (costs more quota).
    Timeout,
}

/// Classifies an error: `Some(kind)` when standard mode retries it.
pub fn classify(err: &Error) -> Option<RetryKind> {
    match err.kind() {
        ErrorKind::Transport => Some(RetryKind::Transient),
        ErrorKind::Timeout => Some(RetryKind::Timeout),
        ErrorKind::Service => {
            let code = err.code().unwrap_or_default();
            if THROTTLING_CODES.contains(&code) {
                Some(RetryKind::Throttling)
            } else if TRANSIENT_CODES.contains(&code)
                || err
                    .status()
                    .is_some_and(|s| TRANSIENT_STATUSES.contains(&s))
            {
                Some(RetryKind::Transient)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Runs `attempt(n)` (n = 1, 2, ...) until it succeeds, fails with an error that is not
/// retryable, attempts run out, or the quota is empty. `resendable = false` makes one
/// attempt only (a body that cannot be produced twice).
pub async fn retry_loop<T, F, Fut>(
    config: &RetryConfig,
    quota: &RetryQuota,
    resendable: bool,
    attempt: F,
) -> Result<T>
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<T>>,
{
    retry_loop_observed(config, quota, resendable, attempt, |a| match a.decision {
        Decision::AttemptsExhausted => {
            tracing::debug!(attempts = a.number, error = a.error.map(tracing::field::display), "giving up after the last attempt")
        }
        Decision::QuotaExhausted => {
            tracing::debug!(error = a.error.map(tracing::field::display), "retry quota exhausted; not retrying")
        }
        Decision::Retry { kind, backoff } => {
            tracing::debug!(attempt = a.number, ?kind, delay = ?backoff, error = a.error.map(tracing::field::display), "retrying")
        }
        Decision::Done | Decision::NotRetryable => {}
    })
    .await
}

/// What [`retry_loop_observed`] does after an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// The attempt succeeded: its output is returned.
    Done,
    /// Its error is not retryable: it is returned.
    NotRetryable,
    /// Its error is retryable, but it was the last attempt allowed.
    AttemptsExhausted,
    /// Its error is retryable, but the retry quota is empty.
    QuotaExhausted,
    /// Another attempt follows after `backoff`.
    Retry {
        /// Why the error is retryable.
        kind: RetryKind,
        /// The sleep before the next attempt.
        backoff: Duration,
    },
}

impl Decision {
    /// A short name: `done`, `not retryable`, `attempts exhausted`, `quota exhausted`,
    /// `retry`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Decision::Done => "done",
            Decision::NotRetryable => "not retryable",
            Decision::AttemptsExhausted => "attempts exhausted",
            Decision::QuotaExhausted => "quota exhausted",
            Decision::Retry { .. } => "retry",
        }
    }
}

/// One finished attempt, as [`retry_loop_observed`] reports it.
#[derive(Debug)]
pub struct Attempt<'a> {
    /// 1 for the first attempt.
    pub number: u32,
    /// From the attempt's start to its result, on tokio's clock.
    pub latency: Duration,
    /// The attempt's error, if it failed.
    pub error: Option<&'a Error>,
    /// What happens next.
    pub decision: Decision,
}

/// [`retry_loop`], calling `observe` after every attempt with its number, latency, error
/// and what the loop decided (before it sleeps or returns).
pub async fn retry_loop_observed<T, F, Fut, O>(
    config: &RetryConfig,
    quota: &RetryQuota,
    resendable: bool,
    mut attempt: F,
    mut observe: O,
) -> Result<T>
where
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<T>>,
    O: FnMut(Attempt<'_>),
{
    let max = if resendable { config.max_attempts } else { 1 };
    let mut last_cost = None;
    let mut n = 1;
    loop {
        if config.adaptive {
            quota.limiter.acquire().await;
        }
        let started = tokio::time::Instant::now();
        let result = attempt(n).await;
        let latency = started.elapsed();
        if config.adaptive {
            let throttled = matches!(&result, Err(e) if classify(e) == Some(RetryKind::Throttling));
            quota.limiter.on_response(throttled);
        }
        let mut report = |error: &Error, decision| {
            observe(Attempt {
                number: n,
                latency,
                error: Some(error),
                decision,
            })
        };
        let err = match result {
            Ok(out) => {
                quota.release(last_cost.unwrap_or(NO_RETRY_INCREMENT));
                observe(Attempt {
                    number: n,
                    latency,
                    error: None,
                    decision: Decision::Done,
                });
                return Ok(out);
            }
            Err(e) => e,
        };
        let Some(kind) = classify(&err) else {
            report(&err, Decision::NotRetryable);
            return Err(err);
        };
        if n >= max {
            report(&err, Decision::AttemptsExhausted);
            return Err(err);
        }
        let cost = match kind {
            RetryKind::Timeout => TIMEOUT_RETRY_COST,
            _ => RETRY_COST,
        };
        if !quota.acquire(cost) {
            report(&err, Decision::QuotaExhausted);
            return Err(err);
        }
        last_cost = Some(cost);
        let backoff = config.backoff(n);
        report(&err, Decision::Retry { kind, backoff });
        tokio::time::sleep(backoff).await;
        n += 1;
    }
}

/// A copy of a request for another attempt (extensions are not copied).
pub(crate) fn clone_request(template: &HttpRequest) -> Option<HttpRequest> {
    let body: ByteStream = template.body().try_clone()?;
    let mut req = http::Request::new(body);
    *req.method_mut() = template.method().clone();
    *req.uri_mut() = template.uri().clone();
    *req.version_mut() = template.version();
    *req.headers_mut() = template.headers().clone();
    Some(req)
}

/// Sends `request` through `client`, hands each response to `read` (which turns error
/// answers into `Err`, e.g. the protocol's response parser), and retries per `config`.
pub async fn send_with_retry<T, R, Fut>(
    client: &dyn HttpClient,
    request: HttpRequest,
    config: &RetryConfig,
    quota: &RetryQuota,
    read: R,
) -> Result<T>
where
    R: Fn(HttpResponse) -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let resendable = request.body().try_clone().is_some();
    let mut first = Some(request);
    let template = if resendable {
        first.as_ref().and_then(clone_request)
    } else {
        None
    };
    // Owned by the closure (not borrowed): a request body is `Send` but not `Sync`.
    let read = &read;
    retry_loop(config, quota, resendable, move |_| {
        let req = first
            .take()
            .or_else(|| template.as_ref().and_then(clone_request));
        let sent = req.map(|r| client.send(r));
        async move {
            let Some(sent) = sent else {
                return Err(Error::invalid_input("request body cannot be sent again"));
            };
            read(sent.await?).await
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ServiceError;
    use crate::http::replay::ReplayClient;

    fn fast() -> RetryConfig {
        RetryConfig::standard().base_backoff(Duration::from_millis(1))
    }

    fn service(code: &str, status: u16) -> Error {
        Error::service(ServiceError {
            code: code.into(),
            status,
            ..Default::default()
        })
    }

    async fn status_reader(resp: HttpResponse) -> Result<u16> {
        let status = resp.status().as_u16();
        let body = resp.into_body().collect().await?;
        if status >= 400 {
            let code = String::from_utf8_lossy(&body).into_owned();
            return Err(service(&code, status));
        }
        Ok(status)
    }

    #[test]
    fn classification_follows_standard_mode() {
        assert_eq!(
            classify(&service("ThrottlingException", 400)),
            Some(RetryKind::Throttling)
        );
        assert_eq!(
            classify(&service("SlowDown", 503)),
            Some(RetryKind::Throttling)
        );
        assert_eq!(
            classify(&service("RequestTimeout", 400)),
            Some(RetryKind::Transient)
        );
        assert_eq!(
            classify(&service("Whatever", 502)),
            Some(RetryKind::Transient)
        );
        assert_eq!(classify(&service("NoSuchKey", 404)), None);
        assert_eq!(classify(&service("Whatever", 501)), None);
        assert_eq!(classify(&Error::timeout("t")), Some(RetryKind::Timeout));
        assert_eq!(
            classify(&Error::transport("reset", "x")),
            Some(RetryKind::Transient)
        );
        assert_eq!(classify(&Error::decode("bad xml")), None);
        assert_eq!(classify(&Error::invalid_input("x")), None);
    }

    /// The jitter is fastrand's thread-local generator: seeding it makes the draws, so the
    /// delays, known in advance.
    fn jitter_draws(seed: u64, n: usize) -> Vec<f64> {
        fastrand::seed(seed);
        let mut rng = fastrand::Rng::with_seed(seed);
        (0..n).map(|_| rng.f64()).collect()
    }

    /// tokio's timer wakes a sleep at the next whole millisecond.
    fn timer_tick(d: Duration) -> Duration {
        Duration::from_millis(d.as_nanos().div_ceil(1_000_000) as u64)
    }

    #[test]
    fn backoff_is_jittered_and_capped() {
        let c = RetryConfig::standard();
        let draws = jitter_draws(11, 11);
        for (retry, r) in (1..12).zip(&draws) {
            let cap = Duration::from_secs(1 << (retry - 1).min(5)).min(Duration::from_secs(20));
            assert_eq!(c.backoff(retry), cap.mul_f64(*r), "retry {retry}");
        }
        let spread: std::collections::HashSet<_> = (0..20).map(|_| c.backoff(3)).collect();
        assert!(spread.len() > 1, "jitter varies the delay");
        // The ceiling doubles from the base up to the cap.
        let tiny = RetryConfig::standard()
            .base_backoff(Duration::from_millis(10))
            .max_backoff(Duration::from_millis(30));
        let caps = [10, 20, 30, 30].map(Duration::from_millis);
        let draws = jitter_draws(12, 4);
        for ((n, cap), r) in (1..).zip(caps).zip(draws) {
            assert_eq!(tiny.backoff(n), cap.mul_f64(r), "retry {n}");
        }
    }

    /// Two retries sleep exactly the two jittered backoffs, in tokio's (paused) time.
    #[tokio::test(start_paused = true)]
    async fn retries_sleep_the_jittered_backoff() {
        let replay = ReplayClient::new();
        replay
            .push(503, &[], "")
            .push(503, &[], "")
            .push(200, &[], "");
        let draws = jitter_draws(5, 2);
        let started = tokio::time::Instant::now();
        let req = http::Request::get("http://h/")
            .body(ByteStream::empty())
            .unwrap();
        let (config, quota) = (RetryConfig::standard(), RetryQuota::new());
        let out = send_with_retry(&replay, req, &config, &quota, status_reader).await;
        assert_eq!(out.unwrap(), 200);
        // 1 s * r1 before the first retry, 2 s * r2 before the second.
        let expected = timer_tick(Duration::from_secs(1).mul_f64(draws[0]))
            + timer_tick(Duration::from_secs(2).mul_f64(draws[1]));
        assert_eq!(started.elapsed(), expected);
        assert_eq!(replay.requests().len(), 3);
    }

    #[test]
    fn send_with_retry_future_is_send() {
        fn assert_send<T: Send>(_: T) {}
        let (replay, quota, config) = (ReplayClient::new(), RetryQuota::new(), fast());
        let req = http::Request::get("http://h/")
            .body(ByteStream::from("x"))
            .unwrap();
        assert_send(send_with_retry(
            &replay,
            req,
            &config,
            &quota,
            status_reader,
        ));
    }

    #[tokio::test(start_paused = true)]
    async fn retries_503_then_succeeds_and_refunds_quota() {
        let replay = ReplayClient::new();
        replay
            .push(503, &[], "")
            .push(503, &[], "")
            .push(200, &[], "");
        let quota = RetryQuota::new();
        let req = http::Request::post("http://h/")
            .body("payload".into())
            .unwrap();
        let out = send_with_retry(&replay, req, &fast(), &quota, status_reader).await;
        assert_eq!(out.unwrap(), 200);
        let reqs = replay.requests();
        assert_eq!(reqs.len(), 3);
        assert!(
            reqs.iter().all(|r| r.body == "payload"),
            "body resent each time"
        );
        // Two retries cost 10; the final success refunds the last retry's 5.
        assert_eq!(quota.available(), 495);
    }

    #[tokio::test(start_paused = true)]
    async fn non_retryable_errors_and_attempt_limit() {
        let replay = ReplayClient::new();
        replay.push(404, &[], "NoSuchKey");
        let req = http::Request::get("http://h/")
            .body(ByteStream::empty())
            .unwrap();
        let quota = RetryQuota::new();
        let err = send_with_retry(&replay, req, &fast(), &quota, status_reader)
            .await
            .unwrap_err();
        assert!(err.is_code("NoSuchKey"));
        assert_eq!(replay.requests().len(), 1);

        for _ in 0..5 {
            replay.push(400, &[], "ThrottlingException");
        }
        let req = http::Request::get("http://h/")
            .body(ByteStream::empty())
            .unwrap();
        let cfg = fast().max_attempts(4);
        let err = send_with_retry(&replay, req, &cfg, &quota, status_reader)
            .await
            .unwrap_err();
        assert!(err.is_code("ThrottlingException"));
        assert_eq!(replay.requests().len(), 1 + 4);
    }

    #[tokio::test(start_paused = true)]
    async fn the_observer_sees_each_attempt_and_the_decision_after_it() {
        type Seen = Vec<(u32, Duration, Option<String>, Decision)>;
        async fn run(
            config: &RetryConfig,
            quota: &RetryQuota,
            resendable: bool,
            outcomes: Vec<Result<u8>>,
        ) -> (Result<u8>, Seen) {
            let mut seen = Vec::new();
            let mut outcomes = outcomes.into_iter();
            let result = retry_loop_observed(
                config,
                quota,
                resendable,
                |_| {
                    let next = outcomes.next().expect("an outcome per attempt");
                    async move {
                        tokio::time::sleep(Duration::from_millis(250)).await;
                        next
                    }
                },
                |a| {
                    let code = a.error.and_then(Error::code).map(str::to_owned);
                    seen.push((a.number, a.latency, code, a.decision))
                },
            )
            .await;
            (result, seen)
        }
        let ms250 = Duration::from_millis(250);
        let quota = RetryQuota::new();

        let outcomes = vec![Err(service("InternalError", 500)), Ok(7)];
        let (out, seen) = run(&fast(), &quota, true, outcomes).await;
        assert_eq!(out.unwrap(), 7);
        assert_eq!(seen.len(), 2, "{seen:?}");
        assert_eq!(seen[0].0, 1);
        assert_eq!(seen[0].1, ms250);
        assert_eq!(seen[0].2.as_deref(), Some("InternalError"));
        assert!(
            matches!(seen[0].3, Decision::Retry { kind: RetryKind::Transient, backoff }
                if backoff <= Duration::from_millis(1)),
            "{seen:?}"
        );
        assert_eq!(seen[1], (2, ms250, None, Decision::Done));

        let (_, seen) = run(&fast(), &quota, true, vec![Err(service("NoSuchKey", 404))]).await;
        assert_eq!(
            seen,
            [(1, ms250, Some("NoSuchKey".into()), Decision::NotRetryable)]
        );

        let outcomes = vec![Err(service("Busy", 503)), Err(service("Busy", 503))];
        let (_, seen) = run(&fast().max_attempts(2), &quota, true, outcomes).await;
        assert!(matches!(seen[0].3, Decision::Retry { .. }), "{seen:?}");
        assert_eq!(seen[1].3, Decision::AttemptsExhausted);

        // A body that cannot be resent: one attempt.
        let (_, seen) = run(&fast(), &quota, false, vec![Err(service("Busy", 503))]).await;
        assert_eq!(
            seen,
            [(1, ms250, Some("Busy".into()), Decision::AttemptsExhausted)]
        );

        let empty = RetryQuota::new();
        assert!(empty.acquire(QUOTA_CAPACITY));
        let (_, seen) = run(&fast(), &empty, true, vec![Err(service("Busy", 503))]).await;
        assert_eq!(
            seen,
            [(1, ms250, Some("Busy".into()), Decision::QuotaExhausted)]
        );
    }

    #[tokio::test(start_paused = true)]
    async fn one_shot_bodies_are_not_resent() {
        let replay = ReplayClient::new();
        replay.push(503, &[], "").push(200, &[], "");
        let body =
            ByteStream::from_stream(futures::stream::iter(vec![Ok(bytes::Bytes::from("once"))]));
        let req = http::Request::put("http://h/").body(body).unwrap();
        let err = send_with_retry(&replay, req, &fast(), &RetryQuota::new(), status_reader)
            .await
            .unwrap_err();
        assert_eq!(err.status(), Some(503));
        assert_eq!(replay.requests().len(), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn adaptive_mode_paces_requests_after_a_throttle() {
        let replay = ReplayClient::new();
        // No backoff: whatever the retry waits, the limiter made it wait.
        let config = RetryConfig::adaptive().base_backoff(Duration::ZERO);
        assert!(config.is_adaptive() && !fast().is_adaptive());
        let quota = RetryQuota::new();
        replay
            .push(400, &[], "ThrottlingException")
            .push(200, &[], "");
        let started = tokio::time::Instant::now();
        let req = http::Request::get("http://h/")
            .body(ByteStream::empty())
            .unwrap();
        send_with_retry(&replay, req, &config, &quota, status_reader)
            .await
            .unwrap();
        // The throttle turned the limiter on at its minimum rate (0.5/s, no measured rate
        // yet) with an empty bucket: the retry waited exactly 2 s for a token.
        assert_eq!(started.elapsed(), Duration::from_secs(2));
        assert_eq!(replay.requests().len(), 2);

        assert!(quota.limiter.enabled());

        // Standard mode leaves the limiter off.
        replay
            .push(400, &[], "ThrottlingException")
            .push(200, &[], "");
        let standard = RetryQuota::new();
        let req = http::Request::get("http://h/")
            .body(ByteStream::empty())
            .unwrap();
        let started = tokio::time::Instant::now();
        let config = RetryConfig::standard().base_backoff(Duration::ZERO);
        send_with_retry(&replay, req, &config, &standard, status_reader)
            .await
            .unwrap();
        assert!(!standard.limiter.enabled());
        assert_eq!(started.elapsed(), Duration::ZERO);
    }

    #[tokio::test(start_paused = true)]
    async fn timeouts_cost_more_and_an_empty_quota_stops_retries() {
        let quota = RetryQuota::new();
        let replay = ReplayClient::new();
        replay.push_error(Error::timeout("t")).push(200, &[], "");
        let req = http::Request::get("http://h/")
            .body(ByteStream::empty())
            .unwrap();
        send_with_retry(&replay, req, &fast(), &quota, status_reader)
            .await
            .unwrap();
        assert_eq!(quota.available(), 500, "10 taken, 10 refunded");

        // Drain the bucket to 4 tokens: the next retryable failure is returned at once.
        assert!(quota.acquire(496));
        replay.push(500, &[], "InternalError").push(200, &[], "");
        let req = http::Request::get("http://h/")
            .body(ByteStream::empty())
            .unwrap();
        let err = send_with_retry(&replay, req, &fast(), &quota, status_reader)
            .await
            .unwrap_err();
        assert!(err.is_code("InternalError"));
        assert_eq!(replay.remaining(), 1);
    }
}
