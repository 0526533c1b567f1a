//! The SSO provider, as botocore's `SSOProvider` / `SSOTokenProvider`.
//!
//! A profile with `sso_account_id` or `sso_role_name` uses it. The start URL and region come
//! from its `[sso-session NAME]` section (`sso_session = NAME`) or, in the legacy form,
//! from the profile itself (`sso_start_url`, `sso_region`). The access token is the one
//! `aws sso login` cached in `~/.aws/sso/cache/<sha1 hex>.json` (SHA-1 of the session name,
//! or of the start URL in the legacy form). With an sso-session, a token within 15 minutes
//! of expiry is refreshed through SSO-OIDC `CreateToken` when the cache holds a refresh
//! token and a live client registration, and the new token is written back. The token buys
//! role credentials from the portal's `GetRoleCredentials`.
//!
//! Endpoints: `https://portal.sso.{region}.amazonaws.com` and
//! `https://oidc.{region}.amazonaws.com`, or the configured endpoint URLs of the services
//! `SSO` and `SSO OIDC` (`AWS_ENDPOINT_URL_SSO`, `AWS_ENDPOINT_URL_SSO_OIDC`, ...). Tokens,
//! client secrets and keys never appear in errors, logs or `Debug`.

use super::http::{exchange, request};
use super::profile_lookup::{profile_provider, ProfileLookup};
use super::{configured, Credentials, ProvideCredentials};
use crate::config::{Profile, ProfileSet};
use crate::error::{Error, Result};
use crate::{DateTime, Session, TimestampFormat};
use futures::future::BoxFuture;
use futures::FutureExt;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

#[cfg(test)]
mod tests;

const TIMEOUT: Duration = Duration::from_secs(30);
/// A token closer than this to its expiry is refreshed (botocore's `_REFRESH_WINDOW`).
const REFRESH_WINDOW: Duration = Duration::from_secs(15 * 60);
/// A token cache file is a few hundred bytes; anything over this is not one.
const MAX_CACHE_FILE: u64 = 1024 * 1024;
/// Query values: everything but the unreserved characters.
const QUERY: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

const RUN_LOGIN: &str = "run `aws sso login` with the corresponding profile";

/// Role credentials from AWS IAM Identity Center for an SSO profile (`sso_account_id`,
/// `sso_role_name`; the start URL and region from its `[sso-session NAME]` section, or in
/// the legacy form `sso_start_url` / `sso_region` of the profile), bought with the access
/// token `aws sso login` cached under `~/.aws/sso/cache/` (for an sso-session, refreshed
/// through SSO-OIDC within 15 minutes of its expiry and written back). A profile
/// without `sso_account_id` and `sso_role_name` is not configured; one with only part of
/// the settings, or without a cached token, is an error. The portal and SSO-OIDC are asked
/// through the session's transport and `SSO` / `SSO OIDC` endpoint URLs.
#[derive(Debug, Clone)]
pub struct SsoProvider {
    lookup: ProfileLookup,
}

profile_provider!(SsoProvider, "is not an SSO profile");

impl SsoProvider {
    async fn load(&self) -> Result<Option<Credentials>> {
        match self.lookup.profile()? {
            Some(profile) => {
                load(self.lookup.session(), profile, self.lookup.name())
                    .boxed()
                    .await
            }
            None => Ok(None),
        }
    }
}

/// What a profile's SSO configuration resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SsoConfig {
    pub start_url: String,
    pub region: String,
    pub account_id: String,
    pub role_name: String,
    /// The sso-session's name; `None` in the legacy form.
    pub session_name: Option<String>,
}

