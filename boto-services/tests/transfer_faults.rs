//! Managed transfers against a misbehaving S3: a scripted HTTP/1.1 server on 127.0.0.1 that
//! ignores ranges, answers short or cut off, changes the object's ETag mid-download, or never
//! answers. Downloads either succeed with the right bytes or fail with a specific error and
//! leave the destination as it was; uploads and copies are aborted when they fail or are
//! dropped, and hold at most `max_concurrency` parts in flight.

#![cfg(feature = "s3")]

use boto_services::core::{Credentials, ErrorKind, RetryConfig, Session};
use boto_services::s3::{TransferConfig, S3};
use futures::future::BoxFuture;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;

const MIB: usize = 1024 * 1024;
const ETAG: &str = "\"v1\"";

// ---- the stub server ----

/// A request as the stub saw it.
#[derive(Clone, Debug)]
struct Req {
    method: String,
    path: String,
    query: Vec<(String, String)>,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Req {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
    fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
    fn part(&self) -> Option<usize> {
        self.param("partNumber").and_then(|n| n.parse().ok())
    }
    /// `(first, last)` of a `Range: bytes=first-last` header.
    fn range(&self) -> Option<(usize, usize)> {
        let (a, b) = self
            .header("range")?
            .strip_prefix("bytes=")?
            .split_once('-')?;
        Some((a.parse().ok()?, b.parse().ok()?))
    }
    fn is_get_of_range(&self, first: usize) -> bool {
        self.method == "GET" && self.range().is_some_and(|(a, _)| a == first)
    }
}

/// What the stub sends back.
enum Reply {
    /// A whole response (its `Content-Length` is the body's; a HEAD answer omits the body).
    Full {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    },
    /// Headers announcing all of `body`, then only its first `sent` bytes, then the
    /// connection closes.
    Cut {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
        sent: usize,
    },
    /// Nothing, ever (the connection stays open).
    Stall,
    /// The reply this future resolves to.
    Later(BoxFuture<'static, Reply>),
}

fn reply(status: u16, headers: &[(&str, String)], body: impl Into<Vec<u8>>) -> Reply {
    Reply::Full {
        status,
        headers: headers
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect(),
        body: body.into(),
    }
}

type Handler = Arc<dyn Fn(&Req) -> Reply + Send + Sync>;

/// The scripted server; stops (closing every connection) when dropped.
struct Stub {
    addr: SocketAddr,
    log: Arc<Mutex<Vec<Req>>>,
    arrived: Arc<Notify>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Stub {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Stub {
    async fn start(handler: impl Fn(&Req) -> Reply + Send + Sync + 'static) -> Stub {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let (log, arrived) = (Arc::new(Mutex::new(Vec::new())), Arc::new(Notify::new()));
        let handler: Handler = Arc::new(handler);
        let (l, a) = (log.clone(), arrived.clone());
        let task = tokio::spawn(async move {
            // Connections live in the set: aborting the server drops them all.
            let mut connections = tokio::task::JoinSet::new();
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    return;
                };
                connections.spawn(serve(stream, handler.clone(), l.clone(), a.clone()));
            }
        });
        Stub {
            addr,
            log,
            arrived,
            task,
        }
    }

