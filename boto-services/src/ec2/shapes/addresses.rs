//! Elastic IP addresses, instance monitoring and instance status.

use super::*;
use boto_core::{DateTime, Shape};

/// The `MonitorInstancesRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MonitorInstancesRequest {
    /// The IDs of the instances.
    #[shape(query_name = "InstanceId")]
    pub instance_ids: Vec<String>,
    /// Checks whether you have the required permissions for the operation, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// Describes the monitoring of an instance.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceMonitoring {
    /// The ID of the instance.
    #[shape(name = "instanceId")]
    pub instance_id: Option<String>,
    /// The monitoring for the instance.
    #[shape(name = "monitoring")]
    pub monitoring: Option<Monitoring>,
}

/// The `MonitorInstancesResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MonitorInstancesResult {
    /// The monitoring information.
    #[shape(name = "instancesSet")]
    pub instance_monitorings: Vec<InstanceMonitoring>,
}

/// The `UnmonitorInstancesRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UnmonitorInstancesRequest {
    /// The IDs of the instances.
    #[shape(query_name = "InstanceId")]
    pub instance_ids: Vec<String>,
    /// Checks whether you have the required permissions for the operation, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// The `UnmonitorInstancesResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UnmonitorInstancesResult {
    /// The monitoring information.
    #[shape(name = "instancesSet")]
    pub instance_monitorings: Vec<InstanceMonitoring>,
}

/// The `DescribeAddressesRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAddressesRequest {
    /// One or more Elastic IP addresses.
    #[shape(query_name = "PublicIp")]
    pub public_ips: Vec<String>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
    /// One or more filters.
    #[shape(query_name = "Filter")]
    pub filters: Vec<Filter>,
    /// Information about the allocation IDs.
    #[shape(query_name = "AllocationId")]
    pub allocation_ids: Vec<String>,
}

/// Describes an Elastic IP address, or a carrier IP address.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Address {
    /// The ID representing the allocation of the address.
    #[shape(name = "allocationId")]
    pub allocation_id: Option<String>,
    /// The ID representing the association of the address with an instance.
    #[shape(name = "associationId")]
    pub association_id: Option<String>,
    /// The network (vpc).
    #[shape(name = "domain")]
    pub domain: Option<String>,
    /// The ID of the network interface.
    #[shape(name = "networkInterfaceId")]
    pub network_interface_id: Option<String>,
    /// The ID of the Amazon Web Services account that owns the network interface.
    #[shape(name = "networkInterfaceOwnerId")]
    pub network_interface_owner_id: Option<String>,
    /// The private IP address associated with the Elastic IP address.
    #[shape(name = "privateIpAddress")]
    pub private_ip_address: Option<String>,
    /// Any tags assigned to the Elastic IP address.
    #[shape(name = "tagSet")]
    pub tags: Vec<TagShape>,
    /// The ID of an address pool.
    #[shape(name = "publicIpv4Pool")]
    pub public_ipv4_pool: Option<String>,
    /// The name of the unique set of Availability Zones, Local Zones, or Wavelength Zones from which Amazon Web Services advertises IP addresses.
    #[shape(name = "networkBorderGroup")]
    pub network_border_group: Option<String>,
    /// The ID of the instance that the address is associated with (if any).
    #[shape(name = "instanceId")]
    pub instance_id: Option<String>,
    /// The Elastic IP address.
    #[shape(name = "publicIp")]
    pub public_ip: Option<String>,
}

/// The `DescribeAddressesResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAddressesResult {
    /// Information about the Elastic IP addresses.
    #[shape(name = "addressesSet")]
    pub addresses: Vec<Address>,
}

/// The `AllocateAddressRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AllocateAddressRequest {
    /// The network (vpc).
    pub domain: Option<String>,
    /// The Elastic IP address to recover or an IPv4 address from an address pool.
    pub address: Option<String>,
    /// The ID of an address pool that you own.
    pub public_ipv4_pool: Option<String>,
    /// A unique set of Availability Zones, Local Zones, or Wavelength Zones from which Amazon Web Services advertises IP addresses.
    pub network_border_group: Option<String>,
    /// The tags to assign to the Elastic IP address.
    #[shape(query_name = "TagSpecification")]
    pub tag_specifications: Vec<TagSpecification>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// The `AllocateAddressResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AllocateAddressResult {
    /// The ID that represents the allocation of the Elastic IP address.
    #[shape(name = "allocationId")]
    pub allocation_id: Option<String>,
    /// The ID of an address pool that you own.
    #[shape(name = "publicIpv4Pool")]
    pub public_ipv4_pool: Option<String>,
    /// The set of Availability Zones, Local Zones, or Wavelength Zones from which Amazon Web Services advertises IP addresses.
    #[shape(name = "networkBorderGroup")]
    pub network_border_group: Option<String>,
    /// The network (vpc).
    #[shape(name = "domain")]
    pub domain: Option<String>,
    /// The customer-owned IP address.
    #[shape(name = "customerOwnedIp")]
    pub customer_owned_ip: Option<String>,
    /// The ID of the customer-owned address pool.
    #[shape(name = "customerOwnedIpv4Pool")]
    pub customer_owned_ipv4_pool: Option<String>,
    /// The carrier IP address.
    #[shape(name = "carrierIp")]
    pub carrier_ip: Option<String>,
    /// The Amazon-owned IP address.
    #[shape(name = "publicIp")]
    pub public_ip: Option<String>,
}

