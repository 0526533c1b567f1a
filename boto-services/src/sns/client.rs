//! Amazon Simple Notification Service (`sns`, API version 2010-03-31): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- sns --resources --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, Blob, DateTime, Op, Shape};
use std::collections::HashMap;

/// Amazon Simple Notification Service (Amazon SNS) is a web service that enables you to build
/// distributed web-enabled applications. Applications can use Amazon SNS to easily push real-time
/// notification messages to interested subscribers over multiple delivery protocols. For more
/// information about this product see the [Amazon SNS product page](http://aws.amazon.com/sns/).
/// For detailed information about Amazon SNS features and their associated API calls, see the
/// [Amazon SNS Developer Guide](https://docs.aws.amazon.com/sns/latest/dg/).
#[client(
    service = "sns",
    protocol = "awsQuery",
    api_version = "2010-03-31",
    xml_namespace = "http://sns.amazonaws.com/doc/2010-03-31/",
    endpoint_rules = include_str!("endpoint-rule-set.json"),
)]
pub struct Client {
    /// Adds a statement to a topic's access control policy, granting access for the specified
    /// Amazon Web Services accounts to the specified actions.
    add_permission: Op<AddPermissionInput, ()>,
    /// Accepts a phone number and indicates whether the phone holder has opted out of receiving SMS
    /// messages from your Amazon Web Services account. You cannot send SMS messages to a number
    /// that is opted out.
    #[op(result_wrapper = "CheckIfPhoneNumberIsOptedOutResult")]
    check_if_phone_number_is_opted_out:
        Op<CheckIfPhoneNumberIsOptedOutInput, CheckIfPhoneNumberIsOptedOutResponse>,
    /// Verifies an endpoint owner's intent to receive messages by validating the token sent to the
    /// endpoint by an earlier `Subscribe` action. If the token is valid, the action creates a new
    /// subscription and returns its Amazon Resource Name (ARN). This call requires an AWS signature
    /// only when the `AuthenticateOnUnsubscribe` flag is set to "true".
    #[op(result_wrapper = "ConfirmSubscriptionResult")]
    confirm_subscription: Op<ConfirmSubscriptionInput, ConfirmSubscriptionResponse>,
    /// Creates a platform application object for one of the supported push notification services,
    /// such as APNS and GCM (Firebase Cloud Messaging), to which devices and mobile apps may
    /// register. You must specify `PlatformPrincipal` and `PlatformCredential` attributes when
    /// using the `CreatePlatformApplication` action.
    #[op(result_wrapper = "CreatePlatformApplicationResult")]
    create_platform_application:
        Op<CreatePlatformApplicationInput, CreatePlatformApplicationResponse>,
    /// Creates an endpoint for a device and mobile app on one of the supported push notification
    /// services, such as GCM (Firebase Cloud Messaging) and APNS. `CreatePlatformEndpoint` requires
    /// the `PlatformApplicationArn` that is returned from `CreatePlatformApplication`. You can use
    /// the returned `EndpointArn` to send a message to a mobile app or by the `Subscribe` action
    /// for subscription to a topic. The `CreatePlatformEndpoint` action is idempotent, so if the
    /// requester already owns an endpoint with the same device token and attributes, that
    /// endpoint's ARN is returned without creating a new endpoint. For more information, see [Using
    /// Amazon SNS Mobile Push
    /// Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html).
    #[op(result_wrapper = "CreatePlatformEndpointResult")]
    create_platform_endpoint: Op<CreatePlatformEndpointInput, CreateEndpointResponse>,
    /// Adds a destination phone number to an Amazon Web Services account in the SMS sandbox and
    /// sends a one-time password (OTP) to that phone number.
    #[op(
        name = "CreateSMSSandboxPhoneNumber",
        result_wrapper = "CreateSMSSandboxPhoneNumberResult"
    )]
    create_sms_sandbox_phone_number:
        Op<CreateSMSSandboxPhoneNumberInput, CreateSMSSandboxPhoneNumberResult>,
    /// Creates a topic to which notifications can be published. Users can create at most 100,000
    /// standard topics (at most 1,000 FIFO topics). For more information, see [Creating an Amazon
    /// SNS topic](https://docs.aws.amazon.com/sns/latest/dg/sns-create-topic.html) in the *Amazon
    /// SNS Developer Guide*. This action is idempotent, so if the requester already owns a topic
    /// with the specified name, that topic's ARN is returned without creating a new topic.
    #[op(result_wrapper = "CreateTopicResult")]
    create_topic: Op<CreateTopicInput, CreateTopicResponse>,
    /// Deletes the endpoint for a device and mobile app from Amazon SNS. This action is idempotent.
    /// For more information, see [Using Amazon SNS Mobile Push
    /// Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html).
    delete_endpoint: Op<DeleteEndpointInput, ()>,
    /// Deletes a platform application object for one of the supported push notification services,
    /// such as APNS and GCM (Firebase Cloud Messaging). For more information, see [Using Amazon SNS
    /// Mobile Push Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html).
    delete_platform_application: Op<DeletePlatformApplicationInput, ()>,
    /// Deletes an Amazon Web Services account's verified or pending phone number from the SMS
    /// sandbox.
    #[op(
        name = "DeleteSMSSandboxPhoneNumber",
        result_wrapper = "DeleteSMSSandboxPhoneNumberResult"
    )]
    delete_sms_sandbox_phone_number:
        Op<DeleteSMSSandboxPhoneNumberInput, DeleteSMSSandboxPhoneNumberResult>,
    /// Deletes a topic and all its subscriptions. Deleting a topic might prevent some messages
    /// previously sent to the topic from being delivered to subscribers. This action is idempotent,
    /// so deleting a topic that does not exist does not result in an error.
    delete_topic: Op<DeleteTopicInput, ()>,
    /// Retrieves the specified inline `DataProtectionPolicy` document that is stored in the
    /// specified Amazon SNS topic.
    #[op(result_wrapper = "GetDataProtectionPolicyResult")]
    get_data_protection_policy: Op<GetDataProtectionPolicyInput, GetDataProtectionPolicyResponse>,
    /// Retrieves the endpoint attributes for a device on one of the supported push notification
    /// services, such as GCM (Firebase Cloud Messaging) and APNS. For more information, see [Using
    /// Amazon SNS Mobile Push
    /// Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html).
    #[op(result_wrapper = "GetEndpointAttributesResult")]
    get_endpoint_attributes: Op<GetEndpointAttributesInput, GetEndpointAttributesResponse>,
    /// Retrieves the attributes of the platform application object for the supported push
    /// notification services, such as APNS and GCM (Firebase Cloud Messaging). For more
    /// information, see [Using Amazon SNS Mobile Push
    /// Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html).
    #[op(result_wrapper = "GetPlatformApplicationAttributesResult")]
    get_platform_application_attributes:
        Op<GetPlatformApplicationAttributesInput, GetPlatformApplicationAttributesResponse>,
    /// Returns the settings for sending SMS messages from your Amazon Web Services account.
    #[op(name = "GetSMSAttributes", result_wrapper = "GetSMSAttributesResult")]
    get_sms_attributes: Op<GetSMSAttributesInput, GetSMSAttributesResponse>,
    /// Retrieves the SMS sandbox status for the calling Amazon Web Services account in the target
    /// Amazon Web Services Region.
    #[op(
        name = "GetSMSSandboxAccountStatus",
        result_wrapper = "GetSMSSandboxAccountStatusResult"
    )]
    get_sms_sandbox_account_status:
        Op<GetSMSSandboxAccountStatusInput, GetSMSSandboxAccountStatusResult>,
    /// Returns all of the properties of a subscription.
    #[op(result_wrapper = "GetSubscriptionAttributesResult")]
    get_subscription_attributes:
        Op<GetSubscriptionAttributesInput, GetSubscriptionAttributesResponse>,
    /// Returns all of the properties of a topic. Topic properties returned might differ based on
    /// the authorization of the user.
    #[op(result_wrapper = "GetTopicAttributesResult")]
    get_topic_attributes: Op<GetTopicAttributesInput, GetTopicAttributesResponse>,
    /// Lists the endpoints and endpoint attributes for devices in a supported push notification
    /// service, such as GCM (Firebase Cloud Messaging) and APNS. The results for
    /// `ListEndpointsByPlatformApplication` are paginated and return a limited list of endpoints,
    /// up to 100. If additional records are available after the first page results, then a
    /// NextToken string will be returned. To receive the next page, you call
    /// `ListEndpointsByPlatformApplication` again using the NextToken string received from the
    /// previous call. When there are no more records to return, NextToken will be null. For more
    /// information, see [Using Amazon SNS Mobile Push
    /// Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html).
    #[op(paginate(input_token = next_token, output_token = next_token, items = endpoints), result_wrapper = "ListEndpointsByPlatformApplicationResult")]
    list_endpoints_by_platform_application:
        Op<ListEndpointsByPlatformApplicationInput, ListEndpointsByPlatformApplicationResponse>,
    /// Lists the calling Amazon Web Services account's dedicated origination numbers and their
    /// metadata. For more information about origination numbers, see [Origination
    /// numbers](https://docs.aws.amazon.com/sns/latest/dg/channels-sms-originating-identities-origination-numbers.html)
    /// in the *Amazon SNS Developer Guide*.
    #[op(paginate(input_token = next_token, output_token = next_token, items = phone_numbers, limit = max_results), result_wrapper = "ListOriginationNumbersResult")]
    list_origination_numbers: Op<ListOriginationNumbersRequest, ListOriginationNumbersResult>,
    /// Returns a list of phone numbers that are opted out, meaning you cannot send SMS messages to
    /// them.
    #[op(paginate(input_token = next_token, output_token = next_token, items = phone_numbers), result_wrapper = "ListPhoneNumbersOptedOutResult")]
    list_phone_numbers_opted_out:
        Op<ListPhoneNumbersOptedOutInput, ListPhoneNumbersOptedOutResponse>,
    /// Lists the platform application objects for the supported push notification services, such as
    /// APNS and GCM (Firebase Cloud Messaging). The results for `ListPlatformApplications` are
    /// paginated and return a limited list of applications, up to 100. If additional records are
    /// available after the first page results, then a NextToken string will be returned. To receive
    /// the next page, you call `ListPlatformApplications` using the NextToken string received from
    /// the previous call. When there are no more records to return, `NextToken` will be null. For
    /// more information, see [Using Amazon SNS Mobile Push
    /// Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html).
    #[op(paginate(input_token = next_token, output_token = next_token, items = platform_applications), result_wrapper = "ListPlatformApplicationsResult")]
    list_platform_applications: Op<ListPlatformApplicationsInput, ListPlatformApplicationsResponse>,
    /// Lists the calling Amazon Web Services account's current verified and pending destination
    /// phone numbers in the SMS sandbox.
    #[op(name = "ListSMSSandboxPhoneNumbers", paginate(input_token = next_token, output_token = next_token, items = phone_numbers, limit = max_results), result_wrapper = "ListSMSSandboxPhoneNumbersResult")]
    list_sms_sandbox_phone_numbers:
        Op<ListSMSSandboxPhoneNumbersInput, ListSMSSandboxPhoneNumbersResult>,
    /// Returns a list of the requester's subscriptions. Each call returns a limited list of
    /// subscriptions, up to 100. If there are more subscriptions, a `NextToken` is also returned.
    /// Use the `NextToken` parameter in a new `ListSubscriptions` call to get further results.
    #[op(paginate(input_token = next_token, output_token = next_token, items = subscriptions), result_wrapper = "ListSubscriptionsResult")]
    list_subscriptions: Op<ListSubscriptionsInput, ListSubscriptionsResponse>,
    /// Returns a list of the subscriptions to a specific topic. Each call returns a limited list of
    /// subscriptions, up to 100. If there are more subscriptions, a `NextToken` is also returned.
    /// Use the `NextToken` parameter in a new `ListSubscriptionsByTopic` call to get further
    /// results.
    #[op(paginate(input_token = next_token, output_token = next_token, items = subscriptions), result_wrapper = "ListSubscriptionsByTopicResult")]
    list_subscriptions_by_topic:
        Op<ListSubscriptionsByTopicInput, ListSubscriptionsByTopicResponse>,
    /// List all tags added to the specified Amazon SNS topic. For an overview, see [Amazon SNS
    /// Tags](https://docs.aws.amazon.com/sns/latest/dg/sns-tags.html) in the *Amazon Simple
    /// Notification Service Developer Guide*.
    #[op(result_wrapper = "ListTagsForResourceResult")]
    list_tags_for_resource: Op<ListTagsForResourceRequest, ListTagsForResourceResponse>,
    /// Returns a list of the requester's topics. Each call returns a limited list of topics, up to
    /// 100. If there are more topics, a `NextToken` is also returned. Use the `NextToken` parameter
    /// in a new `ListTopics` call to get further results.
    #[op(paginate(input_token = next_token, output_token = next_token, items = topics), result_wrapper = "ListTopicsResult")]
    list_topics: Op<ListTopicsInput, ListTopicsResponse>,
    /// Use this request to opt in a phone number that is opted out, which enables you to resume
    /// sending SMS messages to the number.
    #[op(result_wrapper = "OptInPhoneNumberResult")]
    opt_in_phone_number: Op<OptInPhoneNumberInput, OptInPhoneNumberResponse>,
    /// Sends a message to an Amazon SNS topic, a text message (SMS message) directly to a phone
    /// number, or a message to a mobile platform endpoint (when you specify the `TargetArn`).
    #[op(result_wrapper = "PublishResult")]
    publish: Op<PublishInput, PublishResponse>,
    /// Publishes up to 10 messages to the specified topic in a single batch. This is a batch
    /// version of the `Publish` API. If you try to send more than 10 messages in a single batch
    /// request, you will receive a `TooManyEntriesInBatchRequest` exception.
    #[op(result_wrapper = "PublishBatchResult")]
    publish_batch: Op<PublishBatchInput, PublishBatchResponse>,
    /// Adds or updates an inline policy document that is stored in the specified Amazon SNS topic.
    put_data_protection_policy: Op<PutDataProtectionPolicyInput, ()>,
    /// Removes a statement from a topic's access control policy.
    remove_permission: Op<RemovePermissionInput, ()>,
    /// Sets the attributes for an endpoint for a device on one of the supported push notification
    /// services, such as GCM (Firebase Cloud Messaging) and APNS. For more information, see [Using
    /// Amazon SNS Mobile Push
    /// Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html).
    set_endpoint_attributes: Op<SetEndpointAttributesInput, ()>,
    /// Sets the attributes of the platform application object for the supported push notification
    /// services, such as APNS and GCM (Firebase Cloud Messaging). For more information, see [Using
    /// Amazon SNS Mobile Push
    /// Notifications](https://docs.aws.amazon.com/sns/latest/dg/SNSMobilePush.html). For
    /// information on configuring attributes for message delivery status, see [Using Amazon SNS
    /// Application Attributes for Message Delivery
    /// Status](https://docs.aws.amazon.com/sns/latest/dg/sns-msg-status.html).
    set_platform_application_attributes: Op<SetPlatformApplicationAttributesInput, ()>,
    /// Use this request to set the default settings for sending SMS messages and receiving daily
    /// SMS usage reports.
    #[op(name = "SetSMSAttributes", result_wrapper = "SetSMSAttributesResult")]
    set_sms_attributes: Op<SetSMSAttributesInput, SetSMSAttributesResponse>,
    /// Allows a subscription owner to set an attribute of the subscription to a new value.
    set_subscription_attributes: Op<SetSubscriptionAttributesInput, ()>,
    /// Allows a topic owner to set an attribute of the topic to a new value.
    set_topic_attributes: Op<SetTopicAttributesInput, ()>,
    /// Subscribes an endpoint to an Amazon SNS topic. If the endpoint type is HTTP/S or email, or
    /// if the endpoint and the topic are not in the same Amazon Web Services account, the endpoint
    /// owner must run the `ConfirmSubscription` action to confirm the subscription.
    #[op(result_wrapper = "SubscribeResult")]
    subscribe: Op<SubscribeInput, SubscribeResponse>,
    /// Add tags to the specified Amazon SNS topic. For an overview, see [Amazon SNS
    /// Tags](https://docs.aws.amazon.com/sns/latest/dg/sns-tags.html) in the *Amazon SNS Developer
    /// Guide*.
    #[op(result_wrapper = "TagResourceResult")]
    tag_resource: Op<TagResourceRequest, TagResourceResponse>,
    /// Deletes a subscription. If the subscription requires authentication for deletion, only the
    /// owner of the subscription or the topic's owner can unsubscribe, and an Amazon Web Services
    /// signature is required. If the `Unsubscribe` call does not require authentication and the
    /// requester is not the subscription owner, a final cancellation message is delivered to the
    /// endpoint, so that the endpoint owner can easily resubscribe to the topic if the
    /// `Unsubscribe` request was unintended.
    unsubscribe: Op<UnsubscribeInput, ()>,
    /// Remove tags from the specified Amazon SNS topic. For an overview, see [Amazon SNS
    /// Tags](https://docs.aws.amazon.com/sns/latest/dg/sns-tags.html) in the *Amazon SNS Developer
    /// Guide*.
    #[op(result_wrapper = "UntagResourceResult")]
    untag_resource: Op<UntagResourceRequest, UntagResourceResponse>,
    /// Verifies a destination phone number with a one-time password (OTP) for the calling Amazon
    /// Web Services account.
    #[op(
        name = "VerifySMSSandboxPhoneNumber",
        result_wrapper = "VerifySMSSandboxPhoneNumberResult"
    )]
    verify_sms_sandbox_phone_number:
        Op<VerifySMSSandboxPhoneNumberInput, VerifySMSSandboxPhoneNumberResult>,
}

