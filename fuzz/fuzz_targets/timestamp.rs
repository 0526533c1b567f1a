//! Every timestamp parser: the three wire formats and the lenient reader, on text and on
//! raw bytes, and the timestamps inside responses (an S3 `Last-Modified` header, DynamoDB
//! JSON, an XML listing). A parsed instant must print and parse back to itself.
#![no_main]
use boto_core::{DateTime, TimestampFormat};
use boto_fuzz::{parse, split};
use libfuzzer_sys::fuzz_target;

const FORMATS: [TimestampFormat; 3] = [
    TimestampFormat::DateTime,
    TimestampFormat::HttpDate,
    TimestampFormat::EpochSeconds,
];

fn check(text: &str) {
    for f in FORMATS {
        if let Ok(t) = DateTime::parse(text, f) {
            round_trip(t);
        }
    }
    if let Ok(t) = DateTime::parse_any(text) {
        round_trip(t);
    }
}

fn round_trip(t: DateTime) {
    let _ = t.as_millis();
    let _ = std::time::SystemTime::from(t);
    for f in FORMATS {
        let text = t.format(f);
        let back = DateTime::parse(&text, f).expect("a printed timestamp parses");
        if f == TimestampFormat::HttpDate {
            assert_eq!(back.secs(), t.secs(), "{text}"); // HTTP dates have whole seconds
        } else {
            assert_eq!(back, t, "{text}");
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let (sel, rest) = split(data);
    let lossy = String::from_utf8_lossy(rest);
    check(&lossy);
    match sel % 4 {
        0 => parse("s3", "HeadObject", 200, &[("last-modified", rest)], b""),
        1 => {
            let body = format!(r#"{{"Table":{{"CreationDateTime":"{}"}}}}"#, lossy.escape_default());
            parse("dynamodb", "DescribeTable", 200, &[], body.as_bytes());
            let body = format!(r#"{{"Table":{{"CreationDateTime":{lossy}}}}}"#);
            parse("dynamodb", "DescribeTable", 200, &[], body.as_bytes());
        }
        2 => {
            let mut body = b"<ListBucketResult><Contents><Key>k</Key><LastModified>".to_vec();
            body.extend_from_slice(rest);
            body.extend_from_slice(b"</LastModified></Contents></ListBucketResult>");
            parse("s3", "ListObjectsV2", 200, &[], &body);
        }
        _ => parse("s3", "GetObject", 200, &[("expires", rest), ("last-modified", rest)], b""),
    }
});
