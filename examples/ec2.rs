//! EC2 with resources: a VPC and subnet, an instance launched into it, waiters,
//! references, filtered collections and tags. Runs against `AWS_ENDPOINT_URL`, or a local
//! moto it starts.
//!
//! `cargo run --example ec2`

use boto_services::ec2::{self, Ec2, Filter};
use futures::TryStreamExt;
use std::time::Duration;

#[tokio::main(flavor = "multi_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (session, _moto) = boto_examples::example_session(None)?;
    let ec2 = Ec2::new(&session);

    let vpc = ec2
        .create_vpc()
        .with(|r| r.cidr_block("10.0.0.0/16"))
        .await?;
    vpc.wait_until_available().await?;
    let subnet = vpc
        .create_subnet()
        .with(|r| r.cidr_block("10.0.1.0/24"))
        .await?;
    println!("vpc {} with subnet {}", vpc.id(), subnet.id());

    let instances = subnet
        .create_instances()
        .with(|r| {
            r.image_id("ami-12c6146b")
                .min_count(2)
                .max_count(2)
                .instance_type("t2.micro")
        })
        .await?;
    for instance in &instances {
        instance
            .wait_until_running()
            .delay(Duration::from_millis(200))
            .await?;
        instance
            .create_tags()
            .with(|r| r.tags(vec![ec2::TagShape::new().key("role").value("web")]))
            .await?;
        let state = instance.state().await?.and_then(|s| s.name);
        let subnet = instance.subnet().await?.map(|s| s.id().to_owned());
        println!(
            "{} {:?} at {:?} in {:?}",
            instance.id(),
            state,
            instance.private_ip_address().await?,
            subnet
        );
    }

    let web: Vec<ec2::Instance> = ec2
        .instances()
        .filter(|r| {
            r.filters(vec![Filter::new()
                .name("tag:role")
                .values(vec!["web".into()])])
        })
        .try_collect()
        .await?;
    println!("{} instances tagged role=web", web.len());

    let missing = ec2.instance("i-0123456789abcdef0").load().await;
    if let Err(e) = missing {
        println!("unknown instance: {:?}", e.code());
    }

    ec2.instances()
        .filter(|r| {
            r.filters(vec![Filter::new()
                .name("vpc-id")
                .values(vec![vpc.id().into()])])
        })
        .terminate()
        .await?;
    for instance in &web {
        instance
            .wait_until_terminated()
            .delay(Duration::from_millis(200))
            .await?;
    }
    subnet.delete().await?;
    vpc.delete().await?;
    println!("cleaned up");
    Ok(())
}
