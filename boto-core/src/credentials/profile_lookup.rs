//! What the providers of one profile share ([`ProfileProvider`](super::ProfileProvider),
//! [`SsoProvider`](super::SsoProvider)): the session whose files they read, the profile
//! they read (the session's unless named), and their `new` / `from_env` / `profile`
//! constructors and [`ProvideCredentials`](super::ProvideCredentials) impl
//! (`profile_provider!`).

use crate::config::Profile;
use crate::error::Result;
use crate::Session;

/// A profile of a session's files: the session's own ([`Session::profile_name`]) unless
/// named.
#[derive(Debug, Clone)]
pub(crate) struct ProfileLookup {
    session: Session,
    profile: Option<String>,
}

impl ProfileLookup {
    pub(crate) fn new(session: &Session) -> ProfileLookup {
        ProfileLookup {
            session: session.clone(),
            profile: None,
        }
    }
    /// The same files, the profile `name`.
    pub(crate) fn named(self, name: String) -> ProfileLookup {
        ProfileLookup {
            profile: Some(name),
            ..self
        }
    }
    pub(crate) fn session(&self) -> &Session {
        &self.session
    }
    /// The profile's name.
    pub(crate) fn name(&self) -> &str {
        self.profile
            .as_deref()
            .unwrap_or_else(|| self.session.profile_name())
    }
    /// The profile, `None` when the files do not define it; files that do not parse are an
    /// error.
    pub(crate) fn profile(&self) -> Result<Option<&Profile>> {
        Ok(self.session.profiles()?.profile(self.name()))
    }
}

/// `new`, `from_env`, `profile` and `impl ProvideCredentials` for a provider struct with a
/// field `lookup: ProfileLookup` and a method `async fn load(&self) ->
/// Result<Option<Credentials>>` (`None`: not configured). `$none` completes "profile NAME
/// .." in the error of `provide` when it is not configured.
macro_rules! profile_provider {
    ($ty:ident, $none:literal) => {
        impl $ty {
            /// The profile of `session` ([`Session::profile_name`]), read from its files;
            /// the services it calls (STS, SSO) are called with the session's region,
            /// endpoint URLs and transport.
            pub fn new(session: &Session) -> $ty {
                $ty {
                    lookup: ProfileLookup::new(session),
                }
            }
            #[doc = concat!("[`", stringify!($ty), "::new`] of [`Session::new`]: the profile")]
            /// named by `AWS_PROFILE` (else `default`) in the files the environment names.
            pub fn from_env() -> $ty {
                $ty::new(&Session::new())
            }
            /// Another profile of the same files.
            pub fn profile(self, name: impl Into<String>) -> $ty {
                $ty {
                    lookup: self.lookup.named(name.into()),
                }
            }
        }

        impl ProvideCredentials for $ty {
            fn provide(&self) -> BoxFuture<'_, Result<Credentials>> {
                Box::pin(async move {
                    let what = format!(concat!("profile {} ", $none), self.lookup.name());
                    configured(self.load().await?, &what)
                })
            }
            fn provide_if_configured(&self) -> BoxFuture<'_, Result<Option<Credentials>>> {
                Box::pin(self.load())
            }
        }
    };
}
pub(crate) use profile_provider;
