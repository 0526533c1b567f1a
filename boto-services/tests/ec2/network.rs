//! The rest of boto3's EC2 resources against moto: every collection of the service resource
//! and of the resources, every waiter, and each action family (create, modify, delete) of
//! internet gateways, route tables and routes, network ACLs, network interfaces, addresses,
//! DHCP options, snapshots, peering connections and tags; placement groups (which moto
//! lacks) against a replayed answer.

use super::{new_vpc, AMI};
use boto_services::ec2::{self, InstanceTagBatchActions, TagBatchActions};
use futures::TryStreamExt;
use std::time::Duration;

/// Every item of a collection, and how many pages it took.
async fn listed<T, S>(pages: S) -> (Vec<T>, usize)
where
    S: futures::Stream<Item = boto_core::Result<Vec<T>>>,
{
    let pages: Vec<Vec<T>> = pages.try_collect().await.expect("list");
    let n = pages.len();
    (pages.into_iter().flatten().collect(), n)
}

#[tokio::test(flavor = "multi_thread")]
async fn network_resources_actions_and_collections() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let ec2 = ec2::Ec2::new(&testkit::moto_session!(&moto));
    let vpc = new_vpc(&ec2, "10.30.0.0/16").await;
    let subnet = vpc
        .create_subnet()
        .with(|r| r.cidr_block("10.30.1.0/24"))
        .await
        .expect("create_subnet");

    // Internet gateways: create, attach, list (service and VPC), detach, delete.
    let gateway = ec2
        .create_internet_gateway()
        .await
        .expect("create_internet_gateway");
    assert!(gateway.id().starts_with("igw-"), "{}", gateway.id());
    gateway
        .attach_to_vpc()
        .with(|r| r.vpc_id(vpc.id()))
        .await
        .expect("attach_to_vpc");
    let attached: Vec<ec2::InternetGateway> = vpc.internet_gateways().try_collect().await.unwrap();
    assert_eq!(attached, vec![gateway.clone()]);
    let attachments = gateway.attachments().await.expect("attachments");
    assert_eq!(attachments[0].vpc_id.as_deref(), Some(vpc.id()));
    let all: Vec<ec2::InternetGateway> = ec2.internet_gateways().try_collect().await.unwrap();
    assert!(all.contains(&gateway));
    assert_eq!(ec2.internet_gateway(gateway.id()), gateway);

    // Route tables and routes: create, associate, route, replace, references, delete.
    let table = vpc.create_route_table().await.expect("create_route_table");
    assert_eq!(table.vpc().await.unwrap(), Some(vpc.clone()));
    let route = table
        .create_route()
        .with(|r| {
            r.destination_cidr_block("0.0.0.0/0")
                .gateway_id(gateway.id())
        })
        .await
        .expect("create_route");
    assert_eq!(route.route_table_id(), table.id());
    assert_eq!(route.destination_cidr_block(), "0.0.0.0/0");
    assert_eq!(route.route_table(), table);
    let routes = table.routes().await.expect("routes");
    let listed_route = routes
        .iter()
        .find(|r| r.destination_cidr_block() == "0.0.0.0/0")
        .expect("the new route");
    assert_eq!(
        listed_route.gateway_id().await.unwrap().as_deref(),
        Some(gateway.id()),
        "pre-filled from the table's data"
    );
    route
        .replace()
        .with(|r| r.gateway_id(gateway.id()))
        .await
        .expect("replace route");
    let association = table
        .associate_with_subnet()
        .with(|r| r.subnet_id(subnet.id()))
        .await
        .expect("associate_with_subnet");
    assert!(
        association.id().starts_with("rtbassoc-"),
        "{}",
        association.id()
    );
    table.reload().await.expect("reload");
    let associations = table.associations().await.expect("associations");
    let found = associations
        .iter()
        .find(|a| a == &&association)
        .expect("the association");
    assert_eq!(found.subnet().await.unwrap(), Some(subnet.clone()));
    assert_eq!(found.route_table().await.unwrap(), Some(table.clone()));
    let tables: Vec<ec2::RouteTable> = vpc.route_tables().try_collect().await.unwrap();
    assert!(tables.contains(&table));
    let (all, _) = listed(ec2.route_tables().pages()).await;
    assert!(all.contains(&table));
    let other = vpc.create_route_table().await.expect("second table");
    let moved = association
        .replace_subnet()
        .with(|r| r.route_table_id(other.id()))
        .await
        .expect("replace_subnet");
    ec2.route_table_association(moved.id())
        .delete()
        .await
        .expect("disassociate");
    route.delete().await.expect("delete route");
    other.delete().await.expect("delete second table");

    // Network ACLs: create, entries, list, delete.
    let acl = vpc.create_network_acl().await.expect("create_network_acl");
    assert_eq!(acl.vpc().await.unwrap(), Some(vpc.clone()));
    acl.create_entry()
        .with(|r| {
            r.rule_number(100)
                .protocol("-1")
                .rule_action(ec2::RuleAction::Allow)
                .egress(false)
                .cidr_block("0.0.0.0/0")
        })
        .await
        .expect("create_entry");
    acl.replace_entry()
        .with(|r| {
            r.rule_number(100)
                .protocol("-1")
                .rule_action(ec2::RuleAction::Deny)
                .egress(false)
                .cidr_block("0.0.0.0/0")
        })
        .await
        .expect("replace_entry");
    let entries = acl.entries().await.expect("entries");
    assert!(entries.iter().any(|e| e.rule_number == Some(100)));
    acl.delete_entry()
        .with(|r| r.rule_number(100).egress(false))
        .await
        .expect("delete_entry");
    let acls: Vec<ec2::NetworkAcl> = vpc.network_acls().try_collect().await.unwrap();
    assert!(acls.contains(&acl));
    let all: Vec<ec2::NetworkAcl> = ec2.network_acls().try_collect().await.unwrap();
    assert!(all.contains(&acl));
    acl.delete().await.expect("delete acl");

    // Network interfaces: create in the subnet, attributes, addresses, list, delete.
    let interface = subnet
        .create_network_interface()
        .with(|r| r.description("eth-test"))
        .await
        .expect("create_network_interface");
    assert_eq!(interface.subnet().await.unwrap(), Some(subnet.clone()));
    assert_eq!(interface.vpc().await.unwrap(), Some(vpc.clone()));
    interface
        .modify_attribute()
        .with(|r| r.description(ec2::AttributeValue::new().value("changed")))
        .await
        .expect("modify_attribute");
    assert_eq!(
        interface.description().await.unwrap().as_deref(),
        Some("changed")
    );
    interface
        .assign_private_ip_addresses()
        .with(|r| r.secondary_private_ip_address_count(1))
        .await
        .expect("assign_private_ip_addresses");
    let ips = interface.private_ip_addresses().await.unwrap();
    assert!(ips.len() >= 2, "{ips:?}");
    let in_subnet: Vec<ec2::NetworkInterface> =
        subnet.network_interfaces().try_collect().await.unwrap();
    assert!(in_subnet.contains(&interface));
    let in_vpc: Vec<ec2::NetworkInterface> = vpc.network_interfaces().try_collect().await.unwrap();
    assert!(in_vpc.contains(&interface));
    let all: Vec<ec2::NetworkInterface> = ec2.network_interfaces().try_collect().await.unwrap();
    assert!(all.contains(&interface));
    assert_eq!(interface.association().await.unwrap(), None);

    // VPC addresses: allocate, associate with the interface, association, release.
    let allocated = ec2
        .client()
        .allocate_address(ec2::AllocateAddressRequest::new().domain(ec2::DomainType::Vpc))
        .await
        .expect("allocate_address");
    let address = ec2::VpcAddress::new(
        ec2.client(),
        allocated.allocation_id.clone().expect("allocation id"),
    );
    address
        .associate()
        .with(|r| r.network_interface_id(interface.id()))
        .await
        .expect("associate");
    let association_id = address.association_id().await.unwrap().expect("associated");
    interface.reload().await.expect("reload interface");
    let association = interface
        .association()
        .await
        .unwrap()
        .expect("an association");
    assert_eq!(association.id(), association_id);
    assert_eq!(
        association.public_ip().await.unwrap(),
        allocated.public_ip.clone()
    );
    assert_eq!(association.address().await.unwrap(), Some(address.clone()));
    let addresses: Vec<ec2::VpcAddress> = ec2.vpc_addresses().try_collect().await.unwrap();
    assert!(addresses.contains(&address));
    association.delete().await.expect("disassociate");
    address.release().await.expect("release");
    interface.delete().await.expect("delete interface");

    // DHCP options: create, associate with the VPC, reference, list, delete.
    let options = ec2
        .create_dhcp_options()
        .with(|r| {
            r.dhcp_configurations(vec![ec2::NewDhcpConfiguration::new()
                .key("domain-name")
                .values(vec!["example.internal".into()])])
        })
        .await
        .expect("create_dhcp_options");
    options
        .associate_with_vpc()
        .with(|r| r.vpc_id(vpc.id()))
        .await
        .expect("associate_with_vpc");
    vpc.reload().await.unwrap();
    assert_eq!(vpc.dhcp_options().await.unwrap(), Some(options.clone()));
    let sets: Vec<ec2::DhcpOptions> = ec2.dhcp_options_sets().try_collect().await.unwrap();
    assert!(sets.contains(&options));
    vpc.associate_dhcp_options()
        .with(|r| r.dhcp_options_id("default"))
        .await
        .expect("associate_dhcp_options");
    options.delete().await.expect("delete options");

    // VPC attributes (modify), peering (create, accept, references, lists, waiter, delete).
    vpc.modify_attribute()
        .with(|r| r.enable_dns_hostnames(ec2::AttributeBooleanValue::new().value(true)))
        .await
        .expect("modify_attribute");
    let dns = vpc
        .describe_attribute()
        .with(|r| r.attribute(ec2::VpcAttributeName::EnableDnsHostnames))
        .await
        .expect("describe_attribute");
    assert_eq!(dns.enable_dns_hostnames.and_then(|v| v.value), Some(true));
    let peer = ec2
        .create_vpc()
        .with(|r| r.cidr_block("10.31.0.0/16"))
        .await
        .expect("peer vpc");
    let peering = vpc
        .request_vpc_peering_connection()
        .with(|r| r.peer_vpc_id(peer.id()))
        .await
        .expect("request_vpc_peering_connection");
    peering
        .wait_until_exists()
        .max_attempts(3)
        .await
        .expect("peering exists");
    assert_eq!(peering.requester_vpc().await.unwrap(), Some(vpc.clone()));
    assert_eq!(peering.accepter_vpc().await.unwrap(), Some(peer.clone()));
    peering.accept().await.expect("accept");
    let requested: Vec<ec2::VpcPeeringConnection> = vpc
        .requested_vpc_peering_connections()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(requested, vec![peering.clone()]);
    let accepted: Vec<ec2::VpcPeeringConnection> = peer
        .accepted_vpc_peering_connections()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(accepted, vec![peering.clone()]);
    let all: Vec<ec2::VpcPeeringConnection> =
        ec2.vpc_peering_connections().try_collect().await.unwrap();
    assert!(all.contains(&peering));
    peering.delete().await.expect("delete peering");
    let rejected = ec2
        .create_vpc_peering_connection()
        .with(|r| r.vpc_id(vpc.id()).peer_vpc_id(peer.id()))
        .await
        .expect("create_vpc_peering_connection");
    rejected.reject().await.expect("reject");

    // Security groups in the VPC: egress and ingress rules, list.
    let group = vpc
        .create_security_group()
        .with(|r| r.group_name("net-test").description("net test"))
        .await
        .expect("create_security_group");
    let rule = ec2::IpPermission::new()
        .ip_protocol("tcp")
        .from_port(443)
        .to_port(443)
        .ip_ranges(vec![ec2::IpRange::new().cidr_ip("10.0.0.0/8")]);
    group
        .authorize_egress()
        .with(|r| r.ip_permissions(vec![rule.clone()]))
        .await
        .expect("authorize_egress");
    group
        .revoke_egress()
        .with(|r| r.ip_permissions(vec![rule.clone()]))
        .await
        .expect("revoke_egress");
    group
        .authorize_ingress()
        .with(|r| r.ip_permissions(vec![rule.clone()]))
        .await
        .expect("authorize_ingress");
    group
        .revoke_ingress()
        .with(|r| r.ip_permissions(vec![rule]))
        .await
        .expect("revoke_ingress");
    let groups: Vec<ec2::SecurityGroup> = vpc.security_groups().try_collect().await.unwrap();
    assert!(groups.contains(&group));
    group.delete().await.expect("delete group");

    gateway
        .detach_from_vpc()
        .with(|r| r.vpc_id(vpc.id()))
        .await
        .expect("detach_from_vpc");
    gateway.delete().await.expect("delete gateway");
    table.delete().await.expect("delete table");
    subnet.delete().await.expect("delete subnet");
    peer.delete().await.expect("delete peer");
}

