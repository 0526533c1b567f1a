//! `DynamicClient::wait`: botocore's `waiters-2.json` driven through the generic
//! [`crate::waiter::Waiter`] poll loop.
//!
//! Acceptors `path`, `pathAll`, `pathAny` (JMESPath over the output, see `jmespath.rs`),
//! `status` and `error` are checked in order on each attempt; the first that matches
//! decides. Each attempt's decision is taken here, and the generic loop handles delays,
//! attempts and the outcome.

use super::jmespath::{json_eq, Expr};
use super::DynamicClient;
use crate::error::{Error, Result};
use crate::waiter::{Acceptor, AcceptorState, Matcher, Waiter};
use futures::future::BoxFuture;
use serde_json::Value as Json;
use std::collections::HashMap;
use std::future::IntoFuture;
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug)]
enum Match {
    Path(Expr),
    PathAll(Expr),
    PathAny(Expr),
    Status(u16),
    ErrorCode(String),
    AnyError(bool),
}

#[derive(Debug)]
struct Rule {
    state: AcceptorState,
    matcher: Match,
    expected: Json,
}

/// One waiter of a service.
#[derive(Debug)]
pub(crate) struct WaiterConfig {
    name: String,
    operation: String,
    delay: Duration,
    max_attempts: u32,
    rules: Vec<Rule>,
}

/// The waiters of a service, by name (`BucketExists`, `TableExists`, ...).
#[derive(Debug, Default)]
pub(crate) struct Waiters(HashMap<String, Arc<WaiterConfig>>);

impl Waiters {
    /// Reads `waiters-2.json` (`{"version": 2, "waiters": {name: {...}}}`); every acceptor is
    /// compiled now, so an unsupported expression or matcher fails here, naming the waiter.
    pub(crate) fn from_json(bytes: &[u8]) -> Result<Waiters> {
        let doc: Json = serde_json::from_slice(bytes)
            .map_err(|e| Error::decode(format!("invalid waiters document: {e}")))?;
        let waiters = doc
            .get("waiters")
            .and_then(Json::as_object)
            .ok_or_else(|| Error::decode("waiters document lacks a \"waiters\" object"))?;
        let mut out = HashMap::with_capacity(waiters.len());
        for (name, cfg) in waiters {
            out.insert(name.clone(), Arc::new(waiter(name, cfg)?));
        }
        Ok(Waiters(out))
    }

    pub(crate) fn get(&self, name: &str) -> Option<&Arc<WaiterConfig>> {
        self.0.get(name)
    }

    pub(crate) fn names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.0.keys().map(String::as_str).collect();
        names.sort_unstable();
        names
    }
}

fn waiter(name: &str, cfg: &Json) -> Result<WaiterConfig> {
    let bad = |what: String| Error::invalid_input(format!("waiter {name}: {what}"));
    let operation = cfg
        .get("operation")
        .and_then(Json::as_str)
        .ok_or_else(|| bad("no operation".into()))?;
    let delay = cfg.get("delay").and_then(Json::as_f64).unwrap_or(15.0);
    let max_attempts = cfg.get("maxAttempts").and_then(Json::as_u64).unwrap_or(40);
    let mut rules = Vec::new();
    for a in cfg
        .get("acceptors")
        .and_then(Json::as_array)
        .ok_or_else(|| bad("no acceptors".into()))?
    {
        let state = match a.get("state").and_then(Json::as_str) {
            Some("success") => AcceptorState::Success,
            Some("failure") => AcceptorState::Failure,
            Some("retry") => AcceptorState::Retry,
            other => return Err(bad(format!("unknown acceptor state {other:?}"))),
        };
        let expected = a.get("expected").cloned().unwrap_or(Json::Null);
        let argument = || -> Result<Expr> {
            let arg = a
                .get("argument")
                .and_then(Json::as_str)
                .ok_or_else(|| bad("a path acceptor without an argument".into()))?;
            Expr::parse_in(arg, &format!("waiter {name}: "))
        };
        let matcher = match a.get("matcher").and_then(Json::as_str) {
            Some("path") => Match::Path(argument()?),
            Some("pathAll") => Match::PathAll(argument()?),
            Some("pathAny") => Match::PathAny(argument()?),
            Some("status") => Match::Status(
                expected
                    .as_u64()
                    .and_then(|s| u16::try_from(s).ok())
                    .ok_or_else(|| bad(format!("bad status {expected}")))?,
            ),
            Some("error") => match &expected {
                Json::String(code) => Match::ErrorCode(code.clone()),
                Json::Bool(b) => Match::AnyError(*b),
                other => return Err(bad(format!("bad error matcher {other}"))),
            },
            other => return Err(bad(format!("unsupported matcher {other:?}"))),
        };
        rules.push(Rule {
            state,
            matcher,
            expected,
        });
    }
    Ok(WaiterConfig {
        name: name.to_owned(),
        operation: operation.to_owned(),
        delay: Duration::try_from_secs_f64(delay).unwrap_or(Duration::from_secs(15)),
        max_attempts: u32::try_from(max_attempts).unwrap_or(u32::MAX),
        rules,
    })
}

