//! AWS Step Functions (`stepfunctions`, API version 2016-11-23): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- stepfunctions --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, DateTime, Op, Shape};
use std::collections::HashMap;

/// With Step Functions, you can create workflows, also called *state machines*, to build
/// distributed applications, automate processes, orchestrate microservices, and create data and
/// machine learning pipelines.
#[client(
    service = "states",
    protocol = "awsJson1_0",
    target_prefix = "AWSStepFunctions",
    api_version = "2016-11-23",
    service_id = "SFN",
    endpoint_rules = include_str!("stepfunctions/endpoint-rule-set.json"),
)]
pub struct Client {
    /// Creates an activity. An activity is a task that you write in any programming language and
    /// host on any machine that has access to Step Functions. Activities must poll Step Functions
    /// using the `GetActivityTask` API action and respond using `SendTask*` API actions. This
    /// function lets Step Functions know the existence of your activity and returns an identifier
    /// for use in a state machine and when polling from the activity.
    create_activity: Op<CreateActivityInput, CreateActivityOutput>,
    /// Creates a state machine. A state machine consists of a collection of states that can do work
    /// (`Task` states), determine to which states to transition next (`Choice` states), stop an
    /// execution with an error (`Fail` states), and so on. State machines are specified using a
    /// JSON-based, structured language. For more information, see [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html)
    /// in the Step Functions User Guide.
    create_state_machine: Op<CreateStateMachineInput, CreateStateMachineOutput>,
    /// Creates an
    /// [alias](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html)
    /// for a state machine that points to one or two
    /// [versions](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html)
    /// of the same state machine. You can set your application to call `StartExecution` with an
    /// alias and update the version the alias uses without changing the client's code.
    create_state_machine_alias: Op<CreateStateMachineAliasInput, CreateStateMachineAliasOutput>,
    /// Deletes an activity.
    delete_activity: Op<DeleteActivityInput, DeleteActivityOutput>,
    /// Deletes a state machine. This is an asynchronous operation. It sets the state machine's
    /// status to `DELETING` and begins the deletion process. A state machine is deleted only when
    /// all its executions are completed. On the next state transition, the state machine's
    /// executions are terminated.
    delete_state_machine: Op<DeleteStateMachineInput, DeleteStateMachineOutput>,
    /// Deletes a state machine
    /// [alias](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html).
    delete_state_machine_alias: Op<DeleteStateMachineAliasInput, DeleteStateMachineAliasOutput>,
    /// Deletes a state machine
    /// [version](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html).
    /// After you delete a version, you can't call `StartExecution` using that version's ARN or use
    /// the version with a state machine
    /// [alias](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html).
    delete_state_machine_version:
        Op<DeleteStateMachineVersionInput, DeleteStateMachineVersionOutput>,
    /// Describes an activity.
    describe_activity: Op<DescribeActivityInput, DescribeActivityOutput>,
    /// Provides information about a state machine execution, such as the state machine associated
    /// with the execution, the execution input and output, and relevant execution metadata. If
    /// you've
    /// [redriven](https://docs.aws.amazon.com/step-functions/latest/dg/redrive-executions.html) an
    /// execution, you can use this API action to return information about the redrives of that
    /// execution. In addition, you can use this API action to return the Map Run Amazon Resource
    /// Name (ARN) if the execution was dispatched by a Map Run.
    describe_execution: Op<DescribeExecutionInput, DescribeExecutionOutput>,
    /// Provides information about a Map Run's configuration, progress, and results. If you've
    /// [redriven](https://docs.aws.amazon.com/step-functions/latest/dg/redrive-map-run.html) a Map
    /// Run, this API action also returns information about the redrives of that Map Run. For more
    /// information, see [Examining Map
    /// Run](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-examine-map-run.html) in
    /// the *Step Functions Developer Guide*.
    describe_map_run: Op<DescribeMapRunInput, DescribeMapRunOutput>,
    /// Provides information about a state machine's definition, its IAM role Amazon Resource Name
    /// (ARN), and configuration.
    describe_state_machine: Op<DescribeStateMachineInput, DescribeStateMachineOutput>,
    /// Returns details about a state machine
    /// [alias](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html).
    describe_state_machine_alias:
        Op<DescribeStateMachineAliasInput, DescribeStateMachineAliasOutput>,
    /// Provides information about a state machine's definition, its execution role ARN, and
    /// configuration. If a Map Run dispatched the execution, this action returns the Map Run Amazon
    /// Resource Name (ARN) in the response. The state machine returned is the state machine
    /// associated with the Map Run.
    describe_state_machine_for_execution:
        Op<DescribeStateMachineForExecutionInput, DescribeStateMachineForExecutionOutput>,
    /// Used by workers to retrieve a task (with the specified activity ARN) which has been
    /// scheduled for execution by a running state machine. This initiates a long poll, where the
    /// service holds the HTTP connection open and responds as soon as a task becomes available
    /// (i.e. an execution of a task of this type is needed.) The maximum time the service holds on
    /// to the request before responding is 60 seconds. If no task is available within 60 seconds,
    /// the poll returns a `taskToken` with a null string.
    get_activity_task: Op<GetActivityTaskInput, GetActivityTaskOutput>,
    /// Returns the history of the specified execution as a list of events. By default, the results
    /// are returned in ascending order of the `timeStamp` of the events. Use the `reverseOrder`
    /// parameter to get the latest events first.
    #[op(paginate(input_token = next_token, output_token = next_token, items = events, limit = max_results))]
    get_execution_history: Op<GetExecutionHistoryInput, GetExecutionHistoryOutput>,
    /// Lists the existing activities.
    #[op(paginate(input_token = next_token, output_token = next_token, items = activities, limit = max_results))]
    list_activities: Op<ListActivitiesInput, ListActivitiesOutput>,
    /// Lists all executions of a state machine or a Map Run. You can list all executions related to
    /// a state machine by specifying a state machine Amazon Resource Name (ARN), or those related
    /// to a Map Run by specifying a Map Run ARN. Using this API action, you can also list all
    /// [redriven](https://docs.aws.amazon.com/step-functions/latest/dg/redrive-executions.html)
    /// executions.
    #[op(paginate(input_token = next_token, output_token = next_token, items = executions, limit = max_results))]
    list_executions: Op<ListExecutionsInput, ListExecutionsOutput>,
    /// Lists all Map Runs that were started by a given state machine execution. Use this API action
    /// to obtain Map Run ARNs, and then call `DescribeMapRun` to obtain more information, if
    /// needed.
    #[op(paginate(input_token = next_token, output_token = next_token, items = map_runs, limit = max_results))]
    list_map_runs: Op<ListMapRunsInput, ListMapRunsOutput>,
    /// Lists
    /// [aliases](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html)
    /// for a specified state machine ARN. Results are sorted by time, with the most recently
    /// created aliases listed first.
    list_state_machine_aliases: Op<ListStateMachineAliasesInput, ListStateMachineAliasesOutput>,
    /// Lists
    /// [versions](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html)
    /// for the specified state machine Amazon Resource Name (ARN).
    list_state_machine_versions: Op<ListStateMachineVersionsInput, ListStateMachineVersionsOutput>,
    /// Lists the existing state machines.
    #[op(paginate(input_token = next_token, output_token = next_token, items = state_machines, limit = max_results))]
    list_state_machines: Op<ListStateMachinesInput, ListStateMachinesOutput>,
    /// List tags for a given resource.
    list_tags_for_resource: Op<ListTagsForResourceInput, ListTagsForResourceOutput>,
    /// Creates a
    /// [version](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-version.html)
    /// from the current revision of a state machine. Use versions to create immutable snapshots of
    /// your state machine. You can start executions from versions either directly or with an alias.
    /// To create an alias, use `CreateStateMachineAlias`.
    publish_state_machine_version:
        Op<PublishStateMachineVersionInput, PublishStateMachineVersionOutput>,
    /// Restarts unsuccessful executions of Standard workflows that didn't complete successfully in
    /// the last 14 days. These include failed, aborted, or timed out executions. When you
    /// [redrive](https://docs.aws.amazon.com/step-functions/latest/dg/redrive-executions.html) an
    /// execution, it continues the failed execution from the unsuccessful step and uses the same
    /// input. Step Functions preserves the results and execution history of the successful steps,
    /// and doesn't rerun these steps when you redrive an execution. Redriven executions use the
    /// same state machine definition and execution ARN as the original execution attempt.
    redrive_execution: Op<RedriveExecutionInput, RedriveExecutionOutput>,
    /// Used by activity workers, Task states using the
    /// [callback](https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token)
    /// pattern, and optionally Task states using the [job
    /// run](https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-sync)
    /// pattern to report that the task identified by the `taskToken` failed.
    send_task_failure: Op<SendTaskFailureInput, SendTaskFailureOutput>,
    /// Used by activity workers and Task states using the
    /// [callback](https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token)
    /// pattern, and optionally Task states using the [job
    /// run](https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-sync)
    /// pattern to report to Step Functions that the task represented by the specified `taskToken`
    /// is still making progress. This action resets the `Heartbeat` clock. The `Heartbeat`
    /// threshold is specified in the state machine's Amazon States Language definition
    /// (`HeartbeatSeconds`). This action does not in itself create an event in the execution
    /// history. However, if the task times out, the execution history contains an
    /// `ActivityTimedOut` entry for activities, or a `TaskTimedOut` entry for tasks using the [job
    /// run](https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-sync)
    /// or
    /// [callback](https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token)
    /// pattern.
    send_task_heartbeat: Op<SendTaskHeartbeatInput, SendTaskHeartbeatOutput>,
    /// Used by activity workers, Task states using the
    /// [callback](https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-wait-token)
    /// pattern, and optionally Task states using the [job
    /// run](https://docs.aws.amazon.com/step-functions/latest/dg/connect-to-resource.html#connect-sync)
    /// pattern to report that the task identified by the `taskToken` completed successfully.
    send_task_success: Op<SendTaskSuccessInput, SendTaskSuccessOutput>,
    /// Starts a state machine execution.
    start_execution: Op<StartExecutionInput, StartExecutionOutput>,
    /// Starts a Synchronous Express state machine execution. `StartSyncExecution` is not available
    /// for `STANDARD` workflows.
    #[op(host_prefix = "sync-")]
    start_sync_execution: Op<StartSyncExecutionInput, StartSyncExecutionOutput>,
    /// Stops an execution.
    stop_execution: Op<StopExecutionInput, StopExecutionOutput>,
    /// Add a tag to a Step Functions resource.
    tag_resource: Op<TagResourceInput, TagResourceOutput>,
    /// Accepts the definition of a single state and executes it. You can test a state without
    /// creating a state machine or updating an existing state machine. Using this API, you can test
    /// the following:
    #[op(host_prefix = "sync-")]
    test_state: Op<TestStateInput, TestStateOutput>,
    /// Remove a tag from a Step Functions resource
    untag_resource: Op<UntagResourceInput, UntagResourceOutput>,
    /// Updates an in-progress Map Run's configuration to include changes to the settings that
    /// control maximum concurrency and Map Run failure.
    update_map_run: Op<UpdateMapRunInput, UpdateMapRunOutput>,
    /// Updates an existing state machine by modifying its `definition`, `roleArn`,
    /// `loggingConfiguration`, or `EncryptionConfiguration`. Running executions will continue to
    /// use the previous `definition` and `roleArn`. You must include at least one of `definition`
    /// or `roleArn` or you will receive a `MissingRequiredParameter` error.
    update_state_machine: Op<UpdateStateMachineInput, UpdateStateMachineOutput>,
    /// Updates the configuration of an existing state machine
    /// [alias](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-state-machine-alias.html)
    /// by modifying its `description` or `routingConfiguration`.
    update_state_machine_alias: Op<UpdateStateMachineAliasInput, UpdateStateMachineAliasOutput>,
    /// Validates the syntax of a state machine definition specified in [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html)
    /// (ASL), a JSON-based, structured language.
    validate_state_machine_definition:
        Op<ValidateStateMachineDefinitionInput, ValidateStateMachineDefinitionOutput>,
}

/// Contains details about an activity that failed during an execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ActivityFailedEventDetails {
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the failure.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for ActivityFailedEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ActivityFailedEventDetails")
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// Contains details about an activity.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ActivityListItem {
    /// The Amazon Resource Name (ARN) that identifies the activity.
    #[shape(name = "activityArn")]
    pub activity_arn: String,
    /// The name of the activity.
    #[shape(name = "name")]
    pub name: String,
    /// The date the activity is created.
    #[shape(name = "creationDate")]
    pub creation_date: DateTime,
}

/// Contains details about an activity schedule failure that occurred during an execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ActivityScheduleFailedEventDetails {
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the failure.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for ActivityScheduleFailedEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ActivityScheduleFailedEventDetails")
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// Contains details about an activity scheduled during an execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ActivityScheduledEventDetails {
    /// The Amazon Resource Name (ARN) of the scheduled activity.
    #[shape(name = "resource")]
    pub resource: String,
    /// The JSON data input to the activity task. Length constraints apply to the payload size, and
    /// are expressed as bytes in UTF-8 encoding.
    #[shape(name = "input")]
    pub input: Option<String>,
    /// Contains details about the input for an execution history event.
    #[shape(name = "inputDetails")]
    pub input_details: Option<HistoryEventExecutionDataDetails>,
    /// The maximum allowed duration of the activity task.
    #[shape(name = "timeoutInSeconds")]
    pub timeout_in_seconds: Option<i64>,
    /// The maximum allowed duration between two heartbeats for the activity task.
    #[shape(name = "heartbeatInSeconds")]
    pub heartbeat_in_seconds: Option<i64>,
}

impl ::std::fmt::Debug for ActivityScheduledEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ActivityScheduledEventDetails")
            .field("resource", &self.resource)
            .field("input", &self.input.as_ref().map(|_| "** redacted **"))
            .field("input_details", &self.input_details)
            .field("timeout_in_seconds", &self.timeout_in_seconds)
            .field("heartbeat_in_seconds", &self.heartbeat_in_seconds)
            .finish()
    }
}

/// Contains details about the start of an activity during an execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ActivityStartedEventDetails {
    /// The name of the worker that the task is assigned to. These names are provided by the workers
    /// when calling `GetActivityTask`.
    #[shape(name = "workerName")]
    pub worker_name: Option<String>,
}

/// Contains details about an activity that successfully terminated during an execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ActivitySucceededEventDetails {
    /// The JSON data output by the activity task. Length constraints apply to the payload size, and
    /// are expressed as bytes in UTF-8 encoding.
    #[shape(name = "output")]
    pub output: Option<String>,
    /// Contains details about the output of an execution history event.
    #[shape(name = "outputDetails")]
    pub output_details: Option<HistoryEventExecutionDataDetails>,
}

impl ::std::fmt::Debug for ActivitySucceededEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ActivitySucceededEventDetails")
            .field("output", &self.output.as_ref().map(|_| "** redacted **"))
            .field("output_details", &self.output_details)
            .finish()
    }
}

/// Contains details about an activity timeout that occurred during an execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ActivityTimedOutEventDetails {
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the timeout.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for ActivityTimedOutEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ActivityTimedOutEventDetails")
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// Provides details about assigned variables in an execution history event.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssignedVariablesDetails {
    /// Indicates whether assigned variables were truncated in the response. Always `false` for API
    /// calls. In CloudWatch logs, the value will be true if the data is truncated due to size
    /// limits.
    #[shape(name = "truncated")]
    pub truncated: Option<bool>,
}

