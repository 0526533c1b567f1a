//! The parsed model of a `#[client]` input: service metadata, operations and waiters.

use super::rules::{self, find};
use super::{collect_args, docs, parse_tokens, Arg, ArgValue, Args};
use crate::case::pascal;
use crate::ctxt::Ctxt;
use crate::symbol::*;
use proc_macro2::TokenStream;
use syn::ext::IdentExt;
use syn::{
    Attribute, Expr, ExprClosure, Fields, GenericArgument, Ident, ItemStruct, LitInt, LitStr,
    PathArguments, Type,
};

/// A client declaration.
pub(crate) struct Client<'a> {
    pub(crate) item: &'a ItemStruct,
    pub(crate) service: Option<LitStr>,
    pub(crate) protocol: Option<Protocol>,
    /// Which of `service` / `protocol` were written (perhaps with a bad value).
    pub(crate) has_service: bool,
    pub(crate) has_protocol: bool,
    pub(crate) target_prefix: Option<LitStr>,
    pub(crate) api_version: Option<LitStr>,
    pub(crate) signing_name: Option<LitStr>,
    pub(crate) endpoint_prefix: Option<LitStr>,
    pub(crate) service_id: Option<LitStr>,
    pub(crate) xml_namespace: Option<LitStr>,
    /// `endpoint_rules = <&'static str expression>`: the service's endpoint rule set JSON.
    pub(crate) endpoint_rules: Option<Expr>,
    pub(crate) ops: Vec<Op<'a>>,
    pub(crate) waiters: Vec<Waiter>,
    /// `crate = path`: where boto-core is.
    pub(crate) krate: Option<syn::Path>,
}

/// The six protocols, by their `#[client(protocol = ..)]` spelling.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Protocol {
    AwsJson1_0,
    AwsJson1_1,
    RestJson1,
    RestXml,
    AwsQuery,
    Ec2Query,
}

impl Protocol {
    const NAMES: &'static [(&'static str, Protocol)] = &[
        ("awsJson1_0", Protocol::AwsJson1_0),
        ("awsJson1_1", Protocol::AwsJson1_1),
        ("restJson1", Protocol::RestJson1),
        ("restXml", Protocol::RestXml),
        ("awsQuery", Protocol::AwsQuery),
        ("ec2Query", Protocol::Ec2Query),
    ];

    /// REST protocols bind every operation to a method and URI.
    pub(crate) fn is_rest(self) -> bool {
        matches!(self, Protocol::RestJson1 | Protocol::RestXml)
    }
}

/// One `name: Op<I, O>` field.
pub(crate) struct Op<'a> {
    pub(crate) field: &'a syn::Field,
    pub(crate) ident: &'a Ident,
    pub(crate) docs: Vec<Attribute>,
    /// `I` and `O`, when the field's type is `Op<I, O>`.
    pub(crate) types: Option<(&'a Type, &'a Type)>,
    /// Wire name: `name = ".."` or the field name in PascalCase.
    pub(crate) name: String,
    /// `http = "METHOD /uri"`, split.
    pub(crate) http: Option<(String, String)>,
    /// `http` was written (perhaps malformed).
    pub(crate) has_http: bool,
    pub(crate) status: Option<u16>,
    pub(crate) paginate: Option<Paginate>,
    pub(crate) result_wrapper: Option<LitStr>,
    pub(crate) host_prefix: Option<LitStr>,
    /// `checksum_required`: send Content-MD5 (S3 DeleteObjects).
    pub(crate) checksum_required: bool,
    /// `unsigned`: send without a signature.
    pub(crate) unsigned: bool,
    /// `context(..)`, `static_context(..)`, `operation_context(..)`: the endpoint
    /// parameters of the operation, in order.
    pub(crate) endpoint_params: Vec<EndpointParam>,
}

/// One endpoint parameter of an operation.
pub(crate) struct EndpointParam {
    /// The rule set's parameter name (`Bucket`, `ResourceArn`).
    pub(crate) name: Ident,
    pub(crate) source: ParamSource,
}

/// Where an [`EndpointParam`] comes from.
pub(crate) enum ParamSource {
    /// `context(Name)` / `context(Name = "Member")`: an input member (wire name).
    Member(String),
    /// `static_context(Name = true)`.
    Bool(bool),
    /// `static_context(Name = "text")`.
    String(LitStr),
    /// `operation_context(Name = "keys(Map)")`: a path into the input.
    Path(LitStr),
}

