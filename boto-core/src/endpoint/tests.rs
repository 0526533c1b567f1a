//! Unit tests of the rules engine: each standard function's edges, parameters, scoping,
//! templates, and malformed rule sets.

use super::functions::{
    is_valid_host_label, is_virtual_hostable_s3_bucket, parse_arn, parse_url, split, substring,
    uri_encode,
};
use super::{Partitions, RuleSet};
use crate::ErrorKind;
use serde_json::{json, Value};

#[test]
fn substring_edges() {
    assert_eq!(substring("abcdefg", 0, 4, false), Some("abcd"));
    assert_eq!(substring("abcdefg", 0, 4, true), Some("defg"));
    assert_eq!(substring("abcdefg", 1, 3, true), Some("ef"));
    assert_eq!(substring("abcdefg", 0, 7, false), Some("abcdefg"));
    // Empty or reversed range, past the end, non-ASCII input.
    assert_eq!(substring("abcdefg", 3, 3, false), None);
    assert_eq!(substring("abcdefg", 4, 2, false), None);
    assert_eq!(substring("abcdefg", 0, 8, false), None);
    assert_eq!(substring("abcdefg", 0, usize::MAX, true), None);
    assert_eq!(substring("abcdé", 0, 2, false), None);
    assert_eq!(substring("", 0, 1, false), None);
}

#[test]
fn uri_encode_keeps_only_unreserved() {
    assert_eq!(uri_encode("aZ09-_.~"), "aZ09-_.~");
    assert_eq!(uri_encode("a b/c:d?e#f"), "a%20b%2Fc%3Ad%3Fe%23f");
    assert_eq!(uri_encode("é+%"), "%C3%A9%2B%25");
    assert_eq!(uri_encode(""), "");
}

#[test]
fn parse_url_accepts_http_and_https() {
    assert_eq!(
        parse_url("https://example.com:8443/a/b"),
        Some(json!({
            "scheme": "https", "authority": "example.com:8443", "path": "/a/b",
            "normalizedPath": "/a/b/", "isIp": false
        }))
    );
    let bare = parse_url("http://example.com").unwrap();
    assert_eq!(bare["path"], "");
    assert_eq!(bare["normalizedPath"], "/");
    assert_eq!(
        parse_url("http://example.com/").unwrap()["normalizedPath"],
        "/"
    );
    assert_eq!(parse_url("http://127.0.0.1:8000").unwrap()["isIp"], true);
    let v6 = parse_url("https://[::1]:443/p/").unwrap();
    assert_eq!(v6["isIp"], true);
    assert_eq!(v6["authority"], "[::1]:443");
    assert_eq!(v6["normalizedPath"], "/p/");
    assert_eq!(parse_url("http://999.1.1.1").unwrap()["isIp"], false);
}

#[test]
fn parse_url_rejects_the_rest() {
    for bad in [
        "https://example.com/?x=1",
        "https://example.com?",
        "https://example.com/#frag",
        "abcde://nota#url",
        "ftp://example.com",
        "example.com",
        "https://",
        "https://:443",
        "https://example.com:",
        "https://example.com:port",
        "https://example.com:65536",
        "https://example.com:-1",
        "https://user:pw@example.com",
        "https://exa mple.com",
        "https://[not-v6]:443",
        "https://[::1",
        "https://a:b:c",
        "",
    ] {
        assert_eq!(parse_url(bad), None, "{bad}");
    }
}

#[test]
fn host_labels() {
    assert!(is_valid_host_label("a", false));
    assert!(is_valid_host_label("us-east-1", false));
    assert!(is_valid_host_label(&"a".repeat(63), false));
    assert!(!is_valid_host_label(&"a".repeat(64), false));
    assert!(!is_valid_host_label("", false));
    assert!(!is_valid_host_label("-a", false));
    assert!(!is_valid_host_label("a-", false));
    assert!(!is_valid_host_label("a b", false));
    assert!(!is_valid_host_label("a_b", false));
    assert!(!is_valid_host_label("a.b", false));
    assert!(is_valid_host_label("a.b", true));
    assert!(is_valid_host_label("a.b-c.d", true));
    assert!(!is_valid_host_label("a..b", true));
    assert!(!is_valid_host_label("a.", true));
    assert!(!is_valid_host_label("a.-b", true));
    assert!(!is_valid_host_label("é", true));
}

