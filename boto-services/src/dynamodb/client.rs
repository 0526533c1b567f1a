//! Amazon DynamoDB (`dynamodb`, API version 2012-08-10): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- dynamodb --resources --reserve Condition,Update --use AttributeValue=super::AttributeValue --by-hand Table.query,Table.scan --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use super::AttributeValue;
use boto_core::{client, DateTime, Op, Shape};
use std::collections::HashMap;

/// Amazon DynamoDB is a fully managed NoSQL database service that provides fast and predictable
/// performance with seamless scalability. DynamoDB lets you offload the administrative burdens of
/// operating and scaling a distributed database, so that you don't have to worry about hardware
/// provisioning, setup and configuration, replication, software patching, or cluster scaling.
#[client(
    service = "dynamodb",
    protocol = "awsJson1_0",
    target_prefix = "DynamoDB_20120810",
    api_version = "2012-08-10",
    service_id = "DynamoDB",
    endpoint_rules = include_str!("endpoint-rule-set.json"),
)]
#[waiter(
    contributor_insights_enabled = describe_contributor_insights,
    delay = 20,
    max_attempts = 30,
    success(path = |o: &DescribeContributorInsightsOutput| -> Option<&str> { Some(o).and_then(|x| x.contributor_insights_status.as_ref()).map(|x| x.as_str()) } == Some("ENABLED")),
    failure(path = |o: &DescribeContributorInsightsOutput| -> Option<&str> { Some(o).and_then(|x| x.contributor_insights_status.as_ref()).map(|x| x.as_str()) } == Some("FAILED")),
)]
#[waiter(
    export_completed = describe_export,
    delay = 20,
    max_attempts = 60,
    success(path = |o: &DescribeExportOutput| -> Option<&str> { Some(o).and_then(|x| x.export_description.as_ref()).and_then(|x| x.export_status.as_ref()).map(|x| x.as_str()) } == Some("COMPLETED")),
    failure(path = |o: &DescribeExportOutput| -> Option<&str> { Some(o).and_then(|x| x.export_description.as_ref()).and_then(|x| x.export_status.as_ref()).map(|x| x.as_str()) } == Some("FAILED")),
)]
#[waiter(
    import_completed = describe_import,
    delay = 20,
    max_attempts = 60,
    success(path = |o: &DescribeImportOutput| -> Option<&str> { Some(o).map(|x| &x.import_table_description).and_then(|x| x.import_status.as_ref()).map(|x| x.as_str()) } == Some("COMPLETED")),
    failure(path = |o: &DescribeImportOutput| -> Option<&str> { Some(o).map(|x| &x.import_table_description).and_then(|x| x.import_status.as_ref()).map(|x| x.as_str()) } == Some("FAILED")),
    failure(path = |o: &DescribeImportOutput| -> Option<&str> { Some(o).map(|x| &x.import_table_description).and_then(|x| x.import_status.as_ref()).map(|x| x.as_str()) } == Some("CANCELLED")),
)]
#[waiter(
    kinesis_streaming_destination_active = describe_kinesis_streaming_destination,
    delay = 20,
    max_attempts = 30,
    success(any = |o: &DescribeKinesisStreamingDestinationOutput| -> Vec<&str> { Some(o).and_then(|x| x.kinesis_data_stream_destinations.as_ref()).into_iter().flatten().filter_map(|x| x.destination_status.as_ref()).map(|x| x.as_str()).collect() } == "ACTIVE"),
    failure(path = |o: &DescribeKinesisStreamingDestinationOutput| -> bool { Some(o).and_then(|x| x.kinesis_data_stream_destinations.as_ref()).map(|x| x.len()).is_some_and(|v| v > 0) && Some(Some(o).and_then(|x| x.kinesis_data_stream_destinations.as_ref()).into_iter().flatten().filter(|e| Some(e).and_then(|x| x.destination_status.as_ref()).map(|x| x.as_str()) == Some("DISABLED") || Some(e).and_then(|x| x.destination_status.as_ref()).map(|x| x.as_str()) == Some("ENABLE_FAILED")).count()) == Some(o).and_then(|x| x.kinesis_data_stream_destinations.as_ref()).map(|x| x.len()) } == true),
)]
#[waiter(
    table_exists = describe_table,
    delay = 20,
    max_attempts = 25,
    success(path = |o: &DescribeTableOutput| -> Option<&str> { Some(o).and_then(|x| x.table.as_ref()).and_then(|x| x.table_status.as_ref()).map(|x| x.as_str()) } == Some("ACTIVE")),
    retry(error = "ResourceNotFoundException"),
)]
#[waiter(
    table_not_exists = describe_table,
    delay = 20,
    max_attempts = 25,
    success(error = "ResourceNotFoundException"),
)]
pub struct Client {
    /// This operation allows you to perform batch reads or writes on data stored in DynamoDB, using
    /// PartiQL. Each read statement in a `BatchExecuteStatement` must specify an equality condition
    /// on all key attributes. This enforces that each `SELECT` statement in a batch returns at most
    /// a single item. For more information, see [Running batch operations with PartiQL for DynamoDB
    /// ](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ql-reference.multiplestatements.batching.html).
    batch_execute_statement: Op<BatchExecuteStatementInput, BatchExecuteStatementOutput>,
    /// The `BatchGetItem` operation returns the attributes of one or more items from one or more
    /// tables. You identify requested items by primary key.
    #[op(operation_context(ResourceArnList = "keys(RequestItems)"))]
    batch_get_item: Op<BatchGetItemInput, BatchGetItemOutput>,
    /// The `BatchWriteItem` operation puts or deletes multiple items in one or more tables. A
    /// single call to `BatchWriteItem` can transmit up to 16MB of data over the network, consisting
    /// of up to 25 item put or delete operations. While individual items can be up to 400 KB once
    /// stored, it's important to note that an item's representation might be greater than 400KB
    /// while being sent in DynamoDB's JSON format for the API call. For more details on this
    /// distinction, see [Naming Rules and Data
    /// Types](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html).
    #[op(operation_context(ResourceArnList = "keys(RequestItems)"))]
    batch_write_item: Op<BatchWriteItemInput, BatchWriteItemOutput>,
    /// Creates a backup for an existing table.
    #[op(context(ResourceArn = "TableName"))]
    create_backup: Op<CreateBackupInput, CreateBackupOutput>,
    /// Creates a global table from an existing table. A global table creates a replication
    /// relationship between two or more DynamoDB tables with the same table name in the provided
    /// Regions.
    #[op(context(ResourceArn = "GlobalTableName"))]
    create_global_table: Op<CreateGlobalTableInput, CreateGlobalTableOutput>,
    /// The `CreateTable` operation adds a new table to your account. In an Amazon Web Services
    /// account, table names must be unique within each Region. That is, you can have two tables
    /// with same name if you create the tables in different Regions.
    #[op(context(ResourceArn = "TableName"))]
    create_table: Op<CreateTableInput, CreateTableOutput>,
    /// Deletes an existing backup of a table.
    #[op(context(ResourceArn = "BackupArn"))]
    delete_backup: Op<DeleteBackupInput, DeleteBackupOutput>,
    /// Deletes a single item in a table by primary key. You can perform a conditional delete
    /// operation that deletes the item if it exists, or if it has an expected attribute value.
    #[op(context(ResourceArn = "TableName"))]
    delete_item: Op<DeleteItemInput, DeleteItemOutput>,
    /// Deletes the resource-based policy attached to the resource, which can be a table or stream.
    #[op(context(ResourceArn))]
    delete_resource_policy: Op<DeleteResourcePolicyInput, DeleteResourcePolicyOutput>,
    /// The `DeleteTable` operation deletes a table and all of its items. After a `DeleteTable`
    /// request, the specified table is in the `DELETING` state until DynamoDB completes the
    /// deletion. If the table is in the `ACTIVE` state, you can delete it. If a table is in
    /// `CREATING` or `UPDATING` states, then DynamoDB returns a `ResourceInUseException`. If the
    /// specified table does not exist, DynamoDB returns a `ResourceNotFoundException`. If table is
    /// already in the `DELETING` state, no error is returned.
    #[op(context(ResourceArn = "TableName"))]
    delete_table: Op<DeleteTableInput, DeleteTableOutput>,
    /// Describes an existing backup of a table.
    #[op(context(ResourceArn = "BackupArn"))]
    describe_backup: Op<DescribeBackupInput, DescribeBackupOutput>,
    /// Checks the status of continuous backups and point in time recovery on the specified table.
    /// Continuous backups are `ENABLED` on all tables at table creation. If point in time recovery
    /// is enabled, `PointInTimeRecoveryStatus` will be set to ENABLED.
    #[op(context(ResourceArn = "TableName"))]
    describe_continuous_backups:
        Op<DescribeContinuousBackupsInput, DescribeContinuousBackupsOutput>,
    /// Returns information about contributor insights for a given table or global secondary index.
    #[op(context(ResourceArn = "TableName"))]
    describe_contributor_insights:
        Op<DescribeContributorInsightsInput, DescribeContributorInsightsOutput>,
    /// Returns the regional endpoint information. For more information on policy permissions,
    /// please see [Internetwork traffic
    /// privacy](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/inter-network-traffic-privacy.html#inter-network-traffic-DescribeEndpoints).
    describe_endpoints: Op<DescribeEndpointsRequest, DescribeEndpointsResponse>,
    /// Describes an existing table export.
    #[op(context(ResourceArn = "ExportArn"))]
    describe_export: Op<DescribeExportInput, DescribeExportOutput>,
    /// Returns information about the specified global table.
    #[op(context(ResourceArn = "GlobalTableName"))]
    describe_global_table: Op<DescribeGlobalTableInput, DescribeGlobalTableOutput>,
    /// Describes Region-specific settings for a global table.
    #[op(context(ResourceArn = "GlobalTableName"))]
    describe_global_table_settings:
        Op<DescribeGlobalTableSettingsInput, DescribeGlobalTableSettingsOutput>,
    /// Represents the properties of the import.
    #[op(context(ResourceArn = "ImportArn"))]
    describe_import: Op<DescribeImportInput, DescribeImportOutput>,
    /// Returns information about the status of Kinesis streaming.
    #[op(context(ResourceArn = "TableName"))]
    describe_kinesis_streaming_destination:
        Op<DescribeKinesisStreamingDestinationInput, DescribeKinesisStreamingDestinationOutput>,
    /// Returns the current provisioned-capacity quotas for your Amazon Web Services account in a
    /// Region, both for the Region as a whole and for any one DynamoDB table that you create there.
    describe_limits: Op<DescribeLimitsInput, DescribeLimitsOutput>,
    /// Returns information about the table, including the current status of the table, when it was
    /// created, the primary key schema, and any indexes on the table.
    #[op(context(ResourceArn = "TableName"))]
    describe_table: Op<DescribeTableInput, DescribeTableOutput>,
    /// Describes auto scaling settings across replicas of the global table at once.
    #[op(context(ResourceArn = "TableName"))]
    describe_table_replica_auto_scaling:
        Op<DescribeTableReplicaAutoScalingInput, DescribeTableReplicaAutoScalingOutput>,
    /// Gives a description of the Time to Live (TTL) status on the specified table.
    #[op(context(ResourceArn = "TableName"))]
    describe_time_to_live: Op<DescribeTimeToLiveInput, DescribeTimeToLiveOutput>,
    /// Stops replication from the DynamoDB table to the Kinesis data stream. This is done without
    /// deleting either of the resources.
    #[op(context(ResourceArn = "TableName"))]
    disable_kinesis_streaming_destination:
        Op<KinesisStreamingDestinationInput, KinesisStreamingDestinationOutput>,
    /// Starts table data replication to the specified Kinesis data stream at a timestamp chosen
    /// during the enable workflow. If this operation doesn't return results immediately, use
    /// DescribeKinesisStreamingDestination to check if streaming to the Kinesis data stream is
    /// ACTIVE.
    #[op(context(ResourceArn = "TableName"))]
    enable_kinesis_streaming_destination:
        Op<KinesisStreamingDestinationInput, KinesisStreamingDestinationOutput>,
    /// This operation allows you to perform reads and singleton writes on data stored in DynamoDB,
    /// using PartiQL.
    execute_statement: Op<ExecuteStatementInput, ExecuteStatementOutput>,
    /// This operation allows you to perform transactional reads or writes on data stored in
    /// DynamoDB, using PartiQL.
    execute_transaction: Op<ExecuteTransactionInput, ExecuteTransactionOutput>,
    /// Exports table data to an S3 bucket. The table must have point in time recovery enabled, and
    /// you can export data from any time within the point in time recovery window.
    #[op(context(ResourceArn = "TableArn"))]
    export_table_to_point_in_time:
        Op<ExportTableToPointInTimeInput, ExportTableToPointInTimeOutput>,
    /// The `GetItem` operation returns a set of attributes for the item with the given primary key.
    /// If there is no matching item, `GetItem` does not return any data and there will be no `Item`
    /// element in the response.
    #[op(context(ResourceArn = "TableName"))]
    get_item: Op<GetItemInput, GetItemOutput>,
    /// Returns the resource-based policy document attached to the resource, which can be a table or
    /// stream, in JSON format.
    #[op(context(ResourceArn))]
    get_resource_policy: Op<GetResourcePolicyInput, GetResourcePolicyOutput>,
    /// Imports table data from an S3 bucket.
    #[op(operation_context(ResourceArn = "TableCreationParameters.TableName"))]
    import_table: Op<ImportTableInput, ImportTableOutput>,
    /// List DynamoDB backups that are associated with an Amazon Web Services account and weren't
    /// made with Amazon Web Services Backup. To list these backups for a given table, specify
    /// `TableName`. `ListBackups` returns a paginated list of results with at most 1 MB worth of
    /// items in a page. You can also specify a maximum number of entries to be returned in a page.
    #[op(paginate(input_token = exclusive_start_backup_arn, output_token = last_evaluated_backup_arn, items = backup_summaries, limit = limit), context(ResourceArn = "TableName"))]
    list_backups: Op<ListBackupsInput, ListBackupsOutput>,
    /// Returns a list of ContributorInsightsSummary for a table and all its global secondary
    /// indexes.
    #[op(context(ResourceArn = "TableName"))]
    list_contributor_insights: Op<ListContributorInsightsInput, ListContributorInsightsOutput>,
    /// Lists completed exports within the past 90 days, in reverse alphanumeric order of
    /// `ExportArn`.
    #[op(context(ResourceArn = "TableArn"))]
    list_exports: Op<ListExportsInput, ListExportsOutput>,
    /// Lists all global tables that have a replica in the specified Region.
    list_global_tables: Op<ListGlobalTablesInput, ListGlobalTablesOutput>,
    /// Lists completed imports within the past 90 days.
    #[op(context(ResourceArn = "TableArn"))]
    list_imports: Op<ListImportsInput, ListImportsOutput>,
    /// Returns an array of table names associated with the current account and endpoint. The output
    /// from `ListTables` is paginated, with each page returning a maximum of 100 table names.
    #[op(paginate(input_token = exclusive_start_table_name, output_token = last_evaluated_table_name, items = table_names, limit = limit))]
    list_tables: Op<ListTablesInput, ListTablesOutput>,
    /// List all tags on an Amazon DynamoDB resource. You can call ListTagsOfResource up to 10 times
    /// per second, per account.
    #[op(paginate(input_token = next_token, output_token = next_token, items = tags), context(ResourceArn))]
    list_tags_of_resource: Op<ListTagsOfResourceInput, ListTagsOfResourceOutput>,
    /// Creates a new item, or replaces an old item with a new item. If an item that has the same
    /// primary key as the new item already exists in the specified table, the new item completely
    /// replaces the existing item. You can perform a conditional put operation (add a new item if
    /// one with the specified primary key doesn't exist), or replace an existing item if it has
    /// certain attribute values. You can return the item's attribute values in the same operation,
    /// using the `ReturnValues` parameter.
    #[op(context(ResourceArn = "TableName"))]
    put_item: Op<PutItemInput, PutItemOutput>,
    /// Attaches a resource-based policy document to the resource, which can be a table or stream.
    /// When you attach a resource-based policy using this API, the policy application is [
    /// *eventually consistent*
    /// ](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadConsistency.html).
    #[op(context(ResourceArn))]
    put_resource_policy: Op<PutResourcePolicyInput, PutResourcePolicyOutput>,
    /// You must provide the name of the partition key attribute and a single value for that
    /// attribute. `Query` returns all items with that partition key value. Optionally, you can
    /// provide a sort key attribute and use a comparison operator to refine the search results.
    #[op(paginate(input_token = exclusive_start_key, output_token = last_evaluated_key, items = items, limit = limit), context(ResourceArn = "TableName"))]
    query: Op<QueryInput, QueryOutput>,
    /// Creates a new table from an existing backup. Any number of users can execute up to 50
    /// concurrent restores (any type of restore) in a given account.
    #[op(context(ResourceArn = "TargetTableName"))]
    restore_table_from_backup: Op<RestoreTableFromBackupInput, RestoreTableFromBackupOutput>,
    /// Restores the specified table to the specified point in time within
    /// `EarliestRestorableDateTime` and `LatestRestorableDateTime`. You can restore your table to
    /// any point in time in the last 35 days. You can set the recovery period to any value between
    /// 1 and 35 days. Any number of users can execute up to 50 concurrent restores (any type of
    /// restore) in a given account.
    #[op(context(ResourceArn = "TargetTableName"))]
    restore_table_to_point_in_time:
        Op<RestoreTableToPointInTimeInput, RestoreTableToPointInTimeOutput>,
    /// The `Scan` operation returns one or more items and item attributes by accessing every item
    /// in a table or a secondary index. To have DynamoDB return fewer items, you can provide a
    /// `FilterExpression` operation.
    #[op(paginate(input_token = exclusive_start_key, output_token = last_evaluated_key, items = items, limit = limit), context(ResourceArn = "TableName"))]
    scan: Op<ScanInput, ScanOutput>,
    /// Associate a set of tags with an Amazon DynamoDB resource. You can then activate these
    /// user-defined tags so that they appear on the Billing and Cost Management console for cost
    /// allocation tracking. You can call TagResource up to five times per second, per account.
    #[op(context(ResourceArn))]
    tag_resource: Op<TagResourceInput, ()>,
    /// `TransactGetItems` is a synchronous operation that atomically retrieves multiple items from
    /// one or more tables (but not from indexes) in a single account and Region. A
    /// `TransactGetItems` call can contain up to 100 `TransactGetItem` objects, each of which
    /// contains a `Get` structure that specifies an item to retrieve from a table in the account
    /// and Region. A call to `TransactGetItems` cannot retrieve items from tables in more than one
    /// Amazon Web Services account or Region. The aggregate size of the items in the transaction
    /// cannot exceed 4 MB.
    #[op(operation_context(ResourceArnList = "TransactItems[*].Get.TableName"))]
    transact_get_items: Op<TransactGetItemsInput, TransactGetItemsOutput>,
    /// `TransactWriteItems` is a synchronous write operation that groups up to 100 action requests.
    /// These actions can target items in different tables, but not in different Amazon Web Services
    /// accounts or Regions, and no two actions can target the same item. For example, you cannot
    /// both `ConditionCheck` and `Update` the same item. The aggregate size of the items in the
    /// transaction cannot exceed 4 MB.
    #[op(operation_context(
        ResourceArnList = "TransactItems[*].[ConditionCheck.TableName, Put.TableName, Delete.TableName, Update.TableName][]"
    ))]
    transact_write_items: Op<TransactWriteItemsInput, TransactWriteItemsOutput>,
    /// Removes the association of tags from an Amazon DynamoDB resource. You can call
    /// `UntagResource` up to five times per second, per account.
    #[op(context(ResourceArn))]
    untag_resource: Op<UntagResourceInput, ()>,
    /// `UpdateContinuousBackups` enables or disables point in time recovery for the specified
    /// table. A successful `UpdateContinuousBackups` call returns the current
    /// `ContinuousBackupsDescription`. Continuous backups are `ENABLED` on all tables at table
    /// creation. If point in time recovery is enabled, `PointInTimeRecoveryStatus` will be set to
    /// ENABLED.
    #[op(context(ResourceArn = "TableName"))]
    update_continuous_backups: Op<UpdateContinuousBackupsInput, UpdateContinuousBackupsOutput>,
    /// Updates the status for contributor insights for a specific table or index. CloudWatch
    /// Contributor Insights for DynamoDB graphs display the partition key and (if applicable) sort
    /// key of frequently accessed items and frequently throttled items in plaintext. If you require
    /// the use of Amazon Web Services Key Management Service (KMS) to encrypt this table’s
    /// partition key and sort key data with an Amazon Web Services managed key or customer managed
    /// key, you should not enable CloudWatch Contributor Insights for DynamoDB for this table.
    #[op(context(ResourceArn = "TableName"))]
    update_contributor_insights:
        Op<UpdateContributorInsightsInput, UpdateContributorInsightsOutput>,
    /// Adds or removes replicas in the specified global table. The global table must already exist
    /// to be able to use this operation. Any replica to be added must be empty, have the same name
    /// as the global table, have the same key schema, have DynamoDB Streams enabled, and have the
    /// same provisioned and maximum write capacity units.
    #[op(context(ResourceArn = "GlobalTableName"))]
    update_global_table: Op<UpdateGlobalTableInput, UpdateGlobalTableOutput>,
    /// Updates settings for a global table.
    #[op(context(ResourceArn = "GlobalTableName"))]
    update_global_table_settings:
        Op<UpdateGlobalTableSettingsInput, UpdateGlobalTableSettingsOutput>,
    /// Edits an existing item's attributes, or adds a new item to the table if it does not already
    /// exist. You can put, delete, or add attribute values. You can also perform a conditional
    /// update on an existing item (insert a new attribute name-value pair if it doesn't exist, or
    /// replace an existing name-value pair if it has certain expected attribute values).
    #[op(context(ResourceArn = "TableName"))]
    update_item: Op<UpdateItemInput, UpdateItemOutput>,
    /// The command to update the Kinesis stream destination.
    #[op(context(ResourceArn = "TableName"))]
    update_kinesis_streaming_destination:
        Op<UpdateKinesisStreamingDestinationInput, UpdateKinesisStreamingDestinationOutput>,
    /// Modifies the provisioned throughput settings, global secondary indexes, or DynamoDB Streams
    /// settings for a given table.
    #[op(context(ResourceArn = "TableName"))]
    update_table: Op<UpdateTableInput, UpdateTableOutput>,
    /// Updates auto scaling settings on your global tables at once.
    #[op(context(ResourceArn = "TableName"))]
    update_table_replica_auto_scaling:
        Op<UpdateTableReplicaAutoScalingInput, UpdateTableReplicaAutoScalingOutput>,
    /// The `UpdateTimeToLive` method enables or disables Time to Live (TTL) for the specified
    /// table. A successful `UpdateTimeToLive` call returns the current `TimeToLiveSpecification`.
    /// It can take up to one hour for the change to fully process. Any additional
    /// `UpdateTimeToLive` calls for the same table during this one hour duration result in a
    /// `ValidationException`.
    #[op(context(ResourceArn = "TableName"))]
    update_time_to_live: Op<UpdateTimeToLiveInput, UpdateTimeToLiveOutput>,
}

