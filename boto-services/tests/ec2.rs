//! EC2 client, waiters and resources against moto.

use boto_core::http::replay::ReplayClient;
use boto_core::{Credentials, Session};
use boto_services::ec2::{self, Filter};
use futures::TryStreamExt;
use std::sync::Arc;
use std::time::Duration;

const AMI: &str = "ami-12c6146b";

fn session(endpoint: String) -> Session {
    Session::builder()
        .region("us-east-1")
        .endpoint_url(endpoint)
        .credentials(Credentials::new("testing", "testing", None))
        .build()
        .expect("session")
}

fn filter(name: &str, value: &str) -> Filter {
    Filter::new().name(name).values(vec![value.to_owned()])
}

const XML: (&str, &str) = ("content-type", "text/xml");

fn replay_session(replay: &ReplayClient) -> Session {
    Session::builder()
        .region("us-east-1")
        .credentials(Credentials::new("testing", "testing", None))
        .http_client(Arc::new(replay.clone()))
        .build()
        .expect("session")
}

/// The form fields of a recorded ec2Query request, decoded.
fn form(body: &str) -> Vec<(String, String)> {
    body.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            let dec = |s: &str| {
                let s = s.replace('+', " ");
                let mut out = Vec::new();
                let b = s.as_bytes();
                let mut i = 0;
                while i < b.len() {
                    if b[i] == b'%' && i + 2 < b.len() {
                        let hex = std::str::from_utf8(&b[i + 1..i + 3]).unwrap();
                        out.push(u8::from_str_radix(hex, 16).unwrap());
                        i += 3;
                    } else {
                        out.push(b[i]);
                        i += 1;
                    }
                }
                String::from_utf8(out).unwrap()
            };
            (dec(k), dec(v))
        })
        .collect()
}

fn has(fields: &[(String, String)], key: &str, value: &str) -> bool {
    fields.iter().any(|(k, v)| k == key && v == value)
}

/// Requests carry EC2's query names (`InstanceId.1`, `Filter.1.Value.1`,
/// `TagSpecification.1.Tag.1.Key`); pages follow `nextToken`; `limit` sets `MaxResults`.
#[tokio::test]
async fn wire_names_and_pages() {
    let replay = ReplayClient::new();
    let page = |ids: &[&str], token: Option<&str>| {
        let instances: String = ids
            .iter()
            .map(|id| {
                format!(
                    "<item><instanceId>{id}</instanceId><instanceState><code>16</code>\
                     <name>running</name></instanceState><tagSet><item><key>k</key>\
                     <value>v</value></item></tagSet></item>"
                )
            })
            .collect();
        let token = token.map_or(String::new(), |t| format!("<nextToken>{t}</nextToken>"));
        format!(
            "<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\
             <requestId>r</requestId><reservationSet><item><reservationId>r-1</reservationId>\
             <instancesSet>{instances}</instancesSet></item></reservationSet>{token}\
             </DescribeInstancesResponse>"
        )
    };
    replay.push(200, &[XML], page(&["i-1", "i-2"], Some("t1")));
    replay.push(200, &[XML], page(&["i-3"], None));
    let ec2 = ec2::Ec2::new(&replay_session(&replay));
    let pages: Vec<Vec<ec2::Instance>> = ec2
        .instances()
        .filter(|r| {
            r.instance_ids(vec!["i-1".into(), "i-2".into(), "i-3".into()])
                .filters(vec![filter("tag:k", "v")])
        })
        .page_size(2)
        .pages()
        .try_collect()
        .await
        .expect("pages");
    assert_eq!(
        pages,
        vec![
            vec![ec2.instance("i-1"), ec2.instance("i-2")],
            vec![ec2.instance("i-3")]
        ]
    );
    let state = pages[1][0].state().await.unwrap().unwrap();
    assert_eq!(
        (state.code, state.name.as_deref()),
        (Some(16), Some("running"))
    );
    assert_eq!(
        pages[1][0].tags().await.unwrap()[0].value.as_deref(),
        Some("v")
    );
    let sent = replay.requests();
    assert_eq!(sent.len(), 2);
    let first = form(&sent[0].body_str());
    for (k, v) in [
        ("Action", "DescribeInstances"),
        ("Version", "2016-11-15"),
        ("InstanceId.1", "i-1"),
        ("InstanceId.3", "i-3"),
        ("Filter.1.Name", "tag:k"),
        ("Filter.1.Value.1", "v"),
        ("MaxResults", "2"),
    ] {
        assert!(has(&first, k, v), "{k}={v} missing in {first:?}");
    }
    assert!(has(&form(&sent[1].body_str()), "NextToken", "t1"));

    replay.push(
        200,
        &[XML],
        "<RunInstancesResponse><reservationId>r-9</reservationId><instancesSet>\
         <item><instanceId>i-9</instanceId></item></instancesSet></RunInstancesResponse>",
    );
    let made = ec2
        .create_instances()
        .with(|r| {
            r.image_id(AMI)
                .min_count(1)
                .max_count(1)
                .security_group_ids(vec!["sg-1".into()])
                .tag_specifications(vec![ec2::TagSpecification::new()
                    .resource_type("instance")
                    .tags(vec![ec2::TagShape::new().key("Name").value("a b")])])
        })
        .await
        .unwrap();
    assert_eq!(made, vec![ec2.instance("i-9")]);
    let run = form(&replay.requests()[2].body_str());
    for (k, v) in [
        ("Action", "RunInstances"),
        ("ImageId", AMI),
        ("MinCount", "1"),
        ("SecurityGroupId.1", "sg-1"),
        ("TagSpecification.1.ResourceType", "instance"),
        ("TagSpecification.1.Tag.1.Key", "Name"),
        ("TagSpecification.1.Tag.1.Value", "a b"),
    ] {
        assert!(has(&run, k, v), "{k}={v} missing in {run:?}");
    }
    assert!(
        !run.iter().any(|(k, _)| k.starts_with("BlockDeviceMapping")),
        "empty lists are not sent: {run:?}"
    );
    assert_eq!(replay.remaining(), 0);
}

