//! Instances: run, describe, start, stop, terminate, reboot.

use super::*;
use boto_core::{DateTime, Shape};

/// Describes a block device for an EBS volume.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EbsBlockDevice {
    /// Indicates whether the EBS volume is deleted on instance termination.
    #[shape(name = "deleteOnTermination")]
    pub delete_on_termination: Option<bool>,
    /// The number of I/O operations per second (IOPS).
    #[shape(name = "iops")]
    pub iops: Option<i32>,
    /// The ID of the snapshot.
    #[shape(name = "snapshotId")]
    pub snapshot_id: Option<String>,
    /// The size of the volume, in GiBs.
    #[shape(name = "volumeSize")]
    pub volume_size: Option<i32>,
    /// The volume type.
    #[shape(name = "volumeType")]
    pub volume_type: Option<String>,
    /// Identifier (key ID, key alias, key ARN, or alias ARN) of the customer managed KMS key to use for EBS encryption.
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
    /// The throughput that the volume supports, in MiB/s.
    #[shape(name = "throughput")]
    pub throughput: Option<i32>,
    /// Indicates whether the encryption state of an EBS volume is changed while being restored from a backing snapshot.
    #[shape(name = "encrypted")]
    pub encrypted: Option<bool>,
}

/// Describes a block device mapping, which defines the EBS volumes and instance store volumes to attach to an instance at launch.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BlockDeviceMapping {
    /// Parameters used to automatically set up EBS volumes when the instance is launched.
    #[shape(name = "ebs")]
    pub ebs: Option<EbsBlockDevice>,
    /// To omit the device from the block device mapping, specify an empty string.
    #[shape(name = "noDevice")]
    pub no_device: Option<String>,
    /// The device name.
    #[shape(name = "deviceName")]
    pub device_name: Option<String>,
    /// The virtual device name (ephemeralN).
    #[shape(name = "virtualName")]
    pub virtual_name: Option<String>,
}

/// Describes the monitoring of an instance.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RunInstancesMonitoringEnabled {
    /// Indicates whether detailed monitoring is enabled.
    #[shape(name = "enabled")]
    pub enabled: bool,
}

/// Describes the placement of an instance.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Placement {
    /// The name of the placement group that the instance is in.
    #[shape(name = "groupName")]
    pub group_name: Option<String>,
    /// The tenancy of the instance.
    #[shape(name = "tenancy")]
    pub tenancy: Option<String>,
    /// The Availability Zone of the instance.
    #[shape(name = "availabilityZone")]
    pub availability_zone: Option<String>,
}

/// The `RunInstancesRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RunInstancesRequest {
    /// The block device mapping, which defines the EBS volumes and instance store volumes to attach to the instance at launch.
    #[shape(query_name = "BlockDeviceMapping")]
    pub block_device_mappings: Vec<BlockDeviceMapping>,
    /// The ID of the AMI.
    pub image_id: Option<String>,
    /// The instance type.
    pub instance_type: Option<String>,
    /// The name of the key pair.
    pub key_name: Option<String>,
    /// The maximum number of instances to launch.
    pub max_count: i32,
    /// The minimum number of instances to launch.
    pub min_count: i32,
    /// Specifies whether detailed monitoring is enabled for the instance.
    pub monitoring: Option<RunInstancesMonitoringEnabled>,
    /// The placement for the instance.
    pub placement: Option<Placement>,
    /// The IDs of the security groups.
    #[shape(query_name = "SecurityGroupId")]
    pub security_group_ids: Vec<String>,
    /// \[Default VPC\] The names of the security groups.
    #[shape(query_name = "SecurityGroup")]
    pub security_groups: Vec<String>,
    /// The ID of the subnet to launch the instance into.
    pub subnet_id: Option<String>,
    /// The user data to make available to the instance.
    pub user_data: Option<String>,
    /// The tags to apply to the resources that are created during instance launch.
    #[shape(query_name = "TagSpecification")]
    pub tag_specifications: Vec<TagSpecification>,
    /// Checks whether you have the required permissions for the operation, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
    /// Indicates whether termination protection is enabled for the instance.
    pub disable_api_termination: Option<bool>,
    /// Indicates whether an instance stops or terminates when you initiate shutdown from the instance (using the operating system command for system shutdown).
    pub instance_initiated_shutdown_behavior: Option<String>,
    /// The primary IPv4 address.
    pub private_ip_address: Option<String>,
    /// Unique, case-sensitive identifier you provide to ensure the idempotency of the request.
    pub client_token: Option<String>,
    /// Indicates whether the instance is optimized for Amazon EBS I/O.
    pub ebs_optimized: Option<bool>,
}

/// Describes a security group.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GroupIdentifier {
    /// The ID of the security group.
    #[shape(name = "groupId")]
    pub group_id: Option<String>,
    /// The name of the security group.
    #[shape(name = "groupName")]
    pub group_name: Option<String>,
}

