//! AWS Lambda (`lambda`, API version 2015-03-31): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- lambda --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, Blob, ByteStream, DateTime, Op, Shape};
use std::collections::HashMap;

/// **Overview**
#[client(
    service = "lambda",
    protocol = "restJson1",
    api_version = "2015-03-31",
    service_id = "Lambda",
    endpoint_rules = include_str!("lambda/endpoint-rule-set.json"),
)]
#[waiter(
    function_active = get_function_configuration,
    delay = 5,
    max_attempts = 60,
    success(path = |o: &FunctionConfiguration| -> Option<&str> { Some(o).and_then(|x| x.state.as_ref()).map(|x| x.as_str()) } == Some("Active")),
    failure(path = |o: &FunctionConfiguration| -> Option<&str> { Some(o).and_then(|x| x.state.as_ref()).map(|x| x.as_str()) } == Some("Failed")),
    retry(path = |o: &FunctionConfiguration| -> Option<&str> { Some(o).and_then(|x| x.state.as_ref()).map(|x| x.as_str()) } == Some("Pending")),
)]
#[waiter(
    function_active_v2 = get_function,
    delay = 1,
    max_attempts = 300,
    success(path = |o: &GetFunctionResponse| -> Option<&str> { Some(o).and_then(|x| x.configuration.as_ref()).and_then(|x| x.state.as_ref()).map(|x| x.as_str()) } == Some("Active")),
    failure(path = |o: &GetFunctionResponse| -> Option<&str> { Some(o).and_then(|x| x.configuration.as_ref()).and_then(|x| x.state.as_ref()).map(|x| x.as_str()) } == Some("Failed")),
    retry(path = |o: &GetFunctionResponse| -> Option<&str> { Some(o).and_then(|x| x.configuration.as_ref()).and_then(|x| x.state.as_ref()).map(|x| x.as_str()) } == Some("Pending")),
)]
#[waiter(
    function_exists = get_function,
    delay = 1,
    max_attempts = 20,
    success(status = 200),
    retry(error = "ResourceNotFoundException"),
)]
#[waiter(
    function_updated = get_function_configuration,
    delay = 5,
    max_attempts = 60,
    success(path = |o: &FunctionConfiguration| -> Option<&str> { Some(o).and_then(|x| x.last_update_status.as_ref()).map(|x| x.as_str()) } == Some("Successful")),
    failure(path = |o: &FunctionConfiguration| -> Option<&str> { Some(o).and_then(|x| x.last_update_status.as_ref()).map(|x| x.as_str()) } == Some("Failed")),
    retry(path = |o: &FunctionConfiguration| -> Option<&str> { Some(o).and_then(|x| x.last_update_status.as_ref()).map(|x| x.as_str()) } == Some("InProgress")),
)]
#[waiter(
    function_updated_v2 = get_function,
    delay = 1,
    max_attempts = 300,
    success(path = |o: &GetFunctionResponse| -> Option<&str> { Some(o).and_then(|x| x.configuration.as_ref()).and_then(|x| x.last_update_status.as_ref()).map(|x| x.as_str()) } == Some("Successful")),
    failure(path = |o: &GetFunctionResponse| -> Option<&str> { Some(o).and_then(|x| x.configuration.as_ref()).and_then(|x| x.last_update_status.as_ref()).map(|x| x.as_str()) } == Some("Failed")),
    retry(path = |o: &GetFunctionResponse| -> Option<&str> { Some(o).and_then(|x| x.configuration.as_ref()).and_then(|x| x.last_update_status.as_ref()).map(|x| x.as_str()) } == Some("InProgress")),
)]
#[waiter(
    published_version_active = get_function_configuration,
    delay = 5,
    max_attempts = 312,
    success(path = |o: &FunctionConfiguration| -> Option<&str> { Some(o).and_then(|x| x.state.as_ref()).map(|x| x.as_str()) } == Some("Active")),
    failure(path = |o: &FunctionConfiguration| -> Option<&str> { Some(o).and_then(|x| x.state.as_ref()).map(|x| x.as_str()) } == Some("Failed")),
    retry(path = |o: &FunctionConfiguration| -> Option<&str> { Some(o).and_then(|x| x.state.as_ref()).map(|x| x.as_str()) } == Some("Pending")),
)]
pub struct Client {
    /// Adds permissions to the resource-based policy of a version of an [Lambda
    /// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html). Use this
    /// action to grant layer usage permission to other accounts. You can grant permission to a
    /// single account, all accounts in an organization, or all Amazon Web Services accounts.
    #[op(
        http = "POST /2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy",
        status = 201
    )]
    add_layer_version_permission:
        Op<AddLayerVersionPermissionRequest, AddLayerVersionPermissionResponse>,
    /// Grants a
    /// [principal](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#Principal_specifying)
    /// permission to use a function. You can apply the policy at the function level, or specify a
    /// qualifier to restrict access to a single version or alias. If you use a qualifier, the
    /// invoker must use the full Amazon Resource Name (ARN) of that version or alias to invoke the
    /// function. Note: Lambda does not support adding policies to version $LATEST.
    #[op(
        http = "POST /2015-03-31/functions/{FunctionName}/policy",
        status = 201
    )]
    add_permission: Op<AddPermissionRequest, AddPermissionResponse>,
    /// Saves the progress of a [durable
    /// function](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) execution
    /// during runtime. This API is used by the Lambda durable functions SDK to checkpoint completed
    /// steps and schedule asynchronous operations. You typically don't need to call this API
    /// directly as the SDK handles checkpointing automatically.
    #[op(http = "POST /2025-12-01/durable-executions/{DurableExecutionArn}/checkpoint")]
    checkpoint_durable_execution:
        Op<CheckpointDurableExecutionRequest, CheckpointDurableExecutionResponse>,
    /// Creates an [alias](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html)
    /// for a Lambda function version. Use aliases to provide clients with a function identifier
    /// that you can update to invoke a different version.
    #[op(
        http = "POST /2015-03-31/functions/{FunctionName}/aliases",
        status = 201
    )]
    create_alias: Op<CreateAliasRequest, AliasConfiguration>,
    /// Creates a capacity provider that manages compute resources for Lambda functions
    #[op(http = "POST /2025-11-30/capacity-providers", status = 202)]
    create_capacity_provider: Op<CreateCapacityProviderRequest, CreateCapacityProviderResponse>,
    /// Creates a code signing configuration. A [code signing
    /// configuration](https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html)
    /// defines a list of allowed signing profiles and defines the code-signing validation policy
    /// (action to be taken if deployment validation checks fail).
    #[op(http = "POST /2020-04-22/code-signing-configs", status = 201)]
    create_code_signing_config: Op<CreateCodeSigningConfigRequest, CreateCodeSigningConfigResponse>,
    /// Creates a mapping between an event source and an Lambda function. Lambda reads items from
    /// the event source and invokes the function.
    #[op(http = "POST /2015-03-31/event-source-mappings", status = 202)]
    create_event_source_mapping:
        Op<CreateEventSourceMappingRequest, EventSourceMappingConfiguration>,
    /// Creates a Lambda function. To create a function, you need a [deployment
    /// package](https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-package.html) and an
    /// [execution
    /// role](https://docs.aws.amazon.com/lambda/latest/dg/intro-permission-model.html#lambda-intro-execution-role).
    /// The deployment package is a .zip file archive or container image that contains your function
    /// code. The execution role grants the function permission to use Amazon Web Services services,
    /// such as Amazon CloudWatch Logs for log streaming and X-Ray for request tracing.
    #[op(http = "POST /2015-03-31/functions", status = 201)]
    create_function: Op<CreateFunctionRequest, FunctionConfiguration>,
    /// Creates a Lambda function URL with the specified configuration parameters. A function URL is
    /// a dedicated HTTP(S) endpoint that you can use to invoke your function.
    #[op(http = "POST /2021-10-31/functions/{FunctionName}/url", status = 201)]
    create_function_url_config: Op<CreateFunctionUrlConfigRequest, CreateFunctionUrlConfigResponse>,
    /// Deletes a Lambda function
    /// [alias](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html).
    #[op(
        http = "DELETE /2015-03-31/functions/{FunctionName}/aliases/{Name}",
        status = 204
    )]
    delete_alias: Op<DeleteAliasRequest, ()>,
    /// Deletes a capacity provider. You cannot delete a capacity provider that is currently being
    /// used by Lambda functions.
    #[op(
        http = "DELETE /2025-11-30/capacity-providers/{CapacityProviderName}",
        status = 202
    )]
    delete_capacity_provider: Op<DeleteCapacityProviderRequest, DeleteCapacityProviderResponse>,
    /// Deletes the code signing configuration. You can delete the code signing configuration only
    /// if no function is using it.
    #[op(
        http = "DELETE /2020-04-22/code-signing-configs/{CodeSigningConfigArn}",
        status = 204
    )]
    delete_code_signing_config: Op<DeleteCodeSigningConfigRequest, DeleteCodeSigningConfigResponse>,
    /// Deletes an [event source
    /// mapping](https://docs.aws.amazon.com/lambda/latest/dg/intro-invocation-modes.html). You can
    /// get the identifier of a mapping from the output of `ListEventSourceMappings`.
    #[op(http = "DELETE /2015-03-31/event-source-mappings/{UUID}", status = 202)]
    delete_event_source_mapping:
        Op<DeleteEventSourceMappingRequest, EventSourceMappingConfiguration>,
    /// Deletes a Lambda function. To delete a specific function version, use the `Qualifier`
    /// parameter. Otherwise, all versions and aliases are deleted. This doesn't require the user to
    /// have explicit permissions for `DeleteAlias`.
    #[op(http = "DELETE /2015-03-31/functions/{FunctionName}")]
    delete_function: Op<DeleteFunctionRequest, DeleteFunctionResponse>,
    /// Removes the code signing configuration from the function.
    #[op(
        http = "DELETE /2020-06-30/functions/{FunctionName}/code-signing-config",
        status = 204
    )]
    delete_function_code_signing_config: Op<DeleteFunctionCodeSigningConfigRequest, ()>,
    /// Removes a concurrent execution limit from a function.
    #[op(
        http = "DELETE /2017-10-31/functions/{FunctionName}/concurrency",
        status = 204
    )]
    delete_function_concurrency: Op<DeleteFunctionConcurrencyRequest, ()>,
    /// Deletes the configuration for asynchronous invocation for a function, version, or alias.
    #[op(
        http = "DELETE /2019-09-25/functions/{FunctionName}/event-invoke-config",
        status = 204
    )]
    delete_function_event_invoke_config: Op<DeleteFunctionEventInvokeConfigRequest, ()>,
    /// Deletes a Lambda function URL. When you delete a function URL, you can't recover it.
    /// Creating a new function URL results in a different URL address.
    #[op(http = "DELETE /2021-10-31/functions/{FunctionName}/url", status = 204)]
    delete_function_url_config: Op<DeleteFunctionUrlConfigRequest, ()>,
    /// Deletes a version of an [Lambda
    /// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html). Deleted
    /// versions can no longer be viewed or added to functions. To avoid breaking functions, a copy
    /// of the version remains in Lambda until no functions refer to it.
    #[op(
        http = "DELETE /2018-10-31/layers/{LayerName}/versions/{VersionNumber}",
        status = 204
    )]
    delete_layer_version: Op<DeleteLayerVersionRequest, ()>,
    /// Deletes the provisioned concurrency configuration for a function.
    #[op(
        http = "DELETE /2019-09-30/functions/{FunctionName}/provisioned-concurrency",
        status = 204
    )]
    delete_provisioned_concurrency_config: Op<DeleteProvisionedConcurrencyConfigRequest, ()>,
    /// Retrieves details about your account's
    /// [limits](https://docs.aws.amazon.com/lambda/latest/dg/limits.html) and usage in an Amazon
    /// Web Services Region.
    #[op(http = "GET /2016-08-19/account-settings")]
    get_account_settings: Op<GetAccountSettingsRequest, GetAccountSettingsResponse>,
    /// Returns details about a Lambda function
    /// [alias](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html).
    #[op(http = "GET /2015-03-31/functions/{FunctionName}/aliases/{Name}")]
    get_alias: Op<GetAliasRequest, AliasConfiguration>,
    /// Retrieves information about a specific capacity provider, including its configuration,
    /// state, and associated resources.
    #[op(http = "GET /2025-11-30/capacity-providers/{CapacityProviderName}")]
    get_capacity_provider: Op<GetCapacityProviderRequest, GetCapacityProviderResponse>,
    /// Returns information about the specified code signing configuration.
    #[op(http = "GET /2020-04-22/code-signing-configs/{CodeSigningConfigArn}")]
    get_code_signing_config: Op<GetCodeSigningConfigRequest, GetCodeSigningConfigResponse>,
    /// Retrieves detailed information about a specific [durable
    /// execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html), including
    /// its current status, input payload, result or error information, and execution metadata such
    /// as start time and usage statistics.
    #[op(http = "GET /2025-12-01/durable-executions/{DurableExecutionArn}")]
    get_durable_execution: Op<GetDurableExecutionRequest, GetDurableExecutionResponse>,
    /// Retrieves the execution history for a [durable
    /// execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html), showing all
    /// the steps, callbacks, and events that occurred during the execution. This provides a
    /// detailed audit trail of the execution's progress over time.
    #[op(http = "GET /2025-12-01/durable-executions/{DurableExecutionArn}/history", paginate(input_token = marker, output_token = next_marker, items = events, limit = max_items))]
    get_durable_execution_history:
        Op<GetDurableExecutionHistoryRequest, GetDurableExecutionHistoryResponse>,
    /// Retrieves the current execution state required for the replay process during [durable
    /// function](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) execution.
    /// This API is used by the Lambda durable functions SDK to get state information needed for
    /// replay. You typically don't need to call this API directly as the SDK handles state
    /// management automatically.
    #[op(http = "GET /2025-12-01/durable-executions/{DurableExecutionArn}/state", paginate(input_token = marker, output_token = next_marker, items = operations, limit = max_items))]
    get_durable_execution_state:
        Op<GetDurableExecutionStateRequest, GetDurableExecutionStateResponse>,
    /// Returns details about an event source mapping. You can get the identifier of a mapping from
    /// the output of `ListEventSourceMappings`.
    #[op(http = "GET /2015-03-31/event-source-mappings/{UUID}")]
    get_event_source_mapping: Op<GetEventSourceMappingRequest, EventSourceMappingConfiguration>,
    /// Returns information about the function or function version, with a link to download the
    /// deployment package that's valid for 10 minutes. If you specify a function version, only
    /// details that are specific to that version are returned.
    #[op(http = "GET /2015-03-31/functions/{FunctionName}")]
    get_function: Op<GetFunctionRequest, GetFunctionResponse>,
    /// Returns the code signing configuration for the specified function.
    #[op(http = "GET /2020-06-30/functions/{FunctionName}/code-signing-config")]
    get_function_code_signing_config:
        Op<GetFunctionCodeSigningConfigRequest, GetFunctionCodeSigningConfigResponse>,
    /// Returns details about the reserved concurrency configuration for a function. To set a
    /// concurrency limit for a function, use `PutFunctionConcurrency`.
    #[op(http = "GET /2019-09-30/functions/{FunctionName}/concurrency")]
    get_function_concurrency: Op<GetFunctionConcurrencyRequest, GetFunctionConcurrencyResponse>,
    /// Returns the version-specific settings of a Lambda function or version. The output includes
    /// only options that can vary between versions of a function. To modify these settings, use
    /// `UpdateFunctionConfiguration`.
    #[op(http = "GET /2015-03-31/functions/{FunctionName}/configuration")]
    get_function_configuration: Op<GetFunctionConfigurationRequest, FunctionConfiguration>,
    /// Retrieves the configuration for asynchronous invocation for a function, version, or alias.
    #[op(http = "GET /2019-09-25/functions/{FunctionName}/event-invoke-config")]
    get_function_event_invoke_config:
        Op<GetFunctionEventInvokeConfigRequest, FunctionEventInvokeConfig>,
    /// Returns your function's [recursive loop
    /// detection](https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html)
    /// configuration.
    #[op(http = "GET /2024-08-31/functions/{FunctionName}/recursion-config")]
    get_function_recursion_config:
        Op<GetFunctionRecursionConfigRequest, GetFunctionRecursionConfigResponse>,
    /// Retrieves the scaling configuration for a Lambda Managed Instances function.
    #[op(http = "GET /2025-11-30/functions/{FunctionName}/function-scaling-config")]
    get_function_scaling_config:
        Op<GetFunctionScalingConfigRequest, GetFunctionScalingConfigResponse>,
    /// Returns details about a Lambda function URL.
    #[op(http = "GET /2021-10-31/functions/{FunctionName}/url")]
    get_function_url_config: Op<GetFunctionUrlConfigRequest, GetFunctionUrlConfigResponse>,
    /// Returns information about a version of an [Lambda
    /// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html), with a link
    /// to download the layer archive that's valid for 10 minutes.
    #[op(http = "GET /2018-10-31/layers/{LayerName}/versions/{VersionNumber}")]
    get_layer_version: Op<GetLayerVersionRequest, GetLayerVersionResponse>,
    /// Returns information about a version of an [Lambda
    /// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html), with a link
    /// to download the layer archive that's valid for 10 minutes.
    #[op(http = "GET /2018-10-31/layers?find=LayerVersion")]
    get_layer_version_by_arn: Op<GetLayerVersionByArnRequest, GetLayerVersionResponse>,
    /// Returns the permission policy for a version of an [Lambda
    /// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html). For more
    /// information, see `AddLayerVersionPermission`.
    #[op(http = "GET /2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy")]
    get_layer_version_policy: Op<GetLayerVersionPolicyRequest, GetLayerVersionPolicyResponse>,
    /// Returns the [resource-based IAM
    /// policy](https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html) for
    /// a function, version, or alias.
    #[op(http = "GET /2015-03-31/functions/{FunctionName}/policy")]
    get_policy: Op<GetPolicyRequest, GetPolicyResponse>,
    /// Retrieves the provisioned concurrency configuration for a function's alias or version.
    #[op(http = "GET /2019-09-30/functions/{FunctionName}/provisioned-concurrency")]
    get_provisioned_concurrency_config:
        Op<GetProvisionedConcurrencyConfigRequest, GetProvisionedConcurrencyConfigResponse>,
    /// Retrieves the runtime management configuration for a function's version. If the runtime
    /// update mode is **Manual**, this includes the ARN of the runtime version and the runtime
    /// update mode. If the runtime update mode is **Auto** or **Function update**, this includes
    /// the runtime update mode and `null` is returned for the ARN. For more information, see
    /// [Runtime updates](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html).
    #[op(http = "GET /2021-07-20/functions/{FunctionName}/runtime-management-config")]
    get_runtime_management_config:
        Op<GetRuntimeManagementConfigRequest, GetRuntimeManagementConfigResponse>,
    /// Invokes a Lambda function. You can invoke a function synchronously (and wait for the
    /// response), or asynchronously. By default, Lambda invokes your function synchronously (i.e.
    /// the`InvocationType` is `RequestResponse`). To invoke a function asynchronously, set
    /// `InvocationType` to `Event`. Lambda passes the `ClientContext` object to your function for
    /// synchronous invocations only.
    #[op(http = "POST /2015-03-31/functions/{FunctionName}/invocations")]
    invoke: Op<InvocationRequest, InvocationResponse>,
    /// For asynchronous function invocation, use `Invoke`.
    ///
    /// Deprecated in the model.
    #[op(
        http = "POST /2014-11-13/functions/{FunctionName}/invoke-async",
        status = 202
    )]
    invoke_async: Op<InvokeAsyncRequest, InvokeAsyncResponse>,
    /// Configure your Lambda functions to stream response payloads back to clients. For more
    /// information, see [Configuring a Lambda function to stream
    /// responses](https://docs.aws.amazon.com/lambda/latest/dg/configuration-response-streaming.html).
    #[op(http = "POST /2021-11-15/functions/{FunctionName}/response-streaming-invocations")]
    invoke_with_response_stream:
        Op<InvokeWithResponseStreamRequest, InvokeWithResponseStreamResponse>,
    /// Returns a list of
    /// [aliases](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html) for a
    /// Lambda function.
    #[op(http = "GET /2015-03-31/functions/{FunctionName}/aliases", paginate(input_token = marker, output_token = next_marker, items = aliases, limit = max_items))]
    list_aliases: Op<ListAliasesRequest, ListAliasesResponse>,
    /// Returns a list of capacity providers in your account.
    #[op(http = "GET /2025-11-30/capacity-providers", paginate(input_token = marker, output_token = next_marker, items = capacity_providers, limit = max_items))]
    list_capacity_providers: Op<ListCapacityProvidersRequest, ListCapacityProvidersResponse>,
    /// Returns a list of [code signing
    /// configurations](https://docs.aws.amazon.com/lambda/latest/dg/configuring-codesigning.html).
    /// A request returns up to 10,000 configurations per call. You can use the `MaxItems` parameter
    /// to return fewer configurations per call.
    #[op(http = "GET /2020-04-22/code-signing-configs", paginate(input_token = marker, output_token = next_marker, items = code_signing_configs, limit = max_items))]
    list_code_signing_configs: Op<ListCodeSigningConfigsRequest, ListCodeSigningConfigsResponse>,
    /// Returns a list of [durable
    /// executions](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) for a
    /// specified Lambda function. You can filter the results by execution name, status, and start
    /// time range. This API supports pagination for large result sets.
    #[op(http = "GET /2025-12-01/functions/{FunctionName}/durable-executions", paginate(input_token = marker, output_token = next_marker, items = durable_executions, limit = max_items))]
    list_durable_executions_by_function:
        Op<ListDurableExecutionsByFunctionRequest, ListDurableExecutionsByFunctionResponse>,
    /// Lists event source mappings. Specify an `EventSourceArn` to show only event source mappings
    /// for a single event source.
    #[op(http = "GET /2015-03-31/event-source-mappings", paginate(input_token = marker, output_token = next_marker, items = event_source_mappings, limit = max_items))]
    list_event_source_mappings: Op<ListEventSourceMappingsRequest, ListEventSourceMappingsResponse>,
    /// Retrieves a list of configurations for asynchronous invocation for a function.
    #[op(http = "GET /2019-09-25/functions/{FunctionName}/event-invoke-config/list", paginate(input_token = marker, output_token = next_marker, items = function_event_invoke_configs, limit = max_items))]
    list_function_event_invoke_configs:
        Op<ListFunctionEventInvokeConfigsRequest, ListFunctionEventInvokeConfigsResponse>,
    /// Returns a list of Lambda function URLs for the specified function.
    #[op(http = "GET /2021-10-31/functions/{FunctionName}/urls", paginate(input_token = marker, output_token = next_marker, items = function_url_configs, limit = max_items))]
    list_function_url_configs: Op<ListFunctionUrlConfigsRequest, ListFunctionUrlConfigsResponse>,
    /// Returns a list of function versions that are configured to use a specific capacity provider.
    #[op(http = "GET /2025-11-30/capacity-providers/{CapacityProviderName}/function-versions", paginate(input_token = marker, output_token = next_marker, items = function_versions, limit = max_items))]
    list_function_versions_by_capacity_provider: Op<
        ListFunctionVersionsByCapacityProviderRequest,
        ListFunctionVersionsByCapacityProviderResponse,
    >,
    /// Returns a list of Lambda functions, with the version-specific configuration of each. Lambda
    /// returns up to 50 functions per call.
    #[op(http = "GET /2015-03-31/functions", paginate(input_token = marker, output_token = next_marker, items = functions, limit = max_items))]
    list_functions: Op<ListFunctionsRequest, ListFunctionsResponse>,
    /// List the functions that use the specified code signing configuration. You can use this
    /// method prior to deleting a code signing configuration, to verify that no functions are using
    /// it.
    #[op(http = "GET /2020-04-22/code-signing-configs/{CodeSigningConfigArn}/functions", paginate(input_token = marker, output_token = next_marker, items = function_arns, limit = max_items))]
    list_functions_by_code_signing_config:
        Op<ListFunctionsByCodeSigningConfigRequest, ListFunctionsByCodeSigningConfigResponse>,
    /// Lists the versions of an [Lambda
    /// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html). Versions
    /// that have been deleted aren't listed. Specify a [runtime
    /// identifier](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html) to list only
    /// versions that indicate that they're compatible with that runtime. Specify a compatible
    /// architecture to include only layer versions that are compatible with that architecture.
    #[op(http = "GET /2018-10-31/layers/{LayerName}/versions", paginate(input_token = marker, output_token = next_marker, items = layer_versions, limit = max_items))]
    list_layer_versions: Op<ListLayerVersionsRequest, ListLayerVersionsResponse>,
    /// Lists [Lambda layers](https://docs.aws.amazon.com/lambda/latest/dg/invocation-layers.html)
    /// and shows information about the latest version of each. Specify a [runtime
    /// identifier](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html) to list only
    /// layers that indicate that they're compatible with that runtime. Specify a compatible
    /// architecture to include only layers that are compatible with that [instruction set
    /// architecture](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    #[op(http = "GET /2018-10-31/layers", paginate(input_token = marker, output_token = next_marker, items = layers, limit = max_items))]
    list_layers: Op<ListLayersRequest, ListLayersResponse>,
    /// Retrieves a list of provisioned concurrency configurations for a function.
    #[op(http = "GET /2019-09-30/functions/{FunctionName}/provisioned-concurrency?List=ALL", paginate(input_token = marker, output_token = next_marker, items = provisioned_concurrency_configs, limit = max_items))]
    list_provisioned_concurrency_configs:
        Op<ListProvisionedConcurrencyConfigsRequest, ListProvisionedConcurrencyConfigsResponse>,
    /// Returns a function, event source mapping, or code signing configuration's
    /// [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html). You can also view
    /// function tags with `GetFunction`.
    #[op(http = "GET /2017-03-31/tags/{Resource}")]
    list_tags: Op<ListTagsRequest, ListTagsResponse>,
    /// Returns a list of
    /// [versions](https://docs.aws.amazon.com/lambda/latest/dg/versioning-aliases.html), with the
    /// version-specific configuration of each. Lambda returns up to 50 versions per call.
    #[op(http = "GET /2015-03-31/functions/{FunctionName}/versions", paginate(input_token = marker, output_token = next_marker, items = versions, limit = max_items))]
    list_versions_by_function: Op<ListVersionsByFunctionRequest, ListVersionsByFunctionResponse>,
    /// Creates an [Lambda
    /// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html) from a ZIP
    /// archive. Each time you call `PublishLayerVersion` with the same layer name, a new version is
    /// created.
    #[op(http = "POST /2018-10-31/layers/{LayerName}/versions", status = 201)]
    publish_layer_version: Op<PublishLayerVersionRequest, PublishLayerVersionResponse>,
    /// Creates a [version](https://docs.aws.amazon.com/lambda/latest/dg/versioning-aliases.html)
    /// from the current code and configuration of a function. Use versions to create a snapshot of
    /// your function code and configuration that doesn't change.
    #[op(
        http = "POST /2015-03-31/functions/{FunctionName}/versions",
        status = 201
    )]
    publish_version: Op<PublishVersionRequest, FunctionConfiguration>,
    /// Update the code signing configuration for the function. Changes to the code signing
    /// configuration take effect the next time a user tries to deploy a code package to the
    /// function.
    #[op(http = "PUT /2020-06-30/functions/{FunctionName}/code-signing-config")]
    put_function_code_signing_config:
        Op<PutFunctionCodeSigningConfigRequest, PutFunctionCodeSigningConfigResponse>,
    /// Sets the maximum number of simultaneous executions for a function, and reserves capacity for
    /// that concurrency level.
    #[op(http = "PUT /2017-10-31/functions/{FunctionName}/concurrency")]
    put_function_concurrency: Op<PutFunctionConcurrencyRequest, Concurrency>,
    /// Configures options for [asynchronous
    /// invocation](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html) on a
    /// function, version, or alias. If a configuration already exists for a function, version, or
    /// alias, this operation overwrites it. If you exclude any settings, they are removed. To set
    /// one option without affecting existing settings for other options, use
    /// `UpdateFunctionEventInvokeConfig`.
    #[op(http = "PUT /2019-09-25/functions/{FunctionName}/event-invoke-config")]
    put_function_event_invoke_config:
        Op<PutFunctionEventInvokeConfigRequest, FunctionEventInvokeConfig>,
    /// Sets your function's [recursive loop
    /// detection](https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html)
    /// configuration.
    #[op(http = "PUT /2024-08-31/functions/{FunctionName}/recursion-config")]
    put_function_recursion_config:
        Op<PutFunctionRecursionConfigRequest, PutFunctionRecursionConfigResponse>,
    /// Sets the scaling configuration for a Lambda Managed Instances function. The scaling
    /// configuration defines the minimum and maximum number of execution environments that can be
    /// provisioned for the function, allowing you to control scaling behavior and resource
    /// allocation.
    #[op(
        http = "PUT /2025-11-30/functions/{FunctionName}/function-scaling-config",
        status = 202
    )]
    put_function_scaling_config:
        Op<PutFunctionScalingConfigRequest, PutFunctionScalingConfigResponse>,
    /// Adds a provisioned concurrency configuration to a function's alias or version.
    #[op(
        http = "PUT /2019-09-30/functions/{FunctionName}/provisioned-concurrency",
        status = 202
    )]
    put_provisioned_concurrency_config:
        Op<PutProvisionedConcurrencyConfigRequest, PutProvisionedConcurrencyConfigResponse>,
    /// Sets the runtime management configuration for a function's version. For more information,
    /// see [Runtime updates](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-update.html).
    #[op(http = "PUT /2021-07-20/functions/{FunctionName}/runtime-management-config")]
    put_runtime_management_config:
        Op<PutRuntimeManagementConfigRequest, PutRuntimeManagementConfigResponse>,
    /// Removes a statement from the permissions policy for a version of an [Lambda
    /// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html). For more
    /// information, see `AddLayerVersionPermission`.
    #[op(
        http = "DELETE /2018-10-31/layers/{LayerName}/versions/{VersionNumber}/policy/{StatementId}",
        status = 204
    )]
    remove_layer_version_permission: Op<RemoveLayerVersionPermissionRequest, ()>,
    /// Revokes function-use permission from an Amazon Web Services service or another Amazon Web
    /// Services account. You can get the ID of the statement from the output of `GetPolicy`.
    #[op(
        http = "DELETE /2015-03-31/functions/{FunctionName}/policy/{StatementId}",
        status = 204
    )]
    remove_permission: Op<RemovePermissionRequest, ()>,
    /// Sends a failure response for a callback operation in a durable execution. Use this API when
    /// an external system cannot complete a callback operation successfully.
    #[op(http = "POST /2025-12-01/durable-execution-callbacks/{CallbackId}/fail")]
    send_durable_execution_callback_failure:
        Op<SendDurableExecutionCallbackFailureRequest, SendDurableExecutionCallbackFailureResponse>,
    /// Sends a heartbeat signal for a long-running callback operation to prevent timeout. Use this
    /// API to extend the callback timeout period while the external operation is still in progress.
    #[op(http = "POST /2025-12-01/durable-execution-callbacks/{CallbackId}/heartbeat")]
    send_durable_execution_callback_heartbeat: Op<
        SendDurableExecutionCallbackHeartbeatRequest,
        SendDurableExecutionCallbackHeartbeatResponse,
    >,
    /// Sends a successful completion response for a callback operation in a durable execution. Use
    /// this API when an external system has successfully completed a callback operation.
    #[op(http = "POST /2025-12-01/durable-execution-callbacks/{CallbackId}/succeed")]
    send_durable_execution_callback_success:
        Op<SendDurableExecutionCallbackSuccessRequest, SendDurableExecutionCallbackSuccessResponse>,
    /// Stops a running [durable
    /// execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html). The
    /// execution transitions to STOPPED status and cannot be resumed. Any in-progress operations
    /// are terminated.
    #[op(http = "POST /2025-12-01/durable-executions/{DurableExecutionArn}/stop")]
    stop_durable_execution: Op<StopDurableExecutionRequest, StopDurableExecutionResponse>,
    /// Adds [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html) to a function, event
    /// source mapping, or code signing configuration.
    #[op(http = "POST /2017-03-31/tags/{Resource}", status = 204)]
    tag_resource: Op<TagResourceRequest, ()>,
    /// Removes [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html) from a function,
    /// event source mapping, or code signing configuration.
    #[op(http = "DELETE /2017-03-31/tags/{Resource}", status = 204)]
    untag_resource: Op<UntagResourceRequest, ()>,
    /// Updates the configuration of a Lambda function
    /// [alias](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html).
    #[op(http = "PUT /2015-03-31/functions/{FunctionName}/aliases/{Name}")]
    update_alias: Op<UpdateAliasRequest, AliasConfiguration>,
    /// Updates the configuration of an existing capacity provider.
    #[op(
        http = "PUT /2025-11-30/capacity-providers/{CapacityProviderName}",
        status = 202
    )]
    update_capacity_provider: Op<UpdateCapacityProviderRequest, UpdateCapacityProviderResponse>,
    /// Update the code signing configuration. Changes to the code signing configuration take effect
    /// the next time a user tries to deploy a code package to the function.
    #[op(http = "PUT /2020-04-22/code-signing-configs/{CodeSigningConfigArn}")]
    update_code_signing_config: Op<UpdateCodeSigningConfigRequest, UpdateCodeSigningConfigResponse>,
    /// Updates an event source mapping. You can change the function that Lambda invokes, or pause
    /// invocation and resume later from the same location.
    #[op(http = "PUT /2015-03-31/event-source-mappings/{UUID}", status = 202)]
    update_event_source_mapping:
        Op<UpdateEventSourceMappingRequest, EventSourceMappingConfiguration>,
    /// Updates a Lambda function's code. If code signing is enabled for the function, the code
    /// package must be signed by a trusted publisher. For more information, see [Configuring code
    /// signing for
    /// Lambda](https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html).
    #[op(http = "PUT /2015-03-31/functions/{FunctionName}/code")]
    update_function_code: Op<UpdateFunctionCodeRequest, FunctionConfiguration>,
    /// Modify the version-specific settings of a Lambda function.
    #[op(http = "PUT /2015-03-31/functions/{FunctionName}/configuration")]
    update_function_configuration: Op<UpdateFunctionConfigurationRequest, FunctionConfiguration>,
    /// Updates the configuration for asynchronous invocation for a function, version, or alias.
    #[op(http = "POST /2019-09-25/functions/{FunctionName}/event-invoke-config")]
    update_function_event_invoke_config:
        Op<UpdateFunctionEventInvokeConfigRequest, FunctionEventInvokeConfig>,
    /// Updates the configuration for a Lambda function URL.
    #[op(http = "PUT /2021-10-31/functions/{FunctionName}/url")]
    update_function_url_config: Op<UpdateFunctionUrlConfigRequest, UpdateFunctionUrlConfigResponse>,
}

