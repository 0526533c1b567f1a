//! [`ServiceRules`]: what a service does differently from the generic pipeline, declared in
//! one value per service and applied by [`ClientHandle`](super::ClientHandle) at each step
//! (endpoint, addressing, signing). Adding a service quirk is a field here and its use in
//! the pipeline; the services with the quirk say so in [`ServiceRules::for_service`], the
//! one place that names services.

use crate::auth::SigningOptions;
use crate::model::ServiceMeta;

/// A service's departures from the generic request pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct ServiceRules {
    /// The bucket of a `/{Bucket}..` URI is addressed as S3 does: in the host name where
    /// the rule set (or, without one, the bucket name and endpoint) allow it, else in the
    /// path; the session's and client's path-style settings apply.
    pub bucket_addressing: bool,
    /// How requests are signed: `None` by the rules of the signing name each request
    /// resolves to ([`SigningOptions::for_service`]), else these.
    pub signing: Option<SigningOptions>,
    /// Without a rule set, `us-east-1` is the legacy global host
    /// (`https://{endpoint_prefix}.amazonaws.com`), as S3's is.
    pub global_host_in_us_east_1: bool,
    /// The profile's nested `s3 = ..` section applies (`use_dualstack_endpoint`).
    pub s3_config_section: bool,
}

impl ServiceRules {
    /// No departure: what every service does.
    pub const STANDARD: ServiceRules = ServiceRules {
        bucket_addressing: false,
        signing: None,
        global_host_in_us_east_1: false,
        s3_config_section: false,
    };

    /// S3's: bucket addressing, S3's signing (the path signed as sent, the payload hash in
    /// `x-amz-content-sha256`, unsigned payloads for streamed bodies and presigned URLs),
    /// the legacy global host in `us-east-1`, the profile's `s3` section.
    pub const S3: ServiceRules = ServiceRules {
        bucket_addressing: true,
        signing: Some(SigningOptions::S3),
        global_host_in_us_east_1: true,
        s3_config_section: true,
    };

    /// The rules of the service `meta` describes: [`ServiceRules::S3`] for S3 (endpoint
    /// prefix `s3`), [`ServiceRules::STANDARD`] for every other.
    pub fn for_service(meta: &ServiceMeta) -> &'static ServiceRules {
        match &*meta.endpoint_prefix {
            "s3" => &ServiceRules::S3,
            _ => &ServiceRules::STANDARD,
        }
    }

    /// The signing options of a request signed as `signing_name`.
    pub(crate) fn signing_options(&self, signing_name: &str) -> SigningOptions {
        self.signing
            .unwrap_or_else(|| SigningOptions::for_service(signing_name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn s3_signs_as_s3_whatever_name_it_resolves_to_and_others_by_name() {
        for name in ["s3", "s3express", "s3-outposts", "sqs"] {
            assert_eq!(ServiceRules::S3.signing_options(name), SigningOptions::S3);
        }
        assert_eq!(
            ServiceRules::STANDARD.signing_options("sqs"),
            SigningOptions::for_service("sqs")
        );
        // A service signed as S3 (S3 Control's `s3`) keeps S3's rules.
        assert_eq!(
            ServiceRules::STANDARD.signing_options("s3"),
            SigningOptions::S3
        );
        assert_ne!(SigningOptions::S3, SigningOptions::for_service("sqs"));
    }
}
