//! Unit tests of the protocol engine: JSON protocols, REST bindings, validation and bad
//! responses (which must be errors, never panics).

use super::*;
use crate::error::ErrorKind;
use crate::model::ServiceModel;
use crate::DateTime;
use futures::StreamExt;

const JSON_MODEL: &str = r#"{
  "metadata": {"protocol": "json", "jsonVersion": "1.0", "targetPrefix": "Svc_2020",
               "apiVersion": "2020-01-01", "endpointPrefix": "svc"},
  "operations": {
    "PutItem": {"name": "PutItem", "http": {"method": "POST", "requestUri": "/"},
                "input": {"shape": "PutItemInput"}, "output": {"shape": "PutItemOutput"},
                "errors": [{"shape": "NotFound"}]},
    "Ping": {"name": "Ping", "http": {"method": "POST", "requestUri": "/"}},
    "Host": {"name": "Host", "http": {"method": "POST", "requestUri": "/"},
             "input": {"shape": "HostInput"}, "endpoint": {"hostPrefix": "{Name}.data-"}},
    "Subscribe": {"name": "Subscribe", "http": {"method": "POST", "requestUri": "/"},
                  "output": {"shape": "SubscribeOutput"}}
  },
  "shapes": {
    "PutItemInput": {"type": "structure", "required": ["Name"], "members": {
      "Name": {"shape": "String"}, "Count": {"shape": "Long"}, "Data": {"shape": "Blob"},
      "When": {"shape": "Time"}, "Token": {"shape": "String", "idempotencyToken": true},
      "Tags": {"shape": "Tags"}, "Items": {"shape": "Items"}, "Doc": {"shape": "Doc"},
      "Ratio": {"shape": "Double"}, "Iso": {"shape": "IsoTime"}}},
    "PutItemOutput": {"type": "structure", "members": {
      "Id": {"shape": "String"}, "Count": {"shape": "Long"}, "When": {"shape": "Time"},
      "Data": {"shape": "Blob"}, "Items": {"shape": "Items"}, "Ratio": {"shape": "Double"},
      "Big": {"shape": "Big"}, "Choice": {"shape": "Choice"}}},
    "Item": {"type": "structure", "required": ["Key"], "members": {"Key": {"shape": "String"}}},
    "Items": {"type": "list", "member": {"shape": "Item"}},
    "Tags": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}},
    "Choice": {"type": "structure", "union": true, "members": {"A": {"shape": "String"}, "B": {"shape": "Long"}}},
    "HostInput": {"type": "structure", "members": {"Name": {"shape": "String", "hostLabel": true}}},
    "SubscribeOutput": {"type": "structure", "members": {"Events": {"shape": "Events"}}, "payload": "Events"},
    "Events": {"type": "structure", "eventstream": true, "members": {}},
    "NotFound": {"type": "structure", "exception": true, "members": {"Resource": {"shape": "String"}}},
    "String": {"type": "string"}, "Long": {"type": "long"}, "Blob": {"type": "blob"},
    "Time": {"type": "timestamp"}, "IsoTime": {"type": "timestamp", "timestampFormat": "iso8601"},
    "Double": {"type": "double"}, "Big": {"type": "bigDecimal"},
    "Doc": {"type": "structure", "members": {}, "document": true}
  }
}"#;