/// The input of `AddPermission`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AddPermissionInput {
    /// The ARN of the topic whose access control policy you wish to modify.
    pub topic_arn: String,
    /// A unique identifier for the new policy statement.
    pub label: String,
    /// The Amazon Web Services account IDs of the users (principals) who will be given access to
    /// the specified actions. The users must have Amazon Web Services account, but do not need to
    /// be signed up for this service.
    #[shape(name = "AWSAccountId")]
    pub aws_account_id: Vec<String>,
    /// The action you want to allow for the specified principal(s).
    pub action_name: Vec<String>,
}

/// Gives a detailed description of failed messages in the batch.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchResultErrorEntry {
    /// The `Id` of an entry in a batch request
    pub id: String,
    /// An error code representing why the action failed on this entry.
    pub code: String,
    /// A message explaining why the action failed on this entry.
    pub message: Option<String>,
    /// Specifies whether the error happened due to the caller of the batch API action.
    pub sender_fault: bool,
}

/// The input for the `CheckIfPhoneNumberIsOptedOut` action.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CheckIfPhoneNumberIsOptedOutInput {
    /// The phone number for which you want to check the opt out status.
    #[shape(name = "phoneNumber")]
    pub phone_number: String,
}

impl ::std::fmt::Debug for CheckIfPhoneNumberIsOptedOutInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CheckIfPhoneNumberIsOptedOutInput")
            .field("phone_number", &"** redacted **")
            .finish()
    }
}

