//! `#[derive(Shape)]`: the `Shape` impl, `new()` and the setters.

use super::enums;
use super::schema::{cow, opt_lit, schema_body, target, timestamp, TargetTraits};
use super::types::{field_key, list_item, strip_option};
use crate::attr::shape::{Body, Field, Loc, Shape, XmlNs};
use crate::check::shape::{form, EnumForm};
use proc_macro2::TokenStream;
use quote::quote;
use syn::LitStr;

/// The generated items of a checked shape.
pub(crate) fn expand(shape: &Shape) -> TokenStream {
    match &shape.body {
        Body::Struct(fields) => structure(shape, fields),
        Body::Enum(variants) => match form(variants) {
            Some(EnumForm::Strings) => enums::string_enum(shape, variants),
            Some(EnumForm::Union) => enums::union(shape, variants),
            None => TokenStream::new(),
        },
        Body::Unsupported => TokenStream::new(),
    }
}

fn xml_namespace(ns: Option<&XmlNs>) -> TokenStream {
    match ns {
        Some(XmlNs { uri, prefix }) => {
            let prefix = opt_lit(prefix.as_ref().map(LitStr::value).as_deref());
            quote! {
                ::core::option::Option::Some(::boto_core::__private_v1::xml_namespace(#uri, #prefix))
            }
        }
        None => quote!(::core::option::Option::None),
    }
}

fn member(shape: &Shape, f: &Field) -> TokenStream {
    let m = &f.member;
    let name = &f.name;
    let (_, optional) = strip_option(f.ty);
    let required = !optional;
    let (location, location_name) = match m.locations.first() {
        // A payload's wire name is its root element (botocore: the member's locationName).
        None if m.payload.is_some() => (Location::Body, Some(f.name.clone())),
        None => (Location::Body, None),
        Some((_, loc, value)) => {
            let value = value.as_ref().map(LitStr::value);
            match loc {
                Loc::Label => (Location::Uri, Some(f.name.clone())),
                Loc::Header => (Location::Header, value),
                Loc::PrefixHeaders => (Location::Headers, value),
                Loc::Query => (Location::Querystring, value),
                Loc::StatusCode => (Location::StatusCode, None),
            }
        }
    };
    let target = target(
        f.ty,
        &format!("{}{}", shape.name, f.name),
        TargetTraits {
            list_member: m.list_member.as_ref(),
            flattened: m.flattened,
            timestamp: m.timestamp,
        },
    );
    let plain = matches!(location, Location::Body)
        && location_name.is_none()
        && m.query_name.is_none()
        && !m.flattened
        && !m.xml_attribute
        && m.xml_namespace.is_none()
        && m.timestamp.is_none()
        && !m.host_label
        && !m.idempotency_token;
    let traits = if plain {
        quote!(::boto_core::__private_v1::plain(#required))
    } else {
        let location_name = opt_lit(location_name.as_deref());
        let query_name = opt_lit(m.query_name.as_ref().map(LitStr::value).as_deref());
        let ts = timestamp(m.timestamp);
        let ns = xml_namespace(m.xml_namespace.as_ref());
        let (flattened, xml_attribute, host_label, token) = (
            m.flattened,
            m.xml_attribute,
            m.host_label,
            m.idempotency_token,
        );
        let location = match location {
            Location::Body => quote!(Body),
            Location::Uri => quote!(Uri),
            Location::Header => quote!(Header),
            Location::Headers => quote!(Headers),
            Location::Querystring => quote!(Querystring),
            Location::StatusCode => quote!(StatusCode),
        };
        quote! {
            ::boto_core::__private_v1::traits(
                ::boto_core::__private_v1::Location::#location,
                #location_name, #query_name, #flattened, #xml_attribute, #ns, #ts,
                #host_label, #token, #required,
            )
        }
    };
    quote!(::boto_core::__private_v1::member(#name, #target, #traits))
}

/// Where a member travels (the variants of `Location`).
enum Location {
    Body,
    Uri,
    Header,
    Headers,
    Querystring,
    StatusCode,
}

fn structure(shape: &Shape, fields: &[Field]) -> TokenStream {
    let ident = &shape.input.ident;
    let members = fields.iter().map(|f| member(shape, f));
    let required = fields
        .iter()
        .filter(|f| !strip_option(f.ty).1)
        .map(|f| cow(&f.name));
    let payload = opt_lit(
        fields
            .iter()
            .find(|f| f.member.payload.is_some())
            .map(|f| f.name.as_str()),
    );
    let ns = xml_namespace(shape.xml_namespace.as_ref());
    let event_stream = shape.event_stream.is_some();
    let shape_name = &shape.name;
    let body = schema_body(
        quote! {
            const MEMBERS: &[::boto_core::__private_v1::Member] = &[#(#members),*];
            const REQUIRED: &[::boto_core::__private_v1::Cow<'static, str>] = &[#(#required),*];
        },
        quote! {
            ::boto_core::__private_v1::structure(
                #shape_name, MEMBERS, REQUIRED, #payload, #ns, #event_stream)
        },
    );
    let decode_arms = fields.iter().enumerate().map(|(i, f)| {
        let fi = f.ident;
        quote!(#i => ::boto_core::__private_v1::Shape::decode_into(&mut self.#fi, d),)
    });
    let encode = encode_fn(fields);
    let setters = fields.iter().map(setter);
    let list_fields = fields.iter().filter_map(|f| {
        let item = list_item(f.ty)?;
        let key = field_key(&syn::ext::IdentExt::unraw(f.ident).to_string());
        let fi = f.ident;
        Some(quote! {
            #[automatically_derived]
            #[doc(hidden)]
            impl ::boto_core::__private_v1::ListField<#key> for #ident {
                type Item = #item;
                #[inline]
                fn take(self) -> ::std::vec::Vec<#item> {
                    ::boto_core::__private_v1::IntoItems::into_items(self.#fi)
                }
            }
        })
    });
    let new_doc = format!("An empty `{ident}`: every member at its default.");
    quote! {
        // `#[inline]` on every method, as on a client's: a shape is compiled in the crate that
        // uses it, so a module of thousands of shapes (EC2's) costs its own crate no code
        // generation for the shapes nothing calls.
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
            #[inline]
            fn from_value(value: ::boto_core::__private_v1::Value)
                -> ::boto_core::__private_v1::Result<Self>
            {
                ::boto_core::__private_v1::from_value(value)
            }
            #[inline]
            fn decode(d: &mut dyn ::boto_core::__private_v1::Decoder<'_>)
                -> ::boto_core::__private_v1::Result<::core::option::Option<Self>>
            {
                ::boto_core::__private_v1::decode_structure::<Self>(d)
            }
            #encode
        }

        #[automatically_derived]
        impl ::boto_core::__private_v1::DecodeStruct for #ident {
            #[allow(unused_variables)]
            #[inline]
            fn decode_member<'s>(
                &mut self,
                index: usize,
                d: &mut dyn ::boto_core::__private_v1::Decoder<'s>,
            ) -> ::boto_core::__private_v1::Result<()> {
                match index {
                    #(#decode_arms)*
                    _ => ::core::result::Result::Ok(()),
                }
            }
        }

        #[automatically_derived]
        impl #ident {
            #[doc = #new_doc]
            #[inline]
            pub fn new() -> Self {
                <Self as ::core::default::Default>::default()
            }
            #(#setters)*
        }

        #(#list_fields)*
    }
}

/// `Shape::encode`: the structure's present members by index, straight to the writer.
fn encode_fn(fields: &[Field]) -> TokenStream {
    let members = fields.iter().enumerate().map(|(i, f)| {
        let fi = f.ident;
        quote!(::boto_core::__private_v1::encode_member(e, #i, self.#fi)?;)
    });
    quote! {
        // `#[inline]` as the other methods: without it every shape's encoder (outputs' too)
        // is compiled in the crate declaring the shapes.
        #[inline]
        fn encode(self, e: &mut dyn ::boto_core::__private_v1::Encoder)
            -> ::boto_core::__private_v1::Result<()>
        {
            ::boto_core::__private_v1::Encoder::begin_structure(e)?;
            #(#members)*
            ::boto_core::__private_v1::Encoder::end_structure(e)
        }
    }
}

fn setter(f: &Field) -> TokenStream {
    let fi = f.ident;
    let (inner, optional) = strip_option(f.ty);
    let docs = if f.docs.is_empty() {
        let doc = format!("Sets `{}`.", f.name);
        quote!(#[doc = #doc])
    } else {
        let d = &f.docs;
        quote!(#(#d)*)
    };
    let assign = if optional {
        quote!(::core::option::Option::Some(::core::convert::Into::into(
            value
        )))
    } else {
        quote!(::core::convert::Into::into(value))
    };
    quote! {
        #docs
        pub fn #fi(mut self, value: impl ::core::convert::Into<#inner>) -> Self {
            self.#fi = #assign;
            self
        }
    }
}
