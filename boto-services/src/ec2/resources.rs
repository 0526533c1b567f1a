//! The resources of boto3's `ec2` model: [`Ec2`], [`ClassicAddress`], [`DhcpOptions`], [`Image`],
//! [`Instance`], [`InternetGateway`], [`KeyPair`], [`KeyPairInfo`], [`NetworkAcl`],
//! [`NetworkInterface`], [`NetworkInterfaceAssociation`], [`PlacementGroup`], [`Route`],
//! [`RouteTable`], [`RouteTableAssociation`], [`SecurityGroup`], [`Snapshot`], [`Subnet`], [`Tag`],
//! [`Volume`], [`Vpc`], [`VpcPeeringConnection`], [`VpcAddress`].
//!
//! Written by `boto-codegen` from boto3's `resources-1.json`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- ec2 --resources --reserve ClassicAddress,DhcpOptions,Image,Instance,InternetGateway,KeyPair,KeyPairInfo,NetworkAcl,NetworkInterface,NetworkInterfaceAssociation,PlacementGroup,Route,RouteTable,RouteTableAssociation,SecurityGroup,Snapshot,Subnet,Tag,Volume,Vpc,VpcAddress,VpcPeeringConnection --plain-lists --out DIR`.
//!
//! Not declared: `Ec2.create_tags`: boto3 customizes it; written by hand.
//!
//! Not declared: `ClassicAddress.disassociate`: the request's `PublicIp` from the data's
//! `PublicIp`.
//!
//! Not declared: `ClassicAddress.release`: the request's `PublicIp` from the data's `PublicIp`.
//!
//! Not declared: `DhcpOptions.create_tags`: the request's `Tags[].Key`.
//!
//! Not declared: `Image.create_tags`: the request's `Tags[].Key`.
//!
//! Not declared: `Instance.create_tags`: the request's `Tags[].Key`.
//!
//! Not declared: `Instance.create_tags` (batch): the identifier `Id` sent as `Resources[]`.
//!
//! Not declared: `Instance.network_interfaces`: a reference to the data's
//! `NetworkInterfaces[].NetworkInterfaceId` (a list, or under an optional member).
//!
//! Not declared: `Instance.placement_group`: a reference to the data's `Placement.GroupName` (a
//! list, or under an optional member).
//!
//! Not declared: `InternetGateway.create_tags`: the request's `Tags[].Key`.
//!
//! Not declared: `NetworkAcl.create_tags`: the request's `Tags[].Key`.
//!
//! Not declared: `NetworkInterface.create_tags`: the request's `Tags[].Key`.
//!
//! Not declared: `NetworkInterface.detach`: the request's `AttachmentId` from the data's
//! `Attachment.AttachmentId`.
//!
//! Not declared: `NetworkInterface.association`: a reference to the data's
//! `Association.AssociationId` (a list, or under an optional member).
//!
//! Not declared: `RouteTable.create_tags`: the request's `Tags[].Key`.
//!
//! Not declared: `RouteTable.associations`: a reference to the data's
//! `Associations[].RouteTableAssociationId` (a list, or under an optional member).
//!
//! Not declared: `RouteTable.routes`: a reference to the data's `Routes[].DestinationCidrBlock` (a
//! list, or under an optional member).
//!
//! Not declared: `SecurityGroup.create_tags`: the request's `Tags[].Key`.
//!
//! Not declared: `Snapshot.create_tags`: the request's `Tags[].Key`.
//!
//! Not declared: `Subnet.create_tags`: the request's `Tags[].Key`.
//!
//! Not declared: `Tag.delete` (batch): the identifier `ResourceId` sent as `Resources[]`.
//!
//! Not declared: `Volume.create_tags`: the request's `Tags[].Key`.
//!
//! Not declared: `Vpc.create_tags`: the request's `Tags[].Key`.
//!
//! Not declared: `VpcPeeringConnection.accepter_vpc`: a reference to the data's
//! `AccepterVpcInfo.VpcId` (a list, or under an optional member).
//!
//! Not declared: `VpcPeeringConnection.requester_vpc`: a reference to the data's
//! `RequesterVpcInfo.VpcId` (a list, or under an optional member).
//!
//! Not declared: `VpcAddress.release`: the request's `AllocationId` from the data's `AllocationId`.

use super::client::*;
use boto_core::{resource, DateTime};

/// The service resource: what boto3's `resource(..)` gives.
#[resource(client = Client, service)]
#[action(create_dhcp_options = create_dhcp_options,
         path = |o: CreateDhcpOptionsResult| o.dhcp_options.unwrap_or_default(),
         resource = DhcpOptions(id = dhcp_options_id))]
#[action(create_instances = run_instances, items = instances,
         resource = Instance(id = instance_id))]
#[action(create_internet_gateway = create_internet_gateway,
         path = |o: CreateInternetGatewayResult| o.internet_gateway.unwrap_or_default(),
         resource = InternetGateway(id = internet_gateway_id))]
#[action(create_key_pair = create_key_pair, resource = KeyPair(name = key_name))]
#[action(create_network_acl = create_network_acl,
         path = |o: CreateNetworkAclResult| o.network_acl.unwrap_or_default(),
         resource = NetworkAcl(id = network_acl_id))]
#[action(create_network_interface = create_network_interface,
         path = |o: CreateNetworkInterfaceResult| o.network_interface.unwrap_or_default(),
         resource = NetworkInterface(id = network_interface_id))]
#[action(create_placement_group = create_placement_group,
         resource = PlacementGroup(name = request.group_name))]
#[action(create_route_table = create_route_table,
         path = |o: CreateRouteTableResult| o.route_table.unwrap_or_default(),
         resource = RouteTable(id = route_table_id))]
#[action(create_security_group = create_security_group, resource = SecurityGroup(id = group_id))]
#[action(create_snapshot = create_snapshot, resource = Snapshot(id = snapshot_id))]
#[action(create_subnet = create_subnet, path = |o: CreateSubnetResult| o.subnet.unwrap_or_default(),
         resource = Subnet(id = subnet_id))]
#[action(create_volume = create_volume, resource = Volume(id = volume_id))]
#[action(create_vpc = create_vpc, path = |o: CreateVpcResult| o.vpc.unwrap_or_default(),
         resource = Vpc(id = vpc_id))]
#[action(create_vpc_peering_connection = create_vpc_peering_connection,
         path = |o: CreateVpcPeeringConnectionResult| o.vpc_peering_connection.unwrap_or_default(),
         resource = VpcPeeringConnection(id = vpc_peering_connection_id))]
#[action(disassociate_route_table = disassociate_route_table)]
#[action(import_key_pair = import_key_pair, resource = KeyPairInfo(name = key_name))]
#[action(register_image = register_image, resource = Image(id = image_id))]
#[subresource(dhcp_options = DhcpOptions(id))]
#[subresource(image = Image(id))]
#[subresource(instance = Instance(id))]
#[subresource(internet_gateway = InternetGateway(id))]
#[subresource(key_pair = KeyPairInfo(name))]
#[subresource(network_acl = NetworkAcl(id))]
#[subresource(network_interface = NetworkInterface(id))]
#[subresource(placement_group = PlacementGroup(name))]
#[subresource(route_table = RouteTable(id))]
#[subresource(route_table_association = RouteTableAssociation(id))]
#[subresource(security_group = SecurityGroup(id))]
#[subresource(snapshot = Snapshot(id))]
#[subresource(subnet = Subnet(id))]
#[subresource(volume = Volume(id))]
#[subresource(vpc = Vpc(id))]
#[subresource(vpc_peering_connection = VpcPeeringConnection(id))]
#[collection(classic_addresses = describe_addresses,
             with = |r| r.filters(vec![Filter::new().name("domain")
                 .values(vec![String::from("standard")])]),
             items = addresses, resource = ClassicAddress(public_ip = public_ip))]
#[collection(dhcp_options_sets = describe_dhcp_options, items = dhcp_options,
             resource = DhcpOptions(id = dhcp_options_id))]
#[collection(images = describe_images, items = images, resource = Image(id = image_id))]
#[collection(instances = describe_instances,
             path = |o: DescribeInstancesResult| Reservation { instances: o.reservations.into_iter()
                 .flat_map(|x| x.instances).collect(), ..Default::default() },
             items = instances, resource = Instance(id = instance_id))]
#[collection(internet_gateways = describe_internet_gateways, items = internet_gateways,
             resource = InternetGateway(id = internet_gateway_id))]
#[collection(key_pairs = describe_key_pairs, items = key_pairs,
             resource = KeyPairInfo(name = key_name))]
#[collection(network_acls = describe_network_acls, items = network_acls,
             resource = NetworkAcl(id = network_acl_id))]
#[collection(network_interfaces = describe_network_interfaces, items = network_interfaces,
             resource = NetworkInterface(id = network_interface_id))]
#[collection(placement_groups = describe_placement_groups, items = placement_groups,
             resource = PlacementGroup(name = group_name))]
#[collection(route_tables = describe_route_tables, items = route_tables,
             resource = RouteTable(id = route_table_id))]
#[collection(security_groups = describe_security_groups, items = security_groups,
             resource = SecurityGroup(id = group_id))]
#[collection(snapshots = describe_snapshots, items = snapshots,
             resource = Snapshot(id = snapshot_id))]
#[collection(subnets = describe_subnets, items = subnets, resource = Subnet(id = subnet_id))]
#[collection(volumes = describe_volumes, items = volumes, resource = Volume(id = volume_id))]
#[collection(vpc_addresses = describe_addresses,
             with = |r| r.filters(vec![Filter::new().name("domain")
                 .values(vec![String::from("vpc")])]),
             items = addresses, resource = VpcAddress(allocation_id = allocation_id))]
