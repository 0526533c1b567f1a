//! Signatures checked by a server that verifies them: `s3s-fs` (an S3-compatible server,
//! installed by `scripts/install-s3s-fs.sh`) recomputes the SigV4 signature of every request
//! and of every presigned URL with the one key pair it knows, checks a presigned URL's expiry,
//! and answers 403 when anything differs. moto, with authentication off, accepts any
//! signature; here a wrong one fails.
//!
//! The typed S3 client round-trips objects with awkward keys and a multipart upload; presigned
//! GET and PUT URLs are sent without credentials through the session's transport; tampered,
//! expired and wrongly keyed ones are rejected with the exact S3 error.

#![cfg(feature = "s3")]

use boto_services::core::auth::{presign, SigningParams};
use boto_services::core::{ByteStream, Credentials, Error, ErrorKind, Session};
use boto_services::s3::{self, Client};
use futures::TryStreamExt;
use std::time::{Duration, SystemTime};
use testkit::S3sFsServer;

const BUCKET: &str = "signed";
/// The code s3s-fs answers a key it does not know with (AWS says `InvalidAccessKeyId`).
const UNKNOWN_KEY: &str = "NotSignedUp";

/// Keys whose every byte matters to the signature: spaces, UTF-8, `+` (a space in a form,
/// not in a path), a literal `%`, `~` (unreserved, never escaped), the characters a query
/// string or a fragment would take (`?`, `&`, `=`, `#`, `;`), sub-delimiters and brackets.
/// s3s-fs stores each as a file, and lists them back as sent.
const AWKWARD_KEYS: &[&str] = &[
    "plain.txt",
    "with space/and  two.txt",
    "unicod\u{e9}/\u{fc}ber \u{2713} \u{1f600}.txt",
    "plus+sign+.txt",
    "percent%20literal%.txt",
    "tilde~name~",
    "query?a=1&b=2#frag;x",
    "sub-delims!$'()*,:@[]",
];

fn session(server: &S3sFsServer, secret: &str) -> Session {
    keyed_session(server, S3sFsServer::ACCESS_KEY, secret)
}

fn keyed_session(server: &S3sFsServer, access_key: &str, secret: &str) -> Session {
    Session::builder()
        .region("us-east-1")
        .endpoint_url(server.endpoint())
        .credentials(Credentials::new(access_key, secret, None))
        .build()
        .expect("session")
}

fn client(server: &S3sFsServer) -> Client {
    Client::new(&session(server, S3sFsServer::SECRET_KEY))
}

async fn make_bucket(client: &Client) {
    client
        .create_bucket(s3::CreateBucketRequest::new().bucket(BUCKET))
        .await
        .expect("CreateBucket signed with the server's key");
}

async fn get_body(client: &Client, key: &str) -> boto_services::core::Result<Vec<u8>> {
    let got = client
        .get_object(s3::GetObjectRequest::new().bucket(BUCKET).key(key))
        .await?;
    Ok(got.body.collect().await?.to_vec())
}

async fn listed_keys(client: &Client) -> Vec<String> {
    client
        .list_objects_v2_items(s3::ListObjectsV2Request::new().bucket(BUCKET).max_keys(3))
        .map_ok(|o| o.key)
        .try_collect()
        .await
        .expect("ListObjectsV2")
}

/// A request the server refused: S3 error `code`, HTTP 403, and no secret in what is shown.
fn assert_rejected(err: &Error, code: &str) {
    assert_eq!(err.kind(), ErrorKind::Service, "{err:?}");
    assert_eq!(err.code(), Some(code), "{err:?}");
    assert_eq!(err.status(), Some(403), "{err:?}");
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains(S3sFsServer::SECRET_KEY), "{shown}");
    assert!(!shown.contains("not-the-secret"), "{shown}");
}

/// Sends `method uri` with `body` through the session's transport, no credentials, no
/// signing; gives the status, the S3 error code of an error body (or `""`) and the body.
async fn send_plain(
    session: &Session,
    method: &http::Method,
    uri: &str,
    body: &'static [u8],
) -> (u16, String, Vec<u8>) {
    let req = http::Request::builder()
        .method(method.clone())
        .uri(uri)
        .body(ByteStream::from(body))
        .expect("a request");
    let resp = session.http_client().send(req).await.expect("an answer");
    let status = resp.status().as_u16();
    let body = resp.into_body().collect().await.expect("a body").to_vec();
    let text = String::from_utf8_lossy(&body);
    let code = text
        .split_once("<Code>")
        .and_then(|(_, rest)| rest.split_once("</Code>"))
        .map_or(String::new(), |(code, _)| code.to_owned());
    (status, code, body)
}