    fn endpoint(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn requests(&self) -> Vec<Req> {
        self.log.lock().unwrap().clone()
    }

    fn count(&self, pred: impl Fn(&Req) -> bool) -> usize {
        self.requests().iter().filter(|r| pred(r)).count()
    }

    /// The first request matching `pred`, once it has arrived. The bound only keeps a
    /// broken build from hanging the suite.
    async fn wait_for(&self, what: &str, pred: impl Fn(&Req) -> bool) -> Req {
        let wait = async {
            loop {
                let notified = self.arrived.notified();
                if let Some(r) = self.requests().into_iter().find(|r| pred(r)) {
                    return r;
                }
                notified.await;
            }
        };
        tokio::time::timeout(Duration::from_secs(60), wait)
            .await
            .unwrap_or_else(|_| panic!("the stub never received {what}: {:#?}", self.summary()))
    }

    fn summary(&self) -> Vec<String> {
        self.requests()
            .iter()
            .map(|r| {
                let q: Vec<_> = r.query.iter().map(|(k, v)| format!("{k}={v}")).collect();
                format!(
                    "{} {}?{} {:?}",
                    r.method,
                    r.path,
                    q.join("&"),
                    r.header("range")
                )
            })
            .collect()
    }
}

async fn serve(
    stream: TcpStream,
    handler: Handler,
    log: Arc<Mutex<Vec<Req>>>,
    arrived: Arc<Notify>,
) {
    let mut stream = BufReader::new(stream);
    while let Some(req) = read_request(&mut stream).await {
        log.lock().unwrap().push(req.clone());
        arrived.notify_waiters();
        let mut answer = handler(&req);
        while let Reply::Later(f) = answer {
            answer = f.await;
        }
        let head = req.method == "HEAD";
        let out = stream.get_mut();
        match answer {
            Reply::Full {
                status,
                headers,
                body,
            } => {
                if write_head(out, status, &headers, body.len()).await.is_err()
                    || (!head && out.write_all(&body).await.is_err())
                {
                    return;
                }
            }
            Reply::Cut {
                status,
                headers,
                body,
                sent,
            } => {
                let _ = write_head(out, status, &headers, body.len()).await;
                let _ = out.write_all(&body[..sent]).await;
                let _ = out.flush().await;
                return;
            }
            Reply::Stall => std::future::pending::<()>().await,
            Reply::Later(_) => unreachable!(),
        }
    }
}

async fn write_head(
    out: &mut TcpStream,
    status: u16,
    headers: &[(String, String)],
    len: usize,
) -> std::io::Result<()> {
    let mut head = format!("HTTP/1.1 {status} Stub\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    let has_len = headers
        .iter()
        .any(|(k, _)| k.eq_ignore_ascii_case("content-length"));
    if status != 204 && !has_len {
        head.push_str(&format!("Content-Length: {len}\r\n"));
    }
    head.push_str("\r\n");
    out.write_all(head.as_bytes()).await
}

async fn read_request(stream: &mut BufReader<TcpStream>) -> Option<Req> {
    let mut line = String::new();
    stream.read_line(&mut line).await.ok().filter(|&n| n > 0)?;
    let mut words = line.split_whitespace();
    let (method, target) = (words.next()?.to_string(), words.next()?.to_string());
    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        stream.read_line(&mut line).await.ok().filter(|&n| n > 0)?;
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (k, v) = line.split_once(':')?;
        headers.push((k.trim().to_string(), v.trim().to_string()));
    }
    let (path, query) = target.split_once('?').unwrap_or((&target, ""));
    let query = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (k.to_string(), v.to_string())
        })
        .collect();
    let mut req = Req {
        method,
        path: path.to_string(),
        query,
        headers,
        body: Vec::new(),
    };
    if req
        .header("transfer-encoding")
        .is_some_and(|t| t.contains("chunked"))
    {
        loop {
            let mut size = String::new();
            stream.read_line(&mut size).await.ok()?;
            let size = usize::from_str_radix(size.trim().split(';').next()?, 16).ok()?;
            let mut chunk = vec![0; size + 2];
            stream.read_exact(&mut chunk).await.ok()?;
            if size == 0 {
                break;
            }
            req.body.extend_from_slice(&chunk[..size]);
        }
    } else if let Some(n) = req.header("content-length").and_then(|n| n.parse().ok()) {
        req.body = vec![0; n];
        stream.read_exact(&mut req.body).await.ok()?;
    }
    Some(req)
}

// ---- S3 as the stub plays it ----

/// HEAD and GET (whole, or one range) of `data`, as S3 answers them.
fn object(req: &Req, data: &[u8], etag: &str) -> Reply {
    let etag = ("ETag", etag.to_string());
    match req.range() {
        Some((a, b)) if req.method == "GET" => {
            let b = b.min(data.len() - 1);
            reply(
                206,
                &[
                    etag,
                    ("Content-Range", format!("bytes {a}-{b}/{}", data.len())),
                ],
                &data[a..=b],
            )
        }
        _ => reply(200, &[etag], data),
    }
}

/// CreateMultipartUpload, UploadPart, UploadPartCopy, CompleteMultipartUpload and
/// AbortMultipartUpload, all successful.
fn multipart(req: &Req) -> Reply {
    let xml = |s: String| format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>{s}");
    match req.method.as_str() {
        "POST" if req.param("uploads").is_some() => reply(
            200,
            &[],
            xml(
                "<InitiateMultipartUploadResult><Bucket>b</Bucket><Key>k</Key>\
                 <UploadId>upload-1</UploadId></InitiateMultipartUploadResult>"
                    .into(),
            ),
        ),
        "PUT" if req.header("x-amz-copy-source").is_some() => reply(
            200,
            &[],
            xml(format!(
                "<CopyPartResult><ETag>\"copy-{}\"</ETag></CopyPartResult>",
                req.part().unwrap()
            )),
        ),
        "PUT" if req.part().is_some() => reply(
            200,
            &[("ETag", format!("\"part-{}\"", req.part().unwrap()))],
            "",
        ),
        "POST" if req.param("uploadId").is_some() => reply(
            200,
            &[],
            xml(
                "<CompleteMultipartUploadResult><Bucket>b</Bucket><Key>k</Key>\
                 <ETag>\"whole-3\"</ETag></CompleteMultipartUploadResult>"
                    .into(),
            ),
        ),
        "DELETE" if req.param("uploadId").is_some() => reply(204, &[], ""),
        _ => reply(
            400,
            &[],
            xml("<Error><Code>Unexpected</Code><Message>not scripted</Message></Error>".into()),
        ),
    }
}

fn is_abort(r: &Req) -> bool {
    r.method == "DELETE" && r.param("uploadId") == Some("upload-1")
}

fn is_complete(r: &Req) -> bool {
    r.method == "POST" && r.param("uploadId").is_some()
}

fn s3(stub: &Stub) -> S3 {
    let session = Session::builder()
        .region("us-east-1")
        .endpoint_url(stub.endpoint())
        .credentials(Credentials::new("testing", "testing", None))
        .retry(RetryConfig::standard().base_backoff(Duration::from_millis(1)))
        .build()
        .unwrap();
    S3::new(&session)
}

/// 1000-byte ranges, two at a time.
fn ranges() -> TransferConfig {
    TransferConfig {
        multipart_threshold: 1000,
        part_size: 1000,
        max_concurrency: 2,
        ..TransferConfig::default()
    }
}

fn data(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 % 251) as u8).collect()
}