/// An object that describes workflow billing details.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BillingDetails {
    /// Billed memory consumption of your workflow, in MB.
    #[shape(name = "billedMemoryUsedInMB")]
    pub billed_memory_used_in_mb: Option<i64>,
    /// Billed duration of your workflow, in milliseconds.
    #[shape(name = "billedDurationInMilliseconds")]
    pub billed_duration_in_milliseconds: Option<i64>,
}

/// Provides details about execution input or output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CloudWatchEventsExecutionDataDetails {
    /// Indicates whether input or output was included in the response. Always `true` for API calls.
    #[shape(name = "included")]
    pub included: Option<bool>,
}

/// The model's `CloudWatchLogsLogGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CloudWatchLogsLogGroup {
    /// The ARN of the the CloudWatch log group to which you want your logs emitted to. The ARN must
    /// end with `:*`
    #[shape(name = "logGroupArn")]
    pub log_group_arn: Option<String>,
}

/// The input of `CreateActivity`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateActivityInput {
    /// The name of the activity to create. This name must be unique for your Amazon Web Services
    /// account and region for 90 days. For more information, see [ Limits Related to State Machine
    /// Executions](https://docs.aws.amazon.com/step-functions/latest/dg/limits.html#service-limits-state-machine-executions)
    /// in the *Step Functions Developer Guide*.
    #[shape(name = "name")]
    pub name: String,
    /// The list of tags to add to a resource.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
    /// Settings to configure server-side encryption.
    #[shape(name = "encryptionConfiguration")]
    pub encryption_configuration: Option<EncryptionConfiguration>,
}

/// The output of `CreateActivity`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateActivityOutput {
    /// The Amazon Resource Name (ARN) that identifies the created activity.
    #[shape(name = "activityArn")]
    pub activity_arn: String,
    /// The date the activity is created.
    #[shape(name = "creationDate")]
    pub creation_date: DateTime,
}

/// The input of `CreateStateMachineAlias`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateStateMachineAliasInput {
    /// A description for the state machine alias.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The name of the state machine alias.
    #[shape(name = "name")]
    pub name: String,
    /// The routing configuration of a state machine alias. The routing configuration shifts
    /// execution traffic between two state machine versions. `routingConfiguration` contains an
    /// array of `RoutingConfig` objects that specify up to two state machine versions. Step
    /// Functions then randomly choses which version to run an execution with based on the weight
    /// assigned to each `RoutingConfig`.
    #[shape(name = "routingConfiguration")]
    pub routing_configuration: Vec<RoutingConfigurationListItem>,
}

impl ::std::fmt::Debug for CreateStateMachineAliasInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateStateMachineAliasInput")
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .field("name", &self.name)
            .field("routing_configuration", &self.routing_configuration)
            .finish()
    }
}

/// The output of `CreateStateMachineAlias`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateStateMachineAliasOutput {
    /// The Amazon Resource Name (ARN) that identifies the created state machine alias.
    #[shape(name = "stateMachineAliasArn")]
    pub state_machine_alias_arn: String,
    /// The date the state machine alias was created.
    #[shape(name = "creationDate")]
    pub creation_date: DateTime,
}

/// The input of `CreateStateMachine`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateStateMachineInput {
    /// The name of the state machine.
    #[shape(name = "name")]
    pub name: String,
    /// The Amazon States Language definition of the state machine. See [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html).
    #[shape(name = "definition")]
    pub definition: String,
    /// The Amazon Resource Name (ARN) of the IAM role to use for this state machine.
    #[shape(name = "roleArn")]
    pub role_arn: String,
    /// Determines whether a Standard or Express state machine is created. The default is
    /// `STANDARD`. You cannot update the `type` of a state machine once it has been created.
    #[shape(name = "type")]
    pub r#type: Option<StateMachineType>,
    /// Defines what execution history events are logged and where they are logged.
    #[shape(name = "loggingConfiguration")]
    pub logging_configuration: Option<LoggingConfiguration>,
    /// Tags to be added when creating a state machine.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
    /// Selects whether X-Ray tracing is enabled.
    #[shape(name = "tracingConfiguration")]
    pub tracing_configuration: Option<TracingConfiguration>,
    /// Set to `true` to publish the first version of the state machine during creation. The default
    /// is `false`.
    #[shape(name = "publish")]
    pub publish: Option<bool>,
    /// Sets description about the state machine version. You can only set the description if the
    /// `publish` parameter is set to `true`. Otherwise, if you set `versionDescription`, but
    /// `publish` to `false`, this API action throws `ValidationException`.
    #[shape(name = "versionDescription")]
    pub version_description: Option<String>,
    /// Settings to configure server-side encryption.
    #[shape(name = "encryptionConfiguration")]
    pub encryption_configuration: Option<EncryptionConfiguration>,
}

impl ::std::fmt::Debug for CreateStateMachineInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateStateMachineInput")
            .field("name", &self.name)
            .field("definition", &"** redacted **")
            .field("role_arn", &self.role_arn)
            .field("type", &self.r#type)
            .field("logging_configuration", &self.logging_configuration)
            .field("tags", &self.tags)
            .field("tracing_configuration", &self.tracing_configuration)
            .field("publish", &self.publish)
            .field(
                "version_description",
                &self.version_description.as_ref().map(|_| "** redacted **"),
            )
            .field("encryption_configuration", &self.encryption_configuration)
            .finish()
    }
}

/// The output of `CreateStateMachine`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateStateMachineOutput {
    /// The Amazon Resource Name (ARN) that identifies the created state machine.
    #[shape(name = "stateMachineArn")]
    pub state_machine_arn: String,
    /// The date the state machine is created.
    #[shape(name = "creationDate")]
    pub creation_date: DateTime,
    /// The Amazon Resource Name (ARN) that identifies the created state machine version. If you do
    /// not set the `publish` parameter to `true`, this field returns null value.
    #[shape(name = "stateMachineVersionArn")]
    pub state_machine_version_arn: Option<String>,
}

/// The input of `DeleteActivity`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteActivityInput {
    /// The Amazon Resource Name (ARN) of the activity to delete.
    #[shape(name = "activityArn")]
    pub activity_arn: String,
}

/// The output of `DeleteActivity`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteActivityOutput {}

/// The input of `DeleteStateMachineAlias`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteStateMachineAliasInput {
    /// The Amazon Resource Name (ARN) of the state machine alias to delete.
    #[shape(name = "stateMachineAliasArn")]
    pub state_machine_alias_arn: String,
}

/// The output of `DeleteStateMachineAlias`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteStateMachineAliasOutput {}

/// The input of `DeleteStateMachine`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteStateMachineInput {
    /// The Amazon Resource Name (ARN) of the state machine to delete.
    #[shape(name = "stateMachineArn")]
    pub state_machine_arn: String,
}

/// The output of `DeleteStateMachine`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteStateMachineOutput {}

/// The input of `DeleteStateMachineVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteStateMachineVersionInput {
    /// The Amazon Resource Name (ARN) of the state machine version to delete.
    #[shape(name = "stateMachineVersionArn")]
    pub state_machine_version_arn: String,
}

/// The output of `DeleteStateMachineVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteStateMachineVersionOutput {}

/// The input of `DescribeActivity`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeActivityInput {
    /// The Amazon Resource Name (ARN) of the activity to describe.
    #[shape(name = "activityArn")]
    pub activity_arn: String,
}

/// The output of `DescribeActivity`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeActivityOutput {
    /// The Amazon Resource Name (ARN) that identifies the activity.
    #[shape(name = "activityArn")]
    pub activity_arn: String,
    /// The name of the activity.
    #[shape(name = "name")]
    pub name: String,
    /// The date the activity is created.
    #[shape(name = "creationDate")]
    pub creation_date: DateTime,
    /// Settings for configured server-side encryption.
    #[shape(name = "encryptionConfiguration")]
    pub encryption_configuration: Option<EncryptionConfiguration>,
}

/// The input of `DescribeExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeExecutionInput {
    /// The Amazon Resource Name (ARN) of the execution to describe.
    #[shape(name = "executionArn")]
    pub execution_arn: String,
    /// If your state machine definition is encrypted with a KMS key, callers must have
    /// `kms:Decrypt` permission to decrypt the definition. Alternatively, you can call
    /// DescribeStateMachine API with `includedData = METADATA_ONLY` to get a successful response
    /// without the encrypted definition.
    #[shape(name = "includedData")]
    pub included_data: Option<IncludedData>,
}

/// The output of `DescribeExecution`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct DescribeExecutionOutput {
    /// The Amazon Resource Name (ARN) that identifies the execution.
    #[shape(name = "executionArn")]
    pub execution_arn: String,
    /// The Amazon Resource Name (ARN) of the executed stated machine.
    #[shape(name = "stateMachineArn")]
    pub state_machine_arn: String,
    /// The name of the execution.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The current status of the execution.
    #[shape(name = "status")]
    pub status: ExecutionStatus,
    /// The date the execution is started.
    #[shape(name = "startDate")]
    pub start_date: DateTime,
    /// If the execution ended, the date the execution stopped.
    #[shape(name = "stopDate")]
    pub stop_date: Option<DateTime>,
    /// The string that contains the JSON input data of the execution. Length constraints apply to
    /// the payload size, and are expressed as bytes in UTF-8 encoding.
    #[shape(name = "input")]
    pub input: Option<String>,
    /// Provides details about execution input or output.
    #[shape(name = "inputDetails")]
    pub input_details: Option<CloudWatchEventsExecutionDataDetails>,
    /// The JSON output data of the execution. Length constraints apply to the payload size, and are
    /// expressed as bytes in UTF-8 encoding.
    #[shape(name = "output")]
    pub output: Option<String>,
    /// Provides details about execution input or output.
    #[shape(name = "outputDetails")]
    pub output_details: Option<CloudWatchEventsExecutionDataDetails>,
    /// The X-Ray trace header that was passed to the execution.
    #[shape(name = "traceHeader")]
    pub trace_header: Option<String>,
    /// The Amazon Resource Name (ARN) that identifies a Map Run, which dispatched this execution.
    #[shape(name = "mapRunArn")]
    pub map_run_arn: Option<String>,
    /// The error string if the state machine execution failed.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// The cause string if the state machine execution failed.
    #[shape(name = "cause")]
    pub cause: Option<String>,
    /// The Amazon Resource Name (ARN) of the state machine version associated with the execution.
    /// The version ARN is a combination of state machine ARN and the version number separated by a
    /// colon (:). For example, `stateMachineARN:1`.
    #[shape(name = "stateMachineVersionArn")]
    pub state_machine_version_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the state machine alias associated with the execution. The
    /// alias ARN is a combination of state machine ARN and the alias name separated by a colon (:).
    /// For example, `stateMachineARN:PROD`.
    #[shape(name = "stateMachineAliasArn")]
    pub state_machine_alias_arn: Option<String>,
    /// The number of times you've redriven an execution. If you have not yet redriven an execution,
    /// the `redriveCount` is 0. This count is only updated if you successfully redrive an
    /// execution.
    #[shape(name = "redriveCount")]
    pub redrive_count: Option<i32>,
    /// The date the execution was last redriven. If you have not yet redriven an execution, the
    /// `redriveDate` is null.
    #[shape(name = "redriveDate")]
    pub redrive_date: Option<DateTime>,
    /// Indicates whether or not an execution can be redriven at a given point in time.
    #[shape(name = "redriveStatus")]
    pub redrive_status: Option<ExecutionRedriveStatus>,
    /// When `redriveStatus` is `NOT_REDRIVABLE`, `redriveStatusReason` specifies the reason why an
    /// execution cannot be redriven.
    #[shape(name = "redriveStatusReason")]
    pub redrive_status_reason: Option<String>,
}

impl ::std::fmt::Debug for DescribeExecutionOutput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeExecutionOutput")
            .field("execution_arn", &self.execution_arn)
            .field("state_machine_arn", &self.state_machine_arn)
            .field("name", &self.name)
            .field("status", &self.status)
            .field("start_date", &self.start_date)
            .field("stop_date", &self.stop_date)
            .field("input", &self.input.as_ref().map(|_| "** redacted **"))
            .field("input_details", &self.input_details)
            .field("output", &self.output.as_ref().map(|_| "** redacted **"))
            .field("output_details", &self.output_details)
            .field("trace_header", &self.trace_header)
            .field("map_run_arn", &self.map_run_arn)
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .field("state_machine_version_arn", &self.state_machine_version_arn)
            .field("state_machine_alias_arn", &self.state_machine_alias_arn)
            .field("redrive_count", &self.redrive_count)
            .field("redrive_date", &self.redrive_date)
            .field("redrive_status", &self.redrive_status)
            .field(
                "redrive_status_reason",
                &self
                    .redrive_status_reason
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// The input of `DescribeMapRun`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMapRunInput {
    /// The Amazon Resource Name (ARN) that identifies a Map Run.
    #[shape(name = "mapRunArn")]
    pub map_run_arn: String,
}

/// The output of `DescribeMapRun`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMapRunOutput {
    /// The Amazon Resource Name (ARN) that identifies a Map Run.
    #[shape(name = "mapRunArn")]
    pub map_run_arn: String,
    /// The Amazon Resource Name (ARN) that identifies the execution in which the Map Run was
    /// started.
    #[shape(name = "executionArn")]
    pub execution_arn: String,
    /// The current status of the Map Run.
    #[shape(name = "status")]
    pub status: MapRunStatus,
    /// The date when the Map Run was started.
    #[shape(name = "startDate")]
    pub start_date: DateTime,
    /// The date when the Map Run was stopped.
    #[shape(name = "stopDate")]
    pub stop_date: Option<DateTime>,
    /// The maximum number of child workflow executions configured to run in parallel for the Map
    /// Run at the same time.
    #[shape(name = "maxConcurrency")]
    pub max_concurrency: i32,
    /// The maximum percentage of failed child workflow executions before the Map Run fails.
    #[shape(name = "toleratedFailurePercentage")]
    pub tolerated_failure_percentage: f32,
    /// The maximum number of failed child workflow executions before the Map Run fails.
    #[shape(name = "toleratedFailureCount")]
    pub tolerated_failure_count: i64,
    /// A JSON object that contains information about the total number of items, and the item count
    /// for each processing status, such as `pending` and `failed`.
    #[shape(name = "itemCounts")]
    pub item_counts: MapRunItemCounts,
    /// A JSON object that contains information about the total number of child workflow executions
    /// for the Map Run, and the count of child workflow executions for each status, such as
    /// `failed` and `succeeded`.
    #[shape(name = "executionCounts")]
    pub execution_counts: MapRunExecutionCounts,
    /// The number of times you've redriven a Map Run. If you have not yet redriven a Map Run, the
    /// `redriveCount` is 0. This count is only updated if you successfully redrive a Map Run.
    #[shape(name = "redriveCount")]
    pub redrive_count: Option<i32>,
    /// The date a Map Run was last redriven. If you have not yet redriven a Map Run, the
    /// `redriveDate` is null.
    #[shape(name = "redriveDate")]
    pub redrive_date: Option<DateTime>,
}

/// The input of `DescribeStateMachineAlias`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStateMachineAliasInput {
    /// The Amazon Resource Name (ARN) of the state machine alias.
    #[shape(name = "stateMachineAliasArn")]
    pub state_machine_alias_arn: String,
}

/// The output of `DescribeStateMachineAlias`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct DescribeStateMachineAliasOutput {
    /// The Amazon Resource Name (ARN) of the state machine alias.
    #[shape(name = "stateMachineAliasArn")]
    pub state_machine_alias_arn: Option<String>,
    /// The name of the state machine alias.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// A description of the alias.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The routing configuration of the alias.
    #[shape(name = "routingConfiguration")]
    pub routing_configuration: Option<Vec<RoutingConfigurationListItem>>,
    /// The date the state machine alias was created.
    #[shape(name = "creationDate")]
    pub creation_date: Option<DateTime>,
    /// The date the state machine alias was last updated.
    #[shape(name = "updateDate")]
    pub update_date: Option<DateTime>,
}