#[collection(vpc_peering_connections = describe_vpc_peering_connections,
             items = vpc_peering_connections,
             resource = VpcPeeringConnection(id = vpc_peering_connection_id))]
#[collection(vpcs = describe_vpcs, items = vpcs, resource = Vpc(id = vpc_id))]
pub struct Ec2;

/// boto3's `ClassicAddress` resource, identified by `public_ip`; its data is `DescribeAddresses`'s
/// answer, loaded on first access.
#[resource(client = Client, shape = Address, load = describe_addresses,
           load_with = |r| r.public_ips(vec![self.public_ip.clone()]),
           load_path = |o: DescribeAddressesResult| o.addresses.into_iter().next())]
#[action(associate = associate_address, with = |r| r.public_ip(self.public_ip.clone()))]
pub struct ClassicAddress {
    /// The identifier `PublicIp`.
    #[identifier]
    public_ip: String,
    /// The ID representing the allocation of the address.
    allocation_id: Option<String>,
    /// The ID representing the association of the address with an instance.
    association_id: Option<String>,
    /// The network (`vpc`).
    domain: Option<DomainType>,
    /// The ID of the network interface.
    network_interface_id: Option<String>,
    /// The ID of the Amazon Web Services account that owns the network interface.
    network_interface_owner_id: Option<String>,
    /// The private IP address associated with the Elastic IP address.
    private_ip_address: Option<String>,
    /// Any tags assigned to the Elastic IP address.
    tags: Vec<TagShape>,
    /// The ID of an address pool.
    public_ipv4_pool: Option<String>,
    /// The name of the unique set of Availability Zones, Local Zones, or Wavelength Zones from
    /// which Amazon Web Services advertises IP addresses.
    network_border_group: Option<String>,
    /// The customer-owned IP address.
    customer_owned_ip: Option<String>,
    /// The ID of the customer-owned address pool.
    customer_owned_ipv4_pool: Option<String>,
    /// The carrier IP address associated. This option is only available for network interfaces
    /// which reside in a subnet in a Wavelength Zone (for example an EC2 instance).
    carrier_ip: Option<String>,
    /// The ID of the subnet where the IP address is allocated.
    subnet_id: Option<String>,
    /// The service that manages the elastic IP address.
    service_managed: Option<ServiceManaged>,
    /// The ID of the instance that the address is associated with (if any).
    instance_id: Option<String>,
}

/// boto3's `DhcpOptions` resource, identified by `id`; its data is `DescribeDhcpOptions`'s answer,
/// loaded on first access.
#[resource(client = Client, shape = DhcpOptionsShape, load = describe_dhcp_options,
           load_with = |r| r.dhcp_options_ids(vec![self.id.clone()]),
           load_path = |o: DescribeDhcpOptionsResult| o.dhcp_options.into_iter().next())]
#[action(associate_with_vpc = associate_dhcp_options,
         with = |r| r.dhcp_options_id(self.id.clone()))]
#[action(delete = delete_dhcp_options, with = |r| r.dhcp_options_id(self.id.clone()))]
pub struct DhcpOptions {
    /// The identifier `Id`.
    #[identifier(member = dhcp_options_id)]
    id: String,
    /// The ID of the Amazon Web Services account that owns the DHCP options set.
    owner_id: Option<String>,
    /// Any tags assigned to the DHCP options set.
    tags: Vec<TagShape>,
    /// The ID of the set of DHCP options.
    dhcp_options_id: Option<String>,
    /// The DHCP options in the set.
    dhcp_configurations: Vec<DhcpConfiguration>,
}

/// boto3's `Image` resource, identified by `id`; its data is `DescribeImages`'s answer, loaded on
/// first access.
#[resource(client = Client, shape = ImageShape, load = describe_images,
           load_with = |r| r.image_ids(vec![self.id.clone()]),
           load_path = |o: DescribeImagesResult| o.images.into_iter().next())]
#[action(deregister = deregister_image, with = |r| r.image_id(self.id.clone()))]
#[action(describe_attribute = describe_image_attribute, with = |r| r.image_id(self.id.clone()))]
#[action(modify_attribute = modify_image_attribute, with = |r| r.image_id(self.id.clone()))]
#[action(reset_attribute = reset_image_attribute, with = |r| r.image_id(self.id.clone()))]
#[waiter(exists = image_exists, with = |r| r.image_ids(vec![self.id.clone()]))]
pub struct Image {
    /// The identifier `Id`.
    #[identifier(member = image_id)]
    id: String,
    /// The platform details associated with the billing code of the AMI. For more information, see
    /// [Understand AMI billing
    /// information](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-billing-info.html) in
    /// the *Amazon EC2 User Guide*.
    platform_details: Option<String>,
    /// The operation of the Amazon EC2 instance and the billing code that is associated with the
    /// AMI. `usageOperation` corresponds to the
    /// [lineitem/Operation](https://docs.aws.amazon.com/cur/latest/userguide/Lineitem-columns.html#Lineitem-details-O-Operation)
    /// column on your Amazon Web Services Cost and Usage Report and in the [Amazon Web Services
    /// Price List
    /// API](https://docs.aws.amazon.com/awsaccountbilling/latest/aboutv2/price-changes.html). You
    /// can view these fields on the **Instances** or **AMIs** pages in the Amazon EC2 console, or
    /// in the responses that are returned by the
    /// [DescribeImages](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeImages.html)
    /// command in the Amazon EC2 API, or the
    /// [describe-images](https://docs.aws.amazon.com/cli/latest/reference/ec2/describe-images.html)
    /// command in the CLI.
    usage_operation: Option<String>,
    /// Any block device mapping entries.
    block_device_mappings: Vec<BlockDeviceMapping>,
    /// The description of the AMI that was provided during image creation.
    description: Option<String>,
    /// Specifies whether enhanced networking with ENA is enabled.
    ena_support: Option<bool>,
    /// The hypervisor type of the image. Only `xen` is supported. `ovm` is not supported.
    hypervisor: Option<HypervisorType>,
    /// The owner alias (`amazon` | `aws-backup-vault` | `aws-marketplace`).
    image_owner_alias: Option<String>,
    /// The name of the AMI that was provided during image creation.
    name: Option<String>,
    /// The device name of the root device volume (for example, `/dev/sda1`).
    root_device_name: Option<String>,
    /// The type of root device used by the AMI. The AMI can use an Amazon EBS volume or an instance
    /// store volume.
    root_device_type: Option<DeviceType>,
    /// Specifies whether enhanced networking with the Intel 82599 Virtual Function interface is
    /// enabled.
    sriov_net_support: Option<String>,
    /// The reason for the state change.
    state_reason: Option<StateReason>,
    /// Any tags assigned to the image.
    tags: Vec<TagShape>,
    /// The type of virtualization of the AMI.
    virtualization_type: Option<VirtualizationType>,
    /// The boot mode of the image. For more information, see [Instance launch behavior with Amazon
    /// EC2 boot modes](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-boot.html) in the
    /// *Amazon EC2 User Guide*.
    boot_mode: Option<BootModeValues>,
    /// If the image is configured for NitroTPM support, the value is `v2.0`. For more information,
    /// see [NitroTPM](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitrotpm.html) in the
    /// *Amazon EC2 User Guide*.
    tpm_support: Option<TpmSupportValues>,
    /// The date and time to deprecate the AMI, in UTC, in the following format:
    /// *YYYY*-*MM*-*DD*T*HH*:*MM*:*SS*Z. If you specified a value for seconds, Amazon EC2 rounds
    /// the seconds to the nearest minute.
    deprecation_time: Option<String>,
    /// If `v2.0`, it indicates that IMDSv2 is specified in the AMI. Instances launched from this
    /// AMI will have `HttpTokens` automatically set to `required` so that, by default, the instance
    /// requires that IMDSv2 is used when requesting instance metadata. In addition,
    /// `HttpPutResponseHopLimit` is set to `2`. For more information, see [Configure the
    /// AMI](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-new-instances.html#configure-IMDS-new-instances-ami-configuration)
    /// in the *Amazon EC2 User Guide*.
    imds_support: Option<ImdsSupportValues>,
    /// The ID of the instance that the AMI was created from if the AMI was created using
    /// [CreateImage](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateImage.html).
    /// This field only appears if the AMI was created using CreateImage.
    source_instance_id: Option<String>,
    /// Indicates whether deregistration protection is enabled for the AMI.
    deregistration_protection: Option<String>,
    /// The date and time, in [ISO 8601 date-time format](http://www.iso.org/iso/iso8601), when the
    /// AMI was last used to launch an EC2 instance. When the AMI is used to launch an instance,
    /// there is a 24-hour delay before that usage is reported.
    last_launched_time: Option<String>,
    /// If `true`, the AMI satisfies the criteria for Allowed AMIs and can be discovered and used in
    /// the account. If `false` and Allowed AMIs is set to `enabled`, the AMI can't be discovered or
    /// used in the account. If `false` and Allowed AMIs is set to `audit-mode`, the AMI can be
    /// discovered and used in the account.
    image_allowed: Option<bool>,
    /// The ID of the source AMI from which the AMI was created.
    source_image_id: Option<String>,
    /// The Region of the source AMI.
    source_image_region: Option<String>,
    /// Indicates whether the image is eligible for Amazon Web Services Free Tier.
    free_tier_eligible: Option<bool>,
    /// The ID of the AMI.
    image_id: Option<String>,
    /// The location of the AMI.
    image_location: Option<String>,
    /// The current state of the AMI. If the state is `available`, the image is successfully
    /// registered and can be used to launch an instance.
    state: Option<ImageState>,
    /// The ID of the Amazon Web Services account that owns the image.
    owner_id: Option<String>,
    /// The date and time the image was created.
    creation_date: Option<String>,
    /// Indicates whether the image has public launch permissions. The value is `true` if this image
    /// has public launch permissions or `false` if it has only implicit and explicit launch
    /// permissions.
    public: Option<bool>,
    /// Any product codes associated with the AMI.
    product_codes: Vec<ProductCode>,
    /// The architecture of the image.
    architecture: Option<ArchitectureValues>,
    /// The type of image.
    image_type: Option<ImageTypeValues>,
    /// The kernel associated with the image, if any. Only applicable for machine images.
    kernel_id: Option<String>,
    /// The RAM disk associated with the image, if any. Only applicable for machine images.
    ramdisk_id: Option<String>,
    /// This value is set to `windows` for Windows AMIs; otherwise, it is blank.
    platform: Option<PlatformValues>,
}

