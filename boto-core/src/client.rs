//! [`ClientHandle`]: the request pipeline every client runs.
//!
//! `input` value → [`protocol::build_request`] (validates, serializes) → SigV4
//! ([`auth::sign_request`], again at every attempt) → the session's transport, retried per
//! the session's [`RetryConfig`](crate::RetryConfig) with a retry quota per client →
//! [`protocol::read_response`] (service errors become `Err`) → output value.

use crate::auth::{self, PresignedRequest, SigningParams};
use crate::credentials::Credentials;
use crate::deadline::Deadline;
use crate::endpoint::{context, OperationContext, RuleSet};
use crate::error::{Error, ErrorKind, Result};
use crate::http::HttpRequest;
use crate::model::{Operation, ServiceMeta, Shapes};
use crate::model::{Schema, SchemaRef};
use crate::protocol::{self, Endpoint};
use crate::retry::{clone_request, retry_loop_observed, Attempt, Decision, RetryQuota};
use crate::session::Session;
use crate::shape::{Encoder, Shape, ValueEncoder};
use crate::value::Value;
use endpoints::Resolved;
use http::header::{HeaderValue, HOST, USER_AGENT};
use std::borrow::Cow;
use std::future::Future;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;
use tracing::Instrument;

mod addressing;
pub(crate) mod endpoints;
mod service_rules;

pub use service_rules::ServiceRules;

const USER_AGENT_VALUE: &str = concat!("boto-rs/", env!("CARGO_PKG_VERSION"));
/// The signing region of global endpoints and of custom endpoints without a region.
const DEFAULT_SIGNING_REGION: &str = "us-east-1";

/// What a generated client holds: its session, its service's metadata, the endpoint
/// resolved once, and the retry quota its requests share. Cheap to clone.
#[derive(Clone, Debug)]
pub struct ClientHandle {
    inner: Arc<Inner>,
    timeout: Option<Duration>,
    /// S3 path-style addressing, overriding the session's setting.
    force_path_style: Option<bool>,
}

#[derive(Debug)]
struct Inner {
    session: Session,
    meta: &'static ServiceMeta,
    /// What the service does differently (S3's addressing and signing).
    service_rules: &'static ServiceRules,
    /// The service's endpoint rule set; `None` for the regional default.
    rules: Option<Rules>,
    /// The rule set's built-in parameters, as the session configures them.
    params: serde_json::Map<String, serde_json::Value>,
    /// The endpoint of requests without operation parameters for the rule set, or the
    /// configuration error to report at each call.
    endpoint: std::result::Result<Resolved, (ErrorKind, String)>,
    /// True when the endpoint came from configuration (not the default AWS one).
    custom_endpoint: bool,
    /// The rule set's `AWS::Auth::AccountId` parameter, unless the session's
    /// `account_id_endpoint_mode` is `disabled`: set from the credentials' account id.
    account_id_param: Option<String>,
    /// The endpoint parameters of the operations that have some (S3's `Bucket`,
    /// DynamoDB's `ResourceArn`, ...).
    context: Cow<'static, [OperationContext]>,
    quota: RetryQuota,
    /// The endpoint of the last request with parameters of its own (and the path-style
    /// override it was resolved with): repeated calls on one bucket or table resolve once.
    last: Mutex<Option<Arc<RequestEndpoint>>>,
}

/// A client's rule set: a typed client's (parsed once per process), or one loaded at run
/// time (the dynamic client's).
#[derive(Debug, Clone)]
pub(crate) enum Rules {
    Static(&'static RuleSet),
    #[cfg(feature = "dynamic")]
    Shared(Arc<RuleSet>),
}

impl std::ops::Deref for Rules {
    type Target = RuleSet;
    fn deref(&self) -> &RuleSet {
        match self {
            Rules::Static(r) => r,
            #[cfg(feature = "dynamic")]
            Rules::Shared(r) => r,
        }
    }
}

/// The endpoint a request was built for.
enum At<'a> {
    /// The client's.
    Base(&'a Resolved),
    /// Its own, from its operation's parameters (bucket, table, account id).
    Request(Arc<RequestEndpoint>),
}

impl std::ops::Deref for At<'_> {
    type Target = Resolved;
    fn deref(&self) -> &Resolved {
        match self {
            At::Base(r) => r,
            At::Request(b) => &b.resolved,
        }
    }
}

/// Where a rule set puts requests with some parameters of their own.
#[derive(Debug)]
struct RequestEndpoint {
    /// The request's parameters (beyond the client's built-ins).
    params: serde_json::Map<String, serde_json::Value>,
    /// The client's path-style override it was resolved with.
    force_path_style: Option<bool>,
    resolved: Resolved,
    /// An S3 bucket stays in the path (the endpoint's path no longer ends with it: the
    /// model's `/{Bucket}/..` renders it); otherwise the host or access point names it.
    path_style: bool,
}

impl ClientHandle {
    /// A handle for `meta`'s service on `session`. Resolves the endpoint now (configured
    /// URL, else the service's AWS endpoint for the session's region); a resolution error is
    /// returned by every call.
    ///
    /// Without a rule set the endpoint is `https://{endpoint_prefix}[-fips].{region}.{dnsSuffix}`
    /// over the partitions table (the dual-stack suffix with
    /// [`use_dualstack`](crate::SessionBuilder::use_dualstack)); see
    /// [`with_endpoint_rules`](Self::with_endpoint_rules) for services that have one.
    pub fn new(session: &Session, meta: &'static ServiceMeta) -> ClientHandle {
        Self::assemble(session, meta, None, Cow::Borrowed(&[]))
    }