impl ::std::fmt::Debug for DescribeStateMachineAliasOutput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeStateMachineAliasOutput")
            .field("state_machine_alias_arn", &self.state_machine_alias_arn)
            .field("name", &self.name)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .field("routing_configuration", &self.routing_configuration)
            .field("creation_date", &self.creation_date)
            .field("update_date", &self.update_date)
            .finish()
    }
}

/// The input of `DescribeStateMachineForExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStateMachineForExecutionInput {
    /// The Amazon Resource Name (ARN) of the execution you want state machine information for.
    #[shape(name = "executionArn")]
    pub execution_arn: String,
    /// If your state machine definition is encrypted with a KMS key, callers must have
    /// `kms:Decrypt` permission to decrypt the definition. Alternatively, you can call the API with
    /// `includedData = METADATA_ONLY` to get a successful response without the encrypted
    /// definition.
    #[shape(name = "includedData")]
    pub included_data: Option<IncludedData>,
}

/// The output of `DescribeStateMachineForExecution`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct DescribeStateMachineForExecutionOutput {
    /// The Amazon Resource Name (ARN) of the state machine associated with the execution.
    #[shape(name = "stateMachineArn")]
    pub state_machine_arn: String,
    /// The name of the state machine associated with the execution.
    #[shape(name = "name")]
    pub name: String,
    /// The Amazon States Language definition of the state machine. See [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html).
    #[shape(name = "definition")]
    pub definition: String,
    /// The Amazon Resource Name (ARN) of the IAM role of the State Machine for the execution.
    #[shape(name = "roleArn")]
    pub role_arn: String,
    /// The date and time the state machine associated with an execution was updated. For a newly
    /// created state machine, this is the creation date.
    #[shape(name = "updateDate")]
    pub update_date: DateTime,
    /// The `LoggingConfiguration` data type is used to set CloudWatch Logs options.
    #[shape(name = "loggingConfiguration")]
    pub logging_configuration: Option<LoggingConfiguration>,
    /// Selects whether X-Ray tracing is enabled.
    #[shape(name = "tracingConfiguration")]
    pub tracing_configuration: Option<TracingConfiguration>,
    /// The Amazon Resource Name (ARN) of the Map Run that started the child workflow execution.
    /// This field is returned only if the `executionArn` is a child workflow execution that was
    /// started by a Distributed Map state.
    #[shape(name = "mapRunArn")]
    pub map_run_arn: Option<String>,
    /// A user-defined or an auto-generated string that identifies a `Map` state. This field is
    /// returned only if the `executionArn` is a child workflow execution that was started by a
    /// Distributed Map state.
    #[shape(name = "label")]
    pub label: Option<String>,
    /// The revision identifier for the state machine. The first revision ID when you create the
    /// state machine is null.
    #[shape(name = "revisionId")]
    pub revision_id: Option<String>,
    /// Settings to configure server-side encryption.
    #[shape(name = "encryptionConfiguration")]
    pub encryption_configuration: Option<EncryptionConfiguration>,
    /// A map of **state name** to a list of variables referenced by that state. States that do not
    /// use variable references will not be shown in the response.
    #[shape(name = "variableReferences")]
    pub variable_references: Option<HashMap<String, Vec<String>>>,
}

impl ::std::fmt::Debug for DescribeStateMachineForExecutionOutput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeStateMachineForExecutionOutput")
            .field("state_machine_arn", &self.state_machine_arn)
            .field("name", &self.name)
            .field("definition", &"** redacted **")
            .field("role_arn", &self.role_arn)
            .field("update_date", &self.update_date)
            .field("logging_configuration", &self.logging_configuration)
            .field("tracing_configuration", &self.tracing_configuration)
            .field("map_run_arn", &self.map_run_arn)
            .field("label", &self.label)
            .field("revision_id", &self.revision_id)
            .field("encryption_configuration", &self.encryption_configuration)
            .field(
                "variable_references",
                &self.variable_references.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// The input of `DescribeStateMachine`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStateMachineInput {
    /// The Amazon Resource Name (ARN) of the state machine for which you want the information.
    #[shape(name = "stateMachineArn")]
    pub state_machine_arn: String,
    /// If your state machine definition is encrypted with a KMS key, callers must have
    /// `kms:Decrypt` permission to decrypt the definition. Alternatively, you can call the API with
    /// `includedData = METADATA_ONLY` to get a successful response without the encrypted
    /// definition.
    #[shape(name = "includedData")]
    pub included_data: Option<IncludedData>,
}

/// The output of `DescribeStateMachine`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct DescribeStateMachineOutput {
    /// The Amazon Resource Name (ARN) that identifies the state machine.
    #[shape(name = "stateMachineArn")]
    pub state_machine_arn: String,
    /// The name of the state machine.
    #[shape(name = "name")]
    pub name: String,
    /// The current status of the state machine.
    #[shape(name = "status")]
    pub status: Option<StateMachineStatus>,
    /// The Amazon States Language definition of the state machine. See [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html).
    #[shape(name = "definition")]
    pub definition: String,
    /// The Amazon Resource Name (ARN) of the IAM role used when creating this state machine. (The
    /// IAM role maintains security by granting Step Functions access to Amazon Web Services
    /// resources.)
    #[shape(name = "roleArn")]
    pub role_arn: String,
    /// The `type` of the state machine (`STANDARD` or `EXPRESS`).
    #[shape(name = "type")]
    pub r#type: StateMachineType,
    /// The date the state machine is created.
    #[shape(name = "creationDate")]
    pub creation_date: DateTime,
    /// The `LoggingConfiguration` data type is used to set CloudWatch Logs options.
    #[shape(name = "loggingConfiguration")]
    pub logging_configuration: Option<LoggingConfiguration>,
    /// Selects whether X-Ray tracing is enabled.
    #[shape(name = "tracingConfiguration")]
    pub tracing_configuration: Option<TracingConfiguration>,
    /// A user-defined or an auto-generated string that identifies a `Map` state. This parameter is
    /// present only if the `stateMachineArn` specified in input is a qualified state machine ARN.
    #[shape(name = "label")]
    pub label: Option<String>,
    /// The revision identifier for the state machine.
    #[shape(name = "revisionId")]
    pub revision_id: Option<String>,
    /// The description of the state machine version.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// Settings to configure server-side encryption.
    #[shape(name = "encryptionConfiguration")]
    pub encryption_configuration: Option<EncryptionConfiguration>,
    /// A map of **state name** to a list of variables referenced by that state. States that do not
    /// use variable references will not be shown in the response.
    #[shape(name = "variableReferences")]
    pub variable_references: Option<HashMap<String, Vec<String>>>,
}

impl ::std::fmt::Debug for DescribeStateMachineOutput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DescribeStateMachineOutput")
            .field("state_machine_arn", &self.state_machine_arn)
            .field("name", &self.name)
            .field("status", &self.status)
            .field("definition", &"** redacted **")
            .field("role_arn", &self.role_arn)
            .field("type", &self.r#type)
            .field("creation_date", &self.creation_date)
            .field("logging_configuration", &self.logging_configuration)
            .field("tracing_configuration", &self.tracing_configuration)
            .field("label", &self.label)
            .field("revision_id", &self.revision_id)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .field("encryption_configuration", &self.encryption_configuration)
            .field(
                "variable_references",
                &self.variable_references.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// Settings to configure server-side encryption.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EncryptionConfiguration {
    /// An alias, alias ARN, key ID, or key ARN of a symmetric encryption KMS key to encrypt data.
    /// To specify a KMS key in a different Amazon Web Services account, you must use the key ARN or
    /// alias ARN.
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
    /// Maximum duration that Step Functions will reuse data keys. When the period expires, Step
    /// Functions will call `GenerateDataKey`. Only applies to customer managed keys.
    #[shape(name = "kmsDataKeyReusePeriodSeconds")]
    pub kms_data_key_reuse_period_seconds: Option<i32>,
    /// Encryption type
    #[shape(name = "type")]
    pub r#type: EncryptionType,
}

/// The model's `EncryptionType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EncryptionType {
    /// `AWS_OWNED_KEY`
    #[default]
    #[shape(name = "AWS_OWNED_KEY")]
    AwsOwnedKey,
    /// `CUSTOMER_MANAGED_KMS_KEY`
    #[shape(name = "CUSTOMER_MANAGED_KMS_KEY")]
    CustomerManagedKmsKey,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains details about an evaluation failure that occurred while processing a state, for
/// example, when a JSONata expression throws an error. This event will only be present in state
/// machines that have ** QueryLanguage** set to JSONata, or individual states set to JSONata.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct EvaluationFailedEventDetails {
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the failure.
    #[shape(name = "cause")]
    pub cause: Option<String>,
    /// The location of the field in the state in which the evaluation error occurred.
    #[shape(name = "location")]
    pub location: Option<String>,
    /// The name of the state in which the evaluation error occurred.
    #[shape(name = "state")]
    pub state: String,
}

impl ::std::fmt::Debug for EvaluationFailedEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EvaluationFailedEventDetails")
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .field(
                "location",
                &self.location.as_ref().map(|_| "** redacted **"),
            )
            .field("state", &self.state)
            .finish()
    }
}

/// Contains details about an abort of an execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ExecutionAbortedEventDetails {
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the failure.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for ExecutionAbortedEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionAbortedEventDetails")
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// Contains details about an execution failure event.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ExecutionFailedEventDetails {
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the failure.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for ExecutionFailedEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionFailedEventDetails")
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// Contains details about an execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecutionListItem {
    /// The Amazon Resource Name (ARN) that identifies the execution.
    #[shape(name = "executionArn")]
    pub execution_arn: String,
    /// The Amazon Resource Name (ARN) of the state machine that ran the execution.
    #[shape(name = "stateMachineArn")]
    pub state_machine_arn: String,
    /// The name of the execution.
    #[shape(name = "name")]
    pub name: String,
    /// The current status of the execution.
    #[shape(name = "status")]
    pub status: ExecutionStatus,
    /// The date the execution started.
    #[shape(name = "startDate")]
    pub start_date: DateTime,
    /// If the execution already ended, the date the execution stopped.
    #[shape(name = "stopDate")]
    pub stop_date: Option<DateTime>,
    /// The Amazon Resource Name (ARN) of a Map Run. This field is returned only if `mapRunArn` was
    /// specified in the `ListExecutions` API action. If `stateMachineArn` was specified in
    /// `ListExecutions`, the `mapRunArn` isn't returned.
    #[shape(name = "mapRunArn")]
    pub map_run_arn: Option<String>,
    /// The total number of items processed in a child workflow execution. This field is returned
    /// only if `mapRunArn` was specified in the `ListExecutions` API action. If `stateMachineArn`
    /// was specified in `ListExecutions`, the `itemCount` field isn't returned.
    #[shape(name = "itemCount")]
    pub item_count: Option<i32>,
    /// The Amazon Resource Name (ARN) of the state machine version associated with the execution.
    #[shape(name = "stateMachineVersionArn")]
    pub state_machine_version_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the state machine alias used to start an execution.
    #[shape(name = "stateMachineAliasArn")]
    pub state_machine_alias_arn: Option<String>,
    /// The number of times you've redriven an execution. If you have not yet redriven an execution,
    /// the `redriveCount` is 0. This count is only updated when you successfully redrive an
    /// execution.
    #[shape(name = "redriveCount")]
    pub redrive_count: Option<i32>,
    /// The date the execution was last redriven.
    #[shape(name = "redriveDate")]
    pub redrive_date: Option<DateTime>,
}

/// The model's `ExecutionRedriveFilter`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExecutionRedriveFilter {
    /// `REDRIVEN`
    #[default]
    #[shape(name = "REDRIVEN")]
    Redriven,
    /// `NOT_REDRIVEN`
    #[shape(name = "NOT_REDRIVEN")]
    NotRedriven,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ExecutionRedriveStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExecutionRedriveStatus {
    /// `REDRIVABLE`
    #[default]
    #[shape(name = "REDRIVABLE")]
    Redrivable,
    /// `NOT_REDRIVABLE`
    #[shape(name = "NOT_REDRIVABLE")]
    NotRedrivable,
    /// `REDRIVABLE_BY_MAP_RUN`
    #[shape(name = "REDRIVABLE_BY_MAP_RUN")]
    RedrivableByMapRun,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains details about a redriven execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecutionRedrivenEventDetails {
    /// The number of times you've redriven an execution. If you have not yet redriven an execution,
    /// the `redriveCount` is 0. This count is not updated for redrives that failed to start or are
    /// pending to be redriven.
    #[shape(name = "redriveCount")]
    pub redrive_count: Option<i32>,
}

/// Contains details about the start of the execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ExecutionStartedEventDetails {
    /// The JSON data input to the execution. Length constraints apply to the payload size, and are
    /// expressed as bytes in UTF-8 encoding.
    #[shape(name = "input")]
    pub input: Option<String>,
    /// Contains details about the input for an execution history event.
    #[shape(name = "inputDetails")]
    pub input_details: Option<HistoryEventExecutionDataDetails>,
    /// The Amazon Resource Name (ARN) of the IAM role used for executing Lambda tasks.
    #[shape(name = "roleArn")]
    pub role_arn: Option<String>,
    /// The Amazon Resource Name (ARN) that identifies a state machine alias used for starting the
    /// state machine execution.
    #[shape(name = "stateMachineAliasArn")]
    pub state_machine_alias_arn: Option<String>,
    /// The Amazon Resource Name (ARN) that identifies a state machine version used for starting the
    /// state machine execution.
    #[shape(name = "stateMachineVersionArn")]
    pub state_machine_version_arn: Option<String>,
}

impl ::std::fmt::Debug for ExecutionStartedEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionStartedEventDetails")
            .field("input", &self.input.as_ref().map(|_| "** redacted **"))
            .field("input_details", &self.input_details)
            .field("role_arn", &self.role_arn)
            .field("state_machine_alias_arn", &self.state_machine_alias_arn)
            .field("state_machine_version_arn", &self.state_machine_version_arn)
            .finish()
    }
}

/// The model's `ExecutionStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExecutionStatus {
    /// `RUNNING`
    #[default]
    #[shape(name = "RUNNING")]
    Running,
    /// `SUCCEEDED`
    #[shape(name = "SUCCEEDED")]
    Succeeded,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `TIMED_OUT`
    #[shape(name = "TIMED_OUT")]
    TimedOut,
    /// `ABORTED`
    #[shape(name = "ABORTED")]
    Aborted,
    /// `PENDING_REDRIVE`
    #[shape(name = "PENDING_REDRIVE")]
    PendingRedrive,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains details about the successful termination of the execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ExecutionSucceededEventDetails {
    /// The JSON data output by the execution. Length constraints apply to the payload size, and are
    /// expressed as bytes in UTF-8 encoding.
    #[shape(name = "output")]
    pub output: Option<String>,
    /// Contains details about the output of an execution history event.
    #[shape(name = "outputDetails")]
    pub output_details: Option<HistoryEventExecutionDataDetails>,
}

impl ::std::fmt::Debug for ExecutionSucceededEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionSucceededEventDetails")
            .field("output", &self.output.as_ref().map(|_| "** redacted **"))
            .field("output_details", &self.output_details)
            .finish()
    }
}