/// `paginate(input_token = .., output_token = .., more_results = .., items = ..,
/// limit = ..)`; a token is one field or a tuple of fields, `(key_marker, upload_id_marker)`.
/// `output_token`, `more_results` and `items` may instead read a path of the output with a
/// closure (botocore's `StreamDescription.Shards[-1].ShardId`): `|o: &Output| ..` for the
/// first two, `|o: Output| -> Vec<T> { .. }` for the items.
pub(crate) struct Paginate {
    pub(crate) key: Ident,
    /// Both tokens were written (perhaps with bad values).
    pub(crate) has_tokens: bool,
    pub(crate) input_token: Option<Vec<Ident>>,
    pub(crate) output_token: Option<Vec<Ident>>,
    /// `output_token = |o: &Output| ..`: the next token, read along a path.
    pub(crate) output_path: Option<ExprClosure>,
    /// A `bool` / `Option<bool>` output field: no next page unless it is `true`.
    pub(crate) more_results: Option<Ident>,
    /// `more_results = |o: &Output| ..`: the same, read along a path.
    pub(crate) more_path: Option<ExprClosure>,
    pub(crate) items: Option<Ident>,
    /// `items` was given but is not a name (already an error): `_items` stands in.
    pub(crate) items_malformed: bool,
    /// `items = |o: Output| -> Vec<T> { .. }`: the items, taken along a path.
    pub(crate) items_path: Option<ExprClosure>,
    pub(crate) limit: Option<Ident>,
}

impl Paginate {
    /// Both tokens are usable: the operation has `_pages`.
    pub(crate) fn paginated(&self) -> bool {
        self.input_token.is_some() && (self.output_token.is_some() || self.output_path.is_some())
    }
}

/// `#[waiter(name = op, ..)]`.
pub(crate) struct Waiter {
    pub(crate) name: Ident,
    /// `None` when not a name (already an error): the method stands in.
    pub(crate) op: Option<Ident>,
    pub(crate) delay: Option<u64>,
    pub(crate) max_attempts: Option<u32>,
    pub(crate) acceptors: Vec<Acceptor>,
    /// A key is unknown (perhaps a misspelled `success`) or an acceptor did not parse
    /// (already an error): the rule about a waiter without acceptors says nothing more.
    pub(crate) keys_in_error: bool,
}

/// The state an acceptor moves the waiter to.
#[derive(Clone, Copy)]
pub(crate) enum State {
    Success,
    Failure,
    Retry,
}

/// One `success(..)` / `failure(..)` / `retry(..)`.
pub(crate) struct Acceptor {
    pub(crate) key: Ident,
    pub(crate) state: State,
    /// How many matcher keys were written (exactly one is valid).
    pub(crate) given: usize,
    /// The matchers that parsed.
    pub(crate) matchers: Vec<Matcher>,
}

/// What an acceptor matches.
pub(crate) enum Matcher {
    Status(u16),
    Error(Option<LitStr>),
    All(ExprClosure, Expr),
    Any(ExprClosure, Expr),
    Path(ExprClosure, Expr),
}

const CLIENT_KEYS: &[Symbol] = &[
    SERVICE,
    PROTOCOL,
    TARGET_PREFIX,
    API_VERSION,
    SIGNING_NAME,
    ENDPOINT_PREFIX,
    SERVICE_ID,
    XML_NAMESPACE,
    CRATE,
    ENDPOINT_RULES,
];
const OP_KEYS: &[Symbol] = &[
    NAME,
    HTTP,
    STATUS,
    PAGINATE,
    RESULT_WRAPPER,
    HOST_PREFIX,
    CHECKSUM_REQUIRED,
    UNSIGNED,
    CONTEXT,
    STATIC_CONTEXT,
    OPERATION_CONTEXT,
];
const PAGINATE_KEYS: &[Symbol] = &[INPUT_TOKEN, OUTPUT_TOKEN, MORE_RESULTS, ITEMS, LIMIT];
const WAITER_KEYS: &[Symbol] = &[DELAY, MAX_ATTEMPTS, SUCCESS, FAILURE, RETRY];
const ACCEPTOR_KEYS: &[Symbol] = &[STATUS, ERROR, ALL, ANY, PATH];

