//! Key pairs, volumes and images as resources; regions and zones.

use super::{filter, new_vpc, AMI};
use boto_services::ec2;
use futures::TryStreamExt;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread")]
async fn resources_security_groups_key_pairs_volumes() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let ec2 = ec2::Ec2::new(&testkit::moto_session!(&moto));
    let vpc = new_vpc(&ec2, "10.30.0.0/16").await;

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
    assert_eq!(
        volume.state().await.unwrap().as_ref().map(|v| v.as_str()),
        Some("in-use")
    );
    ec2.client()
        .wait_until_volume_in_use(
            ec2::DescribeVolumesRequest::new().volume_ids(vec![volume.id().to_owned()]),
        )
        .max_attempts(3)
        .await
        .expect("volume in use");
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
    assert_eq!(
        tags.tags[0].resource_type.as_ref().map(|v| v.as_str()),
        Some("volume")
    );
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
    assert_eq!(
        volume.state().await.unwrap().as_ref().map(|v| v.as_str()),
        Some("in-use")
    );
    let reloaded = volume.reload().await.unwrap();
    assert_eq!(
        reloaded.state.as_ref().map(|v| v.as_str()),
        Some("available")
    );
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
    let ec2 = ec2::Ec2::new(&testkit::moto_session!(&moto));
    let image = ec2.image(AMI);
    image
        .wait_until_exists()
        .max_attempts(2)
        .await
        .expect("exists");
    assert_eq!(
        image.state().await.unwrap().as_ref().map(|v| v.as_str()),
        Some("available")
    );
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
