//! Loaded data and the small conversions between identifiers and shape fields.

use crate::error::{Error, Result};
use crate::value::Value;
use std::marker::PhantomData;
use std::sync::{Arc, RwLock};

/// The data of a resource: empty until loaded, shared by every clone of the resource, and
/// cleared by any action.
pub struct DataCell<T> {
    inner: Arc<RwLock<Option<Arc<T>>>>,
}

impl<T> Clone for DataCell<T> {
    fn clone(&self) -> Self {
        DataCell {
            inner: Arc::clone(&self.inner),
        }
    }
}

impl<T> Default for DataCell<T> {
    fn default() -> Self {
        DataCell::empty()
    }
}

impl<T> std::fmt::Debug for DataCell<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let loaded = self.get().is_some();
        f.debug_struct("DataCell").field("loaded", &loaded).finish()
    }
}

impl<T> DataCell<T> {
    /// Nothing loaded.
    pub fn empty() -> Self {
        DataCell {
            inner: Arc::new(RwLock::new(None)),
        }
    }

    /// Pre-filled (a resource built from a list element of its data shape).
    pub fn filled(data: Option<T>) -> Self {
        DataCell {
            inner: Arc::new(RwLock::new(data.map(Arc::new))),
        }
    }

    /// The loaded data, if any.
    pub fn get(&self) -> Option<Arc<T>> {
        // A poisoned lock only means a panic elsewhere while holding it; the value is a
        // plain `Option<Arc<_>>` and cannot be half-written.
        let guard = self.inner.read().unwrap_or_else(|e| e.into_inner());
        guard.clone()
    }

    /// Stores freshly loaded data and returns it.
    pub fn set(&self, data: T) -> Arc<T> {
        let data = Arc::new(data);
        let mut guard = self.inner.write().unwrap_or_else(|e| e.into_inner());
        *guard = Some(Arc::clone(&data));
        data
    }

    /// Forgets the loaded data (after an action, which may have changed it).
    pub fn clear(&self) {
        let mut guard = self.inner.write().unwrap_or_else(|e| e.into_inner());
        *guard = None;
    }
}

/// Writes an identifier into a request field: the field may be the identifier's own type,
/// an `Option` of it, or a list of it (EC2's `InstanceIds`).
pub trait IdParam<T> {
    /// Sets the field from the identifier.
    fn set_id(&mut self, id: &T);
}

impl<T: Clone> IdParam<T> for T {
    fn set_id(&mut self, id: &T) {
        *self = id.clone();
    }
}

impl<T: Clone> IdParam<T> for Option<T> {
    fn set_id(&mut self, id: &T) {
        *self = Some(id.clone());
    }
}

impl<T: Clone> IdParam<T> for Vec<T> {
    fn set_id(&mut self, id: &T) {
        *self = vec![id.clone()];
    }
}

/// Reads an identifier out of an output field: the field's own type or an `Option` of it
/// (absent is a decode error naming the identifier).
pub trait IdSource<T> {
    /// Converts, or explains which identifier the response lacked.
    fn into_id(self, what: &'static str) -> Result<T>;
}

impl<T> IdSource<T> for T {
    fn into_id(self, _what: &'static str) -> Result<T> {
        Ok(self)
    }
}

impl<T> IdSource<T> for Option<T> {
    fn into_id(self, what: &'static str) -> Result<T> {
        self.ok_or_else(|| Error::decode(format!("the response lacks the identifier `{what}`")))
    }
}

/// Reads an identifier out of a data field for a reference: absent is `None`.
pub trait OptId<T> {
    /// The identifier, if the data has it.
    fn opt_id(self) -> Option<T>;
}

impl<T> OptId<T> for T {
    fn opt_id(self) -> Option<T> {
        Some(self)
    }
}

impl<T> OptId<T> for Option<T> {
    fn opt_id(self) -> Option<T> {
        self
    }
}

/// An identifier as a request value (batch requests are built on values).
pub trait IdValue {
    /// The value.
    fn id_value(&self) -> Value;
}

impl IdValue for String {
    fn id_value(&self) -> Value {
        Value::String(self.clone())
    }
}

impl IdValue for i64 {
    fn id_value(&self) -> Value {
        Value::Integer(*self)
    }
}

impl IdValue for i32 {
    fn id_value(&self) -> Value {
        Value::Integer(i64::from(*self))
    }
}

/// The elements of an output list member (`Vec<T>` or `Option<Vec<T>>`).
pub trait ListItems {
    /// The element type.
    type Item;
    /// The elements, in order.
    fn list_items(self) -> Vec<Self::Item>;
}

impl<T> ListItems for Vec<T> {
    type Item = T;
    fn list_items(self) -> Vec<T> {
        self
    }
}

impl<T> ListItems for Option<Vec<T>> {
    type Item = T;
    fn list_items(self) -> Vec<T> {
        self.unwrap_or_default()
    }
}

/// Pre-fills a child resource's data from a list element when the element's type is the
/// child's data shape, and gives `None` otherwise. Resolved at compile time by method
/// lookup: `(&mut Prefill::<E, D>::new(e)).prefill()` picks [`PrefillYes`] when `E == D`
/// and falls back to [`PrefillNo`].
pub struct Prefill<E, D> {
    value: Option<E>,
    data: PhantomData<fn() -> D>,
}

impl<E, D> Prefill<E, D> {
    /// Wraps a candidate.
    pub fn new(value: E) -> Self {
        Prefill {
            value: Some(value),
            data: PhantomData,
        }
    }
}

/// The element is the data shape.
pub trait PrefillYes<D> {
    /// The data.
    fn prefill(&mut self) -> Option<D>;
}

impl<D> PrefillYes<D> for Prefill<D, D> {
    fn prefill(&mut self) -> Option<D> {
        self.value.take()
    }
}

/// The element is something else.
pub trait PrefillNo<D> {
    /// No data.
    fn prefill(&mut self) -> Option<D>;
}

impl<E, D> PrefillNo<D> for &mut Prefill<E, D> {
    fn prefill(&mut self) -> Option<D> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_data_and_clear_forgets_it() {
        let a = DataCell::<String>::empty();
        let b = a.clone();
        assert!(a.get().is_none());
        b.set("x".to_owned());
        assert_eq!(a.get().as_deref().map(String::as_str), Some("x"));
        a.clear();
        assert!(b.get().is_none());
    }

    #[test]
    #[allow(clippy::needless_borrow)] // the borrow is what selects the impl
    fn prefill_only_for_the_data_shape() {
        #[allow(unused_imports)]
        use super::{PrefillNo as _, PrefillYes as _};
        let same: Option<String> = (&mut Prefill::<String, String>::new("d".into())).prefill();
        assert_eq!(same.as_deref(), Some("d"));
        let other: Option<String> = (&mut Prefill::<u8, String>::new(1)).prefill();
        assert_eq!(other, None);
    }

    #[test]
    fn id_conversions() {
        let mut a = String::new();
        a.set_id(&"q".to_owned());
        let mut b: Option<String> = None;
        b.set_id(&"q".to_owned());
        let mut c: Vec<String> = Vec::new();
        c.set_id(&"q".to_owned());
        assert_eq!(
            (a.as_str(), b.as_deref(), c),
            ("q", Some("q"), vec!["q".to_owned()])
        );
        let missing: Option<String> = None;
        let err = IdSource::<String>::into_id(missing, "url").unwrap_err();
        assert!(err.to_string().contains("url"), "{err}");
        assert_eq!(Some(vec![1]).list_items(), vec![1]);
        assert_eq!(None::<Vec<u8>>.list_items(), Vec::<u8>::new());
    }
}
