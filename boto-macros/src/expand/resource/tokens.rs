//! Token helpers: spans moved onto the user's tokens.

use proc_macro2::{Delimiter, TokenStream};

/// `{ tokens }` with the braces at `span` and the inside untouched.
pub(super) fn braced(tokens: TokenStream, span: proc_macro2::Span) -> TokenStream {
    group(Delimiter::Brace, tokens, span)
}

/// A delimited group at `span`, its inside untouched.
pub(super) fn group(
    delimiter: Delimiter,
    tokens: TokenStream,
    span: proc_macro2::Span,
) -> TokenStream {
    let mut group = proc_macro2::Group::new(delimiter, tokens);
    group.set_span(span);
    proc_macro2::TokenTree::Group(group).into()
}

/// Replaces each placeholder identifier by its tokens (which keep their own spans).
pub(super) fn fill_holes(tokens: TokenStream, holes: &[(&str, TokenStream)]) -> TokenStream {
    let mut out = TokenStream::new();
    for t in tokens {
        match t {
            proc_macro2::TokenTree::Ident(i) => match holes.iter().find(|(n, _)| i == n) {
                Some((_, fill)) => out.extend(fill.clone()),
                None => out.extend([proc_macro2::TokenTree::Ident(i)]),
            },
            proc_macro2::TokenTree::Group(g) => {
                let mut group =
                    proc_macro2::Group::new(g.delimiter(), fill_holes(g.stream(), holes));
                group.set_span(g.span());
                out.extend([proc_macro2::TokenTree::Group(group)]);
            }
            other => out.extend([other]),
        }
    }
    out
}

/// Gives every token of `tokens` the span `span`.
pub(super) fn respan(tokens: TokenStream, span: proc_macro2::Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut t| {
            if let proc_macro2::TokenTree::Group(g) = &t {
                let mut group = proc_macro2::Group::new(g.delimiter(), respan(g.stream(), span));
                group.set_span(span);
                t = proc_macro2::TokenTree::Group(group);
            } else {
                t.set_span(span);
            }
            t
        })
        .collect()
}
