//! The parsed model of a `#[derive(Shape)]` input.

use super::rules::{self, find};
use super::{collect_args, docs};
use crate::case::{pascal, Case};
use crate::ctxt::Ctxt;
use crate::symbol::*;
use syn::{Attribute, Data, DeriveInput, Fields, Ident, LitStr, Type};

/// A shape: a struct (structure), a string enum or a union.
pub(crate) struct Shape<'a> {
    pub(crate) input: &'a DeriveInput,
    /// Model name: `#[shape(name = "..")]` or the type's name.
    pub(crate) name: String,
    pub(crate) xml_namespace: Option<XmlNs>,
    /// `event_stream`: the structure is an event stream, which a call refuses.
    pub(crate) event_stream: Option<Ident>,
    pub(crate) body: Body<'a>,
    /// `crate = path`: where boto-core is.
    pub(crate) krate: Option<syn::Path>,
}

/// What kind of shape.
pub(crate) enum Body<'a> {
    /// A structure (`struct X { .. }`, or `struct X;` for an empty one).
    Struct(Vec<Field<'a>>),
    /// An enum: unit variants are string-enum values, one-field tuple variants union
    /// members; which one it is, `check` decides.
    Enum(Vec<Variant<'a>>),
    /// Tuple structs and unions: rejected by `check`.
    Unsupported,
}

/// Where a member travels; `None` (in [`Member::location`]) is the body.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Loc {
    Label,
    Header,
    PrefixHeaders,
    Query,
    StatusCode,
}

/// Timestamp formats the `timestamp` key names.
#[derive(Clone, Copy)]
pub(crate) enum Ts {
    Iso8601,
    Rfc822,
    Epoch,
}

/// A struct field.
pub(crate) struct Field<'a> {
    pub(crate) ident: &'a Ident,
    pub(crate) ty: &'a Type,
    pub(crate) docs: Vec<Attribute>,
    /// Member name: `name = ".."` or the field name in PascalCase.
    pub(crate) name: String,
    pub(crate) member: Member,
}

/// The member keys of a field.
#[derive(Default)]
pub(crate) struct Member {
    /// Every location key given, with its key token (more than one is a conflict).
    pub(crate) locations: Vec<(Ident, Loc, Option<LitStr>)>,
    pub(crate) payload: Option<Ident>,
    pub(crate) query_name: Option<LitStr>,
    pub(crate) flattened: bool,
    pub(crate) xml_attribute: bool,
    pub(crate) xml_namespace: Option<XmlNs>,
    pub(crate) list_member: Option<LitStr>,
    pub(crate) timestamp: Option<Ts>,
    pub(crate) host_label: bool,
    pub(crate) idempotency_token: bool,
}

/// An enum variant.
pub(crate) struct Variant<'a> {
    pub(crate) variant: &'a syn::Variant,
    pub(crate) ident: &'a Ident,
    /// Wire value (string enums) or member name (unions).
    pub(crate) name: String,
    /// `#[shape(other)]`: the catch-all keeping unknown values.
    pub(crate) other: Option<Ident>,
    /// The field type of a one-field tuple variant.
    pub(crate) ty: Option<&'a Type>,
}

/// `xml_namespace = "uri"` or `xml_namespace(uri = "..", prefix = "..")`.
pub(crate) struct XmlNs {
    pub(crate) uri: LitStr,
    pub(crate) prefix: Option<LitStr>,
}

const XML_NS_KEYS: &[Symbol] = &[URI, PREFIX];

fn xml_ns(cx: &Ctxt, arg: &super::Arg) -> Option<XmlNs> {
    if let super::ArgValue::List(_, list) = &arg.value {
        let args = rules::checked(cx, list, XML_NS_KEYS, "xml_namespace(..)");
        let prefix = find(&args, PREFIX).and_then(|a| rules::string(cx, a));
        return match find(&args, URI) {
            Some(a) => rules::string(cx, a).map(|uri| XmlNs { uri, prefix }),
            None => {
                cx.error_spanned_by(&arg.key, "`xml_namespace(..)` needs `uri = \"..\"`");
                None
            }
        };
    }
    rules::string(cx, arg).map(|uri| XmlNs { uri, prefix: None })
}

