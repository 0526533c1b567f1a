//! Downloads: into a temporary file beside the destination, renamed over it only once
//! every range is verified, removed when the download fails or is dropped.

use super::{io_error, object_len, TransferConfig};
use crate::s3::client::Client;
use crate::s3::client::{GetObjectRequest, HeadObjectRequest};
use boto_core::model::{HttpBinding, Operation, SchemaRef};
use boto_core::{ByteStream, Error, ErrorKind, Result, Shape};
use futures::{StreamExt, TryStreamExt};
use std::borrow::Cow;
use std::io::SeekFrom;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::OnceLock;
use tokio::io::{AsyncSeekExt, AsyncWrite, AsyncWriteExt};

/// Attempts at a range (or at the whole object) that comes back short or cut off.
const ATTEMPTS: u32 = 3;

/// `GetObject`'s output as a download checks it, status code included.
#[derive(Shape, Default)]
#[shape(name = "GetObjectOutput")]
struct Answer {
    #[shape(payload)]
    body: ByteStream,
    #[shape(status_code)]
    status: Option<i32>,
    #[shape(header = "Content-Length")]
    content_length: Option<i64>,
    #[shape(header = "Content-Range")]
    content_range: Option<String>,
    #[shape(header = "ETag")]
    e_tag: Option<String>,
}

/// `GetObject` answered with an [`Answer`].
static GET_OBJECT: Operation = Operation {
    name: Cow::Borrowed("GetObject"),
    http: HttpBinding {
        method: Cow::Borrowed("GET"),
        request_uri: Cow::Borrowed("/{Bucket}/{Key+}"),
        response_code: 200,
    },
    input: Some(SchemaRef::Static(<GetObjectRequest as Shape>::schema)),
    output: Some(SchemaRef::Static(<Answer as Shape>::schema)),
    result_wrapper: None,
    errors: Vec::new(),
    host_prefix: None,
    unsigned: false,
    checksum_required: false,
};

pub(super) async fn download(
    client: &Client,
    bucket: &str,
    key: &str,
    path: &Path,
    config: &TransferConfig,
) -> Result<()> {
    let head = client
        .head_object(HeadObjectRequest::new().bucket(bucket).key(key))
        .await?;
    let len = object_len(head.content_length, bucket, key)?;
    let temp = TempFile::create(path)?;
    let get = Get {
        client,
        bucket,
        key,
        temp: Some(&temp.path),
        len,
        etag: OnceLock::new(),
        config,
    };
    if let Some(etag) = head.e_tag.filter(|e| !e.is_empty()) {
        let _ = get.etag.set(etag);
    }
    if len == 0 || len < config.multipart_threshold {
        get.fetch(None).await?;
    } else {
        // Ranges, unlike upload parts, have no smallest size.
        let size = config.part_size.max(1);
        let count = len.div_ceil(size);
        let get = &get;
        futures::stream::iter(0..count)
            .map(|i| get.fetch(Some((i * size, ((i + 1) * size).min(len) - 1))))
            .buffer_unordered(config.concurrency())
            .try_collect::<Vec<()>>()
            .await?;
    }
    temp.persist(path).await
}

/// Downloads into `writer`, in order: each range (or the whole object below the
/// threshold) is read and checked in memory, `concurrency` at a time, then written.
pub(super) async fn download_writer<W: AsyncWrite + Unpin>(
    client: &Client,
    bucket: &str,
    key: &str,
    mut writer: W,
    config: &TransferConfig,
) -> Result<()> {
    let head = client
        .head_object(HeadObjectRequest::new().bucket(bucket).key(key))
        .await?;
    let len = object_len(head.content_length, bucket, key)?;
    let get = Get {
        client,
        bucket,
        key,
        temp: None,
        len,
        etag: OnceLock::new(),
        config,
    };
    if let Some(etag) = head.e_tag.filter(|e| !e.is_empty()) {
        let _ = get.etag.set(etag);
    }
    let ranges: Vec<Option<(u64, u64)>> = if len == 0 || len < config.multipart_threshold {
        vec![None]
    } else {
        let size = config.part_size.max(1);
        (0..len.div_ceil(size))
            .map(|i| Some((i * size, ((i + 1) * size).min(len) - 1)))
            .collect()
    };
    let get = &get;
    let mut chunks = futures::stream::iter(ranges)
        .map(|range| get.fetch_bytes(range))
        .buffered(config.concurrency());
    let io = |e| Error::invalid_input(format!("cannot write the download of {bucket}/{key}: {e}"));
    while let Some(bytes) = chunks.try_next().await? {
        writer.write_all(&bytes).await.map_err(io)?;
    }
    writer.flush().await.map_err(io)
}

