//! Providers against real local counterparts: temp files, a child process, a stub HTTP
//! server on 127.0.0.1 (container, IMDS, STS), and moto's STS when installed. The process
//! environment is never read: every session gets a fixed [`Env`].

use super::*;
use crate::config::Env;
use crate::error::ErrorKind;
use crate::Session;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A temp directory removed on drop.
pub(crate) struct TempDir(pub std::path::PathBuf);

impl TempDir {
    pub(crate) fn new() -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "boto-core-test-{}-{}",
            std::process::id(),
            N.fetch_add(1, Ordering::SeqCst)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    pub(crate) fn write(&self, name: &str, text: &str) -> String {
        let p = self.0.join(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// An environment whose profile files are `config` / `credentials` in `dir` (absent files
/// when not written), plus `vars`.
pub(crate) fn env_with(dir: &TempDir, vars: &[(&str, &str)]) -> Env {
    let mut all = vec![
        (
            "AWS_CONFIG_FILE".to_string(),
            dir.0.join("config").display().to_string(),
        ),
        (
            "AWS_SHARED_CREDENTIALS_FILE".to_string(),
            dir.0.join("credentials").display().to_string(),
        ),
        ("AWS_EC2_METADATA_DISABLED".to_string(), "true".to_string()),
    ];
    for (k, v) in vars {
        all.retain(|(n, _)| n != k);
        all.push((k.to_string(), v.to_string()));
    }
    Env::from_map(all)
}

/// One request the stub saw.
#[derive(Debug, Clone)]
pub(crate) struct Seen {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Seen {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

type Handler = dyn Fn(&Seen) -> (u16, String) + Send + Sync;

/// An HTTP/1.1 server on 127.0.0.1 answering with `handler`, recording every request.
pub(crate) struct Stub {
    pub url: String,
    pub seen: Arc<Mutex<Vec<Seen>>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Stub {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Stub {
    pub(crate) async fn start(
        handler: impl Fn(&Seen) -> (u16, String) + Send + Sync + 'static,
    ) -> Stub {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let seen = Arc::new(Mutex::new(Vec::new()));
        let handler: Arc<Handler> = Arc::new(handler);
        let (seen2, handler2) = (seen.clone(), handler.clone());
        let task = tokio::spawn(async move {
            while let Ok((sock, _)) = listener.accept().await {
                let (seen, handler) = (seen2.clone(), handler2.clone());
                tokio::spawn(serve(sock, seen, handler));
            }
        });
        Stub { url, seen, task }
    }
    pub(crate) fn requests(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

async fn serve(
    mut sock: tokio::net::TcpStream,
    seen: Arc<Mutex<Vec<Seen>>>,
    handler: Arc<Handler>,
) {
    let mut buf = Vec::new();
    loop {
        let head_end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            let mut chunk = [0u8; 4096];
            match sock.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        };
        let head = String::from_utf8_lossy(&buf[..head_end]).into_owned();
        let mut lines = head.split("\r\n");
        let mut first = lines.next().unwrap_or("").split(' ');
        let method = first.next().unwrap_or("").to_string();
        let path = first.next().unwrap_or("").to_string();
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        let len: usize = headers
            .iter()
            .find(|(k, _)| k == "content-length")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0);
        while buf.len() < head_end + len {
            let mut chunk = [0u8; 4096];
            match sock.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
            }
        }
        let body = String::from_utf8_lossy(&buf[head_end..head_end + len]).into_owned();
        buf.drain(..head_end + len);
        let req = Seen {
            method,
            path,
            headers,
            body,
        };
        let (status, reply) = handler(&req);
        seen.lock().unwrap().push(req);
        let resp = format!(
            "HTTP/1.1 {status} X\r\ncontent-length: {}\r\ncontent-type: text/plain\r\n\r\n{reply}",
            reply.len()
        );
        if sock.write_all(resp.as_bytes()).await.is_err() {
            return;
        }
    }
}

fn session(env: Env) -> crate::SessionBuilder {
    Session::builder().env(env)
}

fn expiry_in(secs: u64) -> String {
    crate::DateTime::from(SystemTime::now() + Duration::from_secs(secs))
        .format(crate::TimestampFormat::DateTime)
}

#[tokio::test]
async fn explicit_credentials_win() {
    let dir = TempDir::new();
    let env = env_with(
        &dir,
        &[
            ("AWS_ACCESS_KEY_ID", "ENVKEY"),
            ("AWS_SECRET_ACCESS_KEY", "ENVSECRET"),
        ],
    );
    let s = session(env)
        .credentials(Credentials::new("AK", "SK", None))
        .build()
        .unwrap();
    assert_eq!(s.credentials().await.unwrap().access_key_id(), "AK");
}

#[tokio::test]
async fn environment_credentials() {
    let dir = TempDir::new();
    dir.write(
        "credentials",
        "[default]\naws_access_key_id = FILEKEY\naws_secret_access_key = S\n",
    );
    let env = env_with(
        &dir,
        &[
            ("AWS_ACCESS_KEY_ID", "ENVKEY"),
            ("AWS_SECRET_ACCESS_KEY", "ENVSECRET"),
            ("AWS_SESSION_TOKEN", "ENVTOKEN"),
        ],
    );
    let c = session(env).build().unwrap().credentials().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.secret_access_key(), c.session_token()),
        ("ENVKEY", "ENVSECRET", Some("ENVTOKEN"))
    );
    let env = env_with(&dir, &[("AWS_ACCESS_KEY_ID", "ONLYKEY")]);
    let err = session(env)
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials);
}

#[tokio::test]
async fn credentials_file_then_config_file() {
    let dir = TempDir::new();
    dir.write(
        "config",
        "[profile dev]\naws_access_key_id = CFGKEY\naws_secret_access_key = CFGSECRET\n\
         [profile cfgonly]\naws_access_key_id = K2\naws_secret_access_key = S2\naws_session_token = T2\n",
    );
    dir.write(
        "credentials",
        "[dev]\naws_access_key_id = CREDKEY\naws_secret_access_key = CREDSECRET\n",
    );
    let s = session(env_with(&dir, &[])).profile("dev").build().unwrap();
    let c = s.credentials().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.secret_access_key()),
        ("CREDKEY", "CREDSECRET")
    );
    let s = session(env_with(&dir, &[("AWS_PROFILE", "cfgonly")]))
        .build()
        .unwrap();
    let c = s.credentials().await.unwrap();
    assert_eq!((c.access_key_id(), c.session_token()), ("K2", Some("T2")));
    // Nothing anywhere (IMDS disabled): a credentials error naming the profile.
    let s = session(env_with(&dir, &[])).build().unwrap();
    let err = s.credentials().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials);
    assert!(err.to_string().contains("no credentials found"), "{err}");
}

