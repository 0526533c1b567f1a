//! Amazon CloudWatch Logs (`logs`, API version 2014-03-28): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- logs --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, Blob, Document, Op, Shape};
use std::collections::HashMap;

/// You can use Amazon CloudWatch Logs to monitor, store, and access your log files from EC2
/// instances, CloudTrail, and other sources. You can then retrieve the associated log data from
/// CloudWatch Logs using the CloudWatch console. Alternatively, you can use CloudWatch Logs
/// commands in the Amazon Web Services CLI, CloudWatch Logs API, or CloudWatch Logs SDK.
#[client(
    service = "logs",
    protocol = "awsJson1_1",
    target_prefix = "Logs_20140328",
    api_version = "2014-03-28",
    service_id = "CloudWatch Logs",
    endpoint_rules = include_str!("logs/endpoint-rule-set.json"),
)]
pub struct Client {
    /// Associates the specified KMS key with either one log group in the account, or with all
    /// stored CloudWatch Logs query insights results in the account.
    associate_kms_key: Op<AssociateKmsKeyRequest, ()>,
    /// Associates a data source with an S3 Table Integration for query access in the 'logs'
    /// namespace. This enables querying log data using analytics engines that support Iceberg such
    /// as Amazon Athena, Amazon Redshift, and Apache Spark.
    associate_source_to_s3_table_integration:
        Op<AssociateSourceToS3TableIntegrationRequest, AssociateSourceToS3TableIntegrationResponse>,
    /// Cancels the specified export task.
    cancel_export_task: Op<CancelExportTaskRequest, ()>,
    /// Cancels an active import task and stops importing data from the CloudTrail Lake Event Data
    /// Store.
    cancel_import_task: Op<CancelImportTaskRequest, CancelImportTaskResponse>,
    /// Creates a *delivery*. A delivery is a connection between a logical *delivery source* and a
    /// logical *delivery destination* that you have already created.
    create_delivery: Op<CreateDeliveryRequest, CreateDeliveryResponse>,
    /// Creates an export task so that you can efficiently export data from a log group to an Amazon
    /// S3 bucket. When you perform a `CreateExportTask` operation, you must use credentials that
    /// have permission to write to the S3 bucket that you specify as the destination.
    create_export_task: Op<CreateExportTaskRequest, CreateExportTaskResponse>,
    /// Starts an import from a data source to CloudWatch Log and creates a managed log group as the
    /// destination for the imported data. Currently, [CloudTrail Event Data
    /// Store](https://docs.aws.amazon.com/awscloudtrail/latest/userguide/query-event-data-store.html)
    /// is the only supported data source.
    create_import_task: Op<CreateImportTaskRequest, CreateImportTaskResponse>,
    /// Creates an *anomaly detector* that regularly scans one or more log groups and look for
    /// patterns and anomalies in the logs.
    create_log_anomaly_detector:
        Op<CreateLogAnomalyDetectorRequest, CreateLogAnomalyDetectorResponse>,
    /// Creates a log group with the specified name. You can create up to 1,000,000 log groups per
    /// Region per account.
    create_log_group: Op<CreateLogGroupRequest, ()>,
    /// Creates a log stream for the specified log group. A log stream is a sequence of log events
    /// that originate from a single source, such as an application instance or a resource that is
    /// being monitored.
    create_log_stream: Op<CreateLogStreamRequest, ()>,
    /// Creates a lookup table by uploading CSV data. You can use lookup tables to enrich log data
    /// in CloudWatch Logs Insights queries with reference data such as user details, application
    /// names, or error descriptions.
    create_lookup_table: Op<CreateLookupTableRequest, CreateLookupTableResponse>,
    /// Creates a scheduled query that runs CloudWatch Logs Insights queries at regular intervals.
    /// Scheduled queries enable proactive monitoring by automatically executing queries to detect
    /// patterns and anomalies in your log data. Query results can be delivered to Amazon S3 for
    /// analysis or further processing.
    create_scheduled_query: Op<CreateScheduledQueryRequest, CreateScheduledQueryResponse>,
    /// Deletes a CloudWatch Logs account policy. This stops the account-wide policy from applying
    /// to log groups or data sources in the account. If you delete a data protection policy or
    /// subscription filter policy, any log-group level policies of those types remain in effect.
    /// This operation supports deletion of data source-based field index policies, including facet
    /// configurations, in addition to log group-based policies.
    delete_account_policy: Op<DeleteAccountPolicyRequest, ()>,
    /// Deletes the data protection policy from the specified log group.
    delete_data_protection_policy: Op<DeleteDataProtectionPolicyRequest, ()>,
    /// Deletes a *delivery*. A delivery is a connection between a logical *delivery source* and a
    /// logical *delivery destination*. Deleting a delivery only deletes the connection between the
    /// delivery source and delivery destination. It does not delete the delivery destination or the
    /// delivery source.
    delete_delivery: Op<DeleteDeliveryRequest, ()>,
    /// Deletes a *delivery destination*. A delivery is a connection between a logical *delivery
    /// source* and a logical *delivery destination*.
    delete_delivery_destination: Op<DeleteDeliveryDestinationRequest, ()>,
    /// Deletes a delivery destination policy. For more information about these policies, see
    /// [PutDeliveryDestinationPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliveryDestinationPolicy.html).
    delete_delivery_destination_policy: Op<DeleteDeliveryDestinationPolicyRequest, ()>,
    /// Deletes a *delivery source*. A delivery is a connection between a logical *delivery source*
    /// and a logical *delivery destination*.
    delete_delivery_source: Op<DeleteDeliverySourceRequest, ()>,
    /// Deletes the specified destination, and eventually disables all the subscription filters that
    /// publish to it. This operation does not delete the physical resource encapsulated by the
    /// destination.
    delete_destination: Op<DeleteDestinationRequest, ()>,
    /// Deletes a log-group level field index policy that was applied to a single log group. The
    /// indexing of the log events that happened before you delete the policy will still be used for
    /// as many as 30 days to improve CloudWatch Logs Insights queries.
    delete_index_policy: Op<DeleteIndexPolicyRequest, DeleteIndexPolicyResponse>,
    /// Deletes the integration between CloudWatch Logs and OpenSearch Service. If your integration
    /// has active vended logs dashboards, you must specify `true` for the `force` parameter,
    /// otherwise the operation will fail. If you delete the integration by setting `force` to
    /// `true`, all your vended logs dashboards powered by OpenSearch Service will be deleted and
    /// the data that was on them will no longer be accessible.
    delete_integration: Op<DeleteIntegrationRequest, DeleteIntegrationResponse>,
    /// Deletes the specified CloudWatch Logs anomaly detector.
    delete_log_anomaly_detector: Op<DeleteLogAnomalyDetectorRequest, ()>,
    /// Deletes the specified log group and permanently deletes all the archived log events
    /// associated with the log group.
    delete_log_group: Op<DeleteLogGroupRequest, ()>,
    /// Deletes the specified log stream and permanently deletes all the archived log events
    /// associated with the log stream.
    delete_log_stream: Op<DeleteLogStreamRequest, ()>,
    /// Deletes a lookup table permanently. This operation cannot be undone.
    delete_lookup_table: Op<DeleteLookupTableRequest, ()>,
    /// Deletes the specified metric filter.
    delete_metric_filter: Op<DeleteMetricFilterRequest, ()>,
    /// Deletes a saved CloudWatch Logs Insights query definition. A query definition contains
    /// details about a saved CloudWatch Logs Insights query.
    delete_query_definition: Op<DeleteQueryDefinitionRequest, DeleteQueryDefinitionResponse>,
    /// Deletes a resource policy from this account. This revokes the access of the identities in
    /// that policy to put log events to this account.
    delete_resource_policy: Op<DeleteResourcePolicyRequest, ()>,
    /// Deletes the specified retention policy.
    delete_retention_policy: Op<DeleteRetentionPolicyRequest, ()>,
    /// Deletes a scheduled query and stops all future executions. This operation also removes any
    /// configured actions and associated resources.
    delete_scheduled_query: Op<DeleteScheduledQueryRequest, DeleteScheduledQueryResponse>,
    /// Deletes the specified subscription filter.
    delete_subscription_filter: Op<DeleteSubscriptionFilterRequest, ()>,
    /// Deletes the log transformer for the specified log group. As soon as you do this, the
    /// transformation of incoming log events according to that transformer stops. If this account
    /// has an account-level transformer that applies to this log group, the log group begins using
    /// that account-level transformer when this log-group level transformer is deleted.
    delete_transformer: Op<DeleteTransformerRequest, ()>,
    /// Returns a list of all CloudWatch Logs account policies in the account.
    describe_account_policies: Op<DescribeAccountPoliciesRequest, DescribeAccountPoliciesResponse>,
    /// Use this operation to return the valid and default values that are used when creating
    /// delivery sources, delivery destinations, and deliveries. For more information about
    /// deliveries, see
    /// [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html).
    #[op(paginate(input_token = next_token, output_token = next_token, items = configuration_templates, limit = limit))]
    describe_configuration_templates:
        Op<DescribeConfigurationTemplatesRequest, DescribeConfigurationTemplatesResponse>,
    /// Retrieves a list of the deliveries that have been created in the account.
    #[op(paginate(input_token = next_token, output_token = next_token, items = deliveries, limit = limit))]
    describe_deliveries: Op<DescribeDeliveriesRequest, DescribeDeliveriesResponse>,
    /// Retrieves a list of the delivery destinations that have been created in the account.
    #[op(paginate(input_token = next_token, output_token = next_token, items = delivery_destinations, limit = limit))]
    describe_delivery_destinations:
        Op<DescribeDeliveryDestinationsRequest, DescribeDeliveryDestinationsResponse>,
    /// Retrieves a list of the delivery sources that have been created in the account.
    #[op(paginate(input_token = next_token, output_token = next_token, items = delivery_sources, limit = limit))]
    describe_delivery_sources: Op<DescribeDeliverySourcesRequest, DescribeDeliverySourcesResponse>,
    /// Lists all your destinations. The results are ASCII-sorted by destination name.
    #[op(paginate(input_token = next_token, output_token = next_token, items = destinations, limit = limit))]
    describe_destinations: Op<DescribeDestinationsRequest, DescribeDestinationsResponse>,
    /// Lists the specified export tasks. You can list all your export tasks or filter the results
    /// based on task ID or task status.
    #[op(paginate(input_token = next_token, output_token = next_token, items = export_tasks, limit = limit))]
    describe_export_tasks: Op<DescribeExportTasksRequest, DescribeExportTasksResponse>,
    /// Returns a list of custom and default field indexes which are discovered in log data. For
    /// more information about field index policies, see
    /// [PutIndexPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutIndexPolicy.html).
    describe_field_indexes: Op<DescribeFieldIndexesRequest, DescribeFieldIndexesResponse>,
    /// Gets detailed information about the individual batches within an import task, including
    /// their status and any error messages. For CloudTrail Event Data Store sources, a batch refers
    /// to a subset of stored events grouped by their eventTime.
    describe_import_task_batches:
        Op<DescribeImportTaskBatchesRequest, DescribeImportTaskBatchesResponse>,
    /// Lists and describes import tasks, with optional filtering by import status and source ARN.
    describe_import_tasks: Op<DescribeImportTasksRequest, DescribeImportTasksResponse>,
    /// Returns the field index policies of the specified log group. For more information about
    /// field index policies, see
    /// [PutIndexPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutIndexPolicy.html).
    describe_index_policies: Op<DescribeIndexPoliciesRequest, DescribeIndexPoliciesResponse>,
    /// Returns information about log groups, including data sources that ingest into each log
    /// group. You can return all your log groups or filter the results by prefix. The results are
    /// ASCII-sorted by log group name.
    #[op(paginate(input_token = next_token, output_token = next_token, items = log_groups, limit = limit))]
    describe_log_groups: Op<DescribeLogGroupsRequest, DescribeLogGroupsResponse>,
    /// Lists the log streams for the specified log group. You can list all the log streams or
    /// filter the results by prefix. You can also control how the results are ordered.
    #[op(paginate(input_token = next_token, output_token = next_token, items = log_streams, limit = limit))]
    describe_log_streams: Op<DescribeLogStreamsRequest, DescribeLogStreamsResponse>,
    /// Retrieves metadata about lookup tables in your account. You can optionally filter the
    /// results by table name prefix. Results are sorted by table name in ascending order.
    describe_lookup_tables: Op<DescribeLookupTablesRequest, DescribeLookupTablesResponse>,
    /// Lists the specified metric filters. You can list all of the metric filters or filter the
    /// results by log name, prefix, metric name, or metric namespace. The results are ASCII-sorted
    /// by filter name.
    #[op(paginate(input_token = next_token, output_token = next_token, items = metric_filters, limit = limit))]
    describe_metric_filters: Op<DescribeMetricFiltersRequest, DescribeMetricFiltersResponse>,
    /// Returns a list of CloudWatch Logs Insights queries that are scheduled, running, or have been
    /// run recently in this account. You can request all queries or limit it to queries of a
    /// specific log group or queries with a certain status.
    #[op(paginate(input_token = next_token, output_token = next_token, items = queries, limit = max_results))]
    describe_queries: Op<DescribeQueriesRequest, DescribeQueriesResponse>,
    /// This operation returns a paginated list of your saved CloudWatch Logs Insights query
    /// definitions. You can retrieve query definitions from the current account or from a source
    /// account that is linked to the current account.
    describe_query_definitions:
        Op<DescribeQueryDefinitionsRequest, DescribeQueryDefinitionsResponse>,
    /// Lists the resource policies in this account.
    #[op(paginate(input_token = next_token, output_token = next_token, items = resource_policies, limit = limit))]
    describe_resource_policies:
        Op<DescribeResourcePoliciesRequest, DescribeResourcePoliciesResponse>,
    /// Lists the subscription filters for the specified log group. You can list all the
    /// subscription filters or filter the results by prefix. The results are ASCII-sorted by filter
    /// name.
    #[op(paginate(input_token = next_token, output_token = next_token, items = subscription_filters, limit = limit))]
    describe_subscription_filters:
        Op<DescribeSubscriptionFiltersRequest, DescribeSubscriptionFiltersResponse>,
    /// Disassociates the specified KMS key from the specified log group or from all CloudWatch Logs
    /// Insights query results in the account.
    disassociate_kms_key: Op<DisassociateKmsKeyRequest, ()>,
    /// Disassociates a data source from an S3 Table Integration, removing query access and deleting
    /// all associated data from the integration.
    disassociate_source_from_s3_table_integration: Op<
        DisassociateSourceFromS3TableIntegrationRequest,
        DisassociateSourceFromS3TableIntegrationResponse,
    >,
    /// Lists log events from the specified log group. You can list all the log events or filter the
    /// results using one or more of the following:
    #[op(paginate(input_token = next_token, output_token = next_token, items = events, limit = limit))]
    filter_log_events: Op<FilterLogEventsRequest, FilterLogEventsResponse>,
    /// Returns information about a log group data protection policy.
    get_data_protection_policy: Op<GetDataProtectionPolicyRequest, GetDataProtectionPolicyResponse>,
    /// Returns complete information about one logical *delivery*. A delivery is a connection
    /// between a [ *delivery source*
    /// ](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliverySource.html)
    /// and a [ *delivery destination*
    /// ](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliveryDestination.html).
    get_delivery: Op<GetDeliveryRequest, GetDeliveryResponse>,
    /// Retrieves complete information about one delivery destination.
    get_delivery_destination: Op<GetDeliveryDestinationRequest, GetDeliveryDestinationResponse>,
    /// Retrieves the delivery destination policy assigned to the delivery destination that you
    /// specify. For more information about delivery destinations and their policies, see
    /// [PutDeliveryDestinationPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliveryDestinationPolicy.html).
    get_delivery_destination_policy:
        Op<GetDeliveryDestinationPolicyRequest, GetDeliveryDestinationPolicyResponse>,
    /// Retrieves complete information about one delivery source.
    get_delivery_source: Op<GetDeliverySourceRequest, GetDeliverySourceResponse>,
    /// Returns information about one integration between CloudWatch Logs and OpenSearch Service.
    get_integration: Op<GetIntegrationRequest, GetIntegrationResponse>,
    /// Retrieves information about the log anomaly detector that you specify. The KMS key ARN
    /// detected is valid.
    get_log_anomaly_detector: Op<GetLogAnomalyDetectorRequest, GetLogAnomalyDetectorResponse>,
    /// Lists log events from the specified log stream. You can list all of the log events or filter
    /// using a time range.
    get_log_events: Op<GetLogEventsRequest, GetLogEventsResponse>,
    /// Discovers available fields for a specific data source and type. The response includes any
    /// field modifications introduced through pipelines, such as new fields or changed field types.
    get_log_fields: Op<GetLogFieldsRequest, GetLogFieldsResponse>,
    /// Returns a list of the fields that are included in log events in the specified log group.
    /// Includes the percentage of log events that contain each field. The search is limited to a
    /// time period that you specify.
    get_log_group_fields: Op<GetLogGroupFieldsRequest, GetLogGroupFieldsResponse>,
    /// Retrieves a large logging object (LLO) and streams it back. This API is used to fetch the
    /// content of large portions of log events that have been ingested through the
    /// PutOpenTelemetryLogs API. When log events contain fields that would cause the total event
    /// size to exceed 1MB, CloudWatch Logs automatically processes up to 10 fields, starting with
    /// the largest fields. Each field is truncated as needed to keep the total event size as close
    /// to 1MB as possible. The excess portions are stored as Large Log Objects (LLOs) and these
    /// fields are processed separately and LLO reference system fields (in the format
    /// `@ptr.$[path.to.field]`) are added. The path in the reference field reflects the original
    /// JSON structure where the large field was located. For example, this could be
    /// `@ptr.$['input']['message']`, `@ptr.$['AAA']['BBB']['CCC']['DDD']`, `@ptr.$['AAA']`, or any
    /// other path matching your log structure.
    #[op(host_prefix = "stream-")]
    get_log_object: Op<GetLogObjectRequest, GetLogObjectResponse>,
    /// Retrieves all of the fields and values of a single log event. All fields are retrieved, even
    /// if the original query that produced the `logRecordPointer` retrieved only a subset of
    /// fields. Fields are returned as field name/field value pairs.
    get_log_record: Op<GetLogRecordRequest, GetLogRecordResponse>,
    /// Retrieves the full content of a lookup table, including the CSV data.
    get_lookup_table: Op<GetLookupTableRequest, GetLookupTableResponse>,
    /// Returns the results from the specified query.
    get_query_results: Op<GetQueryResultsRequest, GetQueryResultsResponse>,
    /// Retrieves details about a specific scheduled query, including its configuration, execution
    /// status, and metadata.
    get_scheduled_query: Op<GetScheduledQueryRequest, GetScheduledQueryResponse>,
    /// Retrieves the execution history of a scheduled query within a specified time range,
    /// including query results and destination processing status.
    #[op(paginate(input_token = next_token, output_token = next_token, items = trigger_history, limit = max_results))]
    get_scheduled_query_history:
        Op<GetScheduledQueryHistoryRequest, GetScheduledQueryHistoryResponse>,
    /// Returns the information about the log transformer associated with this log group.
    get_transformer: Op<GetTransformerRequest, GetTransformerResponse>,
    /// Returns an aggregate summary of all log groups in the Region grouped by specified data
    /// source characteristics. Supports optional filtering by log group class, name patterns, and
    /// data sources. If you perform this action in a monitoring account, you can also return
    /// aggregated summaries of log groups from source accounts that are linked to the monitoring
    /// account. For more information about using cross-account observability to set up monitoring
    /// accounts and source accounts, see [CloudWatch cross-account
    /// observability](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account.html).
    #[op(paginate(input_token = next_token, output_token = next_token, items = aggregate_log_group_summaries, limit = limit))]
    list_aggregate_log_group_summaries:
        Op<ListAggregateLogGroupSummariesRequest, ListAggregateLogGroupSummariesResponse>,
    /// Returns a list of anomalies that log anomaly detectors have found. For details about the
    /// structure format of each anomaly object that is returned, see the example in this section.
    #[op(paginate(input_token = next_token, output_token = next_token, items = anomalies, limit = limit))]
    list_anomalies: Op<ListAnomaliesRequest, ListAnomaliesResponse>,
    /// Returns a list of integrations between CloudWatch Logs and other services in this account.
    /// Currently, only one integration can be created in an account, and this integration must be
    /// with OpenSearch Service.
    list_integrations: Op<ListIntegrationsRequest, ListIntegrationsResponse>,
    /// Retrieves a list of the log anomaly detectors in the account.
    #[op(paginate(input_token = next_token, output_token = next_token, items = anomaly_detectors, limit = limit))]
    list_log_anomaly_detectors: Op<ListLogAnomalyDetectorsRequest, ListLogAnomalyDetectorsResponse>,
    /// Returns a list of log groups in the Region in your account. If you are performing this
    /// action in a monitoring account, you can choose to also return log groups from source
    /// accounts that are linked to the monitoring account. For more information about using
    /// cross-account observability to set up monitoring accounts and source accounts, see [
    /// CloudWatch cross-account
    /// observability](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account.html).
    list_log_groups: Op<ListLogGroupsRequest, ListLogGroupsResponse>,
    /// Returns a list of the log groups that were analyzed during a single CloudWatch Logs Insights
    /// query. This can be useful for queries that use log group name prefixes or the `filterIndex`
    /// command, because the log groups are dynamically selected in these cases.
    #[op(paginate(input_token = next_token, output_token = next_token, items = log_group_identifiers, limit = max_results))]
    list_log_groups_for_query: Op<ListLogGroupsForQueryRequest, ListLogGroupsForQueryResponse>,
    /// Lists all scheduled queries in your account and region. You can filter results by state to
    /// show only enabled or disabled queries.
    #[op(paginate(input_token = next_token, output_token = next_token, items = scheduled_queries, limit = max_results))]
    list_scheduled_queries: Op<ListScheduledQueriesRequest, ListScheduledQueriesResponse>,
    /// Returns a list of data source associations for a specified S3 Table Integration, showing
    /// which data sources are currently associated for query access.
    #[op(paginate(input_token = next_token, output_token = next_token, items = sources, limit = max_results))]
    list_sources_for_s3_table_integration:
        Op<ListSourcesForS3TableIntegrationRequest, ListSourcesForS3TableIntegrationResponse>,
    /// Displays the tags associated with a CloudWatch Logs resource. Currently, log groups and
    /// destinations support tagging.
    list_tags_for_resource: Op<ListTagsForResourceRequest, ListTagsForResourceResponse>,
    /// The ListTagsLogGroup operation is on the path to deprecation. We recommend that you use
    /// [ListTagsForResource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListTagsForResource.html)
    /// instead.
    ///
    /// Deprecated in the model.
    list_tags_log_group: Op<ListTagsLogGroupRequest, ListTagsLogGroupResponse>,
    /// Creates an account-level data protection policy, subscription filter policy, field index
    /// policy, transformer policy, or metric extraction policy that applies to all log groups, a
    /// subset of log groups, or a data source name and type combination in the account.
    put_account_policy: Op<PutAccountPolicyRequest, PutAccountPolicyResponse>,
    /// Enables or disables bearer token authentication for the specified log group. When enabled on
    /// a log group, bearer token authentication is enabled on operations until it is explicitly
    /// disabled.
    put_bearer_token_authentication: Op<PutBearerTokenAuthenticationRequest, ()>,
    /// Creates a data protection policy for the specified log group. A data protection policy can
    /// help safeguard sensitive data that's ingested by the log group by auditing and masking the
    /// sensitive log data.
    put_data_protection_policy: Op<PutDataProtectionPolicyRequest, PutDataProtectionPolicyResponse>,
    /// Creates or updates a logical *delivery destination*. A delivery destination is an Amazon Web
    /// Services resource that represents an Amazon Web Services service that logs can be sent to.
    /// CloudWatch Logs, Amazon S3, and Firehose are supported as logs delivery destinations and
    /// X-Ray as the trace delivery destination.
    put_delivery_destination: Op<PutDeliveryDestinationRequest, PutDeliveryDestinationResponse>,
    /// Creates and assigns an IAM policy that grants permissions to CloudWatch Logs to deliver logs
    /// cross-account to a specified destination in this account. To configure the delivery of logs
    /// from an Amazon Web Services service in another account to a logs delivery destination in the
    /// current account, you must do the following:
    put_delivery_destination_policy:
        Op<PutDeliveryDestinationPolicyRequest, PutDeliveryDestinationPolicyResponse>,
    /// Creates or updates a logical *delivery source*. A delivery source represents an Amazon Web
    /// Services resource that sends logs to an logs delivery destination. The destination can be
    /// CloudWatch Logs, Amazon S3, Firehose or X-Ray for sending traces.
    put_delivery_source: Op<PutDeliverySourceRequest, PutDeliverySourceResponse>,
    /// Creates or updates a destination. This operation is used only to create destinations for
    /// cross-account subscriptions.
    put_destination: Op<PutDestinationRequest, PutDestinationResponse>,
    /// Creates or updates an access policy associated with an existing destination. An access
    /// policy is an [IAM policy
    /// document](https://docs.aws.amazon.com/IAM/latest/UserGuide/policies_overview.html) that is
    /// used to authorize claims to register a subscription filter against a given destination.
    put_destination_policy: Op<PutDestinationPolicyRequest, ()>,
    /// Creates or updates a *field index policy* for the specified log group. Only log groups in
    /// the Standard log class support field index policies. For more information about log classes,
    /// see [Log
    /// classes](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch_Logs_Log_Classes.html).
    put_index_policy: Op<PutIndexPolicyRequest, PutIndexPolicyResponse>,
    /// Creates an integration between CloudWatch Logs and another service in this account.
    /// Currently, only integrations with OpenSearch Service are supported, and currently you can
    /// have only one integration in your account.
    put_integration: Op<PutIntegrationRequest, PutIntegrationResponse>,
    /// Uploads a batch of log events to the specified log stream.
    put_log_events: Op<PutLogEventsRequest, PutLogEventsResponse>,
    /// Enables or disables deletion protection for the specified log group. When enabled on a log
    /// group, deletion protection blocks all deletion operations until it is explicitly disabled.
    put_log_group_deletion_protection: Op<PutLogGroupDeletionProtectionRequest, ()>,
    /// Creates or updates a metric filter and associates it with the specified log group. With
    /// metric filters, you can configure rules to extract metric data from log events ingested
    /// through
    /// [PutLogEvents](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html).
    put_metric_filter: Op<PutMetricFilterRequest, ()>,
    /// Creates or updates a query definition for CloudWatch Logs Insights. For more information,
    /// see [Analyzing Log Data with CloudWatch Logs
    /// Insights](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AnalyzingLogData.html).
    put_query_definition: Op<PutQueryDefinitionRequest, PutQueryDefinitionResponse>,
    /// Creates or updates a resource policy allowing other Amazon Web Services services to put log
    /// events to this account, such as Amazon Route 53. This API has the following restrictions:
    put_resource_policy: Op<PutResourcePolicyRequest, PutResourcePolicyResponse>,
    /// Sets the retention of the specified log group. With a retention policy, you can configure
    /// the number of days for which to retain log events in the specified log group.
    put_retention_policy: Op<PutRetentionPolicyRequest, ()>,
    /// Creates or updates a subscription filter and associates it with the specified log group.
    /// With subscription filters, you can subscribe to a real-time stream of log events ingested
    /// through
    /// [PutLogEvents](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutLogEvents.html)
    /// and have them delivered to a specific destination. When log events are sent to the receiving
    /// service, they are Base64 encoded and compressed with the GZIP format.
    put_subscription_filter: Op<PutSubscriptionFilterRequest, ()>,
    /// Creates or updates a *log transformer* for a single log group. You use log transformers to
    /// transform log events into a different format, making them easier for you to process and
    /// analyze. You can also transform logs from different sources into standardized formats that
    /// contains relevant, source-specific information.
    put_transformer: Op<PutTransformerRequest, ()>,
    /// Starts a Live Tail streaming session for one or more log groups. A Live Tail session returns
    /// a stream of log events that have been recently ingested in the log groups. For more
    /// information, see [Use Live Tail to view logs in near real
    /// time](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatchLogs_LiveTail.html).
    #[op(host_prefix = "stream-")]
    start_live_tail: Op<StartLiveTailRequest, StartLiveTailResponse>,
    /// Starts a query of one or more log groups or data sources using CloudWatch Logs Insights. You
    /// specify the log groups or data sources and time range to query and the query string to use.
    /// You can query up to 10 data sources in a single query.
    start_query: Op<StartQueryRequest, StartQueryResponse>,
    /// Stops a CloudWatch Logs Insights query that is in progress. If the query has already ended,
    /// the operation returns an error indicating that the specified query is not running.
    stop_query: Op<StopQueryRequest, StopQueryResponse>,
    /// The TagLogGroup operation is on the path to deprecation. We recommend that you use
    /// [TagResource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_TagResource.html)
    /// instead.
    ///
    /// Deprecated in the model.
    tag_log_group: Op<TagLogGroupRequest, ()>,
    /// Assigns one or more tags (key-value pairs) to the specified CloudWatch Logs resource.
    /// Currently, the only CloudWatch Logs resources that can be tagged are log groups and
    /// destinations.
    tag_resource: Op<TagResourceRequest, ()>,
    /// Tests the filter pattern of a metric filter against a sample of log event messages. You can
    /// use this operation to validate the correctness of a metric filter pattern.
    test_metric_filter: Op<TestMetricFilterRequest, TestMetricFilterResponse>,
    /// Use this operation to test a log transformer. You enter the transformer configuration and a
    /// set of log events to test with. The operation responds with an array that includes the
    /// original log events and the transformed versions.
    test_transformer: Op<TestTransformerRequest, TestTransformerResponse>,
    /// The UntagLogGroup operation is on the path to deprecation. We recommend that you use
    /// [UntagResource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UntagResource.html)
    /// instead.
    ///
    /// Deprecated in the model.
    untag_log_group: Op<UntagLogGroupRequest, ()>,
    /// Removes one or more tags from the specified resource.
    untag_resource: Op<UntagResourceRequest, ()>,
    /// Use this operation to *suppress* anomaly detection for a specified anomaly or pattern. If
    /// you suppress an anomaly, CloudWatch Logs won't report new occurrences of that anomaly and
    /// won't update that anomaly with new data. If you suppress a pattern, CloudWatch Logs won't
    /// report any anomalies related to that pattern.
    update_anomaly: Op<UpdateAnomalyRequest, ()>,
    /// Use this operation to update the configuration of a
    /// [delivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_Delivery.html)
    /// to change either the S3 path pattern or the format of the delivered logs. You can't use this
    /// operation to change the source or destination of the delivery.
    update_delivery_configuration:
        Op<UpdateDeliveryConfigurationRequest, UpdateDeliveryConfigurationResponse>,
    /// Updates an existing log anomaly detector.
    update_log_anomaly_detector: Op<UpdateLogAnomalyDetectorRequest, ()>,
    /// Updates an existing lookup table by replacing all of its CSV content. After the update
    /// completes, queries that use this table will use the new data.
    update_lookup_table: Op<UpdateLookupTableRequest, UpdateLookupTableResponse>,
    /// Updates an existing scheduled query with new configuration. This operation uses PUT
    /// semantics, allowing modification of query parameters, schedule, and destinations.
    update_scheduled_query: Op<UpdateScheduledQueryRequest, UpdateScheduledQueryResponse>,
}

