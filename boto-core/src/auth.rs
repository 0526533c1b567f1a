//! SigV4 through `aws-sigv4`: header signing of outgoing requests ([`sign_request`]) and
//! query-string signing for presigned URLs ([`presign`]).
//!
//! S3 (`s3`, `s3-outposts`, `s3express`) is signed by S3's rules: the path is neither
//! normalized nor encoded a second time, and the payload hash travels in
//! `x-amz-content-sha256` (`UNSIGNED-PAYLOAD` for streamed bodies and presigned URLs). Every
//! other service gets the standard rules: normalized path, encoded twice. A session token is
//! sent as `x-amz-security-token` (`X-Amz-Security-Token` in presigned URLs).
//!
//! Errors are [`Error::invalid_input`] (a request that cannot be signed) or
//! [`Error::credentials`] (credentials that cannot be used); none carries a secret, and no
//! input makes signing panic.

use crate::credentials::Credentials;
use crate::error::{Error, Result};
use crate::http::ByteStream;
use aws_sigv4::http_request::{
    sign, PayloadChecksumKind, PercentEncodingMode, SessionTokenMode, SignableBody,
    SignableRequest, SignatureLocation, SigningSettings, UriPathNormalizationMode,
};
use aws_smithy_runtime_api::client::identity::Identity;
use http::header::{HeaderValue, AUTHORIZATION, HOST};
use http::{HeaderMap, Method, Request};
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The longest validity SigV4 accepts for a presigned request: seven days.
pub const MAX_PRESIGN_EXPIRY: Duration = Duration::from_secs(7 * 24 * 60 * 60);

const X_AMZ_DATE: &str = "x-amz-date";
const X_AMZ_SECURITY_TOKEN: &str = "x-amz-security-token";
const X_AMZ_CONTENT_SHA256: &str = "x-amz-content-sha256";
/// Seconds from the epoch to 10000-01-01: SigV4 dates have four-digit years.
const MAX_SIGNING_SECS: u64 = 253_402_300_800;

/// Where and when a request is signed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SigningParams<'a> {
    /// The region of the credential scope (`us-east-1`).
    pub region: &'a str,
    /// The signing name of the service (`s3`, `sqs`, ...).
    pub service: &'a str,
    /// The signing time; `None` means now (tests fix it).
    pub time: Option<SystemTime>,
}

impl<'a> SigningParams<'a> {
    /// Signing for `service` in `region`, at the current time.
    pub fn new(region: &'a str, service: &'a str) -> SigningParams<'a> {
        SigningParams {
            region,
            service,
            time: None,
        }
    }
}

/// The canonicalization rules of one service. [`SigningOptions::for_service`] gives the rules
/// [`sign_request`] and [`presign`] use; the `_with` variants take them explicitly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct SigningOptions {
    /// Remove `.`/`..` segments and repeated slashes from the path before signing.
    pub normalize_uri_path: bool,
    /// Percent-encode the (already encoded) path once more in the canonical request.
    pub double_uri_encode: bool,
    /// Send, and sign, the payload hash as `x-amz-content-sha256` (header signing only).
    pub content_sha256_header: bool,
    /// Include the session token in the signature; when false it is sent but not signed.
    pub sign_session_token: bool,
    /// Presigned requests sign `UNSIGNED-PAYLOAD` instead of the body's hash.
    pub presign_unsigned_payload: bool,
}

impl SigningOptions {
    /// The standard rules of SigV4.
    pub const STANDARD: SigningOptions = SigningOptions {
        normalize_uri_path: true,
        double_uri_encode: true,
        content_sha256_header: false,
        sign_session_token: true,
        presign_unsigned_payload: false,
    };

    /// S3's: the path signed as sent (no normalization, encoded once), the payload hash in
    /// `x-amz-content-sha256`, `UNSIGNED-PAYLOAD` for presigned URLs.
    pub const S3: SigningOptions = SigningOptions {
        normalize_uri_path: false,
        double_uri_encode: false,
        content_sha256_header: true,
        sign_session_token: true,
        presign_unsigned_payload: true,
    };

    /// The rules of `service` (its signing name): S3's for `s3`, `s3-outposts` and
    /// `s3express`, the standard ones for everything else.
    pub fn for_service(service: &str) -> SigningOptions {
        match service {
            "s3" | "s3-outposts" | "s3express" => SigningOptions::S3,
            _ => SigningOptions::STANDARD,
        }
    }
}