    /// A handle resolving through `rules`, a rule set loaded at run time, with the
    /// operations' endpoint parameters `context`.
    #[cfg(feature = "dynamic")]
    pub(crate) fn with_rule_set(
        session: &Session,
        meta: &'static ServiceMeta,
        rules: Arc<RuleSet>,
        context: Cow<'static, [OperationContext]>,
    ) -> ClientHandle {
        Self::assemble(session, meta, Some(Ok(Rules::Shared(rules))), context)
    }

    /// A handle whose requests go where the service's endpoint rule set (`json`, botocore's
    /// `endpoint-rule-set-1.json`, parsed once per process) says, with its built-ins from
    /// `session`: the region, FIPS and dual-stack, the configured endpoint URL, S3's
    /// addressing, accelerate, `use_arn_region` and `us-east-1` setting, STS's regional
    /// endpoints, the account-id endpoint mode, and the account id of the credentials of
    /// each request. A rule set that does not parse is the error of every call.
    pub fn with_endpoint_rules(
        session: &Session,
        meta: &'static ServiceMeta,
        json: &'static str,
    ) -> ClientHandle {
        let rules = endpoints::rule_set(json).map(Rules::Static);
        Self::assemble(session, meta, Some(rules), Cow::Borrowed(&[]))
    }

    /// [`with_endpoint_rules`](Self::with_endpoint_rules), plus the endpoint parameters
    /// operations take from their input or fix (`context`: S3's `Bucket` and `Key`,
    /// DynamoDB's `ResourceArn`, ...), added to the rule set's parameters of each request.
    pub fn with_endpoint_context(
        session: &Session,
        meta: &'static ServiceMeta,
        json: &'static str,
        context: Cow<'static, [OperationContext]>,
    ) -> ClientHandle {
        let rules = endpoints::rule_set(json).map(Rules::Static);
        Self::assemble(session, meta, Some(rules), context)
    }

    fn assemble(
        session: &Session,
        meta: &'static ServiceMeta,
        rules_given: Option<Result<Rules>>,
        context: Cow<'static, [OperationContext]>,
    ) -> ClientHandle {
        let service_rules = ServiceRules::for_service(meta);
        let mut rules = None;
        let mut params = serde_json::Map::new();
        let (endpoint, custom_endpoint) = match session.endpoint_url_for(meta) {
            Err(e) => (Err(e), true),
            Ok(url) => {
                let custom = url.is_some();
                let endpoint = match rules_given {
                    None => endpoints::default_resolved(meta, session, url.as_deref()),
                    Some(Err(e)) => Err(e),
                    Some(Ok(r)) => {
                        params = endpoints::builtins(
                            &r,
                            service_rules,
                            session,
                            url.as_deref(),
                            session.force_path_style(),
                        );
                        let resolved = if custom {
                            endpoints::resolve(&r, params.clone())
                        } else if session.region().is_none() {
                            Err(no_region(meta))
                        } else {
                            check_region(session.region())
                                .and_then(|()| endpoints::resolve(&r, params.clone()))
                        };
                        rules = Some(r);
                        resolved
                    }
                };
                (endpoint, custom)
            }
        };
        let account_id_param = rules
            .as_ref()
            .filter(|_| session.endpoint_settings().account_id_endpoint_mode != "disabled")
            .and_then(|r| {
                r.parameters()
                    .find(|(_, built_in)| *built_in == Some("AWS::Auth::AccountId"))
                    .map(|(name, _)| name.to_string())
            });
        ClientHandle {
            inner: Arc::new(Inner {
                session: session.clone(),
                meta,
                service_rules,
                rules,
                params,
                endpoint: endpoint
                    .map_err(|e| (e.kind(), e.message().unwrap_or_default().to_string())),
                custom_endpoint,
                account_id_param,
                context,
                quota: RetryQuota::new(),
                last: Mutex::new(None),
            }),
            timeout: None,
            force_path_style: None,
        }
    }

    /// The session.
    pub fn session(&self) -> &Session {
        &self.inner.session
    }