/// The `AssociateAddressRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssociateAddressRequest {
    /// The allocation ID.
    pub allocation_id: Option<String>,
    /// The ID of the instance.
    pub instance_id: Option<String>,
    /// Deprecated.
    pub public_ip: Option<String>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
    /// The ID of the network interface.
    pub network_interface_id: Option<String>,
    /// The primary or secondary private IP address to associate with the Elastic IP address.
    pub private_ip_address: Option<String>,
    /// Reassociation is automatic, but you can specify false to ensure the operation fails if the Elastic IP address is already associated with another resource.
    pub allow_reassociation: Option<bool>,
}

/// The `AssociateAddressResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssociateAddressResult {
    /// The ID that represents the association of the Elastic IP address with an instance.
    #[shape(name = "associationId")]
    pub association_id: Option<String>,
}

/// The `ReleaseAddressRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReleaseAddressRequest {
    /// The allocation ID.
    pub allocation_id: Option<String>,
    /// Deprecated.
    pub public_ip: Option<String>,
    /// The set of Availability Zones, Local Zones, or Wavelength Zones from which Amazon Web Services advertises IP addresses.
    pub network_border_group: Option<String>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// The `DescribeInstanceStatusRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInstanceStatusRequest {
    /// The instance IDs.
    #[shape(query_name = "InstanceId")]
    pub instance_ids: Vec<String>,
    /// The maximum number of items to return for this request.
    pub max_results: Option<i32>,
    /// The token returned from a previous paginated request.
    pub next_token: Option<String>,
    /// Indicates whether to include managed resources in the output.
    pub include_managed_resources: Option<bool>,
    /// Checks whether you have the required permissions for the operation, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
    /// The filters.
    #[shape(query_name = "Filter")]
    pub filters: Vec<Filter>,
    /// When true, includes the health status for all instances.
    pub include_all_instances: Option<bool>,
}

/// Describes a scheduled event for an instance.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceStatusEvent {
    /// The ID of the event.
    #[shape(name = "instanceEventId")]
    pub instance_event_id: Option<String>,
    /// The event code.
    #[shape(name = "code")]
    pub code: Option<String>,
    /// A description of the event.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The latest scheduled end time for the event.
    #[shape(name = "notAfter")]
    pub not_after: Option<DateTime>,
    /// The earliest scheduled start time for the event.
    #[shape(name = "notBefore")]
    pub not_before: Option<DateTime>,
    /// The deadline for starting the event.
    #[shape(name = "notBeforeDeadline")]
    pub not_before_deadline: Option<DateTime>,
}

/// Describes the instance status.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceStatusDetails {
    /// The time when a status check failed.
    #[shape(name = "impairedSince")]
    pub impaired_since: Option<DateTime>,
    /// The type of instance status.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The status.
    #[shape(name = "status")]
    pub status: Option<String>,
}

/// Describes the status of an instance.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceStatusSummary {
    /// The system instance health or application instance health.
    #[shape(name = "details")]
    pub details: Vec<InstanceStatusDetails>,
    /// The status.
    #[shape(name = "status")]
    pub status: Option<String>,
}

/// Describes the status of an instance.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceStatus {
    /// The Availability Zone of the instance.
    #[shape(name = "availabilityZone")]
    pub availability_zone: Option<String>,
    /// Any scheduled events associated with the instance.
    #[shape(name = "eventsSet")]
    pub events: Vec<InstanceStatusEvent>,
    /// The ID of the instance.
    #[shape(name = "instanceId")]
    pub instance_id: Option<String>,
    /// The intended state of the instance.
    #[shape(name = "instanceState")]
    pub instance_state: Option<InstanceState>,
    /// Reports impaired functionality that stems from issues internal to the instance, such as impaired reachability.
    #[shape(name = "instanceStatus")]
    pub instance_status: Option<InstanceStatusSummary>,
    /// Reports impaired functionality that stems from issues related to the systems that support an instance, such as hardware failures and network connectivity problems.
    #[shape(name = "systemStatus")]
    pub system_status: Option<InstanceStatusSummary>,
}

/// The `DescribeInstanceStatusResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInstanceStatusResult {
    /// Information about the status of the instances.
    #[shape(name = "instanceStatusSet")]
    pub instance_statuses: Vec<InstanceStatus>,
    /// The token to include in another request to get the next page of items.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}
