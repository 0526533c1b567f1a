//! §5 EC2: an instance by id, its `running` waiter and its `subnet` reference.

use super::{check, say, TourResult};
use boto_services::core::Session;
use boto_services::ec2::{self, Ec2};
use std::time::Duration;

pub(crate) async fn run(session: &Session) -> TourResult<()> {
    // The seed instance.
    let created = Ec2::new(session)
        .create_instances()
        .with(|r| {
            r.image_id("ami-12c6146b")
                .min_count(1)
                .max_count(1)
                .instance_type("t2.micro")
        })
        .await?;
    let id = created
        .first()
        .map(|i| i.id().to_owned())
        .ok_or("run_instances returned no instance")?;
    say("ec2", format!("create_instances: {id}"));

    let instance = ec2::Ec2::new(session).instance(id.as_str());
    instance
        .wait_until_running()
        .delay(Duration::from_millis(500))
        .await?;
    let state = instance.state().await?.and_then(|s| s.name);
    say("ec2", format!("instance.wait_until_running(): {state:?}"));
    let subnet: Option<ec2::Subnet> = instance.subnet().await?;
    let subnet = subnet.ok_or("the instance has no subnet")?;
    check(subnet.id().starts_with("subnet-"), || {
        format!("subnet id {}", subnet.id())
    })?;
    let cidr = subnet.cidr_block().await?;
    say(
        "ec2",
        format!("instance.subnet(): {} ({cidr:?})", subnet.id()),
    );

    instance.terminate().await?;
    instance
        .wait_until_terminated()
        .delay(Duration::from_millis(500))
        .await?;
    say("ec2", "terminated");
    Ok(())
}
