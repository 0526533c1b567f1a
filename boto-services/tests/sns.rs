//! The generated SNS client (feature `sns`, awsQuery) against moto: topics created, their
//! attributes read and set, listed over two pages (moto's page is 100 topics), a
//! subscription, a publish, and deletes.
#![cfg(feature = "sns")]

use futures::TryStreamExt;
use std::collections::HashMap;

use boto_core::RetryConfig;

#[tokio::test(flavor = "multi_thread")]
async fn sns_topics_round_trip() -> boto_core::Result<()> {
    use boto_services::sns::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let sns = Client::new(
        &testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))),
    );
    let arn = sns
        .create_topic(
            CreateTopicInput::new()
                .name("orders")
                .attributes(HashMap::from([(
                    "DisplayName".to_owned(),
                    "Orders".to_owned(),
                )]))
                .tags(vec![Tag::new().key("team").value("core")]),
        )
        .await?
        .topic_arn
        .expect("CreateTopic's ARN");
    assert!(arn.starts_with("arn:aws:sns:us-east-1:"), "{arn}");
    assert!(arn.ends_with(":orders"), "{arn}");

    sns.set_topic_attributes(
        SetTopicAttributesInput::new()
            .topic_arn(&arn)
            .attribute_name("DisplayName")
            .attribute_value("All orders"),
    )
    .await?;
    let attributes = sns
        .get_topic_attributes(GetTopicAttributesInput::new().topic_arn(&arn))
        .await?
        .attributes
        .expect("attributes");
    assert_eq!(attributes["DisplayName"], "All orders");
    assert_eq!(attributes["TopicArn"], arn);

    let subscription = sns
        .subscribe(
            SubscribeInput::new()
                .topic_arn(&arn)
                .protocol("sms")
                .endpoint("+15005550006")
                .return_subscription_arn(true),
        )
        .await?
        .subscription_arn
        .expect("a subscription ARN");
    let subscriptions: Vec<SubscriptionShape> = sns
        .list_subscriptions_by_topic_items(ListSubscriptionsByTopicInput::new().topic_arn(&arn))
        .try_collect()
        .await?;
    assert_eq!(subscriptions.len(), 1);
    assert_eq!(
        subscriptions[0].subscription_arn.as_ref(),
        Some(&subscription)
    );
    assert_eq!(subscriptions[0].protocol.as_deref(), Some("sms"));
    assert_eq!(subscriptions[0].endpoint.as_deref(), Some("+15005550006"));
    let published = sns
        .publish(
            PublishInput::new()
                .topic_arn(&arn)
                .subject("new order")
                .message("order 1"),
        )
        .await?;
    assert!(published.message_id.is_some_and(|id| !id.is_empty()));

    // 101 topics: moto answers ListTopics 100 at a time, so two pages.
    for i in 0..100 {
        sns.create_topic(CreateTopicInput::new().name(format!("t{i:03}")))
            .await?;
    }
    let pages: Vec<ListTopicsResponse> = sns
        .list_topics_pages(ListTopicsInput::new())
        .try_collect()
        .await?;
    assert_eq!(
        pages
            .iter()
            .map(|p| p.topics.as_ref().map_or(0, Vec::len))
            .collect::<Vec<_>>(),
        [100, 1]
    );
    let topics: Vec<TopicShape> = sns
        .list_topics_items(ListTopicsInput::new())
        .try_collect()
        .await?;
    assert_eq!(topics.len(), 101);
    assert!(topics.iter().any(|t| t.topic_arn.as_ref() == Some(&arn)));

    sns.delete_topic(DeleteTopicInput::new().topic_arn(&arn))
        .await?;
    let err = sns
        .get_topic_attributes(GetTopicAttributesInput::new().topic_arn(&arn))
        .await
        .expect_err("a deleted topic is not found");
    assert!(err.is_code("NotFound"), "{err:?}");
    Ok(())
}
