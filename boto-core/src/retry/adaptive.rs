//! botocore's adaptive mode: a client-side rate limiter on top of standard retries.
//!
//! Off until the first throttling answer; from then on every attempt takes a token from a
//! bucket whose fill rate follows CUBIC: cut to 70 % of the measured send rate at each
//! throttle, growing back along a cubic curve on success (capped at twice the measured rate).

use std::sync::Mutex;
use std::time::Duration;
// tokio's clock, not the system's: a paused test clock drives the limiter exactly.
use tokio::time::Instant;

const MIN_FILL_RATE: f64 = 0.5;
const MAX_RATE_ADJUST_SCALE: f64 = 2.0;
const CUBIC_SCALE: f64 = 0.4;
const CUBIC_BETA: f64 = 0.7;
const SMOOTHING: f64 = 0.8;
/// Send rates are measured over half-second buckets.
const BUCKETS_PER_SECOND: f64 = 2.0;

/// The rate limiter one client shares across its requests.
#[derive(Debug)]
pub(crate) struct RateLimiter {
    start: Instant,
    state: Mutex<State>,
}

impl RateLimiter {
    pub(crate) fn new() -> RateLimiter {
        RateLimiter {
            start: Instant::now(),
            state: Mutex::new(State::new(0.0)),
        }
    }

    fn now(&self) -> f64 {
        self.start.elapsed().as_secs_f64()
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Waits until the bucket grants a send (at once while the limiter is off).
    pub(crate) async fn acquire(&self) {
        loop {
            let wait = self.state().try_acquire(self.now());
            match wait {
                None => return,
                Some(wait) => tokio::time::sleep(wait).await,
            }
        }
    }

    /// True once a throttle has turned pacing on.
    #[cfg(test)]
    pub(crate) fn enabled(&self) -> bool {
        self.state().enabled
    }

    /// Records an attempt's outcome.
    pub(crate) fn on_response(&self, throttled: bool) {
        let now = self.now();
        self.state().on_response(throttled, now);
    }
}

/// The limiter's state, driven by explicit timestamps (seconds) so it can be tested.
#[derive(Debug)]
struct State {
    enabled: bool,
    // token bucket
    fill_rate: f64,
    capacity: f64,
    max_capacity: f64,
    last_refill: Option<f64>,
    // send-rate measurement
    measured_rate: f64,
    count: f64,
    last_bucket: f64,
    // CUBIC
    w_max: f64,
    k: f64,
    last_fail: f64,
}

impl State {
    fn new(now: f64) -> State {
        let mut s = State {
            enabled: false,
            fill_rate: 0.0,
            capacity: 0.0,
            max_capacity: 0.0,
            last_refill: None,
            measured_rate: 0.0,
            count: 0.0,
            last_bucket: (now * BUCKETS_PER_SECOND).floor() / BUCKETS_PER_SECOND,
            w_max: 0.0,
            k: 0.0,
            last_fail: now,
        };
        s.set_max_rate(1.0, now);
        s
    }

    fn refill(&mut self, now: f64) {
        if let Some(last) = self.last_refill {
            let added = (now - last).max(0.0) * self.fill_rate;
            self.capacity = (self.capacity + added).min(self.max_capacity);
        }
        self.last_refill = Some(now);
    }

    fn set_max_rate(&mut self, rate: f64, now: f64) {
        let rate = rate.max(MIN_FILL_RATE);
        self.refill(now);
        self.fill_rate = rate;
        self.max_capacity = rate.max(1.0);
        self.capacity = self.capacity.min(self.max_capacity);
    }

    /// `None`: go ahead (a token was taken). `Some(d)`: try again after `d`.
    fn try_acquire(&mut self, now: f64) -> Option<Duration> {
        if !self.enabled {
            return None;
        }
        self.refill(now);
        if self.capacity >= 1.0 {
            self.capacity -= 1.0;
            return None;
        }
        Some(Duration::from_secs_f64(
            (1.0 - self.capacity) / self.fill_rate,
        ))
    }

    fn record_send(&mut self, now: f64) -> f64 {
        let bucket = (now * BUCKETS_PER_SECOND).floor() / BUCKETS_PER_SECOND;
        self.count += 1.0;
        if bucket > self.last_bucket {
            let current = self.count / (bucket - self.last_bucket);
            self.measured_rate = current * SMOOTHING + self.measured_rate * (1.0 - SMOOTHING);
            self.count = 0.0;
            self.last_bucket = bucket;
        }
        self.measured_rate
    }

