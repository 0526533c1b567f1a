//! Amazon EventBridge (`events`, API version 2015-10-07): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- events --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, DateTime, Op, Shape};
use std::collections::HashMap;

/// Amazon EventBridge helps you to respond to state changes in your Amazon Web Services resources.
/// When your resources change state, they automatically send events to an event stream. You can
/// create rules that match selected events in the stream and route them to targets to take action.
/// You can also use rules to take action on a predetermined schedule. For example, you can
/// configure rules to:
#[client(
    service = "events",
    protocol = "awsJson1_1",
    target_prefix = "AWSEvents",
    api_version = "2015-10-07",
    service_id = "EventBridge",
    endpoint_rules = include_str!("events/endpoint-rule-set.json"),
)]
pub struct Client {
    /// Activates a partner event source that has been deactivated. Once activated, your matching
    /// event bus will start receiving events from the event source.
    activate_event_source: Op<ActivateEventSourceRequest, ()>,
    /// Cancels the specified replay.
    cancel_replay: Op<CancelReplayRequest, CancelReplayResponse>,
    /// Creates an API destination, which is an HTTP invocation endpoint configured as a target for
    /// events.
    create_api_destination: Op<CreateApiDestinationRequest, CreateApiDestinationResponse>,
    /// Creates an archive of events with the specified settings. When you create an archive,
    /// incoming events might not immediately start being sent to the archive. Allow a short period
    /// of time for changes to take effect. If you do not specify a pattern to filter events sent to
    /// the archive, all events are sent to the archive except replayed events. Replayed events are
    /// not sent to an archive.
    create_archive: Op<CreateArchiveRequest, CreateArchiveResponse>,
    /// Creates a connection. A connection defines the authorization type and credentials to use for
    /// authorization with an API destination HTTP endpoint.
    create_connection: Op<CreateConnectionRequest, CreateConnectionResponse>,
    /// Creates a global endpoint. Global endpoints improve your application's availability by
    /// making it regional-fault tolerant. To do this, you define a primary and secondary Region
    /// with event buses in each Region. You also create a Amazon Route 53 health check that will
    /// tell EventBridge to route events to the secondary Region when an "unhealthy" state is
    /// encountered and events will be routed back to the primary Region when the health check
    /// reports a "healthy" state.
    create_endpoint: Op<CreateEndpointRequest, CreateEndpointResponse>,
    /// Creates a new event bus within your account. This can be a custom event bus which you can
    /// use to receive events from your custom applications and services, or it can be a partner
    /// event bus which can be matched to a partner event source.
    create_event_bus: Op<CreateEventBusRequest, CreateEventBusResponse>,
    /// Called by an SaaS partner to create a partner event source. This operation is not used by
    /// Amazon Web Services customers.
    create_partner_event_source:
        Op<CreatePartnerEventSourceRequest, CreatePartnerEventSourceResponse>,
    /// You can use this operation to temporarily stop receiving events from the specified partner
    /// event source. The matching event bus is not deleted.
    deactivate_event_source: Op<DeactivateEventSourceRequest, ()>,
    /// Removes all authorization parameters from the connection. This lets you remove the secret
    /// from the connection so you can reuse it without having to create a new connection.
    deauthorize_connection: Op<DeauthorizeConnectionRequest, DeauthorizeConnectionResponse>,
    /// Deletes the specified API destination.
    delete_api_destination: Op<DeleteApiDestinationRequest, DeleteApiDestinationResponse>,
    /// Deletes the specified archive.
    delete_archive: Op<DeleteArchiveRequest, DeleteArchiveResponse>,
    /// Deletes a connection.
    delete_connection: Op<DeleteConnectionRequest, DeleteConnectionResponse>,
    /// Delete an existing global endpoint. For more information about global endpoints, see [Making
    /// applications Regional-fault tolerant with global endpoints and event
    /// replication](https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-global-endpoints.html)
    /// in the * *Amazon EventBridge User Guide* *.
    delete_endpoint: Op<DeleteEndpointRequest, DeleteEndpointResponse>,
    /// Deletes the specified custom event bus or partner event bus. All rules associated with this
    /// event bus need to be deleted. You can't delete your account's default event bus.
    delete_event_bus: Op<DeleteEventBusRequest, ()>,
    /// This operation is used by SaaS partners to delete a partner event source. This operation is
    /// not used by Amazon Web Services customers.
    delete_partner_event_source: Op<DeletePartnerEventSourceRequest, ()>,
    /// Deletes the specified rule.
    delete_rule: Op<DeleteRuleRequest, ()>,
    /// Retrieves details about an API destination.
    describe_api_destination: Op<DescribeApiDestinationRequest, DescribeApiDestinationResponse>,
    /// Retrieves details about an archive.
    describe_archive: Op<DescribeArchiveRequest, DescribeArchiveResponse>,
    /// Retrieves details about a connection.
    describe_connection: Op<DescribeConnectionRequest, DescribeConnectionResponse>,
    /// Get the information about an existing global endpoint. For more information about global
    /// endpoints, see [Making applications Regional-fault tolerant with global endpoints and event
    /// replication](https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-global-endpoints.html)
    /// in the * *Amazon EventBridge User Guide* *.
    describe_endpoint: Op<DescribeEndpointRequest, DescribeEndpointResponse>,
    /// Displays details about an event bus in your account. This can include the external Amazon
    /// Web Services accounts that are permitted to write events to your default event bus, and the
    /// associated policy. For custom event buses and partner event buses, it displays the name,
    /// ARN, policy, state, and creation time.
    describe_event_bus: Op<DescribeEventBusRequest, DescribeEventBusResponse>,
    /// This operation lists details about a partner event source that is shared with your account.
    describe_event_source: Op<DescribeEventSourceRequest, DescribeEventSourceResponse>,
    /// An SaaS partner can use this operation to list details about a partner event source that
    /// they have created. Amazon Web Services customers do not use this operation. Instead, Amazon
    /// Web Services customers can use
    /// [DescribeEventSource](https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DescribeEventSource.html)
    /// to see details about a partner event source that is shared with them.
    describe_partner_event_source:
        Op<DescribePartnerEventSourceRequest, DescribePartnerEventSourceResponse>,
    /// Retrieves details about a replay. Use `DescribeReplay` to determine the progress of a
    /// running replay. A replay processes events to replay based on the time in the event, and
    /// replays them using 1 minute intervals. If you use `StartReplay` and specify an
    /// `EventStartTime` and an `EventEndTime` that covers a 20 minute time range, the events are
    /// replayed from the first minute of that 20 minute range first. Then the events from the
    /// second minute are replayed. You can use `DescribeReplay` to determine the progress of a
    /// replay. The value returned for `EventLastReplayedTime` indicates the time within the
    /// specified time range associated with the last event replayed.
    describe_replay: Op<DescribeReplayRequest, DescribeReplayResponse>,
    /// Describes the specified rule.
    describe_rule: Op<DescribeRuleRequest, DescribeRuleResponse>,
    /// Disables the specified rule. A disabled rule won't match any events, and won't self-trigger
    /// if it has a schedule expression.
    disable_rule: Op<DisableRuleRequest, ()>,
    /// Enables the specified rule. If the rule does not exist, the operation fails.
    enable_rule: Op<EnableRuleRequest, ()>,
    /// Retrieves a list of API destination in the account in the current Region.
    list_api_destinations: Op<ListApiDestinationsRequest, ListApiDestinationsResponse>,
    /// Lists your archives. You can either list all the archives or you can provide a prefix to
    /// match to the archive names. Filter parameters are exclusive.
    list_archives: Op<ListArchivesRequest, ListArchivesResponse>,
    /// Retrieves a list of connections from the account.
    list_connections: Op<ListConnectionsRequest, ListConnectionsResponse>,
    /// List the global endpoints associated with this account. For more information about global
    /// endpoints, see [Making applications Regional-fault tolerant with global endpoints and event
    /// replication](https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-global-endpoints.html)
    /// in the * *Amazon EventBridge User Guide* *.
    list_endpoints: Op<ListEndpointsRequest, ListEndpointsResponse>,
    /// Lists all the event buses in your account, including the default event bus, custom event
    /// buses, and partner event buses.
    list_event_buses: Op<ListEventBusesRequest, ListEventBusesResponse>,
    /// You can use this to see all the partner event sources that have been shared with your Amazon
    /// Web Services account. For more information about partner event sources, see
    /// [CreateEventBus](https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_CreateEventBus.html).
    list_event_sources: Op<ListEventSourcesRequest, ListEventSourcesResponse>,
    /// An SaaS partner can use this operation to display the Amazon Web Services account ID that a
    /// particular partner event source name is associated with. This operation is not used by
    /// Amazon Web Services customers.
    list_partner_event_source_accounts:
        Op<ListPartnerEventSourceAccountsRequest, ListPartnerEventSourceAccountsResponse>,
    /// An SaaS partner can use this operation to list all the partner event source names that they
    /// have created. This operation is not used by Amazon Web Services customers.
    list_partner_event_sources: Op<ListPartnerEventSourcesRequest, ListPartnerEventSourcesResponse>,
    /// Lists your replays. You can either list all the replays or you can provide a prefix to match
    /// to the replay names. Filter parameters are exclusive.
    list_replays: Op<ListReplaysRequest, ListReplaysResponse>,
    /// Lists the rules for the specified target. You can see which of the rules in Amazon
    /// EventBridge can invoke a specific target in your account.
    #[op(paginate(input_token = next_token, output_token = next_token, items = rule_names, limit = limit))]
    list_rule_names_by_target: Op<ListRuleNamesByTargetRequest, ListRuleNamesByTargetResponse>,
    /// Lists your Amazon EventBridge rules. You can either list all the rules or you can provide a
    /// prefix to match to the rule names.
    #[op(paginate(input_token = next_token, output_token = next_token, items = rules, limit = limit))]
    list_rules: Op<ListRulesRequest, ListRulesResponse>,
    /// Displays the tags associated with an EventBridge resource. In EventBridge, rules and event
    /// buses can be tagged.
    list_tags_for_resource: Op<ListTagsForResourceRequest, ListTagsForResourceResponse>,
    /// Lists the targets assigned to the specified rule.
    #[op(paginate(input_token = next_token, output_token = next_token, items = targets, limit = limit))]
    list_targets_by_rule: Op<ListTargetsByRuleRequest, ListTargetsByRuleResponse>,
    /// Sends custom events to Amazon EventBridge so that they can be matched to rules.
    #[op(context(EndpointId))]
    put_events: Op<PutEventsRequest, PutEventsResponse>,
    /// This is used by SaaS partners to write events to a customer's partner event bus. Amazon Web
    /// Services customers do not use this operation.
    put_partner_events: Op<PutPartnerEventsRequest, PutPartnerEventsResponse>,
    /// Running `PutPermission` permits the specified Amazon Web Services account or Amazon Web
    /// Services organization to put events to the specified *event bus*. Amazon EventBridge rules
    /// in your account are triggered by these events arriving to an event bus in your account.
    put_permission: Op<PutPermissionRequest, ()>,
    /// Creates or updates the specified rule. Rules are enabled by default, or based on value of
    /// the state. You can disable a rule using
    /// [DisableRule](https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DisableRule.html).
    put_rule: Op<PutRuleRequest, PutRuleResponse>,
    /// Adds the specified targets to the specified rule, or updates the targets if they are already
    /// associated with the rule.
    put_targets: Op<PutTargetsRequest, PutTargetsResponse>,
    /// Revokes the permission of another Amazon Web Services account to be able to put events to
    /// the specified event bus. Specify the account to revoke by the `StatementId` value that you
    /// associated with the account when you granted it permission with `PutPermission`. You can
    /// find the `StatementId` by using
    /// [DescribeEventBus](https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DescribeEventBus.html).
    remove_permission: Op<RemovePermissionRequest, ()>,
    /// Removes the specified targets from the specified rule. When the rule is triggered, those
    /// targets are no longer be invoked.
    remove_targets: Op<RemoveTargetsRequest, RemoveTargetsResponse>,
    /// Starts the specified replay. Events are not necessarily replayed in the exact same order
    /// that they were added to the archive. A replay processes events to replay based on the time
    /// in the event, and replays them using 1 minute intervals. If you specify an `EventStartTime`
    /// and an `EventEndTime` that covers a 20 minute time range, the events are replayed from the
    /// first minute of that 20 minute range first. Then the events from the second minute are
    /// replayed. You can use `DescribeReplay` to determine the progress of a replay. The value
    /// returned for `EventLastReplayedTime` indicates the time within the specified time range
    /// associated with the last event replayed.
    start_replay: Op<StartReplayRequest, StartReplayResponse>,
    /// Assigns one or more tags (key-value pairs) to the specified EventBridge resource. Tags can
    /// help you organize and categorize your resources. You can also use them to scope user
    /// permissions by granting a user permission to access or change only resources with certain
    /// tag values. In EventBridge, rules and event buses can be tagged.
    tag_resource: Op<TagResourceRequest, TagResourceResponse>,
    /// Tests whether the specified event pattern matches the provided event.
    test_event_pattern: Op<TestEventPatternRequest, TestEventPatternResponse>,
    /// Removes one or more tags from the specified EventBridge resource. In Amazon EventBridge,
    /// rules and event buses can be tagged.
    untag_resource: Op<UntagResourceRequest, UntagResourceResponse>,
    /// Updates an API destination.
    update_api_destination: Op<UpdateApiDestinationRequest, UpdateApiDestinationResponse>,
    /// Updates the specified archive.
    update_archive: Op<UpdateArchiveRequest, UpdateArchiveResponse>,
    /// Updates settings for a connection.
    update_connection: Op<UpdateConnectionRequest, UpdateConnectionResponse>,
    /// Update an existing endpoint. For more information about global endpoints, see [Making
    /// applications Regional-fault tolerant with global endpoints and event
    /// replication](https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-global-endpoints.html)
    /// in the * *Amazon EventBridge User Guide* *.
    update_endpoint: Op<UpdateEndpointRequest, UpdateEndpointResponse>,
    /// Updates the specified event bus.
    update_event_bus: Op<UpdateEventBusRequest, UpdateEventBusResponse>,
}

