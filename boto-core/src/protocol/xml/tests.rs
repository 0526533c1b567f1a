use crate::datetime::{DateTime, TimestampFormat};
use crate::error::ErrorKind;
use crate::model::{
    HttpBinding, Kind, Location, Operation, Protocol, SchemaRef, ServiceMeta, XmlNamespace,
};
use crate::protocol::shape_arena::{m, s, st, Arena, MemberExt};
use crate::protocol::{build_request, parse_response, Endpoint};
use crate::value::Value;
use bytes::Bytes;

fn meta() -> ServiceMeta {
    ServiceMeta {
        protocol: Protocol::RestXml,
        api_version: "2006-03-01".into(),
        target_prefix: None,
        json_version: None,
        signing_name: "s3".into(),
        endpoint_prefix: "s3".into(),
        service_id: "S3".into(),
        xml_namespace: None,
        global_endpoint: None,
    }
}

fn op(
    name: &str,
    method: &str,
    uri: &str,
    input: Option<usize>,
    output: Option<usize>,
) -> Operation {
    Operation {
        name: name.to_owned().into(),
        http: HttpBinding {
            method: method.to_owned().into(),
            request_uri: uri.to_owned().into(),
            response_code: 200,
        },
        input: input.map(SchemaRef::Arena),
        output: output.map(SchemaRef::Arena),
        result_wrapper: None,
        errors: Vec::new(),
        host_prefix: None,
        unsigned: false,
        checksum_required: false,
    }
}

fn endpoint() -> Endpoint {
    Endpoint::parse("http://127.0.0.1:5000").unwrap()
}

fn body_of(req: &http::Request<crate::http::ByteStream>) -> String {
    String::from_utf8(req.body().bytes().cloned().unwrap_or_default().to_vec()).unwrap()
}

#[test]
fn writes_a_full_body() {
    let mut a = Arena::default();
    let string = a.string();
    let boolean = a.add("Boolean", Kind::Boolean);
    let ts = a.add("Timestamp", Kind::Timestamp);
    let epoch = a.add("Epoch", Kind::Timestamp);
    a.traits(epoch).timestamp_format = Some(TimestampFormat::EpochSeconds);
    let blob = a.add("Blob", Kind::Blob);
    let list = a.list("L", m("member", string));
    let items = a.list(
        "Items",
        m("member", string).loc("item").ns("http://bux", None),
    );
    let map = a.map("M", m("key", string), m("value", string));
    let kv = a.map("KV", m("key", string).loc("K"), m("value", string).loc("V"));
    let nested = a.structure(
        "Nested",
        vec![m("foo", string).ns("http://baz", Some("baz"))],
    );
    a.traits(nested).xml_namespace = Some(XmlNamespace {
        uri: "http://foo".into(),
        prefix: None,
    });
    let input = a.structure(
        "PutThingRequest",
        vec![
            m("Bucket", string).with(|t| t.location = Location::Uri),
            m("Str", string),
            m("Attr", string).attr().loc("xsi:type"),
            m("Bool", boolean),
            m("Ts", ts),
            m("Epoch", epoch),
            m("Blob", blob),
            m("List", list),
            m("Items", items).loc("renamed"),
            m("Flat", list).flat(),
            m("Map", map),
            m("FlatMap", kv).flat().loc("KVP"),
            m("Nested", nested),
            m("Empty", list),
        ],
    );
    a.traits(input).location_name = Some("PutThing".into());
    a.traits(input).xml_namespace = Some(XmlNamespace {
        uri: "http://s3".into(),
        prefix: Some("s3".into()),
    });
    let o = op("PutThing", "PUT", "/{Bucket}", Some(input), None);
    let value = st(vec![
        ("Bucket", s("b")),
        ("Str", s("<a & b>")),
        ("Attr", s("\"Canonical\"")),
        ("Bool", Value::Bool(false)),
        ("Ts", Value::Timestamp(DateTime::from_secs(1398796238))),
        ("Epoch", Value::Integer(1398796238)),
        ("Blob", Value::Blob(Bytes::from_static(b"value"))),
        ("List", Value::List(vec![s("x"), s("y")])),
        ("Items", Value::List(vec![s("i")])),
        ("Flat", Value::List(vec![s("f1"), s("f2")])),
        ("Map", Value::Map(vec![("k".into(), s("v"))])),
        (
            "FlatMap",
            Value::Map(vec![("a".into(), s("A")), ("b".into(), s("B"))]),
        ),
        ("Nested", st(vec![("foo", s("Foo"))])),
        ("Empty", Value::List(vec![])),
    ]);
    let req = build_request(&meta(), &a.shapes, &o, value, &endpoint()).unwrap();
    assert_eq!(req.method(), http::Method::PUT);
    assert_eq!(req.uri().path(), "/b");
    assert_eq!(req.headers()["content-type"], "application/xml");
    assert_eq!(
        body_of(&req),
        "<PutThing xmlns:s3=\"http://s3\" xsi:type=\"&quot;Canonical&quot;\">\
         <Str>&lt;a &amp; b&gt;</Str><Bool>false</Bool><Ts>2014-04-29T18:30:38Z</Ts>\
         <Epoch>1398796238</Epoch><Blob>dmFsdWU=</Blob>\
         <List><member>x</member><member>y</member></List>\
         <renamed><item xmlns=\"http://bux\">i</item></renamed><Flat>f1</Flat><Flat>f2</Flat>\
         <Map><entry><key>k</key><value>v</value></entry></Map>\
         <KVP><K>a</K><V>A</V></KVP><KVP><K>b</K><V>B</V></KVP>\
         <Nested xmlns=\"http://foo\"><foo xmlns:baz=\"http://baz\">Foo</foo></Nested>\
         <Empty></Empty></PutThing>"
    );
}