/// boto3's `Instance` resource, identified by `id`; its data is `DescribeInstances`'s answer,
/// loaded on first access.
#[resource(client = Client, shape = InstanceShape, load = describe_instances,
           load_with = |r| r.instance_ids(vec![self.id.clone()]),
           load_path = |o: DescribeInstancesResult| o.reservations.into_iter().next()
               .and_then(|x| x.instances.into_iter().next()))]
#[action(attach_classic_link_vpc = attach_classic_link_vpc,
         with = |r| r.instance_id(self.id.clone()))]
#[action(attach_volume = attach_volume, with = |r| r.instance_id(self.id.clone()))]
#[action(console_output = get_console_output, with = |r| r.instance_id(self.id.clone()))]
#[action(create_image = create_image, with = |r| r.instance_id(self.id.clone()),
         resource = Image(id = image_id))]
#[action(describe_attribute = describe_instance_attribute,
         with = |r| r.instance_id(self.id.clone()))]
#[action(detach_classic_link_vpc = detach_classic_link_vpc,
         with = |r| r.instance_id(self.id.clone()))]
#[action(detach_volume = detach_volume, with = |r| r.instance_id(self.id.clone()))]
#[action(modify_attribute = modify_instance_attribute, with = |r| r.instance_id(self.id.clone()))]
#[action(monitor = monitor_instances, with = |r| r.instance_ids(vec![self.id.clone()]))]
#[action(password_data = get_password_data, with = |r| r.instance_id(self.id.clone()))]
#[action(reboot = reboot_instances, with = |r| r.instance_ids(vec![self.id.clone()]))]
#[action(report_status = report_instance_status, with = |r| r.instances(vec![self.id.clone()]))]
#[action(reset_attribute = reset_instance_attribute, with = |r| r.instance_id(self.id.clone()))]
#[action(reset_kernel = reset_instance_attribute,
         with = |r| r.instance_id(self.id.clone()).attribute(InstanceAttributeName::Kernel))]
#[action(reset_ramdisk = reset_instance_attribute,
         with = |r| r.instance_id(self.id.clone()).attribute(InstanceAttributeName::Ramdisk))]
#[action(reset_source_dest_check = reset_instance_attribute,
         with = |r| r.instance_id(self.id.clone())
             .attribute(InstanceAttributeName::SourceDestCheck))]
#[action(start = start_instances, with = |r| r.instance_ids(vec![self.id.clone()]))]
#[action(stop = stop_instances, with = |r| r.instance_ids(vec![self.id.clone()]))]
#[action(terminate = terminate_instances, with = |r| r.instance_ids(vec![self.id.clone()]))]
#[action(unmonitor = unmonitor_instances, with = |r| r.instance_ids(vec![self.id.clone()]))]
#[batch_action(monitor = monitor_instances)]
#[batch_action(reboot = reboot_instances)]
#[batch_action(start = start_instances)]
#[batch_action(stop = stop_instances)]
#[batch_action(terminate = terminate_instances)]
#[batch_action(unmonitor = unmonitor_instances)]
#[reference(classic_address = ClassicAddress(public_ip = public_ip_address))]
#[reference(image = Image(id = image_id))]
#[reference(key_pair = KeyPairInfo(name = key_name))]
#[reference(subnet = Subnet(id = subnet_id))]
#[reference(vpc = Vpc(id = vpc_id))]
#[collection(volumes = describe_volumes,
             with = |r| r.filters(vec![Filter::new().name("attachment.instance-id")
                 .values(vec![self.id.clone()])]),
             items = volumes, resource = Volume(id = volume_id))]
#[collection(vpc_addresses = describe_addresses,
             with = |r| r.filters(vec![Filter::new().name("instance-id")
                 .values(vec![self.id.clone()])]),
             items = addresses, resource = VpcAddress(allocation_id = allocation_id))]
#[waiter(exists = instance_exists, with = |r| r.instance_ids(vec![self.id.clone()]))]
#[waiter(running = instance_running, with = |r| r.instance_ids(vec![self.id.clone()]))]
#[waiter(stopped = instance_stopped, with = |r| r.instance_ids(vec![self.id.clone()]))]
#[waiter(terminated = instance_terminated, with = |r| r.instance_ids(vec![self.id.clone()]))]
pub struct Instance {
    /// The identifier `Id`.
    #[identifier(member = instance_id)]
    id: String,
    /// The architecture of the image.
    architecture: Option<ArchitectureValues>,
    /// Any block device mapping entries for the instance.
    block_device_mappings: Vec<InstanceBlockDeviceMapping>,
    /// The idempotency token you provided when you launched the instance, if applicable.
    client_token: Option<String>,
    /// Indicates whether the instance is optimized for Amazon EBS I/O. This optimization provides
    /// dedicated throughput to Amazon EBS and an optimized configuration stack to provide optimal
    /// I/O performance. This optimization isn't available with all instance types. Additional usage
    /// charges apply when using an EBS Optimized instance.
    ebs_optimized: Option<bool>,
    /// Specifies whether enhanced networking with ENA is enabled.
    ena_support: Option<bool>,
    /// The hypervisor type of the instance. The value `xen` is used for both Xen and Nitro
    /// hypervisors.
    hypervisor: Option<HypervisorType>,
    /// The IAM instance profile associated with the instance, if applicable.
    iam_instance_profile: Option<IamInstanceProfile>,
    /// Indicates whether this is a Spot Instance or a Scheduled Instance.
    instance_lifecycle: Option<InstanceLifecycleType>,
    /// Deprecated.
    elastic_gpu_associations: Vec<ElasticGpuAssociation>,
    /// Deprecated
    elastic_inference_accelerator_associations: Vec<ElasticInferenceAcceleratorAssociation>,
    /// The network interfaces for the instance.
    #[attribute(member = network_interfaces)]
    network_interfaces_attribute: Vec<InstanceNetworkInterface>,
    /// The Amazon Resource Name (ARN) of the Outpost.
    outpost_arn: Option<String>,
    /// The device name of the root device volume (for example, `/dev/sda1`).
    root_device_name: Option<String>,
    /// The root device type used by the AMI. The AMI can use an EBS volume or an instance store
    /// volume.
    root_device_type: Option<DeviceType>,
    /// The security groups for the instance.
    security_groups: Vec<GroupIdentifier>,
    /// Indicates whether source/destination checking is enabled.
    source_dest_check: Option<bool>,
    /// If the request is a Spot Instance request, the ID of the request.
    spot_instance_request_id: Option<String>,
    /// Specifies whether enhanced networking with the Intel 82599 Virtual Function interface is
    /// enabled.
    sriov_net_support: Option<String>,
    /// The reason for the most recent state transition.
    state_reason: Option<StateReason>,
    /// Any tags assigned to the instance.
    tags: Vec<TagShape>,
    /// The virtualization type of the instance.
    virtualization_type: Option<VirtualizationType>,
    /// The CPU options for the instance.
    cpu_options: Option<CpuOptions>,
    /// The ID of the Capacity Block.
    capacity_block_id: Option<String>,
    /// The ID of the Capacity Reservation.
    capacity_reservation_id: Option<String>,
    /// Information about the Capacity Reservation targeting option.
    capacity_reservation_specification: Option<CapacityReservationSpecificationResponse>,
    /// Indicates whether the instance is enabled for hibernation.
    hibernation_options: Option<HibernationOptions>,
    /// The license configurations for the instance.
    licenses: Vec<LicenseConfiguration>,
    /// The metadata options for the instance.
    metadata_options: Option<InstanceMetadataOptionsResponse>,
    /// Indicates whether the instance is enabled for Amazon Web Services Nitro Enclaves.
    enclave_options: Option<EnclaveOptions>,
    /// The boot mode that was specified by the AMI. If the value is `uefi-preferred`, the AMI
    /// supports both UEFI and Legacy BIOS. The `currentInstanceBootMode` parameter is the boot mode
    /// that is used to boot the instance at launch or start.
    boot_mode: Option<BootModeValues>,
    /// The platform details value for the instance. For more information, see [AMI billing
    /// information
    /// fields](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/billing-info-fields.html) in the
    /// *Amazon EC2 User Guide*.
    platform_details: Option<String>,
    /// The usage operation value for the instance. For more information, see [AMI billing
    /// information
    /// fields](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/billing-info-fields.html) in the
    /// *Amazon EC2 User Guide*.
    usage_operation: Option<String>,
    /// The time that the usage operation was last updated.
    usage_operation_update_time: Option<DateTime>,
    /// The options for the instance hostname.
    private_dns_name_options: Option<PrivateDnsNameOptionsResponse>,
    /// The IPv6 address assigned to the instance.
    ipv6_address: Option<String>,
    /// If the instance is configured for NitroTPM support, the value is `v2.0`. For more
    /// information, see
    /// [NitroTPM](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/nitrotpm.html) in the *Amazon
    /// EC2 User Guide*.
    tpm_support: Option<String>,
    /// Provides information on the recovery and maintenance options of your instance.
    maintenance_options: Option<InstanceMaintenanceOptions>,
    /// The boot mode that is used to boot the instance at launch or start. For more information,
    /// see [Boot modes](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ami-boot.html) in the
    /// *Amazon EC2 User Guide*.
    current_instance_boot_mode: Option<InstanceBootModeValues>,
    /// Contains settings for the network performance options for your instance.
    network_performance_options: Option<InstanceNetworkPerformanceOptions>,
    /// The service provider that manages the instance.
    operator: Option<OperatorResponse>,
    /// The secondary interfaces for the instance.
    secondary_interfaces: Vec<InstanceSecondaryInterface>,
    /// The ID of the instance.
    instance_id: Option<String>,
    /// The ID of the AMI used to launch the instance.
    image_id: Option<String>,
    /// The current state of the instance.
    state: Option<InstanceState>,
    /// \[IPv4 only\] The private DNS hostname name assigned to the instance. This DNS hostname can
    /// only be used inside the Amazon EC2 network. This name is not available until the instance
    /// enters the `running` state.
    private_dns_name: Option<String>,
    /// The public DNS name assigned to the instance. This name is not available until the instance
    /// enters the `running` state. This name is only available if you've enabled DNS hostnames for
    /// your VPC. The format of this name depends on the [public hostname
    /// type](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/hostname-types.html#public-hostnames).
    public_dns_name: Option<String>,
    /// The reason for the most recent state transition. This might be an empty string.
    state_transition_reason: Option<String>,
    /// The name of the key pair, if this instance was launched with an associated key pair.
    key_name: Option<String>,
    /// The AMI launch index, which can be used to find this instance in the launch group.
    ami_launch_index: Option<i32>,
    /// The product codes attached to this instance, if applicable.
    product_codes: Vec<ProductCode>,
    /// The instance type.
    instance_type: Option<InstanceType>,
    /// The time that the instance was last launched. To determine the time that instance was first
    /// launched, see the attachment time for the primary network interface.
    launch_time: Option<DateTime>,
    /// The location where the instance launched, if applicable.
    placement: Option<Placement>,
    /// The kernel associated with this instance, if applicable.
    kernel_id: Option<String>,
    /// The RAM disk associated with this instance, if applicable.
    ramdisk_id: Option<String>,
    /// The platform. This value is `windows` for Windows instances; otherwise, it is empty.
    platform: Option<PlatformValues>,
    /// The monitoring for the instance.
    monitoring: Option<Monitoring>,
    /// The ID of the subnet in which the instance is running.
    subnet_id: Option<String>,
    /// The ID of the VPC in which the instance is running.
    vpc_id: Option<String>,
    /// The private IPv4 address assigned to the instance.
    private_ip_address: Option<String>,
    /// The public IPv4 address, or the Carrier IP address assigned to the instance, if applicable.
    public_ip_address: Option<String>,
}

