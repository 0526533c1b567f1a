//! What boto-services adds to the generated client and shapes: constructors of batch
//! writes and key schemas, transaction entries from their operations, the expression
//! builders on the requests that take expressions (`.condition(..)` on every write), and
//! the names API.md gives that the model does not.

use super::client::*;
use super::expr::{Condition, KeyCondition, Placeholders, UpdateExpr};
use super::table::non_empty;
use super::AttributeValue;
use std::collections::HashMap;

/// Renders an expression with placeholders going on from a request's `names` and `values`,
/// which then hold the request's and the expression's (absent when empty). One copy for
/// every request type; the methods calling it are `#[inline]` (compiled where called).
fn render_with(
    names: &mut Option<HashMap<String, String>>,
    values: &mut Option<HashMap<String, AttributeValue>>,
    render: &mut dyn FnMut(&mut Placeholders) -> String,
) -> String {
    let mut ph = Placeholders::continuing(names.take(), values.take());
    let expression = render(&mut ph);
    let (n, v) = ph.into_parts();
    *names = non_empty(n);
    *values = non_empty(v);
    expression
}

/// Renders `render` into a request's expression fields, its placeholders going on from
/// the request's own names and values.
macro_rules! render_into {
    ($req:ident, $field:ident, |$ph:ident| $render:expr) => {{
        let expression = render_with(
            &mut $req.expression_attribute_names,
            &mut $req.expression_attribute_values,
            &mut |$ph| $render,
        );
        $req.$field = expression.into();
        $req
    }};
}

/// `.condition(c)` on requests that write: the write happens only if `c` holds, else the
/// service error `ConditionalCheckFailedException`.
macro_rules! conditional {
    ($($ty:ty),*) => {$(
        impl $ty {
            /// Writes only if `condition` holds (`ConditionExpression`; its placeholders
            /// join the request's), else the service error
            /// `ConditionalCheckFailedException`:
            /// `.condition(Attr::new("pk").not_exists())`.
            #[inline]
            pub fn condition(mut self, condition: Condition) -> Self {
                render_into!(self, condition_expression, |ph| condition.render(ph))
            }
        }
    )*};
}

conditional!(
    PutItemInput,
    DeleteItemInput,
    UpdateItemInput,
    Put,
    Delete,
    UpdateShape,
    ConditionCheck
);

impl UpdateItemInput {
    /// The update to apply (`UpdateExpression`; its placeholders join the request's):
    /// `.update(Update::set("note", "seen").add("views", 1))`.
    #[inline]
    pub fn update(mut self, update: UpdateExpr) -> Self {
        render_into!(self, update_expression, |ph| update.render(ph))
    }
}

impl UpdateShape {
    /// The update to apply in a transaction (`UpdateExpression`).
    #[inline]
    pub fn update(mut self, update: UpdateExpr) -> Self {
        render_into!(self, update_expression, |ph| update.render(ph))
    }
}

impl QueryInput {
    /// The key condition (`KeyConditionExpression`; its placeholders join the request's).
    #[inline]
    pub fn key_condition(mut self, key: KeyCondition) -> Self {
        render_into!(self, key_condition_expression, |ph| key.render(ph))
    }

    /// Keeps only the items matching `condition` (`FilterExpression`).
    #[inline]
    pub fn filter(mut self, condition: Condition) -> Self {
        render_into!(self, filter_expression, |ph| condition.render(ph))
    }
}

impl ScanInput {
    /// Keeps only the items matching `condition` (`FilterExpression`).
    #[inline]
    pub fn filter(mut self, condition: Condition) -> Self {
        render_into!(self, filter_expression, |ph| condition.render(ph))
    }
}

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