    /// The service's metadata.
    pub fn meta(&self) -> &'static ServiceMeta {
        self.inner.meta
    }

    /// The endpoint parameters the operations declare (S3's `Bucket`, DynamoDB's
    /// `ResourceArn`, ...), by operation.
    pub fn endpoint_context(&self) -> &[OperationContext] {
        &self.inner.context
    }

    /// The endpoint requests go to.
    pub fn endpoint(&self) -> Result<&Endpoint> {
        self.resolved().map(|r| &r.endpoint)
    }

    fn resolved(&self) -> Result<&Resolved> {
        self.inner
            .endpoint
            .as_ref()
            .map_err(|(kind, message)| match kind {
                ErrorKind::InvalidInput => Error::invalid_input(message.clone()),
                _ => Error::config(message.clone()),
            })
    }

    /// A handle (sharing this one's endpoint and retry quota) whose calls fail with
    /// [`Error::timeout`] when they take longer than `timeout` in all, retries and the
    /// reading of the response body included (a streamed body too: it ends with the
    /// error). It replaces the session's
    /// [`operation_timeout`](crate::SessionBuilder::operation_timeout); a call's
    /// [`.timeout(d)`](crate::TimeoutExt::timeout) replaces it.
    pub fn with_timeout(&self, timeout: Duration) -> ClientHandle {
        ClientHandle {
            timeout: Some(timeout),
            ..self.clone()
        }
    }

    /// A handle (sharing this one's endpoint and retry quota) that addresses S3 buckets in
    /// the path (`yes`) or, where the bucket name and endpoint allow, in the host name,
    /// whatever the session says ([`SessionBuilder::force_path_style`](crate::SessionBuilder::force_path_style)).
    pub fn with_force_path_style(&self, yes: bool) -> ClientHandle {
        ClientHandle {
            force_path_style: Some(yes),
            ..self.clone()
        }
    }

    /// The unsigned request of `op` with `input`, at the endpoint a call would send it to
    /// (without the credentials' account id: none are fetched).
    #[cfg(feature = "dynamic")]
    pub(crate) fn build_unsigned(
        &self,
        shapes: &Shapes,
        op: &Operation,
        input: Value,
    ) -> Result<HttpRequest> {
        self.build(shapes, op, Input::Value(input), None)
            .map(|(request, _)| request)
    }

    /// Whether requests need the credentials before they are built: the rule set takes
    /// their account id.
    fn needs_account_id(&self, op: &Operation) -> bool {
        self.inner.account_id_param.is_some() && !op.unsigned
    }

    /// Builds the unsigned request of `op`, S3 buckets addressed as configured, with the
    /// endpoint it was resolved to (whose auth scheme signs it). `creds` are the ones the
    /// request will be signed with, when the rule set takes their account id.
    fn build(
        &self,
        shapes: &Shapes,
        op: &Operation,
        input: Input,
        creds: Option<&Credentials>,
    ) -> Result<(HttpRequest, At<'_>)> {
        let meta = self.inner.meta;
        let keep = self.kept_members(op);
        let mut encoded = match input {
            Input::Value(v) => protocol::encode_value_input(meta, shapes, op, v, &keep)?,
            Input::Typed(write, schema) if !writes_own_input(op, schema) => {
                let v = input_value(write, schema)?;
                protocol::encode_value_input(meta, shapes, op, v, &keep)?
            }
            Input::Typed(write, _) => {
                let mut write = Some(write);
                protocol::encode_request(meta, shapes, op, &keep, &mut |e| match write.take() {
                    Some(w) => w(e),
                    None => Ok(()),
                })?
            }
        };
        let input = &encoded.top;
        let path_style = self
            .force_path_style
            .unwrap_or_else(|| self.inner.session.force_path_style());
        let Some(rules) = self.inner.rules.as_deref() else {
            let resolved = self.resolved()?;
            let endpoint = &resolved.endpoint;
            let bucket = addressing::virtual_host_bucket(
                self.inner.service_rules,
                op,
                input,
                &endpoint.url,
                path_style,
            );
            let mut request = encoded.finish(endpoint)?;
            if let Some(bucket) = bucket {
                addressing::to_virtual_host(&mut request, &bucket)?;
            }
            return Ok((request, At::Base(resolved)));
        };
        let params = self.request_params(rules, op, input, creds);
        if params.is_empty() {
            let resolved = self.resolved()?;
            let mut request = encoded.finish(&resolved.endpoint)?;
            add_headers(&mut request, resolved);
            return Ok((request, At::Base(resolved)));
        }
        if let Err((ErrorKind::Config, _)) = &self.inner.endpoint {
            // The endpoint URL, the region or the rule set itself is bad.
            self.resolved()?;
        }
        // The rule set places an S3 bucket of a `/{Bucket}..` URI: in the host
        // (virtual-hosted style, access points), or at the end of the endpoint's path
        // (path style).
        let bucket = params
            .get("Bucket")
            .and_then(serde_json::Value::as_str)
            .filter(|_| self.inner.service_rules.bucket_addressing)
            .filter(|_| op.http.request_uri.starts_with("/{Bucket}"))
            .map(str::to_string);
        let at = self.request_endpoint(rules, params, bucket.as_deref())?;
        if let (false, Some(bucket)) = (at.path_style, &bucket) {
            // The bucket is in the host: the path is the URI template after `/{Bucket}`.
            encoded.strip_bucket(bucket);
        }
        let mut request = encoded.finish(&at.resolved.endpoint)?;
        add_headers(&mut request, &at.resolved);
        Ok((request, At::Request(at)))
    }

    /// The top-level input members the request's addressing and endpoint parameters
    /// read: captured while the input is written.
    fn kept_members<'a>(&'a self, op: &Operation) -> Vec<&'a str> {
        let mut keep = Vec::new();
        if self.inner.service_rules.bucket_addressing {
            keep.push("Bucket");
        }
        if let Some(ctx) = self.inner.context.iter().find(|c| c.operation == op.name) {
            for p in ctx.params.iter() {
                match p {
                    context::ContextParam::Member { member, .. } => keep.push(member),
                    context::ContextParam::Path { path, .. } => keep.push(first_step(path)),
                    context::ContextParam::Static { .. } => {}
                }
            }
        }
        keep
    }

    /// The rule set's parameters of one request beyond the client's built-ins: the
    /// credentials' account id, its operation's context parameters (those some rule
    /// reads).
    fn request_params(
        &self,
        rules: &RuleSet,
        op: &Operation,
        input: &Value,
        creds: Option<&Credentials>,
    ) -> serde_json::Map<String, serde_json::Value> {
        let mut params = serde_json::Map::new();
        if let Some(ctx) = self.inner.context.iter().find(|c| c.operation == op.name) {
            context::collect(&ctx.params, input, &mut params);
            params.retain(|name, _| rules.reads(name));
        }
        if let (Some(name), Some(id)) = (
            &self.inner.account_id_param,
            creds.and_then(Credentials::account_id),
        ) {
            params.insert(name.clone(), id.into());
        }
        params
    }

    /// The endpoint of a request with `params` of its own, as `rules` resolve it (the
    /// last one is kept); `bucket` is the S3 bucket of its URI.
    fn request_endpoint(
        &self,
        rules: &RuleSet,
        params: serde_json::Map<String, serde_json::Value>,
        bucket: Option<&str>,
    ) -> Result<Arc<RequestEndpoint>> {
        let last = &self.inner.last;
        if let Some(at) = &*last.lock().unwrap_or_else(PoisonError::into_inner) {
            if at.params == params && at.force_path_style == self.force_path_style {
                return Ok(at.clone());
            }
        }
        let mut all = self.inner.params.clone();
        all.extend(params.iter().map(|(k, v)| (k.clone(), v.clone())));
        if let Some(yes) = self.force_path_style {
            all.insert("ForcePathStyle".into(), yes.into());
        }
        let mut resolved = endpoints::resolve(rules, all)?;
        let mut path_style = false;
        if let Some(bucket) = bucket {
            let encoded = format!("/{}", protocol::encode_label(bucket, false));
            let in_host = resolved
                .endpoint
                .url
                .host()
                .is_some_and(|h| h.strip_prefix(bucket).is_some_and(|r| r.starts_with('.')));
            if let Some(base) = resolved.endpoint.url.path().strip_suffix(&encoded) {
                if !in_host {
                    let base = base.to_string();
                    resolved.endpoint.url = with_path(&resolved.endpoint.url, &base)?;
                    path_style = true;
                }
            }
        }
        let at = Arc::new(RequestEndpoint {
            params,
            force_path_style: self.force_path_style,
            resolved,
            path_style,
        });
        *last.lock().unwrap_or_else(PoisonError::into_inner) = Some(at.clone());
        Ok(at)
    }

    /// Typed call: `input` written straight into the request (`Shape::encode`) → sign → send (with retries) → the
    /// response read straight into `O` (`Shape::decode`).
    ///
    /// The input is taken at once (boxed as the writer of its request); the rest of the call
    /// is one future shared by every operation, so an operation adds only `O`'s decoding.
    pub fn call<I: Shape, O: Shape>(
        &self,
        op: &'static Operation,
        input: I,
    ) -> impl Future<Output = Result<O>> + Send + '_ {
        TypedCall {
            answer: self.boxed_answer(op, Input::typed(input)),
            meta: self.inner.meta,
            op,
            output: PhantomData,
        }
    }

    /// [`call_answer`](Self::call_answer) of a typed input, boxed: one future type (and one
    /// copy of its code) for every typed operation.
    fn boxed_answer(&self, op: &'static Operation, input: Input) -> BoxedAnswer<'_> {
        Box::pin(self.call_answer(&NO_ARENA, op, input))
    }

    /// The same on values; `shapes` resolves the operation's arena references (dynamic
    /// models), [`Shapes::EMPTY`] for typed clients.
    ///
    /// The call runs in an `INFO` `tracing` span `operation` (fields `service`,
    /// `operation`, `region`) with one `DEBUG` event `attempt` per attempt (fields
    /// `attempt`, `status`, `request_id`, `latency`, `retry`, `backoff`, `error`).
    pub async fn call_value(&self, shapes: &Shapes, op: &Operation, input: Value) -> Result<Value> {
        let answer = self.call_answer(shapes, op, Input::Value(input)).await?;
        protocol::answer_value(self.inner.meta, shapes, op, answer)
    }

    /// The call up to a successful answer, not yet decoded.
    async fn call_answer(
        &self,
        shapes: &Shapes,
        op: &Operation,
        input: Input,
    ) -> Result<protocol::Answer> {
        let session = &self.inner.session;
        let deadline = Deadline::current().or_else(|| {
            self.timeout
                .or_else(|| session.operation_timeout())
                .map(Deadline::after)
        });
        let span = tracing::info_span!(
            "operation",
            service = &*self.inner.meta.service_id,
            operation = &*op.name,
            region = session.region(),
        );
        let call = self.send(shapes, op, input, deadline);
        Deadline::bound(deadline, &op.name, call)
            .instrument(span)
            .await
    }

    async fn send(
        &self,
        shapes: &Shapes,
        op: &Operation,
        input: Input,
        deadline: Option<Deadline>,
    ) -> Result<protocol::Answer> {
        let meta = self.inner.meta;
        let session = &self.inner.session;
        // A rule set taking the account id resolves after the credentials are known.
        let creds = if self.needs_account_id(op) {
            Some(session.credentials().await?)
        } else {
            None
        };
        let (mut request, resolved) = self.build(shapes, op, input, creds.as_ref())?;
        request
            .headers_mut()
            .entry(USER_AGENT)
            .or_insert(HeaderValue::from_static(USER_AGENT_VALUE));
        // Signed and sent alike: the transport keeps a Host header that is already there.
        if !request.headers().contains_key(HOST) {
            if let Some(host) = host_header(request.uri()) {
                request.headers_mut().insert(HOST, host);
            }
        }
        let signer = if op.unsigned {
            None
        } else {
            let (region, name) = self.signing(&resolved)?;
            let creds = match creds {
                Some(c) => c,
                None => session.credentials().await?,
            };
            Some((creds, region, name))
        };
        let http = session.http_client();
        let max_body = session.max_response_body();
        let resendable = request.body().try_clone().is_some();
        let template = if resendable {
            clone_request(&request)
        } else {
            None
        };
        let mut first = Some(request);
        let signer = &signer;
        let service_rules = self.inner.service_rules;
        // The status and request id of the attempt's response, for its event.
        let answered = Mutex::new(None);
        let answered_ref = &answered;
        retry_loop_observed(
            session.retry_config(),
            &self.inner.quota,
            resendable,
            move |_| {
                let request = first
                    .take()
                    .or_else(|| template.as_ref().and_then(clone_request));
                let http = http.clone();
                async move {
                    let mut request = request.ok_or_else(|| {
                        Error::invalid_input("the request body cannot be sent again")
                    })?;
                    if let Some((creds, region, name)) = signer {
                        let params = SigningParams::new(region, name);
                        let options = service_rules.signing_options(name);
                        auth::sign_request_with(&mut request, creds, &params, &options)?;
                    }
                    let mut response = http.send(request).await?;
                    *answered_ref.lock().unwrap_or_else(PoisonError::into_inner) = Some((
                        response.status().as_u16(),
                        protocol::request_id(response.headers()),
                    ));
                    if let Some(d) = deadline {
                        let body = std::mem::take(response.body_mut());
                        *response.body_mut() = d.bound_body(&op.name, body);
                    }
                    protocol::read_answer(meta, shapes, op, response, max_body).await
                }
            },
            |attempt| {
                let answer = answered
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .take();
                attempt_event(&attempt, answer);
            },
        )
        .await
    }

    /// A presigned URL for `op` with `input` (query-string SigV4), valid for `expires`.
    ///
    /// Credentials come from the session: at once when they are explicit, from the
    /// environment or cached; otherwise this call blocks while the provider chain resolves
    /// them on a short-lived runtime of its own.
    pub fn presign<I: Shape>(
        &self,
        op: &'static Operation,
        input: I,
        expires: Duration,
    ) -> Result<PresignedRequest> {
        self.presign_input(op, Input::typed(input), expires)
    }

    /// [`presign`](Self::presign) past the input's type.
    fn presign_input(
        &self,
        op: &'static Operation,
        input: Input,
        expires: Duration,
    ) -> Result<PresignedRequest> {
        let early = self.needs_account_id(op);
        let creds = match early {
            true => Some(credentials_blocking(&self.inner.session)?),
            false => None,
        };
        let (request, resolved) = self.build(&Shapes::EMPTY, op, input, creds.as_ref())?;
        let (region, name) = self.signing(&resolved)?;
        let creds = match creds {
            Some(c) => c,
            None => credentials_blocking(&self.inner.session)?,
        };
        auth::presign_with(
            &request,
            &creds,
            &SigningParams::new(&region, &name),
            expires,
            &self.inner.service_rules.signing_options(&name),
        )
    }

    /// The signing region and name of a request to `resolved`: its auth scheme's, else the
    /// client's.
    fn signing(&self, resolved: &Resolved) -> Result<(String, String)> {
        let region = match &resolved.signing_region {
            Some(r) => r.clone(),
            None => self.signing_region()?,
        };
        let name = resolved
            .signing_name
            .clone()
            .unwrap_or_else(|| self.inner.meta.signing_name.to_string());
        Ok((region, name))
    }

    /// The region signatures are scoped to: the session's; global services and configured
    /// endpoints without a region use `us-east-1`.
    fn signing_region(&self) -> Result<String> {
        match self.inner.session.region() {
            Some(r) if self.inner.meta.global_endpoint.is_none() => Ok(r.to_string()),
            _ if self.inner.meta.global_endpoint.is_some() || self.inner.custom_endpoint => {
                Ok(DEFAULT_SIGNING_REGION.to_string())
            }
            _ => Err(no_region(self.inner.meta)),
        }
    }
}

