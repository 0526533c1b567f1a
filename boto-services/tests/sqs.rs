//! The SQS client and resources against moto: every kind of resource method, message
//! attributes, batch operations with per-entry failures, and the API guide's example.

#![cfg(feature = "sqs")]

use boto_core::{Blob, RetryConfig, Session};
use boto_services::sqs::*;
use futures::TryStreamExt;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

fn session(moto: &testkit::MotoServer) -> Session {
    testkit::moto_session!(moto, .retry(RetryConfig::standard().max_attempts(2)))
}

fn name_of(queue: &Queue) -> &str {
    queue.url().rsplit('/').next().unwrap_or_default()
}

/// API.md §5's SQS lines, exactly as written there (`rustfmt::skip` keeps their layout).
#[rustfmt::skip]
async fn seed_example(session: Session) -> boto_core::Result<()> {
    let sqs = Sqs::new(&session);                 // ready ones: boto_services::sqs::Sqs
    let queue = sqs.get_queue_by_name().with(|r| r.queue_name("test")).await?;
    queue.send_message().with(|r| r.message_body("hello")).await?;
    for message in queue.receive_messages().with(|r| r.max_number_of_messages(10)).await? {
        println!("{:?}", message.body().await?);
        message.delete().await?;
    }
    let m = queue.message("receipt-handle");       // sub-resource
    assert_eq!(m.queue_url(), queue.url());
    let queue = sqs.queue("http://...");           // missing identifier = compile error
    assert_eq!(sqs.queue("a"), sqs.queue("a"));    // Eq + Hash by identifiers only
    assert_eq!(queue.url(), "http://...");
    Ok(())
}

/// The seed example runs against a queue named `test` and leaves it empty.
#[tokio::test(flavor = "multi_thread")]
async fn seed_example_verbatim() -> boto_core::Result<()> {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let session = session(&moto);
    let client = Client::new(&session);
    let url = client
        .create_queue(CreateQueueRequest::new().queue_name("test"))
        .await?
        .queue_url
        .expect("a queue URL");

    seed_example(session).await?;

    // "hello" was received and deleted: nothing is left, in flight or visible.
    let attributes = client
        .get_queue_attributes(
            GetQueueAttributesRequest::new()
                .queue_url(&url)
                .attribute_names(vec![QueueAttributeName::All]),
        )
        .await?
        .attributes
        .unwrap_or_default();
    assert_eq!(attributes["ApproximateNumberOfMessages"], "0");
    assert_eq!(attributes["ApproximateNumberOfMessagesNotVisible"], "0");
    Ok(())
}

/// Service actions, the sub-resource, the collection (filter, limit, page_size, pages) and
/// identity by identifiers.
#[tokio::test(flavor = "multi_thread")]
#[allow(clippy::mutable_key_type)] // Hash and Eq read the identifiers only
async fn service_actions_and_collections() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let sqs = Sqs::new(&session(&moto));
    let created = sqs
        .create_queue()
        .with(|r| r.queue_name("svc-main"))
        .await
        .expect("create_queue");
    assert_eq!(name_of(&created), "svc-main");
    let found = sqs
        .get_queue_by_name()
        .with(|r| r.queue_name("svc-main"))
        .await
        .expect("get_queue_by_name");
    assert_eq!(found, created);
    assert_eq!(sqs.queue(created.url()), created);
    assert_eq!(Queue::new(sqs.client(), created.url()), created);
    let set: HashSet<Queue> = [found.clone(), created.clone(), sqs.queue("other")].into();
    assert_eq!(set.len(), 2);
    assert_eq!(
        format!("{created:?}"),
        format!("Queue {{ url: {:?} }}", created.url())
    );

    for name in ["svc-c1", "svc-c2", "svc-c3"] {
        sqs.create_queue()
            .with(|r| r.queue_name(name))
            .await
            .unwrap();
    }
    let filtered: Vec<Queue> = sqs
        .queues()
        .filter(|r| r.queue_name_prefix("svc-c"))
        .try_collect()
        .await
        .expect("queues");
    let mut names: Vec<&str> = filtered.iter().map(name_of).collect();
    names.sort();
    assert_eq!(names, ["svc-c1", "svc-c2", "svc-c3"]);
    let all: Vec<Queue> = sqs.queues().all().try_collect().await.unwrap();
    assert_eq!(all.len(), 4);
    let limited: Vec<Queue> = sqs.queues().limit(2).try_collect().await.unwrap();
    assert_eq!(limited.len(), 2);
    let pages: Vec<Vec<Queue>> = sqs
        .queues()
        .filter(|r| r.queue_name_prefix("svc-"))
        .page_size(10)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages.iter().map(Vec::len).sum::<usize>(), 4);

    // The client's own pagination helpers.
    let client = sqs.client();
    let urls: Vec<String> = client
        .list_queues_items(ListQueuesRequest::new().queue_name_prefix("svc-c"))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(urls.len(), 3);
}

