//! AWS CloudFormation (`cloudformation`, API version 2010-05-15): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- cloudformation --resources --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, DateTime, Op, Shape};
use std::collections::HashMap;

/// CloudFormation allows you to create and manage Amazon Web Services infrastructure deployments
/// predictably and repeatedly. You can use CloudFormation to leverage Amazon Web Services products,
/// such as Amazon Elastic Compute Cloud, Amazon Elastic Block Store, Amazon Simple Notification
/// Service, ELB, and Amazon EC2 Auto Scaling to build highly reliable, highly scalable,
/// cost-effective applications without creating or configuring the underlying Amazon Web Services
/// infrastructure.
#[client(
    service = "cloudformation",
    protocol = "awsQuery",
    api_version = "2010-05-15",
    service_id = "CloudFormation",
    xml_namespace = "http://cloudformation.amazonaws.com/doc/2010-05-15/",
    endpoint_rules = include_str!("endpoint-rule-set.json"),
)]
#[waiter(
    stack_exists = describe_stacks,
    delay = 5,
    max_attempts = 20,
    success(status = 200),
    retry(error = "ValidationError"),
)]
#[waiter(
    stack_create_complete = describe_stacks,
    delay = 30,
    max_attempts = 120,
    success(all = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "CREATE_COMPLETE"),
    success(all = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_COMPLETE"),
    success(all = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_IN_PROGRESS"),
    success(all = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS"),
    success(all = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_FAILED"),
    success(all = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_ROLLBACK_IN_PROGRESS"),
    success(all = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_ROLLBACK_FAILED"),
    success(all = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS"),
    success(all = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_ROLLBACK_COMPLETE"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "CREATE_FAILED"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "DELETE_COMPLETE"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "DELETE_FAILED"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "ROLLBACK_FAILED"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "ROLLBACK_COMPLETE"),
    failure(error = "ValidationError"),
)]
#[waiter(
    stack_delete_complete = describe_stacks,
    delay = 30,
    max_attempts = 120,
    success(all = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "DELETE_COMPLETE"),
    success(error = "ValidationError"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "DELETE_FAILED"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "CREATE_FAILED"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "ROLLBACK_FAILED"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_ROLLBACK_IN_PROGRESS"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_ROLLBACK_FAILED"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_ROLLBACK_COMPLETE"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_COMPLETE"),
)]
#[waiter(
    stack_update_complete = describe_stacks,
    delay = 30,
    max_attempts = 120,
    success(all = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_COMPLETE"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_FAILED"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_ROLLBACK_FAILED"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_ROLLBACK_COMPLETE"),
    failure(error = "ValidationError"),
)]
#[waiter(
    stack_import_complete = describe_stacks,
    delay = 30,
    max_attempts = 120,
    success(all = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "IMPORT_COMPLETE"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "ROLLBACK_COMPLETE"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "ROLLBACK_FAILED"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "IMPORT_ROLLBACK_IN_PROGRESS"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "IMPORT_ROLLBACK_FAILED"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "IMPORT_ROLLBACK_COMPLETE"),
    failure(error = "ValidationError"),
)]
#[waiter(
    stack_rollback_complete = describe_stacks,
    delay = 30,
    max_attempts = 120,
    success(all = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_ROLLBACK_COMPLETE"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_FAILED"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "UPDATE_ROLLBACK_FAILED"),
    failure(any = |o: &DescribeStacksOutput| -> Vec<&str> { Some(o).and_then(|x| x.stacks.as_ref()).into_iter().flatten().map(|x| &x.stack_status).map(|x| x.as_str()).collect() } == "DELETE_FAILED"),
    failure(error = "ValidationError"),
)]
#[waiter(
    change_set_create_complete = describe_change_set,
    delay = 30,
    max_attempts = 120,
    success(path = |o: &DescribeChangeSetOutput| -> Option<&str> { Some(o).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("CREATE_COMPLETE")),
    failure(path = |o: &DescribeChangeSetOutput| -> Option<&str> { Some(o).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("FAILED")),
    failure(error = "ValidationError"),
)]
#[waiter(
    stack_refactor_create_complete = describe_stack_refactor,
    delay = 5,
    max_attempts = 120,
    success(path = |o: &DescribeStackRefactorOutput| -> Option<&str> { Some(o).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("CREATE_COMPLETE")),
    failure(path = |o: &DescribeStackRefactorOutput| -> Option<&str> { Some(o).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("CREATE_FAILED")),
    failure(error = "ValidationError"),
)]
#[waiter(
    stack_refactor_execute_complete = describe_stack_refactor,
    delay = 15,
    max_attempts = 120,
    success(path = |o: &DescribeStackRefactorOutput| -> Option<&str> { Some(o).and_then(|x| x.execution_status.as_ref()).map(|x| x.as_str()) } == Some("EXECUTE_COMPLETE")),
    failure(path = |o: &DescribeStackRefactorOutput| -> Option<&str> { Some(o).and_then(|x| x.execution_status.as_ref()).map(|x| x.as_str()) } == Some("EXECUTE_FAILED")),
    failure(path = |o: &DescribeStackRefactorOutput| -> Option<&str> { Some(o).and_then(|x| x.execution_status.as_ref()).map(|x| x.as_str()) } == Some("ROLLBACK_COMPLETE")),
    failure(error = "ValidationError"),
)]
#[waiter(
    type_registration_complete = describe_type_registration,
    delay = 30,
    max_attempts = 120,
    success(path = |o: &DescribeTypeRegistrationOutput| -> Option<&str> { Some(o).and_then(|x| x.progress_status.as_ref()).map(|x| x.as_str()) } == Some("COMPLETE")),
    failure(path = |o: &DescribeTypeRegistrationOutput| -> Option<&str> { Some(o).and_then(|x| x.progress_status.as_ref()).map(|x| x.as_str()) } == Some("FAILED")),
)]
pub struct Client {
    /// Activate trusted access with Organizations. With trusted access between StackSets and
    /// Organizations activated, the management account has permissions to create and manage
    /// StackSets for your organization.
    #[op(result_wrapper = "ActivateOrganizationsAccessResult")]
    activate_organizations_access:
        Op<ActivateOrganizationsAccessInput, ActivateOrganizationsAccessOutput>,
    /// Activates a public third-party extension, such as a resource or module, to make it available
    /// for use in stack templates in your current account and Region. It can also create
    /// CloudFormation Hooks, which allow you to evaluate resource configurations before
    /// CloudFormation provisions them. Hooks integrate with both CloudFormation and Cloud Control
    /// API operations.
    #[op(result_wrapper = "ActivateTypeResult")]
    activate_type: Op<ActivateTypeInput, ActivateTypeOutput>,
    /// Returns configuration data for the specified CloudFormation extensions, from the
    /// CloudFormation registry in your current account and Region.
    #[op(result_wrapper = "BatchDescribeTypeConfigurationsResult")]
    batch_describe_type_configurations:
        Op<BatchDescribeTypeConfigurationsInput, BatchDescribeTypeConfigurationsOutput>,
    /// Cancels an update on the specified stack. If the call completes successfully, the stack
    /// rolls back the update and reverts to the previous stack configuration.
    cancel_update_stack: Op<CancelUpdateStackInput, ()>,
    /// Continues rolling back a stack from `UPDATE_ROLLBACK_FAILED` to `UPDATE_ROLLBACK_COMPLETE`
    /// state. Depending on the cause of the failure, you can manually fix the error and continue
    /// the rollback. By continuing the rollback, you can return your stack to a working state (the
    /// `UPDATE_ROLLBACK_COMPLETE` state) and then try to update the stack again.
    #[op(result_wrapper = "ContinueUpdateRollbackResult")]
    continue_update_rollback: Op<ContinueUpdateRollbackInput, ContinueUpdateRollbackOutput>,
    /// Creates a list of changes that will be applied to a stack so that you can review the changes
    /// before executing them. You can create a change set for a stack that doesn't exist or an
    /// existing stack. If you create a change set for a stack that doesn't exist, the change set
    /// shows all of the resources that CloudFormation will create. If you create a change set for
    /// an existing stack, CloudFormation compares the stack's information with the information that
    /// you submit in the change set and lists the differences. Use change sets to understand which
    /// resources CloudFormation will create or change, and how it will change resources in an
    /// existing stack, before you create or update a stack.
    #[op(result_wrapper = "CreateChangeSetResult")]
    create_change_set: Op<CreateChangeSetInput, CreateChangeSetOutput>,
    /// Creates a template from existing resources that are not already managed with CloudFormation.
    /// You can check the status of the template generation using the `DescribeGeneratedTemplate`
    /// API action.
    #[op(result_wrapper = "CreateGeneratedTemplateResult")]
    create_generated_template: Op<CreateGeneratedTemplateInput, CreateGeneratedTemplateOutput>,
    /// Creates a stack as specified in the template. After the call completes successfully, the
    /// stack creation starts. You can check the status of the stack through the `DescribeStacks`
    /// operation.
    #[op(result_wrapper = "CreateStackResult")]
    create_stack: Op<CreateStackInput, CreateStackOutput>,
    /// Creates stack instances for the specified accounts, within the specified Amazon Web Services
    /// Regions. A stack instance refers to a stack in a specific account and Region. You must
    /// specify at least one value for either `Accounts` or `DeploymentTargets`, and you must
    /// specify at least one value for `Regions`.
    #[op(result_wrapper = "CreateStackInstancesResult")]
    create_stack_instances: Op<CreateStackInstancesInput, CreateStackInstancesOutput>,
    /// Creates a refactor across multiple stacks, with the list of stacks and resources that are
    /// affected.
    #[op(result_wrapper = "CreateStackRefactorResult")]
    create_stack_refactor: Op<CreateStackRefactorInput, CreateStackRefactorOutput>,
    /// Creates a StackSet.
    #[op(result_wrapper = "CreateStackSetResult")]
    create_stack_set: Op<CreateStackSetInput, CreateStackSetOutput>,
    /// Deactivates trusted access with Organizations. If trusted access is deactivated, the
    /// management account does not have permissions to create and manage service-managed StackSets
    /// for your organization.
    #[op(result_wrapper = "DeactivateOrganizationsAccessResult")]
    deactivate_organizations_access:
        Op<DeactivateOrganizationsAccessInput, DeactivateOrganizationsAccessOutput>,
    /// Deactivates a public third-party extension, such as a resource or module, or a
    /// CloudFormation Hook when you no longer use it.
    #[op(result_wrapper = "DeactivateTypeResult")]
    deactivate_type: Op<DeactivateTypeInput, DeactivateTypeOutput>,
    /// Deletes the specified change set. Deleting change sets ensures that no one executes the
    /// wrong change set.
    #[op(result_wrapper = "DeleteChangeSetResult")]
    delete_change_set: Op<DeleteChangeSetInput, DeleteChangeSetOutput>,
    /// Deleted a generated template.
    delete_generated_template: Op<DeleteGeneratedTemplateInput, ()>,
    /// Deletes a specified stack. Once the call completes successfully, stack deletion starts.
    /// Deleted stacks don't show up in the `DescribeStacks` operation if the deletion has been
    /// completed successfully.
    delete_stack: Op<DeleteStackInput, ()>,
    /// Deletes stack instances for the specified accounts, in the specified Amazon Web Services
    /// Regions.
    #[op(result_wrapper = "DeleteStackInstancesResult")]
    delete_stack_instances: Op<DeleteStackInstancesInput, DeleteStackInstancesOutput>,
    /// Deletes a StackSet. Before you can delete a StackSet, all its member stack instances must be
    /// deleted. For more information about how to complete this, see `DeleteStackInstances`.
    #[op(result_wrapper = "DeleteStackSetResult")]
    delete_stack_set: Op<DeleteStackSetInput, DeleteStackSetOutput>,
    /// Marks an extension or extension version as `DEPRECATED` in the CloudFormation registry,
    /// removing it from active use. Deprecated extensions or extension versions cannot be used in
    /// CloudFormation operations.
    #[op(result_wrapper = "DeregisterTypeResult")]
    deregister_type: Op<DeregisterTypeInput, DeregisterTypeOutput>,
    /// Retrieves your account's CloudFormation limits, such as the maximum number of stacks that
    /// you can create in your account. For more information about account limits, see [Understand
    /// CloudFormation
    /// quotas](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html)
    /// in the *CloudFormation User Guide*.
    #[op(paginate(input_token = next_token, output_token = next_token, items = account_limits), result_wrapper = "DescribeAccountLimitsResult")]
    describe_account_limits: Op<DescribeAccountLimitsInput, DescribeAccountLimitsOutput>,
    /// Returns the inputs for the change set and a list of changes that CloudFormation will make if
    /// you execute the change set. For more information, see [Update CloudFormation stacks using
    /// change
    /// sets](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-changesets.html)
    /// in the *CloudFormation User Guide*.
    #[op(paginate(input_token = next_token, output_token = next_token, items = changes), result_wrapper = "DescribeChangeSetResult")]
    describe_change_set: Op<DescribeChangeSetInput, DescribeChangeSetOutput>,
    /// Returns Hook-related information for the change set and a list of changes that
    /// CloudFormation makes when you run the change set.
    #[op(result_wrapper = "DescribeChangeSetHooksResult")]
    describe_change_set_hooks: Op<DescribeChangeSetHooksInput, DescribeChangeSetHooksOutput>,
    /// Returns CloudFormation events based on flexible query criteria. Groups events by operation
    /// ID, enabling you to focus on individual stack operations during deployment.
    #[op(paginate(input_token = next_token, output_token = next_token, items = operation_events), result_wrapper = "DescribeEventsResult")]
    describe_events: Op<DescribeEventsInput, DescribeEventsOutput>,
    /// Describes a generated template. The output includes details about the progress of the
    /// creation of a generated template started by a `CreateGeneratedTemplate` API action or the
    /// update of a generated template started with an `UpdateGeneratedTemplate` API action.
    #[op(result_wrapper = "DescribeGeneratedTemplateResult")]
    describe_generated_template:
        Op<DescribeGeneratedTemplateInput, DescribeGeneratedTemplateOutput>,
    /// Retrieves information about the account's `OrganizationAccess` status. This API can be
    /// called either by the management account or the delegated administrator by using the `CallAs`
    /// parameter. This API can also be called without the `CallAs` parameter by the management
    /// account.
    #[op(result_wrapper = "DescribeOrganizationsAccessResult")]
    describe_organizations_access:
        Op<DescribeOrganizationsAccessInput, DescribeOrganizationsAccessOutput>,
    /// Returns information about a CloudFormation extension publisher.
    #[op(result_wrapper = "DescribePublisherResult")]
    describe_publisher: Op<DescribePublisherInput, DescribePublisherOutput>,
    /// Describes details of a resource scan.
    #[op(result_wrapper = "DescribeResourceScanResult")]
    describe_resource_scan: Op<DescribeResourceScanInput, DescribeResourceScanOutput>,
    /// Returns information about a stack drift detection operation. A stack drift detection
    /// operation detects whether a stack's actual configuration differs, or has *drifted*, from its
    /// expected configuration, as defined in the stack template and any values specified as
    /// template parameters. A stack is considered to have drifted if one or more of its resources
    /// have drifted. For more information about stack and resource drift, see [Detect unmanaged
    /// configuration changes to stacks and resources with drift
    /// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html).
    #[op(result_wrapper = "DescribeStackDriftDetectionStatusResult")]
    describe_stack_drift_detection_status:
        Op<DescribeStackDriftDetectionStatusInput, DescribeStackDriftDetectionStatusOutput>,
    /// Returns all stack related events for a specified stack in reverse chronological order. For
    /// more information about a stack's event history, see [Understand CloudFormation stack
    /// creation
    /// events](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stack-resource-configuration-complete.html)
    /// in the *CloudFormation User Guide*.
    #[op(paginate(input_token = next_token, output_token = next_token, items = stack_events), result_wrapper = "DescribeStackEventsResult")]
    describe_stack_events: Op<DescribeStackEventsInput, DescribeStackEventsOutput>,
    /// Returns the stack instance that's associated with the specified StackSet, Amazon Web
    /// Services account, and Amazon Web Services Region.
    #[op(result_wrapper = "DescribeStackInstanceResult")]
    describe_stack_instance: Op<DescribeStackInstanceInput, DescribeStackInstanceOutput>,
    /// Describes the stack refactor status.
    #[op(result_wrapper = "DescribeStackRefactorResult")]
    describe_stack_refactor: Op<DescribeStackRefactorInput, DescribeStackRefactorOutput>,
    /// Returns a description of the specified resource in the specified stack.
    #[op(result_wrapper = "DescribeStackResourceResult")]
    describe_stack_resource: Op<DescribeStackResourceInput, DescribeStackResourceOutput>,
    /// Returns drift information for the resources that have been checked for drift in the
    /// specified stack. This includes actual and expected configuration values for resources where
    /// CloudFormation detects configuration drift.
    #[op(result_wrapper = "DescribeStackResourceDriftsResult")]
    describe_stack_resource_drifts:
        Op<DescribeStackResourceDriftsInput, DescribeStackResourceDriftsOutput>,
    /// Returns Amazon Web Services resource descriptions for running and deleted stacks. If
    /// `StackName` is specified, all the associated resources that are part of the stack are
    /// returned. If `PhysicalResourceId` is specified, the associated resources of the stack that
    /// the resource belongs to are returned.
    #[op(result_wrapper = "DescribeStackResourcesResult")]
    describe_stack_resources: Op<DescribeStackResourcesInput, DescribeStackResourcesOutput>,
    /// Returns the description of the specified StackSet.
    #[op(result_wrapper = "DescribeStackSetResult")]
    describe_stack_set: Op<DescribeStackSetInput, DescribeStackSetOutput>,
    /// Returns the description of the specified StackSet operation.
    #[op(result_wrapper = "DescribeStackSetOperationResult")]
    describe_stack_set_operation:
        Op<DescribeStackSetOperationInput, DescribeStackSetOperationOutput>,
    /// Returns the description for the specified stack; if no stack name was specified, then it
    /// returns the description for all the stacks created. For more information about a stack's
    /// event history, see [Understand CloudFormation stack creation
    /// events](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stack-resource-configuration-complete.html)
    /// in the *CloudFormation User Guide*.
    #[op(paginate(input_token = next_token, output_token = next_token, items = stacks), result_wrapper = "DescribeStacksResult")]
    describe_stacks: Op<DescribeStacksInput, DescribeStacksOutput>,
    /// Returns detailed information about an extension from the CloudFormation registry in your
    /// current account and Region.
    #[op(result_wrapper = "DescribeTypeResult")]
    describe_type: Op<DescribeTypeInput, DescribeTypeOutput>,
    /// Returns information about an extension's registration, including its current status and type
    /// and version identifiers.
    #[op(result_wrapper = "DescribeTypeRegistrationResult")]
    describe_type_registration: Op<DescribeTypeRegistrationInput, DescribeTypeRegistrationOutput>,
    /// Detects whether a stack's actual configuration differs, or has *drifted*, from its expected
    /// configuration, as defined in the stack template and any values specified as template
    /// parameters. For each resource in the stack that supports drift detection, CloudFormation
    /// compares the actual configuration of the resource with its expected template configuration.
    /// Only resource properties explicitly defined in the stack template are checked for drift. A
    /// stack is considered to have drifted if one or more of its resources differ from their
    /// expected template configurations. For more information, see [Detect unmanaged configuration
    /// changes to stacks and resources with drift
    /// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html).
    #[op(result_wrapper = "DetectStackDriftResult")]
    detect_stack_drift: Op<DetectStackDriftInput, DetectStackDriftOutput>,
    /// Returns information about whether a resource's actual configuration differs, or has
    /// *drifted*, from its expected configuration, as defined in the stack template and any values
    /// specified as template parameters. This information includes actual and expected property
    /// values for resources in which CloudFormation detects drift. Only resource properties
    /// explicitly defined in the stack template are checked for drift. For more information about
    /// stack and resource drift, see [Detect unmanaged configuration changes to stacks and
    /// resources with drift
    /// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html).
    #[op(result_wrapper = "DetectStackResourceDriftResult")]
    detect_stack_resource_drift: Op<DetectStackResourceDriftInput, DetectStackResourceDriftOutput>,
    /// Detect drift on a StackSet. When CloudFormation performs drift detection on a StackSet, it
    /// performs drift detection on the stack associated with each stack instance in the StackSet.
    /// For more information, see [Performing drift detection on CloudFormation
    /// StackSets](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-drift.html).
    #[op(result_wrapper = "DetectStackSetDriftResult")]
    detect_stack_set_drift: Op<DetectStackSetDriftInput, DetectStackSetDriftOutput>,
    /// Returns the estimated monthly cost of a template. The return value is an Amazon Web Services
    /// Simple Monthly Calculator URL with a query string that describes the resources required to
    /// run the template.
    #[op(result_wrapper = "EstimateTemplateCostResult")]
    estimate_template_cost: Op<EstimateTemplateCostInput, EstimateTemplateCostOutput>,
    /// Updates a stack using the input information that was provided when the specified change set
    /// was created. After the call successfully completes, CloudFormation starts updating the
    /// stack. Use the `DescribeStacks` action to view the status of the update.
    #[op(result_wrapper = "ExecuteChangeSetResult")]
    execute_change_set: Op<ExecuteChangeSetInput, ExecuteChangeSetOutput>,
    /// Executes the stack refactor operation.
    execute_stack_refactor: Op<ExecuteStackRefactorInput, ()>,
    /// Retrieves a generated template. If the template is in an `InProgress` or `Pending` status
    /// then the template returned will be the template when the template was last in a `Complete`
    /// status. If the template has not yet been in a `Complete` status then an empty template will
    /// be returned.
    #[op(result_wrapper = "GetGeneratedTemplateResult")]
    get_generated_template: Op<GetGeneratedTemplateInput, GetGeneratedTemplateOutput>,
    /// Retrieves detailed information and remediation guidance for a Hook invocation result.
    #[op(result_wrapper = "GetHookResultResult")]
    get_hook_result: Op<GetHookResultInput, GetHookResultOutput>,
    /// Returns the stack policy for a specified stack. If a stack doesn't have a policy, a null
    /// value is returned.
    #[op(result_wrapper = "GetStackPolicyResult")]
    get_stack_policy: Op<GetStackPolicyInput, GetStackPolicyOutput>,
    /// Returns the template body for a specified stack. You can get the template for running or
    /// deleted stacks.
    #[op(result_wrapper = "GetTemplateResult")]
    get_template: Op<GetTemplateInput, GetTemplateOutput>,
    /// Returns information about a new or existing template. The `GetTemplateSummary` action is
    /// useful for viewing parameter information, such as default parameter values and parameter
    /// types, before you create or update a stack or StackSet.
    #[op(result_wrapper = "GetTemplateSummaryResult")]
    get_template_summary: Op<GetTemplateSummaryInput, GetTemplateSummaryOutput>,
    /// Import existing stacks into a new StackSets. Use the stack import operation to import up to
    /// 10 stacks into a new StackSet in the same account as the source stack or in a different
    /// administrator account and Region, by specifying the stack ID of the stack you intend to
    /// import.
    #[op(result_wrapper = "ImportStacksToStackSetResult")]
    import_stacks_to_stack_set: Op<ImportStacksToStackSetInput, ImportStacksToStackSetOutput>,
    /// Returns the ID and status of each active change set for a stack. For example, CloudFormation
    /// lists change sets that are in the `CREATE_IN_PROGRESS` or `CREATE_PENDING` state.
    #[op(paginate(input_token = next_token, output_token = next_token, items = summaries), result_wrapper = "ListChangeSetsResult")]
    list_change_sets: Op<ListChangeSetsInput, ListChangeSetsOutput>,
    /// Lists all exported output values in the account and Region in which you call this action.
    /// Use this action to see the exported output values that you can import into other stacks. To
    /// import values, use the [
    /// Fn::ImportValue](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-importvalue.html)
    /// function.
    #[op(paginate(input_token = next_token, output_token = next_token, items = exports), result_wrapper = "ListExportsResult")]
    list_exports: Op<ListExportsInput, ListExportsOutput>,
    /// Lists your generated templates in this Region.
    #[op(paginate(input_token = next_token, output_token = next_token, items = summaries, limit = max_results), result_wrapper = "ListGeneratedTemplatesResult")]
    list_generated_templates: Op<ListGeneratedTemplatesInput, ListGeneratedTemplatesOutput>,
    /// Returns summaries of invoked Hooks. For more information, see [View invocation summaries for
    /// CloudFormation
    /// Hooks](https://docs.aws.amazon.com/cloudformation-cli/latest/hooks-userguide/hooks-view-invocations.html)
    /// in the *CloudFormation Hooks User Guide*.
    #[op(result_wrapper = "ListHookResultsResult")]
    list_hook_results: Op<ListHookResultsInput, ListHookResultsOutput>,
    /// Lists all stacks that are importing an exported output value. To modify or remove an
    /// exported output value, first use this action to see which stacks are using it. To see the
    /// exported output values in your account, see `ListExports`.
    #[op(paginate(input_token = next_token, output_token = next_token, items = imports), result_wrapper = "ListImportsResult")]
    list_imports: Op<ListImportsInput, ListImportsOutput>,
    /// Lists the related resources for a list of resources from a resource scan. The response
    /// indicates whether each returned resource is already managed by CloudFormation.
    #[op(paginate(input_token = next_token, output_token = next_token, items = related_resources, limit = max_results), result_wrapper = "ListResourceScanRelatedResourcesResult")]
    list_resource_scan_related_resources:
        Op<ListResourceScanRelatedResourcesInput, ListResourceScanRelatedResourcesOutput>,
    /// Lists the resources from a resource scan. The results can be filtered by resource
    /// identifier, resource type prefix, tag key, and tag value. Only resources that match all
    /// specified filters are returned. The response indicates whether each returned resource is
    /// already managed by CloudFormation.
    #[op(paginate(input_token = next_token, output_token = next_token, items = resources, limit = max_results), result_wrapper = "ListResourceScanResourcesResult")]
    list_resource_scan_resources:
        Op<ListResourceScanResourcesInput, ListResourceScanResourcesOutput>,
    /// List the resource scans from newest to oldest. By default it will return up to 10 resource
    /// scans.
    #[op(paginate(input_token = next_token, output_token = next_token, items = resource_scan_summaries, limit = max_results), result_wrapper = "ListResourceScansResult")]
    list_resource_scans: Op<ListResourceScansInput, ListResourceScansOutput>,
    /// Returns drift information for resources in a stack instance.
    #[op(result_wrapper = "ListStackInstanceResourceDriftsResult")]
    list_stack_instance_resource_drifts:
        Op<ListStackInstanceResourceDriftsInput, ListStackInstanceResourceDriftsOutput>,
    /// Returns summary information about stack instances that are associated with the specified
    /// StackSet. You can filter for stack instances that are associated with a specific Amazon Web
    /// Services account name or Region, or that have a specific status.
    #[op(paginate(input_token = next_token, output_token = next_token, items = summaries, limit = max_results), result_wrapper = "ListStackInstancesResult")]
    list_stack_instances: Op<ListStackInstancesInput, ListStackInstancesOutput>,
    /// Lists the stack refactor actions that will be taken after calling the `ExecuteStackRefactor`
    /// action.
    #[op(paginate(input_token = next_token, output_token = next_token, items = stack_refactor_actions, limit = max_results), result_wrapper = "ListStackRefactorActionsResult")]
    list_stack_refactor_actions: Op<ListStackRefactorActionsInput, ListStackRefactorActionsOutput>,
    /// Lists all account stack refactor operations and their statuses.
    #[op(paginate(input_token = next_token, output_token = next_token, items = stack_refactor_summaries, limit = max_results), result_wrapper = "ListStackRefactorsResult")]
    list_stack_refactors: Op<ListStackRefactorsInput, ListStackRefactorsOutput>,
    /// Returns descriptions of all resources of the specified stack.
    #[op(paginate(input_token = next_token, output_token = next_token, items = stack_resource_summaries), result_wrapper = "ListStackResourcesResult")]
    list_stack_resources: Op<ListStackResourcesInput, ListStackResourcesOutput>,
    /// Returns summary information about deployment targets for a StackSet.
    #[op(result_wrapper = "ListStackSetAutoDeploymentTargetsResult")]
    list_stack_set_auto_deployment_targets:
        Op<ListStackSetAutoDeploymentTargetsInput, ListStackSetAutoDeploymentTargetsOutput>,
    /// Returns summary information about the results of a StackSet operation.
    #[op(paginate(input_token = next_token, output_token = next_token, items = summaries, limit = max_results), result_wrapper = "ListStackSetOperationResultsResult")]
    list_stack_set_operation_results:
        Op<ListStackSetOperationResultsInput, ListStackSetOperationResultsOutput>,
    /// Returns summary information about operations performed on a StackSet.
    #[op(paginate(input_token = next_token, output_token = next_token, items = summaries, limit = max_results), result_wrapper = "ListStackSetOperationsResult")]
    list_stack_set_operations: Op<ListStackSetOperationsInput, ListStackSetOperationsOutput>,
    /// Returns summary information about StackSets that are associated with the user.
    #[op(paginate(input_token = next_token, output_token = next_token, items = summaries, limit = max_results), result_wrapper = "ListStackSetsResult")]
    list_stack_sets: Op<ListStackSetsInput, ListStackSetsOutput>,
    /// Returns the summary information for stacks whose status matches the specified
    /// `StackStatusFilter`. Summary information for stacks that have been deleted is kept for 90
    /// days after the stack is deleted. If no `StackStatusFilter` is specified, summary information
    /// for all stacks is returned (including existing stacks and stacks that have been deleted).
    #[op(paginate(input_token = next_token, output_token = next_token, items = stack_summaries), result_wrapper = "ListStacksResult")]
    list_stacks: Op<ListStacksInput, ListStacksOutput>,
    /// Returns a list of registration tokens for the specified extension(s).
    #[op(result_wrapper = "ListTypeRegistrationsResult")]
    list_type_registrations: Op<ListTypeRegistrationsInput, ListTypeRegistrationsOutput>,
    /// Returns summary information about the versions of an extension.
    #[op(result_wrapper = "ListTypeVersionsResult")]
    list_type_versions: Op<ListTypeVersionsInput, ListTypeVersionsOutput>,
    /// Returns summary information about all extensions, including your private resource types,
    /// modules, and Hooks as well as all public extensions from Amazon Web Services and third-party
    /// publishers.
    #[op(paginate(input_token = next_token, output_token = next_token, items = type_summaries, limit = max_results), result_wrapper = "ListTypesResult")]
    list_types: Op<ListTypesInput, ListTypesOutput>,
    /// Publishes the specified extension to the CloudFormation registry as a public extension in
    /// this Region. Public extensions are available for use by all CloudFormation users. For more
    /// information about publishing extensions, see [Publishing extensions to make them available
    /// for public
    /// use](https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/publish-extension.html)
    /// in the *CloudFormation Command Line Interface (CLI) User Guide*.
    #[op(result_wrapper = "PublishTypeResult")]
    publish_type: Op<PublishTypeInput, PublishTypeOutput>,
    /// Reports progress of a resource handler to CloudFormation.
    #[op(result_wrapper = "RecordHandlerProgressResult")]
    record_handler_progress: Op<RecordHandlerProgressInput, RecordHandlerProgressOutput>,
    /// Registers your account as a publisher of public extensions in the CloudFormation registry.
    /// Public extensions are available for use by all CloudFormation users. This publisher ID
    /// applies to your account in all Amazon Web Services Regions.
    #[op(result_wrapper = "RegisterPublisherResult")]
    register_publisher: Op<RegisterPublisherInput, RegisterPublisherOutput>,
    /// Registers an extension with the CloudFormation service. Registering an extension makes it
    /// available for use in CloudFormation templates in your Amazon Web Services account, and
    /// includes:
    #[op(result_wrapper = "RegisterTypeResult")]
    register_type: Op<RegisterTypeInput, RegisterTypeOutput>,
    /// When specifying `RollbackStack`, you preserve the state of previously provisioned resources
    /// when an operation fails. You can check the status of the stack through the `DescribeStacks`
    /// operation.
    #[op(result_wrapper = "RollbackStackResult")]
    rollback_stack: Op<RollbackStackInput, RollbackStackOutput>,
    /// Sets a stack policy for a specified stack.
    set_stack_policy: Op<SetStackPolicyInput, ()>,
    /// Specifies the configuration data for a CloudFormation extension, such as a resource or Hook,
    /// in the given account and Region.
    #[op(result_wrapper = "SetTypeConfigurationResult")]
    set_type_configuration: Op<SetTypeConfigurationInput, SetTypeConfigurationOutput>,
    /// Specify the default version of an extension. The default version of an extension will be
    /// used in CloudFormation operations.
    #[op(result_wrapper = "SetTypeDefaultVersionResult")]
    set_type_default_version: Op<SetTypeDefaultVersionInput, SetTypeDefaultVersionOutput>,
    /// Sends a signal to the specified resource with a success or failure status. You can use the
    /// `SignalResource` operation in conjunction with a creation policy or update policy.
    /// CloudFormation doesn't proceed with a stack creation or update until resources receive the
    /// required number of signals or the timeout period is exceeded. The `SignalResource` operation
    /// is useful in cases where you want to send signals from anywhere other than an Amazon EC2
    /// instance.
    signal_resource: Op<SignalResourceInput, ()>,
    /// Starts a scan of the resources in this account in this Region. You can the status of a scan
    /// using the `ListResourceScans` API action.
    #[op(result_wrapper = "StartResourceScanResult")]
    start_resource_scan: Op<StartResourceScanInput, StartResourceScanOutput>,
    /// Stops an in-progress operation on a StackSet and its associated stack instances. StackSets
    /// will cancel all the unstarted stack instance deployments and wait for those are in-progress
    /// to complete.
    #[op(result_wrapper = "StopStackSetOperationResult")]
    stop_stack_set_operation: Op<StopStackSetOperationInput, StopStackSetOperationOutput>,
    /// Tests a registered extension to make sure it meets all necessary requirements for being
    /// published in the CloudFormation registry.
    #[op(result_wrapper = "TestTypeResult")]
    test_type: Op<TestTypeInput, TestTypeOutput>,
    /// Updates a generated template. This can be used to change the name, add and remove resources,
    /// refresh resources, and change the `DeletionPolicy` and `UpdateReplacePolicy` settings. You
    /// can check the status of the update to the generated template using the
    /// `DescribeGeneratedTemplate` API action.
    #[op(result_wrapper = "UpdateGeneratedTemplateResult")]
    update_generated_template: Op<UpdateGeneratedTemplateInput, UpdateGeneratedTemplateOutput>,
    /// Updates a stack as specified in the template. After the call completes successfully, the
    /// stack update starts. You can check the status of the stack through the `DescribeStacks`
    /// action.
    #[op(result_wrapper = "UpdateStackResult")]
    update_stack: Op<UpdateStackInput, UpdateStackOutput>,
    /// Updates the parameter values for stack instances for the specified accounts, within the
    /// specified Amazon Web Services Regions. A stack instance refers to a stack in a specific
    /// account and Region.
    #[op(result_wrapper = "UpdateStackInstancesResult")]
    update_stack_instances: Op<UpdateStackInstancesInput, UpdateStackInstancesOutput>,
    /// Updates the StackSet and associated stack instances in the specified accounts and Amazon Web
    /// Services Regions.
    #[op(result_wrapper = "UpdateStackSetResult")]
    update_stack_set: Op<UpdateStackSetInput, UpdateStackSetOutput>,
    /// Updates termination protection for the specified stack. If a user attempts to delete a stack
    /// with termination protection enabled, the operation fails and the stack remains unchanged.
    /// For more information, see [Protect a CloudFormation stack from being
    /// deleted](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-protect-stacks.html)
    /// in the *CloudFormation User Guide*.
    #[op(result_wrapper = "UpdateTerminationProtectionResult")]
    update_termination_protection:
        Op<UpdateTerminationProtectionInput, UpdateTerminationProtectionOutput>,
    /// Validates a specified template. CloudFormation first checks if the template is valid JSON.
    /// If it isn't, CloudFormation checks if the template is valid YAML. If both these checks fail,
    /// CloudFormation returns a template validation error.
    #[op(result_wrapper = "ValidateTemplateResult")]
    validate_template: Op<ValidateTemplateInput, ValidateTemplateOutput>,
}