#[tokio::test(flavor = "multi_thread")]
async fn instances_volumes_snapshots_images_tags_and_waiters() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let ec2 = ec2::Ec2::new(&testkit::moto_session!(&moto));
    let instances = ec2
        .create_instances()
        .with(|r| r.image_id(AMI).min_count(3).max_count(3))
        .await
        .expect("create_instances");
    assert_eq!(instances.len(), 3);
    let instance = instances[0].clone();
    instance
        .wait_until_exists()
        .max_attempts(3)
        .await
        .expect("exists");
    instance
        .wait_until_running()
        .delay(Duration::from_millis(100))
        .max_attempts(10)
        .await
        .expect("running");
    assert_eq!(instance.placement_group().await.unwrap(), None);

    // The instances collection flattens reservations.
    let all: Vec<ec2::Instance> = ec2.instances().try_collect().await.unwrap();
    assert_eq!(all, instances);
    assert_eq!(instance.network_interfaces().await.unwrap().len(), 1);

    // Tags: the instance's `create_tags`, the Vec's, the service's; `Tag` resources.
    let tags = instance
        .create_tags()
        .with(|r| r.tags(vec![ec2::TagShape::new().key("role").value("web")]))
        .await
        .expect("create_tags");
    assert_eq!(tags.len(), 1);
    let tag = &tags[0];
    assert_eq!(
        (tag.resource_id(), tag.key(), tag.value()),
        (instance.id(), "role", "web")
    );
    assert_eq!(
        tag.resource_type().await.unwrap(),
        Some(ec2::ResourceType::Instance)
    );
    let batch = instances[1..]
        .to_vec()
        .create_tags()
        .with(|r| r.tags(vec![ec2::TagShape::new().key("role").value("db")]))
        .await
        .expect("batch create_tags");
    assert_eq!(batch.len(), 2);
    let more = ec2
        .create_tags()
        .with(|r| {
            r.resources(vec![instance.id().to_owned()]).tags(vec![
                ec2::TagShape::new().key("a").value("1"),
                ec2::TagShape::new().key("b").value("2"),
            ])
        })
        .await
        .expect("service create_tags");
    assert_eq!(more.len(), 2);
    more[0].delete().await.expect("tag delete");
    let mut rest = batch;
    rest.push(more[1].clone());
    rest.delete().await.expect("batch tag delete");
    instance.reload().await.unwrap();
    let left = instance.tags().await.unwrap();
    assert_eq!(left.len(), 1, "{left:?}");
    assert_eq!(left[0].key.as_deref(), Some("role"));

    // Instance actions and attributes.
    instance
        .modify_attribute()
        .with(|r| r.instance_type(ec2::AttributeValue::new().value("t2.small")))
        .await
        .expect("modify_attribute");
    let described = instance
        .describe_attribute()
        .with(|r| r.attribute(ec2::InstanceAttributeName::InstanceType))
        .await
        .expect("describe_attribute");
    assert_eq!(
        described.instance_type.and_then(|v| v.value).as_deref(),
        Some("t2.small")
    );
    instance.console_output().await.expect("console_output");
    instance.password_data().await.expect("password_data");

    // Volumes: create, attach, list, snapshot, modify, detach.
    let zone = instance
        .placement()
        .await
        .unwrap()
        .and_then(|p| p.availability_zone)
        .expect("zone");
    let volume = ec2
        .create_volume()
        .with(|r| r.size(8).availability_zone(zone.clone()))
        .await
        .expect("create_volume");
    volume
        .attach_to_instance()
        .with(|r| r.instance_id(instance.id()).device("/dev/sdf"))
        .await
        .expect("attach_to_instance");
    let attached: Vec<ec2::Volume> = instance.volumes().try_collect().await.unwrap();
    assert!(attached.contains(&volume));
    let snapshot = volume
        .create_snapshot()
        .with(|r| r.description("nightly"))
        .await
        .expect("create_snapshot");
    snapshot
        .wait_until_completed()
        .delay(Duration::from_millis(100))
        .max_attempts(10)
        .await
        .expect("snapshot completed");
    assert_eq!(snapshot.volume().await.unwrap(), Some(volume.clone()));
    let of_volume: Vec<ec2::Snapshot> = volume.snapshots().try_collect().await.unwrap();
    assert_eq!(of_volume, vec![snapshot.clone()]);
    let all: Vec<ec2::Snapshot> = ec2
        .snapshots()
        .filter(|r| r.owner_ids(vec!["self".into()]))
        .try_collect()
        .await
        .unwrap();
    assert!(all.contains(&snapshot));
    snapshot
        .modify_attribute()
        .with(|r| {
            r.attribute(ec2::SnapshotAttributeName::CreateVolumePermission)
                .operation_type(ec2::OperationType::Add)
                .group_names(vec!["all".into()])
        })
        .await
        .expect("snapshot modify_attribute");
    let permissions = snapshot
        .describe_attribute()
        .with(|r| r.attribute(ec2::SnapshotAttributeName::CreateVolumePermission))
        .await
        .expect("snapshot describe_attribute");
    assert_eq!(permissions.create_volume_permissions.len(), 1);
    let copy = snapshot
        .copy()
        .with(|r| r.source_region("us-east-1"))
        .await
        .expect("copy");
    let copied = ec2.snapshot(copy.snapshot_id.expect("copy id"));
    copied.delete().await.expect("delete copy");
    let from_service = ec2
        .create_snapshot()
        .with(|r| r.volume_id(volume.id()))
        .await
        .expect("service create_snapshot");
    from_service.delete().await.expect("delete snapshot");
    volume
        .detach_from_instance()
        .with(|r| r.instance_id(instance.id()))
        .await
        .expect("detach_from_instance");

    // Images: from the instance, waiter, attributes, register, deregister.
    let image = instance
        .create_image()
        .with(|r| r.name("web-image"))
        .await
        .expect("create_image");
    image
        .wait_until_exists()
        .max_attempts(3)
        .await
        .expect("image exists");
    assert_eq!(image.name().await.unwrap().as_deref(), Some("web-image"));
    image
        .modify_attribute()
        .with(|r| r.description(ec2::AttributeValue::new().value("built")))
        .await
        .expect("image modify_attribute");
    let description = image
        .describe_attribute()
        .with(|r| r.attribute(ec2::ImageAttributeName::Description))
        .await
        .expect("image describe_attribute");
    assert_eq!(description.image_id.as_deref(), Some(image.id()));
    let mine: Vec<ec2::Image> = ec2
        .images()
        .filter(|r| r.owners(vec!["self".into()]))
        .try_collect()
        .await
        .unwrap();
    assert!(mine.contains(&image));
    let registered = ec2
        .register_image()
        .with(|r| r.name("registered").image_location("bucket/manifest.xml"))
        .await
        .expect("register_image");
    registered
        .deregister()
        .await
        .expect("deregister registered");
    image.deregister().await.expect("deregister");

    // An address of the VPC associated with the instance: the instance's `vpc_addresses`.
    let allocated = ec2
        .client()
        .allocate_address(ec2::AllocateAddressRequest::new().domain(ec2::DomainType::Vpc))
        .await
        .expect("allocate vpc");
    let address = ec2::VpcAddress::new(ec2.client(), allocated.allocation_id.expect("id"));
    address
        .associate()
        .with(|r| r.instance_id(instance.id()))
        .await
        .expect("associate vpc address");
    let of_instance: Vec<ec2::VpcAddress> = instance.vpc_addresses().try_collect().await.unwrap();
    assert_eq!(of_instance, vec![address.clone()]);
    address
        .association()
        .await
        .unwrap()
        .expect("associated")
        .delete()
        .await
        .expect("disassociate vpc address");
    address.release().await.expect("release vpc address");

    // Classic addresses (domain `standard`): allocate, list, associate, release.
    let allocated = ec2
        .client()
        .allocate_address(ec2::AllocateAddressRequest::new().domain(ec2::DomainType::Standard))
        .await
        .expect("allocate standard");
    let ip = allocated.public_ip.expect("public ip");
    let classic = ec2::ClassicAddress::new(ec2.client(), ip.clone());
    let classics: Vec<ec2::ClassicAddress> = ec2.classic_addresses().try_collect().await.unwrap();
    assert!(classics.contains(&classic));
    classic
        .associate()
        .with(|r| r.instance_id(instance.id()))
        .await
        .expect("associate classic");
    assert_eq!(
        classic.instance_id().await.unwrap().as_deref(),
        Some(instance.id())
    );
    instance.reload().await.unwrap();
    assert_eq!(
        instance.classic_address().await.unwrap(),
        Some(classic.clone())
    );
    classic.disassociate().await.expect("disassociate classic");
    classic.release().await.expect("release classic");

    // Stop, start, reboot, terminate (batch): every instance waiter.
    instance.stop().await.expect("stop");
    instance
        .wait_until_stopped()
        .delay(Duration::from_millis(100))
        .max_attempts(10)
        .await
        .expect("stopped");
    instance.start().await.expect("start");
    instance.reboot().await.expect("reboot");
    ec2.instances()
        .filter(|r| {
            r.instance_ids(
                instances
                    .iter()
                    .map(|i| i.id().to_owned())
                    .collect::<Vec<_>>(),
            )
        })
        .terminate()
        .await
        .expect("batch terminate");
    instance
        .wait_until_terminated()
        .delay(Duration::from_millis(100))
        .max_attempts(10)
        .await
        .expect("terminated");
    volume.delete().await.expect("delete volume");
}