/// Loading once, clones sharing data, actions clearing it, `set_attributes`, the waiter,
/// `purge`, `delete`, and a missing queue as `QueueDoesNotExist`.
#[tokio::test(flavor = "multi_thread")]
async fn queue_data_actions_and_waiter() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let sqs = Sqs::new(&session(&moto));
    let queue = sqs
        .create_queue()
        .with(|r| {
            r.queue_name("data-q").attributes(HashMap::from([(
                "VisibilityTimeout".to_owned(),
                "45".to_owned(),
            )]))
        })
        .await
        .unwrap();
    queue
        .wait_until_exists()
        .delay(Duration::from_millis(100))
        .max_attempts(3)
        .await
        .expect("exists");

    // Attributes: loaded once (with `All`), then read from the shared data.
    assert!(queue.data().is_none());
    let clone = queue.clone();
    let attributes = queue.attributes().await.unwrap().expect("attributes");
    assert_eq!(attributes["VisibilityTimeout"], "45");
    assert!(attributes.contains_key("QueueArn"), "{attributes:?}");
    let loaded = queue.data().expect("loaded");
    queue.attributes().await.unwrap();
    assert!(
        Arc::ptr_eq(&loaded, &queue.data().unwrap()),
        "no second load"
    );
    assert!(Arc::ptr_eq(&loaded, &clone.data().expect("shared")));

    // An action clears the data; the next attribute read loads the new values.
    queue
        .set_attributes()
        .with(|r| {
            r.attributes(HashMap::from([(
                "VisibilityTimeout".to_owned(),
                "7".to_owned(),
            )]))
        })
        .await
        .expect("set_attributes");
    assert!(queue.data().is_none() && clone.data().is_none());
    let attributes = clone.attributes().await.unwrap().unwrap();
    assert_eq!(attributes["VisibilityTimeout"], "7");

    // Purge empties the queue.
    queue
        .send_message()
        .with(|r| r.message_body("x"))
        .await
        .unwrap();
    queue.purge().await.expect("purge");
    let got = queue
        .receive_messages()
        .with(|r| r.visibility_timeout(0))
        .await
        .unwrap();
    assert!(got.is_empty());

    // Tags through the client.
    let client = sqs.client();
    client
        .tag_queue(
            TagQueueRequest::new()
                .queue_url(queue.url())
                .tags(HashMap::from([("team".to_owned(), "core".to_owned())])),
        )
        .await
        .expect("tag_queue");
    let tags = client
        .list_queue_tags(ListQueueTagsRequest::new().queue_url(queue.url()))
        .await
        .unwrap()
        .tags
        .unwrap_or_default();
    assert_eq!(tags.get("team").map(String::as_str), Some("core"));
    client
        .untag_queue(
            UntagQueueRequest::new()
                .queue_url(queue.url())
                .tag_keys(vec!["team".to_owned()]),
        )
        .await
        .unwrap();
    let tags = client
        .list_queue_tags(ListQueueTagsRequest::new().queue_url(queue.url()))
        .await
        .unwrap()
        .tags
        .unwrap_or_default();
    assert!(tags.is_empty(), "{tags:?}");

    // Permissions: the policy names the label while it exists.
    queue
        .add_permission()
        .with(|r| {
            r.label("readers")
                .aws_account_ids(vec!["111122223333".to_owned()])
                .actions(vec!["ReceiveMessage".to_owned()])
        })
        .await
        .expect("add_permission");
    let policy = queue.attributes().await.unwrap().unwrap_or_default();
    assert!(
        policy.get("Policy").is_some_and(|p| p.contains("readers")),
        "{policy:?}"
    );
    queue
        .remove_permission()
        .with(|r| r.label("readers"))
        .await
        .expect("remove_permission");
    let policy = queue.attributes().await.unwrap().unwrap_or_default();
    assert!(
        !policy.get("Policy").is_some_and(|p| p.contains("readers")),
        "{policy:?}"
    );

    // Delete; then the lookup fails with the modeled code.
    queue.delete().await.expect("delete");
    let err = sqs
        .get_queue_by_name()
        .with(|r| r.queue_name("data-q"))
        .await
        .unwrap_err();
    assert!(err.is_code("QueueDoesNotExist"), "{err:?}");
    assert_eq!(err.status(), Some(400));
    let err = queue
        .wait_until_exists()
        .delay(Duration::from_millis(50))
        .max_attempts(2)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("attempt"), "{err}");
}