#[tokio::test(flavor = "multi_thread")]
async fn client_instances_lifecycle_with_waiters() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let client = ec2::Client::new(&session(moto.endpoint()));
    let reservation = client
        .run_instances(
            ec2::RunInstancesRequest::new()
                .image_id(AMI)
                .min_count(2)
                .max_count(2)
                .instance_type("t2.micro")
                .tag_specifications(vec![ec2::TagSpecification::new()
                    .resource_type("instance")
                    .tags(vec![ec2::TagShape::new().key("team").value("core")])]),
        )
        .await
        .expect("run_instances");
    assert!(reservation.reservation_id.is_some());
    assert_eq!(reservation.instances.len(), 2);
    let ids: Vec<String> = reservation
        .instances
        .iter()
        .map(|i| i.instance_id.clone().expect("instance id"))
        .collect();
    let first = &reservation.instances[0];
    assert_eq!(first.image_id.as_deref(), Some(AMI));
    assert_eq!(first.instance_type.as_deref(), Some("t2.micro"));
    assert!(first.launch_time.is_some());
    assert!(first.private_ip_address.is_some());

    client
        .wait_until_instance_running(ec2::DescribeInstancesRequest::new().instance_ids(ids.clone()))
        .delay(Duration::from_millis(100))
        .max_attempts(20)
        .await
        .expect("running");

    // Filters: by tag, by state, and one that matches nothing.
    let tagged = client
        .describe_instances(
            ec2::DescribeInstancesRequest::new().filters(vec![filter("tag:team", "core")]),
        )
        .await
        .expect("describe by tag");
    let found: Vec<&str> = tagged
        .reservations
        .iter()
        .flat_map(|r| &r.instances)
        .filter_map(|i| i.instance_id.as_deref())
        .collect();
    assert_eq!(found.len(), 2, "{found:?}");
    let tags = &tagged.reservations[0].instances[0].tags;
    assert_eq!(tags[0].key.as_deref(), Some("team"));
    assert_eq!(tags[0].value.as_deref(), Some("core"));
    let none = client
        .describe_instances(
            ec2::DescribeInstancesRequest::new().filters(vec![filter("tag:team", "nobody")]),
        )
        .await
        .expect("describe none");
    assert!(none.reservations.is_empty());

    // Items stream over every page.
    let reservations: Vec<ec2::Reservation> = client
        .describe_instances_items(ec2::DescribeInstancesRequest::new().instance_ids(ids.clone()))
        .try_collect()
        .await
        .expect("items");
    assert_eq!(
        reservations
            .iter()
            .map(|r| r.instances.len())
            .sum::<usize>(),
        2
    );

    let stopped = client
        .stop_instances(ec2::StopInstancesRequest::new().instance_ids(ids.clone()))
        .await
        .expect("stop");
    assert_eq!(stopped.stopping_instances.len(), 2);
    let change = &stopped.stopping_instances[0];
    assert_eq!(
        change
            .previous_state
            .as_ref()
            .and_then(|s| s.name.as_deref()),
        Some("running")
    );
    client
        .wait_until_instance_stopped(ec2::DescribeInstancesRequest::new().instance_ids(ids.clone()))
        .delay(Duration::from_millis(100))
        .max_attempts(20)
        .await
        .expect("stopped");
    let started = client
        .start_instances(ec2::StartInstancesRequest::new().instance_ids(ids.clone()))
        .await
        .expect("start");
    assert_eq!(started.starting_instances.len(), 2);
    client
        .reboot_instances(ec2::RebootInstancesRequest::new().instance_ids(ids.clone()))
        .await
        .expect("reboot");
    let terminated = client
        .terminate_instances(ec2::TerminateInstancesRequest::new().instance_ids(ids.clone()))
        .await
        .expect("terminate");
    assert_eq!(terminated.terminating_instances.len(), 2);
    client
        .wait_until_instance_terminated(
            ec2::DescribeInstancesRequest::new().instance_ids(ids.clone()),
        )
        .delay(Duration::from_millis(100))
        .max_attempts(20)
        .await
        .expect("terminated");

    // A failure acceptor: a terminated instance never becomes running.
    let err = client
        .wait_until_instance_running(ec2::DescribeInstancesRequest::new().instance_ids(ids))
        .delay(Duration::from_millis(10))
        .max_attempts(3)
        .await
        .unwrap_err();
    assert!(err.to_string().to_lowercase().contains("fail"), "{err}");
}

