//! `#[derive(Shape)]` on enums: string enums and unions.
//!
//! A string enum's `#[shape(other)]` variant decides what an unknown value becomes: kept in
//! `Unknown(String)`, mapped to a unit `Unknown` (its text dropped), or, with no `other`
//! variant, dropped from the enclosing structure, list or map through
//! `Shape::from_member_value` (the member stays at its default, an `Option` is `None`).

use super::schema::{cow, schema_body, target, TargetTraits};
use crate::attr::shape::{Shape, Variant};
use proc_macro2::TokenStream;
use quote::quote;

/// What the enum does with a value (or union member) it does not know.
enum Other<'a> {
    /// `#[shape(other)] Unknown(String)`: kept.
    Keep(&'a syn::Ident),
    /// `#[shape(other)] Unknown`: mapped to the unit variant.
    Unit(&'a syn::Ident),
    /// No `other` variant.
    None,
}

fn other<'a>(variants: &'a [Variant]) -> Other<'a> {
    match variants.iter().find(|v| v.other.is_some()) {
        Some(v) if v.ty.is_some() => Other::Keep(v.ident),
        Some(v) => Other::Unit(v.ident),
        None => Other::None,
    }
}

pub(crate) fn string_enum(shape: &Shape, variants: &[Variant]) -> TokenStream {
    let ident = &shape.input.ident;
    let shape_name = &shape.name;
    let values: Vec<_> = variants.iter().filter(|v| v.other.is_none()).collect();
    let names: Vec<&String> = values.iter().map(|v| &v.name).collect();
    let idents: Vec<_> = values.iter().map(|v| v.ident).collect();
    let cows = names.iter().map(|n| cow(n));
    let body = schema_body(
        quote! {
            const VALUES: &[::boto_core::__private_v1::Cow<'static, str>] = &[#(#cows),*];
        },
        quote!(::boto_core::__private_v1::string_enum(#shape_name, VALUES)),
    );
    // `encode`, `decode`, the `as_str` arm of the `other` variant, and the conversions
    // from text.
    let text = quote!(::boto_core::__private_v1::Decoder::string(d)?);
    let (encode, read, as_str_other, from) = match other(variants) {
        Other::Keep(o) => (
            quote!(::boto_core::__private_v1::Encoder::string(e, self.as_str())),
            quote! {
                ::core::option::Option::Some(
                    <Self as ::core::convert::From<::std::string::String>>::from(#text))
            },
            quote!(#ident::#o(value) => ::core::convert::AsRef::<str>::as_ref(value),),
            from_text(
                ident,
                &names,
                &idents,
                quote!(#ident::#o(::core::convert::From::from(other))),
            ),
        ),
        Other::Unit(o) => (
            quote! {
                match self {
                    #ident::#o => ::boto_core::__private_v1::Encoder::null(e),
                    known => ::boto_core::__private_v1::Encoder::string(e, known.as_str()),
                }
            },
            quote! {
                ::core::option::Option::Some(
                    <Self as ::core::convert::From<::std::string::String>>::from(#text))
            },
            quote!(#ident::#o => "",),
            from_text(
                ident,
                &names,
                &idents,
                quote!({ let _ = other; #ident::#o }),
            ),
        ),
        Other::None => (
            quote!(::boto_core::__private_v1::Encoder::string(e, self.as_str())),
            quote! {
                match &*#text {
                    #(#names => ::core::option::Option::Some(#ident::#idents),)*
                    _ => ::core::option::Option::None,
                }
            },
            TokenStream::new(),
            quote! {
                #[automatically_derived]
                impl ::core::str::FromStr for #ident {
                    type Err = ::boto_core::__private_v1::Error;
                    #[inline]
                    fn from_str(value: &str) -> ::boto_core::__private_v1::Result<Self> {
                        match value {
                            #(#names => ::core::result::Result::Ok(#ident::#idents),)*
                            other => ::core::result::Result::Err(
                                ::boto_core::__private_v1::unknown_enum_value(
                                    #shape_name, other, #ident::values())),
                        }
                    }
                }
            },
        ),
    };
    let from_value = match other(variants) {
        Other::None => quote! {
            #[inline]
            fn from_value(value: ::boto_core::__private_v1::Value)
                -> ::boto_core::__private_v1::Result<Self>
            {
                ::boto_core::__private_v1::string_from_value(value, #shape_name)?.parse()
            }
            #[inline]
            fn from_member_value(value: ::boto_core::__private_v1::Value)
                -> ::boto_core::__private_v1::Result<::core::option::Option<Self>>
            {
                ::boto_core::__private_v1::decode_value(value)
            }
        },
        _ => quote! {
            #[inline]
            fn from_value(value: ::boto_core::__private_v1::Value)
                -> ::boto_core::__private_v1::Result<Self>
            {
                ::boto_core::__private_v1::string_from_value(value, #shape_name)
                    .map(<Self as ::core::convert::From<::std::string::String>>::from)
            }
        },
    };
    let doc_as_str = match other(variants) {
        Other::Keep(_) => "The value on the wire (an unknown value as received).",
        Other::Unit(_) => "The value on the wire (empty for the unknown variant).",
        Other::None => "The value on the wire.",
    };
    quote! {
        #[automatically_derived]
        impl ::boto_core::__private_v1::Shape for #ident {
            #[inline]
            fn schema() -> &'static ::boto_core::__private_v1::Schema {
                #body
            }
            #[inline]
            fn into_value(self) -> ::boto_core::__private_v1::Value {
                ::boto_core::__private_v1::into_value(self)
            }
            #from_value
            #[inline]
            fn decode(d: &mut dyn ::boto_core::__private_v1::Decoder<'_>)
                -> ::boto_core::__private_v1::Result<::core::option::Option<Self>>
            {
                ::core::result::Result::Ok(#read)
            }
            #[inline]
            fn encode(self, e: &mut dyn ::boto_core::__private_v1::Encoder)
                -> ::boto_core::__private_v1::Result<()>
            {
                #encode
            }
        }

        #[automatically_derived]
        impl #ident {
            #[doc = #doc_as_str]
            #[inline]
            pub fn as_str(&self) -> &str {
                match self {
                    #(#ident::#idents => #names,)*
                    #as_str_other
                }
            }
            /// The values the model knows.
            #[inline]
            pub fn values() -> &'static [&'static str] {
                &[#(#names),*]
            }
        }

        #from
    }
}

/// `From<&str>` and `From<String>` of a string enum with a catch-all; `unknown` builds the
/// catch-all from `other` (the text, a `&str` or a `String`).
fn from_text(
    ident: &syn::Ident,
    names: &[&String],
    idents: &[&syn::Ident],
    unknown: TokenStream,
) -> TokenStream {
    quote! {
        #[automatically_derived]
        impl ::core::convert::From<&str> for #ident {
            #[inline]
            fn from(other: &str) -> Self {
                match other {
                    #(#names => #ident::#idents,)*
                    _ => #unknown,
                }
            }
        }

        #[automatically_derived]
        impl ::core::convert::From<::std::string::String> for #ident {
            #[inline]
            fn from(other: ::std::string::String) -> Self {
                match other.as_str() {
                    #(#names => #ident::#idents,)*
                    _ => #unknown,
                }
            }
        }
    }
}

pub(crate) fn union(shape: &Shape, variants: &[Variant]) -> TokenStream {
    let ident = &shape.input.ident;
    let shape_name = &shape.name;
    let values: Vec<_> = variants.iter().filter(|v| v.other.is_none()).collect();
    let members = values.iter().map(|v| {
        let name = &v.name;
        let ty = v.ty.expect("union variants have one field");
        let target = target(
            ty,
            &format!("{}{}", shape.name, v.name),
            TargetTraits::default(),
        );
        quote! {
            ::boto_core::__private_v1::member(#name, #target,
                ::boto_core::__private_v1::plain(false))
        }
    });
    let body = schema_body(
        quote!(const MEMBERS: &[::boto_core::__private_v1::Member] = &[#(#members),*];),
        quote!(::boto_core::__private_v1::union(#shape_name, MEMBERS)),
    );
    // `encode`: the one member set, by its index in the schema.
    let encode = values.iter().enumerate().map(|(i, v)| {
        let vi = v.ident;
        quote!(#ident::#vi(value) => ::boto_core::__private_v1::encode_member(e, #i, value)?,)
    });
    let other_encode = match other(variants) {
        Other::Keep(o) => quote!(#ident::#o(_) => {}),
        Other::Unit(o) => quote!(#ident::#o => {}),
        Other::None => TokenStream::new(),
    };
    let into = values.iter().map(|v| {
        let (vi, name) = (v.ident, &v.name);
        quote! {
            #ident::#vi(value) => ::std::vec![(
                ::std::borrow::Cow::Borrowed(#name),
                ::boto_core::__private_v1::Shape::into_value(value),
            )],
        }
    });
    // An unknown member name, or a member whose value its type drops.
    let (other_into, unknown) = match other(variants) {
        Other::Keep(o) => (
            quote!(#ident::#o(_) => ::std::vec::Vec::new(),),
            quote!(::core::result::Result::Ok(#ident::#o(::core::convert::From::from(&*name)))),
        ),
        Other::Unit(o) => (
            quote!(#ident::#o => ::std::vec::Vec::new(),),
            quote!(::core::result::Result::Ok(#ident::#o)),
        ),
        Other::None => (
            TokenStream::new(),
            quote!(::core::result::Result::Err(
                ::boto_core::__private_v1::unknown_union_member(#shape_name, &name))),
        ),
    };
    let from = values.iter().map(|v| {
        let (vi, name) = (v.ident, &v.name);
        quote! {
            #name => match ::boto_core::__private_v1::member_from_value(value, #shape_name, #name)? {
                ::core::option::Option::Some(value) => ::core::result::Result::Ok(#ident::#vi(value)),
                ::core::option::Option::None => #unknown,
            },
        }
    });
    // `decode`: the variant of the member at `index`; a value the member's type drops (an
    // enum value it does not know) is an unknown member, as on the value path.
    let decode = values.iter().enumerate().map(|(i, v)| {
        let (vi, name) = (v.ident, &v.name);
        let ty = v.ty.expect("union variants have one field");
        quote! {
            #i => match <#ty as ::boto_core::__private_v1::Shape>::decode(d)? {
                ::core::option::Option::Some(value) => ::core::result::Result::Ok(#ident::#vi(value)),
                ::core::option::Option::None => {
                    #[allow(unused_variables)]
                    let name = #name;
                    #unknown
                }
            },
        }
    });
    quote! {
        #[automatically_derived]
        impl ::boto_core::__private_v1::DecodeUnion for #ident {
            #[inline]
            fn decode_variant(index: usize, d: &mut dyn ::boto_core::__private_v1::Decoder<'_>)
                -> ::boto_core::__private_v1::Result<Self>
            {
                match index {
                    #(#decode)*
                    _ => ::core::result::Result::Err(
                        ::boto_core::__private_v1::unknown_union_member(#shape_name, "")),
                }
            }
        }

        #[automatically_derived]
        impl ::boto_core::__private_v1::Shape for #ident {
            #[inline]
            fn schema() -> &'static ::boto_core::__private_v1::Schema {
                #body
            }
            #[inline]
            fn decode(d: &mut dyn ::boto_core::__private_v1::Decoder<'_>)
                -> ::boto_core::__private_v1::Result<::core::option::Option<Self>>
            {
                ::boto_core::__private_v1::decode_union::<Self>(d)
            }
            #[inline]
            fn into_value(self) -> ::boto_core::__private_v1::Value {
                ::boto_core::__private_v1::Value::Structure(match self {
                    #(#into)*
                    #other_into
                })
            }
            #[inline]
            fn from_value(value: ::boto_core::__private_v1::Value)
                -> ::boto_core::__private_v1::Result<Self>
            {
                let (name, value) = ::boto_core::__private_v1::union_member(value, #shape_name)?;
                match &*name {
                    #(#from)*
                    _ => #unknown,
                }
            }
            #[inline]
            fn encode(self, e: &mut dyn ::boto_core::__private_v1::Encoder)
                -> ::boto_core::__private_v1::Result<()>
            {
                ::boto_core::__private_v1::Encoder::begin_structure(e)?;
                match self {
                    #(#encode)*
                    #other_encode
                }
                ::boto_core::__private_v1::Encoder::end_structure(e)
            }
        }
    }
}
