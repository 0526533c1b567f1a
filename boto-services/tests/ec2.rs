//! EC2 client, waiters and resources against moto.

use boto_core::{Credentials, Session};
use boto_services::ec2::{self, Filter};
use futures::TryStreamExt;
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
