//! The EC2 client: one method per operation, `_pages`/`_items` for the paginated
//! `Describe*` operations, and the waiters of EC2's waiter model.

use super::shapes::*;
use boto_core::{client, Op};

/// botocore's `endpoint-rule-set-1.json` of the service (minified), parsed once per process.
static ENDPOINT_RULES: &str = include_str!("endpoint-rule-set.json");

/// The EC2 client (ec2Query protocol, API version 2016-11-15).
#[client(
    service = "ec2",
    protocol = "ec2Query",
    api_version = "2016-11-15",
    service_id = "EC2",
    endpoint_rules = ENDPOINT_RULES
)]
#[waiter(instance_running = describe_instances, delay = 15, max_attempts = 40,
         success(all = |o: &DescribeInstancesResult| -> Vec<&str> { instance_states(o) } == "running"),
         failure(any = |o: &DescribeInstancesResult| -> Vec<&str> { instance_states(o) } == "shutting-down"),
         failure(any = |o: &DescribeInstancesResult| -> Vec<&str> { instance_states(o) } == "terminated"),
         failure(any = |o: &DescribeInstancesResult| -> Vec<&str> { instance_states(o) } == "stopping"),
         retry(error = "InvalidInstanceID.NotFound"))]
#[waiter(instance_stopped = describe_instances, delay = 15, max_attempts = 40,
         success(all = |o: &DescribeInstancesResult| -> Vec<&str> { instance_states(o) } == "stopped"),
         failure(any = |o: &DescribeInstancesResult| -> Vec<&str> { instance_states(o) } == "pending"),
         failure(any = |o: &DescribeInstancesResult| -> Vec<&str> { instance_states(o) } == "terminated"))]
#[waiter(instance_terminated = describe_instances, delay = 15, max_attempts = 40,
         success(all = |o: &DescribeInstancesResult| -> Vec<&str> { instance_states(o) } == "terminated"),
         failure(any = |o: &DescribeInstancesResult| -> Vec<&str> { instance_states(o) } == "pending"),
         failure(any = |o: &DescribeInstancesResult| -> Vec<&str> { instance_states(o) } == "stopping"))]
#[waiter(instance_exists = describe_instances, delay = 5, max_attempts = 40,
         success(path = |o: &DescribeInstancesResult| -> bool { !o.reservations.is_empty() } == true),
         retry(error = "InvalidInstanceID.NotFound"))]
#[waiter(volume_available = describe_volumes, delay = 15, max_attempts = 40,
         success(all = |o: &DescribeVolumesResult| -> Vec<&str> { volume_states(o) } == "available"),
         failure(any = |o: &DescribeVolumesResult| -> Vec<&str> { volume_states(o) } == "deleted"))]
#[waiter(volume_in_use = describe_volumes, delay = 15, max_attempts = 40,
         success(all = |o: &DescribeVolumesResult| -> Vec<&str> { volume_states(o) } == "in-use"),
         failure(any = |o: &DescribeVolumesResult| -> Vec<&str> { volume_states(o) } == "deleted"))]
#[waiter(vpc_available = describe_vpcs, delay = 15, max_attempts = 40,
         success(all = |o: &DescribeVpcsResult| -> Vec<&str> {
             o.vpcs.iter().map(|v| v.state.as_deref().unwrap_or("")).collect()
         } == "available"))]
#[waiter(vpc_exists = describe_vpcs, delay = 1, max_attempts = 5,
         success(status = 200), retry(error = "InvalidVpcID.NotFound"))]
#[waiter(subnet_available = describe_subnets, delay = 15, max_attempts = 40,
         success(all = |o: &DescribeSubnetsResult| -> Vec<&str> {
             o.subnets.iter().map(|s| s.state.as_deref().unwrap_or("")).collect()
         } == "available"))]
#[waiter(image_exists = describe_images, delay = 15, max_attempts = 40,
         success(path = |o: &DescribeImagesResult| -> bool { !o.images.is_empty() } == true),
         retry(error = "InvalidAMIID.NotFound"))]
#[waiter(image_available = describe_images, delay = 15, max_attempts = 40,
         success(all = |o: &DescribeImagesResult| -> Vec<&str> {
             o.images.iter().map(|i| i.state.as_deref().unwrap_or("")).collect()
         } == "available"),
         failure(any = |o: &DescribeImagesResult| -> Vec<&str> {
             o.images.iter().map(|i| i.state.as_deref().unwrap_or("")).collect()
         } == "failed"))]
