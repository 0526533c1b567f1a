//! The resources of boto3's EC2 model: the service resource [`Ec2`] and [`Instance`],
//! [`Vpc`], [`Subnet`], [`SecurityGroup`], [`Volume`], [`Image`], [`KeyPair`] and
//! [`KeyPairInfo`].
//!
//! EC2 names an identifier differently from one request to the next (`InstanceIds` to
//! describe, `VpcId` to delete, `Resources` to tag), so most resources fill their
//! identifier per operation with `with = ..`; [`Instance`], whose every operation takes
//! `InstanceIds`, uses `param`. What the macros cannot say that way (tagging an instance,
//! the waiters of VPCs) is in `extras.rs`.

use super::client::Client;
use super::client::*;
use boto_core::{resource, DateTime};

mod extras;

/// One EC2 filter: `name` matches any of `values`.
pub(crate) fn filter(name: &str, value: &str) -> Filter {
    Filter::new().name(name).values(vec![value.to_owned()])
}

/// The instances of a `DescribeInstances` page, out of their reservations.
pub(crate) struct InstanceList {
    pub(crate) instances: Vec<InstanceShape>,
}

impl From<DescribeInstancesResult> for InstanceList {
    fn from(o: DescribeInstancesResult) -> Self {
        InstanceList {
            instances: o
                .reservations
                .into_iter()
                .flat_map(|r| r.instances)
                .collect(),
        }
    }
}

impl From<Reservation> for InstanceList {
    fn from(r: Reservation) -> Self {
        InstanceList {
            instances: r.instances,
        }
    }
}

/// The EC2 service resource: creates resources and lists them.
#[resource(client = Client, service)]
#[action(create_instances = run_instances, items = instances,
         resource = Instance(id = instance_id))]
#[action(create_vpc = create_vpc, path = |o: CreateVpcResult| o.vpc.unwrap_or_default(),
         resource = Vpc(id = vpc_id))]
#[action(create_subnet = create_subnet,
         path = |o: CreateSubnetResult| o.subnet.unwrap_or_default(),
         resource = Subnet(id = subnet_id))]
#[action(create_security_group = create_security_group,
         resource = SecurityGroup(id = group_id))]
#[action(create_key_pair = create_key_pair, resource = KeyPair(name = key_name))]
#[action(import_key_pair = import_key_pair, resource = KeyPairInfo(name = key_name))]
#[action(create_volume = create_volume, resource = Volume(id = volume_id))]
#[action(create_tags = create_tags)]
#[subresource(instance = Instance(id))]
#[subresource(vpc = Vpc(id))]
#[subresource(subnet = Subnet(id))]
#[subresource(security_group = SecurityGroup(id))]
#[subresource(volume = Volume(id))]
#[subresource(image = Image(id))]
#[subresource(key_pair = KeyPairInfo(name))]
#[collection(instances = describe_instances,
             path = |o: DescribeInstancesResult| InstanceList::from(o),
             items = instances, resource = Instance(id = instance_id))]
#[collection(vpcs = describe_vpcs, items = vpcs, resource = Vpc(id = vpc_id))]
#[collection(subnets = describe_subnets, items = subnets, resource = Subnet(id = subnet_id))]
#[collection(security_groups = describe_security_groups, items = security_groups,
             resource = SecurityGroup(id = group_id))]
#[collection(volumes = describe_volumes, items = volumes, resource = Volume(id = volume_id))]
#[collection(images = describe_images, items = images, resource = Image(id = image_id))]
#[collection(key_pairs = describe_key_pairs, items = key_pairs,
             resource = KeyPairInfo(name = key_name))]
pub struct Ec2;

/// An EC2 instance.
#[resource(client = Client, shape = InstanceShape, load = describe_instances,
           load_path = |o: DescribeInstancesResult| {
               o.reservations.into_iter().flat_map(|r| r.instances).next()
           })]