impl<'a> Client<'a> {
    /// Parses `#[client(attr)] item`; errors go to `cx`.
    pub(crate) fn from_syn(cx: &Ctxt, attr: TokenStream, item: &'a ItemStruct) -> Client<'a> {
        let args = parse_tokens(cx, attr);
        let args = rules::checked(cx, &args, CLIENT_KEYS, "#[client(..)]");
        let s = |key| find(&args, key).and_then(|a| rules::string(cx, a));
        let protocol = find(&args, PROTOCOL)
            .and_then(|a| rules::string(cx, a))
            .and_then(|lit| protocol(cx, &lit));
        let ops = match &item.fields {
            Fields::Named(f) => f.named.iter().map(|f| op(cx, f)).collect(),
            _ => Vec::new(),
        };
        let waiters = item
            .attrs
            .iter()
            .filter(|a| a.path() == WAITER)
            .filter_map(|a| waiter(cx, a))
            .collect();
        Client {
            item,
            service: s(SERVICE),
            protocol,
            has_service: find(&args, SERVICE).is_some(),
            has_protocol: find(&args, PROTOCOL).is_some(),
            target_prefix: s(TARGET_PREFIX),
            api_version: s(API_VERSION),
            signing_name: s(SIGNING_NAME),
            endpoint_prefix: s(ENDPOINT_PREFIX),
            service_id: s(SERVICE_ID),
            xml_namespace: s(XML_NAMESPACE),
            endpoint_rules: find(&args, ENDPOINT_RULES).and_then(|a| endpoint_rules(cx, a)),
            ops,
            waiters,
            krate: find(&args, CRATE).and_then(|a| crate::krate::path(cx, a)),
        }
    }
}

/// `endpoint_rules = EXPR`: any expression (a `&'static str`, checked by the compiler).
fn endpoint_rules(cx: &Ctxt, arg: &Arg) -> Option<Expr> {
    if let ArgValue::Expr(_, e) = &arg.value {
        return Some(e.clone());
    }
    cx.error_spanned_by(
        arg.value.spanned(&arg.key),
        "`endpoint_rules` expects the rule set's JSON text: `endpoint_rules = RULES`",
    );
    None
}

fn protocol(cx: &Ctxt, lit: &LitStr) -> Option<Protocol> {
    let value = lit.value();
    let found = Protocol::NAMES
        .iter()
        .find(|(n, _)| *n == value)
        .map(|(_, p)| *p);
    if found.is_none() {
        let names: Vec<_> = Protocol::NAMES
            .iter()
            .map(|(n, _)| format!("\"{n}\""))
            .collect();
        // botocore's `metadata.protocol` spellings.
        let hint = match value.as_str() {
            "json" => "botocore's \"json\" is \"awsJson1_1\" (\"awsJson1_0\" when its \
                       `jsonVersion` is \"1.0\"); "
                .to_string(),
            "rest-json" => "botocore's \"rest-json\" is \"restJson1\"; ".to_string(),
            "rest-xml" => "botocore's \"rest-xml\" is \"restXml\"; ".to_string(),
            "query" => "botocore's \"query\" is \"awsQuery\"; ".to_string(),
            "ec2" => "botocore's \"ec2\" is \"ec2Query\"; ".to_string(),
            _ => crate::similar::closest(&value, Protocol::NAMES.iter().map(|(n, _)| *n))
                .map(|c| format!("did you mean \"{c}\"? "))
                .unwrap_or_default(),
        };
        cx.error_spanned_by(
            lit,
            format!(
                "unknown protocol \"{value}\"; {hint}expected one of {}",
                names.join(", ")
            ),
        );
    }
    found
}

/// `I` and `O` of a field typed `Op<I, O>` (any path ending in `Op`).
fn op_types(ty: &Type) -> Option<(&Type, &Type)> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != "Op" {
        return None;
    }
    let PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    let mut types = args.args.iter().filter_map(|a| match a {
        GenericArgument::Type(t) => Some(t),
        _ => None,
    });
    match (types.next(), types.next(), types.next()) {
        (Some(i), Some(o), None) => Some((i, o)),
        _ => None,
    }
}