/// The input of `ActivateEventSource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ActivateEventSourceRequest {
    /// The name of the partner event source to activate.
    pub name: String,
}

/// Contains details about an API destination.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ApiDestination {
    /// The ARN of the API destination.
    pub api_destination_arn: Option<String>,
    /// The name of the API destination.
    pub name: Option<String>,
    /// The state of the API destination.
    pub api_destination_state: Option<ApiDestinationState>,
    /// The ARN of the connection specified for the API destination.
    pub connection_arn: Option<String>,
    /// The URL to the endpoint for the API destination.
    pub invocation_endpoint: Option<String>,
    /// The method to use to connect to the HTTP endpoint.
    pub http_method: Option<ApiDestinationHttpMethod>,
    /// The maximum number of invocations per second to send to the HTTP endpoint.
    pub invocation_rate_limit_per_second: Option<i32>,
    /// A time stamp for the time that the API destination was created.
    pub creation_time: Option<DateTime>,
    /// A time stamp for the time that the API destination was last modified.
    pub last_modified_time: Option<DateTime>,
}

/// The model's `ApiDestinationHttpMethod`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ApiDestinationHttpMethod {
    /// `POST`
    #[default]
    #[shape(name = "POST")]
    Post,
    /// `GET`
    #[shape(name = "GET")]
    Get,
    /// `HEAD`
    #[shape(name = "HEAD")]
    Head,
    /// `OPTIONS`
    #[shape(name = "OPTIONS")]
    Options,
    /// `PUT`
    #[shape(name = "PUT")]
    Put,
    /// `PATCH`
    #[shape(name = "PATCH")]
    Patch,
    /// `DELETE`
    #[shape(name = "DELETE")]
    Delete,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ApiDestinationState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ApiDestinationState {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `INACTIVE`
    #[shape(name = "INACTIVE")]
    Inactive,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains the GraphQL operation to be parsed and executed, if the event target is an AppSync API.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct AppSyncParameters {
    /// The GraphQL operation; that is, the query, mutation, or subscription to be parsed and
    /// executed by the GraphQL service.
    #[shape(name = "GraphQLOperation")]
    pub graph_ql_operation: Option<String>,
}

impl ::std::fmt::Debug for AppSyncParameters {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AppSyncParameters")
            .field(
                "graph_ql_operation",
                &self.graph_ql_operation.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// An `Archive` object that contains details about an archive.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Archive {
    /// The name of the archive.
    pub archive_name: Option<String>,
    /// The ARN of the event bus associated with the archive. Only events from this event bus are
    /// sent to the archive.
    pub event_source_arn: Option<String>,
    /// The current state of the archive.
    pub state: Option<ArchiveState>,
    /// A description for the reason that the archive is in the current state.
    pub state_reason: Option<String>,
    /// The number of days to retain events in the archive before they are deleted.
    pub retention_days: Option<i32>,
    /// The size of the archive, in bytes.
    pub size_bytes: Option<i64>,
    /// The number of events in the archive.
    pub event_count: Option<i64>,
    /// The time stamp for the time that the archive was created.
    pub creation_time: Option<DateTime>,
}

/// The model's `ArchiveState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ArchiveState {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// `CREATING`
    #[shape(name = "CREATING")]
    Creating,
    /// `UPDATING`
    #[shape(name = "UPDATING")]
    Updating,
    /// `CREATE_FAILED`
    #[shape(name = "CREATE_FAILED")]
    CreateFailed,
    /// `UPDATE_FAILED`
    #[shape(name = "UPDATE_FAILED")]
    UpdateFailed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `AssignPublicIp`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AssignPublicIp {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This structure specifies the VPC subnets and security groups for the task, and whether a public
/// IP address is to be used. This structure is relevant only for ECS tasks that use the `awsvpc`
/// network mode.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AwsVpcConfiguration {
    /// Specifies the subnets associated with the task. These subnets must all be in the same VPC.
    /// You can specify as many as 16 subnets.
    pub subnets: Vec<String>,
    /// Specifies the security groups associated with the task. These security groups must all be in
    /// the same VPC. You can specify as many as five security groups. If you do not specify a
    /// security group, the default security group for the VPC is used.
    pub security_groups: Option<Vec<String>>,
    /// Specifies whether the task's elastic network interface receives a public IP address. You can
    /// specify `ENABLED` only when `LaunchType` in `EcsParameters` is set to `FARGATE`.
    pub assign_public_ip: Option<AssignPublicIp>,
}

/// The array properties for the submitted job, such as the size of the array. The array size can be
/// between 2 and 10,000. If you specify array properties for a job, it becomes an array job. This
/// parameter is used only if the target is an Batch job.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchArrayProperties {
    /// The size of the array, if this is an array batch job. Valid values are integers between 2
    /// and 10,000.
    pub size: Option<i32>,
}

/// The custom parameters to be used when the target is an Batch job.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchParameters {
    /// The ARN or name of the job definition to use if the event target is an Batch job. This job
    /// definition must already exist.
    pub job_definition: String,
    /// The name to use for this execution of the job, if the target is an Batch job.
    pub job_name: String,
    /// The array properties for the submitted job, such as the size of the array. The array size
    /// can be between 2 and 10,000. If you specify array properties for a job, it becomes an array
    /// job. This parameter is used only if the target is an Batch job.
    pub array_properties: Option<BatchArrayProperties>,
    /// The retry strategy to use for failed jobs, if the target is an Batch job. The retry strategy
    /// is the number of times to retry the failed job execution. Valid values are 1–10. When you
    /// specify a retry strategy here, it overrides the retry strategy defined in the job
    /// definition.
    pub retry_strategy: Option<BatchRetryStrategy>,
}

/// The retry strategy to use for failed jobs, if the target is an Batch job. If you specify a retry
/// strategy here, it overrides the retry strategy defined in the job definition.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchRetryStrategy {
    /// The number of times to attempt to retry, if the job fails. Valid values are 1–10.
    pub attempts: Option<i32>,
}

/// The input of `CancelReplay`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CancelReplayRequest {
    /// The name of the replay to cancel.
    pub replay_name: String,
}

/// The output of `CancelReplay`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CancelReplayResponse {
    /// The ARN of the replay to cancel.
    pub replay_arn: Option<String>,
    /// The current state of the replay.
    pub state: Option<ReplayState>,
    /// The reason that the replay is in the current state.
    pub state_reason: Option<String>,
}

/// The details of a capacity provider strategy. To learn more, see
/// [CapacityProviderStrategyItem](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CapacityProviderStrategyItem.html)
/// in the Amazon ECS API Reference.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CapacityProviderStrategyItem {
    /// The short name of the capacity provider.
    #[shape(name = "capacityProvider")]
    pub capacity_provider: String,
    /// The weight value designates the relative percentage of the total number of tasks launched
    /// that should use the specified capacity provider. The weight value is taken into
    /// consideration after the base value, if defined, is satisfied.
    #[shape(name = "weight")]
    pub weight: Option<i32>,
    /// The base value designates how many tasks, at a minimum, to run on the specified capacity
    /// provider. Only one capacity provider in a capacity provider strategy can have a base
    /// defined. If no value is specified, the default value of 0 is used.
    #[shape(name = "base")]
    pub base: Option<i32>,
}

/// A JSON string which you can use to limit the event bus permissions you are granting to only
/// accounts that fulfill the condition. Currently, the only supported condition is membership in a
/// certain Amazon Web Services organization. The string must contain `Type`, `Key`, and `Value`
/// fields. The `Value` field specifies the ID of the Amazon Web Services organization. Following is
/// an example value for `Condition`:
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Condition {
    /// Specifies the type of condition. Currently the only supported value is `StringEquals`.
    pub r#type: String,
    /// Specifies the key for the condition. Currently the only supported key is
    /// `aws:PrincipalOrgID`.
    pub key: String,
    /// Specifies the value for the key. Currently, this must be the ID of the organization.
    pub value: String,
}

/// Contains information about a connection.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Connection {
    /// The ARN of the connection.
    pub connection_arn: Option<String>,
    /// The name of the connection.
    pub name: Option<String>,
    /// The state of the connection.
    pub connection_state: Option<ConnectionState>,
    /// The reason that the connection is in the connection state.
    pub state_reason: Option<String>,
    /// The authorization type specified for the connection.
    pub authorization_type: Option<ConnectionAuthorizationType>,
    /// A time stamp for the time that the connection was created.
    pub creation_time: Option<DateTime>,
    /// A time stamp for the time that the connection was last modified.
    pub last_modified_time: Option<DateTime>,
    /// A time stamp for the time that the connection was last authorized.
    pub last_authorized_time: Option<DateTime>,
}

/// Contains the authorization parameters for the connection if API Key is specified as the
/// authorization type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConnectionApiKeyAuthResponseParameters {
    /// The name of the header to use for the `APIKeyValue` used for authorization.
    pub api_key_name: Option<String>,
}

/// Tthe authorization parameters to use for the connection.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConnectionAuthResponseParameters {
    /// The authorization parameters for Basic authorization.
    pub basic_auth_parameters: Option<ConnectionBasicAuthResponseParameters>,
    /// The OAuth parameters to use for authorization.
    pub o_auth_parameters: Option<ConnectionOAuthResponseParameters>,
    /// The API Key parameters to use for authorization.
    pub api_key_auth_parameters: Option<ConnectionApiKeyAuthResponseParameters>,
    /// Additional parameters for the connection that are passed through with every invocation to
    /// the HTTP endpoint.
    pub invocation_http_parameters: Option<ConnectionHttpParameters>,
    /// For private OAuth authentication endpoints. The parameters EventBridge uses to authenticate
    /// against the endpoint.
    pub connectivity_parameters: Option<DescribeConnectionConnectivityParameters>,
}

/// The model's `ConnectionAuthorizationType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ConnectionAuthorizationType {
    /// `BASIC`
    #[default]
    #[shape(name = "BASIC")]
    Basic,
    /// `OAUTH_CLIENT_CREDENTIALS`
    #[shape(name = "OAUTH_CLIENT_CREDENTIALS")]
    OauthClientCredentials,
    /// `API_KEY`
    #[shape(name = "API_KEY")]
    ApiKey,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The authorization parameters for the connection if Basic is specified as the authorization type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConnectionBasicAuthResponseParameters {
    /// The user name to use for Basic authorization.
    pub username: Option<String>,
}

/// Additional parameter included in the body. You can include up to 100 additional body parameters
/// per request. An event payload cannot exceed 64 KB.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ConnectionBodyParameter {
    /// The key for the parameter.
    pub key: Option<String>,
    /// The value associated with the key.
    pub value: Option<String>,
    /// Specifies whether the value is secret.
    pub is_value_secret: Option<bool>,
}

impl ::std::fmt::Debug for ConnectionBodyParameter {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ConnectionBodyParameter")
            .field("key", &self.key)
            .field("value", &self.value.as_ref().map(|_| "** redacted **"))
            .field("is_value_secret", &self.is_value_secret)
            .finish()
    }
}

/// Additional parameter included in the header. You can include up to 100 additional header
/// parameters per request. An event payload cannot exceed 64 KB.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ConnectionHeaderParameter {
    /// The key for the parameter.
    pub key: Option<String>,
    /// The value associated with the key.
    pub value: Option<String>,
    /// Specifies whether the value is a secret.
    pub is_value_secret: Option<bool>,
}

impl ::std::fmt::Debug for ConnectionHeaderParameter {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ConnectionHeaderParameter")
            .field("key", &self.key)
            .field("value", &self.value.as_ref().map(|_| "** redacted **"))
            .field("is_value_secret", &self.is_value_secret)
            .finish()
    }
}

/// Any additional parameters for the connection.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConnectionHttpParameters {
    /// Any additional header parameters for the connection.
    pub header_parameters: Option<Vec<ConnectionHeaderParameter>>,
    /// Any additional query string parameters for the connection.
    pub query_string_parameters: Option<Vec<ConnectionQueryStringParameter>>,
    /// Any additional body string parameters for the connection.
    pub body_parameters: Option<Vec<ConnectionBodyParameter>>,
}

/// The client response parameters for the connection when OAuth is specified as the authorization
/// type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConnectionOAuthClientResponseParameters {
    /// The client ID associated with the response to the connection request.
    #[shape(name = "ClientID")]
    pub client_id: Option<String>,
}

/// The model's `ConnectionOAuthHttpMethod`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ConnectionOAuthHttpMethod {
    /// `GET`
    #[default]
    #[shape(name = "GET")]
    Get,
    /// `POST`
    #[shape(name = "POST")]
    Post,
    /// `PUT`
    #[shape(name = "PUT")]
    Put,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The response parameters when OAuth is specified as the authorization type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConnectionOAuthResponseParameters {
    /// Details about the client parameters returned when OAuth is specified as the authorization
    /// type.
    pub client_parameters: Option<ConnectionOAuthClientResponseParameters>,
    /// The URL to the HTTP endpoint that authorized the request.
    pub authorization_endpoint: Option<String>,
    /// The method used to connect to the HTTP endpoint.
    pub http_method: Option<ConnectionOAuthHttpMethod>,
    /// The additional HTTP parameters used for the OAuth authorization request.
    pub o_auth_http_parameters: Option<ConnectionHttpParameters>,
}

/// Any additional query string parameter for the connection. You can include up to 100 additional
/// query string parameters per request. Each additional parameter counts towards the event payload
/// size, which cannot exceed 64 KB.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ConnectionQueryStringParameter {
    /// The key for a query string parameter.
    pub key: Option<String>,
    /// The value associated with the key for the query string parameter.
    pub value: Option<String>,
    /// Specifies whether the value is secret.
    pub is_value_secret: Option<bool>,
}

impl ::std::fmt::Debug for ConnectionQueryStringParameter {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ConnectionQueryStringParameter")
            .field("key", &self.key)
            .field("value", &self.value.as_ref().map(|_| "** redacted **"))
            .field("is_value_secret", &self.is_value_secret)
            .finish()
    }
}

