//! Rules of `#[derive(Shape)]` inputs.

use crate::attr::shape::{Body, Field, Shape, Variant};
use crate::ctxt::Ctxt;
use syn::Fields;

/// The form an enum shape takes, decided from its variants.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum EnumForm {
    /// Unit variants (plus an optional `#[shape(other)]` catch-all): a string enum.
    Strings,
    /// One-field tuple variants: a union.
    Union,
}

/// Runs every rule on a parsed shape.
pub(crate) fn check(cx: &Ctxt, shape: &Shape) {
    no_generics(cx, shape);
    match &shape.body {
        Body::Struct(fields) => {
            for f in fields {
                one_location(cx, f);
                no_reserved_field(cx, f);
            }
            one_payload(cx, fields);
            unique_names(cx, fields.iter().map(|f| (&f.name, &f.ident)));
        }
        Body::Enum(variants) => {
            if let Some(key) = &shape.event_stream {
                cx.error_spanned_by(key, "`event_stream` marks a struct, not an enum");
            }
            if variants.is_empty() {
                cx.error_spanned_by(
                    &shape.input.ident,
                    "an enum shape needs at least one variant",
                );
                return;
            }
            one_other(cx, variants);
            enum_form(cx, variants);
            unique_names(
                cx,
                variants
                    .iter()
                    .filter(|v| v.other.is_none())
                    .map(|v| (&v.name, &v.ident)),
            );
        }
        Body::Unsupported => cx.error_spanned_by(
            &shape.input.ident,
            "#[derive(Shape)] supports structs with named fields, unit structs and enums",
        ),
    }
}

/// Rule: no generic parameters (a shape's schema is one `'static` value).
fn no_generics(cx: &Ctxt, shape: &Shape) {
    let g = &shape.input.generics;
    if !g.params.is_empty() {
        cx.error_spanned_by(
            &g.params,
            "#[derive(Shape)] does not support generic parameters",
        );
    }
}

/// Rule: at most one location key (`label`, `header`, `prefix_headers`, `query`,
/// `status_code`) per member, and none together with `payload`.
fn one_location(cx: &Ctxt, f: &Field) {
    let locs = &f.member.locations;
    for (key, _, _) in locs.iter().skip(1) {
        cx.error_spanned_by(
            key,
            format!(
                "conflicting keys: `{key}` and `{}` both place this member",
                locs[0].0
            ),
        );
    }
    if let (Some(payload), Some((key, _, _))) = (&f.member.payload, locs.first()) {
        cx.error_spanned_by(
            payload,
            format!("conflicting keys: `payload` and `{key}` both place this member"),
        );
    }
}

/// Rule: no field is named like a generated method (`new`).
fn no_reserved_field(cx: &Ctxt, f: &Field) {
    if f.ident == "new" {
        cx.error_spanned_by(
            f.ident,
            "a field named `new` clashes with the generated `new()`: rename the field and keep \
             its wire name with #[shape(name = \"New\")]",
        );
    }
}

/// Rule: at most one `payload` member per structure.
fn one_payload(cx: &Ctxt, fields: &[Field]) {
    let mut payloads = fields.iter().filter_map(|f| f.member.payload.as_ref());
    if payloads.next().is_some() {
        for extra in payloads {
            cx.error_spanned_by(extra, "only one member can be the `payload`");
        }
    }
}

/// Rule: member names (wire values) are unique.
fn unique_names<'a>(cx: &Ctxt, names: impl Iterator<Item = (&'a String, &'a &'a syn::Ident)>) {
    let mut seen: Vec<&String> = Vec::new();
    for (name, ident) in names {
        if seen.contains(&name) {
            cx.error_spanned_by(
                ident,
                format!("the name \"{name}\" is used twice in this shape"),
            );
        } else {
            seen.push(name);
        }
    }
}

/// Rule: at most one `#[shape(other)]` variant, and it is a unit variant (an unknown
/// value maps to it, its text dropped) or has one field (the unknown value, kept).
fn one_other(cx: &Ctxt, variants: &[Variant]) {
    let mut others = variants
        .iter()
        .filter_map(|v| v.other.as_ref().map(|o| (v, o)));
    if let Some((v, _)) = others.next() {
        if v.ty.is_none() && !matches!(v.variant.fields, Fields::Unit) {
            cx.error_spanned_by(
                &v.variant.fields,
                "the `other` variant is `Unknown(String)` (keeps the unknown value) or a unit \
                 variant `Unknown` (drops its text)",
            );
        }
    }
    for (_, key) in others {
        cx.error_spanned_by(key, "only one variant can be `other`");
    }
}

/// The form of an enum, when its variants agree on one.
pub(crate) fn form(variants: &[Variant]) -> Option<EnumForm> {
    let values = variants.iter().filter(|v| v.other.is_none());
    let units = values
        .clone()
        .filter(|v| matches!(v.variant.fields, Fields::Unit))
        .count();
    let tuples = values.clone().filter(|v| v.ty.is_some()).count();
    let all = values.count();
    if units == all {
        Some(EnumForm::Strings)
    } else if tuples == all {
        Some(EnumForm::Union)
    } else {
        None
    }
}

/// Rule: an enum is either a string enum (unit variants, optionally with an `other`
/// catch-all) or a union (one-field tuple variants), never a mix.
fn enum_form(cx: &Ctxt, variants: &[Variant]) {
    match form(variants) {
        Some(EnumForm::Strings) => {}
        Some(EnumForm::Union) => {}
        None => {
            let values: Vec<_> = variants.iter().filter(|v| v.other.is_none()).collect();
            let mut shaped = false;
            for v in values
                .iter()
                .filter(|v| !matches!(v.variant.fields, Fields::Unit) && v.ty.is_none())
            {
                shaped = true;
                cx.error_spanned_by(
                    &v.variant.fields,
                    "a variant of a shape is a unit variant (a string enum value) or a one-field \
                     tuple variant (a union member)",
                );
            }
            if !shaped {
                if let Some(v) = values.iter().find(|v| v.ty.is_some()) {
                    cx.error_spanned_by(
                        v.variant,
                        "this enum mixes unit variants (a string enum) and tuple variants (a \
                         union); a shape is one or the other",
                    );
                }
            }
        }
    }
}
