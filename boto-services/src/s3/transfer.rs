//! Managed transfers, like boto3's `upload_file` / `download_file` / `copy`: one request
//! below [`TransferConfig::multipart_threshold`], parts of [`TransferConfig::part_size`]
//! sent [`TransferConfig::max_concurrency`] at a time above it, with an optional progress
//! callback. A failed multipart upload or copy is aborted; a failed download leaves no file.

use super::client::Client;
use super::shapes::*;
use super::{Bucket, Object};
use boto_core::{ByteStream, Error, Result};
use futures::{StreamExt, TryStreamExt};
use std::fmt;
use std::future::{Future, IntoFuture};
use std::io::SeekFrom;
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncSeekExt, AsyncWriteExt};

const MIB: u64 = 1024 * 1024;
/// S3's smallest part (all but the last) and largest part count.
const MIN_PART: u64 = 5 * MIB;
const MAX_PARTS: u64 = 10_000;

/// Called with the number of bytes just transferred.
pub type Progress = Arc<dyn Fn(u64) + Send + Sync>;

/// How managed transfers split their work.
#[derive(Clone)]
pub struct TransferConfig {
    /// Size from which uploads, downloads and copies go in parts (default 8 MiB).
    pub multipart_threshold: u64,
    /// Size of each part (default 8 MiB; at least 5 MiB, and large enough for at most
    /// 10,000 parts).
    pub part_size: u64,
    /// Parts in flight at once (default 10).
    pub max_concurrency: usize,
    /// Called with the byte count of every chunk or part transferred.
    pub progress: Option<Progress>,
}

impl Default for TransferConfig {
    fn default() -> Self {
        TransferConfig {
            multipart_threshold: 8 * MIB,
            part_size: 8 * MIB,
            max_concurrency: 10,
            progress: None,
        }
    }
}

impl fmt::Debug for TransferConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TransferConfig")
            .field("multipart_threshold", &self.multipart_threshold)
            .field("part_size", &self.part_size)
            .field("max_concurrency", &self.max_concurrency)
            .field("progress", &self.progress.is_some())
            .finish()
    }
}

impl TransferConfig {
    /// Sets the progress callback.
    pub fn on_progress(mut self, f: impl Fn(u64) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(f));
        self
    }

    fn report(&self, n: u64) {
        if let Some(p) = &self.progress {
            p(n);
        }
    }

    /// `(part size, part count)` for `len` bytes.
    fn parts(&self, len: u64) -> (u64, u64) {
        let mut size = self.part_size.max(MIN_PART);
        if len.div_ceil(size) > MAX_PARTS {
            size = len.div_ceil(MAX_PARTS);
        }
        (size, len.div_ceil(size).max(1))
    }

    fn concurrency(&self) -> usize {
        self.max_concurrency.max(1)
    }
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = Result<T>> + Send>>;

/// A managed transfer: adjust it with [`Transfer::config`], then `.await` it.
#[must_use = "a transfer does nothing until awaited"]
pub struct Transfer {
    config: TransferConfig,
    run: Box<dyn FnOnce(TransferConfig) -> BoxFuture<()> + Send>,
}

impl fmt::Debug for Transfer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transfer")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl Transfer {
    fn new<F, Fut>(run: F) -> Transfer
    where
        F: FnOnce(TransferConfig) -> Fut + Send + 'static,
        Fut: Future<Output = Result<()>> + Send + 'static,
    {
        Transfer {
            config: TransferConfig::default(),
            run: Box::new(move |c| Box::pin(run(c))),
        }
    }

    /// Uses `config` instead of the defaults.
    pub fn config(mut self, config: TransferConfig) -> Transfer {
        self.config = config;
        self
    }
}

impl IntoFuture for Transfer {
    type Output = Result<()>;
    type IntoFuture = BoxFuture<()>;
    fn into_future(self) -> Self::IntoFuture {
        (self.run)(self.config)
    }
}