#[action(start = start_instances)]
#[action(stop = stop_instances)]
#[action(terminate = terminate_instances)]
#[action(reboot = reboot_instances)]
#[batch_action(start = start_instances)]
#[batch_action(stop = stop_instances)]
#[batch_action(terminate = terminate_instances)]
#[batch_action(reboot = reboot_instances)]
#[action(monitor = monitor_instances)]
#[action(unmonitor = unmonitor_instances)]
#[batch_action(monitor = monitor_instances)]
#[batch_action(unmonitor = unmonitor_instances)]
#[reference(vpc = Vpc(id = vpc_id))]
#[reference(subnet = Subnet(id = subnet_id))]
#[reference(image = Image(id = image_id))]
#[reference(key_pair = KeyPairInfo(name = key_name))]
#[waiter(exists = instance_exists)]
#[waiter(running = instance_running)]
#[waiter(stopped = instance_stopped)]
#[waiter(terminated = instance_terminated)]
pub struct Instance {
    /// The instance ID (`i-...`).
    #[identifier(param = instance_ids, member = instance_id)]
    id: String,
    /// The AMI the instance was launched from.
    image_id: Option<String>,
    /// The instance type (`t2.micro`, ...).
    instance_type: Option<InstanceType>,
    /// The key pair the instance was launched with.
    key_name: Option<String>,
    /// When the instance was launched.
    launch_time: Option<DateTime>,
    /// Where the instance runs.
    placement: Option<Placement>,
    /// The private IPv4 address.
    private_ip_address: Option<String>,
    /// The private DNS name.
    private_dns_name: Option<String>,
    /// The public IPv4 address.
    public_ip_address: Option<String>,
    /// The public DNS name.
    public_dns_name: Option<String>,
    /// The current state (`pending`, `running`, ...).
    state: Option<InstanceState>,
    /// Why the state last changed.
    state_reason: Option<StateReason>,
    /// The subnet the instance runs in.
    subnet_id: Option<String>,
    /// The VPC the instance runs in.
    vpc_id: Option<String>,
    /// The architecture of the image.
    architecture: Option<ArchitectureValues>,
    /// The root device name (`/dev/sda1`).
    root_device_name: Option<String>,
    /// The root device type (`ebs`, `instance-store`).
    root_device_type: Option<DeviceType>,
    /// The block device mappings.
    block_device_mappings: Vec<InstanceBlockDeviceMapping>,
    /// The security groups of the instance.
    security_groups: Vec<GroupIdentifier>,
    /// The tags of the instance.
    tags: Vec<TagShape>,
}

/// A VPC.
#[resource(client = Client, shape = VpcShape, load = describe_vpcs,
           load_with = |r| r.vpc_ids(vec![self.id.clone()]),
           load_path = |o: DescribeVpcsResult| o.vpcs.into_iter().next())]
#[action(delete = delete_vpc, with = |r| r.vpc_id(self.id.clone()))]
#[action(create_subnet = create_subnet, with = |r| r.vpc_id(self.id.clone()),
         path = |o: CreateSubnetResult| o.subnet.unwrap_or_default(),
         resource = Subnet(id = subnet_id))]
#[action(create_security_group = create_security_group,
         with = |r| r.vpc_id(self.id.clone()), resource = SecurityGroup(id = group_id))]
#[action(create_tags = create_tags, with = |r| r.resources(vec![self.id.clone()]))]
#[collection(subnets = describe_subnets, with = |r| r.filters(vec![filter("vpc-id", &self.id)]),
             items = subnets, resource = Subnet(id = subnet_id))]
#[collection(security_groups = describe_security_groups,
             with = |r| r.filters(vec![filter("vpc-id", &self.id)]),
             items = security_groups, resource = SecurityGroup(id = group_id))]
#[collection(instances = describe_instances,
             with = |r| r.filters(vec![filter("vpc-id", &self.id)]),
             path = |o: DescribeInstancesResult| InstanceList::from(o),
             items = instances, resource = Instance(id = instance_id))]