/// A structure that contains information about one CloudWatch Logs account policy.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AccountPolicy {
    /// The name of the account policy.
    #[shape(name = "policyName")]
    pub policy_name: Option<String>,
    /// The policy document for this account policy.
    #[shape(name = "policyDocument")]
    pub policy_document: Option<String>,
    /// The date and time that this policy was most recently updated.
    #[shape(name = "lastUpdatedTime")]
    pub last_updated_time: Option<i64>,
    /// The type of policy for this account policy.
    #[shape(name = "policyType")]
    pub policy_type: Option<PolicyType>,
    /// The scope of the account policy.
    #[shape(name = "scope")]
    pub scope: Option<Scope>,
    /// The log group selection criteria that is used for this policy.
    #[shape(name = "selectionCriteria")]
    pub selection_criteria: Option<String>,
    /// The Amazon Web Services account ID that the policy applies to.
    #[shape(name = "accountId")]
    pub account_id: Option<String>,
}

/// The model's `ActionStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ActionStatus {
    /// `IN_PROGRESS`
    #[default]
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `CLIENT_ERROR`
    #[shape(name = "CLIENT_ERROR")]
    ClientError,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `COMPLETE`
    #[shape(name = "COMPLETE")]
    Complete,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This object defines one key that will be added with the [
/// addKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-addKey)
/// processor.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AddKeyEntry {
    /// The key of the new entry to be added to the log event
    #[shape(name = "key")]
    pub key: String,
    /// The value of the new entry to be added to the log event
    #[shape(name = "value")]
    pub value: String,
    /// Specifies whether to overwrite the value if the key already exists in the log event. If you
    /// omit this, the default is `false`.
    #[shape(name = "overwriteIfExists")]
    pub overwrite_if_exists: Option<bool>,
}

/// This processor adds new key-value pairs to the log event.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AddKeys {
    /// An array of objects, where each object contains the information about one key to add to the
    /// log event.
    #[shape(name = "entries")]
    pub entries: Vec<AddKeyEntry>,
}

/// Contains an aggregate summary of log groups grouped by data source characteristics, including
/// the count of log groups and their grouping identifiers.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AggregateLogGroupSummary {
    /// The number of log groups in this aggregate summary group.
    #[shape(name = "logGroupCount")]
    pub log_group_count: Option<i32>,
    /// An array of key-value pairs that identify the data source characteristics used to group the
    /// log groups.
    #[shape(name = "groupingIdentifiers")]
    pub grouping_identifiers: Option<Vec<GroupingIdentifier>>,
}

/// This structure represents one anomaly that has been found by a logs anomaly detector.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Anomaly {
    /// The unique ID that CloudWatch Logs assigned to this anomaly.
    #[shape(name = "anomalyId")]
    pub anomaly_id: String,
    /// The ID of the pattern used to help identify this anomaly.
    #[shape(name = "patternId")]
    pub pattern_id: String,
    /// The ARN of the anomaly detector that identified this anomaly.
    #[shape(name = "anomalyDetectorArn")]
    pub anomaly_detector_arn: String,
    /// The pattern used to help identify this anomaly, in string format.
    #[shape(name = "patternString")]
    pub pattern_string: String,
    /// The pattern used to help identify this anomaly, in regular expression format.
    #[shape(name = "patternRegex")]
    pub pattern_regex: Option<String>,
    /// The priority level of this anomaly, as determined by CloudWatch Logs. Priority is computed
    /// based on log severity labels such as `FATAL` and `ERROR` and the amount of deviation from
    /// the baseline. Possible values are `HIGH`, `MEDIUM`, and `LOW`.
    #[shape(name = "priority")]
    pub priority: Option<String>,
    /// The date and time when the anomaly detector first saw this anomaly. It is specified as epoch
    /// time, which is the number of seconds since `January 1, 1970, 00:00:00 UTC`.
    #[shape(name = "firstSeen")]
    pub first_seen: i64,
    /// The date and time when the anomaly detector most recently saw this anomaly. It is specified
    /// as epoch time, which is the number of seconds since `January 1, 1970, 00:00:00 UTC`.
    #[shape(name = "lastSeen")]
    pub last_seen: i64,
    /// A human-readable description of the anomaly. This description is generated by CloudWatch
    /// Logs.
    #[shape(name = "description")]
    pub description: String,
    /// Specifies whether this anomaly is still ongoing.
    #[shape(name = "active")]
    pub active: bool,
    /// Indicates the current state of this anomaly. If it is still being treated as an anomaly, the
    /// value is `Active`. If you have suppressed this anomaly by using the
    /// [UpdateAnomaly](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateAnomaly.html)
    /// operation, the value is `Suppressed`. If this behavior is now considered to be normal, the
    /// value is `Baseline`.
    #[shape(name = "state")]
    pub state: State,
    /// A map showing times when the anomaly detector ran, and the number of occurrences of this
    /// anomaly that were detected at each of those runs. The times are specified in epoch time,
    /// which is the number of seconds since `January 1, 1970, 00:00:00 UTC`.
    #[shape(name = "histogram")]
    pub histogram: HashMap<String, i64>,
    /// An array of sample log event messages that are considered to be part of this anomaly.
    #[shape(name = "logSamples")]
    pub log_samples: Vec<LogEvent>,
    /// An array of structures where each structure contains information about one token that makes
    /// up the pattern.
    #[shape(name = "patternTokens")]
    pub pattern_tokens: Vec<PatternToken>,
    /// An array of ARNS of the log groups that contained log events considered to be part of this
    /// anomaly.
    #[shape(name = "logGroupArnList")]
    pub log_group_arn_list: Vec<String>,
    /// Indicates whether this anomaly is currently suppressed. To suppress an anomaly, use
    /// [UpdateAnomaly](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateAnomaly.html).
    #[shape(name = "suppressed")]
    pub suppressed: Option<bool>,
    /// If the anomaly is suppressed, this indicates when it was suppressed.
    #[shape(name = "suppressedDate")]
    pub suppressed_date: Option<i64>,
    /// If the anomaly is suppressed, this indicates when the suppression will end. If this value is
    /// `0`, the anomaly was suppressed with no expiration, with the `INFINITE` value.
    #[shape(name = "suppressedUntil")]
    pub suppressed_until: Option<i64>,
    /// If this anomaly is suppressed, this field is `true` if the suppression is because the
    /// pattern is suppressed. If `false`, then only this particular anomaly is suppressed.
    #[shape(name = "isPatternLevelSuppression")]
    pub is_pattern_level_suppression: Option<bool>,
}

/// Contains information about one anomaly detector in the account.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AnomalyDetector {
    /// The ARN of the anomaly detector.
    #[shape(name = "anomalyDetectorArn")]
    pub anomaly_detector_arn: Option<String>,
    /// The name of the anomaly detector.
    #[shape(name = "detectorName")]
    pub detector_name: Option<String>,
    /// A list of the ARNs of the log groups that this anomaly detector watches.
    #[shape(name = "logGroupArnList")]
    pub log_group_arn_list: Option<Vec<String>>,
    /// Specifies how often the anomaly detector runs and look for anomalies.
    #[shape(name = "evaluationFrequency")]
    pub evaluation_frequency: Option<EvaluationFrequency>,
    /// A symbolic description of how CloudWatch Logs should interpret the data in each log event.
    /// For example, a log event can contain timestamps, IP addresses, strings, and so on. You use
    /// the filter pattern to specify what to look for in the log event message.
    #[shape(name = "filterPattern")]
    pub filter_pattern: Option<String>,
    /// Specifies the current status of the anomaly detector. To pause an anomaly detector, use the
    /// `enabled` parameter in the
    /// [UpdateLogAnomalyDetector](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateLogAnomalyDetector.html)
    /// operation.
    #[shape(name = "anomalyDetectorStatus")]
    pub anomaly_detector_status: Option<AnomalyDetectorStatus>,
    /// The ARN of the KMS key assigned to this anomaly detector, if any.
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
    /// The date and time when this anomaly detector was created.
    #[shape(name = "creationTimeStamp")]
    pub creation_time_stamp: Option<i64>,
    /// The date and time when this anomaly detector was most recently modified.
    #[shape(name = "lastModifiedTimeStamp")]
    pub last_modified_time_stamp: Option<i64>,
    /// The number of days used as the life cycle of anomalies. After this time, anomalies are
    /// automatically baselined and the anomaly detector model will treat new occurrences of similar
    /// event as normal.
    #[shape(name = "anomalyVisibilityTime")]
    pub anomaly_visibility_time: Option<i64>,
}

/// The model's `AnomalyDetectorStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AnomalyDetectorStatus {
    /// `INITIALIZING`
    #[default]
    #[shape(name = "INITIALIZING")]
    Initializing,
    /// `TRAINING`
    #[shape(name = "TRAINING")]
    Training,
    /// `ANALYZING`
    #[shape(name = "ANALYZING")]
    Analyzing,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `DELETED`
    #[shape(name = "DELETED")]
    Deleted,
    /// `PAUSED`
    #[shape(name = "PAUSED")]
    Paused,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `AssociateKmsKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssociateKmsKeyRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data. This must be
    /// a symmetric KMS key. For more information, see [Amazon Resource
    /// Names](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kms)
    /// and [Using Symmetric and Asymmetric
    /// Keys](https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html).
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: String,
    /// Specifies the target for this operation. You must specify one of the following:
    #[shape(name = "resourceIdentifier")]
    pub resource_identifier: Option<String>,
}

/// The input of `AssociateSourceToS3TableIntegration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssociateSourceToS3TableIntegrationRequest {
    /// The Amazon Resource Name (ARN) of the S3 Table Integration to associate the data source
    /// with.
    #[shape(name = "integrationArn")]
    pub integration_arn: String,
    /// The data source to associate with the S3 Table Integration. Contains the name and type of
    /// the data source.
    #[shape(name = "dataSource")]
    pub data_source: DataSource,
}

/// The output of `AssociateSourceToS3TableIntegration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AssociateSourceToS3TableIntegrationResponse {
    /// The unique identifier for the association between the data source and S3 Table Integration.
    #[shape(name = "identifier")]
    pub identifier: Option<String>,
}

/// The `CSV` processor parses comma-separated values (CSV) from the log events into columns.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CSV {
    /// The character used used as a text qualifier for a single column of data. If you omit this,
    /// the double quotation mark `"` character is used.
    #[shape(name = "quoteCharacter")]
    pub quote_character: Option<String>,
    /// The character used to separate each column in the original comma-separated value log event.
    /// If you omit this, the processor looks for the comma `,` character as the delimiter.
    #[shape(name = "delimiter")]
    pub delimiter: Option<String>,
    /// An array of names to use for the columns in the transformed log event.
    #[shape(name = "columns")]
    pub columns: Option<Vec<String>>,
    /// The path to the field in the log event that has the comma separated values to be parsed. If
    /// you omit this value, the whole log message is processed.
    #[shape(name = "source")]
    pub source: Option<String>,
    /// The path to the parent field to put transformed key value pairs under. If you omit this
    /// value, the key value pairs will be placed under the root node.
    #[shape(name = "destination")]
    pub destination: Option<String>,
}

/// The input of `CancelExportTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CancelExportTaskRequest {
    /// The ID of the export task.
    #[shape(name = "taskId")]
    pub task_id: String,
}

/// The input of `CancelImportTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CancelImportTaskRequest {
    /// The ID of the import task to cancel.
    #[shape(name = "importId")]
    pub import_id: String,
}

/// The output of `CancelImportTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CancelImportTaskResponse {
    /// The ID of the cancelled import task.
    #[shape(name = "importId")]
    pub import_id: Option<String>,
    /// Statistics about the import progress at the time of cancellation.
    #[shape(name = "importStatistics")]
    pub import_statistics: Option<ImportStatistics>,
    /// The final status of the import task. This will be set to CANCELLED.
    #[shape(name = "importStatus")]
    pub import_status: Option<ImportStatus>,
    /// The timestamp when the import task was created, expressed as the number of milliseconds
    /// after Jan 1, 1970 00:00:00 UTC.
    #[shape(name = "creationTime")]
    pub creation_time: Option<i64>,
    /// The timestamp when the import task was cancelled, expressed as the number of milliseconds
    /// after Jan 1, 1970 00:00:00 UTC.
    #[shape(name = "lastUpdatedTime")]
    pub last_updated_time: Option<i64>,
}

/// A structure containing information about the deafult settings and available settings that you
/// can use to configure a
/// [delivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_Delivery.html)
/// or a [delivery
/// destination](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DeliveryDestination.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConfigurationTemplate {
    /// A string specifying which service this configuration template applies to. For more
    /// information about supported services see [Enable logging from Amazon Web Services
    /// services.](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html).
    #[shape(name = "service")]
    pub service: Option<String>,
    /// A string specifying which log type this configuration template applies to.
    #[shape(name = "logType")]
    pub log_type: Option<String>,
    /// A string specifying which resource type this configuration template applies to.
    #[shape(name = "resourceType")]
    pub resource_type: Option<String>,
    /// A string specifying which destination type this configuration template applies to.
    #[shape(name = "deliveryDestinationType")]
    pub delivery_destination_type: Option<DeliveryDestinationType>,
    /// A mapping that displays the default value of each property within a delivery's
    /// configuration, if it is not specified in the request.
    #[shape(name = "defaultDeliveryConfigValues")]
    pub default_delivery_config_values: Option<ConfigurationTemplateDeliveryConfigValues>,
    /// The allowed fields that a caller can use in the `recordFields` parameter of a
    /// [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html)
    /// or
    /// [UpdateDeliveryConfiguration](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateDeliveryConfiguration.html)
    /// operation.
    #[shape(name = "allowedFields")]
    pub allowed_fields: Option<Vec<RecordField>>,
    /// The list of delivery destination output formats that are supported by this log source.
    #[shape(name = "allowedOutputFormats")]
    pub allowed_output_formats: Option<Vec<OutputFormat>>,
    /// The action permissions that a caller needs to have to be able to successfully create a
    /// delivery source on the desired resource type when calling
    /// [PutDeliverySource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliverySource.html).
    #[shape(name = "allowedActionForAllowVendedLogsDeliveryForResource")]
    pub allowed_action_for_allow_vended_logs_delivery_for_resource: Option<String>,
    /// The valid values that a caller can use as field delimiters when calling
    /// [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html)
    /// or
    /// [UpdateDeliveryConfiguration](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateDeliveryConfiguration.html)
    /// on a delivery that delivers in `Plain`, `W3C`, or `Raw` format.
    #[shape(name = "allowedFieldDelimiters")]
    pub allowed_field_delimiters: Option<Vec<String>>,
    /// The list of variable fields that can be used in the suffix path of a delivery that delivers
    /// to an S3 bucket.
    #[shape(name = "allowedSuffixPathFields")]
    pub allowed_suffix_path_fields: Option<Vec<String>>,
    /// The schema of the delivery source configuration that is available for this log type. Each
    /// element describes a configuration that can be set when calling
    /// [PutDeliverySource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliverySource.html),
    /// including the configuration name, type, and default value.
    #[shape(name = "deliverySourceConfiguration")]
    pub delivery_source_configuration: Option<Vec<DeliverySourceConfigurationSchema>>,
    /// The S3 Tables integration configuration for this configuration template, including the
    /// datasource name and type.
    #[shape(name = "s3TablesIntegration")]
    pub s3_tables_integration: Option<S3TablesIntegration>,
}

/// This structure contains the default values that are used for each configuration parameter when
/// you use
/// [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html)
/// to create a deliver under the current service type, resource type, and log type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConfigurationTemplateDeliveryConfigValues {
    /// The default record fields that will be delivered when a list of record fields is not
    /// provided in a
    /// [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html)
    /// operation.
    #[shape(name = "recordFields")]
    pub record_fields: Option<Vec<String>>,
    /// The default field delimiter that is used in a
    /// [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html)
    /// operation when the field delimiter is not specified in that operation. The field delimiter
    /// is used only when the final output delivery is in `Plain`, `W3C`, or `Raw` format.
    #[shape(name = "fieldDelimiter")]
    pub field_delimiter: Option<String>,
    /// The delivery parameters that are used when you create a delivery to a delivery destination
    /// that is an S3 Bucket.
    #[shape(name = "s3DeliveryConfiguration")]
    pub s3_delivery_configuration: Option<S3DeliveryConfiguration>,
}

/// This processor copies values within a log event. You can also use this processor to add metadata
/// to log events by copying the values of the following metadata keys into the log events:
/// `@logGroupName`, `@logGroupStream`, `@accountId`, `@regionName`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CopyValue {
    /// An array of `CopyValueEntry` objects, where each object contains the information about one
    /// field value to copy.
    #[shape(name = "entries")]
    pub entries: Vec<CopyValueEntry>,
}

/// This object defines one value to be copied with the [
/// copyValue](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-copoyValue)
/// processor.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CopyValueEntry {
    /// The key to copy.
    #[shape(name = "source")]
    pub source: String,
    /// The key of the field to copy the value to.
    #[shape(name = "target")]
    pub target: String,
    /// Specifies whether to overwrite the value if the destination key already exists. If you omit
    /// this, the default is `false`.
    #[shape(name = "overwriteIfExists")]
    pub overwrite_if_exists: Option<bool>,
}

/// The input of `CreateDelivery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateDeliveryRequest {
    /// The name of the delivery source to use for this delivery.
    #[shape(name = "deliverySourceName")]
    pub delivery_source_name: String,
    /// The ARN of the delivery destination to use for this delivery.
    #[shape(name = "deliveryDestinationArn")]
    pub delivery_destination_arn: String,
    /// The list of record fields to be delivered to the destination, in order. If the delivery's
    /// log source has mandatory fields, they must be included in this list.
    #[shape(name = "recordFields")]
    pub record_fields: Option<Vec<String>>,
    /// The field delimiter to use between record fields when the final output format of a delivery
    /// is in `Plain`, `W3C`, or `Raw` format.
    #[shape(name = "fieldDelimiter")]
    pub field_delimiter: Option<String>,
    /// This structure contains parameters that are valid only when the delivery's delivery
    /// destination is an S3 bucket.
    #[shape(name = "s3DeliveryConfiguration")]
    pub s3_delivery_configuration: Option<S3DeliveryConfiguration>,
    /// An optional list of key-value pairs to associate with the resource.
    #[shape(name = "tags")]
    pub tags: Option<HashMap<String, String>>,
}

/// The output of `CreateDelivery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateDeliveryResponse {
    /// A structure that contains information about the delivery that you just created.
    #[shape(name = "delivery")]
    pub delivery: Option<Delivery>,
}

/// The input of `CreateExportTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateExportTaskRequest {
    /// The name of the export task.
    #[shape(name = "taskName")]
    pub task_name: Option<String>,
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: String,
    /// Export only log streams that match the provided prefix. If you don't specify a value, no
    /// prefix filter is applied.
    #[shape(name = "logStreamNamePrefix")]
    pub log_stream_name_prefix: Option<String>,
    /// The start time of the range for the request, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp earlier than this time are not exported.
    #[shape(name = "from")]
    pub from: i64,
    /// The end time of the range for the request, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`. Events with a timestamp later than this time are not exported.
    #[shape(name = "to")]
    pub to: i64,
    /// The name of S3 bucket for the exported log data. The bucket must be in the same Amazon Web
    /// Services Region.
    #[shape(name = "destination")]
    pub destination: String,
    /// The prefix used as the start of the key for every object exported. If you don't specify a
    /// value, the default is `exportedlogs`.
    #[shape(name = "destinationPrefix")]
    pub destination_prefix: Option<String>,
}

/// The output of `CreateExportTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateExportTaskResponse {
    /// The ID of the export task.
    #[shape(name = "taskId")]
    pub task_id: Option<String>,
}

/// The input of `CreateImportTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateImportTaskRequest {
    /// The ARN of the source to import from.
    #[shape(name = "importSourceArn")]
    pub import_source_arn: String,
    /// The ARN of the IAM role that grants CloudWatch Logs permission to import from the CloudTrail
    /// Lake Event Data Store.
    #[shape(name = "importRoleArn")]
    pub import_role_arn: String,
    /// Optional filters to constrain the import by CloudTrail event time. Times are specified in
    /// Unix timestamp milliseconds. The range of data being imported must be within the specified
    /// source's retention period.
    #[shape(name = "importFilter")]
    pub import_filter: Option<ImportFilter>,
}

/// The output of `CreateImportTask`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateImportTaskResponse {
    /// A unique identifier for the import task.
    #[shape(name = "importId")]
    pub import_id: Option<String>,
    /// The ARN of the CloudWatch Logs log group created as the destination for the imported events.
    #[shape(name = "importDestinationArn")]
    pub import_destination_arn: Option<String>,
    /// The timestamp when the import task was created, expressed as the number of milliseconds
    /// after Jan 1, 1970 00:00:00 UTC.
    #[shape(name = "creationTime")]
    pub creation_time: Option<i64>,
}

/// The input of `CreateLogAnomalyDetector`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateLogAnomalyDetectorRequest {
    /// An array containing the ARN of the log group that this anomaly detector will watch. You can
    /// specify only one log group ARN.
    #[shape(name = "logGroupArnList")]
    pub log_group_arn_list: Vec<String>,
    /// A name for this anomaly detector.
    #[shape(name = "detectorName")]
    pub detector_name: Option<String>,
    /// Specifies how often the anomaly detector is to run and look for anomalies. Set this value
    /// according to the frequency that the log group receives new logs. For example, if the log
    /// group receives new log events every 10 minutes, then 15 minutes might be a good setting for
    /// `evaluationFrequency` .
    #[shape(name = "evaluationFrequency")]
    pub evaluation_frequency: Option<EvaluationFrequency>,
    /// You can use this parameter to limit the anomaly detection model to examine only log events
    /// that match the pattern you specify here. For more information, see [Filter and Pattern
    /// Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html).
    #[shape(name = "filterPattern")]
    pub filter_pattern: Option<String>,
    /// Optionally assigns a KMS key to secure this anomaly detector and its findings. If a key is
    /// assigned, the anomalies found and the model used by this detector are encrypted at rest with
    /// the key. If a key is assigned to an anomaly detector, a user must have permissions for both
    /// this key and for the anomaly detector to retrieve information about the anomalies that it
    /// finds.
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
    /// The number of days to have visibility on an anomaly. After this time period has elapsed for
    /// an anomaly, it will be automatically baselined and the anomaly detector will treat new
    /// occurrences of a similar anomaly as normal. Therefore, if you do not correct the cause of an
    /// anomaly during the time period specified in `anomalyVisibilityTime`, it will be considered
    /// normal going forward and will not be detected as an anomaly.
    #[shape(name = "anomalyVisibilityTime")]
    pub anomaly_visibility_time: Option<i64>,
    /// An optional list of key-value pairs to associate with the resource.
    #[shape(name = "tags")]
    pub tags: Option<HashMap<String, String>>,
}

/// The output of `CreateLogAnomalyDetector`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateLogAnomalyDetectorResponse {
    /// The ARN of the log anomaly detector that you just created.
    #[shape(name = "anomalyDetectorArn")]
    pub anomaly_detector_arn: Option<String>,
}

/// The input of `CreateLogGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateLogGroupRequest {
    /// A name for the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: String,
    /// The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data. For more
    /// information, see [Amazon Resource
    /// Names](https://docs.aws.amazon.com/general/latest/gr/aws-arns-and-namespaces.html#arn-syntax-kms).
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
    /// The key-value pairs to use for the tags.
    #[shape(name = "tags")]
    pub tags: Option<HashMap<String, String>>,
    /// Use this parameter to specify the log group class for this log group. There are three
    /// classes:
    #[shape(name = "logGroupClass")]
    pub log_group_class: Option<LogGroupClass>,
    /// Use this parameter to enable deletion protection for the new log group. When enabled on a
    /// log group, deletion protection blocks all deletion operations until it is explicitly
    /// disabled. By default log groups are created without deletion protection enabled.
    #[shape(name = "deletionProtectionEnabled")]
    pub deletion_protection_enabled: Option<bool>,
}

/// The input of `CreateLogStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateLogStreamRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: String,
    /// The name of the log stream.
    #[shape(name = "logStreamName")]
    pub log_stream_name: String,
}

/// The input of `CreateLookupTable`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateLookupTableRequest {
    /// The name of the lookup table. The name must be unique within your account and Region. The
    /// name can contain only alphanumeric characters and underscores, and can be up to 256
    /// characters long.
    #[shape(name = "lookupTableName")]
    pub lookup_table_name: String,
    /// A description of the lookup table. The description can be up to 1024 characters long.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The CSV content of the lookup table. The first row must be a header row with column names.
    /// The content must use UTF-8 encoding and not exceed 10 MB.
    #[shape(name = "tableBody")]
    pub table_body: String,
    /// The ARN of the KMS key to use to encrypt the lookup table data. If you don't specify a key,
    /// the data is encrypted with an Amazon Web Services-owned key.
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
    /// A list of key-value pairs to associate with the lookup table. You can associate as many as
    /// 50 tags with a lookup table. Tags can help you organize and categorize your resources.
    #[shape(name = "tags")]
    pub tags: Option<HashMap<String, String>>,
}

/// The output of `CreateLookupTable`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateLookupTableResponse {
    /// The ARN of the lookup table that was created.
    #[shape(name = "lookupTableArn")]
    pub lookup_table_arn: Option<String>,
    /// The time when the lookup table was created, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`.
    #[shape(name = "createdAt")]
    pub created_at: Option<i64>,
}

/// The input of `CreateScheduledQuery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateScheduledQueryRequest {
    /// The name of the scheduled query. The name must be unique within your account and region.
    /// Valid characters are alphanumeric characters, hyphens, underscores, and periods. Length must
    /// be between 1 and 255 characters.
    #[shape(name = "name")]
    pub name: String,
    /// An optional description for the scheduled query to help identify its purpose and
    /// functionality.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The query language to use for the scheduled query. Valid values are `CWLI`, `PPL`, and
    /// `SQL`.
    #[shape(name = "queryLanguage")]
    pub query_language: QueryLanguage,
    /// The query string to execute. This is the same query syntax used in CloudWatch Logs Insights.
    /// Maximum length is 10,000 characters.
    #[shape(name = "queryString")]
    pub query_string: String,
    /// An array of log group names or ARNs to query. You can specify between 1 and 50 log groups.
    /// Log groups can be identified by name or full ARN.
    #[shape(name = "logGroupIdentifiers")]
    pub log_group_identifiers: Option<Vec<String>>,
    /// A cron expression that defines when the scheduled query runs. The expression uses standard
    /// cron syntax and supports minute-level precision. Maximum length is 256 characters.
    #[shape(name = "scheduleExpression")]
    pub schedule_expression: String,
    /// The timezone for evaluating the schedule expression. This determines when the scheduled
    /// query executes relative to the specified timezone.
    #[shape(name = "timezone")]
    pub timezone: Option<String>,
    /// The time offset in seconds that defines the lookback period for the query. This determines
    /// how far back in time the query searches from the execution time.
    #[shape(name = "startTimeOffset")]
    pub start_time_offset: Option<i64>,
    /// Configuration for where to deliver query results. Currently supports Amazon S3 destinations
    /// for storing query output.
    #[shape(name = "destinationConfiguration")]
    pub destination_configuration: Option<DestinationConfiguration>,
    /// The start time for the scheduled query in Unix epoch format. The query will not execute
    /// before this time.
    #[shape(name = "scheduleStartTime")]
    pub schedule_start_time: Option<i64>,
    /// The end time for the scheduled query in Unix epoch format. The query will stop executing
    /// after this time.
    #[shape(name = "scheduleEndTime")]
    pub schedule_end_time: Option<i64>,
    /// The ARN of the IAM role that grants permissions to execute the query and deliver results to
    /// the specified destination. The role must have permissions to read from the specified log
    /// groups and write to the destination.
    #[shape(name = "executionRoleArn")]
    pub execution_role_arn: String,
    /// The initial state of the scheduled query. Valid values are `ENABLED` and `DISABLED`. Default
    /// is `ENABLED`.
    #[shape(name = "state")]
    pub state: Option<ScheduledQueryState>,
    /// Key-value pairs to associate with the scheduled query for resource management and cost
    /// allocation.
    #[shape(name = "tags")]
    pub tags: Option<HashMap<String, String>>,
}