/// Contains details about the execution timeout that occurred during the execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ExecutionTimedOutEventDetails {
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the timeout.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for ExecutionTimedOutEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionTimedOutEventDetails")
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// The input of `GetActivityTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetActivityTaskInput {
    /// The Amazon Resource Name (ARN) of the activity to retrieve tasks from (assigned when you
    /// create the task using `CreateActivity`.)
    #[shape(name = "activityArn")]
    pub activity_arn: String,
    /// You can provide an arbitrary name in order to identify the worker that the task is assigned
    /// to. This name is used when it is logged in the execution history.
    #[shape(name = "workerName")]
    pub worker_name: Option<String>,
}

/// The output of `GetActivityTask`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GetActivityTaskOutput {
    /// A token that identifies the scheduled task. This token must be copied and included in
    /// subsequent calls to `SendTaskHeartbeat`, `SendTaskSuccess` or `SendTaskFailure` in order to
    /// report the progress or completion of the task.
    #[shape(name = "taskToken")]
    pub task_token: Option<String>,
    /// The string that contains the JSON input data for the task. Length constraints apply to the
    /// payload size, and are expressed as bytes in UTF-8 encoding.
    #[shape(name = "input")]
    pub input: Option<String>,
}

impl ::std::fmt::Debug for GetActivityTaskOutput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetActivityTaskOutput")
            .field("task_token", &self.task_token)
            .field("input", &self.input.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// The input of `GetExecutionHistory`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetExecutionHistoryInput {
    /// The Amazon Resource Name (ARN) of the execution.
    #[shape(name = "executionArn")]
    pub execution_arn: String,
    /// The maximum number of results that are returned per call. You can use `nextToken` to obtain
    /// further pages of results. The default is 100 and the maximum allowed page size is 1000. A
    /// value of 0 uses the default.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// Lists events in descending order of their `timeStamp`.
    #[shape(name = "reverseOrder")]
    pub reverse_order: Option<bool>,
    /// If `nextToken` is returned, there are more results available. The value of `nextToken` is a
    /// unique pagination token for each page. Make the call again using the returned token to
    /// retrieve the next page. Keep all other arguments unchanged. Each pagination token expires
    /// after 24 hours. Using an expired pagination token will return an *HTTP 400 InvalidToken*
    /// error.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// You can select whether execution data (input or output of a history event) is returned. The
    /// default is `true`.
    #[shape(name = "includeExecutionData")]
    pub include_execution_data: Option<bool>,
}

/// The output of `GetExecutionHistory`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetExecutionHistoryOutput {
    /// The list of events that occurred in the execution.
    #[shape(name = "events")]
    pub events: Vec<HistoryEvent>,
    /// If `nextToken` is returned, there are more results available. The value of `nextToken` is a
    /// unique pagination token for each page. Make the call again using the returned token to
    /// retrieve the next page. Keep all other arguments unchanged. Each pagination token expires
    /// after 24 hours. Using an expired pagination token will return an *HTTP 400 InvalidToken*
    /// error.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// Contains details about the events of an execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct HistoryEvent {
    /// The date and time the event occurred, expressed in seconds and fractional milliseconds since
    /// the Unix epoch, which is defined as January 1, 1970, at 00:00:00 Coordinated Universal Time
    /// (UTC).
    #[shape(name = "timestamp")]
    pub timestamp: DateTime,
    /// The type of the event.
    #[shape(name = "type")]
    pub r#type: HistoryEventType,
    /// The id of the event. Events are numbered sequentially, starting at one.
    #[shape(name = "id")]
    pub id: i64,
    /// The id of the previous event.
    #[shape(name = "previousEventId")]
    pub previous_event_id: Option<i64>,
    /// Contains details about an activity that failed during an execution.
    #[shape(name = "activityFailedEventDetails")]
    pub activity_failed_event_details: Option<ActivityFailedEventDetails>,
    /// Contains details about an activity schedule event that failed during an execution.
    #[shape(name = "activityScheduleFailedEventDetails")]
    pub activity_schedule_failed_event_details: Option<ActivityScheduleFailedEventDetails>,
    /// Contains details about an activity scheduled during an execution.
    #[shape(name = "activityScheduledEventDetails")]
    pub activity_scheduled_event_details: Option<ActivityScheduledEventDetails>,
    /// Contains details about the start of an activity during an execution.
    #[shape(name = "activityStartedEventDetails")]
    pub activity_started_event_details: Option<ActivityStartedEventDetails>,
    /// Contains details about an activity that successfully terminated during an execution.
    #[shape(name = "activitySucceededEventDetails")]
    pub activity_succeeded_event_details: Option<ActivitySucceededEventDetails>,
    /// Contains details about an activity timeout that occurred during an execution.
    #[shape(name = "activityTimedOutEventDetails")]
    pub activity_timed_out_event_details: Option<ActivityTimedOutEventDetails>,
    /// Contains details about the failure of a task.
    #[shape(name = "taskFailedEventDetails")]
    pub task_failed_event_details: Option<TaskFailedEventDetails>,
    /// Contains details about a task that was scheduled.
    #[shape(name = "taskScheduledEventDetails")]
    pub task_scheduled_event_details: Option<TaskScheduledEventDetails>,
    /// Contains details about a task that failed to start.
    #[shape(name = "taskStartFailedEventDetails")]
    pub task_start_failed_event_details: Option<TaskStartFailedEventDetails>,
    /// Contains details about a task that was started.
    #[shape(name = "taskStartedEventDetails")]
    pub task_started_event_details: Option<TaskStartedEventDetails>,
    /// Contains details about a task that where the submit failed.
    #[shape(name = "taskSubmitFailedEventDetails")]
    pub task_submit_failed_event_details: Option<TaskSubmitFailedEventDetails>,
    /// Contains details about a submitted task.
    #[shape(name = "taskSubmittedEventDetails")]
    pub task_submitted_event_details: Option<TaskSubmittedEventDetails>,
    /// Contains details about a task that succeeded.
    #[shape(name = "taskSucceededEventDetails")]
    pub task_succeeded_event_details: Option<TaskSucceededEventDetails>,
    /// Contains details about a task that timed out.
    #[shape(name = "taskTimedOutEventDetails")]
    pub task_timed_out_event_details: Option<TaskTimedOutEventDetails>,
    /// Contains details about an execution failure event.
    #[shape(name = "executionFailedEventDetails")]
    pub execution_failed_event_details: Option<ExecutionFailedEventDetails>,
    /// Contains details about the start of the execution.
    #[shape(name = "executionStartedEventDetails")]
    pub execution_started_event_details: Option<ExecutionStartedEventDetails>,
    /// Contains details about the successful termination of the execution.
    #[shape(name = "executionSucceededEventDetails")]
    pub execution_succeeded_event_details: Option<ExecutionSucceededEventDetails>,
    /// Contains details about an abort of an execution.
    #[shape(name = "executionAbortedEventDetails")]
    pub execution_aborted_event_details: Option<ExecutionAbortedEventDetails>,
    /// Contains details about the execution timeout that occurred during the execution.
    #[shape(name = "executionTimedOutEventDetails")]
    pub execution_timed_out_event_details: Option<ExecutionTimedOutEventDetails>,
    /// Contains details about the redrive attempt of an execution.
    #[shape(name = "executionRedrivenEventDetails")]
    pub execution_redriven_event_details: Option<ExecutionRedrivenEventDetails>,
    /// Contains details about Map state that was started.
    #[shape(name = "mapStateStartedEventDetails")]
    pub map_state_started_event_details: Option<MapStateStartedEventDetails>,
    /// Contains details about an iteration of a Map state that was started.
    #[shape(name = "mapIterationStartedEventDetails")]
    pub map_iteration_started_event_details: Option<MapIterationEventDetails>,
    /// Contains details about an iteration of a Map state that succeeded.
    #[shape(name = "mapIterationSucceededEventDetails")]
    pub map_iteration_succeeded_event_details: Option<MapIterationEventDetails>,
    /// Contains details about an iteration of a Map state that failed.
    #[shape(name = "mapIterationFailedEventDetails")]
    pub map_iteration_failed_event_details: Option<MapIterationEventDetails>,
    /// Contains details about an iteration of a Map state that was aborted.
    #[shape(name = "mapIterationAbortedEventDetails")]
    pub map_iteration_aborted_event_details: Option<MapIterationEventDetails>,
    /// Contains details about a Lambda function that failed during an execution.
    #[shape(name = "lambdaFunctionFailedEventDetails")]
    pub lambda_function_failed_event_details: Option<LambdaFunctionFailedEventDetails>,
    /// Contains details about a failed Lambda function schedule event that occurred during an
    /// execution.
    #[shape(name = "lambdaFunctionScheduleFailedEventDetails")]
    pub lambda_function_schedule_failed_event_details:
        Option<LambdaFunctionScheduleFailedEventDetails>,
    /// Contains details about a Lambda function scheduled during an execution.
    #[shape(name = "lambdaFunctionScheduledEventDetails")]
    pub lambda_function_scheduled_event_details: Option<LambdaFunctionScheduledEventDetails>,
    /// Contains details about a lambda function that failed to start during an execution.
    #[shape(name = "lambdaFunctionStartFailedEventDetails")]
    pub lambda_function_start_failed_event_details: Option<LambdaFunctionStartFailedEventDetails>,
    /// Contains details about a Lambda function that terminated successfully during an execution.
    #[shape(name = "lambdaFunctionSucceededEventDetails")]
    pub lambda_function_succeeded_event_details: Option<LambdaFunctionSucceededEventDetails>,
    /// Contains details about a Lambda function timeout that occurred during an execution.
    #[shape(name = "lambdaFunctionTimedOutEventDetails")]
    pub lambda_function_timed_out_event_details: Option<LambdaFunctionTimedOutEventDetails>,
    /// Contains details about a state entered during an execution.
    #[shape(name = "stateEnteredEventDetails")]
    pub state_entered_event_details: Option<StateEnteredEventDetails>,
    /// Contains details about an exit from a state during an execution.
    #[shape(name = "stateExitedEventDetails")]
    pub state_exited_event_details: Option<StateExitedEventDetails>,
    /// Contains details, such as `mapRunArn`, and the start date and time of a Map Run. `mapRunArn`
    /// is the Amazon Resource Name (ARN) of the Map Run that was started.
    #[shape(name = "mapRunStartedEventDetails")]
    pub map_run_started_event_details: Option<MapRunStartedEventDetails>,
    /// Contains error and cause details about a Map Run that failed.
    #[shape(name = "mapRunFailedEventDetails")]
    pub map_run_failed_event_details: Option<MapRunFailedEventDetails>,
    /// Contains details about the redrive attempt of a Map Run.
    #[shape(name = "mapRunRedrivenEventDetails")]
    pub map_run_redriven_event_details: Option<MapRunRedrivenEventDetails>,
    /// Contains details about an evaluation failure that occurred while processing a state.
    #[shape(name = "evaluationFailedEventDetails")]
    pub evaluation_failed_event_details: Option<EvaluationFailedEventDetails>,
}

/// Provides details about input or output in an execution history event.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct HistoryEventExecutionDataDetails {
    /// Indicates whether input or output was truncated in the response. Always `false` for API
    /// calls. In CloudWatch logs, the value will be true if the data is truncated due to size
    /// limits.
    #[shape(name = "truncated")]
    pub truncated: Option<bool>,
}

/// The model's `HistoryEventType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum HistoryEventType {
    /// `ActivityFailed`
    #[default]
    ActivityFailed,
    /// `ActivityScheduled`
    ActivityScheduled,
    /// `ActivityScheduleFailed`
    ActivityScheduleFailed,
    /// `ActivityStarted`
    ActivityStarted,
    /// `ActivitySucceeded`
    ActivitySucceeded,
    /// `ActivityTimedOut`
    ActivityTimedOut,
    /// `ChoiceStateEntered`
    ChoiceStateEntered,
    /// `ChoiceStateExited`
    ChoiceStateExited,
    /// `ExecutionAborted`
    ExecutionAborted,
    /// `ExecutionFailed`
    ExecutionFailed,
    /// `ExecutionStarted`
    ExecutionStarted,
    /// `ExecutionSucceeded`
    ExecutionSucceeded,
    /// `ExecutionTimedOut`
    ExecutionTimedOut,
    /// `FailStateEntered`
    FailStateEntered,
    /// `LambdaFunctionFailed`
    LambdaFunctionFailed,
    /// `LambdaFunctionScheduled`
    LambdaFunctionScheduled,
    /// `LambdaFunctionScheduleFailed`
    LambdaFunctionScheduleFailed,
    /// `LambdaFunctionStarted`
    LambdaFunctionStarted,
    /// `LambdaFunctionStartFailed`
    LambdaFunctionStartFailed,
    /// `LambdaFunctionSucceeded`
    LambdaFunctionSucceeded,
    /// `LambdaFunctionTimedOut`
    LambdaFunctionTimedOut,
    /// `MapIterationAborted`
    MapIterationAborted,
    /// `MapIterationFailed`
    MapIterationFailed,
    /// `MapIterationStarted`
    MapIterationStarted,
    /// `MapIterationSucceeded`
    MapIterationSucceeded,
    /// `MapStateAborted`
    MapStateAborted,
    /// `MapStateEntered`
    MapStateEntered,
    /// `MapStateExited`
    MapStateExited,
    /// `MapStateFailed`
    MapStateFailed,
    /// `MapStateStarted`
    MapStateStarted,
    /// `MapStateSucceeded`
    MapStateSucceeded,
    /// `ParallelStateAborted`
    ParallelStateAborted,
    /// `ParallelStateEntered`
    ParallelStateEntered,
    /// `ParallelStateExited`
    ParallelStateExited,
    /// `ParallelStateFailed`
    ParallelStateFailed,
    /// `ParallelStateStarted`
    ParallelStateStarted,
    /// `ParallelStateSucceeded`
    ParallelStateSucceeded,
    /// `PassStateEntered`
    PassStateEntered,
    /// `PassStateExited`
    PassStateExited,
    /// `SucceedStateEntered`
    SucceedStateEntered,
    /// `SucceedStateExited`
    SucceedStateExited,
    /// `TaskFailed`
    TaskFailed,
    /// `TaskScheduled`
    TaskScheduled,
    /// `TaskStarted`
    TaskStarted,
    /// `TaskStartFailed`
    TaskStartFailed,
    /// `TaskStateAborted`
    TaskStateAborted,
    /// `TaskStateEntered`
    TaskStateEntered,
    /// `TaskStateExited`
    TaskStateExited,
    /// `TaskSubmitFailed`
    TaskSubmitFailed,
    /// `TaskSubmitted`
    TaskSubmitted,
    /// `TaskSucceeded`
    TaskSucceeded,
    /// `TaskTimedOut`
    TaskTimedOut,
    /// `WaitStateAborted`
    WaitStateAborted,
    /// `WaitStateEntered`
    WaitStateEntered,
    /// `WaitStateExited`
    WaitStateExited,
    /// `MapRunAborted`
    MapRunAborted,
    /// `MapRunFailed`
    MapRunFailed,
    /// `MapRunStarted`
    MapRunStarted,
    /// `MapRunSucceeded`
    MapRunSucceeded,
    /// `ExecutionRedriven`
    ExecutionRedriven,
    /// `MapRunRedriven`
    MapRunRedriven,
    /// `EvaluationFailed`
    EvaluationFailed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `IncludedData`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum IncludedData {
    /// `ALL_DATA`
    #[default]
    #[shape(name = "ALL_DATA")]
    AllData,
    /// `METADATA_ONLY`
    #[shape(name = "METADATA_ONLY")]
    MetadataOnly,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains additional details about the state's execution, including its input and output data
/// processing flow, and HTTP request and response information.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct InspectionData {
    /// The raw state input.
    #[shape(name = "input")]
    pub input: Option<String>,
    /// The input after Step Functions applies an Arguments filter. This event will only be present
    /// when QueryLanguage for the state machine or individual states is set to JSONata. For more
    /// info, see [Transforming data with Step
    /// Functions](https://docs.aws.amazon.com/step-functions/latest/dg/data-transform.html).
    #[shape(name = "afterArguments")]
    pub after_arguments: Option<String>,
    /// The input after Step Functions applies the
    /// [InputPath](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html#input-output-inputpath)
    /// filter. Not populated when QueryLanguage is JSONata.
    #[shape(name = "afterInputPath")]
    pub after_input_path: Option<String>,
    /// The effective input after Step Functions applies the
    /// [Parameters](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html#input-output-parameters)
    /// filter. Not populated when QueryLanguage is JSONata.
    #[shape(name = "afterParameters")]
    pub after_parameters: Option<String>,
    /// The state's raw result.
    #[shape(name = "result")]
    pub result: Option<String>,
    /// The effective result after Step Functions applies the
    /// [ResultSelector](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-inputpath-params.html#input-output-resultselector)
    /// filter. Not populated when QueryLanguage is JSONata.
    #[shape(name = "afterResultSelector")]
    pub after_result_selector: Option<String>,
    /// The effective result combined with the raw state input after Step Functions applies the
    /// [ResultPath](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultpath.html)
    /// filter. Not populated when QueryLanguage is JSONata.
    #[shape(name = "afterResultPath")]
    pub after_result_path: Option<String>,
    /// The raw HTTP request that is sent when you test an HTTP Task.
    #[shape(name = "request")]
    pub request: Option<InspectionDataRequest>,
    /// The raw HTTP response that is returned when you test an HTTP Task.
    #[shape(name = "response")]
    pub response: Option<InspectionDataResponse>,
    /// JSON string that contains the set of workflow variables after execution of the state. The
    /// set will include variables assigned in the state and variables set up as test state input.
    #[shape(name = "variables")]
    pub variables: Option<String>,
    /// An object containing data about a handled exception in the tested state.
    #[shape(name = "errorDetails")]
    pub error_details: Option<InspectionErrorDetails>,
    /// The effective input after the ItemsPath filter is applied. Not populated when the
    /// QueryLanguage is JSONata.
    #[shape(name = "afterItemsPath")]
    pub after_items_path: Option<String>,
    /// An array containing the inputs for each Map iteration, transformed by the ItemSelector
    /// specified in a Map state.
    #[shape(name = "afterItemSelector")]
    pub after_item_selector: Option<String>,
    /// The effective input after the ItemBatcher filter is applied in a Map state.
    #[shape(name = "afterItemBatcher")]
    pub after_item_batcher: Option<String>,
    /// The effective input after the ItemsPointer filter is applied in a Map state.
    #[shape(name = "afterItemsPointer")]
    pub after_items_pointer: Option<String>,
    /// The tolerated failure threshold for a Map state as defined in number of Map state
    /// iterations.
    #[shape(name = "toleratedFailureCount")]
    pub tolerated_failure_count: Option<i32>,
    /// The tolerated failure threshold for a Map state as defined in percentage of Map state
    /// iterations.
    #[shape(name = "toleratedFailurePercentage")]
    pub tolerated_failure_percentage: Option<f32>,
    /// The max concurrency of the Map state.
    #[shape(name = "maxConcurrency")]
    pub max_concurrency: Option<i32>,
}