#[test]
fn writes_payloads_and_nothing_when_absent() {
    let mut a = Arena::default();
    let string = a.string();
    let conf = a.structure("BucketLifecycleConfiguration", vec![m("Rule", string)]);
    let input = a.structure(
        "PutLifecycle",
        vec![
            m("Bucket", string).with(|t| t.location = Location::Uri),
            m("LifecycleConfiguration", conf)
                .loc("LifecycleConfiguration")
                .ns("http://s3.amazonaws.com/doc/2006-03-01/", None),
        ],
    );
    a.traits(input).payload = Some("LifecycleConfiguration".into());
    let o = op(
        "PutLifecycle",
        "PUT",
        "/{Bucket}?lifecycle",
        Some(input),
        None,
    );
    let value = st(vec![
        ("Bucket", s("b")),
        ("LifecycleConfiguration", st(vec![("Rule", s("r"))])),
    ]);
    let req = build_request(&meta(), &a.shapes, &o, value, &endpoint()).unwrap();
    assert_eq!(req.uri().to_string(), "http://127.0.0.1:5000/b?lifecycle");
    assert_eq!(
        body_of(&req),
        "<LifecycleConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\
         <Rule>r</Rule></LifecycleConfiguration>"
    );
    let req = build_request(
        &meta(),
        &a.shapes,
        &o,
        st(vec![("Bucket", s("b"))]),
        &endpoint(),
    )
    .unwrap();
    assert_eq!(body_of(&req), "");
    assert!(req.headers().get("content-type").is_none());
}

#[test]
fn bad_input_is_refused() {
    let mut a = Arena::default();
    let string = a.string();
    let list = a.list("L", m("member", string));
    let input = a.structure("In", vec![m("Str", string), m("List", list)]);
    let o = op("Put", "PUT", "/", Some(input), None);
    for (value, needle) in [
        (st(vec![("List", s("x"))]), "must be a list"),
        (st(vec![("Str", s("a\u{0}b"))]), "U+0000"),
        (st(vec![("Str", Value::List(vec![]))]), "cannot be sent"),
    ] {
        let err = build_request(&meta(), &a.shapes, &o, value, &endpoint()).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidInput, "{err}");
        assert!(err.to_string().contains(needle), "{err}");
    }
}

fn response(status: u16, headers: &[(&str, &str)], body: &str) -> http::Response<Bytes> {
    let mut b = http::Response::builder().status(status);
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    b.body(Bytes::from(body.to_owned())).unwrap()
}

fn list_objects() -> (Arena, Operation) {
    let mut a = Arena::default();
    let string = a.string();
    let int = a.add("Integer", Kind::Integer);
    let boolean = a.add("Boolean", Kind::Boolean);
    let ts = a.add("Timestamp", Kind::Timestamp);
    let owner = a.structure(
        "Owner",
        vec![m("ID", string), m("Type", string).attr().loc("xsi:type")],
    );
    let object = a.structure(
        "Object",
        vec![
            m("Key", string),
            m("Size", int),
            m("LastModified", ts),
            m("Owner", owner),
        ],
    );
    let objects = a.list("ObjectList", m("member", object));
    a.traits(objects).flattened = true;
    let tags = a.map("Tags", m("key", string), m("value", string));
    let out = a.structure(
        "ListObjectsV2Output",
        vec![
            m("IsTruncated", boolean),
            m("Contents", objects),
            m("Tags", tags),
            m("RequestCharged", string)
                .with(|t| t.location = Location::Header)
                .loc("x-amz-request-charged"),
        ],
    );
    let o = op(
        "ListObjectsV2",
        "GET",
        "/{Bucket}?list-type=2",
        None,
        Some(out),
    );
    (a, o)
}

