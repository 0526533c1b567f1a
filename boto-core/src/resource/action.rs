//! Operations of a client as resources see them, and the action builder.

use crate::deadline::{Timeout, TimeoutExt};
use crate::error::Result;
use crate::paginate::Pages;
use futures::future::BoxFuture;
use std::future::{Future, IntoFuture};
use std::time::Duration;

/// The future an operation returns.
pub type OpFuture<O> = BoxFuture<'static, Result<O>>;

/// One operation of a client, keyed by its index in the client's
/// [`Operations::NAMES`](super::Operations::NAMES), so that `#[resource]` can name
/// `<SqsClient as ClientOp<I>>::Output` knowing only the method name (it finds `I` with
/// `op_index` at compile time). `#[client]` implements it for every operation.
#[diagnostic::on_unimplemented(
    message = "`{Self}` has no operation of the index given here",
    label = "not an operation of this client"
)]
pub trait ClientOp<const OP: u64>: Clone + Send + Sync + 'static {
    /// The request shape.
    type Input: Send + 'static;
    /// The response shape.
    type Output: Send + 'static;
    /// Sends one request.
    fn send_op(&self, input: Self::Input) -> OpFuture<Self::Output>;
    /// Every page of the operation's output (one page when it does not paginate).
    fn pages_op(&self, input: Self::Input) -> Pages<Self::Output>;
    /// Sets the page-size member of the request; does nothing when it has none.
    fn set_page_size(input: &mut Self::Input, size: usize);
}

/// A single page: the output of one request.
pub fn single_page<O: Send + 'static>(request: OpFuture<O>) -> Pages<O> {
    Box::pin(futures::stream::once(request))
}

type Send_<I, T> = Box<dyn FnOnce(I) -> OpFuture<T> + Send>;

/// What an action method returns: the request with the resource's identifiers (and the
/// action's constant parameters) filled in. Adjust it with [`Action::with`], then `.await`
/// it to send.
#[must_use = "an action sends nothing until awaited"]
pub struct Action<I, T> {
    input: I,
    send: Send_<I, T>,
}

impl<I, T> Action<I, T> {
    /// An action that sends `input` with `send`.
    pub fn new<F>(input: I, send: F) -> Self
    where
        F: FnOnce(I) -> OpFuture<T> + Send + 'static,
    {
        Action {
            input,
            send: Box::new(send),
        }
    }

    /// Adjusts the request: `.with(|r| r.message_body("hello"))`.
    pub fn with(mut self, f: impl FnOnce(I) -> I) -> Self {
        self.input = f(self.input);
        self
    }

    /// The request as it stands.
    pub fn input(&self) -> &I {
        &self.input
    }

    /// Sends the request.
    pub fn send(self) -> OpFuture<T> {
        (self.send)(self.input)
    }

    /// Sends the request under a deadline of `limit` from now, retries and the response
    /// body included: `.timeout(d).await`. See [`TimeoutExt`](crate::TimeoutExt), which
    /// gives the same `.timeout(d)` to a resource's `load()` and a client's calls.
    pub fn timeout(self, limit: Duration) -> Timeout<OpFuture<T>> {
        TimeoutExt::timeout(self, limit)
    }
}

impl<I: std::fmt::Debug, T> std::fmt::Debug for Action<I, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Action")
            .field("input", &self.input)
            .finish()
    }
}

impl<I, T> IntoFuture for Action<I, T> {
    type Output = Result<T>;
    type IntoFuture = OpFuture<T>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// Boxes an `async` block as an [`OpFuture`].
pub fn op_future<T, F>(f: F) -> OpFuture<T>
where
    F: Future<Output = Result<T>> + Send + 'static,
{
    Box::pin(f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn with_adjusts_the_input_before_sending() {
        let action = Action::new(vec![1u8], |v: Vec<u8>| {
            op_future(async move { Ok(v.len()) })
        })
        .with(|mut v| {
            v.push(2);
            v
        });
        assert_eq!(action.input(), &vec![1, 2]);
        let sent = action.await.unwrap();
        assert_eq!(sent, 2);
    }

    #[tokio::test(start_paused = true)]
    async fn timeout_cuts_the_action_at_the_limit() {
        let pending = Action::new((), |()| op_future(std::future::pending::<Result<()>>()));
        let started = tokio::time::Instant::now();
        let err = pending.timeout(Duration::from_secs(3)).await.unwrap_err();
        assert!(err.is_timeout(), "{err}");
        assert_eq!(started.elapsed(), Duration::from_secs(3));
        let quick = Action::new(4u8, |n| op_future(async move { Ok(n * 2) }));
        assert_eq!(quick.timeout(Duration::from_secs(3)).await.unwrap(), 8);
    }
}