/// The output of `CreateScheduledQuery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateScheduledQueryResponse {
    /// The ARN of the created scheduled query.
    #[shape(name = "scheduledQueryArn")]
    pub scheduled_query_arn: Option<String>,
    /// The current state of the scheduled query.
    #[shape(name = "state")]
    pub state: Option<ScheduledQueryState>,
}

/// The model's `DataProtectionStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DataProtectionStatus {
    /// `ACTIVATED`
    #[default]
    #[shape(name = "ACTIVATED")]
    Activated,
    /// `DELETED`
    #[shape(name = "DELETED")]
    Deleted,
    /// `ARCHIVED`
    #[shape(name = "ARCHIVED")]
    Archived,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents a data source that categorizes logs by originating service and log type, providing
/// service-based organization complementing traditional log groups.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DataSource {
    /// The name of the data source.
    #[shape(name = "name")]
    pub name: String,
    /// The type of the data source.
    #[shape(name = "type")]
    pub r#type: Option<String>,
}

/// Filter criteria for data sources, used to specify which data sources to include in operations
/// based on name and type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DataSourceFilter {
    /// The name pattern to filter data sources by.
    #[shape(name = "name")]
    pub name: String,
    /// The type pattern to filter data sources by.
    #[shape(name = "type")]
    pub r#type: Option<String>,
}

/// This processor converts a datetime string into a format that you specify.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DateTimeConverter {
    /// The key to apply the date conversion to.
    #[shape(name = "source")]
    pub source: String,
    /// The JSON field to store the result in.
    #[shape(name = "target")]
    pub target: String,
    /// The datetime format to use for the converted data in the target field.
    #[shape(name = "targetFormat")]
    pub target_format: Option<String>,
    /// A list of patterns to match against the `source` field.
    #[shape(name = "matchPatterns")]
    pub match_patterns: Vec<String>,
    /// The time zone of the source field. If you omit this, the default used is the UTC zone.
    #[shape(name = "sourceTimezone")]
    pub source_timezone: Option<String>,
    /// The time zone of the target field. If you omit this, the default used is the UTC zone.
    #[shape(name = "targetTimezone")]
    pub target_timezone: Option<String>,
    /// The locale of the source field. If you omit this, the default of `locale.ROOT` is used.
    #[shape(name = "locale")]
    pub locale: Option<String>,
}

/// The input of `DeleteAccountPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteAccountPolicyRequest {
    /// The name of the policy to delete.
    #[shape(name = "policyName")]
    pub policy_name: String,
    /// The type of policy to delete.
    #[shape(name = "policyType")]
    pub policy_type: PolicyType,
}

/// The input of `DeleteDataProtectionPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteDataProtectionPolicyRequest {
    /// The name or ARN of the log group that you want to delete the data protection policy for.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: String,
}

/// The input of `DeleteDeliveryDestinationPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteDeliveryDestinationPolicyRequest {
    /// The name of the delivery destination that you want to delete the policy for.
    #[shape(name = "deliveryDestinationName")]
    pub delivery_destination_name: String,
}

/// The input of `DeleteDeliveryDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteDeliveryDestinationRequest {
    /// The name of the delivery destination that you want to delete. You can find a list of
    /// delivery destination names by using the
    /// [DescribeDeliveryDestinations](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeDeliveryDestinations.html)
    /// operation.
    #[shape(name = "name")]
    pub name: String,
}

/// The input of `DeleteDelivery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteDeliveryRequest {
    /// The unique ID of the delivery to delete. You can find the ID of a delivery with the
    /// [DescribeDeliveries](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeDeliveries.html)
    /// operation.
    #[shape(name = "id")]
    pub id: String,
}

/// The input of `DeleteDeliverySource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteDeliverySourceRequest {
    /// The name of the delivery source that you want to delete.
    #[shape(name = "name")]
    pub name: String,
}

/// The input of `DeleteDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteDestinationRequest {
    /// The name of the destination.
    #[shape(name = "destinationName")]
    pub destination_name: String,
}

/// The input of `DeleteIndexPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteIndexPolicyRequest {
    /// The log group to delete the index policy for. You can specify either the name or the ARN of
    /// the log group.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: String,
}

/// The output of `DeleteIndexPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteIndexPolicyResponse {}

/// The input of `DeleteIntegration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteIntegrationRequest {
    /// The name of the integration to delete. To find the name of your integration, use
    /// [ListIntegrations](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListIntegrations.html).
    #[shape(name = "integrationName")]
    pub integration_name: String,
    /// Specify `true` to force the deletion of the integration even if vended logs dashboards
    /// currently exist.
    #[shape(name = "force")]
    pub force: Option<bool>,
}

/// The output of `DeleteIntegration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteIntegrationResponse {}

/// This processor deletes entries from a log event. These entries are key-value pairs.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteKeys {
    /// The list of keys to delete.
    #[shape(name = "withKeys")]
    pub with_keys: Vec<String>,
}

/// The input of `DeleteLogAnomalyDetector`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteLogAnomalyDetectorRequest {
    /// The ARN of the anomaly detector to delete. You can find the ARNs of log anomaly detectors in
    /// your account by using the
    /// [ListLogAnomalyDetectors](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListLogAnomalyDetectors.html)
    /// operation.
    #[shape(name = "anomalyDetectorArn")]
    pub anomaly_detector_arn: String,
}

/// The input of `DeleteLogGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteLogGroupRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: String,
}

/// The input of `DeleteLogStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteLogStreamRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: String,
    /// The name of the log stream.
    #[shape(name = "logStreamName")]
    pub log_stream_name: String,
}

/// The input of `DeleteLookupTable`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteLookupTableRequest {
    /// The ARN of the lookup table to delete.
    #[shape(name = "lookupTableArn")]
    pub lookup_table_arn: String,
}

/// The input of `DeleteMetricFilter`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMetricFilterRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: String,
    /// The name of the metric filter.
    #[shape(name = "filterName")]
    pub filter_name: String,
}

/// The input of `DeleteQueryDefinition`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteQueryDefinitionRequest {
    /// The ID of the query definition that you want to delete. You can use
    /// [DescribeQueryDefinitions](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeQueryDefinitions.html)
    /// to retrieve the IDs of your saved query definitions.
    #[shape(name = "queryDefinitionId")]
    pub query_definition_id: String,
}

/// The output of `DeleteQueryDefinition`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteQueryDefinitionResponse {
    /// A value of TRUE indicates that the operation succeeded. FALSE indicates that the operation
    /// failed.
    #[shape(name = "success")]
    pub success: Option<bool>,
}

/// The input of `DeleteResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyRequest {
    /// The name of the policy to be revoked. This parameter is required.
    #[shape(name = "policyName")]
    pub policy_name: Option<String>,
    /// The ARN of the CloudWatch Logs resource for which the resource policy needs to be deleted
    #[shape(name = "resourceArn")]
    pub resource_arn: Option<String>,
    /// The expected revision ID of the resource policy. Required when deleting a resource-scoped
    /// policy to prevent concurrent modifications.
    #[shape(name = "expectedRevisionId")]
    pub expected_revision_id: Option<String>,
}

/// The input of `DeleteRetentionPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteRetentionPolicyRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: String,
}

/// The input of `DeleteScheduledQuery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteScheduledQueryRequest {
    /// The ARN or name of the scheduled query to delete.
    #[shape(name = "identifier")]
    pub identifier: String,
}

/// The output of `DeleteScheduledQuery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteScheduledQueryResponse {}

/// The input of `DeleteSubscriptionFilter`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteSubscriptionFilterRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: String,
    /// The name of the subscription filter.
    #[shape(name = "filterName")]
    pub filter_name: String,
}

/// The input of `DeleteTransformer`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteTransformerRequest {
    /// Specify either the name or ARN of the log group to delete the transformer for. If the log
    /// group is in a source account and you are using a monitoring account, you must use the log
    /// group ARN.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: String,
}

/// This structure contains information about one *delivery* in your account.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Delivery {
    /// The unique ID that identifies this delivery in your account.
    #[shape(name = "id")]
    pub id: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies this delivery.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The name of the delivery source that is associated with this delivery.
    #[shape(name = "deliverySourceName")]
    pub delivery_source_name: Option<String>,
    /// The ARN of the delivery destination that is associated with this delivery.
    #[shape(name = "deliveryDestinationArn")]
    pub delivery_destination_arn: Option<String>,
    /// Displays whether the delivery destination associated with this delivery is CloudWatch Logs,
    /// Amazon S3, Firehose, or X-Ray.
    #[shape(name = "deliveryDestinationType")]
    pub delivery_destination_type: Option<DeliveryDestinationType>,
    /// The record fields used in this delivery.
    #[shape(name = "recordFields")]
    pub record_fields: Option<Vec<String>>,
    /// The field delimiter that is used between record fields when the final output format of a
    /// delivery is in `Plain`, `W3C`, or `Raw` format.
    #[shape(name = "fieldDelimiter")]
    pub field_delimiter: Option<String>,
    /// This structure contains delivery configurations that apply only when the delivery
    /// destination resource is an S3 bucket.
    #[shape(name = "s3DeliveryConfiguration")]
    pub s3_delivery_configuration: Option<S3DeliveryConfiguration>,
    /// The tags that have been assigned to this delivery.
    #[shape(name = "tags")]
    pub tags: Option<HashMap<String, String>>,
}

/// This structure contains information about one *delivery destination* in your account. A delivery
/// destination is an Amazon Web Services resource that represents an Amazon Web Services service
/// that logs can be sent to. CloudWatch Logs, Amazon S3, Firehose, and X-Ray are supported as
/// delivery destinations.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeliveryDestination {
    /// The name of this delivery destination.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies this delivery destination.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// Displays whether this delivery destination is CloudWatch Logs, Amazon S3, Firehose, or
    /// X-Ray.
    #[shape(name = "deliveryDestinationType")]
    pub delivery_destination_type: Option<DeliveryDestinationType>,
    /// The format of the logs that are sent to this delivery destination.
    #[shape(name = "outputFormat")]
    pub output_format: Option<OutputFormat>,
    /// A structure that contains the ARN of the Amazon Web Services resource that will receive the
    /// logs.
    #[shape(name = "deliveryDestinationConfiguration")]
    pub delivery_destination_configuration: Option<DeliveryDestinationConfiguration>,
    /// The tags that have been assigned to this delivery destination.
    #[shape(name = "tags")]
    pub tags: Option<HashMap<String, String>>,
}

/// A structure that contains information about one logs delivery destination.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeliveryDestinationConfiguration {
    /// The ARN of the Amazon Web Services destination that this delivery destination represents.
    /// That Amazon Web Services destination can be a log group in CloudWatch Logs, an Amazon S3
    /// bucket, or a delivery stream in Firehose.
    #[shape(name = "destinationResourceArn")]
    pub destination_resource_arn: String,
}

/// The model's `DeliveryDestinationType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DeliveryDestinationType {
    /// `S3`
    #[default]
    S3,
    /// `CWL`
    #[shape(name = "CWL")]
    Cwl,
    /// `FH`
    #[shape(name = "FH")]
    Fh,
    /// `XRAY`
    #[shape(name = "XRAY")]
    Xray,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This structure contains information about one *delivery source* in your account. A delivery
/// source is an Amazon Web Services resource that sends logs to an Amazon Web Services destination.
/// The destination can be CloudWatch Logs, Amazon S3, or Firehose.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeliverySource {
    /// The unique name of the delivery source.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies this delivery source.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// This array contains the ARN of the Amazon Web Services resource that sends logs and is
    /// represented by this delivery source. Currently, only one ARN can be in the array.
    #[shape(name = "resourceArns")]
    pub resource_arns: Option<Vec<String>>,
    /// The Amazon Web Services service that is sending logs.
    #[shape(name = "service")]
    pub service: Option<String>,
    /// The type of log that the source is sending. For valid values for this parameter, see the
    /// documentation for the source service.
    #[shape(name = "logType")]
    pub log_type: Option<String>,
    /// The tags that have been assigned to this delivery source.
    #[shape(name = "tags")]
    pub tags: Option<HashMap<String, String>>,
    /// The map of key-value pairs that configure the delivery source.
    #[shape(name = "deliverySourceConfiguration")]
    pub delivery_source_configuration: Option<HashMap<String, String>>,
    /// The status of the delivery source. A delivery source can have the status `ACTIVE` or
    /// `INACTIVE`. Note: This value is defined for selective log types.
    #[shape(name = "status")]
    pub status: Option<DeliverySourceStatus>,
    /// The reason for the status of the delivery source. A status reason of `RESOURCE_DELETED`
    /// indicates that the resource associated with the delivery source has been deleted. Note: This
    /// value is defined for selective log types.
    #[shape(name = "statusReason")]
    pub status_reason: Option<DeliverySourceStatusReason>,
}

/// A structure that describes a single configuration for a log type, including its name, value
/// type, default value, and the range of supported values.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeliverySourceConfigurationSchema {
    /// The name of the configuration.
    #[shape(name = "keyName")]
    pub key_name: String,
    /// The data type of the configuration value. Valid values are `string`, `boolean`, `int`,
    /// `double`, and `long`.
    #[shape(name = "valueType")]
    pub value_type: DeliverySourceConfigurationSchemaValueType,
    /// The default value of the configuration that is used when a value is not specified in a
    /// [PutDeliverySource](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDeliverySource.html)
    /// request.
    #[shape(name = "defaultValue")]
    pub default_value: String,
    /// The list of allowed values for the configuration. Empty for free-form configuration.
    #[shape(name = "supportedValues")]
    pub supported_values: Option<Vec<String>>,
    /// The minimum numeric value allowed for the configuration. This applies only when the
    /// `valueType` is a numeric type.
    #[shape(name = "minValue")]
    pub min_value: Option<f64>,
    /// The maximum numeric value allowed for the configuration. This applies only when the
    /// `valueType` is a numeric type.
    #[shape(name = "maxValue")]
    pub max_value: Option<f64>,
}

/// The model's `DeliverySourceConfigurationSchemaValueType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DeliverySourceConfigurationSchemaValueType {
    /// `string`
    #[default]
    #[shape(name = "string")]
    String,
    /// `boolean`
    #[shape(name = "boolean")]
    Boolean,
    /// `int`
    #[shape(name = "int")]
    Int,
    /// `double`
    #[shape(name = "double")]
    Double,
    /// `long`
    #[shape(name = "long")]
    Long,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `DeliverySourceStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DeliverySourceStatus {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `INACTIVE`
    #[shape(name = "INACTIVE")]
    Inactive,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `DeliverySourceStatusReason`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DeliverySourceStatusReason {
    /// `RESOURCE_DELETED`
    #[default]
    #[shape(name = "RESOURCE_DELETED")]
    ResourceDeleted,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `DescribeAccountPolicies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAccountPoliciesRequest {
    /// Use this parameter to limit the returned policies to only the policies that match the policy
    /// type that you specify.
    #[shape(name = "policyType")]
    pub policy_type: PolicyType,
    /// Use this parameter to limit the returned policies to only the policy with the name that you
    /// specify.
    #[shape(name = "policyName")]
    pub policy_name: Option<String>,
    /// If you are using an account that is set up as a monitoring account for CloudWatch unified
    /// cross-account observability, you can use this to specify the account ID of a source account.
    /// If you do, the operation returns the account policy for the specified account. Currently,
    /// you can specify only one account ID in this parameter.
    #[shape(name = "accountIdentifiers")]
    pub account_identifiers: Option<Vec<String>>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `DescribeAccountPolicies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAccountPoliciesResponse {
    /// An array of structures that contain information about the CloudWatch Logs account policies
    /// that match the specified filters.
    #[shape(name = "accountPolicies")]
    pub account_policies: Option<Vec<AccountPolicy>>,
    /// The token to use when requesting the next set of items. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeConfigurationTemplates`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeConfigurationTemplatesRequest {
    /// Use this parameter to filter the response to include only the configuration templates that
    /// apply to the Amazon Web Services service that you specify here.
    #[shape(name = "service")]
    pub service: Option<String>,
    /// Use this parameter to filter the response to include only the configuration templates that
    /// apply to the log types that you specify here.
    #[shape(name = "logTypes")]
    pub log_types: Option<Vec<String>>,
    /// Use this parameter to filter the response to include only the configuration templates that
    /// apply to the resource types that you specify here.
    #[shape(name = "resourceTypes")]
    pub resource_types: Option<Vec<String>>,
    /// Use this parameter to filter the response to include only the configuration templates that
    /// apply to the delivery destination types that you specify here.
    #[shape(name = "deliveryDestinationTypes")]
    pub delivery_destination_types: Option<Vec<DeliveryDestinationType>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// Use this parameter to limit the number of configuration templates that are returned in the
    /// response.
    #[shape(name = "limit")]
    pub limit: Option<i32>,
}

/// The output of `DescribeConfigurationTemplates`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeConfigurationTemplatesResponse {
    /// An array of objects, where each object describes one configuration template that matches the
    /// filters that you specified in the request.
    #[shape(name = "configurationTemplates")]
    pub configuration_templates: Option<Vec<ConfigurationTemplate>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeDeliveries`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDeliveriesRequest {
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// Optionally specify the maximum number of deliveries to return in the response.
    #[shape(name = "limit")]
    pub limit: Option<i32>,
}

/// The output of `DescribeDeliveries`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDeliveriesResponse {
    /// An array of structures. Each structure contains information about one delivery in the
    /// account.
    #[shape(name = "deliveries")]
    pub deliveries: Option<Vec<Delivery>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeDeliveryDestinations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDeliveryDestinationsRequest {
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// Optionally specify the maximum number of delivery destinations to return in the response.
    #[shape(name = "limit")]
    pub limit: Option<i32>,
}

/// The output of `DescribeDeliveryDestinations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDeliveryDestinationsResponse {
    /// An array of structures. Each structure contains information about one delivery destination
    /// in the account.
    #[shape(name = "deliveryDestinations")]
    pub delivery_destinations: Option<Vec<DeliveryDestination>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeDeliverySources`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDeliverySourcesRequest {
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// Optionally specify the maximum number of delivery sources to return in the response.
    #[shape(name = "limit")]
    pub limit: Option<i32>,
}

/// The output of `DescribeDeliverySources`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDeliverySourcesResponse {
    /// An array of structures. Each structure contains information about one delivery source in the
    /// account.
    #[shape(name = "deliverySources")]
    pub delivery_sources: Option<Vec<DeliverySource>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeDestinations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDestinationsRequest {
    /// The prefix to match. If you don't specify a value, no prefix filter is applied.
    pub destination_name_prefix: Option<String>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of items returned. If you don't specify a value, the default maximum
    /// value of 50 items is used.
    #[shape(name = "limit")]
    pub limit: Option<i32>,
}

/// The output of `DescribeDestinations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeDestinationsResponse {
    /// The destinations.
    #[shape(name = "destinations")]
    pub destinations: Option<Vec<Destination>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeExportTasks`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeExportTasksRequest {
    /// The ID of the export task. Specifying a task ID filters the results to one or zero export
    /// tasks.
    #[shape(name = "taskId")]
    pub task_id: Option<String>,
    /// The status code of the export task. Specifying a status code filters the results to zero or
    /// more export tasks.
    #[shape(name = "statusCode")]
    pub status_code: Option<ExportTaskStatusCode>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of items returned. If you don't specify a value, the default is up to 50
    /// items.
    #[shape(name = "limit")]
    pub limit: Option<i32>,
}

/// The output of `DescribeExportTasks`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeExportTasksResponse {
    /// The export tasks.
    #[shape(name = "exportTasks")]
    pub export_tasks: Option<Vec<ExportTask>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeFieldIndexes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeFieldIndexesRequest {
    /// An array containing the names or ARNs of the log groups that you want to retrieve field
    /// indexes for.
    #[shape(name = "logGroupIdentifiers")]
    pub log_group_identifiers: Vec<String>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `DescribeFieldIndexes`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeFieldIndexesResponse {
    /// An array containing the field index information.
    #[shape(name = "fieldIndexes")]
    pub field_indexes: Option<Vec<FieldIndex>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeImportTaskBatches`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeImportTaskBatchesRequest {
    /// The ID of the import task to get batch information for.
    #[shape(name = "importId")]
    pub import_id: String,
    /// Optional filter to list import batches by their status. Accepts multiple status values:
    /// IN\_PROGRESS, CANCELLED, COMPLETED and FAILED.
    #[shape(name = "batchImportStatus")]
    pub batch_import_status: Option<Vec<ImportStatus>>,
    /// The maximum number of import batches to return in the response. Default: 10
    #[shape(name = "limit")]
    pub limit: Option<i32>,
    /// The pagination token for the next set of results.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `DescribeImportTaskBatches`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeImportTaskBatchesResponse {
    /// The ARN of the source being imported from.
    #[shape(name = "importSourceArn")]
    pub import_source_arn: Option<String>,
    /// The ID of the import task.
    #[shape(name = "importId")]
    pub import_id: Option<String>,
    /// The list of import batches that match the request filters.
    #[shape(name = "importBatches")]
    pub import_batches: Option<Vec<ImportBatch>>,
    /// The token to use when requesting the next set of results. Not present if there are no
    /// additional results to retrieve.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeImportTasks`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeImportTasksRequest {
    /// Optional filter to describe a specific import task by its ID.
    #[shape(name = "importId")]
    pub import_id: Option<String>,
    /// Optional filter to list imports by their status. Valid values are IN\_PROGRESS, CANCELLED,
    /// COMPLETED and FAILED.
    #[shape(name = "importStatus")]
    pub import_status: Option<ImportStatus>,
    /// Optional filter to list imports from a specific source
    #[shape(name = "importSourceArn")]
    pub import_source_arn: Option<String>,
    /// The maximum number of import tasks to return in the response. Default: 50
    #[shape(name = "limit")]
    pub limit: Option<i32>,
    /// The pagination token for the next set of results.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `DescribeImportTasks`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeImportTasksResponse {
    /// The list of import tasks that match the request filters.
    #[shape(name = "imports")]
    pub imports: Option<Vec<Import>>,
    /// The token to use when requesting the next set of results. Not present if there are no
    /// additional results to retrieve.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeIndexPolicies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeIndexPoliciesRequest {
    /// An array containing the name or ARN of the log group that you want to retrieve field index
    /// policies for.
    #[shape(name = "logGroupIdentifiers")]
    pub log_group_identifiers: Vec<String>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `DescribeIndexPolicies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeIndexPoliciesResponse {
    /// An array containing the field index policies.
    #[shape(name = "indexPolicies")]
    pub index_policies: Option<Vec<IndexPolicy>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeLogGroups`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeLogGroupsRequest {
    /// When `includeLinkedAccounts` is set to `true`, use this parameter to specify the list of
    /// accounts to search. You can specify as many as 20 account IDs in the array.
    #[shape(name = "accountIdentifiers")]
    pub account_identifiers: Option<Vec<String>>,
    /// The prefix to match.
    #[shape(name = "logGroupNamePrefix")]
    pub log_group_name_prefix: Option<String>,
    /// If you specify a string for this parameter, the operation returns only log groups that have
    /// names that match the string based on a case-sensitive substring search. For example, if you
    /// specify `DataLogs`, log groups named `DataLogs`, `aws/DataLogs`, and `GroupDataLogs` would
    /// match, but `datalogs`, `Data/log/s` and `Groupdata` would not match.
    #[shape(name = "logGroupNamePattern")]
    pub log_group_name_pattern: Option<String>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of items returned. If you don't specify a value, the default is up to 50
    /// items.
    #[shape(name = "limit")]
    pub limit: Option<i32>,
    /// If you are using a monitoring account, set this to `true` to have the operation return log
    /// groups in the accounts listed in `accountIdentifiers`.
    #[shape(name = "includeLinkedAccounts")]
    pub include_linked_accounts: Option<bool>,
    /// Use this parameter to limit the results to only those log groups in the specified log group
    /// class. If you omit this parameter, log groups of all classes can be returned.
    #[shape(name = "logGroupClass")]
    pub log_group_class: Option<LogGroupClass>,
    /// Use this array to filter the list of log groups returned. If you specify this parameter, the
    /// only other filter that you can choose to specify is `includeLinkedAccounts`.
    #[shape(name = "logGroupIdentifiers")]
    pub log_group_identifiers: Option<Vec<String>>,
}

/// The output of `DescribeLogGroups`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeLogGroupsResponse {
    /// An array of structures, where each structure contains the information about one log group.
    #[shape(name = "logGroups")]
    pub log_groups: Option<Vec<LogGroup>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeLogStreams`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeLogStreamsRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: Option<String>,
    /// Specify either the name or ARN of the log group to view. If the log group is in a source
    /// account and you are using a monitoring account, you must use the log group ARN.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: Option<String>,
    /// The prefix to match.
    #[shape(name = "logStreamNamePrefix")]
    pub log_stream_name_prefix: Option<String>,
    /// If the value is `LogStreamName`, the results are ordered by log stream name. If the value is
    /// `LastEventTime`, the results are ordered by the event time. The default value is
    /// `LogStreamName`.
    #[shape(name = "orderBy")]
    pub order_by: Option<OrderBy>,
    /// If the value is true, results are returned in descending order. If the value is to false,
    /// results are returned in ascending order. The default value is false.
    #[shape(name = "descending")]
    pub descending: Option<bool>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of items returned. If you don't specify a value, the default is up to 50
    /// items.
    #[shape(name = "limit")]
    pub limit: Option<i32>,
}

/// The output of `DescribeLogStreams`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeLogStreamsResponse {
    /// The log streams.
    #[shape(name = "logStreams")]
    pub log_streams: Option<Vec<LogStream>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeLookupTables`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeLookupTablesRequest {
    /// A prefix to filter lookup tables by name. Only tables whose names start with this prefix are
    /// returned. If you don't specify a prefix, all tables in the account and Region are returned.
    #[shape(name = "lookupTableNamePrefix")]
    pub lookup_table_name_prefix: Option<String>,
    /// The maximum number of lookup tables to return in the response. The default value is 50 and
    /// the maximum value is 100.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `DescribeLookupTables`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeLookupTablesResponse {
    /// An array of structures, where each structure contains metadata about one lookup table.
    #[shape(name = "lookupTables")]
    pub lookup_tables: Option<Vec<LookupTable>>,
    /// The token to use when requesting the next set of items.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeMetricFilters`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMetricFiltersRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: Option<String>,
    /// The prefix to match. CloudWatch Logs uses the value that you set here only if you also
    /// include the `logGroupName` parameter in your request.
    #[shape(name = "filterNamePrefix")]
    pub filter_name_prefix: Option<String>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of items returned. If you don't specify a value, the default is up to 50
    /// items.
    #[shape(name = "limit")]
    pub limit: Option<i32>,
    /// Filters results to include only those with the specified metric name. If you include this
    /// parameter in your request, you must also include the `metricNamespace` parameter.
    #[shape(name = "metricName")]
    pub metric_name: Option<String>,
    /// Filters results to include only those in the specified namespace. If you include this
    /// parameter in your request, you must also include the `metricName` parameter.
    #[shape(name = "metricNamespace")]
    pub metric_namespace: Option<String>,
}

/// The output of `DescribeMetricFilters`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeMetricFiltersResponse {
    /// The metric filters.
    #[shape(name = "metricFilters")]
    pub metric_filters: Option<Vec<MetricFilter>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeQueries`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeQueriesRequest {
    /// Limits the returned queries to only those for the specified log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: Option<String>,
    /// Limits the returned queries to only those that have the specified status. Valid values are
    /// `Cancelled`, `Complete`, `Failed`, `Running`, and `Scheduled`.
    #[shape(name = "status")]
    pub status: Option<QueryStatus>,
    /// Limits the number of returned queries to the specified number.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// Limits the returned queries to only the queries that use the specified query language.
    #[shape(name = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
}

/// The output of `DescribeQueries`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeQueriesResponse {
    /// The list of queries that match the request.
    #[shape(name = "queries")]
    pub queries: Option<Vec<QueryInfo>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeQueryDefinitions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeQueryDefinitionsRequest {
    /// The query language used for this query. For more information about the query languages that
    /// CloudWatch Logs supports, see [Supported query
    /// languages](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_Languages.html).
    #[shape(name = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
    /// Use this parameter to filter your results to only the query definitions that have names that
    /// start with the prefix you specify.
    #[shape(name = "queryDefinitionNamePrefix")]
    pub query_definition_name_prefix: Option<String>,
    /// Limits the number of returned query definitions to the specified number.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `DescribeQueryDefinitions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeQueryDefinitionsResponse {
    /// The list of query definitions that match your request.
    #[shape(name = "queryDefinitions")]
    pub query_definitions: Option<Vec<QueryDefinition>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeResourcePolicies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeResourcePoliciesRequest {
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of resource policies to be displayed with one call of this API.
    #[shape(name = "limit")]
    pub limit: Option<i32>,
    /// The ARN of the CloudWatch Logs resource for which to query the resource policy.
    #[shape(name = "resourceArn")]
    pub resource_arn: Option<String>,
    /// Specifies the scope of the resource policy. Valid values are `ACCOUNT` or `RESOURCE`. When
    /// not specified, defaults to `ACCOUNT`.
    #[shape(name = "policyScope")]
    pub policy_scope: Option<PolicyScope>,
}

/// The output of `DescribeResourcePolicies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeResourcePoliciesResponse {
    /// The resource policies that exist in this account.
    #[shape(name = "resourcePolicies")]
    pub resource_policies: Option<Vec<ResourcePolicy>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `DescribeSubscriptionFilters`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeSubscriptionFiltersRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: String,
    /// The prefix to match. If you don't specify a value, no prefix filter is applied.
    #[shape(name = "filterNamePrefix")]
    pub filter_name_prefix: Option<String>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of items returned. If you don't specify a value, the default is up to 50
    /// items.
    #[shape(name = "limit")]
    pub limit: Option<i32>,
}

/// The output of `DescribeSubscriptionFilters`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeSubscriptionFiltersResponse {
    /// The subscription filters.
    #[shape(name = "subscriptionFilters")]
    pub subscription_filters: Option<Vec<SubscriptionFilter>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// Represents a cross-account destination that receives subscription log events.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Destination {
    /// The name of the destination.
    #[shape(name = "destinationName")]
    pub destination_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the physical target where the log events are delivered
    /// (for example, a Kinesis stream).
    #[shape(name = "targetArn")]
    pub target_arn: Option<String>,
    /// A role for impersonation, used when delivering log events to the target.
    #[shape(name = "roleArn")]
    pub role_arn: Option<String>,
    /// An IAM policy document that governs which Amazon Web Services accounts can create
    /// subscription filters against this destination.
    #[shape(name = "accessPolicy")]
    pub access_policy: Option<String>,
    /// The ARN of this destination.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The creation time of the destination, expressed as the number of milliseconds after Jan 1,
    /// 1970 00:00:00 UTC.
    #[shape(name = "creationTime")]
    pub creation_time: Option<i64>,
}

/// Configuration for where to deliver scheduled query results. Specifies the destination type and
/// associated settings for result delivery.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DestinationConfiguration {
    /// Configuration for delivering query results to Amazon S3.
    #[shape(name = "s3Configuration")]
    pub s3_configuration: S3Configuration,
}

/// The input of `DisassociateKmsKey`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisassociateKmsKeyRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: Option<String>,
    /// Specifies the target for this operation. You must specify one of the following:
    #[shape(name = "resourceIdentifier")]
    pub resource_identifier: Option<String>,
}

/// The input of `DisassociateSourceFromS3TableIntegration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisassociateSourceFromS3TableIntegrationRequest {
    /// The unique identifier of the association to remove between the data source and S3 Table
    /// Integration.
    #[shape(name = "identifier")]
    pub identifier: String,
}

