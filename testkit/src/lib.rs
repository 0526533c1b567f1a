//! Test support: starts `moto_server` on a free 127.0.0.1 port and kills it on drop.
//!
//! Under `CI=true` a missing server is a failure (panic), never a skip. Elsewhere
//! [`MotoServer::start_or_skip`] returns `None` so `cargo test` still runs on a machine
//! without moto; the README's test command installs it first.

pub mod botocore;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// `shared/conformance/<sub>`: the conformance suites kept beside the repository
/// (`../shared`). Looked up from `manifest_dir` (pass `env!("CARGO_MANIFEST_DIR")`) upwards,
/// so it is found whatever crate of the workspace asks and wherever the checkout sits.
/// Panics with the places it looked when there is none: the suites are not optional.
pub fn conformance_dir(manifest_dir: &str, sub: &str) -> std::path::PathBuf {
    let start = std::path::Path::new(manifest_dir);
    start
        .ancestors()
        .map(|a| a.join("shared/conformance").join(sub))
        .find(|p| p.is_dir())
        .unwrap_or_else(|| {
            panic!(
                "shared/conformance/{sub} not found in any folder above {}",
                start.display()
            )
        })
}

/// The region moto sessions use.
pub const MOTO_REGION: &str = "us-east-1";
/// The access key id of the static credentials moto accepts (any, unless auth is enabled).
pub const MOTO_ACCESS_KEY: &str = "testing";
/// The secret key of those credentials.
pub const MOTO_SECRET_KEY: &str = "testing";

/// A `boto_core::Session` for a [`MotoServer`]: its endpoint, region [`MOTO_REGION`] and the
/// static credentials [`MOTO_ACCESS_KEY`]/[`MOTO_SECRET_KEY`]. Builder calls after the
/// server go before `.build()` and override those settings:
///
/// ```text
/// let session = testkit::moto_session!(&moto);
/// let eu = testkit::moto_session!(&moto, .region("eu-west-1").retry(RetryConfig::standard()));
/// ```
///
/// A macro, not a function: testkit does not depend on boto-core (boto-core's own tests
/// use testkit), so the session is built where the macro is used, through `::boto_core`.
#[macro_export]
macro_rules! moto_session {
    ($moto:expr $(, $($setting:tt)+)?) => {
        ::boto_core::Session::builder()
            .region($crate::MOTO_REGION)
            .endpoint_url($crate::MotoServer::endpoint($moto))
            .credentials(::boto_core::Credentials::new(
                $crate::MOTO_ACCESS_KEY,
                $crate::MOTO_SECRET_KEY,
                ::core::option::Option::None,
            ))
            $($($setting)+)?
            .build()
            .expect("a session for moto")
    };
}

/// A session whose requests go to a `boto_core::http::replay::ReplayClient` (recorded
/// answers, no network): region `us-east-1`, static test credentials, then any builder
/// calls given after the client, as in [`moto_session!`].
///
/// ```ignore
/// let replay = ReplayClient::new();
/// let session = testkit::replay_session!(&replay, .retry(RetryConfig::standard()));
/// ```
#[macro_export]
macro_rules! replay_session {
    ($replay:expr $(, $($setting:tt)+)?) => {
        ::boto_core::Session::builder()
            .region($crate::MOTO_REGION)
            .credentials(::boto_core::Credentials::new(
                $crate::MOTO_ACCESS_KEY,
                $crate::MOTO_SECRET_KEY,
                ::core::option::Option::None,
            ))
            .http_client(::std::sync::Arc::new(::core::clone::Clone::clone($replay)))
            $($($setting)+)?
            .build()
            .expect("a session on the replay transport")
    };
}

/// A running `moto_server`, killed when dropped.
pub struct MotoServer {
    child: Child,
    port: u16,
}

impl std::fmt::Debug for MotoServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MotoServer")
            .field("port", &self.port)
            .finish()
    }
}

/// True when running under CI (`CI=true`), where missing servers are failures.
pub fn in_ci() -> bool {
    std::env::var("CI")
        .map(|v| v == "true" || v == "1")
        .unwrap_or(false)
}