impl Client {
    /// Uploads the file at `path` to `bucket`/`key`, in parts above the threshold.
    pub fn upload_file(
        &self,
        path: impl Into<PathBuf>,
        bucket: impl Into<String>,
        key: impl Into<String>,
    ) -> Transfer {
        let (client, path, bucket, key) = (self.clone(), path.into(), bucket.into(), key.into());
        Transfer::new(move |c| async move { upload(&client, &path, &bucket, &key, &c).await })
    }

    /// Downloads `bucket`/`key` to the file at `path`, by ranges above the threshold.
    pub fn download_file(
        &self,
        bucket: impl Into<String>,
        key: impl Into<String>,
        path: impl Into<PathBuf>,
    ) -> Transfer {
        let (client, path, bucket, key) = (self.clone(), path.into(), bucket.into(), key.into());
        Transfer::new(move |c| async move { download(&client, &bucket, &key, &path, &c).await })
    }

    /// Copies `source_bucket`/`source_key` to `bucket`/`key` inside S3, by part copies
    /// above the threshold.
    pub fn copy(
        &self,
        source_bucket: impl Into<String>,
        source_key: impl Into<String>,
        bucket: impl Into<String>,
        key: impl Into<String>,
    ) -> Transfer {
        let client = self.clone();
        let (sb, sk, b, k) = (
            source_bucket.into(),
            source_key.into(),
            bucket.into(),
            key.into(),
        );
        Transfer::new(move |c| async move { copy(&client, &sb, &sk, &b, &k, &c).await })
    }
}

impl Object {
    /// Uploads the file at `path` to this object ([`Client::upload_file`]).
    pub fn upload_file(&self, path: impl Into<PathBuf>) -> Transfer {
        self.client()
            .upload_file(path, self.bucket_name(), self.key())
    }

    /// Downloads this object to the file at `path` ([`Client::download_file`]).
    pub fn download_file(&self, path: impl Into<PathBuf>) -> Transfer {
        self.client()
            .download_file(self.bucket_name(), self.key(), path)
    }

    /// Copies `source_bucket`/`source_key` to this object ([`Client::copy`]).
    pub fn copy(
        &self,
        source_bucket: impl Into<String>,
        source_key: impl Into<String>,
    ) -> Transfer {
        self.client()
            .copy(source_bucket, source_key, self.bucket_name(), self.key())
    }
}

impl Bucket {
    /// Uploads the file at `path` as `key` in this bucket ([`Client::upload_file`]).
    pub fn upload_file(&self, path: impl Into<PathBuf>, key: impl Into<String>) -> Transfer {
        self.client().upload_file(path, self.name(), key)
    }

    /// Downloads `key` of this bucket to the file at `path` ([`Client::download_file`]).
    pub fn download_file(&self, key: impl Into<String>, path: impl Into<PathBuf>) -> Transfer {
        self.client().download_file(self.name(), key, path)
    }

    /// Copies `source_bucket`/`source_key` to `key` in this bucket ([`Client::copy`]).
    pub fn copy(
        &self,
        source_bucket: impl Into<String>,
        source_key: impl Into<String>,
        key: impl Into<String>,
    ) -> Transfer {
        self.client()
            .copy(source_bucket, source_key, self.name(), key)
    }
}

fn io_error(what: &str, path: &Path, e: std::io::Error) -> Error {
    Error::invalid_input(format!("cannot {what} {}: {e}", path.display()))
}

