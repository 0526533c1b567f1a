//! Rules of `#[resource]` inputs, one function each, every error spanned at the offending
//! tokens. Rules the compiler checks better (an operation the client lacks, a field the
//! shape lacks) are left to it: `expand` emits code spanned at the user's tokens.

use crate::attr::resource::{Action, Resource, Source, Target};
use crate::ctxt::Ctxt;
use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::Ident;

/// Every rule, in order.
pub(crate) fn check(cx: &Ctxt, r: &Resource) {
    client_given(cx, r);
    plain_struct(cx, r);
    identifiers_or_service(cx, r);
    identifiers_sent(cx, r);
    data_keys(cx, r);
    attributes_need_data(cx, r);
    sources(cx, r);
    items_need_resource(cx, r);
    action_path_types(cx, r);
    no_clashes(cx, r);
}

/// What a resource without `client` is told.
pub(crate) const MISSING_CLIENT: &str =
    "missing `client`: write #[resource(client = MyClient, ..)]";

/// Rule: `client = C` is given.
fn client_given(cx: &Ctxt, r: &Resource) {
    if r.client.is_none() && !r.malformed("client") {
        cx.syn_error(syn::Error::new(r.args_span, MISSING_CLIENT));
    }
}

/// Rule: a struct with named fields (or a unit struct), without generics.
fn plain_struct(cx: &Ctxt, r: &Resource) {
    if r.tuple {
        cx.error_spanned_by(&r.item.fields, "a resource has named fields, not a tuple");
    }
    if !r.item.generics.params.is_empty() {
        cx.error_spanned_by(&r.item.generics, "a resource cannot be generic");
    }
}

/// Rule: a resource has identifiers unless it is the `service` resource, which has none.
/// (A missing `service` is not reported beside an unknown key: that may be it, misspelled.)
fn identifiers_or_service(cx: &Ctxt, r: &Resource) {
    match (&r.service, r.identifiers.is_empty()) {
        (None, true) if !r.tuple && !r.unknown_keys => cx.error_spanned_by(
            r.ident(),
            format!(
                "resource `{}` has no identifiers: mark its identifying fields \
                 #[identifier(param = ..)], or write `service` in #[resource(..)] for the \
                 service resource",
                r.ident()
            ),
        ),
        (Some(service), false) => cx.error_spanned_by(
            service,
            "a `service` resource has no identifiers; remove `service` or the #[identifier]s",
        ),
        _ => {}
    }
}

/// Rule: an identifier without `param` is still sent by every request the resource makes:
/// each `load`, action and collection names it as `self.x` in its `with` closure (EC2's
/// filters and lists), else nothing would send it and every request would fail at run time.
fn identifiers_sent(cx: &Ctxt, r: &Resource) {
    let requests = r
        .load
        .iter()
        .map(|l| ("load", l))
        .chain(r.actions.iter().map(|a| ("action", &a.op)))
        .chain(r.collections.iter().map(|c| ("collection", &c.op)))
        .filter(|(_, op)| !op.malformed && !op.with_malformed);
    let requests: Vec<_> = requests.collect();
    for id in r
        .identifiers
        .iter()
        .filter(|i| i.param.is_none() && !i.local && !i.unknown_keys)
    {
        let unsent = requests.iter().find(|(_, op)| {
            !op.with
                .as_ref()
                .is_some_and(|w| mentions_self_field(w.to_token_stream(), &id.name))
        });
        if let Some((what, op)) = unsent {
            cx.error_spanned_by(
                &id.name,
                format!(
                    "identifier `{name}` has no `param`, so the {what} `{op}` would send the \
                     request without it: name the request's field, \
                     #[identifier(param = field_of_the_request)], or set it in `{with} = |r| ..` \
                     from `self.{name}`",
                    name = id.name,
                    op = op.op,
                    with = if *what == "load" { "load_with" } else { "with" },
                ),
            );
        }
    }
}

/// Whether `tokens` contain `self.name`.
fn mentions_self_field(tokens: TokenStream, name: &Ident) -> bool {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    tokens.windows(3).any(|w| match w {
        [TokenTree::Ident(s), TokenTree::Punct(dot), TokenTree::Ident(n)] => {
            s == "self" && dot.as_char() == '.' && n == name
        }
        _ => false,
    }) || tokens.iter().any(|t| match t {
        TokenTree::Group(g) => mentions_self_field(g.stream(), name),
        _ => false,
    })
}

/// Rule: `load_with`/`load_path` need `load`; `load_path` needs `shape`. (A missing key is not reported beside an unknown one.)
fn data_keys(cx: &Ctxt, r: &Resource) {
    if r.load.is_none() && !r.unknown_keys {
        for key in &r.load_keys {
            cx.error_spanned_by(key, format!("`{key}` needs `load = operation`"));
        }
    }
    if let Some(load) = &r.load {
        let shape_given = r.shape.is_some() || r.malformed("shape");
        if let (Some(path), false, false) = (&load.path, shape_given, r.unknown_keys) {
            cx.error_spanned_by(
                path,
                "`load_path` picks the data out of the output: name its type with `shape = ..`",
            );
        }
    }
}

/// Rule: attributes are fields of the data, so the resource needs data. (Not reported
/// beside an unknown key of #[resource(..)]: that may be a misspelled `load` or `shape`.)
fn attributes_need_data(cx: &Ctxt, r: &Resource) {
    if r.has_data() || r.unknown_keys {
        return;
    }
    for a in &r.attributes {
        cx.error_spanned_by(
            &a.name,
            format!(
                "attribute `{}` is a field of the resource's data: give #[resource(.., load = \
                 operation)] or `shape = DataShape`, or mark it #[identifier]",
                a.name
            ),
        );
    }
}