/// The model's `ConnectionState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ConnectionState {
    /// `CREATING`
    #[default]
    #[shape(name = "CREATING")]
    Creating,
    /// `UPDATING`
    #[shape(name = "UPDATING")]
    Updating,
    /// `DELETING`
    #[shape(name = "DELETING")]
    Deleting,
    /// `AUTHORIZED`
    #[shape(name = "AUTHORIZED")]
    Authorized,
    /// `DEAUTHORIZED`
    #[shape(name = "DEAUTHORIZED")]
    Deauthorized,
    /// `AUTHORIZING`
    #[shape(name = "AUTHORIZING")]
    Authorizing,
    /// `DEAUTHORIZING`
    #[shape(name = "DEAUTHORIZING")]
    Deauthorizing,
    /// `ACTIVE`
    #[shape(name = "ACTIVE")]
    Active,
    /// `FAILED_CONNECTIVITY`
    #[shape(name = "FAILED_CONNECTIVITY")]
    FailedConnectivity,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The Amazon Resource Name (ARN) of the Amazon VPC Lattice resource configuration for the resource
/// endpoint.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConnectivityResourceConfigurationArn {
    /// The Amazon Resource Name (ARN) of the Amazon VPC Lattice resource configuration for the
    /// resource endpoint.
    pub resource_configuration_arn: String,
}

/// The parameters for EventBridge to use when invoking the resource endpoint.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConnectivityResourceParameters {
    /// The parameters for EventBridge to use when invoking the resource endpoint.
    pub resource_parameters: ConnectivityResourceConfigurationArn,
}

/// The input of `CreateApiDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateApiDestinationRequest {
    /// The name for the API destination to create.
    pub name: String,
    /// A description for the API destination to create.
    pub description: Option<String>,
    /// The ARN of the connection to use for the API destination. The destination endpoint must
    /// support the authorization type specified for the connection.
    pub connection_arn: String,
    /// The URL to the HTTP invocation endpoint for the API destination.
    pub invocation_endpoint: String,
    /// The method to use for the request to the HTTP invocation endpoint.
    pub http_method: ApiDestinationHttpMethod,
    /// The maximum number of requests per second to send to the HTTP invocation endpoint.
    pub invocation_rate_limit_per_second: Option<i32>,
}

/// The output of `CreateApiDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateApiDestinationResponse {
    /// The ARN of the API destination that was created by the request.
    pub api_destination_arn: Option<String>,
    /// The state of the API destination that was created by the request.
    pub api_destination_state: Option<ApiDestinationState>,
    /// A time stamp indicating the time that the API destination was created.
    pub creation_time: Option<DateTime>,
    /// A time stamp indicating the time that the API destination was last modified.
    pub last_modified_time: Option<DateTime>,
}

/// The input of `CreateArchive`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateArchiveRequest {
    /// The name for the archive to create.
    pub archive_name: String,
    /// The ARN of the event bus that sends events to the archive.
    pub event_source_arn: String,
    /// A description for the archive.
    pub description: Option<String>,
    /// An event pattern to use to filter events sent to the archive.
    pub event_pattern: Option<String>,
    /// The number of days to retain events for. Default value is 0. If set to 0, events are
    /// retained indefinitely
    pub retention_days: Option<i32>,
    /// The identifier of the KMS customer managed key for EventBridge to use, if you choose to use
    /// a customer managed key to encrypt this archive. The identifier can be the key Amazon
    /// Resource Name (ARN), KeyId, key alias, or key alias ARN.
    pub kms_key_identifier: Option<String>,
}

/// The output of `CreateArchive`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateArchiveResponse {
    /// The ARN of the archive that was created.
    pub archive_arn: Option<String>,
    /// The state of the archive that was created.
    pub state: Option<ArchiveState>,
    /// The reason that the archive is in the state.
    pub state_reason: Option<String>,
    /// The time at which the archive was created.
    pub creation_time: Option<DateTime>,
}

/// The API key authorization parameters for the connection.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateConnectionApiKeyAuthRequestParameters {
    /// The name of the API key to use for authorization.
    pub api_key_name: String,
    /// The value for the API key to use for authorization.
    pub api_key_value: String,
}

impl ::std::fmt::Debug for CreateConnectionApiKeyAuthRequestParameters {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateConnectionApiKeyAuthRequestParameters")
            .field("api_key_name", &self.api_key_name)
            .field("api_key_value", &"** redacted **")
            .finish()
    }
}

/// The authorization parameters for the connection.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateConnectionAuthRequestParameters {
    /// The Basic authorization parameters to use for the connection.
    pub basic_auth_parameters: Option<CreateConnectionBasicAuthRequestParameters>,
    /// The OAuth authorization parameters to use for the connection.
    pub o_auth_parameters: Option<CreateConnectionOAuthRequestParameters>,
    /// The API key authorization parameters to use for the connection.
    pub api_key_auth_parameters: Option<CreateConnectionApiKeyAuthRequestParameters>,
    /// The API key authorization parameters to use for the connection. Note that if you include
    /// additional parameters for the target of a rule via `HttpParameters`, including query
    /// strings, the parameters added for the connection take precedence.
    pub invocation_http_parameters: Option<ConnectionHttpParameters>,
    /// If you specify a private OAuth endpoint, the parameters for EventBridge to use when
    /// authenticating against the endpoint.
    pub connectivity_parameters: Option<ConnectivityResourceParameters>,
}

/// Contains the Basic authorization parameters to use for the connection.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateConnectionBasicAuthRequestParameters {
    /// The user name to use for Basic authorization.
    pub username: String,
    /// The password associated with the user name to use for Basic authorization.
    pub password: String,
}

impl ::std::fmt::Debug for CreateConnectionBasicAuthRequestParameters {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateConnectionBasicAuthRequestParameters")
            .field("username", &self.username)
            .field("password", &"** redacted **")
            .finish()
    }
}

/// The Basic authorization parameters to use for the connection.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateConnectionOAuthClientRequestParameters {
    /// The client ID to use for OAuth authorization for the connection.
    #[shape(name = "ClientID")]
    pub client_id: String,
    /// The client secret associated with the client ID to use for OAuth authorization for the
    /// connection.
    pub client_secret: String,
}

impl ::std::fmt::Debug for CreateConnectionOAuthClientRequestParameters {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateConnectionOAuthClientRequestParameters")
            .field("client_id", &self.client_id)
            .field("client_secret", &"** redacted **")
            .finish()
    }
}

/// Contains the OAuth authorization parameters to use for the connection.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateConnectionOAuthRequestParameters {
    /// The client parameters for OAuth authorization.
    pub client_parameters: CreateConnectionOAuthClientRequestParameters,
    /// The URL to the authorization endpoint when OAuth is specified as the authorization type.
    pub authorization_endpoint: String,
    /// The method to use for the authorization request.
    pub http_method: ConnectionOAuthHttpMethod,
    /// Details about the additional parameters to use for the connection.
    pub o_auth_http_parameters: Option<ConnectionHttpParameters>,
}

/// The input of `CreateConnection`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateConnectionRequest {
    /// The name for the connection to create.
    pub name: String,
    /// A description for the connection to create.
    pub description: Option<String>,
    /// The type of authorization to use for the connection.
    pub authorization_type: ConnectionAuthorizationType,
    /// The authorization parameters to use to authorize with the endpoint.
    pub auth_parameters: CreateConnectionAuthRequestParameters,
    /// For connections to private APIs, the parameters to use for invoking the API.
    pub invocation_connectivity_parameters: Option<ConnectivityResourceParameters>,
    /// The identifier of the KMS customer managed key for EventBridge to use, if you choose to use
    /// a customer managed key to encrypt this connection. The identifier can be the key Amazon
    /// Resource Name (ARN), KeyId, key alias, or key alias ARN.
    pub kms_key_identifier: Option<String>,
}

/// The output of `CreateConnection`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateConnectionResponse {
    /// The ARN of the connection that was created by the request.
    pub connection_arn: Option<String>,
    /// The state of the connection that was created by the request.
    pub connection_state: Option<ConnectionState>,
    /// A time stamp for the time that the connection was created.
    pub creation_time: Option<DateTime>,
    /// A time stamp for the time that the connection was last updated.
    pub last_modified_time: Option<DateTime>,
}

/// The input of `CreateEndpoint`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateEndpointRequest {
    /// The name of the global endpoint. For example, `"Name":"us-east-2-custom_bus_A-endpoint"`.
    pub name: String,
    /// A description of the global endpoint.
    pub description: Option<String>,
    /// Configure the routing policy, including the health check and secondary Region..
    pub routing_config: RoutingConfig,
    /// Enable or disable event replication. The default state is `ENABLED` which means you must
    /// supply a `RoleArn`. If you don't have a `RoleArn` or you don't want event replication
    /// enabled, set the state to `DISABLED`.
    pub replication_config: Option<ReplicationConfig>,
    /// Define the event buses used.
    pub event_buses: Vec<EndpointEventBus>,
    /// The ARN of the role used for replication.
    pub role_arn: Option<String>,
}

/// The output of `CreateEndpoint`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateEndpointResponse {
    /// The name of the endpoint that was created by this request.
    pub name: Option<String>,
    /// The ARN of the endpoint that was created by this request.
    pub arn: Option<String>,
    /// The routing configuration defined by this request.
    pub routing_config: Option<RoutingConfig>,
    /// Whether event replication was enabled or disabled by this request.
    pub replication_config: Option<ReplicationConfig>,
    /// The event buses used by this request.
    pub event_buses: Option<Vec<EndpointEventBus>>,
    /// The ARN of the role used by event replication for this request.
    pub role_arn: Option<String>,
    /// The state of the endpoint that was created by this request.
    pub state: Option<EndpointState>,
}

/// The input of `CreateEventBus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateEventBusRequest {
    /// The name of the new event bus.
    pub name: String,
    /// If you are creating a partner event bus, this specifies the partner event source that the
    /// new event bus will be matched with.
    pub event_source_name: Option<String>,
    /// The event bus description.
    pub description: Option<String>,
    /// The identifier of the KMS customer managed key for EventBridge to use, if you choose to use
    /// a customer managed key to encrypt events on this event bus. The identifier can be the key
    /// Amazon Resource Name (ARN), KeyId, key alias, or key alias ARN.
    pub kms_key_identifier: Option<String>,
    /// Configuration details of the Amazon SQS queue for EventBridge to use as a dead-letter queue
    /// (DLQ).
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// The logging configuration settings for the event bus.
    pub log_config: Option<LogConfig>,
    /// Tags to associate with the event bus.
    pub tags: Option<Vec<Tag>>,
}

/// The output of `CreateEventBus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateEventBusResponse {
    /// The ARN of the new event bus.
    pub event_bus_arn: Option<String>,
    /// The event bus description.
    pub description: Option<String>,
    /// The identifier of the KMS customer managed key for EventBridge to use to encrypt events on
    /// this event bus, if one has been specified.
    pub kms_key_identifier: Option<String>,
    /// Configuration details of the Amazon SQS queue for EventBridge to use as a dead-letter queue
    /// (DLQ).
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// The logging configuration settings for the event bus.
    pub log_config: Option<LogConfig>,
}

/// The input of `CreatePartnerEventSource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreatePartnerEventSourceRequest {
    /// The name of the partner event source. This name must be unique and must be in the format `
    /// *partner_name*/*event_namespace*/*event_name* `. The Amazon Web Services account that wants
    /// to use this partner event source must create a partner event bus with a name that matches
    /// the name of the partner event source.
    pub name: String,
    /// The Amazon Web Services account ID that is permitted to create a matching partner event bus
    /// for this partner event source.
    pub account: String,
}

/// The output of `CreatePartnerEventSource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreatePartnerEventSourceResponse {
    /// The ARN of the partner event source.
    pub event_source_arn: Option<String>,
}

/// The input of `DeactivateEventSource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeactivateEventSourceRequest {
    /// The name of the partner event source to deactivate.
    pub name: String,
}

/// Configuration details of the Amazon SQS queue for EventBridge to use as a dead-letter queue
/// (DLQ).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeadLetterConfig {
    /// The ARN of the SQS queue specified as the target for the dead-letter queue.
    pub arn: Option<String>,
}

/// The input of `DeauthorizeConnection`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeauthorizeConnectionRequest {
    /// The name of the connection to remove authorization from.
    pub name: String,
}

/// The output of `DeauthorizeConnection`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeauthorizeConnectionResponse {
    /// The ARN of the connection that authorization was removed from.
    pub connection_arn: Option<String>,
    /// The state of the connection.
    pub connection_state: Option<ConnectionState>,
    /// A time stamp for the time that the connection was created.
    pub creation_time: Option<DateTime>,
    /// A time stamp for the time that the connection was last updated.
    pub last_modified_time: Option<DateTime>,
    /// A time stamp for the time that the connection was last authorized.
    pub last_authorized_time: Option<DateTime>,
}

/// The input of `DeleteApiDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteApiDestinationRequest {
    /// The name of the destination to delete.
    pub name: String,
}

/// The output of `DeleteApiDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteApiDestinationResponse {}

/// The input of `DeleteArchive`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteArchiveRequest {
    /// The name of the archive to delete.
    pub archive_name: String,
}

/// The output of `DeleteArchive`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteArchiveResponse {}

/// The input of `DeleteConnection`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteConnectionRequest {
    /// The name of the connection to delete.
    pub name: String,
}

/// The output of `DeleteConnection`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteConnectionResponse {
    /// The ARN of the connection that was deleted.
    pub connection_arn: Option<String>,
    /// The state of the connection before it was deleted.
    pub connection_state: Option<ConnectionState>,
    /// A time stamp for the time that the connection was created.
    pub creation_time: Option<DateTime>,
    /// A time stamp for the time that the connection was last modified before it was deleted.
    pub last_modified_time: Option<DateTime>,
    /// A time stamp for the time that the connection was last authorized before it wa deleted.
    pub last_authorized_time: Option<DateTime>,
}

/// The input of `DeleteEndpoint`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteEndpointRequest {
    /// The name of the endpoint you want to delete. For example,
    /// `"Name":"us-east-2-custom_bus_A-endpoint"`..
    pub name: String,
}

