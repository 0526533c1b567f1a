//! Security groups and key pairs.

use super::*;
use boto_core::{Blob, DateTime, Shape};

/// The `CreateSecurityGroupRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateSecurityGroupRequest {
    /// A description for the security group.
    #[shape(query_name = "GroupDescription")]
    pub description: String,
    /// The name of the security group.
    pub group_name: String,
    /// The ID of the VPC.
    pub vpc_id: Option<String>,
    /// The tags to assign to the security group.
    #[shape(query_name = "TagSpecification")]
    pub tag_specifications: Vec<TagSpecification>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// The `CreateSecurityGroupResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateSecurityGroupResult {
    /// The ID of the security group.
    #[shape(name = "groupId")]
    pub group_id: Option<String>,
    /// The tags assigned to the security group.
    #[shape(name = "tagSet")]
    pub tags: Vec<TagShape>,
    /// The security group ARN.
    #[shape(name = "securityGroupArn")]
    pub security_group_arn: Option<String>,
}

/// The `DescribeSecurityGroupsRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeSecurityGroupsRequest {
    /// The IDs of the security groups.
    #[shape(query_name = "GroupId")]
    pub group_ids: Vec<String>,
    /// \[Default VPC\] The names of the security groups.
    #[shape(query_name = "GroupName")]
    pub group_names: Vec<String>,
    /// The token returned from a previous paginated request.
    pub next_token: Option<String>,
    /// The maximum number of items to return for this request.
    pub max_results: Option<i32>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
    /// The filters.
    #[shape(query_name = "Filter")]
    pub filters: Vec<Filter>,
}

/// Describes a security group and Amazon Web Services account ID pair.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UserIdGroupPair {
    /// A description for the security group rule that references this user ID group pair.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The ID of an Amazon Web Services account.
    #[shape(name = "userId")]
    pub user_id: Option<String>,
    /// \[Default VPC\] The name of the security group.
    #[shape(name = "groupName")]
    pub group_name: Option<String>,
    /// The ID of the security group.
    #[shape(name = "groupId")]
    pub group_id: Option<String>,
    /// The ID of the VPC for the referenced security group, if applicable.
    #[shape(name = "vpcId")]
    pub vpc_id: Option<String>,
    /// The ID of the VPC peering connection, if applicable.
    #[shape(name = "vpcPeeringConnectionId")]
    pub vpc_peering_connection_id: Option<String>,
    /// The status of a VPC peering connection, if applicable.
    #[shape(name = "peeringStatus")]
    pub peering_status: Option<String>,
}

/// Describes an IPv4 address range.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct IpRange {
    /// A description for the security group rule that references this IPv4 address range.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The IPv4 address range.
    #[shape(name = "cidrIp")]
    pub cidr_ip: Option<String>,
}

/// Describes an IPv6 address range.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Ipv6Range {
    /// A description for the security group rule that references this IPv6 address range.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The IPv6 address range.
    #[shape(name = "cidrIpv6")]
    pub cidr_ipv6: Option<String>,
}

/// Describes a prefix list ID.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PrefixListId {
    /// A description for the security group rule that references this prefix list ID.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The ID of the prefix.
    #[shape(name = "prefixListId")]
    pub prefix_list_id: Option<String>,
}

/// Describes the permissions for a security group rule.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct IpPermission {
    /// The IP protocol name (tcp, udp, icmp, icmpv6) or number (see Protocol Numbers).
    #[shape(name = "ipProtocol")]
    pub ip_protocol: Option<String>,
    /// If the protocol is TCP or UDP, this is the start of the port range.
    #[shape(name = "fromPort")]
    pub from_port: Option<i32>,
    /// If the protocol is TCP or UDP, this is the end of the port range.
    #[shape(name = "toPort")]
    pub to_port: Option<i32>,
    /// The security group and Amazon Web Services account ID pairs.
    #[shape(name = "groups")]
    pub user_id_group_pairs: Vec<UserIdGroupPair>,
    /// The IPv4 address ranges.
    #[shape(name = "ipRanges")]
    pub ip_ranges: Vec<IpRange>,
    /// The IPv6 address ranges.
    #[shape(name = "ipv6Ranges")]
    pub ipv6_ranges: Vec<Ipv6Range>,
    /// The prefix list IDs.
    #[shape(name = "prefixListIds")]
    pub prefix_list_ids: Vec<PrefixListId>,
}

