//! The parsed model of a `#[resource]` input: the struct, its identifiers and attributes,
//! and every `#[action]`, `#[batch_action]`, `#[subresource]`, `#[reference]`,
//! `#[collection]` and `#[waiter]` on it.

use super::rules::{self, find};
use super::{collect_args, docs, parse_tokens, Arg, ArgValue};
use crate::ctxt::Ctxt;
use crate::symbol::Symbol;
use proc_macro2::{Span, TokenStream};
use quote::format_ident;
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{Attribute, Expr, ExprClosure, Fields, Ident, ItemStruct, Type};

pub(crate) const RESOURCE: Symbol = Symbol("resource");
pub(crate) const ACTION: Symbol = Symbol("action");
pub(crate) const BATCH_ACTION: Symbol = Symbol("batch_action");
pub(crate) const SUBRESOURCE: Symbol = Symbol("subresource");
pub(crate) const REFERENCE: Symbol = Symbol("reference");
pub(crate) const COLLECTION: Symbol = Symbol("collection");
pub(crate) const WAITER: Symbol = Symbol("waiter");
pub(crate) const IDENTIFIER: Symbol = Symbol("identifier");
pub(crate) const ATTRIBUTE: Symbol = Symbol("attribute");
const CLIENT: Symbol = Symbol("client");
const SERVICE: Symbol = Symbol("service");
const LOAD: Symbol = Symbol("load");
const LOAD_WITH: Symbol = Symbol("load_with");
const LOAD_PATH: Symbol = Symbol("load_path");
const LOAD_UNFILLED: Symbol = Symbol("load_unfilled");
const SHAPE: Symbol = Symbol("shape");
const PARAM: Symbol = Symbol("param");
const LOCAL: Symbol = Symbol("local");
const MEMBER: Symbol = Symbol("member");
const ITEMS: Symbol = Symbol("items");
const WITH: Symbol = Symbol("with");
const PATH: Symbol = Symbol("path");
const ITEM: &str = "item";
const REQUEST: &str = "request";

/// Every helper attribute `#[resource]` consumes.
pub(crate) const HELPERS: &[Symbol] = &[
    ACTION,
    BATCH_ACTION,
    SUBRESOURCE,
    REFERENCE,
    COLLECTION,
    WAITER,
];

/// A `#[resource]` struct.
pub(crate) struct Resource {
    /// The struct, helper attributes removed (re-emitted as is on error).
    pub(crate) item: ItemStruct,
    /// Span of the `#[resource(..)]` arguments (the attribute itself when empty).
    pub(crate) args_span: Span,
    pub(crate) client: Option<Type>,
    pub(crate) service: Option<Ident>,
    pub(crate) load: Option<OpRef>,
    /// `load_with` / `load_path` / `load_unfilled` keys, for the "needs `load`" rule.
    pub(crate) load_keys: Vec<Ident>,
    /// `load_unfilled`: the load request gets no identifier `param` (its operation has no
    /// such member; `load_with`/`load_path` read `self.x`).
    pub(crate) load_unfilled: bool,
    pub(crate) shape: Option<Type>,
    pub(crate) identifiers: Vec<Identifier>,
    pub(crate) attributes: Vec<Attr>,
    pub(crate) actions: Vec<Action>,
    pub(crate) batch_actions: Vec<Action>,
    pub(crate) subresources: Vec<Link>,
    pub(crate) references: Vec<Link>,
    pub(crate) collections: Vec<Action>,
    pub(crate) waiters: Vec<Waiter>,
    /// `true` when the struct is a tuple struct (rejected by `check`).
    pub(crate) tuple: bool,
    /// `crate = path`: where boto-core is.
    pub(crate) krate: Option<syn::Path>,
    /// A key of `#[resource(..)]` is unknown (already an error, perhaps a misspelled `load`
    /// or `service`): the rules about a missing key say nothing more.
    pub(crate) unknown_keys: bool,
    /// The keys of `#[resource(..)]` given with a value that did not parse (already an
    /// error): the rules about them missing say nothing, and what they would type stands
    /// in (`shape`).
    pub(crate) malformed: Vec<Ident>,
}

/// An operation with its optional constant parameters and data path.
pub(crate) struct OpRef {
    pub(crate) op: Ident,
    /// The operation was not a name (already an error): `op` is a placeholder and the
    /// expansion stands in for the operation (`expand::resource::expand_after_errors`).
    pub(crate) malformed: bool,
    /// Its `with` (`load_with`) was given but did not parse (already an error): what it
    /// would have sent is not known.
    pub(crate) with_malformed: bool,
    pub(crate) with: Option<ExprClosure>,
    pub(crate) path: Option<ExprClosure>,
}