/// A fresh empty directory for one test, removed when dropped.
struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn scratch(test: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!(
        "boto-transfer-faults-{}-{test}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    Scratch(dir)
}

/// The names of the files in `dir`.
fn files(dir: &Path) -> Vec<String> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

// ---- downloads ----

#[tokio::test]
async fn a_ranged_download_asks_each_range_once_with_if_match() {
    let body = data(3500);
    let served = body.clone();
    let stub = Stub::start(move |r| object(r, &served, ETAG)).await;
    let dir = scratch("good");
    let dst = dir.join("out.bin");
    s3(&stub)
        .object("b", "k")
        .download_file(&dst)
        .config(ranges())
        .await
        .unwrap();
    assert_downloaded(&dst, &body);
    assert_eq!(files(&dir), ["out.bin"]);
    let mut gets: Vec<_> = stub
        .requests()
        .into_iter()
        .filter(|r| r.method == "GET")
        .map(|r| (r.range().unwrap(), r.header("if-match").map(str::to_owned)))
        .collect();
    gets.sort();
    let tag = Some(ETAG.to_string());
    assert_eq!(
        gets,
        [
            ((0, 999), tag.clone()),
            ((1000, 1999), tag.clone()),
            ((2000, 2999), tag.clone()),
            ((3000, 3499), tag.clone()),
        ]
    );
}

/// Runs a ranged download of 3500 bytes from a stub that answers the range starting at
/// byte 1000 with `fault(attempt)` (1-based); every other request is answered well.
async fn faulty_download(
    test: &str,
    fault: impl Fn(&Req, &[u8], usize) -> Option<Reply> + Send + Sync + 'static,
) -> (
    Stub,
    PathBuf,
    Vec<u8>,
    boto_services::core::Result<()>,
    Scratch,
) {
    let body = data(3500);
    let served = body.clone();
    let attempts = Mutex::new(0);
    let stub = Stub::start(move |r| {
        if r.is_get_of_range(1000) {
            let mut n = attempts.lock().unwrap();
            *n += 1;
            if let Some(reply) = fault(r, &served, *n) {
                return reply;
            }
        }
        object(r, &served, ETAG)
    })
    .await;
    let dir = scratch(test);
    let dst = dir.join("out.bin");
    std::fs::write(&dst, b"what was there before").unwrap();
    let result = s3(&stub)
        .object("b", "k")
        .download_file(&dst)
        .config(ranges())
        .await;
    (stub, dst, body, result, dir)
}

/// The destination holds what it held before, and nothing else is left beside it.
fn untouched(dst: &Path) {
    assert_eq!(std::fs::read(dst).unwrap(), b"what was there before");
    assert_eq!(files(dst.parent().unwrap()), ["out.bin"]);
}

#[tokio::test]
async fn a_200_answering_a_range_fails_and_leaves_the_destination() {
    let (stub, dst, _, result, _dir) = faulty_download("200", |_, data, _| {
        Some(reply(200, &[("ETag", ETAG.into())], data))
    })
    .await;
    let err = result.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    assert!(
        err.to_string()
            .contains("bytes 1000-1999: status 200 instead of 206"),
        "{err}"
    );
    assert_eq!(
        stub.count(|r| r.is_get_of_range(1000)),
        1,
        "not asked again"
    );
    untouched(&dst);
}

#[tokio::test]
async fn a_206_of_another_range_or_length_fails() {
    for (test, content_range) in [
        ("other-range", "bytes 0-999/3500"),
        ("other-length", "bytes 1000-1999/9999"),
        ("no-range", ""),
    ] {
        let cr = content_range.to_string();
        let (_stub, dst, _, result, _dir) = faulty_download(test, move |_, data, _| {
            let mut headers = vec![("ETag", ETAG.to_string())];
            if !cr.is_empty() {
                headers.push(("Content-Range", cr.clone()));
            }
            Some(reply(206, &headers, &data[1000..2000]))
        })
        .await;
        let err = result.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
        assert!(
            err.to_string().contains(&format!(
                "bytes 1000-1999: Content-Range {content_range:?} instead of \"bytes 1000-1999/3500\""
            )),
            "{test}: {err}"
        );
        untouched(&dst);
    }
}

#[tokio::test]
async fn an_etag_changing_mid_download_fails() {
    let (stub, dst, _, result, _dir) = faulty_download("etag", |r, data, _| {
        // A server ignoring If-Match, serving a replaced object.
        assert_eq!(r.header("if-match"), Some(ETAG));
        Some(reply(
            206,
            &[
                ("ETag", "\"v2\"".into()),
                ("Content-Range", "bytes 1000-1999/3500".into()),
            ],
            &data[1000..2000],
        ))
    })
    .await;
    let err = result.unwrap_err();
    assert!(
        err.to_string().contains(
            "bytes 1000-1999: ETag \"v2\" instead of \"v1\": the object changed during the download"
        ),
        "{err}"
    );
    assert_eq!(stub.count(|r| r.is_get_of_range(1000)), 1);
    untouched(&dst);
}

/// A 206 of the right range whose body is only its first 400 bytes.
fn short(data: &[u8]) -> Reply {
    reply(
        206,
        &[
            ("ETag", ETAG.into()),
            ("Content-Range", "bytes 1000-1999/3500".into()),
        ],
        &data[1000..1400],
    )
}

#[tokio::test]
async fn a_range_coming_back_short_every_time_fails_after_three_attempts() {
    let (stub, dst, _, result, _dir) =
        faulty_download("short", |_, data, _| Some(short(data))).await;
    let err = result.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    assert!(
        err.to_string().contains(
            "GetObject b/k bytes 1000-1999: Content-Length 400 instead of 1000 (on each of 3 attempts)"
        ),
        "{err}"
    );
    assert_eq!(stub.count(|r| r.is_get_of_range(1000)), 3);
    untouched(&dst);
}

#[tokio::test]
async fn one_short_range_then_a_good_one_is_ok() {
    let (stub, dst, body, result, _dir) =
        faulty_download("short-once", |_, data, n| (n == 1).then(|| short(data))).await;
    result.unwrap();
    assert_downloaded(&dst, &body);
    assert_eq!(files(dst.parent().unwrap()), ["out.bin"]);
    assert_eq!(stub.count(|r| r.is_get_of_range(1000)), 2);
}

/// The range `bytes 1000-1999` of `data` (3500 bytes), cut off after 300 bytes.
fn second_range_cut_off(data: &[u8]) -> Reply {
    Reply::Cut {
        status: 206,
        headers: vec![
            ("ETag".into(), ETAG.into()),
            ("Content-Range".into(), "bytes 1000-1999/3500".into()),
        ],
        body: data[1000..2000].to_vec(),
        sent: 300,
    }
}

#[tokio::test]
async fn a_connection_reset_mid_range_is_asked_again() {
    let (stub, dst, body, result, _dir) = faulty_download("reset-once", |_, data, n| {
        (n == 1).then(|| second_range_cut_off(data))
    })
    .await;
    result.unwrap();
    assert_downloaded(&dst, &body);
    assert_eq!(stub.count(|r| r.is_get_of_range(1000)), 2);

    // Cut off every time: a transport error, reported after three attempts.
    let (stub, dst, _, result, _dir) = faulty_download("reset-always", |_, data, _| {
        Some(second_range_cut_off(data))
    })
    .await;
    let err = result.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport, "{err}");
    assert!(
        err.to_string()
            .contains("GetObject b/k bytes 1000-1999: cut off on each of 3 attempts"),
        "{err}"
    );
    assert_eq!(stub.count(|r| r.is_get_of_range(1000)), 3);
    untouched(&dst);
}

