//! Randomised round trips over generated attribute-value trees (a fixed-seed generator, so
//! failures reproduce): raw values pass through serde unchanged, through DynamoDB JSON and
//! through `Shape`, and reading them into unrelated types is an `Err` or `Ok`, never a panic.

use super::super::*;
use boto_core::{Blob, Shape};
use std::collections::HashMap;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn number(r: &mut Rng) -> Number {
    let digits = 1 + r.below(38) as usize;
    let mut s = String::new();
    if r.below(2) == 0 {
        s.push('-');
    }
    for i in 0..digits {
        let d = r.below(10) as u8;
        s.push(char::from(b'0' + if i == 0 { d.max(1) } else { d }));
    }
    if r.below(3) == 0 {
        s.push_str(&format!("e{}", r.below(80) as i64 - 40));
    }
    s.parse().unwrap()
}

fn text(r: &mut Rng) -> String {
    let pool = [
        "",
        "a",
        "pk",
        "Zürich",
        "日本",
        "x y",
        "\"q\"",
        "line\nbreak",
        "$tag",
    ];
    pool[r.below(pool.len() as u64) as usize].to_owned() + &r.below(100).to_string()
}

fn value(r: &mut Rng, depth: u32) -> AttributeValue {
    let kinds = if depth == 0 { 7 } else { 10 };
    match r.below(kinds) {
        0 => AttributeValue::S(text(r)),
        1 => AttributeValue::N(number(r)),
        2 => AttributeValue::B(Blob::from(
            (0..r.below(6)).map(|i| i as u8 * 51).collect::<Vec<u8>>(),
        )),
        3 => AttributeValue::SS((0..1 + r.below(3)).map(|_| text(r)).collect()),
        4 => AttributeValue::NS((0..1 + r.below(3)).map(|_| number(r)).collect()),
        5 => AttributeValue::Bool(r.below(2) == 0),
        6 => AttributeValue::Null(true),
        7 => AttributeValue::BS(vec![Blob::from("x"), Blob::from(vec![0u8, 255])]),
        8 => AttributeValue::L((0..r.below(4)).map(|_| value(r, depth - 1)).collect()),
        _ => AttributeValue::M(
            (0..r.below(4))
                .map(|_| (text(r), value(r, depth - 1)))
                .collect(),
        ),
    }
}

#[test]
fn generated_values_round_trip_everywhere() {
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..400 {
        let v = value(&mut r, 4);
        // serde pass-through of a raw value
        assert_eq!(to_attribute_value(&v).unwrap(), v);
        assert_eq!(
            from_attribute_value::<AttributeValue>(v.clone()).unwrap(),
            v
        );
        // DynamoDB JSON
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(
            serde_json::from_str::<AttributeValue>(&json).unwrap(),
            v,
            "{json}"
        );
        // the shape model
        assert_eq!(
            AttributeValue::from_value(v.clone().into_value()).unwrap(),
            v
        );
        // any target type: Ok or Err, never a panic
        let _ = from_attribute_value::<serde_json::Value>(v.clone());
        let _ = from_attribute_value::<HashMap<String, u8>>(v.clone());
        let _ = from_attribute_value::<Vec<Option<i64>>>(v.clone());
        let _ = from_attribute_value::<(String, Number, bool)>(v.clone());
        let _ = from_attribute_value::<StringSet>(v.clone());
        let _ = from_attribute_value::<NumberSet>(v.clone());
        let _ = from_attribute_value::<BinarySet>(v.clone());
        let _ = from_attribute_value::<char>(v.clone());
    }
}

mod wire {
    //! The typed reader and writer (`decode`/`encode`) against the value path
    //! (`from_value`/`into_value`), through the JSON protocol as a typed call runs it.

    use super::*;
    use boto_core::model::{HttpBinding, Operation, SchemaRef, Shapes};
    use boto_core::protocol::{
        build_request, build_request_typed, parse_response, parse_response_typed, Endpoint,
    };
    use boto_core::ErrorKind;
    use bytes::Bytes;
    use std::borrow::Cow;

    fn op<I: Shape, O: Shape>(name: &'static str) -> Operation {
        Operation {
            name: Cow::Borrowed(name),
            http: HttpBinding {
                method: Cow::Borrowed("POST"),
                request_uri: Cow::Borrowed("/"),
                response_code: 200,
            },
            input: Some(SchemaRef::Static(I::schema)),
            output: Some(SchemaRef::Static(O::schema)),
            result_wrapper: None,
            errors: Vec::new(),
            host_prefix: None,
            unsigned: false,
            checksum_required: false,
        }
    }

