//! Managed transfers, like boto3's `upload_file` / `download_file` / `upload_fileobj` /
//! `download_fileobj` / `copy`: one request
//! below [`TransferConfig::multipart_threshold`], parts of [`TransferConfig::part_size`]
//! sent [`TransferConfig::max_concurrency`] at a time above it, with an optional progress
//! callback.
//!
//! Transfers are cancel-safe and distrust the server:
//! - a multipart upload or copy that fails, or whose future is dropped, is aborted (when
//!   dropped, by a detached task on the current runtime), so no parts stay billed;
//! - a download writes to a temporary file beside the destination and renames it only once
//!   every byte is verified; failing or dropped, it removes the temporary file and leaves
//!   the destination as it was;
//! - every ranged answer must be a `206` whose `Content-Range` is the range asked for, of
//!   the length `HeadObject` gave, with the same ETag (sent as `If-Match`); a range that
//!   comes back short or cut off is asked for again, a few times, then the download fails.
//!
//! `upload_fileobj` reads any [`AsyncRead`] once, in order: below the threshold it sends what
//! it read in one `PutObject`, above it parts of [`TransferConfig::part_size`] (at least
//! 5 MiB; the length is not known ahead, so at most 10,000 parts: 80 GB with the default
//! size), holding at most the threshold plus `concurrency × part size` bytes.
//! `download_fileobj` writes any [`AsyncWrite`] in order: each range is checked whole in
//! memory before it is written, so it holds at most `max_concurrency` ranges (below the
//! threshold, the object).

mod download;
mod upload;

use super::client::Client;
use super::{Bucket, Object};
use boto_core::{Error, Result};
use std::fmt;
use std::future::{Future, IntoFuture};
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;
use tokio::io::{AsyncRead, AsyncWrite};

const MIB: u64 = 1024 * 1024;
/// S3's smallest part (all but the last), largest part and largest part count.
const MIN_PART: u64 = 5 * MIB;
const MAX_PART: u64 = 5 * 1024 * MIB;
const MAX_PARTS: u64 = 10_000;

/// Called with the number of bytes just transferred.
pub type Progress = Arc<dyn Fn(u64) + Send + Sync>;

/// How managed transfers split their work.
///
/// # Memory
///
/// An upload reads each part from the file when its turn comes and holds it until S3 has
/// it, so it holds at most `concurrency × part size` bytes, where the part size is
/// [`part_size`](Self::part_size), raised only as far as S3's limits need (at least 5 MiB,
/// at most 10,000 parts: `file size / 10,000`), and the concurrency is
/// [`max_concurrency`](Self::max_concurrency) lowered so that these parts fit in
/// [`max_memory`](Self::max_memory) (never below one part). With the defaults that is
/// 80 MiB up to 78 GiB files, and never more than 256 MiB, or one part for files above
/// 2.4 TiB (a 5 TiB object has parts of 525 MiB). [`TransferConfig::upload_memory`] gives
/// the bound for a file size. Downloads and copies hold no parts: downloads stream each
/// range to the file as it arrives.
#[derive(Clone)]
pub struct TransferConfig {
    /// Size from which uploads, downloads and copies go in parts (default 8 MiB).
    pub multipart_threshold: u64,
    /// Size of each part (default 8 MiB). Upload and copy parts are at least 5 MiB and large
    /// enough for at most 10,000 parts, as S3 requires; download ranges are this size.
    pub part_size: u64,
    /// Parts in flight at once (default 10).
    pub max_concurrency: usize,
    /// Most bytes of parts an upload holds in memory at once (default 256 MiB): its
    /// concurrency is lowered to fit, but it always sends at least one part at a time.
    pub max_memory: u64,
    /// Called with the byte count of every part or range once it is transferred (of a
    /// whole object below the threshold, once); a range asked for again counts once.
    pub progress: Option<Progress>,
}

