//! [`Number`]: a DynamoDB number kept as its exact decimal text.

use boto_core::{Error, Result};
use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;

/// The most significant digits DynamoDB keeps.
const MAX_DIGITS: usize = 38;
/// Largest and smallest decimal exponent (scientific notation) DynamoDB accepts.
const MAX_EXP: i64 = 125;
const MIN_EXP: i64 = -130;

/// A DynamoDB number (`N`): the exact decimal text, validated against DynamoDB's grammar
/// (optional `-`, digits with an optional fraction and exponent, at most 38 significant
/// digits, magnitude between 1E-130 and 9.99..E+125, or zero).
///
/// Equality, ordering and hashing are numeric: `"1.50"`, `"1.5"` and `"15E-1"` are equal.
///
/// ```
/// use boto_services::dynamodb::Number;
/// let n: Number = "12345678901234567890123456789012345678".parse().unwrap();
/// assert_eq!(n.as_str(), "12345678901234567890123456789012345678");
/// assert!("1234567890123456789012345678901234567890".parse::<Number>().is_err());
/// assert_eq!(Number::from(u64::MAX).as_str(), "18446744073709551615");
/// ```
#[derive(Clone)]
pub struct Number(String);

/// The canonical parts of a number: value = 0.`digits` x 10^`exp` (no leading or trailing
/// zeros in `digits`); zero has empty digits.
#[derive(PartialEq, Eq, Hash)]
struct Canonical<'a> {
    negative: bool,
    digits: Vec<&'a str>,
    exp: i64,
}

impl Number {
    /// Validates decimal text.
    pub fn parse(text: &str) -> Result<Number> {
        parse_parts(text).map_err(|why| {
            Error::invalid_input(format!(
                "`{}` is not a DynamoDB number: {why}",
                shorten(text)
            ))
        })?;
        Ok(Number(text.to_owned()))
    }

    /// The exact text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The exact text, owned.
    pub fn into_string(self) -> String {
        self.0
    }

    /// A finite float, written as its shortest round-trip text; `NaN` and infinities (and
    /// floats outside DynamoDB's range) are an error.
    pub fn from_f64(v: f64) -> Result<Number> {
        if !v.is_finite() {
            return Err(Error::invalid_input(format!(
                "{v} is not a DynamoDB number (only finite numbers can be stored)"
            )));
        }
        Number::parse(&float_text(v, format!("{v}"), format!("{v:e}")))
    }

    /// As [`from_f64`](Number::from_f64), keeping the `f32`'s own shortest text.
    pub fn from_f32(v: f32) -> Result<Number> {
        if !v.is_finite() {
            return Err(Error::invalid_input(format!(
                "{v} is not a DynamoDB number (only finite numbers can be stored)"
            )));
        }
        Number::parse(&float_text(f64::from(v), format!("{v}"), format!("{v:e}")))
    }

    /// The value as an exact integer, when it is one and fits in `i128`.
    pub fn to_i128(&self) -> Option<i128> {
        self.integer_text()?.parse().ok()
    }

    /// The value as an exact integer, when it is one and fits in `u128`.
    pub fn to_u128(&self) -> Option<u128> {
        self.integer_text()?.parse().ok()
    }

    /// The nearest `f64` (rounds: DynamoDB numbers may hold more digits than a float).
    pub fn to_f64(&self) -> f64 {
        self.0.parse().unwrap_or(f64::NAN)
    }

    /// True when the value has no fractional part.
    pub fn is_integer(&self) -> bool {
        let c = self.canonical();
        c.digits.is_empty() || c.exp >= digit_count(&c.digits) as i64
    }

    /// Plain integer text (`-123`), if the value is an integer of at most 39 digits.
    fn integer_text(&self) -> Option<String> {
        let c = self.canonical();
        if c.digits.is_empty() {
            return Some("0".into());
        }
        let n = digit_count(&c.digits) as i64;
        if c.exp < n || c.exp > 39 {
            return None;
        }
        let mut s = String::with_capacity(c.exp as usize + 1);
        if c.negative {
            s.push('-');
        }
        for d in &c.digits {
            s.push_str(d);
        }
        for _ in n..c.exp {
            s.push('0');
        }
        Some(s)
    }

    fn canonical(&self) -> Canonical<'_> {
        // Validated at construction, so parsing cannot fail; fall back to zero regardless.
        parse_parts(&self.0).unwrap_or(Canonical {
            negative: false,
            digits: Vec::new(),
            exp: 0,
        })
    }
}

fn digit_count(digits: &[&str]) -> usize {
    digits.iter().map(|d| d.len()).sum()
}