/// Received messages: pre-filled data, the reference back to the queue, per-message actions,
/// and the batch `delete` on a `Vec<Message>`.
#[tokio::test(flavor = "multi_thread")]
async fn messages_and_batch_delete() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let sqs = Sqs::new(&session(&moto));
    let queue = sqs
        .create_queue()
        .with(|r| r.queue_name("msg-q"))
        .await
        .unwrap();
    let sent = queue
        .send_message()
        .with(|r| r.message_body("first"))
        .await
        .unwrap();
    let messages = queue
        .receive_messages()
        .with(|r| r.max_number_of_messages(10))
        .await
        .unwrap();
    assert_eq!(messages.len(), 1);
    let message = &messages[0];
    assert!(message.data().is_some(), "pre-filled");
    assert_eq!(message.body().await.unwrap().as_deref(), Some("first"));
    assert_eq!(message.message_id().await.unwrap(), sent.message_id);
    assert_eq!(
        message.md5_of_body().await.unwrap(),
        sent.md5_of_message_body
    );
    assert_eq!(message.queue_url(), queue.url());
    assert_eq!(message.queue().await.unwrap(), Some(queue.clone()));

    // change_visibility(0) makes it visible again at once.
    message
        .change_visibility()
        .with(|r| r.visibility_timeout(0))
        .await
        .expect("change_visibility");
    let again = queue.receive_messages().await.unwrap();
    assert_eq!(again.len(), 1);
    again[0].delete().await.expect("delete");
    assert!(queue
        .receive_messages()
        .with(|r| r.visibility_timeout(0))
        .await
        .unwrap()
        .is_empty());

    // A sub-resource has no data and cannot load it.
    let err = queue.message("rh").body().await.unwrap_err();
    assert!(err.to_string().contains("no load operation"), "{err}");

    // Batch delete on a Vec of messages: one request, every entry successful.
    let entries = (0..4)
        .map(|i| SendMessageBatchRequestEntry::of(format!("e{i}"), format!("b{i}")))
        .collect::<Vec<_>>();
    let out = queue
        .send_messages()
        .with(|r| r.entries(entries))
        .await
        .unwrap();
    assert_eq!(out.successful.len(), 4);
    let received = queue
        .receive_messages()
        .with(|r| r.max_number_of_messages(10))
        .await
        .unwrap();
    assert_eq!(received.len(), 4);
    let results = received.delete().await.expect("batch delete");
    assert_eq!(results.len(), 1, "one queue: one request");
    assert_eq!(results[0].successful.len(), 4, "{:?}", results[0].failed);
    assert!(results[0].failed.is_empty());
    assert!(queue
        .receive_messages()
        .with(|r| r.visibility_timeout(0).max_number_of_messages(10))
        .await
        .unwrap()
        .is_empty());
    // An empty Vec sends nothing.
    assert!(Vec::<Message>::new().delete().await.unwrap().is_empty());
}