/// boto3's `InternetGateway` resource, identified by `id`; its data is `DescribeInternetGateways`'s
/// answer, loaded on first access.
#[resource(client = Client, shape = InternetGatewayShape, load = describe_internet_gateways,
           load_with = |r| r.internet_gateway_ids(vec![self.id.clone()]),
           load_path = |o: DescribeInternetGatewaysResult| o.internet_gateways.into_iter().next())]
#[action(attach_to_vpc = attach_internet_gateway,
         with = |r| r.internet_gateway_id(self.id.clone()))]
#[action(delete = delete_internet_gateway, with = |r| r.internet_gateway_id(self.id.clone()))]
#[action(detach_from_vpc = detach_internet_gateway,
         with = |r| r.internet_gateway_id(self.id.clone()))]
pub struct InternetGateway {
    /// The identifier `Id`.
    #[identifier(member = internet_gateway_id)]
    id: String,
    /// Any VPCs attached to the internet gateway.
    attachments: Vec<InternetGatewayAttachment>,
    /// The ID of the internet gateway.
    internet_gateway_id: Option<String>,
    /// The ID of the Amazon Web Services account that owns the internet gateway.
    owner_id: Option<String>,
    /// Any tags assigned to the internet gateway.
    tags: Vec<TagShape>,
}

/// boto3's `KeyPair` resource, identified by `name`; its data comes with the answer that built it.
#[resource(client = Client, shape = KeyPairShape)]
#[action(delete = delete_key_pair)]
pub struct KeyPair {
    /// The identifier `Name`.
    #[identifier(param = key_name, member = key_name)]
    name: String,
    /// The ID of the key pair.
    key_pair_id: Option<String>,
    /// Any tags applied to the key pair.
    tags: Vec<TagShape>,
    /// The name of the key pair.
    key_name: Option<String>,
    /// For RSA key pairs, the key fingerprint is the SHA-1 digest of the DER encoded private key.
    key_fingerprint: Option<String>,
    /// An unencrypted PEM encoded RSA or ED25519 private key.
    key_material: Option<String>,
}

/// boto3's `KeyPairInfo` resource, identified by `name`; its data is `DescribeKeyPairs`'s answer,
/// loaded on first access.
#[resource(client = Client, shape = KeyPairInfoShape, load = describe_key_pairs,
           load_with = |r| r.key_names(vec![self.name.clone()]),
           load_path = |o: DescribeKeyPairsResult| o.key_pairs.into_iter().next())]
#[action(delete = delete_key_pair, with = |r| r.key_name(self.name.clone()))]
pub struct KeyPairInfo {
    /// The identifier `Name`.
    #[identifier(member = key_name)]
    name: String,
    /// The ID of the key pair.
    key_pair_id: Option<String>,
    /// The type of key pair.
    key_type: Option<KeyType>,
    /// Any tags applied to the key pair.
    tags: Vec<TagShape>,
    /// The public key material.
    public_key: Option<String>,
    /// If you used Amazon EC2 to create the key pair, this is the date and time when the key was
    /// created, in [ISO 8601 date-time
    /// format](https://www.iso.org/iso-8601-date-and-time-format.html), in the UTC time zone.
    create_time: Option<DateTime>,
    /// The name of the key pair.
    key_name: Option<String>,
    /// The member `KeyFingerprint` of the data.
    key_fingerprint: Option<String>,
}

/// boto3's `NetworkAcl` resource, identified by `id`; its data is `DescribeNetworkAcls`'s answer,
/// loaded on first access.
#[resource(client = Client, shape = NetworkAclShape, load = describe_network_acls,
           load_with = |r| r.network_acl_ids(vec![self.id.clone()]),
           load_path = |o: DescribeNetworkAclsResult| o.network_acls.into_iter().next())]
#[action(create_entry = create_network_acl_entry, with = |r| r.network_acl_id(self.id.clone()))]
#[action(delete = delete_network_acl, with = |r| r.network_acl_id(self.id.clone()))]
#[action(delete_entry = delete_network_acl_entry, with = |r| r.network_acl_id(self.id.clone()))]
#[action(replace_association = replace_network_acl_association,
         with = |r| r.network_acl_id(self.id.clone()))]
#[action(replace_entry = replace_network_acl_entry, with = |r| r.network_acl_id(self.id.clone()))]
#[reference(vpc = Vpc(id = vpc_id))]
pub struct NetworkAcl {
    /// The identifier `Id`.
    #[identifier(member = network_acl_id)]
    id: String,
    /// Any associations between the network ACL and your subnets
    associations: Vec<NetworkAclAssociation>,
    /// The entries (rules) in the network ACL.
    entries: Vec<NetworkAclEntry>,
    /// Indicates whether this is the default network ACL for the VPC.
    is_default: Option<bool>,
    /// The ID of the network ACL.
    network_acl_id: Option<String>,
    /// Any tags assigned to the network ACL.
    tags: Vec<TagShape>,
    /// The ID of the VPC for the network ACL.
    vpc_id: Option<String>,
    /// The ID of the Amazon Web Services account that owns the network ACL.
    owner_id: Option<String>,
}

/// boto3's `NetworkInterface` resource, identified by `id`; its data is
/// `DescribeNetworkInterfaces`'s answer, loaded on first access.
#[resource(client = Client, shape = NetworkInterfaceShape, load = describe_network_interfaces,
           load_with = |r| r.network_interface_ids(vec![self.id.clone()]),
           load_path = |o: DescribeNetworkInterfacesResult| o.network_interfaces.into_iter()
               .next())]
#[action(assign_private_ip_addresses = assign_private_ip_addresses,
         with = |r| r.network_interface_id(self.id.clone()))]
#[action(attach = attach_network_interface, with = |r| r.network_interface_id(self.id.clone()))]
#[action(delete = delete_network_interface, with = |r| r.network_interface_id(self.id.clone()))]
#[action(describe_attribute = describe_network_interface_attribute,
         with = |r| r.network_interface_id(self.id.clone()))]
#[action(modify_attribute = modify_network_interface_attribute,
         with = |r| r.network_interface_id(self.id.clone()))]
#[action(reset_attribute = reset_network_interface_attribute,
         with = |r| r.network_interface_id(self.id.clone()))]
#[action(unassign_private_ip_addresses = unassign_private_ip_addresses,
         with = |r| r.network_interface_id(self.id.clone()))]