const REST_MODEL: &str = r#"{
  "metadata": {"protocol": "rest-json", "apiVersion": "2006-03-01", "endpointPrefix": "st"},
  "operations": {
    "GetObject": {"name": "GetObject", "http": {"method": "GET", "requestUri": "/{Bucket}/{Key+}"},
                  "input": {"shape": "GetObjectInput"}, "output": {"shape": "GetObjectOutput"}},
    "PutObject": {"name": "PutObject", "http": {"method": "PUT", "requestUri": "/{Bucket}/{Key+}?x-id=PutObject"},
                  "input": {"shape": "PutObjectInput"}},
    "List": {"name": "List", "http": {"method": "GET", "requestUri": "/list?static"},
             "input": {"shape": "ListInput"}, "output": {"shape": "ListOutput"}}
  },
  "shapes": {
    "GetObjectInput": {"type": "structure", "required": ["Bucket", "Key"], "members": {
      "Bucket": {"shape": "String", "location": "uri", "locationName": "Bucket"},
      "Key": {"shape": "String", "location": "uri", "locationName": "Key"},
      "Since": {"shape": "Time", "location": "header", "locationName": "If-Modified-Since"},
      "Tags": {"shape": "Strings", "location": "header", "locationName": "x-tags"}}},
    "GetObjectOutput": {"type": "structure", "payload": "Body", "members": {
      "Body": {"shape": "Stream"},
      "Length": {"shape": "Long", "location": "header", "locationName": "Content-Length"},
      "Meta": {"shape": "Tags", "location": "headers", "locationName": "x-amz-meta-"},
      "Modified": {"shape": "Time", "location": "header", "locationName": "Last-Modified"},
      "Status": {"shape": "Long", "location": "statusCode"}}},
    "PutObjectInput": {"type": "structure", "required": ["Bucket", "Key"], "payload": "Body", "members": {
      "Bucket": {"shape": "String", "location": "uri", "locationName": "Bucket"},
      "Key": {"shape": "String", "location": "uri", "locationName": "Key"},
      "Meta": {"shape": "Tags", "location": "headers", "locationName": "x-amz-meta-"},
      "Body": {"shape": "Stream"}}},
    "ListInput": {"type": "structure", "members": {
      "Prefix": {"shape": "String", "location": "querystring", "locationName": "prefix"},
      "Ids": {"shape": "Strings", "location": "querystring", "locationName": "id"},
      "Flag": {"shape": "Bool", "location": "querystring", "locationName": "flag"},
      "Extra": {"shape": "Tags", "location": "querystring"},
      "Filter": {"shape": "String"}}},
    "ListOutput": {"type": "structure", "members": {"Names": {"shape": "Strings"}, "Next": {"shape": "String"}}},
    "Strings": {"type": "list", "member": {"shape": "String"}},
    "Tags": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}},
    "String": {"type": "string"}, "Long": {"type": "long"}, "Bool": {"type": "boolean"},
    "Time": {"type": "timestamp"}, "Stream": {"type": "blob", "streaming": true}
  }
}"#;

fn model(text: &str) -> ServiceModel {
    ServiceModel::from_json(text.as_bytes()).expect("test model")
}

fn endpoint() -> Endpoint {
    Endpoint::parse("https://example.com").unwrap()
}

fn s(v: &str) -> Value {
    Value::String(v.into())
}

