//! The generator's naming and typing rules on a small model written here.

use boto_codegen::{generate, rustfmt, Inputs};

const MODEL: &str = r#"{
  "metadata": {"protocol": "rest-json", "apiVersion": "2020-01-01", "endpointPrefix": "svc",
               "serviceId": "My Svc", "signingName": "mysvc", "serviceFullName": "My Service"},
  "documentation": "<p>My service does <b>things</b>. See <a href=\"https://example.com/g\">the guide</a>.</p><p>Second.</p>",
  "operations": {
    "DescribeDBThings": {"name": "DescribeDBThings", "http": {"method": "GET", "requestUri": "/things/{Id}", "responseCode": 202},
      "input": {"shape": "Client"}, "output": {"shape": "Result"},
      "documentation": "<p>Describes <code>Things</code>.</p>"},
    "PutThing": {"name": "PutThing", "http": {"method": "PUT", "requestUri": "/things"},
      "input": {"shape": "Tree"}},
    "Ping": {"name": "Ping2020_05_31", "http": {"method": "GET", "requestUri": "/ping"}}
  },
  "shapes": {
    "Client": {"type": "structure", "required": ["Id"], "members": {
      "Id": {"shape": "S", "location": "uri", "locationName": "Id"},
      "type": {"shape": "S", "location": "querystring", "locationName": "type"},
      "self": {"shape": "S"},
      "ARN": {"shape": "S", "documentation": "<p>The ARN.</p>"},
      "Arn": {"shape": "S"},
      "When": {"shape": "T", "location": "header", "locationName": "x-when"},
      "Count": {"shape": "Small"},
      "Token": {"shape": "S", "idempotencyToken": true}
    }},
    "Result": {"type": "structure", "members": {
      "State": {"shape": "State"},
      "Value": {"shape": "Choice"},
      "Pairs": {"shape": "Pairs"},
      "Blob": {"shape": "B"},
      "Doc": {"shape": "Doc"}
    }},
    "Tree": {"type": "structure", "members": {"Child": {"shape": "Node"}, "Scope": {"shape": "scope"}}},
    "scope": {"type": "string", "enum": ["a"]},
    "Node": {"type": "structure", "members": {"Parent": {"shape": "Tree"}, "Kids": {"shape": "Nodes"}}},
    "Nodes": {"type": "list", "member": {"shape": "Node"}},
    "State": {"type": "string", "enum": ["ACTIVE", "Unknown", "aws:kms", "SELF", "1.0"]},
    "Choice": {"type": "structure", "union": true, "members": {"S": {"shape": "S"}, "n": {"shape": "Small"},
      "SSEKMS": {"shape": "S", "locationName": "SSE-KMS"}}},
    "Pairs": {"type": "map", "key": {"shape": "S"}, "value": {"shape": "T"}},
    "S": {"type": "string"},
    "T": {"type": "timestamp", "timestampFormat": "iso8601"},
    "Small": {"type": "short"},
    "B": {"type": "blob"},
    "Doc": {"type": "structure", "document": true, "members": {}}
  }
}"#;

fn generated() -> String {
    let inputs = Inputs {
        service: MODEL.as_bytes().to_vec(),
        paginators: None,
        waiters: None,
        endpoint_rules: None,
        resources: None,
    };
    let (code, stats) = generate("my-svc", &inputs).expect("generate");
    assert_eq!(stats.operations, (3, 3));
    // Formatted, so that the assertions below read rustfmt's layout.
    rustfmt(&code).expect("valid Rust")
}

#[test]
fn client_and_operations() {
    let code = generated();
    assert!(
        code.contains("use boto_core::{client, Blob, DateTime, Document, Op, Shape};"),
        "{code}"
    );
    assert!(code.contains("use std::collections::HashMap;"));
    // The service's first paragraph, HTML as Markdown, links kept.
    assert!(code.contains(
        "/// My service does **things**. See [the guide](https://example.com/g).\n#[client("
    ));
    assert!(code.contains("service = \"svc\""));
    assert!(code.contains("protocol = \"restJson1\""));
    assert!(code.contains("signing_name = \"mysvc\""));
    assert!(code.contains("service_id = \"My Svc\""));
    // xform_name, with the wire name where PascalCase of the method differs.
    assert!(code.contains(
        "    /// Describes `Things`.\n    #[op(name = \"DescribeDBThings\", http = \"GET /things/{Id}\", status = 202)]\n    describe_db_things: Op<ClientShape, ResultShape>,"
    ), "{code}");
    assert!(code.contains("    put_thing: Op<Tree, ()>,"));
    assert!(code.contains("    ping: Op<(), ()>,"));
}

