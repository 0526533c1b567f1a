//! Typed outputs read straight from the wire (`protocol::parse_response_typed`, the path of
//! `ClientHandle::call`) against the value path (`parse_response` + `Shape::from_value`),
//! on derived shapes for restXml, awsQuery and ec2Query; and bad input, which is an error.

use boto_core::model::{HttpBinding, Operation, Protocol, SchemaRef, ServiceMeta, Shapes};
use boto_core::protocol::{parse_response, parse_response_typed};
use boto_core::{DateTime, ErrorKind, Shape};
use bytes::Bytes;
use std::borrow::Cow;
use std::collections::HashMap;

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct ListOutput {
    is_truncated: Option<bool>,
    #[shape(flattened)]
    contents: Vec<Object>,
    name: Option<String>,
    key_count: Option<i64>,
    max_keys: i32,
    #[shape(flattened)]
    common_prefixes: Option<Vec<Prefix>>,
    next_continuation_token: Option<String>,
    #[shape(header = "x-amz-request-charged")]
    request_charged: Option<String>,
    #[shape(status_code)]
    status: Option<i32>,
    #[shape(prefix_headers = "x-amz-meta-")]
    metadata: HashMap<String, String>,
    tags: Option<HashMap<String, String>>,
    #[shape(name = "Grant", member = "Grant")]
    grants: Vec<Grant>,
    ratio: Option<f64>,
    storage: Option<StorageClass>,
    blob: Option<boto_core::Blob>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct Object {
    key: Option<String>,
    last_modified: Option<DateTime>,
    #[shape(name = "ETag")]
    e_tag: Option<String>,
    size: Option<i64>,
    storage_class: Option<StorageClass>,
    owner: Option<Owner>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct Owner {
    #[shape(name = "ID")]
    id: Option<String>,
    display_name: Option<String>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct Prefix {
    prefix: Option<String>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct Grant {
    #[shape(xml_attribute, name = "xsi:type")]
    kind: Option<String>,
    permission: Option<String>,
}

#[derive(Shape, Debug, Clone, PartialEq)]
enum StorageClass {
    #[shape(name = "STANDARD")]
    Standard,
    #[shape(name = "GLACIER")]
    Glacier,
    #[shape(other)]
    Other(String),
}

fn meta(protocol: Protocol) -> ServiceMeta {
    ServiceMeta {
        protocol,
        api_version: Cow::Borrowed("2006-03-01"),
        target_prefix: None,
        json_version: None,
        signing_name: Cow::Borrowed("svc"),
        endpoint_prefix: Cow::Borrowed("svc"),
        service_id: Cow::Borrowed("Svc"),
        xml_namespace: None,
        global_endpoint: None,
    }
}

fn op<O: Shape>(name: &'static str, wrapper: Option<&'static str>) -> Operation {
    Operation {
        name: Cow::Borrowed(name),
        http: HttpBinding {
            method: Cow::Borrowed("GET"),
            request_uri: Cow::Borrowed("/"),
            response_code: 200,
        },
        input: None,
        output: Some(SchemaRef::Static(O::schema)),
        result_wrapper: wrapper.map(Cow::Borrowed),
        errors: Vec::new(),
        host_prefix: None,
        unsigned: false,
        checksum_required: false,
    }
}

fn response(body: &str) -> http::Response<Bytes> {
    http::Response::builder()
        .status(200)
        .header("x-amz-request-charged", "requester")
        .header("x-amz-meta-color", "blue")
        .header("x-amz-meta-size", "big")
        .body(Bytes::from(body.to_owned()))
        .unwrap()
}

/// Reads `body` both ways; they must agree. Returns the typed output.
fn both<O: Shape + PartialEq + std::fmt::Debug>(
    protocol: Protocol,
    op: &Operation,
    body: &str,
) -> O {
    let meta = meta(protocol);
    let direct: O = parse_response_typed(&meta, &Shapes::EMPTY, op, response(body)).unwrap();
    let value = parse_response(&meta, &Shapes::EMPTY, op, response(body)).unwrap();
    let via_value = O::from_value(value).unwrap();
    assert_eq!(direct, via_value);
    direct
}

const LIST: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/" xmlns:xsi="http://x">
  <Name>bucket</Name><Prefix></Prefix><KeyCount>2</KeyCount><MaxKeys>1000</MaxKeys>
  <IsTruncated>true</IsTruncated>
  <Contents><Key>a&amp;b</Key><LastModified>2026-11-22T03:00:38.000Z</LastModified>
    <ETag>&quot;1d92&quot;</ETag><Size>12</Size><StorageClass>STANDARD</StorageClass>
    <Owner><ID>id1</ID><DisplayName>owner</DisplayName></Owner><Unknown><Deep>x</Deep></Unknown>
  </Contents>
  <CommonPrefixes><Prefix>p1/</Prefix></CommonPrefixes>
  <Contents><Key><![CDATA[<raw>]]></Key><Size>0</Size><StorageClass>DEEP_ARCHIVE</StorageClass></Contents>
  <CommonPrefixes><Prefix>p2/</Prefix></CommonPrefixes>
  <Tags><entry><key>k1</key><value>v1</value></entry><entry><key>k2</key><value/></entry></Tags>
  <Grant><Grant xsi:type="CanonicalUser"><Permission>READ</Permission></Grant>
    <Grant xsi:type="Group"><Permission>WRITE</Permission></Grant></Grant>
  <Ratio>0.5</Ratio><Storage>GLACIER</Storage><Blob>aGVsbG8=</Blob>
  <NextContinuationToken>token</NextContinuationToken>
</ListBucketResult>"#;

#[test]
fn rest_xml_reads_the_same_both_ways() {
    let op = op::<ListOutput>("ListObjectsV2", None);
    let out: ListOutput = both(Protocol::RestXml, &op, LIST);
    assert_eq!(out.contents.len(), 2);
    assert_eq!(out.contents[0].key.as_deref(), Some("a&b"));
    assert_eq!(out.contents[0].e_tag.as_deref(), Some("\"1d92\""));
    assert_eq!(out.contents[0].size, Some(12));
    assert_eq!(
        out.contents[0].last_modified.map(|t| t.secs()),
        Some(1_795_316_438)
    );
    assert_eq!(
        out.contents[0].owner.as_ref().and_then(|o| o.id.as_deref()),
        Some("id1")
    );
    assert_eq!(out.contents[1].key.as_deref(), Some("<raw>"));
    assert_eq!(
        out.contents[1].storage_class,
        Some(StorageClass::Other("DEEP_ARCHIVE".into()))
    );
    let prefixes: Vec<_> = out
        .common_prefixes
        .iter()
        .flatten()
        .map(|p| p.prefix.as_deref().unwrap())
        .collect();
    assert_eq!(prefixes, ["p1/", "p2/"]);
    assert_eq!(out.max_keys, 1000);
    assert_eq!(out.is_truncated, Some(true));
    assert_eq!(out.request_charged.as_deref(), Some("requester"));
    assert_eq!(out.status, Some(200));
    assert_eq!(out.metadata["color"], "blue");
    let tags = out.tags.as_ref().unwrap();
    assert_eq!((tags["k1"].as_str(), tags["k2"].as_str()), ("v1", ""));
    assert_eq!(out.grants.len(), 2);
    assert_eq!(out.grants[0].kind.as_deref(), Some("CanonicalUser"));
    assert_eq!(out.grants[1].permission.as_deref(), Some("WRITE"));
    assert_eq!(out.ratio, Some(0.5));
    assert_eq!(out.storage, Some(StorageClass::Glacier));
    assert_eq!(out.blob.as_ref().map(|b| b.as_bytes()), Some(&b"hello"[..]));
    assert_eq!(out.next_continuation_token.as_deref(), Some("token"));
}

#[test]
fn an_empty_body_or_root_reads_as_defaults() {
    let op = op::<ListOutput>("ListObjectsV2", None);
    let out: ListOutput = both(Protocol::RestXml, &op, "");
    assert!(out.contents.is_empty() && out.name.is_none());
    assert_eq!(out.request_charged.as_deref(), Some("requester"));
    let out: ListOutput = both(Protocol::RestXml, &op, "<ListBucketResult/>");
    assert!(out.contents.is_empty());
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct QueueUrls {
    #[shape(flattened, name = "QueueUrl")]
    queue_urls: Option<Vec<String>>,
    next_token: Option<String>,
    attributes: Option<HashMap<String, String>>,
    created: Option<DateTime>,
}

#[test]
fn aws_query_reads_the_result_wrapper() {
    let op = op::<QueueUrls>("ListQueues", Some("ListQueuesResult"));
    let body = r#"<ListQueuesResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/">
        <ListQueuesResult><QueueUrl>https://q/1</QueueUrl><QueueUrl>https://q/2</QueueUrl>
        <NextToken>n</NextToken>
        <Attributes><entry><key>a</key><value>1</value></entry></Attributes>
        <Created>1700000000</Created></ListQueuesResult>
        <ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListQueuesResponse>"#;
    let out: QueueUrls = both(Protocol::AwsQuery, &op, body);
    assert_eq!(out.queue_urls.unwrap(), ["https://q/1", "https://q/2"]);
    assert_eq!(out.next_token.as_deref(), Some("n"));
    assert_eq!(out.attributes.unwrap()["a"], "1");
    assert_eq!(out.created.map(|t| t.secs()), Some(1_700_000_000));
    // No wrapper element: the root's children are the members.
    let out: QueueUrls = both(
        Protocol::AwsQuery,
        &op,
        "<ListQueuesResponse><NextToken>m</NextToken></ListQueuesResponse>",
    );
    assert_eq!(out.next_token.as_deref(), Some("m"));
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct Instances {
    #[shape(name = "reservationSet")]
    reservations: Vec<Reservation>,
    #[shape(name = "nextToken")]
    next_token: Option<String>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct Reservation {
    #[shape(name = "reservationId")]
    reservation_id: Option<String>,
    #[shape(name = "instancesSet")]
    instances: Vec<Instance>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct Instance {
    #[shape(name = "instanceId")]
    instance_id: Option<String>,
    #[shape(name = "instanceState")]
    state: Option<State>,
    #[shape(name = "tagSet")]
    tags: Vec<Tag>,
    #[shape(name = "launchTime")]
    launch_time: Option<DateTime>,
    #[shape(name = "ebsOptimized")]
    ebs_optimized: Option<bool>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct State {
    #[shape(name = "code")]
    code: Option<i32>,
    #[shape(name = "name")]
    name: Option<String>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct Tag {
    #[shape(name = "key")]
    key: Option<String>,
    #[shape(name = "value")]
    value: Option<String>,
}

#[test]
fn ec2_reads_nested_item_lists() {
    let op = op::<Instances>("DescribeInstances", None);
    let body = r#"<DescribeInstancesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/">
      <requestId>r</requestId><reservationSet><item><reservationId>r-1</reservationId>
      <groupSet/><instancesSet><item><instanceId>i-1</instanceId>
      <instanceState><code>16</code><name>running</name></instanceState>
      <tagSet><item><key>Name</key><value>web</value></item></tagSet>
      <launchTime>2026-11-22T03:00:00.000Z</launchTime><ebsOptimized>false</ebsOptimized>
      </item><item><instanceId>i-2</instanceId><tagSet/></item></instancesSet></item>
      </reservationSet><nextToken>t</nextToken></DescribeInstancesResponse>"#;
    let out: Instances = both(Protocol::Ec2Query, &op, body);
    let r = &out.reservations[0];
    assert_eq!(r.reservation_id.as_deref(), Some("r-1"));
    assert_eq!(r.instances.len(), 2);
    assert_eq!(r.instances[0].state.as_ref().unwrap().code, Some(16));
    assert_eq!(r.instances[0].tags[0].value.as_deref(), Some("web"));
    assert_eq!(r.instances[0].ebs_optimized, Some(false));
    assert!(r.instances[1].tags.is_empty());
    assert_eq!(out.next_token.as_deref(), Some("t"));
}

fn direct_err(protocol: Protocol, op: &Operation, body: &str) -> String {
    let err =
        parse_response_typed::<Instances>(&meta(protocol), &Shapes::EMPTY, op, response(body))
            .expect_err("bad input is an error");
    assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
    err.to_string()
}

#[test]
fn bad_input_is_a_decode_error() {
    let op = op::<Instances>("DescribeInstances", None);
    let ec2 = Protocol::Ec2Query;
    let ok = "<R><reservationSet><item><instancesSet><item><instanceState><code>16</code>";
    // Truncated anywhere.
    for cut in [1, 10, 40, ok.len()] {
        let msg = direct_err(ec2, &op, &ok[..cut]);
        assert!(msg.contains("XML"), "{msg}");
    }
    // Wrong types, numbers that do not fit, bad timestamps: named by member.
    let bad_code = "<R><reservationSet><item><instancesSet><item><instanceState>\
        <code>99999999999</code></instanceState></item></instancesSet></item></reservationSet></R>";
    let msg = direct_err(ec2, &op, bad_code);
    assert!(msg.contains("State.code"), "{msg}");
    let msg = direct_err(
        ec2,
        &op,
        "<R><reservationSet><item><instancesSet><item><launchTime>yesterday</launchTime>\
         </item></instancesSet></item></reservationSet></R>",
    );
    assert!(msg.contains("launchTime"), "{msg}");
    let msg = direct_err(
        ec2,
        &op,
        "<R><reservationSet><item><instancesSet><item><ebsOptimized>maybe</ebsOptimized>\
         </item></instancesSet></item></reservationSet></R>",
    );
    assert!(msg.contains("boolean"), "{msg}");
    // Malformed, trailing content, not UTF-8.
    assert!(direct_err(ec2, &op, "<R><a></b></R>").contains("malformed"));
    assert!(direct_err(ec2, &op, "<R></R><S/>").contains("after the root"));
    assert!(direct_err(ec2, &op, "<R>&bogus;</R>").contains("malformed"));
    let meta = meta(ec2);
    let resp = http::Response::builder()
        .status(200)
        .body(Bytes::from_static(b"<R>\xff</R>"))
        .unwrap();
    let err = parse_response_typed::<Instances>(&meta, &Shapes::EMPTY, &op, resp).unwrap_err();
    assert!(err.to_string().contains("UTF-8"), "{err}");
}

#[test]
fn nesting_is_bounded_in_skipped_and_read_elements() {
    let op = op::<Instances>("DescribeInstances", None);
    let deep = format!("<R><x>{}{}</x></R>", "<a>".repeat(200), "</a>".repeat(200));
    assert!(direct_err(Protocol::Ec2Query, &op, &deep).contains("nesting"));
    let deep = format!(
        "<R><reservationSet><item><reservationId>{}{}</reservationId></item></reservationSet></R>",
        "<a>".repeat(200),
        "</a>".repeat(200)
    );
    assert!(direct_err(Protocol::Ec2Query, &op, &deep).contains("nesting"));
    // Within the bound, unknown subtrees are skipped.
    let fine = format!(
        "<R><x>{}{}</x><nextToken>t</nextToken></R>",
        "<a>".repeat(100),
        "</a>".repeat(100)
    );
    let out: Instances = both(Protocol::Ec2Query, &op, &fine);
    assert_eq!(out.next_token.as_deref(), Some("t"));
}

#[test]
fn an_operation_of_another_shape_reads_through_values() {
    // The output schema is not `Instances`'s: member indices would not line up, so the
    // typed reader falls back to values by name.
    let op = op::<Reservation>("DescribeInstances", None);
    let out: Instances = parse_response_typed(
        &meta(Protocol::Ec2Query),
        &Shapes::EMPTY,
        &op,
        response("<R><reservationId>x</reservationId></R>"),
    )
    .unwrap();
    assert_eq!(out, Instances::default());
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct QueryOutput {
    items: Option<Vec<HashMap<String, Attr>>>,
    count: i32,
    last_evaluated_key: Option<HashMap<String, Attr>>,
    consumed: Option<f64>,
    when: Option<DateTime>,
    data: Option<boto_core::Blob>,
    doc: Option<boto_core::Document>,
    class: Option<StorageClass>,
    #[shape(header = "x-amz-request-charged")]
    request_charged: Option<String>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct Attr {
    s: Option<String>,
    n: Option<String>,
    #[shape(name = "BOOL")]
    bool: Option<bool>,
    #[shape(name = "M")]
    m: Option<HashMap<String, Attr>>,
    #[shape(name = "L")]
    l: Option<Vec<Attr>>,
}

const QUERY: &str = r#" {"Items": [{"pk": {"S": "a\"\u00e9\ud83d\ude00\n"}, "n": {"N": "1"},
    "m": {"M": {"x": {"L": [{"BOOL": true}, {"S": null}, null]}}}}, {}],
  "Count": 2, "LastEvaluatedKey": null, "Consumed": 1.5e0, "When": 1700000000.5,
  "Data": "aGVsbG8=", "Doc": {"a": [1, {"b": null}]}, "Class": "GLACIER",
  "Unknown": {"deep": [[[]], {"x": "y"}]}, "Items2": null} "#;

#[test]
fn aws_json_and_rest_json_read_the_same_both_ways() {
    let op = op::<QueryOutput>("Query", None);
    let out: QueryOutput = both(Protocol::AwsJson1_0, &op, QUERY);
    let items = out.items.as_ref().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["pk"].s.as_deref(), Some("a\"é😀\n"));
    let x = &items[0]["m"].m.as_ref().unwrap()["x"];
    assert_eq!(x.l.as_ref().unwrap().len(), 2, "null elements are skipped");
    assert_eq!(out.count, 2);
    assert_eq!(out.last_evaluated_key, None);
    assert_eq!(out.consumed, Some(1.5));
    assert_eq!(out.when.map(|t| t.as_millis()), Some(1_700_000_000_500));
    assert_eq!(out.data.as_ref().map(|b| b.as_bytes()), Some(&b"hello"[..]));
    assert!(out.doc.is_some());
    assert_eq!(out.class, Some(StorageClass::Glacier));
    // restJson1: the header binding, the body members.
    let out: QueryOutput = both(Protocol::RestJson1, &op, QUERY);
    assert_eq!(out.request_charged.as_deref(), Some("requester"));
    assert_eq!(out.count, 2);
    let out: QueryOutput = both(Protocol::AwsJson1_1, &op, "");
    assert_eq!(out, QueryOutput::default());
    let out: QueryOutput = both(Protocol::AwsJson1_1, &op, "null");
    assert_eq!(out, QueryOutput::default());
}

#[test]
fn bad_json_is_a_decode_error() {
    let op = op::<QueryOutput>("Query", None);
    let meta = meta(Protocol::AwsJson1_0);
    let err = |body: &str| {
        let e = parse_response_typed::<QueryOutput>(&meta, &Shapes::EMPTY, &op, response(body))
            .expect_err(body);
        assert_eq!(e.kind(), ErrorKind::Decode, "{e}");
        e.to_string()
    };
    for cut in 1..QUERY.trim_end().len() {
        let body = &QUERY[..cut];
        if !body.trim().is_empty() {
            err(body);
        }
    }
    assert!(err(r#"{"Count": 99999999999}"#).contains("Count"));
    assert!(err(r#"{"Count": "x"}"#).contains("Count"));
    assert!(err(r#"{"When": "yesterday"}"#).contains("When"));
    assert!(err(r#"{"When": 1e300}"#).contains("When"));
    assert!(err(r#"{"Data": "%%%"}"#).contains("Data"));
    assert!(err(r#"{"Items": {}}"#).contains("Items"));
    assert!(err(r#"{"Items": [{"pk": {"S": "\ud800"}}]}"#).contains("surrogate"));
    assert!(err("{\"Items\": [{\"pk\": {\"S\": \"a\u{1}\"}}]}").contains("control"));
    assert!(err(r#"{"Items": [{"pk": {"S": "\q"}}]}"#).contains("escape"));
    assert!(err(r#"{"Count": 01}"#).contains("number"));
    assert!(err(r#"{"Count": 2} x"#).contains("trailing"));
    assert!(err(r#"{"Count": 2,}"#).contains("malformed"));
    assert!(err("[1]").contains("object"));
    let deep = format!("{{\"Unknown\": {}{}}}", "[".repeat(200), "]".repeat(200));
    assert!(err(&deep).contains("nesting"));
    let deep_attr = format!(
        "{{\"Items\": [{{\"a\": {}{{\"S\": \"x\"}}{}}}]}}",
        "{\"M\": {\"a\": ".repeat(100),
        "}}".repeat(100)
    );
    assert!(err(&deep_attr).contains("nesting"));
    let resp = http::Response::builder()
        .status(200)
        .body(Bytes::from_static(b"{\"Class\": \"\xff\"}"))
        .unwrap();
    let e = parse_response_typed::<QueryOutput>(&meta, &Shapes::EMPTY, &op, resp).unwrap_err();
    assert!(e.to_string().contains("UTF-8"), "{e}");
}

#[derive(Shape, Debug, Clone, PartialEq)]
enum Choice {
    Text(String),
    Count(i64),
    Class(Strict),
    Pair(Prefix),
    #[shape(other)]
    Unknown(String),
}

#[derive(Shape, Debug, Clone, PartialEq)]
enum Closed {
    Text(String),
    Class(Strict),
}

#[derive(Shape, Debug, Clone, PartialEq)]
enum Strict {
    #[shape(name = "STANDARD")]
    Standard,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct Choices {
    first: Option<Choice>,
    second: Option<Choice>,
    third: Option<Choice>,
    fourth: Option<Choice>,
    closed: Option<Closed>,
    list: Vec<Choice>,
}

#[test]
fn unions_read_the_same_both_ways() {
    let op = op::<Choices>("Choose", None);
    // Nulls are not set, an unknown name is skipped, an enum value the member's type does
    // not know is the union's `other`.
    let json = r#"{"First": {"Text": "a"}, "Second": {"Count": null, "Nope": 1,
        "Pair": {"Prefix": "p"}}, "Third": {"Class": "GLACIER"}, "Fourth": null,
        "Closed": {"Class": "STANDARD"}, "List": [{"Count": 3}, {"Text": "b"}]}"#;
    for protocol in [Protocol::AwsJson1_0, Protocol::RestJson1] {
        let out: Choices = both(protocol, &op, json);
        assert_eq!(out.first, Some(Choice::Text("a".into())));
        let pair = Prefix {
            prefix: Some("p".into()),
        };
        assert_eq!(out.second, Some(Choice::Pair(pair)));
        assert_eq!(out.third, Some(Choice::Unknown("Class".into())));
        assert_eq!(out.fourth, None);
        assert_eq!(out.closed, Some(Closed::Class(Strict::Standard)));
        assert_eq!(out.list, [Choice::Count(3), Choice::Text("b".into())]);
    }
    let xml = "<R><First><Count>7</Count></First><Second><Nope>1</Nope>\
        <Pair><Prefix>p</Prefix></Pair></Second><List><member><Text>b</Text></member></List></R>";
    let out: Choices = both(Protocol::RestXml, &op, xml);
    assert_eq!(out.first, Some(Choice::Count(7)));
    assert!(matches!(out.second, Some(Choice::Pair(_))));
    assert_eq!(out.list, [Choice::Text("b".into())]);

    let meta = meta(Protocol::AwsJson1_0);
    let err = |body: &str| {
        let e = parse_response_typed::<Choices>(&meta, &Shapes::EMPTY, &op, response(body))
            .expect_err(body);
        assert_eq!(e.kind(), ErrorKind::Decode, "{e}");
        // The value path refuses it too.
        let value = parse_response(&meta, &Shapes::EMPTY, &op, response(body));
        assert!(value.and_then(Choices::from_value).is_err(), "{body}");
        e.to_string()
    };
    let msg = err(r#"{"First": {}}"#);
    assert!(msg.contains("no member of the union is set"), "{msg}");
    let msg = err(r#"{"First": {"Text": "a", "Count": 2}}"#);
    assert!(msg.contains("more than one member"), "{msg}");
    let msg = err(r#"{"First": {"Count": null}}"#);
    assert!(msg.contains("no member of the union is set"), "{msg}");
    let msg = err(r#"{"Closed": {"Class": "GLACIER"}}"#);
    assert!(msg.contains("unknown union member \"Class\""), "{msg}");
    let msg = err(r#"{"First": {"Count": "x"}}"#);
    assert!(msg.contains("Count"), "{msg}");
    err(r#"{"First": ["Text"]}"#);
}
