//! What a macro emits after a user error, next to the error: the items it would have
//! generated, every function body replaced by `unreachable!()` (as thiserror's fallback
//! does). Code using those items still type-checks, so one mistake is one error, not one
//! more at every use of the struct.

use proc_macro2::TokenStream;
use quote::ToTokens;
use std::collections::HashSet;
use syn::{parse_quote, ImplItem, Item, Type};

/// The items of `expanded` with bodies that do nothing. Checks the expansion carries for the
/// compiler (`const _: fn(..) = ..`) are dropped, and so is a second method of one name in
/// an impl (a clash already reported).
pub(crate) fn stub(expanded: TokenStream) -> TokenStream {
    // The expansion is always a list of items; should it not parse, the error alone is
    // still reported.
    let Ok(mut file) = syn::parse2::<syn::File>(expanded) else {
        return TokenStream::new();
    };
    file.items.retain(|item| !is_check(item));
    for item in &mut file.items {
        match item {
            Item::Impl(imp) => stub_impl(imp),
            Item::Struct(s) => s.attrs.push(parse_quote!(#[allow(dead_code)])),
            _ => {}
        }
    }
    file.into_token_stream()
}

/// `const _: fn(..) = ..`: a check the compiler runs on the user's names.
fn is_check(item: &Item) -> bool {
    matches!(item, Item::Const(c) if c.ident == "_" && matches!(*c.ty, Type::BareFn(_)))
}

fn stub_impl(imp: &mut syn::ItemImpl) {
    let mut seen = HashSet::new();
    imp.items.retain_mut(|item| {
        let ImplItem::Fn(f) = item else {
            return true;
        };
        if !seen.insert(f.sig.ident.to_string()) {
            return false;
        }
        f.block = parse_quote!({ ::core::unreachable!() });
        f.attrs
            .push(parse_quote!(#[allow(unused_variables, clippy::unused_async)]));
        true
    });
}

#[cfg(test)]
mod tests {
    use super::stub;
    use quote::quote;

    #[test]
    fn bodies_become_unreachable_and_checks_go() {
        let out = stub(quote! {
            struct S { a: u8 }
            impl S {
                fn new(x: u8) -> Self { S { a: x } }
                fn new(y: u8) -> Self { S { a: y } }
                async fn get(&self) -> u8 { self.a }
            }
            const _: fn() = || { let _ = S::missing; };
            const _: ::core::marker::PhantomData<u8> = ::core::marker::PhantomData;
        })
        .to_string();
        let want = quote! {
            #[allow(dead_code)]
            struct S { a: u8 }
            impl S {
                #[allow(unused_variables, clippy::unused_async)]
                fn new(x: u8) -> Self { ::core::unreachable!() }
                #[allow(unused_variables, clippy::unused_async)]
                async fn get(&self) -> u8 { ::core::unreachable!() }
            }
            const _: ::core::marker::PhantomData<u8> = ::core::marker::PhantomData;
        }
        .to_string();
        assert_eq!(out, want);
    }

    #[test]
    fn what_does_not_parse_gives_nothing() {
        assert!(stub(quote!(fn f(x: u8 {}))).is_empty());
    }
}