/// The output of `DisassociateSourceFromS3TableIntegration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisassociateSourceFromS3TableIntegrationResponse {
    /// The unique identifier of the association that was removed.
    #[shape(name = "identifier")]
    pub identifier: Option<String>,
}

/// The method used to distribute log data to the destination, which can be either random or grouped
/// by log stream.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Distribution {
    /// `Random`
    #[default]
    Random,
    /// `ByLogStream`
    ByLogStream,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The entity associated with the log events in a `PutLogEvents` call.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Entity {
    /// The attributes of the entity which identify the specific entity, as a list of key-value
    /// pairs. Entities with the same `keyAttributes` are considered to be the same entity.
    #[shape(name = "keyAttributes")]
    pub key_attributes: Option<HashMap<String, String>>,
    /// Additional attributes of the entity that are not used to specify the identity of the entity.
    /// A list of key-value pairs.
    #[shape(name = "attributes")]
    pub attributes: Option<HashMap<String, String>>,
}

/// The model's `EntityRejectionErrorType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EntityRejectionErrorType {
    /// `InvalidEntity`
    #[default]
    InvalidEntity,
    /// `InvalidTypeValue`
    InvalidTypeValue,
    /// `InvalidKeyAttributes`
    InvalidKeyAttributes,
    /// `InvalidAttributes`
    InvalidAttributes,
    /// `EntitySizeTooLarge`
    EntitySizeTooLarge,
    /// `UnsupportedLogGroupType`
    UnsupportedLogGroupType,
    /// `MissingRequiredFields`
    MissingRequiredFields,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `EvaluationFrequency`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EvaluationFrequency {
    /// `ONE_MIN`
    #[default]
    #[shape(name = "ONE_MIN")]
    OneMin,
    /// `FIVE_MIN`
    #[shape(name = "FIVE_MIN")]
    FiveMin,
    /// `TEN_MIN`
    #[shape(name = "TEN_MIN")]
    TenMin,
    /// `FIFTEEN_MIN`
    #[shape(name = "FIFTEEN_MIN")]
    FifteenMin,
    /// `THIRTY_MIN`
    #[shape(name = "THIRTY_MIN")]
    ThirtyMin,
    /// `ONE_HOUR`
    #[shape(name = "ONE_HOUR")]
    OneHour,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `EventSource`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EventSource {
    /// `CloudTrail`
    #[default]
    CloudTrail,
    /// `Route53Resolver`
    Route53Resolver,
    /// `VPCFlow`
    VPCFlow,
    /// `EKSAudit`
    EKSAudit,
    /// `AWSWAF`
    #[shape(name = "AWSWAF")]
    Awswaf,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ExecutionStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExecutionStatus {
    /// `Running`
    #[default]
    Running,
    /// `InvalidQuery`
    InvalidQuery,
    /// `Complete`
    Complete,
    /// `Failed`
    Failed,
    /// `Timeout`
    Timeout,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents an export task.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExportTask {
    /// The ID of the export task.
    #[shape(name = "taskId")]
    pub task_id: Option<String>,
    /// The name of the export task.
    #[shape(name = "taskName")]
    pub task_name: Option<String>,
    /// The name of the log group from which logs data was exported.
    #[shape(name = "logGroupName")]
    pub log_group_name: Option<String>,
    /// The start time, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    /// Events with a timestamp before this time are not exported.
    #[shape(name = "from")]
    pub from: Option<i64>,
    /// The end time, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`.
    /// Events with a timestamp later than this time are not exported.
    #[shape(name = "to")]
    pub to: Option<i64>,
    /// The name of the S3 bucket to which the log data was exported.
    #[shape(name = "destination")]
    pub destination: Option<String>,
    /// The prefix that was used as the start of Amazon S3 key for every object exported.
    #[shape(name = "destinationPrefix")]
    pub destination_prefix: Option<String>,
    /// The status of the export task.
    #[shape(name = "status")]
    pub status: Option<ExportTaskStatus>,
    /// Execution information about the export task.
    #[shape(name = "executionInfo")]
    pub execution_info: Option<ExportTaskExecutionInfo>,
}

/// Represents the status of an export task.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExportTaskExecutionInfo {
    /// The creation time of the export task, expressed as the number of milliseconds after `Jan 1,
    /// 1970 00:00:00 UTC`.
    #[shape(name = "creationTime")]
    pub creation_time: Option<i64>,
    /// The completion time of the export task, expressed as the number of milliseconds after `Jan
    /// 1, 1970 00:00:00 UTC`.
    #[shape(name = "completionTime")]
    pub completion_time: Option<i64>,
}

/// Represents the status of an export task.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExportTaskStatus {
    /// The status code of the export task.
    #[shape(name = "code")]
    pub code: Option<ExportTaskStatusCode>,
    /// The status message related to the status code.
    #[shape(name = "message")]
    pub message: Option<String>,
}

/// The model's `ExportTaskStatusCode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExportTaskStatusCode {
    /// `CANCELLED`
    #[default]
    #[shape(name = "CANCELLED")]
    Cancelled,
    /// `COMPLETED`
    #[shape(name = "COMPLETED")]
    Completed,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `PENDING`
    #[shape(name = "PENDING")]
    Pending,
    /// `PENDING_CANCEL`
    #[shape(name = "PENDING_CANCEL")]
    PendingCancel,
    /// `RUNNING`
    #[shape(name = "RUNNING")]
    Running,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This structure describes one log event field that is used as an index in at least one index
/// policy in this account.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FieldIndex {
    /// If this field index appears in an index policy that applies only to a single log group, the
    /// ARN of that log group is displayed here.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: Option<String>,
    /// The string that this field index matches.
    #[shape(name = "fieldIndexName")]
    pub field_index_name: Option<String>,
    /// The most recent time that CloudWatch Logs scanned ingested log events to search for this
    /// field index to improve the speed of future CloudWatch Logs Insights queries that search for
    /// this field index.
    #[shape(name = "lastScanTime")]
    pub last_scan_time: Option<i64>,
    /// The time and date of the earliest log event that matches this field index, after the index
    /// policy that contains it was created.
    #[shape(name = "firstEventTime")]
    pub first_event_time: Option<i64>,
    /// The time and date of the most recent log event that matches this field index.
    #[shape(name = "lastEventTime")]
    pub last_event_time: Option<i64>,
    /// The type of index. Specify `FACET` for facet-based indexing or `FIELD_INDEX` for field-based
    /// indexing. This determines how the field is indexed and can be queried.
    #[shape(name = "type")]
    pub r#type: Option<IndexType>,
}

/// A structure containing the extracted fields from a log event. These fields are extracted based
/// on the log format and can be used for structured querying and analysis.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FieldsData {
    /// The actual log data content returned in the streaming response. This contains the fields and
    /// values of the log event in a structured format that can be parsed and processed by the
    /// client.
    #[shape(name = "data")]
    pub data: Option<Blob>,
}

/// The input of `FilterLogEvents`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FilterLogEventsRequest {
    /// The name of the log group to search.
    #[shape(name = "logGroupName")]
    pub log_group_name: Option<String>,
    /// Specify either the name or ARN of the log group to view log events from. If the log group is
    /// in a source account and you are using a monitoring account, you must use the log group ARN.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: Option<String>,
    /// Filters the results to only logs from the log streams in this list.
    #[shape(name = "logStreamNames")]
    pub log_stream_names: Option<Vec<String>>,
    /// Filters the results to include only events from log streams that have names starting with
    /// this prefix.
    #[shape(name = "logStreamNamePrefix")]
    pub log_stream_name_prefix: Option<String>,
    /// The start of the time range, expressed as the number of milliseconds after `Jan 1, 1970
    /// 00:00:00 UTC`. Events with a timestamp before this time are not returned.
    #[shape(name = "startTime")]
    pub start_time: Option<i64>,
    /// The end of the time range, expressed as the number of milliseconds after `Jan 1, 1970
    /// 00:00:00 UTC`. Events with a timestamp later than this time are not returned.
    #[shape(name = "endTime")]
    pub end_time: Option<i64>,
    /// The filter pattern to use. For more information, see [Filter and Pattern
    /// Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html).
    #[shape(name = "filterPattern")]
    pub filter_pattern: Option<String>,
    /// The token for the next set of events to return. (You received this token from a previous
    /// call.)
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of events to return. The default is 10,000 events.
    #[shape(name = "limit")]
    pub limit: Option<i32>,
    /// If the value is true, the operation attempts to provide responses that contain events from
    /// multiple log streams within the log group, interleaved in a single response. If the value is
    /// false, all the matched log events in the first log stream are searched first, then those in
    /// the next log stream, and so on.
    #[shape(name = "interleaved")]
    pub interleaved: Option<bool>,
    /// Specify `true` to display the log event fields with all sensitive data unmasked and visible.
    /// The default is `false`.
    #[shape(name = "unmask")]
    pub unmask: Option<bool>,
}

/// The output of `FilterLogEvents`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FilterLogEventsResponse {
    /// The matched events.
    #[shape(name = "events")]
    pub events: Option<Vec<FilteredLogEvent>>,
    /// **Important** As of May 15, 2020, this parameter is no longer supported. This parameter
    /// returns an empty list.
    #[shape(name = "searchedLogStreams")]
    pub searched_log_streams: Option<Vec<SearchedLogStream>>,
    /// The token to use when requesting the next set of items. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// Represents a matched event.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FilteredLogEvent {
    /// The name of the log stream to which this event belongs.
    #[shape(name = "logStreamName")]
    pub log_stream_name: Option<String>,
    /// The time the event occurred, expressed as the number of milliseconds after `Jan 1, 1970
    /// 00:00:00 UTC`.
    #[shape(name = "timestamp")]
    pub timestamp: Option<i64>,
    /// The data contained in the log event.
    #[shape(name = "message")]
    pub message: Option<String>,
    /// The time the event was ingested, expressed as the number of milliseconds after `Jan 1, 1970
    /// 00:00:00 UTC`.
    #[shape(name = "ingestionTime")]
    pub ingestion_time: Option<i64>,
    /// The ID of the event.
    #[shape(name = "eventId")]
    pub event_id: Option<String>,
}

/// The model's `FlattenedElement`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum FlattenedElement {
    /// `first`
    #[default]
    #[shape(name = "first")]
    First,
    /// `last`
    #[shape(name = "last")]
    Last,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `GetDataProtectionPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDataProtectionPolicyRequest {
    /// The name or ARN of the log group that contains the data protection policy that you want to
    /// see.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: String,
}

/// The output of `GetDataProtectionPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDataProtectionPolicyResponse {
    /// The log group name or ARN that you specified in your request.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: Option<String>,
    /// The data protection policy document for this log group.
    #[shape(name = "policyDocument")]
    pub policy_document: Option<String>,
    /// The date and time that this policy was most recently updated.
    #[shape(name = "lastUpdatedTime")]
    pub last_updated_time: Option<i64>,
}

/// The input of `GetDeliveryDestinationPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDeliveryDestinationPolicyRequest {
    /// The name of the delivery destination that you want to retrieve the policy of.
    #[shape(name = "deliveryDestinationName")]
    pub delivery_destination_name: String,
}

/// The output of `GetDeliveryDestinationPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDeliveryDestinationPolicyResponse {
    /// The IAM policy for this delivery destination.
    #[shape(name = "policy")]
    pub policy: Option<Policy>,
}

/// The input of `GetDeliveryDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDeliveryDestinationRequest {
    /// The name of the delivery destination that you want to retrieve.
    #[shape(name = "name")]
    pub name: String,
}

/// The output of `GetDeliveryDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDeliveryDestinationResponse {
    /// A structure containing information about the delivery destination.
    #[shape(name = "deliveryDestination")]
    pub delivery_destination: Option<DeliveryDestination>,
}

/// The input of `GetDelivery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDeliveryRequest {
    /// The ID of the delivery that you want to retrieve.
    #[shape(name = "id")]
    pub id: String,
}

/// The output of `GetDelivery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDeliveryResponse {
    /// A structure that contains information about the delivery.
    #[shape(name = "delivery")]
    pub delivery: Option<Delivery>,
}

/// The input of `GetDeliverySource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDeliverySourceRequest {
    /// The name of the delivery source that you want to retrieve.
    #[shape(name = "name")]
    pub name: String,
}

/// The output of `GetDeliverySource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDeliverySourceResponse {
    /// A structure containing information about the delivery source.
    #[shape(name = "deliverySource")]
    pub delivery_source: Option<DeliverySource>,
}

/// The input of `GetIntegration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetIntegrationRequest {
    /// The name of the integration that you want to find information about. To find the name of
    /// your integration, use
    /// [ListIntegrations](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListIntegrations.html)
    #[shape(name = "integrationName")]
    pub integration_name: String,
}

/// The output of `GetIntegration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetIntegrationResponse {
    /// The name of the integration.
    #[shape(name = "integrationName")]
    pub integration_name: Option<String>,
    /// The type of integration. Integrations with OpenSearch Service have the type `OPENSEARCH`.
    #[shape(name = "integrationType")]
    pub integration_type: Option<IntegrationType>,
    /// The current status of this integration.
    #[shape(name = "integrationStatus")]
    pub integration_status: Option<IntegrationStatus>,
    /// A structure that contains information about the integration configuration. For an
    /// integration with OpenSearch Service, this includes information about OpenSearch Service
    /// resources such as the collection, the workspace, and policies.
    #[shape(name = "integrationDetails")]
    pub integration_details: Option<IntegrationDetails>,
}

/// The input of `GetLogAnomalyDetector`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLogAnomalyDetectorRequest {
    /// The ARN of the anomaly detector to retrieve information about. You can find the ARNs of log
    /// anomaly detectors in your account by using the
    /// [ListLogAnomalyDetectors](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListLogAnomalyDetectors.html)
    /// operation.
    #[shape(name = "anomalyDetectorArn")]
    pub anomaly_detector_arn: String,
}

/// The output of `GetLogAnomalyDetector`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLogAnomalyDetectorResponse {
    /// The name of the log anomaly detector
    #[shape(name = "detectorName")]
    pub detector_name: Option<String>,
    /// An array of structures, where each structure contains the ARN of a log group associated with
    /// this anomaly detector.
    #[shape(name = "logGroupArnList")]
    pub log_group_arn_list: Option<Vec<String>>,
    /// Specifies how often the anomaly detector runs and look for anomalies. Set this value
    /// according to the frequency that the log group receives new logs. For example, if the log
    /// group receives new log events every 10 minutes, then setting `evaluationFrequency` to
    /// `FIFTEEN_MIN` might be appropriate.
    #[shape(name = "evaluationFrequency")]
    pub evaluation_frequency: Option<EvaluationFrequency>,
    /// A symbolic description of how CloudWatch Logs should interpret the data in each log event.
    /// For example, a log event can contain timestamps, IP addresses, strings, and so on. You use
    /// the filter pattern to specify what to look for in the log event message.
    #[shape(name = "filterPattern")]
    pub filter_pattern: Option<String>,
    /// Specifies whether the anomaly detector is currently active. To change its status, use the
    /// `enabled` parameter in the
    /// [UpdateLogAnomalyDetector](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateLogAnomalyDetector.html)
    /// operation.
    #[shape(name = "anomalyDetectorStatus")]
    pub anomaly_detector_status: Option<AnomalyDetectorStatus>,
    /// The ARN of the KMS key assigned to this anomaly detector, if any.
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
    /// The date and time when this anomaly detector was created.
    #[shape(name = "creationTimeStamp")]
    pub creation_time_stamp: Option<i64>,
    /// The date and time when this anomaly detector was most recently modified.
    #[shape(name = "lastModifiedTimeStamp")]
    pub last_modified_time_stamp: Option<i64>,
    /// The number of days used as the life cycle of anomalies. After this time, anomalies are
    /// automatically baselined and the anomaly detector model will treat new occurrences of similar
    /// event as normal.
    #[shape(name = "anomalyVisibilityTime")]
    pub anomaly_visibility_time: Option<i64>,
}

/// The input of `GetLogEvents`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLogEventsRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: Option<String>,
    /// Specify either the name or ARN of the log group to view events from. If the log group is in
    /// a source account and you are using a monitoring account, you must use the log group ARN.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: Option<String>,
    /// The name of the log stream.
    #[shape(name = "logStreamName")]
    pub log_stream_name: String,
    /// The start of the time range, expressed as the number of milliseconds after `Jan 1, 1970
    /// 00:00:00 UTC`. Events with a timestamp equal to this time or later than this time are
    /// included. Events with a timestamp earlier than this time are not included.
    #[shape(name = "startTime")]
    pub start_time: Option<i64>,
    /// The end of the time range, expressed as the number of milliseconds after `Jan 1, 1970
    /// 00:00:00 UTC`. Events with a timestamp equal to or later than this time are not included.
    #[shape(name = "endTime")]
    pub end_time: Option<i64>,
    /// The token for the next set of items to return. (You received this token from a previous
    /// call.)
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of log events returned. If you don't specify a limit, the default is as
    /// many log events as can fit in a response size of 1 MB (up to 10,000 log events).
    #[shape(name = "limit")]
    pub limit: Option<i32>,
    /// If the value is true, the earliest log events are returned first. If the value is false, the
    /// latest log events are returned first. The default value is false.
    #[shape(name = "startFromHead")]
    pub start_from_head: Option<bool>,
    /// Specify `true` to display the log event fields with all sensitive data unmasked and visible.
    /// The default is `false`.
    #[shape(name = "unmask")]
    pub unmask: Option<bool>,
}

/// The output of `GetLogEvents`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLogEventsResponse {
    /// The events.
    #[shape(name = "events")]
    pub events: Option<Vec<OutputLogEvent>>,
    /// The token for the next set of items in the forward direction. The token expires after 24
    /// hours. If you have reached the end of the stream, it returns the same token you passed in.
    #[shape(name = "nextForwardToken")]
    pub next_forward_token: Option<String>,
    /// The token for the next set of items in the backward direction. The token expires after 24
    /// hours. This token is not null. If you have reached the end of the stream, it returns the
    /// same token you passed in.
    #[shape(name = "nextBackwardToken")]
    pub next_backward_token: Option<String>,
}

/// The input of `GetLogFields`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLogFieldsRequest {
    /// The name of the data source to retrieve log fields for.
    #[shape(name = "dataSourceName")]
    pub data_source_name: String,
    /// The type of the data source to retrieve log fields for.
    #[shape(name = "dataSourceType")]
    pub data_source_type: String,
}

/// The output of `GetLogFields`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLogFieldsResponse {
    /// The list of log fields for the specified data source, including field names and their data
    /// types.
    #[shape(name = "logFields")]
    pub log_fields: Option<Vec<LogFieldsListItem>>,
}

/// The input of `GetLogGroupFields`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLogGroupFieldsRequest {
    /// The name of the log group to search.
    #[shape(name = "logGroupName")]
    pub log_group_name: Option<String>,
    /// The time to set as the center of the query. If you specify `time`, the 8 minutes before and
    /// 8 minutes after this time are searched. If you omit `time`, the most recent 15 minutes up to
    /// the current time are searched.
    #[shape(name = "time")]
    pub time: Option<i64>,
    /// Specify either the name or ARN of the log group to view. If the log group is in a source
    /// account and you are using a monitoring account, you must specify the ARN.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: Option<String>,
}

/// The output of `GetLogGroupFields`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLogGroupFieldsResponse {
    /// The array of fields found in the query. Each object in the array contains the name of the
    /// field, along with the percentage of time it appeared in the log events that were queried.
    #[shape(name = "logGroupFields")]
    pub log_group_fields: Option<Vec<LogGroupField>>,
}

/// The parameters for the GetLogObject operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLogObjectRequest {
    /// A boolean flag that indicates whether to unmask sensitive log data. When set to true, any
    /// masked or redacted data in the log object will be displayed in its original form. Default is
    /// false.
    #[shape(name = "unmask")]
    pub unmask: Option<bool>,
    /// A pointer to the specific log object to retrieve. This is a required parameter that uniquely
    /// identifies the log object within CloudWatch Logs. The pointer is typically obtained from a
    /// previous query or filter operation.
    #[shape(name = "logObjectPointer")]
    pub log_object_pointer: String,
}

/// The response from the GetLogObject operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLogObjectResponse {
    /// A stream of structured log data returned by the GetLogObject operation. This stream contains
    /// log events with their associated metadata and extracted fields.
    #[shape(name = "fieldStream")]
    pub field_stream: Option<GetLogObjectResponseStream>,
}

/// A stream of structured log data returned by the GetLogObject operation. This stream contains log
/// events with their associated metadata and extracted fields.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(event_stream)]
pub struct GetLogObjectResponseStream {
    /// A structure containing the extracted fields from a log event. These fields are extracted
    /// based on the log format and can be used for structured querying and analysis.
    #[shape(name = "fields")]
    pub fields: Option<FieldsData>,
    /// An internal error occurred during the streaming of log data. This exception is thrown when
    /// there's an issue with the internal streaming mechanism used by the GetLogObject operation.
    pub internal_streaming_exception: Option<InternalStreamingException>,
}

/// The input of `GetLogRecord`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLogRecordRequest {
    /// The pointer corresponding to the log event record you want to retrieve. You get this from
    /// the response of a `GetQueryResults` operation. In that response, the value of the `@ptr`
    /// field for a log event is the value to use as `logRecordPointer` to retrieve that complete
    /// log event record.
    #[shape(name = "logRecordPointer")]
    pub log_record_pointer: String,
    /// Specify `true` to display the log event fields with all sensitive data unmasked and visible.
    /// The default is `false`.
    #[shape(name = "unmask")]
    pub unmask: Option<bool>,
}

/// The output of `GetLogRecord`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLogRecordResponse {
    /// The requested log event, as a JSON string.
    #[shape(name = "logRecord")]
    pub log_record: Option<HashMap<String, String>>,
}

/// The input of `GetLookupTable`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLookupTableRequest {
    /// The ARN of the lookup table to retrieve.
    #[shape(name = "lookupTableArn")]
    pub lookup_table_arn: String,
}

/// The output of `GetLookupTable`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetLookupTableResponse {
    /// The ARN of the lookup table.
    #[shape(name = "lookupTableArn")]
    pub lookup_table_arn: Option<String>,
    /// The name of the lookup table.
    #[shape(name = "lookupTableName")]
    pub lookup_table_name: Option<String>,
    /// The description of the lookup table.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The full CSV content of the lookup table.
    #[shape(name = "tableBody")]
    pub table_body: Option<String>,
    /// The size of the lookup table in bytes.
    #[shape(name = "sizeBytes")]
    pub size_bytes: Option<i64>,
    /// The time when the lookup table was last updated, expressed as the number of milliseconds
    /// after `Jan 1, 1970 00:00:00 UTC`.
    #[shape(name = "lastUpdatedTime")]
    pub last_updated_time: Option<i64>,
    /// The ARN of the KMS key used to encrypt the lookup table data, if applicable.
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
}

/// The input of `GetQueryResults`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueryResultsRequest {
    /// The ID number of the query.
    #[shape(name = "queryId")]
    pub query_id: String,
    /// The token for the next set of items to return. The token expires after 1 hour.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of log events to return in the response. The maximum is 10,000 log events
    /// per request. You can retrieve up to 100,000 log event results from a query by paginating
    /// with the `nextToken`.
    #[shape(name = "maxItems")]
    pub max_items: Option<i32>,
}

/// The output of `GetQueryResults`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetQueryResultsResponse {
    /// The query language used for this query. For more information about the query languages that
    /// CloudWatch Logs supports, see [Supported query
    /// languages](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_Languages.html).
    #[shape(name = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
    /// The log events that matched the query criteria during the most recent time it ran.
    #[shape(name = "results")]
    pub results: Option<Vec<Vec<ResultField>>>,
    /// Includes the number of log events scanned by the query, the number of log events that
    /// matched the query criteria, and the total number of bytes in the scanned log events. These
    /// values reflect the full raw results of the query.
    #[shape(name = "statistics")]
    pub statistics: Option<QueryStatistics>,
    /// The status of the most recent running of the query. Possible values are `Cancelled`,
    /// `Complete`, `Failed`, `Running`, `Scheduled`, `Timeout`, and `Unknown`.
    #[shape(name = "status")]
    pub status: Option<QueryStatus>,
    /// If you associated an KMS key with the CloudWatch Logs Insights query results in this
    /// account, this field displays the ARN of the key that's used to encrypt the query results
    /// when
    /// [StartQuery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html)
    /// stores them.
    #[shape(name = "encryptionKey")]
    pub encryption_key: Option<String>,
    /// If there are more log events remaining in the results, the response includes a `nextToken`.
    /// You can use this token in a subsequent `GetQueryResults` request to get the next set of
    /// results. You can retrieve up to 100,000 log event results from a query by paginating with
    /// this token.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `GetScheduledQueryHistory`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetScheduledQueryHistoryRequest {
    /// The ARN or name of the scheduled query to retrieve history for.
    #[shape(name = "identifier")]
    pub identifier: String,
    /// The start time for the history query in Unix epoch format.
    #[shape(name = "startTime")]
    pub start_time: i64,
    /// The end time for the history query in Unix epoch format.
    #[shape(name = "endTime")]
    pub end_time: i64,
    /// An array of execution statuses to filter the history results. Only executions with the
    /// specified statuses are returned.
    #[shape(name = "executionStatuses")]
    pub execution_statuses: Option<Vec<ExecutionStatus>>,
    /// The maximum number of history records to return. Valid range is 1 to 1000.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `GetScheduledQueryHistory`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetScheduledQueryHistoryResponse {
    /// The name of the scheduled query.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The ARN of the scheduled query.
    #[shape(name = "scheduledQueryArn")]
    pub scheduled_query_arn: Option<String>,
    /// An array of execution history records for the scheduled query.
    #[shape(name = "triggerHistory")]
    pub trigger_history: Option<Vec<TriggerHistoryRecord>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `GetScheduledQuery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetScheduledQueryRequest {
    /// The ARN or name of the scheduled query to retrieve.
    #[shape(name = "identifier")]
    pub identifier: String,
}

/// The output of `GetScheduledQuery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetScheduledQueryResponse {
    /// The ARN of the scheduled query.
    #[shape(name = "scheduledQueryArn")]
    pub scheduled_query_arn: Option<String>,
    /// The name of the scheduled query.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The description of the scheduled query.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The query language used by the scheduled query.
    #[shape(name = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
    /// The query string executed by the scheduled query.
    #[shape(name = "queryString")]
    pub query_string: Option<String>,
    /// The log groups queried by the scheduled query.
    #[shape(name = "logGroupIdentifiers")]
    pub log_group_identifiers: Option<Vec<String>>,
    /// The cron expression that defines when the scheduled query runs.
    #[shape(name = "scheduleExpression")]
    pub schedule_expression: Option<String>,
    /// The timezone used for evaluating the schedule expression.
    #[shape(name = "timezone")]
    pub timezone: Option<String>,
    /// The time offset in seconds that defines the lookback period for the query.
    #[shape(name = "startTimeOffset")]
    pub start_time_offset: Option<i64>,
    /// Configuration for where query results are delivered.
    #[shape(name = "destinationConfiguration")]
    pub destination_configuration: Option<DestinationConfiguration>,
    /// The current state of the scheduled query.
    #[shape(name = "state")]
    pub state: Option<ScheduledQueryState>,
    /// The timestamp when the scheduled query was last executed.
    #[shape(name = "lastTriggeredTime")]
    pub last_triggered_time: Option<i64>,
    /// The status of the most recent execution of the scheduled query.
    #[shape(name = "lastExecutionStatus")]
    pub last_execution_status: Option<ExecutionStatus>,
    /// The start time for the scheduled query in Unix epoch format.
    #[shape(name = "scheduleStartTime")]
    pub schedule_start_time: Option<i64>,
    /// The end time for the scheduled query in Unix epoch format.
    #[shape(name = "scheduleEndTime")]
    pub schedule_end_time: Option<i64>,
    /// The ARN of the IAM role used to execute the query and deliver results.
    #[shape(name = "executionRoleArn")]
    pub execution_role_arn: Option<String>,
    /// The timestamp when the scheduled query was created.
    #[shape(name = "creationTime")]
    pub creation_time: Option<i64>,
    /// The timestamp when the scheduled query was last updated.
    #[shape(name = "lastUpdatedTime")]
    pub last_updated_time: Option<i64>,
}

