//! EC2 against moto (and one replay test of the wire format): the client, its waiters and
//! errors here; the resources in `ec2/resources.rs`, `ec2/storage.rs` and `ec2/network.rs`.

#![cfg(feature = "ec2")]

mod network;
mod resources;
mod storage;

use boto_core::http::replay::ReplayClient;
use boto_services::ec2::{self, Filter};
use futures::TryStreamExt;
use std::time::Duration;

const AMI: &str = "ami-12c6146b";

fn filter(name: &str, value: &str) -> Filter {
    Filter::new().name(name).values(vec![value.to_owned()])
}

/// A new VPC of `cidr`, made through the service resource.
async fn new_vpc(ec2: &ec2::Ec2, cidr: &str) -> ec2::Vpc {
    ec2.create_vpc()
        .with(|r| r.cidr_block(cidr))
        .await
        .expect("create_vpc")
}
const XML: (&str, &str) = ("content-type", "text/xml");

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
    let ec2 = ec2::Ec2::new(&testkit::replay_session!(&replay));
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
        (state.code, state.name.as_ref().map(|v| v.as_str())),
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
    let client = ec2::Client::new(&testkit::moto_session!(&moto));
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
    assert_eq!(
        first.instance_type.as_ref().map(|v| v.as_str()),
        Some("t2.micro")
    );
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
            .and_then(|s| s.name.as_ref().map(|v| v.as_str())),
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
    let client = ec2::Client::new(&testkit::moto_session!(&moto));
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
async fn client_addresses_monitoring_status_and_dry_run() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let ec2 = ec2::Ec2::new(&testkit::moto_session!(&moto));
    let client = ec2.client();
    let instance = ec2
        .create_instances()
        .with(|r| r.image_id(AMI).min_count(1).max_count(1))
        .await
        .unwrap()
        .remove(0);

    // DryRun: the permission check answers with an error code.
    let err = client
        .stop_instances(
            ec2::StopInstancesRequest::new()
                .instance_ids(vec![instance.id().to_owned()])
                .dry_run(true),
        )
        .await
        .unwrap_err();
    assert!(err.is_code("DryRunOperation"), "{err:?}");

    // Monitoring: moto answers only the permission check (its monitoring is not
    // implemented); the decoding of the answer is in `monitoring_output_decodes`.
    let err = instance
        .monitor()
        .with(|r| r.dry_run(true))
        .await
        .unwrap_err();
    assert!(err.is_code("DryRunOperation"), "{err:?}");

    // Instance status of running instances.
    let statuses: Vec<ec2::InstanceStatus> = client
        .describe_instance_status_items(
            ec2::DescribeInstanceStatusRequest::new().instance_ids(vec![instance.id().to_owned()]),
        )
        .try_collect()
        .await
        .expect("describe_instance_status");
    assert_eq!(statuses.len(), 1);
    assert_eq!(
        statuses[0]
            .instance_state
            .as_ref()
            .and_then(|s| s.name.as_ref().map(|v| v.as_str())),
        Some("running")
    );

    // Elastic IPs: allocate, associate, describe, release.
    let eip = client
        .allocate_address(ec2::AllocateAddressRequest::new().domain("vpc"))
        .await
        .expect("allocate");
    let allocation = eip.allocation_id.clone().expect("allocation id");
    let public_ip = eip.public_ip.clone().expect("public ip");
    let association = client
        .associate_address(
            ec2::AssociateAddressRequest::new()
                .allocation_id(allocation.clone())
                .instance_id(instance.id()),
        )
        .await
        .expect("associate");
    assert!(association.association_id.is_some());
    let described = client
        .describe_addresses(ec2::DescribeAddressesRequest::new().public_ips(vec![public_ip]))
        .await
        .expect("describe_addresses");
    assert_eq!(described.addresses.len(), 1);
    assert_eq!(
        described.addresses[0].instance_id.as_deref(),
        Some(instance.id())
    );
    assert_eq!(
        described.addresses[0].allocation_id.as_deref(),
        Some(allocation.as_str())
    );
    client
        .release_address(ec2::ReleaseAddressRequest::new().allocation_id(allocation))
        .await
        .expect("release");
    let left = client
        .describe_addresses(ec2::DescribeAddressesRequest::new())
        .await
        .unwrap();
    assert!(left.addresses.is_empty(), "{:?}", left.addresses);
}

#[tokio::test]
async fn monitoring_output_decodes() {
    let replay = ReplayClient::new();
    replay.push(
        200,
        &[XML],
        "<MonitorInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\
         <requestId>r</requestId><instancesSet><item><instanceId>i-1</instanceId>\
         <monitoring><state>pending</state></monitoring></item></instancesSet>\
         </MonitorInstancesResponse>",
    );
    let ec2 = ec2::Ec2::new(&testkit::replay_session!(&replay));
    let out = ec2.instance("i-1").monitor().await.expect("monitor");
    let m = &out.instance_monitorings[0];
    assert_eq!(m.instance_id.as_deref(), Some("i-1"));
    assert_eq!(
        m.monitoring
            .as_ref()
            .and_then(|m| m.state.as_ref().map(|v| v.as_str())),
        Some("pending")
    );
    let sent = form(&replay.requests()[0].body_str());
    assert!(has(&sent, "Action", "MonitorInstances"), "{sent:?}");
    assert!(has(&sent, "InstanceId.1", "i-1"), "{sent:?}");
}
