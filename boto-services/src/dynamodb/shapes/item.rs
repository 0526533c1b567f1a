//! Item shapes: `PutItem`, `GetItem`, `DeleteItem`, `UpdateItem`, `Query`, `Scan`,
//! `BatchWriteItem`, `BatchGetItem`.

use super::enums::*;
use crate::dynamodb::AttributeValue;
use boto_core::Shape;
use std::collections::HashMap;

/// Capacity consumed by one table or index.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Capacity {
    /// Read units.
    pub read_capacity_units: Option<f64>,
    /// Write units.
    pub write_capacity_units: Option<f64>,
    /// All units.
    pub capacity_units: Option<f64>,
}

/// Capacity an operation consumed.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ConsumedCapacity {
    /// The table.
    pub table_name: Option<String>,
    /// All units.
    pub capacity_units: Option<f64>,
    /// Read units.
    pub read_capacity_units: Option<f64>,
    /// Write units.
    pub write_capacity_units: Option<f64>,
    /// The table's share.
    pub table: Option<Capacity>,
    /// Each local index's share.
    pub local_secondary_indexes: HashMap<String, Capacity>,
    /// Each global index's share.
    pub global_secondary_indexes: HashMap<String, Capacity>,
}

/// Size estimate of an item collection (tables with local indexes).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ItemCollectionMetrics {
    /// The partition key of the collection.
    pub item_collection_key: HashMap<String, AttributeValue>,
    /// Lower and upper bound, in GB.
    #[shape(name = "SizeEstimateRangeGB")]
    pub size_estimate_range_gb: Vec<f64>,
}

/// `PutItem` input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "PutItemInput")]
pub struct PutItemRequest {
    /// The table.
    pub table_name: String,
    /// The item (all key attributes required).
    pub item: HashMap<String, AttributeValue>,
    /// Old attributes to return.
    pub return_values: Option<ReturnValue>,
    /// Report consumed capacity.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Report item collection metrics.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// Write only if this holds.
    pub condition_expression: Option<String>,
    /// Name placeholders (`#n0`).
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// Value placeholders (`:v0`).
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
    /// Return the item when the condition fails.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// `PutItem` output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutItemOutput {
    /// The old item, with `ReturnValues = ALL_OLD`.
    pub attributes: HashMap<String, AttributeValue>,
    /// Capacity used.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Collection metrics.
    pub item_collection_metrics: Option<ItemCollectionMetrics>,
}

/// `GetItem` input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "GetItemInput")]
pub struct GetItemRequest {
    /// The table.
    pub table_name: String,
    /// The item's primary key.
    pub key: HashMap<String, AttributeValue>,
    /// Strongly consistent read.
    pub consistent_read: Option<bool>,
    /// Report consumed capacity.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// The attributes to return.
    pub projection_expression: Option<String>,
    /// Name placeholders.
    pub expression_attribute_names: Option<HashMap<String, String>>,
}

/// `GetItem` output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetItemOutput {
    /// The item; `None` when there is none with that key.
    pub item: Option<HashMap<String, AttributeValue>>,
    /// Capacity used.
    pub consumed_capacity: Option<ConsumedCapacity>,
}

/// `DeleteItem` input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "DeleteItemInput")]
pub struct DeleteItemRequest {
    /// The table.
    pub table_name: String,
    /// The item's primary key.
    pub key: HashMap<String, AttributeValue>,
    /// Old attributes to return.
    pub return_values: Option<ReturnValue>,
    /// Report consumed capacity.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Report item collection metrics.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// Delete only if this holds.
    pub condition_expression: Option<String>,
    /// Name placeholders.
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// Value placeholders.
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
    /// Return the item when the condition fails.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// `DeleteItem` output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteItemOutput {
    /// The old item, with `ReturnValues = ALL_OLD`.
    pub attributes: HashMap<String, AttributeValue>,
    /// Capacity used.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Collection metrics.
    pub item_collection_metrics: Option<ItemCollectionMetrics>,
}

/// `UpdateItem` input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "UpdateItemInput")]
pub struct UpdateItemRequest {
    /// The table.
    pub table_name: String,
    /// The item's primary key.
    pub key: HashMap<String, AttributeValue>,
    /// Attributes to return.
    pub return_values: Option<ReturnValue>,
    /// Report consumed capacity.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Report item collection metrics.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// `SET .. REMOVE .. ADD .. DELETE ..`
    pub update_expression: Option<String>,
    /// Update only if this holds.
    pub condition_expression: Option<String>,
    /// Name placeholders.
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// Value placeholders.
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
    /// Return the item when the condition fails.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// `UpdateItem` output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UpdateItemOutput {
    /// The attributes asked for with `ReturnValues`.
    pub attributes: HashMap<String, AttributeValue>,
    /// Capacity used.
    pub consumed_capacity: Option<ConsumedCapacity>,
    /// Collection metrics.
    pub item_collection_metrics: Option<ItemCollectionMetrics>,
}