/// The arena of typed calls' schemas: none, they are `'static`.
static NO_ARENA: Shapes = Shapes::EMPTY;

/// A typed input that writes itself into the request.
type WriteInput = Box<dyn FnOnce(&mut dyn Encoder) -> Result<()> + Send>;

/// The input of a call: a value (dynamic calls), or a typed shape that writes itself, with
/// its schema.
enum Input {
    Value(Value),
    Typed(WriteInput, &'static Schema),
}

impl Input {
    /// A typed input: the only code generic over its type is this box.
    fn typed<I: Shape>(input: I) -> Input {
        Input::Typed(Box::new(move |e| input.encode(e)), I::schema())
    }
}

/// Whether a typed input of `schema` is written straight into `op`'s request: when `op`'s
/// input is that schema (the member indices a derived shape writes by are those of its
/// schema); otherwise it goes through its value.
fn writes_own_input(op: &Operation, schema: &'static Schema) -> bool {
    match &op.input {
        Some(SchemaRef::Static(own)) => std::ptr::eq(own(), schema),
        Some(_) => false,
        None => true,
    }
}

/// The value of a typed input of `schema`: what `Shape::into_value` gives, written through
/// its `encode` into a [`ValueEncoder`].
fn input_value(write: WriteInput, schema: &'static Schema) -> Result<Value> {
    let mut e = ValueEncoder::new(&NO_ARENA, None, schema);
    write(&mut e)?;
    Ok(e.finish())
}

/// The boxed future of a typed call up to its answer.
type BoxedAnswer<'a> = Pin<Box<dyn Future<Output = Result<protocol::Answer>> + Send + 'a>>;

/// The future of [`ClientHandle::call`]: the shared boxed call, then `O`'s decoding.
struct TypedCall<'a, O> {
    answer: BoxedAnswer<'a>,
    meta: &'static ServiceMeta,
    op: &'static Operation,
    /// `fn() -> O`: the future is `Send` and `Unpin` whatever `O` is.
    output: PhantomData<fn() -> O>,
}

