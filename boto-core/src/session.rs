//! [`Session`]: configuration shared by every client and resource.
//!
//! Built once from the builder, the environment and the profile files (read once, when the
//! session is built). Credentials resolve lazily through the provider chain on first use
//! and are cached until five minutes before they expire.

use crate::config::endpoint::{configured_endpoint_url, parse_endpoint_url, EndpointOverrides};
use crate::config::{Env, Profile, ProfileSet};
use crate::credentials::Credentials;
use crate::credentials::{ChainProvider, CredentialsCache, ProvideCredentials};
use crate::error::{Error, Result};
use crate::http::{HttpClient, HttpSettings, ProxyConfig};
use crate::model::ServiceMeta;
use crate::retry::RetryConfig;
use std::fmt;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

mod settings;

pub use settings::{AccountIdEndpointMode, AddressingStyle, RetryMode};

/// Like boto3's session: profile, region, endpoint, credentials, retries, one connection
/// pool. Cheap to clone (an `Arc`); `Debug` never shows a secret.
///
/// ```no_run
/// use boto_core::{Credentials, RetryConfig, Session};
/// use std::time::Duration;
/// # fn main() -> boto_core::Result<()> {
/// let session = Session::builder()
///     .profile("dev")
///     .region("eu-west-1")
///     .endpoint_url("http://127.0.0.1:5000")
///     .credentials(Credentials::new("AKID", "SECRET", None))
///     .retry(RetryConfig::standard().max_attempts(5))
///     .connect_timeout(Duration::from_secs(3))
///     .read_timeout(Duration::from_secs(30))
///     .operation_timeout(Duration::from_secs(60))
///     .build()?;
/// assert_eq!(session.region(), Some("eu-west-1"));
/// # Ok(())
/// # }
/// ```
///
/// What the builder leaves unset comes from the environment and the profile files:
/// credentials through the [provider chain](crate::credentials) (environment, SSO
/// profiles with the token cached by `aws sso login`, profile keys, `credential_process`,
/// assume-role, web identity, container, IMDS); the trust store from `AWS_CA_BUNDLE` or
/// the profile's `ca_bundle` ([`SessionBuilder::ca_bundle`]); proxies from `HTTPS_PROXY`,
/// `HTTP_PROXY` and `NO_PROXY` (or their lower-case forms; [`SessionBuilder::proxy`]).
#[derive(Clone)]
pub struct Session {
    inner: Arc<Inner>,
}

struct Inner {
    env: Env,
    /// The parsed profile files (empty when they could not be parsed).
    profiles: ProfileSet,
    /// The first configuration error met while building: [`Session::new`] stays infallible
    /// and reports it, kind, message and source, from every call that needs the
    /// configuration.
    config_error: Option<Arc<Error>>,
    profile_name: String,
    region: Option<String>,
    endpoint_url: Option<String>,
    ignore_configured_endpoint_urls: Option<bool>,
    provider: Option<Arc<dyn ProvideCredentials>>,
    cache: CredentialsCache,
    retry: RetryConfig,
    retry_mode: RetryMode,
    http_settings: HttpSettings,
    http: OnceLock<Arc<dyn HttpClient>>,
    force_path_style: bool,
    max_response_body: u64,
    operation_timeout: Option<Duration>,
    endpoint_settings: EndpointSettings,
}

