//! Typed session settings read from the environment and the profile files.

use crate::error::{Error, Result};
use std::fmt;
use std::str::FromStr;

/// How failed calls are retried (`AWS_RETRY_MODE` / the profile's `retry_mode`), as
/// botocore names the modes. Parsing ignores case and surrounding blanks; `Display` gives
/// botocore's spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum RetryMode {
    /// botocore's `legacy`: standard's rules with 5 attempts.
    Legacy,
    /// `standard`: 3 attempts, exponential backoff with jitter, a retry quota.
    #[default]
    Standard,
    /// `adaptive`: standard plus the client-side rate limiter.
    Adaptive,
}

impl RetryMode {
    /// botocore's spelling: `legacy`, `standard` or `adaptive`.
    pub fn as_str(self) -> &'static str {
        match self {
            RetryMode::Legacy => "legacy",
            RetryMode::Standard => "standard",
            RetryMode::Adaptive => "adaptive",
        }
    }
}

impl fmt::Display for RetryMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for RetryMode {
    type Err = Error;
    /// An [`Error::config`] for anything but the three modes.
    fn from_str(s: &str) -> Result<Self> {
        let s = s.trim();
        [RetryMode::Legacy, RetryMode::Standard, RetryMode::Adaptive]
            .into_iter()
            .find(|m| s.eq_ignore_ascii_case(m.as_str()))
            .ok_or_else(|| {
                Error::config(format!(
                    "retry_mode must be one of standard, legacy, adaptive (got {:?})",
                    clip(s)
                ))
            })
    }
}

/// How S3 requests address a bucket (the profile's `s3 = addressing_style`), as botocore
/// names the styles. Parsing ignores case and surrounding blanks; `Display` gives botocore's
/// spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum AddressingStyle {
    /// `auto`: in the host name when the bucket name allows it, else in the path; IP and
    /// `localhost` endpoints use the path.
    #[default]
    Auto,
    /// `virtual`: in the host name (`https://bucket.host/key`) when the bucket name allows it.
    Virtual,
    /// `path`: always in the path (`https://host/bucket/key`).
    Path,
}

impl AddressingStyle {
    /// botocore's spelling: `auto`, `virtual` or `path`.
    pub fn as_str(self) -> &'static str {
        match self {
            AddressingStyle::Auto => "auto",
            AddressingStyle::Virtual => "virtual",
            AddressingStyle::Path => "path",
        }
    }
}

impl fmt::Display for AddressingStyle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for AddressingStyle {
    type Err = Error;
    /// An [`Error::config`] for anything but the three styles.
    fn from_str(s: &str) -> Result<Self> {
        let s = s.trim();
        [
            AddressingStyle::Auto,
            AddressingStyle::Virtual,
            AddressingStyle::Path,
        ]
        .into_iter()
        .find(|m| s.eq_ignore_ascii_case(m.as_str()))
        .ok_or_else(|| {
            Error::config(format!(
                "s3 addressing_style must be one of auto, virtual, path (got {:?})",
                clip(s)
            ))
        })
    }
}

/// Whether endpoints may name the account of the credentials
/// (`https://123456789012.ddb.us-east-1.amazonaws.com`), as the profile's
/// `account_id_endpoint_mode` / `AWS_ACCOUNT_ID_ENDPOINT_MODE` say.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum AccountIdEndpointMode {
    /// `preferred`: an account endpoint when the credentials carry an account id.
    #[default]
    Preferred,
    /// `required`: credentials without an account id are the rule set's error.
    Required,
    /// `disabled`: never an account endpoint.
    Disabled,
}

impl AccountIdEndpointMode {
    /// botocore's spelling: `preferred`, `required` or `disabled`.
    pub fn as_str(self) -> &'static str {
        match self {
            AccountIdEndpointMode::Preferred => "preferred",
            AccountIdEndpointMode::Required => "required",
            AccountIdEndpointMode::Disabled => "disabled",
        }
    }
}

impl fmt::Display for AccountIdEndpointMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A bad value is shown in errors, but never more than a few characters of it.
fn clip(s: &str) -> &str {
    match s.char_indices().nth(32) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn retry_modes_parse_in_any_case_and_display_as_botocore() {
        for (text, mode) in [
            ("legacy", RetryMode::Legacy),
            ("standard", RetryMode::Standard),
            ("adaptive", RetryMode::Adaptive),
            (" ADAPTIVE \n", RetryMode::Adaptive),
            ("Legacy", RetryMode::Legacy),
        ] {
            assert_eq!(text.parse::<RetryMode>().unwrap(), mode, "{text:?}");
        }
        for mode in [RetryMode::Legacy, RetryMode::Standard, RetryMode::Adaptive] {
            assert_eq!(mode.to_string().parse::<RetryMode>().unwrap(), mode);
        }
        assert_eq!(RetryMode::Adaptive.to_string(), "adaptive");
        assert_eq!(RetryMode::default(), RetryMode::Standard);
    }

    #[test]
    fn bad_retry_modes_are_config_errors() {
        for bad in ["", "fast", "standard2", "stand ard", &"x".repeat(10_000)] {
            let err = bad.parse::<RetryMode>().unwrap_err();
            assert_eq!(err.kind(), ErrorKind::Config, "{bad:?}");
            assert!(err.to_string().contains("retry_mode"), "{err}");
            assert!(err.to_string().len() < 200, "{err}");
        }
    }

    #[test]
    fn addressing_styles_parse_in_any_case_and_display_as_botocore() {
        for (text, style) in [
            ("auto", AddressingStyle::Auto),
            ("virtual", AddressingStyle::Virtual),
            ("path", AddressingStyle::Path),
            (" PATH ", AddressingStyle::Path),
            ("Virtual", AddressingStyle::Virtual),
        ] {
            assert_eq!(text.parse::<AddressingStyle>().unwrap(), style, "{text:?}");
        }
        assert_eq!(AddressingStyle::Path.to_string(), "path");
        assert_eq!(AddressingStyle::default(), AddressingStyle::Auto);
    }

    #[test]
    fn bad_addressing_styles_are_config_errors() {
        for bad in ["", "paths", "host", "vïrtual"] {
            let err = bad.parse::<AddressingStyle>().unwrap_err();
            assert_eq!(err.kind(), ErrorKind::Config, "{bad:?}");
            assert!(err.to_string().contains("addressing_style"), "{err}");
        }
    }
}