impl ::std::fmt::Debug for InspectionData {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InspectionData")
            .field("input", &self.input.as_ref().map(|_| "** redacted **"))
            .field(
                "after_arguments",
                &self.after_arguments.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "after_input_path",
                &self.after_input_path.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "after_parameters",
                &self.after_parameters.as_ref().map(|_| "** redacted **"),
            )
            .field("result", &self.result.as_ref().map(|_| "** redacted **"))
            .field(
                "after_result_selector",
                &self
                    .after_result_selector
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field(
                "after_result_path",
                &self.after_result_path.as_ref().map(|_| "** redacted **"),
            )
            .field("request", &self.request.as_ref().map(|_| "** redacted **"))
            .field(
                "response",
                &self.response.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "variables",
                &self.variables.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "error_details",
                &self.error_details.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "after_items_path",
                &self.after_items_path.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "after_item_selector",
                &self.after_item_selector.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "after_item_batcher",
                &self.after_item_batcher.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "after_items_pointer",
                &self.after_items_pointer.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "tolerated_failure_count",
                &self
                    .tolerated_failure_count
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field(
                "tolerated_failure_percentage",
                &self
                    .tolerated_failure_percentage
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field(
                "max_concurrency",
                &self.max_concurrency.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// Contains additional details about the state's execution, including its input and output data
/// processing flow, and HTTP request information.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InspectionDataRequest {
    /// The protocol used to make the HTTP request.
    #[shape(name = "protocol")]
    pub protocol: Option<String>,
    /// The HTTP method used for the HTTP request.
    #[shape(name = "method")]
    pub method: Option<String>,
    /// The API endpoint used for the HTTP request.
    #[shape(name = "url")]
    pub url: Option<String>,
    /// The request headers associated with the HTTP request.
    #[shape(name = "headers")]
    pub headers: Option<String>,
    /// The request body for the HTTP request.
    #[shape(name = "body")]
    pub body: Option<String>,
}

/// Contains additional details about the state's execution, including its input and output data
/// processing flow, and HTTP response information. The `inspectionLevel` request parameter
/// specifies which details are returned.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InspectionDataResponse {
    /// The protocol used to return the HTTP response.
    #[shape(name = "protocol")]
    pub protocol: Option<String>,
    /// The HTTP response status code for the HTTP response.
    #[shape(name = "statusCode")]
    pub status_code: Option<String>,
    /// The message associated with the HTTP status code.
    #[shape(name = "statusMessage")]
    pub status_message: Option<String>,
    /// The response headers associated with the HTTP response.
    #[shape(name = "headers")]
    pub headers: Option<String>,
    /// The HTTP response returned.
    #[shape(name = "body")]
    pub body: Option<String>,
}

/// An object containing data about a handled exception in the tested state.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct InspectionErrorDetails {
    /// The array index of the Catch which handled the exception.
    #[shape(name = "catchIndex")]
    pub catch_index: Option<i32>,
    /// The array index of the Retry which handled the exception.
    #[shape(name = "retryIndex")]
    pub retry_index: Option<i32>,
    /// The duration in seconds of the backoff for a retry on a failed state invocation.
    #[shape(name = "retryBackoffIntervalSeconds")]
    pub retry_backoff_interval_seconds: Option<i32>,
}

impl ::std::fmt::Debug for InspectionErrorDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InspectionErrorDetails")
            .field(
                "catch_index",
                &self.catch_index.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "retry_index",
                &self.retry_index.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "retry_backoff_interval_seconds",
                &self
                    .retry_backoff_interval_seconds
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// The model's `InspectionLevel`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InspectionLevel {
    /// `INFO`
    #[default]
    #[shape(name = "INFO")]
    Info,
    /// `DEBUG`
    #[shape(name = "DEBUG")]
    Debug,
    /// `TRACE`
    #[shape(name = "TRACE")]
    Trace,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains details about a Lambda function that failed during an execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct LambdaFunctionFailedEventDetails {
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the failure.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for LambdaFunctionFailedEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LambdaFunctionFailedEventDetails")
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// Contains details about a failed Lambda function schedule event that occurred during an
/// execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct LambdaFunctionScheduleFailedEventDetails {
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the failure.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for LambdaFunctionScheduleFailedEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LambdaFunctionScheduleFailedEventDetails")
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// Contains details about a Lambda function scheduled during an execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct LambdaFunctionScheduledEventDetails {
    /// The Amazon Resource Name (ARN) of the scheduled Lambda function.
    #[shape(name = "resource")]
    pub resource: String,
    /// The JSON data input to the Lambda function. Length constraints apply to the payload size,
    /// and are expressed as bytes in UTF-8 encoding.
    #[shape(name = "input")]
    pub input: Option<String>,
    /// Contains details about input for an execution history event.
    #[shape(name = "inputDetails")]
    pub input_details: Option<HistoryEventExecutionDataDetails>,
    /// The maximum allowed duration of the Lambda function.
    #[shape(name = "timeoutInSeconds")]
    pub timeout_in_seconds: Option<i64>,
    /// The credentials that Step Functions uses for the task.
    #[shape(name = "taskCredentials")]
    pub task_credentials: Option<TaskCredentials>,
}

impl ::std::fmt::Debug for LambdaFunctionScheduledEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LambdaFunctionScheduledEventDetails")
            .field("resource", &self.resource)
            .field("input", &self.input.as_ref().map(|_| "** redacted **"))
            .field("input_details", &self.input_details)
            .field("timeout_in_seconds", &self.timeout_in_seconds)
            .field("task_credentials", &self.task_credentials)
            .finish()
    }
}

/// Contains details about a lambda function that failed to start during an execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct LambdaFunctionStartFailedEventDetails {
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the failure.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for LambdaFunctionStartFailedEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LambdaFunctionStartFailedEventDetails")
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// Contains details about a Lambda function that successfully terminated during an execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct LambdaFunctionSucceededEventDetails {
    /// The JSON data output by the Lambda function. Length constraints apply to the payload size,
    /// and are expressed as bytes in UTF-8 encoding.
    #[shape(name = "output")]
    pub output: Option<String>,
    /// Contains details about the output of an execution history event.
    #[shape(name = "outputDetails")]
    pub output_details: Option<HistoryEventExecutionDataDetails>,
}

impl ::std::fmt::Debug for LambdaFunctionSucceededEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LambdaFunctionSucceededEventDetails")
            .field("output", &self.output.as_ref().map(|_| "** redacted **"))
            .field("output_details", &self.output_details)
            .finish()
    }
}

/// Contains details about a Lambda function timeout that occurred during an execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct LambdaFunctionTimedOutEventDetails {
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the timeout.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for LambdaFunctionTimedOutEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LambdaFunctionTimedOutEventDetails")
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// The input of `ListActivities`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListActivitiesInput {
    /// The maximum number of results that are returned per call. You can use `nextToken` to obtain
    /// further pages of results. The default is 100 and the maximum allowed page size is 1000. A
    /// value of 0 uses the default.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// If `nextToken` is returned, there are more results available. The value of `nextToken` is a
    /// unique pagination token for each page. Make the call again using the returned token to
    /// retrieve the next page. Keep all other arguments unchanged. Each pagination token expires
    /// after 24 hours. Using an expired pagination token will return an *HTTP 400 InvalidToken*
    /// error.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `ListActivities`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListActivitiesOutput {
    /// The list of activities.
    #[shape(name = "activities")]
    pub activities: Vec<ActivityListItem>,
    /// If `nextToken` is returned, there are more results available. The value of `nextToken` is a
    /// unique pagination token for each page. Make the call again using the returned token to
    /// retrieve the next page. Keep all other arguments unchanged. Each pagination token expires
    /// after 24 hours. Using an expired pagination token will return an *HTTP 400 InvalidToken*
    /// error.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListExecutions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListExecutionsInput {
    /// The Amazon Resource Name (ARN) of the state machine whose executions is listed.
    #[shape(name = "stateMachineArn")]
    pub state_machine_arn: Option<String>,
    /// If specified, only list the executions whose current execution status matches the given
    /// filter.
    #[shape(name = "statusFilter")]
    pub status_filter: Option<ExecutionStatus>,
    /// The maximum number of results that are returned per call. You can use `nextToken` to obtain
    /// further pages of results. The default is 100 and the maximum allowed page size is 1000. A
    /// value of 0 uses the default.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// If `nextToken` is returned, there are more results available. The value of `nextToken` is a
    /// unique pagination token for each page. Make the call again using the returned token to
    /// retrieve the next page. Keep all other arguments unchanged. Each pagination token expires
    /// after 24 hours. Using an expired pagination token will return an *HTTP 400 InvalidToken*
    /// error.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The Amazon Resource Name (ARN) of the Map Run that started the child workflow executions. If
    /// the `mapRunArn` field is specified, a list of all of the child workflow executions started
    /// by a Map Run is returned. For more information, see [Examining Map
    /// Run](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-examine-map-run.html) in
    /// the *Step Functions Developer Guide*.
    #[shape(name = "mapRunArn")]
    pub map_run_arn: Option<String>,
    /// Sets a filter to list executions based on whether or not they have been redriven.
    #[shape(name = "redriveFilter")]
    pub redrive_filter: Option<ExecutionRedriveFilter>,
}

/// The output of `ListExecutions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListExecutionsOutput {
    /// The list of matching executions.
    #[shape(name = "executions")]
    pub executions: Vec<ExecutionListItem>,
    /// If `nextToken` is returned, there are more results available. The value of `nextToken` is a
    /// unique pagination token for each page. Make the call again using the returned token to
    /// retrieve the next page. Keep all other arguments unchanged. Each pagination token expires
    /// after 24 hours. Using an expired pagination token will return an *HTTP 400 InvalidToken*
    /// error.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListMapRuns`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMapRunsInput {
    /// The Amazon Resource Name (ARN) of the execution for which the Map Runs must be listed.
    #[shape(name = "executionArn")]
    pub execution_arn: String,
    /// The maximum number of results that are returned per call. You can use `nextToken` to obtain
    /// further pages of results. The default is 100 and the maximum allowed page size is 1000. A
    /// value of 0 uses the default.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// If `nextToken` is returned, there are more results available. The value of `nextToken` is a
    /// unique pagination token for each page. Make the call again using the returned token to
    /// retrieve the next page. Keep all other arguments unchanged. Each pagination token expires
    /// after 24 hours. Using an expired pagination token will return an *HTTP 400 InvalidToken*
    /// error.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `ListMapRuns`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMapRunsOutput {
    /// An array that lists information related to a Map Run, such as the Amazon Resource Name (ARN)
    /// of the Map Run and the ARN of the state machine that started the Map Run.
    #[shape(name = "mapRuns")]
    pub map_runs: Vec<MapRunListItem>,
    /// If `nextToken` is returned, there are more results available. The value of `nextToken` is a
    /// unique pagination token for each page. Make the call again using the returned token to
    /// retrieve the next page. Keep all other arguments unchanged. Each pagination token expires
    /// after 24 hours. Using an expired pagination token will return an *HTTP 400 InvalidToken*
    /// error.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListStateMachineAliases`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStateMachineAliasesInput {
    /// The Amazon Resource Name (ARN) of the state machine for which you want to list aliases.
    #[shape(name = "stateMachineArn")]
    pub state_machine_arn: String,
    /// If `nextToken` is returned, there are more results available. The value of `nextToken` is a
    /// unique pagination token for each page. Make the call again using the returned token to
    /// retrieve the next page. Keep all other arguments unchanged. Each pagination token expires
    /// after 24 hours. Using an expired pagination token will return an *HTTP 400 InvalidToken*
    /// error.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of results that are returned per call. You can use `nextToken` to obtain
    /// further pages of results. The default is 100 and the maximum allowed page size is 1000. A
    /// value of 0 uses the default.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
}