#[tokio::test(flavor = "multi_thread")]
async fn client_error_codes() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let client = ec2::Client::new(&session(moto.endpoint()));
    let err = client
        .describe_instances(
            ec2::DescribeInstancesRequest::new().instance_ids(vec!["i-0123456789abcdef0".into()]),
        )
        .await
        .unwrap_err();
    assert!(err.is_code("InvalidInstanceID.NotFound"), "{err:?}");
    assert!(err.message().is_some());
    assert!(err.request_id().is_some(), "{err:?}");
    let err = client
        .delete_vpc(ec2::DeleteVpcRequest::new().vpc_id("vpc-00000000"))
        .await
        .unwrap_err();
    assert!(err.is_code("InvalidVpcID.NotFound"), "{err:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn resources_instances_references_and_waiters() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let ec2 = ec2::Ec2::new(&session(moto.endpoint()));
    let vpc = ec2
        .create_vpc()
        .with(|r| r.cidr_block("10.20.0.0/16"))
        .await
        .expect("create_vpc");
    assert!(vpc.id().starts_with("vpc-"), "{}", vpc.id());
    assert!(vpc.data().is_some(), "pre-filled from CreateVpc");
    assert_eq!(
        vpc.cidr_block().await.unwrap().as_deref(),
        Some("10.20.0.0/16")
    );
    vpc.wait_until_exists()
        .max_attempts(3)
        .await
        .expect("vpc exists");
    vpc.wait_until_available()
        .delay(Duration::from_millis(100))
        .max_attempts(10)
        .await
        .expect("vpc available");
    let subnet = vpc
        .create_subnet()
        .with(|r| r.cidr_block("10.20.1.0/24"))
        .await
        .expect("create_subnet");
    assert_eq!(subnet.vpc_id().await.unwrap().as_deref(), Some(vpc.id()));

    // Launch into the subnet; the instances come pre-filled from the reservation.
    let instances = subnet
        .create_instances()
        .with(|r| {
            r.image_id(AMI)
                .min_count(1)
                .max_count(1)
                .instance_type("t2.micro")
        })
        .await
        .expect("create_instances");
    assert_eq!(instances.len(), 1);
    let instance = instances[0].clone();
    assert!(instance.id().starts_with("i-"));
    assert!(instance.data().is_some());
    assert_eq!(instance.image_id().await.unwrap().as_deref(), Some(AMI));

    // A fresh handle loads on first access (DescribeInstances picked by `load_path`).
    let fresh = ec2.instance(instance.id());
    assert_eq!(fresh, instance);
    assert!(fresh.data().is_none());
    assert_eq!(
        fresh.instance_type().await.unwrap().as_deref(),
        Some("t2.micro")
    );
    assert_eq!(
        fresh.subnet_id().await.unwrap().as_deref(),
        Some(subnet.id())
    );
    assert!(fresh.private_ip_address().await.unwrap().is_some());

    // References.
    let via_instance = fresh.vpc().await.expect("vpc()").expect("has a vpc");
    assert_eq!(via_instance, vpc);
    assert_eq!(fresh.subnet().await.unwrap(), Some(subnet.clone()));
    let image = fresh.image().await.unwrap().expect("image");
    assert_eq!(image.id(), AMI);
    assert!(image.name().await.unwrap().is_some());

    // Waiters on the resource, actions clearing data.
    fresh
        .wait_until_exists()
        .max_attempts(3)
        .await
        .expect("exists");
    fresh
        .wait_until_running()
        .delay(Duration::from_millis(100))
        .max_attempts(20)
        .await
        .expect("running");
    let state = |i: &ec2::Instance| {
        let i = i.clone();
        async move { i.state().await.unwrap().and_then(|s| s.name) }
    };
    assert_eq!(state(&fresh).await.as_deref(), Some("running"));
    let out = fresh.stop().await.expect("stop");
    assert_eq!(out.stopping_instances.len(), 1);
    assert!(fresh.data().is_none(), "an action clears loaded data");
    fresh
        .wait_until_stopped()
        .delay(Duration::from_millis(100))
        .max_attempts(20)
        .await
        .expect("stopped");
    assert_eq!(state(&fresh).await.as_deref(), Some("stopped"));
    fresh.start().await.expect("start");
    fresh
        .wait_until_running()
        .delay(Duration::from_millis(100))
        .max_attempts(20)
        .await
        .expect("running again");
    fresh.reboot().await.expect("reboot");

    // Tags on the instance, then collections with EC2 filters.
    fresh
        .create_tags()
        .with(|r| r.tags(vec![ec2::TagShape::new().key("Name").value("web-1")]))
        .await
        .expect("create_tags");
    let tags = fresh.tags().await.unwrap();
    assert_eq!(tags.len(), 1);
    assert_eq!(tags[0].key.as_deref(), Some("Name"));
    let named: Vec<ec2::Instance> = ec2
        .instances()
        .filter(|r| r.filters(vec![filter("tag:Name", "web-1")]))
        .try_collect()
        .await
        .expect("instances by tag");
    assert_eq!(named, vec![fresh.clone()]);
    assert!(named[0].data().is_some(), "collection items are pre-filled");
    let in_vpc: Vec<ec2::Instance> = vpc.instances().try_collect().await.unwrap();
    assert_eq!(in_vpc, vec![fresh.clone()]);
    let in_subnet: Vec<ec2::Instance> = subnet.instances().try_collect().await.unwrap();
    assert_eq!(in_subnet, vec![fresh.clone()]);
    let running: Vec<ec2::Instance> = ec2
        .instances()
        .filter(|r| r.filters(vec![filter("instance-state-name", "stopped")]))
        .try_collect()
        .await
        .unwrap();
    assert!(running.is_empty(), "the instance runs: {running:?}");
    fresh
        .delete_tags()
        .with(|r| r.tags(vec![ec2::TagShape::new().key("Name")]))
        .await
        .unwrap();
    assert!(fresh.tags().await.unwrap().is_empty());

    fresh.terminate().await.expect("terminate");
    fresh
        .wait_until_terminated()
        .delay(Duration::from_millis(100))
        .max_attempts(20)
        .await
        .expect("terminated");

    // Not found: a load of an unknown instance is the service's error code.
    let err = ec2
        .instance("i-0123456789abcdef0")
        .load()
        .await
        .unwrap_err();
    assert!(err.is_code("InvalidInstanceID.NotFound"), "{err:?}");
    subnet.delete().await.expect("delete subnet");
    vpc.delete().await.expect("delete vpc");
    let err = vpc.reload().await.unwrap_err();
    assert!(err.is_code("InvalidVpcID.NotFound"), "{err:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn resources_security_groups_key_pairs_volumes() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let ec2 = ec2::Ec2::new(&session(moto.endpoint()));
    let vpc = ec2
        .create_vpc()
        .with(|r| r.cidr_block("10.30.0.0/16"))
        .await
        .unwrap();

    // Security group: create in the VPC, authorize ingress, read the rule back.
    let group = vpc
        .create_security_group()
        .with(|r| r.group_name("web").description("web servers"))
        .await
        .expect("create_security_group");
    assert!(group.id().starts_with("sg-"));
    group
        .authorize_ingress()
        .with(|r| {
            r.ip_permissions(vec![ec2::IpPermission::new()
                .ip_protocol("tcp")
                .from_port(443)
                .to_port(443)
                .ip_ranges(vec![ec2::IpRange::new().cidr_ip("0.0.0.0/0")])])
        })
        .await
        .expect("authorize_ingress");
    assert_eq!(group.group_name().await.unwrap().as_deref(), Some("web"));
    assert_eq!(group.vpc_id().await.unwrap().as_deref(), Some(vpc.id()));
    let rules = group.ip_permissions().await.unwrap();
    let https = rules
        .iter()
        .find(|p| p.from_port == Some(443))
        .expect("the 443 rule");
    assert_eq!(https.ip_protocol.as_deref(), Some("tcp"));
    assert_eq!(https.ip_ranges[0].cidr_ip.as_deref(), Some("0.0.0.0/0"));
    assert_eq!(group.vpc().await.unwrap(), Some(vpc.clone()));
    let groups: Vec<ec2::SecurityGroup> = vpc.security_groups().try_collect().await.unwrap();
    assert!(groups.contains(&group), "{groups:?}");
    let by_name: Vec<ec2::SecurityGroup> = ec2
        .security_groups()
        .filter(|r| r.filters(vec![filter("group-name", "web")]))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(by_name, vec![group.clone()]);
    group.delete().await.expect("delete group");

    // Key pairs: the private key once, then described without it; imported keys.
    let key = ec2
        .create_key_pair()
        .with(|r| r.key_name("deploy"))
        .await
        .expect("create_key_pair");
    assert_eq!(key.name(), "deploy");
    let material = key.key_material().await.unwrap().expect("private key");
    assert!(material.contains("PRIVATE KEY"), "{material}");
    let shown = format!("{:?}", key.data().unwrap());
    assert!(
        !shown.contains("PRIVATE KEY"),
        "Debug shows the private key: {shown}"
    );
    let info = ec2.key_pair("deploy");
    assert_eq!(
        info.key_fingerprint().await.unwrap(),
        key.key_fingerprint().await.unwrap()
    );
    let public = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPjSVPo2AgdZK0+CMKJCmB9hs7GqlYLYqwMmbvatmH8T test@example.com";
    let imported = ec2
        .import_key_pair()
        .with(|r| {
            r.key_name("imported")
                .public_key_material(public.as_bytes().to_vec())
        })
        .await
        .expect("import_key_pair");
    assert_eq!(imported.name(), "imported");
    assert!(imported.key_fingerprint().await.unwrap().is_some());
    let mut names: Vec<String> = ec2
        .key_pairs()
        .try_collect::<Vec<ec2::KeyPairInfo>>()
        .await
        .unwrap()
        .iter()
        .map(|k| k.name().to_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["deploy", "imported"]);
    key.delete().await.expect("delete key");
    imported.delete().await.expect("delete imported");
    let err = info.reload().await.unwrap_err();
    assert!(err.is_code("InvalidKeyPair.NotFound"), "{err:?}");

    // Volumes: create, wait, attach to an instance, tag, filter, detach, delete.
    let volume = ec2
        .create_volume()
        .with(|r| r.availability_zone("us-east-1a").size(8).volume_type("gp2"))
        .await
        .expect("create_volume");
    assert!(volume.id().starts_with("vol-"));
    assert_eq!(volume.size().await.unwrap(), Some(8));
    ec2.client()
        .wait_until_volume_available(
            ec2::DescribeVolumesRequest::new().volume_ids(vec![volume.id().to_owned()]),
        )
        .delay(Duration::from_millis(100))
        .max_attempts(10)
        .await
        .expect("volume available");
    let instance = ec2
        .create_instances()
        .with(|r| {
            r.image_id(AMI)
                .min_count(1)
                .max_count(1)
                .placement(ec2::Placement::new().availability_zone("us-east-1a"))
        })
        .await
        .unwrap()
        .remove(0);
    let attachment = volume
        .attach_to_instance()
        .with(|r| r.instance_id(instance.id()).device("/dev/sdh"))
        .await
        .expect("attach");
    assert_eq!(attachment.volume_id.as_deref(), Some(volume.id()));
    assert_eq!(volume.state().await.unwrap().as_deref(), Some("in-use"));
    let attached = volume.attachments().await.unwrap();
    assert_eq!(attached[0].instance_id.as_deref(), Some(instance.id()));
    volume
        .create_tags()
        .with(|r| r.tags(vec![ec2::TagShape::new().key("env").value("test")]))
        .await
        .unwrap();
    let tagged: Vec<ec2::Volume> = ec2
        .volumes()
        .filter(|r| r.filters(vec![filter("tag:env", "test")]))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(tagged, vec![volume.clone()]);
    let tags = ec2
        .client()
        .describe_tags(
            ec2::DescribeTagsRequest::new().filters(vec![filter("resource-id", volume.id())]),
        )
        .await
        .unwrap();
    assert_eq!(tags.tags.len(), 1);
    assert_eq!(tags.tags[0].resource_type.as_deref(), Some("volume"));
    ec2.client()
        .delete_tags(
            ec2::DeleteTagsRequest::new()
                .resources(vec![volume.id().to_owned()])
                .tags(vec![ec2::TagShape::new().key("env")]),
        )
        .await
        .unwrap();
    assert!(volume.reload().await.unwrap().tags.is_empty());
    let detached = instance
        .detach_volume()
        .with(|r| r.volume_id(volume.id()))
        .await
        .expect("detach");
    assert_eq!(detached.instance_id.as_deref(), Some(instance.id()));
    // The volume's own data predates the instance's action: reload it.
    assert_eq!(volume.state().await.unwrap().as_deref(), Some("in-use"));
    let reloaded = volume.reload().await.unwrap();
    assert_eq!(reloaded.state.as_deref(), Some("available"));
    let again = instance
        .attach_volume()
        .with(|r| r.volume_id(volume.id()).device("/dev/sdi"))
        .await
        .expect("attach from the instance");
    assert_eq!(again.device.as_deref(), Some("/dev/sdi"));
    volume
        .detach_from_instance()
        .with(|r| r.instance_id(instance.id()))
        .await
        .expect("detach from the volume");
    volume.delete().await.expect("delete volume");
    let err = volume.reload().await.unwrap_err();
    assert!(err.is_code("InvalidVolume.NotFound"), "{err:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn images_regions_and_zones() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let ec2 = ec2::Ec2::new(&session(moto.endpoint()));
    let image = ec2.image(AMI);
    image
        .wait_until_exists()
        .max_attempts(2)
        .await
        .expect("exists");
    assert_eq!(image.state().await.unwrap().as_deref(), Some("available"));
    assert!(image
        .name()
        .await
        .unwrap()
        .unwrap()
        .starts_with("Windows_Server"));
    let ubuntu: Vec<ec2::Image> = ec2
        .images()
        .filter(|r| r.owners(vec!["099720109477".into()]))
        .try_collect()
        .await
        .expect("images by owner");
    assert!(!ubuntu.is_empty());
    for i in &ubuntu {
        assert_eq!(i.owner_id().await.unwrap().as_deref(), Some("099720109477"));
    }
    let regions = ec2
        .client()
        .describe_regions(ec2::DescribeRegionsRequest::new())
        .await
        .unwrap();
    assert!(regions
        .regions
        .iter()
        .any(|r| r.region_name.as_deref() == Some("eu-west-1")));
    let zones = ec2
        .client()
        .describe_availability_zones(ec2::DescribeAvailabilityZonesRequest::new())
        .await
        .unwrap();
    assert!(zones
        .availability_zones
        .iter()
        .any(|z| z.zone_name.as_deref() == Some("us-east-1a")));
}

#[tokio::test(flavor = "multi_thread")]
async fn batch_actions_and_instance_volumes() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let ec2 = ec2::Ec2::new(&session(moto.endpoint()));
    let tagged = |value: &str| {
        vec![ec2::TagSpecification::new()
            .resource_type("instance")
            .tags(vec![ec2::TagShape::new().key("batch").value(value)])]
    };
    let fleet = ec2
        .create_instances()
        .with(|r| {
            r.image_id(AMI)
                .min_count(3)
                .max_count(3)
                .tag_specifications(tagged("a"))
        })
        .await
        .unwrap();
    let other = ec2
        .create_instances()
        .with(|r| {
            r.image_id(AMI)
                .min_count(1)
                .max_count(1)
                .tag_specifications(tagged("b"))
        })
        .await
        .unwrap()
        .remove(0);

    // One StopInstances per page of the filtered collection.
    let results = ec2
        .instances()
        .filter(|r| r.filters(vec![filter("tag:batch", "a")]))
        .stop()
        .await
        .expect("batch stop");
    assert_eq!(results.len(), 1);
    let mut stopped: Vec<&str> = results[0]
        .stopping_instances
        .iter()
        .filter_map(|c| c.instance_id.as_deref())
        .collect();
    stopped.sort();
    let mut ids: Vec<&str> = fleet.iter().map(|i| i.id()).collect();
    ids.sort();
    assert_eq!(stopped, ids);
    for i in &fleet {
        assert_eq!(
            i.reload()
                .await
                .unwrap()
                .state
                .as_ref()
                .and_then(|s| s.name.as_deref()),
            Some("stopped")
        );
    }
    assert_eq!(
        other
            .reload()
            .await
            .unwrap()
            .state
            .as_ref()
            .and_then(|s| s.name.as_deref()),
        Some("running"),
        "outside the filter"
    );
    let terminated = ec2
        .instances()
        .filter(|r| r.filters(vec![filter("tag:batch", "a")]))
        .terminate()
        .await
        .expect("batch terminate");
    assert_eq!(terminated[0].terminating_instances.len(), 3);

    // Instance::volumes: the volumes attached to it.
    let zone = other
        .placement()
        .await
        .unwrap()
        .and_then(|p| p.availability_zone)
        .expect("zone");
    let volume = ec2
        .create_volume()
        .with(|r| r.availability_zone(zone).size(4))
        .await
        .unwrap();
    other
        .attach_volume()
        .with(|r| r.volume_id(volume.id()).device("/dev/sdf"))
        .await
        .unwrap();
    let attached: Vec<ec2::Volume> = other.volumes().try_collect().await.unwrap();
    assert!(attached.contains(&volume), "{attached:?}");
    let mine = attached.iter().find(|v| *v == &volume).unwrap();
    assert!(mine.data().is_some(), "pre-filled");
    assert_eq!(mine.size().await.unwrap(), Some(4));
    for v in &attached {
        let on = v.attachments().await.unwrap();
        assert!(
            on.iter()
                .any(|a| a.instance_id.as_deref() == Some(other.id())),
            "{on:?}"
        );
    }
    let elsewhere: Vec<ec2::Volume> = fleet[0].volumes().try_collect().await.unwrap();
    assert!(!elsewhere.contains(&volume), "{elsewhere:?}");
}
