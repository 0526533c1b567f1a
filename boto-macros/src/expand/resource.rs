//! `#[resource]`: code generation.

use proc_macro2::TokenStream;

/// Expands `#[resource(attr)] item`.
pub(crate) fn expand(_attr: TokenStream, item: TokenStream) -> TokenStream {
    item
}