/// The output of `DeleteEndpoint`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteEndpointResponse {}

/// The input of `DeleteEventBus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteEventBusRequest {
    /// The name of the event bus to delete.
    pub name: String,
}

/// The input of `DeletePartnerEventSource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeletePartnerEventSourceRequest {
    /// The name of the event source to delete.
    pub name: String,
    /// The Amazon Web Services account ID of the Amazon Web Services customer that the event source
    /// was created for.
    pub account: String,
}

/// The input of `DeleteRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteRuleRequest {
    /// The name of the rule.
    pub name: String,
    /// The name or ARN of the event bus associated with the rule. If you omit this, the default
    /// event bus is used.
    pub event_bus_name: Option<String>,
    /// If this is a managed rule, created by an Amazon Web Services service on your behalf, you
    /// must specify `Force` as `True` to delete the rule. This parameter is ignored for rules that
    /// are not managed rules. You can check whether a rule is a managed rule by using
    /// `DescribeRule` or `ListRules` and checking the `ManagedBy` field of the response.
    pub force: Option<bool>,
}

/// The input of `DescribeApiDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeApiDestinationRequest {
    /// The name of the API destination to retrieve.
    pub name: String,
}

/// The output of `DescribeApiDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeApiDestinationResponse {
    /// The ARN of the API destination retrieved.
    pub api_destination_arn: Option<String>,
    /// The name of the API destination retrieved.
    pub name: Option<String>,
    /// The description for the API destination retrieved.
    pub description: Option<String>,
    /// The state of the API destination retrieved.
    pub api_destination_state: Option<ApiDestinationState>,
    /// The ARN of the connection specified for the API destination retrieved.
    pub connection_arn: Option<String>,
    /// The URL to use to connect to the HTTP endpoint.
    pub invocation_endpoint: Option<String>,
    /// The method to use to connect to the HTTP endpoint.
    pub http_method: Option<ApiDestinationHttpMethod>,
    /// The maximum number of invocations per second to specified for the API destination. Note that
    /// if you set the invocation rate maximum to a value lower the rate necessary to send all
    /// events received on to the destination HTTP endpoint, some events may not be delivered within
    /// the 24-hour retry window. If you plan to set the rate lower than the rate necessary to
    /// deliver all events, consider using a dead-letter queue to catch events that are not
    /// delivered within 24 hours.
    pub invocation_rate_limit_per_second: Option<i32>,
    /// A time stamp for the time that the API destination was created.
    pub creation_time: Option<DateTime>,
    /// A time stamp for the time that the API destination was last modified.
    pub last_modified_time: Option<DateTime>,
}

/// The input of `DescribeArchive`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeArchiveRequest {
    /// The name of the archive to retrieve.
    pub archive_name: String,
}

/// The output of `DescribeArchive`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeArchiveResponse {
    /// The ARN of the archive.
    pub archive_arn: Option<String>,
    /// The name of the archive.
    pub archive_name: Option<String>,
    /// The ARN of the event source associated with the archive.
    pub event_source_arn: Option<String>,
    /// The description of the archive.
    pub description: Option<String>,
    /// The event pattern used to filter events sent to the archive.
    pub event_pattern: Option<String>,
    /// The state of the archive.
    pub state: Option<ArchiveState>,
    /// The reason that the archive is in the state.
    pub state_reason: Option<String>,
    /// The identifier of the KMS customer managed key for EventBridge to use to encrypt this
    /// archive, if one has been specified.
    pub kms_key_identifier: Option<String>,
    /// The number of days to retain events for in the archive.
    pub retention_days: Option<i32>,
    /// The size of the archive in bytes.
    pub size_bytes: Option<i64>,
    /// The number of events in the archive.
    pub event_count: Option<i64>,
    /// The time at which the archive was created.
    pub creation_time: Option<DateTime>,
}

/// If the connection uses a private OAuth endpoint, the parameters for EventBridge to use when
/// authenticating against the endpoint.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeConnectionConnectivityParameters {
    /// The parameters for EventBridge to use when invoking the resource endpoint.
    pub resource_parameters: DescribeConnectionResourceParameters,
}

/// The input of `DescribeConnection`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeConnectionRequest {
    /// The name of the connection to retrieve.
    pub name: String,
}

/// The parameters for EventBridge to use when invoking the resource endpoint.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeConnectionResourceParameters {
    /// The Amazon Resource Name (ARN) of the resource configuration for the private API.
    pub resource_configuration_arn: String,
    /// For connections to private APIs, the Amazon Resource Name (ARN) of the resource association
    /// EventBridge created between the connection and the private API's resource configuration.
    pub resource_association_arn: String,
}

/// The output of `DescribeConnection`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeConnectionResponse {
    /// The ARN of the connection retrieved.
    pub connection_arn: Option<String>,
    /// The name of the connection retrieved.
    pub name: Option<String>,
    /// The description for the connection retrieved.
    pub description: Option<String>,
    /// For connections to private APIs The parameters EventBridge uses to invoke the resource
    /// endpoint.
    pub invocation_connectivity_parameters: Option<DescribeConnectionConnectivityParameters>,
    /// The state of the connection retrieved.
    pub connection_state: Option<ConnectionState>,
    /// The reason that the connection is in the current connection state.
    pub state_reason: Option<String>,
    /// The type of authorization specified for the connection.
    pub authorization_type: Option<ConnectionAuthorizationType>,
    /// The ARN of the secret created from the authorization parameters specified for the
    /// connection.
    pub secret_arn: Option<String>,
    /// The identifier of the KMS customer managed key for EventBridge to use to encrypt the
    /// connection, if one has been specified.
    pub kms_key_identifier: Option<String>,
    /// The parameters to use for authorization for the connection.
    pub auth_parameters: Option<ConnectionAuthResponseParameters>,
    /// A time stamp for the time that the connection was created.
    pub creation_time: Option<DateTime>,
    /// A time stamp for the time that the connection was last modified.
    pub last_modified_time: Option<DateTime>,
    /// A time stamp for the time that the connection was last authorized.
    pub last_authorized_time: Option<DateTime>,
}

/// The input of `DescribeEndpoint`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeEndpointRequest {
    /// The name of the endpoint you want to get information about. For example,
    /// `"Name":"us-east-2-custom_bus_A-endpoint"`.
    pub name: String,
    /// The primary Region of the endpoint you want to get information about. For example
    /// `"HomeRegion": "us-east-1"`.
    pub home_region: Option<String>,
}

/// The output of `DescribeEndpoint`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeEndpointResponse {
    /// The name of the endpoint you asked for information about.
    pub name: Option<String>,
    /// The description of the endpoint you asked for information about.
    pub description: Option<String>,
    /// The ARN of the endpoint you asked for information about.
    pub arn: Option<String>,
    /// The routing configuration of the endpoint you asked for information about.
    pub routing_config: Option<RoutingConfig>,
    /// Whether replication is enabled or disabled for the endpoint you asked for information about.
    pub replication_config: Option<ReplicationConfig>,
    /// The event buses being used by the endpoint you asked for information about.
    pub event_buses: Option<Vec<EndpointEventBus>>,
    /// The ARN of the role used by the endpoint you asked for information about.
    pub role_arn: Option<String>,
    /// The ID of the endpoint you asked for information about.
    pub endpoint_id: Option<String>,
    /// The URL of the endpoint you asked for information about.
    pub endpoint_url: Option<String>,
    /// The current state of the endpoint you asked for information about.
    pub state: Option<EndpointState>,
    /// The reason the endpoint you asked for information about is in its current state.
    pub state_reason: Option<String>,
    /// The time the endpoint you asked for information about was created.
    pub creation_time: Option<DateTime>,
    /// The last time the endpoint you asked for information about was modified.
    pub last_modified_time: Option<DateTime>,
}

/// The input of `DescribeEventBus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeEventBusRequest {
    /// The name or ARN of the event bus to show details for. If you omit this, the default event
    /// bus is displayed.
    pub name: Option<String>,
}

/// The output of `DescribeEventBus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeEventBusResponse {
    /// The name of the event bus. Currently, this is always `default`.
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) of the account permitted to write events to the current
    /// account.
    pub arn: Option<String>,
    /// The event bus description.
    pub description: Option<String>,
    /// The identifier of the KMS customer managed key for EventBridge to use to encrypt events on
    /// this event bus, if one has been specified.
    pub kms_key_identifier: Option<String>,
    /// Configuration details of the Amazon SQS queue for EventBridge to use as a dead-letter queue
    /// (DLQ).
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// The policy that enables the external account to send events to your account.
    pub policy: Option<String>,
    /// The logging configuration settings for the event bus.
    pub log_config: Option<LogConfig>,
    /// The time the event bus was created.
    pub creation_time: Option<DateTime>,
    /// The time the event bus was last modified.
    pub last_modified_time: Option<DateTime>,
}

/// The input of `DescribeEventSource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeEventSourceRequest {
    /// The name of the partner event source to display the details of.
    pub name: String,
}

/// The output of `DescribeEventSource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeEventSourceResponse {
    /// The ARN of the partner event source.
    pub arn: Option<String>,
    /// The name of the SaaS partner that created the event source.
    pub created_by: Option<String>,
    /// The date and time that the event source was created.
    pub creation_time: Option<DateTime>,
    /// The date and time that the event source will expire if you do not create a matching event
    /// bus.
    pub expiration_time: Option<DateTime>,
    /// The name of the partner event source.
    pub name: Option<String>,
    /// The state of the event source. If it is ACTIVE, you have already created a matching event
    /// bus for this event source, and that event bus is active. If it is PENDING, either you
    /// haven't yet created a matching event bus, or that event bus is deactivated. If it is
    /// DELETED, you have created a matching event bus, but the event source has since been deleted.
    pub state: Option<EventSourceState>,
}

/// The input of `DescribePartnerEventSource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribePartnerEventSourceRequest {
    /// The name of the event source to display.
    pub name: String,
}

/// The output of `DescribePartnerEventSource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribePartnerEventSourceResponse {
    /// The ARN of the event source.
    pub arn: Option<String>,
    /// The name of the event source.
    pub name: Option<String>,
}

/// The input of `DescribeReplay`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeReplayRequest {
    /// The name of the replay to retrieve.
    pub replay_name: String,
}

/// The output of `DescribeReplay`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeReplayResponse {
    /// The name of the replay.
    pub replay_name: Option<String>,
    /// The ARN of the replay.
    pub replay_arn: Option<String>,
    /// The description of the replay.
    pub description: Option<String>,
    /// The current state of the replay.
    pub state: Option<ReplayState>,
    /// The reason that the replay is in the current state.
    pub state_reason: Option<String>,
    /// The ARN of the archive events were replayed from.
    pub event_source_arn: Option<String>,
    /// A `ReplayDestination` object that contains details about the replay.
    pub destination: Option<ReplayDestination>,
    /// The time stamp of the first event that was last replayed from the archive.
    pub event_start_time: Option<DateTime>,
    /// The time stamp for the last event that was replayed from the archive.
    pub event_end_time: Option<DateTime>,
    /// The time that the event was last replayed.
    pub event_last_replayed_time: Option<DateTime>,
    /// A time stamp for the time that the replay started.
    pub replay_start_time: Option<DateTime>,
    /// A time stamp for the time that the replay stopped.
    pub replay_end_time: Option<DateTime>,
}

/// The input of `DescribeRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeRuleRequest {
    /// The name of the rule.
    pub name: String,
    /// The name or ARN of the event bus associated with the rule. If you omit this, the default
    /// event bus is used.
    pub event_bus_name: Option<String>,
}

/// The output of `DescribeRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeRuleResponse {
    /// The name of the rule.
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) of the rule.
    pub arn: Option<String>,
    /// The event pattern. For more information, see [Events and Event
    /// Patterns](https://docs.aws.amazon.com/eventbridge/latest/userguide/eventbridge-and-event-patterns.html)
    /// in the * *Amazon EventBridge User Guide* *.
    pub event_pattern: Option<String>,
    /// The scheduling expression. For example, "cron(0 20 \* \* ? \*)", "rate(5 minutes)".
    pub schedule_expression: Option<String>,
    /// Specifies whether the rule is enabled or disabled.
    pub state: Option<RuleState>,
    /// The description of the rule.
    pub description: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM role associated with the rule.
    pub role_arn: Option<String>,
    /// If this is a managed rule, created by an Amazon Web Services service on your behalf, this
    /// field displays the principal name of the Amazon Web Services service that created the rule.
    pub managed_by: Option<String>,
    /// The name of the event bus associated with the rule.
    pub event_bus_name: Option<String>,
    /// The account ID of the user that created the rule. If you use `PutRule` to put a rule on an
    /// event bus in another account, the other account is the owner of the rule, and the rule ARN
    /// includes the account ID for that account. However, the value for `CreatedBy` is the account
    /// ID as the account that created the rule in the other account.
    pub created_by: Option<String>,
}

/// The input of `DisableRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisableRuleRequest {
    /// The name of the rule.
    pub name: String,
    /// The name or ARN of the event bus associated with the rule. If you omit this, the default
    /// event bus is used.
    pub event_bus_name: Option<String>,
}

