//! A `DynamicClient` of a real botocore model (found by `testkit::botocore`), with the
//! service's endpoint rule set, paginators and waiters when botocore has them.

use boto_core::dynamic::DynamicClient;
use boto_core::{Credentials, Session};
use std::path::Path;
use testkit::botocore::{read, service_dir};

/// A client of the real model, with its endpoint rule set, paginators and waiters (all that
/// botocore's folder holds, through `DynamicClient::from_dir`), talking to `endpoint` (a
/// moto server, the configured endpoint URL the rule set resolves to) in us-east-1.
pub fn client(data: &Path, service: &str, endpoint: &str) -> DynamicClient {
    let session = Session::builder()
        .region("us-east-1")
        .endpoint_url(endpoint)
        .credentials(Credentials::new("testing", "testing", None))
        .build()
        .expect("session");
    assert!(
        read(data, service, "endpoint-rule-set-1.json").is_some(),
        "botocore has no rule set for {service}"
    );
    DynamicClient::from_dir(&session, service_dir(data, service))
        .unwrap_or_else(|e| panic!("{service}: {e}"))
}