/// The output of `ListStateMachineAliases`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStateMachineAliasesOutput {
    /// Aliases for the state machine.
    #[shape(name = "stateMachineAliases")]
    pub state_machine_aliases: Vec<StateMachineAliasListItem>,
    /// If `nextToken` is returned, there are more results available. The value of `nextToken` is a
    /// unique pagination token for each page. Make the call again using the returned token to
    /// retrieve the next page. Keep all other arguments unchanged. Each pagination token expires
    /// after 24 hours. Using an expired pagination token will return an *HTTP 400 InvalidToken*
    /// error.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListStateMachineVersions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStateMachineVersionsInput {
    /// The Amazon Resource Name (ARN) of the state machine.
    #[shape(name = "stateMachineArn")]
    pub state_machine_arn: String,
    /// If `nextToken` is returned, there are more results available. The value of `nextToken` is a
    /// unique pagination token for each page. Make the call again using the returned token to
    /// retrieve the next page. Keep all other arguments unchanged. Each pagination token expires
    /// after 24 hours. Using an expired pagination token will return an *HTTP 400 InvalidToken*
    /// error.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of results that are returned per call. You can use `nextToken` to obtain
    /// further pages of results. The default is 100 and the maximum allowed page size is 1000. A
    /// value of 0 uses the default.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
}

/// The output of `ListStateMachineVersions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStateMachineVersionsOutput {
    /// Versions for the state machine.
    #[shape(name = "stateMachineVersions")]
    pub state_machine_versions: Vec<StateMachineVersionListItem>,
    /// If `nextToken` is returned, there are more results available. The value of `nextToken` is a
    /// unique pagination token for each page. Make the call again using the returned token to
    /// retrieve the next page. Keep all other arguments unchanged. Each pagination token expires
    /// after 24 hours. Using an expired pagination token will return an *HTTP 400 InvalidToken*
    /// error.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListStateMachines`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStateMachinesInput {
    /// The maximum number of results that are returned per call. You can use `nextToken` to obtain
    /// further pages of results. The default is 100 and the maximum allowed page size is 1000. A
    /// value of 0 uses the default.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// If `nextToken` is returned, there are more results available. The value of `nextToken` is a
    /// unique pagination token for each page. Make the call again using the returned token to
    /// retrieve the next page. Keep all other arguments unchanged. Each pagination token expires
    /// after 24 hours. Using an expired pagination token will return an *HTTP 400 InvalidToken*
    /// error.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `ListStateMachines`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStateMachinesOutput {
    /// `stateMachines`.
    #[shape(name = "stateMachines")]
    pub state_machines: Vec<StateMachineListItem>,
    /// If `nextToken` is returned, there are more results available. The value of `nextToken` is a
    /// unique pagination token for each page. Make the call again using the returned token to
    /// retrieve the next page. Keep all other arguments unchanged. Each pagination token expires
    /// after 24 hours. Using an expired pagination token will return an *HTTP 400 InvalidToken*
    /// error.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceInput {
    /// The Amazon Resource Name (ARN) for the Step Functions state machine or activity.
    #[shape(name = "resourceArn")]
    pub resource_arn: String,
}

/// The output of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceOutput {
    /// An array of tags associated with the resource.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
}

/// The model's `LogDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LogDestination {
    /// An object describing a CloudWatch log group. For more information, see
    /// [AWS::Logs::LogGroup](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-logs-loggroup.html)
    /// in the CloudFormation User Guide.
    #[shape(name = "cloudWatchLogsLogGroup")]
    pub cloud_watch_logs_log_group: Option<CloudWatchLogsLogGroup>,
}

/// The model's `LogLevel`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LogLevel {
    /// `ALL`
    #[default]
    #[shape(name = "ALL")]
    All,
    /// `ERROR`
    #[shape(name = "ERROR")]
    Error,
    /// `FATAL`
    #[shape(name = "FATAL")]
    Fatal,
    /// `OFF`
    #[shape(name = "OFF")]
    Off,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The `LoggingConfiguration` data type is used to set CloudWatch Logs options.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LoggingConfiguration {
    /// Defines which category of execution history events are logged.
    #[shape(name = "level")]
    pub level: Option<LogLevel>,
    /// Determines whether execution data is included in your log. When set to `false`, data is
    /// excluded.
    #[shape(name = "includeExecutionData")]
    pub include_execution_data: Option<bool>,
    /// An array of objects that describes where your execution history events will be logged.
    /// Limited to size 1. Required, if your log level is not set to `OFF`.
    #[shape(name = "destinations")]
    pub destinations: Option<Vec<LogDestination>>,
}

/// Contains details about an iteration of a Map state.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MapIterationEventDetails {
    /// The name of the iteration’s parent Map state.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The index of the array belonging to the Map state iteration.
    #[shape(name = "index")]
    pub index: Option<i32>,
}

/// Contains details about all of the child workflow executions started by a Map Run.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MapRunExecutionCounts {
    /// The total number of child workflow executions that were started by a Map Run, but haven't
    /// started executing yet.
    #[shape(name = "pending")]
    pub pending: i64,
    /// The total number of child workflow executions that were started by a Map Run and are
    /// currently in-progress.
    #[shape(name = "running")]
    pub running: i64,
    /// The total number of child workflow executions that were started by a Map Run and have
    /// completed successfully.
    #[shape(name = "succeeded")]
    pub succeeded: i64,
    /// The total number of child workflow executions that were started by a Map Run, but have
    /// failed.
    #[shape(name = "failed")]
    pub failed: i64,
    /// The total number of child workflow executions that were started by a Map Run and have timed
    /// out.
    #[shape(name = "timedOut")]
    pub timed_out: i64,
    /// The total number of child workflow executions that were started by a Map Run and were
    /// running, but were either stopped by the user or by Step Functions because the Map Run
    /// failed.
    #[shape(name = "aborted")]
    pub aborted: i64,
    /// The total number of child workflow executions that were started by a Map Run.
    #[shape(name = "total")]
    pub total: i64,
    /// Returns the count of child workflow executions whose results were written by `ResultWriter`.
    /// For more information, see
    /// [ResultWriter](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html)
    /// in the *Step Functions Developer Guide*.
    #[shape(name = "resultsWritten")]
    pub results_written: i64,
    /// The number of `FAILED`, `ABORTED`, or `TIMED_OUT` child workflow executions that cannot be
    /// redriven because their execution status is terminal. For example, child workflows with an
    /// execution status of `FAILED`, `ABORTED`, or `TIMED_OUT` and a `redriveStatus` of
    /// `NOT_REDRIVABLE`.
    #[shape(name = "failuresNotRedrivable")]
    pub failures_not_redrivable: Option<i64>,
    /// The number of unsuccessful child workflow executions currently waiting to be redriven. The
    /// status of these child workflow executions could be `FAILED`, `ABORTED`, or `TIMED_OUT` in
    /// the original execution attempt or a previous redrive attempt.
    #[shape(name = "pendingRedrive")]
    pub pending_redrive: Option<i64>,
}

/// Contains details about a Map Run failure event that occurred during a state machine execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct MapRunFailedEventDetails {
    /// The error code of the Map Run failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the failure.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for MapRunFailedEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MapRunFailedEventDetails")
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// Contains details about items that were processed in all of the child workflow executions that
/// were started by a Map Run.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MapRunItemCounts {
    /// The total number of items to process in child workflow executions that haven't started
    /// running yet.
    #[shape(name = "pending")]
    pub pending: i64,
    /// The total number of items being processed in child workflow executions that are currently
    /// in-progress.
    #[shape(name = "running")]
    pub running: i64,
    /// The total number of items processed in child workflow executions that have completed
    /// successfully.
    #[shape(name = "succeeded")]
    pub succeeded: i64,
    /// The total number of items processed in child workflow executions that have failed.
    #[shape(name = "failed")]
    pub failed: i64,
    /// The total number of items processed in child workflow executions that have timed out.
    #[shape(name = "timedOut")]
    pub timed_out: i64,
    /// The total number of items processed in child workflow executions that were either stopped by
    /// the user or by Step Functions, because the Map Run failed.
    #[shape(name = "aborted")]
    pub aborted: i64,
    /// The total number of items processed in all the child workflow executions started by a Map
    /// Run.
    #[shape(name = "total")]
    pub total: i64,
    /// Returns the count of items whose results were written by `ResultWriter`. For more
    /// information, see
    /// [ResultWriter](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html)
    /// in the *Step Functions Developer Guide*.
    #[shape(name = "resultsWritten")]
    pub results_written: i64,
    /// The number of `FAILED`, `ABORTED`, or `TIMED_OUT` items in child workflow executions that
    /// cannot be redriven because the execution status of those child workflows is terminal. For
    /// example, child workflows with an execution status of `FAILED`, `ABORTED`, or `TIMED_OUT` and
    /// a `redriveStatus` of `NOT_REDRIVABLE`.
    #[shape(name = "failuresNotRedrivable")]
    pub failures_not_redrivable: Option<i64>,
    /// The number of unsuccessful items in child workflow executions currently waiting to be
    /// redriven.
    #[shape(name = "pendingRedrive")]
    pub pending_redrive: Option<i64>,
}

/// Contains details about a specific Map Run.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MapRunListItem {
    /// The `executionArn` of the execution from which the Map Run was started.
    #[shape(name = "executionArn")]
    pub execution_arn: String,
    /// The Amazon Resource Name (ARN) of the Map Run.
    #[shape(name = "mapRunArn")]
    pub map_run_arn: String,
    /// The Amazon Resource Name (ARN) of the executed state machine.
    #[shape(name = "stateMachineArn")]
    pub state_machine_arn: String,
    /// The date on which the Map Run started.
    #[shape(name = "startDate")]
    pub start_date: DateTime,
    /// The date on which the Map Run stopped.
    #[shape(name = "stopDate")]
    pub stop_date: Option<DateTime>,
}

/// Contains details about a Map Run that was redriven.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MapRunRedrivenEventDetails {
    /// The Amazon Resource Name (ARN) of a Map Run that was redriven.
    #[shape(name = "mapRunArn")]
    pub map_run_arn: Option<String>,
    /// The number of times the Map Run has been redriven at this point in the execution's history
    /// including this event. The redrive count for a redriven Map Run is always greater than 0.
    #[shape(name = "redriveCount")]
    pub redrive_count: Option<i32>,
}

/// Contains details about a Map Run that was started during a state machine execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MapRunStartedEventDetails {
    /// The Amazon Resource Name (ARN) of a Map Run that was started.
    #[shape(name = "mapRunArn")]
    pub map_run_arn: Option<String>,
}

/// The model's `MapRunStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MapRunStatus {
    /// `RUNNING`
    #[default]
    #[shape(name = "RUNNING")]
    Running,
    /// `SUCCEEDED`
    #[shape(name = "SUCCEEDED")]
    Succeeded,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `ABORTED`
    #[shape(name = "ABORTED")]
    Aborted,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Details about a Map state that was started.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MapStateStartedEventDetails {
    /// The size of the array for Map state iterations.
    #[shape(name = "length")]
    pub length: Option<i32>,
}

/// A JSON object that contains a mocked error.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct MockErrorOutput {
    /// A string denoting the error code of the exception thrown when invoking the tested state.
    /// This field is required if `mock.errorOutput` is specified.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A string containing the cause of the exception thrown when executing the state's logic.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for MockErrorOutput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MockErrorOutput")
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// A JSON object that contains a mocked `result` or `errorOutput`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct MockInput {
    /// A JSON string containing the mocked result of the state invocation.
    #[shape(name = "result")]
    pub result: Option<String>,
    /// The mocked error output when calling TestState. When specified, the mocked response is
    /// returned as a JSON object that contains an `error` and `cause` field.
    #[shape(name = "errorOutput")]
    pub error_output: Option<MockErrorOutput>,
    /// Determines the level of strictness when validating mocked results against their respective
    /// API models. Values include:
    #[shape(name = "fieldValidationMode")]
    pub field_validation_mode: Option<MockResponseValidationMode>,
}

impl ::std::fmt::Debug for MockInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MockInput")
            .field("result", &self.result.as_ref().map(|_| "** redacted **"))
            .field("error_output", &self.error_output)
            .field("field_validation_mode", &self.field_validation_mode)
            .finish()
    }
}

/// The model's `MockResponseValidationMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MockResponseValidationMode {
    /// `STRICT`
    #[default]
    #[shape(name = "STRICT")]
    Strict,
    /// `PRESENT`
    #[shape(name = "PRESENT")]
    Present,
    /// `NONE`
    #[shape(name = "NONE")]
    None,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `PublishStateMachineVersion`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct PublishStateMachineVersionInput {
    /// The Amazon Resource Name (ARN) of the state machine.
    #[shape(name = "stateMachineArn")]
    pub state_machine_arn: String,
    /// Only publish the state machine version if the current state machine's revision ID matches
    /// the specified ID.
    #[shape(name = "revisionId")]
    pub revision_id: Option<String>,
    /// An optional description of the state machine version.
    #[shape(name = "description")]
    pub description: Option<String>,
}

impl ::std::fmt::Debug for PublishStateMachineVersionInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PublishStateMachineVersionInput")
            .field("state_machine_arn", &self.state_machine_arn)
            .field("revision_id", &self.revision_id)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// The output of `PublishStateMachineVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PublishStateMachineVersionOutput {
    /// The date the version was created.
    #[shape(name = "creationDate")]
    pub creation_date: DateTime,
    /// The Amazon Resource Name (ARN) (ARN) that identifies the state machine version.
    #[shape(name = "stateMachineVersionArn")]
    pub state_machine_version_arn: String,
}

/// The input of `RedriveExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RedriveExecutionInput {
    /// The Amazon Resource Name (ARN) of the execution to be redriven.
    #[shape(name = "executionArn")]
    pub execution_arn: String,
    /// A unique, case-sensitive identifier that you provide to ensure the idempotency of the
    /// request. If you don’t specify a client token, the Amazon Web Services SDK automatically
    /// generates a client token and uses it for the request to ensure idempotency. The API will
    /// return idempotent responses for the last 10 client tokens used to successfully redrive the
    /// execution. These client tokens are valid for up to 15 minutes after they are first used.
    #[shape(name = "clientToken", idempotency_token)]
    pub client_token: Option<String>,
}

/// The output of `RedriveExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RedriveExecutionOutput {
    /// The date the execution was last redriven.
    #[shape(name = "redriveDate")]
    pub redrive_date: DateTime,
}

/// Contains details about the routing configuration of a state machine alias. In a routing
/// configuration, you define an array of objects that specify up to two state machine versions. You
/// also specify the percentage of traffic to be routed to each version.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RoutingConfigurationListItem {
    /// The Amazon Resource Name (ARN) that identifies one or two state machine versions defined in
    /// the routing configuration.
    #[shape(name = "stateMachineVersionArn")]
    pub state_machine_version_arn: String,
    /// The percentage of traffic you want to route to a state machine version. The sum of the
    /// weights in the routing configuration must be equal to 100.
    #[shape(name = "weight")]
    pub weight: i32,
}

/// The input of `SendTaskFailure`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct SendTaskFailureInput {
    /// The token that represents this task. Task tokens are generated by Step Functions when tasks
    /// are assigned to a worker, or in the [context
    /// object](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html)
    /// when a workflow enters a task state. See `GetActivityTaskOutput$taskToken`.
    #[shape(name = "taskToken")]
    pub task_token: String,
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the failure.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for SendTaskFailureInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendTaskFailureInput")
            .field("task_token", &self.task_token)
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// The output of `SendTaskFailure`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendTaskFailureOutput {}

/// The input of `SendTaskHeartbeat`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendTaskHeartbeatInput {
    /// The token that represents this task. Task tokens are generated by Step Functions when tasks
    /// are assigned to a worker, or in the [context
    /// object](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html)
    /// when a workflow enters a task state. See `GetActivityTaskOutput$taskToken`.
    #[shape(name = "taskToken")]
    pub task_token: String,
}

