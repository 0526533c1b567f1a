//! `#[resource]`: code generation. The struct keeps its identifiers and gains a client and
//! a shared data cell; every declaration becomes a method. Operation names and field names
//! are emitted with the user's spans, so the compiler's own "no such method/field" errors
//! point at the declaration.

use crate::attr::resource::{Action, Identifier, OpRef, Resource};
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::{Ident, Type};

mod batch;
mod methods;
mod tokens;

use tokens::respan;

/// The items of a checked resource (or, after errors, of what parsed: see
/// [`crate::fallback`]); the client must be known.
pub(crate) fn expand(r: &Resource) -> TokenStream {
    let client = r.client.as_ref().expect("checked: client is given");
    Gen::new(r, client, false).resource()
}

/// After errors: the items of what parsed, with `errors` (the macro's `compile_error!`s)
/// inside a hidden constant, `__ERRORS`. The compiler reports them there and takes the
/// constant for erroneous, so a type naming it (`ClientOp<{ __ERRORS }>`) is unknown and
/// nothing using it reports more. That stands in for what the errors left unknown:
///
/// - without `client`, the client: a hidden unit struct without operations, whose every
///   operation's index is `__ERRORS`, so the request and output types stay unknown and
///   nothing using them reports more (`.with(|r| ..)`, the loaded data). The constructors
///   and `__blank` take any client.
/// - the result of an action or collection whose `resource` is missing or misspelled: the
///   method exists and returns that unknown type ([`Gen::stand_in_ty`]).
///
/// So the code using the resource, and the other resources building it, still type-check:
/// one mistake, one error.
pub(crate) fn expand_after_errors(r: &Resource, errors: TokenStream) -> TokenStream {
    let (name, vis) = (r.ident(), &r.item.vis);
    let errors = quote! {
        #[doc(hidden)]
        impl #name {
            const __ERRORS: u64 = { #errors 0 };
        }
    };
    if let Some(client) = &r.client {
        let items = Gen::new(r, client, false).resource();
        return quote!(#errors #items);
    }
    let stand_in = format_ident!("__{}StandInClient", name.unraw());
    let client: Type = syn::parse_quote!(#stand_in);
    let items = Gen::new(r, &client, true).resource();
    quote! {
        #[doc(hidden)]
        #vis struct #stand_in;
        #errors
        #items
    }
}

/// Whether the expansion after errors needs `__ERRORS` (see [`expand_after_errors`]): the
/// client is missing, or an action or collection misses the resource it builds.
pub(crate) fn needs_stand_in(r: &Resource) -> bool {
    let malformed = |op: &OpRef| op.malformed;
    r.client.is_none()
        || r.actions.iter().any(Action::resource_unknown)
        || r.collections.iter().any(|c| c.target.is_none())
        || r.subresources
            .iter()
            .chain(&r.references)
            .any(|l| l.target.is_none())
        || r.load.iter().any(malformed)
        || r.malformed("shape")
        || r.actions
            .iter()
            .chain(&r.batch_actions)
            .chain(&r.collections)
            .any(|a| malformed(&a.op))
}

/// Every operation the resource names, in declaration order (repeats included).
fn operations(r: &Resource) -> impl Iterator<Item = &OpRef> {
    r.load
        .iter()
        .chain(r.actions.iter().map(|a| &a.op))
        .chain(r.batch_actions.iter().map(|a| &a.op))
        .chain(r.collections.iter().map(|a| &a.op))
}

fn rt() -> TokenStream {
    quote!(::boto_core::__private_v1)
}

struct Gen<'a> {
    r: &'a Resource,
    client: &'a Type,
    name: &'a Ident,
    rt: TokenStream,
    vis: &'a syn::Visibility,
    /// The client is a stand-in (see [`expand_after_errors`]): what takes a client takes
    /// any.
    stand_in: bool,
}

impl<'a> Gen<'a> {
    fn new(r: &'a Resource, client: &'a Type, stand_in: bool) -> Self {
        Gen {
            r,
            client,
            name: r.ident(),
            rt: rt(),
            vis: &r.item.vis,
            stand_in,
        }
    }

    /// `<..>` and the type of a parameter taking the client: `&Client`, or any client by
    /// reference for a stand-in.
    fn client_param(&self) -> (TokenStream, TokenStream) {
        let client = self.client;
        if self.stand_in {
            (quote!(<__C: ?::core::marker::Sized>), quote!(&__C))
        } else {
            (quote!(), quote!(&#client))
        }
    }

    /// A type the compiler takes for unknown, and so checks nothing about: one naming the
    /// erroneous `__ERRORS` (only after errors, see [`expand_after_errors`]).
    fn stand_in_ty(&self) -> TokenStream {
        let (client, name, rt) = (self.client, self.name, &self.rt);
        quote!(<#client as #rt::ClientOp<{ #name::__ERRORS }>>::Output)
    }

    /// `<Client as ClientOp<{ Self::__op_x }>>`, spanned at the operation's name.
    fn op(&self, op: &Ident) -> TokenStream {
        let client = self.client;
        let rt = &self.rt;
        let name = self.name;
        let index = op_const(op);
        quote_spanned!(op.span()=> <#client as #rt::ClientOp<{ #name::#index }>>)
    }

    /// One hidden constant per operation the resource names: its index among the client's
    /// operations, found at compile time. A name the client lacks fails there, once, with
    /// the client's operations listed closest first. Also what other resources' generated
    /// code needs to build this one: its identifier and attribute names, a blank resource
    /// and one `IdSlot` per identifier.
    fn op_indices(&self) -> TokenStream {
        let r = self.r;
        let mut seen: Vec<String> = Vec::new();
        let ops = operations(r).filter(|op| {
            let name = op.op.unraw().to_string();
            let new = !seen.contains(&name);
            seen.push(name);
            new
        });
        let (client, name, rt) = (self.client, self.name, &self.rt);
        let client_name = quote!(#client).to_string().replace(' ', "");
        let data_ty = self.data_ty();
        let (blank_generics, blank_client) = self.client_param();
        let id_names = r.identifiers.iter().map(|i| i.name.unraw().to_string());
        let attr_names = r.attributes.iter().map(|a| a.name.unraw().to_string());
        let blank = r.identifiers.iter().map(|i| {
            let n = &i.name;
            quote!(#n: ::core::default::Default::default(),)
        });
        let slots = r.identifiers.iter().zip(0u64..).map(|(i, index)| {
            let (n, ty) = (&i.name, &i.ty);
            quote! {
                #[automatically_derived]
                #[doc(hidden)]
                impl #rt::IdSlot<#index> for #name {
                    type Value = #ty;
                    #[inline]
                    fn set(&mut self, value: #ty) {
                        self.#n = value;
                    }
                }
            }
        });
        let consts = ops.map(|op| {
            let (malformed, op) = (op.malformed, &op.op);
            let index = op_const(op);
            let method = op.unraw().to_string();
            let value = if self.stand_in || malformed {
                quote!(#name::__ERRORS)
            } else {
                quote!(#rt::op_index(#client_name, <#client as #rt::Operations>::NAMES, #method))
            };
            respan(quote!(const #index: u64 = #value;), op.span())
        });
        quote! {
            #[doc(hidden)]
            #[allow(non_upper_case_globals)]
            impl #name {
                #(#consts)*
                /// The identifiers, in order: `IdSlot<i>` sets `__IDENTIFIERS[i]`.
                pub const __IDENTIFIERS: &'static [&'static str] = &[#(#id_names),*];
                /// The attributes (fields of the data), named in errors.
                pub const __ATTRIBUTES: &'static [&'static str] = &[#(#attr_names),*];
                /// A resource with default identifiers, for another resource's generated
                /// code to set them one by one (`IdSlot`).
                #[inline]
                pub fn __blank #blank_generics(client: #blank_client, data: #rt::DataCell<#data_ty>) -> Self {
                    #name {
                        #(#blank)*
                        __client: ::core::clone::Clone::clone(client),
                        __data: data,
                    }
                }
            }
            #(#slots)*
        }
    }

    /// `<Client as ClientOp<H>>::item`, every token spanned at the operation's name so that
    /// a missing operation is reported there.
    fn op_item(&self, op: &Ident, item: &str) -> TokenStream {
        let path = self.op(op);
        let item = Ident::new(item, op.span());
        respan(quote!(#path::#item), op.span())
    }

    fn ops(&self, op: &Ident) -> OpPaths {
        OpPaths {
            input: self.op_item(op, "Input"),
            output: self.op_item(op, "Output"),
            send: self.op_item(op, "send_op"),
            pages: self.op_item(op, "pages_op"),
            page_size: self.op_item(op, "set_page_size"),
        }
    }

    fn data_ty(&self) -> TokenStream {
        match (&self.r.shape, &self.r.load) {
            (Some(shape), _) => quote!(#shape),
            (None, _) if self.r.malformed("shape") => self.stand_in_ty(),
            (None, Some(load)) => {
                #[allow(unused_variables)]
                let OpPaths {
                    input: op_input,
                    output: op_output,
                    send: op_send,
                    pages: op_pages,
                    page_size: op_page_size,
                } = self.ops(&load.op);
                quote!(#op_output)
            }
            (None, None) => quote!(()),
        }
    }

    fn resource(&self) -> TokenStream {
        let Gen {
            r,
            client,
            name,
            rt,
            vis,
            ..
        } = self;
        let data_ty = self.data_ty();
        let mut item = r.item.clone();
        // Identifiers stay fields (visible in the crate: parents build children by struct
        // literal); attributes become methods.
        let ids: Vec<&Identifier> = r.identifiers.iter().collect();
        let attrs = &item.attrs;
        let id_fields = ids.iter().map(|i| {
            let Identifier { name, ty, docs, .. } = i;
            let field = item
                .fields
                .iter()
                .find(|f| f.ident.as_ref() == Some(name))
                .expect("identifier is a field");
            let fvis = match &field.vis {
                syn::Visibility::Inherited => quote!(pub(crate)),
                v => quote!(#v),
            };
            quote!(#(#docs)* #fvis #name: #ty,)
        });
        let generics = &item.generics;
        let strukt = quote! {
            #(#attrs)*
            #vis struct #name #generics {
                #(#id_fields)*
                #[doc(hidden)]
                pub(crate) __client: #client,
                #[doc(hidden)]
                pub(crate) __data: #rt::DataCell<#data_ty>,
            }
        };
        item.fields = syn::Fields::Unit;

        let ctor = self.constructor();
        let getters = ids.iter().map(|i| {
            let Identifier { name: id, ty, .. } = i;
            let doc = format!("The identifier `{id}`.");
            if is_string(ty) {
                quote!(#[doc = #doc] #[inline] pub fn #id(&self) -> &str { &self.#id })
            } else {
                quote!(#[doc = #doc] #[inline] pub fn #id(&self) -> &#ty { &self.#id })
            }
        });
        let data = self.data_methods();
        let attributes = r.attributes.iter().map(|a| {
            let an = &a.name;
            let ty = &a.ty;
            let docs = &a.docs;
            let doc = format!("The attribute `{an}` of the data (loaded on first access).");
            let field = a.member.as_ref().unwrap_or(an);
            let value = quote_spanned!(field.span()=> ::core::clone::Clone::clone(&__data.#field));
            quote! {
                #(#docs)*
                #[doc = #doc]
                #[inline]
                pub async fn #an(&self) -> ::boto_core::__private_v1::Result<#ty> {
                    let __data = self.__loaded().await?;
                    ::core::result::Result::Ok(#value)
                }
            }
        });
        let actions = r.actions.iter().map(|a| self.action(a));
        let subs = r.subresources.iter().map(|s| self.subresource(s));
        let refs = r.references.iter().map(|s| self.reference(s));
        let colls = r.collections.iter().map(|c| self.collection(c));
        let waiters = r.waiters.iter().map(|w| self.waiter(w));
        let op_indices = self.op_indices();
        let member_checks = self.member_checks();
        let traits = self.traits();
        let batch = self.batch();
        // `#[inline]` on every generated method (here, in `methods.rs` and `batch.rs`), as on a
        // client's: it is compiled in the crate that calls it, so a crate declaring many
        // resources pays nothing for the loads, actions and collections it never calls.
        quote! {
            #strukt

            #[automatically_derived]
            // Generated code carries the user's spans (for errors), so lints see it as theirs.
            #[allow(clippy::all)]
            impl #name {
                #ctor
                #(#getters)*
                /// The client this resource sends its requests with.
                #[inline]
                pub fn client(&self) -> &#client {
                    &self.__client
                }
                #data
                #(#attributes)*
                #(#actions)*
                #(#subs)*
                #(#refs)*
                #(#colls)*
                #(#waiters)*
            }

            #traits
            #batch
            #op_indices
            #member_checks
        }
    }

    fn constructor(&self) -> TokenStream {
        let Gen {
            r,
            client,
            name,
            rt,
            ..
        } = self;
        let (generics, client_param) = self.client_param();
        if r.service.is_some() {
            let doc = format!("The `{name}` service resource, with a new client on `session`.");
            let doc2 = format!("The `{name}` service resource over an existing client.");
            return quote! {
                #[doc = #doc]
                #[inline]
                pub fn new(session: &::boto_core::__private_v1::Session) -> Self {
                    Self::from_client(&<#client>::new(session))
                }
                #[doc = #doc2]
                #[inline]
                pub fn from_client #generics(client: #client_param) -> Self {
                    #name {
                        __client: ::core::clone::Clone::clone(client),
                        __data: #rt::DataCell::empty(),
                    }
                }
            };
        }
        let params = r.identifiers.iter().map(|i| {
            let (n, ty) = (&i.name, &i.ty);
            quote!(#n: impl ::core::convert::Into<#ty>)
        });
        let fields = r.identifiers.iter().map(|i| {
            let n = &i.name;
            quote!(#n: ::core::convert::Into::into(#n),)
        });
        let doc = format!("A `{name}` from its identifiers; sends nothing.");
        quote! {
            #[doc = #doc]
            #[inline]
            pub fn new #generics(client: #client_param, #(#params),*) -> Self {
                #name {
                    #(#fields)*
                    __client: ::core::clone::Clone::clone(client),
                    __data: #rt::DataCell::empty(),
                }
            }
        }
    }

    /// Statements filling every identifier's `param` in `__input`; `value(x)` reads
    /// identifier `x`.
    fn fill_params(&self, value: impl Fn(&Ident) -> TokenStream) -> TokenStream {
        let rt = &self.rt;
        let fills = self.r.identifiers.iter().filter_map(|i| {
            let param = i.param.as_ref()?;
            let v = value(&i.name);
            Some(quote_spanned!(param.span()=> #rt::IdParam::set_id(&mut __input.#param, &#v);))
        });
        quote!(#(#fills)*)
    }

    fn apply_with(&self, with: &Option<syn::ExprClosure>) -> TokenStream {
        let rt = &self.rt;
        match with {
            Some(with) => quote!(let __input = #rt::apply(__input, #with);),
            None => quote!(),
        }
    }

    /// `let mut __input = ..;` with identifiers and constants, read from `self`.
    fn input(&self, op: &OpRef) -> TokenStream {
        let op_input = self.op_item(&op.op, "Input");
        let default = respan(quote!(::core::default::Default::default()), op.op.span());
        let fill = self.fill_params(|x| quote!(self.#x));
        let with = self.apply_with(&op.with);
        quote! {
            #[allow(unused_mut)]
            let mut __input: #op_input = #default;
            #fill
            #with
        }
    }

    /// `let mut __input = ..;` with the constants only (`load_unfilled`).
    fn input_unfilled(&self, op: &OpRef) -> TokenStream {
        let op_input = self.op_item(&op.op, "Input");
        let default = respan(quote!(::core::default::Default::default()), op.op.span());
        let with = self.apply_with(&op.with);
        quote! {
            #[allow(unused_mut)]
            let mut __input: #op_input = #default;
            #with
        }
    }

    fn data_methods(&self) -> TokenStream {
        let Gen { r, name, rt, .. } = self;
        if !r.has_data() {
            return quote!();
        }
        let data_ty = self.data_ty();
        let name_str = name.to_string();
        let loaded = match &r.load {
            Some(_) => quote!(self.load().await),
            None => quote!(::core::result::Result::Err(#rt::not_loadable(#name_str))),
        };
        let load = r.load.as_ref().map(|load| {
            let input = match r.load_unfilled {
                true => self.input_unfilled(load),
                false => self.input(load),
            };
            #[allow(unused_variables)]
        let OpPaths { input: op_input, output: op_output, send: op_send, pages: op_pages, page_size: op_page_size } = self.ops(&load.op);
            let pick = match &load.path {
                Some(path) => quote! {
                    let __data: #data_ty = match #rt::apply_path(__out, #path) {
                        ::core::option::Option::Some(d) => d,
                        ::core::option::Option::None => {
                            return ::core::result::Result::Err(#rt::not_found(#name_str))
                        }
                    };
                },
                None => quote!(let __data: #data_ty = __out;),
            };
            let doc = format!("Loads the data of this `{name}` (sends `{}`), shares it with the resource's clones, and returns it.", load.op);
            quote! {
                #[doc = #doc]
                #[inline]
                pub async fn load(&self) -> ::boto_core::__private_v1::Result<#rt::Arc<#data_ty>> {
                    #input
                    let __out = #op_send(&self.__client, __input).await?;
                    #pick
                    ::core::result::Result::Ok(self.__data.set(__data))
                }
                /// Loads the data again (the same as `load`).
                #[inline]
                pub async fn reload(&self) -> ::boto_core::__private_v1::Result<#rt::Arc<#data_ty>> {
                    self.load().await
                }
            }
        });
        quote! {
            #load
            /// The loaded data, if any (nothing is sent).
            #[inline]
            pub fn data(&self) -> ::core::option::Option<#rt::Arc<#data_ty>> {
                self.__data.get()
            }
            #[doc(hidden)]
            #[allow(dead_code)]
            #[inline]
            async fn __loaded(&self) -> ::boto_core::__private_v1::Result<#rt::Arc<#data_ty>> {
                if let ::core::option::Option::Some(d) = self.__data.get() {
                    return ::core::result::Result::Ok(d);
                }
                #loaded
            }
        }
    }

    /// `member = m` names a field of the data shape: make rustc check it at `m`.
    fn member_checks(&self) -> TokenStream {
        if !self.r.has_data() {
            return quote!();
        }
        let data_ty = self.data_ty();
        let checks = self.r.identifiers.iter().filter_map(|i| {
            let m = i.member.as_ref()?;
            Some(quote_spanned!(m.span()=> let _ = &__data.#m;))
        });
        quote! {
            const _: fn(&#data_ty) = |__data| { #(#checks)* };
        }
    }

    fn traits(&self) -> TokenStream {
        let Gen { r, name, rt, .. } = self;
        let ids: Vec<&Ident> = r.identifiers.iter().map(|i| &i.name).collect();
        let name_str = name.to_string();
        let id_strs = ids.iter().map(|i| i.to_string());
        let data_ty = self.data_ty();
        let params = r.identifiers.iter().filter_map(|i| {
            // Without `param`, the data member's name (`member`) names it to batch requests.
            let p = i.param.as_ref().or(i.member.as_ref())?.to_string();
            let n = &i.name;
            Some(quote!((#p, #rt::IdValue::id_value(&self.#n))))
        });
        let (collection, wrap) = if r.batch_actions.is_empty() {
            (quote!(#rt::Collection<__I, Self>), quote!(collection))
        } else {
            let wrapper = format_ident!("__{}Collection", name);
            (quote!(#wrapper<__I>), quote!(#wrapper(collection)))
        };
        quote! {
            #[automatically_derived]
            impl ::core::clone::Clone for #name {
                #[inline]
                fn clone(&self) -> Self {
                    #name {
                        #(#ids: ::core::clone::Clone::clone(&self.#ids),)*
                        __client: ::core::clone::Clone::clone(&self.__client),
                        __data: ::core::clone::Clone::clone(&self.__data),
                    }
                }
            }
            #[automatically_derived]
            impl ::core::cmp::PartialEq for #name {
                #[inline]
                fn eq(&self, _other: &Self) -> bool {
                    true #(&& self.#ids == _other.#ids)*
                }
            }
            #[automatically_derived]
            impl ::core::cmp::Eq for #name {}
            #[automatically_derived]
            impl ::core::hash::Hash for #name {
                #[inline]
                fn hash<__H: ::core::hash::Hasher>(&self, _state: &mut __H) {
                    #(::core::hash::Hash::hash(&self.#ids, _state);)*
                }
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for #name {
                #[inline]
                fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                    f.debug_struct(#name_str)
                        #(.field(#id_strs, &self.#ids))*
                        .finish()
                }
            }
            #[automatically_derived]
            impl #rt::Resource for #name {
                type Data = #data_ty;
                type Collection<__I: ::core::marker::Send + 'static> = #collection;
                #[inline]
                fn wrap_collection<__I: ::core::marker::Send + 'static>(
                    collection: #rt::Collection<__I, Self>,
                ) -> Self::Collection<__I> {
                    #wrap
                }
                #[inline]
                fn identifier_params(&self) -> ::std::vec::Vec<(&'static str, ::boto_core::__private_v1::Value)> {
                    ::std::vec![#(#params),*]
                }
            }
        }
    }
}

/// The paths generated code uses to reach one operation.
struct OpPaths {
    input: TokenStream,
    output: TokenStream,
    send: TokenStream,
    pages: TokenStream,
    page_size: TokenStream,
}

/// The hidden constant holding operation `op`'s index.
fn op_const(op: &Ident) -> Ident {
    format_ident!("__op_{}", op.unraw(), span = op.span())
}

fn is_string(ty: &Type) -> bool {
    matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.segments.last().is_some_and(|s| s.ident == "String" && s.arguments.is_empty()))
}
