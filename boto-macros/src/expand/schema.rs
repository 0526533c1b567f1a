//! Schema expressions: the `'static` description a shape gives of itself.
//!
//! Containers (`Vec<T>`, `HashMap<String, T>`, `Option<T>`) are described syntactically
//! here, at the member that uses them, so member-level keys (`member = "item"`,
//! `flattened`, `timestamp`) reach the list or map shape; every other type is referenced
//! lazily as `SchemaRef::Static(<T as Shape>::schema)`, which lets shapes recurse.

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
    quote!(::std::borrow::Cow::Borrowed(#s))
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

/// A `SchemaRef` expression for a member of type `ty`; `name` names generated list and
/// map shapes.
pub(crate) fn target(ty: &Type, name: &str, t: TargetTraits) -> TokenStream {
    match container(ty) {
        Container::Option(inner) => target(inner, name, t),
        Container::List(item) => {
            let inner = target(item, &format!("{name}Member"), TargetTraits::default());
            let element = opt_str(t.list_member.map(LitStr::value).as_deref());
            let ts = timestamp(t.timestamp);
            let flattened = t.flattened;
            let member = quote! {
                ::boto_core::__private_v1::Member {
                    name: ::std::borrow::Cow::Borrowed("member"),
                    target: #inner,
                    traits: ::boto_core::__private_v1::MemberTraits {
                        location_name: #element,
                        timestamp_format: #ts,
                        ..::core::default::Default::default()
                    },
                }
            };
            let kind = quote! {
                ::boto_core::__private_v1::Kind::List { member: ::std::boxed::Box::new(#member) }
            };
            lazy(&format!("{name}List"), kind, quote!(flattened: #flattened,))
        }
        Container::Map(value) => {
            let inner = target(value, &format!("{name}Value"), TargetTraits::default());
            let flattened = t.flattened;
            let kind = quote! {
                ::boto_core::__private_v1::Kind::Map {
                    key: ::std::boxed::Box::new(::boto_core::__private_v1::Member {
                        name: ::std::borrow::Cow::Borrowed("key"),
                        target: ::boto_core::__private_v1::SchemaRef::Static(
                            <::std::string::String as ::boto_core::__private_v1::Shape>::schema),
                        traits: ::core::default::Default::default(),
                    }),
                    value: ::std::boxed::Box::new(::boto_core::__private_v1::Member {
                        name: ::std::borrow::Cow::Borrowed("value"),
                        target: #inner,
                        traits: ::core::default::Default::default(),
                    }),
                }
            };
            lazy(&format!("{name}Map"), kind, quote!(flattened: #flattened,))
        }
        Container::Plain => quote! {
            ::boto_core::__private_v1::SchemaRef::Static(<#ty as ::boto_core::__private_v1::Shape>::schema)
        },
    }
}

/// A `SchemaRef::Static` to a schema built once, on first use.
fn lazy(name: &str, kind: TokenStream, traits: TokenStream) -> TokenStream {
    let body = schema_body(name, kind, traits);
    quote! {
        ::boto_core::__private_v1::SchemaRef::Static({
            #[inline]
            fn __schema() -> &'static ::boto_core::__private_v1::Schema {
                #body
            }
            __schema
        })
    }
}

/// The body of a `fn schema() -> &'static Schema`: a `OnceLock`ed schema, built by a plain
/// `fn` so that every shape shares one instantiation of the lock's initialisation.
pub(crate) fn schema_body(name: &str, kind: TokenStream, traits: TokenStream) -> TokenStream {
    let name = cow(name);
    quote! {
        static SCHEMA: ::std::sync::OnceLock<::boto_core::__private_v1::Schema> =
            ::std::sync::OnceLock::new();
        #[inline]
        fn __build() -> ::boto_core::__private_v1::Schema {
            ::boto_core::__private_v1::Schema {
                name: #name,
                kind: #kind,
                traits: ::boto_core::__private_v1::ShapeTraits {
                    #traits
                    ..::core::default::Default::default()
                },
            }
        }
        ::boto_core::__private_v1::schema_once(&SCHEMA, __build)
    }
}