/// A free TCP port on 127.0.0.1.
pub fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    l.local_addr().expect("local addr").port()
}

fn moto_binary() -> Option<String> {
    if let Ok(p) = std::env::var("MOTO_SERVER") {
        return Some(p);
    }
    let ok = Command::new("moto_server")
        .arg("--help")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    ok.then(|| "moto_server".to_string())
}

impl MotoServer {
    /// Starts moto; panics when it cannot (use in CI or when moto is required).
    pub fn start() -> MotoServer {
        match Self::try_start() {
            Ok(s) => s,
            Err(e) => panic!("moto_server could not be started: {e}"),
        }
    }

    /// Starts moto, or returns `None` (with a note on stderr) when it is not installed and
    /// we are not in CI. Under `CI=true` a missing moto panics.
    pub fn start_or_skip() -> Option<MotoServer> {
        match Self::try_start() {
            Ok(s) => Some(s),
            Err(e) if !in_ci() => {
                eprintln!("skipping: moto_server not available ({e}); run scripts/test.sh");
                None
            }
            Err(e) => panic!("moto_server is required under CI=true: {e}"),
        }
    }

    /// Starts moto and waits until it answers.
    pub fn try_start() -> Result<MotoServer, String> {
        let bin = moto_binary().ok_or("moto_server not found on PATH")?;
        let mut last = String::new();
        for _ in 0..3 {
            let port = free_port();
            let child = Command::new(&bin)
                .args(["-H", "127.0.0.1", "-p", &port.to_string()])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|e| format!("spawn {bin}: {e}"))?;
            let mut server = MotoServer { child, port };
            let deadline = Instant::now() + Duration::from_secs(30);
            while Instant::now() < deadline {
                if let Ok(Some(status)) = server.child.try_wait() {
                    last = format!("moto_server exited early: {status}");
                    break;
                }
                if server.request("GET", "/moto-api/", "").is_ok() {
                    return Ok(server);
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            if last.is_empty() {
                last = "moto_server did not answer within 30 s".into();
            }
        }
        Err(last)
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// `http://127.0.0.1:PORT`
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Wipes all state (`POST /moto-api/reset`).
    pub fn reset(&self) {
        self.request("POST", "/moto-api/reset", "")
            .expect("moto reset");
    }

    /// Turns SigV4 verification on: from now on every request must be signed with the
    /// access key of an IAM user (or assumed role) whose policies allow it
    /// (`POST /moto-api/reset-auth` with body `0`, the number of requests that still pass
    /// unchecked). Create the user, its policy and its access key before calling this.
    pub fn enable_auth(&self) {
        self.request("POST", "/moto-api/reset-auth", "0")
            .expect("moto reset-auth");
    }

    /// A minimal blocking HTTP/1.1 request to the server; returns (status, body).
    pub fn request(&self, method: &str, path: &str, body: &str) -> Result<(u16, String), String> {
        let addr: SocketAddr = ([127, 0, 0, 1], self.port).into();
        let mut s =
            TcpStream::connect_timeout(&addr, Duration::from_secs(2)).map_err(|e| e.to_string())?;
        s.set_read_timeout(Some(Duration::from_secs(30))).ok();
        let req = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.port,
            body.len()
        );
        s.write_all(req.as_bytes()).map_err(|e| e.to_string())?;
        let mut out = Vec::new();
        s.read_to_end(&mut out).map_err(|e| e.to_string())?;
        let text = String::from_utf8_lossy(&out).into_owned();
        let status = text
            .split_whitespace()
            .nth(1)
            .and_then(|c| c.parse().ok())
            .ok_or_else(|| format!("bad response: {text:.100}"))?;
        let body = text
            .split_once("\r\n\r\n")
            .map(|x| x.1)
            .unwrap_or("")
            .to_string();
        Ok((status, body))
    }
}

impl Drop for MotoServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A running `s3s-fs` (an S3-compatible server on a file system that verifies SigV4
/// signatures and presigned URLs) on a free 127.0.0.1 port, with a temporary root directory
/// and one access key; killed, and its directory removed, when dropped.
///
/// The binary is `S3S_FS`, else `s3s-fs` on PATH, else `~/.cargo/bin/s3s-fs`;
/// `scripts/install-s3s-fs.sh` installs it. Under `CI=true` a missing binary is a failure.
pub struct S3sFsServer {
    child: Child,
    port: u16,
    root: std::path::PathBuf,
}

impl std::fmt::Debug for S3sFsServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3sFsServer")
            .field("port", &self.port)
            .field("root", &self.root)
            .finish_non_exhaustive()
    }
}