/// `#[identifier(param = p, member = m)] name: T`
pub(crate) struct Identifier {
    pub(crate) name: Ident,
    pub(crate) ty: Type,
    pub(crate) param: Option<Ident>,
    pub(crate) member: Option<Ident>,
    /// `local`: no request sends it (boto3's `AccessKeyPair.secret`, carried along).
    pub(crate) local: bool,
    pub(crate) docs: Vec<Attribute>,
    /// A key of `#[identifier(..)]` is unknown (already an error, perhaps a misspelled
    /// `param`) or `param` did not parse: the rule about an identifier no request sends
    /// says nothing more.
    pub(crate) unknown_keys: bool,
}

/// An attribute: a field of the data shape.
pub(crate) struct Attr {
    pub(crate) name: Ident,
    /// `#[attribute(member = m)]`: the data's field when it is not `name` (boto3 renames an
    /// attribute that another method's name takes: `roles_attribute`).
    pub(crate) member: Option<Ident>,
    pub(crate) ty: Type,
    pub(crate) docs: Vec<Attribute>,
}

/// `#[action]`, `#[batch_action]` or `#[collection]`: `name = op, ..`.
pub(crate) struct Action {
    pub(crate) name: Ident,
    pub(crate) op: OpRef,
    pub(crate) items: Option<Vec<Ident>>,
    /// The `items` key, for spans.
    pub(crate) items_key: Option<Ident>,
    pub(crate) target: Option<Target>,
    /// Without `resource`, what an unknown key written `Type(..)` (probably `resource`
    /// misspelled) would build: only its arguments are used, by the stand-in method.
    pub(crate) guess: Option<Target>,
    /// A key of the declaration is unknown (already an error, perhaps a misspelled `items`
    /// or `resource`), or a known one did not parse: the rules about a missing key say
    /// nothing more.
    pub(crate) unknown_keys: bool,
    /// `items` was given but did not parse (already an error): what the action builds is
    /// a list of unknown length, so it stands in.
    pub(crate) items_malformed: bool,
}

impl Action {
    /// An action that builds resources (it maps `items`, or has an unknown key that may be a
    /// misspelled `resource`) but whose `resource` did not parse, or whose `items` did not:
    /// already an error.
    pub(crate) fn resource_unknown(&self) -> bool {
        self.target.is_none() && (self.items.is_some() || self.unknown_keys) || self.items_malformed
    }
}

/// `#[subresource]` / `#[reference]`: `name = Type(..)`.
pub(crate) struct Link {
    pub(crate) name: Ident,
    /// `None` when it did not parse (already an error): the method stands in.
    pub(crate) target: Option<Target>,
}

/// `#[waiter(name = client_waiter, with = |r| ..)]`
pub(crate) struct Waiter {
    pub(crate) name: Ident,
    pub(crate) waiter: Ident,
    /// `with = |r| ..`: adjusts the waiter's request after the identifiers' `param`s (an
    /// identifier sent under another name, EC2's `VpcIds`).
    pub(crate) with: Option<syn::ExprClosure>,
}

/// `Type(id = source, ..)`
pub(crate) struct Target {
    pub(crate) ty: Ident,
    pub(crate) ids: Vec<Mapping>,
}

/// `id = source`, or `id` alone.
pub(crate) struct Mapping {
    pub(crate) id: Ident,
    pub(crate) source: Source,
}

/// Where a child identifier comes from.
pub(crate) enum Source {
    /// Nothing given: an argument of the generated method.
    Arg,
    /// `self.x`: an identifier of this resource (the ident is `x`).
    SelfId(Ident),
    /// `item`: the list element itself.
    Item(Ident),
    /// `a.b`: a field of the output, of each element, or of the loaded data.
    Field(Vec<Ident>),
    /// `request.a`: a field of the action's request, as sent (boto3's
    /// `requestParameter`); the idents after `request`.
    Request(Vec<Ident>),
}