    fn zero_point(&self) -> f64 {
        (self.w_max * (1.0 - CUBIC_BETA) / CUBIC_SCALE).cbrt()
    }

    fn on_response(&mut self, throttled: bool, now: f64) {
        let measured = self.record_send(now);
        let new_rate = if throttled {
            let rate = if self.enabled {
                measured.min(self.fill_rate)
            } else {
                measured
            };
            self.w_max = rate;
            self.k = self.zero_point();
            self.last_fail = now;
            self.enabled = true;
            rate * CUBIC_BETA
        } else {
            CUBIC_SCALE * (now - self.last_fail - self.k).powi(3) + self.w_max
        };
        self.set_max_rate(new_rate.min(MAX_RATE_ADJUST_SCALE * measured), now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_until_throttled_then_paced_then_recovering() {
        let mut s = State::new(0.0);
        // 10 requests a second, all fine: never limited.
        for i in 0..30 {
            let t = f64::from(i) * 0.1;
            assert_eq!(s.try_acquire(t), None);
            s.on_response(false, t);
        }
        assert!(!s.enabled);
        assert!((s.measured_rate - 10.0).abs() < 2.0, "{}", s.measured_rate);

        // A throttle: the limiter turns on at 70 % of the measured rate.
        s.on_response(true, 3.0);
        assert!(s.enabled);
        let throttled_rate = s.fill_rate;
        assert!(throttled_rate < s.measured_rate && throttled_rate >= MIN_FILL_RATE);
        assert!((throttled_rate - 0.7 * s.w_max).abs() < 1e-9);

        // Sending faster than the fill rate makes callers wait about 1/rate.
        let mut waited = None;
        for _ in 0..20 {
            if let Some(w) = s.try_acquire(3.0) {
                waited = Some(w);
                break;
            }
        }
        let waited = waited.expect("the bucket runs dry");
        assert!(waited.as_secs_f64() <= 1.0 / throttled_rate + 1e-9);

        // Successes later let the rate grow back past the throttled rate.
        for i in 0..40 {
            s.on_response(false, 3.0 + f64::from(i) * 0.1);
        }
        assert!(
            s.fill_rate > throttled_rate,
            "{} <= {throttled_rate}",
            s.fill_rate
        );
    }

    #[test]
    fn fill_rate_never_drops_below_the_minimum() {
        let mut s = State::new(0.0);
        for i in 0..5 {
            s.on_response(true, f64::from(i) * 10.0);
        }
        assert!(s.fill_rate >= MIN_FILL_RATE);
        let wait = s.try_acquire(50.0).map_or(0.0, |d| d.as_secs_f64());
        assert!(wait <= 1.0 / MIN_FILL_RATE);
    }

    /// Under tokio's paused clock the limiter's waits are exact virtual durations.
    #[tokio::test(start_paused = true)]
    async fn a_throttle_makes_the_next_sends_wait_for_tokens() {
        let limiter = RateLimiter::new();
        limiter.acquire().await;
        // Throttled before any rate was measured: the fill rate drops to its minimum,
        // 0.5 token/s, with an empty bucket, so the next token is 2 s away.
        limiter.on_response(true);
        let started = Instant::now();
        limiter.acquire().await;
        assert_eq!(started.elapsed(), Duration::from_secs(2));
        // A success at t = 2 s: 2 sends in the 2 s since the last measurement, 1/s, smoothed
        // to 0.8/s; CUBIC's curve gives 0.4 * 2^3 = 3.2/s, capped at twice the measured
        // rate: 1.6 token/s, so the next token is 1 / 1.6 = 625 ms away.
        limiter.on_response(false);
        let started = Instant::now();
        limiter.acquire().await;
        assert_eq!(started.elapsed(), Duration::from_millis(625));
        assert!(limiter.enabled());
    }

    #[tokio::test(start_paused = true)]
    async fn acquire_is_free_while_off() {
        let limiter = RateLimiter::new();
        let started = Instant::now();
        for _ in 0..100 {
            limiter.acquire().await;
            limiter.on_response(false);
        }
        assert!(!limiter.enabled());
        assert_eq!(started.elapsed(), Duration::ZERO);
    }
}