/// The response from the `CheckIfPhoneNumberIsOptedOut` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CheckIfPhoneNumberIsOptedOutResponse {
    /// Indicates whether the phone number is opted out:
    #[shape(name = "isOptedOut")]
    pub is_opted_out: Option<bool>,
}

/// Input for ConfirmSubscription action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConfirmSubscriptionInput {
    /// The ARN of the topic for which you wish to confirm a subscription.
    pub topic_arn: String,
    /// Short-lived token sent to an endpoint during the `Subscribe` action.
    pub token: String,
    /// Disallows unauthenticated unsubscribes of the subscription. If the value of this parameter
    /// is `true` and the request has an Amazon Web Services signature, then only the topic owner
    /// and the subscription owner can unsubscribe the endpoint. The unsubscribe action requires
    /// Amazon Web Services authentication.
    pub authenticate_on_unsubscribe: Option<String>,
}

/// Response for ConfirmSubscriptions action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConfirmSubscriptionResponse {
    /// The ARN of the created subscription.
    pub subscription_arn: Option<String>,
}

/// Response from CreateEndpoint action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateEndpointResponse {
    /// EndpointArn returned from CreateEndpoint action.
    pub endpoint_arn: Option<String>,
}

/// Input for CreatePlatformApplication action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreatePlatformApplicationInput {
    /// Application names must be made up of only uppercase and lowercase ASCII letters, numbers,
    /// underscores, hyphens, and periods, and must be between 1 and 256 characters long.
    pub name: String,
    /// The following platforms are supported: ADM (Amazon Device Messaging), APNS (Apple Push
    /// Notification Service), APNS\_SANDBOX, and GCM (Firebase Cloud Messaging).
    pub platform: String,
    /// For a list of attributes, see [ `SetPlatformApplicationAttributes`
    /// ](https://docs.aws.amazon.com/sns/latest/api/API_SetPlatformApplicationAttributes.html).
    pub attributes: HashMap<String, String>,
}

