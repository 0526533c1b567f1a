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

/// botocore's regional template, shortened: FIPS and dual-stack over the partition, and a
/// host per thing when the operation names one (`contextParam` on `Put`'s `Name`).
const RULES: &str = r#"{"version": "1.0",
  "parameters": {
    "Region": {"type": "String", "builtIn": "AWS::Region"},
    "UseFIPS": {"type": "Boolean", "builtIn": "AWS::UseFIPS", "required": true, "default": false},
    "UseDualStack": {"type": "Boolean", "builtIn": "AWS::UseDualStack", "required": true,
                     "default": false},
    "Endpoint": {"type": "String", "builtIn": "SDK::Endpoint"},
    "ThingName": {"type": "String"}
  },
  "rules": [
    {"conditions": [{"fn": "isSet", "argv": [{"ref": "Endpoint"}]}], "type": "endpoint",
     "endpoint": {"url": {"ref": "Endpoint"}}},
    {"conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]},
                    {"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "p"}],
     "type": "tree", "rules": [
       {"conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]},
                       {"fn": "booleanEquals", "argv": [true,
                          {"fn": "getAttr", "argv": [{"ref": "p"}, "supportsFIPS"]}]}],
        "type": "endpoint",
        "endpoint": {"url": "https://things-fips.{Region}.{p#dnsSuffix}",
                     "properties": {"authSchemes": [{"name": "sigv4", "signingName": "things",
                                                     "signingRegion": "{Region}"}]}}},
       {"conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]}],
        "type": "error", "error": "FIPS is enabled but this partition does not support FIPS"},
       {"conditions": [{"fn": "isSet", "argv": [{"ref": "ThingName"}]}], "type": "endpoint",
        "endpoint": {"url": "https://{ThingName}.things.{Region}.{p#dnsSuffix}"}},
       {"conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseDualStack"}, true]}],
        "type": "endpoint",
        "endpoint": {"url": "https://things.{Region}.{p#dualStackDnsSuffix}"}},
       {"conditions": [], "type": "endpoint",
        "endpoint": {"url": "https://things.{Region}.{p#dnsSuffix}"}}
     ]},
    {"conditions": [], "type": "error", "error": "Invalid Configuration: Missing Region"}
  ]}"#;

/// `MODEL` with `Put`'s `Name` as the rule set's `ThingName`.
fn model_with_context() -> ServiceModel {
    let text = MODEL.replace(
        r#""Name": {"shape": "S"}, "N""#,
        r#""Name": {"shape": "S", "contextParam": {"name": "ThingName"}}, "N""#,
    );
    let m = ServiceModel::from_json(text.as_bytes()).unwrap();
    assert_eq!(m.endpoint_context.len(), 1, "{:?}", m.endpoint_context);
    m
}

#[tokio::test]
async fn a_rule_set_gives_fips_govcloud_and_per_request_endpoints() {
    let uri = |region: &str, fips: bool, dual: bool, op: &str, params: Json| {
        let s = Session::builder()
            .region(region)
            .use_fips(fips)
            .use_dualstack(dual)
            .credentials(Credentials::new("AKID", "SECRET", None))
            .build()
            .unwrap();
        let client = DynamicClient::new(&s, model_with_context())
            .with_endpoint_rules(RULES.as_bytes())
            .unwrap();
        client
            .build_request(op, &params)
            .map(|r| r.uri().to_string())
            .map_err(|e| e.to_string())
    };
    assert_eq!(
        uri("us-gov-west-1", true, false, "Ping", json!({})),
        Ok("https://things-fips.us-gov-west-1.amazonaws.com/".into())
    );
    assert_eq!(
        uri("cn-north-1", false, true, "Ping", json!({})),
        Ok("https://things.cn-north-1.api.amazonwebservices.com.cn/".into())
    );
    // The operation's context parameter places the request.
    assert_eq!(
        uri(
            "us-gov-west-1",
            false,
            false,
            "Put",
            json!({"Name": "lamp"})
        ),
        Ok("https://lamp.things.us-gov-west-1.amazonaws.com/".into())
    );
    assert_eq!(
        uri("us-iso-east-1", false, false, "Ping", json!({})),
        Ok("https://things.us-iso-east-1.c2s.ic.gov/".into())
    );
    // Without the rule set: the partition's default.
    let s = Session::builder()
        .region("us-gov-west-1")
        .use_fips(true)
        .build()
        .unwrap();
    let plain = DynamicClient::new(&s, model_with_context());
    assert_eq!(
        plain.endpoint().unwrap().url.to_string(),
        "https://things-fips.us-gov-west-1.amazonaws.com/"
    );
    // A rule set that does not parse is a configuration error.
    let err = DynamicClient::new(&s, model())
        .with_endpoint_rules(b"{\"version\": ")
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config);
}

#[tokio::test]
async fn calls_sign_with_the_rule_set_s_auth_scheme() {
    let replay = ReplayClient::new();
    replay.push(200, &[("content-type", "application/x-amz-json-1.1")], "{}");
    let s = Session::builder()
        .region("us-gov-east-1")
        .use_fips(true)
        .credentials(Credentials::new("AKID", "SECRET", None))
        .http_client(Arc::new(replay.clone()))
        .build()
        .unwrap();
    let client = DynamicClient::new(&s, model_with_context())
        .with_endpoint_rules(RULES.as_bytes())
        .unwrap();
    client.call("Ping", json!({})).await.unwrap();
    let sent = &replay.requests()[0];
    assert_eq!(
        sent.uri.to_string(),
        "https://things-fips.us-gov-east-1.amazonaws.com/"
    );
    let auth = sent.header("authorization").unwrap_or_default();
    assert!(
        auth.contains("/us-gov-east-1/things/aws4_request"),
        "{auth}"
    );
}

#[test]
fn from_dir_reads_the_files_beside_the_model() {
    use crate::credentials::testing::TempDir;
    let dir = TempDir::new();
    let s = Session::builder()
        .region("us-gov-west-1")
        .use_fips(true)
        .build()
        .unwrap();
    let err = DynamicClient::from_dir(&s, &dir.0).unwrap_err();
    assert!(err.to_string().contains("no service-2.json"), "{err}");
    dir.write("service-2.json", MODEL);
    // Only the model: the partition's default endpoint.
    let c = DynamicClient::from_dir(&s, &dir.0).unwrap();
    assert_eq!(
        c.endpoint().unwrap().url.to_string(),
        "https://things-fips.us-gov-west-1.amazonaws.com/"
    );
    // A rule set beside it, gzip-compressed as botocore ships it.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(
        &mut gz,
        RULES.replace("things-fips", "fips-things").as_bytes(),
    )
    .unwrap();
    std::fs::write(
        dir.0.join("endpoint-rule-set-1.json.gz"),
        gz.finish().unwrap(),
    )
    .unwrap();
    let c = DynamicClient::from_dir(&s, &dir.0).unwrap();
    assert_eq!(
        c.build_request("Ping", &json!({}))
            .unwrap()
            .uri()
            .to_string(),
        "https://fips-things.us-gov-west-1.amazonaws.com/"
    );
    // A broken file is an error naming it.
    dir.write("waiters-2.json", "{");
    let err = DynamicClient::from_dir(&s, &dir.0).unwrap_err();
    assert!(err.to_string().contains("waiters-2.json"), "{err}");
}