/// The SSO configuration of `profile` (named `name`), or `None` when it has neither
/// `sso_account_id` nor `sso_role_name`. Missing or inconsistent settings are errors.
pub(crate) fn config(
    profiles: &ProfileSet,
    profile: &Profile,
    name: &str,
) -> Result<Option<SsoConfig>> {
    if profile.get("sso_account_id").is_none() && profile.get("sso_role_name").is_none() {
        return Ok(None);
    }
    let session_name = profile.get("sso_session");
    let session = match session_name {
        None => None,
        Some(s) => Some(profiles.sso_session(s).ok_or_else(|| {
            Error::config(format!("the specified sso-session does not exist: \"{s}\""))
        })?),
    };
    let get = |key: &str| -> Result<Option<String>> {
        let own = profile.get(key);
        let shared = session.and_then(|s| s.get(key));
        match (own, shared) {
            (Some(a), Some(b)) if a != b => Err(Error::config(format!(
                "the value for {key} is inconsistent between profile ({a}) and sso-session ({b})"
            ))),
            (a, b) => Ok(b.or(a).filter(|v| !v.is_empty()).map(str::to_string)),
        }
    };
    let [start_url, region, account_id, role_name] = [
        "sso_start_url",
        "sso_region",
        "sso_account_id",
        "sso_role_name",
    ]
    .map(get);
    let (start_url, region, account_id, role_name) = (start_url?, region?, account_id?, role_name?);
    let (Some(start_url), Some(region), Some(account_id), Some(role_name)) =
        (&start_url, &region, &account_id, &role_name)
    else {
        let missing: Vec<&str> = [
            ("sso_start_url", &start_url),
            ("sso_region", &region),
            ("sso_role_name", &role_name),
            ("sso_account_id", &account_id),
        ]
        .into_iter()
        .filter(|(_, v)| v.is_none())
        .map(|(k, _)| k)
        .collect();
        return Err(Error::config(format!(
            "the profile \"{name}\" is configured to use SSO but is missing required \
             configuration: {}",
            missing.join(", ")
        )));
    };
    let (start_url, region, account_id, role_name) = (
        start_url.clone(),
        region.clone(),
        account_id.clone(),
        role_name.clone(),
    );
    Ok(Some(SsoConfig {
        start_url,
        region,
        account_id,
        role_name,
        session_name: session_name.map(str::to_string),
    }))
}

/// The SSO credentials of `profile`, or `None` when it is not an SSO profile.
pub(crate) async fn load(
    session: &Session,
    profile: &Profile,
    name: &str,
) -> Result<Option<Credentials>> {
    let Some(config) = config(session.profiles()?, profile, name)? else {
        return Ok(None);
    };
    let token = access_token(session, &config).await?;
    get_role_credentials(session, &config, &token)
        .await
        .map(Some)
}

/// `~/.aws/sso/cache/<sha1 hex of key>.json`.
pub(crate) fn cache_file(home: &Path, key: &str) -> PathBuf {
    use sha1::Digest;
    use std::fmt::Write;
    let mut name = String::with_capacity(45);
    for b in sha1::Sha1::digest(key.as_bytes()) {
        let _ = write!(name, "{b:02x}");
    }
    name.push_str(".json");
    home.join(".aws").join("sso").join("cache").join(name)
}

/// The cached token document, read as JSON. Secrets inside: never `Debug`, never quoted.
struct CachedToken {
    doc: Map<String, Value>,
    expires_at: SystemTime,
}

impl CachedToken {
    fn str(&self, key: &str) -> Option<&str> {
        self.doc
            .get(key)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    }
}

/// What names the token in messages: the session or the start URL.
fn token_label(config: &SsoConfig) -> String {
    match &config.session_name {
        Some(s) => format!("sso-session \"{s}\""),
        None => format!("start URL {}", config.start_url),
    }
}

fn parse_time(v: &str) -> Option<SystemTime> {
    DateTime::parse_any(v.trim()).ok().map(SystemTime::from)
}

async fn read_token(path: &Path, label: &str) -> Result<CachedToken> {
    let no_token = || {
        Error::credentials(format!(
            "no cached SSO token for {label} ({}): {RUN_LOGIN}",
            path.display()
        ))
    };
    let file = match tokio::fs::File::open(path).await {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(no_token()),
        Err(e) => {
            return Err(Error::credentials(format!(
                "the SSO token cache file {} could not be read",
                path.display()
            ))
            .with_source(e))
        }
    };
    let bad = |what: &str| {
        Error::credentials(format!(
            "the SSO token cache file {} {what}: {RUN_LOGIN}",
            path.display()
        ))
    };
    let mut bytes = Vec::new();
    {
        use tokio::io::AsyncReadExt;
        file.take(MAX_CACHE_FILE + 1)
            .read_to_end(&mut bytes)
            .await
            .map_err(|e| {
                Error::credentials(format!(
                    "the SSO token cache file {} could not be read",
                    path.display()
                ))
                .with_source(e)
            })?;
    }
    if bytes.len() as u64 > MAX_CACHE_FILE {
        return Err(bad("is too large to be a token"));
    }
    let Ok(Value::Object(doc)) = serde_json::from_slice::<Value>(&bytes) else {
        return Err(bad("is not a JSON object"));
    };
    let token = CachedToken {
        doc,
        expires_at: SystemTime::UNIX_EPOCH,
    };
    if token.str("accessToken").is_none() {
        return Err(bad("has no accessToken"));
    }
    let expires_at = token
        .str("expiresAt")
        .ok_or_else(|| bad("has no expiresAt"))
        .and_then(|e| parse_time(e).ok_or_else(|| bad("has a bad expiresAt")))?;
    Ok(CachedToken {
        expires_at,
        ..token
    })
}

