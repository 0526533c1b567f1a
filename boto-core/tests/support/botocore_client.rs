//! A `DynamicClient` of a real botocore model (found by `testkit::botocore`), with the
//! service's paginators and waiters when botocore has them.

use boto_core::dynamic::{DynamicClient, ServiceModel};
use std::path::Path;
use testkit::botocore::{model_json, read};
use testkit::MotoServer;

/// The service's real model.
pub fn model(data: &Path, service: &str) -> ServiceModel {
    ServiceModel::from_json(&model_json(data, service))
        .unwrap_or_else(|e| panic!("{service} model: {e}"))
}

/// A client of the real model, with its paginators and waiters, talking to `moto`.
pub fn client(data: &Path, service: &str, moto: &MotoServer) -> DynamicClient {
    let session = testkit::moto_session!(moto);
    let mut c = DynamicClient::new(&session, model(data, service));
    if let Some(p) = read(data, service, "paginators-1.json") {
        c = c.with_paginators(&p).expect("paginators compile");
    }
    if let Some(w) = read(data, service, "waiters-2.json") {
        c = c.with_waiters(&w).expect("waiters compile");
    }
    c
}