/// Limits that are related to concurrency and storage. All file and storage sizes are in bytes.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AccountLimit {
    /// The amount of storage space that you can use for all deployment packages and layer archives.
    pub total_code_size: Option<i64>,
    /// The maximum size of a function's deployment package and layers when they're extracted.
    pub code_size_unzipped: Option<i64>,
    /// The maximum size of a deployment package when it's uploaded directly to Lambda. Use Amazon
    /// S3 for larger files.
    pub code_size_zipped: Option<i64>,
    /// The maximum number of simultaneous function executions.
    pub concurrent_executions: Option<i32>,
    /// The maximum number of simultaneous function executions, minus the capacity that's reserved
    /// for individual functions with `PutFunctionConcurrency`.
    pub unreserved_concurrent_executions: Option<i32>,
}

/// The number of functions and amount of storage in use.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AccountUsage {
    /// The amount of storage space, in bytes, that's being used by deployment packages and layer
    /// archives.
    pub total_code_size: Option<i64>,
    /// The number of Lambda functions.
    pub function_count: Option<i64>,
}

/// The input of `AddLayerVersionPermission`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AddLayerVersionPermissionRequest {
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[shape(label)]
    pub layer_name: String,
    /// The version number.
    #[shape(label)]
    pub version_number: i64,
    /// An identifier that distinguishes the policy from others on the same layer version.
    pub statement_id: String,
    /// The API action that grants access to the layer. For example, `lambda:GetLayerVersion`.
    pub action: String,
    /// An account ID, or `*` to grant layer usage permission to all accounts in an organization, or
    /// all Amazon Web Services accounts (if `organizationId` is not specified). For the last case,
    /// make sure that you really do want all Amazon Web Services accounts to have usage permission
    /// to this layer.
    pub principal: String,
    /// With the principal set to `*`, grant permission to all accounts in the specified
    /// organization.
    pub organization_id: Option<String>,
    /// Only update the policy if the revision ID matches the ID specified. Use this option to avoid
    /// modifying a policy that has changed since you last read it.
    #[shape(query = "RevisionId")]
    pub revision_id: Option<String>,
}

/// The output of `AddLayerVersionPermission`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AddLayerVersionPermissionResponse {
    /// The permission statement.
    pub statement: Option<String>,
    /// A unique identifier for the current revision of the policy.
    pub revision_id: Option<String>,
}

/// The input of `AddPermission`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AddPermissionRequest {
    /// The name or ARN of the Lambda function, version, or alias.
    #[shape(label)]
    pub function_name: String,
    /// A statement identifier that differentiates the statement from others in the same policy.
    pub statement_id: String,
    /// The action that the principal can use on the function. For example, `lambda:InvokeFunction`
    /// or `lambda:GetFunction`.
    pub action: String,
    /// The Amazon Web Services service, Amazon Web Services account, IAM user, or IAM role that
    /// invokes the function. If you specify a service, use `SourceArn` or `SourceAccount` to limit
    /// who can invoke the function through that service.
    pub principal: String,
    /// For Amazon Web Services services, the ARN of the Amazon Web Services resource that invokes
    /// the function. For example, an Amazon S3 bucket or Amazon SNS topic.
    pub source_arn: Option<String>,
    /// For Amazon Web Services service, the ID of the Amazon Web Services account that owns the
    /// resource. Use this together with `SourceArn` to ensure that the specified account owns the
    /// resource. It is possible for an Amazon S3 bucket to be deleted by its owner and recreated by
    /// another account.
    pub source_account: Option<String>,
    /// For Alexa Smart Home functions, a token that the invoker must supply.
    pub event_source_token: Option<String>,
    /// Specify a version or alias to add permissions to a published version of the function.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
    /// Update the policy only if the revision ID matches the ID that's specified. Use this option
    /// to avoid modifying a policy that has changed since you last read it.
    pub revision_id: Option<String>,
    /// The identifier for your organization in Organizations. Use this to grant permissions to all
    /// the Amazon Web Services accounts under this organization.
    #[shape(name = "PrincipalOrgID")]
    pub principal_org_id: Option<String>,
    /// The type of authentication that your function URL uses. Set to `AWS_IAM` if you want to
    /// restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM
    /// authentication to create a public endpoint. For more information, see [Control access to
    /// Lambda function URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    pub function_url_auth_type: Option<FunctionUrlAuthType>,
    /// Indicates whether the permission applies when the function is invoked through a function
    /// URL.
    pub invoked_via_function_url: Option<bool>,
}

/// The output of `AddPermission`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AddPermissionResponse {
    /// The permission statement that's added to the function policy.
    pub statement: Option<String>,
}

/// Provides configuration information about a Lambda function
/// [alias](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AliasConfiguration {
    /// The Amazon Resource Name (ARN) of the alias.
    pub alias_arn: Option<String>,
    /// The name of the alias.
    pub name: Option<String>,
    /// The function version that the alias invokes.
    pub function_version: Option<String>,
    /// A description of the alias.
    pub description: Option<String>,
    /// The [routing
    /// configuration](https://docs.aws.amazon.com/lambda/latest/dg/lambda-traffic-shifting-using-aliases.html)
    /// of the alias.
    pub routing_config: Option<AliasRoutingConfiguration>,
    /// A unique identifier that changes when you update the alias.
    pub revision_id: Option<String>,
}

/// The
/// [traffic-shifting](https://docs.aws.amazon.com/lambda/latest/dg/lambda-traffic-shifting-using-aliases.html)
/// configuration of a Lambda function alias.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AliasRoutingConfiguration {
    /// The second version, and the percentage of traffic that's routed to it.
    pub additional_version_weights: Option<HashMap<String, f64>>,
}

/// List of signing profiles that can sign a code package.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AllowedPublishers {
    /// The Amazon Resource Name (ARN) for each of the signing profiles. A signing profile defines a
    /// trusted user who can sign a code package.
    pub signing_profile_version_arns: Vec<String>,
}

/// Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon MSK)
/// event source.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AmazonManagedKafkaEventSourceConfig {
    /// The identifier for the Kafka consumer group to join. The consumer group ID must be unique
    /// among all your Kafka event sources. After creating a Kafka event source mapping with the
    /// consumer group ID specified, you cannot update this value. For more information, see
    /// [Customizable consumer group
    /// ID](https://docs.aws.amazon.com/lambda/latest/dg/with-msk.html#services-msk-consumer-group-id).
    pub consumer_group_id: Option<String>,
    /// Specific configuration settings for a Kafka schema registry.
    pub schema_registry_config: Option<KafkaSchemaRegistryConfig>,
}

/// The model's `ApplicationLogLevel`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ApplicationLogLevel {
    /// `TRACE`
    #[default]
    #[shape(name = "TRACE")]
    Trace,
    /// `DEBUG`
    #[shape(name = "DEBUG")]
    Debug,
    /// `INFO`
    #[shape(name = "INFO")]
    Info,
    /// `WARN`
    #[shape(name = "WARN")]
    Warn,
    /// `ERROR`
    #[shape(name = "ERROR")]
    Error,
    /// `FATAL`
    #[shape(name = "FATAL")]
    Fatal,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `Architecture`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Architecture {
    /// `x86_64`
    #[default]
    #[shape(name = "x86_64")]
    X8664,
    /// `arm64`
    #[shape(name = "arm64")]
    Arm64,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains details about a callback operation in a durable execution, including the callback token
/// and timeout configuration.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CallbackDetails {
    /// The callback ID. Callback IDs are generated by the `DurableContext` when a durable function
    /// calls `ctx.waitForCallback`.
    pub callback_id: Option<String>,
    /// The response payload from the callback operation as a string.
    pub result: Option<String>,
    /// An error object that contains details about the failure.
    pub error: Option<ErrorObject>,
}

impl ::std::fmt::Debug for CallbackDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CallbackDetails")
            .field("callback_id", &self.callback_id)
            .field("result", &self.result.as_ref().map(|_| "** redacted **"))
            .field("error", &self.error)
            .finish()
    }
}

/// Contains details about a failed callback operation, including error information and the reason
/// for failure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CallbackFailedDetails {
    /// An error object that contains details about the failure.
    pub error: EventError,
}

/// Configuration options for callback operations in durable executions, including timeout settings
/// and retry behavior.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CallbackOptions {
    /// The timeout for the callback operation in seconds. If not specified or set to 0, the
    /// callback has no timeout.
    pub timeout_seconds: Option<i32>,
    /// The heartbeat timeout for the callback operation, in seconds. If not specified or set to 0,
    /// heartbeat timeout is disabled.
    pub heartbeat_timeout_seconds: Option<i32>,
}

/// Contains details about a callback operation that has started, including timing information and
/// callback metadata.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CallbackStartedDetails {
    /// The callback ID. Callback IDs are generated by the `DurableContext` when a durable function
    /// calls `ctx.waitForCallback`.
    pub callback_id: String,
    /// The heartbeat timeout value, in seconds.
    pub heartbeat_timeout: Option<i32>,
    /// The timeout value, in seconds.
    pub timeout: Option<i32>,
}

/// Contains details about a successfully completed callback operation, including the result data
/// and completion timestamp.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CallbackSucceededDetails {
    /// The response payload from the successful operation.
    pub result: EventResult,
}

/// Contains details about a callback operation that timed out, including timeout duration and any
/// partial results.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CallbackTimedOutDetails {
    /// Details about the callback timeout.
    pub error: EventError,
}

/// A capacity provider manages compute resources for Lambda functions.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CapacityProvider {
    /// The Amazon Resource Name (ARN) of the capacity provider.
    pub capacity_provider_arn: String,
    /// The current state of the capacity provider.
    pub state: CapacityProviderState,
    /// The VPC configuration for the capacity provider.
    pub vpc_config: CapacityProviderVpcConfig,
    /// The permissions configuration for the capacity provider.
    pub permissions_config: CapacityProviderPermissionsConfig,
    /// The instance requirements for compute resources managed by the capacity provider.
    pub instance_requirements: Option<InstanceRequirements>,
    /// The scaling configuration for the capacity provider.
    pub capacity_provider_scaling_config: Option<CapacityProviderScalingConfig>,
    /// The ARN of the KMS key used to encrypt the capacity provider's resources.
    pub kms_key_arn: Option<String>,
    /// The date and time when the capacity provider was last modified.
    pub last_modified: Option<String>,
}

/// Configuration for the capacity provider that manages compute resources for Lambda functions.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CapacityProviderConfig {
    /// Configuration for Lambda-managed instances used by the capacity provider.
    pub lambda_managed_instances_capacity_provider_config:
        LambdaManagedInstancesCapacityProviderConfig,
}

/// Configuration that specifies the permissions required for the capacity provider to manage
/// compute resources.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CapacityProviderPermissionsConfig {
    /// The ARN of the IAM role that the capacity provider uses to manage compute instances and
    /// other Amazon Web Services resources.
    pub capacity_provider_operator_role_arn: String,
}

/// The model's `CapacityProviderPredefinedMetricType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CapacityProviderPredefinedMetricType {
    /// `LambdaCapacityProviderAverageCPUUtilization`
    #[default]
    LambdaCapacityProviderAverageCPUUtilization,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Configuration that defines how the capacity provider scales compute instances based on demand
/// and policies.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CapacityProviderScalingConfig {
    /// The maximum number of vCPUs that the capacity provider can provision across all compute
    /// instances.
    pub max_v_cpu_count: Option<i32>,
    /// The scaling mode that determines how the capacity provider responds to changes in demand.
    pub scaling_mode: Option<CapacityProviderScalingMode>,
    /// A list of scaling policies that define how the capacity provider scales compute instances
    /// based on metrics and thresholds.
    pub scaling_policies: Option<Vec<TargetTrackingScalingPolicy>>,
}

/// The model's `CapacityProviderScalingMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CapacityProviderScalingMode {
    /// `Auto`
    #[default]
    Auto,
    /// `Manual`
    Manual,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `CapacityProviderState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CapacityProviderState {
    /// `Pending`
    #[default]
    Pending,
    /// `Active`
    Active,
    /// `Failed`
    Failed,
    /// `Deleting`
    Deleting,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// VPC configuration that specifies the network settings for compute instances managed by the
/// capacity provider.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CapacityProviderVpcConfig {
    /// A list of subnet IDs where the capacity provider launches compute instances.
    pub subnet_ids: Vec<String>,
    /// A list of security group IDs that control network access for compute instances managed by
    /// the capacity provider.
    pub security_group_ids: Vec<String>,
}

/// Contains details about a chained function invocation in a durable execution, including the
/// target function and invocation parameters.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ChainedInvokeDetails {
    /// The response payload from the chained invocation.
    pub result: Option<String>,
    /// Details about the chained invocation failure.
    pub error: Option<ErrorObject>,
}

impl ::std::fmt::Debug for ChainedInvokeDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ChainedInvokeDetails")
            .field("result", &self.result.as_ref().map(|_| "** redacted **"))
            .field("error", &self.error)
            .finish()
    }
}

/// Contains details about a failed chained function invocation, including error information and
/// failure reason.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChainedInvokeFailedDetails {
    /// Details about the chained invocation failure.
    pub error: EventError,
}

/// Configuration options for chained function invocations in durable executions, including retry
/// settings and timeout configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChainedInvokeOptions {
    /// The name or ARN of the Lambda function to invoke.
    pub function_name: String,
    /// The tenant identifier for the chained invocation.
    pub tenant_id: Option<String>,
}

/// Contains details about a chained function invocation that has started execution, including start
/// time and execution context.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChainedInvokeStartedDetails {
    /// The name or ARN of the Lambda function being invoked.
    pub function_name: String,
    /// The tenant identifier for the chained invocation.
    pub tenant_id: Option<String>,
    /// The JSON input payload provided to the chained invocation.
    pub input: Option<EventInput>,
    /// The version of the function that was executed.
    pub executed_version: Option<String>,
    /// The Amazon Resource Name (ARN) that identifies the durable execution.
    pub durable_execution_arn: Option<String>,
}

/// Details about a chained invocation that was stopped.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChainedInvokeStoppedDetails {
    /// Details about why the chained invocation stopped.
    pub error: EventError,
}

/// Details about a chained invocation that succeeded.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChainedInvokeSucceededDetails {
    /// The response payload from the successful operation.
    pub result: EventResult,
}

/// Details about a chained invocation that timed out.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChainedInvokeTimedOutDetails {
    /// Details about the chained invocation timeout.
    pub error: EventError,
}

/// The input of `CheckpointDurableExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CheckpointDurableExecutionRequest {
    /// The Amazon Resource Name (ARN) of the durable execution.
    #[shape(label)]
    pub durable_execution_arn: String,
    /// A unique token that identifies the current checkpoint state. This token is provided by the
    /// Lambda runtime and must be used to ensure checkpoints are applied in the correct order. Each
    /// checkpoint operation consumes this token and returns a new one.
    pub checkpoint_token: String,
    /// An array of state updates to apply during this checkpoint. Each update represents a change
    /// to the execution state, such as completing a step, starting a callback, or scheduling a
    /// timer. Updates are applied atomically as part of the checkpoint operation.
    pub updates: Option<Vec<OperationUpdate>>,
    /// An optional idempotency token to ensure that duplicate checkpoint requests are handled
    /// correctly. If provided, Lambda uses this token to detect and handle duplicate requests
    /// within a 15-minute window.
    #[shape(idempotency_token)]
    pub client_token: Option<String>,
}

