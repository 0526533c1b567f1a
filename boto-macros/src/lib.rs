//! Procedural macros of boto-core: `#[derive(Shape)]`, `#[client]` and `#[resource]`.
//! Use them through `boto_core`, which re-exports them.
//!
//! Every macro runs the same pipeline, written out below once per macro: parse the input
//! into the model of `attr`, check every rule of `check` (all errors are collected in a
//! `ctxt::Ctxt` and reported at once, each spanned at the offending tokens), then generate
//! code in `expand`, which never reports user errors. After an error the macro still emits
//! what `expand` generates from what parsed, every body replaced by `unreachable!()`
//! (`fallback`), so code using the items type-checks and one mistake is one error. (What
//! the errors leave unknown, such as a `#[resource]`'s client, the resource an action
//! builds or the operation a `#[client]` waiter polls, is stood in for by types naming a
//! constant that carries the errors: `expand::resource::expand_after_errors`,
//! `expand::client::with_errors`.)
//! Last, `crate = path` moves every `::boto_core` path the expansion names (`krate`).

mod attr;
mod case;
mod check;
mod ctxt;
mod expand;
mod fallback;
mod krate;
mod similar;
mod symbol;

use proc_macro::TokenStream;
use proc_macro2::TokenStream as TokenStream2;
use quote::quote;

#[doc = include_str!("../docs/shape.md")]
#[proc_macro_derive(Shape, attributes(shape))]
pub fn derive_shape(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand_shape(&input).into()
}

fn expand_shape(input: &syn::DeriveInput) -> TokenStream2 {
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
                TokenStream2::new()
            };
            quote!(#items #err)
        }
    };
    krate::rewrite(out, shape.krate.as_ref())
}

#[doc = include_str!("../docs/client.md")]
#[proc_macro_attribute]
pub fn client(attr: TokenStream, item: TokenStream) -> TokenStream {
    let item = syn::parse_macro_input!(item as syn::ItemStruct);
    expand_client(attr.into(), &item).into()
}

fn expand_client(attr: TokenStream2, item: &syn::ItemStruct) -> TokenStream2 {
    let cx = ctxt::Ctxt::new();
    let client = attr::client::Client::from_syn(&cx, attr, item);
    check::client::check(&cx, &client);
    let out = match cx.check() {
        Ok(()) => expand::client::expand(&client),
        Err(err) => {
            let err = err.into_compile_error();
            let items = fallback::stub(expand::client::expand(&client));
            if expand::client::needs_stand_in(&client) && !items.is_empty() {
                // The errors go inside the constant the stand-ins name (see there).
                let errors = expand::client::with_errors(&client, err);
                quote!(#errors #items)
            } else {
                quote!(#items #err)
            }
        }
    };
    krate::rewrite(out, client.krate.as_ref())
}

#[doc = include_str!("../docs/resource.md")]
#[proc_macro_attribute]
pub fn resource(attr: TokenStream, item: TokenStream) -> TokenStream {
    let item = syn::parse_macro_input!(item as syn::ItemStruct);
    expand_resource(attr.into(), item).into()
}

fn expand_resource(attr: TokenStream2, item: syn::ItemStruct) -> TokenStream2 {
    let cx = ctxt::Ctxt::new();
    let r = attr::resource::Resource::from_syn(&cx, attr, item);
    check::resource::check(&cx, &r);
    let out = match cx.check() {
        Ok(()) => expand::resource::expand(&r),
        Err(err) => {
            if !r.tuple && r.item.generics.params.is_empty() {
                expand_resource_after(&r, err)
            } else {
                // With generics, or fields without names, the generated items cannot be
                // named.
                let item = &r.item;
                let err = err.into_compile_error();
                quote!(#item #err)
            }
        }
    };
    krate::rewrite(out, r.krate.as_ref())
}

/// What `#[resource]` emits after errors: the stubbed items, and the errors either beside
/// them or, when something stands in for what they left unknown, inside the constant the
/// stand-ins name (`expand::resource::expand_after_errors`).
fn expand_resource_after(r: &attr::resource::Resource, err: syn::Error) -> TokenStream2 {
    if !expand::resource::needs_stand_in(r) {
        let items = fallback::stub(expand::resource::expand(r));
        let err = err.into_compile_error();
        return quote!(#items #err);
    }
    // Without `client`, an unknown key may be the client misspelled: then it alone is
    // reported.
    let missing = check::resource::MISSING_CLIENT;
    let err = match r.client {
        None if r.unknown_keys => {
            without(err, missing).unwrap_or_else(|| syn::Error::new(r.args_span, missing))
        }
        _ => err,
    }
    .into_compile_error();
    let items = fallback::stub(expand::resource::expand_after_errors(r, err.clone()));
    if items.is_empty() {
        // The expansion did not parse: the errors alone are still reported.
        return err;
    }
    items
}

/// `errors` without those saying `message`; `None` when nothing is left.
fn without(errors: syn::Error, message: &str) -> Option<syn::Error> {
    errors
        .into_iter()
        .filter(|e| e.to_string() != message)
        .reduce(|mut all, e| {
            all.combine(e);
            all
        })
}

#[cfg(test)]
mod tests;
