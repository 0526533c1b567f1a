//! Small HTTP exchanges of the credential providers (container, IMDS, STS), sent through
//! the session's transport with a deadline of their own.

use crate::error::{Error, Result};
use crate::http::{ByteStream, HttpRequest};
use crate::Session;
use bytes::Bytes;
use futures::future::BoxFuture;
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
/// `deadline`. Boxed: one copy of the exchange serves every provider.
pub(crate) fn exchange(
    session: &Session,
    req: HttpRequest,
    deadline: Duration,
) -> BoxFuture<'static, Result<Reply>> {
    let client = session.http_client();
    Box::pin(async move {
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
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::http::replay::ReplayClient;
    use std::sync::Arc;

    #[tokio::test]
    async fn answers_are_read_up_to_64_kib() {
        let replay = ReplayClient::new();
        replay.push(200, &[], "x".repeat(MAX_BODY as usize));
        replay.push(200, &[], "x".repeat(MAX_BODY as usize + 1));
        let session = Session::builder()
            .region("us-east-1")
            .http_client(Arc::new(replay))
            .build()
            .unwrap();
        let get = || request(http::Method::GET, "http://127.0.0.1:1/creds", &[], "").unwrap();
        let ok = exchange(&session, get(), Duration::from_secs(5))
            .await
            .unwrap();
        assert_eq!(ok.body.len() as u64, MAX_BODY);
        let Err(err) = exchange(&session, get(), Duration::from_secs(5)).await else {
            panic!("a 64 KiB + 1 answer must be refused");
        };
        assert_eq!(err.kind(), crate::ErrorKind::Credentials);
        assert!(err.to_string().contains("longer than 65536 bytes"), "{err}");
    }
}
