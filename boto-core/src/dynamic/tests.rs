//! Unit tests of the dynamic client: botocore-style JSON conversions, request building,
//! response parsing and a full call through a replay transport.

use super::*;
use crate::credentials::Credentials;
use crate::error::ErrorKind;
use crate::http::replay::ReplayClient;
use serde_json::json;

const MODEL: &str = r#"{
  "metadata": {"protocol": "json", "jsonVersion": "1.1", "targetPrefix": "Things",
               "apiVersion": "2020-01-01", "endpointPrefix": "things", "serviceId": "Things",
               "signingName": "things"},
  "operations": {
    "Put": {"name": "Put", "http": {"method": "POST", "requestUri": "/"},
            "input": {"shape": "PutIn"}, "output": {"shape": "PutOut"},
            "errors": [{"shape": "Missing"}]},
    "Ping": {"name": "Ping", "http": {"method": "POST", "requestUri": "/"}}
  },
  "shapes": {
    "PutIn": {"type": "structure", "required": ["Name"], "members": {
      "Name": {"shape": "S"}, "N": {"shape": "I"}, "F": {"shape": "D"}, "B": {"shape": "Blob"},
      "T": {"shape": "T"}, "L": {"shape": "L"}, "M": {"shape": "M"}, "Doc": {"shape": "Doc"},
      "Big": {"shape": "Big"}, "J": {"shape": "S", "jsonvalue": true}, "Flag": {"shape": "Bool"}}},
    "PutOut": {"type": "structure", "members": {
      "B": {"shape": "Blob"}, "T": {"shape": "T"}, "F": {"shape": "D"}, "L": {"shape": "L"},
      "M": {"shape": "M"}, "Big": {"shape": "Big"}}},
    "Missing": {"type": "structure", "exception": true, "members": {"Name": {"shape": "S"}}},
    "L": {"type": "list", "member": {"shape": "S"}},
    "M": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "I"}},
    "S": {"type": "string"}, "I": {"type": "integer"}, "D": {"type": "double"},
    "Blob": {"type": "blob"}, "T": {"type": "timestamp"}, "Big": {"type": "bigInteger"},
    "Bool": {"type": "boolean"}, "Doc": {"type": "structure", "members": {}, "document": true}
  }
}"#;

fn model() -> ServiceModel {
    ServiceModel::from_json(MODEL.as_bytes()).unwrap()
}

fn input_ref(m: &ServiceModel) -> SchemaRef {
    m.operation("Put").unwrap().input.unwrap()
}

