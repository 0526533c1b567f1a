//! Amazon Simple Systems Manager (SSM) (`ssm`, API version 2014-11-06): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- ssm --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, Blob, DateTime, Op, Shape};
use std::collections::HashMap;

/// Amazon Web Services Systems Manager is the operations hub for your Amazon Web Services
/// applications and resources and a secure end-to-end management solution for hybrid cloud
/// environments that enables safe and secure operations at scale.
#[client(
    service = "ssm",
    protocol = "awsJson1_1",
    target_prefix = "AmazonSSM",
    api_version = "2014-11-06",
    endpoint_rules = include_str!("ssm/endpoint-rule-set.json"),
)]
#[waiter(
    command_executed = get_command_invocation,
    delay = 5,
    max_attempts = 20,
    retry(path = |o: &GetCommandInvocationResult| -> Option<&str> { Some(o).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("Pending")),
    retry(path = |o: &GetCommandInvocationResult| -> Option<&str> { Some(o).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("InProgress")),
    retry(path = |o: &GetCommandInvocationResult| -> Option<&str> { Some(o).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("Delayed")),
    success(path = |o: &GetCommandInvocationResult| -> Option<&str> { Some(o).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("Success")),
    failure(path = |o: &GetCommandInvocationResult| -> Option<&str> { Some(o).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("Cancelled")),
    failure(path = |o: &GetCommandInvocationResult| -> Option<&str> { Some(o).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("TimedOut")),
    failure(path = |o: &GetCommandInvocationResult| -> Option<&str> { Some(o).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("Failed")),
    failure(path = |o: &GetCommandInvocationResult| -> Option<&str> { Some(o).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("Cancelling")),
    retry(error = "InvocationDoesNotExist"),
)]
pub struct Client {
    /// Adds or overwrites one or more tags for the specified resource. *Tags* are metadata that you
    /// can assign to your automations, documents, managed nodes, maintenance windows, Parameter
    /// Store parameters, and patch baselines. Tags enable you to categorize your resources in
    /// different ways, for example, by purpose, owner, or environment. Each tag consists of a key
    /// and an optional value, both of which you define. For example, you could define a set of tags
    /// for your account's managed nodes that helps you track each node's owner and stack level. For
    /// example:
    add_tags_to_resource: Op<AddTagsToResourceRequest, AddTagsToResourceResult>,
    /// Associates a related item to a Systems Manager OpsCenter OpsItem. For example, you can
    /// associate an Incident Manager incident or analysis with an OpsItem. Incident Manager and
    /// OpsCenter are tools in Amazon Web Services Systems Manager.
    associate_ops_item_related_item:
        Op<AssociateOpsItemRelatedItemRequest, AssociateOpsItemRelatedItemResponse>,
    /// Attempts to cancel the command specified by the Command ID. There is no guarantee that the
    /// command will be terminated and the underlying process stopped.
    cancel_command: Op<CancelCommandRequest, CancelCommandResult>,
    /// Stops a maintenance window execution that is already in progress and cancels any tasks in
    /// the window that haven't already starting running. Tasks already in progress will continue to
    /// completion.
    cancel_maintenance_window_execution:
        Op<CancelMaintenanceWindowExecutionRequest, CancelMaintenanceWindowExecutionResult>,
    /// Generates an activation code and activation ID you can use to register your on-premises
    /// servers, edge devices, or virtual machine (VM) with Amazon Web Services Systems Manager.
    /// Registering these machines with Systems Manager makes it possible to manage them using
    /// Systems Manager tools. You use the activation code and ID when installing SSM Agent on
    /// machines in your hybrid environment. For more information about requirements for managing
    /// on-premises machines using Systems Manager, see [Using Amazon Web Services Systems Manager
    /// in hybrid and multicloud
    /// environments](https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-hybrid-multicloud.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    create_activation: Op<CreateActivationRequest, CreateActivationResult>,
    /// A State Manager association defines the state that you want to maintain on your managed
    /// nodes. For example, an association can specify that anti-virus software must be installed
    /// and running on your managed nodes, or that certain ports must be closed. For static targets,
    /// the association specifies a schedule for when the configuration is reapplied. For dynamic
    /// targets, such as an Amazon Web Services resource group or an Amazon Web Services autoscaling
    /// group, State Manager, a tool in Amazon Web Services Systems Manager applies the
    /// configuration when new managed nodes are added to the group. The association also specifies
    /// actions to take when applying the configuration. For example, an association for anti-virus
    /// software might run once a day. If the software isn't installed, then State Manager installs
    /// it. If the software is installed, but the service isn't running, then the association might
    /// instruct State Manager to start the service.
    create_association: Op<CreateAssociationRequest, CreateAssociationResult>,
    /// Associates the specified Amazon Web Services Systems Manager document (SSM document) with
    /// the specified managed nodes or targets.
    create_association_batch: Op<CreateAssociationBatchRequest, CreateAssociationBatchResult>,
    /// Creates a Amazon Web Services Systems Manager (SSM document). An SSM document defines the
    /// actions that Systems Manager performs on your managed nodes. For more information about SSM
    /// documents, including information about supported schemas, features, and syntax, see [Amazon
    /// Web Services Systems Manager
    /// Documents](https://docs.aws.amazon.com/systems-manager/latest/userguide/documents.html) in
    /// the *Amazon Web Services Systems Manager User Guide*.
    create_document: Op<CreateDocumentRequest, CreateDocumentResult>,
    /// Creates a new maintenance window.
    create_maintenance_window: Op<CreateMaintenanceWindowRequest, CreateMaintenanceWindowResult>,
    /// Creates a new OpsItem. You must have permission in Identity and Access Management (IAM) to
    /// create a new OpsItem. For more information, see [Set up
    /// OpsCenter](https://docs.aws.amazon.com/systems-manager/latest/userguide/OpsCenter-setup.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    create_ops_item: Op<CreateOpsItemRequest, CreateOpsItemResponse>,
    /// If you create a new application in Application Manager, Amazon Web Services Systems Manager
    /// calls this API operation to specify information about the new application, including the
    /// application type.
    create_ops_metadata: Op<CreateOpsMetadataRequest, CreateOpsMetadataResult>,
    /// Creates a patch baseline.
    create_patch_baseline: Op<CreatePatchBaselineRequest, CreatePatchBaselineResult>,
    /// A resource data sync helps you view data from multiple sources in a single location. Amazon
    /// Web Services Systems Manager offers two types of resource data sync: `SyncToDestination` and
    /// `SyncFromSource`.
    create_resource_data_sync: Op<CreateResourceDataSyncRequest, CreateResourceDataSyncResult>,
    /// Deletes an activation. You aren't required to delete an activation. If you delete an
    /// activation, you can no longer use it to register additional managed nodes. Deleting an
    /// activation doesn't de-register managed nodes. You must manually de-register managed nodes.
    delete_activation: Op<DeleteActivationRequest, DeleteActivationResult>,
    /// Disassociates the specified Amazon Web Services Systems Manager document (SSM document) from
    /// the specified managed node. If you created the association by using the `Targets` parameter,
    /// then you must delete the association by using the association ID.
    delete_association: Op<DeleteAssociationRequest, DeleteAssociationResult>,
    /// Deletes the Amazon Web Services Systems Manager document (SSM document) and all managed node
    /// associations to the document.
    delete_document: Op<DeleteDocumentRequest, DeleteDocumentResult>,
    /// Delete a custom inventory type or the data associated with a custom Inventory type. Deleting
    /// a custom inventory type is also referred to as deleting a custom inventory schema.
    delete_inventory: Op<DeleteInventoryRequest, DeleteInventoryResult>,
    /// Deletes a maintenance window.
    delete_maintenance_window: Op<DeleteMaintenanceWindowRequest, DeleteMaintenanceWindowResult>,
    /// Delete an OpsItem. You must have permission in Identity and Access Management (IAM) to
    /// delete an OpsItem.
    delete_ops_item: Op<DeleteOpsItemRequest, DeleteOpsItemResponse>,
    /// Delete OpsMetadata related to an application.
    delete_ops_metadata: Op<DeleteOpsMetadataRequest, DeleteOpsMetadataResult>,
    /// Delete a parameter from the system. After deleting a parameter, wait for at least 30 seconds
    /// to create a parameter with the same name.
    delete_parameter: Op<DeleteParameterRequest, DeleteParameterResult>,
    /// Delete a list of parameters. After deleting a parameter, wait for at least 30 seconds to
    /// create a parameter with the same name.
    delete_parameters: Op<DeleteParametersRequest, DeleteParametersResult>,
    /// Deletes a patch baseline.
    delete_patch_baseline: Op<DeletePatchBaselineRequest, DeletePatchBaselineResult>,
    /// Deletes a resource data sync configuration. After the configuration is deleted, changes to
    /// data on managed nodes are no longer synced to or from the target. Deleting a sync
    /// configuration doesn't delete data.
    delete_resource_data_sync: Op<DeleteResourceDataSyncRequest, DeleteResourceDataSyncResult>,
    /// Deletes a Systems Manager resource policy. A resource policy helps you to define the IAM
    /// entity (for example, an Amazon Web Services account) that can manage your Systems Manager
    /// resources. The following resources support Systems Manager resource policies.
    delete_resource_policy: Op<DeleteResourcePolicyRequest, DeleteResourcePolicyResponse>,
    /// Removes the server or virtual machine from the list of registered servers.
    deregister_managed_instance:
        Op<DeregisterManagedInstanceRequest, DeregisterManagedInstanceResult>,
    /// Removes a patch group from a patch baseline.
    deregister_patch_baseline_for_patch_group:
        Op<DeregisterPatchBaselineForPatchGroupRequest, DeregisterPatchBaselineForPatchGroupResult>,
    /// Removes a target from a maintenance window.
    deregister_target_from_maintenance_window: Op<
        DeregisterTargetFromMaintenanceWindowRequest,
        DeregisterTargetFromMaintenanceWindowResult,
    >,
    /// Removes a task from a maintenance window.
    deregister_task_from_maintenance_window:
        Op<DeregisterTaskFromMaintenanceWindowRequest, DeregisterTaskFromMaintenanceWindowResult>,
    /// Describes details about the activation, such as the date and time the activation was
    /// created, its expiration date, the Identity and Access Management (IAM) role assigned to the
    /// managed nodes in the activation, and the number of nodes registered by using this
    /// activation.
    #[op(paginate(input_token = next_token, output_token = next_token, items = activation_list, limit = max_results))]
    describe_activations: Op<DescribeActivationsRequest, DescribeActivationsResult>,
    /// Describes the association for the specified target or managed node. If you created the
    /// association by using the `Targets` parameter, then you must retrieve the association by
    /// using the association ID.
    describe_association: Op<DescribeAssociationRequest, DescribeAssociationResult>,
    /// Views information about a specific execution of a specific association.
    #[op(paginate(input_token = next_token, output_token = next_token, items = association_execution_targets, limit = max_results))]
    describe_association_execution_targets:
        Op<DescribeAssociationExecutionTargetsRequest, DescribeAssociationExecutionTargetsResult>,
    /// Views all executions for a specific association ID.
    #[op(paginate(input_token = next_token, output_token = next_token, items = association_executions, limit = max_results))]
    describe_association_executions:
        Op<DescribeAssociationExecutionsRequest, DescribeAssociationExecutionsResult>,
    /// Provides details about all active and terminated Automation executions.
    #[op(paginate(input_token = next_token, output_token = next_token, items = automation_execution_metadata_list, limit = max_results))]
    describe_automation_executions:
        Op<DescribeAutomationExecutionsRequest, DescribeAutomationExecutionsResult>,
    /// Information about all active and terminated step executions in an Automation workflow.
    #[op(paginate(input_token = next_token, output_token = next_token, items = step_executions, limit = max_results))]
    describe_automation_step_executions:
        Op<DescribeAutomationStepExecutionsRequest, DescribeAutomationStepExecutionsResult>,
    /// Lists all patches eligible to be included in a patch baseline.
    #[op(paginate(input_token = next_token, output_token = next_token, items = patches, limit = max_results))]
    describe_available_patches: Op<DescribeAvailablePatchesRequest, DescribeAvailablePatchesResult>,
    /// Describes the specified Amazon Web Services Systems Manager document (SSM document).
    describe_document: Op<DescribeDocumentRequest, DescribeDocumentResult>,
    /// Describes the permissions for a Amazon Web Services Systems Manager document (SSM document).
    /// If you created the document, you are the owner. If a document is shared, it can either be
    /// shared privately (by specifying a user's Amazon Web Services account ID) or publicly
    /// (*All*).
    describe_document_permission:
        Op<DescribeDocumentPermissionRequest, DescribeDocumentPermissionResponse>,
    /// All associations for the managed nodes.
    #[op(paginate(input_token = next_token, output_token = next_token, items = associations, limit = max_results))]
    describe_effective_instance_associations: Op<
        DescribeEffectiveInstanceAssociationsRequest,
        DescribeEffectiveInstanceAssociationsResult,
    >,
    /// Retrieves the current effective patches (the patch and the approval state) for the specified
    /// patch baseline. Applies to patch baselines for Windows only.
    #[op(paginate(input_token = next_token, output_token = next_token, items = effective_patches, limit = max_results))]
    describe_effective_patches_for_patch_baseline: Op<
        DescribeEffectivePatchesForPatchBaselineRequest,
        DescribeEffectivePatchesForPatchBaselineResult,
    >,
    /// The status of the associations for the managed nodes.
    #[op(paginate(input_token = next_token, output_token = next_token, items = instance_association_status_infos, limit = max_results))]
    describe_instance_associations_status:
        Op<DescribeInstanceAssociationsStatusRequest, DescribeInstanceAssociationsStatusResult>,
    /// Provides information about one or more of your managed nodes, including the operating system
    /// platform, SSM Agent version, association status, and IP address. This operation does not
    /// return information for nodes that are either Stopped or Terminated.
    #[op(paginate(input_token = next_token, output_token = next_token, items = instance_information_list, limit = max_results))]
    describe_instance_information:
        Op<DescribeInstanceInformationRequest, DescribeInstanceInformationResult>,
    /// Retrieves the high-level patch state of one or more managed nodes.
    #[op(paginate(input_token = next_token, output_token = next_token, items = instance_patch_states, limit = max_results))]
    describe_instance_patch_states:
        Op<DescribeInstancePatchStatesRequest, DescribeInstancePatchStatesResult>,
    /// Retrieves the high-level patch state for the managed nodes in the specified patch group.
    #[op(paginate(input_token = next_token, output_token = next_token, items = instance_patch_states, limit = max_results))]
    describe_instance_patch_states_for_patch_group: Op<
        DescribeInstancePatchStatesForPatchGroupRequest,
        DescribeInstancePatchStatesForPatchGroupResult,
    >,
    /// Retrieves information about the patches on the specified managed node and their state
    /// relative to the patch baseline being used for the node.
    #[op(paginate(input_token = next_token, output_token = next_token, items = patches, limit = max_results))]
    describe_instance_patches: Op<DescribeInstancePatchesRequest, DescribeInstancePatchesResult>,
    /// An API operation used by the Systems Manager console to display information about Systems
    /// Manager managed nodes.
    #[op(paginate(input_token = next_token, output_token = next_token, items = instance_properties, limit = max_results))]
    describe_instance_properties:
        Op<DescribeInstancePropertiesRequest, DescribeInstancePropertiesResult>,
    /// Describes a specific delete inventory operation.
    #[op(paginate(input_token = next_token, output_token = next_token, items = inventory_deletions, limit = max_results))]
    describe_inventory_deletions:
        Op<DescribeInventoryDeletionsRequest, DescribeInventoryDeletionsResult>,
    /// Retrieves the individual task executions (one per target) for a particular task run as part
    /// of a maintenance window execution.
    #[op(paginate(input_token = next_token, output_token = next_token, items = window_execution_task_invocation_identities, limit = max_results))]
    describe_maintenance_window_execution_task_invocations: Op<
        DescribeMaintenanceWindowExecutionTaskInvocationsRequest,
        DescribeMaintenanceWindowExecutionTaskInvocationsResult,
    >,
    /// For a given maintenance window execution, lists the tasks that were run.
    #[op(paginate(input_token = next_token, output_token = next_token, items = window_execution_task_identities, limit = max_results))]
    describe_maintenance_window_execution_tasks: Op<
        DescribeMaintenanceWindowExecutionTasksRequest,
        DescribeMaintenanceWindowExecutionTasksResult,
    >,
    /// Lists the executions of a maintenance window. This includes information about when the
    /// maintenance window was scheduled to be active, and information about tasks registered and
    /// run with the maintenance window.
    #[op(paginate(input_token = next_token, output_token = next_token, items = window_executions, limit = max_results))]
    describe_maintenance_window_executions:
        Op<DescribeMaintenanceWindowExecutionsRequest, DescribeMaintenanceWindowExecutionsResult>,
    /// Retrieves information about upcoming executions of a maintenance window.
    #[op(paginate(input_token = next_token, output_token = next_token, items = scheduled_window_executions, limit = max_results))]
    describe_maintenance_window_schedule:
        Op<DescribeMaintenanceWindowScheduleRequest, DescribeMaintenanceWindowScheduleResult>,
    /// Lists the targets registered with the maintenance window.
    #[op(paginate(input_token = next_token, output_token = next_token, items = targets, limit = max_results))]
    describe_maintenance_window_targets:
        Op<DescribeMaintenanceWindowTargetsRequest, DescribeMaintenanceWindowTargetsResult>,
    /// Lists the tasks in a maintenance window.
    #[op(paginate(input_token = next_token, output_token = next_token, items = tasks, limit = max_results))]
    describe_maintenance_window_tasks:
        Op<DescribeMaintenanceWindowTasksRequest, DescribeMaintenanceWindowTasksResult>,
    /// Retrieves the maintenance windows in an Amazon Web Services account.
    #[op(paginate(input_token = next_token, output_token = next_token, items = window_identities, limit = max_results))]
    describe_maintenance_windows:
        Op<DescribeMaintenanceWindowsRequest, DescribeMaintenanceWindowsResult>,
    /// Retrieves information about the maintenance window targets or tasks that a managed node is
    /// associated with.
    #[op(paginate(input_token = next_token, output_token = next_token, items = window_identities, limit = max_results))]
    describe_maintenance_windows_for_target:
        Op<DescribeMaintenanceWindowsForTargetRequest, DescribeMaintenanceWindowsForTargetResult>,
    /// Query a set of OpsItems. You must have permission in Identity and Access Management (IAM) to
    /// query a list of OpsItems. For more information, see [Set up
    /// OpsCenter](https://docs.aws.amazon.com/systems-manager/latest/userguide/OpsCenter-setup.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    #[op(paginate(input_token = next_token, output_token = next_token, items = ops_item_summaries, limit = max_results))]
    describe_ops_items: Op<DescribeOpsItemsRequest, DescribeOpsItemsResponse>,
    /// Lists the parameters in your Amazon Web Services account or the parameters shared with you
    /// when you enable the
    /// [Shared](https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_DescribeParameters.html#systemsmanager-DescribeParameters-request-Shared)
    /// option.
    #[op(paginate(input_token = next_token, output_token = next_token, items = parameters, limit = max_results))]
    describe_parameters: Op<DescribeParametersRequest, DescribeParametersResult>,
    /// Lists the patch baselines in your Amazon Web Services account.
    #[op(paginate(input_token = next_token, output_token = next_token, items = baseline_identities, limit = max_results))]
    describe_patch_baselines: Op<DescribePatchBaselinesRequest, DescribePatchBaselinesResult>,
    /// Returns high-level aggregated patch compliance state information for a patch group.
    describe_patch_group_state: Op<DescribePatchGroupStateRequest, DescribePatchGroupStateResult>,
    /// Lists all patch groups that have been registered with patch baselines.
    #[op(paginate(input_token = next_token, output_token = next_token, items = mappings, limit = max_results))]
    describe_patch_groups: Op<DescribePatchGroupsRequest, DescribePatchGroupsResult>,
    /// Lists the properties of available patches organized by product, product family,
    /// classification, severity, and other properties of available patches. You can use the
    /// reported properties in the filters you specify in requests for operations such as
    /// `CreatePatchBaseline`, `UpdatePatchBaseline`, `DescribeAvailablePatches`, and
    /// `DescribePatchBaselines`.
    #[op(paginate(input_token = next_token, output_token = next_token, items = properties, limit = max_results))]
    describe_patch_properties: Op<DescribePatchPropertiesRequest, DescribePatchPropertiesResult>,
    /// Retrieves a list of all active sessions (both connected and disconnected) or terminated
    /// sessions from the past 30 days.
    #[op(paginate(input_token = next_token, output_token = next_token, items = sessions, limit = max_results))]
    describe_sessions: Op<DescribeSessionsRequest, DescribeSessionsResponse>,
    /// Deletes the association between an OpsItem and a related item. For example, this API
    /// operation can delete an Incident Manager incident from an OpsItem. Incident Manager is a
    /// tool in Amazon Web Services Systems Manager.
    disassociate_ops_item_related_item:
        Op<DisassociateOpsItemRelatedItemRequest, DisassociateOpsItemRelatedItemResponse>,
    /// Returns a credentials set to be used with just-in-time node access.
    get_access_token: Op<GetAccessTokenRequest, GetAccessTokenResponse>,
    /// Get detailed information about a particular Automation execution.
    get_automation_execution: Op<GetAutomationExecutionRequest, GetAutomationExecutionResult>,
    /// Gets the state of a Amazon Web Services Systems Manager change calendar at the current time
    /// or a specified time. If you specify a time, `GetCalendarState` returns the state of the
    /// calendar at that specific time, and returns the next time that the change calendar state
    /// will transition. If you don't specify a time, `GetCalendarState` uses the current time.
    /// Change Calendar entries have two possible states: `OPEN` or `CLOSED`.
    get_calendar_state: Op<GetCalendarStateRequest, GetCalendarStateResponse>,
    /// Returns detailed information about command execution for an invocation or plugin. The Run
    /// Command API follows an eventual consistency model, due to the distributed nature of the
    /// system supporting the API. This means that the result of an API command you run that affects
    /// your resources might not be immediately visible to all subsequent commands you run. You
    /// should keep this in mind when you carry out an API command that immediately follows a
    /// previous API command.
    get_command_invocation: Op<GetCommandInvocationRequest, GetCommandInvocationResult>,
    /// Retrieves the Session Manager connection status for a managed node to determine whether it
    /// is running and ready to receive Session Manager connections.
    get_connection_status: Op<GetConnectionStatusRequest, GetConnectionStatusResponse>,
    /// Retrieves the default patch baseline. Amazon Web Services Systems Manager supports creating
    /// multiple default patch baselines. For example, you can create a default patch baseline for
    /// each operating system.
    get_default_patch_baseline: Op<GetDefaultPatchBaselineRequest, GetDefaultPatchBaselineResult>,
    /// Retrieves the current snapshot for the patch baseline the managed node uses. This API is
    /// primarily used by the `AWS-RunPatchBaseline` Systems Manager document (SSM document).
    get_deployable_patch_snapshot_for_instance: Op<
        GetDeployablePatchSnapshotForInstanceRequest,
        GetDeployablePatchSnapshotForInstanceResult,
    >,
    /// Gets the contents of the specified Amazon Web Services Systems Manager document (SSM
    /// document).
    get_document: Op<GetDocumentRequest, GetDocumentResult>,
    /// Initiates the process of retrieving an existing preview that shows the effects that running
    /// a specified Automation runbook would have on the targeted resources.
    get_execution_preview: Op<GetExecutionPreviewRequest, GetExecutionPreviewResponse>,
    /// Query inventory information. This includes managed node status, such as `Stopped` or
    /// `Terminated`.
    #[op(paginate(input_token = next_token, output_token = next_token, items = entities, limit = max_results))]
    get_inventory: Op<GetInventoryRequest, GetInventoryResult>,
    /// Return a list of inventory type names for the account, or return a list of attribute names
    /// for a specific Inventory item type.
    #[op(paginate(input_token = next_token, output_token = next_token, items = schemas, limit = max_results))]
    get_inventory_schema: Op<GetInventorySchemaRequest, GetInventorySchemaResult>,
    /// Retrieves a maintenance window.
    get_maintenance_window: Op<GetMaintenanceWindowRequest, GetMaintenanceWindowResult>,
    /// Retrieves details about a specific a maintenance window execution.
    get_maintenance_window_execution:
        Op<GetMaintenanceWindowExecutionRequest, GetMaintenanceWindowExecutionResult>,
    /// Retrieves the details about a specific task run as part of a maintenance window execution.
    get_maintenance_window_execution_task:
        Op<GetMaintenanceWindowExecutionTaskRequest, GetMaintenanceWindowExecutionTaskResult>,
    /// Retrieves information about a specific task running on a specific target.
    get_maintenance_window_execution_task_invocation: Op<
        GetMaintenanceWindowExecutionTaskInvocationRequest,
        GetMaintenanceWindowExecutionTaskInvocationResult,
    >,
    /// Retrieves the details of a maintenance window task.
    get_maintenance_window_task:
        Op<GetMaintenanceWindowTaskRequest, GetMaintenanceWindowTaskResult>,
    /// Get information about an OpsItem by using the ID. You must have permission in Identity and
    /// Access Management (IAM) to view information about an OpsItem. For more information, see [Set
    /// up
    /// OpsCenter](https://docs.aws.amazon.com/systems-manager/latest/userguide/OpsCenter-setup.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    get_ops_item: Op<GetOpsItemRequest, GetOpsItemResponse>,
    /// View operational metadata related to an application in Application Manager.
    get_ops_metadata: Op<GetOpsMetadataRequest, GetOpsMetadataResult>,
    /// View a summary of operations metadata (OpsData) based on specified filters and aggregators.
    /// OpsData can include information about Amazon Web Services Systems Manager OpsCenter
    /// operational workitems (OpsItems) as well as information about any Amazon Web Services
    /// resource or service configured to report OpsData to Amazon Web Services Systems Manager
    /// Explorer.
    #[op(paginate(input_token = next_token, output_token = next_token, items = entities, limit = max_results))]
    get_ops_summary: Op<GetOpsSummaryRequest, GetOpsSummaryResult>,
    /// Get information about a single parameter by specifying the parameter name.
    get_parameter: Op<GetParameterRequest, GetParameterResult>,
    /// Retrieves the history of all changes to a parameter.
    #[op(paginate(input_token = next_token, output_token = next_token, items = parameters, limit = max_results))]
    get_parameter_history: Op<GetParameterHistoryRequest, GetParameterHistoryResult>,
    /// Get information about one or more parameters by specifying multiple parameter names.
    get_parameters: Op<GetParametersRequest, GetParametersResult>,
    /// Retrieve information about one or more parameters under a specified level in a hierarchy.
    #[op(paginate(input_token = next_token, output_token = next_token, items = parameters, limit = max_results))]
    get_parameters_by_path: Op<GetParametersByPathRequest, GetParametersByPathResult>,
    /// Retrieves information about a patch baseline.
    get_patch_baseline: Op<GetPatchBaselineRequest, GetPatchBaselineResult>,
    /// Retrieves the patch baseline that should be used for the specified patch group.
    get_patch_baseline_for_patch_group:
        Op<GetPatchBaselineForPatchGroupRequest, GetPatchBaselineForPatchGroupResult>,
    /// Returns an array of the `Policy` object.
    #[op(paginate(input_token = next_token, output_token = next_token, items = policies, limit = max_results))]
    get_resource_policies: Op<GetResourcePoliciesRequest, GetResourcePoliciesResponse>,
    /// `ServiceSetting` is an account-level setting for an Amazon Web Services service. This
    /// setting defines how a user interacts with or uses a service or a feature of a service. For
    /// example, if an Amazon Web Services service charges money to the account based on feature or
    /// service usage, then the Amazon Web Services service team might create a default setting of
    /// `false`. This means the user can't use this feature unless they change the setting to `true`
    /// and intentionally opt in for a paid feature.
    get_service_setting: Op<GetServiceSettingRequest, GetServiceSettingResult>,
    /// A parameter label is a user-defined alias to help you manage different versions of a
    /// parameter. When you modify a parameter, Amazon Web Services Systems Manager automatically
    /// saves a new version and increments the version number by one. A label can help you remember
    /// the purpose of a parameter when there are multiple versions.
    label_parameter_version: Op<LabelParameterVersionRequest, LabelParameterVersionResult>,
    /// Retrieves all versions of an association for a specific association ID.
    #[op(paginate(input_token = next_token, output_token = next_token, items = association_versions, limit = max_results))]
    list_association_versions: Op<ListAssociationVersionsRequest, ListAssociationVersionsResult>,
    /// Returns all State Manager associations in the current Amazon Web Services account and Amazon
    /// Web Services Region. You can limit the results to a specific State Manager association
    /// document or managed node by specifying a filter. State Manager is a tool in Amazon Web
    /// Services Systems Manager.
    #[op(paginate(input_token = next_token, output_token = next_token, items = associations, limit = max_results))]
    list_associations: Op<ListAssociationsRequest, ListAssociationsResult>,
    /// An invocation is copy of a command sent to a specific managed node. A command can apply to
    /// one or more managed nodes. A command invocation applies to one managed node. For example, if
    /// a user runs `SendCommand` against three managed nodes, then a command invocation is created
    /// for each requested managed node ID. `ListCommandInvocations` provide status about command
    /// execution.
    #[op(paginate(input_token = next_token, output_token = next_token, items = command_invocations, limit = max_results))]
    list_command_invocations: Op<ListCommandInvocationsRequest, ListCommandInvocationsResult>,
    /// Lists the commands requested by users of the Amazon Web Services account.
    #[op(paginate(input_token = next_token, output_token = next_token, items = commands, limit = max_results))]
    list_commands: Op<ListCommandsRequest, ListCommandsResult>,
    /// For a specified resource ID, this API operation returns a list of compliance statuses for
    /// different resource types. Currently, you can only specify one resource ID per call. List
    /// results depend on the criteria specified in the filter.
    #[op(paginate(input_token = next_token, output_token = next_token, items = compliance_items, limit = max_results))]
    list_compliance_items: Op<ListComplianceItemsRequest, ListComplianceItemsResult>,
    /// Returns a summary count of compliant and non-compliant resources for a compliance type. For
    /// example, this call can return State Manager associations, patches, or custom compliance
    /// types according to the filter criteria that you specify.
    #[op(paginate(input_token = next_token, output_token = next_token, items = compliance_summary_items, limit = max_results))]
    list_compliance_summaries: Op<ListComplianceSummariesRequest, ListComplianceSummariesResult>,
    /// Amazon Web Services Systems Manager Change Manager is no longer open to new customers.
    /// Existing customers can continue to use the service as normal. For more information, see
    /// [Amazon Web Services Systems Manager Change Manager availability
    /// change](https://docs.aws.amazon.com/systems-manager/latest/userguide/change-manager-availability-change.html).
    list_document_metadata_history:
        Op<ListDocumentMetadataHistoryRequest, ListDocumentMetadataHistoryResponse>,
    /// List all versions for a document.
    #[op(paginate(input_token = next_token, output_token = next_token, items = document_versions, limit = max_results))]
    list_document_versions: Op<ListDocumentVersionsRequest, ListDocumentVersionsResult>,
    /// Returns all Systems Manager (SSM) documents in the current Amazon Web Services account and
    /// Amazon Web Services Region. You can limit the results of this request by using a filter.
    #[op(paginate(input_token = next_token, output_token = next_token, items = document_identifiers, limit = max_results))]
    list_documents: Op<ListDocumentsRequest, ListDocumentsResult>,
    /// A list of inventory items returned by the request.
    list_inventory_entries: Op<ListInventoryEntriesRequest, ListInventoryEntriesResult>,
    /// Takes in filters and returns a list of managed nodes matching the filter criteria.
    #[op(paginate(input_token = next_token, output_token = next_token, items = nodes, limit = max_results))]
    list_nodes: Op<ListNodesRequest, ListNodesResult>,
    /// Generates a summary of managed instance/node metadata based on the filters and aggregators
    /// you specify. Results are grouped by the input aggregator you specify.
    #[op(paginate(input_token = next_token, output_token = next_token, items = summary, limit = max_results))]
    list_nodes_summary: Op<ListNodesSummaryRequest, ListNodesSummaryResult>,
    /// Returns a list of all OpsItem events in the current Amazon Web Services Region and Amazon
    /// Web Services account. You can limit the results to events associated with specific OpsItems
    /// by specifying a filter.
    #[op(paginate(input_token = next_token, output_token = next_token, items = summaries, limit = max_results))]
    list_ops_item_events: Op<ListOpsItemEventsRequest, ListOpsItemEventsResponse>,
    /// Lists all related-item resources associated with a Systems Manager OpsCenter OpsItem.
    /// OpsCenter is a tool in Amazon Web Services Systems Manager.
    #[op(paginate(input_token = next_token, output_token = next_token, items = summaries, limit = max_results))]
    list_ops_item_related_items:
        Op<ListOpsItemRelatedItemsRequest, ListOpsItemRelatedItemsResponse>,
    /// Amazon Web Services Systems Manager calls this API operation when displaying all Application
    /// Manager OpsMetadata objects or blobs.
    #[op(paginate(input_token = next_token, output_token = next_token, items = ops_metadata_list, limit = max_results))]
    list_ops_metadata: Op<ListOpsMetadataRequest, ListOpsMetadataResult>,
    /// Returns a resource-level summary count. The summary includes information about compliant and
    /// non-compliant statuses and detailed compliance-item severity counts, according to the filter
    /// criteria you specify.
    #[op(paginate(input_token = next_token, output_token = next_token, items = resource_compliance_summary_items, limit = max_results))]
    list_resource_compliance_summaries:
        Op<ListResourceComplianceSummariesRequest, ListResourceComplianceSummariesResult>,
    /// Lists your resource data sync configurations. Includes information about the last time a
    /// sync attempted to start, the last sync status, and the last time a sync successfully
    /// completed.
    #[op(paginate(input_token = next_token, output_token = next_token, items = resource_data_sync_items, limit = max_results))]
    list_resource_data_sync: Op<ListResourceDataSyncRequest, ListResourceDataSyncResult>,
    /// Returns a list of the tags assigned to the specified resource.
    list_tags_for_resource: Op<ListTagsForResourceRequest, ListTagsForResourceResult>,
    /// Shares a Amazon Web Services Systems Manager document (SSM document)publicly or privately.
    /// If you share a document privately, you must specify the Amazon Web Services user IDs for
    /// those people who can use the document. If you share a document publicly, you must specify
    /// *All* as the account ID.
    modify_document_permission:
        Op<ModifyDocumentPermissionRequest, ModifyDocumentPermissionResponse>,
    /// Registers a compliance type and other compliance details on a designated resource. This
    /// operation lets you register custom compliance details with a resource. This call overwrites
    /// existing compliance information on the resource, so you must provide a full list of
    /// compliance items each time that you send the request.
    put_compliance_items: Op<PutComplianceItemsRequest, PutComplianceItemsResult>,
    /// Bulk update custom inventory items on one or more managed nodes. The request adds an
    /// inventory item, if it doesn't already exist, or updates an inventory item, if it does exist.
    put_inventory: Op<PutInventoryRequest, PutInventoryResult>,
    /// Create or update a parameter in Parameter Store.
    put_parameter: Op<PutParameterRequest, PutParameterResult>,
    /// Creates or updates a Systems Manager resource policy. A resource policy helps you to define
    /// the IAM entity (for example, an Amazon Web Services account) that can manage your Systems
    /// Manager resources. The following resources support Systems Manager resource policies.
    put_resource_policy: Op<PutResourcePolicyRequest, PutResourcePolicyResponse>,
    /// Defines the default patch baseline for the relevant operating system.
    register_default_patch_baseline:
        Op<RegisterDefaultPatchBaselineRequest, RegisterDefaultPatchBaselineResult>,
    /// Registers a patch baseline for a patch group.
    register_patch_baseline_for_patch_group:
        Op<RegisterPatchBaselineForPatchGroupRequest, RegisterPatchBaselineForPatchGroupResult>,
    /// Registers a target with a maintenance window.
    register_target_with_maintenance_window:
        Op<RegisterTargetWithMaintenanceWindowRequest, RegisterTargetWithMaintenanceWindowResult>,
    /// Adds a new task to a maintenance window.
    register_task_with_maintenance_window:
        Op<RegisterTaskWithMaintenanceWindowRequest, RegisterTaskWithMaintenanceWindowResult>,
    /// Removes tag keys from the specified resource.
    remove_tags_from_resource: Op<RemoveTagsFromResourceRequest, RemoveTagsFromResourceResult>,
    /// `ServiceSetting` is an account-level setting for an Amazon Web Services service. This
    /// setting defines how a user interacts with or uses a service or a feature of a service. For
    /// example, if an Amazon Web Services service charges money to the account based on feature or
    /// service usage, then the Amazon Web Services service team might create a default setting of
    /// "false". This means the user can't use this feature unless they change the setting to "true"
    /// and intentionally opt in for a paid feature.
    reset_service_setting: Op<ResetServiceSettingRequest, ResetServiceSettingResult>,
    /// Reconnects a session to a managed node after it has been disconnected. Connections can be
    /// resumed for disconnected sessions, but not terminated sessions.
    resume_session: Op<ResumeSessionRequest, ResumeSessionResponse>,
    /// Sends a signal to an Automation execution to change the current behavior or status of the
    /// execution.
    send_automation_signal: Op<SendAutomationSignalRequest, SendAutomationSignalResult>,
    /// Runs commands on one or more managed nodes.
    send_command: Op<SendCommandRequest, SendCommandResult>,
    /// Starts the workflow for just-in-time node access sessions.
    start_access_request: Op<StartAccessRequestRequest, StartAccessRequestResponse>,
    /// Runs an association immediately and only one time. This operation can be helpful when
    /// troubleshooting associations.
    start_associations_once: Op<StartAssociationsOnceRequest, StartAssociationsOnceResult>,
    /// Initiates execution of an Automation runbook.
    start_automation_execution: Op<StartAutomationExecutionRequest, StartAutomationExecutionResult>,
    /// Amazon Web Services Systems Manager Change Manager is no longer open to new customers.
    /// Existing customers can continue to use the service as normal. For more information, see
    /// [Amazon Web Services Systems Manager Change Manager availability
    /// change](https://docs.aws.amazon.com/systems-manager/latest/userguide/change-manager-availability-change.html).
    start_change_request_execution:
        Op<StartChangeRequestExecutionRequest, StartChangeRequestExecutionResult>,
    /// Initiates the process of creating a preview showing the effects that running a specified
    /// Automation runbook would have on the targeted resources.
    start_execution_preview: Op<StartExecutionPreviewRequest, StartExecutionPreviewResponse>,
    /// Initiates a connection to a target (for example, a managed node) for a Session Manager
    /// session. Returns a URL and token that can be used to open a WebSocket connection for sending
    /// input and receiving outputs.
    start_session: Op<StartSessionRequest, StartSessionResponse>,
    /// Stop an Automation that is currently running.
    stop_automation_execution: Op<StopAutomationExecutionRequest, StopAutomationExecutionResult>,
    /// Permanently ends a session and closes the data connection between the Session Manager client
    /// and SSM Agent on the managed node. A terminated session can't be resumed.
    terminate_session: Op<TerminateSessionRequest, TerminateSessionResponse>,
    /// Remove a label or labels from a parameter.
    unlabel_parameter_version: Op<UnlabelParameterVersionRequest, UnlabelParameterVersionResult>,
    /// Updates an association. You can update the association name and version, the document
    /// version, schedule, parameters, and Amazon Simple Storage Service (Amazon S3) output. When
    /// you call `UpdateAssociation`, the system removes all optional parameters from the request
    /// and overwrites the association with null values for those parameters. This is by design. You
    /// must specify all optional parameters in the call, even if you are not changing the
    /// parameters. This includes the `Name` parameter. Before calling this API action, we recommend
    /// that you call the `DescribeAssociation` API operation and make a note of all optional
    /// parameters required for your `UpdateAssociation` call.
    update_association: Op<UpdateAssociationRequest, UpdateAssociationResult>,
    /// Updates the status of the Amazon Web Services Systems Manager document (SSM document)
    /// associated with the specified managed node.
    update_association_status: Op<UpdateAssociationStatusRequest, UpdateAssociationStatusResult>,
    /// Updates one or more values for an SSM document.
    update_document: Op<UpdateDocumentRequest, UpdateDocumentResult>,
    /// Set the default version of a document.
    update_document_default_version:
        Op<UpdateDocumentDefaultVersionRequest, UpdateDocumentDefaultVersionResult>,
    /// Amazon Web Services Systems Manager Change Manager is no longer open to new customers.
    /// Existing customers can continue to use the service as normal. For more information, see
    /// [Amazon Web Services Systems Manager Change Manager availability
    /// change](https://docs.aws.amazon.com/systems-manager/latest/userguide/change-manager-availability-change.html).
    update_document_metadata: Op<UpdateDocumentMetadataRequest, UpdateDocumentMetadataResponse>,
    /// Updates an existing maintenance window. Only specified parameters are modified.
    update_maintenance_window: Op<UpdateMaintenanceWindowRequest, UpdateMaintenanceWindowResult>,
    /// Modifies the target of an existing maintenance window. You can change the following:
    update_maintenance_window_target:
        Op<UpdateMaintenanceWindowTargetRequest, UpdateMaintenanceWindowTargetResult>,
    /// Modifies a task assigned to a maintenance window. You can't change the task type, but you
    /// can change the following values:
    update_maintenance_window_task:
        Op<UpdateMaintenanceWindowTaskRequest, UpdateMaintenanceWindowTaskResult>,
    /// Changes the Identity and Access Management (IAM) role that is assigned to the on-premises
    /// server, edge device, or virtual machines (VM). IAM roles are first assigned to these hybrid
    /// nodes during the activation process. For more information, see `CreateActivation`.
    update_managed_instance_role:
        Op<UpdateManagedInstanceRoleRequest, UpdateManagedInstanceRoleResult>,
    /// Edit or change an OpsItem. You must have permission in Identity and Access Management (IAM)
    /// to update an OpsItem. For more information, see [Set up
    /// OpsCenter](https://docs.aws.amazon.com/systems-manager/latest/userguide/OpsCenter-setup.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    update_ops_item: Op<UpdateOpsItemRequest, UpdateOpsItemResponse>,
    /// Amazon Web Services Systems Manager calls this API operation when you edit OpsMetadata in
    /// Application Manager.
    update_ops_metadata: Op<UpdateOpsMetadataRequest, UpdateOpsMetadataResult>,
    /// Modifies an existing patch baseline. Fields not specified in the request are left unchanged.
    update_patch_baseline: Op<UpdatePatchBaselineRequest, UpdatePatchBaselineResult>,
    /// Update a resource data sync. After you create a resource data sync for a Region, you can't
    /// change the account options for that sync. For example, if you create a sync in the us-east-2
    /// (Ohio) Region and you choose the `Include only the current account` option, you can't edit
    /// that sync later and choose the `Include all accounts from my Organizations configuration`
    /// option. Instead, you must delete the first resource data sync, and create a new one.
    update_resource_data_sync: Op<UpdateResourceDataSyncRequest, UpdateResourceDataSyncResult>,
    /// `ServiceSetting` is an account-level setting for an Amazon Web Services service. This
    /// setting defines how a user interacts with or uses a service or a feature of a service. For
    /// example, if an Amazon Web Services service charges money to the account based on feature or
    /// service usage, then the Amazon Web Services service team might create a default setting of
    /// "false". This means the user can't use this feature unless they change the setting to "true"
    /// and intentionally opt in for a paid feature.
    update_service_setting: Op<UpdateServiceSettingRequest, UpdateServiceSettingResult>,
}

/// The model's `AccessRequestStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AccessRequestStatus {
    /// `Approved`
    #[default]
    Approved,
    /// `Rejected`
    Rejected,
    /// `Revoked`
    Revoked,
    /// `Expired`
    Expired,
    /// `Pending`
    Pending,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `AccessType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AccessType {
    /// `Standard`
    #[default]
    Standard,
    /// `JustInTime`
    JustInTime,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information includes the Amazon Web Services account ID where the current document is shared and
/// the version shared with that account.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AccountSharingInfo {
    /// The Amazon Web Services account ID where the current document is shared.
    pub account_id: Option<String>,
    /// The version of the current document shared with the account.
    pub shared_document_version: Option<String>,
}

/// An activation registers one or more on-premises servers or virtual machines (VMs) with Amazon
/// Web Services so that you can configure those servers or VMs using Run Command. A server or VM
/// that has been registered with Amazon Web Services Systems Manager is called a managed node.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Activation {
    /// The ID created by Systems Manager when you submitted the activation.
    pub activation_id: Option<String>,
    /// A user defined description of the activation.
    pub description: Option<String>,
    /// A name for the managed node when it is created.
    pub default_instance_name: Option<String>,
    /// The Identity and Access Management (IAM) role to assign to the managed node.
    pub iam_role: Option<String>,
    /// The maximum number of managed nodes that can be registered using this activation.
    pub registration_limit: Option<i32>,
    /// The number of managed nodes already registered with this activation.
    pub registrations_count: Option<i32>,
    /// The date when this activation can no longer be used to register managed nodes.
    pub expiration_date: Option<DateTime>,
    /// Whether or not the activation is expired.
    pub expired: Option<bool>,
    /// The date the activation was created.
    pub created_date: Option<DateTime>,
    /// Tags assigned to the activation.
    pub tags: Option<Vec<Tag>>,
}

/// The input of `AddTagsToResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AddTagsToResourceRequest {
    /// Specifies the type of resource you are tagging.
    pub resource_type: ResourceTypeForTagging,
    /// The resource ID you want to tag.
    pub resource_id: String,
    /// One or more tags. The value parameter is required.
    pub tags: Vec<Tag>,
}

/// The output of `AddTagsToResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AddTagsToResourceResult {}

/// A CloudWatch alarm you apply to an automation or command.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Alarm {
    /// The name of your CloudWatch alarm.
    pub name: String,
}

/// The details for the CloudWatch alarm you want to apply to an automation or command.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AlarmConfiguration {
    /// When this value is *true*, your automation or command continues to run in cases where we
    /// can’t retrieve alarm status information from CloudWatch. In cases where we successfully
    /// retrieve an alarm status of OK or INSUFFICIENT\_DATA, the automation or command continues to
    /// run, regardless of this value. Default is *false*.
    pub ignore_poll_alarm_failure: Option<bool>,
    /// The name of the CloudWatch alarm specified in the configuration.
    pub alarms: Vec<Alarm>,
}

/// The details about the state of your CloudWatch alarm.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AlarmStateInformation {
    /// The name of your CloudWatch alarm.
    pub name: String,
    /// The state of your CloudWatch alarm.
    pub state: ExternalAlarmState,
}

/// The input of `AssociateOpsItemRelatedItem`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssociateOpsItemRelatedItemRequest {
    /// The ID of the OpsItem to which you want to associate a resource as a related item.
    pub ops_item_id: String,
    /// The type of association that you want to create between an OpsItem and a resource. OpsCenter
    /// supports `IsParentOf` and `RelatesTo` association types.
    pub association_type: String,
    /// The type of resource that you want to associate with an OpsItem. OpsCenter supports the
    /// following types:
    pub resource_type: String,
    /// The Amazon Resource Name (ARN) of the Amazon Web Services resource that you want to
    /// associate with the OpsItem.
    pub resource_uri: String,
}

/// The output of `AssociateOpsItemRelatedItem`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssociateOpsItemRelatedItemResponse {
    /// The association ID.
    pub association_id: Option<String>,
}

/// Describes an association of a Amazon Web Services Systems Manager document (SSM document) and a
/// managed node.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Association {
    /// The name of the SSM document.
    pub name: Option<String>,
    /// The managed node ID.
    pub instance_id: Option<String>,
    /// The ID created by the system when you create an association. An association is a binding
    /// between a document and a set of targets with a schedule.
    pub association_id: Option<String>,
    /// The association version.
    pub association_version: Option<String>,
    /// The version of the document used in the association. If you change a document version for a
    /// State Manager association, Systems Manager immediately runs the association unless you
    /// previously specifed the `apply-only-at-cron-interval` parameter.
    pub document_version: Option<String>,
    /// The managed nodes targeted by the request to create an association. You can target all
    /// managed nodes in an Amazon Web Services account by specifying the `InstanceIds` key with a
    /// value of `*`.
    pub targets: Option<Vec<Target>>,
    /// The date on which the association was last run.
    pub last_execution_date: Option<DateTime>,
    /// Information about the association.
    pub overview: Option<AssociationOverview>,
    /// A cron expression that specifies a schedule when the association runs. The schedule runs in
    /// Coordinated Universal Time (UTC).
    pub schedule_expression: Option<String>,
    /// The association name.
    pub association_name: Option<String>,
    /// Number of days to wait after the scheduled day to run an association.
    pub schedule_offset: Option<i32>,
    /// The number of hours that an association can run on specified targets. After the resulting
    /// cutoff time passes, associations that are currently running are cancelled, and no pending
    /// executions are started on remaining targets.
    pub duration: Option<i32>,
    /// A key-value mapping of document parameters to target resources. Both Targets and TargetMaps
    /// can't be specified together.
    pub target_maps: Option<Vec<HashMap<String, Vec<String>>>>,
}

/// The model's `AssociationComplianceSeverity`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AssociationComplianceSeverity {
    /// `CRITICAL`
    #[default]
    #[shape(name = "CRITICAL")]
    Critical,
    /// `HIGH`
    #[shape(name = "HIGH")]
    High,
    /// `MEDIUM`
    #[shape(name = "MEDIUM")]
    Medium,
    /// `LOW`
    #[shape(name = "LOW")]
    Low,
    /// `UNSPECIFIED`
    #[shape(name = "UNSPECIFIED")]
    Unspecified,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Describes the parameters for a document.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct AssociationDescription {
    /// The name of the SSM document.
    pub name: Option<String>,
    /// The managed node ID.
    pub instance_id: Option<String>,
    /// The association version.
    pub association_version: Option<String>,
    /// The date when the association was made.
    pub date: Option<DateTime>,
    /// The date when the association was last updated.
    pub last_update_association_date: Option<DateTime>,
    /// The association status.
    pub status: Option<AssociationStatus>,
    /// Information about the association.
    pub overview: Option<AssociationOverview>,
    /// The document version.
    pub document_version: Option<String>,
    /// Choose the parameter that will define how your automation will branch out. This target is
    /// required for associations that use an Automation runbook and target resources by using rate
    /// controls. Automation is a tool in Amazon Web Services Systems Manager.
    pub automation_target_parameter_name: Option<String>,
    /// A description of the parameters for a document.
    pub parameters: Option<HashMap<String, Vec<String>>>,
    /// The association ID.
    pub association_id: Option<String>,
    /// The managed nodes targeted by the request.
    pub targets: Option<Vec<Target>>,
    /// A cron expression that specifies a schedule when the association runs.
    pub schedule_expression: Option<String>,
    /// An S3 bucket where you want to store the output details of the request.
    pub output_location: Option<InstanceAssociationOutputLocation>,
    /// The date on which the association was last run.
    pub last_execution_date: Option<DateTime>,
    /// The last date on which the association was successfully run.
    pub last_successful_execution_date: Option<DateTime>,
    /// The association name.
    pub association_name: Option<String>,
    /// The number of errors that are allowed before the system stops sending requests to run the
    /// association on additional targets. You can specify either an absolute number of errors, for
    /// example 10, or a percentage of the target set, for example 10%. If you specify 3, for
    /// example, the system stops sending requests when the fourth error is received. If you specify
    /// 0, then the system stops sending requests after the first error is returned. If you run an
    /// association on 50 managed nodes and set `MaxError` to 10%, then the system stops sending the
    /// request when the sixth error is received.
    pub max_errors: Option<String>,
    /// The maximum number of targets allowed to run the association at the same time. You can
    /// specify a number, for example 10, or a percentage of the target set, for example 10%. The
    /// default value is 100%, which means all targets run the association at the same time.
    pub max_concurrency: Option<String>,
    /// The severity level that is assigned to the association.
    pub compliance_severity: Option<AssociationComplianceSeverity>,
    /// The mode for generating association compliance. You can specify `AUTO` or `MANUAL`. In
    /// `AUTO` mode, the system uses the status of the association execution to determine the
    /// compliance status. If the association execution runs successfully, then the association is
    /// `COMPLIANT`. If the association execution doesn't run successfully, the association is
    /// `NON-COMPLIANT`.
    pub sync_compliance: Option<AssociationSyncCompliance>,
    /// By default, when you create a new associations, the system runs it immediately after it is
    /// created and then according to the schedule you specified. Specify this option if you don't
    /// want an association to run immediately after you create it. This parameter isn't supported
    /// for rate expressions.
    pub apply_only_at_cron_interval: Option<bool>,
    /// The names or Amazon Resource Names (ARNs) of the Change Calendar type documents your
    /// associations are gated under. The associations only run when that change calendar is open.
    /// For more information, see [Amazon Web Services Systems Manager Change
    /// Calendar](https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-change-calendar)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub calendar_names: Option<Vec<String>>,
    /// The combination of Amazon Web Services Regions and Amazon Web Services accounts where you
    /// want to run the association.
    pub target_locations: Option<Vec<TargetLocation>>,
    /// Number of days to wait after the scheduled day to run an association.
    pub schedule_offset: Option<i32>,
    /// The number of hours that an association can run on specified targets. After the resulting
    /// cutoff time passes, associations that are currently running are cancelled, and no pending
    /// executions are started on remaining targets.
    pub duration: Option<i32>,
    /// A key-value mapping of document parameters to target resources. Both Targets and TargetMaps
    /// can't be specified together.
    pub target_maps: Option<Vec<HashMap<String, Vec<String>>>>,
    /// The details for the CloudWatch alarm you want to apply to an automation or command.
    pub alarm_configuration: Option<AlarmConfiguration>,
    /// The CloudWatch alarm that was invoked during the association.
    pub triggered_alarms: Option<Vec<AlarmStateInformation>>,
    /// A role used by association to take actions on your behalf. State Manager will assume this
    /// role and call required APIs when dispatching configurations to nodes. If not specified, [
    /// service-linked role for Systems
    /// Manager](https://docs.aws.amazon.com/systems-manager/latest/userguide/using-service-linked-roles.html)
    /// will be used by default.
    pub association_dispatch_assume_role: Option<String>,
}

impl ::std::fmt::Debug for AssociationDescription {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssociationDescription")
            .field("name", &self.name)
            .field("instance_id", &self.instance_id)
            .field("association_version", &self.association_version)
            .field("date", &self.date)
            .field(
                "last_update_association_date",
                &self.last_update_association_date,
            )
            .field("status", &self.status)
            .field("overview", &self.overview)
            .field("document_version", &self.document_version)
            .field(
                "automation_target_parameter_name",
                &self.automation_target_parameter_name,
            )
            .field(
                "parameters",
                &self.parameters.as_ref().map(|_| "** redacted **"),
            )
            .field("association_id", &self.association_id)
            .field("targets", &self.targets)
            .field("schedule_expression", &self.schedule_expression)
            .field("output_location", &self.output_location)
            .field("last_execution_date", &self.last_execution_date)
            .field(
                "last_successful_execution_date",
                &self.last_successful_execution_date,
            )
            .field("association_name", &self.association_name)
            .field("max_errors", &self.max_errors)
            .field("max_concurrency", &self.max_concurrency)
            .field("compliance_severity", &self.compliance_severity)
            .field("sync_compliance", &self.sync_compliance)
            .field(
                "apply_only_at_cron_interval",
                &self.apply_only_at_cron_interval,
            )
            .field("calendar_names", &self.calendar_names)
            .field("target_locations", &self.target_locations)
            .field("schedule_offset", &self.schedule_offset)
            .field("duration", &self.duration)
            .field("target_maps", &self.target_maps)
            .field("alarm_configuration", &self.alarm_configuration)
            .field("triggered_alarms", &self.triggered_alarms)
            .field(
                "association_dispatch_assume_role",
                &self.association_dispatch_assume_role,
            )
            .finish()
    }
}

/// Includes information about the specified association.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssociationExecution {
    /// The association ID.
    pub association_id: Option<String>,
    /// The association version.
    pub association_version: Option<String>,
    /// The execution ID for the association.
    pub execution_id: Option<String>,
    /// The status of the association execution.
    pub status: Option<String>,
    /// Detailed status information about the execution.
    pub detailed_status: Option<String>,
    /// The time the execution started.
    pub created_time: Option<DateTime>,
    /// The date of the last execution.
    pub last_execution_date: Option<DateTime>,
    /// An aggregate status of the resources in the execution based on the status type.
    pub resource_count_by_status: Option<String>,
    /// The details for the CloudWatch alarm you want to apply to an automation or command.
    pub alarm_configuration: Option<AlarmConfiguration>,
    /// The CloudWatch alarms that were invoked by the association.
    pub triggered_alarms: Option<Vec<AlarmStateInformation>>,
}

/// Filters used in the request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssociationExecutionFilter {
    /// The key value used in the request.
    pub key: AssociationExecutionFilterKey,
    /// The value specified for the key.
    pub value: String,
    /// The filter type specified in the request.
    pub r#type: AssociationFilterOperatorType,
}

/// The model's `AssociationExecutionFilterKey`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AssociationExecutionFilterKey {
    /// `ExecutionId`
    #[default]
    ExecutionId,
    /// `Status`
    Status,
    /// `CreatedTime`
    CreatedTime,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Includes information about the specified association execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssociationExecutionTarget {
    /// The association ID.
    pub association_id: Option<String>,
    /// The association version.
    pub association_version: Option<String>,
    /// The execution ID.
    pub execution_id: Option<String>,
    /// The resource ID, for example, the managed node ID where the association ran.
    pub resource_id: Option<String>,
    /// The resource type, for example, EC2.
    pub resource_type: Option<String>,
    /// The association execution status.
    pub status: Option<String>,
    /// Detailed information about the execution status.
    pub detailed_status: Option<String>,
    /// The date of the last execution.
    pub last_execution_date: Option<DateTime>,
    /// The location where the association details are saved.
    pub output_source: Option<OutputSource>,
}

/// Filters for the association execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssociationExecutionTargetsFilter {
    /// The key value used in the request.
    pub key: AssociationExecutionTargetsFilterKey,
    /// The value specified for the key.
    pub value: String,
}

/// The model's `AssociationExecutionTargetsFilterKey`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AssociationExecutionTargetsFilterKey {
    /// `Status`
    #[default]
    Status,
    /// `ResourceId`
    ResourceId,
    /// `ResourceType`
    ResourceType,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Describes a filter.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssociationFilter {
    /// The name of the filter.
    #[shape(name = "key")]
    pub key: AssociationFilterKey,
    /// The filter value.
    #[shape(name = "value")]
    pub value: String,
}

/// The model's `AssociationFilterKey`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AssociationFilterKey {
    /// `InstanceId`
    #[default]
    InstanceId,
    /// `Name`
    Name,
    /// `AssociationId`
    AssociationId,
    /// `AssociationStatusName`
    AssociationStatusName,
    /// `LastExecutedBefore`
    LastExecutedBefore,
    /// `LastExecutedAfter`
    LastExecutedAfter,
    /// `AssociationName`
    AssociationName,
    /// `ResourceGroupName`
    ResourceGroupName,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `AssociationFilterOperatorType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AssociationFilterOperatorType {
    /// `EQUAL`
    #[default]
    #[shape(name = "EQUAL")]
    Equal,
    /// `LESS_THAN`
    #[shape(name = "LESS_THAN")]
    LessThan,
    /// `GREATER_THAN`
    #[shape(name = "GREATER_THAN")]
    GreaterThan,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about the association.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssociationOverview {
    /// The status of the association. Status can be: Pending, Success, or Failed.
    pub status: Option<String>,
    /// A detailed status of the association.
    pub detailed_status: Option<String>,
    /// Returns the number of targets for the association status. For example, if you created an
    /// association with two managed nodes, and one of them was successful, this would return the
    /// count of managed nodes by status.
    pub association_status_aggregated_count: Option<HashMap<String, i32>>,
}

/// Describes an association status.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssociationStatus {
    /// The date when the status changed.
    pub date: DateTime,
    /// The status.
    pub name: AssociationStatusName,
    /// The reason for the status.
    pub message: String,
    /// A user-defined string.
    pub additional_info: Option<String>,
}

/// The model's `AssociationStatusName`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AssociationStatusName {
    /// `Pending`
    #[default]
    Pending,
    /// `Success`
    Success,
    /// `Failed`
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `AssociationSyncCompliance`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AssociationSyncCompliance {
    /// `AUTO`
    #[default]
    #[shape(name = "AUTO")]
    Auto,
    /// `MANUAL`
    #[shape(name = "MANUAL")]
    Manual,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about the association version.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct AssociationVersionInfo {
    /// The ID created by the system when the association was created.
    pub association_id: Option<String>,
    /// The association version.
    pub association_version: Option<String>,
    /// The date the association version was created.
    pub created_date: Option<DateTime>,
    /// The name specified when the association was created.
    pub name: Option<String>,
    /// The version of an Amazon Web Services Systems Manager document (SSM document) used when the
    /// association version was created.
    pub document_version: Option<String>,
    /// Parameters specified when the association version was created.
    pub parameters: Option<HashMap<String, Vec<String>>>,
    /// The targets specified for the association when the association version was created.
    pub targets: Option<Vec<Target>>,
    /// The cron or rate schedule specified for the association when the association version was
    /// created.
    pub schedule_expression: Option<String>,
    /// The location in Amazon S3 specified for the association when the association version was
    /// created.
    pub output_location: Option<InstanceAssociationOutputLocation>,
    /// The name specified for the association version when the association version was created.
    pub association_name: Option<String>,
    /// The number of errors that are allowed before the system stops sending requests to run the
    /// association on additional targets. You can specify either an absolute number of errors, for
    /// example 10, or a percentage of the target set, for example 10%. If you specify 3, for
    /// example, the system stops sending requests when the fourth error is received. If you specify
    /// 0, then the system stops sending requests after the first error is returned. If you run an
    /// association on 50 managed nodes and set `MaxError` to 10%, then the system stops sending the
    /// request when the sixth error is received.
    pub max_errors: Option<String>,
    /// The maximum number of targets allowed to run the association at the same time. You can
    /// specify a number, for example 10, or a percentage of the target set, for example 10%. The
    /// default value is 100%, which means all targets run the association at the same time.
    pub max_concurrency: Option<String>,
    /// The severity level that is assigned to the association.
    pub compliance_severity: Option<AssociationComplianceSeverity>,
    /// The mode for generating association compliance. You can specify `AUTO` or `MANUAL`. In
    /// `AUTO` mode, the system uses the status of the association execution to determine the
    /// compliance status. If the association execution runs successfully, then the association is
    /// `COMPLIANT`. If the association execution doesn't run successfully, the association is
    /// `NON-COMPLIANT`.
    pub sync_compliance: Option<AssociationSyncCompliance>,
    /// By default, when you create new associations, the system runs it immediately after it is
    /// created and then according to the schedule you specified. Specify this option if you don't
    /// want an association to run immediately after you create it. This parameter isn't supported
    /// for rate expressions.
    pub apply_only_at_cron_interval: Option<bool>,
    /// The names or Amazon Resource Names (ARNs) of the Change Calendar type documents your
    /// associations are gated under. The associations for this version only run when that Change
    /// Calendar is open. For more information, see [Amazon Web Services Systems Manager Change
    /// Calendar](https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-change-calendar)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub calendar_names: Option<Vec<String>>,
    /// The combination of Amazon Web Services Regions and Amazon Web Services accounts where you
    /// wanted to run the association when this association version was created.
    pub target_locations: Option<Vec<TargetLocation>>,
    /// Number of days to wait after the scheduled day to run an association.
    pub schedule_offset: Option<i32>,
    /// The number of hours that an association can run on specified targets. After the resulting
    /// cutoff time passes, associations that are currently running are cancelled, and no pending
    /// executions are started on remaining targets.
    pub duration: Option<i32>,
    /// A key-value mapping of document parameters to target resources. Both Targets and TargetMaps
    /// can't be specified together.
    pub target_maps: Option<Vec<HashMap<String, Vec<String>>>>,
    /// A role used by association to take actions on your behalf. State Manager will assume this
    /// role and call required APIs when dispatching configurations to nodes. If not specified, [
    /// service-linked role for Systems
    /// Manager](https://docs.aws.amazon.com/systems-manager/latest/userguide/using-service-linked-roles.html)
    /// will be used by default.
    pub association_dispatch_assume_role: Option<String>,
}

impl ::std::fmt::Debug for AssociationVersionInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("AssociationVersionInfo")
            .field("association_id", &self.association_id)
            .field("association_version", &self.association_version)
            .field("created_date", &self.created_date)
            .field("name", &self.name)
            .field("document_version", &self.document_version)
            .field(
                "parameters",
                &self.parameters.as_ref().map(|_| "** redacted **"),
            )
            .field("targets", &self.targets)
            .field("schedule_expression", &self.schedule_expression)
            .field("output_location", &self.output_location)
            .field("association_name", &self.association_name)
            .field("max_errors", &self.max_errors)
            .field("max_concurrency", &self.max_concurrency)
            .field("compliance_severity", &self.compliance_severity)
            .field("sync_compliance", &self.sync_compliance)
            .field(
                "apply_only_at_cron_interval",
                &self.apply_only_at_cron_interval,
            )
            .field("calendar_names", &self.calendar_names)
            .field("target_locations", &self.target_locations)
            .field("schedule_offset", &self.schedule_offset)
            .field("duration", &self.duration)
            .field("target_maps", &self.target_maps)
            .field(
                "association_dispatch_assume_role",
                &self.association_dispatch_assume_role,
            )
            .finish()
    }
}

/// A structure that includes attributes that describe a document attachment.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AttachmentContent {
    /// The name of an attachment.
    pub name: Option<String>,
    /// The size of an attachment in bytes.
    pub size: Option<i64>,
    /// The cryptographic hash value of the document content.
    pub hash: Option<String>,
    /// The hash algorithm used to calculate the hash value.
    pub hash_type: Option<AttachmentHashType>,
    /// The URL location of the attachment content.
    pub url: Option<String>,
}

/// The model's `AttachmentHashType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AttachmentHashType {
    /// `Sha256`
    #[default]
    Sha256,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An attribute of an attachment, such as the attachment name.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AttachmentInformation {
    /// The name of the attachment.
    pub name: Option<String>,
}

/// Identifying information about a document attachment, including the file name and a key-value
/// pair that identifies the location of an attachment to a document.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AttachmentsSource {
    /// The key of a key-value pair that identifies the location of an attachment to a document.
    pub key: Option<AttachmentsSourceKey>,
    /// The value of a key-value pair that identifies the location of an attachment to a document.
    /// The format for **Value** depends on the type of key you specify.
    pub values: Option<Vec<String>>,
    /// The name of the document attachment file.
    pub name: Option<String>,
}

/// The model's `AttachmentsSourceKey`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AttachmentsSourceKey {
    /// `SourceUrl`
    #[default]
    SourceUrl,
    /// `S3FileUrl`
    S3FileUrl,
    /// `AttachmentReference`
    AttachmentReference,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Detailed information about the current state of an individual Automation execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AutomationExecution {
    /// The execution ID.
    pub automation_execution_id: Option<String>,
    /// The name of the Automation runbook used during the execution.
    pub document_name: Option<String>,
    /// The version of the document to use during execution.
    pub document_version: Option<String>,
    /// The time the execution started.
    pub execution_start_time: Option<DateTime>,
    /// The time the execution finished.
    pub execution_end_time: Option<DateTime>,
    /// The execution status of the Automation.
    pub automation_execution_status: Option<AutomationExecutionStatus>,
    /// A list of details about the current state of all steps that comprise an execution. An
    /// Automation runbook contains a list of steps that are run in order.
    pub step_executions: Option<Vec<StepExecution>>,
    /// A boolean value that indicates if the response contains the full list of the Automation step
    /// executions. If true, use the DescribeAutomationStepExecutions API operation to get the full
    /// list of step executions.
    pub step_executions_truncated: Option<bool>,
    /// The key-value map of execution parameters, which were supplied when calling
    /// `StartAutomationExecution`.
    pub parameters: Option<HashMap<String, Vec<String>>>,
    /// The list of execution outputs as defined in the Automation runbook.
    pub outputs: Option<HashMap<String, Vec<String>>>,
    /// A message describing why an execution has failed, if the status is set to Failed.
    pub failure_message: Option<String>,
    /// The automation execution mode.
    pub mode: Option<ExecutionMode>,
    /// The AutomationExecutionId of the parent automation.
    pub parent_automation_execution_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the user who ran the automation.
    pub executed_by: Option<String>,
    /// The name of the step that is currently running.
    pub current_step_name: Option<String>,
    /// The action of the step that is currently running.
    pub current_action: Option<String>,
    /// The parameter name.
    pub target_parameter_name: Option<String>,
    /// The specified targets.
    pub targets: Option<Vec<Target>>,
    /// The specified key-value mapping of document parameters to target resources.
    pub target_maps: Option<Vec<HashMap<String, Vec<String>>>>,
    /// A list of resolved targets in the rate control execution.
    pub resolved_targets: Option<ResolvedTargets>,
    /// The `MaxConcurrency` value specified by the user when the execution started.
    pub max_concurrency: Option<String>,
    /// The MaxErrors value specified by the user when the execution started.
    pub max_errors: Option<String>,
    /// The target of the execution.
    pub target: Option<String>,
    /// The combination of Amazon Web Services Regions and/or Amazon Web Services accounts where you
    /// want to run the Automation.
    pub target_locations: Option<Vec<TargetLocation>>,
    /// An aggregate of step execution statuses displayed in the Amazon Web Services Systems Manager
    /// console for a multi-Region and multi-account Automation execution.
    pub progress_counters: Option<ProgressCounters>,
    /// The details for the CloudWatch alarm applied to your automation.
    pub alarm_configuration: Option<AlarmConfiguration>,
    /// The CloudWatch alarm that was invoked by the automation.
    pub triggered_alarms: Option<Vec<AlarmStateInformation>>,
    /// A publicly accessible URL for a file that contains the `TargetLocations` body. Currently,
    /// only files in presigned Amazon S3 buckets are supported
    #[shape(name = "TargetLocationsURL")]
    pub target_locations_url: Option<String>,
    /// The subtype of the Automation operation. Currently, the only supported value is
    /// `ChangeRequest`.
    pub automation_subtype: Option<AutomationSubtype>,
    /// The date and time the Automation operation is scheduled to start.
    pub scheduled_time: Option<DateTime>,
    /// Information about the Automation runbooks that are run as part of a runbook workflow.
    pub runbooks: Option<Vec<Runbook>>,
    /// The ID of an OpsItem that is created to represent a Change Manager change request.
    pub ops_item_id: Option<String>,
    /// The ID of a State Manager association used in the Automation operation.
    pub association_id: Option<String>,
    /// The name of the Change Manager change request.
    pub change_request_name: Option<String>,
    /// Variables defined for the automation.
    pub variables: Option<HashMap<String, Vec<String>>>,
}

/// A filter used to match specific automation executions. This is used to limit the scope of
/// Automation execution information returned.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AutomationExecutionFilter {
    /// One or more keys to limit the results.
    pub key: AutomationExecutionFilterKey,
    /// The values used to limit the execution information associated with the filter's key.
    pub values: Vec<String>,
}

/// The model's `AutomationExecutionFilterKey`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AutomationExecutionFilterKey {
    /// `DocumentNamePrefix`
    #[default]
    DocumentNamePrefix,
    /// `ExecutionStatus`
    ExecutionStatus,
    /// `ExecutionId`
    ExecutionId,
    /// `ParentExecutionId`
    ParentExecutionId,
    /// `CurrentAction`
    CurrentAction,
    /// `StartTimeBefore`
    StartTimeBefore,
    /// `StartTimeAfter`
    StartTimeAfter,
    /// `AutomationType`
    AutomationType,
    /// `TagKey`
    TagKey,
    /// `TargetResourceGroup`
    TargetResourceGroup,
    /// `AutomationSubtype`
    AutomationSubtype,
    /// `OpsItemId`
    OpsItemId,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about the optional inputs that can be specified for an automation execution preview.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AutomationExecutionInputs {
    /// Information about parameters that can be specified for the preview operation.
    pub parameters: Option<HashMap<String, Vec<String>>>,
    /// The name of the parameter used as the target resource for the rate-controlled execution.
    /// Required if you specify targets.
    pub target_parameter_name: Option<String>,
    /// Information about the resources that would be included in the actual runbook execution, if
    /// it were to be run. Both Targets and TargetMaps can't be specified together.
    pub targets: Option<Vec<Target>>,
    /// A key-value mapping of document parameters to target resources. Both Targets and TargetMaps
    /// can't be specified together.
    pub target_maps: Option<Vec<HashMap<String, Vec<String>>>>,
    /// Information about the Amazon Web Services Regions and Amazon Web Services accounts targeted
    /// by the Automation execution preview operation.
    pub target_locations: Option<Vec<TargetLocation>>,
    /// A publicly accessible URL for a file that contains the `TargetLocations` body. Currently,
    /// only files in presigned Amazon S3 buckets are supported.
    #[shape(name = "TargetLocationsURL")]
    pub target_locations_url: Option<String>,
}

/// Details about a specific Automation execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AutomationExecutionMetadata {
    /// The execution ID.
    pub automation_execution_id: Option<String>,
    /// The name of the Automation runbook used during execution.
    pub document_name: Option<String>,
    /// The document version used during the execution.
    pub document_version: Option<String>,
    /// The status of the execution.
    pub automation_execution_status: Option<AutomationExecutionStatus>,
    /// The time the execution started.
    pub execution_start_time: Option<DateTime>,
    /// The time the execution finished. This isn't populated if the execution is still in progress.
    pub execution_end_time: Option<DateTime>,
    /// The IAM role ARN of the user who ran the automation.
    pub executed_by: Option<String>,
    /// An S3 bucket where execution information is stored.
    pub log_file: Option<String>,
    /// The list of execution outputs as defined in the Automation runbook.
    pub outputs: Option<HashMap<String, Vec<String>>>,
    /// The Automation execution mode.
    pub mode: Option<ExecutionMode>,
    /// The execution ID of the parent automation.
    pub parent_automation_execution_id: Option<String>,
    /// The name of the step that is currently running.
    pub current_step_name: Option<String>,
    /// The action of the step that is currently running.
    pub current_action: Option<String>,
    /// The list of execution outputs as defined in the Automation runbook.
    pub failure_message: Option<String>,
    /// The list of execution outputs as defined in the Automation runbook.
    pub target_parameter_name: Option<String>,
    /// The targets defined by the user when starting the automation.
    pub targets: Option<Vec<Target>>,
    /// The specified key-value mapping of document parameters to target resources.
    pub target_maps: Option<Vec<HashMap<String, Vec<String>>>>,
    /// A list of targets that resolved during the execution.
    pub resolved_targets: Option<ResolvedTargets>,
    /// The `MaxConcurrency` value specified by the user when starting the automation.
    pub max_concurrency: Option<String>,
    /// The `MaxErrors` value specified by the user when starting the automation.
    pub max_errors: Option<String>,
    /// The list of execution outputs as defined in the Automation runbook.
    pub target: Option<String>,
    /// Use this filter with `DescribeAutomationExecutions`. Specify either Local or CrossAccount.
    /// CrossAccount is an Automation that runs in multiple Amazon Web Services Regions and Amazon
    /// Web Services accounts. For more information, see [Running automations in multiple Amazon Web
    /// Services Regions and
    /// accounts](https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-automation-multiple-accounts-and-regions.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub automation_type: Option<AutomationType>,
    /// The details for the CloudWatch alarm applied to your automation.
    pub alarm_configuration: Option<AlarmConfiguration>,
    /// The CloudWatch alarm that was invoked by the automation.
    pub triggered_alarms: Option<Vec<AlarmStateInformation>>,
    /// A publicly accessible URL for a file that contains the `TargetLocations` body. Currently,
    /// only files in presigned Amazon S3 buckets are supported
    #[shape(name = "TargetLocationsURL")]
    pub target_locations_url: Option<String>,
    /// The subtype of the Automation operation. Currently, the only supported value is
    /// `ChangeRequest`.
    pub automation_subtype: Option<AutomationSubtype>,
    /// The date and time the Automation operation is scheduled to start.
    pub scheduled_time: Option<DateTime>,
    /// Information about the Automation runbooks that are run during a runbook workflow in Change
    /// Manager.
    pub runbooks: Option<Vec<Runbook>>,
    /// The ID of an OpsItem that is created to represent a Change Manager change request.
    pub ops_item_id: Option<String>,
    /// The ID of a State Manager association used in the Automation operation.
    pub association_id: Option<String>,
    /// The name of the Change Manager change request.
    pub change_request_name: Option<String>,
}

/// Information about the results of the execution preview.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AutomationExecutionPreview {
    /// Information about the type of impact a runbook step would have on a resource.
    pub step_previews: Option<HashMap<String, i32>>,
    /// Information about the Amazon Web Services Regions targeted by the execution preview.
    pub regions: Option<Vec<String>>,
    /// Information that provides a preview of what the impact of running the specified Automation
    /// runbook would be.
    pub target_previews: Option<Vec<TargetPreview>>,
    /// Information about the Amazon Web Services accounts that were included in the execution
    /// preview.
    pub total_accounts: Option<i32>,
}

/// The model's `AutomationExecutionStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AutomationExecutionStatus {
    /// `Pending`
    #[default]
    Pending,
    /// `InProgress`
    InProgress,
    /// `Waiting`
    Waiting,
    /// `Success`
    Success,
    /// `TimedOut`
    TimedOut,
    /// `Cancelling`
    Cancelling,
    /// `Cancelled`
    Cancelled,
    /// `Failed`
    Failed,
    /// `PendingApproval`
    PendingApproval,
    /// `Approved`
    Approved,
    /// `Rejected`
    Rejected,
    /// `Scheduled`
    Scheduled,
    /// `RunbookInProgress`
    RunbookInProgress,
    /// `PendingChangeCalendarOverride`
    PendingChangeCalendarOverride,
    /// `ChangeCalendarOverrideApproved`
    ChangeCalendarOverrideApproved,
    /// `ChangeCalendarOverrideRejected`
    ChangeCalendarOverrideRejected,
    /// `CompletedWithSuccess`
    CompletedWithSuccess,
    /// `CompletedWithFailure`
    CompletedWithFailure,
    /// `Exited`
    Exited,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `AutomationSubtype`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AutomationSubtype {
    /// `ChangeRequest`
    #[default]
    ChangeRequest,
    /// `AccessRequest`
    AccessRequest,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `AutomationType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AutomationType {
    /// `CrossAccount`
    #[default]
    CrossAccount,
    /// `Local`
    Local,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Defines the basic information about a patch baseline override.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BaselineOverride {
    /// The operating system rule used by the patch baseline override.
    pub operating_system: Option<OperatingSystem>,
    /// A set of patch filters, typically used for approval rules.
    pub global_filters: Option<PatchFilterGroup>,
    /// A set of rules defining the approval rules for a patch baseline.
    pub approval_rules: Option<PatchRuleGroup>,
    /// A list of explicitly approved patches for the baseline.
    pub approved_patches: Option<Vec<String>>,
    /// Defines the compliance level for approved patches. When an approved patch is reported as
    /// missing, this value describes the severity of the compliance violation.
    pub approved_patches_compliance_level: Option<PatchComplianceLevel>,
    /// A list of explicitly rejected patches for the baseline.
    pub rejected_patches: Option<Vec<String>>,
    /// The action for Patch Manager to take on patches included in the `RejectedPackages` list. A
    /// patch can be allowed only if it is a dependency of another package, or blocked entirely
    /// along with packages that include it as a dependency.
    pub rejected_patches_action: Option<PatchAction>,
    /// Indicates whether the list of approved patches includes non-security updates that should be
    /// applied to the managed nodes. The default value is `false`. Applies to Linux managed nodes
    /// only.
    pub approved_patches_enable_non_security: Option<bool>,
    /// Information about the patches to use to update the managed nodes, including target operating
    /// systems and source repositories. Applies to Linux managed nodes only.
    pub sources: Option<Vec<PatchSource>>,
    /// Indicates whether managed nodes for which there are available security-related patches that
    /// have not been approved by the baseline are being defined as `COMPLIANT` or `NON_COMPLIANT`.
    /// This option is specified when the `CreatePatchBaseline` or `UpdatePatchBaseline` commands
    /// are run.
    pub available_security_updates_compliance_status: Option<PatchComplianceStatus>,
}

/// The model's `CalendarState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CalendarState {
    /// `OPEN`
    #[default]
    #[shape(name = "OPEN")]
    Open,
    /// `CLOSED`
    #[shape(name = "CLOSED")]
    Closed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `CancelCommand`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CancelCommandRequest {
    /// The ID of the command you want to cancel.
    pub command_id: String,
    /// (Optional) A list of managed node IDs on which you want to cancel the command. If not
    /// provided, the command is canceled on every node on which it was requested.
    pub instance_ids: Option<Vec<String>>,
}

/// Whether or not the command was successfully canceled. There is no guarantee that a request can
/// be canceled.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CancelCommandResult {}

/// The input of `CancelMaintenanceWindowExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CancelMaintenanceWindowExecutionRequest {
    /// The ID of the maintenance window execution to stop.
    pub window_execution_id: String,
}

/// The output of `CancelMaintenanceWindowExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CancelMaintenanceWindowExecutionResult {
    /// The ID of the maintenance window execution that has been stopped.
    pub window_execution_id: Option<String>,
}

/// Configuration options for sending command output to Amazon CloudWatch Logs.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CloudWatchOutputConfig {
    /// The name of the CloudWatch Logs log group where you want to send command output. If you
    /// don't specify a group name, Amazon Web Services Systems Manager automatically creates a log
    /// group for you. The log group uses the following naming format:
    pub cloud_watch_log_group_name: Option<String>,
    /// Enables Systems Manager to send command output to CloudWatch Logs.
    pub cloud_watch_output_enabled: Option<bool>,
}

/// Describes a command request.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct Command {
    /// A unique identifier for this command.
    pub command_id: Option<String>,
    /// The name of the document requested for execution.
    pub document_name: Option<String>,
    /// The Systems Manager document (SSM document) version.
    pub document_version: Option<String>,
    /// User-specified information about the command, such as a brief description of what the
    /// command should do.
    pub comment: Option<String>,
    /// If a command expires, it changes status to `DeliveryTimedOut` for all invocations that have
    /// the status `InProgress`, `Pending`, or `Delayed`. `ExpiresAfter` is calculated based on the
    /// total timeout for the overall command. For more information, see [Understanding command
    /// timeout
    /// values](https://docs.aws.amazon.com/systems-manager/latest/userguide/monitor-commands.html?icmpid=docs_ec2_console#monitor-about-status-timeouts)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub expires_after: Option<DateTime>,
    /// The parameter values to be inserted in the document when running the command.
    pub parameters: Option<HashMap<String, Vec<String>>>,
    /// The managed node IDs against which this command was requested.
    pub instance_ids: Option<Vec<String>>,
    /// An array of search criteria that targets managed nodes using a Key,Value combination that
    /// you specify. Targets is required if you don't provide one or more managed node IDs in the
    /// call.
    pub targets: Option<Vec<Target>>,
    /// The date and time the command was requested.
    pub requested_date_time: Option<DateTime>,
    /// The status of the command.
    pub status: Option<CommandStatus>,
    /// A detailed status of the command execution. `StatusDetails` includes more information than
    /// `Status` because it includes states resulting from error and concurrency control parameters.
    /// `StatusDetails` can show different results than Status. For more information about these
    /// statuses, see [Understanding command
    /// statuses](https://docs.aws.amazon.com/systems-manager/latest/userguide/monitor-commands.html)
    /// in the *Amazon Web Services Systems Manager User Guide*. StatusDetails can be one of the
    /// following values:
    pub status_details: Option<String>,
    /// (Deprecated) You can no longer specify this parameter. The system ignores it. Instead,
    /// Systems Manager automatically determines the Amazon Web Services Region of the S3 bucket.
    pub output_s3_region: Option<String>,
    /// The S3 bucket where the responses to the command executions should be stored. This was
    /// requested when issuing the command.
    pub output_s3_bucket_name: Option<String>,
    /// The S3 directory path inside the bucket where the responses to the command executions should
    /// be stored. This was requested when issuing the command.
    pub output_s3_key_prefix: Option<String>,
    /// The maximum number of managed nodes that are allowed to run the command at the same time.
    /// You can specify a number of managed nodes, such as 10, or a percentage of nodes, such as
    /// 10%. The default value is 50. For more information about how to use `MaxConcurrency`, see
    /// [Amazon Web Services Systems Manager Run
    /// Command](https://docs.aws.amazon.com/systems-manager/latest/userguide/run-command.html) in
    /// the *Amazon Web Services Systems Manager User Guide*.
    pub max_concurrency: Option<String>,
    /// The maximum number of errors allowed before the system stops sending the command to
    /// additional targets. You can specify a number of errors, such as 10, or a percentage or
    /// errors, such as 10%. The default value is `0`. For more information about how to use
    /// `MaxErrors`, see [Amazon Web Services Systems Manager Run
    /// Command](https://docs.aws.amazon.com/systems-manager/latest/userguide/run-command.html) in
    /// the *Amazon Web Services Systems Manager User Guide*.
    pub max_errors: Option<String>,
    /// The number of targets for the command.
    pub target_count: Option<i32>,
    /// The number of targets for which the command invocation reached a terminal state. Terminal
    /// states include the following: Success, Failed, Execution Timed Out, Delivery Timed Out,
    /// Cancelled, Terminated, or Undeliverable.
    pub completed_count: Option<i32>,
    /// The number of targets for which the status is Failed or Execution Timed Out.
    pub error_count: Option<i32>,
    /// The number of targets for which the status is Delivery Timed Out.
    pub delivery_timed_out_count: Option<i32>,
    /// The Identity and Access Management (IAM) service role that Run Command, a tool in Amazon Web
    /// Services Systems Manager, uses to act on your behalf when sending notifications about
    /// command status changes.
    pub service_role: Option<String>,
    /// Configurations for sending notifications about command status changes.
    pub notification_config: Option<NotificationConfig>,
    /// Amazon CloudWatch Logs information where you want Amazon Web Services Systems Manager to
    /// send the command output.
    pub cloud_watch_output_config: Option<CloudWatchOutputConfig>,
    /// The `TimeoutSeconds` value specified for a command.
    pub timeout_seconds: Option<i32>,
    /// The details for the CloudWatch alarm applied to your command.
    pub alarm_configuration: Option<AlarmConfiguration>,
    /// The CloudWatch alarm that was invoked by the command.
    pub triggered_alarms: Option<Vec<AlarmStateInformation>>,
}

impl ::std::fmt::Debug for Command {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Command")
            .field("command_id", &self.command_id)
            .field("document_name", &self.document_name)
            .field("document_version", &self.document_version)
            .field("comment", &self.comment)
            .field("expires_after", &self.expires_after)
            .field(
                "parameters",
                &self.parameters.as_ref().map(|_| "** redacted **"),
            )
            .field("instance_ids", &self.instance_ids)
            .field("targets", &self.targets)
            .field("requested_date_time", &self.requested_date_time)
            .field("status", &self.status)
            .field("status_details", &self.status_details)
            .field("output_s3_region", &self.output_s3_region)
            .field("output_s3_bucket_name", &self.output_s3_bucket_name)
            .field("output_s3_key_prefix", &self.output_s3_key_prefix)
            .field("max_concurrency", &self.max_concurrency)
            .field("max_errors", &self.max_errors)
            .field("target_count", &self.target_count)
            .field("completed_count", &self.completed_count)
            .field("error_count", &self.error_count)
            .field("delivery_timed_out_count", &self.delivery_timed_out_count)
            .field("service_role", &self.service_role)
            .field("notification_config", &self.notification_config)
            .field("cloud_watch_output_config", &self.cloud_watch_output_config)
            .field("timeout_seconds", &self.timeout_seconds)
            .field("alarm_configuration", &self.alarm_configuration)
            .field("triggered_alarms", &self.triggered_alarms)
            .finish()
    }
}

/// Describes a command filter.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CommandFilter {
    /// The name of the filter.
    #[shape(name = "key")]
    pub key: CommandFilterKey,
    /// The filter value. Valid values for each filter key are as follows:
    #[shape(name = "value")]
    pub value: String,
}

/// The model's `CommandFilterKey`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CommandFilterKey {
    /// `InvokedAfter`
    #[default]
    InvokedAfter,
    /// `InvokedBefore`
    InvokedBefore,
    /// `Status`
    Status,
    /// `ExecutionStage`
    ExecutionStage,
    /// `DocumentName`
    DocumentName,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An invocation is a copy of a command sent to a specific managed node. A command can apply to one
/// or more managed nodes. A command invocation applies to one managed node. For example, if a user
/// runs `SendCommand` against three managed nodes, then a command invocation is created for each
/// requested managed node ID. A command invocation returns status and detail information about a
/// command you ran.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CommandInvocation {
    /// The command against which this invocation was requested.
    pub command_id: Option<String>,
    /// The managed node ID in which this invocation was requested.
    pub instance_id: Option<String>,
    /// The fully qualified host name of the managed node.
    pub instance_name: Option<String>,
    /// User-specified information about the command, such as a brief description of what the
    /// command should do.
    pub comment: Option<String>,
    /// The document name that was requested for execution.
    pub document_name: Option<String>,
    /// The Systems Manager document (SSM document) version.
    pub document_version: Option<String>,
    /// The time and date the request was sent to this managed node.
    pub requested_date_time: Option<DateTime>,
    /// Whether or not the invocation succeeded, failed, or is pending.
    pub status: Option<CommandInvocationStatus>,
    /// A detailed status of the command execution for each invocation (each managed node targeted
    /// by the command). StatusDetails includes more information than Status because it includes
    /// states resulting from error and concurrency control parameters. StatusDetails can show
    /// different results than Status. For more information about these statuses, see [Understanding
    /// command
    /// statuses](https://docs.aws.amazon.com/systems-manager/latest/userguide/monitor-commands.html)
    /// in the *Amazon Web Services Systems Manager User Guide*. StatusDetails can be one of the
    /// following values:
    pub status_details: Option<String>,
    /// Gets the trace output sent by the agent.
    pub trace_output: Option<String>,
    /// The URL to the plugin's StdOut file in Amazon Simple Storage Service (Amazon S3), if the S3
    /// bucket was defined for the parent command. For an invocation, `StandardOutputUrl` is
    /// populated if there is just one plugin defined for the command, and the S3 bucket was defined
    /// for the command.
    pub standard_output_url: Option<String>,
    /// The URL to the plugin's StdErr file in Amazon Simple Storage Service (Amazon S3), if the S3
    /// bucket was defined for the parent command. For an invocation, `StandardErrorUrl` is
    /// populated if there is just one plugin defined for the command, and the S3 bucket was defined
    /// for the command.
    pub standard_error_url: Option<String>,
    /// Plugins processed by the command.
    pub command_plugins: Option<Vec<CommandPlugin>>,
    /// The Identity and Access Management (IAM) service role that Run Command, a tool in Amazon Web
    /// Services Systems Manager, uses to act on your behalf when sending notifications about
    /// command status changes on a per managed node basis.
    pub service_role: Option<String>,
    /// Configurations for sending notifications about command status changes on a per managed node
    /// basis.
    pub notification_config: Option<NotificationConfig>,
    /// Amazon CloudWatch Logs information where you want Amazon Web Services Systems Manager to
    /// send the command output.
    pub cloud_watch_output_config: Option<CloudWatchOutputConfig>,
}

/// The model's `CommandInvocationStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CommandInvocationStatus {
    /// `Pending`
    #[default]
    Pending,
    /// `InProgress`
    InProgress,
    /// `Delayed`
    Delayed,
    /// `Success`
    Success,
    /// `Cancelled`
    Cancelled,
    /// `TimedOut`
    TimedOut,
    /// `Failed`
    Failed,
    /// `Cancelling`
    Cancelling,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Describes plugin details.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CommandPlugin {
    /// The name of the plugin. Must be one of the following: `aws:updateAgent`, `aws:domainjoin`,
    /// `aws:applications`, `aws:runPowerShellScript`, `aws:psmodule`, `aws:cloudWatch`,
    /// `aws:runShellScript`, or `aws:updateSSMAgent`.
    pub name: Option<String>,
    /// The status of this plugin. You can run a document with multiple plugins.
    pub status: Option<CommandPluginStatus>,
    /// A detailed status of the plugin execution. `StatusDetails` includes more information than
    /// Status because it includes states resulting from error and concurrency control parameters.
    /// StatusDetails can show different results than Status. For more information about these
    /// statuses, see [Understanding command
    /// statuses](https://docs.aws.amazon.com/systems-manager/latest/userguide/monitor-commands.html)
    /// in the *Amazon Web Services Systems Manager User Guide*. StatusDetails can be one of the
    /// following values:
    pub status_details: Option<String>,
    /// A numeric response code generated after running the plugin.
    pub response_code: Option<i32>,
    /// The time the plugin started running.
    pub response_start_date_time: Option<DateTime>,
    /// The time the plugin stopped running. Could stop prematurely if, for example, a cancel
    /// command was sent.
    pub response_finish_date_time: Option<DateTime>,
    /// Output of the plugin execution.
    pub output: Option<String>,
    /// The URL for the complete text written by the plugin to stdout in Amazon S3. If the S3 bucket
    /// for the command wasn't specified, then this string is empty.
    pub standard_output_url: Option<String>,
    /// The URL for the complete text written by the plugin to stderr. If execution isn't yet
    /// complete, then this string is empty.
    pub standard_error_url: Option<String>,
    /// (Deprecated) You can no longer specify this parameter. The system ignores it. Instead,
    /// Amazon Web Services Systems Manager automatically determines the S3 bucket region.
    pub output_s3_region: Option<String>,
    /// The S3 bucket where the responses to the command executions should be stored. This was
    /// requested when issuing the command. For example, in the following response:
    pub output_s3_bucket_name: Option<String>,
    /// The S3 directory path inside the bucket where the responses to the command executions should
    /// be stored. This was requested when issuing the command. For example, in the following
    /// response:
    pub output_s3_key_prefix: Option<String>,
}

/// The model's `CommandPluginStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CommandPluginStatus {
    /// `Pending`
    #[default]
    Pending,
    /// `InProgress`
    InProgress,
    /// `Success`
    Success,
    /// `TimedOut`
    TimedOut,
    /// `Cancelled`
    Cancelled,
    /// `Failed`
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `CommandStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CommandStatus {
    /// `Pending`
    #[default]
    Pending,
    /// `InProgress`
    InProgress,
    /// `Success`
    Success,
    /// `Cancelled`
    Cancelled,
    /// `Failed`
    Failed,
    /// `TimedOut`
    TimedOut,
    /// `Cancelling`
    Cancelling,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A summary of the call execution that includes an execution ID, the type of execution (for
/// example, `Command`), and the date/time of the execution using a datetime object that is saved in
/// the following format: `yyyy-MM-dd'T'HH:mm:ss'Z'`
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ComplianceExecutionSummary {
    /// The time the execution ran as a datetime object that is saved in the following format:
    /// `yyyy-MM-dd'T'HH:mm:ss'Z'`
    pub execution_time: DateTime,
    /// An ID created by the system when `PutComplianceItems` was called. For example, `CommandID`
    /// is a valid execution ID. You can use this ID in subsequent calls.
    pub execution_id: Option<String>,
    /// The type of execution. For example, `Command` is a valid execution type.
    pub execution_type: Option<String>,
}

/// Information about the compliance as defined by the resource type. For example, for a patch
/// resource type, `Items` includes information about the PatchSeverity, Classification, and so on.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ComplianceItem {
    /// The compliance type. For example, Association (for a State Manager association), Patch, or
    /// Custom:`string` are all valid compliance types.
    pub compliance_type: Option<String>,
    /// The type of resource. `ManagedInstance` is currently the only supported resource type.
    pub resource_type: Option<String>,
    /// An ID for the resource. For a managed node, this is the node ID.
    pub resource_id: Option<String>,
    /// An ID for the compliance item. For example, if the compliance item is a Windows patch, the
    /// ID could be the number of the KB article; for example: KB4010320.
    pub id: Option<String>,
    /// A title for the compliance item. For example, if the compliance item is a Windows patch, the
    /// title could be the title of the KB article for the patch; for example: Security Update for
    /// Active Directory Federation Services.
    pub title: Option<String>,
    /// The status of the compliance item. An item is either COMPLIANT, NON\_COMPLIANT, or an empty
    /// string (for Windows patches that aren't applicable).
    pub status: Option<ComplianceStatus>,
    /// The severity of the compliance status. Severity can be one of the following: Critical, High,
    /// Medium, Low, Informational, Unspecified.
    pub severity: Option<ComplianceSeverity>,
    /// A summary for the compliance item. The summary includes an execution ID, the execution type
    /// (for example, command), and the execution time.
    pub execution_summary: Option<ComplianceExecutionSummary>,
    /// A "Key": "Value" tag combination for the compliance item.
    pub details: Option<HashMap<String, String>>,
}

/// Information about a compliance item.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ComplianceItemEntry {
    /// The compliance item ID. For example, if the compliance item is a Windows patch, the ID could
    /// be the number of the KB article.
    pub id: Option<String>,
    /// The title of the compliance item. For example, if the compliance item is a Windows patch,
    /// the title could be the title of the KB article for the patch; for example: Security Update
    /// for Active Directory Federation Services.
    pub title: Option<String>,
    /// The severity of the compliance status. Severity can be one of the following: Critical, High,
    /// Medium, Low, Informational, Unspecified.
    pub severity: ComplianceSeverity,
    /// The status of the compliance item. An item is either COMPLIANT or NON\_COMPLIANT.
    pub status: ComplianceStatus,
    /// A "Key": "Value" tag combination for the compliance item.
    pub details: Option<HashMap<String, String>>,
}

/// The model's `ComplianceQueryOperatorType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ComplianceQueryOperatorType {
    /// `EQUAL`
    #[default]
    #[shape(name = "EQUAL")]
    Equal,
    /// `NOT_EQUAL`
    #[shape(name = "NOT_EQUAL")]
    NotEqual,
    /// `BEGIN_WITH`
    #[shape(name = "BEGIN_WITH")]
    BeginWith,
    /// `LESS_THAN`
    #[shape(name = "LESS_THAN")]
    LessThan,
    /// `GREATER_THAN`
    #[shape(name = "GREATER_THAN")]
    GreaterThan,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ComplianceSeverity`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ComplianceSeverity {
    /// `CRITICAL`
    #[default]
    #[shape(name = "CRITICAL")]
    Critical,
    /// `HIGH`
    #[shape(name = "HIGH")]
    High,
    /// `MEDIUM`
    #[shape(name = "MEDIUM")]
    Medium,
    /// `LOW`
    #[shape(name = "LOW")]
    Low,
    /// `INFORMATIONAL`
    #[shape(name = "INFORMATIONAL")]
    Informational,
    /// `UNSPECIFIED`
    #[shape(name = "UNSPECIFIED")]
    Unspecified,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ComplianceStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ComplianceStatus {
    /// `COMPLIANT`
    #[default]
    #[shape(name = "COMPLIANT")]
    Compliant,
    /// `NON_COMPLIANT`
    #[shape(name = "NON_COMPLIANT")]
    NonCompliant,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// One or more filters. Use a filter to return a more specific list of results.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ComplianceStringFilter {
    /// The name of the filter.
    pub key: Option<String>,
    /// The value for which to search.
    pub values: Option<Vec<String>>,
    /// The type of comparison that should be performed for the value: Equal, NotEqual, BeginWith,
    /// LessThan, or GreaterThan.
    pub r#type: Option<ComplianceQueryOperatorType>,
}

/// A summary of compliance information by compliance type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ComplianceSummaryItem {
    /// The type of compliance item. For example, the compliance type can be Association, Patch, or
    /// Custom:string.
    pub compliance_type: Option<String>,
    /// A list of COMPLIANT items for the specified compliance type.
    pub compliant_summary: Option<CompliantSummary>,
    /// A list of NON\_COMPLIANT items for the specified compliance type.
    pub non_compliant_summary: Option<NonCompliantSummary>,
}

/// The model's `ComplianceUploadType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ComplianceUploadType {
    /// `COMPLETE`
    #[default]
    #[shape(name = "COMPLETE")]
    Complete,
    /// `PARTIAL`
    #[shape(name = "PARTIAL")]
    Partial,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A summary of resources that are compliant. The summary is organized according to the resource
/// count for each compliance type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CompliantSummary {
    /// The total number of resources that are compliant.
    pub compliant_count: Option<i32>,
    /// A summary of the compliance severity by compliance type.
    pub severity_summary: Option<SeveritySummary>,
}

/// The model's `ConnectionStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ConnectionStatus {
    /// `connected`
    #[default]
    #[shape(name = "connected")]
    Connected,
    /// `notconnected`
    #[shape(name = "notconnected")]
    Notconnected,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `CreateActivation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateActivationRequest {
    /// A user-defined description of the resource that you want to register with Systems Manager.
    pub description: Option<String>,
    /// The name of the registered, managed node as it will appear in the Amazon Web Services
    /// Systems Manager console or when you use the Amazon Web Services command line tools to list
    /// Systems Manager resources.
    pub default_instance_name: Option<String>,
    /// The name of the Identity and Access Management (IAM) role that you want to assign to the
    /// managed node. This IAM role must provide AssumeRole permissions for the Amazon Web Services
    /// Systems Manager service principal `ssm.amazonaws.com`. For more information, see [Create the
    /// IAM service role required for Systems Manager in a hybrid and multicloud
    /// environments](https://docs.aws.amazon.com/systems-manager/latest/userguide/hybrid-multicloud-service-role.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub iam_role: String,
    /// Specify the maximum number of managed nodes you want to register. The default value is `1`.
    pub registration_limit: Option<i32>,
    /// The date by which this activation request should expire, in timestamp format, such as
    /// "2024-07-07T00:00:00". You can specify a date up to 30 days in advance. If you don't provide
    /// an expiration date, the activation code expires in 24 hours.
    pub expiration_date: Option<DateTime>,
    /// Optional metadata that you assign to a resource. Tags enable you to categorize a resource in
    /// different ways, such as by purpose, owner, or environment. For example, you might want to
    /// tag an activation to identify which servers or virtual machines (VMs) in your on-premises
    /// environment you intend to activate. In this case, you could specify the following key-value
    /// pairs:
    pub tags: Option<Vec<Tag>>,
    /// Reserved for internal use.
    pub registration_metadata: Option<Vec<RegistrationMetadataItem>>,
}

/// The output of `CreateActivation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateActivationResult {
    /// The ID number generated by the system when it processed the activation. The activation ID
    /// functions like a user name.
    pub activation_id: Option<String>,
    /// The code the system generates when it processes the activation. The activation code
    /// functions like a password to validate the activation ID.
    pub activation_code: Option<String>,
}

/// The input of `CreateAssociationBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateAssociationBatchRequest {
    /// One or more associations.
    pub entries: Vec<CreateAssociationBatchRequestEntry>,
    /// A role used by association to take actions on your behalf. State Manager will assume this
    /// role and call required APIs when dispatching configurations to nodes. If not specified, [
    /// service-linked role for Systems
    /// Manager](https://docs.aws.amazon.com/systems-manager/latest/userguide/using-service-linked-roles.html)
    /// will be used by default.
    pub association_dispatch_assume_role: Option<String>,
}

/// Describes the association of a Amazon Web Services Systems Manager document (SSM document) and a
/// managed node.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateAssociationBatchRequestEntry {
    /// The name of the SSM document that contains the configuration information for the managed
    /// node. You can specify Command or Automation runbooks.
    pub name: String,
    /// The managed node ID.
    pub instance_id: Option<String>,
    /// A description of the parameters for a document.
    pub parameters: Option<HashMap<String, Vec<String>>>,
    /// Specify the target for the association. This target is required for associations that use an
    /// Automation runbook and target resources by using rate controls. Automation is a tool in
    /// Amazon Web Services Systems Manager.
    pub automation_target_parameter_name: Option<String>,
    /// The document version.
    pub document_version: Option<String>,
    /// The managed nodes targeted by the request.
    pub targets: Option<Vec<Target>>,
    /// A cron expression that specifies a schedule when the association runs.
    pub schedule_expression: Option<String>,
    /// An S3 bucket where you want to store the results of this request.
    pub output_location: Option<InstanceAssociationOutputLocation>,
    /// Specify a descriptive name for the association.
    pub association_name: Option<String>,
    /// The number of errors that are allowed before the system stops sending requests to run the
    /// association on additional targets. You can specify either an absolute number of errors, for
    /// example 10, or a percentage of the target set, for example 10%. If you specify 3, for
    /// example, the system stops sending requests when the fourth error is received. If you specify
    /// 0, then the system stops sending requests after the first error is returned. If you run an
    /// association on 50 managed nodes and set `MaxError` to 10%, then the system stops sending the
    /// request when the sixth error is received.
    pub max_errors: Option<String>,
    /// The maximum number of targets allowed to run the association at the same time. You can
    /// specify a number, for example 10, or a percentage of the target set, for example 10%. The
    /// default value is 100%, which means all targets run the association at the same time.
    pub max_concurrency: Option<String>,
    /// The severity level to assign to the association.
    pub compliance_severity: Option<AssociationComplianceSeverity>,
    /// The mode for generating association compliance. You can specify `AUTO` or `MANUAL`. In
    /// `AUTO` mode, the system uses the status of the association execution to determine the
    /// compliance status. If the association execution runs successfully, then the association is
    /// `COMPLIANT`. If the association execution doesn't run successfully, the association is
    /// `NON-COMPLIANT`.
    pub sync_compliance: Option<AssociationSyncCompliance>,
    /// By default, when you create a new association, the system runs it immediately after it is
    /// created and then according to the schedule you specified and when target changes are
    /// detected. Specify `true` for `ApplyOnlyAtCronInterval` if you want the association to run
    /// only according to the schedule you specified.
    pub apply_only_at_cron_interval: Option<bool>,
    /// The names or Amazon Resource Names (ARNs) of the Change Calendar type documents your
    /// associations are gated under. The associations only run when that Change Calendar is open.
    /// For more information, see [Amazon Web Services Systems Manager Change
    /// Calendar](https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-change-calendar)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub calendar_names: Option<Vec<String>>,
    /// Use this action to create an association in multiple Regions and multiple accounts.
    pub target_locations: Option<Vec<TargetLocation>>,
    /// Number of days to wait after the scheduled day to run an association.
    pub schedule_offset: Option<i32>,
    /// The number of hours the association can run before it is canceled. Duration applies to
    /// associations that are currently running, and any pending and in progress commands on all
    /// targets. If a target was taken offline for the association to run, it is made available
    /// again immediately, without a reboot.
    pub duration: Option<i32>,
    /// A key-value mapping of document parameters to target resources. Both Targets and TargetMaps
    /// can't be specified together.
    pub target_maps: Option<Vec<HashMap<String, Vec<String>>>>,
    /// The details for the CloudWatch alarm you want to apply to an automation or command.
    pub alarm_configuration: Option<AlarmConfiguration>,
}

impl ::std::fmt::Debug for CreateAssociationBatchRequestEntry {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateAssociationBatchRequestEntry")
            .field("name", &self.name)
            .field("instance_id", &self.instance_id)
            .field(
                "parameters",
                &self.parameters.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "automation_target_parameter_name",
                &self.automation_target_parameter_name,
            )
            .field("document_version", &self.document_version)
            .field("targets", &self.targets)
            .field("schedule_expression", &self.schedule_expression)
            .field("output_location", &self.output_location)
            .field("association_name", &self.association_name)
            .field("max_errors", &self.max_errors)
            .field("max_concurrency", &self.max_concurrency)
            .field("compliance_severity", &self.compliance_severity)
            .field("sync_compliance", &self.sync_compliance)
            .field(
                "apply_only_at_cron_interval",
                &self.apply_only_at_cron_interval,
            )
            .field("calendar_names", &self.calendar_names)
            .field("target_locations", &self.target_locations)
            .field("schedule_offset", &self.schedule_offset)
            .field("duration", &self.duration)
            .field("target_maps", &self.target_maps)
            .field("alarm_configuration", &self.alarm_configuration)
            .finish()
    }
}

/// The output of `CreateAssociationBatch`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateAssociationBatchResult {
    /// Information about the associations that succeeded.
    pub successful: Option<Vec<AssociationDescription>>,
    /// Information about the associations that failed.
    pub failed: Option<Vec<FailedCreateAssociation>>,
}

/// The input of `CreateAssociation`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateAssociationRequest {
    /// The name of the SSM Command document or Automation runbook that contains the configuration
    /// information for the managed node.
    pub name: String,
    /// The document version you want to associate with the targets. Can be a specific version or
    /// the default version.
    pub document_version: Option<String>,
    /// The managed node ID.
    pub instance_id: Option<String>,
    /// The parameters for the runtime configuration of the document.
    pub parameters: Option<HashMap<String, Vec<String>>>,
    /// The targets for the association. You can target managed nodes by using tags, Amazon Web
    /// Services resource groups, all managed nodes in an Amazon Web Services account, or individual
    /// managed node IDs. You can target all managed nodes in an Amazon Web Services account by
    /// specifying the `InstanceIds` key with a value of `*`. For more information about choosing
    /// targets for an association, see [Understanding targets and rate controls in State Manager
    /// associations](https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-state-manager-targets-and-rate-controls.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub targets: Option<Vec<Target>>,
    /// A cron expression when the association will be applied to the targets.
    pub schedule_expression: Option<String>,
    /// An Amazon Simple Storage Service (Amazon S3) bucket where you want to store the output
    /// details of the request.
    pub output_location: Option<InstanceAssociationOutputLocation>,
    /// Specify a descriptive name for the association.
    pub association_name: Option<String>,
    /// Choose the parameter that will define how your automation will branch out. This target is
    /// required for associations that use an Automation runbook and target resources by using rate
    /// controls. Automation is a tool in Amazon Web Services Systems Manager.
    pub automation_target_parameter_name: Option<String>,
    /// The number of errors that are allowed before the system stops sending requests to run the
    /// association on additional targets. You can specify either an absolute number of errors, for
    /// example 10, or a percentage of the target set, for example 10%. If you specify 3, for
    /// example, the system stops sending requests when the fourth error is received. If you specify
    /// 0, then the system stops sending requests after the first error is returned. If you run an
    /// association on 50 managed nodes and set `MaxError` to 10%, then the system stops sending the
    /// request when the sixth error is received.
    pub max_errors: Option<String>,
    /// The maximum number of targets allowed to run the association at the same time. You can
    /// specify a number, for example 10, or a percentage of the target set, for example 10%. The
    /// default value is 100%, which means all targets run the association at the same time.
    pub max_concurrency: Option<String>,
    /// The severity level to assign to the association.
    pub compliance_severity: Option<AssociationComplianceSeverity>,
    /// The mode for generating association compliance. You can specify `AUTO` or `MANUAL`. In
    /// `AUTO` mode, the system uses the status of the association execution to determine the
    /// compliance status. If the association execution runs successfully, then the association is
    /// `COMPLIANT`. If the association execution doesn't run successfully, the association is
    /// `NON-COMPLIANT`.
    pub sync_compliance: Option<AssociationSyncCompliance>,
    /// By default, when you create a new association, the system runs it immediately after it is
    /// created and then according to the schedule you specified and when target changes are
    /// detected. Specify `true` for `ApplyOnlyAtCronInterval`if you want the association to run
    /// only according to the schedule you specified.
    pub apply_only_at_cron_interval: Option<bool>,
    /// The names of Amazon Resource Names (ARNs) of the Change Calendar type documents you want to
    /// gate your associations under. The associations only run when that change calendar is open.
    /// For more information, see [Amazon Web Services Systems Manager Change
    /// Calendar](https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-change-calendar)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub calendar_names: Option<Vec<String>>,
    /// A location is a combination of Amazon Web Services Regions and Amazon Web Services accounts
    /// where you want to run the association. Use this action to create an association in multiple
    /// Regions and multiple accounts.
    pub target_locations: Option<Vec<TargetLocation>>,
    /// Number of days to wait after the scheduled day to run an association. For example, if you
    /// specified a cron schedule of `cron(0 0 ? * THU#2 *)`, you could specify an offset of 3 to
    /// run the association each Sunday after the second Thursday of the month. For more information
    /// about cron schedules for associations, see [Reference: Cron and rate expressions for Systems
    /// Manager](https://docs.aws.amazon.com/systems-manager/latest/userguide/reference-cron-and-rate-expressions.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub schedule_offset: Option<i32>,
    /// The number of hours the association can run before it is canceled. Duration applies to
    /// associations that are currently running, and any pending and in progress commands on all
    /// targets. If a target was taken offline for the association to run, it is made available
    /// again immediately, without a reboot.
    pub duration: Option<i32>,
    /// A key-value mapping of document parameters to target resources. Both Targets and TargetMaps
    /// can't be specified together.
    pub target_maps: Option<Vec<HashMap<String, Vec<String>>>>,
    /// Adds or overwrites one or more tags for a State Manager association. *Tags* are metadata
    /// that you can assign to your Amazon Web Services resources. Tags enable you to categorize
    /// your resources in different ways, for example, by purpose, owner, or environment. Each tag
    /// consists of a key and an optional value, both of which you define.
    pub tags: Option<Vec<Tag>>,
    /// The details for the CloudWatch alarm you want to apply to an automation or command.
    pub alarm_configuration: Option<AlarmConfiguration>,
    /// A role used by association to take actions on your behalf. State Manager will assume this
    /// role and call required APIs when dispatching configurations to nodes. If not specified, [
    /// service-linked role for Systems
    /// Manager](https://docs.aws.amazon.com/systems-manager/latest/userguide/using-service-linked-roles.html)
    /// will be used by default.
    pub association_dispatch_assume_role: Option<String>,
}

impl ::std::fmt::Debug for CreateAssociationRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateAssociationRequest")
            .field("name", &self.name)
            .field("document_version", &self.document_version)
            .field("instance_id", &self.instance_id)
            .field(
                "parameters",
                &self.parameters.as_ref().map(|_| "** redacted **"),
            )
            .field("targets", &self.targets)
            .field("schedule_expression", &self.schedule_expression)
            .field("output_location", &self.output_location)
            .field("association_name", &self.association_name)
            .field(
                "automation_target_parameter_name",
                &self.automation_target_parameter_name,
            )
            .field("max_errors", &self.max_errors)
            .field("max_concurrency", &self.max_concurrency)
            .field("compliance_severity", &self.compliance_severity)
            .field("sync_compliance", &self.sync_compliance)
            .field(
                "apply_only_at_cron_interval",
                &self.apply_only_at_cron_interval,
            )
            .field("calendar_names", &self.calendar_names)
            .field("target_locations", &self.target_locations)
            .field("schedule_offset", &self.schedule_offset)
            .field("duration", &self.duration)
            .field("target_maps", &self.target_maps)
            .field("tags", &self.tags)
            .field("alarm_configuration", &self.alarm_configuration)
            .field(
                "association_dispatch_assume_role",
                &self.association_dispatch_assume_role,
            )
            .finish()
    }
}

/// The output of `CreateAssociation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateAssociationResult {
    /// Information about the association.
    pub association_description: Option<AssociationDescription>,
}

/// The input of `CreateDocument`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateDocumentRequest {
    /// The content for the new SSM document in JSON or YAML format. The content of the document
    /// must not exceed 64KB. This quota also includes the content specified for input parameters at
    /// runtime. We recommend storing the contents for your new document in an external JSON or YAML
    /// file and referencing the file in a command.
    pub content: String,
    /// A list of SSM documents required by a document. This parameter is used exclusively by
    /// AppConfig. When a user creates an AppConfig configuration in an SSM document, the user must
    /// also specify a required document for validation purposes. In this case, an
    /// `ApplicationConfiguration` document requires an `ApplicationConfigurationSchema` document
    /// for validation purposes. For more information, see [What is
    /// AppConfig?](https://docs.aws.amazon.com/appconfig/latest/userguide/what-is-appconfig.html)
    /// in the *AppConfig User Guide*.
    pub requires: Option<Vec<DocumentRequires>>,
    /// A list of key-value pairs that describe attachments to a version of a document.
    pub attachments: Option<Vec<AttachmentsSource>>,
    /// A name for the SSM document.
    pub name: String,
    /// An optional field where you can specify a friendly name for the SSM document. This value can
    /// differ for each version of the document. You can update this value at a later time using the
    /// `UpdateDocument` operation.
    pub display_name: Option<String>,
    /// An optional field specifying the version of the artifact you are creating with the document.
    /// For example, `Release12.1`. This value is unique across all versions of a document, and
    /// can't be changed.
    pub version_name: Option<String>,
    /// The type of document to create.
    pub document_type: Option<DocumentType>,
    /// Specify the document format for the request. The document format can be JSON, YAML, or TEXT.
    /// JSON is the default format.
    pub document_format: Option<DocumentFormat>,
    /// Specify a target type to define the kinds of resources the document can run on. For example,
    /// to run a document on EC2 instances, specify the following value: `/AWS::EC2::Instance`. If
    /// you specify a value of '/' the document can run on all types of resources. If you don't
    /// specify a value, the document can't run on any resources. For a list of valid resource
    /// types, see [Amazon Web Services resource and property types
    /// reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html)
    /// in the *CloudFormation User Guide*.
    pub target_type: Option<String>,
    /// Optional metadata that you assign to a resource. Tags enable you to categorize a resource in
    /// different ways, such as by purpose, owner, or environment. For example, you might want to
    /// tag an SSM document to identify the types of targets or the environment where it will run.
    /// In this case, you could specify the following key-value pairs:
    pub tags: Option<Vec<Tag>>,
}

/// The output of `CreateDocument`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateDocumentResult {
    /// Information about the SSM document.
    pub document_description: Option<DocumentDescription>,
}

/// The input of `CreateMaintenanceWindow`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct CreateMaintenanceWindowRequest {
    /// The name of the maintenance window.
    pub name: String,
    /// An optional description for the maintenance window. We recommend specifying a description to
    /// help you organize your maintenance windows.
    pub description: Option<String>,
    /// The date and time, in ISO-8601 Extended format, for when you want the maintenance window to
    /// become active. `StartDate` allows you to delay activation of the maintenance window until
    /// the specified future date.
    pub start_date: Option<String>,
    /// The date and time, in ISO-8601 Extended format, for when you want the maintenance window to
    /// become inactive. `EndDate` allows you to set a date and time in the future when the
    /// maintenance window will no longer run.
    pub end_date: Option<String>,
    /// The schedule of the maintenance window in the form of a cron or rate expression.
    pub schedule: String,
    /// The time zone that the scheduled maintenance window executions are based on, in Internet
    /// Assigned Numbers Authority (IANA) format. For example: "America/Los\_Angeles", "UTC", or
    /// "Asia/Seoul". For more information, see the [Time Zone
    /// Database](https://www.iana.org/time-zones) on the IANA website.
    pub schedule_timezone: Option<String>,
    /// The number of days to wait after the date and time specified by a cron expression before
    /// running the maintenance window.
    pub schedule_offset: Option<i32>,
    /// The duration of the maintenance window in hours.
    pub duration: i32,
    /// The number of hours before the end of the maintenance window that Amazon Web Services
    /// Systems Manager stops scheduling new tasks for execution.
    pub cutoff: i32,
    /// Enables a maintenance window task to run on managed nodes, even if you haven't registered
    /// those nodes as targets. If enabled, then you must specify the unregistered managed nodes (by
    /// node ID) when you register a task with the maintenance window.
    pub allow_unassociated_targets: bool,
    /// User-provided idempotency token.
    #[shape(idempotency_token)]
    pub client_token: Option<String>,
    /// Optional metadata that you assign to a resource. Tags enable you to categorize a resource in
    /// different ways, such as by purpose, owner, or environment. For example, you might want to
    /// tag a maintenance window to identify the type of tasks it will run, the types of targets,
    /// and the environment it will run in. In this case, you could specify the following key-value
    /// pairs:
    pub tags: Option<Vec<Tag>>,
}

impl ::std::fmt::Debug for CreateMaintenanceWindowRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("CreateMaintenanceWindowRequest")
            .field("name", &self.name)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .field("start_date", &self.start_date)
            .field("end_date", &self.end_date)
            .field("schedule", &self.schedule)
            .field("schedule_timezone", &self.schedule_timezone)
            .field("schedule_offset", &self.schedule_offset)
            .field("duration", &self.duration)
            .field("cutoff", &self.cutoff)
            .field(
                "allow_unassociated_targets",
                &self.allow_unassociated_targets,
            )
            .field("client_token", &self.client_token)
            .field("tags", &self.tags)
            .finish()
    }
}

/// The output of `CreateMaintenanceWindow`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateMaintenanceWindowResult {
    /// The ID of the created maintenance window.
    pub window_id: Option<String>,
}

/// The input of `CreateOpsItem`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateOpsItemRequest {
    /// User-defined text that contains information about the OpsItem, in Markdown format.
    pub description: String,
    /// The type of OpsItem to create. Systems Manager supports the following types of OpsItems:
    pub ops_item_type: Option<String>,
    /// Operational data is custom data that provides useful reference details about the OpsItem.
    /// For example, you can specify log files, error strings, license keys, troubleshooting tips,
    /// or other relevant data. You enter operational data as key-value pairs. The key has a maximum
    /// length of 128 characters. The value has a maximum size of 20 KB.
    pub operational_data: Option<HashMap<String, OpsItemDataValue>>,
    /// The Amazon Resource Name (ARN) of an SNS topic where notifications are sent when this
    /// OpsItem is edited or changed.
    pub notifications: Option<Vec<OpsItemNotification>>,
    /// The importance of this OpsItem in relation to other OpsItems in the system.
    pub priority: Option<i32>,
    /// One or more OpsItems that share something in common with the current OpsItems. For example,
    /// related OpsItems can include OpsItems with similar error messages, impacted resources, or
    /// statuses for the impacted resource.
    pub related_ops_items: Option<Vec<RelatedOpsItem>>,
    /// The origin of the OpsItem, such as Amazon EC2 or Systems Manager.
    pub source: String,
    /// A short heading that describes the nature of the OpsItem and the impacted resource.
    pub title: String,
    /// Optional metadata that you assign to a resource.
    pub tags: Option<Vec<Tag>>,
    /// Specify a category to assign to an OpsItem.
    pub category: Option<String>,
    /// Specify a severity to assign to an OpsItem.
    pub severity: Option<String>,
    /// The time a runbook workflow started. Currently reported only for the OpsItem type
    /// `/aws/changerequest`.
    pub actual_start_time: Option<DateTime>,
    /// The time a runbook workflow ended. Currently reported only for the OpsItem type
    /// `/aws/changerequest`.
    pub actual_end_time: Option<DateTime>,
    /// The time specified in a change request for a runbook workflow to start. Currently supported
    /// only for the OpsItem type `/aws/changerequest`.
    pub planned_start_time: Option<DateTime>,
    /// The time specified in a change request for a runbook workflow to end. Currently supported
    /// only for the OpsItem type `/aws/changerequest`.
    pub planned_end_time: Option<DateTime>,
    /// The target Amazon Web Services account where you want to create an OpsItem. To make this
    /// call, your account must be configured to work with OpsItems across accounts. For more
    /// information, see [Set up
    /// OpsCenter](https://docs.aws.amazon.com/systems-manager/latest/userguide/OpsCenter-setup.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub account_id: Option<String>,
}

/// The output of `CreateOpsItem`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateOpsItemResponse {
    /// The ID of the OpsItem.
    pub ops_item_id: Option<String>,
    /// The OpsItem Amazon Resource Name (ARN).
    pub ops_item_arn: Option<String>,
}

/// The input of `CreateOpsMetadata`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateOpsMetadataRequest {
    /// A resource ID for a new Application Manager application.
    pub resource_id: String,
    /// Metadata for a new Application Manager application.
    pub metadata: Option<HashMap<String, MetadataValue>>,
    /// Optional metadata that you assign to a resource. You can specify a maximum of five tags for
    /// an OpsMetadata object. Tags enable you to categorize a resource in different ways, such as
    /// by purpose, owner, or environment. For example, you might want to tag an OpsMetadata object
    /// to identify an environment or target Amazon Web Services Region. In this case, you could
    /// specify the following key-value pairs:
    pub tags: Option<Vec<Tag>>,
}

/// The output of `CreateOpsMetadata`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateOpsMetadataResult {
    /// The Amazon Resource Name (ARN) of the OpsMetadata Object or blob created by the call.
    pub ops_metadata_arn: Option<String>,
}

/// The input of `CreatePatchBaseline`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreatePatchBaselineRequest {
    /// Defines the operating system the patch baseline applies to. The default value is `WINDOWS`.
    pub operating_system: Option<OperatingSystem>,
    /// The name of the patch baseline.
    pub name: String,
    /// A set of global filters used to include patches in the baseline.
    pub global_filters: Option<PatchFilterGroup>,
    /// A set of rules used to include patches in the baseline.
    pub approval_rules: Option<PatchRuleGroup>,
    /// A list of explicitly approved patches for the baseline.
    pub approved_patches: Option<Vec<String>>,
    /// Defines the compliance level for approved patches. When an approved patch is reported as
    /// missing, this value describes the severity of the compliance violation. The default value is
    /// `UNSPECIFIED`.
    pub approved_patches_compliance_level: Option<PatchComplianceLevel>,
    /// Indicates whether the list of approved patches includes non-security updates that should be
    /// applied to the managed nodes. The default value is `false`. Applies to Linux managed nodes
    /// only.
    pub approved_patches_enable_non_security: Option<bool>,
    /// A list of explicitly rejected patches for the baseline.
    pub rejected_patches: Option<Vec<String>>,
    /// The action for Patch Manager to take on patches included in the `RejectedPackages` list.
    pub rejected_patches_action: Option<PatchAction>,
    /// A description of the patch baseline.
    pub description: Option<String>,
    /// Information about the patches to use to update the managed nodes, including target operating
    /// systems and source repositories. Applies to Linux managed nodes only.
    pub sources: Option<Vec<PatchSource>>,
    /// Indicates the status you want to assign to security patches that are available but not
    /// approved because they don't meet the installation criteria specified in the patch baseline.
    pub available_security_updates_compliance_status: Option<PatchComplianceStatus>,
    /// User-provided idempotency token.
    #[shape(idempotency_token)]
    pub client_token: Option<String>,
    /// Optional metadata that you assign to a resource. Tags enable you to categorize a resource in
    /// different ways, such as by purpose, owner, or environment. For example, you might want to
    /// tag a patch baseline to identify the severity level of patches it specifies and the
    /// operating system family it applies to. In this case, you could specify the following
    /// key-value pairs:
    pub tags: Option<Vec<Tag>>,
}

/// The output of `CreatePatchBaseline`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreatePatchBaselineResult {
    /// The ID of the created patch baseline.
    pub baseline_id: Option<String>,
}

/// The input of `CreateResourceDataSync`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateResourceDataSyncRequest {
    /// A name for the configuration.
    pub sync_name: String,
    /// Amazon S3 configuration details for the sync. This parameter is required if the `SyncType`
    /// value is SyncToDestination.
    pub s3_destination: Option<ResourceDataSyncS3Destination>,
    /// Specify `SyncToDestination` to create a resource data sync that synchronizes data to an S3
    /// bucket for Inventory. If you specify `SyncToDestination`, you must provide a value for
    /// `S3Destination`. Specify `SyncFromSource` to synchronize data from a single account and
    /// multiple Regions, or multiple Amazon Web Services accounts and Amazon Web Services Regions,
    /// as listed in Organizations for Explorer. If you specify `SyncFromSource`, you must provide a
    /// value for `SyncSource`. The default value is `SyncToDestination`.
    pub sync_type: Option<String>,
    /// Specify information about the data sources to synchronize. This parameter is required if the
    /// `SyncType` value is SyncFromSource.
    pub sync_source: Option<ResourceDataSyncSource>,
}

/// The output of `CreateResourceDataSync`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateResourceDataSyncResult {}

/// The temporary security credentials, which include an access key ID, a secret access key, and a
/// security (or session) token.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct Credentials {
    /// The access key ID that identifies the temporary security credentials.
    pub access_key_id: String,
    /// The secret access key that can be used to sign requests.
    pub secret_access_key: String,
    /// The token that users must pass to the service API to use the temporary credentials.
    pub session_token: String,
    /// The datetime on which the current credentials expire.
    pub expiration_time: DateTime,
}

impl ::std::fmt::Debug for Credentials {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"** redacted **")
            .field("session_token", &"** redacted **")
            .field("expiration_time", &self.expiration_time)
            .finish()
    }
}

/// The input of `DeleteActivation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteActivationRequest {
    /// The ID of the activation that you want to delete.
    pub activation_id: String,
}

/// The output of `DeleteActivation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteActivationResult {}

/// The input of `DeleteAssociation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteAssociationRequest {
    /// The name of the SSM document.
    pub name: Option<String>,
    /// The managed node ID.
    pub instance_id: Option<String>,
    /// The association ID that you want to delete.
    pub association_id: Option<String>,
}

/// The output of `DeleteAssociation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteAssociationResult {}

/// The input of `DeleteDocument`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteDocumentRequest {
    /// The name of the document.
    pub name: String,
    /// The version of the document that you want to delete. If not provided, all versions of the
    /// document are deleted.
    pub document_version: Option<String>,
    /// The version name of the document that you want to delete. If not provided, all versions of
    /// the document are deleted.
    pub version_name: Option<String>,
    /// Some SSM document types require that you specify a `Force` flag before you can delete the
    /// document. For example, you must specify a `Force` flag to delete a document of type
    /// `ApplicationConfigurationSchema`. You can restrict access to the `Force` flag in an Identity
    /// and Access Management (IAM) policy.
    pub force: Option<bool>,
}

/// The output of `DeleteDocument`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteDocumentResult {}

/// The input of `DeleteInventory`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteInventoryRequest {
    /// The name of the custom inventory type for which you want to delete either all previously
    /// collected data or the inventory type itself.
    pub type_name: String,
    /// Use the `SchemaDeleteOption` to delete a custom inventory type (schema). If you don't choose
    /// this option, the system only deletes existing inventory data associated with the custom
    /// inventory type. Choose one of the following options:
    pub schema_delete_option: Option<InventorySchemaDeleteOption>,
    /// Use this option to view a summary of the deletion request without deleting any data or the
    /// data type. This option is useful when you only want to understand what will be deleted. Once
    /// you validate that the data to be deleted is what you intend to delete, you can run the same
    /// command without specifying the `DryRun` option.
    pub dry_run: Option<bool>,
    /// User-provided idempotency token.
    #[shape(idempotency_token)]
    pub client_token: Option<String>,
}

/// The output of `DeleteInventory`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteInventoryResult {
    /// Every `DeleteInventory` operation is assigned a unique ID. This option returns a unique ID.
    /// You can use this ID to query the status of a delete operation. This option is useful for
    /// ensuring that a delete operation has completed before you begin other operations.
    pub deletion_id: Option<String>,
    /// The name of the inventory data type specified in the request.
    pub type_name: Option<String>,
    /// A summary of the delete operation. For more information about this summary, see [Deleting
    /// custom
    /// inventory](https://docs.aws.amazon.com/systems-manager/latest/userguide/inventory-custom.html#delete-custom-inventory-summary)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub deletion_summary: Option<InventoryDeletionSummary>,
}

/// The input of `DeleteMaintenanceWindow`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMaintenanceWindowRequest {
    /// The ID of the maintenance window to delete.
    pub window_id: String,
}

/// The output of `DeleteMaintenanceWindow`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMaintenanceWindowResult {
    /// The ID of the deleted maintenance window.
    pub window_id: Option<String>,
}

/// The input of `DeleteOpsItem`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteOpsItemRequest {
    /// The ID of the OpsItem that you want to delete.
    pub ops_item_id: String,
}

/// The output of `DeleteOpsItem`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteOpsItemResponse {}

/// The input of `DeleteOpsMetadata`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteOpsMetadataRequest {
    /// The Amazon Resource Name (ARN) of an OpsMetadata Object to delete.
    pub ops_metadata_arn: String,
}

/// The output of `DeleteOpsMetadata`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteOpsMetadataResult {}

/// The input of `DeleteParameter`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteParameterRequest {
    /// The name of the parameter to delete.
    pub name: String,
}

/// The output of `DeleteParameter`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteParameterResult {}

/// The input of `DeleteParameters`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteParametersRequest {
    /// The names of the parameters to delete. After deleting a parameter, wait for at least 30
    /// seconds to create a parameter with the same name.
    pub names: Vec<String>,
}

/// The output of `DeleteParameters`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteParametersResult {
    /// The names of the deleted parameters.
    pub deleted_parameters: Option<Vec<String>>,
    /// The names of parameters that weren't deleted because the parameters aren't valid.
    pub invalid_parameters: Option<Vec<String>>,
}

/// The input of `DeletePatchBaseline`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeletePatchBaselineRequest {
    /// The ID of the patch baseline to delete.
    pub baseline_id: String,
}

/// The output of `DeletePatchBaseline`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeletePatchBaselineResult {
    /// The ID of the deleted patch baseline.
    pub baseline_id: Option<String>,
}

/// The input of `DeleteResourceDataSync`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteResourceDataSyncRequest {
    /// The name of the configuration to delete.
    pub sync_name: String,
    /// Specify the type of resource data sync to delete.
    pub sync_type: Option<String>,
}

/// The output of `DeleteResourceDataSync`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteResourceDataSyncResult {}

/// The input of `DeleteResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyRequest {
    /// Amazon Resource Name (ARN) of the resource to which the policies are attached.
    pub resource_arn: String,
    /// The policy ID.
    pub policy_id: String,
    /// ID of the current policy version. The hash helps to prevent multiple calls from attempting
    /// to overwrite a policy.
    pub policy_hash: String,
}

/// The output of `DeleteResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyResponse {}

/// The input of `DeregisterManagedInstance`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeregisterManagedInstanceRequest {
    /// The ID assigned to the managed node when you registered it using the activation process.
    pub instance_id: String,
}

/// The output of `DeregisterManagedInstance`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeregisterManagedInstanceResult {}

/// The input of `DeregisterPatchBaselineForPatchGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeregisterPatchBaselineForPatchGroupRequest {
    /// The ID of the patch baseline to deregister the patch group from.
    pub baseline_id: String,
    /// The name of the patch group that should be deregistered from the patch baseline.
    pub patch_group: String,
}

/// The output of `DeregisterPatchBaselineForPatchGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeregisterPatchBaselineForPatchGroupResult {
    /// The ID of the patch baseline the patch group was deregistered from.
    pub baseline_id: Option<String>,
    /// The name of the patch group deregistered from the patch baseline.
    pub patch_group: Option<String>,
}

/// The input of `DeregisterTargetFromMaintenanceWindow`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeregisterTargetFromMaintenanceWindowRequest {
    /// The ID of the maintenance window the target should be removed from.
    pub window_id: String,
    /// The ID of the target definition to remove.
    pub window_target_id: String,
    /// The system checks if the target is being referenced by a task. If the target is being
    /// referenced, the system returns an error and doesn't deregister the target from the
    /// maintenance window.
    pub safe: Option<bool>,
}

/// The output of `DeregisterTargetFromMaintenanceWindow`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeregisterTargetFromMaintenanceWindowResult {
    /// The ID of the maintenance window the target was removed from.
    pub window_id: Option<String>,
    /// The ID of the removed target definition.
    pub window_target_id: Option<String>,
}

/// The input of `DeregisterTaskFromMaintenanceWindow`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeregisterTaskFromMaintenanceWindowRequest {
    /// The ID of the maintenance window the task should be removed from.
    pub window_id: String,
    /// The ID of the task to remove from the maintenance window.
    pub window_task_id: String,
}

/// The output of `DeregisterTaskFromMaintenanceWindow`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeregisterTaskFromMaintenanceWindowResult {
    /// The ID of the maintenance window the task was removed from.
    pub window_id: Option<String>,
    /// The ID of the task removed from the maintenance window.
    pub window_task_id: Option<String>,
}

/// Filter for the DescribeActivation API.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeActivationsFilter {
    /// The name of the filter.
    pub filter_key: Option<DescribeActivationsFilterKeys>,
    /// The filter values.
    pub filter_values: Option<Vec<String>>,
}

/// The model's `DescribeActivationsFilterKeys`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DescribeActivationsFilterKeys {
    /// `ActivationIds`
    #[default]
    ActivationIds,
    /// `DefaultInstanceName`
    DefaultInstanceName,
    /// `IamRole`
    IamRole,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `DescribeActivations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeActivationsRequest {
    /// A filter to view information about your activations.
    pub filters: Option<Vec<DescribeActivationsFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// A token to start the list. Use this token to get the next set of results.
    pub next_token: Option<String>,
}

/// The output of `DescribeActivations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeActivationsResult {
    /// A list of activations for your Amazon Web Services account.
    pub activation_list: Option<Vec<Activation>>,
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
}

/// The input of `DescribeAssociationExecutionTargets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAssociationExecutionTargetsRequest {
    /// The association ID that includes the execution for which you want to view details.
    pub association_id: String,
    /// The execution ID for which you want to view details.
    pub execution_id: String,
    /// Filters for the request. You can specify the following filters and values.
    pub filters: Option<Vec<AssociationExecutionTargetsFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// A token to start the list. Use this token to get the next set of results.
    pub next_token: Option<String>,
}

/// The output of `DescribeAssociationExecutionTargets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAssociationExecutionTargetsResult {
    /// Information about the execution.
    pub association_execution_targets: Option<Vec<AssociationExecutionTarget>>,
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
}

/// The input of `DescribeAssociationExecutions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAssociationExecutionsRequest {
    /// The association ID for which you want to view execution history details.
    pub association_id: String,
    /// Filters for the request. You can specify the following filters and values.
    pub filters: Option<Vec<AssociationExecutionFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// A token to start the list. Use this token to get the next set of results.
    pub next_token: Option<String>,
}

/// The output of `DescribeAssociationExecutions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAssociationExecutionsResult {
    /// A list of the executions for the specified association ID.
    pub association_executions: Option<Vec<AssociationExecution>>,
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
}

/// The input of `DescribeAssociation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAssociationRequest {
    /// The name of the SSM document.
    pub name: Option<String>,
    /// The managed node ID.
    pub instance_id: Option<String>,
    /// The association ID for which you want information.
    pub association_id: Option<String>,
    /// Specify the association version to retrieve. To view the latest version, either specify
    /// `$LATEST` for this parameter, or omit this parameter. To view a list of all associations for
    /// a managed node, use `ListAssociations`. To get a list of versions for a specific
    /// association, use `ListAssociationVersions`.
    pub association_version: Option<String>,
}

/// The output of `DescribeAssociation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAssociationResult {
    /// Information about the association.
    pub association_description: Option<AssociationDescription>,
}

/// The input of `DescribeAutomationExecutions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAutomationExecutionsRequest {
    /// Filters used to limit the scope of executions that are requested.
    pub filters: Option<Vec<AutomationExecutionFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribeAutomationExecutions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAutomationExecutionsResult {
    /// The list of details about each automation execution which has occurred which matches the
    /// filter specification, if any.
    pub automation_execution_metadata_list: Option<Vec<AutomationExecutionMetadata>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribeAutomationStepExecutions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAutomationStepExecutionsRequest {
    /// The Automation execution ID for which you want step execution descriptions.
    pub automation_execution_id: String,
    /// One or more filters to limit the number of step executions returned by the request.
    pub filters: Option<Vec<StepExecutionFilter>>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// Indicates whether to list step executions in reverse order by start time. The default value
    /// is 'false'.
    pub reverse_order: Option<bool>,
}

/// The output of `DescribeAutomationStepExecutions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAutomationStepExecutionsResult {
    /// A list of details about the current state of all steps that make up an execution.
    pub step_executions: Option<Vec<StepExecution>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribeAvailablePatches`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAvailablePatchesRequest {
    /// Each element in the array is a structure containing a key-value pair.
    pub filters: Option<Vec<PatchOrchestratorFilter>>,
    /// The maximum number of patches to return (per page).
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribeAvailablePatches`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAvailablePatchesResult {
    /// An array of patches. Each entry in the array is a patch structure.
    pub patches: Option<Vec<Patch>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribeDocumentPermission`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDocumentPermissionRequest {
    /// The name of the document for which you are the owner.
    pub name: String,
    /// The permission type for the document. The permission type can be *Share*.
    pub permission_type: DocumentPermissionType,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribeDocumentPermission`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDocumentPermissionResponse {
    /// The account IDs that have permission to use this document. The ID can be either an Amazon
    /// Web Services account number or `all`.
    pub account_ids: Option<Vec<String>>,
    /// A list of Amazon Web Services accounts where the current document is shared and the version
    /// shared with each account.
    pub account_sharing_info_list: Option<Vec<AccountSharingInfo>>,
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
}

/// The input of `DescribeDocument`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDocumentRequest {
    /// The name of the SSM document.
    pub name: String,
    /// The document version for which you want information. Can be a specific version or the
    /// default version.
    pub document_version: Option<String>,
    /// An optional field specifying the version of the artifact associated with the document. For
    /// example, 12.6. This value is unique across all versions of a document, and can't be changed.
    pub version_name: Option<String>,
}

/// The output of `DescribeDocument`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDocumentResult {
    /// Information about the SSM document.
    pub document: Option<DocumentDescription>,
}

/// The input of `DescribeEffectiveInstanceAssociations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeEffectiveInstanceAssociationsRequest {
    /// The managed node ID for which you want to view all associations.
    pub instance_id: String,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribeEffectiveInstanceAssociations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeEffectiveInstanceAssociationsResult {
    /// The associations for the requested managed node.
    pub associations: Option<Vec<InstanceAssociation>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribeEffectivePatchesForPatchBaseline`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeEffectivePatchesForPatchBaselineRequest {
    /// The ID of the patch baseline to retrieve the effective patches for.
    pub baseline_id: String,
    /// The maximum number of patches to return (per page).
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribeEffectivePatchesForPatchBaseline`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeEffectivePatchesForPatchBaselineResult {
    /// An array of patches and patch status.
    pub effective_patches: Option<Vec<EffectivePatch>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribeInstanceAssociationsStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInstanceAssociationsStatusRequest {
    /// The managed node IDs for which you want association status information.
    pub instance_id: String,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribeInstanceAssociationsStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInstanceAssociationsStatusResult {
    /// Status information about the association.
    pub instance_association_status_infos: Option<Vec<InstanceAssociationStatusInfo>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribeInstanceInformation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInstanceInformationRequest {
    /// This is a legacy method. We recommend that you don't use this method. Instead, use the
    /// `Filters` data type. `Filters` enables you to return node information by filtering based on
    /// tags applied to managed nodes.
    pub instance_information_filter_list: Option<Vec<InstanceInformationFilter>>,
    /// One or more filters. Use a filter to return a more specific list of managed nodes. You can
    /// filter based on tags applied to your managed nodes. Tag filters can't be combined with other
    /// filter types. Use this `Filters` data type instead of `InstanceInformationFilterList`, which
    /// is deprecated.
    pub filters: Option<Vec<InstanceInformationStringFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results. The default value is 10
    /// items.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribeInstanceInformation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInstanceInformationResult {
    /// The managed node information list.
    pub instance_information_list: Option<Vec<InstanceInformation>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribeInstancePatchStatesForPatchGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInstancePatchStatesForPatchGroupRequest {
    /// The name of the patch group for which the patch state information should be retrieved.
    pub patch_group: String,
    /// Each entry in the array is a structure containing:
    pub filters: Option<Vec<InstancePatchStateFilter>>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of patches to return (per page).
    pub max_results: Option<i32>,
}

/// The output of `DescribeInstancePatchStatesForPatchGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInstancePatchStatesForPatchGroupResult {
    /// The high-level patch state for the requested managed nodes.
    pub instance_patch_states: Option<Vec<InstancePatchState>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribeInstancePatchStates`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInstancePatchStatesRequest {
    /// The ID of the managed node for which patch state information should be retrieved.
    pub instance_ids: Vec<String>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of managed nodes to return (per page).
    pub max_results: Option<i32>,
}

/// The output of `DescribeInstancePatchStates`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInstancePatchStatesResult {
    /// The high-level patch state for the requested managed nodes.
    pub instance_patch_states: Option<Vec<InstancePatchState>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribeInstancePatches`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInstancePatchesRequest {
    /// The ID of the managed node whose patch state information should be retrieved.
    pub instance_id: String,
    /// Each element in the array is a structure containing a key-value pair.
    pub filters: Option<Vec<PatchOrchestratorFilter>>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of patches to return (per page).
    pub max_results: Option<i32>,
}

/// The output of `DescribeInstancePatches`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInstancePatchesResult {
    /// Each entry in the array is a structure containing:
    pub patches: Option<Vec<PatchComplianceData>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribeInstanceProperties`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInstancePropertiesRequest {
    /// An array of instance property filters.
    pub instance_property_filter_list: Option<Vec<InstancePropertyFilter>>,
    /// The request filters to use with the operator.
    pub filters_with_operator: Option<Vec<InstancePropertyStringFilter>>,
    /// The maximum number of items to return for the call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token provided by a previous request to use to return the next set of properties.
    pub next_token: Option<String>,
}

/// The output of `DescribeInstanceProperties`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInstancePropertiesResult {
    /// Properties for the managed instances.
    pub instance_properties: Option<Vec<InstanceProperty>>,
    /// The token for the next set of properties to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
}

/// The input of `DescribeInventoryDeletions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInventoryDeletionsRequest {
    /// Specify the delete inventory ID for which you want information. This ID was returned by the
    /// `DeleteInventory` operation.
    pub deletion_id: Option<String>,
    /// A token to start the list. Use this token to get the next set of results.
    pub next_token: Option<String>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
}

/// The output of `DescribeInventoryDeletions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInventoryDeletionsResult {
    /// A list of status items for deleted inventory.
    pub inventory_deletions: Option<Vec<InventoryDeletionStatusItem>>,
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
}

/// The input of `DescribeMaintenanceWindowExecutionTaskInvocations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMaintenanceWindowExecutionTaskInvocationsRequest {
    /// The ID of the maintenance window execution the task is part of.
    pub window_execution_id: String,
    /// The ID of the specific task in the maintenance window task that should be retrieved.
    pub task_id: String,
    /// Optional filters used to scope down the returned task invocations. The supported filter key
    /// is `STATUS` with the corresponding values `PENDING`, `IN_PROGRESS`, `SUCCESS`, `FAILED`,
    /// `TIMED_OUT`, `CANCELLING`, and `CANCELLED`.
    pub filters: Option<Vec<MaintenanceWindowFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribeMaintenanceWindowExecutionTaskInvocations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMaintenanceWindowExecutionTaskInvocationsResult {
    /// Information about the task invocation results per invocation.
    pub window_execution_task_invocation_identities:
        Option<Vec<MaintenanceWindowExecutionTaskInvocationIdentity>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribeMaintenanceWindowExecutionTasks`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMaintenanceWindowExecutionTasksRequest {
    /// The ID of the maintenance window execution whose task executions should be retrieved.
    pub window_execution_id: String,
    /// Optional filters used to scope down the returned tasks. The supported filter key is `STATUS`
    /// with the corresponding values `PENDING`, `IN_PROGRESS`, `SUCCESS`, `FAILED`, `TIMED_OUT`,
    /// `CANCELLING`, and `CANCELLED`.
    pub filters: Option<Vec<MaintenanceWindowFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribeMaintenanceWindowExecutionTasks`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMaintenanceWindowExecutionTasksResult {
    /// Information about the task executions.
    pub window_execution_task_identities: Option<Vec<MaintenanceWindowExecutionTaskIdentity>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribeMaintenanceWindowExecutions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMaintenanceWindowExecutionsRequest {
    /// The ID of the maintenance window whose executions should be retrieved.
    pub window_id: String,
    /// Each entry in the array is a structure containing:
    pub filters: Option<Vec<MaintenanceWindowFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribeMaintenanceWindowExecutions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMaintenanceWindowExecutionsResult {
    /// Information about the maintenance window executions.
    pub window_executions: Option<Vec<MaintenanceWindowExecution>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribeMaintenanceWindowSchedule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMaintenanceWindowScheduleRequest {
    /// The ID of the maintenance window to retrieve information about.
    pub window_id: Option<String>,
    /// The managed node ID or key-value pair to retrieve information about.
    pub targets: Option<Vec<Target>>,
    /// The type of resource you want to retrieve information about. For example, `INSTANCE`.
    pub resource_type: Option<MaintenanceWindowResourceType>,
    /// Filters used to limit the range of results. For example, you can limit maintenance window
    /// executions to only those scheduled before or after a certain date and time.
    pub filters: Option<Vec<PatchOrchestratorFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribeMaintenanceWindowSchedule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMaintenanceWindowScheduleResult {
    /// Information about maintenance window executions scheduled for the specified time range.
    pub scheduled_window_executions: Option<Vec<ScheduledWindowExecution>>,
    /// The token for the next set of items to return. (You use this token in the next call.)
    pub next_token: Option<String>,
}

/// The input of `DescribeMaintenanceWindowTargets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMaintenanceWindowTargetsRequest {
    /// The ID of the maintenance window whose targets should be retrieved.
    pub window_id: String,
    /// Optional filters that can be used to narrow down the scope of the returned window targets.
    /// The supported filter keys are `Type`, `WindowTargetId`, and `OwnerInformation`.
    pub filters: Option<Vec<MaintenanceWindowFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribeMaintenanceWindowTargets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMaintenanceWindowTargetsResult {
    /// Information about the targets in the maintenance window.
    pub targets: Option<Vec<MaintenanceWindowTarget>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribeMaintenanceWindowTasks`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMaintenanceWindowTasksRequest {
    /// The ID of the maintenance window whose tasks should be retrieved.
    pub window_id: String,
    /// Optional filters used to narrow down the scope of the returned tasks. The supported filter
    /// keys are `WindowTaskId`, `TaskArn`, `Priority`, and `TaskType`.
    pub filters: Option<Vec<MaintenanceWindowFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribeMaintenanceWindowTasks`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMaintenanceWindowTasksResult {
    /// Information about the tasks in the maintenance window.
    pub tasks: Option<Vec<MaintenanceWindowTask>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribeMaintenanceWindowsForTarget`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMaintenanceWindowsForTargetRequest {
    /// The managed node ID or key-value pair to retrieve information about.
    pub targets: Vec<Target>,
    /// The type of resource you want to retrieve information about. For example, `INSTANCE`.
    pub resource_type: MaintenanceWindowResourceType,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribeMaintenanceWindowsForTarget`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMaintenanceWindowsForTargetResult {
    /// Information about the maintenance window targets and tasks a managed node is associated
    /// with.
    pub window_identities: Option<Vec<MaintenanceWindowIdentityForTarget>>,
    /// The token for the next set of items to return. (You use this token in the next call.)
    pub next_token: Option<String>,
}

/// The input of `DescribeMaintenanceWindows`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMaintenanceWindowsRequest {
    /// Optional filters used to narrow down the scope of the returned maintenance windows.
    /// Supported filter keys are `Name` and `Enabled`. For example, `Name=MyMaintenanceWindow` and
    /// `Enabled=True`.
    pub filters: Option<Vec<MaintenanceWindowFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribeMaintenanceWindows`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMaintenanceWindowsResult {
    /// Information about the maintenance windows.
    pub window_identities: Option<Vec<MaintenanceWindowIdentity>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribeOpsItems`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeOpsItemsRequest {
    /// One or more filters to limit the response.
    pub ops_item_filters: Option<Vec<OpsItemFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// A token to start the list. Use this token to get the next set of results.
    pub next_token: Option<String>,
}

/// The output of `DescribeOpsItems`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeOpsItemsResponse {
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
    /// A list of OpsItems.
    pub ops_item_summaries: Option<Vec<OpsItemSummary>>,
}

/// The input of `DescribeParameters`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeParametersRequest {
    /// This data type is deprecated. Instead, use `ParameterFilters`.
    pub filters: Option<Vec<ParametersFilter>>,
    /// Filters to limit the request results.
    pub parameter_filters: Option<Vec<ParameterStringFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// Lists parameters that are shared with you.
    pub shared: Option<bool>,
}

/// The output of `DescribeParameters`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeParametersResult {
    /// Parameters returned by the request.
    pub parameters: Option<Vec<ParameterMetadata>>,
    /// The token to use when requesting the next set of items.
    pub next_token: Option<String>,
}

/// The input of `DescribePatchBaselines`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribePatchBaselinesRequest {
    /// Each element in the array is a structure containing a key-value pair.
    pub filters: Option<Vec<PatchOrchestratorFilter>>,
    /// The maximum number of patch baselines to return (per page).
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribePatchBaselines`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribePatchBaselinesResult {
    /// An array of `PatchBaselineIdentity` elements.
    pub baseline_identities: Option<Vec<PatchBaselineIdentity>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribePatchGroupState`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribePatchGroupStateRequest {
    /// The name of the patch group whose patch snapshot should be retrieved.
    pub patch_group: String,
}

/// The output of `DescribePatchGroupState`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribePatchGroupStateResult {
    /// The number of managed nodes in the patch group.
    pub instances: Option<i32>,
    /// The number of managed nodes with installed patches.
    pub instances_with_installed_patches: Option<i32>,
    /// The number of managed nodes with patches installed that aren't defined in the patch
    /// baseline.
    pub instances_with_installed_other_patches: Option<i32>,
    /// The number of managed nodes with patches installed by Patch Manager that haven't been
    /// rebooted after the patch installation. The status of these managed nodes is `NON_COMPLIANT`.
    pub instances_with_installed_pending_reboot_patches: Option<i32>,
    /// The number of managed nodes with patches installed that are specified in a `RejectedPatches`
    /// list. Patches with a status of `INSTALLED_REJECTED` were typically installed before they
    /// were added to a `RejectedPatches` list.
    pub instances_with_installed_rejected_patches: Option<i32>,
    /// The number of managed nodes with missing patches from the patch baseline.
    pub instances_with_missing_patches: Option<i32>,
    /// The number of managed nodes with patches from the patch baseline that failed to install.
    pub instances_with_failed_patches: Option<i32>,
    /// The number of managed nodes with patches that aren't applicable.
    pub instances_with_not_applicable_patches: Option<i32>,
    /// The number of managed nodes with `NotApplicable` patches beyond the supported limit, which
    /// aren't reported by name to Inventory. Inventory is a tool in Amazon Web Services Systems
    /// Manager.
    pub instances_with_unreported_not_applicable_patches: Option<i32>,
    /// The number of managed nodes where patches that are specified as `Critical` for compliance
    /// reporting in the patch baseline aren't installed. These patches might be missing, have
    /// failed installation, were rejected, or were installed but awaiting a required managed node
    /// reboot. The status of these managed nodes is `NON_COMPLIANT`.
    pub instances_with_critical_non_compliant_patches: Option<i32>,
    /// The number of managed nodes where patches that are specified as `Security` in a patch
    /// advisory aren't installed. These patches might be missing, have failed installation, were
    /// rejected, or were installed but awaiting a required managed node reboot. The status of these
    /// managed nodes is `NON_COMPLIANT`.
    pub instances_with_security_non_compliant_patches: Option<i32>,
    /// The number of managed nodes with patches installed that are specified as other than
    /// `Critical` or `Security` but aren't compliant with the patch baseline. The status of these
    /// managed nodes is `NON_COMPLIANT`.
    pub instances_with_other_non_compliant_patches: Option<i32>,
    /// The number of managed nodes for which security-related patches are available but not
    /// approved because because they didn't meet the patch baseline requirements. For example, an
    /// updated version of a patch might have been released before the specified auto-approval
    /// period was over.
    pub instances_with_available_security_updates: Option<i32>,
}

/// The input of `DescribePatchGroups`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribePatchGroupsRequest {
    /// The maximum number of patch groups to return (per page).
    pub max_results: Option<i32>,
    /// Each element in the array is a structure containing a key-value pair.
    pub filters: Option<Vec<PatchOrchestratorFilter>>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribePatchGroups`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribePatchGroupsResult {
    /// Each entry in the array contains:
    pub mappings: Option<Vec<PatchGroupPatchBaselineMapping>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `DescribePatchProperties`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribePatchPropertiesRequest {
    /// The operating system type for which to list patches.
    pub operating_system: OperatingSystem,
    /// The patch property for which you want to view patch details.
    pub property: PatchProperty,
    /// Indicates whether to list patches for the Windows operating system or for applications
    /// released by Microsoft. Not applicable for the Linux or macOS operating systems.
    pub patch_set: Option<PatchSet>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribePatchProperties`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribePatchPropertiesResult {
    /// A list of the properties for patches matching the filter request parameters.
    pub properties: Option<Vec<HashMap<String, String>>>,
    /// The token for the next set of items to return. (You use this token in the next call.)
    pub next_token: Option<String>,
}

/// The input of `DescribeSessions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeSessionsRequest {
    /// The session status to retrieve a list of sessions for. For example, "Active".
    pub state: SessionState,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// One or more filters to limit the type of sessions returned by the request.
    pub filters: Option<Vec<SessionFilter>>,
}

/// The output of `DescribeSessions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeSessionsResponse {
    /// A list of sessions meeting the request parameters.
    pub sessions: Option<Vec<Session>>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The input of `DisassociateOpsItemRelatedItem`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisassociateOpsItemRelatedItemRequest {
    /// The ID of the OpsItem for which you want to delete an association between the OpsItem and a
    /// related item.
    pub ops_item_id: String,
    /// The ID of the association for which you want to delete an association between the OpsItem
    /// and a related item.
    pub association_id: String,
}

/// The output of `DisassociateOpsItemRelatedItem`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisassociateOpsItemRelatedItemResponse {}

/// A default version of a document.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DocumentDefaultVersionDescription {
    /// The name of the document.
    pub name: Option<String>,
    /// The default version of the document.
    pub default_version: Option<String>,
    /// The default version of the artifact associated with the document.
    pub default_version_name: Option<String>,
}

/// Describes an Amazon Web Services Systems Manager document (SSM document).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DocumentDescription {
    /// The SHA1 hash of the document, which you can use for verification.
    pub sha1: Option<String>,
    /// The Sha256 or Sha1 hash created by the system when the document was created.
    pub hash: Option<String>,
    /// The hash type of the document. Valid values include `Sha256` or `Sha1`.
    pub hash_type: Option<DocumentHashType>,
    /// The name of the SSM document.
    pub name: Option<String>,
    /// The friendly name of the SSM document. This value can differ for each version of the
    /// document. If you want to update this value, see `UpdateDocument`.
    pub display_name: Option<String>,
    /// The version of the artifact associated with the document.
    pub version_name: Option<String>,
    /// The Amazon Web Services user that created the document.
    pub owner: Option<String>,
    /// The date when the document was created.
    pub created_date: Option<DateTime>,
    /// The status of the SSM document.
    pub status: Option<DocumentStatus>,
    /// A message returned by Amazon Web Services Systems Manager that explains the `Status` value.
    /// For example, a `Failed` status might be explained by the `StatusInformation` message, "The
    /// specified S3 bucket doesn't exist. Verify that the URL of the S3 bucket is correct."
    pub status_information: Option<String>,
    /// The document version.
    pub document_version: Option<String>,
    /// A description of the document.
    pub description: Option<String>,
    /// A description of the parameters for a document.
    pub parameters: Option<Vec<DocumentParameter>>,
    /// The list of operating system (OS) platforms compatible with this SSM document.
    pub platform_types: Option<Vec<PlatformType>>,
    /// The type of document.
    pub document_type: Option<DocumentType>,
    /// The schema version.
    pub schema_version: Option<String>,
    /// The latest version of the document.
    pub latest_version: Option<String>,
    /// The default version.
    pub default_version: Option<String>,
    /// The document format, either JSON or YAML.
    pub document_format: Option<DocumentFormat>,
    /// The target type which defines the kinds of resources the document can run on. For example,
    /// `/AWS::EC2::Instance`. For a list of valid resource types, see [Amazon Web Services resource
    /// and property types
    /// reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html)
    /// in the *CloudFormation User Guide*.
    pub target_type: Option<String>,
    /// The tags, or metadata, that have been applied to the document.
    pub tags: Option<Vec<Tag>>,
    /// Details about the document attachments, including names, locations, sizes, and so on.
    pub attachments_information: Option<Vec<AttachmentInformation>>,
    /// A list of SSM documents required by a document. For example, an `ApplicationConfiguration`
    /// document requires an `ApplicationConfigurationSchema` document.
    pub requires: Option<Vec<DocumentRequires>>,
    /// The user in your organization who created the document.
    pub author: Option<String>,
    /// Details about the review of a document.
    pub review_information: Option<Vec<ReviewInformation>>,
    /// The version of the document currently approved for use in the organization.
    pub approved_version: Option<String>,
    /// The version of the document that is currently under review.
    pub pending_review_version: Option<String>,
    /// The current status of the review.
    pub review_status: Option<ReviewStatus>,
    /// The classification of a document to help you identify and categorize its use.
    pub category: Option<Vec<String>>,
    /// The value that identifies a document's category.
    pub category_enum: Option<Vec<String>>,
}

/// This data type is deprecated. Instead, use `DocumentKeyValuesFilter`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DocumentFilter {
    /// The name of the filter.
    #[shape(name = "key")]
    pub key: DocumentFilterKey,
    /// The value of the filter.
    #[shape(name = "value")]
    pub value: String,
}

/// The model's `DocumentFilterKey`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DocumentFilterKey {
    /// `Name`
    #[default]
    Name,
    /// `Owner`
    Owner,
    /// `PlatformTypes`
    PlatformTypes,
    /// `DocumentType`
    DocumentType,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `DocumentFormat`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DocumentFormat {
    /// `YAML`
    #[default]
    #[shape(name = "YAML")]
    Yaml,
    /// `JSON`
    #[shape(name = "JSON")]
    Json,
    /// `TEXT`
    #[shape(name = "TEXT")]
    Text,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `DocumentHashType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DocumentHashType {
    /// `Sha256`
    #[default]
    Sha256,
    /// `Sha1`
    Sha1,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Describes the name of a SSM document.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DocumentIdentifier {
    /// The name of the SSM document.
    pub name: Option<String>,
    /// The date the SSM document was created.
    pub created_date: Option<DateTime>,
    /// An optional field where you can specify a friendly name for the SSM document. This value can
    /// differ for each version of the document. If you want to update this value, see
    /// `UpdateDocument`.
    pub display_name: Option<String>,
    /// The Amazon Web Services user that created the document.
    pub owner: Option<String>,
    /// An optional field specifying the version of the artifact associated with the document. For
    /// example, 12.6. This value is unique across all versions of a document, and can't be changed.
    pub version_name: Option<String>,
    /// The operating system platform.
    pub platform_types: Option<Vec<PlatformType>>,
    /// The document version.
    pub document_version: Option<String>,
    /// The document type.
    pub document_type: Option<DocumentType>,
    /// The schema version.
    pub schema_version: Option<String>,
    /// The document format, either JSON or YAML.
    pub document_format: Option<DocumentFormat>,
    /// The target type which defines the kinds of resources the document can run on. For example,
    /// `/AWS::EC2::Instance`. For a list of valid resource types, see [Amazon Web Services resource
    /// and property types
    /// reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html)
    /// in the *CloudFormation User Guide*.
    pub target_type: Option<String>,
    /// The tags, or metadata, that have been applied to the document.
    pub tags: Option<Vec<Tag>>,
    /// A list of SSM documents required by a document. For example, an `ApplicationConfiguration`
    /// document requires an `ApplicationConfigurationSchema` document.
    pub requires: Option<Vec<DocumentRequires>>,
    /// The current status of a document review.
    pub review_status: Option<ReviewStatus>,
    /// The user in your organization who created the document.
    pub author: Option<String>,
}

/// One or more filters. Use a filter to return a more specific list of documents.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DocumentKeyValuesFilter {
    /// The name of the filter key.
    pub key: Option<String>,
    /// The value for the filter key.
    pub values: Option<Vec<String>>,
}

/// The model's `DocumentMetadataEnum`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DocumentMetadataEnum {
    /// `DocumentReviews`
    #[default]
    DocumentReviews,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Details about the response to a document review request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DocumentMetadataResponseInfo {
    /// Details about a reviewer's response to a document review request.
    pub reviewer_response: Option<Vec<DocumentReviewerResponseSource>>,
}

/// Parameters specified in a Systems Manager document that run on the server when the command is
/// run.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DocumentParameter {
    /// The name of the parameter.
    pub name: Option<String>,
    /// The type of parameter. The type can be either String or StringList.
    pub r#type: Option<DocumentParameterType>,
    /// A description of what the parameter does, how to use it, the default value, and whether or
    /// not the parameter is optional.
    pub description: Option<String>,
    /// If specified, the default values for the parameters. Parameters without a default value are
    /// required. Parameters with a default value are optional.
    pub default_value: Option<String>,
}

/// The model's `DocumentParameterType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DocumentParameterType {
    /// `String`
    #[default]
    String,
    /// `StringList`
    StringList,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `DocumentPermissionType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DocumentPermissionType {
    /// `Share`
    #[default]
    Share,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An SSM document required by the current document.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DocumentRequires {
    /// The name of the required SSM document. The name can be an Amazon Resource Name (ARN).
    pub name: String,
    /// The document version required by the current document.
    pub version: Option<String>,
    /// The document type of the required SSM document.
    pub require_type: Option<String>,
    /// An optional field specifying the version of the artifact associated with the document. For
    /// example, 12.6. This value is unique across all versions of a document, and can't be changed.
    pub version_name: Option<String>,
}

/// The model's `DocumentReviewAction`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DocumentReviewAction {
    /// `SendForReview`
    #[default]
    SendForReview,
    /// `UpdateReview`
    UpdateReview,
    /// `Approve`
    Approve,
    /// `Reject`
    Reject,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about comments added to a document review request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DocumentReviewCommentSource {
    /// The type of information added to a review request. Currently, only the value `Comment` is
    /// supported.
    pub r#type: Option<DocumentReviewCommentType>,
    /// The content of a comment entered by a user who requests a review of a new document version,
    /// or who reviews the new version.
    pub content: Option<String>,
}

/// The model's `DocumentReviewCommentType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DocumentReviewCommentType {
    /// `Comment`
    #[default]
    Comment,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about a reviewer's response to a document review request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DocumentReviewerResponseSource {
    /// The date and time that a reviewer entered a response to a document review request.
    pub create_time: Option<DateTime>,
    /// The date and time that a reviewer last updated a response to a document review request.
    pub updated_time: Option<DateTime>,
    /// The current review status of a new custom SSM document created by a member of your
    /// organization, or of the latest version of an existing SSM document.
    pub review_status: Option<ReviewStatus>,
    /// The comment entered by a reviewer as part of their document review response.
    pub comment: Option<Vec<DocumentReviewCommentSource>>,
    /// The user in your organization assigned to review a document request.
    pub reviewer: Option<String>,
}

/// Information about a document approval review.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DocumentReviews {
    /// The action to take on a document approval review request.
    pub action: DocumentReviewAction,
    /// A comment entered by a user in your organization about the document review request.
    pub comment: Option<Vec<DocumentReviewCommentSource>>,
}

/// The status of a document.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DocumentStatus {
    /// `Creating`
    #[default]
    Creating,
    /// `Active`
    Active,
    /// `Updating`
    Updating,
    /// `Deleting`
    Deleting,
    /// `Failed`
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `DocumentType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DocumentType {
    /// `Command`
    #[default]
    Command,
    /// `Policy`
    Policy,
    /// `Automation`
    Automation,
    /// `Session`
    Session,
    /// `Package`
    Package,
    /// `ApplicationConfiguration`
    ApplicationConfiguration,
    /// `ApplicationConfigurationSchema`
    ApplicationConfigurationSchema,
    /// `DeploymentStrategy`
    DeploymentStrategy,
    /// `ChangeCalendar`
    ChangeCalendar,
    /// `Automation.ChangeTemplate`
    #[shape(name = "Automation.ChangeTemplate")]
    AutomationChangeTemplate,
    /// `ProblemAnalysis`
    ProblemAnalysis,
    /// `ProblemAnalysisTemplate`
    ProblemAnalysisTemplate,
    /// `CloudFormation`
    CloudFormation,
    /// `ConformancePackTemplate`
    ConformancePackTemplate,
    /// `QuickSetup`
    QuickSetup,
    /// `ManualApprovalPolicy`
    ManualApprovalPolicy,
    /// `AutoApprovalPolicy`
    AutoApprovalPolicy,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Version information about the document.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DocumentVersionInfo {
    /// The document name.
    pub name: Option<String>,
    /// The friendly name of the SSM document. This value can differ for each version of the
    /// document. If you want to update this value, see `UpdateDocument`.
    pub display_name: Option<String>,
    /// The document version.
    pub document_version: Option<String>,
    /// The version of the artifact associated with the document. For example, 12.6. This value is
    /// unique across all versions of a document, and can't be changed.
    pub version_name: Option<String>,
    /// The date the document was created.
    pub created_date: Option<DateTime>,
    /// An identifier for the default version of the document.
    pub is_default_version: Option<bool>,
    /// The document format, either JSON or YAML.
    pub document_format: Option<DocumentFormat>,
    /// The status of the SSM document, such as `Creating`, `Active`, `Failed`, and `Deleting`.
    pub status: Option<DocumentStatus>,
    /// A message returned by Amazon Web Services Systems Manager that explains the `Status` value.
    /// For example, a `Failed` status might be explained by the `StatusInformation` message, "The
    /// specified S3 bucket doesn't exist. Verify that the URL of the S3 bucket is correct."
    pub status_information: Option<String>,
    /// The current status of the approval review for the latest version of the document.
    pub review_status: Option<ReviewStatus>,
}

/// The `EffectivePatch` structure defines metadata about a patch along with the approval state of
/// the patch in a particular patch baseline. The approval state includes information about whether
/// the patch is currently approved, due to be approved by a rule, explicitly approved, or
/// explicitly rejected and the date the patch was or will be approved.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EffectivePatch {
    /// Provides metadata for a patch, including information such as the KB ID, severity,
    /// classification and a URL for where more information can be obtained about the patch.
    pub patch: Option<Patch>,
    /// The status of the patch in a patch baseline. This includes information about whether the
    /// patch is currently approved, due to be approved by a rule, explicitly approved, or
    /// explicitly rejected and the date the patch was or will be approved.
    pub patch_status: Option<PatchStatus>,
}

/// Information about the inputs for an execution preview.
#[derive(Shape, Debug, Clone, PartialEq)]
pub enum ExecutionInputs {
    /// Information about the optional inputs that can be specified for an automation execution
    /// preview.
    Automation(AutomationExecutionInputs),
    /// A member this model does not know: its name.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ExecutionMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExecutionMode {
    /// `Auto`
    #[default]
    Auto,
    /// `Interactive`
    Interactive,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about the changes that would be made if an execution were run.
#[derive(Shape, Debug, Clone, PartialEq)]
pub enum ExecutionPreview {
    /// Information about the changes that would be made if an Automation workflow were run.
    Automation(AutomationExecutionPreview),
    /// A member this model does not know: its name.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ExecutionPreviewStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExecutionPreviewStatus {
    /// `Pending`
    #[default]
    Pending,
    /// `InProgress`
    InProgress,
    /// `Success`
    Success,
    /// `Failed`
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ExternalAlarmState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExternalAlarmState {
    /// `UNKNOWN`
    #[default]
    #[shape(name = "UNKNOWN")]
    Unknown,
    /// `ALARM`
    #[shape(name = "ALARM")]
    Alarm,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Other(String),
}

/// Describes a failed association.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FailedCreateAssociation {
    /// The association.
    pub entry: Option<CreateAssociationBatchRequestEntry>,
    /// A description of the failure.
    pub message: Option<String>,
    /// The source of the failure.
    pub fault: Option<Fault>,
}

/// Information about an Automation failure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FailureDetails {
    /// The stage of the Automation execution when the failure occurred. The stages include the
    /// following: InputValidation, PreVerification, Invocation, PostVerification.
    pub failure_stage: Option<String>,
    /// The type of Automation failure. Failure types include the following: Action, Permission,
    /// Throttling, Verification, Internal.
    pub failure_type: Option<String>,
    /// Detailed information about the Automation step failure.
    pub details: Option<HashMap<String, Vec<String>>>,
}

/// The model's `Fault`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Fault {
    /// `Client`
    #[default]
    Client,
    /// `Server`
    Server,
    /// `Unknown`
    Unknown,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Other(String),
}

/// The input of `GetAccessToken`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAccessTokenRequest {
    /// The ID of a just-in-time node access request.
    pub access_request_id: String,
}

/// The output of `GetAccessToken`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAccessTokenResponse {
    /// The temporary security credentials which can be used to start just-in-time node access
    /// sessions.
    pub credentials: Option<Credentials>,
    /// The status of the access request.
    pub access_request_status: Option<AccessRequestStatus>,
}

/// The input of `GetAutomationExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAutomationExecutionRequest {
    /// The unique identifier for an existing automation execution to examine. The execution ID is
    /// returned by StartAutomationExecution when the execution of an Automation runbook is
    /// initiated.
    pub automation_execution_id: String,
}

/// The output of `GetAutomationExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAutomationExecutionResult {
    /// Detailed information about the current state of an automation execution.
    pub automation_execution: Option<AutomationExecution>,
}

/// The input of `GetCalendarState`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetCalendarStateRequest {
    /// The names of Amazon Resource Names (ARNs) of the Systems Manager documents (SSM documents)
    /// that represent the calendar entries for which you want to get the state.
    pub calendar_names: Vec<String>,
    /// (Optional) The specific time for which you want to get calendar state information, in [ISO
    /// 8601](https://en.wikipedia.org/wiki/ISO_8601) format. If you don't specify a value or
    /// `AtTime`, the current time is used.
    pub at_time: Option<String>,
}

/// The output of `GetCalendarState`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetCalendarStateResponse {
    /// The state of the calendar. An `OPEN` calendar indicates that actions are allowed to proceed,
    /// and a `CLOSED` calendar indicates that actions aren't allowed to proceed.
    pub state: Option<CalendarState>,
    /// The time, as an [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) string, that you
    /// specified in your command. If you don't specify a time, `GetCalendarState` uses the current
    /// time.
    pub at_time: Option<String>,
    /// The time, as an [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) string, that the calendar
    /// state will change. If the current calendar state is `OPEN`, `NextTransitionTime` indicates
    /// when the calendar state changes to `CLOSED`, and vice-versa.
    pub next_transition_time: Option<String>,
}

/// The input of `GetCommandInvocation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetCommandInvocationRequest {
    /// (Required) The parent command ID of the invocation plugin.
    pub command_id: String,
    /// (Required) The ID of the managed node targeted by the command. A *managed node* can be an
    /// Amazon Elastic Compute Cloud (Amazon EC2) instance, edge device, and on-premises server or
    /// VM in your hybrid environment that is configured for Amazon Web Services Systems Manager.
    pub instance_id: String,
    /// The name of the step for which you want detailed results. If the document contains only one
    /// step, you can omit the name and details for that step. If the document contains more than
    /// one step, you must specify the name of the step for which you want to view details. Be sure
    /// to specify the name of the step, not the name of a plugin like `aws:RunShellScript`.
    pub plugin_name: Option<String>,
}

/// The output of `GetCommandInvocation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetCommandInvocationResult {
    /// The parent command ID of the invocation plugin.
    pub command_id: Option<String>,
    /// The ID of the managed node targeted by the command. A *managed node* can be an Amazon
    /// Elastic Compute Cloud (Amazon EC2) instance, edge device, or on-premises server or VM in
    /// your hybrid environment that is configured for Amazon Web Services Systems Manager.
    pub instance_id: Option<String>,
    /// The comment text for the command.
    pub comment: Option<String>,
    /// The name of the document that was run. For example, `AWS-RunShellScript`.
    pub document_name: Option<String>,
    /// The Systems Manager document (SSM document) version used in the request.
    pub document_version: Option<String>,
    /// The name of the plugin, or *step name*, for which details are reported. For example,
    /// `aws:RunShellScript` is a plugin.
    pub plugin_name: Option<String>,
    /// The error level response code for the plugin script. If the response code is `-1`, then the
    /// command hasn't started running on the managed node, or it wasn't received by the node.
    pub response_code: Option<i32>,
    /// The date and time the plugin started running. Date and time are written in ISO 8601 format.
    /// For example, June 7, 2017 is represented as 2017-06-7. The following sample Amazon Web
    /// Services CLI command uses the `InvokedBefore` filter.
    pub execution_start_date_time: Option<String>,
    /// Duration since `ExecutionStartDateTime`.
    pub execution_elapsed_time: Option<String>,
    /// The date and time the plugin finished running. Date and time are written in ISO 8601 format.
    /// For example, June 7, 2017 is represented as 2017-06-7. The following sample Amazon Web
    /// Services CLI command uses the `InvokedAfter` filter.
    pub execution_end_date_time: Option<String>,
    /// The status of this invocation plugin. This status can be different than `StatusDetails`.
    pub status: Option<CommandInvocationStatus>,
    /// A detailed status of the command execution for an invocation. `StatusDetails` includes more
    /// information than `Status` because it includes states resulting from error and concurrency
    /// control parameters. `StatusDetails` can show different results than `Status`. For more
    /// information about these statuses, see [Understanding command
    /// statuses](https://docs.aws.amazon.com/systems-manager/latest/userguide/monitor-commands.html)
    /// in the *Amazon Web Services Systems Manager User Guide*. `StatusDetails` can be one of the
    /// following values:
    pub status_details: Option<String>,
    /// The first 24,000 characters written by the plugin to `stdout`. If the command hasn't
    /// finished running, if `ExecutionStatus` is neither Succeeded nor Failed, then this string is
    /// empty.
    pub standard_output_content: Option<String>,
    /// The URL for the complete text written by the plugin to `stdout` in Amazon Simple Storage
    /// Service (Amazon S3). If an S3 bucket wasn't specified, then this string is empty.
    pub standard_output_url: Option<String>,
    /// The first 8,000 characters written by the plugin to `stderr`. If the command hasn't finished
    /// running, then this string is empty.
    pub standard_error_content: Option<String>,
    /// The URL for the complete text written by the plugin to `stderr`. If the command hasn't
    /// finished running, then this string is empty.
    pub standard_error_url: Option<String>,
    /// Amazon CloudWatch Logs information where Systems Manager sent the command output.
    pub cloud_watch_output_config: Option<CloudWatchOutputConfig>,
}

/// The input of `GetConnectionStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetConnectionStatusRequest {
    /// The managed node ID.
    pub target: String,
}

/// The output of `GetConnectionStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetConnectionStatusResponse {
    /// The ID of the managed node to check connection status.
    pub target: Option<String>,
    /// The status of the connection to the managed node.
    pub status: Option<ConnectionStatus>,
}

/// The input of `GetDefaultPatchBaseline`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDefaultPatchBaselineRequest {
    /// Returns the default patch baseline for the specified operating system.
    pub operating_system: Option<OperatingSystem>,
}

/// The output of `GetDefaultPatchBaseline`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDefaultPatchBaselineResult {
    /// The ID of the default patch baseline.
    pub baseline_id: Option<String>,
    /// The operating system for the returned patch baseline.
    pub operating_system: Option<OperatingSystem>,
}

/// The input of `GetDeployablePatchSnapshotForInstance`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDeployablePatchSnapshotForInstanceRequest {
    /// The ID of the managed node for which the appropriate patch snapshot should be retrieved.
    pub instance_id: String,
    /// The snapshot ID provided by the user when running `AWS-RunPatchBaseline`.
    pub snapshot_id: String,
    /// Defines the basic information about a patch baseline override.
    pub baseline_override: Option<BaselineOverride>,
    /// Specifies whether to use S3 dualstack endpoints for the patch snapshot download URL. Set to
    /// `true` to receive a presigned URL that supports both IPv4 and IPv6 connectivity. Set to
    /// `false` to use standard IPv4-only endpoints. Default is `false`. This parameter is required
    /// for managed nodes in IPv6-only environments.
    pub use_s3_dual_stack_endpoint: Option<bool>,
}

/// The output of `GetDeployablePatchSnapshotForInstance`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDeployablePatchSnapshotForInstanceResult {
    /// The managed node ID.
    pub instance_id: Option<String>,
    /// The user-defined snapshot ID.
    pub snapshot_id: Option<String>,
    /// A pre-signed Amazon Simple Storage Service (Amazon S3) URL that can be used to download the
    /// patch snapshot.
    pub snapshot_download_url: Option<String>,
    /// Returns the specific operating system (for example Windows Server 2012 or Amazon Linux
    /// 2015.09) on the managed node for the specified patch snapshot.
    pub product: Option<String>,
}

/// The input of `GetDocument`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDocumentRequest {
    /// The name of the SSM document.
    pub name: String,
    /// An optional field specifying the version of the artifact associated with the document. For
    /// example, 12.6. This value is unique across all versions of a document and can't be changed.
    pub version_name: Option<String>,
    /// The document version for which you want information.
    pub document_version: Option<String>,
    /// Returns the document in the specified format. The document format can be either JSON or
    /// YAML. JSON is the default format.
    pub document_format: Option<DocumentFormat>,
}

/// The output of `GetDocument`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDocumentResult {
    /// The name of the SSM document.
    pub name: Option<String>,
    /// The date the SSM document was created.
    pub created_date: Option<DateTime>,
    /// The friendly name of the SSM document. This value can differ for each version of the
    /// document. If you want to update this value, see `UpdateDocument`.
    pub display_name: Option<String>,
    /// The version of the artifact associated with the document. For example, 12.6. This value is
    /// unique across all versions of a document, and can't be changed.
    pub version_name: Option<String>,
    /// The document version.
    pub document_version: Option<String>,
    /// The status of the SSM document, such as `Creating`, `Active`, `Updating`, `Failed`, and
    /// `Deleting`.
    pub status: Option<DocumentStatus>,
    /// A message returned by Amazon Web Services Systems Manager that explains the `Status` value.
    /// For example, a `Failed` status might be explained by the `StatusInformation` message, "The
    /// specified S3 bucket doesn't exist. Verify that the URL of the S3 bucket is correct."
    pub status_information: Option<String>,
    /// The contents of the SSM document.
    pub content: Option<String>,
    /// The document type.
    pub document_type: Option<DocumentType>,
    /// The document format, either JSON or YAML.
    pub document_format: Option<DocumentFormat>,
    /// A list of SSM documents required by a document. For example, an `ApplicationConfiguration`
    /// document requires an `ApplicationConfigurationSchema` document.
    pub requires: Option<Vec<DocumentRequires>>,
    /// A description of the document attachments, including names, locations, sizes, and so on.
    pub attachments_content: Option<Vec<AttachmentContent>>,
    /// The current review status of a new custom Systems Manager document (SSM document) created by
    /// a member of your organization, or of the latest version of an existing SSM document.
    pub review_status: Option<ReviewStatus>,
}

/// The input of `GetExecutionPreview`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetExecutionPreviewRequest {
    /// The ID of the existing execution preview.
    pub execution_preview_id: String,
}

/// The output of `GetExecutionPreview`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetExecutionPreviewResponse {
    /// The generated ID for the existing execution preview.
    pub execution_preview_id: Option<String>,
    /// A UTC timestamp indicating when the execution preview operation ended.
    pub ended_at: Option<DateTime>,
    /// The current status of the execution preview operation.
    pub status: Option<ExecutionPreviewStatus>,
    /// Supplemental information about the current status of the execution preview.
    pub status_message: Option<String>,
    /// Information about the changes that would be made if an execution were run.
    pub execution_preview: Option<ExecutionPreview>,
}

/// The input of `GetInventory`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetInventoryRequest {
    /// One or more filters. Use a filter to return a more specific list of results.
    pub filters: Option<Vec<InventoryFilter>>,
    /// Returns counts of inventory types based on one or more expressions. For example, if you
    /// aggregate by using an expression that uses the `AWS:InstanceInformation.PlatformType` type,
    /// you can see a count of how many Windows and Linux managed nodes exist in your inventoried
    /// fleet.
    pub aggregators: Option<Vec<InventoryAggregator>>,
    /// The list of inventory item types to return.
    pub result_attributes: Option<Vec<ResultAttribute>>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
}

/// The output of `GetInventory`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetInventoryResult {
    /// Collection of inventory entities such as a collection of managed node inventory.
    pub entities: Option<Vec<InventoryResultEntity>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `GetInventorySchema`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetInventorySchemaRequest {
    /// The type of inventory item to return.
    pub type_name: Option<String>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// Returns inventory schemas that support aggregation. For example, this call returns the
    /// `AWS:InstanceInformation` type, because it supports aggregation based on the `PlatformName`,
    /// `PlatformType`, and `PlatformVersion` attributes.
    pub aggregator: Option<bool>,
    /// Returns the sub-type schema for a specified inventory type.
    pub sub_type: Option<bool>,
}

/// The output of `GetInventorySchema`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetInventorySchemaResult {
    /// Inventory schemas returned by the request.
    pub schemas: Option<Vec<InventoryItemSchema>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `GetMaintenanceWindowExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetMaintenanceWindowExecutionRequest {
    /// The ID of the maintenance window execution that includes the task.
    pub window_execution_id: String,
}

/// The output of `GetMaintenanceWindowExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetMaintenanceWindowExecutionResult {
    /// The ID of the maintenance window execution.
    pub window_execution_id: Option<String>,
    /// The ID of the task executions from the maintenance window execution.
    pub task_ids: Option<Vec<String>>,
    /// The status of the maintenance window execution.
    pub status: Option<MaintenanceWindowExecutionStatus>,
    /// The details explaining the status. Not available for all status values.
    pub status_details: Option<String>,
    /// The time the maintenance window started running.
    pub start_time: Option<DateTime>,
    /// The time the maintenance window finished running.
    pub end_time: Option<DateTime>,
}

/// The input of `GetMaintenanceWindowExecutionTaskInvocation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetMaintenanceWindowExecutionTaskInvocationRequest {
    /// The ID of the maintenance window execution for which the task is a part.
    pub window_execution_id: String,
    /// The ID of the specific task in the maintenance window task that should be retrieved.
    pub task_id: String,
    /// The invocation ID to retrieve.
    pub invocation_id: String,
}

/// The output of `GetMaintenanceWindowExecutionTaskInvocation`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GetMaintenanceWindowExecutionTaskInvocationResult {
    /// The maintenance window execution ID.
    pub window_execution_id: Option<String>,
    /// The task execution ID.
    pub task_execution_id: Option<String>,
    /// The invocation ID.
    pub invocation_id: Option<String>,
    /// The execution ID.
    pub execution_id: Option<String>,
    /// Retrieves the task type for a maintenance window.
    pub task_type: Option<MaintenanceWindowTaskType>,
    /// The parameters used at the time that the task ran.
    pub parameters: Option<String>,
    /// The task status for an invocation.
    pub status: Option<MaintenanceWindowExecutionStatus>,
    /// The details explaining the status. Details are only available for certain status values.
    pub status_details: Option<String>,
    /// The time that the task started running on the target.
    pub start_time: Option<DateTime>,
    /// The time that the task finished running on the target.
    pub end_time: Option<DateTime>,
    /// User-provided value to be included in any Amazon CloudWatch Events or Amazon EventBridge
    /// events raised while running tasks for these targets in this maintenance window.
    pub owner_information: Option<String>,
    /// The maintenance window target ID.
    pub window_target_id: Option<String>,
}

impl ::std::fmt::Debug for GetMaintenanceWindowExecutionTaskInvocationResult {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetMaintenanceWindowExecutionTaskInvocationResult")
            .field("window_execution_id", &self.window_execution_id)
            .field("task_execution_id", &self.task_execution_id)
            .field("invocation_id", &self.invocation_id)
            .field("execution_id", &self.execution_id)
            .field("task_type", &self.task_type)
            .field(
                "parameters",
                &self.parameters.as_ref().map(|_| "** redacted **"),
            )
            .field("status", &self.status)
            .field("status_details", &self.status_details)
            .field("start_time", &self.start_time)
            .field("end_time", &self.end_time)
            .field(
                "owner_information",
                &self.owner_information.as_ref().map(|_| "** redacted **"),
            )
            .field("window_target_id", &self.window_target_id)
            .finish()
    }
}

/// The input of `GetMaintenanceWindowExecutionTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetMaintenanceWindowExecutionTaskRequest {
    /// The ID of the maintenance window execution that includes the task.
    pub window_execution_id: String,
    /// The ID of the specific task execution in the maintenance window task that should be
    /// retrieved.
    pub task_id: String,
}

/// The output of `GetMaintenanceWindowExecutionTask`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GetMaintenanceWindowExecutionTaskResult {
    /// The ID of the maintenance window execution that includes the task.
    pub window_execution_id: Option<String>,
    /// The ID of the specific task execution in the maintenance window task that was retrieved.
    pub task_execution_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the task that ran.
    pub task_arn: Option<String>,
    /// The role that was assumed when running the task.
    pub service_role: Option<String>,
    /// The type of task that was run.
    pub r#type: Option<MaintenanceWindowTaskType>,
    /// The parameters passed to the task when it was run.
    pub task_parameters:
        Option<Vec<HashMap<String, MaintenanceWindowTaskParameterValueExpression>>>,
    /// The priority of the task.
    pub priority: Option<i32>,
    /// The defined maximum number of task executions that could be run in parallel.
    pub max_concurrency: Option<String>,
    /// The defined maximum number of task execution errors allowed before scheduling of the task
    /// execution would have been stopped.
    pub max_errors: Option<String>,
    /// The status of the task.
    pub status: Option<MaintenanceWindowExecutionStatus>,
    /// The details explaining the status. Not available for all status values.
    pub status_details: Option<String>,
    /// The time the task execution started.
    pub start_time: Option<DateTime>,
    /// The time the task execution completed.
    pub end_time: Option<DateTime>,
    /// The details for the CloudWatch alarm you applied to your maintenance window task.
    pub alarm_configuration: Option<AlarmConfiguration>,
    /// The CloudWatch alarms that were invoked by the maintenance window task.
    pub triggered_alarms: Option<Vec<AlarmStateInformation>>,
}

impl ::std::fmt::Debug for GetMaintenanceWindowExecutionTaskResult {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetMaintenanceWindowExecutionTaskResult")
            .field("window_execution_id", &self.window_execution_id)
            .field("task_execution_id", &self.task_execution_id)
            .field("task_arn", &self.task_arn)
            .field("service_role", &self.service_role)
            .field("type", &self.r#type)
            .field(
                "task_parameters",
                &self.task_parameters.as_ref().map(|_| "** redacted **"),
            )
            .field("priority", &self.priority)
            .field("max_concurrency", &self.max_concurrency)
            .field("max_errors", &self.max_errors)
            .field("status", &self.status)
            .field("status_details", &self.status_details)
            .field("start_time", &self.start_time)
            .field("end_time", &self.end_time)
            .field("alarm_configuration", &self.alarm_configuration)
            .field("triggered_alarms", &self.triggered_alarms)
            .finish()
    }
}

/// The input of `GetMaintenanceWindow`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetMaintenanceWindowRequest {
    /// The ID of the maintenance window for which you want to retrieve information.
    pub window_id: String,
}

/// The output of `GetMaintenanceWindow`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GetMaintenanceWindowResult {
    /// The ID of the created maintenance window.
    pub window_id: Option<String>,
    /// The name of the maintenance window.
    pub name: Option<String>,
    /// The description of the maintenance window.
    pub description: Option<String>,
    /// The date and time, in ISO-8601 Extended format, for when the maintenance window is scheduled
    /// to become active. The maintenance window won't run before this specified time.
    pub start_date: Option<String>,
    /// The date and time, in ISO-8601 Extended format, for when the maintenance window is scheduled
    /// to become inactive. The maintenance window won't run after this specified time.
    pub end_date: Option<String>,
    /// The schedule of the maintenance window in the form of a cron or rate expression.
    pub schedule: Option<String>,
    /// The time zone that the scheduled maintenance window executions are based on, in Internet
    /// Assigned Numbers Authority (IANA) format. For example: "America/Los\_Angeles", "UTC", or
    /// "Asia/Seoul". For more information, see the [Time Zone
    /// Database](https://www.iana.org/time-zones) on the IANA website.
    pub schedule_timezone: Option<String>,
    /// The number of days to wait to run a maintenance window after the scheduled cron expression
    /// date and time.
    pub schedule_offset: Option<i32>,
    /// The next time the maintenance window will actually run, taking into account any specified
    /// times for the maintenance window to become active or inactive.
    pub next_execution_time: Option<String>,
    /// The duration of the maintenance window in hours.
    pub duration: Option<i32>,
    /// The number of hours before the end of the maintenance window that Amazon Web Services
    /// Systems Manager stops scheduling new tasks for execution.
    pub cutoff: Option<i32>,
    /// Whether targets must be registered with the maintenance window before tasks can be defined
    /// for those targets.
    pub allow_unassociated_targets: Option<bool>,
    /// Indicates whether the maintenance window is enabled.
    pub enabled: Option<bool>,
    /// The date the maintenance window was created.
    pub created_date: Option<DateTime>,
    /// The date the maintenance window was last modified.
    pub modified_date: Option<DateTime>,
}

impl ::std::fmt::Debug for GetMaintenanceWindowResult {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetMaintenanceWindowResult")
            .field("window_id", &self.window_id)
            .field("name", &self.name)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .field("start_date", &self.start_date)
            .field("end_date", &self.end_date)
            .field("schedule", &self.schedule)
            .field("schedule_timezone", &self.schedule_timezone)
            .field("schedule_offset", &self.schedule_offset)
            .field("next_execution_time", &self.next_execution_time)
            .field("duration", &self.duration)
            .field("cutoff", &self.cutoff)
            .field(
                "allow_unassociated_targets",
                &self.allow_unassociated_targets,
            )
            .field("enabled", &self.enabled)
            .field("created_date", &self.created_date)
            .field("modified_date", &self.modified_date)
            .finish()
    }
}

/// The input of `GetMaintenanceWindowTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetMaintenanceWindowTaskRequest {
    /// The maintenance window ID that includes the task to retrieve.
    pub window_id: String,
    /// The maintenance window task ID to retrieve.
    pub window_task_id: String,
}

/// The output of `GetMaintenanceWindowTask`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct GetMaintenanceWindowTaskResult {
    /// The retrieved maintenance window ID.
    pub window_id: Option<String>,
    /// The retrieved maintenance window task ID.
    pub window_task_id: Option<String>,
    /// The targets where the task should run.
    pub targets: Option<Vec<Target>>,
    /// The resource that the task used during execution. For `RUN_COMMAND` and `AUTOMATION` task
    /// types, the value of `TaskArn` is the SSM document name/ARN. For `LAMBDA` tasks, the value is
    /// the function name/ARN. For `STEP_FUNCTIONS` tasks, the value is the state machine ARN.
    pub task_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM service role for Amazon Web Services Systems
    /// Manager to assume when running a maintenance window task. If you do not specify a service
    /// role ARN, Systems Manager uses a service-linked role in your account. If no appropriate
    /// service-linked role for Systems Manager exists in your account, it is created when you run
    /// `RegisterTaskWithMaintenanceWindow`.
    pub service_role_arn: Option<String>,
    /// The type of task to run.
    pub task_type: Option<MaintenanceWindowTaskType>,
    /// The parameters to pass to the task when it runs.
    pub task_parameters: Option<HashMap<String, MaintenanceWindowTaskParameterValueExpression>>,
    /// The parameters to pass to the task when it runs.
    pub task_invocation_parameters: Option<MaintenanceWindowTaskInvocationParameters>,
    /// The priority of the task when it runs. The lower the number, the higher the priority. Tasks
    /// that have the same priority are scheduled in parallel.
    pub priority: Option<i32>,
    /// The maximum number of targets allowed to run this task in parallel.
    pub max_concurrency: Option<String>,
    /// The maximum number of errors allowed before the task stops being scheduled.
    pub max_errors: Option<String>,
    /// The location in Amazon Simple Storage Service (Amazon S3) where the task results are logged.
    pub logging_info: Option<LoggingInfo>,
    /// The retrieved task name.
    pub name: Option<String>,
    /// The retrieved task description.
    pub description: Option<String>,
    /// The action to take on tasks when the maintenance window cutoff time is reached.
    /// `CONTINUE_TASK` means that tasks continue to run. For Automation, Lambda, Step Functions
    /// tasks, `CANCEL_TASK` means that currently running task invocations continue, but no new task
    /// invocations are started. For Run Command tasks, `CANCEL_TASK` means the system attempts to
    /// stop the task by sending a `CancelCommand` operation.
    pub cutoff_behavior: Option<MaintenanceWindowTaskCutoffBehavior>,
    /// The details for the CloudWatch alarm you applied to your maintenance window task.
    pub alarm_configuration: Option<AlarmConfiguration>,
}

impl ::std::fmt::Debug for GetMaintenanceWindowTaskResult {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("GetMaintenanceWindowTaskResult")
            .field("window_id", &self.window_id)
            .field("window_task_id", &self.window_task_id)
            .field("targets", &self.targets)
            .field("task_arn", &self.task_arn)
            .field("service_role_arn", &self.service_role_arn)
            .field("task_type", &self.task_type)
            .field(
                "task_parameters",
                &self.task_parameters.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "task_invocation_parameters",
                &self.task_invocation_parameters,
            )
            .field("priority", &self.priority)
            .field("max_concurrency", &self.max_concurrency)
            .field("max_errors", &self.max_errors)
            .field("logging_info", &self.logging_info)
            .field("name", &self.name)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .field("cutoff_behavior", &self.cutoff_behavior)
            .field("alarm_configuration", &self.alarm_configuration)
            .finish()
    }
}

/// The input of `GetOpsItem`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetOpsItemRequest {
    /// The ID of the OpsItem that you want to get.
    pub ops_item_id: String,
    /// The OpsItem Amazon Resource Name (ARN).
    pub ops_item_arn: Option<String>,
}

/// The output of `GetOpsItem`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetOpsItemResponse {
    /// The OpsItem.
    pub ops_item: Option<OpsItem>,
}

/// The input of `GetOpsMetadata`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetOpsMetadataRequest {
    /// The Amazon Resource Name (ARN) of an OpsMetadata Object to view.
    pub ops_metadata_arn: String,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// A token to start the list. Use this token to get the next set of results.
    pub next_token: Option<String>,
}

/// The output of `GetOpsMetadata`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetOpsMetadataResult {
    /// The resource ID of the Application Manager application.
    pub resource_id: Option<String>,
    /// OpsMetadata for an Application Manager application.
    pub metadata: Option<HashMap<String, MetadataValue>>,
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
}

/// The input of `GetOpsSummary`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetOpsSummaryRequest {
    /// Specify the name of a resource data sync to get.
    pub sync_name: Option<String>,
    /// Optional filters used to scope down the returned OpsData.
    pub filters: Option<Vec<OpsFilter>>,
    /// Optional aggregators that return counts of OpsData based on one or more expressions.
    pub aggregators: Option<Vec<OpsAggregator>>,
    /// The OpsData data type to return.
    pub result_attributes: Option<Vec<OpsResultAttribute>>,
    /// A token to start the list. Use this token to get the next set of results.
    pub next_token: Option<String>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
}

/// The output of `GetOpsSummary`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetOpsSummaryResult {
    /// The list of aggregated details and filtered OpsData.
    pub entities: Option<Vec<OpsEntity>>,
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
}

/// The input of `GetParameterHistory`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetParameterHistoryRequest {
    /// The name or Amazon Resource Name (ARN) of the parameter for which you want to review
    /// history. For parameters shared with you from another account, you must use the full ARN.
    pub name: String,
    /// Return decrypted values for secure string parameters. This flag is ignored for `String` and
    /// `StringList` parameter types.
    pub with_decryption: Option<bool>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `GetParameterHistory`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetParameterHistoryResult {
    /// A list of parameters returned by the request.
    pub parameters: Option<Vec<ParameterHistory>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `GetParameter`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetParameterRequest {
    /// The name or Amazon Resource Name (ARN) of the parameter that you want to query. For
    /// parameters shared with you from another account, you must use the full ARN.
    pub name: String,
    /// Return decrypted values for secure string parameters. This flag is ignored for `String` and
    /// `StringList` parameter types.
    pub with_decryption: Option<bool>,
}

/// The output of `GetParameter`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetParameterResult {
    /// Information about a parameter.
    pub parameter: Option<Parameter>,
}

/// The input of `GetParametersByPath`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetParametersByPathRequest {
    /// The hierarchy for the parameter. Hierarchies start with a forward slash (/). The hierarchy
    /// is the parameter name except the last part of the parameter. For the API call to succeed,
    /// the last part of the parameter name can't be in the path. A parameter name hierarchy can
    /// have a maximum of 15 levels. Here is an example of a hierarchy:
    /// `/Finance/Prod/IAD/WinServ2016/license33 `
    pub path: String,
    /// Retrieve all parameters within a hierarchy.
    pub recursive: Option<bool>,
    /// Filters to limit the request results.
    pub parameter_filters: Option<Vec<ParameterStringFilter>>,
    /// Retrieve all parameters in a hierarchy with their value decrypted.
    pub with_decryption: Option<bool>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// A token to start the list. Use this token to get the next set of results.
    pub next_token: Option<String>,
}

/// The output of `GetParametersByPath`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetParametersByPathResult {
    /// A list of parameters found in the specified hierarchy.
    pub parameters: Option<Vec<Parameter>>,
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
}

/// The input of `GetParameters`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetParametersRequest {
    /// The names or Amazon Resource Names (ARNs) of the parameters that you want to query. For
    /// parameters shared with you from another account, you must use the full ARNs.
    pub names: Vec<String>,
    /// Return decrypted secure string value. Return decrypted values for secure string parameters.
    /// This flag is ignored for `String` and `StringList` parameter types.
    pub with_decryption: Option<bool>,
}

/// The output of `GetParameters`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetParametersResult {
    /// A list of details for a parameter.
    pub parameters: Option<Vec<Parameter>>,
    /// A list of parameters that aren't formatted correctly or don't run during an execution.
    pub invalid_parameters: Option<Vec<String>>,
}

/// The input of `GetPatchBaselineForPatchGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetPatchBaselineForPatchGroupRequest {
    /// The name of the patch group whose patch baseline should be retrieved.
    pub patch_group: String,
    /// Returns the operating system rule specified for patch groups using the patch baseline.
    pub operating_system: Option<OperatingSystem>,
}

/// The output of `GetPatchBaselineForPatchGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetPatchBaselineForPatchGroupResult {
    /// The ID of the patch baseline that should be used for the patch group.
    pub baseline_id: Option<String>,
    /// The name of the patch group.
    pub patch_group: Option<String>,
    /// The operating system rule specified for patch groups using the patch baseline.
    pub operating_system: Option<OperatingSystem>,
}

/// The input of `GetPatchBaseline`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetPatchBaselineRequest {
    /// The ID of the patch baseline to retrieve.
    pub baseline_id: String,
}

/// The output of `GetPatchBaseline`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetPatchBaselineResult {
    /// The ID of the retrieved patch baseline.
    pub baseline_id: Option<String>,
    /// The name of the patch baseline.
    pub name: Option<String>,
    /// Returns the operating system specified for the patch baseline.
    pub operating_system: Option<OperatingSystem>,
    /// A set of global filters used to exclude patches from the baseline.
    pub global_filters: Option<PatchFilterGroup>,
    /// A set of rules used to include patches in the baseline.
    pub approval_rules: Option<PatchRuleGroup>,
    /// A list of explicitly approved patches for the baseline.
    pub approved_patches: Option<Vec<String>>,
    /// Returns the specified compliance severity level for approved patches in the patch baseline.
    pub approved_patches_compliance_level: Option<PatchComplianceLevel>,
    /// Indicates whether the list of approved patches includes non-security updates that should be
    /// applied to the managed nodes. The default value is `false`. Applies to Linux managed nodes
    /// only.
    pub approved_patches_enable_non_security: Option<bool>,
    /// A list of explicitly rejected patches for the baseline.
    pub rejected_patches: Option<Vec<String>>,
    /// The action specified to take on patches included in the `RejectedPatches` list. A patch can
    /// be allowed only if it is a dependency of another package, or blocked entirely along with
    /// packages that include it as a dependency.
    pub rejected_patches_action: Option<PatchAction>,
    /// Patch groups included in the patch baseline.
    pub patch_groups: Option<Vec<String>>,
    /// The date the patch baseline was created.
    pub created_date: Option<DateTime>,
    /// The date the patch baseline was last modified.
    pub modified_date: Option<DateTime>,
    /// A description of the patch baseline.
    pub description: Option<String>,
    /// Information about the patches to use to update the managed nodes, including target operating
    /// systems and source repositories. Applies to Linux managed nodes only.
    pub sources: Option<Vec<PatchSource>>,
    /// Indicates the compliance status of managed nodes for which security-related patches are
    /// available but were not approved. This preference is specified when the `CreatePatchBaseline`
    /// or `UpdatePatchBaseline` commands are run.
    pub available_security_updates_compliance_status: Option<PatchComplianceStatus>,
}

/// The input of `GetResourcePolicies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetResourcePoliciesRequest {
    /// Amazon Resource Name (ARN) of the resource to which the policies are attached.
    pub resource_arn: String,
    /// A token to start the list. Use this token to get the next set of results.
    pub next_token: Option<String>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
}

/// The output of `GetResourcePolicies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetResourcePoliciesResponse {
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
    /// An array of the `Policy` object.
    pub policies: Option<Vec<GetResourcePoliciesResponseEntry>>,
}

/// A resource policy helps you to define the IAM entity (for example, an Amazon Web Services
/// account) that can manage your Systems Manager resources. Currently, `OpsItemGroup` is the only
/// resource that supports Systems Manager resource policies. The resource policy for `OpsItemGroup`
/// enables Amazon Web Services accounts to view and interact with OpsCenter operational work items
/// (OpsItems).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetResourcePoliciesResponseEntry {
    /// A policy ID.
    pub policy_id: Option<String>,
    /// ID of the current policy version. The hash helps to prevent a situation where multiple users
    /// attempt to overwrite a policy. You must provide this hash when updating or deleting a
    /// policy.
    pub policy_hash: Option<String>,
    /// A resource policy helps you to define the IAM entity (for example, an Amazon Web Services
    /// account) that can manage your Systems Manager resources. Currently, `OpsItemGroup` is the
    /// only resource that supports Systems Manager resource policies. The resource policy for
    /// `OpsItemGroup` enables Amazon Web Services accounts to view and interact with OpsCenter
    /// operational work items (OpsItems).
    pub policy: Option<String>,
}

/// The request body of the GetServiceSetting API operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetServiceSettingRequest {
    /// The ID of the service setting to get. The setting ID can be one of the following.
    pub setting_id: String,
}

/// The query result body of the GetServiceSetting API operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetServiceSettingResult {
    /// The query result of the current service setting.
    pub service_setting: Option<ServiceSetting>,
}

/// The model's `ImpactType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ImpactType {
    /// `Mutating`
    #[default]
    Mutating,
    /// `NonMutating`
    NonMutating,
    /// `Undetermined`
    Undetermined,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Status information about the aggregated associations.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceAggregatedAssociationOverview {
    /// Detailed status information about the aggregated associations.
    pub detailed_status: Option<String>,
    /// The number of associations for the managed nodes.
    pub instance_association_status_aggregated_count: Option<HashMap<String, i32>>,
}

/// One or more association documents on the managed node.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceAssociation {
    /// The association ID.
    pub association_id: Option<String>,
    /// The managed node ID.
    pub instance_id: Option<String>,
    /// The content of the association document for the managed nodes.
    pub content: Option<String>,
    /// Version information for the association on the managed node.
    pub association_version: Option<String>,
}

/// An S3 bucket where you want to store the results of this request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceAssociationOutputLocation {
    /// An S3 bucket where you want to store the results of this request.
    pub s3_location: Option<S3OutputLocation>,
}

/// The URL of S3 bucket where you want to store the results of this request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceAssociationOutputUrl {
    /// The URL of S3 bucket where you want to store the results of this request.
    pub s3_output_url: Option<S3OutputUrl>,
}

/// Status information about the association.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceAssociationStatusInfo {
    /// The association ID.
    pub association_id: Option<String>,
    /// The name of the association.
    pub name: Option<String>,
    /// The association document versions.
    pub document_version: Option<String>,
    /// The version of the association applied to the managed node.
    pub association_version: Option<String>,
    /// The managed node ID where the association was created.
    pub instance_id: Option<String>,
    /// The date the association ran.
    pub execution_date: Option<DateTime>,
    /// Status information about the association.
    pub status: Option<String>,
    /// Detailed status information about the association.
    pub detailed_status: Option<String>,
    /// Summary information about association execution.
    pub execution_summary: Option<String>,
    /// An error code returned by the request to create the association.
    pub error_code: Option<String>,
    /// A URL for an S3 bucket where you want to store the results of this request.
    pub output_url: Option<InstanceAssociationOutputUrl>,
    /// The name of the association applied to the managed node.
    pub association_name: Option<String>,
}

/// Details about a specific managed node.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct InstanceInfo {
    /// The type of agent installed on the node.
    pub agent_type: Option<String>,
    /// The version number of the agent installed on the node.
    pub agent_version: Option<String>,
    /// The fully qualified host name of the managed node.
    pub computer_name: Option<String>,
    /// The current status of the managed node.
    pub instance_status: Option<String>,
    /// The IP address of the managed node.
    pub ip_address: Option<String>,
    /// Indicates whether the node is managed by Systems Manager.
    pub managed_status: Option<ManagedStatus>,
    /// The operating system platform type of the managed node.
    pub platform_type: Option<PlatformType>,
    /// The name of the operating system platform running on your managed node.
    pub platform_name: Option<String>,
    /// The version of the OS platform running on your managed node.
    pub platform_version: Option<String>,
    /// The type of instance, either an EC2 instance or another supported machine type in a hybrid
    /// fleet.
    pub resource_type: Option<ResourceType>,
}

impl ::std::fmt::Debug for InstanceInfo {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InstanceInfo")
            .field("agent_type", &self.agent_type)
            .field("agent_version", &self.agent_version)
            .field("computer_name", &self.computer_name)
            .field("instance_status", &self.instance_status)
            .field(
                "ip_address",
                &self.ip_address.as_ref().map(|_| "** redacted **"),
            )
            .field("managed_status", &self.managed_status)
            .field("platform_type", &self.platform_type)
            .field("platform_name", &self.platform_name)
            .field("platform_version", &self.platform_version)
            .field("resource_type", &self.resource_type)
            .finish()
    }
}

/// Describes a filter for a specific list of managed nodes.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct InstanceInformation {
    /// The managed node ID.
    pub instance_id: Option<String>,
    /// Connection status of SSM Agent.
    pub ping_status: Option<PingStatus>,
    /// The date and time when the agent last pinged the Systems Manager service.
    pub last_ping_date_time: Option<DateTime>,
    /// The version of SSM Agent running on your Linux managed node.
    pub agent_version: Option<String>,
    /// Indicates whether the latest version of SSM Agent is running on your Linux managed node.
    /// This field doesn't indicate whether or not the latest version is installed on Windows
    /// managed nodes, because some older versions of Windows Server use the EC2Config service to
    /// process Systems Manager requests.
    pub is_latest_version: Option<bool>,
    /// The operating system platform type.
    pub platform_type: Option<PlatformType>,
    /// The name of the operating system platform running on your managed node.
    pub platform_name: Option<String>,
    /// The version of the OS platform running on your managed node.
    pub platform_version: Option<String>,
    /// The activation ID created by Amazon Web Services Systems Manager when the server or virtual
    /// machine (VM) was registered.
    pub activation_id: Option<String>,
    /// The role assigned to an Amazon EC2 instance configured with a Systems Manager Quick Setup
    /// host management configuration or the role assigned to an on-premises managed node.
    pub iam_role: Option<String>,
    /// The date the server or VM was registered with Amazon Web Services as a managed node.
    pub registration_date: Option<DateTime>,
    /// The type of instance. Instances are either EC2 instances or managed instances.
    pub resource_type: Option<ResourceType>,
    /// The name assigned to an on-premises server, edge device, or virtual machine (VM) when it is
    /// activated as a Systems Manager managed node. The name is specified as the
    /// `DefaultInstanceName` property using the `CreateActivation` command. It is applied to the
    /// managed node by specifying the Activation Code and Activation ID when you install SSM Agent
    /// on the node, as explained in [How to install SSM Agent on hybrid Linux
    /// nodes](https://docs.aws.amazon.com/systems-manager/latest/userguide/hybrid-multicloud-ssm-agent-install-linux.html)
    /// and [How to install SSM Agent on hybrid Windows Server
    /// nodes](https://docs.aws.amazon.com/systems-manager/latest/userguide/hybrid-multicloud-ssm-agent-install-windows.html).
    /// To retrieve the `Name` tag of an EC2 instance, use the Amazon EC2 `DescribeInstances`
    /// operation. For information, see
    /// [DescribeInstances](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeInstances.html)
    /// in the *Amazon EC2 API Reference* or
    /// [describe-instances](https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-instances.html)
    /// in the *Amazon Web Services CLI Command Reference*.
    pub name: Option<String>,
    /// The IP address of the managed node.
    #[shape(name = "IPAddress")]
    pub ip_address: Option<String>,
    /// The fully qualified host name of the managed node.
    pub computer_name: Option<String>,
    /// The status of the association.
    pub association_status: Option<String>,
    /// The date the association was last run.
    pub last_association_execution_date: Option<DateTime>,
    /// The last date the association was successfully run.
    pub last_successful_association_execution_date: Option<DateTime>,
    /// Information about the association.
    pub association_overview: Option<InstanceAggregatedAssociationOverview>,
    /// The ID of the source resource. For IoT Greengrass devices, `SourceId` is the Thing name.
    pub source_id: Option<String>,
    /// The type of the source resource. For IoT Greengrass devices, `SourceType` is
    /// `AWS::IoT::Thing`.
    pub source_type: Option<SourceType>,
}

impl ::std::fmt::Debug for InstanceInformation {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InstanceInformation")
            .field("instance_id", &self.instance_id)
            .field("ping_status", &self.ping_status)
            .field("last_ping_date_time", &self.last_ping_date_time)
            .field("agent_version", &self.agent_version)
            .field("is_latest_version", &self.is_latest_version)
            .field("platform_type", &self.platform_type)
            .field("platform_name", &self.platform_name)
            .field("platform_version", &self.platform_version)
            .field("activation_id", &self.activation_id)
            .field("iam_role", &self.iam_role)
            .field("registration_date", &self.registration_date)
            .field("resource_type", &self.resource_type)
            .field("name", &self.name)
            .field(
                "ip_address",
                &self.ip_address.as_ref().map(|_| "** redacted **"),
            )
            .field("computer_name", &self.computer_name)
            .field("association_status", &self.association_status)
            .field(
                "last_association_execution_date",
                &self.last_association_execution_date,
            )
            .field(
                "last_successful_association_execution_date",
                &self.last_successful_association_execution_date,
            )
            .field("association_overview", &self.association_overview)
            .field("source_id", &self.source_id)
            .field("source_type", &self.source_type)
            .finish()
    }
}

/// Describes a filter for a specific list of managed nodes. You can filter node information by
/// using tags. You specify tags by using a key-value mapping.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceInformationFilter {
    /// The name of the filter.
    #[shape(name = "key")]
    pub key: InstanceInformationFilterKey,
    /// The filter values.
    #[shape(name = "valueSet")]
    pub value_set: Vec<String>,
}

/// The model's `InstanceInformationFilterKey`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InstanceInformationFilterKey {
    /// `InstanceIds`
    #[default]
    InstanceIds,
    /// `AgentVersion`
    AgentVersion,
    /// `PingStatus`
    PingStatus,
    /// `PlatformTypes`
    PlatformTypes,
    /// `ActivationIds`
    ActivationIds,
    /// `IamRole`
    IamRole,
    /// `ResourceType`
    ResourceType,
    /// `AssociationStatus`
    AssociationStatus,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The filters to describe or get information about your managed nodes.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceInformationStringFilter {
    /// The filter key name to describe your managed nodes.
    pub key: String,
    /// The filter values.
    pub values: Vec<String>,
}

/// Defines the high-level patch compliance state for a managed node, providing information about
/// the number of installed, missing, not applicable, and failed patches along with metadata about
/// the operation when this information was gathered for the managed node.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct InstancePatchState {
    /// The ID of the managed node the high-level patch compliance information was collected for.
    pub instance_id: String,
    /// The name of the patch group the managed node belongs to.
    pub patch_group: String,
    /// The ID of the patch baseline used to patch the managed node.
    pub baseline_id: String,
    /// The ID of the patch baseline snapshot used during the patching operation when this
    /// compliance data was collected.
    pub snapshot_id: Option<String>,
    /// An https URL or an Amazon Simple Storage Service (Amazon S3) path-style URL to a list of
    /// patches to be installed. This patch installation list, which you maintain in an S3 bucket in
    /// YAML format and specify in the SSM document `AWS-RunPatchBaseline`, overrides the patches
    /// specified by the default patch baseline.
    pub install_override_list: Option<String>,
    /// Placeholder information. This field will always be empty in the current release of the
    /// service.
    pub owner_information: Option<String>,
    /// The number of patches from the patch baseline that are installed on the managed node.
    pub installed_count: Option<i32>,
    /// The number of patches not specified in the patch baseline that are installed on the managed
    /// node.
    pub installed_other_count: Option<i32>,
    /// The number of patches installed by Patch Manager since the last time the managed node was
    /// rebooted.
    pub installed_pending_reboot_count: Option<i32>,
    /// The number of patches installed on a managed node that are specified in a `RejectedPatches`
    /// list. Patches with a status of `InstalledRejected` were typically installed before they were
    /// added to a `RejectedPatches` list.
    pub installed_rejected_count: Option<i32>,
    /// The number of patches from the patch baseline that are applicable for the managed node but
    /// aren't currently installed.
    pub missing_count: Option<i32>,
    /// The number of patches from the patch baseline that were attempted to be installed during the
    /// last patching operation, but failed to install.
    pub failed_count: Option<i32>,
    /// The number of patches beyond the supported limit of `NotApplicableCount` that aren't
    /// reported by name to Inventory. Inventory is a tool in Amazon Web Services Systems Manager.
    pub unreported_not_applicable_count: Option<i32>,
    /// The number of patches from the patch baseline that aren't applicable for the managed node
    /// and therefore aren't installed on the node. This number may be truncated if the list of
    /// patch names is very large. The number of patches beyond this limit are reported in
    /// `UnreportedNotApplicableCount`.
    pub not_applicable_count: Option<i32>,
    /// The number of security-related patches that are available but not approved because they
    /// didn't meet the patch baseline requirements. For example, an updated version of a patch
    /// might have been released before the specified auto-approval period was over.
    pub available_security_update_count: Option<i32>,
    /// The time the most recent patching operation was started on the managed node.
    pub operation_start_time: DateTime,
    /// The time the most recent patching operation completed on the managed node.
    pub operation_end_time: DateTime,
    /// The type of patching operation that was performed: or
    pub operation: PatchOperationType,
    /// The time of the last attempt to patch the managed node with `NoReboot` specified as the
    /// reboot option.
    pub last_no_reboot_install_operation_time: Option<DateTime>,
    /// Indicates the reboot option specified in the patch baseline.
    pub reboot_option: Option<RebootOption>,
    /// The number of patches per node that are specified as `Critical` for compliance reporting in
    /// the patch baseline aren't installed. These patches might be missing, have failed
    /// installation, were rejected, or were installed but awaiting a required managed node reboot.
    /// The status of these managed nodes is `NON_COMPLIANT`.
    pub critical_non_compliant_count: Option<i32>,
    /// The number of patches per node that are specified as `Security` in a patch advisory aren't
    /// installed. These patches might be missing, have failed installation, were rejected, or were
    /// installed but awaiting a required managed node reboot. The status of these managed nodes is
    /// `NON_COMPLIANT`.
    pub security_non_compliant_count: Option<i32>,
    /// The number of patches per node that are specified as other than `Critical` or `Security` but
    /// aren't compliant with the patch baseline. The status of these managed nodes is
    /// `NON_COMPLIANT`.
    pub other_non_compliant_count: Option<i32>,
}

impl ::std::fmt::Debug for InstancePatchState {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InstancePatchState")
            .field("instance_id", &self.instance_id)
            .field("patch_group", &self.patch_group)
            .field("baseline_id", &self.baseline_id)
            .field("snapshot_id", &self.snapshot_id)
            .field("install_override_list", &self.install_override_list)
            .field(
                "owner_information",
                &self.owner_information.as_ref().map(|_| "** redacted **"),
            )
            .field("installed_count", &self.installed_count)
            .field("installed_other_count", &self.installed_other_count)
            .field(
                "installed_pending_reboot_count",
                &self.installed_pending_reboot_count,
            )
            .field("installed_rejected_count", &self.installed_rejected_count)
            .field("missing_count", &self.missing_count)
            .field("failed_count", &self.failed_count)
            .field(
                "unreported_not_applicable_count",
                &self.unreported_not_applicable_count,
            )
            .field("not_applicable_count", &self.not_applicable_count)
            .field(
                "available_security_update_count",
                &self.available_security_update_count,
            )
            .field("operation_start_time", &self.operation_start_time)
            .field("operation_end_time", &self.operation_end_time)
            .field("operation", &self.operation)
            .field(
                "last_no_reboot_install_operation_time",
                &self.last_no_reboot_install_operation_time,
            )
            .field("reboot_option", &self.reboot_option)
            .field(
                "critical_non_compliant_count",
                &self.critical_non_compliant_count,
            )
            .field(
                "security_non_compliant_count",
                &self.security_non_compliant_count,
            )
            .field("other_non_compliant_count", &self.other_non_compliant_count)
            .finish()
    }
}

/// Defines a filter used in `DescribeInstancePatchStatesForPatchGroup` to scope down the
/// information returned by the API.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstancePatchStateFilter {
    /// The key for the filter. Supported values include the following:
    pub key: String,
    /// The value for the filter. Must be an integer greater than or equal to 0.
    pub values: Vec<String>,
    /// The type of comparison that should be performed for the value.
    pub r#type: InstancePatchStateOperatorType,
}

/// The model's `InstancePatchStateOperatorType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InstancePatchStateOperatorType {
    /// `Equal`
    #[default]
    Equal,
    /// `NotEqual`
    NotEqual,
    /// `LessThan`
    LessThan,
    /// `GreaterThan`
    GreaterThan,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object containing various properties of a managed node.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct InstanceProperty {
    /// The value of the EC2 `Name` tag associated with the node. If a `Name` tag hasn't been
    /// applied to the node, this value is blank.
    pub name: Option<String>,
    /// The ID of the managed node.
    pub instance_id: Option<String>,
    /// The instance type of the managed node. For example, t3.large.
    pub instance_type: Option<String>,
    /// The instance profile attached to the node. If an instance profile isn't attached to the
    /// node, this value is blank.
    pub instance_role: Option<String>,
    /// The name of the key pair associated with the node. If a key pair isnt't associated with the
    /// node, this value is blank.
    pub key_name: Option<String>,
    /// The current state of the node.
    pub instance_state: Option<String>,
    /// The CPU architecture of the node. For example, `x86_64`.
    pub architecture: Option<String>,
    /// The public IPv4 address assigned to the node. If a public IPv4 address isn't assigned to the
    /// node, this value is blank.
    #[shape(name = "IPAddress")]
    pub ip_address: Option<String>,
    /// The timestamp for when the node was launched.
    pub launch_time: Option<DateTime>,
    /// Connection status of the SSM Agent on the managed node.
    pub ping_status: Option<PingStatus>,
    /// The date and time when the SSM Agent last pinged the Systems Manager service.
    pub last_ping_date_time: Option<DateTime>,
    /// The version of SSM Agent running on your managed node.
    pub agent_version: Option<String>,
    /// The operating system platform type of the managed node. For example, Windows Server or
    /// Amazon Linux 2.
    pub platform_type: Option<PlatformType>,
    /// The name of the operating system platform running on your managed node.
    pub platform_name: Option<String>,
    /// The version of the OS platform running on your managed node.
    pub platform_version: Option<String>,
    /// The activation ID created by Systems Manager when the server or virtual machine (VM) was
    /// registered
    pub activation_id: Option<String>,
    /// The IAM role used in the hybrid activation to register the node with Systems Manager.
    pub iam_role: Option<String>,
    /// The date the node was registered with Systems Manager.
    pub registration_date: Option<DateTime>,
    /// The type of managed node.
    pub resource_type: Option<String>,
    /// The fully qualified host name of the managed node.
    pub computer_name: Option<String>,
    /// The status of the State Manager association applied to the managed node.
    pub association_status: Option<String>,
    /// The date the association was last run.
    pub last_association_execution_date: Option<DateTime>,
    /// The last date the association was successfully run.
    pub last_successful_association_execution_date: Option<DateTime>,
    /// Status information about the aggregated associations.
    pub association_overview: Option<InstanceAggregatedAssociationOverview>,
    /// The ID of the source resource.
    pub source_id: Option<String>,
    /// The type of the source resource.
    pub source_type: Option<SourceType>,
}

impl ::std::fmt::Debug for InstanceProperty {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("InstanceProperty")
            .field("name", &self.name)
            .field("instance_id", &self.instance_id)
            .field("instance_type", &self.instance_type)
            .field("instance_role", &self.instance_role)
            .field("key_name", &self.key_name)
            .field("instance_state", &self.instance_state)
            .field("architecture", &self.architecture)
            .field(
                "ip_address",
                &self.ip_address.as_ref().map(|_| "** redacted **"),
            )
            .field("launch_time", &self.launch_time)
            .field("ping_status", &self.ping_status)
            .field("last_ping_date_time", &self.last_ping_date_time)
            .field("agent_version", &self.agent_version)
            .field("platform_type", &self.platform_type)
            .field("platform_name", &self.platform_name)
            .field("platform_version", &self.platform_version)
            .field("activation_id", &self.activation_id)
            .field("iam_role", &self.iam_role)
            .field("registration_date", &self.registration_date)
            .field("resource_type", &self.resource_type)
            .field("computer_name", &self.computer_name)
            .field("association_status", &self.association_status)
            .field(
                "last_association_execution_date",
                &self.last_association_execution_date,
            )
            .field(
                "last_successful_association_execution_date",
                &self.last_successful_association_execution_date,
            )
            .field("association_overview", &self.association_overview)
            .field("source_id", &self.source_id)
            .field("source_type", &self.source_type)
            .finish()
    }
}

/// Describes a filter for a specific list of managed nodes. You can filter node information by
/// using tags. You specify tags by using a key-value mapping.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstancePropertyFilter {
    /// The name of the filter.
    #[shape(name = "key")]
    pub key: InstancePropertyFilterKey,
    /// The filter values.
    #[shape(name = "valueSet")]
    pub value_set: Vec<String>,
}

/// The model's `InstancePropertyFilterKey`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InstancePropertyFilterKey {
    /// `InstanceIds`
    #[default]
    InstanceIds,
    /// `AgentVersion`
    AgentVersion,
    /// `PingStatus`
    PingStatus,
    /// `PlatformTypes`
    PlatformTypes,
    /// `DocumentName`
    DocumentName,
    /// `ActivationIds`
    ActivationIds,
    /// `IamRole`
    IamRole,
    /// `ResourceType`
    ResourceType,
    /// `AssociationStatus`
    AssociationStatus,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `InstancePropertyFilterOperator`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InstancePropertyFilterOperator {
    /// `Equal`
    #[default]
    Equal,
    /// `NotEqual`
    NotEqual,
    /// `BeginWith`
    BeginWith,
    /// `LessThan`
    LessThan,
    /// `GreaterThan`
    GreaterThan,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The filters to describe or get information about your managed nodes.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstancePropertyStringFilter {
    /// The filter key name to describe your managed nodes.
    pub key: String,
    /// The filter key name to describe your managed nodes.
    pub values: Vec<String>,
    /// The operator used by the filter call.
    pub operator: Option<InstancePropertyFilterOperator>,
}

/// Specifies the inventory type and attribute for the aggregation execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryAggregator {
    /// The inventory type and attribute name for aggregation.
    pub expression: Option<String>,
    /// Nested aggregators to further refine aggregation for an inventory type.
    pub aggregators: Option<Vec<InventoryAggregator>>,
    /// A user-defined set of one or more filters on which to aggregate inventory data. Groups
    /// return a count of resources that match and don't match the specified criteria.
    pub groups: Option<Vec<InventoryGroup>>,
}

/// The model's `InventoryAttributeDataType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InventoryAttributeDataType {
    /// `string`
    #[default]
    #[shape(name = "string")]
    String,
    /// `number`
    #[shape(name = "number")]
    Number,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `InventoryDeletionStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InventoryDeletionStatus {
    /// `InProgress`
    #[default]
    InProgress,
    /// `Complete`
    Complete,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Status information returned by the `DeleteInventory` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryDeletionStatusItem {
    /// The deletion ID returned by the `DeleteInventory` operation.
    pub deletion_id: Option<String>,
    /// The name of the inventory data type.
    pub type_name: Option<String>,
    /// The UTC timestamp when the delete operation started.
    pub deletion_start_time: Option<DateTime>,
    /// The status of the operation. Possible values are InProgress and Complete.
    pub last_status: Option<InventoryDeletionStatus>,
    /// Information about the status.
    pub last_status_message: Option<String>,
    /// Information about the delete operation. For more information about this summary, see
    /// [Understanding the delete inventory
    /// summary](https://docs.aws.amazon.com/systems-manager/latest/userguide/inventory-custom.html#delete-custom-inventory)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub deletion_summary: Option<InventoryDeletionSummary>,
    /// The UTC timestamp of when the last status report.
    pub last_status_update_time: Option<DateTime>,
}

/// Information about the delete operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryDeletionSummary {
    /// The total number of items to delete. This count doesn't change during the delete operation.
    pub total_count: Option<i32>,
    /// Remaining number of items to delete.
    pub remaining_count: Option<i32>,
    /// A list of counts and versions for deleted items.
    pub summary_items: Option<Vec<InventoryDeletionSummaryItem>>,
}

/// Either a count, remaining count, or a version number in a delete inventory summary.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryDeletionSummaryItem {
    /// The inventory type version.
    pub version: Option<String>,
    /// A count of the number of deleted items.
    pub count: Option<i32>,
    /// The remaining number of items to delete.
    pub remaining_count: Option<i32>,
}

/// One or more filters. Use a filter to return a more specific list of results.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryFilter {
    /// The name of the filter key.
    pub key: String,
    /// Inventory filter values.
    pub values: Vec<String>,
    /// The type of filter.
    pub r#type: Option<InventoryQueryOperatorType>,
}

/// A user-defined set of one or more filters on which to aggregate inventory data. Groups return a
/// count of resources that match and don't match the specified criteria.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryGroup {
    /// The name of the group.
    pub name: String,
    /// Filters define the criteria for the group. The `matchingCount` field displays the number of
    /// resources that match the criteria. The `notMatchingCount` field displays the number of
    /// resources that don't match the criteria.
    pub filters: Vec<InventoryFilter>,
}

/// Information collected from managed nodes based on your inventory policy document
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryItem {
    /// The name of the inventory type. Default inventory item type names start with `AWS`. Custom
    /// inventory type names will start with Custom. Default inventory item types include the
    /// following: `AWS:AWSComponent`, `AWS:Application`, `AWS:InstanceInformation`, `AWS:Network`,
    /// and `AWS:WindowsUpdate`.
    pub type_name: String,
    /// The schema version for the inventory item.
    pub schema_version: String,
    /// The time the inventory information was collected.
    pub capture_time: String,
    /// MD5 hash of the inventory item type contents. The content hash is used to determine whether
    /// to update inventory information. The PutInventory API doesn't update the inventory item type
    /// contents if the MD5 hash hasn't changed since last update.
    pub content_hash: Option<String>,
    /// The inventory data of the inventory type.
    pub content: Option<Vec<HashMap<String, String>>>,
    /// A map of associated properties for a specified inventory type. For example, with this
    /// attribute, you can specify the `ExecutionId`, `ExecutionType`, `ComplianceType` properties
    /// of the `AWS:ComplianceItem` type.
    pub context: Option<HashMap<String, String>>,
}

/// Attributes are the entries within the inventory item content. It contains name and value.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryItemAttribute {
    /// Name of the inventory item attribute.
    pub name: String,
    /// The data type of the inventory item attribute.
    pub data_type: InventoryAttributeDataType,
}

/// The inventory item schema definition. Users can use this to compose inventory query filters.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryItemSchema {
    /// The name of the inventory type. Default inventory item type names start with Amazon Web
    /// Services. Custom inventory type names will start with Custom. Default inventory item types
    /// include the following: `AWS:AWSComponent`, `AWS:Application`, `AWS:InstanceInformation`,
    /// `AWS:Network`, and `AWS:WindowsUpdate`.
    pub type_name: String,
    /// The schema version for the inventory item.
    pub version: Option<String>,
    /// The schema attributes for inventory. This contains data type and attribute name.
    pub attributes: Vec<InventoryItemAttribute>,
    /// The alias name of the inventory type. The alias name is used for display purposes.
    pub display_name: Option<String>,
}

/// The model's `InventoryQueryOperatorType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InventoryQueryOperatorType {
    /// `Equal`
    #[default]
    Equal,
    /// `NotEqual`
    NotEqual,
    /// `BeginWith`
    BeginWith,
    /// `LessThan`
    LessThan,
    /// `GreaterThan`
    GreaterThan,
    /// `Exists`
    Exists,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Inventory query results.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryResultEntity {
    /// ID of the inventory result entity. For example, for managed node inventory the result will
    /// be the managed node ID. For EC2 instance inventory, the result will be the instance ID.
    pub id: Option<String>,
    /// The data section in the inventory result entity JSON.
    pub data: Option<HashMap<String, InventoryResultItem>>,
}

/// The inventory result item.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InventoryResultItem {
    /// The name of the inventory result item type.
    pub type_name: String,
    /// The schema version for the inventory result item/
    pub schema_version: String,
    /// The time inventory item data was captured.
    pub capture_time: Option<String>,
    /// MD5 hash of the inventory item type contents. The content hash is used to determine whether
    /// to update inventory information. The PutInventory API doesn't update the inventory item type
    /// contents if the MD5 hash hasn't changed since last update.
    pub content_hash: Option<String>,
    /// Contains all the inventory data of the item type. Results include attribute names and
    /// values.
    pub content: Vec<HashMap<String, String>>,
}

/// The model's `InventorySchemaDeleteOption`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InventorySchemaDeleteOption {
    /// `DisableSchema`
    #[default]
    DisableSchema,
    /// `DeleteSchema`
    DeleteSchema,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `LabelParameterVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LabelParameterVersionRequest {
    /// The parameter name on which you want to attach one or more labels.
    pub name: String,
    /// The specific version of the parameter on which you want to attach one or more labels. If no
    /// version is specified, the system attaches the label to the latest version.
    pub parameter_version: Option<i64>,
    /// One or more labels to attach to the specified parameter version.
    pub labels: Vec<String>,
}

/// The output of `LabelParameterVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LabelParameterVersionResult {
    /// The label doesn't meet the requirements. For information about parameter label requirements,
    /// see [Working with parameter
    /// labels](https://docs.aws.amazon.com/systems-manager/latest/userguide/sysman-paramstore-labels.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub invalid_labels: Option<Vec<String>>,
    /// The version of the parameter that has been labeled.
    pub parameter_version: Option<i64>,
}

/// The model's `LastResourceDataSyncStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LastResourceDataSyncStatus {
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

/// The input of `ListAssociationVersions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAssociationVersionsRequest {
    /// The association ID for which you want to view all versions.
    pub association_id: String,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// A token to start the list. Use this token to get the next set of results.
    pub next_token: Option<String>,
}

/// The output of `ListAssociationVersions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAssociationVersionsResult {
    /// Information about all versions of the association for the specified association ID.
    pub association_versions: Option<Vec<AssociationVersionInfo>>,
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
}

/// The input of `ListAssociations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAssociationsRequest {
    /// One or more filters. Use a filter to return a more specific list of results.
    pub association_filter_list: Option<Vec<AssociationFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `ListAssociations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAssociationsResult {
    /// The associations.
    pub associations: Option<Vec<Association>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `ListCommandInvocations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListCommandInvocationsRequest {
    /// (Optional) The invocations for a specific command ID.
    pub command_id: Option<String>,
    /// (Optional) The command execution details for a specific managed node ID.
    pub instance_id: Option<String>,
    /// (Optional) The maximum number of items to return for this call. The call also returns a
    /// token that you can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// (Optional) The token for the next set of items to return. (You received this token from a
    /// previous call.)
    pub next_token: Option<String>,
    /// (Optional) One or more filters. Use a filter to return a more specific list of results.
    pub filters: Option<Vec<CommandFilter>>,
    /// (Optional) If set this returns the response of the command executions and any command
    /// output. The default value is `false`.
    pub details: Option<bool>,
}

/// The output of `ListCommandInvocations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListCommandInvocationsResult {
    /// (Optional) A list of all invocations.
    pub command_invocations: Option<Vec<CommandInvocation>>,
    /// (Optional) The token for the next set of items to return. (You received this token from a
    /// previous call.)
    pub next_token: Option<String>,
}

/// The input of `ListCommands`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListCommandsRequest {
    /// (Optional) If provided, lists only the specified command.
    pub command_id: Option<String>,
    /// (Optional) Lists commands issued against this managed node ID.
    pub instance_id: Option<String>,
    /// (Optional) The maximum number of items to return for this call. The call also returns a
    /// token that you can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// (Optional) The token for the next set of items to return. (You received this token from a
    /// previous call.)
    pub next_token: Option<String>,
    /// (Optional) One or more filters. Use a filter to return a more specific list of results.
    pub filters: Option<Vec<CommandFilter>>,
}

/// The output of `ListCommands`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListCommandsResult {
    /// (Optional) The list of commands requested by the user.
    pub commands: Option<Vec<Command>>,
    /// (Optional) The token for the next set of items to return. (You received this token from a
    /// previous call.)
    pub next_token: Option<String>,
}

/// The input of `ListComplianceItems`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListComplianceItemsRequest {
    /// One or more compliance filters. Use a filter to return a more specific list of results.
    pub filters: Option<Vec<ComplianceStringFilter>>,
    /// The ID for the resources from which to get compliance information. Currently, you can only
    /// specify one resource ID.
    pub resource_ids: Option<Vec<String>>,
    /// The type of resource from which to get compliance information. Currently, the only supported
    /// resource type is `ManagedInstance`.
    pub resource_types: Option<Vec<String>>,
    /// A token to start the list. Use this token to get the next set of results.
    pub next_token: Option<String>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
}

/// The output of `ListComplianceItems`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListComplianceItemsResult {
    /// A list of compliance information for the specified resource ID.
    pub compliance_items: Option<Vec<ComplianceItem>>,
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
}

/// The input of `ListComplianceSummaries`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListComplianceSummariesRequest {
    /// One or more compliance or inventory filters. Use a filter to return a more specific list of
    /// results.
    pub filters: Option<Vec<ComplianceStringFilter>>,
    /// A token to start the list. Use this token to get the next set of results.
    pub next_token: Option<String>,
    /// The maximum number of items to return for this call. Currently, you can specify null or 50.
    /// The call also returns a token that you can specify in a subsequent call to get the next set
    /// of results.
    pub max_results: Option<i32>,
}

/// The output of `ListComplianceSummaries`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListComplianceSummariesResult {
    /// A list of compliant and non-compliant summary counts based on compliance types. For example,
    /// this call returns State Manager associations, patches, or custom compliance types according
    /// to the filter criteria that you specified.
    pub compliance_summary_items: Option<Vec<ComplianceSummaryItem>>,
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
}

/// The input of `ListDocumentMetadataHistory`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDocumentMetadataHistoryRequest {
    /// The name of the change template.
    pub name: String,
    /// The version of the change template.
    pub document_version: Option<String>,
    /// The type of data for which details are being requested. Currently, the only supported value
    /// is `DocumentReviews`.
    pub metadata: DocumentMetadataEnum,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
}

/// The output of `ListDocumentMetadataHistory`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDocumentMetadataHistoryResponse {
    /// The name of the change template.
    pub name: Option<String>,
    /// The version of the change template.
    pub document_version: Option<String>,
    /// The user ID of the person in the organization who requested the review of the change
    /// template.
    pub author: Option<String>,
    /// Information about the response to the change template approval request.
    pub metadata: Option<DocumentMetadataResponseInfo>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub next_token: Option<String>,
}

/// The input of `ListDocumentVersions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDocumentVersionsRequest {
    /// The name of the document. You can specify an Amazon Resource Name (ARN).
    pub name: String,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `ListDocumentVersions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDocumentVersionsResult {
    /// The document versions.
    pub document_versions: Option<Vec<DocumentVersionInfo>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `ListDocuments`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDocumentsRequest {
    /// This data type is deprecated. Instead, use `Filters`.
    pub document_filter_list: Option<Vec<DocumentFilter>>,
    /// One or more `DocumentKeyValuesFilter` objects. Use a filter to return a more specific list
    /// of results. For keys, you can specify one or more key-value pair tags that have been applied
    /// to a document. Other valid keys include `Owner`, `Name`, `PlatformTypes`, `DocumentType`,
    /// and `TargetType`. For example, to return documents you own use `Key=Owner,Values=Self`. To
    /// specify a custom key-value pair, use the format `Key=tag:tagName,Values=valueName`.
    pub filters: Option<Vec<DocumentKeyValuesFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `ListDocuments`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDocumentsResult {
    /// The names of the SSM documents.
    pub document_identifiers: Option<Vec<DocumentIdentifier>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `ListInventoryEntries`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListInventoryEntriesRequest {
    /// The managed node ID for which you want inventory information.
    pub instance_id: String,
    /// The type of inventory item for which you want information.
    pub type_name: String,
    /// One or more filters. Use a filter to return a more specific list of results.
    pub filters: Option<Vec<InventoryFilter>>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
}

/// The output of `ListInventoryEntries`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListInventoryEntriesResult {
    /// The type of inventory item returned by the request.
    pub type_name: Option<String>,
    /// The managed node ID targeted by the request to query inventory information.
    pub instance_id: Option<String>,
    /// The inventory schema version used by the managed nodes.
    pub schema_version: Option<String>,
    /// The time that inventory information was collected for the managed nodes.
    pub capture_time: Option<String>,
    /// A list of inventory items on the managed nodes.
    pub entries: Option<Vec<HashMap<String, String>>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `ListNodes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListNodesRequest {
    /// The name of the Amazon Web Services managed resource data sync to retrieve information
    /// about.
    pub sync_name: Option<String>,
    /// One or more filters. Use a filter to return a more specific list of managed nodes.
    pub filters: Option<Vec<NodeFilter>>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
}

/// The output of `ListNodes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListNodesResult {
    /// A list of managed nodes that match the specified filter criteria.
    pub nodes: Option<Vec<Node>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `ListNodesSummary`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListNodesSummaryRequest {
    /// The name of the Amazon Web Services managed resource data sync to retrieve information
    /// about.
    pub sync_name: Option<String>,
    /// One or more filters. Use a filter to generate a summary that matches your specified filter
    /// criteria.
    pub filters: Option<Vec<NodeFilter>>,
    /// Specify one or more aggregators to return a count of managed nodes that match that
    /// expression. For example, a count of managed nodes by operating system.
    pub aggregators: Vec<NodeAggregator>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.) The call also returns a token that you can specify in a subsequent call to get the
    /// next set of results.
    pub next_token: Option<String>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
}

/// The output of `ListNodesSummary`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListNodesSummaryResult {
    /// A collection of objects reporting information about your managed nodes, such as the count of
    /// nodes by operating system.
    pub summary: Option<Vec<HashMap<String, String>>>,
    /// The token to use when requesting the next set of items. If there are no additional items to
    /// return, the string is empty.
    pub next_token: Option<String>,
}

/// The input of `ListOpsItemEvents`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListOpsItemEventsRequest {
    /// One or more OpsItem filters. Use a filter to return a more specific list of results.
    pub filters: Option<Vec<OpsItemEventFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// A token to start the list. Use this token to get the next set of results.
    pub next_token: Option<String>,
}

/// The output of `ListOpsItemEvents`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListOpsItemEventsResponse {
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
    /// A list of event information for the specified OpsItems.
    pub summaries: Option<Vec<OpsItemEventSummary>>,
}

/// The input of `ListOpsItemRelatedItems`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListOpsItemRelatedItemsRequest {
    /// The ID of the OpsItem for which you want to list all related-item resources.
    pub ops_item_id: Option<String>,
    /// One or more OpsItem filters. Use a filter to return a more specific list of results.
    pub filters: Option<Vec<OpsItemRelatedItemsFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `ListOpsItemRelatedItems`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListOpsItemRelatedItemsResponse {
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
    /// A list of related-item resources for the specified OpsItem.
    pub summaries: Option<Vec<OpsItemRelatedItemSummary>>,
}

/// The input of `ListOpsMetadata`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListOpsMetadataRequest {
    /// One or more filters to limit the number of OpsMetadata objects returned by the call.
    pub filters: Option<Vec<OpsMetadataFilter>>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
    /// A token to start the list. Use this token to get the next set of results.
    pub next_token: Option<String>,
}

/// The output of `ListOpsMetadata`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListOpsMetadataResult {
    /// Returns a list of OpsMetadata objects.
    pub ops_metadata_list: Option<Vec<OpsMetadata>>,
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
}

/// The input of `ListResourceComplianceSummaries`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListResourceComplianceSummariesRequest {
    /// One or more filters. Use a filter to return a more specific list of results.
    pub filters: Option<Vec<ComplianceStringFilter>>,
    /// A token to start the list. Use this token to get the next set of results.
    pub next_token: Option<String>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
}

/// The output of `ListResourceComplianceSummaries`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListResourceComplianceSummariesResult {
    /// A summary count for specified or targeted managed nodes. Summary count includes information
    /// about compliant and non-compliant State Manager associations, patch status, or custom items
    /// according to the filter criteria that you specify.
    pub resource_compliance_summary_items: Option<Vec<ResourceComplianceSummaryItem>>,
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
}

/// The input of `ListResourceDataSync`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListResourceDataSyncRequest {
    /// View a list of resource data syncs according to the sync type. Specify `SyncToDestination`
    /// to view resource data syncs that synchronize data to an Amazon S3 bucket. Specify
    /// `SyncFromSource` to view resource data syncs from Organizations or from multiple Amazon Web
    /// Services Regions.
    pub sync_type: Option<String>,
    /// A token to start the list. Use this token to get the next set of results.
    pub next_token: Option<String>,
    /// The maximum number of items to return for this call. The call also returns a token that you
    /// can specify in a subsequent call to get the next set of results.
    pub max_results: Option<i32>,
}

/// The output of `ListResourceDataSync`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListResourceDataSyncResult {
    /// A list of your current resource data sync configurations and their statuses.
    pub resource_data_sync_items: Option<Vec<ResourceDataSyncItem>>,
    /// The token for the next set of items to return. Use this token to get the next set of
    /// results.
    pub next_token: Option<String>,
}

/// The input of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceRequest {
    /// Returns a list of tags for a specific resource type.
    pub resource_type: ResourceTypeForTagging,
    /// The resource ID for which you want to see a list of tags.
    pub resource_id: String,
}

/// The output of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceResult {
    /// A list of tags.
    pub tag_list: Option<Vec<Tag>>,
}

/// Information about an Amazon Simple Storage Service (Amazon S3) bucket to write managed
/// node-level logs to.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LoggingInfo {
    /// The name of an S3 bucket where execution logs are stored.
    pub s3_bucket_name: String,
    /// (Optional) The S3 bucket subfolder.
    pub s3_key_prefix: Option<String>,
    /// The Amazon Web Services Region where the S3 bucket is located.
    pub s3_region: String,
}

/// The parameters for an `AUTOMATION` task type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MaintenanceWindowAutomationParameters {
    /// The version of an Automation runbook to use during task execution.
    pub document_version: Option<String>,
    /// The parameters for the `AUTOMATION` task.
    pub parameters: Option<HashMap<String, Vec<String>>>,
}

/// Describes the information about an execution of a maintenance window.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MaintenanceWindowExecution {
    /// The ID of the maintenance window.
    pub window_id: Option<String>,
    /// The ID of the maintenance window execution.
    pub window_execution_id: Option<String>,
    /// The status of the execution.
    pub status: Option<MaintenanceWindowExecutionStatus>,
    /// The details explaining the status. Not available for all status values.
    pub status_details: Option<String>,
    /// The time the execution started.
    pub start_time: Option<DateTime>,
    /// The time the execution finished.
    pub end_time: Option<DateTime>,
}

/// The model's `MaintenanceWindowExecutionStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MaintenanceWindowExecutionStatus {
    /// `PENDING`
    #[default]
    #[shape(name = "PENDING")]
    Pending,
    /// `IN_PROGRESS`
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `SUCCESS`
    #[shape(name = "SUCCESS")]
    Success,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `TIMED_OUT`
    #[shape(name = "TIMED_OUT")]
    TimedOut,
    /// `CANCELLING`
    #[shape(name = "CANCELLING")]
    Cancelling,
    /// `CANCELLED`
    #[shape(name = "CANCELLED")]
    Cancelled,
    /// `SKIPPED_OVERLAPPING`
    #[shape(name = "SKIPPED_OVERLAPPING")]
    SkippedOverlapping,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about a task execution performed as part of a maintenance window execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MaintenanceWindowExecutionTaskIdentity {
    /// The ID of the maintenance window execution that ran the task.
    pub window_execution_id: Option<String>,
    /// The ID of the specific task execution in the maintenance window execution.
    pub task_execution_id: Option<String>,
    /// The status of the task execution.
    pub status: Option<MaintenanceWindowExecutionStatus>,
    /// The details explaining the status of the task execution. Not available for all status
    /// values.
    pub status_details: Option<String>,
    /// The time the task execution started.
    pub start_time: Option<DateTime>,
    /// The time the task execution finished.
    pub end_time: Option<DateTime>,
    /// The Amazon Resource Name (ARN) of the task that ran.
    pub task_arn: Option<String>,
    /// The type of task that ran.
    pub task_type: Option<MaintenanceWindowTaskType>,
    /// The details for the CloudWatch alarm applied to your maintenance window task.
    pub alarm_configuration: Option<AlarmConfiguration>,
    /// The CloudWatch alarm that was invoked by the maintenance window task.
    pub triggered_alarms: Option<Vec<AlarmStateInformation>>,
}

/// Describes the information about a task invocation for a particular target as part of a task
/// execution performed as part of a maintenance window execution.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct MaintenanceWindowExecutionTaskInvocationIdentity {
    /// The ID of the maintenance window execution that ran the task.
    pub window_execution_id: Option<String>,
    /// The ID of the specific task execution in the maintenance window execution.
    pub task_execution_id: Option<String>,
    /// The ID of the task invocation.
    pub invocation_id: Option<String>,
    /// The ID of the action performed in the service that actually handled the task invocation. If
    /// the task type is `RUN_COMMAND`, this value is the command ID.
    pub execution_id: Option<String>,
    /// The task type.
    pub task_type: Option<MaintenanceWindowTaskType>,
    /// The parameters that were provided for the invocation when it was run.
    pub parameters: Option<String>,
    /// The status of the task invocation.
    pub status: Option<MaintenanceWindowExecutionStatus>,
    /// The details explaining the status of the task invocation. Not available for all status
    /// values.
    pub status_details: Option<String>,
    /// The time the invocation started.
    pub start_time: Option<DateTime>,
    /// The time the invocation finished.
    pub end_time: Option<DateTime>,
    /// User-provided value that was specified when the target was registered with the maintenance
    /// window. This was also included in any Amazon CloudWatch Events events raised during the task
    /// invocation.
    pub owner_information: Option<String>,
    /// The ID of the target definition in this maintenance window the invocation was performed for.
    pub window_target_id: Option<String>,
}

impl ::std::fmt::Debug for MaintenanceWindowExecutionTaskInvocationIdentity {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MaintenanceWindowExecutionTaskInvocationIdentity")
            .field("window_execution_id", &self.window_execution_id)
            .field("task_execution_id", &self.task_execution_id)
            .field("invocation_id", &self.invocation_id)
            .field("execution_id", &self.execution_id)
            .field("task_type", &self.task_type)
            .field(
                "parameters",
                &self.parameters.as_ref().map(|_| "** redacted **"),
            )
            .field("status", &self.status)
            .field("status_details", &self.status_details)
            .field("start_time", &self.start_time)
            .field("end_time", &self.end_time)
            .field(
                "owner_information",
                &self.owner_information.as_ref().map(|_| "** redacted **"),
            )
            .field("window_target_id", &self.window_target_id)
            .finish()
    }
}

/// Filter used in the request. Supported filter keys depend on the API operation that includes the
/// filter. API operations that use `MaintenanceWindowFilter>` include the following:
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MaintenanceWindowFilter {
    /// The name of the filter.
    pub key: Option<String>,
    /// The filter values.
    pub values: Option<Vec<String>>,
}

/// Information about the maintenance window.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct MaintenanceWindowIdentity {
    /// The ID of the maintenance window.
    pub window_id: Option<String>,
    /// The name of the maintenance window.
    pub name: Option<String>,
    /// A description of the maintenance window.
    pub description: Option<String>,
    /// Indicates whether the maintenance window is enabled.
    pub enabled: Option<bool>,
    /// The duration of the maintenance window in hours.
    pub duration: Option<i32>,
    /// The number of hours before the end of the maintenance window that Amazon Web Services
    /// Systems Manager stops scheduling new tasks for execution.
    pub cutoff: Option<i32>,
    /// The schedule of the maintenance window in the form of a cron or rate expression.
    pub schedule: Option<String>,
    /// The time zone that the scheduled maintenance window executions are based on, in Internet
    /// Assigned Numbers Authority (IANA) format.
    pub schedule_timezone: Option<String>,
    /// The number of days to wait to run a maintenance window after the scheduled cron expression
    /// date and time.
    pub schedule_offset: Option<i32>,
    /// The date and time, in ISO-8601 Extended format, for when the maintenance window is scheduled
    /// to become inactive.
    pub end_date: Option<String>,
    /// The date and time, in ISO-8601 Extended format, for when the maintenance window is scheduled
    /// to become active.
    pub start_date: Option<String>,
    /// The next time the maintenance window will actually run, taking into account any specified
    /// times for the maintenance window to become active or inactive.
    pub next_execution_time: Option<String>,
}

impl ::std::fmt::Debug for MaintenanceWindowIdentity {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MaintenanceWindowIdentity")
            .field("window_id", &self.window_id)
            .field("name", &self.name)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .field("enabled", &self.enabled)
            .field("duration", &self.duration)
            .field("cutoff", &self.cutoff)
            .field("schedule", &self.schedule)
            .field("schedule_timezone", &self.schedule_timezone)
            .field("schedule_offset", &self.schedule_offset)
            .field("end_date", &self.end_date)
            .field("start_date", &self.start_date)
            .field("next_execution_time", &self.next_execution_time)
            .finish()
    }
}

/// The maintenance window to which the specified target belongs.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MaintenanceWindowIdentityForTarget {
    /// The ID of the maintenance window.
    pub window_id: Option<String>,
    /// The name of the maintenance window.
    pub name: Option<String>,
}

/// The parameters for a `LAMBDA` task type.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct MaintenanceWindowLambdaParameters {
    /// Pass client-specific information to the Lambda function that you are invoking. You can then
    /// process the client information in your Lambda function as you choose through the context
    /// variable.
    pub client_context: Option<String>,
    /// (Optional) Specify an Lambda function version or alias name. If you specify a function
    /// version, the operation uses the qualified function Amazon Resource Name (ARN) to invoke a
    /// specific Lambda function. If you specify an alias name, the operation uses the alias ARN to
    /// invoke the Lambda function version to which the alias points.
    pub qualifier: Option<String>,
    /// JSON to provide to your Lambda function as input.
    pub payload: Option<Blob>,
}

impl ::std::fmt::Debug for MaintenanceWindowLambdaParameters {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MaintenanceWindowLambdaParameters")
            .field("client_context", &self.client_context)
            .field("qualifier", &self.qualifier)
            .field("payload", &self.payload.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// The model's `MaintenanceWindowResourceType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MaintenanceWindowResourceType {
    /// `INSTANCE`
    #[default]
    #[shape(name = "INSTANCE")]
    Instance,
    /// `RESOURCE_GROUP`
    #[shape(name = "RESOURCE_GROUP")]
    ResourceGroup,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The parameters for a `RUN_COMMAND` task type.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct MaintenanceWindowRunCommandParameters {
    /// Information about the commands to run.
    pub comment: Option<String>,
    /// Configuration options for sending command output to Amazon CloudWatch Logs.
    pub cloud_watch_output_config: Option<CloudWatchOutputConfig>,
    /// The SHA-256 or SHA-1 hash created by the system when the document was created. SHA-1 hashes
    /// have been deprecated.
    pub document_hash: Option<String>,
    /// SHA-256 or SHA-1. SHA-1 hashes have been deprecated.
    pub document_hash_type: Option<DocumentHashType>,
    /// The Amazon Web Services Systems Manager document (SSM document) version to use in the
    /// request. You can specify `$DEFAULT`, `$LATEST`, or a specific version number. If you run
    /// commands by using the Amazon Web Services CLI, then you must escape the first two options by
    /// using a backslash. If you specify a version number, then you don't need to use the
    /// backslash. For example:
    pub document_version: Option<String>,
    /// Configurations for sending notifications about command status changes on a per-managed node
    /// basis.
    pub notification_config: Option<NotificationConfig>,
    /// The name of the Amazon Simple Storage Service (Amazon S3) bucket.
    pub output_s3_bucket_name: Option<String>,
    /// The S3 bucket subfolder.
    pub output_s3_key_prefix: Option<String>,
    /// The parameters for the `RUN_COMMAND` task execution.
    pub parameters: Option<HashMap<String, Vec<String>>>,
    /// The Amazon Resource Name (ARN) of the IAM service role for Amazon Web Services Systems
    /// Manager to assume when running a maintenance window task. If you do not specify a service
    /// role ARN, Systems Manager uses a service-linked role in your account. If no appropriate
    /// service-linked role for Systems Manager exists in your account, it is created when you run
    /// `RegisterTaskWithMaintenanceWindow`.
    pub service_role_arn: Option<String>,
    /// If this time is reached and the command hasn't already started running, it doesn't run.
    pub timeout_seconds: Option<i32>,
}

impl ::std::fmt::Debug for MaintenanceWindowRunCommandParameters {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MaintenanceWindowRunCommandParameters")
            .field("comment", &self.comment)
            .field("cloud_watch_output_config", &self.cloud_watch_output_config)
            .field("document_hash", &self.document_hash)
            .field("document_hash_type", &self.document_hash_type)
            .field("document_version", &self.document_version)
            .field("notification_config", &self.notification_config)
            .field("output_s3_bucket_name", &self.output_s3_bucket_name)
            .field("output_s3_key_prefix", &self.output_s3_key_prefix)
            .field(
                "parameters",
                &self.parameters.as_ref().map(|_| "** redacted **"),
            )
            .field("service_role_arn", &self.service_role_arn)
            .field("timeout_seconds", &self.timeout_seconds)
            .finish()
    }
}

/// The parameters for a `STEP_FUNCTIONS` task.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct MaintenanceWindowStepFunctionsParameters {
    /// The inputs for the `STEP_FUNCTIONS` task.
    pub input: Option<String>,
    /// The name of the `STEP_FUNCTIONS` task.
    pub name: Option<String>,
}

impl ::std::fmt::Debug for MaintenanceWindowStepFunctionsParameters {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MaintenanceWindowStepFunctionsParameters")
            .field("input", &self.input.as_ref().map(|_| "** redacted **"))
            .field("name", &self.name)
            .finish()
    }
}

/// The target registered with the maintenance window.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct MaintenanceWindowTarget {
    /// The ID of the maintenance window to register the target with.
    pub window_id: Option<String>,
    /// The ID of the target.
    pub window_target_id: Option<String>,
    /// The type of target that is being registered with the maintenance window.
    pub resource_type: Option<MaintenanceWindowResourceType>,
    /// The targets, either managed nodes or tags.
    pub targets: Option<Vec<Target>>,
    /// A user-provided value that will be included in any Amazon CloudWatch Events events that are
    /// raised while running tasks for these targets in this maintenance window.
    pub owner_information: Option<String>,
    /// The name for the maintenance window target.
    pub name: Option<String>,
    /// A description for the target.
    pub description: Option<String>,
}

impl ::std::fmt::Debug for MaintenanceWindowTarget {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MaintenanceWindowTarget")
            .field("window_id", &self.window_id)
            .field("window_target_id", &self.window_target_id)
            .field("resource_type", &self.resource_type)
            .field("targets", &self.targets)
            .field(
                "owner_information",
                &self.owner_information.as_ref().map(|_| "** redacted **"),
            )
            .field("name", &self.name)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// Information about a task defined for a maintenance window.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct MaintenanceWindowTask {
    /// The ID of the maintenance window where the task is registered.
    pub window_id: Option<String>,
    /// The task ID.
    pub window_task_id: Option<String>,
    /// The resource that the task uses during execution. For `RUN_COMMAND` and `AUTOMATION` task
    /// types, `TaskArn` is the Amazon Web Services Systems Manager (SSM document) name or ARN. For
    /// `LAMBDA` tasks, it's the function name or ARN. For `STEP_FUNCTIONS` tasks, it's the state
    /// machine ARN.
    pub task_arn: Option<String>,
    /// The type of task.
    pub r#type: Option<MaintenanceWindowTaskType>,
    /// The targets (either managed nodes or tags). Managed nodes are specified using
    /// `Key=instanceids,Values=<instanceid1>,<instanceid2>`. Tags are specified using `Key=<tag
    /// name>,Values=<tag value>`.
    pub targets: Option<Vec<Target>>,
    /// The parameters that should be passed to the task when it is run.
    pub task_parameters: Option<HashMap<String, MaintenanceWindowTaskParameterValueExpression>>,
    /// The priority of the task in the maintenance window. The lower the number, the higher the
    /// priority. Tasks that have the same priority are scheduled in parallel.
    pub priority: Option<i32>,
    /// Information about an S3 bucket to write task-level logs to.
    pub logging_info: Option<LoggingInfo>,
    /// The Amazon Resource Name (ARN) of the IAM service role for Amazon Web Services Systems
    /// Manager to assume when running a maintenance window task. If you do not specify a service
    /// role ARN, Systems Manager uses a service-linked role in your account. If no appropriate
    /// service-linked role for Systems Manager exists in your account, it is created when you run
    /// `RegisterTaskWithMaintenanceWindow`.
    pub service_role_arn: Option<String>,
    /// The maximum number of targets this task can be run for, in parallel.
    pub max_concurrency: Option<String>,
    /// The maximum number of errors allowed before this task stops being scheduled.
    pub max_errors: Option<String>,
    /// The task name.
    pub name: Option<String>,
    /// A description of the task.
    pub description: Option<String>,
    /// The specification for whether tasks should continue to run after the cutoff time specified
    /// in the maintenance windows is reached.
    pub cutoff_behavior: Option<MaintenanceWindowTaskCutoffBehavior>,
    /// The details for the CloudWatch alarm applied to your maintenance window task.
    pub alarm_configuration: Option<AlarmConfiguration>,
}

impl ::std::fmt::Debug for MaintenanceWindowTask {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MaintenanceWindowTask")
            .field("window_id", &self.window_id)
            .field("window_task_id", &self.window_task_id)
            .field("task_arn", &self.task_arn)
            .field("type", &self.r#type)
            .field("targets", &self.targets)
            .field(
                "task_parameters",
                &self.task_parameters.as_ref().map(|_| "** redacted **"),
            )
            .field("priority", &self.priority)
            .field("logging_info", &self.logging_info)
            .field("service_role_arn", &self.service_role_arn)
            .field("max_concurrency", &self.max_concurrency)
            .field("max_errors", &self.max_errors)
            .field("name", &self.name)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .field("cutoff_behavior", &self.cutoff_behavior)
            .field("alarm_configuration", &self.alarm_configuration)
            .finish()
    }
}

/// The model's `MaintenanceWindowTaskCutoffBehavior`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MaintenanceWindowTaskCutoffBehavior {
    /// `CONTINUE_TASK`
    #[default]
    #[shape(name = "CONTINUE_TASK")]
    ContinueTask,
    /// `CANCEL_TASK`
    #[shape(name = "CANCEL_TASK")]
    CancelTask,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The parameters for task execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MaintenanceWindowTaskInvocationParameters {
    /// The parameters for a `RUN_COMMAND` task type.
    pub run_command: Option<MaintenanceWindowRunCommandParameters>,
    /// The parameters for an `AUTOMATION` task type.
    pub automation: Option<MaintenanceWindowAutomationParameters>,
    /// The parameters for a `STEP_FUNCTIONS` task type.
    pub step_functions: Option<MaintenanceWindowStepFunctionsParameters>,
    /// The parameters for a `LAMBDA` task type.
    pub lambda: Option<MaintenanceWindowLambdaParameters>,
}

/// Defines the values for a task parameter.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct MaintenanceWindowTaskParameterValueExpression {
    /// This field contains an array of 0 or more strings, each 1 to 255 characters in length.
    pub values: Option<Vec<String>>,
}

impl ::std::fmt::Debug for MaintenanceWindowTaskParameterValueExpression {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("MaintenanceWindowTaskParameterValueExpression")
            .field("values", &self.values.as_ref().map(|_| "** redacted **"))
            .finish()
    }
}

/// The model's `MaintenanceWindowTaskType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MaintenanceWindowTaskType {
    /// `RUN_COMMAND`
    #[default]
    #[shape(name = "RUN_COMMAND")]
    RunCommand,
    /// `AUTOMATION`
    #[shape(name = "AUTOMATION")]
    Automation,
    /// `STEP_FUNCTIONS`
    #[shape(name = "STEP_FUNCTIONS")]
    StepFunctions,
    /// `LAMBDA`
    #[shape(name = "LAMBDA")]
    Lambda,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ManagedStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ManagedStatus {
    /// `All`
    #[default]
    All,
    /// `Managed`
    Managed,
    /// `Unmanaged`
    Unmanaged,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Metadata to assign to an Application Manager application.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetadataValue {
    /// Metadata value to assign to an Application Manager application.
    pub value: Option<String>,
}

/// The input of `ModifyDocumentPermission`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ModifyDocumentPermissionRequest {
    /// The name of the document that you want to share.
    pub name: String,
    /// The permission type for the document. The permission type can be *Share*.
    pub permission_type: DocumentPermissionType,
    /// The Amazon Web Services users that should have access to the document. The account IDs can
    /// either be a group of account IDs or *All*. You must specify a value for this parameter or
    /// the `AccountIdsToRemove` parameter.
    pub account_ids_to_add: Option<Vec<String>>,
    /// The Amazon Web Services users that should no longer have access to the document. The Amazon
    /// Web Services user can either be a group of account IDs or *All*. This action has a higher
    /// priority than `AccountIdsToAdd`. If you specify an ID to add and the same ID to remove, the
    /// system removes access to the document. You must specify a value for this parameter or the
    /// `AccountIdsToAdd` parameter.
    pub account_ids_to_remove: Option<Vec<String>>,
    /// (Optional) The version of the document to share. If it isn't specified, the system choose
    /// the `Default` version to share.
    pub shared_document_version: Option<String>,
}

/// The output of `ModifyDocumentPermission`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ModifyDocumentPermissionResponse {}

/// Details about an individual managed node.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Node {
    /// The UTC timestamp for when the managed node data was last captured.
    pub capture_time: Option<DateTime>,
    /// The ID of the managed node.
    pub id: Option<String>,
    /// Information about the ownership of the managed node.
    pub owner: Option<NodeOwnerInfo>,
    /// The Amazon Web Services Region that a managed node was created in or assigned to.
    pub region: Option<String>,
    /// Information about the type of node.
    pub node_type: Option<NodeType>,
}

/// One or more aggregators for viewing counts of nodes using different dimensions.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NodeAggregator {
    /// The aggregator type for limiting a node summary. Currently, only `Count` is supported.
    pub aggregator_type: NodeAggregatorType,
    /// The data type name to use for viewing counts of nodes. Currently, only `Instance` is
    /// supported.
    pub type_name: NodeTypeName,
    /// The name of a node attribute on which to limit the count of nodes.
    pub attribute_name: NodeAttributeName,
    /// Information about aggregators used to refine a node summary.
    pub aggregators: Option<Vec<NodeAggregator>>,
}

/// The model's `NodeAggregatorType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum NodeAggregatorType {
    /// `Count`
    #[default]
    Count,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `NodeAttributeName`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum NodeAttributeName {
    /// `AgentVersion`
    #[default]
    AgentVersion,
    /// `PlatformName`
    PlatformName,
    /// `PlatformType`
    PlatformType,
    /// `PlatformVersion`
    PlatformVersion,
    /// `Region`
    Region,
    /// `ResourceType`
    ResourceType,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The filters for the operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NodeFilter {
    /// The name of the filter.
    pub key: NodeFilterKey,
    /// A filter value supported by the specified key. For example, for the key `PlatformType`,
    /// supported values include `Linux` and `Windows`.
    pub values: Vec<String>,
    /// The type of filter operator.
    pub r#type: Option<NodeFilterOperatorType>,
}

/// The model's `NodeFilterKey`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum NodeFilterKey {
    /// `AgentType`
    #[default]
    AgentType,
    /// `AgentVersion`
    AgentVersion,
    /// `ComputerName`
    ComputerName,
    /// `InstanceId`
    InstanceId,
    /// `InstanceStatus`
    InstanceStatus,
    /// `IpAddress`
    IpAddress,
    /// `ManagedStatus`
    ManagedStatus,
    /// `PlatformName`
    PlatformName,
    /// `PlatformType`
    PlatformType,
    /// `PlatformVersion`
    PlatformVersion,
    /// `ResourceType`
    ResourceType,
    /// `OrganizationalUnitId`
    OrganizationalUnitId,
    /// `OrganizationalUnitPath`
    OrganizationalUnitPath,
    /// `Region`
    Region,
    /// `AccountId`
    AccountId,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `NodeFilterOperatorType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum NodeFilterOperatorType {
    /// `Equal`
    #[default]
    Equal,
    /// `NotEqual`
    NotEqual,
    /// `BeginWith`
    BeginWith,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about ownership of a managed node.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NodeOwnerInfo {
    /// The ID of the Amazon Web Services account that owns the managed node.
    pub account_id: Option<String>,
    /// The ID of the organization unit (OU) that the account is part of.
    pub organizational_unit_id: Option<String>,
    /// The path for the organizational unit (OU) that owns the managed node. The path for the OU is
    /// built using the IDs of the organization, root, and all OUs in the path down to and including
    /// the OU. For example:
    pub organizational_unit_path: Option<String>,
}

/// Information about a managed node's type.
#[derive(Shape, Debug, Clone, PartialEq)]
pub enum NodeType {
    /// Information about a specific managed node.
    Instance(InstanceInfo),
    /// A member this model does not know: its name.
    #[shape(other)]
    Unknown(String),
}

/// The model's `NodeTypeName`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum NodeTypeName {
    /// `Instance`
    #[default]
    Instance,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A summary of resources that aren't compliant. The summary is organized according to resource
/// type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NonCompliantSummary {
    /// The total number of compliance items that aren't compliant.
    pub non_compliant_count: Option<i32>,
    /// A summary of the non-compliance severity by compliance type
    pub severity_summary: Option<SeveritySummary>,
}

/// Configurations for sending notifications.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NotificationConfig {
    /// An Amazon Resource Name (ARN) for an Amazon Simple Notification Service (Amazon SNS) topic.
    /// Run Command pushes notifications about command status changes to this topic.
    pub notification_arn: Option<String>,
    /// The different events for which you can receive notifications. To learn more about these
    /// events, see [Monitoring Systems Manager status changes using Amazon SNS
    /// notifications](https://docs.aws.amazon.com/systems-manager/latest/userguide/monitoring-sns-notifications.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub notification_events: Option<Vec<NotificationEvent>>,
    /// The type of notification.
    pub notification_type: Option<NotificationType>,
}

/// The model's `NotificationEvent`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum NotificationEvent {
    /// `All`
    #[default]
    All,
    /// `InProgress`
    InProgress,
    /// `Success`
    Success,
    /// `TimedOut`
    TimedOut,
    /// `Cancelled`
    Cancelled,
    /// `Failed`
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `NotificationType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum NotificationType {
    /// `Command`
    #[default]
    Command,
    /// `Invocation`
    Invocation,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `OperatingSystem`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OperatingSystem {
    /// `WINDOWS`
    #[default]
    #[shape(name = "WINDOWS")]
    Windows,
    /// `AMAZON_LINUX`
    #[shape(name = "AMAZON_LINUX")]
    AmazonLinux,
    /// `AMAZON_LINUX_2`
    #[shape(name = "AMAZON_LINUX_2")]
    AmazonLinux2,
    /// `AMAZON_LINUX_2022`
    #[shape(name = "AMAZON_LINUX_2022")]
    AmazonLinux2022,
    /// `UBUNTU`
    #[shape(name = "UBUNTU")]
    Ubuntu,
    /// `REDHAT_ENTERPRISE_LINUX`
    #[shape(name = "REDHAT_ENTERPRISE_LINUX")]
    RedhatEnterpriseLinux,
    /// `SUSE`
    #[shape(name = "SUSE")]
    Suse,
    /// `CENTOS`
    #[shape(name = "CENTOS")]
    Centos,
    /// `ORACLE_LINUX`
    #[shape(name = "ORACLE_LINUX")]
    OracleLinux,
    /// `DEBIAN`
    #[shape(name = "DEBIAN")]
    Debian,
    /// `MACOS`
    #[shape(name = "MACOS")]
    Macos,
    /// `RASPBIAN`
    #[shape(name = "RASPBIAN")]
    Raspbian,
    /// `ROCKY_LINUX`
    #[shape(name = "ROCKY_LINUX")]
    RockyLinux,
    /// `ALMA_LINUX`
    #[shape(name = "ALMA_LINUX")]
    AlmaLinux,
    /// `AMAZON_LINUX_2023`
    #[shape(name = "AMAZON_LINUX_2023")]
    AmazonLinux2023,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// One or more aggregators for viewing counts of OpsData using different dimensions such as
/// `Source`, `CreatedTime`, or `Source and CreatedTime`, to name a few.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpsAggregator {
    /// Either a `Range` or `Count` aggregator for limiting an OpsData summary.
    pub aggregator_type: Option<String>,
    /// The data type name to use for viewing counts of OpsData.
    pub type_name: Option<String>,
    /// The name of an OpsData attribute on which to limit the count of OpsData.
    pub attribute_name: Option<String>,
    /// The aggregator value.
    pub values: Option<HashMap<String, String>>,
    /// The aggregator filters.
    pub filters: Option<Vec<OpsFilter>>,
    /// A nested aggregator for viewing counts of OpsData.
    pub aggregators: Option<Vec<OpsAggregator>>,
}

/// The result of the query.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpsEntity {
    /// The query ID.
    pub id: Option<String>,
    /// The data returned by the query.
    pub data: Option<HashMap<String, OpsEntityItem>>,
}

/// The OpsData summary.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpsEntityItem {
    /// The time the OpsData was captured.
    pub capture_time: Option<String>,
    /// The details of an OpsData summary.
    pub content: Option<Vec<HashMap<String, String>>>,
}

/// A filter for viewing OpsData summaries.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpsFilter {
    /// The name of the filter.
    pub key: String,
    /// The filter value.
    pub values: Vec<String>,
    /// The type of filter.
    pub r#type: Option<OpsFilterOperatorType>,
}

/// The model's `OpsFilterOperatorType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OpsFilterOperatorType {
    /// `Equal`
    #[default]
    Equal,
    /// `NotEqual`
    NotEqual,
    /// `BeginWith`
    BeginWith,
    /// `LessThan`
    LessThan,
    /// `GreaterThan`
    GreaterThan,
    /// `Exists`
    Exists,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Operations engineers and IT professionals use Amazon Web Services Systems Manager OpsCenter to
/// view, investigate, and remediate operational work items (OpsItems) impacting the performance and
/// health of their Amazon Web Services resources. OpsCenter is integrated with Amazon EventBridge
/// and Amazon CloudWatch. This means you can configure these services to automatically create an
/// OpsItem in OpsCenter when a CloudWatch alarm enters the ALARM state or when EventBridge
/// processes an event from any Amazon Web Services service that publishes events. Configuring
/// Amazon CloudWatch alarms and EventBridge events to automatically create OpsItems allows you to
/// quickly diagnose and remediate issues with Amazon Web Services resources from a single console.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpsItem {
    /// The ARN of the Amazon Web Services account that created the OpsItem.
    pub created_by: Option<String>,
    /// The type of OpsItem. Systems Manager supports the following types of OpsItems:
    pub ops_item_type: Option<String>,
    /// The date and time the OpsItem was created.
    pub created_time: Option<DateTime>,
    /// The OpsItem description.
    pub description: Option<String>,
    /// The ARN of the Amazon Web Services account that last updated the OpsItem.
    pub last_modified_by: Option<String>,
    /// The date and time the OpsItem was last updated.
    pub last_modified_time: Option<DateTime>,
    /// The Amazon Resource Name (ARN) of an Amazon Simple Notification Service (Amazon SNS) topic
    /// where notifications are sent when this OpsItem is edited or changed.
    pub notifications: Option<Vec<OpsItemNotification>>,
    /// The importance of this OpsItem in relation to other OpsItems in the system.
    pub priority: Option<i32>,
    /// One or more OpsItems that share something in common with the current OpsItem. For example,
    /// related OpsItems can include OpsItems with similar error messages, impacted resources, or
    /// statuses for the impacted resource.
    pub related_ops_items: Option<Vec<RelatedOpsItem>>,
    /// The OpsItem status. For more information, see [Editing OpsItem
    /// details](https://docs.aws.amazon.com/systems-manager/latest/userguide/OpsCenter-working-with-OpsItems-editing-details.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub status: Option<OpsItemStatus>,
    /// The ID of the OpsItem.
    pub ops_item_id: Option<String>,
    /// The version of this OpsItem. Each time the OpsItem is edited the version number increments
    /// by one.
    pub version: Option<String>,
    /// A short heading that describes the nature of the OpsItem and the impacted resource.
    pub title: Option<String>,
    /// The origin of the OpsItem, such as Amazon EC2 or Systems Manager. The impacted resource is a
    /// subset of source.
    pub source: Option<String>,
    /// Operational data is custom data that provides useful reference details about the OpsItem.
    /// For example, you can specify log files, error strings, license keys, troubleshooting tips,
    /// or other relevant data. You enter operational data as key-value pairs. The key has a maximum
    /// length of 128 characters. The value has a maximum size of 20 KB.
    pub operational_data: Option<HashMap<String, OpsItemDataValue>>,
    /// An OpsItem category. Category options include: Availability, Cost, Performance, Recovery,
    /// Security.
    pub category: Option<String>,
    /// The severity of the OpsItem. Severity options range from 1 to 4.
    pub severity: Option<String>,
    /// The time a runbook workflow started. Currently reported only for the OpsItem type
    /// `/aws/changerequest`.
    pub actual_start_time: Option<DateTime>,
    /// The time a runbook workflow ended. Currently reported only for the OpsItem type
    /// `/aws/changerequest`.
    pub actual_end_time: Option<DateTime>,
    /// The time specified in a change request for a runbook workflow to start. Currently supported
    /// only for the OpsItem type `/aws/changerequest`.
    pub planned_start_time: Option<DateTime>,
    /// The time specified in a change request for a runbook workflow to end. Currently supported
    /// only for the OpsItem type `/aws/changerequest`.
    pub planned_end_time: Option<DateTime>,
    /// The OpsItem Amazon Resource Name (ARN).
    pub ops_item_arn: Option<String>,
}

/// The model's `OpsItemDataType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OpsItemDataType {
    /// `SearchableString`
    #[default]
    SearchableString,
    /// `String`
    String,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object that defines the value of the key and its type in the OperationalData map.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpsItemDataValue {
    /// The value of the OperationalData key.
    pub value: Option<String>,
    /// The type of key-value pair. Valid types include `SearchableString` and `String`.
    pub r#type: Option<OpsItemDataType>,
}

/// Describes a filter for a specific list of OpsItem events. You can filter event information by
/// using tags. You specify tags by using a key-value pair mapping.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpsItemEventFilter {
    /// The name of the filter key. Currently, the only supported value is `OpsItemId`.
    pub key: OpsItemEventFilterKey,
    /// The values for the filter, consisting of one or more OpsItem IDs.
    pub values: Vec<String>,
    /// The operator used by the filter call. Currently, the only supported value is `Equal`.
    pub operator: OpsItemEventFilterOperator,
}

/// The model's `OpsItemEventFilterKey`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OpsItemEventFilterKey {
    /// `OpsItemId`
    #[default]
    OpsItemId,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `OpsItemEventFilterOperator`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OpsItemEventFilterOperator {
    /// `Equal`
    #[default]
    Equal,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Summary information about an OpsItem event or that associated an OpsItem with a related item.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpsItemEventSummary {
    /// The ID of the OpsItem.
    pub ops_item_id: Option<String>,
    /// The ID of the OpsItem event.
    pub event_id: Option<String>,
    /// The source of the OpsItem event.
    pub source: Option<String>,
    /// The type of information provided as a detail.
    pub detail_type: Option<String>,
    /// Specific information about the OpsItem event.
    pub detail: Option<String>,
    /// Information about the user or resource that created the OpsItem event.
    pub created_by: Option<OpsItemIdentity>,
    /// The date and time the OpsItem event was created.
    pub created_time: Option<DateTime>,
}

/// Describes an OpsItem filter.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpsItemFilter {
    /// The name of the filter.
    pub key: OpsItemFilterKey,
    /// The filter value.
    pub values: Vec<String>,
    /// The operator used by the filter call.
    pub operator: OpsItemFilterOperator,
}

/// The model's `OpsItemFilterKey`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OpsItemFilterKey {
    /// `Status`
    #[default]
    Status,
    /// `CreatedBy`
    CreatedBy,
    /// `Source`
    Source,
    /// `Priority`
    Priority,
    /// `Title`
    Title,
    /// `OpsItemId`
    OpsItemId,
    /// `CreatedTime`
    CreatedTime,
    /// `LastModifiedTime`
    LastModifiedTime,
    /// `ActualStartTime`
    ActualStartTime,
    /// `ActualEndTime`
    ActualEndTime,
    /// `PlannedStartTime`
    PlannedStartTime,
    /// `PlannedEndTime`
    PlannedEndTime,
    /// `OperationalData`
    OperationalData,
    /// `OperationalDataKey`
    OperationalDataKey,
    /// `OperationalDataValue`
    OperationalDataValue,
    /// `ResourceId`
    ResourceId,
    /// `AutomationId`
    AutomationId,
    /// `Category`
    Category,
    /// `Severity`
    Severity,
    /// `OpsItemType`
    OpsItemType,
    /// `AccessRequestByRequesterArn`
    AccessRequestByRequesterArn,
    /// `AccessRequestByRequesterId`
    AccessRequestByRequesterId,
    /// `AccessRequestByApproverArn`
    AccessRequestByApproverArn,
    /// `AccessRequestByApproverId`
    AccessRequestByApproverId,
    /// `AccessRequestBySourceAccountId`
    AccessRequestBySourceAccountId,
    /// `AccessRequestBySourceOpsItemId`
    AccessRequestBySourceOpsItemId,
    /// `AccessRequestBySourceRegion`
    AccessRequestBySourceRegion,
    /// `AccessRequestByIsReplica`
    AccessRequestByIsReplica,
    /// `AccessRequestByTargetResourceId`
    AccessRequestByTargetResourceId,
    /// `ChangeRequestByRequesterArn`
    ChangeRequestByRequesterArn,
    /// `ChangeRequestByRequesterName`
    ChangeRequestByRequesterName,
    /// `ChangeRequestByApproverArn`
    ChangeRequestByApproverArn,
    /// `ChangeRequestByApproverName`
    ChangeRequestByApproverName,
    /// `ChangeRequestByTemplate`
    ChangeRequestByTemplate,
    /// `ChangeRequestByTargetsResourceGroup`
    ChangeRequestByTargetsResourceGroup,
    /// `InsightByType`
    InsightByType,
    /// `AccountId`
    AccountId,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `OpsItemFilterOperator`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OpsItemFilterOperator {
    /// `Equal`
    #[default]
    Equal,
    /// `Contains`
    Contains,
    /// `GreaterThan`
    GreaterThan,
    /// `LessThan`
    LessThan,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about the user or resource that created an OpsItem event.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpsItemIdentity {
    /// The Amazon Resource Name (ARN) of the IAM entity that created the OpsItem event.
    pub arn: Option<String>,
}

/// A notification about the OpsItem.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpsItemNotification {
    /// The Amazon Resource Name (ARN) of an Amazon Simple Notification Service (Amazon SNS) topic
    /// where notifications are sent when this OpsItem is edited or changed.
    pub arn: Option<String>,
}

/// Summary information about related-item resources for an OpsItem.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpsItemRelatedItemSummary {
    /// The OpsItem ID.
    pub ops_item_id: Option<String>,
    /// The association ID.
    pub association_id: Option<String>,
    /// The resource type.
    pub resource_type: Option<String>,
    /// The association type.
    pub association_type: Option<String>,
    /// The Amazon Resource Name (ARN) of the related-item resource.
    pub resource_uri: Option<String>,
    /// Information about the user or resource that created an OpsItem event.
    pub created_by: Option<OpsItemIdentity>,
    /// The time the related-item association was created.
    pub created_time: Option<DateTime>,
    /// Information about the user or resource that created an OpsItem event.
    pub last_modified_by: Option<OpsItemIdentity>,
    /// The time the related-item association was last updated.
    pub last_modified_time: Option<DateTime>,
}

/// Describes a filter for a specific list of related-item resources.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpsItemRelatedItemsFilter {
    /// The name of the filter key. Supported values include `ResourceUri`, `ResourceType`, or
    /// `AssociationId`.
    pub key: OpsItemRelatedItemsFilterKey,
    /// The values for the filter.
    pub values: Vec<String>,
    /// The operator used by the filter call. The only supported operator is `EQUAL`.
    pub operator: OpsItemRelatedItemsFilterOperator,
}

/// The model's `OpsItemRelatedItemsFilterKey`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OpsItemRelatedItemsFilterKey {
    /// `ResourceType`
    #[default]
    ResourceType,
    /// `AssociationId`
    AssociationId,
    /// `ResourceUri`
    ResourceUri,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `OpsItemRelatedItemsFilterOperator`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OpsItemRelatedItemsFilterOperator {
    /// `Equal`
    #[default]
    Equal,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `OpsItemStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OpsItemStatus {
    /// `Open`
    #[default]
    Open,
    /// `InProgress`
    InProgress,
    /// `Resolved`
    Resolved,
    /// `Pending`
    Pending,
    /// `TimedOut`
    TimedOut,
    /// `Cancelling`
    Cancelling,
    /// `Cancelled`
    Cancelled,
    /// `Failed`
    Failed,
    /// `CompletedWithSuccess`
    CompletedWithSuccess,
    /// `CompletedWithFailure`
    CompletedWithFailure,
    /// `Scheduled`
    Scheduled,
    /// `RunbookInProgress`
    RunbookInProgress,
    /// `PendingChangeCalendarOverride`
    PendingChangeCalendarOverride,
    /// `ChangeCalendarOverrideApproved`
    ChangeCalendarOverrideApproved,
    /// `ChangeCalendarOverrideRejected`
    ChangeCalendarOverrideRejected,
    /// `PendingApproval`
    PendingApproval,
    /// `Approved`
    Approved,
    /// `Revoked`
    Revoked,
    /// `Rejected`
    Rejected,
    /// `Closed`
    Closed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A count of OpsItems.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpsItemSummary {
    /// The Amazon Resource Name (ARN) of the IAM entity that created the OpsItem.
    pub created_by: Option<String>,
    /// The date and time the OpsItem was created.
    pub created_time: Option<DateTime>,
    /// The Amazon Resource Name (ARN) of the IAM entity that created the OpsItem.
    pub last_modified_by: Option<String>,
    /// The date and time the OpsItem was last updated.
    pub last_modified_time: Option<DateTime>,
    /// The importance of this OpsItem in relation to other OpsItems in the system.
    pub priority: Option<i32>,
    /// The impacted Amazon Web Services resource.
    pub source: Option<String>,
    /// The OpsItem status.
    pub status: Option<OpsItemStatus>,
    /// The ID of the OpsItem.
    pub ops_item_id: Option<String>,
    /// A short heading that describes the nature of the OpsItem and the impacted resource.
    pub title: Option<String>,
    /// Operational data is custom data that provides useful reference details about the OpsItem.
    pub operational_data: Option<HashMap<String, OpsItemDataValue>>,
    /// A list of OpsItems by category.
    pub category: Option<String>,
    /// A list of OpsItems by severity.
    pub severity: Option<String>,
    /// The type of OpsItem. Systems Manager supports the following types of OpsItems:
    pub ops_item_type: Option<String>,
    /// The time a runbook workflow started. Currently reported only for the OpsItem type
    /// `/aws/changerequest`.
    pub actual_start_time: Option<DateTime>,
    /// The time a runbook workflow ended. Currently reported only for the OpsItem type
    /// `/aws/changerequest`.
    pub actual_end_time: Option<DateTime>,
    /// The time specified in a change request for a runbook workflow to start. Currently supported
    /// only for the OpsItem type `/aws/changerequest`.
    pub planned_start_time: Option<DateTime>,
    /// The time specified in a change request for a runbook workflow to end. Currently supported
    /// only for the OpsItem type `/aws/changerequest`.
    pub planned_end_time: Option<DateTime>,
}

/// Operational metadata for an application in Application Manager.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpsMetadata {
    /// The ID of the Application Manager application.
    pub resource_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the OpsMetadata Object or blob.
    pub ops_metadata_arn: Option<String>,
    /// The date the OpsMetadata object was last updated.
    pub last_modified_date: Option<DateTime>,
    /// The user name who last updated the OpsMetadata object.
    pub last_modified_user: Option<String>,
    /// The date the OpsMetadata objects was created.
    pub creation_date: Option<DateTime>,
}

/// A filter to limit the number of OpsMetadata objects displayed.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpsMetadataFilter {
    /// A filter key.
    pub key: String,
    /// A filter value.
    pub values: Vec<String>,
}

/// The OpsItem data type to return.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpsResultAttribute {
    /// Name of the data type. Valid value: `AWS:OpsItem`, `AWS:EC2InstanceInformation`,
    /// `AWS:OpsItemTrendline`, or `AWS:ComplianceSummary`.
    pub type_name: String,
}

/// Information about the source where the association execution details are stored.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OutputSource {
    /// The ID of the output source, for example the URL of an S3 bucket.
    pub output_source_id: Option<String>,
    /// The type of source where the association execution details are stored, for example, Amazon
    /// S3.
    pub output_source_type: Option<String>,
}

/// An Amazon Web Services Systems Manager parameter in Parameter Store.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct Parameter {
    /// The name of the parameter.
    pub name: Option<String>,
    /// The type of parameter. Valid values include the following: `String`, `StringList`, and
    /// `SecureString`.
    pub r#type: Option<ParameterType>,
    /// The parameter value.
    pub value: Option<String>,
    /// The parameter version.
    pub version: Option<i64>,
    /// Either the version number or the label used to retrieve the parameter value. Specify
    /// selectors by using one of the following formats:
    pub selector: Option<String>,
    /// Applies to parameters that reference information in other Amazon Web Services services.
    /// `SourceResult` is the raw result or response from the source.
    pub source_result: Option<String>,
    /// Date the parameter was last changed or updated and the parameter version was created.
    pub last_modified_date: Option<DateTime>,
    /// The Amazon Resource Name (ARN) of the parameter.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The data type of the parameter, such as `text` or `aws:ec2:image`. The default is `text`.
    pub data_type: Option<String>,
}

impl ::std::fmt::Debug for Parameter {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Parameter")
            .field("name", &self.name)
            .field("type", &self.r#type)
            .field("value", &self.value.as_ref().map(|_| "** redacted **"))
            .field("version", &self.version)
            .field("selector", &self.selector)
            .field("source_result", &self.source_result)
            .field("last_modified_date", &self.last_modified_date)
            .field("arn", &self.arn)
            .field("data_type", &self.data_type)
            .finish()
    }
}

/// Information about parameter usage.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ParameterHistory {
    /// The name of the parameter.
    pub name: Option<String>,
    /// The type of parameter used.
    pub r#type: Option<ParameterType>,
    /// The alias of the Key Management Service (KMS) key used to encrypt the parameter. Applies to
    /// `SecureString` parameters only
    pub key_id: Option<String>,
    /// Date the parameter was last changed or updated.
    pub last_modified_date: Option<DateTime>,
    /// Amazon Resource Name (ARN) of the Amazon Web Services user who last changed the parameter.
    pub last_modified_user: Option<String>,
    /// Information about the parameter.
    pub description: Option<String>,
    /// The parameter value.
    pub value: Option<String>,
    /// Parameter names can include the following letters and symbols.
    pub allowed_pattern: Option<String>,
    /// The parameter version.
    pub version: Option<i64>,
    /// Labels assigned to the parameter version.
    pub labels: Option<Vec<String>>,
    /// The parameter tier.
    pub tier: Option<ParameterTier>,
    /// Information about the policies assigned to a parameter.
    pub policies: Option<Vec<ParameterInlinePolicy>>,
    /// The data type of the parameter, such as `text` or `aws:ec2:image`. The default is `text`.
    pub data_type: Option<String>,
}

impl ::std::fmt::Debug for ParameterHistory {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ParameterHistory")
            .field("name", &self.name)
            .field("type", &self.r#type)
            .field("key_id", &self.key_id)
            .field("last_modified_date", &self.last_modified_date)
            .field("last_modified_user", &self.last_modified_user)
            .field("description", &self.description)
            .field("value", &self.value.as_ref().map(|_| "** redacted **"))
            .field("allowed_pattern", &self.allowed_pattern)
            .field("version", &self.version)
            .field("labels", &self.labels)
            .field("tier", &self.tier)
            .field("policies", &self.policies)
            .field("data_type", &self.data_type)
            .finish()
    }
}

/// One or more policies assigned to a parameter.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ParameterInlinePolicy {
    /// The JSON text of the policy.
    pub policy_text: Option<String>,
    /// The type of policy. Parameter Store, a tool in Amazon Web Services Systems Manager, supports
    /// the following policy types: Expiration, ExpirationNotification, and NoChangeNotification.
    pub policy_type: Option<String>,
    /// The status of the policy. Policies report the following statuses: Pending (the policy hasn't
    /// been enforced or applied yet), Finished (the policy was applied), Failed (the policy wasn't
    /// applied), or InProgress (the policy is being applied now).
    pub policy_status: Option<String>,
}

/// Metadata includes information like the Amazon Resource Name (ARN) of the last user to update the
/// parameter and the date and time the parameter was last used.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ParameterMetadata {
    /// The parameter name.
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) of the parameter.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The type of parameter. Valid parameter types include the following: `String`, `StringList`,
    /// and `SecureString`.
    pub r#type: Option<ParameterType>,
    /// The alias of the Key Management Service (KMS) key used to encrypt the parameter. Applies to
    /// `SecureString` parameters only.
    pub key_id: Option<String>,
    /// Date the parameter was last changed or updated.
    pub last_modified_date: Option<DateTime>,
    /// Amazon Resource Name (ARN) of the Amazon Web Services user who last changed the parameter.
    pub last_modified_user: Option<String>,
    /// Description of the parameter actions.
    pub description: Option<String>,
    /// A parameter name can include only the following letters and symbols.
    pub allowed_pattern: Option<String>,
    /// The parameter version.
    pub version: Option<i64>,
    /// The parameter tier.
    pub tier: Option<ParameterTier>,
    /// A list of policies associated with a parameter.
    pub policies: Option<Vec<ParameterInlinePolicy>>,
    /// The data type of the parameter, such as `text` or `aws:ec2:image`. The default is `text`.
    pub data_type: Option<String>,
}

/// One or more filters. Use a filter to return a more specific list of results.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ParameterStringFilter {
    /// The name of the filter.
    pub key: String,
    /// For all filters used with `DescribeParameters`, valid options include `Equals` and
    /// `BeginsWith`. The `Name` filter additionally supports the `Contains` option. (Exception: For
    /// filters using the key `Path`, valid options include `Recursive` and `OneLevel`.)
    pub option: Option<String>,
    /// The value you want to search for.
    pub values: Option<Vec<String>>,
}

/// The model's `ParameterTier`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ParameterTier {
    /// `Standard`
    #[default]
    Standard,
    /// `Advanced`
    Advanced,
    /// `Intelligent-Tiering`
    #[shape(name = "Intelligent-Tiering")]
    IntelligentTiering,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ParameterType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ParameterType {
    /// `String`
    #[default]
    String,
    /// `StringList`
    StringList,
    /// `SecureString`
    SecureString,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This data type is deprecated. Instead, use `ParameterStringFilter`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ParametersFilter {
    /// The name of the filter.
    pub key: ParametersFilterKey,
    /// The filter values.
    pub values: Vec<String>,
}

/// The model's `ParametersFilterKey`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ParametersFilterKey {
    /// `Name`
    #[default]
    Name,
    /// `Type`
    Type,
    /// `KeyId`
    KeyId,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A detailed status of the parent step.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ParentStepDetails {
    /// The unique ID of a step execution.
    pub step_execution_id: Option<String>,
    /// The name of the step.
    pub step_name: Option<String>,
    /// The name of the automation action.
    pub action: Option<String>,
    /// The current repetition of the loop represented by an integer.
    pub iteration: Option<i32>,
    /// The current value of the specified iterator in the loop.
    pub iterator_value: Option<String>,
}

/// Represents metadata about a patch.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Patch {
    /// The ID of the patch. Applies to Windows patches only.
    pub id: Option<String>,
    /// The date the patch was released.
    pub release_date: Option<DateTime>,
    /// The title of the patch.
    pub title: Option<String>,
    /// The description of the patch.
    pub description: Option<String>,
    /// The URL where more information can be obtained about the patch.
    pub content_url: Option<String>,
    /// The name of the vendor providing the patch.
    pub vendor: Option<String>,
    /// The product family the patch is applicable for. For example, `Windows` or `Amazon Linux 2`.
    pub product_family: Option<String>,
    /// The specific product the patch is applicable for. For example, `WindowsServer2016` or
    /// `AmazonLinux2018.03`.
    pub product: Option<String>,
    /// The classification of the patch. For example, `SecurityUpdates`, `Updates`, or
    /// `CriticalUpdates`.
    pub classification: Option<String>,
    /// The severity of the patch, such as `Critical`, `Important`, or `Moderate`. Applies to
    /// Windows patches only.
    pub msrc_severity: Option<String>,
    /// The Microsoft Knowledge Base ID of the patch. Applies to Windows patches only.
    pub kb_number: Option<String>,
    /// The ID of the Microsoft Security Response Center (MSRC) bulletin the patch is related to.
    /// For example, `MS14-045`. Applies to Windows patches only.
    pub msrc_number: Option<String>,
    /// The language of the patch if it's language-specific.
    pub language: Option<String>,
    /// The Advisory ID of the patch. For example, `RHSA-2020:3779`. Applies to Linux-based managed
    /// nodes only.
    pub advisory_ids: Option<Vec<String>>,
    /// The Bugzilla ID of the patch. For example, `1600646`. Applies to Linux-based managed nodes
    /// only.
    pub bugzilla_ids: Option<Vec<String>>,
    /// The Common Vulnerabilities and Exposures (CVE) ID of the patch. For example,
    /// `CVE-2011-3192`. Applies to Linux-based managed nodes only.
    #[shape(name = "CVEIds")]
    pub cve_ids: Option<Vec<String>>,
    /// The name of the patch. Applies to Linux-based managed nodes only.
    pub name: Option<String>,
    /// The epoch of the patch. For example in `pkg-example-EE-20180914-2.2.amzn1.noarch`, the epoch
    /// value is `20180914-2`. Applies to Linux-based managed nodes only.
    pub epoch: Option<i32>,
    /// The version number of the patch. For example, in `example-pkg-1.710.10-2.7.abcd.x86_64`, the
    /// version number is indicated by `-1`. Applies to Linux-based managed nodes only.
    pub version: Option<String>,
    /// The particular release of a patch. For example, in
    /// `pkg-example-EE-20180914-2.2.amzn1.noarch`, the release is `2.amaz1`. Applies to Linux-based
    /// managed nodes only.
    pub release: Option<String>,
    /// The architecture of the patch. For example, in `example-pkg-0.710.10-2.7.abcd.x86_64`, the
    /// architecture is indicated by `x86_64`. Applies to Linux-based managed nodes only.
    pub arch: Option<String>,
    /// The severity level of the patch. For example, `CRITICAL` or `MODERATE`.
    pub severity: Option<String>,
    /// The source patch repository for the operating system and version, such as `trusty-security`
    /// for Ubuntu Server 14.04 LTE and `focal-security` for Ubuntu Server 20.04 LTE. Applies to
    /// Linux-based managed nodes only.
    pub repository: Option<String>,
}

/// The model's `PatchAction`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PatchAction {
    /// `ALLOW_AS_DEPENDENCY`
    #[default]
    #[shape(name = "ALLOW_AS_DEPENDENCY")]
    AllowAsDependency,
    /// `BLOCK`
    #[shape(name = "BLOCK")]
    Block,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Defines the basic information about a patch baseline.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PatchBaselineIdentity {
    /// The ID of the patch baseline.
    pub baseline_id: Option<String>,
    /// The name of the patch baseline.
    pub baseline_name: Option<String>,
    /// Defines the operating system the patch baseline applies to. The default value is `WINDOWS`.
    pub operating_system: Option<OperatingSystem>,
    /// The description of the patch baseline.
    pub baseline_description: Option<String>,
    /// Indicates whether this is the default baseline. Amazon Web Services Systems Manager supports
    /// creating multiple default patch baselines. For example, you can create a default patch
    /// baseline for each operating system.
    pub default_baseline: Option<bool>,
}

/// Information about the state of a patch on a particular managed node as it relates to the patch
/// baseline used to patch the node.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PatchComplianceData {
    /// The title of the patch.
    pub title: String,
    /// The operating system-specific ID of the patch.
    #[shape(name = "KBId")]
    pub kb_id: String,
    /// The classification of the patch, such as `SecurityUpdates`, `Updates`, and
    /// `CriticalUpdates`.
    pub classification: String,
    /// The severity of the patch such as `Critical`, `Important`, and `Moderate`.
    pub severity: String,
    /// The state of the patch on the managed node, such as INSTALLED or FAILED.
    pub state: PatchComplianceDataState,
    /// The date/time the patch was installed on the managed node. Not all operating systems provide
    /// this level of information.
    pub installed_time: DateTime,
    /// The IDs of one or more Common Vulnerabilities and Exposure (CVE) issues that are resolved by
    /// the patch.
    #[shape(name = "CVEIds")]
    pub cve_ids: Option<String>,
}

/// The model's `PatchComplianceDataState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PatchComplianceDataState {
    /// `INSTALLED`
    #[default]
    #[shape(name = "INSTALLED")]
    Installed,
    /// `INSTALLED_OTHER`
    #[shape(name = "INSTALLED_OTHER")]
    InstalledOther,
    /// `INSTALLED_PENDING_REBOOT`
    #[shape(name = "INSTALLED_PENDING_REBOOT")]
    InstalledPendingReboot,
    /// `INSTALLED_REJECTED`
    #[shape(name = "INSTALLED_REJECTED")]
    InstalledRejected,
    /// `MISSING`
    #[shape(name = "MISSING")]
    Missing,
    /// `NOT_APPLICABLE`
    #[shape(name = "NOT_APPLICABLE")]
    NotApplicable,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `AVAILABLE_SECURITY_UPDATE`
    #[shape(name = "AVAILABLE_SECURITY_UPDATE")]
    AvailableSecurityUpdate,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `PatchComplianceLevel`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PatchComplianceLevel {
    /// `CRITICAL`
    #[default]
    #[shape(name = "CRITICAL")]
    Critical,
    /// `HIGH`
    #[shape(name = "HIGH")]
    High,
    /// `MEDIUM`
    #[shape(name = "MEDIUM")]
    Medium,
    /// `LOW`
    #[shape(name = "LOW")]
    Low,
    /// `INFORMATIONAL`
    #[shape(name = "INFORMATIONAL")]
    Informational,
    /// `UNSPECIFIED`
    #[shape(name = "UNSPECIFIED")]
    Unspecified,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `PatchComplianceStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PatchComplianceStatus {
    /// `COMPLIANT`
    #[default]
    #[shape(name = "COMPLIANT")]
    Compliant,
    /// `NON_COMPLIANT`
    #[shape(name = "NON_COMPLIANT")]
    NonCompliant,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `PatchDeploymentStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PatchDeploymentStatus {
    /// `APPROVED`
    #[default]
    #[shape(name = "APPROVED")]
    Approved,
    /// `PENDING_APPROVAL`
    #[shape(name = "PENDING_APPROVAL")]
    PendingApproval,
    /// `EXPLICIT_APPROVED`
    #[shape(name = "EXPLICIT_APPROVED")]
    ExplicitApproved,
    /// `EXPLICIT_REJECTED`
    #[shape(name = "EXPLICIT_REJECTED")]
    ExplicitRejected,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Defines which patches should be included in a patch baseline.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PatchFilter {
    /// The key for the filter.
    pub key: PatchFilterKey,
    /// The value for the filter key.
    pub values: Vec<String>,
}

/// A set of patch filters, typically used for approval rules.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PatchFilterGroup {
    /// The set of patch filters that make up the group.
    pub patch_filters: Vec<PatchFilter>,
}

/// The model's `PatchFilterKey`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PatchFilterKey {
    /// `ARCH`
    #[default]
    #[shape(name = "ARCH")]
    Arch,
    /// `ADVISORY_ID`
    #[shape(name = "ADVISORY_ID")]
    AdvisoryId,
    /// `BUGZILLA_ID`
    #[shape(name = "BUGZILLA_ID")]
    BugzillaId,
    /// `PATCH_SET`
    #[shape(name = "PATCH_SET")]
    PatchSet,
    /// `PRODUCT`
    #[shape(name = "PRODUCT")]
    Product,
    /// `PRODUCT_FAMILY`
    #[shape(name = "PRODUCT_FAMILY")]
    ProductFamily,
    /// `CLASSIFICATION`
    #[shape(name = "CLASSIFICATION")]
    Classification,
    /// `CVE_ID`
    #[shape(name = "CVE_ID")]
    CveId,
    /// `EPOCH`
    #[shape(name = "EPOCH")]
    Epoch,
    /// `MSRC_SEVERITY`
    #[shape(name = "MSRC_SEVERITY")]
    MsrcSeverity,
    /// `NAME`
    #[shape(name = "NAME")]
    Name,
    /// `PATCH_ID`
    #[shape(name = "PATCH_ID")]
    PatchId,
    /// `SECTION`
    #[shape(name = "SECTION")]
    Section,
    /// `PRIORITY`
    #[shape(name = "PRIORITY")]
    Priority,
    /// `REPOSITORY`
    #[shape(name = "REPOSITORY")]
    Repository,
    /// `RELEASE`
    #[shape(name = "RELEASE")]
    Release,
    /// `SEVERITY`
    #[shape(name = "SEVERITY")]
    Severity,
    /// `SECURITY`
    #[shape(name = "SECURITY")]
    Security,
    /// `VERSION`
    #[shape(name = "VERSION")]
    Version,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The mapping between a patch group and the patch baseline the patch group is registered with.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PatchGroupPatchBaselineMapping {
    /// The name of the patch group registered with the patch baseline.
    pub patch_group: Option<String>,
    /// The patch baseline the patch group is registered with.
    pub baseline_identity: Option<PatchBaselineIdentity>,
}

/// The model's `PatchOperationType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PatchOperationType {
    /// `Scan`
    #[default]
    Scan,
    /// `Install`
    Install,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Defines a filter used in Patch Manager APIs. Supported filter keys depend on the API operation
/// that includes the filter. Patch Manager API operations that use `PatchOrchestratorFilter`
/// include the following:
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PatchOrchestratorFilter {
    /// The key for the filter.
    pub key: Option<String>,
    /// The value for the filter.
    pub values: Option<Vec<String>>,
}

/// The model's `PatchProperty`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PatchProperty {
    /// `PRODUCT`
    #[default]
    #[shape(name = "PRODUCT")]
    Product,
    /// `PRODUCT_FAMILY`
    #[shape(name = "PRODUCT_FAMILY")]
    ProductFamily,
    /// `CLASSIFICATION`
    #[shape(name = "CLASSIFICATION")]
    Classification,
    /// `MSRC_SEVERITY`
    #[shape(name = "MSRC_SEVERITY")]
    MsrcSeverity,
    /// `PRIORITY`
    #[shape(name = "PRIORITY")]
    Priority,
    /// `SEVERITY`
    #[shape(name = "SEVERITY")]
    Severity,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Defines an approval rule for a patch baseline.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PatchRule {
    /// The patch filter group that defines the criteria for the rule.
    pub patch_filter_group: PatchFilterGroup,
    /// A compliance severity level for all approved patches in a patch baseline.
    pub compliance_level: Option<PatchComplianceLevel>,
    /// The number of days after the release date of each patch matched by the rule that the patch
    /// is marked as approved in the patch baseline. For example, a value of `7` means that patches
    /// are approved seven days after they are released.
    pub approve_after_days: Option<i32>,
    /// The cutoff date for auto approval of released patches. Any patches released on or before
    /// this date are installed automatically.
    pub approve_until_date: Option<String>,
    /// For managed nodes identified by the approval rule filters, enables a patch baseline to apply
    /// non-security updates available in the specified repository. The default value is `false`.
    /// Applies to Linux managed nodes only.
    pub enable_non_security: Option<bool>,
}

/// A set of rules defining the approval rules for a patch baseline.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PatchRuleGroup {
    /// The rules that make up the rule group.
    pub patch_rules: Vec<PatchRule>,
}

/// The model's `PatchSet`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PatchSet {
    /// `OS`
    #[default]
    #[shape(name = "OS")]
    Os,
    /// `APPLICATION`
    #[shape(name = "APPLICATION")]
    Application,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about the patches to use to update the managed nodes, including target operating
/// systems and source repository. Applies to Linux managed nodes only.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct PatchSource {
    /// The name specified to identify the patch source.
    pub name: String,
    /// The specific operating system versions a patch repository applies to, such as "Ubuntu16.04",
    /// "AmazonLinux2016.09", "RedhatEnterpriseLinux7.2" or "Suse12.7". For lists of supported
    /// product values, see `PatchFilter`.
    pub products: Vec<String>,
    /// The value of the repo configuration.
    pub configuration: String,
}

impl ::std::fmt::Debug for PatchSource {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PatchSource")
            .field("name", &self.name)
            .field("products", &self.products)
            .field("configuration", &"** redacted **")
            .finish()
    }
}

/// Information about the approval status of a patch.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PatchStatus {
    /// The approval status of a patch.
    pub deployment_status: Option<PatchDeploymentStatus>,
    /// The compliance severity level for a patch.
    pub compliance_level: Option<PatchComplianceLevel>,
    /// The date the patch was approved (or will be approved if the status is `PENDING_APPROVAL`).
    pub approval_date: Option<DateTime>,
}

/// The model's `PingStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PingStatus {
    /// `Online`
    #[default]
    Online,
    /// `ConnectionLost`
    ConnectionLost,
    /// `Inactive`
    Inactive,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `PlatformType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PlatformType {
    /// `Windows`
    #[default]
    Windows,
    /// `Linux`
    Linux,
    /// `MacOS`
    MacOS,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An aggregate of step execution statuses displayed in the Amazon Web Services Systems Manager
/// console for a multi-Region and multi-account Automation execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ProgressCounters {
    /// The total number of steps run in all specified Amazon Web Services Regions and Amazon Web
    /// Services accounts for the current Automation execution.
    pub total_steps: Option<i32>,
    /// The total number of steps that successfully completed in all specified Amazon Web Services
    /// Regions and Amazon Web Services accounts for the current Automation execution.
    pub success_steps: Option<i32>,
    /// The total number of steps that failed to run in all specified Amazon Web Services Regions
    /// and Amazon Web Services accounts for the current Automation execution.
    pub failed_steps: Option<i32>,
    /// The total number of steps that the system cancelled in all specified Amazon Web Services
    /// Regions and Amazon Web Services accounts for the current Automation execution.
    pub cancelled_steps: Option<i32>,
    /// The total number of steps that timed out in all specified Amazon Web Services Regions and
    /// Amazon Web Services accounts for the current Automation execution.
    pub timed_out_steps: Option<i32>,
}

/// The input of `PutComplianceItems`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutComplianceItemsRequest {
    /// Specify an ID for this resource. For a managed node, this is the node ID.
    pub resource_id: String,
    /// Specify the type of resource. `ManagedInstance` is currently the only supported resource
    /// type.
    pub resource_type: String,
    /// Specify the compliance type. For example, specify Association (for a State Manager
    /// association), Patch, or Custom:`string`.
    pub compliance_type: String,
    /// A summary of the call execution that includes an execution ID, the type of execution (for
    /// example, `Command`), and the date/time of the execution using a datetime object that is
    /// saved in the following format: `yyyy-MM-dd'T'HH:mm:ss'Z'`
    pub execution_summary: ComplianceExecutionSummary,
    /// Information about the compliance as defined by the resource type. For example, for a patch
    /// compliance type, `Items` includes information about the PatchSeverity, Classification, and
    /// so on.
    pub items: Vec<ComplianceItemEntry>,
    /// MD5 or SHA-256 content hash. The content hash is used to determine if existing information
    /// should be overwritten or ignored. If the content hashes match, the request to put compliance
    /// information is ignored.
    pub item_content_hash: Option<String>,
    /// The mode for uploading compliance items. You can specify `COMPLETE` or `PARTIAL`. In
    /// `COMPLETE` mode, the system overwrites all existing compliance information for the resource.
    /// You must provide a full list of compliance items each time you send the request.
    pub upload_type: Option<ComplianceUploadType>,
}

/// The output of `PutComplianceItems`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutComplianceItemsResult {}

/// The input of `PutInventory`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutInventoryRequest {
    /// An managed node ID where you want to add or update inventory items.
    pub instance_id: String,
    /// The inventory items that you want to add or update on managed nodes.
    pub items: Vec<InventoryItem>,
}

/// The output of `PutInventory`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutInventoryResult {
    /// Information about the request.
    pub message: Option<String>,
}

/// The input of `PutParameter`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct PutParameterRequest {
    /// The fully qualified name of the parameter that you want to create or update.
    pub name: String,
    /// Information about the parameter that you want to add to the system. Optional but
    /// recommended.
    pub description: Option<String>,
    /// The parameter value that you want to add to the system. Standard parameters have a value
    /// limit of 4 KB. Advanced parameters have a value limit of 8 KB.
    pub value: String,
    /// The type of parameter that you want to create.
    pub r#type: Option<ParameterType>,
    /// The Key Management Service (KMS) ID that you want to use to encrypt a parameter. Use a
    /// custom key for better security. Required for parameters that use the `SecureString` data
    /// type.
    pub key_id: Option<String>,
    /// Overwrite an existing parameter. The default value is `false`.
    pub overwrite: Option<bool>,
    /// A regular expression used to validate the parameter value. For example, for String types
    /// with values restricted to numbers, you can specify the following: AllowedPattern=^\\d+$
    pub allowed_pattern: Option<String>,
    /// Optional metadata that you assign to a resource. Tags enable you to categorize a resource in
    /// different ways, such as by purpose, owner, or environment. For example, you might want to
    /// tag a Systems Manager parameter to identify the type of resource to which it applies, the
    /// environment, or the type of configuration data referenced by the parameter. In this case,
    /// you could specify the following key-value pairs:
    pub tags: Option<Vec<Tag>>,
    /// The parameter tier to assign to a parameter.
    pub tier: Option<ParameterTier>,
    /// One or more policies to apply to a parameter. This operation takes a JSON array. Parameter
    /// Store, a tool in Amazon Web Services Systems Manager supports the following policy types:
    pub policies: Option<String>,
    /// The data type for a `String` parameter. Supported data types include plain text and Amazon
    /// Machine Image (AMI) IDs.
    pub data_type: Option<String>,
}

impl ::std::fmt::Debug for PutParameterRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("PutParameterRequest")
            .field("name", &self.name)
            .field("description", &self.description)
            .field("value", &"** redacted **")
            .field("type", &self.r#type)
            .field("key_id", &self.key_id)
            .field("overwrite", &self.overwrite)
            .field("allowed_pattern", &self.allowed_pattern)
            .field("tags", &self.tags)
            .field("tier", &self.tier)
            .field("policies", &self.policies)
            .field("data_type", &self.data_type)
            .finish()
    }
}

/// The output of `PutParameter`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutParameterResult {
    /// The new version number of a parameter. If you edit a parameter value, Parameter Store
    /// automatically creates a new version and assigns this new version a unique ID. You can
    /// reference a parameter version ID in API operations or in Systems Manager documents (SSM
    /// documents). By default, if you don't specify a specific version, the system returns the
    /// latest parameter value when a parameter is called.
    pub version: Option<i64>,
    /// The tier assigned to the parameter.
    pub tier: Option<ParameterTier>,
}

/// The input of `PutResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutResourcePolicyRequest {
    /// Amazon Resource Name (ARN) of the resource to which you want to attach a policy.
    pub resource_arn: String,
    /// A policy you want to associate with a resource.
    pub policy: String,
    /// The policy ID.
    pub policy_id: Option<String>,
    /// ID of the current policy version. The hash helps to prevent a situation where multiple users
    /// attempt to overwrite a policy. You must provide this hash when updating or deleting a
    /// policy.
    pub policy_hash: Option<String>,
}

/// The output of `PutResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutResourcePolicyResponse {
    /// The policy ID. To update a policy, you must specify `PolicyId` and `PolicyHash`.
    pub policy_id: Option<String>,
    /// ID of the current policy version.
    pub policy_hash: Option<String>,
}

/// The model's `RebootOption`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RebootOption {
    /// `RebootIfNeeded`
    #[default]
    RebootIfNeeded,
    /// `NoReboot`
    NoReboot,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `RegisterDefaultPatchBaseline`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterDefaultPatchBaselineRequest {
    /// The ID of the patch baseline that should be the default patch baseline.
    pub baseline_id: String,
}

/// The output of `RegisterDefaultPatchBaseline`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterDefaultPatchBaselineResult {
    /// The ID of the default patch baseline.
    pub baseline_id: Option<String>,
}

/// The input of `RegisterPatchBaselineForPatchGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterPatchBaselineForPatchGroupRequest {
    /// The ID of the patch baseline to register with the patch group.
    pub baseline_id: String,
    /// The name of the patch group to be registered with the patch baseline.
    pub patch_group: String,
}

/// The output of `RegisterPatchBaselineForPatchGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterPatchBaselineForPatchGroupResult {
    /// The ID of the patch baseline the patch group was registered with.
    pub baseline_id: Option<String>,
    /// The name of the patch group registered with the patch baseline.
    pub patch_group: Option<String>,
}

/// The input of `RegisterTargetWithMaintenanceWindow`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct RegisterTargetWithMaintenanceWindowRequest {
    /// The ID of the maintenance window the target should be registered with.
    pub window_id: String,
    /// The type of target being registered with the maintenance window.
    pub resource_type: MaintenanceWindowResourceType,
    /// The targets to register with the maintenance window. In other words, the managed nodes to
    /// run commands on when the maintenance window runs.
    pub targets: Vec<Target>,
    /// User-provided value that will be included in any Amazon CloudWatch Events events raised
    /// while running tasks for these targets in this maintenance window.
    pub owner_information: Option<String>,
    /// An optional name for the target.
    pub name: Option<String>,
    /// An optional description for the target.
    pub description: Option<String>,
    /// User-provided idempotency token.
    #[shape(idempotency_token)]
    pub client_token: Option<String>,
}

impl ::std::fmt::Debug for RegisterTargetWithMaintenanceWindowRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RegisterTargetWithMaintenanceWindowRequest")
            .field("window_id", &self.window_id)
            .field("resource_type", &self.resource_type)
            .field("targets", &self.targets)
            .field(
                "owner_information",
                &self.owner_information.as_ref().map(|_| "** redacted **"),
            )
            .field("name", &self.name)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .field("client_token", &self.client_token)
            .finish()
    }
}

/// The output of `RegisterTargetWithMaintenanceWindow`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterTargetWithMaintenanceWindowResult {
    /// The ID of the target definition in this maintenance window.
    pub window_target_id: Option<String>,
}

/// The input of `RegisterTaskWithMaintenanceWindow`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct RegisterTaskWithMaintenanceWindowRequest {
    /// The ID of the maintenance window the task should be added to.
    pub window_id: String,
    /// The targets (either managed nodes or maintenance window targets).
    pub targets: Option<Vec<Target>>,
    /// The ARN of the task to run.
    pub task_arn: String,
    /// The Amazon Resource Name (ARN) of the IAM service role for Amazon Web Services Systems
    /// Manager to assume when running a maintenance window task. If you do not specify a service
    /// role ARN, Systems Manager uses a service-linked role in your account. If no appropriate
    /// service-linked role for Systems Manager exists in your account, it is created when you run
    /// `RegisterTaskWithMaintenanceWindow`.
    pub service_role_arn: Option<String>,
    /// The type of task being registered.
    pub task_type: MaintenanceWindowTaskType,
    /// The parameters that should be passed to the task when it is run.
    pub task_parameters: Option<HashMap<String, MaintenanceWindowTaskParameterValueExpression>>,
    /// The parameters that the task should use during execution. Populate only the fields that
    /// match the task type. All other fields should be empty.
    pub task_invocation_parameters: Option<MaintenanceWindowTaskInvocationParameters>,
    /// The priority of the task in the maintenance window, the lower the number the higher the
    /// priority. Tasks in a maintenance window are scheduled in priority order with tasks that have
    /// the same priority scheduled in parallel.
    pub priority: Option<i32>,
    /// The maximum number of targets this task can be run for, in parallel.
    pub max_concurrency: Option<String>,
    /// The maximum number of errors allowed before this task stops being scheduled.
    pub max_errors: Option<String>,
    /// A structure containing information about an Amazon Simple Storage Service (Amazon S3) bucket
    /// to write managed node-level logs to.
    pub logging_info: Option<LoggingInfo>,
    /// An optional name for the task.
    pub name: Option<String>,
    /// An optional description for the task.
    pub description: Option<String>,
    /// User-provided idempotency token.
    #[shape(idempotency_token)]
    pub client_token: Option<String>,
    /// Indicates whether tasks should continue to run after the cutoff time specified in the
    /// maintenance windows is reached.
    pub cutoff_behavior: Option<MaintenanceWindowTaskCutoffBehavior>,
    /// The CloudWatch alarm you want to apply to your maintenance window task.
    pub alarm_configuration: Option<AlarmConfiguration>,
}

impl ::std::fmt::Debug for RegisterTaskWithMaintenanceWindowRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RegisterTaskWithMaintenanceWindowRequest")
            .field("window_id", &self.window_id)
            .field("targets", &self.targets)
            .field("task_arn", &self.task_arn)
            .field("service_role_arn", &self.service_role_arn)
            .field("task_type", &self.task_type)
            .field(
                "task_parameters",
                &self.task_parameters.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "task_invocation_parameters",
                &self.task_invocation_parameters,
            )
            .field("priority", &self.priority)
            .field("max_concurrency", &self.max_concurrency)
            .field("max_errors", &self.max_errors)
            .field("logging_info", &self.logging_info)
            .field("name", &self.name)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .field("client_token", &self.client_token)
            .field("cutoff_behavior", &self.cutoff_behavior)
            .field("alarm_configuration", &self.alarm_configuration)
            .finish()
    }
}

/// The output of `RegisterTaskWithMaintenanceWindow`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterTaskWithMaintenanceWindowResult {
    /// The ID of the task in the maintenance window.
    pub window_task_id: Option<String>,
}

/// Reserved for internal use.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegistrationMetadataItem {
    /// Reserved for internal use.
    pub key: String,
    /// Reserved for internal use.
    pub value: String,
}

/// An OpsItems that shares something in common with the current OpsItem. For example, related
/// OpsItems can include OpsItems with similar error messages, impacted resources, or statuses for
/// the impacted resource.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RelatedOpsItem {
    /// The ID of an OpsItem related to the current OpsItem.
    pub ops_item_id: String,
}

/// The input of `RemoveTagsFromResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemoveTagsFromResourceRequest {
    /// The type of resource from which you want to remove a tag.
    pub resource_type: ResourceTypeForTagging,
    /// The ID of the resource from which you want to remove tags. For example:
    pub resource_id: String,
    /// Tag keys that you want to remove from the specified resource.
    pub tag_keys: Vec<String>,
}

/// The output of `RemoveTagsFromResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RemoveTagsFromResourceResult {}

/// The request body of the ResetServiceSetting API operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResetServiceSettingRequest {
    /// The Amazon Resource Name (ARN) of the service setting to reset. The setting ID can be one of
    /// the following.
    pub setting_id: String,
}

/// The result body of the ResetServiceSetting API operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResetServiceSettingResult {
    /// The current, effective service setting after calling the ResetServiceSetting API operation.
    pub service_setting: Option<ServiceSetting>,
}

/// Information about targets that resolved during the Automation execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResolvedTargets {
    /// A list of parameter values sent to targets that resolved during the Automation execution.
    pub parameter_values: Option<Vec<String>>,
    /// A boolean value indicating whether the resolved target list is truncated.
    pub truncated: Option<bool>,
}

/// Compliance summary information for a specific resource.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceComplianceSummaryItem {
    /// The compliance type.
    pub compliance_type: Option<String>,
    /// The resource type.
    pub resource_type: Option<String>,
    /// The resource ID.
    pub resource_id: Option<String>,
    /// The compliance status for the resource.
    pub status: Option<ComplianceStatus>,
    /// The highest severity item found for the resource. The resource is compliant for this item.
    pub overall_severity: Option<ComplianceSeverity>,
    /// Information about the execution.
    pub execution_summary: Option<ComplianceExecutionSummary>,
    /// A list of items that are compliant for the resource.
    pub compliant_summary: Option<CompliantSummary>,
    /// A list of items that aren't compliant for the resource.
    pub non_compliant_summary: Option<NonCompliantSummary>,
}

/// Information about the `AwsOrganizationsSource` resource data sync source. A sync source of this
/// type can synchronize data from Organizations or, if an Amazon Web Services organization isn't
/// present, from multiple Amazon Web Services Regions.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceDataSyncAwsOrganizationsSource {
    /// If an Amazon Web Services organization is present, this is either `OrganizationalUnits` or
    /// `EntireOrganization`. For `OrganizationalUnits`, the data is aggregated from a set of
    /// organization units. For `EntireOrganization`, the data is aggregated from the entire Amazon
    /// Web Services organization.
    pub organization_source_type: String,
    /// The Organizations organization units included in the sync.
    pub organizational_units: Option<Vec<ResourceDataSyncOrganizationalUnit>>,
}

/// Synchronize Amazon Web Services Systems Manager Inventory data from multiple Amazon Web Services
/// accounts defined in Organizations to a centralized Amazon S3 bucket. Data is synchronized to
/// individual key prefixes in the central bucket. Each key prefix represents a different Amazon Web
/// Services account ID.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceDataSyncDestinationDataSharing {
    /// The sharing data type. Only `Organization` is supported.
    pub destination_data_sharing_type: Option<String>,
}

/// Information about a resource data sync configuration, including its current status and last
/// successful sync.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceDataSyncItem {
    /// The name of the resource data sync.
    pub sync_name: Option<String>,
    /// The type of resource data sync. If `SyncType` is `SyncToDestination`, then the resource data
    /// sync synchronizes data to an S3 bucket. If the `SyncType` is `SyncFromSource` then the
    /// resource data sync synchronizes data from Organizations or from multiple Amazon Web Services
    /// Regions.
    pub sync_type: Option<String>,
    /// Information about the source where the data was synchronized.
    pub sync_source: Option<ResourceDataSyncSourceWithState>,
    /// Configuration information for the target S3 bucket.
    pub s3_destination: Option<ResourceDataSyncS3Destination>,
    /// The last time the configuration attempted to sync (UTC).
    pub last_sync_time: Option<DateTime>,
    /// The last time the sync operations returned a status of `SUCCESSFUL` (UTC).
    pub last_successful_sync_time: Option<DateTime>,
    /// The date and time the resource data sync was changed.
    pub sync_last_modified_time: Option<DateTime>,
    /// The status reported by the last sync.
    pub last_status: Option<LastResourceDataSyncStatus>,
    /// The date and time the configuration was created (UTC).
    pub sync_created_time: Option<DateTime>,
    /// The status message details reported by the last sync.
    pub last_sync_status_message: Option<String>,
}

/// The Organizations organizational unit data source for the sync.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceDataSyncOrganizationalUnit {
    /// The Organizations unit ID data source for the sync.
    pub organizational_unit_id: Option<String>,
}

/// Information about the target S3 bucket for the resource data sync.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceDataSyncS3Destination {
    /// The name of the S3 bucket where the aggregated data is stored.
    pub bucket_name: String,
    /// An Amazon S3 prefix for the bucket.
    pub prefix: Option<String>,
    /// A supported sync format. The following format is currently supported: JsonSerDe
    pub sync_format: ResourceDataSyncS3Format,
    /// The Amazon Web Services Region with the S3 bucket targeted by the resource data sync.
    pub region: String,
    /// The ARN of an encryption key for a destination in Amazon S3. Must belong to the same Region
    /// as the destination S3 bucket.
    #[shape(name = "AWSKMSKeyARN")]
    pub awskms_key_arn: Option<String>,
    /// Enables destination data sharing. By default, this field is `null`.
    pub destination_data_sharing: Option<ResourceDataSyncDestinationDataSharing>,
}

/// The model's `ResourceDataSyncS3Format`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ResourceDataSyncS3Format {
    /// `JsonSerDe`
    #[default]
    JsonSerDe,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about the source of the data included in the resource data sync.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceDataSyncSource {
    /// The type of data source for the resource data sync. `SourceType` is either
    /// `AwsOrganizations` (if an organization is present in Organizations) or
    /// `SingleAccountMultiRegions`.
    pub source_type: String,
    /// Information about the `AwsOrganizationsSource` resource data sync source. A sync source of
    /// this type can synchronize data from Organizations.
    pub aws_organizations_source: Option<ResourceDataSyncAwsOrganizationsSource>,
    /// The `SyncSource` Amazon Web Services Regions included in the resource data sync.
    pub source_regions: Vec<String>,
    /// Whether to automatically synchronize and aggregate data from new Amazon Web Services Regions
    /// when those Regions come online.
    pub include_future_regions: Option<bool>,
    /// When you create a resource data sync, if you choose one of the Organizations options, then
    /// Systems Manager automatically enables all OpsData sources in the selected Amazon Web
    /// Services Regions for all Amazon Web Services accounts in your organization (or in the
    /// selected organization units). For more information, see [Setting up Systems Manager Explorer
    /// to display data from multiple accounts and
    /// Regions](https://docs.aws.amazon.com/systems-manager/latest/userguide/Explorer-resource-data-sync.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub enable_all_ops_data_sources: Option<bool>,
}

/// The data type name for including resource data sync state. There are four sync states:
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceDataSyncSourceWithState {
    /// The type of data source for the resource data sync. `SourceType` is either
    /// `AwsOrganizations` (if an organization is present in Organizations) or
    /// `singleAccountMultiRegions`.
    pub source_type: Option<String>,
    /// The field name in `SyncSource` for the `ResourceDataSyncAwsOrganizationsSource` type.
    pub aws_organizations_source: Option<ResourceDataSyncAwsOrganizationsSource>,
    /// The `SyncSource` Amazon Web Services Regions included in the resource data sync.
    pub source_regions: Option<Vec<String>>,
    /// Whether to automatically synchronize and aggregate data from new Amazon Web Services Regions
    /// when those Regions come online.
    pub include_future_regions: Option<bool>,
    /// The data type name for including resource data sync state. There are four sync states:
    pub state: Option<String>,
    /// When you create a resource data sync, if you choose one of the Organizations options, then
    /// Systems Manager automatically enables all OpsData sources in the selected Amazon Web
    /// Services Regions for all Amazon Web Services accounts in your organization (or in the
    /// selected organization units). For more information, see [Setting up Systems Manager Explorer
    /// to display data from multiple accounts and
    /// Regions](https://docs.aws.amazon.com/systems-manager/latest/userguide/Explorer-resource-data-sync.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub enable_all_ops_data_sources: Option<bool>,
}

/// The model's `ResourceType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ResourceType {
    /// `ManagedInstance`
    #[default]
    ManagedInstance,
    /// `EC2Instance`
    EC2Instance,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ResourceTypeForTagging`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ResourceTypeForTagging {
    /// `Document`
    #[default]
    Document,
    /// `ManagedInstance`
    ManagedInstance,
    /// `MaintenanceWindow`
    MaintenanceWindow,
    /// `Parameter`
    Parameter,
    /// `PatchBaseline`
    PatchBaseline,
    /// `OpsItem`
    OpsItem,
    /// `OpsMetadata`
    OpsMetadata,
    /// `Automation`
    Automation,
    /// `Association`
    Association,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The inventory item result attribute.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResultAttribute {
    /// Name of the inventory item type. Valid value: `AWS:InstanceInformation`. Default Value:
    /// `AWS:InstanceInformation`.
    pub type_name: String,
}

/// The input of `ResumeSession`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResumeSessionRequest {
    /// The ID of the disconnected session to resume.
    pub session_id: String,
}

/// The output of `ResumeSession`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResumeSessionResponse {
    /// The ID of the session.
    pub session_id: Option<String>,
    /// An encrypted token value containing session and caller information. Used to authenticate the
    /// connection to the managed node.
    pub token_value: Option<String>,
    /// A URL back to SSM Agent on the managed node that the Session Manager client uses to send
    /// commands and receive output from the managed node. Format:
    /// `wss://ssmmessages.**region**.amazonaws.com/v1/data-channel/**session-id**?stream=(input|output)`.
    pub stream_url: Option<String>,
}

/// Information about the result of a document review request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReviewInformation {
    /// The time that the reviewer took action on the document review request.
    pub reviewed_time: Option<DateTime>,
    /// The current status of the document review request.
    pub status: Option<ReviewStatus>,
    /// The reviewer assigned to take action on the document review request.
    pub reviewer: Option<String>,
}

/// The model's `ReviewStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReviewStatus {
    /// `APPROVED`
    #[default]
    #[shape(name = "APPROVED")]
    Approved,
    /// `NOT_REVIEWED`
    #[shape(name = "NOT_REVIEWED")]
    NotReviewed,
    /// `PENDING`
    #[shape(name = "PENDING")]
    Pending,
    /// `REJECTED`
    #[shape(name = "REJECTED")]
    Rejected,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about an Automation runbook used in a runbook workflow in Change Manager.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Runbook {
    /// The name of the Automation runbook used in a runbook workflow.
    pub document_name: String,
    /// The version of the Automation runbook used in a runbook workflow.
    pub document_version: Option<String>,
    /// The key-value map of execution parameters, which were supplied when calling
    /// `StartChangeRequestExecution`.
    pub parameters: Option<HashMap<String, Vec<String>>>,
    /// The name of the parameter used as the target resource for the rate-controlled runbook
    /// workflow. Required if you specify `Targets`.
    pub target_parameter_name: Option<String>,
    /// A key-value mapping to target resources that the runbook operation performs tasks on.
    /// Required if you specify `TargetParameterName`.
    pub targets: Option<Vec<Target>>,
    /// A key-value mapping of runbook parameters to target resources. Both Targets and TargetMaps
    /// can't be specified together.
    pub target_maps: Option<Vec<HashMap<String, Vec<String>>>>,
    /// The `MaxConcurrency` value specified by the user when the operation started, indicating the
    /// maximum number of resources that the runbook operation can run on at the same time.
    pub max_concurrency: Option<String>,
    /// The `MaxErrors` value specified by the user when the execution started, indicating the
    /// maximum number of errors that can occur during the operation before the updates are stopped
    /// or rolled back.
    pub max_errors: Option<String>,
    /// Information about the Amazon Web Services Regions and Amazon Web Services accounts targeted
    /// by the current Runbook operation.
    pub target_locations: Option<Vec<TargetLocation>>,
}

/// An S3 bucket where you want to store the results of this request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct S3OutputLocation {
    /// The Amazon Web Services Region of the S3 bucket.
    pub output_s3_region: Option<String>,
    /// The name of the S3 bucket.
    pub output_s3_bucket_name: Option<String>,
    /// The S3 bucket subfolder.
    pub output_s3_key_prefix: Option<String>,
}

/// A URL for the Amazon Web Services Systems Manager (Systems Manager) bucket where you want to
/// store the results of this request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct S3OutputUrl {
    /// A URL for an S3 bucket where you want to store the results of this request.
    pub output_url: Option<String>,
}

/// Information about a scheduled execution for a maintenance window.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ScheduledWindowExecution {
    /// The ID of the maintenance window to be run.
    pub window_id: Option<String>,
    /// The name of the maintenance window to be run.
    pub name: Option<String>,
    /// The time, in ISO-8601 Extended format, that the maintenance window is scheduled to be run.
    pub execution_time: Option<String>,
}

/// The input of `SendAutomationSignal`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendAutomationSignalRequest {
    /// The unique identifier for an existing Automation execution that you want to send the signal
    /// to.
    pub automation_execution_id: String,
    /// The type of signal to send to an Automation execution.
    pub signal_type: SignalType,
    /// The data sent with the signal. The data schema depends on the type of signal used in the
    /// request.
    pub payload: Option<HashMap<String, Vec<String>>>,
}

/// The output of `SendAutomationSignal`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendAutomationSignalResult {}

/// The input of `SendCommand`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct SendCommandRequest {
    /// The IDs of the managed nodes where the command should run. Specifying managed node IDs is
    /// most useful when you are targeting a limited number of managed nodes, though you can specify
    /// up to 50 IDs.
    pub instance_ids: Option<Vec<String>>,
    /// An array of search criteria that targets managed nodes using a `Key,Value` combination that
    /// you specify. Specifying targets is most useful when you want to send a command to a large
    /// number of managed nodes at once. Using `Targets`, which accepts tag key-value pairs to
    /// identify managed nodes, you can send a command to tens, hundreds, or thousands of nodes at
    /// once.
    pub targets: Option<Vec<Target>>,
    /// The name of the Amazon Web Services Systems Manager document (SSM document) to run. This can
    /// be a public document or a custom document. To run a shared document belonging to another
    /// account, specify the document Amazon Resource Name (ARN). For more information about how to
    /// use shared documents, see [Sharing SSM
    /// documents](https://docs.aws.amazon.com/systems-manager/latest/userguide/ssm-using-shared.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub document_name: String,
    /// The SSM document version to use in the request. You can specify $DEFAULT, $LATEST, or a
    /// specific version number. If you run commands by using the Command Line Interface (Amazon Web
    /// Services CLI), then you must escape the first two options by using a backslash. If you
    /// specify a version number, then you don't need to use the backslash. For example:
    pub document_version: Option<String>,
    /// The Sha256 or Sha1 hash created by the system when the document was created.
    pub document_hash: Option<String>,
    /// Sha256 or Sha1.
    pub document_hash_type: Option<DocumentHashType>,
    /// If this time is reached and the command hasn't already started running, it won't run.
    pub timeout_seconds: Option<i32>,
    /// User-specified information about the command, such as a brief description of what the
    /// command should do.
    pub comment: Option<String>,
    /// The required and optional parameters specified in the document being run.
    pub parameters: Option<HashMap<String, Vec<String>>>,
    /// (Deprecated) You can no longer specify this parameter. The system ignores it. Instead,
    /// Systems Manager automatically determines the Amazon Web Services Region of the S3 bucket.
    pub output_s3_region: Option<String>,
    /// The name of the S3 bucket where command execution responses should be stored.
    pub output_s3_bucket_name: Option<String>,
    /// The directory structure within the S3 bucket where the responses should be stored.
    pub output_s3_key_prefix: Option<String>,
    /// (Optional) The maximum number of managed nodes that are allowed to run the command at the
    /// same time. You can specify a number such as 10 or a percentage such as 10%. The default
    /// value is `50`. For more information about how to use `MaxConcurrency`, see [Using
    /// concurrency
    /// controls](https://docs.aws.amazon.com/systems-manager/latest/userguide/send-commands-multiple.html#send-commands-velocity)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub max_concurrency: Option<String>,
    /// The maximum number of errors allowed without the command failing. When the command fails one
    /// more time beyond the value of `MaxErrors`, the systems stops sending the command to
    /// additional targets. You can specify a number like 10 or a percentage like 10%. The default
    /// value is `0`. For more information about how to use `MaxErrors`, see [Using error
    /// controls](https://docs.aws.amazon.com/systems-manager/latest/userguide/send-commands-multiple.html#send-commands-maxerrors)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub max_errors: Option<String>,
    /// The ARN of the Identity and Access Management (IAM) service role to use to publish Amazon
    /// Simple Notification Service (Amazon SNS) notifications for Run Command commands.
    pub service_role_arn: Option<String>,
    /// Configurations for sending notifications.
    pub notification_config: Option<NotificationConfig>,
    /// Enables Amazon Web Services Systems Manager to send Run Command output to Amazon CloudWatch
    /// Logs. Run Command is a tool in Amazon Web Services Systems Manager.
    pub cloud_watch_output_config: Option<CloudWatchOutputConfig>,
    /// The CloudWatch alarm you want to apply to your command.
    pub alarm_configuration: Option<AlarmConfiguration>,
}

impl ::std::fmt::Debug for SendCommandRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("SendCommandRequest")
            .field("instance_ids", &self.instance_ids)
            .field("targets", &self.targets)
            .field("document_name", &self.document_name)
            .field("document_version", &self.document_version)
            .field("document_hash", &self.document_hash)
            .field("document_hash_type", &self.document_hash_type)
            .field("timeout_seconds", &self.timeout_seconds)
            .field("comment", &self.comment)
            .field(
                "parameters",
                &self.parameters.as_ref().map(|_| "** redacted **"),
            )
            .field("output_s3_region", &self.output_s3_region)
            .field("output_s3_bucket_name", &self.output_s3_bucket_name)
            .field("output_s3_key_prefix", &self.output_s3_key_prefix)
            .field("max_concurrency", &self.max_concurrency)
            .field("max_errors", &self.max_errors)
            .field("service_role_arn", &self.service_role_arn)
            .field("notification_config", &self.notification_config)
            .field("cloud_watch_output_config", &self.cloud_watch_output_config)
            .field("alarm_configuration", &self.alarm_configuration)
            .finish()
    }
}

/// The output of `SendCommand`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SendCommandResult {
    /// The request as it was received by Systems Manager. Also provides the command ID which can be
    /// used future references to this request.
    pub command: Option<Command>,
}

/// The service setting data structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceSetting {
    /// The ID of the service setting.
    pub setting_id: Option<String>,
    /// The value of the service setting.
    pub setting_value: Option<String>,
    /// The last time the service setting was modified.
    pub last_modified_date: Option<DateTime>,
    /// The ARN of the last modified user. This field is populated only if the setting value was
    /// overwritten.
    pub last_modified_user: Option<String>,
    /// The ARN of the service setting.
    #[shape(name = "ARN")]
    pub arn: Option<String>,
    /// The status of the service setting. The value can be Default, Customized or PendingUpdate.
    pub status: Option<String>,
}

/// Information about a Session Manager connection to a managed node.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Session {
    /// The ID of the session.
    pub session_id: Option<String>,
    /// The managed node that the Session Manager session connected to.
    pub target: Option<String>,
    /// The status of the session. For example, "Connected" or "Terminated".
    pub status: Option<SessionStatus>,
    /// The date and time, in ISO-8601 Extended format, when the session began.
    pub start_date: Option<DateTime>,
    /// The date and time, in ISO-8601 Extended format, when the session was terminated.
    pub end_date: Option<DateTime>,
    /// The name of the Session Manager SSM document used to define the parameters and plugin
    /// settings for the session. For example, `SSM-SessionManagerRunShell`.
    pub document_name: Option<String>,
    /// The ID of the Amazon Web Services user that started the session.
    pub owner: Option<String>,
    /// The reason for connecting to the instance.
    pub reason: Option<String>,
    /// Reserved for future use.
    pub details: Option<String>,
    /// Reserved for future use.
    pub output_url: Option<SessionManagerOutputUrl>,
    /// The maximum duration of a session before it terminates.
    pub max_session_duration: Option<String>,
    /// `Standard` access type is the default for Session Manager sessions. `JustInTime` is the
    /// access type for [Just-in-time node
    /// access](https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-just-in-time-node-access.html).
    pub access_type: Option<AccessType>,
}

/// Describes a filter for Session Manager information.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SessionFilter {
    /// The name of the filter.
    #[shape(name = "key")]
    pub key: SessionFilterKey,
    /// The filter value. Valid values for each filter key are as follows:
    #[shape(name = "value")]
    pub value: String,
}

/// The model's `SessionFilterKey`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SessionFilterKey {
    /// `InvokedAfter`
    #[default]
    InvokedAfter,
    /// `InvokedBefore`
    InvokedBefore,
    /// `Target`
    Target,
    /// `Owner`
    Owner,
    /// `Status`
    Status,
    /// `SessionId`
    SessionId,
    /// `AccessType`
    AccessType,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Reserved for future use.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SessionManagerOutputUrl {
    /// Reserved for future use.
    pub s3_output_url: Option<String>,
    /// Reserved for future use.
    pub cloud_watch_output_url: Option<String>,
}

/// The model's `SessionState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SessionState {
    /// `Active`
    #[default]
    Active,
    /// `History`
    History,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `SessionStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SessionStatus {
    /// `Connected`
    #[default]
    Connected,
    /// `Connecting`
    Connecting,
    /// `Disconnected`
    Disconnected,
    /// `Terminated`
    Terminated,
    /// `Terminating`
    Terminating,
    /// `Failed`
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The number of managed nodes found for each patch severity level defined in the request filter.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SeveritySummary {
    /// The total number of resources or compliance items that have a severity level of `Critical`.
    /// Critical severity is determined by the organization that published the compliance items.
    pub critical_count: Option<i32>,
    /// The total number of resources or compliance items that have a severity level of high. High
    /// severity is determined by the organization that published the compliance items.
    pub high_count: Option<i32>,
    /// The total number of resources or compliance items that have a severity level of medium.
    /// Medium severity is determined by the organization that published the compliance items.
    pub medium_count: Option<i32>,
    /// The total number of resources or compliance items that have a severity level of low. Low
    /// severity is determined by the organization that published the compliance items.
    pub low_count: Option<i32>,
    /// The total number of resources or compliance items that have a severity level of
    /// informational. Informational severity is determined by the organization that published the
    /// compliance items.
    pub informational_count: Option<i32>,
    /// The total number of resources or compliance items that have a severity level of unspecified.
    /// Unspecified severity is determined by the organization that published the compliance items.
    pub unspecified_count: Option<i32>,
}

/// The model's `SignalType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SignalType {
    /// `Approve`
    #[default]
    Approve,
    /// `Reject`
    Reject,
    /// `StartStep`
    StartStep,
    /// `StopStep`
    StopStep,
    /// `Resume`
    Resume,
    /// `Revoke`
    Revoke,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `SourceType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SourceType {
    /// `AWS::EC2::Instance`
    #[default]
    #[shape(name = "AWS::EC2::Instance")]
    AwsEc2Instance,
    /// `AWS::IoT::Thing`
    #[shape(name = "AWS::IoT::Thing")]
    AwsIoTThing,
    /// `AWS::SSM::ManagedInstance`
    #[shape(name = "AWS::SSM::ManagedInstance")]
    AwsSsmManagedInstance,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `StartAccessRequest`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartAccessRequestRequest {
    /// A brief description explaining why you are requesting access to the node.
    pub reason: String,
    /// The node you are requesting access to.
    pub targets: Vec<Target>,
    /// Key-value pairs of metadata you want to assign to the access request.
    pub tags: Option<Vec<Tag>>,
}

/// The output of `StartAccessRequest`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartAccessRequestResponse {
    /// The ID of the access request.
    pub access_request_id: Option<String>,
}

/// The input of `StartAssociationsOnce`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartAssociationsOnceRequest {
    /// The association IDs that you want to run immediately and only one time.
    pub association_ids: Vec<String>,
}

/// The output of `StartAssociationsOnce`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartAssociationsOnceResult {}

/// The input of `StartAutomationExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartAutomationExecutionRequest {
    /// The name of the SSM document to run. This can be a public document or a custom document. To
    /// run a shared document belonging to another account, specify the document ARN. For more
    /// information about how to use shared documents, see [Sharing SSM
    /// documents](https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub document_name: String,
    /// The version of the Automation runbook to use for this execution.
    pub document_version: Option<String>,
    /// A key-value map of execution parameters, which match the declared parameters in the
    /// Automation runbook.
    pub parameters: Option<HashMap<String, Vec<String>>>,
    /// User-provided idempotency token. The token must be unique, is case insensitive, enforces the
    /// UUID format, and can't be reused.
    pub client_token: Option<String>,
    /// The execution mode of the automation. Valid modes include the following: Auto and
    /// Interactive. The default mode is Auto.
    pub mode: Option<ExecutionMode>,
    /// The name of the parameter used as the target resource for the rate-controlled execution.
    /// Required if you specify targets.
    pub target_parameter_name: Option<String>,
    /// A key-value mapping to target resources. Required if you specify TargetParameterName.
    pub targets: Option<Vec<Target>>,
    /// A key-value mapping of document parameters to target resources. Both Targets and TargetMaps
    /// can't be specified together.
    pub target_maps: Option<Vec<HashMap<String, Vec<String>>>>,
    /// The maximum number of targets allowed to run this task in parallel. You can specify a
    /// number, such as 10, or a percentage, such as 10%. The default value is `10`.
    pub max_concurrency: Option<String>,
    /// The number of errors that are allowed before the system stops running the automation on
    /// additional targets. You can specify either an absolute number of errors, for example 10, or
    /// a percentage of the target set, for example 10%. If you specify 3, for example, the system
    /// stops running the automation when the fourth error is received. If you specify 0, then the
    /// system stops running the automation on additional targets after the first error result is
    /// returned. If you run an automation on 50 resources and set max-errors to 10%, then the
    /// system stops running the automation on additional targets when the sixth error is received.
    pub max_errors: Option<String>,
    /// A location is a combination of Amazon Web Services Regions and/or Amazon Web Services
    /// accounts where you want to run the automation. Use this operation to start an automation in
    /// multiple Amazon Web Services Regions and multiple Amazon Web Services accounts. For more
    /// information, see [Running automations in multiple Amazon Web Services Regions and
    /// accounts](https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-automation-multiple-accounts-and-regions.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub target_locations: Option<Vec<TargetLocation>>,
    /// Optional metadata that you assign to a resource. You can specify a maximum of five tags for
    /// an automation. Tags enable you to categorize a resource in different ways, such as by
    /// purpose, owner, or environment. For example, you might want to tag an automation to identify
    /// an environment or operating system. In this case, you could specify the following key-value
    /// pairs:
    pub tags: Option<Vec<Tag>>,
    /// The CloudWatch alarm you want to apply to your automation.
    pub alarm_configuration: Option<AlarmConfiguration>,
    /// Specify a publicly accessible URL for a file that contains the `TargetLocations` body.
    /// Currently, only files in presigned Amazon S3 buckets are supported.
    #[shape(name = "TargetLocationsURL")]
    pub target_locations_url: Option<String>,
}

/// The output of `StartAutomationExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartAutomationExecutionResult {
    /// The unique ID of a newly scheduled automation execution.
    pub automation_execution_id: Option<String>,
}

/// The input of `StartChangeRequestExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartChangeRequestExecutionRequest {
    /// The date and time specified in the change request to run the Automation runbooks.
    pub scheduled_time: Option<DateTime>,
    /// The name of the change template document to run during the runbook workflow.
    pub document_name: String,
    /// The version of the change template document to run during the runbook workflow.
    pub document_version: Option<String>,
    /// A key-value map of parameters that match the declared parameters in the change template
    /// document.
    pub parameters: Option<HashMap<String, Vec<String>>>,
    /// The name of the change request associated with the runbook workflow to be run.
    pub change_request_name: Option<String>,
    /// The user-provided idempotency token. The token must be unique, is case insensitive, enforces
    /// the UUID format, and can't be reused.
    pub client_token: Option<String>,
    /// Indicates whether the change request can be approved automatically without the need for
    /// manual approvals.
    pub auto_approve: Option<bool>,
    /// Information about the Automation runbooks that are run during the runbook workflow.
    pub runbooks: Vec<Runbook>,
    /// Optional metadata that you assign to a resource. You can specify a maximum of five tags for
    /// a change request. Tags enable you to categorize a resource in different ways, such as by
    /// purpose, owner, or environment. For example, you might want to tag a change request to
    /// identify an environment or target Amazon Web Services Region. In this case, you could
    /// specify the following key-value pairs:
    pub tags: Option<Vec<Tag>>,
    /// The time that the requester expects the runbook workflow related to the change request to
    /// complete. The time is an estimate only that the requester provides for reviewers.
    pub scheduled_end_time: Option<DateTime>,
    /// User-provided details about the change. If no details are provided, content specified in the
    /// **Template information** section of the associated change template is added.
    pub change_details: Option<String>,
}

/// The output of `StartChangeRequestExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartChangeRequestExecutionResult {
    /// The unique ID of a runbook workflow operation. (A runbook workflow is a type of Automation
    /// operation.)
    pub automation_execution_id: Option<String>,
}

/// The input of `StartExecutionPreview`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartExecutionPreviewRequest {
    /// The name of the Automation runbook to run. The result of the execution preview indicates
    /// what the impact would be of running this runbook.
    pub document_name: String,
    /// The version of the Automation runbook to run. The default value is `$DEFAULT`.
    pub document_version: Option<String>,
    /// Information about the inputs that can be specified for the preview operation.
    pub execution_inputs: Option<ExecutionInputs>,
}

/// The output of `StartExecutionPreview`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartExecutionPreviewResponse {
    /// The ID of the execution preview generated by the system.
    pub execution_preview_id: Option<String>,
}

/// The input of `StartSession`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartSessionRequest {
    /// The managed node to connect to for the session.
    pub target: String,
    /// The name of the SSM document you want to use to define the type of session, input
    /// parameters, or preferences for the session. For example, `SSM-SessionManagerRunShell`. You
    /// can call the `GetDocument` API to verify the document exists before attempting to start a
    /// session. If no document name is provided, a shell to the managed node is launched by
    /// default. For more information, see [Start a
    /// session](https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager-working-with-sessions-start.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub document_name: Option<String>,
    /// The reason for connecting to the instance. This value is included in the details for the
    /// Amazon CloudWatch Events event created when you start the session.
    pub reason: Option<String>,
    /// The values you want to specify for the parameters defined in the Session document. For more
    /// information about these parameters, see [Create a Session Manager preferences
    /// document](https://docs.aws.amazon.com/systems-manager/latest/userguide/getting-started-create-preferences-cli.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub parameters: Option<HashMap<String, Vec<String>>>,
}

/// The output of `StartSession`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartSessionResponse {
    /// The ID of the session.
    pub session_id: Option<String>,
    /// An encrypted token value containing session and caller information. This token is used to
    /// authenticate the connection to the managed node, and is valid only long enough to ensure the
    /// connection is successful. Never share your session's token.
    pub token_value: Option<String>,
    /// A URL back to SSM Agent on the managed node that the Session Manager client uses to send
    /// commands and receive output from the node. Format:
    /// `wss://ssmmessages.**region**.amazonaws.com/v1/data-channel/**session-id**?stream=(input|output)`
    pub stream_url: Option<String>,
}

/// Detailed information about an the execution state of an Automation step.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StepExecution {
    /// The name of this execution step.
    pub step_name: Option<String>,
    /// The action this step performs. The action determines the behavior of the step.
    pub action: Option<String>,
    /// The timeout seconds of the step.
    pub timeout_seconds: Option<i64>,
    /// The action to take if the step fails. The default value is `Abort`.
    pub on_failure: Option<String>,
    /// The maximum number of tries to run the action of the step. The default value is `1`.
    pub max_attempts: Option<i32>,
    /// If a step has begun execution, this contains the time the step started. If the step is in
    /// Pending status, this field isn't populated.
    pub execution_start_time: Option<DateTime>,
    /// If a step has finished execution, this contains the time the execution ended. If the step
    /// hasn't yet concluded, this field isn't populated.
    pub execution_end_time: Option<DateTime>,
    /// The execution status for this step.
    pub step_status: Option<AutomationExecutionStatus>,
    /// The response code returned by the execution of the step.
    pub response_code: Option<String>,
    /// Fully-resolved values passed into the step before execution.
    pub inputs: Option<HashMap<String, String>>,
    /// Returned values from the execution of the step.
    pub outputs: Option<HashMap<String, Vec<String>>>,
    /// A message associated with the response code for an execution.
    pub response: Option<String>,
    /// If a step failed, this message explains why the execution failed.
    pub failure_message: Option<String>,
    /// Information about the Automation failure.
    pub failure_details: Option<FailureDetails>,
    /// The unique ID of a step execution.
    pub step_execution_id: Option<String>,
    /// A user-specified list of parameters to override when running a step.
    pub overridden_parameters: Option<HashMap<String, Vec<String>>>,
    /// The flag which can be used to end automation no matter whether the step succeeds or fails.
    pub is_end: Option<bool>,
    /// The next step after the step succeeds.
    pub next_step: Option<String>,
    /// The flag which can be used to help decide whether the failure of current step leads to the
    /// Automation failure.
    pub is_critical: Option<bool>,
    /// Strategies used when step fails, we support Continue and Abort. Abort will fail the
    /// automation when the step fails. Continue will ignore the failure of current step and allow
    /// automation to run the next step. With conditional branching, we add step:stepName to support
    /// the automation to go to another specific step.
    pub valid_next_steps: Option<Vec<String>>,
    /// The targets for the step execution.
    pub targets: Option<Vec<Target>>,
    /// The combination of Amazon Web Services Regions and Amazon Web Services accounts targeted by
    /// the current Automation execution.
    pub target_location: Option<TargetLocation>,
    /// The CloudWatch alarms that were invoked by the automation.
    pub triggered_alarms: Option<Vec<AlarmStateInformation>>,
    /// Information about the parent step.
    pub parent_step_details: Option<ParentStepDetails>,
}

/// A filter to limit the amount of step execution information returned by the call.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StepExecutionFilter {
    /// One or more keys to limit the results.
    pub key: StepExecutionFilterKey,
    /// The values of the filter key.
    pub values: Vec<String>,
}

/// The model's `StepExecutionFilterKey`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StepExecutionFilterKey {
    /// `StartTimeBefore`
    #[default]
    StartTimeBefore,
    /// `StartTimeAfter`
    StartTimeAfter,
    /// `StepExecutionStatus`
    StepExecutionStatus,
    /// `StepExecutionId`
    StepExecutionId,
    /// `StepName`
    StepName,
    /// `Action`
    Action,
    /// `ParentStepExecutionId`
    ParentStepExecutionId,
    /// `ParentStepIteration`
    ParentStepIteration,
    /// `ParentStepIteratorValue`
    ParentStepIteratorValue,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `StopAutomationExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopAutomationExecutionRequest {
    /// The execution ID of the Automation to stop.
    pub automation_execution_id: String,
    /// The stop request type. Valid types include the following: Cancel and Complete. The default
    /// type is Cancel.
    pub r#type: Option<StopType>,
}

/// The output of `StopAutomationExecution`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopAutomationExecutionResult {}

/// The model's `StopType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StopType {
    /// `Complete`
    #[default]
    Complete,
    /// `Cancel`
    Cancel,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Metadata that you assign to your Amazon Web Services resources. Tags enable you to categorize
/// your resources in different ways, for example, by purpose, owner, or environment. In Amazon Web
/// Services Systems Manager, you can apply tags to Systems Manager documents (SSM documents),
/// managed nodes, maintenance windows, parameters, patch baselines, OpsItems, and OpsMetadata.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// The name of the tag.
    pub key: String,
    /// The value of the tag.
    pub value: String,
}

/// An array of search criteria that targets managed nodes using a key-value pair that you specify.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Target {
    /// User-defined criteria for sending commands that target managed nodes that meet the criteria.
    pub key: Option<String>,
    /// User-defined criteria that maps to `Key`. For example, if you specified `tag:ServerRole`,
    /// you could specify `value:WebServer` to run a command on instances that include EC2 tags of
    /// `ServerRole,WebServer`.
    pub values: Option<Vec<String>>,
}

/// The combination of Amazon Web Services Regions and Amazon Web Services accounts targeted by the
/// current Automation execution.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TargetLocation {
    /// The Amazon Web Services accounts targeted by the current Automation execution.
    pub accounts: Option<Vec<String>>,
    /// The Amazon Web Services Regions targeted by the current Automation execution.
    pub regions: Option<Vec<String>>,
    /// The maximum number of Amazon Web Services Regions and Amazon Web Services accounts allowed
    /// to run the Automation concurrently. `TargetLocationMaxConcurrency` has a default value of 1.
    pub target_location_max_concurrency: Option<String>,
    /// The maximum number of errors allowed before the system stops queueing additional Automation
    /// executions for the currently running Automation. `TargetLocationMaxErrors` has a default
    /// value of 0.
    pub target_location_max_errors: Option<String>,
    /// The Automation execution role used by the currently running Automation. If not specified,
    /// the default value is `AWS-SystemsManager-AutomationExecutionRole`.
    pub execution_role_name: Option<String>,
    /// The details for the CloudWatch alarm you want to apply to an automation or command.
    pub target_location_alarm_configuration: Option<AlarmConfiguration>,
    /// Indicates whether to include child organizational units (OUs) that are children of the
    /// targeted OUs. The default is `false`.
    pub include_child_organization_units: Option<bool>,
    /// Amazon Web Services accounts or organizational units to exclude as expanded targets.
    pub exclude_accounts: Option<Vec<String>>,
    /// A list of key-value mappings to target resources. If you specify values for this data type,
    /// you must also specify a value for `TargetParameterName`.
    pub targets: Option<Vec<Target>>,
    /// The maximum number of targets allowed to run this task in parallel. This
    /// `TargetsMaxConcurrency` takes precedence over the `StartAutomationExecution:MaxConcurrency`
    /// parameter if both are supplied.
    pub targets_max_concurrency: Option<String>,
    /// The maximum number of errors that are allowed before the system stops running the automation
    /// on additional targets. This `TargetsMaxErrors` parameter takes precedence over the
    /// `StartAutomationExecution:MaxErrors` parameter if both are supplied.
    pub targets_max_errors: Option<String>,
}

/// Information about the resources that would be included in the actual runbook execution, if it
/// were to be run.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TargetPreview {
    /// The number of resources of a certain type included in an execution preview.
    pub count: Option<i32>,
    /// A type of resource that was included in the execution preview.
    pub target_type: Option<String>,
}

/// The input of `TerminateSession`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TerminateSessionRequest {
    /// The ID of the session to terminate.
    pub session_id: String,
}

/// The output of `TerminateSession`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TerminateSessionResponse {
    /// The ID of the session that has been terminated.
    pub session_id: Option<String>,
}

/// The input of `UnlabelParameterVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UnlabelParameterVersionRequest {
    /// The name of the parameter from which you want to delete one or more labels.
    pub name: String,
    /// The specific version of the parameter which you want to delete one or more labels from. If
    /// it isn't present, the call will fail.
    pub parameter_version: i64,
    /// One or more labels to delete from the specified parameter version.
    pub labels: Vec<String>,
}

/// The output of `UnlabelParameterVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UnlabelParameterVersionResult {
    /// A list of all labels deleted from the parameter.
    pub removed_labels: Option<Vec<String>>,
    /// The labels that aren't attached to the given parameter version.
    pub invalid_labels: Option<Vec<String>>,
}

/// The input of `UpdateAssociation`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UpdateAssociationRequest {
    /// The ID of the association you want to update.
    pub association_id: String,
    /// The parameters you want to update for the association. If you create a parameter using
    /// Parameter Store, a tool in Amazon Web Services Systems Manager, you can reference the
    /// parameter using `{{ssm:parameter-name}}`.
    pub parameters: Option<HashMap<String, Vec<String>>>,
    /// The document version you want update for the association.
    pub document_version: Option<String>,
    /// The cron expression used to schedule the association that you want to update.
    pub schedule_expression: Option<String>,
    /// An S3 bucket where you want to store the results of this request.
    pub output_location: Option<InstanceAssociationOutputLocation>,
    /// The name of the SSM Command document or Automation runbook that contains the configuration
    /// information for the managed node.
    pub name: Option<String>,
    /// The targets of the association.
    pub targets: Option<Vec<Target>>,
    /// The name of the association that you want to update.
    pub association_name: Option<String>,
    /// This parameter is provided for concurrency control purposes. You must specify the latest
    /// association version in the service. If you want to ensure that this request succeeds, either
    /// specify `$LATEST`, or omit this parameter.
    pub association_version: Option<String>,
    /// Choose the parameter that will define how your automation will branch out. This target is
    /// required for associations that use an Automation runbook and target resources by using rate
    /// controls. Automation is a tool in Amazon Web Services Systems Manager.
    pub automation_target_parameter_name: Option<String>,
    /// The number of errors that are allowed before the system stops sending requests to run the
    /// association on additional targets. You can specify either an absolute number of errors, for
    /// example 10, or a percentage of the target set, for example 10%. If you specify 3, for
    /// example, the system stops sending requests when the fourth error is received. If you specify
    /// 0, then the system stops sending requests after the first error is returned. If you run an
    /// association on 50 managed nodes and set `MaxError` to 10%, then the system stops sending the
    /// request when the sixth error is received.
    pub max_errors: Option<String>,
    /// The maximum number of targets allowed to run the association at the same time. You can
    /// specify a number, for example 10, or a percentage of the target set, for example 10%. The
    /// default value is 100%, which means all targets run the association at the same time.
    pub max_concurrency: Option<String>,
    /// The severity level to assign to the association.
    pub compliance_severity: Option<AssociationComplianceSeverity>,
    /// The mode for generating association compliance. You can specify `AUTO` or `MANUAL`. In
    /// `AUTO` mode, the system uses the status of the association execution to determine the
    /// compliance status. If the association execution runs successfully, then the association is
    /// `COMPLIANT`. If the association execution doesn't run successfully, the association is
    /// `NON-COMPLIANT`.
    pub sync_compliance: Option<AssociationSyncCompliance>,
    /// By default, when you update an association, the system runs it immediately after it is
    /// updated and then according to the schedule you specified. Specify `true` for
    /// `ApplyOnlyAtCronInterval` if you want the association to run only according to the schedule
    /// you specified.
    pub apply_only_at_cron_interval: Option<bool>,
    /// The names or Amazon Resource Names (ARNs) of the Change Calendar type documents you want to
    /// gate your associations under. The associations only run when that change calendar is open.
    /// For more information, see [Amazon Web Services Systems Manager Change
    /// Calendar](https://docs.aws.amazon.com/systems-manager/latest/userguide/systems-manager-change-calendar)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub calendar_names: Option<Vec<String>>,
    /// A location is a combination of Amazon Web Services Regions and Amazon Web Services accounts
    /// where you want to run the association. Use this action to update an association in multiple
    /// Regions and multiple accounts.
    pub target_locations: Option<Vec<TargetLocation>>,
    /// Number of days to wait after the scheduled day to run an association. For example, if you
    /// specified a cron schedule of `cron(0 0 ? * THU#2 *)`, you could specify an offset of 3 to
    /// run the association each Sunday after the second Thursday of the month. For more information
    /// about cron schedules for associations, see [Reference: Cron and rate expressions for Systems
    /// Manager](https://docs.aws.amazon.com/systems-manager/latest/userguide/reference-cron-and-rate-expressions.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub schedule_offset: Option<i32>,
    /// The number of hours the association can run before it is canceled. Duration applies to
    /// associations that are currently running, and any pending and in progress commands on all
    /// targets. If a target was taken offline for the association to run, it is made available
    /// again immediately, without a reboot.
    pub duration: Option<i32>,
    /// A key-value mapping of document parameters to target resources. Both Targets and TargetMaps
    /// can't be specified together.
    pub target_maps: Option<Vec<HashMap<String, Vec<String>>>>,
    /// The details for the CloudWatch alarm you want to apply to an automation or command.
    pub alarm_configuration: Option<AlarmConfiguration>,
    /// A role used by association to take actions on your behalf. State Manager will assume this
    /// role and call required APIs when dispatching configurations to nodes. If not specified, [
    /// service-linked role for Systems
    /// Manager](https://docs.aws.amazon.com/systems-manager/latest/userguide/using-service-linked-roles.html)
    /// will be used by default.
    pub association_dispatch_assume_role: Option<String>,
}

impl ::std::fmt::Debug for UpdateAssociationRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateAssociationRequest")
            .field("association_id", &self.association_id)
            .field(
                "parameters",
                &self.parameters.as_ref().map(|_| "** redacted **"),
            )
            .field("document_version", &self.document_version)
            .field("schedule_expression", &self.schedule_expression)
            .field("output_location", &self.output_location)
            .field("name", &self.name)
            .field("targets", &self.targets)
            .field("association_name", &self.association_name)
            .field("association_version", &self.association_version)
            .field(
                "automation_target_parameter_name",
                &self.automation_target_parameter_name,
            )
            .field("max_errors", &self.max_errors)
            .field("max_concurrency", &self.max_concurrency)
            .field("compliance_severity", &self.compliance_severity)
            .field("sync_compliance", &self.sync_compliance)
            .field(
                "apply_only_at_cron_interval",
                &self.apply_only_at_cron_interval,
            )
            .field("calendar_names", &self.calendar_names)
            .field("target_locations", &self.target_locations)
            .field("schedule_offset", &self.schedule_offset)
            .field("duration", &self.duration)
            .field("target_maps", &self.target_maps)
            .field("alarm_configuration", &self.alarm_configuration)
            .field(
                "association_dispatch_assume_role",
                &self.association_dispatch_assume_role,
            )
            .finish()
    }
}

/// The output of `UpdateAssociation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateAssociationResult {
    /// The description of the association that was updated.
    pub association_description: Option<AssociationDescription>,
}

/// The input of `UpdateAssociationStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateAssociationStatusRequest {
    /// The name of the SSM document.
    pub name: String,
    /// The managed node ID.
    pub instance_id: String,
    /// The association status.
    pub association_status: AssociationStatus,
}

/// The output of `UpdateAssociationStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateAssociationStatusResult {
    /// Information about the association.
    pub association_description: Option<AssociationDescription>,
}

/// The input of `UpdateDocumentDefaultVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateDocumentDefaultVersionRequest {
    /// The name of a custom document that you want to set as the default version.
    pub name: String,
    /// The version of a custom document that you want to set as the default version.
    pub document_version: String,
}

/// The output of `UpdateDocumentDefaultVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateDocumentDefaultVersionResult {
    /// The description of a custom document that you want to set as the default version.
    pub description: Option<DocumentDefaultVersionDescription>,
}

/// The input of `UpdateDocumentMetadata`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateDocumentMetadataRequest {
    /// The name of the change template for which a version's metadata is to be updated.
    pub name: String,
    /// The version of a change template in which to update approval metadata.
    pub document_version: Option<String>,
    /// The change template review details to update.
    pub document_reviews: DocumentReviews,
}

/// The output of `UpdateDocumentMetadata`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateDocumentMetadataResponse {}

/// The input of `UpdateDocument`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateDocumentRequest {
    /// A valid JSON or YAML string.
    pub content: String,
    /// A list of key-value pairs that describe attachments to a version of a document.
    pub attachments: Option<Vec<AttachmentsSource>>,
    /// The name of the SSM document that you want to update.
    pub name: String,
    /// The friendly name of the SSM document that you want to update. This value can differ for
    /// each version of the document. If you don't specify a value for this parameter in your
    /// request, the existing value is applied to the new document version.
    pub display_name: Option<String>,
    /// An optional field specifying the version of the artifact you are updating with the document.
    /// For example, 12.6. This value is unique across all versions of a document, and can't be
    /// changed.
    pub version_name: Option<String>,
    /// The version of the document that you want to update. Currently, Systems Manager supports
    /// updating only the latest version of the document. You can specify the version number of the
    /// latest version or use the `$LATEST` variable.
    pub document_version: Option<String>,
    /// Specify the document format for the new document version. Systems Manager supports JSON and
    /// YAML documents. JSON is the default format.
    pub document_format: Option<DocumentFormat>,
    /// Specify a new target type for the document.
    pub target_type: Option<String>,
}

/// The output of `UpdateDocument`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateDocumentResult {
    /// A description of the document that was updated.
    pub document_description: Option<DocumentDescription>,
}

/// The input of `UpdateMaintenanceWindow`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UpdateMaintenanceWindowRequest {
    /// The ID of the maintenance window to update.
    pub window_id: String,
    /// The name of the maintenance window.
    pub name: Option<String>,
    /// An optional description for the update request.
    pub description: Option<String>,
    /// The date and time, in ISO-8601 Extended format, for when you want the maintenance window to
    /// become active. `StartDate` allows you to delay activation of the maintenance window until
    /// the specified future date.
    pub start_date: Option<String>,
    /// The date and time, in ISO-8601 Extended format, for when you want the maintenance window to
    /// become inactive. `EndDate` allows you to set a date and time in the future when the
    /// maintenance window will no longer run.
    pub end_date: Option<String>,
    /// The schedule of the maintenance window in the form of a cron or rate expression.
    pub schedule: Option<String>,
    /// The time zone that the scheduled maintenance window executions are based on, in Internet
    /// Assigned Numbers Authority (IANA) format. For example: "America/Los\_Angeles", "UTC", or
    /// "Asia/Seoul". For more information, see the [Time Zone
    /// Database](https://www.iana.org/time-zones) on the IANA website.
    pub schedule_timezone: Option<String>,
    /// The number of days to wait after the date and time specified by a cron expression before
    /// running the maintenance window.
    pub schedule_offset: Option<i32>,
    /// The duration of the maintenance window in hours.
    pub duration: Option<i32>,
    /// The number of hours before the end of the maintenance window that Amazon Web Services
    /// Systems Manager stops scheduling new tasks for execution.
    pub cutoff: Option<i32>,
    /// Whether targets must be registered with the maintenance window before tasks can be defined
    /// for those targets.
    pub allow_unassociated_targets: Option<bool>,
    /// Whether the maintenance window is enabled.
    pub enabled: Option<bool>,
    /// If `True`, then all fields that are required by the `CreateMaintenanceWindow` operation are
    /// also required for this API request. Optional fields that aren't specified are set to null.
    pub replace: Option<bool>,
}

impl ::std::fmt::Debug for UpdateMaintenanceWindowRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateMaintenanceWindowRequest")
            .field("window_id", &self.window_id)
            .field("name", &self.name)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .field("start_date", &self.start_date)
            .field("end_date", &self.end_date)
            .field("schedule", &self.schedule)
            .field("schedule_timezone", &self.schedule_timezone)
            .field("schedule_offset", &self.schedule_offset)
            .field("duration", &self.duration)
            .field("cutoff", &self.cutoff)
            .field(
                "allow_unassociated_targets",
                &self.allow_unassociated_targets,
            )
            .field("enabled", &self.enabled)
            .field("replace", &self.replace)
            .finish()
    }
}

/// The output of `UpdateMaintenanceWindow`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UpdateMaintenanceWindowResult {
    /// The ID of the created maintenance window.
    pub window_id: Option<String>,
    /// The name of the maintenance window.
    pub name: Option<String>,
    /// An optional description of the update.
    pub description: Option<String>,
    /// The date and time, in ISO-8601 Extended format, for when the maintenance window is scheduled
    /// to become active. The maintenance window won't run before this specified time.
    pub start_date: Option<String>,
    /// The date and time, in ISO-8601 Extended format, for when the maintenance window is scheduled
    /// to become inactive. The maintenance window won't run after this specified time.
    pub end_date: Option<String>,
    /// The schedule of the maintenance window in the form of a cron or rate expression.
    pub schedule: Option<String>,
    /// The time zone that the scheduled maintenance window executions are based on, in Internet
    /// Assigned Numbers Authority (IANA) format. For example: "America/Los\_Angeles", "UTC", or
    /// "Asia/Seoul". For more information, see the [Time Zone
    /// Database](https://www.iana.org/time-zones) on the IANA website.
    pub schedule_timezone: Option<String>,
    /// The number of days to wait to run a maintenance window after the scheduled cron expression
    /// date and time.
    pub schedule_offset: Option<i32>,
    /// The duration of the maintenance window in hours.
    pub duration: Option<i32>,
    /// The number of hours before the end of the maintenance window that Amazon Web Services
    /// Systems Manager stops scheduling new tasks for execution.
    pub cutoff: Option<i32>,
    /// Whether targets must be registered with the maintenance window before tasks can be defined
    /// for those targets.
    pub allow_unassociated_targets: Option<bool>,
    /// Whether the maintenance window is enabled.
    pub enabled: Option<bool>,
}

impl ::std::fmt::Debug for UpdateMaintenanceWindowResult {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateMaintenanceWindowResult")
            .field("window_id", &self.window_id)
            .field("name", &self.name)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .field("start_date", &self.start_date)
            .field("end_date", &self.end_date)
            .field("schedule", &self.schedule)
            .field("schedule_timezone", &self.schedule_timezone)
            .field("schedule_offset", &self.schedule_offset)
            .field("duration", &self.duration)
            .field("cutoff", &self.cutoff)
            .field(
                "allow_unassociated_targets",
                &self.allow_unassociated_targets,
            )
            .field("enabled", &self.enabled)
            .finish()
    }
}

/// The input of `UpdateMaintenanceWindowTarget`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UpdateMaintenanceWindowTargetRequest {
    /// The maintenance window ID with which to modify the target.
    pub window_id: String,
    /// The target ID to modify.
    pub window_target_id: String,
    /// The targets to add or replace.
    pub targets: Option<Vec<Target>>,
    /// User-provided value that will be included in any Amazon CloudWatch Events events raised
    /// while running tasks for these targets in this maintenance window.
    pub owner_information: Option<String>,
    /// A name for the update.
    pub name: Option<String>,
    /// An optional description for the update.
    pub description: Option<String>,
    /// If `True`, then all fields that are required by the `RegisterTargetWithMaintenanceWindow`
    /// operation are also required for this API request. Optional fields that aren't specified are
    /// set to null.
    pub replace: Option<bool>,
}

impl ::std::fmt::Debug for UpdateMaintenanceWindowTargetRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateMaintenanceWindowTargetRequest")
            .field("window_id", &self.window_id)
            .field("window_target_id", &self.window_target_id)
            .field("targets", &self.targets)
            .field(
                "owner_information",
                &self.owner_information.as_ref().map(|_| "** redacted **"),
            )
            .field("name", &self.name)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .field("replace", &self.replace)
            .finish()
    }
}

/// The output of `UpdateMaintenanceWindowTarget`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UpdateMaintenanceWindowTargetResult {
    /// The maintenance window ID specified in the update request.
    pub window_id: Option<String>,
    /// The target ID specified in the update request.
    pub window_target_id: Option<String>,
    /// The updated targets.
    pub targets: Option<Vec<Target>>,
    /// The updated owner.
    pub owner_information: Option<String>,
    /// The updated name.
    pub name: Option<String>,
    /// The updated description.
    pub description: Option<String>,
}

impl ::std::fmt::Debug for UpdateMaintenanceWindowTargetResult {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateMaintenanceWindowTargetResult")
            .field("window_id", &self.window_id)
            .field("window_target_id", &self.window_target_id)
            .field("targets", &self.targets)
            .field(
                "owner_information",
                &self.owner_information.as_ref().map(|_| "** redacted **"),
            )
            .field("name", &self.name)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// The input of `UpdateMaintenanceWindowTask`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UpdateMaintenanceWindowTaskRequest {
    /// The maintenance window ID that contains the task to modify.
    pub window_id: String,
    /// The task ID to modify.
    pub window_task_id: String,
    /// The targets (either managed nodes or tags) to modify. Managed nodes are specified using the
    /// format `Key=instanceids,Values=instanceID_1,instanceID_2`. Tags are specified using the
    /// format ` Key=tag_name,Values=tag_value`.
    pub targets: Option<Vec<Target>>,
    /// The task ARN to modify.
    pub task_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM service role for Amazon Web Services Systems
    /// Manager to assume when running a maintenance window task. If you do not specify a service
    /// role ARN, Systems Manager uses a service-linked role in your account. If no appropriate
    /// service-linked role for Systems Manager exists in your account, it is created when you run
    /// `RegisterTaskWithMaintenanceWindow`.
    pub service_role_arn: Option<String>,
    /// The parameters to modify.
    pub task_parameters: Option<HashMap<String, MaintenanceWindowTaskParameterValueExpression>>,
    /// The parameters that the task should use during execution. Populate only the fields that
    /// match the task type. All other fields should be empty.
    pub task_invocation_parameters: Option<MaintenanceWindowTaskInvocationParameters>,
    /// The new task priority to specify. The lower the number, the higher the priority. Tasks that
    /// have the same priority are scheduled in parallel.
    pub priority: Option<i32>,
    /// The new `MaxConcurrency` value you want to specify. `MaxConcurrency` is the number of
    /// targets that are allowed to run this task, in parallel.
    pub max_concurrency: Option<String>,
    /// The new `MaxErrors` value to specify. `MaxErrors` is the maximum number of errors that are
    /// allowed before the task stops being scheduled.
    pub max_errors: Option<String>,
    /// The new logging location in Amazon S3 to specify.
    pub logging_info: Option<LoggingInfo>,
    /// The new task name to specify.
    pub name: Option<String>,
    /// The new task description to specify.
    pub description: Option<String>,
    /// If True, then all fields that are required by the `RegisterTaskWithMaintenanceWindow`
    /// operation are also required for this API request. Optional fields that aren't specified are
    /// set to null.
    pub replace: Option<bool>,
    /// Indicates whether tasks should continue to run after the cutoff time specified in the
    /// maintenance windows is reached.
    pub cutoff_behavior: Option<MaintenanceWindowTaskCutoffBehavior>,
    /// The CloudWatch alarm you want to apply to your maintenance window task.
    pub alarm_configuration: Option<AlarmConfiguration>,
}

impl ::std::fmt::Debug for UpdateMaintenanceWindowTaskRequest {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateMaintenanceWindowTaskRequest")
            .field("window_id", &self.window_id)
            .field("window_task_id", &self.window_task_id)
            .field("targets", &self.targets)
            .field("task_arn", &self.task_arn)
            .field("service_role_arn", &self.service_role_arn)
            .field(
                "task_parameters",
                &self.task_parameters.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "task_invocation_parameters",
                &self.task_invocation_parameters,
            )
            .field("priority", &self.priority)
            .field("max_concurrency", &self.max_concurrency)
            .field("max_errors", &self.max_errors)
            .field("logging_info", &self.logging_info)
            .field("name", &self.name)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .field("replace", &self.replace)
            .field("cutoff_behavior", &self.cutoff_behavior)
            .field("alarm_configuration", &self.alarm_configuration)
            .finish()
    }
}

/// The output of `UpdateMaintenanceWindowTask`.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct UpdateMaintenanceWindowTaskResult {
    /// The ID of the maintenance window that was updated.
    pub window_id: Option<String>,
    /// The task ID of the maintenance window that was updated.
    pub window_task_id: Option<String>,
    /// The updated target values.
    pub targets: Option<Vec<Target>>,
    /// The updated task ARN value.
    pub task_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM service role for Amazon Web Services Systems
    /// Manager to assume when running a maintenance window task. If you do not specify a service
    /// role ARN, Systems Manager uses a service-linked role in your account. If no appropriate
    /// service-linked role for Systems Manager exists in your account, it is created when you run
    /// `RegisterTaskWithMaintenanceWindow`.
    pub service_role_arn: Option<String>,
    /// The updated parameter values.
    pub task_parameters: Option<HashMap<String, MaintenanceWindowTaskParameterValueExpression>>,
    /// The updated parameter values.
    pub task_invocation_parameters: Option<MaintenanceWindowTaskInvocationParameters>,
    /// The updated priority value.
    pub priority: Option<i32>,
    /// The updated `MaxConcurrency` value.
    pub max_concurrency: Option<String>,
    /// The updated `MaxErrors` value.
    pub max_errors: Option<String>,
    /// The updated logging information in Amazon S3.
    pub logging_info: Option<LoggingInfo>,
    /// The updated task name.
    pub name: Option<String>,
    /// The updated task description.
    pub description: Option<String>,
    /// The specification for whether tasks should continue to run after the cutoff time specified
    /// in the maintenance windows is reached.
    pub cutoff_behavior: Option<MaintenanceWindowTaskCutoffBehavior>,
    /// The details for the CloudWatch alarm you applied to your maintenance window task.
    pub alarm_configuration: Option<AlarmConfiguration>,
}

impl ::std::fmt::Debug for UpdateMaintenanceWindowTaskResult {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("UpdateMaintenanceWindowTaskResult")
            .field("window_id", &self.window_id)
            .field("window_task_id", &self.window_task_id)
            .field("targets", &self.targets)
            .field("task_arn", &self.task_arn)
            .field("service_role_arn", &self.service_role_arn)
            .field(
                "task_parameters",
                &self.task_parameters.as_ref().map(|_| "** redacted **"),
            )
            .field(
                "task_invocation_parameters",
                &self.task_invocation_parameters,
            )
            .field("priority", &self.priority)
            .field("max_concurrency", &self.max_concurrency)
            .field("max_errors", &self.max_errors)
            .field("logging_info", &self.logging_info)
            .field("name", &self.name)
            .field(
                "description",
                &self.description.as_ref().map(|_| "** redacted **"),
            )
            .field("cutoff_behavior", &self.cutoff_behavior)
            .field("alarm_configuration", &self.alarm_configuration)
            .finish()
    }
}

/// The input of `UpdateManagedInstanceRole`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateManagedInstanceRoleRequest {
    /// The ID of the managed node where you want to update the role.
    pub instance_id: String,
    /// The name of the Identity and Access Management (IAM) role that you want to assign to the
    /// managed node. This IAM role must provide AssumeRole permissions for the Amazon Web Services
    /// Systems Manager service principal `ssm.amazonaws.com`. For more information, see [Create the
    /// IAM service role required for Systems Manager in hybrid and multicloud
    /// environments](https://docs.aws.amazon.com/systems-manager/latest/userguide/hybrid-multicloud-service-role.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub iam_role: String,
}

/// The output of `UpdateManagedInstanceRole`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateManagedInstanceRoleResult {}

/// The input of `UpdateOpsItem`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateOpsItemRequest {
    /// User-defined text that contains information about the OpsItem, in Markdown format.
    pub description: Option<String>,
    /// Add new keys or edit existing key-value pairs of the OperationalData map in the OpsItem
    /// object.
    pub operational_data: Option<HashMap<String, OpsItemDataValue>>,
    /// Keys that you want to remove from the OperationalData map.
    pub operational_data_to_delete: Option<Vec<String>>,
    /// The Amazon Resource Name (ARN) of an SNS topic where notifications are sent when this
    /// OpsItem is edited or changed.
    pub notifications: Option<Vec<OpsItemNotification>>,
    /// The importance of this OpsItem in relation to other OpsItems in the system.
    pub priority: Option<i32>,
    /// One or more OpsItems that share something in common with the current OpsItems. For example,
    /// related OpsItems can include OpsItems with similar error messages, impacted resources, or
    /// statuses for the impacted resource.
    pub related_ops_items: Option<Vec<RelatedOpsItem>>,
    /// The OpsItem status. For more information, see [Editing OpsItem
    /// details](https://docs.aws.amazon.com/systems-manager/latest/userguide/OpsCenter-working-with-OpsItems-editing-details.html)
    /// in the *Amazon Web Services Systems Manager User Guide*.
    pub status: Option<OpsItemStatus>,
    /// The ID of the OpsItem.
    pub ops_item_id: String,
    /// A short heading that describes the nature of the OpsItem and the impacted resource.
    pub title: Option<String>,
    /// Specify a new category for an OpsItem.
    pub category: Option<String>,
    /// Specify a new severity for an OpsItem.
    pub severity: Option<String>,
    /// The time a runbook workflow started. Currently reported only for the OpsItem type
    /// `/aws/changerequest`.
    pub actual_start_time: Option<DateTime>,
    /// The time a runbook workflow ended. Currently reported only for the OpsItem type
    /// `/aws/changerequest`.
    pub actual_end_time: Option<DateTime>,
    /// The time specified in a change request for a runbook workflow to start. Currently supported
    /// only for the OpsItem type `/aws/changerequest`.
    pub planned_start_time: Option<DateTime>,
    /// The time specified in a change request for a runbook workflow to end. Currently supported
    /// only for the OpsItem type `/aws/changerequest`.
    pub planned_end_time: Option<DateTime>,
    /// The OpsItem Amazon Resource Name (ARN).
    pub ops_item_arn: Option<String>,
}

/// The output of `UpdateOpsItem`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateOpsItemResponse {}

/// The input of `UpdateOpsMetadata`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateOpsMetadataRequest {
    /// The Amazon Resource Name (ARN) of the OpsMetadata Object to update.
    pub ops_metadata_arn: String,
    /// Metadata to add to an OpsMetadata object.
    pub metadata_to_update: Option<HashMap<String, MetadataValue>>,
    /// The metadata keys to delete from the OpsMetadata object.
    pub keys_to_delete: Option<Vec<String>>,
}

/// The output of `UpdateOpsMetadata`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateOpsMetadataResult {
    /// The Amazon Resource Name (ARN) of the OpsMetadata Object that was updated.
    pub ops_metadata_arn: Option<String>,
}

/// The input of `UpdatePatchBaseline`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdatePatchBaselineRequest {
    /// The ID of the patch baseline to update.
    pub baseline_id: String,
    /// The name of the patch baseline.
    pub name: Option<String>,
    /// A set of global filters used to include patches in the baseline.
    pub global_filters: Option<PatchFilterGroup>,
    /// A set of rules used to include patches in the baseline.
    pub approval_rules: Option<PatchRuleGroup>,
    /// A list of explicitly approved patches for the baseline.
    pub approved_patches: Option<Vec<String>>,
    /// Assigns a new compliance severity level to an existing patch baseline.
    pub approved_patches_compliance_level: Option<PatchComplianceLevel>,
    /// Indicates whether the list of approved patches includes non-security updates that should be
    /// applied to the managed nodes. The default value is `false`. Applies to Linux managed nodes
    /// only.
    pub approved_patches_enable_non_security: Option<bool>,
    /// A list of explicitly rejected patches for the baseline.
    pub rejected_patches: Option<Vec<String>>,
    /// The action for Patch Manager to take on patches included in the `RejectedPackages` list.
    pub rejected_patches_action: Option<PatchAction>,
    /// A description of the patch baseline.
    pub description: Option<String>,
    /// Information about the patches to use to update the managed nodes, including target operating
    /// systems and source repositories. Applies to Linux managed nodes only.
    pub sources: Option<Vec<PatchSource>>,
    /// Indicates the status to be assigned to security patches that are available but not approved
    /// because they don't meet the installation criteria specified in the patch baseline.
    pub available_security_updates_compliance_status: Option<PatchComplianceStatus>,
    /// If True, then all fields that are required by the `CreatePatchBaseline` operation are also
    /// required for this API request. Optional fields that aren't specified are set to null.
    pub replace: Option<bool>,
}

/// The output of `UpdatePatchBaseline`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdatePatchBaselineResult {
    /// The ID of the deleted patch baseline.
    pub baseline_id: Option<String>,
    /// The name of the patch baseline.
    pub name: Option<String>,
    /// The operating system rule used by the updated patch baseline.
    pub operating_system: Option<OperatingSystem>,
    /// A set of global filters used to exclude patches from the baseline.
    pub global_filters: Option<PatchFilterGroup>,
    /// A set of rules used to include patches in the baseline.
    pub approval_rules: Option<PatchRuleGroup>,
    /// A list of explicitly approved patches for the baseline.
    pub approved_patches: Option<Vec<String>>,
    /// The compliance severity level assigned to the patch baseline after the update completed.
    pub approved_patches_compliance_level: Option<PatchComplianceLevel>,
    /// Indicates whether the list of approved patches includes non-security updates that should be
    /// applied to the managed nodes. The default value is `false`. Applies to Linux managed nodes
    /// only.
    pub approved_patches_enable_non_security: Option<bool>,
    /// A list of explicitly rejected patches for the baseline.
    pub rejected_patches: Option<Vec<String>>,
    /// The action specified to take on patches included in the `RejectedPatches` list. A patch can
    /// be allowed only if it is a dependency of another package, or blocked entirely along with
    /// packages that include it as a dependency.
    pub rejected_patches_action: Option<PatchAction>,
    /// The date when the patch baseline was created.
    pub created_date: Option<DateTime>,
    /// The date when the patch baseline was last modified.
    pub modified_date: Option<DateTime>,
    /// A description of the patch baseline.
    pub description: Option<String>,
    /// Information about the patches to use to update the managed nodes, including target operating
    /// systems and source repositories. Applies to Linux managed nodes only.
    pub sources: Option<Vec<PatchSource>>,
    /// Indicates the compliance status of managed nodes for which security-related patches are
    /// available but were not approved. This preference is specified when the `CreatePatchBaseline`
    /// or `UpdatePatchBaseline` commands are run.
    pub available_security_updates_compliance_status: Option<PatchComplianceStatus>,
}

/// The input of `UpdateResourceDataSync`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateResourceDataSyncRequest {
    /// The name of the resource data sync you want to update.
    pub sync_name: String,
    /// The type of resource data sync. The supported `SyncType` is SyncFromSource.
    pub sync_type: String,
    /// Specify information about the data sources to synchronize.
    pub sync_source: ResourceDataSyncSource,
}

/// The output of `UpdateResourceDataSync`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateResourceDataSyncResult {}

/// The request body of the UpdateServiceSetting API operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateServiceSettingRequest {
    /// The Amazon Resource Name (ARN) of the service setting to update. For example,
    /// `arn:aws:ssm:us-east-1:111122223333:servicesetting/ssm/parameter-store/high-throughput-enabled`.
    /// The setting ID can be one of the following.
    pub setting_id: String,
    /// The new value to specify for the service setting. The following list specifies the available
    /// values for each setting.
    pub setting_value: String,
}

/// The result body of the UpdateServiceSetting API operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateServiceSettingResult {}