#[tokio::test]
async fn credential_process_runs_the_command() {
    let dir = TempDir::new();
    let exp = expiry_in(3600);
    let script = dir.write(
        "creds.sh",
        &format!(
            "echo '{{\"Version\": 1, \"AccessKeyId\": \"PROCKEY\", \"SecretAccessKey\": \"PROCSECRET\", \
             \"SessionToken\": \"PROCTOKEN\", \"Expiration\": \"{exp}\"}}'\n"
        ),
    );
    let v2 = dir.write(
        "v2.sh",
        "echo '{\"Version\": 2, \"AccessKeyId\": \"A\", \"SecretAccessKey\": \"B\"}'\n",
    );
    let fails = dir.write("fails.sh", "echo SECRETLEAK >&2; exit 3\n");
    dir.write(
        "config",
        &format!(
            "[default]\ncredential_process = sh \"{script}\"\n[profile v2]\ncredential_process = sh {v2}\n\
             [profile fails]\ncredential_process = sh {fails}\n"
        ),
    );
    let c = session(env_with(&dir, &[]))
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap();
    assert_eq!(
        (c.access_key_id(), c.session_token()),
        ("PROCKEY", Some("PROCTOKEN"))
    );
    let left = c
        .expiry()
        .unwrap()
        .duration_since(SystemTime::now())
        .unwrap();
    assert!(
        left > Duration::from_secs(3500) && left <= Duration::from_secs(3600),
        "{left:?}"
    );
    let err = session(env_with(&dir, &[]))
        .profile("v2")
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("Version"), "{err}");
    let err = session(env_with(&dir, &[]))
        .profile("fails")
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("exited"), "{err}");
    assert!(!err.to_string().contains("SECRETLEAK"), "{err}");
}