/// The response from the CheckpointDurableExecution operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CheckpointDurableExecutionResponse {
    /// A new checkpoint token to use for the next checkpoint operation. This token replaces the one
    /// provided in the request and must be used for subsequent checkpoints to maintain proper
    /// ordering.
    pub checkpoint_token: Option<String>,
    /// Updated execution state information that includes any changes that occurred since the last
    /// checkpoint, such as completed callbacks or expired timers. This allows the SDK to update its
    /// internal state during replay.
    pub new_execution_state: CheckpointUpdatedExecutionState,
}

/// Contains operations that have been updated since the last checkpoint, such as completed
/// asynchronous work like timers or callbacks.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CheckpointUpdatedExecutionState {
    /// A list of operations that have been updated since the last checkpoint.
    pub operations: Option<Vec<Operation>>,
    /// Indicates that more results are available. Use this value in a subsequent call to retrieve
    /// the next page of results.
    pub next_marker: Option<String>,
}

/// Details about a [Code signing
/// configuration](https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CodeSigningConfig {
    /// Unique identifer for the Code signing configuration.
    pub code_signing_config_id: String,
    /// The Amazon Resource Name (ARN) of the Code signing configuration.
    pub code_signing_config_arn: String,
    /// Code signing configuration description.
    pub description: Option<String>,
    /// List of allowed publishers.
    pub allowed_publishers: AllowedPublishers,
    /// The code signing policy controls the validation failure action for signature mismatch or
    /// expiry.
    pub code_signing_policies: CodeSigningPolicies,
    /// The date and time that the Code signing configuration was last modified, in ISO-8601 format
    /// (YYYY-MM-DDThh:mm:ss.sTZD).
    pub last_modified: String,
}

/// Code signing configuration
/// [policies](https://docs.aws.amazon.com/lambda/latest/dg/configuration-codesigning.html#config-codesigning-policies)
/// specify the validation failure action for signature mismatch or expiry.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CodeSigningPolicies {
    /// Code signing configuration policy for deployment validation failure. If you set the policy
    /// to `Enforce`, Lambda blocks the deployment request if signature validation checks fail. If
    /// you set the policy to `Warn`, Lambda allows the deployment and issues a new Amazon
    /// CloudWatch metric (`SignatureValidationErrors`) and also stores the warning in the
    /// CloudTrail log.
    pub untrusted_artifact_on_deployment: Option<CodeSigningPolicy>,
}

/// The model's `CodeSigningPolicy`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CodeSigningPolicy {
    /// `Warn`
    #[default]
    Warn,
    /// `Enforce`
    Enforce,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The output of `PutFunctionConcurrency`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Concurrency {
    /// The number of concurrent executions that are reserved for this function. For more
    /// information, see [Managing Lambda reserved
    /// concurrency](https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html).
    pub reserved_concurrent_executions: Option<i32>,
}

/// Details about a durable execution context.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ContextDetails {
    /// Whether the state data of child operations of this completed context should be included in
    /// the invoke payload and `GetDurableExecutionState` response.
    pub replay_children: Option<bool>,
    /// The response payload from the context.
    pub result: Option<String>,
    /// Details about the context failure.
    pub error: Option<ErrorObject>,
}

impl ::std::fmt::Debug for ContextDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ContextDetails")
            .field("replay_children", &self.replay_children)
            .field("result", &self.result.as_ref().map(|_| "** redacted **"))
            .field("error", &self.error)
            .finish()
    }
}

/// Details about a context that failed.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContextFailedDetails {
    /// Details about the context failure.
    pub error: EventError,
}

/// Configuration options for a durable execution context.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContextOptions {
    /// Whether the state data of children of the completed context should be included in the invoke
    /// payload and `GetDurableExecutionState` response.
    pub replay_children: Option<bool>,
}

/// Details about a context that has started.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContextStartedDetails {}

/// Details about a context that succeeded.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContextSucceededDetails {
    /// The JSON response payload from the successful context.
    pub result: EventResult,
}

/// The [cross-origin resource sharing
/// (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for your Lambda
/// function URL. Use CORS to grant access to your function URL from any origin. You can also use
/// CORS to control access for specific HTTP headers and methods in requests to your function URL.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Cors {
    /// Whether to allow cookies or other credentials in requests to your function URL. The default
    /// is `false`.
    pub allow_credentials: Option<bool>,
    /// The HTTP headers that origins can include in requests to your function URL. For example:
    /// `Date`, `Keep-Alive`, `X-Custom-Header`.
    pub allow_headers: Option<Vec<String>>,
    /// The HTTP methods that are allowed when calling your function URL. For example: `GET`,
    /// `POST`, `DELETE`, or the wildcard character (`*`).
    pub allow_methods: Option<Vec<String>>,
    /// The origins that can access your function URL. You can list any number of specific origins,
    /// separated by a comma. For example: `https://www.example.com`, `http://localhost:60905`.
    pub allow_origins: Option<Vec<String>>,
    /// The HTTP headers in your function response that you want to expose to origins that call your
    /// function URL. For example: `Date`, `Keep-Alive`, `X-Custom-Header`.
    pub expose_headers: Option<Vec<String>>,
    /// The maximum amount of time, in seconds, that web browsers can cache results of a preflight
    /// request. By default, this is set to `0`, which means that the browser doesn't cache results.
    pub max_age: Option<i32>,
}

/// The input of `CreateAlias`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateAliasRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// The name of the alias.
    pub name: String,
    /// The function version that the alias invokes.
    pub function_version: String,
    /// A description of the alias.
    pub description: Option<String>,
    /// The [routing
    /// configuration](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html#configuring-alias-routing)
    /// of the alias.
    pub routing_config: Option<AliasRoutingConfiguration>,
}

/// The input of `CreateCapacityProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateCapacityProviderRequest {
    /// The name of the capacity provider.
    pub capacity_provider_name: String,
    /// The VPC configuration for the capacity provider, including subnet IDs and security group IDs
    /// where compute instances will be launched.
    pub vpc_config: CapacityProviderVpcConfig,
    /// The permissions configuration that specifies the IAM role ARN used by the capacity provider
    /// to manage compute resources.
    pub permissions_config: CapacityProviderPermissionsConfig,
    /// The instance requirements that specify the compute instance characteristics, including
    /// architectures and allowed or excluded instance types.
    pub instance_requirements: Option<InstanceRequirements>,
    /// The scaling configuration that defines how the capacity provider scales compute instances,
    /// including maximum vCPU count and scaling policies.
    pub capacity_provider_scaling_config: Option<CapacityProviderScalingConfig>,
    /// The ARN of the KMS key used to encrypt data associated with the capacity provider.
    pub kms_key_arn: Option<String>,
    /// A list of tags to associate with the capacity provider.
    pub tags: Option<HashMap<String, String>>,
}

/// The output of `CreateCapacityProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateCapacityProviderResponse {
    /// Information about the capacity provider that was created.
    pub capacity_provider: CapacityProvider,
}

/// The input of `CreateCodeSigningConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateCodeSigningConfigRequest {
    /// Descriptive name for this code signing configuration.
    pub description: Option<String>,
    /// Signing profiles for this code signing configuration.
    pub allowed_publishers: AllowedPublishers,
    /// The code signing policies define the actions to take if the validation checks fail.
    pub code_signing_policies: Option<CodeSigningPolicies>,
    /// A list of tags to add to the code signing configuration.
    pub tags: Option<HashMap<String, String>>,
}

/// The output of `CreateCodeSigningConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateCodeSigningConfigResponse {
    /// The code signing configuration.
    pub code_signing_config: CodeSigningConfig,
}

/// The input of `CreateEventSourceMapping`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateEventSourceMappingRequest {
    /// The Amazon Resource Name (ARN) of the event source.
    pub event_source_arn: Option<String>,
    /// The name or ARN of the Lambda function.
    pub function_name: String,
    /// When true, the event source mapping is active. When false, Lambda pauses polling and
    /// invocation.
    pub enabled: Option<bool>,
    /// The maximum number of records in each batch that Lambda pulls from your stream or queue and
    /// sends to your function. Lambda passes all of the records in the batch to the function in a
    /// single call, up to the payload limit for synchronous invocation (6 MB).
    pub batch_size: Option<i32>,
    /// An object that defines the filter criteria that determine whether Lambda should process an
    /// event. For more information, see [Lambda event
    /// filtering](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html).
    pub filter_criteria: Option<FilterCriteria>,
    /// The maximum amount of time, in seconds, that Lambda spends gathering records before invoking
    /// the function. You can configure `MaximumBatchingWindowInSeconds` to any value from 0 seconds
    /// to 300 seconds in increments of seconds.
    pub maximum_batching_window_in_seconds: Option<i32>,
    /// (Kinesis and DynamoDB Streams only) The number of batches to process from each shard
    /// concurrently.
    pub parallelization_factor: Option<i32>,
    /// The position in a stream from which to start reading. Required for Amazon Kinesis and Amazon
    /// DynamoDB Stream event sources. `AT_TIMESTAMP` is supported only for Amazon Kinesis streams,
    /// Amazon DocumentDB, Amazon MSK, and self-managed Apache Kafka.
    pub starting_position: Option<EventSourcePosition>,
    /// With `StartingPosition` set to `AT_TIMESTAMP`, the time from which to start reading.
    /// `StartingPositionTimestamp` cannot be in the future.
    pub starting_position_timestamp: Option<DateTime>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) A configuration
    /// object that specifies the destination of an event after Lambda processes it.
    pub destination_config: Option<DestinationConfig>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records older
    /// than the specified age. The default value is infinite (-1).
    pub maximum_record_age_in_seconds: Option<i32>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) If the function
    /// returns an error, split the batch in two and retry.
    pub bisect_batch_on_function_error: Option<bool>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records after
    /// the specified number of retries. The default value is infinite (-1). When set to infinite
    /// (-1), failed records are retried until the record expires.
    pub maximum_retry_attempts: Option<i32>,
    /// A list of tags to apply to the event source mapping.
    pub tags: Option<HashMap<String, String>>,
    /// (Kinesis and DynamoDB Streams only) The duration in seconds of a processing window for
    /// DynamoDB and Kinesis Streams event sources. A value of 0 seconds indicates no tumbling
    /// window.
    pub tumbling_window_in_seconds: Option<i32>,
    /// The name of the Kafka topic.
    pub topics: Option<Vec<String>>,
    /// (MQ) The name of the Amazon MQ broker destination queue to consume.
    pub queues: Option<Vec<String>>,
    /// An array of authentication protocols or VPC components required to secure your event source.
    pub source_access_configurations: Option<Vec<SourceAccessConfiguration>>,
    /// The self-managed Apache Kafka cluster to receive records from.
    pub self_managed_event_source: Option<SelfManagedEventSource>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, self-managed Apache Kafka, and Amazon SQS) A list of
    /// current response type enums applied to the event source mapping.
    pub function_response_types: Option<Vec<FunctionResponseType>>,
    /// Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon
    /// MSK) event source.
    pub amazon_managed_kafka_event_source_config: Option<AmazonManagedKafkaEventSourceConfig>,
    /// Specific configuration settings for a self-managed Apache Kafka event source.
    pub self_managed_kafka_event_source_config: Option<SelfManagedKafkaEventSourceConfig>,
    /// (Amazon SQS only) The scaling configuration for the event source. For more information, see
    /// [Configuring maximum concurrency for Amazon SQS event
    /// sources](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-max-concurrency).
    pub scaling_config: Option<ScalingConfig>,
    /// Specific configuration settings for a DocumentDB event source.
    #[shape(name = "DocumentDBEventSourceConfig")]
    pub document_db_event_source_config: Option<DocumentDBEventSourceConfig>,
    /// The ARN of the Key Management Service (KMS) customer managed key that Lambda uses to encrypt
    /// your function's [filter
    /// criteria](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-basics).
    /// By default, Lambda does not encrypt your filter criteria object. Specify this property to
    /// encrypt data using your own customer managed key.
    #[shape(name = "KMSKeyArn")]
    pub kms_key_arn: Option<String>,
    /// The metrics configuration for your event source. For more information, see [Event source
    /// mapping
    /// metrics](https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics).
    pub metrics_config: Option<EventSourceMappingMetricsConfig>,
    /// (Amazon MSK, and self-managed Apache Kafka only) The logging configuration for your event
    /// source. For more information, see [Event source mapping
    /// logging](https://docs.aws.amazon.com/lambda/latest/dg/esm-logging.html).
    pub logging_config: Option<EventSourceMappingLoggingConfig>,
    /// (Amazon SQS, Amazon MSK, and self-managed Apache Kafka only) The provisioned mode
    /// configuration for the event source. For more information, see [provisioned
    /// mode](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html#invocation-eventsourcemapping-provisioned-mode).
    pub provisioned_poller_config: Option<ProvisionedPollerConfig>,
}

/// The input of `CreateFunction`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateFunctionRequest {
    /// The name or ARN of the Lambda function.
    pub function_name: String,
    /// The identifier of the function's [
    /// runtime](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html). Runtime is
    /// required if the deployment package is a .zip file archive. Specifying a runtime results in
    /// an error if you're deploying a function using a container image.
    pub runtime: Option<Runtime>,
    /// The Amazon Resource Name (ARN) of the function's execution role.
    pub role: String,
    /// The name of the method within your code that Lambda calls to run your function. Handler is
    /// required if the deployment package is a .zip file archive. The format includes the file
    /// name. It can also include namespaces and other qualifiers, depending on the runtime. For
    /// more information, see [Lambda programming
    /// model](https://docs.aws.amazon.com/lambda/latest/dg/foundation-progmodel.html).
    pub handler: Option<String>,
    /// The code for the function.
    pub code: FunctionCode,
    /// A description of the function.
    pub description: Option<String>,
    /// The amount of time (in seconds) that Lambda allows a function to run before stopping it. The
    /// default is 3 seconds. The maximum allowed value is 900 seconds. For more information, see
    /// [Lambda execution
    /// environment](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-context.html).
    pub timeout: Option<i32>,
    /// The amount of [memory available to the
    /// function](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-memory-console)
    /// at runtime. Increasing the function memory also increases its CPU allocation. The default
    /// value is 128 MB. The value can be any multiple of 1 MB.
    pub memory_size: Option<i32>,
    /// Set to true to publish the first version of the function during creation.
    pub publish: Option<bool>,
    /// For network connectivity to Amazon Web Services resources in a VPC, specify a list of
    /// security groups and subnets in the VPC. When you connect a function to a VPC, it can access
    /// resources and the internet only through that VPC. For more information, see [Configuring a
    /// Lambda function to access resources in a
    /// VPC](https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html).
    pub vpc_config: Option<VpcConfig>,
    /// The type of deployment package. Set to `Image` for container image and set to `Zip` for .zip
    /// file archive.
    pub package_type: Option<PackageType>,
    /// A dead-letter queue configuration that specifies the queue or topic where Lambda sends
    /// asynchronous events when they fail processing. For more information, see [Dead-letter
    /// queues](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html#invocation-dlq).
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// Environment variables that are accessible from function code during execution.
    pub environment: Option<Environment>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt the
    /// following resources:
    #[shape(name = "KMSKeyArn")]
    pub kms_key_arn: Option<String>,
    /// Set `Mode` to `Active` to sample and trace a subset of incoming requests with
    /// [X-Ray](https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html).
    pub tracing_config: Option<TracingConfig>,
    /// A list of [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html) to apply to the
    /// function.
    pub tags: Option<HashMap<String, String>>,
    /// A list of [function
    /// layers](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html) to add to
    /// the function's execution environment. Specify each layer by its ARN, including the version.
    pub layers: Option<Vec<String>>,
    /// Connection settings for an Amazon EFS file system or an Amazon S3 Files file system.
    pub file_system_configs: Option<Vec<FileSystemConfig>>,
    /// Container image [configuration
    /// values](https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-parms) that
    /// override the values in the container image Dockerfile.
    pub image_config: Option<ImageConfig>,
    /// To enable code signing for this function, specify the ARN of a code-signing configuration. A
    /// code-signing configuration includes a set of signing profiles, which define the trusted
    /// publishers for this function.
    pub code_signing_config_arn: Option<String>,
    /// The instruction set architecture that the function supports. Enter a string array with one
    /// of the valid values (arm64 or x86\_64). The default value is `x86_64`.
    pub architectures: Option<Vec<Architecture>>,
    /// The size of the function's `/tmp` directory in MB. The default value is 512, but can be any
    /// whole number between 512 and 10,240 MB. For more information, see [Configuring ephemeral
    /// storage
    /// (console)](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-ephemeral-storage).
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// The function's [SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html)
    /// setting.
    pub snap_start: Option<SnapStart>,
    /// The function's Amazon CloudWatch Logs configuration settings.
    pub logging_config: Option<LoggingConfig>,
    /// Configuration for the capacity provider that manages compute resources for Lambda functions.
    pub capacity_provider_config: Option<CapacityProviderConfig>,
    /// Specifies where to publish the function version or configuration.
    pub publish_to: Option<FunctionVersionLatestPublished>,
    /// Configuration settings for durable functions. Enables creating functions with durability
    /// that can remember their state and continue execution even after interruptions.
    pub durable_config: Option<DurableConfig>,
    /// Configuration for multi-tenant applications that use Lambda functions. Defines tenant
    /// isolation settings and resource allocations. Required for functions supporting multiple
    /// tenants.
    pub tenancy_config: Option<TenancyConfig>,
}

/// The input of `CreateFunctionUrlConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateFunctionUrlConfigRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// The alias name.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
    /// The type of authentication that your function URL uses. Set to `AWS_IAM` if you want to
    /// restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM
    /// authentication to create a public endpoint. For more information, see [Control access to
    /// Lambda function URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    pub auth_type: FunctionUrlAuthType,
    /// The [cross-origin resource sharing
    /// (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for your function
    /// URL.
    pub cors: Option<Cors>,
    /// Use one of the following options:
    pub invoke_mode: Option<InvokeMode>,
}

/// The output of `CreateFunctionUrlConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateFunctionUrlConfigResponse {
    /// The HTTP URL endpoint for your function.
    pub function_url: String,
    /// The Amazon Resource Name (ARN) of your function.
    pub function_arn: String,
    /// The type of authentication that your function URL uses. Set to `AWS_IAM` if you want to
    /// restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM
    /// authentication to create a public endpoint. For more information, see [Control access to
    /// Lambda function URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    pub auth_type: FunctionUrlAuthType,
    /// The [cross-origin resource sharing
    /// (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for your function
    /// URL.
    pub cors: Option<Cors>,
    /// When the function URL was created, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime)
    /// (YYYY-MM-DDThh:mm:ss.sTZD).
    pub creation_time: String,
    /// Use one of the following options:
    pub invoke_mode: Option<InvokeMode>,
}

/// The [dead-letter
/// queue](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-dlq)
/// for failed asynchronous invocations.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeadLetterConfig {
    /// The Amazon Resource Name (ARN) of an Amazon SQS queue or Amazon SNS topic.
    pub target_arn: Option<String>,
}

/// The input of `DeleteAlias`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteAliasRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// The name of the alias.
    #[shape(label)]
    pub name: String,
}

/// The input of `DeleteCapacityProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteCapacityProviderRequest {
    /// The name of the capacity provider to delete.
    #[shape(label)]
    pub capacity_provider_name: String,
}

/// The output of `DeleteCapacityProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteCapacityProviderResponse {
    /// Information about the deleted capacity provider.
    pub capacity_provider: CapacityProvider,
}

/// The input of `DeleteCodeSigningConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteCodeSigningConfigRequest {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[shape(label)]
    pub code_signing_config_arn: String,
}

/// The output of `DeleteCodeSigningConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteCodeSigningConfigResponse {}

/// The input of `DeleteEventSourceMapping`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteEventSourceMappingRequest {
    /// The identifier of the event source mapping.
    #[shape(name = "UUID", label)]
    pub uuid: String,
}

/// The input of `DeleteFunctionCodeSigningConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteFunctionCodeSigningConfigRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
}

/// The input of `DeleteFunctionConcurrency`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteFunctionConcurrencyRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
}

/// The input of `DeleteFunctionEventInvokeConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteFunctionEventInvokeConfigRequest {
    /// The name or ARN of the Lambda function, version, or alias.
    #[shape(label)]
    pub function_name: String,
    /// A version number or alias name.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
}

/// The input of `DeleteFunction`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteFunctionRequest {
    /// The name or ARN of the Lambda function or version.
    #[shape(label)]
    pub function_name: String,
    /// Specify a version to delete. You can't delete a version that an alias references.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
}

/// The output of `DeleteFunction`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteFunctionResponse {
    /// The HTTP status code returned by the operation.
    #[shape(status_code)]
    pub status_code: Option<i32>,
}

/// The input of `DeleteFunctionUrlConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteFunctionUrlConfigRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// The alias name.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
}

/// The input of `DeleteLayerVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteLayerVersionRequest {
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[shape(label)]
    pub layer_name: String,
    /// The version number.
    #[shape(label)]
    pub version_number: i64,
}

/// The input of `DeleteProvisionedConcurrencyConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteProvisionedConcurrencyConfigRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// The version number or alias name.
    #[shape(query = "Qualifier")]
    pub qualifier: String,
}

/// A configuration object that specifies the destination of an event after Lambda processes it. For
/// more information, see [Adding a
/// destination](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-async-destinations).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DestinationConfig {
    /// The destination configuration for successful invocations. Not supported in
    /// `CreateEventSourceMapping` or `UpdateEventSourceMapping`.
    pub on_success: Option<OnSuccess>,
    /// The destination configuration for failed invocations.
    pub on_failure: Option<OnFailure>,
}

/// Specific configuration settings for a DocumentDB event source.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DocumentDBEventSourceConfig {
    /// The name of the database to consume within the DocumentDB cluster.
    pub database_name: Option<String>,
    /// The name of the collection to consume within the database. If you do not specify a
    /// collection, Lambda consumes all collections.
    pub collection_name: Option<String>,
    /// Determines what DocumentDB sends to your event stream during document update operations. If
    /// set to UpdateLookup, DocumentDB sends a delta describing the changes, along with a copy of
    /// the entire document. Otherwise, DocumentDB sends only a partial document that contains the
    /// changes.
    pub full_document: Option<FullDocument>,
}

/// Configuration settings for [durable
/// functions](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html), including
/// execution timeout and retention period for execution history.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DurableConfig {
    /// The number of days to retain execution history after a durable execution completes. After
    /// this period, execution history is no longer available through the GetDurableExecutionHistory
    /// API.
    pub retention_period_in_days: Option<i32>,
    /// The maximum time (in seconds) that a durable execution can run before timing out. This
    /// timeout applies to the entire durable execution, not individual function invocations.
    pub execution_timeout: Option<i32>,
}

/// The model's `EndPointType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EndPointType {
    /// `KAFKA_BOOTSTRAP_SERVERS`
    #[default]
    #[shape(name = "KAFKA_BOOTSTRAP_SERVERS")]
    KafkaBootstrapServers,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A function's environment variable settings. You can use environment variables to adjust your
/// function's behavior without updating code. An environment variable is a pair of strings that are
/// stored in a function's version-specific configuration.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct Environment {
    /// Environment variable key-value pairs. For more information, see [Using Lambda environment
    /// variables](https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html).
    pub variables: Option<HashMap<String, String>>,
}

impl ::std::fmt::Debug for Environment {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Environment")
            .field(
                "variables",
                &self.variables.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// Error messages for environment variables that couldn't be applied.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct EnvironmentError {
    /// The error code.
    pub error_code: Option<String>,
    /// The error message.
    pub message: Option<String>,
}

impl ::std::fmt::Debug for EnvironmentError {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EnvironmentError")
            .field("error_code", &self.error_code)
            .field("message", &self.message.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// The results of an operation to update or read environment variables. If the operation succeeds,
/// the response contains the environment variables. If it fails, the response contains details
/// about the error.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct EnvironmentResponse {
    /// Environment variable key-value pairs. Omitted from CloudTrail logs.
    pub variables: Option<HashMap<String, String>>,
    /// Error messages for environment variables that couldn't be applied.
    pub error: Option<EnvironmentError>,
}

impl ::std::fmt::Debug for EnvironmentResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EnvironmentResponse")
            .field(
                "variables",
                &self.variables.as_ref().map(|_| "** redacted **"),
            )
            .field("error", &self.error)
            .finish()
    }
}

/// The size of the function's `/tmp` directory in MB. The default value is 512, but can be any
/// whole number between 512 and 10,240 MB. For more information, see [Configuring ephemeral storage
/// (console)](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-ephemeral-storage).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EphemeralStorage {
    /// The size of the function's `/tmp` directory.
    pub size: i32,
}

/// An object that contains error information.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ErrorObject {
    /// A human-readable error message.
    pub error_message: Option<String>,
    /// The error type.
    pub error_type: Option<String>,
    /// Machine-readable error data.
    pub error_data: Option<String>,
    /// Stack trace information for the error.
    pub stack_trace: Option<Vec<String>>,
}