impl Default for TransferConfig {
    fn default() -> Self {
        TransferConfig {
            multipart_threshold: 8 * MIB,
            part_size: 8 * MIB,
            max_concurrency: 10,
            max_memory: 256 * MIB,
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
            .field("max_memory", &self.max_memory)
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

    /// The most bytes of file data an upload of `len` bytes holds in memory at once:
    /// its concurrency times its part size (see [Memory](Self#memory)).
    pub fn upload_memory(&self, len: u64) -> u64 {
        if len < self.multipart_threshold {
            // One PutObject streams the file in 64 KiB chunks.
            return 0;
        }
        let (size, _) = self.parts(len);
        size * self.upload_concurrency(size) as u64
    }

    fn report(&self, n: u64) {
        if let Some(p) = &self.progress {
            p(n);
        }
    }

    /// `(part size, part count)` for `len` bytes: the configured size, raised to S3's
    /// smallest part and, only when needed, to fit in 10,000 parts.
    fn parts(&self, len: u64) -> (u64, u64) {
        let mut size = self.part_size.clamp(MIN_PART, MAX_PART);
        if len.div_ceil(size) > MAX_PARTS {
            size = len.div_ceil(MAX_PARTS);
        }
        (size, len.div_ceil(size).max(1))
    }

    fn concurrency(&self) -> usize {
        self.max_concurrency.max(1)
    }

    /// Parts of `size` bytes an upload holds at once: within `max_memory`, at least one.
    fn upload_concurrency(&self, size: u64) -> usize {
        let fit = usize::try_from(self.max_memory / size.max(1)).unwrap_or(usize::MAX);
        self.concurrency().min(fit).max(1)
    }
}

type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T>> + Send + 'a>>;

/// A managed transfer: adjust it with [`Transfer::config`], then `.await` it. Its lifetime
/// is the borrowed reader or writer's of `upload_fileobj` / `download_fileobj` (`'static`
/// for the others).
///
/// Failing or dropped mid-way, it leaves nothing behind: a multipart upload or copy is
/// aborted (when dropped, by a task spawned on the current runtime), and a download's
/// temporary file is removed; the destination is only ever replaced by a complete file
/// whose every range was checked (status 206, `Content-Range`, length, ETag). A range that
/// comes back short or cut off is asked for again, twice at most.
#[must_use = "a transfer does nothing until awaited"]
pub struct Transfer<'a> {
    config: TransferConfig,
    run: Box<dyn FnOnce(TransferConfig) -> BoxFuture<'a, ()> + Send + 'a>,
}

impl fmt::Debug for Transfer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Transfer")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl<'a> Transfer<'a> {
    fn new<F, Fut>(run: F) -> Transfer<'a>
    where
        F: FnOnce(TransferConfig) -> Fut + Send + 'a,
        Fut: Future<Output = Result<()>> + Send + 'a,
    {
        Transfer {
            config: TransferConfig::default(),
            run: Box::new(move |c| Box::pin(run(c))),
        }
    }

    /// Uses `config` instead of the defaults.
    pub fn config(mut self, config: TransferConfig) -> Transfer<'a> {
        self.config = config;
        self
    }
}

impl<'a> IntoFuture for Transfer<'a> {
    type Output = Result<()>;
    type IntoFuture = BoxFuture<'a, ()>;
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
    ) -> Transfer<'static> {
        let (client, path, bucket, key) = (self.clone(), path.into(), bucket.into(), key.into());
        Transfer::new(
            move |c| async move { upload::upload(&client, &path, &bucket, &key, &c).await },
        )
    }

    /// Downloads `bucket`/`key` to the file at `path`, by ranges above the threshold.
    pub fn download_file(
        &self,
        bucket: impl Into<String>,
        key: impl Into<String>,
        path: impl Into<PathBuf>,
    ) -> Transfer<'static> {
        let (client, path, bucket, key) = (self.clone(), path.into(), bucket.into(), key.into());
        Transfer::new(move |c| async move {
            download::download(&client, &bucket, &key, &path, &c).await
        })
    }

    /// Copies `source_bucket`/`source_key` to `bucket`/`key` inside S3, by part copies
    /// above the threshold.
    pub fn copy(
        &self,
        source_bucket: impl Into<String>,
        source_key: impl Into<String>,
        bucket: impl Into<String>,
        key: impl Into<String>,
    ) -> Transfer<'static> {
        let client = self.clone();
        let (sb, sk, b, k) = (
            source_bucket.into(),
            source_key.into(),
            bucket.into(),
            key.into(),
        );
        Transfer::new(move |c| async move { upload::copy(&client, &sb, &sk, &b, &k, &c).await })
    }

    /// Uploads everything `reader` gives to `bucket`/`key`, in parts above the threshold
    /// (boto3's `upload_fileobj`; any [`AsyncRead`]: a file, a socket, `&[u8]`).
    pub fn upload_fileobj<'a>(
        &self,
        reader: impl AsyncRead + Unpin + Send + 'a,
        bucket: impl Into<String>,
        key: impl Into<String>,
    ) -> Transfer<'a> {
        let (client, bucket, key) = (self.clone(), bucket.into(), key.into());
        Transfer::new(move |c| async move {
            upload::upload_reader(&client, reader, &bucket, &key, &c).await
        })
    }

    /// Downloads `bucket`/`key` into `writer`, in order, by ranges above the threshold
    /// (boto3's `download_fileobj`; any [`AsyncWrite`]: a file, `&mut Vec<u8>`).
    pub fn download_fileobj<'a>(
        &self,
        bucket: impl Into<String>,
        key: impl Into<String>,
        writer: impl AsyncWrite + Unpin + Send + 'a,
    ) -> Transfer<'a> {
        let (client, bucket, key) = (self.clone(), bucket.into(), key.into());
        Transfer::new(move |c| async move {
            download::download_writer(&client, &bucket, &key, writer, &c).await
        })
    }
}