/// The model's `ApproximateCreationDateTimePrecision`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ApproximateCreationDateTimePrecision {
    /// `MILLISECOND`
    #[default]
    #[shape(name = "MILLISECOND")]
    Millisecond,
    /// `MICROSECOND`
    #[shape(name = "MICROSECOND")]
    Microsecond,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains details of a table archival operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ArchivalSummary {
    /// The date and time when table archival was initiated by DynamoDB, in UNIX epoch time format.
    pub archival_date_time: Option<DateTime>,
    /// The reason DynamoDB archived the table. Currently, the only possible value is:
    pub archival_reason: Option<String>,
    /// The Amazon Resource Name (ARN) of the backup the table was archived to, when applicable in
    /// the archival reason. If you wish to restore this backup to the same table name, you will
    /// need to delete the original table.
    pub archival_backup_arn: Option<String>,
}

/// The model's `AttributeAction`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AttributeAction {
    /// `ADD`
    #[default]
    #[shape(name = "ADD")]
    Add,
    /// `PUT`
    #[shape(name = "PUT")]
    Put,
    /// `DELETE`
    #[shape(name = "DELETE")]
    Delete,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents an attribute for describing the schema for the table and indexes.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AttributeDefinition {
    /// A name for the attribute.
    pub attribute_name: String,
    /// The data type for the attribute, where:
    pub attribute_type: ScalarAttributeType,
}

/// For the `UpdateItem` operation, represents the attributes to be modified, the action to perform
/// on each, and the new value for each.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AttributeValueUpdate {
    /// Represents the data for an attribute.
    pub value: Option<AttributeValue>,
    /// Specifies how to perform the update. Valid values are `PUT` (default), `DELETE`, and `ADD`.
    /// The behavior depends on whether the specified primary key already exists in the table.
    pub action: Option<AttributeAction>,
}

/// Represents the properties of the scaling policy.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AutoScalingPolicyDescription {
    /// The name of the scaling policy.
    pub policy_name: Option<String>,
    /// Represents a target tracking scaling policy configuration.
    pub target_tracking_scaling_policy_configuration:
        Option<AutoScalingTargetTrackingScalingPolicyConfigurationDescription>,
}

/// Represents the auto scaling policy to be modified.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AutoScalingPolicyUpdate {
    /// The name of the scaling policy.
    pub policy_name: Option<String>,
    /// Represents a target tracking scaling policy configuration.
    pub target_tracking_scaling_policy_configuration:
        AutoScalingTargetTrackingScalingPolicyConfigurationUpdate,
}

/// Represents the auto scaling settings for a global table or global secondary index.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AutoScalingSettingsDescription {
    /// The minimum capacity units that a global table or global secondary index should be scaled
    /// down to.
    pub minimum_units: Option<i64>,
    /// The maximum capacity units that a global table or global secondary index should be scaled up
    /// to.
    pub maximum_units: Option<i64>,
    /// Disabled auto scaling for this global table or global secondary index.
    pub auto_scaling_disabled: Option<bool>,
    /// Role ARN used for configuring the auto scaling policy.
    pub auto_scaling_role_arn: Option<String>,
    /// Information about the scaling policies.
    pub scaling_policies: Option<Vec<AutoScalingPolicyDescription>>,
}

/// Represents the auto scaling settings to be modified for a global table or global secondary
/// index.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AutoScalingSettingsUpdate {
    /// The minimum capacity units that a global table or global secondary index should be scaled
    /// down to.
    pub minimum_units: Option<i64>,
    /// The maximum capacity units that a global table or global secondary index should be scaled up
    /// to.
    pub maximum_units: Option<i64>,
    /// Disabled auto scaling for this global table or global secondary index.
    pub auto_scaling_disabled: Option<bool>,
    /// Role ARN used for configuring auto scaling policy.
    pub auto_scaling_role_arn: Option<String>,
    /// The scaling policy to apply for scaling target global table or global secondary index
    /// capacity units.
    pub scaling_policy_update: Option<AutoScalingPolicyUpdate>,
}

/// Represents the properties of a target tracking scaling policy.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AutoScalingTargetTrackingScalingPolicyConfigurationDescription {
    /// Indicates whether scale in by the target tracking policy is disabled. If the value is true,
    /// scale in is disabled and the target tracking policy won't remove capacity from the scalable
    /// resource. Otherwise, scale in is enabled and the target tracking policy can remove capacity
    /// from the scalable resource. The default value is false.
    pub disable_scale_in: Option<bool>,
    /// The amount of time, in seconds, after a scale in activity completes before another scale in
    /// activity can start. The cooldown period is used to block subsequent scale in requests until
    /// it has expired. You should scale in conservatively to protect your application's
    /// availability. However, if another alarm triggers a scale out policy during the cooldown
    /// period after a scale-in, application auto scaling scales out your scalable target
    /// immediately.
    pub scale_in_cooldown: Option<i32>,
    /// The amount of time, in seconds, after a scale out activity completes before another scale
    /// out activity can start. While the cooldown period is in effect, the capacity that has been
    /// added by the previous scale out event that initiated the cooldown is calculated as part of
    /// the desired capacity for the next scale out. You should continuously (but not excessively)
    /// scale out.
    pub scale_out_cooldown: Option<i32>,
    /// The target value for the metric. The range is 8.515920e-109 to 1.174271e+108 (Base 10) or
    /// 2e-360 to 2e360 (Base 2).
    pub target_value: f64,
}

/// Represents the settings of a target tracking scaling policy that will be modified.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AutoScalingTargetTrackingScalingPolicyConfigurationUpdate {
    /// Indicates whether scale in by the target tracking policy is disabled. If the value is true,
    /// scale in is disabled and the target tracking policy won't remove capacity from the scalable
    /// resource. Otherwise, scale in is enabled and the target tracking policy can remove capacity
    /// from the scalable resource. The default value is false.
    pub disable_scale_in: Option<bool>,
    /// The amount of time, in seconds, after a scale in activity completes before another scale in
    /// activity can start. The cooldown period is used to block subsequent scale in requests until
    /// it has expired. You should scale in conservatively to protect your application's
    /// availability. However, if another alarm triggers a scale out policy during the cooldown
    /// period after a scale-in, application auto scaling scales out your scalable target
    /// immediately.
    pub scale_in_cooldown: Option<i32>,
    /// The amount of time, in seconds, after a scale out activity completes before another scale
    /// out activity can start. While the cooldown period is in effect, the capacity that has been
    /// added by the previous scale out event that initiated the cooldown is calculated as part of
    /// the desired capacity for the next scale out. You should continuously (but not excessively)
    /// scale out.
    pub scale_out_cooldown: Option<i32>,
    /// The target value for the metric. The range is 8.515920e-109 to 1.174271e+108 (Base 10) or
    /// 2e-360 to 2e360 (Base 2).
    pub target_value: f64,
}

/// Contains the description of the backup created for the table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BackupDescription {
    /// Contains the details of the backup created for the table.
    pub backup_details: Option<BackupDetails>,
    /// Contains the details of the table when the backup was created.
    pub source_table_details: Option<SourceTableDetails>,
    /// Contains the details of the features enabled on the table when the backup was created. For
    /// example, LSIs, GSIs, streams, TTL.
    pub source_table_feature_details: Option<SourceTableFeatureDetails>,
}

/// Contains the details of the backup created for the table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BackupDetails {
    /// ARN associated with the backup.
    pub backup_arn: String,
    /// Name of the requested backup.
    pub backup_name: String,
    /// Size of the backup in bytes. DynamoDB updates this value approximately every six hours.
    /// Recent changes might not be reflected in this value.
    pub backup_size_bytes: Option<i64>,
    /// Backup can be in one of the following states: CREATING, ACTIVE, DELETED.
    pub backup_status: BackupStatus,
    /// BackupType:
    pub backup_type: BackupType,
    /// Time at which the backup was created. This is the request time of the backup.
    pub backup_creation_date_time: DateTime,
    /// Time at which the automatic on-demand backup created by DynamoDB will expire. This `SYSTEM`
    /// on-demand backup expires automatically 35 days after its creation.
    pub backup_expiry_date_time: Option<DateTime>,
}

/// The model's `BackupStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BackupStatus {
    /// `CREATING`
    #[default]
    #[shape(name = "CREATING")]
    Creating,
    /// `DELETED`
    #[shape(name = "DELETED")]
    Deleted,
    /// `AVAILABLE`
    #[shape(name = "AVAILABLE")]
    Available,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains details for the backup.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BackupSummary {
    /// Name of the table.
    pub table_name: Option<String>,
    /// Unique identifier for the table.
    pub table_id: Option<String>,
    /// ARN associated with the table.
    pub table_arn: Option<String>,
    /// ARN associated with the backup.
    pub backup_arn: Option<String>,
    /// Name of the specified backup.
    pub backup_name: Option<String>,
    /// Time at which the backup was created.
    pub backup_creation_date_time: Option<DateTime>,
    /// Time at which the automatic on-demand backup created by DynamoDB will expire. This `SYSTEM`
    /// on-demand backup expires automatically 35 days after its creation.
    pub backup_expiry_date_time: Option<DateTime>,
    /// Backup can be in one of the following states: CREATING, ACTIVE, DELETED.
    pub backup_status: Option<BackupStatus>,
    /// BackupType:
    pub backup_type: Option<BackupType>,
    /// Size of the backup in bytes.
    pub backup_size_bytes: Option<i64>,
}

/// The model's `BackupType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BackupType {
    /// `USER`
    #[default]
    #[shape(name = "USER")]
    User,
    /// `SYSTEM`
    #[shape(name = "SYSTEM")]
    System,
    /// `AWS_BACKUP`
    #[shape(name = "AWS_BACKUP")]
    AwsBackup,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `BackupTypeFilter`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BackupTypeFilter {
    /// `USER`
    #[default]
    #[shape(name = "USER")]
    User,
    /// `SYSTEM`
    #[shape(name = "SYSTEM")]
    System,
    /// `AWS_BACKUP`
    #[shape(name = "AWS_BACKUP")]
    AwsBackup,
    /// `ALL`
    #[shape(name = "ALL")]
    All,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `BatchExecuteStatement`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchExecuteStatementInput {
    /// The list of PartiQL statements representing the batch to run.
    pub statements: Vec<BatchStatementRequest>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption
    /// that is returned in the response:
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}

/// The output of `BatchExecuteStatement`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchExecuteStatementOutput {
    /// The response to each PartiQL statement in the batch. The values of the list are ordered
    /// according to the ordering of the request statements.
    pub responses: Option<Vec<BatchStatementResponse>>,
    /// The capacity units consumed by the entire operation. The values of the list are ordered
    /// according to the ordering of the statements.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
}

/// Represents the input of a `BatchGetItem` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchGetItemInput {
    /// A map of one or more table names or table ARNs and, for each table, a map that describes one
    /// or more items to retrieve from that table. Each table name or ARN can be used only once per
    /// `BatchGetItem` request.
    pub request_items: HashMap<String, KeysAndAttributes>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption
    /// that is returned in the response:
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}

/// Represents the output of a `BatchGetItem` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchGetItemOutput {
    /// A map of table name or table ARN to a list of items. Each object in `Responses` consists of
    /// a table name or ARN, along with a map of attribute data consisting of the data type and
    /// attribute value.
    pub responses: Option<HashMap<String, Vec<HashMap<String, AttributeValue>>>>,
    /// A map of tables and their respective keys that were not processed with the current response.
    /// The `UnprocessedKeys` value is in the same form as `RequestItems`, so the value can be
    /// provided directly to a subsequent `BatchGetItem` operation. For more information, see
    /// `RequestItems` in the Request Parameters section.
    pub unprocessed_keys: Option<HashMap<String, KeysAndAttributes>>,
    /// The read capacity units consumed by the entire `BatchGetItem` operation.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
}

/// An error associated with a statement in a PartiQL batch that was run.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchStatementError {
    /// The error code associated with the failed PartiQL batch statement.
    pub code: Option<BatchStatementErrorCodeEnum>,
    /// The error message associated with the PartiQL batch response.
    pub message: Option<String>,
    /// The item which caused the condition check to fail. This will be set if
    /// ReturnValuesOnConditionCheckFailure is specified as `ALL_OLD`.
    pub item: Option<HashMap<String, AttributeValue>>,
}

/// The model's `BatchStatementErrorCodeEnum`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BatchStatementErrorCodeEnum {
    /// `ConditionalCheckFailed`
    #[default]
    ConditionalCheckFailed,
    /// `ItemCollectionSizeLimitExceeded`
    ItemCollectionSizeLimitExceeded,
    /// `RequestLimitExceeded`
    RequestLimitExceeded,
    /// `ValidationError`
    ValidationError,
    /// `ProvisionedThroughputExceeded`
    ProvisionedThroughputExceeded,
    /// `TransactionConflict`
    TransactionConflict,
    /// `ThrottlingError`
    ThrottlingError,
    /// `InternalServerError`
    InternalServerError,
    /// `ResourceNotFound`
    ResourceNotFound,
    /// `AccessDenied`
    AccessDenied,
    /// `DuplicateItem`
    DuplicateItem,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// A PartiQL batch statement request.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchStatementRequest {
    /// A valid PartiQL statement.
    pub statement: String,
    /// The parameters associated with a PartiQL statement in the batch request.
    pub parameters: Option<Vec<AttributeValue>>,
    /// The read consistency of the PartiQL batch request.
    pub consistent_read: Option<bool>,
    /// An optional parameter that returns the item attributes for a PartiQL batch request operation
    /// that failed a condition check.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// A PartiQL batch statement response..
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchStatementResponse {
    /// The error associated with a failed PartiQL batch statement.
    pub error: Option<BatchStatementError>,
    /// The table name associated with a failed PartiQL batch statement.
    pub table_name: Option<String>,
    /// A DynamoDB item associated with a BatchStatementResponse
    pub item: Option<HashMap<String, AttributeValue>>,
}

/// Represents the input of a `BatchWriteItem` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchWriteItemInput {
    /// A map of one or more table names or table ARNs and, for each table, a list of operations to
    /// be performed (`DeleteRequest` or `PutRequest`). Each element in the map consists of the
    /// following:
    pub request_items: HashMap<String, Vec<WriteRequest>>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption
    /// that is returned in the response:
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the response
    /// includes statistics about item collections, if any, that were modified during the operation
    /// are returned in the response. If set to `NONE` (the default), no statistics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
}

/// Represents the output of a `BatchWriteItem` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchWriteItemOutput {
    /// A map of tables and requests against those tables that were not processed. The
    /// `UnprocessedItems` value is in the same form as `RequestItems`, so you can provide this
    /// value directly to a subsequent `BatchWriteItem` operation. For more information, see
    /// `RequestItems` in the Request Parameters section.
    pub unprocessed_items: Option<HashMap<String, Vec<WriteRequest>>>,
    /// A list of tables that were processed by `BatchWriteItem` and, for each table, information
    /// about any item collections that were affected by individual `DeleteItem` or `PutItem`
    /// operations.
    pub item_collection_metrics: Option<HashMap<String, Vec<ItemCollectionMetrics>>>,
    /// The capacity units consumed by the entire `BatchWriteItem` operation.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
}

/// The model's `BillingMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum BillingMode {
    /// `PROVISIONED`
    #[default]
    #[shape(name = "PROVISIONED")]
    Provisioned,
    /// `PAY_PER_REQUEST`
    #[shape(name = "PAY_PER_REQUEST")]
    PayPerRequest,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains the details for the read/write capacity mode. This page talks about `PROVISIONED` and
/// `PAY_PER_REQUEST` billing modes. For more information about these modes, see [Read/write
/// capacity
/// mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.ReadWriteCapacityMode.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BillingModeSummary {
    /// Controls how you are charged for read and write throughput and how you manage capacity. This
    /// setting can be changed later.
    pub billing_mode: Option<BillingMode>,
    /// Represents the time when `PAY_PER_REQUEST` was last set as the read/write capacity mode.
    pub last_update_to_pay_per_request_date_time: Option<DateTime>,
}

/// Represents the amount of provisioned throughput capacity consumed on a table or an index.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Capacity {
    /// The total number of read capacity units consumed on a table or an index.
    pub read_capacity_units: Option<f64>,
    /// The total number of write capacity units consumed on a table or an index.
    pub write_capacity_units: Option<f64>,
    /// The total number of capacity units consumed on a table or an index.
    pub capacity_units: Option<f64>,
}

/// The model's `ComparisonOperator`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ComparisonOperator {
    /// `EQ`
    #[default]
    #[shape(name = "EQ")]
    Eq,
    /// `NE`
    #[shape(name = "NE")]
    Ne,
    /// `IN`
    #[shape(name = "IN")]
    In,
    /// `LE`
    #[shape(name = "LE")]
    Le,
    /// `LT`
    #[shape(name = "LT")]
    Lt,
    /// `GE`
    #[shape(name = "GE")]
    Ge,
    /// `GT`
    #[shape(name = "GT")]
    Gt,
    /// `BETWEEN`
    #[shape(name = "BETWEEN")]
    Between,
    /// `NOT_NULL`
    #[shape(name = "NOT_NULL")]
    NotNull,
    /// `NULL`
    #[shape(name = "NULL")]
    Null,
    /// `CONTAINS`
    #[shape(name = "CONTAINS")]
    Contains,
    /// `NOT_CONTAINS`
    #[shape(name = "NOT_CONTAINS")]
    NotContains,
    /// `BEGINS_WITH`
    #[shape(name = "BEGINS_WITH")]
    BeginsWith,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents a request to perform a check that an item exists or to check the condition of
/// specific attributes of the item.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConditionCheck {
    /// The primary key of the item to be checked. Each element consists of an attribute name and a
    /// value for that attribute.
    pub key: HashMap<String, AttributeValue>,
    /// Name of the table for the check item request. You can also provide the Amazon Resource Name
    /// (ARN) of the table in this parameter.
    pub table_name: String,
    /// A condition that must be satisfied in order for a conditional update to succeed. For more
    /// information, see [Condition
    /// expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub condition_expression: String,
    /// One or more substitution tokens for attribute names in an expression. For more information,
    /// see [Expression attribute
    /// names](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeNames.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// One or more values that can be substituted in an expression. For more information, see
    /// [Condition
    /// expressions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
    /// Use `ReturnValuesOnConditionCheckFailure` to get the item attributes if the `ConditionCheck`
    /// condition fails. For `ReturnValuesOnConditionCheckFailure`, the valid values are: NONE and
    /// ALL\_OLD.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// Represents the selection criteria for a `Query` or `Scan` operation:
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Condition")]
pub struct ConditionShape {
    /// One or more values to evaluate against the supplied attribute. The number of values in the
    /// list depends on the `ComparisonOperator` being used.
    pub attribute_value_list: Option<Vec<AttributeValue>>,
    /// A comparator for evaluating attributes. For example, equals, greater than, less than, etc.
    pub comparison_operator: ComparisonOperator,
}

/// The model's `ConditionalOperator`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ConditionalOperator {
    /// `AND`
    #[default]
    #[shape(name = "AND")]
    And,
    /// `OR`
    #[shape(name = "OR")]
    Or,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The capacity units consumed by an operation. The data returned includes the total provisioned
