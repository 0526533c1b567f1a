//! `#[client]`: code generation.

use proc_macro2::TokenStream;
use quote::ToTokens;

/// Runs the `#[client]` pipeline on `item`.
pub(crate) fn entry(_attr: TokenStream, item: syn::ItemStruct) -> TokenStream {
    item.into_token_stream()
}