fn st(fields: Vec<(&'static str, Value)>) -> Value {
    Value::Structure(fields.into_iter().map(|(k, v)| (k.into(), v)).collect())
}

fn build(m: &ServiceModel, op: &str, input: Value) -> Result<http::Request<ByteStream>> {
    build_request(
        &m.meta,
        &m.shapes,
        m.operation(op).unwrap(),
        input,
        &endpoint(),
    )
}

fn body_json(req: &http::Request<ByteStream>) -> serde_json::Value {
    serde_json::from_slice(req.body().bytes().expect("in-memory body")).expect("JSON body")
}

fn response(status: u16, headers: &[(&str, &str)], body: &'static [u8]) -> http::Response<Bytes> {
    let mut b = http::Response::builder().status(status);
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    b.body(Bytes::from_static(body)).unwrap()
}

fn parse(m: &ServiceModel, op: &str, resp: http::Response<Bytes>) -> Result<Value> {
    parse_response(&m.meta, &m.shapes, m.operation(op).unwrap(), resp)
}

#[test]
fn aws_json_request() {
    let m = model(JSON_MODEL);
    let input = st(vec![
        ("Name", s("n")),
        ("Count", Value::Integer(3)),
        ("Data", Value::Blob(Bytes::from_static(b"hi"))),
        ("When", Value::Timestamp(DateTime::from_secs(1_500_000_000))),
        ("Iso", Value::Timestamp(DateTime::from_secs(0))),
        ("Ratio", Value::Float(f64::NAN)),
        ("Tags", Value::Map(vec![("a".into(), s("b"))])),
        ("Doc", Value::Document(serde_json::json!({"x": [1, null]}))),
    ]);
    let req = build(&m, "PutItem", input).unwrap();
    assert_eq!(req.method(), "POST");
    assert_eq!(req.uri().to_string(), "https://example.com/");
    assert_eq!(req.headers()["x-amz-target"], "Svc_2020.PutItem");
    assert_eq!(req.headers()["content-type"], "application/x-amz-json-1.0");
    let body = body_json(&req);
    assert_eq!(body["Name"], "n");
    assert_eq!(body["Count"], 3);
    assert_eq!(body["Data"], "aGk=");
    assert_eq!(body["When"], 1_500_000_000);
    assert_eq!(body["Iso"], "1970-01-01T00:00:00Z");
    assert_eq!(body["Ratio"], "NaN");
    assert_eq!(body["Tags"]["a"], "b");
    assert_eq!(body["Doc"], serde_json::json!({"x": [1, null]}));
    let token = body["Token"].as_str().expect("idempotency token filled");
    assert_eq!(token.len(), 36);
    assert_eq!(&token[14..15], "4", "UUID version 4: {token}");
    assert!(
        matches!(&token[19..20], "8" | "9" | "a" | "b"),
        "RFC 4122 variant: {token}"
    );
    assert_eq!(
        req.headers()["content-length"],
        req.body().bytes().unwrap().len().to_string()
    );
}

#[test]
fn aws_json_empty_input_is_an_empty_object() {
    let m = model(JSON_MODEL);
    let req = build(&m, "Ping", Value::Null).unwrap();
    assert_eq!(req.body().bytes().unwrap().as_ref(), b"{}");
    assert_eq!(req.headers()["x-amz-target"], "Svc_2020.Ping");
}

#[test]
fn idempotency_tokens_differ_and_given_ones_are_kept() {
    let m = model(JSON_MODEL);
    let a = body_json(&build(&m, "PutItem", st(vec![("Name", s("n"))])).unwrap());
    let b = body_json(&build(&m, "PutItem", st(vec![("Name", s("n"))])).unwrap());
    assert_ne!(a["Token"], b["Token"]);
    let c = body_json(
        &build(
            &m,
            "PutItem",
            st(vec![("Name", s("n")), ("Token", s("mine"))]),
        )
        .unwrap(),
    );
    assert_eq!(c["Token"], "mine");
}

#[test]
fn required_members_are_checked_before_sending() {
    let m = model(JSON_MODEL);
    let e = build(&m, "PutItem", st(vec![("Count", Value::Integer(1))])).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    assert!(e.to_string().contains("Name"), "{e}");
    // nested: Items[0].Key
    let items = Value::List(vec![st(vec![])]);
    let e = build(&m, "PutItem", st(vec![("Name", s("n")), ("Items", items)])).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    assert!(
        e.to_string().contains("Key") && e.to_string().contains("Items[0]"),
        "{e}"
    );
    // not a structure at all
    let e = build(&m, "PutItem", s("x")).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    // an unknown member
    let e = build(&m, "PutItem", st(vec![("Name", s("n")), ("Nope", s("x"))])).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
}

#[test]
fn host_prefix_is_expanded_and_checked() {
    let m = model(JSON_MODEL);
    let req = build(&m, "Host", st(vec![("Name", s("abc-1"))])).unwrap();
    assert_eq!(req.uri().host(), Some("abc-1.data-example.com"));
    for bad in ["", "a/b", "a b", "é"] {
        let e = build(&m, "Host", st(vec![("Name", s(bad))])).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidInput, "{bad:?}");
    }
    let e = build(&m, "Host", st(vec![])).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
}

