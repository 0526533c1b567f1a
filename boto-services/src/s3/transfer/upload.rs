//! Uploads and copies: one request below the threshold, otherwise a multipart upload that
//! is aborted when a part fails, when completing fails, or when its future is dropped.

use super::{io_error, object_len, TransferConfig, MAX_PARTS};
use crate::s3::client::Client;
use crate::s3::client::*;
use boto_core::{ByteStream, Error, Result};
use futures::{StreamExt, TryStreamExt};
use std::future::Future;
use std::io::SeekFrom;
use std::path::Path;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncSeekExt};

pub(super) async fn upload(
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
    let upload = OpenUpload::create(client, bucket, key).await?;
    let open = &upload;
    let parts = send_parts(
        count,
        config.upload_concurrency(size),
        |n| read_part(path, (n - 1) * size, size.min(len - (n - 1) * size)),
        |n, data: Vec<u8>| open.send_part(n, data, config),
    )
    .await;
    upload.finish(parts).await
}

/// Uploads what `reader` gives: one `PutObject` when it ends before the threshold, else a
/// multipart upload of parts read in order, `concurrency` in flight at a time.
pub(super) async fn upload_reader<R: AsyncRead + Unpin + Send>(
    client: &Client,
    mut reader: R,
    bucket: &str,
    key: &str,
    config: &TransferConfig,
) -> Result<()> {
    let threshold = usize::try_from(config.multipart_threshold).unwrap_or(usize::MAX);
    // At least one byte: an empty source is one empty `PutObject` whatever the threshold.
    let mut head = Vec::new();
    read_up_to(&mut reader, &mut head, threshold.max(1)).await?;
    if head.len() < threshold.max(1) {
        let len = head.len() as u64;
        client
            .put_object(PutObjectRequest::new().bucket(bucket).key(key).body(head))
            .await?;
        config.report(len);
        return Ok(());
    }
    // The length is unknown: parts of the configured size (S3's limits applied).
    let (size, _) = config.parts(0);
    let part = usize::try_from(size).map_err(|_| {
        Error::invalid_input(format!("a part of {size} bytes does not fit in memory"))
    })?;
    let upload = OpenUpload::create(client, bucket, key).await?;
    let open = &upload;
    let parts = futures::stream::try_unfold(
        (reader, head, 0u64),
        move |(mut reader, mut pending, n)| async move {
            read_up_to(&mut reader, &mut pending, part).await?;
            if pending.is_empty() {
                return Ok(None);
            }
            let rest = match pending.len() > part {
                true => pending.split_off(part),
                false => Vec::new(),
            };
            Ok(Some(((n + 1, pending), (reader, rest, n + 1))))
        },
    )
    .map_ok(|(n, data): (u64, Vec<u8>)| async move {
        if n > MAX_PARTS {
            return Err(Error::invalid_input(format!(
                "the source is longer than {MAX_PARTS} parts of {size} bytes: raise part_size"
            )));
        }
        open.send_part(n, data, config).await
    })
    .try_buffer_unordered(config.upload_concurrency(size))
    .try_collect::<Vec<CompletedPart>>()
    .await
    .map(|mut parts| {
        parts.sort_by_key(|p| p.part_number);
        parts
    });
    upload.finish(parts).await
}

/// Reads from `reader` until `buf` holds `len` bytes or the reader ends.
async fn read_up_to<R: AsyncRead + Unpin>(
    reader: &mut R,
    buf: &mut Vec<u8>,
    len: usize,
) -> Result<()> {
    let want = len.saturating_sub(buf.len()) as u64;
    if want == 0 {
        return Ok(());
    }
    reader
        .take(want)
        .read_to_end(buf)
        .await
        .map_err(|e| Error::invalid_input(format!("cannot read the upload's source: {e}")))?;
    Ok(())
}

/// Reads `len` bytes of the file at `offset`, opening it afresh so that parts read
/// concurrently do not share a file position.
async fn read_part(path: &Path, offset: u64, len: u64) -> Result<Vec<u8>> {
    let mut file = tokio::fs::File::open(path)
        .await
        .map_err(|e| io_error("open", path, e))?;
    file.seek(SeekFrom::Start(offset))
        .await
        .map_err(|e| io_error("read", path, e))?;
    let len = usize::try_from(len).map_err(|_| {
        Error::invalid_input(format!("a part of {len} bytes does not fit in memory"))
    })?;
    let mut buf = vec![0; len];
    file.read_exact(&mut buf)
        .await
        .map_err(|e| io_error("read", path, e))?;
    Ok(buf)
}

fn part_number(n: u64) -> Result<i32> {
    i32::try_from(n).map_err(|_| Error::invalid_input(format!("part number {n} is too large")))
}

fn completed(n: u64, etag: Option<String>, op: &str) -> Result<CompletedPart> {
    let etag = etag
        .filter(|e| !e.is_empty())
        .ok_or_else(|| Error::decode(format!("{op} of part {n} returned no ETag")))?;
    Ok(CompletedPart::new()
        .part_number(part_number(n)?)
        .e_tag(etag))
}

