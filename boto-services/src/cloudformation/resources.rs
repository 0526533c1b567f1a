//! The resources of boto3's `cloudformation` model: [`CloudFormation`], [`Event`], [`Stack`],
//! [`StackResource`], [`StackResourceSummary`].
//!
//! Written by `boto-codegen` from boto3's `resources-1.json`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- cloudformation --resources --out DIR`.

use super::client::*;
use boto_core::{resource, DateTime};

/// The service resource: what boto3's `resource(..)` gives.
#[resource(client = Client, service)]
#[action(create_stack = create_stack, resource = Stack(name = request.stack_name))]
#[subresource(event = Event(id))]
#[subresource(stack = Stack(name))]
#[collection(stacks = describe_stacks, items = stacks, resource = Stack(name = stack_name))]
pub struct CloudFormation;

/// boto3's `Event` resource, identified by `id`; its data comes with the answer that built it.
#[resource(client = Client, shape = StackEvent)]
pub struct Event {
    /// The identifier `Id`.
    #[identifier(member = event_id, local)]
    id: String,
    /// The unique ID name of the instance of the stack.
    stack_id: String,
    /// The unique identifier of this event.
    event_id: String,
    /// The name associated with a stack.
    stack_name: String,
    /// The unique identifier of the operation that generated this stack event.
    operation_id: Option<String>,
    /// The logical name of the resource specified in the template.
    logical_resource_id: Option<String>,
    /// The name or unique identifier associated with the physical instance of the resource.
    physical_resource_id: Option<String>,
    /// Type of resource. For more information, see [Amazon Web Services resource and property types
    /// reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html)
    /// in the *CloudFormation User Guide*.
    resource_type: Option<String>,
    /// Time the status was updated.
    timestamp: DateTime,
    /// Current status of the resource.
    resource_status: Option<ResourceStatus>,
    /// Success/failure message associated with the resource.
    resource_status_reason: Option<String>,
    /// BLOB of the properties used to create the resource.
    resource_properties: Option<String>,
    /// The token passed to the operation that generated this event.
    client_request_token: Option<String>,
    /// The name of the Hook.
    hook_type: Option<String>,
    /// Provides the status of the change set Hook.
    hook_status: Option<HookStatus>,
    /// Provides the reason for the Hook status.
    hook_status_reason: Option<String>,
    /// The specific point in the provisioning process where the Hook is invoked.
    hook_invocation_point: Option<HookInvocationPoint>,
    /// The unique identifier of the Hook invocation.
    hook_invocation_id: Option<String>,
    /// Specify the Hook failure mode for non-compliant resources in the followings ways.
    hook_failure_mode: Option<HookFailureMode>,
    /// An optional field that contains information about the detailed status of the stack event.
    detailed_status: Option<DetailedStatus>,
}

/// boto3's `Stack` resource, identified by `name`; its data is `DescribeStacks`'s answer, loaded on
/// first access.
#[resource(client = Client, shape = StackShape, load = describe_stacks,
           load_path = |o: DescribeStacksOutput| o.stacks.unwrap_or_default().into_iter().next())]
#[action(cancel_update = cancel_update_stack)]
#[action(delete = delete_stack)]
#[action(update = update_stack)]
#[subresource(resource = StackResource(stack_name = self.name, logical_id))]
#[collection(events = describe_stack_events, items = stack_events, resource = Event(id = event_id))]
#[collection(resource_summaries = list_stack_resources, items = stack_resource_summaries,
             resource = StackResourceSummary(logical_id = logical_resource_id,
                 stack_name = request.stack_name))]
pub struct Stack {
    /// The identifier `Name`.
    #[identifier(param = stack_name, member = stack_name)]
    name: String,
    /// Unique identifier of the stack.
    stack_id: Option<String>,
    /// The name associated with the stack.
    stack_name: String,
    /// The unique ID of the change set.
    change_set_id: Option<String>,
    /// A user-defined description associated with the stack.
    description: Option<String>,
    /// A list of `Parameter` structures.
    parameters: Option<Vec<Parameter>>,
    /// The time at which the stack was created.
    creation_time: DateTime,
    /// The time the stack was deleted.
    deletion_time: Option<DateTime>,
    /// The time the stack was last updated. This field will only be returned if the stack has been
    /// updated at least once.
    last_updated_time: Option<DateTime>,
    /// The rollback triggers for CloudFormation to monitor during stack creation and updating
    /// operations, and for the specified monitoring period afterwards.
    rollback_configuration: Option<RollbackConfiguration>,
    /// Current status of the stack.
    stack_status: StackStatus,
    /// Success/failure message associated with the stack status.
    stack_status_reason: Option<String>,
    /// The member `DisableRollback` of the data.
    disable_rollback: Option<bool>,
    /// Amazon SNS topic Amazon Resource Names (ARNs) to which stack related events are published.
    notification_arns: Option<Vec<String>>,
    /// The amount of time within which stack creation should complete.
    timeout_in_minutes: Option<i32>,
    /// The capabilities allowed in the stack.
    capabilities: Option<Vec<Capability>>,
    /// A list of output structures.
    outputs: Option<Vec<Output>>,
    /// The Amazon Resource Name (ARN) of an IAM role that's associated with the stack. During a
    /// stack operation, CloudFormation uses this role's credentials to make calls on your behalf.
    role_arn: Option<String>,
    /// A list of `Tag`s that specify information about the stack.
    tags: Option<Vec<Tag>>,
    /// Whether termination protection is enabled for the stack.
    enable_termination_protection: Option<bool>,
    /// For nested stacks, the stack ID of the direct parent of this stack. For the first level of
    /// nested stacks, the root stack is also the parent stack.
    parent_id: Option<String>,
    /// For nested stacks, the stack ID of the top-level stack to which the nested stack ultimately
    /// belongs.
    root_id: Option<String>,
    /// Information about whether a stack's actual configuration differs, or has *drifted*, from its
    /// expected configuration, as defined in the stack template and any values specified as
    /// template parameters. For more information, see [Detect unmanaged configuration changes to
    /// stacks and resources with drift
    /// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html).
    drift_information: Option<StackDriftInformation>,
    /// When set to `true`, newly created resources are deleted when the operation rolls back. This
    /// includes newly created resources marked with a deletion policy of `Retain`.
    retain_except_on_create: Option<bool>,
    /// The member `DeletionMode` of the data.
    deletion_mode: Option<DeletionMode>,
    /// The detailed status of the resource or stack. If `CONFIGURATION_COMPLETE` is present, the
    /// resource or resource configuration phase has completed and the stabilization of the
    /// resources is in progress. The StackSets `CONFIGURATION_COMPLETE` when all of the resources
    /// in the stack have reached that event. For more information, see [Understand CloudFormation
    /// stack creation
    /// events](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/stack-resource-configuration-complete.html)
    /// in the *CloudFormation User Guide*.
    detailed_status: Option<DetailedStatus>,
    /// Information about the most recent operations performed on this stack.
    last_operations: Option<Vec<OperationEntry>>,
}