/// throughput consumed, along with statistics for the table and any indexes involved in the
/// operation. `ConsumedCapacity` is only returned if the request asked for it. For more
/// information, see [Provisioned capacity
/// mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html)
/// in the *Amazon DynamoDB Developer Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConsumedCapacity {
    /// The name of the table that was affected by the operation. If you had specified the Amazon
    /// Resource Name (ARN) of a table in the input, you'll see the table ARN in the response.
    pub table_name: Option<String>,
    /// The total number of capacity units consumed by the operation.
    pub capacity_units: Option<f64>,
    /// The total number of read capacity units consumed by the operation.
    pub read_capacity_units: Option<f64>,
    /// The total number of write capacity units consumed by the operation.
    pub write_capacity_units: Option<f64>,
    /// The amount of throughput consumed on the table affected by the operation.
    pub table: Option<Capacity>,
    /// The amount of throughput consumed on each local index affected by the operation.
    pub local_secondary_indexes: Option<HashMap<String, Capacity>>,
    /// The amount of throughput consumed on each global index affected by the operation.
    pub global_secondary_indexes: Option<HashMap<String, Capacity>>,
}

/// Represents the continuous backups and point in time recovery settings on the table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContinuousBackupsDescription {
    /// `ContinuousBackupsStatus` can be one of the following states: ENABLED, DISABLED
    pub continuous_backups_status: ContinuousBackupsStatus,
    /// The description of the point in time recovery settings applied to the table.
    pub point_in_time_recovery_description: Option<PointInTimeRecoveryDescription>,
}

/// The model's `ContinuousBackupsStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ContinuousBackupsStatus {
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

/// The model's `ContributorInsightsAction`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ContributorInsightsAction {
    /// `ENABLE`
    #[default]
    #[shape(name = "ENABLE")]
    Enable,
    /// `DISABLE`
    #[shape(name = "DISABLE")]
    Disable,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ContributorInsightsMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ContributorInsightsMode {
    /// `ACCESSED_AND_THROTTLED_KEYS`
    #[default]
    #[shape(name = "ACCESSED_AND_THROTTLED_KEYS")]
    AccessedAndThrottledKeys,
    /// `THROTTLED_KEYS`
    #[shape(name = "THROTTLED_KEYS")]
    ThrottledKeys,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ContributorInsightsStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ContributorInsightsStatus {
    /// `ENABLING`
    #[default]
    #[shape(name = "ENABLING")]
    Enabling,
    /// `ENABLED`
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLING`
    #[shape(name = "DISABLING")]
    Disabling,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents a Contributor Insights summary entry.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ContributorInsightsSummary {
    /// Name of the table associated with the summary.
    pub table_name: Option<String>,
    /// Name of the index associated with the summary, if any.
    pub index_name: Option<String>,
    /// Describes the current status for contributor insights for the given table and index, if
    /// applicable.
    pub contributor_insights_status: Option<ContributorInsightsStatus>,
    /// Indicates the current mode of CloudWatch Contributor Insights, specifying whether it tracks
    /// all access and throttled events or throttled events only for the DynamoDB table or index.
    pub contributor_insights_mode: Option<ContributorInsightsMode>,
}

/// The input of `CreateBackup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateBackupInput {
    /// The name of the table. You can also provide the Amazon Resource Name (ARN) of the table in
    /// this parameter.
    pub table_name: String,
    /// Specified name for the backup.
    pub backup_name: String,
}

/// The output of `CreateBackup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateBackupOutput {
    /// Contains the details of the backup created for the table.
    pub backup_details: Option<BackupDetails>,
}

/// Represents a new global secondary index to be added to an existing table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateGlobalSecondaryIndexAction {
    /// The name of the global secondary index to be created.
    pub index_name: String,
    /// The key schema for the global secondary index. Global secondary index supports up to 4
    /// partition and up to 4 sort keys.
    pub key_schema: Vec<KeySchemaElement>,
    /// Represents attributes that are copied (projected) from the table into an index. These are in
    /// addition to the primary key attributes and index key attributes, which are automatically
    /// projected.
    pub projection: Projection,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// The maximum number of read and write units for the global secondary index being created. If
    /// you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or
    /// both. You must use either `OnDemand Throughput` or `ProvisionedThroughput` based on your
    /// table's capacity mode.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput value (in read units per second and write units per second)
    /// when creating a secondary index.
    pub warm_throughput: Option<WarmThroughput>,
}

/// The input of `CreateGlobalTable`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateGlobalTableInput {
    /// The global table name.
    pub global_table_name: String,
    /// The Regions where the global table needs to be created.
    pub replication_group: Vec<Replica>,
}

/// The output of `CreateGlobalTable`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateGlobalTableOutput {
    /// Contains the details of the global table.
    pub global_table_description: Option<GlobalTableDescription>,
}

/// Specifies the action to add a new witness Region to a MRSC global table. A MRSC global table can
/// be configured with either three replicas, or with two replicas and one witness.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateGlobalTableWitnessGroupMemberAction {
    /// The Amazon Web Services Region name to be added as a witness Region for the MRSC global
    /// table. The witness must be in a different Region than the replicas and within the same
    /// Region set:
    pub region_name: String,
}

/// Represents a replica to be added.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateReplicaAction {
    /// The Region of the replica to be added.
    pub region_name: String,
}

/// Represents a replica to be created.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateReplicationGroupMemberAction {
    /// The Region where the new replica will be created.
    pub region_name: String,
    /// The KMS key that should be used for KMS encryption in the new replica. To specify a key, use
    /// its key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only
    /// provide this parameter if the key is different from the default DynamoDB KMS key
    /// `alias/aws/dynamodb`.
    #[shape(name = "KMSMasterKeyId")]
    pub kms_master_key_id: Option<String>,
    /// Replica-specific provisioned throughput. If not specified, uses the source table's
    /// provisioned throughput settings.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// The maximum on-demand throughput settings for the specified replica table being created. You
    /// can only modify `MaxReadRequestUnits`, because you can't modify `MaxWriteRequestUnits` for
    /// individual replica tables.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
    /// Replica-specific global secondary index settings.
    pub global_secondary_indexes: Option<Vec<ReplicaGlobalSecondaryIndex>>,
    /// Replica-specific table class. If not specified, uses the source table's table class.
    pub table_class_override: Option<TableClass>,
}

/// Represents the input of a `CreateTable` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateTableInput {
    /// An array of attributes that describe the key schema for the table and indexes.
    pub attribute_definitions: Option<Vec<AttributeDefinition>>,
    /// The name of the table to create. You can also provide the Amazon Resource Name (ARN) of the
    /// table in this parameter.
    pub table_name: String,
    /// Specifies the attributes that make up the primary key for a table or an index. The
    /// attributes in `KeySchema` must also be defined in the `AttributeDefinitions` array. For more
    /// information, see [Data
    /// Model](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DataModel.html) in
    /// the *Amazon DynamoDB Developer Guide*.
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// One or more local secondary indexes (the maximum is 5) to be created on the table. Each
    /// index is scoped to a given partition key value. There is a 10 GB size limit per partition
    /// key value; otherwise, the size of a local secondary index is unconstrained.
    pub local_secondary_indexes: Option<Vec<LocalSecondaryIndex>>,
    /// One or more global secondary indexes (the maximum is 20) to be created on the table. Each
    /// global secondary index in the array includes the following:
    pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndex>>,
    /// Controls how you are charged for read and write throughput and how you manage capacity. This
    /// setting can be changed later.
    pub billing_mode: Option<BillingMode>,
    /// Represents the provisioned throughput settings for a specified table or index. The settings
    /// can be modified using the `UpdateTable` operation.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// The settings for DynamoDB Streams on the table. These settings consist of:
    pub stream_specification: Option<StreamSpecification>,
    /// Represents the settings used to enable server-side encryption.
    #[shape(name = "SSESpecification")]
    pub sse_specification: Option<SSESpecification>,
    /// A list of key-value pairs to label the table. For more information, see [Tagging for
    /// DynamoDB](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.html).
    pub tags: Option<Vec<Tag>>,
    /// The table class of the new table. Valid values are `STANDARD` and
    /// `STANDARD_INFREQUENT_ACCESS`.
    pub table_class: Option<TableClass>,
    /// Indicates whether deletion protection is to be enabled (true) or disabled (false) on the
    /// table.
    pub deletion_protection_enabled: Option<bool>,
    /// Represents the warm throughput (in read units per second and write units per second) for
    /// creating a table.
    pub warm_throughput: Option<WarmThroughput>,
    /// An Amazon Web Services resource-based policy document in JSON format that will be attached
    /// to the table.
    pub resource_policy: Option<String>,
    /// Sets the maximum number of read and write units for the specified table in on-demand
    /// capacity mode. If you use this parameter, you must specify `MaxReadRequestUnits`,
    /// `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// The Amazon Resource Name (ARN) of the source table used for the creation of a multi-account
    /// global table.
    pub global_table_source_arn: Option<String>,
    /// Controls the settings synchronization mode for the global table. For multi-account global
    /// tables, this parameter is required and the only supported value is ENABLED. For same-account
    /// global tables, this parameter is set to ENABLED\_WITH\_OVERRIDES.
    pub global_table_settings_replication_mode: Option<GlobalTableSettingsReplicationMode>,
}

/// Represents the output of a `CreateTable` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateTableOutput {
    /// Represents the properties of the table.
    pub table_description: Option<TableDescription>,
}

/// Processing options for the CSV file being imported.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CsvOptions {
    /// The delimiter used for separating items in the CSV file being imported.
    pub delimiter: Option<String>,
    /// List of the headers used to specify a common header for all source CSV files being imported.
    /// If this field is specified then the first line of each CSV file is treated as data instead
    /// of the header. If this field is not specified the the first line of each CSV file is treated
    /// as the header.
    pub header_list: Option<Vec<String>>,
}

/// Represents a request to perform a `DeleteItem` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Delete {
    /// The primary key of the item to be deleted. Each element consists of an attribute name and a
    /// value for that attribute.
    pub key: HashMap<String, AttributeValue>,
    /// Name of the table in which the item to be deleted resides. You can also provide the Amazon
    /// Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A condition that must be satisfied in order for a conditional delete to succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
    /// Use `ReturnValuesOnConditionCheckFailure` to get the item attributes if the `Delete`
    /// condition fails. For `ReturnValuesOnConditionCheckFailure`, the valid values are: NONE and
    /// ALL\_OLD.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// The input of `DeleteBackup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBackupInput {
    /// The ARN associated with the backup.
    pub backup_arn: String,
}

/// The output of `DeleteBackup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteBackupOutput {
    /// Contains the description of the backup created for the table.
    pub backup_description: Option<BackupDescription>,
}

/// Represents a global secondary index to be deleted from an existing table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteGlobalSecondaryIndexAction {
    /// The name of the global secondary index to be deleted.
    pub index_name: String,
}

/// Specifies the action to remove a witness Region from a MRSC global table. You cannot delete a
/// single witness from a MRSC global table - you must delete both a replica and the witness
/// together. The deletion of both a witness and replica converts the remaining replica to a
/// single-Region DynamoDB table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteGlobalTableWitnessGroupMemberAction {
    /// The witness Region name to be removed from the MRSC global table.
    pub region_name: String,
}

/// Represents the input of a `DeleteItem` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteItemInput {
    /// The name of the table from which to delete the item. You can also provide the Amazon
    /// Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A map of attribute names to `AttributeValue` objects, representing the primary key of the
    /// item to delete.
    pub key: HashMap<String, AttributeValue>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see
    /// [Expected](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub expected: Option<HashMap<String, ExpectedAttributeValue>>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see
    /// [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: Option<ConditionalOperator>,
    /// Use `ReturnValues` if you want to get the item attributes as they appeared before they were
    /// deleted. For `DeleteItem`, the valid values are:
    pub return_values: Option<ReturnValue>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption
    /// that is returned in the response:
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the response
    /// includes statistics about item collections, if any, that were modified during the operation
    /// are returned in the response. If set to `NONE` (the default), no statistics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// A condition that must be satisfied in order for a conditional `DeleteItem` to succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some
    /// use cases for using `ExpressionAttributeNames`:
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
    /// An optional parameter that returns the item attributes for a `DeleteItem` operation that
    /// failed a condition check.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// Represents the output of a `DeleteItem` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteItemOutput {
    /// A map of attribute names to `AttributeValue` objects, representing the item as it appeared
    /// before the `DeleteItem` operation. This map appears in the response only if `ReturnValues`
    /// was specified as `ALL_OLD` in the request.
    pub attributes: Option<HashMap<String, AttributeValue>>,
    /// The capacity units consumed by the `DeleteItem` operation. The data returned includes the
    /// total provisioned throughput consumed, along with statistics for the table and any indexes
    /// involved in the operation. `ConsumedCapacity` is only returned if the
    /// `ReturnConsumedCapacity` parameter was specified. For more information, see [Provisioned
    /// capacity
    /// mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Information about item collections, if any, that were affected by the `DeleteItem`
    /// operation. `ItemCollectionMetrics` is only returned if the `ReturnItemCollectionMetrics`
    /// parameter was specified. If the table does not have any local secondary indexes, this
    /// information is not returned in the response.
    pub item_collection_metrics: Option<ItemCollectionMetrics>,
}

/// Represents a replica to be removed.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteReplicaAction {
    /// The Region of the replica to be removed.
    pub region_name: String,
}

/// Represents a replica to be deleted.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteReplicationGroupMemberAction {
    /// The Region where the replica exists.
    pub region_name: String,
}

/// Represents a request to perform a `DeleteItem` operation on an item.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteRequest {
    /// A map of attribute name to attribute values, representing the primary key of the item to
    /// delete. All of the table's primary key attributes must be specified, and their data types
    /// must match those of the table's key schema.
    pub key: HashMap<String, AttributeValue>,
}

/// The input of `DeleteResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyInput {
    /// The Amazon Resource Name (ARN) of the DynamoDB resource from which the policy will be
    /// removed. The resources you can specify include tables and streams. If you remove the policy
    /// of a table, it will also remove the permissions for the table's indexes defined in that
    /// policy document. This is because index permissions are defined in the table's policy.
    pub resource_arn: String,
    /// A string value that you can use to conditionally delete your policy. When you provide an
    /// expected revision ID, if the revision ID of the existing policy on the resource doesn't
    /// match or if there's no policy attached to the resource, the request will fail and return a
    /// `PolicyNotFoundException`.
    pub expected_revision_id: Option<String>,
}

/// The output of `DeleteResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteResourcePolicyOutput {
    /// A unique string that represents the revision ID of the policy. If you're comparing revision
    /// IDs, make sure to always use string comparison logic.
    pub revision_id: Option<String>,
}

/// Represents the input of a `DeleteTable` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteTableInput {
    /// The name of the table to delete. You can also provide the Amazon Resource Name (ARN) of the
    /// table in this parameter.
    pub table_name: String,
}

/// Represents the output of a `DeleteTable` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteTableOutput {
    /// Represents the properties of a table.
    pub table_description: Option<TableDescription>,
}

/// The input of `DescribeBackup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeBackupInput {
    /// The Amazon Resource Name (ARN) associated with the backup.
    pub backup_arn: String,
}

/// The output of `DescribeBackup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeBackupOutput {
    /// Contains the description of the backup created for the table.
    pub backup_description: Option<BackupDescription>,
}

/// The input of `DescribeContinuousBackups`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeContinuousBackupsInput {
    /// Name of the table for which the customer wants to check the continuous backups and point in
    /// time recovery settings.
    pub table_name: String,
}

/// The output of `DescribeContinuousBackups`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeContinuousBackupsOutput {
    /// Represents the continuous backups and point in time recovery settings on the table.
    pub continuous_backups_description: Option<ContinuousBackupsDescription>,
}

/// The input of `DescribeContributorInsights`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeContributorInsightsInput {
    /// The name of the table to describe. You can also provide the Amazon Resource Name (ARN) of
    /// the table in this parameter.
    pub table_name: String,
    /// The name of the global secondary index to describe, if applicable.
    pub index_name: Option<String>,
}

/// The output of `DescribeContributorInsights`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeContributorInsightsOutput {
    /// The name of the table being described.
    pub table_name: Option<String>,
    /// The name of the global secondary index being described.
    pub index_name: Option<String>,
    /// List of names of the associated contributor insights rules.
    pub contributor_insights_rule_list: Option<Vec<String>>,
    /// Current status of contributor insights.
    pub contributor_insights_status: Option<ContributorInsightsStatus>,
    /// Timestamp of the last time the status was changed.
    pub last_update_date_time: Option<DateTime>,
    /// Returns information about the last failure that was encountered.
    pub failure_exception: Option<FailureException>,
    /// The mode of CloudWatch Contributor Insights for DynamoDB that determines which events are
    /// emitted. Can be set to track all access and throttled events or throttled events only.
    pub contributor_insights_mode: Option<ContributorInsightsMode>,
}

/// The input of `DescribeEndpoints`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeEndpointsRequest {}

/// The output of `DescribeEndpoints`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeEndpointsResponse {
    /// List of endpoints.
    pub endpoints: Vec<Endpoint>,
}

/// The input of `DescribeExport`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeExportInput {
    /// The Amazon Resource Name (ARN) associated with the export.
    pub export_arn: String,
}

/// The output of `DescribeExport`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeExportOutput {
    /// Represents the properties of the export.
    pub export_description: Option<ExportDescription>,
}

/// The input of `DescribeGlobalTable`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeGlobalTableInput {
    /// The name of the global table.
    pub global_table_name: String,
}

/// The output of `DescribeGlobalTable`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeGlobalTableOutput {
    /// Contains the details of the global table.
    pub global_table_description: Option<GlobalTableDescription>,
}

/// The input of `DescribeGlobalTableSettings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeGlobalTableSettingsInput {
    /// The name of the global table to describe.
    pub global_table_name: String,
}

/// The output of `DescribeGlobalTableSettings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeGlobalTableSettingsOutput {
    /// The name of the global table.
    pub global_table_name: Option<String>,
    /// The Region-specific settings for the global table.
    pub replica_settings: Option<Vec<ReplicaSettingsDescription>>,
}

/// The input of `DescribeImport`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeImportInput {
    /// The Amazon Resource Name (ARN) associated with the table you're importing to.
    pub import_arn: String,
}

/// The output of `DescribeImport`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeImportOutput {
    /// Represents the properties of the table created for the import, and parameters of the import.
    /// The import parameters include import status, how many items were processed, and how many
    /// errors were encountered.
    pub import_table_description: ImportTableDescription,
}

/// The input of `DescribeKinesisStreamingDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeKinesisStreamingDestinationInput {
    /// The name of the table being described. You can also provide the Amazon Resource Name (ARN)
    /// of the table in this parameter.
    pub table_name: String,
}

/// The output of `DescribeKinesisStreamingDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeKinesisStreamingDestinationOutput {
    /// The name of the table being described.
    pub table_name: Option<String>,
    /// The list of replica structures for the table being described.
    pub kinesis_data_stream_destinations: Option<Vec<KinesisDataStreamDestination>>,
}

/// Represents the input of a `DescribeLimits` operation. Has no content.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeLimitsInput {}

/// Represents the output of a `DescribeLimits` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeLimitsOutput {
    /// The maximum total read capacity units that your account allows you to provision across all
    /// of your tables in this Region.
    pub account_max_read_capacity_units: Option<i64>,
    /// The maximum total write capacity units that your account allows you to provision across all
    /// of your tables in this Region.
    pub account_max_write_capacity_units: Option<i64>,
    /// The maximum read capacity units that your account allows you to provision for a new table
    /// that you are creating in this Region, including the read capacity units provisioned for its
    /// global secondary indexes (GSIs).
    pub table_max_read_capacity_units: Option<i64>,
    /// The maximum write capacity units that your account allows you to provision for a new table
    /// that you are creating in this Region, including the write capacity units provisioned for its
    /// global secondary indexes (GSIs).
    pub table_max_write_capacity_units: Option<i64>,
}

/// Represents the input of a `DescribeTable` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTableInput {
    /// The name of the table to describe. You can also provide the Amazon Resource Name (ARN) of
    /// the table in this parameter.
    pub table_name: String,
}

/// Represents the output of a `DescribeTable` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTableOutput {
    /// The properties of the table.
    pub table: Option<TableDescription>,
}

/// The input of `DescribeTableReplicaAutoScaling`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTableReplicaAutoScalingInput {
    /// The name of the table. You can also provide the Amazon Resource Name (ARN) of the table in
    /// this parameter.
    pub table_name: String,
}

/// The output of `DescribeTableReplicaAutoScaling`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTableReplicaAutoScalingOutput {
    /// Represents the auto scaling properties of the table.
    pub table_auto_scaling_description: Option<TableAutoScalingDescription>,
}

/// The input of `DescribeTimeToLive`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTimeToLiveInput {
    /// The name of the table to be described. You can also provide the Amazon Resource Name (ARN)
    /// of the table in this parameter.
    pub table_name: String,
}

/// The output of `DescribeTimeToLive`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTimeToLiveOutput {
    /// The description of the Time to Live (TTL) status on the specified table.
    pub time_to_live_description: Option<TimeToLiveDescription>,
}

/// The model's `DestinationStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum DestinationStatus {
    /// `ENABLING`
    #[default]
    #[shape(name = "ENABLING")]
    Enabling,
    /// `ACTIVE`
    #[shape(name = "ACTIVE")]
    Active,
    /// `DISABLING`
    #[shape(name = "DISABLING")]
    Disabling,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// `ENABLE_FAILED`
    #[shape(name = "ENABLE_FAILED")]
    EnableFailed,
    /// `UPDATING`
    #[shape(name = "UPDATING")]
    Updating,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Enables setting the configuration for Kinesis Streaming.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnableKinesisStreamingConfiguration {
    /// Toggle for the precision of Kinesis data stream timestamp. The values are either
    /// `MILLISECOND` or `MICROSECOND`.
    pub approximate_creation_date_time_precision: Option<ApproximateCreationDateTimePrecision>,
}

