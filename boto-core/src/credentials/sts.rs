//! STS calls of the assume-role providers: `AssumeRole` (signed with the source
//! credentials) and `AssumeRoleWithWebIdentity` (unsigned). awsQuery requests built by
//! hand, XML answers read with quick-xml; nothing here depends on a generated STS client.

use super::http::{exchange, request};
use super::Credentials;
use crate::auth::{sign_request, SigningParams};
use crate::error::{Error, Result};
use crate::Session;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use quick_xml::events::Event;
use std::time::Duration;

const TIMEOUT: Duration = Duration::from_secs(30);
/// Form encoding: everything but the unreserved characters.
const FORM: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

/// Parameters of `AssumeRole`.
#[derive(Debug, Clone, Default)]
pub(crate) struct AssumeRole {
    pub role_arn: String,
    pub session_name: String,
    pub external_id: Option<String>,
    pub duration_seconds: Option<u32>,
}

/// A default `RoleSessionName`.
pub(crate) fn default_session_name() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    format!("boto-rs-session-{secs}")
}

fn form(params: &[(&str, &str)]) -> String {
    params
        .iter()
        .map(|(k, v)| format!("{k}={}", utf8_percent_encode(v, FORM)))
        .collect::<Vec<_>>()
        .join("&")
}

/// The STS endpoint: the configured one, else `https://sts.{region}.amazonaws.com`.
fn endpoint(session: &Session) -> Result<String> {
    if let Some(url) = session.endpoint_url_for_id("STS")? {
        return Ok(if url.ends_with('/') {
            url
        } else {
            format!("{url}/")
        });
    }
    Ok(match session.region() {
        Some(r) => format!("https://sts.{r}.amazonaws.com/"),
        None => "https://sts.amazonaws.com/".to_string(),
    })
}

async fn call(
    session: &Session,
    body: String,
    signer: Option<&Credentials>,
    action: &str,
) -> Result<Credentials> {
    let url = endpoint(session)?;
    let mut req = request(
        http::Method::POST,
        &url,
        &[(
            "content-type",
            "application/x-www-form-urlencoded; charset=utf-8",
        )],
        body,
    )?;
    if let Some(creds) = signer {
        let region = session.region().unwrap_or("us-east-1");
        sign_request(&mut req, creds, &SigningParams::new(region, "sts"))?;
    }
    let reply = exchange(session, req, TIMEOUT).await?;
    let fields = read_fields(&reply.body)
        .map_err(|e| Error::credentials(format!("STS {action}: undecodable answer ({e})")))?;
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    if !reply.status.is_success() {
        return Err(Error::credentials(format!(
            "STS {action} failed ({}): {}: {}",
            reply.status.as_u16(),
            get("Code").unwrap_or("unknown error"),
            get("Message").unwrap_or("")
        )));
    }
    let (Some(key), Some(secret)) = (get("AccessKeyId"), get("SecretAccessKey")) else {
        return Err(Error::credentials(format!(
            "STS {action}: answer has no credentials"
        )));
    };
    let mut creds = Credentials::new(key, secret, get("SessionToken").map(str::to_string));
    if let Some(exp) = get("Expiration") {
        let at = crate::DateTime::parse_any(exp)
            .map_err(|_| Error::credentials(format!("STS {action}: bad Expiration")))?;
        creds = creds.with_expiry(at.into());
    }
    Ok(creds)
}

/// `sts:AssumeRole`, signed with `source`.
pub(crate) async fn assume_role(
    session: &Session,
    source: &Credentials,
    p: &AssumeRole,
) -> Result<Credentials> {
    let duration = p.duration_seconds.map(|d| d.to_string());
    let mut params = vec![
        ("Action", "AssumeRole"),
        ("Version", "2011-06-15"),
        ("RoleArn", p.role_arn.as_str()),
        ("RoleSessionName", p.session_name.as_str()),
    ];
    if let Some(id) = &p.external_id {
        params.push(("ExternalId", id));
    }
    if let Some(d) = &duration {
        params.push(("DurationSeconds", d));
    }
    call(session, form(&params), Some(source), "AssumeRole").await
}

/// `sts:AssumeRoleWithWebIdentity` (unsigned: the token is the proof).
pub(crate) async fn assume_role_with_web_identity(
    session: &Session,
    role_arn: &str,
    session_name: &str,
    token: &str,
) -> Result<Credentials> {
    let params = [
        ("Action", "AssumeRoleWithWebIdentity"),
        ("Version", "2011-06-15"),
        ("RoleArn", role_arn),
        ("RoleSessionName", session_name),
        ("WebIdentityToken", token),
    ];
    call(session, form(&params), None, "AssumeRoleWithWebIdentity").await
}

/// The text of every leaf element, by local name, in document order.
pub(crate) fn read_fields(xml: &[u8]) -> std::result::Result<Vec<(String, String)>, String> {
    let text = std::str::from_utf8(xml).map_err(|_| "not UTF-8".to_string())?;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut out = Vec::new();
    let mut current: Option<(String, String)> = None;
    let mut depth = 0usize;
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) => {
                depth += 1;
                let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
                current = Some((name, String::new()));
            }
            Event::Text(t) => {
                if let Some((_, buf)) = current.as_mut() {
                    buf.push_str(&t.unescape().map_err(|e| e.to_string())?);
                }
            }
            Event::CData(t) => {
                if let Some((_, buf)) = current.as_mut() {
                    buf.push_str(&String::from_utf8_lossy(&t));
                }
            }
            Event::End(_) => {
                depth = depth.checked_sub(1).ok_or("unbalanced end tag")?;
                if let Some((name, value)) = current.take() {
                    out.push((name, value.trim().to_string()));
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if depth != 0 {
        return Err("truncated document".into());
    }
    if out.is_empty() {
        return Err("no elements".into());
    }
    Ok(out)
}