#[test]
fn params_follow_botocore_conventions() {
    let m = model();
    let v = json_to_value(
        &m.shapes,
        &input_ref(&m),
        &json!({"Name": "n", "N": 5, "F": "Infinity", "B": "raw bytes", "T": 1.5,
                "L": ["a"], "M": {"k": 1}, "Doc": {"any": [1, "x"]}, "Big": 12345678901234567890u64,
                "J": {"a": 1}, "Flag": true}),
    )
    .unwrap();
    assert!(matches!(v.get("N"), Some(Value::Integer(5))));
    assert!(matches!(v.get("F"), Some(Value::Float(f)) if f.is_infinite()));
    assert!(matches!(v.get("B"), Some(Value::Blob(b)) if b.as_ref() == b"raw bytes"));
    assert!(matches!(v.get("T"), Some(Value::Timestamp(t)) if t.as_millis() == 1500));
    assert!(matches!(v.get("Doc"), Some(Value::Document(_))));
    assert!(matches!(v.get("Big"), Some(Value::BigNumber(_))));
    assert_eq!(v.get("J").and_then(Value::as_str), Some(r#"{"a":1}"#));
    let t = json_to_value(
        &m.shapes,
        &input_ref(&m),
        &json!({"T": "2014-04-29T18:30:38Z"}),
    )
    .unwrap();
    assert!(matches!(t.get("T"), Some(Value::Timestamp(t)) if t.secs() == 1_398_796_238));
}

#[test]
fn bad_params_are_invalid_input() {
    let m = model();
    for params in [
        json!("not an object"),
        json!({"Unknown": 1}),
        json!({"N": "5"}),
        json!({"N": 1.5}),
        json!({"N": 18446744073709551615u64}),
        json!({"F": "lots"}),
        json!({"L": "a"}),
        json!({"L": [1]}),
        json!({"M": {"k": "v"}}),
        json!({"T": "the day after tomorrow"}),
        json!({"T": 1e300}),
        json!({"Flag": "yes"}),
        json!({"Big": "12x"}),
    ] {
        let e = json_to_value(&m.shapes, &input_ref(&m), &params).unwrap_err();
        assert_eq!(e.kind(), ErrorKind::InvalidInput, "{params}: {e}");
    }
    let e = json_to_value(&m.shapes, &input_ref(&m), &json!({"L": ["a", 2]})).unwrap_err();
    assert!(e.to_string().contains("L[1]"), "{e}");
}

#[test]
fn results_follow_botocore_conventions() {
    let m = model();
    let out = m.operation("Put").unwrap().output.unwrap();
    let v = Value::Structure(vec![
        ("B".into(), Value::Blob(Bytes::from_static(b"hello"))),
        (
            "T".into(),
            Value::Timestamp(DateTime::from_millis(946_845_296_123)),
        ),
        ("F".into(), Value::Float(f64::NAN)),
        ("L".into(), Value::List(vec![Value::String("x".into())])),
        (
            "M".into(),
            Value::Map(vec![("k".into(), Value::Integer(2))]),
        ),
        ("Big".into(), Value::BigNumber("123".into())),
    ]);
    assert_eq!(
        value_to_json(&m.shapes, &out, v),
        json!({"B": "hello", "T": 946845296.123, "F": "NaN", "L": ["x"], "M": {"k": 2}, "Big": 123})
    );
    let whole = Value::Structure(vec![("T".into(), Value::Timestamp(DateTime::from_secs(7)))]);
    assert_eq!(value_to_json(&m.shapes, &out, whole), json!({"T": 7}));
}

fn session(replay: Option<ReplayClient>) -> Session {
    let mut b = Session::builder()
        .region("eu-west-1")
        .credentials(Credentials::new("AKID", "SECRET", None));
    if let Some(r) = replay {
        b = b
            .endpoint_url("http://127.0.0.1:1")
            .http_client(Arc::new(r));
    }
    b.build().unwrap()
}

#[test]
fn build_request_uses_the_default_endpoint_and_is_unsigned() {
    let client = DynamicClient::new(&session(None), model());
    let req = client
        .build_request("Put", &json!({"Name": "n", "B": "bytes"}))
        .unwrap();
    assert_eq!(
        req.uri().to_string(),
        "https://things.eu-west-1.amazonaws.com/"
    );
    assert_eq!(req.headers()["x-amz-target"], "Things.Put");
    assert_eq!(req.headers()["content-type"], "application/x-amz-json-1.1");
    assert!(req.headers().get("authorization").is_none());
    let body: Json = serde_json::from_slice(req.body()).unwrap();
    assert_eq!(body, json!({"Name": "n", "B": "Ynl0ZXM="}));
    // bad input never reaches the wire
    assert_eq!(
        client.build_request("Put", &json!({})).unwrap_err().kind(),
        ErrorKind::InvalidInput
    );
    assert_eq!(
        client.build_request("Nope", &json!({})).unwrap_err().kind(),
        ErrorKind::InvalidInput
    );
    assert_eq!(
        client
            .build_request("Ping", &json!({"x": 1}))
            .unwrap_err()
            .kind(),
        ErrorKind::InvalidInput
    );
    assert_eq!(
        client
            .build_request("Ping", &json!({}))
            .unwrap()
            .body()
            .as_ref(),
        b"{}"
    );
}

#[test]
fn parse_response_gives_output_or_service_error() {
    let client = DynamicClient::new(&session(None), model());
    let ok = http::Response::builder()
        .status(200)
        .body(Bytes::from_static(br#"{"B": "aGk=", "T": 10}"#))
        .unwrap();
    assert_eq!(
        client.parse_response("Put", ok).unwrap(),
        json!({"B": "hi", "T": 10})
    );
    let err = http::Response::builder()
        .status(400)
        .header("x-amzn-requestid", "rid")
        .body(Bytes::from_static(
            br#"{"__type": "x#Missing", "Message": "no such thing"}"#,
        ))
        .unwrap();
    let e = client.parse_response("Put", err).unwrap_err();
    assert!(e.is_code("Missing"));
    assert_eq!(e.message(), Some("no such thing"));
    assert_eq!(e.request_id(), Some("rid"));
    let garbage = http::Response::builder()
        .status(200)
        .body(Bytes::from_static(b"{\"B\": 1"))
        .unwrap();
    assert_eq!(
        client.parse_response("Put", garbage).unwrap_err().kind(),
        ErrorKind::Decode
    );
}

#[tokio::test]
async fn call_signs_sends_and_converts() {
    let replay = ReplayClient::new();
    replay.push(200, &[], r#"{"L": ["a", "b"], "T": 1.25}"#);
    replay.push(400, &[], r#"{"__type": "Missing", "message": "gone"}"#);
    let client = DynamicClient::new(&session(Some(replay.clone())), model());
    let out = client
        .call("Put", json!({"Name": "n", "N": 1}))
        .await
        .unwrap();
    assert_eq!(out, json!({"L": ["a", "b"], "T": 1.25}));
    let e = client.call("Put", json!({"Name": "n"})).await.unwrap_err();
    assert!(e.is_code("Missing"), "{e:?}");
    let reqs = replay.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[0].uri.to_string(), "http://127.0.0.1:1/");
    assert_eq!(reqs[0].header("x-amz-target"), Some("Things.Put"));
    assert!(reqs[0]
        .header("authorization")
        .is_some_and(|a| a.contains("AKID/")));
    let body: Json = serde_json::from_slice(&reqs[0].body).unwrap();
    assert_eq!(body, json!({"Name": "n", "N": 1}));
    // invalid params fail before anything is sent
    assert_eq!(
        client
            .call("Put", json!({"N": 1}))
            .await
            .unwrap_err()
            .kind(),
        ErrorKind::InvalidInput
    );
    assert_eq!(replay.requests().len(), 2);
}

#[tokio::test]
async fn a_repeated_token_ends_a_dynamic_listing_with_an_error() {
    use futures::StreamExt;
    let model = ServiceModel::from_json(
        br#"{
  "metadata": {"protocol": "json", "jsonVersion": "1.1", "targetPrefix": "Things",
               "apiVersion": "2020-01-01", "endpointPrefix": "things", "serviceId": "Things",
               "signingName": "things"},
  "operations": {"List": {"name": "List", "http": {"method": "POST", "requestUri": "/"},
                          "input": {"shape": "In"}, "output": {"shape": "Out"}}},
  "shapes": {
    "In": {"type": "structure", "members": {"Marker": {"shape": "S"}}},
    "Out": {"type": "structure", "members": {"Things": {"shape": "L"}, "Next": {"shape": "S"}}},
    "L": {"type": "list", "member": {"shape": "S"}},
    "S": {"type": "string"}
  }
}"#,
    )
    .unwrap();
    let replay = ReplayClient::new();
    replay.push(200, &[], r#"{"Things": ["a"], "Next": "t"}"#);
    replay.push(200, &[], r#"{"Things": ["b"], "Next": "t"}"#);
    replay.push(200, &[], r#"{"Things": ["never"]}"#);
    let client = DynamicClient::new(&session(Some(replay.clone())), model)
        .with_paginators(
            br#"{"pagination": {"List": {"input_token": "Marker", "output_token": "Next",
                                          "result_key": "Things"}}}"#,
        )
        .unwrap();
    let got: Vec<Result<Json>> = client.paginate("List", json!({})).items().collect().await;
    assert_eq!(got.len(), 3, "{got:?}");
    assert_eq!(got[0].as_ref().unwrap(), "a");
    assert_eq!(got[1].as_ref().unwrap(), "b");
    let err = got[2].as_ref().unwrap_err();
    assert!(
        err.to_string()
            .contains("The same next token was received twice"),
        "{err}"
    );
    assert_eq!(replay.requests().len(), 2);
}