fn is_identifier(r: &Resource, name: &Ident) -> bool {
    r.identifiers.iter().any(|i| i.name == *name)
}

/// Rule: every mapping word fits where it is written: `self.x` names an identifier;
/// `item` needs `items`; output fields need an output (not in sub-resources); references
/// read data and take no arguments.
fn sources(cx: &Ctxt, r: &Resource) {
    let check = |target: &Target, items: bool, output: bool, reference: bool, request: bool| {
        for m in &target.ids {
            match &m.source {
                Source::SelfId(x) if !is_identifier(r, x) => {
                    cx.error_spanned_by(x, format!("`{x}` is not an identifier of `{}`", r.ident()))
                }
                Source::Item(i) if !items => cx.error_spanned_by(
                    i,
                    "`item` is the element of `items = ..`; this declaration has no `items`",
                ),
                Source::Field(f) if !output => cx.error_spanned_by(
                    &f[0],
                    "a sub-resource builds no request: map identifiers from `self.x` or leave \
                     them as arguments",
                ),
                Source::Request(f) if !output || reference || !request => cx.error_spanned_by(
                    &f[0],
                    "`request.field` reads the request an action or collection sent; only \
                     those have one",
                ),
                Source::Arg if reference => cx.error_spanned_by(
                    &m.id,
                    "a reference takes no arguments: map it from `self.x` or a data field",
                ),
                _ => {}
            }
        }
    };
    for a in &r.actions {
        if let Some(t) = &a.target {
            check(t, a.items.is_some() || a.unknown_keys, true, false, true);
        }
    }
    for a in &r.collections {
        if let Some(t) = &a.target {
            check(t, a.items.is_some() || a.unknown_keys, true, false, true);
        }
    }
    for t in r.subresources.iter().filter_map(|s| s.target.as_ref()) {
        check(t, false, false, false, false);
    }
    for s in &r.references {
        let Some(t) = &s.target else { continue };
        check(t, false, true, true, false);
        let reads_data = t.ids.iter().any(|m| matches!(m.source, Source::Field(_)));
        if reads_data && !r.has_data() && !r.unknown_keys {
            cx.error_spanned_by(
                &s.name,
                "this reference reads the resource's data, which needs `load` or `shape`",
            );
        }
    }
}

/// Rule: `items` maps list elements to resources, so it needs `resource`; a collection
/// needs both. (Not when a key of the declaration is unknown: that error says it.)
fn items_need_resource(cx: &Ctxt, r: &Resource) {
    let known_keys = |a: &&Action| !a.unknown_keys;
    for a in r.actions.iter().filter(known_keys) {
        if let (Some(key), None) = (&a.items_key, &a.target) {
            cx.error_spanned_by(key, "`items` needs `resource = Type(..)` to build");
        }
    }
    for c in r.collections.iter().filter(known_keys) {
        if c.target.is_none() {
            cx.error_spanned_by(&c.name, "a collection needs `resource = Type(..)`");
        }
        if c.items.is_none() && c.target.is_some() {
            cx.error_spanned_by(&c.name, "a collection needs `items = list_field`");
        }
    }
}

/// Rule: an action's `path` without `resource` returns what the closure returns, so the
/// closure must spell its return type.
fn action_path_types(cx: &Ctxt, r: &Resource) {
    for a in r.actions.iter().filter(|a| !a.unknown_keys) {
        if let (Some(path), None) = (&a.op.path, &a.target) {
            if matches!(path.output, syn::ReturnType::Default) {
                cx.error_spanned_by(
                    path,
                    "`path` on an action without `resource` needs a return type: \
                     `|o: Output| -> T { .. }`",
                );
            }
        }
    }
}

/// Rule: no two generated methods share a name. boto3's precedence decides which
/// declaration is reported: identifiers win, then actions, sub-resources, references,
/// collections, waiters, attributes; the generated `new`, `client`, `load`, `reload` and
/// `data` are taken first.
fn no_clashes(cx: &Ctxt, r: &Resource) {
    let mut taken: Vec<(String, &'static str)> = ["new", "client", "load", "reload", "data"]
        .iter()
        .map(|n| (n.to_string(), "a generated method"))
        .collect();
    let mut claim = |name: &Ident, what: &'static str, method: String| {
        if let Some((_, other)) = taken.iter().find(|(n, _)| *n == method) {
            cx.error_spanned_by(
                name,
                format!(
                    "{what} `{method}` clashes with {other} of `{}` (boto3's precedence: \
                     identifiers, actions, sub-resources, references, collections, waiters, \
                     attributes); rename it",
                    r.ident()
                ),
            );
        } else {
            taken.push((method, what));
        }
    };
    for i in &r.identifiers {
        claim(&i.name, "identifier", i.name.to_string());
    }
    let named = |list: &[Action]| -> Vec<Ident> { list.iter().map(|a| a.name.clone()).collect() };
    for n in named(&r.actions) {
        claim(&n, "action", n.to_string());
    }
    for s in &r.subresources {
        claim(&s.name, "sub-resource", s.name.to_string());
    }
    for s in &r.references {
        claim(&s.name, "reference", s.name.to_string());
    }
    for n in named(&r.collections) {
        claim(&n, "collection", n.to_string());
    }
    for w in &r.waiters {
        claim(&w.name, "waiter", format!("wait_until_{}", w.name));
    }
    for a in &r.attributes {
        claim(&a.name, "attribute", a.name.to_string());
    }
    let mut batch: Vec<String> = Vec::new();
    for b in &r.batch_actions {
        let n = b.name.to_string();
        if batch.contains(&n)
            || ["all", "filter", "limit", "page_size", "pages"].contains(&n.as_str())
        {
            cx.error_spanned_by(
                &b.name,
                format!("batch action `{n}` clashes with a collection method"),
            );
        }
        batch.push(n);
    }
}