impl ::std::fmt::Debug for ErrorObject {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ErrorObject")
            .field(
                "error_message",
                &self.error_message.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "error_type",
                &self.error_type.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "error_data",
                &self.error_data.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "stack_trace",
                &self.stack_trace.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// An event that occurred during the execution of a durable function.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Event {
    /// The type of event that occurred.
    pub event_type: Option<EventType>,
    /// The subtype of the event, providing additional categorization.
    pub sub_type: Option<String>,
    /// The unique identifier for this event. Event IDs increment sequentially.
    pub event_id: Option<i32>,
    /// The unique identifier for this operation.
    pub id: Option<String>,
    /// The customer-provided name for this operation.
    pub name: Option<String>,
    /// The date and time when this event occurred, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub event_timestamp: Option<DateTime>,
    /// The unique identifier of the parent operation, if this operation is running within a child
    /// context.
    pub parent_id: Option<String>,
    /// Details about an execution that started.
    pub execution_started_details: Option<ExecutionStartedDetails>,
    /// Details about an execution that succeeded.
    pub execution_succeeded_details: Option<ExecutionSucceededDetails>,
    /// Details about an execution that failed.
    pub execution_failed_details: Option<ExecutionFailedDetails>,
    /// Details about an execution that timed out.
    pub execution_timed_out_details: Option<ExecutionTimedOutDetails>,
    /// Details about an execution that was stopped.
    pub execution_stopped_details: Option<ExecutionStoppedDetails>,
    /// Details about a context that started.
    pub context_started_details: Option<ContextStartedDetails>,
    /// Details about a context that succeeded.
    pub context_succeeded_details: Option<ContextSucceededDetails>,
    /// Details about a context that failed.
    pub context_failed_details: Option<ContextFailedDetails>,
    /// Details about a wait operation that started.
    pub wait_started_details: Option<WaitStartedDetails>,
    /// Details about a wait operation that succeeded.
    pub wait_succeeded_details: Option<WaitSucceededDetails>,
    /// Details about a wait operation that was cancelled.
    pub wait_cancelled_details: Option<WaitCancelledDetails>,
    /// Details about a step that started.
    pub step_started_details: Option<StepStartedDetails>,
    /// Details about a step that succeeded.
    pub step_succeeded_details: Option<StepSucceededDetails>,
    /// Details about a step that failed.
    pub step_failed_details: Option<StepFailedDetails>,
    /// Contains details about a chained function invocation that has started execution, including
    /// start time and execution context.
    pub chained_invoke_started_details: Option<ChainedInvokeStartedDetails>,
    /// Details about a chained invocation that succeeded.
    pub chained_invoke_succeeded_details: Option<ChainedInvokeSucceededDetails>,
    /// Contains details about a failed chained function invocation, including error information and
    /// failure reason.
    pub chained_invoke_failed_details: Option<ChainedInvokeFailedDetails>,
    /// Details about a chained invocation that timed out.
    pub chained_invoke_timed_out_details: Option<ChainedInvokeTimedOutDetails>,
    /// Details about a chained invocation that was stopped.
    pub chained_invoke_stopped_details: Option<ChainedInvokeStoppedDetails>,
    /// Contains details about a callback operation that has started, including timing information
    /// and callback metadata.
    pub callback_started_details: Option<CallbackStartedDetails>,
    /// Contains details about a successfully completed callback operation, including the result
    /// data and completion timestamp.
    pub callback_succeeded_details: Option<CallbackSucceededDetails>,
    /// Contains details about a failed callback operation, including error information and the
    /// reason for failure.
    pub callback_failed_details: Option<CallbackFailedDetails>,
    /// Contains details about a callback operation that timed out, including timeout duration and
    /// any partial results.
    pub callback_timed_out_details: Option<CallbackTimedOutDetails>,
    /// Details about a function invocation that completed.
    pub invocation_completed_details: Option<InvocationCompletedDetails>,
}

/// Error information for an event.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EventError {
    /// The error payload.
    pub payload: Option<ErrorObject>,
    /// Indicates if the error payload was truncated due to size limits.
    pub truncated: Option<bool>,
}

/// Input information for an event.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct EventInput {
    /// The input payload.
    pub payload: Option<String>,
    /// Indicates if the error payload was truncated due to size limits.
    pub truncated: Option<bool>,
}

impl ::std::fmt::Debug for EventInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventInput")
            .field("payload", &self.payload.as_ref().map(|_| "** redacted **"))
            .field("truncated", &self.truncated)
            .finish()
    }
}

/// Result information for an event.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct EventResult {
    /// The result payload.
    pub payload: Option<String>,
    /// Indicates if the error payload was truncated due to size limits.
    pub truncated: Option<bool>,
}

impl ::std::fmt::Debug for EventResult {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("EventResult")
            .field("payload", &self.payload.as_ref().map(|_| "** redacted **"))
            .field("truncated", &self.truncated)
            .finish()
    }
}

/// A mapping between an Amazon Web Services resource and a Lambda function. For details, see
/// `CreateEventSourceMapping`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EventSourceMappingConfiguration {
    /// The identifier of the event source mapping.
    #[shape(name = "UUID")]
    pub uuid: Option<String>,
    /// The position in a stream from which to start reading. Required for Amazon Kinesis and Amazon
    /// DynamoDB Stream event sources. `AT_TIMESTAMP` is supported only for Amazon Kinesis streams,
    /// Amazon DocumentDB, Amazon MSK, and self-managed Apache Kafka.
    pub starting_position: Option<EventSourcePosition>,
    /// With `StartingPosition` set to `AT_TIMESTAMP`, the time from which to start reading.
    /// `StartingPositionTimestamp` cannot be in the future.
    pub starting_position_timestamp: Option<DateTime>,
    /// The maximum number of records in each batch that Lambda pulls from your stream or queue and
    /// sends to your function. Lambda passes all of the records in the batch to the function in a
    /// single call, up to the payload limit for synchronous invocation (6 MB).
    pub batch_size: Option<i32>,
    /// The maximum amount of time, in seconds, that Lambda spends gathering records before invoking
    /// the function. You can configure `MaximumBatchingWindowInSeconds` to any value from 0 seconds
    /// to 300 seconds in increments of seconds.
    pub maximum_batching_window_in_seconds: Option<i32>,
    /// (Kinesis and DynamoDB Streams only) The number of batches to process concurrently from each
    /// shard. The default value is 1.
    pub parallelization_factor: Option<i32>,
    /// The Amazon Resource Name (ARN) of the event source.
    pub event_source_arn: Option<String>,
    /// An object that defines the filter criteria that determine whether Lambda should process an
    /// event. For more information, see [Lambda event
    /// filtering](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html).
    pub filter_criteria: Option<FilterCriteria>,
    /// The ARN of the Lambda function.
    pub function_arn: Option<String>,
    /// The date that the event source mapping was last updated or that its state changed.
    pub last_modified: Option<DateTime>,
    /// The result of the event source mapping's last processing attempt.
    pub last_processing_result: Option<String>,
    /// The state of the event source mapping. It can be one of the following: `Creating`,
    /// `Enabling`, `Enabled`, `Disabling`, `Disabled`, `Updating`, or `Deleting`.
    pub state: Option<String>,
    /// Indicates whether a user or Lambda made the last change to the event source mapping.
    pub state_transition_reason: Option<String>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) A configuration
    /// object that specifies the destination of an event after Lambda processes it.
    pub destination_config: Option<DestinationConfig>,
    /// The name of the Kafka topic.
    pub topics: Option<Vec<String>>,
    /// (Amazon MQ) The name of the Amazon MQ broker destination queue to consume.
    pub queues: Option<Vec<String>>,
    /// An array of the authentication protocol, VPC components, or virtual host to secure and
    /// define your event source.
    pub source_access_configurations: Option<Vec<SourceAccessConfiguration>>,
    /// The self-managed Apache Kafka cluster for your event source.
    pub self_managed_event_source: Option<SelfManagedEventSource>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records older
    /// than the specified age. The default value is -1, which sets the maximum age to infinite.
    /// When the value is set to infinite, Lambda never discards old records.
    pub maximum_record_age_in_seconds: Option<i32>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) If the function
    /// returns an error, split the batch in two and retry. The default value is false.
    pub bisect_batch_on_function_error: Option<bool>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records after
    /// the specified number of retries. The default value is -1, which sets the maximum number of
    /// retries to infinite. When MaximumRetryAttempts is infinite, Lambda retries failed records
    /// until the record expires in the event source.
    pub maximum_retry_attempts: Option<i32>,
    /// (Kinesis and DynamoDB Streams only) The duration in seconds of a processing window for
    /// DynamoDB and Kinesis Streams event sources. A value of 0 seconds indicates no tumbling
    /// window.
    pub tumbling_window_in_seconds: Option<i32>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, self-managed Apache Kafka, and Amazon SQS) A list of
    /// current response type enums applied to the event source mapping.
    pub function_response_types: Option<Vec<FunctionResponseType>>,
    /// Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon
    /// MSK) event source.
    pub amazon_managed_kafka_event_source_config: Option<AmazonManagedKafkaEventSourceConfig>,
    /// Specific configuration settings for a self-managed Apache Kafka event source.
    pub self_managed_kafka_event_source_config: Option<SelfManagedKafkaEventSourceConfig>,
    /// (Amazon SQS only) The scaling configuration for the event source. For more information, see
    /// [Configuring maximum concurrency for Amazon SQS event
    /// sources](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-max-concurrency).
    pub scaling_config: Option<ScalingConfig>,
    /// Specific configuration settings for a DocumentDB event source.
    #[shape(name = "DocumentDBEventSourceConfig")]
    pub document_db_event_source_config: Option<DocumentDBEventSourceConfig>,
    /// The ARN of the Key Management Service (KMS) customer managed key that Lambda uses to encrypt
    /// your function's [filter
    /// criteria](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-basics).
    #[shape(name = "KMSKeyArn")]
    pub kms_key_arn: Option<String>,
    /// An object that contains details about an error related to filter criteria encryption.
    pub filter_criteria_error: Option<FilterCriteriaError>,
    /// The Amazon Resource Name (ARN) of the event source mapping.
    pub event_source_mapping_arn: Option<String>,
    /// The metrics configuration for your event source. For more information, see [Event source
    /// mapping
    /// metrics](https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics).
    pub metrics_config: Option<EventSourceMappingMetricsConfig>,
    /// (Amazon MSK, and self-managed Apache Kafka only) The logging configuration for your event
    /// source. For more information, see [Event source mapping
    /// logging](https://docs.aws.amazon.com/lambda/latest/dg/esm-logging.html).
    pub logging_config: Option<EventSourceMappingLoggingConfig>,
    /// (Amazon SQS, Amazon MSK, and self-managed Apache Kafka only) The provisioned mode
    /// configuration for the event source. For more information, see [provisioned
    /// mode](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html#invocation-eventsourcemapping-provisioned-mode).
    pub provisioned_poller_config: Option<ProvisionedPollerConfig>,
}

/// (Amazon MSK, and self-managed Apache Kafka only) The logging configuration for your event
/// source. Use this configuration object to define the level of logs for your event source mapping.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EventSourceMappingLoggingConfig {
    /// The log level you want your event source mapping to use. Lambda event poller only sends
    /// system logs at the selected level of detail and lower, where `DEBUG` is the highest level
    /// and `WARN` is the lowest. For more information about these metrics, see [ Event source
    /// mapping logging](https://docs.aws.amazon.com/lambda/latest/dg/esm-logging.html).
    pub system_log_level: Option<EventSourceMappingSystemLogLevel>,
}

/// The model's `EventSourceMappingMetric`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EventSourceMappingMetric {
    /// `EventCount`
    #[default]
    EventCount,
    /// `ErrorCount`
    ErrorCount,
    /// `KafkaMetrics`
    KafkaMetrics,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The metrics configuration for your event source. Use this configuration object to define which
/// metrics you want your event source mapping to produce.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EventSourceMappingMetricsConfig {
    /// The metrics you want your event source mapping to produce, including `EventCount`,
    /// `ErrorCount`, `KafkaMetrics`.
    pub metrics: Option<Vec<EventSourceMappingMetric>>,
}

/// The model's `EventSourceMappingSystemLogLevel`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EventSourceMappingSystemLogLevel {
    /// `DEBUG`
    #[default]
    #[shape(name = "DEBUG")]
    Debug,
    /// `INFO`
    #[shape(name = "INFO")]
    Info,
    /// `WARN`
    #[shape(name = "WARN")]
    Warn,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `EventSourcePosition`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EventSourcePosition {
    /// `TRIM_HORIZON`
    #[default]
    #[shape(name = "TRIM_HORIZON")]
    TrimHorizon,
    /// `LATEST`
    #[shape(name = "LATEST")]
    Latest,
    /// `AT_TIMESTAMP`
    #[shape(name = "AT_TIMESTAMP")]
    AtTimestamp,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `EventType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EventType {
    /// `ExecutionStarted`
    #[default]
    ExecutionStarted,
    /// `ExecutionSucceeded`
    ExecutionSucceeded,
    /// `ExecutionFailed`
    ExecutionFailed,
    /// `ExecutionTimedOut`
    ExecutionTimedOut,
    /// `ExecutionStopped`
    ExecutionStopped,
    /// `ContextStarted`
    ContextStarted,
    /// `ContextSucceeded`
    ContextSucceeded,
    /// `ContextFailed`
    ContextFailed,
    /// `WaitStarted`
    WaitStarted,
    /// `WaitSucceeded`
    WaitSucceeded,
    /// `WaitCancelled`
    WaitCancelled,
    /// `StepStarted`
    StepStarted,
    /// `StepSucceeded`
    StepSucceeded,
    /// `StepFailed`
    StepFailed,
    /// `ChainedInvokeStarted`
    ChainedInvokeStarted,
    /// `ChainedInvokeSucceeded`
    ChainedInvokeSucceeded,
    /// `ChainedInvokeFailed`
    ChainedInvokeFailed,
    /// `ChainedInvokeTimedOut`
    ChainedInvokeTimedOut,
    /// `ChainedInvokeStopped`
    ChainedInvokeStopped,
    /// `CallbackStarted`
    CallbackStarted,
    /// `CallbackSucceeded`
    CallbackSucceeded,
    /// `CallbackFailed`
    CallbackFailed,
    /// `CallbackTimedOut`
    CallbackTimedOut,
    /// `InvocationCompleted`
    InvocationCompleted,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about a [durable
/// execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Execution {
    /// The Amazon Resource Name (ARN) of the durable execution, if this execution is a durable
    /// execution.
    pub durable_execution_arn: String,
    /// The unique name of the durable execution, if one was provided when the execution was
    /// started.
    pub durable_execution_name: String,
    /// The Amazon Resource Name (ARN) of the Lambda function.
    pub function_arn: String,
    /// The current status of the durable execution.
    pub status: ExecutionStatus,
    /// The date and time when the durable execution started, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub start_timestamp: DateTime,
    /// The date and time when the durable execution ended, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub end_timestamp: Option<DateTime>,
}

/// Details about a [durable
/// execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html).
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ExecutionDetails {
    /// The original input payload provided for the durable execution.
    pub input_payload: Option<String>,
}

impl ::std::fmt::Debug for ExecutionDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExecutionDetails")
            .field(
                "input_payload",
                &self.input_payload.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// Details about a failed [durable
/// execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecutionFailedDetails {
    /// Details about the execution failure.
    pub error: EventError,
}

/// Details about a durable execution that started.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecutionStartedDetails {
    /// The input payload provided for the durable execution.
    pub input: EventInput,
    /// The maximum amount of time that the durable execution is allowed to run, in seconds.
    pub execution_timeout: i32,
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
    /// `STOPPED`
    #[shape(name = "STOPPED")]
    Stopped,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Details about a [durable
/// execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) that stopped.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecutionStoppedDetails {
    /// Details about why the execution stopped.
    pub error: EventError,
}

/// Details about a [durable
/// execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) that succeeded.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecutionSucceededDetails {
    /// The response payload from the successful operation.
    pub result: EventResult,
}

/// Details about a [durable
/// execution](https://docs.aws.amazon.com/lambda/latest/dg/durable-functions.html) that timed out.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecutionTimedOutDetails {
    /// Details about the execution timeout.
    pub error: Option<EventError>,
}

/// Details about the connection between a Lambda function and an [Amazon EFS file
/// system](https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html) or an
/// [Amazon S3 Files file
/// system](https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FileSystemConfig {
    /// The Amazon Resource Name (ARN) of the Amazon EFS or Amazon S3 Files access point that
    /// provides access to the file system.
    pub arn: String,
    /// The path where the function can access the file system, starting with `/mnt/`.
    pub local_mount_path: String,
}

/// A structure within a `FilterCriteria` object that defines an event filtering pattern.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Filter {
    /// A filter pattern. For more information on the syntax of a filter pattern, see [ Filter rule
    /// syntax](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-syntax).
    pub pattern: Option<String>,
}

/// An object that contains the filters for an event source.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FilterCriteria {
    /// A list of filters.
    pub filters: Option<Vec<Filter>>,
}

/// An object that contains details about an error related to filter criteria encryption.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FilterCriteriaError {
    /// The KMS exception that resulted from filter criteria encryption or decryption.
    pub error_code: Option<String>,
    /// The error message.
    pub message: Option<String>,
}

/// The model's `FullDocument`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FullDocument {
    /// `UpdateLookup`
    #[default]
    UpdateLookup,
    /// `Default`
    Default,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The code for the Lambda function. You can either specify an object in Amazon S3, upload a .zip
/// file archive deployment package directly, or specify the URI of a container image.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct FunctionCode {
    /// The base64-encoded contents of the deployment package. Amazon Web Services SDK and CLI
    /// clients handle the encoding for you.
    pub zip_file: Option<Blob>,
    /// An Amazon S3 bucket in the same Amazon Web Services Region as your function. The bucket can
    /// be in a different Amazon Web Services account.
    pub s3_bucket: Option<String>,
    /// The Amazon S3 key of the deployment package.
    pub s3_key: Option<String>,
    /// For versioned objects, the version of the deployment package object to use.
    pub s3_object_version: Option<String>,
    /// URI of a [container image](https://docs.aws.amazon.com/lambda/latest/dg/lambda-images.html)
    /// in the Amazon ECR registry.
    pub image_uri: Option<String>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt your
    /// function's .zip deployment package. If you don't provide a customer managed key, Lambda uses
    /// an [Amazon Web Services owned
    /// key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-owned-cmk).
    #[shape(name = "SourceKMSKeyArn")]
    pub source_kms_key_arn: Option<String>,
}

impl ::std::fmt::Debug for FunctionCode {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("FunctionCode")
            .field(
                "zip_file",
                &self.zip_file.as_ref().map(|_| "** redacted **"),
            )
            .field("s3_bucket", &self.s3_bucket)
            .field("s3_key", &self.s3_key)
            .field("s3_object_version", &self.s3_object_version)
            .field("image_uri", &self.image_uri)
            .field("source_kms_key_arn", &self.source_kms_key_arn)
            .finish()
    }
}

/// Details about a function's deployment package.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FunctionCodeLocation {
    /// The service that's hosting the file.
    pub repository_type: Option<String>,
    /// A presigned URL that you can use to download the deployment package.
    pub location: Option<String>,
    /// URI of a container image in the Amazon ECR registry.
    pub image_uri: Option<String>,
    /// The resolved URI for the image.
    pub resolved_image_uri: Option<String>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt your
    /// function's .zip deployment package. If you don't provide a customer managed key, Lambda uses
    /// an [Amazon Web Services owned
    /// key](https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-owned-cmk).
    #[shape(name = "SourceKMSKeyArn")]
    pub source_kms_key_arn: Option<String>,
}

/// Details about a function's configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FunctionConfiguration {
    /// The name of the function.
    pub function_name: Option<String>,
    /// The function's Amazon Resource Name (ARN).
    pub function_arn: Option<String>,
    /// The identifier of the function's [
    /// runtime](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html). Runtime is
    /// required if the deployment package is a .zip file archive. Specifying a runtime results in
    /// an error if you're deploying a function using a container image.
    pub runtime: Option<Runtime>,
    /// The function's execution role.
    pub role: Option<String>,
    /// The function that Lambda calls to begin running your function.
    pub handler: Option<String>,
    /// The size of the function's deployment package, in bytes.
    pub code_size: Option<i64>,
    /// The function's description.
    pub description: Option<String>,
    /// The amount of time in seconds that Lambda allows a function to run before stopping it.
    pub timeout: Option<i32>,
    /// The amount of memory available to the function at runtime.
    pub memory_size: Option<i32>,
    /// The date and time that the function was last updated, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub last_modified: Option<String>,
    /// The SHA256 hash of the function's deployment package.
    pub code_sha256: Option<String>,
    /// The version of the Lambda function.
    pub version: Option<String>,
    /// The function's networking configuration.
    pub vpc_config: Option<VpcConfigResponse>,
    /// The function's dead letter queue.
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// The function's [environment
    /// variables](https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html). Omitted
    /// from CloudTrail logs.
    pub environment: Option<EnvironmentResponse>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt the
    /// following resources:
    #[shape(name = "KMSKeyArn")]
    pub kms_key_arn: Option<String>,
    /// The function's X-Ray tracing configuration.
    pub tracing_config: Option<TracingConfigResponse>,
    /// For Lambda@Edge functions, the ARN of the main function.
    pub master_arn: Option<String>,
    /// The latest updated revision of the function or alias.
    pub revision_id: Option<String>,
    /// The function's
    /// [layers](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
    pub layers: Option<Vec<Layer>>,
    /// The current state of the function. When the state is `Inactive`, you can reactivate the
    /// function by invoking it.
    pub state: Option<State>,
    /// The reason for the function's current state.
    pub state_reason: Option<String>,
    /// The reason code for the function's current state. When the code is `Creating`, you can't
    /// invoke or modify the function.
    pub state_reason_code: Option<StateReasonCode>,
    /// The status of the last update that was performed on the function. This is first set to
    /// `Successful` after function creation completes.
    pub last_update_status: Option<LastUpdateStatus>,
    /// The reason for the last update that was performed on the function.
    pub last_update_status_reason: Option<String>,
    /// The reason code for the last update that was performed on the function.
    pub last_update_status_reason_code: Option<LastUpdateStatusReasonCode>,
    /// Connection settings for an [Amazon EFS file
    /// system](https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html) or an
    /// [Amazon S3 Files file
    /// system](https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html).
    pub file_system_configs: Option<Vec<FileSystemConfig>>,
    /// The type of deployment package. Set to `Image` for container image and set `Zip` for .zip
    /// file archive.
    pub package_type: Option<PackageType>,
    /// The function's image configuration values.
    pub image_config_response: Option<ImageConfigResponse>,
    /// The ARN of the signing profile version.
    pub signing_profile_version_arn: Option<String>,
    /// The ARN of the signing job.
    pub signing_job_arn: Option<String>,
    /// The instruction set architecture that the function supports. Architecture is a string array
    /// with one of the valid values. The default architecture value is `x86_64`.
    pub architectures: Option<Vec<Architecture>>,
    /// The size of the function's `/tmp` directory in MB. The default value is 512, but can be any
    /// whole number between 512 and 10,240 MB. For more information, see [Configuring ephemeral
    /// storage
    /// (console)](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-ephemeral-storage).
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// Set `ApplyOn` to `PublishedVersions` to create a snapshot of the initialized execution
    /// environment when you publish a function version. For more information, see [Improving
    /// startup performance with Lambda
    /// SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html).
    pub snap_start: Option<SnapStartResponse>,
    /// The ARN of the runtime and any errors that occured.
    pub runtime_version_config: Option<RuntimeVersionConfig>,
    /// The function's Amazon CloudWatch Logs configuration settings.
    pub logging_config: Option<LoggingConfig>,
    /// Configuration for the capacity provider that manages compute resources for Lambda functions.
    pub capacity_provider_config: Option<CapacityProviderConfig>,
    /// The SHA256 hash of the function configuration.
    pub config_sha256: Option<String>,
    /// The function's durable execution configuration settings, if the function is configured for
    /// durability.
    pub durable_config: Option<DurableConfig>,
    /// The function's tenant isolation configuration settings. Determines whether the Lambda
    /// function runs on a shared or dedicated infrastructure per unique tenant.
    pub tenancy_config: Option<TenancyConfig>,
}

/// The output of `GetFunctionEventInvokeConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FunctionEventInvokeConfig {
    /// The date and time that the configuration was last updated.
    pub last_modified: Option<DateTime>,
    /// The Amazon Resource Name (ARN) of the function.
    pub function_arn: Option<String>,
    /// The maximum number of times to retry when the function returns an error.
    pub maximum_retry_attempts: Option<i32>,
    /// The maximum age of a request that Lambda sends to a function for processing.
    pub maximum_event_age_in_seconds: Option<i32>,
    /// A destination for events after they have been sent to a function for processing.
    pub destination_config: Option<DestinationConfig>,
}

/// The model's `FunctionResponseType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FunctionResponseType {
    /// `ReportBatchItemFailures`
    #[default]
    ReportBatchItemFailures,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Configuration that defines the scaling behavior for a Lambda Managed Instances function,
/// including the minimum and maximum number of execution environments that can be provisioned.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FunctionScalingConfig {
    /// The minimum number of execution environments to maintain for the function.
    pub min_execution_environments: Option<i32>,
    /// The maximum number of execution environments that can be provisioned for the function.
    pub max_execution_environments: Option<i32>,
}

