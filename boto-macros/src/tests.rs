//! Unit tests of the pipeline on `proc_macro2` tokens: hygiene of the generated code and
//! error accumulation.

use proc_macro2::{TokenStream, TokenTree};
use quote::quote;

/// The first segment of every absolute path (`::x::..`) in `tokens`: a `::` that does not
/// follow an identifier, `>` or another path separator.
fn absolute_roots(tokens: TokenStream, out: &mut Vec<String>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, t) in trees.iter().enumerate() {
        if let TokenTree::Group(g) = t {
            absolute_roots(g.stream(), out);
            continue;
        }
        let is_sep = |j: usize| {
            matches!(&trees.get(j), Some(TokenTree::Punct(p)) if p.as_char() == ':' && p.spacing() == proc_macro2::Spacing::Joint)
                && matches!(&trees.get(j + 1), Some(TokenTree::Punct(p)) if p.as_char() == ':')
        };
        if !is_sep(i) {
            continue;
        }
        let continues = i > 0
            && match &trees[i - 1] {
                TokenTree::Ident(_) => true,
                TokenTree::Punct(p) => p.as_char() == '>' || p.as_char() == ':',
                _ => false,
            };
        if !continues {
            if let Some(TokenTree::Ident(root)) = trees.get(i + 2) {
                out.push(root.to_string());
            }
        }
    }
}

fn assert_hygienic(tokens: TokenStream) {
    let text = tokens.to_string();
    assert!(text.contains("automatically_derived"), "{text}");
    let mut roots = Vec::new();
    absolute_roots(tokens, &mut roots);
    assert!(!roots.is_empty());
    for r in &roots {
        assert!(
            ["boto_core", "core", "std"].contains(&r.as_str()),
            "generated code names `::{r}`"
        );
    }
    let mut at = 0;
    while let Some(i) = text[at..].find("boto_core ::") {
        at += i + "boto_core ::".len();
        assert!(
            text[at..].starts_with(" __private_v1 ::"),
            "generated code goes through __private_v1 only: {}",
            text[at..].chars().take(40).collect::<String>()
        );
    }
}

