//! `crate = path`: where the generated code finds boto-core's runtime. Expansions name it
//! `::boto_core`; with `crate = boto_services::core` (as serde's `crate = "..."`) every
//! `::boto_core` they emit is rewritten to that path, so a crate depending only on
//! boto-services can use the macros.

use crate::attr::{Arg, ArgValue};
use crate::ctxt::Ctxt;
use proc_macro2::{Group, TokenStream, TokenTree};
use quote::ToTokens;
use syn::{Expr, Lit};

/// The path of `crate = a::b` or `crate = "a::b"`.
pub(crate) fn path(cx: &Ctxt, arg: &Arg) -> Option<syn::Path> {
    match &arg.value {
        ArgValue::Expr(_, Expr::Path(p)) if p.qself.is_none() && p.attrs.is_empty() => {
            return Some(p.path.clone())
        }
        ArgValue::Expr(_, Expr::Lit(lit)) => {
            if let Lit::Str(s) = &lit.lit {
                return match s.parse::<syn::Path>() {
                    Ok(p) => Some(p),
                    Err(_) => {
                        cx.error_spanned_by(s, "expected a path: `crate = boto_services::core`");
                        None
                    }
                };
            }
        }
        _ => {}
    }
    cx.error_spanned_by(
        arg.value.spanned(&arg.key),
        "`crate` expects the path of boto-core: `crate = boto_services::core`",
    );
    None
}

/// `tokens` with every `::boto_core` that starts a path replaced by `krate`.
pub(crate) fn rewrite(tokens: TokenStream, krate: Option<&syn::Path>) -> TokenStream {
    match krate {
        Some(k) => replace(tokens, &k.to_token_stream()),
        None => tokens,
    }
}

/// Keywords a path starting with `::` can follow (after any other identifier, `::` goes on
/// a path: `g::boto_core`).
const KEYWORDS: &[&str] = &[
    "as", "const", "dyn", "else", "fn", "for", "if", "impl", "in", "let", "match", "move", "mut",
    "pub", "ref", "return", "static", "type", "unsafe", "use", "where", "while", "yield",
];

fn replace(tokens: TokenStream, krate: &TokenStream) -> TokenStream {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut out = TokenStream::new();
    let mut i = 0;
    while i < tokens.len() {
        if let [TokenTree::Punct(a), TokenTree::Punct(b), TokenTree::Ident(name), ..] = &tokens[i..]
        {
            // A leading `::`: not `g::boto_core`.
            let leading = i == 0
                || match &tokens[i - 1] {
                    TokenTree::Ident(prev) => KEYWORDS.iter().any(|k| prev == k),
                    _ => true,
                };
            if leading && a.as_char() == ':' && b.as_char() == ':' && name == "boto_core" {
                out.extend(krate.clone());
                i += 3;
                continue;
            }
        }
        match &tokens[i] {
            TokenTree::Group(g) => {
                let mut group = Group::new(g.delimiter(), replace(g.stream(), krate));
                group.set_span(g.span());
                out.extend([TokenTree::Group(group)]);
            }
            other => out.extend([other.clone()]),
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::rewrite;
    use quote::quote;

    #[test]
    fn every_boto_core_path_is_rewritten() {
        let krate: syn::Path = syn::parse_quote!(boto_services::core);
        let out = rewrite(
            quote!(impl ::boto_core::__private_v1::Shape for X { fn f() -> ::boto_core::Result<()> { g::boto_core() } }),
            Some(&krate),
        );
        assert_eq!(
            out.to_string(),
            quote!(impl boto_services::core::__private_v1::Shape for X { fn f() -> boto_services::core::Result<()> { g::boto_core() } })
                .to_string()
        );
        let same = quote!(::boto_core::X);
        assert_eq!(rewrite(same.clone(), None).to_string(), same.to_string());
    }
}