#[tokio::test]
async fn container_full_uri_with_token_file() {
    let exp = expiry_in(7200);
    let stub = Stub::start(move |r| match r.path.as_str() {
        "/creds" => (
            200,
            format!(
                "{{\"AccessKeyId\":\"CKEY\",\"SecretAccessKey\":\"CSECRET\",\"Token\":\"CTOKEN\",\"Expiration\":\"{exp}\"}}"
            ),
        ),
        _ => (404, String::new()),
    })
    .await;
    let dir = TempDir::new();
    let token_file = dir.write("token", "Bearer abc\n");
    let full = format!("{}/creds", stub.url);
    let env = env_with(
        &dir,
        &[
            ("AWS_CONTAINER_CREDENTIALS_FULL_URI", &full),
            ("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", &token_file),
            ("AWS_CONTAINER_AUTHORIZATION_TOKEN", "ignored-when-file-set"),
        ],
    );
    let c = session(env).build().unwrap().credentials().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.session_token()),
        ("CKEY", Some("CTOKEN"))
    );
    assert!(c.expiry().is_some());
    let seen = stub.requests();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].header("authorization"), Some("Bearer abc"));

    // A plain-HTTP full URI to a non-loopback host is refused before any request.
    let env = env_with(
        &dir,
        &[(
            "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            "http://example.com/creds",
        )],
    );
    let err = session(env)
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("loopback"), "{err}");
    // A 4xx answer is an error, not a silent fallthrough.
    let env = env_with(
        &dir,
        &[(
            "AWS_CONTAINER_CREDENTIALS_FULL_URI",
            &format!("{}/nope", stub.url),
        )],
    );
    let err = session(env)
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert!(err.to_string().contains("404"), "{err}");
}

fn imds_handler(r: &Seen) -> (u16, String) {
    const ROLE: &str = "/latest/meta-data/iam/security-credentials/";
    let token_ok = r.header("x-aws-ec2-metadata-token") == Some("TOKEN123");
    match (r.method.as_str(), r.path.as_str()) {
        ("PUT", "/latest/api/token") if r.header("x-aws-ec2-metadata-token-ttl-seconds").is_some() => {
            (200, "TOKEN123".into())
        }
        ("GET", ROLE) if token_ok => (200, "my-role\n".into()),
        ("GET", p) if token_ok && p == format!("{ROLE}my-role") => (
            200,
            format!(
                "{{\"Code\":\"Success\",\"AccessKeyId\":\"IKEY\",\"SecretAccessKey\":\"ISECRET\",\"Token\":\"ITOKEN\",\"Expiration\":\"{}\"}}",
                expiry_in(21600)
            ),
        ),
        _ => (401, String::new()),
    }
}

#[tokio::test]
async fn imds_v2_token_role_credentials() {
    let stub = Stub::start(imds_handler).await;
    let dir = TempDir::new();
    let env = env_with(
        &dir,
        &[
            ("AWS_EC2_METADATA_DISABLED", "false"),
            ("AWS_EC2_METADATA_SERVICE_ENDPOINT", &stub.url),
        ],
    );
    let c = session(env).build().unwrap().credentials().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.session_token()),
        ("IKEY", Some("ITOKEN"))
    );
    let seen: Vec<_> = stub
        .requests()
        .into_iter()
        .map(|r| (r.method, r.path))
        .collect();
    assert_eq!(seen.len(), 3, "{seen:?}");
    assert_eq!(seen[0], ("PUT".into(), "/latest/api/token".into()));

    // Disabled: IMDS is never contacted.
    let env = env_with(&dir, &[("AWS_EC2_METADATA_SERVICE_ENDPOINT", &stub.url)]);
    assert!(session(env).build().unwrap().credentials().await.is_err());
    assert_eq!(stub.requests().len(), 3);
}

#[tokio::test]
async fn imds_absent_fails_fast() {
    // A port nothing listens on: refused at once, so the chain ends quickly.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let dir = TempDir::new();
    let url = format!("http://127.0.0.1:{port}");
    let env = env_with(
        &dir,
        &[
            ("AWS_EC2_METADATA_DISABLED", "false"),
            ("AWS_EC2_METADATA_SERVICE_ENDPOINT", &url),
        ],
    );
    let started = std::time::Instant::now();
    let err = session(env)
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials, "{err}");
    println!("chain without IMDS failed after {:?}", started.elapsed());
}

fn sts_reply(action: &str, key: &str) -> String {
    format!(
        "<{action}Response xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><{action}Result>\
         <Credentials><AccessKeyId>{key}</AccessKeyId><SecretAccessKey>STSSECRET</SecretAccessKey>\
         <SessionToken>STSTOKEN</SessionToken><Expiration>{}</Expiration></Credentials>\
         </{action}Result></{action}Response>",
        expiry_in(3600)
    )
}

