//! Signatures checked by another implementation: moto in server mode with authentication on
//! recomputes every request's SigV4 signature with botocore (`SigV4Auth`, `S3SigV4Auth`) and
//! answers 403 when it differs. Requests are signed with `auth::sign_request` and sent over a
//! plain TCP connection to moto on 127.0.0.1.

use boto_core::auth::{sign_request, SigningParams};
use boto_core::{ByteStream, Credentials};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;
use testkit::MotoServer;

/// Sends a signed request; returns (status, body).
fn send(moto: &MotoServer, req: http::Request<ByteStream>) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", moto.port())).expect("connect to moto");
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let target = req.uri().path_and_query().map_or("/", |p| p.as_str());
    let mut head = format!("{} {target} HTTP/1.1\r\n", req.method());
    if !req.headers().contains_key("host") {
        head.push_str(&format!("host: 127.0.0.1:{}\r\n", moto.port()));
    }
    for (k, v) in req.headers() {
        head.push_str(&format!("{k}: {}\r\n", v.to_str().unwrap()));
    }
    let body = req.body().bytes().cloned().unwrap_or_default();
    if !req.headers().contains_key("content-length") {
        head.push_str(&format!("content-length: {}\r\n", body.len()));
    }
    head.push_str("connection: close\r\n\r\n");
    s.write_all(head.as_bytes()).unwrap();
    s.write_all(&body).unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).unwrap();
    let text = String::from_utf8_lossy(&out).into_owned();
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text.split_once("\r\n\r\n").map_or("", |x| x.1).to_owned();
    (status, body)
}

fn signed(
    moto: &MotoServer,
    creds: &Credentials,
    service: &str,
    builder: http::request::Builder,
    body: ByteStream,
) -> http::Request<ByteStream> {
    let mut req = builder.body(body).unwrap();
    let uri = format!("{}{}", moto.endpoint(), req.uri());
    *req.uri_mut() = uri.parse().unwrap();
    sign_request(&mut req, creds, &SigningParams::new("us-east-1", service)).unwrap();
    req
}

fn between<'a>(text: &'a str, open: &str, close: &str) -> &'a str {
    let start = text.find(open).map(|i| i + open.len()).expect(open);
    let end = text[start..].find(close).expect(close);
    &text[start..start + end]
}

fn iam(moto: &MotoServer, creds: &Credentials, params: &str) -> String {
    let builder =
        http::Request::post("/").header("content-type", "application/x-www-form-urlencoded");
    let body = format!("{params}&Version=2010-05-08");
    let (status, text) = send(
        moto,
        signed(moto, creds, "iam", builder, ByteStream::from(body)),
    );
    assert_eq!(status, 200, "IAM {params}: {text}");
    text
}

/// A user with an access key allowed everything; then authentication is turned on.
fn authenticated_moto() -> Option<(MotoServer, Credentials)> {
    let moto = MotoServer::start_or_skip()?;
    let setup = Credentials::new("AKIDSETUP", "not-checked-yet", None);
    iam(&moto, &setup, "Action=CreateUser&UserName=signer");
    let policy = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Action%22%3A%22*%22%2C%22Resource%22%3A%22*%22%7D%5D%7D";
    iam(
        &moto,
        &setup,
        &format!("Action=PutUserPolicy&UserName=signer&PolicyName=all&PolicyDocument={policy}"),
    );
    let trust = "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22AWS%22%3A%22*%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D";
    iam(
        &moto,
        &setup,
        &format!("Action=CreateRole&RoleName=signer-role&AssumeRolePolicyDocument={trust}"),
    );
    iam(
        &moto,
        &setup,
        &format!(
            "Action=PutRolePolicy&RoleName=signer-role&PolicyName=all&PolicyDocument={policy}"
        ),
    );
    let key = iam(&moto, &setup, "Action=CreateAccessKey&UserName=signer");
    let creds = Credentials::new(
        between(&key, "<AccessKeyId>", "<"),
        between(&key, "<SecretAccessKey>", "<"),
        None,
    );
    moto.enable_auth();
    Some((moto, creds))
}

fn wrong_secret(creds: &Credentials) -> Credentials {
    Credentials::new(creds.access_key_id(), "not-the-secret", None)
}

