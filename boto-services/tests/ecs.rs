//! The generated ECS client (feature `ecs`) against moto: clusters created, described,
//! listed and deleted; task definitions registered and listed; a service created, deleted
//! and awaited (`services_stable`, `services_inactive`).
#![cfg(feature = "ecs")]

use futures::TryStreamExt;
use std::time::Duration;

use boto_core::RetryConfig;

#[tokio::test(flavor = "multi_thread")]
async fn ecs_clusters_services_round_trip() -> boto_core::Result<()> {
    use boto_services::ecs::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let ecs = Client::new(
        &testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))),
    );
    for name in ["blue", "green", "prod"] {
        let cluster = ecs
            .create_cluster(CreateClusterRequest::new().cluster_name(name))
            .await?
            .cluster
            .expect("CreateCluster's cluster");
        assert_eq!(cluster.cluster_name.as_deref(), Some(name));
        assert_eq!(cluster.status.as_deref(), Some("ACTIVE"));
    }
    // moto answers ListClusters in one page whatever maxResults says.
    let arns: Vec<String> = ecs
        .list_clusters_items(ListClustersRequest::new().max_results(2))
        .try_collect()
        .await?;
    assert_eq!(arns.len(), 3);
    assert!(
        arns.iter().any(|a| a.ends_with(":cluster/prod")),
        "{arns:?}"
    );

    for revision in 1..=2 {
        let td = ecs
            .register_task_definition(
                RegisterTaskDefinitionRequest::new()
                    .family("web")
                    .container_definitions(vec![ContainerDefinition::new()
                        .name("app")
                        .image(format!("nginx:1.{revision}"))
                        .memory(128)]),
            )
            .await?
            .task_definition
            .expect("a task definition");
        assert_eq!(td.revision, Some(revision));
    }
    let definitions: Vec<String> = ecs
        .list_task_definitions_items(ListTaskDefinitionsRequest::new().family_prefix("web"))
        .try_collect()
        .await?;
    assert_eq!(definitions.len(), 2);
    assert!(
        definitions[1].ends_with(":task-definition/web:2"),
        "{definitions:?}"
    );

    let service = ecs
        .create_service(
            CreateServiceRequest::new()
                .cluster("prod")
                .service_name("site")
                .task_definition("web:2")
                .desired_count(0),
        )
        .await?
        .service
        .expect("CreateService's service");
    assert_eq!(service.service_name.as_deref(), Some("site"));
    assert_eq!(service.status.as_deref(), Some("ACTIVE"));
    let described = ecs
        .describe_services(
            DescribeServicesRequest::new()
                .cluster("prod")
                .services(vec!["site".into()]),
        )
        .await?
        .services
        .unwrap_or_default();
    assert_eq!(described.len(), 1);
    assert_eq!(described[0].desired_count, Some(0));
    // `services_stable`: one deployment and as many tasks running as desired, for every
    // service (a filter projection in botocore's acceptor).
    let stable = ecs
        .wait_until_services_stable(
            DescribeServicesRequest::new()
                .cluster("prod")
                .services(vec!["site".into()]),
        )
        .delay(Duration::from_millis(50))
        .max_attempts(3)
        .await?
        .expect("the waiter's last output");
    let site = &stable.services.unwrap_or_default()[0];
    assert_eq!(site.deployments.as_ref().map(Vec::len), Some(1));
    assert_eq!(site.running_count, site.desired_count);

    ecs.delete_service(DeleteServiceRequest::new().cluster("prod").service("site"))
        .await?;
    let inactive = ecs
        .wait_until_services_inactive(
            DescribeServicesRequest::new()
                .cluster("prod")
                .services(vec!["site".into()]),
        )
        .delay(Duration::from_millis(50))
        .max_attempts(5)
        .await?
        .expect("the waiter's last output");
    assert_eq!(
        inactive.services.unwrap_or_default()[0].status.as_deref(),
        Some("INACTIVE")
    );

    ecs.delete_cluster(DeleteClusterRequest::new().cluster("blue"))
        .await?;
    let err = ecs
        .delete_cluster(DeleteClusterRequest::new().cluster("nope"))
        .await
        .expect_err("no such cluster");
    assert!(err.is_code("ClusterNotFoundException"), "{err:?}");
    Ok(())
}

/// `services_stable` polls until every service has one deployment and as many tasks running
/// as desired (botocore's acceptor is the filter
/// `length(services[?!(length(deployments) == `1` && runningCount == desiredCount)]) == `0``),
/// through states moto never shows: two deployments, then too few tasks running.
#[tokio::test(start_paused = true)]
async fn ecs_services_stable_waits_out_deployments_and_task_counts() -> boto_core::Result<()> {
    use boto_core::http::replay::ReplayClient;
    const JSON: [(&str, &str); 1] = [("content-type", "application/x-amz-json-1.1")];
    let replay = ReplayClient::new();
    let page = |deployments: usize, running: u32| {
        let deployment = r#"{"id":"d","status":"PRIMARY"}"#;
        let deployments = vec![deployment; deployments].join(",");
        format!(
            r#"{{"services":[
                {{"serviceName":"a","status":"ACTIVE","deployments":[{deployment}],"runningCount":2,"desiredCount":2}},
                {{"serviceName":"b","status":"ACTIVE","deployments":[{deployments}],"runningCount":{running},"desiredCount":2}}
            ],"failures":[]}}"#
        )
    };
    replay.push(200, &JSON, page(2, 2));
    replay.push(200, &JSON, page(1, 1));
    replay.push(200, &JSON, page(1, 2));
    let session = testkit::replay_session!(&replay);
    let ecs = boto_services::ecs::Client::new(&session);
    let start = tokio::time::Instant::now();
    let out = ecs
        .wait_until_services_stable(
            boto_services::ecs::DescribeServicesRequest::new()
                .cluster("prod")
                .services(vec!["a".into(), "b".into()]),
        )
        .await?
        .expect("an output");
    assert_eq!(out.services.unwrap_or_default()[1].running_count, Some(2));
    assert_eq!(
        replay.requests().len(),
        3,
        "two unstable answers, then stable"
    );
    assert_eq!(
        start.elapsed(),
        Duration::from_secs(30),
        "the model's 15 s delay"
    );
    Ok(())
}