#[test]
fn event_streams_are_refused() {
    let m = model(JSON_MODEL);
    let e = build(&m, "Subscribe", Value::Null).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    assert!(e.to_string().contains("event stream"), "{e}");
    assert!(parse(&m, "Subscribe", response(200, &[], b"")).is_err());
}

#[test]
fn aws_json_response() {
    let m = model(JSON_MODEL);
    let v = parse(
        &m,
        "PutItem",
        response(
            200,
            &[],
            br#"{"Id": "x", "Count": 9007199254740993, "When": 1.5, "Data": "aGk=",
                 "Items": [{"Key": "k"}, null], "Ratio": "Infinity", "Big": 12345678901234567890123,
                 "Choice": {"B": 2}, "Unknown": {"deep": [1]}}"#,
        ),
    )
    .unwrap();
    assert_eq!(v.get("Id").and_then(Value::as_str), Some("x"));
    assert!(matches!(
        v.get("Count"),
        Some(Value::Integer(9007199254740993))
    ));
    assert!(matches!(v.get("When"), Some(Value::Timestamp(t)) if t.as_millis() == 1500));
    assert!(matches!(v.get("Data"), Some(Value::Blob(b)) if b.as_ref() == b"hi"));
    assert!(matches!(v.get("Items"), Some(Value::List(l)) if l.len() == 1));
    assert!(matches!(v.get("Ratio"), Some(Value::Float(f)) if f.is_infinite()));
    assert!(matches!(v.get("Big"), Some(Value::BigNumber(_))));
    assert!(matches!(v.get("Choice"), Some(Value::Structure(f)) if f.len() == 1));
    // an empty body is an empty output
    let v = parse(&m, "PutItem", response(200, &[], b"")).unwrap();
    assert!(matches!(v, Value::Structure(f) if f.is_empty()));
}

#[test]
fn bad_json_responses_are_decode_errors() {
    let m = model(JSON_MODEL);
    let deep: &'static [u8] = Box::leak(
        format!("{{\"Items\": {}{}", "[".repeat(10_000), "]".repeat(10_000))
            .into_bytes()
            .into_boxed_slice(),
    );
    let cases: Vec<&'static [u8]> = vec![
        b"{",                        // truncated
        b"{\"Id\": \"x\"} trailing", // garbage after
        b"[1, 2]",                   // not an object
        b"\"text\"",
        b"{\"Id\": 5}", // wrong type
        b"{\"Count\": \"5\"}",
        b"{\"Count\": 1.5}",
        b"{\"Count\": 99999999999999999999999}", // too big for an integer
        b"{\"Ratio\": 1e999}",                   // out of range for a float
        b"{\"When\": 1e300}",                    // absurd timestamp
        b"{\"When\": \"yesterday\"}",
        b"{\"Data\": \"not base64!\"}",
        b"{\"Items\": {\"Key\": \"k\"}}",
        b"{\"Id\": \"\xff\xfe\"}", // invalid UTF-8
        b"\xef\xbb\xbf\xff",
        deep, // nesting beyond the parser's limit
    ];
    for body in cases {
        let e = parse(&m, "PutItem", response(200, &[], body)).unwrap_err();
        assert_eq!(
            e.kind(),
            ErrorKind::Decode,
            "{}: {e}",
            String::from_utf8_lossy(&body[..body.len().min(40)])
        );
    }
}