/// Every collection of the service resource lists what it holds; the ones moto pages
/// (`DescribeInstances` honours `MaxResults`) take more than one page.
#[tokio::test(flavor = "multi_thread")]
async fn service_collections() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let ec2 = ec2::Ec2::new(&testkit::moto_session!(&moto));
    let vpc = new_vpc(&ec2, "10.40.0.0/16").await;
    let vpcs: Vec<ec2::Vpc> = ec2.vpcs().try_collect().await.unwrap();
    assert!(vpcs.contains(&vpc));
    let subnets: Vec<ec2::Subnet> = ec2.subnets().try_collect().await.unwrap();
    assert!(!subnets.is_empty(), "the default VPC's subnets");
    let groups: Vec<ec2::SecurityGroup> = ec2.security_groups().try_collect().await.unwrap();
    assert!(!groups.is_empty(), "default groups");
    let key = ec2
        .create_key_pair()
        .with(|r| r.key_name("collections"))
        .await
        .expect("create_key_pair");
    let keys: Vec<ec2::KeyPairInfo> = ec2.key_pairs().try_collect().await.unwrap();
    assert!(keys.contains(&ec2.key_pair("collections")));
    key.delete().await.expect("delete key");
    let zone = subnets[0].availability_zone().await.unwrap().expect("zone");
    let mut volumes = Vec::new();
    for _ in 0..3 {
        let v = ec2
            .create_volume()
            .with(|r| r.size(1).availability_zone(zone.clone()))
            .await
            .expect("create_volume");
        volumes.push(v);
    }
    let all: Vec<ec2::Volume> = ec2.volumes().try_collect().await.unwrap();
    assert!(volumes.iter().all(|v| all.contains(v)));
    let images: Vec<ec2::Image> = ec2.images().limit(5).try_collect().await.unwrap();
    assert_eq!(images.len(), 5);
    let table = vpc.create_route_table().await.expect("route table");
    let acl = vpc.create_network_acl().await.expect("acl");
    let gateway = ec2.create_internet_gateway().await.expect("gateway");
    let (tables, _) = listed(ec2.route_tables().pages()).await;
    assert!(tables.contains(&table));
    let (acls, _) = listed(ec2.network_acls().pages()).await;
    assert!(acls.contains(&acl));
    let (gateways, _) = listed(ec2.internet_gateways().pages()).await;
    assert!(gateways.contains(&gateway));
    let (sets, _) = listed(ec2.dhcp_options_sets().pages()).await;
    let _ = sets;
    let (interfaces, _) = listed(ec2.network_interfaces().pages()).await;
    let _ = interfaces;
    let (peerings, _) = listed(ec2.vpc_peering_connections().pages()).await;
    assert!(peerings.is_empty());
    let (classic, _) = listed(ec2.classic_addresses().pages()).await;
    assert!(classic.is_empty());
    let (addresses, _) = listed(ec2.vpc_addresses().pages()).await;
    assert!(addresses.is_empty());
    let snapshot = volumes[0].create_snapshot().await.expect("create_snapshot");
    let (snapshots, _) = listed(
        ec2.snapshots()
            .filter(|r| r.owner_ids(vec!["self".into()]))
            .pages(),
    )
    .await;
    assert!(snapshots.contains(&snapshot));
    let launched = ec2
        .create_instances()
        .with(|r| r.image_id(AMI).min_count(1).max_count(1))
        .await
        .expect("one instance");
    let again = ec2
        .create_instances()
        .with(|r| r.image_id(AMI).min_count(2).max_count(2))
        .await
        .expect("two instances");
    let (instances, pages) = listed(ec2.instances().page_size(1).pages()).await;
    assert_eq!(instances.len(), 3);
    assert!(pages >= 2, "{pages} page(s)");
    assert!(instances.contains(&launched[0]) && again.iter().all(|i| instances.contains(i)));
}