/// Describes a security group.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "SecurityGroup")]
pub struct SecurityGroupShape {
    /// The ID of the security group.
    #[shape(name = "groupId")]
    pub group_id: Option<String>,
    /// The outbound rules associated with the security group.
    #[shape(name = "ipPermissionsEgress")]
    pub ip_permissions_egress: Vec<IpPermission>,
    /// Any tags assigned to the security group.
    #[shape(name = "tagSet")]
    pub tags: Vec<TagShape>,
    /// The ID of the VPC for the security group.
    #[shape(name = "vpcId")]
    pub vpc_id: Option<String>,
    /// The ARN of the security group.
    #[shape(name = "securityGroupArn")]
    pub security_group_arn: Option<String>,
    /// The Amazon Web Services account ID of the owner of the security group.
    #[shape(name = "ownerId")]
    pub owner_id: Option<String>,
    /// The name of the security group.
    #[shape(name = "groupName")]
    pub group_name: Option<String>,
    /// A description of the security group.
    #[shape(name = "groupDescription")]
    pub description: Option<String>,
    /// The inbound rules associated with the security group.
    #[shape(name = "ipPermissions")]
    pub ip_permissions: Vec<IpPermission>,
}

/// The `DescribeSecurityGroupsResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeSecurityGroupsResult {
    /// The token to include in another request to get the next page of items.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// Information about the security groups.
    #[shape(name = "securityGroupInfo")]
    pub security_groups: Vec<SecurityGroupShape>,
}

/// The `DeleteSecurityGroupRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteSecurityGroupRequest {
    /// The ID of the security group.
    pub group_id: Option<String>,
    /// \[Default VPC\] The name of the security group.
    pub group_name: Option<String>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// The `DeleteSecurityGroupResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteSecurityGroupResult {
    /// Returns true if the request succeeds; otherwise, returns an error.
    #[shape(name = "return")]
    pub r#return: Option<bool>,
    /// The ID of the deleted security group.
    #[shape(name = "groupId")]
    pub group_id: Option<String>,
}

/// The `AuthorizeSecurityGroupIngressRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AuthorizeSecurityGroupIngressRequest {
    /// The IPv4 address range, in CIDR format.
    pub cidr_ip: Option<String>,
    /// If the protocol is TCP or UDP, this is the start of the port range.
    pub from_port: Option<i32>,
    /// The ID of the security group.
    pub group_id: Option<String>,
    /// \[Default VPC\] The name of the security group.
    pub group_name: Option<String>,
    /// The permissions for the security group rules.
    pub ip_permissions: Vec<IpPermission>,
    /// The IP protocol name (tcp, udp, icmp) or number (see Protocol Numbers).
    pub ip_protocol: Option<String>,
    /// \[Default VPC\] The name of the source security group.
    pub source_security_group_name: Option<String>,
    /// The Amazon Web Services account ID for the source security group, if the source security group is in a different account.
    pub source_security_group_owner_id: Option<String>,
    /// If the protocol is TCP or UDP, this is the end of the port range.
    pub to_port: Option<i32>,
    /// The tags applied to the security group rule.
    #[shape(query_name = "TagSpecification")]
    pub tag_specifications: Vec<TagSpecification>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// The `AuthorizeSecurityGroupIngressResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AuthorizeSecurityGroupIngressResult {
    /// Returns true if the request succeeds; otherwise, returns an error.
    #[shape(name = "return")]
    pub r#return: Option<bool>,
}

/// The `CreateKeyPairRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateKeyPairRequest {
    /// A unique name for the key pair.
    pub key_name: String,
    /// The type of key pair.
    pub key_type: Option<String>,
    /// The tags to apply to the new key pair.
    #[shape(query_name = "TagSpecification")]
    pub tag_specifications: Vec<TagSpecification>,
    /// The format of the key pair.
    pub key_format: Option<String>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// Describes a key pair.