/// Signs `req` in place with the rules of `params.service`: adds `x-amz-date`,
/// `authorization`, the session token and (S3) `x-amz-content-sha256`. Signing again (a
/// retry) replaces the previous signature.
pub fn sign_request(
    req: &mut Request<ByteStream>,
    creds: &Credentials,
    params: &SigningParams<'_>,
) -> Result<()> {
    sign_request_with(
        req,
        creds,
        params,
        &SigningOptions::for_service(params.service),
    )
}

/// [`sign_request`] with explicit canonicalization rules.
pub fn sign_request_with(
    req: &mut Request<ByteStream>,
    creds: &Credentials,
    params: &SigningParams<'_>,
    options: &SigningOptions,
) -> Result<()> {
    let time = check_params(params)?;
    let identity = identity(creds)?;
    // Values a previous signing added are recomputed; a payload hash the caller set is kept.
    let headers = req.headers_mut();
    headers.remove(AUTHORIZATION);
    headers.remove(X_AMZ_DATE);
    headers.remove(X_AMZ_SECURITY_TOKEN);
    let preset_hash = if options.content_sha256_header {
        match headers.remove(X_AMZ_CONTENT_SHA256) {
            Some(v) => Some(
                v.to_str()
                    .map_err(|_| Error::invalid_input("x-amz-content-sha256 is not ASCII"))?
                    .to_owned(),
            ),
            None => None,
        }
    } else {
        None
    };

    let body = match (preset_hash, req.body().bytes()) {
        (Some(hash), _) => SignableBody::Precomputed(hash),
        (None, Some(bytes)) => SignableBody::Bytes(bytes),
        (None, None) => SignableBody::UnsignedPayload,
    };
    let mut settings = settings(options);
    settings.signature_location = SignatureLocation::Headers;
    if options.content_sha256_header {
        settings.payload_checksum_kind = PayloadChecksumKind::XAmzSha256;
    }
    let signing_params = v4_params(&identity, params, time, settings)?;
    let signable = signable(req.method(), req.uri(), req.headers(), body)?;
    let (instructions, _signature) = sign(signable, &signing_params)
        .map_err(signing_error)?
        .into_parts();

    let (new_headers, _) = instructions.into_parts();
    for header in new_headers {
        // Every part of these values was checked above; this cannot fail in practice.
        let value = HeaderValue::from_str(header.value()).map_err(|_| {
            Error::invalid_input(format!(
                "signing produced an invalid {} header",
                header.name()
            ))
        })?;
        req.headers_mut().insert(header.name(), value);
    }
    mark_sensitive(req.headers_mut());
    Ok(())
}

/// Headers whose values are secrets: `Debug` of a request or [`PresignedRequest`] hides them.
const SENSITIVE_HEADERS: &[&str] = &[
    "authorization",
    "proxy-authorization",
    "x-amz-security-token",
    "cookie",
    "x-amz-server-side-encryption-customer-key",
    "x-amz-copy-source-server-side-encryption-customer-key",
];

fn mark_sensitive(headers: &mut HeaderMap) {
    for (name, value) in headers.iter_mut() {
        if SENSITIVE_HEADERS.contains(&name.as_str()) {
            value.set_sensitive(true);
        }
    }
}

/// A request signed in its query string: anyone holding it can send it until it expires.
///
/// `Debug` shows the URL with `X-Amz-Signature` and `X-Amz-Security-Token` redacted.
#[derive(Clone)]
pub struct PresignedRequest {
    /// The HTTP method to send.
    pub method: Method,
    /// The full URL, signature included.
    pub uri: String,
    /// Headers that were signed and must be sent along (besides `host`).
    pub headers: HeaderMap,
}

impl fmt::Debug for PresignedRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PresignedRequest")
            .field("method", &self.method)
            .field("uri", &redact_query(&self.uri))
            .field("headers", &self.headers)
            .finish()
    }
}

/// The URL with the values of secret query parameters replaced.
fn redact_query(uri: &str) -> String {
    let Some((base, query)) = uri.split_once('?') else {
        return uri.to_owned();
    };
    let pairs: Vec<String> = query
        .split('&')
        .map(|pair| {
            let key = pair.split_once('=').map_or(pair, |(k, _)| k);
            if key.eq_ignore_ascii_case("X-Amz-Signature")
                || key.eq_ignore_ascii_case("X-Amz-Security-Token")
            {
                format!("{key}=** redacted **")
            } else {
                pair.to_owned()
            }
        })
        .collect();
    format!("{base}?{}", pairs.join("&"))
}