#[test]
fn derived_shapes_name_only_private_core_and_std_paths() {
    let input: syn::DeriveInput = syn::parse2(quote! {
        /// Docs.
        struct Put {
            /// The bucket.
            #[shape(label)] bucket: String,
            #[shape(member = "item", flattened)] tags: Vec<Vec<Tag>>,
            meta: Option<HashMap<String, Tag>>,
        }
    })
    .unwrap();
    let out = crate::expand_shape(&input);
    assert!(
        out.to_string().contains("The bucket"),
        "docs forwarded to setters"
    );
    assert_hygienic(out);

    let input: syn::DeriveInput = syn::parse2(quote! {
        enum State { A, #[shape(other)] Unknown(String) }
    })
    .unwrap();
    assert_hygienic(crate::expand_shape(&input));
}

#[test]
fn clients_name_only_private_core_and_std_paths() {
    let item: syn::ItemStruct = syn::parse2(quote! {
        #[waiter(ready = get, success(status = 200), retry(path = |o| -> &str { &o.s } == "x"))]
        struct C {
            /// Gets it.
            #[op(http = "GET /{Id}", paginate(input_token = a, output_token = b, items = c, limit = d))]
            get: Op<In, Out>,
        }
    })
    .unwrap();
    let out = crate::expand_client(quote!(service = "svc", protocol = "restJson1"), &item);
    let text = out.to_string();
    assert!(!text.contains("compile_error"), "{text}");
    assert!(text.contains("Gets it"), "docs forwarded to the op method");
    for m in [
        "fn get",
        "fn get_pages",
        "fn get_items",
        "fn wait_until_ready",
        "fn presign_get",
    ] {
        assert!(text.contains(m), "missing {m}");
    }
    assert_hygienic(out);
}

#[test]
fn every_error_is_reported_at_once_and_the_item_kept() {
    let item: syn::ItemStruct = syn::parse2(quote! {
        #[waiter(ready = nope, success(status = 200))]
        struct C {
            #[op(nmae = "X")]
            get: Op<In, Out>,
            other: String,
        }
    })
    .unwrap();
    let out = crate::expand_client(quote!(protocol = "soap"), &item).to_string();
    for needle in [
        "needs `service",
        "unknown protocol",
        "unknown key `nmae`",
        "has type `Op<Input, Output>`",
        "no operation `nope`",
    ] {
        assert!(out.contains(needle), "missing {needle:?} in {out}");
    }
    assert!(out.contains("struct C"), "the struct is emitted");
    assert!(
        !out.contains("# [op") && !out.contains("# [waiter"),
        "helper attributes stripped"
    );
    // The generated items stand in, with bodies that do nothing: the constructor and the
    // operation whose declaration was right.
    for needle in ["pub fn new", "pub async fn get", "ClientOp"] {
        assert!(out.contains(needle), "missing {needle:?} in {out}");
    }
    assert!(out.contains("unreachable"), "{out}");
    assert!(!out.contains("call ::"), "no real body: {out}");
}

#[test]
fn crate_path_replaces_every_boto_core_path() {
    let item: syn::ItemStruct = syn::parse2(quote! {
        #[waiter(ready = get, success(status = 200))]
        struct C {
            #[op(paginate(input_token = a, output_token = b, items = c, limit = d))]
            get: Op<In, Out>,
        }
    })
    .unwrap();
    let out = crate::expand_client(
        quote!(
            service = "svc",
            protocol = "awsJson1_0",
            crate = boto_services::core
        ),
        &item,
    )
    .to_string();
    assert!(!out.contains("compile_error"), "{out}");
    assert!(!out.contains(":: boto_core"), "{out}");
    assert!(
        out.contains("boto_services :: core :: __private_v1 :: ClientHandle"),
        "{out}"
    );

    let input: syn::DeriveInput = syn::parse2(quote! {
        #[shape(crate = "my::core", rename_all = "camelCase")]
        struct Put { log_group_name: String }
    })
    .unwrap();
    let out = crate::expand_shape(&input).to_string();
    assert!(
        !out.contains(":: boto_core") && out.contains("my :: core :: __private_v1"),
        "{out}"
    );
    assert!(out.contains("\"logGroupName\""), "{out}");

    let out = crate::expand_resource(
        quote!(client = C, crate = x::core),
        syn::parse_quote!(
            struct Q {
                #[identifier(param = url)]
                url: String,
            }
        ),
    )
    .to_string();
    assert!(!out.contains("compile_error"), "{out}");
    assert!(
        !out.contains(":: boto_core") && out.contains("x :: core :: __private_v1"),
        "{out}"
    );
}

#[test]
fn a_missing_client_is_reported_once_by_the_stand_in() {
    let item = || -> syn::ItemStruct {
        syn::parse_quote! {
            #[action(delete = delete_queue)]
            pub struct Queue {
                #[identifier(param = queue_url)]
                url: String,
            }
        }
    };
    let missing = crate::check::resource::MISSING_CLIENT;
    let out = crate::expand_resource(quote!(), item()).to_string();
    // Once, inside the constant every operation's index reads.
    assert_eq!(out.matches(missing).count(), 1, "{out}");
    let at = out.find("const __ERRORS : u64 = {").expect("the constant");
    assert!(
        out[at..].starts_with(&format!(
            "const __ERRORS : u64 = {{ :: core :: compile_error ! {{ \"{missing}\" }} 0 }}"
        )),
        "{out}"
    );
    assert!(
        out.contains("const __op_delete_queue : u64 = Queue :: __ERRORS"),
        "{out}"
    );
    assert!(!out.contains("op_index"), "{out}");
    // Beside an unknown key (perhaps the client misspelled), only that key is reported.
    let out = crate::expand_resource(quote!(clinet = SqsClient), item()).to_string();
    assert!(!out.contains(missing), "{out}");
    let at = out.find("const __ERRORS : u64 = {").expect("the constant");
    assert!(out[at..].contains("unknown key `clinet`"), "{out}");
    assert_eq!(out.matches("compile_error").count(), 1, "{out}");
}

#[test]
fn what_errors_leave_unknown_stands_in_over_the_errors_constant() {
    // An action naming no operation, and one whose `resource` is misspelled.
    let out = crate::expand_resource(
        quote!(client = SqsClient),
        syn::parse_quote! {
            #[action(delete)]
            #[action(queues = get_queue_url, items = queue_url, resorce = Queue(url = item))]
            pub struct Queue {
                #[identifier(param = queue_url)]
                url: String,
            }
        },
    )
    .to_string();
    // Each error once, inside the constant the stand-ins name.
    assert_eq!(out.matches("compile_error").count(), 2, "{out}");
    let at = out.find("const __ERRORS : u64 = {").expect("the constant");
    let errors = &out[at..];
    assert!(errors.contains("`delete` expects an identifier"), "{out}");
    assert!(errors.contains("unknown key `resorce`"), "{out}");
    // The malformed operation's index is the constant, not a look-up among the client's
    // operations (which would report a second error).
    assert!(
        out.contains("const __op___malformed_delete : u64 = Queue :: __ERRORS"),
        "{out}"
    );
    assert!(!out.contains("\"__malformed_delete\""), "{out}");
    // Both methods exist, the second returning the stand-in.
    assert!(out.contains("pub fn delete (& self"), "{out}");
    assert!(
        out.contains("ClientOp < { Queue :: __ERRORS } > > :: Output"),
        "{out}"
    );
}

#[test]
fn a_waiter_on_an_unknown_operation_stands_in_over_the_errors_constant() {
    let out = crate::expand_client(
        quote!(service = "svc", protocol = "awsJson1_0"),
        &syn::parse_quote! {
            #[waiter(ready = get_thnig, success(status = 200))]
            pub struct Client {
                get_thing: Op<(), ()>,
            }
        },
    )
    .to_string();
    // The error once, inside the constant.
    assert_eq!(out.matches("compile_error").count(), 1, "{out}");
    let at = out.find("const __ERRORS : u64 = {").expect("the constant");
    assert!(out[at..].contains("no operation `get_thnig`"), "{out}");
    // The waiter exists, taking and giving the stand-in.
    let stand_in = "< Client as :: boto_core :: __private_v1 :: ClientOp < { Client :: __ERRORS } > > :: Output";
    assert!(
        out.contains(&format!(
            "pub fn wait_until_ready (& self , input : {stand_in})"
        )),
        "{out}"
    );
    // Without errors there is no constant.
    let out = crate::expand_client(
        quote!(service = "svc", protocol = "awsJson1_0"),
        &syn::parse_quote! {
            #[waiter(ready = get_thing, success(status = 200))]
            pub struct Client {
                get_thing: Op<(), ()>,
            }
        },
    )
    .to_string();
    assert!(!out.contains("__ERRORS"), "{out}");
}
