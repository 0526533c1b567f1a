//! Examples and integration tests of the workspace live in examples/ and tests/; the tour's
//! steps live here so that `examples/tour.rs` and `tests/tour.rs` run the same code.

pub mod aws;
pub mod hand_written;
pub mod tour;

use boto_services::core::{Credentials, Result, Session};
use testkit::MotoServer;

/// The session the per-service examples use: `AWS_ENDPOINT_URL` and the usual configuration
/// when that is set, else a local moto started here (kept alive by the returned handle) with
/// dummy credentials in us-east-1. `region`, when given, wins in both cases.
pub fn example_session(region: Option<&str>) -> Result<(Session, Option<MotoServer>)> {
    let mut builder = Session::builder();
    let moto = match std::env::var_os("AWS_ENDPOINT_URL") {
        Some(_) => None,
        None => {
            let moto = MotoServer::start();
            builder = builder
                .region("us-east-1")
                .endpoint_url(moto.endpoint())
                .credentials(Credentials::new("testing", "testing", None));
            Some(moto)
        }
    };
    if let Some(region) = region {
        builder = builder.region(region);
    }
    Ok((builder.build()?, moto))
}
