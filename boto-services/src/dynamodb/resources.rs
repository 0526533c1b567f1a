//! The resources of boto3's `dynamodb` model: [`DynamoDb`], [`Table`].
//!
//! Written by `boto-codegen` from boto3's `resources-1.json`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- dynamodb --resources --reserve Condition,Update --use AttributeValue=super::AttributeValue --by-hand Table.query,Table.scan --out DIR`.
//!
//! Written by hand in the service's module (`--by-hand`): `Table.query`, `Table.scan`.

use super::client::*;
use boto_core::{resource, DateTime};

/// The service resource: what boto3's `resource(..)` gives.
#[resource(client = Client, service)]
#[action(batch_get_item = batch_get_item)]
#[action(batch_write_item = batch_write_item)]
#[action(create_table = create_table,
         path = |o: CreateTableOutput| o.table_description.unwrap_or_default(),
         resource = Table(name = table_name))]
#[subresource(table = Table(name))]
#[collection(tables = list_tables, items = table_names, resource = Table(name = item))]
pub struct DynamoDb;

/// boto3's `Table` resource, identified by `name`; its data is `DescribeTable`'s answer, loaded on
/// first access.
#[resource(client = Client, shape = TableDescription, load = describe_table,
           load_path = |o: DescribeTableOutput| o.table)]
#[action(delete = delete_table)]
#[action(delete_item = delete_item)]
#[action(get_item = get_item)]
#[action(put_item = put_item)]
#[action(update = update_table,
         path = |o: UpdateTableOutput| o.table_description.unwrap_or_default(),
         resource = Table(name = self.name))]
#[action(update_item = update_item)]
#[waiter(exists = table_exists)]
#[waiter(not_exists = table_not_exists)]
pub struct Table {
    /// The identifier `Name`.
    #[identifier(param = table_name, member = table_name)]
    name: String,
    /// An array of `AttributeDefinition` objects. Each of these objects describes one attribute in
    /// the table and index key schema.
    attribute_definitions: Option<Vec<AttributeDefinition>>,
    /// The name of the table.
    table_name: Option<String>,
    /// The member `KeySchema` of the data.
    key_schema: Option<Vec<KeySchemaElement>>,
    /// The member `TableStatus` of the data.
    table_status: Option<TableStatus>,
    /// The date and time when the table was created, in [UNIX epoch
    /// time](http://www.epochconverter.com/) format.
    creation_date_time: Option<DateTime>,
    /// The provisioned throughput settings for the table, consisting of read and write capacity
    /// units, along with data about increases and decreases.
    provisioned_throughput: Option<ProvisionedThroughputDescription>,
    /// The total size of the specified table, in bytes. DynamoDB updates this value approximately
    /// every six hours. Recent changes might not be reflected in this value.
    table_size_bytes: Option<i64>,
    /// The number of items in the specified table. DynamoDB updates this value approximately every
    /// six hours. Recent changes might not be reflected in this value.
    item_count: Option<i64>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the table.
    table_arn: Option<String>,
    /// Unique identifier for the table for which the backup was created.
    table_id: Option<String>,
    /// Contains the details for the read/write capacity mode.
    billing_mode_summary: Option<BillingModeSummary>,
    /// The member `LocalSecondaryIndexes` of the data.
    local_secondary_indexes: Option<Vec<LocalSecondaryIndexDescription>>,
    /// The member `GlobalSecondaryIndexes` of the data.
    global_secondary_indexes: Option<Vec<GlobalSecondaryIndexDescription>>,
    /// The current DynamoDB Streams configuration for the table.
    stream_specification: Option<StreamSpecification>,
    /// A timestamp, in ISO 8601 format, for this stream.
    latest_stream_label: Option<String>,
    /// The Amazon Resource Name (ARN) that uniquely identifies the latest stream for this table.
    latest_stream_arn: Option<String>,
    /// Represents the version of [global
    /// tables](https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html)
    /// in use, if the table is replicated across Amazon Web Services Regions.
    global_table_version: Option<String>,
    /// Represents replicas of the table.
    replicas: Option<Vec<ReplicaDescription>>,
    /// The witness Region and its current status in the MRSC global table. Only one witness Region
    /// can be configured per MRSC global table.
    global_table_witnesses: Option<Vec<GlobalTableWitnessDescription>>,
    /// The member `GlobalTableSettingsReplicationMode` of the data.
    global_table_settings_replication_mode: Option<GlobalTableSettingsReplicationMode>,
    /// Contains details for the restore.
    restore_summary: Option<RestoreSummary>,
    /// The description of the server-side encryption status on the specified table.
    sse_description: Option<SSEDescription>,
    /// Contains information about the table archive.
    archival_summary: Option<ArchivalSummary>,
    /// Contains details of the table class.
    table_class_summary: Option<TableClassSummary>,
    /// Indicates whether deletion protection is enabled (true) or disabled (false) on the table.
    deletion_protection_enabled: Option<bool>,
    /// The maximum number of read and write units for the specified on-demand table. If you use
    /// this parameter, you must specify `MaxReadRequestUnits`, `MaxWriteRequestUnits`, or both.
    on_demand_throughput: Option<OnDemandThroughput>,
    /// Describes the warm throughput value of the base table.
    warm_throughput: Option<TableWarmThroughputDescription>,
    /// The member `MultiRegionConsistency` of the data.
    multi_region_consistency: Option<MultiRegionConsistency>,
}