/// Response from CreatePlatformApplication action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreatePlatformApplicationResponse {
    /// `PlatformApplicationArn` is returned.
    pub platform_application_arn: Option<String>,
}

/// Input for CreatePlatformEndpoint action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreatePlatformEndpointInput {
    /// `PlatformApplicationArn` returned from CreatePlatformApplication is used to create a an
    /// endpoint.
    pub platform_application_arn: String,
    /// Unique identifier created by the notification service for an app on a device. The specific
    /// name for Token will vary, depending on which notification service is being used. For
    /// example, when using APNS as the notification service, you need the device token.
    /// Alternatively, when using GCM (Firebase Cloud Messaging) or ADM, the device token equivalent
    /// is called the registration ID.
    pub token: String,
    /// Arbitrary user data to associate with the endpoint. Amazon SNS does not use this data. The
    /// data must be in UTF-8 format and less than 2KB.
    pub custom_user_data: Option<String>,
    /// For a list of attributes, see [ `SetEndpointAttributes`
    /// ](https://docs.aws.amazon.com/sns/latest/api/API_SetEndpointAttributes.html).
    pub attributes: Option<HashMap<String, String>>,
}

/// The input of `CreateSMSSandboxPhoneNumber`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateSMSSandboxPhoneNumberInput {
    /// The destination phone number to verify. On verification, Amazon SNS adds this phone number
    /// to the list of verified phone numbers that you can send SMS messages to.
    pub phone_number: String,
    /// The language to use for sending the OTP. The default value is `en-US`.
    pub language_code: Option<LanguageCodeString>,
}

impl ::std::fmt::Debug for CreateSMSSandboxPhoneNumberInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateSMSSandboxPhoneNumberInput")
            .field("phone_number", &"** redacted **")
            .field("language_code", &self.language_code)
            .finish()
    }
}

/// The output of `CreateSMSSandboxPhoneNumber`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateSMSSandboxPhoneNumberResult {}

/// Input for CreateTopic action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateTopicInput {
    /// The name of the topic you want to create.
    pub name: String,
    /// A map of attributes with their corresponding values.
    pub attributes: Option<HashMap<String, String>>,
    /// The list of tags to add to a new topic.
    pub tags: Option<Vec<Tag>>,
    /// The body of the policy document you want to use for this topic.
    pub data_protection_policy: Option<String>,
}

/// Response from CreateTopic action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateTopicResponse {
    /// The Amazon Resource Name (ARN) assigned to the created topic.
    pub topic_arn: Option<String>,
}

/// Input for `DeleteEndpoint` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteEndpointInput {
    /// `EndpointArn` of endpoint to delete.
    pub endpoint_arn: String,
}

/// Input for `DeletePlatformApplication` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeletePlatformApplicationInput {
    /// `PlatformApplicationArn` of platform application object to delete.
    pub platform_application_arn: String,
}

/// The input of `DeleteSMSSandboxPhoneNumber`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct DeleteSMSSandboxPhoneNumberInput {
    /// The destination phone number to delete.
    pub phone_number: String,
}

impl ::std::fmt::Debug for DeleteSMSSandboxPhoneNumberInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DeleteSMSSandboxPhoneNumberInput")
            .field("phone_number", &"** redacted **")
            .finish()
    }
}

/// The output of `DeleteSMSSandboxPhoneNumber`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteSMSSandboxPhoneNumberResult {}

