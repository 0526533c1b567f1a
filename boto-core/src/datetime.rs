//! [`DateTime`]: an instant in UTC with nanosecond precision, and the three wire formats
//! AWS uses (ISO 8601, RFC 822 / HTTP date, epoch seconds).

use crate::error::{Error, Result};
use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// How a timestamp is written on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimestampFormat {
    /// `2014-04-29T18:30:38Z` (botocore `iso8601`).
    DateTime,
    /// `Tue, 29 Apr 2014 18:30:38 GMT` (botocore `rfc822`).
    HttpDate,
    /// `1398796238` or `1398796238.123` (botocore `unixTimestamp`).
    EpochSeconds,
}

impl TimestampFormat {
    /// From botocore's `timestampFormat` names.
    pub fn from_botocore(s: &str) -> Option<TimestampFormat> {
        match s {
            "iso8601" => Some(TimestampFormat::DateTime),
            "rfc822" => Some(TimestampFormat::HttpDate),
            "unixTimestamp" | "epoch" | "epoch-seconds" => Some(TimestampFormat::EpochSeconds),
            _ => None,
        }
    }
}

/// An instant in UTC: seconds since the Unix epoch plus nanoseconds.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct DateTime {
    secs: i64,
    nanos: u32,
}

const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// The longest timestamp text quoted in an error.
const QUOTE_MAX: usize = 64;

fn bad(s: &str, what: &str) -> Error {
    let quoted: String = s.chars().take(QUOTE_MAX).collect();
    let more = if quoted.len() < s.len() { "..." } else { "" };
    Error::decode(format!("invalid {what} timestamp {quoted:?}{more}"))
}

/// 0001-01-01T00:00:00Z, the earliest instant a wire timestamp may name (as in botocore).
const MIN_SECS: i64 = -62_135_596_800;
/// 9999-12-31T23:59:59Z, the latest.
const MAX_SECS: i64 = 253_402_300_799;

fn in_range(t: DateTime) -> Option<DateTime> {
    (MIN_SECS..=MAX_SECS).contains(&t.secs).then_some(t)
}

impl DateTime {
    /// From whole seconds since the epoch.
    pub fn from_secs(secs: i64) -> DateTime {
        DateTime { secs, nanos: 0 }
    }
    /// From seconds and nanoseconds (nanos below 1e9).
    pub fn from_secs_and_nanos(secs: i64, nanos: u32) -> DateTime {
        DateTime {
            secs: secs.saturating_add((nanos / 1_000_000_000) as i64),
            nanos: nanos % 1_000_000_000,
        }
    }
    /// From fractional seconds since the epoch (rounded to the microsecond, as AWS sends
    /// at most milliseconds). Saturates at the years 1 and 9999; NaN is the epoch.
    pub fn from_secs_f64(v: f64) -> DateTime {
        let v = if v.is_nan() {
            0.0
        } else {
            v.clamp(MIN_SECS as f64, MAX_SECS as f64)
        };
        let secs = v.floor();
        let micros = ((v - secs) * 1e6).round() as u32;
        DateTime::from_secs_and_nanos(secs as i64, micros * 1000)
    }
    /// From fractional seconds since the epoch, when they name an instant of the years 1 to
    /// 9999 (`None` for NaN, infinities and anything further), as wire timestamps must.
    pub fn try_from_secs_f64(v: f64) -> Option<DateTime> {
        (v.is_finite() && v >= MIN_SECS as f64 && v < (MAX_SECS + 1) as f64)
            .then(|| DateTime::from_secs_f64(v))
            .and_then(in_range)
    }
    /// From milliseconds since the epoch.
    pub fn from_millis(ms: i64) -> DateTime {
        DateTime::from_secs_and_nanos(
            ms.div_euclid(1000),
            (ms.rem_euclid(1000) * 1_000_000) as u32,
        )
    }
    /// Now.
    pub fn now() -> DateTime {
        SystemTime::now().into()
    }
    /// Whole seconds since the epoch.
    pub fn secs(&self) -> i64 {
        self.secs
    }
    /// The sub-second part in nanoseconds.
    pub fn subsec_nanos(&self) -> u32 {
        self.nanos
    }
    /// Fractional seconds since the epoch.
    pub fn as_secs_f64(&self) -> f64 {
        self.secs as f64 + self.nanos as f64 / 1e9
    }
    /// Milliseconds since the epoch.
    pub fn as_millis(&self) -> i64 {
        self.secs
            .saturating_mul(1000)
            .saturating_add((self.nanos / 1_000_000) as i64)
    }