#[tokio::test]
async fn a_whole_object_cut_short_fails() {
    // Below the threshold: one GET, whose body is shorter than HeadObject said.
    let body = data(500);
    let served = body.clone();
    let stub = Stub::start(move |r| match r.method.as_str() {
        "GET" => reply(200, &[("ETag", ETAG.into())], &served[..200]),
        _ => object(r, &served, ETAG),
    })
    .await;
    let dir = scratch("whole-short");
    let dst = dir.join("out.bin");
    let err = s3(&stub)
        .object("b", "k")
        .download_file(&dst)
        .config(ranges())
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("GetObject b/k: Content-Length 200 instead of 500 (on each of 3 attempts)"),
        "{err}"
    );
    assert!(!dst.exists());
    assert!(files(&dir).is_empty(), "{:?}", files(&dir));
}

#[tokio::test]
async fn a_dropped_download_leaves_no_file() {
    let body = data(3500);
    let served = body.clone();
    let stub = Stub::start(move |r| {
        if r.is_get_of_range(2000) {
            Reply::Stall
        } else {
            object(r, &served, ETAG)
        }
    })
    .await;
    let dir = scratch("dropped-download");
    let dst = dir.join("out.bin");
    let s3 = s3(&stub);
    let download = s3.object("b", "k").download_file(&dst).config(ranges());
    tokio::select! {
        r = download => panic!("the download finished: {r:?}"),
        _ = stub.wait_for("GET bytes=2000-", |r| r.is_get_of_range(2000)) => {}
    }
    // Range 2000- is asked for once range 0- or 1000- is written: the file had data.
    assert!(stub.count(|r| r.is_get_of_range(0) || r.is_get_of_range(1000)) == 2);
    assert!(files(&dir).is_empty(), "{:?}", files(&dir));
}