/// What endpoint rule sets read from the configuration (their built-ins), resolved once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct EndpointSettings {
    /// `use_fips_endpoint` / `AWS_USE_FIPS_ENDPOINT`.
    pub use_fips: bool,
    /// `use_dualstack_endpoint` / `AWS_USE_DUALSTACK_ENDPOINT`.
    pub use_dualstack: bool,
    /// S3 only: the profile's `s3 = use_dualstack_endpoint = true`.
    pub s3_use_dualstack: bool,
    /// S3 only: `s3 = use_accelerate_endpoint = true`.
    pub s3_accelerate: bool,
    /// S3 only: `s3_use_arn_region` / `AWS_S3_USE_ARN_REGION` / `s3 = use_arn_region`
    /// (default true, as botocore).
    pub s3_use_arn_region: bool,
    /// S3 only: `s3_disable_multiregion_access_points` /
    /// `AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS` / `s3 = s3_disable_multiregion_access_points`
    /// (default false).
    pub s3_disable_mrap: bool,
    /// S3 in `us-east-1` uses `s3.amazonaws.com` (`us_east_1_regional_endpoint = legacy`,
    /// botocore's default) rather than `s3.us-east-1.amazonaws.com` (`regional`).
    pub s3_us_east_1_global: bool,
    /// STS in the legacy global regions uses `sts.amazonaws.com`
    /// (`sts_regional_endpoints = legacy`; botocore's default is `regional`).
    pub sts_legacy_global: bool,
    /// `account_id_endpoint_mode` / `AWS_ACCOUNT_ID_ENDPOINT_MODE`: `preferred` (default),
    /// `required` or `disabled`.
    pub account_id_endpoint_mode: String,
}

/// The default of [`SessionBuilder::max_response_body`]: 256 MiB.
pub const DEFAULT_MAX_RESPONSE_BODY: u64 = 256 * 1024 * 1024;

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &self.inner;
        f.debug_struct("Session")
            .field("profile", &i.profile_name)
            .field("region", &i.region)
            .field("endpoint_url", &i.endpoint_url)
            .field("profiles", &i.profiles)
            .field("config_error", &i.config_error)
            .field("credentials_provider", &i.provider)
            .field("retry", &i.retry)
            .field("retry_mode", &i.retry_mode)
            .field("http_settings", &i.http_settings)
            .field("max_response_body", &i.max_response_body)
            .field("operation_timeout", &i.operation_timeout)
            .field("endpoint_settings", &i.endpoint_settings)
            .finish_non_exhaustive()
    }
}

impl Default for Session {
    fn default() -> Self {
        Session::new()
    }
}

