//! The tour: every seed example of the API guide, in Rust, one line per step.
//!
//! Uses `AWS_ENDPOINT_URL` when set; otherwise starts `moto_server` on a free 127.0.0.1 port
//! and points dummy credentials, region us-east-1 and profile files of its own at it.
//! Exits non-zero on the first failure.
//!
//! `cargo run --release --example tour`
//!
//! The steps are in `src/tour/` (one file per section of the guide), shared with
//! `tests/tour.rs`.

use boto_examples::tour;
use std::process::ExitCode;

fn main() -> ExitCode {
    // The environment is set up before the runtime starts its threads.
    let env = match tour::prepare() {
        Ok(env) => env,
        Err(e) => {
            eprintln!("tour: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("tour: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(tour::run(&env)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tour: FAILED: {e}");
            ExitCode::FAILURE
        }
    }
}
