//! Credentials and the providers that find them.
//!
//! Every source of credentials is a type implementing [`ProvideCredentials`], usable on its
//! own, in a [`ChainProvider`] of your order, or given to
//! [`SessionBuilder::credentials_provider`](crate::SessionBuilder::credentials_provider):
//!
//! | provider | reads |
//! |---|---|
//! | [`EnvProvider`] | `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`, `AWS_ACCOUNT_ID` |
//! | [`ProfileProvider`] | the profile files: SSO, static keys, `credential_process`, role profiles |
//! | [`SsoProvider`] | an SSO profile and the token `aws sso login` cached |
//! | [`ProcessProvider`] | a `credential_process` command's JSON |
//! | [`AssumeRoleProvider`] | STS `AssumeRole`, signed with another provider's credentials |
//! | [`WebIdentityProvider`] | STS `AssumeRoleWithWebIdentity` with a token file |
//! | [`ContainerProvider`] | the ECS / EKS container credentials endpoint |
//! | [`ImdsProvider`] | EC2 instance metadata (IMDSv2, v1 fallback) |
//! | [`ChainProvider`] | the first of several that is configured |
//! | [`CachingProvider`] | another provider's answer, until five minutes before it expires |
//!
//! Providers that need configuration take it from a [`Session`](crate::Session): its
//! environment, profile files, region, endpoint URLs (STS, SSO) and HTTP transport.
//! `from_env()` constructors use [`Session::new`](crate::Session::new), the process
//! environment and the profile files.
//!
//! The default chain ([`ChainProvider::for_session`], what a session uses when given no
//! provider), in order: environment; the profile ([`ProfileProvider`]: SSO (`sso_session`
//! or legacy `sso_start_url` profiles with `sso_account_id` and `sso_role_name`, using the
//! token `aws sso login` cached under `~/.aws/sso/cache/`, refreshed through SSO-OIDC when
//! close to expiry); the shared credentials file; the config file; `credential_process`;
//! assume-role (`role_arn` + `source_profile` / `credential_source`, via STS); web identity);
//! web identity from the environment; the container endpoint; IMDSv2. A profile with
//! `role_arn` assumes the role before anything else it holds, as in botocore; its source
//! profile may be an SSO profile. A source that is configured but fails stops the chain
//! with its error; one that is not configured is skipped. See
//! [`crate::Session::credentials`].
//!
//! A source of your own is one more type implementing [`ProvideCredentials`]; answering
//! `Ok(None)` from [`ProvideCredentials::provide_if_configured`] when its settings are
//! absent lets a chain move past it.
//!
//! A chain of your own, here a provider of the application's first, then the environment:
//!
//! ```
//! use boto_core::credentials::{ChainProvider, EnvProvider, ProvideCredentials};
//! use boto_core::{Credentials, Session};
//! use futures::future::BoxFuture;
//! use std::sync::Arc;
//!
//! /// Keys from the application's own vault, when it holds some.
//! #[derive(Debug)]
//! struct Vault(Option<Credentials>);
//!
//! impl ProvideCredentials for Vault {
//!     fn provide(&self) -> BoxFuture<'_, boto_core::Result<Credentials>> {
//!         let found = self.0.clone();
//!         Box::pin(async move {
//!             found.ok_or_else(|| boto_core::Error::credentials("the vault is empty"))
//!         })
//!     }
//!     // Not configured: the chain moves on instead of stopping with an error.
//!     fn provide_if_configured(&self) -> BoxFuture<'_, boto_core::Result<Option<Credentials>>> {
//!         let found = self.0.clone();
//!         Box::pin(async move { Ok(found) })
//!     }
//! }
//!
//! # fn main() -> boto_core::Result<()> {
//! let env = EnvProvider::from_vars([
//!     ("AWS_ACCESS_KEY_ID", "ENVKEY"),
//!     ("AWS_SECRET_ACCESS_KEY", "ENVSECRET"),
//! ]);
//! let chain = ChainProvider::builder()
//!     .push("vault", Vault(None))
//!     .push("environment", env)
//!     .build();
//! let session = Session::builder()
//!     .region("eu-west-1")
//!     .credentials_provider(Arc::new(chain))
//!     .build()?;
//! let runtime = tokio::runtime::Builder::new_current_thread().build().unwrap();
//! let creds = runtime.block_on(session.credentials())?;
//! assert_eq!(creds.access_key_id(), "ENVKEY");
//! # Ok(())
//! # }
//! ```

// One provider per file, its tests in `<file>/tests.rs`; what those tests share (temporary
// profile files, a fixed environment, a stub HTTP server) in `testing.rs`. A built-in
// source joins the default order in `ChainProvider::for_session` where botocore has it.
mod assume_role;
mod cache;
mod chain;
mod container;
mod env;
mod http;
mod imds;
mod process;
mod profile;
mod profile_lookup;
mod sso;
mod sts;
#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;
mod web_identity;

pub use assume_role::AssumeRoleProvider;
pub use cache::CachingProvider;
pub(crate) use cache::CredentialsCache;
pub use chain::{ChainProvider, ChainProviderBuilder};
pub use container::ContainerProvider;
pub use env::EnvProvider;
pub use imds::ImdsProvider;
pub use process::ProcessProvider;
pub use profile::ProfileProvider;
pub use sso::SsoProvider;
pub use web_identity::WebIdentityProvider;