#[test]
fn virtual_hostable_buckets() {
    assert!(is_virtual_hostable_s3_bucket("bucket-name", false));
    assert!(is_virtual_hostable_s3_bucket("abc", false));
    assert!(is_virtual_hostable_s3_bucket("my.bucket", true));
    assert!(!is_virtual_hostable_s3_bucket("my.bucket", false));
    assert!(!is_virtual_hostable_s3_bucket("ab", false));
    assert!(!is_virtual_hostable_s3_bucket(&"a".repeat(64), false));
    assert!(!is_virtual_hostable_s3_bucket("Bucket", false));
    assert!(!is_virtual_hostable_s3_bucket("192.168.0.1", true));
    assert!(!is_virtual_hostable_s3_bucket("a..b", true));
    assert!(!is_virtual_hostable_s3_bucket("a.-b", true));
    assert!(!is_virtual_hostable_s3_bucket("bucket-", false));
    assert!(!is_virtual_hostable_s3_bucket("bucket_name", false));
}

#[test]
fn arns() {
    assert_eq!(
        parse_arn("arn:aws:s3:us-west-2:123456789012:accesspoint/my:ap"),
        Some(json!({
            "partition": "aws", "service": "s3", "region": "us-west-2",
            "accountId": "123456789012", "resourceId": ["accesspoint", "my", "ap"]
        }))
    );
    // Region and account may be empty; the resource keeps its further colons.
    assert_eq!(
        parse_arn("arn:aws:s3:::bucket:a:b"),
        Some(json!({
            "partition": "aws", "service": "s3", "region": "",
            "accountId": "", "resourceId": ["bucket", "a", "b"]
        }))
    );
    for bad in [
        "",
        "arn",
        "arn:",
        "arn:aws:s3:us-west-2:123456789012",
        "arn:aws:s3:us-west-2:123456789012:",
        "arn::s3:us-west-2:123456789012:r",
        "arn:aws::us-west-2:123456789012:r",
        "ARN:aws:s3:us-west-2:123456789012:r",
        "urn:aws:s3:us-west-2:123456789012:r",
        "bucket-name",
    ] {
        assert_eq!(parse_arn(bad), None, "{bad}");
    }
}

#[test]
fn split_follows_the_smithy_examples() {
    assert_eq!(split("a--b--c", "--", 0), Some(vec!["a", "b", "c"]));
    assert_eq!(split("a--b--c", "--", 1), Some(vec!["a--b--c"]));
    assert_eq!(split("a--b--c", "--", 2), Some(vec!["a", "b--c"]));
    assert_eq!(split("--b--", "--", 0), Some(vec!["", "b", ""]));
    assert_eq!(split("", "--", 0), Some(vec![""]));
    assert_eq!(split("abc", "x", 0), Some(vec!["abc"]));
    assert_eq!(split("abc", "", 0), None);
}

#[test]
fn partitions_by_name_then_pattern_then_aws() {
    let p = Partitions::embedded().unwrap();
    assert_eq!(p.lookup("us-east-1")["name"], "aws");
    assert_eq!(p.lookup("aws-global")["name"], "aws");
    assert_eq!(p.lookup("us-gov-west-1")["name"], "aws-us-gov");
    assert_eq!(p.lookup("cn-north-1")["dnsSuffix"], "amazonaws.com.cn");
    // Not listed, but matching a partition's pattern.
    assert_eq!(p.lookup("us-isob-north-9")["name"], "aws-iso-b");
    assert_eq!(p.lookup("eu-central-99")["name"], "aws");
    // Neither: the aws partition.
    assert_eq!(p.lookup("mars-east-1")["name"], "aws");
    assert_eq!(p.lookup("")["dnsSuffix"], "amazonaws.com");
}