#[tokio::test]
async fn web_identity_from_environment() {
    let stub = Stub::start(|r| {
        if r.body.contains("Action=AssumeRoleWithWebIdentity") {
            (200, sts_reply("AssumeRoleWithWebIdentity", "WEBKEY"))
        } else {
            (
                400,
                "<ErrorResponse><Error><Code>Bad</Code></Error></ErrorResponse>".into(),
            )
        }
    })
    .await;
    let dir = TempDir::new();
    let token = dir.write("token", "the-jwt\n");
    let env = env_with(
        &dir,
        &[
            ("AWS_WEB_IDENTITY_TOKEN_FILE", &token),
            ("AWS_ROLE_ARN", "arn:aws:iam::123456789012:role/web"),
            ("AWS_ROLE_SESSION_NAME", "sess"),
        ],
    );
    let s = session(env)
        .endpoint_url(stub.url.clone())
        .region("us-west-2")
        .build()
        .unwrap();
    let c = s.credentials().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.session_token()),
        ("WEBKEY", Some("STSTOKEN"))
    );
    let seen = stub.requests();
    assert_eq!(seen.len(), 1);
    assert_eq!(seen[0].method, "POST");
    assert!(seen[0].header("authorization").is_none(), "unsigned");
    for part in [
        "RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fweb",
        "RoleSessionName=sess",
        "WebIdentityToken=the-jwt",
    ] {
        assert!(seen[0].body.contains(part), "{}", seen[0].body);
    }
}

#[tokio::test]
async fn assume_role_signs_with_the_source_profile() {
    let stub = Stub::start(|r| {
        if r.body.contains("Action=AssumeRole&") {
            (200, sts_reply("AssumeRole", "ROLEKEY"))
        } else {
            (400, String::new())
        }
    })
    .await;
    let dir = TempDir::new();
    dir.write(
        "config",
        "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = base\n\
         role_session_name = mysess\nexternal_id = ext\nduration_seconds = 900\n\
         [profile loop-a]\nrole_arn = arn:aws:iam::1:role/a\nsource_profile = loop-b\n\
         [profile loop-b]\nrole_arn = arn:aws:iam::1:role/b\nsource_profile = loop-a\n",
    );
    dir.write(
        "credentials",
        "[base]\naws_access_key_id = BASEKEY\naws_secret_access_key = BASESECRET\n",
    );
    let s = session(env_with(&dir, &[]))
        .profile("role")
        .region("eu-west-1")
        .endpoint_url(stub.url.clone())
        .build()
        .unwrap();
    let c = s.credentials().await.unwrap();
    assert_eq!(c.access_key_id(), "ROLEKEY");
    let seen = stub.requests();
    assert_eq!(seen.len(), 1);
    let auth = seen[0].header("authorization").unwrap_or_default();
    assert!(
        auth.contains("Credential=BASEKEY/") && auth.contains("/eu-west-1/sts/aws4_request"),
        "{auth}"
    );
    for part in [
        "RoleSessionName=mysess",
        "ExternalId=ext",
        "DurationSeconds=900",
        "Version=2011-06-15",
    ] {
        assert!(seen[0].body.contains(part), "{}", seen[0].body);
    }
    let err = session(env_with(&dir, &[]))
        .profile("loop-a")
        .endpoint_url(stub.url.clone())
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config, "{err}");
    assert_eq!(stub.requests().len(), 1, "a loop sends nothing");
}

#[tokio::test]
async fn sts_error_answer_is_a_credentials_error() {
    let stub = Stub::start(|_| {
        (
            403,
            "<ErrorResponse><Error><Type>Sender</Type><Code>AccessDenied</Code>\
               <Message>not allowed</Message></Error></ErrorResponse>"
                .into(),
        )
    })
    .await;
    let dir = TempDir::new();
    dir.write(
        "config",
        "[default]\nrole_arn = arn:aws:iam::1:role/r\ncredential_source = Environment\n",
    );
    let env = env_with(&dir, &[]);
    // credential_source = Environment without keys: a credentials error, nothing sent.
    let err = session(env)
        .endpoint_url(stub.url.clone())
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials, "{err}");
    assert!(stub.requests().is_empty());
    dir.write("config", "[default]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = default\naws_access_key_id = A\naws_secret_access_key = B\n");
    // Static keys of the profile itself win over its role (chain order).
    let c = session(env_with(&dir, &[]))
        .endpoint_url(stub.url.clone())
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap();
    assert_eq!(c.access_key_id(), "A");
    dir.write("config", "[default]\nrole_arn = arn:aws:iam::1:role/r\nsource_profile = src\n[profile src]\naws_access_key_id = A\naws_secret_access_key = B\n");
    let err = session(env_with(&dir, &[]))
        .endpoint_url(stub.url.clone())
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("AccessDenied") && err.to_string().contains("not allowed"),
        "{err}"
    );
}

