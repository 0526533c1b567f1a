//! Per-call deadlines: [`TimeoutExt::timeout`] on any call of a client or resource, and the
//! deadline a call runs under, which also bounds the response body it reads.
//!
//! A call's deadline, the first that applies:
//!
//! 1. the `.timeout(d)` it (or a future enclosing it) was awaited with ([`TimeoutExt`]);
//! 2. its client's [`ClientHandle::with_timeout`](crate::client::ClientHandle::with_timeout);
//! 3. the session's [`SessionBuilder::operation_timeout`](crate::SessionBuilder::operation_timeout).
//!
//! It covers everything the call does: credentials, every attempt and the backoff between
//! them, and reading the response body, streamed (S3's `GetObject` body, read after the call
//! returned) or not: a server that trickles one byte per read timeout is cut at the
//! deadline with an [`Error::timeout`].
//!
//! A waiter (`client.wait_until_..(input).timeout(d)`, a resource's `wait_until_..`) is a
//! call like any other: the deadline covers all its attempts and the pauses between them.
//! A stream of pages, items or a collection takes one for its whole life with
//! [`StreamTimeoutExt::timeout`]: every call it makes runs under it, and at the deadline
//! the stream yields the [`Error::timeout`] and ends.

use crate::error::{Error, Result};
use crate::http::ByteStream;
use bytes::Bytes;
use futures::Stream;
use std::future::{Future, IntoFuture};
use std::pin::Pin;
use std::task::{ready, Context, Poll};
use std::time::Duration;
use tokio::time::{Instant, Sleep};

/// When a call must be over, and the limit it came from (for messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Deadline {
    pub(crate) at: Instant,
    pub(crate) limit: Duration,
}

tokio::task_local! {
    /// The deadline of the `.timeout(d)` being awaited, if any.
    static CURRENT: Deadline;
}

impl Deadline {
    /// `limit` from now, on tokio's clock.
    pub(crate) fn after(limit: Duration) -> Deadline {
        let now = Instant::now();
        Deadline {
            at: now.checked_add(limit).unwrap_or_else(far_future),
            limit,
        }
    }

    /// The deadline of the enclosing `.timeout(d)`, if the current task is awaiting one.
    pub(crate) fn current() -> Option<Deadline> {
        CURRENT.try_with(|d| *d).ok()
    }

    /// `fut`, cut at `deadline` (if any) with an [`Error::timeout`] naming `what`. Without
    /// a deadline it costs a branch; the timer is boxed, so the future is `fut` plus a few
    /// words.
    pub(crate) fn bound<F>(deadline: Option<Deadline>, what: &str, fut: F) -> Bounded<'_, F> {
        Bounded {
            fut,
            timer: deadline.map(|d| (d, Box::pin(tokio::time::sleep_until(d.at)))),
            what,
        }
    }

    fn error(&self, what: &str) -> Error {
        Error::timeout(format!("{what} did not complete within {:?}", self.limit))
    }

    /// `body`, ending with an [`Error::timeout`] naming `what` if it is still being read at
    /// the deadline. A body already in memory is returned as it is.
    pub(crate) fn bound_body(self, what: &str, body: ByteStream) -> ByteStream {
        if body.bytes().is_some() {
            return body;
        }
        let len = body.len_hint();
        let bounded = BoundedBody {
            body,
            sleep: Box::pin(tokio::time::sleep_until(self.at)),
            deadline: self,
            what: what.to_string(),
            done: false,
        };
        match len {
            Some(len) => ByteStream::from_stream_with_len(bounded, len),
            None => ByteStream::from_stream(bounded),
        }
    }
}

/// About 30 years from now: the deadline of a limit too large for the clock.
fn far_future() -> Instant {
    Instant::now() + Duration::from_secs(86400 * 365 * 30)
}

pin_project_lite::pin_project! {
    /// The future [`Deadline::bound`] returns.
    pub(crate) struct Bounded<'a, F> {
        #[pin]
        fut: F,
        timer: Option<(Deadline, Pin<Box<Sleep>>)>,
        what: &'a str,
    }
}

impl<T, F: Future<Output = Result<T>>> Future for Bounded<'_, F> {
    type Output = Result<T>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<T>> {
        let this = self.project();
        if let Poll::Ready(out) = this.fut.poll(cx) {
            return Poll::Ready(out);
        }
        match this.timer {
            Some((deadline, sleep)) => {
                ready!(sleep.as_mut().poll(cx));
                Poll::Ready(Err(deadline.error(this.what)))
            }
            None => Poll::Pending,
        }
    }
}

struct BoundedBody {
    body: ByteStream,
    sleep: Pin<Box<Sleep>>,
    deadline: Deadline,
    what: String,
    done: bool,
}