pub struct Client {
    /// Launches instances from an AMI; gives the reservation that holds them.
    run_instances: Op<RunInstancesRequest, Reservation>,
    /// Describes instances, grouped by reservation.
    #[op(paginate(input_token = next_token, output_token = next_token,
                  items = reservations, limit = max_results))]
    describe_instances: Op<DescribeInstancesRequest, DescribeInstancesResult>,
    /// Starts stopped instances.
    start_instances: Op<StartInstancesRequest, StartInstancesResult>,
    /// Stops running instances.
    stop_instances: Op<StopInstancesRequest, StopInstancesResult>,
    /// Terminates instances.
    terminate_instances: Op<TerminateInstancesRequest, TerminateInstancesResult>,
    /// Reboots instances.
    reboot_instances: Op<RebootInstancesRequest, ()>,
    /// Turns detailed monitoring on.
    monitor_instances: Op<MonitorInstancesRequest, MonitorInstancesResult>,
    /// Turns detailed monitoring off.
    unmonitor_instances: Op<UnmonitorInstancesRequest, UnmonitorInstancesResult>,
    /// Describes instance status checks and scheduled events.
    #[op(paginate(input_token = next_token, output_token = next_token,
                  items = instance_statuses, limit = max_results))]
    describe_instance_status: Op<DescribeInstanceStatusRequest, DescribeInstanceStatusResult>,
    /// Creates a VPC.
    create_vpc: Op<CreateVpcRequest, CreateVpcResult>,
    /// Describes VPCs.
    #[op(paginate(input_token = next_token, output_token = next_token,
                  items = vpcs, limit = max_results))]
    describe_vpcs: Op<DescribeVpcsRequest, DescribeVpcsResult>,
    /// Deletes a VPC.
    delete_vpc: Op<DeleteVpcRequest, ()>,
    /// Creates a subnet in a VPC.
    create_subnet: Op<CreateSubnetRequest, CreateSubnetResult>,
    /// Describes subnets.
    #[op(paginate(input_token = next_token, output_token = next_token,
                  items = subnets, limit = max_results))]
    describe_subnets: Op<DescribeSubnetsRequest, DescribeSubnetsResult>,
    /// Deletes a subnet.
    delete_subnet: Op<DeleteSubnetRequest, ()>,
    /// Creates a security group.
    create_security_group: Op<CreateSecurityGroupRequest, CreateSecurityGroupResult>,
    /// Describes security groups.
    #[op(paginate(input_token = next_token, output_token = next_token,
                  items = security_groups, limit = max_results))]
    describe_security_groups: Op<DescribeSecurityGroupsRequest, DescribeSecurityGroupsResult>,
    /// Deletes a security group.
    delete_security_group: Op<DeleteSecurityGroupRequest, DeleteSecurityGroupResult>,
    /// Adds inbound rules to a security group.
    authorize_security_group_ingress:
        Op<AuthorizeSecurityGroupIngressRequest, AuthorizeSecurityGroupIngressResult>,
    /// Creates a key pair; the output carries the private key, once.
    create_key_pair: Op<CreateKeyPairRequest, KeyPairShape>,
    /// Describes key pairs.
    describe_key_pairs: Op<DescribeKeyPairsRequest, DescribeKeyPairsResult>,
    /// Deletes a key pair.
    delete_key_pair: Op<DeleteKeyPairRequest, DeleteKeyPairResult>,
    /// Imports the public key of a key pair made elsewhere.
    import_key_pair: Op<ImportKeyPairRequest, ImportKeyPairResult>,
    /// Describes images (AMIs).
    #[op(paginate(input_token = next_token, output_token = next_token,
                  items = images, limit = max_results))]
    describe_images: Op<DescribeImagesRequest, DescribeImagesResult>,
    /// Creates an EBS volume.
    create_volume: Op<CreateVolumeRequest, VolumeShape>,
    /// Describes EBS volumes.
    #[op(paginate(input_token = next_token, output_token = next_token,
                  items = volumes, limit = max_results))]
    describe_volumes: Op<DescribeVolumesRequest, DescribeVolumesResult>,
    /// Deletes an EBS volume.
    delete_volume: Op<DeleteVolumeRequest, ()>,
    /// Attaches a volume to an instance.
    attach_volume: Op<AttachVolumeRequest, VolumeAttachment>,
    /// Detaches a volume from an instance.
    detach_volume: Op<DetachVolumeRequest, VolumeAttachment>,
    /// Adds or overwrites tags on resources.
    create_tags: Op<CreateTagsRequest, ()>,
    /// Describes tags.
    #[op(paginate(input_token = next_token, output_token = next_token,
                  items = tags, limit = max_results))]
    describe_tags: Op<DescribeTagsRequest, DescribeTagsResult>,
    /// Deletes tags from resources.
    delete_tags: Op<DeleteTagsRequest, ()>,
    /// Describes Elastic IP addresses.
    describe_addresses: Op<DescribeAddressesRequest, DescribeAddressesResult>,
    /// Allocates an Elastic IP address.
    allocate_address: Op<AllocateAddressRequest, AllocateAddressResult>,
    /// Associates an Elastic IP address with an instance or network interface.
    associate_address: Op<AssociateAddressRequest, AssociateAddressResult>,
    /// Releases an Elastic IP address.
    release_address: Op<ReleaseAddressRequest, ()>,
    /// Describes the regions.
    describe_regions: Op<DescribeRegionsRequest, DescribeRegionsResult>,
    /// Describes the availability zones.
    describe_availability_zones:
        Op<DescribeAvailabilityZonesRequest, DescribeAvailabilityZonesResult>,
}

/// `Reservations[].Instances[].State.Name`
fn instance_states(o: &DescribeInstancesResult) -> Vec<&str> {
    o.reservations
        .iter()
        .flat_map(|r| &r.instances)
        .map(|i| {
            i.state
                .as_ref()
                .and_then(|s| s.name.as_deref())
                .unwrap_or("")
        })
        .collect()
}

/// `Volumes[].State`
fn volume_states(o: &DescribeVolumesResult) -> Vec<&str> {
    o.volumes
        .iter()
        .map(|v| v.state.as_deref().unwrap_or(""))
        .collect()
}
