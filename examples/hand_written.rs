//! The README's "Hand-writing a service": an SQS client and resources declared with the
//! macros, then used (the code is in `src/hand_written.rs`).
//!
//! Runs against `AWS_ENDPOINT_URL` when set, else against a local moto it starts:
//! `cargo run --example hand_written`.

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> boto_services::core::Result<()> {
    let (session, _moto) = boto_examples::example_session(None)?;
    let seen = boto_examples::hand_written::run(&session).await?;
    println!("created, listed and deleted {}", seen.url);
    println!("  message id: {:?}", seen.message_id);
    println!("  messages waiting: {:?}", seen.messages);
    Ok(())
}