const SHAPE_KEYS: &[Symbol] = &[NAME, XML_NAMESPACE, RENAME_ALL, CRATE, EVENT_STREAM];
const MEMBER_KEYS: &[Symbol] = &[
    NAME,
    LABEL,
    HEADER,
    PREFIX_HEADERS,
    QUERY,
    QUERY_NAME,
    PAYLOAD,
    FLATTENED,
    XML_ATTRIBUTE,
    XML_NAMESPACE,
    MEMBER,
    TIMESTAMP,
    STATUS_CODE,
    HOST_LABEL,
    IDEMPOTENCY_TOKEN,
];
const VARIANT_KEYS: &[Symbol] = &[NAME, OTHER];

impl<'a> Shape<'a> {
    /// Parses the input; errors go to `cx`, the result is usable for `check` either way.
    pub(crate) fn from_syn(cx: &Ctxt, input: &'a DeriveInput) -> Shape<'a> {
        let args = collect_args(cx, &input.attrs, SHAPE);
        let args = rules::checked(cx, &args, SHAPE_KEYS, "#[shape(..)]");
        let name = find(&args, NAME)
            .and_then(|a| rules::string(cx, a))
            .map(|s| s.value())
            .unwrap_or_else(|| input.ident.unraw_string());
        let xml_namespace = find(&args, XML_NAMESPACE).and_then(|a| xml_ns(cx, a));
        let krate = find(&args, CRATE).and_then(|a| crate::krate::path(cx, a));
        let event_stream = find(&args, EVENT_STREAM)
            .filter(|a| rules::flag(cx, a))
            .map(|a| a.key.clone());
        let rename = find(&args, RENAME_ALL)
            .and_then(|a| rules::string(cx, a))
            .and_then(|s| rename_all(cx, &s));
        let body = match &input.data {
            Data::Struct(s) => match &s.fields {
                Fields::Named(f) => {
                    Body::Struct(f.named.iter().map(|f| field(cx, f, rename)).collect())
                }
                Fields::Unit => Body::Struct(Vec::new()),
                Fields::Unnamed(_) => Body::Unsupported,
            },
            Data::Enum(e) => {
                Body::Enum(e.variants.iter().map(|v| variant(cx, v, rename)).collect())
            }
            Data::Union(_) => Body::Unsupported,
        };
        Shape {
            input,
            name,
            xml_namespace,
            event_stream,
            body,
            krate,
        }
    }
}

/// `rename_all = ".."`.
fn rename_all(cx: &Ctxt, s: &LitStr) -> Option<Case> {
    let value = s.value();
    let found = Case::NAMES
        .iter()
        .find(|(n, _)| *n == value)
        .map(|(_, c)| *c);
    if found.is_none() {
        let hint = crate::similar::closest(&value, Case::NAMES.iter().map(|(n, _)| *n))
            .map(|c| format!("did you mean \"{c}\"? "))
            .unwrap_or_default();
        cx.error_spanned_by(
            s,
            format!(
                "unknown case \"{value}\"; {hint}expected \"camelCase\", \"PascalCase\" or \"SCREAMING\""
            ),
        );
    }
    found
}

fn field<'a>(cx: &Ctxt, field: &'a syn::Field, rename: Option<Case>) -> Field<'a> {
    let ident = field.ident.as_ref().expect("named field");
    let args = collect_args(cx, &field.attrs, SHAPE);
    let args = rules::checked(cx, &args, MEMBER_KEYS, "#[shape(..)]");
    let mut name = None;
    let mut m = Member::default();
    for arg in args {
        let key = &arg.key;
        let mut loc = |loc: Loc, value: Option<LitStr>| {
            m.locations.push((key.clone(), loc, value));
        };
        if *key == NAME {
            name = rules::string(cx, arg).map(|s| s.value());
        } else if *key == LABEL {
            if rules::flag(cx, arg) {
                loc(Loc::Label, None);
            }
        } else if *key == HEADER {
            if let Some(s) = rules::string(cx, arg) {
                loc(Loc::Header, Some(s));
            }
        } else if *key == PREFIX_HEADERS {
            if let Some(s) = rules::string(cx, arg) {
                loc(Loc::PrefixHeaders, Some(s));
            }
        } else if *key == QUERY {
            if let Some(s) = rules::string(cx, arg) {
                loc(Loc::Query, Some(s));
            }
        } else if *key == STATUS_CODE {
            if rules::flag(cx, arg) {
                loc(Loc::StatusCode, None);
            }
        } else if *key == PAYLOAD {
            if rules::flag(cx, arg) {
                m.payload = Some(key.clone());
            }
        } else if *key == QUERY_NAME {
            m.query_name = rules::string(cx, arg);
        } else if *key == FLATTENED {
            m.flattened = rules::flag(cx, arg);
        } else if *key == XML_ATTRIBUTE {
            m.xml_attribute = rules::flag(cx, arg);
        } else if *key == XML_NAMESPACE {
            m.xml_namespace = xml_ns(cx, arg);
        } else if *key == MEMBER {
            m.list_member = rules::string(cx, arg);
        } else if *key == TIMESTAMP {
            m.timestamp = rules::string(cx, arg).and_then(|s| timestamp(cx, &s));
        } else if *key == HOST_LABEL {
            m.host_label = rules::flag(cx, arg);
        } else if *key == IDEMPOTENCY_TOKEN {
            m.idempotency_token = rules::flag(cx, arg);
        }
    }
    Field {
        ident,
        ty: &field.ty,
        docs: docs(&field.attrs),
        name: name.unwrap_or_else(|| match rename {
            Some(case) => case.apply(&ident.unraw_string()),
            None => pascal(&ident.to_string()),
        }),
        member: m,
    }
}

