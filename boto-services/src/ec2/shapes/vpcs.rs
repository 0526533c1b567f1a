//! VPCs and subnets.

use super::*;
use boto_core::Shape;

/// The `CreateVpcRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateVpcRequest {
    /// The IPv4 network range for the VPC, in CIDR notation.
    pub cidr_block: Option<String>,
    /// The tags to assign to the VPC.
    #[shape(query_name = "TagSpecification")]
    pub tag_specifications: Vec<TagSpecification>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
    /// The tenancy options for instances launched into the VPC.
    pub instance_tenancy: Option<String>,
    /// Requests an Amazon-provided IPv6 CIDR block with a /56 prefix length for the VPC.
    pub amazon_provided_ipv6_cidr_block: Option<bool>,
}

/// Describes the state of a CIDR block.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VpcCidrBlockState {
    /// The state of the CIDR block.
    #[shape(name = "state")]
    pub state: Option<String>,
    /// A message about the status of the CIDR block, if applicable.
    #[shape(name = "statusMessage")]
    pub status_message: Option<String>,
}

/// Describes an IPv4 CIDR block associated with a VPC.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VpcCidrBlockAssociation {
    /// The association ID for the IPv4 CIDR block.
    #[shape(name = "associationId")]
    pub association_id: Option<String>,
    /// The IPv4 CIDR block.
    #[shape(name = "cidrBlock")]
    pub cidr_block: Option<String>,
    /// Information about the state of the CIDR block.
    #[shape(name = "cidrBlockState")]
    pub cidr_block_state: Option<VpcCidrBlockState>,
}

/// Describes a VPC.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Vpc")]
pub struct VpcShape {
    /// The ID of the Amazon Web Services account that owns the VPC.
    #[shape(name = "ownerId")]
    pub owner_id: Option<String>,
    /// The allowed tenancy of instances launched into the VPC.
    #[shape(name = "instanceTenancy")]
    pub instance_tenancy: Option<String>,
    /// Information about the IPv4 CIDR blocks associated with the VPC.
    #[shape(name = "cidrBlockAssociationSet")]
    pub cidr_block_association_set: Vec<VpcCidrBlockAssociation>,
    /// Indicates whether the VPC is the default VPC.
    #[shape(name = "isDefault")]
    pub is_default: Option<bool>,
    /// Any tags assigned to the VPC.
    #[shape(name = "tagSet")]
    pub tags: Vec<TagShape>,
    /// The ID of the VPC.
    #[shape(name = "vpcId")]
    pub vpc_id: Option<String>,
    /// The current state of the VPC.
    #[shape(name = "state")]
    pub state: Option<String>,
    /// The primary IPv4 CIDR block for the VPC.
    #[shape(name = "cidrBlock")]
    pub cidr_block: Option<String>,
    /// The ID of the set of DHCP options you've associated with the VPC.
    #[shape(name = "dhcpOptionsId")]
    pub dhcp_options_id: Option<String>,
}

/// The `CreateVpcResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateVpcResult {
    /// Information about the VPC.
    #[shape(name = "vpc")]
    pub vpc: Option<VpcShape>,
}

/// The `DescribeVpcsRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeVpcsRequest {
    /// The filters.
    #[shape(query_name = "Filter")]
    pub filters: Vec<Filter>,
    /// The IDs of the VPCs.
    #[shape(query_name = "VpcId")]
    pub vpc_ids: Vec<String>,
    /// The token returned from a previous paginated request.
    pub next_token: Option<String>,
    /// The maximum number of items to return for this request.
    pub max_results: Option<i32>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// The `DescribeVpcsResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeVpcsResult {
    /// The token to include in another request to get the next page of items.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// Information about the VPCs.
    #[shape(name = "vpcSet")]
    pub vpcs: Vec<VpcShape>,
}

/// The `DeleteVpcRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteVpcRequest {
    /// The ID of the VPC.
    pub vpc_id: String,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// The `CreateSubnetRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateSubnetRequest {
    /// The tags to assign to the subnet.
    #[shape(query_name = "TagSpecification")]
    pub tag_specifications: Vec<TagSpecification>,
    /// The Availability Zone or Local Zone for the subnet.
    pub availability_zone: Option<String>,
    /// The AZ ID or the Local Zone ID of the subnet.
    pub availability_zone_id: Option<String>,
    /// The IPv4 network range for the subnet, in CIDR notation.
    pub cidr_block: Option<String>,
    /// The IPv6 network range for the subnet, in CIDR notation.
    pub ipv6_cidr_block: Option<String>,
    /// The ID of the VPC.
    pub vpc_id: String,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// Describes a subnet.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Subnet")]