/// An endpoint information details.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Endpoint {
    /// IP address of the endpoint.
    pub address: String,
    /// Endpoint cache time to live (TTL) value.
    pub cache_period_in_minutes: i64,
}

/// The input of `ExecuteStatement`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecuteStatementInput {
    /// The PartiQL statement representing the operation to run.
    pub statement: String,
    /// The parameters for the PartiQL statement, if any.
    pub parameters: Option<Vec<AttributeValue>>,
    /// The consistency of a read operation. If set to `true`, then a strongly consistent read is
    /// used; otherwise, an eventually consistent read is used.
    pub consistent_read: Option<bool>,
    /// Set this value to get remaining results, if `NextToken` was returned in the statement
    /// response.
    pub next_token: Option<String>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption
    /// that is returned in the response:
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// The maximum number of items to evaluate (not necessarily the number of matching items). If
    /// DynamoDB processes the number of items up to the limit while processing the results, it
    /// stops the operation and returns the matching values up to that point, along with a key in
    /// `LastEvaluatedKey` to apply in a subsequent operation so you can pick up where you left off.
    /// Also, if the processed dataset size exceeds 1 MB before DynamoDB reaches this limit, it
    /// stops the operation and returns the matching values up to the limit, and a key in
    /// `LastEvaluatedKey` to apply in a subsequent operation to continue the operation.
    pub limit: Option<i32>,
    /// An optional parameter that returns the item attributes for an `ExecuteStatement` operation
    /// that failed a condition check.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// The output of `ExecuteStatement`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecuteStatementOutput {
    /// If a read operation was used, this property will contain the result of the read operation; a
    /// map of attribute names and their values. For the write operations this value will be empty.
    pub items: Option<Vec<HashMap<String, AttributeValue>>>,
    /// If the response of a read request exceeds the response payload limit DynamoDB will set this
    /// value in the response. If set, you can use that this value in the subsequent request to get
    /// the remaining results.
    pub next_token: Option<String>,
    /// The capacity units consumed by an operation. The data returned includes the total
    /// provisioned throughput consumed, along with statistics for the table and any indexes
    /// involved in the operation. `ConsumedCapacity` is only returned if the request asked for it.
    /// For more information, see [Provisioned capacity
    /// mode](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/provisioned-capacity-mode.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// The primary key of the item where the operation stopped, inclusive of the previous result
    /// set. Use this value to start a new operation, excluding this value in the new request. If
    /// `LastEvaluatedKey` is empty, then the "last page" of results has been processed and there is
    /// no more data to be retrieved. If `LastEvaluatedKey` is not empty, it does not necessarily
    /// mean that there is more data in the result set. The only way to know when you have reached
    /// the end of the result set is when `LastEvaluatedKey` is empty.
    pub last_evaluated_key: Option<HashMap<String, AttributeValue>>,
}

/// The input of `ExecuteTransaction`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecuteTransactionInput {
    /// The list of PartiQL statements representing the transaction to run.
    pub transact_statements: Vec<ParameterizedStatement>,
    /// Set this value to get remaining results, if `NextToken` was returned in the statement
    /// response.
    #[shape(idempotency_token)]
    pub client_request_token: Option<String>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption
    /// that is returned in the response. For more information, see
    /// [TransactGetItems](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactGetItems.html)
    /// and
    /// [TransactWriteItems](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html).
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}

/// The output of `ExecuteTransaction`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExecuteTransactionOutput {
    /// The response to a PartiQL transaction.
    pub responses: Option<Vec<ItemResponse>>,
    /// The capacity units consumed by the entire operation. The values of the list are ordered
    /// according to the ordering of the statements.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
}

/// Represents a condition to be compared with an attribute value. This condition can be used with
/// `DeleteItem`, `PutItem`, or `UpdateItem` operations; if the comparison evaluates to true, the
/// operation succeeds; if not, the operation fails. You can use `ExpectedAttributeValue` in one of
/// two different ways:
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExpectedAttributeValue {
    /// Represents the data for the expected attribute.
    pub value: Option<AttributeValue>,
    /// Causes DynamoDB to evaluate the value before attempting a conditional operation:
    pub exists: Option<bool>,
    /// A comparator for evaluating attributes in the `AttributeValueList`. For example, equals,
    /// greater than, less than, etc.
    pub comparison_operator: Option<ComparisonOperator>,
    /// One or more values to evaluate against the supplied attribute. The number of values in the
    /// list depends on the `ComparisonOperator` being used.
    pub attribute_value_list: Option<Vec<AttributeValue>>,
}

/// Represents the properties of the exported table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExportDescription {
    /// The Amazon Resource Name (ARN) of the table export.
    pub export_arn: Option<String>,
    /// Export can be in one of the following states: IN\_PROGRESS, COMPLETED, or FAILED.
    pub export_status: Option<ExportStatus>,
    /// The time at which the export task began.
    pub start_time: Option<DateTime>,
    /// The time at which the export task completed.
    pub end_time: Option<DateTime>,
    /// The name of the manifest file for the export task.
    pub export_manifest: Option<String>,
    /// The Amazon Resource Name (ARN) of the table that was exported.
    pub table_arn: Option<String>,
    /// Unique ID of the table that was exported.
    pub table_id: Option<String>,
    /// Point in time from which table data was exported.
    pub export_time: Option<DateTime>,
    /// The client token that was provided for the export task. A client token makes calls to
    /// `ExportTableToPointInTimeInput` idempotent, meaning that multiple identical calls have the
    /// same effect as one single call.
    pub client_token: Option<String>,
    /// The name of the Amazon S3 bucket containing the export.
    pub s3_bucket: Option<String>,
    /// The ID of the Amazon Web Services account that owns the bucket containing the export.
    pub s3_bucket_owner: Option<String>,
    /// The Amazon S3 bucket prefix used as the file name and path of the exported snapshot.
    pub s3_prefix: Option<String>,
    /// Type of encryption used on the bucket where export data is stored. Valid values for
    /// `S3SseAlgorithm` are:
    pub s3_sse_algorithm: Option<S3SseAlgorithm>,
    /// The ID of the KMS managed key used to encrypt the S3 bucket where export data is stored (if
    /// applicable).
    pub s3_sse_kms_key_id: Option<String>,
    /// Status code for the result of the failed export.
    pub failure_code: Option<String>,
    /// Export failure reason description.
    pub failure_message: Option<String>,
    /// The format of the exported data. Valid values for `ExportFormat` are `DYNAMODB_JSON` or
    /// `ION`.
    pub export_format: Option<ExportFormat>,
    /// The billable size of the table export.
    pub billed_size_bytes: Option<i64>,
    /// The number of items exported.
    pub item_count: Option<i64>,
    /// The type of export that was performed. Valid values are `FULL_EXPORT` or
    /// `INCREMENTAL_EXPORT`.
    pub export_type: Option<ExportType>,
    /// Optional object containing the parameters specific to an incremental export.
    pub incremental_export_specification: Option<IncrementalExportSpecification>,
}

/// The model's `ExportFormat`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExportFormat {
    /// `DYNAMODB_JSON`
    #[default]
    #[shape(name = "DYNAMODB_JSON")]
    DynamodbJson,
    /// `ION`
    #[shape(name = "ION")]
    Ion,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ExportStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExportStatus {
    /// `IN_PROGRESS`
    #[default]
    #[shape(name = "IN_PROGRESS")]
    InProgress,
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

/// Summary information about an export task.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExportSummary {
    /// The Amazon Resource Name (ARN) of the export.
    pub export_arn: Option<String>,
    /// Export can be in one of the following states: IN\_PROGRESS, COMPLETED, or FAILED.
    pub export_status: Option<ExportStatus>,
    /// The type of export that was performed. Valid values are `FULL_EXPORT` or
    /// `INCREMENTAL_EXPORT`.
    pub export_type: Option<ExportType>,
}

/// The input of `ExportTableToPointInTime`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExportTableToPointInTimeInput {
    /// The Amazon Resource Name (ARN) associated with the table to export.
    pub table_arn: String,
    /// Time in the past from which to export table data, counted in seconds from the start of the
    /// Unix epoch. The table export will be a snapshot of the table's state at this point in time.
    pub export_time: Option<DateTime>,
    /// Providing a `ClientToken` makes the call to `ExportTableToPointInTimeInput` idempotent,
    /// meaning that multiple identical calls have the same effect as one single call.
    #[shape(idempotency_token)]
    pub client_token: Option<String>,
    /// The name of the Amazon S3 bucket to export the snapshot to.
    pub s3_bucket: String,
    /// The ID of the Amazon Web Services account that owns the bucket the export will be stored in.
    pub s3_bucket_owner: Option<String>,
    /// The Amazon S3 bucket prefix to use as the file name and path of the exported snapshot.
    pub s3_prefix: Option<String>,
    /// Type of encryption used on the bucket where export data will be stored. Valid values for
    /// `S3SseAlgorithm` are:
    pub s3_sse_algorithm: Option<S3SseAlgorithm>,
    /// The ID of the KMS managed key used to encrypt the S3 bucket where export data will be stored
    /// (if applicable).
    pub s3_sse_kms_key_id: Option<String>,
    /// The format for the exported data. Valid values for `ExportFormat` are `DYNAMODB_JSON` or
    /// `ION`.
    pub export_format: Option<ExportFormat>,
    /// Choice of whether to execute as a full export or incremental export. Valid values are
    /// FULL\_EXPORT or INCREMENTAL\_EXPORT. The default value is FULL\_EXPORT. If
    /// INCREMENTAL\_EXPORT is provided, the IncrementalExportSpecification must also be used.
    pub export_type: Option<ExportType>,
    /// Optional object containing the parameters specific to an incremental export.
    pub incremental_export_specification: Option<IncrementalExportSpecification>,
}

/// The output of `ExportTableToPointInTime`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ExportTableToPointInTimeOutput {
    /// Contains a description of the table export.
    pub export_description: Option<ExportDescription>,
}

/// The model's `ExportType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExportType {
    /// `FULL_EXPORT`
    #[default]
    #[shape(name = "FULL_EXPORT")]
    FullExport,
    /// `INCREMENTAL_EXPORT`
    #[shape(name = "INCREMENTAL_EXPORT")]
    IncrementalExport,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ExportViewType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ExportViewType {
    /// `NEW_IMAGE`
    #[default]
    #[shape(name = "NEW_IMAGE")]
    NewImage,
    /// `NEW_AND_OLD_IMAGES`
    #[shape(name = "NEW_AND_OLD_IMAGES")]
    NewAndOldImages,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents a failure a contributor insights operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct FailureException {
    /// Exception name.
    pub exception_name: Option<String>,
    /// Description of the failure.
    pub exception_description: Option<String>,
}

/// Specifies an item and related attribute values to retrieve in a `TransactGetItem` object.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Get {
    /// A map of attribute names to `AttributeValue` objects that specifies the primary key of the
    /// item to retrieve.
    pub key: HashMap<String, AttributeValue>,
    /// The name of the table from which to retrieve the specified item. You can also provide the
    /// Amazon Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A string that identifies one or more attributes of the specified item to retrieve from the
    /// table. The attributes in the expression must be separated by commas. If no attribute names
    /// are specified, then all attributes of the specified item are returned. If any of the
    /// requested attributes are not found, they do not appear in the result.
    pub projection_expression: Option<String>,
    /// One or more substitution tokens for attribute names in the ProjectionExpression parameter.
    pub expression_attribute_names: Option<HashMap<String, String>>,
}

/// Represents the input of a `GetItem` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetItemInput {
    /// The name of the table containing the requested item. You can also provide the Amazon
    /// Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A map of attribute names to `AttributeValue` objects, representing the primary key of the
    /// item to retrieve.
    pub key: HashMap<String, AttributeValue>,
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see
    /// [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub attributes_to_get: Option<Vec<String>>,
    /// Determines the read consistency model: If set to `true`, then the operation uses strongly
    /// consistent reads; otherwise, the operation uses eventually consistent reads.
    pub consistent_read: Option<bool>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption
    /// that is returned in the response:
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// A string that identifies one or more attributes to retrieve from the table. These attributes
    /// can include scalars, sets, or elements of a JSON document. The attributes in the expression
    /// must be separated by commas.
    pub projection_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some
    /// use cases for using `ExpressionAttributeNames`:
    pub expression_attribute_names: Option<HashMap<String, String>>,
}

/// Represents the output of a `GetItem` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetItemOutput {
    /// A map of attribute names to `AttributeValue` objects, as specified by
    /// `ProjectionExpression`.
    pub item: Option<HashMap<String, AttributeValue>>,
    /// The capacity units consumed by the `GetItem` operation. The data returned includes the total
    /// provisioned throughput consumed, along with statistics for the table and any indexes
    /// involved in the operation. `ConsumedCapacity` is only returned if the
    /// `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unit
    /// consumption for read
    /// operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#read-operation-consumption)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: Option<ConsumedCapacity>,
}

/// The input of `GetResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetResourcePolicyInput {
    /// The Amazon Resource Name (ARN) of the DynamoDB resource to which the policy is attached. The
    /// resources you can specify include tables and streams.
    pub resource_arn: String,
}

/// The output of `GetResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetResourcePolicyOutput {
    /// The resource-based policy document attached to the resource, which can be a table or stream,
    /// in JSON format.
    pub policy: Option<String>,
    /// A unique string that represents the revision ID of the policy. If you're comparing revision
    /// IDs, make sure to always use string comparison logic.
    pub revision_id: Option<String>,
}

/// Represents the properties of a global secondary index.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndex {
    /// The name of the global secondary index. The name must be unique among all other indexes on
    /// this table.
    pub index_name: String,
    /// The complete key schema for a global secondary index, which consists of one or more pairs of
    /// attribute names and key types:
    pub key_schema: Vec<KeySchemaElement>,
    /// Represents attributes that are copied (projected) from the table into the global secondary
    /// index. These are in addition to the primary key attributes and index key attributes, which
    /// are automatically projected.
    pub projection: Projection,
    /// Represents the provisioned throughput settings for the specified global secondary index. You
    /// must use either `OnDemandThroughput` or `ProvisionedThroughput` based on your table's
    /// capacity mode.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// The maximum number of read and write units for the specified global secondary index. If you
    /// use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    /// You must use either `OnDemandThroughput` or `ProvisionedThroughput` based on your table's
    /// capacity mode.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput value (in read units per second and write units per second)
    /// for the specified secondary index. If you use this parameter, you must specify
    /// `ReadUnitsPerSecond`, `WriteUnitsPerSecond`, or both.
    pub warm_throughput: Option<WarmThroughput>,
}

/// Represents the auto scaling settings of a global secondary index for a global table that will be
/// modified.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndexAutoScalingUpdate {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// Represents the auto scaling settings to be modified for a global table or global secondary
    /// index.
    pub provisioned_write_capacity_auto_scaling_update: Option<AutoScalingSettingsUpdate>,
}

/// Represents the properties of a global secondary index.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndexDescription {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// The complete key schema for a global secondary index, which consists of one or more pairs of
    /// attribute names and key types:
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// Represents attributes that are copied (projected) from the table into the global secondary
    /// index. These are in addition to the primary key attributes and index key attributes, which
    /// are automatically projected.
    pub projection: Option<Projection>,
    /// The current state of the global secondary index:
    pub index_status: Option<IndexStatus>,
    /// Indicates whether the index is currently backfilling. *Backfilling* is the process of
    /// reading items from the table and determining whether they can be added to the index. (Not
    /// all items will qualify: For example, a partition key cannot have any duplicate values.) If
    /// an item can be added to the index, DynamoDB will do so. After all items have been processed,
    /// the backfilling operation is complete and `Backfilling` is false.
    pub backfilling: Option<bool>,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    pub provisioned_throughput: Option<ProvisionedThroughputDescription>,
    /// The total size of the specified index, in bytes. DynamoDB updates this value approximately
    /// every six hours. Recent changes might not be reflected in this value.
    pub index_size_bytes: Option<i64>,
    /// The number of items in the specified index. DynamoDB updates this value approximately every
    /// six hours. Recent changes might not be reflected in this value.
    pub item_count: Option<i64>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the index.
    pub index_arn: Option<String>,
    /// The maximum number of read and write units for the specified global secondary index. If you
    /// use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput value (in read units per second and write units per second)
    /// for the specified secondary index.
    pub warm_throughput: Option<GlobalSecondaryIndexWarmThroughputDescription>,
}

/// Represents the properties of a global secondary index for the table when the backup was created.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndexInfo {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// The complete key schema for a global secondary index, which consists of one or more pairs of
    /// attribute names and key types:
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// Represents attributes that are copied (projected) from the table into the global secondary
    /// index. These are in addition to the primary key attributes and index key attributes, which
    /// are automatically projected.
    pub projection: Option<Projection>,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// Sets the maximum number of read and write units for the specified on-demand table. If you
    /// use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
}

/// Represents one of the following:
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndexUpdate {
    /// The name of an existing global secondary index, along with new provisioned throughput
    /// settings to be applied to that index.
    pub update: Option<UpdateGlobalSecondaryIndexAction>,
    /// The parameters required for creating a global secondary index on an existing table:
    pub create: Option<CreateGlobalSecondaryIndexAction>,
    /// The name of an existing global secondary index to be removed.
    pub delete: Option<DeleteGlobalSecondaryIndexAction>,
}

/// The description of the warm throughput value on a global secondary index.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndexWarmThroughputDescription {
    /// Represents warm throughput read units per second value for a global secondary index.
    pub read_units_per_second: Option<i64>,
    /// Represents warm throughput write units per second value for a global secondary index.
    pub write_units_per_second: Option<i64>,
    /// Represents the warm throughput status being created or updated on a global secondary index.
    /// The status can only be `UPDATING` or `ACTIVE`.
    pub status: Option<IndexStatus>,
}

/// Represents the properties of a global table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GlobalTable {
    /// The global table name.
    pub global_table_name: Option<String>,
    /// The Regions where the global table has replicas.
    pub replication_group: Option<Vec<Replica>>,
}

/// Contains details about the global table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GlobalTableDescription {
    /// The Regions where the global table has replicas.
    pub replication_group: Option<Vec<ReplicaDescription>>,
    /// The unique identifier of the global table.
    pub global_table_arn: Option<String>,
    /// The creation time of the global table.
    pub creation_date_time: Option<DateTime>,
    /// The current state of the global table:
    pub global_table_status: Option<GlobalTableStatus>,
    /// The global table name.
    pub global_table_name: Option<String>,
}

/// Represents the settings of a global secondary index for a global table that will be modified.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GlobalTableGlobalSecondaryIndexSettingsUpdate {
    /// The name of the global secondary index. The name must be unique among all other indexes on
    /// this table.
    pub index_name: String,
    /// The maximum number of writes consumed per second before DynamoDB returns a
    /// `ThrottlingException.`
    pub provisioned_write_capacity_units: Option<i64>,
    /// Auto scaling settings for managing a global secondary index's write capacity units.
    pub provisioned_write_capacity_auto_scaling_settings_update: Option<AutoScalingSettingsUpdate>,
}