///
/// `Debug` leaves the private key out.
#[derive(Shape, Clone, Default, PartialEq)]
#[shape(name = "KeyPair")]
pub struct KeyPairShape {
    /// The ID of the key pair.
    #[shape(name = "keyPairId")]
    pub key_pair_id: Option<String>,
    /// Any tags applied to the key pair.
    #[shape(name = "tagSet")]
    pub tags: Vec<TagShape>,
    /// The name of the key pair.
    #[shape(name = "keyName")]
    pub key_name: Option<String>,
    /// For RSA key pairs, the key fingerprint is the SHA-1 digest of the DER encoded private key.
    #[shape(name = "keyFingerprint")]
    pub key_fingerprint: Option<String>,
    /// An unencrypted PEM encoded RSA or ED25519 private key.
    #[shape(name = "keyMaterial")]
    pub key_material: Option<String>,
}

/// The `DescribeKeyPairsRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeKeyPairsRequest {
    /// The key pair names.
    #[shape(query_name = "KeyName")]
    pub key_names: Vec<String>,
    /// The IDs of the key pairs.
    #[shape(query_name = "KeyPairId")]
    pub key_pair_ids: Vec<String>,
    /// If true, the public key material is included in the response.
    pub include_public_key: Option<bool>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
    /// The filters.
    #[shape(query_name = "Filter")]
    pub filters: Vec<Filter>,
}

/// Describes a key pair.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "KeyPairInfo")]
pub struct KeyPairInfoShape {
    /// The ID of the key pair.
    #[shape(name = "keyPairId")]
    pub key_pair_id: Option<String>,
    /// The type of key pair.
    #[shape(name = "keyType")]
    pub key_type: Option<String>,
    /// Any tags applied to the key pair.
    #[shape(name = "tagSet")]
    pub tags: Vec<TagShape>,
    /// The public key material.
    #[shape(name = "publicKey")]
    pub public_key: Option<String>,
    /// If you used Amazon EC2 to create the key pair, this is the date and time when the key was created, in ISO 8601 date-time format, in the UTC time zone.
    #[shape(name = "createTime")]
    pub create_time: Option<DateTime>,
    /// The name of the key pair.
    #[shape(name = "keyName")]
    pub key_name: Option<String>,
    /// If you used CreateKeyPair to create the key pair: For RSA key pairs, the key fingerprint is the SHA-1 digest of the DER encoded private key.
    #[shape(name = "keyFingerprint")]
    pub key_fingerprint: Option<String>,
}

/// The `DescribeKeyPairsResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeKeyPairsResult {
    /// Information about the key pairs.
    #[shape(name = "keySet")]
    pub key_pairs: Vec<KeyPairInfoShape>,
}

/// The `DeleteKeyPairRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteKeyPairRequest {
    /// The name of the key pair.
    pub key_name: Option<String>,
    /// The ID of the key pair.
    pub key_pair_id: Option<String>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
}

/// The `DeleteKeyPairResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteKeyPairResult {
    /// Is true if the request succeeds, and an error otherwise.
    #[shape(name = "return")]
    pub r#return: Option<bool>,
    /// The ID of the key pair.
    #[shape(name = "keyPairId")]
    pub key_pair_id: Option<String>,
}

/// The `ImportKeyPairRequest` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImportKeyPairRequest {
    /// The tags to apply to the imported key pair.
    #[shape(query_name = "TagSpecification")]
    pub tag_specifications: Vec<TagSpecification>,
    /// Checks whether you have the required permissions for the action, without actually making the request, and provides an error response.
    pub dry_run: Option<bool>,
    /// A unique name for the key pair.
    pub key_name: String,
    /// The public key.
    pub public_key_material: Blob,
}

/// The `ImportKeyPairResult` structure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImportKeyPairResult {
    /// For RSA key pairs, the key fingerprint is the MD5 public key fingerprint as specified in section 4 of RFC 4716.
    #[shape(name = "keyFingerprint")]
    pub key_fingerprint: Option<String>,
    /// The key pair name that you provided.
    #[shape(name = "keyName")]
    pub key_name: Option<String>,
    /// The ID of the resulting key pair.
    #[shape(name = "keyPairId")]
    pub key_pair_id: Option<String>,
    /// The tags applied to the imported key pair.
    #[shape(name = "tagSet")]
    pub tags: Vec<TagShape>,
}

impl std::fmt::Debug for KeyPairShape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyPairShape")
            .field("key_pair_id", &self.key_pair_id)
            .field("key_name", &self.key_name)
            .field("key_fingerprint", &self.key_fingerprint)
            .field(
                "key_material",
                &self.key_material.as_ref().map(|_| "** redacted **"),
            )
            .field("tags", &self.tags)
            .finish()
    }
}