impl Resource {
    /// Parses the attribute arguments and the struct. Records every syntax error in `cx`.
    pub(crate) fn from_syn(cx: &Ctxt, args: TokenStream, mut item: ItemStruct) -> Resource {
        let args_span = if args.is_empty() {
            Span::call_site()
        } else {
            args.span()
        };
        let parsed = parse_tokens(cx, args);
        let known = [
            CLIENT,
            SERVICE,
            LOAD,
            LOAD_WITH,
            LOAD_PATH,
            LOAD_UNFILLED,
            SHAPE,
            crate::symbol::CRATE,
        ];
        let unknown_keys = parsed.iter().any(|a| !known.iter().any(|k| a.key == *k));
        let args = rules::checked(cx, &parsed, &known, "resource");
        let mut malformed = Vec::new();
        let mut given = |key: Symbol, parsed: bool| {
            if let (Some(a), false) = (find(&args, key), parsed) {
                malformed.push(a.key.clone());
            }
        };
        let client = find(&args, CLIENT).and_then(|a| ty(cx, a));
        given(CLIENT, client.is_some());
        // `service = ..` is an error, and still the service resource for the other rules.
        let service = find(&args, SERVICE).map(|a| {
            rules::flag(cx, a);
            a.key.clone()
        });
        let load = find(&args, LOAD).map(|a| op_name(cx, a));
        let load_with = find(&args, LOAD_WITH).and_then(|a| rules::closure(cx, a));
        given(LOAD_WITH, load_with.is_some());
        let load_path = find(&args, LOAD_PATH).and_then(|a| rules::closure(cx, a));
        given(LOAD_PATH, load_path.is_some());
        let load_unfilled = find(&args, LOAD_UNFILLED).is_some_and(|a| rules::flag(cx, a));
        let load_keys = [LOAD_WITH, LOAD_PATH, LOAD_UNFILLED]
            .iter()
            .filter_map(|k| find(&args, *k).map(|a| a.key.clone()))
            .collect();
        let with_malformed = find(&args, LOAD_WITH).is_some() && load_with.is_none();
        let load = load.map(|(op, malformed)| OpRef {
            op,
            malformed,
            with_malformed,
            with: load_with.cloned(),
            path: load_path.cloned(),
        });
        let shape = find(&args, SHAPE).and_then(|a| ty(cx, a));
        given(SHAPE, shape.is_some());
        let krate = find(&args, crate::symbol::CRATE).and_then(|a| crate::krate::path(cx, a));

        let attrs = &item.attrs;
        let list = |name: Symbol| -> Vec<Vec<Arg>> {
            attrs
                .iter()
                .filter(|a| a.path() == name)
                .map(|a| super::parse_args(cx, a).into_iter().collect())
                .collect()
        };
        let actions = list(ACTION)
            .into_iter()
            .filter_map(|a| action(cx, a, "action", &[ITEMS, RESOURCE, WITH, PATH]))
            .collect();
        let batch_actions = list(BATCH_ACTION)
            .into_iter()
            .filter_map(|a| action(cx, a, "batch_action", &[WITH]))
            .collect();
        let collections = list(COLLECTION)
            .into_iter()
            .filter_map(|a| action(cx, a, "collection", &[ITEMS, RESOURCE, WITH, PATH]))
            .collect();
        let subresources = list(SUBRESOURCE)
            .into_iter()
            .filter_map(|a| link(cx, a, "subresource"))
            .collect();
        let references = list(REFERENCE)
            .into_iter()
            .filter_map(|a| link(cx, a, "reference"))
            .collect();
        let waiters = list(WAITER)
            .into_iter()
            .filter_map(|a| {
                let (first, rest) = split_first(cx, a, "waiter")?;
                let rest = rules::checked(cx, &rest, &[WITH], "waiter");
                let with = find(&rest, WITH)
                    .and_then(|a| rules::closure(cx, a))
                    .cloned();
                // A malformed waiter name is an error; the method is still emitted (its body,
                // the one place the name is used, is stubbed after errors).
                let waiter = rules::ident(cx, &first).unwrap_or_else(|| first.key.clone());
                Some(Waiter {
                    name: first.key,
                    waiter,
                    with,
                })
            })
            .collect();

        let mut identifiers = Vec::new();
        let mut attributes = Vec::new();
        let tuple = matches!(item.fields, Fields::Unnamed(_));
        for field in item.fields.iter() {
            let Some(name) = field.ident.clone() else {
                continue;
            };
            let is_id = field.attrs.iter().any(|a| a.path() == IDENTIFIER);
            if is_id {
                let args = collect_args(cx, &field.attrs, IDENTIFIER);
                let unknown_keys = args
                    .iter()
                    .any(|a| a.key != PARAM && a.key != MEMBER && a.key != LOCAL);
                let args = rules::checked(cx, &args, &[PARAM, MEMBER, LOCAL], "identifier");
                let param = find(&args, PARAM).and_then(|a| rules::ident(cx, a));
                let param_malformed = find(&args, PARAM).is_some() && param.is_none();
                identifiers.push(Identifier {
                    name,
                    ty: field.ty.clone(),
                    param,
                    member: find(&args, MEMBER).and_then(|a| rules::ident(cx, a)),
                    local: find(&args, LOCAL).is_some(),
                    docs: docs(&field.attrs),
                    unknown_keys: unknown_keys || param_malformed,
                });
            } else {
                let args = collect_args(cx, &field.attrs, ATTRIBUTE);
                let args = rules::checked(cx, &args, &[MEMBER], "attribute");
                attributes.push(Attr {
                    member: find(&args, MEMBER).and_then(|a| rules::ident(cx, a)),
                    name,
                    ty: field.ty.clone(),
                    docs: docs(&field.attrs),
                });
            }
        }
        let mut helpers = HELPERS.to_vec();
        helpers.push(RESOURCE);
        super::strip(&mut item.attrs, &helpers);
        for field in item.fields.iter_mut() {
            super::strip(&mut field.attrs, &[IDENTIFIER, ATTRIBUTE]);
        }
        Resource {
            item,
            args_span,
            client,
            service,
            load,
            load_keys,
            load_unfilled,
            shape,
            identifiers,
            attributes,
            actions,
            batch_actions,
            subresources,
            references,
            collections,
            waiters,
            tuple,
            krate,
            unknown_keys,
            malformed,
        }
    }