/// The custom parameters to be used when the target is an Amazon ECS task.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EcsParameters {
    /// The ARN of the task definition to use if the event target is an Amazon ECS task.
    pub task_definition_arn: String,
    /// The number of tasks to create based on `TaskDefinition`. The default is 1.
    pub task_count: Option<i32>,
    /// Specifies the launch type on which your task is running. The launch type that you specify
    /// here must match one of the launch type (compatibilities) of the target task. The `FARGATE`
    /// value is supported only in the Regions where Fargate with Amazon ECS is supported. For more
    /// information, see [Fargate on Amazon
    /// ECS](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/AWS-Fargate.html) in the
    /// *Amazon Elastic Container Service Developer Guide*.
    pub launch_type: Option<LaunchType>,
    /// Use this structure if the Amazon ECS task uses the `awsvpc` network mode. This structure
    /// specifies the VPC subnets and security groups associated with the task, and whether a public
    /// IP address is to be used. This structure is required if `LaunchType` is `FARGATE` because
    /// the `awsvpc` mode is required for Fargate tasks.
    pub network_configuration: Option<NetworkConfiguration>,
    /// Specifies the platform version for the task. Specify only the numeric portion of the
    /// platform version, such as `1.1.0`.
    pub platform_version: Option<String>,
    /// Specifies an ECS task group for the task. The maximum length is 255 characters.
    pub group: Option<String>,
    /// The capacity provider strategy to use for the task.
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// Specifies whether to enable Amazon ECS managed tags for the task. For more information, see
    /// [Tagging Your Amazon ECS
    /// Resources](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html)
    /// in the Amazon Elastic Container Service Developer Guide.
    #[shape(name = "EnableECSManagedTags")]
    pub enable_ecs_managed_tags: Option<bool>,
    /// Whether or not to enable the execute command functionality for the containers in this task.
    /// If true, this enables execute command functionality on all containers in the task.
    pub enable_execute_command: Option<bool>,
    /// An array of placement constraint objects to use for the task. You can specify up to 10
    /// constraints per task (including constraints in the task definition and those specified at
    /// runtime).
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    /// The placement strategy objects to use for the task. You can specify a maximum of five
    /// strategy rules per task.
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    /// Specifies whether to propagate the tags from the task definition to the task. If no value is
    /// specified, the tags are not propagated. Tags can only be propagated to the task during task
    /// creation. To add tags to a task after task creation, use the TagResource API action.
    pub propagate_tags: Option<PropagateTags>,
    /// The reference ID to use for the task.
    pub reference_id: Option<String>,
    /// The metadata that you apply to the task to help you categorize and organize them. Each tag
    /// consists of a key and an optional value, both of which you define. To learn more, see
    /// [RunTask](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html#ECS-RunTask-request-tags)
    /// in the Amazon ECS API Reference.
    pub tags: Option<Vec<Tag>>,
}

/// The input of `EnableRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnableRuleRequest {
    /// The name of the rule.
    pub name: String,
    /// The name or ARN of the event bus associated with the rule. If you omit this, the default
    /// event bus is used.
    pub event_bus_name: Option<String>,
}

/// A global endpoint used to improve your application's availability by making it regional-fault
/// tolerant. For more information about global endpoints, see [Making applications Regional-fault
/// tolerant with global endpoints and event
/// replication](https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-global-endpoints.html)
/// in the * *Amazon EventBridge User Guide* *.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Endpoint {
    /// The name of the endpoint.
    pub name: Option<String>,
    /// A description for the endpoint.
    pub description: Option<String>,
    /// The ARN of the endpoint.
    pub arn: Option<String>,
    /// The routing configuration of the endpoint.
    pub routing_config: Option<RoutingConfig>,
    /// Whether event replication was enabled or disabled for this endpoint. The default state is
    /// `ENABLED` which means you must supply a `RoleArn`. If you don't have a `RoleArn` or you
    /// don't want event replication enabled, set the state to `DISABLED`.
    pub replication_config: Option<ReplicationConfig>,
    /// The event buses being used by the endpoint.
    pub event_buses: Option<Vec<EndpointEventBus>>,
    /// The ARN of the role used by event replication for the endpoint.
    pub role_arn: Option<String>,
    /// The URL subdomain of the endpoint. For example, if the URL for Endpoint is
    /// <https://abcde.veo.endpoints.event.amazonaws.com>, then the EndpointId is `abcde.veo`.
    pub endpoint_id: Option<String>,
    /// The URL of the endpoint.
    pub endpoint_url: Option<String>,
    /// The current state of the endpoint.
    pub state: Option<EndpointState>,
    /// The reason the endpoint is in its current state.
    pub state_reason: Option<String>,
    /// The time the endpoint was created.
    pub creation_time: Option<DateTime>,
    /// The last time the endpoint was modified.
    pub last_modified_time: Option<DateTime>,
}

/// The event buses the endpoint is associated with.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EndpointEventBus {
    /// The ARN of the event bus the endpoint is associated with.
    pub event_bus_arn: String,
}

/// The model's `EndpointState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EndpointState {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `CREATING`
    #[shape(name = "CREATING")]
    Creating,
    /// `UPDATING`
    #[shape(name = "UPDATING")]
    Updating,
    /// `DELETING`
    #[shape(name = "DELETING")]
    Deleting,
    /// `CREATE_FAILED`
    #[shape(name = "CREATE_FAILED")]
    CreateFailed,
    /// `UPDATE_FAILED`
    #[shape(name = "UPDATE_FAILED")]
    UpdateFailed,
    /// `DELETE_FAILED`
    #[shape(name = "DELETE_FAILED")]
    DeleteFailed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An event bus receives events from a source, uses rules to evaluate them, applies any configured
/// input transformation, and routes them to the appropriate target(s). Your account's default event
/// bus receives events from Amazon Web Services services. A custom event bus can receive events
/// from your custom applications and services. A partner event bus receives events from an event
/// source created by an SaaS partner. These events come from the partners services or applications.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EventBus {
    /// The name of the event bus.
    pub name: Option<String>,
    /// The ARN of the event bus.
    pub arn: Option<String>,
    /// The event bus description.
    pub description: Option<String>,
    /// The permissions policy of the event bus, describing which other Amazon Web Services accounts
    /// can write events to this event bus.
    pub policy: Option<String>,
    /// The time the event bus was created.
    pub creation_time: Option<DateTime>,
    /// The time the event bus was last modified.
    pub last_modified_time: Option<DateTime>,
}

/// A partner event source is created by an SaaS partner. If a customer creates a partner event bus
/// that matches this event source, that Amazon Web Services account can receive events from the
/// partner's applications or services.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EventSource {
    /// The ARN of the event source.
    pub arn: Option<String>,
    /// The name of the partner that created the event source.
    pub created_by: Option<String>,
    /// The date and time the event source was created.
    pub creation_time: Option<DateTime>,
    /// The date and time that the event source will expire, if the Amazon Web Services account
    /// doesn't create a matching event bus for it.
    pub expiration_time: Option<DateTime>,
    /// The name of the event source.
    pub name: Option<String>,
    /// The state of the event source. If it is ACTIVE, you have already created a matching event
    /// bus for this event source, and that event bus is active. If it is PENDING, either you
    /// haven't yet created a matching event bus, or that event bus is deactivated. If it is
    /// DELETED, you have created a matching event bus, but the event source has since been deleted.
    pub state: Option<EventSourceState>,
}

/// The model's `EventSourceState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EventSourceState {
    /// `PENDING`
    #[default]
    #[shape(name = "PENDING")]
    Pending,
    /// `ACTIVE`
    #[shape(name = "ACTIVE")]
    Active,
    /// `DELETED`
    #[shape(name = "DELETED")]
    Deleted,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The failover configuration for an endpoint. This includes what triggers failover and what
/// happens when it's triggered.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FailoverConfig {
    /// The main Region of the endpoint.
    pub primary: Primary,
    /// The Region that events are routed to when failover is triggered or event replication is
    /// enabled.
    pub secondary: Secondary,
}

/// These are custom parameter to be used when the target is an API Gateway APIs or EventBridge
/// ApiDestinations. In the latter case, these are merged with any InvocationParameters specified on
/// the Connection, with any values from the Connection taking precedence.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct HttpParameters {
    /// The path parameter values to be used to populate API Gateway API or EventBridge
    /// ApiDestination path wildcards ("\*").
    pub path_parameter_values: Option<Vec<String>>,
    /// The headers that need to be sent as part of request invoking the API Gateway API or
    /// EventBridge ApiDestination.
    pub header_parameters: Option<HashMap<String, String>>,
    /// The query string keys/values that need to be sent as part of request invoking the API
    /// Gateway API or EventBridge ApiDestination.
    pub query_string_parameters: Option<HashMap<String, String>>,
}

/// The model's `IncludeDetail`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum IncludeDetail {
    /// `NONE`
    #[default]
    #[shape(name = "NONE")]
    None,
    /// `FULL`
    #[shape(name = "FULL")]
    Full,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains the parameters needed for you to provide custom input to a target based on one or more
/// pieces of data extracted from the event.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InputTransformer {
    /// Map of JSON paths to be extracted from the event. You can then insert these in the template
    /// in `InputTemplate` to produce the output you want to be sent to the target.
    pub input_paths_map: Option<HashMap<String, String>>,
    /// Input template where you specify placeholders that will be filled with the values of the
    /// keys from `InputPathsMap` to customize the data sent to the target. Enclose each
    /// `InputPathsMaps` value in brackets: \<*value*\>
    pub input_template: String,
}

/// This object enables you to specify a JSON path to extract from the event and use as the
/// partition key for the Amazon Kinesis data stream, so that you can control the shard to which the
/// event goes. If you do not include this parameter, the default is to use the `eventId` as the
/// partition key.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KinesisParameters {
    /// The JSON path to be extracted from the event and used as the partition key. For more
    /// information, see [Amazon Kinesis Streams Key
    /// Concepts](https://docs.aws.amazon.com/streams/latest/dev/key-concepts.html#partition-key) in
    /// the *Amazon Kinesis Streams Developer Guide*.
    pub partition_key_path: String,
}

/// The model's `LaunchType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LaunchType {
    /// `EC2`
    #[default]
    #[shape(name = "EC2")]
    Ec2,
    /// `FARGATE`
    #[shape(name = "FARGATE")]
    Fargate,
    /// `EXTERNAL`
    #[shape(name = "EXTERNAL")]
    External,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `Level`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Level {
    /// `OFF`
    #[default]
    #[shape(name = "OFF")]
    Off,
    /// `ERROR`
    #[shape(name = "ERROR")]
    Error,
    /// `INFO`
    #[shape(name = "INFO")]
    Info,
    /// `TRACE`
    #[shape(name = "TRACE")]
    Trace,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `ListApiDestinations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListApiDestinationsRequest {
    /// A name prefix to filter results returned. Only API destinations with a name that starts with
    /// the prefix are returned.
    pub name_prefix: Option<String>,
    /// The ARN of the connection specified for the API destination.
    pub connection_arn: Option<String>,
    /// The token returned by a previous call, which you can use to retrieve the next set of
    /// results.
    pub next_token: Option<String>,
    /// The maximum number of API destinations to include in the response.
    pub limit: Option<i32>,
}

/// The output of `ListApiDestinations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListApiDestinationsResponse {
    /// An array that includes information about each API destination.
    pub api_destinations: Option<Vec<ApiDestination>>,
    /// A token indicating there are more results available. If there are no more results, no token
    /// is included in the response.
    pub next_token: Option<String>,
}

/// The input of `ListArchives`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListArchivesRequest {
    /// A name prefix to filter the archives returned. Only archives with name that match the prefix
    /// are returned.
    pub name_prefix: Option<String>,
    /// The ARN of the event source associated with the archive.
    pub event_source_arn: Option<String>,
    /// The state of the archive.
    pub state: Option<ArchiveState>,
    /// The token returned by a previous call, which you can use to retrieve the next set of
    /// results.
    pub next_token: Option<String>,
    /// The maximum number of results to return.
    pub limit: Option<i32>,
}

/// The output of `ListArchives`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListArchivesResponse {
    /// An array of `Archive` objects that include details about an archive.
    pub archives: Option<Vec<Archive>>,
    /// A token indicating there are more results available. If there are no more results, no token
    /// is included in the response.
    pub next_token: Option<String>,
}

/// The input of `ListConnections`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListConnectionsRequest {
    /// A name prefix to filter results returned. Only connections with a name that starts with the
    /// prefix are returned.
    pub name_prefix: Option<String>,
    /// The state of the connection.
    pub connection_state: Option<ConnectionState>,
    /// The token returned by a previous call, which you can use to retrieve the next set of
    /// results.
    pub next_token: Option<String>,
    /// The maximum number of connections to return.
    pub limit: Option<i32>,
}

/// The output of `ListConnections`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListConnectionsResponse {
    /// An array of connections objects that include details about the connections.
    pub connections: Option<Vec<Connection>>,
    /// A token indicating there are more results available. If there are no more results, no token
    /// is included in the response.
    pub next_token: Option<String>,
}

/// The input of `ListEndpoints`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListEndpointsRequest {
    /// A value that will return a subset of the endpoints associated with this account. For
    /// example, `"NamePrefix": "ABC"` will return all endpoints with "ABC" in the name.
    pub name_prefix: Option<String>,
    /// The primary Region of the endpoints associated with this account. For example `"HomeRegion":
    /// "us-east-1"`.
    pub home_region: Option<String>,
    /// The token returned by a previous call, which you can use to retrieve the next set of
    /// results.
    pub next_token: Option<String>,
    /// The maximum number of results returned by the call.
    pub max_results: Option<i32>,
}

/// The output of `ListEndpoints`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListEndpointsResponse {
    /// The endpoints returned by the call.
    pub endpoints: Option<Vec<Endpoint>>,
    /// A token indicating there are more results available. If there are no more results, no token
    /// is included in the response.
    pub next_token: Option<String>,
}

/// The input of `ListEventBuses`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListEventBusesRequest {
    /// Specifying this limits the results to only those event buses with names that start with the
    /// specified prefix.
    pub name_prefix: Option<String>,
    /// The token returned by a previous call, which you can use to retrieve the next set of
    /// results.
    pub next_token: Option<String>,
    /// Specifying this limits the number of results returned by this operation. The operation also
    /// returns a NextToken which you can use in a subsequent operation to retrieve the next set of
    /// results.
    pub limit: Option<i32>,
}

/// The output of `ListEventBuses`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListEventBusesResponse {
    /// This list of event buses.
    pub event_buses: Option<Vec<EventBus>>,
    /// A token indicating there are more results available. If there are no more results, no token
    /// is included in the response.
    pub next_token: Option<String>,
}

/// The input of `ListEventSources`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListEventSourcesRequest {
    /// Specifying this limits the results to only those partner event sources with names that start
    /// with the specified prefix.
    pub name_prefix: Option<String>,
    /// The token returned by a previous call, which you can use to retrieve the next set of
    /// results.
    pub next_token: Option<String>,
    /// Specifying this limits the number of results returned by this operation. The operation also
    /// returns a NextToken which you can use in a subsequent operation to retrieve the next set of
    /// results.
    pub limit: Option<i32>,
}

