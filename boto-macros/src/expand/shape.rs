//! `#[derive(Shape)]`: the `Shape` impl, `new()` and the setters.

use super::enums;
use super::schema::{cow, opt_str, schema_body, target, timestamp, TargetTraits};
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
            let prefix = opt_str(prefix.as_ref().map(LitStr::value).as_deref());
            quote! {
                ::core::option::Option::Some(::boto_core::__private_v1::XmlNamespace {
                    uri: ::std::borrow::Cow::Borrowed(#uri),
                    prefix: #prefix,
                })
            }
        }
        None => quote!(::core::option::Option::None),
    }
}

fn member(shape: &Shape, f: &Field) -> TokenStream {
    let m = &f.member;
    let name = cow(&f.name);
    let (_, optional) = strip_option(f.ty);
    let required = !optional;
    let (location, location_name) = match m.locations.first() {
        // A payload's wire name is its root element (botocore: the member's locationName).
        None if m.payload.is_some() => (quote!(Body), Some(f.name.clone())),
        None => (quote!(Body), None),
        Some((_, loc, value)) => {
            let value = value.as_ref().map(LitStr::value);
            match loc {
                Loc::Label => (quote!(Uri), Some(f.name.clone())),
                Loc::Header => (quote!(Header), value),
                Loc::PrefixHeaders => (quote!(Headers), value),
                Loc::Query => (quote!(Querystring), value),
                Loc::StatusCode => (quote!(StatusCode), None),
            }
        }
    };
    let location_name = opt_str(location_name.as_deref());
    let query_name = opt_str(m.query_name.as_ref().map(LitStr::value).as_deref());
    let target = target(
        f.ty,
        &format!("{}{}", shape.name, f.name),
        TargetTraits {
            list_member: m.list_member.as_ref(),
            flattened: m.flattened,
            timestamp: m.timestamp,
        },
    );
    let ts = timestamp(m.timestamp);
    let ns = xml_namespace(m.xml_namespace.as_ref());
    let (flattened, xml_attribute, host_label, token) = (
        m.flattened,
        m.xml_attribute,
        m.host_label,
        m.idempotency_token,
    );
    quote! {
        ::boto_core::__private_v1::Member {
            name: #name,
            target: #target,
            traits: ::boto_core::__private_v1::MemberTraits {
                location: ::boto_core::__private_v1::Location::#location,
                location_name: #location_name,
                query_name: #query_name,
                flattened: #flattened,
                xml_attribute: #xml_attribute,
                xml_namespace: #ns,
                timestamp_format: #ts,
                host_label: #host_label,
                idempotency_token: #token,
                required: #required,
                ..::core::default::Default::default()
            },
        }
    }
}

fn structure(shape: &Shape, fields: &[Field]) -> TokenStream {
    let ident = &shape.input.ident;
    let members = fields.iter().map(|f| member(shape, f));
    let required = fields
        .iter()
        .filter(|f| !strip_option(f.ty).1)
        .map(|f| cow(&f.name));
    let payload = opt_str(
        fields
            .iter()
            .find(|f| f.member.payload.is_some())
            .map(|f| f.name.as_str()),
    );
    let ns = xml_namespace(shape.xml_namespace.as_ref());
    let event_stream = shape.event_stream.is_some();
    let body = schema_body(
        &shape.name,
        quote! {
            ::boto_core::__private_v1::Kind::Structure {
                members: ::std::vec![#(#members),*],
                union: false,
            }
        },
        quote! {
            required: ::std::vec![#(#required),*],
            payload: #payload,
            xml_namespace: #ns,
            event_stream: #event_stream,
        },
    );
    let shape_name = &shape.name;
    let count = fields.len();
    let push = fields.iter().map(|f| {
        let (fi, name) = (f.ident, &f.name);
        quote!(::boto_core::__private_v1::push_member(&mut members, #name, self.#fi);)
    });
    let arms = fields.iter().map(|f| {
        let (fi, name) = (f.ident, &f.name);
        quote! {
            #name => if let ::core::option::Option::Some(value) =
                ::boto_core::__private_v1::member_from_value(value, #shape_name, #name)?
            {
                out.#fi = value;
            },
        }
    });
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
    let value = if fields.is_empty() {
        quote!(_value)
    } else {
        quote!(value)
    };
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
                #[allow(unused_mut)]
                let mut members = ::std::vec::Vec::with_capacity(#count);
                #(#push)*
                ::boto_core::__private_v1::Value::Structure(members)
            }
            #[inline]
            fn from_value(#value: ::boto_core::__private_v1::Value)
                -> ::boto_core::__private_v1::Result<Self>
            {
                #[allow(unused_mut)]
                let mut out = <Self as ::core::default::Default>::default();
                #[allow(clippy::never_loop, unused_variables)]
                for (name, value) in ::boto_core::__private_v1::structure_members(#value, #shape_name)? {
                    match &*name {
                        #(#arms)*
                        _ => {}
                    }
                }
                ::core::result::Result::Ok(out)
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
