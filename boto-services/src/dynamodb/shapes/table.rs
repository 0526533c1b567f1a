//! Table shapes: `CreateTable`, `DescribeTable`, `DeleteTable` and what they describe.

use super::enums::*;
use boto_core::{DateTime, Shape};

/// An attribute of the key schema and its type.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AttributeDefinition {
    /// The attribute's name.
    pub attribute_name: String,
    /// `S`, `N` or `B`.
    pub attribute_type: ScalarAttributeType,
}

impl AttributeDefinition {
    /// `AttributeDefinition::of("pk", ScalarAttributeType::S)`.
    pub fn of(name: impl Into<String>, ty: ScalarAttributeType) -> Self {
        AttributeDefinition {
            attribute_name: name.into(),
            attribute_type: ty,
        }
    }
}

/// One key attribute: partition (`HASH`) or sort (`RANGE`).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KeySchemaElement {
    /// The attribute's name.
    pub attribute_name: String,
    /// `HASH` or `RANGE`.
    pub key_type: KeyType,
}

impl KeySchemaElement {
    /// The partition key.
    pub fn hash(name: impl Into<String>) -> Self {
        KeySchemaElement {
            attribute_name: name.into(),
            key_type: KeyType::Hash,
        }
    }
    /// The sort key.
    pub fn range(name: impl Into<String>) -> Self {
        KeySchemaElement {
            attribute_name: name.into(),
            key_type: KeyType::Range,
        }
    }
}

/// Provisioned read and write capacity.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ProvisionedThroughput {
    /// Reads per second.
    pub read_capacity_units: i64,
    /// Writes per second.
    pub write_capacity_units: i64,
}

/// A table's or index's provisioned capacity, as described.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ProvisionedThroughputDescription {
    /// When capacity last went up.
    pub last_increase_date_time: Option<DateTime>,
    /// When capacity last went down.
    pub last_decrease_date_time: Option<DateTime>,
    /// Decreases so far today.
    pub number_of_decreases_today: Option<i64>,
    /// Reads per second.
    pub read_capacity_units: Option<i64>,
    /// Writes per second.
    pub write_capacity_units: Option<i64>,
}

/// The attributes copied into a secondary index.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Projection {
    /// `ALL`, `KEYS_ONLY` or `INCLUDE`.
    pub projection_type: Option<ProjectionType>,
    /// With `INCLUDE`: the non-key attributes to copy.
    pub non_key_attributes: Option<Vec<String>>,
}

/// A global secondary index to create.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndex {
    /// Its name.
    pub index_name: String,
    /// Its key.
    pub key_schema: Vec<KeySchemaElement>,
    /// What it holds.
    pub projection: Projection,
    /// Its capacity (provisioned tables).
    pub provisioned_throughput: Option<ProvisionedThroughput>,
}

/// A local secondary index to create.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LocalSecondaryIndex {
    /// Its name.
    pub index_name: String,
    /// Its key (the table's partition key and another sort key).
    pub key_schema: Vec<KeySchemaElement>,
    /// What it holds.
    pub projection: Projection,
}

/// A global secondary index, as described.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GlobalSecondaryIndexDescription {
    /// Its name.
    pub index_name: Option<String>,
    /// Its key.
    pub key_schema: Vec<KeySchemaElement>,
    /// What it holds.
    pub projection: Option<Projection>,
    /// Its state.
    pub index_status: Option<IndexStatus>,
    /// True while it is being filled.
    pub backfilling: Option<bool>,
    /// Its capacity.
    pub provisioned_throughput: Option<ProvisionedThroughputDescription>,
    /// Its size.
    pub index_size_bytes: Option<i64>,
    /// Its item count.
    pub item_count: Option<i64>,
    /// Its ARN.
    pub index_arn: Option<String>,
}

/// A local secondary index, as described.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LocalSecondaryIndexDescription {
    /// Its name.
    pub index_name: Option<String>,
    /// Its key.
    pub key_schema: Vec<KeySchemaElement>,
    /// What it holds.
    pub projection: Option<Projection>,
    /// Its size.
    pub index_size_bytes: Option<i64>,
    /// Its item count.
    pub item_count: Option<i64>,
    /// Its ARN.
    pub index_arn: Option<String>,
}

/// Whether a stream records changes, and what.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StreamSpecification {
    /// On or off.
    pub stream_enabled: bool,
    /// What each record holds.
    pub stream_view_type: Option<StreamViewType>,
}

/// The billing mode, as described.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BillingModeSummary {
    /// The mode.
    pub billing_mode: Option<BillingMode>,
    /// When it last became on-demand.
    pub last_update_to_pay_per_request_date_time: Option<DateTime>,
}

/// A resource tag.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// The key.
    pub key: String,
    /// The value.
    pub value: String,
}

