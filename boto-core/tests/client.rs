//! The request pipeline of `ClientHandle` (build → sign → send with retries → parse) on a
//! hand-built awsJson1_0 model of three SQS operations: against the replay transport, and
//! end to end against moto.

use boto_core::client::ClientHandle;
use boto_core::http::replay::ReplayClient;
use boto_core::http::{HttpClient, HttpRequest, HttpResponse};
use boto_core::model::{
    Kind, Member, MemberTraits, Operation, Protocol, Schema, SchemaRef, ServiceMeta, ShapeTraits,
    Shapes,
};
use boto_core::{Credentials, Error, ErrorKind, Result, RetryConfig, Session, Shape, Value};
use std::borrow::Cow;
use std::sync::{Arc, LazyLock};
use std::time::Duration;

macro_rules! schema {
    ($name:ident, $value:expr) => {
        fn $name() -> &'static Schema {
            static S: LazyLock<Schema> = LazyLock::new(|| $value);
            &S
        }
    };
}

fn structure(name: &'static str, members: &[(&'static str, bool)]) -> Schema {
    Schema {
        name: Cow::Borrowed(name),
        kind: Kind::Structure {
            members: members
                .iter()
                .map(|(m, required)| Member {
                    name: Cow::Borrowed(m),
                    target: SchemaRef::Static(string),
                    traits: MemberTraits {
                        required: *required,
                        ..Default::default()
                    },
                })
                .collect(),
            union: false,
        },
        traits: ShapeTraits {
            required: members
                .iter()
                .filter(|(_, r)| *r)
                .map(|(m, _)| Cow::Borrowed(*m))
                .collect(),
            ..Default::default()
        },
    }
}

schema!(
    string,
    Schema {
        name: Cow::Borrowed("String"),
        kind: Kind::String,
        traits: ShapeTraits::default(),
    }
);
schema!(
    queue_name_input,
    structure("CreateQueueRequest", &[("QueueName", true)])
);
schema!(
    queue_url_output,
    structure("CreateQueueResult", &[("QueueUrl", false)])
);
schema!(
    queue_url_input,
    structure("DeleteQueueRequest", &[("QueueUrl", true)])
);

static SQS: LazyLock<ServiceMeta> = LazyLock::new(|| ServiceMeta {
    protocol: Protocol::AwsJson1_0,
    api_version: Cow::Borrowed("2012-11-05"),
    target_prefix: Some(Cow::Borrowed("AmazonSQS")),
    json_version: Some(Cow::Borrowed("1.0")),
    signing_name: Cow::Borrowed("sqs"),
    endpoint_prefix: Cow::Borrowed("sqs"),
    service_id: Cow::Borrowed("SQS"),
    xml_namespace: None,
    global_endpoint: None,
});

fn op(
    name: &'static str,
    input: fn() -> &'static Schema,
    output: Option<fn() -> &'static Schema>,
) -> Operation {
    Operation {
        input: Some(SchemaRef::Static(input)),
        output: output.map(SchemaRef::Static),
        ..Operation::rpc(name)
    }
}

static CREATE_QUEUE: LazyLock<Operation> =
    LazyLock::new(|| op("CreateQueue", queue_name_input, Some(queue_url_output)));
static GET_QUEUE_URL: LazyLock<Operation> =
    LazyLock::new(|| op("GetQueueUrl", queue_name_input, Some(queue_url_output)));
static DELETE_QUEUE: LazyLock<Operation> =
    LazyLock::new(|| op("DeleteQueue", queue_url_input, None));

/// A typed input, written by hand the way `#[derive(Shape)]` would generate it.
struct QueueName(String);
impl Shape for QueueName {
    fn schema() -> &'static Schema {
        queue_name_input()
    }
    fn into_value(self) -> Value {
        Value::Structure(vec![(Cow::Borrowed("QueueName"), Value::String(self.0))])
    }
    fn from_value(mut v: Value) -> Result<Self> {
        match v.take("QueueName") {
            Some(Value::String(s)) => Ok(QueueName(s)),
            _ => Ok(QueueName(String::new())),
        }
    }
}

/// A typed output.
#[derive(Debug)]
struct QueueUrl(String);
impl Shape for QueueUrl {
    fn schema() -> &'static Schema {
        queue_url_output()
    }
    fn into_value(self) -> Value {
        Value::Structure(vec![(Cow::Borrowed("QueueUrl"), Value::String(self.0))])
    }
    fn from_value(mut v: Value) -> Result<Self> {
        match v.take("QueueUrl") {
            Some(Value::String(s)) => Ok(QueueUrl(s)),
            None | Some(Value::Null) => Ok(QueueUrl(String::new())),
            Some(other) => Err(Error::decode(format!("QueueUrl: {}", other.type_name()))),
        }
    }
}