/// The input of `GetTransformer`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetTransformerRequest {
    /// Specify either the name or ARN of the log group to return transformer information for. If
    /// the log group is in a source account and you are using a monitoring account, you must use
    /// the log group ARN.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: String,
}

/// The output of `GetTransformer`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetTransformerResponse {
    /// The ARN of the log group that you specified in your request.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: Option<String>,
    /// The creation time of the transformer, expressed as the number of milliseconds after Jan 1,
    /// 1970 00:00:00 UTC.
    #[shape(name = "creationTime")]
    pub creation_time: Option<i64>,
    /// The date and time when this transformer was most recently modified, expressed as the number
    /// of milliseconds after Jan 1, 1970 00:00:00 UTC.
    #[shape(name = "lastModifiedTime")]
    pub last_modified_time: Option<i64>,
    /// This sructure contains the configuration of the requested transformer.
    #[shape(name = "transformerConfig")]
    pub transformer_config: Option<Vec<Processor>>,
}

/// This processor uses pattern matching to parse and structure unstructured data. This processor
/// can also extract fields from log messages.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Grok {
    /// The path to the field in the log event that you want to parse. If you omit this value, the
    /// whole log message is parsed.
    #[shape(name = "source")]
    pub source: Option<String>,
    /// The grok pattern to match against the log event. For a list of supported grok patterns, see
    /// [Supported grok
    /// patterns](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation-Configurable.html#CloudWatch-Logs-Transformation-Grok).
    #[shape(name = "match")]
    pub r#match: String,
}

/// A key-value pair that identifies how log groups are grouped in aggregate summaries.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GroupingIdentifier {
    /// The key that identifies the grouping characteristic. The format of the key uses dot
    /// notation. Examples are, `dataSource.Name`, `dataSource.Type`, and `dataSource.Format`.
    #[shape(name = "key")]
    pub key: Option<String>,
    /// The value associated with the grouping characteristic. Examples are `amazon_vpc`, `flow`,
    /// and `OCSF`.
    #[shape(name = "value")]
    pub value: Option<String>,
}

/// An import job to move data from CloudTrail Event Data Store to CloudWatch.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Import {
    /// The unique identifier of the import task.
    #[shape(name = "importId")]
    pub import_id: Option<String>,
    /// The ARN of the CloudTrail Lake Event Data Store being imported from.
    #[shape(name = "importSourceArn")]
    pub import_source_arn: Option<String>,
    /// The current status of the import task. Valid values are IN\_PROGRESS, CANCELLED, COMPLETED
    /// and FAILED.
    #[shape(name = "importStatus")]
    pub import_status: Option<ImportStatus>,
    /// The ARN of the managed CloudWatch Logs log group where the events are being imported to.
    #[shape(name = "importDestinationArn")]
    pub import_destination_arn: Option<String>,
    /// Statistics about the import progress
    #[shape(name = "importStatistics")]
    pub import_statistics: Option<ImportStatistics>,
    /// The filter criteria used for this import task.
    #[shape(name = "importFilter")]
    pub import_filter: Option<ImportFilter>,
    /// The timestamp when the import task was created, expressed as the number of milliseconds
    /// after Jan 1, 1970 00:00:00 UTC.
    #[shape(name = "creationTime")]
    pub creation_time: Option<i64>,
    /// The timestamp when the import task was last updated, expressed as the number of milliseconds
    /// after Jan 1, 1970 00:00:00 UTC.
    #[shape(name = "lastUpdatedTime")]
    pub last_updated_time: Option<i64>,
    /// Error message related to any failed imports
    #[shape(name = "errorMessage")]
    pub error_message: Option<String>,
}

/// A collection of events being imported to CloudWatch
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImportBatch {
    /// The unique identifier of the import batch.
    #[shape(name = "batchId")]
    pub batch_id: String,
    /// The current status of the import batch. Valid values are IN\_PROGRESS, CANCELLED, COMPLETED
    /// and FAILED.
    #[shape(name = "status")]
    pub status: ImportStatus,
    /// The error message if the batch failed to import. Only present when status is FAILED.
    #[shape(name = "errorMessage")]
    pub error_message: Option<String>,
}

/// The filter criteria used for import tasks
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImportFilter {
    /// The start of the time range for events to import, expressed as the number of milliseconds
    /// after Jan 1, 1970 00:00:00 UTC.
    #[shape(name = "startEventTime")]
    pub start_event_time: Option<i64>,
    /// The end of the time range for events to import, expressed as the number of milliseconds
    /// after Jan 1, 1970 00:00:00 UTC.
    #[shape(name = "endEventTime")]
    pub end_event_time: Option<i64>,
}

/// Statistics about the import progress
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImportStatistics {
    /// The total number of bytes that have been imported to the managed log group.
    #[shape(name = "bytesImported")]
    pub bytes_imported: Option<i64>,
}

/// The model's `ImportStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ImportStatus {
    /// `IN_PROGRESS`
    #[default]
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `CANCELLED`
    #[shape(name = "CANCELLED")]
    Cancelled,
    /// `COMPLETED`
    #[shape(name = "COMPLETED")]
    Completed,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This structure contains information about one field index policy in this account.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct IndexPolicy {
    /// The ARN of the log group that this index policy applies to.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: Option<String>,
    /// The date and time that this index policy was most recently updated.
    #[shape(name = "lastUpdateTime")]
    pub last_update_time: Option<i64>,
    /// The policy document for this index policy, in JSON format.
    #[shape(name = "policyDocument")]
    pub policy_document: Option<String>,
    /// The name of this policy. Responses about log group-level field index policies don't have
    /// this field, because those policies don't have names.
    #[shape(name = "policyName")]
    pub policy_name: Option<String>,
    /// This field indicates whether this is an account-level index policy or an index policy that
    /// applies only to a single log group.
    #[shape(name = "source")]
    pub source: Option<IndexSource>,
}

/// The model's `IndexSource`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum IndexSource {
    /// `ACCOUNT`
    #[default]
    #[shape(name = "ACCOUNT")]
    Account,
    /// `LOG_GROUP`
    #[shape(name = "LOG_GROUP")]
    LogGroup,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `IndexType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum IndexType {
    /// `FACET`
    #[default]
    #[shape(name = "FACET")]
    Facet,
    /// `FIELD_INDEX`
    #[shape(name = "FIELD_INDEX")]
    FieldIndex,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `InheritedProperty`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InheritedProperty {
    /// `ACCOUNT_DATA_PROTECTION`
    #[default]
    #[shape(name = "ACCOUNT_DATA_PROTECTION")]
    AccountDataProtection,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents a log event, which is a record of activity that was recorded by the application or
/// resource being monitored.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InputLogEvent {
    /// The time the event occurred, expressed as the number of milliseconds after `Jan 1, 1970
    /// 00:00:00 UTC`.
    #[shape(name = "timestamp")]
    pub timestamp: i64,
    /// The raw event message. Each log event can be no larger than 1 MB.
    #[shape(name = "message")]
    pub message: String,
}

/// This structure contains information about the integration configuration. For an integration with
/// OpenSearch Service, this includes information about OpenSearch Service resources such as the
/// collection, the workspace, and policies.
#[derive(Shape, Debug, Clone, PartialEq)]
pub enum IntegrationDetails {
    /// This structure contains complete information about one integration between CloudWatch Logs
    /// and OpenSearch Service.
    #[shape(name = "openSearchIntegrationDetails")]
    OpenSearchIntegrationDetails(OpenSearchIntegrationDetails),
    /// A member this model does not know: its name.
    #[shape(other)]
    Unknown(String),
}

/// The model's `IntegrationStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum IntegrationStatus {
    /// `PROVISIONING`
    #[default]
    #[shape(name = "PROVISIONING")]
    Provisioning,
    /// `ACTIVE`
    #[shape(name = "ACTIVE")]
    Active,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This structure contains information about one CloudWatch Logs integration. This structure is
/// returned by a
/// [ListIntegrations](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListIntegrations.html)
/// operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct IntegrationSummary {
    /// The name of this integration.
    #[shape(name = "integrationName")]
    pub integration_name: Option<String>,
    /// The type of integration. Integrations with OpenSearch Service have the type `OPENSEARCH`.
    #[shape(name = "integrationType")]
    pub integration_type: Option<IntegrationType>,
    /// The current status of this integration.
    #[shape(name = "integrationStatus")]
    pub integration_status: Option<IntegrationStatus>,
}

/// The model's `IntegrationType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum IntegrationType {
    /// `OPENSEARCH`
    #[default]
    #[shape(name = "OPENSEARCH")]
    Opensearch,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An internal error occurred during the streaming of log data. This exception is thrown when
/// there's an issue with the internal streaming mechanism used by the GetLogObject operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InternalStreamingException {
    /// `message`.
    #[shape(name = "message")]
    pub message: Option<String>,
}

/// The model's `ListAggregateLogGroupSummariesGroupBy`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ListAggregateLogGroupSummariesGroupBy {
    /// `DATA_SOURCE_NAME_TYPE_AND_FORMAT`
    #[default]
    #[shape(name = "DATA_SOURCE_NAME_TYPE_AND_FORMAT")]
    DataSourceNameTypeAndFormat,
    /// `DATA_SOURCE_NAME_AND_TYPE`
    #[shape(name = "DATA_SOURCE_NAME_AND_TYPE")]
    DataSourceNameAndType,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `ListAggregateLogGroupSummaries`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAggregateLogGroupSummariesRequest {
    /// When `includeLinkedAccounts` is set to `true`, use this parameter to specify the list of
    /// accounts to search. You can specify as many as 20 account IDs in the array.
    #[shape(name = "accountIdentifiers")]
    pub account_identifiers: Option<Vec<String>>,
    /// If you are using a monitoring account, set this to `true` to have the operation return log
    /// groups in the accounts listed in `accountIdentifiers`.
    #[shape(name = "includeLinkedAccounts")]
    pub include_linked_accounts: Option<bool>,
    /// Filters the results by log group class to include only log groups of the specified class.
    #[shape(name = "logGroupClass")]
    pub log_group_class: Option<LogGroupClass>,
    /// Use this parameter to limit the returned log groups to only those with names that match the
    /// pattern that you specify. This parameter is a regular expression that can match prefixes and
    /// substrings, and supports wildcard matching and matching multiple patterns, as in the
    /// following examples.
    #[shape(name = "logGroupNamePattern")]
    pub log_group_name_pattern: Option<String>,
    /// Filters the results by data source characteristics to include only log groups associated
    /// with the specified data sources.
    #[shape(name = "dataSources")]
    pub data_sources: Option<Vec<DataSourceFilter>>,
    /// Specifies how to group the log groups in the summary.
    #[shape(name = "groupBy")]
    pub group_by: ListAggregateLogGroupSummariesGroupBy,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of aggregated summaries to return. If you omit this parameter, the
    /// default is up to 50 aggregated summaries.
    #[shape(name = "limit")]
    pub limit: Option<i32>,
}

/// The output of `ListAggregateLogGroupSummaries`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAggregateLogGroupSummariesResponse {
    /// The list of aggregate log group summaries grouped by the specified data source
    /// characteristics.
    #[shape(name = "aggregateLogGroupSummaries")]
    pub aggregate_log_group_summaries: Option<Vec<AggregateLogGroupSummary>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListAnomalies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAnomaliesRequest {
    /// Use this to optionally limit the results to only the anomalies found by a certain anomaly
    /// detector.
    #[shape(name = "anomalyDetectorArn")]
    pub anomaly_detector_arn: Option<String>,
    /// You can specify this parameter if you want to the operation to return only anomalies that
    /// are currently either suppressed or unsuppressed.
    #[shape(name = "suppressionState")]
    pub suppression_state: Option<SuppressionState>,
    /// The maximum number of items to return. If you don't specify a value, the default maximum
    /// value of 50 items is used.
    #[shape(name = "limit")]
    pub limit: Option<i32>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `ListAnomalies`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAnomaliesResponse {
    /// An array of structures, where each structure contains information about one anomaly that a
    /// log anomaly detector has found.
    #[shape(name = "anomalies")]
    pub anomalies: Option<Vec<Anomaly>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListIntegrations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListIntegrationsRequest {
    /// To limit the results to integrations that start with a certain name prefix, specify that
    /// name prefix here.
    #[shape(name = "integrationNamePrefix")]
    pub integration_name_prefix: Option<String>,
    /// To limit the results to integrations of a certain type, specify that type here.
    #[shape(name = "integrationType")]
    pub integration_type: Option<IntegrationType>,
    /// To limit the results to integrations with a certain status, specify that status here.
    #[shape(name = "integrationStatus")]
    pub integration_status: Option<IntegrationStatus>,
}

/// The output of `ListIntegrations`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListIntegrationsResponse {
    /// An array, where each object in the array contains information about one CloudWatch Logs
    /// integration in this account.
    #[shape(name = "integrationSummaries")]
    pub integration_summaries: Option<Vec<IntegrationSummary>>,
}

/// The input of `ListLogAnomalyDetectors`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListLogAnomalyDetectorsRequest {
    /// Use this to optionally filter the results to only include anomaly detectors that are
    /// associated with the specified log group.
    #[shape(name = "filterLogGroupArn")]
    pub filter_log_group_arn: Option<String>,
    /// The maximum number of items to return. If you don't specify a value, the default maximum
    /// value of 50 items is used.
    #[shape(name = "limit")]
    pub limit: Option<i32>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `ListLogAnomalyDetectors`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListLogAnomalyDetectorsResponse {
    /// An array of structures, where each structure in the array contains information about one
    /// anomaly detector.
    #[shape(name = "anomalyDetectors")]
    pub anomaly_detectors: Option<Vec<AnomalyDetector>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListLogGroupsForQuery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListLogGroupsForQueryRequest {
    /// The ID of the query to use. This query ID is from the response to your
    /// [StartQuery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartQuery.html)
    /// operation.
    #[shape(name = "queryId")]
    pub query_id: String,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// Limits the number of returned log groups to the specified number.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
}

/// The output of `ListLogGroupsForQuery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListLogGroupsForQueryResponse {
    /// An array of the names and ARNs of the log groups that were processed in the query.
    #[shape(name = "logGroupIdentifiers")]
    pub log_group_identifiers: Option<Vec<String>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListLogGroups`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListLogGroupsRequest {
    /// Use this parameter to limit the returned log groups to only those with names that match the
    /// pattern that you specify. This parameter is a regular expression that can match prefixes and
    /// substrings, and supports wildcard matching and matching multiple patterns, as in the
    /// following examples.
    #[shape(name = "logGroupNamePattern")]
    pub log_group_name_pattern: Option<String>,
    /// Use this parameter to limit the results to only those log groups in the specified log group
    /// class. If you omit this parameter, log groups of all classes can be returned.
    #[shape(name = "logGroupClass")]
    pub log_group_class: Option<LogGroupClass>,
    /// If you are using a monitoring account, set this to `true` to have the operation return log
    /// groups in the accounts listed in `accountIdentifiers`.
    #[shape(name = "includeLinkedAccounts")]
    pub include_linked_accounts: Option<bool>,
    /// When `includeLinkedAccounts` is set to `true`, use this parameter to specify the list of
    /// accounts to search. You can specify as many as 20 account IDs in the array.
    #[shape(name = "accountIdentifiers")]
    pub account_identifiers: Option<Vec<String>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// The maximum number of log groups to return. If you omit this parameter, the default is up to
    /// 50 log groups.
    #[shape(name = "limit")]
    pub limit: Option<i32>,
    /// An array of data source filters to filter log groups by their associated data sources. You
    /// can filter by data source name, type, or both. Multiple filters within the same dimension
    /// are combined with OR logic, while filters across different dimensions are combined with AND
    /// logic.
    #[shape(name = "dataSources")]
    pub data_sources: Option<Vec<DataSourceFilter>>,
    /// An array of field index names to filter log groups that have specific field indexes. Only
    /// log groups containing all specified field indexes are returned. You can specify 1 to 20
    /// field index names, each with 1 to 512 characters.
    #[shape(name = "fieldIndexNames")]
    pub field_index_names: Option<Vec<String>>,
    /// An array of tag filters to return only log groups that have specific tags. Multiple filters
    /// are combined with AND logic.
    #[shape(name = "logGroupTags")]
    pub log_group_tags: Option<Vec<TagFilter>>,
}

/// The output of `ListLogGroups`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListLogGroupsResponse {
    /// An array of structures, where each structure contains the information about one log group.
    #[shape(name = "logGroups")]
    pub log_groups: Option<Vec<LogGroupSummary>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListScheduledQueries`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListScheduledQueriesRequest {
    /// The maximum number of scheduled queries to return. Valid range is 1 to 1000.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// Filter scheduled queries by state. Valid values are `ENABLED` and `DISABLED`. If not
    /// specified, all scheduled queries are returned.
    #[shape(name = "state")]
    pub state: Option<ScheduledQueryState>,
}

/// The output of `ListScheduledQueries`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListScheduledQueriesResponse {
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
    /// An array of scheduled query summary information.
    #[shape(name = "scheduledQueries")]
    pub scheduled_queries: Option<Vec<ScheduledQuerySummary>>,
}

/// The input of `ListSourcesForS3TableIntegration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSourcesForS3TableIntegrationRequest {
    /// The Amazon Resource Name (ARN) of the S3 Table Integration to list associations for.
    #[shape(name = "integrationArn")]
    pub integration_arn: String,
    /// The maximum number of associations to return in a single call. Valid range is 1 to 100.
    #[shape(name = "maxResults")]
    pub max_results: Option<i32>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The output of `ListSourcesForS3TableIntegration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListSourcesForS3TableIntegrationResponse {
    /// The list of data source associations for the specified S3 Table Integration.
    #[shape(name = "sources")]
    pub sources: Option<Vec<S3TableIntegrationSource>>,
    /// The token for the next set of items to return. The token expires after 24 hours.
    #[shape(name = "nextToken")]
    pub next_token: Option<String>,
}

/// The input of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceRequest {
    /// The ARN of the resource that you want to view tags for.
    #[shape(name = "resourceArn")]
    pub resource_arn: String,
}

/// The output of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceResponse {
    /// The list of tags associated with the requested resource.\>
    #[shape(name = "tags")]
    pub tags: Option<HashMap<String, String>>,
}

/// The input of `ListTagsLogGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsLogGroupRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: String,
}

/// The output of `ListTagsLogGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsLogGroupResponse {
    /// The tags for the log group.
    #[shape(name = "tags")]
    pub tags: Option<HashMap<String, String>>,
}

/// This processor takes a list of objects that contain key fields, and converts them into a map of
/// target keys.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListToMap {
    /// The key in the log event that has a list of objects that will be converted to a map.
    #[shape(name = "source")]
    pub source: String,
    /// The key of the field to be extracted as keys in the generated map
    #[shape(name = "key")]
    pub key: String,
    /// If this is specified, the values that you specify in this parameter will be extracted from
    /// the `source` objects and put into the values of the generated map. Otherwise, original
    /// objects in the source list will be put into the values of the generated map.
    #[shape(name = "valueKey")]
    pub value_key: Option<String>,
    /// The key of the field that will hold the generated map
    #[shape(name = "target")]
    pub target: Option<String>,
    /// A Boolean value to indicate whether the list will be flattened into single items. Specify
    /// `true` to flatten the list. The default is `false`
    #[shape(name = "flatten")]
    pub flatten: Option<bool>,
    /// If you set `flatten` to `true`, use `flattenedElement` to specify which element, `first` or
    /// `last`, to keep.
    #[shape(name = "flattenedElement")]
    pub flattened_element: Option<FlattenedElement>,
}

/// This object contains the information for one log event returned in a Live Tail stream.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LiveTailSessionLogEvent {
    /// The name of the log stream that ingested this log event.
    #[shape(name = "logStreamName")]
    pub log_stream_name: Option<String>,
    /// The name or ARN of the log group that ingested this log event.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: Option<String>,
    /// The log event message text.
    #[shape(name = "message")]
    pub message: Option<String>,
    /// The timestamp specifying when this log event was created.
    #[shape(name = "timestamp")]
    pub timestamp: Option<i64>,
    /// The timestamp specifying when this log event was ingested into the log group.
    #[shape(name = "ingestionTime")]
    pub ingestion_time: Option<i64>,
}

/// This object contains the metadata for one `LiveTailSessionUpdate` structure. It indicates
/// whether that update includes only a sample of 500 log events out of a larger number of ingested
/// log events, or if it contains all of the matching log events ingested during that second of
/// time.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LiveTailSessionMetadata {
    /// If this is `true`, then more than 500 log events matched the request for this update, and
    /// the `sessionResults` includes a sample of 500 of those events.
    #[shape(name = "sampled")]
    pub sampled: Option<bool>,
}

/// This object contains information about this Live Tail session, including the log groups included
/// and the log stream filters, if any.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LiveTailSessionStart {
    /// The unique ID generated by CloudWatch Logs to identify this Live Tail session request.
    #[shape(name = "requestId")]
    pub request_id: Option<String>,
    /// The unique ID generated by CloudWatch Logs to identify this Live Tail session.
    #[shape(name = "sessionId")]
    pub session_id: Option<String>,
    /// An array of the names and ARNs of the log groups included in this Live Tail session.
    #[shape(name = "logGroupIdentifiers")]
    pub log_group_identifiers: Option<Vec<String>>,
    /// If your StartLiveTail operation request included a `logStreamNames` parameter that filtered
    /// the session to only include certain log streams, these streams are listed here.
    #[shape(name = "logStreamNames")]
    pub log_stream_names: Option<Vec<String>>,
    /// If your StartLiveTail operation request included a `logStreamNamePrefixes` parameter that
    /// filtered the session to only include log streams that have names that start with certain
    /// prefixes, these prefixes are listed here.
    #[shape(name = "logStreamNamePrefixes")]
    pub log_stream_name_prefixes: Option<Vec<String>>,
    /// An optional pattern to filter the results to include only log events that match the pattern.
    /// For example, a filter pattern of `error 404` displays only log events that include both
    /// `error` and `404`.
    #[shape(name = "logEventFilterPattern")]
    pub log_event_filter_pattern: Option<String>,
}

/// This object contains the log events and metadata for a Live Tail session.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LiveTailSessionUpdate {
    /// This object contains the session metadata for a Live Tail session.
    #[shape(name = "sessionMetadata")]
    pub session_metadata: Option<LiveTailSessionMetadata>,
    /// An array, where each member of the array includes the information for one log event in the
    /// Live Tail session.
    #[shape(name = "sessionResults")]
    pub session_results: Option<Vec<LiveTailSessionLogEvent>>,
}

/// This structure contains the information for one sample log event that is associated with an
/// anomaly found by a log anomaly detector.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LogEvent {
    /// The time stamp of the log event.
    #[shape(name = "timestamp")]
    pub timestamp: Option<i64>,
    /// The message content of the log event.
    #[shape(name = "message")]
    pub message: Option<String>,
}

/// Defines the data type structure for a log field, including the type, element information, and
/// nested fields for complex types.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LogFieldType {
    /// The data type of the log field.
    #[shape(name = "type")]
    pub r#type: Option<String>,
    /// For array or collection types, specifies the element type information.
    #[shape(name = "element")]
    pub element: Option<Document>,
    /// For complex types, contains the nested field definitions.
    #[shape(name = "fields")]
    pub fields: Option<Vec<LogFieldsListItem>>,
}

/// Represents a log field with its name and data type information for a specific data source.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LogFieldsListItem {
    /// The name of the log field.
    #[shape(name = "logFieldName")]
    pub log_field_name: Option<String>,
    /// The data type information for the log field.
    #[shape(name = "logFieldType")]
    pub log_field_type: Option<LogFieldType>,
}

/// Represents a log group.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LogGroup {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: Option<String>,
    /// The creation time of the log group, expressed as the number of milliseconds after Jan 1,
    /// 1970 00:00:00 UTC.
    #[shape(name = "creationTime")]
    pub creation_time: Option<i64>,
    /// The number of days to retain the log events in the specified log group. Possible values are:
    /// 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922,
    /// 3288, and 3653.
    #[shape(name = "retentionInDays")]
    pub retention_in_days: Option<i32>,
    /// The number of metric filters.
    #[shape(name = "metricFilterCount")]
    pub metric_filter_count: Option<i32>,
    /// The Amazon Resource Name (ARN) of the log group. This version of the ARN includes a trailing
    /// `:*` after the log group name.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The number of bytes stored.
    #[shape(name = "storedBytes")]
    pub stored_bytes: Option<i64>,
    /// The Amazon Resource Name (ARN) of the KMS key to use when encrypting log data.
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
    /// Displays whether this log group has a protection policy, or whether it had one in the past.
    /// For more information, see
    /// [PutDataProtectionPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutDataProtectionPolicy.html).
    #[shape(name = "dataProtectionStatus")]
    pub data_protection_status: Option<DataProtectionStatus>,
    /// Displays all the properties that this log group has inherited from account-level settings.
    #[shape(name = "inheritedProperties")]
    pub inherited_properties: Option<Vec<InheritedProperty>>,
    /// This specifies the log group class for this log group. There are three classes:
    #[shape(name = "logGroupClass")]
    pub log_group_class: Option<LogGroupClass>,
    /// The Amazon Resource Name (ARN) of the log group. This version of the ARN doesn't include a
    /// trailing `:*` after the log group name.
    #[shape(name = "logGroupArn")]
    pub log_group_arn: Option<String>,
    /// Indicates whether deletion protection is enabled for this log group. When enabled, deletion
    /// protection blocks all deletion operations until it is explicitly disabled.
    #[shape(name = "deletionProtectionEnabled")]
    pub deletion_protection_enabled: Option<bool>,
    /// Indicates whether bearer token authentication is enabled for this log group. When enabled,
    /// bearer token authentication is allowed on operations until it is explicitly disabled.
    #[shape(name = "bearerTokenAuthenticationEnabled")]
    pub bearer_token_authentication_enabled: Option<bool>,
}

/// The model's `LogGroupClass`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum LogGroupClass {
    /// `STANDARD`
    #[default]
    #[shape(name = "STANDARD")]
    Standard,
    /// `INFREQUENT_ACCESS`
    #[shape(name = "INFREQUENT_ACCESS")]
    InfrequentAccess,
    /// `DELIVERY`
    #[shape(name = "DELIVERY")]
    Delivery,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The fields contained in log events found by a `GetLogGroupFields` operation, along with the
/// percentage of queried log events in which each field appears.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LogGroupField {
    /// The name of a log field.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The percentage of log events queried that contained the field.
    #[shape(name = "percent")]
    pub percent: Option<i32>,
}

/// This structure contains information about one log group in your account.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LogGroupSummary {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the log group.
    #[shape(name = "logGroupArn")]
    pub log_group_arn: Option<String>,
    /// The log group class for this log group. For details about the features supported by each log
    /// group class, see [Log
    /// classes](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch_Logs_Log_Classes.html)
    #[shape(name = "logGroupClass")]
    pub log_group_class: Option<LogGroupClass>,
}