/// `Query` input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "QueryInput")]
pub struct QueryRequest {
    /// The table.
    pub table_name: String,
    /// An index to query instead of the table.
    pub index_name: Option<String>,
    /// What to return.
    pub select: Option<Select>,
    /// Items per page (before filtering).
    pub limit: Option<i32>,
    /// Strongly consistent read.
    pub consistent_read: Option<bool>,
    /// Ascending sort-key order (default true).
    pub scan_index_forward: Option<bool>,
    /// Where to start: the previous page's `LastEvaluatedKey`.
    pub exclusive_start_key: Option<HashMap<String, AttributeValue>>,
    /// Report consumed capacity.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// The attributes to return.
    pub projection_expression: Option<String>,
    /// A filter applied after the key condition.
    pub filter_expression: Option<String>,
    /// The key condition.
    pub key_condition_expression: Option<String>,
    /// Name placeholders.
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// Value placeholders.
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
}

/// `Query` output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct QueryOutput {
    /// The page's items.
    pub items: Vec<HashMap<String, AttributeValue>>,
    /// Items returned.
    pub count: i32,
    /// Items read before filtering.
    pub scanned_count: i32,
    /// Where the next page starts; `None` on the last page.
    pub last_evaluated_key: Option<HashMap<String, AttributeValue>>,
    /// Capacity used.
    pub consumed_capacity: Option<ConsumedCapacity>,
}

/// `Scan` input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "ScanInput")]
pub struct ScanRequest {
    /// The table.
    pub table_name: String,
    /// An index to scan instead of the table.
    pub index_name: Option<String>,
    /// Items per page (before filtering).
    pub limit: Option<i32>,
    /// What to return.
    pub select: Option<Select>,
    /// Where to start: the previous page's `LastEvaluatedKey`.
    pub exclusive_start_key: Option<HashMap<String, AttributeValue>>,
    /// Report consumed capacity.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Parallel scan: the number of segments.
    pub total_segments: Option<i32>,
    /// Parallel scan: this worker's segment.
    pub segment: Option<i32>,
    /// The attributes to return.
    pub projection_expression: Option<String>,
    /// A filter.
    pub filter_expression: Option<String>,
    /// Name placeholders.
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// Value placeholders.
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
    /// Strongly consistent read.
    pub consistent_read: Option<bool>,
}

/// `Scan` output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ScanOutput {
    /// The page's items.
    pub items: Vec<HashMap<String, AttributeValue>>,
    /// Items returned.
    pub count: i32,
    /// Items read before filtering.
    pub scanned_count: i32,
    /// Where the next page starts; `None` on the last page.
    pub last_evaluated_key: Option<HashMap<String, AttributeValue>>,
    /// Capacity used.
    pub consumed_capacity: Option<ConsumedCapacity>,
}

/// A put inside `BatchWriteItem`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutRequest {
    /// The item.
    pub item: HashMap<String, AttributeValue>,
}

/// A delete inside `BatchWriteItem`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteRequest {
    /// The primary key.
    pub key: HashMap<String, AttributeValue>,
}

/// One write of a `BatchWriteItem`: a put or a delete.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct WriteRequest {
    /// A put.
    pub put_request: Option<PutRequest>,
    /// A delete.
    pub delete_request: Option<DeleteRequest>,
}

impl WriteRequest {
    /// A put of `item`.
    pub fn put(item: HashMap<String, AttributeValue>) -> WriteRequest {
        WriteRequest {
            put_request: Some(PutRequest { item }),
            delete_request: None,
        }
    }
    /// A delete of `key`.
    pub fn delete(key: HashMap<String, AttributeValue>) -> WriteRequest {
        WriteRequest {
            put_request: None,
            delete_request: Some(DeleteRequest { key }),
        }
    }
}

/// `BatchWriteItem` input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "BatchWriteItemInput")]
pub struct BatchWriteItemRequest {
    /// Table name to its writes (at most 25 in all).
    pub request_items: HashMap<String, Vec<WriteRequest>>,
    /// Report consumed capacity.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Report item collection metrics.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
}

/// `BatchWriteItem` output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchWriteItemOutput {
    /// Writes not done (throttling); send them again.
    pub unprocessed_items: HashMap<String, Vec<WriteRequest>>,
    /// Collection metrics per table.
    pub item_collection_metrics: HashMap<String, Vec<ItemCollectionMetrics>>,
    /// Capacity used per table.
    pub consumed_capacity: Vec<ConsumedCapacity>,
}

/// The keys to read from one table in `BatchGetItem`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct KeysAndAttributes {
    /// Primary keys.
    pub keys: Vec<HashMap<String, AttributeValue>>,
    /// Strongly consistent reads.
    pub consistent_read: Option<bool>,
    /// The attributes to return.
    pub projection_expression: Option<String>,
    /// Name placeholders.
    pub expression_attribute_names: Option<HashMap<String, String>>,
}

/// `BatchGetItem` input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "BatchGetItemInput")]
pub struct BatchGetItemRequest {
    /// Table name to the keys to read (at most 100 in all).
    pub request_items: HashMap<String, KeysAndAttributes>,
    /// Report consumed capacity.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}

/// `BatchGetItem` output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct BatchGetItemOutput {
    /// Table name to the items read.
    pub responses: HashMap<String, Vec<HashMap<String, AttributeValue>>>,
    /// Keys not read (throttling); ask again.
    pub unprocessed_keys: HashMap<String, KeysAndAttributes>,
    /// Capacity used per table.
    pub consumed_capacity: Vec<ConsumedCapacity>,
}
