//! The resources of boto3's `sns` model: [`Sns`], [`PlatformApplication`], [`PlatformEndpoint`],
//! [`Subscription`], [`Topic`].
//!
//! Written by `boto-codegen` from boto3's `resources-1.json`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- sns --resources --out DIR`.

use super::client::*;
use boto_core::resource;
use std::collections::HashMap;

/// The service resource: what boto3's `resource(..)` gives.
#[resource(client = Client, service)]
#[action(create_platform_application = create_platform_application,
         resource = PlatformApplication(arn = platform_application_arn))]
#[action(create_topic = create_topic, resource = Topic(arn = topic_arn))]
#[subresource(platform_application = PlatformApplication(arn))]
#[subresource(platform_endpoint = PlatformEndpoint(arn))]
#[subresource(subscription = Subscription(arn))]
#[subresource(topic = Topic(arn))]
#[collection(platform_applications = list_platform_applications, items = platform_applications,
             resource = PlatformApplication(arn = platform_application_arn))]
#[collection(subscriptions = list_subscriptions, items = subscriptions,
             resource = Subscription(arn = subscription_arn))]
#[collection(topics = list_topics, items = topics, resource = Topic(arn = topic_arn))]
pub struct Sns;

/// boto3's `PlatformApplication` resource, identified by `arn`; its data is
/// `GetPlatformApplicationAttributes`'s answer, loaded on first access.
#[resource(client = Client, load = get_platform_application_attributes)]
#[action(create_platform_endpoint = create_platform_endpoint,
         resource = PlatformEndpoint(arn = endpoint_arn))]
#[action(delete = delete_platform_application)]
#[action(set_attributes = set_platform_application_attributes)]
#[collection(endpoints = list_endpoints_by_platform_application, items = endpoints,
             resource = PlatformEndpoint(arn = endpoint_arn))]
pub struct PlatformApplication {
    /// The identifier `Arn`.
    #[identifier(param = platform_application_arn)]
    arn: String,
    /// The member `Attributes` of the data.
    attributes: Option<HashMap<String, String>>,
}

/// boto3's `PlatformEndpoint` resource, identified by `arn`; its data is `GetEndpointAttributes`'s
/// answer, loaded on first access.
#[resource(client = Client, load = get_endpoint_attributes,
           load_with = |r| r.endpoint_arn(self.arn.clone()))]
#[action(delete = delete_endpoint, with = |r| r.endpoint_arn(self.arn.clone()))]
#[action(publish = publish, with = |r| r.target_arn(self.arn.clone()))]
#[action(set_attributes = set_endpoint_attributes, with = |r| r.endpoint_arn(self.arn.clone()))]
pub struct PlatformEndpoint {
    /// The identifier `Arn`.
    #[identifier]
    arn: String,
    /// The member `Attributes` of the data.
    attributes: Option<HashMap<String, String>>,
}

/// boto3's `Subscription` resource, identified by `arn`; its data is `GetSubscriptionAttributes`'s
/// answer, loaded on first access.
#[resource(client = Client, load = get_subscription_attributes)]
#[action(delete = unsubscribe)]
#[action(set_attributes = set_subscription_attributes)]
pub struct Subscription {
    /// The identifier `Arn`.
    #[identifier(param = subscription_arn)]
    arn: String,
    /// The member `Attributes` of the data.
    attributes: Option<HashMap<String, String>>,
}

/// boto3's `Topic` resource, identified by `arn`; its data is `GetTopicAttributes`'s answer, loaded
/// on first access.
#[resource(client = Client, load = get_topic_attributes)]
#[action(add_permission = add_permission)]
#[action(confirm_subscription = confirm_subscription,
         resource = Subscription(arn = subscription_arn))]
#[action(delete = delete_topic)]
#[action(publish = publish)]
#[action(remove_permission = remove_permission)]
#[action(set_attributes = set_topic_attributes)]
#[action(subscribe = subscribe, resource = Subscription(arn = subscription_arn))]
#[collection(subscriptions = list_subscriptions_by_topic, items = subscriptions,
             resource = Subscription(arn = subscription_arn))]
pub struct Topic {
    /// The identifier `Arn`.
    #[identifier(param = topic_arn)]
    arn: String,
    /// The member `Attributes` of the data.
    attributes: Option<HashMap<String, String>>,
}