impl Rule {
    fn matches(&self, result: &Result<Json>) -> bool {
        let all_or_any = |e: &Expr, out: &Json, all: bool| match e.search(out) {
            Json::Array(items) if !items.is_empty() => {
                let eq = |v: &Json| json_eq(v, &self.expected);
                if all {
                    items.iter().all(eq)
                } else {
                    items.iter().any(eq)
                }
            }
            _ => false,
        };
        match (&self.matcher, result) {
            (Match::Path(e), Ok(out)) => json_eq(&e.search(out), &self.expected),
            (Match::PathAll(e), Ok(out)) => all_or_any(e, out, true),
            (Match::PathAny(e), Ok(out)) => all_or_any(e, out, false),
            (Match::Status(200), Ok(_)) => true,
            (Match::Status(n), Err(e)) => e.status() == Some(*n),
            (Match::ErrorCode(code), Err(e)) => e.is_code(code),
            (Match::AnyError(true), Err(e)) => e.service_error().is_some(),
            (Match::AnyError(false), Ok(_)) => true,
            _ => false,
        }
    }

    fn describe(&self) -> String {
        match &self.matcher {
            Match::Path(e) => format!("{} == {}", e.source(), self.expected),
            Match::PathAll(e) => format!("every {} == {}", e.source(), self.expected),
            Match::PathAny(e) => format!("some {} == {}", e.source(), self.expected),
            Match::Status(s) => format!("status {s}"),
            Match::ErrorCode(c) => format!("error {c}"),
            Match::AnyError(true) => "an error".into(),
            Match::AnyError(false) => "no error".into(),
        }
    }
}

/// One attempt's decision, for the generic loop: success carries the output.
enum Outcome {
    Success(Json),
    Retry,
}

/// A wait in preparation, made by [`DynamicClient::wait`] with the waiter's own delay and
/// attempts: adjust with [`DynamicWaiter::delay`] and [`DynamicWaiter::max_attempts`], then
/// `.await` it. Resolves to the last output (`null` when an error acceptor meant success),
/// `Err(Error::waiter)` on a failure acceptor or when attempts run out, or the unmatched
/// error of an attempt.
pub struct DynamicWaiter {
    inner: Waiter<Outcome>,
}

impl std::fmt::Debug for DynamicWaiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.fmt(f)
    }
}

impl DynamicWaiter {
    pub(super) fn new(client: DynamicClient, cfg: Arc<WaiterConfig>, params: Json) -> Self {
        let (delay, max_attempts) = (cfg.delay, cfg.max_attempts);
        let poll = move || {
            let (client, cfg, params) = (client.clone(), Arc::clone(&cfg), params.clone());
            async move {
                let result = client.call(&cfg.operation, params).await;
                let Some(rule) = cfg.rules.iter().find(|r| r.matches(&result)) else {
                    return result.map(|_| Outcome::Retry);
                };
                match (rule.state, result) {
                    (AcceptorState::Success, Ok(out)) => Ok(Outcome::Success(out)),
                    (AcceptorState::Success, Err(_)) => Ok(Outcome::Success(Json::Null)),
                    (AcceptorState::Retry, _) => Ok(Outcome::Retry),
                    (AcceptorState::Failure, result) => {
                        let e = Error::waiter(format!(
                            "waiter {} reached a failure state: {}",
                            cfg.name,
                            rule.describe()
                        ));
                        Err(match result {
                            Err(cause) => e.with_source(cause),
                            Ok(_) => e,
                        })
                    }
                }
            }
        };
        let success = Acceptor {
            state: AcceptorState::Success,
            matcher: Matcher::Output(|o: &Outcome| matches!(o, Outcome::Success(_))),
        };
        DynamicWaiter {
            inner: Waiter::new(poll, vec![success], delay, max_attempts),
        }
    }