/// The output of `SendTaskHeartbeat`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendTaskHeartbeatOutput {}

/// The input of `SendTaskSuccess`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct SendTaskSuccessInput {
    /// The token that represents this task. Task tokens are generated by Step Functions when tasks
    /// are assigned to a worker, or in the [context
    /// object](https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html)
    /// when a workflow enters a task state. See `GetActivityTaskOutput$taskToken`.
    #[shape(name = "taskToken")]
    pub task_token: String,
    /// The JSON output of the task. Length constraints apply to the payload size, and are expressed
    /// as bytes in UTF-8 encoding.
    #[shape(name = "output")]
    pub output: String,
}

impl ::std::fmt::Debug for SendTaskSuccessInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendTaskSuccessInput")
            .field("task_token", &self.task_token)
            .field("output", &"** redacted **")
            .finish()
    }
}

/// The output of `SendTaskSuccess`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendTaskSuccessOutput {}

/// The input of `StartExecution`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct StartExecutionInput {
    /// The Amazon Resource Name (ARN) of the state machine to execute.
    #[shape(name = "stateMachineArn")]
    pub state_machine_arn: String,
    /// Optional name of the execution. This name must be unique for your Amazon Web Services
    /// account, Region, and state machine for 90 days. For more information, see [ Limits Related
    /// to State Machine
    /// Executions](https://docs.aws.amazon.com/step-functions/latest/dg/limits.html#service-limits-state-machine-executions)
    /// in the *Step Functions Developer Guide*.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The string that contains the JSON input data for the execution, for example:
    #[shape(name = "input")]
    pub input: Option<String>,
    /// Passes the X-Ray trace header. The trace header can also be passed in the request payload.
    #[shape(name = "traceHeader")]
    pub trace_header: Option<String>,
}

impl ::std::fmt::Debug for StartExecutionInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StartExecutionInput")
            .field("state_machine_arn", &self.state_machine_arn)
            .field("name", &self.name)
            .field("input", &self.input.as_ref().map(|_| "** redacted **"))
            .field("trace_header", &self.trace_header)
            .finish()
    }
}

/// The output of `StartExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartExecutionOutput {
    /// The Amazon Resource Name (ARN) that identifies the execution.
    #[shape(name = "executionArn")]
    pub execution_arn: String,
    /// The date the execution is started.
    #[shape(name = "startDate")]
    pub start_date: DateTime,
}

/// The input of `StartSyncExecution`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct StartSyncExecutionInput {
    /// The Amazon Resource Name (ARN) of the state machine to execute.
    #[shape(name = "stateMachineArn")]
    pub state_machine_arn: String,
    /// The name of the execution.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The string that contains the JSON input data for the execution, for example:
    #[shape(name = "input")]
    pub input: Option<String>,
    /// Passes the X-Ray trace header. The trace header can also be passed in the request payload.
    #[shape(name = "traceHeader")]
    pub trace_header: Option<String>,
    /// If your state machine definition is encrypted with a KMS key, callers must have
    /// `kms:Decrypt` permission to decrypt the definition. Alternatively, you can call the API with
    /// `includedData = METADATA_ONLY` to get a successful response without the encrypted
    /// definition.
    #[shape(name = "includedData")]
    pub included_data: Option<IncludedData>,
}

impl ::std::fmt::Debug for StartSyncExecutionInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StartSyncExecutionInput")
            .field("state_machine_arn", &self.state_machine_arn)
            .field("name", &self.name)
            .field("input", &self.input.as_ref().map(|_| "** redacted **"))
            .field("trace_header", &self.trace_header)
            .field("included_data", &self.included_data)
            .finish()
    }
}

/// The output of `StartSyncExecution`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct StartSyncExecutionOutput {
    /// The Amazon Resource Name (ARN) that identifies the execution.
    #[shape(name = "executionArn")]
    pub execution_arn: String,
    /// The Amazon Resource Name (ARN) that identifies the state machine.
    #[shape(name = "stateMachineArn")]
    pub state_machine_arn: Option<String>,
    /// The name of the execution.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The date the execution is started.
    #[shape(name = "startDate")]
    pub start_date: DateTime,
    /// If the execution has already ended, the date the execution stopped.
    #[shape(name = "stopDate")]
    pub stop_date: DateTime,
    /// The current status of the execution.
    #[shape(name = "status")]
    pub status: SyncExecutionStatus,
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the failure.
    #[shape(name = "cause")]
    pub cause: Option<String>,
    /// The string that contains the JSON input data of the execution. Length constraints apply to
    /// the payload size, and are expressed as bytes in UTF-8 encoding.
    #[shape(name = "input")]
    pub input: Option<String>,
    /// Provides details about execution input or output.
    #[shape(name = "inputDetails")]
    pub input_details: Option<CloudWatchEventsExecutionDataDetails>,
    /// The JSON output data of the execution. Length constraints apply to the payload size, and are
    /// expressed as bytes in UTF-8 encoding.
    #[shape(name = "output")]
    pub output: Option<String>,
    /// Provides details about execution input or output.
    #[shape(name = "outputDetails")]
    pub output_details: Option<CloudWatchEventsExecutionDataDetails>,
    /// The X-Ray trace header that was passed to the execution.
    #[shape(name = "traceHeader")]
    pub trace_header: Option<String>,
    /// An object that describes workflow billing details, including billed duration and memory use.
    #[shape(name = "billingDetails")]
    pub billing_details: Option<BillingDetails>,
}

impl ::std::fmt::Debug for StartSyncExecutionOutput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StartSyncExecutionOutput")
            .field("execution_arn", &self.execution_arn)
            .field("state_machine_arn", &self.state_machine_arn)
            .field("name", &self.name)
            .field("start_date", &self.start_date)
            .field("stop_date", &self.stop_date)
            .field("status", &self.status)
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .field("input", &self.input.as_ref().map(|_| "** redacted **"))
            .field("input_details", &self.input_details)
            .field("output", &self.output.as_ref().map(|_| "** redacted **"))
            .field("output_details", &self.output_details)
            .field("trace_header", &self.trace_header)
            .field("billing_details", &self.billing_details)
            .finish()
    }
}

/// Contains details about a state entered during an execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct StateEnteredEventDetails {
    /// The name of the state.
    #[shape(name = "name")]
    pub name: String,
    /// The string that contains the JSON input data for the state. Length constraints apply to the
    /// payload size, and are expressed as bytes in UTF-8 encoding.
    #[shape(name = "input")]
    pub input: Option<String>,
    /// Contains details about the input for an execution history event.
    #[shape(name = "inputDetails")]
    pub input_details: Option<HistoryEventExecutionDataDetails>,
}

impl ::std::fmt::Debug for StateEnteredEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StateEnteredEventDetails")
            .field("name", &self.name)
            .field("input", &self.input.as_ref().map(|_| "** redacted **"))
            .field("input_details", &self.input_details)
            .finish()
    }
}

/// Contains details about an exit from a state during an execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct StateExitedEventDetails {
    /// The name of the state.
    #[shape(name = "name")]
    pub name: String,
    /// The JSON output data of the state. Length constraints apply to the payload size, and are
    /// expressed as bytes in UTF-8 encoding.
    #[shape(name = "output")]
    pub output: Option<String>,
    /// Contains details about the output of an execution history event.
    #[shape(name = "outputDetails")]
    pub output_details: Option<HistoryEventExecutionDataDetails>,
    /// Map of variable name and value as a serialized JSON representation.
    #[shape(name = "assignedVariables")]
    pub assigned_variables: Option<HashMap<String, String>>,
    /// Provides details about input or output in an execution history event.
    #[shape(name = "assignedVariablesDetails")]
    pub assigned_variables_details: Option<AssignedVariablesDetails>,
}

impl ::std::fmt::Debug for StateExitedEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StateExitedEventDetails")
            .field("name", &self.name)
            .field("output", &self.output.as_ref().map(|_| "** redacted **"))
            .field("output_details", &self.output_details)
            .field(
                "assigned_variables",
                &self.assigned_variables.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "assigned_variables_details",
                &self.assigned_variables_details,
            )
            .finish()
    }
}

/// Contains details about a specific state machine alias.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StateMachineAliasListItem {
    /// The Amazon Resource Name (ARN) that identifies a state machine alias. The alias ARN is a
    /// combination of state machine ARN and the alias name separated by a colon (:). For example,
    /// `stateMachineARN:PROD`.
    #[shape(name = "stateMachineAliasArn")]
    pub state_machine_alias_arn: String,
    /// The creation date of a state machine alias.
    #[shape(name = "creationDate")]
    pub creation_date: DateTime,
}

/// Contains details about the state machine.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StateMachineListItem {
    /// The Amazon Resource Name (ARN) that identifies the state machine.
    #[shape(name = "stateMachineArn")]
    pub state_machine_arn: String,
    /// The name of the state machine.
    #[shape(name = "name")]
    pub name: String,
    /// `type`.
    #[shape(name = "type")]
    pub r#type: StateMachineType,
    /// The date the state machine is created.
    #[shape(name = "creationDate")]
    pub creation_date: DateTime,
}

/// The model's `StateMachineStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StateMachineStatus {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `DELETING`
    #[shape(name = "DELETING")]
    Deleting,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `StateMachineType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StateMachineType {
    /// `STANDARD`
    #[default]
    #[shape(name = "STANDARD")]
    Standard,
    /// `EXPRESS`
    #[shape(name = "EXPRESS")]
    Express,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains details about a specific state machine version.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StateMachineVersionListItem {
    /// The Amazon Resource Name (ARN) that identifies a state machine version. The version ARN is a
    /// combination of state machine ARN and the version number separated by a colon (:). For
    /// example, `stateMachineARN:1`.
    #[shape(name = "stateMachineVersionArn")]
    pub state_machine_version_arn: String,
    /// The creation date of a state machine version.
    #[shape(name = "creationDate")]
    pub creation_date: DateTime,
}

/// The input of `StopExecution`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct StopExecutionInput {
    /// The Amazon Resource Name (ARN) of the execution to stop.
    #[shape(name = "executionArn")]
    pub execution_arn: String,
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the failure.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for StopExecutionInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StopExecutionInput")
            .field("execution_arn", &self.execution_arn)
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// The output of `StopExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopExecutionOutput {
    /// The date the execution is stopped.
    #[shape(name = "stopDate")]
    pub stop_date: DateTime,
}

/// The model's `SyncExecutionStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SyncExecutionStatus {
    /// `SUCCEEDED`
    #[default]
    #[shape(name = "SUCCEEDED")]
    Succeeded,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `TIMED_OUT`
    #[shape(name = "TIMED_OUT")]
    TimedOut,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Tags are key-value pairs that can be associated with Step Functions state machines and
/// activities.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// The key of a tag.
    #[shape(name = "key")]
    pub key: Option<String>,
    /// The value of a tag.
    #[shape(name = "value")]
    pub value: Option<String>,
}

/// The input of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceInput {
    /// The Amazon Resource Name (ARN) for the Step Functions state machine or activity.
    #[shape(name = "resourceArn")]
    pub resource_arn: String,
    /// The list of tags to add to a resource.
    #[shape(name = "tags")]
    pub tags: Vec<Tag>,
}

/// The output of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceOutput {}

/// Contains details about the credentials that Step Functions uses for a task.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TaskCredentials {
    /// The ARN of an IAM role that Step Functions assumes for the task. The role can allow
    /// cross-account access to resources.
    #[shape(name = "roleArn")]
    pub role_arn: Option<String>,
}

/// Contains details about a task failure event.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct TaskFailedEventDetails {
    /// The service name of the resource in a task state.
    #[shape(name = "resourceType")]
    pub resource_type: String,
    /// The action of the resource called by a task state.
    #[shape(name = "resource")]
    pub resource: String,
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the failure.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for TaskFailedEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskFailedEventDetails")
            .field("resource_type", &self.resource_type)
            .field("resource", &self.resource)
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// Contains details about a task scheduled during an execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct TaskScheduledEventDetails {
    /// The service name of the resource in a task state.
    #[shape(name = "resourceType")]
    pub resource_type: String,
    /// The action of the resource called by a task state.
    #[shape(name = "resource")]
    pub resource: String,
    /// The region of the scheduled task
    #[shape(name = "region")]
    pub region: String,
    /// The JSON data passed to the resource referenced in a task state. Length constraints apply to
    /// the payload size, and are expressed as bytes in UTF-8 encoding.
    #[shape(name = "parameters")]
    pub parameters: String,
    /// The maximum allowed duration of the task.
    #[shape(name = "timeoutInSeconds")]
    pub timeout_in_seconds: Option<i64>,
    /// The maximum allowed duration between two heartbeats for the task.
    #[shape(name = "heartbeatInSeconds")]
    pub heartbeat_in_seconds: Option<i64>,
    /// The credentials that Step Functions uses for the task.
    #[shape(name = "taskCredentials")]
    pub task_credentials: Option<TaskCredentials>,
}

impl ::std::fmt::Debug for TaskScheduledEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskScheduledEventDetails")
            .field("resource_type", &self.resource_type)
            .field("resource", &self.resource)
            .field("region", &self.region)
            .field("parameters", &"** redacted **")
            .field("timeout_in_seconds", &self.timeout_in_seconds)
            .field("heartbeat_in_seconds", &self.heartbeat_in_seconds)
            .field("task_credentials", &self.task_credentials)
            .finish()
    }
}

/// Contains details about a task that failed to start during an execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct TaskStartFailedEventDetails {
    /// The service name of the resource in a task state.
    #[shape(name = "resourceType")]
    pub resource_type: String,
    /// The action of the resource called by a task state.
    #[shape(name = "resource")]
    pub resource: String,
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the failure.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for TaskStartFailedEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskStartFailedEventDetails")
            .field("resource_type", &self.resource_type)
            .field("resource", &self.resource)
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// Contains details about the start of a task during an execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TaskStartedEventDetails {
    /// The service name of the resource in a task state.
    #[shape(name = "resourceType")]
    pub resource_type: String,
    /// The action of the resource called by a task state.
    #[shape(name = "resource")]
    pub resource: String,
}

/// Contains details about a task that failed to submit during an execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct TaskSubmitFailedEventDetails {
    /// The service name of the resource in a task state.
    #[shape(name = "resourceType")]
    pub resource_type: String,
    /// The action of the resource called by a task state.
    #[shape(name = "resource")]
    pub resource: String,
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the failure.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for TaskSubmitFailedEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskSubmitFailedEventDetails")
            .field("resource_type", &self.resource_type)
            .field("resource", &self.resource)
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// Contains details about a task submitted to a resource .
#[derive(Shape, Clone, Default, PartialEq)]
pub struct TaskSubmittedEventDetails {
    /// The service name of the resource in a task state.
    #[shape(name = "resourceType")]
    pub resource_type: String,
    /// The action of the resource called by a task state.
    #[shape(name = "resource")]
    pub resource: String,
    /// The response from a resource when a task has started. Length constraints apply to the
    /// payload size, and are expressed as bytes in UTF-8 encoding.
    #[shape(name = "output")]
    pub output: Option<String>,
    /// Contains details about the output of an execution history event.
    #[shape(name = "outputDetails")]
    pub output_details: Option<HistoryEventExecutionDataDetails>,
}

impl ::std::fmt::Debug for TaskSubmittedEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskSubmittedEventDetails")
            .field("resource_type", &self.resource_type)
            .field("resource", &self.resource)
            .field("output", &self.output.as_ref().map(|_| "** redacted **"))
            .field("output_details", &self.output_details)
            .finish()
    }
}