#[test]
fn shapes_fields_and_names() {
    let code = generated();
    // Clashing shape names take `Shape`, and keep their model name.
    assert!(
        code.contains("#[shape(name = \"Client\")]\npub struct ClientShape {"),
        "{code}"
    );
    assert!(code.contains("#[shape(name = \"Result\")]\npub struct ResultShape {"));
    assert!(
        code.contains("#[shape(name = \"scope\")]\npub enum Scope {"),
        "{code}"
    );
    assert!(code.contains("    pub scope: Option<Scope>,"), "{code}");
    // Locations, keywords, acronyms and numbered clashes.
    assert!(
        code.contains("    #[shape(label)]\n    pub id: String,"),
        "{code}"
    );
    assert!(code.contains(
        "    #[shape(name = \"type\", query = \"type\")]\n    pub r#type: Option<String>,"
    ));
    assert!(
        code.contains("    #[shape(name = \"self\")]\n    pub self_: Option<String>,"),
        "{code}"
    );
    assert!(code
        .contains("    /// The ARN.\n    #[shape(name = \"ARN\")]\n    pub arn: Option<String>,"));
    assert!(
        code.contains("    #[shape(name = \"Arn\")]\n    pub arn2: Option<String>,"),
        "{code}"
    );
    assert!(code.contains(
        "    #[shape(header = \"x-when\", timestamp = \"iso8601\")]\n    pub when: Option<DateTime>,"
    ));
    assert!(code.contains("    pub count: Option<i16>,"));
    assert!(code.contains("    #[shape(idempotency_token)]\n    pub token: Option<String>,"));
    // Map values take no member keys: the value shape's own format is the runtime default.
    assert!(code.contains("    /// `Pairs`.\n    pub pairs: Option<HashMap<String, DateTime>>,"));
    assert!(code.contains("    pub blob: Option<Blob>,"));
    assert!(code.contains("    pub doc: Option<Document>,"));
    // A union member is always optional; its variants keep the member names.
    assert!(code.contains("    pub value: Option<Choice>,"));
    assert!(code.contains("pub enum Choice {"));
    assert!(code.contains("    S(String),"));
    assert!(
        code.contains("    #[shape(name = \"n\")]\n    N(i16),"),
        "{code}"
    );
    assert!(
        code.contains("    #[shape(name = \"SSE-KMS\")]\n    Ssekms(String),"),
        "{code}"
    );
    assert!(code.contains("    #[shape(other)]\n    Unknown(String),\n}"));
}

#[test]
fn string_enums() {
    let code = generated();
    let start = code.find("pub enum State {").expect("State");
    let end = code[start..].find("\n}\n").expect("end") + start;
    let state = &code[start..end];
    for variant in [
        "    #[default]\n    #[shape(name = \"ACTIVE\")]\n    Active,",
        "    Unknown,",
        "    #[shape(name = \"aws:kms\")]\n    AwsKms,",
        "    #[shape(name = \"SELF\")]\n    SelfValue,",
        "    #[shape(name = \"1.0\")]\n    V10,",
        // `Unknown` is a value, so the catch-all is `Other`.
        "    #[shape(other)]\n    Other(String),",
    ] {
        assert!(state.contains(variant), "{variant} in {state}");
    }
}

#[test]
fn recursion_by_value_becomes_a_document() {
    let code = generated();
    // Tree -> Node -> Tree by value would have no size; a list breaks the cycle.
    assert!(code.contains("pub struct Node {"));
    assert!(code.contains("    pub child: Option<Document>,"), "{code}");
    assert!(code.contains("    pub parent: Option<Tree>,"), "{code}");
    assert!(code.contains("    pub kids: Option<Vec<Node>>,"));
}

