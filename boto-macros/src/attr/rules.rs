//! One function per validity rule of the attribute language, each reporting through the
//! [`Ctxt`] with a span on the offending tokens.

use super::{Arg, ArgValue, Args};
use crate::ctxt::Ctxt;
use crate::symbol::Symbol;
use syn::ext::IdentExt;
use syn::{Expr, ExprClosure, Ident, Lit, LitInt, LitStr};

/// Rule: every key is one the attribute knows. Reports `unknown key` on each other key and
/// returns the known ones.
pub(crate) fn known_keys<'a>(
    cx: &Ctxt,
    args: impl IntoIterator<Item = &'a Arg>,
    known: &[Symbol],
    attr: &str,
) -> Vec<&'a Arg> {
    let mut out = Vec::new();
    for arg in args {
        if known.iter().any(|k| arg.key == *k) {
            out.push(arg);
        } else {
            let key = arg.key.unraw().to_string();
            cx.error_spanned_by(
                &arg.key,
                unknown(&format!("key `{key}` in {attr}"), &key, known),
            );
        }
    }
    out
}

/// botocore's spelling of a key and the key that means the same here.
const BOTOCORE_KEYS: &[(&str, Symbol)] = &[
    ("limit_key", crate::symbol::LIMIT),
    ("result_key", crate::symbol::ITEMS),
    ("location_name", crate::symbol::NAME),
    ("locationName", crate::symbol::NAME),
];

/// "unknown {what}; {hint}expected one of `a`, `b`": the hint names botocore's equivalent
/// or the closest known word.
pub(crate) fn unknown(what: &str, word: &str, known: &[Symbol]) -> String {
    let list: Vec<_> = known.iter().map(|k| format!("`{k}`")).collect();
    let hint = match BOTOCORE_KEYS
        .iter()
        .find(|(b, k)| *b == word && known.contains(k))
    {
        Some((b, k)) => format!("botocore's `{b}` is `{k}` here; "),
        None => match crate::similar::closest(word, known.iter().map(|k| k.0)) {
            Some(c) => format!("did you mean `{c}`? "),
            None => String::new(),
        },
    };
    if known.is_empty() {
        return format!("unknown {what}; this attribute takes no other keys");
    }
    format!("unknown {what}; {hint}expected one of {}", list.join(", "))
}

/// Rule: no key appears twice. Reports `duplicate key` on every repetition and keeps the
/// first occurrence.
pub(crate) fn unique_keys<'a>(cx: &Ctxt, args: Vec<&'a Arg>, attr: &str) -> Vec<&'a Arg> {
    let mut out: Vec<&Arg> = Vec::new();
    for arg in args {
        if out.iter().any(|a| a.key == arg.key) {
            cx.error_spanned_by(
                &arg.key,
                format!("duplicate key `{}` in {attr}", arg.key.unraw()),
            );
        } else {
            out.push(arg);
        }
    }
    out
}

/// Both rules above, in order: the known, unique arguments.
pub(crate) fn checked<'a>(
    cx: &Ctxt,
    args: impl IntoIterator<Item = &'a Arg>,
    known: &[Symbol],
    attr: &str,
) -> Vec<&'a Arg> {
    let known = known_keys(cx, args, known, attr);
    unique_keys(cx, known, attr)
}

/// The argument with this key, if present.
pub(crate) fn find<'a>(args: &[&'a Arg], key: Symbol) -> Option<&'a Arg> {
    args.iter().copied().find(|a| a.key == key)
}

fn wrong_type(cx: &Ctxt, arg: &Arg, expected: &str) {
    cx.error_spanned_by(
        arg.value.spanned(&arg.key),
        format!("`{}` expects {expected}", arg.key.unraw()),
    );
}

/// Rule (value type): a bare flag, `key`.
pub(crate) fn flag(cx: &Ctxt, arg: &Arg) -> bool {
    match arg.value {
        ArgValue::Flag => true,
        _ => {
            wrong_type(
                cx,
                arg,
                &format!("no value: write `{}` alone", arg.key.unraw()),
            );
            false
        }
    }
}