/// The input of `DeleteTopic`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteTopicInput {
    /// The ARN of the topic you want to delete.
    pub topic_arn: String,
}

/// The endpoint for mobile app and device.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Endpoint {
    /// The `EndpointArn` for mobile app and device.
    pub endpoint_arn: Option<String>,
    /// Attributes for endpoint.
    pub attributes: Option<HashMap<String, String>>,
}

/// The input of `GetDataProtectionPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDataProtectionPolicyInput {
    /// The ARN of the topic whose `DataProtectionPolicy` you want to get.
    pub resource_arn: String,
}

/// The output of `GetDataProtectionPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDataProtectionPolicyResponse {
    /// Retrieves the `DataProtectionPolicy` in JSON string format.
    pub data_protection_policy: Option<String>,
}

/// Input for `GetEndpointAttributes` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetEndpointAttributesInput {
    /// `EndpointArn` for `GetEndpointAttributes` input.
    pub endpoint_arn: String,
}

/// Response from `GetEndpointAttributes` of the `EndpointArn`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetEndpointAttributesResponse {
    /// Attributes include the following:
    pub attributes: Option<HashMap<String, String>>,
}

/// Input for `GetPlatformApplicationAttributes` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetPlatformApplicationAttributesInput {
    /// `PlatformApplicationArn` for GetPlatformApplicationAttributesInput.
    pub platform_application_arn: String,
}

/// Response for `GetPlatformApplicationAttributes` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetPlatformApplicationAttributesResponse {
    /// Attributes include the following:
    pub attributes: Option<HashMap<String, String>>,
}

/// The input for the `GetSMSAttributes` request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetSMSAttributesInput {
    /// A list of the individual attribute names, such as `MonthlySpendLimit`, for which you want
    /// values.
    #[shape(name = "attributes")]
    pub attributes: Option<Vec<String>>,
}

/// The response from the `GetSMSAttributes` request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetSMSAttributesResponse {
    /// The SMS attribute names and their values.
    #[shape(name = "attributes")]
    pub attributes: Option<HashMap<String, String>>,
}

/// The input of `GetSMSSandboxAccountStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetSMSSandboxAccountStatusInput {}

/// The output of `GetSMSSandboxAccountStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetSMSSandboxAccountStatusResult {
    /// Indicates whether the calling Amazon Web Services account is in the SMS sandbox.
    pub is_in_sandbox: bool,
}

/// Input for GetSubscriptionAttributes.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetSubscriptionAttributesInput {
    /// The ARN of the subscription whose properties you want to get.
    pub subscription_arn: String,
}

/// Response for GetSubscriptionAttributes action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetSubscriptionAttributesResponse {
    /// A map of the subscription's attributes. Attributes in this map include the following:
    pub attributes: Option<HashMap<String, String>>,
}

/// Input for GetTopicAttributes action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetTopicAttributesInput {
    /// The ARN of the topic whose properties you want to get.
    pub topic_arn: String,
}

/// Response for GetTopicAttributes action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetTopicAttributesResponse {
    /// A map of the topic's attributes. Attributes in this map include the following:
    pub attributes: Option<HashMap<String, String>>,
}

/// Supported language code for sending OTP message
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LanguageCodeString {
    /// `en-US`
    #[default]
    #[shape(name = "en-US")]
    EnUs,
    /// `en-GB`
    #[shape(name = "en-GB")]
    EnGb,
    /// `es-419`
    #[shape(name = "es-419")]
    Es419,
    /// `es-ES`
    #[shape(name = "es-ES")]
    EsEs,
    /// `de-DE`
    #[shape(name = "de-DE")]
    DeDe,
    /// `fr-CA`
    #[shape(name = "fr-CA")]
    FrCa,
    /// `fr-FR`
    #[shape(name = "fr-FR")]
    FrFr,
    /// `it-IT`
    #[shape(name = "it-IT")]
    ItIt,
    /// `ja-JP`
    #[shape(name = "ja-JP")]
    JaJp,
    /// `pt-BR`
    #[shape(name = "pt-BR")]
    PtBr,
    /// `kr-KR`
    #[shape(name = "kr-KR")]
    KrKr,
    /// `zh-CN`
    #[shape(name = "zh-CN")]
    ZhCn,
    /// `zh-TW`
    #[shape(name = "zh-TW")]
    ZhTw,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Input for `ListEndpointsByPlatformApplication` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListEndpointsByPlatformApplicationInput {
    /// `PlatformApplicationArn` for `ListEndpointsByPlatformApplicationInput` action.
    pub platform_application_arn: String,
    /// `NextToken` string is used when calling `ListEndpointsByPlatformApplication` action to
    /// retrieve additional records that are available after the first page results.
    pub next_token: Option<String>,
}

/// Response for `ListEndpointsByPlatformApplication` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListEndpointsByPlatformApplicationResponse {
    /// Endpoints returned for `ListEndpointsByPlatformApplication` action.
    pub endpoints: Option<Vec<Endpoint>>,
    /// `NextToken` string is returned when calling `ListEndpointsByPlatformApplication` action if
    /// additional records are available after the first page results.
    pub next_token: Option<String>,
}

/// The input of `ListOriginationNumbers`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListOriginationNumbersRequest {
    /// Token that the previous `ListOriginationNumbers` request returns.
    pub next_token: Option<String>,
    /// The maximum number of origination numbers to return.
    pub max_results: Option<i32>,
}

/// The output of `ListOriginationNumbers`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListOriginationNumbersResult {
    /// A `NextToken` string is returned when you call the `ListOriginationNumbers` operation if
    /// additional pages of records are available.
    pub next_token: Option<String>,
    /// A list of the calling account's verified and pending origination numbers.
    pub phone_numbers: Option<Vec<PhoneNumberInformation>>,
}

/// The input for the `ListPhoneNumbersOptedOut` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPhoneNumbersOptedOutInput {
    /// A `NextToken` string is used when you call the `ListPhoneNumbersOptedOut` action to retrieve
    /// additional records that are available after the first page of results.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The response from the `ListPhoneNumbersOptedOut` action.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ListPhoneNumbersOptedOutResponse {
    /// A list of phone numbers that are opted out of receiving SMS messages. The list is paginated,
    /// and each page can contain up to 100 phone numbers.
    #[shape(name = "phoneNumbers")]
    pub phone_numbers: Option<Vec<String>>,
    /// A `NextToken` string is returned when you call the `ListPhoneNumbersOptedOut` action if
    /// additional records are available after the first page of results.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