#[test]
fn sts_xml_reader_rejects_garbage() {
    assert!(sts::read_fields(b"<a><b>1</b></a>").is_ok());
    for bad in [
        &b"<a><b>1</b>"[..],
        b"",
        b"not xml at all",
        b"<a>\xff</a>",
        b"</a>",
    ] {
        assert!(
            sts::read_fields(bad).is_err(),
            "{:?}",
            String::from_utf8_lossy(bad)
        );
    }
}

#[tokio::test]
async fn assume_role_against_moto() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let dir = TempDir::new();
    dir.write(
        "config",
        "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/moto-role\nsource_profile = base\n\
         [profile base]\naws_access_key_id = testing\naws_secret_access_key = testing\n",
    );
    let s = session(env_with(&dir, &[]))
        .profile("role")
        .region("us-east-1")
        .endpoint_url(moto.endpoint())
        .build()
        .unwrap();
    let c = s.credentials().await.unwrap();
    assert_ne!(c.access_key_id(), "testing");
    assert!(c.session_token().is_some());
    assert!(c.expiry().is_some());
}

#[derive(Debug)]
struct Counting {
    calls: AtomicUsize,
    ttl: Duration,
    fail_after_first: bool,
}

impl ProvideCredentials for Counting {
    fn provide(&self) -> futures::future::BoxFuture<'_, crate::Result<Credentials>> {
        Box::pin(async move {
            let n = self.calls.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(Duration::from_millis(20)).await;
            if self.fail_after_first && n > 0 {
                return Err(crate::Error::credentials("provider down"));
            }
            Ok(Credentials::new(format!("KEY{n}"), "S", None)
                .with_expiry(SystemTime::now() + self.ttl))
        })
    }
}

#[tokio::test]
async fn cache_shares_one_resolution_and_refreshes_before_expiry() {
    let dir = TempDir::new();
    let long = Arc::new(Counting {
        calls: AtomicUsize::new(0),
        ttl: Duration::from_secs(3600),
        fail_after_first: false,
    });
    let s = session(env_with(&dir, &[]))
        .credentials_provider(long.clone())
        .build()
        .unwrap();
    assert_eq!(
        long.calls.load(Ordering::SeqCst),
        0,
        "lazy: nothing resolved at build"
    );
    let all = futures::future::join_all((0..8).map(|_| s.credentials())).await;
    assert!(all
        .iter()
        .all(|c| c.as_ref().unwrap().access_key_id() == "KEY0"));
    assert_eq!(
        long.calls.load(Ordering::SeqCst),
        1,
        "one in-flight resolution"
    );

    // Expiring within the 5-minute window: every use refreshes.
    let short = Arc::new(Counting {
        calls: AtomicUsize::new(0),
        ttl: Duration::from_secs(240),
        fail_after_first: false,
    });
    let s = session(env_with(&dir, &[]))
        .credentials_provider(short.clone())
        .build()
        .unwrap();
    assert_eq!(s.credentials().await.unwrap().access_key_id(), "KEY0");
    assert_eq!(s.credentials().await.unwrap().access_key_id(), "KEY1");

    // A failed refresh keeps serving credentials that have not expired yet.
    let flaky = Arc::new(Counting {
        calls: AtomicUsize::new(0),
        ttl: Duration::from_secs(120),
        fail_after_first: true,
    });
    let s = session(env_with(&dir, &[]))
        .credentials_provider(flaky.clone())
        .build()
        .unwrap();
    assert_eq!(s.credentials().await.unwrap().access_key_id(), "KEY0");
    assert_eq!(s.credentials().await.unwrap().access_key_id(), "KEY0");
    assert_eq!(flaky.calls.load(Ordering::SeqCst), 2);
}

#[test]
fn json_credentials_errors_never_echo_the_body() {
    let err = from_json(
        b"{\"AccessKeyId\":\"AK\",\"SecretAccessKey\":\"TOPSECRET\",\"Expiration\":\"soon\"}",
        "x",
    )
    .unwrap_err();
    assert!(!err.to_string().contains("TOPSECRET"), "{err}");
    assert!(from_json(b"{\"AccessKeyId\":\"AK\"}", "x").is_err());
    assert!(from_json(b"[1,2", "x").is_err());
}
