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