    /// The pause between two attempts (default: the waiter's `delay`).
    pub fn delay(self, d: Duration) -> Self {
        DynamicWaiter {
            inner: self.inner.delay(d),
        }
    }

    /// How many attempts at most (default: the waiter's `maxAttempts`).
    pub fn max_attempts(self, n: u32) -> Self {
        DynamicWaiter {
            inner: self.inner.max_attempts(n),
        }
    }
}

impl IntoFuture for DynamicWaiter {
    type Output = Result<Json>;
    type IntoFuture = BoxFuture<'static, Result<Json>>;

    fn into_future(self) -> Self::IntoFuture {
        let inner = self.inner.into_future();
        Box::pin(async move {
            match inner.await? {
                Some(Outcome::Success(out)) => Ok(out),
                _ => Ok(Json::Null),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ServiceError;
    use serde_json::json;

    fn rules(acceptors: Json) -> WaiterConfig {
        waiter(
            "W",
            &json!({"operation": "Op", "delay": 0.5, "maxAttempts": 3, "acceptors": acceptors}),
        )
        .unwrap()
    }

    fn service(code: &str, status: u16) -> Error {
        Error::service(ServiceError {
            code: code.into(),
            status,
            ..Default::default()
        })
    }

    #[test]
    fn acceptors_match_like_botocore() {
        let w = rules(json!([
            {"matcher": "pathAll", "argument": "R[].I[].S", "expected": "running", "state": "success"},
            {"matcher": "pathAny", "argument": "R[].I[].S", "expected": "terminated", "state": "failure"},
            {"matcher": "path", "argument": "length(R[]) > `0`", "expected": true, "state": "retry"},
            {"matcher": "error", "expected": "NotFound", "state": "retry"},
            {"matcher": "status", "expected": 404, "state": "success"},
            {"matcher": "error", "expected": true, "state": "failure"}
        ]));
        assert_eq!(w.delay, Duration::from_millis(500));
        assert_eq!(w.max_attempts, 3);
        let out = |states: &[&str]| {
            Ok(json!({"R": [{"I": states.iter().map(|s| json!({"S": s})).collect::<Vec<_>>()}]}))
        };
        let first = |r: &Result<Json>| w.rules.iter().position(|rule| rule.matches(r));
        assert_eq!(first(&out(&["running", "running"])), Some(0));
        assert_eq!(first(&out(&["running", "terminated"])), Some(1));
        assert_eq!(first(&out(&["pending"])), Some(2));
        assert_eq!(first(&out(&[])), Some(2), "pathAll needs a non-empty list");
        assert_eq!(first(&Ok(json!({}))), None);
        assert_eq!(first(&Err(service("NotFound", 400))), Some(3));
        assert_eq!(first(&Err(service("Gone", 404))), Some(4));
        assert_eq!(first(&Err(service("Other", 500))), Some(5));
        assert_eq!(first(&Err(Error::timeout("slow"))), None);
        assert!(w.rules[1].describe().contains("terminated"));
    }

    #[test]
    fn bad_waiters_are_refused() {
        for bad in [
            json!({"acceptors": []}),
            json!({"operation": "Op"}),
            json!({"operation": "Op", "acceptors": [{"matcher": "path", "expected": 1, "state": "success"}]}),
            json!({"operation": "Op", "acceptors": [{"matcher": "nope", "expected": 1, "state": "success"}]}),
            json!({"operation": "Op", "acceptors": [{"matcher": "status", "expected": 1, "state": "maybe"}]}),
            json!({"operation": "Op", "acceptors": [{"matcher": "status", "expected": "x", "state": "retry"}]}),
            json!({"operation": "Op", "acceptors": [{"matcher": "path", "argument": "a[1:]", "expected": 1, "state": "retry"}]}),
        ] {
            let e = waiter("W", &bad).unwrap_err();
            assert!(e.to_string().contains("waiter W"), "{e}");
        }
        assert!(Waiters::from_json(b"{\"version\": 2}").is_err());
        assert!(Waiters::from_json(b"not json").is_err());
    }
}
