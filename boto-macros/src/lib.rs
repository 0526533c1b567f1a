//! Procedural macros of boto-core: `#[derive(Shape)]`, `#[client]` and `#[resource]`.
//! Use them through `boto_core`, which re-exports them.
//!
//! Every macro runs the same pipeline: parse the input into the model of [`attr`], check
//! every rule of [`check`] (all errors are collected in a [`ctxt::Ctxt`] and reported at
//! once, each spanned at the offending tokens), then generate code in [`expand`], which
//! never reports user errors. On error an attribute macro re-emits the item (without its
//! helper attributes) so that the rest of the crate still type-checks.

// The attribute language and its rules are shared by the three macros; a helper may
// serve only one of them.
#[allow(dead_code)]
mod attr;
mod case;
mod check;
#[allow(dead_code)]
mod ctxt;
mod expand;
#[allow(dead_code)]
mod symbol;

use proc_macro::TokenStream;

/// Derives `boto_core::Shape`: a `'static` schema, conversions to and from `Value`, and for
/// structs `new()` plus one by-value setter per field (`impl Into<T>`, wrapping `Option`).
///
/// ```
/// use boto_core::{ByteStream, Shape};
/// use std::collections::HashMap;
///
/// #[derive(Shape, Debug, Default)]
/// pub struct PutObjectRequest {
///     #[shape(label)] pub bucket: String,                  // URI label {Bucket}
///     #[shape(label)] pub key: String,                     // {Key+} in the op's URI: greedy
///     #[shape(header = "Content-Type")] pub content_type: Option<String>,
///     #[shape(prefix_headers = "x-amz-meta-")] pub metadata: HashMap<String, String>,
///     #[shape(query = "versionId")] pub version_id: Option<String>,
///     #[shape(payload)] pub body: ByteStream,
/// }
///
/// let req = PutObjectRequest::new().bucket("b").key("k").content_type("text/plain");
/// assert_eq!(req.content_type.as_deref(), Some("text/plain"));
/// let value = req.into_value();
/// assert_eq!(value.get("Bucket").and_then(|v| v.as_str()), Some("b"));
/// ```
///
/// - A member's name is its field name in PascalCase (`r#type` is `Type`) unless
///   `#[shape(name = "..")]`. `Option<T>` is optional; a plain `T` is required: it is
///   recorded in the schema's `required` list and always sent (at its default when unset).
/// - Member keys: `label`, `header = ".."`, `prefix_headers = ".."`, `query = ".."`,
///   `query_name = ".."` (ec2Query), `payload`, `name = ".."`, `flattened`, `xml_attribute`,
///   `xml_namespace = ".."` (or `xml_namespace(uri = "..", prefix = "..")`), `member = ".."`
///   (list element name), `timestamp = "iso8601" |
///   "rfc822" | "epoch"`, `status_code`, `host_label`, `idempotency_token`. Shape keys:
///   `name = ".."`, `xml_namespace = ".."`.
/// - Member types: `String`, `bool`, integers, `f32`/`f64`, `DateTime`, `Blob`, `ByteStream`,
///   `Document`, `Vec<T>`, `HashMap<String, T>`, `BTreeMap<String, T>`, `Option<T>` and
///   other shapes. Lists and maps are described at the member that uses them, so member
///   keys reach them; other types are referenced lazily, so shapes may recurse.
/// - The struct must implement `Default` (`new()` is its default, and absent members of a
///   response decode to their default).
///
/// **String enums** are enums of unit variants plus one catch-all marked
/// `#[shape(other)]` that keeps any value the enum does not know, so decoding never fails on
/// a value added to the service later. A variant's wire value is its name unless
/// `#[shape(name = "..")]`. The derive adds `as_str()`, `values()`, `From<&str>` and
/// `From<String>` (so setters take `"ACTIVE"` directly).
///
/// ```
/// use boto_core::Shape;
///
/// #[derive(Shape, Debug, Clone, PartialEq, Eq)]
/// pub enum QueueState {
///     #[shape(name = "ACTIVE")] Active,
///     #[shape(other)] Unknown(String),
/// }
///
/// assert_eq!(QueueState::from("ACTIVE"), QueueState::Active);
/// assert_eq!(QueueState::from("NEW").as_str(), "NEW");
/// ```
///
/// **Unions** are enums of one-field tuple variants (`S(String)`, `L(Vec<AttributeValue>)`),
/// optionally with an `#[shape(other)] Unknown(String)` variant that receives the name of a
/// member it does not know (without one, an unknown member is a decode error).
#[proc_macro_derive(Shape, attributes(shape))]
pub fn derive_shape(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand_shape(&input)
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

fn expand_shape(input: &syn::DeriveInput) -> syn::Result<proc_macro2::TokenStream> {
    let cx = ctxt::Ctxt::new();
    let shape = attr::shape::Shape::from_syn(&cx, input);
    check::shape::check(&cx, &shape);
    cx.check()?;
    Ok(expand::shape::expand(&shape))
}

/// Declares a service client on a struct of `name: Op<Input, Output>` fields.
///
/// ```
/// use boto_core::{client, Op, Session, Shape};
///
/// #[derive(Shape, Debug, Clone, Default)]
/// pub struct GetQueueUrlRequest { pub queue_name: String }
/// #[derive(Shape, Debug, Clone, Default)]
/// pub struct GetQueueUrlResult { pub queue_url: String }
/// #[derive(Shape, Debug, Clone, Default)]
/// pub struct ListQueuesRequest { pub next_token: Option<String>, pub max_results: Option<i32> }
/// #[derive(Shape, Debug, Clone, Default)]
/// pub struct ListQueuesResult { pub queue_urls: Vec<String>, pub next_token: Option<String> }
///
/// #[client(service = "sqs", protocol = "awsJson1_0", target_prefix = "AmazonSQS",
///          api_version = "2012-11-05")]
/// #[waiter(queue_exists = get_queue_url, delay = 1, max_attempts = 20,
///          success(status = 200), retry(error = "QueueDoesNotExist"))]
/// pub struct SqsClient {
///     /// Looks a queue's URL up by name.
///     get_queue_url: Op<GetQueueUrlRequest, GetQueueUrlResult>,
///     #[op(paginate(input_token = next_token, output_token = next_token,
///                   items = queue_urls, limit = max_results))]
///     list_queues: Op<ListQueuesRequest, ListQueuesResult>,
/// }
///
/// let session = Session::builder().region("eu-west-1").build().unwrap();
/// let sqs: SqsClient = session.client();
/// // sqs.get_queue_url(..).await, sqs.list_queues_pages(..), sqs.list_queues_items(..),
/// // sqs.wait_until_queue_exists(..).delay(..).max_attempts(..).await
/// # let _ = sqs;
/// ```
///
/// - `#[client(..)]`: `service` and `protocol` (`"awsJson1_0"`, `"awsJson1_1"`,
///   `"restJson1"`, `"restXml"`, `"awsQuery"`, `"ec2Query"`) are required;
///   `target_prefix`, `api_version`, `signing_name` and `endpoint_prefix` (both default to
///   `service`), `service_id` (default: `service` upper-cased), `xml_namespace`.
/// - `#[op(..)]`: `name` (default: the field name in PascalCase), `http = "METHOD /uri"`
///   (required by the REST protocols), `status = N`, `paginate(input_token = f,
///   output_token = f, items = f, limit = f)`, `result_wrapper`, `host_prefix`,
///   `checksum_required`, `unsigned`.
/// - `#[waiter(name = op, delay = secs, max_attempts = n, ..acceptors)]`, acceptors
///   `success(..)`, `failure(..)`, `retry(..)` holding one matcher: `status = N`,
///   `error = "Code"`, `error` (any error), or over the typed output `path = |o| -> &str {
///   .. } == "v"`, `all = |o| -> Vec<&str> { .. } == "v"`, `any = ..`.
/// - Generated: `new(&Session)`, `handle()`, `session()`, `FromSession` (so
///   `session.client::<C>()`), one `async fn` per operation (forwarding its `///` docs),
///   `<op>_pages` / `<op>_items` for paginated operations, `wait_until_<name>` per waiter
///   and, for REST protocols, `presign_<op>(input, expires)`.
#[proc_macro_attribute]
pub fn client(attr: TokenStream, item: TokenStream) -> TokenStream {
    let item = syn::parse_macro_input!(item as syn::ItemStruct);
    expand::client::entry(attr.into(), item).into()
}

/// Declares a resource (boto3's resource model) on top of a `#[client]`.
#[proc_macro_attribute]
pub fn resource(attr: TokenStream, item: TokenStream) -> TokenStream {
    expand::resource::expand(attr.into(), item.into()).into()
}

#[cfg(test)]
mod tests;