#[test]
fn malformed_partitions_are_errors() {
    for bad in [
        "",
        "[]",
        "{}",
        r#"{"partitions": []}"#,
        r#"{"partitions": [{"id": "aws", "regionRegex": "^us"}]}"#,
        r#"{"partitions": [{"id": "aws", "outputs": {}, "regionRegex": "(us"}]}"#,
        r#"{"partitions": [{"id": "aws", "outputs": {}, "regionRegex": "^us", "regions": 3}]}"#,
        r#"{"partitions": [{"outputs": {}, "regionRegex": "^us"}]}"#,
    ] {
        let err = Partitions::from_json(bad).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Config, "{bad}");
    }
}

/// A rule set with the given parameters and rules.
fn rules(parameters: Value, rules: Value) -> crate::Result<RuleSet> {
    RuleSet::from_json(
        &json!({"version": "1.0", "parameters": parameters, "rules": rules}).to_string(),
    )
}

fn endpoint(url: &str) -> Value {
    json!({"conditions": [], "type": "endpoint", "endpoint": {"url": url}})
}

#[test]
fn parameters_defaults_required_and_types() {
    let rs = rules(
        json!({
            "Region": {"type": "String", "required": true},
            "UseFIPS": {"type": "Boolean", "required": true, "default": false},
            "Arns": {"type": "stringArray"},
            "Bucket": {"type": "String"}
        }),
        json!([
            {"conditions": [{"fn": "booleanEquals", "argv": [{"ref": "UseFIPS"}, true]}],
             "type": "endpoint", "endpoint": {"url": "https://fips.{Region}"}},
            {"conditions": [{"fn": "isSet", "argv": [{"ref": "Bucket"}]}],
             "type": "endpoint", "endpoint": {"url": "https://{Bucket}.{Region}"}},
            endpoint("https://{Region}")
        ]),
    )
    .unwrap();
    let url = |p: Value| rs.resolve(&p).map(|e| e.url);
    assert_eq!(url(json!({"Region": "r"})).unwrap(), "https://r");
    assert_eq!(
        url(json!({"Region": "r", "UseFIPS": null})).unwrap(),
        "https://r"
    );
    assert_eq!(
        url(json!({"Region": "r", "UseFIPS": true})).unwrap(),
        "https://fips.r"
    );
    assert_eq!(
        url(json!({"Region": "r", "Bucket": "b"})).unwrap(),
        "https://b.r"
    );
    assert_eq!(
        url(json!({"Region": "r", "Unknown": 1})).unwrap(),
        "https://r"
    );
    assert_eq!(
        url(json!({"Region": "r", "Arns": ["a", "b"]})).unwrap(),
        "https://r"
    );
    assert_eq!(
        format!("{rs:?}"),
        r#"RuleSet { parameters: ["Region", "UseFIPS", "Arns", "Bucket"], rules: 3, .. }"#
    );
    assert_eq!(
        rs.parameters().collect::<Vec<_>>(),
        [
            ("Region", None),
            ("UseFIPS", None),
            ("Arns", None),
            ("Bucket", None)
        ]
    );

    for (params, why) in [
        (json!({}), "endpoint parameter `Region` is required"),
        (
            json!({"Region": 1}),
            "endpoint parameter `Region` must be a string",
        ),
        (
            json!({"Region": "r", "UseFIPS": "yes"}),
            "endpoint parameter `UseFIPS` must be a boolean",
        ),
        (
            json!({"Region": "r", "Arns": ["a", 1]}),
            "endpoint parameter `Arns` must be a stringArray",
        ),
        (
            json!(["Region"]),
            "endpoint parameters must be a JSON object",
        ),
    ] {
        let err = rs.resolve(&params).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidInput);
        assert_eq!(err.message(), Some(why));
    }
}

#[test]
fn error_rules_give_their_text_after_substitution() {
    let rs = rules(
        json!({"Region": {"type": "String"}}),
        json!([
            {"conditions": [{"fn": "isSet", "argv": [{"ref": "Region"}]}], "type": "error",
             "error": "Invalid region `{Region}`: \"{{not a var}}\""},
            {"conditions": [], "type": "error", "error": "Region is required"}
        ]),
    )
    .unwrap();
    let err = rs.resolve(&json!({"Region": "a b"})).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::InvalidInput);
    assert_eq!(err.message(), Some("Invalid region `a b`: \"{not a var}\""));
    assert_eq!(
        rs.resolve(&json!({})).unwrap_err().message(),
        Some("Region is required")
    );
}