impl<O: Shape> Future for TypedCall<'_, O> {
    type Output = Result<O>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<O>> {
        let answer = match self.answer.as_mut().poll(cx) {
            Poll::Pending => return Poll::Pending,
            Poll::Ready(answer) => answer?,
        };
        Poll::Ready(protocol::decode_typed(
            self.meta, &NO_ARENA, self.op, answer,
        ))
    }
}

/// The top-level member a context parameter's path starts from (`Delete` of
/// `Delete.Objects[*].Key`, `RequestItems` of `keys(RequestItems)`).
fn first_step(path: &str) -> &str {
    let path = path.trim();
    let path = path.strip_prefix("keys(").unwrap_or(path).trim_start();
    let end = path
        .find(|c: char| c == '.' || c == '[' || c == ')' || c.is_whitespace())
        .unwrap_or(path.len());
    &path[..end]
}

/// The event of one attempt, at `DEBUG` in the operation's span: `attempt` (1, 2, ...),
/// `status` (when a response arrived), `request_id` (from the response's headers, or the
/// service error's body), `latency` (from sending to the parsed answer), `retry` (what
/// happens next: `done`, `retry`, `not retryable`, `attempts exhausted`,
/// `quota exhausted`), `backoff` (before the next attempt) and `error`. Nothing of the
/// request (headers, signature, credentials) is recorded.
fn attempt_event(attempt: &Attempt<'_>, answer: Option<(u16, Option<String>)>) {
    let (status, header_id) = answer.unzip();
    let request_id = attempt
        .error
        .and_then(Error::request_id)
        .map(str::to_owned)
        .or(header_id.flatten());
    let backoff = match attempt.decision {
        Decision::Retry { backoff, .. } => Some(backoff),
        _ => None,
    };
    tracing::debug!(
        attempt = attempt.number,
        status,
        request_id = request_id.as_deref(),
        latency = ?attempt.latency,
        retry = attempt.decision.as_str(),
        backoff = backoff.map(tracing::field::debug),
        error = attempt.error.map(tracing::field::display),
        "attempt"
    );
}