fn timestamp(cx: &Ctxt, s: &LitStr) -> Option<Ts> {
    match s.value().as_str() {
        "iso8601" => Some(Ts::Iso8601),
        "rfc822" => Some(Ts::Rfc822),
        "epoch" => Some(Ts::Epoch),
        other => {
            cx.error_spanned_by(
                s,
                format!(
                    "unknown timestamp format \"{other}\"; expected \"iso8601\", \"rfc822\" or \"epoch\""
                ),
            );
            None
        }
    }
}

fn variant<'a>(cx: &Ctxt, variant: &'a syn::Variant, rename: Option<Case>) -> Variant<'a> {
    let args = collect_args(cx, &variant.attrs, SHAPE);
    let args = rules::checked(cx, &args, VARIANT_KEYS, "#[shape(..)]");
    let name = find(&args, NAME).and_then(|a| rules::string(cx, a));
    let other = find(&args, OTHER)
        .filter(|a| rules::flag(cx, a))
        .map(|a| a.key.clone());
    let ty = match &variant.fields {
        Fields::Unnamed(f) if f.unnamed.len() == 1 => Some(&f.unnamed[0].ty),
        _ => None,
    };
    Variant {
        variant,
        ident: &variant.ident,
        name: name.map(|s| s.value()).unwrap_or_else(|| match rename {
            Some(case) => case.apply(&variant.ident.unraw_string()),
            None => variant.ident.unraw_string(),
        }),
        other,
        ty,
    }
}

/// `r#type` -> `type`.
trait UnrawString {
    fn unraw_string(&self) -> String;
}

impl UnrawString for Ident {
    fn unraw_string(&self) -> String {
        use syn::ext::IdentExt;
        self.unraw().to_string()
    }
}