    /// Writes the timestamp in a wire format.
    pub fn format(&self, fmt: TimestampFormat) -> String {
        let days = self.secs.div_euclid(86400);
        let sod = self.secs.rem_euclid(86400);
        let (y, mo, d) = civil_from_days(days);
        let (h, mi, s) = (sod / 3600, (sod % 3600) / 60, sod % 60);
        match fmt {
            TimestampFormat::DateTime => {
                let mut out = format!("{y:04}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}");
                if self.nanos != 0 {
                    let frac = format!("{:09}", self.nanos);
                    out.push('.');
                    out.push_str(frac.trim_end_matches('0'));
                }
                out.push('Z');
                out
            }
            TimestampFormat::HttpDate => format!(
                "{}, {d:02} {} {y:04} {h:02}:{mi:02}:{s:02} GMT",
                DAYS[days.rem_euclid(7) as usize],
                MONTHS[(mo - 1) as usize]
            ),
            TimestampFormat::EpochSeconds => {
                if self.nanos == 0 {
                    self.secs.to_string()
                } else {
                    // -1.5 s is secs -2 and nanos 5e8: written from the magnitude.
                    let total = self.secs as i128 * 1_000_000_000 + self.nanos as i128;
                    let sign = if total < 0 { "-" } else { "" };
                    let abs = total.unsigned_abs();
                    let frac = format!("{:09}", abs % 1_000_000_000);
                    format!(
                        "{sign}{}.{}",
                        abs / 1_000_000_000,
                        frac.trim_end_matches('0')
                    )
                }
            }
        }
    }

    /// Parses a timestamp in a wire format. ISO 8601 accepts fractional seconds and
    /// `Z`/`+hh:mm` offsets; epoch accepts fractions; HTTP dates accept RFC 850 and asctime.
    /// Anything else, a non-ASCII character or an instant outside the years 1 to 9999 is an
    /// [`Error::decode`], never a panic.
    pub fn parse(s: &str, fmt: TimestampFormat) -> Result<DateTime> {
        let t = s.trim();
        let parsed = if t.is_ascii() {
            match fmt {
                TimestampFormat::DateTime => parse_iso8601(t),
                TimestampFormat::HttpDate => parse_http_date(t),
                TimestampFormat::EpochSeconds => parse_epoch(t),
            }
        } else {
            None
        };
        parsed.and_then(in_range).ok_or_else(|| {
            let what = match fmt {
                TimestampFormat::DateTime => "ISO 8601",
                TimestampFormat::HttpDate => "HTTP date",
                TimestampFormat::EpochSeconds => "epoch",
            };
            bad(s, what)
        })
    }

    /// Parses any of the three formats (as botocore's lenient parser does for responses),
    /// with the checks of [`DateTime::parse`].
    pub fn parse_any(s: &str) -> Result<DateTime> {
        let t = s.trim();
        let parsed = if t.is_ascii() {
            parse_epoch(t)
                .or_else(|| parse_iso8601(t))
                .or_else(|| parse_http_date(t))
        } else {
            None
        };
        parsed.and_then(in_range).ok_or_else(|| bad(s, "a"))
    }
}