// ---- uploads and copies ----

/// An 11 MiB file (parts of 5, 5 and 1 MiB) in its directory.
/// `dst` holds exactly `body` (compared without printing megabytes on failure).
fn assert_downloaded(dst: &Path, body: &[u8]) {
    assert!(
        std::fs::read(dst).unwrap() == body,
        "downloaded bytes differ"
    );
}

fn eleven_mib(test: &str) -> (Scratch, PathBuf) {
    let dir = scratch(test);
    let path = dir.join("in.bin");
    std::fs::write(&path, data(11 * MIB)).unwrap();
    (dir, path)
}

fn parts(concurrency: usize) -> TransferConfig {
    TransferConfig {
        multipart_threshold: 5 * MIB as u64,
        part_size: 5 * MIB as u64,
        max_concurrency: concurrency,
        ..TransferConfig::default()
    }
}

#[derive(Default)]
struct Gate {
    arrived: usize,
    released: usize,
    answered: usize,
    peak: usize,
}

#[tokio::test]
async fn an_upload_has_at_most_max_concurrency_parts_in_flight() {
    // The stub holds each UploadPart until `max_concurrency` parts (or all the parts left)
    // are waiting, and records the most it ever held at once.
    const PARTS: usize = 4;
    let body = data(16 * MIB);
    let dir = scratch("concurrency");
    let path = dir.join("in.bin");
    std::fs::write(&path, &body).unwrap();
    for concurrency in [1, 3] {
        let gate = Arc::new((Mutex::new(Gate::default()), Notify::new()));
        let g = gate.clone();
        let stub = Stub::start(move |r| {
            if r.method != "PUT" || r.part().is_none() {
                return multipart(r);
            }
            let (gate, answer) = (g.clone(), multipart(r));
            Reply::Later(Box::pin(async move {
                let me = {
                    let mut g = gate.0.lock().unwrap();
                    g.arrived += 1;
                    g.peak = g.peak.max(g.arrived - g.answered);
                    if g.arrived - g.released >= concurrency.min(PARTS - g.released) {
                        g.released = g.arrived;
                    }
                    g.arrived - 1
                };
                gate.1.notify_waiters();
                loop {
                    let notified = gate.1.notified();
                    if me < gate.0.lock().unwrap().released {
                        break;
                    }
                    notified.await;
                }
                gate.0.lock().unwrap().answered += 1;
                answer
            }))
        })
        .await;
        s3(&stub)
            .object("b", "k")
            .upload_file(&path)
            .config(parts(concurrency))
            .await
            .unwrap();
        assert_eq!(gate.0.lock().unwrap().peak, concurrency);
        let mut sent: Vec<_> = stub
            .requests()
            .into_iter()
            .filter(|r| r.method == "PUT")
            .map(|r| (r.part().unwrap(), r.body))
            .collect();
        sent.sort();
        let sizes: Vec<_> = sent.iter().map(|(n, b)| (*n, b.len())).collect();
        assert_eq!(sizes, [(1, 5 * MIB), (2, 5 * MIB), (3, 5 * MIB), (4, MIB)]);
        let whole: Vec<u8> = sent.iter().flat_map(|(_, b)| b.iter().copied()).collect();
        assert!(whole == body, "parts reassemble the file");
        let complete = stub.wait_for("CompleteMultipartUpload", is_complete).await;
        let xml = String::from_utf8(complete.body).unwrap();
        let listed: String = (1..=PARTS)
            .map(|n| {
                format!(
                    "<Part><ETag>&quot;part-{n}&quot;</ETag><PartNumber>{n}</PartNumber></Part>"
                )
            })
            .collect();
        assert!(xml.contains(&listed), "every part, in order: {xml}");
        assert_eq!(stub.count(is_abort), 0);
    }
}

