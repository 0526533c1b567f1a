//! The `tracing` a call emits, recorded by a small hand-written subscriber, against a
//! server on 127.0.0.1 that fails the first attempt and answers the second: one span per
//! operation (service, operation, region) and one event per attempt (attempt number,
//! status, request id, latency, retry decision), with no secret in any of it.

mod support {
    pub mod fault_server;
}

use boto_core::{client, Credentials, Op, RetryConfig, Session, Shape};
use std::collections::BTreeMap;
use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use support::fault_server::{answer, FaultServer};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

#[derive(Shape, Debug, Clone, Default)]
pub struct GetThingRequest {
    pub name: Option<String>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetThingOutput {
    pub name: Option<String>,
}

/// A JSON service.
#[client(
    service = "things",
    protocol = "awsJson1_0",
    target_prefix = "Things",
    api_version = "2020-01-01"
)]
pub struct Things {
    get_thing: Op<GetThingRequest, GetThingOutput>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct GetBlobRequest {
    #[shape(label)]
    pub bucket: String,
    #[shape(label)]
    pub key: String,
}

/// A restXml service, for a presigned URL.
#[client(service = "s3", protocol = "restXml", api_version = "2006-03-01")]
pub struct Blobs {
    #[op(http = "GET /{Bucket}/{Key+}")]
    get_blob: Op<GetBlobRequest, ()>,
}

/// Field name → value as text (`&str` values unquoted, others as `Debug` shows them).
type Fields = BTreeMap<String, String>;

#[derive(Debug, Clone)]
struct SpanRecord {
    id: u64,
    name: &'static str,
    fields: Fields,
}

#[derive(Debug, Clone)]
struct EventRecord {
    target: String,
    level: tracing::Level,
    /// The span the event was emitted in.
    span: Option<u64>,
    fields: Fields,
}

#[derive(Debug, Default)]
struct Recorded {
    spans: Vec<SpanRecord>,
    events: Vec<EventRecord>,
    /// The entered spans, innermost last.
    stack: Vec<u64>,
}

/// Records every span and event (tests run each on one thread: one stack will do).
#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Recorded>>);

struct Collect<'a>(&'a mut Fields);

impl Visit for Collect<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_string(), value.to_string());
    }
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0
            .insert(field.name().to_string(), format!("{value:?}"));
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut r = self.0.lock().unwrap();
        let id = r.spans.len() as u64 + 1;
        let mut fields = Fields::new();
        span.record(&mut Collect(&mut fields));
        r.spans.push(SpanRecord {
            id,
            name: span.metadata().name(),
            fields,
        });
        Id::from_u64(id)
    }
    fn record(&self, span: &Id, values: &Record<'_>) {
        let mut r = self.0.lock().unwrap();
        let i = span.into_u64() as usize - 1;
        values.record(&mut Collect(&mut r.spans[i].fields));
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut r = self.0.lock().unwrap();
        let span = match event.parent() {
            Some(id) => Some(id.into_u64()),
            None if event.is_contextual() => r.stack.last().copied(),
            None => None,
        };
        let mut fields = Fields::new();
        event.record(&mut Collect(&mut fields));
        r.events.push(EventRecord {
            target: event.metadata().target().to_string(),
            level: *event.metadata().level(),
            span,
            fields,
        });
    }
    fn enter(&self, span: &Id) {
        self.0.lock().unwrap().stack.push(span.into_u64());
    }
    fn exit(&self, span: &Id) {
        let mut r = self.0.lock().unwrap();
        if let Some(i) = r.stack.iter().rposition(|s| *s == span.into_u64()) {
            r.stack.remove(i);
        }
    }
}

const JSON: (&str, &str) = ("content-type", "application/x-amz-json-1.0");
const SECRET_KEY: &str = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY";
const SESSION_TOKEN: &str = "FwoGZXIvYXdzSESSIONTOKENSECRET";