/// Represents a log stream, which is a sequence of log events from a single emitter of logs.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LogStream {
    /// The name of the log stream.
    #[shape(name = "logStreamName")]
    pub log_stream_name: Option<String>,
    /// The creation time of the stream, expressed as the number of milliseconds after `Jan 1, 1970
    /// 00:00:00 UTC`.
    #[shape(name = "creationTime")]
    pub creation_time: Option<i64>,
    /// The time of the first event, expressed as the number of milliseconds after `Jan 1, 1970
    /// 00:00:00 UTC`.
    #[shape(name = "firstEventTimestamp")]
    pub first_event_timestamp: Option<i64>,
    /// The time of the most recent log event in the log stream in CloudWatch Logs. This number is
    /// expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`. The
    /// `lastEventTime` value updates on an eventual consistency basis. It typically updates in less
    /// than an hour from ingestion, but in rare situations might take longer.
    #[shape(name = "lastEventTimestamp")]
    pub last_event_timestamp: Option<i64>,
    /// The ingestion time, expressed as the number of milliseconds after `Jan 1, 1970 00:00:00 UTC`
    /// The `lastIngestionTime` value updates on an eventual consistency basis. It typically updates
    /// in less than an hour after ingestion, but in rare situations might take longer.
    #[shape(name = "lastIngestionTime")]
    pub last_ingestion_time: Option<i64>,
    /// The sequence token.
    #[shape(name = "uploadSequenceToken")]
    pub upload_sequence_token: Option<String>,
    /// The Amazon Resource Name (ARN) of the log stream.
    #[shape(name = "arn")]
    pub arn: Option<String>,
    /// The number of bytes stored.
    #[shape(name = "storedBytes")]
    pub stored_bytes: Option<i64>,
}

/// Contains metadata about a lookup table returned by `DescribeLookupTables`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LookupTable {
    /// The ARN of the lookup table.
    #[shape(name = "lookupTableArn")]
    pub lookup_table_arn: Option<String>,
    /// The name of the lookup table.
    #[shape(name = "lookupTableName")]
    pub lookup_table_name: Option<String>,
    /// The description of the lookup table.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The column headers from the first row of the CSV file.
    #[shape(name = "tableFields")]
    pub table_fields: Option<Vec<String>>,
    /// The number of data rows in the lookup table, excluding the header row.
    #[shape(name = "recordsCount")]
    pub records_count: Option<i64>,
    /// The size of the lookup table in bytes.
    #[shape(name = "sizeBytes")]
    pub size_bytes: Option<i64>,
    /// The time when the lookup table was last updated, expressed as the number of milliseconds
    /// after `Jan 1, 1970 00:00:00 UTC`.
    #[shape(name = "lastUpdatedTime")]
    pub last_updated_time: Option<i64>,
    /// The ARN of the KMS key used to encrypt the lookup table data, if applicable.
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
}

/// This processor converts a string to lowercase.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LowerCaseString {
    /// The array caontaining the keys of the fields to convert to lowercase.
    #[shape(name = "withKeys")]
    pub with_keys: Vec<String>,
}

/// Metric filters express how CloudWatch Logs would extract metric observations from ingested log
/// events and transform them into metric data in a CloudWatch metric.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetricFilter {
    /// The name of the metric filter.
    #[shape(name = "filterName")]
    pub filter_name: Option<String>,
    /// A symbolic description of how CloudWatch Logs should interpret the data in each log event.
    /// For example, a log event can contain timestamps, IP addresses, strings, and so on. You use
    /// the filter pattern to specify what to look for in the log event message.
    #[shape(name = "filterPattern")]
    pub filter_pattern: Option<String>,
    /// The metric transformations.
    #[shape(name = "metricTransformations")]
    pub metric_transformations: Option<Vec<MetricTransformation>>,
    /// The creation time of the metric filter, expressed as the number of milliseconds after `Jan
    /// 1, 1970 00:00:00 UTC`.
    #[shape(name = "creationTime")]
    pub creation_time: Option<i64>,
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: Option<String>,
    /// This parameter is valid only for log groups that have an active log transformer. For more
    /// information about log transformers, see
    /// [PutTransformer](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutTransformer.html).
    #[shape(name = "applyOnTransformedLogs")]
    pub apply_on_transformed_logs: Option<bool>,
    /// The filter expression that specifies which log events are processed by this metric filter
    /// based on system fields. Returns the `fieldSelectionCriteria` value if it was specified when
    /// the metric filter was created.
    #[shape(name = "fieldSelectionCriteria")]
    pub field_selection_criteria: Option<String>,
    /// The list of system fields that are emitted as additional dimensions in the generated
    /// metrics. Returns the `emitSystemFieldDimensions` value if it was specified when the metric
    /// filter was created.
    #[shape(name = "emitSystemFieldDimensions")]
    pub emit_system_field_dimensions: Option<Vec<String>>,
}

/// Represents a matched event.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetricFilterMatchRecord {
    /// The event number.
    #[shape(name = "eventNumber")]
    pub event_number: Option<i64>,
    /// The raw event data.
    #[shape(name = "eventMessage")]
    pub event_message: Option<String>,
    /// The values extracted from the event data by the filter.
    #[shape(name = "extractedValues")]
    pub extracted_values: Option<HashMap<String, String>>,
}

/// Indicates how to transform ingested log events to metric data in a CloudWatch metric.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetricTransformation {
    /// The name of the CloudWatch metric.
    #[shape(name = "metricName")]
    pub metric_name: String,
    /// A custom namespace to contain your metric in CloudWatch. Use namespaces to group together
    /// metrics that are similar. For more information, see
    /// [Namespaces](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#Namespace).
    #[shape(name = "metricNamespace")]
    pub metric_namespace: String,
    /// The value to publish to the CloudWatch metric when a filter pattern matches a log event.
    #[shape(name = "metricValue")]
    pub metric_value: String,
    /// (Optional) The value to emit when a filter pattern does not match a log event. This value
    /// can be null.
    #[shape(name = "defaultValue")]
    pub default_value: Option<f64>,
    /// The fields to use as dimensions for the metric. One metric filter can include as many as
    /// three dimensions.
    #[shape(name = "dimensions")]
    pub dimensions: Option<HashMap<String, String>>,
    /// The unit to assign to the metric. If you omit this, the unit is set as `None`.
    #[shape(name = "unit")]
    pub unit: Option<StandardUnit>,
}

/// This object defines one key that will be moved with the [
/// moveKey](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-moveKey)
/// processor.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MoveKeyEntry {
    /// The key to move.
    #[shape(name = "source")]
    pub source: String,
    /// The key to move to.
    #[shape(name = "target")]
    pub target: String,
    /// Specifies whether to overwrite the value if the destination key already exists. If you omit
    /// this, the default is `false`.
    #[shape(name = "overwriteIfExists")]
    pub overwrite_if_exists: Option<bool>,
}

/// This processor moves a key from one field to another. The original key is deleted.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MoveKeys {
    /// An array of objects, where each object contains the information about one key to move.
    #[shape(name = "entries")]
    pub entries: Vec<MoveKeyEntry>,
}

/// The model's `OCSFVersion`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OCSFVersion {
    /// `V1.1`
    #[default]
    #[shape(name = "V1.1")]
    V11,
    /// `V1.5`
    #[shape(name = "V1.5")]
    V15,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This structure contains information about the OpenSearch Service application used for this
/// integration. An OpenSearch Service application is the web application created by the integration
/// with CloudWatch Logs. It hosts the vended logs dashboards.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpenSearchApplication {
    /// The endpoint of the application.
    #[shape(name = "applicationEndpoint")]
    pub application_endpoint: Option<String>,
    /// The Amazon Resource Name (ARN) of the application.
    #[shape(name = "applicationArn")]
    pub application_arn: Option<String>,
    /// The ID of the application.
    #[shape(name = "applicationId")]
    pub application_id: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    #[shape(name = "status")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// This structure contains information about the OpenSearch Service collection used for this
/// integration. An OpenSearch Service collection is a logical grouping of one or more indexes that
/// represent an analytics workload. For more information, see [Creating and managing OpenSearch
/// Service Serverless
/// collections](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-collections.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpenSearchCollection {
    /// The endpoint of the collection.
    #[shape(name = "collectionEndpoint")]
    pub collection_endpoint: Option<String>,
    /// The ARN of the collection.
    #[shape(name = "collectionArn")]
    pub collection_arn: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    #[shape(name = "status")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// This structure contains information about the OpenSearch Service data access policy used for
/// this integration. The access policy defines the access controls for the collection. This data
/// access policy was automatically created as part of the integration setup. For more information
/// about OpenSearch Service data access policies, see [Data access control for Amazon OpenSearch
/// Serverless](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-data-access.html)
/// in the OpenSearch Service Developer Guide.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpenSearchDataAccessPolicy {
    /// The name of the data access policy.
    #[shape(name = "policyName")]
    pub policy_name: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    #[shape(name = "status")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// This structure contains information about the OpenSearch Service data source used for this
/// integration. This data source was created as part of the integration setup. An OpenSearch
/// Service data source defines the source and destination for OpenSearch Service queries. It
/// includes the role required to execute queries and write to collections.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpenSearchDataSource {
    /// The name of the OpenSearch Service data source.
    #[shape(name = "dataSourceName")]
    pub data_source_name: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    #[shape(name = "status")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// This structure contains information about the OpenSearch Service encryption policy used for this
/// integration. The encryption policy was created automatically when you created the integration.
/// For more information, see [Encryption
/// policies](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-encryption.html#serverless-encryption-policies)
/// in the OpenSearch Service Developer Guide.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpenSearchEncryptionPolicy {
    /// The name of the encryption policy.
    #[shape(name = "policyName")]
    pub policy_name: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    #[shape(name = "status")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// This structure contains complete information about one CloudWatch Logs integration. This
/// structure is returned by a
/// [GetIntegration](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_GetIntegration.html)
/// operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpenSearchIntegrationDetails {
    /// This structure contains information about the OpenSearch Service data source used for this
    /// integration. This data source was created as part of the integration setup. An OpenSearch
    /// Service data source defines the source and destination for OpenSearch Service queries. It
    /// includes the role required to execute queries and write to collections.
    #[shape(name = "dataSource")]
    pub data_source: Option<OpenSearchDataSource>,
    /// This structure contains information about the OpenSearch Service application used for this
    /// integration. An OpenSearch Service application is the web application that was created by
    /// the integration with CloudWatch Logs. It hosts the vended logs dashboards.
    #[shape(name = "application")]
    pub application: Option<OpenSearchApplication>,
    /// This structure contains information about the OpenSearch Service collection used for this
    /// integration. This collection was created as part of the integration setup. An OpenSearch
    /// Service collection is a logical grouping of one or more indexes that represent an analytics
    /// workload. For more information, see [Creating and managing OpenSearch Service Serverless
    /// collections](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-collections.html).
    #[shape(name = "collection")]
    pub collection: Option<OpenSearchCollection>,
    /// This structure contains information about the OpenSearch Service workspace used for this
    /// integration. An OpenSearch Service workspace is the collection of dashboards along with
    /// other OpenSearch Service tools. This workspace was created automatically as part of the
    /// integration setup. For more information, see [Centralized OpenSearch user interface
    /// (Dashboards) with OpenSearch
    /// Service](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/application.html).
    #[shape(name = "workspace")]
    pub workspace: Option<OpenSearchWorkspace>,
    /// This structure contains information about the OpenSearch Service encryption policy used for
    /// this integration. The encryption policy was created automatically when you created the
    /// integration. For more information, see [Encryption
    /// policies](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-encryption.html#serverless-encryption-policies)
    /// in the OpenSearch Service Developer Guide.
    #[shape(name = "encryptionPolicy")]
    pub encryption_policy: Option<OpenSearchEncryptionPolicy>,
    /// This structure contains information about the OpenSearch Service network policy used for
    /// this integration. The network policy assigns network access settings to collections. For
    /// more information, see [Network
    /// policies](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-network.html#serverless-network-policies)
    /// in the OpenSearch Service Developer Guide.
    #[shape(name = "networkPolicy")]
    pub network_policy: Option<OpenSearchNetworkPolicy>,
    /// This structure contains information about the OpenSearch Service data access policy used for
    /// this integration. The access policy defines the access controls for the collection. This
    /// data access policy was automatically created as part of the integration setup. For more
    /// information about OpenSearch Service data access policies, see [Data access control for
    /// Amazon OpenSearch
    /// Serverless](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-data-access.html)
    /// in the OpenSearch Service Developer Guide.
    #[shape(name = "accessPolicy")]
    pub access_policy: Option<OpenSearchDataAccessPolicy>,
    /// This structure contains information about the OpenSearch Service data lifecycle policy used
    /// for this integration. The lifecycle policy determines the lifespan of the data in the
    /// collection. It was automatically created as part of the integration setup.
    #[shape(name = "lifecyclePolicy")]
    pub lifecycle_policy: Option<OpenSearchLifecyclePolicy>,
}

/// This structure contains information about the OpenSearch Service data lifecycle policy used for
/// this integration. The lifecycle policy determines the lifespan of the data in the collection. It
/// was automatically created as part of the integration setup.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpenSearchLifecyclePolicy {
    /// The name of the lifecycle policy.
    #[shape(name = "policyName")]
    pub policy_name: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    #[shape(name = "status")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// This structure contains information about the OpenSearch Service network policy used for this
/// integration. The network policy assigns network access settings to collections. For more
/// information, see [Network
/// policies](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-network.html#serverless-network-policies)
/// in the OpenSearch Service Developer Guide.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpenSearchNetworkPolicy {
    /// The name of the network policy.
    #[shape(name = "policyName")]
    pub policy_name: Option<String>,
    /// This structure contains information about the status of this OpenSearch Service resource.
    #[shape(name = "status")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// This structure contains configuration details about an integration between CloudWatch Logs and
/// OpenSearch Service.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpenSearchResourceConfig {
    /// To have the vended dashboard data encrypted with KMS instead of the CloudWatch Logs default
    /// encryption method, specify the ARN of the KMS key that you want to use.
    #[shape(name = "kmsKeyArn")]
    pub kms_key_arn: Option<String>,
    /// Specify the ARN of an IAM role that CloudWatch Logs will use to create the integration. This
    /// role must have the permissions necessary to access the OpenSearch Service collection to be
    /// able to create the dashboards. For more information about the permissions needed, see
    /// [Permissions that the integration
    /// needs](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/OpenSearch-Dashboards-CreateRole.html)
    /// in the CloudWatch Logs User Guide.
    #[shape(name = "dataSourceRoleArn")]
    pub data_source_role_arn: String,
    /// Specify the ARNs of IAM roles and IAM users who you want to grant permission to for viewing
    /// the dashboards.
    #[shape(name = "dashboardViewerPrincipals")]
    pub dashboard_viewer_principals: Vec<String>,
    /// If you want to use an existing OpenSearch Service application for your integration with
    /// OpenSearch Service, specify it here. If you omit this, a new application will be created.
    #[shape(name = "applicationArn")]
    pub application_arn: Option<String>,
    /// Specify how many days that you want the data derived by OpenSearch Service to be retained in
    /// the index that the dashboard refers to. This also sets the maximum time period that you can
    /// choose when viewing data in the dashboard. Choosing a longer time frame will incur
    /// additional costs.
    #[shape(name = "retentionDays")]
    pub retention_days: i32,
}

/// This structure contains information about the status of an OpenSearch Service resource.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpenSearchResourceStatus {
    /// The current status of this resource.
    #[shape(name = "status")]
    pub status: Option<OpenSearchResourceStatusType>,
    /// A message with additional information about the status of this resource.
    #[shape(name = "statusMessage")]
    pub status_message: Option<String>,
}

/// The model's `OpenSearchResourceStatusType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OpenSearchResourceStatusType {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `NOT_FOUND`
    #[shape(name = "NOT_FOUND")]
    NotFound,
    /// `ERROR`
    #[shape(name = "ERROR")]
    Error,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This structure contains information about the OpenSearch Service workspace used for this
/// integration. An OpenSearch Service workspace is the collection of dashboards along with other
/// OpenSearch Service tools. This workspace was created automatically as part of the integration
/// setup. For more information, see [Centralized OpenSearch user interface (Dashboards) with
/// OpenSearch
/// Service](https://docs.aws.amazon.com/opensearch-service/latest/developerguide/application.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OpenSearchWorkspace {
    /// The ID of this workspace.
    #[shape(name = "workspaceId")]
    pub workspace_id: Option<String>,
    /// This structure contains information about the status of an OpenSearch Service resource.
    #[shape(name = "status")]
    pub status: Option<OpenSearchResourceStatus>,
}

/// The model's `OrderBy`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OrderBy {
    /// `LogStreamName`
    #[default]
    LogStreamName,
    /// `LastEventTime`
    LastEventTime,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `OutputFormat`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OutputFormat {
    /// `json`
    #[default]
    #[shape(name = "json")]
    Json,
    /// `plain`
    #[shape(name = "plain")]
    Plain,
    /// `w3c`
    #[shape(name = "w3c")]
    W3c,
    /// `raw`
    #[shape(name = "raw")]
    Raw,
    /// `parquet`
    #[shape(name = "parquet")]
    Parquet,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents a log event.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OutputLogEvent {
    /// The time the event occurred, expressed as the number of milliseconds after `Jan 1, 1970
    /// 00:00:00 UTC`.
    #[shape(name = "timestamp")]
    pub timestamp: Option<i64>,
    /// The data contained in the log event.
    #[shape(name = "message")]
    pub message: Option<String>,
    /// The time the event was ingested, expressed as the number of milliseconds after `Jan 1, 1970
    /// 00:00:00 UTC`.
    #[shape(name = "ingestionTime")]
    pub ingestion_time: Option<i64>,
}

/// This processor parses CloudFront vended logs, extract fields, and convert them into JSON format.
/// Encoded field values are decoded. Values that are integers and doubles are treated as such. For
/// more information about this processor including examples, see [
/// parseCloudfront](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseCloudfront)
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ParseCloudfront {
    /// Omit this parameter and the whole log message will be processed by this processor. No other
    /// value than `@message` is allowed for `source`.
    #[shape(name = "source")]
    pub source: Option<String>,
}

/// This processor parses log events that are in JSON format. It can extract JSON key-value pairs
/// and place them under a destination that you specify.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ParseJSON {
    /// Path to the field in the log event that will be parsed. Use dot notation to access child
    /// fields. For example, `store.book`
    #[shape(name = "source")]
    pub source: Option<String>,
    /// The location to put the parsed key value pair into. If you omit this parameter, it is placed
    /// under the root node.
    #[shape(name = "destination")]
    pub destination: Option<String>,
}

/// This processor parses a specified field in the original log event into key-value pairs.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ParseKeyValue {
    /// Path to the field in the log event that will be parsed. Use dot notation to access child
    /// fields. For example, `store.book`
    #[shape(name = "source")]
    pub source: Option<String>,
    /// The destination field to put the extracted key-value pairs into
    #[shape(name = "destination")]
    pub destination: Option<String>,
    /// The field delimiter string that is used between key-value pairs in the original log events.
    /// If you omit this, the ampersand `&` character is used.
    #[shape(name = "fieldDelimiter")]
    pub field_delimiter: Option<String>,
    /// The delimiter string to use between the key and value in each pair in the transformed log
    /// event.
    #[shape(name = "keyValueDelimiter")]
    pub key_value_delimiter: Option<String>,
    /// If you want to add a prefix to all transformed keys, specify it here.
    #[shape(name = "keyPrefix")]
    pub key_prefix: Option<String>,
    /// A value to insert into the value field in the result, when a key-value pair is not
    /// successfully split.
    #[shape(name = "nonMatchValue")]
    pub non_match_value: Option<String>,
    /// Specifies whether to overwrite the value if the destination key already exists. If you omit
    /// this, the default is `false`.
    #[shape(name = "overwriteIfExists")]
    pub overwrite_if_exists: Option<bool>,
}

/// Use this processor to parse RDS for PostgreSQL vended logs, extract fields, and and convert them
/// into a JSON format. This processor always processes the entire log event message. For more
/// information about this processor including examples, see [
/// parsePostGres](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parsePostGres).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ParsePostgres {
    /// Omit this parameter and the whole log message will be processed by this processor. No other
    /// value than `@message` is allowed for `source`.
    #[shape(name = "source")]
    pub source: Option<String>,
}

/// Use this processor to parse Route 53 vended logs, extract fields, and and convert them into a
/// JSON format. This processor always processes the entire log event message. For more information
/// about this processor including examples, see [
/// parseRoute53](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseRoute53).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ParseRoute53 {
    /// Omit this parameter and the whole log message will be processed by this processor. No other
    /// value than `@message` is allowed for `source`.
    #[shape(name = "source")]
    pub source: Option<String>,
}

/// This processor converts logs into [Open Cybersecurity Schema Framework (OCSF)](https://ocsf.io)
/// events.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ParseToOCSF {
    /// The path to the field in the log event that you want to parse. If you omit this value, the
    /// whole log message is parsed.
    #[shape(name = "source")]
    pub source: Option<String>,
    /// Specify the service or process that produces the log events that will be converted with this
    /// processor.
    #[shape(name = "eventSource")]
    pub event_source: EventSource,
    /// Specify which version of the OCSF schema to use for the transformed log events.
    #[shape(name = "ocsfVersion")]
    pub ocsf_version: OCSFVersion,
    /// The version of the OCSF mapping to use for parsing log data.
    #[shape(name = "mappingVersion")]
    pub mapping_version: Option<String>,
}

/// Use this processor to parse Amazon VPC vended logs, extract fields, and and convert them into a
/// JSON format. This processor always processes the entire log event message.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ParseVPC {
    /// Omit this parameter and the whole log message will be processed by this processor. No other
    /// value than `@message` is allowed for `source`.
    #[shape(name = "source")]
    pub source: Option<String>,
}

/// Use this processor to parse WAF vended logs, extract fields, and and convert them into a JSON
/// format. This processor always processes the entire log event message. For more information about
/// this processor including examples, see [
/// parseWAF](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parsePostGres).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ParseWAF {
    /// Omit this parameter and the whole log message will be processed by this processor. No other
    /// value than `@message` is allowed for `source`.
    #[shape(name = "source")]
    pub source: Option<String>,
}

/// A structure that contains information about one pattern token related to an anomaly.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PatternToken {
    /// For a dynamic token, this indicates where in the pattern that this token appears, related to
    /// other dynamic tokens. The dynamic token that appears first has a value of `1`, the one that
    /// appears second is `2`, and so on.
    #[shape(name = "dynamicTokenPosition")]
    pub dynamic_token_position: Option<i32>,
    /// Specifies whether this is a dynamic token.
    #[shape(name = "isDynamic")]
    pub is_dynamic: Option<bool>,
    /// The string represented by this token. If this is a dynamic token, the value will be `<*>`
    #[shape(name = "tokenString")]
    pub token_string: Option<String>,
    /// Contains the values found for a dynamic token, and the number of times each value was found.
    #[shape(name = "enumerations")]
    pub enumerations: Option<HashMap<String, i64>>,
    /// A name that CloudWatch Logs assigned to this dynamic token to make the pattern more
    /// readable. The string part of the `inferredTokenName` gives you a clearer idea of the content
    /// of this token. The number part of the `inferredTokenName` shows where in the pattern this
    /// token appears, compared to other dynamic tokens. CloudWatch Logs assigns the string part of
    /// the name based on analyzing the content of the log events that contain it.
    #[shape(name = "inferredTokenName")]
    pub inferred_token_name: Option<String>,
}

/// A structure that contains information about one delivery destination policy.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Policy {
    /// The contents of the delivery destination policy.
    #[shape(name = "deliveryDestinationPolicy")]
    pub delivery_destination_policy: Option<String>,
}

/// The model's `PolicyScope`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PolicyScope {
    /// `ACCOUNT`
    #[default]
    #[shape(name = "ACCOUNT")]
    Account,
    /// `RESOURCE`
    #[shape(name = "RESOURCE")]
    Resource,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `PolicyType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PolicyType {
    /// `DATA_PROTECTION_POLICY`
    #[default]
    #[shape(name = "DATA_PROTECTION_POLICY")]
    DataProtectionPolicy,
    /// `SUBSCRIPTION_FILTER_POLICY`
    #[shape(name = "SUBSCRIPTION_FILTER_POLICY")]
    SubscriptionFilterPolicy,
    /// `FIELD_INDEX_POLICY`
    #[shape(name = "FIELD_INDEX_POLICY")]
    FieldIndexPolicy,
    /// `TRANSFORMER_POLICY`
    #[shape(name = "TRANSFORMER_POLICY")]
    TransformerPolicy,
    /// `METRIC_EXTRACTION_POLICY`
    #[shape(name = "METRIC_EXTRACTION_POLICY")]
    MetricExtractionPolicy,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This structure contains the information about one processor in a log transformer.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Processor {
    /// Use this parameter to include the [
    /// addKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-addKeys)
    /// processor in your transformer.
    #[shape(name = "addKeys")]
    pub add_keys: Option<AddKeys>,
    /// Use this parameter to include the [
    /// copyValue](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-copyValue)
    /// processor in your transformer.
    #[shape(name = "copyValue")]
    pub copy_value: Option<CopyValue>,
    /// Use this parameter to include the [
    /// CSV](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-CSV)
    /// processor in your transformer.
    #[shape(name = "csv")]
    pub csv: Option<CSV>,
    /// Use this parameter to include the [
    /// datetimeConverter](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-datetimeConverter)
    /// processor in your transformer.
    #[shape(name = "dateTimeConverter")]
    pub date_time_converter: Option<DateTimeConverter>,
    /// Use this parameter to include the [
    /// deleteKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-deleteKeys)
    /// processor in your transformer.
    #[shape(name = "deleteKeys")]
    pub delete_keys: Option<DeleteKeys>,
    /// Use this parameter to include the [
    /// grok](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-grok)
    /// processor in your transformer.
    #[shape(name = "grok")]
    pub grok: Option<Grok>,
    /// Use this parameter to include the [
    /// listToMap](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-listToMap)
    /// processor in your transformer.
    #[shape(name = "listToMap")]
    pub list_to_map: Option<ListToMap>,
    /// Use this parameter to include the [
    /// lowerCaseString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-lowerCaseString)
    /// processor in your transformer.
    #[shape(name = "lowerCaseString")]
    pub lower_case_string: Option<LowerCaseString>,
    /// Use this parameter to include the [
    /// moveKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-moveKeys)
    /// processor in your transformer.
    #[shape(name = "moveKeys")]
    pub move_keys: Option<MoveKeys>,
    /// Use this parameter to include the [
    /// parseCloudfront](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseCloudfront)
    /// processor in your transformer.
    #[shape(name = "parseCloudfront")]
    pub parse_cloudfront: Option<ParseCloudfront>,
    /// Use this parameter to include the [
    /// parseJSON](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseJSON)
    /// processor in your transformer.
    #[shape(name = "parseJSON")]
    pub parse_json: Option<ParseJSON>,
    /// Use this parameter to include the [
    /// parseKeyValue](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseKeyValue)
    /// processor in your transformer.
    #[shape(name = "parseKeyValue")]
    pub parse_key_value: Option<ParseKeyValue>,
    /// Use this parameter to include the [
    /// parseRoute53](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseRoute53)
    /// processor in your transformer.
    #[shape(name = "parseRoute53")]
    pub parse_route53: Option<ParseRoute53>,
    /// Use this parameter to convert logs into Open Cybersecurity Schema (OCSF) format.
    #[shape(name = "parseToOCSF")]
    pub parse_to_ocsf: Option<ParseToOCSF>,
    /// Use this parameter to include the [
    /// parsePostGres](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parsePostGres)
    /// processor in your transformer.
    #[shape(name = "parsePostgres")]
    pub parse_postgres: Option<ParsePostgres>,
    /// Use this parameter to include the [
    /// parseVPC](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseVPC)
    /// processor in your transformer.
    #[shape(name = "parseVPC")]
    pub parse_vpc: Option<ParseVPC>,
    /// Use this parameter to include the [
    /// parseWAF](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-parseWAF)
    /// processor in your transformer.
    #[shape(name = "parseWAF")]
    pub parse_waf: Option<ParseWAF>,
    /// Use this parameter to include the [
    /// renameKeys](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-renameKeys)
    /// processor in your transformer.
    #[shape(name = "renameKeys")]
    pub rename_keys: Option<RenameKeys>,
    /// Use this parameter to include the [
    /// splitString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-splitString)
    /// processor in your transformer.
    #[shape(name = "splitString")]
    pub split_string: Option<SplitString>,
    /// Use this parameter to include the [
    /// substituteString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-substituteString)
    /// processor in your transformer.
    #[shape(name = "substituteString")]
    pub substitute_string: Option<SubstituteString>,
    /// Use this parameter to include the [
    /// trimString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-trimString)
    /// processor in your transformer.
    #[shape(name = "trimString")]
    pub trim_string: Option<TrimString>,
    /// Use this parameter to include the [
    /// typeConverter](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-typeConverter)
    /// processor in your transformer.
    #[shape(name = "typeConverter")]
    pub type_converter: Option<TypeConverter>,
    /// Use this parameter to include the [
    /// upperCaseString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-upperCaseString)
    /// processor in your transformer.
    #[shape(name = "upperCaseString")]
    pub upper_case_string: Option<UpperCaseString>,
}

/// The input of `PutAccountPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutAccountPolicyRequest {
    /// A name for the policy. This must be unique within the account and cannot start with `aws/`.
    #[shape(name = "policyName")]
    pub policy_name: String,
    /// Specify the policy, in JSON.
    #[shape(name = "policyDocument")]
    pub policy_document: String,
    /// The type of policy that you're creating or updating.
    #[shape(name = "policyType")]
    pub policy_type: PolicyType,
    /// Currently the only valid value for this parameter is `ALL`, which specifies that the data
    /// protection policy applies to all log groups in the account. If you omit this parameter, the
    /// default of `ALL` is used.
    #[shape(name = "scope")]
    pub scope: Option<Scope>,
    /// Use this parameter to apply the new policy to a subset of log groups in the account or a
    /// data source name and type combination.
    #[shape(name = "selectionCriteria")]
    pub selection_criteria: Option<String>,
}