#[reference(subnet = Subnet(id = subnet_id))]
#[reference(vpc = Vpc(id = vpc_id))]
pub struct NetworkInterface {
    /// The identifier `Id`.
    #[identifier(member = network_interface_id)]
    id: String,
    /// The association information for an Elastic IP address (IPv4) associated with the network
    /// interface.
    #[attribute(member = association)]
    association_attribute: Option<NetworkInterfaceAssociationShape>,
    /// The network interface attachment.
    attachment: Option<NetworkInterfaceAttachment>,
    /// The Availability Zone.
    availability_zone: Option<String>,
    /// A security group connection tracking configuration that enables you to set the timeout for
    /// connection tracking on an Elastic network interface. For more information, see [Connection
    /// tracking
    /// timeouts](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/security-group-connection-tracking.html#connection-tracking-timeouts)
    /// in the *Amazon EC2 User Guide*.
    connection_tracking_configuration: Option<ConnectionTrackingConfiguration>,
    /// A description.
    description: Option<String>,
    /// Any security groups for the network interface.
    groups: Vec<GroupIdentifier>,
    /// The type of network interface.
    interface_type: Option<NetworkInterfaceType>,
    /// The IPv6 addresses associated with the network interface.
    ipv6_addresses: Vec<NetworkInterfaceIpv6Address>,
    /// The MAC address.
    mac_address: Option<String>,
    /// The ID of the network interface.
    network_interface_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the Outpost.
    outpost_arn: Option<String>,
    /// The Amazon Web Services account ID of the owner of the network interface.
    owner_id: Option<String>,
    /// The private hostname. For more information, see [EC2 instance hostnames, DNS names, and
    /// domains](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html) in
    /// the *Amazon EC2 User Guide*.
    private_dns_name: Option<String>,
    /// A public hostname. For more information, see [EC2 instance hostnames, DNS names, and
    /// domains](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html) in
    /// the *Amazon EC2 User Guide*.
    public_dns_name: Option<String>,
    /// Public hostname type options. For more information, see [EC2 instance hostnames, DNS names,
    /// and domains](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-naming.html)
    /// in the *Amazon EC2 User Guide*.
    public_ip_dns_name_options: Option<PublicIpDnsNameOptions>,
    /// The IPv4 address of the network interface within the subnet.
    private_ip_address: Option<String>,
    /// The private IPv4 addresses associated with the network interface.
    private_ip_addresses: Vec<NetworkInterfacePrivateIpAddress>,
    /// The IPv4 prefixes that are assigned to the network interface.
    ipv4_prefixes: Vec<Ipv4PrefixSpecification>,
    /// The IPv6 prefixes that are assigned to the network interface.
    ipv6_prefixes: Vec<Ipv6PrefixSpecification>,
    /// The alias or Amazon Web Services account ID of the principal or service that created the
    /// network interface.
    requester_id: Option<String>,
    /// Indicates whether the network interface is being managed by Amazon Web Services.
    requester_managed: Option<bool>,
    /// Indicates whether source/destination checking is enabled.
    source_dest_check: Option<bool>,
    /// The status of the network interface.
    status: Option<NetworkInterfaceStatus>,
    /// The ID of the subnet.
    subnet_id: Option<String>,
    /// Any tags assigned to the network interface.
    tag_set: Vec<TagShape>,
    /// The ID of the VPC.
    vpc_id: Option<String>,
    /// Indicates whether a network interface with an IPv6 address is unreachable from the public
    /// internet. If the value is `true`, inbound traffic from the internet is dropped and you
    /// cannot assign an elastic IP address to the network interface. The network interface is
    /// reachable from peered VPCs and resources connected through a transit gateway, including
    /// on-premises networks.
    deny_all_igw_traffic: Option<bool>,
    /// Indicates whether this is an IPv6 only network interface.
    ipv6_native: Option<bool>,
    /// The IPv6 globally unique address associated with the network interface.
    ipv6_address: Option<String>,
    /// The service provider that manages the network interface.
    operator: Option<OperatorResponse>,
    /// The subnets associated with this network interface.
    associated_subnets: Vec<String>,
    /// The ID of the Availability Zone.
    availability_zone_id: Option<String>,
}

/// boto3's `NetworkInterfaceAssociation` resource, identified by `id`; its data is
/// `DescribeNetworkInterfaces`'s answer, loaded on first access.
#[resource(client = Client, shape = NetworkInterfaceAssociationShape,
           load = describe_network_interfaces,
           load_with = |r| r.filters(vec![Filter::new().name("association.association-id")
               .values(vec![self.id.clone()])]),
           load_path = |o: DescribeNetworkInterfacesResult| o.network_interfaces.into_iter().next()
               .and_then(|x| x.association))]
#[action(delete = disassociate_address, with = |r| r.association_id(self.id.clone()))]
#[reference(address = VpcAddress(allocation_id = allocation_id))]
pub struct NetworkInterfaceAssociation {
    /// The identifier `Id`.
    #[identifier]
    id: String,
    /// The allocation ID.
    allocation_id: Option<String>,
    /// The association ID.
    association_id: Option<String>,
    /// The ID of the Elastic IP address owner.
    ip_owner_id: Option<String>,
    /// The public DNS name.
    public_dns_name: Option<String>,
    /// The address of the Elastic IP address bound to the network interface.
    public_ip: Option<String>,
    /// The customer-owned IP address associated with the network interface.
    customer_owned_ip: Option<String>,
    /// The carrier IP address associated with the network interface.
    carrier_ip: Option<String>,
}

/// boto3's `PlacementGroup` resource, identified by `name`; its data is `DescribePlacementGroups`'s
/// answer, loaded on first access.
#[resource(client = Client, shape = PlacementGroupShape, load = describe_placement_groups,
           load_with = |r| r.group_names(vec![self.name.clone()]),
           load_path = |o: DescribePlacementGroupsResult| o.placement_groups.into_iter().next())]
#[action(delete = delete_placement_group, with = |r| r.group_name(self.name.clone()))]
#[collection(instances = describe_instances,
             with = |r| r.filters(vec![Filter::new().name("placement-group-name")
                 .values(vec![self.name.clone()])]),
             path = |o: DescribeInstancesResult| Reservation { instances: o.reservations.into_iter()
                 .flat_map(|x| x.instances).collect(), ..Default::default() },
             items = instances, resource = Instance(id = instance_id))]
pub struct PlacementGroup {
    /// The identifier `Name`.
    #[identifier(member = group_name)]
    name: String,
    /// The name of the placement group.
    group_name: Option<String>,
    /// The state of the placement group.
    state: Option<PlacementGroupState>,
    /// The placement strategy.
    strategy: Option<PlacementStrategy>,
    /// The number of partitions. Valid only if **strategy** is set to `partition`.
    partition_count: Option<i32>,
    /// The ID of the placement group.
    group_id: Option<String>,
    /// Any tags applied to the placement group.
    tags: Vec<TagShape>,
    /// The Amazon Resource Name (ARN) of the placement group.
    group_arn: Option<String>,
    /// The spread level for the placement group. *Only* Outpost placement groups can be spread
    /// across hosts.
    spread_level: Option<SpreadLevel>,
    /// Reserved for future use.
    linked_group_id: Option<String>,
    /// The service provider that manages the Placement Group.
    operator: Option<OperatorResponse>,
}

/// boto3's `Route` resource, identified by `route_table_id`, `destination_cidr_block`; its data
/// comes with the answer that built it.
#[resource(client = Client, shape = RouteShape)]
#[action(delete = delete_route)]
#[action(replace = replace_route)]
#[subresource(route_table = RouteTable(id = self.route_table_id))]
pub struct Route {
    /// The identifier `RouteTableId`.
    #[identifier(param = route_table_id)]
    route_table_id: String,
    /// The identifier `DestinationCidrBlock`.
    #[identifier(param = destination_cidr_block, member = destination_cidr_block)]
    destination_cidr_block: String,
    /// The IPv6 CIDR block used for the destination match.
    destination_ipv6_cidr_block: Option<String>,
    /// The prefix of the Amazon Web Services service.
    destination_prefix_list_id: Option<String>,
    /// The ID of the egress-only internet gateway.
    egress_only_internet_gateway_id: Option<String>,
    /// The ID of a gateway attached to your VPC.
    gateway_id: Option<String>,
    /// The ID of a NAT instance in your VPC.
    instance_id: Option<String>,
    /// The ID of Amazon Web Services account that owns the instance.
    instance_owner_id: Option<String>,
    /// The ID of a NAT gateway.
    nat_gateway_id: Option<String>,
    /// The ID of a transit gateway.
    transit_gateway_id: Option<String>,
    /// The ID of the local gateway.
    local_gateway_id: Option<String>,
    /// The ID of the carrier gateway.
    carrier_gateway_id: Option<String>,
    /// The ID of the network interface.
    network_interface_id: Option<String>,
    /// Describes how the route was created.
    origin: Option<RouteOrigin>,
    /// The state of the route. The `blackhole` state indicates that the route's target isn't
    /// available (for example, the specified gateway isn't attached to the VPC, or the specified
    /// NAT instance has been terminated).
    state: Option<RouteState>,
    /// The ID of a VPC peering connection.
    vpc_peering_connection_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the core network.
    core_network_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the ODB network.
    odb_network_arn: Option<String>,
    /// The next hop IP address for routes propagated by VPC Route Server into VPC route tables.
    ip_address: Option<String>,
}

/// boto3's `RouteTable` resource, identified by `id`; its data is `DescribeRouteTables`'s answer,
/// loaded on first access.
#[resource(client = Client, shape = RouteTableShape, load = describe_route_tables,
           load_with = |r| r.route_table_ids(vec![self.id.clone()]),
           load_path = |o: DescribeRouteTablesResult| o.route_tables.into_iter().next())]
#[action(associate_with_subnet = associate_route_table,
         with = |r| r.route_table_id(self.id.clone()),
         resource = RouteTableAssociation(id = association_id))]
#[action(create_route = create_route, with = |r| r.route_table_id(self.id.clone()),
         resource = Route(route_table_id = self.id,
             destination_cidr_block = request.destination_cidr_block))]
