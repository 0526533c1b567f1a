//! Helpers of `#[resource]`: closures applied with their parameter types, default inputs and
//! the errors of loads.

/// Applies a `with = |r| ..` closure (its parameter type comes from here).
pub fn apply<I>(input: I, f: impl FnOnce(I) -> I) -> I {
    f(input)
}

/// Applies a `load_path = |o: T| ..` closure.
pub fn apply_path<O, D>(output: O, f: impl FnOnce(O) -> Option<D>) -> Option<D> {
    f(output)
}

/// Applies an action's `path = |o: T| ..` closure.
pub fn apply_any<O, R>(output: O, f: impl FnOnce(O) -> R) -> R {
    f(output)
}

/// A default request of the type a client method takes (waiters: their input type is
/// only known from the method's signature).
pub fn default_input<C, I: Default, R>(_method: fn(&C, I) -> R) -> I {
    I::default()
}

/// The error an attribute gives on a resource that has no data and no load operation.
pub fn not_loadable(resource: &'static str) -> crate::Error {
    crate::Error::invalid_input(format!(
        "{resource} has no load operation; its data comes only from the response that built it"
    ))
}

/// The error a load gives when its `path` finds nothing.
pub fn not_found(resource: &'static str) -> crate::Error {
    crate::Error::invalid_input(format!("{resource} not found: the load found no data"))
}