/// Runs parts `1..=count`, `concurrency` at a time, in part order: each part reads its
/// data (`read`) only when its turn comes and holds it until `send` is done with it, so at
/// most `concurrency` parts' data exist at once. Stops at the first error (dropping the
/// parts in flight).
pub(super) async fn send_parts<B, R, RF, S, SF>(
    count: u64,
    concurrency: usize,
    read: R,
    send: S,
) -> Result<Vec<CompletedPart>>
where
    R: Fn(u64) -> RF,
    RF: Future<Output = Result<B>>,
    S: Fn(u64, B) -> SF,
    SF: Future<Output = Result<CompletedPart>>,
{
    let (read, send) = (&read, &send);
    let mut parts: Vec<CompletedPart> = futures::stream::iter(1..=count)
        .map(|n| async move { send(n, read(n).await?).await })
        .buffer_unordered(concurrency.max(1))
        .try_collect()
        .await?;
    parts.sort_by_key(|p| p.part_number);
    Ok(parts)
}

/// A created multipart upload. [`OpenUpload::finish`] completes it, or aborts it when a
/// part failed or completing fails; dropped before that, it is aborted by a task spawned
/// on the current runtime, so that no parts stay stored (and billed) forever.
struct OpenUpload {
    client: Client,
    bucket: String,
    key: String,
    id: String,
    settled: bool,
}

impl OpenUpload {
    /// Sends part `n` of `data`, reporting its bytes once S3 has them.
    async fn send_part(
        &self,
        n: u64,
        data: Vec<u8>,
        config: &TransferConfig,
    ) -> Result<CompletedPart> {
        let sent = data.len() as u64;
        let out = self
            .client
            .upload_part(
                UploadPartRequest::new()
                    .bucket(&self.bucket)
                    .key(&self.key)
                    .upload_id(&self.id)
                    .part_number(part_number(n)?)
                    .body(data),
            )
            .await?;
        // The part's bytes are S3's now: the buffer was dropped with the request.
        config.report(sent);
        completed(n, out.e_tag, "UploadPart")
    }

    async fn create(client: &Client, bucket: &str, key: &str) -> Result<OpenUpload> {
        let created = client
            .create_multipart_upload(CreateMultipartUploadRequest::new().bucket(bucket).key(key))
            .await?;
        let id = created
            .upload_id
            .filter(|id| !id.is_empty())
            .ok_or_else(|| Error::decode("CreateMultipartUpload returned no UploadId"))?;
        Ok(OpenUpload {
            client: client.clone(),
            bucket: bucket.to_owned(),
            key: key.to_owned(),
            id,
            settled: false,
        })
    }

    fn abort_request(&self) -> AbortMultipartUploadRequest {
        AbortMultipartUploadRequest::new()
            .bucket(&self.bucket)
            .key(&self.key)
            .upload_id(&self.id)
    }

    /// Completes the upload with `parts`, or aborts it; the error is the first failure
    /// (a failed abort is not reported over it).
    async fn finish(mut self, parts: Result<Vec<CompletedPart>>) -> Result<()> {
        let result = match parts {
            Ok(parts) => self
                .client
                .complete_multipart_upload(
                    CompleteMultipartUploadRequest::new()
                        .bucket(&self.bucket)
                        .key(&self.key)
                        .upload_id(&self.id)
                        .multipart_upload(CompletedMultipartUpload::new().parts(parts)),
                )
                .await
                .map(drop),
            Err(e) => Err(e),
        };
        if result.is_err() {
            // Still unsettled while it runs: dropped meanwhile, the abort is sent anyway.
            let _ = self
                .client
                .abort_multipart_upload(self.abort_request())
                .await;
        }
        self.settled = true;
        result
    }
}

impl Drop for OpenUpload {
    // `#[inline]`: compiled with the transfers that drop an upload, in the crate calling them;
    // otherwise every build of this crate compiles the spawned `AbortMultipartUpload` call.
    #[inline]
    fn drop(&mut self) {
        if self.settled {
            return;
        }
        // Outside a runtime nothing can be sent; the upload stays listed by
        // `ListMultipartUploads` (and a bucket lifecycle rule can expire it).
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            let (client, request) = (self.client.clone(), self.abort_request());
            runtime.spawn(async move {
                let _ = client.abort_multipart_upload(request).await;
            });
        }
    }
}

/// `bucket/key` with the key percent-encoded as botocore sends `x-amz-copy-source`.
pub(super) fn copy_source(bucket: &str, key: &str) -> String {
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

pub(super) async fn copy(
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
    let len = object_len(head.content_length, source_bucket, source_key)?;
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
    let upload = OpenUpload::create(client, bucket, key).await?;
    let (id, source, etag) = (upload.id.as_str(), source.as_str(), &head.e_tag);
    let parts = send_parts(
        count,
        config.concurrency(),
        |_| async { Ok(()) },
        |n, ()| async move {
            let (start, end) = ((n - 1) * size, (n * size).min(len) - 1);
            let mut request = UploadPartCopyRequest::new()
                .bucket(bucket)
                .key(key)
                .upload_id(id)
                .part_number(part_number(n)?)
                .copy_source(source)
                .copy_source_range(format!("bytes={start}-{end}"));
            // Every part from the object HeadObject saw, not from one replaced meanwhile.
            request.copy_source_if_match = etag.clone();
            let out = client.upload_part_copy(request).await?;
            config.report(end - start + 1);
            completed(
                n,
                out.copy_part_result.and_then(|r| r.e_tag),
                "UploadPartCopy",
            )
        },
    )
    .await;
    upload.finish(parts).await
}
