//! `#[client]`: the client struct, its constructor and one method per operation, plus
//! `_pages` / `_items`, `wait_until_*` and `presign_*` methods.

use crate::attr::client::{Client, Matcher, Op, ParamSource, Protocol, State, Waiter};
use crate::attr::strip;
use crate::expand::schema::{cow, opt_str};
use crate::expand::types::field_key;
use crate::symbol::WAITER;
use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::ext::IdentExt;
use syn::{ExprClosure, Ident, LitStr, Pat, Type};

fn lit_or(lit: &Option<LitStr>, default: &str) -> String {
    lit.as_ref()
        .map_or_else(|| default.to_string(), LitStr::value)
}

fn meta(client: &Client) -> TokenStream {
    let service = lit_or(&client.service, "");
    let protocol = client.protocol.unwrap_or(Protocol::AwsJson1_0);
    let variant = match protocol {
        Protocol::AwsJson1_0 => quote!(AwsJson1_0),
        Protocol::AwsJson1_1 => quote!(AwsJson1_1),
        Protocol::RestJson1 => quote!(RestJson1),
        Protocol::RestXml => quote!(RestXml),
        Protocol::AwsQuery => quote!(AwsQuery),
        Protocol::Ec2Query => quote!(Ec2Query),
    };
    let api_version = cow(&lit_or(&client.api_version, ""));
    let target_prefix = opt_str(client.target_prefix.as_ref().map(LitStr::value).as_deref());
    let signing_name = cow(&lit_or(&client.signing_name, &service));
    let endpoint_prefix = cow(&lit_or(&client.endpoint_prefix, &service));
    let service_id = cow(&lit_or(&client.service_id, &service.to_uppercase()));
    let xml_namespace = opt_str(client.xml_namespace.as_ref().map(LitStr::value).as_deref());
    quote! {
        ::boto_core::__private_v1::ServiceMeta {
            protocol: ::boto_core::__private_v1::Protocol::#variant,
            api_version: #api_version,
            target_prefix: #target_prefix,
            json_version: ::boto_core::__private_v1::Protocol::#variant.json_version(),
            signing_name: #signing_name,
            endpoint_prefix: #endpoint_prefix,
            service_id: #service_id,
            xml_namespace: #xml_namespace,
            global_endpoint: ::core::option::Option::None,
        }
    }
}

fn op_fn(op: &Op) -> syn::Ident {
    format_ident!("__op_{}", op.ident.unraw())
}