pub struct Vpc {
    /// The VPC ID (`vpc-...`).
    #[identifier(member = vpc_id)]
    id: String,
    /// The primary IPv4 CIDR block.
    cidr_block: Option<String>,
    /// `pending` or `available`.
    state: Option<VpcState>,
    /// Whether this is the region's default VPC.
    is_default: Option<bool>,
    /// The tenancy of instances launched into the VPC.
    instance_tenancy: Option<Tenancy>,
    /// The owner's account ID.
    owner_id: Option<String>,
    /// The DHCP options set.
    dhcp_options_id: Option<String>,
    /// The tags of the VPC.
    tags: Vec<TagShape>,
}

/// A subnet of a VPC.
#[resource(client = Client, shape = SubnetShape, load = describe_subnets,
           load_with = |r| r.subnet_ids(vec![self.id.clone()]),
           load_path = |o: DescribeSubnetsResult| o.subnets.into_iter().next())]
#[action(delete = delete_subnet, with = |r| r.subnet_id(self.id.clone()))]
#[action(create_instances = run_instances, with = |r| r.subnet_id(self.id.clone()),
         items = instances, resource = Instance(id = instance_id))]
#[action(create_tags = create_tags, with = |r| r.resources(vec![self.id.clone()]))]
#[reference(vpc = Vpc(id = vpc_id))]
#[collection(instances = describe_instances,
             with = |r| r.filters(vec![filter("subnet-id", &self.id)]),
             path = |o: DescribeInstancesResult| InstanceList::from(o),
             items = instances, resource = Instance(id = instance_id))]
pub struct Subnet {
    /// The subnet ID (`subnet-...`).
    #[identifier(member = subnet_id)]
    id: String,
    /// The availability zone.
    availability_zone: Option<String>,
    /// The IPv4 CIDR block.
    cidr_block: Option<String>,
    /// `pending` or `available`.
    state: Option<SubnetState>,
    /// The VPC the subnet belongs to.
    vpc_id: Option<String>,
    /// How many IPv4 addresses are free.
    available_ip_address_count: Option<i32>,
    /// Whether this is the zone's default subnet.
    default_for_az: Option<bool>,
    /// Whether instances get a public IPv4 address.
    map_public_ip_on_launch: Option<bool>,
    /// The subnet's ARN.
    subnet_arn: Option<String>,
    /// The tags of the subnet.
    tags: Vec<TagShape>,
}

/// A security group.
#[resource(client = Client, shape = SecurityGroupShape, load = describe_security_groups,
           load_with = |r| r.group_ids(vec![self.id.clone()]),
           load_path = |o: DescribeSecurityGroupsResult| o.security_groups.into_iter().next())]
#[action(delete = delete_security_group, with = |r| r.group_id(self.id.clone()))]
#[action(authorize_ingress = authorize_security_group_ingress,
         with = |r| r.group_id(self.id.clone()))]
#[action(create_tags = create_tags, with = |r| r.resources(vec![self.id.clone()]))]
#[reference(vpc = Vpc(id = vpc_id))]
pub struct SecurityGroup {
    /// The group ID (`sg-...`).
    #[identifier(member = group_id)]
    id: String,
    /// The group's name.
    group_name: Option<String>,
    /// The group's description.
    description: Option<String>,
    /// Inbound rules.
    ip_permissions: Vec<IpPermission>,
    /// Outbound rules.
    ip_permissions_egress: Vec<IpPermission>,
    /// The owner's account ID.
    owner_id: Option<String>,
    /// The VPC of the group.
    vpc_id: Option<String>,
    /// The tags of the group.
    tags: Vec<TagShape>,
}

/// An EBS volume.
#[resource(client = Client, shape = VolumeShape, load = describe_volumes,
           load_with = |r| r.volume_ids(vec![self.id.clone()]),
           load_path = |o: DescribeVolumesResult| o.volumes.into_iter().next())]