/// The model's `GlobalTableSettingsReplicationMode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum GlobalTableSettingsReplicationMode {
    /// `ENABLED`
    #[default]
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// `ENABLED_WITH_OVERRIDES`
    #[shape(name = "ENABLED_WITH_OVERRIDES")]
    EnabledWithOverrides,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `GlobalTableStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum GlobalTableStatus {
    /// `CREATING`
    #[default]
    #[shape(name = "CREATING")]
    Creating,
    /// `ACTIVE`
    #[shape(name = "ACTIVE")]
    Active,
    /// `DELETING`
    #[shape(name = "DELETING")]
    Deleting,
    /// `UPDATING`
    #[shape(name = "UPDATING")]
    Updating,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents the properties of a witness Region in a MRSC global table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GlobalTableWitnessDescription {
    /// The name of the Amazon Web Services Region that serves as a witness for the MRSC global
    /// table.
    pub region_name: Option<String>,
    /// The current status of the witness Region in the MRSC global table.
    pub witness_status: Option<WitnessStatus>,
}

/// Represents one of the following:
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GlobalTableWitnessGroupUpdate {
    /// Specifies a witness Region to be added to a new MRSC global table. The witness must be added
    /// when creating the MRSC global table.
    pub create: Option<CreateGlobalTableWitnessGroupMemberAction>,
    /// Specifies a witness Region to be removed from an existing global table. Must be done in
    /// conjunction with removing a replica. The deletion of both a witness and replica converts the
    /// remaining replica to a single-Region DynamoDB table.
    pub delete: Option<DeleteGlobalTableWitnessGroupMemberAction>,
}

/// The model's `ImportStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ImportStatus {
    /// `IN_PROGRESS`
    #[default]
    #[shape(name = "IN_PROGRESS")]
    InProgress,
    /// `COMPLETED`
    #[shape(name = "COMPLETED")]
    Completed,
    /// `CANCELLING`
    #[shape(name = "CANCELLING")]
    Cancelling,
    /// `CANCELLED`
    #[shape(name = "CANCELLED")]
    Cancelled,
    /// `FAILED`
    #[shape(name = "FAILED")]
    Failed,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Summary information about the source file for the import.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImportSummary {
    /// The Amazon Resource Number (ARN) corresponding to the import request.
    pub import_arn: Option<String>,
    /// The status of the import operation.
    pub import_status: Option<ImportStatus>,
    /// The Amazon Resource Number (ARN) of the table being imported into.
    pub table_arn: Option<String>,
    /// The path and S3 bucket of the source file that is being imported. This includes the S3Bucket
    /// (required), S3KeyPrefix (optional) and S3BucketOwner (optional if the bucket is owned by the
    /// requester).
    pub s3_bucket_source: Option<S3BucketSource>,
    /// The Amazon Resource Number (ARN) of the Cloudwatch Log Group associated with this import
    /// task.
    pub cloud_watch_log_group_arn: Option<String>,
    /// The format of the source data. Valid values are `CSV`, `DYNAMODB_JSON` or `ION`.
    pub input_format: Option<InputFormat>,
    /// The time at which this import task began.
    pub start_time: Option<DateTime>,
    /// The time at which this import task ended. (Does this include the successful complete
    /// creation of the table it was imported to?)
    pub end_time: Option<DateTime>,
}

/// Represents the properties of the table being imported into.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImportTableDescription {
    /// The Amazon Resource Number (ARN) corresponding to the import request.
    pub import_arn: Option<String>,
    /// The status of the import.
    pub import_status: Option<ImportStatus>,
    /// The Amazon Resource Number (ARN) of the table being imported into.
    pub table_arn: Option<String>,
    /// The table id corresponding to the table created by import table process.
    pub table_id: Option<String>,
    /// The client token that was provided for the import task. Reusing the client token on retry
    /// makes a call to `ImportTable` idempotent.
    pub client_token: Option<String>,
    /// Values for the S3 bucket the source file is imported from. Includes bucket name (required),
    /// key prefix (optional) and bucket account owner ID (optional).
    pub s3_bucket_source: Option<S3BucketSource>,
    /// The number of errors occurred on importing the source file into the target table.
    pub error_count: Option<i64>,
    /// The Amazon Resource Number (ARN) of the Cloudwatch Log Group associated with the target
    /// table.
    pub cloud_watch_log_group_arn: Option<String>,
    /// The format of the source data going into the target table.
    pub input_format: Option<InputFormat>,
    /// The format options for the data that was imported into the target table. There is one value,
    /// CsvOption.
    pub input_format_options: Option<InputFormatOptions>,
    /// The compression options for the data that has been imported into the target table. The
    /// values are NONE, GZIP, or ZSTD.
    pub input_compression_type: Option<InputCompressionType>,
    /// The parameters for the new table that is being imported into.
    pub table_creation_parameters: Option<TableCreationParameters>,
    /// The time when this import task started.
    pub start_time: Option<DateTime>,
    /// The time at which the creation of the table associated with this import task completed.
    pub end_time: Option<DateTime>,
    /// The total size of data processed from the source file, in Bytes.
    pub processed_size_bytes: Option<i64>,
    /// The total number of items processed from the source file.
    pub processed_item_count: Option<i64>,
    /// The number of items successfully imported into the new table.
    pub imported_item_count: Option<i64>,
    /// The error code corresponding to the failure that the import job ran into during execution.
    pub failure_code: Option<String>,
    /// The error message corresponding to the failure that the import job ran into during
    /// execution.
    pub failure_message: Option<String>,
}

/// The input of `ImportTable`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImportTableInput {
    /// Providing a `ClientToken` makes the call to `ImportTableInput` idempotent, meaning that
    /// multiple identical calls have the same effect as one single call.
    #[shape(idempotency_token)]
    pub client_token: Option<String>,
    /// The S3 bucket that provides the source for the import.
    pub s3_bucket_source: S3BucketSource,
    /// The format of the source data. Valid values for `ImportFormat` are `CSV`, `DYNAMODB_JSON` or
    /// `ION`.
    pub input_format: InputFormat,
    /// Additional properties that specify how the input is formatted,
    pub input_format_options: Option<InputFormatOptions>,
    /// Type of compression to be used on the input coming from the imported table.
    pub input_compression_type: Option<InputCompressionType>,
    /// Parameters for the table to import the data into.
    pub table_creation_parameters: TableCreationParameters,
}

/// The output of `ImportTable`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ImportTableOutput {
    /// Represents the properties of the table created for the import, and parameters of the import.
    /// The import parameters include import status, how many items were processed, and how many
    /// errors were encountered.
    pub import_table_description: ImportTableDescription,
}

/// Optional object containing the parameters specific to an incremental export.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct IncrementalExportSpecification {
    /// Time in the past which provides the inclusive start range for the export table's data,
    /// counted in seconds from the start of the Unix epoch. The incremental export will reflect the
    /// table's state including and after this point in time.
    pub export_from_time: Option<DateTime>,
    /// Time in the past which provides the exclusive end range for the export table's data, counted
    /// in seconds from the start of the Unix epoch. The incremental export will reflect the table's
    /// state just prior to this point in time. If this is not provided, the latest time with data
    /// available will be used.
    pub export_to_time: Option<DateTime>,
    /// The view type that was chosen for the export. Valid values are `NEW_AND_OLD_IMAGES` and
    /// `NEW_IMAGES`. The default value is `NEW_AND_OLD_IMAGES`.
    pub export_view_type: Option<ExportViewType>,
}

/// The model's `IndexStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum IndexStatus {
    /// `CREATING`
    #[default]
    #[shape(name = "CREATING")]
    Creating,
    /// `UPDATING`
    #[shape(name = "UPDATING")]
    Updating,
    /// `DELETING`
    #[shape(name = "DELETING")]
    Deleting,
    /// `ACTIVE`
    #[shape(name = "ACTIVE")]
    Active,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `InputCompressionType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InputCompressionType {
    /// `GZIP`
    #[default]
    #[shape(name = "GZIP")]
    Gzip,
    /// `ZSTD`
    #[shape(name = "ZSTD")]
    Zstd,
    /// `NONE`
    #[shape(name = "NONE")]
    None,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `InputFormat`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum InputFormat {
    /// `DYNAMODB_JSON`
    #[default]
    #[shape(name = "DYNAMODB_JSON")]
    DynamodbJson,
    /// `ION`
    #[shape(name = "ION")]
    Ion,
    /// `CSV`
    #[shape(name = "CSV")]
    Csv,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The format options for the data that was imported into the target table. There is one value,
/// CsvOption.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InputFormatOptions {
    /// The options for imported source files in CSV format. The values are Delimiter and
    /// HeaderList.
    pub csv: Option<CsvOptions>,
}

/// Information about item collections, if any, that were affected by the operation.
/// `ItemCollectionMetrics` is only returned if the request asked for it. If the table does not have
/// any local secondary indexes, this information is not returned in the response.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ItemCollectionMetrics {
    /// The partition key value of the item collection. This value is the same as the partition key
    /// value of the item.
    pub item_collection_key: Option<HashMap<String, AttributeValue>>,
    /// An estimate of item collection size, in gigabytes. This value is a two-element array
    /// containing a lower bound and an upper bound for the estimate. The estimate includes the size
    /// of all the items in the table, plus the size of all attributes projected into all of the
    /// local secondary indexes on that table. Use this estimate to measure whether a local
    /// secondary index is approaching its size limit.
    #[shape(name = "SizeEstimateRangeGB")]
    pub size_estimate_range_gb: Option<Vec<f64>>,
}

/// Details for the requested item.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ItemResponse {
    /// Map of attribute data consisting of the data type and attribute value.
    pub item: Option<HashMap<String, AttributeValue>>,
}

/// Represents *a single element* of a key schema. A key schema specifies the attributes that make
/// up the primary key of a table, or the key attributes of an index.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KeySchemaElement {
    /// The name of a key attribute.
    pub attribute_name: String,
    /// The role that this key attribute will assume:
    pub key_type: KeyType,
}

/// The model's `KeyType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum KeyType {
    /// `HASH`
    #[default]
    #[shape(name = "HASH")]
    Hash,
    /// `RANGE`
    #[shape(name = "RANGE")]
    Range,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents a set of primary keys and, for each key, the attributes to retrieve from the table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KeysAndAttributes {
    /// The primary key attribute values that define the items and the attributes associated with
    /// the items.
    pub keys: Vec<HashMap<String, AttributeValue>>,
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see
    /// [Legacy Conditional
    /// Parameters](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub attributes_to_get: Option<Vec<String>>,
    /// The consistency of a read operation. If set to `true`, then a strongly consistent read is
    /// used; otherwise, an eventually consistent read is used.
    pub consistent_read: Option<bool>,
    /// A string that identifies one or more attributes to retrieve from the table. These attributes
    /// can include scalars, sets, or elements of a JSON document. The attributes in the
    /// `ProjectionExpression` must be separated by commas.
    pub projection_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some
    /// use cases for using `ExpressionAttributeNames`:
    pub expression_attribute_names: Option<HashMap<String, String>>,
}

/// Describes a Kinesis data stream destination.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KinesisDataStreamDestination {
    /// The ARN for a specific Kinesis data stream.
    pub stream_arn: Option<String>,
    /// The current status of replication.
    pub destination_status: Option<DestinationStatus>,
    /// The human-readable string that corresponds to the replica status.
    pub destination_status_description: Option<String>,
    /// The precision of the Kinesis data stream timestamp. The values are either `MILLISECOND` or
    /// `MICROSECOND`.
    pub approximate_creation_date_time_precision: Option<ApproximateCreationDateTimePrecision>,
}

/// The input of `DisableKinesisStreamingDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KinesisStreamingDestinationInput {
    /// The name of the DynamoDB table. You can also provide the Amazon Resource Name (ARN) of the
    /// table in this parameter.
    pub table_name: String,
    /// The ARN for a Kinesis data stream.
    pub stream_arn: String,
    /// The source for the Kinesis streaming information that is being enabled.
    pub enable_kinesis_streaming_configuration: Option<EnableKinesisStreamingConfiguration>,
}

/// The output of `DisableKinesisStreamingDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KinesisStreamingDestinationOutput {
    /// The name of the table being modified.
    pub table_name: Option<String>,
    /// The ARN for the specific Kinesis data stream.
    pub stream_arn: Option<String>,
    /// The current status of the replication.
    pub destination_status: Option<DestinationStatus>,
    /// The destination for the Kinesis streaming information that is being enabled.
    pub enable_kinesis_streaming_configuration: Option<EnableKinesisStreamingConfiguration>,
}

/// The input of `ListBackups`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListBackupsInput {
    /// Lists the backups from the table specified in `TableName`. You can also provide the Amazon
    /// Resource Name (ARN) of the table in this parameter.
    pub table_name: Option<String>,
    /// Maximum number of backups to return at once.
    pub limit: Option<i32>,
    /// Only backups created after this time are listed. `TimeRangeLowerBound` is inclusive.
    pub time_range_lower_bound: Option<DateTime>,
    /// Only backups created before this time are listed. `TimeRangeUpperBound` is exclusive.
    pub time_range_upper_bound: Option<DateTime>,
    /// `LastEvaluatedBackupArn` is the Amazon Resource Name (ARN) of the backup last evaluated when
    /// the current page of results was returned, inclusive of the current page of results. This
    /// value may be specified as the `ExclusiveStartBackupArn` of a new `ListBackups` operation in
    /// order to fetch the next page of results.
    pub exclusive_start_backup_arn: Option<String>,
    /// The backups from the table specified by `BackupType` are listed.
    pub backup_type: Option<BackupTypeFilter>,
}

/// The output of `ListBackups`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListBackupsOutput {
    /// List of `BackupSummary` objects.
    pub backup_summaries: Option<Vec<BackupSummary>>,
    /// The ARN of the backup last evaluated when the current page of results was returned,
    /// inclusive of the current page of results. This value may be specified as the
    /// `ExclusiveStartBackupArn` of a new `ListBackups` operation in order to fetch the next page
    /// of results.
    pub last_evaluated_backup_arn: Option<String>,
}

/// The input of `ListContributorInsights`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListContributorInsightsInput {
    /// The name of the table. You can also provide the Amazon Resource Name (ARN) of the table in
    /// this parameter.
    pub table_name: Option<String>,
    /// A token to for the desired page, if there is one.
    pub next_token: Option<String>,
    /// Maximum number of results to return per page.
    pub max_results: Option<i32>,
}

/// The output of `ListContributorInsights`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListContributorInsightsOutput {
    /// A list of ContributorInsightsSummary.
    pub contributor_insights_summaries: Option<Vec<ContributorInsightsSummary>>,
    /// A token to go to the next page if there is one.
    pub next_token: Option<String>,
}

/// The input of `ListExports`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListExportsInput {
    /// The Amazon Resource Name (ARN) associated with the exported table.
    pub table_arn: Option<String>,
    /// Maximum number of results to return per page.
    pub max_results: Option<i32>,
    /// An optional string that, if supplied, must be copied from the output of a previous call to
    /// `ListExports`. When provided in this manner, the API fetches the next page of results.
    pub next_token: Option<String>,
}

/// The output of `ListExports`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListExportsOutput {
    /// A list of `ExportSummary` objects.
    pub export_summaries: Option<Vec<ExportSummary>>,
    /// If this value is returned, there are additional results to be displayed. To retrieve them,
    /// call `ListExports` again, with `NextToken` set to this value.
    pub next_token: Option<String>,
}

/// The input of `ListGlobalTables`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListGlobalTablesInput {
    /// The first global table name that this operation will evaluate.
    pub exclusive_start_global_table_name: Option<String>,
    /// The maximum number of table names to return, if the parameter is not specified DynamoDB
    /// defaults to 100.
    pub limit: Option<i32>,
    /// Lists the global tables in a specific Region.
    pub region_name: Option<String>,
}

/// The output of `ListGlobalTables`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListGlobalTablesOutput {
    /// List of global table names.
    pub global_tables: Option<Vec<GlobalTable>>,
    /// Last evaluated global table name.
    pub last_evaluated_global_table_name: Option<String>,
}

/// The input of `ListImports`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListImportsInput {
    /// The Amazon Resource Name (ARN) associated with the table that was imported to.
    pub table_arn: Option<String>,
    /// The number of `ImportSummary `objects returned in a single page.
    pub page_size: Option<i32>,
    /// An optional string that, if supplied, must be copied from the output of a previous call to
    /// `ListImports`. When provided in this manner, the API fetches the next page of results.
    pub next_token: Option<String>,
}

/// The output of `ListImports`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListImportsOutput {
    /// A list of `ImportSummary` objects.
    pub import_summary_list: Option<Vec<ImportSummary>>,
    /// If this value is returned, there are additional results to be displayed. To retrieve them,
    /// call `ListImports` again, with `NextToken` set to this value.
    pub next_token: Option<String>,
}

/// Represents the input of a `ListTables` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTablesInput {
    /// The first table name that this operation will evaluate. Use the value that was returned for
    /// `LastEvaluatedTableName` in a previous operation, so that you can obtain the next page of
    /// results.
    pub exclusive_start_table_name: Option<String>,
    /// A maximum number of table names to return. If this parameter is not specified, the limit is
    /// 100.
    pub limit: Option<i32>,
}

/// Represents the output of a `ListTables` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTablesOutput {
    /// The names of the tables associated with the current account at the current endpoint. The
    /// maximum size of this array is 100.
    pub table_names: Option<Vec<String>>,
    /// The name of the last table in the current page of results. Use this value as the
    /// `ExclusiveStartTableName` in a new request to obtain the next page of results, until all the
    /// table names are returned.
    pub last_evaluated_table_name: Option<String>,
}

/// The input of `ListTagsOfResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsOfResourceInput {
    /// The Amazon DynamoDB resource with tags to be listed. This value is an Amazon Resource Name
    /// (ARN).
    pub resource_arn: String,
    /// An optional string that, if supplied, must be copied from the output of a previous call to
    /// ListTagOfResource. When provided in this manner, this API fetches the next page of results.
    pub next_token: Option<String>,
}

/// The output of `ListTagsOfResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsOfResourceOutput {
    /// The tags currently associated with the Amazon DynamoDB resource.
    pub tags: Option<Vec<Tag>>,
    /// If this value is returned, there are additional results to be displayed. To retrieve them,
    /// call ListTagsOfResource again, with NextToken set to this value.
    pub next_token: Option<String>,
}

/// Represents the properties of a local secondary index.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LocalSecondaryIndex {
    /// The name of the local secondary index. The name must be unique among all other indexes on
    /// this table.
    pub index_name: String,
    /// The complete key schema for the local secondary index, consisting of one or more pairs of
    /// attribute names and key types:
    pub key_schema: Vec<KeySchemaElement>,
    /// Represents attributes that are copied (projected) from the table into the local secondary
    /// index. These are in addition to the primary key attributes and index key attributes, which
    /// are automatically projected.
    pub projection: Projection,
}

/// Represents the properties of a local secondary index.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LocalSecondaryIndexDescription {
    /// Represents the name of the local secondary index.
    pub index_name: Option<String>,
    /// The complete key schema for the local secondary index, consisting of one or more pairs of
    /// attribute names and key types:
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// Represents attributes that are copied (projected) from the table into the global secondary
    /// index. These are in addition to the primary key attributes and index key attributes, which
    /// are automatically projected.
    pub projection: Option<Projection>,
    /// The total size of the specified index, in bytes. DynamoDB updates this value approximately
    /// every six hours. Recent changes might not be reflected in this value.
    pub index_size_bytes: Option<i64>,
    /// The number of items in the specified index. DynamoDB updates this value approximately every
    /// six hours. Recent changes might not be reflected in this value.
    pub item_count: Option<i64>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the index.
    pub index_arn: Option<String>,
}

/// Represents the properties of a local secondary index for the table when the backup was created.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LocalSecondaryIndexInfo {
    /// Represents the name of the local secondary index.
    pub index_name: Option<String>,
    /// The complete key schema for a local secondary index, which consists of one or more pairs of
    /// attribute names and key types:
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// Represents attributes that are copied (projected) from the table into the global secondary
    /// index. These are in addition to the primary key attributes and index key attributes, which
    /// are automatically projected.
    pub projection: Option<Projection>,
}

/// The model's `MultiRegionConsistency`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MultiRegionConsistency {
    /// `EVENTUAL`
    #[default]
    #[shape(name = "EVENTUAL")]
    Eventual,
    /// `STRONG`
    #[shape(name = "STRONG")]
    Strong,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Sets the maximum number of read and write units for the specified on-demand table. If you use
/// this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OnDemandThroughput {
    /// Maximum number of read request units for the specified table.
    pub max_read_request_units: Option<i64>,
    /// Maximum number of write request units for the specified table.
    pub max_write_request_units: Option<i64>,
}

/// Overrides the on-demand throughput settings for this replica table. If you don't specify a value
/// for this parameter, it uses the source table's on-demand throughput settings.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct OnDemandThroughputOverride {
    /// Maximum number of read request units for the specified replica table.
    pub max_read_request_units: Option<i64>,
}

/// Represents a PartiQL statement that uses parameters.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ParameterizedStatement {
    /// A PartiQL statement that uses parameters.
    pub statement: String,
    /// The parameter values.
    pub parameters: Option<Vec<AttributeValue>>,
    /// An optional parameter that returns the item attributes for a PartiQL
    /// `ParameterizedStatement` operation that failed a condition check.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// The description of the point in time settings applied to the table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PointInTimeRecoveryDescription {
    /// The current state of point in time recovery:
    pub point_in_time_recovery_status: Option<PointInTimeRecoveryStatus>,
    /// The number of preceding days for which continuous backups are taken and maintained. Your
    /// table data is only recoverable to any point-in-time from within the configured recovery
    /// period. This parameter is optional.
    pub recovery_period_in_days: Option<i32>,
    /// Specifies the earliest point in time you can restore your table to. You can restore your
    /// table to any point in time during the last 35 days.
    pub earliest_restorable_date_time: Option<DateTime>,
    /// `LatestRestorableDateTime` is typically 5 minutes before the current time.
    pub latest_restorable_date_time: Option<DateTime>,
}

/// Represents the settings used to enable point in time recovery.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PointInTimeRecoverySpecification {
    /// Indicates whether point in time recovery is enabled (true) or disabled (false) on the table.
    pub point_in_time_recovery_enabled: bool,
    /// The number of preceding days for which continuous backups are taken and maintained. Your
    /// table data is only recoverable to any point-in-time from within the configured recovery
    /// period. This parameter is optional. If no value is provided, the value will default to 35.
    pub recovery_period_in_days: Option<i32>,
}

/// The model's `PointInTimeRecoveryStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum PointInTimeRecoveryStatus {
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

/// Represents attributes that are copied (projected) from the table into an index. These are in
/// addition to the primary key attributes and index key attributes, which are automatically
/// projected.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Projection {
    /// The set of attributes that are projected into the index:
    pub projection_type: Option<ProjectionType>,
    /// Represents the non-key attribute names which will be projected into the index.
    pub non_key_attributes: Option<Vec<String>>,
}

/// The model's `ProjectionType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ProjectionType {
    /// `ALL`
    #[default]
    #[shape(name = "ALL")]
    All,
    /// `KEYS_ONLY`
    #[shape(name = "KEYS_ONLY")]
    KeysOnly,
    /// `INCLUDE`
    #[shape(name = "INCLUDE")]
    Include,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents the provisioned throughput settings for the specified global secondary index. You
/// must use `ProvisionedThroughput` or `OnDemandThroughput` based on your table’s capacity mode.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ProvisionedThroughput {
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns
    /// a `ThrottlingException`. For more information, see [Specifying Read and Write
    /// Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughput.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub read_capacity_units: i64,
    /// The maximum number of writes consumed per second before DynamoDB returns a
    /// `ThrottlingException`. For more information, see [Specifying Read and Write
    /// Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/ProvisionedThroughput.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub write_capacity_units: i64,
}

