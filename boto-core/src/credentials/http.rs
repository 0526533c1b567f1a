//! Small HTTP exchanges of the credential providers (container, IMDS, STS), sent through
//! the session's transport with a deadline of their own.

use crate::error::{Error, Result};
use crate::http::{ByteStream, HttpRequest};
use crate::Session;
use bytes::Bytes;
use std::time::Duration;

/// The most bytes of a credentials endpoint's answer (a few hundred are expected).
const MAX_BODY: u64 = 64 * 1024;

/// Status and body of a response.
pub(crate) struct Reply {
    pub status: http::StatusCode,
    pub body: Bytes,
}

/// A request with these headers and body.
pub(crate) fn request(
    method: http::Method,
    uri: &str,
    headers: &[(&str, &str)],
    body: impl Into<Bytes>,
) -> Result<HttpRequest> {
    let mut b = http::Request::builder().method(method).uri(uri);
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    b.body(ByteStream::from(body.into()))
        .map_err(|e| Error::credentials(format!("bad credentials request: {e}")))
}

/// Sends `req` and reads the whole body (at most 64 KiB, else an error), all within
/// `deadline`.
pub(crate) async fn exchange(
    session: &Session,
    req: HttpRequest,
    deadline: Duration,
) -> Result<Reply> {
    let client = session.http_client();
    let run = async move {
        let resp = client.send(req).await?;
        let status = resp.status();
        let body = resp
            .into_body()
            .collect_within(MAX_BODY)
            .await?
            .ok_or_else(|| {
                Error::credentials(format!(
                    "the credentials endpoint's answer is longer than {MAX_BODY} bytes"
                ))
            })?;
        Ok::<_, Error>(Reply { status, body })
    };
    match tokio::time::timeout(deadline, run).await {
        Ok(r) => r,
        Err(_) => Err(Error::timeout(format!(
            "credentials endpoint did not answer within {deadline:?}"
        ))),
    }
}
