//! Transaction shapes: `TransactWriteItems` and `TransactGetItems`.
//!
//! botocore names the entries `Put`, `Update`, `Delete`, `ConditionCheck` and `Get`; here
//! they take the prefix `Transact` so they do not clash with the expression builders.

use super::enums::*;
use super::item::{ConsumedCapacity, ItemCollectionMetrics};
use crate::dynamodb::AttributeValue;
use boto_core::Shape;
use std::collections::HashMap;

/// A put inside a write transaction (botocore: `Put`).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Put")]
pub struct TransactPut {
    /// The item (all key attributes required).
    pub item: HashMap<String, AttributeValue>,
    /// The table.
    pub table_name: String,
    /// Write only if this holds.
    pub condition_expression: Option<String>,
    /// Name placeholders.
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// Value placeholders.
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
    /// Return the item when the condition fails.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// An update inside a write transaction (botocore: `Update`).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Update")]
pub struct TransactUpdate {
    /// The item's primary key.
    pub key: HashMap<String, AttributeValue>,
    /// `SET .. REMOVE .. ADD .. DELETE ..`
    pub update_expression: String,
    /// The table.
    pub table_name: String,
    /// Update only if this holds.
    pub condition_expression: Option<String>,
    /// Name placeholders.
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// Value placeholders.
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
    /// Return the item when the condition fails.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// A delete inside a write transaction (botocore: `Delete`).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Delete")]
pub struct TransactDelete {
    /// The item's primary key.
    pub key: HashMap<String, AttributeValue>,
    /// The table.
    pub table_name: String,
    /// Delete only if this holds.
    pub condition_expression: Option<String>,
    /// Name placeholders.
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// Value placeholders.
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
    /// Return the item when the condition fails.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// A condition on an item the transaction does not write (botocore: `ConditionCheck`).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "ConditionCheck")]
pub struct TransactConditionCheck {
    /// The item's primary key.
    pub key: HashMap<String, AttributeValue>,
    /// The table.
    pub table_name: String,
    /// The condition that must hold.
    pub condition_expression: String,
    /// Name placeholders.
    pub expression_attribute_names: Option<HashMap<String, String>>,
    /// Value placeholders.
    pub expression_attribute_values: Option<HashMap<String, AttributeValue>>,
    /// Return the item when the condition fails.
    pub return_values_on_condition_check_failure: Option<ReturnValuesOnConditionCheckFailure>,
}

/// One entry of a write transaction: exactly one of the four is set.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TransactWriteItem {
    /// A condition check.
    pub condition_check: Option<TransactConditionCheck>,
    /// A put.
    pub put: Option<TransactPut>,
    /// A delete.
    pub delete: Option<TransactDelete>,
    /// An update.
    pub update: Option<TransactUpdate>,
}

impl From<TransactPut> for TransactWriteItem {
    fn from(put: TransactPut) -> Self {
        TransactWriteItem {
            put: Some(put),
            ..Default::default()
        }
    }
}

impl From<TransactUpdate> for TransactWriteItem {
    fn from(update: TransactUpdate) -> Self {
        TransactWriteItem {
            update: Some(update),
            ..Default::default()
        }
    }
}

impl From<TransactDelete> for TransactWriteItem {
    fn from(delete: TransactDelete) -> Self {
        TransactWriteItem {
            delete: Some(delete),
            ..Default::default()
        }
    }
}

impl From<TransactConditionCheck> for TransactWriteItem {
    fn from(check: TransactConditionCheck) -> Self {
        TransactWriteItem {
            condition_check: Some(check),
            ..Default::default()
        }
    }
}

/// `TransactWriteItems` input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "TransactWriteItemsInput")]
pub struct TransactWriteItemsRequest {
    /// The writes (at most 100), done all or none.
    pub transact_items: Vec<TransactWriteItem>,
    /// Report consumed capacity.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
    /// Report item collection metrics.
    pub return_item_collection_metrics: Option<ReturnItemCollectionMetrics>,
    /// Makes a retried call idempotent for ten minutes.
    pub client_request_token: Option<String>,
}

/// `TransactWriteItems` output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TransactWriteItemsOutput {
    /// Capacity used per table.
    pub consumed_capacity: Vec<ConsumedCapacity>,
    /// Collection metrics per table.
    pub item_collection_metrics: HashMap<String, Vec<ItemCollectionMetrics>>,
}

/// A read inside a read transaction (botocore: `Get`).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Get")]
pub struct TransactGet {
    /// The item's primary key.
    pub key: HashMap<String, AttributeValue>,
    /// The table.
    pub table_name: String,
    /// The attributes to return.
    pub projection_expression: Option<String>,
    /// Name placeholders.
    pub expression_attribute_names: Option<HashMap<String, String>>,
}

/// One entry of a read transaction.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TransactGetItem {
    /// The read.
    pub get: Option<TransactGet>,
}

impl From<TransactGet> for TransactGetItem {
    fn from(get: TransactGet) -> Self {
        TransactGetItem { get: Some(get) }
    }
}

/// `TransactGetItems` input.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "TransactGetItemsInput")]
pub struct TransactGetItemsRequest {
    /// The reads (at most 100), from one consistent snapshot.
    pub transact_items: Vec<TransactGetItem>,
    /// Report consumed capacity.
    pub return_consumed_capacity: Option<ReturnConsumedCapacity>,
}

/// One result of a read transaction.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ItemResponse {
    /// The item; `None` when there is none with that key.
    pub item: Option<HashMap<String, AttributeValue>>,
}

/// `TransactGetItems` output.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TransactGetItemsOutput {
    /// Capacity used per table.
    pub consumed_capacity: Vec<ConsumedCapacity>,
    /// The results, in the order of the request's entries.
    pub responses: Vec<ItemResponse>,
}
