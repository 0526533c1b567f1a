//! Retries: botocore's standard mode.

/// Retry settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetryConfig {
    max_attempts: u32,
}

impl RetryConfig {
    /// Standard mode: 3 attempts.
    pub fn standard() -> RetryConfig {
        RetryConfig { max_attempts: 3 }
    }
    /// Total attempts including the first.
    pub fn max_attempts(mut self, n: u32) -> RetryConfig {
        self.max_attempts = n.max(1);
        self
    }
    /// The configured attempts.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }
}

impl Default for RetryConfig {
    fn default() -> Self {
        RetryConfig::standard()
    }
}
