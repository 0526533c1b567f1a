use super::*;
use crate::error::ErrorKind;
use crate::model::{HttpBinding, ServiceMeta};
use crate::protocol::shape_arena::{m, s, st, Arena, MemberExt};
use crate::protocol::{build_request, parse_response, Endpoint};

fn meta(protocol: Protocol) -> ServiceMeta {
    ServiceMeta {
        protocol,
        api_version: "2020-01-08".into(),
        target_prefix: None,
        json_version: None,
        signing_name: "svc".into(),
        endpoint_prefix: "svc".into(),
        service_id: "Svc".into(),
        xml_namespace: None,
        global_endpoint: None,
    }
}

fn op(name: &str, input: Option<usize>, output: Option<usize>) -> Operation {
    Operation {
        name: name.to_owned().into(),
        http: HttpBinding {
            method: "POST".into(),
            request_uri: "/".into(),
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

struct Fixture {
    a: Arena,
    input: usize,
}

fn fixture() -> Fixture {
    let mut a = Arena::default();
    let string = a.string();
    let boolean = a.add("Boolean", Kind::Boolean);
    let int = a.add("Integer", Kind::Integer);
    let float = a.add("Double", Kind::Float);
    let ts = a.add("Timestamp", Kind::Timestamp);
    let epoch = a.add("Epoch", Kind::Timestamp);
    a.traits(epoch).timestamp_format = Some(TimestampFormat::EpochSeconds);
    let blob = a.add("Blob", Kind::Blob);
    let list = a.list("StringList", m("member", string));
    let named = a.list("ItemList", m("member", string).loc("item"));
    let greeting = a.structure("Greeting", vec![m("hi", string)]);
    let greetings = a.list("GreetingList", m("member", greeting));
    let map = a.map("StringMap", m("key", string), m("value", string));
    let kv = a.map("KV", m("key", string).loc("K"), m("value", string).loc("V"));
    let nested = a.structure("Nested", vec![m("ListArg", list), m("MapArg", map)]);
    let input = a.structure(
        "Input",
        vec![
            m("Foo", string),
            m("Baz", boolean),
            m("Bam", int),
            m("Boo", float),
            m("normalFormat", ts),
            m("epochTarget", epoch),
            m("Qux", blob),
            m("ListArg", list),
            m("ComplexListArg", greetings),
            m("FlattenedListArg", list).flat(),
            m("ListArgWithXmlNameMember", named),
            m("FlattenedListArgWithXmlName", named).flat().loc("Hi"),
            m("FlattenedNamedElement", named).flat(),
            m("MapArg", map),
            m("RenamedMapArg", map).loc("Foo2"),
            m("MapWithXmlMemberName", kv),
            m("FlattenedMap", map).flat(),
            m("Nested", nested),
            m("HasQueryName", string).with(|t| t.query_name = Some("Q".into())),
            m("usesXmlName", string).loc("usesXmlName"),
            m("token", string).with(|t| t.idempotency_token = true),
        ],
    );
    Fixture { a, input }
}

fn body(protocol: Protocol, input: Value) -> String {
    let f = fixture();
    let o = op("Op", Some(f.input), None);
    let mt = meta(protocol);
    let ctx = Ctx {
        meta: &mt,
        shapes: &f.a.shapes,
        op: &o,
    };
    let bytes = serialize_body(&ctx, input).unwrap();
    String::from_utf8(bytes).unwrap()
}

fn list(items: &[&str]) -> Value {
    Value::List(items.iter().map(|i| s(i)).collect())
}

fn map(items: &[(&str, &str)]) -> Value {
    Value::Map(items.iter().map(|(k, v)| (k.to_string(), s(v))).collect())
}

#[test]
fn query_scalars_and_escaping() {
    let input = st(vec![
        ("Foo", s("a b&c=d/é")),
        ("Baz", Value::Bool(false)),
        ("Bam", Value::Integer(10)),
        ("Boo", Value::Float(10.8)),
        (
            "normalFormat",
            Value::Timestamp(DateTime::from_secs(1422172800)),
        ),
        ("epochTarget", Value::Integer(1422172800)),
        ("Qux", Value::Blob(Bytes::from_static(b"value"))),
        ("usesXmlName", Value::Null),
    ]);
    assert_eq!(
        body(Protocol::AwsQuery, input),
        "Action=Op&Version=2020-01-08&Foo=a+b%26c%3Dd%2F%C3%A9&Baz=false&Bam=10&Boo=10.8\
         &normalFormat=2015-01-25T08%3A00%3A00Z&epochTarget=1422172800&Qux=dmFsdWU%3D"
    );
    let nan = st(vec![("Boo", Value::Float(f64::NEG_INFINITY))]);
    assert_eq!(
        body(Protocol::AwsQuery, nan),
        "Action=Op&Version=2020-01-08&Boo=-Infinity"
    );
}

#[test]
fn query_lists() {
    let input = st(vec![
        ("ListArg", list(&["foo", "bar"])),
        (
            "ComplexListArg",
            Value::List(vec![st(vec![("hi", s("hello"))])]),
        ),
        ("FlattenedListArg", list(&["A"])),
        ("ListArgWithXmlNameMember", list(&["B"])),
        ("FlattenedListArgWithXmlName", list(&["C"])),
        ("FlattenedNamedElement", list(&["D"])),
        ("Nested", st(vec![("ListArg", list(&["E"]))])),
    ]);
    assert_eq!(
        body(Protocol::AwsQuery, input),
        "Action=Op&Version=2020-01-08&ListArg.member.1=foo&ListArg.member.2=bar\
         &ComplexListArg.member.1.hi=hello&FlattenedListArg.1=A&ListArgWithXmlNameMember.item.1=B\
         &Hi.1=C&item.1=D&Nested.ListArg.member.1=E"
    );
    let empty = st(vec![("ListArg", list(&[]))]);
    assert_eq!(
        body(Protocol::AwsQuery, empty),
        "Action=Op&Version=2020-01-08&ListArg="
    );
}

#[test]
fn query_maps() {
    let input = st(vec![
        ("MapArg", map(&[("bar", "Bar"), ("foo", "Foo")])),
        ("RenamedMapArg", map(&[("k", "v")])),
        ("MapWithXmlMemberName", map(&[("a", "A")])),
        ("FlattenedMap", map(&[("b", "B")])),
        ("Nested", st(vec![("MapArg", map(&[]))])),
    ]);
    assert_eq!(
        body(Protocol::AwsQuery, input),
        "Action=Op&Version=2020-01-08&MapArg.entry.1.key=bar&MapArg.entry.1.value=Bar\
         &MapArg.entry.2.key=foo&MapArg.entry.2.value=Foo&Foo2.entry.1.key=k&Foo2.entry.1.value=v\
         &MapWithXmlMemberName.entry.1.K=a&MapWithXmlMemberName.entry.1.V=A\
         &FlattenedMap.1.key=b&FlattenedMap.1.value=B"
    );
}

#[test]
fn ec2_names_and_lists() {
    let input = st(vec![
        ("ListArg", list(&["foo", "bar"])),
        (
            "ComplexListArg",
            Value::List(vec![st(vec![("hi", s("hello"))])]),
        ),
        ("ListArgWithXmlNameMember", list(&["B"])),
        ("FlattenedListArgWithXmlName", list(&["C"])),
        ("HasQueryName", s("q")),
        ("usesXmlName", s("u")),
        ("normalFormat", Value::Integer(1422172800)),
        ("Nested", st(vec![("ListArg", list(&[]))])),
    ]);
    assert_eq!(
        body(Protocol::Ec2Query, input),
        "Action=Op&Version=2020-01-08&ListArg.1=foo&ListArg.2=bar&ComplexListArg.1.Hi=hello\
         &ListArgWithXmlNameMember.1=B&Hi.1=C&Q=q&UsesXmlName=u\
         &NormalFormat=2015-01-25T08%3A00%3A00Z"
    );
}

#[test]
fn bad_input_is_an_error() {
    let f = fixture();
    let o = op("Op", Some(f.input), None);
    let mt = meta(Protocol::AwsQuery);
    for (input, needle) in [
        (st(vec![("Nope", s("x"))]), "no member \"Nope\""),
        (st(vec![("ListArg", s("x"))]), "expected a list"),
        (st(vec![("Bam", list(&[]))]), "cannot be sent"),
        (st(vec![("normalFormat", s("never"))]), "invalid timestamp"),
        (st(vec![("Nested", s("x"))]), "expected a structure"),
    ] {
        let ctx = Ctx {
            meta: &mt,
            shapes: &f.a.shapes,
            op: &o,
        };
        let err = serialize_body(&ctx, input).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidInput);
        assert!(err.to_string().contains(needle), "{err} / {needle}");
    }
}

#[test]
fn request_has_method_headers_path_and_token() {
    let f = fixture();
    let o = op("Op", Some(f.input), None);
    let uri = Endpoint::parse("http://127.0.0.1:5000/custom").unwrap();
    let req = build_request(&meta(Protocol::AwsQuery), &f.a.shapes, &o, st(vec![]), &uri).unwrap();
    assert_eq!(req.method(), http::Method::POST);
    assert_eq!(req.uri().to_string(), "http://127.0.0.1:5000/custom/");
    assert_eq!(req.headers()["content-type"], CONTENT_TYPE);
    let body = req.body().bytes().unwrap().clone();
    assert_eq!(
        req.headers()["content-length"],
        body.len().to_string().as_str()
    );
    let text = std::str::from_utf8(&body).unwrap();
    let token = text
        .strip_prefix("Action=Op&Version=2020-01-08&token=")
        .unwrap();
    assert_eq!(token.len(), 36);
    assert_eq!(&token[14..15], "4");
    // an explicit token is kept
    let given = st(vec![("token", s("00000000-0000-4000-8000-000000000123"))]);
    let req = build_request(&meta(Protocol::AwsQuery), &f.a.shapes, &o, given, &uri).unwrap();
    assert!(std::str::from_utf8(req.body().bytes().unwrap())
        .unwrap()
        .ends_with("token=00000000-0000-4000-8000-000000000123"));
}

fn response(status: u16, headers: &[(&str, &str)], body: &str) -> http::Response<Bytes> {
    let mut b = http::Response::builder().status(status);
    for (k, v) in headers {
        b = b.header(*k, *v);
    }
    b.body(Bytes::from(body.to_owned())).unwrap()
}

fn output_fixture() -> (Arena, usize) {
    let mut a = Arena::default();
    let string = a.string();
    let list = a.list("L", m("member", string).loc("item"));
    let out = a.structure(
        "Out",
        vec![m("greeting", string), m("items", list).loc("itemSet")],
    );
    (a, out)
}

#[test]
fn parses_query_results_with_and_without_wrapper() {
    let (a, out) = output_fixture();
    let mut o = op("Greet", None, Some(out));
    let body = "<GreetResponse xmlns=\"https://example.com/\"><GreetResult><greeting>Hi</greeting>\
        </GreetResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GreetResponse>";
    let v = parse_response(
        &meta(Protocol::AwsQuery),
        &a.shapes,
        &o,
        response(200, &[], body),
    )
    .unwrap();
    assert_eq!(v.get("greeting").and_then(Value::as_str), Some("Hi"));
    o.result_wrapper = Some("Custom".into());
    let body = "<GreetResponse><Custom><greeting>Yo</greeting></Custom></GreetResponse>";
    let v = parse_response(
        &meta(Protocol::AwsQuery),
        &a.shapes,
        &o,
        response(200, &[], body),
    )
    .unwrap();
    assert_eq!(v.get("greeting").and_then(Value::as_str), Some("Yo"));
    // empty body and no output
    let v = parse_response(
        &meta(Protocol::AwsQuery),
        &a.shapes,
        &o,
        response(200, &[], ""),
    )
    .unwrap();
    assert!(matches!(v, Value::Structure(ref f) if f.is_empty()));
}

#[test]
fn parses_ec2_results() {
    let (a, out) = output_fixture();
    let o = op("Greet", None, Some(out));
    let body = "<GreetResponse><requestId>r</requestId><greeting>Hi</greeting>\
        <itemSet><item>a</item><item>b</item></itemSet></GreetResponse>";
    let v = parse_response(
        &meta(Protocol::Ec2Query),
        &a.shapes,
        &o,
        response(200, &[], body),
    )
    .unwrap();
    assert_eq!(v.get("greeting").and_then(Value::as_str), Some("Hi"));
    assert!(matches!(v.get("items"), Some(Value::List(l)) if l.len() == 2));
}

#[test]
fn malformed_success_bodies_are_decode_errors() {
    let (a, out) = output_fixture();
    let o = op("Greet", None, Some(out));
    for body in ["<GreetResponse><GreetResult>", "<<<", "<a></b>"] {
        let err = parse_response(
            &meta(Protocol::AwsQuery),
            &a.shapes,
            &o,
            response(200, &[], body),
        )
        .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode, "{body}");
    }
}

#[test]
fn errors_in_every_form() {
    let (a, out) = output_fixture();
    let o = op("Greet", None, Some(out));
    let q = meta(Protocol::AwsQuery);
    let parse = |status, headers: &[(&str, &str)], body: &str| {
        parse_response(&q, &a.shapes, &o, response(status, headers, body)).unwrap_err()
    };
    let e = parse(
        400,
        &[],
        "<ErrorResponse><Error><Type>Sender</Type><Code>InvalidGreeting</Code>\
         <Message>Hi &amp; bye</Message></Error><RequestId>foo-id</RequestId></ErrorResponse>",
    );
    assert_eq!(e.kind(), ErrorKind::Service);
    assert_eq!(
        (e.code(), e.message(), e.request_id(), e.status()),
        (
            Some("InvalidGreeting"),
            Some("Hi & bye"),
            Some("foo-id"),
            Some(400)
        )
    );
    let e = parse(
        400,
        &[],
        "<Response><Errors><Error><Code>InvalidInstanceID.NotFound</Code><Message>gone</Message>\
         </Error></Errors><RequestID>ec2-id</RequestID></Response>",
    );
    assert_eq!(
        (e.code(), e.request_id()),
        (Some("InvalidInstanceID.NotFound"), Some("ec2-id"))
    );
    let e = parse(
        400,
        &[(
            "x-amzn-query-error",
            "AWS.SimpleQueueService.NonExistentQueue;Sender",
        )],
        "<ErrorResponse><Error><Code>QueueDoesNotExist</Code></Error></ErrorResponse>",
    );
    assert_eq!(e.code(), Some("AWS.SimpleQueueService.NonExistentQueue"));
    let e = parse(
        503,
        &[("x-amzn-RequestId", "hdr-id")],
        "<html><body>busy</body></html",
    );
    assert_eq!(
        (e.code(), e.message(), e.request_id()),
        (Some("503"), Some("Service Unavailable"), Some("hdr-id"))
    );
    let e = parse(404, &[], "");
    assert_eq!((e.code(), e.message()), (Some("404"), Some("Not Found")));
}