fn no_region(meta: &ServiceMeta) -> Error {
    Error::config(format!(
        "no region for {}: set Session::builder().region(..), AWS_REGION or the profile's region",
        meta.service_id
    ))
}

/// A region is a host label: lowercase letters, digits and hyphens.
fn check_region(region: Option<&str>) -> Result<()> {
    match region {
        Some(r)
            if r.is_empty()
                || !r
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') =>
        {
            Err(Error::config(format!("invalid region name {r:?}")))
        }
        _ => Ok(()),
    }
}

/// Adds the headers the endpoint rules ask for.
fn add_headers(request: &mut HttpRequest, resolved: &Resolved) {
    for (name, value) in &resolved.headers {
        request.headers_mut().append(name.clone(), value.clone());
    }
}

/// `uri` with its path replaced by `path`.
fn with_path(uri: &http::Uri, path: &str) -> Result<http::Uri> {
    let mut parts = uri.clone().into_parts();
    let path = if path.is_empty() { "/" } else { path };
    parts.path_and_query = Some(
        path.parse()
            .map_err(|_| Error::config(format!("invalid endpoint path {path:?}")))?,
    );
    http::Uri::from_parts(parts).map_err(|_| Error::config("invalid endpoint URL"))
}

/// The Host header for `uri`: its host, with the port unless it is the scheme's default.
fn host_header(uri: &http::Uri) -> Option<HeaderValue> {
    let host = uri.host()?;
    let default_port = match uri.scheme_str() {
        Some("https") => Some(443),
        Some("http") => Some(80),
        _ => None,
    };
    let value = match uri.port_u16() {
        Some(port) if Some(port) != default_port => format!("{host}:{port}"),
        _ => host.to_string(),
    };
    HeaderValue::from_str(&value).ok()
}