#[action(delete = delete_route_table, with = |r| r.route_table_id(self.id.clone()))]
#[reference(vpc = Vpc(id = vpc_id))]
pub struct RouteTable {
    /// The identifier `Id`.
    #[identifier(member = route_table_id)]
    id: String,
    /// The associations between the route table and your subnets or gateways.
    #[attribute(member = associations)]
    associations_attribute: Vec<RouteTableAssociationShape>,
    /// Any virtual private gateway (VGW) propagating routes.
    propagating_vgws: Vec<PropagatingVgw>,
    /// The ID of the route table.
    route_table_id: Option<String>,
    /// The routes in the route table.
    #[attribute(member = routes)]
    routes_attribute: Vec<RouteShape>,
    /// Any tags assigned to the route table.
    tags: Vec<TagShape>,
    /// The ID of the VPC.
    vpc_id: Option<String>,
    /// The ID of the Amazon Web Services account that owns the route table.
    owner_id: Option<String>,
}

/// boto3's `RouteTableAssociation` resource, identified by `id`; its data comes with the answer
/// that built it.
#[resource(client = Client, shape = RouteTableAssociationShape)]
#[action(delete = disassociate_route_table)]
#[action(replace_subnet = replace_route_table_association,
         resource = RouteTableAssociation(id = new_association_id))]
#[reference(route_table = RouteTable(id = route_table_id))]
#[reference(subnet = Subnet(id = subnet_id))]
pub struct RouteTableAssociation {
    /// The identifier `Id`.
    #[identifier(param = association_id, member = route_table_association_id)]
    id: String,
    /// Indicates whether this is the main route table.
    main: Option<bool>,
    /// The ID of the association.
    route_table_association_id: Option<String>,
    /// The ID of the route table.
    route_table_id: Option<String>,
    /// The ID of the subnet. A subnet ID is not returned for an implicit association.
    subnet_id: Option<String>,
    /// The ID of the internet gateway or virtual private gateway.
    gateway_id: Option<String>,
    /// The ID of a public IPv4 pool. A public IPv4 pool is a pool of IPv4 addresses that you've
    /// brought to Amazon Web Services with BYOIP.
    public_ipv4_pool: Option<String>,
    /// The state of the association.
    association_state: Option<RouteTableAssociationState>,
}

/// boto3's `SecurityGroup` resource, identified by `id`; its data is `DescribeSecurityGroups`'s
/// answer, loaded on first access.
#[resource(client = Client, shape = SecurityGroupShape, load = describe_security_groups,
           load_with = |r| r.group_ids(vec![self.id.clone()]),
           load_path = |o: DescribeSecurityGroupsResult| o.security_groups.into_iter().next())]
#[action(authorize_egress = authorize_security_group_egress,
         with = |r| r.group_id(self.id.clone()))]
#[action(authorize_ingress = authorize_security_group_ingress,
         with = |r| r.group_id(self.id.clone()))]
#[action(delete = delete_security_group, with = |r| r.group_id(self.id.clone()))]
#[action(revoke_egress = revoke_security_group_egress, with = |r| r.group_id(self.id.clone()))]
#[action(revoke_ingress = revoke_security_group_ingress, with = |r| r.group_id(self.id.clone()))]
pub struct SecurityGroup {
    /// The identifier `Id`.
    #[identifier(member = group_id)]
    id: String,
    /// The ID of the security group.
    group_id: Option<String>,
    /// The outbound rules associated with the security group.
    ip_permissions_egress: Vec<IpPermission>,
    /// Any tags assigned to the security group.
    tags: Vec<TagShape>,
    /// The ID of the VPC for the security group.
    vpc_id: Option<String>,
    /// The ARN of the security group.
    security_group_arn: Option<String>,
    /// The Amazon Web Services account ID of the owner of the security group.
    owner_id: Option<String>,
    /// The name of the security group.
    group_name: Option<String>,
    /// A description of the security group.
    description: Option<String>,
    /// The inbound rules associated with the security group.
    ip_permissions: Vec<IpPermission>,
}

/// boto3's `Snapshot` resource, identified by `id`; its data is `DescribeSnapshots`'s answer,
/// loaded on first access.
#[resource(client = Client, shape = SnapshotShape, load = describe_snapshots,
           load_with = |r| r.snapshot_ids(vec![self.id.clone()]),
           load_path = |o: DescribeSnapshotsResult| o.snapshots.into_iter().next())]
#[action(copy = copy_snapshot, with = |r| r.source_snapshot_id(self.id.clone()))]
#[action(delete = delete_snapshot, with = |r| r.snapshot_id(self.id.clone()))]
#[action(describe_attribute = describe_snapshot_attribute,
         with = |r| r.snapshot_id(self.id.clone()))]
#[action(modify_attribute = modify_snapshot_attribute, with = |r| r.snapshot_id(self.id.clone()))]
#[action(reset_attribute = reset_snapshot_attribute, with = |r| r.snapshot_id(self.id.clone()))]
#[reference(volume = Volume(id = volume_id))]
#[waiter(completed = snapshot_completed, with = |r| r.snapshot_ids(vec![self.id.clone()]))]
pub struct Snapshot {
    /// The identifier `Id`.
    #[identifier(member = snapshot_id)]
    id: String,
    /// The Amazon Web Services owner alias, from an Amazon-maintained list (`amazon`). This is not
    /// the user-configured Amazon Web Services account alias set using the IAM console.
    owner_alias: Option<String>,
    /// The ARN of the Outpost on which the snapshot is stored. For more information, see [Amazon
    /// EBS local snapshots on
    /// Outposts](https://docs.aws.amazon.com/ebs/latest/userguide/snapshots-outposts.html) in the
    /// *Amazon EBS User Guide*.
    outpost_arn: Option<String>,
    /// Any tags assigned to the snapshot.
    tags: Vec<TagShape>,
    /// The storage tier in which the snapshot is stored. `standard` indicates that the snapshot is
    /// stored in the standard snapshot storage tier and that it is ready for use. `archive`
    /// indicates that the snapshot is currently archived and that it must be restored before it can
    /// be used.
    storage_tier: Option<StorageTier>,
    /// Only for archived snapshots that are temporarily restored. Indicates the date and time when
    /// a temporarily restored snapshot will be automatically re-archived.
    restore_expiry_time: Option<DateTime>,
    /// Reserved for future use.
    sse_type: Option<SSEType>,
    /// The Availability Zone or Local Zone of the snapshot. For example, `us-west-1a` (Availability
    /// Zone) or `us-west-2-lax-1a` (Local Zone).
    availability_zone: Option<String>,
    /// Only for snapshot copies.
    transfer_type: Option<TransferType>,
    /// Only for snapshot copies created with time-based snapshot copy operations.
    completion_duration_minutes: Option<i32>,
    /// The time stamp when the snapshot was completed.
    completion_time: Option<DateTime>,
    /// The full size of the snapshot, in bytes.
    full_snapshot_size_in_bytes: Option<i64>,
    /// The ID of the snapshot. Each snapshot receives a unique identifier when it is created.
    snapshot_id: Option<String>,
    /// The ID of the volume that was used to create the snapshot. Snapshots created by a copy
    /// snapshot operation have an arbitrary volume ID that you should not use for any purpose.
    volume_id: Option<String>,
    /// The snapshot state.
    state: Option<SnapshotState>,
    /// Encrypted Amazon EBS snapshots are copied asynchronously. If a snapshot copy operation fails
    /// (for example, if the proper KMS permissions are not obtained) this field displays error
    /// state details to help you diagnose why the error occurred. This parameter is only returned
    /// by `DescribeSnapshots`.
    state_message: Option<String>,
    /// The time stamp when the snapshot was initiated.
    start_time: Option<DateTime>,
    /// The progress of the snapshot, as a percentage.
    progress: Option<String>,
    /// The ID of the Amazon Web Services account that owns the EBS snapshot.
    owner_id: Option<String>,
    /// The description for the snapshot.
    description: Option<String>,
    /// The size of the volume, in GiB.
    volume_size: Option<i32>,
    /// Indicates whether the snapshot is encrypted.
    encrypted: Option<bool>,
    /// The Amazon Resource Name (ARN) of the KMS key that was used to protect the volume encryption
    /// key for the parent volume.
    kms_key_id: Option<String>,
    /// The data encryption key identifier for the snapshot. This value is a unique identifier that
    /// corresponds to the data encryption key that was used to encrypt the original volume or
    /// snapshot copy. Because data encryption keys are inherited by volumes created from snapshots,
    /// and vice versa, if snapshots share the same data encryption key identifier, then they belong
    /// to the same volume/snapshot lineage. This parameter is only returned by `DescribeSnapshots`.
    data_encryption_key_id: Option<String>,
}

/// boto3's `Subnet` resource, identified by `id`; its data is `DescribeSubnets`'s answer, loaded on
/// first access.
#[resource(client = Client, shape = SubnetShape, load = describe_subnets,
           load_with = |r| r.subnet_ids(vec![self.id.clone()]),
           load_path = |o: DescribeSubnetsResult| o.subnets.into_iter().next())]
#[action(create_instances = run_instances, with = |r| r.subnet_id(self.id.clone()),
         items = instances, resource = Instance(id = instance_id))]
#[action(create_network_interface = create_network_interface,
         with = |r| r.subnet_id(self.id.clone()),
         path = |o: CreateNetworkInterfaceResult| o.network_interface.unwrap_or_default(),
         resource = NetworkInterface(id = network_interface_id))]