/// The output of `PutAccountPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutAccountPolicyResponse {
    /// The account policy that you created.
    #[shape(name = "accountPolicy")]
    pub account_policy: Option<AccountPolicy>,
}

/// The input of `PutBearerTokenAuthentication`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutBearerTokenAuthenticationRequest {
    /// The name or ARN of the log group.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: String,
    /// Whether to enable bearer token authentication.
    #[shape(name = "bearerTokenAuthenticationEnabled")]
    pub bearer_token_authentication_enabled: bool,
}

/// The input of `PutDataProtectionPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutDataProtectionPolicyRequest {
    /// Specify either the log group name or log group ARN.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: String,
    /// Specify the data protection policy, in JSON.
    #[shape(name = "policyDocument")]
    pub policy_document: String,
}

/// The output of `PutDataProtectionPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutDataProtectionPolicyResponse {
    /// The log group name or ARN that you specified in your request.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: Option<String>,
    /// The data protection policy used for this log group.
    #[shape(name = "policyDocument")]
    pub policy_document: Option<String>,
    /// The date and time that this policy was most recently updated.
    #[shape(name = "lastUpdatedTime")]
    pub last_updated_time: Option<i64>,
}

/// The input of `PutDeliveryDestinationPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutDeliveryDestinationPolicyRequest {
    /// The name of the delivery destination to assign this policy to.
    #[shape(name = "deliveryDestinationName")]
    pub delivery_destination_name: String,
    /// The contents of the policy.
    #[shape(name = "deliveryDestinationPolicy")]
    pub delivery_destination_policy: String,
}

/// The output of `PutDeliveryDestinationPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutDeliveryDestinationPolicyResponse {
    /// The contents of the policy that you just created.
    #[shape(name = "policy")]
    pub policy: Option<Policy>,
}

/// The input of `PutDeliveryDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutDeliveryDestinationRequest {
    /// A name for this delivery destination. This name must be unique for all delivery destinations
    /// in your account.
    #[shape(name = "name")]
    pub name: String,
    /// The format for the logs that this delivery destination will receive.
    #[shape(name = "outputFormat")]
    pub output_format: Option<OutputFormat>,
    /// A structure that contains the ARN of the Amazon Web Services resource that will receive the
    /// logs.
    #[shape(name = "deliveryDestinationConfiguration")]
    pub delivery_destination_configuration: Option<DeliveryDestinationConfiguration>,
    /// The type of delivery destination. This parameter specifies the target service where log data
    /// will be delivered. Valid values include:
    #[shape(name = "deliveryDestinationType")]
    pub delivery_destination_type: Option<DeliveryDestinationType>,
    /// An optional list of key-value pairs to associate with the resource.
    #[shape(name = "tags")]
    pub tags: Option<HashMap<String, String>>,
}

/// The output of `PutDeliveryDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutDeliveryDestinationResponse {
    /// A structure containing information about the delivery destination that you just created or
    /// updated.
    #[shape(name = "deliveryDestination")]
    pub delivery_destination: Option<DeliveryDestination>,
}

/// The input of `PutDeliverySource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutDeliverySourceRequest {
    /// A name for this delivery source. This name must be unique for all delivery sources in your
    /// account.
    #[shape(name = "name")]
    pub name: String,
    /// The ARN of the Amazon Web Services resource that is generating and sending logs. For
    /// example,
    /// `arn:aws:workmail:us-east-1:123456789012:organization/m-1234EXAMPLEabcd1234abcd1234abcd1234`
    #[shape(name = "resourceArn")]
    pub resource_arn: String,
    /// Defines the type of log that the source is sending.
    #[shape(name = "logType")]
    pub log_type: String,
    /// An optional list of key-value pairs to associate with the resource.
    #[shape(name = "tags")]
    pub tags: Option<HashMap<String, String>>,
    /// A map of key-value pairs to configure the delivery source. Both keys and values must be
    /// between 1 and 255 characters in length. For example, `{"samplingRate": "50"}`.
    #[shape(name = "deliverySourceConfiguration")]
    pub delivery_source_configuration: Option<HashMap<String, String>>,
}

/// The output of `PutDeliverySource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutDeliverySourceResponse {
    /// A structure containing information about the delivery source that was just created or
    /// updated.
    #[shape(name = "deliverySource")]
    pub delivery_source: Option<DeliverySource>,
}

/// The input of `PutDestinationPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutDestinationPolicyRequest {
    /// A name for an existing destination.
    #[shape(name = "destinationName")]
    pub destination_name: String,
    /// An IAM policy document that authorizes cross-account users to deliver their log events to
    /// the associated destination. This can be up to 5120 bytes.
    #[shape(name = "accessPolicy")]
    pub access_policy: String,
    /// Specify true if you are updating an existing destination policy to grant permission to an
    /// organization ID instead of granting permission to individual Amazon Web Services accounts.
    /// Before you update a destination policy this way, you must first update the subscription
    /// filters in the accounts that send logs to this destination. If you do not, the subscription
    /// filters might stop working. By specifying `true` for `forceUpdate`, you are affirming that
    /// you have already updated the subscription filters. For more information, see [ Updating an
    /// existing cross-account
    /// subscription](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Cross-Account-Log_Subscription-Update.html)
    #[shape(name = "forceUpdate")]
    pub force_update: Option<bool>,
}

/// The input of `PutDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutDestinationRequest {
    /// A name for the destination.
    #[shape(name = "destinationName")]
    pub destination_name: String,
    /// The ARN of an Amazon Kinesis stream to which to deliver matching log events.
    #[shape(name = "targetArn")]
    pub target_arn: String,
    /// The ARN of an IAM role that grants CloudWatch Logs permissions to call the Amazon Kinesis
    /// `PutRecord` operation on the destination stream.
    #[shape(name = "roleArn")]
    pub role_arn: String,
    /// An optional list of key-value pairs to associate with the resource.
    #[shape(name = "tags")]
    pub tags: Option<HashMap<String, String>>,
}

/// The output of `PutDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutDestinationResponse {
    /// The destination.
    #[shape(name = "destination")]
    pub destination: Option<Destination>,
}

/// The input of `PutIndexPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutIndexPolicyRequest {
    /// Specify either the log group name or log group ARN to apply this field index policy to. If
    /// you specify an ARN, use the format
    /// arn:aws:logs:*region*:*account-id*:log-group:*log\_group\_name* Don't include an \* at the
    /// end.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: String,
    /// The index policy document, in JSON format. The following is an example of an index policy
    /// document that creates indexes with different types.
    #[shape(name = "policyDocument")]
    pub policy_document: String,
}

/// The output of `PutIndexPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutIndexPolicyResponse {
    /// The index policy that you just created or updated.
    #[shape(name = "indexPolicy")]
    pub index_policy: Option<IndexPolicy>,
}

/// The input of `PutIntegration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutIntegrationRequest {
    /// A name for the integration.
    #[shape(name = "integrationName")]
    pub integration_name: String,
    /// A structure that contains configuration information for the integration that you are
    /// creating.
    #[shape(name = "resourceConfig")]
    pub resource_config: Option<ResourceConfig>,
    /// The type of integration. Currently, the only supported type is `OPENSEARCH`.
    #[shape(name = "integrationType")]
    pub integration_type: IntegrationType,
}

/// The output of `PutIntegration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutIntegrationResponse {
    /// The name of the integration that you just created.
    #[shape(name = "integrationName")]
    pub integration_name: Option<String>,
    /// The status of the integration that you just created.
    #[shape(name = "integrationStatus")]
    pub integration_status: Option<IntegrationStatus>,
}

/// The input of `PutLogEvents`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutLogEventsRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: String,
    /// The name of the log stream.
    #[shape(name = "logStreamName")]
    pub log_stream_name: String,
    /// The log events.
    #[shape(name = "logEvents")]
    pub log_events: Vec<InputLogEvent>,
    /// The sequence token obtained from the response of the previous `PutLogEvents` call.
    #[shape(name = "sequenceToken")]
    pub sequence_token: Option<String>,
    /// The entity associated with the log events.
    #[shape(name = "entity")]
    pub entity: Option<Entity>,
}

/// The output of `PutLogEvents`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutLogEventsResponse {
    /// The next sequence token.
    #[shape(name = "nextSequenceToken")]
    pub next_sequence_token: Option<String>,
    /// The rejected events.
    #[shape(name = "rejectedLogEventsInfo")]
    pub rejected_log_events_info: Option<RejectedLogEventsInfo>,
    /// Information about why the entity is rejected when calling `PutLogEvents`. Only returned when
    /// the entity is rejected.
    #[shape(name = "rejectedEntityInfo")]
    pub rejected_entity_info: Option<RejectedEntityInfo>,
}

/// The input of `PutLogGroupDeletionProtection`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutLogGroupDeletionProtectionRequest {
    /// The name or ARN of the log group.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: String,
    /// Whether to enable deletion protection.
    #[shape(name = "deletionProtectionEnabled")]
    pub deletion_protection_enabled: bool,
}

/// The input of `PutMetricFilter`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutMetricFilterRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: String,
    /// A name for the metric filter.
    #[shape(name = "filterName")]
    pub filter_name: String,
    /// A filter pattern for extracting metric data out of ingested log events.
    #[shape(name = "filterPattern")]
    pub filter_pattern: String,
    /// A collection of information that defines how metric data gets emitted.
    #[shape(name = "metricTransformations")]
    pub metric_transformations: Vec<MetricTransformation>,
    /// This parameter is valid only for log groups that have an active log transformer. For more
    /// information about log transformers, see
    /// [PutTransformer](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutTransformer.html).
    #[shape(name = "applyOnTransformedLogs")]
    pub apply_on_transformed_logs: Option<bool>,
    /// A filter expression that specifies which log events should be processed by this metric
    /// filter based on system fields such as source account and source region. Uses selection
    /// criteria syntax with operators like `=`, `!=`, `AND`, `OR`, `IN`, `NOT IN`. Example:
    /// `@aws.region = "us-east-1"` or `@aws.account IN ["123456789012", "987654321098"]`. Maximum
    /// length: 2000 characters.
    #[shape(name = "fieldSelectionCriteria")]
    pub field_selection_criteria: Option<String>,
    /// A list of system fields to emit as additional dimensions in the generated metrics. Valid
    /// values are `@aws.account` and `@aws.region`. These dimensions help identify the source of
    /// centralized log data and count toward the total dimension limit for metric filters.
    #[shape(name = "emitSystemFieldDimensions")]
    pub emit_system_field_dimensions: Option<Vec<String>>,
}

/// The input of `PutQueryDefinition`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutQueryDefinitionRequest {
    /// Specify the query language to use for this query. The options are Logs Insights QL,
    /// OpenSearch PPL, and OpenSearch SQL. For more information about the query languages that
    /// CloudWatch Logs supports, see [Supported query
    /// languages](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_Languages.html).
    #[shape(name = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
    /// A name for the query definition. If you are saving numerous query definitions, we recommend
    /// that you name them. This way, you can find the ones you want by using the first part of the
    /// name as a filter in the `queryDefinitionNamePrefix` parameter of
    /// [DescribeQueryDefinitions](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeQueryDefinitions.html).
    #[shape(name = "name")]
    pub name: String,
    /// If you are updating a query definition, use this parameter to specify the ID of the query
    /// definition that you want to update. You can use
    /// [DescribeQueryDefinitions](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeQueryDefinitions.html)
    /// to retrieve the IDs of your saved query definitions.
    #[shape(name = "queryDefinitionId")]
    pub query_definition_id: Option<String>,
    /// Use this parameter to include specific log groups as part of your query definition. If your
    /// query uses the OpenSearch Service query language, you specify the log group names inside the
    /// `querystring` instead of here.
    #[shape(name = "logGroupNames")]
    pub log_group_names: Option<Vec<String>>,
    /// The query string to use for this definition. For more information, see [CloudWatch Logs
    /// Insights Query
    /// Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html).
    #[shape(name = "queryString")]
    pub query_string: String,
    /// Used as an idempotency token, to avoid returning an exception if the service receives the
    /// same request twice because of a network error.
    #[shape(name = "clientToken", idempotency_token)]
    pub client_token: Option<String>,
    /// Use this parameter to include specific query parameters as part of your query definition.
    /// Query parameters are supported only for Logs Insights QL queries. Query parameters allow you
    /// to use placeholder variables in your query string that are substituted with values at
    /// execution time. Use the `{{parameterName}}` syntax in your query string to reference a
    /// parameter.
    #[shape(name = "parameters")]
    pub parameters: Option<Vec<QueryParameter>>,
}

/// The output of `PutQueryDefinition`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutQueryDefinitionResponse {
    /// The ID of the query definition.
    #[shape(name = "queryDefinitionId")]
    pub query_definition_id: Option<String>,
}

/// The input of `PutResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutResourcePolicyRequest {
    /// Name of the new policy. This parameter is required.
    #[shape(name = "policyName")]
    pub policy_name: Option<String>,
    /// Details of the new policy, including the identity of the principal that is enabled to put
    /// logs to this account. This is formatted as a JSON string. This parameter is required.
    #[shape(name = "policyDocument")]
    pub policy_document: Option<String>,
    /// The ARN of the CloudWatch Logs resource to which the resource policy needs to be added or
    /// attached. Currently only supports LogGroup ARN.
    #[shape(name = "resourceArn")]
    pub resource_arn: Option<String>,
    /// The expected revision ID of the resource policy. Required when `resourceArn` is provided to
    /// prevent concurrent modifications. Use `null` when creating a resource policy for the first
    /// time.
    #[shape(name = "expectedRevisionId")]
    pub expected_revision_id: Option<String>,
}

/// The output of `PutResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutResourcePolicyResponse {
    /// The new policy.
    #[shape(name = "resourcePolicy")]
    pub resource_policy: Option<ResourcePolicy>,
    /// The revision ID of the created or updated resource policy. Only returned for resource-scoped
    /// policies.
    #[shape(name = "revisionId")]
    pub revision_id: Option<String>,
}

/// The input of `PutRetentionPolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRetentionPolicyRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: String,
    /// The number of days to retain the log events in the specified log group. Possible values are:
    /// 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922,
    /// 3288, and 3653.
    #[shape(name = "retentionInDays")]
    pub retention_in_days: i32,
}

/// The input of `PutSubscriptionFilter`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutSubscriptionFilterRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: String,
    /// A name for the subscription filter. If you are updating an existing filter, you must specify
    /// the correct name in `filterName`. To find the name of the filter currently associated with a
    /// log group, use
    /// [DescribeSubscriptionFilters](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeSubscriptionFilters.html).
    #[shape(name = "filterName")]
    pub filter_name: String,
    /// A filter pattern for subscribing to a filtered stream of log events.
    #[shape(name = "filterPattern")]
    pub filter_pattern: String,
    /// The ARN of the destination to deliver matching log events to. Currently, the supported
    /// destinations are:
    #[shape(name = "destinationArn")]
    pub destination_arn: String,
    /// The ARN of an IAM role that grants CloudWatch Logs permissions to deliver ingested log
    /// events to the destination stream. You don't need to provide the ARN when you are working
    /// with a logical destination for cross-account delivery.
    #[shape(name = "roleArn")]
    pub role_arn: Option<String>,
    /// The method used to distribute log data to the destination. By default, log data is grouped
    /// by log stream, but the grouping can be set to random for a more even distribution. This
    /// property is only applicable when the destination is an Amazon Kinesis data stream.
    #[shape(name = "distribution")]
    pub distribution: Option<Distribution>,
    /// This parameter is valid only for log groups that have an active log transformer. For more
    /// information about log transformers, see
    /// [PutTransformer](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutTransformer.html).
    #[shape(name = "applyOnTransformedLogs")]
    pub apply_on_transformed_logs: Option<bool>,
    /// A filter expression that specifies which log events should be processed by this subscription
    /// filter based on system fields such as source account and source region. Uses selection
    /// criteria syntax with operators like `=`, `!=`, `AND`, `OR`, `IN`, `NOT IN`. Example:
    /// `@aws.region NOT IN ["cn-north-1"]` or `@aws.account = "123456789012" AND @aws.region =
    /// "us-east-1"`. Maximum length: 2000 characters.
    #[shape(name = "fieldSelectionCriteria")]
    pub field_selection_criteria: Option<String>,
    /// A list of system fields to include in the log events sent to the subscription destination.
    /// Valid values are `@aws.account` and `@aws.region`. These fields provide source information
    /// for centralized log data in the forwarded payload.
    #[shape(name = "emitSystemFields")]
    pub emit_system_fields: Option<Vec<String>>,
}

/// The input of `PutTransformer`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutTransformerRequest {
    /// Specify either the name or ARN of the log group to create the transformer for.
    #[shape(name = "logGroupIdentifier")]
    pub log_group_identifier: String,
    /// This structure contains the configuration of this log transformer. A log transformer is an
    /// array of processors, where each processor applies one type of transformation to the log
    /// events that are ingested.
    #[shape(name = "transformerConfig")]
    pub transformer_config: Vec<Processor>,
}

/// This structure contains details about a saved CloudWatch Logs Insights query definition.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct QueryDefinition {
    /// The query language used for this query. For more information about the query languages that
    /// CloudWatch Logs supports, see [Supported query
    /// languages](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_Languages.html).
    #[shape(name = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
    /// The unique ID of the query definition.
    #[shape(name = "queryDefinitionId")]
    pub query_definition_id: Option<String>,
    /// The name of the query definition.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The query string to use for this definition. For more information, see [CloudWatch Logs
    /// Insights Query
    /// Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html).
    #[shape(name = "queryString")]
    pub query_string: Option<String>,
    /// The date that the query definition was most recently modified.
    #[shape(name = "lastModified")]
    pub last_modified: Option<i64>,
    /// If this query definition contains a list of log groups that it is limited to, that list
    /// appears here.
    #[shape(name = "logGroupNames")]
    pub log_group_names: Option<Vec<String>>,
    /// If this query definition contains a list of query parameters that define placeholder
    /// variables for the query string, that list appears here.
    #[shape(name = "parameters")]
    pub parameters: Option<Vec<QueryParameter>>,
}

/// Information about one CloudWatch Logs Insights query that matches the request in a
/// `DescribeQueries` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct QueryInfo {
    /// The query language used for this query. For more information about the query languages that
    /// CloudWatch Logs supports, see [Supported query
    /// languages](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_Languages.html).
    #[shape(name = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
    /// The unique ID number of this query.
    #[shape(name = "queryId")]
    pub query_id: Option<String>,
    /// The query string used in this query.
    #[shape(name = "queryString")]
    pub query_string: Option<String>,
    /// The status of this query. Possible values are `Cancelled`, `Complete`, `Failed`, `Running`,
    /// `Scheduled`, and `Unknown`.
    #[shape(name = "status")]
    pub status: Option<QueryStatus>,
    /// The date and time that this query was created.
    #[shape(name = "createTime")]
    pub create_time: Option<i64>,
    /// The name of the log group scanned by this query.
    #[shape(name = "logGroupName")]
    pub log_group_name: Option<String>,
    /// The duration in milliseconds that the query took to execute.
    #[shape(name = "queryDuration")]
    pub query_duration: Option<i64>,
    /// The total number of bytes scanned by the query. This indicates the cost associated with the
    /// query.
    #[shape(name = "bytesScanned")]
    pub bytes_scanned: Option<f64>,
    /// The ARN of the user who ran the query.
    #[shape(name = "userIdentity")]
    pub user_identity: Option<String>,
}

/// The model's `QueryLanguage`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum QueryLanguage {
    /// `CWLI`
    #[default]
    #[shape(name = "CWLI")]
    Cwli,
    /// `SQL`
    #[shape(name = "SQL")]
    Sql,
    /// `PPL`
    #[shape(name = "PPL")]
    Ppl,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This structure defines a query parameter for a saved CloudWatch Logs Insights query definition.
/// Query parameters are supported only for Logs Insights QL queries. They are placeholder variables
/// that you can reference in a query string using the `{{parameterName}}` syntax. Each parameter
/// can include a default value and a description.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct QueryParameter {
    /// The name of the query parameter. A query parameter name must start with a letter or
    /// underscore, and contain only letters, digits, and underscores.
    #[shape(name = "name")]
    pub name: String,
    /// The default value to use for this query parameter if no value is supplied at execution time.
    #[shape(name = "defaultValue")]
    pub default_value: Option<String>,
    /// A description of the query parameter that explains its purpose or expected values.
    #[shape(name = "description")]
    pub description: Option<String>,
}

/// Contains the number of log events scanned by the query, the number of log events that matched
/// the query criteria, and the total number of bytes in the log events that were scanned.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct QueryStatistics {
    /// The number of log events that matched the query string.
    #[shape(name = "recordsMatched")]
    pub records_matched: Option<f64>,
    /// The total number of log events scanned during the query.
    #[shape(name = "recordsScanned")]
    pub records_scanned: Option<f64>,
    /// An estimate of the number of log events that were skipped when processing this query,
    /// because the query contained an indexed field. Skipping these entries lowers query costs and
    /// improves the query performance time. For more information about field indexes, see
    /// [PutIndexPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutIndexPolicy.html).
    #[shape(name = "estimatedRecordsSkipped")]
    pub estimated_records_skipped: Option<f64>,
    /// The total number of bytes in the log events scanned during the query.
    #[shape(name = "bytesScanned")]
    pub bytes_scanned: Option<f64>,
    /// An estimate of the number of bytes in the log events that were skipped when processing this
    /// query, because the query contained an indexed field. Skipping these entries lowers query
    /// costs and improves the query performance time. For more information about field indexes, see
    /// [PutIndexPolicy](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutIndexPolicy.html).
    #[shape(name = "estimatedBytesSkipped")]
    pub estimated_bytes_skipped: Option<f64>,
    /// The number of log groups that were scanned by this query.
    #[shape(name = "logGroupsScanned")]
    pub log_groups_scanned: Option<f64>,
}

/// The model's `QueryStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum QueryStatus {
    /// `Scheduled`
    #[default]
    Scheduled,
    /// `Running`
    Running,
    /// `Complete`
    Complete,
    /// `Failed`
    Failed,
    /// `Cancelled`
    Cancelled,
    /// `Timeout`
    Timeout,
    /// `Unknown`
    Unknown,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Other(String),
}

/// A structure that represents a valid record field header and whether it is mandatory.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RecordField {
    /// The name to use when specifying this record field in a
    /// [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html)
    /// or
    /// [UpdateDeliveryConfiguration](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateDeliveryConfiguration.html)
    /// operation.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// If this is `true`, the record field must be present in the `recordFields` parameter provided
    /// to a
    /// [CreateDelivery](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateDelivery.html)
    /// or
    /// [UpdateDeliveryConfiguration](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_UpdateDeliveryConfiguration.html)
    /// operation.
    #[shape(name = "mandatory")]
    pub mandatory: Option<bool>,
}

/// If an entity is rejected when a `PutLogEvents` request was made, this includes details about the
/// reason for the rejection.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RejectedEntityInfo {
    /// The type of error that caused the rejection of the entity when calling `PutLogEvents`.
    #[shape(name = "errorType")]
    pub error_type: EntityRejectionErrorType,
}

/// Represents the rejected events.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RejectedLogEventsInfo {
    /// The index of the first log event that is too new. This field is inclusive.
    #[shape(name = "tooNewLogEventStartIndex")]
    pub too_new_log_event_start_index: Option<i32>,
    /// The index of the last log event that is too old. This field is exclusive.
    #[shape(name = "tooOldLogEventEndIndex")]
    pub too_old_log_event_end_index: Option<i32>,
    /// The expired log events.
    #[shape(name = "expiredLogEventEndIndex")]
    pub expired_log_event_end_index: Option<i32>,
}

/// This object defines one key that will be renamed with the [
/// renameKey](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-renameKey)
/// processor.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RenameKeyEntry {
    /// The key to rename
    #[shape(name = "key")]
    pub key: String,
    /// The string to use for the new key name
    #[shape(name = "renameTo")]
    pub rename_to: String,
    /// Specifies whether to overwrite the existing value if the destination key already exists. The
    /// default is `false`
    #[shape(name = "overwriteIfExists")]
    pub overwrite_if_exists: Option<bool>,
}

/// Use this processor to rename keys in a log event.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RenameKeys {
    /// An array of `RenameKeyEntry` objects, where each object contains the information about a
    /// single key to rename.
    #[shape(name = "entries")]
    pub entries: Vec<RenameKeyEntry>,
}

/// This structure contains configuration details about an integration between CloudWatch Logs and
/// another entity.
#[derive(Shape, Debug, Clone, PartialEq)]
pub enum ResourceConfig {
    /// This structure contains configuration details about an integration between CloudWatch Logs
    /// and OpenSearch Service.
    #[shape(name = "openSearchResourceConfig")]
    OpenSearchResourceConfig(OpenSearchResourceConfig),
    /// A member this model does not know: its name.
    #[shape(other)]
    Unknown(String),
}

/// A policy enabling one or more entities to put logs to a log group in this account.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResourcePolicy {
    /// The name of the resource policy.
    #[shape(name = "policyName")]
    pub policy_name: Option<String>,
    /// The details of the policy.
    #[shape(name = "policyDocument")]
    pub policy_document: Option<String>,
    /// Timestamp showing when this policy was last updated, expressed as the number of milliseconds
    /// after `Jan 1, 1970 00:00:00 UTC`.
    #[shape(name = "lastUpdatedTime")]
    pub last_updated_time: Option<i64>,
    /// Specifies scope of the resource policy. Valid values are ACCOUNT or RESOURCE.
    #[shape(name = "policyScope")]
    pub policy_scope: Option<PolicyScope>,
    /// The ARN of the CloudWatch Logs resource to which the resource policy is attached. Only
    /// populated for resource-scoped policies.
    #[shape(name = "resourceArn")]
    pub resource_arn: Option<String>,
    /// The revision ID of the resource policy. Only populated for resource-scoped policies.
    #[shape(name = "revisionId")]
    pub revision_id: Option<String>,
}

/// Contains one field from one log event returned by a CloudWatch Logs Insights query, along with
/// the value of that field.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ResultField {
    /// The log event field.
    #[shape(name = "field")]
    pub field: Option<String>,
    /// The value of this field.
    #[shape(name = "value")]
    pub value: Option<String>,
}

/// Configuration for Amazon S3 destination where scheduled query results are delivered.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct S3Configuration {
    /// The Amazon S3 URI where query results are delivered. Must be a valid S3 URI format.
    #[shape(name = "destinationIdentifier")]
    pub destination_identifier: String,
    /// The ARN of the IAM role that grants permissions to write query results to the specified
    /// Amazon S3 destination.
    #[shape(name = "roleArn")]
    pub role_arn: String,
    /// The Amazon Web Services accountId for the bucket owning account.
    #[shape(name = "ownerAccountId")]
    pub owner_account_id: Option<String>,
    /// The Amazon Resource Name (ARN) of the KMS encryption key. Must belong to the same Amazon Web
    /// Services Region as the destination Amazon S3 bucket.
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
}

/// This structure contains delivery configurations that apply only when the delivery destination
/// resource is an S3 bucket.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct S3DeliveryConfiguration {
    /// This string allows re-configuring the S3 object prefix to contain either static or variable
    /// sections. The valid variables to use in the suffix path will vary by each log source. To
    /// find the values supported for the suffix path for each log source, use the
    /// [DescribeConfigurationTemplates](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_DescribeConfigurationTemplates.html)
    /// operation and check the `allowedSuffixPathFields` field in the response.
    #[shape(name = "suffixPath")]
    pub suffix_path: Option<String>,
    /// This parameter causes the S3 objects that contain delivered logs to use a prefix structure
    /// that allows for integration with Apache Hive.
    #[shape(name = "enableHiveCompatiblePath")]
    pub enable_hive_compatible_path: Option<bool>,
}

/// Represents a data source association with an S3 Table Integration, including its status and
/// metadata.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct S3TableIntegrationSource {
    /// The unique identifier for this data source association.
    #[shape(name = "identifier")]
    pub identifier: Option<String>,
    /// The data source associated with the S3 Table Integration.
    #[shape(name = "dataSource")]
    pub data_source: Option<DataSource>,
    /// The current status of the data source association.
    #[shape(name = "status")]
    pub status: Option<S3TableIntegrationSourceStatus>,
    /// Additional information about the status of the data source association.
    #[shape(name = "statusReason")]
    pub status_reason: Option<String>,
    /// The timestamp when the data source association was created.
    #[shape(name = "createdTimeStamp")]
    pub created_time_stamp: Option<i64>,
    /// The identifier of the parent data source for this association.
    #[shape(name = "parentSourceIdentifier")]
    pub parent_source_identifier: Option<String>,
}

/// The model's `S3TableIntegrationSourceStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum S3TableIntegrationSourceStatus {
    /// `ACTIVE`
    #[default]
    #[shape(name = "ACTIVE")]
    Active,
    /// `UNHEALTHY`
    #[shape(name = "UNHEALTHY")]
    Unhealthy,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// `DATA_SOURCE_DELETE_IN_PROGRESS`
    #[shape(name = "DATA_SOURCE_DELETE_IN_PROGRESS")]
    DataSourceDeleteInProgress,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains information about the S3 Tables integration configuration for a configuration template.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct S3TablesIntegration {
    /// The name of the S3 Tables datasource.
    #[shape(name = "datasourceName")]
    pub datasource_name: Option<String>,
    /// The type of the S3 Tables datasource.
    #[shape(name = "datasourceType")]
    pub datasource_type: Option<String>,
}