/// The model's `FunctionUrlAuthType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FunctionUrlAuthType {
    /// `NONE`
    #[default]
    #[shape(name = "NONE")]
    None,
    /// `AWS_IAM`
    #[shape(name = "AWS_IAM")]
    AwsIam,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Details about a Lambda function URL.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FunctionUrlConfig {
    /// The HTTP URL endpoint for your function.
    pub function_url: String,
    /// The Amazon Resource Name (ARN) of your function.
    pub function_arn: String,
    /// When the function URL was created, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime)
    /// (YYYY-MM-DDThh:mm:ss.sTZD).
    pub creation_time: String,
    /// When the function URL configuration was last updated, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub last_modified_time: String,
    /// The [cross-origin resource sharing
    /// (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for your function
    /// URL.
    pub cors: Option<Cors>,
    /// The type of authentication that your function URL uses. Set to `AWS_IAM` if you want to
    /// restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM
    /// authentication to create a public endpoint. For more information, see [Security and auth
    /// model for Lambda function
    /// URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    pub auth_type: FunctionUrlAuthType,
    /// Use one of the following options:
    pub invoke_mode: Option<InvokeMode>,
}

/// The model's `FunctionVersion`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FunctionVersion {
    /// `ALL`
    #[default]
    #[shape(name = "ALL")]
    All,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `FunctionVersionLatestPublished`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FunctionVersionLatestPublished {
    /// `LATEST_PUBLISHED`
    #[default]
    #[shape(name = "LATEST_PUBLISHED")]
    LatestPublished,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about a function version that uses a specific capacity provider, including its ARN
/// and current state.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FunctionVersionsByCapacityProviderListItem {
    /// The Amazon Resource Name (ARN) of the function version.
    pub function_arn: String,
    /// The current state of the function version.
    pub state: State,
}

/// The input of `GetAccountSettings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAccountSettingsRequest {}

/// The output of `GetAccountSettings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAccountSettingsResponse {
    /// Limits that are related to concurrency and code storage.
    pub account_limit: Option<AccountLimit>,
    /// The number of functions and amount of storage in use.
    pub account_usage: Option<AccountUsage>,
}

/// The input of `GetAlias`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAliasRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// The name of the alias.
    #[shape(label)]
    pub name: String,
}

/// The input of `GetCapacityProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetCapacityProviderRequest {
    /// The name of the capacity provider to retrieve.
    #[shape(label)]
    pub capacity_provider_name: String,
}

/// The output of `GetCapacityProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetCapacityProviderResponse {
    /// Information about the capacity provider, including its configuration and current state.
    pub capacity_provider: CapacityProvider,
}

/// The input of `GetCodeSigningConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetCodeSigningConfigRequest {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[shape(label)]
    pub code_signing_config_arn: String,
}

/// The output of `GetCodeSigningConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetCodeSigningConfigResponse {
    /// The code signing configuration
    pub code_signing_config: CodeSigningConfig,
}

/// The input of `GetDurableExecutionHistory`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDurableExecutionHistoryRequest {
    /// The Amazon Resource Name (ARN) of the durable execution.
    #[shape(label)]
    pub durable_execution_arn: String,
    /// Specifies whether to include execution data such as step results and callback payloads in
    /// the history events. Set to `true` to include data, or `false` to exclude it for a more
    /// compact response. The default is `true`.
    #[shape(query = "IncludeExecutionData")]
    pub include_execution_data: Option<bool>,
    /// The maximum number of history events to return per call. You can use `Marker` to retrieve
    /// additional pages of results. The default is 100 and the maximum allowed is 1000. A value of
    /// 0 uses the default.
    #[shape(query = "MaxItems")]
    pub max_items: Option<i32>,
    /// If `NextMarker` was returned from a previous request, use this value to retrieve the next
    /// page of results. Each pagination token expires after 24 hours.
    #[shape(query = "Marker")]
    pub marker: Option<String>,
    /// When set to `true`, returns the history events in reverse chronological order (newest
    /// first). By default, events are returned in chronological order (oldest first).
    #[shape(query = "ReverseOrder")]
    pub reverse_order: Option<bool>,
}

/// The response from the GetDurableExecutionHistory operation, containing the execution history and
/// events.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDurableExecutionHistoryResponse {
    /// An array of execution history events, ordered chronologically unless `ReverseOrder` is set
    /// to `true`. Each event represents a significant occurrence during the execution, such as step
    /// completion or callback resolution.
    pub events: Vec<Event>,
    /// If present, indicates that more history events are available. Use this value as the `Marker`
    /// parameter in a subsequent request to retrieve the next page of results.
    pub next_marker: Option<String>,
}

/// The input of `GetDurableExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDurableExecutionRequest {
    /// The Amazon Resource Name (ARN) of the durable execution.
    #[shape(label)]
    pub durable_execution_arn: String,
}

/// The response from the GetDurableExecution operation, containing detailed information about the
/// durable execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GetDurableExecutionResponse {
    /// The Amazon Resource Name (ARN) of the durable execution.
    pub durable_execution_arn: String,
    /// The name of the durable execution. This is either the name you provided when invoking the
    /// function, or a system-generated unique identifier if no name was provided.
    pub durable_execution_name: String,
    /// The Amazon Resource Name (ARN) of the Lambda function that was invoked to start this durable
    /// execution.
    pub function_arn: String,
    /// The JSON input payload that was provided when the durable execution was started. For
    /// asynchronous invocations, this is limited to 256 KB. For synchronous invocations, this can
    /// be up to 6 MB.
    pub input_payload: Option<String>,
    /// The JSON result returned by the durable execution if it completed successfully. This field
    /// is only present when the execution status is `SUCCEEDED`. The result is limited to 256 KB.
    pub result: Option<String>,
    /// Error information if the durable execution failed. This field is only present when the
    /// execution status is `FAILED`, `TIMED_OUT`, or `STOPPED`. The combined size of all error
    /// fields is limited to 256 KB.
    pub error: Option<ErrorObject>,
    /// The date and time when the durable execution started, in Unix timestamp format.
    pub start_timestamp: DateTime,
    /// The current status of the durable execution. Valid values are `RUNNING`, `SUCCEEDED`,
    /// `FAILED`, `TIMED_OUT`, and `STOPPED`.
    pub status: ExecutionStatus,
    /// The date and time when the durable execution ended, in Unix timestamp format. This field is
    /// only present if the execution has completed (status is `SUCCEEDED`, `FAILED`, `TIMED_OUT`,
    /// or `STOPPED`).
    pub end_timestamp: Option<DateTime>,
    /// The version of the Lambda function that was invoked for this durable execution. This ensures
    /// that all replays during the execution use the same function version.
    pub version: Option<String>,
    /// The trace headers associated with the durable execution.
    pub trace_header: Option<TraceHeader>,
}

impl ::std::fmt::Debug for GetDurableExecutionResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetDurableExecutionResponse")
            .field("durable_execution_arn", &self.durable_execution_arn)
            .field("durable_execution_name", &self.durable_execution_name)
            .field("function_arn", &self.function_arn)
            .field(
                "input_payload",
                &self.input_payload.as_ref().map(|_| "** redacted **"),
            )
            .field("result", &self.result.as_ref().map(|_| "** redacted **"))
            .field("error", &self.error)
            .field("start_timestamp", &self.start_timestamp)
            .field("status", &self.status)
            .field("end_timestamp", &self.end_timestamp)
            .field("version", &self.version)
            .field("trace_header", &self.trace_header)
            .finish()
    }
}

/// The input of `GetDurableExecutionState`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDurableExecutionStateRequest {
    /// The Amazon Resource Name (ARN) of the durable execution.
    #[shape(label)]
    pub durable_execution_arn: String,
    /// A checkpoint token that identifies the current state of the execution. This token is
    /// provided by the Lambda runtime and ensures that state retrieval is consistent with the
    /// current execution context.
    #[shape(query = "CheckpointToken")]
    pub checkpoint_token: String,
    /// If `NextMarker` was returned from a previous request, use this value to retrieve the next
    /// page of operations. Each pagination token expires after 24 hours.
    #[shape(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of operations to return per call. You can use `Marker` to retrieve
    /// additional pages of results. The default is 100 and the maximum allowed is 1000. A value of
    /// 0 uses the default.
    #[shape(query = "MaxItems")]
    pub max_items: Option<i32>,
}

/// The response from the GetDurableExecutionState operation, containing the current execution state
/// for replay.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDurableExecutionStateResponse {
    /// An array of operations that represent the current state of the durable execution. Operations
    /// are ordered by their start sequence number in ascending order and include information needed
    /// for replay processing.
    pub operations: Vec<Operation>,
    /// If present, indicates that more operations are available. Use this value as the `Marker`
    /// parameter in a subsequent request to retrieve the next page of results.
    pub next_marker: Option<String>,
}

/// The input of `GetEventSourceMapping`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetEventSourceMappingRequest {
    /// The identifier of the event source mapping.
    #[shape(name = "UUID", label)]
    pub uuid: String,
}

/// The input of `GetFunctionCodeSigningConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetFunctionCodeSigningConfigRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
}

/// The output of `GetFunctionCodeSigningConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetFunctionCodeSigningConfigResponse {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    pub code_signing_config_arn: String,
    /// The name or ARN of the Lambda function.
    pub function_name: String,
}

/// The input of `GetFunctionConcurrency`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetFunctionConcurrencyRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
}

/// The output of `GetFunctionConcurrency`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetFunctionConcurrencyResponse {
    /// The number of simultaneous executions that are reserved for the function.
    pub reserved_concurrent_executions: Option<i32>,
}

/// The input of `GetFunctionConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetFunctionConfigurationRequest {
    /// The name or ARN of the Lambda function, version, or alias.
    #[shape(label)]
    pub function_name: String,
    /// Specify a version or alias to get details about a published version of the function.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
}

/// The input of `GetFunctionEventInvokeConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetFunctionEventInvokeConfigRequest {
    /// The name or ARN of the Lambda function, version, or alias.
    #[shape(label)]
    pub function_name: String,
    /// A version number or alias name.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
}

/// The input of `GetFunctionRecursionConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetFunctionRecursionConfigRequest {
    /// The name of the function.
    #[shape(label)]
    pub function_name: String,
}

/// The output of `GetFunctionRecursionConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetFunctionRecursionConfigResponse {
    /// If your function's recursive loop detection configuration is `Allow`, Lambda doesn't take
    /// any action when it detects your function being invoked as part of a recursive loop.
    pub recursive_loop: Option<RecursiveLoop>,
}

/// The input of `GetFunction`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetFunctionRequest {
    /// The name or ARN of the Lambda function, version, or alias.
    #[shape(label)]
    pub function_name: String,
    /// Specify a version or alias to get details about a published version of the function.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
}

/// The output of `GetFunction`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetFunctionResponse {
    /// The configuration of the function or version.
    pub configuration: Option<FunctionConfiguration>,
    /// The deployment package of the function or version.
    pub code: Option<FunctionCodeLocation>,
    /// The function's [tags](https://docs.aws.amazon.com/lambda/latest/dg/tagging.html). Lambda
    /// returns tag data only if you have explicit allow permissions for
    /// [lambda:ListTags](https://docs.aws.amazon.com/lambda/latest/api/API_ListTags.html).
    pub tags: Option<HashMap<String, String>>,
    /// An object that contains details about an error related to retrieving tags.
    pub tags_error: Option<TagsError>,
    /// The function's [reserved
    /// concurrency](https://docs.aws.amazon.com/lambda/latest/dg/concurrent-executions.html).
    pub concurrency: Option<Concurrency>,
}

/// The input of `GetFunctionScalingConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetFunctionScalingConfigRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// Specify a version or alias to get the scaling configuration for a published version of the
    /// function.
    #[shape(query = "Qualifier")]
    pub qualifier: String,
}

/// The output of `GetFunctionScalingConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetFunctionScalingConfigResponse {
    /// The Amazon Resource Name (ARN) of the function.
    pub function_arn: Option<String>,
    /// The scaling configuration that is currently applied to the function. This represents the
    /// actual scaling settings in effect.
    pub applied_function_scaling_config: Option<FunctionScalingConfig>,
    /// The scaling configuration that was requested for the function.
    pub requested_function_scaling_config: Option<FunctionScalingConfig>,
}

/// The input of `GetFunctionUrlConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetFunctionUrlConfigRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// The alias name.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
}

/// The output of `GetFunctionUrlConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetFunctionUrlConfigResponse {
    /// The HTTP URL endpoint for your function.
    pub function_url: String,
    /// The Amazon Resource Name (ARN) of your function.
    pub function_arn: String,
    /// The type of authentication that your function URL uses. Set to `AWS_IAM` if you want to
    /// restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM
    /// authentication to create a public endpoint. For more information, see [Control access to
    /// Lambda function URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    pub auth_type: FunctionUrlAuthType,
    /// The [cross-origin resource sharing
    /// (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for your function
    /// URL.
    pub cors: Option<Cors>,
    /// When the function URL was created, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime)
    /// (YYYY-MM-DDThh:mm:ss.sTZD).
    pub creation_time: String,
    /// When the function URL configuration was last updated, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub last_modified_time: String,
    /// Use one of the following options:
    pub invoke_mode: Option<InvokeMode>,
}

/// The input of `GetLayerVersionByArn`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLayerVersionByArnRequest {
    /// The ARN of the layer version.
    #[shape(query = "Arn")]
    pub arn: String,
}

/// The input of `GetLayerVersionPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLayerVersionPolicyRequest {
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[shape(label)]
    pub layer_name: String,
    /// The version number.
    #[shape(label)]
    pub version_number: i64,
}

/// The output of `GetLayerVersionPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLayerVersionPolicyResponse {
    /// The policy document.
    pub policy: Option<String>,
    /// A unique identifier for the current revision of the policy.
    pub revision_id: Option<String>,
}

/// The input of `GetLayerVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLayerVersionRequest {
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[shape(label)]
    pub layer_name: String,
    /// The version number.
    #[shape(label)]
    pub version_number: i64,
}

/// The output of `GetLayerVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLayerVersionResponse {
    /// Details about the layer version.
    pub content: Option<LayerVersionContentOutput>,
    /// The ARN of the layer.
    pub layer_arn: Option<String>,
    /// The ARN of the layer version.
    pub layer_version_arn: Option<String>,
    /// The description of the version.
    pub description: Option<String>,
    /// The date that the layer version was created, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub created_date: Option<String>,
    /// The version number.
    pub version: Option<i64>,
    /// The layer's compatible runtimes.
    pub compatible_runtimes: Option<Vec<Runtime>>,
    /// The layer's software license.
    pub license_info: Option<String>,
    /// A list of compatible [instruction set
    /// architectures](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    pub compatible_architectures: Option<Vec<Architecture>>,
}

/// The input of `GetPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetPolicyRequest {
    /// The name or ARN of the Lambda function, version, or alias.
    #[shape(label)]
    pub function_name: String,
    /// Specify a version or alias to get the policy for that resource.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
}

/// The output of `GetPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetPolicyResponse {
    /// The resource-based policy.
    pub policy: Option<String>,
    /// A unique identifier for the current revision of the policy.
    pub revision_id: Option<String>,
}

/// The input of `GetProvisionedConcurrencyConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetProvisionedConcurrencyConfigRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// The version number or alias name.
    #[shape(query = "Qualifier")]
    pub qualifier: String,
}

/// The output of `GetProvisionedConcurrencyConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetProvisionedConcurrencyConfigResponse {
    /// The amount of provisioned concurrency requested.
    pub requested_provisioned_concurrent_executions: Option<i32>,
    /// The amount of provisioned concurrency available.
    pub available_provisioned_concurrent_executions: Option<i32>,
    /// The amount of provisioned concurrency allocated. When a weighted alias is used during linear
    /// and canary deployments, this value fluctuates depending on the amount of concurrency that is
    /// provisioned for the function versions.
    pub allocated_provisioned_concurrent_executions: Option<i32>,
    /// The status of the allocation process.
    pub status: Option<ProvisionedConcurrencyStatusEnum>,
    /// For failed allocations, the reason that provisioned concurrency could not be allocated.
    pub status_reason: Option<String>,
    /// The date and time that a user last updated the configuration, in [ISO 8601
    /// format](https://www.iso.org/iso-8601-date-and-time-format.html).
    pub last_modified: Option<String>,
}

/// The input of `GetRuntimeManagementConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetRuntimeManagementConfigRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// Specify a version of the function. This can be `$LATEST` or a published version number. If
    /// no value is specified, the configuration for the `$LATEST` version is returned.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
}

/// The output of `GetRuntimeManagementConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetRuntimeManagementConfigResponse {
    /// The current runtime update mode of the function.
    pub update_runtime_on: Option<UpdateRuntimeOn>,
    /// The ARN of the runtime the function is configured to use. If the runtime update mode is
    /// **Manual**, the ARN is returned, otherwise `null` is returned.
    pub runtime_version_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of your function.
    pub function_arn: Option<String>,
}

/// Configuration values that override the container image Dockerfile settings. For more
/// information, see [Container image
/// settings](https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-parms).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImageConfig {
    /// Specifies the entry point to their application, which is typically the location of the
    /// runtime executable.
    pub entry_point: Option<Vec<String>>,
    /// Specifies parameters that you want to pass in with ENTRYPOINT.
    pub command: Option<Vec<String>>,
    /// Specifies the working directory.
    pub working_directory: Option<String>,
}

/// Error response to `GetFunctionConfiguration`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ImageConfigError {
    /// Error code.
    pub error_code: Option<String>,
    /// Error message.
    pub message: Option<String>,
}

impl ::std::fmt::Debug for ImageConfigError {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ImageConfigError")
            .field("error_code", &self.error_code)
            .field("message", &self.message.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// Response to a `GetFunctionConfiguration` request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImageConfigResponse {
    /// Configuration values that override the container image Dockerfile.
    pub image_config: Option<ImageConfig>,
    /// Error response to `GetFunctionConfiguration`.
    pub error: Option<ImageConfigError>,
}

/// Specifications that define the characteristics and constraints for compute instances used by the
/// capacity provider.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceRequirements {
    /// A list of supported CPU architectures for compute instances. Valid values include `x86_64`
    /// and `arm64`.
    pub architectures: Option<Vec<Architecture>>,
    /// A list of EC2 instance types that the capacity provider is allowed to use. If not specified,
    /// all compatible instance types are allowed.
    pub allowed_instance_types: Option<Vec<String>>,
    /// A list of EC2 instance types that the capacity provider should not use, even if they meet
    /// other requirements.
    pub excluded_instance_types: Option<Vec<String>>,
}

/// Details about a function invocation that completed.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InvocationCompletedDetails {
    /// The date and time when the invocation started, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub start_timestamp: DateTime,
    /// The date and time when the invocation ended, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub end_timestamp: DateTime,
    /// The request ID for the invocation.
    pub request_id: String,
    /// Details about the invocation failure.
    pub error: Option<EventError>,
}

/// The input of `Invoke`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct InvocationRequest {
    /// The name or ARN of the Lambda function, version, or alias.
    #[shape(label)]
    pub function_name: String,
    /// Choose from the following options.
    #[shape(header = "X-Amz-Invocation-Type")]
    pub invocation_type: Option<InvocationType>,
    /// Set to `Tail` to include the execution log in the response. Applies to synchronously invoked
    /// functions only.
    #[shape(header = "X-Amz-Log-Type")]
    pub log_type: Option<LogType>,
    /// Up to 3,583 bytes of base64-encoded data about the invoking client to pass to the function
    /// in the context object. Lambda passes the `ClientContext` object to your function for
    /// synchronous invocations only.
    #[shape(header = "X-Amz-Client-Context")]
    pub client_context: Option<String>,
    /// Optional unique name for the durable execution. When you start your special function, you
    /// can give it a unique name to identify this specific execution. It's like giving a nickname
    /// to a task.
    #[shape(header = "X-Amz-Durable-Execution-Name")]
    pub durable_execution_name: Option<String>,
    /// The JSON that you want to provide to your Lambda function as input. The maximum payload size
    /// is 6 MB for synchronous invocations and 1 MB for asynchronous invocations.
    #[shape(payload)]
    pub payload: Option<Blob>,
    /// Specify a version or alias to invoke a published version of the function.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
    /// The identifier of the tenant in a multi-tenant Lambda function.
    #[shape(header = "X-Amz-Tenant-Id")]
    pub tenant_id: Option<String>,
}

impl ::std::fmt::Debug for InvocationRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InvocationRequest")
            .field("function_name", &self.function_name)
            .field("invocation_type", &self.invocation_type)
            .field("log_type", &self.log_type)
            .field("client_context", &self.client_context)
            .field("durable_execution_name", &self.durable_execution_name)
            .field("payload", &self.payload.as_ref().map(|_| "** redacted **"))
            .field("qualifier", &self.qualifier)
            .field("tenant_id", &self.tenant_id)
            .finish()
    }
}

/// The output of `Invoke`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct InvocationResponse {
    /// The HTTP status code is in the 200 range for a successful request. For the `RequestResponse`
    /// invocation type, this status code is 200. For the `Event` invocation type, this status code
    /// is 202. For the `DryRun` invocation type, the status code is 204.
    #[shape(status_code)]
    pub status_code: Option<i32>,
    /// If present, indicates that an error occurred during function execution. Details about the
    /// error are included in the response payload.
    #[shape(header = "X-Amz-Function-Error")]
    pub function_error: Option<String>,
    /// The last 4 KB of the execution log, which is base64-encoded.
    #[shape(header = "X-Amz-Log-Result")]
    pub log_result: Option<String>,
    /// The response from the function, or an error object.
    #[shape(payload)]
    pub payload: Option<Blob>,
    /// The version of the function that executed. When you invoke a function with an alias, this
    /// indicates which version the alias resolved to.
    #[shape(header = "X-Amz-Executed-Version")]
    pub executed_version: Option<String>,
    /// The ARN of the durable execution that was started. This is returned when invoking a durable
    /// function and provides a unique identifier for tracking the execution.
    #[shape(header = "X-Amz-Durable-Execution-Arn")]
    pub durable_execution_arn: Option<String>,
}

impl ::std::fmt::Debug for InvocationResponse {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InvocationResponse")
            .field("status_code", &self.status_code)
            .field("function_error", &self.function_error)
            .field("log_result", &self.log_result)
            .field("payload", &self.payload.as_ref().map(|_| "** redacted **"))
            .field("executed_version", &self.executed_version)
            .field("durable_execution_arn", &self.durable_execution_arn)
            .finish()
    }
}

/// The model's `InvocationType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InvocationType {
    /// `Event`
    #[default]
    Event,
    /// `RequestResponse`
    RequestResponse,
    /// `DryRun`
    DryRun,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `InvokeAsync`.
#[derive(Shape, Debug, Default)]
pub struct InvokeAsyncRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// The JSON that you want to provide to your Lambda function as input.
    #[shape(payload)]
    pub invoke_args: ByteStream,
}

/// A success response (`202 Accepted`) indicates that the request is queued for invocation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InvokeAsyncResponse {
    /// The status code.
    #[shape(status_code)]
    pub status: Option<i32>,
}

/// The model's `InvokeMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InvokeMode {
    /// `BUFFERED`
    #[default]
    #[shape(name = "BUFFERED")]
    Buffered,
    /// `RESPONSE_STREAM`
    #[shape(name = "RESPONSE_STREAM")]
    ResponseStream,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A chunk of the streamed response payload.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct InvokeResponseStreamUpdate {
    /// Data returned by your Lambda function.
    pub payload: Option<Blob>,
}

impl ::std::fmt::Debug for InvokeResponseStreamUpdate {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InvokeResponseStreamUpdate")
            .field("payload", &self.payload.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// A response confirming that the event stream is complete.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InvokeWithResponseStreamCompleteEvent {
    /// An error code.
    pub error_code: Option<String>,
    /// The details of any returned error.
    pub error_details: Option<String>,
    /// The last 4 KB of the execution log, which is base64-encoded.
    pub log_result: Option<String>,
}

/// The input of `InvokeWithResponseStream`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct InvokeWithResponseStreamRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// Use one of the following options:
    #[shape(header = "X-Amz-Invocation-Type")]
    pub invocation_type: Option<ResponseStreamingInvocationType>,
    /// Set to `Tail` to include the execution log in the response. Applies to synchronously invoked
    /// functions only.
    #[shape(header = "X-Amz-Log-Type")]
    pub log_type: Option<LogType>,
    /// Up to 3,583 bytes of base64-encoded data about the invoking client to pass to the function
    /// in the context object.
    #[shape(header = "X-Amz-Client-Context")]
    pub client_context: Option<String>,
    /// The alias name.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
    /// The JSON that you want to provide to your Lambda function as input.
    #[shape(payload)]
    pub payload: Option<Blob>,
    /// The identifier of the tenant in a multi-tenant Lambda function.
    #[shape(header = "X-Amz-Tenant-Id")]
    pub tenant_id: Option<String>,
}

impl ::std::fmt::Debug for InvokeWithResponseStreamRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InvokeWithResponseStreamRequest")
            .field("function_name", &self.function_name)
            .field("invocation_type", &self.invocation_type)
            .field("log_type", &self.log_type)
            .field("client_context", &self.client_context)
            .field("qualifier", &self.qualifier)
            .field("payload", &self.payload.as_ref().map(|_| "** redacted **"))
            .field("tenant_id", &self.tenant_id)
            .finish()
    }
}