/// The session's credentials without an async context: immediately when they need no I/O
/// (explicit, environment, cached), else on a runtime of a helper thread.
fn credentials_blocking(session: &Session) -> Result<Credentials> {
    use futures::FutureExt;
    if tokio::runtime::Handle::try_current().is_ok() {
        if let Some(ready) = session.credentials().now_or_never() {
            return ready;
        }
    }
    let session = session.clone();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| {
                Error::credentials("cannot start a runtime to resolve credentials").with_source(e)
            })?;
        rt.block_on(session.credentials())
    })
    .join()
    .unwrap_or_else(|_| Err(Error::credentials("resolving credentials panicked")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Protocol;
    use std::borrow::Cow;

    fn meta(prefix: &'static str, global: Option<&'static str>) -> ServiceMeta {
        ServiceMeta {
            protocol: Protocol::AwsJson1_0,
            api_version: Cow::Borrowed("2012-11-05"),
            target_prefix: Some(Cow::Borrowed("AmazonSQS")),
            json_version: Some(Cow::Borrowed("1.0")),
            signing_name: Cow::Borrowed(prefix),
            endpoint_prefix: Cow::Borrowed(prefix),
            service_id: Cow::Borrowed("SQS"),
            xml_namespace: None,
            global_endpoint: global.map(Cow::Borrowed),
        }
    }

    #[test]
    fn default_endpoints() {
        let sqs = meta("sqs", None);
        assert_eq!(
            endpoints::default_url(&sqs, Some("eu-west-1"), false, false).unwrap(),
            "https://sqs.eu-west-1.amazonaws.com"
        );
        assert_eq!(
            endpoints::default_url(&sqs, Some("cn-north-1"), false, false).unwrap(),
            "https://sqs.cn-north-1.amazonaws.com.cn"
        );
        assert_eq!(
            endpoints::default_url(&meta("s3", None), Some("us-east-1"), false, false).unwrap(),
            "https://s3.amazonaws.com"
        );
        assert_eq!(
            endpoints::default_url(&meta("s3", None), Some("us-west-2"), false, false).unwrap(),
            "https://s3.us-west-2.amazonaws.com"
        );
        let iam = meta("iam", Some("iam.amazonaws.com"));
        assert_eq!(
            endpoints::default_url(&iam, None, false, false).unwrap(),
            "https://iam.amazonaws.com"
        );
        let err = endpoints::default_url(&sqs, None, false, false).unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Config);
        assert!(err.to_string().contains("no region"), "{err}");
        for bad in ["", "us-east-1/evil", "Us-East-1", "a.b"] {
            assert!(
                endpoints::default_url(&sqs, Some(bad), false, false).is_err(),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn default_endpoints_follow_the_partition() {
        let sqs = meta("sqs", None);
        let url = |region, fips, dual| endpoints::default_url(&sqs, Some(region), fips, dual);
        assert_eq!(
            url("us-gov-west-1", false, false).unwrap(),
            "https://sqs.us-gov-west-1.amazonaws.com"
        );
        assert_eq!(
            url("us-gov-west-1", true, false).unwrap(),
            "https://sqs-fips.us-gov-west-1.amazonaws.com"
        );
        assert_eq!(
            url("eu-west-1", false, true).unwrap(),
            "https://sqs.eu-west-1.api.aws"
        );
        assert_eq!(
            url("cn-north-1", true, true).unwrap(),
            "https://sqs-fips.cn-north-1.api.amazonwebservices.com.cn"
        );
        assert_eq!(
            url("us-iso-east-1", false, false).unwrap(),
            "https://sqs.us-iso-east-1.c2s.ic.gov"
        );
        assert_eq!(
            url("us-iso-east-1", false, true).unwrap(),
            "https://sqs.us-iso-east-1.api.aws.ic.gov"
        );
        // S3's legacy global host is only for the plain endpoint.
        let s3 = meta("s3", None);
        assert_eq!(
            endpoints::default_url(&s3, Some("us-east-1"), true, false).unwrap(),
            "https://s3-fips.us-east-1.amazonaws.com"
        );
    }

    #[test]
    fn sessions_choose_fips_and_dualstack_endpoints_for_clients_without_rules() {
        let s = Session::builder()
            .region("us-gov-east-1")
            .use_fips(true)
            .build()
            .unwrap();
        assert!(s.use_fips() && !s.use_dualstack());
        assert_eq!(
            ClientHandle::new(&s, &SQS)
                .endpoint()
                .unwrap()
                .url
                .to_string(),
            "https://sqs-fips.us-gov-east-1.amazonaws.com/"
        );
        let env = crate::config::Env::from_map([
            ("AWS_USE_DUALSTACK_ENDPOINT", "true"),
            ("AWS_REGION", "ap-southeast-2"),
        ]);
        let s = Session::builder().env(env).build().unwrap();
        assert!(s.use_dualstack() && !s.use_fips());
        assert_eq!(
            ClientHandle::new(&s, &SQS)
                .endpoint()
                .unwrap()
                .url
                .to_string(),
            "https://sqs.ap-southeast-2.api.aws/"
        );
        // The builder wins over the environment; a configured URL wins over both.
        let env = crate::config::Env::from_map([("AWS_USE_DUALSTACK_ENDPOINT", "true")]);
        let s = Session::builder()
            .env(env)
            .region("eu-west-1")
            .use_dualstack(false)
            .build()
            .unwrap();
        assert!(!s.use_dualstack());
        let env = crate::config::Env::from_map([("AWS_USE_FIPS_ENDPOINT", "yes please")]);
        let err = Session::builder().env(env).build().unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Config);
        assert!(err.to_string().contains("use_fips_endpoint"), "{err}");
    }

    #[test]
    fn host_headers_drop_default_ports() {
        let h = |u: &str| host_header(&u.parse().unwrap()).unwrap();
        assert_eq!(h("http://127.0.0.1:5000/x"), "127.0.0.1:5000");
        assert_eq!(h("https://s3.amazonaws.com:443/"), "s3.amazonaws.com");
        assert_eq!(h("http://h:80"), "h");
        assert_eq!(h("https://h:8443"), "h:8443");
    }

    #[test]
    fn endpoint_urls_are_checked() {
        let e = Endpoint::parse("http://127.0.0.1:5000").unwrap();
        assert_eq!(e.url.port_u16(), Some(5000));
        assert_eq!(
            Endpoint::parse("https://h/base").unwrap().url.path(),
            "/base"
        );
        assert_eq!(
            Endpoint::parse("http://[::1]:65535")
                .unwrap()
                .url
                .port_u16(),
            Some(65535)
        );
        assert_eq!(
            Endpoint::parse(" HTTPS://s3.amazonaws.com ")
                .unwrap()
                .url
                .host(),
            Some("s3.amazonaws.com")
        );
        for (bad, why) in [
            ("127.0.0.1:5000", "scheme"),
            ("ftp://h", "http or https"),
            ("http://", "no host"),
            ("not a url", "whitespace"),
            ("", "empty"),
            ("http://127.0.0.1:99999", "port"),
            ("http://127.0.0.1:0", "port"),
            ("http://127.0.0.1:", "port"),
            ("http://127.0.0.1:-1", "port"),
            ("http://127.0.0.1:80a", "port"),
            ("http://user:pw@127.0.0.1:5000", "user name"),
            ("http://127.0.0.1:5000/?a=b", "query"),
            ("http://127.0.0.1:5000#frag", "fragment"),
            ("http://[::1", "unclosed"),
            ("http://[zz]:80", "IPv6"),
            ("http://h\\x/", "host"),
            ("http://h\n/", "control"),
        ] {
            let err = Endpoint::parse(bad).unwrap_err();
            assert_eq!(err.kind(), crate::ErrorKind::Config, "{bad:?}");
            assert!(err.to_string().contains(why), "{bad:?}: {err}");
            assert!(!err.to_string().contains("pw"), "{err}");
        }
    }

    static SQS: std::sync::LazyLock<ServiceMeta> = std::sync::LazyLock::new(|| meta("sqs", None));
    static IAM: std::sync::LazyLock<ServiceMeta> =
        std::sync::LazyLock::new(|| meta("iam", Some("iam.amazonaws.com")));

    #[test]
    fn endpoint_and_signing_region_resolution() {
        let s = Session::builder().region("eu-west-1").build().unwrap();
        let c = ClientHandle::new(&s, &SQS);
        assert_eq!(
            c.endpoint().unwrap().url.to_string(),
            "https://sqs.eu-west-1.amazonaws.com/"
        );
        assert_eq!(c.signing_region().unwrap(), "eu-west-1");
        assert_eq!(
            ClientHandle::new(&s, &IAM).signing_region().unwrap(),
            "us-east-1"
        );

        let local = Session::builder()
            .endpoint_url("http://127.0.0.1:5000")
            .build()
            .unwrap();
        let c = ClientHandle::new(&local, &SQS);
        assert_eq!(
            c.endpoint().unwrap().url.authority().unwrap(),
            "127.0.0.1:5000"
        );
        assert_eq!(c.signing_region().unwrap(), "us-east-1");

        let err = Session::builder()
            .endpoint_url("http://127.0.0.1:99999")
            .build()
            .unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Config);
        assert!(err.to_string().contains("port"), "{err}");
        // A bad URL from the environment: every call of the client reports it.
        let env = crate::config::Env::from_map([("AWS_ENDPOINT_URL", "http://127.0.0.1:99999")]);
        let bad = Session::builder().env(env).build().unwrap();
        let err = ClientHandle::new(&bad, &SQS).endpoint().unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Config);
        assert!(err.to_string().contains("port"), "{err}");
    }

    #[test]
    fn call_futures_are_send() {
        fn assert_send<T: Send>(_: &T) {}
        let s = Session::builder().region("eu-west-1").build().unwrap();
        let c = ClientHandle::new(&s, &SQS);
        let op = Box::leak(Box::new(Operation::rpc("ListQueues")));
        let shapes = Shapes::default();
        assert_send(&c.call_value(&shapes, op, Value::structure()));
        assert_send(&c.call::<Empty, Empty>(op, Empty));
    }

    /// An empty structure shape.
    struct Empty;
    static EMPTY: std::sync::LazyLock<crate::model::Schema> =
        std::sync::LazyLock::new(|| crate::model::Schema {
            name: Cow::Borrowed("Empty"),
            kind: crate::model::Kind::Structure {
                members: std::borrow::Cow::Borrowed(&[]),
                union: false,
            },
            traits: Default::default(),
        });
    impl Shape for Empty {
        fn schema() -> &'static crate::model::Schema {
            &EMPTY
        }
        fn into_value(self) -> Value {
            Value::structure()
        }
        fn from_value(_: Value) -> Result<Self> {
            Ok(Empty)
        }
    }
}