/// boto3's `StackResource` resource, identified by `stack_name`, `logical_id`; its data is
/// `DescribeStackResource`'s answer, loaded on first access.
#[resource(client = Client, shape = StackResourceDetail, load = describe_stack_resource,
           load_path = |o: DescribeStackResourceOutput| o.stack_resource_detail)]
#[subresource(stack = Stack(name = self.stack_name))]
pub struct StackResource {
    /// The identifier `StackName`.
    #[identifier(param = stack_name)]
    stack_name: String,
    /// The identifier `LogicalId`.
    #[identifier(param = logical_resource_id, member = logical_resource_id)]
    logical_id: String,
    /// Unique identifier of the stack.
    stack_id: Option<String>,
    /// The logical name of the resource specified in the template.
    logical_resource_id: String,
    /// The name or unique identifier that corresponds to a physical instance ID of a resource
    /// supported by CloudFormation.
    physical_resource_id: Option<String>,
    /// Type of resource. For more information, see [Amazon Web Services resource and property types
    /// reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html)
    /// in the *CloudFormation User Guide*.
    resource_type: String,
    /// Time the status was updated.
    last_updated_timestamp: DateTime,
    /// Current status of the resource.
    resource_status: ResourceStatus,
    /// Success/failure message associated with the resource.
    resource_status_reason: Option<String>,
    /// User defined description associated with the resource.
    description: Option<String>,
    /// The content of the `Metadata` attribute declared for the resource. For more information, see
    /// [Metadata
    /// attribute](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-metadata.html)
    /// in the *CloudFormation User Guide*.
    metadata: Option<String>,
    /// Information about whether the resource's actual configuration differs, or has *drifted*,
    /// from its expected configuration, as defined in the stack template and any values specified
    /// as template parameters. For more information, see [Detect unmanaged configuration changes to
    /// stacks and resources with drift
    /// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html).
    drift_information: Option<StackResourceDriftInformation>,
    /// Contains information about the module from which the resource was created, if the resource
    /// was created from a module included in the stack template.
    module_info: Option<ModuleInfo>,
}

/// boto3's `StackResourceSummary` resource, identified by `stack_name`, `logical_id`; its data
/// comes with the answer that built it.
#[resource(client = Client, shape = StackResourceSummaryShape)]
#[subresource(resource = StackResource(logical_id = self.logical_id, stack_name = self.stack_name))]
pub struct StackResourceSummary {
    /// The identifier `StackName`.
    #[identifier(local)]
    stack_name: String,
    /// The identifier `LogicalId`.
    #[identifier(member = logical_resource_id, local)]
    logical_id: String,
    /// The logical name of the resource specified in the template.
    logical_resource_id: String,
    /// The name or unique identifier that corresponds to a physical instance ID of the resource.
    physical_resource_id: Option<String>,
    /// Type of resource. (For more information, see [Amazon Web Services resource and property
    /// types
    /// reference](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-template-resource-type-ref.html)
    /// in the *CloudFormation User Guide*.)
    resource_type: String,
    /// Time the status was updated.
    last_updated_timestamp: DateTime,
    /// Current status of the resource.
    resource_status: ResourceStatus,
    /// Success/failure message associated with the resource.
    resource_status_reason: Option<String>,
    /// Information about whether the resource's actual configuration differs, or has *drifted*,
    /// from its expected configuration, as defined in the stack template and any values specified
    /// as template parameters. For more information, see [Detect unmanaged configuration changes to
    /// stacks and resources with drift
    /// detection](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-stack-drift.html).
    drift_information: Option<StackResourceDriftInformationSummary>,
    /// Contains information about the module from which the resource was created, if the resource
    /// was created from a module included in the stack template.
    module_info: Option<ModuleInfo>,
}