fn op<'a>(cx: &Ctxt, field: &'a syn::Field) -> Op<'a> {
    let ident = field.ident.as_ref().expect("named field");
    let args = collect_args(cx, &field.attrs, OP);
    let args = rules::checked(cx, &args, OP_KEYS, "#[op(..)]");
    let name = find(&args, NAME).and_then(|a| rules::string(cx, a));
    let http = find(&args, HTTP)
        .and_then(|a| rules::string(cx, a))
        .and_then(|lit| http(cx, &lit));
    Op {
        field,
        ident,
        docs: docs(&field.attrs),
        types: op_types(&field.ty),
        name: name.map_or_else(|| pascal(&ident.to_string()), |n| n.value()),
        http,
        has_http: find(&args, HTTP).is_some(),
        status: find(&args, STATUS)
            .and_then(|a| rules::int::<u16>(cx, a))
            .map(|(n, _)| n),
        paginate: find(&args, PAGINATE).and_then(|a| paginate(cx, a)),
        result_wrapper: find(&args, RESULT_WRAPPER).and_then(|a| rules::string(cx, a)),
        host_prefix: find(&args, HOST_PREFIX).and_then(|a| rules::string(cx, a)),
        checksum_required: find(&args, CHECKSUM_REQUIRED).is_some_and(|a| rules::flag(cx, a)),
        unsigned: find(&args, UNSIGNED).is_some_and(|a| rules::flag(cx, a)),
        endpoint_params: endpoint_params(cx, &args),
    }
}

/// `context(Bucket, ResourceArn = "TableName")`, `static_context(Name = true | "text")`,
/// `operation_context(Name = "path")`; a parameter named twice is an error.
fn endpoint_params(cx: &Ctxt, args: &[&Arg]) -> Vec<EndpointParam> {
    let mut out: Vec<EndpointParam> = Vec::new();
    for key in [CONTEXT, STATIC_CONTEXT, OPERATION_CONTEXT] {
        let Some(list) = find(args, key).and_then(|a| rules::list(cx, a)) else {
            continue;
        };
        for arg in list.iter() {
            let name = arg.key.clone();
            if out.iter().any(|p| p.name == name) {
                cx.error_spanned_by(
                    &arg.key,
                    format!("endpoint parameter `{name}` is given twice"),
                );
                continue;
            }
            let source = if key == CONTEXT {
                match &arg.value {
                    ArgValue::Flag => Some(ParamSource::Member(name.unraw().to_string())),
                    _ => rules::string(cx, arg).map(|s| ParamSource::Member(s.value())),
                }
            } else if key == STATIC_CONTEXT {
                match &arg.value {
                    ArgValue::Expr(
                        _,
                        Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Bool(b),
                            ..
                        }),
                    ) => Some(ParamSource::Bool(b.value)),
                    ArgValue::Expr(
                        _,
                        Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Str(s),
                            ..
                        }),
                    ) => Some(ParamSource::String(s.clone())),
                    _ => {
                        cx.error_spanned_by(
                            arg.value.spanned(&arg.key),
                            format!(
                                "`{name}` expects a boolean or string literal: `{name} = true`"
                            ),
                        );
                        None
                    }
                }
            } else {
                rules::string(cx, arg).map(ParamSource::Path)
            };
            if let Some(source) = source {
                out.push(EndpointParam { name, source });
            }
        }
    }
    out
}

/// `"PUT /{Bucket}/{Key+}"` -> (`PUT`, `/{Bucket}/{Key+}`).
fn http(cx: &Ctxt, lit: &LitStr) -> Option<(String, String)> {
    let value = lit.value();
    let parsed = value.split_once(' ').filter(|(m, uri)| {
        !m.is_empty() && m.bytes().all(|b| b.is_ascii_uppercase()) && uri.starts_with('/')
    });
    if parsed.is_none() {
        cx.error_spanned_by(
            lit,
            "expected \"METHOD /uri\", e.g. \"PUT /{Bucket}/{Key+}\"",
        );
    }
    parsed.map(|(m, u)| (m.to_string(), u.to_string()))
}

