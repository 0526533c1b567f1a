//! Waiters: one generic poll loop over typed acceptors.
//!
//! Each attempt calls the operation once and checks the acceptors in order; the first that
//! matches decides. `Success` ends the wait with the output (`Ok(None)` when an error
//! matched), `Failure` ends it with [`Error::waiter`], `Retry` polls again after the delay.
//! When nothing matches, an output means "poll again" and an error is returned as is.

use crate::error::{Error, Result};
use futures::future::BoxFuture;
use std::fmt;
use std::future::{Future, IntoFuture};
use std::time::Duration;

/// What a matching acceptor does to the wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AcceptorState {
    /// The wait is over: the resource reached the awaited state.
    Success,
    /// The wait is over: the resource can no longer reach the awaited state.
    Failure,
    /// Poll again.
    Retry,
}

/// What an acceptor looks at in one attempt's result.
pub enum Matcher<O> {
    /// The HTTP status: `200` matches any successful output, any other status matches a
    /// service error answered with it.
    Status(u16),
    /// A service error with this code; `None` matches any error.
    Error(Option<&'static str>),
    /// A predicate over a successful output.
    Output(fn(&O) -> bool),
}

impl<O> Clone for Matcher<O> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<O> Copy for Matcher<O> {}

impl<O> fmt::Debug for Matcher<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Matcher::Status(s) => f.debug_tuple("Status").field(s).finish(),
            Matcher::Error(code) => f.debug_tuple("Error").field(code).finish(),
            Matcher::Output(_) => f.write_str("Output(..)"),
        }
    }
}

impl<O> Matcher<O> {
    fn matches(&self, result: &Result<O>) -> bool {
        match (self, result) {
            (Matcher::Status(200), Ok(_)) => true,
            (Matcher::Status(n), Err(e)) => e.status() == Some(*n),
            (Matcher::Error(None), Err(_)) => true,
            (Matcher::Error(Some(code)), Err(e)) => e.is_code(code),
            (Matcher::Output(f), Ok(o)) => f(o),
            _ => false,
        }
    }
}

/// One rule of a waiter: when `matcher` matches, go to `state`.
pub struct Acceptor<O> {
    /// Where a match leads.
    pub state: AcceptorState,
    /// What is matched.
    pub matcher: Matcher<O>,
}

impl<O> Clone for Acceptor<O> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<O> Copy for Acceptor<O> {}

impl<O> fmt::Debug for Acceptor<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Acceptor")
            .field("state", &self.state)
            .field("matcher", &self.matcher)
            .finish()
    }
}

type Poll<O> = Box<dyn Fn() -> BoxFuture<'static, Result<O>> + Send + Sync>;

/// A wait in preparation: adjust it with [`Waiter::delay`] and [`Waiter::max_attempts`],
/// then `.await` it. Resolves to `Ok(Some(output))` on success (`Ok(None)` when an error
/// matched a success acceptor), `Err(Error::waiter)` on a failure state or when attempts run
/// out, or the unmatched error of an attempt.
pub struct Waiter<O> {
    poll: Poll<O>,
    acceptors: Vec<Acceptor<O>>,
    delay: Duration,
    max_attempts: u32,
}

impl<O> fmt::Debug for Waiter<O> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Waiter")
            .field("acceptors", &self.acceptors)
            .field("delay", &self.delay)
            .field("max_attempts", &self.max_attempts)
            .finish_non_exhaustive()
    }
}