fn parse_epoch(s: &str) -> Option<DateTime> {
    if s.is_empty()
        || !s
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
    {
        return None;
    }
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let secs: i64 = int.parse().ok()?;
    if !(MIN_SECS..=MAX_SECS).contains(&secs) {
        return None;
    }
    if frac.is_empty() {
        return Some(DateTime::from_secs(secs));
    }
    if !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = &frac[..frac.len().min(9)];
    let nanos: u32 = format!("{digits:0<9}").parse().ok()?;
    if secs < 0 || int.starts_with('-') {
        // In i128: seconds back to the year 1 overflow i64 nanoseconds.
        let total = secs as i128 * 1_000_000_000 - nanos as i128;
        return Some(DateTime::from_secs_and_nanos(
            total.div_euclid(1_000_000_000) as i64,
            total.rem_euclid(1_000_000_000) as u32,
        ));
    }
    Some(DateTime::from_secs_and_nanos(secs, nanos))
}

fn num<T: std::str::FromStr>(s: &str, range: std::ops::Range<usize>) -> Option<T> {
    let part = s.get(range)?;
    if !part.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    part.parse().ok()
}

fn from_parts(y: i64, mo: u32, d: u32, h: i64, mi: i64, s: i64, nanos: u32) -> Option<DateTime> {
    if !(1..=9999).contains(&y)
        || !(1..=12).contains(&mo)
        || !(1..=31).contains(&d)
        || !(0..=23).contains(&h)
        || !(0..=59).contains(&mi)
        || !(0..=60).contains(&s)
    {
        return None;
    }
    let days = days_from_civil(y, mo, d);
    Some(DateTime::from_secs_and_nanos(
        days * 86400 + h * 3600 + mi * 60 + s,
        nanos,
    ))
}

// The three parsers below are given ASCII text only, so every slice is on a char boundary.

fn parse_iso8601(s: &str) -> Option<DateTime> {
    // YYYY-MM-DDTHH:MM:SS[.fff][Z|+hh:mm|-hh:mm]
    let b = s.as_bytes();
    if b.len() < 19
        || b[4] != b'-'
        || b[7] != b'-'
        || !(b[10] == b'T' || b[10] == b't' || b[10] == b' ')
    {
        return None;
    }
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let y: i64 = num(s, 0..4)?;
    let mo: u32 = num(s, 5..7)?;
    let d: u32 = num(s, 8..10)?;
    let h: i64 = num(s, 11..13)?;
    let mi: i64 = num(s, 14..16)?;
    let sec: i64 = num(s, 17..19)?;
    let mut rest = s.get(19..)?;
    let mut nanos = 0u32;
    if let Some(r) = rest.strip_prefix('.') {
        let n = r.bytes().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return None;
        }
        let digits = r.get(..n.min(9))?;
        // Right-padded to nine digits: "5" is 500_000_000 ns.
        nanos = digits
            .bytes()
            .chain(std::iter::repeat(b'0'))
            .take(9)
            .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
        rest = r.get(n..)?;
    }
    let offset = match rest {
        "" | "Z" | "z" => 0,
        o if (o.len() == 6 && o.as_bytes()[3] == b':') || o.len() == 5 => {
            let sign = match o.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let oh: i64 = num(o, 1..3)?;
            let om: i64 = num(o, o.len() - 2..o.len())?;
            if oh > 23 || om > 59 {
                return None;
            }
            sign * (oh * 3600 + om * 60)
        }
        _ => return None,
    };
    let t = from_parts(y, mo, d, h, mi, sec, nanos)?;
    Some(DateTime::from_secs_and_nanos(
        t.secs.checked_sub(offset)?,
        t.nanos,
    ))
}