async fn upload(
    client: &Client,
    path: &Path,
    bucket: &str,
    key: &str,
    config: &TransferConfig,
) -> Result<()> {
    let len = tokio::fs::metadata(path)
        .await
        .map_err(|e| io_error("read", path, e))?
        .len();
    if len < config.multipart_threshold {
        let body = ByteStream::from_path(path).await?;
        client
            .put_object(PutObjectRequest::new().bucket(bucket).key(key).body(body))
            .await?;
        config.report(len);
        return Ok(());
    }
    let (size, count) = config.parts(len);
    let read_part = |n: u64| async move {
        let mut file = tokio::fs::File::open(path)
            .await
            .map_err(|e| io_error("open", path, e))?;
        file.seek(SeekFrom::Start((n - 1) * size))
            .await
            .map_err(|e| io_error("read", path, e))?;
        let mut buf = vec![0; size.min(len - (n - 1) * size) as usize];
        file.read_exact(&mut buf)
            .await
            .map_err(|e| io_error("read", path, e))?;
        Ok::<_, Error>(buf)
    };
    multipart(
        client,
        bucket,
        key,
        count,
        config,
        |upload_id, n| async move {
            let data = read_part(n).await?;
            let sent = data.len() as u64;
            let out = client
                .upload_part(
                    UploadPartRequest::new()
                        .bucket(bucket)
                        .key(key)
                        .upload_id(upload_id)
                        .part_number(n as i32)
                        .body(data),
                )
                .await?;
            Ok((out.e_tag, sent))
        },
    )
    .await
}

/// Creates a multipart upload, runs `part` for parts `1..=count` (`max_concurrency` at a
/// time), completes it; aborts it when a part fails.
async fn multipart<'a, F, Fut>(
    client: &'a Client,
    bucket: &'a str,
    key: &'a str,
    count: u64,
    config: &'a TransferConfig,
    part: F,
) -> Result<()>
where
    F: Fn(String, u64) -> Fut + 'a,
    Fut: Future<Output = Result<(Option<String>, u64)>> + 'a,
{
    let created = client
        .create_multipart_upload(CreateMultipartUploadRequest::new().bucket(bucket).key(key))
        .await?;
    let upload_id = created
        .upload_id
        .ok_or_else(|| Error::decode("CreateMultipartUpload returned no UploadId"))?;
    let parts: Result<Vec<CompletedPart>> = futures::stream::iter(1..=count)
        .map(|n| {
            let fut = part(upload_id.clone(), n);
            async move {
                let (etag, sent) = fut.await?;
                config.report(sent);
                Ok(CompletedPart::new()
                    .part_number(n as i32)
                    .e_tag(etag.unwrap_or_default()))
            }
        })
        .buffer_unordered(config.concurrency())
        .try_collect()
        .await;
    let done = match parts {
        Ok(mut parts) => {
            parts.sort_by_key(|p| p.part_number);
            client
                .complete_multipart_upload(
                    CompleteMultipartUploadRequest::new()
                        .bucket(bucket)
                        .key(key)
                        .upload_id(&upload_id)
                        .multipart_upload(CompletedMultipartUpload::new().parts(parts)),
                )
                .await
                .map(drop)
        }
        Err(e) => Err(e),
    };
    if done.is_err() {
        let _ = client
            .abort_multipart_upload(
                AbortMultipartUploadRequest::new()
                    .bucket(bucket)
                    .key(key)
                    .upload_id(&upload_id),
            )
            .await;
    }
    done
}

async fn download(
    client: &Client,
    bucket: &str,
    key: &str,
    path: &Path,
    config: &TransferConfig,
) -> Result<()> {
    let head = client
        .head_object(HeadObjectRequest::new().bucket(bucket).key(key))
        .await?;
    let len = head.content_length.unwrap_or(0).max(0) as u64;
    let temp = temp_path(path);
    let result = download_to(client, bucket, key, &temp, len, head.e_tag, config).await;
    let result = match result {
        Ok(()) => tokio::fs::rename(&temp, path)
            .await
            .map_err(|e| io_error("write", path, e)),
        Err(e) => Err(e),
    };
    if result.is_err() {
        let _ = tokio::fs::remove_file(&temp).await;
    }
    result
}

fn temp_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{:08x}.download", unique_suffix()));
    path.with_file_name(name)
}

/// A suffix telling concurrent downloads apart: the process id and the clock.
fn unique_suffix() -> u32 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or(0);
    nanos ^ std::process::id().rotate_left(16)
}

