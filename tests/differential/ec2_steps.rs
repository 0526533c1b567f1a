//! The scenario's EC2 steps with boto-services (mirrors `ec2_steps` in scenario.py): a VPC,
//! a subnet, a security group with an ingress rule, two instances run into them, tags and
//! filters, a termination and the error codes of missing and conflicting resources.

use super::{code, rnd, ts, AMI};
use boto_services::core::{Result, Session};
use boto_services::ec2::{self, Filter, TagShape, TagSpecification};
use serde_json::{json, Value};

fn filter(name: &str, value: &str) -> Filter {
    Filter::new().name(name).values(vec![value.to_owned()])
}

fn tag_spec(resource: &str, key: &str, value: &str) -> TagSpecification {
    TagSpecification::new()
        .resource_type(resource)
        .tags(vec![TagShape::new().key(key).value(value)])
}

/// `[[key, value]]`, sorted (as scenario.py's `tags`).
fn tags(tags: &[TagShape]) -> Value {
    let mut pairs: Vec<[&Option<String>; 2]> = tags.iter().map(|t| [&t.key, &t.value]).collect();
    pairs.sort();
    json!(pairs)
}

fn state(s: Option<&ec2::InstanceState>) -> Value {
    s.map_or(Value::Null, |s| {
        json!([s.code, s.name.as_ref().map(|v| v.as_str())])
    })
}

fn instance_view(i: &ec2::InstanceShape) -> Value {
    let mut groups: Vec<&ec2::GroupIdentifier> = i.security_groups.iter().collect();
    groups.sort_by(|a, b| a.group_name.cmp(&b.group_name));
    json!({
        "id": rnd(i.instance_id.as_deref()),
        "image": i.image_id,
        "type": i.instance_type.as_ref().map(|v| v.as_str()),
        "state": state(i.state.as_ref()),
        "subnet": rnd(i.subnet_id.as_deref()),
        "vpc": rnd(i.vpc_id.as_deref()),
        "zone": i.placement.as_ref().and_then(|p| p.availability_zone.as_deref()),
        "private_ip": rnd(i.private_ip_address.as_deref()),
        "groups": groups
            .iter()
            .map(|g| json!([g.group_name, rnd(g.group_id.as_deref())]))
            .collect::<Vec<_>>(),
        "tags": tags(&i.tags),
        "launch_time": ts(i.launch_time),
        "launch_index": i.ami_launch_index,
    })
}

fn instances(out: &ec2::DescribeInstancesResult) -> Vec<&ec2::InstanceShape> {
    let mut all: Vec<&ec2::InstanceShape> =
        out.reservations.iter().flat_map(|r| &r.instances).collect();
    all.sort_by_key(|i| i.ami_launch_index);
    all
}