#[tokio::test(start_paused = true)]
async fn a_retried_call_is_one_span_with_an_event_per_attempt_and_no_secret() {
    let server = FaultServer::start(vec![
        answer(
            500,
            &[JSON, ("x-amzn-requestid", "req-first")],
            r#"{"__type":"InternalFailure","message":"try again"}"#,
        ),
        answer(
            200,
            &[JSON, ("x-amzn-requestid", "req-second")],
            r#"{"Name":"a"}"#,
        ),
    ])
    .await;
    let session = Session::builder()
        .region("eu-west-1")
        .endpoint_url(&server.url)
        .credentials(Credentials::new(
            "AKIDEXAMPLE",
            SECRET_KEY,
            Some(SESSION_TOKEN.to_string()),
        ))
        .retry(RetryConfig::standard().base_backoff(Duration::from_millis(100)))
        .build()
        .unwrap();
    let recorder = Recorder::default();
    let presigned = {
        let _guard = tracing::subscriber::set_default(recorder.clone());
        let out = Things::new(&session)
            .get_thing(GetThingRequest::new().name("a"))
            .await
            .unwrap();
        assert_eq!(out.name.as_deref(), Some("a"));
        Blobs::new(&session)
            .presign_get_blob(
                GetBlobRequest::new().bucket("b").key("k"),
                Duration::from_secs(60),
            )
            .unwrap()
    };
    let r = recorder.0.lock().unwrap();

    let ops: Vec<_> = r.spans.iter().filter(|s| s.name == "operation").collect();
    assert_eq!(ops.len(), 1, "{:#?}", r.spans);
    let span = ops[0];
    let expected: Fields = [
        ("service", "THINGS"),
        ("operation", "GetThing"),
        ("region", "eu-west-1"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    assert_eq!(span.fields, expected);

    let attempts: Vec<_> = r
        .events
        .iter()
        .filter(|e| e.fields.get("message").map(String::as_str) == Some("attempt"))
        .collect();
    assert_eq!(attempts.len(), 2, "{:#?}", r.events);
    for e in &attempts {
        assert_eq!(e.span, Some(span.id), "{e:?}");
        assert_eq!(e.target, "boto_core::client");
        assert_eq!(e.level, tracing::Level::DEBUG);
        assert!(e.fields.contains_key("latency"), "{e:?}");
    }
    let field = |e: &EventRecord, k: &str| e.fields.get(k).cloned();
    let first = attempts[0];
    assert_eq!(field(first, "attempt").as_deref(), Some("1"));
    assert_eq!(field(first, "status").as_deref(), Some("500"));
    assert_eq!(field(first, "request_id").as_deref(), Some("req-first"));
    assert_eq!(field(first, "retry").as_deref(), Some("retry"));
    assert!(field(first, "backoff").is_some(), "{first:?}");
    assert!(
        field(first, "error").is_some_and(|e| e.contains("InternalFailure")),
        "{first:?}"
    );
    let second = attempts[1];
    assert_eq!(field(second, "attempt").as_deref(), Some("2"));
    assert_eq!(field(second, "status").as_deref(), Some("200"));
    assert_eq!(field(second, "request_id").as_deref(), Some("req-second"));
    assert_eq!(field(second, "retry").as_deref(), Some("done"));
    assert_eq!(field(second, "backoff"), None);
    assert_eq!(field(second, "error"), None);

    // No secret anywhere: not the credentials, nor the Authorization headers the server
    // saw (nor their signatures), nor the presigned URL's signature.
    let heads = server.request_heads();
    assert_eq!(heads.len(), 2);
    let mut secrets = vec![
        SECRET_KEY.to_string(),
        SESSION_TOKEN.to_string(),
        "AWS4-HMAC-SHA256".to_string(),
        "Signature=".to_string(),
    ];
    for head in &heads {
        let auth = head
            .lines()
            .find_map(|l| l.strip_prefix("authorization: "))
            .expect("signed request");
        let signature = auth.split("Signature=").nth(1).expect("signature");
        assert_eq!(signature.len(), 64, "{auth}");
        secrets.push(signature.to_string());
    }
    let presigned_signature = presigned
        .uri
        .split("X-Amz-Signature=")
        .nth(1)
        .expect("presigned signature");
    secrets.push(presigned_signature.to_string());
    let recorded = r
        .spans
        .iter()
        .map(|s| &s.fields)
        .chain(r.events.iter().map(|e| &e.fields))
        .flat_map(|f| f.iter().flat_map(|(k, v)| [k, v]));
    for text in recorded {
        for secret in &secrets {
            assert!(!text.contains(secret.as_str()), "{secret:?} in {text:?}");
        }
    }
}