/// Parses `bytes <first>-<last>/<complete length>`.
pub(super) fn parse_content_range(s: &str) -> Option<(u64, u64, u64)> {
    let (range, total) = s.trim().strip_prefix("bytes ")?.split_once('/')?;
    let (first, last) = range.split_once('-')?;
    let num = |s: &str| {
        let s = s.trim();
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (first, last, total) = (num(first)?, num(last)?, num(total)?);
    (first <= last && last < total).then_some((first, last, total))
}

/// Why an attempt failed: worth asking again (a body cut off or of the wrong length), or
/// not (a wrong status, range or ETag, a service error, a local I/O error).
enum Failure {
    Again(Error),
    Fatal(Error),
}

/// One download's requests: the object's length and ETag, the temporary file.
struct Get<'a> {
    client: &'a Client,
    bucket: &'a str,
    key: &'a str,
    /// The temporary file ranges are written into (`None`: kept in memory).
    temp: Option<&'a Path>,
    len: u64,
    /// `HeadObject`'s ETag, else the first answer's; sent as `If-Match` and required of
    /// every answer.
    etag: OnceLock<String>,
    config: &'a TransferConfig,
}

impl Get<'_> {
    fn what(&self, range: Option<(u64, u64)>) -> String {
        match range {
            Some((start, end)) => {
                format!("GetObject {}/{} bytes {start}-{end}", self.bucket, self.key)
            }
            None => format!("GetObject {}/{}", self.bucket, self.key),
        }
    }

    /// Writes `range` (or the whole object) into the temporary file, asking again when it
    /// comes back short or cut off.
    async fn fetch(&self, range: Option<(u64, u64)>) -> Result<()> {
        self.retrying(range, || async {
            let (start, want, body) = self.answer(range).await?;
            self.write(start, want, body).await.map(|n| ((), n))
        })
        .await
    }

    /// The bytes of `range` (or of the whole object), asking again as [`Get::fetch`] does.
    async fn fetch_bytes(&self, range: Option<(u64, u64)>) -> Result<Vec<u8>> {
        self.retrying(range, || async {
            let (_, want, body) = self.answer(range).await?;
            let bytes = collect(want, body).await?;
            Ok((bytes, want))
        })
        .await
    }

    /// Runs `attempt` until it succeeds (reporting its byte count), fails for good, or comes
    /// back short [`ATTEMPTS`] times.
    async fn retrying<T, F, Fut>(&self, range: Option<(u64, u64)>, mut attempt_once: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<(T, u64), Failure>>,
    {
        let mut attempt = 1;
        loop {
            match attempt_once().await {
                Ok((value, n)) => {
                    self.config.report(n);
                    return Ok(value);
                }
                Err(Failure::Again(_)) if attempt < ATTEMPTS => {
                    let pause = self.client.session().retry_config().backoff(attempt);
                    tokio::time::sleep(pause).await;
                    attempt += 1;
                }
                Err(Failure::Again(e)) => return Err(self.gave_up(range, e)),
                Err(Failure::Fatal(e)) => return Err(e),
            }
        }
    }

    /// The error after [`ATTEMPTS`] answers that came back short (`last` is the last one).
    fn gave_up(&self, range: Option<(u64, u64)>, last: Error) -> Error {
        let what = self.what(range);
        match last.kind() {
            ErrorKind::Decode => Error::decode(format!(
                "{what}: {} (on each of {ATTEMPTS} attempts)",
                last.message().unwrap_or_default()
            )),
            _ => Error::transport(
                format!("{what}: cut off on each of {ATTEMPTS} attempts"),
                last,
            ),
        }
    }

    /// One `GetObject` of `range`, its status, range, ETag and length checked: the offset
    /// and length of its bytes, and its body.
    async fn answer(&self, range: Option<(u64, u64)>) -> Result<(u64, u64, ByteStream), Failure> {
        let mut request = GetObjectRequest::new().bucket(self.bucket).key(self.key);
        if let Some((start, end)) = range {
            request = request.range(format!("bytes={start}-{end}"));
        }
        request.if_match = self.etag.get().cloned();
        let answer: Answer = self
            .client
            .handle()
            .call(&GET_OBJECT, request)
            .await
            .map_err(Failure::Fatal)?;
        let (start, want) = self.check(range, &answer).map_err(Failure::Fatal)?;
        if let Some(n) = answer.content_length {
            if u64::try_from(n).ok() != Some(want) {
                return Err(Failure::Again(Error::decode(format!(
                    "Content-Length {n} instead of {want}"
                ))));
            }
        }
        Ok((start, want, answer.body))
    }

    /// `(offset, length)` of the answer's bytes in the object, once its status, range and
    /// ETag are the ones asked for.
    fn check(&self, range: Option<(u64, u64)>, answer: &Answer) -> Result<(u64, u64)> {
        let what = || self.what(range);
        let status = answer.status.unwrap_or(0);
        let found = match range {
            Some((start, end)) => {
                if status != 206 {
                    return Err(Error::decode(format!(
                        "{}: status {status} instead of 206 Partial Content",
                        what()
                    )));
                }
                let got = answer.content_range.as_deref();
                if got.and_then(parse_content_range) != Some((start, end, self.len)) {
                    return Err(Error::decode(format!(
                        "{}: Content-Range {:?} instead of \"bytes {start}-{end}/{}\"",
                        what(),
                        got.unwrap_or_default(),
                        self.len
                    )));
                }
                (start, end - start + 1)
            }
            None if status != 200 => {
                return Err(Error::decode(format!(
                    "{}: status {status} instead of 200",
                    what()
                )))
            }
            None => (0, self.len),
        };
        if let Some(got) = answer.e_tag.as_deref().filter(|e| !e.is_empty()) {
            let want = self.etag.get_or_init(|| got.to_owned());
            if want != got {
                return Err(Error::decode(format!(
                    "{}: ETag {got} instead of {want}: the object changed during the download",
                    what()
                )));
            }
        }
        Ok(found)
    }

    /// Writes exactly `want` bytes of `body` at `start`.
    async fn write(&self, start: u64, want: u64, mut body: ByteStream) -> Result<u64, Failure> {
        let Some(temp) = self.temp else {
            return Err(Failure::Fatal(Error::invalid_input(
                "no file to write into",
            )));
        };
        let io = |e| Failure::Fatal(io_error("write", temp, e));
        // Opened, never created: the file of a dropped download stays removed.
        let mut file = tokio::fs::OpenOptions::new()
            .write(true)
            .open(temp)
            .await
            .map_err(io)?;
        file.seek(SeekFrom::Start(start)).await.map_err(io)?;
        let mut got = 0u64;
        while let Some(chunk) = body.next().await {
            let chunk = chunk.map_err(|e| match e.kind() {
                ErrorKind::Transport | ErrorKind::Timeout => Failure::Again(e),
                _ => Failure::Fatal(e),
            })?;
            got += chunk.len() as u64;
            if got > want {
                return Err(Failure::Again(Error::decode(format!(
                    "more than the {want} bytes asked for"
                ))));
            }
            file.write_all(&chunk).await.map_err(io)?;
        }
        if got < want {
            return Err(Failure::Again(Error::decode(format!(
                "{got} bytes instead of {want}"
            ))));
        }
        file.flush().await.map_err(io)?;
        Ok(want)
    }
}