/// String, Number and Binary attributes come back as sent when asked for, with the
/// attributes' MD5 digest; system attributes too.
#[tokio::test(flavor = "multi_thread")]
async fn message_attributes_round_trip() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let sqs = Sqs::new(&session(&moto));
    let queue = sqs
        .create_queue()
        .with(|r| r.queue_name("attr-q"))
        .await
        .unwrap();
    let attributes = HashMap::from([
        ("author".to_owned(), MessageAttributeValue::string("ana")),
        (
            "count".to_owned(),
            MessageAttributeValue::number(12345678901234567890u64),
        ),
        (
            "price".to_owned(),
            MessageAttributeValue::number("-0.25").data_type("Number.eur"),
        ),
        (
            "raw".to_owned(),
            MessageAttributeValue::binary(vec![0u8, 159, 255, 10]),
        ),
    ]);
    let sent = queue
        .send_message()
        .with(|r| {
            r.message_body("with attributes")
                .message_attributes(attributes.clone())
        })
        .await
        .unwrap();
    assert!(sent.md5_of_message_attributes.is_some());

    // Not asked for: none come back.
    let plain = queue
        .receive_messages()
        .with(|r| r.visibility_timeout(0))
        .await
        .unwrap();
    assert_eq!(plain.len(), 1);
    let none = plain[0].message_attributes().await.unwrap();
    assert!(none.as_ref().is_none_or(|m| m.is_empty()), "{none:?}");

    let got = queue
        .receive_messages()
        .with(|r| {
            r.message_attribute_names(vec!["All".into()])
                .message_system_attribute_names(vec![MessageSystemAttributeName::All])
        })
        .await
        .unwrap();
    assert_eq!(got.len(), 1);
    let message = &got[0];
    let back = message
        .message_attributes()
        .await
        .unwrap()
        .expect("attributes");
    assert_eq!(back, attributes);
    assert_eq!(back["raw"].as_bytes(), Some(&[0u8, 159, 255, 10][..]));
    assert_eq!(back["count"].as_str(), Some("12345678901234567890"));
    assert_eq!(
        message.md5_of_message_attributes().await.unwrap(),
        sent.md5_of_message_attributes
    );
    let system = message
        .attributes()
        .await
        .unwrap()
        .expect("system attributes");
    assert!(system.contains_key("SentTimestamp"), "{system:?}");
    assert_eq!(
        system.get("ApproximateReceiveCount").map(String::as_str),
        Some("2")
    );

    // Only the named ones.
    message
        .change_visibility()
        .with(|r| r.visibility_timeout(0))
        .await
        .unwrap();
    let some = queue
        .receive_messages()
        .with(|r| r.message_attribute_names(vec!["author".into()]))
        .await
        .unwrap();
    let only = some[0]
        .message_attributes()
        .await
        .unwrap()
        .unwrap_or_default();
    assert_eq!(only.keys().collect::<Vec<_>>(), ["author"]);
    assert_eq!(only["author"], MessageAttributeValue::string("ana"));
    let _ = Blob::from("unused"); // Blob is the binary type users name
}