/// Describes a parameter used to set up an EBS volume in a block device mapping.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EbsInstanceBlockDevice {
    /// The time stamp when the attachment initiated.
    #[shape(name = "attachTime")]
    pub attach_time: Option<DateTime>,
    /// Indicates whether the volume is deleted on instance termination.
    #[shape(name = "deleteOnTermination")]
    pub delete_on_termination: Option<bool>,
    /// The attachment state.
    #[shape(name = "status")]
    pub status: Option<String>,
    /// The ID of the EBS volume.
    #[shape(name = "volumeId")]
    pub volume_id: Option<String>,
}

/// Describes a block device mapping.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceBlockDeviceMapping {
    /// The device name.
    #[shape(name = "deviceName")]
    pub device_name: Option<String>,
    /// Parameters used to automatically set up EBS volumes when the instance is launched.
    #[shape(name = "ebs")]
    pub ebs: Option<EbsInstanceBlockDevice>,
}

/// Describes a state change.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StateReason {
    /// The reason code for the state change.
    #[shape(name = "code")]
    pub code: Option<String>,
    /// The message for the state change.
    #[shape(name = "message")]
    pub message: Option<String>,
}

/// Describes the current state of an instance.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceState {
    /// The state of the instance as a 16-bit unsigned integer.
    #[shape(name = "code")]
    pub code: Option<i32>,
    /// The current state of the instance.
    #[shape(name = "name")]
    pub name: Option<String>,
}

/// Describes the monitoring of an instance.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Monitoring {
    /// Indicates whether detailed monitoring is enabled.
    #[shape(name = "state")]
    pub state: Option<String>,
}

/// Describes an instance.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Instance")]
pub struct InstanceShape {
    /// The architecture of the image.
    #[shape(name = "architecture")]
    pub architecture: Option<String>,
    /// Any block device mapping entries for the instance.
    #[shape(name = "blockDeviceMapping")]
    pub block_device_mappings: Vec<InstanceBlockDeviceMapping>,
    /// The idempotency token you provided when you launched the instance, if applicable.
    #[shape(name = "clientToken")]
    pub client_token: Option<String>,
    /// Indicates whether the instance is optimized for Amazon EBS I/O.
    #[shape(name = "ebsOptimized")]
    pub ebs_optimized: Option<bool>,
    /// The hypervisor type of the instance.
    #[shape(name = "hypervisor")]
    pub hypervisor: Option<String>,
    /// The device name of the root device volume (for example, /dev/sda1).
    #[shape(name = "rootDeviceName")]
    pub root_device_name: Option<String>,
    /// The root device type used by the AMI.
    #[shape(name = "rootDeviceType")]
    pub root_device_type: Option<String>,
    /// The security groups for the instance.
    #[shape(name = "groupSet")]
    pub security_groups: Vec<GroupIdentifier>,
    /// Indicates whether source/destination checking is enabled.
    #[shape(name = "sourceDestCheck")]
    pub source_dest_check: Option<bool>,
    /// The reason for the most recent state transition.
    #[shape(name = "stateReason")]
    pub state_reason: Option<StateReason>,
    /// Any tags assigned to the instance.
    #[shape(name = "tagSet")]
    pub tags: Vec<TagShape>,
    /// The virtualization type of the instance.
    #[shape(name = "virtualizationType")]
    pub virtualization_type: Option<String>,
    /// The ID of the instance.
    #[shape(name = "instanceId")]
    pub instance_id: Option<String>,
    /// The ID of the AMI used to launch the instance.
    #[shape(name = "imageId")]
    pub image_id: Option<String>,
    /// The current state of the instance.
    #[shape(name = "instanceState")]
    pub state: Option<InstanceState>,
    /// \[IPv4 only\] The private DNS hostname name assigned to the instance.
    #[shape(name = "privateDnsName")]
    pub private_dns_name: Option<String>,
    /// The public DNS name assigned to the instance.
    #[shape(name = "dnsName")]
    pub public_dns_name: Option<String>,
    /// The reason for the most recent state transition.
    #[shape(name = "reason")]
    pub state_transition_reason: Option<String>,
    /// The name of the key pair, if this instance was launched with an associated key pair.
    #[shape(name = "keyName")]
    pub key_name: Option<String>,
    /// The AMI launch index, which can be used to find this instance in the launch group.
    #[shape(name = "amiLaunchIndex")]
    pub ami_launch_index: Option<i32>,
    /// The instance type.
    #[shape(name = "instanceType")]
    pub instance_type: Option<String>,
    /// The time that the instance was last launched.
    #[shape(name = "launchTime")]
    pub launch_time: Option<DateTime>,
    /// The location where the instance launched, if applicable.
    #[shape(name = "placement")]
    pub placement: Option<Placement>,
    /// The kernel associated with this instance, if applicable.
    #[shape(name = "kernelId")]
    pub kernel_id: Option<String>,
    /// The platform.
    #[shape(name = "platform")]
    pub platform: Option<String>,
    /// The monitoring for the instance.
    #[shape(name = "monitoring")]
    pub monitoring: Option<Monitoring>,
    /// The ID of the subnet in which the instance is running.
    #[shape(name = "subnetId")]
    pub subnet_id: Option<String>,
    /// The ID of the VPC in which the instance is running.
    #[shape(name = "vpcId")]
    pub vpc_id: Option<String>,
    /// The private IPv4 address assigned to the instance.
    #[shape(name = "privateIpAddress")]
    pub private_ip_address: Option<String>,
    /// The public IPv4 address, or the Carrier IP address assigned to the instance, if applicable.
    #[shape(name = "ipAddress")]
    pub public_ip_address: Option<String>,
}