/// The value of query parameter `name` in `uri`.
fn query_param<'a>(uri: &'a str, name: &str) -> &'a str {
    let query = uri.split_once('?').map_or("", |(_, q)| q);
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
        .unwrap_or_else(|| panic!("{name} in the presigned URL"))
}

/// `uri` with the value of query parameter `name` replaced by `value`.
fn with_param(uri: &str, name: &str, value: &str) -> String {
    let old = format!("{name}={}", query_param(uri, name));
    let tampered = uri.replacen(&old, &format!("{name}={value}"), 1);
    assert_ne!(tampered, uri);
    tampered
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn awkward_keys_round_trip_through_signed_requests() {
    let Some(server) = S3sFsServer::start_or_skip() else {
        return;
    };
    let client = client(&server);
    make_bucket(&client).await;

    for key in AWKWARD_KEYS {
        client
            .put_object(
                s3::PutObjectRequest::new()
                    .bucket(BUCKET)
                    .key(*key)
                    .content_type("text/plain")
                    .body(format!("body of {key}")),
            )
            .await
            .unwrap_or_else(|e| panic!("PutObject {key:?}: {e:?}"));
    }
    for key in AWKWARD_KEYS {
        let head = client
            .head_object(s3::HeadObjectRequest::new().bucket(BUCKET).key(*key))
            .await
            .unwrap_or_else(|e| panic!("HeadObject {key:?}: {e:?}"));
        assert_eq!(head.content_length, Some(8 + key.len() as i64), "{key:?}");
        let body = get_body(&client, key)
            .await
            .unwrap_or_else(|e| panic!("GetObject {key:?}: {e:?}"));
        assert_eq!(body, format!("body of {key}").into_bytes(), "{key:?}");
    }

    // Listed back exactly, across pages of three (continuation tokens are signed too).
    let mut expected: Vec<String> = AWKWARD_KEYS.iter().map(|k| k.to_string()).collect();
    expected.sort();
    assert_eq!(listed_keys(&client).await, expected);
    let under = client
        .list_objects_v2(
            s3::ListObjectsV2Request::new()
                .bucket(BUCKET)
                .prefix("unicod\u{e9}/"),
        )
        .await
        .expect("ListObjectsV2 with a UTF-8 prefix");
    let keys: Vec<&str> = under.contents.iter().map(|o| o.key.as_str()).collect();
    assert_eq!(keys, [AWKWARD_KEYS[2]]);

    for key in AWKWARD_KEYS {
        client
            .delete_object(s3::DeleteObjectRequest::new().bucket(BUCKET).key(*key))
            .await
            .unwrap_or_else(|e| panic!("DeleteObject {key:?}: {e:?}"));
    }
    assert_eq!(listed_keys(&client).await, Vec::<String>::new());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_secret_and_unknown_key_are_rejected() {
    let Some(server) = S3sFsServer::start_or_skip() else {
        return;
    };
    let client = client(&server);
    make_bucket(&client).await;
    let key = AWKWARD_KEYS[2];
    client
        .put_object(
            s3::PutObjectRequest::new()
                .bucket(BUCKET)
                .key(key)
                .body("kept"),
        )
        .await
        .expect("PutObject");

    let forged = Client::new(&session(&server, "not-the-secret"));
    let err = get_body(&forged, key).await.unwrap_err();
    assert_rejected(&err, "SignatureDoesNotMatch");
    let err = forged
        .put_object(
            s3::PutObjectRequest::new()
                .bucket(BUCKET)
                .key(key)
                .body("overwritten"),
        )
        .await
        .unwrap_err();
    assert_rejected(&err, "SignatureDoesNotMatch");
    let err = forged
        .list_objects_v2(s3::ListObjectsV2Request::new().bucket(BUCKET))
        .await
        .unwrap_err();
    assert_rejected(&err, "SignatureDoesNotMatch");

    let stranger = Client::new(&keyed_session(
        &server,
        "AKIDUNKNOWNUNKNOWN",
        S3sFsServer::SECRET_KEY,
    ));
    let err = get_body(&stranger, key).await.unwrap_err();
    assert_rejected(&err, UNKNOWN_KEY);

    // Nothing the rejected requests carried was stored.
    assert_eq!(get_body(&client, key).await.expect("GetObject"), b"kept");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn multipart_upload_with_an_awkward_key() {
    let Some(server) = S3sFsServer::start_or_skip() else {
        return;
    };
    let client = client(&server);
    make_bucket(&client).await;
    let key = "multi part/\u{fc}+%~ (1).bin";
    let created = client
        .create_multipart_upload(
            s3::CreateMultipartUploadRequest::new()
                .bucket(BUCKET)
                .key(key),
        )
        .await
        .expect("CreateMultipartUpload");
    let upload_id = created.upload_id.expect("an upload id");
    assert_eq!(created.key.as_deref(), Some(key));

    let first: Vec<u8> = (0..5 * 1024 * 1024u32).map(|i| (i % 251) as u8).collect();
    let second = b"the last part, short".to_vec();
    let mut parts = Vec::new();
    for (n, data) in [(1, first.clone()), (2, second.clone())] {
        let out = client
            .upload_part(
                s3::UploadPartRequest::new()
                    .bucket(BUCKET)
                    .key(key)
                    .upload_id(&upload_id)
                    .part_number(n)
                    .body(data),
            )
            .await
            .unwrap_or_else(|e| panic!("UploadPart {n}: {e:?}"));
        parts.push(
            s3::CompletedPart::new()
                .part_number(n)
                .e_tag(out.e_tag.expect("a part ETag")),
        );
    }
    // A part signed with the wrong secret is refused.
    let forged = Client::new(&session(&server, "not-the-secret"));
    let err = forged
        .upload_part(
            s3::UploadPartRequest::new()
                .bucket(BUCKET)
                .key(key)
                .upload_id(&upload_id)
                .part_number(3)
                .body(b"forged".to_vec()),
        )
        .await
        .unwrap_err();
    assert_rejected(&err, "SignatureDoesNotMatch");

    client
        .complete_multipart_upload(
            s3::CompleteMultipartUploadRequest::new()
                .bucket(BUCKET)
                .key(key)
                .upload_id(&upload_id)
                .multipart_upload(s3::CompletedMultipartUpload::new().parts(parts)),
        )
        .await
        .expect("CompleteMultipartUpload");
    let body = get_body(&client, key).await.expect("GetObject");
    assert_eq!(body.len(), first.len() + second.len());
    assert!(body[..first.len()] == first[..] && body[first.len()..] == second[..]);
    assert_eq!(listed_keys(&client).await, [key]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn presigned_urls_are_accepted_and_tampered_ones_rejected() {
    let Some(server) = S3sFsServer::start_or_skip() else {
        return;
    };
    let session = session(&server, S3sFsServer::SECRET_KEY);
    let client = Client::new(&session);
    make_bucket(&client).await;
    let key = "presigned/\u{fc}ber a+b%~.txt";
    let other = "presigned/other.txt";
    for (k, body) in [(key, "the object"), (other, "another object")] {
        client
            .put_object(s3::PutObjectRequest::new().bucket(BUCKET).key(k).body(body))
            .await
            .expect("PutObject");
    }
    let get = |client: &Client, key: &str| {
        client
            .presign_get_object(
                s3::GetObjectRequest::new().bucket(BUCKET).key(key),
                Duration::from_secs(300),
            )
            .expect("presign GetObject")
    };

    // A presigned GET, sent without credentials.
    let url = get(&client, key);
    assert_eq!(url.method, http::Method::GET);
    assert_eq!(query_param(&url.uri, "X-Amz-Expires"), "300");
    let (status, code, body) = send_plain(&session, &url.method, &url.uri, b"").await;
    assert_eq!(
        (status, code.as_str(), &body[..]),
        (200, "", &b"the object"[..])
    );

    // Tampered: another signature, another key, a longer expiry.
    let signature = query_param(&url.uri, "X-Amz-Signature");
    let flipped = if signature.starts_with('0') { "1" } else { "0" };
    let tampered = [
        with_param(
            &url.uri,
            "X-Amz-Signature",
            &format!("{flipped}{}", &signature[1..]),
        ),
        url.uri.replacen(
            "/presigned/%C3%BCber%20a%2Bb%25~.txt?",
            "/presigned/other.txt?",
            1,
        ),
        with_param(&url.uri, "X-Amz-Expires", "3600"),
    ];
    assert!(tampered[1].contains("/presigned/other.txt?"), "{url:?}");
    for uri in &tampered {
        let (status, code, _) = send_plain(&session, &url.method, uri, b"").await;
        assert_eq!((status, code.as_str()), (403, "SignatureDoesNotMatch"));
    }

    // Presigned with the wrong secret, or a key the server does not know.
    let forged = get(&Client::new(&self::session(&server, "not-the-secret")), key);
    let (status, code, _) = send_plain(&session, &forged.method, &forged.uri, b"").await;
    assert_eq!((status, code.as_str()), (403, "SignatureDoesNotMatch"));
    let stranger = Client::new(&keyed_session(
        &server,
        "AKIDUNKNOWNUNKNOWN",
        S3sFsServer::SECRET_KEY,
    ));
    let unknown = get(&stranger, key);
    let (status, code, _) = send_plain(&session, &unknown.method, &unknown.uri, b"").await;
    assert_eq!((status, code.as_str()), (403, UNKNOWN_KEY));

    // Expired: signed an hour ago, valid for a minute.
    let request = http::Request::get(format!(
        "{}/{BUCKET}/presigned/other.txt",
        server.endpoint()
    ))
    .body(ByteStream::empty())
    .expect("a request");
    let creds = Credentials::new(S3sFsServer::ACCESS_KEY, S3sFsServer::SECRET_KEY, None);
    let at = |time| SigningParams {
        time: Some(time),
        ..SigningParams::new("us-east-1", "s3")
    };
    let hour_ago = SystemTime::now() - Duration::from_secs(3600);
    let expired = presign(&request, &creds, &at(hour_ago), Duration::from_secs(60))
        .expect("presign an hour ago");
    let (status, code, _) = send_plain(&session, &expired.method, &expired.uri, b"").await;
    assert_eq!((status, code.as_str()), (403, "AccessDenied"));
    // The same request signed now (same code path, fixed time) is accepted.
    let fresh = presign(
        &request,
        &creds,
        &at(SystemTime::now()),
        Duration::from_secs(60),
    )
    .expect("presign now");
    let (status, _, body) = send_plain(&session, &fresh.method, &fresh.uri, b"").await;
    assert_eq!((status, &body[..]), (200, &b"another object"[..]));

    // A presigned PUT: any body, sent without credentials; a tampered one stores nothing.
    let upload = "presigned/uploaded \u{e9}+.txt";
    let url = client
        .presign_put_object(
            s3::PutObjectRequest::new().bucket(BUCKET).key(upload),
            Duration::from_secs(300),
        )
        .expect("presign PutObject");
    assert_eq!(url.method, http::Method::PUT);
    let signature = query_param(&url.uri, "X-Amz-Signature");
    let flipped = if signature.ends_with('0') { "1" } else { "0" };
    let bad = with_param(
        &url.uri,
        "X-Amz-Signature",
        &format!("{}{flipped}", &signature[..signature.len() - 1]),
    );
    let (status, code, _) = send_plain(&session, &url.method, &bad, b"forged upload").await;
    assert_eq!((status, code.as_str()), (403, "SignatureDoesNotMatch"));
    let err = get_body(&client, upload).await.unwrap_err();
    assert_eq!(err.code(), Some("NoSuchKey"), "{err:?}");
    let (status, code, _) =
        send_plain(&session, &url.method, &url.uri, b"sent without the SDK").await;
    assert_eq!((status, code.as_str()), (200, ""));
    assert_eq!(
        get_body(&client, upload).await.expect("GetObject"),
        b"sent without the SDK"
    );
}

/// Keys with empty, `.` and `..` segments are signed as sent (S3 never normalises a path);
/// s3s-fs accepts the signatures, then stores each object under its file-system path, so
/// the listing shows the path, not the key. A leading `/` passes the signature check and
/// fails in the server's storage (500).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_with_path_segments_are_signed_as_sent() {
    let Some(server) = S3sFsServer::start_or_skip() else {
        return;
    };
    let client = client(&server);
    make_bucket(&client).await;
    let forged = Client::new(&session(&server, "not-the-secret"));
    for key in ["double//slash", "dots/../up", "dot/./here", "/leading"] {
        let err = forged
            .put_object(
                s3::PutObjectRequest::new()
                    .bucket(BUCKET)
                    .key(key)
                    .body("forged"),
            )
            .await
            .unwrap_err();
        assert_rejected(&err, "SignatureDoesNotMatch");
    }
    for key in ["double//slash", "dots/../up", "dot/./here"] {
        client
            .put_object(
                s3::PutObjectRequest::new()
                    .bucket(BUCKET)
                    .key(key)
                    .body(format!("body of {key}")),
            )
            .await
            .unwrap_or_else(|e| panic!("PutObject {key:?}: {e:?}"));
        let body = get_body(&client, key)
            .await
            .unwrap_or_else(|e| panic!("GetObject {key:?}: {e:?}"));
        assert_eq!(body, format!("body of {key}").into_bytes(), "{key:?}");
    }
    assert_eq!(
        listed_keys(&client).await,
        ["dot/here", "double/slash", "up"]
    );

    let err = client
        .put_object(
            s3::PutObjectRequest::new()
                .bucket(BUCKET)
                .key("/leading")
                .body("x"),
        )
        .await
        .unwrap_err();
    assert_eq!(
        (err.kind(), err.code(), err.status()),
        (ErrorKind::Service, Some("InternalError"), Some(500)),
        "{err:?}"
    );
}
