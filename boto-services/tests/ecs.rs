//! The generated ECS client (feature `ecs`) against moto: clusters created, described,
//! listed and deleted; task definitions registered and listed; a service created, deleted
//! and awaited (`services_inactive`).
#![cfg(feature = "ecs")]

use futures::TryStreamExt;
use std::time::Duration;

use boto_core::{Credentials, RetryConfig, Session};

fn session(endpoint: &str) -> Session {
    Session::builder()
        .region("us-east-1")
        .endpoint_url(endpoint)
        .credentials(Credentials::new("testing", "testing", None))
        .retry(RetryConfig::standard().max_attempts(2))
        .build()
        .expect("session")
}

#[tokio::test(flavor = "multi_thread")]
async fn ecs_clusters_services_round_trip() -> boto_core::Result<()> {
    use boto_services::ecs::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let ecs = Client::new(&session(&moto.endpoint()));
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
