//! Procedural macros of boto-core: `#[derive(Shape)]`, `#[client]` and `#[resource]`.
//! Use them through `boto_core`, which re-exports them.
//!
//! Every macro runs the same pipeline: parse the input into the model of `attr`, check
//! every rule of `check` (all errors are collected in a `ctxt::Ctxt` and reported at
//! once, each spanned at the offending tokens), then generate code in `expand`, which
//! never reports user errors. On error an attribute macro re-emits the item (without its
//! helper attributes) so that the rest of the crate still type-checks.

// The attribute language and its rules are shared by the three macros; a helper may
// serve only one of them.
#[allow(dead_code)]
mod attr;
mod case;
mod check;
#[allow(dead_code)]
mod ctxt;
mod expand;
mod fallback;
mod krate;
mod similar;
#[allow(dead_code)]
mod symbol;

use proc_macro::TokenStream;

#[doc = include_str!("../docs/shape.md")]
#[proc_macro_derive(Shape, attributes(shape))]
pub fn derive_shape(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand_shape(&input).into()
}

fn expand_shape(input: &syn::DeriveInput) -> proc_macro2::TokenStream {
    let cx = ctxt::Ctxt::new();
    let shape = attr::shape::Shape::from_syn(&cx, input);
    check::shape::check(&cx, &shape);
    let out = match cx.check() {
        Ok(()) => expand::shape::expand(&shape),
        Err(err) => {
            let err = err.into_compile_error();
            // A generic shape is itself the error; its impls could not name the type.
            let items = if input.generics.params.is_empty() {
                fallback::stub(expand::shape::expand(&shape))
            } else {
                proc_macro2::TokenStream::new()
            };
            quote::quote!(#items #err)
        }
    };
    krate::rewrite(out, shape.krate.as_ref())
}

#[doc = include_str!("../docs/client.md")]
#[proc_macro_attribute]
pub fn client(attr: TokenStream, item: TokenStream) -> TokenStream {
    let item = syn::parse_macro_input!(item as syn::ItemStruct);
    expand::client::entry(attr.into(), item).into()
}

#[doc = include_str!("../docs/resource.md")]
#[proc_macro_attribute]
pub fn resource(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand::resource::expand(attr.into(), item.into()).into()
}

#[cfg(test)]
mod tests;