/// The model's `AccountFilterType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AccountFilterType {
    /// `NONE`
    #[default]
    #[shape(name = "NONE")]
    None,
    /// `INTERSECTION`
    #[shape(name = "INTERSECTION")]
    Intersection,
    /// `DIFFERENCE`
    #[shape(name = "DIFFERENCE")]
    Difference,
    /// `UNION`
    #[shape(name = "UNION")]
    Union,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Structure that contains the results of the account gate function which CloudFormation invokes,
/// if present, before proceeding with a StackSet operation in an account and Region.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AccountGateResult {
    /// The status of the account gate function.
    pub status: Option<AccountGateStatus>,
    /// The reason for the account gate status assigned to this account and Region for the StackSet
    /// operation.
    pub status_reason: Option<String>,
}

/// The model's `AccountGateStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AccountGateStatus {
    /// `SUCCEEDED`
    #[default]
    #[shape(name = "SUCCEEDED")]
    Succeeded,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `SKIPPED`
    #[shape(name = "SKIPPED")]
    Skipped,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Describes the current CloudFormation limits for your account.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AccountLimit {
    /// The name of the account limit.
    pub name: Option<String>,
    /// The value that's associated with the account limit name.
    pub value: Option<i32>,
}

/// The input of `ActivateOrganizationsAccess`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ActivateOrganizationsAccessInput {}

/// The output of `ActivateOrganizationsAccess`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ActivateOrganizationsAccessOutput {}

/// The input of `ActivateType`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ActivateTypeInput {
    /// The extension type.
    pub r#type: Option<ThirdPartyType>,
    /// The Amazon Resource Name (ARN) of the public extension.
    pub public_type_arn: Option<String>,
    /// The ID of the extension publisher.
    pub publisher_id: Option<String>,
    /// The name of the extension.
    pub type_name: Option<String>,
    /// An alias to assign to the public extension in this account and Region. If you specify an
    /// alias for the extension, CloudFormation treats the alias as the extension type name within
    /// this account and Region. You must use the alias to refer to the extension in your templates,
    /// API calls, and CloudFormation console.
    pub type_name_alias: Option<String>,
    /// Whether to automatically update the extension in this account and Region when a new *minor*
    /// version is published by the extension publisher. Major versions released by the publisher
    /// must be manually updated.
    pub auto_update: Option<bool>,
    /// Contains logging configuration information for an extension.
    pub logging_config: Option<LoggingConfig>,
    /// The name of the IAM execution role to use to activate the extension.
    pub execution_role_arn: Option<String>,
    /// Manually updates a previously-activated type to a new major or minor version, if available.
    /// You can also use this parameter to update the value of `AutoUpdate`.
    pub version_bump: Option<VersionBump>,
    /// The major version of this extension you want to activate, if multiple major versions are
    /// available. The default is the latest major version. CloudFormation uses the latest available
    /// *minor* version of the major version selected.
    pub major_version: Option<i64>,
}

/// The output of `ActivateType`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ActivateTypeOutput {
    /// The Amazon Resource Name (ARN) of the activated extension in this account and Region.
    pub arn: Option<String>,
}

/// The model's `AfterValueFrom`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AfterValueFrom {
    /// `TEMPLATE`
    #[default]
    #[shape(name = "TEMPLATE")]
    Template,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The `Annotation` data type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Annotation {
    /// An identifier for the evaluation logic that was used when invoking the Hook. For Control
    /// Tower, this is the control ID. For Guard, this is the rule ID. For Lambda and custom Hooks,
    /// this is a user-defined identifier.
    pub annotation_name: Option<String>,
    /// The status of the Hook invocation from the downstream service.
    pub status: Option<AnnotationStatus>,
    /// The explanation for the specific status assigned to this Hook invocation. For example,
    /// "Bucket does not block public access".
    pub status_message: Option<String>,
    /// Suggests what to change if your Hook returns a `FAILED` status. For example, "Block public
    /// access to the bucket".
    pub remediation_message: Option<String>,
    /// A URL that you can access for additional remediation guidance.
    pub remediation_link: Option<String>,
    /// The relative risk associated with any violations of this type.
    pub severity_level: Option<AnnotationSeverityLevel>,
}

/// The model's `AnnotationSeverityLevel`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AnnotationSeverityLevel {
    /// `INFORMATIONAL`
    #[default]
    #[shape(name = "INFORMATIONAL")]
    Informational,
    /// `LOW`
    #[shape(name = "LOW")]
    Low,
    /// `MEDIUM`
    #[shape(name = "MEDIUM")]
    Medium,
    /// `HIGH`
    #[shape(name = "HIGH")]
    High,
    /// `CRITICAL`
    #[shape(name = "CRITICAL")]
    Critical,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `AnnotationStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AnnotationStatus {
    /// `PASSED`
    #[default]
    #[shape(name = "PASSED")]
    Passed,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `SKIPPED`
    #[shape(name = "SKIPPED")]
    Skipped,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `AttributeChangeType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AttributeChangeType {
    /// `Add`
    #[default]
    Add,
    /// `Remove`
    Remove,
    /// `Modify`
    Modify,
    /// `SyncWithActual`
    SyncWithActual,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Describes whether StackSets automatically deploys to Organizations accounts that are added to a
/// target organization or organizational unit (OU). For more information, see [Enable or disable
/// automatic deployments for StackSets in
/// Organizations](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-manage-auto-deployment.html)
/// in the *CloudFormation User Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AutoDeployment {
    /// If set to `true`, StackSets automatically deploys additional stack instances to
    /// Organizations accounts that are added to a target organization or organizational unit (OU)
    /// in the specified Regions. If an account is removed from a target organization or OU,
    /// StackSets deletes stack instances from the account in the specified Regions.
    pub enabled: Option<bool>,
    /// If set to `true`, stack resources are retained when an account is removed from a target
    /// organization or OU. If set to `false`, stack resources are deleted. Specify only if
    /// `Enabled` is set to `True`.
    pub retain_stacks_on_account_removal: Option<bool>,
    /// A list of StackSet ARNs that this StackSet depends on for auto-deployment operations. When
    /// auto-deployment is triggered, operations will be sequenced to ensure all dependencies
    /// complete successfully before this StackSet's operation begins.
    pub depends_on: Option<Vec<String>>,
}

/// Detailed information concerning an error generated during the setting of configuration data for
/// a CloudFormation extension.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchDescribeTypeConfigurationsError {
    /// The error code.
    pub error_code: Option<String>,
    /// The error message.
    pub error_message: Option<String>,
    /// Identifying information for the configuration of a CloudFormation extension.
    pub type_configuration_identifier: Option<TypeConfigurationIdentifier>,
}

/// The input of `BatchDescribeTypeConfigurations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchDescribeTypeConfigurationsInput {
    /// The list of identifiers for the desired extension configurations.
    pub type_configuration_identifiers: Vec<TypeConfigurationIdentifier>,
}

/// The output of `BatchDescribeTypeConfigurations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchDescribeTypeConfigurationsOutput {
    /// A list of information concerning any errors generated during the setting of the specified
    /// configurations.
    pub errors: Option<Vec<BatchDescribeTypeConfigurationsError>>,
    /// A list of any of the specified extension configurations that CloudFormation could not
    /// process for any reason.
    pub unprocessed_type_configurations: Option<Vec<TypeConfigurationIdentifier>>,
    /// A list of any of the specified extension configurations from the CloudFormation registry.
    pub type_configurations: Option<Vec<TypeConfigurationDetails>>,
}

/// The model's `BeaconStackOperationStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BeaconStackOperationStatus {
    /// `IN_PROGRESS`
    #[default]
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `SUCCEEDED`
    #[shape(name = "SUCCEEDED")]
    Succeeded,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `BeforeValueFrom`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BeforeValueFrom {
    /// `PREVIOUS_DEPLOYMENT_STATE`
    #[default]
    #[shape(name = "PREVIOUS_DEPLOYMENT_STATE")]
    PreviousDeploymentState,
    /// `ACTUAL_STATE`
    #[shape(name = "ACTUAL_STATE")]
    ActualState,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `CallAs`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CallAs {
    /// `SELF`
    #[default]
    #[shape(name = "SELF")]
    SelfValue,
    /// `DELEGATED_ADMIN`
    #[shape(name = "DELEGATED_ADMIN")]
    DelegatedAdmin,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input for the `CancelUpdateStack` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CancelUpdateStackInput {
    /// If you don't pass a parameter to `StackName`, the API returns a response that describes all
    /// resources in the account.
    pub stack_name: String,
    /// A unique identifier for this `CancelUpdateStack` request. Specify this token if you plan to
    /// retry requests so that CloudFormation knows that you're not attempting to cancel an update
    /// on a stack with the same name. You might retry `CancelUpdateStack` requests to ensure that
    /// CloudFormation successfully received them.
    pub client_request_token: Option<String>,
}

/// The model's `Capability`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Capability {
    /// `CAPABILITY_IAM`
    #[default]
    #[shape(name = "CAPABILITY_IAM")]
    CapabilityIam,
    /// `CAPABILITY_NAMED_IAM`
    #[shape(name = "CAPABILITY_NAMED_IAM")]
    CapabilityNamedIam,
    /// `CAPABILITY_AUTO_EXPAND`
    #[shape(name = "CAPABILITY_AUTO_EXPAND")]
    CapabilityAutoExpand,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `Category`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Category {
    /// `REGISTERED`
    #[default]
    #[shape(name = "REGISTERED")]
    Registered,
    /// `ACTIVATED`
    #[shape(name = "ACTIVATED")]
    Activated,
    /// `THIRD_PARTY`
    #[shape(name = "THIRD_PARTY")]
    ThirdParty,
    /// `AWS_TYPES`
    #[shape(name = "AWS_TYPES")]
    AwsTypes,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The `Change` structure describes the changes CloudFormation will perform if you execute the
/// change set.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Change {
    /// The type of entity that CloudFormation changes.
    pub r#type: Option<ChangeType>,
    /// Is either `null`, if no Hooks invoke for the resource, or contains the number of Hooks that
    /// will invoke for the resource.
    pub hook_invocation_count: Option<i32>,
    /// A `ResourceChange` structure that describes the resource and action that CloudFormation will
    /// perform.
    pub resource_change: Option<ResourceChange>,
}

/// The model's `ChangeAction`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ChangeAction {
    /// `Add`
    #[default]
    Add,
    /// `Modify`
    Modify,
    /// `Remove`
    Remove,
    /// `Import`
    Import,
    /// `Dynamic`
    Dynamic,
    /// `SyncWithActual`
    SyncWithActual,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Specifies the resource, the Hook, and the Hook version to be invoked.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChangeSetHook {
    /// The specific point in the provisioning process where the Hook is invoked.
    pub invocation_point: Option<HookInvocationPoint>,
    /// Specify the Hook failure mode for non-compliant resources in the followings ways.
    pub failure_mode: Option<HookFailureMode>,
    /// The unique name for your Hook. Specifies a three-part namespace for your Hook, with a
    /// recommended pattern of `Organization::Service::Hook`.
    pub type_name: Option<String>,
    /// The version ID of the type specified.
    pub type_version_id: Option<String>,
    /// The version ID of the type configuration.
    pub type_configuration_version_id: Option<String>,
    /// Specifies details about the target that the Hook will run against.
    pub target_details: Option<ChangeSetHookTargetDetails>,
}

/// Specifies `RESOURCE` type target details for activated Hooks.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChangeSetHookResourceTargetDetails {
    /// The resource's logical ID, which is defined in the stack's template.
    pub logical_resource_id: Option<String>,
    /// The type of CloudFormation resource, such as `AWS::S3::Bucket`.
    pub resource_type: Option<String>,
    /// Specifies the action of the resource.
    pub resource_action: Option<ChangeAction>,
}

/// Specifies target details for an activated Hook.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChangeSetHookTargetDetails {
    /// The Hook target type.
    pub target_type: Option<HookTargetType>,
    /// Required if `TargetType` is `RESOURCE`.
    pub resource_target_details: Option<ChangeSetHookResourceTargetDetails>,
}

/// The model's `ChangeSetHooksStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ChangeSetHooksStatus {
    /// `PLANNING`
    #[default]
    #[shape(name = "PLANNING")]
    Planning,
    /// `PLANNED`
    #[shape(name = "PLANNED")]
    Planned,
    /// `UNAVAILABLE`
    #[shape(name = "UNAVAILABLE")]
    Unavailable,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ChangeSetStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ChangeSetStatus {
    /// `CREATE_PENDING`
    #[default]
    #[shape(name = "CREATE_PENDING")]
    CreatePending,
    /// `CREATE_IN_PROGRESS`
    #[shape(name = "CREATE_IN_PROGRESS")]
    CreateInProgress,
    /// `CREATE_COMPLETE`
    #[shape(name = "CREATE_COMPLETE")]
    CreateComplete,
    /// `DELETE_PENDING`
    #[shape(name = "DELETE_PENDING")]
    DeletePending,
    /// `DELETE_IN_PROGRESS`
    #[shape(name = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    /// `DELETE_COMPLETE`
    #[shape(name = "DELETE_COMPLETE")]
    DeleteComplete,
    /// `DELETE_FAILED`
    #[shape(name = "DELETE_FAILED")]
    DeleteFailed,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The `ChangeSetSummary` structure describes a change set, its status, and the stack with which
/// it's associated.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ChangeSetSummary {
    /// The ID of the stack with which the change set is associated.
    pub stack_id: Option<String>,
    /// The name of the stack with which the change set is associated.
    pub stack_name: Option<String>,
    /// The ID of the change set.
    pub change_set_id: Option<String>,
    /// The name of the change set.
    pub change_set_name: Option<String>,
    /// If the change set execution status is `AVAILABLE`, you can execute the change set. If you
    /// can't execute the change set, the status indicates why. For example, a change set might be
    /// in an `UNAVAILABLE` state because CloudFormation is still creating it or in an `OBSOLETE`
    /// state because the stack was already updated.
    pub execution_status: Option<ExecutionStatus>,
    /// The state of the change set, such as `CREATE_PENDING`, `CREATE_COMPLETE`, or `FAILED`.
    pub status: Option<ChangeSetStatus>,
    /// A description of the change set's status. For example, if your change set is in the `FAILED`
    /// state, CloudFormation shows the error message.
    pub status_reason: Option<String>,
    /// The start time when the change set was created, in UTC.
    pub creation_time: Option<DateTime>,
    /// Descriptive information about the change set.
    pub description: Option<String>,
    /// Specifies the current setting of `IncludeNestedStacks` for the change set.
    pub include_nested_stacks: Option<bool>,
    /// The parent change set ID.
    pub parent_change_set_id: Option<String>,
    /// The root change set ID.
    pub root_change_set_id: Option<String>,
    /// Indicates if the change set imports resources that already exist.
    pub import_existing_resources: Option<bool>,
}

/// The model's `ChangeSetType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ChangeSetType {
    /// `CREATE`
    #[default]
    #[shape(name = "CREATE")]
    Create,
    /// `UPDATE`
    #[shape(name = "UPDATE")]
    Update,
    /// `IMPORT`
    #[shape(name = "IMPORT")]
    Import,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ChangeSource`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ChangeSource {
    /// `ResourceReference`
    #[default]
    ResourceReference,
    /// `ParameterReference`
    ParameterReference,
    /// `ResourceAttribute`
    ResourceAttribute,
    /// `DirectModification`
    DirectModification,
    /// `Automatic`
    Automatic,
    /// `NoModification`
    NoModification,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ChangeType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ChangeType {
    /// `Resource`
    #[default]
    Resource,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ConcurrencyMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ConcurrencyMode {
    /// `STRICT_FAILURE_TOLERANCE`
    #[default]
    #[shape(name = "STRICT_FAILURE_TOLERANCE")]
    StrictFailureTolerance,
    /// `SOFT_FAILURE_TOLERANCE`
    #[shape(name = "SOFT_FAILURE_TOLERANCE")]
    SoftFailureTolerance,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input for the `ContinueUpdateRollback` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContinueUpdateRollbackInput {
    /// The name or the unique ID of the stack that you want to continue rolling back.
    pub stack_name: String,
    /// The Amazon Resource Name (ARN) of an IAM role that CloudFormation assumes to roll back the
    /// stack. CloudFormation uses the role's credentials to make calls on your behalf.
    /// CloudFormation always uses this role for all future operations on the stack. Provided that
    /// users have permission to operate on the stack, CloudFormation uses this role even if the
    /// users don't have permission to pass it. Ensure that the role grants least permission.
    #[shape(name = "RoleARN")]
    pub role_arn: Option<String>,
    /// A list of the logical IDs of the resources that CloudFormation skips during the continue
    /// update rollback operation. You can specify only resources that are in the `UPDATE_FAILED`
    /// state because a rollback failed. You can't specify resources that are in the `UPDATE_FAILED`
    /// state for other reasons, for example, because an update was canceled. To check why a
    /// resource update failed, use the `DescribeStackResources` action, and view the resource
    /// status reason.
    pub resources_to_skip: Option<Vec<String>>,
    /// A unique identifier for this `ContinueUpdateRollback` request. Specify this token if you
    /// plan to retry requests so that CloudFormation knows that you're not attempting to continue
    /// the rollback to a stack with the same name. You might retry `ContinueUpdateRollback`
    /// requests to ensure that CloudFormation successfully received them.
    pub client_request_token: Option<String>,
}

/// The output for a `ContinueUpdateRollback` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContinueUpdateRollbackOutput {}

/// The input for the `CreateChangeSet` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateChangeSetInput {
    /// The name or the unique ID of the stack for which you are creating a change set.
    /// CloudFormation generates the change set by comparing this stack's information with the
    /// information that you submit, such as a modified template or different parameter input
    /// values.
    pub stack_name: String,
    /// A structure that contains the body of the revised template, with a minimum length of 1 byte
    /// and a maximum length of 51,200 bytes. CloudFormation generates the change set by comparing
    /// this template with the template of the stack that you specified.
    pub template_body: Option<String>,
    /// The URL of the file that contains the revised template. The URL must point to a template
    /// (max size: 1 MB) that's located in an Amazon S3 bucket or a Systems Manager document.
    /// CloudFormation generates the change set by comparing this template with the stack that you
    /// specified. The location for an Amazon S3 bucket must start with `https://`. URLs from S3
    /// static websites are not supported.
    #[shape(name = "TemplateURL")]
    pub template_url: Option<String>,
    /// Whether to reuse the template that's associated with the stack to create the change set.
    pub use_previous_template: Option<bool>,
    /// A list of `Parameter` structures that specify input parameters for the change set. For more
    /// information, see the `Parameter` data type.
    pub parameters: Option<Vec<Parameter>>,
    /// In some cases, you must explicitly acknowledge that your stack template contains certain
    /// capabilities in order for CloudFormation to create the stack.
    pub capabilities: Option<Vec<Capability>>,
    /// Specifies which resource types you can work with, such as `AWS::EC2::Instance` or
    /// `Custom::MyCustomInstance`.
    pub resource_types: Option<Vec<String>>,
    /// The Amazon Resource Name (ARN) of an IAM role that CloudFormation assumes when executing the
    /// change set. CloudFormation uses the role's credentials to make calls on your behalf.
    /// CloudFormation uses this role for all future operations on the stack. Provided that users
    /// have permission to operate on the stack, CloudFormation uses this role even if the users
    /// don't have permission to pass it. Ensure that the role grants least permission.
    #[shape(name = "RoleARN")]
    pub role_arn: Option<String>,
    /// The rollback triggers for CloudFormation to monitor during stack creation and updating
    /// operations, and for the specified monitoring period afterwards.
    pub rollback_configuration: Option<RollbackConfiguration>,
    /// The Amazon Resource Names (ARNs) of Amazon SNS topics that CloudFormation associates with
    /// the stack. To remove all associated notification topics, specify an empty list.
    #[shape(name = "NotificationARNs")]
    pub notification_arns: Option<Vec<String>>,
    /// Key-value pairs to associate with this stack. CloudFormation also propagates these tags to
    /// resources in the stack. You can specify a maximum of 50 tags.
    pub tags: Option<Vec<Tag>>,
    /// The name of the change set. The name must be unique among all change sets that are
    /// associated with the specified stack.
    pub change_set_name: String,
    /// A unique identifier for this `CreateChangeSet` request. Specify this token if you plan to
    /// retry requests so that CloudFormation knows that you're not attempting to create another
    /// change set with the same name. You might retry `CreateChangeSet` requests to ensure that
    /// CloudFormation successfully received them.
    pub client_token: Option<String>,
    /// A description to help you identify this change set.
    pub description: Option<String>,
    /// The type of change set operation. To create a change set for a new stack, specify `CREATE`.
    /// To create a change set for an existing stack, specify `UPDATE`. To create a change set for
    /// an import operation, specify `IMPORT`.
    pub change_set_type: Option<ChangeSetType>,
    /// The resources to import into your stack.
    pub resources_to_import: Option<Vec<ResourceToImport>>,
    /// Creates a change set for the all nested stacks specified in the template. The default
    /// behavior of this action is set to `False`. To include nested sets in a change set, specify
    /// `True`.
    pub include_nested_stacks: Option<bool>,
    /// Determines what action will be taken if stack creation fails. If this parameter is
    /// specified, the `DisableRollback` parameter to the
    /// [ExecuteChangeSet](https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ExecuteChangeSet.html)
    /// API operation must not be specified. This must be one of these values:
    pub on_stack_failure: Option<OnStackFailure>,
    /// Indicates if the change set auto-imports resources that already exist. For more information,
    /// see [Import Amazon Web Services resources into a CloudFormation stack
    /// automatically](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/import-resources-automatically.html)
    /// in the *CloudFormation User Guide*.
    pub import_existing_resources: Option<bool>,
    /// Determines how CloudFormation handles configuration drift during deployment.
    pub deployment_mode: Option<DeploymentMode>,
}

/// The output for the `CreateChangeSet` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateChangeSetOutput {
    /// The Amazon Resource Name (ARN) of the change set.
    pub id: Option<String>,
    /// The unique ID of the stack.
    pub stack_id: Option<String>,
}

/// The input of `CreateGeneratedTemplate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateGeneratedTemplateInput {
    /// An optional list of resources to be included in the generated template.
    pub resources: Option<Vec<ResourceDefinition>>,
    /// The name assigned to the generated template.
    pub generated_template_name: String,
    /// An optional name or ARN of a stack to use as the base stack for the generated template.
    pub stack_name: Option<String>,
    /// The configuration details of the generated template, including the `DeletionPolicy` and
    /// `UpdateReplacePolicy`.
    pub template_configuration: Option<TemplateConfiguration>,
}

/// The output of `CreateGeneratedTemplate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateGeneratedTemplateOutput {
    /// The ID of the generated template.
    pub generated_template_id: Option<String>,
}

/// The input for `CreateStack` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateStackInput {
    /// The name that's associated with the stack. The name must be unique in the Region in which
    /// you are creating the stack.
    pub stack_name: String,
    /// Structure that contains the template body with a minimum length of 1 byte and a maximum
    /// length of 51,200 bytes.
    pub template_body: Option<String>,
    /// The URL of a file that contains the template body. The URL must point to a template (max
    /// size: 1 MB) that's located in an Amazon S3 bucket or a Systems Manager document. The
    /// location for an Amazon S3 bucket must start with `https://`. URLs from S3 static websites
    /// are not supported.
    #[shape(name = "TemplateURL")]
    pub template_url: Option<String>,
    /// A list of `Parameter` structures that specify input parameters for the stack. For more
    /// information, see the
    /// [Parameter](https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Parameter.html)
    /// data type.
    pub parameters: Option<Vec<Parameter>>,
    /// Set to `true` to disable rollback of the stack if stack creation failed. You can specify
    /// either `DisableRollback` or `OnFailure`, but not both.
    pub disable_rollback: Option<bool>,
    /// The rollback triggers for CloudFormation to monitor during stack creation and updating
    /// operations, and for the specified monitoring period afterwards.
    pub rollback_configuration: Option<RollbackConfiguration>,
    /// The amount of time that can pass before the stack status becomes `CREATE_FAILED`; if
    /// `DisableRollback` is not set or is set to `false`, the stack will be rolled back.
    pub timeout_in_minutes: Option<i32>,
    /// The Amazon SNS topic ARNs to publish stack related events. You can find your Amazon SNS
    /// topic ARNs using the Amazon SNS console or your Command Line Interface (CLI).
    #[shape(name = "NotificationARNs")]
    pub notification_arns: Option<Vec<String>>,
    /// In some cases, you must explicitly acknowledge that your stack template contains certain
    /// capabilities in order for CloudFormation to create the stack.
    pub capabilities: Option<Vec<Capability>>,
    /// Specifies which resource types you can work with, such as `AWS::EC2::Instance` or
    /// `Custom::MyCustomInstance`.
    pub resource_types: Option<Vec<String>>,
    /// The Amazon Resource Name (ARN) of an IAM role that CloudFormation assumes to create the
    /// stack. CloudFormation uses the role's credentials to make calls on your behalf.
    /// CloudFormation always uses this role for all future operations on the stack. Provided that
    /// users have permission to operate on the stack, CloudFormation uses this role even if the
    /// users don't have permission to pass it. Ensure that the role grants least privilege.
    #[shape(name = "RoleARN")]
    pub role_arn: Option<String>,
    /// Determines what action will be taken if stack creation fails. This must be one of:
    /// `DO_NOTHING`, `ROLLBACK`, or `DELETE`. You can specify either `OnFailure` or
    /// `DisableRollback`, but not both.
    pub on_failure: Option<OnFailure>,
    /// Structure that contains the stack policy body. For more information, see [Prevent updates to
    /// stack
    /// resources](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/protect-stack-resources.html)
    /// in the *CloudFormation User Guide*. You can specify either the `StackPolicyBody` or the
    /// `StackPolicyURL` parameter, but not both.
    pub stack_policy_body: Option<String>,
    /// Location of a file that contains the stack policy. The URL must point to a policy (maximum
    /// size: 16 KB) located in an S3 bucket in the same Region as the stack. The location for an
    /// Amazon S3 bucket must start with `https://`. URLs from S3 static websites are not supported.
    #[shape(name = "StackPolicyURL")]
    pub stack_policy_url: Option<String>,
    /// Key-value pairs to associate with this stack. CloudFormation also propagates these tags to
    /// the resources created in the stack. A maximum number of 50 tags can be specified.
    pub tags: Option<Vec<Tag>>,
    /// A unique identifier for this `CreateStack` request. Specify this token if you plan to retry
    /// requests so that CloudFormation knows that you're not attempting to create a stack with the
    /// same name. You might retry `CreateStack` requests to ensure that CloudFormation successfully
    /// received them.
    pub client_request_token: Option<String>,
    /// Whether to enable termination protection on the specified stack. If a user attempts to
    /// delete a stack with termination protection enabled, the operation fails and the stack
    /// remains unchanged. For more information, see [Protect CloudFormation stacks from being
    /// deleted](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-protect-stacks.html)
    /// in the *CloudFormation User Guide*. Termination protection is deactivated on stacks by
    /// default.
    pub enable_termination_protection: Option<bool>,
    /// When set to `true`, newly created resources are deleted when the operation rolls back. This
    /// includes newly created resources marked with a deletion policy of `Retain`.
    pub retain_except_on_create: Option<bool>,
}