impl Session {
    /// The default session, configured from the environment and the profile files. Never
    /// fails: a broken profile file is reported by the first call that needs it
    /// (credentials, endpoints); use [`Session::builder`] to see it at once.
    pub fn new() -> Session {
        Session::builder().assemble().0
    }
    /// A builder.
    pub fn builder() -> SessionBuilder {
        SessionBuilder::default()
    }
    /// The region: the builder's, else `AWS_REGION` / `AWS_DEFAULT_REGION`, else the
    /// profile's `region`.
    pub fn region(&self) -> Option<&str> {
        self.inner.region.as_deref()
    }
    /// The profile name: the builder's, else `AWS_PROFILE` / `AWS_DEFAULT_PROFILE`, else
    /// `default`.
    pub fn profile_name(&self) -> &str {
        &self.inner.profile_name
    }
    /// Every profile of the config and credentials files, sorted.
    pub fn available_profiles(&self) -> Vec<String> {
        self.inner.profiles.profile_names()
    }
    /// Credentials for the next request: resolved lazily through the provider chain (or
    /// the configured provider), shared by concurrent callers, cached until five minutes
    /// before expiry.
    pub async fn credentials(&self) -> Result<Credentials> {
        let provider = self.inner.provider.clone();
        self.inner
            .cache
            .get_or_load(|| async move {
                match provider {
                    Some(p) => p.provide().await,
                    None => ChainProvider::for_session(self).provide().await,
                }
            })
            .await
    }
    /// The configured endpoint URL for a service (builder, `AWS_ENDPOINT_URL_<SERVICE>`,
    /// `AWS_ENDPOINT_URL`, the profile's `services` section, the profile's `endpoint_url`),
    /// or `None` for the service's default AWS endpoint. A URL that is not a valid endpoint
    /// (see [`Endpoint::parse`](crate::protocol::Endpoint::parse)) is an [`Error::config`].
    pub fn endpoint_url_for(&self, meta: &ServiceMeta) -> Result<Option<String>> {
        self.endpoint_url_for_id(&meta.service_id)
    }
    /// [`Session::endpoint_url_for`] by service id (`S3`, `STS`, `DynamoDB`).
    pub(crate) fn endpoint_url_for_id(&self, service_id: &str) -> Result<Option<String>> {
        let profiles = self.profiles()?;
        let overrides = EndpointOverrides {
            endpoint_url: self.inner.endpoint_url.as_deref(),
            ignore_configured: self.inner.ignore_configured_endpoint_urls,
        };
        let url = configured_endpoint_url(
            &overrides,
            &self.inner.env,
            profiles,
            profiles.profile(&self.inner.profile_name),
            service_id,
        );
        if let Some(u) = &url {
            parse_endpoint_url(u)?;
        }
        Ok(url)
    }
    /// The shared HTTP client (one connection pool for every client of this session).
    pub fn http_client(&self) -> Arc<dyn HttpClient> {
        self.inner
            .http
            .get_or_init(|| crate::http::default_client(&self.inner.http_settings))
            .clone()
    }
    /// Retry settings: the builder's [`SessionBuilder::retry`] as given; else those of the
    /// retry mode (`AWS_RETRY_MODE`, else the profile's `retry_mode`: `standard` (3
    /// attempts), `adaptive` (standard plus the client-side rate limiter) or `legacy`
    /// (standard's rules, 5 attempts)) with `AWS_MAX_ATTEMPTS`, else the profile's
    /// `max_attempts`, as the attempts when set.
    pub fn retry_config(&self) -> &RetryConfig {
        &self.inner.retry
    }
    /// The retry mode (`standard`, `legacy`, `adaptive`): `AWS_RETRY_MODE`, else the
    /// profile's `retry_mode`, else `standard`; with [`SessionBuilder::retry`], the mode of
    /// the config given (`adaptive` or `standard`). `Display` gives botocore's spelling.
    pub fn retry_mode(&self) -> RetryMode {
        self.inner.retry_mode
    }
    /// S3 requests put the bucket in the path (`https://host/bucket/key`) rather than in
    /// the host name; see [`SessionBuilder::force_path_style`].
    pub fn force_path_style(&self) -> bool {
        self.inner.force_path_style
    }
    /// The most bytes a response body that is not streamed to the caller may have; see
    /// [`SessionBuilder::max_response_body`].
    pub fn max_response_body(&self) -> u64 {
        self.inner.max_response_body
    }
    /// The deadline of every call of this session's clients, if any; see
    /// [`SessionBuilder::operation_timeout`].
    pub fn operation_timeout(&self) -> Option<Duration> {
        self.inner.operation_timeout
    }
    /// Endpoints are FIPS ones: [`SessionBuilder::use_fips`], else `AWS_USE_FIPS_ENDPOINT`,
    /// else the profile's `use_fips_endpoint`; default false.
    pub fn use_fips(&self) -> bool {
        self.inner.endpoint_settings.use_fips
    }
    /// Endpoints are dual-stack (IPv4 and IPv6) ones: [`SessionBuilder::use_dualstack`],
    /// else `AWS_USE_DUALSTACK_ENDPOINT`, else the profile's `use_dualstack_endpoint`;
    /// default false.
    pub fn use_dualstack(&self) -> bool {
        self.inner.endpoint_settings.use_dualstack
    }
    pub(crate) fn endpoint_settings(&self) -> &EndpointSettings {
        &self.inner.endpoint_settings
    }

    pub(crate) fn env(&self) -> &Env {
        &self.inner.env
    }
    pub(crate) fn profiles(&self) -> Result<&ProfileSet> {
        match &self.inner.config_error {
            Some(e) => Err(Error::copy_of(e)),
            None => Ok(&self.inner.profiles),
        }
    }
    /// The active profile, if the files define it.
    pub(crate) fn profile(&self) -> Result<Option<&Profile>> {
        Ok(self.profiles()?.profile(&self.inner.profile_name))
    }
}

