//! boto3's SNS resources (feature `sns`) against moto: topics, subscriptions, platform
//! applications and endpoints created, read (attributes loaded on demand), modified and
//! deleted; every collection listed.
#![cfg(feature = "sns")]

use boto_core::RetryConfig;
use boto_services::sns::*;
use futures::TryStreamExt;
use std::collections::HashMap;

#[tokio::test(flavor = "multi_thread")]
async fn sns_resources_round_trip() -> boto_core::Result<()> {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let sns =
        Sns::new(&testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))));

    // Create, read, modify.
    let topic = sns.create_topic().with(|r| r.name("orders")).await?;
    assert!(topic.arn().ends_with(":orders"), "{}", topic.arn());
    assert_eq!(topic, sns.topic(topic.arn()));
    let attributes = topic.attributes().await?.expect("attributes");
    assert_eq!(attributes["TopicArn"], topic.arn());
    topic
        .set_attributes()
        .with(|r| r.attribute_name("DisplayName").attribute_value("Orders"))
        .await?;
    assert!(topic.data().is_none(), "an action clears the loaded data");
    let attributes = topic.attributes().await?.expect("attributes");
    assert_eq!(attributes["DisplayName"], "Orders");
    let other = sns.create_topic().with(|r| r.name("returns")).await?;

    // Subscriptions: built from the answer, then listed two ways.
    let subscription = topic
        .subscribe()
        .with(|r| r.protocol("email").endpoint("ops@example.com"))
        .await?;
    let attributes = subscription.attributes().await?.expect("attributes");
    assert_eq!(attributes["TopicArn"], topic.arn());
    let by_topic: Vec<Subscription> = topic.subscriptions().all().try_collect().await?;
    assert_eq!(by_topic, vec![subscription.clone()]);
    let all: Vec<Subscription> = sns.subscriptions().try_collect().await?;
    assert!(all.contains(&subscription));
    let published = topic.publish().with(|r| r.message("hello")).await?;
    assert!(published.message_id.is_some());

    // Platform applications and endpoints.
    let app = sns
        .create_platform_application()
        .with(|r| {
            r.name("app").platform("GCM").attributes(HashMap::from([(
                "PlatformCredential".to_owned(),
                "key".to_owned(),
            )]))
        })
        .await?;
    assert!(app.attributes().await?.is_some());
    let endpoint = app
        .create_platform_endpoint()
        .with(|r| r.token("device-token"))
        .await?;
    let attributes = endpoint.attributes().await?.expect("attributes");
    assert_eq!(attributes["Token"], "device-token");
    endpoint
        .set_attributes()
        .with(|r| {
            r.attributes(HashMap::from([(
                "CustomUserData".to_owned(),
                "user-1".to_owned(),
            )]))
        })
        .await?;
    assert_eq!(
        endpoint
            .reload()
            .await?
            .attributes
            .as_ref()
            .expect("attributes")["CustomUserData"],
        "user-1"
    );
    let endpoints: Vec<PlatformEndpoint> = app.endpoints().try_collect().await?;
    assert_eq!(endpoints, vec![endpoint.clone()]);
    let apps: Vec<PlatformApplication> = sns.platform_applications().try_collect().await?;
    assert_eq!(apps, vec![app.clone()]);
    app.set_attributes()
        .with(|r| {
            r.attributes(HashMap::from([(
                "EventEndpointCreated".to_owned(),
                topic.arn().to_owned(),
            )]))
        })
        .await?;

    // Topics, a page of one at a time.
    let topics: Vec<Topic> = sns.topics().try_collect().await?;
    assert_eq!(topics.len(), 2);
    assert!(topics.contains(&topic) && topics.contains(&other));

    // Delete.
    endpoint.delete().await?;
    app.delete().await?;
    subscription.delete().await?;
    other.delete().await?;
    let topics: Vec<Topic> = sns.topics().try_collect().await?;
    assert_eq!(topics, vec![topic.clone()]);
    topic.delete().await?;
    assert!(sns
        .platform_applications()
        .try_collect::<Vec<_>>()
        .await?
        .is_empty());
    Ok(())
}