#[test]
fn assign_get_attr_templates_headers_and_properties() {
    let rs = rules(
        json!({"Arn": {"type": "String", "required": true}}),
        json!([{
            "conditions": [
                {"fn": "aws.parseArn", "argv": [{"ref": "Arn"}], "assign": "arn"},
                {"fn": "getAttr", "argv": [{"ref": "arn"}, "resourceId[1]"], "assign": "name"},
                {"fn": "aws.partition", "argv": ["{arn#region}"], "assign": "part"},
                {"fn": "stringEquals", "argv": [{"fn": "getAttr", "argv": [{"ref": "part"}, "name"]}, "aws-cn"]}
            ],
            "type": "endpoint",
            "endpoint": {
                "url": "https://{name}-{arn#accountId}.{arn#region}.{part#dnsSuffix}",
                "headers": {"x-amz-ap": ["{name}", "fixed"]},
                "properties": {"authSchemes": [{"name": "sigv4", "signingRegion": "{arn#region}",
                                                "disableDoubleEncoding": true}],
                               "ids": "{arn#resourceId[0]}"}
            }
        }, {"conditions": [], "type": "error", "error": "not a China ARN"}]),
    )
    .unwrap();
    let ep = rs
        .resolve(&json!({"Arn": "arn:aws-cn:s3:cn-north-1:123:accesspoint/my-ap"}))
        .unwrap();
    assert_eq!(ep.url, "https://my-ap-123.cn-north-1.amazonaws.com.cn");
    assert_eq!(ep.headers["x-amz-ap"], ["my-ap", "fixed"]);
    assert_eq!(
        ep.properties,
        json!({"authSchemes": [{"name": "sigv4", "signingRegion": "cn-north-1",
                                "disableDoubleEncoding": true}], "ids": "accesspoint"})
    );
    // getAttr past the end of resourceId is unset: the condition fails.
    let err = rs
        .resolve(&json!({"Arn": "arn:aws-cn:s3:cn-north-1:123:bucket"}))
        .unwrap_err();
    assert_eq!(err.message(), Some("not a China ARN"));
    let err = rs
        .resolve(&json!({"Arn": "arn:aws:s3:us-east-1:123:accesspoint/x"}))
        .unwrap_err();
    assert_eq!(err.message(), Some("not a China ARN"));
}

#[test]
fn unset_arguments_fail_the_condition() {
    let rs = rules(
        json!({"Flag": {"type": "Boolean"}, "Name": {"type": "String"}}),
        json!([
            {"conditions": [{"fn": "booleanEquals", "argv": [{"ref": "Flag"}, true]}],
             "type": "endpoint", "endpoint": {"url": "https://flag"}},
            {"conditions": [{"fn": "not", "argv": [{"fn": "isValidHostLabel", "argv": [{"ref": "Name"}, false]}]}],
             "type": "endpoint", "endpoint": {"url": "https://bad-name"}},
            endpoint("https://default")
        ]),
    )
    .unwrap();
    let url = |p: Value| rs.resolve(&p).unwrap().url;
    assert_eq!(url(json!({})), "https://default");
    assert_eq!(url(json!({"Flag": true})), "https://flag");
    assert_eq!(url(json!({"Flag": false, "Name": "ok"})), "https://default");
    assert_eq!(url(json!({"Name": "not ok"})), "https://bad-name");
}

