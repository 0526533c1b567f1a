//! Batch actions: the collection type of a resource that has them.

use super::{Gen, OpPaths};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

// Every method written here is `#[inline]`: see `Gen::resource`.
impl Gen<'_> {
    /// The collection type of a resource with batch actions: the runtime collection plus
    /// one method per batch action.
    pub(super) fn batch(&self) -> TokenStream {
        let Gen {
            r, name, rt, vis, ..
        } = self;
        if r.batch_actions.is_empty() {
            return quote!();
        }
        let wrapper = format_ident!("__{}Collection", name);
        let batch_trait = format_ident!("{}BatchActions", name);
        let mut methods = Vec::new();
        let mut trait_fns = Vec::new();
        let mut vec_fns = Vec::new();
        for b in &r.batch_actions {
            let bn = &b.name;
            let OpPaths {
                input: op_input,
                output: op_output,
                send: op_send,
                ..
            } = self.ops(&b.op.op);
            let with = self.apply_with(&b.op.with);
            let doc = format!("Batch action: sends one `{}` per page of items; gives the responses (check them for per-entry failures).", b.op.op);
            let vec_doc = format!("Batch action: sends `{}` for these resources (one request per group sharing their top-level parameters); gives the responses (check them for per-entry failures).", b.op.op);
            methods.push(quote! {
                #[doc = #doc]
                #[inline]
                pub fn #bn(self) -> #rt::OpFuture<::std::vec::Vec<#op_output>> {
                    self.0.for_each_page(<::std::vec::Vec<#name> as #batch_trait>::#bn)
                }
            });
            trait_fns.push(quote! {
                #[doc = #vec_doc]
                fn #bn(self) -> #rt::OpFuture<::std::vec::Vec<#op_output>>;
            });
            vec_fns.push(quote! {
                #[inline]
                fn #bn(self) -> #rt::OpFuture<::std::vec::Vec<#op_output>> {
                    let __page = self;
                    #rt::op_future(async move {
                        let ::core::option::Option::Some(__first) = __page.first() else {
                            return ::core::result::Result::Ok(::std::vec::Vec::new());
                        };
                        let __client = ::core::clone::Clone::clone(&__first.__client);
                        let __inputs = #rt::batch_input::<#op_input, #name>(&__page)?;
                        let mut __outputs = ::std::vec::Vec::with_capacity(__inputs.len());
                        for __input in __inputs {
                            #with
                            __outputs.push(#op_send(&__client, __input).await?);
                        }
                        ::core::result::Result::Ok(__outputs)
                    })
                }
            });
        }
        let trait_doc = format!(
            "`{name}`'s batch actions on a `Vec<{name}>` (bring this trait into scope); \
             collections of `{name}` have them as methods."
        );
        let doc =
            format!("A collection of `{name}`: a lazy `Stream` with `{name}`'s batch actions.");
        quote! {
            #[doc = #doc]
            #[must_use = "a collection sends nothing until polled"]
            #vis struct #wrapper<__I>(#rt::Collection<__I, #name>);

            #[doc = #trait_doc]
            #vis trait #batch_trait {
                #(#trait_fns)*
            }

            #[automatically_derived]
            impl #batch_trait for ::std::vec::Vec<#name> {
                #(#vec_fns)*
            }

            #[automatically_derived]
            impl<__I: ::core::marker::Send + 'static> #wrapper<__I> {
                /// Every item.
                #[inline]
                pub fn all(self) -> Self { #wrapper(self.0.all()) }
                /// Adjusts the request: `.filter(|r| r.prefix("logs/"))`.
                #[inline]
                pub fn filter(self, f: impl ::core::ops::FnOnce(__I) -> __I) -> Self {
                    #wrapper(self.0.filter(f))
                }
                /// Yields at most `n` items in all.
                #[inline]
                pub fn limit(self, n: usize) -> Self { #wrapper(self.0.limit(n)) }
                /// Asks for `n` items per request.
                #[inline]
                pub fn page_size(self, n: usize) -> Self { #wrapper(self.0.page_size(n)) }
                /// The items page by page.
                #[inline]
                pub fn pages(self) -> #rt::PageStream<#name> { self.0.pages() }
                #(#methods)*
            }

            #[automatically_derived]
            impl<__I: ::core::marker::Send + 'static> #rt::Stream for #wrapper<__I> {
                type Item = ::boto_core::__private_v1::Result<#name>;
                #[inline]
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