/// The access token for `config`: the cached one, refreshed first when it is close to
/// expiry and can be (sso-session only).
async fn access_token(session: &Session, config: &SsoConfig) -> Result<String> {
    let home = session.env().home().ok_or_else(|| {
        Error::credentials("SSO: no home directory (HOME) to find the token cache in")
    })?;
    let key = config.session_name.as_deref().unwrap_or(&config.start_url);
    let path = cache_file(&home, key);
    let label = token_label(config);
    let mut token = read_token(&path, &label).await?;
    let now = SystemTime::now();
    let remaining = token.expires_at.duration_since(now).unwrap_or_default();
    if config.session_name.is_some() && remaining < REFRESH_WINDOW {
        match refresh(session, config, &token, now).await {
            Ok(Some(fresh)) => {
                if let Err(e) = write_atomically(&path, &fresh.doc).await {
                    tracing::warn!(error = %e, "could not write the refreshed SSO token back");
                }
                token = fresh;
            }
            Ok(None) => {}
            // As botocore: a failed refresh falls back on the token while it lasts.
            Err(e) => tracing::warn!(error = %e, "SSO token refresh failed"),
        }
    }
    if token.expires_at <= SystemTime::now() {
        return Err(Error::credentials(format!(
            "the SSO token for {label} has expired and could not be refreshed: {RUN_LOGIN}"
        )));
    }
    token
        .str("accessToken")
        .map(str::to_string)
        .ok_or_else(|| Error::credentials("the SSO token has no accessToken"))
}

/// SSO-OIDC `CreateToken` with the cached refresh token; `None` when the cache lacks what
/// a refresh needs or the client registration has expired.
async fn refresh(
    session: &Session,
    config: &SsoConfig,
    token: &CachedToken,
    now: SystemTime,
) -> Result<Option<CachedToken>> {
    let (Some(refresh_token), Some(client_id), Some(client_secret), Some(registration)) = (
        token.str("refreshToken"),
        token.str("clientId"),
        token.str("clientSecret"),
        token.str("registrationExpiresAt"),
    ) else {
        return Ok(None);
    };
    if parse_time(registration).is_none_or(|at| at <= now) {
        return Ok(None);
    }
    let base = match session.endpoint_url_for_id("SSO OIDC")? {
        Some(url) => url,
        None => format!("https://oidc.{}.amazonaws.com", config.region),
    };
    let url = format!("{}/token", base.trim_end_matches('/'));
    let body = serde_json::json!({
        "grantType": "refresh_token",
        "clientId": client_id,
        "clientSecret": client_secret,
        "refreshToken": refresh_token,
    });
    let req = request(
        http::Method::POST,
        &url,
        &[("content-type", "application/json")],
        body.to_string(),
    )?;
    let reply = exchange(session, req, TIMEOUT).await?;
    if !reply.status.is_success() {
        return Err(Error::credentials(format!(
            "SSO-OIDC CreateToken failed ({}){}",
            reply.status.as_u16(),
            error_code(&reply.body)
        )));
    }
    let bad = |what: &str| Error::credentials(format!("SSO-OIDC CreateToken: {what}"));
    let Ok(Value::Object(answer)) = serde_json::from_slice::<Value>(&reply.body) else {
        return Err(bad("the answer is not a JSON object"));
    };
    let access = answer
        .get("accessToken")
        .and_then(Value::as_str)
        .filter(|s| !s.is_empty())
        .ok_or_else(|| bad("the answer has no accessToken"))?;
    let expires_in = answer
        .get("expiresIn")
        .and_then(Value::as_u64)
        .ok_or_else(|| bad("the answer has no expiresIn"))?;
    // Whole seconds, as the AWS CLI writes `expiresAt` (`%Y-%m-%dT%H:%M:%SZ`).
    let now_secs = now
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let expires_at = now_secs
        .checked_add(expires_in)
        .and_then(|s| SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(s)))
        .filter(|_| expires_in <= 366 * 86_400)
        .ok_or_else(|| bad("expiresIn is out of range"))?;
    let mut doc = Map::new();
    doc.insert("startUrl".into(), config.start_url.clone().into());
    doc.insert("region".into(), config.region.clone().into());
    doc.insert("accessToken".into(), access.into());
    doc.insert(
        "expiresAt".into(),
        DateTime::from(expires_at)
            .format(TimestampFormat::DateTime)
            .into(),
    );
    doc.insert("clientId".into(), client_id.into());
    doc.insert("clientSecret".into(), client_secret.into());
    doc.insert("registrationExpiresAt".into(), registration.into());
    let new_refresh = answer
        .get("refreshToken")
        .and_then(Value::as_str)
        .unwrap_or(refresh_token);
    doc.insert("refreshToken".into(), new_refresh.into());
    tracing::info!("SSO token refresh succeeded");
    Ok(Some(CachedToken { doc, expires_at }))
}