/// Batch send with one invalid entry, batch delete and change-visibility with an unknown
/// receipt handle: each failure is a per-entry `BatchResultErrorEntry`, the rest succeed.
#[tokio::test(flavor = "multi_thread")]
async fn batch_operations_report_per_entry_failures() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let sqs = Sqs::new(&session(&moto));
    let queue = sqs
        .create_queue()
        .with(|r| r.queue_name("batch-q"))
        .await
        .unwrap();
    let out = queue
        .send_messages()
        .with(|r| {
            r.entries(vec![
                SendMessageBatchRequestEntry::of("ok1", "one"),
                SendMessageBatchRequestEntry::of("late", "too late").delay_seconds(1800),
                SendMessageBatchRequestEntry::of("ok2", "two").message_attributes(HashMap::from([
                    ("k".to_owned(), MessageAttributeValue::string("v")),
                ])),
            ])
        })
        .await
        .expect("send_messages");
    let mut ok: Vec<&str> = out.successful.iter().map(|e| e.id.as_str()).collect();
    ok.sort();
    assert_eq!(ok, ["ok1", "ok2"]);
    assert_eq!(out.failed.len(), 1, "{:?}", out.failed);
    let failed = &out.failed[0];
    assert_eq!(failed.id, "late");
    assert_eq!(failed.code, "InvalidParameterValue");
    assert!(failed.sender_fault);
    let ok2 = out.successful.iter().find(|e| e.id == "ok2").unwrap();
    assert!(ok2.md5_of_message_attributes.is_some());
    assert!(!ok2.message_id.is_empty());

    let received = queue
        .receive_messages()
        .with(|r| r.max_number_of_messages(10))
        .await
        .unwrap();
    assert_eq!(received.len(), 2);
    let handles: Vec<&str> = received.iter().map(Message::receipt_handle).collect();

    // Change visibility: two real handles and one unknown.
    let changed = queue
        .change_message_visibility_batch()
        .with(|r| {
            r.entries(vec![
                ChangeMessageVisibilityBatchRequestEntry::of("a", handles[0], 0),
                ChangeMessageVisibilityBatchRequestEntry::of("b", "not-a-handle", 0),
                ChangeMessageVisibilityBatchRequestEntry::of("c", handles[1], 0),
            ])
        })
        .await
        .expect("change_message_visibility_batch");
    let mut ids: Vec<&str> = changed.successful.iter().map(|e| e.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["a", "c"]);
    assert_eq!(changed.failed.len(), 1);
    assert_eq!(changed.failed[0].id, "b");
    assert!(!changed.failed[0].code.is_empty());

    // Visible again: receive once more and delete them through the queue's action.
    let again = queue
        .receive_messages()
        .with(|r| r.max_number_of_messages(10))
        .await
        .unwrap();
    assert_eq!(again.len(), 2);
    let deleted = queue
        .delete_messages()
        .with(|r| {
            r.entries(vec![
                DeleteMessageBatchRequestEntry::of("x", again[0].receipt_handle()),
                DeleteMessageBatchRequestEntry::of("y", "not-a-handle"),
                DeleteMessageBatchRequestEntry::of("z", again[1].receipt_handle()),
            ])
        })
        .await
        .expect("delete_messages");
    let mut ids: Vec<&str> = deleted.successful.iter().map(|e| e.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["x", "z"]);
    assert_eq!(deleted.failed.len(), 1);
    assert_eq!(deleted.failed[0].id, "y");
    assert_eq!(deleted.failed[0].code, "ReceiptHandleIsInvalid");
    assert!(queue
        .receive_messages()
        .with(|r| r.visibility_timeout(0).max_number_of_messages(10))
        .await
        .unwrap()
        .is_empty());
}