#[test]
fn json_errors() {
    let m = model(JSON_MODEL);
    let e = parse(
        &m,
        "PutItem",
        response(
            400,
            &[("x-amzn-RequestId", "req-1")],
            br#"{"__type": "com.example#NotFound:http://internal/", "message": "gone", "Resource": "r"}"#,
        ),
    )
    .unwrap_err();
    assert_eq!(e.code(), Some("NotFound"));
    assert_eq!(e.message(), Some("gone"));
    assert_eq!(e.request_id(), Some("req-1"));
    assert_eq!(e.status(), Some(400));
    let op = m.operation("PutItem").unwrap();
    let resp = response(400, &[], br#"{"__type": "NotFound", "Resource": "r"}"#);
    let (err, modeled) = parse_error_response(&m.meta, &m.shapes, op, &resp).unwrap();
    assert_eq!(err.code, "NotFound");
    assert_eq!(
        modeled.unwrap().get("Resource").and_then(Value::as_str),
        Some("r")
    );

    type Case = (
        &'static [(&'static str, &'static str)],
        &'static [u8],
        &'static str,
        Option<&'static str>,
    );
    let cases: Vec<Case> = vec![
        (
            &[("x-amzn-ErrorType", "Throttled:http://x")],
            b"{}",
            "Throttled",
            None,
        ),
        (
            &[(
                "x-amzn-query-error",
                "AWS.SimpleQueueService.NonExistentQueue;Sender",
            )],
            br#"{"__type": "com.amazonaws.sqs#QueueDoesNotExist", "message": "m"}"#,
            "QueueDoesNotExist",
            Some("m"),
        ),
        (
            &[(
                "x-amzn-query-error",
                "AWS.SimpleQueueService.NonExistentQueue;Sender",
            )],
            br#"{"message": "m"}"#,
            "AWS.SimpleQueueService.NonExistentQueue",
            Some("m"),
        ),
        (&[], br#"{"code": "Bad", "Message": "M"}"#, "Bad", Some("M")),
        (
            &[],
            br#"{"__type": "X", "errorMessage": "em"}"#,
            "X",
            Some("em"),
        ),
        (&[], b"<html>oops</html>", "503", Some("<html>oops</html>")),
        (&[], b"", "503", None),
        // An XML error document (moto's authentication failures, whatever the protocol).
        (
            &[],
            b"<?xml version=\"1.0\"?>\n<ErrorResponse><Errors><Error><Code>SignatureDoesNotMatch</Code>\
              <Message>sig</Message></Error></Errors></ErrorResponse>",
            "SignatureDoesNotMatch",
            Some("sig"),
        ),
        (
            &[],
            b" <ErrorResponse><Error><Code>InvalidClientTokenId</Code></Error></ErrorResponse>",
            "InvalidClientTokenId",
            None,
        ),
        // XML without a code, or a JSON code, keeps the JSON reading.
        (
            &[],
            b"<Error><Message>m</Message></Error>",
            "503",
            Some("<Error><Message>m</Message></Error>"),
        ),
        (
            &[("x-amzn-ErrorType", "Throttled")],
            b"<Error><Code>Other</Code></Error>",
            "Throttled",
            Some("<Error><Code>Other</Code></Error>"),
        ),
        (&[], b"<Error><Code>unclosed", "503", Some("<Error><Code>unclosed")),
    ];
    for (headers, body, code, message) in cases {
        let e = parse(&m, "PutItem", response(503, headers, body)).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Service);
        assert_eq!(e.code(), Some(code));
        assert_eq!(e.message(), message);
        // The legacy code of a query-compatible service is kept beside a different modeled
        // one, and `is_code` matches it.
        let legacy = headers
            .iter()
            .find(|(k, _)| *k == "x-amzn-query-error")
            .and_then(|(_, v)| v.split(';').next())
            .filter(|l| *l != code);
        assert_eq!(
            e.service_error().and_then(|s| s.legacy_code.as_deref()),
            legacy
        );
        if let Some(l) = legacy {
            assert!(e.is_code(l));
        }
    }
}

#[test]
fn rest_labels_and_headers() {
    let m = model(REST_MODEL);
    let since = DateTime::from_secs(1_398_796_238);
    let input = st(vec![
        ("Bucket", s("my bucket")),
        ("Key", s("a/b c/ü~*.txt")),
        ("Since", Value::Timestamp(since)),
        ("Tags", Value::List(vec![s("x"), s("y,z"), s("q\"")])),
    ]);
    let req = build(&m, "GetObject", input).unwrap();
    assert_eq!(req.method(), "GET");
    assert_eq!(req.uri().path(), "/my%20bucket/a/b%20c/%C3%BC~%2A.txt");
    assert_eq!(
        req.headers()["if-modified-since"],
        "Tue, 29 Apr 2014 18:30:38 GMT"
    );
    assert_eq!(req.headers()["x-tags"], r#"x,"y,z","q\"""#);
    assert!(req.headers().get("content-type").is_none());
    // an empty label is refused, and so is a missing one
    let e = build(
        &m,
        "GetObject",
        st(vec![("Bucket", s("")), ("Key", s("k"))]),
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    let e = build(&m, "GetObject", st(vec![("Key", s("k"))])).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    let unknown = st(vec![
        ("Bucket", s("b")),
        ("Key", s("k")),
        ("Color", s("red")),
    ]);
    let e = build(&m, "GetObject", unknown).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::InvalidInput);
    assert!(e.to_string().contains("Color"), "{e}");
}

#[test]
fn rest_query_string_and_body() {
    let m = model(REST_MODEL);
    let input = st(vec![
        ("Prefix", s("a b&c")),
        ("Ids", Value::List(vec![s("1"), s("2")])),
        ("Flag", Value::Bool(false)),
        (
            "Extra",
            Value::Map(vec![("prefix".into(), s("ignored")), ("x".into(), s("y"))]),
        ),
        ("Filter", s("f")),
    ]);
    let req = build(&m, "List", input).unwrap();
    assert_eq!(
        req.uri().query(),
        Some("static&prefix=a%20b%26c&id=1&id=2&flag=false&x=y")
    );
    assert_eq!(body_json(&req), serde_json::json!({"Filter": "f"}));
    assert_eq!(req.headers()["content-type"], "application/json");
    // no body members given: an empty object still, as the input has body members
    let req = build(&m, "List", Value::Null).unwrap();
    assert_eq!(req.body().bytes().unwrap().as_ref(), b"{}");
}

#[test]
fn endpoint_base_path_and_port_are_kept() {
    let m = model(REST_MODEL);
    let ep = Endpoint::parse("http://127.0.0.1:5000/base/").unwrap();
    let req = build_request(
        &m.meta,
        &m.shapes,
        m.operation("GetObject").unwrap(),
        st(vec![("Bucket", s("b")), ("Key", s("k"))]),
        &ep,
    )
    .unwrap();
    assert_eq!(req.uri().to_string(), "http://127.0.0.1:5000/base/b/k");
    assert!(Endpoint::parse("not a url").is_err());
    assert!(Endpoint::parse("/relative").is_err());
}

#[tokio::test]
async fn streaming_payloads_pass_through_untouched() {
    let m = model(REST_MODEL);
    let chunks = futures::stream::iter(vec![
        Ok(Bytes::from_static(b"ab")),
        Ok(Bytes::from_static(b"cd")),
    ]);
    let input = st(vec![
        ("Bucket", s("b")),
        ("Key", s("k")),
        ("Meta", Value::Map(vec![("Color".into(), s("red"))])),
        ("Body", Value::Stream(ByteStream::from_stream(chunks))),
    ]);
    let req = build(&m, "PutObject", input).unwrap();
    assert_eq!(req.uri().path_and_query().unwrap(), "/b/k?x-id=PutObject");
    assert_eq!(req.headers()["x-amz-meta-color"], "red");
    assert!(req.body().bytes().is_none(), "the stream is not buffered");
    assert!(req.headers().get("content-length").is_none());
    assert_eq!(req.into_body().collect().await.unwrap().as_ref(), b"abcd");

    // response: headers parsed, body handed over as a stream, not collected
    let body = ByteStream::from_stream(futures::stream::iter(vec![Ok(Bytes::from_static(b"xyz"))]));
    let resp = http::Response::builder()
        .status(200)
        .header("content-length", "3")
        .header("x-amz-meta-a", "1")
        .header("last-modified", "Tue, 29 Apr 2014 18:30:38 GMT")
        .body(body)
        .unwrap();
    let op = m.operation("GetObject").unwrap();
    let mut v = read_response(&m.meta, &m.shapes, op, resp).await.unwrap();
    assert!(matches!(v.get("Length"), Some(Value::Integer(3))));
    assert!(matches!(v.get("Status"), Some(Value::Integer(200))));
    assert!(matches!(v.get("Meta"), Some(Value::Map(e)) if e[0].0 == "a"));
    assert!(matches!(v.get("Modified"), Some(Value::Timestamp(t)) if t.secs() == 1_398_796_238));
    let Some(Value::Stream(mut s)) = v.take("Body") else {
        panic!("no stream")
    };
    assert!(s.bytes().is_none());
    assert_eq!(s.next().await.unwrap().unwrap().as_ref(), b"xyz");

    // an error answer of a streaming operation is collected and parsed
    let resp = http::Response::builder()
        .status(404)
        .header("x-amzn-errortype", "NoSuchKey")
        .body(ByteStream::from(Bytes::from_static(
            br#"{"message":"nope"}"#,
        )))
        .unwrap();
    let e = read_response(&m.meta, &m.shapes, op, resp)
        .await
        .unwrap_err();
    assert!(e.is_code("NoSuchKey"));
    assert_eq!(e.message(), Some("nope"));
}

#[test]
fn bad_rest_responses_are_decode_errors() {
    let m = model(REST_MODEL);
    let bad_header = http::Response::builder()
        .status(200)
        .header(
            "content-length",
            http::HeaderValue::from_bytes(b"\xff").unwrap(),
        )
        .body(Bytes::new())
        .unwrap();
    assert_eq!(
        parse(&m, "GetObject", bad_header).unwrap_err().kind(),
        ErrorKind::Decode
    );
    let cases: Vec<(&str, &str)> = vec![("content-length", "many"), ("last-modified", "someday")];
    for (k, v) in cases {
        let e = parse(&m, "GetObject", response(200, &[(k, v)], b"")).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::Decode, "{k}: {v}");
    }
    let e = parse(&m, "List", response(200, &[], b"{\"Names\": \"x\"}")).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Decode);
}