impl Stream for BoundedBody {
    type Item = Result<Bytes>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.done {
            return Poll::Ready(None);
        }
        if let Poll::Ready(item) = Pin::new(&mut this.body).poll_next(cx) {
            this.done = matches!(item, None | Some(Err(_)));
            return Poll::Ready(item);
        }
        ready!(this.sleep.as_mut().poll(cx));
        this.done = true;
        Poll::Ready(Some(Err(this.deadline.error(&this.what))))
    }
}

/// `.timeout(d)` on a call: `client.get_object(input).timeout(d).await`,
/// `queue.load().timeout(d).await`, `queue.send_message().with(..).timeout(d).await`.
///
/// The calls awaited inside run under a deadline `d` from now (when `.timeout` is called,
/// like [`tokio::time::timeout`]), which replaces their client's and session's operation
/// timeout; nested `.timeout`s keep the earliest deadline. The deadline covers retries and
/// their backoff, and the response body, also when it is streamed to the caller and read
/// after the call returned. Past it, the call (or the body) is an [`Error::timeout`].
///
/// The deadline is carried by the task awaiting the call: a call spawned onto another task
/// (`tokio::spawn`) inside it does not see it.
pub trait TimeoutExt<T>: IntoFuture<Output = Result<T>> + Sized {
    /// This call, cut after `limit`.
    fn timeout(self, limit: Duration) -> Timeout<Self::IntoFuture> {
        let mut deadline = Deadline::after(limit);
        if let Some(outer) = Deadline::current() {
            if outer.at < deadline.at {
                deadline = outer;
            }
        }
        Timeout {
            inner: Box::pin(CURRENT.scope(
                deadline,
                tokio::time::timeout_at(deadline.at, self.into_future()),
            )),
            deadline,
        }
    }
}

impl<T, F: IntoFuture<Output = Result<T>>> TimeoutExt<T> for F {}

/// The future [`TimeoutExt::timeout`] returns.
#[must_use = "futures do nothing unless awaited"]
pub struct Timeout<F: Future> {
    inner: Pin<Box<tokio::task::futures::TaskLocalFuture<Deadline, tokio::time::Timeout<F>>>>,
    deadline: Deadline,
}

impl<F: Future> std::fmt::Debug for Timeout<F> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Timeout")
            .field("limit", &self.deadline.limit)
            .finish_non_exhaustive()
    }
}

impl<T, F: Future<Output = Result<T>>> Future for Timeout<F> {
    type Output = Result<T>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<T>> {
        match ready!(self.inner.as_mut().poll(cx)) {
            Ok(out) => Poll::Ready(out),
            Err(_) => Poll::Ready(Err(self.deadline.error("the call"))),
        }
    }
}

/// `.timeout(d)` on a stream of results: `client.list_objects_v2_pages(input).timeout(d)`,
/// `..._items(..)`, a resource collection, the dynamic client's `paginate`.
///
/// The whole stream has a deadline `d` from now: every call it makes runs under it,
/// which replaces their client's and session's operation timeout (as with [`TimeoutExt`];
/// nested deadlines keep the earliest), and once it passes, the stream yields an
/// [`Error::timeout`] and ends, whatever it was doing.
pub trait StreamTimeoutExt<T>: Stream<Item = Result<T>> + Sized {
    /// This stream, cut after `limit`.
    fn timeout(self, limit: Duration) -> TimeoutStream<Self> {
        let mut deadline = Deadline::after(limit);
        if let Some(outer) = Deadline::current() {
            if outer.at < deadline.at {
                deadline = outer;
            }
        }
        TimeoutStream {
            inner: self,
            sleep: Box::pin(tokio::time::sleep_until(deadline.at)),
            deadline,
            done: false,
        }
    }
}

impl<T, S: Stream<Item = Result<T>>> StreamTimeoutExt<T> for S {}

pin_project_lite::pin_project! {
    /// The stream [`StreamTimeoutExt::timeout`] returns.
    #[must_use = "streams do nothing unless polled"]
    pub struct TimeoutStream<S> {
        #[pin]
        inner: S,
        sleep: Pin<Box<Sleep>>,
        deadline: Deadline,
        done: bool,
    }
}

impl<S> std::fmt::Debug for TimeoutStream<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TimeoutStream")
            .field("limit", &self.deadline.limit)
            .finish_non_exhaustive()
    }
}