pub struct SubnetShape {
    /// The AZ ID of the subnet.
    #[shape(name = "availabilityZoneId")]
    pub availability_zone_id: Option<String>,
    /// Indicates whether a network interface created in this subnet (including a network interface created by RunInstances) receives a customer-owned IPv4 address.
    #[shape(name = "mapCustomerOwnedIpOnLaunch")]
    pub map_customer_owned_ip_on_launch: Option<bool>,
    /// The customer-owned IPv4 address pool associated with the subnet.
    #[shape(name = "customerOwnedIpv4Pool")]
    pub customer_owned_ipv4_pool: Option<String>,
    /// The ID of the Amazon Web Services account that owns the subnet.
    #[shape(name = "ownerId")]
    pub owner_id: Option<String>,
    /// Indicates whether a network interface created in this subnet (including a network interface created by RunInstances) receives an IPv6 address.
    #[shape(name = "assignIpv6AddressOnCreation")]
    pub assign_ipv6_address_on_creation: Option<bool>,
    /// Any tags assigned to the subnet.
    #[shape(name = "tagSet")]
    pub tags: Vec<TagShape>,
    /// The Amazon Resource Name (ARN) of the subnet.
    #[shape(name = "subnetArn")]
    pub subnet_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the Outpost.
    #[shape(name = "outpostArn")]
    pub outpost_arn: Option<String>,
    /// Indicates whether DNS queries made to the Amazon-provided DNS Resolver in this subnet should return synthetic IPv6 addresses for IPv4-only destinations.
    #[shape(name = "enableDns64")]
    pub enable_dns64: Option<bool>,
    /// Indicates if this is a subnet used with Amazon Elastic VMware Service (EVS).
    #[shape(name = "type")]
    pub r#type: Option<String>,
    /// The ID of the subnet.
    #[shape(name = "subnetId")]
    pub subnet_id: Option<String>,
    /// The current state of the subnet.
    #[shape(name = "state")]
    pub state: Option<String>,
    /// The ID of the VPC the subnet is in.
    #[shape(name = "vpcId")]
    pub vpc_id: Option<String>,
    /// The IPv4 CIDR block assigned to the subnet.
    #[shape(name = "cidrBlock")]
    pub cidr_block: Option<String>,
    /// The number of unused private IPv4 addresses in the subnet.
    #[shape(name = "availableIpAddressCount")]
    pub available_ip_address_count: Option<i32>,
    /// The Availability Zone of the subnet.
    #[shape(name = "availabilityZone")]
    pub availability_zone: Option<String>,
    /// Indicates whether this is the default subnet for the Availability Zone.
    #[shape(name = "defaultForAz")]
    pub default_for_az: Option<bool>,
    /// Indicates whether instances launched in this subnet receive a public IPv4 address.
    #[shape(name = "mapPublicIpOnLaunch")]
    pub map_public_ip_on_launch: Option<bool>,
}

/// The `CreateSubnetResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateSubnetResult {
    /// Information about the subnet.
    #[shape(name = "subnet")]
    pub subnet: Option<SubnetShape>,
}

/// The `DescribeSubnetsRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeSubnetsRequest {
    /// The filters.
    #[shape(query_name = "Filter")]
    pub filters: Vec<Filter>,
    /// The IDs of the subnets.
    #[shape(query_name = "SubnetId")]
    pub subnet_ids: Vec<String>,
    /// The token returned from a previous paginated request.
    pub next_token: Option<String>,
    /// The maximum number of items to return for this request.
    pub max_results: Option<i32>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// The `DescribeSubnetsResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeSubnetsResult {
    /// The token to include in another request to get the next page of items.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// Information about the subnets.
    #[shape(name = "subnetSet")]
    pub subnets: Vec<SubnetShape>,
}

/// The `DeleteSubnetRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteSubnetRequest {
    /// The ID of the subnet.
    pub subnet_id: String,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}