impl ::std::fmt::Debug for ListPhoneNumbersOptedOutResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ListPhoneNumbersOptedOutResponse")
            .field(
                "phone_numbers",
                &self.phone_numbers.as_ref().map(|_| "** redacted **"),
            )
            .field("next_token", &self.next_token)
            .finish()
    }
}

/// Input for `ListPlatformApplications` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPlatformApplicationsInput {
    /// `NextToken` string is used when calling `ListPlatformApplications` action to retrieve
    /// additional records that are available after the first page results.
    pub next_token: Option<String>,
}

/// Response for `ListPlatformApplications` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPlatformApplicationsResponse {
    /// Platform applications returned when calling `ListPlatformApplications` action.
    pub platform_applications: Option<Vec<PlatformApplicationShape>>,
    /// `NextToken` string is returned when calling `ListPlatformApplications` action if additional
    /// records are available after the first page results.
    pub next_token: Option<String>,
}

/// The input of `ListSMSSandboxPhoneNumbers`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSMSSandboxPhoneNumbersInput {
    /// Token that the previous `ListSMSSandboxPhoneNumbersInput` request returns.
    pub next_token: Option<String>,
    /// The maximum number of phone numbers to return.
    pub max_results: Option<i32>,
}

/// The output of `ListSMSSandboxPhoneNumbers`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSMSSandboxPhoneNumbersResult {
    /// A list of the calling account's pending and verified phone numbers.
    pub phone_numbers: Vec<SMSSandboxPhoneNumber>,
    /// A `NextToken` string is returned when you call the `ListSMSSandboxPhoneNumbersInput`
    /// operation if additional pages of records are available.
    pub next_token: Option<String>,
}

/// Input for ListSubscriptionsByTopic action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSubscriptionsByTopicInput {
    /// The ARN of the topic for which you wish to find subscriptions.
    pub topic_arn: String,
    /// Token returned by the previous `ListSubscriptionsByTopic` request.
    pub next_token: Option<String>,
}

/// Response for ListSubscriptionsByTopic action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSubscriptionsByTopicResponse {
    /// A list of subscriptions.
    pub subscriptions: Option<Vec<SubscriptionShape>>,
    /// Token to pass along to the next `ListSubscriptionsByTopic` request. This element is returned
    /// if there are more subscriptions to retrieve.
    pub next_token: Option<String>,
}

/// Input for ListSubscriptions action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSubscriptionsInput {
    /// Token returned by the previous `ListSubscriptions` request.
    pub next_token: Option<String>,
}

/// Response for ListSubscriptions action
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSubscriptionsResponse {
    /// A list of subscriptions.
    pub subscriptions: Option<Vec<SubscriptionShape>>,
    /// Token to pass along to the next `ListSubscriptions` request. This element is returned if
    /// there are more subscriptions to retrieve.
    pub next_token: Option<String>,
}

/// The input of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceRequest {
    /// The ARN of the topic for which to list tags.
    pub resource_arn: String,
}

/// The output of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceResponse {
    /// The tags associated with the specified topic.
    pub tags: Option<Vec<Tag>>,
}

/// The input of `ListTopics`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTopicsInput {
    /// Token returned by the previous `ListTopics` request.
    pub next_token: Option<String>,
}

/// Response for ListTopics action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTopicsResponse {
    /// A list of topic ARNs.
    pub topics: Option<Vec<TopicShape>>,
    /// Token to pass along to the next `ListTopics` request. This element is returned if there are
    /// additional topics to retrieve.
    pub next_token: Option<String>,
}

/// The user-specified message attribute value. For string data types, the value attribute has the
/// same restrictions on the content as the message body. For more information, see
/// [Publish](https://docs.aws.amazon.com/sns/latest/api/API_Publish.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MessageAttributeValue {
    /// Amazon SNS supports the following logical data types: String, String.Array, Number, and
    /// Binary. For more information, see [Message Attribute Data
    /// Types](https://docs.aws.amazon.com/sns/latest/dg/SNSMessageAttributes.html#SNSMessageAttributes.DataTypes).
    pub data_type: String,
    /// Strings are Unicode with UTF8 binary encoding. For a list of code values, see [ASCII
    /// Printable Characters](https://en.wikipedia.org/wiki/ASCII#ASCII_printable_characters).
    pub string_value: Option<String>,
    /// Binary type attributes can store any binary data, for example, compressed data, encrypted
    /// data, or images.
    pub binary_value: Option<Blob>,
}

/// Enum listing out all supported number capabilities.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum NumberCapability {
    /// `SMS`
    #[default]
    #[shape(name = "SMS")]
    Sms,
    /// `MMS`
    #[shape(name = "MMS")]
    Mms,
    /// `VOICE`
    #[shape(name = "VOICE")]
    Voice,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Input for the OptInPhoneNumber action.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct OptInPhoneNumberInput {
    /// The phone number to opt in. Use E.164 format.
    #[shape(name = "phoneNumber")]
    pub phone_number: String,
}

impl ::std::fmt::Debug for OptInPhoneNumberInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OptInPhoneNumberInput")
            .field("phone_number", &"** redacted **")
            .finish()
    }
}

/// The response for the OptInPhoneNumber action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OptInPhoneNumberResponse {}

/// A list of phone numbers and their metadata.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct PhoneNumberInformation {
    /// The date and time when the phone number was created.
    pub created_at: Option<DateTime>,
    /// The phone number.
    pub phone_number: Option<String>,
    /// The status of the phone number.
    pub status: Option<String>,
    /// The two-character code for the country or region, in ISO 3166-1 alpha-2 format.
    pub iso2_country_code: Option<String>,
    /// The list of supported routes.
    pub route_type: Option<RouteType>,
    /// The capabilities of each phone number.
    pub number_capabilities: Option<Vec<NumberCapability>>,
}