/// Builds a [`Session`].
#[derive(Default)]
pub struct SessionBuilder {
    env: Option<Env>,
    profile: Option<String>,
    region: Option<String>,
    endpoint_url: Option<String>,
    ignore_configured_endpoint_urls: Option<bool>,
    provider: Option<Arc<dyn ProvideCredentials>>,
    retry: Option<RetryConfig>,
    ca_bundle: Option<std::path::PathBuf>,
    proxy: Option<ProxyConfig>,
    connect_timeout: Option<Duration>,
    read_timeout: Option<Duration>,
    http: Option<Arc<dyn HttpClient>>,
    addressing_style: Option<AddressingStyle>,
    max_response_body: Option<u64>,
    operation_timeout: Option<Duration>,
    use_fips: Option<bool>,
    use_dualstack: Option<bool>,
    account_id_endpoint_mode: Option<AccountIdEndpointMode>,
}

impl fmt::Debug for SessionBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SessionBuilder")
            .field("profile", &self.profile)
            .field("region", &self.region)
            .field("endpoint_url", &self.endpoint_url)
            .field("credentials_provider", &self.provider)
            .finish_non_exhaustive()
    }
}

impl SessionBuilder {
    /// The profile to use (else `AWS_PROFILE` / `AWS_DEFAULT_PROFILE`, else `default`).
    pub fn profile(mut self, p: impl Into<String>) -> Self {
        self.profile = Some(p.into());
        self
    }
    /// The region (else `AWS_REGION` / `AWS_DEFAULT_REGION`, else the profile's).
    pub fn region(mut self, r: impl Into<String>) -> Self {
        self.region = Some(r.into());
        self
    }
    /// An endpoint URL for every service; wins over every configured one. [`build`](Self::build)
    /// checks it: `http` or `https`, a host, a port in 1..=65535, no user info, query or
    /// fragment.
    pub fn endpoint_url(mut self, u: impl Into<String>) -> Self {
        self.endpoint_url = Some(u.into());
        self
    }
    /// Ignore endpoint URLs from the environment and the profile files (the builder's
    /// `endpoint_url` still applies).
    pub fn ignore_configured_endpoint_urls(mut self, ignore: bool) -> Self {
        self.ignore_configured_endpoint_urls = Some(ignore);
        self
    }
    /// Explicit credentials (the chain is not consulted).
    pub fn credentials(mut self, c: Credentials) -> Self {
        self.provider = Some(Arc::new(c));
        self
    }
    /// A credentials provider used instead of the default chain (its answers are cached):
    /// one of [`crate::credentials`], a [`ChainProvider`] of your order, or your own.
    pub fn credentials_provider(mut self, p: Arc<dyn ProvideCredentials>) -> Self {
        self.provider = Some(p);
        self
    }
    /// Retry settings; they win over `AWS_RETRY_MODE` / `AWS_MAX_ATTEMPTS` and the
    /// profile's `retry_mode` / `max_attempts`.
    pub fn retry(mut self, r: RetryConfig) -> Self {
        self.retry = Some(r);
        self
    }
    /// Connect timeout of the default transport.
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = Some(d);
        self
    }
    /// Read timeout of the default transport.
    pub fn read_timeout(mut self, d: Duration) -> Self {
        self.read_timeout = Some(d);
        self
    }
    /// A PEM file of root certificates to trust besides the webpki roots (a private CA);
    /// else `AWS_CA_BUNDLE`, else the profile's `ca_bundle`. A file that cannot be read or
    /// holds no certificate is an [`Error::config`] from [`SessionBuilder::build`] and from
    /// every request.
    pub fn ca_bundle(mut self, path: impl Into<std::path::PathBuf>) -> Self {
        self.ca_bundle = Some(path.into());
        self
    }
    /// The proxies of the default transport, instead of those of `HTTPS_PROXY` /
    /// `https_proxy`, `HTTP_PROXY` / `http_proxy` and `NO_PROXY` / `no_proxy`;
    /// [`ProxyConfig::disabled`] turns proxies off. `https://` requests go through a
    /// `CONNECT` tunnel, `http://` ones in absolute form; a proxy URL's `user:password@`
    /// is sent as basic auth (and never shown). A bad proxy URL is an [`Error::config`].
    pub fn proxy(mut self, proxy: ProxyConfig) -> Self {
        self.proxy = Some(proxy);
        self
    }
    /// A transport to use instead of the default pooled hyper client (tests: replay).
    pub fn http_client(mut self, client: Arc<dyn HttpClient>) -> Self {
        self.http = Some(client);
        self
    }
    /// S3: always address buckets in the path (`https://host/bucket/key`), never in the
    /// host name (`https://bucket.host/key`); else the profile's `s3 = addressing_style =
    /// path` (a nested property, as boto3 reads it). IP and `localhost` endpoints use path
    /// style anyway.
    pub fn force_path_style(mut self, yes: bool) -> Self {
        self.addressing_style = Some(if yes {
            AddressingStyle::Path
        } else {
            AddressingStyle::Auto
        });
        self
    }
    /// S3: how buckets are addressed, instead of the profile's `s3 = addressing_style`;
    /// [`AddressingStyle::Path`] is [`force_path_style(true)`](Self::force_path_style).
    /// `Auto` and `Virtual` put the bucket in the host name when its name allows it; IP and
    /// `localhost` endpoints use path style anyway.
    pub fn addressing_style(mut self, style: AddressingStyle) -> Self {
        self.addressing_style = Some(style);
        self
    }
    /// The most bytes a response body may have when it is read whole (every response but
    /// a streamed payload like S3's `GetObject` body); default
    /// [`DEFAULT_MAX_RESPONSE_BODY`] (256 MiB). A longer body, announced by its
    /// `Content-Length` or counted as it arrives, is an [`Error::decode`] naming the limit,
    /// and no more than the limit is ever held in memory. Error answers are read up to
    /// 1 MiB (or this limit, if smaller); beyond that, only their status is reported.
    pub fn max_response_body(mut self, bytes: u64) -> Self {
        self.max_response_body = Some(bytes);
        self
    }
    /// A deadline for every call of this session's clients and resources: the whole call,
    /// retries and their backoff included, and the reading of its response body, also a
    /// body streamed to the caller (S3's `GetObject`), so that a server trickling bytes
    /// (each within [`read_timeout`](Self::read_timeout)) cannot hold a call forever. Past
    /// it, the call or the body is an [`Error::timeout`]. A client's
    /// [`with_timeout`](crate::client::ClientHandle::with_timeout) and a call's
    /// [`.timeout(d)`](crate::TimeoutExt::timeout) replace it. Default: none.
    pub fn operation_timeout(mut self, d: Duration) -> Self {
        self.operation_timeout = Some(d);
        self
    }
    /// Use FIPS endpoints (`https://sqs-fips.us-gov-west-1.amazonaws.com`) as the services'
    /// endpoint rule sets give them; wins over `AWS_USE_FIPS_ENDPOINT` and the profile's
    /// `use_fips_endpoint`. A region or partition without FIPS endpoints is an error at each
    /// call; a configured endpoint URL wins over it.
    pub fn use_fips(mut self, yes: bool) -> Self {
        self.use_fips = Some(yes);
        self
    }
    /// Use dual-stack (IPv4 and IPv6) endpoints (`https://sqs.eu-west-1.api.aws`) as the
    /// services' endpoint rule sets give them; wins over `AWS_USE_DUALSTACK_ENDPOINT` and the
    /// profile's `use_dualstack_endpoint`. A configured endpoint URL wins over it.
    pub fn use_dualstack(mut self, yes: bool) -> Self {
        self.use_dualstack = Some(yes);
        self
    }
    /// Whether endpoints may name the credentials' account (DynamoDB's
    /// `https://{account}.ddb.{region}.amazonaws.com`); wins over
    /// `AWS_ACCOUNT_ID_ENDPOINT_MODE` and the profile's `account_id_endpoint_mode`.
    /// Default: [`AccountIdEndpointMode::Preferred`].
    pub fn account_id_endpoint_mode(mut self, mode: AccountIdEndpointMode) -> Self {
        self.account_id_endpoint_mode = Some(mode);
        self
    }
    /// Resolve from this fixed environment instead of the process's (tests).
    #[cfg(test)]
    pub(crate) fn env(mut self, env: Env) -> Self {
        self.env = Some(env);
        self
    }

    /// Builds the session. Errors: a profile file that cannot be parsed, a named profile
    /// that does not exist, a bad `max_attempts` or `retry_mode`, an invalid `endpoint_url`.
    pub fn build(self) -> Result<Session> {
        match self.assemble() {
            (session, None) => Ok(session),
            // The error itself when the session held the only reference, else its copy.
            (session, Some(copy)) => {
                let Some(shared) = session.inner.config_error.clone() else {
                    return Err(copy);
                };
                drop((session, copy));
                Err(Arc::try_unwrap(shared).unwrap_or_else(|e| Error::copy_of(&e)))
            }
        }
    }

    /// The session, and the first configuration error met while assembling it.
    fn assemble(self) -> (Session, Option<Error>) {
        let env = self.env.unwrap_or_else(Env::process);
        let mut error = None;
        let profiles = ProfileSet::load(&env).unwrap_or_else(|e| {
            error = Some(e);
            ProfileSet::default()
        });
        let explicit_profile = self
            .profile
            .or_else(|| env.first(&["AWS_PROFILE", "AWS_DEFAULT_PROFILE"]));
        let profile_name = explicit_profile.unwrap_or_else(|| "default".to_string());
        let profile = profiles.profile(&profile_name);
        if error.is_none() && profile.is_none() && profile_name != "default" {
            error = Some(Error::config(format!(
                "the config profile ({profile_name}) could not be found"
            )));
        }
        let setting = |env_names: &[&str], key: &str| {
            env.first(env_names)
                .or_else(|| profile.and_then(|p| p.get(key)).map(str::to_string))
        };
        let region = self
            .region
            .or_else(|| setting(&["AWS_REGION", "AWS_DEFAULT_REGION"], "region"));
        let (retry, retry_mode) = match self.retry {
            Some(r) => {
                let mode = if r.is_adaptive() {
                    RetryMode::Adaptive
                } else {
                    RetryMode::Standard
                };
                (r, mode)
            }
            None => {
                let mode = setting(&["AWS_RETRY_MODE"], "retry_mode");
                let attempts = setting(&["AWS_MAX_ATTEMPTS"], "max_attempts");
                match resolve_retry(mode.as_deref(), attempts.as_deref()) {
                    Ok(resolved) => resolved,
                    Err(e) => {
                        error.get_or_insert(e);
                        (RetryConfig::standard(), RetryMode::Standard)
                    }
                }
            }
        };
        let http_settings = HttpSettings {
            connect_timeout: self.connect_timeout,
            read_timeout: self.read_timeout,
            ca_bundle: self.ca_bundle.or_else(|| {
                setting(&["AWS_CA_BUNDLE"], "ca_bundle")
                    .filter(|p| !p.trim().is_empty())
                    .map(|p| env.expand_home(p.trim()))
            }),
            proxy: self.proxy.unwrap_or_else(|| ProxyConfig::from_env(&env)),
        };
        // The default transport's settings are checked when it will be built from them.
        if self.http.is_none() {
            if let Err(e) = crate::http::check_settings(&http_settings) {
                error.get_or_insert(e);
            }
        }
        let s3 = profile.and_then(|p| p.nested("s3"));
        let addressing_style = match self.addressing_style {
            Some(style) => style,
            None => s3
                .and_then(|s3| s3.get("addressing_style"))
                .map_or(Ok(AddressingStyle::Auto), |v| v.parse())
                .unwrap_or_else(|e| {
                    error.get_or_insert(e);
                    AddressingStyle::Auto
                }),
        };
        let force_path_style = addressing_style == AddressingStyle::Path;
        let endpoint_settings = match endpoint_settings(
            &setting,
            |key| s3.and_then(|s| s.get(key)).map(|v| v.trim().to_string()),
            self.use_fips,
            self.use_dualstack,
            self.account_id_endpoint_mode,
        ) {
            Ok(settings) => settings,
            Err(e) => {
                error.get_or_insert(e);
                EndpointSettings::default()
            }
        };
        if let Some(url) = &self.endpoint_url {
            if let Err(e) = parse_endpoint_url(url) {
                error.get_or_insert(e);
            }
        }
        let http = OnceLock::new();
        if let Some(client) = self.http {
            let _ = http.set(client);
        }
        let inner = Inner {
            profile_name,
            region,
            endpoint_url: self.endpoint_url,
            ignore_configured_endpoint_urls: self.ignore_configured_endpoint_urls,
            provider: self.provider,
            cache: CredentialsCache::default(),
            retry,
            retry_mode,
            http_settings,
            http,
            force_path_style,
            max_response_body: self.max_response_body.unwrap_or(DEFAULT_MAX_RESPONSE_BODY),
            operation_timeout: self.operation_timeout,
            endpoint_settings,
            profiles,
            config_error: error.map(Arc::new),
            env,
        };
        let error = inner.config_error.as_ref().map(Error::copy_of);
        (
            Session {
                inner: Arc::new(inner),
            },
            error,
        )
    }
}