#[test]
fn parses_outputs_with_headers_flattened_lists_attributes_and_maps() {
    let (a, o) = list_objects();
    let body = r#"<?xml version="1.0" encoding="UTF-8"?>
<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/" xmlns:xsi="x">
  <IsTruncated>false</IsTruncated>
  <Contents><Key>a&amp;b.txt</Key><Size>10</Size><LastModified>2013-01-10T21:45:09.000Z</LastModified>
    <Owner xsi:type="CanonicalUser"><ID>id1</ID></Owner></Contents>
  <Contents><Key>c</Key><Size>0</Size></Contents>
  <Tags><entry><key>k</key><value>v</value></entry></Tags>
</ListBucketResult>"#;
    let v = parse_response(
        &meta(),
        &a.shapes,
        &o,
        response(200, &[("x-amz-request-charged", "requester")], body),
    )
    .unwrap();
    assert!(matches!(v.get("IsTruncated"), Some(Value::Bool(false))));
    assert_eq!(
        v.get("RequestCharged").and_then(Value::as_str),
        Some("requester")
    );
    let Some(Value::List(items)) = v.get("Contents") else {
        panic!("{v:?}")
    };
    assert_eq!(items.len(), 2);
    assert_eq!(items[0].get("Key").and_then(Value::as_str), Some("a&b.txt"));
    assert!(
        matches!(items[0].get("LastModified"), Some(Value::Timestamp(t)) if t.secs() == 1357854309)
    );
    let owner = items[0].get("Owner").unwrap();
    assert_eq!(
        owner.get("Type").and_then(Value::as_str),
        Some("CanonicalUser")
    );
    assert!(matches!(v.get("Tags"), Some(Value::Map(m)) if m.len() == 1));
    // An empty body is an empty output.
    let v = parse_response(&meta(), &a.shapes, &o, response(200, &[], "")).unwrap();
    assert!(matches!(v, Value::Structure(f) if f.is_empty()));
}

#[test]
fn malformed_outputs_are_decode_errors() {
    let (a, o) = list_objects();
    for body in [
        "<ListBucketResult><IsTruncated>false</IsTruncated>",
        "<ListBucketResult><IsTruncated>maybe</IsTruncated></ListBucketResult>",
        "<ListBucketResult><Contents><Size>1e400x</Size></Contents></ListBucketResult>",
        "\u{0}garbage",
    ] {
        let err = parse_response(&meta(), &a.shapes, &o, response(200, &[], body)).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode, "{body}: {err}");
    }
    let resp = http::Response::builder()
        .status(200)
        .body(Bytes::from_static(
            b"<ListBucketResult>\xff</ListBucketResult>",
        ))
        .unwrap();
    let err = parse_response(&meta(), &a.shapes, &o, resp).unwrap_err();
    assert!(err.to_string().contains("UTF-8"), "{err}");
}

#[test]
fn s3_and_rest_xml_errors() {
    let (a, o) = list_objects();
    let parse = |status, headers: &[(&str, &str)], body: &str| {
        parse_response(&meta(), &a.shapes, &o, response(status, headers, body)).unwrap_err()
    };
    let e = parse(
        404,
        &[("x-amz-request-id", "hdr-req"), ("x-amz-id-2", "host")],
        "<?xml version=\"1.0\"?><Error><Code>NoSuchBucket</Code><Message>gone</Message>\
         <BucketName>b</BucketName></Error>",
    );
    assert!(e.is_code("NoSuchBucket"));
    assert_eq!(
        (e.message(), e.request_id(), e.status()),
        (Some("gone"), Some("hdr-req"), Some(404))
    );
    let e = parse(
        400,
        &[],
        "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidInput</Code><Message>bad</Message>\
         </Error><RequestId>body-req</RequestId></ErrorResponse>",
    );
    assert_eq!(
        (e.code(), e.request_id()),
        (Some("InvalidInput"), Some("body-req"))
    );
    // HEAD-style errors have no body.
    let e = parse(404, &[("x-amz-request-id", "r")], "");
    assert_eq!(
        (e.code(), e.message(), e.request_id()),
        (Some("404"), Some("Not Found"), Some("r"))
    );
    let e = parse(500, &[], "<html>oops</html>");
    assert_eq!(e.code(), Some("500"));
}