impl<T, S: Stream<Item = Result<T>>> Stream for TimeoutStream<S> {
    type Item = Result<T>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<T>>> {
        let this = self.project();
        if *this.done {
            return Poll::Ready(None);
        }
        // Past the deadline nothing more comes, even what the stream holds already.
        if this.sleep.as_mut().poll(cx).is_ready() {
            *this.done = true;
            return Poll::Ready(Some(Err(this.deadline.error("the stream"))));
        }
        // The calls the stream makes while polled see the deadline.
        let inner = this.inner;
        let item = CURRENT.sync_scope(*this.deadline, || inner.poll_next(cx));
        if let Poll::Ready(None) = item {
            *this.done = true;
        }
        item
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::StreamExt;

    #[tokio::test(start_paused = true)]
    async fn a_stream_is_cut_at_its_deadline_and_its_calls_see_it() {
        // One item every 3 s, forever, each reporting the deadline it ran under.
        let forever = futures::stream::unfold(0u32, |n| async move {
            tokio::time::sleep(Duration::from_secs(3)).await;
            Some((Ok((n, Deadline::current())), n + 1))
        });
        let started = Instant::now();
        let items: Vec<_> = forever.timeout(Duration::from_secs(10)).collect().await;
        assert_eq!(items.len(), 4, "three items, then the error, then the end");
        for (i, item) in items[..3].iter().enumerate() {
            let (n, seen) = item.as_ref().unwrap();
            assert_eq!(*n as usize, i);
            assert_eq!(seen.unwrap().limit, Duration::from_secs(10));
        }
        let err = items[3].as_ref().unwrap_err();
        assert!(err.is_timeout(), "{err}");
        assert_eq!(
            err.to_string(),
            "timeout: the stream did not complete within 10s"
        );
        assert_eq!(started.elapsed(), Duration::from_secs(10));
        // A stream that ends in time is untouched; a nested deadline keeps the earlier one.
        let short = futures::stream::iter([Ok::<_, Error>(1), Ok(2)]);
        let all: Vec<_> = short.timeout(Duration::from_secs(1)).collect().await;
        assert_eq!(all.len(), 2);
        let inner_limit = async {
            let s = futures::stream::once(async { Ok(Deadline::current()) });
            let seen: Vec<_> = s.timeout(Duration::from_secs(60)).collect().await;
            seen.into_iter().next().unwrap()
        }
        .timeout(Duration::from_secs(5))
        .await
        .unwrap();
        assert_eq!(inner_limit.unwrap().limit, Duration::from_secs(5));
    }

    #[tokio::test(start_paused = true)]
    async fn a_pending_call_is_cut_at_exactly_the_limit() {
        let started = Instant::now();
        let err = std::future::pending::<Result<()>>()
            .timeout(Duration::from_secs(7))
            .await
            .unwrap_err();
        assert!(err.is_timeout(), "{err}");
        assert_eq!(started.elapsed(), Duration::from_secs(7));
        assert!(err.to_string().contains("within 7s"), "{err}");
        // A call that ends in time is untouched.
        let ok = async { Ok(5) }.timeout(Duration::from_secs(1)).await;
        assert_eq!(ok.unwrap(), 5);
        // A limit past the clock's range is no error, just far away.
        let ok = async { Ok(6) }.timeout(Duration::MAX).await;
        assert_eq!(ok.unwrap(), 6);
    }

    #[tokio::test(start_paused = true)]
    async fn calls_inside_see_the_deadline_and_nested_ones_keep_the_earliest() {
        assert_eq!(Deadline::current(), None);
        let outer_at = Instant::now() + Duration::from_secs(10);
        let seen = async {
            let inner_longer = async { Ok(Deadline::current()) }
                .timeout(Duration::from_secs(60))
                .await?;
            let inner_shorter = async { Ok(Deadline::current()) }
                .timeout(Duration::from_secs(3))
                .await?;
            Ok((Deadline::current(), inner_longer, inner_shorter))
        }
        .timeout(Duration::from_secs(10))
        .await
        .unwrap();
        assert_eq!(seen.0.unwrap().at, outer_at);
        assert_eq!(seen.1.unwrap().at, outer_at);
        assert_eq!(seen.2.unwrap().limit, Duration::from_secs(3));
        assert_eq!(Deadline::current(), None);
    }

    #[tokio::test(start_paused = true)]
    async fn a_bounded_body_ends_with_a_timeout_at_the_deadline() {
        let trickle = futures::stream::unfold(0u8, |n| async move {
            tokio::time::sleep(Duration::from_secs(1)).await;
            Some((Ok(Bytes::from(vec![n])), n.wrapping_add(1)))
        });
        let started = Instant::now();
        let body = Deadline::after(Duration::from_millis(4500))
            .bound_body("GetThing", ByteStream::from_stream_with_len(trickle, 100));
        assert_eq!(body.len_hint(), Some(100));
        let items: Vec<_> = StreamExt::collect(body).await;
        assert_eq!(items.len(), 5, "four bytes, then the error, then the end");
        assert!(items[..4].iter().all(Result::is_ok));
        let err = items[4].as_ref().unwrap_err();
        assert!(err.is_timeout(), "{err}");
        assert!(err.to_string().contains("GetThing"), "{err}");
        assert_eq!(started.elapsed(), Duration::from_millis(4500));
        // In memory: nothing to bound.
        let body = Deadline::after(Duration::ZERO).bound_body("x", ByteStream::from("abc"));
        assert_eq!(body.bytes().map(|b| &b[..]), Some(&b"abc"[..]));
    }
}
