//! Syntactic recognition of the container types a shape member may have.

use syn::{GenericArgument, PathArguments, Type};

/// A member type, seen through its outer container.
pub(crate) enum Container<'a> {
    /// `Option<T>`
    Option(&'a Type),
    /// `Vec<T>`
    List(&'a Type),
    /// `HashMap<String, V>` / `BTreeMap<String, V>`
    Map(&'a Type),
    /// Anything else: a type implementing `Shape`.
    Plain,
}

/// Classifies `ty` by the last segment of its path.
pub(crate) fn container(ty: &Type) -> Container<'_> {
    let Type::Path(p) = ty else {
        return Container::Plain;
    };
    if p.qself.is_some() {
        return Container::Plain;
    }
    let Some(last) = p.path.segments.last() else {
        return Container::Plain;
    };
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return Container::Plain;
    };
    let types: Vec<&Type> = args
        .args
        .iter()
        .filter_map(|a| match a {
            GenericArgument::Type(t) => Some(t),
            _ => None,
        })
        .collect();
    match (last.ident.to_string().as_str(), types.as_slice()) {
        ("Option", [t]) => Container::Option(t),
        ("Vec", [t]) => Container::List(t),
        ("HashMap" | "BTreeMap", [_, v]) => Container::Map(v),
        _ => Container::Plain,
    }
}

/// `Option<T>` -> `T`, else `ty`.
pub(crate) fn strip_option(ty: &Type) -> (&Type, bool) {
    match container(ty) {
        Container::Option(t) => (t, true),
        _ => (ty, false),
    }
}

/// The element type of a list member (`Vec<T>` or `Option<Vec<T>>`).
pub(crate) fn list_item(ty: &Type) -> Option<&Type> {
    match container(strip_option(ty).0) {
        Container::List(t) => Some(t),
        _ => None,
    }
}

/// FNV-1a of a field name: the const parameter naming a field in `ListField<N>`.
pub(crate) fn field_key(name: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}