/// The output of `ListEventSources`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListEventSourcesResponse {
    /// The list of event sources.
    pub event_sources: Option<Vec<EventSource>>,
    /// A token indicating there are more results available. If there are no more results, no token
    /// is included in the response.
    pub next_token: Option<String>,
}

/// The input of `ListPartnerEventSourceAccounts`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPartnerEventSourceAccountsRequest {
    /// The name of the partner event source to display account information about.
    pub event_source_name: String,
    /// The token returned by a previous call, which you can use to retrieve the next set of
    /// results.
    pub next_token: Option<String>,
    /// Specifying this limits the number of results returned by this operation. The operation also
    /// returns a NextToken which you can use in a subsequent operation to retrieve the next set of
    /// results.
    pub limit: Option<i32>,
}

/// The output of `ListPartnerEventSourceAccounts`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPartnerEventSourceAccountsResponse {
    /// The list of partner event sources returned by the operation.
    pub partner_event_source_accounts: Option<Vec<PartnerEventSourceAccount>>,
    /// A token indicating there are more results available. If there are no more results, no token
    /// is included in the response.
    pub next_token: Option<String>,
}

/// The input of `ListPartnerEventSources`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPartnerEventSourcesRequest {
    /// If you specify this, the results are limited to only those partner event sources that start
    /// with the string you specify.
    pub name_prefix: String,
    /// The token returned by a previous call, which you can use to retrieve the next set of
    /// results.
    pub next_token: Option<String>,
    /// pecifying this limits the number of results returned by this operation. The operation also
    /// returns a NextToken which you can use in a subsequent operation to retrieve the next set of
    /// results.
    pub limit: Option<i32>,
}

/// The output of `ListPartnerEventSources`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListPartnerEventSourcesResponse {
    /// The list of partner event sources returned by the operation.
    pub partner_event_sources: Option<Vec<PartnerEventSource>>,
    /// A token indicating there are more results available. If there are no more results, no token
    /// is included in the response.
    pub next_token: Option<String>,
}

/// The input of `ListReplays`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListReplaysRequest {
    /// A name prefix to filter the replays returned. Only replays with name that match the prefix
    /// are returned.
    pub name_prefix: Option<String>,
    /// The state of the replay.
    pub state: Option<ReplayState>,
    /// The ARN of the archive from which the events are replayed.
    pub event_source_arn: Option<String>,
    /// The token returned by a previous call, which you can use to retrieve the next set of
    /// results.
    pub next_token: Option<String>,
    /// The maximum number of replays to retrieve.
    pub limit: Option<i32>,
}

/// The output of `ListReplays`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListReplaysResponse {
    /// An array of `Replay` objects that contain information about the replay.
    pub replays: Option<Vec<Replay>>,
    /// A token indicating there are more results available. If there are no more results, no token
    /// is included in the response.
    pub next_token: Option<String>,
}

/// The input of `ListRuleNamesByTarget`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListRuleNamesByTargetRequest {
    /// The Amazon Resource Name (ARN) of the target resource.
    pub target_arn: String,
    /// The name or ARN of the event bus to list rules for. If you omit this, the default event bus
    /// is used.
    pub event_bus_name: Option<String>,
    /// The token returned by a previous call, which you can use to retrieve the next set of
    /// results.
    pub next_token: Option<String>,
    /// The maximum number of results to return.
    pub limit: Option<i32>,
}

/// The output of `ListRuleNamesByTarget`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListRuleNamesByTargetResponse {
    /// The names of the rules that can invoke the given target.
    pub rule_names: Option<Vec<String>>,
    /// A token indicating there are more results available. If there are no more results, no token
    /// is included in the response.
    pub next_token: Option<String>,
}

/// The input of `ListRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListRulesRequest {
    /// The prefix matching the rule name.
    pub name_prefix: Option<String>,
    /// The name or ARN of the event bus to list the rules for. If you omit this, the default event
    /// bus is used.
    pub event_bus_name: Option<String>,
    /// The token returned by a previous call, which you can use to retrieve the next set of
    /// results.
    pub next_token: Option<String>,
    /// The maximum number of results to return.
    pub limit: Option<i32>,
}

/// The output of `ListRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListRulesResponse {
    /// The rules that match the specified criteria.
    pub rules: Option<Vec<Rule>>,
    /// A token indicating there are more results available. If there are no more results, no token
    /// is included in the response.
    pub next_token: Option<String>,
}

/// The input of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceRequest {
    /// The ARN of the EventBridge resource for which you want to view tags.
    #[shape(name = "ResourceARN")]
    pub resource_arn: String,
}

/// The output of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceResponse {
    /// The list of tag keys and values associated with the resource you specified
    pub tags: Option<Vec<Tag>>,
}

/// The input of `ListTargetsByRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTargetsByRuleRequest {
    /// The name of the rule.
    pub rule: String,
    /// The name or ARN of the event bus associated with the rule. If you omit this, the default
    /// event bus is used.
    pub event_bus_name: Option<String>,
    /// The token returned by a previous call, which you can use to retrieve the next set of
    /// results.
    pub next_token: Option<String>,
    /// The maximum number of results to return.
    pub limit: Option<i32>,
}

/// The output of `ListTargetsByRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTargetsByRuleResponse {
    /// The targets assigned to the rule.
    pub targets: Option<Vec<Target>>,
    /// A token indicating there are more results available. If there are no more results, no token
    /// is included in the response.
    pub next_token: Option<String>,
}

/// The logging configuration settings for the event bus.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LogConfig {
    /// Whether EventBridge include detailed event information in the records it generates. Detailed
    /// data can be useful for troubleshooting and debugging. This information includes details of
    /// the event itself, as well as target details.
    pub include_detail: Option<IncludeDetail>,
    /// The level of logging detail to include. This applies to all log destinations for the event
    /// bus.
    pub level: Option<Level>,
}

/// This structure specifies the network configuration for an ECS task.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NetworkConfiguration {
    /// Use this structure to specify the VPC subnets and security groups for the task, and whether
    /// a public IP address is to be used. This structure is relevant only for ECS tasks that use
    /// the `awsvpc` network mode.
    #[shape(name = "awsvpcConfiguration")]
    pub awsvpc_configuration: Option<AwsVpcConfiguration>,
}

/// A partner event source is created by an SaaS partner. If a customer creates a partner event bus
/// that matches this event source, that Amazon Web Services account can receive events from the
/// partner's applications or services.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PartnerEventSource {
    /// The ARN of the partner event source.
    pub arn: Option<String>,
    /// The name of the partner event source.
    pub name: Option<String>,
}

/// The Amazon Web Services account that a partner event source has been offered to.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PartnerEventSourceAccount {
    /// The Amazon Web Services account ID that the partner event source was offered to.
    pub account: Option<String>,
    /// The date and time the event source was created.
    pub creation_time: Option<DateTime>,
    /// The date and time that the event source will expire, if the Amazon Web Services account
    /// doesn't create a matching event bus for it.
    pub expiration_time: Option<DateTime>,
    /// The state of the event source. If it is ACTIVE, you have already created a matching event
    /// bus for this event source, and that event bus is active. If it is PENDING, either you
    /// haven't yet created a matching event bus, or that event bus is deactivated. If it is
    /// DELETED, you have created a matching event bus, but the event source has since been deleted.
    pub state: Option<EventSourceState>,
}

/// An object representing a constraint on task placement. To learn more, see [Task Placement
/// Constraints](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html)
/// in the Amazon Elastic Container Service Developer Guide.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PlacementConstraint {
    /// The type of constraint. Use distinctInstance to ensure that each task in a particular group
    /// is running on a different container instance. Use memberOf to restrict the selection to a
    /// group of valid candidates.
    #[shape(name = "type")]
    pub r#type: Option<PlacementConstraintType>,
    /// A cluster query language expression to apply to the constraint. You cannot specify an
    /// expression if the constraint type is `distinctInstance`. To learn more, see [Cluster Query
    /// Language](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html)
    /// in the Amazon Elastic Container Service Developer Guide.
    #[shape(name = "expression")]
    pub expression: Option<String>,
}

/// The model's `PlacementConstraintType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PlacementConstraintType {
    /// `distinctInstance`
    #[default]
    #[shape(name = "distinctInstance")]
    DistinctInstance,
    /// `memberOf`
    #[shape(name = "memberOf")]
    MemberOf,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The task placement strategy for a task or service. To learn more, see [Task Placement
/// Strategies](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html)
/// in the Amazon Elastic Container Service Service Developer Guide.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PlacementStrategy {
    /// The type of placement strategy. The random placement strategy randomly places tasks on
    /// available candidates. The spread placement strategy spreads placement across available
    /// candidates evenly based on the field parameter. The binpack strategy places tasks on
    /// available candidates that have the least available amount of the resource that is specified
    /// with the field parameter. For example, if you binpack on memory, a task is placed on the
    /// instance with the least amount of remaining memory (but still enough to run the task).
    #[shape(name = "type")]
    pub r#type: Option<PlacementStrategyType>,
    /// The field to apply the placement strategy against. For the spread placement strategy, valid
    /// values are instanceId (or host, which has the same effect), or any platform or custom
    /// attribute that is applied to a container instance, such as attribute:ecs.availability-zone.
    /// For the binpack placement strategy, valid values are cpu and memory. For the random
    /// placement strategy, this field is not used.
    #[shape(name = "field")]
    pub field: Option<String>,
}

/// The model's `PlacementStrategyType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PlacementStrategyType {
    /// `random`
    #[default]
    #[shape(name = "random")]
    Random,
    /// `spread`
    #[shape(name = "spread")]
    Spread,
    /// `binpack`
    #[shape(name = "binpack")]
    Binpack,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The primary Region of the endpoint.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Primary {
    /// The ARN of the health check used by the endpoint to determine whether failover is triggered.
    pub health_check: String,
}

/// The model's `PropagateTags`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PropagateTags {
    /// `TASK_DEFINITION`
    #[default]
    #[shape(name = "TASK_DEFINITION")]
    TaskDefinition,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `PutEvents`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutEventsRequest {
    /// The entry that defines an event in your system. You can specify several parameters for the
    /// entry such as the source and type of the event, resources associated with the event, and so
    /// on.
    pub entries: Vec<PutEventsRequestEntry>,
    /// The URL subdomain of the endpoint. For example, if the URL for Endpoint is
    /// <https://abcde.veo.endpoints.event.amazonaws.com>, then the EndpointId is `abcde.veo`.
    pub endpoint_id: Option<String>,
}

/// Represents an event to be submitted.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutEventsRequestEntry {
    /// The time stamp of the event, per [RFC3339](https://www.rfc-editor.org/rfc/rfc3339.txt). If
    /// no time stamp is provided, the time stamp of the
    /// [PutEvents](https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEvents.html)
    /// call is used.
    pub time: Option<DateTime>,
    /// The source of the event.
    pub source: Option<String>,
    /// Amazon Web Services resources, identified by Amazon Resource Name (ARN), which the event
    /// primarily concerns. Any number, including zero, may be present.
    pub resources: Option<Vec<String>>,
    /// Free-form string, with a maximum of 128 characters, used to decide what fields to expect in
    /// the event detail.
    pub detail_type: Option<String>,
    /// A valid JSON object. There is no other schema imposed. The JSON object may contain fields
    /// and nested sub-objects.
    pub detail: Option<String>,
    /// The name or ARN of the event bus to receive the event. Only the rules that are associated
    /// with this event bus are used to match the event. If you omit this, the default event bus is
    /// used.
    pub event_bus_name: Option<String>,
    /// An X-Ray trace header, which is an http header (X-Amzn-Trace-Id) that contains the trace-id
    /// associated with the event.
    pub trace_header: Option<String>,
}

/// The output of `PutEvents`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutEventsResponse {
    /// The number of failed entries.
    pub failed_entry_count: Option<i32>,
    /// The successfully and unsuccessfully ingested events results. If the ingestion was
    /// successful, the entry has the event ID in it. Otherwise, you can use the error code and
    /// error message to identify the problem with the entry.
    pub entries: Option<Vec<PutEventsResultEntry>>,
}

/// Represents the results of an event submitted to an event bus.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutEventsResultEntry {
    /// The ID of the event.
    pub event_id: Option<String>,
    /// The error code that indicates why the event submission failed.
    pub error_code: Option<String>,
    /// The error message that explains why the event submission failed.
    pub error_message: Option<String>,
}

/// The input of `PutPartnerEvents`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutPartnerEventsRequest {
    /// The list of events to write to the event bus.
    pub entries: Vec<PutPartnerEventsRequestEntry>,
}

/// The details about an event generated by an SaaS partner.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutPartnerEventsRequestEntry {
    /// The date and time of the event.
    pub time: Option<DateTime>,
    /// The event source that is generating the entry.
    pub source: Option<String>,
    /// Amazon Web Services resources, identified by Amazon Resource Name (ARN), which the event
    /// primarily concerns. Any number, including zero, may be present.
    pub resources: Option<Vec<String>>,
    /// A free-form string, with a maximum of 128 characters, used to decide what fields to expect
    /// in the event detail.
    pub detail_type: Option<String>,
    /// A valid JSON string. There is no other schema imposed. The JSON string may contain fields
    /// and nested sub-objects.
    pub detail: Option<String>,
}

/// The output of `PutPartnerEvents`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutPartnerEventsResponse {
    /// The number of events from this operation that could not be written to the partner event bus.
    pub failed_entry_count: Option<i32>,
    /// The results for each event entry the partner submitted in this request. If the event was
    /// successfully submitted, the entry has the event ID in it. Otherwise, you can use the error
    /// code and error message to identify the problem with the entry.
    pub entries: Option<Vec<PutPartnerEventsResultEntry>>,
}

/// The result of an event entry the partner submitted in this request. If the event was
/// successfully submitted, the entry has the event ID in it. Otherwise, you can use the error code
/// and error message to identify the problem with the entry.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutPartnerEventsResultEntry {
    /// The ID of the event.
    pub event_id: Option<String>,
    /// The error code that indicates why the event submission failed.
    pub error_code: Option<String>,
    /// The error message that explains why the event submission failed.
    pub error_message: Option<String>,
}

