//! Instances, VPCs, subnets and security groups as resources.

use super::{filter, new_vpc, AMI};
use boto_services::ec2::{self, InstanceBatchActions};
use futures::TryStreamExt;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread")]
async fn resources_instances_references_and_waiters() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let ec2 = ec2::Ec2::new(&testkit::moto_session!(&moto));
    let vpc = new_vpc(&ec2, "10.20.0.0/16").await;
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
    ec2.client()
        .wait_until_subnet_available(
            ec2::DescribeSubnetsRequest::new().subnet_ids(vec![subnet.id().to_owned()]),
        )
        .max_attempts(3)
        .await
        .expect("subnet available");
    let subnets: Vec<ec2::Subnet> = vpc.subnets().try_collect().await.unwrap();
    assert_eq!(subnets, vec![subnet.clone()]);
    // The service's `create_tags` names any resources.
    ec2.create_tags()
        .with(|r| {
            r.resources(vec![vpc.id().to_owned(), subnet.id().to_owned()])
                .tags(vec![ec2::TagShape::new().key("stage").value("test")])
        })
        .await
        .expect("create_tags");
    let staged: Vec<ec2::Vpc> = ec2
        .vpcs()
        .filter(|r| r.filters(vec![filter("tag:stage", "test")]))
        .try_collect()
        .await
        .unwrap();
    assert_eq!(staged, vec![vpc.clone()]);
    assert_eq!(subnet.reload().await.unwrap().tags.len(), 1);

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
        fresh
            .instance_type()
            .await
            .unwrap()
            .as_ref()
            .map(|v| v.as_str()),
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
    assert_eq!(
        state(&fresh).await.as_ref().map(|v| v.as_str()),
        Some("running")
    );
    let out = fresh.stop().await.expect("stop");
    assert_eq!(out.stopping_instances.len(), 1);
    assert!(fresh.data().is_none(), "an action clears loaded data");
    fresh
        .wait_until_stopped()
        .delay(Duration::from_millis(100))
        .max_attempts(20)
        .await
        .expect("stopped");
    assert_eq!(
        state(&fresh).await.as_ref().map(|v| v.as_str()),
        Some("stopped")
    );
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
async fn batch_actions_and_instance_volumes() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let ec2 = ec2::Ec2::new(&testkit::moto_session!(&moto));
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
                .and_then(|s| s.name.as_ref().map(|v| v.as_str())),
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
            .and_then(|s| s.name.as_ref().map(|v| v.as_str())),
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

    // Batch actions on a Vec of instances (`InstanceBatchActions`): one request.
    let results = vec![other.clone()].stop().await.expect("stop a Vec");
    assert_eq!(results.len(), 1);
    assert_eq!(
        results[0].stopping_instances[0].instance_id.as_deref(),
        Some(other.id())
    );
}