fn parse_http_date(s: &str) -> Option<DateTime> {
    // "Tue, 29 Apr 2014 18:30:38 GMT" (also without weekday, or RFC 850 "Tuesday, 29-Apr-14")
    let s = match s.split_once(',') {
        Some((_, rest)) => rest.trim(),
        None => s,
    };
    let parts: Vec<&str> = s.split([' ', '-']).filter(|p| !p.is_empty()).collect();
    if parts.len() < 4 {
        return None;
    }
    let (d, mon, y, time) = if parts[0].bytes().all(|b| b.is_ascii_digit()) {
        (parts[0], parts[1], parts[2], parts[3])
    } else if parts.len() >= 5 {
        // asctime: "Sun Nov  6 08:49:37 1994"
        (parts[2], parts[1], parts[4], parts[3])
    } else {
        return None;
    };
    if !(d.bytes().all(|b| b.is_ascii_digit()) && y.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let d: u32 = d.parse().ok()?;
    let mo = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(mon))? as u32 + 1;
    let mut y: i64 = y.parse().ok()?;
    if y < 100 {
        y += if y < 70 { 2000 } else { 1900 };
    }
    let (hms, frac) = time.split_once('.').unwrap_or((time, ""));
    let mut t = hms.split(':').map(|p| {
        if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        p.parse::<i64>().ok()
    });
    let h = t.next()??;
    let mi = t.next()??;
    let sec = t.next()??;
    let nanos = if frac.is_empty() {
        0
    } else if frac.bytes().all(|b| b.is_ascii_digit()) {
        format!("{:0<9}", frac.get(..frac.len().min(9))?)
            .parse()
            .ok()?
    } else {
        return None;
    };
    from_parts(y, mo, d, h, mi, sec, nanos)
}

impl From<SystemTime> for DateTime {
    fn from(t: SystemTime) -> DateTime {
        match t.duration_since(UNIX_EPOCH) {
            Ok(d) => DateTime::from_secs_and_nanos(d.as_secs() as i64, d.subsec_nanos()),
            Err(e) => {
                let d = e.duration();
                let total = -(d.as_nanos() as i128);
                DateTime::from_secs_and_nanos(
                    total.div_euclid(1_000_000_000) as i64,
                    total.rem_euclid(1_000_000_000) as u32,
                )
            }
        }
    }
}

/// Instants outside the years 1 to 9999 saturate at their bounds (never a panic, whatever
/// the platform's `SystemTime` range).
impl From<DateTime> for SystemTime {
    fn from(t: DateTime) -> SystemTime {
        let secs = t.secs.clamp(MIN_SECS, MAX_SECS);
        if secs >= 0 {
            UNIX_EPOCH + Duration::new(secs as u64, t.nanos)
        } else {
            UNIX_EPOCH - Duration::from_secs(secs.unsigned_abs())
                + Duration::from_nanos(t.nanos as u64)
        }
    }
}