impl ::std::fmt::Debug for PhoneNumberInformation {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PhoneNumberInformation")
            .field("created_at", &self.created_at)
            .field(
                "phone_number",
                &self.phone_number.as_ref().map(|_| "** redacted **"),
            )
            .field("status", &self.status)
            .field("iso2_country_code", &self.iso2_country_code)
            .field("route_type", &self.route_type)
            .field("number_capabilities", &self.number_capabilities)
            .finish()
    }
}

/// Platform application object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "PlatformApplication")]
pub struct PlatformApplicationShape {
    /// PlatformApplicationArn for platform application object.
    pub platform_application_arn: Option<String>,
    /// Attributes for platform application object.
    pub attributes: Option<HashMap<String, String>>,
}

/// The input of `PublishBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PublishBatchInput {
    /// The Amazon resource name (ARN) of the topic you want to batch publish to.
    pub topic_arn: String,
    /// A list of `PublishBatch` request entries to be sent to the SNS topic.
    pub publish_batch_request_entries: Vec<PublishBatchRequestEntry>,
}

/// Contains the details of a single Amazon SNS message along with an `Id` that identifies a message
/// within the batch.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PublishBatchRequestEntry {
    /// An identifier for the message in this batch.
    pub id: String,
    /// The body of the message.
    pub message: String,
    /// The subject of the batch message.
    pub subject: Option<String>,
    /// Set `MessageStructure` to `json` if you want to send a different message for each protocol.
    /// For example, using one publish action, you can send a short message to your SMS subscribers
    /// and a longer message to your email subscribers. If you set `MessageStructure` to `json`, the
    /// value of the `Message` parameter must:
    pub message_structure: Option<String>,
    /// Each message attribute consists of a `Name`, `Type`, and `Value`. For more information, see
    /// [Amazon SNS message
    /// attributes](https://docs.aws.amazon.com/sns/latest/dg/sns-message-attributes.html) in the
    /// Amazon SNS Developer Guide.
    pub message_attributes: Option<HashMap<String, MessageAttributeValue>>,
    /// This parameter applies only to FIFO (first-in-first-out) topics.
    pub message_deduplication_id: Option<String>,
    /// FIFO topics: The tag that specifies that a message belongs to a specific message group.
    /// Messages that belong to the same message group are processed in a FIFO manner (however,
    /// messages in different message groups might be processed out of order). To interleave
    /// multiple ordered streams within a single topic, use `MessageGroupId` values (for example,
    /// session data for multiple users). In this scenario, multiple consumers can process the
    /// topic, but the session data of each user is processed in a FIFO fashion. You must associate
    /// a non-empty `MessageGroupId` with a message. If you do not provide a `MessageGroupId`, the
    /// action fails.
    pub message_group_id: Option<String>,
}

/// The output of `PublishBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PublishBatchResponse {
    /// A list of successful `PublishBatch` responses.
    pub successful: Option<Vec<PublishBatchResultEntry>>,
    /// A list of failed `PublishBatch` responses.
    pub failed: Option<Vec<BatchResultErrorEntry>>,
}

/// Encloses data related to a successful message in a batch request for topic.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PublishBatchResultEntry {
    /// The `Id` of an entry in a batch request.
    pub id: Option<String>,
    /// An identifier for the message.
    pub message_id: Option<String>,
    /// This parameter applies only to FIFO (first-in-first-out) topics.
    pub sequence_number: Option<String>,
}

/// Input for Publish action.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct PublishInput {
    /// The topic you want to publish to.
    pub topic_arn: Option<String>,
    /// If you don't specify a value for the `TargetArn` parameter, you must specify a value for the
    /// `PhoneNumber` or `TopicArn` parameters.
    pub target_arn: Option<String>,
    /// The phone number to which you want to deliver an SMS message. Use E.164 format.
    pub phone_number: Option<String>,
    /// The message you want to send.
    pub message: String,
    /// Optional parameter to be used as the "Subject" line when the message is delivered to email
    /// endpoints. This field will also be included, if present, in the standard JSON messages
    /// delivered to other endpoints.
    pub subject: Option<String>,
    /// Set `MessageStructure` to `json` if you want to send a different message for each protocol.
    /// For example, using one publish action, you can send a short message to your SMS subscribers
    /// and a longer message to your email subscribers. If you set `MessageStructure` to `json`, the
    /// value of the `Message` parameter must:
    pub message_structure: Option<String>,
    /// Message attributes for Publish action.
    pub message_attributes: Option<HashMap<String, MessageAttributeValue>>,
    /// This parameter applies only to FIFO (first-in-first-out) topics. The
    /// `MessageDeduplicationId` can contain up to 128 alphanumeric characters `(a-z, A-Z, 0-9)` and
    /// punctuation `(!"#$%&'()*+,-./:;<=>?@[\]^_'{|}~)`.
    pub message_deduplication_id: Option<String>,
    /// The `MessageGroupId` can contain up to 128 alphanumeric characters `(a-z, A-Z, 0-9)` and
    /// punctuation `(!"#$%&'()*+,-./:;<=>?@[\]^_'{|}~)`.
    pub message_group_id: Option<String>,
}

impl ::std::fmt::Debug for PublishInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PublishInput")
            .field("topic_arn", &self.topic_arn)
            .field("target_arn", &self.target_arn)
            .field(
                "phone_number",
                &self.phone_number.as_ref().map(|_| "** redacted **"),
            )
            .field("message", &self.message)
            .field("subject", &self.subject)
            .field("message_structure", &self.message_structure)
            .field("message_attributes", &self.message_attributes)
            .field("message_deduplication_id", &self.message_deduplication_id)
            .field("message_group_id", &self.message_group_id)
            .finish()
    }
}

/// Response for Publish action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PublishResponse {
    /// Unique identifier assigned to the published message.
    pub message_id: Option<String>,
    /// This response element applies only to FIFO (first-in-first-out) topics.
    pub sequence_number: Option<String>,
}

/// The input of `PutDataProtectionPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutDataProtectionPolicyInput {
    /// The ARN of the topic whose `DataProtectionPolicy` you want to add or update.
    pub resource_arn: String,
    /// The JSON serialization of the topic's `DataProtectionPolicy`.
    pub data_protection_policy: String,
}

/// Input for RemovePermission action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemovePermissionInput {
    /// The ARN of the topic whose access control policy you wish to modify.
    pub topic_arn: String,
    /// The unique label of the statement you want to remove.
    pub label: String,
}