#[tokio::test]
async fn a_dropped_upload_is_aborted() {
    let (_dir, path) = eleven_mib("dropped-upload");
    let stub = Stub::start(|r| {
        if r.method == "PUT" && r.part() == Some(2) {
            Reply::Stall
        } else {
            multipart(r)
        }
    })
    .await;
    let s3 = s3(&stub);
    let upload = s3.object("b", "k").upload_file(&path).config(parts(2));
    tokio::select! {
        r = upload => panic!("the upload finished: {r:?}"),
        _ = stub.wait_for("UploadPart 2", |r| r.method == "PUT" && r.part() == Some(2)) => {}
    }
    let abort = stub.wait_for("AbortMultipartUpload", is_abort).await;
    assert_eq!(abort.path, "/b/k");
    assert_eq!(stub.count(is_complete), 0);
}

/// An S3 error answer: `status` with `<Error><Code>code</Code>..`.
fn error_reply(status: u16, code: &str) -> Reply {
    reply(
        status,
        &[],
        format!("<Error><Code>{code}</Code><Message>no</Message></Error>"),
    )
}

/// Uploads 11 MiB in parts (`concurrency` at a time) to a stub that answers the request
/// `fails` picks with a 400 `code` and plays the multipart calls otherwise; the upload must
/// fail with `code`. Returns the stub, to count what was sent.
async fn failed_upload(
    test: &str,
    fails: fn(&Req) -> bool,
    code: &'static str,
    concurrency: usize,
) -> Stub {
    let (_dir, path) = eleven_mib(test);
    let stub = Stub::start(move |r| {
        if fails(r) {
            error_reply(400, code)
        } else {
            multipart(r)
        }
    })
    .await;
    let err = s3(&stub)
        .object("b", "k")
        .upload_file(&path)
        .config(parts(concurrency))
        .await
        .unwrap_err();
    assert!(err.is_code(code), "{err:?}");
    stub
}