    /// Whether `key` was given with a value that did not parse.
    pub(crate) fn malformed(&self, key: &str) -> bool {
        self.malformed.iter().any(|k| k == key)
    }

    /// The struct's name.
    pub(crate) fn ident(&self) -> &Ident {
        &self.item.ident
    }

    /// Whether the resource has data (`load` or `shape`, perhaps malformed).
    pub(crate) fn has_data(&self) -> bool {
        self.load.is_some() || self.shape.is_some() || self.malformed("shape")
    }
}

/// `key = Type` (a path type).
fn ty(cx: &Ctxt, arg: &Arg) -> Option<Type> {
    if let ArgValue::Expr(_, Expr::Path(p)) = &arg.value {
        if p.qself.is_none() {
            return Some(Type::Path(syn::TypePath {
                qself: None,
                path: p.path.clone(),
            }));
        }
    }
    cx.error_spanned_by(
        arg.value.spanned(&arg.key),
        format!("`{}` expects a type: `{} = Name`", arg.key, arg.key),
    );
    None
}

/// The leading `name = ..` of a helper attribute and the keys after it.
fn split_first(cx: &Ctxt, args: Vec<Arg>, attr: &str) -> Option<(Arg, Vec<Arg>)> {
    let mut iter = args.into_iter();
    match iter.next() {
        Some(first) => Some((first, iter.collect())),
        None => {
            cx.error_spanned_by(
                Ident::new(attr, Span::call_site()),
                format!("#[{attr}(..)] needs `name = ..` first"),
            );
            None
        }
    }
}

fn action(cx: &Ctxt, args: Vec<Arg>, attr: &str, known: &[Symbol]) -> Option<Action> {
    let (first, all) = split_first(cx, args, attr)?;
    let unknown_keys = all.iter().any(|a| !known.iter().any(|k| a.key == *k));
    let rest = rules::checked(cx, &all, known, attr);
    let (op, malformed) = op_name(cx, &first);
    let items_arg = find(&rest, ITEMS);
    let items = items_arg.and_then(|a| field_path(cx, a));
    let target = find(&rest, RESOURCE).and_then(|a| target(cx, a));
    let with = find(&rest, WITH)
        .and_then(|a| rules::closure(cx, a))
        .cloned();
    let path = find(&rest, PATH)
        .and_then(|a| rules::closure(cx, a))
        .cloned();
    let bad = |key: Symbol, parsed: bool| find(&rest, key).is_some() && !parsed;
    let with_malformed = bad(WITH, with.is_some());
    let items_malformed = bad(ITEMS, items.is_some());
    let any_malformed = with_malformed
        || items_malformed
        || bad(RESOURCE, target.is_some())
        || bad(PATH, path.is_some());
    // Without `resource`, an unknown key written `Type(..)` is probably it, misspelled: its
    // arguments are the stand-in method's (see `Action::guess`).
    let guess = match (&target, unknown_keys) {
        (None, true) => all
            .iter()
            .filter(|a| !known.iter().any(|k| a.key == *k))
            .find_map(|a| {
                let scratch = Ctxt::new();
                let t = self::target(&scratch, a);
                scratch.check().ok().and(t)
            }),
        _ => None,
    };
    Some(Action {
        name: first.key.clone(),
        op: OpRef {
            op,
            malformed,
            with_malformed,
            with,
            path,
        },
        items,
        items_key: items_arg.map(|a| a.key.clone()),
        target,
        guess,
        unknown_keys: unknown_keys || any_malformed,
        items_malformed,
    })
}