#[test]
fn endpoint_rules_are_included_from_beside_the_module() {
    let rules = r#"{
      "version": "1.0",
      "parameters": {"Region": {"builtIn": "AWS::Region", "required": false, "type": "string"}},
      "rules": [{"conditions": [], "type": "endpoint",
                 "endpoint": {"url": "https://svc.example.com", "properties": {}, "headers": {}}}]
    }"#;
    let mut inputs = Inputs {
        service: MODEL.as_bytes().to_vec(),
        paginators: None,
        waiters: None,
        endpoint_rules: Some(rules.as_bytes().to_vec()),
        resources: None,
    };
    let (code, _) = generate("my-svc", &inputs).expect("generate");
    let code = rustfmt(&code).expect("valid Rust");
    assert!(
        code.contains(r#"endpoint_rules = include_str!("my_svc/endpoint-rule-set.json"),"#),
        "{code}"
    );
    assert_eq!(
        boto_codegen::rules_file("my-svc"),
        "my_svc/endpoint-rule-set.json"
    );
    let minified = boto_codegen::minified_rules(&inputs)
        .expect("a valid rule set")
        .expect("present");
    assert!(!minified.contains(char::is_whitespace), "{minified}");
    // The members keep the model's order.
    assert!(
        minified.starts_with(r#"{"version":"1.0","parameters":"#),
        "{minified}"
    );
    let a: serde_json::Value = serde_json::from_str(&minified).unwrap();
    let b: serde_json::Value = serde_json::from_str(rules).unwrap();
    assert_eq!(a, b);

    // A rule set the runtime cannot read is an error, not a committed file.
    inputs.endpoint_rules = Some(br#"{"version":"1.0","rules":[{"type":"nope"}]}"#.to_vec());
    assert!(boto_codegen::minified_rules(&inputs).is_err());
    inputs.endpoint_rules = Some(b"{".to_vec());
    assert!(boto_codegen::minified_rules(&inputs).is_err());
    // Without one, the client has no `endpoint_rules`.
    inputs.endpoint_rules = None;
    assert_eq!(boto_codegen::minified_rules(&inputs).unwrap(), None);
    let (code, _) = generate("my-svc", &inputs).expect("generate");
    assert!(!code.contains("endpoint_rules"), "{code}");
}

#[test]
fn sensitive_members_are_redacted_in_debug() {
    let model = r#"{
      "metadata": {"protocol": "json", "jsonVersion": "1.1", "apiVersion": "2020-01-01",
                   "endpointPrefix": "svc", "targetPrefix": "Svc"},
      "operations": {"Get": {"name": "Get", "input": {"shape": "In"}, "output": {"shape": "Out"}}},
      "shapes": {
        "In": {"type": "structure", "required": ["Id"], "members": {"Id": {"shape": "S"}}},
        "Out": {"type": "structure", "required": ["Key"],
                "members": {"Name": {"shape": "S"}, "Key": {"shape": "Secret"},
                            "Token": {"shape": "Secret"}, "Codes": {"shape": "Secrets"},
                            "type": {"shape": "Secret"}}},
        "Secrets": {"type": "list", "member": {"shape": "Secret"}},
        "Secret": {"type": "string", "sensitive": true},
        "S": {"type": "string"}
      }
    }"#;
    let inputs = Inputs {
        service: model.as_bytes().to_vec(),
        paginators: None,
        waiters: None,
        endpoint_rules: None,
        resources: None,
    };
    let (code, _) = generate("svc", &inputs).expect("generate");
    let code = rustfmt(&code).expect("valid Rust");
    // `In` has no secret: its Debug is derived; `Out`'s is written out.
    assert!(
        code.contains("#[derive(Shape, Debug, Clone, Default, PartialEq)]\npub struct In {"),
        "{code}"
    );
    assert!(
        code.contains("#[derive(Shape, Clone, Default, PartialEq)]\npub struct Out {"),
        "{code}"
    );
    for line in [
        "impl ::std::fmt::Debug for Out {",
        r#"f.debug_struct("Out")"#,
        r#".field("name", &self.name)"#,
        r#".field("key", &"** redacted **")"#,
        r#".field("token", &self.token.as_ref().map(|_| "** redacted **"))"#,
        r#".field("codes", &self.codes.as_ref().map(|_| "** redacted **"))"#,
        r#".field("type", &self.r#type.as_ref().map(|_| "** redacted **"))"#,
    ] {
        assert!(code.contains(line), "{line} in\n{code}");
    }
}

#[test]
fn a_waiter_without_a_success_acceptor_is_left_out() {
    let waiters = br#"{"version": 2, "waiters": {
      "Ready": {"operation": "DescribeDBThings", "delay": 1, "maxAttempts": 3, "acceptors": [
        {"state": "success", "matcher": "path", "argument": "length(Items[?State == 'ok']) == `1`", "expected": true},
        {"state": "failure", "matcher": "error", "expected": "NotFound"}]},
      "Gone": {"operation": "DescribeDBThings", "delay": 1, "maxAttempts": 3, "acceptors": [
        {"state": "success", "matcher": "error", "expected": "NotFound"},
        {"state": "retry", "matcher": "path", "argument": "Items[?State == 'ok']", "expected": true}]}
    }}"#;
    let inputs = Inputs {
        service: MODEL.as_bytes().to_vec(),
        paginators: None,
        waiters: Some(waiters.to_vec()),
        endpoint_rules: None,
        resources: None,
    };
    let (code, stats) = generate("my-svc", &inputs).expect("generate");
    assert_eq!(stats.waiters, (1, 2), "{:?}", stats.skipped);
    assert!(
        code.contains("// No waiter `ready`: no success acceptor translates"),
        "{code}"
    );
    // A waiter keeping its success acceptor is generated, the untranslated one noted.
    assert!(code.contains("gone = describe_db_things"), "{code}");
    assert!(
        code.contains("// Waiter `gone`: an acceptor is left out"),
        "{code}"
    );
}