/// The input of `PutPermission`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutPermissionRequest {
    /// The name of the event bus associated with the rule. If you omit this, the default event bus
    /// is used.
    pub event_bus_name: Option<String>,
    /// The action that you are enabling the other account to perform.
    pub action: Option<String>,
    /// The 12-digit Amazon Web Services account ID that you are permitting to put events to your
    /// default event bus. Specify "\*" to permit any account to put events to your default event
    /// bus.
    pub principal: Option<String>,
    /// An identifier string for the external account that you are granting permissions to. If you
    /// later want to revoke the permission for this external account, specify this `StatementId`
    /// when you run
    /// [RemovePermission](https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_RemovePermission.html).
    pub statement_id: Option<String>,
    /// This parameter enables you to limit the permission to accounts that fulfill a certain
    /// condition, such as being a member of a certain Amazon Web Services organization. For more
    /// information about Amazon Web Services Organizations, see [What Is Amazon Web Services
    /// Organizations](https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html)
    /// in the *Amazon Web Services Organizations User Guide*.
    pub condition: Option<Condition>,
    /// A JSON string that describes the permission policy statement. You can include a `Policy`
    /// parameter in the request instead of using the `StatementId`, `Action`, `Principal`, or
    /// `Condition` parameters.
    pub policy: Option<String>,
}

/// The input of `PutRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRuleRequest {
    /// The name of the rule that you are creating or updating.
    pub name: String,
    /// The scheduling expression. For example, "cron(0 20 \* \* ? \*)" or "rate(5 minutes)".
    pub schedule_expression: Option<String>,
    /// The event pattern. For more information, see [Amazon EventBridge event
    /// patterns](https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html)
    /// in the * *Amazon EventBridge User Guide* *.
    pub event_pattern: Option<String>,
    /// The state of the rule.
    pub state: Option<RuleState>,
    /// A description of the rule.
    pub description: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM role associated with the rule.
    pub role_arn: Option<String>,
    /// The list of key-value pairs to associate with the rule.
    pub tags: Option<Vec<Tag>>,
    /// The name or ARN of the event bus to associate with this rule. If you omit this, the default
    /// event bus is used.
    pub event_bus_name: Option<String>,
}

/// The output of `PutRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRuleResponse {
    /// The Amazon Resource Name (ARN) of the rule.
    pub rule_arn: Option<String>,
}

/// The input of `PutTargets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutTargetsRequest {
    /// The name of the rule.
    pub rule: String,
    /// The name or ARN of the event bus associated with the rule. If you omit this, the default
    /// event bus is used.
    pub event_bus_name: Option<String>,
    /// The targets to update or add to the rule.
    pub targets: Vec<Target>,
}

/// The output of `PutTargets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutTargetsResponse {
    /// The number of failed entries.
    pub failed_entry_count: Option<i32>,
    /// The failed target entries.
    pub failed_entries: Option<Vec<PutTargetsResultEntry>>,
}

/// Represents a target that failed to be added to a rule.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutTargetsResultEntry {
    /// The ID of the target.
    pub target_id: Option<String>,
    /// The error code that indicates why the target addition failed. If the value is
    /// `ConcurrentModificationException`, too many requests were made at the same time.
    pub error_code: Option<String>,
    /// The error message that explains why the target addition failed.
    pub error_message: Option<String>,
}

/// These are custom parameters to be used when the target is a Amazon Redshift cluster to invoke
/// the Amazon Redshift Data API ExecuteStatement based on EventBridge events.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct RedshiftDataParameters {
    /// The name or ARN of the secret that enables access to the database. Required when
    /// authenticating using Amazon Web Services Secrets Manager.
    pub secret_manager_arn: Option<String>,
    /// The name of the database. Required when authenticating using temporary credentials.
    pub database: String,
    /// The database user name. Required when authenticating using temporary credentials.
    pub db_user: Option<String>,
    /// The SQL statement text to run.
    pub sql: Option<String>,
    /// The name of the SQL statement. You can name the SQL statement when you create it to identify
    /// the query.
    pub statement_name: Option<String>,
    /// Indicates whether to send an event back to EventBridge after the SQL statement runs.
    pub with_event: Option<bool>,
    /// One or more SQL statements to run. The SQL statements are run as a single transaction. They
    /// run serially in the order of the array. Subsequent SQL statements don't start until the
    /// previous statement in the array completes. If any SQL statement fails, then because they are
    /// run as one transaction, all work is rolled back.
    pub sqls: Option<Vec<String>>,
}

impl ::std::fmt::Debug for RedshiftDataParameters {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RedshiftDataParameters")
            .field("secret_manager_arn", &self.secret_manager_arn)
            .field("database", &self.database)
            .field("db_user", &self.db_user)
            .field("sql", &self.sql.as_ref().map(|_| "** redacted **"))
            .field("statement_name", &self.statement_name)
            .field("with_event", &self.with_event)
            .field("sqls", &self.sqls.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// The input of `RemovePermission`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemovePermissionRequest {
    /// The statement ID corresponding to the account that is no longer allowed to put events to the
    /// default event bus.
    pub statement_id: Option<String>,
    /// Specifies whether to remove all permissions.
    pub remove_all_permissions: Option<bool>,
    /// The name of the event bus to revoke permissions for. If you omit this, the default event bus
    /// is used.
    pub event_bus_name: Option<String>,
}

/// The input of `RemoveTargets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemoveTargetsRequest {
    /// The name of the rule.
    pub rule: String,
    /// The name or ARN of the event bus associated with the rule. If you omit this, the default
    /// event bus is used.
    pub event_bus_name: Option<String>,
    /// The IDs of the targets to remove from the rule.
    pub ids: Vec<String>,
    /// If this is a managed rule, created by an Amazon Web Services service on your behalf, you
    /// must specify `Force` as `True` to remove targets. This parameter is ignored for rules that
    /// are not managed rules. You can check whether a rule is a managed rule by using
    /// `DescribeRule` or `ListRules` and checking the `ManagedBy` field of the response.
    pub force: Option<bool>,
}

/// The output of `RemoveTargets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemoveTargetsResponse {
    /// The number of failed entries.
    pub failed_entry_count: Option<i32>,
    /// The failed target entries.
    pub failed_entries: Option<Vec<RemoveTargetsResultEntry>>,
}

/// Represents a target that failed to be removed from a rule.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemoveTargetsResultEntry {
    /// The ID of the target.
    pub target_id: Option<String>,
    /// The error code that indicates why the target removal failed. If the value is
    /// `ConcurrentModificationException`, too many requests were made at the same time.
    pub error_code: Option<String>,
    /// The error message that explains why the target removal failed.
    pub error_message: Option<String>,
}

/// A `Replay` object that contains details about a replay.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Replay {
    /// The name of the replay.
    pub replay_name: Option<String>,
    /// The ARN of the archive to replay event from.
    pub event_source_arn: Option<String>,
    /// The current state of the replay.
    pub state: Option<ReplayState>,
    /// A description of why the replay is in the current state.
    pub state_reason: Option<String>,
    /// A time stamp for the time to start replaying events. This is determined by the time in the
    /// event as described in
    /// [Time](https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutEventsRequestEntry.html#eventbridge-Type-PutEventsRequestEntry-Time).
    pub event_start_time: Option<DateTime>,
    /// A time stamp for the time to start replaying events. Any event with a creation time prior to
    /// the `EventEndTime` specified is replayed.
    pub event_end_time: Option<DateTime>,
    /// A time stamp for the time that the last event was replayed.
    pub event_last_replayed_time: Option<DateTime>,
    /// A time stamp for the time that the replay started.
    pub replay_start_time: Option<DateTime>,
    /// A time stamp for the time that the replay completed.
    pub replay_end_time: Option<DateTime>,
}

/// A `ReplayDestination` object that contains details about a replay.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplayDestination {
    /// The ARN of the event bus to replay event to. You can replay events only to the event bus
    /// specified to create the archive.
    pub arn: String,
    /// A list of ARNs for rules to replay events to.
    pub filter_arns: Option<Vec<String>>,
}

/// The model's `ReplayState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReplayState {
    /// `STARTING`
    #[default]
    #[shape(name = "STARTING")]
    Starting,
    /// `RUNNING`
    #[shape(name = "RUNNING")]
    Running,
    /// `CANCELLING`
    #[shape(name = "CANCELLING")]
    Cancelling,
    /// `COMPLETED`
    #[shape(name = "COMPLETED")]
    Completed,
    /// `CANCELLED`
    #[shape(name = "CANCELLED")]
    Cancelled,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Endpoints can replicate all events to the secondary Region.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicationConfig {
    /// The state of event replication.
    pub state: Option<ReplicationState>,
}

/// The model's `ReplicationState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReplicationState {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A `RetryPolicy` object that includes information about the retry policy settings.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RetryPolicy {
    /// The maximum number of retry attempts to make before the request fails. Retry attempts
    /// continue until either the maximum number of attempts is made or until the duration of the
    /// `MaximumEventAgeInSeconds` is met.
    pub maximum_retry_attempts: Option<i32>,
    /// The maximum amount of time, in seconds, to continue to make retry attempts.
    pub maximum_event_age_in_seconds: Option<i32>,
}

/// The routing configuration of the endpoint.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RoutingConfig {
    /// The failover configuration for an endpoint. This includes what triggers failover and what
    /// happens when it's triggered.
    pub failover_config: FailoverConfig,
}

/// Contains information about a rule in Amazon EventBridge.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Rule {
    /// The name of the rule.
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) of the rule.
    pub arn: Option<String>,
    /// The event pattern of the rule. For more information, see [Events and Event
    /// Patterns](https://docs.aws.amazon.com/eventbridge/latest/userguide/eventbridge-and-event-patterns.html)
    /// in the * *Amazon EventBridge User Guide* *.
    pub event_pattern: Option<String>,
    /// The state of the rule.
    pub state: Option<RuleState>,
    /// The description of the rule.
    pub description: Option<String>,
    /// The scheduling expression. For example, "cron(0 20 \* \* ? \*)", "rate(5 minutes)". For more
    /// information, see [Creating an Amazon EventBridge rule that runs on a
    /// schedule](https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-create-rule-schedule.html).
    pub schedule_expression: Option<String>,
    /// The Amazon Resource Name (ARN) of the role that is used for target invocation.
    pub role_arn: Option<String>,
    /// If the rule was created on behalf of your account by an Amazon Web Services service, this
    /// field displays the principal name of the service that created the rule.
    pub managed_by: Option<String>,
    /// The name or ARN of the event bus associated with the rule. If you omit this, the default
    /// event bus is used.
    pub event_bus_name: Option<String>,
}

/// The model's `RuleState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RuleState {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// `ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS`
    #[shape(name = "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS")]
    EnabledWithAllCloudtrailManagementEvents,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This parameter contains the criteria (either InstanceIds or a tag) used to specify which EC2
/// instances are to be sent the command.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RunCommandParameters {
    /// Currently, we support including only one RunCommandTarget block, which specifies either an
    /// array of InstanceIds or a tag.
    pub run_command_targets: Vec<RunCommandTarget>,
}

/// Information about the EC2 instances that are to be sent the command, specified as key-value
/// pairs. Each `RunCommandTarget` block can include only one key, but this key may specify multiple
/// values.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RunCommandTarget {
    /// Can be either `tag:` *tag-key* or `InstanceIds`.
    pub key: String,
    /// If `Key` is `tag:` *tag-key*, `Values` is a list of tag values. If `Key` is `InstanceIds`,
    /// `Values` is a list of Amazon EC2 instance IDs.
    pub values: Vec<String>,
}

/// Name/Value pair of a parameter to start execution of a SageMaker AI Model Building Pipeline.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SageMakerPipelineParameter {
    /// Name of parameter to start execution of a SageMaker AI Model Building Pipeline.
    pub name: String,
    /// Value of parameter to start execution of a SageMaker AI Model Building Pipeline.
    pub value: String,
}

/// These are custom parameters to use when the target is a SageMaker AI Model Building Pipeline
/// that starts based on EventBridge events.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SageMakerPipelineParameters {
    /// List of Parameter names and values for SageMaker AI Model Building Pipeline execution.
    pub pipeline_parameter_list: Option<Vec<SageMakerPipelineParameter>>,
}

/// The secondary Region that processes events when failover is triggered or replication is enabled.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Secondary {
    /// Defines the secondary Region.
    pub route: String,
}

/// This structure includes the custom parameter to be used when the target is an SQS FIFO queue.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SqsParameters {
    /// The FIFO message group ID to use as the target.
    pub message_group_id: Option<String>,
}

/// The input of `StartReplay`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartReplayRequest {
    /// The name of the replay to start.
    pub replay_name: String,
    /// A description for the replay to start.
    pub description: Option<String>,
    /// The ARN of the archive to replay events from.
    pub event_source_arn: String,
    /// A time stamp for the time to start replaying events. Only events that occurred between the
    /// `EventStartTime` and `EventEndTime` are replayed.
    pub event_start_time: DateTime,
    /// A time stamp for the time to stop replaying events. Only events that occurred between the
    /// `EventStartTime` and `EventEndTime` are replayed.
    pub event_end_time: DateTime,
    /// A `ReplayDestination` object that includes details about the destination for the replay.
    pub destination: ReplayDestination,
}

/// The output of `StartReplay`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartReplayResponse {
    /// The ARN of the replay.
    pub replay_arn: Option<String>,
    /// The state of the replay.
    pub state: Option<ReplayState>,
    /// The reason that the replay is in the state.
    pub state_reason: Option<String>,
    /// The time at which the replay started.
    pub replay_start_time: Option<DateTime>,
}

/// A key-value pair associated with an Amazon Web Services resource. In EventBridge, rules and
/// event buses support tagging.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// A string you can use to assign a value. The combination of tag keys and values can help you
    /// organize and categorize your resources.
    pub key: String,
    /// The value for the specified tag key.
    pub value: String,
}