fn paginate(cx: &Ctxt, arg: &Arg) -> Option<Paginate> {
    let list = rules::list(cx, arg)?;
    let args = rules::checked(cx, list, PAGINATE_KEYS, "paginate(..)");
    let id = |key| find(&args, key).and_then(|a| rules::ident(cx, a));
    // A key given as a closure reads a path; otherwise it names a field.
    let path = |key| {
        find(&args, key).and_then(|a| match &a.value {
            ArgValue::Expr(_, Expr::Closure(c)) => Some(c.clone()),
            _ => None,
        })
    };
    let field = |key| find(&args, key).filter(|a| !is_closure(a));
    let items = field(ITEMS).and_then(|a| rules::ident(cx, a));
    Some(Paginate {
        key: arg.key.clone(),
        has_tokens: find(&args, INPUT_TOKEN).is_some() && find(&args, OUTPUT_TOKEN).is_some(),
        input_token: find(&args, INPUT_TOKEN).and_then(|a| rules::idents(cx, a)),
        output_token: field(OUTPUT_TOKEN).and_then(|a| rules::idents(cx, a)),
        output_path: path(OUTPUT_TOKEN),
        more_results: field(MORE_RESULTS).and_then(|a| rules::ident(cx, a)),
        more_path: path(MORE_RESULTS),
        items_malformed: field(ITEMS).is_some() && items.is_none(),
        items,
        items_path: path(ITEMS).filter(|c| {
            let typed = !matches!(c.output, syn::ReturnType::Default);
            if !typed {
                cx.error_spanned_by(
                    c,
                    "`items` as a closure needs its return type: `|o: Output| -> Vec<T> { .. }`",
                );
            }
            typed
        }),
        limit: id(LIMIT),
    })
}

fn is_closure(arg: &Arg) -> bool {
    matches!(&arg.value, ArgValue::Expr(_, Expr::Closure(_)))
}

fn waiter(cx: &Ctxt, attr: &Attribute) -> Option<Waiter> {
    let args: Args = super::parse_args(cx, attr);
    let mut iter = args.iter();
    let Some(first) = iter
        .next()
        .filter(|a| !WAITER_KEYS.iter().any(|k| a.key == *k))
    else {
        cx.error_spanned_by(
            attr,
            "a waiter starts with its name and operation: #[waiter(name = operation, ..)]",
        );
        return None;
    };
    let op = rules::ident(cx, first);
    let mut keys_in_error = iter
        .clone()
        .any(|a| !WAITER_KEYS.iter().any(|k| a.key == *k));
    let rest = rules::known_keys(cx, iter, WAITER_KEYS, "#[waiter(..)]");
    let singles: Vec<&Arg> = rest
        .iter()
        .copied()
        .filter(|a| a.key == DELAY || a.key == MAX_ATTEMPTS)
        .collect();
    let singles = rules::unique_keys(cx, singles, "#[waiter(..)]");
    let mut acceptors = Vec::new();
    for arg in &rest {
        let state = if arg.key == SUCCESS {
            State::Success
        } else if arg.key == FAILURE {
            State::Failure
        } else if arg.key == RETRY {
            State::Retry
        } else {
            continue;
        };
        match rules::list(cx, arg) {
            Some(list) => acceptors.push(Acceptor {
                key: arg.key.clone(),
                state,
                given: list.len(),
                matchers: matchers(cx, list),
            }),
            None => keys_in_error = true,
        }
    }
    Some(Waiter {
        name: first.key.clone(),
        op,
        delay: find(&singles, DELAY)
            .and_then(|a| rules::int::<u64>(cx, a))
            .map(|(n, _)| n),
        max_attempts: find(&singles, MAX_ATTEMPTS)
            .and_then(|a| rules::int::<u32>(cx, a))
            .map(|(n, _)| n),
        acceptors,
        keys_in_error,
    })
}

fn matchers(cx: &Ctxt, list: &Args) -> Vec<Matcher> {
    let args = rules::checked(cx, list, ACCEPTOR_KEYS, "an acceptor");
    let mut out = Vec::new();
    for arg in args {
        let m = if arg.key == STATUS {
            rules::int::<u16>(cx, arg).map(|(n, _): (u16, LitInt)| Matcher::Status(n))
        } else if arg.key == ERROR {
            match arg.value {
                super::ArgValue::Flag => Some(Matcher::Error(None)),
                _ => rules::string(cx, arg).map(|s| Matcher::Error(Some(s))),
            }
        } else {
            let Some((c, e)) = rules::matcher(cx, arg) else {
                continue;
            };
            let (c, e) = (c.clone(), e.clone());
            Some(if arg.key == ALL {
                Matcher::All(c, e)
            } else if arg.key == ANY {
                Matcher::Any(c, e)
            } else {
                Matcher::Path(c, e)
            })
        };
        out.extend(m);
    }
    out
}
