//! One method per action, sub-resource, reference, collection and waiter.

use super::tokens::{braced, fill_holes, group, respan};
use super::{Gen, OpPaths};
use crate::attr::resource::{Action, Link, Source, Target, Waiter};
use proc_macro2::{Delimiter, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::Ident;

// Every method written here is `#[inline]`: see `Gen::resource`.
impl Gen<'_> {
    /// Clones of this resource's identifiers and of the arguments, for `'static` futures.
    pub(super) fn captures(&self, target: Option<&Target>) -> (Vec<TokenStream>, TokenStream) {
        let ids = self.r.identifiers.iter().map(|i| {
            let n = &i.name;
            let v = format_ident!("__self_{}", n);
            quote!(let #v = ::core::clone::Clone::clone(&self.#n);)
        });
        let mut params = Vec::new();
        let mut args = Vec::new();
        for (m, t) in target
            .into_iter()
            .flat_map(|t| t.ids.iter().map(move |m| (m, t)))
        {
            if let Source::Arg = m.source {
                let id = &m.id;
                let v = format_ident!("__arg_{}", id);
                // The child's identifier type (`String`, or S3's `i32` part number).
                let rt = &self.rt;
                let ty = &t.ty;
                let name = id.unraw().to_string();
                // A wrong name is reported once, by the body's `id_index`.
                let value = fill_holes(
                    respan(
                        quote!(<__hole_ty as #rt::IdSlot<{
                            #rt::arg_index(<__hole_ty>::__IDENTIFIERS, #name)
                        }>>::Value),
                        id.span(),
                    ),
                    &[("__hole_ty", quote!(#ty))],
                );
                params.push(quote!(#id: impl ::core::convert::Into<#value>));
                args.push(quote!(let #v: #value = ::core::convert::Into::into(#id);));
            }
        }
        (params, quote!(#(#ids)* #(#args)*))
    }

    /// Re-clones the captures inside a closure that runs more than once.
    pub(super) fn recapture(&self, target: Option<&Target>) -> TokenStream {
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
    pub(super) fn build(
        &self,
        target: &Target,
        from: &TokenStream,
        prefill: Option<&TokenStream>,
        self_id: &dyn Fn(&Ident) -> TokenStream,
        client: &TokenStream,
    ) -> TokenStream {
        let rt = &self.rt;
        let ty = &target.ty;
        let ty_str = ty.unraw().to_string();
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
                // `__item.clone()`, a method call, not `Clone::clone(&__item)`: when the
                // operation is unknown (its one error is reported where it is named) the
                // element's type is not known either, and a method call makes the compiler
                // give up on it quietly instead of guessing `()` from the data pre-fill and
                // reporting a second, misleading error here.
                Source::Item(i) => respan(
                    quote!({
                        #[allow(unused_imports)]
                        use ::core::clone::Clone as _;
                        #rt::IdSource::into_id(__item.clone(), #what)?
                    }),
                    i.span(),
                ),
                Source::Field(path) => {
                    respan(
                        quote!(#rt::IdSource::into_id(::core::clone::Clone::clone(&#from #(.#path)*), #what)?),
                        path[0].span(),
                    )
                }
                Source::Request(path) => {
                    let v = format_ident!("__request_{}", id);
                    respan(
                        quote!(#rt::IdSource::into_id(::core::clone::Clone::clone(&#v), #what)?),
                        path[0].span(),
                    )
                }
            };
            id_slot(rt, ty, &ty_str, id, value)
        });
        let (values, sets): (Vec<_>, Vec<_>) = fields.unzip();
        let all_mapped = all_mapped(rt, ty, &ty_str, target);
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
        quote! {{
            #all_mapped
            #(#values)*
            let mut __child = <#ty>::__blank(#client, #data);
            #(#sets)*
            __child
        }}
    }

    /// The result of an action or of one collection page, from `__out`.
    pub(super) fn results(&self, a: &Action, client: &TokenStream) -> (TokenStream, TokenStream) {
        let rt = &self.rt;
        let self_id = |x: &Ident| {
            let v = format_ident!("__self_{}", x);
            quote!(#v)
        };
        let src = match &a.op.path {
            Some(path) => quote!(let __src = #rt::apply_any(__out, #path);),
            None => respan(quote!(let __src = __out;), a.op.op.span()),
        };
        let Some(target) = &a.target else {
            let ret = match &a.op.path {
                Some(path) => match &path.output {
                    syn::ReturnType::Type(_, t) => quote!(#t),
                    syn::ReturnType::Default => quote!(()),
                },
                None => {
                    #[allow(unused_variables)]
                    let OpPaths {
                        input: op_input,
                        output: op_output,
                        send: op_send,
                        pages: op_pages,
                        page_size: op_page_size,
                    } = self.ops(&a.op.op);
                    quote!(#op_output)
                }
            };
            return (ret, quote!(#src ::core::result::Result::Ok(__src)));
        };
        let ty = &target.ty;
        match &a.items {
            None => {
                let from = quote!(__src);
                let prefill = respan(from.clone(), a.op.op.span());
                let build = self.build(target, &from, Some(&prefill), &self_id, client);
                (quote!(#ty), quote!(#src ::core::result::Result::Ok(#build)))
            }
            Some(items) => {
                let from = quote!(__item);
                let prefill = respan(from.clone(), a.op.op.span());
                let build = self.build(target, &from, Some(&prefill), &self_id, client);
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

    pub(super) fn action(&self, a: &Action) -> TokenStream {
        let rt = &self.rt;
        let name = &a.name;
        #[allow(unused_variables)]
        let OpPaths {
            input: op_input,
            output: op_output,
            send: op_send,
            pages: op_pages,
            page_size: op_page_size,
        } = self.ops(&a.op.op);
        if a.resource_unknown() {
            // Only after errors: what the action builds is unknown, so it stands in.
            let stand_in = self.stand_in_ty();
            let (params, _) = self.captures(a.guess.as_ref());
            return quote! {
                pub fn #name(&self, #(#params),*) -> #rt::Action<#op_input, #stand_in> {
                    ::core::unreachable!()
                }
            };
        }
        let input = self.input(&a.op);
        let (params, captures) = self.captures(a.target.as_ref());
        let client = quote!(&__client);
        let (ret, body) = self.results(a, &client);
        let span = a.op.op.span();
        let action_ty = match &a.target {
            None => respan(quote!(#rt::Action<#op_input, #ret>), span),
            Some(_) => {
                let action = respan(quote!(#rt::Action<#op_input,), span);
                let close = respan(quote!(>), span);
                quote!(#action #ret #close)
            }
        };
        let body = match &a.target {
            None => respan(body, span),
            Some(_) => body,
        };
        // The skeleton carries the operation's span (a missing operation is reported
        // there once); the user's mapping tokens inside keep theirs.
        let keep_request = a.target.as_ref().map(keep_request).unwrap_or_default();
        let pre = respan(
            quote! {
                #keep_request
                let __result = #op_send(&__client, __input).await;
                __cell.clear();
                let __out = __result?;
            },
            span,
        );
        let future = braced(quote!(#pre #body), span);
        let async_kw = respan(quote!(async move), span);
        let op_future = respan(quote!(#rt::op_future), span);
        let future = group(Delimiter::Parenthesis, quote!(#async_kw #future), span);
        let closure = braced(quote!(#op_future #future), span);
        let head = respan(quote!(__input, move |__input: #op_input|), span);
        let new = respan(quote!(#rt::Action::new), span);
        let args = group(Delimiter::Parenthesis, quote!(#head #closure), span);
        let call = quote!(#new #args);
        let doc = format!("Action: sends `{}`. Adjust the request with `.with(|r| ..)`, then `.await` it. Clears loaded data.", a.op.op);
        quote! {
            #[doc = #doc]
            #[inline]
            pub fn #name(&self, #(#params),*) -> #action_ty {
                #input
                let __client = ::core::clone::Clone::clone(&self.__client);
                let __cell = ::core::clone::Clone::clone(&self.__data);
                #captures
                #call
            }
        }
    }

    /// After errors, for a link whose target did not parse: a method returning a stand-in.
    fn link_stand_in(&self, s: &Link) -> TokenStream {
        let name = &s.name;
        let stand_in = self.stand_in_ty();
        quote! {
            pub fn #name(&self) -> #stand_in {
                ::core::unreachable!()
            }
        }
    }

    pub(super) fn subresource(&self, s: &Link) -> TokenStream {
        let name = &s.name;
        let Some(target) = &s.target else {
            return self.link_stand_in(s);
        };
        let ty = &target.ty;
        let (params, captures) = self.captures(Some(target));
        let self_id = |x: &Ident| quote!(self.#x);
        let client = quote!(&self.__client);
        let build = self.build(target, &quote!(self), None, &self_id, &client);
        let doc = format!(
            "Sub-resource: the `{ty}` sharing this resource's identifiers (sends nothing)."
        );
        quote! {
            #[doc = #doc]
            #[allow(unused_variables)]
            #[inline]
            pub fn #name(&self, #(#params),*) -> #ty {
                #captures
                #build
            }
        }
    }

    pub(super) fn reference(&self, s: &Link) -> TokenStream {
        let rt = &self.rt;
        let name = &s.name;
        let Some(target) = &s.target else {
            return self.link_stand_in(s);
        };
        let ty = &target.ty;
        let ty_str = ty.unraw().to_string();
        let reads_data = target
            .ids
            .iter()
            .any(|m| matches!(m.source, Source::Field(_)));
        let load = if reads_data {
            quote!(let __data = self.__loaded().await?;)
        } else {
            quote!()
        };
        let fields = target.ids.iter().map(|m| {
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
                Source::Arg | Source::Item(_) | Source::Request(_) => quote!(unreachable!()),
            };
            id_slot(rt, ty, &ty_str, id, value)
        });
        let (values, sets): (Vec<_>, Vec<_>) = fields.unzip();
        let all_mapped = all_mapped(rt, ty, &ty_str, target);
        let doc = format!("Reference: the related `{ty}`, read from this resource's identifiers and data; `None` when the data names none.");
        quote! {
            #[doc = #doc]
            #[inline]
            pub async fn #name(&self) -> ::boto_core::__private_v1::Result<::core::option::Option<#ty>> {
                #load
                #all_mapped
                #(#values)*
                let mut __child = <#ty>::__blank(&self.__client, #rt::DataCell::empty());
                #(#sets)*
                ::core::result::Result::Ok(::core::option::Option::Some(__child))
            }
        }
    }

    pub(super) fn collection(&self, c: &Action) -> TokenStream {
        let rt = &self.rt;
        let name = &c.name;
        #[allow(unused_variables)]
        let OpPaths {
            input: op_input,
            output: op_output,
            send: op_send,
            pages: op_pages,
            page_size: op_page_size,
        } = self.ops(&c.op.op);
        let Some(target) = &c.target else {
            // Only after errors: what the collection lists is unknown, so it stands in.
            let stand_in = self.stand_in_ty();
            let (params, _) = self.captures(c.guess.as_ref());
            return quote! {
                pub fn #name(&self, #(#params),*) -> #stand_in {
                    ::core::unreachable!()
                }
            };
        };
        let input = self.input(&c.op);
        let ty = &target.ty;
        let (params, captures) = self.captures(Some(target));
        let recapture = self.recapture(Some(target));
        let client = quote!(&__client);
        let (_, body) = self.results(c, &client);
        let keep_request = keep_request(target);
        let doc = format!("Collection: every `{ty}` that `{}` lists, as a lazy `Stream` (`all`, `filter`, `limit`, `page_size`, `pages`).", c.op.op);
        // The skeleton carries the operation's span; the holes keep the user's spans.
        let skeleton = quote! {
            {
                __hole_input
                let __client = ::core::clone::Clone::clone(&self.__client);
                __hole_captures
                let __collection = #rt::Collection::new(
                    __input,
                    move |__input: #op_input| {
                        let __client = ::core::clone::Clone::clone(&__client);
                        __hole_recapture
                        __hole_keep_request
                        let __pages = #op_pages(&__client, __input);
                        let __stream = #rt::StreamExt::map(
                            __pages,
                            move |__page| -> ::boto_core::__private_v1::Result<::std::vec::Vec<#ty>> {
                                let __out = __page?;
                                __hole_body
                            },
                        );
                        ::std::boxed::Box::pin(__stream) as #rt::PageStream<#ty>
                    },
                    #op_page_size,
                );
                <#ty as #rt::Resource>::wrap_collection(__collection)
            }
        };
        let block = fill_holes(
            respan(skeleton, c.op.op.span()),
            &[
                ("__hole_input", input),
                ("__hole_captures", captures),
                ("__hole_recapture", recapture),
                ("__hole_body", body),
                ("__hole_keep_request", keep_request),
            ],
        );
        let ret = respan(
            quote!(<#ty as #rt::Resource>::Collection<#op_input>),
            c.op.op.span(),
        );
        quote! {
            #[doc = #doc]
            #[inline]
            pub fn #name(&self, #(#params),*) -> #ret #block
        }
    }

    pub(super) fn waiter(&self, w: &Waiter) -> TokenStream {
        let rt = &self.rt;
        let client = self.client;
        let method = format_ident!("wait_until_{}", w.name);
        let client_method = format_ident!("wait_until_{}", w.waiter, span = w.waiter.span());
        let fill = self.fill_params(|x| quote!(self.#x));
        let with = self.apply_with(&w.with);
        let doc = format!("Waits until the client's waiter `{}` succeeds for this resource; `.delay(..)` and `.max_attempts(..)` override its settings.", w.waiter);
        let method_path = respan(quote!(<#client>::#client_method), w.waiter.span());
        let input = quote_spanned!(w.waiter.span()=> #rt::default_input(__method));
        quote! {
            #[doc = #doc]
            #[inline]
            pub fn #method(&self) -> #rt::Wait {
                let __client = ::core::clone::Clone::clone(&self.__client);
                let __method = #method_path;
                #[allow(unused_mut)]
                let mut __input = #input;
                #fill
                #with
                #rt::Wait::new(move |__delay, __attempts| {
                    let mut __waiter = __method(&__client, ::core::clone::Clone::clone(&__input));
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
}

/// The statement that computes identifier `id` of the target resource `ty` from `value`, and
/// the one that stores it in `__child`. The identifier's index in the target is found at
/// compile time: a name that is not one of its identifiers is one error here, saying what
/// it is. Every value is computed first (they may read what the data then takes), then the
/// child is filled.
fn id_slot(
    rt: &TokenStream,
    ty: &Ident,
    ty_str: &str,
    id: &Ident,
    value: TokenStream,
) -> (TokenStream, TokenStream) {
    let name = id.unraw().to_string();
    let index = format_ident!("__index_{}", id.unraw(), span = id.span());
    // The target's name keeps its own span: an unknown type is one error there, not one
    // more at each identifier.
    let ty_hole = [("__hole_ty", quote!(#ty))];
    let find = fill_holes(
        respan(
            quote! {
                #[allow(non_upper_case_globals)]
                const #index: u64 = #rt::id_index(
                    #ty_str, <__hole_ty>::__IDENTIFIERS, <__hole_ty>::__ATTRIBUTES, #name
                );
            },
            id.span(),
        ),
        &ty_hole,
    );
    let slot = fill_holes(
        respan(quote!(<__hole_ty as #rt::IdSlot<{ #index }>>), id.span()),
        &ty_hole,
    );
    let v = format_ident!("__id_{}", id.unraw());
    (
        quote!(#find let #v: #slot::Value = #value;),
        quote!(#slot::set(&mut __child, #v);),
    )
}

/// The compile-time check that every identifier of `target` is mapped.
fn all_mapped(rt: &TokenStream, ty: &Ident, ty_str: &str, target: &Target) -> TokenStream {
    let mapped = target.ids.iter().map(|m| m.id.unraw().to_string());
    respan(
        quote!(const _: () = #rt::all_mapped(#ty_str, <#ty>::__IDENTIFIERS, &[#(#mapped),*]);),
        ty.span(),
    )
}

/// Whether a mapping of `target` reads the request (`request.x`).
/// The request fields `request.x` mappings read, each kept before the request is sent
/// (`let __request_<id> = __input.x.clone();`): the request itself may not be `Clone` (a
/// streaming body).
fn keep_request(target: &Target) -> TokenStream {
    let lets = target.ids.iter().filter_map(|m| match &m.source {
        Source::Request(path) => {
            let v = format_ident!("__request_{}", m.id);
            Some(quote!(let #v = ::core::clone::Clone::clone(&__input #(.#path)*);))
        }
        _ => None,
    });
    quote!(#(#lets)*)
}