/// Presigns `req` (query-string signing) with the rules of `params.service`, valid for
/// `expires` (at most [`MAX_PRESIGN_EXPIRY`]). The request's headers are signed (and must be
/// sent along), except `Content-Length` of an empty body, so that a presigned upload
/// accepts a body of any size.
pub fn presign(
    req: &Request<ByteStream>,
    creds: &Credentials,
    params: &SigningParams<'_>,
    expires: Duration,
) -> Result<PresignedRequest> {
    presign_with(
        req,
        creds,
        params,
        expires,
        &SigningOptions::for_service(params.service),
    )
}

/// [`presign`] with explicit canonicalization rules.
pub fn presign_with(
    req: &Request<ByteStream>,
    creds: &Credentials,
    params: &SigningParams<'_>,
    expires: Duration,
    options: &SigningOptions,
) -> Result<PresignedRequest> {
    if expires.is_zero() || expires > MAX_PRESIGN_EXPIRY {
        return Err(Error::invalid_input(format!(
            "a presigned request must expire within 1 second to 7 days, not {}s",
            expires.as_secs()
        )));
    }
    let time = check_params(params)?;
    let identity = identity(creds)?;

    let mut headers = req.headers().clone();
    headers.remove(AUTHORIZATION);
    headers.remove(X_AMZ_DATE);
    headers.remove(X_AMZ_SECURITY_TOKEN);
    headers.remove(X_AMZ_CONTENT_SHA256);
    // The body of a presigned upload is whatever its sender sends: `Content-Length: 0` of the
    // empty template body must not be signed.
    if req.body().bytes().is_some_and(|b| b.is_empty()) {
        headers.remove(http::header::CONTENT_LENGTH);
    }
    let body = match req.body().bytes() {
        Some(bytes) if !options.presign_unsigned_payload => SignableBody::Bytes(bytes),
        _ => SignableBody::UnsignedPayload,
    };
    let mut settings = settings(options);
    settings.signature_location = SignatureLocation::QueryParams;
    settings.expires_in = Some(Duration::from_secs(expires.as_secs()));
    let signing_params = v4_params(&identity, params, time, settings)?;
    let signable = signable(req.method(), req.uri(), &headers, body)?;
    let (instructions, _signature) =
        sign_quietly(signable, &signing_params, creds.session_token().is_some())
            .map_err(signing_error)?
            .into_parts();

    mark_sensitive(&mut headers);
    let (_, query) = instructions.into_parts();
    let mut uri = req.uri().to_string();
    let mut sep = if req.uri().query().is_some() {
        '&'
    } else {
        '?'
    };
    for (name, value) in query {
        uri.push(sep);
        uri.push_str(name);
        uri.push('=');
        uri.extend(utf8_percent_encode(&value, QUERY_VALUE));
        sep = '&';
    }
    Ok(PresignedRequest {
        method: req.method().clone(),
        uri,
        headers,
    })
}

/// Everything but RFC 3986's unreserved characters is encoded in query values.
const QUERY_VALUE: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

fn check_params(params: &SigningParams<'_>) -> Result<SystemTime> {
    let name_ok = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
    };
    if !name_ok(params.region) {
        return Err(Error::invalid_input(format!(
            "cannot sign for region {:?}",
            params.region
        )));
    }
    if !name_ok(params.service) {
        return Err(Error::invalid_input(format!(
            "cannot sign for service {:?}",
            params.service
        )));
    }
    let time = params.time.unwrap_or_else(SystemTime::now);
    match time.duration_since(UNIX_EPOCH) {
        Ok(d) if d.as_secs() < MAX_SIGNING_SECS => Ok(time),
        _ => Err(Error::invalid_input(
            "the signing time must lie between 1970 and 9999",
        )),
    }
}

