//! §5 The SQS resources: find a queue by name, send, receive, delete; sub-resources and
//! identity by identifiers.

use super::{check, say, TourResult};
use boto_services::core::Session;
use boto_services::sqs::Sqs;
use std::collections::HashSet;

pub(crate) async fn run(session: &Session) -> TourResult<()> {
    let sqs = Sqs::new(session);
    sqs.create_queue().with(|r| r.queue_name("test")).await?;
    let queue = sqs
        .get_queue_by_name()
        .with(|r| r.queue_name("test"))
        .await?;
    say(
        "sqs",
        format!("get_queue_by_name(\"test\"): {}", queue.url()),
    );
    queue
        .send_message()
        .with(|r| r.message_body("hello"))
        .await?;
    let mut bodies = Vec::new();
    for _ in 0..5 {
        for message in queue
            .receive_messages()
            .with(|r| r.max_number_of_messages(10))
            .await?
        {
            let body = message.body().await?;
            say("sqs", format!("received {body:?}, deleting it"));
            message.delete().await?;
            bodies.push(body);
        }
        if bodies.iter().any(|b| b.as_deref() == Some("hello")) {
            break;
        }
    }
    check(bodies.iter().any(|b| b.as_deref() == Some("hello")), || {
        format!("received {bodies:?}")
    })?;

    let m = queue.message("receipt-handle");
    check(m.queue_url() == queue.url(), || {
        "sub-resource's queue url".into()
    })?;
    let by_url = sqs.queue(queue.url());
    check(by_url == queue && sqs.queue("a") == sqs.queue("a"), || {
        "resources are not equal by identifiers".into()
    })?;
    // Hash and Eq read the identifiers only; the shared loaded data does not take part.
    #[allow(clippy::mutable_key_type)]
    let set: HashSet<_> = [sqs.queue("a"), sqs.queue("a"), sqs.queue("b")].into();
    check(set.len() == 2, || {
        format!("{} distinct queues in the set", set.len())
    })?;
    let attributes = queue.attributes().await?.unwrap_or_default();
    check(attributes.contains_key("QueueArn"), || {
        format!("attributes {attributes:?}")
    })?;
    say(
        "sqs",
        "queue.message(..).queue_url() == queue.url(); sqs.queue(\"a\") == sqs.queue(\"a\"); \
         attributes() loads QueueArn",
    );
    Ok(())
}