/// Represents the provisioned throughput settings for the table, consisting of read and write
/// capacity units, along with data about increases and decreases.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ProvisionedThroughputDescription {
    /// The date and time of the last provisioned throughput increase for this table.
    pub last_increase_date_time: Option<DateTime>,
    /// The date and time of the last provisioned throughput decrease for this table.
    pub last_decrease_date_time: Option<DateTime>,
    /// The number of provisioned throughput decreases for this table during this UTC calendar day.
    /// For current maximums on provisioned throughput decreases, see [Service, Account, and Table
    /// Quotas](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Limits.html) in the
    /// *Amazon DynamoDB Developer Guide*.
    pub number_of_decreases_today: Option<i64>,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns
    /// a `ThrottlingException`. Eventually consistent reads require less effort than strongly
    /// consistent reads, so a setting of 50 `ReadCapacityUnits` per second provides 100 eventually
    /// consistent `ReadCapacityUnits` per second.
    pub read_capacity_units: Option<i64>,
    /// The maximum number of writes consumed per second before DynamoDB returns a
    /// `ThrottlingException`.
    pub write_capacity_units: Option<i64>,
}

/// Replica-specific provisioned throughput settings. If not specified, uses the source table's
/// provisioned throughput settings.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ProvisionedThroughputOverride {
    /// Replica-specific read capacity units. If not specified, uses the source table's read
    /// capacity settings.
    pub read_capacity_units: Option<i64>,
}

/// Represents a request to perform a `PutItem` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Put {
    /// A map of attribute name to attribute values, representing the primary key of the item to be
    /// written by `PutItem`. All of the table's primary key attributes must be specified, and their
    /// data types must match those of the table's key schema. If any attributes are present in the
    /// item that are part of an index key schema for the table, their types must match the index
    /// key schema.
    pub item: HashMap<String, AttributeValue>,
    /// Name of the table in which to write the item. You can also provide the Amazon Resource Name
    /// (ARN) of the table in this parameter.
    pub table_name: String,
    /// A condition that must be satisfied in order for a conditional update to succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
    /// Use `ReturnValuesOnConditionCheckFailure` to get the item attributes if the `Put` condition
    /// fails. For `ReturnValuesOnConditionCheckFailure`, the valid values are: NONE and ALL\_OLD.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// Represents the input of a `PutItem` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutItemInput {
    /// The name of the table to contain the item. You can also provide the Amazon Resource Name
    /// (ARN) of the table in this parameter.
    pub table_name: String,
    /// A map of attribute name/value pairs, one for each attribute. Only the primary key attributes
    /// are required; you can optionally provide other attribute name-value pairs for the item.
    pub item: HashMap<String, AttributeValue>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see
    /// [Expected](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub expected: Option<HashMap<String, ExpectedAttributeValue>>,
    /// Use `ReturnValues` if you want to get the item attributes as they appeared before they were
    /// updated with the `PutItem` request. For `PutItem`, the valid values are:
    pub return_values: Option<ReturnValue>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption
    /// that is returned in the response:
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the response
    /// includes statistics about item collections, if any, that were modified during the operation
    /// are returned in the response. If set to `NONE` (the default), no statistics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see
    /// [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: Option<ConditionalOperator>,
    /// A condition that must be satisfied in order for a conditional `PutItem` operation to
    /// succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some
    /// use cases for using `ExpressionAttributeNames`:
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
    /// An optional parameter that returns the item attributes for a `PutItem` operation that failed
    /// a condition check.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// Represents the output of a `PutItem` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutItemOutput {
    /// The attribute values as they appeared before the `PutItem` operation, but only if
    /// `ReturnValues` is specified as `ALL_OLD` in the request. Each element consists of an
    /// attribute name and an attribute value.
    pub attributes: Option<HashMap<String, AttributeValue>>,
    /// The capacity units consumed by the `PutItem` operation. The data returned includes the total
    /// provisioned throughput consumed, along with statistics for the table and any indexes
    /// involved in the operation. `ConsumedCapacity` is only returned if the
    /// `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unity
    /// consumption for write
    /// operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#write-operation-consumption)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Information about item collections, if any, that were affected by the `PutItem` operation.
    /// `ItemCollectionMetrics` is only returned if the `ReturnItemCollectionMetrics` parameter was
    /// specified. If the table does not have any local secondary indexes, this information is not
    /// returned in the response.
    pub item_collection_metrics: Option<ItemCollectionMetrics>,
}

/// Represents a request to perform a `PutItem` operation on an item.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRequest {
    /// A map of attribute name to attribute values, representing the primary key of an item to be
    /// processed by `PutItem`. All of the table's primary key attributes must be specified, and
    /// their data types must match those of the table's key schema. If any attributes are present
    /// in the item that are part of an index key schema for the table, their types must match the
    /// index key schema.
    pub item: HashMap<String, AttributeValue>,
}

/// The input of `PutResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutResourcePolicyInput {
    /// The Amazon Resource Name (ARN) of the DynamoDB resource to which the policy will be
    /// attached. The resources you can specify include tables and streams.
    pub resource_arn: String,
    /// An Amazon Web Services resource-based policy document in JSON format.
    pub policy: String,
    /// A string value that you can use to conditionally update your policy. You can provide the
    /// revision ID of your existing policy to make mutating requests against that policy.
    pub expected_revision_id: Option<String>,
    /// Set this parameter to `true` to confirm that you want to remove your permissions to change
    /// the policy of this resource in the future.
    pub confirm_remove_self_resource_access: Option<bool>,
}

/// The output of `PutResourcePolicy`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutResourcePolicyOutput {
    /// A unique string that represents the revision ID of the policy. If you're comparing revision
    /// IDs, make sure to always use string comparison logic.
    pub revision_id: Option<String>,
}

/// Represents the input of a `Query` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct QueryInput {
    /// The name of the table containing the requested items. You can also provide the Amazon
    /// Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// The name of an index to query. This index can be any local secondary index or global
    /// secondary index on the table. Note that if you use the `IndexName` parameter, you must also
    /// provide `TableName.`
    pub index_name: Option<String>,
    /// The attributes to be returned in the result. You can retrieve all item attributes, specific
    /// item attributes, the count of matching items, or in the case of an index, some or all of the
    /// attributes projected into the index.
    pub select: Option<Select>,
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see
    /// [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub attributes_to_get: Option<Vec<String>>,
    /// The maximum number of items to evaluate (not necessarily the number of matching items). If
    /// DynamoDB processes the number of items up to the limit while processing the results, it
    /// stops the operation and returns the matching values up to that point, and a key in
    /// `LastEvaluatedKey` to apply in a subsequent operation, so that you can pick up where you
    /// left off. Also, if the processed dataset size exceeds 1 MB before DynamoDB reaches this
    /// limit, it stops the operation and returns the matching values up to the limit, and a key in
    /// `LastEvaluatedKey` to apply in a subsequent operation to continue the operation. For more
    /// information, see [Query and
    /// Scan](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html) in
    /// the *Amazon DynamoDB Developer Guide*.
    pub limit: Option<i32>,
    /// Determines the read consistency model: If set to `true`, then the operation uses strongly
    /// consistent reads; otherwise, the operation uses eventually consistent reads.
    pub consistent_read: Option<bool>,
    /// This is a legacy parameter. Use `KeyConditionExpression` instead. For more information, see
    /// [KeyConditions](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.KeyConditions.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub key_conditions: Option<HashMap<String, ConditionShape>>,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more information, see
    /// [QueryFilter](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.QueryFilter.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub query_filter: Option<HashMap<String, ConditionShape>>,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more information, see
    /// [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: Option<ConditionalOperator>,
    /// Specifies the order for index traversal: If `true` (default), the traversal is performed in
    /// ascending order; if `false`, the traversal is performed in descending order.
    pub scan_index_forward: Option<bool>,
    /// The primary key of the first item that this operation will evaluate. Use the value that was
    /// returned for `LastEvaluatedKey` in the previous operation.
    pub exclusive_start_key: Option<HashMap<String, AttributeValue>>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption
    /// that is returned in the response:
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// A string that identifies one or more attributes to retrieve from the table. These attributes
    /// can include scalars, sets, or elements of a JSON document. The attributes in the expression
    /// must be separated by commas.
    pub projection_expression: Option<String>,
    /// A string that contains conditions that DynamoDB applies after the `Query` operation, but
    /// before the data is returned to you. Items that do not satisfy the `FilterExpression`
    /// criteria are not returned.
    pub filter_expression: Option<String>,
    /// The condition that specifies the key values for items to be retrieved by the `Query` action.
    pub key_condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some
    /// use cases for using `ExpressionAttributeNames`:
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
}

/// Represents the output of a `Query` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct QueryOutput {
    /// An array of item attributes that match the query criteria. Each element in this array
    /// consists of an attribute name and the value for that attribute.
    pub items: Option<Vec<HashMap<String, AttributeValue>>>,
    /// The number of items in the response.
    pub count: Option<i32>,
    /// The number of items evaluated, before any `QueryFilter` is applied. A high `ScannedCount`
    /// value with few, or no, `Count` results indicates an inefficient `Query` operation. For more
    /// information, see [Count and
    /// ScannedCount](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Scan.html#Scan.Count)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub scanned_count: Option<i32>,
    /// The primary key of the item where the operation stopped, inclusive of the previous result
    /// set. Use this value to start a new operation, excluding this value in the new request.
    pub last_evaluated_key: Option<HashMap<String, AttributeValue>>,
    /// The capacity units consumed by the `Query` operation. The data returned includes the total
    /// provisioned throughput consumed, along with statistics for the table and any indexes
    /// involved in the operation. `ConsumedCapacity` is only returned if the
    /// `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unit
    /// consumption for read
    /// operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#read-operation-consumption)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: Option<ConsumedCapacity>,
}

/// Represents the properties of a replica.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Replica {
    /// The Region where the replica needs to be created.
    pub region_name: Option<String>,
}

/// Represents the auto scaling settings of the replica.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicaAutoScalingDescription {
    /// The Region where the replica exists.
    pub region_name: Option<String>,
    /// Replica-specific global secondary index auto scaling settings.
    pub global_secondary_indexes: Option<Vec<ReplicaGlobalSecondaryIndexAutoScalingDescription>>,
    /// Represents the auto scaling settings for a global table or global secondary index.
    pub replica_provisioned_read_capacity_auto_scaling_settings:
        Option<AutoScalingSettingsDescription>,
    /// Represents the auto scaling settings for a global table or global secondary index.
    pub replica_provisioned_write_capacity_auto_scaling_settings:
        Option<AutoScalingSettingsDescription>,
    /// The current state of the replica:
    pub replica_status: Option<ReplicaStatus>,
}

/// Represents the auto scaling settings of a replica that will be modified.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicaAutoScalingUpdate {
    /// The Region where the replica exists.
    pub region_name: String,
    /// Represents the auto scaling settings of global secondary indexes that will be modified.
    pub replica_global_secondary_index_updates:
        Option<Vec<ReplicaGlobalSecondaryIndexAutoScalingUpdate>>,
    /// Represents the auto scaling settings to be modified for a global table or global secondary
    /// index.
    pub replica_provisioned_read_capacity_auto_scaling_update: Option<AutoScalingSettingsUpdate>,
}

/// Contains the details of the replica.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicaDescription {
    /// The name of the Region.
    pub region_name: Option<String>,
    /// The current state of the replica:
    pub replica_status: Option<ReplicaStatus>,
    /// The Amazon Resource Name (ARN) of the global table replica.
    pub replica_arn: Option<String>,
    /// Detailed information about the replica status.
    pub replica_status_description: Option<String>,
    /// Specifies the progress of a Create, Update, or Delete action on the replica as a percentage.
    pub replica_status_percent_progress: Option<String>,
    /// The KMS key of the replica that will be used for KMS encryption.
    #[shape(name = "KMSMasterKeyId")]
    pub kms_master_key_id: Option<String>,
    /// Replica-specific provisioned throughput. If not described, uses the source table's
    /// provisioned throughput settings.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// Overrides the maximum on-demand throughput settings for the specified replica table.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
    /// Represents the warm throughput value for this replica.
    pub warm_throughput: Option<TableWarmThroughputDescription>,
    /// Replica-specific global secondary index settings.
    pub global_secondary_indexes: Option<Vec<ReplicaGlobalSecondaryIndexDescription>>,
    /// The time at which the replica was first detected as inaccessible. To determine cause of
    /// inaccessibility check the `ReplicaStatus` property.
    pub replica_inaccessible_date_time: Option<DateTime>,
    /// Contains details of the table class.
    pub replica_table_class_summary: Option<TableClassSummary>,
    /// Indicates one of the settings synchronization modes for the global table replica:
    pub global_table_settings_replication_mode: Option<GlobalTableSettingsReplicationMode>,
}

/// Represents the properties of a replica global secondary index.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndex {
    /// The name of the global secondary index.
    pub index_name: String,
    /// Replica table GSI-specific provisioned throughput. If not specified, uses the source table
    /// GSI's read capacity settings.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// Overrides the maximum on-demand throughput settings for the specified global secondary index
    /// in the specified replica table.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
}

/// Represents the auto scaling configuration for a replica global secondary index.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexAutoScalingDescription {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// The current state of the replica global secondary index:
    pub index_status: Option<IndexStatus>,
    /// Represents the auto scaling settings for a global table or global secondary index.
    pub provisioned_read_capacity_auto_scaling_settings: Option<AutoScalingSettingsDescription>,
    /// Represents the auto scaling settings for a global table or global secondary index.
    pub provisioned_write_capacity_auto_scaling_settings: Option<AutoScalingSettingsDescription>,
}

/// Represents the auto scaling settings of a global secondary index for a replica that will be
/// modified.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexAutoScalingUpdate {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// Represents the auto scaling settings to be modified for a global table or global secondary
    /// index.
    pub provisioned_read_capacity_auto_scaling_update: Option<AutoScalingSettingsUpdate>,
}

/// Represents the properties of a replica global secondary index.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexDescription {
    /// The name of the global secondary index.
    pub index_name: Option<String>,
    /// If not described, uses the source table GSI's read capacity settings.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// Overrides the maximum on-demand throughput for the specified global secondary index in the
    /// specified replica table.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
    /// Represents the warm throughput of the global secondary index for this replica.
    pub warm_throughput: Option<GlobalSecondaryIndexWarmThroughputDescription>,
}

/// Represents the properties of a global secondary index.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexSettingsDescription {
    /// The name of the global secondary index. The name must be unique among all other indexes on
    /// this table.
    pub index_name: String,
    /// The current status of the global secondary index:
    pub index_status: Option<IndexStatus>,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns
    /// a `ThrottlingException`.
    pub provisioned_read_capacity_units: Option<i64>,
    /// Auto scaling settings for a global secondary index replica's read capacity units.
    pub provisioned_read_capacity_auto_scaling_settings: Option<AutoScalingSettingsDescription>,
    /// The maximum number of writes consumed per second before DynamoDB returns a
    /// `ThrottlingException`.
    pub provisioned_write_capacity_units: Option<i64>,
    /// Auto scaling settings for a global secondary index replica's write capacity units.
    pub provisioned_write_capacity_auto_scaling_settings: Option<AutoScalingSettingsDescription>,
}

/// Represents the settings of a global secondary index for a global table that will be modified.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicaGlobalSecondaryIndexSettingsUpdate {
    /// The name of the global secondary index. The name must be unique among all other indexes on
    /// this table.
    pub index_name: String,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns
    /// a `ThrottlingException`.
    pub provisioned_read_capacity_units: Option<i64>,
    /// Auto scaling settings for managing a global secondary index replica's read capacity units.
    pub provisioned_read_capacity_auto_scaling_settings_update: Option<AutoScalingSettingsUpdate>,
}

/// Represents the properties of a replica.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicaSettingsDescription {
    /// The Region name of the replica.
    pub region_name: String,
    /// The current state of the Region:
    pub replica_status: Option<ReplicaStatus>,
    /// The read/write capacity mode of the replica.
    pub replica_billing_mode_summary: Option<BillingModeSummary>,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns
    /// a `ThrottlingException`. For more information, see [Specifying Read and Write
    /// Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#ProvisionedThroughput)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub replica_provisioned_read_capacity_units: Option<i64>,
    /// Auto scaling settings for a global table replica's read capacity units.
    pub replica_provisioned_read_capacity_auto_scaling_settings:
        Option<AutoScalingSettingsDescription>,
    /// The maximum number of writes consumed per second before DynamoDB returns a
    /// `ThrottlingException`. For more information, see [Specifying Read and Write
    /// Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#ProvisionedThroughput)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub replica_provisioned_write_capacity_units: Option<i64>,
    /// Auto scaling settings for a global table replica's write capacity units.
    pub replica_provisioned_write_capacity_auto_scaling_settings:
        Option<AutoScalingSettingsDescription>,
    /// Replica global secondary index settings for the global table.
    pub replica_global_secondary_index_settings:
        Option<Vec<ReplicaGlobalSecondaryIndexSettingsDescription>>,
    /// Contains details of the table class.
    pub replica_table_class_summary: Option<TableClassSummary>,
}

/// Represents the settings for a global table in a Region that will be modified.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicaSettingsUpdate {
    /// The Region of the replica to be added.
    pub region_name: String,
    /// The maximum number of strongly consistent reads consumed per second before DynamoDB returns
    /// a `ThrottlingException`. For more information, see [Specifying Read and Write
    /// Requirements](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.html#ProvisionedThroughput)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub replica_provisioned_read_capacity_units: Option<i64>,
    /// Auto scaling settings for managing a global table replica's read capacity units.
    pub replica_provisioned_read_capacity_auto_scaling_settings_update:
        Option<AutoScalingSettingsUpdate>,
    /// Represents the settings of a global secondary index for a global table that will be
    /// modified.
    pub replica_global_secondary_index_settings_update:
        Option<Vec<ReplicaGlobalSecondaryIndexSettingsUpdate>>,
    /// Replica-specific table class. If not specified, uses the source table's table class.
    pub replica_table_class: Option<TableClass>,
}

/// The model's `ReplicaStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReplicaStatus {
    /// `CREATING`
    #[default]
    #[shape(name = "CREATING")]
    Creating,
    /// `CREATION_FAILED`
    #[shape(name = "CREATION_FAILED")]
    CreationFailed,
    /// `UPDATING`
    #[shape(name = "UPDATING")]
    Updating,
    /// `DELETING`
    #[shape(name = "DELETING")]
    Deleting,
    /// `ACTIVE`
    #[shape(name = "ACTIVE")]
    Active,
    /// `REGION_DISABLED`
    #[shape(name = "REGION_DISABLED")]
    RegionDisabled,
    /// `INACCESSIBLE_ENCRYPTION_CREDENTIALS`
    #[shape(name = "INACCESSIBLE_ENCRYPTION_CREDENTIALS")]
    InaccessibleEncryptionCredentials,
    /// `ARCHIVING`
    #[shape(name = "ARCHIVING")]
    Archiving,
    /// `ARCHIVED`
    #[shape(name = "ARCHIVED")]
    Archived,
    /// `REPLICATION_NOT_AUTHORIZED`
    #[shape(name = "REPLICATION_NOT_AUTHORIZED")]
    ReplicationNotAuthorized,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents one of the following:
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicaUpdate {
    /// The parameters required for creating a replica on an existing global table.
    pub create: Option<CreateReplicaAction>,
    /// The name of the existing replica to be removed.
    pub delete: Option<DeleteReplicaAction>,
}

/// Represents one of the following:
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ReplicationGroupUpdate {
    /// The parameters required for creating a replica for the table.
    pub create: Option<CreateReplicationGroupMemberAction>,
    /// The parameters required for updating a replica for the table.
    pub update: Option<UpdateReplicationGroupMemberAction>,
    /// The parameters required for deleting a replica for the table.
    pub delete: Option<DeleteReplicationGroupMemberAction>,
}

/// Contains details for the restore.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RestoreSummary {
    /// The Amazon Resource Name (ARN) of the backup from which the table was restored.
    pub source_backup_arn: Option<String>,
    /// The ARN of the source table of the backup that is being restored.
    pub source_table_arn: Option<String>,
    /// Point in time or source backup time.
    pub restore_date_time: DateTime,
    /// Indicates if a restore is in progress or not.
    pub restore_in_progress: bool,
}

/// The input of `RestoreTableFromBackup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RestoreTableFromBackupInput {
    /// The name of the new table to which the backup must be restored.
    pub target_table_name: String,
    /// The Amazon Resource Name (ARN) associated with the backup.
    pub backup_arn: String,
    /// The billing mode of the restored table.
    pub billing_mode_override: Option<BillingMode>,
    /// List of global secondary indexes for the restored table. The indexes provided should match
    /// existing secondary indexes. You can choose to exclude some or all of the indexes at the time
    /// of restore.
    pub global_secondary_index_override: Option<Vec<GlobalSecondaryIndex>>,
    /// List of local secondary indexes for the restored table. The indexes provided should match
    /// existing secondary indexes. You can choose to exclude some or all of the indexes at the time
    /// of restore.
    pub local_secondary_index_override: Option<Vec<LocalSecondaryIndex>>,
    /// Provisioned throughput settings for the restored table.
    pub provisioned_throughput_override: Option<ProvisionedThroughput>,
    /// Sets the maximum number of read and write units for the specified on-demand table. If you
    /// use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput_override: Option<OnDemandThroughput>,
    /// The new server-side encryption settings for the restored table.
    #[shape(name = "SSESpecificationOverride")]
    pub sse_specification_override: Option<SSESpecification>,
}