use crate::error::{Error, Result};
use futures::future::BoxFuture;
use std::fmt;
use std::sync::Arc;

/// A source of credentials. The session caches what it returns until five minutes before
/// [`Credentials::expiry`].
pub trait ProvideCredentials: Send + Sync + fmt::Debug + 'static {
    /// Fetches credentials.
    fn provide(&self) -> BoxFuture<'_, Result<Credentials>>;

    /// Like [`provide`](ProvideCredentials::provide), but `Ok(None)` when this source is
    /// not configured here (no variables, no profile setting), so that a
    /// [`ChainProvider`] moves on to its next provider; an `Err` stops the chain. The
    /// default is `provide`'s answer: a provider that does not override it always counts
    /// as configured.
    fn provide_if_configured(&self) -> BoxFuture<'_, Result<Option<Credentials>>> {
        Box::pin(async move { self.provide().await.map(Some) })
    }
}

impl ProvideCredentials for Credentials {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials>> {
        let c = self.clone();
        Box::pin(async move { Ok(c) })
    }
}

impl<P: ProvideCredentials + ?Sized> ProvideCredentials for Arc<P> {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials>> {
        (**self).provide()
    }
    fn provide_if_configured(&self) -> BoxFuture<'_, Result<Option<Credentials>>> {
        (**self).provide_if_configured()
    }
}

/// `provide`'s answer from `provide_if_configured`'s: not configured is an error naming
/// what was looked for.
pub(crate) fn configured(found: Option<Credentials>, what: &str) -> Result<Credentials> {
    found.ok_or_else(|| Error::credentials(format!("no credentials: {what}")))
}

/// An access key, secret and optional session token, with an optional expiry and the
/// optional id of the AWS account they belong to. `Debug` never shows the secret or the
/// token (the account id is not a secret and is shown).
#[derive(Clone, PartialEq, Eq)]
pub struct Credentials {
    access_key_id: String,
    secret_access_key: String,
    session_token: Option<String>,
    expiry: Option<std::time::SystemTime>,
    account_id: Option<String>,
}

impl Credentials {
    /// Static credentials.
    pub fn new(
        access_key_id: impl Into<String>,
        secret_access_key: impl Into<String>,
        session_token: Option<String>,
    ) -> Credentials {
        Credentials {
            access_key_id: access_key_id.into(),
            secret_access_key: secret_access_key.into(),
            session_token,
            expiry: None,
            account_id: None,
        }
    }
    /// With the id of the account they belong to (`123456789012`), which account-based
    /// endpoints (DynamoDB's `https://{account}.ddb.{region}.amazonaws.com`) are built
    /// from. It is given to the rule set as it is: one that is not an account id (an empty
    /// one) is the rule set's error, as in botocore.
    pub fn with_account_id(mut self, account_id: impl Into<String>) -> Credentials {
        self.account_id = Some(account_id.into());
        self
    }
    /// The id of the account they belong to, when their source said it: `AWS_ACCOUNT_ID`,
    /// a profile's `aws_account_id` or `sso_account_id`, `AccountId` of a
    /// `credential_process`, container or instance-metadata answer, the assumed role's ARN.
    pub fn account_id(&self) -> Option<&str> {
        self.account_id.as_deref()
    }
    /// With an expiry time.
    pub fn with_expiry(mut self, expiry: std::time::SystemTime) -> Credentials {
        self.expiry = Some(expiry);
        self
    }
    /// The access key id.
    pub fn access_key_id(&self) -> &str {
        &self.access_key_id
    }
    /// The secret access key.
    pub fn secret_access_key(&self) -> &str {
        &self.secret_access_key
    }
    /// The session token.
    pub fn session_token(&self) -> Option<&str> {
        self.session_token.as_deref()
    }
    /// When they expire.
    pub fn expiry(&self) -> Option<std::time::SystemTime> {
        self.expiry
    }
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"** redacted **")
            .field(
                "session_token",
                &self.session_token.as_ref().map(|_| "** redacted **"),
            )
            .field("expiry", &self.expiry)
            .field("account_id", &self.account_id)
            .finish()
    }
}

/// Credentials from the JSON documents of `credential_process` (`Version: 1`,
/// `SessionToken`), the container endpoint and IMDS (`Token`), with `AccountId` when given. The body is never quoted in
/// errors: it holds secrets.
pub(crate) fn from_json(body: &[u8], source: &str) -> Result<Credentials> {
    let doc: serde_json::Value = serde_json::from_slice(body)
        .map_err(|_| Error::credentials(format!("{source}: response is not a JSON object")))?;
    let field = |name: &str| {
        doc.get(name)
            .and_then(|v| v.as_str())
            .filter(|s| !s.is_empty())
    };
    let (Some(key), Some(secret)) = (field("AccessKeyId"), field("SecretAccessKey")) else {
        return Err(Error::credentials(format!(
            "{source}: response lacks AccessKeyId or SecretAccessKey"
        )));
    };
    let token = field("SessionToken").or_else(|| field("Token"));
    let mut creds = Credentials::new(key, secret, token.map(str::to_string));
    if let Some(account) = field("AccountId") {
        creds = creds.with_account_id(account);
    }
    if let Some(exp) = field("Expiration") {
        let at = crate::DateTime::parse_any(exp)
            .map_err(|_| Error::credentials(format!("{source}: bad Expiration timestamp")))?;
        creds = creds.with_expiry(at.into());
    }
    Ok(creds)
}