impl fmt::Debug for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(TimestampFormat::DateTime))
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.format(TimestampFormat::DateTime))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_round_trip() {
        let t = DateTime::from_secs(1398796238);
        assert_eq!(t.format(TimestampFormat::DateTime), "2014-04-29T18:30:38Z");
        assert_eq!(
            t.format(TimestampFormat::HttpDate),
            "Tue, 29 Apr 2014 18:30:38 GMT"
        );
        assert_eq!(t.format(TimestampFormat::EpochSeconds), "1398796238");
        for f in [
            TimestampFormat::DateTime,
            TimestampFormat::HttpDate,
            TimestampFormat::EpochSeconds,
        ] {
            assert_eq!(DateTime::parse(&t.format(f), f).unwrap(), t);
        }
    }

    #[test]
    fn fractions_and_offsets() {
        let t =
            DateTime::parse("2014-04-29T18:30:38.123+01:00", TimestampFormat::DateTime).unwrap();
        assert_eq!(t.secs(), 1398796238 - 3600);
        assert_eq!(t.subsec_nanos(), 123_000_000);
        assert_eq!(
            t.format(TimestampFormat::DateTime),
            "2014-04-29T17:30:38.123Z"
        );
        let e = DateTime::parse("1398796238.5", TimestampFormat::EpochSeconds).unwrap();
        assert_eq!(e.as_millis(), 1398796238500);
        assert_eq!(
            DateTime::parse_any("Tue, 29 Apr 2014 18:30:38 GMT")
                .unwrap()
                .secs(),
            1398796238
        );
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        for s in [
            "",
            "x",
            "2014-13-01T00:00:00Z",
            "2014-04-29T18:30",
            "Tue, 99 Foo 2014",
            "1.2.3",
            "2014-04-29T18:30:38.Z",
            "é€€€€€€€€€€€€€€€€€€€€",
            "2014-04-29T18:30:38é123",
            "2014-04-29T18:30:38+é:00",
            "Tue, 29 Apr 2014 18:30:38.é GMT",
            "1398796238.é",
            "99999999999999999999",
            "9223372036854775807",
            "-9223372036854775808.5",
            "Tue, 29 Apr 99999999999999999 18:30:38 GMT",
            "Tue, 29 Apr 2014 18:+1:38 GMT",
            "0000-01-01T00:00:00Z",
            "2014-04-29T18:30:38+99:00",
        ] {
            let err = DateTime::parse_any(s).unwrap_err();
            assert_eq!(err.kind(), crate::ErrorKind::Decode, "{s}");
            for f in [
                TimestampFormat::DateTime,
                TimestampFormat::HttpDate,
                TimestampFormat::EpochSeconds,
            ] {
                assert!(DateTime::parse(s, f).is_err(), "{s} {f:?}");
            }
        }
    }

    #[test]
    fn the_range_is_years_1_to_9999() {
        let max = DateTime::parse("9999-12-31T23:59:59Z", TimestampFormat::DateTime).unwrap();
        assert_eq!(max.secs(), MAX_SECS);
        let min = DateTime::parse("0001-01-01T00:00:00Z", TimestampFormat::DateTime).unwrap();
        assert_eq!(min.secs(), MIN_SECS);
        assert!(DateTime::parse("253402300800", TimestampFormat::EpochSeconds).is_err());
        assert_eq!(DateTime::from_secs_f64(f64::INFINITY).secs(), MAX_SECS);
        assert_eq!(DateTime::from_secs_f64(f64::NEG_INFINITY).secs(), MIN_SECS);
        assert_eq!(DateTime::from_secs_f64(f64::NAN).secs(), 0);
        assert_eq!(DateTime::try_from_secs_f64(1e14), None);
        assert_eq!(DateTime::try_from_secs_f64(f64::NAN), None);
        assert_eq!(DateTime::try_from_secs_f64(-62135596801.0), None);
        assert_eq!(
            DateTime::try_from_secs_f64(253402300799.5).map(|t| t.secs()),
            Some(MAX_SECS)
        );
        // Constructed out of range, converted without a panic.
        let far: SystemTime = DateTime::from_secs(i64::MAX).into();
        assert_eq!(DateTime::from(far).secs(), MAX_SECS);
        let early: SystemTime = DateTime::from_secs(i64::MIN).into();
        assert_eq!(DateTime::from(early).secs(), MIN_SECS);
        assert_eq!(DateTime::from_secs(i64::MAX).as_millis(), i64::MAX);
    }

    #[test]
    fn negative_fractions_round_trip() {
        for (text, secs, nanos) in [
            ("-1.5", -2, 500_000_000),
            ("-0.25", -1, 750_000_000),
            ("-22222222222.2", -22222222223, 800_000_000),
            ("-62135596799.5", -62135596800, 500_000_000),
        ] {
            let t = DateTime::parse(text, TimestampFormat::EpochSeconds).unwrap();
            assert_eq!((t.secs(), t.subsec_nanos()), (secs, nanos), "{text}");
            assert_eq!(t.format(TimestampFormat::EpochSeconds), text);
        }
    }

    #[test]
    fn errors_quote_a_bounded_prefix() {
        let long = "x".repeat(10_000);
        let msg = DateTime::parse_any(&long).unwrap_err().to_string();
        assert!(msg.len() < 200, "{msg}");
        assert!(msg.ends_with("..."), "{msg}");
    }
}