/// The output of `RestoreTableFromBackup`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RestoreTableFromBackupOutput {
    /// The description of the table created from an existing backup.
    pub table_description: Option<TableDescription>,
}

/// The input of `RestoreTableToPointInTime`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RestoreTableToPointInTimeInput {
    /// The DynamoDB table that will be restored. This value is an Amazon Resource Name (ARN).
    pub source_table_arn: Option<String>,
    /// Name of the source table that is being restored.
    pub source_table_name: Option<String>,
    /// The name of the new table to which it must be restored to.
    pub target_table_name: String,
    /// Restore the table to the latest possible time. `LatestRestorableDateTime` is typically 5
    /// minutes before the current time.
    pub use_latest_restorable_time: Option<bool>,
    /// Time in the past to restore the table to.
    pub restore_date_time: Option<DateTime>,
    /// The billing mode of the restored table.
    pub billing_mode_override: Option<BillingMode>,
    /// List of global secondary indexes for the restored table. The indexes provided should match
    /// existing secondary indexes. You can choose to exclude some or all of the indexes at the time
    /// of restore.
    pub global_secondary_index_override: Option<Vec<GlobalSecondaryIndex>>,
    /// List of local secondary indexes for the restored table. The indexes provided should match
    /// existing secondary indexes. You can choose to exclude some or all of the indexes at the time
    /// of restore.
    pub local_secondary_index_override: Option<Vec<LocalSecondaryIndex>>,
    /// Provisioned throughput settings for the restored table.
    pub provisioned_throughput_override: Option<ProvisionedThroughput>,
    /// Sets the maximum number of read and write units for the specified on-demand table. If you
    /// use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput_override: Option<OnDemandThroughput>,
    /// The new server-side encryption settings for the restored table.
    #[shape(name = "SSESpecificationOverride")]
    pub sse_specification_override: Option<SSESpecification>,
}

/// The output of `RestoreTableToPointInTime`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct RestoreTableToPointInTimeOutput {
    /// Represents the properties of a table.
    pub table_description: Option<TableDescription>,
}

/// Determines the level of detail about either provisioned or on-demand throughput consumption that
/// is returned in the response:
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReturnConsumedCapacity {
    /// `INDEXES`
    #[default]
    #[shape(name = "INDEXES")]
    Indexes,
    /// `TOTAL`
    #[shape(name = "TOTAL")]
    Total,
    /// `NONE`
    #[shape(name = "NONE")]
    None,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ReturnItemCollectionMetrics`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReturnItemCollectionMetrics {
    /// `SIZE`
    #[default]
    #[shape(name = "SIZE")]
    Size,
    /// `NONE`
    #[shape(name = "NONE")]
    None,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ReturnValue`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReturnValue {
    /// `NONE`
    #[default]
    #[shape(name = "NONE")]
    None,
    /// `ALL_OLD`
    #[shape(name = "ALL_OLD")]
    AllOld,
    /// `UPDATED_OLD`
    #[shape(name = "UPDATED_OLD")]
    UpdatedOld,
    /// `ALL_NEW`
    #[shape(name = "ALL_NEW")]
    AllNew,
    /// `UPDATED_NEW`
    #[shape(name = "UPDATED_NEW")]
    UpdatedNew,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ReturnValuesOnConditionCheckFailure`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ReturnValuesOnConditionCheckFailure {
    /// `ALL_OLD`
    #[default]
    #[shape(name = "ALL_OLD")]
    AllOld,
    /// `NONE`
    #[shape(name = "NONE")]
    None,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The S3 bucket that is being imported from.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct S3BucketSource {
    /// The account number of the S3 bucket that is being imported from. If the bucket is owned by
    /// the requester this is optional.
    pub s3_bucket_owner: Option<String>,
    /// The S3 bucket that is being imported from.
    pub s3_bucket: String,
    /// The key prefix shared by all S3 Objects that are being imported.
    pub s3_key_prefix: Option<String>,
}

/// The model's `S3SseAlgorithm`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum S3SseAlgorithm {
    /// `AES256`
    #[default]
    #[shape(name = "AES256")]
    Aes256,
    /// `KMS`
    #[shape(name = "KMS")]
    Kms,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The description of the server-side encryption status on the specified table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SSEDescription {
    /// Represents the current state of server-side encryption. The only supported values are:
    pub status: Option<SSEStatus>,
    /// Server-side encryption type. The only supported value is:
    #[shape(name = "SSEType")]
    pub sse_type: Option<SSEType>,
    /// The KMS key ARN used for the KMS encryption.
    #[shape(name = "KMSMasterKeyArn")]
    pub kms_master_key_arn: Option<String>,
    /// Indicates the time, in UNIX epoch date format, when DynamoDB detected that the table's KMS
    /// key was inaccessible. This attribute will automatically be cleared when DynamoDB detects
    /// that the table's KMS key is accessible again. DynamoDB will initiate the table archival
    /// process when table's KMS key remains inaccessible for more than seven days from this date.
    pub inaccessible_encryption_date_time: Option<DateTime>,
}

/// Represents the settings used to enable server-side encryption.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SSESpecification {
    /// Indicates whether server-side encryption is done using an Amazon Web Services managed key or
    /// an Amazon Web Services owned key. If enabled (true), server-side encryption type is set to
    /// `KMS` and an Amazon Web Services managed key is used (KMS charges apply). If disabled
    /// (false) or not specified, server-side encryption is set to Amazon Web Services owned key.
    pub enabled: Option<bool>,
    /// Server-side encryption type. The only supported value is:
    #[shape(name = "SSEType")]
    pub sse_type: Option<SSEType>,
    /// The KMS key that should be used for the KMS encryption. To specify a key, use its key ID,
    /// Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only provide this
    /// parameter if the key is different from the default DynamoDB key `alias/aws/dynamodb`.
    #[shape(name = "KMSMasterKeyId")]
    pub kms_master_key_id: Option<String>,
}

/// The model's `SSEStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SSEStatus {
    /// `ENABLING`
    #[default]
    #[shape(name = "ENABLING")]
    Enabling,
    /// `ENABLED`
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLING`
    #[shape(name = "DISABLING")]
    Disabling,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// `UPDATING`
    #[shape(name = "UPDATING")]
    Updating,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `SSEType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum SSEType {
    /// `AES256`
    #[default]
    #[shape(name = "AES256")]
    Aes256,
    /// `KMS`
    #[shape(name = "KMS")]
    Kms,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ScalarAttributeType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ScalarAttributeType {
    /// `S`
    #[default]
    S,
    /// `N`
    N,
    /// `B`
    B,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents the input of a `Scan` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ScanInput {
    /// The name of the table containing the requested items or if you provide `IndexName`, the name
    /// of the table to which that index belongs.
    pub table_name: String,
    /// The name of a secondary index to scan. This index can be any local secondary index or global
    /// secondary index. Note that if you use the `IndexName` parameter, you must also provide
    /// `TableName`.
    pub index_name: Option<String>,
    /// This is a legacy parameter. Use `ProjectionExpression` instead. For more information, see
    /// [AttributesToGet](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributesToGet.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub attributes_to_get: Option<Vec<String>>,
    /// The maximum number of items to evaluate (not necessarily the number of matching items). If
    /// DynamoDB processes the number of items up to the limit while processing the results, it
    /// stops the operation and returns the matching values up to that point, and a key in
    /// `LastEvaluatedKey` to apply in a subsequent operation, so that you can pick up where you
    /// left off. Also, if the processed dataset size exceeds 1 MB before DynamoDB reaches this
    /// limit, it stops the operation and returns the matching values up to the limit, and a key in
    /// `LastEvaluatedKey` to apply in a subsequent operation to continue the operation. For more
    /// information, see [Working with
    /// Queries](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub limit: Option<i32>,
    /// The attributes to be returned in the result. You can retrieve all item attributes, specific
    /// item attributes, the count of matching items, or in the case of an index, some or all of the
    /// attributes projected into the index.
    pub select: Option<Select>,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more information, see
    /// [ScanFilter](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ScanFilter.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub scan_filter: Option<HashMap<String, ConditionShape>>,
    /// This is a legacy parameter. Use `FilterExpression` instead. For more information, see
    /// [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: Option<ConditionalOperator>,
    /// The primary key of the first item that this operation will evaluate. Use the value that was
    /// returned for `LastEvaluatedKey` in the previous operation.
    pub exclusive_start_key: Option<HashMap<String, AttributeValue>>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption
    /// that is returned in the response:
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// For a parallel `Scan` request, `TotalSegments` represents the total number of segments into
    /// which the `Scan` operation will be divided. The value of `TotalSegments` corresponds to the
    /// number of application workers that will perform the parallel scan. For example, if you want
    /// to use four application threads to scan a table or an index, specify a `TotalSegments` value
    /// of 4.
    pub total_segments: Option<i32>,
    /// For a parallel `Scan` request, `Segment` identifies an individual segment to be scanned by
    /// an application worker.
    pub segment: Option<i32>,
    /// A string that identifies one or more attributes to retrieve from the specified table or
    /// index. These attributes can include scalars, sets, or elements of a JSON document. The
    /// attributes in the expression must be separated by commas.
    pub projection_expression: Option<String>,
    /// A string that contains conditions that DynamoDB applies after the `Scan` operation, but
    /// before the data is returned to you. Items that do not satisfy the `FilterExpression`
    /// criteria are not returned.
    pub filter_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some
    /// use cases for using `ExpressionAttributeNames`:
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
    /// A Boolean value that determines the read consistency model during the scan:
    pub consistent_read: Option<bool>,
}

/// Represents the output of a `Scan` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ScanOutput {
    /// An array of item attributes that match the scan criteria. Each element in this array
    /// consists of an attribute name and the value for that attribute.
    pub items: Option<Vec<HashMap<String, AttributeValue>>>,
    /// The number of items in the response.
    pub count: Option<i32>,
    /// The number of items evaluated, before any `ScanFilter` is applied. A high `ScannedCount`
    /// value with few, or no, `Count` results indicates an inefficient `Scan` operation. For more
    /// information, see [Count and
    /// ScannedCount](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/QueryAndScan.html#Count)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub scanned_count: Option<i32>,
    /// The primary key of the item where the operation stopped, inclusive of the previous result
    /// set. Use this value to start a new operation, excluding this value in the new request.
    pub last_evaluated_key: Option<HashMap<String, AttributeValue>>,
    /// The capacity units consumed by the `Scan` operation. The data returned includes the total
    /// provisioned throughput consumed, along with statistics for the table and any indexes
    /// involved in the operation. `ConsumedCapacity` is only returned if the
    /// `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unit
    /// consumption for read
    /// operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#read-operation-consumption)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: Option<ConsumedCapacity>,
}

/// The model's `Select`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Select {
    /// `ALL_ATTRIBUTES`
    #[default]
    #[shape(name = "ALL_ATTRIBUTES")]
    AllAttributes,
    /// `ALL_PROJECTED_ATTRIBUTES`
    #[shape(name = "ALL_PROJECTED_ATTRIBUTES")]
    AllProjectedAttributes,
    /// `SPECIFIC_ATTRIBUTES`
    #[shape(name = "SPECIFIC_ATTRIBUTES")]
    SpecificAttributes,
    /// `COUNT`
    #[shape(name = "COUNT")]
    Count,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains the details of the table when the backup was created.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SourceTableDetails {
    /// The name of the table for which the backup was created.
    pub table_name: String,
    /// Unique identifier for the table for which the backup was created.
    pub table_id: String,
    /// ARN of the table for which backup was created.
    pub table_arn: Option<String>,
    /// Size of the table in bytes. Note that this is an approximate value.
    pub table_size_bytes: Option<i64>,
    /// Schema of the table.
    pub key_schema: Vec<KeySchemaElement>,
    /// Time when the source table was created.
    pub table_creation_date_time: DateTime,
    /// Read IOPs and Write IOPS on the table when the backup was created.
    pub provisioned_throughput: ProvisionedThroughput,
    /// Sets the maximum number of read and write units for the specified on-demand table. If you
    /// use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Number of items in the table. Note that this is an approximate value.
    pub item_count: Option<i64>,
    /// Controls how you are charged for read and write throughput and how you manage capacity. This
    /// setting can be changed later.
    pub billing_mode: Option<BillingMode>,
}

/// Contains the details of the features enabled on the table when the backup was created. For
/// example, LSIs, GSIs, streams, TTL.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SourceTableFeatureDetails {
    /// Represents the LSI properties for the table when the backup was created. It includes the
    /// IndexName, KeySchema and Projection for the LSIs on the table at the time of backup.
    pub local_secondary_indexes: Option<Vec<LocalSecondaryIndexInfo>>,
    /// Represents the GSI properties for the table when the backup was created. It includes the
    /// IndexName, KeySchema, Projection, and ProvisionedThroughput for the GSIs on the table at the
    /// time of backup.
    pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndexInfo>>,
    /// Stream settings on the table when the backup was created.
    pub stream_description: Option<StreamSpecification>,
    /// Time to Live settings on the table when the backup was created.
    pub time_to_live_description: Option<TimeToLiveDescription>,
    /// The description of the server-side encryption status on the table when the backup was
    /// created.
    #[shape(name = "SSEDescription")]
    pub sse_description: Option<SSEDescription>,
}

/// Represents the DynamoDB Streams configuration for a table in DynamoDB.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StreamSpecification {
    /// Indicates whether DynamoDB Streams is enabled (true) or disabled (false) on the table.
    pub stream_enabled: bool,
    /// When an item in the table is modified, `StreamViewType` determines what information is
    /// written to the stream for this table. Valid values for `StreamViewType` are:
    pub stream_view_type: Option<StreamViewType>,
}

/// The model's `StreamViewType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StreamViewType {
    /// `NEW_IMAGE`
    #[default]
    #[shape(name = "NEW_IMAGE")]
    NewImage,
    /// `OLD_IMAGE`
    #[shape(name = "OLD_IMAGE")]
    OldImage,
    /// `NEW_AND_OLD_IMAGES`
    #[shape(name = "NEW_AND_OLD_IMAGES")]
    NewAndOldImages,
    /// `KEYS_ONLY`
    #[shape(name = "KEYS_ONLY")]
    KeysOnly,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents the auto scaling configuration for a global table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TableAutoScalingDescription {
    /// The name of the table.
    pub table_name: Option<String>,
    /// The current state of the table:
    pub table_status: Option<TableStatus>,
    /// Represents replicas of the global table.
    pub replicas: Option<Vec<ReplicaAutoScalingDescription>>,
}

/// The model's `TableClass`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TableClass {
    /// `STANDARD`
    #[default]
    #[shape(name = "STANDARD")]
    Standard,
    /// `STANDARD_INFREQUENT_ACCESS`
    #[shape(name = "STANDARD_INFREQUENT_ACCESS")]
    StandardInfrequentAccess,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Contains details of the table class.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TableClassSummary {
    /// The table class of the specified table. Valid values are `STANDARD` and
    /// `STANDARD_INFREQUENT_ACCESS`.
    pub table_class: Option<TableClass>,
    /// The date and time at which the table class was last updated.
    pub last_update_date_time: Option<DateTime>,
}

/// The parameters for the table created as part of the import operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TableCreationParameters {
    /// The name of the table created as part of the import operation.
    pub table_name: String,
    /// The attributes of the table created as part of the import operation.
    pub attribute_definitions: Vec<AttributeDefinition>,
    /// The primary key and option sort key of the table created as part of the import operation.
    pub key_schema: Vec<KeySchemaElement>,
    /// The billing mode for provisioning the table created as part of the import operation.
    pub billing_mode: Option<BillingMode>,
    /// Represents the provisioned throughput settings for the specified global secondary index. You
    /// must use `ProvisionedThroughput` or `OnDemandThroughput` based on your table’s capacity
    /// mode.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// Sets the maximum number of read and write units for the specified on-demand table. If you
    /// use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the settings used to enable server-side encryption.
    #[shape(name = "SSESpecification")]
    pub sse_specification: Option<SSESpecification>,
    /// The Global Secondary Indexes (GSI) of the table to be created as part of the import
    /// operation.
    pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndex>>,
}

/// Represents the properties of a table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TableDescription {
    /// An array of `AttributeDefinition` objects. Each of these objects describes one attribute in
    /// the table and index key schema.
    pub attribute_definitions: Option<Vec<AttributeDefinition>>,
    /// The name of the table.
    pub table_name: Option<String>,
    /// The primary key structure for the table. Each `KeySchemaElement` consists of:
    pub key_schema: Option<Vec<KeySchemaElement>>,
    /// The current state of the table:
    pub table_status: Option<TableStatus>,
    /// The date and time when the table was created, in [UNIX epoch
    /// time](http://www.epochconverter.com/) format.
    pub creation_date_time: Option<DateTime>,
    /// The provisioned throughput settings for the table, consisting of read and write capacity
    /// units, along with data about increases and decreases.
    pub provisioned_throughput: Option<ProvisionedThroughputDescription>,
    /// The total size of the specified table, in bytes. DynamoDB updates this value approximately
    /// every six hours. Recent changes might not be reflected in this value.
    pub table_size_bytes: Option<i64>,
    /// The number of items in the specified table. DynamoDB updates this value approximately every
    /// six hours. Recent changes might not be reflected in this value.
    pub item_count: Option<i64>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the table.
    pub table_arn: Option<String>,
    /// Unique identifier for the table for which the backup was created.
    pub table_id: Option<String>,
    /// Contains the details for the read/write capacity mode.
    pub billing_mode_summary: Option<BillingModeSummary>,
    /// Represents one or more local secondary indexes on the table. Each index is scoped to a given
    /// partition key value. Tables with one or more local secondary indexes are subject to an item
    /// collection size limit, where the amount of data within a given item collection cannot exceed
    /// 10 GB. Each element is composed of:
    pub local_secondary_indexes: Option<Vec<LocalSecondaryIndexDescription>>,
    /// The global secondary indexes, if any, on the table. Each index is scoped to a given
    /// partition key value. Each element is composed of:
    pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndexDescription>>,
    /// The current DynamoDB Streams configuration for the table.
    pub stream_specification: Option<StreamSpecification>,
    /// A timestamp, in ISO 8601 format, for this stream.
    pub latest_stream_label: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the latest stream for this table.
    pub latest_stream_arn: Option<String>,
    /// Represents the version of [global
    /// tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html)
    /// in use, if the table is replicated across Amazon Web Services Regions.
    pub global_table_version: Option<String>,
    /// Represents replicas of the table.
    pub replicas: Option<Vec<ReplicaDescription>>,
    /// The witness Region and its current status in the MRSC global table. Only one witness Region
    /// can be configured per MRSC global table.
    pub global_table_witnesses: Option<Vec<GlobalTableWitnessDescription>>,
    /// Indicates one of the settings synchronization modes for the global table:
    pub global_table_settings_replication_mode: Option<GlobalTableSettingsReplicationMode>,
    /// Contains details for the restore.
    pub restore_summary: Option<RestoreSummary>,
    /// The description of the server-side encryption status on the specified table.
    #[shape(name = "SSEDescription")]
    pub sse_description: Option<SSEDescription>,
    /// Contains information about the table archive.
    pub archival_summary: Option<ArchivalSummary>,
    /// Contains details of the table class.
    pub table_class_summary: Option<TableClassSummary>,
    /// Indicates whether deletion protection is enabled (true) or disabled (false) on the table.
    pub deletion_protection_enabled: Option<bool>,
    /// The maximum number of read and write units for the specified on-demand table. If you use
    /// this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Describes the warm throughput value of the base table.
    pub warm_throughput: Option<TableWarmThroughputDescription>,
    /// Indicates one of the following consistency modes for a global table:
    pub multi_region_consistency: Option<MultiRegionConsistency>,
}

/// The model's `TableStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TableStatus {
    /// `CREATING`
    #[default]
    #[shape(name = "CREATING")]
    Creating,
    /// `UPDATING`
    #[shape(name = "UPDATING")]
    Updating,
    /// `DELETING`
    #[shape(name = "DELETING")]
    Deleting,
    /// `ACTIVE`
    #[shape(name = "ACTIVE")]
    Active,
    /// `INACCESSIBLE_ENCRYPTION_CREDENTIALS`
    #[shape(name = "INACCESSIBLE_ENCRYPTION_CREDENTIALS")]
    InaccessibleEncryptionCredentials,
    /// `ARCHIVING`
    #[shape(name = "ARCHIVING")]
    Archiving,
    /// `ARCHIVED`
    #[shape(name = "ARCHIVED")]
    Archived,
    /// `REPLICATION_NOT_AUTHORIZED`
    #[shape(name = "REPLICATION_NOT_AUTHORIZED")]
    ReplicationNotAuthorized,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents the warm throughput value (in read units per second and write units per second) of
/// the table. Warm throughput is applicable for DynamoDB Standard-IA tables and specifies the
/// minimum provisioned capacity maintained for immediate data access.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TableWarmThroughputDescription {
    /// Represents the base table's warm throughput value in read units per second.
    pub read_units_per_second: Option<i64>,
    /// Represents the base table's warm throughput value in write units per second.
    pub write_units_per_second: Option<i64>,
    /// Represents warm throughput value of the base table.
    pub status: Option<TableStatus>,
}

