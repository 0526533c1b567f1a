//! Attribute parsing shared by every macro of the crate.
//!
//! One small language covers `#[shape(..)]`, `#[client(..)]`, `#[op(..)]`, `#[waiter(..)]`
//! and the resource attributes: a comma-separated list of [`Arg`]s, each one of
//!
//! - a bare flag: `payload`
//! - `key = value`, the value any expression: `name = "Bucket"`, `delay = 5`, `op = get_x`
//! - `key = Name(args..)`: `resource = Queue(url = queue_url)`
//! - `key(args..)`: `paginate(input_token = next_token)`
//! - `key = |o: &T| -> R { .. } == expected`: a typed matcher (waiters); a closure without
//!   `== expected` is an ordinary value (`with = |r| r.limit(5)`).
//!
//! The syntax is parsed here; what each macro accepts is checked with the rules of
//! [`rules`], which report through the [`Ctxt`](crate::ctxt::Ctxt).

pub(crate) mod client;
pub(crate) mod resource;
pub(crate) mod rules;
pub(crate) mod shape;

use crate::ctxt::Ctxt;
use crate::symbol::{Symbol, DOC};
use proc_macro2::TokenStream;
use quote::{quote, ToTokens};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{token, Attribute, Expr, ExprClosure, Ident, Token};

/// A list of arguments: the inside of `#[name(..)]` or of `key(..)`.
pub(crate) type Args = Punctuated<Arg, Token![,]>;

/// One argument: a key and what follows it.
pub(crate) struct Arg {
    /// The key (keywords allowed: `type`, `self`).
    pub(crate) key: Ident,
    /// Its value.
    pub(crate) value: ArgValue,
}

/// What follows a key.
pub(crate) enum ArgValue {
    /// Nothing: `payload`.
    Flag,
    /// `= expr`.
    Expr(Token![=], Expr),
    /// `= Name(args..)`.
    Call(Token![=], Ident, token::Paren, Args),
    /// `(args..)`.
    List(token::Paren, Args),
    /// `= |o| -> R { .. } == expected`.
    Matcher(Token![=], Box<ExprClosure>, Token![==], Expr),
}

impl Parse for Arg {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let key = input.call(Ident::parse_any)?;
        let value = if input.peek(Token![=]) && !input.peek(Token![==]) {
            let eq: Token![=] = input.parse()?;
            if input.peek(Token![|]) || input.peek(Token![||]) || input.peek(Token![move]) {
                let closure: ExprClosure = input.parse()?;
                if input.peek(Token![==]) {
                    let eqeq: Token![==] = input.parse()?;
                    let expected: Expr = input.parse()?;
                    ArgValue::Matcher(eq, Box::new(closure), eqeq, expected)
                } else {
                    ArgValue::Expr(eq, Expr::Closure(closure))
                }
            } else if input.peek(Ident) && input.peek2(token::Paren) {
                let name: Ident = input.parse()?;
                let content;
                let paren = syn::parenthesized!(content in input);
                ArgValue::Call(
                    eq,
                    name,
                    paren,
                    content.parse_terminated(Arg::parse, Token![,])?,
                )
            } else {
                ArgValue::Expr(eq, input.parse()?)
            }
        } else if input.peek(token::Paren) {
            let content;
            let paren = syn::parenthesized!(content in input);
            ArgValue::List(paren, content.parse_terminated(Arg::parse, Token![,])?)
        } else {
            ArgValue::Flag
        };
        Ok(Arg { key, value })
    }
}

impl ToTokens for Arg {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        self.key.to_tokens(tokens);
        self.value.to_tokens(tokens);
    }
}

impl ToTokens for ArgValue {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            ArgValue::Flag => {}
            ArgValue::Expr(eq, e) => tokens.extend(quote!(#eq #e)),
            ArgValue::Call(eq, name, paren, args) => {
                tokens.extend(quote!(#eq #name));
                paren.surround(tokens, |t| args.to_tokens(t));
            }
            ArgValue::List(paren, args) => paren.surround(tokens, |t| args.to_tokens(t)),
            ArgValue::Matcher(eq, c, eqeq, e) => tokens.extend(quote!(#eq #c #eqeq #e)),
        }
    }
}

impl ArgValue {
    /// The tokens after the key, to span a "wrong value" error on (the key when empty).
    pub(crate) fn spanned<'a>(&'a self, key: &'a Ident) -> &'a dyn ToTokens {
        match self {
            ArgValue::Flag => key,
            ArgValue::Expr(_, e) => e,
            other => other,
        }
    }
}

/// Parses the argument list of one attribute: `#[name(args..)]`; `#[name]` alone is an
/// empty list.
pub(crate) fn parse_args(cx: &Ctxt, attr: &Attribute) -> Args {
    match &attr.meta {
        syn::Meta::Path(_) => Args::new(),
        _ => match attr.parse_args_with(Args::parse_terminated) {
            Ok(args) => args,
            Err(e) => {
                cx.syn_error(e);
                Args::new()
            }
        },
    }
}

/// Parses a token stream as an argument list (the `attr` of an attribute macro).
pub(crate) fn parse_tokens(cx: &Ctxt, tokens: TokenStream) -> Args {
    match syn::parse::Parser::parse2(Args::parse_terminated, tokens) {
        Ok(args) => args,
        Err(e) => {
            cx.syn_error(e);
            Args::new()
        }
    }
}

/// The arguments of every `#[name(..)]` attribute in `attrs`, concatenated in order (so a
/// key repeated across two attributes counts as a duplicate).
pub(crate) fn collect_args(cx: &Ctxt, attrs: &[Attribute], name: Symbol) -> Vec<Arg> {
    attrs
        .iter()
        .filter(|a| a.path() == name)
        .flat_map(|a| parse_args(cx, a))
        .collect()
}

/// Removes every `#[name(..)]` attribute (helper attributes of attribute macros, which the
/// compiler would otherwise reject).
pub(crate) fn strip(attrs: &mut Vec<Attribute>, names: &[Symbol]) {
    attrs.retain(|a| !names.iter().any(|n| a.path() == *n));
}

/// The `///` doc attributes of an item, to forward onto generated methods.
pub(crate) fn docs(attrs: &[Attribute]) -> Vec<Attribute> {
    attrs.iter().filter(|a| a.path() == DOC).cloned().collect()
}