impl Default for EndpointSettings {
    /// botocore's defaults.
    fn default() -> Self {
        EndpointSettings {
            use_fips: false,
            use_dualstack: false,
            s3_use_dualstack: false,
            s3_accelerate: false,
            s3_use_arn_region: true,
            s3_disable_mrap: false,
            s3_us_east_1_global: true,
            sts_legacy_global: false,
            account_id_endpoint_mode: "preferred".to_string(),
        }
    }
}

/// A boolean setting: `true` or `false`, any case.
fn flag(name: &str, value: Option<String>) -> Result<Option<bool>> {
    match value.as_deref().map(str::trim) {
        None => Ok(None),
        Some(v) if v.eq_ignore_ascii_case("true") => Ok(Some(true)),
        Some(v) if v.eq_ignore_ascii_case("false") => Ok(Some(false)),
        Some(v) => Err(Error::config(format!(
            "{name} must be true or false (got {:?})",
            v.chars().take(64).collect::<String>()
        ))),
    }
}

/// One of `allowed` (case-insensitive), or `default` when unset.
fn choice(name: &str, value: Option<String>, allowed: &[&str], default: &str) -> Result<String> {
    let Some(v) = value else {
        return Ok(default.to_string());
    };
    let v = v.trim().to_ascii_lowercase();
    if allowed.contains(&v.as_str()) {
        Ok(v)
    } else {
        Err(Error::config(format!(
            "{name} must be one of {} (got {:?})",
            allowed.join(", "),
            v.chars().take(64).collect::<String>()
        )))
    }
}