/// The output of `InvokeWithResponseStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InvokeWithResponseStreamResponse {
    /// For a successful request, the HTTP status code is in the 200 range. For the
    /// `RequestResponse` invocation type, this status code is 200. For the `DryRun` invocation
    /// type, this status code is 204.
    #[shape(status_code)]
    pub status_code: Option<i32>,
    /// The version of the function that executed. When you invoke a function with an alias, this
    /// indicates which version the alias resolved to.
    #[shape(header = "X-Amz-Executed-Version")]
    pub executed_version: Option<String>,
    /// The stream of response payloads.
    #[shape(payload)]
    pub event_stream: Option<InvokeWithResponseStreamResponseEvent>,
    /// The type of data the stream is returning.
    #[shape(header = "Content-Type")]
    pub response_stream_content_type: Option<String>,
}

/// An object that includes a chunk of the response payload. When the stream has ended, Lambda
/// includes a `InvokeComplete` object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(event_stream)]
pub struct InvokeWithResponseStreamResponseEvent {
    /// A chunk of the streamed response payload.
    pub payload_chunk: Option<InvokeResponseStreamUpdate>,
    /// An object that's returned when the stream has ended and all the payload chunks have been
    /// returned.
    pub invoke_complete: Option<InvokeWithResponseStreamCompleteEvent>,
}

/// Specific access configuration settings that tell Lambda how to authenticate with your schema
/// registry.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KafkaSchemaRegistryAccessConfig {
    /// The type of authentication Lambda uses to access your schema registry.
    pub r#type: Option<KafkaSchemaRegistryAuthType>,
    /// The URI of the secret (Secrets Manager secret ARN) to authenticate with your schema
    /// registry.
    #[shape(name = "URI")]
    pub uri: Option<String>,
}

/// The model's `KafkaSchemaRegistryAuthType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum KafkaSchemaRegistryAuthType {
    /// `BASIC_AUTH`
    #[default]
    #[shape(name = "BASIC_AUTH")]
    BasicAuth,
    /// `CLIENT_CERTIFICATE_TLS_AUTH`
    #[shape(name = "CLIENT_CERTIFICATE_TLS_AUTH")]
    ClientCertificateTlsAuth,
    /// `SERVER_ROOT_CA_CERTIFICATE`
    #[shape(name = "SERVER_ROOT_CA_CERTIFICATE")]
    ServerRootCaCertificate,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Specific configuration settings for a Kafka schema registry.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KafkaSchemaRegistryConfig {
    /// The URI for your schema registry. The correct URI format depends on the type of schema
    /// registry you're using.
    #[shape(name = "SchemaRegistryURI")]
    pub schema_registry_uri: Option<String>,
    /// The record format that Lambda delivers to your function after schema validation.
    pub event_record_format: Option<SchemaRegistryEventRecordFormat>,
    /// An array of access configuration objects that tell Lambda how to authenticate with your
    /// schema registry.
    pub access_configs: Option<Vec<KafkaSchemaRegistryAccessConfig>>,
    /// An array of schema validation configuration objects, which tell Lambda the message
    /// attributes you want to validate and filter using your schema registry.
    pub schema_validation_configs: Option<Vec<KafkaSchemaValidationConfig>>,
}

/// The model's `KafkaSchemaValidationAttribute`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum KafkaSchemaValidationAttribute {
    /// `KEY`
    #[default]
    #[shape(name = "KEY")]
    Key,
    /// `VALUE`
    #[shape(name = "VALUE")]
    Value,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Specific schema validation configuration settings that tell Lambda the message attributes you
/// want to validate and filter using your schema registry.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KafkaSchemaValidationConfig {
    /// The attributes you want your schema registry to validate and filter for. If you selected
    /// `JSON` as the `EventRecordFormat`, Lambda also deserializes the selected message attributes.
    pub attribute: Option<KafkaSchemaValidationAttribute>,
}

/// Configuration for Lambda-managed instances used by the capacity provider.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LambdaManagedInstancesCapacityProviderConfig {
    /// The Amazon Resource Name (ARN) of the capacity provider.
    pub capacity_provider_arn: String,
    /// The maximum number of concurrent execution environments that can run on each compute
    /// instance.
    pub per_execution_environment_max_concurrency: Option<i32>,
    /// The amount of memory in GiB allocated per vCPU for execution environments.
    pub execution_environment_memory_gi_b_per_v_cpu: Option<f64>,
}

/// The model's `LastUpdateStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LastUpdateStatus {
    /// `Successful`
    #[default]
    Successful,
    /// `Failed`
    Failed,
    /// `InProgress`
    InProgress,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `LastUpdateStatusReasonCode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LastUpdateStatusReasonCode {
    /// `EniLimitExceeded`
    #[default]
    EniLimitExceeded,
    /// `InsufficientRolePermissions`
    InsufficientRolePermissions,
    /// `InvalidConfiguration`
    InvalidConfiguration,
    /// `InternalError`
    InternalError,
    /// `SubnetOutOfIPAddresses`
    SubnetOutOfIPAddresses,
    /// `InvalidSubnet`
    InvalidSubnet,
    /// `InvalidSecurityGroup`
    InvalidSecurityGroup,
    /// `ImageDeleted`
    ImageDeleted,
    /// `ImageAccessDenied`
    ImageAccessDenied,
    /// `InvalidImage`
    InvalidImage,
    /// `KMSKeyAccessDenied`
    KMSKeyAccessDenied,
    /// `KMSKeyNotFound`
    KMSKeyNotFound,
    /// `InvalidStateKMSKey`
    InvalidStateKMSKey,
    /// `DisabledKMSKey`
    DisabledKMSKey,
    /// `EFSIOError`
    EFSIOError,
    /// `EFSMountConnectivityError`
    EFSMountConnectivityError,
    /// `EFSMountFailure`
    EFSMountFailure,
    /// `EFSMountTimeout`
    EFSMountTimeout,
    /// `InvalidRuntime`
    InvalidRuntime,
    /// `InvalidZipFileException`
    InvalidZipFileException,
    /// `FunctionError`
    FunctionError,
    /// `VcpuLimitExceeded`
    VcpuLimitExceeded,
    /// `CapacityProviderScalingLimitExceeded`
    CapacityProviderScalingLimitExceeded,
    /// `InsufficientCapacity`
    InsufficientCapacity,
    /// `EC2RequestLimitExceeded`
    EC2RequestLimitExceeded,
    /// `FunctionError.InitTimeout`
    #[shape(name = "FunctionError.InitTimeout")]
    FunctionErrorInitTimeout,
    /// `FunctionError.RuntimeInitError`
    #[shape(name = "FunctionError.RuntimeInitError")]
    FunctionErrorRuntimeInitError,
    /// `FunctionError.ExtensionInitError`
    #[shape(name = "FunctionError.ExtensionInitError")]
    FunctionErrorExtensionInitError,
    /// `FunctionError.InvalidEntryPoint`
    #[shape(name = "FunctionError.InvalidEntryPoint")]
    FunctionErrorInvalidEntryPoint,
    /// `FunctionError.InvalidWorkingDirectory`
    #[shape(name = "FunctionError.InvalidWorkingDirectory")]
    FunctionErrorInvalidWorkingDirectory,
    /// `FunctionError.PermissionDenied`
    #[shape(name = "FunctionError.PermissionDenied")]
    FunctionErrorPermissionDenied,
    /// `FunctionError.TooManyExtensions`
    #[shape(name = "FunctionError.TooManyExtensions")]
    FunctionErrorTooManyExtensions,
    /// `FunctionError.InitResourceExhausted`
    #[shape(name = "FunctionError.InitResourceExhausted")]
    FunctionErrorInitResourceExhausted,
    /// `DisallowedByVpcEncryptionControl`
    DisallowedByVpcEncryptionControl,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An [Lambda layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Layer {
    /// The Amazon Resource Name (ARN) of the function layer.
    pub arn: Option<String>,
    /// The size of the layer archive in bytes.
    pub code_size: Option<i64>,
    /// The Amazon Resource Name (ARN) for a signing profile version.
    pub signing_profile_version_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of a signing job.
    pub signing_job_arn: Option<String>,
}

/// A ZIP archive that contains the contents of an [Lambda
/// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html). You can specify
/// either an Amazon S3 location, or upload a layer archive directly.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct LayerVersionContentInput {
    /// The Amazon S3 bucket of the layer archive.
    pub s3_bucket: Option<String>,
    /// The Amazon S3 key of the layer archive.
    pub s3_key: Option<String>,
    /// For versioned objects, the version of the layer archive object to use.
    pub s3_object_version: Option<String>,
    /// The base64-encoded contents of the layer archive. Amazon Web Services SDK and Amazon Web
    /// Services CLI clients handle the encoding for you.
    pub zip_file: Option<Blob>,
}

impl ::std::fmt::Debug for LayerVersionContentInput {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("LayerVersionContentInput")
            .field("s3_bucket", &self.s3_bucket)
            .field("s3_key", &self.s3_key)
            .field("s3_object_version", &self.s3_object_version)
            .field(
                "zip_file",
                &self.zip_file.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// Details about a version of an [Lambda
/// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LayerVersionContentOutput {
    /// A link to the layer archive in Amazon S3 that is valid for 10 minutes.
    pub location: Option<String>,
    /// The SHA-256 hash of the layer archive.
    pub code_sha256: Option<String>,
    /// The size of the layer archive in bytes.
    pub code_size: Option<i64>,
    /// The Amazon Resource Name (ARN) for a signing profile version.
    pub signing_profile_version_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of a signing job.
    pub signing_job_arn: Option<String>,
}

/// Details about a version of an [Lambda
/// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LayerVersionsListItem {
    /// The ARN of the layer version.
    pub layer_version_arn: Option<String>,
    /// The version number.
    pub version: Option<i64>,
    /// The description of the version.
    pub description: Option<String>,
    /// The date that the version was created, in ISO 8601 format. For example,
    /// `2018-11-27T15:10:45.123+0000`.
    pub created_date: Option<String>,
    /// The layer's compatible runtimes.
    pub compatible_runtimes: Option<Vec<Runtime>>,
    /// The layer's open-source license.
    pub license_info: Option<String>,
    /// A list of compatible [instruction set
    /// architectures](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    pub compatible_architectures: Option<Vec<Architecture>>,
}

/// Details about an [Lambda
/// layer](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LayersListItem {
    /// The name of the layer.
    pub layer_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the function layer.
    pub layer_arn: Option<String>,
    /// The newest version of the layer.
    pub latest_matching_version: Option<LayerVersionsListItem>,
}

/// The input of `ListAliases`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAliasesRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// Specify a function version to only list aliases that invoke that version.
    #[shape(query = "FunctionVersion")]
    pub function_version: Option<String>,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page
    /// of results.
    #[shape(query = "Marker")]
    pub marker: Option<String>,
    /// Limit the number of aliases returned.
    #[shape(query = "MaxItems")]
    pub max_items: Option<i32>,
}

/// The output of `ListAliases`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAliasesResponse {
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// A list of aliases.
    pub aliases: Option<Vec<AliasConfiguration>>,
}

/// The input of `ListCapacityProviders`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListCapacityProvidersRequest {
    /// Filter capacity providers by their current state.
    #[shape(query = "State")]
    pub state: Option<CapacityProviderState>,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page
    /// of results.
    #[shape(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of capacity providers to return.
    #[shape(query = "MaxItems")]
    pub max_items: Option<i32>,
}

/// The output of `ListCapacityProviders`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListCapacityProvidersResponse {
    /// A list of capacity providers in your account.
    pub capacity_providers: Vec<CapacityProvider>,
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
}

/// The input of `ListCodeSigningConfigs`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListCodeSigningConfigsRequest {
    /// Specify the pagination token that's returned by a previous request to retrieve the next page
    /// of results.
    #[shape(query = "Marker")]
    pub marker: Option<String>,
    /// Maximum number of items to return.
    #[shape(query = "MaxItems")]
    pub max_items: Option<i32>,
}

/// The output of `ListCodeSigningConfigs`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListCodeSigningConfigsResponse {
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// The code signing configurations
    pub code_signing_configs: Option<Vec<CodeSigningConfig>>,
}

/// The input of `ListDurableExecutionsByFunction`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDurableExecutionsByFunctionRequest {
    /// The name or ARN of the Lambda function. You can specify a function name, a partial ARN, or a
    /// full ARN.
    #[shape(label)]
    pub function_name: String,
    /// The function version or alias. If not specified, lists executions for the $LATEST version.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
    /// Filter executions by name. Only executions with names that matches this string are returned.
    #[shape(query = "DurableExecutionName")]
    pub durable_execution_name: Option<String>,
    /// Filter executions by status. Valid values: RUNNING, SUCCEEDED, FAILED, TIMED\_OUT, STOPPED.
    #[shape(query = "Statuses")]
    pub statuses: Option<Vec<ExecutionStatus>>,
    /// Filter executions that started after this timestamp (ISO 8601 format).
    #[shape(query = "StartedAfter")]
    pub started_after: Option<DateTime>,
    /// Filter executions that started before this timestamp (ISO 8601 format).
    #[shape(query = "StartedBefore")]
    pub started_before: Option<DateTime>,
    /// Set to true to return results in reverse chronological order (newest first). Default is
    /// false.
    #[shape(query = "ReverseOrder")]
    pub reverse_order: Option<bool>,
    /// Pagination token from a previous request to continue retrieving results.
    #[shape(query = "Marker")]
    pub marker: Option<String>,
    /// Maximum number of executions to return (1-1000). Default is 100.
    #[shape(query = "MaxItems")]
    pub max_items: Option<i32>,
}

/// The response from the ListDurableExecutionsByFunction operation, containing a list of durable
/// executions and pagination information.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDurableExecutionsByFunctionResponse {
    /// List of durable execution summaries matching the filter criteria.
    pub durable_executions: Option<Vec<Execution>>,
    /// Pagination token for retrieving additional results. Present only if there are more results
    /// available.
    pub next_marker: Option<String>,
}

/// The input of `ListEventSourceMappings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListEventSourceMappingsRequest {
    /// The Amazon Resource Name (ARN) of the event source.
    #[shape(query = "EventSourceArn")]
    pub event_source_arn: Option<String>,
    /// The name or ARN of the Lambda function.
    #[shape(query = "FunctionName")]
    pub function_name: Option<String>,
    /// A pagination token returned by a previous call.
    #[shape(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of event source mappings to return. Note that ListEventSourceMappings
    /// returns a maximum of 100 items in each response, even if you set the number higher.
    #[shape(query = "MaxItems")]
    pub max_items: Option<i32>,
}

/// The output of `ListEventSourceMappings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListEventSourceMappingsResponse {
    /// A pagination token that's returned when the response doesn't contain all event source
    /// mappings.
    pub next_marker: Option<String>,
    /// A list of event source mappings.
    pub event_source_mappings: Option<Vec<EventSourceMappingConfiguration>>,
}

/// The input of `ListFunctionEventInvokeConfigs`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListFunctionEventInvokeConfigsRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page
    /// of results.
    #[shape(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of configurations to return.
    #[shape(query = "MaxItems")]
    pub max_items: Option<i32>,
}

/// The output of `ListFunctionEventInvokeConfigs`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListFunctionEventInvokeConfigsResponse {
    /// A list of configurations.
    pub function_event_invoke_configs: Option<Vec<FunctionEventInvokeConfig>>,
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
}

/// The input of `ListFunctionUrlConfigs`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListFunctionUrlConfigsRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page
    /// of results.
    #[shape(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of function URLs to return in the response. Note that
    /// `ListFunctionUrlConfigs` returns a maximum of 50 items in each response, even if you set the
    /// number higher.
    #[shape(query = "MaxItems")]
    pub max_items: Option<i32>,
}

/// The output of `ListFunctionUrlConfigs`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListFunctionUrlConfigsResponse {
    /// A list of function URL configurations.
    pub function_url_configs: Vec<FunctionUrlConfig>,
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
}

/// The input of `ListFunctionVersionsByCapacityProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListFunctionVersionsByCapacityProviderRequest {
    /// The name of the capacity provider to list function versions for.
    #[shape(label)]
    pub capacity_provider_name: String,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page
    /// of results.
    #[shape(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of function versions to return in the response.
    #[shape(query = "MaxItems")]
    pub max_items: Option<i32>,
}

/// The output of `ListFunctionVersionsByCapacityProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListFunctionVersionsByCapacityProviderResponse {
    /// The Amazon Resource Name (ARN) of the capacity provider.
    pub capacity_provider_arn: String,
    /// A list of function versions that use the specified capacity provider.
    pub function_versions: Vec<FunctionVersionsByCapacityProviderListItem>,
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
}

/// The input of `ListFunctionsByCodeSigningConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListFunctionsByCodeSigningConfigRequest {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[shape(label)]
    pub code_signing_config_arn: String,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page
    /// of results.
    #[shape(query = "Marker")]
    pub marker: Option<String>,
    /// Maximum number of items to return.
    #[shape(query = "MaxItems")]
    pub max_items: Option<i32>,
}

/// The output of `ListFunctionsByCodeSigningConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListFunctionsByCodeSigningConfigResponse {
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// The function ARNs.
    pub function_arns: Option<Vec<String>>,
}

/// The input of `ListFunctions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListFunctionsRequest {
    /// For Lambda@Edge functions, the Amazon Web Services Region of the master function. For
    /// example, `us-east-1` filters the list of functions to include only Lambda@Edge functions
    /// replicated from a master function in US East (N. Virginia). If specified, you must set
    /// `FunctionVersion` to `ALL`.
    #[shape(query = "MasterRegion")]
    pub master_region: Option<String>,
    /// Set to `ALL` to include entries for all published versions of each function.
    #[shape(query = "FunctionVersion")]
    pub function_version: Option<FunctionVersion>,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page
    /// of results.
    #[shape(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of functions to return in the response. Note that `ListFunctions` returns
    /// a maximum of 50 items in each response, even if you set the number higher.
    #[shape(query = "MaxItems")]
    pub max_items: Option<i32>,
}

/// A list of Lambda functions.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListFunctionsResponse {
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// A list of Lambda functions.
    pub functions: Option<Vec<FunctionConfiguration>>,
}

/// The input of `ListLayerVersions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListLayerVersionsRequest {
    /// A runtime identifier.
    #[shape(query = "CompatibleRuntime")]
    pub compatible_runtime: Option<Runtime>,
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[shape(label)]
    pub layer_name: String,
    /// A pagination token returned by a previous call.
    #[shape(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of versions to return.
    #[shape(query = "MaxItems")]
    pub max_items: Option<i32>,
    /// The compatible [instruction set
    /// architecture](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    #[shape(query = "CompatibleArchitecture")]
    pub compatible_architecture: Option<Architecture>,
}

/// The output of `ListLayerVersions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListLayerVersionsResponse {
    /// A pagination token returned when the response doesn't contain all versions.
    pub next_marker: Option<String>,
    /// A list of versions.
    pub layer_versions: Option<Vec<LayerVersionsListItem>>,
}

/// The input of `ListLayers`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListLayersRequest {
    /// A runtime identifier.
    #[shape(query = "CompatibleRuntime")]
    pub compatible_runtime: Option<Runtime>,
    /// A pagination token returned by a previous call.
    #[shape(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of layers to return.
    #[shape(query = "MaxItems")]
    pub max_items: Option<i32>,
    /// The compatible [instruction set
    /// architecture](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    #[shape(query = "CompatibleArchitecture")]
    pub compatible_architecture: Option<Architecture>,
}

/// The output of `ListLayers`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListLayersResponse {
    /// A pagination token returned when the response doesn't contain all layers.
    pub next_marker: Option<String>,
    /// A list of function layers.
    pub layers: Option<Vec<LayersListItem>>,
}

/// The input of `ListProvisionedConcurrencyConfigs`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListProvisionedConcurrencyConfigsRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page
    /// of results.
    #[shape(query = "Marker")]
    pub marker: Option<String>,
    /// Specify a number to limit the number of configurations returned.
    #[shape(query = "MaxItems")]
    pub max_items: Option<i32>,
}

/// The output of `ListProvisionedConcurrencyConfigs`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListProvisionedConcurrencyConfigsResponse {
    /// A list of provisioned concurrency configurations.
    pub provisioned_concurrency_configs: Option<Vec<ProvisionedConcurrencyConfigListItem>>,
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
}

/// The input of `ListTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsRequest {
    /// The resource's Amazon Resource Name (ARN). Note: Lambda does not support adding tags to
    /// function aliases or versions.
    #[shape(label)]
    pub resource: String,
}

/// The output of `ListTags`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsResponse {
    /// The function's tags.
    pub tags: Option<HashMap<String, String>>,
}

/// The input of `ListVersionsByFunction`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListVersionsByFunctionRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// Specify the pagination token that's returned by a previous request to retrieve the next page
    /// of results.
    #[shape(query = "Marker")]
    pub marker: Option<String>,
    /// The maximum number of versions to return. Note that `ListVersionsByFunction` returns a
    /// maximum of 50 items in each response, even if you set the number higher.
    #[shape(query = "MaxItems")]
    pub max_items: Option<i32>,
}

/// The output of `ListVersionsByFunction`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListVersionsByFunctionResponse {
    /// The pagination token that's included if more results are available.
    pub next_marker: Option<String>,
    /// A list of Lambda function versions.
    pub versions: Option<Vec<FunctionConfiguration>>,
}