fn identity(creds: &Credentials) -> Result<Identity> {
    let key = creds.access_key_id();
    if key.is_empty() {
        return Err(Error::credentials("the access key id is empty"));
    }
    if HeaderValue::from_str(key).is_err() || key.contains([' ', '/', ',']) {
        return Err(Error::credentials(
            "the access key id contains characters a signature cannot carry",
        ));
    }
    if creds.secret_access_key().is_empty() {
        return Err(Error::credentials("the secret access key is empty"));
    }
    if let Some(token) = creds.session_token() {
        if HeaderValue::from_str(token).is_err() {
            return Err(Error::credentials(
                "the session token is not a valid header value",
            ));
        }
    }
    Ok(aws_credential_types::Credentials::new(
        key,
        creds.secret_access_key(),
        creds.session_token().map(str::to_owned),
        creds.expiry(),
        "boto-core",
    )
    .into())
}

fn settings(options: &SigningOptions) -> SigningSettings {
    let mut settings = SigningSettings::default();
    settings.percent_encoding_mode = if options.double_uri_encode {
        PercentEncodingMode::Double
    } else {
        PercentEncodingMode::Single
    };
    settings.uri_path_normalization_mode = if options.normalize_uri_path {
        UriPathNormalizationMode::Enabled
    } else {
        UriPathNormalizationMode::Disabled
    };
    settings.session_token_mode = if options.sign_session_token {
        SessionTokenMode::Include
    } else {
        SessionTokenMode::Exclude
    };
    settings
}

fn v4_params<'a>(
    identity: &'a Identity,
    params: &SigningParams<'a>,
    time: SystemTime,
    settings: SigningSettings,
) -> Result<aws_sigv4::http_request::SigningParams<'a>> {
    aws_sigv4::sign::v4::SigningParams::builder()
        .identity(identity)
        .region(params.region)
        .name(params.service)
        .time(time)
        .settings(settings)
        .build()
        .map(Into::into)
        .map_err(|e| Error::invalid_input(format!("cannot sign: {e}")))
}

/// The request as `aws-sigv4` reads it. Checks what the signer would otherwise panic on: a
/// request with no host, header values that are not UTF-8.
fn signable<'a>(
    method: &'a Method,
    uri: &'a http::Uri,
    headers: &'a HeaderMap,
    body: SignableBody<'a>,
) -> Result<SignableRequest<'a>> {
    if uri.host().is_none() && !headers.contains_key(HOST) {
        return Err(Error::invalid_input(
            "cannot sign a request without a host (absolute URI or Host header)",
        ));
    }
    let mut pairs: Vec<(&str, &str)> = Vec::with_capacity(headers.len());
    for (name, value) in headers {
        let value = std::str::from_utf8(value.as_bytes())
            .map_err(|_| Error::invalid_input(format!("header {name} is not valid UTF-8")))?;
        pairs.push((name.as_str(), value));
    }
    SignableRequest::new(method.as_str(), uri.to_string(), pairs.into_iter(), body)
        .map_err(signing_error)
}

/// aws-sigv4's `sign`, its `tracing` events dropped when `quiet`: presigning with a session
/// token, they would show the token (the canonical request's `X-Amz-Security-Token`).
fn sign_quietly<'a>(
    signable: SignableRequest<'a>,
    params: &'a aws_sigv4::http_request::SigningParams<'a>,
    quiet: bool,
) -> std::result::Result<
    aws_sigv4::SigningOutput<aws_sigv4::http_request::SigningInstructions>,
    aws_sigv4::http_request::SigningError,
> {
    if !quiet {
        return sign(signable, params);
    }
    tracing::dispatcher::with_default(&tracing::Dispatch::none(), || sign(signable, params))
}