/// The endpoint built-ins: `setting(env names, profile key)` reads the environment then the
/// profile, `s3(key)` the profile's nested `s3` section; the builder's values win.
fn endpoint_settings(
    setting: &dyn Fn(&[&str], &str) -> Option<String>,
    s3: impl Fn(&str) -> Option<String>,
    use_fips: Option<bool>,
    use_dualstack: Option<bool>,
    account_id_mode: Option<AccountIdEndpointMode>,
) -> Result<EndpointSettings> {
    let use_fips = match use_fips {
        Some(v) => v,
        None => flag(
            "use_fips_endpoint",
            setting(&["AWS_USE_FIPS_ENDPOINT"], "use_fips_endpoint"),
        )?
        .unwrap_or(false),
    };
    let use_dualstack = match use_dualstack {
        Some(v) => v,
        None => flag(
            "use_dualstack_endpoint",
            setting(&["AWS_USE_DUALSTACK_ENDPOINT"], "use_dualstack_endpoint"),
        )?
        .unwrap_or(false),
    };
    let arn_region =
        setting(&["AWS_S3_USE_ARN_REGION"], "s3_use_arn_region").or_else(|| s3("use_arn_region"));
    let us_east_1 = setting(
        &["AWS_S3_US_EAST_1_REGIONAL_ENDPOINT"],
        "s3_us_east_1_regional_endpoint",
    )
    .or_else(|| s3("us_east_1_regional_endpoint"));
    let regional = ["legacy", "regional"];
    Ok(EndpointSettings {
        use_fips,
        use_dualstack,
        s3_use_dualstack: flag("s3.use_dualstack_endpoint", s3("use_dualstack_endpoint"))?
            .unwrap_or(false),
        s3_accelerate: flag("s3.use_accelerate_endpoint", s3("use_accelerate_endpoint"))?
            .unwrap_or(false),
        s3_use_arn_region: flag("s3_use_arn_region", arn_region)?.unwrap_or(true),
        s3_disable_mrap: flag(
            "s3_disable_multiregion_access_points",
            setting(
                &["AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS"],
                "s3_disable_multiregion_access_points",
            )
            .or_else(|| s3("s3_disable_multiregion_access_points")),
        )?
        .unwrap_or(false),
        s3_us_east_1_global: choice(
            "s3 us_east_1_regional_endpoint",
            us_east_1,
            &regional,
            "legacy",
        )? == "legacy",
        sts_legacy_global: choice(
            "sts_regional_endpoints",
            setting(&["AWS_STS_REGIONAL_ENDPOINTS"], "sts_regional_endpoints"),
            &regional,
            "regional",
        )? == "legacy",
        account_id_endpoint_mode: match account_id_mode {
            Some(mode) => mode.as_str().to_string(),
            None => choice(
                "account_id_endpoint_mode",
                setting(
                    &["AWS_ACCOUNT_ID_ENDPOINT_MODE"],
                    "account_id_endpoint_mode",
                ),
                &["preferred", "required", "disabled"],
                "preferred",
            )?,
        },
    })
}