/// Enum listing out all supported route types. The following enum values are supported. 1.
/// Transactional : Non-marketing traffic 2. Promotional : Marketing 3. Premium : Premium routes for
/// OTP delivery to the carriers
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RouteType {
    /// `Transactional`
    #[default]
    Transactional,
    /// `Promotional`
    Promotional,
    /// `Premium`
    Premium,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A verified or pending destination phone number in the SMS sandbox.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct SMSSandboxPhoneNumber {
    /// The destination phone number.
    pub phone_number: Option<String>,
    /// The destination phone number's verification status.
    pub status: Option<SMSSandboxPhoneNumberVerificationStatus>,
}

impl ::std::fmt::Debug for SMSSandboxPhoneNumber {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SMSSandboxPhoneNumber")
            .field(
                "phone_number",
                &self.phone_number.as_ref().map(|_| "** redacted **"),
            )
            .field("status", &self.status)
            .finish()
    }
}

/// Enum listing out all supported destination phone number verification statuses. The following
/// enum values are supported. 1. PENDING : The destination phone number is pending verification. 2.
/// VERIFIED : The destination phone number is verified.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SMSSandboxPhoneNumberVerificationStatus {
    /// `Pending`
    #[default]
    Pending,
    /// `Verified`
    Verified,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Input for `SetEndpointAttributes` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetEndpointAttributesInput {
    /// EndpointArn used for `SetEndpointAttributes` action.
    pub endpoint_arn: String,
    /// A map of the endpoint attributes. Attributes in this map include the following:
    pub attributes: HashMap<String, String>,
}

/// Input for `SetPlatformApplicationAttributes` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetPlatformApplicationAttributesInput {
    /// `PlatformApplicationArn` for `SetPlatformApplicationAttributes` action.
    pub platform_application_arn: String,
    /// A map of the platform application attributes. Attributes in this map include the following:
    pub attributes: HashMap<String, String>,
}

/// The input for the SetSMSAttributes action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetSMSAttributesInput {
    /// The default settings for sending SMS messages from your Amazon Web Services account. You can
    /// set values for the following attribute names:
    #[shape(name = "attributes")]
    pub attributes: HashMap<String, String>,
}

/// The response for the SetSMSAttributes action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetSMSAttributesResponse {}

/// Input for SetSubscriptionAttributes action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetSubscriptionAttributesInput {
    /// The ARN of the subscription to modify.
    pub subscription_arn: String,
    /// A map of attributes with their corresponding values.
    pub attribute_name: String,
    /// The new value for the attribute in JSON format.
    pub attribute_value: Option<String>,
}

/// Input for SetTopicAttributes action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetTopicAttributesInput {
    /// The ARN of the topic to modify.
    pub topic_arn: String,
    /// A map of attributes with their corresponding values.
    pub attribute_name: String,
    /// The new value for the attribute.
    pub attribute_value: Option<String>,
}

/// Input for Subscribe action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SubscribeInput {
    /// The ARN of the topic you want to subscribe to.
    pub topic_arn: String,
    /// The protocol that you want to use. Supported protocols include:
    pub protocol: String,
    /// The endpoint that you want to receive notifications. Endpoints vary by protocol:
    pub endpoint: Option<String>,
    /// A map of attributes with their corresponding values.
    pub attributes: Option<HashMap<String, String>>,
    /// Sets whether the response from the `Subscribe` request includes the subscription ARN, even
    /// if the subscription is not yet confirmed.
    pub return_subscription_arn: Option<bool>,
}

/// Response for Subscribe action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SubscribeResponse {
    /// The ARN of the subscription if it is confirmed, or the string "pending confirmation" if the
    /// subscription requires confirmation. However, if the API request parameter
    /// `ReturnSubscriptionArn` is true, then the value is always the subscription ARN, even if the
    /// subscription requires confirmation.
    pub subscription_arn: Option<String>,
}

/// A wrapper type for the attributes of an Amazon SNS subscription.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Subscription")]
pub struct SubscriptionShape {
    /// The subscription's ARN.
    pub subscription_arn: Option<String>,
    /// The subscription's owner.
    pub owner: Option<String>,
    /// The subscription's protocol.
    pub protocol: Option<String>,
    /// The subscription's endpoint (format depends on the protocol).
    pub endpoint: Option<String>,
    /// The ARN of the subscription's topic.
    pub topic_arn: Option<String>,
}

/// The list of tags to be added to the specified topic.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// The required key portion of the tag.
    pub key: String,
    /// The optional value portion of the tag.
    pub value: String,
}

/// The input of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceRequest {
    /// The ARN of the topic to which to add tags.
    pub resource_arn: String,
    /// The tags to be added to the specified topic. A tag consists of a required key and an
    /// optional value.
    pub tags: Vec<Tag>,
}

/// The output of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceResponse {}

/// A wrapper type for the topic's Amazon Resource Name (ARN). To retrieve a topic's attributes, use
/// `GetTopicAttributes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Topic")]
pub struct TopicShape {
    /// The topic's ARN.
    pub topic_arn: Option<String>,
}

/// Input for Unsubscribe action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UnsubscribeInput {
    /// The ARN of the subscription to be deleted.
    pub subscription_arn: String,
}

/// The input of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceRequest {
    /// The ARN of the topic from which to remove tags.
    pub resource_arn: String,
    /// The list of tag keys to remove from the specified topic.
    pub tag_keys: Vec<String>,
}

/// The output of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceResponse {}

/// The input of `VerifySMSSandboxPhoneNumber`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct VerifySMSSandboxPhoneNumberInput {
    /// The destination phone number to verify.
    pub phone_number: String,
    /// The OTP sent to the destination number from the `CreateSMSSandBoxPhoneNumber` call.
    pub one_time_password: String,
}

impl ::std::fmt::Debug for VerifySMSSandboxPhoneNumberInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("VerifySMSSandboxPhoneNumberInput")
            .field("phone_number", &"** redacted **")
            .field("one_time_password", &self.one_time_password)
            .finish()
    }
}

/// The destination phone number's verification status.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VerifySMSSandboxPhoneNumberResult {}