/// The model's `LogFormat`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LogFormat {
    /// `JSON`
    #[default]
    #[shape(name = "JSON")]
    Json,
    /// `Text`
    Text,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `LogType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LogType {
    /// `None`
    #[default]
    None,
    /// `Tail`
    Tail,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The function's Amazon CloudWatch Logs configuration settings.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LoggingConfig {
    /// The format in which Lambda sends your function's application and system logs to CloudWatch.
    /// Select between plain text and structured JSON.
    pub log_format: Option<LogFormat>,
    /// Set this property to filter the application logs for your function that Lambda sends to
    /// CloudWatch. Lambda only sends application logs at the selected level of detail and lower,
    /// where `TRACE` is the highest level and `FATAL` is the lowest.
    pub application_log_level: Option<ApplicationLogLevel>,
    /// Set this property to filter the system logs for your function that Lambda sends to
    /// CloudWatch. Lambda only sends system logs at the selected level of detail and lower, where
    /// `DEBUG` is the highest level and `WARN` is the lowest.
    pub system_log_level: Option<SystemLogLevel>,
    /// The name of the Amazon CloudWatch log group the function sends logs to. By default, Lambda
    /// functions send logs to a default log group named `/aws/lambda/<function name>`. To use a
    /// different log group, enter an existing log group or enter a new log group name.
    pub log_group: Option<String>,
}

/// A destination for events that failed processing. For more information, see [Adding a
/// destination](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html#invocation-async-destinations).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OnFailure {
    /// The Amazon Resource Name (ARN) of the destination resource.
    pub destination: Option<String>,
}

/// A destination for events that were processed successfully.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OnSuccess {
    /// The Amazon Resource Name (ARN) of the destination resource.
    pub destination: Option<String>,
}

/// Information about an operation within a durable execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Operation {
    /// The unique identifier for this operation.
    pub id: String,
    /// The unique identifier of the parent operation, if this operation is running within a child
    /// context.
    pub parent_id: Option<String>,
    /// The customer-provided name for this operation.
    pub name: Option<String>,
    /// The type of operation.
    pub r#type: OperationType,
    /// The subtype of the operation, providing additional categorization.
    pub sub_type: Option<String>,
    /// The date and time when the operation started, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub start_timestamp: DateTime,
    /// The date and time when the operation ended, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub end_timestamp: Option<DateTime>,
    /// The current status of the operation.
    pub status: OperationStatus,
    /// Details about the execution, if this operation represents an execution.
    pub execution_details: Option<ExecutionDetails>,
    /// Details about the context, if this operation represents a context.
    pub context_details: Option<ContextDetails>,
    /// Details about the step, if this operation represents a step.
    pub step_details: Option<StepDetails>,
    /// Details about the wait operation, if this operation represents a wait.
    pub wait_details: Option<WaitDetails>,
    /// Contains details about a callback operation in a durable execution, including the callback
    /// token and timeout configuration.
    pub callback_details: Option<CallbackDetails>,
    /// Contains details about a chained function invocation in a durable execution, including the
    /// target function and invocation parameters.
    pub chained_invoke_details: Option<ChainedInvokeDetails>,
}

/// The model's `OperationAction`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OperationAction {
    /// `START`
    #[default]
    #[shape(name = "START")]
    Start,
    /// `SUCCEED`
    #[shape(name = "SUCCEED")]
    Succeed,
    /// `FAIL`
    #[shape(name = "FAIL")]
    Fail,
    /// `RETRY`
    #[shape(name = "RETRY")]
    Retry,
    /// `CANCEL`
    #[shape(name = "CANCEL")]
    Cancel,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `OperationStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OperationStatus {
    /// `STARTED`
    #[default]
    #[shape(name = "STARTED")]
    Started,
    /// `PENDING`
    #[shape(name = "PENDING")]
    Pending,
    /// `READY`
    #[shape(name = "READY")]
    Ready,
    /// `SUCCEEDED`
    #[shape(name = "SUCCEEDED")]
    Succeeded,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `CANCELLED`
    #[shape(name = "CANCELLED")]
    Cancelled,
    /// `TIMED_OUT`
    #[shape(name = "TIMED_OUT")]
    TimedOut,
    /// `STOPPED`
    #[shape(name = "STOPPED")]
    Stopped,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `OperationType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OperationType {
    /// `EXECUTION`
    #[default]
    #[shape(name = "EXECUTION")]
    Execution,
    /// `CONTEXT`
    #[shape(name = "CONTEXT")]
    Context,
    /// `STEP`
    #[shape(name = "STEP")]
    Step,
    /// `WAIT`
    #[shape(name = "WAIT")]
    Wait,
    /// `CALLBACK`
    #[shape(name = "CALLBACK")]
    Callback,
    /// `CHAINED_INVOKE`
    #[shape(name = "CHAINED_INVOKE")]
    ChainedInvoke,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An update to be applied to an operation during checkpointing.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct OperationUpdate {
    /// The unique identifier for this operation.
    pub id: String,
    /// The unique identifier of the parent operation, if this operation is running within a child
    /// context.
    pub parent_id: Option<String>,
    /// The customer-provided name for this operation.
    pub name: Option<String>,
    /// The type of operation to update.
    pub r#type: OperationType,
    /// The subtype of the operation, providing additional categorization.
    pub sub_type: Option<String>,
    /// The action to take on the operation.
    pub action: OperationAction,
    /// The payload for successful operations.
    pub payload: Option<String>,
    /// The error information for failed operations.
    pub error: Option<ErrorObject>,
    /// Options for context operations.
    pub context_options: Option<ContextOptions>,
    /// Options for step operations.
    pub step_options: Option<StepOptions>,
    /// Options for wait operations.
    pub wait_options: Option<WaitOptions>,
    /// Configuration options for callback operations in durable executions, including timeout
    /// settings and retry behavior.
    pub callback_options: Option<CallbackOptions>,
    /// Configuration options for chained function invocations in durable executions, including
    /// retry settings and timeout configuration.
    pub chained_invoke_options: Option<ChainedInvokeOptions>,
}

impl ::std::fmt::Debug for OperationUpdate {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("OperationUpdate")
            .field("id", &self.id)
            .field("parent_id", &self.parent_id)
            .field("name", &self.name)
            .field("type", &self.r#type)
            .field("sub_type", &self.sub_type)
            .field("action", &self.action)
            .field("payload", &self.payload.as_ref().map(|_| "** redacted **"))
            .field("error", &self.error)
            .field("context_options", &self.context_options)
            .field("step_options", &self.step_options)
            .field("wait_options", &self.wait_options)
            .field("callback_options", &self.callback_options)
            .field("chained_invoke_options", &self.chained_invoke_options)
            .finish()
    }
}

/// The model's `PackageType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PackageType {
    /// `Zip`
    #[default]
    Zip,
    /// `Image`
    Image,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Details about the provisioned concurrency configuration for a function alias or version.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ProvisionedConcurrencyConfigListItem {
    /// The Amazon Resource Name (ARN) of the alias or version.
    pub function_arn: Option<String>,
    /// The amount of provisioned concurrency requested.
    pub requested_provisioned_concurrent_executions: Option<i32>,
    /// The amount of provisioned concurrency available.
    pub available_provisioned_concurrent_executions: Option<i32>,
    /// The amount of provisioned concurrency allocated. When a weighted alias is used during linear
    /// and canary deployments, this value fluctuates depending on the amount of concurrency that is
    /// provisioned for the function versions.
    pub allocated_provisioned_concurrent_executions: Option<i32>,
    /// The status of the allocation process.
    pub status: Option<ProvisionedConcurrencyStatusEnum>,
    /// For failed allocations, the reason that provisioned concurrency could not be allocated.
    pub status_reason: Option<String>,
    /// The date and time that a user last updated the configuration, in [ISO 8601
    /// format](https://www.iso.org/iso-8601-date-and-time-format.html).
    pub last_modified: Option<String>,
}

/// The model's `ProvisionedConcurrencyStatusEnum`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ProvisionedConcurrencyStatusEnum {
    /// `IN_PROGRESS`
    #[default]
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `READY`
    #[shape(name = "READY")]
    Ready,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The [ provisioned
/// mode](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html#invocation-eventsourcemapping-provisioned-mode)
/// configuration for the event source. Use Provisioned Mode to customize the minimum and maximum
/// number of event pollers for your event source.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ProvisionedPollerConfig {
    /// The minimum number of event pollers this event source can scale down to. For Amazon SQS
    /// events source mappings, default is 2, and minimum 2 required. For Amazon MSK and
    /// self-managed Apache Kafka event source mappings, default is 1.
    pub minimum_pollers: Option<i32>,
    /// The maximum number of event pollers this event source can scale up to. For Amazon SQS events
    /// source mappings, default is 200, and minimum value allowed is 2. For Amazon MSK and
    /// self-managed Apache Kafka event source mappings, default is 200, and minimum value allowed
    /// is 1.
    pub maximum_pollers: Option<i32>,
    /// (Amazon MSK and self-managed Apache Kafka) The name of the provisioned poller group. Use
    /// this option to group multiple ESMs within the event source's VPC to share Event Poller Unit
    /// (EPU) capacity. You can use this option to optimize Provisioned mode costs for your ESMs.
    /// You can group up to 100 ESMs per poller group and aggregate maximum pollers across all ESMs
    /// in a group cannot exceed 2000.
    pub poller_group_name: Option<String>,
}

/// The input of `PublishLayerVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PublishLayerVersionRequest {
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[shape(label)]
    pub layer_name: String,
    /// The description of the version.
    pub description: Option<String>,
    /// The function layer archive.
    pub content: LayerVersionContentInput,
    /// A list of compatible [function
    /// runtimes](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html). Used for
    /// filtering with `ListLayers` and `ListLayerVersions`.
    pub compatible_runtimes: Option<Vec<Runtime>>,
    /// The layer's software license. It can be any of the following:
    pub license_info: Option<String>,
    /// A list of compatible [instruction set
    /// architectures](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    pub compatible_architectures: Option<Vec<Architecture>>,
}

/// The output of `PublishLayerVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PublishLayerVersionResponse {
    /// Details about the layer version.
    pub content: Option<LayerVersionContentOutput>,
    /// The ARN of the layer.
    pub layer_arn: Option<String>,
    /// The ARN of the layer version.
    pub layer_version_arn: Option<String>,
    /// The description of the version.
    pub description: Option<String>,
    /// The date that the layer version was created, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub created_date: Option<String>,
    /// The version number.
    pub version: Option<i64>,
    /// The layer's compatible runtimes.
    pub compatible_runtimes: Option<Vec<Runtime>>,
    /// The layer's software license.
    pub license_info: Option<String>,
    /// A list of compatible [instruction set
    /// architectures](https://docs.aws.amazon.com/lambda/latest/dg/foundation-arch.html).
    pub compatible_architectures: Option<Vec<Architecture>>,
}

/// The input of `PublishVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PublishVersionRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// Only publish a version if the hash value matches the value that's specified. Use this option
    /// to avoid publishing a version if the function code has changed since you last updated it.
    /// You can get the hash for the version that you uploaded from the output of
    /// `UpdateFunctionCode`.
    pub code_sha256: Option<String>,
    /// A description for the version to override the description in the function configuration.
    pub description: Option<String>,
    /// Only update the function if the revision ID matches the ID that's specified. Use this option
    /// to avoid publishing a version if the function configuration has changed since you last
    /// updated it.
    pub revision_id: Option<String>,
    /// Specifies where to publish the function version or configuration.
    pub publish_to: Option<FunctionVersionLatestPublished>,
}

/// The input of `PutFunctionCodeSigningConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutFunctionCodeSigningConfigRequest {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    pub code_signing_config_arn: String,
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
}

/// The output of `PutFunctionCodeSigningConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutFunctionCodeSigningConfigResponse {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    pub code_signing_config_arn: String,
    /// The name or ARN of the Lambda function.
    pub function_name: String,
}

/// The input of `PutFunctionConcurrency`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutFunctionConcurrencyRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// The number of simultaneous executions to reserve for the function.
    pub reserved_concurrent_executions: i32,
}

/// The input of `PutFunctionEventInvokeConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutFunctionEventInvokeConfigRequest {
    /// The name or ARN of the Lambda function, version, or alias.
    #[shape(label)]
    pub function_name: String,
    /// A version number or alias name.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
    /// The maximum number of times to retry when the function returns an error.
    pub maximum_retry_attempts: Option<i32>,
    /// The maximum age of a request that Lambda sends to a function for processing.
    pub maximum_event_age_in_seconds: Option<i32>,
    /// A destination for events after they have been sent to a function for processing.
    pub destination_config: Option<DestinationConfig>,
}

/// The input of `PutFunctionRecursionConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutFunctionRecursionConfigRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// If you set your function's recursive loop detection configuration to `Allow`, Lambda doesn't
    /// take any action when it detects your function being invoked as part of a recursive loop. We
    /// recommend that you only use this setting if your design intentionally uses a Lambda function
    /// to write data back to the same Amazon Web Services resource that invokes it.
    pub recursive_loop: RecursiveLoop,
}

/// The output of `PutFunctionRecursionConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutFunctionRecursionConfigResponse {
    /// The status of your function's recursive loop detection configuration.
    pub recursive_loop: Option<RecursiveLoop>,
}

/// The input of `PutFunctionScalingConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutFunctionScalingConfigRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// Specify a version or alias to set the scaling configuration for a published version of the
    /// function.
    #[shape(query = "Qualifier")]
    pub qualifier: String,
    /// The scaling configuration to apply to the function, including minimum and maximum execution
    /// environment limits.
    pub function_scaling_config: Option<FunctionScalingConfig>,
}

/// The output of `PutFunctionScalingConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutFunctionScalingConfigResponse {
    /// The current state of the function after applying the scaling configuration.
    pub function_state: Option<State>,
}

/// The input of `PutProvisionedConcurrencyConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutProvisionedConcurrencyConfigRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// The version number or alias name.
    #[shape(query = "Qualifier")]
    pub qualifier: String,
    /// The amount of provisioned concurrency to allocate for the version or alias.
    pub provisioned_concurrent_executions: i32,
}

/// The output of `PutProvisionedConcurrencyConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutProvisionedConcurrencyConfigResponse {
    /// The amount of provisioned concurrency requested.
    pub requested_provisioned_concurrent_executions: Option<i32>,
    /// The amount of provisioned concurrency available.
    pub available_provisioned_concurrent_executions: Option<i32>,
    /// The amount of provisioned concurrency allocated. When a weighted alias is used during linear
    /// and canary deployments, this value fluctuates depending on the amount of concurrency that is
    /// provisioned for the function versions.
    pub allocated_provisioned_concurrent_executions: Option<i32>,
    /// The status of the allocation process.
    pub status: Option<ProvisionedConcurrencyStatusEnum>,
    /// For failed allocations, the reason that provisioned concurrency could not be allocated.
    pub status_reason: Option<String>,
    /// The date and time that a user last updated the configuration, in [ISO 8601
    /// format](https://www.iso.org/iso-8601-date-and-time-format.html).
    pub last_modified: Option<String>,
}

/// The input of `PutRuntimeManagementConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRuntimeManagementConfigRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// Specify a version of the function. This can be `$LATEST` or a published version number. If
    /// no value is specified, the configuration for the `$LATEST` version is returned.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
    /// Specify the runtime update mode.
    pub update_runtime_on: UpdateRuntimeOn,
    /// The ARN of the runtime version you want the function to use.
    pub runtime_version_arn: Option<String>,
}

/// The output of `PutRuntimeManagementConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRuntimeManagementConfigResponse {
    /// The runtime update mode.
    pub update_runtime_on: UpdateRuntimeOn,
    /// The ARN of the function
    pub function_arn: String,
    /// The ARN of the runtime the function is configured to use. If the runtime update mode is
    /// **manual**, the ARN is returned, otherwise `null` is returned.
    pub runtime_version_arn: Option<String>,
}

/// The model's `RecursiveLoop`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RecursiveLoop {
    /// `Allow`
    #[default]
    Allow,
    /// `Terminate`
    Terminate,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `RemoveLayerVersionPermission`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemoveLayerVersionPermissionRequest {
    /// The name or Amazon Resource Name (ARN) of the layer.
    #[shape(label)]
    pub layer_name: String,
    /// The version number.
    #[shape(label)]
    pub version_number: i64,
    /// The identifier that was specified when the statement was added.
    #[shape(label)]
    pub statement_id: String,
    /// Only update the policy if the revision ID matches the ID specified. Use this option to avoid
    /// modifying a policy that has changed since you last read it.
    #[shape(query = "RevisionId")]
    pub revision_id: Option<String>,
}

/// The input of `RemovePermission`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemovePermissionRequest {
    /// The name or ARN of the Lambda function, version, or alias.
    #[shape(label)]
    pub function_name: String,
    /// Statement ID of the permission to remove.
    #[shape(label)]
    pub statement_id: String,
    /// Specify a version or alias to remove permissions from a published version of the function.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
    /// Update the policy only if the revision ID matches the ID that's specified. Use this option
    /// to avoid modifying a policy that has changed since you last read it.
    #[shape(query = "RevisionId")]
    pub revision_id: Option<String>,
}

/// The model's `ResponseStreamingInvocationType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ResponseStreamingInvocationType {
    /// `RequestResponse`
    #[default]
    RequestResponse,
    /// `DryRun`
    DryRun,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about retry attempts for an operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RetryDetails {
    /// The current attempt number for this operation.
    pub current_attempt: Option<i32>,
    /// The delay before the next retry attempt, in seconds.
    pub next_attempt_delay_seconds: Option<i32>,
}

/// The model's `Runtime`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Runtime {
    /// `nodejs`
    #[default]
    #[shape(name = "nodejs")]
    Nodejs,
    /// `nodejs4.3`
    #[shape(name = "nodejs4.3")]
    Nodejs43,
    /// `nodejs6.10`
    #[shape(name = "nodejs6.10")]
    Nodejs610,
    /// `nodejs8.10`
    #[shape(name = "nodejs8.10")]
    Nodejs810,
    /// `nodejs10.x`
    #[shape(name = "nodejs10.x")]
    Nodejs10X,
    /// `nodejs12.x`
    #[shape(name = "nodejs12.x")]
    Nodejs12X,
    /// `nodejs14.x`
    #[shape(name = "nodejs14.x")]
    Nodejs14X,
    /// `nodejs16.x`
    #[shape(name = "nodejs16.x")]
    Nodejs16X,
    /// `java8`
    #[shape(name = "java8")]
    Java8,
    /// `java8.al2`
    #[shape(name = "java8.al2")]
    Java8Al2,
    /// `java11`
    #[shape(name = "java11")]
    Java11,
    /// `python2.7`
    #[shape(name = "python2.7")]
    Python27,
    /// `python3.6`
    #[shape(name = "python3.6")]
    Python36,
    /// `python3.7`
    #[shape(name = "python3.7")]
    Python37,
    /// `python3.8`
    #[shape(name = "python3.8")]
    Python38,
    /// `python3.9`
    #[shape(name = "python3.9")]
    Python39,
    /// `dotnetcore1.0`
    #[shape(name = "dotnetcore1.0")]
    Dotnetcore10,
    /// `dotnetcore2.0`
    #[shape(name = "dotnetcore2.0")]
    Dotnetcore20,
    /// `dotnetcore2.1`
    #[shape(name = "dotnetcore2.1")]
    Dotnetcore21,
    /// `dotnetcore3.1`
    #[shape(name = "dotnetcore3.1")]
    Dotnetcore31,
    /// `dotnet6`
    #[shape(name = "dotnet6")]
    Dotnet6,
    /// `dotnet8`
    #[shape(name = "dotnet8")]
    Dotnet8,
    /// `nodejs4.3-edge`
    #[shape(name = "nodejs4.3-edge")]
    Nodejs43Edge,
    /// `go1.x`
    #[shape(name = "go1.x")]
    Go1X,
    /// `ruby2.5`
    #[shape(name = "ruby2.5")]
    Ruby25,
    /// `ruby2.7`
    #[shape(name = "ruby2.7")]
    Ruby27,
    /// `provided`
    #[shape(name = "provided")]
    Provided,
    /// `provided.al2`
    #[shape(name = "provided.al2")]
    ProvidedAl2,
    /// `nodejs18.x`
    #[shape(name = "nodejs18.x")]
    Nodejs18X,
    /// `python3.10`
    #[shape(name = "python3.10")]
    Python310,
    /// `java17`
    #[shape(name = "java17")]
    Java17,
    /// `ruby3.2`
    #[shape(name = "ruby3.2")]
    Ruby32,
    /// `ruby3.3`
    #[shape(name = "ruby3.3")]
    Ruby33,
    /// `ruby3.4`
    #[shape(name = "ruby3.4")]
    Ruby34,
    /// `python3.11`
    #[shape(name = "python3.11")]
    Python311,
    /// `nodejs20.x`
    #[shape(name = "nodejs20.x")]
    Nodejs20X,
    /// `provided.al2023`
    #[shape(name = "provided.al2023")]
    ProvidedAl2023,
    /// `python3.12`
    #[shape(name = "python3.12")]
    Python312,
    /// `java21`
    #[shape(name = "java21")]
    Java21,
    /// `python3.13`
    #[shape(name = "python3.13")]
    Python313,
    /// `nodejs22.x`
    #[shape(name = "nodejs22.x")]
    Nodejs22X,
    /// `nodejs24.x`
    #[shape(name = "nodejs24.x")]
    Nodejs24X,
    /// `python3.14`
    #[shape(name = "python3.14")]
    Python314,
    /// `java25`
    #[shape(name = "java25")]
    Java25,
    /// `dotnet10`
    #[shape(name = "dotnet10")]
    Dotnet10,
    /// `ruby4.0`
    #[shape(name = "ruby4.0")]
    Ruby40,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The ARN of the runtime and any errors that occured.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RuntimeVersionConfig {
    /// The ARN of the runtime version you want the function to use.
    pub runtime_version_arn: Option<String>,
    /// Error response when Lambda is unable to retrieve the runtime version for a function.
    pub error: Option<RuntimeVersionError>,
}

/// Any error returned when the runtime version information for the function could not be retrieved.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct RuntimeVersionError {
    /// The error code.
    pub error_code: Option<String>,
    /// The error message.
    pub message: Option<String>,
}

impl ::std::fmt::Debug for RuntimeVersionError {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RuntimeVersionError")
            .field("error_code", &self.error_code)
            .field("message", &self.message.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// (Amazon SQS only) The scaling configuration for the event source. To remove the configuration,
/// pass an empty value.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ScalingConfig {
    /// Limits the number of concurrent instances that the Amazon SQS event source can invoke.
    pub maximum_concurrency: Option<i32>,
}

/// The model's `SchemaRegistryEventRecordFormat`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SchemaRegistryEventRecordFormat {
    /// `JSON`
    #[default]
    #[shape(name = "JSON")]
    Json,
    /// `SOURCE`
    #[shape(name = "SOURCE")]
    Source,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The self-managed Apache Kafka cluster for your event source.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SelfManagedEventSource {
    /// The list of bootstrap servers for your Kafka brokers in the following format:
    /// `"KAFKA_BOOTSTRAP_SERVERS": ["abc.xyz.com:xxxx","abc2.xyz.com:xxxx"]`.
    pub endpoints: Option<HashMap<String, Vec<String>>>,
}

/// Specific configuration settings for a self-managed Apache Kafka event source.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SelfManagedKafkaEventSourceConfig {
    /// The identifier for the Kafka consumer group to join. The consumer group ID must be unique
    /// among all your Kafka event sources. After creating a Kafka event source mapping with the
    /// consumer group ID specified, you cannot update this value. For more information, see
    /// [Customizable consumer group
    /// ID](https://docs.aws.amazon.com/lambda/latest/dg/with-kafka-process.html#services-smaa-topic-add).
    pub consumer_group_id: Option<String>,
    /// Specific configuration settings for a Kafka schema registry.
    pub schema_registry_config: Option<KafkaSchemaRegistryConfig>,
}

/// The input of `SendDurableExecutionCallbackFailure`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackFailureRequest {
    /// The unique identifier for the callback operation.
    #[shape(label)]
    pub callback_id: String,
    /// Error details describing why the callback operation failed.
    #[shape(payload)]
    pub error: Option<ErrorObject>,
}

/// The output of `SendDurableExecutionCallbackFailure`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackFailureResponse {}

/// The input of `SendDurableExecutionCallbackHeartbeat`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackHeartbeatRequest {
    /// The unique identifier for the callback operation.
    #[shape(label)]
    pub callback_id: String,
}

/// The output of `SendDurableExecutionCallbackHeartbeat`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackHeartbeatResponse {}

/// The input of `SendDurableExecutionCallbackSuccess`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackSuccessRequest {
    /// The unique identifier for the callback operation.
    #[shape(label)]
    pub callback_id: String,
    /// The result data from the successful callback operation. Maximum size is 256 KB.
    #[shape(payload)]
    pub result: Option<Blob>,
}

impl ::std::fmt::Debug for SendDurableExecutionCallbackSuccessRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendDurableExecutionCallbackSuccessRequest")
            .field("callback_id", &self.callback_id)
            .field("result", &self.result.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// The output of `SendDurableExecutionCallbackSuccess`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendDurableExecutionCallbackSuccessResponse {}

/// The function's [Lambda SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html)
/// setting. Set `ApplyOn` to `PublishedVersions` to create a snapshot of the initialized execution
/// environment when you publish a function version.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SnapStart {
    /// Set to `PublishedVersions` to create a snapshot of the initialized execution environment
    /// when you publish a function version.
    pub apply_on: Option<SnapStartApplyOn>,
}

/// The model's `SnapStartApplyOn`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SnapStartApplyOn {
    /// `PublishedVersions`
    #[default]
    PublishedVersions,
    /// `None`
    None,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `SnapStartOptimizationStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SnapStartOptimizationStatus {
    /// `On`
    #[default]
    On,
    /// `Off`
    Off,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The function's [SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html) setting.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SnapStartResponse {
    /// When set to `PublishedVersions`, Lambda creates a snapshot of the execution environment when
    /// you publish a function version.
    pub apply_on: Option<SnapStartApplyOn>,
    /// When you provide a [qualified Amazon Resource Name
    /// (ARN)](https://docs.aws.amazon.com/lambda/latest/dg/configuration-versions.html#versioning-versions-using),
    /// this response element indicates whether SnapStart is activated for the specified function
    /// version.
    pub optimization_status: Option<SnapStartOptimizationStatus>,
}

/// To secure and define access to your event source, you can specify the authentication protocol,
/// VPC components, or virtual host.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SourceAccessConfiguration {
    /// The type of authentication protocol, VPC components, or virtual host for your event source.
    /// For example: `"Type":"SASL_SCRAM_512_AUTH"`.
    pub r#type: Option<SourceAccessType>,
    /// The value for your chosen configuration in `Type`. For example: `"URI":
    /// "arn:aws:secretsmanager:us-east-1:01234567890:secret:MyBrokerSecretName"`.
    #[shape(name = "URI")]
    pub uri: Option<String>,
}