fn signing_error(e: aws_sigv4::http_request::SigningError) -> Error {
    let mut message = format!("cannot sign the request: {e}");
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        message.push_str(&format!(": {s}"));
        source = s.source();
    }
    Error::invalid_input(message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    fn creds() -> Credentials {
        Credentials::new("AKIAIOSFODNN7EXAMPLE", SECRET, None)
    }

    /// 2013-05-24T00:00:00Z, the time of the S3 examples in the SigV4 documentation.
    fn may_24_2013() -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(1_369_353_600)
    }

    fn s3_params() -> SigningParams<'static> {
        SigningParams {
            region: "us-east-1",
            service: "s3",
            time: Some(may_24_2013()),
        }
    }

    fn get(uri: &str) -> Request<ByteStream> {
        Request::get(uri).body(ByteStream::empty()).unwrap()
    }

    fn header<'a>(req: &'a Request<ByteStream>, name: &str) -> &'a str {
        req.headers()[name].to_str().unwrap()
    }

    #[test]
    fn s3_get_object_matches_the_documented_signature() {
        let mut req = get("https://examplebucket.s3.amazonaws.com/test.txt");
        req.headers_mut()
            .insert("range", HeaderValue::from_static("bytes=0-9"));
        sign_request(&mut req, &creds(), &s3_params()).unwrap();
        assert_eq!(
            header(&req, "x-amz-content-sha256"),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(header(&req, "x-amz-date"), "20130524T000000Z");
        assert_eq!(
            header(&req, "authorization"),
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, \
             SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, \
             Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"
        );
        assert!(req.headers()["authorization"].is_sensitive());
    }

    #[test]
    fn s3_presigned_get_matches_the_documented_url() {
        let req = get("https://examplebucket.s3.amazonaws.com/test.txt");
        let p = presign(&req, &creds(), &s3_params(), Duration::from_secs(86400)).unwrap();
        assert_eq!(p.method, Method::GET);
        assert_eq!(
            p.uri,
            "https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256\
             &X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request\
             &X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host\
             &X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404"
        );
        assert!(p.headers.is_empty());
    }

    #[test]
    fn s3_streamed_body_is_unsigned_payload_and_path_is_kept() {
        let body =
            ByteStream::from_stream(futures::stream::iter(vec![Ok(bytes::Bytes::from("abc"))]));
        let mut req = Request::put("https://b.s3.amazonaws.com/a/../b//c")
            .body(body)
            .unwrap();
        sign_request(&mut req, &creds(), &s3_params()).unwrap();
        assert_eq!(header(&req, "x-amz-content-sha256"), "UNSIGNED-PAYLOAD");
        assert_eq!(req.uri().path(), "/a/../b//c");
        // The same request signed by the standard rules normalizes the path: another signature.
        let mut other = Request::put("https://b.s3.amazonaws.com/a/../b//c")
            .body(ByteStream::from_stream(futures::stream::empty()))
            .unwrap();
        let mut options = SigningOptions::for_service("s3");
        options.normalize_uri_path = true;
        sign_request_with(&mut other, &creds(), &s3_params(), &options).unwrap();
        assert_ne!(
            header(&req, "authorization"),
            header(&other, "authorization")
        );
    }

    #[test]
    fn caller_set_payload_hash_is_signed_as_given() {
        let mut req = Request::put("https://b.s3.amazonaws.com/k")
            .header("x-amz-content-sha256", "UNSIGNED-PAYLOAD")
            .body(ByteStream::from("data"))
            .unwrap();
        sign_request(&mut req, &creds(), &s3_params()).unwrap();
        assert_eq!(header(&req, "x-amz-content-sha256"), "UNSIGNED-PAYLOAD");
    }

    #[test]
    fn other_services_send_no_payload_hash_and_sign_the_token() {
        let creds = Credentials::new("AKID", SECRET, Some("TOKEN/+=".into()));
        let mut req = Request::post("https://sqs.us-east-1.amazonaws.com/")
            .body(ByteStream::from("Action=ListQueues"))
            .unwrap();
        let params = SigningParams {
            time: Some(may_24_2013()),
            ..SigningParams::new("us-east-1", "sqs")
        };
        sign_request(&mut req, &creds, &params).unwrap();
        assert!(req.headers().get("x-amz-content-sha256").is_none());
        assert_eq!(header(&req, "x-amz-security-token"), "TOKEN/+=");
        assert!(req.headers()["x-amz-security-token"].is_sensitive());
        assert!(header(&req, "authorization")
            .contains("SignedHeaders=host;x-amz-date;x-amz-security-token,"));
        assert!(!format!("{req:?}").contains("TOKEN"));
    }

    #[test]
    fn signing_again_replaces_the_signature() {
        let mut req = get("https://examplebucket.s3.amazonaws.com/test.txt");
        sign_request(&mut req, &creds(), &s3_params()).unwrap();
        let first = header(&req, "authorization").to_owned();
        let later = SigningParams {
            time: Some(may_24_2013() + Duration::from_secs(60)),
            ..s3_params()
        };
        sign_request(&mut req, &creds(), &later).unwrap();
        assert_eq!(req.headers().get_all("authorization").iter().count(), 1);
        assert_eq!(req.headers().get_all("x-amz-date").iter().count(), 1);
        assert_eq!(header(&req, "x-amz-date"), "20130524T000100Z");
        assert_ne!(header(&req, "authorization"), first);
        // Signing at the first time again gives the first signature back.
        sign_request(&mut req, &creds(), &s3_params()).unwrap();
        assert_eq!(header(&req, "authorization"), first);
    }

    #[test]
    fn presigned_upload_does_not_sign_an_empty_content_length() {
        let req = Request::put("https://b.s3.amazonaws.com/k")
            .header("content-length", "0")
            .header("content-type", "text/plain")
            .body(ByteStream::empty())
            .unwrap();
        let p = presign(&req, &creds(), &s3_params(), Duration::from_secs(60)).unwrap();
        assert!(
            p.uri.contains("X-Amz-SignedHeaders=content-type%3Bhost&"),
            "{}",
            p.uri
        );
        assert!(p.headers.get("content-length").is_none());
        assert_eq!(p.headers["content-type"], "text/plain");
        assert_eq!(p.method, Method::PUT);
    }

    #[test]
    fn presign_expiry_is_bounded() {
        let req = get("https://examplebucket.s3.amazonaws.com/test.txt");
        for bad in [Duration::ZERO, MAX_PRESIGN_EXPIRY + Duration::from_secs(1)] {
            let e = presign(&req, &creds(), &s3_params(), bad).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::InvalidInput);
        }
        let p = presign(&req, &creds(), &s3_params(), MAX_PRESIGN_EXPIRY).unwrap();
        assert!(p.uri.contains("X-Amz-Expires=604800&"));
    }

    #[test]
    fn presigned_debug_redacts_signature_and_token() {
        let creds = Credentials::new("AKID", SECRET, Some("SESSIONTOKEN".into()));
        let req = get("https://examplebucket.s3.amazonaws.com/test.txt?versionId=3");
        let p = presign(&req, &creds, &s3_params(), Duration::from_secs(60)).unwrap();
        assert!(p.uri.contains("?versionId=3&X-Amz-Algorithm="));
        assert!(p.uri.contains("X-Amz-Security-Token=SESSIONTOKEN"));
        let signature = p.uri.split("X-Amz-Signature=").nth(1).unwrap();
        let signature = signature.split('&').next().unwrap();
        assert_eq!(signature.len(), 64);
        let debug = format!("{p:?}");
        assert!(debug.contains("X-Amz-Credential=AKID%2F"), "{debug}");
        assert!(debug.contains("X-Amz-Signature=** redacted **"), "{debug}");
        assert!(!debug.contains(signature), "{debug}");
        assert!(!debug.contains("SESSIONTOKEN"), "{debug}");
    }

    #[test]
    fn unsignable_input_is_an_error_not_a_panic() {
        let params = s3_params();
        // No host anywhere.
        let mut req = get("/relative");
        let e = sign_request(&mut req, &creds(), &params).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidInput);
        // A header value that is not UTF-8.
        let mut req = get("https://b.s3.amazonaws.com/k");
        req.headers_mut()
            .insert("x-bin", HeaderValue::from_bytes(b"\xff\xfe").unwrap());
        let e = sign_request(&mut req, &creds(), &params).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidInput);
        // No region, no service, absurd time.
        let mut req = get("https://b.s3.amazonaws.com/k");
        for bad in [
            SigningParams::new("", "s3"),
            SigningParams::new("us-east-1", ""),
            SigningParams {
                time: Some(UNIX_EPOCH + Duration::from_secs(MAX_SIGNING_SECS)),
                ..s3_params()
            },
        ] {
            let e = sign_request(&mut req, &creds(), &bad).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::InvalidInput);
        }
    }

    #[test]
    fn unusable_credentials_are_credential_errors_without_the_secret() {
        let mut req = get("https://b.s3.amazonaws.com/k");
        let cases = [
            Credentials::new("", SECRET, None),
            Credentials::new("AK ID", SECRET, None),
            Credentials::new("AKID", "", None),
            Credentials::new("AKID", SECRET, Some("bad\ntoken-SECRETPART".into())),
        ];
        for c in cases {
            let e = sign_request(&mut req, &c, &s3_params()).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::Credentials);
            let shown = format!("{e} {e:?}");
            assert!(
                !shown.contains(SECRET) && !shown.contains("SECRETPART"),
                "{shown}"
            );
            let e = presign(&req, &c, &s3_params(), Duration::from_secs(1)).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::Credentials);
        }
        assert!(req.headers().get("authorization").is_none());
    }

    #[test]
    fn secret_headers_are_hidden_from_debug() {
        let mut req = get("https://b.s3.amazonaws.com/k");
        req.headers_mut().insert(
            "x-amz-server-side-encryption-customer-key",
            HeaderValue::from_static("c2VjcmV0LWtleQ=="),
        );
        let p = presign(&req, &creds(), &s3_params(), Duration::from_secs(60)).unwrap();
        assert!(!format!("{p:?}").contains("c2VjcmV0LWtleQ=="));
        sign_request(&mut req, &creds(), &s3_params()).unwrap();
        let shown = format!("{req:?}");
        assert!(!shown.contains("c2VjcmV0LWtleQ=="), "{shown}");
        assert!(!shown.contains("Signature="), "{shown}");
    }

    /// Arbitrary (but representable) requests, credentials and parameters: signing returns
    /// `Ok` or `Err`, never panics, and never echoes the secret.
    #[test]
    fn arbitrary_input_never_panics() {
        fastrand::seed(7);
        let pick = |set: &[u8], n: usize| -> String {
            (0..n)
                .map(|_| set[fastrand::usize(..set.len())] as char)
                .collect()
        };
        let path_chars = b"abc/.%20-_~!$&'()*+,;=:@";
        let text_chars = b"aZ9 /+=,\t\"%-_.";
        let mut oks = 0;
        for i in 0..2000 {
            let path = pick(path_chars, fastrand::usize(0..12));
            let query = pick(b"ab=&%2F", fastrand::usize(0..8));
            let host = ["h.example.com", "127.0.0.1:5000", "[::1]:80", "h"][i % 4];
            let uri = format!("http://{host}/{path}?{query}");
            let Ok(uri) = uri.parse::<http::Uri>() else {
                continue;
            };
            let mut req = Request::builder()
                .method(["GET", "PUT", "POST", "DELETE"][fastrand::usize(..4)])
                .uri(uri)
                .body(if fastrand::bool() {
                    ByteStream::from(pick(text_chars, fastrand::usize(0..20)))
                } else {
                    ByteStream::from_stream(futures::stream::empty())
                })
                .unwrap();
            for _ in 0..fastrand::usize(0..4) {
                let bytes: Vec<u8> = (0..fastrand::usize(0..10))
                    .map(|_| fastrand::u8(..))
                    .collect();
                if let Ok(v) = HeaderValue::from_bytes(&bytes) {
                    let name = [
                        "x-amz-meta-a",
                        "content-type",
                        "x-amz-content-sha256",
                        "host",
                    ][fastrand::usize(..4)];
                    req.headers_mut().append(name, v);
                }
            }
            let secret = format!("SECRET{}", pick(text_chars, 8));
            // Mostly valid values, sometimes broken ones.
            let broken = || fastrand::u8(..) < 40;
            let token = match fastrand::u8(..3) {
                0 => None,
                1 => Some(pick(b"ab/+=", 6)),
                _ => Some(pick(b"ab\n\x7f/+", fastrand::usize(0..6))),
            };
            let key = if broken() {
                pick(b"AKID/ ,\x01", fastrand::usize(0..6))
            } else {
                "AKIDEXAMPLE".to_owned()
            };
            let creds = Credentials::new(key, &secret, token);
            let region = if broken() {
                ["", "eu west"][i % 2]
            } else {
                "us-east-1"
            };
            let service = ["s3", "sqs", "s3express", "dynamodb", "", "s 3"]
                [if broken() { 4 + i % 2 } else { i % 4 }];
            let time = if broken() {
                Some(UNIX_EPOCH + Duration::from_secs(u64::MAX / 4))
            } else {
                [None, Some(UNIX_EPOCH)][i % 2]
            };
            let params = SigningParams {
                region,
                service,
                time,
            };
            let expires = Duration::from_secs(fastrand::u64(0..700_000));
            match presign(&req, &creds, &params, expires) {
                Ok(p) => assert!(!p.uri.contains("SECRET")),
                Err(e) => assert!(!format!("{e} {e:?}").contains("SECRET")),
            }
            match sign_request(&mut req, &creds, &params) {
                Ok(()) => oks += 1,
                Err(e) => assert!(!format!("{e} {e:?}").contains("SECRET")),
            }
        }
        assert!(oks > 100, "too few requests were signable: {oks}");
    }
}