#[action(delete = delete_subnet, with = |r| r.subnet_id(self.id.clone()))]
#[reference(vpc = Vpc(id = vpc_id))]
#[collection(instances = describe_instances,
             with = |r| r.filters(vec![Filter::new().name("subnet-id")
                 .values(vec![self.id.clone()])]),
             path = |o: DescribeInstancesResult| Reservation { instances: o.reservations.into_iter()
                 .flat_map(|x| x.instances).collect(), ..Default::default() },
             items = instances, resource = Instance(id = instance_id))]
#[collection(network_interfaces = describe_network_interfaces,
             with = |r| r.filters(vec![Filter::new().name("subnet-id")
                 .values(vec![self.id.clone()])]),
             items = network_interfaces, resource = NetworkInterface(id = network_interface_id))]
pub struct Subnet {
    /// The identifier `Id`.
    #[identifier(member = subnet_id)]
    id: String,
    /// The AZ ID of the subnet.
    availability_zone_id: Option<String>,
    /// Indicates the device position for local network interfaces in this subnet. For example, `1`
    /// indicates local network interfaces in this subnet are the secondary network interface
    /// (eth1).
    enable_lni_at_device_index: Option<i32>,
    /// Indicates whether a network interface created in this subnet (including a network interface
    /// created by `RunInstances`) receives a customer-owned IPv4 address.
    map_customer_owned_ip_on_launch: Option<bool>,
    /// The customer-owned IPv4 address pool associated with the subnet.
    customer_owned_ipv4_pool: Option<String>,
    /// The ID of the Amazon Web Services account that owns the subnet.
    owner_id: Option<String>,
    /// Indicates whether a network interface created in this subnet (including a network interface
    /// created by `RunInstances`) receives an IPv6 address.
    assign_ipv6_address_on_creation: Option<bool>,
    /// Information about the IPv6 CIDR blocks associated with the subnet.
    ipv6_cidr_block_association_set: Vec<SubnetIpv6CidrBlockAssociation>,
    /// Any tags assigned to the subnet.
    tags: Vec<TagShape>,
    /// The Amazon Resource Name (ARN) of the subnet.
    subnet_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the Outpost.
    outpost_arn: Option<String>,
    /// Indicates whether DNS queries made to the Amazon-provided DNS Resolver in this subnet should
    /// return synthetic IPv6 addresses for IPv4-only destinations.
    enable_dns64: Option<bool>,
    /// Indicates whether this is an IPv6 only subnet.
    ipv6_native: Option<bool>,
    /// The type of hostnames to assign to instances in the subnet at launch. An instance hostname
    /// is based on the IPv4 address or ID of the instance.
    private_dns_name_options_on_launch: Option<PrivateDnsNameOptionsOnLaunch>,
    /// The state of VPC Block Public Access (BPA).
    block_public_access_states: Option<BlockPublicAccessStates>,
    /// Indicates if this is a subnet used with Amazon Elastic VMware Service (EVS). Possible values
    /// are `Elastic VMware Service` or no value. For more information about Amazon EVS, see [
    /// *Amazon Elastic VMware Service API Reference*
    /// ](https://docs.aws.amazon.com/evs/latest/APIReference/Welcome.html).
    r#type: Option<String>,
    /// The ID of the subnet.
    subnet_id: Option<String>,
    /// The current state of the subnet.
    state: Option<SubnetState>,
    /// The ID of the VPC the subnet is in.
    vpc_id: Option<String>,
    /// The IPv4 CIDR block assigned to the subnet.
    cidr_block: Option<String>,
    /// The number of unused private IPv4 addresses in the subnet. The IPv4 addresses for any
    /// stopped instances are considered unavailable.
    available_ip_address_count: Option<i32>,
    /// The Availability Zone of the subnet.
    availability_zone: Option<String>,
    /// Indicates whether this is the default subnet for the Availability Zone.
    default_for_az: Option<bool>,
    /// Indicates whether instances launched in this subnet receive a public IPv4 address.
    map_public_ip_on_launch: Option<bool>,
}

/// boto3's `Tag` resource, identified by `resource_id`, `key`, `value`; its data is
/// `DescribeTags`'s answer, loaded on first access.
#[resource(client = Client, shape = TagDescription, load = describe_tags,
           load_with = |r| r.filters(vec![Filter::new().name("key").values(vec![self.key.clone()]),
               Filter::new().name("value").values(vec![self.value.clone()]), Filter::new()
               .name("resource-id").values(vec![self.resource_id.clone()])]),
           load_path = |o: DescribeTagsResult| o.tags.into_iter().next())]
#[action(delete = delete_tags,
         with = |r| r.resources(vec![self.resource_id.clone()]).tags(vec![TagShape::new()
             .key(self.key.clone()).value(self.value.clone())]))]
pub struct Tag {
    /// The identifier `ResourceId`.
    #[identifier(member = resource_id)]
    resource_id: String,
    /// The identifier `Key`.
    #[identifier(member = key)]
    key: String,
    /// The identifier `Value`.
    #[identifier(member = value)]
    value: String,
    /// The resource type.
    resource_type: Option<ResourceType>,
}

/// boto3's `Volume` resource, identified by `id`; its data is `DescribeVolumes`'s answer, loaded on
/// first access.
#[resource(client = Client, shape = VolumeShape, load = describe_volumes,
           load_with = |r| r.volume_ids(vec![self.id.clone()]),
           load_path = |o: DescribeVolumesResult| o.volumes.into_iter().next())]
#[action(attach_to_instance = attach_volume, with = |r| r.volume_id(self.id.clone()))]
#[action(create_snapshot = create_snapshot, with = |r| r.volume_id(self.id.clone()),
         resource = Snapshot(id = snapshot_id))]
#[action(delete = delete_volume, with = |r| r.volume_id(self.id.clone()))]
#[action(describe_attribute = describe_volume_attribute, with = |r| r.volume_id(self.id.clone()))]
#[action(describe_status = describe_volume_status, with = |r| r.volume_ids(vec![self.id.clone()]))]
#[action(detach_from_instance = detach_volume, with = |r| r.volume_id(self.id.clone()))]
#[action(enable_io = enable_volume_io, with = |r| r.volume_id(self.id.clone()))]
#[action(modify_attribute = modify_volume_attribute, with = |r| r.volume_id(self.id.clone()))]
#[collection(snapshots = describe_snapshots,
             with = |r| r.filters(vec![Filter::new().name("volume-id")
                 .values(vec![self.id.clone()])]),
             items = snapshots, resource = Snapshot(id = snapshot_id))]
pub struct Volume {
    /// The identifier `Id`.
    #[identifier(member = volume_id)]
    id: String,
    /// The ID of the Availability Zone for the volume.
    availability_zone_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the Outpost.
    outpost_arn: Option<String>,
    /// The ID of the source volume from which the volume copy was created. Only for volume copies.
    source_volume_id: Option<String>,
    /// The number of I/O operations per second (IOPS). For `gp3`, `io1`, and `io2` volumes, this
    /// represents the number of IOPS that are provisioned for the volume. For `gp2` volumes, this
    /// represents the baseline performance of the volume and the rate at which the volume
    /// accumulates I/O credits for bursting.
    iops: Option<i32>,
    /// Any tags assigned to the volume.
    tags: Vec<TagShape>,
    /// The volume type.
    volume_type: Option<VolumeType>,
    /// This parameter is not returned by CreateVolume.
    fast_restored: Option<bool>,
    /// Indicates whether Amazon EBS Multi-Attach is enabled.
    multi_attach_enabled: Option<bool>,
    /// The throughput that the volume supports, in MiB/s.
    throughput: Option<i32>,
    /// This parameter is not returned by CreateVolume.
    sse_type: Option<SSEType>,
    /// The service provider that manages the volume.
    operator: Option<OperatorResponse>,
    /// The Amazon EBS Provisioned Rate for Volume Initialization (volume initialization rate)
    /// specified for the volume during creation, in MiB/s. If no volume initialization rate was
    /// specified, the value is `null`.
    volume_initialization_rate: Option<i32>,
    /// The ID of the volume.
    volume_id: Option<String>,
    /// The size of the volume, in GiBs.
    size: Option<i32>,
    /// The snapshot from which the volume was created, if applicable.
    snapshot_id: Option<String>,
    /// The Availability Zone for the volume.
    availability_zone: Option<String>,
    /// The volume state.
    state: Option<VolumeState>,
    /// The time stamp when volume creation was initiated.
    create_time: Option<DateTime>,
    /// This parameter is not returned by CreateVolume.
    attachments: Vec<VolumeAttachment>,
    /// Indicates whether the volume is encrypted.
    encrypted: Option<bool>,
    /// The Amazon Resource Name (ARN) of the KMS key that was used to protect the volume encryption
    /// key for the volume.
    kms_key_id: Option<String>,
}

/// boto3's `Vpc` resource, identified by `id`; its data is `DescribeVpcs`'s answer, loaded on first
/// access.
#[resource(client = Client, shape = VpcShape, load = describe_vpcs,
           load_with = |r| r.vpc_ids(vec![self.id.clone()]),
           load_path = |o: DescribeVpcsResult| o.vpcs.into_iter().next())]
#[action(associate_dhcp_options = associate_dhcp_options, with = |r| r.vpc_id(self.id.clone()))]
#[action(attach_classic_link_instance = attach_classic_link_vpc,
         with = |r| r.vpc_id(self.id.clone()))]
#[action(attach_internet_gateway = attach_internet_gateway, with = |r| r.vpc_id(self.id.clone()))]
#[action(create_network_acl = create_network_acl, with = |r| r.vpc_id(self.id.clone()),
         path = |o: CreateNetworkAclResult| o.network_acl.unwrap_or_default(),
         resource = NetworkAcl(id = network_acl_id))]
