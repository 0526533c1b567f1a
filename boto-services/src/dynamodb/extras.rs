//! What boto-services adds to the generated client and shapes: constructors of batch
//! writes and key schemas, transaction entries from their operations, and the names API.md
//! gives that the model does not.

use super::client::*;
use super::AttributeValue;
use std::collections::HashMap;

/// `CreateTable`'s input, by the name the first versions of this crate gave it (botocore's
/// is [`CreateTableInput`]).
pub type CreateTableRequest = CreateTableInput;

impl WriteRequest {
    /// A put of `item`.
    pub fn put(item: HashMap<String, AttributeValue>) -> WriteRequest {
        WriteRequest::new().put_request(PutRequest::new().item(item))
    }

    /// A delete of `key`.
    pub fn delete(key: HashMap<String, AttributeValue>) -> WriteRequest {
        WriteRequest::new().delete_request(DeleteRequest::new().key(key))
    }
}

impl AttributeDefinition {
    /// `AttributeDefinition::of("pk", ScalarAttributeType::S)`.
    pub fn of(name: impl Into<String>, ty: ScalarAttributeType) -> Self {
        AttributeDefinition::new()
            .attribute_name(name)
            .attribute_type(ty)
    }
}

impl KeySchemaElement {
    /// The partition key.
    pub fn hash(name: impl Into<String>) -> Self {
        KeySchemaElement::new()
            .attribute_name(name)
            .key_type(KeyType::Hash)
    }

    /// The sort key.
    pub fn range(name: impl Into<String>) -> Self {
        KeySchemaElement::new()
            .attribute_name(name)
            .key_type(KeyType::Range)
    }
}

impl From<Put> for TransactWriteItem {
    fn from(put: Put) -> Self {
        TransactWriteItem::new().put(put)
    }
}

impl From<UpdateShape> for TransactWriteItem {
    fn from(update: UpdateShape) -> Self {
        TransactWriteItem::new().update(update)
    }
}

impl From<Delete> for TransactWriteItem {
    fn from(delete: Delete) -> Self {
        TransactWriteItem::new().delete(delete)
    }
}

impl From<ConditionCheck> for TransactWriteItem {
    fn from(check: ConditionCheck) -> Self {
        TransactWriteItem::new().condition_check(check)
    }
}

impl From<Get> for TransactGetItem {
    fn from(get: Get) -> Self {
        TransactGetItem::new().get(get)
    }
}