/// Writes the token document to a temporary file beside `path` (owner-only on Unix) and
/// renames it over `path`, so a reader never sees half a token.
async fn write_atomically(path: &Path, doc: &Map<String, Value>) -> std::io::Result<()> {
    let text = serde_json::to_vec(doc).map_err(std::io::Error::other)?;
    static WRITES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = WRITES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let tmp = path.with_extension(format!("json.tmp{}-{n}", std::process::id()));
    let mut options = tokio::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    options.mode(0o600);
    let write = async {
        use tokio::io::AsyncWriteExt;
        let mut f = options.open(&tmp).await?;
        f.write_all(&text).await?;
        f.sync_all().await?;
        drop(f);
        tokio::fs::rename(&tmp, path).await
    };
    let result = write.await;
    if result.is_err() {
        let _ = tokio::fs::remove_file(&tmp).await;
    }
    result
}

/// `: Code` of an AWS JSON error answer (never the message: it may echo input).
fn error_code(body: &[u8]) -> String {
    let doc: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let code = doc
        .get("__type")
        .or_else(|| doc.get("error"))
        .and_then(Value::as_str)
        .map(|c| c.rsplit('#').next().unwrap_or(c));
    match code {
        Some(c) if c.len() <= 100 => format!(": {c}"),
        _ => String::new(),
    }
}

/// The portal's `GetRoleCredentials`: unsigned, the token in `x-amz-sso_bearer_token`.
async fn get_role_credentials(
    session: &Session,
    config: &SsoConfig,
    token: &str,
) -> Result<Credentials> {
    let base = match session.endpoint_url_for_id("SSO")? {
        Some(url) => url,
        None => format!("https://portal.sso.{}.amazonaws.com", config.region),
    };
    let url = format!(
        "{}/federation/credentials?role_name={}&account_id={}",
        base.trim_end_matches('/'),
        utf8_percent_encode(&config.role_name, QUERY),
        utf8_percent_encode(&config.account_id, QUERY),
    );
    let req = request(
        http::Method::GET,
        &url,
        &[("x-amz-sso_bearer_token", token)],
        "",
    )?;
    let reply = exchange(session, req, TIMEOUT).await?;
    if reply.status == http::StatusCode::UNAUTHORIZED || reply.status == http::StatusCode::FORBIDDEN
    {
        return Err(Error::credentials(format!(
            "SSO GetRoleCredentials refused the token ({}{}): the SSO session associated \
             with this profile has expired or is otherwise invalid; {RUN_LOGIN}",
            reply.status.as_u16(),
            error_code(&reply.body)
        )));
    }
    if !reply.status.is_success() {
        return Err(Error::credentials(format!(
            "SSO GetRoleCredentials failed ({}){}",
            reply.status.as_u16(),
            error_code(&reply.body)
        )));
    }
    let bad = |what: &str| Error::credentials(format!("SSO GetRoleCredentials: {what}"));
    let doc: Value =
        serde_json::from_slice(&reply.body).map_err(|_| bad("the answer is not JSON"))?;
    let role = doc
        .get("roleCredentials")
        .and_then(Value::as_object)
        .ok_or_else(|| bad("the answer has no roleCredentials"))?;
    let field = |k: &str| {
        role.get(k)
            .and_then(Value::as_str)
            .filter(|s| !s.is_empty())
    };
    let (Some(key), Some(secret)) = (field("accessKeyId"), field("secretAccessKey")) else {
        return Err(bad("the answer lacks accessKeyId or secretAccessKey"));
    };
    let mut creds = Credentials::new(key, secret, field("sessionToken").map(str::to_string))
        .with_account_id(config.account_id.as_str());
    if let Some(exp) = role.get("expiration").filter(|v| !v.is_null()) {
        let at = exp
            .as_u64()
            .and_then(|ms| SystemTime::UNIX_EPOCH.checked_add(Duration::from_millis(ms)))
            .ok_or_else(|| bad("expiration is not a time in epoch milliseconds"))?;
        creds = creds.with_expiry(at);
    }
    Ok(creds)
}