/// The input of `CreateStackInstances`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateStackInstancesInput {
    /// The name or unique ID of the StackSet that you want to create stack instances from.
    pub stack_set_name: String,
    /// \[Self-managed permissions\] The account IDs of one or more Amazon Web Services accounts
    /// that you want to create stack instances in the specified Region(s) for.
    pub accounts: Option<Vec<String>>,
    /// \[Service-managed permissions\] The Organizations accounts in which to create stack
    /// instances in the specified Amazon Web Services Regions.
    pub deployment_targets: Option<DeploymentTargets>,
    /// The names of one or more Amazon Web Services Regions where you want to create stack
    /// instances using the specified Amazon Web Services accounts.
    pub regions: Vec<String>,
    /// A list of StackSet parameters whose values you want to override in the selected stack
    /// instances.
    pub parameter_overrides: Option<Vec<Parameter>>,
    /// Preferences for how CloudFormation performs this StackSet operation.
    pub operation_preferences: Option<StackSetOperationPreferences>,
    /// The unique identifier for this StackSet operation.
    #[shape(idempotency_token)]
    pub operation_id: Option<String>,
    /// \[Service-managed permissions\] Specifies whether you are acting as an account administrator
    /// in the organization's management account or as a delegated administrator in a member
    /// account.
    pub call_as: Option<CallAs>,
}

/// The output of `CreateStackInstances`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateStackInstancesOutput {
    /// The unique identifier for this StackSet operation.
    pub operation_id: Option<String>,
}

/// The output for a `CreateStack` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateStackOutput {
    /// Unique identifier of the stack.
    pub stack_id: Option<String>,
    /// A unique identifier for this stack operation that can be used to track the operation's
    /// progress and events.
    pub operation_id: Option<String>,
}

/// The input of `CreateStackRefactor`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateStackRefactorInput {
    /// A description to help you identify the stack refactor.
    pub description: Option<String>,
    /// Determines if a new stack is created with the refactor.
    pub enable_stack_creation: Option<bool>,
    /// The mappings for the stack resource `Source` and stack resource `Destination`.
    pub resource_mappings: Option<Vec<ResourceMapping>>,
    /// The stacks being refactored.
    pub stack_definitions: Vec<StackDefinition>,
}

/// The output of `CreateStackRefactor`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateStackRefactorOutput {
    /// The ID associated with the stack refactor created from the `CreateStackRefactor` action.
    pub stack_refactor_id: String,
}

/// The input of `CreateStackSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateStackSetInput {
    /// The name to associate with the StackSet. The name must be unique in the Region where you
    /// create your StackSet.
    pub stack_set_name: String,
    /// A description of the StackSet. You can use the description to identify the StackSet's
    /// purpose or other important information.
    pub description: Option<String>,
    /// The structure that contains the template body, with a minimum length of 1 byte and a maximum
    /// length of 51,200 bytes.
    pub template_body: Option<String>,
    /// The URL of a file that contains the template body. The URL must point to a template (maximum
    /// size: 1 MB) that's located in an Amazon S3 bucket or a Systems Manager document. The
    /// location for an Amazon S3 bucket must start with `https://`. S3 static website URLs are not
    /// supported.
    #[shape(name = "TemplateURL")]
    pub template_url: Option<String>,
    /// The stack ID you are importing into a new StackSet. Specify the Amazon Resource Name (ARN)
    /// of the stack.
    pub stack_id: Option<String>,
    /// The input parameters for the StackSet template.
    pub parameters: Option<Vec<Parameter>>,
    /// In some cases, you must explicitly acknowledge that your StackSet template contains certain
    /// capabilities in order for CloudFormation to create the StackSet and related stack instances.
    pub capabilities: Option<Vec<Capability>>,
    /// The key-value pairs to associate with this StackSet and the stacks created from it.
    /// CloudFormation also propagates these tags to supported resources that are created in the
    /// stacks. A maximum number of 50 tags can be specified.
    pub tags: Option<Vec<Tag>>,
    /// The Amazon Resource Name (ARN) of the IAM role to use to create this StackSet.
    #[shape(name = "AdministrationRoleARN")]
    pub administration_role_arn: Option<String>,
    /// The name of the IAM execution role to use to create the StackSet. If you do not specify an
    /// execution role, CloudFormation uses the `AWSCloudFormationStackSetExecutionRole` role for
    /// the StackSet operation.
    pub execution_role_name: Option<String>,
    /// Describes how the IAM roles required for StackSet operations are created. By default,
    /// `SELF-MANAGED` is specified.
    pub permission_model: Option<PermissionModels>,
    /// Describes whether StackSets automatically deploys to Organizations accounts that are added
    /// to the target organization or organizational unit (OU). For more information, see [Enable or
    /// disable automatic deployments for StackSets in
    /// Organizations](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-manage-auto-deployment.html)
    /// in the *CloudFormation User Guide*.
    pub auto_deployment: Option<AutoDeployment>,
    /// Specifies whether you are acting as an account administrator in the organization's
    /// management account or as a delegated administrator in a member account.
    pub call_as: Option<CallAs>,
    /// A unique identifier for this `CreateStackSet` request. Specify this token if you plan to
    /// retry requests so that CloudFormation knows that you're not attempting to create another
    /// StackSet with the same name. You might retry `CreateStackSet` requests to ensure that
    /// CloudFormation successfully received them.
    #[shape(idempotency_token)]
    pub client_request_token: Option<String>,
    /// Describes whether CloudFormation performs non-conflicting operations concurrently and queues
    /// conflicting operations.
    pub managed_execution: Option<ManagedExecution>,
}

/// The output of `CreateStackSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateStackSetOutput {
    /// The ID of the StackSet that you're creating.
    pub stack_set_id: Option<String>,
}

/// The input of `DeactivateOrganizationsAccess`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeactivateOrganizationsAccessInput {}

/// The output of `DeactivateOrganizationsAccess`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeactivateOrganizationsAccessOutput {}

/// The input of `DeactivateType`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeactivateTypeInput {
    /// The type name of the extension in this account and Region. If you specified a type name
    /// alias when enabling the extension, use the type name alias.
    pub type_name: Option<String>,
    /// The extension type.
    pub r#type: Option<ThirdPartyType>,
    /// The Amazon Resource Name (ARN) for the extension in this account and Region.
    pub arn: Option<String>,
}

/// The output of `DeactivateType`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeactivateTypeOutput {}

/// The input for the `DeleteChangeSet` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteChangeSetInput {
    /// The name or Amazon Resource Name (ARN) of the change set that you want to delete.
    pub change_set_name: String,
    /// If you specified the name of a change set to delete, specify the stack name or Amazon
    /// Resource Name (ARN) that's associated with it.
    pub stack_name: Option<String>,
}

/// The output for the `DeleteChangeSet` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteChangeSetOutput {}

/// The input of `DeleteGeneratedTemplate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteGeneratedTemplateInput {
    /// The name or Amazon Resource Name (ARN) of a generated template.
    pub generated_template_name: String,
}

/// The input for `DeleteStack` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteStackInput {
    /// The name or the unique stack ID that's associated with the stack.
    pub stack_name: String,
    /// For stacks in the `DELETE_FAILED` state, a list of resource logical IDs that are associated
    /// with the resources you want to retain. During deletion, CloudFormation deletes the stack but
    /// doesn't delete the retained resources.
    pub retain_resources: Option<Vec<String>>,
    /// The Amazon Resource Name (ARN) of an IAM role that CloudFormation assumes to delete the
    /// stack. CloudFormation uses the role's credentials to make calls on your behalf.
    #[shape(name = "RoleARN")]
    pub role_arn: Option<String>,
    /// A unique identifier for this `DeleteStack` request. Specify this token if you plan to retry
    /// requests so that CloudFormation knows that you're not attempting to delete a stack with the
    /// same name. You might retry `DeleteStack` requests to ensure that CloudFormation successfully
    /// received them.
    pub client_request_token: Option<String>,
    /// Specifies the deletion mode for the stack. Possible values are:
    pub deletion_mode: Option<DeletionMode>,
}

/// The input of `DeleteStackInstances`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteStackInstancesInput {
    /// The name or unique ID of the StackSet that you want to delete stack instances for.
    pub stack_set_name: String,
    /// \[Self-managed permissions\] The account IDs of the Amazon Web Services accounts that you
    /// want to delete stack instances for.
    pub accounts: Option<Vec<String>>,
    /// \[Service-managed permissions\] The Organizations accounts from which to delete stack
    /// instances.
    pub deployment_targets: Option<DeploymentTargets>,
    /// The Amazon Web Services Regions where you want to delete StackSet instances.
    pub regions: Vec<String>,
    /// Preferences for how CloudFormation performs this StackSet operation.
    pub operation_preferences: Option<StackSetOperationPreferences>,
    /// Removes the stack instances from the specified StackSet, but doesn't delete the stacks. You
    /// can't reassociate a retained stack or add an existing, saved stack to a new stack set.
    pub retain_stacks: bool,
    /// The unique identifier for this StackSet operation.
    #[shape(idempotency_token)]
    pub operation_id: Option<String>,
    /// \[Service-managed permissions\] Specifies whether you are acting as an account administrator
    /// in the organization's management account or as a delegated administrator in a member
    /// account.
    pub call_as: Option<CallAs>,
}

/// The output of `DeleteStackInstances`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteStackInstancesOutput {
    /// The unique identifier for this StackSet operation.
    pub operation_id: Option<String>,
}

/// The input of `DeleteStackSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteStackSetInput {
    /// The name or unique ID of the StackSet that you're deleting. You can obtain this value by
    /// running `ListStackSets`.
    pub stack_set_name: String,
    /// \[Service-managed permissions\] Specifies whether you are acting as an account administrator
    /// in the organization's management account or as a delegated administrator in a member
    /// account.
    pub call_as: Option<CallAs>,
}

/// The output of `DeleteStackSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteStackSetOutput {}

/// The model's `DeletionMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DeletionMode {
    /// `STANDARD`
    #[default]
    #[shape(name = "STANDARD")]
    Standard,
    /// `FORCE_DELETE_STACK`
    #[shape(name = "FORCE_DELETE_STACK")]
    ForceDeleteStack,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `DeploymentMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DeploymentMode {
    /// `REVERT_DRIFT`
    #[default]
    #[shape(name = "REVERT_DRIFT")]
    RevertDrift,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Specifies the Organizations accounts where you want to create, update, or delete stack
/// instances. You can target either your entire organization or specific accounts using
/// organizational units (OUs) and account filter options.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeploymentTargets {
    /// The Amazon Web Services account IDs where you want to perform stack operations. How these
    /// accounts are used depends on the `AccountFilterType` property.
    pub accounts: Option<Vec<String>>,
    /// The Amazon S3 URL path to a file that contains a list of Amazon Web Services account IDs.
    /// The file format must be either `.csv` or `.txt`, and the data can be comma-separated or
    /// new-line-separated. There is currently a 10MB limit for the data (approximately 800,000
    /// accounts).
    pub accounts_url: Option<String>,
    /// The organization root ID or organizational unit (OU) IDs where you want to perform stack
    /// operations. CloudFormation will perform operations on accounts within these OUs and their
    /// child OUs.
    pub organizational_unit_ids: Option<Vec<String>>,
    /// Refines which accounts will have stack operations performed on them by specifying how to use
    /// the `Accounts` and `OrganizationalUnitIds` properties together.
    pub account_filter_type: Option<AccountFilterType>,
}

/// The model's `DeprecatedStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DeprecatedStatus {
    /// `LIVE`
    #[default]
    #[shape(name = "LIVE")]
    Live,
    /// `DEPRECATED`
    #[shape(name = "DEPRECATED")]
    Deprecated,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `DeregisterType`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeregisterTypeInput {
    /// The Amazon Resource Name (ARN) of the extension.
    pub arn: Option<String>,
    /// The kind of extension.
    pub r#type: Option<RegistryType>,
    /// The name of the extension.
    pub type_name: Option<String>,
    /// The ID of a specific version of the extension. The version ID is the value at the end of the
    /// Amazon Resource Name (ARN) assigned to the extension version when it is registered.
    pub version_id: Option<String>,
}

/// The output of `DeregisterType`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeregisterTypeOutput {}

/// The input for the `DescribeAccountLimits` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAccountLimitsInput {
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output for the `DescribeAccountLimits` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAccountLimitsOutput {
    /// An account limit structure that contain a list of CloudFormation account limits and their
    /// values.
    pub account_limits: Option<Vec<AccountLimit>>,
    /// If the output exceeds 1 MB in size, a string that identifies the next page of limits. If no
    /// additional page exists, this value is null.
    pub next_token: Option<String>,
}

/// The input of `DescribeChangeSetHooks`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeChangeSetHooksInput {
    /// The name or Amazon Resource Name (ARN) of the change set that you want to describe.
    pub change_set_name: String,
    /// If you specified the name of a change set, specify the stack name or stack ID (ARN) of the
    /// change set you want to describe.
    pub stack_name: Option<String>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// If specified, lists only the Hooks related to the specified `LogicalResourceId`.
    pub logical_resource_id: Option<String>,
}

/// The output of `DescribeChangeSetHooks`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeChangeSetHooksOutput {
    /// The change set identifier (stack ID).
    pub change_set_id: Option<String>,
    /// The change set name.
    pub change_set_name: Option<String>,
    /// List of Hook objects.
    pub hooks: Option<Vec<ChangeSetHook>>,
    /// Provides the status of the change set Hook.
    pub status: Option<ChangeSetHooksStatus>,
    /// Pagination token, `null` or empty if no more results.
    pub next_token: Option<String>,
    /// The stack identifier (stack ID).
    pub stack_id: Option<String>,
    /// The stack name.
    pub stack_name: Option<String>,
}

/// The input for the `DescribeChangeSet` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeChangeSetInput {
    /// The name or Amazon Resource Name (ARN) of the change set that you want to describe.
    pub change_set_name: String,
    /// If you specified the name of a change set, specify the stack name or ID (ARN) of the change
    /// set you want to describe.
    pub stack_name: Option<String>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// If `true`, the returned changes include detailed changes in the property values.
    pub include_property_values: Option<bool>,
}

/// The output for the `DescribeChangeSet` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeChangeSetOutput {
    /// The name of the change set.
    pub change_set_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the change set.
    pub change_set_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the stack that's associated with the change set.
    pub stack_id: Option<String>,
    /// The name of the stack that's associated with the change set.
    pub stack_name: Option<String>,
    /// Information about the change set.
    pub description: Option<String>,
    /// A list of `Parameter` structures that describes the input parameters and their values used
    /// to create the change set. For more information, see the
    /// [Parameter](https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Parameter.html)
    /// data type.
    pub parameters: Option<Vec<Parameter>>,
    /// The start time when the change set was created, in UTC.
    pub creation_time: Option<DateTime>,
    /// If the change set execution status is `AVAILABLE`, you can execute the change set. If you
    /// can't execute the change set, the status indicates why. For example, a change set might be
    /// in an `UNAVAILABLE` state because CloudFormation is still creating it or in an `OBSOLETE`
    /// state because the stack was already updated.
    pub execution_status: Option<ExecutionStatus>,
    /// The current status of the change set, such as `CREATE_PENDING`, `CREATE_COMPLETE`, or
    /// `FAILED`.
    pub status: Option<ChangeSetStatus>,
    /// A description of the change set's status. For example, if your attempt to create a change
    /// set failed, CloudFormation shows the error message.
    pub status_reason: Option<String>,
    /// The drift status of the stack when the change set was created. Valid values:
    pub stack_drift_status: Option<StackDriftStatus>,
    /// The ARNs of the Amazon SNS topics that will be associated with the stack if you execute the
    /// change set.
    #[shape(name = "NotificationARNs")]
    pub notification_arns: Option<Vec<String>>,
    /// The rollback triggers for CloudFormation to monitor during stack creation and updating
    /// operations, and for the specified monitoring period afterwards.
    pub rollback_configuration: Option<RollbackConfiguration>,
    /// If you execute the change set, the list of capabilities that were explicitly acknowledged
    /// when the change set was created.
    pub capabilities: Option<Vec<Capability>>,
    /// If you execute the change set, the tags that will be associated with the stack.
    pub tags: Option<Vec<Tag>>,
    /// A list of `Change` structures that describes the resources CloudFormation changes if you
    /// execute the change set.
    pub changes: Option<Vec<Change>>,
    /// If the output exceeds 1 MB, a string that identifies the next page of changes. If there is
    /// no additional page, this value is null.
    pub next_token: Option<String>,
    /// Verifies if `IncludeNestedStacks` is set to `True`.
    pub include_nested_stacks: Option<bool>,
    /// Specifies the change set ID of the parent change set in the current nested change set
    /// hierarchy.
    pub parent_change_set_id: Option<String>,
    /// Specifies the change set ID of the root change set in the current nested change set
    /// hierarchy.
    pub root_change_set_id: Option<String>,
    /// Determines what action will be taken if stack creation fails. When this parameter is
    /// specified, the `DisableRollback` parameter to the
    /// [ExecuteChangeSet](https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ExecuteChangeSet.html)
    /// API operation must not be specified. This must be one of these values:
    pub on_stack_failure: Option<OnStackFailure>,
    /// Indicates if the change set imports resources that already exist.
    pub import_existing_resources: Option<bool>,
    /// The deployment mode specified when the change set was created. Valid value is
    /// `REVERT_DRIFT`. Only present for drift-aware change sets.
    pub deployment_mode: Option<DeploymentMode>,
}

/// The input of `DescribeEvents`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeEventsInput {
    /// The name or unique stack ID for which you want to retrieve events.
    pub stack_name: Option<String>,
    /// The name or Amazon Resource Name (ARN) of the change set for which you want to retrieve
    /// events.
    pub change_set_name: Option<String>,
    /// The unique identifier of the operation for which you want to retrieve events.
    pub operation_id: Option<String>,
    /// Filters to apply when retrieving events.
    pub filters: Option<EventFilter>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `DescribeEvents`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeEventsOutput {
    /// A list of operation events that match the specified criteria.
    pub operation_events: Option<Vec<OperationEvent>>,
    /// If the request doesn't return all the remaining results, `NextToken` is set to a token. To
    /// retrieve the next set of results, call `DescribeEvents` again and assign that token to the
    /// request object's `NextToken` parameter. If the request returns all results, `NextToken` is
    /// set to `null`.
    pub next_token: Option<String>,
}

/// The input of `DescribeGeneratedTemplate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeGeneratedTemplateInput {
    /// The name or Amazon Resource Name (ARN) of a generated template.
    pub generated_template_name: String,
}

/// The output of `DescribeGeneratedTemplate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeGeneratedTemplateOutput {
    /// The Amazon Resource Name (ARN) of the generated template. The format is
    /// `arn:${Partition}:cloudformation:${Region}:${Account}:generatedtemplate/${Id}`. For example,
    /// `arn:aws:cloudformation:*us-east-1*:*123456789012*:generatedtemplate/*2e8465c1-9a80-43ea-a3a3-4f2d692fe6dc*
    /// `.
    pub generated_template_id: Option<String>,
    /// The name of the generated template.
    pub generated_template_name: Option<String>,
    /// A list of objects describing the details of the resources in the template generation.
    pub resources: Option<Vec<ResourceDetail>>,
    /// The status of the template generation. Supported values are:
    pub status: Option<GeneratedTemplateStatus>,
    /// The reason for the current template generation status. This will provide more details if a
    /// failure happened.
    pub status_reason: Option<String>,
    /// The time the generated template was created.
    pub creation_time: Option<DateTime>,
    /// The time the generated template was last updated.
    pub last_updated_time: Option<DateTime>,
    /// An object describing the progress of the template generation.
    pub progress: Option<TemplateProgress>,
    /// The stack ARN of the base stack if a base stack was provided when generating the template.
    pub stack_id: Option<String>,
    /// The configuration details of the generated template, including the `DeletionPolicy` and
    /// `UpdateReplacePolicy`.
    pub template_configuration: Option<TemplateConfiguration>,
    /// The number of warnings generated for this template. The warnings are found in the details of
    /// each of the resources in the template.
    pub total_warnings: Option<i32>,
}

/// The input of `DescribeOrganizationsAccess`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeOrganizationsAccessInput {
    /// \[Service-managed permissions\] Specifies whether you are acting as an account administrator
    /// in the organization's management account or as a delegated administrator in a member
    /// account.
    pub call_as: Option<CallAs>,
}

/// The output of `DescribeOrganizationsAccess`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeOrganizationsAccessOutput {
    /// Presents the status of the `OrganizationAccess`.
    pub status: Option<OrganizationStatus>,
}

/// The input of `DescribePublisher`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribePublisherInput {
    /// The ID of the extension publisher.
    pub publisher_id: Option<String>,
}

/// The output of `DescribePublisher`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribePublisherOutput {
    /// The ID of the extension publisher.
    pub publisher_id: Option<String>,
    /// Whether the publisher is verified. Currently, all registered publishers are verified.
    pub publisher_status: Option<PublisherStatus>,
    /// The type of account used as the identity provider when registering this publisher with
    /// CloudFormation.
    pub identity_provider: Option<IdentityProvider>,
    /// The URL to the publisher's profile with the identity provider.
    pub publisher_profile: Option<String>,
}

/// The input of `DescribeResourceScan`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeResourceScanInput {
    /// The Amazon Resource Name (ARN) of the resource scan.
    pub resource_scan_id: String,
}

/// The output of `DescribeResourceScan`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeResourceScanOutput {
    /// The Amazon Resource Name (ARN) of the resource scan. The format is
    /// `arn:${Partition}:cloudformation:${Region}:${Account}:resourceScan/${Id}`. An example is
    /// `arn:aws:cloudformation:*us-east-1*:*123456789012*:resourceScan/*f5b490f7-7ed4-428a-aa06-31ff25db0772*
    /// `.
    pub resource_scan_id: Option<String>,
    /// Status of the resource scan.
    pub status: Option<ResourceScanStatus>,
    /// The reason for the resource scan status, providing more information if a failure happened.
    pub status_reason: Option<String>,
    /// The time that the resource scan was started.
    pub start_time: Option<DateTime>,
    /// The time that the resource scan was finished.
    pub end_time: Option<DateTime>,
    /// The percentage of the resource scan that has been completed.
    pub percentage_completed: Option<f64>,
    /// The list of resource types for the specified scan. Resource types are only available for
    /// scans with a `Status` set to `COMPLETE` or `FAILED `.
    pub resource_types: Option<Vec<String>>,
    /// The number of resources that were listed. This is only available for scans with a `Status`
    /// set to `COMPLETE`, `EXPIRED`, or `FAILED `.
    pub resources_scanned: Option<i32>,
    /// The number of resources that were read. This is only available for scans with a `Status` set
    /// to `COMPLETE`, `EXPIRED`, or `FAILED`.
    pub resources_read: Option<i32>,
    /// The scan filters that were used.
    pub scan_filters: Option<Vec<ScanFilter>>,
}

/// The input of `DescribeStackDriftDetectionStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackDriftDetectionStatusInput {
    /// The ID of the drift detection results of this operation.
    pub stack_drift_detection_id: String,
}

/// The output of `DescribeStackDriftDetectionStatus`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackDriftDetectionStatusOutput {
    /// The ID of the stack.
    pub stack_id: String,
    /// The ID of the drift detection results of this operation.
    pub stack_drift_detection_id: String,
    /// Status of the stack's actual configuration compared to its expected configuration.
    pub stack_drift_status: Option<StackDriftStatus>,
    /// The status of the stack drift detection operation.
    pub detection_status: StackDriftDetectionStatus,
    /// The reason the stack drift detection operation has its current status.
    pub detection_status_reason: Option<String>,
    /// Total number of stack resources that have drifted. This is NULL until the drift detection
    /// operation reaches a status of `DETECTION_COMPLETE`. This value will be 0 for stacks whose
    /// drift status is `IN_SYNC`.
    pub drifted_stack_resource_count: Option<i32>,
    /// Time at which the stack drift detection operation was initiated.
    pub timestamp: DateTime,
}

/// The input for `DescribeStackEvents` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackEventsInput {
    /// The name or the unique stack ID that's associated with the stack, which aren't always
    /// interchangeable:
    pub stack_name: String,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output for a `DescribeStackEvents` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackEventsOutput {
    /// A list of `StackEvents` structures.
    pub stack_events: Option<Vec<StackEvent>>,
    /// If the output exceeds 1 MB in size, a string that identifies the next page of events. If no
    /// additional page exists, this value is null.
    pub next_token: Option<String>,
}

/// The input of `DescribeStackInstance`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackInstanceInput {
    /// The name or the unique stack ID of the StackSet that you want to get stack instance
    /// information for.
    pub stack_set_name: String,
    /// The ID of an Amazon Web Services account that's associated with this stack instance.
    pub stack_instance_account: String,
    /// The name of a Region that's associated with this stack instance.
    pub stack_instance_region: String,
    /// \[Service-managed permissions\] Specifies whether you are acting as an account administrator
    /// in the organization's management account or as a delegated administrator in a member
    /// account.
    pub call_as: Option<CallAs>,
}

/// The output of `DescribeStackInstance`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackInstanceOutput {
    /// The stack instance that matches the specified request parameters.
    pub stack_instance: Option<StackInstance>,
}

/// The input of `DescribeStackRefactor`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackRefactorInput {
    /// The ID associated with the stack refactor created from the `CreateStackRefactor` action.
    pub stack_refactor_id: String,
}

/// The output of `DescribeStackRefactor`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackRefactorOutput {
    /// A description to help you identify the refactor.
    pub description: Option<String>,
    /// The ID associated with the stack refactor created from the `CreateStackRefactor` action.
    pub stack_refactor_id: Option<String>,
    /// The unique ID for each stack.
    pub stack_ids: Option<Vec<String>>,
    /// The stack refactor execution operation status that's provided after calling the
    /// `ExecuteStackRefactor` action.
    pub execution_status: Option<StackRefactorExecutionStatus>,
    /// A detailed explanation for the stack refactor `ExecutionStatus`.
    pub execution_status_reason: Option<String>,
    /// The stack refactor operation status that's provided after calling the `CreateStackRefactor`
    /// action.
    pub status: Option<StackRefactorStatus>,
    /// A detailed explanation for the stack refactor operation `Status`.
    pub status_reason: Option<String>,
}

/// The input of `DescribeStackResourceDrifts`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackResourceDriftsInput {
    /// The name of the stack for which you want drift information.
    pub stack_name: String,
    /// The resource drift status values to use as filters for the resource drift results returned.
    pub stack_resource_drift_status_filters: Option<Vec<StackResourceDriftStatus>>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of results to be returned with a single call. If the number of available
    /// results exceeds this maximum, the response includes a `NextToken` value that you can assign
    /// to the `NextToken` request parameter to get the next set of results.
    pub max_results: Option<i32>,
}

/// The output of `DescribeStackResourceDrifts`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackResourceDriftsOutput {
    /// Drift information for the resources that have been checked for drift in the specified stack.
    /// This includes actual and expected configuration values for resources where CloudFormation
    /// detects drift.
    pub stack_resource_drifts: Vec<StackResourceDrift>,
    /// If the request doesn't return all the remaining results, `NextToken` is set to a token. To
    /// retrieve the next set of results, call `DescribeStackResourceDrifts` again and assign that
    /// token to the request object's `NextToken` parameter. If the request returns all results,
    /// `NextToken` is set to `null`.
    pub next_token: Option<String>,
}

/// The input for `DescribeStackResource` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackResourceInput {
    /// The name or the unique stack ID that's associated with the stack, which aren't always
    /// interchangeable:
    pub stack_name: String,
    /// The logical name of the resource as specified in the template.
    pub logical_resource_id: String,
}

/// The output for a `DescribeStackResource` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackResourceOutput {
    /// A `StackResourceDetail` structure that contains the description of the specified resource in
    /// the specified stack.
    pub stack_resource_detail: Option<StackResourceDetail>,
}

/// The input for `DescribeStackResources` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackResourcesInput {
    /// The name or the unique stack ID that is associated with the stack, which aren't always
    /// interchangeable:
    pub stack_name: Option<String>,
    /// The logical name of the resource as specified in the template.
    pub logical_resource_id: Option<String>,
    /// The name or unique identifier that corresponds to a physical instance ID of a resource
    /// supported by CloudFormation.
    pub physical_resource_id: Option<String>,
}

/// The output for a `DescribeStackResources` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackResourcesOutput {
    /// A list of `StackResource` structures.
    pub stack_resources: Option<Vec<StackResourceShape>>,
}

/// The input of `DescribeStackSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackSetInput {
    /// The name or unique ID of the StackSet whose description you want.
    pub stack_set_name: String,
    /// \[Service-managed permissions\] Specifies whether you are acting as an account administrator
    /// in the organization's management account or as a delegated administrator in a member
    /// account.
    pub call_as: Option<CallAs>,
}

/// The input of `DescribeStackSetOperation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackSetOperationInput {
    /// The name or the unique stack ID of the StackSet for the stack operation.
    pub stack_set_name: String,
    /// The unique ID of the StackSet operation.
    pub operation_id: String,
    /// \[Service-managed permissions\] Specifies whether you are acting as an account administrator
    /// in the organization's management account or as a delegated administrator in a member
    /// account.
    pub call_as: Option<CallAs>,
}

/// The output of `DescribeStackSetOperation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackSetOperationOutput {
    /// The specified StackSet operation.
    pub stack_set_operation: Option<StackSetOperation>,
}

/// The output of `DescribeStackSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStackSetOutput {
    /// The specified StackSet.
    pub stack_set: Option<StackSet>,
}

/// The input for `DescribeStacks` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStacksInput {
    /// If you don't pass a parameter to `StackName`, the API returns a response that describes all
    /// resources in the account, which can impact performance. This requires `ListStacks` and
    /// `DescribeStacks` permissions.
    pub stack_name: Option<String>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output for a `DescribeStacks` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeStacksOutput {
    /// A list of stack structures.
    pub stacks: Option<Vec<StackShape>>,
    /// If the output exceeds 1 MB in size, a string that identifies the next page of stacks. If no
    /// additional page exists, this value is null.
    pub next_token: Option<String>,
}

/// The input of `DescribeType`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTypeInput {
    /// The kind of extension.
    pub r#type: Option<RegistryType>,
    /// The name of the extension.
    pub type_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the extension.
    pub arn: Option<String>,
    /// The ID of a specific version of the extension. The version ID is the value at the end of the
    /// Amazon Resource Name (ARN) assigned to the extension version when it is registered.
    pub version_id: Option<String>,
    /// The publisher ID of the extension publisher.
    pub publisher_id: Option<String>,
    /// The version number of a public third-party extension.
    pub public_version_number: Option<String>,
}