/// Describes a tag. A tag is a key-value pair. You can add up to 50 tags to a single DynamoDB
/// table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// The key of the tag. Tag keys are case sensitive. Each DynamoDB table can only have up to one
    /// tag with the same key. If you try to add an existing tag (same key), the existing tag value
    /// will be updated to the new value.
    pub key: String,
    /// The value of the tag. Tag values are case-sensitive and can be null.
    pub value: String,
}

/// The input of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceInput {
    /// Identifies the Amazon DynamoDB resource to which tags should be added. This value is an
    /// Amazon Resource Name (ARN).
    pub resource_arn: String,
    /// The tags to be assigned to the Amazon DynamoDB resource.
    pub tags: Vec<Tag>,
}

/// The description of the Time to Live (TTL) status on the specified table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TimeToLiveDescription {
    /// The TTL status for the table.
    pub time_to_live_status: Option<TimeToLiveStatus>,
    /// The name of the TTL attribute for items in the table.
    pub attribute_name: Option<String>,
}

/// Represents the settings used to enable or disable Time to Live (TTL) for the specified table.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TimeToLiveSpecification {
    /// Indicates whether TTL is to be enabled (true) or disabled (false) on the table.
    pub enabled: bool,
    /// The name of the TTL attribute used to store the expiration time for items in the table.
    pub attribute_name: String,
}

/// The model's `TimeToLiveStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum TimeToLiveStatus {
    /// `ENABLING`
    #[default]
    #[shape(name = "ENABLING")]
    Enabling,
    /// `DISABLING`
    #[shape(name = "DISABLING")]
    Disabling,
    /// `ENABLED`
    #[shape(name = "ENABLED")]
    Enabled,
    /// `DISABLED`
    #[shape(name = "DISABLED")]
    Disabled,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Specifies an item to be retrieved as part of the transaction.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TransactGetItem {
    /// Contains the primary key that identifies the item to get, together with the name of the
    /// table that contains the item, and optionally the specific attributes of the item to
    /// retrieve.
    pub get: Get,
}

/// The input of `TransactGetItems`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TransactGetItemsInput {
    /// An ordered array of up to 100 `TransactGetItem` objects, each of which contains a `Get`
    /// structure.
    pub transact_items: Vec<TransactGetItem>,
    /// A value of `TOTAL` causes consumed capacity information to be returned, and a value of
    /// `NONE` prevents that information from being returned. No other value is valid.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}

/// The output of `TransactGetItems`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TransactGetItemsOutput {
    /// If the *ReturnConsumedCapacity* value was `TOTAL`, this is an array of `ConsumedCapacity`
    /// objects, one for each table addressed by `TransactGetItem` objects in the *TransactItems*
    /// parameter. These `ConsumedCapacity` objects report the read-capacity units consumed by the
    /// `TransactGetItems` call in that table.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
    /// An ordered array of up to 100 `ItemResponse` objects, each of which corresponds to the
    /// `TransactGetItem` object in the same position in the *TransactItems* array. Each
    /// `ItemResponse` object contains a Map of the name-value pairs that are the projected
    /// attributes of the requested item.
    pub responses: Option<Vec<ItemResponse>>,
}

/// A list of requests that can perform update, put, delete, or check operations on multiple items
/// in one or more tables atomically.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TransactWriteItem {
    /// A request to perform a check item operation.
    pub condition_check: Option<ConditionCheck>,
    /// A request to perform a `PutItem` operation.
    pub put: Option<Put>,
    /// A request to perform a `DeleteItem` operation.
    pub delete: Option<Delete>,
    /// A request to perform an `UpdateItem` operation.
    pub update: Option<UpdateShape>,
}

/// The input of `TransactWriteItems`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TransactWriteItemsInput {
    /// An ordered array of up to 100 `TransactWriteItem` objects, each of which contains a
    /// `ConditionCheck`, `Put`, `Update`, or `Delete` object. These can operate on items in
    /// different tables, but the tables must reside in the same Amazon Web Services account and
    /// Region, and no two of them can operate on the same item.
    pub transact_items: Vec<TransactWriteItem>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption
    /// that is returned in the response:
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the response
    /// includes statistics about item collections (if any), that were modified during the operation
    /// and are returned in the response. If set to `NONE` (the default), no statistics are
    /// returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// Providing a `ClientRequestToken` makes the call to `TransactWriteItems` idempotent, meaning
    /// that multiple identical calls have the same effect as one single call.
    #[shape(idempotency_token)]
    pub client_request_token: Option<String>,
}

/// The output of `TransactWriteItems`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TransactWriteItemsOutput {
    /// The capacity units consumed by the entire `TransactWriteItems` operation. The values of the
    /// list are ordered according to the ordering of the `TransactItems` request parameter.
    pub consumed_capacity: Option<Vec<ConsumedCapacity>>,
    /// A list of tables that were processed by `TransactWriteItems` and, for each table,
    /// information about any item collections that were affected by individual `UpdateItem`,
    /// `PutItem`, or `DeleteItem` operations.
    pub item_collection_metrics: Option<HashMap<String, Vec<ItemCollectionMetrics>>>,
}

/// The input of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceInput {
    /// The DynamoDB resource that the tags will be removed from. This value is an Amazon Resource
    /// Name (ARN).
    pub resource_arn: String,
    /// A list of tag keys. Existing tags of the resource whose keys are members of this list will
    /// be removed from the DynamoDB resource.
    pub tag_keys: Vec<String>,
}

/// The input of `UpdateContinuousBackups`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateContinuousBackupsInput {
    /// The name of the table. You can also provide the Amazon Resource Name (ARN) of the table in
    /// this parameter.
    pub table_name: String,
    /// Represents the settings used to enable point in time recovery.
    pub point_in_time_recovery_specification: PointInTimeRecoverySpecification,
}

/// The output of `UpdateContinuousBackups`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateContinuousBackupsOutput {
    /// Represents the continuous backups and point in time recovery settings on the table.
    pub continuous_backups_description: Option<ContinuousBackupsDescription>,
}

/// The input of `UpdateContributorInsights`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateContributorInsightsInput {
    /// The name of the table. You can also provide the Amazon Resource Name (ARN) of the table in
    /// this parameter.
    pub table_name: String,
    /// The global secondary index name, if applicable.
    pub index_name: Option<String>,
    /// Represents the contributor insights action.
    pub contributor_insights_action: ContributorInsightsAction,
    /// Specifies whether to track all access and throttled events or throttled events only for the
    /// DynamoDB table or index.
    pub contributor_insights_mode: Option<ContributorInsightsMode>,
}

/// The output of `UpdateContributorInsights`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateContributorInsightsOutput {
    /// The name of the table.
    pub table_name: Option<String>,
    /// The name of the global secondary index, if applicable.
    pub index_name: Option<String>,
    /// The status of contributor insights
    pub contributor_insights_status: Option<ContributorInsightsStatus>,
    /// The updated mode of CloudWatch Contributor Insights that determines whether to monitor all
    /// access and throttled events or to track throttled events exclusively.
    pub contributor_insights_mode: Option<ContributorInsightsMode>,
}

/// Represents the new provisioned throughput settings to be applied to a global secondary index.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateGlobalSecondaryIndexAction {
    /// The name of the global secondary index to be updated.
    pub index_name: String,
    /// Represents the provisioned throughput settings for the specified global secondary index.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// Updates the maximum number of read and write units for the specified global secondary index.
    /// If you use this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`,
    /// or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput value of the new provisioned throughput settings to be
    /// applied to a global secondary index.
    pub warm_throughput: Option<WarmThroughput>,
}

/// The input of `UpdateGlobalTable`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateGlobalTableInput {
    /// The global table name.
    pub global_table_name: String,
    /// A list of Regions that should be added or removed from the global table.
    pub replica_updates: Vec<ReplicaUpdate>,
}

/// The output of `UpdateGlobalTable`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateGlobalTableOutput {
    /// Contains the details of the global table.
    pub global_table_description: Option<GlobalTableDescription>,
}

/// The input of `UpdateGlobalTableSettings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateGlobalTableSettingsInput {
    /// The name of the global table
    pub global_table_name: String,
    /// The billing mode of the global table. If `GlobalTableBillingMode` is not specified, the
    /// global table defaults to `PROVISIONED` capacity billing mode.
    pub global_table_billing_mode: Option<BillingMode>,
    /// The maximum number of writes consumed per second before DynamoDB returns a
    /// `ThrottlingException.`
    pub global_table_provisioned_write_capacity_units: Option<i64>,
    /// Auto scaling settings for managing provisioned write capacity for the global table.
    pub global_table_provisioned_write_capacity_auto_scaling_settings_update:
        Option<AutoScalingSettingsUpdate>,
    /// Represents the settings of a global secondary index for a global table that will be
    /// modified.
    pub global_table_global_secondary_index_settings_update:
        Option<Vec<GlobalTableGlobalSecondaryIndexSettingsUpdate>>,
    /// Represents the settings for a global table in a Region that will be modified.
    pub replica_settings_update: Option<Vec<ReplicaSettingsUpdate>>,
}

/// The output of `UpdateGlobalTableSettings`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateGlobalTableSettingsOutput {
    /// The name of the global table.
    pub global_table_name: Option<String>,
    /// The Region-specific settings for the global table.
    pub replica_settings: Option<Vec<ReplicaSettingsDescription>>,
}

/// Represents the input of an `UpdateItem` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateItemInput {
    /// The name of the table containing the item to update. You can also provide the Amazon
    /// Resource Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// The primary key of the item to be updated. Each element consists of an attribute name and a
    /// value for that attribute.
    pub key: HashMap<String, AttributeValue>,
    /// This is a legacy parameter. Use `UpdateExpression` instead. For more information, see
    /// [AttributeUpdates](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.AttributeUpdates.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub attribute_updates: Option<HashMap<String, AttributeValueUpdate>>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see
    /// [Expected](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.Expected.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub expected: Option<HashMap<String, ExpectedAttributeValue>>,
    /// This is a legacy parameter. Use `ConditionExpression` instead. For more information, see
    /// [ConditionalOperator](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/LegacyConditionalParameters.ConditionalOperator.html)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub conditional_operator: Option<ConditionalOperator>,
    /// Use `ReturnValues` if you want to get the item attributes as they appear before or after
    /// they are successfully updated. For `UpdateItem`, the valid values are:
    pub return_values: Option<ReturnValue>,
    /// Determines the level of detail about either provisioned or on-demand throughput consumption
    /// that is returned in the response:
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Determines whether item collection metrics are returned. If set to `SIZE`, the response
    /// includes statistics about item collections, if any, that were modified during the operation
    /// are returned in the response. If set to `NONE` (the default), no statistics are returned.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// An expression that defines one or more attributes to be updated, the action to be performed
    /// on them, and new values for them.
    pub update_expression: Option<String>,
    /// A condition that must be satisfied in order for a conditional update to succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression. The following are some
    /// use cases for using `ExpressionAttributeNames`:
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
    /// An optional parameter that returns the item attributes for an `UpdateItem` operation that
    /// failed a condition check.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// Represents the output of an `UpdateItem` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateItemOutput {
    /// A map of attribute values as they appear before or after the `UpdateItem` operation, as
    /// determined by the `ReturnValues` parameter.
    pub attributes: Option<HashMap<String, AttributeValue>>,
    /// The capacity units consumed by the `UpdateItem` operation. The data returned includes the
    /// total provisioned throughput consumed, along with statistics for the table and any indexes
    /// involved in the operation. `ConsumedCapacity` is only returned if the
    /// `ReturnConsumedCapacity` parameter was specified. For more information, see [Capacity unity
    /// consumption for write
    /// operations](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html#write-operation-consumption)
    /// in the *Amazon DynamoDB Developer Guide*.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Information about item collections, if any, that were affected by the `UpdateItem`
    /// operation. `ItemCollectionMetrics` is only returned if the `ReturnItemCollectionMetrics`
    /// parameter was specified. If the table does not have any local secondary indexes, this
    /// information is not returned in the response.
    pub item_collection_metrics: Option<ItemCollectionMetrics>,
}

/// Enables updating the configuration for Kinesis Streaming.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateKinesisStreamingConfiguration {
    /// Enables updating the precision of Kinesis data stream timestamp.
    pub approximate_creation_date_time_precision: Option<ApproximateCreationDateTimePrecision>,
}

/// The input of `UpdateKinesisStreamingDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateKinesisStreamingDestinationInput {
    /// The table name for the Kinesis streaming destination input. You can also provide the ARN of
    /// the table in this parameter.
    pub table_name: String,
    /// The Amazon Resource Name (ARN) for the Kinesis stream input.
    pub stream_arn: String,
    /// The command to update the Kinesis stream configuration.
    pub update_kinesis_streaming_configuration: Option<UpdateKinesisStreamingConfiguration>,
}

/// The output of `UpdateKinesisStreamingDestination`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateKinesisStreamingDestinationOutput {
    /// The table name for the Kinesis streaming destination output.
    pub table_name: Option<String>,
    /// The ARN for the Kinesis stream input.
    pub stream_arn: Option<String>,
    /// The status of the attempt to update the Kinesis streaming destination output.
    pub destination_status: Option<DestinationStatus>,
    /// The command to update the Kinesis streaming destination configuration.
    pub update_kinesis_streaming_configuration: Option<UpdateKinesisStreamingConfiguration>,
}

/// Represents a replica to be modified.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateReplicationGroupMemberAction {
    /// The Region where the replica exists.
    pub region_name: String,
    /// The KMS key of the replica that should be used for KMS encryption. To specify a key, use its
    /// key ID, Amazon Resource Name (ARN), alias name, or alias ARN. Note that you should only
    /// provide this parameter if the key is different from the default DynamoDB KMS key
    /// `alias/aws/dynamodb`.
    #[shape(name = "KMSMasterKeyId")]
    pub kms_master_key_id: Option<String>,
    /// Replica-specific provisioned throughput. If not specified, uses the source table's
    /// provisioned throughput settings.
    pub provisioned_throughput_override: Option<ProvisionedThroughputOverride>,
    /// Overrides the maximum on-demand throughput for the replica table.
    pub on_demand_throughput_override: Option<OnDemandThroughputOverride>,
    /// Replica-specific global secondary index settings.
    pub global_secondary_indexes: Option<Vec<ReplicaGlobalSecondaryIndex>>,
    /// Replica-specific table class. If not specified, uses the source table's table class.
    pub table_class_override: Option<TableClass>,
}

/// Represents a request to perform an `UpdateItem` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Update")]
pub struct UpdateShape {
    /// The primary key of the item to be updated. Each element consists of an attribute name and a
    /// value for that attribute.
    pub key: HashMap<String, AttributeValue>,
    /// An expression that defines one or more attributes to be updated, the action to be performed
    /// on them, and new value(s) for them.
    pub update_expression: String,
    /// Name of the table for the `UpdateItem` request. You can also provide the Amazon Resource
    /// Name (ARN) of the table in this parameter.
    pub table_name: String,
    /// A condition that must be satisfied in order for a conditional update to succeed.
    pub condition_expression: Option<String>,
    /// One or more substitution tokens for attribute names in an expression.
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// One or more values that can be substituted in an expression.
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
    /// Use `ReturnValuesOnConditionCheckFailure` to get the item attributes if the `Update`
    /// condition fails. For `ReturnValuesOnConditionCheckFailure`, the valid values are: NONE and
    /// ALL\_OLD.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// Represents the input of an `UpdateTable` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateTableInput {
    /// An array of attributes that describe the key schema for the table and indexes. If you are
    /// adding a new global secondary index to the table, `AttributeDefinitions` must include the
    /// key element(s) of the new index.
    pub attribute_definitions: Option<Vec<AttributeDefinition>>,
    /// The name of the table to be updated. You can also provide the Amazon Resource Name (ARN) of
    /// the table in this parameter.
    pub table_name: String,
    /// Controls how you are charged for read and write throughput and how you manage capacity. When
    /// switching from pay-per-request to provisioned capacity, initial provisioned capacity values
    /// must be set. The initial provisioned capacity values are estimated based on the consumed
    /// read and write capacity of your table and global secondary indexes over the past 30 minutes.
    pub billing_mode: Option<BillingMode>,
    /// The new provisioned throughput settings for the specified table or index.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// An array of one or more global secondary indexes for the table. For each index in the array,
    /// you can request one action:
    pub global_secondary_index_updates: Option<Vec<GlobalSecondaryIndexUpdate>>,
    /// Represents the DynamoDB Streams configuration for the table.
    pub stream_specification: Option<StreamSpecification>,
    /// The new server-side encryption settings for the specified table.
    #[shape(name = "SSESpecification")]
    pub sse_specification: Option<SSESpecification>,
    /// A list of replica update actions (create, delete, or update) for the table.
    pub replica_updates: Option<Vec<ReplicationGroupUpdate>>,
    /// The table class of the table to be updated. Valid values are `STANDARD` and
    /// `STANDARD_INFREQUENT_ACCESS`.
    pub table_class: Option<TableClass>,
    /// Indicates whether deletion protection is to be enabled (true) or disabled (false) on the
    /// table.
    pub deletion_protection_enabled: Option<bool>,
    /// Specifies the consistency mode for a new global table. This parameter is only valid when you
    /// create a global table by specifying one or more
    /// [Create](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicationGroupUpdate.html#DDB-Type-ReplicationGroupUpdate-Create)
    /// actions in the
    /// [ReplicaUpdates](https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html#DDB-UpdateTable-request-ReplicaUpdates)
    /// action list.
    pub multi_region_consistency: Option<MultiRegionConsistency>,
    /// A list of witness updates for a MRSC global table. A witness provides a cost-effective
    /// alternative to a full replica in a MRSC global table by maintaining replicated change data
    /// written to global table replicas. You cannot perform read or write operations on a witness.
    /// For each witness, you can request one action:
    pub global_table_witness_updates: Option<Vec<GlobalTableWitnessGroupUpdate>>,
    /// Updates the maximum number of read and write units for the specified table in on-demand
    /// capacity mode. If you use this parameter, you must specify `MaxReadRequestUnits`,
    /// `MaxWriteRequestUnits`, or both.
    pub on_demand_throughput: Option<OnDemandThroughput>,
    /// Represents the warm throughput (in read units per second and write units per second) for
    /// updating a table.
    pub warm_throughput: Option<WarmThroughput>,
    /// Controls the settings replication mode for a global table replica. This attribute can be
    /// defined using UpdateTable operation only on a regional table with values:
    pub global_table_settings_replication_mode: Option<GlobalTableSettingsReplicationMode>,
}

/// Represents the output of an `UpdateTable` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateTableOutput {
    /// Represents the properties of the table.
    pub table_description: Option<TableDescription>,
}

/// The input of `UpdateTableReplicaAutoScaling`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateTableReplicaAutoScalingInput {
    /// Represents the auto scaling settings of the global secondary indexes of the replica to be
    /// updated.
    pub global_secondary_index_updates: Option<Vec<GlobalSecondaryIndexAutoScalingUpdate>>,
    /// The name of the global table to be updated. You can also provide the Amazon Resource Name
    /// (ARN) of the table in this parameter.
    pub table_name: String,
    /// Represents the auto scaling settings to be modified for a global table or global secondary
    /// index.
    pub provisioned_write_capacity_auto_scaling_update: Option<AutoScalingSettingsUpdate>,
    /// Represents the auto scaling settings of replicas of the table that will be modified.
    pub replica_updates: Option<Vec<ReplicaAutoScalingUpdate>>,
}

/// The output of `UpdateTableReplicaAutoScaling`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateTableReplicaAutoScalingOutput {
    /// Returns information about the auto scaling settings of a table with replicas.
    pub table_auto_scaling_description: Option<TableAutoScalingDescription>,
}

/// Represents the input of an `UpdateTimeToLive` operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateTimeToLiveInput {
    /// The name of the table to be configured. You can also provide the Amazon Resource Name (ARN)
    /// of the table in this parameter.
    pub table_name: String,
    /// Represents the settings used to enable or disable Time to Live for the specified table.
    pub time_to_live_specification: TimeToLiveSpecification,
}

/// The output of `UpdateTimeToLive`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateTimeToLiveOutput {
    /// Represents the output of an `UpdateTimeToLive` operation.
    pub time_to_live_specification: Option<TimeToLiveSpecification>,
}

/// Provides visibility into the number of read and write operations your table or secondary index
/// can instantaneously support. The settings can be modified using the `UpdateTable` operation to
/// meet the throughput requirements of an upcoming peak event.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct WarmThroughput {
    /// Represents the number of read operations your base table can instantaneously support.
    pub read_units_per_second: Option<i64>,
    /// Represents the number of write operations your base table can instantaneously support.
    pub write_units_per_second: Option<i64>,
}

/// The model's `WitnessStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum WitnessStatus {
    /// `CREATING`
    #[default]
    #[shape(name = "CREATING")]
    Creating,
    /// `DELETING`
    #[shape(name = "DELETING")]
    Deleting,
    /// `ACTIVE`
    #[shape(name = "ACTIVE")]
    Active,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents an operation to perform - either `DeleteItem` or `PutItem`. You can only request one
/// of these operations, not both, in a single `WriteRequest`. If you do need to perform both of
/// these operations, you need to provide two separate `WriteRequest` objects.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct WriteRequest {
    /// A request to perform a `PutItem` operation.
    pub put_request: Option<PutRequest>,
    /// A request to perform a `DeleteItem` operation.
    pub delete_request: Option<DeleteRequest>,
}
