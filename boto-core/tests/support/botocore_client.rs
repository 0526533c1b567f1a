//! A `DynamicClient` of a real botocore model (found by `testkit::botocore`), with the
//! service's endpoint rule set, paginators and waiters when botocore has them.

use boto_core::dynamic::DynamicClient;
use std::path::Path;
use testkit::botocore::{read, service_dir};
use testkit::MotoServer;

/// A client of the real model, with its endpoint rule set, paginators and waiters (all that
/// botocore's folder holds, through `DynamicClient::from_dir`), talking to `moto` (the
/// configured endpoint URL the rule set resolves to).
pub fn client(data: &Path, service: &str, moto: &MotoServer) -> DynamicClient {
    let session = testkit::moto_session!(moto);
    assert!(
        read(data, service, "endpoint-rule-set-1.json").is_some(),
        "botocore has no rule set for {service}"
    );
    DynamicClient::from_dir(&session, service_dir(data, service))
        .unwrap_or_else(|e| panic!("{service}: {e}"))
}