fn shorten(text: &str) -> String {
    if text.chars().count() > 60 {
        let s: String = text.chars().take(60).collect();
        format!("{s}...")
    } else {
        text.to_owned()
    }
}

/// Picks the plain text when it is short, else the exponent form; both are the shortest
/// digits that round-trip.
fn float_text(v: f64, plain: String, exp: String) -> String {
    let a = v.abs();
    if a == 0.0 || (1e-7..1e21).contains(&a) {
        plain
    } else {
        exp
    }
}

/// Parses DynamoDB's number grammar into canonical parts, checking digit count and range.
fn parse_parts(text: &str) -> std::result::Result<Canonical<'_>, &'static str> {
    let b = text.as_bytes();
    let mut i = 0;
    let negative = match b.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        Some(_) => false,
        None => return Err("empty text"),
    };
    let int_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let int_part = &text[int_start..i];
    let mut frac_part = "";
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        frac_part = &text[s..i];
    }
    if int_part.is_empty() && frac_part.is_empty() {
        return Err("no digits");
    }
    let mut exp: i64 = 0;
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        let mut neg = false;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            neg = b[i] == b'-';
            i += 1;
        }
        let s = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let e = &text[s..i];
        if e.is_empty() {
            return Err("exponent has no digits");
        }
        let e = e.trim_start_matches('0');
        if e.len() > 6 {
            return Err("out of range");
        }
        let v: i64 = if e.is_empty() {
            0
        } else {
            e.parse().map_err(|_| "bad exponent")?
        };
        exp = if neg { -v } else { v };
    }
    if i != b.len() {
        return Err("unexpected character");
    }
    // value = 0.(int_part frac_part) x 10^(exp + len(int_part)), then strip zeros.
    let mut exp = exp + int_part.len() as i64;
    let int_trim = int_part.trim_start_matches('0');
    let mut digits: Vec<&str> = Vec::with_capacity(2);
    if int_trim.is_empty() {
        exp -= int_part.len() as i64;
        let f = frac_part.trim_start_matches('0');
        exp -= (frac_part.len() - f.len()) as i64;
        let f = f.trim_end_matches('0');
        if !f.is_empty() {
            digits.push(f);
        }
    } else {
        exp -= (int_part.len() - int_trim.len()) as i64;
        let f = frac_part.trim_end_matches('0');
        if f.is_empty() {
            let t = int_trim.trim_end_matches('0');
            digits.push(t);
        } else {
            digits.push(int_trim);
            digits.push(f);
        }
    }
    if digits.is_empty() {
        return Ok(Canonical {
            negative: false,
            digits,
            exp: 0,
        });
    }
    if digit_count(&digits) > MAX_DIGITS {
        return Err("more than 38 significant digits");
    }
    // scientific exponent of 0.d x 10^exp is exp - 1
    let sci = exp - 1;
    if !(MIN_EXP..=MAX_EXP).contains(&sci) {
        return Err("magnitude outside 1E-130 .. 1E+126");
    }
    Ok(Canonical {
        negative,
        digits,
        exp,
    })
}

impl FromStr for Number {
    type Err = Error;
    fn from_str(s: &str) -> Result<Number> {
        Number::parse(s)
    }
}

impl TryFrom<String> for Number {
    type Error = Error;
    fn try_from(s: String) -> Result<Number> {
        parse_parts(&s).map_err(|why| {
            Error::invalid_input(format!("`{}` is not a DynamoDB number: {why}", shorten(&s)))
        })?;
        Ok(Number(s))
    }
}

impl TryFrom<&str> for Number {
    type Error = Error;
    fn try_from(s: &str) -> Result<Number> {
        Number::parse(s)
    }
}

impl TryFrom<f64> for Number {
    type Error = Error;
    fn try_from(v: f64) -> Result<Number> {
        Number::from_f64(v)
    }
}

impl TryFrom<f32> for Number {
    type Error = Error;
    fn try_from(v: f32) -> Result<Number> {
        Number::from_f32(v)
    }
}

macro_rules! from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Number {
            fn from(v: $t) -> Number {
                // Every integer of these types has at most 39 digits; only u128/i128 values
                // above 38 digits exceed DynamoDB's precision and keep their text regardless
                // (DynamoDB rejects them on arrival).
                Number(v.to_string())
            }
        }
    )*};
}
from_int!(i8, i16, i32, i64, isize, u8, u16, u32, u64, usize);

impl TryFrom<i128> for Number {
    type Error = Error;
    fn try_from(v: i128) -> Result<Number> {
        Number::try_from(v.to_string())
    }
}

impl TryFrom<u128> for Number {
    type Error = Error;
    fn try_from(v: u128) -> Result<Number> {
        Number::try_from(v.to_string())
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Number({})", self.0)
    }
}