fn link(cx: &Ctxt, args: Vec<Arg>, attr: &str) -> Option<Link> {
    let (first, rest) = split_first(cx, args, attr)?;
    rules::checked(cx, &rest, &[], attr);
    Some(Link {
        name: first.key.clone(),
        target: target(cx, &first),
    })
}

/// The operation `key = name` names, and whether it was malformed (then an error, and a
/// placeholder name that no client has: `__malformed_key`).
fn op_name(cx: &Ctxt, arg: &Arg) -> (Ident, bool) {
    match rules::ident(cx, arg) {
        Some(op) => (op, false),
        None => {
            let key = arg.key.unraw();
            (
                format_ident!("__malformed_{}", key, span = arg.key.span()),
                true,
            )
        }
    }
}

/// `items = a.b`
fn field_path(cx: &Ctxt, arg: &Arg) -> Option<Vec<Ident>> {
    if let ArgValue::Expr(_, e) = &arg.value {
        if let Some(path) = expr_path(e) {
            return Some(path);
        }
    }
    cx.error_spanned_by(
        arg.value.spanned(&arg.key),
        format!(
            "`{}` expects a field of the output: `{} = name`",
            arg.key, arg.key
        ),
    );
    None
}

/// `a`, `a.b.c` as identifiers; `None` for anything else.
fn expr_path(e: &Expr) -> Option<Vec<Ident>> {
    match e {
        Expr::Path(p) if p.qself.is_none() => Some(vec![p.path.get_ident()?.clone()]),
        Expr::Field(f) => {
            let mut base = expr_path(&f.base)?;
            match &f.member {
                syn::Member::Named(i) => base.push(i.clone()),
                syn::Member::Unnamed(_) => return None,
            }
            Some(base)
        }
        _ => None,
    }
}

/// `key = Type(id = source, ..)`
fn target(cx: &Ctxt, arg: &Arg) -> Option<Target> {
    let (ty, args) = match &arg.value {
        ArgValue::Call(_, ty, _, args) => (ty.clone(), args),
        ArgValue::Expr(_, Expr::Path(p)) if p.path.get_ident().is_some() => {
            return Some(Target {
                ty: p.path.get_ident()?.clone(),
                ids: Vec::new(),
            })
        }
        other => {
            cx.error_spanned_by(
                other.spanned(&arg.key),
                format!(
                    "`{}` expects a resource: `{} = Type(id = source, ..)`",
                    arg.key, arg.key
                ),
            );
            return None;
        }
    };
    let mut ids: Vec<Mapping> = Vec::new();
    for a in args {
        if ids.iter().any(|m| m.id == a.key) {
            cx.error_spanned_by(&a.key, format!("identifier `{}` given twice", a.key));
            continue;
        }
        let source = match &a.value {
            ArgValue::Flag => Source::Arg,
            ArgValue::Expr(_, e) => match source(e) {
                Some(s) => s,
                None => {
                    cx.error_spanned_by(
                        e,
                        "expected `self.identifier`, `item`, `request.field`, or a field of the output (`name` or `a.b`)",
                    );
                    continue;
                }
            },
            other => {
                cx.error_spanned_by(
                    other,
                    "expected `= self.identifier`, `= item`, or `= field`",
                );
                continue;
            }
        };
        ids.push(Mapping {
            id: a.key.clone(),
            source,
        });
    }
    Some(Target { ty, ids })
}

fn source(e: &Expr) -> Option<Source> {
    if let Expr::Field(f) = e {
        if let Expr::Path(p) = &*f.base {
            if p.path.is_ident("self") {
                if let syn::Member::Named(i) = &f.member {
                    return Some(Source::SelfId(i.clone()));
                }
                return None;
            }
        }
    }
    let path = expr_path(e)?;
    if path.len() == 1 && path[0] == ITEM {
        return Some(Source::Item(path[0].clone()));
    }
    if path.len() > 1 && path[0] == REQUEST {
        return Some(Source::Request(path[1..].to_vec()));
    }
    Some(Source::Field(path))
}
