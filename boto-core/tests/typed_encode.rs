//! Typed inputs written straight into the request (`protocol::build_request_typed`, the
//! path of `ClientHandle::call`) against the value path (`Shape::into_value` +
//! `build_request`), on derived shapes for the six protocols: the same method, URI,
//! headers and body bytes; and what some of those bytes are.

use boto_core::model::{HttpBinding, Operation, Protocol, SchemaRef, ServiceMeta, Shapes};
use boto_core::protocol::{build_request, build_request_typed, Endpoint};
use boto_core::{Blob, ByteStream, DateTime, ErrorKind, Shape};
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct PutInput {
    #[shape(label)]
    bucket: String,
    #[shape(label)]
    key: String,
    #[shape(query = "versionId")]
    version_id: Option<String>,
    #[shape(query = "ids")]
    ids: Option<Vec<i32>>,
    #[shape(header = "x-amz-when")]
    when: Option<DateTime>,
    #[shape(header = "x-amz-list")]
    listed: Option<Vec<String>>,
    #[shape(prefix_headers = "x-amz-meta-")]
    metadata: Option<HashMap<String, String>>,
    #[shape(idempotency_token, header = "x-token")]
    token: Option<String>,
    name: Option<String>,
    count: i32,
    ratio: Option<f64>,
    at: Option<DateTime>,
    #[shape(timestamp = "epoch")]
    epoch_at: Option<DateTime>,
    data: Option<Blob>,
    #[shape(flattened)]
    items: Vec<Item>,
    #[shape(member = "Tag")]
    tags: Option<Vec<Tag>>,
    attrs: Option<BTreeMap<String, i64>>,
    class: Option<StorageClass>,
    nested: Option<Item>,
    empty: Option<Vec<String>>,
    absent: Option<Item>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct Item {
    name: Option<String>,
    #[shape(xml_attribute, name = "xsi:type")]
    kind: Option<String>,
    size: Option<i64>,
    nums: Option<Vec<f64>>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct Tag {
    key: String,
    value: String,
}

#[derive(Shape, Debug, Clone, PartialEq)]
enum StorageClass {
    #[shape(name = "STANDARD")]
    Standard,
    #[shape(other)]
    Other(String),
}

fn input() -> PutInput {
    let t = DateTime::from_secs(1_422_172_800);
    PutInput::new()
        .bucket("bkt")
        .key("a/b c&d")
        .version_id("v1")
        .ids(vec![1, 2])
        .when(t)
        .listed(vec!["x".to_string(), "y,z".to_string()])
        .metadata(HashMap::from([("color".to_string(), "blue".to_string())]))
        .name("n\"é<&>\u{7f}")
        .count(-3)
        .ratio(0.25)
        .at(DateTime::from_secs_f64(1_422_172_800.5))
        .epoch_at(t)
        .data(Blob::new(bytes::Bytes::from_static(b"hello")))
        .items(vec![
            Item::new().name("i1").kind("T").size(1_i64),
            Item::new().nums(vec![1.5, f64::NAN, f64::INFINITY]),
        ])
        .tags(vec![Tag {
            key: "k".into(),
            value: "v".into(),
        }])
        .attrs(BTreeMap::from([("a".to_string(), 1), ("b".to_string(), 2)]))
        .class(StorageClass::Standard)
        .nested(Item::new().name("deep").kind("K"))
        .empty(Vec::new())
}

fn meta(protocol: Protocol) -> ServiceMeta {
    ServiceMeta {
        protocol,
        api_version: Cow::Borrowed("2006-03-01"),
        target_prefix: Some(Cow::Borrowed("Svc_20060301")),
        json_version: Some(Cow::Borrowed("1.0")),
        signing_name: Cow::Borrowed("svc"),
        endpoint_prefix: Cow::Borrowed("svc"),
        service_id: Cow::Borrowed("Svc"),
        xml_namespace: None,
        global_endpoint: None,
    }
}

fn op<I: Shape>(uri: &'static str) -> Operation {
    Operation {
        name: Cow::Borrowed("Put"),
        http: HttpBinding {
            method: Cow::Borrowed("PUT"),
            request_uri: Cow::Borrowed(uri),
            response_code: 200,
        },
        input: Some(SchemaRef::Static(I::schema)),
        output: None,
        result_wrapper: None,
        errors: Vec::new(),
        host_prefix: None,
        unsigned: false,
        checksum_required: false,
    }
}

const PROTOCOLS: [Protocol; 6] = [
    Protocol::RestJson1,
    Protocol::RestXml,
    Protocol::AwsJson1_0,
    Protocol::AwsJson1_1,
    Protocol::AwsQuery,
    Protocol::Ec2Query,
];

/// Builds `input` both ways; they must agree (but for the idempotency token, fresh each
/// time). Returns the typed path's request.
fn both<I: Shape + Clone>(
    protocol: Protocol,
    op: &Operation,
    input: &I,
) -> http::Request<ByteStream> {
    let meta = meta(protocol);
    let endpoint = Endpoint::parse("https://svc.example.com").unwrap();
    let shapes = &Shapes::EMPTY;
    let typed = build_request_typed(&meta, shapes, op, input.clone(), &endpoint).unwrap();
    let value = build_request(&meta, shapes, op, input.clone().into_value(), &endpoint).unwrap();
    assert_eq!(typed.method(), value.method(), "{protocol:?}");
    assert_eq!(typed.uri(), value.uri(), "{protocol:?}");
    let headers = |r: &http::Request<ByteStream>| {
        let mut h: Vec<_> = r
            .headers()
            .iter()
            .filter(|(k, _)| *k != "x-token")
            .map(|(k, v)| (k.to_string(), v.to_str().unwrap().to_string()))
            .collect();
        h.sort();
        h
    };
    assert_eq!(headers(&typed), headers(&value), "{protocol:?}");
    let (t, v) = (body(&typed), body(&value));
    if matches!(protocol, Protocol::RestJson1 | Protocol::RestXml) {
        assert_eq!(t, v, "{protocol:?}");
    } else {
        // The token is in the body: the same but for its 36 characters.
        assert_eq!(t.len(), v.len(), "{protocol:?}: {t} / {v}");
    }
    typed
}

fn body(r: &http::Request<ByteStream>) -> String {
    String::from_utf8(r.body().bytes().expect("an in-memory body").to_vec()).unwrap()
}

#[test]
fn every_protocol_writes_the_same_both_ways() {
    let op = op::<PutInput>("/{Bucket}/{Key+}");
    for protocol in PROTOCOLS {
        let req = both(protocol, &op, &input());
        let b = body(&req);
        match protocol {
            Protocol::RestJson1 => {
                assert_eq!(
                    req.uri().path_and_query().unwrap().as_str(),
                    "/bkt/a/b%20c%26d?versionId=v1&ids=1&ids=2"
                );
                assert_eq!(req.headers()["x-amz-when"], "Sun, 25 Jan 2015 08:00:00 GMT");
                assert_eq!(req.headers()["x-amz-list"], "x,\"y,z\"");
                assert_eq!(req.headers()["x-amz-meta-color"], "blue");
                assert_eq!(req.headers()["x-token"].len(), 36);
                assert!(b.starts_with(r#"{"Name":"n\"é<&>"#), "{b}");
                assert!(b.contains(r#""Count":-3,"Ratio":0.25,"At":1422172800.5,"EpochAt":1422172800,"Data":"aGVsbG8=""#), "{b}");
                assert!(b.contains(r#""Nums":[1.5,"NaN","Infinity"]"#), "{b}");
                assert!(
                    b.contains(r#""Attrs":{"a":1,"b":2},"Class":"STANDARD""#),
                    "{b}"
                );
                assert!(b.ends_with(r#""Empty":[]}"#), "{b}");
            }
            Protocol::RestXml => {
                assert!(
                    b.starts_with(
                        "<PutInput><Name>n&quot;é&lt;&amp;&gt;\u{7f}</Name><Count>-3</Count>"
                    ),
                    "{b}"
                );
                assert!(
                    b.contains("<At>2015-01-25T08:00:00.500000Z</At><EpochAt>1422172800</EpochAt>"),
                    "{b}"
                );
                assert!(b.contains(r#"<Items xsi:type="T"><Name>i1</Name><Size>1</Size></Items><Items><Nums><member>1.5</member><member>NaN</member><member>Infinity</member></Nums></Items>"#), "{b}");
                assert!(
                    b.contains("<Tags><Tag><Key>k</Key><Value>v</Value></Tag></Tags>"),
                    "{b}"
                );
                assert!(b.contains("<Attrs><entry><key>a</key><value>1</value></entry><entry><key>b</key><value>2</value></entry></Attrs>"), "{b}");
                assert!(b.contains(r#"<Nested xsi:type="K"><Name>deep</Name></Nested><Empty></Empty></PutInput>"#), "{b}");
            }
            Protocol::AwsJson1_0 | Protocol::AwsJson1_1 => {
                assert_eq!(req.headers()["x-amz-target"], "Svc_20060301.Put");
                assert!(b.starts_with(r#"{"Bucket":"bkt","Key":"a/b c&d","versionId":"v1","ids":[1,2],"x-amz-when":1422172800,"#), "{b}");
                assert!(b.contains(r#""x-token":""#), "{b}");
            }
            Protocol::AwsQuery => {
                assert!(b.starts_with("Action=Put&Version=2006-03-01&Bucket=bkt&Key=a%2Fb+c%26d&versionId=v1&ids.member.1=1&ids.member.2=2&x-amz-when=2015-01-25T08%3A00%3A00Z&x-amz-list.member.1=x"), "{b}");
                assert!(b.contains("&Items.1.Name=i1&Items.1.xsi%3Atype=T&Items.1.Size=1&Items.2.Nums.member.1=1.5&Items.2.Nums.member.2=NaN"), "{b}");
                assert!(b.contains("&Tags.Tag.1.Key=k&Tags.Tag.1.Value=v&Attrs.entry.1.key=a&Attrs.entry.1.value=1&Attrs.entry.2.key=b"), "{b}");
                assert!(b.contains("&Empty=&x-token="), "{b}");
            }
            Protocol::Ec2Query => {
                assert!(b.contains("&VersionId=v1&Ids.1=1&Ids.2=2&"), "{b}");
                assert!(b.contains("&Items.2.Nums.3=Infinity&Tags.1.Key=k"), "{b}");
                assert!(!b.contains("Empty"), "{b}");
            }
        }
    }
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
struct TaggingInput {
    #[shape(label)]
    bucket: String,
    #[shape(payload, name = "Tagging")]
    tagging: Option<Tagging>,
    #[shape(header = "Content-MD5")]
    md5: Option<String>,
}

#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
struct Tagging {
    #[shape(member = "Tag")]
    tag_set: Vec<Tag>,
}

#[test]
fn structure_payloads_have_their_own_root() {
    let op = op::<TaggingInput>("/{Bucket}?tagging");
    let tags = (0..3)
        .map(|i| Tag {
            key: format!("k{i}"),
            value: format!("v{i}"),
        })
        .collect();
    let input = TaggingInput::new()
        .bucket("b")
        .tagging(Tagging { tag_set: tags });
    let req = both(Protocol::RestXml, &op, &input);
    assert_eq!(
        body(&req),
        "<Tagging xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><TagSet>\
         <Tag><Key>k0</Key><Value>v0</Value></Tag><Tag><Key>k1</Key><Value>v1</Value></Tag>\
         <Tag><Key>k2</Key><Value>v2</Value></Tag></TagSet></Tagging>"
    );
    let req = both(Protocol::RestJson1, &op, &input);
    assert!(body(&req).starts_with(r#"{"TagSet":[{"Key":"k0""#));
    // Absent: no body in XML, `{}` in JSON.
    let empty = TaggingInput::new().bucket("b");
    assert_eq!(body(&both(Protocol::RestXml, &op, &empty)), "");
    assert_eq!(body(&both(Protocol::RestJson1, &op, &empty)), "{}");
}

#[derive(Shape, Debug, Default)]
struct UploadInput {
    #[shape(label)]
    bucket: String,
    #[shape(payload)]
    body: Option<ByteStream>,
}

#[tokio::test]
async fn streaming_payloads_stay_streams() {
    let op = op::<UploadInput>("/{Bucket}");
    let meta = meta(Protocol::RestXml);
    let endpoint = Endpoint::parse("https://svc.example.com").unwrap();
    let chunks = futures::stream::iter(vec![
        Ok(bytes::Bytes::from("ab")),
        Ok(bytes::Bytes::from("cd")),
    ]);
    let input = UploadInput::new()
        .bucket("b")
        .body(ByteStream::from_stream(chunks));
    let req = build_request_typed(&meta, &Shapes::EMPTY, &op, input, &endpoint).unwrap();
    assert!(req.body().bytes().is_none(), "the stream is not buffered");
    assert_eq!(req.uri().path(), "/b");
    let got = req.into_body().collect().await.unwrap();
    assert_eq!(got.as_ref(), b"abcd");
}

#[test]
fn bad_input_is_an_error_not_a_panic() {
    let op = op::<PutInput>("/{Bucket}/{Key+}");
    let meta = meta(Protocol::RestXml);
    let endpoint = Endpoint::parse("https://svc.example.com").unwrap();
    // An empty label, a control character in XML text, an invalid header value.
    for input in [
        input().bucket(""),
        input().name("a\u{1}b"),
        input().listed(vec!["a\nb".to_string()]),
    ] {
        let err = build_request_typed(&meta, &Shapes::EMPTY, &op, input, &endpoint).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidInput, "{err}");
    }
}