/// Describes a launch request for one or more instances, and includes owner, requester, and security group information that applies to all instances in the launch request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Reservation {
    /// The ID of the reservation.
    #[shape(name = "reservationId")]
    pub reservation_id: Option<String>,
    /// The ID of the Amazon Web Services account that owns the reservation.
    #[shape(name = "ownerId")]
    pub owner_id: Option<String>,
    /// The ID of the requester that launched the instances on your behalf (for example, Amazon Web Services Management Console or Auto Scaling).
    #[shape(name = "requesterId")]
    pub requester_id: Option<String>,
    /// Not supported.
    #[shape(name = "groupSet")]
    pub groups: Vec<GroupIdentifier>,
    /// The instances.
    #[shape(name = "instancesSet")]
    pub instances: Vec<InstanceShape>,
}

/// The `DescribeInstancesRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInstancesRequest {
    /// The instance IDs.
    #[shape(query_name = "InstanceId")]
    pub instance_ids: Vec<String>,
    /// Indicates whether to include managed resources in the output.
    pub include_managed_resources: Option<bool>,
    /// Checks whether you have the required permissions for the operation, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
    /// The filters.
    #[shape(query_name = "Filter")]
    pub filters: Vec<Filter>,
    /// The token returned from a previous paginated request.
    pub next_token: Option<String>,
    /// The maximum number of items to return for this request.
    pub max_results: Option<i32>,
}

/// The `DescribeInstancesResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInstancesResult {
    /// The token to include in another request to get the next page of items.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// Information about the reservations.
    #[shape(name = "reservationSet")]
    pub reservations: Vec<Reservation>,
}

/// The `StartInstancesRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartInstancesRequest {
    /// The IDs of the instances.
    #[shape(query_name = "InstanceId")]
    pub instance_ids: Vec<String>,
    /// Reserved.
    pub additional_info: Option<String>,
    /// Checks whether you have the required permissions for the operation, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// Describes an instance state change.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceStateChange {
    /// The ID of the instance.
    #[shape(name = "instanceId")]
    pub instance_id: Option<String>,
    /// The current state of the instance.
    #[shape(name = "currentState")]
    pub current_state: Option<InstanceState>,
    /// The previous state of the instance.
    #[shape(name = "previousState")]
    pub previous_state: Option<InstanceState>,
}

/// The `StartInstancesResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartInstancesResult {
    /// Information about the started instances.
    #[shape(name = "instancesSet")]
    pub starting_instances: Vec<InstanceStateChange>,
}

/// The `StopInstancesRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopInstancesRequest {
    /// The IDs of the instances.
    #[shape(query_name = "InstanceId")]
    pub instance_ids: Vec<String>,
    /// Hibernates the instance if the instance was enabled for hibernation at launch.
    pub hibernate: Option<bool>,
    /// Specifies whether to bypass the graceful OS shutdown process when the instance is stopped.
    pub skip_os_shutdown: Option<bool>,
    /// Checks whether you have the required permissions for the operation, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
    /// Forces the instance to stop.
    pub force: Option<bool>,
}

/// The `StopInstancesResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopInstancesResult {
    /// Information about the stopped instances.
    #[shape(name = "instancesSet")]
    pub stopping_instances: Vec<InstanceStateChange>,
}

/// The `TerminateInstancesRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TerminateInstancesRequest {
    /// The IDs of the instances.
    #[shape(query_name = "InstanceId")]
    pub instance_ids: Vec<String>,
    /// Forces the instances to terminate.
    pub force: Option<bool>,
    /// Specifies whether to bypass the graceful OS shutdown process when the instance is terminated.
    pub skip_os_shutdown: Option<bool>,
    /// Checks whether you have the required permissions for the operation, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// The `TerminateInstancesResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TerminateInstancesResult {
    /// Information about the terminated instances.
    #[shape(name = "instancesSet")]
    pub terminating_instances: Vec<InstanceStateChange>,
}

/// The `RebootInstancesRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RebootInstancesRequest {
    /// The instance IDs.
    #[shape(query_name = "InstanceId")]
    pub instance_ids: Vec<String>,
    /// Checks whether you have the required permissions for the operation, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}
