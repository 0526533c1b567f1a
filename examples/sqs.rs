//! SQS with the resources: create a queue, send messages (one with attributes, a batch with
//! a per-entry failure), receive and delete them, then tidy up.
//!
//! Runs against `AWS_ENDPOINT_URL` when set, else against a local moto it starts:
//! `cargo run --example sqs`.

use boto_services::sqs::*;
use futures::TryStreamExt;
use std::collections::HashMap;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> boto_services::core::Result<()> {
    let (session, _moto) = boto_examples::example_session(None)?;
    let sqs = Sqs::new(&session);

    // Create the queue, then find it again by name (boto3's `get_queue_by_name`).
    sqs.create_queue().with(|r| r.queue_name("test")).await?;
    let queue = sqs
        .get_queue_by_name()
        .with(|r| r.queue_name("test"))
        .await?;
    println!("queue: {}", queue.url());
    let attributes = queue.attributes().await?.unwrap_or_default();
    println!("  arn: {:?}", attributes.get("QueueArn"));

    // The guide's flow: send, receive, print, delete.
    queue
        .send_message()
        .with(|r| r.message_body("hello"))
        .await?;
    for message in queue
        .receive_messages()
        .with(|r| r.max_number_of_messages(10))
        .await?
    {
        println!("received {:?}", message.body().await?);
        message.delete().await?;
    }

    // Message attributes travel with the message when asked for on receive.
    queue
        .send_message()
        .with(|r| {
            r.message_body("order 17")
                .message_attributes(HashMap::from([
                    ("customer".to_owned(), MessageAttributeValue::string("ana")),
                    ("total".to_owned(), MessageAttributeValue::number("19.90")),
                    (
                        "thumb".to_owned(),
                        MessageAttributeValue::binary(vec![0x89, b'P', b'N', b'G']),
                    ),
                ]))
        })
        .await?;
    let got = queue
        .receive_messages()
        .with(|r| r.message_attribute_names(vec!["All".into()]))
        .await?;
    for message in &got {
        let attrs = message.message_attributes().await?.unwrap_or_default();
        let mut names: Vec<_> = attrs.keys().collect();
        names.sort();
        println!("{:?} with attributes {names:?}", message.body().await?);
        println!(
            "  total = {:?}",
            attrs.get("total").and_then(|v| v.as_str())
        );
    }
    // A Vec of messages deletes them in one request per queue.
    let deleted = got.delete().await?;
    println!(
        "batch delete: {} ok",
        deleted.iter().map(|d| d.successful.len()).sum::<usize>()
    );

    // Batch send: each entry succeeds or fails on its own.
    let out = queue
        .send_messages()
        .with(|r| {
            r.entries(vec![
                SendMessageBatchRequestEntry::of("a", "first"),
                SendMessageBatchRequestEntry::of("b", "second"),
                SendMessageBatchRequestEntry::of("c", "too late").delay_seconds(1800),
            ])
        })
        .await?;
    println!("batch send: {} ok", out.successful.len());
    for failed in &out.failed {
        println!(
            "  entry {} failed: {} {:?}",
            failed.id, failed.code, failed.message
        );
    }

    // Every queue whose name starts with "te", listed lazily.
    let queues: Vec<Queue> = sqs
        .queues()
        .filter(|r| r.queue_name_prefix("te"))
        .try_collect()
        .await?;
    println!("{} queue(s) named te*", queues.len());

    // Purge, delete, and the error a missing queue gives.
    queue.purge().await?;
    queue.delete().await?;
    match sqs.get_queue_by_name().with(|r| r.queue_name("test")).await {
        Err(e) if e.is_code("QueueDoesNotExist") => println!("deleted: {}", e.code().unwrap_or("")),
        Err(e) => return Err(e),
        Ok(q) => println!("still there: {}", q.url()),
    }
    Ok(())
}