#[test]
fn coalesce_ite_split_substring_uri_encode_in_rules() {
    let rs = rules(
        json!({"A": {"type": "String"}, "B": {"type": "String", "default": "b-default"},
               "Fips": {"type": "Boolean", "default": false, "required": true}}),
        json!([{
            "conditions": [
                {"fn": "coalesce", "argv": [{"ref": "A"}, {"ref": "B"}], "assign": "name"},
                {"fn": "ite", "argv": [{"ref": "Fips"}, "-fips", ""], "assign": "suffix"},
                {"fn": "split", "argv": [{"ref": "name"}, "-", 2], "assign": "parts"},
                {"fn": "getAttr", "argv": [{"ref": "parts"}, "[1]"], "assign": "second"},
                {"fn": "substring", "argv": [{"ref": "name"}, 0, 1, false], "assign": "first"},
                {"fn": "uriEncode", "argv": [{"ref": "second"}], "assign": "enc"}
            ],
            "type": "endpoint",
            "endpoint": {"url": "https://{first}{suffix}.example/{enc}"}
        }, {"conditions": [], "type": "error", "error": "no"}]),
    )
    .unwrap();
    let url = |p: Value| rs.resolve(&p).map(|e| e.url);
    assert_eq!(url(json!({})).unwrap(), "https://b.example/default");
    assert_eq!(
        url(json!({"A": "x-y z-w", "Fips": true})).unwrap(),
        "https://x-fips.example/y%20z-w"
    );
    // No `-` to split on: element [1] is unset, so the rule falls through.
    assert_eq!(url(json!({"A": "xyz"})).unwrap_err().message(), Some("no"));
}

#[test]
fn a_tree_whose_conditions_hold_must_match() {
    let rs = rules(
        json!({"Region": {"type": "String", "required": true}}),
        json!([
            {"conditions": [], "type": "tree", "rules": [
                {"conditions": [{"fn": "stringEquals", "argv": [{"ref": "Region"}, "a"]}],
                 "type": "endpoint", "endpoint": {"url": "https://a"}}
            ]},
            endpoint("https://never")
        ]),
    )
    .unwrap();
    assert_eq!(
        rs.resolve(&json!({"Region": "a"})).unwrap().url,
        "https://a"
    );
    let err = rs.resolve(&json!({"Region": "b"})).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config);

    let none = rules(json!({}), json!([])).unwrap();
    assert_eq!(
        none.resolve(&json!({})).unwrap_err().kind(),
        ErrorKind::Config
    );
}

#[test]
fn wrong_argument_types_are_errors() {
    let rs = rules(
        json!({"Region": {"type": "String", "required": true}}),
        json!([
            {"conditions": [{"fn": "booleanEquals", "argv": [{"ref": "Region"}, true]}],
             "type": "endpoint", "endpoint": {"url": "https://x"}}
        ]),
    )
    .unwrap();
    let err = rs.resolve(&json!({"Region": "r"})).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config);
    assert!(err.to_string().contains("booleanEquals"), "{err}");
}