impl<O: Send + 'static> Waiter<O> {
    /// A waiter that calls `poll` at most `max_attempts` times (at least once), `delay`
    /// apart.
    pub fn new<F, Fut>(
        poll: F,
        acceptors: Vec<Acceptor<O>>,
        delay: Duration,
        max_attempts: u32,
    ) -> Self
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<O>> + Send + 'static,
    {
        Waiter {
            poll: Box::new(move || Box::pin(poll())),
            acceptors,
            delay,
            max_attempts,
        }
    }

    /// The pause between two attempts.
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// How many attempts at most (0 counts as 1).
    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n;
        self
    }

    async fn run(self) -> Result<Option<O>> {
        let attempts = self.max_attempts.max(1);
        for attempt in 1..=attempts {
            let result = (self.poll)().await;
            let state = self
                .acceptors
                .iter()
                .find(|a| a.matcher.matches(&result))
                .map(|a| a.state);
            match (state, result) {
                (Some(AcceptorState::Success), Ok(output)) => return Ok(Some(output)),
                (Some(AcceptorState::Success), Err(_)) => return Ok(None),
                (Some(AcceptorState::Failure), Ok(_)) => {
                    return Err(Error::waiter(format!(
                        "waiter reached failure state (attempt {attempt})"
                    )));
                }
                (Some(AcceptorState::Failure), Err(e)) => {
                    let what = e.code().unwrap_or("an error").to_owned();
                    return Err(Error::waiter(format!(
                        "waiter reached failure state on {what} (attempt {attempt})"
                    ))
                    .with_source(e));
                }
                (None, Err(e)) => return Err(e),
                (Some(AcceptorState::Retry), _) | (None, Ok(_)) => {}
            }
            if attempt < attempts {
                tokio::time::sleep(self.delay).await;
            }
        }
        Err(Error::waiter(format!(
            "waiter max attempts exceeded ({attempts})"
        )))
    }
}

