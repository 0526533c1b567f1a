//! Amazon EC2 Container Service (`ecs`, API version 2014-11-13): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- ecs --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, DateTime, Document, Op, Shape};
use std::collections::HashMap;

/// Amazon Elastic Container Service (Amazon ECS) is a highly scalable, fast, container management
/// service. It makes it easy to run, stop, and manage Docker containers. You can host your cluster
/// on a serverless infrastructure that's managed by Amazon ECS by launching your services or tasks
/// on Fargate. For more control, you can host your tasks on a cluster of Amazon Elastic Compute
/// Cloud (Amazon EC2) or External (on-premises) instances that you manage.
#[client(
    service = "ecs",
    protocol = "awsJson1_1",
    target_prefix = "AmazonEC2ContainerServiceV20141113",
    api_version = "2014-11-13",
    endpoint_rules = include_str!("ecs/endpoint-rule-set.json"),
)]
#[waiter(
    daemon_active = describe_daemon,
    delay = 15,
    max_attempts = 8,
    success(path = |o: &DescribeDaemonResponse| -> Option<&str> { Some(o).and_then(|x| x.daemon.as_ref()).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("ACTIVE")),
    failure(path = |o: &DescribeDaemonResponse| -> Option<&str> { Some(o).and_then(|x| x.daemon.as_ref()).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("DELETE_IN_PROGRESS")),
)]
#[waiter(
    daemon_deployment_stopped = describe_daemon_deployments,
    delay = 15,
    max_attempts = 8,
    success(all = |o: &DescribeDaemonDeploymentsResponse| -> Vec<&str> { Some(o).and_then(|x| x.daemon_deployments.as_ref()).into_iter().flatten().filter_map(|x| x.status.as_ref()).map(|x| x.as_str()).collect() } == "STOPPED"),
    failure(any = |o: &DescribeDaemonDeploymentsResponse| -> Vec<&str> { Some(o).and_then(|x| x.failures.as_ref()).into_iter().flatten().filter_map(|x| x.reason.as_ref()).map(|x| x.as_str()).collect() } == "MISSING"),
)]
#[waiter(
    daemon_deployment_successful = describe_daemon_deployments,
    delay = 15,
    max_attempts = 8,
    success(all = |o: &DescribeDaemonDeploymentsResponse| -> Vec<&str> { Some(o).and_then(|x| x.daemon_deployments.as_ref()).into_iter().flatten().filter_map(|x| x.status.as_ref()).map(|x| x.as_str()).collect() } == "SUCCESSFUL"),
    failure(any = |o: &DescribeDaemonDeploymentsResponse| -> Vec<&str> { Some(o).and_then(|x| x.daemon_deployments.as_ref()).into_iter().flatten().filter_map(|x| x.status.as_ref()).map(|x| x.as_str()).collect() } == "STOPPED"),
    failure(any = |o: &DescribeDaemonDeploymentsResponse| -> Vec<&str> { Some(o).and_then(|x| x.daemon_deployments.as_ref()).into_iter().flatten().filter_map(|x| x.status.as_ref()).map(|x| x.as_str()).collect() } == "ROLLBACK_FAILED"),
    failure(any = |o: &DescribeDaemonDeploymentsResponse| -> Vec<&str> { Some(o).and_then(|x| x.daemon_deployments.as_ref()).into_iter().flatten().filter_map(|x| x.status.as_ref()).map(|x| x.as_str()).collect() } == "ROLLBACK_SUCCESSFUL"),
    failure(any = |o: &DescribeDaemonDeploymentsResponse| -> Vec<&str> { Some(o).and_then(|x| x.failures.as_ref()).into_iter().flatten().filter_map(|x| x.reason.as_ref()).map(|x| x.as_str()).collect() } == "MISSING"),
)]
#[waiter(
    daemon_task_definition_active = describe_daemon_task_definition,
    delay = 15,
    max_attempts = 8,
    success(path = |o: &DescribeDaemonTaskDefinitionResponse| -> Option<&str> { Some(o).and_then(|x| x.daemon_task_definition.as_ref()).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("ACTIVE")),
    failure(path = |o: &DescribeDaemonTaskDefinitionResponse| -> Option<&str> { Some(o).and_then(|x| x.daemon_task_definition.as_ref()).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("DELETE_IN_PROGRESS")),
    failure(path = |o: &DescribeDaemonTaskDefinitionResponse| -> Option<&str> { Some(o).and_then(|x| x.daemon_task_definition.as_ref()).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("DELETED")),
)]
#[waiter(
    daemon_task_definition_deleted = describe_daemon_task_definition,
    delay = 15,
    max_attempts = 8,
    success(path = |o: &DescribeDaemonTaskDefinitionResponse| -> Option<&str> { Some(o).and_then(|x| x.daemon_task_definition.as_ref()).and_then(|x| x.status.as_ref()).map(|x| x.as_str()) } == Some("DELETED")),
)]
#[waiter(
    services_inactive = describe_services,
    delay = 15,
    max_attempts = 40,
    failure(any = |o: &DescribeServicesResponse| -> Vec<&str> { Some(o).and_then(|x| x.failures.as_ref()).into_iter().flatten().filter_map(|x| x.reason.as_ref()).map(|x| x.as_str()).collect() } == "MISSING"),
    success(any = |o: &DescribeServicesResponse| -> Vec<&str> { Some(o).and_then(|x| x.services.as_ref()).into_iter().flatten().filter_map(|x| x.status.as_ref()).map(|x| x.as_str()).collect() } == "INACTIVE"),
)]
#[waiter(
    services_stable = describe_services,
    delay = 15,
    max_attempts = 40,
    failure(any = |o: &DescribeServicesResponse| -> Vec<&str> { Some(o).and_then(|x| x.failures.as_ref()).into_iter().flatten().filter_map(|x| x.reason.as_ref()).map(|x| x.as_str()).collect() } == "MISSING"),
    failure(any = |o: &DescribeServicesResponse| -> Vec<&str> { Some(o).and_then(|x| x.services.as_ref()).into_iter().flatten().filter_map(|x| x.status.as_ref()).map(|x| x.as_str()).collect() } == "DRAINING"),
    failure(any = |o: &DescribeServicesResponse| -> Vec<&str> { Some(o).and_then(|x| x.services.as_ref()).into_iter().flatten().filter_map(|x| x.status.as_ref()).map(|x| x.as_str()).collect() } == "INACTIVE"),
    success(path = |o: &DescribeServicesResponse| -> bool { Some(Some(o).and_then(|x| x.services.as_ref()).into_iter().flatten().filter(|e| !(Some(e).and_then(|x| x.deployments.as_ref()).map(|x| x.len()) == Some(1) && Some(e).and_then(|x| x.running_count.as_ref()).copied() == Some(e).and_then(|x| x.desired_count.as_ref()).copied())).count()) == Some(0) } == true),
)]
#[waiter(
    tasks_running = describe_tasks,
    delay = 6,
    max_attempts = 100,
    failure(any = |o: &DescribeTasksResponse| -> Vec<&str> { Some(o).and_then(|x| x.tasks.as_ref()).into_iter().flatten().filter_map(|x| x.last_status.as_ref()).map(|x| x.as_str()).collect() } == "STOPPED"),
    failure(any = |o: &DescribeTasksResponse| -> Vec<&str> { Some(o).and_then(|x| x.failures.as_ref()).into_iter().flatten().filter_map(|x| x.reason.as_ref()).map(|x| x.as_str()).collect() } == "MISSING"),
    success(all = |o: &DescribeTasksResponse| -> Vec<&str> { Some(o).and_then(|x| x.tasks.as_ref()).into_iter().flatten().filter_map(|x| x.last_status.as_ref()).map(|x| x.as_str()).collect() } == "RUNNING"),
)]
#[waiter(
    tasks_stopped = describe_tasks,
    delay = 6,
    max_attempts = 100,
    success(all = |o: &DescribeTasksResponse| -> Vec<&str> { Some(o).and_then(|x| x.tasks.as_ref()).into_iter().flatten().filter_map(|x| x.last_status.as_ref()).map(|x| x.as_str()).collect() } == "STOPPED"),
)]
pub struct Client {
    /// Continues or rolls back an Amazon ECS service deployment that is paused at a lifecycle hook.
    continue_service_deployment:
        Op<ContinueServiceDeploymentRequest, ContinueServiceDeploymentResponse>,
    /// Creates a capacity provider. Capacity providers are associated with a cluster and are used
    /// in capacity provider strategies to facilitate cluster auto scaling. You can create capacity
    /// providers for Amazon ECS Managed Instances and EC2 instances. Fargate has the predefined
    /// `FARGATE` and `FARGATE_SPOT` capacity providers.
    create_capacity_provider: Op<CreateCapacityProviderRequest, CreateCapacityProviderResponse>,
    /// Creates a new Amazon ECS cluster. By default, your account receives a `default` cluster when
    /// you launch your first container instance. However, you can create your own cluster with a
    /// unique name.
    create_cluster: Op<CreateClusterRequest, CreateClusterResponse>,
    /// Creates a new daemon in the specified cluster and capacity providers. A daemon deploys
    /// cross-cutting software agents such as security monitoring, telemetry, and logging
    /// independently across your Amazon ECS infrastructure.
    create_daemon: Op<CreateDaemonRequest, CreateDaemonResponse>,
    /// Creates an Express service that simplifies deploying containerized web applications on
    /// Amazon ECS with managed Amazon Web Services infrastructure. This operation provisions and
    /// configures Application Load Balancers, target groups, security groups, and auto-scaling
    /// policies automatically.
    create_express_gateway_service:
        Op<CreateExpressGatewayServiceRequest, CreateExpressGatewayServiceResponse>,
    /// Runs and maintains your desired number of tasks from a specified task definition. If the
    /// number of tasks running in a service drops below the `desiredCount`, Amazon ECS runs another
    /// copy of the task in the specified cluster. To update an existing service, use
    /// [UpdateService](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateService.html).
    create_service: Op<CreateServiceRequest, CreateServiceResponse>,
    /// Create a task set in the specified cluster and service. This is used when a service uses the
    /// `EXTERNAL` deployment controller type. For more information, see [Amazon ECS deployment
    /// types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-types.html) in
    /// the *Amazon Elastic Container Service Developer Guide*.
    create_task_set: Op<CreateTaskSetRequest, CreateTaskSetResponse>,
    /// Disables an account setting for a specified user, role, or the root user for an account.
    delete_account_setting: Op<DeleteAccountSettingRequest, DeleteAccountSettingResponse>,
    /// Deletes one or more custom attributes from an Amazon ECS resource.
    delete_attributes: Op<DeleteAttributesRequest, DeleteAttributesResponse>,
    /// Deletes the specified capacity provider.
    delete_capacity_provider: Op<DeleteCapacityProviderRequest, DeleteCapacityProviderResponse>,
    /// Deletes the specified cluster. The cluster transitions to the `INACTIVE` state. Clusters
    /// with an `INACTIVE` status might remain discoverable in your account for a period of time.
    /// However, this behavior is subject to change in the future. We don't recommend that you rely
    /// on `INACTIVE` clusters persisting.
    delete_cluster: Op<DeleteClusterRequest, DeleteClusterResponse>,
    /// Deletes the specified daemon. The daemon must be in an `ACTIVE` state to be deleted.
    /// Deleting a daemon stops all running daemon tasks on the associated container instances.
    /// Amazon ECS drains existing container instances and provisions new instances without the
    /// deleted daemon. Amazon ECS automatically launches replacement tasks for your Amazon ECS
    /// services.
    delete_daemon: Op<DeleteDaemonRequest, DeleteDaemonResponse>,
    /// Deletes the specified daemon task definition. After a daemon task definition is deleted, no
    /// new daemons can be created using this definition. Existing daemons that reference the
    /// deleted daemon task definition continue to run.
    delete_daemon_task_definition:
        Op<DeleteDaemonTaskDefinitionRequest, DeleteDaemonTaskDefinitionResponse>,
    /// Deletes an Express service and removes all associated Amazon Web Services resources. This
    /// operation stops service tasks, removes the Application Load Balancer, target groups,
    /// security groups, auto-scaling policies, and other managed infrastructure components.
    delete_express_gateway_service:
        Op<DeleteExpressGatewayServiceRequest, DeleteExpressGatewayServiceResponse>,
    /// Deletes a specified service within a cluster. You can delete a service if you have no
    /// running tasks in it and the desired task count is zero. If the service is actively
    /// maintaining tasks, you can't delete it, and you must update the service to a desired task
    /// count of zero. For more information, see
    /// [UpdateService](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateService.html).
    delete_service: Op<DeleteServiceRequest, DeleteServiceResponse>,
    /// Deletes one or more task definitions.
    delete_task_definitions: Op<DeleteTaskDefinitionsRequest, DeleteTaskDefinitionsResponse>,
    /// Deletes a specified task set within a service. This is used when a service uses the
    /// `EXTERNAL` deployment controller type. For more information, see [Amazon ECS deployment
    /// types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-types.html) in
    /// the *Amazon Elastic Container Service Developer Guide*.
    delete_task_set: Op<DeleteTaskSetRequest, DeleteTaskSetResponse>,
    /// Deregisters an Amazon ECS container instance from the specified cluster. This instance is no
    /// longer available to run tasks.
    deregister_container_instance:
        Op<DeregisterContainerInstanceRequest, DeregisterContainerInstanceResponse>,
    /// Deregisters the specified task definition by family and revision. Upon deregistration, the
    /// task definition is marked as `INACTIVE`. Existing tasks and services that reference an
    /// `INACTIVE` task definition continue to run without disruption. Existing services that
    /// reference an `INACTIVE` task definition can still scale up or down by modifying the
    /// service's desired count. If you want to delete a task definition revision, you must first
    /// deregister the task definition revision.
    deregister_task_definition:
        Op<DeregisterTaskDefinitionRequest, DeregisterTaskDefinitionResponse>,
    /// Describes one or more of your capacity providers.
    describe_capacity_providers:
        Op<DescribeCapacityProvidersRequest, DescribeCapacityProvidersResponse>,
    /// Describes one or more of your clusters.
    describe_clusters: Op<DescribeClustersRequest, DescribeClustersResponse>,
    /// Describes one or more container instances. Returns metadata about each container instance
    /// requested.
    describe_container_instances:
        Op<DescribeContainerInstancesRequest, DescribeContainerInstancesResponse>,
    /// Describes the specified daemon.
    describe_daemon: Op<DescribeDaemonRequest, DescribeDaemonResponse>,
    /// Describes one or more of your daemon deployments.
    describe_daemon_deployments:
        Op<DescribeDaemonDeploymentsRequest, DescribeDaemonDeploymentsResponse>,
    /// Describes one or more of your daemon revisions.
    describe_daemon_revisions: Op<DescribeDaemonRevisionsRequest, DescribeDaemonRevisionsResponse>,
    /// Describes a daemon task definition. You can specify a `family` and `revision` to find
    /// information about a specific daemon task definition, or you can simply specify the family to
    /// find the latest `ACTIVE` revision in that family.
    describe_daemon_task_definition:
        Op<DescribeDaemonTaskDefinitionRequest, DescribeDaemonTaskDefinitionResponse>,
    /// Retrieves detailed information about an Express service, including current status,
    /// configuration, managed infrastructure, and service revisions.
    describe_express_gateway_service:
        Op<DescribeExpressGatewayServiceRequest, DescribeExpressGatewayServiceResponse>,
    /// Describes one or more of your service deployments.
    describe_service_deployments:
        Op<DescribeServiceDeploymentsRequest, DescribeServiceDeploymentsResponse>,
    /// Describes one or more service revisions.
    describe_service_revisions:
        Op<DescribeServiceRevisionsRequest, DescribeServiceRevisionsResponse>,
    /// Describes the specified services running in your cluster.
    describe_services: Op<DescribeServicesRequest, DescribeServicesResponse>,
    /// Describes a task definition. You can specify a `family` and `revision` to find information
    /// about a specific task definition, or you can simply specify the family to find the latest
    /// `ACTIVE` revision in that family.
    describe_task_definition: Op<DescribeTaskDefinitionRequest, DescribeTaskDefinitionResponse>,
    /// Describes the task sets in the specified cluster and service. This is used when a service
    /// uses the `EXTERNAL` deployment controller type. For more information, see [Amazon ECS
    /// Deployment
    /// Types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-types.html) in
    /// the *Amazon Elastic Container Service Developer Guide*.
    describe_task_sets: Op<DescribeTaskSetsRequest, DescribeTaskSetsResponse>,
    /// Describes a specified task or tasks.
    describe_tasks: Op<DescribeTasksRequest, DescribeTasksResponse>,
    /// This action is only used by the Amazon ECS agent, and it is not intended for use outside of
    /// the agent.
    discover_poll_endpoint: Op<DiscoverPollEndpointRequest, DiscoverPollEndpointResponse>,
    /// Runs a command remotely on a container within a task.
    execute_command: Op<ExecuteCommandRequest, ExecuteCommandResponse>,
    /// Retrieves the protection status of tasks in an Amazon ECS service.
    get_task_protection: Op<GetTaskProtectionRequest, GetTaskProtectionResponse>,
    /// Lists the account settings for a specified principal.
    #[op(paginate(input_token = next_token, output_token = next_token, items = settings, limit = max_results))]
    list_account_settings: Op<ListAccountSettingsRequest, ListAccountSettingsResponse>,
    /// Lists the attributes for Amazon ECS resources within a specified target type and cluster.
    /// When you specify a target type and cluster, `ListAttributes` returns a list of attribute
    /// objects, one for each attribute on each resource. You can filter the list of results to a
    /// single attribute name to only return results that have that name. You can also filter the
    /// results by attribute name and value. You can do this, for example, to see which container
    /// instances in a cluster are running a Linux AMI (`ecs.os-type=linux`).
    #[op(paginate(input_token = next_token, output_token = next_token, items = attributes, limit = max_results))]
    list_attributes: Op<ListAttributesRequest, ListAttributesResponse>,
    /// Returns a list of existing clusters.
    #[op(paginate(input_token = next_token, output_token = next_token, items = cluster_arns, limit = max_results))]
    list_clusters: Op<ListClustersRequest, ListClustersResponse>,
    /// Returns a list of container instances in a specified cluster. You can filter the results of
    /// a `ListContainerInstances` operation with cluster query language statements inside the
    /// `filter` parameter. For more information, see [Cluster Query
    /// Language](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[op(paginate(input_token = next_token, output_token = next_token, items = container_instance_arns, limit = max_results))]
    list_container_instances: Op<ListContainerInstancesRequest, ListContainerInstancesResponse>,
    /// Returns a list of daemon deployments for a specified daemon. You can filter the results by
    /// status or creation time.
    list_daemon_deployments: Op<ListDaemonDeploymentsRequest, ListDaemonDeploymentsResponse>,
    /// Returns a list of daemon task definitions that are registered to your account. You can
    /// filter the results by family name, status, or both to find daemon task definitions that
    /// match your criteria.
    list_daemon_task_definitions:
        Op<ListDaemonTaskDefinitionsRequest, ListDaemonTaskDefinitionsResponse>,
    /// Returns a list of daemons. You can filter the results by cluster or capacity provider.
    list_daemons: Op<ListDaemonsRequest, ListDaemonsResponse>,
    /// This operation lists all the service deployments that meet the specified filter criteria.
    list_service_deployments: Op<ListServiceDeploymentsRequest, ListServiceDeploymentsResponse>,
    /// Returns a list of services. You can filter the results by cluster, launch type, and
    /// scheduling strategy.
    #[op(paginate(input_token = next_token, output_token = next_token, items = service_arns, limit = max_results))]
    list_services: Op<ListServicesRequest, ListServicesResponse>,
    /// This operation lists all of the services that are associated with a Cloud Map namespace.
    /// This list might include services in different clusters. In contrast, `ListServices` can only
    /// list services in one cluster at a time. If you need to filter the list of services in a
    /// single cluster by various parameters, use `ListServices`. For more information, see [Service
    /// Connect](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[op(paginate(input_token = next_token, output_token = next_token, items = service_arns, limit = max_results))]
    list_services_by_namespace: Op<ListServicesByNamespaceRequest, ListServicesByNamespaceResponse>,
    /// List the tags for an Amazon ECS resource.
    list_tags_for_resource: Op<ListTagsForResourceRequest, ListTagsForResourceResponse>,
    /// Returns a list of task definition families that are registered to your account. This list
    /// includes task definition families that no longer have any `ACTIVE` task definition
    /// revisions.
    #[op(paginate(input_token = next_token, output_token = next_token, items = families, limit = max_results))]
    list_task_definition_families:
        Op<ListTaskDefinitionFamiliesRequest, ListTaskDefinitionFamiliesResponse>,
    /// Returns a list of task definitions that are registered to your account. You can filter the
    /// results by family name with the `familyPrefix` parameter or by status with the `status`
    /// parameter.
    #[op(paginate(input_token = next_token, output_token = next_token, items = task_definition_arns, limit = max_results))]
    list_task_definitions: Op<ListTaskDefinitionsRequest, ListTaskDefinitionsResponse>,
    /// Returns a list of tasks. You can filter the results by cluster, task definition family,
    /// container instance, launch type, what IAM principal started the task, or by the desired
    /// status of the task.
    #[op(paginate(input_token = next_token, output_token = next_token, items = task_arns, limit = max_results))]
    list_tasks: Op<ListTasksRequest, ListTasksResponse>,
    /// Modifies an account setting. Account settings are set on a per-Region basis.
    put_account_setting: Op<PutAccountSettingRequest, PutAccountSettingResponse>,
    /// Modifies an account setting for all users on an account for whom no individual account
    /// setting has been specified. Account settings are set on a per-Region basis.
    put_account_setting_default:
        Op<PutAccountSettingDefaultRequest, PutAccountSettingDefaultResponse>,
    /// Create or update an attribute on an Amazon ECS resource. If the attribute doesn't exist,
    /// it's created. If the attribute exists, its value is replaced with the specified value. To
    /// delete an attribute, use
    /// [DeleteAttributes](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DeleteAttributes.html).
    /// For more information, see
    /// [Attributes](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html#attributes)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    put_attributes: Op<PutAttributesRequest, PutAttributesResponse>,
    /// Modifies the available capacity providers and the default capacity provider strategy for a
    /// cluster.
    put_cluster_capacity_providers:
        Op<PutClusterCapacityProvidersRequest, PutClusterCapacityProvidersResponse>,
    /// This action is only used by the Amazon ECS agent, and it is not intended for use outside of
    /// the agent.
    register_container_instance:
        Op<RegisterContainerInstanceRequest, RegisterContainerInstanceResponse>,
    /// Registers a new daemon task definition from the supplied `family` and
    /// `containerDefinitions`. Optionally, you can add data volumes to your containers with the
    /// `volumes` parameter. For more information, see [Daemon task
    /// definitions](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/daemon-task-definitions.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    register_daemon_task_definition:
        Op<RegisterDaemonTaskDefinitionRequest, RegisterDaemonTaskDefinitionResponse>,
    /// Registers a new task definition from the supplied `family` and `containerDefinitions`.
    /// Optionally, you can add data volumes to your containers with the `volumes` parameter. For
    /// more information about task definition parameters and defaults, see [Amazon ECS Task
    /// Definitions](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_defintions.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    register_task_definition: Op<RegisterTaskDefinitionRequest, RegisterTaskDefinitionResponse>,
    /// Starts a new task using the specified task definition.
    run_task: Op<RunTaskRequest, RunTaskResponse>,
    /// Starts a new task from the specified task definition on the specified container instance or
    /// instances.
    start_task: Op<StartTaskRequest, StartTaskResponse>,
    /// Stops an ongoing service deployment.
    stop_service_deployment: Op<StopServiceDeploymentRequest, StopServiceDeploymentResponse>,
    /// Stops a running task. Any tags associated with the task will be deleted.
    stop_task: Op<StopTaskRequest, StopTaskResponse>,
    /// This action is only used by the Amazon ECS agent, and it is not intended for use outside of
    /// the agent.
    submit_attachment_state_changes:
        Op<SubmitAttachmentStateChangesRequest, SubmitAttachmentStateChangesResponse>,
    /// This action is only used by the Amazon ECS agent, and it is not intended for use outside of
    /// the agent.
    submit_container_state_change:
        Op<SubmitContainerStateChangeRequest, SubmitContainerStateChangeResponse>,
    /// This action is only used by the Amazon ECS agent, and it is not intended for use outside of
    /// the agent.
    submit_task_state_change: Op<SubmitTaskStateChangeRequest, SubmitTaskStateChangeResponse>,
    /// Associates the specified tags to a resource with the specified `resourceArn`. If existing
    /// tags on a resource aren't specified in the request parameters, they aren't changed. When a
    /// resource is deleted, the tags that are associated with that resource are deleted as well.
    tag_resource: Op<TagResourceRequest, TagResourceResponse>,
    /// Deletes specified tags from a resource.
    untag_resource: Op<UntagResourceRequest, UntagResourceResponse>,
    /// Modifies the parameters for a capacity provider.
    update_capacity_provider: Op<UpdateCapacityProviderRequest, UpdateCapacityProviderResponse>,
    /// Updates the cluster.
    update_cluster: Op<UpdateClusterRequest, UpdateClusterResponse>,
    /// Modifies the settings to use for a cluster.
    update_cluster_settings: Op<UpdateClusterSettingsRequest, UpdateClusterSettingsResponse>,
    /// Updates the Amazon ECS container agent on a specified container instance. Updating the
    /// Amazon ECS container agent doesn't interrupt running tasks or services on the container
    /// instance. The process for updating the agent differs depending on whether your container
    /// instance was launched with the Amazon ECS-optimized AMI or another operating system.
    update_container_agent: Op<UpdateContainerAgentRequest, UpdateContainerAgentResponse>,
    /// Modifies the status of an Amazon ECS container instance.
    update_container_instances_state:
        Op<UpdateContainerInstancesStateRequest, UpdateContainerInstancesStateResponse>,
    /// Updates the specified daemon. When you update a daemon, a new deployment is triggered that
    /// progressively rolls out the changes to the container instances associated with the daemon's
    /// capacity providers. For more information, see [Daemon
    /// deployments](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/daemon-deployments.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    update_daemon: Op<UpdateDaemonRequest, UpdateDaemonResponse>,
    /// Updates an existing Express service configuration. Modifies container settings, resource
    /// allocation, auto-scaling configuration, and other service parameters without recreating the
    /// service.
    update_express_gateway_service:
        Op<UpdateExpressGatewayServiceRequest, UpdateExpressGatewayServiceResponse>,
    /// Modifies the parameters of a service.
    update_service: Op<UpdateServiceRequest, UpdateServiceResponse>,
    /// Modifies which task set in a service is the primary task set. Any parameters that are
    /// updated on the primary task set in a service will transition to the service. This is used
    /// when a service uses the `EXTERNAL` deployment controller type. For more information, see
    /// [Amazon ECS Deployment
    /// Types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-types.html) in
    /// the *Amazon Elastic Container Service Developer Guide*.
    update_service_primary_task_set:
        Op<UpdateServicePrimaryTaskSetRequest, UpdateServicePrimaryTaskSetResponse>,
    /// Updates the protection status of a task. You can set `protectionEnabled` to `true` to
    /// protect your task from termination during scale-in events from [Service
    /// Autoscaling](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-auto-scaling.html)
    /// or
    /// [deployments](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-types.html).
    update_task_protection: Op<UpdateTaskProtectionRequest, UpdateTaskProtectionResponse>,
    /// Modifies a task set. This is used when a service uses the `EXTERNAL` deployment controller
    /// type. For more information, see [Amazon ECS Deployment
    /// Types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-types.html) in
    /// the *Amazon Elastic Container Service Developer Guide*.
    update_task_set: Op<UpdateTaskSetRequest, UpdateTaskSetResponse>,
}

/// The minimum and maximum number of accelerators (such as GPUs) for instance type selection. This
/// is used for workloads that require specific numbers of accelerators.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AcceleratorCountRequest {
    /// The minimum number of accelerators. Instance types with fewer accelerators are excluded from
    /// selection.
    #[shape(name = "min")]
    pub min: Option<i32>,
    /// The maximum number of accelerators. Instance types with more accelerators are excluded from
    /// selection.
    #[shape(name = "max")]
    pub max: Option<i32>,
}

/// The model's `AcceleratorManufacturer`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AcceleratorManufacturer {
    /// `amazon-web-services`
    #[default]
    #[shape(name = "amazon-web-services")]
    AmazonWebServices,
    /// `amd`
    #[shape(name = "amd")]
    Amd,
    /// `nvidia`
    #[shape(name = "nvidia")]
    Nvidia,
    /// `xilinx`
    #[shape(name = "xilinx")]
    Xilinx,
    /// `habana`
    #[shape(name = "habana")]
    Habana,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `AcceleratorName`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AcceleratorName {
    /// `a100`
    #[default]
    #[shape(name = "a100")]
    A100,
    /// `inferentia`
    #[shape(name = "inferentia")]
    Inferentia,
    /// `k520`
    #[shape(name = "k520")]
    K520,
    /// `k80`
    #[shape(name = "k80")]
    K80,
    /// `m60`
    #[shape(name = "m60")]
    M60,
    /// `radeon-pro-v520`
    #[shape(name = "radeon-pro-v520")]
    RadeonProV520,
    /// `t4`
    #[shape(name = "t4")]
    T4,
    /// `vu9p`
    #[shape(name = "vu9p")]
    Vu9p,
    /// `v100`
    #[shape(name = "v100")]
    V100,
    /// `a10g`
    #[shape(name = "a10g")]
    A10g,
    /// `h100`
    #[shape(name = "h100")]
    H100,
    /// `t4g`
    #[shape(name = "t4g")]
    T4g,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The minimum and maximum total accelerator memory in mebibytes (MiB) for instance type selection.
/// This is important for GPU workloads that require specific amounts of video memory.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AcceleratorTotalMemoryMiBRequest {
    /// The minimum total accelerator memory in MiB. Instance types with less accelerator memory are
    /// excluded from selection.
    #[shape(name = "min")]
    pub min: Option<i32>,
    /// The maximum total accelerator memory in MiB. Instance types with more accelerator memory are
    /// excluded from selection.
    #[shape(name = "max")]
    pub max: Option<i32>,
}

/// The model's `AcceleratorType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AcceleratorType {
    /// `gpu`
    #[default]
    #[shape(name = "gpu")]
    Gpu,
    /// `fpga`
    #[shape(name = "fpga")]
    Fpga,
    /// `inference`
    #[shape(name = "inference")]
    Inference,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `AccessType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AccessType {
    /// `PUBLIC`
    #[default]
    #[shape(name = "PUBLIC")]
    Public,
    /// `PRIVATE`
    #[shape(name = "PRIVATE")]
    Private,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The advanced settings for a load balancer used in blue/green deployments. Specify the alternate
/// target group, listener rules, and IAM role required for traffic shifting during blue/green
/// deployments. For more information, see [Required resources for Amazon ECS blue/green
/// deployments](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/blue-green-deployment-implementation.html)
/// in the *Amazon Elastic Container Service Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AdvancedConfiguration {
    /// The Amazon Resource Name (ARN) of the alternate target group for Amazon ECS blue/green
    /// deployments.
    #[shape(name = "alternateTargetGroupArn")]
    pub alternate_target_group_arn: Option<String>,
    /// The Amazon Resource Name (ARN) that that identifies the production listener rule (in the
    /// case of an Application Load Balancer) or listener (in the case for an Network Load Balancer)
    /// for routing production traffic.
    #[shape(name = "productionListenerRule")]
    pub production_listener_rule: Option<String>,
    /// The Amazon Resource Name (ARN) that identifies ) that identifies the test listener rule (in
    /// the case of an Application Load Balancer) or listener (in the case for an Network Load
    /// Balancer) for routing test traffic.
    #[shape(name = "testListenerRule")]
    pub test_listener_rule: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM role that grants Amazon ECS permission to call the
    /// Elastic Load Balancing APIs for you.
    #[shape(name = "roleArn")]
    pub role_arn: Option<String>,
}

/// The model's `AgentUpdateStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AgentUpdateStatus {
    /// `PENDING`
    #[default]
    #[shape(name = "PENDING")]
    Pending,
    /// `STAGING`
    #[shape(name = "STAGING")]
    Staging,
    /// `STAGED`
    #[shape(name = "STAGED")]
    Staged,
    /// `UPDATING`
    #[shape(name = "UPDATING")]
    Updating,
    /// `UPDATED`
    #[shape(name = "UPDATED")]
    Updated,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ApplicationProtocol`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ApplicationProtocol {
    /// `http`
    #[default]
    #[shape(name = "http")]
    Http,
    /// `http2`
    #[shape(name = "http2")]
    Http2,
    /// `grpc`
    #[shape(name = "grpc")]
    Grpc,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `AssignPublicIp`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AssignPublicIp {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object representing a container instance or task attachment.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Attachment {
    /// The unique identifier for the attachment.
    #[shape(name = "id")]
    pub id: Option<String>,
    /// The type of the attachment, such as `ElasticNetworkInterface`, `Service Connect`, and
    /// `AmazonElasticBlockStorage`.
    #[shape(name = "type")]
    pub r#type: Option<String>,
    /// The status of the attachment. Valid values are `PRECREATED`, `CREATED`, `ATTACHING`,
    /// `ATTACHED`, `DETACHING`, `DETACHED`, `DELETED`, and `FAILED`.
    #[shape(name = "status")]
    pub status: Option<String>,
    /// Details of the attachment.
    #[shape(name = "details")]
    pub details: Option<Vec<KeyValuePair>>,
}

/// An object representing a change in state for a task attachment.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AttachmentStateChange {
    /// The Amazon Resource Name (ARN) of the attachment.
    #[shape(name = "attachmentArn")]
    pub attachment_arn: String,
    /// The status of the attachment.
    #[shape(name = "status")]
    pub status: String,
}

/// An attribute is a name-value pair that's associated with an Amazon ECS object. Use attributes to
/// extend the Amazon ECS data model by adding custom metadata to your resources. For more
/// information, see
/// [Attributes](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html#attributes)
/// in the *Amazon Elastic Container Service Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Attribute {
    /// The name of the attribute. The `name` must contain between 1 and 128 characters. The name
    /// may contain letters (uppercase and lowercase), numbers, hyphens (-), underscores (\_),
    /// forward slashes (/), back slashes (\\), or periods (.).
    #[shape(name = "name")]
    pub name: String,
    /// The value of the attribute. The `value` must contain between 1 and 128 characters. It can
    /// contain letters (uppercase and lowercase), numbers, hyphens (-), underscores (\_), periods
    /// (.), at signs (@), forward slashes (/), back slashes (\\), colons (:), or spaces. The value
    /// can't start or end with a space.
    #[shape(name = "value")]
    pub value: Option<String>,
    /// The type of the target to attach the attribute with. This parameter is required if you use
    /// the short form ID for a resource instead of the full ARN.
    #[shape(name = "targetType")]
    pub target_type: Option<TargetType>,
    /// The ID of the target. You can specify the short form ID for a resource or the full Amazon
    /// Resource Name (ARN).
    #[shape(name = "targetId")]
    pub target_id: Option<String>,
}

/// The model's `AutoRepairActionsStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AutoRepairActionsStatus {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The auto repair configuration for an Amazon ECS Managed Instances capacity provider. When
/// enabled, Amazon ECS automatically replaces container instances that are detected as unhealthy
/// based on container instance health checks, including accelerated compute device and daemon
/// health checks.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AutoRepairConfiguration {
    /// The status of auto repair actions for the capacity provider. When set to `ENABLED`, Amazon
    /// ECS automatically replaces container instances with an `IMPAIRED` health status. When set to
    /// `DISABLED`, Amazon ECS still monitors container instance health but does not automatically
    /// replace impaired instances.
    #[shape(name = "actionsStatus")]
    pub actions_status: Option<AutoRepairActionsStatus>,
}

/// The details of the Auto Scaling group for the capacity provider.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AutoScalingGroupProvider {
    /// The Amazon Resource Name (ARN) that identifies the Auto Scaling group, or the Auto Scaling
    /// group name.
    #[shape(name = "autoScalingGroupArn")]
    pub auto_scaling_group_arn: String,
    /// The managed scaling settings for the Auto Scaling group capacity provider.
    #[shape(name = "managedScaling")]
    pub managed_scaling: Option<ManagedScaling>,
    /// The managed termination protection setting to use for the Auto Scaling group capacity
    /// provider. This determines whether the Auto Scaling group has managed termination protection.
    /// The default is off.
    #[shape(name = "managedTerminationProtection")]
    pub managed_termination_protection: Option<ManagedTerminationProtection>,
    /// The managed draining option for the Auto Scaling group capacity provider. When you enable
    /// this, Amazon ECS manages and gracefully drains the EC2 container instances that are in the
    /// Auto Scaling group capacity provider.
    #[shape(name = "managedDraining")]
    pub managed_draining: Option<ManagedDraining>,
}

/// The details of the Auto Scaling group capacity provider to update.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AutoScalingGroupProviderUpdate {
    /// The managed scaling settings for the Auto Scaling group capacity provider.
    #[shape(name = "managedScaling")]
    pub managed_scaling: Option<ManagedScaling>,
    /// The managed termination protection setting to use for the Auto Scaling group capacity
    /// provider. This determines whether the Auto Scaling group has managed termination protection.
    #[shape(name = "managedTerminationProtection")]
    pub managed_termination_protection: Option<ManagedTerminationProtection>,
    /// The managed draining option for the Auto Scaling group capacity provider. When you enable
    /// this, Amazon ECS manages and gracefully drains the EC2 container instances that are in the
    /// Auto Scaling group capacity provider.
    #[shape(name = "managedDraining")]
    pub managed_draining: Option<ManagedDraining>,
}

/// The model's `AvailabilityZoneRebalancing`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AvailabilityZoneRebalancing {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object representing the networking details for a task or service. For example
/// `awsVpcConfiguration={subnets=["subnet-12344321"],securityGroups=["sg-12344321"]}`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AwsVpcConfiguration {
    /// The IDs of the subnets associated with the task or service. There's a limit of 16 subnets
    /// that can be specified.
    #[shape(name = "subnets")]
    pub subnets: Vec<String>,
    /// The IDs of the security groups associated with the task or service. If you don't specify a
    /// security group, the default security group for the VPC is used. There's a limit of 5
    /// security groups that can be specified.
    #[shape(name = "securityGroups")]
    pub security_groups: Option<Vec<String>>,
    /// Whether the task's elastic network interface receives a public IP address.
    #[shape(name = "assignPublicIp")]
    pub assign_public_ip: Option<AssignPublicIp>,
}

/// The model's `BareMetal`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BareMetal {
    /// `included`
    #[default]
    #[shape(name = "included")]
    Included,
    /// `required`
    #[shape(name = "required")]
    Required,
    /// `excluded`
    #[shape(name = "excluded")]
    Excluded,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The minimum and maximum baseline Amazon EBS bandwidth in megabits per second (Mbps) for instance
/// type selection. This is important for workloads with high storage I/O requirements.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BaselineEbsBandwidthMbpsRequest {
    /// The minimum baseline Amazon EBS bandwidth in Mbps. Instance types with lower Amazon EBS
    /// bandwidth are excluded from selection.
    #[shape(name = "min")]
    pub min: Option<i32>,
    /// The maximum baseline Amazon EBS bandwidth in Mbps. Instance types with higher Amazon EBS
    /// bandwidth are excluded from selection.
    #[shape(name = "max")]
    pub max: Option<i32>,
}

/// The model's `BurstablePerformance`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BurstablePerformance {
    /// `included`
    #[default]
    #[shape(name = "included")]
    Included,
    /// `required`
    #[shape(name = "required")]
    Required,
    /// `excluded`
    #[shape(name = "excluded")]
    Excluded,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `CPUArchitecture`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CPUArchitecture {
    /// `X86_64`
    #[default]
    #[shape(name = "X86_64")]
    X8664,
    /// `ARM64`
    #[shape(name = "ARM64")]
    Arm64,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Configuration for a canary deployment strategy that shifts a fixed percentage of traffic to the
/// new service revision, waits for a specified bake time, then shifts the remaining traffic.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CanaryConfiguration {
    /// The percentage of production traffic to shift to the new service revision during the canary
    /// phase. Valid values are multiples of 0.1 from 0.1 to 100.0. The default value is 5.0.
    #[shape(name = "canaryPercent")]
    pub canary_percent: Option<f64>,
    /// The amount of time in minutes to wait during the canary phase before shifting the remaining
    /// production traffic to the new service revision. Valid values are 0 to 1440 minutes (24
    /// hours). The default value is 10.
    #[shape(name = "canaryBakeTimeInMinutes")]
    pub canary_bake_time_in_minutes: Option<i32>,
}

/// The model's `CapacityOptionType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CapacityOptionType {
    /// `ON_DEMAND`
    #[default]
    #[shape(name = "ON_DEMAND")]
    OnDemand,
    /// `SPOT`
    #[shape(name = "SPOT")]
    Spot,
    /// `RESERVED`
    #[shape(name = "RESERVED")]
    Reserved,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The details for a capacity provider.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CapacityProvider {
    /// The Amazon Resource Name (ARN) that identifies the capacity provider.
    #[shape(name = "capacityProviderArn")]
    pub capacity_provider_arn: Option<String>,
    /// The name of the capacity provider.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The cluster that this capacity provider is associated with. Managed instances capacity
    /// providers are cluster-scoped, meaning they can only be used within their associated cluster.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The current status of the capacity provider. Only capacity providers in an `ACTIVE` state
    /// can be used in a cluster. When a capacity provider is successfully deleted, it has an
    /// `INACTIVE` status.
    #[shape(name = "status")]
    pub status: Option<CapacityProviderStatus>,
    /// The Auto Scaling group settings for the capacity provider.
    #[shape(name = "autoScalingGroupProvider")]
    pub auto_scaling_group_provider: Option<AutoScalingGroupProvider>,
    /// The configuration for the Amazon ECS Managed Instances provider. This includes the
    /// infrastructure role, the launch template configuration, and tag propagation settings.
    #[shape(name = "managedInstancesProvider")]
    pub managed_instances_provider: Option<ManagedInstancesProvider>,
    /// The update status of the capacity provider. The following are the possible states that is
    /// returned.
    #[shape(name = "updateStatus")]
    pub update_status: Option<CapacityProviderUpdateStatus>,
    /// The update status reason. This provides further details about the update status for the
    /// capacity provider.
    #[shape(name = "updateStatusReason")]
    pub update_status_reason: Option<String>,
    /// The metadata that you apply to the capacity provider to help you categorize and organize it.
    /// Each tag consists of a key and an optional value. You define both.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
    /// The type of capacity provider. For Amazon ECS Managed Instances, this value is
    /// `MANAGED_INSTANCES`, indicating that Amazon ECS manages the underlying Amazon EC2 instances
    /// on your behalf.
    #[shape(name = "type")]
    pub r#type: Option<CapacityProviderType>,
}

/// The model's `CapacityProviderField`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CapacityProviderField {
    /// `TAGS`
    #[default]
    #[shape(name = "TAGS")]
    Tags,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `CapacityProviderStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CapacityProviderStatus {
    /// `PROVISIONING`
    #[default]
    #[shape(name = "PROVISIONING")]
    Provisioning,
    /// `ACTIVE`
    #[shape(name = "ACTIVE")]
    Active,
    /// `DEPROVISIONING`
    #[shape(name = "DEPROVISIONING")]
    Deprovisioning,
    /// `INACTIVE`
    #[shape(name = "INACTIVE")]
    Inactive,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The details of a capacity provider strategy. A capacity provider strategy can be set when using
/// the [RunTask](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html)or
/// [CreateCluster](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateCluster.html)
/// APIs or as the default capacity provider strategy for a cluster with the `CreateCluster` API.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CapacityProviderStrategyItem {
    /// The short name of the capacity provider.
    #[shape(name = "capacityProvider")]
    pub capacity_provider: String,
    /// The *weight* value designates the relative percentage of the total number of tasks launched
    /// that should use the specified capacity provider. The `weight` value is taken into
    /// consideration after the `base` value, if defined, is satisfied.
    #[shape(name = "weight")]
    pub weight: Option<i32>,
    /// The *base* value designates how many tasks, at a minimum, to run on the specified capacity
    /// provider for each service. Only one capacity provider in a capacity provider strategy can
    /// have a *base* defined. If no value is specified, the default value of `0` is used.
    #[shape(name = "base")]
    pub base: Option<i32>,
}

/// The model's `CapacityProviderType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CapacityProviderType {
    /// `EC2_AUTOSCALING`
    #[default]
    #[shape(name = "EC2_AUTOSCALING")]
    Ec2Autoscaling,
    /// `MANAGED_INSTANCES`
    #[shape(name = "MANAGED_INSTANCES")]
    ManagedInstances,
    /// `FARGATE`
    #[shape(name = "FARGATE")]
    Fargate,
    /// `FARGATE_SPOT`
    #[shape(name = "FARGATE_SPOT")]
    FargateSpot,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `CapacityProviderUpdateStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CapacityProviderUpdateStatus {
    /// `CREATE_IN_PROGRESS`
    #[default]
    #[shape(name = "CREATE_IN_PROGRESS")]
    CreateInProgress,
    /// `CREATE_COMPLETE`
    #[shape(name = "CREATE_COMPLETE")]
    CreateComplete,
    /// `CREATE_FAILED`
    #[shape(name = "CREATE_FAILED")]
    CreateFailed,
    /// `DELETE_IN_PROGRESS`
    #[shape(name = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    /// `DELETE_COMPLETE`
    #[shape(name = "DELETE_COMPLETE")]
    DeleteComplete,
    /// `DELETE_FAILED`
    #[shape(name = "DELETE_FAILED")]
    DeleteFailed,
    /// `UPDATE_IN_PROGRESS`
    #[shape(name = "UPDATE_IN_PROGRESS")]
    UpdateInProgress,
    /// `UPDATE_COMPLETE`
    #[shape(name = "UPDATE_COMPLETE")]
    UpdateComplete,
    /// `UPDATE_FAILED`
    #[shape(name = "UPDATE_FAILED")]
    UpdateFailed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `CapacityReservationPreference`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CapacityReservationPreference {
    /// `RESERVATIONS_ONLY`
    #[default]
    #[shape(name = "RESERVATIONS_ONLY")]
    ReservationsOnly,
    /// `RESERVATIONS_FIRST`
    #[shape(name = "RESERVATIONS_FIRST")]
    ReservationsFirst,
    /// `RESERVATIONS_EXCLUDED`
    #[shape(name = "RESERVATIONS_EXCLUDED")]
    ReservationsExcluded,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The Capacity Reservation configurations to be used when using the `RESERVED` capacity option
/// type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CapacityReservationRequest {
    /// The ARN of the Capacity Reservation resource group in which to run the instance.
    #[shape(name = "reservationGroupArn")]
    pub reservation_group_arn: Option<String>,
    /// The preference on when capacity reservations should be used.
    #[shape(name = "reservationPreference")]
    pub reservation_preference: Option<CapacityReservationPreference>,
}

/// A regional grouping of one or more container instances where you can run task requests. Each
/// account receives a default cluster the first time you use the Amazon ECS service, but you may
/// also create other clusters. Clusters may contain more than one instance type simultaneously.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Cluster {
    /// The Amazon Resource Name (ARN) that identifies the cluster. For more information about the
    /// ARN format, see [Amazon Resource Name
    /// (ARN)](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-account-settings.html#ecs-resource-ids)
    /// in the *Amazon ECS Developer Guide*.
    #[shape(name = "clusterArn")]
    pub cluster_arn: Option<String>,
    /// A user-generated string that you use to identify your cluster.
    #[shape(name = "clusterName")]
    pub cluster_name: Option<String>,
    /// The execute command and managed storage configuration for the cluster.
    #[shape(name = "configuration")]
    pub configuration: Option<ClusterConfiguration>,
    /// The status of the cluster. The following are the possible states that are returned.
    #[shape(name = "status")]
    pub status: Option<String>,
    /// The number of container instances registered into the cluster. This includes container
    /// instances in both `ACTIVE` and `DRAINING` status.
    #[shape(name = "registeredContainerInstancesCount")]
    pub registered_container_instances_count: Option<i32>,
    /// The number of tasks in the cluster that are in the `RUNNING` state.
    #[shape(name = "runningTasksCount")]
    pub running_tasks_count: Option<i32>,
    /// The number of tasks in the cluster that are in the `PENDING` state.
    #[shape(name = "pendingTasksCount")]
    pub pending_tasks_count: Option<i32>,
    /// The number of services that are running on the cluster in an `ACTIVE` state. You can view
    /// these services with
    /// [ListServices](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListServices.html).
    #[shape(name = "activeServicesCount")]
    pub active_services_count: Option<i32>,
    /// Additional information about your clusters that are separated by launch type. They include
    /// the following:
    #[shape(name = "statistics")]
    pub statistics: Option<Vec<KeyValuePair>>,
    /// The metadata that you apply to the cluster to help you categorize and organize them. Each
    /// tag consists of a key and an optional value. You define both.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
    /// The settings for the cluster. This parameter indicates whether CloudWatch Container Insights
    /// is on or off for a cluster.
    #[shape(name = "settings")]
    pub settings: Option<Vec<ClusterSetting>>,
    /// The capacity providers associated with the cluster.
    #[shape(name = "capacityProviders")]
    pub capacity_providers: Option<Vec<String>>,
    /// The default capacity provider strategy for the cluster. When services or tasks are run in
    /// the cluster with no launch type or capacity provider strategy specified, the default
    /// capacity provider strategy is used.
    #[shape(name = "defaultCapacityProviderStrategy")]
    pub default_capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// The resources attached to a cluster. When using a capacity provider with a cluster, the
    /// capacity provider and associated resources are returned as cluster attachments.
    #[shape(name = "attachments")]
    pub attachments: Option<Vec<Attachment>>,
    /// The status of the capacity providers associated with the cluster. The following are the
    /// states that are returned.
    #[shape(name = "attachmentsStatus")]
    pub attachments_status: Option<String>,
    /// Use this parameter to set a default Service Connect namespace. After you set a default
    /// Service Connect namespace, any new services with Service Connect turned on that are created
    /// in the cluster are added as client services in the namespace. This setting only applies to
    /// new services that set the `enabled` parameter to `true` in the
    /// `ServiceConnectConfiguration`. You can set the namespace of each service individually in the
    /// `ServiceConnectConfiguration` to override this default parameter.
    #[shape(name = "serviceConnectDefaults")]
    pub service_connect_defaults: Option<ClusterServiceConnectDefaults>,
}

/// The execute command and managed storage configuration for the cluster.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ClusterConfiguration {
    /// The details of the execute command configuration.
    #[shape(name = "executeCommandConfiguration")]
    pub execute_command_configuration: Option<ExecuteCommandConfiguration>,
    /// The details of the managed storage configuration.
    #[shape(name = "managedStorageConfiguration")]
    pub managed_storage_configuration: Option<ManagedStorageConfiguration>,
}

/// The model's `ClusterField`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ClusterField {
    /// `ATTACHMENTS`
    #[default]
    #[shape(name = "ATTACHMENTS")]
    Attachments,
    /// `CONFIGURATIONS`
    #[shape(name = "CONFIGURATIONS")]
    Configurations,
    /// `SETTINGS`
    #[shape(name = "SETTINGS")]
    Settings,
    /// `STATISTICS`
    #[shape(name = "STATISTICS")]
    Statistics,
    /// `TAGS`
    #[shape(name = "TAGS")]
    Tags,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Use this parameter to set a default Service Connect namespace. After you set a default Service
/// Connect namespace, any new services with Service Connect turned on that are created in the
/// cluster are added as client services in the namespace. This setting only applies to new services
/// that set the `enabled` parameter to `true` in the `ServiceConnectConfiguration`. You can set the
/// namespace of each service individually in the `ServiceConnectConfiguration` to override this
/// default parameter.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ClusterServiceConnectDefaults {
    /// The namespace name or full Amazon Resource Name (ARN) of the Cloud Map namespace. When you
    /// create a service and don't specify a Service Connect configuration, this namespace is used.
    #[shape(name = "namespace")]
    pub namespace: Option<String>,
}

/// Use this parameter to set a default Service Connect namespace. After you set a default Service
/// Connect namespace, any new services with Service Connect turned on that are created in the
/// cluster are added as client services in the namespace. This setting only applies to new services
/// that set the `enabled` parameter to `true` in the `ServiceConnectConfiguration`. You can set the
/// namespace of each service individually in the `ServiceConnectConfiguration` to override this
/// default parameter.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ClusterServiceConnectDefaultsRequest {
    /// The namespace name or full Amazon Resource Name (ARN) of the Cloud Map namespace that's used
    /// when you create a service and don't specify a Service Connect configuration. The namespace
    /// name can include up to 1024 characters. The name is case-sensitive. The name can't include
    /// greater than (\>), less than (\<), double quotation marks ("), or slash (/).
    #[shape(name = "namespace")]
    pub namespace: String,
}

/// The settings to use when creating a cluster. This parameter is used to turn on CloudWatch
/// Container Insights with enhanced observability or CloudWatch Container Insights for a cluster.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ClusterSetting {
    /// The name of the cluster setting. The value is `containerInsights`.
    #[shape(name = "name")]
    pub name: Option<ClusterSettingName>,
    /// The value to set for the cluster setting. The supported values are `enhanced`, `enabled`,
    /// and `disabled`.
    #[shape(name = "value")]
    pub value: Option<String>,
}

/// The model's `ClusterSettingName`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ClusterSettingName {
    /// `containerInsights`
    #[default]
    #[shape(name = "containerInsights")]
    ContainerInsights,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `Compatibility`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Compatibility {
    /// `EC2`
    #[default]
    #[shape(name = "EC2")]
    Ec2,
    /// `FARGATE`
    #[shape(name = "FARGATE")]
    Fargate,
    /// `EXTERNAL`
    #[shape(name = "EXTERNAL")]
    External,
    /// `MANAGED_INSTANCES`
    #[shape(name = "MANAGED_INSTANCES")]
    ManagedInstances,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `Connectivity`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Connectivity {
    /// `CONNECTED`
    #[default]
    #[shape(name = "CONNECTED")]
    Connected,
    /// `DISCONNECTED`
    #[shape(name = "DISCONNECTED")]
    Disconnected,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A Docker container that's part of a task.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Container {
    /// The Amazon Resource Name (ARN) of the container.
    #[shape(name = "containerArn")]
    pub container_arn: Option<String>,
    /// The ARN of the task.
    #[shape(name = "taskArn")]
    pub task_arn: Option<String>,
    /// The name of the container.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The image used for the container.
    #[shape(name = "image")]
    pub image: Option<String>,
    /// The container image manifest digest.
    #[shape(name = "imageDigest")]
    pub image_digest: Option<String>,
    /// The ID of the Docker container.
    #[shape(name = "runtimeId")]
    pub runtime_id: Option<String>,
    /// The last known status of the container.
    #[shape(name = "lastStatus")]
    pub last_status: Option<String>,
    /// The exit code returned from the container.
    #[shape(name = "exitCode")]
    pub exit_code: Option<i32>,
    /// A short (1024 max characters) human-readable string to provide additional details about a
    /// running or stopped container.
    #[shape(name = "reason")]
    pub reason: Option<String>,
    /// The network bindings associated with the container.
    #[shape(name = "networkBindings")]
    pub network_bindings: Option<Vec<NetworkBinding>>,
    /// The network interfaces associated with the container.
    #[shape(name = "networkInterfaces")]
    pub network_interfaces: Option<Vec<NetworkInterface>>,
    /// The health status of the container. If health checks aren't configured for this container in
    /// its task definition, then it reports the health status as `UNKNOWN`.
    #[shape(name = "healthStatus")]
    pub health_status: Option<HealthStatus>,
    /// The details of any Amazon ECS managed agents associated with the container.
    #[shape(name = "managedAgents")]
    pub managed_agents: Option<Vec<ManagedAgent>>,
    /// The number of CPU units set for the container. The value is `0` if no value was specified in
    /// the container definition when the task definition was registered.
    #[shape(name = "cpu")]
    pub cpu: Option<String>,
    /// The hard limit (in MiB) of memory set for the container.
    #[shape(name = "memory")]
    pub memory: Option<String>,
    /// The soft limit (in MiB) of memory set for the container.
    #[shape(name = "memoryReservation")]
    pub memory_reservation: Option<String>,
    /// The IDs of each GPU assigned to the container.
    #[shape(name = "gpuIds")]
    pub gpu_ids: Option<Vec<String>>,
}

/// The model's `ContainerCondition`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ContainerCondition {
    /// `START`
    #[default]
    #[shape(name = "START")]
    Start,
    /// `COMPLETE`
    #[shape(name = "COMPLETE")]
    Complete,
    /// `SUCCESS`
    #[shape(name = "SUCCESS")]
    Success,
    /// `HEALTHY`
    #[shape(name = "HEALTHY")]
    Healthy,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Container definitions are used in task definitions to describe the different containers that are
/// launched as part of a task.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ContainerDefinition {
    /// The name of a container. If you're linking multiple containers together in a task
    /// definition, the `name` of one container can be entered in the `links` of another container
    /// to connect the containers. Up to 255 letters (uppercase and lowercase), numbers,
    /// underscores, and hyphens are allowed. This parameter maps to `name` in the docker container
    /// create command and the `--name` option to docker run.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The image used to start a container. This string is passed directly to the Docker daemon. By
    /// default, images in the Docker Hub registry are available. Other repositories are specified
    /// with either ` *repository-url*/*image*:*tag* ` or ` *repository-url*/*image*@*digest* `. For
    /// images using tags (repository-url/image:tag), up to 255 characters total are allowed,
    /// including letters (uppercase and lowercase), numbers, hyphens, underscores, colons, periods,
    /// forward slashes, and number signs (#). For images using digests
    /// (repository-url/image@digest), the 255 character limit applies only to the repository URL
    /// and image name (everything before the @ sign). The only supported hash function is sha256,
    /// and the hash value after sha256: must be exactly 64 characters (only letters A-F, a-f, and
    /// numbers 0-9 are allowed). This parameter maps to `Image` in the docker container create
    /// command and the `IMAGE` parameter of docker run.
    #[shape(name = "image")]
    pub image: Option<String>,
    /// The private repository authentication credentials to use.
    #[shape(name = "repositoryCredentials")]
    pub repository_credentials: Option<RepositoryCredentials>,
    /// The number of `cpu` units reserved for the container. This parameter maps to `CpuShares` in
    /// the docker container create command and the `--cpu-shares` option to docker run.
    #[shape(name = "cpu")]
    pub cpu: Option<i32>,
    /// The amount (in MiB) of memory to present to the container. If your container attempts to
    /// exceed the memory specified here, the container is killed. The total amount of memory
    /// reserved for all containers within a task must be lower than the task `memory` value, if one
    /// is specified. This parameter maps to `Memory` in the docker container create command and the
    /// `--memory` option to docker run.
    #[shape(name = "memory")]
    pub memory: Option<i32>,
    /// The soft limit (in MiB) of memory to reserve for the container. When system memory is under
    /// heavy contention, Docker attempts to keep the container memory to this soft limit. However,
    /// your container can consume more memory when it needs to, up to either the hard limit
    /// specified with the `memory` parameter (if applicable), or all of the available memory on the
    /// container instance, whichever comes first. This parameter maps to `MemoryReservation` in the
    /// docker container create command and the `--memory-reservation` option to docker run.
    #[shape(name = "memoryReservation")]
    pub memory_reservation: Option<i32>,
    /// The `links` parameter allows containers to communicate with each other without the need for
    /// port mappings. This parameter is only supported if the network mode of a task definition is
    /// `bridge`. The `name:internalName` construct is analogous to `name:alias` in Docker links. Up
    /// to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed..
    /// This parameter maps to `Links` in the docker container create command and the `--link`
    /// option to docker run.
    #[shape(name = "links")]
    pub links: Option<Vec<String>>,
    /// The list of port mappings for the container. Port mappings allow containers to access ports
    /// on the host container instance to send or receive traffic.
    #[shape(name = "portMappings")]
    pub port_mappings: Option<Vec<PortMapping>>,
    /// If the `essential` parameter of a container is marked as `true`, and that container fails or
    /// stops for any reason, all other containers that are part of the task are stopped. If the
    /// `essential` parameter of a container is marked as `false`, its failure doesn't affect the
    /// rest of the containers in a task. If this parameter is omitted, a container is assumed to be
    /// essential.
    #[shape(name = "essential")]
    pub essential: Option<bool>,
    /// The restart policy for a container. When you set up a restart policy, Amazon ECS can restart
    /// the container without needing to replace the task. For more information, see [Restart
    /// individual containers in Amazon ECS tasks with container restart
    /// policies](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-restart-policy.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "restartPolicy")]
    pub restart_policy: Option<ContainerRestartPolicy>,
    /// Early versions of the Amazon ECS container agent don't properly handle `entryPoint`
    /// parameters. If you have problems using `entryPoint`, update your container agent or enter
    /// your commands and arguments as `command` array items instead.
    #[shape(name = "entryPoint")]
    pub entry_point: Option<Vec<String>>,
    /// The command that's passed to the container. This parameter maps to `Cmd` in the docker
    /// container create command and the `COMMAND` parameter to docker run. If there are multiple
    /// arguments, each argument is a separated string in the array.
    #[shape(name = "command")]
    pub command: Option<Vec<String>>,
    /// The environment variables to pass to a container. This parameter maps to `Env` in the docker
    /// container create command and the `--env` option to docker run.
    #[shape(name = "environment")]
    pub environment: Option<Vec<KeyValuePair>>,
    /// A list of files containing the environment variables to pass to a container. This parameter
    /// maps to the `--env-file` option to docker run.
    #[shape(name = "environmentFiles")]
    pub environment_files: Option<Vec<EnvironmentFile>>,
    /// The mount points for data volumes in your container.
    #[shape(name = "mountPoints")]
    pub mount_points: Option<Vec<MountPoint>>,
    /// Data volumes to mount from another container. This parameter maps to `VolumesFrom` in the
    /// docker container create command and the `--volumes-from` option to docker run.
    #[shape(name = "volumesFrom")]
    pub volumes_from: Option<Vec<VolumeFrom>>,
    /// Linux-specific modifications that are applied to the default Docker container configuration,
    /// such as Linux kernel capabilities. For more information see
    /// [KernelCapabilities](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html).
    #[shape(name = "linuxParameters")]
    pub linux_parameters: Option<LinuxParameters>,
    /// The secrets to pass to the container. For more information, see [Specifying Sensitive
    /// Data](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "secrets")]
    pub secrets: Option<Vec<Secret>>,
    /// The dependencies defined for container startup and shutdown. A container can contain
    /// multiple dependencies on other containers in a task definition. When a dependency is defined
    /// for container startup, for container shutdown it is reversed.
    #[shape(name = "dependsOn")]
    pub depends_on: Option<Vec<ContainerDependency>>,
    /// Time duration (in seconds) to wait before giving up on resolving dependencies for a
    /// container. For example, you specify two containers in a task definition with containerA
    /// having a dependency on containerB reaching a `COMPLETE`, `SUCCESS`, or `HEALTHY` status. If
    /// a `startTimeout` value is specified for containerB and it doesn't reach the desired status
    /// within that time then containerA gives up and not start. This results in the task
    /// transitioning to a `STOPPED` state.
    #[shape(name = "startTimeout")]
    pub start_timeout: Option<i32>,
    /// Time duration (in seconds) to wait before the container is forcefully killed if it doesn't
    /// exit normally on its own.
    #[shape(name = "stopTimeout")]
    pub stop_timeout: Option<i32>,
    /// Specifies whether Amazon ECS will resolve the container image tag provided in the container
    /// definition to an image digest. By default, the value is `enabled`. If you set the value for
    /// a container as `disabled`, Amazon ECS will not resolve the provided container image tag to a
    /// digest and will use the original image URI specified in the container definition for
    /// deployment. For more information about container image resolution, see [Container image
    /// resolution](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html#deployment-container-image-stability)
    /// in the *Amazon ECS Developer Guide*.
    #[shape(name = "versionConsistency")]
    pub version_consistency: Option<VersionConsistency>,
    /// The hostname to use for your container. This parameter maps to `Hostname` in the docker
    /// container create command and the `--hostname` option to docker run.
    #[shape(name = "hostname")]
    pub hostname: Option<String>,
    /// The user to use inside the container. This parameter maps to `User` in the docker container
    /// create command and the `--user` option to docker run.
    #[shape(name = "user")]
    pub user: Option<String>,
    /// The working directory to run commands inside the container in. This parameter maps to
    /// `WorkingDir` in the docker container create command and the `--workdir` option to docker
    /// run.
    #[shape(name = "workingDirectory")]
    pub working_directory: Option<String>,
    /// When this parameter is true, networking is off within the container. This parameter maps to
    /// `NetworkDisabled` in the docker container create command.
    #[shape(name = "disableNetworking")]
    pub disable_networking: Option<bool>,
    /// When this parameter is true, the container is given elevated privileges on the host
    /// container instance (similar to the `root` user). This parameter maps to `Privileged` in the
    /// docker container create command and the `--privileged` option to docker run
    #[shape(name = "privileged")]
    pub privileged: Option<bool>,
    /// When this parameter is true, the container is given read-only access to its root file
    /// system. This parameter maps to `ReadonlyRootfs` in the docker container create command and
    /// the `--read-only` option to docker run.
    #[shape(name = "readonlyRootFilesystem")]
    pub readonly_root_filesystem: Option<bool>,
    /// A list of DNS servers that are presented to the container. This parameter maps to `Dns` in
    /// the docker container create command and the `--dns` option to docker run.
    #[shape(name = "dnsServers")]
    pub dns_servers: Option<Vec<String>>,
    /// A list of DNS search domains that are presented to the container. This parameter maps to
    /// `DnsSearch` in the docker container create command and the `--dns-search` option to docker
    /// run.
    #[shape(name = "dnsSearchDomains")]
    pub dns_search_domains: Option<Vec<String>>,
    /// A list of hostnames and IP address mappings to append to the `/etc/hosts` file on the
    /// container. This parameter maps to `ExtraHosts` in the docker container create command and
    /// the `--add-host` option to docker run.
    #[shape(name = "extraHosts")]
    pub extra_hosts: Option<Vec<HostEntry>>,
    /// A list of strings to provide custom configuration for multiple security systems. This field
    /// isn't valid for containers in tasks using the Fargate launch type.
    #[shape(name = "dockerSecurityOptions")]
    pub docker_security_options: Option<Vec<String>>,
    /// When this parameter is `true`, you can deploy containerized applications that require
    /// `stdin` or a `tty` to be allocated. This parameter maps to `OpenStdin` in the docker
    /// container create command and the `--interactive` option to docker run.
    #[shape(name = "interactive")]
    pub interactive: Option<bool>,
    /// When this parameter is `true`, a TTY is allocated. This parameter maps to `Tty` in the
    /// docker container create command and the `--tty` option to docker run.
    #[shape(name = "pseudoTerminal")]
    pub pseudo_terminal: Option<bool>,
    /// A key/value map of labels to add to the container. This parameter maps to `Labels` in the
    /// docker container create command and the `--label` option to docker run. This parameter
    /// requires version 1.18 of the Docker Remote API or greater on your container instance. To
    /// check the Docker Remote API version on your container instance, log in to your container
    /// instance and run the following command: `sudo docker version --format
    /// '{{.Server.APIVersion}}'`
    #[shape(name = "dockerLabels")]
    pub docker_labels: Option<HashMap<String, String>>,
    /// A list of `ulimits` to set in the container. If a `ulimit` value is specified in a task
    /// definition, it overrides the default values set by Docker. This parameter maps to `Ulimits`
    /// in the docker container create command and the `--ulimit` option to docker run. Valid naming
    /// values are displayed in the
    /// [Ulimit](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_Ulimit.html) data
    /// type.
    #[shape(name = "ulimits")]
    pub ulimits: Option<Vec<Ulimit>>,
    /// The log configuration specification for the container.
    #[shape(name = "logConfiguration")]
    pub log_configuration: Option<LogConfiguration>,
    /// The container health check command and associated configuration parameters for the
    /// container. This parameter maps to `HealthCheck` in the docker container create command and
    /// the `HEALTHCHECK` parameter of docker run.
    #[shape(name = "healthCheck")]
    pub health_check: Option<HealthCheck>,
    /// A list of namespaced kernel parameters to set in the container. This parameter maps to
    /// `Sysctls` in the docker container create command and the `--sysctl` option to docker run.
    /// For example, you can configure `net.ipv4.tcp_keepalive_time` setting to maintain longer
    /// lived connections.
    #[shape(name = "systemControls")]
    pub system_controls: Option<Vec<SystemControl>>,
    /// The type and amount of a resource to assign to a container. The only supported resource is a
    /// GPU.
    #[shape(name = "resourceRequirements")]
    pub resource_requirements: Option<Vec<ResourceRequirement>>,
    /// The FireLens configuration for the container. This is used to specify and configure a log
    /// router for container logs. For more information, see [Custom Log
    /// Routing](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html) in
    /// the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "firelensConfiguration")]
    pub firelens_configuration: Option<FirelensConfiguration>,
    /// A list of ARNs in SSM or Amazon S3 to a credential spec (`CredSpec`) file that configures
    /// the container for Active Directory authentication. We recommend that you use this parameter
    /// instead of the `dockerSecurityOptions`. The maximum number of ARNs is 1.
    #[shape(name = "credentialSpecs")]
    pub credential_specs: Option<Vec<String>>,
}

impl ::std::fmt::Debug for ContainerDefinition {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ContainerDefinition")
            .field("name", &self.name)
            .field("image", &self.image)
            .field(
                "repository_credentials",
                &self
                    .repository_credentials
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field("cpu", &self.cpu)
            .field("memory", &self.memory)
            .field("memory_reservation", &self.memory_reservation)
            .field("links", &self.links)
            .field("port_mappings", &self.port_mappings)
            .field("essential", &self.essential)
            .field("restart_policy", &self.restart_policy)
            .field("entry_point", &self.entry_point)
            .field("command", &self.command)
            .field(
                "environment",
                &self.environment.as_ref().map(|_| "** redacted **"),
            )
            .field("environment_files", &self.environment_files)
            .field("mount_points", &self.mount_points)
            .field("volumes_from", &self.volumes_from)
            .field("linux_parameters", &self.linux_parameters)
            .field("secrets", &self.secrets)
            .field("depends_on", &self.depends_on)
            .field("start_timeout", &self.start_timeout)
            .field("stop_timeout", &self.stop_timeout)
            .field("version_consistency", &self.version_consistency)
            .field("hostname", &self.hostname)
            .field("user", &self.user)
            .field("working_directory", &self.working_directory)
            .field("disable_networking", &self.disable_networking)
            .field("privileged", &self.privileged)
            .field("readonly_root_filesystem", &self.readonly_root_filesystem)
            .field("dns_servers", &self.dns_servers)
            .field("dns_search_domains", &self.dns_search_domains)
            .field("extra_hosts", &self.extra_hosts)
            .field("docker_security_options", &self.docker_security_options)
            .field("interactive", &self.interactive)
            .field("pseudo_terminal", &self.pseudo_terminal)
            .field("docker_labels", &self.docker_labels)
            .field("ulimits", &self.ulimits)
            .field("log_configuration", &self.log_configuration)
            .field("health_check", &self.health_check)
            .field("system_controls", &self.system_controls)
            .field("resource_requirements", &self.resource_requirements)
            .field("firelens_configuration", &self.firelens_configuration)
            .field("credential_specs", &self.credential_specs)
            .finish()
    }
}

/// The dependencies defined for container startup and shutdown. A container can contain multiple
/// dependencies. When a dependency is defined for container startup, for container shutdown it is
/// reversed.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContainerDependency {
    /// The name of a container.
    #[shape(name = "containerName")]
    pub container_name: String,
    /// The dependency condition of the container. The following are the available conditions and
    /// their behavior:
    #[shape(name = "condition")]
    pub condition: ContainerCondition,
}

/// The details about the container image a service revision uses.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContainerImage {
    /// The name of the container.
    #[shape(name = "containerName")]
    pub container_name: Option<String>,
    /// The container image digest.
    #[shape(name = "imageDigest")]
    pub image_digest: Option<String>,
    /// The container image.
    #[shape(name = "image")]
    pub image: Option<String>,
}

/// An Amazon EC2 or External instance that's running the Amazon ECS agent and has been registered
/// with a cluster.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContainerInstance {
    /// The Amazon Resource Name (ARN) of the container instance. For more information about the ARN
    /// format, see [Amazon Resource Name
    /// (ARN)](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-account-settings.html#ecs-resource-ids)
    /// in the *Amazon ECS Developer Guide*.
    #[shape(name = "containerInstanceArn")]
    pub container_instance_arn: Option<String>,
    /// The ID of the container instance. For Amazon EC2 instances, this value is the Amazon EC2
    /// instance ID. For external instances, this value is the Amazon Web Services Systems Manager
    /// managed instance ID.
    #[shape(name = "ec2InstanceId")]
    pub ec2_instance_id: Option<String>,
    /// The capacity provider that's associated with the container instance.
    #[shape(name = "capacityProviderName")]
    pub capacity_provider_name: Option<String>,
    /// The version counter for the container instance. Every time a container instance experiences
    /// a change that triggers a CloudWatch event, the version counter is incremented. If you're
    /// replicating your Amazon ECS container instance state with CloudWatch Events, you can compare
    /// the version of a container instance reported by the Amazon ECS APIs with the version
    /// reported in CloudWatch Events for the container instance (inside the `detail` object) to
    /// verify that the version in your event stream is current.
    #[shape(name = "version")]
    pub version: Option<i64>,
    /// The version information for the Amazon ECS container agent and Docker daemon running on the
    /// container instance.
    #[shape(name = "versionInfo")]
    pub version_info: Option<VersionInfo>,
    /// For CPU and memory resource types, this parameter describes the remaining CPU and memory
    /// that wasn't already allocated to tasks and is therefore available for new tasks. For port
    /// resource types, this parameter describes the ports that were reserved by the Amazon ECS
    /// container agent (at instance registration time) and any task containers that have reserved
    /// port mappings on the host (with the `host` or `bridge` network mode). Any port that's not
    /// specified here is available for new tasks.
    #[shape(name = "remainingResources")]
    pub remaining_resources: Option<Vec<Resource>>,
    /// For CPU and memory resource types, this parameter describes the amount of each resource that
    /// was available on the container instance when the container agent registered it with Amazon
    /// ECS. This value represents the total amount of CPU and memory that can be allocated on this
    /// container instance to tasks. For port resource types, this parameter describes the ports
    /// that were reserved by the Amazon ECS container agent when it registered the container
    /// instance with Amazon ECS.
    #[shape(name = "registeredResources")]
    pub registered_resources: Option<Vec<Resource>>,
    /// The status of the container instance. The valid values are `REGISTERING`,
    /// `REGISTRATION_FAILED`, `ACTIVE`, `INACTIVE`, `DEREGISTERING`, or `DRAINING`.
    #[shape(name = "status")]
    pub status: Option<String>,
    /// The reason that the container instance reached its current status.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
    /// This parameter returns `true` if the agent is connected to Amazon ECS. An instance with an
    /// agent that may be unhealthy or stopped return `false`. Only instances connected to an agent
    /// can accept task placement requests.
    #[shape(name = "agentConnected")]
    pub agent_connected: Option<bool>,
    /// The number of tasks on the container instance that have a desired status (`desiredStatus`)
    /// of `RUNNING`.
    #[shape(name = "runningTasksCount")]
    pub running_tasks_count: Option<i32>,
    /// The number of tasks on the container instance that are in the `PENDING` status.
    #[shape(name = "pendingTasksCount")]
    pub pending_tasks_count: Option<i32>,
    /// The status of the most recent agent update. If an update wasn't ever requested, this value
    /// is `NULL`.
    #[shape(name = "agentUpdateStatus")]
    pub agent_update_status: Option<AgentUpdateStatus>,
    /// The attributes set for the container instance, either by the Amazon ECS container agent at
    /// instance registration or manually with the
    /// [PutAttributes](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PutAttributes.html)
    /// operation.
    #[shape(name = "attributes")]
    pub attributes: Option<Vec<Attribute>>,
    /// The Unix timestamp for the time when the container instance was registered.
    #[shape(name = "registeredAt")]
    pub registered_at: Option<DateTime>,
    /// The resources attached to a container instance, such as an elastic network interface.
    #[shape(name = "attachments")]
    pub attachments: Option<Vec<Attachment>>,
    /// The metadata that you apply to the container instance to help you categorize and organize
    /// them. Each tag consists of a key and an optional value. You define both.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
    /// An object representing the health status of the container instance.
    #[shape(name = "healthStatus")]
    pub health_status: Option<ContainerInstanceHealthStatus>,
}

/// The model's `ContainerInstanceField`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ContainerInstanceField {
    /// `TAGS`
    #[default]
    #[shape(name = "TAGS")]
    Tags,
    /// `CONTAINER_INSTANCE_HEALTH`
    #[shape(name = "CONTAINER_INSTANCE_HEALTH")]
    ContainerInstanceHealth,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object representing the health status of the container instance.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContainerInstanceHealthStatus {
    /// The overall health status of the container instance. This is an aggregate status of all
    /// container instance health checks.
    #[shape(name = "overallStatus")]
    pub overall_status: Option<InstanceHealthCheckState>,
    /// An array of objects representing the details of the container instance health status.
    #[shape(name = "details")]
    pub details: Option<Vec<InstanceHealthCheckResult>>,
}

/// The model's `ContainerInstanceStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ContainerInstanceStatus {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `DRAINING`
    #[shape(name = "DRAINING")]
    Draining,
    /// `REGISTERING`
    #[shape(name = "REGISTERING")]
    Registering,
    /// `DEREGISTERING`
    #[shape(name = "DEREGISTERING")]
    Deregistering,
    /// `REGISTRATION_FAILED`
    #[shape(name = "REGISTRATION_FAILED")]
    RegistrationFailed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The overrides that are sent to a container. An empty container override can be passed in. An
/// example of an empty container override is `{"containerOverrides": [ ] }`. If a non-empty
/// container override is specified, the `name` parameter must be included.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ContainerOverride {
    /// The name of the container that receives the override. This parameter is required if any
    /// override is specified.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The command to send to the container that overrides the default command from the Docker
    /// image or the task definition. You must also specify a container name.
    #[shape(name = "command")]
    pub command: Option<Vec<String>>,
    /// The environment variables to send to the container. You can add new environment variables,
    /// which are added to the container at launch, or you can override the existing environment
    /// variables from the Docker image or the task definition. You must also specify a container
    /// name.
    #[shape(name = "environment")]
    pub environment: Option<Vec<KeyValuePair>>,
    /// A list of files containing the environment variables to pass to a container, instead of the
    /// value from the container definition.
    #[shape(name = "environmentFiles")]
    pub environment_files: Option<Vec<EnvironmentFile>>,
    /// The number of `cpu` units reserved for the container, instead of the default value from the
    /// task definition. You must also specify a container name.
    #[shape(name = "cpu")]
    pub cpu: Option<i32>,
    /// The hard limit (in MiB) of memory to present to the container, instead of the default value
    /// from the task definition. If your container attempts to exceed the memory specified here,
    /// the container is killed. You must also specify a container name.
    #[shape(name = "memory")]
    pub memory: Option<i32>,
    /// The soft limit (in MiB) of memory to reserve for the container, instead of the default value
    /// from the task definition. You must also specify a container name.
    #[shape(name = "memoryReservation")]
    pub memory_reservation: Option<i32>,
    /// The type and amount of a resource to assign to a container, instead of the default value
    /// from the task definition. The only supported resource is a GPU.
    #[shape(name = "resourceRequirements")]
    pub resource_requirements: Option<Vec<ResourceRequirement>>,
}

impl ::std::fmt::Debug for ContainerOverride {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ContainerOverride")
            .field("name", &self.name)
            .field("command", &self.command)
            .field(
                "environment",
                &self.environment.as_ref().map(|_| "** redacted **"),
            )
            .field("environment_files", &self.environment_files)
            .field("cpu", &self.cpu)
            .field("memory", &self.memory)
            .field("memory_reservation", &self.memory_reservation)
            .field("resource_requirements", &self.resource_requirements)
            .finish()
    }
}

/// You can enable a restart policy for each container defined in your task definition, to overcome
/// transient failures faster and maintain task availability. When you enable a restart policy for a
/// container, Amazon ECS can restart the container if it exits, without needing to replace the
/// task. For more information, see [Restart individual containers in Amazon ECS tasks with
/// container restart
/// policies](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/container-restart-policy.html)
/// in the *Amazon Elastic Container Service Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContainerRestartPolicy {
    /// Specifies whether a restart policy is enabled for the container.
    #[shape(name = "enabled")]
    pub enabled: bool,
    /// A list of exit codes that Amazon ECS will ignore and not attempt a restart on. You can
    /// specify a maximum of 50 container exit codes. By default, Amazon ECS does not ignore any
    /// exit codes.
    #[shape(name = "ignoredExitCodes")]
    pub ignored_exit_codes: Option<Vec<i32>>,
    /// A period of time (in seconds) that the container must run for before a restart can be
    /// attempted. A container can be restarted only once every `restartAttemptPeriod` seconds. If a
    /// container isn't able to run for this time period and exits early, it will not be restarted.
    /// You can set a minimum `restartAttemptPeriod` of 60 seconds and a maximum
    /// `restartAttemptPeriod` of 1800 seconds. By default, a container must run for 300 seconds
    /// before it can be restarted.
    #[shape(name = "restartAttemptPeriod")]
    pub restart_attempt_period: Option<i32>,
}

/// An object that represents a change in state for a container.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContainerStateChange {
    /// The name of the container.
    #[shape(name = "containerName")]
    pub container_name: Option<String>,
    /// The container image SHA 256 digest.
    #[shape(name = "imageDigest")]
    pub image_digest: Option<String>,
    /// The ID of the Docker container.
    #[shape(name = "runtimeId")]
    pub runtime_id: Option<String>,
    /// The exit code for the container, if the state change is a result of the container exiting.
    #[shape(name = "exitCode")]
    pub exit_code: Option<i32>,
    /// Any network bindings that are associated with the container.
    #[shape(name = "networkBindings")]
    pub network_bindings: Option<Vec<NetworkBinding>>,
    /// The reason for the state change.
    #[shape(name = "reason")]
    pub reason: Option<String>,
    /// The status of the container.
    #[shape(name = "status")]
    pub status: Option<String>,
}

/// The input of `ContinueServiceDeployment`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContinueServiceDeploymentRequest {
    /// The ARN of the service deployment to continue or roll back.
    #[shape(name = "serviceDeploymentArn")]
    pub service_deployment_arn: String,
    /// The ID of the paused lifecycle hook to act on. You can find the `hookId` by calling
    /// [DescribeServiceDeployments](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeServiceDeployments.html)
    /// and inspecting the `lifecycleHookDetails` field of the service deployment.
    #[shape(name = "hookId")]
    pub hook_id: String,
    /// The action to take on the paused lifecycle hook. Valid values are:
    #[shape(name = "action")]
    pub action: Option<DeploymentLifecycleHookAction>,
}

/// The output of `ContinueServiceDeployment`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContinueServiceDeploymentResponse {
    /// The ARN of the service deployment that was continued or rolled back.
    #[shape(name = "serviceDeploymentArn")]
    pub service_deployment_arn: Option<String>,
}

/// The model's `CpuManufacturer`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum CpuManufacturer {
    /// `intel`
    #[default]
    #[shape(name = "intel")]
    Intel,
    /// `amd`
    #[shape(name = "amd")]
    Amd,
    /// `amazon-web-services`
    #[shape(name = "amazon-web-services")]
    AmazonWebServices,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `CreateCapacityProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateCapacityProviderRequest {
    /// The name of the capacity provider. Up to 255 characters are allowed. They include letters
    /// (both upper and lowercase letters), numbers, underscores (\_), and hyphens (-). The name
    /// can't be prefixed with "`aws`", "`ecs`", or "`fargate`".
    #[shape(name = "name")]
    pub name: String,
    /// The name of the cluster to associate with the capacity provider. When you create a capacity
    /// provider with Amazon ECS Managed Instances, it becomes available only within the specified
    /// cluster.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The details of the Auto Scaling group for the capacity provider.
    #[shape(name = "autoScalingGroupProvider")]
    pub auto_scaling_group_provider: Option<AutoScalingGroupProvider>,
    /// The configuration for the Amazon ECS Managed Instances provider. This configuration
    /// specifies how Amazon ECS manages Amazon EC2 instances on your behalf, including the
    /// infrastructure role, instance launch template, and tag propagation settings.
    #[shape(name = "managedInstancesProvider")]
    pub managed_instances_provider: Option<CreateManagedInstancesProviderConfiguration>,
    /// The metadata that you apply to the capacity provider to categorize and organize them more
    /// conveniently. Each tag consists of a key and an optional value. You define both of them.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
}

/// The output of `CreateCapacityProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateCapacityProviderResponse {
    /// The full description of the new capacity provider.
    #[shape(name = "capacityProvider")]
    pub capacity_provider: Option<CapacityProvider>,
}

/// The input of `CreateCluster`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateClusterRequest {
    /// The name of your cluster. If you don't specify a name for your cluster, you create a cluster
    /// that's named `default`. Up to 255 letters (uppercase and lowercase), numbers, underscores,
    /// and hyphens are allowed.
    #[shape(name = "clusterName")]
    pub cluster_name: Option<String>,
    /// The metadata that you apply to the cluster to help you categorize and organize them. Each
    /// tag consists of a key and an optional value. You define both.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
    /// The setting to use when creating a cluster. This parameter is used to turn on CloudWatch
    /// Container Insights for a cluster. If this value is specified, it overrides the
    /// `containerInsights` value set with
    /// [PutAccountSetting](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PutAccountSetting.html)
    /// or
    /// [PutAccountSettingDefault](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PutAccountSettingDefault.html).
    #[shape(name = "settings")]
    pub settings: Option<Vec<ClusterSetting>>,
    /// The `execute` command configuration for the cluster.
    #[shape(name = "configuration")]
    pub configuration: Option<ClusterConfiguration>,
    /// The short name of one or more capacity providers to associate with the cluster. A capacity
    /// provider must be associated with a cluster before it can be included as part of the default
    /// capacity provider strategy of the cluster or used in a capacity provider strategy when
    /// calling the
    /// [CreateService](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html)
    /// or [RunTask](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html)
    /// actions.
    #[shape(name = "capacityProviders")]
    pub capacity_providers: Option<Vec<String>>,
    /// The capacity provider strategy to set as the default for the cluster. After a default
    /// capacity provider strategy is set for a cluster, when you call the
    /// [CreateService](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html)
    /// or [RunTask](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RunTask.html)
    /// APIs with no capacity provider strategy or launch type specified, the default capacity
    /// provider strategy for the cluster is used.
    #[shape(name = "defaultCapacityProviderStrategy")]
    pub default_capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// Use this parameter to set a default Service Connect namespace. After you set a default
    /// Service Connect namespace, any new services with Service Connect turned on that are created
    /// in the cluster are added as client services in the namespace. This setting only applies to
    /// new services that set the `enabled` parameter to `true` in the
    /// `ServiceConnectConfiguration`. You can set the namespace of each service individually in the
    /// `ServiceConnectConfiguration` to override this default parameter.
    #[shape(name = "serviceConnectDefaults")]
    pub service_connect_defaults: Option<ClusterServiceConnectDefaultsRequest>,
}

/// The output of `CreateCluster`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateClusterResponse {
    /// The full description of your new cluster.
    #[shape(name = "cluster")]
    pub cluster: Option<Cluster>,
}

/// The input of `CreateDaemon`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateDaemonRequest {
    /// The name of the daemon. Up to 255 letters (uppercase and lowercase), numbers, underscores,
    /// and hyphens are allowed.
    #[shape(name = "daemonName")]
    pub daemon_name: String,
    /// The Amazon Resource Name (ARN) of the cluster to create the daemon in.
    #[shape(name = "clusterArn")]
    pub cluster_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the daemon task definition to use for the daemon.
    #[shape(name = "daemonTaskDefinitionArn")]
    pub daemon_task_definition_arn: String,
    /// The Amazon Resource Names (ARNs) of the capacity providers to associate with the daemon. The
    /// daemon deploys tasks on container instances managed by these capacity providers.
    #[shape(name = "capacityProviderArns")]
    pub capacity_provider_arns: Vec<String>,
    /// Optional deployment parameters that control how the daemon rolls out updates, including the
    /// drain percentage, alarm-based rollback, and bake time.
    #[shape(name = "deploymentConfiguration")]
    pub deployment_configuration: Option<DaemonDeploymentConfiguration>,
    /// The metadata that you apply to the daemon to help you categorize and organize them. Each tag
    /// consists of a key and an optional value. You define both of them.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
    /// Specifies whether to propagate the tags from the daemon to the daemon tasks. If you don't
    /// specify a value, the tags aren't propagated. You can only propagate tags to daemon tasks
    /// during task creation. To add tags to a task after task creation, use the
    /// [TagResource](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TagResource.html)
    /// API action.
    #[shape(name = "propagateTags")]
    pub propagate_tags: Option<DaemonPropagateTags>,
    /// Specifies whether to turn on Amazon ECS managed tags for the tasks in the daemon. For more
    /// information, see [Tagging your Amazon ECS
    /// resources](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "enableECSManagedTags")]
    pub enable_ecs_managed_tags: Option<bool>,
    /// Determines whether the execute command functionality is turned on for the daemon. If `true`,
    /// the execute command functionality is turned on for all tasks in the daemon.
    #[shape(name = "enableExecuteCommand")]
    pub enable_execute_command: Option<bool>,
    /// An identifier that you provide to ensure the idempotency of the request. It must be unique
    /// and is case sensitive. Up to 36 ASCII characters in the range of 33-126 (inclusive) are
    /// allowed.
    #[shape(name = "clientToken")]
    pub client_token: Option<String>,
}

/// The output of `CreateDaemon`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateDaemonResponse {
    /// The Amazon Resource Name (ARN) of the daemon.
    #[shape(name = "daemonArn")]
    pub daemon_arn: Option<String>,
    /// The status of the daemon.
    #[shape(name = "status")]
    pub status: Option<DaemonStatus>,
    /// The Unix timestamp for the time when the daemon was created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The Amazon Resource Name (ARN) of the initial daemon deployment. This deployment places
    /// daemon tasks on each container instance of the specified capacity providers.
    #[shape(name = "deploymentArn")]
    pub deployment_arn: Option<String>,
}

/// The input of `CreateExpressGatewayService`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateExpressGatewayServiceRequest {
    /// The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS
    /// container agent permission to make Amazon Web Services API calls on your behalf. This role
    /// is required for Amazon ECS to pull container images from Amazon ECR, send container logs to
    /// Amazon CloudWatch Logs, and retrieve sensitive data from Amazon Web Services Systems Manager
    /// Parameter Store or Amazon Web Services Secrets Manager.
    #[shape(name = "executionRoleArn")]
    pub execution_role_arn: String,
    /// The Amazon Resource Name (ARN) of the infrastructure role that grants Amazon ECS permission
    /// to create and manage Amazon Web Services resources on your behalf for the Express service.
    /// This role is used to provision and manage Application Load Balancers, target groups,
    /// security groups, auto-scaling policies, and other Amazon Web Services infrastructure
    /// components.
    #[shape(name = "infrastructureRoleArn")]
    pub infrastructure_role_arn: String,
    /// The name of the Express service. This name must be unique within the specified cluster and
    /// can contain up to 255 letters (uppercase and lowercase), numbers, underscores, and hyphens.
    /// The name is used to identify the service in the Amazon ECS console and API operations.
    #[shape(name = "serviceName")]
    pub service_name: Option<String>,
    /// The short name or full Amazon Resource Name (ARN) of the cluster on which to create the
    /// Express service. If you do not specify a cluster, the `default` cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The path on the container that the Application Load Balancer uses for health checks. This
    /// should be a valid HTTP endpoint that returns a successful response (HTTP 200) when the
    /// application is healthy.
    #[shape(name = "healthCheckPath")]
    pub health_check_path: Option<String>,
    /// The primary container configuration for the Express service. This defines the main
    /// application container that will receive traffic from the Application Load Balancer.
    #[shape(name = "primaryContainer")]
    pub primary_container: ExpressGatewayContainer,
    /// The Amazon Resource Name (ARN) of the IAM role that containers in this task can assume. This
    /// role allows your application code to access other Amazon Web Services services securely.
    #[shape(name = "taskRoleArn")]
    pub task_role_arn: Option<String>,
    /// The network configuration for the Express service tasks. This specifies the VPC subnets and
    /// security groups for the tasks.
    #[shape(name = "networkConfiguration")]
    pub network_configuration: Option<ExpressGatewayServiceNetworkConfiguration>,
    /// The number of CPU units used by the task. This parameter determines the CPU allocation for
    /// each task in the Express service. The default value for an Express service is 256 (.25
    /// vCPU).
    #[shape(name = "cpu")]
    pub cpu: Option<String>,
    /// The amount of memory (in MiB) used by the task. This parameter determines the memory
    /// allocation for each task in the Express service. The default value for an express service is
    /// 512 MiB.
    #[shape(name = "memory")]
    pub memory: Option<String>,
    /// The auto-scaling configuration for the Express service. This defines how the service
    /// automatically adjusts the number of running tasks based on demand.
    #[shape(name = "scalingTarget")]
    pub scaling_target: Option<ExpressGatewayScalingTarget>,
    /// The metadata that you apply to the Express service to help categorize and organize it. Each
    /// tag consists of a key and an optional value. You can apply up to 50 tags to a service.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
}

/// The output of `CreateExpressGatewayService`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateExpressGatewayServiceResponse {
    /// The full description of your Express service following the create operation.
    #[shape(name = "service")]
    pub service: Option<ECSExpressGatewayService>,
}

/// The configuration for creating a Amazon ECS Managed Instances provider. This specifies how
/// Amazon ECS should manage Amazon EC2 instances, including the infrastructure role, instance
/// launch template, and whether to propagate tags from the capacity provider to the instances.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateManagedInstancesProviderConfiguration {
    /// The Amazon Resource Name (ARN) of the infrastructure role that Amazon ECS uses to manage
    /// instances on your behalf. This role must have permissions to launch, terminate, and manage
    /// Amazon EC2 instances, as well as access to other Amazon Web Services services required for
    /// Amazon ECS Managed Instances functionality.
    #[shape(name = "infrastructureRoleArn")]
    pub infrastructure_role_arn: String,
    /// The launch template configuration that specifies how Amazon ECS should launch Amazon EC2
    /// instances. This includes the instance profile, network configuration, storage settings, and
    /// instance requirements for attribute-based instance type selection.
    #[shape(name = "instanceLaunchTemplate")]
    pub instance_launch_template: InstanceLaunchTemplate,
    /// Specifies whether to propagate tags from the capacity provider to the Amazon ECS Managed
    /// Instances. When enabled, tags applied to the capacity provider are automatically applied to
    /// all instances launched by this provider.
    #[shape(name = "propagateTags")]
    pub propagate_tags: Option<PropagateMITags>,
    /// Defines how Amazon ECS Managed Instances optimizes the infrastastructure in your capacity
    /// provider. Provides control over the delay between when EC2 instances become idle or
    /// underutilized and when Amazon ECS optimizes them.
    #[shape(name = "infrastructureOptimization")]
    pub infrastructure_optimization: Option<InfrastructureOptimization>,
    /// The auto repair configuration for the Amazon ECS Managed Instances capacity provider. Use
    /// this to enable or disable automatic replacement of container instances that are detected as
    /// unhealthy.
    #[shape(name = "autoRepairConfiguration")]
    pub auto_repair_configuration: Option<AutoRepairConfiguration>,
}

/// The input of `CreateService`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateServiceRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that you run your service
    /// on. If you do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The name of your service. Up to 255 letters (uppercase and lowercase), numbers, underscores,
    /// and hyphens are allowed. Service names must be unique within a cluster, but you can have
    /// similarly named services in multiple clusters within a Region or across multiple Regions.
    #[shape(name = "serviceName")]
    pub service_name: String,
    /// The `family` and `revision` (`family:revision`) or full ARN of the task definition to run in
    /// your service. If a `revision` isn't specified, the latest `ACTIVE` revision is used.
    #[shape(name = "taskDefinition")]
    pub task_definition: Option<String>,
    /// Indicates whether to use Availability Zone rebalancing for the service.
    #[shape(name = "availabilityZoneRebalancing")]
    pub availability_zone_rebalancing: Option<AvailabilityZoneRebalancing>,
    /// A load balancer object representing the load balancers to use with your service. For more
    /// information, see [Service load
    /// balancing](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-load-balancing.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "loadBalancers")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    /// The details of the service discovery registry to associate with this service. For more
    /// information, see [Service
    /// discovery](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-discovery.html).
    #[shape(name = "serviceRegistries")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    /// The number of instantiations of the specified task definition to place and keep running in
    /// your service.
    #[shape(name = "desiredCount")]
    pub desired_count: Option<i32>,
    /// An identifier that you provide to ensure the idempotency of the request. It must be unique
    /// and is case sensitive. Up to 36 ASCII characters in the range of 33-126 (inclusive) are
    /// allowed.
    #[shape(name = "clientToken")]
    pub client_token: Option<String>,
    /// The infrastructure that you run your service on. For more information, see [Amazon ECS
    /// launch types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "launchType")]
    pub launch_type: Option<LaunchType>,
    /// The capacity provider strategy to use for the service.
    #[shape(name = "capacityProviderStrategy")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// The platform version that your tasks in the service are running on. A platform version is
    /// specified only for tasks using the Fargate launch type. If one isn't specified, the `LATEST`
    /// platform version is used. For more information, see [Fargate platform
    /// versions](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "platformVersion")]
    pub platform_version: Option<String>,
    /// The name or full Amazon Resource Name (ARN) of the IAM role that allows Amazon ECS to make
    /// calls to your load balancer on your behalf. This parameter is only permitted if you are
    /// using a load balancer with your service and your task definition doesn't use the `awsvpc`
    /// network mode. If you specify the `role` parameter, you must also specify a load balancer
    /// object with the `loadBalancers` parameter.
    #[shape(name = "role")]
    pub role: Option<String>,
    /// Optional deployment parameters that control how many tasks run during the deployment and the
    /// ordering of stopping and starting tasks.
    #[shape(name = "deploymentConfiguration")]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    /// An array of placement constraint objects to use for tasks in your service. You can specify a
    /// maximum of 10 constraints for each task. This limit includes constraints in the task
    /// definition and those specified at runtime.
    #[shape(name = "placementConstraints")]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    /// The placement strategy objects to use for tasks in your service. You can specify a maximum
    /// of 5 strategy rules for each service.
    #[shape(name = "placementStrategy")]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    /// The network configuration for the service. This parameter is required for task definitions
    /// that use the `awsvpc` network mode to receive their own elastic network interface, and it
    /// isn't supported for other network modes. For more information, see [Task
    /// networking](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "networkConfiguration")]
    pub network_configuration: Option<NetworkConfiguration>,
    /// The period of time, in seconds, that the Amazon ECS service scheduler ignores unhealthy
    /// Elastic Load Balancing, VPC Lattice, and container health checks after a task has first
    /// started. If you do not specify a health check grace period value, the default value of 0 is
    /// used. If you do not use any of the health checks, then `healthCheckGracePeriodSeconds` is
    /// unused.
    #[shape(name = "healthCheckGracePeriodSeconds")]
    pub health_check_grace_period_seconds: Option<i32>,
    /// The scheduling strategy to use for the service. For more information, see
    /// [Services](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_services.html).
    #[shape(name = "schedulingStrategy")]
    pub scheduling_strategy: Option<SchedulingStrategy>,
    /// The deployment controller to use for the service. If no deployment controller is specified,
    /// the default value of `ECS` is used.
    #[shape(name = "deploymentController")]
    pub deployment_controller: Option<DeploymentController>,
    /// The metadata that you apply to the service to help you categorize and organize them. Each
    /// tag consists of a key and an optional value, both of which you define. When a service is
    /// deleted, the tags are deleted as well.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
    /// Specifies whether to turn on Amazon ECS managed tags for the tasks within the service. For
    /// more information, see [Tagging your Amazon ECS
    /// resources](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "enableECSManagedTags")]
    pub enable_ecs_managed_tags: Option<bool>,
    /// Specifies whether to propagate the tags from the task definition to the task. If no value is
    /// specified, the tags aren't propagated. Tags can only be propagated to the task during task
    /// creation. To add tags to a task after task creation, use the
    /// [TagResource](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TagResource.html)
    /// API action.
    #[shape(name = "propagateTags")]
    pub propagate_tags: Option<PropagateTags>,
    /// Determines whether the execute command functionality is turned on for the service. If
    /// `true`, this enables execute command functionality on all containers in the service tasks.
    #[shape(name = "enableExecuteCommand")]
    pub enable_execute_command: Option<bool>,
    /// The configuration for this service to discover and connect to services, and be discovered
    /// by, and connected from, other services within a namespace.
    #[shape(name = "serviceConnectConfiguration")]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    /// The configuration for a volume specified in the task definition as a volume that is
    /// configured at launch time. Currently, the only supported volume type is an Amazon EBS
    /// volume.
    #[shape(name = "volumeConfigurations")]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    /// The VPC Lattice configuration for the service being created.
    #[shape(name = "vpcLatticeConfigurations")]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
}

/// The output of `CreateService`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateServiceResponse {
    /// The full description of your service following the create call.
    #[shape(name = "service")]
    pub service: Option<Service>,
}

/// The input of `CreateTaskSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateTaskSetRequest {
    /// The short name or full Amazon Resource Name (ARN) of the service to create the task set in.
    #[shape(name = "service")]
    pub service: String,
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service to
    /// create the task set in.
    #[shape(name = "cluster")]
    pub cluster: String,
    /// An optional non-unique tag that identifies this task set in external systems. If the task
    /// set is associated with a service discovery registry, the tasks in this task set will have
    /// the `ECS_TASK_SET_EXTERNAL_ID` Cloud Map attribute set to the provided value.
    #[shape(name = "externalId")]
    pub external_id: Option<String>,
    /// The task definition for the tasks in the task set to use. If a revision isn't specified, the
    /// latest `ACTIVE` revision is used.
    #[shape(name = "taskDefinition")]
    pub task_definition: String,
    /// An object representing the network configuration for a task set.
    #[shape(name = "networkConfiguration")]
    pub network_configuration: Option<NetworkConfiguration>,
    /// A load balancer object representing the load balancer to use with the task set. The
    /// supported load balancer types are either an Application Load Balancer or a Network Load
    /// Balancer.
    #[shape(name = "loadBalancers")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    /// The details of the service discovery registries to assign to this task set. For more
    /// information, see [Service
    /// discovery](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-discovery.html).
    #[shape(name = "serviceRegistries")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    /// The launch type that new tasks in the task set uses. For more information, see [Amazon ECS
    /// launch types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "launchType")]
    pub launch_type: Option<LaunchType>,
    /// The capacity provider strategy to use for the task set.
    #[shape(name = "capacityProviderStrategy")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// The platform version that the tasks in the task set uses. A platform version is specified
    /// only for tasks using the Fargate launch type. If one isn't specified, the `LATEST` platform
    /// version is used.
    #[shape(name = "platformVersion")]
    pub platform_version: Option<String>,
    /// A floating-point percentage of the desired number of tasks to place and keep running in the
    /// task set.
    #[shape(name = "scale")]
    pub scale: Option<Scale>,
    /// An identifier that you provide to ensure the idempotency of the request. It must be unique
    /// and is case sensitive. Up to 36 ASCII characters in the range of 33-126 (inclusive) are
    /// allowed.
    #[shape(name = "clientToken")]
    pub client_token: Option<String>,
    /// The metadata that you apply to the task set to help you categorize and organize them. Each
    /// tag consists of a key and an optional value. You define both. When a service is deleted, the
    /// tags are deleted.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
}

/// The output of `CreateTaskSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateTaskSetResponse {
    /// Information about a set of Amazon ECS tasks in either an CodeDeploy or an `EXTERNAL`
    /// deployment. A task set includes details such as the desired number of tasks, how many tasks
    /// are running, and whether the task set serves production traffic.
    #[shape(name = "taskSet")]
    pub task_set: Option<TaskSet>,
}

/// The optional filter to narrow the `ListServiceDeployment` results.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreatedAt {
    /// Include service deployments in the result that were created before this time. The format is
    /// yyyy-MM-dd HH:mm:ss.SSSSSS.
    #[shape(name = "before")]
    pub before: Option<DateTime>,
    /// Include service deployments in the result that were created after this time. The format is
    /// yyyy-MM-dd HH:mm:ss.SSSSSS.
    #[shape(name = "after")]
    pub after: Option<DateTime>,
}

/// The CloudWatch alarm configuration for a daemon. When enabled, CloudWatch alarms determine
/// whether a daemon deployment has failed.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonAlarmConfiguration {
    /// The CloudWatch alarm names to monitor during a daemon deployment.
    #[shape(name = "alarmNames")]
    pub alarm_names: Option<Vec<String>>,
    /// Determines whether to use the CloudWatch alarm option in the daemon deployment process. The
    /// default value is `false`.
    #[shape(name = "enable")]
    pub enable: Option<bool>,
}

/// Information about a capacity provider associated with a daemon revision.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonCapacityProvider {
    /// The Amazon Resource Name (ARN) of the capacity provider.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The number of daemon tasks running on this capacity provider.
    #[shape(name = "runningCount")]
    pub running_count: Option<i32>,
}

/// Information about the circuit breaker used to determine when a daemon deployment has failed.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonCircuitBreaker {
    /// The number of times the circuit breaker detected a daemon deployment failure.
    #[shape(name = "failureCount")]
    pub failure_count: Option<i32>,
    /// The circuit breaker status. Amazon ECS is not using the circuit breaker for daemon
    /// deployment failures when the status is `DISABLED`.
    #[shape(name = "status")]
    pub status: Option<DaemonDeploymentRollbackMonitorsStatus>,
    /// The threshold which determines that the daemon deployment failed.
    #[shape(name = "threshold")]
    pub threshold: Option<i32>,
}

/// A container definition for a daemon task. Daemon container definitions describe the containers
/// that run as part of a daemon task on container instances managed by capacity providers.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct DaemonContainerDefinition {
    /// The name of the container. Up to 255 letters (uppercase and lowercase), numbers,
    /// underscores, and hyphens are allowed.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The image used to start the container. This string is passed directly to the Docker daemon.
    /// Images in the Docker Hub registry are available by default. Other repositories are specified
    /// with either ` *repository-url*/*image*:*tag* ` or ` *repository-url*/*image*@*digest* `.
    #[shape(name = "image")]
    pub image: String,
    /// The amount (in MiB) of memory to present to the container. If the container attempts to
    /// exceed the memory specified here, the container is killed.
    #[shape(name = "memory")]
    pub memory: Option<i32>,
    /// The soft limit (in MiB) of memory to reserve for the container.
    #[shape(name = "memoryReservation")]
    pub memory_reservation: Option<i32>,
    /// The private repository authentication credentials to use.
    #[shape(name = "repositoryCredentials")]
    pub repository_credentials: Option<RepositoryCredentials>,
    /// The container health check command and associated configuration parameters for the
    /// container.
    #[shape(name = "healthCheck")]
    pub health_check: Option<HealthCheck>,
    /// The number of `cpu` units reserved for the container.
    #[shape(name = "cpu")]
    pub cpu: Option<i32>,
    /// If the `essential` parameter of a container is marked as `true`, and that container fails or
    /// stops for any reason, all other containers that are part of the task are stopped.
    #[shape(name = "essential")]
    pub essential: Option<bool>,
    /// The entry point that's passed to the container.
    #[shape(name = "entryPoint")]
    pub entry_point: Option<Vec<String>>,
    /// The command that's passed to the container.
    #[shape(name = "command")]
    pub command: Option<Vec<String>>,
    /// The working directory to run commands inside the container in.
    #[shape(name = "workingDirectory")]
    pub working_directory: Option<String>,
    /// A list of files containing the environment variables to pass to a container.
    #[shape(name = "environmentFiles")]
    pub environment_files: Option<Vec<EnvironmentFile>>,
    /// The environment variables to pass to a container.
    #[shape(name = "environment")]
    pub environment: Option<Vec<KeyValuePair>>,
    /// The secrets to pass to the container.
    #[shape(name = "secrets")]
    pub secrets: Option<Vec<Secret>>,
    /// When this parameter is true, the container is given read-only access to its root file
    /// system.
    #[shape(name = "readonlyRootFilesystem")]
    pub readonly_root_filesystem: Option<bool>,
    /// The mount points for data volumes in your container.
    #[shape(name = "mountPoints")]
    pub mount_points: Option<Vec<MountPoint>>,
    /// The log configuration specification for the container.
    #[shape(name = "logConfiguration")]
    pub log_configuration: Option<LogConfiguration>,
    /// The FireLens configuration for the container. This is used to specify and configure a log
    /// router for container logs.
    #[shape(name = "firelensConfiguration")]
    pub firelens_configuration: Option<FirelensConfiguration>,
    /// When this parameter is true, the container is given elevated privileges on the host
    /// container instance (similar to the `root` user).
    #[shape(name = "privileged")]
    pub privileged: Option<bool>,
    /// The user to use inside the container.
    #[shape(name = "user")]
    pub user: Option<String>,
    /// A list of `ulimits` to set in the container.
    #[shape(name = "ulimits")]
    pub ulimits: Option<Vec<Ulimit>>,
    /// Linux-specific modifications that are applied to the container configuration, such as Linux
    /// kernel capabilities.
    #[shape(name = "linuxParameters")]
    pub linux_parameters: Option<DaemonLinuxParameters>,
    /// The dependencies defined for container startup and shutdown. A container can contain
    /// multiple dependencies on other containers in a task definition.
    #[shape(name = "dependsOn")]
    pub depends_on: Option<Vec<ContainerDependency>>,
    /// Time duration (in seconds) to wait before giving up on resolving dependencies for a
    /// container.
    #[shape(name = "startTimeout")]
    pub start_timeout: Option<i32>,
    /// Time duration (in seconds) to wait before the container is forcefully killed if it doesn't
    /// exit normally on its own.
    #[shape(name = "stopTimeout")]
    pub stop_timeout: Option<i32>,
    /// A list of namespaced kernel parameters to set in the container.
    #[shape(name = "systemControls")]
    pub system_controls: Option<Vec<SystemControl>>,
    /// When this parameter is `true`, you can deploy containerized applications that require
    /// `stdin` or a `tty` to be allocated.
    #[shape(name = "interactive")]
    pub interactive: Option<bool>,
    /// When this parameter is `true`, a TTY is allocated.
    #[shape(name = "pseudoTerminal")]
    pub pseudo_terminal: Option<bool>,
    /// The restart policy for the container. When you set up a restart policy, Amazon ECS can
    /// restart the container without needing to replace the task.
    #[shape(name = "restartPolicy")]
    pub restart_policy: Option<ContainerRestartPolicy>,
}

impl ::std::fmt::Debug for DaemonContainerDefinition {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("DaemonContainerDefinition")
            .field("name", &self.name)
            .field("image", &self.image)
            .field("memory", &self.memory)
            .field("memory_reservation", &self.memory_reservation)
            .field(
                "repository_credentials",
                &self
                    .repository_credentials
                    .as_ref()
                    .map(|_| "** redacted **"),
            )
            .field("health_check", &self.health_check)
            .field("cpu", &self.cpu)
            .field("essential", &self.essential)
            .field("entry_point", &self.entry_point)
            .field("command", &self.command)
            .field("working_directory", &self.working_directory)
            .field("environment_files", &self.environment_files)
            .field(
                "environment",
                &self.environment.as_ref().map(|_| "** redacted **"),
            )
            .field("secrets", &self.secrets)
            .field("readonly_root_filesystem", &self.readonly_root_filesystem)
            .field("mount_points", &self.mount_points)
            .field("log_configuration", &self.log_configuration)
            .field("firelens_configuration", &self.firelens_configuration)
            .field("privileged", &self.privileged)
            .field("user", &self.user)
            .field("ulimits", &self.ulimits)
            .field("linux_parameters", &self.linux_parameters)
            .field("depends_on", &self.depends_on)
            .field("start_timeout", &self.start_timeout)
            .field("stop_timeout", &self.stop_timeout)
            .field("system_controls", &self.system_controls)
            .field("interactive", &self.interactive)
            .field("pseudo_terminal", &self.pseudo_terminal)
            .field("restart_policy", &self.restart_policy)
            .finish()
    }
}

/// The details about the container image a daemon revision uses.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonContainerImage {
    /// The name of the container.
    #[shape(name = "containerName")]
    pub container_name: Option<String>,
    /// The container image digest.
    #[shape(name = "imageDigest")]
    pub image_digest: Option<String>,
    /// The container image.
    #[shape(name = "image")]
    pub image: Option<String>,
}

/// Information about a daemon deployment. A daemon deployment orchestrates the progressive rollout
/// of daemon task updates across container instances.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonDeployment {
    /// The Amazon Resource Name (ARN) of the daemon deployment.
    #[shape(name = "daemonDeploymentArn")]
    pub daemon_deployment_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the cluster that hosts the daemon.
    #[shape(name = "clusterArn")]
    pub cluster_arn: Option<String>,
    /// The status of the daemon deployment.
    #[shape(name = "status")]
    pub status: Option<DaemonDeploymentStatus>,
    /// Information about why the daemon deployment is in the current status.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
    /// The daemon revision being deployed.
    #[shape(name = "targetDaemonRevision")]
    pub target_daemon_revision: Option<DaemonDeploymentRevisionDetail>,
    /// The currently deployed daemon revisions that are being replaced.
    #[shape(name = "sourceDaemonRevisions")]
    pub source_daemon_revisions: Option<Vec<DaemonDeploymentRevisionDetail>>,
    /// The circuit breaker configuration that determines when a daemon deployment has failed.
    #[shape(name = "circuitBreaker")]
    pub circuit_breaker: Option<DaemonCircuitBreaker>,
    /// The CloudWatch alarms that determine when a daemon deployment fails.
    #[shape(name = "alarms")]
    pub alarms: Option<DaemonDeploymentAlarms>,
    /// The rollback options for the daemon deployment.
    #[shape(name = "rollback")]
    pub rollback: Option<DaemonRollback>,
    /// The deployment configuration used for this daemon deployment.
    #[shape(name = "deploymentConfiguration")]
    pub deployment_configuration: Option<DaemonDeploymentConfiguration>,
    /// The time the daemon deployment was created. The format is yyyy-MM-dd HH:mm:ss.SSSSSS.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The time the daemon deployment started. The format is yyyy-MM-dd HH:mm:ss.SSSSSS.
    #[shape(name = "startedAt")]
    pub started_at: Option<DateTime>,
    /// The time the daemon deployment stopped. The format is yyyy-MM-dd HH:mm:ss.SSSSSS.
    #[shape(name = "stoppedAt")]
    pub stopped_at: Option<DateTime>,
    /// The time the daemon deployment finished. The format is yyyy-MM-dd HH:mm:ss.SSSSSS.
    #[shape(name = "finishedAt")]
    pub finished_at: Option<DateTime>,
}

/// The CloudWatch alarms used to determine a daemon deployment failed.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonDeploymentAlarms {
    /// The status of the alarms check. Amazon ECS is not using alarms for daemon deployment
    /// failures when the status is `DISABLED`.
    #[shape(name = "status")]
    pub status: Option<DaemonDeploymentRollbackMonitorsStatus>,
    /// The name of the CloudWatch alarms that determine when a daemon deployment failed.
    #[shape(name = "alarmNames")]
    pub alarm_names: Option<Vec<String>>,
    /// One or more CloudWatch alarm names that have been triggered during the daemon deployment.
    #[shape(name = "triggeredAlarmNames")]
    pub triggered_alarm_names: Option<Vec<String>>,
}

/// Information about a capacity provider during a daemon deployment.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonDeploymentCapacityProvider {
    /// The Amazon Resource Name (ARN) of the capacity provider.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The number of instances running daemon tasks on this capacity provider.
    #[shape(name = "runningInstanceCount")]
    pub running_instance_count: Option<i32>,
    /// The number of instances being drained on this capacity provider during the deployment.
    #[shape(name = "drainingInstanceCount")]
    pub draining_instance_count: Option<i32>,
}

/// Optional deployment parameters that control how a daemon rolls out updates across container
/// instances.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonDeploymentConfiguration {
    /// The percentage of container instances to drain simultaneously during a daemon deployment.
    /// Valid values are between 0.0 and 100.0.
    #[shape(name = "drainPercent")]
    pub drain_percent: Option<f64>,
    /// The CloudWatch alarm configuration for the daemon deployment. When alarms are triggered
    /// during a deployment, the deployment can be automatically rolled back.
    #[shape(name = "alarms")]
    pub alarms: Option<DaemonAlarmConfiguration>,
    /// The amount of time (in minutes) to wait after a successful deployment step before
    /// proceeding. This allows time to monitor for issues before continuing. The default value is
    /// 0.
    #[shape(name = "bakeTimeInMinutes")]
    pub bake_time_in_minutes: Option<i32>,
}

/// Details about a daemon revision during a deployment, including running and draining instance
/// counts per capacity provider.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonDeploymentRevisionDetail {
    /// The Amazon Resource Name (ARN) of the daemon revision.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The capacity providers associated with this daemon revision during the deployment.
    #[shape(name = "capacityProviders")]
    pub capacity_providers: Option<Vec<DaemonDeploymentCapacityProvider>>,
    /// The total number of instances running daemon tasks for this revision.
    #[shape(name = "totalRunningInstanceCount")]
    pub total_running_instance_count: Option<i32>,
    /// The total number of instances being drained for this revision during the deployment.
    #[shape(name = "totalDrainingInstanceCount")]
    pub total_draining_instance_count: Option<i32>,
}

/// The model's `DaemonDeploymentRollbackMonitorsStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DaemonDeploymentRollbackMonitorsStatus {
    /// `TRIGGERED`
    #[default]
    #[shape(name = "TRIGGERED")]
    Triggered,
    /// `MONITORING`
    #[shape(name = "MONITORING")]
    Monitoring,
    /// `MONITORING_COMPLETE`
    #[shape(name = "MONITORING_COMPLETE")]
    MonitoringComplete,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `DaemonDeploymentStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DaemonDeploymentStatus {
    /// `PENDING`
    #[default]
    #[shape(name = "PENDING")]
    Pending,
    /// `SUCCESSFUL`
    #[shape(name = "SUCCESSFUL")]
    Successful,
    /// `STOPPED`
    #[shape(name = "STOPPED")]
    Stopped,
    /// `STOP_REQUESTED`
    #[shape(name = "STOP_REQUESTED")]
    StopRequested,
    /// `IN_PROGRESS`
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `ROLLBACK_IN_PROGRESS`
    #[shape(name = "ROLLBACK_IN_PROGRESS")]
    RollbackInProgress,
    /// `ROLLBACK_SUCCESSFUL`
    #[shape(name = "ROLLBACK_SUCCESSFUL")]
    RollbackSuccessful,
    /// `ROLLBACK_FAILED`
    #[shape(name = "ROLLBACK_FAILED")]
    RollbackFailed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A summary of a daemon deployment.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonDeploymentSummary {
    /// The Amazon Resource Name (ARN) of the daemon deployment.
    #[shape(name = "daemonDeploymentArn")]
    pub daemon_deployment_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the daemon.
    #[shape(name = "daemonArn")]
    pub daemon_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the cluster that hosts the daemon.
    #[shape(name = "clusterArn")]
    pub cluster_arn: Option<String>,
    /// The status of the daemon deployment.
    #[shape(name = "status")]
    pub status: Option<DaemonDeploymentStatus>,
    /// Information about why the daemon deployment is in the current status.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
    /// The ARN of the daemon revision being deployed.
    #[shape(name = "targetDaemonRevisionArn")]
    pub target_daemon_revision_arn: Option<String>,
    /// The time the daemon deployment was created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The time the daemon deployment started.
    #[shape(name = "startedAt")]
    pub started_at: Option<DateTime>,
    /// The time the daemon deployment stopped.
    #[shape(name = "stoppedAt")]
    pub stopped_at: Option<DateTime>,
    /// The time the daemon deployment finished.
    #[shape(name = "finishedAt")]
    pub finished_at: Option<DateTime>,
}

/// The detailed information about a daemon.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonDetail {
    /// The Amazon Resource Name (ARN) of the daemon.
    #[shape(name = "daemonArn")]
    pub daemon_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the cluster that the daemon is running in.
    #[shape(name = "clusterArn")]
    pub cluster_arn: Option<String>,
    /// The status of the daemon.
    #[shape(name = "status")]
    pub status: Option<DaemonStatus>,
    /// The current daemon revision details, including the running task counts per capacity
    /// provider.
    #[shape(name = "currentRevisions")]
    pub current_revisions: Option<Vec<DaemonRevisionDetail>>,
    /// The Amazon Resource Name (ARN) of the most recent daemon deployment.
    #[shape(name = "deploymentArn")]
    pub deployment_arn: Option<String>,
    /// The Unix timestamp for the time when the daemon was created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The Unix timestamp for the time when the daemon was last updated.
    #[shape(name = "updatedAt")]
    pub updated_at: Option<DateTime>,
}

/// The Linux-specific options that are applied to the daemon container, such as Linux kernel
/// capabilities.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonLinuxParameters {
    /// The Linux capabilities for the container that are added to or dropped from the default
    /// configuration provided by Docker.
    #[shape(name = "capabilities")]
    pub capabilities: Option<KernelCapabilities>,
    /// Any host devices to expose to the container.
    #[shape(name = "devices")]
    pub devices: Option<Vec<Device>>,
    /// Run an `init` process inside the container that forwards signals and reaps processes.
    #[shape(name = "initProcessEnabled")]
    pub init_process_enabled: Option<bool>,
    /// The container path, mount options, and size (in MiB) of the tmpfs mount.
    #[shape(name = "tmpfs")]
    pub tmpfs: Option<Vec<Tmpfs>>,
}

/// The model's `DaemonPropagateTags`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DaemonPropagateTags {
    /// `DAEMON`
    #[default]
    #[shape(name = "DAEMON")]
    Daemon,
    /// `NONE`
    #[shape(name = "NONE")]
    None,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about a daemon revision. A daemon revision is a snapshot of the daemon's
/// configuration at the time a deployment was initiated.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonRevision {
    /// The Amazon Resource Name (ARN) of the daemon revision.
    #[shape(name = "daemonRevisionArn")]
    pub daemon_revision_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the cluster that hosts the daemon.
    #[shape(name = "clusterArn")]
    pub cluster_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the daemon for this revision.
    #[shape(name = "daemonArn")]
    pub daemon_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the daemon task definition used by this revision.
    #[shape(name = "daemonTaskDefinitionArn")]
    pub daemon_task_definition_arn: Option<String>,
    /// The Unix timestamp for the time when the daemon revision was created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The container images used by the daemon revision.
    #[shape(name = "containerImages")]
    pub container_images: Option<Vec<DaemonContainerImage>>,
    /// Specifies whether tags are propagated from the daemon to the daemon tasks.
    #[shape(name = "propagateTags")]
    pub propagate_tags: Option<DaemonPropagateTags>,
    /// Specifies whether Amazon ECS managed tags are turned on for the daemon tasks.
    #[shape(name = "enableECSManagedTags")]
    pub enable_ecs_managed_tags: Option<bool>,
    /// Specifies whether the execute command functionality is turned on for the daemon tasks.
    #[shape(name = "enableExecuteCommand")]
    pub enable_execute_command: Option<bool>,
}

/// Details about a daemon revision, including the running task counts per capacity provider.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonRevisionDetail {
    /// The Amazon Resource Name (ARN) of the daemon revision.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The capacity providers associated with this daemon revision.
    #[shape(name = "capacityProviders")]
    pub capacity_providers: Option<Vec<DaemonCapacityProvider>>,
    /// The total number of daemon tasks running for this revision.
    #[shape(name = "totalRunningCount")]
    pub total_running_count: Option<i32>,
}

/// Information about a daemon deployment rollback.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonRollback {
    /// The reason the rollback happened. For example, the circuit breaker initiated the rollback
    /// operation.
    #[shape(name = "reason")]
    pub reason: Option<String>,
    /// The time that the rollback started. The format is yyyy-MM-dd HH:mm:ss.SSSSSS.
    #[shape(name = "startedAt")]
    pub started_at: Option<DateTime>,
    /// The ARN of the daemon revision deployed as part of the rollback.
    #[shape(name = "rollbackTargetDaemonRevisionArn")]
    pub rollback_target_daemon_revision_arn: Option<String>,
    /// The capacity providers involved in the rollback.
    #[shape(name = "rollbackCapacityProviders")]
    pub rollback_capacity_providers: Option<Vec<String>>,
}

/// The model's `DaemonStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DaemonStatus {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `DELETE_IN_PROGRESS`
    #[shape(name = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A summary of a daemon.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonSummary {
    /// The Amazon Resource Name (ARN) of the daemon.
    #[shape(name = "daemonArn")]
    pub daemon_arn: Option<String>,
    /// The status of the daemon.
    #[shape(name = "status")]
    pub status: Option<DaemonStatus>,
    /// The Unix timestamp for the time when the daemon was created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The Unix timestamp for the time when the daemon was last updated.
    #[shape(name = "updatedAt")]
    pub updated_at: Option<DateTime>,
}

/// The details of a daemon task definition. A daemon task definition is a template that describes
/// the containers that form a daemon. Daemons deploy cross-cutting software agents independently
/// across your Amazon ECS infrastructure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonTaskDefinition {
    /// The full Amazon Resource Name (ARN) of the daemon task definition.
    #[shape(name = "daemonTaskDefinitionArn")]
    pub daemon_task_definition_arn: Option<String>,
    /// The name of a family that this daemon task definition is registered to.
    #[shape(name = "family")]
    pub family: Option<String>,
    /// The revision of the daemon task in a particular family. The revision is a version number of
    /// a daemon task definition in a family. When you register a daemon task definition for the
    /// first time, the revision is `1`. Each time that you register a new revision of a daemon task
    /// definition in the same family, the revision value always increases by one.
    #[shape(name = "revision")]
    pub revision: Option<i32>,
    /// The short name or full Amazon Resource Name (ARN) of the IAM role that grants containers in
    /// the daemon task permission to call Amazon Web Services APIs on your behalf.
    #[shape(name = "taskRoleArn")]
    pub task_role_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS
    /// container agent permission to make Amazon Web Services API calls on your behalf.
    #[shape(name = "executionRoleArn")]
    pub execution_role_arn: Option<String>,
    /// A list of container definitions in JSON format that describe the containers that make up the
    /// daemon task.
    #[shape(name = "containerDefinitions")]
    pub container_definitions: Option<Vec<DaemonContainerDefinition>>,
    /// The list of data volume definitions for the daemon task.
    #[shape(name = "volumes")]
    pub volumes: Option<Vec<DaemonVolume>>,
    /// The number of CPU units used by the daemon task.
    #[shape(name = "cpu")]
    pub cpu: Option<String>,
    /// The amount of memory (in MiB) used by the daemon task.
    #[shape(name = "memory")]
    pub memory: Option<String>,
    /// The status of the daemon task definition. The valid values are `ACTIVE`,
    /// `DELETE_IN_PROGRESS`, and `DELETED`.
    #[shape(name = "status")]
    pub status: Option<DaemonTaskDefinitionStatus>,
    /// The Unix timestamp for the time when the daemon task definition was registered.
    #[shape(name = "registeredAt")]
    pub registered_at: Option<DateTime>,
    /// The Unix timestamp for the time when the daemon task definition delete was requested.
    #[shape(name = "deleteRequestedAt")]
    pub delete_requested_at: Option<DateTime>,
    /// The principal that registered the daemon task definition.
    #[shape(name = "registeredBy")]
    pub registered_by: Option<String>,
}

/// The model's `DaemonTaskDefinitionRevisionFilter`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DaemonTaskDefinitionRevisionFilter {
    /// `LAST_REGISTERED`
    #[default]
    #[shape(name = "LAST_REGISTERED")]
    LastRegistered,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `DaemonTaskDefinitionStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DaemonTaskDefinitionStatus {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `DELETE_IN_PROGRESS`
    #[shape(name = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    /// `DELETED`
    #[shape(name = "DELETED")]
    Deleted,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `DaemonTaskDefinitionStatusFilter`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DaemonTaskDefinitionStatusFilter {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `DELETE_IN_PROGRESS`
    #[shape(name = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    /// `ALL`
    #[shape(name = "ALL")]
    All,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A summary of a daemon task definition.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonTaskDefinitionSummary {
    /// The Amazon Resource Name (ARN) of the daemon task definition.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The Unix timestamp for the time when the daemon task definition was registered.
    #[shape(name = "registeredAt")]
    pub registered_at: Option<DateTime>,
    /// The principal that registered the daemon task definition.
    #[shape(name = "registeredBy")]
    pub registered_by: Option<String>,
    /// The Unix timestamp for the time when the daemon task definition delete was requested.
    #[shape(name = "deleteRequestedAt")]
    pub delete_requested_at: Option<DateTime>,
    /// The status of the daemon task definition.
    #[shape(name = "status")]
    pub status: Option<DaemonTaskDefinitionStatus>,
}

/// A data volume definition for a daemon task.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DaemonVolume {
    /// The name of the volume. Up to 255 letters (uppercase and lowercase), numbers, underscores,
    /// and hyphens are allowed.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The contents of the `host` parameter determine whether your bind mount host volume persists
    /// on the host container instance and where it's stored.
    #[shape(name = "host")]
    pub host: Option<HostVolumeProperties>,
}

/// The input of `DeleteAccountSetting`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteAccountSettingRequest {
    /// The resource name to disable the account setting for. If `serviceLongArnFormat` is
    /// specified, the ARN for your Amazon ECS services is affected. If `taskLongArnFormat` is
    /// specified, the ARN and resource ID for your Amazon ECS tasks is affected. If
    /// `containerInstanceLongArnFormat` is specified, the ARN and resource ID for your Amazon ECS
    /// container instances is affected. If `awsvpcTrunking` is specified, the ENI limit for your
    /// Amazon ECS container instances is affected.
    #[shape(name = "name")]
    pub name: SettingName,
    /// The Amazon Resource Name (ARN) of the principal. It can be a user, role, or the root user.
    /// If you specify the root user, it disables the account setting for all users, roles, and the
    /// root user of the account unless a user or role explicitly overrides these settings. If this
    /// field is omitted, the setting is changed only for the authenticated user.
    #[shape(name = "principalArn")]
    pub principal_arn: Option<String>,
}

/// The output of `DeleteAccountSetting`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteAccountSettingResponse {
    /// The account setting for the specified principal ARN.
    #[shape(name = "setting")]
    pub setting: Option<Setting>,
}

/// The input of `DeleteAttributes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteAttributesRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that contains the resource
    /// to delete attributes. If you do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The attributes to delete from your resource. You can specify up to 10 attributes for each
    /// request. For custom attributes, specify the attribute name and target ID, but don't specify
    /// the value. If you specify the target ID using the short form, you must also specify the
    /// target type.
    #[shape(name = "attributes")]
    pub attributes: Vec<Attribute>,
}

/// The output of `DeleteAttributes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteAttributesResponse {
    /// A list of attribute objects that were successfully deleted from your resource.
    #[shape(name = "attributes")]
    pub attributes: Option<Vec<Attribute>>,
}

/// The input of `DeleteCapacityProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteCapacityProviderRequest {
    /// The short name or full Amazon Resource Name (ARN) of the capacity provider to delete.
    #[shape(name = "capacityProvider")]
    pub capacity_provider: String,
    /// The name of the cluster that contains the capacity provider to delete. Managed instances
    /// capacity providers are cluster-scoped and can only be deleted from their associated cluster.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
}

/// The output of `DeleteCapacityProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteCapacityProviderResponse {
    /// The details of the capacity provider.
    #[shape(name = "capacityProvider")]
    pub capacity_provider: Option<CapacityProvider>,
}

/// The input of `DeleteCluster`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteClusterRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster to delete.
    #[shape(name = "cluster")]
    pub cluster: String,
}

/// The output of `DeleteCluster`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteClusterResponse {
    /// The full description of the deleted cluster.
    #[shape(name = "cluster")]
    pub cluster: Option<Cluster>,
}

/// The input of `DeleteDaemon`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteDaemonRequest {
    /// The Amazon Resource Name (ARN) of the daemon to delete.
    #[shape(name = "daemonArn")]
    pub daemon_arn: String,
}

/// The output of `DeleteDaemon`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteDaemonResponse {
    /// The Amazon Resource Name (ARN) of the daemon.
    #[shape(name = "daemonArn")]
    pub daemon_arn: Option<String>,
    /// The status of the daemon. After you call `DeleteDaemon`, the status changes to
    /// `DELETE_IN_PROGRESS`.
    #[shape(name = "status")]
    pub status: Option<DaemonStatus>,
    /// The Unix timestamp for the time when the daemon was created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The Unix timestamp for the time when the daemon was last updated.
    #[shape(name = "updatedAt")]
    pub updated_at: Option<DateTime>,
    /// The Amazon Resource Name (ARN) of the daemon deployment that was triggered by the delete
    /// operation. This deployment drains existing daemon tasks from the container instances.
    #[shape(name = "deploymentArn")]
    pub deployment_arn: Option<String>,
}

/// The input of `DeleteDaemonTaskDefinition`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteDaemonTaskDefinitionRequest {
    /// The `family` and `revision` (`family:revision`) or full Amazon Resource Name (ARN) of the
    /// daemon task definition to delete.
    #[shape(name = "daemonTaskDefinition")]
    pub daemon_task_definition: String,
}

/// The output of `DeleteDaemonTaskDefinition`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteDaemonTaskDefinitionResponse {
    /// The full Amazon Resource Name (ARN) of the deleted daemon task definition.
    #[shape(name = "daemonTaskDefinitionArn")]
    pub daemon_task_definition_arn: Option<String>,
}

/// The input of `DeleteExpressGatewayService`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteExpressGatewayServiceRequest {
    /// The Amazon Resource Name (ARN) of the Express service to delete. The ARN uniquely identifies
    /// the service within your Amazon Web Services account and region.
    #[shape(name = "serviceArn")]
    pub service_arn: String,
}

/// The output of `DeleteExpressGatewayService`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteExpressGatewayServiceResponse {
    /// The full description of the deleted express service.
    #[shape(name = "service")]
    pub service: Option<ECSExpressGatewayService>,
}

/// The input of `DeleteService`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteServiceRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service to
    /// delete. If you do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The name of the service to delete.
    #[shape(name = "service")]
    pub service: String,
    /// If `true`, allows you to delete a service even if it wasn't scaled down to zero tasks. It's
    /// only necessary to use this if the service uses the `REPLICA` scheduling strategy.
    #[shape(name = "force")]
    pub force: Option<bool>,
}

/// The output of `DeleteService`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteServiceResponse {
    /// The full description of the deleted service.
    #[shape(name = "service")]
    pub service: Option<Service>,
}

/// The input of `DeleteTaskDefinitions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteTaskDefinitionsRequest {
    /// The `family` and `revision` (`family:revision`) or full Amazon Resource Name (ARN) of the
    /// task definition to delete. You must specify a `revision`.
    #[shape(name = "taskDefinitions")]
    pub task_definitions: Vec<String>,
}

/// The output of `DeleteTaskDefinitions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteTaskDefinitionsResponse {
    /// The list of deleted task definitions.
    #[shape(name = "taskDefinitions")]
    pub task_definitions: Option<Vec<TaskDefinition>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<Failure>>,
}

/// The input of `DeleteTaskSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteTaskSetRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that
    /// the task set found in to delete.
    #[shape(name = "cluster")]
    pub cluster: String,
    /// The short name or full Amazon Resource Name (ARN) of the service that hosts the task set to
    /// delete.
    #[shape(name = "service")]
    pub service: String,
    /// The task set ID or full Amazon Resource Name (ARN) of the task set to delete.
    #[shape(name = "taskSet")]
    pub task_set: String,
    /// If `true`, you can delete a task set even if it hasn't been scaled down to zero.
    #[shape(name = "force")]
    pub force: Option<bool>,
}

/// The output of `DeleteTaskSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteTaskSetResponse {
    /// Details about the task set.
    #[shape(name = "taskSet")]
    pub task_set: Option<TaskSet>,
}

/// The details of an Amazon ECS service deployment. This is used only when a service uses the `ECS`
/// deployment controller type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Deployment {
    /// The ID of the deployment.
    #[shape(name = "id")]
    pub id: Option<String>,
    /// The status of the deployment. The following describes each state.
    #[shape(name = "status")]
    pub status: Option<String>,
    /// The most recent task definition that was specified for the tasks in the service to use.
    #[shape(name = "taskDefinition")]
    pub task_definition: Option<String>,
    /// The most recent desired count of tasks that was specified for the service to deploy or
    /// maintain.
    #[shape(name = "desiredCount")]
    pub desired_count: Option<i32>,
    /// The number of tasks in the deployment that are in the `PENDING` status.
    #[shape(name = "pendingCount")]
    pub pending_count: Option<i32>,
    /// The number of tasks in the deployment that are in the `RUNNING` status.
    #[shape(name = "runningCount")]
    pub running_count: Option<i32>,
    /// The number of consecutively failed tasks in the deployment. A task is considered a failure
    /// if the service scheduler can't launch the task, the task doesn't transition to a `RUNNING`
    /// state, or if it fails any of its defined health checks and is stopped.
    #[shape(name = "failedTasks")]
    pub failed_tasks: Option<i32>,
    /// The Unix timestamp for the time when the service deployment was created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The Unix timestamp for the time when the service deployment was last updated.
    #[shape(name = "updatedAt")]
    pub updated_at: Option<DateTime>,
    /// The capacity provider strategy that the deployment is using.
    #[shape(name = "capacityProviderStrategy")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// The launch type the tasks in the service are using. For more information, see [Amazon ECS
    /// Launch Types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "launchType")]
    pub launch_type: Option<LaunchType>,
    /// The platform version that your tasks in the service run on. A platform version is only
    /// specified for tasks using the Fargate launch type. If one isn't specified, the `LATEST`
    /// platform version is used. For more information, see [Fargate Platform
    /// Versions](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "platformVersion")]
    pub platform_version: Option<String>,
    /// The operating system that your tasks in the service, or tasks are running on. A platform
    /// family is specified only for tasks using the Fargate launch type.
    #[shape(name = "platformFamily")]
    pub platform_family: Option<String>,
    /// The VPC subnet and security group configuration for tasks that receive their own elastic
    /// network interface by using the `awsvpc` networking mode.
    #[shape(name = "networkConfiguration")]
    pub network_configuration: Option<NetworkConfiguration>,
    /// The `rolloutState` of a service is only returned for services that use the rolling update
    /// (`ECS`) deployment type that aren't behind a Classic Load Balancer.
    #[shape(name = "rolloutState")]
    pub rollout_state: Option<DeploymentRolloutState>,
    /// A description of the rollout state of a deployment.
    #[shape(name = "rolloutStateReason")]
    pub rollout_state_reason: Option<String>,
    /// The details of the Service Connect configuration that's used by this deployment. Compare the
    /// configuration between multiple deployments when troubleshooting issues with new deployments.
    #[shape(name = "serviceConnectConfiguration")]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    /// The list of Service Connect resources that are associated with this deployment. Each list
    /// entry maps a discovery name to a Cloud Map service name.
    #[shape(name = "serviceConnectResources")]
    pub service_connect_resources: Option<Vec<ServiceConnectServiceResource>>,
    /// The details of the volume that was `configuredAtLaunch`. You can configure different
    /// settings like the size, throughput, volumeType, and ecryption in
    /// [ServiceManagedEBSVolumeConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceManagedEBSVolumeConfiguration.html).
    /// The `name` of the volume must match the `name` from the task definition.
    #[shape(name = "volumeConfigurations")]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    /// The Fargate ephemeral storage settings for the deployment.
    #[shape(name = "fargateEphemeralStorage")]
    pub fargate_ephemeral_storage: Option<DeploymentEphemeralStorage>,
    /// The VPC Lattice configuration for the service deployment.
    #[shape(name = "vpcLatticeConfigurations")]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
}

/// One of the methods which provide a way for you to quickly identify when a deployment has failed,
/// and then to optionally roll back the failure to the last working deployment.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeploymentAlarms {
    /// One or more CloudWatch alarm names. Use a "," to separate the alarms.
    #[shape(name = "alarmNames")]
    pub alarm_names: Vec<String>,
    /// Determines whether to configure Amazon ECS to roll back the service if a service deployment
    /// fails. If rollback is used, when a service deployment fails, the service is rolled back to
    /// the last deployment that completed successfully.
    #[shape(name = "rollback")]
    pub rollback: bool,
    /// Determines whether to use the CloudWatch alarm option in the service deployment process.
    #[shape(name = "enable")]
    pub enable: bool,
}

/// The deployment circuit breaker can only be used for services using the rolling update (`ECS`)
/// deployment type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeploymentCircuitBreaker {
    /// Determines whether to use the deployment circuit breaker logic for the service.
    #[shape(name = "enable")]
    pub enable: bool,
    /// Determines whether to configure Amazon ECS to roll back the service if a service deployment
    /// fails. If rollback is on, when a service deployment fails, the service is rolled back to the
    /// last deployment that completed successfully.
    #[shape(name = "rollback")]
    pub rollback: bool,
}

/// Optional deployment parameters that control how many tasks run during a deployment and the
/// ordering of stopping and starting tasks.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeploymentConfiguration {
    /// The deployment circuit breaker can only be used for services using the rolling update
    /// (`ECS`) deployment type.
    #[shape(name = "deploymentCircuitBreaker")]
    pub deployment_circuit_breaker: Option<DeploymentCircuitBreaker>,
    /// If a service is using the rolling update (`ECS`) deployment type, the `maximumPercent`
    /// parameter represents an upper limit on the number of your service's tasks that are allowed
    /// in the `RUNNING` or `PENDING` state during a deployment, as a percentage of the
    /// `desiredCount` (rounded down to the nearest integer). This parameter enables you to define
    /// the deployment batch size. For example, if your service is using the `REPLICA` service
    /// scheduler and has a `desiredCount` of four tasks and a `maximumPercent` value of 200%, the
    /// scheduler may start four new tasks before stopping the four older tasks (provided that the
    /// cluster resources required to do this are available). The default `maximumPercent` value for
    /// a service using the `REPLICA` service scheduler is 200%.
    #[shape(name = "maximumPercent")]
    pub maximum_percent: Option<i32>,
    /// If a service is using the rolling update (`ECS`) deployment type, the
    /// `minimumHealthyPercent` represents a lower limit on the number of your service's tasks that
    /// must remain in the `RUNNING` state during a deployment, as a percentage of the
    /// `desiredCount` (rounded up to the nearest integer). This parameter enables you to deploy
    /// without using additional cluster capacity. For example, if your service has a `desiredCount`
    /// of four tasks and a `minimumHealthyPercent` of 50%, the service scheduler may stop two
    /// existing tasks to free up cluster capacity before starting two new tasks.
    #[shape(name = "minimumHealthyPercent")]
    pub minimum_healthy_percent: Option<i32>,
    /// Information about the CloudWatch alarms.
    #[shape(name = "alarms")]
    pub alarms: Option<DeploymentAlarms>,
    /// The deployment strategy for the service. Choose from these valid values:
    #[shape(name = "strategy")]
    pub strategy: Option<DeploymentStrategy>,
    /// The time period when both blue and green service revisions are running simultaneously after
    /// the production traffic has shifted.
    #[shape(name = "bakeTimeInMinutes")]
    pub bake_time_in_minutes: Option<i32>,
    /// An array of deployment lifecycle hook objects to run custom logic at specific stages of the
    /// deployment lifecycle.
    #[shape(name = "lifecycleHooks")]
    pub lifecycle_hooks: Option<Vec<DeploymentLifecycleHook>>,
    /// Configuration for linear deployment strategy. Only valid when the deployment strategy is
    /// `LINEAR`. This configuration enables progressive traffic shifting in equal percentage
    /// increments with configurable bake times between each step.
    #[shape(name = "linearConfiguration")]
    pub linear_configuration: Option<LinearConfiguration>,
    /// Configuration for canary deployment strategy. Only valid when the deployment strategy is
    /// `CANARY`. This configuration enables shifting a fixed percentage of traffic for testing,
    /// followed by shifting the remaining traffic after a bake period.
    #[shape(name = "canaryConfiguration")]
    pub canary_configuration: Option<CanaryConfiguration>,
}

/// The deployment controller to use for the service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeploymentController {
    /// The deployment controller type to use.
    #[shape(name = "type")]
    pub r#type: DeploymentControllerType,
}

/// The model's `DeploymentControllerType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DeploymentControllerType {
    /// `ECS`
    #[default]
    #[shape(name = "ECS")]
    Ecs,
    /// `CODE_DEPLOY`
    #[shape(name = "CODE_DEPLOY")]
    CodeDeploy,
    /// `EXTERNAL`
    #[shape(name = "EXTERNAL")]
    External,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The amount of ephemeral storage to allocate for the deployment.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeploymentEphemeralStorage {
    /// Specify an Key Management Service key ID to encrypt the ephemeral storage for deployment.
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
}

/// A deployment lifecycle hook runs custom logic at specific stages of the deployment process.
/// Currently, you can use Lambda functions as hook targets.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeploymentLifecycleHook {
    /// The type of action the lifecycle hook performs. Valid values are:
    #[shape(name = "targetType")]
    pub target_type: Option<DeploymentLifecycleHookTargetType>,
    /// The Amazon Resource Name (ARN) of the hook target. Currently, only Lambda function ARNs are
    /// supported.
    #[shape(name = "hookTargetArn")]
    pub hook_target_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM role that grants Amazon ECS permission to call
    /// Lambda functions on your behalf.
    #[shape(name = "roleArn")]
    pub role_arn: Option<String>,
    /// The lifecycle stages at which to run the hook. Choose from these valid values:
    #[shape(name = "lifecycleStages")]
    pub lifecycle_stages: Option<Vec<DeploymentLifecycleHookStage>>,
    /// Use this field to specify custom parameters that Amazon ECS will pass to your hook target
    /// invocations (such as a Lambda function).
    #[shape(name = "hookDetails")]
    pub hook_details: Option<Document>,
    /// The timeout configuration for the lifecycle hook. This specifies how long Amazon ECS waits
    /// before taking the timeout action if the hook is not resolved.
    #[shape(name = "timeoutConfiguration")]
    pub timeout_configuration: Option<DeploymentLifecycleHookTimeoutConfiguration>,
}

/// The model's `DeploymentLifecycleHookAction`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DeploymentLifecycleHookAction {
    /// `ROLLBACK`
    #[default]
    #[shape(name = "ROLLBACK")]
    Rollback,
    /// `CONTINUE`
    #[shape(name = "CONTINUE")]
    Continue,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The details of a deployment lifecycle hook that is active during a service deployment.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeploymentLifecycleHookDetail {
    /// The ID of the lifecycle hook. Use this value when calling `ContinueServiceDeployment` to
    /// continue or roll back a paused deployment.
    #[shape(name = "hookId")]
    pub hook_id: Option<String>,
    /// The type of action the lifecycle hook performs, such as `AWS_LAMBDA` or `PAUSE`.
    #[shape(name = "targetType")]
    pub target_type: Option<DeploymentLifecycleHookTargetType>,
    /// The Amazon Resource Name (ARN) of the hook target. For `AWS_LAMBDA` hooks, this is the
    /// Lambda function ARN. For `PAUSE` hooks, this field is not set.
    #[shape(name = "targetArn")]
    pub target_arn: Option<String>,
    /// The status of the lifecycle hook. Valid values depend on the hook type:
    #[shape(name = "status")]
    pub status: Option<DeploymentLifecycleHookStatus>,
    /// The time when the lifecycle hook times out. If the hook has not been completed by this time,
    /// Amazon ECS takes the timeout action.
    #[shape(name = "expiresAt")]
    pub expires_at: Option<DateTime>,
    /// The action Amazon ECS takes when the lifecycle hook times out. Valid values are `CONTINUE`
    /// and `ROLLBACK`.
    #[shape(name = "timeoutAction")]
    pub timeout_action: Option<DeploymentLifecycleHookAction>,
}

/// The model's `DeploymentLifecycleHookStage`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DeploymentLifecycleHookStage {
    /// `RECONCILE_SERVICE`
    #[default]
    #[shape(name = "RECONCILE_SERVICE")]
    ReconcileService,
    /// `PRE_SCALE_UP`
    #[shape(name = "PRE_SCALE_UP")]
    PreScaleUp,
    /// `POST_SCALE_UP`
    #[shape(name = "POST_SCALE_UP")]
    PostScaleUp,
    /// `TEST_TRAFFIC_SHIFT`
    #[shape(name = "TEST_TRAFFIC_SHIFT")]
    TestTrafficShift,
    /// `POST_TEST_TRAFFIC_SHIFT`
    #[shape(name = "POST_TEST_TRAFFIC_SHIFT")]
    PostTestTrafficShift,
    /// `PRE_PRODUCTION_TRAFFIC_SHIFT`
    #[shape(name = "PRE_PRODUCTION_TRAFFIC_SHIFT")]
    PreProductionTrafficShift,
    /// `PRODUCTION_TRAFFIC_SHIFT`
    #[shape(name = "PRODUCTION_TRAFFIC_SHIFT")]
    ProductionTrafficShift,
    /// `POST_PRODUCTION_TRAFFIC_SHIFT`
    #[shape(name = "POST_PRODUCTION_TRAFFIC_SHIFT")]
    PostProductionTrafficShift,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `DeploymentLifecycleHookStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DeploymentLifecycleHookStatus {
    /// `AWAITING_ACTION`
    #[default]
    #[shape(name = "AWAITING_ACTION")]
    AwaitingAction,
    /// `IN_PROGRESS`
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `SUCCEEDED`
    #[shape(name = "SUCCEEDED")]
    Succeeded,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `TIMED_OUT`
    #[shape(name = "TIMED_OUT")]
    TimedOut,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `DeploymentLifecycleHookTargetType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DeploymentLifecycleHookTargetType {
    /// `AWS_LAMBDA`
    #[default]
    #[shape(name = "AWS_LAMBDA")]
    AwsLambda,
    /// `PAUSE`
    #[shape(name = "PAUSE")]
    Pause,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The timeout configuration for a deployment lifecycle hook. This determines how long Amazon ECS
/// waits for the hook to complete before taking the specified timeout action.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeploymentLifecycleHookTimeoutConfiguration {
    /// The number of minutes Amazon ECS waits for the lifecycle hook to complete before taking the
    /// timeout action.
    #[shape(name = "timeoutInMinutes")]
    pub timeout_in_minutes: Option<i32>,
    /// The action Amazon ECS takes when the lifecycle hook times out. Valid values are:
    #[shape(name = "action")]
    pub action: Option<DeploymentLifecycleHookAction>,
}

/// The model's `DeploymentRolloutState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DeploymentRolloutState {
    /// `COMPLETED`
    #[default]
    #[shape(name = "COMPLETED")]
    Completed,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `IN_PROGRESS`
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `DeploymentStrategy`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DeploymentStrategy {
    /// `ROLLING`
    #[default]
    #[shape(name = "ROLLING")]
    Rolling,
    /// `BLUE_GREEN`
    #[shape(name = "BLUE_GREEN")]
    BlueGreen,
    /// `LINEAR`
    #[shape(name = "LINEAR")]
    Linear,
    /// `CANARY`
    #[shape(name = "CANARY")]
    Canary,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `DeregisterContainerInstance`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeregisterContainerInstanceRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the container
    /// instance to deregister. If you do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The container instance ID or full ARN of the container instance to deregister. For more
    /// information about the ARN format, see [Amazon Resource Name
    /// (ARN)](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-account-settings.html#ecs-resource-ids)
    /// in the *Amazon ECS Developer Guide*.
    #[shape(name = "containerInstance")]
    pub container_instance: String,
    /// Forces the container instance to be deregistered. If you have tasks running on the container
    /// instance when you deregister it with the `force` option, these tasks remain running until
    /// you terminate the instance or the tasks stop through some other means, but they're orphaned
    /// (no longer monitored or accounted for by Amazon ECS). If an orphaned task on your container
    /// instance is part of an Amazon ECS service, then the service scheduler starts another copy of
    /// that task, on a different container instance if possible.
    #[shape(name = "force")]
    pub force: Option<bool>,
}

/// The output of `DeregisterContainerInstance`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeregisterContainerInstanceResponse {
    /// The container instance that was deregistered.
    #[shape(name = "containerInstance")]
    pub container_instance: Option<ContainerInstance>,
}

/// The input of `DeregisterTaskDefinition`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeregisterTaskDefinitionRequest {
    /// The `family` and `revision` (`family:revision`) or full Amazon Resource Name (ARN) of the
    /// task definition to deregister. You must specify a `revision`.
    #[shape(name = "taskDefinition")]
    pub task_definition: String,
}

/// The output of `DeregisterTaskDefinition`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeregisterTaskDefinitionResponse {
    /// The full description of the deregistered task.
    #[shape(name = "taskDefinition")]
    pub task_definition: Option<TaskDefinition>,
}

/// The input of `DescribeCapacityProviders`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeCapacityProvidersRequest {
    /// The short name or full Amazon Resource Name (ARN) of one or more capacity providers. Up to
    /// `100` capacity providers can be described in an action.
    #[shape(name = "capacityProviders")]
    pub capacity_providers: Option<Vec<String>>,
    /// The name of the cluster to describe capacity providers for. When specified, only capacity
    /// providers associated with this cluster are returned, including Amazon ECS Managed Instances
    /// capacity providers.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// Specifies whether or not you want to see the resource tags for the capacity provider. If
    /// `TAGS` is specified, the tags are included in the response. If this field is omitted, tags
    /// aren't included in the response.
    #[shape(name = "include")]
    pub include: Option<Vec<CapacityProviderField>>,
    /// The maximum number of account setting results returned by `DescribeCapacityProviders` in
    /// paginated output. When this parameter is used, `DescribeCapacityProviders` only returns
    /// `maxResults` results in a single page along with a `nextToken` response element. The
    /// remaining results of the initial request can be seen by sending another
    /// `DescribeCapacityProviders` request with the returned `nextToken` value. This value can be
    /// between 1 and 10. If this parameter is not used, then `DescribeCapacityProviders` returns up
    /// to 10 results and a `nextToken` value if applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// The `nextToken` value returned from a previous paginated `DescribeCapacityProviders` request
    /// where `maxResults` was used and the results exceeded the value of that parameter. Pagination
    /// continues from the end of the previous results that returned the `nextToken` value.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `DescribeCapacityProviders`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeCapacityProvidersResponse {
    /// The list of capacity providers.
    #[shape(name = "capacityProviders")]
    pub capacity_providers: Option<Vec<CapacityProvider>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<Failure>>,
    /// The `nextToken` value to include in a future `DescribeCapacityProviders` request. When the
    /// results of a `DescribeCapacityProviders` request exceed `maxResults`, this value can be used
    /// to retrieve the next page of results. This value is `null` when there are no more results to
    /// return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeClusters`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeClustersRequest {
    /// A list of up to 100 cluster names or full cluster Amazon Resource Name (ARN) entries. If you
    /// do not specify a cluster, the default cluster is assumed.
    #[shape(name = "clusters")]
    pub clusters: Option<Vec<String>>,
    /// Determines whether to include additional information about the clusters in the response. If
    /// this field is omitted, this information isn't included.
    #[shape(name = "include")]
    pub include: Option<Vec<ClusterField>>,
}

/// The output of `DescribeClusters`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeClustersResponse {
    /// The list of clusters.
    #[shape(name = "clusters")]
    pub clusters: Option<Vec<Cluster>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<Failure>>,
}

/// The input of `DescribeContainerInstances`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeContainerInstancesRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the container
    /// instances to describe. If you do not specify a cluster, the default cluster is assumed. This
    /// parameter is required if the container instance or container instances you are describing
    /// were launched in any cluster other than the default cluster.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// A list of up to 100 container instance IDs or full Amazon Resource Name (ARN) entries.
    #[shape(name = "containerInstances")]
    pub container_instances: Vec<String>,
    /// Specifies whether you want to see the resource tags for the container instance. If `TAGS` is
    /// specified, the tags are included in the response. If `CONTAINER_INSTANCE_HEALTH` is
    /// specified, the container instance health is included in the response. If this field is
    /// omitted, tags and container instance health status aren't included in the response.
    #[shape(name = "include")]
    pub include: Option<Vec<ContainerInstanceField>>,
}

/// The output of `DescribeContainerInstances`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeContainerInstancesResponse {
    /// The list of container instances.
    #[shape(name = "containerInstances")]
    pub container_instances: Option<Vec<ContainerInstance>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<Failure>>,
}

/// The input of `DescribeDaemonDeployments`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDaemonDeploymentsRequest {
    /// The ARN of the daemon deployments to describe. You can specify up to 20 ARNs.
    #[shape(name = "daemonDeploymentArns")]
    pub daemon_deployment_arns: Vec<String>,
}

/// The output of `DescribeDaemonDeployments`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDaemonDeploymentsResponse {
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<Failure>>,
    /// The list of daemon deployments.
    #[shape(name = "daemonDeployments")]
    pub daemon_deployments: Option<Vec<DaemonDeployment>>,
}

/// The input of `DescribeDaemon`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDaemonRequest {
    /// The Amazon Resource Name (ARN) of the daemon to describe.
    #[shape(name = "daemonArn")]
    pub daemon_arn: String,
}

/// The output of `DescribeDaemon`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDaemonResponse {
    /// The full description of the daemon, including the current revisions, deployment ARN,
    /// cluster, and status information.
    #[shape(name = "daemon")]
    pub daemon: Option<DaemonDetail>,
}

/// The input of `DescribeDaemonRevisions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDaemonRevisionsRequest {
    /// The ARN of the daemon revisions to describe. You can specify up to 20 ARNs.
    #[shape(name = "daemonRevisionArns")]
    pub daemon_revision_arns: Vec<String>,
}

/// The output of `DescribeDaemonRevisions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDaemonRevisionsResponse {
    /// The list of daemon revisions.
    #[shape(name = "daemonRevisions")]
    pub daemon_revisions: Option<Vec<DaemonRevision>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<Failure>>,
}

/// The input of `DescribeDaemonTaskDefinition`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDaemonTaskDefinitionRequest {
    /// The `family` for the latest `ACTIVE` revision, `family` and `revision` (`family:revision`)
    /// for a specific revision in the family, or full Amazon Resource Name (ARN) of the daemon task
    /// definition to describe.
    #[shape(name = "daemonTaskDefinition")]
    pub daemon_task_definition: String,
}

/// The output of `DescribeDaemonTaskDefinition`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDaemonTaskDefinitionResponse {
    /// The full daemon task definition description.
    #[shape(name = "daemonTaskDefinition")]
    pub daemon_task_definition: Option<DaemonTaskDefinition>,
}

/// The input of `DescribeExpressGatewayService`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeExpressGatewayServiceRequest {
    /// The Amazon Resource Name (ARN) of the Express service to describe. The ARN uniquely
    /// identifies the service within your Amazon Web Services account and region.
    #[shape(name = "serviceArn")]
    pub service_arn: String,
    /// Specifies additional information to include in the response. Valid values are `TAGS` to
    /// include resource tags associated with the Express service.
    #[shape(name = "include")]
    pub include: Option<Vec<ExpressGatewayServiceInclude>>,
}

/// The output of `DescribeExpressGatewayService`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeExpressGatewayServiceResponse {
    /// The full description of the described express service.
    #[shape(name = "service")]
    pub service: Option<ECSExpressGatewayService>,
}

/// The input of `DescribeServiceDeployments`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeServiceDeploymentsRequest {
    /// The ARN of the service deployment.
    #[shape(name = "serviceDeploymentArns")]
    pub service_deployment_arns: Vec<String>,
}

/// The output of `DescribeServiceDeployments`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeServiceDeploymentsResponse {
    /// The list of service deployments described.
    #[shape(name = "serviceDeployments")]
    pub service_deployments: Option<Vec<ServiceDeployment>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<Failure>>,
}

/// The input of `DescribeServiceRevisions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeServiceRevisionsRequest {
    /// The ARN of the service revision.
    #[shape(name = "serviceRevisionArns")]
    pub service_revision_arns: Vec<String>,
}

/// The output of `DescribeServiceRevisions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeServiceRevisionsResponse {
    /// The list of service revisions described.
    #[shape(name = "serviceRevisions")]
    pub service_revisions: Option<Vec<ServiceRevision>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<Failure>>,
}

/// The input of `DescribeServices`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeServicesRequest {
    /// The short name or full Amazon Resource Name (ARN)the cluster that hosts the service to
    /// describe. If you do not specify a cluster, the default cluster is assumed. This parameter is
    /// required if the service or services you are describing were launched in any cluster other
    /// than the default cluster.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// A list of services to describe. You may specify up to 10 services to describe in a single
    /// operation.
    #[shape(name = "services")]
    pub services: Vec<String>,
    /// Determines whether you want to see the resource tags for the service. If `TAGS` is
    /// specified, the tags are included in the response. If this field is omitted, tags aren't
    /// included in the response.
    #[shape(name = "include")]
    pub include: Option<Vec<ServiceField>>,
}

/// The output of `DescribeServices`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeServicesResponse {
    /// The list of services described.
    #[shape(name = "services")]
    pub services: Option<Vec<Service>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<Failure>>,
}

/// The input of `DescribeTaskDefinition`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTaskDefinitionRequest {
    /// The `family` for the latest `ACTIVE` revision, `family` and `revision` (`family:revision`)
    /// for a specific revision in the family, or full Amazon Resource Name (ARN) of the task
    /// definition to describe.
    #[shape(name = "taskDefinition")]
    pub task_definition: String,
    /// Determines whether to see the resource tags for the task definition. If `TAGS` is specified,
    /// the tags are included in the response. If this field is omitted, tags aren't included in the
    /// response.
    #[shape(name = "include")]
    pub include: Option<Vec<TaskDefinitionField>>,
}

/// The output of `DescribeTaskDefinition`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTaskDefinitionResponse {
    /// The full task definition description.
    #[shape(name = "taskDefinition")]
    pub task_definition: Option<TaskDefinition>,
    /// The metadata that's applied to the task definition to help you categorize and organize them.
    /// Each tag consists of a key and an optional value. You define both.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
}

/// The input of `DescribeTaskSets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTaskSetsRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that
    /// the task sets exist in.
    #[shape(name = "cluster")]
    pub cluster: String,
    /// The short name or full Amazon Resource Name (ARN) of the service that the task sets exist
    /// in.
    #[shape(name = "service")]
    pub service: String,
    /// The ID or full Amazon Resource Name (ARN) of task sets to describe.
    #[shape(name = "taskSets")]
    pub task_sets: Option<Vec<String>>,
    /// Specifies whether to see the resource tags for the task set. If `TAGS` is specified, the
    /// tags are included in the response. If this field is omitted, tags aren't included in the
    /// response.
    #[shape(name = "include")]
    pub include: Option<Vec<TaskSetField>>,
}

/// The output of `DescribeTaskSets`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTaskSetsResponse {
    /// The list of task sets described.
    #[shape(name = "taskSets")]
    pub task_sets: Option<Vec<TaskSet>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<Failure>>,
}

/// The input of `DescribeTasks`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTasksRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the task or
    /// tasks to describe. If you do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// A list of up to 100 task IDs or full ARN entries.
    #[shape(name = "tasks")]
    pub tasks: Vec<String>,
    /// Specifies whether you want to see the resource tags for the task. If `TAGS` is specified,
    /// the tags are included in the response. If this field is omitted, tags aren't included in the
    /// response.
    #[shape(name = "include")]
    pub include: Option<Vec<TaskField>>,
}

/// The output of `DescribeTasks`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTasksResponse {
    /// The list of tasks.
    #[shape(name = "tasks")]
    pub tasks: Option<Vec<Task>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<Failure>>,
}

/// The model's `DesiredStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DesiredStatus {
    /// `RUNNING`
    #[default]
    #[shape(name = "RUNNING")]
    Running,
    /// `PENDING`
    #[shape(name = "PENDING")]
    Pending,
    /// `STOPPED`
    #[shape(name = "STOPPED")]
    Stopped,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object representing a container instance host device.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Device {
    /// The path for the device on the host container instance.
    #[shape(name = "hostPath")]
    pub host_path: String,
    /// The path inside the container at which to expose the host device.
    #[shape(name = "containerPath")]
    pub container_path: Option<String>,
    /// The explicit permissions to provide to the container for the device. By default, the
    /// container has permissions for `read`, `write`, and `mknod` for the device.
    #[shape(name = "permissions")]
    pub permissions: Option<Vec<DeviceCgroupPermission>>,
}

/// The model's `DeviceCgroupPermission`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DeviceCgroupPermission {
    /// `read`
    #[default]
    #[shape(name = "read")]
    Read,
    /// `write`
    #[shape(name = "write")]
    Write,
    /// `mknod`
    #[shape(name = "mknod")]
    Mknod,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `DiscoverPollEndpoint`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DiscoverPollEndpointRequest {
    /// The container instance ID or full ARN of the container instance. For more information about
    /// the ARN format, see [Amazon Resource Name
    /// (ARN)](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-account-settings.html#ecs-resource-ids)
    /// in the *Amazon ECS Developer Guide*.
    #[shape(name = "containerInstance")]
    pub container_instance: Option<String>,
    /// The short name or full Amazon Resource Name (ARN) of the cluster that the container instance
    /// belongs to.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
}

/// The output of `DiscoverPollEndpoint`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DiscoverPollEndpointResponse {
    /// The endpoint for the Amazon ECS agent to poll.
    #[shape(name = "endpoint")]
    pub endpoint: Option<String>,
    /// The telemetry endpoint for the Amazon ECS agent.
    #[shape(name = "telemetryEndpoint")]
    pub telemetry_endpoint: Option<String>,
    /// The endpoint for the Amazon ECS agent to poll for Service Connect configuration. For more
    /// information, see [Service
    /// Connect](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "serviceConnectEndpoint")]
    pub service_connect_endpoint: Option<String>,
}

/// This parameter is specified when you're using Docker volumes. Docker volumes are only supported
/// when you're using the EC2 launch type. Windows containers only support the use of the `local`
/// driver. To use bind mounts, specify a `host` instead.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DockerVolumeConfiguration {
    /// The scope for the Docker volume that determines its lifecycle. Docker volumes that are
    /// scoped to a `task` are automatically provisioned when the task starts and destroyed when the
    /// task stops. Docker volumes that are scoped as `shared` persist after the task stops.
    #[shape(name = "scope")]
    pub scope: Option<Scope>,
    /// If this value is `true`, the Docker volume is created if it doesn't already exist.
    #[shape(name = "autoprovision")]
    pub autoprovision: Option<bool>,
    /// The Docker volume driver to use. The driver value must match the driver name provided by
    /// Docker because it is used for task placement. If the driver was installed using the Docker
    /// plugin CLI, use `docker plugin ls` to retrieve the driver name from your container instance.
    /// If the driver was installed using another method, use Docker plugin discovery to retrieve
    /// the driver name. This parameter maps to `Driver` in the docker container create command and
    /// the `xxdriver` option to docker volume create.
    #[shape(name = "driver")]
    pub driver: Option<String>,
    /// A map of Docker driver-specific options passed through. This parameter maps to `DriverOpts`
    /// in the docker create-volume command and the `xxopt` option to docker volume create.
    #[shape(name = "driverOpts")]
    pub driver_opts: Option<HashMap<String, String>>,
    /// Custom metadata to add to your Docker volume. This parameter maps to `Labels` in the docker
    /// container create command and the `xxlabel` option to docker volume create.
    #[shape(name = "labels")]
    pub labels: Option<HashMap<String, String>>,
}

/// The model's `EBSResourceType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EBSResourceType {
    /// `volume`
    #[default]
    #[shape(name = "volume")]
    Volume,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The tag specifications of an Amazon EBS volume.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EBSTagSpecification {
    /// The type of volume resource.
    #[shape(name = "resourceType")]
    pub resource_type: EBSResourceType,
    /// The tags applied to this Amazon EBS volume. `AmazonECSCreated` and `AmazonECSManaged` are
    /// reserved tags that can't be used.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
    /// Determines whether to propagate the tags from the task definition to the Amazon EBS volume.
    /// Tags can only propagate to a `SERVICE` specified in `ServiceVolumeConfiguration`. If no
    /// value is specified, the tags aren't propagated.
    #[shape(name = "propagateTags")]
    pub propagate_tags: Option<PropagateTags>,
}

/// Represents an Express service, which provides a simplified way to deploy containerized web
/// applications on Amazon ECS with managed Amazon Web Services infrastructure. An Express service
/// automatically provisions and manages Application Load Balancers, target groups, security groups,
/// and auto-scaling policies.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ECSExpressGatewayService {
    /// The short name or full ARN of the cluster that hosts the Express service.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The name of the Express service.
    #[shape(name = "serviceName")]
    pub service_name: Option<String>,
    /// The ARN that identifies the Express service.
    #[shape(name = "serviceArn")]
    pub service_arn: Option<String>,
    /// The ARN of the infrastructure role that manages Amazon Web Services resources for the
    /// Express service.
    #[shape(name = "infrastructureRoleArn")]
    pub infrastructure_role_arn: Option<String>,
    /// The current status of the Express service.
    #[shape(name = "status")]
    pub status: Option<ExpressGatewayServiceStatus>,
    /// The current deployment configuration for the Express service.
    #[shape(name = "currentDeployment")]
    pub current_deployment: Option<String>,
    /// The list of active service configurations for the Express service.
    #[shape(name = "activeConfigurations")]
    pub active_configurations: Option<Vec<ExpressGatewayServiceConfiguration>>,
    /// The metadata applied to the Express service.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
    /// The Unix timestamp for when the Express service was created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The Unix timestamp for when the Express service was last updated.
    #[shape(name = "updatedAt")]
    pub updated_at: Option<DateTime>,
}

/// Represents the Amazon Web Services resources managed by Amazon ECS for an Express service,
/// including ingress paths, auto-scaling policies, metric alarms, and security groups.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ECSManagedResources {
    /// The ingress paths and endpoints for the Express service.
    #[shape(name = "ingressPaths")]
    pub ingress_paths: Option<Vec<ManagedIngressPath>>,
    /// The auto-scaling configuration and policies for the Express service.
    #[shape(name = "autoScaling")]
    pub auto_scaling: Option<ManagedAutoScaling>,
    /// The CloudWatch metric alarms associated with the Express service.
    #[shape(name = "metricAlarms")]
    pub metric_alarms: Option<Vec<ManagedMetricAlarm>>,
    /// The security groups managed by the Express service.
    #[shape(name = "serviceSecurityGroups")]
    pub service_security_groups: Option<Vec<ManagedSecurityGroup>>,
    /// The log groups managed by the Express service.
    #[shape(name = "logGroups")]
    pub log_groups: Option<Vec<ManagedLogGroup>>,
}

/// The authorization configuration details for the Amazon EFS file system.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EFSAuthorizationConfig {
    /// The Amazon EFS access point ID to use. If an access point is specified, the root directory
    /// value specified in the `EFSVolumeConfiguration` must either be omitted or set to `/` which
    /// will enforce the path set on the EFS access point. If an access point is used, transit
    /// encryption must be on in the `EFSVolumeConfiguration`. For more information, see [Working
    /// with Amazon EFS access
    /// points](https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html) in the *Amazon
    /// Elastic File System User Guide*.
    #[shape(name = "accessPointId")]
    pub access_point_id: Option<String>,
    /// Determines whether to use the Amazon ECS task role defined in a task definition when
    /// mounting the Amazon EFS file system. If it is turned on, transit encryption must be turned
    /// on in the `EFSVolumeConfiguration`. If this parameter is omitted, the default value of
    /// `DISABLED` is used. For more information, see [Using Amazon EFS access
    /// points](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html#efs-volume-accesspoints)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "iam")]
    pub iam: Option<EFSAuthorizationConfigIAM>,
}

/// The model's `EFSAuthorizationConfigIAM`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EFSAuthorizationConfigIAM {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `EFSTransitEncryption`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EFSTransitEncryption {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This parameter is specified when you're using an Amazon Elastic File System file system for task
/// storage. For more information, see [Amazon EFS
/// volumes](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html) in the
/// *Amazon Elastic Container Service Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EFSVolumeConfiguration {
    /// The Amazon EFS file system ID to use.
    #[shape(name = "fileSystemId")]
    pub file_system_id: String,
    /// The directory within the Amazon EFS file system to mount as the root directory inside the
    /// host. If this parameter is omitted, the root of the Amazon EFS volume will be used.
    /// Specifying `/` will have the same effect as omitting this parameter.
    #[shape(name = "rootDirectory")]
    pub root_directory: Option<String>,
    /// Determines whether to use encryption for Amazon EFS data in transit between the Amazon ECS
    /// host and the Amazon EFS server. Transit encryption must be turned on if Amazon EFS IAM
    /// authorization is used. If this parameter is omitted, the default value of `DISABLED` is
    /// used. For more information, see [Encrypting data in
    /// transit](https://docs.aws.amazon.com/efs/latest/ug/encryption-in-transit.html) in the
    /// *Amazon Elastic File System User Guide*.
    #[shape(name = "transitEncryption")]
    pub transit_encryption: Option<EFSTransitEncryption>,
    /// The port to use when sending encrypted data between the Amazon ECS host and the Amazon EFS
    /// server. If you do not specify a transit encryption port, it will use the port selection
    /// strategy that the Amazon EFS mount helper uses. For more information, see [EFS mount
    /// helper](https://docs.aws.amazon.com/efs/latest/ug/efs-mount-helper.html) in the *Amazon
    /// Elastic File System User Guide*.
    #[shape(name = "transitEncryptionPort")]
    pub transit_encryption_port: Option<i32>,
    /// The authorization configuration details for the Amazon EFS file system.
    #[shape(name = "authorizationConfig")]
    pub authorization_config: Option<EFSAuthorizationConfig>,
}

/// A list of files containing the environment variables to pass to a container. You can specify up
/// to ten environment files. The file must have a `.env` file extension. Each line in an
/// environment file should contain an environment variable in `VARIABLE=VALUE` format. Lines
/// beginning with `#` are treated as comments and are ignored.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnvironmentFile {
    /// The Amazon Resource Name (ARN) of the Amazon S3 object containing the environment variable
    /// file.
    #[shape(name = "value")]
    pub value: String,
    /// The file type to use. Environment files are objects in Amazon S3. The only supported value
    /// is `s3`.
    #[shape(name = "type")]
    pub r#type: EnvironmentFileType,
}

/// The model's `EnvironmentFileType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EnvironmentFileType {
    /// `s3`
    #[default]
    #[shape(name = "s3")]
    S3,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The amount of ephemeral storage to allocate for the task. This parameter is used to expand the
/// total amount of ephemeral storage available, beyond the default amount, for tasks hosted on
/// Fargate. For more information, see [Using data volumes in
/// tasks](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html) in
/// the *Amazon ECS Developer Guide;*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EphemeralStorage {
    /// The total amount, in GiB, of ephemeral storage to set for the task. The minimum supported
    /// value is `21` GiB and the maximum supported value is `200` GiB.
    #[shape(name = "sizeInGiB")]
    pub size_in_gi_b: i32,
}

/// The details of the execute command configuration.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecuteCommandConfiguration {
    /// Specify an Key Management Service key ID to encrypt the data between the local client and
    /// the container.
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
    /// The log setting to use for redirecting logs for your execute command results. The following
    /// log settings are available.
    #[shape(name = "logging")]
    pub logging: Option<ExecuteCommandLogging>,
    /// The log configuration for the results of the execute command actions. The logs can be sent
    /// to CloudWatch Logs or an Amazon S3 bucket. When `logging=OVERRIDE` is specified, a
    /// `logConfiguration` must be provided.
    #[shape(name = "logConfiguration")]
    pub log_configuration: Option<ExecuteCommandLogConfiguration>,
}

/// The log configuration for the results of the execute command actions. The logs can be sent to
/// CloudWatch Logs or an Amazon S3 bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecuteCommandLogConfiguration {
    /// The name of the CloudWatch log group to send logs to.
    #[shape(name = "cloudWatchLogGroupName")]
    pub cloud_watch_log_group_name: Option<String>,
    /// Determines whether to use encryption on the CloudWatch logs. If not specified, encryption
    /// will be off.
    #[shape(name = "cloudWatchEncryptionEnabled")]
    pub cloud_watch_encryption_enabled: Option<bool>,
    /// The name of the S3 bucket to send logs to.
    #[shape(name = "s3BucketName")]
    pub s3_bucket_name: Option<String>,
    /// Determines whether to use encryption on the S3 logs. If not specified, encryption is not
    /// used.
    #[shape(name = "s3EncryptionEnabled")]
    pub s3_encryption_enabled: Option<bool>,
    /// An optional folder in the S3 bucket to place logs in.
    #[shape(name = "s3KeyPrefix")]
    pub s3_key_prefix: Option<String>,
}

/// The model's `ExecuteCommandLogging`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExecuteCommandLogging {
    /// `NONE`
    #[default]
    #[shape(name = "NONE")]
    None,
    /// `DEFAULT`
    #[shape(name = "DEFAULT")]
    Default,
    /// `OVERRIDE`
    #[shape(name = "OVERRIDE")]
    Override,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `ExecuteCommand`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecuteCommandRequest {
    /// The Amazon Resource Name (ARN) or short name of the cluster the task is running in. If you
    /// do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The name of the container to execute the command on. A container name only needs to be
    /// specified for tasks containing multiple containers.
    #[shape(name = "container")]
    pub container: Option<String>,
    /// The command to run on the container.
    #[shape(name = "command")]
    pub command: String,
    /// Use this flag to run your command in interactive mode.
    #[shape(name = "interactive")]
    pub interactive: bool,
    /// The Amazon Resource Name (ARN) or ID of the task the container is part of.
    #[shape(name = "task")]
    pub task: String,
}

/// The output of `ExecuteCommand`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecuteCommandResponse {
    /// The Amazon Resource Name (ARN) of the cluster.
    #[shape(name = "clusterArn")]
    pub cluster_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the container.
    #[shape(name = "containerArn")]
    pub container_arn: Option<String>,
    /// The name of the container.
    #[shape(name = "containerName")]
    pub container_name: Option<String>,
    /// Determines whether the execute command session is running in interactive mode. Amazon ECS
    /// only supports initiating interactive sessions, so you must specify `true` for this value.
    #[shape(name = "interactive")]
    pub interactive: Option<bool>,
    /// The details of the SSM session that was created for this instance of execute-command.
    #[shape(name = "session")]
    pub session: Option<Session>,
    /// The Amazon Resource Name (ARN) of the task.
    #[shape(name = "taskArn")]
    pub task_arn: Option<String>,
}

/// Defines the configuration for the primary container in an Express service. This container
/// receives traffic from the Application Load Balancer and runs your application code.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct ExpressGatewayContainer {
    /// The image used to start a container. This string is passed directly to the Docker daemon.
    /// Images in the Docker Hub registry are available by default. Other repositories are specified
    /// with either `repository-url/image:tag` or `repository-url/image@digest`.
    #[shape(name = "image")]
    pub image: String,
    /// The port number on the container that receives traffic from the load balancer. Default is
    /// 80.
    #[shape(name = "containerPort")]
    pub container_port: Option<i32>,
    /// The log configuration for the container.
    #[shape(name = "awsLogsConfiguration")]
    pub aws_logs_configuration: Option<ExpressGatewayServiceAwsLogsConfiguration>,
    /// The configuration for repository credentials for private registry authentication.
    #[shape(name = "repositoryCredentials")]
    pub repository_credentials: Option<ExpressGatewayRepositoryCredentials>,
    /// The command that is passed to the container.
    #[shape(name = "command")]
    pub command: Option<Vec<String>>,
    /// The environment variables to pass to the container.
    #[shape(name = "environment")]
    pub environment: Option<Vec<KeyValuePair>>,
    /// The secrets to pass to the container.
    #[shape(name = "secrets")]
    pub secrets: Option<Vec<Secret>>,
}

impl ::std::fmt::Debug for ExpressGatewayContainer {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("ExpressGatewayContainer")
            .field("image", &self.image)
            .field("container_port", &self.container_port)
            .field("aws_logs_configuration", &self.aws_logs_configuration)
            .field("repository_credentials", &self.repository_credentials)
            .field("command", &self.command)
            .field(
                "environment",
                &self.environment.as_ref().map(|_| "** redacted **"),
            )
            .field("secrets", &self.secrets)
            .finish()
    }
}

/// The repository credentials for private registry authentication to pass to the container.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExpressGatewayRepositoryCredentials {
    /// The Amazon Resource Name (ARN) of the secret containing the private repository credentials.
    #[shape(name = "credentialsParameter")]
    pub credentials_parameter: Option<String>,
}

/// Defines the auto-scaling configuration for an Express service. This determines how the service
/// automatically adjusts the number of running tasks based on demand metrics such as CPU
/// utilization, memory utilization, or request count per target.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExpressGatewayScalingTarget {
    /// The minimum number of tasks to run in the Express service.
    #[shape(name = "minTaskCount")]
    pub min_task_count: Option<i32>,
    /// The maximum number of tasks to run in the Express service.
    #[shape(name = "maxTaskCount")]
    pub max_task_count: Option<i32>,
    /// The metric used for auto-scaling decisions. The default metric used for an Express service
    /// is `CPUUtilization`.
    #[shape(name = "autoScalingMetric")]
    pub auto_scaling_metric: Option<ExpressGatewayServiceScalingMetric>,
    /// The target value for the auto-scaling metric. The default value for an Express service is
    /// 60.
    #[shape(name = "autoScalingTargetValue")]
    pub auto_scaling_target_value: Option<i32>,
}

/// Specifies the Amazon CloudWatch Logs configuration for the Express service container.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExpressGatewayServiceAwsLogsConfiguration {
    /// The name of the CloudWatch Logs log group to send container logs to.
    #[shape(name = "logGroup")]
    pub log_group: String,
    /// The prefix for the CloudWatch Logs log stream names. The default for an Express service is
    /// `ecs`.
    #[shape(name = "logStreamPrefix")]
    pub log_stream_prefix: String,
}

/// Represents a specific configuration revision of an Express service, containing all the settings
/// and parameters for that revision.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExpressGatewayServiceConfiguration {
    /// The ARN of the service revision.
    #[shape(name = "serviceRevisionArn")]
    pub service_revision_arn: Option<String>,
    /// The ARN of the task execution role for the service revision.
    #[shape(name = "executionRoleArn")]
    pub execution_role_arn: Option<String>,
    /// The ARN of the task role for the service revision.
    #[shape(name = "taskRoleArn")]
    pub task_role_arn: Option<String>,
    /// The CPU allocation for tasks in this service revision.
    #[shape(name = "cpu")]
    pub cpu: Option<String>,
    /// The memory allocation for tasks in this service revision.
    #[shape(name = "memory")]
    pub memory: Option<String>,
    /// The network configuration for tasks in this service revision.
    #[shape(name = "networkConfiguration")]
    pub network_configuration: Option<ExpressGatewayServiceNetworkConfiguration>,
    /// The health check path for this service revision.
    #[shape(name = "healthCheckPath")]
    pub health_check_path: Option<String>,
    /// The primary container configuration for this service revision.
    #[shape(name = "primaryContainer")]
    pub primary_container: Option<ExpressGatewayContainer>,
    /// The auto-scaling configuration for this service revision.
    #[shape(name = "scalingTarget")]
    pub scaling_target: Option<ExpressGatewayScalingTarget>,
    /// The entry point into this service revision.
    #[shape(name = "ingressPaths")]
    pub ingress_paths: Option<Vec<IngressPathSummary>>,
    /// The Unix timestamp for when this service revision was created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
}

/// The model's `ExpressGatewayServiceInclude`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExpressGatewayServiceInclude {
    /// `TAGS`
    #[default]
    #[shape(name = "TAGS")]
    Tags,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The network configuration for an Express service. By default, an Express service utilizes
/// subnets and security groups associated with the default VPC.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExpressGatewayServiceNetworkConfiguration {
    /// The IDs of the security groups associated with the Express service.
    #[shape(name = "securityGroups")]
    pub security_groups: Option<Vec<String>>,
    /// The IDs of the subnets associated with the Express service.
    #[shape(name = "subnets")]
    pub subnets: Option<Vec<String>>,
}

/// The model's `ExpressGatewayServiceScalingMetric`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExpressGatewayServiceScalingMetric {
    /// `AVERAGE_CPU`
    #[default]
    #[shape(name = "AVERAGE_CPU")]
    AverageCpu,
    /// `AVERAGE_MEMORY`
    #[shape(name = "AVERAGE_MEMORY")]
    AverageMemory,
    /// `REQUEST_COUNT_PER_TARGET`
    #[shape(name = "REQUEST_COUNT_PER_TARGET")]
    RequestCountPerTarget,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object that defines the status of Express service creation and information about the status
/// of the service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExpressGatewayServiceStatus {
    /// The status of the Express service.
    #[shape(name = "statusCode")]
    pub status_code: Option<ExpressGatewayServiceStatusCode>,
    /// Information about why the Express service is in the current status.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
}

/// The model's `ExpressGatewayServiceStatusCode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExpressGatewayServiceStatusCode {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `DRAINING`
    #[shape(name = "DRAINING")]
    Draining,
    /// `INACTIVE`
    #[shape(name = "INACTIVE")]
    Inactive,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The authorization configuration details for Amazon FSx for Windows File Server file system. See
/// [FSxWindowsFileServerVolumeConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_FSxWindowsFileServerVolumeConfiguration.html)
/// in the *Amazon ECS API Reference*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FSxWindowsFileServerAuthorizationConfig {
    /// The authorization credential option to use. The authorization credential options can be
    /// provided using either the Amazon Resource Name (ARN) of an Secrets Manager secret or SSM
    /// Parameter Store parameter. The ARN refers to the stored credentials.
    #[shape(name = "credentialsParameter")]
    pub credentials_parameter: String,
    /// A fully qualified domain name hosted by an [Directory
    /// Service](https://docs.aws.amazon.com/directoryservice/latest/admin-guide/directory_microsoft_ad.html)
    /// Managed Microsoft AD (Active Directory) or self-hosted AD on Amazon EC2.
    #[shape(name = "domain")]
    pub domain: String,
}

/// This parameter is specified when you're using [Amazon FSx for Windows File
/// Server](https://docs.aws.amazon.com/fsx/latest/WindowsGuide/what-is.html) file system for task
/// storage.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FSxWindowsFileServerVolumeConfiguration {
    /// The Amazon FSx for Windows File Server file system ID to use.
    #[shape(name = "fileSystemId")]
    pub file_system_id: String,
    /// The directory within the Amazon FSx for Windows File Server file system to mount as the root
    /// directory inside the host.
    #[shape(name = "rootDirectory")]
    pub root_directory: String,
    /// The authorization configuration details for the Amazon FSx for Windows File Server file
    /// system.
    #[shape(name = "authorizationConfig")]
    pub authorization_config: FSxWindowsFileServerAuthorizationConfig,
}

/// A failed resource. For a list of common causes, see [API failure
/// reasons](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/api_failures_messages.html)
/// in the *Amazon Elastic Container Service Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Failure {
    /// The Amazon Resource Name (ARN) of the failed resource.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The reason for the failure.
    #[shape(name = "reason")]
    pub reason: Option<String>,
    /// The details of the failure.
    #[shape(name = "detail")]
    pub detail: Option<String>,
}

/// The FireLens configuration for the container. This is used to specify and configure a log router
/// for container logs. For more information, see [Custom log
/// routing](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html) in the
/// *Amazon Elastic Container Service Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FirelensConfiguration {
    /// The log router to use. The valid values are `fluentd` or `fluentbit`.
    #[shape(name = "type")]
    pub r#type: FirelensConfigurationType,
    /// The options to use when configuring the log router. This field is optional and can be used
    /// to specify a custom configuration file or to add additional metadata, such as the task, task
    /// definition, cluster, and container instance details to the log event. If specified, the
    /// syntax to use is
    /// `"options":{"enable-ecs-log-metadata":"true|false","config-file-type:"s3|file","config-file-value":"arn:aws:s3:::mybucket/fluent.conf|filepath"}`.
    /// For more information, see [Creating a task definition that uses a FireLens
    /// configuration](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_firelens.html#firelens-taskdef)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "options")]
    pub options: Option<HashMap<String, String>>,
}

/// The model's `FirelensConfigurationType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FirelensConfigurationType {
    /// `fluentd`
    #[default]
    #[shape(name = "fluentd")]
    Fluentd,
    /// `fluentbit`
    #[shape(name = "fluentbit")]
    Fluentbit,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `GetTaskProtection`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetTaskProtectionRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that
    /// the task sets exist in.
    #[shape(name = "cluster")]
    pub cluster: String,
    /// A list of up to 100 task IDs or full ARN entries.
    #[shape(name = "tasks")]
    pub tasks: Option<Vec<String>>,
}

/// The output of `GetTaskProtection`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetTaskProtectionResponse {
    /// A list of tasks with the following information.
    #[shape(name = "protectedTasks")]
    pub protected_tasks: Option<Vec<ProtectedTask>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<Failure>>,
}

/// An object representing a container health check. Health check parameters that are specified in a
/// container definition override any Docker health checks that exist in the container image (such
/// as those specified in a parent image or from the image's Dockerfile). This configuration maps to
/// the `HEALTHCHECK` parameter of docker run.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct HealthCheck {
    /// A string array representing the command that the container runs to determine if it is
    /// healthy. The string array must start with `CMD` to run the command arguments directly, or
    /// `CMD-SHELL` to run the command with the container's default shell.
    #[shape(name = "command")]
    pub command: Vec<String>,
    /// The time period in seconds between each health check execution. You may specify between 5
    /// and 300 seconds. The default value is 30 seconds. This value applies only when you specify a
    /// `command`.
    #[shape(name = "interval")]
    pub interval: Option<i32>,
    /// The time period in seconds to wait for a health check to succeed before it is considered a
    /// failure. You may specify between 2 and 60 seconds. The default value is 5. This value
    /// applies only when you specify a `command`.
    #[shape(name = "timeout")]
    pub timeout: Option<i32>,
    /// The number of times to retry a failed health check before the container is considered
    /// unhealthy. You may specify between 1 and 10 retries. The default value is 3. This value
    /// applies only when you specify a `command`.
    #[shape(name = "retries")]
    pub retries: Option<i32>,
    /// The optional grace period to provide containers time to bootstrap before failed health
    /// checks count towards the maximum number of retries. You can specify between 0 and 300
    /// seconds. By default, the `startPeriod` is off. This value applies only when you specify a
    /// `command`.
    #[shape(name = "startPeriod")]
    pub start_period: Option<i32>,
}

/// The model's `HealthStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum HealthStatus {
    /// `HEALTHY`
    #[default]
    #[shape(name = "HEALTHY")]
    Healthy,
    /// `UNHEALTHY`
    #[shape(name = "UNHEALTHY")]
    Unhealthy,
    /// `UNKNOWN`
    #[shape(name = "UNKNOWN")]
    Unknown,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Other(String),
}

/// Hostnames and IP address entries that are added to the `/etc/hosts` file of a container via the
/// `extraHosts` parameter of its
/// [ContainerDefinition](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct HostEntry {
    /// The hostname to use in the `/etc/hosts` entry.
    #[shape(name = "hostname")]
    pub hostname: String,
    /// The IP address to use in the `/etc/hosts` entry.
    #[shape(name = "ipAddress")]
    pub ip_address: String,
}

/// Details on a container instance bind mount host volume.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct HostVolumeProperties {
    /// When the `host` parameter is used, specify a `sourcePath` to declare the path on the host
    /// container instance that's presented to the container. If this parameter is empty, then the
    /// Docker daemon has assigned a host path for you. If the `host` parameter contains a
    /// `sourcePath` file location, then the data volume persists at the specified location on the
    /// host container instance until you delete it manually. If the `sourcePath` value doesn't
    /// exist on the host container instance, the Docker daemon creates it. If the location does
    /// exist, the contents of the source path folder are exported.
    #[shape(name = "sourcePath")]
    pub source_path: Option<String>,
}

/// Details on an Elastic Inference accelerator. For more information, see [Working with Amazon
/// Elastic Inference on Amazon
/// ECS](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-inference.html) in the
/// *Amazon Elastic Container Service Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InferenceAccelerator {
    /// The Elastic Inference accelerator device name. The `deviceName` must also be referenced in a
    /// container definition as a
    /// [ResourceRequirement](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ResourceRequirement.html).
    #[shape(name = "deviceName")]
    pub device_name: String,
    /// The Elastic Inference accelerator type to use.
    #[shape(name = "deviceType")]
    pub device_type: String,
}

/// Details on an Elastic Inference accelerator task override. This parameter is used to override
/// the Elastic Inference accelerator specified in the task definition. For more information, see
/// [Working with Amazon Elastic Inference on Amazon
/// ECS](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-inference.html) in the
/// *Amazon Elastic Container Service Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InferenceAcceleratorOverride {
    /// The Elastic Inference accelerator device name to override for the task. This parameter must
    /// match a `deviceName` specified in the task definition.
    #[shape(name = "deviceName")]
    pub device_name: Option<String>,
    /// The Elastic Inference accelerator type to use.
    #[shape(name = "deviceType")]
    pub device_type: Option<String>,
}

/// The configuration that controls how Amazon ECS optimizes your infrastructure.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InfrastructureOptimization {
    /// This parameter defines the number of seconds Amazon ECS Managed Instances waits before
    /// optimizing EC2 instances that have become idle or underutilized. A longer delay increases
    /// the likelihood of placing new tasks on idle or underutilized instances instances, reducing
    /// startup time. A shorter delay helps reduce infrastructure costs by optimizing idle or
    /// underutilized instances,instances more quickly.
    #[shape(name = "scaleInAfter")]
    pub scale_in_after: Option<i32>,
}

/// The entry point into an Express service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct IngressPathSummary {
    /// The type of access to the endpoint for the Express service.
    #[shape(name = "accessType")]
    pub access_type: AccessType,
    /// The endpoint for access to the service.
    #[shape(name = "endpoint")]
    pub endpoint: String,
}

/// The model's `InstanceGeneration`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InstanceGeneration {
    /// `current`
    #[default]
    #[shape(name = "current")]
    Current,
    /// `previous`
    #[shape(name = "previous")]
    Previous,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object representing the result of a container instance health status check.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceHealthCheckResult {
    /// The type of container instance health status that was verified.
    #[shape(name = "type")]
    pub r#type: Option<InstanceHealthCheckType>,
    /// The container instance health status.
    #[shape(name = "status")]
    pub status: Option<InstanceHealthCheckState>,
    /// The reason for the container instance health status.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
    /// The Unix timestamp for when the container instance health status was last updated.
    #[shape(name = "lastUpdated")]
    pub last_updated: Option<DateTime>,
    /// The Unix timestamp for when the container instance health status last changed.
    #[shape(name = "lastStatusChange")]
    pub last_status_change: Option<DateTime>,
}

/// The model's `InstanceHealthCheckState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InstanceHealthCheckState {
    /// `OK`
    #[default]
    #[shape(name = "OK")]
    Ok,
    /// `IMPAIRED`
    #[shape(name = "IMPAIRED")]
    Impaired,
    /// `INSUFFICIENT_DATA`
    #[shape(name = "INSUFFICIENT_DATA")]
    InsufficientData,
    /// `INITIALIZING`
    #[shape(name = "INITIALIZING")]
    Initializing,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `InstanceHealthCheckType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InstanceHealthCheckType {
    /// `CONTAINER_RUNTIME`
    #[default]
    #[shape(name = "CONTAINER_RUNTIME")]
    ContainerRuntime,
    /// `ACCELERATED_COMPUTE`
    #[shape(name = "ACCELERATED_COMPUTE")]
    AcceleratedCompute,
    /// `DAEMON`
    #[shape(name = "DAEMON")]
    Daemon,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The launch template configuration for Amazon ECS Managed Instances. This defines how Amazon ECS
/// launches Amazon EC2 instances, including the instance profile for your tasks, network and
/// storage configuration, capacity options, and instance requirements for flexible instance type
/// selection.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceLaunchTemplate {
    /// The Amazon Resource Name (ARN) of the instance profile that Amazon ECS applies to Amazon ECS
    /// Managed Instances. This instance profile must include the necessary permissions for your
    /// tasks to access Amazon Web Services services and resources.
    #[shape(name = "ec2InstanceProfileArn")]
    pub ec2_instance_profile_arn: String,
    /// The network configuration for Amazon ECS Managed Instances. This specifies the subnets and
    /// security groups that instances use for network connectivity.
    #[shape(name = "networkConfiguration")]
    pub network_configuration: ManagedInstancesNetworkConfiguration,
    /// The storage configuration for Amazon ECS Managed Instances. This defines the data volume
    /// properties for the instances.
    #[shape(name = "storageConfiguration")]
    pub storage_configuration: Option<ManagedInstancesStorageConfiguration>,
    /// The local storage configuration for Amazon ECS Managed Instances. This defines how ECS uses
    /// instance store volumes available on the container instance.
    #[shape(name = "localStorageConfiguration")]
    pub local_storage_configuration: Option<ManagedInstancesLocalStorageConfiguration>,
    /// CloudWatch provides two categories of monitoring: basic monitoring and detailed monitoring.
    /// By default, your managed instance is configured for basic monitoring. You can optionally
    /// enable detailed monitoring to help you more quickly identify and act on operational issues.
    /// You can enable or turn off detailed monitoring at launch or when the managed instance is
    /// running or stopped. For more information, see [Detailed monitoring for Amazon ECS Managed
    /// Instances](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/detailed-monitoring-managed-instances.html)
    /// in the Amazon ECS Developer Guide.
    #[shape(name = "monitoring")]
    pub monitoring: Option<ManagedInstancesMonitoringOptions>,
    /// The capacity option type. This determines whether Amazon ECS launches On-Demand, Spot or
    /// Capacity Reservation Instances for your managed instance capacity provider.
    #[shape(name = "capacityOptionType")]
    pub capacity_option_type: Option<CapacityOptionType>,
    /// Determines whether tags are propagated to the instance metadata service (IMDS) for Amazon
    /// EC2 instances launched by the Managed Instances capacity provider. When enabled, all tags
    /// associated with the instance are available through the instance metadata service. When
    /// disabled, tags are not propagated to IMDS.
    #[shape(name = "instanceMetadataTagsPropagation")]
    pub instance_metadata_tags_propagation: Option<bool>,
    /// The instance requirements. You can specify:
    #[shape(name = "instanceRequirements")]
    pub instance_requirements: Option<InstanceRequirementsRequest>,
    /// Determines whether to enable FIPS 140-2 validated cryptographic modules on EC2 instances
    /// launched by the capacity provider. If `true`, instances use FIPS-compliant cryptographic
    /// algorithms and modules for enhanced security compliance. If `false`, instances use standard
    /// cryptographic implementations.
    #[shape(name = "fipsEnabled")]
    pub fips_enabled: Option<bool>,
    /// Capacity reservation specifications. You can specify:
    #[shape(name = "capacityReservations")]
    pub capacity_reservations: Option<CapacityReservationRequest>,
}

/// The updated launch template configuration for Amazon ECS Managed Instances. You can modify the
/// instance profile, network configuration, storage settings, and instance requirements. Changes
/// apply to new instances launched after the update.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceLaunchTemplateUpdate {
    /// The updated Amazon Resource Name (ARN) of the instance profile. The new instance profile
    /// must have the necessary permissions for your tasks.
    #[shape(name = "ec2InstanceProfileArn")]
    pub ec2_instance_profile_arn: Option<String>,
    /// The updated network configuration for Amazon ECS Managed Instances. Changes to subnets and
    /// security groups affect new instances launched after the update.
    #[shape(name = "networkConfiguration")]
    pub network_configuration: Option<ManagedInstancesNetworkConfiguration>,
    /// The updated storage configuration for Amazon ECS Managed Instances. Changes to storage
    /// settings apply to new instances launched after the update.
    #[shape(name = "storageConfiguration")]
    pub storage_configuration: Option<ManagedInstancesStorageConfiguration>,
    /// Determines whether tags are propagated to the instance metadata service (IMDS) for Amazon
    /// EC2 instances launched by the Managed Instances capacity provider. When enabled, all tags
    /// associated with the instance are available through the instance metadata service. When
    /// disabled, tags are not propagated to IMDS.
    #[shape(name = "instanceMetadataTagsPropagation")]
    pub instance_metadata_tags_propagation: Option<bool>,
    /// The updated local storage configuration for Amazon ECS Managed Instances. Changes to local
    /// storage settings apply to new instances launched after the update.
    #[shape(name = "localStorageConfiguration")]
    pub local_storage_configuration: Option<ManagedInstancesLocalStorageConfiguration>,
    /// CloudWatch provides two categories of monitoring: basic monitoring and detailed monitoring.
    /// By default, your managed instance is configured for basic monitoring. You can optionally
    /// enable detailed monitoring to help you more quickly identify and act on operational issues.
    /// You can enable or turn off detailed monitoring at launch or when the managed instance is
    /// running or stopped. For more information, see [Detailed monitoring for Amazon ECS Managed
    /// Instances](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/detailed-monitoring-managed-instances.html)
    /// in the Amazon ECS Developer Guide.
    #[shape(name = "monitoring")]
    pub monitoring: Option<ManagedInstancesMonitoringOptions>,
    /// The updated instance requirements for attribute-based instance type selection. Changes to
    /// instance requirements affect which instance types Amazon ECS selects for new instances.
    #[shape(name = "instanceRequirements")]
    pub instance_requirements: Option<InstanceRequirementsRequest>,
    /// The updated capacity reservations specifications for Amazon ECS Managed Instances. Changes
    /// to capacity reservations settings apply to new instances launched after the update.
    #[shape(name = "capacityReservations")]
    pub capacity_reservations: Option<CapacityReservationRequest>,
}

/// The instance requirements for attribute-based instance type selection. Instead of specifying
/// exact instance types, you define requirements such as vCPU count, memory size, network
/// performance, and accelerator specifications. Amazon ECS automatically selects Amazon EC2
/// instance types that match these requirements, providing flexibility and helping to mitigate
/// capacity constraints.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InstanceRequirementsRequest {
    /// The minimum and maximum number of vCPUs for the instance types. Amazon ECS selects instance
    /// types that have vCPU counts within this range.
    #[shape(name = "vCpuCount")]
    pub v_cpu_count: VCpuCountRangeRequest,
    /// The minimum and maximum amount of memory in mebibytes (MiB) for the instance types. Amazon
    /// ECS selects instance types that have memory within this range.
    #[shape(name = "memoryMiB")]
    pub memory_mi_b: MemoryMiBRequest,
    /// The CPU manufacturers to include or exclude. You can specify `intel`, `amd`, or
    /// `amazon-web-services` to control which CPU types are used for your workloads.
    #[shape(name = "cpuManufacturers")]
    pub cpu_manufacturers: Option<Vec<CpuManufacturer>>,
    /// The minimum and maximum amount of memory per vCPU in gibibytes (GiB). This helps ensure that
    /// instance types have the appropriate memory-to-CPU ratio for your workloads.
    #[shape(name = "memoryGiBPerVCpu")]
    pub memory_gi_b_per_v_cpu: Option<MemoryGiBPerVCpuRequest>,
    /// The instance types to exclude from selection. Use this to prevent Amazon ECS from selecting
    /// specific instance types that may not be suitable for your workloads.
    #[shape(name = "excludedInstanceTypes")]
    pub excluded_instance_types: Option<Vec<String>>,
    /// The instance generations to include. You can specify `current` to use the latest generation
    /// instances, or `previous` to include previous generation instances for cost optimization.
    #[shape(name = "instanceGenerations")]
    pub instance_generations: Option<Vec<InstanceGeneration>>,
    /// The maximum price for Spot instances as a percentage over the lowest priced On-Demand
    /// instance. This helps control Spot instance costs while maintaining access to capacity.
    #[shape(name = "spotMaxPricePercentageOverLowestPrice")]
    pub spot_max_price_percentage_over_lowest_price: Option<i32>,
    /// The price protection threshold for On-Demand Instances, as a percentage higher than an
    /// identified On-Demand price. The identified On-Demand price is the price of the lowest priced
    /// current generation C, M, or R instance type with your specified attributes. If no current
    /// generation C, M, or R instance type matches your attributes, then the identified price is
    /// from either the lowest priced current generation instance types or, failing that, the lowest
    /// priced previous generation instance types that match your attributes. When Amazon ECS
    /// selects instance types with your attributes, we will exclude instance types whose price
    /// exceeds your specified threshold.
    #[shape(name = "onDemandMaxPricePercentageOverLowestPrice")]
    pub on_demand_max_price_percentage_over_lowest_price: Option<i32>,
    /// Indicates whether to include bare metal instance types. Set to `included` to allow bare
    /// metal instances, `excluded` to exclude them, or `required` to use only bare metal instances.
    #[shape(name = "bareMetal")]
    pub bare_metal: Option<BareMetal>,
    /// Indicates whether to include burstable performance instance types (T2, T3, T3a, T4g). Set to
    /// `included` to allow burstable instances, `excluded` to exclude them, or `required` to use
    /// only burstable instances.
    #[shape(name = "burstablePerformance")]
    pub burstable_performance: Option<BurstablePerformance>,
    /// Indicates whether the instance types must support hibernation. When set to `true`, only
    /// instance types that support hibernation are selected.
    #[shape(name = "requireHibernateSupport")]
    pub require_hibernate_support: Option<bool>,
    /// The minimum and maximum number of network interfaces for the instance types. This is useful
    /// for workloads that require multiple network interfaces.
    #[shape(name = "networkInterfaceCount")]
    pub network_interface_count: Option<NetworkInterfaceCountRequest>,
    /// Indicates whether to include instance types with local storage. Set to `included` to allow
    /// local storage, `excluded` to exclude it, or `required` to use only instances with local
    /// storage.
    #[shape(name = "localStorage")]
    pub local_storage: Option<LocalStorage>,
    /// The local storage types to include. You can specify `hdd` for hard disk drives, `ssd` for
    /// solid state drives, or both.
    #[shape(name = "localStorageTypes")]
    pub local_storage_types: Option<Vec<LocalStorageType>>,
    /// The minimum and maximum total local storage in gigabytes (GB) for instance types with local
    /// storage.
    #[shape(name = "totalLocalStorageGB")]
    pub total_local_storage_gb: Option<TotalLocalStorageGBRequest>,
    /// The minimum and maximum baseline Amazon EBS bandwidth in megabits per second (Mbps). This is
    /// important for workloads with high storage I/O requirements.
    #[shape(name = "baselineEbsBandwidthMbps")]
    pub baseline_ebs_bandwidth_mbps: Option<BaselineEbsBandwidthMbpsRequest>,
    /// The accelerator types to include. You can specify `gpu` for graphics processing units,
    /// `fpga` for field programmable gate arrays, or `inference` for machine learning inference
    /// accelerators.
    #[shape(name = "acceleratorTypes")]
    pub accelerator_types: Option<Vec<AcceleratorType>>,
    /// The minimum and maximum number of accelerators for the instance types. This is used when you
    /// need instances with specific numbers of GPUs or other accelerators.
    #[shape(name = "acceleratorCount")]
    pub accelerator_count: Option<AcceleratorCountRequest>,
    /// The accelerator manufacturers to include. You can specify `nvidia`, `amd`,
    /// `amazon-web-services`, or `xilinx` depending on your accelerator requirements.
    #[shape(name = "acceleratorManufacturers")]
    pub accelerator_manufacturers: Option<Vec<AcceleratorManufacturer>>,
    /// The specific accelerator names to include. For example, you can specify `a100`, `v100`,
    /// `k80`, or other specific accelerator models.
    #[shape(name = "acceleratorNames")]
    pub accelerator_names: Option<Vec<AcceleratorName>>,
    /// The minimum and maximum total accelerator memory in mebibytes (MiB). This is important for
    /// GPU workloads that require specific amounts of video memory.
    #[shape(name = "acceleratorTotalMemoryMiB")]
    pub accelerator_total_memory_mi_b: Option<AcceleratorTotalMemoryMiBRequest>,
    /// The minimum and maximum network bandwidth in gigabits per second (Gbps). This is crucial for
    /// network-intensive workloads that require high throughput.
    #[shape(name = "networkBandwidthGbps")]
    pub network_bandwidth_gbps: Option<NetworkBandwidthGbpsRequest>,
    /// The instance types to include in the selection. When specified, Amazon ECS only considers
    /// these instance types, subject to the other requirements specified.
    #[shape(name = "allowedInstanceTypes")]
    pub allowed_instance_types: Option<Vec<String>>,
    /// The maximum price for Spot instances as a percentage of the optimal On-Demand price. This
    /// provides more precise cost control for Spot instance selection.
    #[shape(name = "maxSpotPriceAsPercentageOfOptimalOnDemandPrice")]
    pub max_spot_price_as_percentage_of_optimal_on_demand_price: Option<i32>,
}

/// The model's `IpcMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum IpcMode {
    /// `host`
    #[default]
    #[shape(name = "host")]
    Host,
    /// `task`
    #[shape(name = "task")]
    Task,
    /// `none`
    #[shape(name = "none")]
    None,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The Linux capabilities to add or remove from the default Docker configuration for a container
/// defined in the task definition. For more detailed information about these Linux capabilities,
/// see the [capabilities(7)](http://man7.org/linux/man-pages/man7/capabilities.7.html) Linux manual
/// page.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KernelCapabilities {
    /// The Linux capabilities for the container that have been added to the default configuration
    /// provided by Docker. This parameter maps to `CapAdd` in the docker container create command
    /// and the `--cap-add` option to docker run.
    #[shape(name = "add")]
    pub add: Option<Vec<String>>,
    /// The Linux capabilities for the container that have been removed from the default
    /// configuration provided by Docker. This parameter maps to `CapDrop` in the docker container
    /// create command and the `--cap-drop` option to docker run.
    #[shape(name = "drop")]
    pub drop: Option<Vec<String>>,
}

/// A key-value pair object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KeyValuePair {
    /// The name of the key-value pair. For environment variables, this is the name of the
    /// environment variable.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The value of the key-value pair. For environment variables, this is the value of the
    /// environment variable.
    #[shape(name = "value")]
    pub value: Option<String>,
}

/// The model's `LaunchType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LaunchType {
    /// `EC2`
    #[default]
    #[shape(name = "EC2")]
    Ec2,
    /// `FARGATE`
    #[shape(name = "FARGATE")]
    Fargate,
    /// `EXTERNAL`
    #[shape(name = "EXTERNAL")]
    External,
    /// `MANAGED_INSTANCES`
    #[shape(name = "MANAGED_INSTANCES")]
    ManagedInstances,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Configuration for linear deployment strategy that shifts production traffic in equal percentage
/// increments with configurable wait times between each step until 100% of traffic is shifted to
/// the new service revision. This is only valid when you run `CreateService` or `UpdateService`
/// with `deploymentController` set to `ECS` and a `deploymentConfiguration` with a strategy set to
/// `LINEAR`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LinearConfiguration {
    /// The percentage of production traffic to shift in each step during a linear deployment. Valid
    /// values are multiples of 0.1 from 3.0 to 100.0. The default value is 10.0.
    #[shape(name = "stepPercent")]
    pub step_percent: Option<f64>,
    /// The amount of time in minutes to wait between each traffic shifting step during a linear
    /// deployment. Valid values are 0 to 1440 minutes (24 hours). The default value is 6. This bake
    /// time is not applied after reaching 100 percent traffic.
    #[shape(name = "stepBakeTimeInMinutes")]
    pub step_bake_time_in_minutes: Option<i32>,
}

/// The Linux-specific options that are applied to the container, such as Linux
/// [KernelCapabilities](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_KernelCapabilities.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LinuxParameters {
    /// The Linux capabilities for the container that are added to or dropped from the default
    /// configuration provided by Docker.
    #[shape(name = "capabilities")]
    pub capabilities: Option<KernelCapabilities>,
    /// Any host devices to expose to the container. This parameter maps to `Devices` in the docker
    /// container create command and the `--device` option to docker run.
    #[shape(name = "devices")]
    pub devices: Option<Vec<Device>>,
    /// Run an `init` process inside the container that forwards signals and reaps processes. This
    /// parameter maps to the `--init` option to docker run. This parameter requires version 1.25 of
    /// the Docker Remote API or greater on your container instance. To check the Docker Remote API
    /// version on your container instance, log in to your container instance and run the following
    /// command: `sudo docker version --format '{{.Server.APIVersion}}'`
    #[shape(name = "initProcessEnabled")]
    pub init_process_enabled: Option<bool>,
    /// The value for the size (in MiB) of the `/dev/shm` volume. This parameter maps to the
    /// `--shm-size` option to docker run.
    #[shape(name = "sharedMemorySize")]
    pub shared_memory_size: Option<i32>,
    /// The container path, mount options, and size (in MiB) of the tmpfs mount. This parameter maps
    /// to the `--tmpfs` option to docker run.
    #[shape(name = "tmpfs")]
    pub tmpfs: Option<Vec<Tmpfs>>,
    /// The total amount of swap memory (in MiB) a container can use. This parameter will be
    /// translated to the `--memory-swap` option to docker run where the value would be the sum of
    /// the container memory plus the `maxSwap` value.
    #[shape(name = "maxSwap")]
    pub max_swap: Option<i32>,
    /// This allows you to tune a container's memory swappiness behavior. A `swappiness` value of
    /// `0` will cause swapping to not happen unless absolutely necessary. A `swappiness` value of
    /// `100` will cause pages to be swapped very aggressively. Accepted values are whole numbers
    /// between `0` and `100`. If the `swappiness` parameter is not specified, a default value of
    /// `60` is used. If a value is not specified for `maxSwap` then this parameter is ignored. This
    /// parameter maps to the `--memory-swappiness` option to docker run.
    #[shape(name = "swappiness")]
    pub swappiness: Option<i32>,
}

/// The input of `ListAccountSettings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAccountSettingsRequest {
    /// The name of the account setting you want to list the settings for.
    #[shape(name = "name")]
    pub name: Option<SettingName>,
    /// The value of the account settings to filter results with. You must also specify an account
    /// setting name to use this parameter.
    #[shape(name = "value")]
    pub value: Option<String>,
    /// The ARN of the principal, which can be a user, role, or the root user. If this field is
    /// omitted, the account settings are listed only for the authenticated user.
    #[shape(name = "principalArn")]
    pub principal_arn: Option<String>,
    /// Determines whether to return the effective settings. If `true`, the account settings for the
    /// root user or the default setting for the `principalArn` are returned. If `false`, the
    /// account settings for the `principalArn` are returned if they're set. Otherwise, no account
    /// settings are returned.
    #[shape(name = "effectiveSettings")]
    pub effective_settings: Option<bool>,
    /// The `nextToken` value returned from a `ListAccountSettings` request indicating that more
    /// results are available to fulfill the request and further calls will be needed. If
    /// `maxResults` was provided, it's possible the number of results to be fewer than
    /// `maxResults`.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of account setting results returned by `ListAccountSettings` in paginated
    /// output. When this parameter is used, `ListAccountSettings` only returns `maxResults` results
    /// in a single page along with a `nextToken` response element. The remaining results of the
    /// initial request can be seen by sending another `ListAccountSettings` request with the
    /// returned `nextToken` value. This value can be between 1 and 10. If this parameter isn't
    /// used, then `ListAccountSettings` returns up to 10 results and a `nextToken` value if
    /// applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
}

/// The output of `ListAccountSettings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAccountSettingsResponse {
    /// The account settings for the resource.
    #[shape(name = "settings")]
    pub settings: Option<Vec<Setting>>,
    /// The `nextToken` value to include in a future `ListAccountSettings` request. When the results
    /// of a `ListAccountSettings` request exceed `maxResults`, this value can be used to retrieve
    /// the next page of results. This value is `null` when there are no more results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListAttributes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAttributesRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster to list attributes. If you
    /// do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The type of the target to list attributes with.
    #[shape(name = "targetType")]
    pub target_type: TargetType,
    /// The name of the attribute to filter the results with.
    #[shape(name = "attributeName")]
    pub attribute_name: Option<String>,
    /// The value of the attribute to filter results with. You must also specify an attribute name
    /// to use this parameter.
    #[shape(name = "attributeValue")]
    pub attribute_value: Option<String>,
    /// The `nextToken` value returned from a `ListAttributes` request indicating that more results
    /// are available to fulfill the request and further calls are needed. If `maxResults` was
    /// provided, it's possible the number of results to be fewer than `maxResults`.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of cluster results that `ListAttributes` returned in paginated output.
    /// When this parameter is used, `ListAttributes` only returns `maxResults` results in a single
    /// page along with a `nextToken` response element. The remaining results of the initial request
    /// can be seen by sending another `ListAttributes` request with the returned `nextToken` value.
    /// This value can be between 1 and 100. If this parameter isn't used, then `ListAttributes`
    /// returns up to 100 results and a `nextToken` value if applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
}

/// The output of `ListAttributes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAttributesResponse {
    /// A list of attribute objects that meet the criteria of the request.
    #[shape(name = "attributes")]
    pub attributes: Option<Vec<Attribute>>,
    /// The `nextToken` value to include in a future `ListAttributes` request. When the results of a
    /// `ListAttributes` request exceed `maxResults`, this value can be used to retrieve the next
    /// page of results. This value is `null` when there are no more results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListClusters`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListClustersRequest {
    /// The `nextToken` value returned from a `ListClusters` request indicating that more results
    /// are available to fulfill the request and further calls are needed. If `maxResults` was
    /// provided, it's possible the number of results to be fewer than `maxResults`.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of cluster results that `ListClusters` returned in paginated output. When
    /// this parameter is used, `ListClusters` only returns `maxResults` results in a single page
    /// along with a `nextToken` response element. The remaining results of the initial request can
    /// be seen by sending another `ListClusters` request with the returned `nextToken` value. This
    /// value can be between 1 and 100. If this parameter isn't used, then `ListClusters` returns up
    /// to 100 results and a `nextToken` value if applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
}

/// The output of `ListClusters`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListClustersResponse {
    /// The list of full Amazon Resource Name (ARN) entries for each cluster that's associated with
    /// your account.
    #[shape(name = "clusterArns")]
    pub cluster_arns: Option<Vec<String>>,
    /// The `nextToken` value to include in a future `ListClusters` request. When the results of a
    /// `ListClusters` request exceed `maxResults`, this value can be used to retrieve the next page
    /// of results. This value is `null` when there are no more results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListContainerInstances`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListContainerInstancesRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the container
    /// instances to list. If you do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// You can filter the results of a `ListContainerInstances` operation with cluster query
    /// language statements. For more information, see [Cluster Query
    /// Language](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "filter")]
    pub filter: Option<String>,
    /// The `nextToken` value returned from a `ListContainerInstances` request indicating that more
    /// results are available to fulfill the request and further calls are needed. If `maxResults`
    /// was provided, it's possible the number of results to be fewer than `maxResults`.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of container instance results that `ListContainerInstances` returned in
    /// paginated output. When this parameter is used, `ListContainerInstances` only returns
    /// `maxResults` results in a single page along with a `nextToken` response element. The
    /// remaining results of the initial request can be seen by sending another
    /// `ListContainerInstances` request with the returned `nextToken` value. This value can be
    /// between 1 and 100. If this parameter isn't used, then `ListContainerInstances` returns up to
    /// 100 results and a `nextToken` value if applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// Filters the container instances by status. For example, if you specify the `DRAINING`
    /// status, the results include only container instances that have been set to `DRAINING` using
    /// [UpdateContainerInstancesState](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateContainerInstancesState.html).
    /// If you don't specify this parameter, the The default is to include container instances set
    /// to all states other than `INACTIVE`.
    #[shape(name = "status")]
    pub status: Option<ContainerInstanceStatus>,
}

/// The output of `ListContainerInstances`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListContainerInstancesResponse {
    /// The list of container instances with full ARN entries for each container instance associated
    /// with the specified cluster.
    #[shape(name = "containerInstanceArns")]
    pub container_instance_arns: Option<Vec<String>>,
    /// The `nextToken` value to include in a future `ListContainerInstances` request. When the
    /// results of a `ListContainerInstances` request exceed `maxResults`, this value can be used to
    /// retrieve the next page of results. This value is `null` when there are no more results to
    /// return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListDaemonDeployments`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDaemonDeploymentsRequest {
    /// The Amazon Resource Name (ARN) of the daemon to list deployments for.
    #[shape(name = "daemonArn")]
    pub daemon_arn: String,
    /// An optional filter to narrow the `ListDaemonDeployments` results by deployment status. If
    /// you don't specify a status, all deployments are returned.
    #[shape(name = "status")]
    pub status: Option<Vec<DaemonDeploymentStatus>>,
    /// An optional filter to narrow the `ListDaemonDeployments` results by creation time. If you
    /// don't specify a time range, all deployments are returned.
    #[shape(name = "createdAt")]
    pub created_at: Option<CreatedAt>,
    /// The maximum number of daemon deployment results that `ListDaemonDeployments` returned in
    /// paginated output. When this parameter is used, `ListDaemonDeployments` only returns
    /// `maxResults` results in a single page along with a `nextToken` response element. The
    /// remaining results of the initial request can be seen by sending another
    /// `ListDaemonDeployments` request with the returned `nextToken` value. This value can be
    /// between 1 and 100. If this parameter isn't used, then `ListDaemonDeployments` returns up to
    /// 20 results and a `nextToken` value if applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// The `nextToken` value returned from a `ListDaemonDeployments` request indicating that more
    /// results are available to fulfill the request and further calls will be needed. If
    /// `maxResults` was provided, it's possible for the number of results to be fewer than
    /// `maxResults`.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `ListDaemonDeployments`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDaemonDeploymentsResponse {
    /// The `nextToken` value to include in a future `ListDaemonDeployments` request. When the
    /// results of a `ListDaemonDeployments` request exceed `maxResults`, this value can be used to
    /// retrieve the next page of results.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The list of daemon deployment summaries.
    #[shape(name = "daemonDeployments")]
    pub daemon_deployments: Option<Vec<DaemonDeploymentSummary>>,
}

/// The input of `ListDaemonTaskDefinitions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDaemonTaskDefinitionsRequest {
    /// The full family name to filter the `ListDaemonTaskDefinitions` results with. Specifying a
    /// `familyPrefix` limits the listed daemon task definitions to daemon task definition families
    /// that start with the `familyPrefix` string.
    #[shape(name = "familyPrefix")]
    pub family_prefix: Option<String>,
    /// The exact name of the daemon task definition family to filter results with.
    #[shape(name = "family")]
    pub family: Option<String>,
    /// The revision filter to apply. Specify `LAST_REGISTERED` to return only the last registered
    /// revision for each daemon task definition family.
    #[shape(name = "revision")]
    pub revision: Option<DaemonTaskDefinitionRevisionFilter>,
    /// The daemon task definition status to filter the `ListDaemonTaskDefinitions` results with. By
    /// default, only `ACTIVE` daemon task definitions are listed. If you set this parameter to
    /// `DELETE_IN_PROGRESS`, only daemon task definitions that are in the process of being deleted
    /// are listed. If you set this parameter to `ALL`, all daemon task definitions are listed
    /// regardless of status.
    #[shape(name = "status")]
    pub status: Option<DaemonTaskDefinitionStatusFilter>,
    /// The order to sort the results. Valid values are `ASC` and `DESC`. By default (`ASC`), daemon
    /// task definitions are listed in ascending order by family name and revision number.
    #[shape(name = "sort")]
    pub sort: Option<SortOrder>,
    /// The `nextToken` value returned from a `ListDaemonTaskDefinitions` request indicating that
    /// more results are available to fulfill the request and further calls will be needed. If
    /// `maxResults` was provided, it's possible for the number of results to be fewer than
    /// `maxResults`.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of daemon task definition results that `ListDaemonTaskDefinitions`
    /// returned in paginated output. When this parameter is used, `ListDaemonTaskDefinitions` only
    /// returns `maxResults` results in a single page along with a `nextToken` response element. The
    /// remaining results of the initial request can be seen by sending another
    /// `ListDaemonTaskDefinitions` request with the returned `nextToken` value. This value can be
    /// between 1 and 100. If this parameter isn't used, then `ListDaemonTaskDefinitions` returns up
    /// to 100 results and a `nextToken` value if applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
}

/// The output of `ListDaemonTaskDefinitions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDaemonTaskDefinitionsResponse {
    /// The list of daemon task definition summaries.
    #[shape(name = "daemonTaskDefinitions")]
    pub daemon_task_definitions: Option<Vec<DaemonTaskDefinitionSummary>>,
    /// The `nextToken` value to include in a future `ListDaemonTaskDefinitions` request. When the
    /// results of a `ListDaemonTaskDefinitions` request exceed `maxResults`, this value can be used
    /// to retrieve the next page of results.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListDaemons`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDaemonsRequest {
    /// The Amazon Resource Name (ARN) of the cluster to filter daemons by. If not specified,
    /// daemons from all clusters are returned.
    #[shape(name = "clusterArn")]
    pub cluster_arn: Option<String>,
    /// The Amazon Resource Names (ARNs) of the capacity providers to filter daemons by. Only
    /// daemons associated with the specified capacity providers are returned.
    #[shape(name = "capacityProviderArns")]
    pub capacity_provider_arns: Option<Vec<String>>,
    /// The maximum number of daemon results that `ListDaemons` returned in paginated output. When
    /// this parameter is used, `ListDaemons` only returns `maxResults` results in a single page
    /// along with a `nextToken` response element. The remaining results of the initial request can
    /// be seen by sending another `ListDaemons` request with the returned `nextToken` value. This
    /// value can be between 1 and 100. If this parameter isn't used, then `ListDaemons` returns up
    /// to 100 results and a `nextToken` value if applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// The `nextToken` value returned from a `ListDaemons` request indicating that more results are
    /// available to fulfill the request and further calls will be needed. If `maxResults` was
    /// provided, it's possible for the number of results to be fewer than `maxResults`.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `ListDaemons`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDaemonsResponse {
    /// The list of daemon summaries.
    #[shape(name = "daemonSummariesList")]
    pub daemon_summaries_list: Option<Vec<DaemonSummary>>,
    /// The `nextToken` value to include in a future `ListDaemons` request. When the results of a
    /// `ListDaemons` request exceed `maxResults`, this value can be used to retrieve the next page
    /// of results.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListServiceDeployments`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListServiceDeploymentsRequest {
    /// The ARN or name of the service
    #[shape(name = "service")]
    pub service: String,
    /// The cluster that hosts the service. This can either be the cluster name or ARN. Starting
    /// April 15, 2023, Amazon Web Services will not onboard new customers to Amazon Elastic
    /// Inference (EI), and will help current customers migrate their workloads to options that
    /// offer better price and performance. If you don't specify a cluster, `default` is used.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// An optional filter you can use to narrow the results. If you do not specify a status, then
    /// all status values are included in the result.
    #[shape(name = "status")]
    pub status: Option<Vec<ServiceDeploymentStatus>>,
    /// An optional filter you can use to narrow the results by the service creation date. If you do
    /// not specify a value, the result includes all services created before the current time. The
    /// format is yyyy-MM-dd HH:mm:ss.SSSSSS.
    #[shape(name = "createdAt")]
    pub created_at: Option<CreatedAt>,
    /// The `nextToken` value returned from a `ListServiceDeployments` request indicating that more
    /// results are available to fulfill the request and further calls are needed. If you provided
    /// `maxResults`, it's possible the number of results is fewer than `maxResults`.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of service deployment results that `ListServiceDeployments` returned in
    /// paginated output. When this parameter is used, `ListServiceDeployments` only returns
    /// `maxResults` results in a single page along with a `nextToken` response element. The
    /// remaining results of the initial request can be seen by sending another
    /// `ListServiceDeployments` request with the returned `nextToken` value. This value can be
    /// between 1 and 100. If this parameter isn't used, then `ListServiceDeployments` returns up to
    /// 20 results and a `nextToken` value if applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
}

/// The output of `ListServiceDeployments`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListServiceDeploymentsResponse {
    /// An overview of the service deployment, including the following properties:
    #[shape(name = "serviceDeployments")]
    pub service_deployments: Option<Vec<ServiceDeploymentBrief>>,
    /// The `nextToken` value to include in a future `ListServiceDeployments` request. When the
    /// results of a `ListServiceDeployments` request exceed `maxResults`, this value can be used to
    /// retrieve the next page of results. This value is null when there are no more results to
    /// return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListServicesByNamespace`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListServicesByNamespaceRequest {
    /// The namespace name or full Amazon Resource Name (ARN) of the Cloud Map namespace to list the
    /// services in.
    #[shape(name = "namespace")]
    pub namespace: String,
    /// The `nextToken` value that's returned from a `ListServicesByNamespace` request. It indicates
    /// that more results are available to fulfill the request and further calls are needed. If
    /// `maxResults` is returned, it is possible the number of results is less than `maxResults`.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of service results that `ListServicesByNamespace` returns in paginated
    /// output. When this parameter is used, `ListServicesByNamespace` only returns `maxResults`
    /// results in a single page along with a `nextToken` response element. The remaining results of
    /// the initial request can be seen by sending another `ListServicesByNamespace` request with
    /// the returned `nextToken` value. This value can be between 1 and 100. If this parameter isn't
    /// used, then `ListServicesByNamespace` returns up to 10 results and a `nextToken` value if
    /// applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
}

/// The output of `ListServicesByNamespace`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListServicesByNamespaceResponse {
    /// The list of full ARN entries for each service that's associated with the specified
    /// namespace.
    #[shape(name = "serviceArns")]
    pub service_arns: Option<Vec<String>>,
    /// The `nextToken` value to include in a future `ListServicesByNamespace` request. When the
    /// results of a `ListServicesByNamespace` request exceed `maxResults`, this value can be used
    /// to retrieve the next page of results. When there are no more results to return, this value
    /// is `null`.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListServices`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListServicesRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster to use when filtering the
    /// `ListServices` results. If you do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The `nextToken` value returned from a `ListServices` request indicating that more results
    /// are available to fulfill the request and further calls will be needed. If `maxResults` was
    /// provided, it is possible the number of results to be fewer than `maxResults`.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of service results that `ListServices` returned in paginated output. When
    /// this parameter is used, `ListServices` only returns `maxResults` results in a single page
    /// along with a `nextToken` response element. The remaining results of the initial request can
    /// be seen by sending another `ListServices` request with the returned `nextToken` value. This
    /// value can be between 1 and 100. If this parameter isn't used, then `ListServices` returns up
    /// to 10 results and a `nextToken` value if applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// The launch type to use when filtering the `ListServices` results.
    #[shape(name = "launchType")]
    pub launch_type: Option<LaunchType>,
    /// The scheduling strategy to use when filtering the `ListServices` results.
    #[shape(name = "schedulingStrategy")]
    pub scheduling_strategy: Option<SchedulingStrategy>,
    /// The resourceManagementType type to use when filtering the `ListServices` results.
    #[shape(name = "resourceManagementType")]
    pub resource_management_type: Option<ResourceManagementType>,
}

/// The output of `ListServices`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListServicesResponse {
    /// The list of full ARN entries for each service that's associated with the specified cluster.
    #[shape(name = "serviceArns")]
    pub service_arns: Option<Vec<String>>,
    /// The `nextToken` value to include in a future `ListServices` request. When the results of a
    /// `ListServices` request exceed `maxResults`, this value can be used to retrieve the next page
    /// of results. This value is `null` when there are no more results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceRequest {
    /// The Amazon Resource Name (ARN) that identifies the resource to list the tags for. Currently,
    /// the supported resources are Amazon ECS tasks, services, task definitions, clusters, and
    /// container instances.
    #[shape(name = "resourceArn")]
    pub resource_arn: String,
}

/// The output of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceResponse {
    /// The tags for the resource.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
}

/// The input of `ListTaskDefinitionFamilies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTaskDefinitionFamiliesRequest {
    /// The `familyPrefix` is a string that's used to filter the results of
    /// `ListTaskDefinitionFamilies`. If you specify a `familyPrefix`, only task definition family
    /// names that begin with the `familyPrefix` string are returned.
    #[shape(name = "familyPrefix")]
    pub family_prefix: Option<String>,
    /// The task definition family status to filter the `ListTaskDefinitionFamilies` results with.
    /// By default, both `ACTIVE` and `INACTIVE` task definition families are listed. If this
    /// parameter is set to `ACTIVE`, only task definition families that have an `ACTIVE` task
    /// definition revision are returned. If this parameter is set to `INACTIVE`, only task
    /// definition families that do not have any `ACTIVE` task definition revisions are returned. If
    /// you paginate the resulting output, be sure to keep the `status` value constant in each
    /// subsequent request.
    #[shape(name = "status")]
    pub status: Option<TaskDefinitionFamilyStatus>,
    /// The `nextToken` value returned from a `ListTaskDefinitionFamilies` request indicating that
    /// more results are available to fulfill the request and further calls will be needed. If
    /// `maxResults` was provided, it is possible the number of results to be fewer than
    /// `maxResults`.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of task definition family results that `ListTaskDefinitionFamilies`
    /// returned in paginated output. When this parameter is used, `ListTaskDefinitions` only
    /// returns `maxResults` results in a single page along with a `nextToken` response element. The
    /// remaining results of the initial request can be seen by sending another
    /// `ListTaskDefinitionFamilies` request with the returned `nextToken` value. This value can be
    /// between 1 and 100. If this parameter isn't used, then `ListTaskDefinitionFamilies` returns
    /// up to 100 results and a `nextToken` value if applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
}

/// The output of `ListTaskDefinitionFamilies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTaskDefinitionFamiliesResponse {
    /// The list of task definition family names that match the `ListTaskDefinitionFamilies`
    /// request.
    #[shape(name = "families")]
    pub families: Option<Vec<String>>,
    /// The `nextToken` value to include in a future `ListTaskDefinitionFamilies` request. When the
    /// results of a `ListTaskDefinitionFamilies` request exceed `maxResults`, this value can be
    /// used to retrieve the next page of results. This value is `null` when there are no more
    /// results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListTaskDefinitions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTaskDefinitionsRequest {
    /// The full family name to filter the `ListTaskDefinitions` results with. Specifying a
    /// `familyPrefix` limits the listed task definitions to task definition revisions that belong
    /// to that family.
    #[shape(name = "familyPrefix")]
    pub family_prefix: Option<String>,
    /// The task definition status to filter the `ListTaskDefinitions` results with. By default,
    /// only `ACTIVE` task definitions are listed. By setting this parameter to `INACTIVE`, you can
    /// view task definitions that are `INACTIVE` as long as an active task or service still
    /// references them. If you paginate the resulting output, be sure to keep the `status` value
    /// constant in each subsequent request.
    #[shape(name = "status")]
    pub status: Option<TaskDefinitionStatus>,
    /// The order to sort the results in. Valid values are `ASC` and `DESC`. By default, (`ASC`)
    /// task definitions are listed lexicographically by family name and in ascending numerical
    /// order by revision so that the newest task definitions in a family are listed last. Setting
    /// this parameter to `DESC` reverses the sort order on family name and revision. This is so
    /// that the newest task definitions in a family are listed first.
    #[shape(name = "sort")]
    pub sort: Option<SortOrder>,
    /// The `nextToken` value returned from a `ListTaskDefinitions` request indicating that more
    /// results are available to fulfill the request and further calls will be needed. If
    /// `maxResults` was provided, it is possible the number of results to be fewer than
    /// `maxResults`.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of task definition results that `ListTaskDefinitions` returned in
    /// paginated output. When this parameter is used, `ListTaskDefinitions` only returns
    /// `maxResults` results in a single page along with a `nextToken` response element. The
    /// remaining results of the initial request can be seen by sending another
    /// `ListTaskDefinitions` request with the returned `nextToken` value. This value can be between
    /// 1 and 100. If this parameter isn't used, then `ListTaskDefinitions` returns up to 100
    /// results and a `nextToken` value if applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
}

/// The output of `ListTaskDefinitions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTaskDefinitionsResponse {
    /// The list of task definition Amazon Resource Name (ARN) entries for the `ListTaskDefinitions`
    /// request.
    #[shape(name = "taskDefinitionArns")]
    pub task_definition_arns: Option<Vec<String>>,
    /// The `nextToken` value to include in a future `ListTaskDefinitions` request. When the results
    /// of a `ListTaskDefinitions` request exceed `maxResults`, this value can be used to retrieve
    /// the next page of results. This value is `null` when there are no more results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListTasks`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTasksRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster to use when filtering the
    /// `ListTasks` results. If you do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The container instance ID or full ARN of the container instance to use when filtering the
    /// `ListTasks` results. Specifying a `containerInstance` limits the results to tasks that
    /// belong to that container instance.
    #[shape(name = "containerInstance")]
    pub container_instance: Option<String>,
    /// The name of the task definition family to use when filtering the `ListTasks` results.
    /// Specifying a `family` limits the results to tasks that belong to that family.
    #[shape(name = "family")]
    pub family: Option<String>,
    /// The `nextToken` value returned from a `ListTasks` request indicating that more results are
    /// available to fulfill the request and further calls will be needed. If `maxResults` was
    /// provided, it's possible the number of results to be fewer than `maxResults`.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of task results that `ListTasks` returned in paginated output. When this
    /// parameter is used, `ListTasks` only returns `maxResults` results in a single page along with
    /// a `nextToken` response element. The remaining results of the initial request can be seen by
    /// sending another `ListTasks` request with the returned `nextToken` value. This value can be
    /// between 1 and 100. If this parameter isn't used, then `ListTasks` returns up to 100 results
    /// and a `nextToken` value if applicable.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// The `startedBy` value to filter the task results with. Specifying a `startedBy` value limits
    /// the results to tasks that were started with that value.
    #[shape(name = "startedBy")]
    pub started_by: Option<String>,
    /// The name of the service to use when filtering the `ListTasks` results. Specifying a
    /// `serviceName` limits the results to tasks that belong to that service.
    #[shape(name = "serviceName")]
    pub service_name: Option<String>,
    /// The task desired status to use when filtering the `ListTasks` results. Specifying a
    /// `desiredStatus` of `STOPPED` limits the results to tasks that Amazon ECS has set the desired
    /// status to `STOPPED`. This can be useful for debugging tasks that aren't starting properly or
    /// have died or finished. The default status filter is `RUNNING`, which shows tasks that Amazon
    /// ECS has set the desired status to `RUNNING`.
    #[shape(name = "desiredStatus")]
    pub desired_status: Option<DesiredStatus>,
    /// The launch type to use when filtering the `ListTasks` results.
    #[shape(name = "launchType")]
    pub launch_type: Option<LaunchType>,
    /// The name of the daemon to use when filtering the `ListTasks` results. Specifying a
    /// `daemonName` limits the results to tasks that belong to that daemon.
    #[shape(name = "daemonName")]
    pub daemon_name: Option<String>,
}

/// The output of `ListTasks`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTasksResponse {
    /// The list of task ARN entries for the `ListTasks` request.
    #[shape(name = "taskArns")]
    pub task_arns: Option<Vec<String>>,
    /// The `nextToken` value to include in a future `ListTasks` request. When the results of a
    /// `ListTasks` request exceed `maxResults`, this value can be used to retrieve the next page of
    /// results. This value is `null` when there are no more results to return.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The load balancer configuration to use with a service or task set.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LoadBalancer {
    /// The full Amazon Resource Name (ARN) of the Elastic Load Balancing target group or groups
    /// associated with a service or task set.
    #[shape(name = "targetGroupArn")]
    pub target_group_arn: Option<String>,
    /// The name of the load balancer to associate with the Amazon ECS service or task set.
    #[shape(name = "loadBalancerName")]
    pub load_balancer_name: Option<String>,
    /// The name of the container (as it appears in a container definition) to associate with the
    /// load balancer.
    #[shape(name = "containerName")]
    pub container_name: Option<String>,
    /// The port on the container to associate with the load balancer. This port must correspond to
    /// a `containerPort` in the task definition the tasks in the service are using. For tasks that
    /// use the EC2 launch type, the container instance they're launched on must allow ingress
    /// traffic on the `hostPort` of the port mapping.
    #[shape(name = "containerPort")]
    pub container_port: Option<i32>,
    /// The advanced settings for the load balancer used in blue/green deployments. Specify the
    /// alternate target group, listener rules, and IAM role required for traffic shifting during
    /// blue/green deployments.
    #[shape(name = "advancedConfiguration")]
    pub advanced_configuration: Option<AdvancedConfiguration>,
}

/// The model's `LocalStorage`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LocalStorage {
    /// `included`
    #[default]
    #[shape(name = "included")]
    Included,
    /// `required`
    #[shape(name = "required")]
    Required,
    /// `excluded`
    #[shape(name = "excluded")]
    Excluded,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `LocalStorageType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LocalStorageType {
    /// `hdd`
    #[default]
    #[shape(name = "hdd")]
    Hdd,
    /// `ssd`
    #[shape(name = "ssd")]
    Ssd,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The log configuration for the container. This parameter maps to `LogConfig` in the docker
/// container create command and the `--log-driver` option to docker run.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LogConfiguration {
    /// The log driver to use for the container.
    #[shape(name = "logDriver")]
    pub log_driver: LogDriver,
    /// The configuration options to send to the log driver.
    #[shape(name = "options")]
    pub options: Option<HashMap<String, String>>,
    /// The secrets to pass to the log configuration. For more information, see [Specifying
    /// sensitive
    /// data](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "secretOptions")]
    pub secret_options: Option<Vec<Secret>>,
}

/// The model's `LogDriver`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LogDriver {
    /// `json-file`
    #[default]
    #[shape(name = "json-file")]
    JsonFile,
    /// `syslog`
    #[shape(name = "syslog")]
    Syslog,
    /// `journald`
    #[shape(name = "journald")]
    Journald,
    /// `gelf`
    #[shape(name = "gelf")]
    Gelf,
    /// `fluentd`
    #[shape(name = "fluentd")]
    Fluentd,
    /// `awslogs`
    #[shape(name = "awslogs")]
    Awslogs,
    /// `splunk`
    #[shape(name = "splunk")]
    Splunk,
    /// `awsfirelens`
    #[shape(name = "awsfirelens")]
    Awsfirelens,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Details about the managed agent status for the container.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedAgent {
    /// The Unix timestamp for the time when the managed agent was last started.
    #[shape(name = "lastStartedAt")]
    pub last_started_at: Option<DateTime>,
    /// The name of the managed agent. When the execute command feature is turned on, the managed
    /// agent name is `ExecuteCommandAgent`.
    #[shape(name = "name")]
    pub name: Option<ManagedAgentName>,
    /// The reason for why the managed agent is in the state it is in.
    #[shape(name = "reason")]
    pub reason: Option<String>,
    /// The last known status of the managed agent.
    #[shape(name = "lastStatus")]
    pub last_status: Option<String>,
}

/// The model's `ManagedAgentName`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ManagedAgentName {
    /// `ExecuteCommandAgent`
    #[default]
    ExecuteCommandAgent,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object representing a change in state for a managed agent.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedAgentStateChange {
    /// The name of the container that's associated with the managed agent.
    #[shape(name = "containerName")]
    pub container_name: String,
    /// The name of the managed agent.
    #[shape(name = "managedAgentName")]
    pub managed_agent_name: ManagedAgentName,
    /// The status of the managed agent.
    #[shape(name = "status")]
    pub status: String,
    /// The reason for the status of the managed agent.
    #[shape(name = "reason")]
    pub reason: Option<String>,
}

/// The Application Auto Scaling policy created by Amazon ECS when you create an Express service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedApplicationAutoScalingPolicy {
    /// The Amazon Resource Name (ARN) of the Application Auto Scaling policy associated with the
    /// Express service.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The status of Application Auto Scaling policy creation.
    #[shape(name = "status")]
    pub status: ManagedResourceStatus,
    /// Information about why the Application Auto Scaling policy is in the current status.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
    /// The Unix timestamp for when the Application Auto Scaling policy was last updated.
    #[shape(name = "updatedAt")]
    pub updated_at: DateTime,
    /// The type of Application Auto Scaling policy associated with the Express service. Valid
    /// values are `TargetTrackingScaling`, `StepScaling`, and `PredictiveScaling`.
    #[shape(name = "policyType")]
    pub policy_type: String,
    /// The target value for the auto scaling metric.
    #[shape(name = "targetValue")]
    pub target_value: f64,
    /// The metric used for auto scaling decisions. The available metrics are
    /// `ECSServiceAverageCPUUtilization`, `ECSServiceAverageMemoryUtilization`, and
    /// `ALBRequestCOuntPerTarget`.
    #[shape(name = "metric")]
    pub metric: String,
}

/// The auto scaling configuration created by Amazon ECS for an Express service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedAutoScaling {
    /// Represents a scalable target.
    #[shape(name = "scalableTarget")]
    pub scalable_target: Option<ManagedScalableTarget>,
    /// The policy used for auto scaling.
    #[shape(name = "applicationAutoScalingPolicies")]
    pub application_auto_scaling_policies: Option<Vec<ManagedApplicationAutoScalingPolicy>>,
}

/// The ACM certificate associated with the HTTPS domain created for the Express service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedCertificate {
    /// The Amazon Resource Name (ARN) of the ACM certificate.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The status of the ACM; certificate.
    #[shape(name = "status")]
    pub status: ManagedResourceStatus,
    /// Information about why the ACM certificate is in the current status.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
    /// The Unix timestamp for when the ACM certificate was last updated
    #[shape(name = "updatedAt")]
    pub updated_at: DateTime,
    /// The fully qualified domain name (FQDN) that is secured with this ACM certificate.
    #[shape(name = "domainName")]
    pub domain_name: String,
}

/// The model's `ManagedDraining`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ManagedDraining {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The entry point into the Express service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedIngressPath {
    /// The type of access to the endpoint for the Express service.
    #[shape(name = "accessType")]
    pub access_type: AccessType,
    /// The endpoint for access to the Express service.
    #[shape(name = "endpoint")]
    pub endpoint: String,
    /// The Application Load Balancer associated with the Express service.
    #[shape(name = "loadBalancer")]
    pub load_balancer: Option<ManagedLoadBalancer>,
    /// The security groups associated with the Application Load Balancer.
    #[shape(name = "loadBalancerSecurityGroups")]
    pub load_balancer_security_groups: Option<Vec<ManagedSecurityGroup>>,
    /// The ACM certificate for the Express service's domain.
    #[shape(name = "certificate")]
    pub certificate: Option<ManagedCertificate>,
    /// The listeners associated with the Application Load Balancer.
    #[shape(name = "listener")]
    pub listener: Option<ManagedListener>,
    /// The listener rules for the Application Load Balancer.
    #[shape(name = "rule")]
    pub rule: Option<ManagedListenerRule>,
    /// The target groups associated with the Application Load Balancer.
    #[shape(name = "targetGroups")]
    pub target_groups: Option<Vec<ManagedTargetGroup>>,
}

/// The local storage configuration for Amazon ECS Managed Instances. This defines how ECS uses and
/// configures instance store volumes available on container instance.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedInstancesLocalStorageConfiguration {
    /// Use instance store volumes for data storage when available. EBS volumes are not provisioned
    /// for data storage. If the container instance has multiple instance store volumes, a single
    /// data volume is created. Consider defining instance store requirements using the
    /// `localStorage`, `localStorageTypes` and `totalLocalStorageGB` properties.
    #[shape(name = "useLocalStorage")]
    pub use_local_storage: Option<bool>,
}

/// The model's `ManagedInstancesMonitoringOptions`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ManagedInstancesMonitoringOptions {
    /// `BASIC`
    #[default]
    #[shape(name = "BASIC")]
    Basic,
    /// `DETAILED`
    #[shape(name = "DETAILED")]
    Detailed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The network configuration for Amazon ECS Managed Instances. This specifies the VPC subnets and
/// security groups that instances use for network connectivity. Amazon ECS Managed Instances
/// support multiple network modes including `awsvpc` (instances receive ENIs for task isolation),
/// `host` (instances share network namespace with tasks), and `none` (no external network
/// connectivity), ensuring backward compatibility for migrating workloads from Fargate or Amazon
/// EC2.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedInstancesNetworkConfiguration {
    /// The list of subnet IDs where Amazon ECS can launch Amazon ECS Managed Instances. Instances
    /// are distributed across the specified subnets for high availability. All subnets must be in
    /// the same VPC.
    #[shape(name = "subnets")]
    pub subnets: Option<Vec<String>>,
    /// The list of security group IDs to apply to Amazon ECS Managed Instances. These security
    /// groups control the network traffic allowed to and from the instances.
    #[shape(name = "securityGroups")]
    pub security_groups: Option<Vec<String>>,
}

/// The configuration for a Amazon ECS Managed Instances provider. Amazon ECS uses this
/// configuration to automatically launch, manage, and terminate Amazon EC2 instances on your
/// behalf. Managed instances provide access to the full range of Amazon EC2 instance types and
/// features while offloading infrastructure management to Amazon Web Services.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedInstancesProvider {
    /// The Amazon Resource Name (ARN) of the infrastructure role that Amazon ECS assumes to manage
    /// instances. This role must include permissions for Amazon EC2 instance lifecycle management,
    /// networking, and any additional Amazon Web Services services required for your workloads.
    #[shape(name = "infrastructureRoleArn")]
    pub infrastructure_role_arn: Option<String>,
    /// The launch template that defines how Amazon ECS launches Amazon ECS Managed Instances. This
    /// includes the instance profile for your tasks, network and storage configuration, and
    /// instance requirements that determine which Amazon EC2 instance types can be used.
    #[shape(name = "instanceLaunchTemplate")]
    pub instance_launch_template: Option<InstanceLaunchTemplate>,
    /// Determines whether tags from the capacity provider are automatically applied to Amazon ECS
    /// Managed Instances. This helps with cost allocation and resource management by ensuring
    /// consistent tagging across your infrastructure.
    #[shape(name = "propagateTags")]
    pub propagate_tags: Option<PropagateMITags>,
    /// Defines how Amazon ECS Managed Instances optimizes the infrastastructure in your capacity
    /// provider. Configure it to turn on or off the infrastructure optimization in your capacity
    /// provider, and to control the idle or underutilized EC2 instances optimization delay.
    #[shape(name = "infrastructureOptimization")]
    pub infrastructure_optimization: Option<InfrastructureOptimization>,
    /// The auto repair configuration for the Amazon ECS Managed Instances capacity provider.
    /// Indicates whether Amazon ECS automatically replaces container instances that are detected as
    /// unhealthy.
    #[shape(name = "autoRepairConfiguration")]
    pub auto_repair_configuration: Option<AutoRepairConfiguration>,
}

/// The storage configuration for Amazon ECS Managed Instances. This defines the data volume
/// configuration for the instances.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedInstancesStorageConfiguration {
    /// The size of the data volume.
    #[shape(name = "storageSizeGiB")]
    pub storage_size_gi_b: Option<i32>,
}

/// The listeners associated with the Express service's Application Load Balancer.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedListener {
    /// The Amazon Resource Name (ARN) of the load balancer listener.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The status of the load balancer listener.
    #[shape(name = "status")]
    pub status: ManagedResourceStatus,
    /// Informaion about why the load balancer listener is in the current status.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
    /// The Unix timestamp for when this listener was most recently updated.
    #[shape(name = "updatedAt")]
    pub updated_at: DateTime,
}

/// The listener rule associated with the Express service's Application Load Balancer.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedListenerRule {
    /// The Amazon Resource Name (ARN) of the load balancer listener rule.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The status of the load balancer listener rule.
    #[shape(name = "status")]
    pub status: ManagedResourceStatus,
    /// Information about why the load balancer listener rule is in the current status.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
    /// The Unix timestamp for when this listener rule was most recently updated.
    #[shape(name = "updatedAt")]
    pub updated_at: DateTime,
}

/// The Application Load Balancer associated with the Express service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedLoadBalancer {
    /// The Amazon Resource Name (ARN) of the load balancer.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The status of the load balancer.
    #[shape(name = "status")]
    pub status: ManagedResourceStatus,
    /// Information about why the load balancer is in the current status.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
    /// The Unix timestamp for when this load balancer was most recently updated.
    #[shape(name = "updatedAt")]
    pub updated_at: DateTime,
    /// The scheme of the load balancer. By default, the scheme of the load balancer is
    /// `internet-facing`.
    #[shape(name = "scheme")]
    pub scheme: String,
    /// The IDs of the subnets associated with the load balancer.
    #[shape(name = "subnetIds")]
    pub subnet_ids: Option<Vec<String>>,
    /// The IDs of the security groups associated with the load balancer.
    #[shape(name = "securityGroupIds")]
    pub security_group_ids: Option<Vec<String>>,
}

/// The Cloudwatch Log Group created by Amazon ECS for an Express service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedLogGroup {
    /// The Amazon Resource Name (ARN) of the Cloudwatch Log Group associated with the Express
    /// service.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The status of the Cloudwatch LogGroup.
    #[shape(name = "status")]
    pub status: ManagedResourceStatus,
    /// Information about why the Cloudwatch LogGroup is in the current status.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
    /// The Unix timestamp for when the Cloudwatch LogGroup was last updated
    #[shape(name = "updatedAt")]
    pub updated_at: DateTime,
    /// The name of the Cloudwatch Log Group associated with the Express service.
    #[shape(name = "logGroupName")]
    pub log_group_name: String,
}

/// The CloudWatch metric alarm associated with the Express service's scaling policy.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedMetricAlarm {
    /// The Amazon Resource Name (ARN) of the CloudWatch metric alarm.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The status of the CloudWatch metric alarm.
    #[shape(name = "status")]
    pub status: ManagedResourceStatus,
    /// Information about why the CloudWatch metric alarm is in the current status.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
    /// The Unix timestamp for when the CloudWatch metric alarm was last updated.
    #[shape(name = "updatedAt")]
    pub updated_at: DateTime,
}

/// The model's `ManagedResourceStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ManagedResourceStatus {
    /// `PROVISIONING`
    #[default]
    #[shape(name = "PROVISIONING")]
    Provisioning,
    /// `ACTIVE`
    #[shape(name = "ACTIVE")]
    Active,
    /// `DEPROVISIONING`
    #[shape(name = "DEPROVISIONING")]
    Deprovisioning,
    /// `DELETED`
    #[shape(name = "DELETED")]
    Deleted,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents a scalable target.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedScalableTarget {
    /// The ARN of the scalable target.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The status of the scalable target.
    #[shape(name = "status")]
    pub status: ManagedResourceStatus,
    /// Information about why the scalable target is in the current status.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
    /// The Unix timestamp for when the target was most recently updated.
    #[shape(name = "updatedAt")]
    pub updated_at: DateTime,
    /// The minimum value to scale to in response to a scale-in activity.
    #[shape(name = "minCapacity")]
    pub min_capacity: i32,
    /// The maximum value to scale to in response to a scale-out activity.
    #[shape(name = "maxCapacity")]
    pub max_capacity: i32,
}

/// The managed scaling settings for the Auto Scaling group capacity provider.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedScaling {
    /// Determines whether to use managed scaling for the capacity provider.
    #[shape(name = "status")]
    pub status: Option<ManagedScalingStatus>,
    /// The target capacity utilization as a percentage for the capacity provider. The specified
    /// value must be greater than `0` and less than or equal to `100`. For example, if you want the
    /// capacity provider to maintain 10% spare capacity, then that means the utilization is 90%, so
    /// use a `targetCapacity` of `90`. The default value of `100` percent results in the Amazon EC2
    /// instances in your Auto Scaling group being completely used.
    #[shape(name = "targetCapacity")]
    pub target_capacity: Option<i32>,
    /// The minimum number of Amazon EC2 instances that Amazon ECS will scale out at one time. The
    /// scale in process is not affected by this parameter If this parameter is omitted, the default
    /// value of `1` is used.
    #[shape(name = "minimumScalingStepSize")]
    pub minimum_scaling_step_size: Option<i32>,
    /// The maximum number of Amazon EC2 instances that Amazon ECS will scale out at one time. If
    /// this parameter is omitted, the default value of `10000` is used.
    #[shape(name = "maximumScalingStepSize")]
    pub maximum_scaling_step_size: Option<i32>,
    /// The period of time, in seconds, after a newly launched Amazon EC2 instance can contribute to
    /// CloudWatch metrics for Auto Scaling group. If this parameter is omitted, the default value
    /// of `300` seconds is used.
    #[shape(name = "instanceWarmupPeriod")]
    pub instance_warmup_period: Option<i32>,
}

/// The model's `ManagedScalingStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ManagedScalingStatus {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A security group associated with the Express service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedSecurityGroup {
    /// The ARN of the security group.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The status of the security group.
    #[shape(name = "status")]
    pub status: ManagedResourceStatus,
    /// Information about why the security group is in the current status.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
    /// The Unix timestamp for when the security group was last updated.
    #[shape(name = "updatedAt")]
    pub updated_at: DateTime,
}

/// The managed storage configuration for the cluster.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedStorageConfiguration {
    /// Specify a Key Management Service key ID to encrypt Amazon ECS managed storage.
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
    /// Specify the Key Management Service key ID for Fargate ephemeral storage.
    #[shape(name = "fargateEphemeralStorageKmsKeyId")]
    pub fargate_ephemeral_storage_kms_key_id: Option<String>,
}

/// The target group associated with the Express service's Application Load Balancer. For more
/// information about load balancer target groups, see
/// [CreateTargetGroup](https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html)
/// in the *Elastic Load Balancing API Reference*
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedTargetGroup {
    /// The Amazon Resource Name (ARN) of the target group.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The status of the target group.
    #[shape(name = "status")]
    pub status: ManagedResourceStatus,
    /// Information about why the target group is in the current status.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
    /// The Unix timestamp for when the target group was last updated.
    #[shape(name = "updatedAt")]
    pub updated_at: DateTime,
    /// The destination for health checks on the targets.
    #[shape(name = "healthCheckPath")]
    pub health_check_path: String,
    /// The port the load balancer uses when performing health checks on targets.
    #[shape(name = "healthCheckPort")]
    pub health_check_port: i32,
    /// The port on which the targets receive traffic.
    #[shape(name = "port")]
    pub port: i32,
}

/// The model's `ManagedTerminationProtection`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ManagedTerminationProtection {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The minimum and maximum amount of memory per vCPU in gibibytes (GiB). This helps ensure that
/// instance types have the appropriate memory-to-CPU ratio for your workloads.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MemoryGiBPerVCpuRequest {
    /// The minimum amount of memory per vCPU in GiB. Instance types with a lower memory-to-vCPU
    /// ratio are excluded from selection.
    #[shape(name = "min")]
    pub min: Option<f64>,
    /// The maximum amount of memory per vCPU in GiB. Instance types with a higher memory-to-vCPU
    /// ratio are excluded from selection.
    #[shape(name = "max")]
    pub max: Option<f64>,
}

/// The minimum and maximum amount of memory in mebibytes (MiB) for instance type selection. This
/// ensures that selected instance types have adequate memory for your workloads.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MemoryMiBRequest {
    /// The minimum amount of memory in MiB. Instance types with less memory than this value are
    /// excluded from selection.
    #[shape(name = "min")]
    pub min: i32,
    /// The maximum amount of memory in MiB. Instance types with more memory than this value are
    /// excluded from selection.
    #[shape(name = "max")]
    pub max: Option<i32>,
}

/// The details for a volume mount point that's used in a container definition.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MountPoint {
    /// The name of the volume to mount. Must be a volume name referenced in the `name` parameter of
    /// task definition `volume`.
    #[shape(name = "sourceVolume")]
    pub source_volume: Option<String>,
    /// The path on the container to mount the host volume at.
    #[shape(name = "containerPath")]
    pub container_path: Option<String>,
    /// If this value is `true`, the container has read-only access to the volume. If this value is
    /// `false`, then the container can write to the volume. The default value is `false`.
    #[shape(name = "readOnly")]
    pub read_only: Option<bool>,
}

/// The minimum and maximum network bandwidth in gigabits per second (Gbps) for instance type
/// selection. This is important for network-intensive workloads.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NetworkBandwidthGbpsRequest {
    /// The minimum network bandwidth in Gbps. Instance types with lower network bandwidth are
    /// excluded from selection.
    #[shape(name = "min")]
    pub min: Option<f64>,
    /// The maximum network bandwidth in Gbps. Instance types with higher network bandwidth are
    /// excluded from selection.
    #[shape(name = "max")]
    pub max: Option<f64>,
}

/// Details on the network bindings between a container and its host container instance. After a
/// task reaches the `RUNNING` status, manual and automatic host and container port assignments are
/// visible in the `networkBindings` section of
/// [DescribeTasks](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeTasks.html)
/// API responses.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NetworkBinding {
    /// The IP address that the container is bound to on the container instance.
    #[shape(name = "bindIP")]
    pub bind_ip: Option<String>,
    /// The port number on the container that's used with the network binding.
    #[shape(name = "containerPort")]
    pub container_port: Option<i32>,
    /// The port number on the host that's used with the network binding.
    #[shape(name = "hostPort")]
    pub host_port: Option<i32>,
    /// The protocol used for the network binding.
    #[shape(name = "protocol")]
    pub protocol: Option<TransportProtocol>,
    /// The port number range on the container that's bound to the dynamically mapped host port
    /// range.
    #[shape(name = "containerPortRange")]
    pub container_port_range: Option<String>,
    /// The port number range on the host that's used with the network binding. This is assigned is
    /// assigned by Docker and delivered by the Amazon ECS agent.
    #[shape(name = "hostPortRange")]
    pub host_port_range: Option<String>,
}

/// The network configuration for a task or service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NetworkConfiguration {
    /// The VPC subnets and security groups that are associated with a task.
    #[shape(name = "awsvpcConfiguration")]
    pub awsvpc_configuration: Option<AwsVpcConfiguration>,
}

/// An object representing the elastic network interface for tasks that use the `awsvpc` network
/// mode.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NetworkInterface {
    /// The attachment ID for the network interface.
    #[shape(name = "attachmentId")]
    pub attachment_id: Option<String>,
    /// The private IPv4 address for the network interface.
    #[shape(name = "privateIpv4Address")]
    pub private_ipv4_address: Option<String>,
    /// The private IPv6 address for the network interface.
    #[shape(name = "ipv6Address")]
    pub ipv6_address: Option<String>,
}

/// The minimum and maximum number of network interfaces for instance type selection. This is useful
/// for workloads that require multiple network interfaces.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct NetworkInterfaceCountRequest {
    /// The minimum number of network interfaces. Instance types that support fewer network
    /// interfaces are excluded from selection.
    #[shape(name = "min")]
    pub min: Option<i32>,
    /// The maximum number of network interfaces. Instance types that support more network
    /// interfaces are excluded from selection.
    #[shape(name = "max")]
    pub max: Option<i32>,
}

/// The model's `NetworkMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum NetworkMode {
    /// `bridge`
    #[default]
    #[shape(name = "bridge")]
    Bridge,
    /// `host`
    #[shape(name = "host")]
    Host,
    /// `awsvpc`
    #[shape(name = "awsvpc")]
    Awsvpc,
    /// `none`
    #[shape(name = "none")]
    None,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `OSFamily`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OSFamily {
    /// `WINDOWS_SERVER_2019_FULL`
    #[default]
    #[shape(name = "WINDOWS_SERVER_2019_FULL")]
    WindowsServer2019Full,
    /// `WINDOWS_SERVER_2019_CORE`
    #[shape(name = "WINDOWS_SERVER_2019_CORE")]
    WindowsServer2019Core,
    /// `WINDOWS_SERVER_2016_FULL`
    #[shape(name = "WINDOWS_SERVER_2016_FULL")]
    WindowsServer2016Full,
    /// `WINDOWS_SERVER_2004_CORE`
    #[shape(name = "WINDOWS_SERVER_2004_CORE")]
    WindowsServer2004Core,
    /// `WINDOWS_SERVER_2022_CORE`
    #[shape(name = "WINDOWS_SERVER_2022_CORE")]
    WindowsServer2022Core,
    /// `WINDOWS_SERVER_2022_FULL`
    #[shape(name = "WINDOWS_SERVER_2022_FULL")]
    WindowsServer2022Full,
    /// `WINDOWS_SERVER_2025_CORE`
    #[shape(name = "WINDOWS_SERVER_2025_CORE")]
    WindowsServer2025Core,
    /// `WINDOWS_SERVER_2025_FULL`
    #[shape(name = "WINDOWS_SERVER_2025_FULL")]
    WindowsServer2025Full,
    /// `WINDOWS_SERVER_20H2_CORE`
    #[shape(name = "WINDOWS_SERVER_20H2_CORE")]
    WindowsServer20h2Core,
    /// `LINUX`
    #[shape(name = "LINUX")]
    Linux,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `PidMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PidMode {
    /// `host`
    #[default]
    #[shape(name = "host")]
    Host,
    /// `task`
    #[shape(name = "task")]
    Task,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object representing a constraint on task placement. For more information, see [Task placement
/// constraints](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html)
/// in the *Amazon Elastic Container Service Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PlacementConstraint {
    /// The type of constraint. Use `distinctInstance` to ensure that each task in a particular
    /// group is running on a different container instance. Use `memberOf` to restrict the selection
    /// to a group of valid candidates.
    #[shape(name = "type")]
    pub r#type: Option<PlacementConstraintType>,
    /// A cluster query language expression to apply to the constraint. The expression can have a
    /// maximum length of 2000 characters. You can't specify an expression if the constraint type is
    /// `distinctInstance`. For more information, see [Cluster query
    /// language](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "expression")]
    pub expression: Option<String>,
}

/// The model's `PlacementConstraintType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PlacementConstraintType {
    /// `distinctInstance`
    #[default]
    #[shape(name = "distinctInstance")]
    DistinctInstance,
    /// `memberOf`
    #[shape(name = "memberOf")]
    MemberOf,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The task placement strategy for a task or service. For more information, see [Task placement
/// strategies](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-strategies.html)
/// in the *Amazon Elastic Container Service Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PlacementStrategy {
    /// The type of placement strategy. The `random` placement strategy randomly places tasks on
    /// available candidates. The `spread` placement strategy spreads placement across available
    /// candidates evenly based on the `field` parameter. The `binpack` strategy places tasks on
    /// available candidates that have the least available amount of the resource that's specified
    /// with the `field` parameter. For example, if you binpack on memory, a task is placed on the
    /// instance with the least amount of remaining memory but still enough to run the task.
    #[shape(name = "type")]
    pub r#type: Option<PlacementStrategyType>,
    /// The field to apply the placement strategy against. For the `spread` placement strategy,
    /// valid values are `instanceId` (or `host`, which has the same effect), or any platform or
    /// custom attribute that's applied to a container instance, such as
    /// `attribute:ecs.availability-zone`. For the `binpack` placement strategy, valid values are
    /// `cpu` and `memory`. For the `random` placement strategy, this field is not used.
    #[shape(name = "field")]
    pub field: Option<String>,
}

/// The model's `PlacementStrategyType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PlacementStrategyType {
    /// `random`
    #[default]
    #[shape(name = "random")]
    Random,
    /// `spread`
    #[shape(name = "spread")]
    Spread,
    /// `binpack`
    #[shape(name = "binpack")]
    Binpack,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The devices that are available on the container instance. The only supported device type is a
/// GPU.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PlatformDevice {
    /// The ID for the GPUs on the container instance. The available GPU IDs can also be obtained on
    /// the container instance in the `/var/lib/ecs/gpu/nvidia_gpu_info.json` file.
    #[shape(name = "id")]
    pub id: String,
    /// The type of device that's available on the container instance. The only supported value is
    /// `GPU`.
    #[shape(name = "type")]
    pub r#type: PlatformDeviceType,
}

/// The model's `PlatformDeviceType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PlatformDeviceType {
    /// `GPU`
    #[default]
    #[shape(name = "GPU")]
    Gpu,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Port mappings allow containers to access ports on the host container instance to send or receive
/// traffic. Port mappings are specified as part of the container definition.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PortMapping {
    /// The port number on the container that's bound to the user-specified or automatically
    /// assigned host port.
    #[shape(name = "containerPort")]
    pub container_port: Option<i32>,
    /// The port number on the container instance to reserve for your container.
    #[shape(name = "hostPort")]
    pub host_port: Option<i32>,
    /// The protocol used for the port mapping. Valid values are `tcp` and `udp`. The default is
    /// `tcp`. `protocol` is immutable in a Service Connect service. Updating this field requires a
    /// service deletion and redeployment.
    #[shape(name = "protocol")]
    pub protocol: Option<TransportProtocol>,
    /// The name that's used for the port mapping. This parameter is the name that you use in the
    /// `serviceConnectConfiguration` and the `vpcLatticeConfigurations` of a service. The name can
    /// include up to 64 characters. The characters can include lowercase letters, numbers,
    /// underscores (\_), and hyphens (-). The name can't start with a hyphen.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The application protocol that's used for the port mapping. This parameter only applies to
    /// Service Connect. We recommend that you set this parameter to be consistent with the protocol
    /// that your application uses. If you set this parameter, Amazon ECS adds protocol-specific
    /// connection handling to the Service Connect proxy. If you set this parameter, Amazon ECS adds
    /// protocol-specific telemetry in the Amazon ECS console and CloudWatch.
    #[shape(name = "appProtocol")]
    pub app_protocol: Option<ApplicationProtocol>,
    /// The port number range on the container that's bound to the dynamically mapped host port
    /// range.
    #[shape(name = "containerPortRange")]
    pub container_port_range: Option<String>,
}

/// The model's `PropagateMITags`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PropagateMITags {
    /// `CAPACITY_PROVIDER`
    #[default]
    #[shape(name = "CAPACITY_PROVIDER")]
    CapacityProvider,
    /// `NONE`
    #[shape(name = "NONE")]
    None,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `PropagateTags`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PropagateTags {
    /// `TASK_DEFINITION`
    #[default]
    #[shape(name = "TASK_DEFINITION")]
    TaskDefinition,
    /// `SERVICE`
    #[shape(name = "SERVICE")]
    Service,
    /// `NONE`
    #[shape(name = "NONE")]
    None,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object representing the protection status details for a task. You can set the protection
/// status with the
/// [UpdateTaskProtection](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateTaskProtection.html)
/// API and get the status of tasks with the
/// [GetTaskProtection](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_GetTaskProtection.html)
/// API.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ProtectedTask {
    /// The task ARN.
    #[shape(name = "taskArn")]
    pub task_arn: Option<String>,
    /// The protection status of the task. If scale-in protection is on for a task, the value is
    /// `true`. Otherwise, it is `false`.
    #[shape(name = "protectionEnabled")]
    pub protection_enabled: Option<bool>,
    /// The epoch time when protection for the task will expire.
    #[shape(name = "expirationDate")]
    pub expiration_date: Option<DateTime>,
}

/// The configuration details for the App Mesh proxy.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ProxyConfiguration {
    /// The proxy type. The only supported value is `APPMESH`.
    #[shape(name = "type")]
    pub r#type: Option<ProxyConfigurationType>,
    /// The name of the container that will serve as the App Mesh proxy.
    #[shape(name = "containerName")]
    pub container_name: String,
    /// The set of network configuration parameters to provide the Container Network Interface (CNI)
    /// plugin, specified as key-value pairs.
    #[shape(name = "properties")]
    pub properties: Option<Vec<KeyValuePair>>,
}

/// The model's `ProxyConfigurationType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ProxyConfigurationType {
    /// `APPMESH`
    #[default]
    #[shape(name = "APPMESH")]
    Appmesh,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `PutAccountSettingDefault`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutAccountSettingDefaultRequest {
    /// The resource name for which to modify the account setting.
    #[shape(name = "name")]
    pub name: SettingName,
    /// The account setting value for the specified principal ARN. Accepted values are `enabled`,
    /// `disabled`, `on`, `enhanced`, and `off`.
    #[shape(name = "value")]
    pub value: String,
}

/// The output of `PutAccountSettingDefault`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutAccountSettingDefaultResponse {
    /// The current setting for a resource.
    #[shape(name = "setting")]
    pub setting: Option<Setting>,
}

/// The input of `PutAccountSetting`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutAccountSettingRequest {
    /// The Amazon ECS account setting name to modify.
    #[shape(name = "name")]
    pub name: SettingName,
    /// The account setting value for the specified principal ARN. Accepted values are `enabled`,
    /// `disabled`, `enhanced`, `on`, and `off`.
    #[shape(name = "value")]
    pub value: String,
    /// The ARN of the principal, which can be a user, role, or the root user. If you specify the
    /// root user, it modifies the account setting for all users, roles, and the root user of the
    /// account unless a user or role explicitly overrides these settings. If this field is omitted,
    /// the setting is changed only for the authenticated user.
    #[shape(name = "principalArn")]
    pub principal_arn: Option<String>,
}

/// The output of `PutAccountSetting`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutAccountSettingResponse {
    /// The current account setting for a resource.
    #[shape(name = "setting")]
    pub setting: Option<Setting>,
}

/// The input of `PutAttributes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutAttributesRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that contains the resource
    /// to apply attributes. If you do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The attributes to apply to your resource. You can specify up to 10 custom attributes for
    /// each resource. You can specify up to 10 attributes in a single call.
    #[shape(name = "attributes")]
    pub attributes: Vec<Attribute>,
}

/// The output of `PutAttributes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutAttributesResponse {
    /// The attributes applied to your resource.
    #[shape(name = "attributes")]
    pub attributes: Option<Vec<Attribute>>,
}

/// The input of `PutClusterCapacityProviders`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutClusterCapacityProvidersRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster to modify the capacity
    /// provider settings for. If you don't specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: String,
    /// The name of one or more capacity providers to associate with the cluster.
    #[shape(name = "capacityProviders")]
    pub capacity_providers: Vec<String>,
    /// The capacity provider strategy to use by default for the cluster.
    #[shape(name = "defaultCapacityProviderStrategy")]
    pub default_capacity_provider_strategy: Vec<CapacityProviderStrategyItem>,
}

/// The output of `PutClusterCapacityProviders`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutClusterCapacityProvidersResponse {
    /// Details about the cluster.
    #[shape(name = "cluster")]
    pub cluster: Option<Cluster>,
}

/// The input of `RegisterContainerInstance`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterContainerInstanceRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster to register your container
    /// instance with. If you do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The instance identity document for the EC2 instance to register. This document can be found
    /// by running the following command from the instance: `curl
    /// http://169.254.169.254/latest/dynamic/instance-identity/document/`
    #[shape(name = "instanceIdentityDocument")]
    pub instance_identity_document: Option<String>,
    /// The instance identity document signature for the EC2 instance to register. This signature
    /// can be found by running the following command from the instance: `curl
    /// http://169.254.169.254/latest/dynamic/instance-identity/signature/`
    #[shape(name = "instanceIdentityDocumentSignature")]
    pub instance_identity_document_signature: Option<String>,
    /// The resources available on the instance.
    #[shape(name = "totalResources")]
    pub total_resources: Option<Vec<Resource>>,
    /// The version information for the Amazon ECS container agent and Docker daemon that runs on
    /// the container instance.
    #[shape(name = "versionInfo")]
    pub version_info: Option<VersionInfo>,
    /// The ARN of the container instance (if it was previously registered).
    #[shape(name = "containerInstanceArn")]
    pub container_instance_arn: Option<String>,
    /// The container instance attributes that this container instance supports.
    #[shape(name = "attributes")]
    pub attributes: Option<Vec<Attribute>>,
    /// The devices that are available on the container instance. The only supported device type is
    /// a GPU.
    #[shape(name = "platformDevices")]
    pub platform_devices: Option<Vec<PlatformDevice>>,
    /// The metadata that you apply to the container instance to help you categorize and organize
    /// them. Each tag consists of a key and an optional value. You define both.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
}

/// The output of `RegisterContainerInstance`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterContainerInstanceResponse {
    /// The container instance that was registered.
    #[shape(name = "containerInstance")]
    pub container_instance: Option<ContainerInstance>,
}

/// The input of `RegisterDaemonTaskDefinition`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterDaemonTaskDefinitionRequest {
    /// You must specify a `family` for a daemon task definition. This family is used as a name for
    /// your daemon task definition. Up to 255 letters (uppercase and lowercase), numbers,
    /// underscores, and hyphens are allowed.
    #[shape(name = "family")]
    pub family: String,
    /// The short name or full Amazon Resource Name (ARN) of the IAM role that containers in this
    /// daemon task can assume. All containers in this daemon task are granted the permissions that
    /// are specified in this role.
    #[shape(name = "taskRoleArn")]
    pub task_role_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS
    /// container agent permission to make Amazon Web Services API calls on your behalf. The task
    /// execution role is required for daemon tasks that pull container images from Amazon ECR or
    /// send container logs to CloudWatch.
    #[shape(name = "executionRoleArn")]
    pub execution_role_arn: Option<String>,
    /// A list of container definitions in JSON format that describe the containers that make up
    /// your daemon task.
    #[shape(name = "containerDefinitions")]
    pub container_definitions: Vec<DaemonContainerDefinition>,
    /// The number of CPU units used by the daemon task. It can be expressed as an integer using CPU
    /// units (for example, `1024`).
    #[shape(name = "cpu")]
    pub cpu: Option<String>,
    /// The amount of memory (in MiB) used by the daemon task. It can be expressed as an integer
    /// using MiB (for example, `1024`).
    #[shape(name = "memory")]
    pub memory: Option<String>,
    /// A list of volume definitions in JSON format that containers in your daemon task can use.
    #[shape(name = "volumes")]
    pub volumes: Option<Vec<DaemonVolume>>,
    /// The metadata that you apply to the daemon task definition to help you categorize and
    /// organize them. Each tag consists of a key and an optional value. You define both of them.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
}

/// The output of `RegisterDaemonTaskDefinition`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterDaemonTaskDefinitionResponse {
    /// The full Amazon Resource Name (ARN) of the registered daemon task definition.
    #[shape(name = "daemonTaskDefinitionArn")]
    pub daemon_task_definition_arn: Option<String>,
}

/// The input of `RegisterTaskDefinition`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterTaskDefinitionRequest {
    /// You must specify a `family` for a task definition. You can use it track multiple versions of
    /// the same task definition. The `family` is used as a name for your task definition. Up to 255
    /// letters (uppercase and lowercase), numbers, underscores, and hyphens are allowed.
    #[shape(name = "family")]
    pub family: String,
    /// The short name or full Amazon Resource Name (ARN) of the IAM role that containers in this
    /// task can assume. All containers in this task are granted the permissions that are specified
    /// in this role. For more information, see [IAM Roles for
    /// Tasks](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html) in
    /// the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "taskRoleArn")]
    pub task_role_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS
    /// container agent permission to make Amazon Web Services API calls on your behalf. For
    /// informationabout the required IAM roles for Amazon ECS, see [IAM roles for Amazon
    /// ECS](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-ecs-iam-role-overview.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "executionRoleArn")]
    pub execution_role_arn: Option<String>,
    /// The Docker networking mode to use for the containers in the task. The valid values are
    /// `none`, `bridge`, `awsvpc`, and `host`. If no network mode is specified, the default is
    /// `bridge`.
    #[shape(name = "networkMode")]
    pub network_mode: Option<NetworkMode>,
    /// A list of container definitions in JSON format that describe the different containers that
    /// make up your task.
    #[shape(name = "containerDefinitions")]
    pub container_definitions: Vec<ContainerDefinition>,
    /// A list of volume definitions in JSON format that containers in your task might use.
    #[shape(name = "volumes")]
    pub volumes: Option<Vec<Volume>>,
    /// An array of placement constraint objects to use for the task. You can specify a maximum of
    /// 10 constraints for each task. This limit includes constraints in the task definition and
    /// those specified at runtime.
    #[shape(name = "placementConstraints")]
    pub placement_constraints: Option<Vec<TaskDefinitionPlacementConstraint>>,
    /// The task launch type that Amazon ECS validates the task definition against. A client
    /// exception is returned if the task definition doesn't validate against the compatibilities
    /// specified. If no value is specified, the parameter is omitted from the response.
    #[shape(name = "requiresCompatibilities")]
    pub requires_compatibilities: Option<Vec<Compatibility>>,
    /// The number of CPU units used by the task. It can be expressed as an integer using CPU units
    /// (for example, `1024`) or as a string using vCPUs (for example, `1 vCPU` or `1 vcpu`) in a
    /// task definition. String values are converted to an integer indicating the CPU units when the
    /// task definition is registered.
    #[shape(name = "cpu")]
    pub cpu: Option<String>,
    /// The amount of memory (in MiB) used by the task. It can be expressed as an integer using MiB
    /// (for example ,`1024`) or as a string using GB (for example, `1GB` or `1 GB`) in a task
    /// definition. String values are converted to an integer indicating the MiB when the task
    /// definition is registered.
    #[shape(name = "memory")]
    pub memory: Option<String>,
    /// The metadata that you apply to the task definition to help you categorize and organize them.
    /// Each tag consists of a key and an optional value. You define both of them.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
    /// The process namespace to use for the containers in the task. The valid values are `host` or
    /// `task`. On Fargate for Linux containers, the only valid value is `task`. For example,
    /// monitoring sidecars might need `pidMode` to access information about other containers
    /// running in the same task.
    #[shape(name = "pidMode")]
    pub pid_mode: Option<PidMode>,
    /// The IPC resource namespace to use for the containers in the task. The valid values are
    /// `host`, `task`, or `none`. If `host` is specified, then all containers within the tasks that
    /// specified the `host` IPC mode on the same container instance share the same IPC resources
    /// with the host Amazon EC2 instance. If `task` is specified, all containers within the
    /// specified task share the same IPC resources. If `none` is specified, then IPC resources
    /// within the containers of a task are private and not shared with other containers in a task
    /// or on the container instance. If no value is specified, then the IPC resource namespace
    /// sharing depends on the Docker daemon setting on the container instance.
    #[shape(name = "ipcMode")]
    pub ipc_mode: Option<IpcMode>,
    /// The configuration details for the App Mesh proxy.
    #[shape(name = "proxyConfiguration")]
    pub proxy_configuration: Option<ProxyConfiguration>,
    /// The Elastic Inference accelerators to use for the containers in the task.
    #[shape(name = "inferenceAccelerators")]
    pub inference_accelerators: Option<Vec<InferenceAccelerator>>,
    /// The amount of ephemeral storage to allocate for the task. This parameter is used to expand
    /// the total amount of ephemeral storage available, beyond the default amount, for tasks hosted
    /// on Fargate. For more information, see [Using data volumes in
    /// tasks](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html)
    /// in the *Amazon ECS Developer Guide*.
    #[shape(name = "ephemeralStorage")]
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// The operating system that your tasks definitions run on.
    #[shape(name = "runtimePlatform")]
    pub runtime_platform: Option<RuntimePlatform>,
    /// Enables fault injection when you register your task definition and allows for fault
    /// injection requests to be accepted from the task's containers. The default value is `false`.
    #[shape(name = "enableFaultInjection")]
    pub enable_fault_injection: Option<bool>,
}

/// The output of `RegisterTaskDefinition`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RegisterTaskDefinitionResponse {
    /// The full description of the registered task definition.
    #[shape(name = "taskDefinition")]
    pub task_definition: Option<TaskDefinition>,
    /// The list of tags associated with the task definition.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
}

/// The repository credentials for private registry authentication.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct RepositoryCredentials {
    /// The Amazon Resource Name (ARN) of the secret containing the private repository credentials.
    #[shape(name = "credentialsParameter")]
    pub credentials_parameter: String,
}

impl ::std::fmt::Debug for RepositoryCredentials {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("RepositoryCredentials")
            .field("credentials_parameter", &"** redacted **")
            .finish()
    }
}

/// The resolved configuration for a service revision, which contains the actual resources your
/// service revision uses, such as which target groups serve traffic.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResolvedConfiguration {
    /// The resolved load balancer configuration for the service revision. This includes information
    /// about which target groups serve traffic and which listener rules direct traffic to them.
    #[shape(name = "loadBalancers")]
    pub load_balancers: Option<Vec<ServiceRevisionLoadBalancer>>,
}

/// Describes the resources available for a container instance.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Resource {
    /// The name of the resource, such as `CPU`, `MEMORY`, `PORTS`, `PORTS_UDP`, or a user-defined
    /// resource.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The type of the resource. Valid values: `INTEGER`, `DOUBLE`, `LONG`, or `STRINGSET`.
    #[shape(name = "type")]
    pub r#type: Option<String>,
    /// When the `doubleValue` type is set, the value of the resource must be a double precision
    /// floating-point type.
    #[shape(name = "doubleValue")]
    pub double_value: Option<f64>,
    /// When the `longValue` type is set, the value of the resource must be an extended precision
    /// floating-point type.
    #[shape(name = "longValue")]
    pub long_value: Option<i64>,
    /// When the `integerValue` type is set, the value of the resource must be an integer.
    #[shape(name = "integerValue")]
    pub integer_value: Option<i32>,
    /// When the `stringSetValue` type is set, the value of the resource must be a string type.
    #[shape(name = "stringSetValue")]
    pub string_set_value: Option<Vec<String>>,
}

/// The model's `ResourceManagementType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ResourceManagementType {
    /// `CUSTOMER`
    #[default]
    #[shape(name = "CUSTOMER")]
    Customer,
    /// `ECS`
    #[shape(name = "ECS")]
    Ecs,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The type and amount of a resource to assign to a container. The supported resource types are
/// GPUs and Elastic Inference accelerators. For more information, see [Working with GPUs on Amazon
/// ECS](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-gpu.html) or [Working with
/// Amazon Elastic Inference on Amazon
/// ECS](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-inference.html) in the
/// *Amazon Elastic Container Service Developer Guide*
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourceRequirement {
    /// The value for the specified resource type.
    #[shape(name = "value")]
    pub value: String,
    /// The type of resource to assign to a container.
    #[shape(name = "type")]
    pub r#type: ResourceType,
}

/// The model's `ResourceType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ResourceType {
    /// `GPU`
    #[default]
    #[shape(name = "GPU")]
    Gpu,
    /// `InferenceAccelerator`
    InferenceAccelerator,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Information about the service deployment rollback.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Rollback {
    /// The reason the rollback happened. For example, the circuit breaker initiated the rollback
    /// operation.
    #[shape(name = "reason")]
    pub reason: Option<String>,
    /// Time time that the rollback started. The format is yyyy-MM-dd HH:mm:ss.SSSSSS.
    #[shape(name = "startedAt")]
    pub started_at: Option<DateTime>,
    /// The ARN of the service revision deployed as part of the rollback.
    #[shape(name = "serviceRevisionArn")]
    pub service_revision_arn: Option<String>,
}

/// The input of `RunTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RunTaskRequest {
    /// The capacity provider strategy to use for the task.
    #[shape(name = "capacityProviderStrategy")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// The short name or full Amazon Resource Name (ARN) of the cluster to run your task on. If you
    /// do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The number of instantiations of the specified task to place on your cluster. You can specify
    /// up to 10 tasks for each call.
    #[shape(name = "count")]
    pub count: Option<i32>,
    /// Specifies whether to use Amazon ECS managed tags for the task. For more information, see
    /// [Tagging Your Amazon ECS
    /// Resources](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "enableECSManagedTags")]
    pub enable_ecs_managed_tags: Option<bool>,
    /// Determines whether to use the execute command functionality for the containers in this task.
    /// If `true`, this enables execute command functionality on all containers in the task.
    #[shape(name = "enableExecuteCommand")]
    pub enable_execute_command: Option<bool>,
    /// The name of the task group to associate with the task. The default value is the family name
    /// of the task definition (for example, `family:my-family-name`).
    #[shape(name = "group")]
    pub group: Option<String>,
    /// The infrastructure to run your standalone task on. For more information, see [Amazon ECS
    /// launch types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "launchType")]
    pub launch_type: Option<LaunchType>,
    /// The network configuration for the task. This parameter is required for task definitions that
    /// use the `awsvpc` network mode to receive their own elastic network interface, and it isn't
    /// supported for other network modes. For more information, see [Task
    /// networking](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "networkConfiguration")]
    pub network_configuration: Option<NetworkConfiguration>,
    /// A list of container overrides in JSON format that specify the name of a container in the
    /// specified task definition and the overrides it should receive. You can override the default
    /// command for a container (that's specified in the task definition or Docker image) with a
    /// `command` override. You can also override existing environment variables (that are specified
    /// in the task definition or Docker image) on a container or add new environment variables to
    /// it with an `environment` override.
    #[shape(name = "overrides")]
    pub overrides: Option<TaskOverride>,
    /// An array of placement constraint objects to use for the task. You can specify up to 10
    /// constraints for each task (including constraints in the task definition and those specified
    /// at runtime).
    #[shape(name = "placementConstraints")]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    /// The placement strategy objects to use for the task. You can specify a maximum of 5 strategy
    /// rules for each task.
    #[shape(name = "placementStrategy")]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    /// The platform version the task uses. A platform version is only specified for tasks hosted on
    /// Fargate. If one isn't specified, the `LATEST` platform version is used. For more
    /// information, see [Fargate platform
    /// versions](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "platformVersion")]
    pub platform_version: Option<String>,
    /// Specifies whether to propagate the tags from the task definition to the task. If no value is
    /// specified, the tags aren't propagated. Tags can only be propagated to the task during task
    /// creation. To add tags to a task after task creation, use
    /// the[TagResource](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TagResource.html)
    /// API action.
    #[shape(name = "propagateTags")]
    pub propagate_tags: Option<PropagateTags>,
    /// This parameter is only used by Amazon ECS. It is not intended for use by customers.
    #[shape(name = "referenceId")]
    pub reference_id: Option<String>,
    /// An optional tag specified when a task is started. For example, if you automatically trigger
    /// a task to run a batch process job, you could apply a unique identifier for that job to your
    /// task with the `startedBy` parameter. You can then identify which tasks belong to that job by
    /// filtering the results of a
    /// [ListTasks](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTasks.html)
    /// call with the `startedBy` value. Up to 128 letters (uppercase and lowercase), numbers,
    /// hyphens (-), forward slash (/), and underscores (\_) are allowed.
    #[shape(name = "startedBy")]
    pub started_by: Option<String>,
    /// The metadata that you apply to the task to help you categorize and organize them. Each tag
    /// consists of a key and an optional value, both of which you define.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
    /// The `family` and `revision` (`family:revision`) or full ARN of the task definition to run.
    /// If a `revision` isn't specified, the latest `ACTIVE` revision is used.
    #[shape(name = "taskDefinition")]
    pub task_definition: String,
    /// An identifier that you provide to ensure the idempotency of the request. It must be unique
    /// and is case sensitive. Up to 64 characters are allowed. The valid characters are characters
    /// in the range of 33-126, inclusive. For more information, see [Ensuring
    /// idempotency](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/ECS_Idempotency.html).
    #[shape(name = "clientToken", idempotency_token)]
    pub client_token: Option<String>,
    /// The details of the volume that was `configuredAtLaunch`. You can configure the size,
    /// volumeType, IOPS, throughput, snapshot and encryption in
    /// [TaskManagedEBSVolumeConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskManagedEBSVolumeConfiguration.html).
    /// The `name` of the volume must match the `name` from the task definition.
    #[shape(name = "volumeConfigurations")]
    pub volume_configurations: Option<Vec<TaskVolumeConfiguration>>,
}

/// The output of `RunTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RunTaskResponse {
    /// A full description of the tasks that were run. The tasks that were successfully placed on
    /// your cluster are described here.
    #[shape(name = "tasks")]
    pub tasks: Option<Vec<Task>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<Failure>>,
}

/// Information about the platform for the Amazon ECS service or task.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RuntimePlatform {
    /// The CPU architecture.
    #[shape(name = "cpuArchitecture")]
    pub cpu_architecture: Option<CPUArchitecture>,
    /// The operating system.
    #[shape(name = "operatingSystemFamily")]
    pub operating_system_family: Option<OSFamily>,
}

/// This parameter is specified when you're using an Amazon S3 Files file system for task storage.
/// For more information, see [Amazon S3 Files
/// volumes](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/s3files-volumes.html) in
/// the *Amazon Elastic Container Service Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct S3FilesVolumeConfiguration {
    /// The full ARN of the S3 Files file system to mount.
    #[shape(name = "fileSystemArn")]
    pub file_system_arn: String,
    /// The directory within the Amazon S3 Files file system to mount as the root directory. If this
    /// parameter is omitted, the root of the Amazon S3 Files file system will be used. Specifying
    /// `/` will have the same effect as omitting this parameter.
    #[shape(name = "rootDirectory")]
    pub root_directory: Option<String>,
    /// The port to use for sending encrypted data between the ECS host and the S3 Files file
    /// system. If you do not specify a transit encryption port, it will use the port selection
    /// strategy that the Amazon S3 Files mount helper uses. For more information, see [S3 Files
    /// mount helper](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-files-mounting.html).
    #[shape(name = "transitEncryptionPort")]
    pub transit_encryption_port: Option<i32>,
    /// The full ARN of the S3 Files access point to use. If an access point is specified, the root
    /// directory value specified in the `S3FilesVolumeConfiguration` must either be omitted or set
    /// to `/` which will enforce the path set on the S3 Files access point. For more information,
    /// see [Creating S3 Files access
    /// points](https://docs.aws.amazon.com/AmazonS3/latest/userguide/s3-files-access-points-creating.html).
    #[shape(name = "accessPointArn")]
    pub access_point_arn: Option<String>,
}

/// A floating-point percentage of the desired number of tasks to place and keep running in the task
/// set.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Scale {
    /// The value, specified as a percent total of a service's `desiredCount`, to scale the task
    /// set. Accepted values are numbers between 0 and 100.
    #[shape(name = "value")]
    pub value: Option<f64>,
    /// The unit of measure for the scale value.
    #[shape(name = "unit")]
    pub unit: Option<ScaleUnit>,
}

/// The model's `ScaleUnit`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ScaleUnit {
    /// `PERCENT`
    #[default]
    #[shape(name = "PERCENT")]
    Percent,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `SchedulingStrategy`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SchedulingStrategy {
    /// `REPLICA`
    #[default]
    #[shape(name = "REPLICA")]
    Replica,
    /// `DAEMON`
    #[shape(name = "DAEMON")]
    Daemon,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `Scope`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Scope {
    /// `task`
    #[default]
    #[shape(name = "task")]
    Task,
    /// `shared`
    #[shape(name = "shared")]
    Shared,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An object representing the secret to expose to your container. Secrets can be exposed to a
/// container in the following ways:
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Secret {
    /// The name of the secret.
    #[shape(name = "name")]
    pub name: String,
    /// The secret to expose to the container. The supported values are either the full ARN of the
    /// Secrets Manager secret or the full ARN of the parameter in the SSM Parameter Store.
    #[shape(name = "valueFrom")]
    pub value_from: String,
}

/// Details on a service within a cluster.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Service {
    /// The ARN that identifies the service. For more information about the ARN format, see [Amazon
    /// Resource Name
    /// (ARN)](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-account-settings.html#ecs-resource-ids)
    /// in the *Amazon ECS Developer Guide*.
    #[shape(name = "serviceArn")]
    pub service_arn: Option<String>,
    /// The name of your service. Up to 255 letters (uppercase and lowercase), numbers, underscores,
    /// and hyphens are allowed. Service names must be unique within a cluster. However, you can
    /// have similarly named services in multiple clusters within a Region or across multiple
    /// Regions.
    #[shape(name = "serviceName")]
    pub service_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the cluster that hosts the service.
    #[shape(name = "clusterArn")]
    pub cluster_arn: Option<String>,
    /// A list of Elastic Load Balancing load balancer objects. It contains the load balancer name,
    /// the container name, and the container port to access from the load balancer. The container
    /// name is as it appears in a container definition.
    #[shape(name = "loadBalancers")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    /// The details for the service discovery registries to assign to this service. For more
    /// information, see [Service
    /// Discovery](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-discovery.html).
    #[shape(name = "serviceRegistries")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    /// The status of the service. The valid values are `ACTIVE`, `DRAINING`, or `INACTIVE`.
    #[shape(name = "status")]
    pub status: Option<String>,
    /// The desired number of instantiations of the task definition to keep running on the service.
    /// This value is specified when the service is created with
    /// [CreateService](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html)
    /// , and it can be modified with
    /// [UpdateService](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateService.html).
    #[shape(name = "desiredCount")]
    pub desired_count: Option<i32>,
    /// The number of tasks in the cluster that are in the `RUNNING` state.
    #[shape(name = "runningCount")]
    pub running_count: Option<i32>,
    /// The number of tasks in the cluster that are in the `PENDING` state.
    #[shape(name = "pendingCount")]
    pub pending_count: Option<i32>,
    /// The launch type the service is using. When using the DescribeServices API, this field is
    /// omitted if the service was created using a capacity provider strategy.
    #[shape(name = "launchType")]
    pub launch_type: Option<LaunchType>,
    /// The capacity provider strategy the service uses. When using the DescribeServices API, this
    /// field is omitted if the service was created using a launch type.
    #[shape(name = "capacityProviderStrategy")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// The platform version to run your service on. A platform version is only specified for tasks
    /// that are hosted on Fargate. If one isn't specified, the `LATEST` platform version is used.
    /// For more information, see [Fargate Platform
    /// Versions](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "platformVersion")]
    pub platform_version: Option<String>,
    /// The operating system that your tasks in the service run on. A platform family is specified
    /// only for tasks using the Fargate launch type.
    #[shape(name = "platformFamily")]
    pub platform_family: Option<String>,
    /// The task definition to use for tasks in the service. This value is specified when the
    /// service is created with
    /// [CreateService](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html),
    /// and it can be modified with
    /// [UpdateService](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_UpdateService.html).
    #[shape(name = "taskDefinition")]
    pub task_definition: Option<String>,
    /// Optional deployment parameters that control how many tasks run during the deployment and the
    /// ordering of stopping and starting tasks.
    #[shape(name = "deploymentConfiguration")]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    /// Information about a set of Amazon ECS tasks in either an CodeDeploy or an `EXTERNAL`
    /// deployment. An Amazon ECS task set includes details such as the desired number of tasks, how
    /// many tasks are running, and whether the task set serves production traffic.
    #[shape(name = "taskSets")]
    pub task_sets: Option<Vec<TaskSet>>,
    /// The current state of deployments for the service.
    #[shape(name = "deployments")]
    pub deployments: Option<Vec<Deployment>>,
    /// The ARN of the IAM role that's associated with the service. It allows the Amazon ECS
    /// container agent to register container instances with an Elastic Load Balancing load
    /// balancer.
    #[shape(name = "roleArn")]
    pub role_arn: Option<String>,
    /// The event stream for your service. A maximum of 100 of the latest events are displayed.
    #[shape(name = "events")]
    pub events: Option<Vec<ServiceEvent>>,
    /// The Unix timestamp for the time when the service was created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The ARN of the current service deployment.
    #[shape(name = "currentServiceDeployment")]
    pub current_service_deployment: Option<String>,
    /// The list of the service revisions.
    #[shape(name = "currentServiceRevisions")]
    pub current_service_revisions: Option<Vec<ServiceCurrentRevisionSummary>>,
    /// The placement constraints for the tasks in the service.
    #[shape(name = "placementConstraints")]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    /// The placement strategy that determines how tasks for the service are placed.
    #[shape(name = "placementStrategy")]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    /// The VPC subnet and security group configuration for tasks that receive their own elastic
    /// network interface by using the `awsvpc` networking mode.
    #[shape(name = "networkConfiguration")]
    pub network_configuration: Option<NetworkConfiguration>,
    /// The period of time, in seconds, that the Amazon ECS service scheduler ignores unhealthy
    /// Elastic Load Balancing, VPC Lattice, and container health checks after a task has first
    /// started.
    #[shape(name = "healthCheckGracePeriodSeconds")]
    pub health_check_grace_period_seconds: Option<i32>,
    /// The scheduling strategy to use for the service. For more information, see
    /// [Services](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs_services.html).
    #[shape(name = "schedulingStrategy")]
    pub scheduling_strategy: Option<SchedulingStrategy>,
    /// The deployment controller type the service is using.
    #[shape(name = "deploymentController")]
    pub deployment_controller: Option<DeploymentController>,
    /// The metadata that you apply to the service to help you categorize and organize them. Each
    /// tag consists of a key and an optional value. You define bot the key and value.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
    /// The principal that created the service.
    #[shape(name = "createdBy")]
    pub created_by: Option<String>,
    /// Determines whether to use Amazon ECS managed tags for the tasks in the service. For more
    /// information, see [Tagging Your Amazon ECS
    /// Resources](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "enableECSManagedTags")]
    pub enable_ecs_managed_tags: Option<bool>,
    /// Determines whether to propagate the tags from the task definition or the service to the
    /// task. If no value is specified, the tags aren't propagated.
    #[shape(name = "propagateTags")]
    pub propagate_tags: Option<PropagateTags>,
    /// Determines whether the execute command functionality is turned on for the service. If
    /// `true`, the execute command functionality is turned on for all containers in tasks as part
    /// of the service.
    #[shape(name = "enableExecuteCommand")]
    pub enable_execute_command: Option<bool>,
    /// Indicates whether to use Availability Zone rebalancing for the service.
    #[shape(name = "availabilityZoneRebalancing")]
    pub availability_zone_rebalancing: Option<AvailabilityZoneRebalancing>,
    /// Identifies whether an ECS Service is an Express Service managed by ECS, or managed by the
    /// customer. The valid values are `ECS` and `CUSTOMER`
    #[shape(name = "resourceManagementType")]
    pub resource_management_type: Option<ResourceManagementType>,
}

/// Configuration for Service Connect access logging. Access logs provide detailed information about
/// requests made to your service, including request patterns, response codes, and timing data for
/// debugging and monitoring purposes.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceConnectAccessLogConfiguration {
    /// The format for Service Connect access log output. Choose TEXT for human-readable logs or
    /// JSON for structured data that integrates well with log analysis tools.
    #[shape(name = "format")]
    pub format: ServiceConnectAccessLoggingFormat,
    /// Specifies whether to include query parameters in Service Connect access logs.
    #[shape(name = "includeQueryParameters")]
    pub include_query_parameters: Option<ServiceConnectIncludeQueryParameters>,
}

/// The format for Service Connect access log output. Choose TEXT for human-readable logs or JSON
/// for structured data that integrates well with log analysis tools.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ServiceConnectAccessLoggingFormat {
    /// `TEXT`
    #[default]
    #[shape(name = "TEXT")]
    Text,
    /// `JSON`
    #[shape(name = "JSON")]
    Json,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Each alias ("endpoint") is a fully-qualified name and port number that other tasks ("clients")
/// can use to connect to this service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceConnectClientAlias {
    /// The listening port number for the Service Connect proxy. This port is available inside of
    /// all of the tasks within the same namespace.
    #[shape(name = "port")]
    pub port: i32,
    /// The `dnsName` is the name that you use in the applications of client tasks to connect to
    /// this service. The name must be a valid DNS name but doesn't need to be fully-qualified. The
    /// name can include up to 127 characters. The name can include lowercase letters, numbers,
    /// underscores (\_), hyphens (-), and periods (.). The name can't start with a hyphen.
    #[shape(name = "dnsName")]
    pub dns_name: Option<String>,
    /// The configuration for test traffic routing rules used during blue/green deployments with
    /// Amazon ECS Service Connect. This allows you to route a portion of traffic to the new service
    /// revision of your service for testing before shifting all production traffic.
    #[shape(name = "testTrafficRules")]
    pub test_traffic_rules: Option<ServiceConnectTestTrafficRules>,
}

/// The Service Connect configuration of your Amazon ECS service. The configuration for this service
/// to discover and connect to services, and be discovered by, and connected from, other services
/// within a namespace.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceConnectConfiguration {
    /// Specifies whether to use Service Connect with this service.
    #[shape(name = "enabled")]
    pub enabled: bool,
    /// The namespace name or full Amazon Resource Name (ARN) of the Cloud Map namespace for use
    /// with Service Connect. The namespace must be in the same Amazon Web Services Region as the
    /// Amazon ECS service and cluster. The type of namespace doesn't affect Service Connect. For
    /// more information about Cloud Map, see [Working with
    /// Services](https://docs.aws.amazon.com/cloud-map/latest/dg/working-with-services.html) in the
    /// *Cloud Map Developer Guide*.
    #[shape(name = "namespace")]
    pub namespace: Option<String>,
    /// The list of Service Connect service objects. These are names and aliases (also known as
    /// endpoints) that are used by other Amazon ECS services to connect to this service.
    #[shape(name = "services")]
    pub services: Option<Vec<ServiceConnectService>>,
    /// The log configuration for the container. This parameter maps to `LogConfig` in the docker
    /// container create command and the `--log-driver` option to docker run.
    #[shape(name = "logConfiguration")]
    pub log_configuration: Option<LogConfiguration>,
    /// The configuration for Service Connect access logging. Access logs capture detailed
    /// information about requests made to your service, including request patterns, response codes,
    /// and timing data. They can be useful for debugging connectivity issues, monitoring service
    /// performance, and auditing service-to-service communication for security and compliance
    /// purposes.
    #[shape(name = "accessLogConfiguration")]
    pub access_log_configuration: Option<ServiceConnectAccessLogConfiguration>,
}

/// Controls whether query parameters are included in Service Connect access logs. Consider security
/// and privacy implications when enabling this feature. By default, this parameter is `DISABLED`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ServiceConnectIncludeQueryParameters {
    /// `DISABLED`
    #[default]
    #[shape(name = "DISABLED")]
    Disabled,
    /// `ENABLED`
    #[shape(name = "ENABLED")]
    Enabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The Service Connect service object configuration. For more information, see [Service
/// Connect](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html) in
/// the *Amazon Elastic Container Service Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceConnectService {
    /// The `portName` must match the name of one of the `portMappings` from all the containers in
    /// the task definition of this Amazon ECS service.
    #[shape(name = "portName")]
    pub port_name: String,
    /// The `discoveryName` is the name of the new Cloud Map service that Amazon ECS creates for
    /// this Amazon ECS service. This must be unique within the Cloud Map namespace. The name can
    /// contain up to 64 characters. The name can include lowercase letters, numbers, underscores
    /// (\_), and hyphens (-). The name can't start with a hyphen.
    #[shape(name = "discoveryName")]
    pub discovery_name: Option<String>,
    /// The list of client aliases for this Service Connect service. You use these to assign names
    /// that can be used by client applications. The maximum number of client aliases that you can
    /// have in this list is 1.
    #[shape(name = "clientAliases")]
    pub client_aliases: Option<Vec<ServiceConnectClientAlias>>,
    /// The port number for the Service Connect proxy to listen on.
    #[shape(name = "ingressPortOverride")]
    pub ingress_port_override: Option<i32>,
    /// A reference to an object that represents the configured timeouts for Service Connect.
    #[shape(name = "timeout")]
    pub timeout: Option<TimeoutConfiguration>,
    /// A reference to an object that represents a Transport Layer Security (TLS) configuration.
    #[shape(name = "tls")]
    pub tls: Option<ServiceConnectTlsConfiguration>,
}

/// The Service Connect resource. Each configuration maps a discovery name to a Cloud Map service
/// name. The data is stored in Cloud Map as part of the Service Connect configuration for each
/// discovery name of this Amazon ECS service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceConnectServiceResource {
    /// The discovery name of this Service Connect resource.
    #[shape(name = "discoveryName")]
    pub discovery_name: Option<String>,
    /// The Amazon Resource Name (ARN) for the service in Cloud Map that matches the discovery name
    /// for this Service Connect resource. You can use this ARN in other integrations with Cloud
    /// Map. However, Service Connect can't ensure connectivity outside of Amazon ECS.
    #[shape(name = "discoveryArn")]
    pub discovery_arn: Option<String>,
}

/// The header matching rules for test traffic routing in Amazon ECS blue/green deployments. These
/// rules determine how incoming requests are matched based on HTTP headers to route test traffic to
/// the new service revision.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceConnectTestTrafficHeaderMatchRules {
    /// The exact value that the HTTP header must match for the test traffic routing rule to apply.
    /// This provides precise control over which requests are routed to the new service revision
    /// during blue/green deployments.
    #[shape(name = "exact")]
    pub exact: String,
}

/// The HTTP header rules used to identify and route test traffic during Amazon ECS blue/green
/// deployments. These rules specify which HTTP headers to examine and what values to match for
/// routing decisions.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceConnectTestTrafficHeaderRules {
    /// The name of the HTTP header to examine for test traffic routing. Common examples include
    /// custom headers like `X-Test-Version` or `X-Canary-Request` that can be used to identify test
    /// traffic.
    #[shape(name = "name")]
    pub name: String,
    /// The header value matching configuration that determines how the HTTP header value is
    /// evaluated for test traffic routing decisions.
    #[shape(name = "value")]
    pub value: Option<ServiceConnectTestTrafficHeaderMatchRules>,
}

/// The test traffic routing configuration for Amazon ECS blue/green deployments. This configuration
/// allows you to define rules for routing specific traffic to the new service revision during the
/// deployment process, allowing for safe testing before full production traffic shift.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceConnectTestTrafficRules {
    /// The HTTP header-based routing rules that determine which requests should be routed to the
    /// new service version during blue/green deployment testing. These rules provide fine-grained
    /// control over test traffic routing based on request headers.
    #[shape(name = "header")]
    pub header: ServiceConnectTestTrafficHeaderRules,
}

/// The certificate root authority that secures your service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceConnectTlsCertificateAuthority {
    /// The ARN of the Amazon Web Services Private Certificate Authority certificate.
    #[shape(name = "awsPcaAuthorityArn")]
    pub aws_pca_authority_arn: Option<String>,
}

/// The key that encrypts and decrypts your resources for Service Connect TLS.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceConnectTlsConfiguration {
    /// The signer certificate authority.
    #[shape(name = "issuerCertificateAuthority")]
    pub issuer_certificate_authority: ServiceConnectTlsCertificateAuthority,
    /// The Amazon Web Services Key Management Service key.
    #[shape(name = "kmsKey")]
    pub kms_key: Option<String>,
    /// The Amazon Resource Name (ARN) of the IAM role that's associated with the Service Connect
    /// TLS.
    #[shape(name = "roleArn")]
    pub role_arn: Option<String>,
}

/// The summary of the current service revision configuration
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceCurrentRevisionSummary {
    /// The ARN of the current service revision.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The number of requested tasks in the current service revision
    #[shape(name = "requestedTaskCount")]
    pub requested_task_count: Option<i32>,
    /// The number of running tasks of the current service revision
    #[shape(name = "runningTaskCount")]
    pub running_task_count: Option<i32>,
    /// The number of pending tasks in the current service revision
    #[shape(name = "pendingTaskCount")]
    pub pending_task_count: Option<i32>,
}

/// Information about the service deployment.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceDeployment {
    /// The ARN of the service deployment.
    #[shape(name = "serviceDeploymentArn")]
    pub service_deployment_arn: Option<String>,
    /// The ARN of the service for this service deployment.
    #[shape(name = "serviceArn")]
    pub service_arn: Option<String>,
    /// The ARN of the cluster that hosts the service.
    #[shape(name = "clusterArn")]
    pub cluster_arn: Option<String>,
    /// The time the service deployment was created. The format is yyyy-MM-dd HH:mm:ss.SSSSSS.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The time the service deployment statred. The format is yyyy-MM-dd HH:mm:ss.SSSSSS.
    #[shape(name = "startedAt")]
    pub started_at: Option<DateTime>,
    /// The time the service deployment finished. The format is yyyy-MM-dd HH:mm:ss.SSSSSS.
    #[shape(name = "finishedAt")]
    pub finished_at: Option<DateTime>,
    /// The time the service deployment stopped. The format is yyyy-MM-dd HH:mm:ss.SSSSSS.
    #[shape(name = "stoppedAt")]
    pub stopped_at: Option<DateTime>,
    /// The time that the service deployment was last updated. The format is yyyy-MM-dd
    /// HH:mm:ss.SSSSSS.
    #[shape(name = "updatedAt")]
    pub updated_at: Option<DateTime>,
    /// The currently deployed workload configuration.
    #[shape(name = "sourceServiceRevisions")]
    pub source_service_revisions: Option<Vec<ServiceRevisionSummary>>,
    /// The workload configuration being deployed.
    #[shape(name = "targetServiceRevision")]
    pub target_service_revision: Option<ServiceRevisionSummary>,
    /// The service deployment state.
    #[shape(name = "status")]
    pub status: Option<ServiceDeploymentStatus>,
    /// Information about why the service deployment is in the current status. For example, the
    /// circuit breaker detected a failure.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
    /// The current lifecycle stage of the deployment. Possible values include:
    #[shape(name = "lifecycleStage")]
    pub lifecycle_stage: Option<ServiceDeploymentLifecycleStage>,
    /// The details of the lifecycle hooks for the current service deployment.
    #[shape(name = "lifecycleHookDetails")]
    pub lifecycle_hook_details: Option<Vec<DeploymentLifecycleHookDetail>>,
    /// Optional deployment parameters that control how many tasks run during a deployment and the
    /// ordering of stopping and starting tasks.
    #[shape(name = "deploymentConfiguration")]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    /// The rollback options the service deployment uses when the deployment fails.
    #[shape(name = "rollback")]
    pub rollback: Option<Rollback>,
    /// The circuit breaker configuration that determines a service deployment failed.
    #[shape(name = "deploymentCircuitBreaker")]
    pub deployment_circuit_breaker: Option<ServiceDeploymentCircuitBreaker>,
    /// The CloudWatch alarms that determine when a service deployment fails.
    #[shape(name = "alarms")]
    pub alarms: Option<ServiceDeploymentAlarms>,
}

/// The CloudWatch alarms used to determine a service deployment failed.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceDeploymentAlarms {
    /// The status of the alarms check. Amazon ECS is not using alarms for service deployment
    /// failures when the status is `DISABLED`.
    #[shape(name = "status")]
    pub status: Option<ServiceDeploymentRollbackMonitorsStatus>,
    /// The name of the CloudWatch alarms that determine when a service deployment failed. A ","
    /// separates the alarms.
    #[shape(name = "alarmNames")]
    pub alarm_names: Option<Vec<String>>,
    /// One or more CloudWatch alarm names that have been triggered during the service deployment. A
    /// "," separates the alarm names.
    #[shape(name = "triggeredAlarmNames")]
    pub triggered_alarm_names: Option<Vec<String>>,
}

/// The service deployment properties that are retured when you call `ListServiceDeployments`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceDeploymentBrief {
    /// The ARN of the service deployment.
    #[shape(name = "serviceDeploymentArn")]
    pub service_deployment_arn: Option<String>,
    /// The ARN of the service for this service deployment.
    #[shape(name = "serviceArn")]
    pub service_arn: Option<String>,
    /// The ARN of the cluster that hosts the service.
    #[shape(name = "clusterArn")]
    pub cluster_arn: Option<String>,
    /// The time that the service deployment statred. The format is yyyy-MM-dd HH:mm:ss.SSSSSS.
    #[shape(name = "startedAt")]
    pub started_at: Option<DateTime>,
    /// The time that the service deployment was created. The format is yyyy-MM-dd HH:mm:ss.SSSSSS.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The time that the service deployment completed. The format is yyyy-MM-dd HH:mm:ss.SSSSSS.
    #[shape(name = "finishedAt")]
    pub finished_at: Option<DateTime>,
    /// The ARN of the service revision being deplyed.
    #[shape(name = "targetServiceRevisionArn")]
    pub target_service_revision_arn: Option<String>,
    /// The status of the service deployment
    #[shape(name = "status")]
    pub status: Option<ServiceDeploymentStatus>,
    /// Information about why the service deployment is in the current status. For example, the
    /// circuit breaker detected a deployment failure.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
}

/// Information about the circuit breaker used to determine when a service deployment has failed.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceDeploymentCircuitBreaker {
    /// The circuit breaker status. Amazon ECS is not using the circuit breaker for service
    /// deployment failures when the status is `DISABLED`.
    #[shape(name = "status")]
    pub status: Option<ServiceDeploymentRollbackMonitorsStatus>,
    /// The number of times the circuit breaker detected a service deploymeny failure.
    #[shape(name = "failureCount")]
    pub failure_count: Option<i32>,
    /// The threshhold which determines that the service deployment failed.
    #[shape(name = "threshold")]
    pub threshold: Option<i32>,
}

/// The model's `ServiceDeploymentLifecycleStage`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ServiceDeploymentLifecycleStage {
    /// `RECONCILE_SERVICE`
    #[default]
    #[shape(name = "RECONCILE_SERVICE")]
    ReconcileService,
    /// `PRE_SCALE_UP`
    #[shape(name = "PRE_SCALE_UP")]
    PreScaleUp,
    /// `SCALE_UP`
    #[shape(name = "SCALE_UP")]
    ScaleUp,
    /// `POST_SCALE_UP`
    #[shape(name = "POST_SCALE_UP")]
    PostScaleUp,
    /// `TEST_TRAFFIC_SHIFT`
    #[shape(name = "TEST_TRAFFIC_SHIFT")]
    TestTrafficShift,
    /// `POST_TEST_TRAFFIC_SHIFT`
    #[shape(name = "POST_TEST_TRAFFIC_SHIFT")]
    PostTestTrafficShift,
    /// `PRODUCTION_TRAFFIC_SHIFT`
    #[shape(name = "PRODUCTION_TRAFFIC_SHIFT")]
    ProductionTrafficShift,
    /// `POST_PRODUCTION_TRAFFIC_SHIFT`
    #[shape(name = "POST_PRODUCTION_TRAFFIC_SHIFT")]
    PostProductionTrafficShift,
    /// `BAKE_TIME`
    #[shape(name = "BAKE_TIME")]
    BakeTime,
    /// `CLEAN_UP`
    #[shape(name = "CLEAN_UP")]
    CleanUp,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ServiceDeploymentRollbackMonitorsStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ServiceDeploymentRollbackMonitorsStatus {
    /// `TRIGGERED`
    #[default]
    #[shape(name = "TRIGGERED")]
    Triggered,
    /// `MONITORING`
    #[shape(name = "MONITORING")]
    Monitoring,
    /// `MONITORING_COMPLETE`
    #[shape(name = "MONITORING_COMPLETE")]
    MonitoringComplete,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ServiceDeploymentStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ServiceDeploymentStatus {
    /// `PENDING`
    #[default]
    #[shape(name = "PENDING")]
    Pending,
    /// `SUCCESSFUL`
    #[shape(name = "SUCCESSFUL")]
    Successful,
    /// `STOPPED`
    #[shape(name = "STOPPED")]
    Stopped,
    /// `STOP_REQUESTED`
    #[shape(name = "STOP_REQUESTED")]
    StopRequested,
    /// `IN_PROGRESS`
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `ROLLBACK_REQUESTED`
    #[shape(name = "ROLLBACK_REQUESTED")]
    RollbackRequested,
    /// `ROLLBACK_IN_PROGRESS`
    #[shape(name = "ROLLBACK_IN_PROGRESS")]
    RollbackInProgress,
    /// `ROLLBACK_SUCCESSFUL`
    #[shape(name = "ROLLBACK_SUCCESSFUL")]
    RollbackSuccessful,
    /// `ROLLBACK_FAILED`
    #[shape(name = "ROLLBACK_FAILED")]
    RollbackFailed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The details for an event that's associated with a service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceEvent {
    /// The ID string for the event.
    #[shape(name = "id")]
    pub id: Option<String>,
    /// The Unix timestamp for the time when the event was triggered.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The event message.
    #[shape(name = "message")]
    pub message: Option<String>,
}

/// The model's `ServiceField`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ServiceField {
    /// `TAGS`
    #[default]
    #[shape(name = "TAGS")]
    Tags,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf.
/// These settings are used to create each Amazon EBS volume, with one volume created for each task
/// in the service. For information about the supported launch types and operating systems, see
/// [Supported operating systems and launch
/// types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html#ebs-volumes-configuration)
/// in the* Amazon Elastic Container Service Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceManagedEBSVolumeConfiguration {
    /// Indicates whether the volume should be encrypted. If you turn on Region-level Amazon EBS
    /// encryption by default but set this value as `false`, the setting is overridden and the
    /// volume is encrypted with the KMS key specified for Amazon EBS encryption by default. This
    /// parameter maps 1:1 with the `Encrypted` parameter of the [CreateVolume
    /// API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
    /// *Amazon EC2 API Reference*.
    #[shape(name = "encrypted")]
    pub encrypted: Option<bool>,
    /// The Amazon Resource Name (ARN) identifier of the Amazon Web Services Key Management Service
    /// key to use for Amazon EBS encryption. When a key is specified using this parameter, it
    /// overrides Amazon EBS default encryption or any KMS key that you specified for cluster-level
    /// managed storage encryption. This parameter maps 1:1 with the `KmsKeyId` parameter of the
    /// [CreateVolume
    /// API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
    /// *Amazon EC2 API Reference*. For more information about encrypting Amazon EBS volumes
    /// attached to tasks, see [Encrypt data stored in Amazon EBS volumes attached to Amazon ECS
    /// tasks](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-kms-encryption.html).
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
    /// The volume type. This parameter maps 1:1 with the `VolumeType` parameter of the
    /// [CreateVolume
    /// API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
    /// *Amazon EC2 API Reference*. For more information, see [Amazon EBS volume
    /// types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-volume-types.html) in the
    /// *Amazon EC2 User Guide*.
    #[shape(name = "volumeType")]
    pub volume_type: Option<String>,
    /// The size of the volume in GiB. You must specify either a volume size or a snapshot ID. If
    /// you specify a snapshot ID, the snapshot size is used for the volume size by default. You can
    /// optionally specify a volume size greater than or equal to the snapshot size. This parameter
    /// maps 1:1 with the `Size` parameter of the [CreateVolume
    /// API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
    /// *Amazon EC2 API Reference*.
    #[shape(name = "sizeInGiB")]
    pub size_in_gi_b: Option<i32>,
    /// The snapshot that Amazon ECS uses to create volumes for attachment to tasks maintained by
    /// the service. You must specify either `snapshotId` or `sizeInGiB` in your volume
    /// configuration. This parameter maps 1:1 with the `SnapshotId` parameter of the [CreateVolume
    /// API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
    /// *Amazon EC2 API Reference*.
    #[shape(name = "snapshotId")]
    pub snapshot_id: Option<String>,
    /// The rate, in MiB/s, at which data is fetched from a snapshot of an existing EBS volume to
    /// create new volumes for attachment to the tasks maintained by the service. This property can
    /// be specified only if you specify a `snapshotId`. For more information, see [Initialize
    /// Amazon EBS volumes](https://docs.aws.amazon.com/ebs/latest/userguide/initalize-volume.html)
    /// in the *Amazon EBS User Guide*.
    #[shape(name = "volumeInitializationRate")]
    pub volume_initialization_rate: Option<i32>,
    /// The number of I/O operations per second (IOPS). For `gp3`, `io1`, and `io2` volumes, this
    /// represents the number of IOPS that are provisioned for the volume. For `gp2` volumes, this
    /// represents the baseline performance of the volume and the rate at which the volume
    /// accumulates I/O credits for bursting.
    #[shape(name = "iops")]
    pub iops: Option<i32>,
    /// The throughput to provision for a volume, in MiB/s, with a maximum of 1,000 MiB/s. This
    /// parameter maps 1:1 with the `Throughput` parameter of the [CreateVolume
    /// API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
    /// *Amazon EC2 API Reference*.
    #[shape(name = "throughput")]
    pub throughput: Option<i32>,
    /// The tags to apply to the volume. Amazon ECS applies service-managed tags by default. This
    /// parameter maps 1:1 with the `TagSpecifications.N` parameter of the [CreateVolume
    /// API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
    /// *Amazon EC2 API Reference*.
    #[shape(name = "tagSpecifications")]
    pub tag_specifications: Option<Vec<EBSTagSpecification>>,
    /// The ARN of the IAM role to associate with this volume. This is the Amazon ECS infrastructure
    /// IAM role that is used to manage your Amazon Web Services infrastructure. We recommend using
    /// the Amazon ECS-managed `AmazonECSInfrastructureRolePolicyForVolumes` IAM policy with this
    /// role. For more information, see [Amazon ECS infrastructure IAM
    /// role](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/infrastructure_IAM_role.html)
    /// in the *Amazon ECS Developer Guide*.
    #[shape(name = "roleArn")]
    pub role_arn: String,
    /// The filesystem type for the volume. For volumes created from a snapshot, you must specify
    /// the same filesystem type that the volume was using when the snapshot was created. If there
    /// is a filesystem type mismatch, the tasks will fail to start.
    #[shape(name = "filesystemType")]
    pub filesystem_type: Option<TaskFilesystemType>,
}

/// The details for the service registry.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceRegistry {
    /// The Amazon Resource Name (ARN) of the service registry. The currently supported service
    /// registry is Cloud Map. For more information, see
    /// [CreateService](https://docs.aws.amazon.com/cloud-map/latest/api/API_CreateService.html).
    #[shape(name = "registryArn")]
    pub registry_arn: Option<String>,
    /// The port value used if your service discovery service specified an SRV record. This field
    /// might be used if both the `awsvpc` network mode and SRV records are used.
    #[shape(name = "port")]
    pub port: Option<i32>,
    /// The container name value to be used for your service discovery service. It's already
    /// specified in the task definition. If the task definition that your service task specifies
    /// uses the `bridge` or `host` network mode, you must specify a `containerName` and
    /// `containerPort` combination from the task definition. If the task definition that your
    /// service task specifies uses the `awsvpc` network mode and a type SRV DNS record is used, you
    /// must specify either a `containerName` and `containerPort` combination or a `port` value.
    /// However, you can't specify both.
    #[shape(name = "containerName")]
    pub container_name: Option<String>,
    /// The port value to be used for your service discovery service. It's already specified in the
    /// task definition. If the task definition your service task specifies uses the `bridge` or
    /// `host` network mode, you must specify a `containerName` and `containerPort` combination from
    /// the task definition. If the task definition your service task specifies uses the `awsvpc`
    /// network mode and a type SRV DNS record is used, you must specify either a `containerName`
    /// and `containerPort` combination or a `port` value. However, you can't specify both.
    #[shape(name = "containerPort")]
    pub container_port: Option<i32>,
}

/// Information about the service revision.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceRevision {
    /// The ARN of the service revision.
    #[shape(name = "serviceRevisionArn")]
    pub service_revision_arn: Option<String>,
    /// The ARN of the service for the service revision.
    #[shape(name = "serviceArn")]
    pub service_arn: Option<String>,
    /// The ARN of the cluster that hosts the service.
    #[shape(name = "clusterArn")]
    pub cluster_arn: Option<String>,
    /// The task definition the service revision uses.
    #[shape(name = "taskDefinition")]
    pub task_definition: Option<String>,
    /// The capacity provider strategy the service revision uses.
    #[shape(name = "capacityProviderStrategy")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// The launch type the service revision uses.
    #[shape(name = "launchType")]
    pub launch_type: Option<LaunchType>,
    /// For the Fargate launch type, the platform version the service revision uses.
    #[shape(name = "platformVersion")]
    pub platform_version: Option<String>,
    /// The platform family the service revision uses.
    #[shape(name = "platformFamily")]
    pub platform_family: Option<String>,
    /// The load balancers the service revision uses.
    #[shape(name = "loadBalancers")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    /// The service registries (for Service Discovery) the service revision uses.
    #[shape(name = "serviceRegistries")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    /// The network configuration for a task or service.
    #[shape(name = "networkConfiguration")]
    pub network_configuration: Option<NetworkConfiguration>,
    /// The container images the service revision uses.
    #[shape(name = "containerImages")]
    pub container_images: Option<Vec<ContainerImage>>,
    /// Indicates whether Runtime Monitoring is turned on.
    #[shape(name = "guardDutyEnabled")]
    pub guard_duty_enabled: Option<bool>,
    /// The Service Connect configuration of your Amazon ECS service. The configuration for this
    /// service to discover and connect to services, and be discovered by, and connected from, other
    /// services within a namespace.
    #[shape(name = "serviceConnectConfiguration")]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    /// The volumes that are configured at deployment that the service revision uses.
    #[shape(name = "volumeConfigurations")]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    /// The amount of ephemeral storage to allocate for the deployment.
    #[shape(name = "fargateEphemeralStorage")]
    pub fargate_ephemeral_storage: Option<DeploymentEphemeralStorage>,
    /// The time that the service revision was created. The format is yyyy-mm-dd HH:mm:ss.SSSSS.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The VPC Lattice configuration for the service revision.
    #[shape(name = "vpcLatticeConfigurations")]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
    /// The resolved configuration for the service revision which contains the actual resources your
    /// service revision uses, such as which target groups serve traffic.
    #[shape(name = "resolvedConfiguration")]
    pub resolved_configuration: Option<ResolvedConfiguration>,
    /// The resources created and managed by Amazon ECS when you create an Express service for
    /// Amazon ECS.
    #[shape(name = "ecsManagedResources")]
    pub ecs_managed_resources: Option<ECSManagedResources>,
}

/// The resolved load balancer configuration for a service revision. This includes information about
/// which target groups serve traffic and which listener rules direct traffic to them.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceRevisionLoadBalancer {
    /// The Amazon Resource Name (ARN) of the target group associated with the service revision.
    #[shape(name = "targetGroupArn")]
    pub target_group_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the production listener rule or listener that directs
    /// traffic to the target group associated with the service revision.
    #[shape(name = "productionListenerRule")]
    pub production_listener_rule: Option<String>,
}

/// The information about the number of requested, pending, and running tasks for a service
/// revision.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceRevisionSummary {
    /// The ARN of the service revision.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The number of requested tasks for the service revision.
    #[shape(name = "requestedTaskCount")]
    pub requested_task_count: Option<i32>,
    /// The number of running tasks for the service revision.
    #[shape(name = "runningTaskCount")]
    pub running_task_count: Option<i32>,
    /// The number of pending tasks for the service revision.
    #[shape(name = "pendingTaskCount")]
    pub pending_task_count: Option<i32>,
    /// The percentage of test traffic that is directed to this service revision. This value
    /// represents a snapshot of the traffic distribution and may not reflect real-time changes
    /// during active deployments. Valid values are 0.0 to 100.0.
    #[shape(name = "requestedTestTrafficWeight")]
    pub requested_test_traffic_weight: Option<f64>,
    /// The percentage of production traffic that is directed to this service revision. This value
    /// represents a snapshot of the traffic distribution and may not reflect real-time changes
    /// during active deployments. Valid values are 0.0 to 100.0.
    #[shape(name = "requestedProductionTrafficWeight")]
    pub requested_production_traffic_weight: Option<f64>,
}

/// The configuration for a volume specified in the task definition as a volume that is configured
/// at launch time. Currently, the only supported volume type is an Amazon EBS volume.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ServiceVolumeConfiguration {
    /// The name of the volume. This value must match the volume name from the `Volume` object in
    /// the task definition.
    #[shape(name = "name")]
    pub name: String,
    /// The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your
    /// behalf. These settings are used to create each Amazon EBS volume, with one volume created
    /// for each task in the service. The Amazon EBS volumes are visible in your account in the
    /// Amazon EC2 console once they are created.
    #[shape(name = "managedEBSVolume")]
    pub managed_ebs_volume: Option<ServiceManagedEBSVolumeConfiguration>,
}

/// The details for the execute command session.
#[derive(Shape, Clone, Default, PartialEq)]
pub struct Session {
    /// The ID of the execute command session.
    #[shape(name = "sessionId")]
    pub session_id: Option<String>,
    /// A URL to the managed agent on the container that the SSM Session Manager client uses to send
    /// commands and receive output from the container.
    #[shape(name = "streamUrl")]
    pub stream_url: Option<String>,
    /// An encrypted token value containing session and caller information. It's used to
    /// authenticate the connection to the container.
    #[shape(name = "tokenValue")]
    pub token_value: Option<String>,
}

impl ::std::fmt::Debug for Session {
    #[inline]
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.debug_struct("Session")
            .field("session_id", &self.session_id)
            .field("stream_url", &self.stream_url)
            .field(
                "token_value",
                &self.token_value.as_ref().map(|_| "** redacted **"),
            )
            .finish()
    }
}

/// The current account setting for a resource.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Setting {
    /// The Amazon ECS resource name.
    #[shape(name = "name")]
    pub name: Option<SettingName>,
    /// Determines whether the account setting is on or off for the specified resource.
    #[shape(name = "value")]
    pub value: Option<String>,
    /// The ARN of the principal. It can be a user, role, or the root user. If this field is
    /// omitted, the authenticated user is assumed.
    #[shape(name = "principalArn")]
    pub principal_arn: Option<String>,
    /// Indicates whether Amazon Web Services manages the account setting, or if the user manages
    /// it.
    #[shape(name = "type")]
    pub r#type: Option<SettingType>,
}

/// The model's `SettingName`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SettingName {
    /// `serviceLongArnFormat`
    #[default]
    #[shape(name = "serviceLongArnFormat")]
    ServiceLongArnFormat,
    /// `taskLongArnFormat`
    #[shape(name = "taskLongArnFormat")]
    TaskLongArnFormat,
    /// `containerInstanceLongArnFormat`
    #[shape(name = "containerInstanceLongArnFormat")]
    ContainerInstanceLongArnFormat,
    /// `awsvpcTrunking`
    #[shape(name = "awsvpcTrunking")]
    AwsvpcTrunking,
    /// `containerInsights`
    #[shape(name = "containerInsights")]
    ContainerInsights,
    /// `fargateFIPSMode`
    #[shape(name = "fargateFIPSMode")]
    FargateFIPSMode,
    /// `tagResourceAuthorization`
    #[shape(name = "tagResourceAuthorization")]
    TagResourceAuthorization,
    /// `fargateTaskRetirementWaitPeriod`
    #[shape(name = "fargateTaskRetirementWaitPeriod")]
    FargateTaskRetirementWaitPeriod,
    /// `guardDutyActivate`
    #[shape(name = "guardDutyActivate")]
    GuardDutyActivate,
    /// `defaultLogDriverMode`
    #[shape(name = "defaultLogDriverMode")]
    DefaultLogDriverMode,
    /// `fargateEventWindows`
    #[shape(name = "fargateEventWindows")]
    FargateEventWindows,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `SettingType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SettingType {
    /// `user`
    #[default]
    #[shape(name = "user")]
    User,
    /// `aws_managed`
    #[shape(name = "aws_managed")]
    AwsManaged,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `SortOrder`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SortOrder {
    /// `ASC`
    #[default]
    #[shape(name = "ASC")]
    Asc,
    /// `DESC`
    #[shape(name = "DESC")]
    Desc,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `StabilityStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StabilityStatus {
    /// `STEADY_STATE`
    #[default]
    #[shape(name = "STEADY_STATE")]
    SteadyState,
    /// `STABILIZING`
    #[shape(name = "STABILIZING")]
    Stabilizing,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `StartTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartTaskRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster where to start your task.
    /// If you do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The container instance IDs or full ARN entries for the container instances where you would
    /// like to place your task. You can specify up to 10 container instances.
    #[shape(name = "containerInstances")]
    pub container_instances: Vec<String>,
    /// Specifies whether to use Amazon ECS managed tags for the task. For more information, see
    /// [Tagging Your Amazon ECS
    /// Resources](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "enableECSManagedTags")]
    pub enable_ecs_managed_tags: Option<bool>,
    /// Whether or not the execute command functionality is turned on for the task. If `true`, this
    /// turns on the execute command functionality on all containers in the task.
    #[shape(name = "enableExecuteCommand")]
    pub enable_execute_command: Option<bool>,
    /// The name of the task group to associate with the task. The default value is the family name
    /// of the task definition (for example, family:my-family-name).
    #[shape(name = "group")]
    pub group: Option<String>,
    /// The VPC subnet and security group configuration for tasks that receive their own elastic
    /// network interface by using the `awsvpc` networking mode.
    #[shape(name = "networkConfiguration")]
    pub network_configuration: Option<NetworkConfiguration>,
    /// A list of container overrides in JSON format that specify the name of a container in the
    /// specified task definition and the overrides it receives. You can override the default
    /// command for a container (that's specified in the task definition or Docker image) with a
    /// `command` override. You can also override existing environment variables (that are specified
    /// in the task definition or Docker image) on a container or add new environment variables to
    /// it with an `environment` override.
    #[shape(name = "overrides")]
    pub overrides: Option<TaskOverride>,
    /// Specifies whether to propagate the tags from the task definition or the service to the task.
    /// If no value is specified, the tags aren't propagated.
    #[shape(name = "propagateTags")]
    pub propagate_tags: Option<PropagateTags>,
    /// This parameter is only used by Amazon ECS. It is not intended for use by customers.
    #[shape(name = "referenceId")]
    pub reference_id: Option<String>,
    /// An optional tag specified when a task is started. For example, if you automatically trigger
    /// a task to run a batch process job, you could apply a unique identifier for that job to your
    /// task with the `startedBy` parameter. You can then identify which tasks belong to that job by
    /// filtering the results of a
    /// [ListTasks](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ListTasks.html)
    /// call with the `startedBy` value. Up to 36 letters (uppercase and lowercase), numbers,
    /// hyphens (-), forward slash (/), and underscores (\_) are allowed.
    #[shape(name = "startedBy")]
    pub started_by: Option<String>,
    /// The metadata that you apply to the task to help you categorize and organize them. Each tag
    /// consists of a key and an optional value, both of which you define.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
    /// The `family` and `revision` (`family:revision`) or full ARN of the task definition to start.
    /// If a `revision` isn't specified, the latest `ACTIVE` revision is used.
    #[shape(name = "taskDefinition")]
    pub task_definition: String,
    /// The details of the volume that was `configuredAtLaunch`. You can configure the size,
    /// volumeType, IOPS, throughput, snapshot and encryption in
    /// [TaskManagedEBSVolumeConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_TaskManagedEBSVolumeConfiguration.html).
    /// The `name` of the volume must match the `name` from the task definition.
    #[shape(name = "volumeConfigurations")]
    pub volume_configurations: Option<Vec<TaskVolumeConfiguration>>,
}

/// The output of `StartTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartTaskResponse {
    /// A full description of the tasks that were started. Each task that was successfully placed on
    /// your container instances is described.
    #[shape(name = "tasks")]
    pub tasks: Option<Vec<Task>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<Failure>>,
}

/// The input of `StopServiceDeployment`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopServiceDeploymentRequest {
    /// The ARN of the service deployment that you want to stop.
    #[shape(name = "serviceDeploymentArn")]
    pub service_deployment_arn: String,
    /// How you want Amazon ECS to stop the service.
    #[shape(name = "stopType")]
    pub stop_type: Option<StopServiceDeploymentStopType>,
}

/// The output of `StopServiceDeployment`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopServiceDeploymentResponse {
    /// The ARN of the stopped service deployment.
    #[shape(name = "serviceDeploymentArn")]
    pub service_deployment_arn: Option<String>,
}

/// The model's `StopServiceDeploymentStopType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StopServiceDeploymentStopType {
    /// `ABORT`
    #[default]
    #[shape(name = "ABORT")]
    Abort,
    /// `ROLLBACK`
    #[shape(name = "ROLLBACK")]
    Rollback,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `StopTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopTaskRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the task to
    /// stop. If you do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// Thefull Amazon Resource Name (ARN) of the task.
    #[shape(name = "task")]
    pub task: String,
    /// An optional message specified when a task is stopped. For example, if you're using a custom
    /// scheduler, you can use this parameter to specify the reason for stopping the task here, and
    /// the message appears in subsequent
    /// [DescribeTasks](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_DescribeTasks.html)\>
    /// API operations on this task.
    #[shape(name = "reason")]
    pub reason: Option<String>,
}

/// The output of `StopTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopTaskResponse {
    /// The task that was stopped.
    #[shape(name = "task")]
    pub task: Option<Task>,
}

/// The input of `SubmitAttachmentStateChanges`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SubmitAttachmentStateChangesRequest {
    /// The short name or full ARN of the cluster that hosts the container instance the attachment
    /// belongs to.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// Any attachments associated with the state change request.
    #[shape(name = "attachments")]
    pub attachments: Vec<AttachmentStateChange>,
}

/// The output of `SubmitAttachmentStateChanges`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SubmitAttachmentStateChangesResponse {
    /// Acknowledgement of the state change.
    #[shape(name = "acknowledgment")]
    pub acknowledgment: Option<String>,
}

/// The input of `SubmitContainerStateChange`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SubmitContainerStateChangeRequest {
    /// The short name or full ARN of the cluster that hosts the container.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The task ID or full Amazon Resource Name (ARN) of the task that hosts the container.
    #[shape(name = "task")]
    pub task: Option<String>,
    /// The name of the container.
    #[shape(name = "containerName")]
    pub container_name: Option<String>,
    /// The ID of the Docker container.
    #[shape(name = "runtimeId")]
    pub runtime_id: Option<String>,
    /// The status of the state change request.
    #[shape(name = "status")]
    pub status: Option<String>,
    /// The exit code that's returned for the state change request.
    #[shape(name = "exitCode")]
    pub exit_code: Option<i32>,
    /// The reason for the state change request.
    #[shape(name = "reason")]
    pub reason: Option<String>,
    /// The network bindings of the container.
    #[shape(name = "networkBindings")]
    pub network_bindings: Option<Vec<NetworkBinding>>,
}

/// The output of `SubmitContainerStateChange`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SubmitContainerStateChangeResponse {
    /// Acknowledgement of the state change.
    #[shape(name = "acknowledgment")]
    pub acknowledgment: Option<String>,
}

/// The input of `SubmitTaskStateChange`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SubmitTaskStateChangeRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the task.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The task ID or full ARN of the task in the state change request.
    #[shape(name = "task")]
    pub task: Option<String>,
    /// The status of the state change request.
    #[shape(name = "status")]
    pub status: Option<String>,
    /// The reason for the state change request.
    #[shape(name = "reason")]
    pub reason: Option<String>,
    /// Any containers that's associated with the state change request.
    #[shape(name = "containers")]
    pub containers: Option<Vec<ContainerStateChange>>,
    /// Any attachments associated with the state change request.
    #[shape(name = "attachments")]
    pub attachments: Option<Vec<AttachmentStateChange>>,
    /// The details for the managed agent that's associated with the task.
    #[shape(name = "managedAgents")]
    pub managed_agents: Option<Vec<ManagedAgentStateChange>>,
    /// The Unix timestamp for the time when the container image pull started.
    #[shape(name = "pullStartedAt")]
    pub pull_started_at: Option<DateTime>,
    /// The Unix timestamp for the time when the container image pull completed.
    #[shape(name = "pullStoppedAt")]
    pub pull_stopped_at: Option<DateTime>,
    /// The Unix timestamp for the time when the task execution stopped.
    #[shape(name = "executionStoppedAt")]
    pub execution_stopped_at: Option<DateTime>,
}

/// The output of `SubmitTaskStateChange`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SubmitTaskStateChangeResponse {
    /// Acknowledgement of the state change.
    #[shape(name = "acknowledgment")]
    pub acknowledgment: Option<String>,
}

/// A list of namespaced kernel parameters to set in the container. This parameter maps to `Sysctls`
/// in the docker container create command and the `--sysctl` option to docker run. For example, you
/// can configure `net.ipv4.tcp_keepalive_time` setting to maintain longer lived connections.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SystemControl {
    /// The namespaced kernel parameter to set a `value` for.
    #[shape(name = "namespace")]
    pub namespace: Option<String>,
    /// The namespaced kernel parameter to set a `value` for.
    #[shape(name = "value")]
    pub value: Option<String>,
}

/// The metadata that you apply to a resource to help you categorize and organize them. Each tag
/// consists of a key and an optional value. You define them.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// One part of a key-value pair that make up a tag. A `key` is a general label that acts like a
    /// category for more specific tag values.
    #[shape(name = "key")]
    pub key: Option<String>,
    /// The optional part of a key-value pair that make up a tag. A `value` acts as a descriptor
    /// within a tag category (key).
    #[shape(name = "value")]
    pub value: Option<String>,
}

/// The input of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceRequest {
    /// The Amazon Resource Name (ARN) of the resource to add tags to. Currently, the supported
    /// resources are Amazon ECS capacity providers, tasks, services, task definitions, clusters,
    /// and container instances.
    #[shape(name = "resourceArn")]
    pub resource_arn: String,
    /// The tags to add to the resource. A tag is an array of key-value pairs.
    #[shape(name = "tags")]
    pub tags: Vec<Tag>,
}

/// The output of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceResponse {}

/// The model's `TargetType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TargetType {
    /// `container-instance`
    #[default]
    #[shape(name = "container-instance")]
    ContainerInstance,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Details on a task in a cluster.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Task {
    /// The Elastic Network Adapter that's associated with the task if the task uses the `awsvpc`
    /// network mode.
    #[shape(name = "attachments")]
    pub attachments: Option<Vec<Attachment>>,
    /// The attributes of the task
    #[shape(name = "attributes")]
    pub attributes: Option<Vec<Attribute>>,
    /// The Availability Zone for the task.
    #[shape(name = "availabilityZone")]
    pub availability_zone: Option<String>,
    /// The capacity provider that's associated with the task.
    #[shape(name = "capacityProviderName")]
    pub capacity_provider_name: Option<String>,
    /// The ARN of the cluster that hosts the task.
    #[shape(name = "clusterArn")]
    pub cluster_arn: Option<String>,
    /// The connectivity status of a task.
    #[shape(name = "connectivity")]
    pub connectivity: Option<Connectivity>,
    /// The Unix timestamp for the time when the task last went into `CONNECTED` status.
    #[shape(name = "connectivityAt")]
    pub connectivity_at: Option<DateTime>,
    /// The ARN of the container instances that host the task.
    #[shape(name = "containerInstanceArn")]
    pub container_instance_arn: Option<String>,
    /// The containers that's associated with the task.
    #[shape(name = "containers")]
    pub containers: Option<Vec<Container>>,
    /// The number of CPU units used by the task as expressed in a task definition. It can be
    /// expressed as an integer using CPU units (for example, `1024`). It can also be expressed as a
    /// string using vCPUs (for example, `1 vCPU` or `1 vcpu`). String values are converted to an
    /// integer that indicates the CPU units when the task definition is registered.
    #[shape(name = "cpu")]
    pub cpu: Option<String>,
    /// The Unix timestamp for the time when the task was created. More specifically, it's for the
    /// time when the task entered the `PENDING` state.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The desired status of the task. For more information, see [Task
    /// Lifecycle](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-lifecycle.html).
    #[shape(name = "desiredStatus")]
    pub desired_status: Option<String>,
    /// Determines whether execute command functionality is turned on for this task. If `true`,
    /// execute command functionality is turned on all the containers in the task.
    #[shape(name = "enableExecuteCommand")]
    pub enable_execute_command: Option<bool>,
    /// The Unix timestamp for the time when the task execution stopped.
    #[shape(name = "executionStoppedAt")]
    pub execution_stopped_at: Option<DateTime>,
    /// The name of the task group that's associated with the task.
    #[shape(name = "group")]
    pub group: Option<String>,
    /// The health status for the task. It's determined by the health of the essential containers in
    /// the task. If all essential containers in the task are reporting as `HEALTHY`, the task
    /// status also reports as `HEALTHY`. If any essential containers in the task are reporting as
    /// `UNHEALTHY` or `UNKNOWN`, the task status also reports as `UNHEALTHY` or `UNKNOWN`.
    #[shape(name = "healthStatus")]
    pub health_status: Option<HealthStatus>,
    /// The Elastic Inference accelerator that's associated with the task.
    #[shape(name = "inferenceAccelerators")]
    pub inference_accelerators: Option<Vec<InferenceAccelerator>>,
    /// The last known status for the task. For more information, see [Task
    /// Lifecycle](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-lifecycle.html).
    #[shape(name = "lastStatus")]
    pub last_status: Option<String>,
    /// The infrastructure where your task runs on. For more information, see [Amazon ECS launch
    /// types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html) in the
    /// *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "launchType")]
    pub launch_type: Option<LaunchType>,
    /// The amount of memory (in MiB) that the task uses as expressed in a task definition. It can
    /// be expressed as an integer using MiB (for example, `1024`). If it's expressed as a string
    /// using GB (for example, `1GB` or `1 GB`), it's converted to an integer indicating the MiB
    /// when the task definition is registered.
    #[shape(name = "memory")]
    pub memory: Option<String>,
    /// One or more container overrides.
    #[shape(name = "overrides")]
    pub overrides: Option<TaskOverride>,
    /// The platform version where your task runs on. A platform version is only specified for tasks
    /// that use the Fargate launch type. If you didn't specify one, the `LATEST` platform version
    /// is used. For more information, see [Fargate Platform
    /// Versions](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "platformVersion")]
    pub platform_version: Option<String>,
    /// The operating system that your tasks are running on. A platform family is specified only for
    /// tasks that use the Fargate launch type.
    #[shape(name = "platformFamily")]
    pub platform_family: Option<String>,
    /// The Unix timestamp for the time when the container image pull began.
    #[shape(name = "pullStartedAt")]
    pub pull_started_at: Option<DateTime>,
    /// The Unix timestamp for the time when the container image pull completed.
    #[shape(name = "pullStoppedAt")]
    pub pull_stopped_at: Option<DateTime>,
    /// The Unix timestamp for the time when the task started. More specifically, it's for the time
    /// when the task transitioned from the `PENDING` state to the `RUNNING` state.
    #[shape(name = "startedAt")]
    pub started_at: Option<DateTime>,
    /// The tag specified when a task is started. If an Amazon ECS service started the task, the
    /// `startedBy` parameter contains the deployment ID of that service.
    #[shape(name = "startedBy")]
    pub started_by: Option<String>,
    /// The stop code indicating why a task was stopped. The `stoppedReason` might contain
    /// additional details.
    #[shape(name = "stopCode")]
    pub stop_code: Option<TaskStopCode>,
    /// The Unix timestamp for the time when the task was stopped. More specifically, it's for the
    /// time when the task transitioned from the `RUNNING` state to the `STOPPED` state.
    #[shape(name = "stoppedAt")]
    pub stopped_at: Option<DateTime>,
    /// The reason that the task was stopped.
    #[shape(name = "stoppedReason")]
    pub stopped_reason: Option<String>,
    /// The Unix timestamp for the time when the task stops. More specifically, it's for the time
    /// when the task transitions from the `RUNNING` state to `STOPPING`.
    #[shape(name = "stoppingAt")]
    pub stopping_at: Option<DateTime>,
    /// The metadata that you apply to the task to help you categorize and organize the task. Each
    /// tag consists of a key and an optional value. You define both the key and value.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
    /// The Amazon Resource Name (ARN) of the task.
    #[shape(name = "taskArn")]
    pub task_arn: Option<String>,
    /// The ARN of the task definition that creates the task.
    #[shape(name = "taskDefinitionArn")]
    pub task_definition_arn: Option<String>,
    /// The version counter for the task. Every time a task experiences a change that starts a
    /// CloudWatch event, the version counter is incremented. If you replicate your Amazon ECS task
    /// state with CloudWatch Events, you can compare the version of a task reported by the Amazon
    /// ECS API actions with the version reported in CloudWatch Events for the task (inside the
    /// `detail` object) to verify that the version in your event stream is current.
    #[shape(name = "version")]
    pub version: Option<i64>,
    /// The ephemeral storage settings for the task.
    #[shape(name = "ephemeralStorage")]
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// The Fargate ephemeral storage settings for the task.
    #[shape(name = "fargateEphemeralStorage")]
    pub fargate_ephemeral_storage: Option<TaskEphemeralStorage>,
}

/// The details of a task definition which describes the container and volume definitions of an
/// Amazon Elastic Container Service task. You can specify which Docker images to use, the required
/// resources, and other configurations related to launching the task definition through an Amazon
/// ECS service or task.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TaskDefinition {
    /// The full Amazon Resource Name (ARN) of the task definition.
    #[shape(name = "taskDefinitionArn")]
    pub task_definition_arn: Option<String>,
    /// A list of container definitions in JSON format that describe the different containers that
    /// make up your task. For more information about container definition parameters and defaults,
    /// see [Amazon ECS Task
    /// Definitions](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_defintions.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "containerDefinitions")]
    pub container_definitions: Option<Vec<ContainerDefinition>>,
    /// The name of a family that this task definition is registered to. Up to 255 characters are
    /// allowed. Letters (both uppercase and lowercase letters), numbers, hyphens (-), and
    /// underscores (\_) are allowed.
    #[shape(name = "family")]
    pub family: Option<String>,
    /// The short name or full Amazon Resource Name (ARN) of the Identity and Access Management role
    /// that grants containers in the task permission to call Amazon Web Services APIs on your
    /// behalf. For informationabout the required IAM roles for Amazon ECS, see [IAM roles for
    /// Amazon
    /// ECS](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-ecs-iam-role-overview.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "taskRoleArn")]
    pub task_role_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the task execution role that grants the Amazon ECS
    /// container agent permission to make Amazon Web Services API calls on your behalf. For
    /// informationabout the required IAM roles for Amazon ECS, see [IAM roles for Amazon
    /// ECS](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/security-ecs-iam-role-overview.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "executionRoleArn")]
    pub execution_role_arn: Option<String>,
    /// The Docker networking mode to use for the containers in the task. The valid values are
    /// `none`, `bridge`, `awsvpc`, and `host`. If no network mode is specified, the default is
    /// `bridge`.
    #[shape(name = "networkMode")]
    pub network_mode: Option<NetworkMode>,
    /// The revision of the task in a particular family. The revision is a version number of a task
    /// definition in a family. When you register a task definition for the first time, the revision
    /// is `1`. Each time that you register a new revision of a task definition in the same family,
    /// the revision value always increases by one. This is even if you deregistered previous
    /// revisions in this family.
    #[shape(name = "revision")]
    pub revision: Option<i32>,
    /// The list of data volume definitions for the task. For more information, see [Using data
    /// volumes in
    /// tasks](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "volumes")]
    pub volumes: Option<Vec<Volume>>,
    /// The status of the task definition.
    #[shape(name = "status")]
    pub status: Option<TaskDefinitionStatus>,
    /// The container instance attributes required by your task. When an Amazon EC2 instance is
    /// registered to your cluster, the Amazon ECS container agent assigns some standard attributes
    /// to the instance. You can apply custom attributes. These are specified as key-value pairs
    /// using the Amazon ECS console or the
    /// [PutAttributes](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PutAttributes.html)
    /// API. These attributes are used when determining task placement for tasks hosted on Amazon
    /// EC2 instances. For more information, see
    /// [Attributes](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html#attributes)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "requiresAttributes")]
    pub requires_attributes: Option<Vec<Attribute>>,
    /// An array of placement constraint objects to use for tasks.
    #[shape(name = "placementConstraints")]
    pub placement_constraints: Option<Vec<TaskDefinitionPlacementConstraint>>,
    /// Amazon ECS validates the task definition parameters with those supported by the launch type.
    /// For more information, see [Amazon ECS launch
    /// types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html) in the
    /// *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "compatibilities")]
    pub compatibilities: Option<Vec<Compatibility>>,
    /// The operating system that your task definitions are running on. A platform family is
    /// specified only for tasks using the Fargate launch type.
    #[shape(name = "runtimePlatform")]
    pub runtime_platform: Option<RuntimePlatform>,
    /// The task launch types the task definition was validated against. The valid values are
    /// `MANAGED_INSTANCES`, `EC2`, `FARGATE`, and `EXTERNAL`. For more information, see [Amazon ECS
    /// launch types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "requiresCompatibilities")]
    pub requires_compatibilities: Option<Vec<Compatibility>>,
    /// The number of `cpu` units used by the task. If you use the EC2 launch type, this field is
    /// optional. Any value can be used. If you use the Fargate launch type, this field is required.
    /// You must use one of the following values. The value that you choose determines your range of
    /// valid values for the `memory` parameter.
    #[shape(name = "cpu")]
    pub cpu: Option<String>,
    /// The amount (in MiB) of memory used by the task.
    #[shape(name = "memory")]
    pub memory: Option<String>,
    /// The Elastic Inference accelerator that's associated with the task.
    #[shape(name = "inferenceAccelerators")]
    pub inference_accelerators: Option<Vec<InferenceAccelerator>>,
    /// The process namespace to use for the containers in the task. The valid values are `host` or
    /// `task`. On Fargate for Linux containers, the only valid value is `task`. For example,
    /// monitoring sidecars might need `pidMode` to access information about other containers
    /// running in the same task.
    #[shape(name = "pidMode")]
    pub pid_mode: Option<PidMode>,
    /// The IPC resource namespace to use for the containers in the task. The valid values are
    /// `host`, `task`, or `none`. If `host` is specified, then all containers within the tasks that
    /// specified the `host` IPC mode on the same container instance share the same IPC resources
    /// with the host Amazon EC2 instance. If `task` is specified, all containers within the
    /// specified task share the same IPC resources. If `none` is specified, then IPC resources
    /// within the containers of a task are private and not shared with other containers in a task
    /// or on the container instance. If no value is specified, then the IPC resource namespace
    /// sharing depends on the Docker daemon setting on the container instance.
    #[shape(name = "ipcMode")]
    pub ipc_mode: Option<IpcMode>,
    /// The configuration details for the App Mesh proxy.
    #[shape(name = "proxyConfiguration")]
    pub proxy_configuration: Option<ProxyConfiguration>,
    /// The Unix timestamp for the time when the task definition was registered.
    #[shape(name = "registeredAt")]
    pub registered_at: Option<DateTime>,
    /// The Unix timestamp for the time when the task definition was deregistered.
    #[shape(name = "deregisteredAt")]
    pub deregistered_at: Option<DateTime>,
    /// The Unix timestamp for the time when the task definition delete was requested.
    #[shape(name = "deleteRequestedAt")]
    pub delete_requested_at: Option<DateTime>,
    /// The principal that registered the task definition.
    #[shape(name = "registeredBy")]
    pub registered_by: Option<String>,
    /// The ephemeral storage settings to use for tasks run with the task definition.
    #[shape(name = "ephemeralStorage")]
    pub ephemeral_storage: Option<EphemeralStorage>,
    /// Enables fault injection and allows for fault injection requests to be accepted from the
    /// task's containers. The default value is `false`.
    #[shape(name = "enableFaultInjection")]
    pub enable_fault_injection: Option<bool>,
}

/// The model's `TaskDefinitionFamilyStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TaskDefinitionFamilyStatus {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `INACTIVE`
    #[shape(name = "INACTIVE")]
    Inactive,
    /// `ALL`
    #[shape(name = "ALL")]
    All,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `TaskDefinitionField`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TaskDefinitionField {
    /// `TAGS`
    #[default]
    #[shape(name = "TAGS")]
    Tags,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The constraint on task placement in the task definition. For more information, see [Task
/// placement
/// constraints](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-placement-constraints.html)
/// in the *Amazon Elastic Container Service Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TaskDefinitionPlacementConstraint {
    /// The type of constraint. The `MemberOf` constraint restricts selection to be from a group of
    /// valid candidates.
    #[shape(name = "type")]
    pub r#type: Option<TaskDefinitionPlacementConstraintType>,
    /// A cluster query language expression to apply to the constraint. For more information, see
    /// [Cluster query
    /// language](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cluster-query-language.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "expression")]
    pub expression: Option<String>,
}

/// The model's `TaskDefinitionPlacementConstraintType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TaskDefinitionPlacementConstraintType {
    /// `memberOf`
    #[default]
    #[shape(name = "memberOf")]
    MemberOf,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `TaskDefinitionStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TaskDefinitionStatus {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `INACTIVE`
    #[shape(name = "INACTIVE")]
    Inactive,
    /// `DELETE_IN_PROGRESS`
    #[shape(name = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The amount of ephemeral storage to allocate for the task.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TaskEphemeralStorage {
    /// The total amount, in GiB, of the ephemeral storage to set for the task. The minimum
    /// supported value is `20` GiB and the maximum supported value is `200` GiB.
    #[shape(name = "sizeInGiB")]
    pub size_in_gi_b: Option<i32>,
    /// Specify an Key Management Service key ID to encrypt the ephemeral storage for the task.
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
}

/// The model's `TaskField`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TaskField {
    /// `TAGS`
    #[default]
    #[shape(name = "TAGS")]
    Tags,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `TaskFilesystemType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TaskFilesystemType {
    /// `ext3`
    #[default]
    #[shape(name = "ext3")]
    Ext3,
    /// `ext4`
    #[shape(name = "ext4")]
    Ext4,
    /// `xfs`
    #[shape(name = "xfs")]
    Xfs,
    /// `ntfs`
    #[shape(name = "ntfs")]
    Ntfs,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your behalf.
/// These settings are used to create each Amazon EBS volume, with one volume created for each task.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TaskManagedEBSVolumeConfiguration {
    /// Indicates whether the volume should be encrypted. If you turn on Region-level Amazon EBS
    /// encryption by default but set this value as `false`, the setting is overridden and the
    /// volume is encrypted with the KMS key specified for Amazon EBS encryption by default. This
    /// parameter maps 1:1 with the `Encrypted` parameter of the [CreateVolume
    /// API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
    /// *Amazon EC2 API Reference*.
    #[shape(name = "encrypted")]
    pub encrypted: Option<bool>,
    /// The Amazon Resource Name (ARN) identifier of the Amazon Web Services Key Management Service
    /// key to use for Amazon EBS encryption. When a key is specified using this parameter, it
    /// overrides Amazon EBS default encryption or any KMS key that you specified for cluster-level
    /// managed storage encryption. This parameter maps 1:1 with the `KmsKeyId` parameter of the
    /// [CreateVolume
    /// API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
    /// *Amazon EC2 API Reference*. For more information about encrypting Amazon EBS volumes
    /// attached to a task, see [Encrypt data stored in Amazon EBS volumes attached to Amazon ECS
    /// tasks](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-kms-encryption.html).
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
    /// The volume type. This parameter maps 1:1 with the `VolumeType` parameter of the
    /// [CreateVolume
    /// API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
    /// *Amazon EC2 API Reference*. For more information, see [Amazon EBS volume
    /// types](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-volume-types.html) in the
    /// *Amazon EC2 User Guide*.
    #[shape(name = "volumeType")]
    pub volume_type: Option<String>,
    /// The size of the volume in GiB. You must specify either a volume size or a snapshot ID. If
    /// you specify a snapshot ID, the snapshot size is used for the volume size by default. You can
    /// optionally specify a volume size greater than or equal to the snapshot size. This parameter
    /// maps 1:1 with the `Size` parameter of the [CreateVolume
    /// API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
    /// *Amazon EC2 API Reference*.
    #[shape(name = "sizeInGiB")]
    pub size_in_gi_b: Option<i32>,
    /// The snapshot that Amazon ECS uses to create the volume. You must specify either a snapshot
    /// ID or a volume size. This parameter maps 1:1 with the `SnapshotId` parameter of the
    /// [CreateVolume
    /// API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
    /// *Amazon EC2 API Reference*.
    #[shape(name = "snapshotId")]
    pub snapshot_id: Option<String>,
    /// The rate, in MiB/s, at which data is fetched from a snapshot of an existing Amazon EBS
    /// volume to create a new volume for attachment to the task. This property can be specified
    /// only if you specify a `snapshotId`. For more information, see [Initialize Amazon EBS
    /// volumes](https://docs.aws.amazon.com/ebs/latest/userguide/initalize-volume.html) in the
    /// *Amazon EBS User Guide*.
    #[shape(name = "volumeInitializationRate")]
    pub volume_initialization_rate: Option<i32>,
    /// The number of I/O operations per second (IOPS). For `gp3`, `io1`, and `io2` volumes, this
    /// represents the number of IOPS that are provisioned for the volume. For `gp2` volumes, this
    /// represents the baseline performance of the volume and the rate at which the volume
    /// accumulates I/O credits for bursting.
    #[shape(name = "iops")]
    pub iops: Option<i32>,
    /// The throughput to provision for a volume, in MiB/s, with a maximum of 1,000 MiB/s. This
    /// parameter maps 1:1 with the `Throughput` parameter of the [CreateVolume
    /// API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
    /// *Amazon EC2 API Reference*.
    #[shape(name = "throughput")]
    pub throughput: Option<i32>,
    /// The tags to apply to the volume. Amazon ECS applies service-managed tags by default. This
    /// parameter maps 1:1 with the `TagSpecifications.N` parameter of the [CreateVolume
    /// API](https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateVolume.html) in the
    /// *Amazon EC2 API Reference*.
    #[shape(name = "tagSpecifications")]
    pub tag_specifications: Option<Vec<EBSTagSpecification>>,
    /// The ARN of the IAM role to associate with this volume. This is the Amazon ECS infrastructure
    /// IAM role that is used to manage your Amazon Web Services infrastructure. We recommend using
    /// the Amazon ECS-managed `AmazonECSInfrastructureRolePolicyForVolumes` IAM policy with this
    /// role. For more information, see [Amazon ECS infrastructure IAM
    /// role](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/infrastructure_IAM_role.html)
    /// in the *Amazon ECS Developer Guide*.
    #[shape(name = "roleArn")]
    pub role_arn: String,
    /// The termination policy for the volume when the task exits. This provides a way to control
    /// whether Amazon ECS terminates the Amazon EBS volume when the task stops.
    #[shape(name = "terminationPolicy")]
    pub termination_policy: Option<TaskManagedEBSVolumeTerminationPolicy>,
    /// The Linux filesystem type for the volume. For volumes created from a snapshot, you must
    /// specify the same filesystem type that the volume was using when the snapshot was created. If
    /// there is a filesystem type mismatch, the task will fail to start.
    #[shape(name = "filesystemType")]
    pub filesystem_type: Option<TaskFilesystemType>,
}

/// The termination policy for the Amazon EBS volume when the task exits. For more information, see
/// [Amazon ECS volume termination
/// policy](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ebs-volumes.html#ebs-volume-types).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TaskManagedEBSVolumeTerminationPolicy {
    /// Indicates whether the volume should be deleted on when the task stops. If a value of `true`
    /// is specified, Amazon ECS deletes the Amazon EBS volume on your behalf when the task goes
    /// into the `STOPPED` state. If no value is specified, the default value is `true` is used.
    /// When set to `false`, Amazon ECS leaves the volume in your account.
    #[shape(name = "deleteOnTermination")]
    pub delete_on_termination: bool,
}

/// The overrides that are associated with a task.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TaskOverride {
    /// One or more container overrides that are sent to a task.
    #[shape(name = "containerOverrides")]
    pub container_overrides: Option<Vec<ContainerOverride>>,
    /// The CPU override for the task.
    #[shape(name = "cpu")]
    pub cpu: Option<String>,
    /// The Elastic Inference accelerator override for the task.
    #[shape(name = "inferenceAcceleratorOverrides")]
    pub inference_accelerator_overrides: Option<Vec<InferenceAcceleratorOverride>>,
    /// The Amazon Resource Name (ARN) of the task execution role override for the task. For more
    /// information, see [Amazon ECS task execution IAM
    /// role](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "executionRoleArn")]
    pub execution_role_arn: Option<String>,
    /// The memory override for the task.
    #[shape(name = "memory")]
    pub memory: Option<String>,
    /// The Amazon Resource Name (ARN) of the role that containers in this task can assume. All
    /// containers in this task are granted the permissions that are specified in this role. For
    /// more information, see [IAM Role for
    /// Tasks](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html) in
    /// the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "taskRoleArn")]
    pub task_role_arn: Option<String>,
    /// The ephemeral storage setting override for the task.
    #[shape(name = "ephemeralStorage")]
    pub ephemeral_storage: Option<EphemeralStorage>,
}

/// Information about a set of Amazon ECS tasks in either an CodeDeploy or an `EXTERNAL` deployment.
/// An Amazon ECS task set includes details such as the desired number of tasks, how many tasks are
/// running, and whether the task set serves production traffic.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TaskSet {
    /// The ID of the task set.
    #[shape(name = "id")]
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) of the task set.
    #[shape(name = "taskSetArn")]
    pub task_set_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the service the task set exists in.
    #[shape(name = "serviceArn")]
    pub service_arn: Option<String>,
    /// The Amazon Resource Name (ARN) of the cluster that the service that hosts the task set
    /// exists in.
    #[shape(name = "clusterArn")]
    pub cluster_arn: Option<String>,
    /// The tag specified when a task set is started. If an CodeDeploy deployment created the task
    /// set, the `startedBy` parameter is `CODE_DEPLOY`. If an external deployment created the task
    /// set, the `startedBy` field isn't used.
    #[shape(name = "startedBy")]
    pub started_by: Option<String>,
    /// The external ID associated with the task set.
    #[shape(name = "externalId")]
    pub external_id: Option<String>,
    /// The status of the task set. The following describes each state.
    #[shape(name = "status")]
    pub status: Option<String>,
    /// The task definition that the task set is using.
    #[shape(name = "taskDefinition")]
    pub task_definition: Option<String>,
    /// The computed desired count for the task set. This is calculated by multiplying the service's
    /// `desiredCount` by the task set's `scale` percentage. The result is always rounded up. For
    /// example, if the computed desired count is 1.2, it rounds up to 2 tasks.
    #[shape(name = "computedDesiredCount")]
    pub computed_desired_count: Option<i32>,
    /// The number of tasks in the task set that are in the `PENDING` status during a deployment. A
    /// task in the `PENDING` state is preparing to enter the `RUNNING` state. A task set enters the
    /// `PENDING` status when it launches for the first time or when it's restarted after being in
    /// the `STOPPED` state.
    #[shape(name = "pendingCount")]
    pub pending_count: Option<i32>,
    /// The number of tasks in the task set that are in the `RUNNING` status during a deployment. A
    /// task in the `RUNNING` state is running and ready for use.
    #[shape(name = "runningCount")]
    pub running_count: Option<i32>,
    /// The Unix timestamp for the time when the task set was created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The Unix timestamp for the time when the task set was last updated.
    #[shape(name = "updatedAt")]
    pub updated_at: Option<DateTime>,
    /// The launch type the tasks in the task set are using. For more information, see [Amazon ECS
    /// launch types](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "launchType")]
    pub launch_type: Option<LaunchType>,
    /// The capacity provider strategy that are associated with the task set.
    #[shape(name = "capacityProviderStrategy")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// The Fargate platform version where the tasks in the task set are running. A platform version
    /// is only specified for tasks run on Fargate. For more information, see [Fargate platform
    /// versions](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "platformVersion")]
    pub platform_version: Option<String>,
    /// The operating system that your tasks in the set are running on. A platform family is
    /// specified only for tasks that use the Fargate launch type.
    #[shape(name = "platformFamily")]
    pub platform_family: Option<String>,
    /// The network configuration for the task set.
    #[shape(name = "networkConfiguration")]
    pub network_configuration: Option<NetworkConfiguration>,
    /// Details on a load balancer that are used with a task set.
    #[shape(name = "loadBalancers")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    /// The details for the service discovery registries to assign to this task set. For more
    /// information, see [Service
    /// discovery](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-discovery.html).
    #[shape(name = "serviceRegistries")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    /// A floating-point percentage of your desired number of tasks to place and keep running in the
    /// task set.
    #[shape(name = "scale")]
    pub scale: Option<Scale>,
    /// The stability status. This indicates whether the task set has reached a steady state. If the
    /// following conditions are met, the task set are in `STEADY_STATE`:
    #[shape(name = "stabilityStatus")]
    pub stability_status: Option<StabilityStatus>,
    /// The Unix timestamp for the time when the task set stability status was retrieved.
    #[shape(name = "stabilityStatusAt")]
    pub stability_status_at: Option<DateTime>,
    /// The metadata that you apply to the task set to help you categorize and organize them. Each
    /// tag consists of a key and an optional value. You define both.
    #[shape(name = "tags")]
    pub tags: Option<Vec<Tag>>,
    /// The Fargate ephemeral storage settings for the task set.
    #[shape(name = "fargateEphemeralStorage")]
    pub fargate_ephemeral_storage: Option<DeploymentEphemeralStorage>,
}

/// The model's `TaskSetField`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TaskSetField {
    /// `TAGS`
    #[default]
    #[shape(name = "TAGS")]
    Tags,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `TaskStopCode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TaskStopCode {
    /// `TaskFailedToStart`
    #[default]
    TaskFailedToStart,
    /// `EssentialContainerExited`
    EssentialContainerExited,
    /// `UserInitiated`
    UserInitiated,
    /// `ServiceSchedulerInitiated`
    ServiceSchedulerInitiated,
    /// `SpotInterruption`
    SpotInterruption,
    /// `TerminationNotice`
    TerminationNotice,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Configuration settings for the task volume that was `configuredAtLaunch` that weren't set during
/// `RegisterTaskDef`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TaskVolumeConfiguration {
    /// The name of the volume. This value must match the volume name from the `Volume` object in
    /// the task definition.
    #[shape(name = "name")]
    pub name: String,
    /// The configuration for the Amazon EBS volume that Amazon ECS creates and manages on your
    /// behalf. These settings are used to create each Amazon EBS volume, with one volume created
    /// for each task. The Amazon EBS volumes are visible in your account in the Amazon EC2 console
    /// once they are created.
    #[shape(name = "managedEBSVolume")]
    pub managed_ebs_volume: Option<TaskManagedEBSVolumeConfiguration>,
}

/// An object that represents the timeout configurations for Service Connect.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TimeoutConfiguration {
    /// The amount of time in seconds a connection will stay active while idle. A value of `0` can
    /// be set to disable `idleTimeout`.
    #[shape(name = "idleTimeoutSeconds")]
    pub idle_timeout_seconds: Option<i32>,
    /// The amount of time waiting for the upstream to respond with a complete response per request.
    /// A value of `0` can be set to disable `perRequestTimeout`. `perRequestTimeout` can only be
    /// set if Service Connect `appProtocol` isn't `TCP`. Only `idleTimeout` is allowed for `TCP`
    /// `appProtocol`.
    #[shape(name = "perRequestTimeoutSeconds")]
    pub per_request_timeout_seconds: Option<i32>,
}

/// The container path, mount options, and size of the tmpfs mount.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tmpfs {
    /// The absolute file path where the tmpfs volume is to be mounted.
    #[shape(name = "containerPath")]
    pub container_path: String,
    /// The maximum size (in MiB) of the tmpfs volume.
    #[shape(name = "size")]
    pub size: i32,
    /// The list of tmpfs volume mount options.
    #[shape(name = "mountOptions")]
    pub mount_options: Option<Vec<String>>,
}

/// The minimum and maximum total local storage in gigabytes (GB) for instance types with local
/// storage. This is useful for workloads that require local storage for temporary data or caching.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TotalLocalStorageGBRequest {
    /// The minimum total local storage in GB. Instance types with less local storage are excluded
    /// from selection.
    #[shape(name = "min")]
    pub min: Option<f64>,
    /// The maximum total local storage in GB. Instance types with more local storage are excluded
    /// from selection.
    #[shape(name = "max")]
    pub max: Option<f64>,
}

/// The model's `TransportProtocol`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TransportProtocol {
    /// `tcp`
    #[default]
    #[shape(name = "tcp")]
    Tcp,
    /// `udp`
    #[shape(name = "udp")]
    Udp,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The `ulimit` settings to pass to the container.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Ulimit {
    /// The `type` of the `ulimit`.
    #[shape(name = "name")]
    pub name: UlimitName,
    /// The soft limit for the `ulimit` type. The value can be specified in bytes, seconds, or as a
    /// count, depending on the `type` of the `ulimit`.
    #[shape(name = "softLimit")]
    pub soft_limit: i32,
    /// The hard limit for the `ulimit` type. The value can be specified in bytes, seconds, or as a
    /// count, depending on the `type` of the `ulimit`.
    #[shape(name = "hardLimit")]
    pub hard_limit: i32,
}

/// The model's `UlimitName`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum UlimitName {
    /// `core`
    #[default]
    #[shape(name = "core")]
    Core,
    /// `cpu`
    #[shape(name = "cpu")]
    Cpu,
    /// `data`
    #[shape(name = "data")]
    Data,
    /// `fsize`
    #[shape(name = "fsize")]
    Fsize,
    /// `locks`
    #[shape(name = "locks")]
    Locks,
    /// `memlock`
    #[shape(name = "memlock")]
    Memlock,
    /// `msgqueue`
    #[shape(name = "msgqueue")]
    Msgqueue,
    /// `nice`
    #[shape(name = "nice")]
    Nice,
    /// `nofile`
    #[shape(name = "nofile")]
    Nofile,
    /// `nproc`
    #[shape(name = "nproc")]
    Nproc,
    /// `rss`
    #[shape(name = "rss")]
    Rss,
    /// `rtprio`
    #[shape(name = "rtprio")]
    Rtprio,
    /// `rttime`
    #[shape(name = "rttime")]
    Rttime,
    /// `sigpending`
    #[shape(name = "sigpending")]
    Sigpending,
    /// `stack`
    #[shape(name = "stack")]
    Stack,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceRequest {
    /// The Amazon Resource Name (ARN) of the resource to delete tags from. Currently, the supported
    /// resources are Amazon ECS capacity providers, tasks, services, task definitions, clusters,
    /// and container instances.
    #[shape(name = "resourceArn")]
    pub resource_arn: String,
    /// The keys of the tags to be removed.
    #[shape(name = "tagKeys")]
    pub tag_keys: Vec<String>,
}

/// The output of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceResponse {}

/// The input of `UpdateCapacityProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateCapacityProviderRequest {
    /// The name of the capacity provider to update.
    #[shape(name = "name")]
    pub name: String,
    /// The name of the cluster that contains the capacity provider to update. Managed instances
    /// capacity providers are cluster-scoped and can only be updated within their associated
    /// cluster.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// An object that represent the parameters to update for the Auto Scaling group capacity
    /// provider.
    #[shape(name = "autoScalingGroupProvider")]
    pub auto_scaling_group_provider: Option<AutoScalingGroupProviderUpdate>,
    /// The updated configuration for the Amazon ECS Managed Instances provider. You can modify the
    /// infrastructure role, instance launch template, and tag propagation settings. Changes take
    /// effect for new instances launched after the update.
    #[shape(name = "managedInstancesProvider")]
    pub managed_instances_provider: Option<UpdateManagedInstancesProviderConfiguration>,
}

/// The output of `UpdateCapacityProvider`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateCapacityProviderResponse {
    /// Details about the capacity provider.
    #[shape(name = "capacityProvider")]
    pub capacity_provider: Option<CapacityProvider>,
}

/// The input of `UpdateCluster`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateClusterRequest {
    /// The name of the cluster to modify the settings for.
    #[shape(name = "cluster")]
    pub cluster: String,
    /// The cluster settings for your cluster.
    #[shape(name = "settings")]
    pub settings: Option<Vec<ClusterSetting>>,
    /// The execute command configuration for the cluster.
    #[shape(name = "configuration")]
    pub configuration: Option<ClusterConfiguration>,
    /// Use this parameter to set a default Service Connect namespace. After you set a default
    /// Service Connect namespace, any new services with Service Connect turned on that are created
    /// in the cluster are added as client services in the namespace. This setting only applies to
    /// new services that set the `enabled` parameter to `true` in the
    /// `ServiceConnectConfiguration`. You can set the namespace of each service individually in the
    /// `ServiceConnectConfiguration` to override this default parameter.
    #[shape(name = "serviceConnectDefaults")]
    pub service_connect_defaults: Option<ClusterServiceConnectDefaultsRequest>,
}

/// The output of `UpdateCluster`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateClusterResponse {
    /// Details about the cluster.
    #[shape(name = "cluster")]
    pub cluster: Option<Cluster>,
}

/// The input of `UpdateClusterSettings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateClusterSettingsRequest {
    /// The name of the cluster to modify the settings for.
    #[shape(name = "cluster")]
    pub cluster: String,
    /// The setting to use by default for a cluster. This parameter is used to turn on CloudWatch
    /// Container Insights for a cluster. If this value is specified, it overrides the
    /// `containerInsights` value set with
    /// [PutAccountSetting](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PutAccountSetting.html)
    /// or
    /// [PutAccountSettingDefault](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PutAccountSettingDefault.html).
    #[shape(name = "settings")]
    pub settings: Vec<ClusterSetting>,
}

/// The output of `UpdateClusterSettings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateClusterSettingsResponse {
    /// Details about the cluster
    #[shape(name = "cluster")]
    pub cluster: Option<Cluster>,
}

/// The input of `UpdateContainerAgent`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateContainerAgentRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that your container
    /// instance is running on. If you do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The container instance ID or full ARN entries for the container instance where you would
    /// like to update the Amazon ECS container agent.
    #[shape(name = "containerInstance")]
    pub container_instance: String,
}

/// The output of `UpdateContainerAgent`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateContainerAgentResponse {
    /// The container instance that the container agent was updated for.
    #[shape(name = "containerInstance")]
    pub container_instance: Option<ContainerInstance>,
}

/// The input of `UpdateContainerInstancesState`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateContainerInstancesStateRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the container
    /// instance to update. If you do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// A list of up to 10 container instance IDs or full ARN entries.
    #[shape(name = "containerInstances")]
    pub container_instances: Vec<String>,
    /// The container instance state to update the container instance with. The only valid values
    /// for this action are `ACTIVE` and `DRAINING`. A container instance can only be updated to
    /// `DRAINING` status once it has reached an `ACTIVE` state. If a container instance is in
    /// `REGISTERING`, `DEREGISTERING`, or `REGISTRATION_FAILED` state you can describe the
    /// container instance but can't update the container instance state.
    #[shape(name = "status")]
    pub status: ContainerInstanceStatus,
}

/// The output of `UpdateContainerInstancesState`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateContainerInstancesStateResponse {
    /// The list of container instances.
    #[shape(name = "containerInstances")]
    pub container_instances: Option<Vec<ContainerInstance>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<Failure>>,
}

/// The input of `UpdateDaemon`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateDaemonRequest {
    /// The Amazon Resource Name (ARN) of the daemon to update.
    #[shape(name = "daemonArn")]
    pub daemon_arn: String,
    /// The Amazon Resource Name (ARN) of the daemon task definition to use for the updated daemon.
    #[shape(name = "daemonTaskDefinitionArn")]
    pub daemon_task_definition_arn: String,
    /// The Amazon Resource Names (ARNs) of the capacity providers to associate with the daemon.
    #[shape(name = "capacityProviderArns")]
    pub capacity_provider_arns: Vec<String>,
    /// Optional deployment parameters that control how the daemon rolls out updates, including the
    /// drain percentage, alarm-based rollback, and bake time.
    #[shape(name = "deploymentConfiguration")]
    pub deployment_configuration: Option<DaemonDeploymentConfiguration>,
    /// Specifies whether to propagate the tags from the daemon to the daemon tasks. If you don't
    /// specify a value, the tags aren't propagated. You can only propagate tags to daemon tasks
    /// during task creation.
    #[shape(name = "propagateTags")]
    pub propagate_tags: Option<DaemonPropagateTags>,
    /// Specifies whether to turn on Amazon ECS managed tags for the tasks in the daemon. For more
    /// information, see [Tagging your Amazon ECS
    /// resources](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "enableECSManagedTags")]
    pub enable_ecs_managed_tags: Option<bool>,
    /// If `true`, the execute command functionality is turned on for all tasks in the daemon. If
    /// `false`, the execute command functionality is turned off.
    #[shape(name = "enableExecuteCommand")]
    pub enable_execute_command: Option<bool>,
}

/// The output of `UpdateDaemon`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateDaemonResponse {
    /// The Amazon Resource Name (ARN) of the daemon.
    #[shape(name = "daemonArn")]
    pub daemon_arn: Option<String>,
    /// The status of the daemon.
    #[shape(name = "status")]
    pub status: Option<DaemonStatus>,
    /// The Unix timestamp for the time when the daemon was created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The Unix timestamp for the time when the daemon was last updated.
    #[shape(name = "updatedAt")]
    pub updated_at: Option<DateTime>,
    /// The Amazon Resource Name (ARN) of the daemon deployment that was triggered by the update.
    #[shape(name = "deploymentArn")]
    pub deployment_arn: Option<String>,
}

/// The input of `UpdateExpressGatewayService`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateExpressGatewayServiceRequest {
    /// The Amazon Resource Name (ARN) of the Express service to update.
    #[shape(name = "serviceArn")]
    pub service_arn: String,
    /// The Amazon Resource Name (ARN) of the task execution role for the Express service.
    #[shape(name = "executionRoleArn")]
    pub execution_role_arn: Option<String>,
    /// The path on the container for Application Load Balancer health checks.
    #[shape(name = "healthCheckPath")]
    pub health_check_path: Option<String>,
    /// The primary container configuration for the Express service.
    #[shape(name = "primaryContainer")]
    pub primary_container: Option<ExpressGatewayContainer>,
    /// The Amazon Resource Name (ARN) of the IAM role for containers in this task.
    #[shape(name = "taskRoleArn")]
    pub task_role_arn: Option<String>,
    /// The network configuration for the Express service tasks. By default, the network
    /// configuration for an Express service uses the default VPC.
    #[shape(name = "networkConfiguration")]
    pub network_configuration: Option<ExpressGatewayServiceNetworkConfiguration>,
    /// The number of CPU units used by the task.
    #[shape(name = "cpu")]
    pub cpu: Option<String>,
    /// The amount of memory (in MiB) used by the task.
    #[shape(name = "memory")]
    pub memory: Option<String>,
    /// The auto-scaling configuration for the Express service.
    #[shape(name = "scalingTarget")]
    pub scaling_target: Option<ExpressGatewayScalingTarget>,
}

/// The output of `UpdateExpressGatewayService`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateExpressGatewayServiceResponse {
    /// The full description of your express gateway service following the update call.
    #[shape(name = "service")]
    pub service: Option<UpdatedExpressGatewayService>,
}

/// The updated configuration for a Amazon ECS Managed Instances provider. You can modify the
/// infrastructure role, instance launch template, and tag propagation settings. Changes apply to
/// new instances launched after the update.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateManagedInstancesProviderConfiguration {
    /// The updated Amazon Resource Name (ARN) of the infrastructure role. The new role must have
    /// the necessary permissions to manage instances and access required Amazon Web Services
    /// services.
    #[shape(name = "infrastructureRoleArn")]
    pub infrastructure_role_arn: String,
    /// The updated launch template configuration. Changes to the launch template affect new
    /// instances launched after the update, while existing instances continue to use their original
    /// configuration.
    #[shape(name = "instanceLaunchTemplate")]
    pub instance_launch_template: InstanceLaunchTemplateUpdate,
    /// The updated tag propagation setting. When changed, this affects only new instances launched
    /// after the update.
    #[shape(name = "propagateTags")]
    pub propagate_tags: Option<PropagateMITags>,
    /// The updated infrastructure optimization configuration. Changes to this setting affect how
    /// Amazon ECS optimizes instances going forward.
    #[shape(name = "infrastructureOptimization")]
    pub infrastructure_optimization: Option<InfrastructureOptimization>,
    /// The updated auto repair configuration for the Amazon ECS Managed Instances capacity
    /// provider.
    #[shape(name = "autoRepairConfiguration")]
    pub auto_repair_configuration: Option<AutoRepairConfiguration>,
}

/// The input of `UpdateServicePrimaryTaskSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateServicePrimaryTaskSetRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that
    /// the task set exists in.
    #[shape(name = "cluster")]
    pub cluster: String,
    /// The short name or full Amazon Resource Name (ARN) of the service that the task set exists
    /// in.
    #[shape(name = "service")]
    pub service: String,
    /// The short name or full Amazon Resource Name (ARN) of the task set to set as the primary task
    /// set in the deployment.
    #[shape(name = "primaryTaskSet")]
    pub primary_task_set: String,
}

/// The output of `UpdateServicePrimaryTaskSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateServicePrimaryTaskSetResponse {
    /// The details about the task set.
    #[shape(name = "taskSet")]
    pub task_set: Option<TaskSet>,
}

/// The input of `UpdateService`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateServiceRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that your service runs on.
    /// If you do not specify a cluster, the default cluster is assumed.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The name of the service to update.
    #[shape(name = "service")]
    pub service: String,
    /// The number of instantiations of the task to place and keep running in your service.
    #[shape(name = "desiredCount")]
    pub desired_count: Option<i32>,
    /// The `family` and `revision` (`family:revision`) or full ARN of the task definition to run in
    /// your service. If a `revision` is not specified, the latest `ACTIVE` revision is used. If you
    /// modify the task definition with `UpdateService`, Amazon ECS spawns a task with the new
    /// version of the task definition and then stops an old task after the new version is running.
    #[shape(name = "taskDefinition")]
    pub task_definition: Option<String>,
    /// The details of a capacity provider strategy. You can set a capacity provider when you create
    /// a cluster, run a task, or update a service.
    #[shape(name = "capacityProviderStrategy")]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    /// Optional deployment parameters that control how many tasks run during the deployment and the
    /// ordering of stopping and starting tasks.
    #[shape(name = "deploymentConfiguration")]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    /// Indicates whether to use Availability Zone rebalancing for the service.
    #[shape(name = "availabilityZoneRebalancing")]
    pub availability_zone_rebalancing: Option<AvailabilityZoneRebalancing>,
    /// An object representing the network configuration for the service.
    #[shape(name = "networkConfiguration")]
    pub network_configuration: Option<NetworkConfiguration>,
    /// An array of task placement constraint objects to update the service to use. If no value is
    /// specified, the existing placement constraints for the service will remain unchanged. If this
    /// value is specified, it will override any existing placement constraints defined for the
    /// service. To remove all existing placement constraints, specify an empty array.
    #[shape(name = "placementConstraints")]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    /// The task placement strategy objects to update the service to use. If no value is specified,
    /// the existing placement strategy for the service will remain unchanged. If this value is
    /// specified, it will override the existing placement strategy defined for the service. To
    /// remove an existing placement strategy, specify an empty object.
    #[shape(name = "placementStrategy")]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    /// The platform version that your tasks in the service run on. A platform version is only
    /// specified for tasks using the Fargate launch type. If a platform version is not specified,
    /// the `LATEST` platform version is used. For more information, see [Fargate Platform
    /// Versions](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/platform_versions.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "platformVersion")]
    pub platform_version: Option<String>,
    /// Determines whether to force a new deployment of the service. By default, deployments aren't
    /// forced. You can use this option to start a new deployment with no service definition
    /// changes. For example, you can update a service's tasks to use a newer Docker image with the
    /// same image/tag combination (`my_image:latest`) or to roll Fargate tasks onto a newer
    /// platform version.
    #[shape(name = "forceNewDeployment")]
    pub force_new_deployment: Option<bool>,
    /// The period of time, in seconds, that the Amazon ECS service scheduler ignores unhealthy
    /// Elastic Load Balancing, VPC Lattice, and container health checks after a task has first
    /// started. If you don't specify a health check grace period value, the default value of `0` is
    /// used. If you don't use any of the health checks, then `healthCheckGracePeriodSeconds` is
    /// unused.
    #[shape(name = "healthCheckGracePeriodSeconds")]
    pub health_check_grace_period_seconds: Option<i32>,
    /// The deployment controller to use for the service.
    #[shape(name = "deploymentController")]
    pub deployment_controller: Option<DeploymentController>,
    /// If `true`, this enables execute command functionality on all task containers.
    #[shape(name = "enableExecuteCommand")]
    pub enable_execute_command: Option<bool>,
    /// Determines whether to turn on Amazon ECS managed tags for the tasks in the service. For more
    /// information, see [Tagging Your Amazon ECS
    /// Resources](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-using-tags.html)
    /// in the *Amazon Elastic Container Service Developer Guide*.
    #[shape(name = "enableECSManagedTags")]
    pub enable_ecs_managed_tags: Option<bool>,
    /// You must have a service-linked role when you update this property
    #[shape(name = "loadBalancers")]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    /// Determines whether to propagate the tags from the task definition or the service to the
    /// task. If no value is specified, the tags aren't propagated.
    #[shape(name = "propagateTags")]
    pub propagate_tags: Option<PropagateTags>,
    /// You must have a service-linked role when you update this property.
    #[shape(name = "serviceRegistries")]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    /// The configuration for this service to discover and connect to services, and be discovered
    /// by, and connected from, other services within a namespace.
    #[shape(name = "serviceConnectConfiguration")]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    /// The details of the volume that was `configuredAtLaunch`. You can configure the size,
    /// volumeType, IOPS, throughput, snapshot and encryption in
    /// [ServiceManagedEBSVolumeConfiguration](https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceManagedEBSVolumeConfiguration.html).
    /// The `name` of the volume must match the `name` from the task definition. If set to null, no
    /// new deployment is triggered. Otherwise, if this configuration differs from the existing one,
    /// it triggers a new deployment.
    #[shape(name = "volumeConfigurations")]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    /// An object representing the VPC Lattice configuration for the service being updated.
    #[shape(name = "vpcLatticeConfigurations")]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
}

/// The output of `UpdateService`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateServiceResponse {
    /// The full description of your service following the update call.
    #[shape(name = "service")]
    pub service: Option<Service>,
}

/// The input of `UpdateTaskProtection`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateTaskProtectionRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that
    /// the task sets exist in.
    #[shape(name = "cluster")]
    pub cluster: String,
    /// A list of up to 10 task IDs or full ARN entries.
    #[shape(name = "tasks")]
    pub tasks: Vec<String>,
    /// Specify `true` to mark a task for protection and `false` to unset protection, making it
    /// eligible for termination.
    #[shape(name = "protectionEnabled")]
    pub protection_enabled: bool,
    /// If you set `protectionEnabled` to `true`, you can specify the duration for task protection
    /// in minutes. You can specify a value from 1 minute to up to 2,880 minutes (48 hours). During
    /// this time, your task will not be terminated by scale-in events from Service Auto Scaling or
    /// deployments. After this time period lapses, `protectionEnabled` will be reset to `false`.
    #[shape(name = "expiresInMinutes")]
    pub expires_in_minutes: Option<i32>,
}

/// The output of `UpdateTaskProtection`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateTaskProtectionResponse {
    /// A list of tasks with the following information.
    #[shape(name = "protectedTasks")]
    pub protected_tasks: Option<Vec<ProtectedTask>>,
    /// Any failures associated with the call.
    #[shape(name = "failures")]
    pub failures: Option<Vec<Failure>>,
}

/// The input of `UpdateTaskSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateTaskSetRequest {
    /// The short name or full Amazon Resource Name (ARN) of the cluster that hosts the service that
    /// the task set is found in.
    #[shape(name = "cluster")]
    pub cluster: String,
    /// The short name or full Amazon Resource Name (ARN) of the service that the task set is found
    /// in.
    #[shape(name = "service")]
    pub service: String,
    /// The short name or full Amazon Resource Name (ARN) of the task set to update.
    #[shape(name = "taskSet")]
    pub task_set: String,
    /// A floating-point percentage of the desired number of tasks to place and keep running in the
    /// task set.
    #[shape(name = "scale")]
    pub scale: Scale,
}

/// The output of `UpdateTaskSet`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateTaskSetResponse {
    /// Details about the task set.
    #[shape(name = "taskSet")]
    pub task_set: Option<TaskSet>,
}

/// An object that describes an Express service to be updated.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdatedExpressGatewayService {
    /// The ARN of the Express service that is being updated.
    #[shape(name = "serviceArn")]
    pub service_arn: Option<String>,
    /// The cluster associated with the Express service that is being updated.
    #[shape(name = "cluster")]
    pub cluster: Option<String>,
    /// The name of the Express service that is being updated.
    #[shape(name = "serviceName")]
    pub service_name: Option<String>,
    /// The status of the Express service that is being updated.
    #[shape(name = "status")]
    pub status: Option<ExpressGatewayServiceStatus>,
    /// The configuration to which the current Express service is being updated to.
    #[shape(name = "targetConfiguration")]
    pub target_configuration: Option<ExpressGatewayServiceConfiguration>,
    /// The Unix timestamp for when the Express service that is being updated was created.
    #[shape(name = "createdAt")]
    pub created_at: Option<DateTime>,
    /// The Unix timestamp for when the Express service that is being updated was most recently
    /// updated.
    #[shape(name = "updatedAt")]
    pub updated_at: Option<DateTime>,
}

/// The minimum and maximum number of vCPUs for instance type selection. This allows you to specify
/// a range of vCPU counts that meet your workload requirements.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VCpuCountRangeRequest {
    /// The minimum number of vCPUs. Instance types with fewer vCPUs than this value are excluded
    /// from selection.
    #[shape(name = "min")]
    pub min: i32,
    /// The maximum number of vCPUs. Instance types with more vCPUs than this value are excluded
    /// from selection.
    #[shape(name = "max")]
    pub max: Option<i32>,
}

/// The model's `VersionConsistency`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum VersionConsistency {
    /// `enabled`
    #[default]
    #[shape(name = "enabled")]
    Enabled,
    /// `disabled`
    #[shape(name = "disabled")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The Docker and Amazon ECS container agent version information about a container instance.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VersionInfo {
    /// The version number of the Amazon ECS container agent.
    #[shape(name = "agentVersion")]
    pub agent_version: Option<String>,
    /// The Git commit hash for the Amazon ECS container agent build on the [amazon-ecs-agent
    /// ](https://github.com/aws/amazon-ecs-agent) GitHub repository.
    #[shape(name = "agentHash")]
    pub agent_hash: Option<String>,
    /// The Docker version that's running on the container instance.
    #[shape(name = "dockerVersion")]
    pub docker_version: Option<String>,
}

/// The data volume configuration for tasks launched using this task definition. Specifying a volume
/// configuration in a task definition is optional. The volume configuration may contain multiple
/// volumes but only one volume configured at launch is supported. Each volume defined in the volume
/// configuration may only specify a `name` and one of either `configuredAtLaunch`,
/// `dockerVolumeConfiguration`, `efsVolumeConfiguration`, `s3filesVolumeConfiguration`,
/// `fsxWindowsFileServerVolumeConfiguration`, or `host`. If an empty volume configuration is
/// specified, by default Amazon ECS uses a host volume. For more information, see [Using data
/// volumes in
/// tasks](https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_data_volumes.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Volume {
    /// The name of the volume. Up to 255 letters (uppercase and lowercase), numbers, underscores,
    /// and hyphens are allowed.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// This parameter is specified when you use bind mount host volumes. The contents of the `host`
    /// parameter determine whether your bind mount host volume persists on the host container
    /// instance and where it's stored. If the `host` parameter is empty, then the Docker daemon
    /// assigns a host path for your data volume. However, the data isn't guaranteed to persist
    /// after the containers that are associated with it stop running.
    #[shape(name = "host")]
    pub host: Option<HostVolumeProperties>,
    /// This parameter is specified when you use Docker volumes.
    #[shape(name = "dockerVolumeConfiguration")]
    pub docker_volume_configuration: Option<DockerVolumeConfiguration>,
    /// This parameter is specified when you use an Amazon Elastic File System file system for task
    /// storage.
    #[shape(name = "efsVolumeConfiguration")]
    pub efs_volume_configuration: Option<EFSVolumeConfiguration>,
    /// This parameter is specified when you use an Amazon S3 Files file system for task storage.
    #[shape(name = "s3filesVolumeConfiguration")]
    pub s3files_volume_configuration: Option<S3FilesVolumeConfiguration>,
    /// This parameter is specified when you use Amazon FSx for Windows File Server file system for
    /// task storage.
    #[shape(name = "fsxWindowsFileServerVolumeConfiguration")]
    pub fsx_windows_file_server_volume_configuration:
        Option<FSxWindowsFileServerVolumeConfiguration>,
    /// Indicates whether the volume should be configured at launch time. This is used to create
    /// Amazon EBS volumes for standalone tasks or tasks created as part of a service. Each task
    /// definition revision may only have one volume configured at launch in the volume
    /// configuration.
    #[shape(name = "configuredAtLaunch")]
    pub configured_at_launch: Option<bool>,
}

/// Details on a data volume from another container in the same task definition.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VolumeFrom {
    /// The name of another container within the same task definition to mount volumes from.
    #[shape(name = "sourceContainer")]
    pub source_container: Option<String>,
    /// If this value is `true`, the container has read-only access to the volume. If this value is
    /// `false`, then the container can write to the volume. The default value is `false`.
    #[shape(name = "readOnly")]
    pub read_only: Option<bool>,
}

/// The VPC Lattice configuration for your service that holds the information for the target
/// group(s) Amazon ECS tasks will be registered to.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct VpcLatticeConfiguration {
    /// The ARN of the IAM role to associate with this VPC Lattice configuration. This is the Amazon
    /// ECS infrastructure IAM role that is used to manage your VPC Lattice infrastructure.
    #[shape(name = "roleArn")]
    pub role_arn: String,
    /// The full Amazon Resource Name (ARN) of the target group or groups associated with the VPC
    /// Lattice configuration that the Amazon ECS tasks will be registered to.
    #[shape(name = "targetGroupArn")]
    pub target_group_arn: String,
    /// The name of the port mapping to register in the VPC Lattice target group. This is the name
    /// of the `portMapping` you defined in your task definition.
    #[shape(name = "portName")]
    pub port_name: String,
}