fn operation(op: &Op, input: &Type, output: &Type) -> TokenStream {
    let name = cow(&op.name);
    let (method, uri) = op
        .http
        .clone()
        .unwrap_or_else(|| ("POST".to_string(), "/".to_string()));
    let (method, uri) = (cow(&method), cow(&uri));
    let status = op.status.unwrap_or(200);
    let wrapper = opt_str(op.result_wrapper.as_ref().map(LitStr::value).as_deref());
    let host_prefix = opt_str(op.host_prefix.as_ref().map(LitStr::value).as_deref());
    let f = op_fn(op);
    let (unsigned, checksum_required) = (op.unsigned, op.checksum_required);
    // `()`: the operation has no output shape, and its response body is not read.
    let output_ref = match output {
        Type::Tuple(t) if t.elems.is_empty() => quote!(::core::option::Option::None),
        _ => quote! {
            ::core::option::Option::Some(::boto_core::__private_v1::SchemaRef::Static(
                <#output as ::boto_core::__private_v1::Shape>::schema))
        },
    };
    quote! {
        #[doc(hidden)]
        #[inline]
        fn #f() -> &'static ::boto_core::__private_v1::Operation {
            static OPERATION: ::boto_core::__private_v1::Operation = ::boto_core::__private_v1::Operation {
                name: #name,
                http: ::boto_core::__private_v1::HttpBinding {
                    method: #method,
                    request_uri: #uri,
                    response_code: #status,
                },
                input: ::core::option::Option::Some(::boto_core::__private_v1::SchemaRef::Static(
                    <#input as ::boto_core::__private_v1::Shape>::schema)),
                output: #output_ref,
                result_wrapper: #wrapper,
                errors: ::std::vec::Vec::new(),
                host_prefix: #host_prefix,
                unsigned: #unsigned,
                checksum_required: #checksum_required,
            };
            &OPERATION
        }
    }
}

fn docs_or(docs: &[syn::Attribute], default: String) -> TokenStream {
    if docs.is_empty() {
        quote!(#[doc = #default])
    } else {
        quote!(#(#docs)*)
    }
}

fn methods(client: &Client, op: &Op) -> TokenStream {
    let Some((input, output)) = op.types else {
        return TokenStream::new();
    };
    let ident = op.ident;
    let f = op_fn(op);
    let docs = docs_or(&op.docs, format!("Calls `{}`.", op.name));
    let mut out = operation(op, input, output);
    out.extend(quote! {
        #docs
        // `#[inline]` on every generated method: it is compiled in the crate that calls it,
        // so a crate declaring a large client pays nothing for operations it never calls
        // (a 50-operation client's build time roughly halves).
        #[inline]
        pub async fn #ident(&self, input: #input) -> ::boto_core::__private_v1::Result<#output> {
            self.handle.call::<#input, #output>(Self::#f(), input).await
        }
    });
    if let Some(p) = &op.paginate {
        if let (Some(it), true) = (&p.input_token, p.paginated()) {
            let pages = format_ident!("{}_pages", ident.unraw());
            let names = match (&p.output_token, &p.output_path) {
                (Some(ot), _) => ot
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join("`, `"),
                _ => "the token its `output_token` reads".to_owned(),
            };
            let doc = format!(
                "Every page of `{}`: a stream of outputs, following `{}` until it is absent{}; a token repeated by the service is an error after its page. Nothing is sent until the stream is polled.",
                op.name,
                names,
                match &p.more_results {
                    Some(m) => format!(" or `{m}` is not true"),
                    None => String::new(),
                }
            );
            let (next, set) = match (&p.output_token, &p.output_path) {
                (Some(ot), _) => tokens(it, ot),
                // A path: the closure, called on the output, gives the one token.
                (None, Some(path)) => tokens_at(it, path),
                (None, None) => unreachable!("paginated() has an output token"),
            };
            let more_field = match (&p.more_results, &p.more_path) {
                (Some(m), _) => Some(quote_spanned!(m.span()=> o.#m)),
                (None, Some(path)) => Some(quote!((#path)(o))),
                (None, None) => None,
            };
            let more = more_field.map(|field| {
                quote! {
                    if !::boto_core::__private_v1::MoreResults::more(&#field) {
                        return ::core::option::Option::None;
                    }
                }
            });
            out.extend(quote! {
                #[doc = #doc]
                #[inline]
                pub fn #pages(&self, input: #input) -> ::boto_core::__private_v1::Pages<#output> {
                    let handle = ::core::clone::Clone::clone(&self.handle);
                    ::boto_core::__private_v1::pages(
                        input,
                        move |input: #input| {
                            let handle = ::core::clone::Clone::clone(&handle);
                            async move { handle.call::<#input, #output>(Self::#f(), input).await }
                        },
                        |o: &#output| {
                            #more
                            ::core::option::Option::Some(#next)
                        },
                        |i: &mut #input, token| {
                            #set
                        },
                    )
                }
            });
            if let (None, Some(path)) = (&p.items, &p.items_path) {
                let items_fn = format_ident!("{}_items", ident.unraw());
                let syn::ReturnType::Type(_, list) = &path.output else {
                    unreachable!("attr checks the closure's return type")
                };
                let doc = format!(
                    "Every item `items` reads of every page of `{}`: a stream of items.",
                    op.name
                );
                out.extend(quote! {
                    #[doc = #doc]
                    #[inline]
                    pub fn #items_fn(&self, input: #input) -> ::boto_core::__private_v1::Items<
                        <#list as ::boto_core::__private_v1::IntoItems>::Item,
                    > {
                        ::boto_core::__private_v1::items(self.#pages(input), |o: #output| {
                            ::boto_core::__private_v1::IntoItems::into_items((#path)(o))
                        })
                    }
                });
            }
            if let Some(items) = &p.items {
                let items_fn = format_ident!("{}_items", ident.unraw());
                let key = field_key(&items.unraw().to_string());
                let output = respan(output.to_token_stream(), items.span());
                let field = quote_spanned!(items.span()=>
                    <#output as ::boto_core::__private_v1::ListField<#key>>);
                let doc = format!(
                    "Every `{items}` of every page of `{}`: a stream of items.",
                    op.name
                );
                let item = quote_spanned!(items.span()=> #field::Item);
                let take = quote_spanned!(items.span()=> #field::take);
                out.extend(quote_spanned! {items.span()=>
                    #[doc = #doc]
                    #[inline]
                    pub fn #items_fn(&self, input: #input) -> ::boto_core::__private_v1::Items<#item> {
                        ::boto_core::__private_v1::items(self.#pages(input), #take)
                    }
                });
            } else if p.items_malformed && needs_stand_in(client) {
                // Only after errors (see `with_errors`).
                let items_fn = format_ident!("{}_items", ident.unraw());
                let stand_in = stand_in_ty(client);
                out.extend(quote! {
                    pub fn #items_fn(&self, input: #input) -> ::boto_core::__private_v1::Items<#stand_in> {
                        ::core::unreachable!()
                    }
                });
            }
            if let Some(limit) = &p.limit {
                let limit_fn = format_ident!("__page_size_{}", ident.unraw());
                let set = quote_spanned!(limit.span()=> input.#limit);
                out.extend(quote! {
                    #[doc(hidden)]
                    #[inline]
                    pub fn #limit_fn(mut input: #input, size: u32) -> #input {
                        #set = ::boto_core::__private_v1::PageLimit::limit(size);
                        input
                    }
                });
            }
        }
    }
    if client.protocol.is_some_and(Protocol::is_rest) {
        let presign = format_ident!("presign_{}", ident.unraw());
        let doc = format!("A presigned URL for `{}`, valid for `expires`.", op.name);
        out.extend(quote! {
            #[doc = #doc]
            // `#[inline]` as on the call: otherwise every REST operation's presign, with its
            // input's encoder and drop glue, is compiled in the crate declaring the client.
            #[inline]
            pub fn #presign(&self, input: #input, expires: ::core::time::Duration)
                -> ::boto_core::__private_v1::Result<::boto_core::__private_v1::PresignedRequest>
            {
                self.handle.presign::<#input>(Self::#f(), input, expires)
            }
        });
    }
    out
}

/// The next-token expression over `o` and the statements that put `token` into `i`: one
/// field, or a tuple of fields taken and set in order.
fn tokens(input: &[syn::Ident], output: &[syn::Ident]) -> (TokenStream, TokenStream) {
    let get = output
        .iter()
        .map(|f| quote_spanned!(f.span()=> ::core::clone::Clone::clone(&o.#f)))
        .collect::<Vec<_>>();
    let set = input
        .iter()
        .map(|f| quote_spanned!(f.span()=> i.#f))
        .collect::<Vec<_>>();
    if let ([get], [set]) = (&get[..], &set[..]) {
        return (
            get.clone(),
            quote!(#set = ::core::convert::Into::into(token);),
        );
    }
    let vars = (0..input.len())
        .map(|n| format_ident!("__token{}", n))
        .collect::<Vec<_>>();
    (
        quote!((#(#get,)*)),
        quote! {
            let (#(#vars,)*) = token;
            #(#set = ::core::convert::Into::into(#vars);)*
        },
    )
}

/// The next token read by a closure over the output, and its one input field set.
fn tokens_at(input: &[syn::Ident], path: &ExprClosure) -> (TokenStream, TokenStream) {
    let set = input
        .iter()
        .map(|f| quote_spanned!(f.span()=> i.#f))
        .collect::<Vec<_>>();
    (
        quote!((#path)(o)),
        quote!(#(#set)* = ::core::convert::Into::into(token);),
    )
}

/// `fn __select(o: &Output) -> R { body }` from `|o: &Output| -> R { body }`.
fn selector(closure: &ExprClosure, output: &Type) -> TokenStream {
    let params = closure.inputs.iter().map(|p| match p {
        Pat::Type(t) => t.to_token_stream(),
        other => quote!(#other: &#output),
    });
    let ret = &closure.output;
    let body = match &*closure.body {
        syn::Expr::Block(b) => b.to_token_stream(),
        other => quote!({ #other }),
    };
    quote!(#[inline] fn __select(#(#params),*) #ret #body)
}

fn matcher(m: &Matcher, output: &Type) -> TokenStream {
    let output_matcher = |c: &ExprClosure, e: &syn::Expr, how: TokenStream| {
        let select = selector(c, output);
        quote! {
            ::boto_core::__private_v1::Matcher::Output({
                // `#[inline]` (and `__select` too): a named function, even inside the
                // waiter's `#[inline]` method, is otherwise compiled in the client's crate.
                #[inline]
                fn __matcher(output: &#output) -> bool {
                    #select
                    ::boto_core::__private_v1::#how(__select(output), &(#e))
                }
                __matcher
            })
        }
    };
    match m {
        Matcher::Status(n) => quote!(::boto_core::__private_v1::Matcher::Status(#n)),
        Matcher::Error(None) => {
            quote!(::boto_core::__private_v1::Matcher::Error(
                ::core::option::Option::None
            ))
        }
        Matcher::Error(Some(code)) => {
            quote!(::boto_core::__private_v1::Matcher::Error(::core::option::Option::Some(#code)))
        }
        Matcher::All(c, e) => output_matcher(c, e, quote!(match_all)),
        Matcher::Any(c, e) => output_matcher(c, e, quote!(match_any)),
        Matcher::Path(c, e) => output_matcher(c, e, quote!(match_path)),
    }
}

/// The operation a waiter polls and its types; `None` (only after errors) when it is not
/// one of the client's, or its types did not parse.
fn waiter_op<'a>(client: &'a Client, w: &Waiter) -> Option<(&'a Op<'a>, (&'a Type, &'a Type))> {
    let name = w.op.as_ref()?;
    let op = client.ops.iter().find(|o| *o.ident == *name)?;
    Some((op, op.types?))
}

/// Whether the expansion after errors needs `__ERRORS` (see [`with_errors`]): a waiter's
/// operation is unknown.
pub(crate) fn needs_stand_in(client: &Client) -> bool {
    let items_malformed = |op: &Op| op.paginate.as_ref().is_some_and(|p| p.items_malformed);
    client.item.generics.params.is_empty()
        && (client
            .waiters
            .iter()
            .any(|w| waiter_op(client, w).is_none())
            || client.ops.iter().any(items_malformed))
}

/// The type standing in for what errors left unknown (see [`with_errors`]).
fn stand_in_ty(client: &Client) -> TokenStream {
    let ident = &client.item.ident;
    quote!(<#ident as ::boto_core::__private_v1::ClientOp<{ #ident::__ERRORS }>>::Output)
}

/// After errors: `errors` (the macro's `compile_error!`s) inside a hidden constant,
/// `__ERRORS`, which the compiler reports and takes for erroneous, so a type naming it is
/// unknown and nothing using it reports more. A waiter whose operation is unknown takes
/// and gives that type, and `_items` gives it when `items` is not a name: the code calling
/// them type-checks (one mistake, one error).
pub(crate) fn with_errors(client: &Client, errors: TokenStream) -> TokenStream {
    let ident = &client.item.ident;
    quote! {
        #[doc(hidden)]
        impl #ident {
            const __ERRORS: u64 = { #errors 0 };
        }
    }
}

fn waiter(client: &Client, w: &Waiter) -> TokenStream {
    let method = format_ident!("wait_until_{}", w.name.unraw());
    let Some((op, (input, output))) = waiter_op(client, w) else {
        if !needs_stand_in(client) {
            return TokenStream::new();
        }
        let stand_in = stand_in_ty(client);
        return quote! {
            pub fn #method(&self, input: #stand_in) -> ::boto_core::__private_v1::Waiter<#stand_in> {
                ::core::unreachable!()
            }
        };
    };
    let f = op_fn(op);
    let delay = w.delay.unwrap_or(5);
    let attempts = w.max_attempts.unwrap_or(20);
    let acceptors = w.acceptors.iter().flat_map(|a| {
        let state = match a.state {
            State::Success => quote!(Success),
            State::Failure => quote!(Failure),
            State::Retry => quote!(Retry),
        };
        a.matchers.iter().map(move |m| {
            let m = matcher(m, output);
            quote! {
                ::boto_core::__private_v1::Acceptor {
                    state: ::boto_core::__private_v1::AcceptorState::#state,
                    matcher: #m,
                }
            }
        })
    });
    let doc = format!(
        "Waits until `{}`: calls `{}` every {delay} s (at most {attempts} times; both \
         adjustable on the returned waiter) until an acceptor decides.",
        w.name.unraw(),
        op.name
    );
    quote! {
        #[doc = #doc]
        #[inline]
        pub fn #method(&self, input: #input) -> ::boto_core::__private_v1::Waiter<#output> {
            let handle = ::core::clone::Clone::clone(&self.handle);
            ::boto_core::__private_v1::Waiter::new(
                move || {
                    let handle = ::core::clone::Clone::clone(&handle);
                    let input = ::core::clone::Clone::clone(&input);
                    async move { handle.call::<#input, #output>(Self::#f(), input).await }
                },
                ::std::vec![#(#acceptors),*],
                ::core::time::Duration::from_secs(#delay),
                #attempts,
            )
        }
    }
}

/// `tokens` with every span set to `span` (so an error about them points at `span`).
fn respan(tokens: TokenStream, span: proc_macro2::Span) -> TokenStream {
    tokens
        .into_iter()
        .map(|mut t| {
            if let proc_macro2::TokenTree::Group(g) = &t {
                let mut group = proc_macro2::Group::new(g.delimiter(), respan(g.stream(), span));
                group.set_span(span);
                t = proc_macro2::TokenTree::Group(group);
            }
            t.set_span(span);
            t
        })
        .collect()
}

/// The items of a checked client.
pub(crate) fn expand(client: &Client) -> TokenStream {
    let item = client.item;
    let ident = &item.ident;
    let vis = &item.vis;
    let mut attrs = item.attrs.clone();
    strip(&mut attrs, &[WAITER]);
    let meta = meta(client);
    let methods = client.ops.iter().map(|op| methods(client, op));
    let waiters = client.waiters.iter().map(|w| waiter(client, w));
    // Operations with their types, in order: `ClientOp<i>` is `names[i]`.
    let typed: Vec<&Op> = client.ops.iter().filter(|op| op.types.is_some()).collect();
    let client_ops = typed
        .iter()
        .zip(0u64..)
        .map(|(op, i)| client_op(ident, op, i));
    let names = typed.iter().map(|op| op.ident.unraw().to_string());
    let new_doc = format!("A `{ident}` using `session`'s configuration and connection pool.");
    let context = endpoint_context(client);
    // The rule set in a `static`: one copy in the binary, however many crates call the
    // `#[inline]` constructor (a literal would be copied into each).
    let rules = client.endpoint_rules.as_ref().map(|rules| {
        quote!({
            static __ENDPOINT_RULES: &str = #rules;
            __ENDPOINT_RULES
        })
    });
    let handle = match &rules {
        Some(rules) if !context.is_empty() => quote! {
            ::boto_core::__private_v1::ClientHandle::with_endpoint_context(
                session,
                Self::__meta(),
                #rules,
                ::std::borrow::Cow::Borrowed({
                    static CONTEXT: &[::boto_core::__private_v1::OperationContext] = &[#(#context),*];
                    CONTEXT
                }),
            )
        },
        Some(rules) => quote! {
            ::boto_core::__private_v1::ClientHandle::with_endpoint_rules(session, Self::__meta(), #rules)
        },
        None => quote!(::boto_core::__private_v1::ClientHandle::new(
            session,
            Self::__meta()
        )),
    };
    // The declared `Op<I, O>` types, kept so their imports stay used and checked (a
    // malformed one is already an error of its own).
    let declared = typed.iter().map(|op| &op.field.ty);
    quote! {
            #(#attrs)*
            #[derive(::core::clone::Clone, ::core::fmt::Debug)]
            #vis struct #ident {
                handle: ::boto_core::__private_v1::ClientHandle,
            }

            #[automatically_derived]
            impl #ident {
                #[doc(hidden)]
                #[inline]
                pub fn __meta() -> &'static ::boto_core::__private_v1::ServiceMeta {
                    static META: ::boto_core::__private_v1::ServiceMeta = #meta;
                    &META
                }
                #[doc = #new_doc]
                #[inline]
                pub fn new(session: &::boto_core::__private_v1::Session) -> Self {
                    Self { handle: #handle }
                }
                /// The request pipeline under this client (session, service metadata, endpoint).
                #[inline]
                pub fn handle(&self) -> &::boto_core::__private_v1::ClientHandle {
                    &self.handle
                }
                /// This client over `handle`: one of its own adjusted by a `ClientHandle`
                /// method (`with_force_path_style`, `with_timeout`).
                #[inline]
                pub fn from_handle(handle: ::boto_core::__private_v1::ClientHandle) -> Self {
                    Self { handle }
                }
                /// The session this client was built from.
                #[inline]
                pub fn session(&self) -> &::boto_core::__private_v1::Session {
                    self.handle.session()
                }
                /// A clone of this client (cheap: it shares the endpoint, retry quota and
                /// connection pool) whose calls fail with a timeout error when they take longer
                /// than `timeout` in all, retries and the reading of the response body included.
                /// It replaces the session's `operation_timeout`; a call's `.timeout(d)`
                /// replaces it in turn.
                #[inline]
                pub fn with_timeout(&self, timeout: ::core::time::Duration) -> Self {
                    Self { handle: self.handle.with_timeout(timeout) }
                }
                #(#methods)*
                #(#waiters)*
            }

    const _: ::core::marker::PhantomData<(#(#declared,)*)> = ::core::marker::PhantomData;

            #(#client_ops)*

            #[automatically_derived]
            #[doc(hidden)]
            impl ::boto_core::__private_v1::Operations for #ident {
                const NAMES: &'static [&'static str] = &[#(#names),*];
            }

            #[automatically_derived]
            impl ::boto_core::__private_v1::FromSession for #ident {
                #[inline]
                fn from_session(session: &::boto_core::__private_v1::Session) -> Self {
                    Self::new(session)
                }
            }
        }
}

/// One `OperationContext` per operation with endpoint parameters: what
/// `context(..)`, `static_context(..)` and `operation_context(..)` declared.
fn endpoint_context(client: &Client) -> Vec<TokenStream> {
    let rt = quote!(::boto_core::__private_v1);
    let cow = |s: &str| quote!(::std::borrow::Cow::Borrowed(#s));
    client
        .ops
        .iter()
        .filter(|op| !op.endpoint_params.is_empty())
        .map(|op| {
            let params = op.endpoint_params.iter().map(|p| {
                let name = cow(&p.name.unraw().to_string());
                match &p.source {
                    ParamSource::Member(m) => {
                        let member = cow(m);
                        quote!(#rt::ContextParam::Member { name: #name, member: #member })
                    }
                    ParamSource::Bool(b) => quote! {
                        #rt::ContextParam::Static { name: #name, value: #rt::StaticValue::Bool(#b) }
                    },
                    ParamSource::String(s) => {
                        let s = cow(&s.value());
                        quote! {
                            #rt::ContextParam::Static { name: #name, value: #rt::StaticValue::String(#s) }
                        }
                    }
                    ParamSource::Path(path) => {
                        let path = cow(&path.value());
                        quote!(#rt::ContextParam::Path { name: #name, path: #path })
                    }
                }
            });
            let operation = cow(&op.name);
            quote! {
                #rt::OperationContext {
                    operation: #operation,
                    params: ::std::borrow::Cow::Borrowed(&[#(#params),*]),
                }
            }
        })
        .collect()
}

/// `impl ClientOp<I> for Client` for operation `I` of a `#[client]` (its index among the
/// operations `Operations::NAMES` lists): how resources name and call it knowing only its
/// method name. Called by the `#[client]` expansion.
pub(crate) fn client_op(client: &Ident, op: &crate::attr::client::Op, id: u64) -> TokenStream {
    let Some((input, output)) = op.types else {
        return TokenStream::new();
    };
    let rt = quote!(::boto_core::__private_v1);
    let method = op.ident;
    let paginated = op.paginate.as_ref().filter(|p| p.paginated());
    let pages = match paginated {
        Some(_) => {
            let pages = format_ident!("{}_pages", method.unraw());
            quote!(self.#pages(input))
        }
        None => quote!(#rt::single_page(#rt::ClientOp::<#id>::send_op(self, input))),
    };
    let limit = match paginated.and_then(|p| p.limit.as_ref()) {
        Some(limit) => quote! {
            let size = ::core::convert::TryFrom::try_from(size).unwrap_or(u32::MAX);
            input.#limit = ::boto_core::__private_v1::PageLimit::limit(size);
        },
        None => quote!(let _ = (input, size);),
    };
    quote! {
        #[automatically_derived]
        impl #rt::ClientOp<#id> for #client {
            type Input = #input;
            type Output = #output;
            #[inline]
            fn send_op(&self, input: #input) -> #rt::OpFuture<#output> {
                let client = ::core::clone::Clone::clone(self);
                #rt::op_future(async move { client.#method(input).await })
            }
            #[inline]
            fn pages_op(&self, input: #input) -> #rt::Pages<#output> {
                #pages
            }
            #[inline]
            fn set_page_size(input: &mut #input, size: usize) {
                #limit
            }
        }
    }
}