#[test]
fn botocore_accepts_our_signatures_and_rejects_wrong_ones() {
    let Some((moto, creds)) = authenticated_moto() else {
        return;
    };

    // awsJson1_0 (SQS): standard rules.
    let sqs = |name: &str| {
        http::Request::post("/")
            .header("content-type", "application/x-amz-json-1.0")
            .header("x-amz-target", name)
    };
    let create = ByteStream::from(r#"{"QueueName":"signed-queue"}"#);
    let (status, text) = send(
        &moto,
        signed(&moto, &creds, "sqs", sqs("AmazonSQS.CreateQueue"), create),
    );
    assert_eq!(status, 200, "{text}");
    let list = || ByteStream::from("{}");
    let (status, text) = send(
        &moto,
        signed(
            &moto,
            &wrong_secret(&creds),
            "sqs",
            sqs("AmazonSQS.ListQueues"),
            list(),
        ),
    );
    assert_eq!(status, 403, "{text}");
    assert!(text.contains("SignatureDoesNotMatch"), "{text}");
    let (status, text) = send(
        &moto,
        signed(&moto, &creds, "sqs", sqs("AmazonSQS.ListQueues"), list()),
    );
    assert_eq!(status, 200, "{text}");
    assert!(text.contains("signed-queue"), "{text}");

    // REST-XML (S3): S3's rules, payload hash header, path kept as sent.
    let (status, text) = send(
        &moto,
        signed(
            &moto,
            &creds,
            "s3",
            http::Request::put("/signed-bucket"),
            ByteStream::empty(),
        ),
    );
    assert_eq!(status, 200, "{text}");
    // moto re-derives the path it verifies from a decoded form, so only escapes it restores
    // as sent (`%20`) are usable here; botocore's own client fails the same way on `+`, `(`,
    // `=` or UTF-8 in keys against moto with authentication on.
    let key = "/signed-bucket/dir/a%20b~c.txt";
    let put = http::Request::put(key).header("content-type", "text/plain");
    let (status, text) = send(
        &moto,
        signed(&moto, &creds, "s3", put, ByteStream::from("hello")),
    );
    assert_eq!(status, 200, "{text}");
    let (status, text) = send(
        &moto,
        signed(
            &moto,
            &creds,
            "s3",
            http::Request::get(key),
            ByteStream::empty(),
        ),
    );
    assert_eq!((status, text.as_str()), (200, "hello"));
    let (status, text) = send(
        &moto,
        signed(
            &moto,
            &wrong_secret(&creds),
            "s3",
            http::Request::get(key),
            ByteStream::empty(),
        ),
    );
    assert_eq!(status, 403, "{text}");
    assert!(text.contains("SignatureDoesNotMatch"), "{text}");

    // A streamed body is signed as UNSIGNED-PAYLOAD.
    let chunks = futures::stream::iter(vec![
        Ok(bytes::Bytes::from("stre")),
        Ok(bytes::Bytes::from("amed")),
    ]);
    let mut req = signed(
        &moto,
        &creds,
        "s3",
        http::Request::put("/signed-bucket/streamed").header("content-length", "8"),
        ByteStream::from_stream(chunks),
    );
    assert_eq!(req.headers()["x-amz-content-sha256"], "UNSIGNED-PAYLOAD");
    // The raw sender writes in-memory bodies only: gather the stream after signing.
    let rt = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let body = rt
        .block_on(std::mem::take(req.body_mut()).collect())
        .unwrap();
    *req.body_mut() = ByteStream::from(body);
    let (status, text) = send(&moto, req);
    assert_eq!(status, 200, "{text}");

    // Temporary credentials: the session token travels in x-amz-security-token, signed.
    // Form-encoded as botocore would: moto re-encodes the form it parsed before hashing it.
    let arn = "arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fsigner-role";
    let assume =
        http::Request::post("/").header("content-type", "application/x-www-form-urlencoded");
    let body = format!("Action=AssumeRole&RoleArn={arn}&RoleSessionName=s&Version=2011-06-15");
    let (status, text) = send(
        &moto,
        signed(&moto, &creds, "sts", assume, ByteStream::from(body)),
    );
    assert_eq!(status, 200, "{text}");
    let temporary = Credentials::new(
        between(&text, "<AccessKeyId>", "<"),
        between(&text, "<SecretAccessKey>", "<"),
        Some(between(&text, "<SessionToken>", "<").to_owned()),
    );
    assert!(temporary.access_key_id().starts_with("ASIA"));
    let req = signed(
        &moto,
        &temporary,
        "sqs",
        sqs("AmazonSQS.ListQueues"),
        list(),
    );
    assert!(req.headers().contains_key("x-amz-security-token"));
    let (status, text) = send(&moto, req);
    assert_eq!(status, 200, "{text}");
    let forged = Credentials::new(
        temporary.access_key_id(),
        temporary.secret_access_key(),
        Some("not-the-token".into()),
    );
    let (status, text) = send(
        &moto,
        signed(&moto, &forged, "sqs", sqs("AmazonSQS.ListQueues"), list()),
    );
    assert_eq!(status, 403, "{text}");
}