/// The `dead_letter_source_queues` collection of a dead-letter queue.
#[tokio::test(flavor = "multi_thread")]
async fn dead_letter_source_queues() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let sqs = Sqs::new(&session(&moto));
    let dlq = sqs
        .create_queue()
        .with(|r| r.queue_name("dlq"))
        .await
        .unwrap();
    let arn = dlq.attributes().await.unwrap().unwrap()["QueueArn"].clone();
    let policy = format!(r#"{{"deadLetterTargetArn":"{arn}","maxReceiveCount":"3"}}"#);
    let source = sqs
        .create_queue()
        .with(|r| {
            r.queue_name("dlq-source")
                .attributes(HashMap::from([("RedrivePolicy".to_owned(), policy)]))
        })
        .await
        .unwrap();
    sqs.create_queue()
        .with(|r| r.queue_name("unrelated"))
        .await
        .unwrap();
    let sources: Vec<Queue> = dlq.dead_letter_source_queues().try_collect().await.unwrap();
    assert_eq!(sources, vec![source.clone()]);
    let pages: Vec<Vec<Queue>> = dlq
        .dead_letter_source_queues()
        .page_size(5)
        .pages()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(pages, vec![vec![source]]);
    assert!(sqs
        .queue(dlq.url())
        .dead_letter_source_queues()
        .limit(0)
        .try_collect::<Vec<_>>()
        .await
        .unwrap()
        .is_empty());
}

const JSON: (&str, &str) = ("content-type", "application/x-amz-json-1.0");