/// The model's `SourceAccessType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SourceAccessType {
    /// `BASIC_AUTH`
    #[default]
    #[shape(name = "BASIC_AUTH")]
    BasicAuth,
    /// `VPC_SUBNET`
    #[shape(name = "VPC_SUBNET")]
    VpcSubnet,
    /// `VPC_SECURITY_GROUP`
    #[shape(name = "VPC_SECURITY_GROUP")]
    VpcSecurityGroup,
    /// `SASL_SCRAM_512_AUTH`
    #[shape(name = "SASL_SCRAM_512_AUTH")]
    SaslScram512Auth,
    /// `SASL_SCRAM_256_AUTH`
    #[shape(name = "SASL_SCRAM_256_AUTH")]
    SaslScram256Auth,
    /// `VIRTUAL_HOST`
    #[shape(name = "VIRTUAL_HOST")]
    VirtualHost,
    /// `CLIENT_CERTIFICATE_TLS_AUTH`
    #[shape(name = "CLIENT_CERTIFICATE_TLS_AUTH")]
    ClientCertificateTlsAuth,
    /// `SERVER_ROOT_CA_CERTIFICATE`
    #[shape(name = "SERVER_ROOT_CA_CERTIFICATE")]
    ServerRootCaCertificate,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `State`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum State {
    /// `Pending`
    #[default]
    Pending,
    /// `Active`
    Active,
    /// `Inactive`
    Inactive,
    /// `Failed`
    Failed,
    /// `Deactivating`
    Deactivating,
    /// `Deactivated`
    Deactivated,
    /// `ActiveNonInvocable`
    ActiveNonInvocable,
    /// `Deleting`
    Deleting,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `StateReasonCode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StateReasonCode {
    /// `Idle`
    #[default]
    Idle,
    /// `Creating`
    Creating,
    /// `Restoring`
    Restoring,
    /// `EniLimitExceeded`
    EniLimitExceeded,
    /// `InsufficientRolePermissions`
    InsufficientRolePermissions,
    /// `InvalidConfiguration`
    InvalidConfiguration,
    /// `InternalError`
    InternalError,
    /// `SubnetOutOfIPAddresses`
    SubnetOutOfIPAddresses,
    /// `InvalidSubnet`
    InvalidSubnet,
    /// `InvalidSecurityGroup`
    InvalidSecurityGroup,
    /// `ImageDeleted`
    ImageDeleted,
    /// `ImageAccessDenied`
    ImageAccessDenied,
    /// `InvalidImage`
    InvalidImage,
    /// `KMSKeyAccessDenied`
    KMSKeyAccessDenied,
    /// `KMSKeyNotFound`
    KMSKeyNotFound,
    /// `InvalidStateKMSKey`
    InvalidStateKMSKey,
    /// `DisabledKMSKey`
    DisabledKMSKey,
    /// `EFSIOError`
    EFSIOError,
    /// `EFSMountConnectivityError`
    EFSMountConnectivityError,
    /// `EFSMountFailure`
    EFSMountFailure,
    /// `EFSMountTimeout`
    EFSMountTimeout,
    /// `InvalidRuntime`
    InvalidRuntime,
    /// `InvalidZipFileException`
    InvalidZipFileException,
    /// `FunctionError`
    FunctionError,
    /// `DrainingDurableExecutions`
    DrainingDurableExecutions,
    /// `VcpuLimitExceeded`
    VcpuLimitExceeded,
    /// `CapacityProviderScalingLimitExceeded`
    CapacityProviderScalingLimitExceeded,
    /// `InsufficientCapacity`
    InsufficientCapacity,
    /// `EC2RequestLimitExceeded`
    EC2RequestLimitExceeded,
    /// `FunctionError.InitTimeout`
    #[shape(name = "FunctionError.InitTimeout")]
    FunctionErrorInitTimeout,
    /// `FunctionError.RuntimeInitError`
    #[shape(name = "FunctionError.RuntimeInitError")]
    FunctionErrorRuntimeInitError,
    /// `FunctionError.ExtensionInitError`
    #[shape(name = "FunctionError.ExtensionInitError")]
    FunctionErrorExtensionInitError,
    /// `FunctionError.InvalidEntryPoint`
    #[shape(name = "FunctionError.InvalidEntryPoint")]
    FunctionErrorInvalidEntryPoint,
    /// `FunctionError.InvalidWorkingDirectory`
    #[shape(name = "FunctionError.InvalidWorkingDirectory")]
    FunctionErrorInvalidWorkingDirectory,
    /// `FunctionError.PermissionDenied`
    #[shape(name = "FunctionError.PermissionDenied")]
    FunctionErrorPermissionDenied,
    /// `FunctionError.TooManyExtensions`
    #[shape(name = "FunctionError.TooManyExtensions")]
    FunctionErrorTooManyExtensions,
    /// `FunctionError.InitResourceExhausted`
    #[shape(name = "FunctionError.InitResourceExhausted")]
    FunctionErrorInitResourceExhausted,
    /// `DisallowedByVpcEncryptionControl`
    DisallowedByVpcEncryptionControl,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Details about a step operation.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct StepDetails {
    /// The current attempt number for this step.
    pub attempt: Option<i32>,
    /// The date and time when the next attempt is scheduled, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD). Only populated when
    /// the step is in a pending state.
    pub next_attempt_timestamp: Option<DateTime>,
    /// The JSON response payload from the step operation.
    pub result: Option<String>,
    /// Details about the step failure.
    pub error: Option<ErrorObject>,
}

impl ::std::fmt::Debug for StepDetails {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("StepDetails")
            .field("attempt", &self.attempt)
            .field("next_attempt_timestamp", &self.next_attempt_timestamp)
            .field("result", &self.result.as_ref().map(|_| "** redacted **"))
            .field("error", &self.error)
            .finish()
    }
}

/// Details about a step that failed.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StepFailedDetails {
    /// Details about the step failure.
    pub error: EventError,
    /// Information about retry attempts for this step operation.
    pub retry_details: RetryDetails,
}

/// Configuration options for a step operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StepOptions {
    /// The delay in seconds before the next retry attempt.
    pub next_attempt_delay_seconds: Option<i32>,
}

/// Details about a step that has started.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StepStartedDetails {}

/// Details about a step that succeeded.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StepSucceededDetails {
    /// The response payload from the successful operation.
    pub result: EventResult,
    /// Information about retry attempts for this step operation.
    pub retry_details: RetryDetails,
}

/// The input of `StopDurableExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopDurableExecutionRequest {
    /// The Amazon Resource Name (ARN) of the durable execution.
    #[shape(label)]
    pub durable_execution_arn: String,
    /// Optional error details explaining why the execution is being stopped.
    #[shape(payload)]
    pub error: Option<ErrorObject>,
}

/// The output of `StopDurableExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopDurableExecutionResponse {
    /// The timestamp when the execution was stopped (ISO 8601 format).
    pub stop_timestamp: DateTime,
}

/// The model's `SystemLogLevel`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SystemLogLevel {
    /// `DEBUG`
    #[default]
    #[shape(name = "DEBUG")]
    Debug,
    /// `INFO`
    #[shape(name = "INFO")]
    Info,
    /// `WARN`
    #[shape(name = "WARN")]
    Warn,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceRequest {
    /// The resource's Amazon Resource Name (ARN).
    #[shape(label)]
    pub resource: String,
    /// A list of tags to apply to the resource.
    pub tags: HashMap<String, String>,
}

/// An object that contains details about an error related to retrieving tags.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagsError {
    /// The error code.
    pub error_code: String,
    /// The error message.
    pub message: String,
}

/// A scaling policy for the capacity provider that automatically adjusts capacity to maintain a
/// target value for a specific metric.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TargetTrackingScalingPolicy {
    /// The predefined metric type to track for scaling decisions.
    pub predefined_metric_type: CapacityProviderPredefinedMetricType,
    /// The target value for the metric that the scaling policy attempts to maintain through scaling
    /// actions.
    pub target_value: f64,
}

/// Specifies the tenant isolation mode configuration for a Lambda function. This allows you to
/// configure specific tenant isolation strategies for your function invocations. Tenant isolation
/// configuration cannot be modified after function creation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TenancyConfig {
    /// Tenant isolation mode allows for invocation to be sent to a corresponding execution
    /// environment dedicated to a specific tenant ID.
    pub tenant_isolation_mode: TenantIsolationMode,
}

/// The model's `TenantIsolationMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TenantIsolationMode {
    /// `PER_TENANT`
    #[default]
    #[shape(name = "PER_TENANT")]
    PerTenant,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains trace headers for the Lambda durable execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TraceHeader {
    /// The X-Ray trace header associated with the durable execution.
    pub x_amzn_trace_id: Option<String>,
}

/// The function's [X-Ray](https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html) tracing
/// configuration. To sample and record incoming requests, set `Mode` to `Active`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TracingConfig {
    /// The tracing mode.
    pub mode: Option<TracingMode>,
}

/// The function's X-Ray tracing configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TracingConfigResponse {
    /// The tracing mode.
    pub mode: Option<TracingMode>,
}

/// The model's `TracingMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TracingMode {
    /// `Active`
    #[default]
    Active,
    /// `PassThrough`
    PassThrough,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceRequest {
    /// The resource's Amazon Resource Name (ARN).
    #[shape(label)]
    pub resource: String,
    /// A list of tag keys to remove from the resource.
    #[shape(query = "tagKeys")]
    pub tag_keys: Vec<String>,
}

/// The input of `UpdateAlias`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateAliasRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// The name of the alias.
    #[shape(label)]
    pub name: String,
    /// The function version that the alias invokes.
    pub function_version: Option<String>,
    /// A description of the alias.
    pub description: Option<String>,
    /// The [routing
    /// configuration](https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html#configuring-alias-routing)
    /// of the alias.
    pub routing_config: Option<AliasRoutingConfiguration>,
    /// Only update the alias if the revision ID matches the ID that's specified. Use this option to
    /// avoid modifying an alias that has changed since you last read it.
    pub revision_id: Option<String>,
}

/// The input of `UpdateCapacityProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateCapacityProviderRequest {
    /// The name of the capacity provider to update.
    #[shape(label)]
    pub capacity_provider_name: String,
    /// The updated scaling configuration for the capacity provider.
    pub capacity_provider_scaling_config: Option<CapacityProviderScalingConfig>,
}

/// The output of `UpdateCapacityProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateCapacityProviderResponse {
    /// Information about the updated capacity provider.
    pub capacity_provider: CapacityProvider,
}

/// The input of `UpdateCodeSigningConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateCodeSigningConfigRequest {
    /// The The Amazon Resource Name (ARN) of the code signing configuration.
    #[shape(label)]
    pub code_signing_config_arn: String,
    /// Descriptive name for this code signing configuration.
    pub description: Option<String>,
    /// Signing profiles for this code signing configuration.
    pub allowed_publishers: Option<AllowedPublishers>,
    /// The code signing policy.
    pub code_signing_policies: Option<CodeSigningPolicies>,
}

/// The output of `UpdateCodeSigningConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateCodeSigningConfigResponse {
    /// The code signing configuration
    pub code_signing_config: CodeSigningConfig,
}

/// The input of `UpdateEventSourceMapping`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateEventSourceMappingRequest {
    /// The identifier of the event source mapping.
    #[shape(name = "UUID", label)]
    pub uuid: String,
    /// The name or ARN of the Lambda function.
    pub function_name: Option<String>,
    /// When true, the event source mapping is active. When false, Lambda pauses polling and
    /// invocation.
    pub enabled: Option<bool>,
    /// The maximum number of records in each batch that Lambda pulls from your stream or queue and
    /// sends to your function. Lambda passes all of the records in the batch to the function in a
    /// single call, up to the payload limit for synchronous invocation (6 MB).
    pub batch_size: Option<i32>,
    /// An object that defines the filter criteria that determine whether Lambda should process an
    /// event. For more information, see [Lambda event
    /// filtering](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html).
    pub filter_criteria: Option<FilterCriteria>,
    /// The maximum amount of time, in seconds, that Lambda spends gathering records before invoking
    /// the function. You can configure `MaximumBatchingWindowInSeconds` to any value from 0 seconds
    /// to 300 seconds in increments of seconds.
    pub maximum_batching_window_in_seconds: Option<i32>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) A configuration
    /// object that specifies the destination of an event after Lambda processes it.
    pub destination_config: Option<DestinationConfig>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records older
    /// than the specified age. The default value is infinite (-1).
    pub maximum_record_age_in_seconds: Option<i32>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) If the function
    /// returns an error, split the batch in two and retry.
    pub bisect_batch_on_function_error: Option<bool>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, and self-managed Apache Kafka) Discard records after
    /// the specified number of retries. The default value is infinite (-1). When set to infinite
    /// (-1), failed records are retried until the record expires.
    pub maximum_retry_attempts: Option<i32>,
    /// (Kinesis and DynamoDB Streams only) The number of batches to process from each shard
    /// concurrently.
    pub parallelization_factor: Option<i32>,
    /// An array of authentication protocols or VPC components required to secure your event source.
    pub source_access_configurations: Option<Vec<SourceAccessConfiguration>>,
    /// (Kinesis and DynamoDB Streams only) The duration in seconds of a processing window for
    /// DynamoDB and Kinesis Streams event sources. A value of 0 seconds indicates no tumbling
    /// window.
    pub tumbling_window_in_seconds: Option<i32>,
    /// (Kinesis, DynamoDB Streams, Amazon MSK, self-managed Apache Kafka, and Amazon SQS) A list of
    /// current response type enums applied to the event source mapping.
    pub function_response_types: Option<Vec<FunctionResponseType>>,
    /// (Amazon SQS only) The scaling configuration for the event source. For more information, see
    /// [Configuring maximum concurrency for Amazon SQS event
    /// sources](https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-max-concurrency).
    pub scaling_config: Option<ScalingConfig>,
    /// Specific configuration settings for an Amazon Managed Streaming for Apache Kafka (Amazon
    /// MSK) event source.
    pub amazon_managed_kafka_event_source_config: Option<AmazonManagedKafkaEventSourceConfig>,
    /// Specific configuration settings for a self-managed Apache Kafka event source.
    pub self_managed_kafka_event_source_config: Option<SelfManagedKafkaEventSourceConfig>,
    /// Specific configuration settings for a DocumentDB event source.
    #[shape(name = "DocumentDBEventSourceConfig")]
    pub document_db_event_source_config: Option<DocumentDBEventSourceConfig>,
    /// The ARN of the Key Management Service (KMS) customer managed key that Lambda uses to encrypt
    /// your function's [filter
    /// criteria](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventfiltering.html#filtering-basics).
    /// By default, Lambda does not encrypt your filter criteria object. Specify this property to
    /// encrypt data using your own customer managed key.
    #[shape(name = "KMSKeyArn")]
    pub kms_key_arn: Option<String>,
    /// The metrics configuration for your event source. For more information, see [Event source
    /// mapping
    /// metrics](https://docs.aws.amazon.com/lambda/latest/dg/monitoring-metrics-types.html#event-source-mapping-metrics).
    pub metrics_config: Option<EventSourceMappingMetricsConfig>,
    /// (Amazon MSK, and self-managed Apache Kafka only) The logging configuration for your event
    /// source. Use this configuration object to define the level of logs for your event source
    /// mapping.
    pub logging_config: Option<EventSourceMappingLoggingConfig>,
    /// (Amazon SQS, Amazon MSK, and self-managed Apache Kafka only) The provisioned mode
    /// configuration for the event source. For more information, see [provisioned
    /// mode](https://docs.aws.amazon.com/lambda/latest/dg/invocation-eventsourcemapping.html#invocation-eventsourcemapping-provisioned-mode).
    pub provisioned_poller_config: Option<ProvisionedPollerConfig>,
}

/// The input of `UpdateFunctionCode`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UpdateFunctionCodeRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// The base64-encoded contents of the deployment package. Amazon Web Services SDK and CLI
    /// clients handle the encoding for you. Use only with a function defined with a .zip file
    /// archive deployment package.
    pub zip_file: Option<Blob>,
    /// An Amazon S3 bucket in the same Amazon Web Services Region as your function. The bucket can
    /// be in a different Amazon Web Services account. Use only with a function defined with a .zip
    /// file archive deployment package.
    pub s3_bucket: Option<String>,
    /// The Amazon S3 key of the deployment package. Use only with a function defined with a .zip
    /// file archive deployment package.
    pub s3_key: Option<String>,
    /// For versioned objects, the version of the deployment package object to use.
    pub s3_object_version: Option<String>,
    /// URI of a container image in the Amazon ECR registry. Do not use for a function defined with
    /// a .zip file archive.
    pub image_uri: Option<String>,
    /// Set to true to publish a new version of the function after updating the code. This has the
    /// same effect as calling `PublishVersion` separately.
    pub publish: Option<bool>,
    /// Set to true to validate the request parameters and access permissions without modifying the
    /// function code.
    pub dry_run: Option<bool>,
    /// Update the function only if the revision ID matches the ID that's specified. Use this option
    /// to avoid modifying a function that has changed since you last read it.
    pub revision_id: Option<String>,
    /// The instruction set architecture that the function supports. Enter a string array with one
    /// of the valid values (arm64 or x86\_64). The default value is `x86_64`.
    pub architectures: Option<Vec<Architecture>>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt your
    /// function's .zip deployment package. If you don't provide a customer managed key, Lambda uses
    /// an Amazon Web Services managed key.
    #[shape(name = "SourceKMSKeyArn")]
    pub source_kms_key_arn: Option<String>,
    /// Specifies where to publish the function version or configuration.
    pub publish_to: Option<FunctionVersionLatestPublished>,
}

impl ::std::fmt::Debug for UpdateFunctionCodeRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateFunctionCodeRequest")
            .field("function_name", &self.function_name)
            .field(
                "zip_file",
                &self.zip_file.as_ref().map(|_| "** redacted **"),
            )
            .field("s3_bucket", &self.s3_bucket)
            .field("s3_key", &self.s3_key)
            .field("s3_object_version", &self.s3_object_version)
            .field("image_uri", &self.image_uri)
            .field("publish", &self.publish)
            .field("dry_run", &self.dry_run)
            .field("revision_id", &self.revision_id)
            .field("architectures", &self.architectures)
            .field("source_kms_key_arn", &self.source_kms_key_arn)
            .field("publish_to", &self.publish_to)
            .finish()
    }
}

/// The input of `UpdateFunctionConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateFunctionConfigurationRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// The Amazon Resource Name (ARN) of the function's execution role.
    pub role: Option<String>,
    /// The name of the method within your code that Lambda calls to run your function. Handler is
    /// required if the deployment package is a .zip file archive. The format includes the file
    /// name. It can also include namespaces and other qualifiers, depending on the runtime. For
    /// more information, see [Lambda programming
    /// model](https://docs.aws.amazon.com/lambda/latest/dg/foundation-progmodel.html).
    pub handler: Option<String>,
    /// A description of the function.
    pub description: Option<String>,
    /// The amount of time (in seconds) that Lambda allows a function to run before stopping it. The
    /// default is 3 seconds. The maximum allowed value is 900 seconds. For more information, see
    /// [Lambda execution
    /// environment](https://docs.aws.amazon.com/lambda/latest/dg/runtimes-context.html).
    pub timeout: Option<i32>,
    /// The amount of [memory available to the
    /// function](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-memory-console)
    /// at runtime. Increasing the function memory also increases its CPU allocation. The default
    /// value is 128 MB. The value can be any multiple of 1 MB.
    pub memory_size: Option<i32>,
    /// For network connectivity to Amazon Web Services resources in a VPC, specify a list of
    /// security groups and subnets in the VPC. When you connect a function to a VPC, it can access
    /// resources and the internet only through that VPC. For more information, see [Configuring a
    /// Lambda function to access resources in a
    /// VPC](https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html).
    pub vpc_config: Option<VpcConfig>,
    /// Environment variables that are accessible from function code during execution.
    pub environment: Option<Environment>,
    /// The identifier of the function's [
    /// runtime](https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html). Runtime is
    /// required if the deployment package is a .zip file archive. Specifying a runtime results in
    /// an error if you're deploying a function using a container image.
    pub runtime: Option<Runtime>,
    /// A dead-letter queue configuration that specifies the queue or topic where Lambda sends
    /// asynchronous events when they fail processing. For more information, see [Dead-letter
    /// queues](https://docs.aws.amazon.com/lambda/latest/dg/invocation-async.html#invocation-dlq).
    pub dead_letter_config: Option<DeadLetterConfig>,
    /// The ARN of the Key Management Service (KMS) customer managed key that's used to encrypt the
    /// following resources:
    #[shape(name = "KMSKeyArn")]
    pub kms_key_arn: Option<String>,
    /// Set `Mode` to `Active` to sample and trace a subset of incoming requests with
    /// [X-Ray](https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html).
    pub tracing_config: Option<TracingConfig>,
    /// Update the function only if the revision ID matches the ID that's specified. Use this option
    /// to avoid modifying a function that has changed since you last read it.
    pub revision_id: Option<String>,
    /// A list of [function
    /// layers](https://docs.aws.amazon.com/lambda/latest/dg/configuration-layers.html) to add to
    /// the function's execution environment. Specify each layer by its ARN, including the version.
    pub layers: Option<Vec<String>>,
    /// Connection settings for an Amazon EFS file system or an Amazon S3 Files file system.
    pub file_system_configs: Option<Vec<FileSystemConfig>>,
    /// [Container image configuration
    /// values](https://docs.aws.amazon.com/lambda/latest/dg/images-create.html#images-parms) that
    /// override the values in the container image Docker file.
    pub image_config: Option<ImageConfig>,
    /// The size of the function's `/tmp` directory in MB. The default value is 512, but can be any
    /// whole number between 512 and 10,240 MB. For more information, see [Configuring ephemeral
    /// storage
    /// (console)](https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-common.html#configuration-ephemeral-storage).
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// The function's [SnapStart](https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html)
    /// setting.
    pub snap_start: Option<SnapStart>,
    /// The function's Amazon CloudWatch Logs configuration settings.
    pub logging_config: Option<LoggingConfig>,
    /// Configuration for the capacity provider that manages compute resources for Lambda functions.
    pub capacity_provider_config: Option<CapacityProviderConfig>,
    /// Configuration settings for durable functions. Allows updating execution timeout and
    /// retention period for functions with durability enabled.
    pub durable_config: Option<DurableConfig>,
}

/// The input of `UpdateFunctionEventInvokeConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateFunctionEventInvokeConfigRequest {
    /// The name or ARN of the Lambda function, version, or alias.
    #[shape(label)]
    pub function_name: String,
    /// A version number or alias name.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
    /// The maximum number of times to retry when the function returns an error.
    pub maximum_retry_attempts: Option<i32>,
    /// The maximum age of a request that Lambda sends to a function for processing.
    pub maximum_event_age_in_seconds: Option<i32>,
    /// A destination for events after they have been sent to a function for processing.
    pub destination_config: Option<DestinationConfig>,
}

/// The input of `UpdateFunctionUrlConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateFunctionUrlConfigRequest {
    /// The name or ARN of the Lambda function.
    #[shape(label)]
    pub function_name: String,
    /// The alias name.
    #[shape(query = "Qualifier")]
    pub qualifier: Option<String>,
    /// The type of authentication that your function URL uses. Set to `AWS_IAM` if you want to
    /// restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM
    /// authentication to create a public endpoint. For more information, see [Control access to
    /// Lambda function URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    pub auth_type: Option<FunctionUrlAuthType>,
    /// The [cross-origin resource sharing
    /// (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for your function
    /// URL.
    pub cors: Option<Cors>,
    /// Use one of the following options:
    pub invoke_mode: Option<InvokeMode>,
}

/// The output of `UpdateFunctionUrlConfig`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateFunctionUrlConfigResponse {
    /// The HTTP URL endpoint for your function.
    pub function_url: String,
    /// The Amazon Resource Name (ARN) of your function.
    pub function_arn: String,
    /// The type of authentication that your function URL uses. Set to `AWS_IAM` if you want to
    /// restrict access to authenticated users only. Set to `NONE` if you want to bypass IAM
    /// authentication to create a public endpoint. For more information, see [Control access to
    /// Lambda function URLs](https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html).
    pub auth_type: FunctionUrlAuthType,
    /// The [cross-origin resource sharing
    /// (CORS)](https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS) settings for your function
    /// URL.
    pub cors: Option<Cors>,
    /// When the function URL was created, in [ISO-8601 format](https://www.w3.org/TR/NOTE-datetime)
    /// (YYYY-MM-DDThh:mm:ss.sTZD).
    pub creation_time: String,
    /// When the function URL configuration was last updated, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub last_modified_time: String,
    /// Use one of the following options:
    pub invoke_mode: Option<InvokeMode>,
}

/// The model's `UpdateRuntimeOn`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum UpdateRuntimeOn {
    /// `Auto`
    #[default]
    Auto,
    /// `Manual`
    Manual,
    /// `FunctionUpdate`
    FunctionUpdate,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The VPC security groups and subnets that are attached to a Lambda function. For more
/// information, see [Configuring a Lambda function to access resources in a
/// VPC](https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VpcConfig {
    /// A list of VPC subnet IDs.
    pub subnet_ids: Option<Vec<String>>,
    /// A list of VPC security group IDs.
    pub security_group_ids: Option<Vec<String>>,
    /// Allows outbound IPv6 traffic on VPC functions that are connected to dual-stack subnets.
    pub ipv6_allowed_for_dual_stack: Option<bool>,
}

/// The VPC security groups and subnets that are attached to a Lambda function.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VpcConfigResponse {
    /// A list of VPC subnet IDs.
    pub subnet_ids: Option<Vec<String>>,
    /// A list of VPC security group IDs.
    pub security_group_ids: Option<Vec<String>>,
    /// The ID of the VPC.
    pub vpc_id: Option<String>,
    /// Allows outbound IPv6 traffic on VPC functions that are connected to dual-stack subnets.
    pub ipv6_allowed_for_dual_stack: Option<bool>,
}

/// Details about a wait operation that was cancelled.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct WaitCancelledDetails {
    /// Details about why the wait operation was cancelled.
    pub error: Option<EventError>,
}

/// Details about a wait operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct WaitDetails {
    /// The date and time when the wait operation is scheduled to complete, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub scheduled_end_timestamp: Option<DateTime>,
}

/// Specifies how long to pause the durable execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct WaitOptions {
    /// The duration to wait, in seconds.
    pub wait_seconds: Option<i32>,
}

/// Details about a wait operation that has started.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct WaitStartedDetails {
    /// The duration to wait, in seconds.
    pub duration: i32,
    /// The date and time when the wait operation is scheduled to complete, in [ISO-8601
    /// format](https://www.w3.org/TR/NOTE-datetime) (YYYY-MM-DDThh:mm:ss.sTZD).
    pub scheduled_end_timestamp: DateTime,
}

/// Details about a wait operation that succeeded.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct WaitSucceededDetails {
    /// The wait duration, in seconds.
    pub duration: Option<i32>,
}