/// Contains details about the successful completion of a task state.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct TaskSucceededEventDetails {
    /// The service name of the resource in a task state.
    #[shape(name = "resourceType")]
    pub resource_type: String,
    /// The action of the resource called by a task state.
    #[shape(name = "resource")]
    pub resource: String,
    /// The full JSON response from a resource when a task has succeeded. This response becomes the
    /// output of the related task. Length constraints apply to the payload size, and are expressed
    /// as bytes in UTF-8 encoding.
    #[shape(name = "output")]
    pub output: Option<String>,
    /// Contains details about the output of an execution history event.
    #[shape(name = "outputDetails")]
    pub output_details: Option<HistoryEventExecutionDataDetails>,
}

impl ::std::fmt::Debug for TaskSucceededEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskSucceededEventDetails")
            .field("resource_type", &self.resource_type)
            .field("resource", &self.resource)
            .field("output", &self.output.as_ref().map(|_| "** redacted **"))
            .field("output_details", &self.output_details)
            .finish()
    }
}

/// Contains details about a resource timeout that occurred during an execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct TaskTimedOutEventDetails {
    /// The service name of the resource in a task state.
    #[shape(name = "resourceType")]
    pub resource_type: String,
    /// The action of the resource called by a task state.
    #[shape(name = "resource")]
    pub resource: String,
    /// The error code of the failure.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A more detailed explanation of the cause of the failure.
    #[shape(name = "cause")]
    pub cause: Option<String>,
}

impl ::std::fmt::Debug for TaskTimedOutEventDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TaskTimedOutEventDetails")
            .field("resource_type", &self.resource_type)
            .field("resource", &self.resource)
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// The model's `TestExecutionStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TestExecutionStatus {
    /// `SUCCEEDED`
    #[default]
    #[shape(name = "SUCCEEDED")]
    Succeeded,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `RETRIABLE`
    #[shape(name = "RETRIABLE")]
    Retriable,
    /// `CAUGHT_ERROR`
    #[shape(name = "CAUGHT_ERROR")]
    CaughtError,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains configurations for the tested state.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct TestStateConfiguration {
    /// The number of retry attempts that have occurred for the state's Retry that applies to the
    /// mocked error.
    #[shape(name = "retrierRetryCount")]
    pub retrier_retry_count: Option<i32>,
    /// The name of the state from which an error originates when an error is mocked for a Map or
    /// Parallel state.
    #[shape(name = "errorCausedByState")]
    pub error_caused_by_state: Option<String>,
    /// The number of Map state iterations that failed during the Map state invocation.
    #[shape(name = "mapIterationFailureCount")]
    pub map_iteration_failure_count: Option<i32>,
    /// The data read by ItemReader in Distributed Map states as found in its original source.
    #[shape(name = "mapItemReaderData")]
    pub map_item_reader_data: Option<String>,
}

impl ::std::fmt::Debug for TestStateConfiguration {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TestStateConfiguration")
            .field("retrier_retry_count", &self.retrier_retry_count)
            .field(
                "error_caused_by_state",
                &self
                    .error_caused_by_state
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field(
                "map_iteration_failure_count",
                &self.map_iteration_failure_count,
            )
            .field(
                "map_item_reader_data",
                &self.map_item_reader_data.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// The input of `TestState`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct TestStateInput {
    /// The [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html)
    /// (ASL) definition of the state or state machine.
    #[shape(name = "definition")]
    pub definition: String,
    /// The Amazon Resource Name (ARN) of the execution role with the required IAM permissions for
    /// the state.
    #[shape(name = "roleArn")]
    pub role_arn: Option<String>,
    /// A string that contains the JSON input data for the state.
    #[shape(name = "input")]
    pub input: Option<String>,
    /// Determines the values to return when a state is tested. You can specify one of the following
    /// types:
    #[shape(name = "inspectionLevel")]
    pub inspection_level: Option<InspectionLevel>,
    /// Specifies whether or not to include secret information in the test result. For HTTP Tasks, a
    /// secret includes the data that an EventBridge connection adds to modify the HTTP request
    /// headers, query parameters, and body. Step Functions doesn't omit any information included in
    /// the state definition or the HTTP response.
    #[shape(name = "revealSecrets")]
    pub reveal_secrets: Option<bool>,
    /// JSON object literal that sets variables used in the state under test. Object keys are the
    /// variable names and values are the variable values.
    #[shape(name = "variables")]
    pub variables: Option<String>,
    /// Denotes the particular state within a state machine definition to be tested. If this field
    /// is specified, the `definition` must contain a fully-formed state machine definition.
    #[shape(name = "stateName")]
    pub state_name: Option<String>,
    /// Defines a mocked result or error for the state under test.
    #[shape(name = "mock")]
    pub mock: Option<MockInput>,
    /// A JSON string representing a valid Context object for the state under test. This field may
    /// only be specified if a mock is specified in the same request.
    #[shape(name = "context")]
    pub context: Option<String>,
    /// Contains configurations for the state under test.
    #[shape(name = "stateConfiguration")]
    pub state_configuration: Option<TestStateConfiguration>,
}

impl ::std::fmt::Debug for TestStateInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TestStateInput")
            .field("definition", &"** redacted **")
            .field("role_arn", &self.role_arn)
            .field("input", &self.input.as_ref().map(|_| "** redacted **"))
            .field("inspection_level", &self.inspection_level)
            .field("reveal_secrets", &self.reveal_secrets)
            .field(
                "variables",
                &self.variables.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "state_name",
                &self.state_name.as_ref().map(|_| "** redacted **"),
            )
            .field("mock", &self.mock)
            .field("context", &self.context.as_ref().map(|_| "** redacted **"))
            .field("state_configuration", &self.state_configuration)
            .finish()
    }
}

/// The output of `TestState`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct TestStateOutput {
    /// The JSON output data of the state. Length constraints apply to the payload size, and are
    /// expressed as bytes in UTF-8 encoding.
    #[shape(name = "output")]
    pub output: Option<String>,
    /// The error returned when the execution of a state fails.
    #[shape(name = "error")]
    pub error: Option<String>,
    /// A detailed explanation of the cause for the error when the execution of a state fails.
    #[shape(name = "cause")]
    pub cause: Option<String>,
    /// Returns additional details about the state's execution, including its input and output data
    /// processing flow, and HTTP request and response information. The `inspectionLevel` request
    /// parameter specifies which details are returned.
    #[shape(name = "inspectionData")]
    pub inspection_data: Option<InspectionData>,
    /// The name of the next state to transition to. If you haven't defined a next state in your
    /// definition or if the execution of the state fails, this field doesn't contain a value.
    #[shape(name = "nextState")]
    pub next_state: Option<String>,
    /// The execution status of the state.
    #[shape(name = "status")]
    pub status: Option<TestExecutionStatus>,
}

impl ::std::fmt::Debug for TestStateOutput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("TestStateOutput")
            .field("output", &self.output.as_ref().map(|_| "** redacted **"))
            .field("error", &self.error.as_ref().map(|_| "** redacted **"))
            .field("cause", &self.cause.as_ref().map(|_| "** redacted **"))
            .field(
                "inspection_data",
                &self.inspection_data.as_ref().map(|_| "** redacted **"),
            )
            .field("next_state", &self.next_state)
            .field("status", &self.status)
            .finish()
    }
}

/// Selects whether or not the state machine's X-Ray tracing is enabled. Default is `false`
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TracingConfiguration {
    /// When set to `true`, X-Ray tracing is enabled.
    #[shape(name = "enabled")]
    pub enabled: Option<bool>,
}

/// The input of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceInput {
    /// The Amazon Resource Name (ARN) for the Step Functions state machine or activity.
    #[shape(name = "resourceArn")]
    pub resource_arn: String,
    /// The list of tags to remove from the resource.
    #[shape(name = "tagKeys")]
    pub tag_keys: Vec<String>,
}

/// The output of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceOutput {}

/// The input of `UpdateMapRun`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateMapRunInput {
    /// The Amazon Resource Name (ARN) of a Map Run.
    #[shape(name = "mapRunArn")]
    pub map_run_arn: String,
    /// The maximum number of child workflow executions that can be specified to run in parallel for
    /// the Map Run at the same time.
    #[shape(name = "maxConcurrency")]
    pub max_concurrency: Option<i32>,
    /// The maximum percentage of failed items before the Map Run fails.
    #[shape(name = "toleratedFailurePercentage")]
    pub tolerated_failure_percentage: Option<f32>,
    /// The maximum number of failed items before the Map Run fails.
    #[shape(name = "toleratedFailureCount")]
    pub tolerated_failure_count: Option<i64>,
}

/// The output of `UpdateMapRun`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateMapRunOutput {}

/// The input of `UpdateStateMachineAlias`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UpdateStateMachineAliasInput {
    /// The Amazon Resource Name (ARN) of the state machine alias.
    #[shape(name = "stateMachineAliasArn")]
    pub state_machine_alias_arn: String,
    /// A description of the state machine alias.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The routing configuration of the state machine alias.
    #[shape(name = "routingConfiguration")]
    pub routing_configuration: Option<Vec<RoutingConfigurationListItem>>,
}

impl ::std::fmt::Debug for UpdateStateMachineAliasInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateStateMachineAliasInput")
            .field("state_machine_alias_arn", &self.state_machine_alias_arn)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .field("routing_configuration", &self.routing_configuration)
            .finish()
    }
}

/// The output of `UpdateStateMachineAlias`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateStateMachineAliasOutput {
    /// The date and time the state machine alias was updated.
    #[shape(name = "updateDate")]
    pub update_date: DateTime,
}

/// The input of `UpdateStateMachine`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UpdateStateMachineInput {
    /// The Amazon Resource Name (ARN) of the state machine.
    #[shape(name = "stateMachineArn")]
    pub state_machine_arn: String,
    /// The Amazon States Language definition of the state machine. See [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html).
    #[shape(name = "definition")]
    pub definition: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM role of the state machine.
    #[shape(name = "roleArn")]
    pub role_arn: Option<String>,
    /// Use the `LoggingConfiguration` data type to set CloudWatch Logs options.
    #[shape(name = "loggingConfiguration")]
    pub logging_configuration: Option<LoggingConfiguration>,
    /// Selects whether X-Ray tracing is enabled.
    #[shape(name = "tracingConfiguration")]
    pub tracing_configuration: Option<TracingConfiguration>,
    /// Specifies whether the state machine version is published. The default is `false`. To publish
    /// a version after updating the state machine, set `publish` to `true`.
    #[shape(name = "publish")]
    pub publish: Option<bool>,
    /// An optional description of the state machine version to publish.
    #[shape(name = "versionDescription")]
    pub version_description: Option<String>,
    /// Settings to configure server-side encryption.
    #[shape(name = "encryptionConfiguration")]
    pub encryption_configuration: Option<EncryptionConfiguration>,
}

impl ::std::fmt::Debug for UpdateStateMachineInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateStateMachineInput")
            .field("state_machine_arn", &self.state_machine_arn)
            .field(
                "definition",
                &self.definition.as_ref().map(|_| "** redacted **"),
            )
            .field("role_arn", &self.role_arn)
            .field("logging_configuration", &self.logging_configuration)
            .field("tracing_configuration", &self.tracing_configuration)
            .field("publish", &self.publish)
            .field(
                "version_description",
                &self.version_description.as_ref().map(|_| "** redacted **"),
            )
            .field("encryption_configuration", &self.encryption_configuration)
            .finish()
    }
}

/// The output of `UpdateStateMachine`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateStateMachineOutput {
    /// The date and time the state machine was updated.
    #[shape(name = "updateDate")]
    pub update_date: DateTime,
    /// The revision identifier for the updated state machine.
    #[shape(name = "revisionId")]
    pub revision_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the published state machine version.
    #[shape(name = "stateMachineVersionArn")]
    pub state_machine_version_arn: Option<String>,
}

/// Describes potential issues found during state machine validation. Rather than raise an
/// exception, validation will return a list of **diagnostic elements** containing diagnostic
/// information.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ValidateStateMachineDefinitionDiagnostic {
    /// A value of `ERROR` means that you cannot create or update a state machine with this
    /// definition.
    #[shape(name = "severity")]
    pub severity: ValidateStateMachineDefinitionSeverity,
    /// Identifying code for the diagnostic.
    #[shape(name = "code")]
    pub code: String,
    /// Message describing the diagnostic condition.
    #[shape(name = "message")]
    pub message: String,
    /// Location of the issue in the state machine, if available.
    #[shape(name = "location")]
    pub location: Option<String>,
}

impl ::std::fmt::Debug for ValidateStateMachineDefinitionDiagnostic {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ValidateStateMachineDefinitionDiagnostic")
            .field("severity", &self.severity)
            .field("code", &"** redacted **")
            .field("message", &"** redacted **")
            .field(
                "location",
                &self.location.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// The input of `ValidateStateMachineDefinition`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ValidateStateMachineDefinitionInput {
    /// The Amazon States Language definition of the state machine. For more information, see
    /// [Amazon States
    /// Language](https://docs.aws.amazon.com/step-functions/latest/dg/concepts-amazon-states-language.html)
    /// (ASL).
    #[shape(name = "definition")]
    pub definition: String,
    /// The target type of state machine for this definition. The default is `STANDARD`.
    #[shape(name = "type")]
    pub r#type: Option<StateMachineType>,
    /// Minimum level of diagnostics to return. `ERROR` returns only `ERROR` diagnostics, whereas
    /// `WARNING` returns both `WARNING` and `ERROR` diagnostics. The default is `ERROR`.
    #[shape(name = "severity")]
    pub severity: Option<ValidateStateMachineDefinitionSeverity>,
    /// The maximum number of diagnostics that are returned per call. The default and maximum value
    /// is 100. Setting the value to 0 will also use the default of 100.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
}

impl ::std::fmt::Debug for ValidateStateMachineDefinitionInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ValidateStateMachineDefinitionInput")
            .field("definition", &"** redacted **")
            .field("type", &self.r#type)
            .field("severity", &self.severity)
            .field("max_results", &self.max_results)
            .finish()
    }
}

/// The output of `ValidateStateMachineDefinition`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ValidateStateMachineDefinitionOutput {
    /// The result value will be `OK` when no syntax errors are found, or `FAIL` if the workflow
    /// definition does not pass verification.
    #[shape(name = "result")]
    pub result: ValidateStateMachineDefinitionResultCode,
    /// An array of diagnostic errors and warnings found during validation of the state machine
    /// definition. Since **warnings** do not prevent deploying your workflow definition, the
    /// **result** value could be `OK` even when warning diagnostics are present in the response.
    #[shape(name = "diagnostics")]
    pub diagnostics: Vec<ValidateStateMachineDefinitionDiagnostic>,
    /// The result value will be `true` if the number of diagnostics found in the workflow
    /// definition exceeds `maxResults`. When all diagnostics results are returned, the value will
    /// be `false`.
    #[shape(name = "truncated")]
    pub truncated: Option<bool>,
}

/// The model's `ValidateStateMachineDefinitionResultCode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ValidateStateMachineDefinitionResultCode {
    /// `OK`
    #[default]
    #[shape(name = "OK")]
    Ok,
    /// `FAIL`
    #[shape(name = "FAIL")]
    Fail,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ValidateStateMachineDefinitionSeverity`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ValidateStateMachineDefinitionSeverity {
    /// `ERROR`
    #[default]
    #[shape(name = "ERROR")]
    Error,
    /// `WARNING`
    #[shape(name = "WARNING")]
    Warning,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}