#[test]
fn header_lists_split_on_unquoted_commas() {
    assert_eq!(rest_split("a, b,c"), vec!["a", "b", "c"]);
    assert_eq!(
        rest_split(r#""b,c", "\"def\"", a"#),
        vec!["b,c", "\"def\"", "a"]
    );
    assert_eq!(rest_split(""), vec![""]);
    assert_eq!(rest_split(r#""unterminated"#), vec!["unterminated"]);
}

fn rest_split(s: &str) -> Vec<String> {
    rest::split_header_list(s)
}

#[test]
fn crc32_matches_the_standard_check_value() {
    assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    assert_eq!(crc32(b""), 0);
}

#[test]
fn checksum_required_operations_carry_a_crc32() {
    let mut m = model(REST_MODEL);
    let i = m.operations.iter().position(|o| o.name == "List").unwrap();
    m.operations[i].checksum_required = true;
    let req = build(&m, "List", st(vec![("Filter", s("f"))])).unwrap();
    let body = req.body().bytes().unwrap().clone();
    use base64::Engine as _;
    let want = base64::engine::general_purpose::STANDARD.encode(crc32(&body).to_be_bytes());
    assert_eq!(req.headers()["x-amz-checksum-crc32"], want.as_str());
}

#[test]
fn host_prefix_is_not_applied_to_local_endpoints() {
    let m = model(JSON_MODEL);
    for url in [
        "http://127.0.0.1:5000",
        "http://localhost:1",
        "http://[::1]:8080",
    ] {
        let req = build_request(
            &m.meta,
            &m.shapes,
            m.operation("Host").unwrap(),
            st(vec![("Name", s("abc"))]),
            &Endpoint::parse(url).unwrap(),
        )
        .unwrap();
        assert_eq!(req.uri().authority().unwrap().as_str(), &url[7..]);
    }
}

#[test]
fn decode_errors_do_not_echo_response_text() {
    let m = model(JSON_MODEL);
    let e = parse(
        &m,
        "PutItem",
        response(200, &[], br#"{"Count": "hunter2-secret"}"#),
    )
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Decode);
    assert!(!e.to_string().contains("hunter2"), "{e}");
    assert!(e.to_string().contains("Count"), "{e}");
}

#[tokio::test]
async fn file_bodies_announce_their_length() {
    let m = model(REST_MODEL);
    let path = std::env::temp_dir().join(format!("boto-protocol-{}.bin", std::process::id()));
    std::fs::write(&path, b"0123456789").unwrap();
    let body = ByteStream::from_path(&path).await.unwrap();
    let input = st(vec![
        ("Bucket", s("b")),
        ("Key", s("k")),
        ("Body", Value::Stream(body)),
    ]);
    let req = build(&m, "PutObject", input).unwrap();
    assert_eq!(req.headers()["content-length"], "10");
    assert_eq!(
        req.into_body().collect().await.unwrap().as_ref(),
        b"0123456789"
    );
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn repeated_response_headers_form_one_list() {
    let m = model(
        r#"{
      "metadata": {"protocol": "rest-json", "apiVersion": "1"},
      "operations": {"Get": {"name": "Get", "http": {"method": "GET", "requestUri": "/"},
                             "output": {"shape": "Out"}}},
      "shapes": {
        "Out": {"type": "structure", "members": {
          "Tags": {"shape": "Strings", "location": "header", "locationName": "x-tags"}}},
        "Strings": {"type": "list", "member": {"shape": "String"}},
        "String": {"type": "string"}
      }
    }"#,
    );
    let resp = http::Response::builder()
        .status(200)
        .header("x-tags", "a, \"b,c\"")
        .header("x-tags", "d")
        .body(Bytes::new())
        .unwrap();
    let v = parse(&m, "Get", resp).unwrap();
    let Some(Value::List(items)) = v.get("Tags") else {
        panic!("no list: {v:?}")
    };
    let items: Vec<_> = items.iter().filter_map(Value::as_str).collect();
    assert_eq!(items, ["a", "b,c", "d"]);
}

#[test]
fn truncated_and_mangled_json_bodies_never_panic() {
    let m = model(JSON_MODEL);
    let body: &[u8] =
        br#"{"Id": "x\u00e9\"", "Count": 12, "When": "2014-04-29T18:30:38Z", "Data": "aGk=",
        "Items": [{"Key": "k"}, {"Key": "l"}], "Ratio": 1.5e3, "Big": 12, "Choice": {"A": "a"}}"#;
    assert!(parse(&m, "PutItem", response(200, &[], body)).is_ok());
    let check = |b: Vec<u8>| {
        let resp = http::Response::builder()
            .status(200)
            .body(Bytes::from(b))
            .unwrap();
        match parse(&m, "PutItem", resp) {
            Ok(_) => {}
            Err(e) => assert_eq!(e.kind(), ErrorKind::Decode, "{e}"),
        }
    };
    for cut in 0..body.len() {
        check(body[..cut].to_vec());
    }
    let mut rng = fastrand::Rng::with_seed(7);
    for _ in 0..2000 {
        let mut b = body.to_vec();
        for _ in 0..rng.usize(1..4) {
            let i = rng.usize(..b.len());
            b[i] = rng.u8(..);
        }
        check(b);
    }
}