#[test]
fn error_documents_inside_200_answers() {
    let mut a = Arena::default();
    let string = a.string();
    let out = a.structure("CopyObjectOutput", vec![m("ETag", string)]);
    let o = op("CopyObject", "PUT", "/", None, Some(out));
    let body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- x -->\n<Error>\
        <Code>InternalError</Code><Message>We encountered an internal error.</Message>\
        <RequestId>r1</RequestId></Error>";
    let e = parse_response(&meta(), &a.shapes, &o, response(200, &[], body)).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Service);
    assert_eq!(
        (e.code(), e.status(), e.request_id()),
        (Some("InternalError"), Some(200), Some("r1"))
    );
    let ok = "<CopyObjectResult><ETag>\"e\"</ETag></CopyObjectResult>";
    let v = parse_response(&meta(), &a.shapes, &o, response(200, &[], ok)).unwrap();
    assert_eq!(v.get("ETag").and_then(Value::as_str), Some("\"e\""));
    // A structure named Error without a Code is data, not an error.
    let v = parse_response(
        &meta(),
        &a.shapes,
        &o,
        response(200, &[], "<Error><ETag>x</ETag></Error>"),
    )
    .unwrap();
    assert_eq!(v.get("ETag").and_then(Value::as_str), Some("x"));
}

#[test]
fn a_root_that_is_the_only_member_is_unwrapped() {
    let mut a = Arena::default();
    let string = a.string();
    let out = a.structure(
        "GetBucketLocationOutput",
        vec![m("LocationConstraint", string)],
    );
    let o = op(
        "GetBucketLocation",
        "GET",
        "/{Bucket}?location",
        None,
        Some(out),
    );
    let body = "<?xml version=\"1.0\"?>\n<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">eu-west-1</LocationConstraint>";
    let v = parse_response(&meta(), &a.shapes, &o, response(200, &[], body)).unwrap();
    assert_eq!(
        v.get("LocationConstraint").and_then(Value::as_str),
        Some("eu-west-1")
    );
    let empty = "<LocationConstraint xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"/>";
    let v = parse_response(&meta(), &a.shapes, &o, response(200, &[], empty)).unwrap();
    assert!(v.get("LocationConstraint").is_none());
}

#[test]
fn truncated_and_mangled_bodies_never_panic() {
    let (a, o) = list_objects();
    let body = r#"<?xml version="1.0"?><ListBucketResult xmlns:xsi="x"><IsTruncated>true</IsTruncated>
<Contents><Key>k&amp;&#233;日本<![CDATA[<c>]]></Key><Size>10</Size><LastModified>2013-01-10T21:45:09Z</LastModified>
<Owner xsi:type="CanonicalUser"><ID>id</ID></Owner></Contents><Tags><entry><key>k</key><value>v</value></entry></Tags>
</ListBucketResult>"#
        .as_bytes();
    // Both readers: the element tree (values) and the streaming one (typed calls).
    let check = |bytes: Vec<u8>, status: u16| {
        let bytes = Bytes::from(bytes);
        let resp = || {
            http::Response::builder()
                .status(status)
                .body(bytes.clone())
                .unwrap()
        };
        for out in [
            parse_response(&meta(), &a.shapes, &o, resp()),
            crate::protocol::parse_response_streamed(&meta(), &a.shapes, &o, resp()),
        ] {
            match out {
                Ok(_) => {}
                Err(e) => assert!(
                    matches!(e.kind(), ErrorKind::Decode | ErrorKind::Service),
                    "{e}"
                ),
            }
        }
    };
    for cut in 0..body.len() {
        check(body[..cut].to_vec(), 200);
        check(body[..cut].to_vec(), 400);
    }
    let mut rng = fastrand::Rng::with_seed(7);
    for _ in 0..2000 {
        let mut b = body.to_vec();
        for _ in 0..rng.usize(1..4) {
            let i = rng.usize(..b.len());
            b[i] = *rng.choice(b"<>&;/=\"'!?[]x\xff\x00 \xc3\xa9").unwrap();
        }
        check(b, 200);
    }
}