/// A table, as described.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TableDescription {
    /// The key attributes' types.
    pub attribute_definitions: Vec<AttributeDefinition>,
    /// The table's name.
    pub table_name: Option<String>,
    /// The primary key.
    pub key_schema: Vec<KeySchemaElement>,
    /// The table's state.
    pub table_status: Option<TableStatus>,
    /// When it was created.
    pub creation_date_time: Option<DateTime>,
    /// Its capacity.
    pub provisioned_throughput: Option<ProvisionedThroughputDescription>,
    /// Its size (updated about every six hours).
    pub table_size_bytes: Option<i64>,
    /// Its item count (updated about every six hours).
    pub item_count: Option<i64>,
    /// Its ARN.
    pub table_arn: Option<String>,
    /// Its id.
    pub table_id: Option<String>,
    /// Its billing mode.
    pub billing_mode_summary: Option<BillingModeSummary>,
    /// Its local secondary indexes.
    pub local_secondary_indexes: Vec<LocalSecondaryIndexDescription>,
    /// Its global secondary indexes.
    pub global_secondary_indexes: Vec<GlobalSecondaryIndexDescription>,
    /// Its stream.
    pub stream_specification: Option<StreamSpecification>,
    /// Its stream's label.
    pub latest_stream_label: Option<String>,
    /// Its stream's ARN.
    pub latest_stream_arn: Option<String>,
    /// Whether it may be deleted.
    pub deletion_protection_enabled: Option<bool>,
}

/// `CreateTable` input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "CreateTableInput")]
pub struct CreateTableRequest {
    /// The key attributes' types.
    pub attribute_definitions: Vec<AttributeDefinition>,
    /// The table's name.
    pub table_name: String,
    /// The primary key.
    pub key_schema: Vec<KeySchemaElement>,
    /// Local secondary indexes.
    pub local_secondary_indexes: Option<Vec<LocalSecondaryIndex>>,
    /// Global secondary indexes.
    pub global_secondary_indexes: Option<Vec<GlobalSecondaryIndex>>,
    /// `PROVISIONED` (default) or `PAY_PER_REQUEST`.
    pub billing_mode: Option<BillingMode>,
    /// Capacity, for provisioned tables.
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// A stream of changes.
    pub stream_specification: Option<StreamSpecification>,
    /// Tags.
    pub tags: Option<Vec<Tag>>,
    /// Storage class.
    pub table_class: Option<TableClass>,
    /// Refuse `DeleteTable` while set.
    pub deletion_protection_enabled: Option<bool>,
}

/// `CreateTable` output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CreateTableOutput {
    /// The new table.
    pub table_description: Option<TableDescription>,
}

/// `DescribeTable` input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "DescribeTableInput")]
pub struct DescribeTableRequest {
    /// The table's name or ARN.
    pub table_name: String,
}

/// `DescribeTable` output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTableOutput {
    /// The table.
    pub table: Option<TableDescription>,
}

/// `DeleteTable` input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "DeleteTableInput")]
pub struct DeleteTableRequest {
    /// The table's name or ARN.
    pub table_name: String,
}

/// `DeleteTable` output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteTableOutput {
    /// The table as it was.
    pub table_description: Option<TableDescription>,
}

/// Time to live settings: which attribute holds the expiry time.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TimeToLiveSpecification {
    /// Turn expiry on or off.
    pub enabled: bool,
    /// The attribute holding the expiry time (seconds since the epoch, type `N`).
    pub attribute_name: String,
}

/// `UpdateTimeToLive` input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "UpdateTimeToLiveInput")]
pub struct UpdateTimeToLiveRequest {
    /// The table.
    pub table_name: String,
    /// The new settings.
    pub time_to_live_specification: TimeToLiveSpecification,
}

/// `UpdateTimeToLive` output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateTimeToLiveOutput {
    /// The settings as sent.
    pub time_to_live_specification: Option<TimeToLiveSpecification>,
}

/// `DescribeTimeToLive` input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "DescribeTimeToLiveInput")]
pub struct DescribeTimeToLiveRequest {
    /// The table.
    pub table_name: String,
}

/// A table's time to live state.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TimeToLiveDescription {
    /// `ENABLING`, `ENABLED`, `DISABLING` or `DISABLED`.
    pub time_to_live_status: Option<TimeToLiveStatus>,
    /// The attribute holding the expiry time.
    pub attribute_name: Option<String>,
}

/// `DescribeTimeToLive` output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeTimeToLiveOutput {
    /// The state.
    pub time_to_live_description: Option<TimeToLiveDescription>,
}

/// `ListTables` input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "ListTablesInput")]
pub struct ListTablesRequest {
    /// Where to start: the previous page's `LastEvaluatedTableName`.
    pub exclusive_start_table_name: Option<String>,
    /// Names per page (at most 100).
    pub limit: Option<i32>,
}

/// `ListTables` output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTablesOutput {
    /// The page's table names.
    pub table_names: Vec<String>,
    /// Where the next page starts; `None` on the last page.
    pub last_evaluated_table_name: Option<String>,
}

/// `UpdateTable` input: capacity, streams, table class and deletion protection (index
/// and replica updates are not covered).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "UpdateTableInput")]
pub struct UpdateTableRequest {
    /// Definitions of attributes that new indexes use.
    pub attribute_definitions: Option<Vec<AttributeDefinition>>,
    /// The table's name or ARN.
    pub table_name: String,
    /// `PROVISIONED` or `PAY_PER_REQUEST`.
    pub billing_mode: Option<BillingMode>,
    /// The new capacity (with `PROVISIONED`).
    pub provisioned_throughput: Option<ProvisionedThroughput>,
    /// Turn the stream on or off.
    pub stream_specification: Option<StreamSpecification>,
    /// `STANDARD` or `STANDARD_INFREQUENT_ACCESS`.
    pub table_class: Option<TableClass>,
    /// Refuse `DeleteTable` while on.
    pub deletion_protection_enabled: Option<bool>,
}

/// `UpdateTable` output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateTableOutput {
    /// The table as updated.
    pub table_description: Option<TableDescription>,
}
