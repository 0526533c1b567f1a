//! Schema expressions: the `'static` description a shape gives of itself, as `const` data.
//!
//! A shape's schema is a `static` built by `const fn`s of `__private_v1` from `const`
//! tables: no code runs to build it and none is generated per shape. Containers
//! (`Vec<T>`, `HashMap<String, T>`, `Option<T>`) are described syntactically here, at the
//! member that uses them, so member-level keys (`member = "item"`, `flattened`,
//! `timestamp`) reach the list or map shape; every other type is referenced lazily as
//! `SchemaRef::Static(<T as Shape>::schema)`, which lets shapes recurse.

use super::types::{container, Container};
use crate::attr::shape::Ts;
use proc_macro2::TokenStream;
use quote::quote;
use syn::{LitStr, Type};

/// Member-level keys that apply to the member's target as well.
#[derive(Clone, Copy, Default)]
pub(crate) struct TargetTraits<'a> {
    pub(crate) list_member: Option<&'a LitStr>,
    pub(crate) flattened: bool,
    pub(crate) timestamp: Option<Ts>,
}

/// `Some(::boto_core::__private_v1::TimestampFormat::..)` or `None`.
pub(crate) fn timestamp(ts: Option<Ts>) -> TokenStream {
    match ts {
        None => quote!(::core::option::Option::None),
        Some(ts) => {
            let v = match ts {
                Ts::Iso8601 => quote!(DateTime),
                Ts::Rfc822 => quote!(HttpDate),
                Ts::Epoch => quote!(EpochSeconds),
            };
            quote!(::core::option::Option::Some(::boto_core::__private_v1::TimestampFormat::#v))
        }
    }
}

/// `Cow::Borrowed("..")`
pub(crate) fn cow(s: &str) -> TokenStream {
    quote!(::boto_core::__private_v1::Cow::Borrowed(#s))
}

/// `Option<Str>` from an optional literal.
pub(crate) fn opt_str(s: Option<&str>) -> TokenStream {
    match s {
        Some(s) => {
            let c = cow(s);
            quote!(::core::option::Option::Some(#c))
        }
        None => quote!(::core::option::Option::None),
    }
}

/// `Option<&'static str>` from an optional literal.
pub(crate) fn opt_lit(s: Option<&str>) -> TokenStream {
    match s {
        Some(s) => quote!(::core::option::Option::Some(#s)),
        None => quote!(::core::option::Option::None),
    }
}

/// A `SchemaRef` expression (a constant) for a member of type `ty`; `name` names
/// generated list and map shapes.
pub(crate) fn target(ty: &Type, name: &str, t: TargetTraits) -> TokenStream {
    match container(ty) {
        Container::Option(inner) => target(inner, name, t),
        Container::List(item) => {
            let inner = target(item, &format!("{name}Member"), TargetTraits::default());
            let element = opt_lit(t.list_member.map(LitStr::value).as_deref());
            let ts = timestamp(t.timestamp);
            let (flattened, name) = (t.flattened, format!("{name}List"));
            lazy(
                quote!(::boto_core::__private_v1::part("member", #inner, #element, #ts)),
                quote!(::boto_core::__private_v1::list(#name, PART, #flattened)),
            )
        }
        Container::Map(value) => {
            let inner = target(value, &format!("{name}Value"), TargetTraits::default());
            let (flattened, name) = (t.flattened, format!("{name}Map"));
            let none = quote!(::core::option::Option::None);
            lazy(
                quote!(::boto_core::__private_v1::part("value", #inner, #none, #none)),
                quote!(::boto_core::__private_v1::map(#name, PART, #flattened)),
            )
        }
        Container::Plain => quote! {
            ::boto_core::__private_v1::SchemaRef::Static(<#ty as ::boto_core::__private_v1::Shape>::schema)
        },
    }
}

/// A `SchemaRef::Static` to the `static` schema `schema` (a constant expression of
/// `PART`, the list's or map's `part`).
fn lazy(part: TokenStream, schema: TokenStream) -> TokenStream {
    quote! {
        ::boto_core::__private_v1::SchemaRef::Static({
            fn __schema() -> &'static ::boto_core::__private_v1::Schema {
                const PART: &::boto_core::__private_v1::Member = &#part;
                static SCHEMA: ::boto_core::__private_v1::Schema = #schema;
                &SCHEMA
            }
            __schema
        })
    }
}

/// The body of a `fn schema() -> &'static Schema`: a `static` schema, `schema` (an
/// expression of the constants `consts` define).
pub(crate) fn schema_body(consts: TokenStream, schema: TokenStream) -> TokenStream {
    quote! {
        #consts
        static SCHEMA: ::boto_core::__private_v1::Schema = #schema;
        &SCHEMA
    }
}