async fn download_to(
    client: &Client,
    bucket: &str,
    key: &str,
    temp: &Path,
    len: u64,
    etag: Option<String>,
    config: &TransferConfig,
) -> Result<()> {
    let file = tokio::fs::File::create(temp)
        .await
        .map_err(|e| io_error("create", temp, e))?;
    if len < config.multipart_threshold {
        let out = client
            .get_object(GetObjectRequest::new().bucket(bucket).key(key))
            .await?;
        return write_stream(file, out.body, temp, config).await;
    }
    file.set_len(len)
        .await
        .map_err(|e| io_error("write", temp, e))?;
    drop(file);
    let (size, count) = config.parts(len);
    futures::stream::iter(0..count)
        .map(|i| {
            let etag = etag.clone();
            async move {
                let (start, end) = (i * size, ((i + 1) * size).min(len) - 1);
                let mut req = GetObjectRequest::new()
                    .bucket(bucket)
                    .key(key)
                    .range(format!("bytes={start}-{end}"));
                req.if_match = etag;
                let out = client.get_object(req).await?;
                let mut file = tokio::fs::OpenOptions::new()
                    .write(true)
                    .open(temp)
                    .await
                    .map_err(|e| io_error("open", temp, e))?;
                file.seek(SeekFrom::Start(start))
                    .await
                    .map_err(|e| io_error("write", temp, e))?;
                write_stream(file, out.body, temp, config).await
            }
        })
        .buffer_unordered(config.concurrency())
        .try_collect::<Vec<()>>()
        .await
        .map(drop)
}

async fn write_stream(
    mut file: tokio::fs::File,
    mut body: ByteStream,
    path: &Path,
    config: &TransferConfig,
) -> Result<()> {
    while let Some(chunk) = body.try_next().await? {
        file.write_all(&chunk)
            .await
            .map_err(|e| io_error("write", path, e))?;
        config.report(chunk.len() as u64);
    }
    file.flush().await.map_err(|e| io_error("write", path, e))
}

/// `bucket/key` with the key percent-encoded as botocore sends `x-amz-copy-source`.
fn copy_source(bucket: &str, key: &str) -> String {
    let mut out = format!("{bucket}/");
    for b in key.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

async fn copy(
    client: &Client,
    source_bucket: &str,
    source_key: &str,
    bucket: &str,
    key: &str,
    config: &TransferConfig,
) -> Result<()> {
    let head = client
        .head_object(
            HeadObjectRequest::new()
                .bucket(source_bucket)
                .key(source_key),
        )
        .await?;
    let len = head.content_length.unwrap_or(0).max(0) as u64;
    let source = copy_source(source_bucket, source_key);
    if len < config.multipart_threshold {
        client
            .copy_object(
                CopyObjectRequest::new()
                    .bucket(bucket)
                    .key(key)
                    .copy_source(source),
            )
            .await?;
        config.report(len);
        return Ok(());
    }
    let (size, count) = config.parts(len);
    let source = &source;
    multipart(
        client,
        bucket,
        key,
        count,
        config,
        |upload_id, n| async move {
            let (start, end) = ((n - 1) * size, (n * size).min(len) - 1);
            let out = client
                .upload_part_copy(
                    UploadPartCopyRequest::new()
                        .bucket(bucket)
                        .key(key)
                        .upload_id(upload_id)
                        .part_number(n as i32)
                        .copy_source(source.as_str())
                        .copy_source_range(format!("bytes={start}-{end}")),
                )
                .await?;
            Ok((out.copy_part_result.and_then(|r| r.e_tag), end - start + 1))
        },
    )
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_sizes() {
        let c = TransferConfig::default();
        assert_eq!(c.parts(20 * MIB), (8 * MIB, 3));
        let small = TransferConfig {
            part_size: 1,
            ..TransferConfig::default()
        };
        assert_eq!(small.parts(11 * MIB), (5 * MIB, 3), "at least 5 MiB");
        let (size, count) = c.parts(200_000 * MIB);
        assert!(count <= MAX_PARTS && size * count >= 200_000 * MIB);
    }

    #[test]
    fn copy_sources_are_encoded() {
        assert_eq!(copy_source("b", "dir/a b+c.txt"), "b/dir/a%20b%2Bc.txt");
        assert_eq!(copy_source("b", "é"), "b/%C3%A9");
    }
}