    /// `GetItem`'s answer `body`, read both ways.
    fn read_both(
        body: &str,
    ) -> (
        boto_core::Result<GetItemOutput>,
        boto_core::Result<GetItemOutput>,
    ) {
        let (meta, shapes) = (Client::__meta(), Shapes::default());
        let get = op::<GetItemInput, GetItemOutput>("GetItem");
        let resp = || {
            http::Response::builder()
                .status(200)
                .body(Bytes::from(body.to_owned()))
                .unwrap()
        };
        let by_value =
            parse_response(meta, &shapes, &get, resp()).and_then(GetItemOutput::from_value);
        let direct = parse_response_typed::<GetItemOutput>(meta, &shapes, &get, resp());
        (by_value, direct)
    }

    #[test]
    fn generated_values_are_written_and_read_the_same_both_ways() {
        let (meta, shapes) = (Client::__meta(), Shapes::default());
        let put = op::<PutItemInput, PutItemOutput>("PutItem");
        let endpoint = Endpoint::parse("http://127.0.0.1:5000").unwrap();
        let mut r = Rng(0x2545_f491_4f6c_dd1d);
        for _ in 0..300 {
            let item: HashMap<String, AttributeValue> = (0..3)
                .map(|i| (format!("a{i}"), value(&mut r, 4)))
                .collect();
            let input = PutItemInput::new().table_name("t").item(item.clone());
            let body = |req: http::Request<boto_core::ByteStream>| {
                req.body().bytes().expect("a buffered body").clone()
            };
            let by_value = body(
                build_request(meta, &shapes, &put, input.clone().into_value(), &endpoint).unwrap(),
            );
            let direct = body(build_request_typed(meta, &shapes, &put, input, &endpoint).unwrap());
            assert_eq!(by_value, direct);
            // The item written, answered back.
            let sent: serde_json::Value = serde_json::from_slice(&direct).unwrap();
            let answer = serde_json::json!({ "Item": sent["Item"] }).to_string();
            let (a, b) = read_both(&answer);
            let (a, b) = (a.unwrap(), b.unwrap());
            assert_eq!(a, b, "{answer}");
            assert_eq!(b.item, Some(item), "{answer}");
        }
    }

    #[test]
    fn bad_values_are_refused_both_ways() {
        for bad in [
            r#"{"a": "x"}"#,
            r#"{"a": {}}"#,
            r#"{"a": {"S": "a", "N": "1"}}"#,
            r#"{"a": {"N": "12abc"}}"#,
            r#"{"a": {"N": "1e999"}}"#,
            r#"{"a": {"S": 1}}"#,
            r#"{"a": {"SS": [true]}}"#,
            r#"{"a": {"M": []}}"#,
            r#"{"a": {"L": ["bare"]}}"#,
            r#"{"a": {"L": [{"S": "a", "BOOL": true}]}}"#,
            r#"{"a": {"B": "not base64!"}}"#,
            r#"{"a": {"BOOL": "yes"}}"#,
            r#"{"a": {"M": {"b": {"S": "x"}, "c": {}}}}"#,
        ] {
            let (a, b) = read_both(&format!(r#"{{"Item": {bad}}}"#));
            let (a, b) = (a.expect_err(bad), b.expect_err(bad));
            assert_eq!(
                (a.kind(), b.kind()),
                (ErrorKind::Decode, ErrorKind::Decode),
                "{bad}"
            );
        }
        // Null members are absent, a member met twice is the last one, unknown members
        // are skipped.
        for (ok, want) in [
            (r#"{"S": null, "BOOL": false}"#, AttributeValue::Bool(false)),
            (r#"{"S": "a", "S": "b"}"#, AttributeValue::S("b".into())),
            (r#"{"X": 1, "NULL": true}"#, AttributeValue::Null(true)),
        ] {
            let (a, b) = read_both(&format!(r#"{{"Item": {{"a": {ok}}}}}"#));
            let (a, b) = (a.unwrap(), b.unwrap());
            assert_eq!(a, b, "{ok}");
            assert_eq!(b.item.unwrap()["a"], want, "{ok}");
        }
    }
}