/// Rule (value type): a string literal, `key = ".."`.
pub(crate) fn string(cx: &Ctxt, arg: &Arg) -> Option<LitStr> {
    if let ArgValue::Expr(_, Expr::Lit(lit)) = &arg.value {
        if let Lit::Str(s) = &lit.lit {
            return Some(s.clone());
        }
    }
    wrong_type(cx, arg, "a string literal: `key = \"..\"`");
    None
}

/// Rule (value type): an integer literal that fits `N`, `key = 5`.
pub(crate) fn int<N>(cx: &Ctxt, arg: &Arg) -> Option<(N, LitInt)>
where
    N: std::str::FromStr,
    N::Err: std::fmt::Display,
{
    if let ArgValue::Expr(_, Expr::Lit(lit)) = &arg.value {
        if let Lit::Int(i) = &lit.lit {
            return match i.base10_parse::<N>() {
                Ok(n) => Some((n, i.clone())),
                Err(e) => {
                    cx.syn_error(e);
                    None
                }
            };
        }
    }
    wrong_type(cx, arg, "an integer literal: `key = 5`");
    None
}

/// Rule (value type): one identifier, `key = name`.
pub(crate) fn ident(cx: &Ctxt, arg: &Arg) -> Option<Ident> {
    if let ArgValue::Expr(_, Expr::Path(p)) = &arg.value {
        if p.qself.is_none() && p.attrs.is_empty() {
            if let Some(i) = p.path.get_ident() {
                return Some(i.clone());
            }
        }
    }
    wrong_type(cx, arg, "an identifier: `key = name`");
    None
}

/// Rule (value type): one identifier or a parenthesised tuple of them, `key = name` or
/// `key = (a, b)`.
pub(crate) fn idents(cx: &Ctxt, arg: &Arg) -> Option<Vec<Ident>> {
    if let ArgValue::Expr(_, Expr::Paren(p)) = &arg.value {
        if let Expr::Path(path) = &*p.expr {
            if let Some(i) = path.path.get_ident().filter(|_| path.qself.is_none()) {
                return Some(vec![i.clone()]);
            }
        }
    }
    if let ArgValue::Expr(_, Expr::Tuple(t)) = &arg.value {
        let ids: Option<Vec<Ident>> = t
            .elems
            .iter()
            .map(|e| match e {
                Expr::Path(p) if p.qself.is_none() && p.attrs.is_empty() => {
                    p.path.get_ident().cloned()
                }
                _ => None,
            })
            .collect();
        match ids {
            Some(ids) if !ids.is_empty() && t.attrs.is_empty() => return Some(ids),
            _ => {
                wrong_type(cx, arg, "an identifier or a tuple of them: `key = (a, b)`");
                return None;
            }
        }
    }
    ident(cx, arg).map(|i| vec![i])
}

/// Rule (value type): a nested list, `key(..)`.
pub(crate) fn list<'a>(cx: &Ctxt, arg: &'a Arg) -> Option<&'a Args> {
    if let ArgValue::List(_, args) = &arg.value {
        return Some(args);
    }
    wrong_type(cx, arg, "a list: `key(..)`");
    None
}

/// Rule (value type): a closure, `key = |x| ..`.
pub(crate) fn closure<'a>(cx: &Ctxt, arg: &'a Arg) -> Option<&'a ExprClosure> {
    if let ArgValue::Expr(_, Expr::Closure(c)) = &arg.value {
        return Some(c);
    }
    wrong_type(cx, arg, "a closure: `key = |x| ..`");
    None
}

/// Rule (value type): a typed matcher, `key = |o: &T| -> R { .. } == expected`.
pub(crate) fn matcher<'a>(cx: &Ctxt, arg: &'a Arg) -> Option<(&'a ExprClosure, &'a Expr)> {
    match &arg.value {
        ArgValue::Matcher(_, c, _, e) => Some((c, e)),
        ArgValue::Expr(_, Expr::Closure(c)) if matches!(c.output, syn::ReturnType::Default) => {
            cx.error_spanned_by(
                c,
                "a matcher closure needs a return type and a block, then `== expected`: \
                 `|o| -> &str { .. } == \"value\"`",
            );
            None
        }
        _ => {
            wrong_type(cx, arg, "a matcher: `|o| -> R { .. } == expected`");
            None
        }
    }
}
