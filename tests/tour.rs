//! Runs the tour (every seed example of the API guide) against a local moto.

use boto_examples::tour;
use testkit::MotoServer;

#[test]
fn the_tour_runs_every_seed_example() {
    let Some(moto) = MotoServer::start_or_skip() else {
        return;
    };
    let env = tour::local(moto).expect("tour environment");
    assert!(env.is_local());
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    if let Err(e) = runtime.block_on(tour::run(&env)) {
        panic!("the tour failed: {e}");
    }
}