impl Object {
    /// Uploads the file at `path` to this object ([`Client::upload_file`]).
    pub fn upload_file(&self, path: impl Into<PathBuf>) -> Transfer<'static> {
        self.client()
            .upload_file(path, self.bucket_name(), self.key())
    }

    /// Downloads this object to the file at `path` ([`Client::download_file`]).
    pub fn download_file(&self, path: impl Into<PathBuf>) -> Transfer<'static> {
        self.client()
            .download_file(self.bucket_name(), self.key(), path)
    }

    /// Copies `source_bucket`/`source_key` to this object ([`Client::copy`]).
    pub fn copy(
        &self,
        source_bucket: impl Into<String>,
        source_key: impl Into<String>,
    ) -> Transfer<'static> {
        self.client()
            .copy(source_bucket, source_key, self.bucket_name(), self.key())
    }
}

impl Object {
    /// Uploads everything `reader` gives to this object ([`Client::upload_fileobj`]).
    pub fn upload_fileobj<'a>(&self, reader: impl AsyncRead + Unpin + Send + 'a) -> Transfer<'a> {
        self.client()
            .upload_fileobj(reader, self.bucket_name(), self.key())
    }

    /// Downloads this object into `writer` ([`Client::download_fileobj`]).
    pub fn download_fileobj<'a>(
        &self,
        writer: impl AsyncWrite + Unpin + Send + 'a,
    ) -> Transfer<'a> {
        self.client()
            .download_fileobj(self.bucket_name(), self.key(), writer)
    }
}

impl Bucket {
    /// Uploads everything `reader` gives as `key` in this bucket
    /// ([`Client::upload_fileobj`]).
    pub fn upload_fileobj<'a>(
        &self,
        reader: impl AsyncRead + Unpin + Send + 'a,
        key: impl Into<String>,
    ) -> Transfer<'a> {
        self.client().upload_fileobj(reader, self.name(), key)
    }

    /// Downloads `key` of this bucket into `writer` ([`Client::download_fileobj`]).
    pub fn download_fileobj<'a>(
        &self,
        key: impl Into<String>,
        writer: impl AsyncWrite + Unpin + Send + 'a,
    ) -> Transfer<'a> {
        self.client().download_fileobj(self.name(), key, writer)
    }

    /// Uploads the file at `path` as `key` in this bucket ([`Client::upload_file`]).
    pub fn upload_file(
        &self,
        path: impl Into<PathBuf>,
        key: impl Into<String>,
    ) -> Transfer<'static> {
        self.client().upload_file(path, self.name(), key)
    }

    /// Downloads `key` of this bucket to the file at `path` ([`Client::download_file`]).
    pub fn download_file(
        &self,
        key: impl Into<String>,
        path: impl Into<PathBuf>,
    ) -> Transfer<'static> {
        self.client().download_file(self.name(), key, path)
    }

    /// Copies `source_bucket`/`source_key` to `key` in this bucket ([`Client::copy`]).
    pub fn copy(
        &self,
        source_bucket: impl Into<String>,
        source_key: impl Into<String>,
        key: impl Into<String>,
    ) -> Transfer<'static> {
        self.client()
            .copy(source_bucket, source_key, self.name(), key)
    }
}

fn io_error(what: &str, path: &Path, e: std::io::Error) -> Error {
    Error::invalid_input(format!("cannot {what} {}: {e}", path.display()))
}

/// The object's length from `HeadObject`'s `Content-Length`, which must be there.
fn object_len(content_length: Option<i64>, bucket: &str, key: &str) -> Result<u64> {
    content_length
        .and_then(|n| u64::try_from(n).ok())
        .ok_or_else(|| {
            Error::decode(format!(
                "HeadObject of {bucket}/{key} returned no valid Content-Length"
            ))
        })
}

#[cfg(test)]
mod tests;