fn input(member: &'static str, value: &str) -> Value {
    Value::Structure(vec![(Cow::Borrowed(member), Value::String(value.into()))])
}

fn replay_session(replay: &ReplayClient) -> Session {
    Session::builder()
        .region("eu-west-1")
        .credentials(Credentials::new("AKIDEXAMPLE", "SECRETEXAMPLE", None))
        .retry(RetryConfig::standard().base_backoff(Duration::from_millis(1)))
        .http_client(Arc::new(replay.clone()))
        .build()
        .unwrap()
}

const JSON: (&str, &str) = ("content-type", "application/x-amz-json-1.0");

#[tokio::test]
async fn call_builds_signs_sends_and_parses() {
    let replay = ReplayClient::new();
    replay.push(200, &[JSON], r#"{"QueueUrl":"https://q/1/test"}"#);
    let client = ClientHandle::new(&replay_session(&replay), &SQS);
    let out: QueueUrl = client
        .call(&CREATE_QUEUE, QueueName("test".into()))
        .await
        .unwrap();
    assert_eq!(out.0, "https://q/1/test");

    let reqs = replay.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_eq!(r.method, http::Method::POST);
    assert_eq!(r.uri.to_string(), "https://sqs.eu-west-1.amazonaws.com/");
    assert_eq!(r.header("x-amz-target"), Some("AmazonSQS.CreateQueue"));
    let auth = r.header("authorization").unwrap();
    assert!(
        auth.starts_with("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
            && auth.contains("/eu-west-1/sqs/aws4_request"),
        "{auth}"
    );
    assert!(!auth.contains("SECRETEXAMPLE"));
    assert!(r.header("user-agent").unwrap().starts_with("boto-rs/"));
    assert_eq!(r.header("host"), Some("sqs.eu-west-1.amazonaws.com"));
    assert!(
        auth.contains("SignedHeaders=") && auth.contains("host;"),
        "{auth}"
    );
    let body: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(body, serde_json::json!({"QueueName": "test"}));
}

#[tokio::test]
async fn call_retries_5xx_and_throttling_and_signs_each_attempt() {
    let replay = ReplayClient::new();
    replay
        .push(
            503,
            &[JSON],
            r#"{"__type":"com.amazonaws.sqs#ServiceUnavailable"}"#,
        )
        .push(
            400,
            &[JSON],
            r#"{"__type":"com.amazonaws.sqs#ThrottlingException","message":"slow down"}"#,
        )
        .push(200, &[JSON], r#"{"QueueUrl":"u"}"#);
    let client = ClientHandle::new(&replay_session(&replay), &SQS);
    let out = client
        .call_value(&Shapes::EMPTY, &GET_QUEUE_URL, input("QueueName", "q"))
        .await
        .unwrap();
    assert_eq!(out.get("QueueUrl").and_then(Value::as_str), Some("u"));
    let reqs = replay.requests();
    assert_eq!(reqs.len(), 3);
    assert!(reqs
        .iter()
        .all(|r| r.header("authorization").is_some() && r.body_str().contains("\"q\"")));

    // Attempts run out: the last service error is returned as it is.
    for _ in 0..3 {
        replay.push(
            400,
            &[JSON],
            r#"{"__type":"ThrottlingException","message":"slow down"}"#,
        );
    }
    let err = client
        .call_value(&Shapes::EMPTY, &GET_QUEUE_URL, input("QueueName", "q"))
        .await
        .unwrap_err();
    assert!(err.is_code("ThrottlingException"), "{err:?}");
    assert_eq!(err.message(), Some("slow down"));
    assert_eq!(replay.requests().len(), 6);

    // A modeled client error is not retried.
    replay.push(
        400,
        &[JSON],
        r#"{"__type":"com.amazonaws.sqs#QueueDoesNotExist","message":"no"}"#,
    );
    let err = client
        .call_value(&Shapes::EMPTY, &GET_QUEUE_URL, input("QueueName", "q"))
        .await
        .unwrap_err();
    assert!(err.is_code("QueueDoesNotExist"), "{err:?}");
    assert_eq!(replay.requests().len(), 7);
}

#[tokio::test]
async fn invalid_input_and_missing_region_send_nothing() {
    let replay = ReplayClient::new();
    let client = ClientHandle::new(&replay_session(&replay), &SQS);
    let err = client
        .call_value(&Shapes::EMPTY, &CREATE_QUEUE, Value::structure())
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput, "{err}");

    let no_region = Session::builder()
        .credentials(Credentials::new("AKID", "SECRET", None))
        .http_client(Arc::new(replay.clone()))
        .build()
        .unwrap();
    if std::env::var_os("AWS_ENDPOINT_URL").is_none() {
        let err = ClientHandle::new(&no_region, &SQS)
            .call_value(&Shapes::EMPTY, &CREATE_QUEUE, input("QueueName", "q"))
            .await
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Config, "{err}");
    }
    assert!(replay.requests().is_empty());
}

/// A transport that never answers.
#[derive(Debug)]
struct Silent;
impl HttpClient for Silent {
    fn send(&self, _: HttpRequest) -> futures::future::BoxFuture<'static, Result<HttpResponse>> {
        Box::pin(futures::future::pending())
    }
}