/// Information about a destination where scheduled query results are processed, including
/// processing status and any error messages.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ScheduledQueryDestination {
    /// The type of destination for query results.
    #[shape(name = "destinationType")]
    pub destination_type: Option<ScheduledQueryDestinationType>,
    /// The identifier for the destination where results are delivered.
    #[shape(name = "destinationIdentifier")]
    pub destination_identifier: Option<String>,
    /// The processing status of the destination delivery.
    #[shape(name = "status")]
    pub status: Option<ActionStatus>,
    /// The identifier of the processed result at the destination.
    #[shape(name = "processedIdentifier")]
    pub processed_identifier: Option<String>,
    /// Error message if destination processing failed.
    #[shape(name = "errorMessage")]
    pub error_message: Option<String>,
}

/// The model's `ScheduledQueryDestinationType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ScheduledQueryDestinationType {
    /// `S3`
    #[default]
    S3,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ScheduledQueryState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ScheduledQueryState {
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

/// Summary information about a scheduled query, including basic configuration and execution status.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ScheduledQuerySummary {
    /// The ARN of the scheduled query.
    #[shape(name = "scheduledQueryArn")]
    pub scheduled_query_arn: Option<String>,
    /// The name of the scheduled query.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The current state of the scheduled query.
    #[shape(name = "state")]
    pub state: Option<ScheduledQueryState>,
    /// The timestamp when the scheduled query was last executed.
    #[shape(name = "lastTriggeredTime")]
    pub last_triggered_time: Option<i64>,
    /// The status of the most recent execution.
    #[shape(name = "lastExecutionStatus")]
    pub last_execution_status: Option<ExecutionStatus>,
    /// The cron expression that defines when the scheduled query runs.
    #[shape(name = "scheduleExpression")]
    pub schedule_expression: Option<String>,
    /// The timezone used for evaluating the schedule expression.
    #[shape(name = "timezone")]
    pub timezone: Option<String>,
    /// Configuration for where query results are delivered.
    #[shape(name = "destinationConfiguration")]
    pub destination_configuration: Option<DestinationConfiguration>,
    /// The timestamp when the scheduled query was created.
    #[shape(name = "creationTime")]
    pub creation_time: Option<i64>,
    /// The timestamp when the scheduled query was last updated.
    #[shape(name = "lastUpdatedTime")]
    pub last_updated_time: Option<i64>,
}

/// The model's `Scope`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Scope {
    /// `ALL`
    #[default]
    #[shape(name = "ALL")]
    All,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents the search status of a log stream.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SearchedLogStream {
    /// The name of the log stream.
    #[shape(name = "logStreamName")]
    pub log_stream_name: Option<String>,
    /// Indicates whether all the events in this log stream were searched.
    #[shape(name = "searchedCompletely")]
    pub searched_completely: Option<bool>,
}

/// This exception is returned if an unknown error occurs during a Live Tail session.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SessionStreamingException {
    /// `message`.
    #[shape(name = "message")]
    pub message: Option<String>,
}

/// This exception is returned in a Live Tail stream when the Live Tail session times out. Live Tail
/// sessions time out after three hours.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SessionTimeoutException {
    /// `message`.
    #[shape(name = "message")]
    pub message: Option<String>,
}

/// Use this processor to split a field into an array of strings using a delimiting character.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SplitString {
    /// An array of `SplitStringEntry` objects, where each object contains the information about one
    /// field to split.
    #[shape(name = "entries")]
    pub entries: Vec<SplitStringEntry>,
}

/// This object defines one log field that will be split with the [
/// splitString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-splitString)
/// processor.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SplitStringEntry {
    /// The key of the field to split.
    #[shape(name = "source")]
    pub source: String,
    /// The separator characters to split the string entry on.
    #[shape(name = "delimiter")]
    pub delimiter: String,
}

/// The model's `StandardUnit`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StandardUnit {
    /// `Seconds`
    #[default]
    Seconds,
    /// `Microseconds`
    Microseconds,
    /// `Milliseconds`
    Milliseconds,
    /// `Bytes`
    Bytes,
    /// `Kilobytes`
    Kilobytes,
    /// `Megabytes`
    Megabytes,
    /// `Gigabytes`
    Gigabytes,
    /// `Terabytes`
    Terabytes,
    /// `Bits`
    Bits,
    /// `Kilobits`
    Kilobits,
    /// `Megabits`
    Megabits,
    /// `Gigabits`
    Gigabits,
    /// `Terabits`
    Terabits,
    /// `Percent`
    Percent,
    /// `Count`
    Count,
    /// `Bytes/Second`
    #[shape(name = "Bytes/Second")]
    BytesSecond,
    /// `Kilobytes/Second`
    #[shape(name = "Kilobytes/Second")]
    KilobytesSecond,
    /// `Megabytes/Second`
    #[shape(name = "Megabytes/Second")]
    MegabytesSecond,
    /// `Gigabytes/Second`
    #[shape(name = "Gigabytes/Second")]
    GigabytesSecond,
    /// `Terabytes/Second`
    #[shape(name = "Terabytes/Second")]
    TerabytesSecond,
    /// `Bits/Second`
    #[shape(name = "Bits/Second")]
    BitsSecond,
    /// `Kilobits/Second`
    #[shape(name = "Kilobits/Second")]
    KilobitsSecond,
    /// `Megabits/Second`
    #[shape(name = "Megabits/Second")]
    MegabitsSecond,
    /// `Gigabits/Second`
    #[shape(name = "Gigabits/Second")]
    GigabitsSecond,
    /// `Terabits/Second`
    #[shape(name = "Terabits/Second")]
    TerabitsSecond,
    /// `Count/Second`
    #[shape(name = "Count/Second")]
    CountSecond,
    /// `None`
    None,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `StartLiveTail`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartLiveTailRequest {
    /// An array where each item in the array is a log group to include in the Live Tail session.
    #[shape(name = "logGroupIdentifiers")]
    pub log_group_identifiers: Vec<String>,
    /// If you specify this parameter, then only log events in the log streams that you specify here
    /// are included in the Live Tail session.
    #[shape(name = "logStreamNames")]
    pub log_stream_names: Option<Vec<String>>,
    /// If you specify this parameter, then only log events in the log streams that have names that
    /// start with the prefixes that you specify here are included in the Live Tail session.
    #[shape(name = "logStreamNamePrefixes")]
    pub log_stream_name_prefixes: Option<Vec<String>>,
    /// An optional pattern to use to filter the results to include only log events that match the
    /// pattern. For example, a filter pattern of `error 404` causes only log events that include
    /// both `error` and `404` to be included in the Live Tail stream.
    #[shape(name = "logEventFilterPattern")]
    pub log_event_filter_pattern: Option<String>,
}

/// The output of `StartLiveTail`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartLiveTailResponse {
    /// An object that includes the stream returned by your request. It can include both log events
    /// and exceptions.
    #[shape(name = "responseStream")]
    pub response_stream: Option<StartLiveTailResponseStream>,
}

/// This object includes the stream returned by your
/// [StartLiveTail](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_StartLiveTail.html)
/// request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(event_stream)]
pub struct StartLiveTailResponseStream {
    /// This object contains information about this Live Tail session, including the log groups
    /// included and the log stream filters, if any.
    #[shape(name = "sessionStart")]
    pub session_start: Option<LiveTailSessionStart>,
    /// This object contains the log events and session metadata.
    #[shape(name = "sessionUpdate")]
    pub session_update: Option<LiveTailSessionUpdate>,
    /// This exception is returned in the stream when the Live Tail session times out. Live Tail
    /// sessions time out after three hours.
    pub session_timeout_exception: Option<SessionTimeoutException>,
    /// This exception is returned if an unknown error occurs.
    pub session_streaming_exception: Option<SessionStreamingException>,
}

/// The input of `StartQuery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartQueryRequest {
    /// Specify the query language to use for this query. The options are Logs Insights QL,
    /// OpenSearch PPL, and OpenSearch SQL. For more information about the query languages that
    /// CloudWatch Logs supports, see [Supported query
    /// languages](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_AnalyzeLogData_Languages.html).
    #[shape(name = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
    /// The log group on which to perform the query.
    #[shape(name = "logGroupName")]
    pub log_group_name: Option<String>,
    /// The list of log groups to be queried. You can include up to 50 log groups.
    #[shape(name = "logGroupNames")]
    pub log_group_names: Option<Vec<String>>,
    /// The list of log groups to query. You can include up to 50 log groups.
    #[shape(name = "logGroupIdentifiers")]
    pub log_group_identifiers: Option<Vec<String>>,
    /// The beginning of the time range to query. The range is inclusive, so the specified start
    /// time is included in the query. Specified as epoch time, the number of seconds since `January
    /// 1, 1970, 00:00:00 UTC`.
    #[shape(name = "startTime")]
    pub start_time: i64,
    /// The end of the time range to query. The range is inclusive, so the specified end time is
    /// included in the query. Specified as epoch time, the number of seconds since `January 1,
    /// 1970, 00:00:00 UTC`.
    #[shape(name = "endTime")]
    pub end_time: i64,
    /// The query string to use. For more information, see [CloudWatch Logs Insights Query
    /// Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CWL_QuerySyntax.html).
    #[shape(name = "queryString")]
    pub query_string: String,
    /// The maximum number of log events to return in the query. If the query string uses the
    /// `fields` command, only the specified fields and their values are returned. The default is
    /// 10,000.
    #[shape(name = "limit")]
    pub limit: Option<i32>,
}

/// The output of `StartQuery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartQueryResponse {
    /// The unique ID of the query.
    #[shape(name = "queryId")]
    pub query_id: Option<String>,
}

/// The model's `State`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum State {
    /// `Active`
    #[default]
    Active,
    /// `Suppressed`
    Suppressed,
    /// `Baseline`
    Baseline,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `StopQuery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopQueryRequest {
    /// The ID number of the query to stop. To find this ID number, use `DescribeQueries`.
    #[shape(name = "queryId")]
    pub query_id: String,
}

/// The output of `StopQuery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopQueryResponse {
    /// This is true if the query was stopped by the `StopQuery` operation.
    #[shape(name = "success")]
    pub success: Option<bool>,
}

/// Represents a subscription filter.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SubscriptionFilter {
    /// The name of the subscription filter.
    #[shape(name = "filterName")]
    pub filter_name: Option<String>,
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: Option<String>,
    /// A symbolic description of how CloudWatch Logs should interpret the data in each log event.
    /// For example, a log event can contain timestamps, IP addresses, strings, and so on. You use
    /// the filter pattern to specify what to look for in the log event message.
    #[shape(name = "filterPattern")]
    pub filter_pattern: Option<String>,
    /// The Amazon Resource Name (ARN) of the destination.
    #[shape(name = "destinationArn")]
    pub destination_arn: Option<String>,
    /// `roleArn`.
    #[shape(name = "roleArn")]
    pub role_arn: Option<String>,
    /// The method used to distribute log data to the destination, which can be either random or
    /// grouped by log stream.
    #[shape(name = "distribution")]
    pub distribution: Option<Distribution>,
    /// This parameter is valid only for log groups that have an active log transformer. For more
    /// information about log transformers, see
    /// [PutTransformer](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutTransformer.html).
    #[shape(name = "applyOnTransformedLogs")]
    pub apply_on_transformed_logs: Option<bool>,
    /// The creation time of the subscription filter, expressed as the number of milliseconds after
    /// `Jan 1, 1970 00:00:00 UTC`.
    #[shape(name = "creationTime")]
    pub creation_time: Option<i64>,
    /// The filter expression that specifies which log events are processed by this subscription
    /// filter based on system fields. Returns the `fieldSelectionCriteria` value if it was
    /// specified when the subscription filter was created.
    #[shape(name = "fieldSelectionCriteria")]
    pub field_selection_criteria: Option<String>,
    /// The list of system fields that are included in the log events sent to the subscription
    /// destination. Returns the `emitSystemFields` value if it was specified when the subscription
    /// filter was created.
    #[shape(name = "emitSystemFields")]
    pub emit_system_fields: Option<Vec<String>>,
}

/// This processor matches a key’s value against a regular expression and replaces all matches
/// with a replacement string.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SubstituteString {
    /// An array of objects, where each object contains the information about one key to match and
    /// replace.
    #[shape(name = "entries")]
    pub entries: Vec<SubstituteStringEntry>,
}

/// This object defines one log field key that will be replaced using the [
/// substituteString](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-substituteString)
/// processor.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SubstituteStringEntry {
    /// The key to modify
    #[shape(name = "source")]
    pub source: String,
    /// The regular expression string to be replaced. Special regex characters such as \[ and \]
    /// must be escaped using \\\\ when using double quotes and with \\ when using single quotes.
    /// For more information, see [ Class
    /// Pattern](https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/util/regex/Pattern.html)
    /// on the Oracle web site.
    #[shape(name = "from")]
    pub from: String,
    /// The string to be substituted for each match of `from`
    #[shape(name = "to")]
    pub to: String,
}

/// If you are suppressing an anomaly temporariliy, this structure defines how long the suppression
/// period is to be.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SuppressionPeriod {
    /// Specifies the number of seconds, minutes or hours to suppress this anomaly. There is no
    /// maximum.
    #[shape(name = "value")]
    pub value: Option<i32>,
    /// Specifies whether the value of `value` is in seconds, minutes, or hours.
    #[shape(name = "suppressionUnit")]
    pub suppression_unit: Option<SuppressionUnit>,
}

/// The model's `SuppressionState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SuppressionState {
    /// `SUPPRESSED`
    #[default]
    #[shape(name = "SUPPRESSED")]
    Suppressed,
    /// `UNSUPPRESSED`
    #[shape(name = "UNSUPPRESSED")]
    Unsuppressed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `SuppressionType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SuppressionType {
    /// `LIMITED`
    #[default]
    #[shape(name = "LIMITED")]
    Limited,
    /// `INFINITE`
    #[shape(name = "INFINITE")]
    Infinite,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `SuppressionUnit`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SuppressionUnit {
    /// `SECONDS`
    #[default]
    #[shape(name = "SECONDS")]
    Seconds,
    /// `MINUTES`
    #[shape(name = "MINUTES")]
    Minutes,
    /// `HOURS`
    #[shape(name = "HOURS")]
    Hours,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A tag filter that specifies a tag key and optional tag values for filtering log groups by tags.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagFilter {
    /// The tag key to filter on.
    #[shape(name = "key")]
    pub key: String,
    /// An optional list of tag values to filter on.
    #[shape(name = "values")]
    pub values: Option<Vec<String>>,
}

/// The input of `TagLogGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagLogGroupRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: String,
    /// The key-value pairs to use for the tags.
    #[shape(name = "tags")]
    pub tags: HashMap<String, String>,
}

/// The input of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceRequest {
    /// The ARN of the resource that you're adding tags to.
    #[shape(name = "resourceArn")]
    pub resource_arn: String,
    /// The list of key-value pairs to associate with the resource.
    #[shape(name = "tags")]
    pub tags: HashMap<String, String>,
}

/// The input of `TestMetricFilter`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TestMetricFilterRequest {
    /// A symbolic description of how CloudWatch Logs should interpret the data in each log event.
    /// For example, a log event can contain timestamps, IP addresses, strings, and so on. You use
    /// the filter pattern to specify what to look for in the log event message.
    #[shape(name = "filterPattern")]
    pub filter_pattern: String,
    /// The log event messages to test.
    #[shape(name = "logEventMessages")]
    pub log_event_messages: Vec<String>,
}

/// The output of `TestMetricFilter`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TestMetricFilterResponse {
    /// The matched events.
    #[shape(name = "matches")]
    pub matches: Option<Vec<MetricFilterMatchRecord>>,
}

/// The input of `TestTransformer`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TestTransformerRequest {
    /// This structure contains the configuration of this log transformer that you want to test. A
    /// log transformer is an array of processors, where each processor applies one type of
    /// transformation to the log events that are ingested.
    #[shape(name = "transformerConfig")]
    pub transformer_config: Vec<Processor>,
    /// An array of the raw log events that you want to use to test this transformer.
    #[shape(name = "logEventMessages")]
    pub log_event_messages: Vec<String>,
}

/// The output of `TestTransformer`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TestTransformerResponse {
    /// An array where each member of the array includes both the original version and the
    /// transformed version of one of the log events that you input.
    #[shape(name = "transformedLogs")]
    pub transformed_logs: Option<Vec<TransformedLogRecord>>,
}

/// This structure contains information for one log event that has been processed by a log
/// transformer.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TransformedLogRecord {
    /// The event number.
    #[shape(name = "eventNumber")]
    pub event_number: Option<i64>,
    /// The original log event message before it was transformed.
    #[shape(name = "eventMessage")]
    pub event_message: Option<String>,
    /// The log event message after being transformed.
    #[shape(name = "transformedEventMessage")]
    pub transformed_event_message: Option<String>,
}

/// A record of a scheduled query execution, including execution status, timestamp, and destination
/// processing results.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TriggerHistoryRecord {
    /// The unique identifier for this query execution.
    #[shape(name = "queryId")]
    pub query_id: Option<String>,
    /// The execution status of the scheduled query run.
    #[shape(name = "executionStatus")]
    pub execution_status: Option<ExecutionStatus>,
    /// The timestamp when the scheduled query execution was triggered.
    #[shape(name = "triggeredTimestamp")]
    pub triggered_timestamp: Option<i64>,
    /// Error message if the query execution failed.
    #[shape(name = "errorMessage")]
    pub error_message: Option<String>,
    /// Information about destination processing for this query execution.
    #[shape(name = "destinations")]
    pub destinations: Option<Vec<ScheduledQueryDestination>>,
}

/// Use this processor to remove leading and trailing whitespace.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TrimString {
    /// The array containing the keys of the fields to trim.
    #[shape(name = "withKeys")]
    pub with_keys: Vec<String>,
}

/// The model's `Type`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Type {
    /// `boolean`
    #[default]
    #[shape(name = "boolean")]
    Boolean,
    /// `integer`
    #[shape(name = "integer")]
    Integer,
    /// `double`
    #[shape(name = "double")]
    Double,
    /// `string`
    #[shape(name = "string")]
    String,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Use this processor to convert a value type associated with the specified key to the specified
/// type. It's a casting processor that changes the types of the specified fields. Values can be
/// converted into one of the following datatypes: `integer`, `double`, `string` and `boolean`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TypeConverter {
    /// An array of `TypeConverterEntry` objects, where each object contains the information about
    /// one field to change the type of.
    #[shape(name = "entries")]
    pub entries: Vec<TypeConverterEntry>,
}

/// This object defines one value type that will be converted using the [
/// typeConverter](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html#CloudWatch-Logs-Transformation-typeConverter)
/// processor.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TypeConverterEntry {
    /// The key with the value that is to be converted to a different type.
    #[shape(name = "key")]
    pub key: String,
    /// The type to convert the field value to. Valid values are `integer`, `double`, `string` and
    /// `boolean`.
    #[shape(name = "type")]
    pub r#type: Type,
}

/// The input of `UntagLogGroup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagLogGroupRequest {
    /// The name of the log group.
    #[shape(name = "logGroupName")]
    pub log_group_name: String,
    /// The tag keys. The corresponding tags are removed from the log group.
    #[shape(name = "tags")]
    pub tags: Vec<String>,
}

/// The input of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceRequest {
    /// The ARN of the CloudWatch Logs resource that you're removing tags from.
    #[shape(name = "resourceArn")]
    pub resource_arn: String,
    /// The list of tag keys to remove from the resource.
    #[shape(name = "tagKeys")]
    pub tag_keys: Vec<String>,
}

/// The input of `UpdateAnomaly`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateAnomalyRequest {
    /// If you are suppressing or unsuppressing an anomaly, specify its unique ID here. You can find
    /// anomaly IDs by using the
    /// [ListAnomalies](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListAnomalies.html)
    /// operation.
    #[shape(name = "anomalyId")]
    pub anomaly_id: Option<String>,
    /// If you are suppressing or unsuppressing an pattern, specify its unique ID here. You can find
    /// pattern IDs by using the
    /// [ListAnomalies](https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_ListAnomalies.html)
    /// operation.
    #[shape(name = "patternId")]
    pub pattern_id: Option<String>,
    /// The ARN of the anomaly detector that this operation is to act on.
    #[shape(name = "anomalyDetectorArn")]
    pub anomaly_detector_arn: String,
    /// Use this to specify whether the suppression to be temporary or infinite. If you specify
    /// `LIMITED`, you must also specify a `suppressionPeriod`. If you specify `INFINITE`, any value
    /// for `suppressionPeriod` is ignored.
    #[shape(name = "suppressionType")]
    pub suppression_type: Option<SuppressionType>,
    /// If you are temporarily suppressing an anomaly or pattern, use this structure to specify how
    /// long the suppression is to last.
    #[shape(name = "suppressionPeriod")]
    pub suppression_period: Option<SuppressionPeriod>,
    /// Set this to `true` to prevent CloudWatch Logs from displaying this behavior as an anomaly in
    /// the future. The behavior is then treated as baseline behavior. However, if similar but more
    /// severe occurrences of this behavior occur in the future, those will still be reported as
    /// anomalies.
    #[shape(name = "baseline")]
    pub baseline: Option<bool>,
}

/// The input of `UpdateDeliveryConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateDeliveryConfigurationRequest {
    /// The ID of the delivery to be updated by this request.
    #[shape(name = "id")]
    pub id: String,
    /// The list of record fields to be delivered to the destination, in order. If the delivery's
    /// log source has mandatory fields, they must be included in this list.
    #[shape(name = "recordFields")]
    pub record_fields: Option<Vec<String>>,
    /// The field delimiter to use between record fields when the final output format of a delivery
    /// is in `Plain`, `W3C`, or `Raw` format.
    #[shape(name = "fieldDelimiter")]
    pub field_delimiter: Option<String>,
    /// This structure contains parameters that are valid only when the delivery's delivery
    /// destination is an S3 bucket.
    #[shape(name = "s3DeliveryConfiguration")]
    pub s3_delivery_configuration: Option<S3DeliveryConfiguration>,
}

/// The output of `UpdateDeliveryConfiguration`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateDeliveryConfigurationResponse {}

/// The input of `UpdateLogAnomalyDetector`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateLogAnomalyDetectorRequest {
    /// The ARN of the anomaly detector that you want to update.
    #[shape(name = "anomalyDetectorArn")]
    pub anomaly_detector_arn: String,
    /// Specifies how often the anomaly detector runs and look for anomalies. Set this value
    /// according to the frequency that the log group receives new logs. For example, if the log
    /// group receives new log events every 10 minutes, then setting `evaluationFrequency` to
    /// `FIFTEEN_MIN` might be appropriate.
    #[shape(name = "evaluationFrequency")]
    pub evaluation_frequency: Option<EvaluationFrequency>,
    /// A symbolic description of how CloudWatch Logs should interpret the data in each log event.
    /// For example, a log event can contain timestamps, IP addresses, strings, and so on. You use
    /// the filter pattern to specify what to look for in the log event message.
    #[shape(name = "filterPattern")]
    pub filter_pattern: Option<String>,
    /// The number of days to use as the life cycle of anomalies. After this time, anomalies are
    /// automatically baselined and the anomaly detector model will treat new occurrences of similar
    /// event as normal. Therefore, if you do not correct the cause of an anomaly during this time,
    /// it will be considered normal going forward and will not be detected.
    #[shape(name = "anomalyVisibilityTime")]
    pub anomaly_visibility_time: Option<i64>,
    /// Use this parameter to pause or restart the anomaly detector.
    #[shape(name = "enabled")]
    pub enabled: bool,
}

/// The input of `UpdateLookupTable`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateLookupTableRequest {
    /// The ARN of the lookup table to update.
    #[shape(name = "lookupTableArn")]
    pub lookup_table_arn: String,
    /// An updated description of the lookup table.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The new CSV content to replace the existing data. The first row must be a header row with
    /// column names. The content must use UTF-8 encoding and not exceed 10 MB.
    #[shape(name = "tableBody")]
    pub table_body: String,
    /// The ARN of the KMS key to use to encrypt the lookup table data. You can use this parameter
    /// to add, update, or remove the KMS key. To remove the KMS key and use an Amazon Web
    /// Services-owned key instead, specify an empty string.
    #[shape(name = "kmsKeyId")]
    pub kms_key_id: Option<String>,
}

/// The output of `UpdateLookupTable`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateLookupTableResponse {
    /// The ARN of the lookup table that was updated.
    #[shape(name = "lookupTableArn")]
    pub lookup_table_arn: Option<String>,
    /// The time when the lookup table was last updated, expressed as the number of milliseconds
    /// after `Jan 1, 1970 00:00:00 UTC`.
    #[shape(name = "lastUpdatedTime")]
    pub last_updated_time: Option<i64>,
}

/// The input of `UpdateScheduledQuery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateScheduledQueryRequest {
    /// The ARN or name of the scheduled query to update.
    #[shape(name = "identifier")]
    pub identifier: String,
    /// An updated description for the scheduled query.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The updated query language for the scheduled query.
    #[shape(name = "queryLanguage")]
    pub query_language: QueryLanguage,
    /// The updated query string to execute.
    #[shape(name = "queryString")]
    pub query_string: String,
    /// The updated array of log group names or ARNs to query.
    #[shape(name = "logGroupIdentifiers")]
    pub log_group_identifiers: Option<Vec<String>>,
    /// The updated cron expression that defines when the scheduled query runs.
    #[shape(name = "scheduleExpression")]
    pub schedule_expression: String,
    /// The updated timezone for evaluating the schedule expression.
    #[shape(name = "timezone")]
    pub timezone: Option<String>,
    /// The updated time offset in seconds that defines the lookback period for the query.
    #[shape(name = "startTimeOffset")]
    pub start_time_offset: Option<i64>,
    /// The updated configuration for where to deliver query results.
    #[shape(name = "destinationConfiguration")]
    pub destination_configuration: Option<DestinationConfiguration>,
    /// The updated start time for the scheduled query in Unix epoch format.
    #[shape(name = "scheduleStartTime")]
    pub schedule_start_time: Option<i64>,
    /// The updated end time for the scheduled query in Unix epoch format.
    #[shape(name = "scheduleEndTime")]
    pub schedule_end_time: Option<i64>,
    /// The updated ARN of the IAM role that grants permissions to execute the query and deliver
    /// results.
    #[shape(name = "executionRoleArn")]
    pub execution_role_arn: String,
    /// The updated state of the scheduled query.
    #[shape(name = "state")]
    pub state: Option<ScheduledQueryState>,
}

/// The output of `UpdateScheduledQuery`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateScheduledQueryResponse {
    /// The ARN of the updated scheduled query.
    #[shape(name = "scheduledQueryArn")]
    pub scheduled_query_arn: Option<String>,
    /// The name of the updated scheduled query.
    #[shape(name = "name")]
    pub name: Option<String>,
    /// The description of the updated scheduled query.
    #[shape(name = "description")]
    pub description: Option<String>,
    /// The query language of the updated scheduled query.
    #[shape(name = "queryLanguage")]
    pub query_language: Option<QueryLanguage>,
    /// The query string of the updated scheduled query.
    #[shape(name = "queryString")]
    pub query_string: Option<String>,
    /// The log groups queried by the updated scheduled query.
    #[shape(name = "logGroupIdentifiers")]
    pub log_group_identifiers: Option<Vec<String>>,
    /// The cron expression of the updated scheduled query.
    #[shape(name = "scheduleExpression")]
    pub schedule_expression: Option<String>,
    /// The timezone of the updated scheduled query.
    #[shape(name = "timezone")]
    pub timezone: Option<String>,
    /// The time offset of the updated scheduled query.
    #[shape(name = "startTimeOffset")]
    pub start_time_offset: Option<i64>,
    /// The destination configuration of the updated scheduled query.
    #[shape(name = "destinationConfiguration")]
    pub destination_configuration: Option<DestinationConfiguration>,
    /// The state of the updated scheduled query.
    #[shape(name = "state")]
    pub state: Option<ScheduledQueryState>,
    /// The timestamp when the updated scheduled query was last executed.
    #[shape(name = "lastTriggeredTime")]
    pub last_triggered_time: Option<i64>,
    /// The status of the most recent execution of the updated scheduled query.
    #[shape(name = "lastExecutionStatus")]
    pub last_execution_status: Option<ExecutionStatus>,
    /// The start time of the updated scheduled query.
    #[shape(name = "scheduleStartTime")]
    pub schedule_start_time: Option<i64>,
    /// The end time of the updated scheduled query.
    #[shape(name = "scheduleEndTime")]
    pub schedule_end_time: Option<i64>,
    /// The execution role ARN of the updated scheduled query.
    #[shape(name = "executionRoleArn")]
    pub execution_role_arn: Option<String>,
    /// The timestamp when the scheduled query was originally created.
    #[shape(name = "creationTime")]
    pub creation_time: Option<i64>,
    /// The timestamp when the scheduled query was last updated.
    #[shape(name = "lastUpdatedTime")]
    pub last_updated_time: Option<i64>,
}

/// This processor converts a string field to uppercase.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpperCaseString {
    /// The array of containing the keys of the field to convert to uppercase.
    #[shape(name = "withKeys")]
    pub with_keys: Vec<String>,
}