/// Exactly `want` bytes of `body`, in memory.
async fn collect(want: u64, mut body: ByteStream) -> Result<Vec<u8>, Failure> {
    let mut out = Vec::with_capacity(usize::try_from(want).unwrap_or(0).min(64 << 20));
    while let Some(chunk) = body.next().await {
        let chunk = chunk.map_err(|e| match e.kind() {
            ErrorKind::Transport | ErrorKind::Timeout => Failure::Again(e),
            _ => Failure::Fatal(e),
        })?;
        if out.len() as u64 + chunk.len() as u64 > want {
            return Err(Failure::Again(Error::decode(format!(
                "more than the {want} bytes asked for"
            ))));
        }
        out.extend_from_slice(&chunk);
    }
    if (out.len() as u64) < want {
        return Err(Failure::Again(Error::decode(format!(
            "{} bytes instead of {want}",
            out.len()
        ))));
    }
    Ok(out)
}

/// A file beside the destination that a download writes into: renamed over the
/// destination by [`TempFile::persist`], removed when dropped before that.
struct TempFile {
    path: PathBuf,
    kept: bool,
}

impl TempFile {
    /// Creates a new empty file named after `dest`. Synchronously: a creation left running
    /// by a dropped download could bring the file back after the drop removed it.
    fn create(dest: &Path) -> Result<TempFile> {
        let name = dest
            .file_name()
            .ok_or_else(|| Error::invalid_input(format!("{} names no file", dest.display())))?;
        let mut last = None;
        for _ in 0..8 {
            let mut temp = name.to_os_string();
            temp.push(format!(".{:08x}.download", unique_suffix()));
            let path = dest.with_file_name(temp);
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&path)
            {
                Ok(_) => return Ok(TempFile { path, kept: false }),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => last = Some(e),
                Err(e) => return Err(io_error("create", &path, e)),
            }
        }
        let e = last.unwrap_or_else(|| std::io::ErrorKind::AlreadyExists.into());
        Err(io_error("create a file beside", dest, e))
    }

    async fn persist(mut self, dest: &Path) -> Result<()> {
        tokio::fs::rename(&self.path, dest)
            .await
            .map_err(|e| io_error("write", dest, e))?;
        self.kept = true;
        Ok(())
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if !self.kept {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// A suffix telling temporary files apart: a counter, the process id and the clock.
fn unique_suffix() -> u32 {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    nanos ^ std::process::id().rotate_left(16) ^ n.wrapping_mul(0x9E37_79B9)
}