/// The input of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceRequest {
    /// The ARN of the EventBridge resource that you're adding tags to.
    #[shape(name = "ResourceARN")]
    pub resource_arn: String,
    /// The list of key-value pairs to associate with the resource.
    pub tags: Vec<Tag>,
}

/// The output of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceResponse {}

/// Targets are the resources to be invoked when a rule is triggered. For a complete list of
/// services and resources that can be set as a target, see
/// [PutTargets](https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutTargets.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Target {
    /// The ID of the target within the specified rule. Use this ID to reference the target when
    /// updating the rule. We recommend using a memorable and unique string.
    pub id: String,
    /// The Amazon Resource Name (ARN) of the target.
    pub arn: String,
    /// The Amazon Resource Name (ARN) of the IAM role to be used for this target when the rule is
    /// triggered. If one rule triggers multiple targets, you can use a different IAM role for each
    /// target.
    pub role_arn: Option<String>,
    /// Valid JSON text passed to the target. In this case, nothing from the event itself is passed
    /// to the target. For more information, see [The JavaScript Object Notation (JSON) Data
    /// Interchange Format](http://www.rfc-editor.org/rfc/rfc7159.txt).
    pub input: Option<String>,
    /// The value of the JSONPath that is used for extracting part of the matched event when passing
    /// it to the target. You may use JSON dot notation or bracket notation. For more information
    /// about JSON paths, see [JSONPath](http://goessner.net/articles/JsonPath/).
    pub input_path: Option<String>,
    /// Settings to enable you to provide custom input to a target based on certain event data. You
    /// can extract one or more key-value pairs from the event and then use that data to send
    /// customized input to the target.
    pub input_transformer: Option<InputTransformer>,
    /// The custom parameter you can use to control the shard assignment, when the target is a
    /// Kinesis data stream. If you do not include this parameter, the default is to use the
    /// `eventId` as the partition key.
    pub kinesis_parameters: Option<KinesisParameters>,
    /// Parameters used when you are using the rule to invoke Amazon EC2 Run Command.
    pub run_command_parameters: Option<RunCommandParameters>,
    /// Contains the Amazon ECS task definition and task count to be used, if the event target is an
    /// Amazon ECS task. For more information about Amazon ECS tasks, see [Task Definitions
    /// ](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_defintions.html) in the
    /// *Amazon EC2 Container Service Developer Guide*.
    pub ecs_parameters: Option<EcsParameters>,
    /// If the event target is an Batch job, this contains the job definition, job name, and other
    /// parameters. For more information, see
    /// [Jobs](https://docs.aws.amazon.com/batch/latest/userguide/jobs.html) in the *Batch User
    /// Guide*.
    pub batch_parameters: Option<BatchParameters>,
    /// Contains the message group ID to use when the target is a FIFO queue.
    pub sqs_parameters: Option<SqsParameters>,
    /// Contains the HTTP parameters to use when the target is a API Gateway endpoint or EventBridge
    /// ApiDestination.
    pub http_parameters: Option<HttpParameters>,
    /// Contains the Amazon Redshift Data API parameters to use when the target is a Amazon Redshift
    /// cluster.
    pub redshift_data_parameters: Option<RedshiftDataParameters>,
    /// Contains the SageMaker AI Model Building Pipeline parameters to start execution of a
    /// SageMaker AI Model Building Pipeline.
    pub sage_maker_pipeline_parameters: Option<SageMakerPipelineParameters>,
    /// The `DeadLetterConfig` that defines the target queue to send dead-letter queue events to.
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// The retry policy configuration to use for the dead-letter queue.
    pub retry_policy: Option<RetryPolicy>,
    /// Contains the GraphQL operation to be parsed and executed, if the event target is an AppSync
    /// API.
    pub app_sync_parameters: Option<AppSyncParameters>,
}

/// The input of `TestEventPattern`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TestEventPatternRequest {
    /// The event pattern. For more information, see [Events and Event
    /// Patterns](https://docs.aws.amazon.com/eventbridge/latest/userguide/eventbridge-and-event-patterns.html)
    /// in the * *Amazon EventBridge User Guide* *.
    pub event_pattern: String,
    /// The event, in JSON format, to test against the event pattern. The JSON must follow the
    /// format specified in [Amazon Web Services
    /// Events](https://docs.aws.amazon.com/eventbridge/latest/userguide/aws-events.html), and the
    /// following fields are mandatory:
    pub event: String,
}

/// The output of `TestEventPattern`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TestEventPatternResponse {
    /// Indicates whether the event matches the event pattern.
    pub result: Option<bool>,
}

/// The input of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceRequest {
    /// The ARN of the EventBridge resource from which you are removing tags.
    #[shape(name = "ResourceARN")]
    pub resource_arn: String,
    /// The list of tag keys to remove from the resource.
    pub tag_keys: Vec<String>,
}

/// The output of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceResponse {}

/// The input of `UpdateApiDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateApiDestinationRequest {
    /// The name of the API destination to update.
    pub name: String,
    /// The name of the API destination to update.
    pub description: Option<String>,
    /// The ARN of the connection to use for the API destination.
    pub connection_arn: Option<String>,
    /// The URL to the endpoint to use for the API destination.
    pub invocation_endpoint: Option<String>,
    /// The method to use for the API destination.
    pub http_method: Option<ApiDestinationHttpMethod>,
    /// The maximum number of invocations per second to send to the API destination.
    pub invocation_rate_limit_per_second: Option<i32>,
}

/// The output of `UpdateApiDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateApiDestinationResponse {
    /// The ARN of the API destination that was updated.
    pub api_destination_arn: Option<String>,
    /// The state of the API destination that was updated.
    pub api_destination_state: Option<ApiDestinationState>,
    /// A time stamp for the time that the API destination was created.
    pub creation_time: Option<DateTime>,
    /// A time stamp for the time that the API destination was last modified.
    pub last_modified_time: Option<DateTime>,
}

/// The input of `UpdateArchive`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateArchiveRequest {
    /// The name of the archive to update.
    pub archive_name: String,
    /// The description for the archive.
    pub description: Option<String>,
    /// The event pattern to use to filter events sent to the archive.
    pub event_pattern: Option<String>,
    /// The number of days to retain events in the archive.
    pub retention_days: Option<i32>,
    /// The identifier of the KMS customer managed key for EventBridge to use, if you choose to use
    /// a customer managed key to encrypt this archive. The identifier can be the key Amazon
    /// Resource Name (ARN), KeyId, key alias, or key alias ARN.
    pub kms_key_identifier: Option<String>,
}

/// The output of `UpdateArchive`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateArchiveResponse {
    /// The ARN of the archive.
    pub archive_arn: Option<String>,
    /// The state of the archive.
    pub state: Option<ArchiveState>,
    /// The reason that the archive is in the current state.
    pub state_reason: Option<String>,
    /// The time at which the archive was updated.
    pub creation_time: Option<DateTime>,
}

/// Contains the API key authorization parameters to use to update the connection.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UpdateConnectionApiKeyAuthRequestParameters {
    /// The name of the API key to use for authorization.
    pub api_key_name: Option<String>,
    /// The value associated with the API key to use for authorization.
    pub api_key_value: Option<String>,
}

impl ::std::fmt::Debug for UpdateConnectionApiKeyAuthRequestParameters {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateConnectionApiKeyAuthRequestParameters")
            .field("api_key_name", &self.api_key_name)
            .field(
                "api_key_value",
                &self.api_key_value.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// Contains the additional parameters to use for the connection.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateConnectionAuthRequestParameters {
    /// The authorization parameters for Basic authorization.
    pub basic_auth_parameters: Option<UpdateConnectionBasicAuthRequestParameters>,
    /// The authorization parameters for OAuth authorization.
    pub o_auth_parameters: Option<UpdateConnectionOAuthRequestParameters>,
    /// The authorization parameters for API key authorization.
    pub api_key_auth_parameters: Option<UpdateConnectionApiKeyAuthRequestParameters>,
    /// The additional parameters to use for the connection.
    pub invocation_http_parameters: Option<ConnectionHttpParameters>,
    /// If you specify a private OAuth endpoint, the parameters for EventBridge to use when
    /// authenticating against the endpoint.
    pub connectivity_parameters: Option<ConnectivityResourceParameters>,
}

/// The Basic authorization parameters for the connection.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UpdateConnectionBasicAuthRequestParameters {
    /// The user name to use for Basic authorization.
    pub username: Option<String>,
    /// The password associated with the user name to use for Basic authorization.
    pub password: Option<String>,
}

impl ::std::fmt::Debug for UpdateConnectionBasicAuthRequestParameters {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateConnectionBasicAuthRequestParameters")
            .field("username", &self.username)
            .field(
                "password",
                &self.password.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// The OAuth authorization parameters to use for the connection.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UpdateConnectionOAuthClientRequestParameters {
    /// The client ID to use for OAuth authorization.
    #[shape(name = "ClientID")]
    pub client_id: Option<String>,
    /// The client secret assciated with the client ID to use for OAuth authorization.
    pub client_secret: Option<String>,
}

impl ::std::fmt::Debug for UpdateConnectionOAuthClientRequestParameters {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateConnectionOAuthClientRequestParameters")
            .field("client_id", &self.client_id)
            .field(
                "client_secret",
                &self.client_secret.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// The OAuth request parameters to use for the connection.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateConnectionOAuthRequestParameters {
    /// The client parameters to use for the connection when OAuth is specified as the authorization
    /// type.
    pub client_parameters: Option<UpdateConnectionOAuthClientRequestParameters>,
    /// The URL to the authorization endpoint when OAuth is specified as the authorization type.
    pub authorization_endpoint: Option<String>,
    /// The method used to connect to the HTTP endpoint.
    pub http_method: Option<ConnectionOAuthHttpMethod>,
    /// The additional HTTP parameters used for the OAuth authorization request.
    pub o_auth_http_parameters: Option<ConnectionHttpParameters>,
}

/// The input of `UpdateConnection`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateConnectionRequest {
    /// The name of the connection to update.
    pub name: String,
    /// A description for the connection.
    pub description: Option<String>,
    /// The type of authorization to use for the connection.
    pub authorization_type: Option<ConnectionAuthorizationType>,
    /// The authorization parameters to use for the connection.
    pub auth_parameters: Option<UpdateConnectionAuthRequestParameters>,
    /// For connections to private APIs, the parameters to use for invoking the API.
    pub invocation_connectivity_parameters: Option<ConnectivityResourceParameters>,
    /// The identifier of the KMS customer managed key for EventBridge to use, if you choose to use
    /// a customer managed key to encrypt this connection. The identifier can be the key Amazon
    /// Resource Name (ARN), KeyId, key alias, or key alias ARN.
    pub kms_key_identifier: Option<String>,
}

/// The output of `UpdateConnection`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateConnectionResponse {
    /// The ARN of the connection that was updated.
    pub connection_arn: Option<String>,
    /// The state of the connection that was updated.
    pub connection_state: Option<ConnectionState>,
    /// A time stamp for the time that the connection was created.
    pub creation_time: Option<DateTime>,
    /// A time stamp for the time that the connection was last modified.
    pub last_modified_time: Option<DateTime>,
    /// A time stamp for the time that the connection was last authorized.
    pub last_authorized_time: Option<DateTime>,
}

/// The input of `UpdateEndpoint`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateEndpointRequest {
    /// The name of the endpoint you want to update.
    pub name: String,
    /// A description for the endpoint.
    pub description: Option<String>,
    /// Configure the routing policy, including the health check and secondary Region.
    pub routing_config: Option<RoutingConfig>,
    /// Whether event replication was enabled or disabled by this request.
    pub replication_config: Option<ReplicationConfig>,
    /// Define event buses used for replication.
    pub event_buses: Option<Vec<EndpointEventBus>>,
    /// The ARN of the role used by event replication for this request.
    pub role_arn: Option<String>,
}

/// The output of `UpdateEndpoint`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateEndpointResponse {
    /// The name of the endpoint you updated in this request.
    pub name: Option<String>,
    /// The ARN of the endpoint you updated in this request.
    pub arn: Option<String>,
    /// The routing configuration you updated in this request.
    pub routing_config: Option<RoutingConfig>,
    /// Whether event replication was enabled or disabled for the endpoint you updated in this
    /// request.
    pub replication_config: Option<ReplicationConfig>,
    /// The event buses used for replication for the endpoint you updated in this request.
    pub event_buses: Option<Vec<EndpointEventBus>>,
    /// The ARN of the role used by event replication for the endpoint you updated in this request.
    pub role_arn: Option<String>,
    /// The ID of the endpoint you updated in this request.
    pub endpoint_id: Option<String>,
    /// The URL of the endpoint you updated in this request.
    pub endpoint_url: Option<String>,
    /// The state of the endpoint you updated in this request.
    pub state: Option<EndpointState>,
}

/// The input of `UpdateEventBus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateEventBusRequest {
    /// The name of the event bus.
    pub name: Option<String>,
    /// The identifier of the KMS customer managed key for EventBridge to use, if you choose to use
    /// a customer managed key to encrypt events on this event bus. The identifier can be the key
    /// Amazon Resource Name (ARN), KeyId, key alias, or key alias ARN.
    pub kms_key_identifier: Option<String>,
    /// The event bus description.
    pub description: Option<String>,
    /// Configuration details of the Amazon SQS queue for EventBridge to use as a dead-letter queue
    /// (DLQ).
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// The logging configuration settings for the event bus.
    pub log_config: Option<LogConfig>,
}

/// The output of `UpdateEventBus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateEventBusResponse {
    /// The event bus Amazon Resource Name (ARN).
    pub arn: Option<String>,
    /// The event bus name.
    pub name: Option<String>,
    /// The identifier of the KMS customer managed key for EventBridge to use to encrypt events on
    /// this event bus, if one has been specified.
    pub kms_key_identifier: Option<String>,
    /// The event bus description.
    pub description: Option<String>,
    /// Configuration details of the Amazon SQS queue for EventBridge to use as a dead-letter queue
    /// (DLQ).
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// The logging configuration settings for the event bus.
    pub log_config: Option<LogConfig>,
}