#[tokio::test]
async fn operation_timeout_bounds_the_whole_call() {
    let session = Session::builder()
        .region("eu-west-1")
        .credentials(Credentials::new("AKID", "SECRET", None))
        .http_client(Arc::new(Silent))
        .build()
        .unwrap();
    let client = ClientHandle::new(&session, &SQS).with_timeout(Duration::from_millis(100));
    let err = client
        .call_value(&Shapes::EMPTY, &CREATE_QUEUE, input("QueueName", "q"))
        .await
        .unwrap_err();
    assert!(err.is_timeout(), "{err}");
    assert!(err.to_string().contains("CreateQueue"), "{err}");
}

#[tokio::test]
async fn presign_signs_the_query_string() {
    let replay = ReplayClient::new();
    let client = ClientHandle::new(&replay_session(&replay), &SQS);
    let p = client
        .presign(
            &GET_QUEUE_URL,
            QueueName("q".into()),
            Duration::from_secs(300),
        )
        .unwrap();
    assert!(
        p.uri.starts_with("https://sqs.eu-west-1.amazonaws.com/?"),
        "{}",
        p.uri
    );
    assert!(p.uri.contains("X-Amz-Signature="));
    assert!(p.uri.contains("X-Amz-Expires=300"));
    assert!(!format!("{p:?}").contains(p.uri.split("X-Amz-Signature=").nth(1).unwrap()));
    assert!(replay.requests().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqs_against_moto() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let session = testkit::moto_session!(&moto);
    let client = ClientHandle::new(&session, &SQS);

    let created: QueueUrl = client
        .call(&CREATE_QUEUE, QueueName("transport-test".into()))
        .await
        .unwrap();
    assert!(created.0.ends_with("/transport-test"), "{}", created.0);

    let got = client
        .call_value(
            &Shapes::EMPTY,
            &GET_QUEUE_URL,
            input("QueueName", "transport-test"),
        )
        .await
        .unwrap();
    assert_eq!(
        got.get("QueueUrl").and_then(Value::as_str),
        Some(created.0.as_str())
    );

    let err = client
        .call_value(
            &Shapes::EMPTY,
            &GET_QUEUE_URL,
            input("QueueName", "no-such-queue"),
        )
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Service, "{err:?}");
    assert!(
        err.is_code("QueueDoesNotExist") || err.is_code("AWS.SimpleQueueService.NonExistentQueue"),
        "{err:?}"
    );
    assert_eq!(err.status(), Some(400));

    let deleted = client
        .call_value(&Shapes::EMPTY, &DELETE_QUEUE, input("QueueUrl", &created.0))
        .await
        .unwrap();
    assert!(
        matches!(deleted, Value::Null | Value::Structure(_)),
        "{deleted:?}"
    );
    let err = client
        .call_value(
            &Shapes::EMPTY,
            &GET_QUEUE_URL,
            input("QueueName", "transport-test"),
        )
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Service);
}

#[tokio::test]
async fn server_errors_without_a_json_body_are_retried() {
    let replay = ReplayClient::new();
    replay
        .push(503, &[("content-type", "text/html")], "<html>busy</html>")
        .push(502, &[], "")
        .push(500, &[JSON], "{not json");
    let client = ClientHandle::new(&replay_session(&replay), &SQS);
    let err = client
        .call_value(&Shapes::EMPTY, &GET_QUEUE_URL, input("QueueName", "q"))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Service, "{err:?}");
    assert_eq!(err.status(), Some(500));
    assert_eq!(replay.requests().len(), 3);
}