#[action(create_route_table = create_route_table, with = |r| r.vpc_id(self.id.clone()),
         path = |o: CreateRouteTableResult| o.route_table.unwrap_or_default(),
         resource = RouteTable(id = route_table_id))]
#[action(create_security_group = create_security_group, with = |r| r.vpc_id(self.id.clone()),
         resource = SecurityGroup(id = group_id))]
#[action(create_subnet = create_subnet, with = |r| r.vpc_id(self.id.clone()),
         path = |o: CreateSubnetResult| o.subnet.unwrap_or_default(),
         resource = Subnet(id = subnet_id))]
#[action(delete = delete_vpc, with = |r| r.vpc_id(self.id.clone()))]
#[action(describe_attribute = describe_vpc_attribute, with = |r| r.vpc_id(self.id.clone()))]
#[action(detach_classic_link_instance = detach_classic_link_vpc,
         with = |r| r.vpc_id(self.id.clone()))]
#[action(detach_internet_gateway = detach_internet_gateway, with = |r| r.vpc_id(self.id.clone()))]
#[action(disable_classic_link = disable_vpc_classic_link, with = |r| r.vpc_id(self.id.clone()))]
#[action(enable_classic_link = enable_vpc_classic_link, with = |r| r.vpc_id(self.id.clone()))]
#[action(modify_attribute = modify_vpc_attribute, with = |r| r.vpc_id(self.id.clone()))]
#[action(request_vpc_peering_connection = create_vpc_peering_connection,
         with = |r| r.vpc_id(self.id.clone()),
         path = |o: CreateVpcPeeringConnectionResult| o.vpc_peering_connection.unwrap_or_default(),
         resource = VpcPeeringConnection(id = vpc_peering_connection_id))]
#[reference(dhcp_options = DhcpOptions(id = dhcp_options_id))]
#[collection(accepted_vpc_peering_connections = describe_vpc_peering_connections,
             with = |r| r.filters(vec![Filter::new().name("accepter-vpc-info.vpc-id")
                 .values(vec![self.id.clone()])]),
             items = vpc_peering_connections,
             resource = VpcPeeringConnection(id = vpc_peering_connection_id))]
#[collection(instances = describe_instances,
             with = |r| r.filters(vec![Filter::new().name("vpc-id").values(vec![self.id.clone()])]),
             path = |o: DescribeInstancesResult| Reservation { instances: o.reservations.into_iter()
                 .flat_map(|x| x.instances).collect(), ..Default::default() },
             items = instances, resource = Instance(id = instance_id))]
#[collection(internet_gateways = describe_internet_gateways,
             with = |r| r.filters(vec![Filter::new().name("attachment.vpc-id")
                 .values(vec![self.id.clone()])]),
             items = internet_gateways, resource = InternetGateway(id = internet_gateway_id))]
#[collection(network_acls = describe_network_acls,
             with = |r| r.filters(vec![Filter::new().name("vpc-id").values(vec![self.id.clone()])]),
             items = network_acls, resource = NetworkAcl(id = network_acl_id))]
#[collection(network_interfaces = describe_network_interfaces,
             with = |r| r.filters(vec![Filter::new().name("vpc-id").values(vec![self.id.clone()])]),
             items = network_interfaces, resource = NetworkInterface(id = network_interface_id))]
#[collection(requested_vpc_peering_connections = describe_vpc_peering_connections,
             with = |r| r.filters(vec![Filter::new().name("requester-vpc-info.vpc-id")
                 .values(vec![self.id.clone()])]),
             items = vpc_peering_connections,
             resource = VpcPeeringConnection(id = vpc_peering_connection_id))]
#[collection(route_tables = describe_route_tables,
             with = |r| r.filters(vec![Filter::new().name("vpc-id").values(vec![self.id.clone()])]),
             items = route_tables, resource = RouteTable(id = route_table_id))]
#[collection(security_groups = describe_security_groups,
             with = |r| r.filters(vec![Filter::new().name("vpc-id").values(vec![self.id.clone()])]),
             items = security_groups, resource = SecurityGroup(id = group_id))]
#[collection(subnets = describe_subnets,
             with = |r| r.filters(vec![Filter::new().name("vpc-id").values(vec![self.id.clone()])]),
             items = subnets, resource = Subnet(id = subnet_id))]
#[waiter(available = vpc_available, with = |r| r.vpc_ids(vec![self.id.clone()]))]
#[waiter(exists = vpc_exists, with = |r| r.vpc_ids(vec![self.id.clone()]))]
pub struct Vpc {
    /// The identifier `Id`.
    #[identifier(member = vpc_id)]
    id: String,
    /// The ID of the Amazon Web Services account that owns the VPC.
    owner_id: Option<String>,
    /// The allowed tenancy of instances launched into the VPC.
    instance_tenancy: Option<Tenancy>,
    /// Information about the IPv6 CIDR blocks associated with the VPC.
    ipv6_cidr_block_association_set: Vec<VpcIpv6CidrBlockAssociation>,
    /// Information about the IPv4 CIDR blocks associated with the VPC.
    cidr_block_association_set: Vec<VpcCidrBlockAssociation>,
    /// Indicates whether the VPC is the default VPC.
    is_default: Option<bool>,
    /// The member `EncryptionControl` of the data.
    encryption_control: Option<VpcEncryptionControl>,
    /// Any tags assigned to the VPC.
    tags: Vec<TagShape>,
    /// The state of VPC Block Public Access (BPA).
    block_public_access_states: Option<BlockPublicAccessStates>,
    /// The ID of the VPC.
    vpc_id: Option<String>,
    /// The current state of the VPC.
    state: Option<VpcState>,
    /// The primary IPv4 CIDR block for the VPC.
    cidr_block: Option<String>,
    /// The ID of the set of DHCP options you've associated with the VPC.
    dhcp_options_id: Option<String>,
}

/// boto3's `VpcPeeringConnection` resource, identified by `id`; its data is
/// `DescribeVpcPeeringConnections`'s answer, loaded on first access.
#[resource(client = Client, shape = VpcPeeringConnectionShape,
           load = describe_vpc_peering_connections,
           load_with = |r| r.vpc_peering_connection_ids(vec![self.id.clone()]),
           load_path = |o: DescribeVpcPeeringConnectionsResult| o.vpc_peering_connections.into_iter()
               .next())]
#[action(accept = accept_vpc_peering_connection,
         with = |r| r.vpc_peering_connection_id(self.id.clone()))]
#[action(delete = delete_vpc_peering_connection,
         with = |r| r.vpc_peering_connection_id(self.id.clone()))]
#[action(reject = reject_vpc_peering_connection,
         with = |r| r.vpc_peering_connection_id(self.id.clone()))]
#[waiter(exists = vpc_peering_connection_exists,
         with = |r| r.vpc_peering_connection_ids(vec![self.id.clone()]))]
pub struct VpcPeeringConnection {
    /// The identifier `Id`.
    #[identifier(member = vpc_peering_connection_id)]
    id: String,
    /// Information about the accepter VPC. CIDR block information is only returned when describing
    /// an active VPC peering connection.
    accepter_vpc_info: Option<VpcPeeringConnectionVpcInfo>,
    /// The time that an unaccepted VPC peering connection will expire.
    expiration_time: Option<DateTime>,
    /// Information about the requester VPC. CIDR block information is only returned when describing
    /// an active VPC peering connection.
    requester_vpc_info: Option<VpcPeeringConnectionVpcInfo>,
    /// The status of the VPC peering connection.
    status: Option<VpcPeeringConnectionStateReason>,
    /// Any tags assigned to the resource.
    tags: Vec<TagShape>,
    /// The ID of the VPC peering connection.
    vpc_peering_connection_id: Option<String>,
}

/// boto3's `VpcAddress` resource, identified by `allocation_id`; its data is `DescribeAddresses`'s
/// answer, loaded on first access.
#[resource(client = Client, shape = Address, load = describe_addresses,
           load_with = |r| r.allocation_ids(vec![self.allocation_id.clone()]),
           load_path = |o: DescribeAddressesResult| o.addresses.into_iter().next())]
#[action(associate = associate_address, with = |r| r.allocation_id(self.allocation_id.clone()))]
#[reference(association = NetworkInterfaceAssociation(id = association_id))]
pub struct VpcAddress {
    /// The identifier `AllocationId`.
    #[identifier]
    allocation_id: String,
    /// The ID representing the association of the address with an instance.
    association_id: Option<String>,
    /// The network (`vpc`).
    domain: Option<DomainType>,
    /// The ID of the network interface.
    network_interface_id: Option<String>,
    /// The ID of the Amazon Web Services account that owns the network interface.
    network_interface_owner_id: Option<String>,
    /// The private IP address associated with the Elastic IP address.
    private_ip_address: Option<String>,
    /// Any tags assigned to the Elastic IP address.
    tags: Vec<TagShape>,
    /// The ID of an address pool.
    public_ipv4_pool: Option<String>,
    /// The name of the unique set of Availability Zones, Local Zones, or Wavelength Zones from
    /// which Amazon Web Services advertises IP addresses.
    network_border_group: Option<String>,
    /// The customer-owned IP address.
    customer_owned_ip: Option<String>,
    /// The ID of the customer-owned address pool.
    customer_owned_ipv4_pool: Option<String>,
    /// The carrier IP address associated. This option is only available for network interfaces
    /// which reside in a subnet in a Wavelength Zone (for example an EC2 instance).
    carrier_ip: Option<String>,
    /// The ID of the subnet where the IP address is allocated.
    subnet_id: Option<String>,
    /// The service that manages the elastic IP address.
    service_managed: Option<ServiceManaged>,
    /// The ID of the instance that the address is associated with (if any).
    instance_id: Option<String>,
    /// The Elastic IP address.
    public_ip: Option<String>,
}