/// Placement groups (moto has none) against replayed answers: create from the request's
/// name, load, the instances in the group (flattened out of their reservations), delete;
/// and a `Tag`'s load, which filters on its resource as well as its key and value.
#[tokio::test]
async fn placement_groups_and_tag_load_replayed() {
    use super::{form, has, XML};
    use boto_core::http::replay::ReplayClient;
    let replay = ReplayClient::new();
    let ec2 = ec2::Ec2::new(&testkit::replay_session!(&replay));
    replay.push(
        200,
        &[XML],
        "<CreatePlacementGroupResponse><requestId>r</requestId><placementGroup>\
         <groupName>cluster-a</groupName></placementGroup></CreatePlacementGroupResponse>",
    );
    let group = ec2
        .create_placement_group()
        .with(|r| {
            r.group_name("cluster-a")
                .strategy(ec2::PlacementStrategy::Cluster)
        })
        .await
        .expect("create_placement_group");
    assert_eq!(group, ec2.placement_group("cluster-a"));
    replay.push(
        200,
        &[XML],
        "<DescribePlacementGroupsResponse><placementGroupSet><item>\
         <groupName>cluster-a</groupName><strategy>cluster</strategy><state>available</state>\
         </item></placementGroupSet></DescribePlacementGroupsResponse>",
    );
    assert_eq!(
        group.strategy().await.unwrap(),
        Some(ec2::PlacementStrategy::Cluster)
    );
    replay.push(
        200,
        &[XML],
        "<DescribeInstancesResponse><reservationSet>\
         <item><instancesSet><item><instanceId>i-1</instanceId></item></instancesSet></item>\
         <item><instancesSet><item><instanceId>i-2</instanceId></item>\
         <item><instanceId>i-3</instanceId></item></instancesSet></item>\
         </reservationSet></DescribeInstancesResponse>",
    );
    let members: Vec<ec2::Instance> = group.instances().try_collect().await.unwrap();
    assert_eq!(
        members,
        vec![
            ec2.instance("i-1"),
            ec2.instance("i-2"),
            ec2.instance("i-3")
        ]
    );
    replay.push(
        200,
        &[XML],
        "<DeletePlacementGroupResponse><return>true</return></DeletePlacementGroupResponse>",
    );
    group.delete().await.expect("delete");
    replay.push(
        200,
        &[XML],
        "<DescribeTagsResponse><tagSet><item><resourceId>i-1</resourceId>\
         <resourceType>instance</resourceType><key>role</key><value>web</value></item>\
         </tagSet></DescribeTagsResponse>",
    );
    let tag = ec2::Tag::new(ec2.client(), "i-1", "role", "web");
    assert_eq!(
        tag.resource_type().await.unwrap(),
        Some(ec2::ResourceType::Instance)
    );
    let sent = replay.requests();
    let create = form(&sent[0].body_str());
    assert!(has(&create, "GroupName", "cluster-a"), "{create:?}");
    let load = form(&sent[1].body_str());
    assert!(has(&load, "GroupName.1", "cluster-a"), "{load:?}");
    let members = form(&sent[2].body_str());
    assert!(
        has(&members, "Filter.1.Name", "placement-group-name"),
        "{members:?}"
    );
    assert!(
        has(&members, "Filter.1.Value.1", "cluster-a"),
        "{members:?}"
    );
    let tag_load = form(&sent[4].body_str());
    for (k, v) in [
        ("Filter.1.Name", "key"),
        ("Filter.1.Value.1", "role"),
        ("Filter.2.Name", "value"),
        ("Filter.2.Value.1", "web"),
        ("Filter.3.Name", "resource-id"),
        ("Filter.3.Value.1", "i-1"),
    ] {
        assert!(has(&tag_load, k, v), "{k}={v} missing in {tag_load:?}");
    }
}
