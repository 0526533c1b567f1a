//! DynamoDB: items from any `serde` type, exact numbers, expression builders, the typed
//! [`Client`] and the [`DynamoDb`] / [`Table`] resource.
//!
//! ```no_run
//! # async fn f() -> boto_core::Result<()> {
//! use boto_services::dynamodb::{key, Attr, DynamoDb, Key};
//! use futures::TryStreamExt;
//!
//! #[derive(serde::Serialize, serde::Deserialize)]
//! struct Visit { pk: String, sk: String, views: u64 }
//!
//! let table = DynamoDb::new(&boto_core::Session::new()).table("visits");
//! table.put(&Visit { pk: "a".into(), sk: "2026-01-01".into(), views: 1 }).await?;
//! let one: Option<Visit> = table.get(key!("pk" => "a", "sk" => "2026-01-01")).await?;
//! let january: Vec<Visit> = table
//!     .query::<Visit>(Key::new("pk").eq("a") & Key::new("sk").begins_with("2026-01"))
//!     .filter(Attr::new("views").gte(1))
//!     .try_collect()
//!     .await?;
//! let mut writer = table.batch_writer().overwrite_by_pkeys(["pk", "sk"]);
//! writer.put(&Visit { pk: "b".into(), sk: "2026-01-02".into(), views: 7 }).await?;
//! writer.flush().await?;
//! # Ok(()) }
//! ```
//!
//! Writing: structs and maps become `M`, `Vec`s and tuples `L`, strings `S`, every integer
//! and float `N` as exact text (floats in their shortest round-trip form; `NaN` and
//! infinities are refused), `bool` `BOOL`, unit and `None` inside lists `NULL`; `None`
//! fields are left out. Binary needs [`blob`] (or `serde_bytes`), sets the [`StringSet`],
//! [`NumberSet`] and [`BinarySet`] newtypes. Enums are externally tagged (unit variants as
//! `S`, others as a one-key `M`). Reading accepts the same, plus sets into any sequence,
//! and refuses a number that does not fit the target type.
//!
//! Numbers stay exact everywhere except where serde itself buffers values: inside
//! `#[serde(flatten)]` fields and untagged or internally tagged enums, numbers pass through
//! serde's `i64`/`u64`/`f64` buffer (integers beyond 64 bits are then refused, decimals
//! rounded to the nearest `f64`), and raw [`AttributeValue`] fields cannot be flattened.
//!
//! ```
//! use boto_services::dynamodb::{self, key, Attr, Key, Number, StringSet};
//! use std::collections::HashMap;
//!
//! #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
//! struct User {
//!     id: String,
//!     age: u8,
//!     visits: u64,
//!     balance: Number,
//!     tags: Option<StringSet>,
//!     nickname: Option<String>,
//! }
//!
//! let user = User {
//!     id: "a".into(),
//!     age: 42,
//!     visits: 9_007_199_254_740_993, // above 2^53: kept exact
//!     balance: "12345678901234567890.123456789".parse().unwrap(),
//!     tags: Some(StringSet::from(["admin"])),
//!     nickname: None, // omitted from the item
//! };
//! let item = dynamodb::to_item(&user).unwrap();
//! assert_eq!(item["visits"].as_n().unwrap().as_str(), "9007199254740993");
//! assert!(!item.contains_key("nickname"));
//! assert_eq!(dynamodb::from_item::<User>(item).unwrap(), user);
//!
//! let k = key!("id" => "a", "sk" => 2);
//! assert_eq!(k.len(), 2);
//!
//! let cond = Attr::new("age").gte(18) & !Attr::new("banned").exists();
//! let e = cond.build();
//! assert_eq!(e.expression, "#n0 >= :v0 AND NOT attribute_exists(#n1)");
//! let kc = (Key::new("pk").eq("a") & Key::new("sk").begins_with("2026-")).build();
//! assert_eq!(kc.expression, "#n0 = :v0 AND begins_with(#n1, :v1)");
//! ```

mod attribute;
mod batch;
mod client;
mod de;
mod error;
mod expr;
mod extras;
mod newtype_serde;
mod number;
mod ser;
mod table;

#[cfg(test)]
mod tests;

pub use attribute::{AttributeValue, BinarySet, IntoAttributeValue, NumberSet, StringSet};
pub use batch::BatchWriter;
pub use client::*;
pub use expr::{
    Attr, Condition, Expression, IntoOperand, Key, KeyCondition, Operand, Path, Placeholders,
    ProjectionExpr, Size, Update, UpdateExpr,
};
pub use extras::CreateTableRequest;
pub use newtype_serde::blob;
pub(crate) use newtype_serde::tokens;
pub use number::Number;
pub use table::{DynamoDb, Query, Scan, Table};

/// Builds a key (or any small item) map: `key!("id" => "a", "sk" => 2)`.
///
/// Values are anything [`IntoAttributeValue`]: strings, integers, floats, `bool`, `Number`,
/// `Blob`.
pub use crate::__dynamodb_key as key;

use boto_core::Result;
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::collections::HashMap;

/// An item: attribute names to values.
pub type Item = HashMap<String, AttributeValue>;

/// Writes any `Serialize` value as an attribute value (`None` at the top is `NULL`).
/// Errors are `invalid_input` and name the field path.
pub fn to_attribute_value<T: Serialize + ?Sized>(value: &T) -> Result<AttributeValue> {
    ser::to_value(value)
        .map(|v| v.unwrap_or(AttributeValue::Null(true)))
        .map_err(error::SerdeError::into_invalid_input)
}

/// Writes a struct or map as an item. Fields that are `None` are left out.
pub fn to_item<T: Serialize + ?Sized>(value: &T) -> Result<Item> {
    match to_attribute_value(value)? {
        AttributeValue::M(m) => Ok(m),
        other => Err(boto_core::Error::invalid_input(format!(
            "an item must be a struct or a map, found a {} value",
            other.tag()
        ))),
    }
}

/// Reads any `Deserialize` type from an attribute value. Errors are `decode` and name the
/// field path.
pub fn from_attribute_value<T: DeserializeOwned>(value: AttributeValue) -> Result<T> {
    T::deserialize(de::De(value)).map_err(error::SerdeError::into_decode)
}

/// Reads a struct (or map) from an item. Absent attributes and `NULL` read as `None`.
pub fn from_item<T: DeserializeOwned>(item: Item) -> Result<T> {
    from_attribute_value(AttributeValue::M(item))
}

#[doc(hidden)]
#[macro_export]
macro_rules! __dynamodb_key {
    ($($name:expr => $value:expr),* $(,)?) => {{
        #[allow(unused_mut)]
        let mut map = ::std::collections::HashMap::<
            ::std::string::String,
            $crate::dynamodb::AttributeValue,
        >::new();
        $(
            map.insert(
                ::std::string::String::from($name),
                $crate::dynamodb::IntoAttributeValue::into_attribute_value($value),
            );
        )*
        map
    }};
}