fn s3s_fs_binary() -> Option<std::path::PathBuf> {
    if let Some(p) = std::env::var_os("S3S_FS") {
        return Some(p.into());
    }
    let on_path = Command::new("s3s-fs")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if on_path {
        return Some("s3s-fs".into());
    }
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::Path::new(&h).join(".cargo")))?;
    let bin = cargo_home.join("bin/s3s-fs");
    bin.is_file().then_some(bin)
}

impl S3sFsServer {
    /// The access key the server accepts.
    pub const ACCESS_KEY: &'static str = "AKIDS3SFSTESTING";
    /// The secret key of [`S3sFsServer::ACCESS_KEY`].
    pub const SECRET_KEY: &'static str = "s3s-fs-test-secret";

    /// Starts s3s-fs, or returns `None` (with a note on stderr) when it is not installed and
    /// we are not in CI. Under `CI=true` a missing or failing s3s-fs panics.
    pub fn start_or_skip() -> Option<S3sFsServer> {
        match Self::try_start() {
            Ok(s) => Some(s),
            Err(e) if !in_ci() => {
                eprintln!("skipping: s3s-fs not available ({e}); run scripts/test.sh");
                None
            }
            Err(e) => panic!("s3s-fs is required under CI=true: {e}"),
        }
    }

    /// Starts s3s-fs and waits until it answers HTTP.
    pub fn try_start() -> Result<S3sFsServer, String> {
        static STARTED: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let bin = s3s_fs_binary().ok_or("s3s-fs not found (S3S_FS, PATH, ~/.cargo/bin)")?;
        let mut last = String::new();
        for _ in 0..3 {
            let port = free_port();
            let n = STARTED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let root = std::env::temp_dir()
                .join(format!("testkit-s3s-fs-{}-{n}-{port}", std::process::id()));
            let _ = std::fs::remove_dir_all(&root);
            std::fs::create_dir_all(&root).map_err(|e| format!("{}: {e}", root.display()))?;
            let child = Command::new(&bin)
                .args(["--host", "127.0.0.1", "--port", &port.to_string()])
                .args(["--access-key", Self::ACCESS_KEY])
                .args(["--secret-key", Self::SECRET_KEY])
                .arg(&root)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .map_err(|e| format!("spawn {}: {e}", bin.display()))?;
            let mut server = S3sFsServer { child, port, root };
            let deadline = Instant::now() + Duration::from_secs(30);
            while Instant::now() < deadline {
                if let Ok(Some(status)) = server.child.try_wait() {
                    last = format!("s3s-fs exited early: {status}");
                    break;
                }
                if server.answers() {
                    return Ok(server);
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            if last.is_empty() {
                last = "s3s-fs did not answer within 30 s".into();
            }
        }
        Err(last)
    }

    /// Whether an (unsigned) `GET /` gets any HTTP answer.
    fn answers(&self) -> bool {
        let addr: SocketAddr = ([127, 0, 0, 1], self.port).into();
        let Ok(mut s) = TcpStream::connect_timeout(&addr, Duration::from_secs(2)) else {
            return false;
        };
        s.set_read_timeout(Some(Duration::from_secs(5))).ok();
        let req = format!(
            "GET / HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nConnection: close\r\n\r\n",
            self.port
        );
        let mut head = [0u8; 5];
        s.write_all(req.as_bytes()).is_ok() && s.read_exact(&mut head).is_ok() && &head == b"HTTP/"
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// `http://127.0.0.1:PORT`
    pub fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// The directory the server stores buckets and objects in.
    pub fn root(&self) -> &std::path::Path {
        &self.root
    }
}

impl Drop for S3sFsServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.root);
    }
}