/// The output of `DescribeType`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTypeOutput {
    /// The Amazon Resource Name (ARN) of the extension.
    pub arn: Option<String>,
    /// The kind of extension.
    pub r#type: Option<RegistryType>,
    /// The name of the extension.
    pub type_name: Option<String>,
    /// The ID of the default version of the extension. The default version is used when the
    /// extension version isn't specified.
    pub default_version_id: Option<String>,
    /// Whether the specified extension version is set as the default version.
    pub is_default_version: Option<bool>,
    /// The contract test status of the registered extension version. To return the extension test
    /// status of a specific extension version, you must specify `VersionId`.
    pub type_tests_status: Option<TypeTestsStatus>,
    /// The description of the test status. To return the extension test status of a specific
    /// extension version, you must specify `VersionId`.
    pub type_tests_status_description: Option<String>,
    /// The description of the extension.
    pub description: Option<String>,
    /// The schema that defines the extension.
    pub schema: Option<String>,
    /// For resource type extensions, the provisioning behavior of the resource type. CloudFormation
    /// determines the provisioning type during registration, based on the types of handlers in the
    /// schema handler package submitted.
    pub provisioning_type: Option<ProvisioningType>,
    /// The deprecation status of the extension version.
    pub deprecated_status: Option<DeprecatedStatus>,
    /// Contains logging configuration information for private extensions. This applies only to
    /// private extensions you have registered in your account. For public extensions, both those
    /// provided by Amazon Web Services and published by third parties, CloudFormation returns
    /// `null`. For more information, see
    /// [RegisterType](https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_RegisterType.html).
    pub logging_config: Option<LoggingConfig>,
    /// For extensions that are modules, the public third-party extensions that must be activated in
    /// your account in order for the module itself to be activated.
    pub required_activated_types: Option<Vec<RequiredActivatedType>>,
    /// The Amazon Resource Name (ARN) of the IAM execution role used to register the extension.
    /// This applies only to private extensions you have registered in your account. For more
    /// information, see
    /// [RegisterType](https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_RegisterType.html).
    pub execution_role_arn: Option<String>,
    /// The scope at which the extension is visible and usable in CloudFormation operations.
    pub visibility: Option<Visibility>,
    /// The URL of the source code for the extension.
    pub source_url: Option<String>,
    /// The URL of a page providing detailed documentation for this extension.
    pub documentation_url: Option<String>,
    /// When the specified extension version was registered. This applies only to:
    pub last_updated: Option<DateTime>,
    /// When the specified private extension version was registered or activated in your account.
    pub time_created: Option<DateTime>,
    /// A JSON string that represent the current configuration data for the extension in this
    /// account and Region.
    pub configuration_schema: Option<String>,
    /// The publisher ID of the extension publisher.
    pub publisher_id: Option<String>,
    /// For public extensions that have been activated for this account and Region, the type name of
    /// the public extension.
    pub original_type_name: Option<String>,
    /// For public extensions that have been activated for this account and Region, the Amazon
    /// Resource Name (ARN) of the public extension.
    pub original_type_arn: Option<String>,
    /// The version number of a public third-party extension.
    pub public_version_number: Option<String>,
    /// The latest version of a public extension *that is available* for use.
    pub latest_public_version: Option<String>,
    /// Whether the extension is activated in the account and Region.
    pub is_activated: Option<bool>,
    /// Whether CloudFormation automatically updates the extension in this account and Region when a
    /// new *minor* version is published by the extension publisher. Major versions released by the
    /// publisher must be manually updated. For more information, see [Automatically use new
    /// versions of
    /// extensions](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/registry-public.html#registry-public-enable-auto)
    /// in the *CloudFormation User Guide*.
    pub auto_update: Option<bool>,
}

/// The input of `DescribeTypeRegistration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTypeRegistrationInput {
    /// The identifier for this registration request.
    pub registration_token: String,
}

/// The output of `DescribeTypeRegistration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTypeRegistrationOutput {
    /// The current status of the extension registration request.
    pub progress_status: Option<RegistrationStatus>,
    /// The description of the extension registration request.
    pub description: Option<String>,
    /// The Amazon Resource Name (ARN) of the extension being registered.
    pub type_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of this specific version of the extension being registered.
    pub type_version_arn: Option<String>,
}

/// The model's `DetailedStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DetailedStatus {
    /// `CONFIGURATION_COMPLETE`
    #[default]
    #[shape(name = "CONFIGURATION_COMPLETE")]
    ConfigurationComplete,
    /// `VALIDATION_FAILED`
    #[shape(name = "VALIDATION_FAILED")]
    ValidationFailed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `DetectStackDrift`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DetectStackDriftInput {
    /// The name of the stack for which you want to detect drift.
    pub stack_name: String,
    /// The logical names of any resources you want to use as filters.
    pub logical_resource_ids: Option<Vec<String>>,
}

/// The output of `DetectStackDrift`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DetectStackDriftOutput {
    /// The ID of the drift detection results of this operation.
    pub stack_drift_detection_id: String,
}

/// The input of `DetectStackResourceDrift`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DetectStackResourceDriftInput {
    /// The name of the stack to which the resource belongs.
    pub stack_name: String,
    /// The logical name of the resource for which to return drift information.
    pub logical_resource_id: String,
}

/// The output of `DetectStackResourceDrift`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DetectStackResourceDriftOutput {
    /// Information about whether the resource's actual configuration has drifted from its expected
    /// template configuration, including actual and expected property values and any differences
    /// detected.
    pub stack_resource_drift: StackResourceDrift,
}

/// The input of `DetectStackSetDrift`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DetectStackSetDriftInput {
    /// The name of the StackSet on which to perform the drift detection operation.
    pub stack_set_name: String,
    /// The user-specified preferences for how CloudFormation performs a StackSet operation.
    pub operation_preferences: Option<StackSetOperationPreferences>,
    /// *The ID of the StackSet operation.*
    #[shape(idempotency_token)]
    pub operation_id: Option<String>,
    /// \[Service-managed permissions\] Specifies whether you are acting as an account administrator
    /// in the organization's management account or as a delegated administrator in a member
    /// account.
    pub call_as: Option<CallAs>,
}

/// The output of `DetectStackSetDrift`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DetectStackSetDriftOutput {
    /// The ID of the drift detection StackSet operation.
    pub operation_id: Option<String>,
}

/// The model's `DifferenceType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DifferenceType {
    /// `ADD`
    #[default]
    #[shape(name = "ADD")]
    Add,
    /// `REMOVE`
    #[shape(name = "REMOVE")]
    Remove,
    /// `NOT_EQUAL`
    #[shape(name = "NOT_EQUAL")]
    NotEqual,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `DriftIgnoredReason`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DriftIgnoredReason {
    /// `MANAGED_BY_AWS`
    #[default]
    #[shape(name = "MANAGED_BY_AWS")]
    ManagedByAws,
    /// `WRITE_ONLY_PROPERTY`
    #[shape(name = "WRITE_ONLY_PROPERTY")]
    WriteOnlyProperty,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input for an `EstimateTemplateCost` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EstimateTemplateCostInput {
    /// Structure that contains the template body with a minimum length of 1 byte and a maximum
    /// length of 51,200 bytes.
    pub template_body: Option<String>,
    /// The URL of a file that contains the template body. The URL must point to a template that's
    /// located in an Amazon S3 bucket or a Systems Manager document. The location for an Amazon S3
    /// bucket must start with `https://`. URLs from S3 static websites are not supported.
    #[shape(name = "TemplateURL")]
    pub template_url: Option<String>,
    /// A list of `Parameter` structures that specify input parameters.
    pub parameters: Option<Vec<Parameter>>,
}

/// The output for a `EstimateTemplateCost` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EstimateTemplateCostOutput {
    /// An Amazon Web Services Simple Monthly Calculator URL with a query string that describes the
    /// resources required to run the template.
    pub url: Option<String>,
}

/// The model's `EvaluationType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EvaluationType {
    /// `Static`
    #[default]
    Static,
    /// `Dynamic`
    Dynamic,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Event filter allows you to focus on specific events in an operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EventFilter {
    /// When set to true, only returns failed events within the operation. This helps quickly
    /// identify root causes for a failed operation.
    pub failed_events: Option<bool>,
}

/// The model's `EventType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EventType {
    /// `STACK_EVENT`
    #[default]
    #[shape(name = "STACK_EVENT")]
    StackEvent,
    /// `PROGRESS_EVENT`
    #[shape(name = "PROGRESS_EVENT")]
    ProgressEvent,
    /// `VALIDATION_ERROR`
    #[shape(name = "VALIDATION_ERROR")]
    ValidationError,
    /// `PROVISIONING_ERROR`
    #[shape(name = "PROVISIONING_ERROR")]
    ProvisioningError,
    /// `HOOK_INVOCATION_ERROR`
    #[shape(name = "HOOK_INVOCATION_ERROR")]
    HookInvocationError,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input for the `ExecuteChangeSet` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecuteChangeSetInput {
    /// The name or Amazon Resource Name (ARN) of the change set that you want use to update the
    /// specified stack.
    pub change_set_name: String,
    /// If you specified the name of a change set, specify the stack name or Amazon Resource Name
    /// (ARN) that's associated with the change set you want to execute.
    pub stack_name: Option<String>,
    /// A unique identifier for this `ExecuteChangeSet` request. Specify this token if you plan to
    /// retry requests so that CloudFormation knows that you're not attempting to execute a change
    /// set to update a stack with the same name. You might retry `ExecuteChangeSet` requests to
    /// ensure that CloudFormation successfully received them.
    pub client_request_token: Option<String>,
    /// Preserves the state of previously provisioned resources when an operation fails. This
    /// parameter can't be specified when the `OnStackFailure` parameter to the
    /// [CreateChangeSet](https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_CreateChangeSet.html)
    /// API operation was specified.
    pub disable_rollback: Option<bool>,
    /// When set to `true`, newly created resources are deleted when the operation rolls back. This
    /// includes newly created resources marked with a deletion policy of `Retain`.
    pub retain_except_on_create: Option<bool>,
}

/// The output for the `ExecuteChangeSet` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecuteChangeSetOutput {}

/// The input of `ExecuteStackRefactor`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecuteStackRefactorInput {
    /// The ID associated with the stack refactor created from the `CreateStackRefactor` action.
    pub stack_refactor_id: String,
}

/// The model's `ExecutionStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExecutionStatus {
    /// `UNAVAILABLE`
    #[default]
    #[shape(name = "UNAVAILABLE")]
    Unavailable,
    /// `AVAILABLE`
    #[shape(name = "AVAILABLE")]
    Available,
    /// `EXECUTE_IN_PROGRESS`
    #[shape(name = "EXECUTE_IN_PROGRESS")]
    ExecuteInProgress,
    /// `EXECUTE_COMPLETE`
    #[shape(name = "EXECUTE_COMPLETE")]
    ExecuteComplete,
    /// `EXECUTE_FAILED`
    #[shape(name = "EXECUTE_FAILED")]
    ExecuteFailed,
    /// `OBSOLETE`
    #[shape(name = "OBSOLETE")]
    Obsolete,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The `Export` structure describes the exported output values for a stack.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Export {
    /// The stack that contains the exported output name and value.
    pub exporting_stack_id: Option<String>,
    /// The name of exported output value. Use this name and the `Fn::ImportValue` function to
    /// import the associated value into other stacks. The name is defined in the `Export` field in
    /// the associated stack's `Outputs` section.
    pub name: Option<String>,
    /// The value of the exported output, such as a resource physical ID. This value is defined in
    /// the `Export` field in the associated stack's `Outputs` section.
    pub value: Option<String>,
}