#[action(delete = delete_volume, with = |r| r.volume_id(self.id.clone()))]
#[action(attach_to_instance = attach_volume, with = |r| r.volume_id(self.id.clone()))]
#[action(detach_from_instance = detach_volume, with = |r| r.volume_id(self.id.clone()))]
#[action(create_tags = create_tags, with = |r| r.resources(vec![self.id.clone()]))]
pub struct Volume {
    /// The volume ID (`vol-...`).
    #[identifier(member = volume_id)]
    id: String,
    /// The availability zone.
    availability_zone: Option<String>,
    /// The size, in GiB.
    size: Option<i32>,
    /// `creating`, `available`, `in-use`, `deleting`, `deleted` or `error`.
    state: Option<VolumeState>,
    /// The volume type (`gp2`, `io1`, ...).
    volume_type: Option<VolumeType>,
    /// Whether the volume is encrypted.
    encrypted: Option<bool>,
    /// Provisioned IOPS.
    iops: Option<i32>,
    /// The snapshot the volume was made from.
    snapshot_id: Option<String>,
    /// When the volume was created.
    create_time: Option<DateTime>,
    /// Its attachments to instances.
    attachments: Vec<VolumeAttachment>,
    /// The tags of the volume.
    tags: Vec<TagShape>,
}

/// An image (AMI).
#[resource(client = Client, shape = ImageShape, load = describe_images,
           load_with = |r| r.image_ids(vec![self.id.clone()]),
           load_path = |o: DescribeImagesResult| o.images.into_iter().next())]
#[action(create_tags = create_tags, with = |r| r.resources(vec![self.id.clone()]))]
pub struct Image {
    /// The image ID (`ami-...`).
    #[identifier(member = image_id)]
    id: String,
    /// The image's name.
    name: Option<String>,
    /// The image's description.
    description: Option<String>,
    /// The architecture (`x86_64`, `arm64`, ...).
    architecture: Option<ArchitectureValues>,
    /// `available`, `pending`, ...
    state: Option<ImageState>,
    /// The owner's account ID.
    owner_id: Option<String>,
    /// Whether anyone may launch it.
    public: Option<bool>,
    /// `machine`, `kernel` or `ramdisk`.
    image_type: Option<ImageTypeValues>,
    /// The root device name.
    root_device_name: Option<String>,
    /// The root device type.
    root_device_type: Option<DeviceType>,
    /// `hvm` or `paravirtual`.
    virtualization_type: Option<VirtualizationType>,
    /// When the image was created (ISO 8601 text, as EC2 gives it).
    creation_date: Option<String>,
    /// `windows` for Windows images.
    platform: Option<PlatformValues>,
    /// The block device mappings.
    block_device_mappings: Vec<BlockDeviceMapping>,
    /// The tags of the image.
    tags: Vec<TagShape>,
}

/// A key pair as `CreateKeyPair` gives it: with its private key, which EC2 shows once.
#[resource(client = Client, shape = KeyPairShape)]
#[action(delete = delete_key_pair, with = |r| r.key_name(self.name.clone()))]
pub struct KeyPair {
    /// The key pair's name.
    #[identifier(member = key_name)]
    name: String,
    /// The key pair ID.
    key_pair_id: Option<String>,
    /// The fingerprint.
    key_fingerprint: Option<String>,
    /// The PEM private key (only from `create_key_pair`).
    key_material: Option<String>,
    /// The tags of the key pair.
    tags: Vec<TagShape>,
}

/// A key pair as `DescribeKeyPairs` gives it (no private key).
#[resource(client = Client, shape = KeyPairInfoShape, load = describe_key_pairs,
           load_with = |r| r.key_names(vec![self.name.clone()]),
           load_path = |o: DescribeKeyPairsResult| o.key_pairs.into_iter().next())]
#[action(delete = delete_key_pair, with = |r| r.key_name(self.name.clone()))]
pub struct KeyPairInfo {
    /// The key pair's name.
    #[identifier(member = key_name)]
    name: String,
    /// The key pair ID.
    key_pair_id: Option<String>,
    /// The fingerprint.
    key_fingerprint: Option<String>,
    /// `rsa` or `ed25519`.
    key_type: Option<KeyType>,
    /// The public key.
    public_key: Option<String>,
    /// When the key pair was created or imported.
    create_time: Option<DateTime>,
    /// The tags of the key pair.
    tags: Vec<TagShape>,
}
