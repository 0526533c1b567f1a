//! `#[client]` endpoint parameters: `context(..)` from input members, `static_context(..)`
//! and `operation_context(..)` reach the rule set of each request.

use boto_core::http::replay::ReplayClient;
use boto_core::{client, Credentials, Op, Session, Shape};
use std::collections::HashMap;
use std::sync::Arc;

/// Puts what it is given in the host name, so the URI shows which parameters arrived.
static RULES: &str = r#"{"version": "1.0",
  "parameters": {
    "Region": {"type": "String", "builtIn": "AWS::Region", "required": true},
    "Table": {"type": "String"},
    "Tables": {"type": "stringArray"},
    "Control": {"type": "Boolean"},
    "Mode": {"type": "String"}
  },
  "rules": [
    {"conditions": [{"fn": "isSet", "argv": [{"ref": "Control"}]},
                    {"fn": "booleanEquals", "argv": [{"ref": "Control"}, true]},
                    {"fn": "isSet", "argv": [{"ref": "Mode"}]}],
     "type": "endpoint", "endpoint": {"url": "https://control-{Mode}.{Region}.example.com"}},
    {"conditions": [{"fn": "isSet", "argv": [{"ref": "Table"}]}],
     "type": "endpoint", "endpoint": {"url": "https://{Table}.{Region}.example.com"}},
    {"conditions": [{"fn": "isSet", "argv": [{"ref": "Tables"}]},
                    {"fn": "getAttr", "argv": [{"ref": "Tables"}, "[0]"], "assign": "first"}],
     "type": "endpoint", "endpoint": {"url": "https://first-{first}.{Region}.example.com"}},
    {"conditions": [], "type": "endpoint",
     "endpoint": {"url": "https://plain.{Region}.example.com"}}
  ]}"#;

#[derive(Shape, Debug, Clone, Default)]
pub struct GetRequest {
    pub table_name: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
pub struct BatchRequest {
    pub items: HashMap<String, String>,
}

#[client(service = "things", protocol = "awsJson1_0", target_prefix = "Things",
         endpoint_rules = RULES)]
pub struct Things {
    #[op(context(Table = "TableName"))]
    get: Op<GetRequest, ()>,
    #[op(operation_context(Tables = "keys(Items)"))]
    batch: Op<BatchRequest, ()>,
    #[op(static_context(Control = true, Mode = "strict"))]
    control: Op<GetRequest, ()>,
    plain: Op<GetRequest, ()>,
}

#[tokio::test]
async fn endpoint_parameters_reach_the_rule_set() {
    let replay = ReplayClient::new();
    let session = Session::builder()
        .region("eu-west-1")
        .credentials(Credentials::new("AKID", "SECRET", None))
        .http_client(Arc::new(replay.clone()))
        .build()
        .unwrap();
    let things = Things::new(&session);
    let table = |t: Option<&str>| GetRequest {
        table_name: t.map(str::to_string),
    };
    for _ in 0..6 {
        replay.push(200, &[("content-type", "application/x-amz-json-1.0")], "{}");
    }
    things.get(table(Some("movies"))).await.unwrap();
    // An absent member sets nothing: the rule set's default holds.
    things.get(table(None)).await.unwrap();
    let batch = BatchRequest {
        items: [("shows".to_string(), "x".to_string())].into(),
    };
    things.batch(batch).await.unwrap();
    things.control(table(Some("ignored"))).await.unwrap();
    // The same member on an operation that does not declare it: not a parameter.
    things.plain(table(Some("movies"))).await.unwrap();
    things.get(table(Some("books"))).await.unwrap();
    let hosts: Vec<String> = replay
        .requests()
        .iter()
        .map(|r| r.uri.host().unwrap_or_default().to_string())
        .collect();
    assert_eq!(
        hosts,
        [
            "movies.eu-west-1.example.com",
            "plain.eu-west-1.example.com",
            "first-shows.eu-west-1.example.com",
            "control-strict.eu-west-1.example.com",
            "plain.eu-west-1.example.com",
            "books.eu-west-1.example.com",
        ]
    );
}
