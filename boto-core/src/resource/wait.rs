//! A resource's waiter: the client's waiter with the resource's identifiers filled in.

use super::action::OpFuture;
use crate::error::Result;
use std::future::IntoFuture;
use std::time::Duration;

type Start = Box<dyn FnOnce(Option<Duration>, Option<u32>) -> OpFuture<()> + Send>;

/// What `wait_until_<name>()` returns: override the client waiter's settings with
/// [`Wait::delay`] and [`Wait::max_attempts`], then `.await` it.
#[must_use = "a waiter sends nothing until awaited"]
pub struct Wait {
    delay: Option<Duration>,
    max_attempts: Option<u32>,
    start: Start,
}

impl std::fmt::Debug for Wait {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Wait")
            .field("delay", &self.delay)
            .field("max_attempts", &self.max_attempts)
            .finish()
    }
}

impl Wait {
    /// A waiter that `start`s with the overrides given.
    pub fn new<F>(start: F) -> Self
    where
        F: FnOnce(Option<Duration>, Option<u32>) -> OpFuture<()> + Send + 'static,
    {
        Wait {
            delay: None,
            max_attempts: None,
            start: Box::new(start),
        }
    }

    /// The delay between attempts.
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = Some(delay);
        self
    }

    /// The number of attempts before giving up.
    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = Some(n);
        self
    }
}

impl IntoFuture for Wait {
    type Output = Result<()>;
    type IntoFuture = OpFuture<()>;
    fn into_future(self) -> OpFuture<()> {
        (self.start)(self.delay, self.max_attempts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn overrides_reach_the_client_waiter() {
        let w = Wait::new(|delay, attempts| {
            Box::pin(async move {
                assert_eq!(delay, Some(Duration::from_millis(5)));
                assert_eq!(attempts, Some(3));
                Ok(())
            })
        });
        w.delay(Duration::from_millis(5))
            .max_attempts(3)
            .await
            .unwrap();
    }
}