#[test]
fn malformed_rule_sets_are_errors() {
    let cond = |c: Value| json!([{"conditions": [c], "type": "endpoint", "endpoint": {"url": "https://x"}}]);
    let p = json!({"Region": {"type": "String"}});
    let cases: Vec<(String, &str)> = vec![
        (String::new(), "empty"),
        ("{".into(), "truncated"),
        ("[]".into(), "not an object"),
        (r#"{"parameters": {}}"#.into(), "no rules"),
        (r#"{"parameters": {}, "rules": 5}"#.into(), "rules not an array"),
        (r#"{"parameters": [], "rules": []}"#.into(), "parameters not an object"),
        (json!({"parameters": {"R": {"type": "Integer"}}, "rules": []}).to_string(), "param type"),
        (json!({"parameters": {"R": {}}, "rules": []}).to_string(), "no param type"),
        (json!({"parameters": {"R": {"type": "Boolean", "default": "x"}}, "rules": []}).to_string(), "default type"),
        (json!({"parameters": {"R": {"type": "String", "required": "yes"}}, "rules": []}).to_string(), "required type"),
        (json!({"parameters": p, "rules": [{"conditions": [], "type": "nope"}]}).to_string(), "rule type"),
        (json!({"parameters": p, "rules": [{"conditions": [], "type": "endpoint"}]}).to_string(), "no endpoint"),
        (json!({"parameters": p, "rules": [{"conditions": [], "type": "endpoint", "endpoint": {}}]}).to_string(), "no url"),
        (json!({"parameters": p, "rules": [{"conditions": [], "type": "error"}]}).to_string(), "no error"),
        (json!({"parameters": p, "rules": [{"conditions": [], "type": "tree"}]}).to_string(), "tree without rules"),
        (json!({"parameters": p, "rules": [{"conditions": {}, "type": "error", "error": "e"}]}).to_string(), "conditions not an array"),
        (json!({"parameters": p, "rules": [endpoint("https://{Nope}")]}).to_string(), "undefined template var"),
        (json!({"parameters": p, "rules": [endpoint("https://{Region")]}).to_string(), "unclosed brace"),
        (json!({"parameters": p, "rules": [endpoint("https://Region}")]}).to_string(), "stray brace"),
        (json!({"parameters": p, "rules": [endpoint("https://{Region#}")]}).to_string(), "empty path"),
        (json!({"parameters": p, "rules": cond(json!({"fn": "nope", "argv": []}))}).to_string(), "unknown fn"),
        (json!({"parameters": p, "rules": cond(json!({"fn": "isSet", "argv": []}))}).to_string(), "arity"),
        (json!({"parameters": p, "rules": cond(json!({"fn": "isSet"}))}).to_string(), "no argv"),
        (json!({"parameters": p, "rules": cond(json!({"fn": "isSet", "argv": [{"ref": "Nope"}]}))}).to_string(), "undefined ref"),
        (json!({"parameters": p, "rules": cond(json!({"fn": "getAttr", "argv": [{"ref": "Region"}, 1]}))}).to_string(), "getAttr path type"),
        (json!({"parameters": p, "rules": cond(json!({"fn": "getAttr", "argv": [{"ref": "Region"}, "a[x]"]}))}).to_string(), "getAttr path"),
        (json!({"parameters": p, "rules": cond(json!({"ref": "Region"}))}).to_string(), "condition not a call"),
        (json!({"parameters": p, "rules": cond(json!({"fn": "isSet", "argv": [{"ref": "Region"}], "assign": "Region"}))}).to_string(), "assign shadows"),
        (json!({"parameters": p, "rules": cond(json!({"fn": "isSet", "argv": [null]}))}).to_string(), "null argument"),
        (
            json!({"parameters": p, "rules": [
                {"conditions": [{"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "part"}],
                 "type": "error", "error": "e"},
                endpoint("https://{part#name}")
            ]}).to_string(),
            "assignment used outside its rule",
        ),
        (format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)), "deep nesting"),
    ];
    for (doc, why) in cases {
        match RuleSet::from_json(&doc) {
            Err(e) => assert_eq!(e.kind(), ErrorKind::Config, "{why}: {e}"),
            Ok(_) => panic!("{why}: accepted"),
        }
    }
}

#[test]
fn a_custom_partitions_table_is_used_and_regions_override_outputs() {
    let table = Partitions::from_json(
        &json!({"partitions": [
            {"id": "moon", "regionRegex": "^moon\\-\\w+\\-\\d+$",
             "outputs": {"dnsSuffix": "moon.example", "supportsFIPS": false},
             "regions": {"moon-base-1": {"description": "Base", "dnsSuffix": "base.example"}}},
            {"id": "aws", "regionRegex": "^us\\-\\w+\\-\\d+$",
             "outputs": {"dnsSuffix": "amazonaws.com", "supportsFIPS": true}}
        ]})
        .to_string(),
    )
    .unwrap();
    assert_eq!(table.lookup("moon-base-1")["dnsSuffix"], "base.example");
    assert_eq!(table.lookup("moon-base-1")["name"], "moon");
    assert_eq!(table.lookup("moon-crater-2")["dnsSuffix"], "moon.example");
    assert_eq!(table.lookup("mars-1")["name"], "aws");

    let rs = rules(
        json!({"Region": {"type": "String", "required": true}}),
        json!([{
            "conditions": [{"fn": "aws.partition", "argv": [{"ref": "Region"}], "assign": "p"}],
            "type": "endpoint", "endpoint": {"url": "https://svc.{Region}.{p#dnsSuffix}"}
        }]),
    )
    .unwrap();
    let params = json!({"Region": "moon-crater-2"});
    assert_eq!(
        rs.resolve(&params).unwrap().url,
        "https://svc.moon-crater-2.amazonaws.com"
    );
    let rs = rs.with_partitions(table);
    assert_eq!(
        rs.resolve(&params).unwrap().url,
        "https://svc.moon-crater-2.moon.example"
    );
}
