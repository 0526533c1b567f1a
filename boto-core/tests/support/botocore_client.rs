//! A `DynamicClient` of a real botocore model (found by `testkit::botocore`), with the
//! service's paginators and waiters when botocore has them.

use boto_core::dynamic::{DynamicClient, ServiceModel};
use boto_core::{Credentials, Session};
use std::path::Path;
use testkit::botocore::{model_json, read};

/// The service's real model.
pub fn model(data: &Path, service: &str) -> ServiceModel {
    ServiceModel::from_json(&model_json(data, service))
        .unwrap_or_else(|e| panic!("{service} model: {e}"))
}

/// A client of the real model, with its paginators and waiters, talking to `endpoint` (a
/// moto server) in us-east-1.
pub fn client(data: &Path, service: &str, endpoint: &str) -> DynamicClient {
    let session = Session::builder()
        .region("us-east-1")
        .endpoint_url(endpoint)
        .credentials(Credentials::new("testing", "testing", None))
        .build()
        .expect("session");
    let mut c = DynamicClient::new(&session, model(data, service));
    if let Some(p) = read(data, service, "paginators-1.json") {
        c = c.with_paginators(&p).expect("paginators compile");
    }
    if let Some(w) = read(data, service, "waiters-2.json") {
        c = c.with_waiters(&w).expect("waiters compile");
    }
    c
}