/// The model's `GeneratedTemplateDeletionPolicy`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum GeneratedTemplateDeletionPolicy {
    /// `DELETE`
    #[default]
    #[shape(name = "DELETE")]
    Delete,
    /// `RETAIN`
    #[shape(name = "RETAIN")]
    Retain,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `GeneratedTemplateResourceStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum GeneratedTemplateResourceStatus {
    /// `PENDING`
    #[default]
    #[shape(name = "PENDING")]
    Pending,
    /// `IN_PROGRESS`
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `COMPLETE`
    #[shape(name = "COMPLETE")]
    Complete,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `GeneratedTemplateStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum GeneratedTemplateStatus {
    /// `CREATE_PENDING`
    #[default]
    #[shape(name = "CREATE_PENDING")]
    CreatePending,
    /// `UPDATE_PENDING`
    #[shape(name = "UPDATE_PENDING")]
    UpdatePending,
    /// `DELETE_PENDING`
    #[shape(name = "DELETE_PENDING")]
    DeletePending,
    /// `CREATE_IN_PROGRESS`
    #[shape(name = "CREATE_IN_PROGRESS")]
    CreateInProgress,
    /// `UPDATE_IN_PROGRESS`
    #[shape(name = "UPDATE_IN_PROGRESS")]
    UpdateInProgress,
    /// `DELETE_IN_PROGRESS`
    #[shape(name = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `COMPLETE`
    #[shape(name = "COMPLETE")]
    Complete,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `GeneratedTemplateUpdateReplacePolicy`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum GeneratedTemplateUpdateReplacePolicy {
    /// `DELETE`
    #[default]
    #[shape(name = "DELETE")]
    Delete,
    /// `RETAIN`
    #[shape(name = "RETAIN")]
    Retain,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `GetGeneratedTemplate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetGeneratedTemplateInput {
    /// The language to use to retrieve for the generated template. Supported values are:
    pub format: Option<TemplateFormat>,
    /// The name or Amazon Resource Name (ARN) of the generated template. The format is
    /// `arn:${Partition}:cloudformation:${Region}:${Account}:generatedtemplate/${Id}`. For example,
    /// `arn:aws:cloudformation:*us-east-1*:*123456789012*:generatedtemplate/*2e8465c1-9a80-43ea-a3a3-4f2d692fe6dc*
    /// `.
    pub generated_template_name: String,
}

/// The output of `GetGeneratedTemplate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetGeneratedTemplateOutput {
    /// The status of the template generation. Supported values are:
    pub status: Option<GeneratedTemplateStatus>,
    /// The template body of the generated template, in the language specified by the `Language`
    /// parameter.
    pub template_body: Option<String>,
}

/// The input of `GetHookResult`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetHookResultInput {
    /// The unique identifier (ID) of the Hook invocation result that you want details about. You
    /// can get the ID from the
    /// [ListHookResults](https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListHookResults.html)
    /// operation.
    pub hook_result_id: Option<String>,
}

/// The output of `GetHookResult`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetHookResultOutput {
    /// The unique identifier of the Hook result.
    pub hook_result_id: Option<String>,
    /// The specific point in the provisioning process where the Hook is invoked.
    pub invocation_point: Option<HookInvocationPoint>,
    /// The failure mode of the invocation.
    pub failure_mode: Option<HookFailureMode>,
    /// The name of the Hook that was invoked.
    pub type_name: Option<String>,
    /// The original public type name of the Hook when an alias is used.
    pub original_type_name: Option<String>,
    /// The version identifier of the Hook that was invoked.
    pub type_version_id: Option<String>,
    /// The version identifier of the Hook configuration data that was used during invocation.
    pub type_configuration_version_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the Hook.
    pub type_arn: Option<String>,
    /// The status of the Hook invocation. The following statuses are possible:
    pub status: Option<HookStatus>,
    /// A message that provides additional details about the Hook invocation status.
    pub hook_status_reason: Option<String>,
    /// The timestamp when the Hook was invoked.
    pub invoked_at: Option<DateTime>,
    /// Information about the target of the Hook invocation.
    pub target: Option<HookTarget>,
    /// A list of objects with additional information and guidance that can help you resolve a
    /// failed Hook invocation.
    pub annotations: Option<Vec<Annotation>>,
}

/// The input for the `GetStackPolicy` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetStackPolicyInput {
    /// The name or unique stack ID that's associated with the stack whose policy you want to get.
    pub stack_name: String,
}

/// The output for the `GetStackPolicy` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetStackPolicyOutput {
    /// Structure that contains the stack policy body. For more information, see [Prevent updates to
    /// stack
    /// resources](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/protect-stack-resources.html)
    /// in the *CloudFormation User Guide*.
    pub stack_policy_body: Option<String>,
}

/// The input for a `GetTemplate` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetTemplateInput {
    /// The name or the unique stack ID that's associated with the stack, which aren't always
    /// interchangeable:
    pub stack_name: Option<String>,
    /// The name or Amazon Resource Name (ARN) of a change set for which CloudFormation returns the
    /// associated template. If you specify a name, you must also specify the `StackName`.
    pub change_set_name: Option<String>,
    /// For templates that include transforms, the stage of the template that CloudFormation
    /// returns. To get the user-submitted template, specify `Original`. To get the template after
    /// CloudFormation has processed all transforms, specify `Processed`.
    pub template_stage: Option<TemplateStage>,
}

/// The output for `GetTemplate` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetTemplateOutput {
    /// Structure that contains the template body.
    pub template_body: Option<String>,
    /// The stage of the template that you can retrieve. For stacks, the `Original` and `Processed`
    /// templates are always available. For change sets, the `Original` template is always
    /// available. After CloudFormation finishes creating the change set, the `Processed` template
    /// becomes available.
    pub stages_available: Option<Vec<TemplateStage>>,
}

/// The input for the `GetTemplateSummary` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetTemplateSummaryInput {
    /// Structure that contains the template body with a minimum length of 1 byte and a maximum
    /// length of 51,200 bytes.
    pub template_body: Option<String>,
    /// The URL of a file that contains the template body. The URL must point to a template (max
    /// size: 1 MB) that's located in an Amazon S3 bucket or a Systems Manager document. The
    /// location for an Amazon S3 bucket must start with `https://`.
    #[shape(name = "TemplateURL")]
    pub template_url: Option<String>,
    /// The name or the stack ID that's associated with the stack, which aren't always
    /// interchangeable. For running stacks, you can specify either the stack's name or its unique
    /// stack ID. For deleted stack, you must specify the unique stack ID.
    pub stack_name: Option<String>,
    /// The name or unique ID of the StackSet from which the stack was created.
    pub stack_set_name: Option<String>,
    /// \[Service-managed permissions\] Specifies whether you are acting as an account administrator
    /// in the organization's management account or as a delegated administrator in a member
    /// account.
    pub call_as: Option<CallAs>,
    /// Specifies options for the `GetTemplateSummary` API action.
    pub template_summary_config: Option<TemplateSummaryConfig>,
}

/// The output for the `GetTemplateSummary` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetTemplateSummaryOutput {
    /// A list of parameter declarations that describe various properties for each parameter.
    pub parameters: Option<Vec<ParameterDeclaration>>,
    /// The value that's defined in the `Description` property of the template.
    pub description: Option<String>,
    /// The capabilities found within the template. If your template contains IAM resources, you
    /// must specify the `CAPABILITY_IAM` or `CAPABILITY_NAMED_IAM` value for this parameter when
    /// you use the `CreateStack` or `UpdateStack` actions with your template; otherwise, those
    /// actions return an `InsufficientCapabilities` error.
    pub capabilities: Option<Vec<Capability>>,
    /// The list of resources that generated the values in the `Capabilities` response element.
    pub capabilities_reason: Option<String>,
    /// A list of all the template resource types that are defined in the template, such as
    /// `AWS::EC2::Instance`, `AWS::Dynamo::Table`, and `Custom::MyCustomInstance`.
    pub resource_types: Option<Vec<String>>,
    /// The Amazon Web Services template format version, which identifies the capabilities of the
    /// template.
    pub version: Option<String>,
    /// The value that's defined for the `Metadata` property of the template.
    pub metadata: Option<String>,
    /// A list of the transforms that are declared in the template.
    pub declared_transforms: Option<Vec<String>>,
    /// A list of resource identifier summaries that describe the target resources of an import
    /// operation and the properties you can provide during the import to identify the target
    /// resources. For example, `BucketName` is a possible identifier property for an
    /// `AWS::S3::Bucket` resource.
    pub resource_identifier_summaries: Option<Vec<ResourceIdentifierSummary>>,
    /// An object that contains any warnings returned.
    pub warnings: Option<Warnings>,
}

/// The model's `HandlerErrorCode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum HandlerErrorCode {
    /// `NotUpdatable`
    #[default]
    NotUpdatable,
    /// `InvalidRequest`
    InvalidRequest,
    /// `AccessDenied`
    AccessDenied,
    /// `InvalidCredentials`
    InvalidCredentials,
    /// `AlreadyExists`
    AlreadyExists,
    /// `NotFound`
    NotFound,
    /// `ResourceConflict`
    ResourceConflict,
    /// `Throttling`
    Throttling,
    /// `ServiceLimitExceeded`
    ServiceLimitExceeded,
    /// `NotStabilized`
    NotStabilized,
    /// `GeneralServiceException`
    GeneralServiceException,
    /// `ServiceInternalError`
    ServiceInternalError,
    /// `NetworkFailure`
    NetworkFailure,
    /// `InternalFailure`
    InternalFailure,
    /// `InvalidTypeConfiguration`
    InvalidTypeConfiguration,
    /// `HandlerInternalFailure`
    HandlerInternalFailure,
    /// `NonCompliant`
    NonCompliant,
    /// `Unknown`
    Unknown,
    /// `UnsupportedTarget`
    UnsupportedTarget,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Other(String),
}

/// The model's `HookFailureMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum HookFailureMode {
    /// `FAIL`
    #[default]
    #[shape(name = "FAIL")]
    Fail,
    /// `WARN`
    #[shape(name = "WARN")]
    Warn,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `HookInvocationPoint`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum HookInvocationPoint {
    /// `PRE_PROVISION`
    #[default]
    #[shape(name = "PRE_PROVISION")]
    PreProvision,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A `ListHookResults` call returns a summary of a Hook invocation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct HookResultSummary {
    /// The unique identifier for this Hook invocation result.
    pub hook_result_id: Option<String>,
    /// The specific point in the provisioning process where the Hook is invoked.
    pub invocation_point: Option<HookInvocationPoint>,
    /// The failure mode of the invocation.
    pub failure_mode: Option<HookFailureMode>,
    /// The name of the Hook that was invoked.
    pub type_name: Option<String>,
    /// The version of the Hook that was invoked.
    pub type_version_id: Option<String>,
    /// The version of the Hook configuration.
    pub type_configuration_version_id: Option<String>,
    /// The status of the Hook invocation. The following statuses are possible:
    pub status: Option<HookStatus>,
    /// A description of the Hook results status. For example, if the Hook result is in a failed
    /// state, this may contain additional information for the failed state.
    pub hook_status_reason: Option<String>,
    /// The timestamp when the Hook was invoked.
    pub invoked_at: Option<DateTime>,
    /// The target type that the Hook was invoked against.
    pub target_type: Option<ListHookResultsTargetType>,
    /// The unique identifier of the Hook invocation target.
    pub target_id: Option<String>,
    /// The ARN of the Hook that was invoked.
    pub type_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the target stack or request token of the Cloud Control API
    /// operation.
    pub hook_execution_target: Option<String>,
}

/// The model's `HookStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum HookStatus {
    /// `HOOK_IN_PROGRESS`
    #[default]
    #[shape(name = "HOOK_IN_PROGRESS")]
    HookInProgress,
    /// `HOOK_COMPLETE_SUCCEEDED`
    #[shape(name = "HOOK_COMPLETE_SUCCEEDED")]
    HookCompleteSucceeded,
    /// `HOOK_COMPLETE_FAILED`
    #[shape(name = "HOOK_COMPLETE_FAILED")]
    HookCompleteFailed,
    /// `HOOK_FAILED`
    #[shape(name = "HOOK_FAILED")]
    HookFailed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The `HookTarget` data type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct HookTarget {
    /// The target type.
    pub target_type: HookTargetType,
    /// The target name, for example, `AWS::S3::Bucket`.
    pub target_type_name: String,
    /// The unique identifier of the Hook invocation target.
    pub target_id: String,
    /// The action that invoked the Hook.
    pub action: HookTargetAction,
}

/// The model's `HookTargetAction`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum HookTargetAction {
    /// `CREATE`
    #[default]
    #[shape(name = "CREATE")]
    Create,
    /// `UPDATE`
    #[shape(name = "UPDATE")]
    Update,
    /// `DELETE`
    #[shape(name = "DELETE")]
    Delete,
    /// `IMPORT`
    #[shape(name = "IMPORT")]
    Import,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `HookTargetType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum HookTargetType {
    /// `RESOURCE`
    #[default]
    #[shape(name = "RESOURCE")]
    Resource,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `IdentityProvider`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum IdentityProvider {
    /// `AWS_Marketplace`
    #[default]
    #[shape(name = "AWS_Marketplace")]
    AwsMarketplace,
    /// `GitHub`
    GitHub,
    /// `Bitbucket`
    Bitbucket,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `ImportStacksToStackSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImportStacksToStackSetInput {
    /// The name of the StackSet. The name must be unique in the Region where you create your
    /// StackSet.
    pub stack_set_name: String,
    /// The IDs of the stacks you are importing into a StackSet. You import up to 10 stacks per
    /// StackSet at a time.
    pub stack_ids: Option<Vec<String>>,
    /// The Amazon S3 URL which contains list of stack ids to be inputted.
    pub stack_ids_url: Option<String>,
    /// The list of OU ID's to which the imported stacks must be mapped as deployment targets.
    pub organizational_unit_ids: Option<Vec<String>>,
    /// The user-specified preferences for how CloudFormation performs a StackSet operation.
    pub operation_preferences: Option<StackSetOperationPreferences>,
    /// A unique, user defined, identifier for the StackSet operation.
    #[shape(idempotency_token)]
    pub operation_id: Option<String>,
    /// By default, `SELF` is specified. Use `SELF` for StackSets with self-managed permissions.
    pub call_as: Option<CallAs>,
}

/// The output of `ImportStacksToStackSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImportStacksToStackSetOutput {
    /// The unique identifier for the StackSet operation.
    pub operation_id: Option<String>,
}

/// The input for the `ListChangeSets` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListChangeSetsInput {
    /// The name or the Amazon Resource Name (ARN) of the stack for which you want to list change
    /// sets.
    pub stack_name: String,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output for the `ListChangeSets` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListChangeSetsOutput {
    /// A list of `ChangeSetSummary` structures that provides the ID and status of each change set
    /// for the specified stack.
    pub summaries: Option<Vec<ChangeSetSummary>>,
    /// If the output exceeds 1 MB, a string that identifies the next page of change sets. If there
    /// is no additional page, this value is `null`.
    pub next_token: Option<String>,
}

/// The input of `ListExports`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListExportsInput {
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `ListExports`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListExportsOutput {
    /// The output for the `ListExports` action.
    pub exports: Option<Vec<Export>>,
    /// If the output exceeds 100 exported output values, a string that identifies the next page of
    /// exports. If there is no additional page, this value is null.
    pub next_token: Option<String>,
}

/// The input of `ListGeneratedTemplates`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListGeneratedTemplatesInput {
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// If the number of available results exceeds this maximum, the response includes a `NextToken`
    /// value that you can use for the `NextToken` parameter to get the next set of results. By
    /// default the `ListGeneratedTemplates` API action will return at most 50 results in each
    /// response. The maximum value is 100.
    pub max_results: Option<i32>,
}

/// The output of `ListGeneratedTemplates`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListGeneratedTemplatesOutput {
    /// A list of summaries of the generated templates.
    pub summaries: Option<Vec<TemplateSummary>>,
    /// If the request doesn't return all the remaining results, `NextToken` is set to a token. To
    /// retrieve the next set of results, call `ListGeneratedTemplates` again and use that value for
    /// the `NextToken` parameter. If the request returns all results, `NextToken` is set to an
    /// empty string.
    pub next_token: Option<String>,
}

/// The input of `ListHookResults`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListHookResultsInput {
    /// Filters results by target type. Currently, only `CHANGE_SET` and `CLOUD_CONTROL` are
    /// supported filter options.
    pub target_type: Option<ListHookResultsTargetType>,
    /// Filters results by the unique identifier of the target the Hook was invoked against.
    pub target_id: Option<String>,
    /// Filters results by the ARN of the Hook. Can be used alone or in combination with `Status`.
    pub type_arn: Option<String>,
    /// Filters results by the status of Hook invocations. Can only be used in combination with
    /// `TypeArn`. Valid values are:
    pub status: Option<HookStatus>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `ListHookResults`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListHookResultsOutput {
    /// The target type.
    pub target_type: Option<ListHookResultsTargetType>,
    /// The unique identifier of the Hook invocation target.
    pub target_id: Option<String>,
    /// A list of `HookResultSummary` structures that provides the status and Hook status reason for
    /// each Hook invocation for the specified target.
    pub hook_results: Option<Vec<HookResultSummary>>,
    /// Pagination token, `null` or empty if no more results.
    pub next_token: Option<String>,
}

/// The model's `ListHookResultsTargetType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ListHookResultsTargetType {
    /// `CHANGE_SET`
    #[default]
    #[shape(name = "CHANGE_SET")]
    ChangeSet,
    /// `STACK`
    #[shape(name = "STACK")]
    Stack,
    /// `RESOURCE`
    #[shape(name = "RESOURCE")]
    Resource,
    /// `CLOUD_CONTROL`
    #[shape(name = "CLOUD_CONTROL")]
    CloudControl,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `ListImports`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListImportsInput {
    /// The name of the exported output value. CloudFormation returns the stack names that are
    /// importing this value.
    pub export_name: String,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `ListImports`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListImportsOutput {
    /// A list of stack names that are importing the specified exported output value.
    pub imports: Option<Vec<String>>,
    /// A string that identifies the next page of exports. If there is no additional page, this
    /// value is null.
    pub next_token: Option<String>,
}

/// The input of `ListResourceScanRelatedResources`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListResourceScanRelatedResourcesInput {
    /// The Amazon Resource Name (ARN) of the resource scan.
    pub resource_scan_id: String,
    /// The list of resources for which you want to get the related resources. Up to 100 resources
    /// can be provided.
    pub resources: Vec<ScannedResourceIdentifier>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// If the number of available results exceeds this maximum, the response includes a `NextToken`
    /// value that you can use for the `NextToken` parameter to get the next set of results. By
    /// default the `ListResourceScanRelatedResources` API action will return up to 100 results in
    /// each response. The maximum value is 100.
    pub max_results: Option<i32>,
}

/// The output of `ListResourceScanRelatedResources`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListResourceScanRelatedResourcesOutput {
    /// List of up to `MaxResults` resources in the specified resource scan related to the specified
    /// resources.
    pub related_resources: Option<Vec<ScannedResource>>,
    /// If the request doesn't return all the remaining results, `NextToken` is set to a token. To
    /// retrieve the next set of results, call `ListResourceScanRelatedResources` again and use that
    /// value for the `NextToken` parameter. If the request returns all results, `NextToken` is set
    /// to an empty string.
    pub next_token: Option<String>,
}

/// The input of `ListResourceScanResources`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListResourceScanResourcesInput {
    /// The Amazon Resource Name (ARN) of the resource scan.
    pub resource_scan_id: String,
    /// If specified, the returned resources will have the specified resource identifier (or one of
    /// them in the case where the resource has multiple identifiers).
    pub resource_identifier: Option<String>,
    /// If specified, the returned resources will be of any of the resource types with the specified
    /// prefix.
    pub resource_type_prefix: Option<String>,
    /// If specified, the returned resources will have a matching tag key.
    pub tag_key: Option<String>,
    /// If specified, the returned resources will have a matching tag value.
    pub tag_value: Option<String>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// If the number of available results exceeds this maximum, the response includes a `NextToken`
    /// value that you can use for the `NextToken` parameter to get the next set of results. By
    /// default the `ListResourceScanResources` API action will return at most 100 results in each
    /// response. The maximum value is 100.
    pub max_results: Option<i32>,
}

/// The output of `ListResourceScanResources`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListResourceScanResourcesOutput {
    /// List of up to `MaxResults` resources in the specified resource scan that match all of the
    /// specified filters.
    pub resources: Option<Vec<ScannedResource>>,
    /// If the request doesn't return all the remaining results, `NextToken` is set to a token. To
    /// retrieve the next set of results, call `ListResourceScanResources` again and use that value
    /// for the `NextToken` parameter. If the request returns all results, `NextToken` is set to an
    /// empty string.
    pub next_token: Option<String>,
}

/// The input of `ListResourceScans`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListResourceScansInput {
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// If the number of available results exceeds this maximum, the response includes a `NextToken`
    /// value that you can use for the `NextToken` parameter to get the next set of results. The
    /// default value is 10. The maximum value is 100.
    pub max_results: Option<i32>,
    /// The scan type that you want to get summary information about. The default is `FULL`.
    pub scan_type_filter: Option<ScanType>,
}

/// The output of `ListResourceScans`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListResourceScansOutput {
    /// The list of scans returned.
    pub resource_scan_summaries: Option<Vec<ResourceScanSummary>>,
    /// If the request doesn't return all the remaining results, `NextToken` is set to a token. To
    /// retrieve the next set of results, call `ListResourceScans` again and use that value for the
    /// `NextToken` parameter. If the request returns all results, `NextToken` is set to an empty
    /// string.
    pub next_token: Option<String>,
}

/// The input of `ListStackInstanceResourceDrifts`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackInstanceResourceDriftsInput {
    /// The name or unique ID of the StackSet that you want to list drifted resources for.
    pub stack_set_name: String,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of results to be returned with a single call. If the number of available
    /// results exceeds this maximum, the response includes a `NextToken` value that you can assign
    /// to the `NextToken` request parameter to get the next set of results.
    pub max_results: Option<i32>,
    /// The resource drift status of the stack instance.
    pub stack_instance_resource_drift_statuses: Option<Vec<StackResourceDriftStatus>>,
    /// The name of the Amazon Web Services account that you want to list resource drifts for.
    pub stack_instance_account: String,
    /// The name of the Region where you want to list resource drifts.
    pub stack_instance_region: String,
    /// The unique ID of the drift operation.
    pub operation_id: String,
    /// \[Service-managed permissions\] Specifies whether you are acting as an account administrator
    /// in the organization's management account or as a delegated administrator in a member
    /// account.
    pub call_as: Option<CallAs>,
}

/// The output of `ListStackInstanceResourceDrifts`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackInstanceResourceDriftsOutput {
    /// A list of `StackInstanceResourceDriftsSummary` structures that contain information about the
    /// specified stack instances.
    pub summaries: Option<Vec<StackInstanceResourceDriftsSummary>>,
    /// If the previous paginated request didn't return all of the remaining results, the response
    /// object's `NextToken` parameter value is set to a token. To retrieve the next set of results,
    /// call this action again and assign that token to the request object's `NextToken` parameter.
    /// If there are no remaining results, the previous response object's `NextToken` parameter is
    /// set to `null`.
    pub next_token: Option<String>,
}

/// The input of `ListStackInstances`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackInstancesInput {
    /// The name or unique ID of the StackSet that you want to list stack instances for.
    pub stack_set_name: String,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of results to be returned with a single call. If the number of available
    /// results exceeds this maximum, the response includes a `NextToken` value that you can assign
    /// to the `NextToken` request parameter to get the next set of results.
    pub max_results: Option<i32>,
    /// The filter to apply to stack instances
    pub filters: Option<Vec<StackInstanceFilter>>,
    /// The name of the Amazon Web Services account that you want to list stack instances for.
    pub stack_instance_account: Option<String>,
    /// The name of the Region where you want to list stack instances.
    pub stack_instance_region: Option<String>,
    /// \[Service-managed permissions\] Specifies whether you are acting as an account administrator
    /// in the organization's management account or as a delegated administrator in a member
    /// account.
    pub call_as: Option<CallAs>,
}

/// The output of `ListStackInstances`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackInstancesOutput {
    /// A list of `StackInstanceSummary` structures that contain information about the specified
    /// stack instances.
    pub summaries: Option<Vec<StackInstanceSummary>>,
    /// If the request doesn't return all the remaining results, `NextToken` is set to a token. To
    /// retrieve the next set of results, call `ListStackInstances` again and assign that token to
    /// the request object's `NextToken` parameter. If the request returns all results, `NextToken`
    /// is set to `null`.
    pub next_token: Option<String>,
}

/// The input of `ListStackRefactorActions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackRefactorActionsInput {
    /// The ID associated with the stack refactor created from the `CreateStackRefactor` action.
    pub stack_refactor_id: String,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of results to be returned with a single call. If the number of available
    /// results exceeds this maximum, the response includes a `NextToken` value that you can assign
    /// to the `NextToken` request parameter to get the next set of results.
    pub max_results: Option<i32>,
}

/// The output of `ListStackRefactorActions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackRefactorActionsOutput {
    /// The stack refactor actions.
    pub stack_refactor_actions: Vec<StackRefactorAction>,
    /// If the request doesn't return all the remaining results, `NextToken` is set to a token. To
    /// retrieve the next set of results, call this action again and assign that token to the
    /// request object's `NextToken` parameter. If the request returns all results, `NextToken` is
    /// set to `null`.
    pub next_token: Option<String>,
}

/// The input of `ListStackRefactors`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackRefactorsInput {
    /// Execution status to use as a filter. Specify one or more execution status codes to list only
    /// stack refactors with the specified execution status codes.
    pub execution_status_filter: Option<Vec<StackRefactorExecutionStatus>>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of results to be returned with a single call. If the number of available
    /// results exceeds this maximum, the response includes a `NextToken` value that you can assign
    /// to the `NextToken` request parameter to get the next set of results.
    pub max_results: Option<i32>,
}

/// The output of `ListStackRefactors`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackRefactorsOutput {
    /// Provides a summary of a stack refactor, including the following:
    pub stack_refactor_summaries: Vec<StackRefactorSummary>,
    /// If the request doesn't return all the remaining results, `NextToken` is set to a token. To
    /// retrieve the next set of results, call this action again and assign that token to the
    /// request object's `NextToken` parameter. If the request returns all results, `NextToken` is
    /// set to `null`.
    pub next_token: Option<String>,
}

/// The input for the `ListStackResource` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackResourcesInput {
    /// The name or the unique stack ID that is associated with the stack, which aren't always
    /// interchangeable:
    pub stack_name: String,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output for a `ListStackResources` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackResourcesOutput {
    /// A list of `StackResourceSummary` structures.
    pub stack_resource_summaries: Option<Vec<StackResourceSummaryShape>>,
    /// If the output exceeds 1 MB, a string that identifies the next page of stack resources. If no
    /// additional page exists, this value is null.
    pub next_token: Option<String>,
}

/// The input of `ListStackSetAutoDeploymentTargets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackSetAutoDeploymentTargetsInput {
    /// The name or unique ID of the StackSet that you want to get automatic deployment targets for.
    pub stack_set_name: String,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of results to be returned with a single call. If the number of available
    /// results exceeds this maximum, the response includes a `NextToken` value that you can assign
    /// to the `NextToken` request parameter to get the next set of results.
    pub max_results: Option<i32>,
    /// Specifies whether you are acting as an account administrator in the organization's
    /// management account or as a delegated administrator in a member account.
    pub call_as: Option<CallAs>,
}

/// The output of `ListStackSetAutoDeploymentTargets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackSetAutoDeploymentTargetsOutput {
    /// An array of summaries of the deployment targets for the StackSet.
    pub summaries: Option<Vec<StackSetAutoDeploymentTargetSummary>>,
    /// If the request doesn't return all the remaining results, `NextToken` is set to a token. To
    /// retrieve the next set of results, call
    /// [ListStackSetAutoDeploymentTargets](https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStackSetAutoDeploymentTargets.html)
    /// again and use that value for the `NextToken` parameter. If the request returns all results,
    /// `NextToken` is set to an empty string.
    pub next_token: Option<String>,
}

/// The input of `ListStackSetOperationResults`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackSetOperationResultsInput {
    /// The name or unique ID of the StackSet that you want to get operation results for.
    pub stack_set_name: String,
    /// The ID of the StackSet operation.
    pub operation_id: String,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of results to be returned with a single call. If the number of available
    /// results exceeds this maximum, the response includes a `NextToken` value that you can assign
    /// to the `NextToken` request parameter to get the next set of results.
    pub max_results: Option<i32>,
    /// \[Service-managed permissions\] Specifies whether you are acting as an account administrator
    /// in the organization's management account or as a delegated administrator in a member
    /// account.
    pub call_as: Option<CallAs>,
    /// The filter to apply to operation results.
    pub filters: Option<Vec<OperationResultFilter>>,
}

/// The output of `ListStackSetOperationResults`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackSetOperationResultsOutput {
    /// A list of `StackSetOperationResultSummary` structures that contain information about the
    /// specified operation results, for accounts and Amazon Web Services Regions that are included
    /// in the operation.
    pub summaries: Option<Vec<StackSetOperationResultSummary>>,
    /// If the request doesn't return all results, `NextToken` is set to a token. To retrieve the
    /// next set of results, call `ListOperationResults` again and assign that token to the request
    /// object's `NextToken` parameter. If there are no remaining results, `NextToken` is set to
    /// `null`.
    pub next_token: Option<String>,
}

/// The input of `ListStackSetOperations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackSetOperationsInput {
    /// The name or unique ID of the StackSet that you want to get operation summaries for.
    pub stack_set_name: String,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of results to be returned with a single call. If the number of available
    /// results exceeds this maximum, the response includes a `NextToken` value that you can assign
    /// to the `NextToken` request parameter to get the next set of results.
    pub max_results: Option<i32>,
    /// \[Service-managed permissions\] Specifies whether you are acting as an account administrator
    /// in the organization's management account or as a delegated administrator in a member
    /// account.
    pub call_as: Option<CallAs>,
}

/// The output of `ListStackSetOperations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackSetOperationsOutput {
    /// A list of `StackSetOperationSummary` structures that contain summary information about
    /// operations for the specified StackSet.
    pub summaries: Option<Vec<StackSetOperationSummary>>,
    /// If the request doesn't return all results, `NextToken` is set to a token. To retrieve the
    /// next set of results, call `ListOperationResults` again and assign that token to the request
    /// object's `NextToken` parameter. If there are no remaining results, `NextToken` is set to
    /// `null`.
    pub next_token: Option<String>,
}

/// The input of `ListStackSets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackSetsInput {
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The maximum number of results to be returned with a single call. If the number of available
    /// results exceeds this maximum, the response includes a `NextToken` value that you can assign
    /// to the `NextToken` request parameter to get the next set of results.
    pub max_results: Option<i32>,
    /// The status of the StackSets that you want to get summary information about.
    pub status: Option<StackSetStatus>,
    /// \[Service-managed permissions\] Specifies whether you are acting as an account administrator
    /// in the management account or as a delegated administrator in a member account.
    pub call_as: Option<CallAs>,
}

/// The output of `ListStackSets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStackSetsOutput {
    /// A list of `StackSetSummary` structures that contain information about the user's StackSets.
    pub summaries: Option<Vec<StackSetSummary>>,
    /// If the request doesn't return all of the remaining results, `NextToken` is set to a token.
    /// To retrieve the next set of results, call `ListStackInstances` again and assign that token
    /// to the request object's `NextToken` parameter. If the request returns all results,
    /// `NextToken` is set to `null`.
    pub next_token: Option<String>,
}

/// The input for `ListStacks` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStacksInput {
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// Stack status to use as a filter. Specify one or more stack status codes to list only stacks
    /// with the specified status codes. For a complete list of stack status codes, see the
    /// `StackStatus` parameter of the `Stack` data type.
    pub stack_status_filter: Option<Vec<StackStatus>>,
}

/// The output for `ListStacks` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListStacksOutput {
    /// A list of `StackSummary` structures that contains information about the specified stacks.
    pub stack_summaries: Option<Vec<StackSummary>>,
    /// If the output exceeds 1 MB in size, a string that identifies the next page of stacks. If no
    /// additional page exists, this value is null.
    pub next_token: Option<String>,
}

/// The input of `ListTypeRegistrations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTypeRegistrationsInput {
    /// The kind of extension.
    pub r#type: Option<RegistryType>,
    /// The name of the extension.
    pub type_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the extension.
    pub type_arn: Option<String>,
    /// The current status of the extension registration request.
    pub registration_status_filter: Option<RegistrationStatus>,
    /// The maximum number of results to be returned with a single call. If the number of available
    /// results exceeds this maximum, the response includes a `NextToken` value that you can assign
    /// to the `NextToken` request parameter to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `ListTypeRegistrations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTypeRegistrationsOutput {
    /// A list of extension registration tokens.
    pub registration_token_list: Option<Vec<String>>,
    /// If the request doesn't return all the remaining results, `NextToken` is set to a token. To
    /// retrieve the next set of results, call this action again and assign that token to the
    /// request object's `NextToken` parameter. If the request returns all results, `NextToken` is
    /// set to `null`.
    pub next_token: Option<String>,
}

/// The input of `ListTypeVersions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTypeVersionsInput {
    /// The kind of the extension.
    pub r#type: Option<RegistryType>,
    /// The name of the extension for which you want version summary information.
    pub type_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the extension for which you want version summary
    /// information.
    pub arn: Option<String>,
    /// The maximum number of results to be returned with a single call. If the number of available
    /// results exceeds this maximum, the response includes a `NextToken` value that you can assign
    /// to the `NextToken` request parameter to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
    /// The deprecation status of the extension versions that you want to get summary information
    /// about.
    pub deprecated_status: Option<DeprecatedStatus>,
    /// The publisher ID of the extension publisher.
    pub publisher_id: Option<String>,
}

/// The output of `ListTypeVersions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTypeVersionsOutput {
    /// A list of `TypeVersionSummary` structures that contain information about the specified
    /// extension's versions.
    pub type_version_summaries: Option<Vec<TypeVersionSummary>>,
    /// If the request doesn't return all of the remaining results, `NextToken` is set to a token.
    /// To retrieve the next set of results, call this action again and assign that token to the
    /// request object's `NextToken` parameter. If the request returns all results, `NextToken` is
    /// set to `null`.
    pub next_token: Option<String>,
}

/// The input of `ListTypes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTypesInput {
    /// The scope at which the extensions are visible and usable in CloudFormation operations.
    pub visibility: Option<Visibility>,
    /// For resource types, the provisioning behavior of the resource type. CloudFormation
    /// determines the provisioning type during registration, based on the types of handlers in the
    /// schema handler package submitted.
    pub provisioning_type: Option<ProvisioningType>,
    /// The deprecation status of the extension that you want to get summary information about.
    pub deprecated_status: Option<DeprecatedStatus>,
    /// The type of extension.
    pub r#type: Option<RegistryType>,
    /// Filter criteria to use in determining which extensions to return.
    pub filters: Option<TypeFilters>,
    /// The maximum number of results to be returned with a single call. If the number of available
    /// results exceeds this maximum, the response includes a `NextToken` value that you can assign
    /// to the `NextToken` request parameter to get the next set of results.
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    pub next_token: Option<String>,
}

/// The output of `ListTypes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTypesOutput {
    /// A list of `TypeSummary` structures that contain information about the specified extensions.
    pub type_summaries: Option<Vec<TypeSummary>>,
    /// If the request doesn't return all the remaining results, `NextToken` is set to a token. To
    /// retrieve the next set of results, call this action again and assign that token to the
    /// request object's `NextToken` parameter. If the request returns all results, `NextToken` is
    /// set to `null`.
    pub next_token: Option<String>,
}

/// Contains drift information for a resource property, including actual value, previous deployment
/// value, and drift detection timestamp.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LiveResourceDrift {
    /// The configuration value from the previous CloudFormation deployment.
    pub previous_value: Option<String>,
    /// The current live configuration value of the resource property.
    pub actual_value: Option<String>,
    /// The timestamp when drift was detected for this resource property.
    pub drift_detection_timestamp: Option<DateTime>,
}

/// Contains logging configuration information for an extension.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LoggingConfig {
    /// The Amazon Resource Name (ARN) of the role that CloudFormation should assume when sending
    /// log entries to CloudWatch Logs.
    pub log_role_arn: String,
    /// The Amazon CloudWatch Logs group to which CloudFormation sends error logging information
    /// when invoking the extension's handlers.
    pub log_group_name: String,
}

/// Describes whether StackSets performs non-conflicting operations concurrently and queues
/// conflicting operations.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedExecution {
    /// When `true`, CloudFormation performs non-conflicting operations concurrently and queues
    /// conflicting operations. After conflicting operations finish, CloudFormation starts queued
    /// operations in request order.
    pub active: Option<bool>,
}

/// Contains information about the module from which the resource was created, if the resource was
/// created from a module included in the stack template.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ModuleInfo {
    /// A concatenated list of the module type or types that contains the resource. Module types are
    /// listed starting with the inner-most nested module, and separated by `/`.
    pub type_hierarchy: Option<String>,
    /// A concatenated list of the logical IDs of the module or modules that contains the resource.
    /// Modules are listed starting with the inner-most nested module, and separated by `/`.
    pub logical_id_hierarchy: Option<String>,
}

/// The model's `OnFailure`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OnFailure {
    /// `DO_NOTHING`
    #[default]
    #[shape(name = "DO_NOTHING")]
    DoNothing,
    /// `ROLLBACK`
    #[shape(name = "ROLLBACK")]
    Rollback,
    /// `DELETE`
    #[shape(name = "DELETE")]
    Delete,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `OnStackFailure`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OnStackFailure {
    /// `DO_NOTHING`
    #[default]
    #[shape(name = "DO_NOTHING")]
    DoNothing,
    /// `ROLLBACK`
    #[shape(name = "ROLLBACK")]
    Rollback,
    /// `DELETE`
    #[shape(name = "DELETE")]
    Delete,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains information about a CloudFormation operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OperationEntry {
    /// The type of operation.
    pub operation_type: Option<OperationType>,
    /// The unique identifier for the operation.
    pub operation_id: Option<String>,
}

/// Contains detailed information about an event that occurred during a CloudFormation operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OperationEvent {
    /// A unique identifier for this event.
    pub event_id: Option<String>,
    /// The unique ID name of the instance of the stack.
    pub stack_id: Option<String>,
    /// The unique identifier of the operation this event belongs to.
    pub operation_id: Option<String>,
    /// The type of operation.
    pub operation_type: Option<OperationType>,
    /// The current status of the operation.
    pub operation_status: Option<BeaconStackOperationStatus>,
    /// The type of event.
    pub event_type: Option<EventType>,
    /// The logical name of the resource as specified in the template.
    pub logical_resource_id: Option<String>,
    /// The name or unique identifier that corresponds to a physical instance ID of a resource.
    pub physical_resource_id: Option<String>,
    /// Type of resource.
    pub resource_type: Option<String>,
    /// Time the status was updated.
    pub timestamp: Option<DateTime>,
    /// The time when the event started.
    pub start_time: Option<DateTime>,
    /// The time when the event ended.
    pub end_time: Option<DateTime>,
    /// Current status of the resource.
    pub resource_status: Option<ResourceStatus>,
    /// Success or failure message associated with the resource.
    pub resource_status_reason: Option<String>,
    /// The properties used to create the resource.
    pub resource_properties: Option<String>,
    /// A unique identifier for the request that initiated this operation.
    pub client_request_token: Option<String>,
    /// The type name of the Hook that was invoked.
    pub hook_type: Option<String>,
    /// The status of the Hook invocation.
    pub hook_status: Option<HookStatus>,
    /// Additional information about the Hook status.
    pub hook_status_reason: Option<String>,
    /// The point in the operation lifecycle when the Hook was invoked.
    pub hook_invocation_point: Option<HookInvocationPoint>,
    /// Specifies how Hook failures are handled.
    pub hook_failure_mode: Option<HookFailureMode>,
    /// Additional status information about the operation.
    pub detailed_status: Option<DetailedStatus>,
    /// Specifies how validation failures are handled.
    pub validation_failure_mode: Option<HookFailureMode>,
    /// The name of the validation that was performed.
    pub validation_name: Option<String>,
    /// The status of the validation.
    pub validation_status: Option<ValidationStatus>,
    /// Additional information about the validation status.
    pub validation_status_reason: Option<String>,
    /// The path within the resource where the validation was applied.
    pub validation_path: Option<String>,
}

/// The status that operation results are filtered by.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OperationResultFilter {
    /// The type of filter to apply.
    pub name: Option<OperationResultFilterName>,
    /// The value to filter by.
    pub values: Option<String>,
}

/// The model's `OperationResultFilterName`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OperationResultFilterName {
    /// `OPERATION_RESULT_STATUS`
    #[default]
    #[shape(name = "OPERATION_RESULT_STATUS")]
    OperationResultStatus,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `OperationStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OperationStatus {
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
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `OperationType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OperationType {
    /// `CREATE_STACK`
    #[default]
    #[shape(name = "CREATE_STACK")]
    CreateStack,
    /// `UPDATE_STACK`
    #[shape(name = "UPDATE_STACK")]
    UpdateStack,
    /// `DELETE_STACK`
    #[shape(name = "DELETE_STACK")]
    DeleteStack,
    /// `CONTINUE_ROLLBACK`
    #[shape(name = "CONTINUE_ROLLBACK")]
    ContinueRollback,
    /// `ROLLBACK`
    #[shape(name = "ROLLBACK")]
    Rollback,
    /// `CREATE_CHANGESET`
    #[shape(name = "CREATE_CHANGESET")]
    CreateChangeset,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `OrganizationStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OrganizationStatus {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// `DISABLED_PERMANENTLY`
    #[shape(name = "DISABLED_PERMANENTLY")]
    DisabledPermanently,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The `Output` data type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Output {
    /// The key associated with the output.
    pub output_key: Option<String>,
    /// The value associated with the output.
    pub output_value: Option<String>,
    /// User defined description associated with the output.
    pub description: Option<String>,
    /// The name of the export associated with the output.
    pub export_name: Option<String>,
}

/// The `Parameter` data type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Parameter {
    /// The key associated with the parameter. If you don't specify a key and value for a particular
    /// parameter, CloudFormation uses the default value that's specified in your template.
    pub parameter_key: Option<String>,
    /// The input value associated with the parameter.
    pub parameter_value: Option<String>,
    /// During a stack update, use the existing parameter value that the stack is using for a given
    /// parameter key. If you specify `true`, do not specify a parameter value.
    pub use_previous_value: Option<bool>,
    /// Read-only. The value that corresponds to a Systems Manager parameter key. This field is
    /// returned only for Systems Manager parameter types in the template. For more information, see
    /// [Specify existing resources at runtime with CloudFormation-supplied parameter
    /// types](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-supplied-parameter-types.html)
    /// in the *CloudFormation User Guide*.
    pub resolved_value: Option<String>,
}

/// A set of criteria that CloudFormation uses to validate parameter values. Although other
/// constraints might be defined in the stack template, CloudFormation returns only the
/// `AllowedValues` property.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ParameterConstraints {
    /// A list of values that are permitted for a parameter.
    pub allowed_values: Option<Vec<String>>,
}

/// The `ParameterDeclaration` data type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ParameterDeclaration {
    /// The name that's associated with the parameter.
    pub parameter_key: Option<String>,
    /// The default value of the parameter.
    pub default_value: Option<String>,
    /// The type of parameter.
    pub parameter_type: Option<String>,
    /// Flag that indicates whether the parameter value is shown as plain text in logs and in the
    /// Amazon Web Services Management Console.
    pub no_echo: Option<bool>,
    /// The description that's associate with the parameter.
    pub description: Option<String>,
    /// The criteria that CloudFormation uses to validate parameter values.
    pub parameter_constraints: Option<ParameterConstraints>,
}

/// The model's `PermissionModels`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PermissionModels {
    /// `SERVICE_MANAGED`
    #[default]
    #[shape(name = "SERVICE_MANAGED")]
    ServiceManaged,
    /// `SELF_MANAGED`
    #[shape(name = "SELF_MANAGED")]
    SelfManaged,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Context information that enables CloudFormation to uniquely identify a resource. CloudFormation
/// uses context key-value pairs in cases where a resource's logical and physical IDs aren't enough
/// to uniquely identify that resource. Each context key-value pair specifies a resource that
/// contains the targeted resource.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PhysicalResourceIdContextKeyValuePair {
    /// The resource context key.
    pub key: String,
    /// The resource context value.
    pub value: String,
}

/// The model's `PolicyAction`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PolicyAction {
    /// `Delete`
    #[default]
    Delete,
    /// `Retain`
    Retain,
    /// `Snapshot`
    Snapshot,
    /// `ReplaceAndDelete`
    ReplaceAndDelete,
    /// `ReplaceAndRetain`
    ReplaceAndRetain,
    /// `ReplaceAndSnapshot`
    ReplaceAndSnapshot,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about a resource property whose actual value differs from its expected value, as
/// defined in the stack template and any values specified as template parameters. These will be
/// present only for resources whose `StackResourceDriftStatus` is `MODIFIED`. For more information,
/// see [Detect unmanaged configuration changes to stacks and resources with drift
/// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PropertyDifference {
    /// The fully-qualified path to the resource property.
    pub property_path: String,
    /// The expected property value of the resource property, as defined in the stack template and
    /// any values specified as template parameters.
    pub expected_value: String,
    /// The actual property value of the resource property.
    pub actual_value: String,
    /// The type of property difference.
    pub difference_type: DifferenceType,
}

/// The model's `ProvisioningType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ProvisioningType {
    /// `NON_PROVISIONABLE`
    #[default]
    #[shape(name = "NON_PROVISIONABLE")]
    NonProvisionable,
    /// `IMMUTABLE`
    #[shape(name = "IMMUTABLE")]
    Immutable,
    /// `FULLY_MUTABLE`
    #[shape(name = "FULLY_MUTABLE")]
    FullyMutable,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `PublishType`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PublishTypeInput {
    /// The type of the extension.
    pub r#type: Option<ThirdPartyType>,
    /// The Amazon Resource Name (ARN) of the extension.
    pub arn: Option<String>,
    /// The name of the extension.
    pub type_name: Option<String>,
    /// The version number to assign to this version of the extension.
    pub public_version_number: Option<String>,
}

/// The output of `PublishType`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PublishTypeOutput {
    /// The Amazon Resource Name (ARN) assigned to the public extension upon publication.
    pub public_type_arn: Option<String>,
}

/// The model's `PublisherStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PublisherStatus {
    /// `VERIFIED`
    #[default]
    #[shape(name = "VERIFIED")]
    Verified,
    /// `UNVERIFIED`
    #[shape(name = "UNVERIFIED")]
    Unverified,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `RecordHandlerProgress`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RecordHandlerProgressInput {
    /// Reserved for use by the [CloudFormation
    /// CLI](https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/what-is-cloudformation-cli.html).
    pub bearer_token: String,
    /// Reserved for use by the [CloudFormation
    /// CLI](https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/what-is-cloudformation-cli.html).
    pub operation_status: OperationStatus,
    /// Reserved for use by the [CloudFormation
    /// CLI](https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/what-is-cloudformation-cli.html).
    pub current_operation_status: Option<OperationStatus>,
    /// Reserved for use by the [CloudFormation
    /// CLI](https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/what-is-cloudformation-cli.html).
    pub status_message: Option<String>,
    /// Reserved for use by the [CloudFormation
    /// CLI](https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/what-is-cloudformation-cli.html).
    pub error_code: Option<HandlerErrorCode>,
    /// Reserved for use by the [CloudFormation
    /// CLI](https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/what-is-cloudformation-cli.html).
    pub resource_model: Option<String>,
    /// Reserved for use by the [CloudFormation
    /// CLI](https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/what-is-cloudformation-cli.html).
    pub client_request_token: Option<String>,
}

/// The output of `RecordHandlerProgress`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RecordHandlerProgressOutput {}

/// The model's `RegionConcurrencyType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RegionConcurrencyType {
    /// `SEQUENTIAL`
    #[default]
    #[shape(name = "SEQUENTIAL")]
    Sequential,
    /// `PARALLEL`
    #[shape(name = "PARALLEL")]
    Parallel,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `RegisterPublisher`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterPublisherInput {
    /// Whether you accept the [Terms and
    /// Conditions](https://cloudformation-registry-documents.s3.amazonaws.com/Terms_and_Conditions_for_AWS_CloudFormation_Registry_Publishers.pdf)
    /// for publishing extensions in the CloudFormation registry. You must accept the terms and
    /// conditions in order to register to publish public extensions to the CloudFormation registry.
    pub accept_terms_and_conditions: Option<bool>,
    /// If you are using a Bitbucket or GitHub account for identity verification, the Amazon
    /// Resource Name (ARN) for your connection to that account.
    pub connection_arn: Option<String>,
}

/// The output of `RegisterPublisher`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterPublisherOutput {
    /// The ID assigned this account by CloudFormation for publishing extensions.
    pub publisher_id: Option<String>,
}

/// The input of `RegisterType`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterTypeInput {
    /// The kind of extension.
    pub r#type: Option<RegistryType>,
    /// The name of the extension being registered.
    pub type_name: String,
    /// A URL to the S3 bucket that contains the extension project package that contains the
    /// necessary files for the extension you want to register.
    pub schema_handler_package: String,
    /// Specifies logging configuration information for an extension.
    pub logging_config: Option<LoggingConfig>,
    /// The Amazon Resource Name (ARN) of the IAM role for CloudFormation to assume when invoking
    /// the extension.
    pub execution_role_arn: Option<String>,
    /// A unique identifier that acts as an idempotency key for this registration request.
    /// Specifying a client request token prevents CloudFormation from generating more than one
    /// version of an extension from the same registration request, even if the request is submitted
    /// multiple times.
    pub client_request_token: Option<String>,
}

/// The output of `RegisterType`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterTypeOutput {
    /// The identifier for this registration request.
    pub registration_token: Option<String>,
}

/// The model's `RegistrationStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RegistrationStatus {
    /// `COMPLETE`
    #[default]
    #[shape(name = "COMPLETE")]
    Complete,
    /// `IN_PROGRESS`
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `RegistryType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RegistryType {
    /// `RESOURCE`
    #[default]
    #[shape(name = "RESOURCE")]
    Resource,
    /// `MODULE`
    #[shape(name = "MODULE")]
    Module,
    /// `HOOK`
    #[shape(name = "HOOK")]
    Hook,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `Replacement`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Replacement {
    /// `True`
    #[default]
    True,
    /// `False`
    False,
    /// `Conditional`
    Conditional,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// For extensions that are modules, a public third-party extension that must be activated in your
/// account in order for the module itself to be activated.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RequiredActivatedType {
    /// An alias assigned to the public extension, in this account and Region. If you specify an
    /// alias for the extension, CloudFormation treats the alias as the extension type name within
    /// this account and Region. You must use the alias to refer to the extension in your templates,
    /// API calls, and CloudFormation console.
    pub type_name_alias: Option<String>,
    /// The type name of the public extension.
    pub original_type_name: Option<String>,
    /// The publisher ID of the extension publisher.
    pub publisher_id: Option<String>,
    /// A list of the major versions of the extension type that the macro supports.
    pub supported_major_versions: Option<Vec<i32>>,
}

/// The model's `RequiresRecreation`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RequiresRecreation {
    /// `Never`
    #[default]
    Never,
    /// `Conditionally`
    Conditionally,
    /// `Always`
    Always,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ResourceAttribute`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ResourceAttribute {
    /// `Properties`
    #[default]
    Properties,
    /// `Metadata`
    Metadata,
    /// `CreationPolicy`
    CreationPolicy,
    /// `UpdatePolicy`
    UpdatePolicy,
    /// `DeletionPolicy`
    DeletionPolicy,
    /// `UpdateReplacePolicy`
    UpdateReplacePolicy,
    /// `Tags`
    Tags,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The `ResourceChange` structure describes the resource and the action that CloudFormation will
/// perform on it if you execute this change set.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceChange {
    /// The action that will be taken on the physical resource when the change set is executed.
    pub policy_action: Option<PolicyAction>,
    /// The action that CloudFormation takes on the resource, such as `Add` (adds a new resource),
    /// `Modify` (changes a resource), `Remove` (deletes a resource), `Import` (imports a resource),
    /// `Dynamic` (exact action for the resource can't be determined), or `SyncWithActual` (resource
    /// will not be changed, only CloudFormation metadata will change).
    pub action: Option<ChangeAction>,
    /// The resource's logical ID, which is defined in the stack's template.
    pub logical_resource_id: Option<String>,
    /// The resource's physical ID (resource name). Resources that you are adding don't have
    /// physical IDs because they haven't been created.
    pub physical_resource_id: Option<String>,
    /// The type of CloudFormation resource, such as `AWS::S3::Bucket`.
    pub resource_type: Option<String>,
    /// For the `Modify` action, indicates whether CloudFormation will replace the resource by
    /// creating a new one and deleting the old one. This value depends on the value of the
    /// `RequiresRecreation` property in the `ResourceTargetDefinition` structure. For example, if
    /// the `RequiresRecreation` field is `Always` and the `Evaluation` field is `Static`,
    /// `Replacement` is `True`. If the `RequiresRecreation` field is `Always` and the `Evaluation`
    /// field is `Dynamic`, `Replacement` is `Conditional`.
    pub replacement: Option<Replacement>,
    /// For the `Modify` action, indicates which resource attribute is triggering this update, such
    /// as a change in the resource attribute's `Metadata`, `Properties`, or `Tags`.
    pub scope: Option<Vec<ResourceAttribute>>,
    /// The drift status of the resource. Valid values:
    pub resource_drift_status: Option<StackResourceDriftStatus>,
    /// List of resource attributes for which drift was ignored.
    pub resource_drift_ignored_attributes: Option<Vec<ResourceDriftIgnoredAttribute>>,
    /// For the `Modify` action, a list of `ResourceChangeDetail` structures that describes the
    /// changes that CloudFormation will make to the resource.
    pub details: Option<Vec<ResourceChangeDetail>>,
    /// The change set ID of the nested change set.
    pub change_set_id: Option<String>,
    /// Contains information about the module from which the resource was created, if the resource
    /// was created from a module included in the stack template.
    pub module_info: Option<ModuleInfo>,
    /// An encoded JSON string that contains the context of the resource before the change is
    /// executed.
    pub before_context: Option<String>,
    /// An encoded JSON string that contains the context of the resource after the change is
    /// executed.
    pub after_context: Option<String>,
    /// Information about the resource's state from the previous CloudFormation deployment.
    pub previous_deployment_context: Option<String>,
}

/// For a resource with `Modify` as the action, the `ResourceChange` structure describes the changes
/// CloudFormation will make to that resource.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceChangeDetail {
    /// A `ResourceTargetDefinition` structure that describes the field that CloudFormation will
    /// change and whether the resource will be recreated.
    pub target: Option<ResourceTargetDefinition>,
    /// Indicates whether CloudFormation can determine the target value, and whether the target
    /// value will change before you execute a change set.
    pub evaluation: Option<EvaluationType>,
    /// The group to which the `CausingEntity` value belongs. There are five entity groups:
    pub change_source: Option<ChangeSource>,
    /// The identity of the entity that triggered this change. This entity is a member of the group
    /// that's specified by the `ChangeSource` field. For example, if you modified the value of the
    /// `KeyPairName` parameter, the `CausingEntity` is the name of the parameter (`KeyPairName`).
    pub causing_entity: Option<String>,
}

/// A resource included in a generated template. This data type is used with the
/// `CreateGeneratedTemplate` and `UpdateGeneratedTemplate` API actions.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceDefinition {
    /// The type of the resource, such as `AWS::DynamoDB::Table`. For the list of supported
    /// resources, see [Resource type support for imports and drift
    /// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resource-import-supported-resources.html)
    /// in the *CloudFormation User Guide*
    pub resource_type: String,
    /// The logical resource id for this resource in the generated template.
    pub logical_resource_id: Option<String>,
    /// A list of up to 256 key-value pairs that identifies the scanned resource. The key is the
    /// name of one of the primary identifiers for the resource. (Primary identifiers are specified
    /// in the `primaryIdentifier` list in the resource schema.) The value is the value of that
    /// primary identifier. For example, for a `AWS::DynamoDB::Table` resource, the primary
    /// identifiers is `TableName` so the key-value pair could be `"TableName": "MyDDBTable"`. For
    /// more information, see
    /// [primaryIdentifier](https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html#schema-properties-primaryidentifier)
    /// in the *CloudFormation Command Line Interface (CLI) User Guide*.
    pub resource_identifier: HashMap<String, String>,
}

/// Details about a resource in a generated template
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceDetail {
    /// The type of the resource, such as `AWS::DynamoDB::Table`. For the list of supported
    /// resources, see [Resource type support for imports and drift
    /// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resource-import-supported-resources.html)
    /// In the *CloudFormation User Guide*
    pub resource_type: Option<String>,
    /// The logical id for this resource in the final generated template.
    pub logical_resource_id: Option<String>,
    /// A list of up to 256 key-value pairs that identifies the resource in the generated template.
    /// The key is the name of one of the primary identifiers for the resource. (Primary identifiers
    /// are specified in the `primaryIdentifier` list in the resource schema.) The value is the
    /// value of that primary identifier. For example, for a `AWS::DynamoDB::Table` resource, the
    /// primary identifiers is `TableName` so the key-value pair could be `"TableName":
    /// "MyDDBTable"`. For more information, see
    /// [primaryIdentifier](https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html#schema-properties-primaryidentifier)
    /// in the *CloudFormation Command Line Interface (CLI) User Guide*.
    pub resource_identifier: Option<HashMap<String, String>>,
    /// Status of the processing of a resource in a generated template.
    pub resource_status: Option<GeneratedTemplateResourceStatus>,
    /// The reason for the resource detail, providing more information if a failure happened.
    pub resource_status_reason: Option<String>,
    /// The warnings generated for this resource.
    pub warnings: Option<Vec<WarningDetail>>,
}

/// The `ResourceDriftIgnoredAttribute` data type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceDriftIgnoredAttribute {
    /// Path of the resource attribute for which drift was ignored.
    pub path: Option<String>,
    /// Reason why drift was ignored for the attribute, can have 2 possible values:
    pub reason: Option<DriftIgnoredReason>,
}

/// Describes the target resources of a specific type in your import template (for example, all
/// `AWS::S3::Bucket` resources) and the properties you can provide during the import to identify
/// resources of that type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceIdentifierSummary {
    /// The template resource type of the target resources, such as `AWS::S3::Bucket`.
    pub resource_type: Option<String>,
    /// The logical IDs of the target resources of the specified `ResourceType`, as defined in the
    /// import template.
    pub logical_resource_ids: Option<Vec<String>>,
    /// The resource properties you can provide during the import to identify your target resources.
    /// For example, `BucketName` is a possible identifier property for `AWS::S3::Bucket` resources.
    pub resource_identifiers: Option<Vec<String>>,
}

/// The location of the resource in a stack template.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceLocation {
    /// The name associated with the stack.
    pub stack_name: String,
    /// The logical name of the resource specified in the template.
    pub logical_resource_id: String,
}

/// Specifies the current source of the resource and the destination of where it will be moved to.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceMapping {
    /// The source stack `StackName` and `LogicalResourceId` for the resource being refactored.
    pub source: ResourceLocation,
    /// The destination stack `StackName` and `LogicalResourceId` for the resource being refactored.
    pub destination: ResourceLocation,
}

/// The model's `ResourceScanStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ResourceScanStatus {
    /// `IN_PROGRESS`
    #[default]
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `COMPLETE`
    #[shape(name = "COMPLETE")]
    Complete,
    /// `EXPIRED`
    #[shape(name = "EXPIRED")]
    Expired,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A summary of the resource scan. This is returned by the `ListResourceScan` API action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceScanSummary {
    /// The Amazon Resource Name (ARN) of the resource scan.
    pub resource_scan_id: Option<String>,
    /// Status of the resource scan.
    pub status: Option<ResourceScanStatus>,
    /// The reason for the resource scan status, providing more information if a failure happened.
    pub status_reason: Option<String>,
    /// The time that the resource scan was started.
    pub start_time: Option<DateTime>,
    /// The time that the resource scan was finished.
    pub end_time: Option<DateTime>,
    /// The percentage of the resource scan that has been completed.
    pub percentage_completed: Option<f64>,
    /// The scan type that has been completed.
    pub scan_type: Option<ScanType>,
}

/// The model's `ResourceSignalStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ResourceSignalStatus {
    /// `SUCCESS`
    #[default]
    #[shape(name = "SUCCESS")]
    Success,
    /// `FAILURE`
    #[shape(name = "FAILURE")]
    Failure,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ResourceStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ResourceStatus {
    /// `CREATE_IN_PROGRESS`
    #[default]
    #[shape(name = "CREATE_IN_PROGRESS")]
    CreateInProgress,
    /// `CREATE_FAILED`
    #[shape(name = "CREATE_FAILED")]
    CreateFailed,
    /// `CREATE_COMPLETE`
    #[shape(name = "CREATE_COMPLETE")]
    CreateComplete,
    /// `DELETE_IN_PROGRESS`
    #[shape(name = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    /// `DELETE_FAILED`
    #[shape(name = "DELETE_FAILED")]
    DeleteFailed,
    /// `DELETE_COMPLETE`
    #[shape(name = "DELETE_COMPLETE")]
    DeleteComplete,
    /// `DELETE_SKIPPED`
    #[shape(name = "DELETE_SKIPPED")]
    DeleteSkipped,
    /// `UPDATE_IN_PROGRESS`
    #[shape(name = "UPDATE_IN_PROGRESS")]
    UpdateInProgress,
    /// `UPDATE_FAILED`
    #[shape(name = "UPDATE_FAILED")]
    UpdateFailed,
    /// `UPDATE_COMPLETE`
    #[shape(name = "UPDATE_COMPLETE")]
    UpdateComplete,
    /// `IMPORT_FAILED`
    #[shape(name = "IMPORT_FAILED")]
    ImportFailed,
    /// `IMPORT_COMPLETE`
    #[shape(name = "IMPORT_COMPLETE")]
    ImportComplete,
    /// `IMPORT_IN_PROGRESS`
    #[shape(name = "IMPORT_IN_PROGRESS")]
    ImportInProgress,
    /// `IMPORT_ROLLBACK_IN_PROGRESS`
    #[shape(name = "IMPORT_ROLLBACK_IN_PROGRESS")]
    ImportRollbackInProgress,
    /// `IMPORT_ROLLBACK_FAILED`
    #[shape(name = "IMPORT_ROLLBACK_FAILED")]
    ImportRollbackFailed,
    /// `IMPORT_ROLLBACK_COMPLETE`
    #[shape(name = "IMPORT_ROLLBACK_COMPLETE")]
    ImportRollbackComplete,
    /// `EXPORT_FAILED`
    #[shape(name = "EXPORT_FAILED")]
    ExportFailed,
    /// `EXPORT_COMPLETE`
    #[shape(name = "EXPORT_COMPLETE")]
    ExportComplete,
    /// `EXPORT_IN_PROGRESS`
    #[shape(name = "EXPORT_IN_PROGRESS")]
    ExportInProgress,
    /// `EXPORT_ROLLBACK_IN_PROGRESS`
    #[shape(name = "EXPORT_ROLLBACK_IN_PROGRESS")]
    ExportRollbackInProgress,
    /// `EXPORT_ROLLBACK_FAILED`
    #[shape(name = "EXPORT_ROLLBACK_FAILED")]
    ExportRollbackFailed,
    /// `EXPORT_ROLLBACK_COMPLETE`
    #[shape(name = "EXPORT_ROLLBACK_COMPLETE")]
    ExportRollbackComplete,
    /// `UPDATE_ROLLBACK_IN_PROGRESS`
    #[shape(name = "UPDATE_ROLLBACK_IN_PROGRESS")]
    UpdateRollbackInProgress,
    /// `UPDATE_ROLLBACK_COMPLETE`
    #[shape(name = "UPDATE_ROLLBACK_COMPLETE")]
    UpdateRollbackComplete,
    /// `UPDATE_ROLLBACK_FAILED`
    #[shape(name = "UPDATE_ROLLBACK_FAILED")]
    UpdateRollbackFailed,
    /// `ROLLBACK_IN_PROGRESS`
    #[shape(name = "ROLLBACK_IN_PROGRESS")]
    RollbackInProgress,
    /// `ROLLBACK_COMPLETE`
    #[shape(name = "ROLLBACK_COMPLETE")]
    RollbackComplete,
    /// `ROLLBACK_FAILED`
    #[shape(name = "ROLLBACK_FAILED")]
    RollbackFailed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The field that CloudFormation will change, such as the name of a resource's property, and
/// whether the resource will be recreated.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceTargetDefinition {
    /// Indicates which resource attribute is triggering this update, such as a change in the
    /// resource attribute's `Metadata`, `Properties`, or `Tags`.
    pub attribute: Option<ResourceAttribute>,
    /// If the `Attribute` value is `Properties`, the name of the property. For all other
    /// attributes, the value is null.
    pub name: Option<String>,
    /// If the `Attribute` value is `Properties`, indicates whether a change to this property causes
    /// the resource to be recreated. The value can be `Never`, `Always`, or `Conditionally`. To
    /// determine the conditions for a `Conditionally` recreation, see the update behavior for that
    /// property in the [Amazon Web Services resource and property types
    /// reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html)
    /// in the *CloudFormation User Guide*.
    pub requires_recreation: Option<RequiresRecreation>,
    /// The property path of the property.
    pub path: Option<String>,
    /// The value of the property before the change is executed. Large values can be truncated.
    pub before_value: Option<String>,
    /// The value of the property after the change is executed. Large values can be truncated.
    pub after_value: Option<String>,
    /// Indicates the source of the before value. Valid values:
    pub before_value_from: Option<BeforeValueFrom>,
    /// Indicates the source of the after value. Valid value:
    pub after_value_from: Option<AfterValueFrom>,
    /// Detailed drift information for the resource property, including actual values, previous
    /// deployment values, and drift detection timestamps.
    pub drift: Option<LiveResourceDrift>,
    /// The type of change to be made to the property if the change is executed.
    pub attribute_change_type: Option<AttributeChangeType>,
}

/// Describes the target resource of an import operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceToImport {
    /// The type of resource to import into your stack, such as `AWS::S3::Bucket`. For a list of
    /// supported resource types, see [Resource type support for imports and drift
    /// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resource-import-supported-resources.html)
    /// in the *CloudFormation User Guide*.
    pub resource_type: String,
    /// The logical ID of the target resource as specified in the template.
    pub logical_resource_id: String,
    /// A key-value pair that identifies the target resource. The key is an identifier property (for
    /// example, `BucketName` for `AWS::S3::Bucket` resources) and the value is the actual property
    /// value (for example, `MyS3Bucket`).
    pub resource_identifier: HashMap<String, String>,
}

/// Structure that contains the rollback triggers for CloudFormation to monitor during stack
/// creation and updating operations, and for the specified monitoring period afterwards.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RollbackConfiguration {
    /// The triggers to monitor during stack creation or update actions.
    pub rollback_triggers: Option<Vec<RollbackTrigger>>,
    /// The amount of time, in minutes, during which CloudFormation should monitor all the rollback
    /// triggers after the stack creation or update operation deploys all necessary resources.
    pub monitoring_time_in_minutes: Option<i32>,
}

/// The input of `RollbackStack`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RollbackStackInput {
    /// The name that's associated with the stack.
    pub stack_name: String,
    /// The Amazon Resource Name (ARN) of an IAM role that CloudFormation assumes to rollback the
    /// stack.
    #[shape(name = "RoleARN")]
    pub role_arn: Option<String>,
    /// A unique identifier for this `RollbackStack` request.
    pub client_request_token: Option<String>,
    /// When set to `true`, newly created resources are deleted when the operation rolls back. This
    /// includes newly created resources marked with a deletion policy of `Retain`.
    pub retain_except_on_create: Option<bool>,
}

/// The output of `RollbackStack`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RollbackStackOutput {
    /// Unique identifier of the stack.
    pub stack_id: Option<String>,
    /// A unique identifier for this rollback operation that can be used to track the operation's
    /// progress and events.
    pub operation_id: Option<String>,
}

/// A rollback trigger CloudFormation monitors during creation and updating of stacks. If any of the
/// alarms you specify goes to ALARM state during the stack operation or within the specified
/// monitoring period afterwards, CloudFormation rolls back the entire stack operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RollbackTrigger {
    /// The Amazon Resource Name (ARN) of the rollback trigger.
    pub arn: String,
    /// The resource type of the rollback trigger. Specify either
    /// [AWS::CloudWatch::Alarm](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-alarm.html)
    /// or
    /// [AWS::CloudWatch::CompositeAlarm](https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-cloudwatch-compositealarm.html)
    /// resource types.
    pub r#type: String,
}

/// A filter that is used to specify which resource types to scan.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ScanFilter {
    /// An array of strings where each string represents an Amazon Web Services resource type you
    /// want to scan. Each string defines the resource type using the format
    /// `AWS::ServiceName::ResourceType`, for example, `AWS::DynamoDB::Table`. For the full list of
    /// supported resource types, see the [Resource type
    /// support](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resource-import-supported-resources.html)
    /// table in the *CloudFormation User Guide*.
    pub types: Option<Vec<String>>,
}

/// The model's `ScanType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ScanType {
    /// `FULL`
    #[default]
    #[shape(name = "FULL")]
    Full,
    /// `PARTIAL`
    #[shape(name = "PARTIAL")]
    Partial,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A scanned resource returned by `ListResourceScanResources` or
/// `ListResourceScanRelatedResources`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ScannedResource {
    /// The type of the resource, such as `AWS::DynamoDB::Table`. For the list of supported
    /// resources, see [Resource type support for imports and drift
    /// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resource-import-supported-resources.html)
    /// In the *CloudFormation User Guide*
    pub resource_type: Option<String>,
    /// A list of up to 256 key-value pairs that identifies for the scanned resource. The key is the
    /// name of one of the primary identifiers for the resource. (Primary identifiers are specified
    /// in the `primaryIdentifier` list in the resource schema.) The value is the value of that
    /// primary identifier. For example, for a `AWS::DynamoDB::Table` resource, the primary
    /// identifiers is `TableName` so the key-value pair could be `"TableName": "MyDDBTable"`. For
    /// more information, see
    /// [primaryIdentifier](https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html#schema-properties-primaryidentifier)
    /// in the *CloudFormation Command Line Interface (CLI) User Guide*.
    pub resource_identifier: Option<HashMap<String, String>>,
    /// If `true`, the resource is managed by a CloudFormation stack.
    pub managed_by_stack: Option<bool>,
}

/// Identifies a scanned resource. This is used with the `ListResourceScanRelatedResources` API
/// action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ScannedResourceIdentifier {
    /// The type of the resource, such as `AWS::DynamoDB::Table`. For the list of supported
    /// resources, see [Resource type support for imports and drift
    /// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/resource-import-supported-resources.html)
    /// In the *CloudFormation User Guide*.
    pub resource_type: String,
    /// A list of up to 256 key-value pairs that identifies the scanned resource. The key is the
    /// name of one of the primary identifiers for the resource. (Primary identifiers are specified
    /// in the `primaryIdentifier` list in the resource schema.) The value is the value of that
    /// primary identifier. For example, for a `AWS::DynamoDB::Table` resource, the primary
    /// identifiers is `TableName` so the key-value pair could be `"TableName": "MyDDBTable"`. For
    /// more information, see
    /// [primaryIdentifier](https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/resource-type-schema.html#schema-properties-primaryidentifier)
    /// in the *CloudFormation Command Line Interface (CLI) User Guide*.
    pub resource_identifier: HashMap<String, String>,
}

/// The input for the `SetStackPolicy` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetStackPolicyInput {
    /// The name or unique stack ID that you want to associate a policy with.
    pub stack_name: String,
    /// Structure that contains the stack policy body. For more information, see [Prevent updates to
    /// stack
    /// resources](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/protect-stack-resources.html)
    /// in the *CloudFormation User Guide*. You can specify either the `StackPolicyBody` or the
    /// `StackPolicyURL` parameter, but not both.
    pub stack_policy_body: Option<String>,
    /// Location of a file that contains the stack policy. The URL must point to a policy (maximum
    /// size: 16 KB) located in an Amazon S3 bucket in the same Amazon Web Services Region as the
    /// stack. The location for an Amazon S3 bucket must start with `https://`. URLs from S3 static
    /// websites are not supported.
    #[shape(name = "StackPolicyURL")]
    pub stack_policy_url: Option<String>,
}

/// The input of `SetTypeConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetTypeConfigurationInput {
    /// The Amazon Resource Name (ARN) for the extension in this account and Region.
    pub type_arn: Option<String>,
    /// The configuration data for the extension in this account and Region.
    pub configuration: String,
    /// An alias by which to refer to this extension configuration data.
    pub configuration_alias: Option<String>,
    /// The name of the extension.
    pub type_name: Option<String>,
    /// The type of extension.
    pub r#type: Option<ThirdPartyType>,
}

/// The output of `SetTypeConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetTypeConfigurationOutput {
    /// The Amazon Resource Name (ARN) for the configuration data in this account and Region.
    pub configuration_arn: Option<String>,
}

/// The input of `SetTypeDefaultVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetTypeDefaultVersionInput {
    /// The Amazon Resource Name (ARN) of the extension for which you want version summary
    /// information.
    pub arn: Option<String>,
    /// The kind of extension.
    pub r#type: Option<RegistryType>,
    /// The name of the extension.
    pub type_name: Option<String>,
    /// The ID of a specific version of the extension. The version ID is the value at the end of the
    /// Amazon Resource Name (ARN) assigned to the extension version when it is registered.
    pub version_id: Option<String>,
}

/// The output of `SetTypeDefaultVersion`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetTypeDefaultVersionOutput {}

/// The input for the `SignalResource` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SignalResourceInput {
    /// The stack name or unique stack ID that includes the resource that you want to signal.
    pub stack_name: String,
    /// The logical ID of the resource that you want to signal. The logical ID is the name of the
    /// resource that given in the template.
    pub logical_resource_id: String,
    /// A unique ID of the signal. When you signal Amazon EC2 instances or Amazon EC2 Auto Scaling
    /// groups, specify the instance ID that you are signaling as the unique ID. If you send
    /// multiple signals to a single resource (such as signaling a wait condition), each signal
    /// requires a different unique ID.
    pub unique_id: String,
    /// The status of the signal, which is either success or failure. A failure signal causes
    /// CloudFormation to immediately fail the stack creation or update.
    pub status: ResourceSignalStatus,
}

/// Describes the stack and the template used by the stack.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackDefinition {
    /// The name associated with the stack.
    pub stack_name: Option<String>,
    /// The file path for the stack template file.
    pub template_body: Option<String>,
    /// The desired final state of the stack template.
    #[shape(name = "TemplateURL")]
    pub template_url: Option<String>,
}

/// The model's `StackDriftDetectionStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackDriftDetectionStatus {
    /// `DETECTION_IN_PROGRESS`
    #[default]
    #[shape(name = "DETECTION_IN_PROGRESS")]
    DetectionInProgress,
    /// `DETECTION_FAILED`
    #[shape(name = "DETECTION_FAILED")]
    DetectionFailed,
    /// `DETECTION_COMPLETE`
    #[shape(name = "DETECTION_COMPLETE")]
    DetectionComplete,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains information about whether the stack's actual configuration differs, or has *drifted*,
/// from its expected configuration, as defined in the stack template and any values specified as
/// template parameters. A stack is considered to have drifted if one or more of its resources have
/// drifted.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackDriftInformation {
    /// Status of the stack's actual configuration compared to its expected template configuration.
    pub stack_drift_status: StackDriftStatus,
    /// Most recent time when a drift detection operation was initiated on the stack, or any of its
    /// individual resources that support drift detection.
    pub last_check_timestamp: Option<DateTime>,
}

/// Contains information about whether the stack's actual configuration differs, or has *drifted*,
/// from its expected configuration, as defined in the stack template and any values specified as
/// template parameters. A stack is considered to have drifted if one or more of its resources have
/// drifted.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackDriftInformationSummary {
    /// Status of the stack's actual configuration compared to its expected template configuration.
    pub stack_drift_status: StackDriftStatus,
    /// Most recent time when a drift detection operation was initiated on the stack, or any of its
    /// individual resources that support drift detection.
    pub last_check_timestamp: Option<DateTime>,
}

/// The model's `StackDriftStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackDriftStatus {
    /// `DRIFTED`
    #[default]
    #[shape(name = "DRIFTED")]
    Drifted,
    /// `IN_SYNC`
    #[shape(name = "IN_SYNC")]
    InSync,
    /// `UNKNOWN`
    #[shape(name = "UNKNOWN")]
    Unknown,
    /// `NOT_CHECKED`
    #[shape(name = "NOT_CHECKED")]
    NotChecked,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Other(String),
}

/// The `StackEvent` data type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackEvent {
    /// The unique ID name of the instance of the stack.
    pub stack_id: String,
    /// The unique identifier of this event.
    pub event_id: String,
    /// The name associated with a stack.
    pub stack_name: String,
    /// The unique identifier of the operation that generated this stack event.
    pub operation_id: Option<String>,
    /// The logical name of the resource specified in the template.
    pub logical_resource_id: Option<String>,
    /// The name or unique identifier associated with the physical instance of the resource.
    pub physical_resource_id: Option<String>,
    /// Type of resource. For more information, see [Amazon Web Services resource and property types
    /// reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html)
    /// in the *CloudFormation User Guide*.
    pub resource_type: Option<String>,
    /// Time the status was updated.
    pub timestamp: DateTime,
    /// Current status of the resource.
    pub resource_status: Option<ResourceStatus>,
    /// Success/failure message associated with the resource.
    pub resource_status_reason: Option<String>,
    /// BLOB of the properties used to create the resource.
    pub resource_properties: Option<String>,
    /// The token passed to the operation that generated this event.
    pub client_request_token: Option<String>,
    /// The name of the Hook.
    pub hook_type: Option<String>,
    /// Provides the status of the change set Hook.
    pub hook_status: Option<HookStatus>,
    /// Provides the reason for the Hook status.
    pub hook_status_reason: Option<String>,
    /// The specific point in the provisioning process where the Hook is invoked.
    pub hook_invocation_point: Option<HookInvocationPoint>,
    /// The unique identifier of the Hook invocation.
    pub hook_invocation_id: Option<String>,
    /// Specify the Hook failure mode for non-compliant resources in the followings ways.
    pub hook_failure_mode: Option<HookFailureMode>,
    /// An optional field that contains information about the detailed status of the stack event.
    pub detailed_status: Option<DetailedStatus>,
}

/// A CloudFormation stack, in a specific account and Region, that's part of a StackSet operation. A
/// stack instance is a reference to an attempted or actual stack in a given account within a given
/// Region. A stack instance can exist without a stack—for example, if the stack couldn't be
/// created for some reason. A stack instance is associated with only one StackSet. Each stack
/// instance contains the ID of its associated StackSet, in addition to the ID of the actual stack
/// and the stack status.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackInstance {
    /// The name or unique ID of the StackSet that the stack instance is associated with.
    pub stack_set_id: Option<String>,
    /// The name of the Amazon Web Services Region that the stack instance is associated with.
    pub region: Option<String>,
    /// \[Self-managed permissions\] The name of the Amazon Web Services account that the stack
    /// instance is associated with.
    pub account: Option<String>,
    /// The ID of the stack instance.
    pub stack_id: Option<String>,
    /// A list of parameters from the StackSet template whose values have been overridden in this
    /// stack instance.
    pub parameter_overrides: Option<Vec<Parameter>>,
    /// The status of the stack instance, in terms of its synchronization with its associated stack
    /// set.
    pub status: Option<StackInstanceStatus>,
    /// The detailed status of the stack instance.
    pub stack_instance_status: Option<StackInstanceComprehensiveStatus>,
    /// The explanation for the specific status code that's assigned to this stack instance.
    pub status_reason: Option<String>,
    /// \[Service-managed permissions\] The organization root ID or organizational unit (OU) IDs
    /// that you specified for
    /// [DeploymentTargets](https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DeploymentTargets.html).
    pub organizational_unit_id: Option<String>,
    /// Status of the stack instance's actual configuration compared to the expected template and
    /// parameter configuration of the StackSet it belongs to.
    pub drift_status: Option<StackDriftStatus>,
    /// Most recent time when CloudFormation performed a drift detection operation on the stack
    /// instance. This value will be `NULL` for any stack instance that drift detection hasn't yet
    /// been performed on.
    pub last_drift_check_timestamp: Option<DateTime>,
    /// The last unique ID of a StackSet operation performed on a stack instance.
    pub last_operation_id: Option<String>,
}

/// The detailed status of the stack instance.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackInstanceComprehensiveStatus {
    /// `CANCELLED`: The operation in the specified account and Region has been canceled. This is
    /// either because a user has stopped the StackSet operation, or because the failure tolerance
    /// of the StackSet operation has been exceeded.
    pub detailed_status: Option<StackInstanceDetailedStatus>,
}

/// The model's `StackInstanceDetailedStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackInstanceDetailedStatus {
    /// `PENDING`
    #[default]
    #[shape(name = "PENDING")]
    Pending,
    /// `RUNNING`
    #[shape(name = "RUNNING")]
    Running,
    /// `SUCCEEDED`
    #[shape(name = "SUCCEEDED")]
    Succeeded,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `CANCELLED`
    #[shape(name = "CANCELLED")]
    Cancelled,
    /// `INOPERABLE`
    #[shape(name = "INOPERABLE")]
    Inoperable,
    /// `SKIPPED_SUSPENDED_ACCOUNT`
    #[shape(name = "SKIPPED_SUSPENDED_ACCOUNT")]
    SkippedSuspendedAccount,
    /// `FAILED_IMPORT`
    #[shape(name = "FAILED_IMPORT")]
    FailedImport,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The filter to apply to stack instances
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackInstanceFilter {
    /// The type of filter to apply.
    pub name: Option<StackInstanceFilterName>,
    /// The status to filter by.
    pub values: Option<String>,
}

/// The model's `StackInstanceFilterName`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackInstanceFilterName {
    /// `DETAILED_STATUS`
    #[default]
    #[shape(name = "DETAILED_STATUS")]
    DetailedStatus,
    /// `LAST_OPERATION_ID`
    #[shape(name = "LAST_OPERATION_ID")]
    LastOperationId,
    /// `DRIFT_STATUS`
    #[shape(name = "DRIFT_STATUS")]
    DriftStatus,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The structure containing summary information about resource drifts for a stack instance.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackInstanceResourceDriftsSummary {
    /// The ID of the stack instance.
    pub stack_id: String,
    /// The logical name of the resource specified in the template.
    pub logical_resource_id: String,
    /// The name or unique identifier that corresponds to a physical instance ID of a resource
    /// supported by CloudFormation.
    pub physical_resource_id: Option<String>,
    /// Context information that enables CloudFormation to uniquely identify a resource.
    /// CloudFormation uses context key-value pairs in cases where a resource's logical and physical
    /// IDs aren't enough to uniquely identify that resource. Each context key-value pair specifies
    /// a unique resource that contains the targeted resource.
    pub physical_resource_id_context: Option<Vec<PhysicalResourceIdContextKeyValuePair>>,
    /// Type of resource. For more information, see [Amazon Web Services resource and property types
    /// reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html)
    /// in the *CloudFormation User Guide*.
    pub resource_type: String,
    /// Status of the actual configuration of the resource compared to its expected configuration.
    /// These will be present only for resources whose `StackInstanceResourceDriftStatus` is
    /// `MODIFIED`.
    pub property_differences: Option<Vec<PropertyDifference>>,
    /// The drift status of the resource in a stack instance.
    pub stack_resource_drift_status: StackResourceDriftStatus,
    /// Time at which the stack instance drift detection operation was initiated.
    pub timestamp: DateTime,
}

/// The model's `StackInstanceStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackInstanceStatus {
    /// `CURRENT`
    #[default]
    #[shape(name = "CURRENT")]
    Current,
    /// `OUTDATED`
    #[shape(name = "OUTDATED")]
    Outdated,
    /// `INOPERABLE`
    #[shape(name = "INOPERABLE")]
    Inoperable,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The structure that contains summary information about a stack instance.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackInstanceSummary {
    /// The name or unique ID of the StackSet that the stack instance is associated with.
    pub stack_set_id: Option<String>,
    /// The name of the Amazon Web Services Region that the stack instance is associated with.
    pub region: Option<String>,
    /// \[Self-managed permissions\] The name of the Amazon Web Services account that the stack
    /// instance is associated with.
    pub account: Option<String>,
    /// The ID of the stack instance.
    pub stack_id: Option<String>,
    /// The status of the stack instance, in terms of its synchronization with its associated stack
    /// set.
    pub status: Option<StackInstanceStatus>,
    /// The explanation for the specific status code assigned to this stack instance.
    pub status_reason: Option<String>,
    /// The detailed status of the stack instance.
    pub stack_instance_status: Option<StackInstanceComprehensiveStatus>,
    /// \[Service-managed permissions\] The organization root ID or organizational unit (OU) IDs
    /// that you specified for
    /// [DeploymentTargets](https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DeploymentTargets.html).
    pub organizational_unit_id: Option<String>,
    /// Status of the stack instance's actual configuration compared to the expected template and
    /// parameter configuration of the StackSet it belongs to.
    pub drift_status: Option<StackDriftStatus>,
    /// Most recent time when CloudFormation performed a drift detection operation on the stack
    /// instance. This value will be `NULL` for any stack instance that drift detection hasn't yet
    /// been performed on.
    pub last_drift_check_timestamp: Option<DateTime>,
    /// The last unique ID of a StackSet operation performed on a stack instance.
    pub last_operation_id: Option<String>,
}

/// Describes the stack and the action that CloudFormation will perform on it if you execute the
/// stack refactor.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackRefactorAction {
    /// The action that CloudFormation takes on the stack.
    pub action: Option<StackRefactorActionType>,
    /// The type that will be evaluated in the `StackRefactorAction`. The following are potential
    /// `Entity` types:
    pub entity: Option<StackRefactorActionEntity>,
    /// The name or unique identifier associated with the physical instance of the resource.
    pub physical_resource_id: Option<String>,
    /// A key-value pair that identifies the target resource. The key is an identifier property (for
    /// example, `BucketName` for `AWS::S3::Bucket` resources) and the value is the actual property
    /// value (for example, `MyS3Bucket`).
    pub resource_identifier: Option<String>,
    /// A description to help you identify the refactor.
    pub description: Option<String>,
    /// The detection type is one of the following:
    pub detection: Option<StackRefactorDetection>,
    /// The description of the detection type.
    pub detection_reason: Option<String>,
    /// Assigns one or more tags to specified resources.
    pub tag_resources: Option<Vec<Tag>>,
    /// Removes one or more tags to specified resources.
    pub untag_resources: Option<Vec<String>>,
    /// The mapping for the stack resource `Source` and stack resource `Destination`.
    pub resource_mapping: Option<ResourceMapping>,
}

/// The model's `StackRefactorActionEntity`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackRefactorActionEntity {
    /// `RESOURCE`
    #[default]
    #[shape(name = "RESOURCE")]
    Resource,
    /// `STACK`
    #[shape(name = "STACK")]
    Stack,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `StackRefactorActionType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackRefactorActionType {
    /// `MOVE`
    #[default]
    #[shape(name = "MOVE")]
    Move,
    /// `CREATE`
    #[shape(name = "CREATE")]
    Create,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `StackRefactorDetection`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackRefactorDetection {
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

/// The model's `StackRefactorExecutionStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackRefactorExecutionStatus {
    /// `UNAVAILABLE`
    #[default]
    #[shape(name = "UNAVAILABLE")]
    Unavailable,
    /// `AVAILABLE`
    #[shape(name = "AVAILABLE")]
    Available,
    /// `OBSOLETE`
    #[shape(name = "OBSOLETE")]
    Obsolete,
    /// `EXECUTE_IN_PROGRESS`
    #[shape(name = "EXECUTE_IN_PROGRESS")]
    ExecuteInProgress,
    /// `EXECUTE_COMPLETE`
    #[shape(name = "EXECUTE_COMPLETE")]
    ExecuteComplete,
    /// `EXECUTE_FAILED`
    #[shape(name = "EXECUTE_FAILED")]
    ExecuteFailed,
    /// `ROLLBACK_IN_PROGRESS`
    #[shape(name = "ROLLBACK_IN_PROGRESS")]
    RollbackInProgress,
    /// `ROLLBACK_COMPLETE`
    #[shape(name = "ROLLBACK_COMPLETE")]
    RollbackComplete,
    /// `ROLLBACK_FAILED`
    #[shape(name = "ROLLBACK_FAILED")]
    RollbackFailed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `StackRefactorStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackRefactorStatus {
    /// `CREATE_IN_PROGRESS`
    #[default]
    #[shape(name = "CREATE_IN_PROGRESS")]
    CreateInProgress,
    /// `CREATE_COMPLETE`
    #[shape(name = "CREATE_COMPLETE")]
    CreateComplete,
    /// `CREATE_FAILED`
    #[shape(name = "CREATE_FAILED")]
    CreateFailed,
    /// `DELETE_IN_PROGRESS`
    #[shape(name = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    /// `DELETE_COMPLETE`
    #[shape(name = "DELETE_COMPLETE")]
    DeleteComplete,
    /// `DELETE_FAILED`
    #[shape(name = "DELETE_FAILED")]
    DeleteFailed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The summary of a stack refactor operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackRefactorSummary {
    /// The ID associated with the stack refactor created from the `CreateStackRefactor` action.
    pub stack_refactor_id: Option<String>,
    /// A description to help you identify the refactor.
    pub description: Option<String>,
    /// The operation status that's provided after calling the `ExecuteStackRefactor` action.
    pub execution_status: Option<StackRefactorExecutionStatus>,
    /// A detailed explanation for the stack refactor `ExecutionStatus`.
    pub execution_status_reason: Option<String>,
    /// The stack refactor operation status that's provided after calling the `CreateStackRefactor`
    /// action.
    pub status: Option<StackRefactorStatus>,
    /// A detailed explanation for the stack refactor `Status`.
    pub status_reason: Option<String>,
}

/// Contains detailed information about the specified stack resource.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackResourceDetail {
    /// The name associated with the stack.
    pub stack_name: Option<String>,
    /// Unique identifier of the stack.
    pub stack_id: Option<String>,
    /// The logical name of the resource specified in the template.
    pub logical_resource_id: String,
    /// The name or unique identifier that corresponds to a physical instance ID of a resource
    /// supported by CloudFormation.
    pub physical_resource_id: Option<String>,
    /// Type of resource. For more information, see [Amazon Web Services resource and property types
    /// reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html)
    /// in the *CloudFormation User Guide*.
    pub resource_type: String,
    /// Time the status was updated.
    pub last_updated_timestamp: DateTime,
    /// Current status of the resource.
    pub resource_status: ResourceStatus,
    /// Success/failure message associated with the resource.
    pub resource_status_reason: Option<String>,
    /// User defined description associated with the resource.
    pub description: Option<String>,
    /// The content of the `Metadata` attribute declared for the resource. For more information, see
    /// [Metadata
    /// attribute](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-metadata.html)
    /// in the *CloudFormation User Guide*.
    pub metadata: Option<String>,
    /// Information about whether the resource's actual configuration differs, or has *drifted*,
    /// from its expected configuration, as defined in the stack template and any values specified
    /// as template parameters. For more information, see [Detect unmanaged configuration changes to
    /// stacks and resources with drift
    /// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html).
    pub drift_information: Option<StackResourceDriftInformation>,
    /// Contains information about the module from which the resource was created, if the resource
    /// was created from a module included in the stack template.
    pub module_info: Option<ModuleInfo>,
}

/// Contains the drift information for a resource that has been checked for drift. This includes
/// actual and expected property values for resources in which CloudFormation has detected drift.
/// Only resource properties explicitly defined in the stack template are checked for drift. For
/// more information, see [Detect unmanaged configuration changes to stacks and resources with drift
/// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackResourceDrift {
    /// The ID of the stack.
    pub stack_id: String,
    /// The logical name of the resource specified in the template.
    pub logical_resource_id: String,
    /// The name or unique identifier that corresponds to a physical instance ID of a resource
    /// supported by CloudFormation.
    pub physical_resource_id: Option<String>,
    /// Context information that enables CloudFormation to uniquely identify a resource.
    /// CloudFormation uses context key-value pairs in cases where a resource's logical and physical
    /// IDs aren't enough to uniquely identify that resource. Each context key-value pair specifies
    /// a unique resource that contains the targeted resource.
    pub physical_resource_id_context: Option<Vec<PhysicalResourceIdContextKeyValuePair>>,
    /// The type of the resource.
    pub resource_type: String,
    /// A JSON structure that contains the expected property values of the stack resource, as
    /// defined in the stack template and any values specified as template parameters.
    pub expected_properties: Option<String>,
    /// A JSON structure that contains the actual property values of the stack resource.
    pub actual_properties: Option<String>,
    /// A collection of the resource properties whose actual values differ from their expected
    /// values. These will be present only for resources whose `StackResourceDriftStatus` is
    /// `MODIFIED`.
    pub property_differences: Option<Vec<PropertyDifference>>,
    /// Status of the resource's actual configuration compared to its expected configuration.
    pub stack_resource_drift_status: StackResourceDriftStatus,
    /// Time at which CloudFormation performed drift detection on the stack resource.
    pub timestamp: DateTime,
    /// Contains information about the module from which the resource was created, if the resource
    /// was created from a module included in the stack template.
    pub module_info: Option<ModuleInfo>,
    /// The reason for the drift status.
    pub drift_status_reason: Option<String>,
}

/// Contains information about whether the resource's actual configuration differs, or has
/// *drifted*, from its expected configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackResourceDriftInformation {
    /// Status of the resource's actual configuration compared to its expected configuration
    pub stack_resource_drift_status: StackResourceDriftStatus,
    /// When CloudFormation last checked if the resource had drifted from its expected
    /// configuration.
    pub last_check_timestamp: Option<DateTime>,
}

/// Summarizes information about whether the resource's actual configuration differs, or has
/// *drifted*, from its expected configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackResourceDriftInformationSummary {
    /// Status of the resource's actual configuration compared to its expected configuration.
    pub stack_resource_drift_status: StackResourceDriftStatus,
    /// When CloudFormation last checked if the resource had drifted from its expected
    /// configuration.
    pub last_check_timestamp: Option<DateTime>,
}

/// The model's `StackResourceDriftStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackResourceDriftStatus {
    /// `IN_SYNC`
    #[default]
    #[shape(name = "IN_SYNC")]
    InSync,
    /// `MODIFIED`
    #[shape(name = "MODIFIED")]
    Modified,
    /// `DELETED`
    #[shape(name = "DELETED")]
    Deleted,
    /// `NOT_CHECKED`
    #[shape(name = "NOT_CHECKED")]
    NotChecked,
    /// `UNKNOWN`
    #[shape(name = "UNKNOWN")]
    Unknown,
    /// `UNSUPPORTED`
    #[shape(name = "UNSUPPORTED")]
    Unsupported,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Other(String),
}

/// The `StackResource` data type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "StackResource")]
pub struct StackResourceShape {
    /// The name associated with the stack.
    pub stack_name: Option<String>,
    /// Unique identifier of the stack.
    pub stack_id: Option<String>,
    /// The logical name of the resource specified in the template.
    pub logical_resource_id: String,
    /// The name or unique identifier that corresponds to a physical instance ID of a resource
    /// supported by CloudFormation.
    pub physical_resource_id: Option<String>,
    /// Type of resource. For more information, see [Amazon Web Services resource and property types
    /// reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html)
    /// in the *CloudFormation User Guide*.
    pub resource_type: String,
    /// Time the status was updated.
    pub timestamp: DateTime,
    /// Current status of the resource.
    pub resource_status: ResourceStatus,
    /// Success/failure message associated with the resource.
    pub resource_status_reason: Option<String>,
    /// User defined description associated with the resource.
    pub description: Option<String>,
    /// Information about whether the resource's actual configuration differs, or has *drifted*,
    /// from its expected configuration, as defined in the stack template and any values specified
    /// as template parameters. For more information, see [Detect unmanaged configuration changes to
    /// stacks and resources with drift
    /// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html).
    pub drift_information: Option<StackResourceDriftInformation>,
    /// Contains information about the module from which the resource was created, if the resource
    /// was created from a module included in the stack template.
    pub module_info: Option<ModuleInfo>,
}

/// Contains high-level information about the specified stack resource.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "StackResourceSummary")]
pub struct StackResourceSummaryShape {
    /// The logical name of the resource specified in the template.
    pub logical_resource_id: String,
    /// The name or unique identifier that corresponds to a physical instance ID of the resource.
    pub physical_resource_id: Option<String>,
    /// Type of resource. (For more information, see [Amazon Web Services resource and property
    /// types
    /// reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html)
    /// in the *CloudFormation User Guide*.)
    pub resource_type: String,
    /// Time the status was updated.
    pub last_updated_timestamp: DateTime,
    /// Current status of the resource.
    pub resource_status: ResourceStatus,
    /// Success/failure message associated with the resource.
    pub resource_status_reason: Option<String>,
    /// Information about whether the resource's actual configuration differs, or has *drifted*,
    /// from its expected configuration, as defined in the stack template and any values specified
    /// as template parameters. For more information, see [Detect unmanaged configuration changes to
    /// stacks and resources with drift
    /// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html).
    pub drift_information: Option<StackResourceDriftInformationSummary>,
    /// Contains information about the module from which the resource was created, if the resource
    /// was created from a module included in the stack template.
    pub module_info: Option<ModuleInfo>,
}

/// A structure that contains information about a StackSet. With StackSets, you can provision stacks
/// across Amazon Web Services accounts and Regions from a single CloudFormation template. Each
/// stack is based on the same CloudFormation template, but you can customize individual stacks
/// using parameters.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackSet {
    /// The name that's associated with the StackSet.
    pub stack_set_name: Option<String>,
    /// The ID of the StackSet.
    pub stack_set_id: Option<String>,
    /// A description of the StackSet that you specify when the StackSet is created or updated.
    pub description: Option<String>,
    /// The status of the StackSet.
    pub status: Option<StackSetStatus>,
    /// The structure that contains the body of the template that was used to create or update the
    /// StackSet.
    pub template_body: Option<String>,
    /// A list of input parameters for a StackSet.
    pub parameters: Option<Vec<Parameter>>,
    /// The capabilities that are allowed in the StackSet. Some StackSet templates might include
    /// resources that can affect permissions in your Amazon Web Services account—for example, by
    /// creating new Identity and Access Management (IAM) users. For more information, see
    /// [Acknowledging IAM resources in CloudFormation
    /// templates](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/control-access-with-iam.html#using-iam-capabilities).
    pub capabilities: Option<Vec<Capability>>,
    /// A list of tags that specify information about the StackSet. A maximum number of 50 tags can
    /// be specified.
    pub tags: Option<Vec<Tag>>,
    /// The Amazon Resource Name (ARN) of the StackSet.
    #[shape(name = "StackSetARN")]
    pub stack_set_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM role used to create or update the stack set.
    #[shape(name = "AdministrationRoleARN")]
    pub administration_role_arn: Option<String>,
    /// The name of the IAM execution role used to create or update the StackSet.
    pub execution_role_name: Option<String>,
    /// Detailed information about the drift status of the StackSet.
    pub stack_set_drift_detection_details: Option<StackSetDriftDetectionDetails>,
    /// Describes whether StackSets automatically deploys to Organizations accounts that are added
    /// to a target organization or organizational unit (OU). Valid only if the StackSet uses
    /// service-managed permissions.
    pub auto_deployment: Option<AutoDeployment>,
    /// Describes how the IAM roles required for StackSet operations are created.
    pub permission_model: Option<PermissionModels>,
    /// \[Service-managed permissions\] The organization root ID or organizational unit (OU) IDs
    /// that you specified for
    /// [DeploymentTargets](https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DeploymentTargets.html).
    pub organizational_unit_ids: Option<Vec<String>>,
    /// Describes whether StackSets performs non-conflicting operations concurrently and queues
    /// conflicting operations.
    pub managed_execution: Option<ManagedExecution>,
    /// Returns a list of all Amazon Web Services Regions the given StackSet has stack instances
    /// deployed in. The Amazon Web Services Regions list output is in no particular order.
    pub regions: Option<Vec<String>>,
}

/// One of the targets for the StackSet. Returned by the
/// [ListStackSetAutoDeploymentTargets](https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ListStackSetAutoDeploymentTargets.html)
/// API operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackSetAutoDeploymentTargetSummary {
    /// The organization root ID or organizational unit (OU) IDs where the StackSet is targeted.
    pub organizational_unit_id: Option<String>,
    /// The list of Regions targeted for this organization or OU.
    pub regions: Option<Vec<String>>,
}

/// Detailed information about the drift status of the StackSet.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackSetDriftDetectionDetails {
    /// Status of the StackSet's actual configuration compared to its expected template and
    /// parameter configuration.
    pub drift_status: Option<StackSetDriftStatus>,
    /// The status of the StackSet drift detection operation.
    pub drift_detection_status: Option<StackSetDriftDetectionStatus>,
    /// Most recent time when CloudFormation performed a drift detection operation on the StackSet.
    /// This value will be `NULL` for any StackSet that drift detection hasn't yet been performed
    /// on.
    pub last_drift_check_timestamp: Option<DateTime>,
    /// The total number of stack instances belonging to this StackSet.
    pub total_stack_instances_count: Option<i32>,
    /// The number of stack instances that have drifted from the expected template and parameter
    /// configuration of the StackSet. A stack instance is considered to have drifted if one or more
    /// of the resources in the associated stack don't match their expected configuration.
    pub drifted_stack_instances_count: Option<i32>,
    /// The number of stack instances which match the expected template and parameter configuration
    /// of the StackSet.
    pub in_sync_stack_instances_count: Option<i32>,
    /// The number of stack instances that are currently being checked for drift.
    pub in_progress_stack_instances_count: Option<i32>,
    /// The number of stack instances for which the drift detection operation failed.
    pub failed_stack_instances_count: Option<i32>,
}

/// The model's `StackSetDriftDetectionStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackSetDriftDetectionStatus {
    /// `COMPLETED`
    #[default]
    #[shape(name = "COMPLETED")]
    Completed,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `PARTIAL_SUCCESS`
    #[shape(name = "PARTIAL_SUCCESS")]
    PartialSuccess,
    /// `IN_PROGRESS`
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `STOPPED`
    #[shape(name = "STOPPED")]
    Stopped,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `StackSetDriftStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackSetDriftStatus {
    /// `DRIFTED`
    #[default]
    #[shape(name = "DRIFTED")]
    Drifted,
    /// `IN_SYNC`
    #[shape(name = "IN_SYNC")]
    InSync,
    /// `NOT_CHECKED`
    #[shape(name = "NOT_CHECKED")]
    NotChecked,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The structure that contains information about a StackSet operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackSetOperation {
    /// The unique ID of a StackSet operation.
    pub operation_id: Option<String>,
    /// The ID of the StackSet.
    pub stack_set_id: Option<String>,
    /// The type of StackSet operation: `CREATE`, `UPDATE`, or `DELETE`. Create and delete
    /// operations affect only the specified stack instances that are associated with the specified
    /// StackSet. Update operations affect both the StackSet itself, in addition to *all* associated
    /// stack instances.
    pub action: Option<StackSetOperationAction>,
    /// The status of the operation.
    pub status: Option<StackSetOperationStatus>,
    /// The preferences for how CloudFormation performs this StackSet operation.
    pub operation_preferences: Option<StackSetOperationPreferences>,
    /// For StackSet operations of action type `DELETE`, specifies whether to remove the stack
    /// instances from the specified StackSet, but doesn't delete the stacks. You can't re-associate
    /// a retained stack, or add an existing, saved stack to a new StackSet.
    pub retain_stacks: Option<bool>,
    /// The Amazon Resource Name (ARN) of the IAM role used to perform this StackSet operation.
    #[shape(name = "AdministrationRoleARN")]
    pub administration_role_arn: Option<String>,
    /// The name of the IAM execution role used to create or update the StackSet.
    pub execution_role_name: Option<String>,
    /// The time at which the operation was initiated. Note that the creation times for the stack
    /// set operation might differ from the creation time of the individual stacks themselves. This
    /// is because CloudFormation needs to perform preparatory work for the operation, such as
    /// dispatching the work to the requested Regions, before actually creating the first stacks.
    pub creation_timestamp: Option<DateTime>,
    /// The time at which the StackSet operation ended, across all accounts and Regions specified.
    /// Note that this doesn't necessarily mean that the StackSet operation was successful, or even
    /// attempted, in each account or Region.
    pub end_timestamp: Option<DateTime>,
    /// The Organizations accounts affected by the stack operation. Valid only if the StackSet uses
    /// service-managed permissions.
    pub deployment_targets: Option<DeploymentTargets>,
    /// Detailed information about the drift status of the StackSet. This includes information about
    /// drift operations currently being performed on the StackSet.
    pub stack_set_drift_detection_details: Option<StackSetDriftDetectionDetails>,
    /// The status of the operation in details.
    pub status_reason: Option<String>,
    /// Detailed information about the StackSet operation.
    pub status_details: Option<StackSetOperationStatusDetails>,
}

/// The model's `StackSetOperationAction`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackSetOperationAction {
    /// `CREATE`
    #[default]
    #[shape(name = "CREATE")]
    Create,
    /// `UPDATE`
    #[shape(name = "UPDATE")]
    Update,
    /// `DELETE`
    #[shape(name = "DELETE")]
    Delete,
    /// `DETECT_DRIFT`
    #[shape(name = "DETECT_DRIFT")]
    DetectDrift,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The user-specified preferences for how CloudFormation performs a StackSet operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackSetOperationPreferences {
    /// The concurrency type of deploying StackSets operations in Regions, could be in parallel or
    /// one Region at a time.
    pub region_concurrency_type: Option<RegionConcurrencyType>,
    /// The order of the Regions where you want to perform the stack operation.
    pub region_order: Option<Vec<String>>,
    /// The number of accounts per Region this operation can fail in before CloudFormation stops the
    /// operation in that Region. If the operation is stopped in a Region, CloudFormation doesn't
    /// attempt the operation in any subsequent Regions.
    pub failure_tolerance_count: Option<i32>,
    /// The percentage of accounts per Region this stack operation can fail in before CloudFormation
    /// stops the operation in that Region. If the operation is stopped in a Region, CloudFormation
    /// doesn't attempt the operation in any subsequent Regions.
    pub failure_tolerance_percentage: Option<i32>,
    /// The maximum number of accounts in which to perform this operation at one time. This can
    /// depend on the value of `FailureToleranceCount` depending on your `ConcurrencyMode`.
    /// `MaxConcurrentCount` is at most one more than the `FailureToleranceCount` if you're using
    /// `STRICT_FAILURE_TOLERANCE`.
    pub max_concurrent_count: Option<i32>,
    /// The maximum percentage of accounts in which to perform this operation at one time.
    pub max_concurrent_percentage: Option<i32>,
    /// Specifies how the concurrency level behaves during the operation execution.
    pub concurrency_mode: Option<ConcurrencyMode>,
}

/// The model's `StackSetOperationResultStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackSetOperationResultStatus {
    /// `PENDING`
    #[default]
    #[shape(name = "PENDING")]
    Pending,
    /// `RUNNING`
    #[shape(name = "RUNNING")]
    Running,
    /// `SUCCEEDED`
    #[shape(name = "SUCCEEDED")]
    Succeeded,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `CANCELLED`
    #[shape(name = "CANCELLED")]
    Cancelled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The structure that contains information about a specified operation's results for a given
/// account in a given Region.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackSetOperationResultSummary {
    /// \[Self-managed permissions\] The name of the Amazon Web Services account for this operation
    /// result.
    pub account: Option<String>,
    /// The name of the Amazon Web Services Region for this operation result.
    pub region: Option<String>,
    /// The result status of the StackSet operation for the given account in the given Region.
    pub status: Option<StackSetOperationResultStatus>,
    /// The reason for the assigned result status.
    pub status_reason: Option<String>,
    /// The results of the account gate function CloudFormation invokes, if present, before
    /// proceeding with StackSet operations in an account.
    pub account_gate_result: Option<AccountGateResult>,
    /// \[Service-managed permissions\] The organization root ID or organizational unit (OU) IDs
    /// that you specified for
    /// [DeploymentTargets](https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_DeploymentTargets.html).
    pub organizational_unit_id: Option<String>,
}

/// The model's `StackSetOperationStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackSetOperationStatus {
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
    /// `STOPPING`
    #[shape(name = "STOPPING")]
    Stopping,
    /// `STOPPED`
    #[shape(name = "STOPPED")]
    Stopped,
    /// `QUEUED`
    #[shape(name = "QUEUED")]
    Queued,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Detailed information about the StackSet operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackSetOperationStatusDetails {
    /// The number of stack instances for which the StackSet operation failed.
    pub failed_stack_instances_count: Option<i32>,
}

/// The structures that contain summary information about the specified operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackSetOperationSummary {
    /// The unique ID of the StackSet operation.
    pub operation_id: Option<String>,
    /// The type of operation: `CREATE`, `UPDATE`, or `DELETE`. Create and delete operations affect
    /// only the specified stack instances that are associated with the specified StackSet. Update
    /// operations affect both the StackSet itself and *all* associated StackSet instances.
    pub action: Option<StackSetOperationAction>,
    /// The overall status of the operation.
    pub status: Option<StackSetOperationStatus>,
    /// The time at which the operation was initiated. Note that the creation times for the StackSet
    /// operation might differ from the creation time of the individual stacks themselves. This is
    /// because CloudFormation needs to perform preparatory work for the operation, such as
    /// dispatching the work to the requested Regions, before actually creating the first stacks.
    pub creation_timestamp: Option<DateTime>,
    /// The time at which the StackSet operation ended, across all accounts and Regions specified.
    /// Note that this doesn't necessarily mean that the StackSet operation was successful, or even
    /// attempted, in each account or Region.
    pub end_timestamp: Option<DateTime>,
    /// The status of the operation in details.
    pub status_reason: Option<String>,
    /// Detailed information about the StackSet operation.
    pub status_details: Option<StackSetOperationStatusDetails>,
    /// The user-specified preferences for how CloudFormation performs a StackSet operation.
    pub operation_preferences: Option<StackSetOperationPreferences>,
}

/// The model's `StackSetStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackSetStatus {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `DELETED`
    #[shape(name = "DELETED")]
    Deleted,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The structures that contain summary information about the specified StackSet.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackSetSummary {
    /// The name of the StackSet.
    pub stack_set_name: Option<String>,
    /// The ID of the StackSet.
    pub stack_set_id: Option<String>,
    /// A description of the StackSet that you specify when the StackSet is created or updated.
    pub description: Option<String>,
    /// The status of the StackSet.
    pub status: Option<StackSetStatus>,
    /// \[Service-managed permissions\] Describes whether StackSets automatically deploys to
    /// Organizations accounts that are added to a target organizational unit (OU).
    pub auto_deployment: Option<AutoDeployment>,
    /// Describes how the IAM roles required for StackSet operations are created.
    pub permission_model: Option<PermissionModels>,
    /// Status of the StackSet's actual configuration compared to its expected template and
    /// parameter configuration.
    pub drift_status: Option<StackDriftStatus>,
    /// Most recent time when CloudFormation performed a drift detection operation on the StackSet.
    /// This value will be `NULL` for any StackSet that drift detection hasn't yet been performed
    /// on.
    pub last_drift_check_timestamp: Option<DateTime>,
    /// Describes whether StackSets performs non-conflicting operations concurrently and queues
    /// conflicting operations.
    pub managed_execution: Option<ManagedExecution>,
}

/// The `Stack` data type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Stack")]
pub struct StackShape {
    /// Unique identifier of the stack.
    pub stack_id: Option<String>,
    /// The name associated with the stack.
    pub stack_name: String,
    /// The unique ID of the change set.
    pub change_set_id: Option<String>,
    /// A user-defined description associated with the stack.
    pub description: Option<String>,
    /// A list of `Parameter` structures.
    pub parameters: Option<Vec<Parameter>>,
    /// The time at which the stack was created.
    pub creation_time: DateTime,
    /// The time the stack was deleted.
    pub deletion_time: Option<DateTime>,
    /// The time the stack was last updated. This field will only be returned if the stack has been
    /// updated at least once.
    pub last_updated_time: Option<DateTime>,
    /// The rollback triggers for CloudFormation to monitor during stack creation and updating
    /// operations, and for the specified monitoring period afterwards.
    pub rollback_configuration: Option<RollbackConfiguration>,
    /// Current status of the stack.
    pub stack_status: StackStatus,
    /// Success/failure message associated with the stack status.
    pub stack_status_reason: Option<String>,
    /// Boolean to enable or disable rollback on stack creation failures:
    pub disable_rollback: Option<bool>,
    /// Amazon SNS topic Amazon Resource Names (ARNs) to which stack related events are published.
    #[shape(name = "NotificationARNs")]
    pub notification_arns: Option<Vec<String>>,
    /// The amount of time within which stack creation should complete.
    pub timeout_in_minutes: Option<i32>,
    /// The capabilities allowed in the stack.
    pub capabilities: Option<Vec<Capability>>,
    /// A list of output structures.
    pub outputs: Option<Vec<Output>>,
    /// The Amazon Resource Name (ARN) of an IAM role that's associated with the stack. During a
    /// stack operation, CloudFormation uses this role's credentials to make calls on your behalf.
    #[shape(name = "RoleARN")]
    pub role_arn: Option<String>,
    /// A list of `Tag`s that specify information about the stack.
    pub tags: Option<Vec<Tag>>,
    /// Whether termination protection is enabled for the stack.
    pub enable_termination_protection: Option<bool>,
    /// For nested stacks, the stack ID of the direct parent of this stack. For the first level of
    /// nested stacks, the root stack is also the parent stack.
    pub parent_id: Option<String>,
    /// For nested stacks, the stack ID of the top-level stack to which the nested stack ultimately
    /// belongs.
    pub root_id: Option<String>,
    /// Information about whether a stack's actual configuration differs, or has *drifted*, from its
    /// expected configuration, as defined in the stack template and any values specified as
    /// template parameters. For more information, see [Detect unmanaged configuration changes to
    /// stacks and resources with drift
    /// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html).
    pub drift_information: Option<StackDriftInformation>,
    /// When set to `true`, newly created resources are deleted when the operation rolls back. This
    /// includes newly created resources marked with a deletion policy of `Retain`.
    pub retain_except_on_create: Option<bool>,
    /// Specifies the deletion mode for the stack. Possible values are:
    pub deletion_mode: Option<DeletionMode>,
    /// The detailed status of the resource or stack. If `CONFIGURATION_COMPLETE` is present, the
    /// resource or resource configuration phase has completed and the stabilization of the
    /// resources is in progress. The StackSets `CONFIGURATION_COMPLETE` when all of the resources
    /// in the stack have reached that event. For more information, see [Understand CloudFormation
    /// stack creation
    /// events](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stack-resource-configuration-complete.html)
    /// in the *CloudFormation User Guide*.
    pub detailed_status: Option<DetailedStatus>,
    /// Information about the most recent operations performed on this stack.
    pub last_operations: Option<Vec<OperationEntry>>,
}

/// The model's `StackStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StackStatus {
    /// `CREATE_IN_PROGRESS`
    #[default]
    #[shape(name = "CREATE_IN_PROGRESS")]
    CreateInProgress,
    /// `CREATE_FAILED`
    #[shape(name = "CREATE_FAILED")]
    CreateFailed,
    /// `CREATE_COMPLETE`
    #[shape(name = "CREATE_COMPLETE")]
    CreateComplete,
    /// `ROLLBACK_IN_PROGRESS`
    #[shape(name = "ROLLBACK_IN_PROGRESS")]
    RollbackInProgress,
    /// `ROLLBACK_FAILED`
    #[shape(name = "ROLLBACK_FAILED")]
    RollbackFailed,
    /// `ROLLBACK_COMPLETE`
    #[shape(name = "ROLLBACK_COMPLETE")]
    RollbackComplete,
    /// `DELETE_IN_PROGRESS`
    #[shape(name = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    /// `DELETE_FAILED`
    #[shape(name = "DELETE_FAILED")]
    DeleteFailed,
    /// `DELETE_COMPLETE`
    #[shape(name = "DELETE_COMPLETE")]
    DeleteComplete,
    /// `UPDATE_IN_PROGRESS`
    #[shape(name = "UPDATE_IN_PROGRESS")]
    UpdateInProgress,
    /// `UPDATE_COMPLETE_CLEANUP_IN_PROGRESS`
    #[shape(name = "UPDATE_COMPLETE_CLEANUP_IN_PROGRESS")]
    UpdateCompleteCleanupInProgress,
    /// `UPDATE_COMPLETE`
    #[shape(name = "UPDATE_COMPLETE")]
    UpdateComplete,
    /// `UPDATE_FAILED`
    #[shape(name = "UPDATE_FAILED")]
    UpdateFailed,
    /// `UPDATE_ROLLBACK_IN_PROGRESS`
    #[shape(name = "UPDATE_ROLLBACK_IN_PROGRESS")]
    UpdateRollbackInProgress,
    /// `UPDATE_ROLLBACK_FAILED`
    #[shape(name = "UPDATE_ROLLBACK_FAILED")]
    UpdateRollbackFailed,
    /// `UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS`
    #[shape(name = "UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS")]
    UpdateRollbackCompleteCleanupInProgress,
    /// `UPDATE_ROLLBACK_COMPLETE`
    #[shape(name = "UPDATE_ROLLBACK_COMPLETE")]
    UpdateRollbackComplete,
    /// `REVIEW_IN_PROGRESS`
    #[shape(name = "REVIEW_IN_PROGRESS")]
    ReviewInProgress,
    /// `IMPORT_IN_PROGRESS`
    #[shape(name = "IMPORT_IN_PROGRESS")]
    ImportInProgress,
    /// `IMPORT_COMPLETE`
    #[shape(name = "IMPORT_COMPLETE")]
    ImportComplete,
    /// `IMPORT_ROLLBACK_IN_PROGRESS`
    #[shape(name = "IMPORT_ROLLBACK_IN_PROGRESS")]
    ImportRollbackInProgress,
    /// `IMPORT_ROLLBACK_FAILED`
    #[shape(name = "IMPORT_ROLLBACK_FAILED")]
    ImportRollbackFailed,
    /// `IMPORT_ROLLBACK_COMPLETE`
    #[shape(name = "IMPORT_ROLLBACK_COMPLETE")]
    ImportRollbackComplete,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The `StackSummary` Data Type
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StackSummary {
    /// Unique stack identifier.
    pub stack_id: Option<String>,
    /// The name associated with the stack.
    pub stack_name: String,
    /// The template description of the template used to create the stack.
    pub template_description: Option<String>,
    /// The time the stack was created.
    pub creation_time: DateTime,
    /// The time the stack was last updated. This field will only be returned if the stack has been
    /// updated at least once.
    pub last_updated_time: Option<DateTime>,
    /// The time the stack was deleted.
    pub deletion_time: Option<DateTime>,
    /// The current status of the stack.
    pub stack_status: StackStatus,
    /// Success/Failure message associated with the stack status.
    pub stack_status_reason: Option<String>,
    /// For nested stacks, the stack ID of the direct parent of this stack. For the first level of
    /// nested stacks, the root stack is also the parent stack.
    pub parent_id: Option<String>,
    /// For nested stacks, the stack ID of the top-level stack to which the nested stack ultimately
    /// belongs.
    pub root_id: Option<String>,
    /// Summarizes information about whether a stack's actual configuration differs, or has
    /// *drifted*, from its expected configuration, as defined in the stack template and any values
    /// specified as template parameters. For more information, see [Detect unmanaged configuration
    /// changes to stacks and resources with drift
    /// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html).
    pub drift_information: Option<StackDriftInformationSummary>,
    /// Information about the most recent operations performed on this stack.
    pub last_operations: Option<Vec<OperationEntry>>,
}

/// The input of `StartResourceScan`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartResourceScanInput {
    /// A unique identifier for this `StartResourceScan` request. Specify this token if you plan to
    /// retry requests so that CloudFormation knows that you're not attempting to start a new
    /// resource scan.
    pub client_request_token: Option<String>,
    /// The scan filters to use.
    pub scan_filters: Option<Vec<ScanFilter>>,
}

/// The output of `StartResourceScan`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartResourceScanOutput {
    /// The Amazon Resource Name (ARN) of the resource scan. The format is
    /// `arn:${Partition}:cloudformation:${Region}:${Account}:resourceScan/${Id}`. An example is
    /// `arn:aws:cloudformation:*us-east-1*:*123456789012*:resourceScan/*f5b490f7-7ed4-428a-aa06-31ff25db0772*
    /// `.
    pub resource_scan_id: Option<String>,
}

/// The input of `StopStackSetOperation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopStackSetOperationInput {
    /// The name or unique ID of the StackSet that you want to stop the operation for.
    pub stack_set_name: String,
    /// The ID of the stack operation.
    pub operation_id: String,
    /// Specifies whether you are acting as an account administrator in the organization's
    /// management account or as a delegated administrator in a member account. Valid only if the
    /// StackSet uses service-managed permissions.
    pub call_as: Option<CallAs>,
}

/// The output of `StopStackSetOperation`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopStackSetOperationOutput {}

/// The Tag type enables you to specify a key-value pair that can be used to store information about
/// an CloudFormation stack.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// A string used to identify this tag. You can specify a maximum of 128 characters for a tag
    /// key. Tags owned by Amazon Web Services have the reserved prefix: `aws:`.
    pub key: String,
    /// A string that contains the value for this tag. You can specify a maximum of 256 characters
    /// for a tag value.
    pub value: String,
}

/// The configuration details of a generated template.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TemplateConfiguration {
    /// The `DeletionPolicy` assigned to resources in the generated template. Supported values are:
    pub deletion_policy: Option<GeneratedTemplateDeletionPolicy>,
    /// The `UpdateReplacePolicy` assigned to resources in the generated template. Supported values
    /// are:
    pub update_replace_policy: Option<GeneratedTemplateUpdateReplacePolicy>,
}

/// The model's `TemplateFormat`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TemplateFormat {
    /// `JSON`
    #[default]
    #[shape(name = "JSON")]
    Json,
    /// `YAML`
    #[shape(name = "YAML")]
    Yaml,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The `TemplateParameter` data type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TemplateParameter {
    /// The name associated with the parameter.
    pub parameter_key: Option<String>,
    /// The default value associated with the parameter.
    pub default_value: Option<String>,
    /// Flag indicating whether the parameter should be displayed as plain text in logs and UIs.
    pub no_echo: Option<bool>,
    /// User defined description associated with the parameter.
    pub description: Option<String>,
}

/// A summary of the progress of the template generation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TemplateProgress {
    /// The number of resources that succeeded the template generation.
    pub resources_succeeded: Option<i32>,
    /// The number of resources that failed the template generation.
    pub resources_failed: Option<i32>,
    /// The number of resources that are in-process for the template generation.
    pub resources_processing: Option<i32>,
    /// The number of resources that are still pending the template generation.
    pub resources_pending: Option<i32>,
}

/// The model's `TemplateStage`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TemplateStage {
    /// `Original`
    #[default]
    Original,
    /// `Processed`
    Processed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The summary of a generated template.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TemplateSummary {
    /// The Amazon Resource Name (ARN) of the generated template. The format is
    /// `arn:${Partition}:cloudformation:${Region}:${Account}:generatedtemplate/${Id}`. For example,
    /// `arn:aws:cloudformation:*us-east-1*:*123456789012*:generatedtemplate/*2e8465c1-9a80-43ea-a3a3-4f2d692fe6dc*
    /// `.
    pub generated_template_id: Option<String>,
    /// The name of the generated template.
    pub generated_template_name: Option<String>,
    /// The status of the template generation. Supported values are:
    pub status: Option<GeneratedTemplateStatus>,
    /// The reason for the current template generation status. This will provide more details if a
    /// failure happened.
    pub status_reason: Option<String>,
    /// The time the generated template was created.
    pub creation_time: Option<DateTime>,
    /// The time the generated template was last updated.
    pub last_updated_time: Option<DateTime>,
    /// The number of resources in the generated template. This is a total of resources in pending,
    /// in-progress, completed, and failed states.
    pub number_of_resources: Option<i32>,
}

/// Options for the `GetTemplateSummary` API action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TemplateSummaryConfig {
    /// If set to `True`, any unrecognized resource types generate warnings and not an error. Any
    /// unrecognized resource types are returned in the `Warnings` output parameter.
    pub treat_unrecognized_resource_types_as_warnings: Option<bool>,
}

/// The input of `TestType`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TestTypeInput {
    /// The Amazon Resource Name (ARN) of the extension.
    pub arn: Option<String>,
    /// The type of the extension to test.
    pub r#type: Option<ThirdPartyType>,
    /// The name of the extension to test.
    pub type_name: Option<String>,
    /// The version of the extension to test.
    pub version_id: Option<String>,
    /// The S3 bucket to which CloudFormation delivers the contract test execution logs.
    pub log_delivery_bucket: Option<String>,
}

/// The output of `TestType`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TestTypeOutput {
    /// The Amazon Resource Name (ARN) of the extension.
    pub type_version_arn: Option<String>,
}

/// The model's `ThirdPartyType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ThirdPartyType {
    /// `RESOURCE`
    #[default]
    #[shape(name = "RESOURCE")]
    Resource,
    /// `MODULE`
    #[shape(name = "MODULE")]
    Module,
    /// `HOOK`
    #[shape(name = "HOOK")]
    Hook,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Detailed information concerning the specification of a CloudFormation extension in a given
/// account and Region.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TypeConfigurationDetails {
    /// The ARN for the configuration data, in this account and Region.
    pub arn: Option<String>,
    /// The alias specified for this configuration, if one was specified when the configuration was
    /// set.
    pub alias: Option<String>,
    /// A JSON string specifying the configuration data for the extension, in this account and
    /// Region.
    pub configuration: Option<String>,
    /// When the configuration data was last updated for this extension.
    pub last_updated: Option<DateTime>,
    /// The ARN for the extension, in this account and Region.
    pub type_arn: Option<String>,
    /// The name of the extension.
    pub type_name: Option<String>,
    /// Whether this configuration data is the default configuration for the extension.
    pub is_default_configuration: Option<bool>,
}

/// Identifying information for the configuration of a CloudFormation extension.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TypeConfigurationIdentifier {
    /// The ARN for the extension, in this account and Region.
    pub type_arn: Option<String>,
    /// The alias specified for this configuration, if one was specified when the configuration was
    /// set.
    pub type_configuration_alias: Option<String>,
    /// The ARN for the configuration, in this account and Region.
    pub type_configuration_arn: Option<String>,
    /// The type of extension.
    pub r#type: Option<ThirdPartyType>,
    /// The name of the extension type to which this configuration applies.
    pub type_name: Option<String>,
}

/// Filter criteria to use in determining which extensions to return.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TypeFilters {
    /// The category of extensions to return.
    pub category: Option<Category>,
    /// The id of the publisher of the extension.
    pub publisher_id: Option<String>,
    /// A prefix to use as a filter for results.
    pub type_name_prefix: Option<String>,
}

/// Contains summary information about the specified CloudFormation extension.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TypeSummary {
    /// The kind of extension.
    pub r#type: Option<RegistryType>,
    /// The name of the extension.
    pub type_name: Option<String>,
    /// The ID of the default version of the extension. The default version is used when the
    /// extension version isn't specified.
    pub default_version_id: Option<String>,
    /// The ARN of the extension.
    pub type_arn: Option<String>,
    /// When the specified extension version was registered. This applies only to:
    pub last_updated: Option<DateTime>,
    /// The description of the extension.
    pub description: Option<String>,
    /// The ID of the extension publisher, if the extension is published by a third party.
    /// Extensions published by Amazon don't return a publisher ID.
    pub publisher_id: Option<String>,
    /// For public extensions that have been activated for this account and Region, the type name of
    /// the public extension.
    pub original_type_name: Option<String>,
    /// For public extensions that have been activated for this account and Region, the version of
    /// the public extension to be used for CloudFormation operations in this account and Region.
    pub public_version_number: Option<String>,
    /// For public extensions that have been activated for this account and Region, the latest
    /// version of the public extension *that is available*. For any extensions other than activated
    /// third-party extensions, CloudFormation returns `null`.
    pub latest_public_version: Option<String>,
    /// The service used to verify the publisher identity.
    pub publisher_identity: Option<IdentityProvider>,
    /// The publisher name, as defined in the public profile for that publisher in the service used
    /// to verify the publisher identity.
    pub publisher_name: Option<String>,
    /// Whether the extension is activated for this account and Region.
    pub is_activated: Option<bool>,
}

/// The model's `TypeTestsStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TypeTestsStatus {
    /// `PASSED`
    #[default]
    #[shape(name = "PASSED")]
    Passed,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `IN_PROGRESS`
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `NOT_TESTED`
    #[shape(name = "NOT_TESTED")]
    NotTested,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains summary information about a specific version of a CloudFormation extension.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TypeVersionSummary {
    /// The kind of extension.
    pub r#type: Option<RegistryType>,
    /// The name of the extension.
    pub type_name: Option<String>,
    /// The ID of a specific version of the extension. The version ID is the value at the end of the
    /// ARN assigned to the extension version when it's registered.
    pub version_id: Option<String>,
    /// Whether the specified extension version is set as the default version.
    pub is_default_version: Option<bool>,
    /// The ARN of the extension version.
    pub arn: Option<String>,
    /// When the version was registered.
    pub time_created: Option<DateTime>,
    /// The description of the extension version.
    pub description: Option<String>,
    /// For public extensions that have been activated for this account and Region, the version of
    /// the public extension to be used for CloudFormation operations in this account and Region.
    /// For any extensions other than activated third-party extensions, CloudFormation returns
    /// `null`.
    pub public_version_number: Option<String>,
}

/// The input of `UpdateGeneratedTemplate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateGeneratedTemplateInput {
    /// The name or Amazon Resource Name (ARN) of a generated template.
    pub generated_template_name: String,
    /// An optional new name to assign to the generated template.
    pub new_generated_template_name: Option<String>,
    /// An optional list of resources to be added to the generated template.
    pub add_resources: Option<Vec<ResourceDefinition>>,
    /// A list of logical ids for resources to remove from the generated template.
    pub remove_resources: Option<Vec<String>>,
    /// If `true`, update the resource properties in the generated template with their current live
    /// state. This feature is useful when the resource properties in your generated a template does
    /// not reflect the live state of the resource properties. This happens when a user update the
    /// resource properties after generating a template.
    pub refresh_all_resources: Option<bool>,
    /// The configuration details of the generated template, including the `DeletionPolicy` and
    /// `UpdateReplacePolicy`.
    pub template_configuration: Option<TemplateConfiguration>,
}

/// The output of `UpdateGeneratedTemplate`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateGeneratedTemplateOutput {
    /// The Amazon Resource Name (ARN) of the generated template. The format is
    /// `arn:${Partition}:cloudformation:${Region}:${Account}:generatedtemplate/${Id}`. For example,
    /// `arn:aws:cloudformation:*us-east-1*:*123456789012*:generatedtemplate/*2e8465c1-9a80-43ea-a3a3-4f2d692fe6dc*
    /// `.
    pub generated_template_id: Option<String>,
}

/// The input for an `UpdateStack` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateStackInput {
    /// The name or unique stack ID of the stack to update.
    pub stack_name: String,
    /// Structure that contains the template body with a minimum length of 1 byte and a maximum
    /// length of 51,200 bytes.
    pub template_body: Option<String>,
    /// The URL of a file that contains the template body. The URL must point to a template that's
    /// located in an Amazon S3 bucket or a Systems Manager document. The location for an Amazon S3
    /// bucket must start with `https://`.
    #[shape(name = "TemplateURL")]
    pub template_url: Option<String>,
    /// Reuse the existing template that is associated with the stack that you are updating.
    pub use_previous_template: Option<bool>,
    /// Structure that contains the temporary overriding stack policy body. You can specify either
    /// the `StackPolicyDuringUpdateBody` or the `StackPolicyDuringUpdateURL` parameter, but not
    /// both.
    pub stack_policy_during_update_body: Option<String>,
    /// Location of a file that contains the temporary overriding stack policy. The URL must point
    /// to a policy (max size: 16KB) located in an S3 bucket in the same Region as the stack. The
    /// location for an Amazon S3 bucket must start with `https://`. URLs from S3 static websites
    /// are not supported.
    #[shape(name = "StackPolicyDuringUpdateURL")]
    pub stack_policy_during_update_url: Option<String>,
    /// A list of `Parameter` structures that specify input parameters for the stack. For more
    /// information, see the
    /// [Parameter](https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_Parameter.html)
    /// data type.
    pub parameters: Option<Vec<Parameter>>,
    /// In some cases, you must explicitly acknowledge that your stack template contains certain
    /// capabilities in order for CloudFormation to update the stack.
    pub capabilities: Option<Vec<Capability>>,
    /// Specifies which resource types you can work with, such as `AWS::EC2::Instance` or
    /// `Custom::MyCustomInstance`.
    pub resource_types: Option<Vec<String>>,
    /// The Amazon Resource Name (ARN) of an IAM role that CloudFormation assumes to update the
    /// stack. CloudFormation uses the role's credentials to make calls on your behalf.
    /// CloudFormation always uses this role for all future operations on the stack. Provided that
    /// users have permission to operate on the stack, CloudFormation uses this role even if the
    /// users don't have permission to pass it. Ensure that the role grants least privilege.
    #[shape(name = "RoleARN")]
    pub role_arn: Option<String>,
    /// The rollback triggers for CloudFormation to monitor during stack creation and updating
    /// operations, and for the specified monitoring period afterwards.
    pub rollback_configuration: Option<RollbackConfiguration>,
    /// Structure that contains a new stack policy body. You can specify either the
    /// `StackPolicyBody` or the `StackPolicyURL` parameter, but not both.
    pub stack_policy_body: Option<String>,
    /// Location of a file that contains the updated stack policy. The URL must point to a policy
    /// (max size: 16KB) located in an S3 bucket in the same Region as the stack. The location for
    /// an Amazon S3 bucket must start with `https://`. URLs from S3 static websites are not
    /// supported.
    #[shape(name = "StackPolicyURL")]
    pub stack_policy_url: Option<String>,
    /// Amazon Simple Notification Service topic Amazon Resource Names (ARNs) that CloudFormation
    /// associates with the stack. Specify an empty list to remove all notification topics.
    #[shape(name = "NotificationARNs")]
    pub notification_arns: Option<Vec<String>>,
    /// Key-value pairs to associate with this stack. CloudFormation also propagates these tags to
    /// supported resources in the stack. You can specify a maximum number of 50 tags.
    pub tags: Option<Vec<Tag>>,
    /// Preserve the state of previously provisioned resources when an operation fails.
    pub disable_rollback: Option<bool>,
    /// A unique identifier for this `UpdateStack` request. Specify this token if you plan to retry
    /// requests so that CloudFormation knows that you're not attempting to update a stack with the
    /// same name. You might retry `UpdateStack` requests to ensure that CloudFormation successfully
    /// received them.
    pub client_request_token: Option<String>,
    /// When set to `true`, newly created resources are deleted when the operation rolls back. This
    /// includes newly created resources marked with a deletion policy of `Retain`.
    pub retain_except_on_create: Option<bool>,
}

/// The input of `UpdateStackInstances`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateStackInstancesInput {
    /// The name or unique ID of the StackSet associated with the stack instances.
    pub stack_set_name: String,
    /// \[Self-managed permissions\] The account IDs of one or more Amazon Web Services accounts in
    /// which you want to update parameter values for stack instances. The overridden parameter
    /// values will be applied to all stack instances in the specified accounts and Amazon Web
    /// Services Regions.
    pub accounts: Option<Vec<String>>,
    /// \[Service-managed permissions\] The Organizations accounts in which you want to update
    /// parameter values for stack instances. If your update targets OUs, the overridden parameter
    /// values only apply to the accounts that are currently in the target OUs and their child OUs.
    /// Accounts added to the target OUs and their child OUs in the future won't use the overridden
    /// values.
    pub deployment_targets: Option<DeploymentTargets>,
    /// The names of one or more Amazon Web Services Regions in which you want to update parameter
    /// values for stack instances. The overridden parameter values will be applied to all stack
    /// instances in the specified accounts and Amazon Web Services Regions.
    pub regions: Vec<String>,
    /// A list of input parameters whose values you want to update for the specified stack
    /// instances.
    pub parameter_overrides: Option<Vec<Parameter>>,
    /// Preferences for how CloudFormation performs this StackSet operation.
    pub operation_preferences: Option<StackSetOperationPreferences>,
    /// The unique identifier for this StackSet operation.
    #[shape(idempotency_token)]
    pub operation_id: Option<String>,
    /// \[Service-managed permissions\] Specifies whether you are acting as an account administrator
    /// in the organization's management account or as a delegated administrator in a member
    /// account.
    pub call_as: Option<CallAs>,
}

/// The output of `UpdateStackInstances`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateStackInstancesOutput {
    /// The unique identifier for this StackSet operation.
    pub operation_id: Option<String>,
}

/// The output for an `UpdateStack` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateStackOutput {
    /// Unique identifier of the stack.
    pub stack_id: Option<String>,
    /// A unique identifier for this update operation that can be used to track the operation's
    /// progress and events.
    pub operation_id: Option<String>,
}

/// The input of `UpdateStackSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateStackSetInput {
    /// The name or unique ID of the StackSet that you want to update.
    pub stack_set_name: String,
    /// A brief description of updates that you are making.
    pub description: Option<String>,
    /// The structure that contains the template body, with a minimum length of 1 byte and a maximum
    /// length of 51,200 bytes.
    pub template_body: Option<String>,
    /// The URL of a file that contains the template body. The URL must point to a template (maximum
    /// size: 1 MB) that is located in an Amazon S3 bucket or a Systems Manager document. The
    /// location for an Amazon S3 bucket must start with `https://`. S3 static website URLs are not
    /// supported.
    #[shape(name = "TemplateURL")]
    pub template_url: Option<String>,
    /// Use the existing template that's associated with the StackSet that you're updating.
    pub use_previous_template: Option<bool>,
    /// A list of input parameters for the StackSet template.
    pub parameters: Option<Vec<Parameter>>,
    /// In some cases, you must explicitly acknowledge that your stack template contains certain
    /// capabilities in order for CloudFormation to update the StackSet and its associated stack
    /// instances.
    pub capabilities: Option<Vec<Capability>>,
    /// The key-value pairs to associate with this StackSet and the stacks created from it.
    /// CloudFormation also propagates these tags to supported resources that are created in the
    /// stacks. You can specify a maximum number of 50 tags.
    pub tags: Option<Vec<Tag>>,
    /// Preferences for how CloudFormation performs this StackSet operation.
    pub operation_preferences: Option<StackSetOperationPreferences>,
    /// \[Self-managed permissions\] The Amazon Resource Name (ARN) of the IAM role to use to update
    /// this StackSet.
    #[shape(name = "AdministrationRoleARN")]
    pub administration_role_arn: Option<String>,
    /// \[Self-managed permissions\] The name of the IAM execution role to use to update the stack
    /// set. If you do not specify an execution role, CloudFormation uses the
    /// `AWSCloudFormationStackSetExecutionRole` role for the StackSet operation.
    pub execution_role_name: Option<String>,
    /// \[Service-managed permissions\] The Organizations accounts in which to update associated
    /// stack instances.
    pub deployment_targets: Option<DeploymentTargets>,
    /// Describes how the IAM roles required for StackSet operations are created. You cannot modify
    /// `PermissionModel` if there are stack instances associated with your stack set.
    pub permission_model: Option<PermissionModels>,
    /// \[Service-managed permissions\] Describes whether StackSets automatically deploys to
    /// Organizations accounts that are added to a target organization or organizational unit (OU).
    /// For more information, see [Enable or disable automatic deployments for StackSets in
    /// Organizations](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stacksets-orgs-manage-auto-deployment.html)
    /// in the *CloudFormation User Guide*.
    pub auto_deployment: Option<AutoDeployment>,
    /// The unique ID for this StackSet operation.
    #[shape(idempotency_token)]
    pub operation_id: Option<String>,
    /// \[Self-managed permissions\] The accounts in which to update associated stack instances. If
    /// you specify accounts, you must also specify the Amazon Web Services Regions in which to
    /// update StackSet instances.
    pub accounts: Option<Vec<String>>,
    /// The Amazon Web Services Regions in which to update associated stack instances. If you
    /// specify Regions, you must also specify accounts in which to update StackSet instances.
    pub regions: Option<Vec<String>>,
    /// \[Service-managed permissions\] Specifies whether you are acting as an account administrator
    /// in the organization's management account or as a delegated administrator in a member
    /// account.
    pub call_as: Option<CallAs>,
    /// Describes whether CloudFormation performs non-conflicting operations concurrently and queues
    /// conflicting operations.
    pub managed_execution: Option<ManagedExecution>,
}

/// The output of `UpdateStackSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateStackSetOutput {
    /// The unique ID for this StackSet operation.
    pub operation_id: Option<String>,
}

/// The input of `UpdateTerminationProtection`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateTerminationProtectionInput {
    /// Whether to enable termination protection on the specified stack.
    pub enable_termination_protection: bool,
    /// The name or unique ID of the stack for which you want to set termination protection.
    pub stack_name: String,
}

/// The output of `UpdateTerminationProtection`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateTerminationProtectionOutput {
    /// The unique ID of the stack.
    pub stack_id: Option<String>,
}

/// The input for `ValidateTemplate` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ValidateTemplateInput {
    /// Structure that contains the template body with a minimum length of 1 byte and a maximum
    /// length of 51,200 bytes.
    pub template_body: Option<String>,
    /// The URL of a file that contains the template body. The URL must point to a template (max
    /// size: 1 MB) that is located in an Amazon S3 bucket or a Systems Manager document. The
    /// location for an Amazon S3 bucket must start with `https://`.
    #[shape(name = "TemplateURL")]
    pub template_url: Option<String>,
}

/// The output for `ValidateTemplate` action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ValidateTemplateOutput {
    /// A list of `TemplateParameter` structures.
    pub parameters: Option<Vec<TemplateParameter>>,
    /// The description found within the template.
    pub description: Option<String>,
    /// The capabilities found within the template. If your template contains IAM resources, you
    /// must specify the CAPABILITY\_IAM or CAPABILITY\_NAMED\_IAM value for this parameter when you
    /// use the `CreateStack` or `UpdateStack` actions with your template; otherwise, those actions
    /// return an InsufficientCapabilities error.
    pub capabilities: Option<Vec<Capability>>,
    /// The list of resources that generated the values in the `Capabilities` response element.
    pub capabilities_reason: Option<String>,
    /// A list of the transforms that are declared in the template.
    pub declared_transforms: Option<Vec<String>>,
}

/// The model's `ValidationStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ValidationStatus {
    /// `FAILED`
    #[default]
    #[shape(name = "FAILED")]
    Failed,
    /// `SKIPPED`
    #[shape(name = "SKIPPED")]
    Skipped,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `VersionBump`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum VersionBump {
    /// `MAJOR`
    #[default]
    #[shape(name = "MAJOR")]
    Major,
    /// `MINOR`
    #[shape(name = "MINOR")]
    Minor,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `Visibility`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Visibility {
    /// `PUBLIC`
    #[default]
    #[shape(name = "PUBLIC")]
    Public,
    /// `PRIVATE`
    #[shape(name = "PRIVATE")]
    Private,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The warnings generated for a specific resource for this generated template.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct WarningDetail {
    /// The type of this warning. For more information, see [Resolve write-only
    /// properties](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/generate-IaC-write-only-properties.html)
    /// in the *CloudFormation User Guide*.
    pub r#type: Option<WarningType>,
    /// The properties of the resource that are impacted by this warning.
    pub properties: Option<Vec<WarningProperty>>,
}

/// A specific property that is impacted by a warning.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct WarningProperty {
    /// The path of the property. For example, if this is for the `S3Bucket` member of the `Code`
    /// property, the property path would be `Code/S3Bucket`.
    pub property_path: Option<String>,
    /// If `true`, the specified property is required.
    pub required: Option<bool>,
    /// The description of the property from the resource provider schema.
    pub description: Option<String>,
}

/// The model's `WarningType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum WarningType {
    /// `MUTUALLY_EXCLUSIVE_PROPERTIES`
    #[default]
    #[shape(name = "MUTUALLY_EXCLUSIVE_PROPERTIES")]
    MutuallyExclusiveProperties,
    /// `UNSUPPORTED_PROPERTIES`
    #[shape(name = "UNSUPPORTED_PROPERTIES")]
    UnsupportedProperties,
    /// `MUTUALLY_EXCLUSIVE_TYPES`
    #[shape(name = "MUTUALLY_EXCLUSIVE_TYPES")]
    MutuallyExclusiveTypes,
    /// `EXCLUDED_PROPERTIES`
    #[shape(name = "EXCLUDED_PROPERTIES")]
    ExcludedProperties,
    /// `EXCLUDED_RESOURCES`
    #[shape(name = "EXCLUDED_RESOURCES")]
    ExcludedResources,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains any warnings returned by the `GetTemplateSummary` API action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Warnings {
    /// A list of all of the unrecognized resource types. This is only returned if the
    /// `TemplateSummaryConfig` parameter has the `TreatUnrecognizedResourceTypesAsWarning`
    /// configuration set to `True`.
    pub unrecognized_resource_types: Option<Vec<String>>,
}