impl PartialEq for Number {
    fn eq(&self, other: &Number) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Number {}

impl Hash for Number {
    fn hash<H: Hasher>(&self, state: &mut H) {
        let c = self.canonical();
        c.negative.hash(state);
        c.exp.hash(state);
        for d in &c.digits {
            for b in d.bytes() {
                b.hash(state);
            }
        }
    }
}

impl PartialOrd for Number {
    fn partial_cmp(&self, other: &Number) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Number {
    fn cmp(&self, other: &Number) -> Ordering {
        let (a, b) = (self.canonical(), other.canonical());
        let sign = |c: &Canonical<'_>| -> i8 {
            if c.digits.is_empty() {
                0
            } else if c.negative {
                -1
            } else {
                1
            }
        };
        let (sa, sb) = (sign(&a), sign(&b));
        if sa != sb || sa == 0 {
            return sa.cmp(&sb);
        }
        let magnitude = a.exp.cmp(&b.exp).then_with(|| {
            let da = a.digits.iter().flat_map(|d| d.bytes());
            let db = b.digits.iter().flat_map(|d| d.bytes());
            da.cmp(db)
        });
        if sa < 0 {
            magnitude.reverse()
        } else {
            magnitude
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grammar_accepts_and_rejects() {
        for ok in [
            "0",
            "-0",
            "1",
            "-1.5",
            "1.",
            ".5",
            "1e10",
            "1E-10",
            "+3",
            "0.000",
            "1e125",
            "9.9999999999999999999999999999999999999E+125",
            "1E-130",
            "00012.3400",
            "12345678901234567890123456789012345678",
            "-1234567890123456789012345678901234567.8",
        ] {
            assert!(Number::parse(ok).is_ok(), "{ok} should parse");
        }
        for bad in [
            "",
            "-",
            ".",
            "e5",
            "1e",
            "1e+",
            "abc",
            "1.2.3",
            "1 ",
            " 1",
            "NaN",
            "inf",
            "0x10",
            "1e126",
            "1E-131",
            "123456789012345678901234567890123456789",
            "1.23456789012345678901234567890123456789",
            "1e99999999999",
        ] {
            let e = Number::parse(bad).unwrap_err();
            assert_eq!(e.kind(), boto_core::ErrorKind::InvalidInput, "{bad}");
        }
        // trailing zeros are not significant
        assert!(Number::parse("1234567890123456789012345678901234567800000").is_ok());
    }

    #[test]
    fn numeric_equality_and_order() {
        let n = |s: &str| Number::parse(s).unwrap();
        assert_eq!(n("1.50"), n("1.5"));
        assert_eq!(n("15E-1"), n("1.5"));
        assert_eq!(n("-0"), n("0.00"));
        assert_eq!(n("100"), n("1e2"));
        assert!(n("-2") < n("-1"));
        assert!(n("0.1") < n("1"));
        assert!(n("9") < n("10"));
        assert!(n("-10") < n("-9"));
        assert!(n("1.2") < n("1.23"));
        assert!(n("-0.5") < n("0"));
        let mut set = std::collections::HashSet::new();
        set.insert(n("2.0"));
        assert!(set.contains(&n("2")));
    }

    #[test]
    fn integer_conversion_is_exact() {
        let n = |s: &str| Number::parse(s).unwrap();
        assert_eq!(n("1e3").to_i128(), Some(1000));
        assert_eq!(n("-12.000").to_i128(), Some(-12));
        assert_eq!(n("1.5").to_i128(), None);
        assert_eq!(
            n("18446744073709551617").to_u128(),
            Some(18446744073709551617)
        );
        assert_eq!(n("-1").to_u128(), None);
        assert_eq!(n("1e60").to_u128(), None);
        assert!(n("1e3").is_integer());
        assert!(!n("0.5").is_integer());
    }

    #[test]
    fn floats_use_shortest_text() {
        assert_eq!(Number::from_f64(0.1).unwrap().as_str(), "0.1");
        assert_eq!(
            Number::from_f64(1e300).unwrap_err().kind(),
            boto_core::ErrorKind::InvalidInput
        );
        assert_eq!(Number::from_f64(1.5e100).unwrap().as_str(), "1.5e100");
        assert_eq!(Number::from_f32(0.1).unwrap().as_str(), "0.1");
        assert!(Number::from_f64(f64::NAN).is_err());
        assert!(Number::from_f64(f64::INFINITY).is_err());
        let x = 0.1 + 0.2;
        assert_eq!(Number::from_f64(x).unwrap().to_f64(), x);
    }
}
