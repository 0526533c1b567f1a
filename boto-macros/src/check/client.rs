//! Rules of `#[client]` inputs.

use crate::attr::client::{Client, Op, Waiter};
use crate::ctxt::Ctxt;
use proc_macro2::Span;
use syn::ext::IdentExt;
use syn::Fields;

/// Runs every rule on a parsed client.
pub(crate) fn check(cx: &Ctxt, client: &Client) {
    required_keys(cx, client);
    named_fields(cx, client);
    no_generics(cx, client);
    for op in &client.ops {
        op_type(cx, op);
        no_reserved_op(cx, op);
        rest_binding(cx, client, op);
        paginate_tokens(cx, op);
        context_needs_rules(cx, client, op);
    }
    unique_op_names(cx, &client.ops);
    for w in &client.waiters {
        waiter_op(cx, client, w);
        acceptors(cx, w);
    }
    unique_waiters(cx, &client.waiters);
}

/// Rule: endpoint parameters go to a rule set: `context(..)` and its kin need
/// `endpoint_rules`.
fn context_needs_rules(cx: &Ctxt, client: &Client, op: &Op) {
    if client.endpoint_rules.is_some() {
        return;
    }
    if let Some(p) = op.endpoint_params.first() {
        cx.error_spanned_by(
            &p.name,
            "endpoint parameters are passed to the service's rule set: the client needs \
             `endpoint_rules = ..`",
        );
    }
}

/// Rule: `service` and `protocol` are given (reported at the attribute).
fn required_keys(cx: &Ctxt, client: &Client) {
    if !client.has_service {
        cx.syn_error(syn::Error::new(
            Span::call_site(),
            "#[client] needs `service = \"..\"` (the service's endpoint and signing name)",
        ));
    }
    if !client.has_protocol {
        cx.syn_error(syn::Error::new(
            Span::call_site(),
            "#[client] needs `protocol = \"..\"`: one of \"awsJson1_0\", \"awsJson1_1\", \
             \"restJson1\", \"restXml\", \"awsQuery\", \"ec2Query\"",
        ));
    }
}

/// Rule: the client is a struct with named fields (or no fields).
fn named_fields(cx: &Ctxt, client: &Client) {
    if let Fields::Unnamed(f) = &client.item.fields {
        cx.error_spanned_by(
            f,
            "#[client] declares operations as named fields: `name: Op<I, O>`",
        );
    }
}

/// Rule: no generic parameters.
fn no_generics(cx: &Ctxt, client: &Client) {
    let g = &client.item.generics;
    if !g.params.is_empty() {
        cx.error_spanned_by(&g.params, "#[client] does not support generic parameters");
    }
}

/// Rule: every field is `Op<Input, Output>`.
fn op_type(cx: &Ctxt, op: &Op) {
    if op.types.is_none() {
        cx.error_spanned_by(
            &op.field.ty,
            "an operation field has type `Op<Input, Output>` (`Op<Input, ()>` for no output)",
        );
    }
}

/// Rule: no operation is named like a generated method (`new`, `handle`, `session`,
/// `with_timeout`) or a hidden one (`__..`).
fn no_reserved_op(cx: &Ctxt, op: &Op) {
    let name = op.ident.unraw().to_string();
    if matches!(name.as_str(), "new" | "handle" | "session" | "with_timeout")
        || name.starts_with("__")
    {
        cx.error_spanned_by(
            op.ident,
            format!(
                "an operation named `{name}` clashes with a generated method: rename the field \
                 and keep the wire name with #[op(name = \"..\")]"
            ),
        );
    }
}

/// Rule: REST operations carry `http = "METHOD /uri"`.
fn rest_binding(cx: &Ctxt, client: &Client, op: &Op) {
    if client.protocol.is_some_and(|p| p.is_rest()) && !op.has_http {
        cx.error_spanned_by(
            op.ident,
            "a REST operation needs its binding: #[op(http = \"METHOD /uri\")]",
        );
    }
}

/// Rule: `paginate` names both tokens.
fn paginate_tokens(cx: &Ctxt, op: &Op) {
    if let Some(p) = &op.paginate {
        if !p.has_tokens {
            cx.error_spanned_by(
                &p.key,
                "`paginate` needs `input_token = ..` and `output_token = ..`",
            );
        }
        if let (Some(i), Some(o)) = (&p.input_token, &p.output_path) {
            if i.len() != 1 {
                cx.error_spanned_by(
                    o,
                    format!(
                        "`output_token` as a closure reads one token but `input_token` names {} fields",
                        i.len()
                    ),
                );
            }
        }
        if let (Some(i), Some(o)) = (&p.input_token, &p.output_token) {
            if i.len() != o.len() {
                cx.error_spanned_by(
                    &o[0],
                    format!(
                        "`output_token` names {} field(s) but `input_token` names {}",
                        o.len(),
                        i.len()
                    ),
                );
            }
        }
    }
}

/// Rule: wire names are unique.
fn unique_op_names(cx: &Ctxt, ops: &[Op]) {
    for (i, op) in ops.iter().enumerate() {
        if ops[..i].iter().any(|o| o.name == op.name) {
            cx.error_spanned_by(
                op.ident,
                format!("operation \"{}\" is declared twice", op.name),
            );
        }
    }
}

/// Rule: a waiter polls an operation of this client.
fn waiter_op(cx: &Ctxt, client: &Client, w: &Waiter) {
    let Some(op) = &w.op else { return };
    if !client.ops.iter().any(|o| *o.ident == *op) {
        let names: Vec<String> = client.ops.iter().map(|o| o.ident.to_string()).collect();
        let hint = crate::similar::closest(&op.to_string(), names.iter().map(String::as_str))
            .map(|c| format!("; did you mean `{c}`?"))
            .unwrap_or_default();
        cx.error_spanned_by(op, format!("this client has no operation `{op}`{hint}"));
    }
}

/// Rule: a waiter has acceptors, each with exactly one matcher.
fn acceptors(cx: &Ctxt, w: &Waiter) {
    if w.acceptors.is_empty() && !w.keys_in_error {
        cx.error_spanned_by(
            &w.name,
            "a waiter needs acceptors: `success(..)`, `failure(..)` or `retry(..)`",
        );
    }
    for a in &w.acceptors {
        if a.given != 1 {
            cx.error_spanned_by(
                &a.key,
                "an acceptor has exactly one matcher: `status = N`, `error = \"Code\"`, `error`, \
                 `all = ..`, `any = ..` or `path = ..`",
            );
        }
    }
}

/// Rule: waiter names are unique.
fn unique_waiters(cx: &Ctxt, waiters: &[Waiter]) {
    for (i, w) in waiters.iter().enumerate() {
        if waiters[..i].iter().any(|o| o.name == w.name) {
            cx.error_spanned_by(&w.name, format!("waiter `{}` is declared twice", w.name));
        }
    }
}