pub(crate) async fn ec2_steps(session: &Session) -> Result<Value> {
    let ec2 = ec2::Client::new(session);
    let vpc = ec2
        .create_vpc(
            ec2::CreateVpcRequest::new()
                .cidr_block("10.9.0.0/16")
                .tag_specifications(vec![tag_spec("vpc", "Name", "diff-vpc")]),
        )
        .await?
        .vpc
        .unwrap_or_default();
    let vpc_id = vpc.vpc_id.clone().unwrap_or_default();
    let tagged = ec2
        .describe_vpcs(
            ec2::DescribeVpcsRequest::new().filters(vec![filter("tag:Name", "diff-vpc")]),
        )
        .await?;
    let subnet = ec2
        .create_subnet(
            ec2::CreateSubnetRequest::new()
                .vpc_id(&vpc_id)
                .cidr_block("10.9.1.0/24")
                .availability_zone("us-east-1b"),
        )
        .await?
        .subnet
        .unwrap_or_default();
    let subnet_id = subnet.subnet_id.clone().unwrap_or_default();
    let group_id = ec2
        .create_security_group(
            ec2::CreateSecurityGroupRequest::new()
                .group_name("diff-sg")
                .description("differential group")
                .vpc_id(&vpc_id),
        )
        .await?
        .group_id
        .unwrap_or_default();
    ec2.authorize_security_group_ingress(
        ec2::AuthorizeSecurityGroupIngressRequest::new()
            .group_id(&group_id)
            .ip_permissions(vec![ec2::IpPermission::new()
                .ip_protocol("tcp")
                .from_port(22)
                .to_port(22)
                .ip_ranges(vec![ec2::IpRange::new()
                    .cidr_ip("10.0.0.0/8")
                    .description("ssh")])]),
    )
    .await?;
    let groups = ec2
        .describe_security_groups(ec2::DescribeSecurityGroupsRequest::new().filters(vec![
            filter("vpc-id", &vpc_id),
            filter("group-name", "diff-sg"),
        ]))
        .await?;
    let reservation = ec2
        .run_instances(
            ec2::RunInstancesRequest::new()
                .image_id(AMI)
                .min_count(2)
                .max_count(2)
                .instance_type("t2.micro")
                .subnet_id(&subnet_id)
                .security_group_ids(vec![group_id.clone()])
                .tag_specifications(vec![tag_spec("instance", "team", "blue")]),
        )
        .await?;
    let mut launched: Vec<&ec2::InstanceShape> = reservation.instances.iter().collect();
    launched.sort_by_key(|i| i.ami_launch_index);
    let ids: Vec<String> = launched
        .iter()
        .map(|i| i.instance_id.clone().unwrap_or_default())
        .collect();
    ec2.create_tags(
        ec2::CreateTagsRequest::new()
            .resources(vec![ids[0].clone()])
            .tags(vec![TagShape::new().key("Name").value("first")]),
    )
    .await?;
    let named = ec2
        .describe_instances(
            ec2::DescribeInstancesRequest::new().filters(vec![filter("tag:Name", "first")]),
        )
        .await?;
    let in_vpc = ec2
        .describe_instances(ec2::DescribeInstancesRequest::new().filters(vec![
            filter("vpc-id", &vpc_id),
            filter("instance-state-name", "running"),
        ]))
        .await?;
    let mut tag_list = ec2
        .describe_tags(
            ec2::DescribeTagsRequest::new().filters(vec![filter("resource-id", &ids[0])]),
        )
        .await?
        .tags;
    tag_list.sort_by(|a, b| a.key.cmp(&b.key));
    let ended = ec2
        .terminate_instances(
            ec2::TerminateInstancesRequest::new().instance_ids(vec![ids[0].clone()]),
        )
        .await?;
    let after = ec2
        .describe_instances(ec2::DescribeInstancesRequest::new().instance_ids(ids.clone()))
        .await?;
    let state_of = |id: &str| {
        instances(&after)
            .into_iter()
            .find(|i| i.instance_id.as_deref() == Some(id))
            .and_then(|i| i.state.as_ref())
            .and_then(|s| s.name.as_ref().map(|v| v.as_str().to_owned()))
    };

    let errors = json!({
        "missing_instance": code(
            ec2.describe_instances(
                ec2::DescribeInstancesRequest::new()
                    .instance_ids(vec!["i-0123456789abcdef0".into()])
            )
            .await
        ),
        "missing_vpc": code(
            ec2.describe_vpcs(
                ec2::DescribeVpcsRequest::new().vpc_ids(vec!["vpc-0123456789abcdef0".into()])
            )
            .await
        ),
        "missing_subnet": code(
            ec2.describe_subnets(
                ec2::DescribeSubnetsRequest::new()
                    .subnet_ids(vec!["subnet-0123456789abcdef0".into()])
            )
            .await
        ),
        "duplicate_group": code(
            ec2.create_security_group(
                ec2::CreateSecurityGroupRequest::new()
                    .group_name("diff-sg")
                    .description("again")
                    .vpc_id(&vpc_id)
            )
            .await
        ),
        "vpc_in_use": code(
            ec2.delete_vpc(ec2::DeleteVpcRequest::new().vpc_id(&vpc_id))
                .await
        ),
        "bad_cidr": code(
            ec2.create_vpc(ec2::CreateVpcRequest::new().cidr_block("10.9.0.0/33"))
                .await
        ),
    });

    Ok(json!({
        "vpc": {
            "id": rnd(vpc.vpc_id.as_deref()),
            "cidr": vpc.cidr_block,
            "state": vpc.state.as_ref().map(|v| v.as_str()),
            "default": vpc.is_default,
            "owner": vpc.owner_id,
            "tags": tags(&vpc.tags),
        },
        "vpcs_tagged": tagged
            .vpcs
            .iter()
            .map(|v| json!([rnd(v.vpc_id.as_deref()), v.cidr_block, v.state.as_ref().map(|v| v.as_str())]))
            .collect::<Vec<_>>(),
        "subnet": {
            "id": rnd(subnet.subnet_id.as_deref()),
            "vpc": rnd(subnet.vpc_id.as_deref()),
            "cidr": subnet.cidr_block,
            "zone": subnet.availability_zone,
            "free": subnet.available_ip_address_count,
            "state": subnet.state.as_ref().map(|v| v.as_str()),
        },
        "groups": groups.security_groups.iter().map(|g| json!({
            "id": rnd(g.group_id.as_deref()),
            "name": g.group_name,
            "description": g.description,
            "vpc": rnd(g.vpc_id.as_deref()),
            "owner": g.owner_id,
            "ingress": g.ip_permissions.iter().map(|p| json!([
                p.ip_protocol,
                p.from_port,
                p.to_port,
                p.ip_ranges.iter().map(|r| json!([r.cidr_ip, r.description])).collect::<Vec<_>>(),
            ])).collect::<Vec<_>>(),
            "egress": g.ip_permissions_egress.iter().map(|p| json!([
                p.ip_protocol,
                p.ip_ranges.iter().map(|r| &r.cidr_ip).collect::<Vec<_>>(),
            ])).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "run": {
            "reservation": rnd(reservation.reservation_id.as_deref()),
            "owner": reservation.owner_id,
            "instances": launched.iter().map(|i| instance_view(i)).collect::<Vec<_>>(),
        },
        "named": instances(&named)
            .iter()
            .map(|i| rnd(i.instance_id.as_deref()))
            .collect::<Vec<_>>(),
        "described": instances(&in_vpc)
            .iter()
            .map(|i| instance_view(i))
            .collect::<Vec<_>>(),
        "tags": tag_list.iter().map(|t| json!([
            rnd(t.resource_id.as_deref()),
            t.resource_type.as_ref().map(|v| v.as_str()),
            t.key,
            t.value,
        ])).collect::<Vec<_>>(),
        "terminated": ended.terminating_instances.iter().map(|c| json!([
            rnd(c.instance_id.as_deref()),
            state(c.previous_state.as_ref()),
            state(c.current_state.as_ref()),
        ])).collect::<Vec<_>>(),
        "states_after": ids.iter().map(|i| json!([rnd(Some(i)), state_of(i)])).collect::<Vec<_>>(),
        "errors": errors,
    }))
}