/// The wire form: awsJson1_0 with the `AmazonSQS.` target, binary attributes as base64,
/// botocore's member names (`tags`, `queueUrls`), and the modeled error code.
#[tokio::test]
async fn wire_format() {
    let replay = boto_core::http::replay::ReplayClient::new();
    let client = Client::new(&testkit::replay_session!(&replay));

    replay.push(
        200,
        &[JSON],
        r#"{"MessageId":"m-1","MD5OfMessageBody":"d"}"#,
    );
    let out = client
        .send_message(
            SendMessageRequest::new()
                .queue_url("https://sqs.us-east-1.amazonaws.com/1/q")
                .message_body("hi")
                .message_attributes(HashMap::from([(
                    "raw".to_owned(),
                    MessageAttributeValue::binary(&b"\x00\xff"[..]),
                )])),
        )
        .await
        .unwrap();
    assert_eq!(out.message_id.as_deref(), Some("m-1"));
    let sent = &replay.requests()[0];
    assert_eq!(sent.header("x-amz-target"), Some("AmazonSQS.SendMessage"));
    assert_eq!(sent.header("content-type"), Some(JSON.1));
    let body: serde_json::Value = serde_json::from_str(&sent.body_str()).unwrap();
    assert_eq!(
        body["MessageAttributes"]["raw"],
        serde_json::json!({"BinaryValue": "AP8=", "DataType": "Binary"})
    );
    assert_eq!(body["QueueUrl"], "https://sqs.us-east-1.amazonaws.com/1/q");

    replay.push(200, &[JSON], r#"{"QueueUrl":"u"}"#);
    client
        .create_queue(
            CreateQueueRequest::new()
                .queue_name("q")
                .tags(HashMap::from([("k".to_owned(), "v".to_owned())])),
        )
        .await
        .unwrap();
    let body: serde_json::Value = serde_json::from_str(&replay.requests()[1].body_str()).unwrap();
    assert_eq!(
        body,
        serde_json::json!({"QueueName": "q", "tags": {"k": "v"}})
    );

    replay.push(200, &[JSON], r#"{"queueUrls":["a","b"],"NextToken":"t"}"#);
    replay.push(200, &[JSON], r#"{"queueUrls":["c"]}"#);
    let urls: Vec<String> = client
        .list_dead_letter_source_queues_items(
            ListDeadLetterSourceQueuesRequest::new().queue_url("dlq"),
        )
        .try_collect()
        .await
        .unwrap();
    assert_eq!(urls, ["a", "b", "c"]);

    replay.push(
        400,
        &[
            JSON,
            (
                "x-amzn-query-error",
                "AWS.SimpleQueueService.NonExistentQueue;Sender",
            ),
        ],
        r#"{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"gone"}"#,
    );
    let err = client
        .get_queue_url(GetQueueUrlRequest::new().queue_name("nope"))
        .await
        .unwrap_err();
    assert!(err.is_code("QueueDoesNotExist"), "{err:?}");
    assert_eq!(err.message(), Some("gone"));

    // A batch failure's `SenderFault` as text (as some servers send it) still reads.
    replay.push(
        200,
        &[JSON],
        r#"{"Successful":[],"Failed":[{"Id":"1","SenderFault":"true","Code":"X"}]}"#,
    );
    let out = client
        .send_message_batch(
            SendMessageBatchRequest::new()
                .queue_url("u")
                .entries(vec![SendMessageBatchRequestEntry::of("1", "b")]),
        )
        .await
        .unwrap();
    assert!(out.failed[0].sender_fault);
    assert_eq!(replay.remaining(), 0);
}

/// The message-move-task operations, which the hand-written client lacked and moto does not
/// serve: each is sent with its target and its members under the model's names, and its
/// answer read.
#[tokio::test]
async fn message_move_tasks_on_the_wire() {
    let replay = boto_core::http::replay::ReplayClient::new();
    let client = Client::new(&testkit::replay_session!(&replay));
    let (dlq, source) = ("arn:aws:sqs:us-east-1:1:dlq", "arn:aws:sqs:us-east-1:1:q");

    replay.push(200, &[JSON], r#"{"TaskHandle":"h-1"}"#);
    let started = client
        .start_message_move_task(
            StartMessageMoveTaskRequest::new()
                .source_arn(dlq)
                .destination_arn(source)
                .max_number_of_messages_per_second(5),
        )
        .await
        .unwrap();
    assert_eq!(started.task_handle.as_deref(), Some("h-1"));

    replay.push(
        200,
        &[JSON],
        r#"{"Results":[{"TaskHandle":"h-1","Status":"RUNNING","SourceArn":"arn:aws:sqs:us-east-1:1:dlq",
            "ApproximateNumberOfMessagesMoved":3,"ApproximateNumberOfMessagesToMove":10,
            "StartedTimestamp":1700000000000}]}"#,
    );
    let tasks = client
        .list_message_move_tasks(
            ListMessageMoveTasksRequest::new()
                .source_arn(dlq)
                .max_results(10),
        )
        .await
        .unwrap()
        .results
        .unwrap_or_default();
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0].status.as_deref(), Some("RUNNING"));
    assert_eq!(tasks[0].approximate_number_of_messages_moved, Some(3));
    assert_eq!(tasks[0].started_timestamp, Some(1_700_000_000_000));

    replay.push(200, &[JSON], r#"{"ApproximateNumberOfMessagesMoved":3}"#);
    let cancelled = client
        .cancel_message_move_task(CancelMessageMoveTaskRequest::new().task_handle("h-1"))
        .await
        .unwrap();
    assert_eq!(cancelled.approximate_number_of_messages_moved, Some(3));

    let sent = replay.requests();
    let targets: Vec<_> = sent.iter().map(|r| r.header("x-amz-target")).collect();
    assert_eq!(
        targets,
        [
            Some("AmazonSQS.StartMessageMoveTask"),
            Some("AmazonSQS.ListMessageMoveTasks"),
            Some("AmazonSQS.CancelMessageMoveTask"),
        ]
    );
    let body =
        |i: usize| -> serde_json::Value { serde_json::from_str(&sent[i].body_str()).unwrap() };
    assert_eq!(
        body(0),
        serde_json::json!({"SourceArn": dlq, "DestinationArn": source,
                           "MaxNumberOfMessagesPerSecond": 5})
    );
    assert_eq!(
        body(1),
        serde_json::json!({"SourceArn": dlq, "MaxResults": 10})
    );
    assert_eq!(body(2), serde_json::json!({"TaskHandle": "h-1"}));
}
