//! `#[resource]`: code generation. The struct keeps its identifiers and gains a client and
//! a shared data cell; every declaration becomes a method. Operation names and field names
//! are emitted with the user's spans, so the compiler's own "no such method/field" errors
//! point at the declaration.

use crate::attr::resource::{Action, Identifier, Link, OpRef, Resource, Source, Target, Waiter};
use crate::ctxt::Ctxt;
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::{Ident, ItemStruct, Type};

/// The operation key `ClientOp` uses: FNV-1a of the method name, as
/// `boto_core::__private::resource::op_id` computes it.
pub(crate) fn op_id(name: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// Expands `#[resource(attr)] item`.
pub(crate) fn expand(attr: TokenStream, item: TokenStream) -> TokenStream {
    let item: ItemStruct = match syn::parse2(item) {
        Ok(item) => item,
        Err(e) => return e.into_compile_error(),
    };
    let cx = Ctxt::new();
    let r = Resource::from_syn(&cx, attr, item);
    crate::check::resource::check(&cx, &r);
    match cx.check() {
        Ok(()) => Gen::new(&r).resource(),
        Err(e) => {
            let item = &r.item;
            let e = e.into_compile_error();
            quote!(#item #e)
        }
    }
}

fn rt() -> TokenStream {
    quote!(::boto_core::__private::resource)
}

struct Gen<'a> {
    r: &'a Resource,
    client: &'a Type,
    name: &'a Ident,
    rt: TokenStream,
    vis: &'a syn::Visibility,
}

impl<'a> Gen<'a> {
    fn new(r: &'a Resource) -> Self {
        Gen {
            r,
            client: r.client.as_ref().expect("checked: client is given"),
            name: r.ident(),
            rt: rt(),
            vis: &r.item.vis,
        }
    }

    /// `<Client as ClientOp<H>>`, spanned at the operation's name.
    fn op(&self, op: &Ident) -> TokenStream {
        let client = self.client;
        let rt = &self.rt;
        let id = op_id(&op.to_string());
        quote_spanned!(op.span()=> <#client as #rt::ClientOp<#id>>)
    }

    /// Makes rustc say "no function `x` found for `Client`" at the operation's name.
    fn op_exists(&self, op: &Ident) -> TokenStream {
        let client = self.client;
        quote_spanned!(op.span()=> const _: fn() = || { let _ = <#client>::#op; };)
    }

    fn data_ty(&self) -> TokenStream {
        match (&self.r.shape, &self.r.load) {
            (Some(shape), _) => quote!(#shape),
            (None, Some(load)) => {
                let op = self.op(&load.op);
                quote!(#op::Output)
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
                quote!(#[doc = #doc] pub fn #id(&self) -> &str { &self.#id })
            } else {
                quote!(#[doc = #doc] pub fn #id(&self) -> &#ty { &self.#id })
            }
        });
        let data = self.data_methods();
        let attributes = r.attributes.iter().map(|a| {
            let an = &a.name;
            let ty = &a.ty;
            let docs = &a.docs;
            let doc = format!("The attribute `{an}` of the data (loaded on first access).");
            let value = quote_spanned!(an.span()=> ::core::clone::Clone::clone(&__data.#an));
            quote! {
                #(#docs)*
                #[doc = #doc]
                pub async fn #an(&self) -> ::boto_core::Result<#ty> {
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
        let checks = r
            .load
            .iter()
            .map(|l| &l.op)
            .chain(r.actions.iter().map(|a| &a.op.op))
            .chain(r.batch_actions.iter().map(|a| &a.op.op))
            .chain(r.collections.iter().map(|a| &a.op.op))
            .map(|op| self.op_exists(op));
        let member_checks = self.member_checks();
        let traits = self.traits();
        let batch = self.batch();
        quote! {
            #strukt

            #[automatically_derived]
            impl #name {
                #ctor
                #(#getters)*
                /// The client this resource sends its requests with.
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
            #(#checks)*
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
        if r.service.is_some() {
            let doc = format!("The `{name}` service resource, with a new client on `session`.");
            let doc2 = format!("The `{name}` service resource over an existing client.");
            return quote! {
                #[doc = #doc]
                pub fn new(session: &::boto_core::Session) -> Self {
                    Self::from_client(&<#client>::new(session))
                }
                #[doc = #doc2]
                pub fn from_client(client: &#client) -> Self {
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
            pub fn new(client: &#client, #(#params),*) -> Self {
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
        let ty = self.op(&op.op);
        let fill = self.fill_params(|x| quote!(self.#x));
        let with = self.apply_with(&op.with);
        quote! {
            #[allow(unused_mut)]
            let mut __input: #ty::Input = ::core::default::Default::default();
            #fill
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
            let input = self.input(load);
            let op = self.op(&load.op);
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
                pub async fn load(&self) -> ::boto_core::Result<#rt::Arc<#data_ty>> {
                    #input
                    let __out = #op::send_op(&self.__client, __input).await?;
                    #pick
                    ::core::result::Result::Ok(self.__data.set(__data))
                }
                /// Loads the data again (the same as `load`).
                pub async fn reload(&self) -> ::boto_core::Result<#rt::Arc<#data_ty>> {
                    self.load().await
                }
            }
        });
        quote! {
            #load
            /// The loaded data, if any (nothing is sent).
            pub fn data(&self) -> ::core::option::Option<#rt::Arc<#data_ty>> {
                self.__data.get()
            }
            #[doc(hidden)]
            async fn __loaded(&self) -> ::boto_core::Result<#rt::Arc<#data_ty>> {
                if let ::core::option::Option::Some(d) = self.__data.get() {
                    return ::core::result::Result::Ok(d);
                }
                #loaded
            }
        }
    }

    /// Clones of this resource's identifiers and of the arguments, for `'static` futures.
    fn captures(&self, target: Option<&Target>) -> (Vec<TokenStream>, TokenStream) {
        let ids = self.r.identifiers.iter().map(|i| {
            let n = &i.name;
            let v = format_ident!("__self_{}", n);
            quote!(let #v = ::core::clone::Clone::clone(&self.#n);)
        });
        let mut params = Vec::new();
        let mut args = Vec::new();
        for m in target.map(|t| &t.ids[..]).unwrap_or(&[]) {
            if let Source::Arg = m.source {
                let id = &m.id;
                let v = format_ident!("__arg_{}", id);
                params.push(quote!(#id: impl ::core::convert::Into<::std::string::String>));
                args.push(
                    quote!(let #v: ::std::string::String = ::core::convert::Into::into(#id);),
                );
            }
        }
        (params, quote!(#(#ids)* #(#args)*))
    }

    /// Re-clones the captures inside a closure that runs more than once.
    fn recapture(&self, target: Option<&Target>) -> TokenStream {
        let ids = self.r.identifiers.iter().map(|i| {
            let v = format_ident!("__self_{}", i.name);
            quote!(#[allow(unused_variables)] let #v = ::core::clone::Clone::clone(&#v);)
        });
        let args = target
            .map(|t| &t.ids[..])
            .unwrap_or(&[])
            .iter()
            .filter(|m| matches!(m.source, Source::Arg))
            .map(|m| {
                let v = format_ident!("__arg_{}", m.id);
                quote!(let #v = ::core::clone::Clone::clone(&#v);)
            });
        quote!(#(#ids)* #(#args)*)
    }

    /// An expression building the child `target`. `from` is the variable fields are read
    /// from (`__src` or `__item`); `prefill` the candidate for the child's data; `client`
    /// an expression of the client by reference.
    fn build(
        &self,
        target: &Target,
        from: &TokenStream,
        prefill: Option<&TokenStream>,
        self_id: &dyn Fn(&Ident) -> TokenStream,
        client: &TokenStream,
    ) -> TokenStream {
        let rt = &self.rt;
        let ty = &target.ty;
        let fields = target.ids.iter().map(|m| {
            let id = &m.id;
            let what = id.to_string();
            let value = match &m.source {
                Source::Arg => {
                    let v = format_ident!("__arg_{}", id);
                    quote!(::core::convert::Into::into(::core::clone::Clone::clone(&#v)))
                }
                Source::SelfId(x) => {
                    let v = self_id(x);
                    quote!(::core::convert::Into::into(::core::clone::Clone::clone(&#v)))
                }
                Source::Item(i) => {
                    let item = quote_spanned!(i.span()=> __item);
                    quote!(#rt::IdSource::into_id(::core::clone::Clone::clone(&#item), #what)?)
                }
                Source::Field(path) => {
                    let access = quote_spanned!(path[0].span()=> #from #(.#path)*);
                    quote!(#rt::IdSource::into_id(::core::clone::Clone::clone(&#access), #what)?)
                }
            };
            quote_spanned!(id.span()=> #id: #value,)
        });
        let data = match prefill {
            Some(p) => quote! {{
                #[allow(unused_imports)]
                use #rt::{PrefillNo as _, PrefillYes as _};
                #rt::DataCell::filled(
                    (&mut #rt::Prefill::<_, <#ty as #rt::Resource>::Data>::new(#p)).prefill(),
                )
            }},
            None => quote!(#rt::DataCell::empty()),
        };
        quote! {
            #ty {
                #(#fields)*
                __client: ::core::clone::Clone::clone(#client),
                __data: #data,
            }
        }
    }

    /// The result of an action or of one collection page, from `__out`.
    fn results(&self, a: &Action, client: &TokenStream) -> (TokenStream, TokenStream) {
        let rt = &self.rt;
        let self_id = |x: &Ident| {
            let v = format_ident!("__self_{}", x);
            quote!(#v)
        };
        let src = match &a.op.path {
            Some(path) => quote!(let __src = #rt::apply_any(__out, #path);),
            None => quote!(let __src = __out;),
        };
        let Some(target) = &a.target else {
            let ret = match &a.op.path {
                Some(path) => match &path.output {
                    syn::ReturnType::Type(_, t) => quote!(#t),
                    syn::ReturnType::Default => quote!(()),
                },
                None => {
                    let op = self.op(&a.op.op);
                    quote!(#op::Output)
                }
            };
            return (ret, quote!(#src ::core::result::Result::Ok(__src)));
        };
        let ty = &target.ty;
        match &a.items {
            None => {
                let from = quote!(__src);
                let build = self.build(target, &from, Some(&from), &self_id, client);
                (quote!(#ty), quote!(#src ::core::result::Result::Ok(#build)))
            }
            Some(items) => {
                let from = quote!(__item);
                let build = self.build(target, &from, Some(&from), &self_id, client);
                let list = quote_spanned!(items[0].span()=> __src #(.#items)*);
                (
                    quote!(::std::vec::Vec<#ty>),
                    quote! {
                        #src
                        let __items = #rt::ListItems::list_items(#list);
                        let mut __built = ::std::vec::Vec::with_capacity(__items.len());
                        for __item in __items {
                            __built.push(#build);
                        }
                        ::core::result::Result::Ok(__built)
                    },
                )
            }
        }
    }

    fn action(&self, a: &Action) -> TokenStream {
        let rt = &self.rt;
        let name = &a.name;
        let op = self.op(&a.op.op);
        let input = self.input(&a.op);
        let (params, captures) = self.captures(a.target.as_ref());
        let client = quote!(&__client);
        let (ret, body) = self.results(a, &client);
        let doc = format!("Action: sends `{}`. Adjust the request with `.with(|r| ..)`, then `.await` it. Clears loaded data.", a.op.op);
        quote! {
            #[doc = #doc]
            pub fn #name(&self, #(#params),*) -> #rt::Action<#op::Input, #ret> {
                #input
                let __client = ::core::clone::Clone::clone(&self.__client);
                let __cell = ::core::clone::Clone::clone(&self.__data);
                #captures
                #rt::Action::new(__input, move |__input| {
                    #rt::op_future(async move {
                        let __result = #op::send_op(&__client, __input).await;
                        __cell.clear();
                        let __out = __result?;
                        #body
                    })
                })
            }
        }
    }

    fn subresource(&self, s: &Link) -> TokenStream {
        let name = &s.name;
        let ty = &s.target.ty;
        let (params, captures) = self.captures(Some(&s.target));
        let self_id = |x: &Ident| quote!(self.#x);
        let client = quote!(&self.__client);
        let build = self.build(&s.target, &quote!(self), None, &self_id, &client);
        let doc = format!(
            "Sub-resource: the `{ty}` sharing this resource's identifiers (sends nothing)."
        );
        quote! {
            #[doc = #doc]
            #[allow(unused_variables)]
            pub fn #name(&self, #(#params),*) -> #ty {
                #captures
                #build
            }
        }
    }

    fn reference(&self, s: &Link) -> TokenStream {
        let rt = &self.rt;
        let name = &s.name;
        let ty = &s.target.ty;
        let reads_data = s
            .target
            .ids
            .iter()
            .any(|m| matches!(m.source, Source::Field(_)));
        let load = if reads_data {
            quote!(let __data = self.__loaded().await?;)
        } else {
            quote!()
        };
        let fields = s.target.ids.iter().map(|m| {
            let id = &m.id;
            let value = match &m.source {
                Source::SelfId(x) => {
                    quote!(::core::convert::Into::into(::core::clone::Clone::clone(&self.#x)))
                }
                Source::Field(path) => {
                    let access = quote_spanned!(path[0].span()=> __data #(.#path)*);
                    quote! {
                        match #rt::OptId::opt_id(::core::clone::Clone::clone(&#access)) {
                            ::core::option::Option::Some(v) => v,
                            ::core::option::Option::None => {
                                return ::core::result::Result::Ok(::core::option::Option::None)
                            }
                        }
                    }
                }
                Source::Arg | Source::Item(_) => quote!(unreachable!()),
            };
            quote_spanned!(id.span()=> #id: #value,)
        });
        let doc = format!("Reference: the related `{ty}`, read from this resource's identifiers and data; `None` when the data names none.");
        quote! {
            #[doc = #doc]
            pub async fn #name(&self) -> ::boto_core::Result<::core::option::Option<#ty>> {
                #load
                ::core::result::Result::Ok(::core::option::Option::Some(#ty {
                    #(#fields)*
                    __client: ::core::clone::Clone::clone(&self.__client),
                    __data: #rt::DataCell::empty(),
                }))
            }
        }
    }

    fn collection(&self, c: &Action) -> TokenStream {
        let rt = &self.rt;
        let name = &c.name;
        let op = self.op(&c.op.op);
        let input = self.input(&c.op);
        let target = c
            .target
            .as_ref()
            .expect("checked: a collection has a resource");
        let ty = &target.ty;
        let (params, captures) = self.captures(Some(target));
        let recapture = self.recapture(Some(target));
        let client = quote!(&__client);
        let (_, body) = self.results(c, &client);
        let doc = format!("Collection: every `{ty}` that `{}` lists, as a lazy `Stream` (`all`, `filter`, `limit`, `page_size`, `pages`).", c.op.op);
        quote! {
            #[doc = #doc]
            pub fn #name(&self, #(#params),*) -> <#ty as #rt::Resource>::Collection<#op::Input> {
                #input
                let __client = ::core::clone::Clone::clone(&self.__client);
                #captures
                let __collection = #rt::Collection::new(
                    __input,
                    move |__input: #op::Input| {
                        let __client = ::core::clone::Clone::clone(&__client);
                        #recapture
                        let __pages = #op::pages_op(&__client, __input);
                        let __stream = #rt::StreamExt::map(
                            __pages,
                            move |__page| -> ::boto_core::Result<::std::vec::Vec<#ty>> {
                                let __out = __page?;
                                #body
                            },
                        );
                        ::std::boxed::Box::pin(__stream) as #rt::PageStream<#ty>
                    },
                    #op::set_page_size,
                );
                <#ty as #rt::Resource>::wrap_collection(__collection)
            }
        }
    }

    fn waiter(&self, w: &Waiter) -> TokenStream {
        let rt = &self.rt;
        let client = self.client;
        let method = format_ident!("wait_until_{}", w.name);
        let client_method = format_ident!("wait_until_{}", w.waiter, span = w.waiter.span());
        let (_, captures) = self.captures(None);
        let fill = self.fill_params(|x| {
            let v = format_ident!("__self_{}", x);
            quote!(#v)
        });
        let doc = format!("Waits until the client's waiter `{}` succeeds for this resource; `.delay(..)` and `.max_attempts(..)` override its settings.", w.waiter);
        let input = quote_spanned!(w.waiter.span()=> #rt::default_input(<#client>::#client_method));
        quote! {
            #[doc = #doc]
            pub fn #method(&self) -> #rt::Wait {
                let __client = ::core::clone::Clone::clone(&self.__client);
                #captures
                #rt::Wait::new(move |__delay, __attempts| {
                    #[allow(unused_mut)]
                    let mut __input = #input;
                    #fill
                    let mut __waiter = __client.#client_method(__input);
                    if let ::core::option::Option::Some(d) = __delay {
                        __waiter = __waiter.delay(d);
                    }
                    if let ::core::option::Option::Some(n) = __attempts {
                        __waiter = __waiter.max_attempts(n);
                    }
                    #rt::op_future(async move { __waiter.await.map(|_| ()) })
                })
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
            let p = i.param.as_ref()?.to_string();
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
                fn eq(&self, _other: &Self) -> bool {
                    true #(&& self.#ids == _other.#ids)*
                }
            }
            #[automatically_derived]
            impl ::core::cmp::Eq for #name {}
            #[automatically_derived]
            impl ::core::hash::Hash for #name {
                fn hash<__H: ::core::hash::Hasher>(&self, _state: &mut __H) {
                    #(::core::hash::Hash::hash(&self.#ids, _state);)*
                }
            }
            #[automatically_derived]
            impl ::core::fmt::Debug for #name {
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
                fn wrap_collection<__I: ::core::marker::Send + 'static>(
                    collection: #rt::Collection<__I, Self>,
                ) -> Self::Collection<__I> {
                    #wrap
                }
                fn identifier_params(&self) -> ::std::vec::Vec<(&'static str, ::boto_core::Value)> {
                    ::std::vec![#(#params),*]
                }
            }
        }
    }

    /// The collection type of a resource with batch actions: the runtime collection plus
    /// one method per batch action.
    fn batch(&self) -> TokenStream {
        let Gen {
            r, name, rt, vis, ..
        } = self;
        if r.batch_actions.is_empty() {
            return quote!();
        }
        let wrapper = format_ident!("__{}Collection", name);
        let methods = r.batch_actions.iter().map(|b| {
            let bn = &b.name;
            let op = self.op(&b.op.op);
            let with = self.apply_with(&b.op.with);
            let doc = format!("Batch action: sends one `{}` per page of items; gives the responses (check them for per-entry failures).", b.op.op);
            quote! {
                #[doc = #doc]
                pub fn #bn(self) -> #rt::OpFuture<::std::vec::Vec<#op::Output>> {
                    self.0.for_each_page(|__page: ::std::vec::Vec<#name>| {
                        #rt::op_future(async move {
                            let ::core::option::Option::Some(__first) = __page.first() else {
                                return ::core::result::Result::Ok(::std::vec::Vec::new());
                            };
                            let __client = ::core::clone::Clone::clone(&__first.__client);
                            let __inputs = #rt::batch_input::<#op::Input, #name>(&__page)?;
                            let mut __outputs = ::std::vec::Vec::with_capacity(__inputs.len());
                            for __input in __inputs {
                                #with
                                __outputs.push(#op::send_op(&__client, __input).await?);
                            }
                            ::core::result::Result::Ok(__outputs)
                        })
                    })
                }
            }
        });
        let doc =
            format!("A collection of `{name}`: a lazy `Stream` with `{name}`'s batch actions.");
        quote! {
            #[doc = #doc]
            #[must_use = "a collection sends nothing until polled"]
            #vis struct #wrapper<__I>(#rt::Collection<__I, #name>);

            #[automatically_derived]
            impl<__I: ::core::marker::Send + 'static> #wrapper<__I> {
                /// Every item.
                pub fn all(self) -> Self { #wrapper(self.0.all()) }
                /// Adjusts the request: `.filter(|r| r.prefix("logs/"))`.
                pub fn filter(self, f: impl ::core::ops::FnOnce(__I) -> __I) -> Self {
                    #wrapper(self.0.filter(f))
                }
                /// Yields at most `n` items in all.
                pub fn limit(self, n: usize) -> Self { #wrapper(self.0.limit(n)) }
                /// Asks for `n` items per request.
                pub fn page_size(self, n: usize) -> Self { #wrapper(self.0.page_size(n)) }
                /// The items page by page.
                pub fn pages(self) -> #rt::PageStream<#name> { self.0.pages() }
                #(#methods)*
            }

            #[automatically_derived]
            impl<__I: ::core::marker::Send + 'static> #rt::Stream for #wrapper<__I> {
                type Item = ::boto_core::Result<#name>;
                fn poll_next(
                    self: ::core::pin::Pin<&mut Self>,
                    cx: &mut ::core::task::Context<'_>,
                ) -> ::core::task::Poll<::core::option::Option<Self::Item>> {
                    #rt::Stream::poll_next(::core::pin::Pin::new(&mut self.get_mut().0), cx)
                }
            }
        }
    }
}

/// `impl ClientOp<H> for Client` for one operation of a `#[client]`: how resources name and
/// call it knowing only its method name. Called by the `#[client]` expansion.
pub(crate) fn client_op(client: &Ident, op: &crate::attr::client::Op) -> TokenStream {
    let Some((input, output)) = op.types else {
        return TokenStream::new();
    };
    let rt = rt();
    let method = op.ident;
    let id = op_id(&method.unraw().to_string());
    let paginated = op
        .paginate
        .as_ref()
        .filter(|p| p.input_token.is_some() && p.output_token.is_some());
    let pages = match paginated {
        Some(_) => {
            let pages = format_ident!("{}_pages", method.unraw());
            quote!(self.#pages(input))
        }
        None => quote!(#rt::single_page(#rt::ClientOp::<#id>::send_op(self, input))),
    };
    let limit = match paginated.and_then(|p| p.limit.as_ref()) {
        Some(limit) => quote! {
            let size = ::core::convert::TryFrom::try_from(size).unwrap_or(u32::MAX);
            input.#limit = ::boto_core::__private::PageLimit::limit(size);
        },
        None => quote!(let _ = (input, size);),
    };
    quote! {
        #[automatically_derived]
        impl #rt::ClientOp<#id> for #client {
            type Input = #input;
            type Output = #output;
            fn send_op(&self, input: #input) -> #rt::OpFuture<#output> {
                let client = ::core::clone::Clone::clone(self);
                #rt::op_future(async move { client.#method(input).await })
            }
            fn pages_op(&self, input: #input) -> #rt::Pages<#output> {
                #pages
            }
            fn set_page_size(input: &mut #input, size: usize) {
                #limit
            }
        }
    }
}

fn is_string(ty: &Type) -> bool {
    matches!(ty, Type::Path(p) if p.qself.is_none() && p.path.segments.last().is_some_and(|s| s.ident == "String" && s.arguments.is_empty()))
}
