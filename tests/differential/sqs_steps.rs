//! The scenario's SQS steps with boto-services (mirrors `sqs_steps` in scenario.py).

use super::{boto3_code, QUEUE};
use boto_services::core::{Result, Session};
use boto_services::sqs;
use serde_json::{json, Map, Value};
use std::collections::HashMap;

fn message_view(m: &sqs::MessageShape) -> Value {
    let attributes: Map<String, Value> = m
        .message_attributes
        .iter()
        .flatten()
        .map(|(name, v)| (name.clone(), json!([v.data_type, v.string_value])))
        .collect();
    json!({"body": m.body, "md5": m.md5_of_body, "attributes": attributes})
}

pub(crate) async fn sqs_steps(session: &Session) -> Result<Value> {
    let sqs = sqs::Client::new(session);
    let url =
        sqs.create_queue(sqs::CreateQueueRequest::new().queue_name(QUEUE).attributes(
            HashMap::from([("VisibilityTimeout".to_owned(), "45".to_owned())]),
        ))
        .await?
        .queue_url
        .unwrap_or_default();
    let again = sqs
        .get_queue_url(sqs::GetQueueUrlRequest::new().queue_name(QUEUE))
        .await?
        .queue_url;
    let attributes = sqs
        .get_queue_attributes(
            sqs::GetQueueAttributesRequest::new()
                .queue_url(&url)
                .attribute_names(vec![
                    sqs::QueueAttributeName::VisibilityTimeout,
                    sqs::QueueAttributeName::DelaySeconds,
                ]),
        )
        .await?
        .attributes
        .unwrap_or_default();
    sqs.send_message(
        sqs::SendMessageRequest::new()
            .queue_url(&url)
            .message_body("one")
            .message_attributes(HashMap::from([
                (
                    "color".to_owned(),
                    sqs::MessageAttributeValue::string("red"),
                ),
                ("n".to_owned(), sqs::MessageAttributeValue::number("7")),
            ])),
    )
    .await?;
    for body in ["two", "three"] {
        sqs.send_message(
            sqs::SendMessageRequest::new()
                .queue_url(&url)
                .message_body(body),
        )
        .await?;
    }
    let mut received = Vec::new();
    for _ in 0..10 {
        let got = sqs
            .receive_message(
                sqs::ReceiveMessageRequest::new()
                    .queue_url(&url)
                    .max_number_of_messages(10)
                    .message_attribute_names(vec!["All".into()]),
            )
            .await?;
        received.extend(got.messages.unwrap_or_default());
        if received.len() >= 3 {
            break;
        }
    }
    let mut views: Vec<Value> = received.iter().map(message_view).collect();
    views.sort_by_key(|v| v["body"].as_str().unwrap_or_default().to_owned());
    let entries: Vec<_> = received
        .iter()
        .enumerate()
        .map(|(i, m)| {
            sqs::DeleteMessageBatchRequestEntry::new()
                .id(format!("m{i}"))
                .receipt_handle(m.receipt_handle.clone().unwrap_or_default())
        })
        .collect();
    let deleted = sqs
        .delete_message_batch(
            sqs::DeleteMessageBatchRequest::new()
                .queue_url(&url)
                .entries(entries),
        )
        .await?;
    let mut deleted: Vec<String> = deleted.successful.into_iter().map(|e| e.id).collect();
    deleted.sort();
    let left = sqs
        .receive_message(
            sqs::ReceiveMessageRequest::new()
                .queue_url(&url)
                .max_number_of_messages(10),
        )
        .await?
        .messages
        .map_or(0, |m| m.len());
    let batch = sqs
        .send_message_batch(
            sqs::SendMessageBatchRequest::new()
                .queue_url(&url)
                .entries(vec![
                    sqs::SendMessageBatchRequestEntry::of("ok", "x"),
                    sqs::SendMessageBatchRequestEntry::of("late", "y").delay_seconds(1800),
                ]),
        )
        .await?;
    let mut batch_ok: Vec<String> = batch.successful.into_iter().map(|e| e.id).collect();
    batch_ok.sort();
    let mut batch_failed: Vec<Value> = batch
        .failed
        .into_iter()
        .map(|e| json!([e.id, e.code, e.sender_fault.to_string()]))
        .collect();
    batch_failed.sort_by_key(|v| v.to_string());
    Ok(json!({
        "queue_name": url.rsplit('/').next(),
        "url_again": again.as_deref() == Some(url.as_str()),
        "attributes": attributes,
        "received": views,
        "deleted": deleted,
        "left": left,
        "batch_ok": batch_ok,
        "batch_failed": batch_failed,
        "errors": {
            "missing_queue": boto3_code(
                sqs.get_queue_url(sqs::GetQueueUrlRequest::new().queue_name("no-such-queue"))
                    .await
            ),
        },
    }))
}
