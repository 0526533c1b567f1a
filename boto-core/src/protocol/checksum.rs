//! Request checksums of operations that require one (`httpChecksumRequired`, S3's
//! `requestChecksumRequired`): S3 refuses DeleteObjects, PutBucketTagging, ... without.
//!
//! Sent as a flexible checksum (`x-amz-checksum-crc32` by default, as botocore does since
//! its flexible-checksum default; `SHA256` when the input's `ChecksumAlgorithm` asks), so no
//! MD5 implementation is needed: S3 accepts either in place of `Content-MD5`.

use crate::error::{Error, Result};
use crate::http::ByteStream;
use base64::Engine as _;
use http::header::{HeaderName, HeaderValue};
use sha2::{Digest, Sha256};

const ALGORITHM: &str = "x-amz-sdk-checksum-algorithm";

/// Adds a checksum of the in-memory body unless the request already carries one
/// (`Content-MD5` or an `x-amz-checksum-*` value). Streaming bodies are left alone.
pub(crate) fn add_required(req: &mut http::Request<ByteStream>) -> Result<()> {
    let has_checksum = req.headers().keys().any(|k| {
        let k = k.as_str();
        k == "content-md5"
            || (k.starts_with("x-amz-checksum-")
                && !matches!(
                    k,
                    "x-amz-checksum-algorithm" | "x-amz-checksum-mode" | "x-amz-checksum-type"
                ))
    });
    if has_checksum {
        return Ok(());
    }
    let Some(body) = req.body().bytes().cloned() else {
        return Ok(());
    };
    let algorithm = match req.headers().get(ALGORITHM) {
        Some(v) => v
            .to_str()
            .map_err(|_| Error::invalid_input("ChecksumAlgorithm is not ASCII"))?
            .to_ascii_uppercase(),
        None => "CRC32".to_string(),
    };
    let b64 = base64::engine::general_purpose::STANDARD;
    let (name, value) = match algorithm.as_str() {
        "CRC32" => {
            let mut crc = flate2::Crc::new();
            crc.update(&body);
            ("x-amz-checksum-crc32", b64.encode(crc.sum().to_be_bytes()))
        }
        "SHA256" => ("x-amz-checksum-sha256", b64.encode(Sha256::digest(&body))),
        other => {
            return Err(Error::invalid_input(format!(
                "checksum algorithm {other} is not supported here; use CRC32 or SHA256"
            )))
        }
    };
    let headers = req.headers_mut();
    headers.insert(
        HeaderName::from_static(name),
        HeaderValue::from_str(&value).map_err(|_| Error::invalid_input("bad checksum"))?,
    );
    headers.insert(
        HeaderName::from_static(ALGORITHM),
        HeaderValue::from_str(&algorithm).map_err(|_| Error::invalid_input("bad algorithm"))?,
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(
        body: &'static str,
        headers: &[(&'static str, &'static str)],
    ) -> http::Request<ByteStream> {
        let mut req = http::Request::new(ByteStream::from(body));
        for (k, v) in headers {
            req.headers_mut().insert(*k, HeaderValue::from_static(v));
        }
        req
    }

    #[test]
    fn crc32_by_default_sha256_on_request() {
        let mut req = request("hello", &[]);
        add_required(&mut req).unwrap();
        // CRC32("hello") = 0x3610a686
        assert_eq!(req.headers()["x-amz-checksum-crc32"], "NhCmhg==");
        assert_eq!(req.headers()[ALGORITHM], "CRC32");

        let mut req = request("hello", &[(ALGORITHM, "sha256")]);
        add_required(&mut req).unwrap();
        assert_eq!(
            req.headers()["x-amz-checksum-sha256"],
            "LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ="
        );
        assert!(!req.headers().contains_key("x-amz-checksum-crc32"));
    }

    #[test]
    fn existing_checksums_are_kept_and_unknown_algorithms_refused() {
        let mut req = request("x", &[("content-md5", "abc")]);
        add_required(&mut req).unwrap();
        assert!(!req.headers().contains_key("x-amz-checksum-crc32"));
        let mut req = request("x", &[("x-amz-checksum-sha1", "abc")]);
        add_required(&mut req).unwrap();
        assert_eq!(req.headers().len(), 1);
        let mut req = request("x", &[(ALGORITHM, "XXHASH3")]);
        assert_eq!(
            add_required(&mut req).unwrap_err().kind(),
            crate::ErrorKind::InvalidInput
        );
    }
}