/// botocore's legacy mode makes 5 attempts unless `max_attempts` says otherwise.
const LEGACY_MAX_ATTEMPTS: u32 = 5;

/// The retry settings of a `retry_mode` (`standard`, `legacy`, `adaptive`; default
/// `standard`) and a `max_attempts` (a positive integer; default the mode's), with the
/// mode's name. Legacy mode retries like standard mode, with legacy's 5 attempts.
fn resolve_retry(
    mode: Option<&str>,
    max_attempts: Option<&str>,
) -> Result<(RetryConfig, RetryMode)> {
    let mode = mode.map_or(Ok(RetryMode::Standard), str::parse)?;
    let config = match mode {
        RetryMode::Standard => RetryConfig::standard(),
        RetryMode::Adaptive => RetryConfig::adaptive(),
        RetryMode::Legacy => RetryConfig::standard().max_attempts(LEGACY_MAX_ATTEMPTS),
    };
    let config = match max_attempts {
        None => config,
        Some(v) => match v.trim().parse::<u32>() {
            Ok(n) if n > 0 => config.max_attempts(n),
            _ => {
                return Err(Error::config(format!(
                    "max_attempts must be a positive integer (got {:?})",
                    v.trim()
                )))
            }
        },
    };
    Ok((config, mode))
}

#[cfg(test)]
mod tests;
