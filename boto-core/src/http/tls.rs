//! The TLS configuration of the default transport: the webpki roots, plus the certificates
//! of a CA bundle (`AWS_CA_BUNDLE` or the profile's `ca_bundle`: a PEM file) when one is
//! set.

use crate::error::{Error, Result};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use std::path::Path;
use std::sync::Arc;

#[cfg(test)]
pub(crate) mod tests;

/// A CA bundle is a few hundred certificates at most; anything larger is not one.
const MAX_BUNDLE: u64 = 16 * 1024 * 1024;

/// The certificates of the PEM file at `path`. A missing or unreadable file, one without
/// a certificate, or one with a malformed certificate is an [`Error::config`].
pub(crate) fn load_bundle(path: &Path) -> Result<Vec<CertificateDer<'static>>> {
    let bad = |what: &str| Error::config(format!("CA bundle {}: {what}", path.display()));
    let meta = std::fs::metadata(path).map_err(|e| bad("cannot be read").with_source(e))?;
    if meta.len() > MAX_BUNDLE {
        return Err(bad("is too large to be a certificate bundle"));
    }
    let bytes = std::fs::read(path).map_err(|e| bad("cannot be read").with_source(e))?;
    let certs = CertificateDer::pem_slice_iter(&bytes)
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|e| bad(&format!("is not a valid PEM file ({e})")))?;
    if certs.is_empty() {
        return Err(bad("holds no PEM certificate"));
    }
    Ok(certs)
}

/// A client configuration trusting the webpki roots and the certificates of `ca_bundle`.
pub(crate) fn client_config(ca_bundle: Option<&Path>) -> Result<rustls::ClientConfig> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    if let Some(path) = ca_bundle {
        for (n, cert) in load_bundle(path)?.into_iter().enumerate() {
            roots.add(cert).map_err(|e| {
                Error::config(format!(
                    "CA bundle {}: certificate {} is not a usable root ({e})",
                    path.display(),
                    n + 1
                ))
            })?;
        }
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()
    .map_err(|e| Error::config(format!("TLS configuration: {e}")))?
    .with_root_certificates(roots)
    .with_no_client_auth();
    Ok(config)
}