impl<O: Send + 'static> IntoFuture for Waiter<O> {
    type Output = Result<Option<O>>;
    type IntoFuture = BoxFuture<'static, Result<Option<O>>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.run())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{ErrorKind, ServiceError};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Arc, Mutex};

    #[derive(Debug, Clone, PartialEq)]
    struct Table {
        status: &'static str,
    }

    fn service_error(code: &str, status: u16) -> Error {
        Error::service(ServiceError {
            code: code.into(),
            status,
            ..Default::default()
        })
    }

    /// A fake operation answering the i-th poll with `replies[i]` (the last one repeats).
    fn op(
        replies: Vec<Result<Table>>,
    ) -> (
        Arc<AtomicUsize>,
        impl Fn() -> futures::future::Ready<Result<Table>> + Send + Sync + 'static,
    ) {
        let calls = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&calls);
        let replies = Mutex::new(replies);
        let poll = move || {
            let n = counter.fetch_add(1, Ordering::SeqCst);
            let replies = replies.lock().unwrap();
            let reply = match &replies[n.min(replies.len() - 1)] {
                Ok(t) => Ok(t.clone()),
                Err(e) => Err(service_error(
                    e.code().unwrap_or("X"),
                    e.status().unwrap_or(400),
                )),
            };
            futures::future::ready(reply)
        };
        (calls, poll)
    }

    fn active(t: &Table) -> bool {
        t.status == "ACTIVE"
    }
    fn deleting(t: &Table) -> bool {
        t.status == "DELETING"
    }

    fn table_exists() -> Vec<Acceptor<Table>> {
        vec![
            Acceptor {
                state: AcceptorState::Success,
                matcher: Matcher::Output(active),
            },
            Acceptor {
                state: AcceptorState::Failure,
                matcher: Matcher::Output(deleting),
            },
            Acceptor {
                state: AcceptorState::Retry,
                matcher: Matcher::Error(Some("ResourceNotFoundException")),
            },
        ]
    }

    const NO_DELAY: Duration = Duration::ZERO;

    #[tokio::test]
    async fn output_matcher_succeeds_after_retries() {
        let (calls, poll) = op(vec![
            Err(service_error("ResourceNotFoundException", 400)),
            Ok(Table { status: "CREATING" }),
            Ok(Table { status: "ACTIVE" }),
        ]);
        let out = Waiter::new(poll, table_exists(), NO_DELAY, 10)
            .await
            .unwrap();
        assert_eq!(out, Some(Table { status: "ACTIVE" }));
        assert_eq!(calls.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn failure_state_is_a_waiter_error() {
        let (calls, poll) = op(vec![
            Ok(Table { status: "CREATING" }),
            Ok(Table { status: "DELETING" }),
        ]);
        let e = Waiter::new(poll, table_exists(), NO_DELAY, 10)
            .await
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Waiter);
        assert!(e.to_string().contains("reached failure state"), "{e}");
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn unmatched_error_is_returned_as_is() {
        let (calls, poll) = op(vec![Err(service_error("AccessDenied", 403))]);
        let e = Waiter::new(poll, table_exists(), NO_DELAY, 10)
            .await
            .unwrap_err();
        assert!(e.is_code("AccessDenied"));
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }

    #[tokio::test]
    async fn attempts_run_out() {
        let (calls, poll) = op(vec![Ok(Table { status: "CREATING" })]);
        let e = Waiter::new(poll, table_exists(), NO_DELAY, 10)
            .max_attempts(4)
            .await
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Waiter);
        assert!(e.to_string().contains("max attempts exceeded"), "{e}");
        assert_eq!(calls.load(Ordering::SeqCst), 4);
    }

    #[tokio::test]
    async fn status_matchers() {
        // 200 matches any successful output.
        let (calls, poll) = op(vec![Ok(Table { status: "CREATING" })]);
        let ok = vec![Acceptor {
            state: AcceptorState::Success,
            matcher: Matcher::Status(200),
        }];
        let out = Waiter::new(poll, ok, NO_DELAY, 3).await.unwrap();
        assert_eq!(out, Some(Table { status: "CREATING" }));
        assert_eq!(calls.load(Ordering::SeqCst), 1);

        // 404 matches an error answered with 404 (bucket_not_exists style): Ok(None).
        let (calls, poll) = op(vec![
            Ok(Table { status: "ACTIVE" }),
            Err(service_error("NotFound", 404)),
        ]);
        let gone = vec![Acceptor {
            state: AcceptorState::Success,
            matcher: Matcher::Status(404),
        }];
        assert_eq!(Waiter::new(poll, gone, NO_DELAY, 3).await.unwrap(), None);
        assert_eq!(calls.load(Ordering::SeqCst), 2);

        // 404 does not match a 403.
        let (_, poll) = op(vec![Err(service_error("Forbidden", 403))]);
        let gone = vec![Acceptor {
            state: AcceptorState::Success,
            matcher: Matcher::Status(404),
        }];
        let e = Waiter::new(poll, gone, NO_DELAY, 3).await.unwrap_err();
        assert!(e.is_code("Forbidden"));
    }

    #[tokio::test]
    async fn error_matchers() {
        // A named code leading to success gives Ok(None).
        let (_, poll) = op(vec![Err(service_error("QueueDoesNotExist", 400))]);
        let gone = vec![Acceptor {
            state: AcceptorState::Success,
            matcher: Matcher::Error(Some("QueueDoesNotExist")),
        }];
        assert_eq!(Waiter::new(poll, gone, NO_DELAY, 3).await.unwrap(), None);

        // Any error leading to failure: a waiter error whose source is the service error.
        let (_, poll) = op(vec![Err(service_error("Boom", 500))]);
        let any = vec![Acceptor {
            state: AcceptorState::Failure,
            matcher: Matcher::Error(None),
        }];
        let e = Waiter::new(poll, any, NO_DELAY, 3).await.unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Waiter);
        assert!(e.to_string().contains("Boom"), "{e}");
        assert!(std::error::Error::source(&e).is_some());
    }

    #[tokio::test]
    async fn first_matching_acceptor_wins() {
        let (_, poll) = op(vec![Ok(Table { status: "ACTIVE" })]);
        let acceptors = vec![
            Acceptor {
                state: AcceptorState::Failure,
                matcher: Matcher::Output(active),
            },
            Acceptor {
                state: AcceptorState::Success,
                matcher: Matcher::Status(200),
            },
        ];
        let e = Waiter::new(poll, acceptors, NO_DELAY, 3).await.unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Waiter);
    }

    #[tokio::test(start_paused = true)]
    async fn delay_separates_attempts() {
        let (calls, poll) = op(vec![Ok(Table { status: "CREATING" })]);
        let start = tokio::time::Instant::now();
        let e = Waiter::new(poll, table_exists(), Duration::from_secs(3600), 1)
            .delay(Duration::from_millis(20))
            .max_attempts(3)
            .await
            .unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Waiter);
        assert_eq!(calls.load(Ordering::SeqCst), 3);
        // Two pauses between three attempts, none after the last.
        assert_eq!(start.elapsed(), Duration::from_millis(40));
    }

    #[tokio::test]
    async fn nothing_is_sent_until_awaited() {
        let (calls, poll) = op(vec![Ok(Table { status: "ACTIVE" })]);
        let waiter = Waiter::new(poll, table_exists(), NO_DELAY, 0);
        assert_eq!(calls.load(Ordering::SeqCst), 0);
        assert!(format!("{waiter:?}").contains("max_attempts: 0"));
        assert!(waiter.await.unwrap().is_some(), "0 attempts counts as 1");
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }
}