#[tokio::test]
async fn a_failed_upload_is_aborted_before_it_returns() {
    let third_part = |r: &Req| r.method == "PUT" && r.part() == Some(3);
    let stub = failed_upload("failed-upload", third_part, "InvalidPart", 1).await;
    assert_eq!(stub.count(is_abort), 1, "{:#?}", stub.summary());
    assert_eq!(stub.count(is_complete), 0);
}

#[tokio::test]
async fn a_failed_complete_is_aborted() {
    let stub = failed_upload("failed-complete", is_complete, "EntityTooSmall", 3).await;
    assert_eq!(stub.count(is_abort), 1);
}

/// HEAD of an 11 MiB source object, then the multipart calls.
fn copy_source(r: &Req) -> Option<Reply> {
    (r.method == "HEAD").then(|| {
        reply(
            200,
            &[
                ("ETag", ETAG.into()),
                ("Content-Length", (11 * MIB).to_string()),
            ],
            "",
        )
    })
}

#[tokio::test]
async fn a_dropped_copy_is_aborted() {
    let stub = Stub::start(|r| {
        if let Some(head) = copy_source(r) {
            return head;
        }
        if r.method == "PUT" && r.part() == Some(1) {
            return Reply::Stall;
        }
        multipart(r)
    })
    .await;
    let s3 = s3(&stub);
    let copy = s3.object("b", "k").copy("src", "big").config(parts(2));
    tokio::select! {
        r = copy => panic!("the copy finished: {r:?}"),
        _ = stub.wait_for("UploadPartCopy 1", |r| r.method == "PUT" && r.part() == Some(1)) => {}
    }
    stub.wait_for("AbortMultipartUpload", is_abort).await;
    let first = stub
        .requests()
        .into_iter()
        .find(|r| r.part() == Some(1))
        .unwrap();
    assert_eq!(first.header("x-amz-copy-source"), Some("src/big"));
    assert_eq!(first.header("x-amz-copy-source-if-match"), Some(ETAG));
    assert_eq!(stub.count(is_complete), 0);
}

#[tokio::test]
async fn a_failed_copy_is_aborted() {
    let stub = Stub::start(|r| {
        if let Some(head) = copy_source(r) {
            return head;
        }
        if r.method == "PUT" && r.part() == Some(2) {
            return error_reply(412, "PreconditionFailed");
        }
        multipart(r)
    })
    .await;
    let err = s3(&stub)
        .object("b", "k")
        .copy("src", "big")
        .config(parts(1))
        .await
        .unwrap_err();
    assert!(err.is_code("PreconditionFailed"), "{err:?}");
    assert_eq!(stub.count(is_abort), 1);
    assert_eq!(stub.count(is_complete), 0);
}
