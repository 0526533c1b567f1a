//! Awkward but valid inputs compile without a single warning: raw identifiers, doc
//! comments, restricted visibility, nested and recursive shapes, a REST client with typed
//! waiter matchers.
#![deny(warnings, missing_docs)]

use boto_core::{client, Op, Shape};
use std::collections::HashMap;

/// Shapes in a module, used from outside it.
pub mod shapes {
    use boto_core::{Blob, ByteStream, DateTime, Document, Shape};
    use std::collections::HashMap;

    /// Raw identifiers, docs and `pub(crate)` fields.
    #[derive(Shape, Debug, Clone, Default, PartialEq)]
    pub struct Awkward {
        /// The type (a keyword).
        pub r#type: Option<String>,
        pub(crate) r#match: i64,
        /// Nested structures, lists of lists, maps of lists.
        pub nested: Option<Inner>,
        /// Lists of lists.
        pub list_of_lists: Vec<Vec<Inner>>,
        /// Maps of lists.
        pub map_of_lists: HashMap<String, Vec<String>>,
        /// Scalars of every kind.
        pub when: Option<DateTime>,
        /// A document.
        pub doc: Option<Document>,
        /// Blobs.
        pub data: Vec<Blob>,
        /// Small numbers.
        pub small: Option<u8>,
        /// Single precision.
        pub float: f32,
        /// A union, recursive.
        pub tree: Option<Tree>,
    }

    /// A nested shape.
    #[derive(Shape, Debug, Clone, Default, PartialEq)]
    pub struct Inner {
        pub(crate) value: String,
    }

    /// A recursive union.
    #[derive(Shape, Debug, Clone, PartialEq)]
    pub enum Tree {
        /// A leaf.
        Leaf(String),
        /// Children.
        Node(Vec<Tree>),
        /// A member this version does not know.
        #[shape(other)]
        Unknown(String),
    }

    /// An empty structure.
    #[derive(Shape, Debug, Clone, Default)]
    pub struct Empty;

    /// `HEAD /{Bucket}`.
    #[derive(Shape, Debug, Clone, Default)]
    pub struct HeadBucketRequest {
        /// The bucket.
        #[shape(label)]
        pub bucket: String,
    }

    /// `GET /{Bucket}/{Key+}`.
    #[derive(Shape, Debug, Clone, Default)]
    pub struct GetObjectRequest {
        /// The bucket.
        #[shape(label)]
        pub bucket: String,
        /// The key.
        #[shape(label)]
        pub key: String,
        /// A version.
        #[shape(query = "versionId")]
        pub version_id: Option<String>,
    }

    /// The object.
    #[derive(Shape, Debug, Default)]
    pub struct GetObjectOutput {
        /// The bytes.
        #[shape(payload)]
        pub body: ByteStream,
        /// When it changed.
        #[shape(header = "Last-Modified", timestamp = "rfc822")]
        pub last_modified: Option<DateTime>,
        /// User metadata.
        #[shape(prefix_headers = "x-amz-meta-")]
        pub metadata: HashMap<String, String>,
    }

    /// A listing request.
    #[derive(Shape, Debug, Clone, Default)]
    pub struct ListObjectsV2Request {
        /// The bucket.
        #[shape(label)]
        pub bucket: String,
        /// Where the previous page ended.
        #[shape(query = "continuation-token")]
        pub continuation_token: Option<String>,
        /// Page size.
        #[shape(query = "max-keys")]
        pub max_keys: Option<i32>,
    }

    /// A listing page.
    #[derive(Shape, Debug, Clone, Default)]
    #[shape(xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
    pub struct ListObjectsV2Output {
        /// The objects.
        #[shape(flattened)]
        pub contents: Vec<Object>,
        /// Where the next page starts.
        pub next_continuation_token: Option<String>,
    }

    /// An object in a listing.
    #[derive(Shape, Debug, Clone, Default)]
    pub struct Object {
        /// Its key.
        pub key: String,
        /// Its storage class.
        pub storage_class: Option<StorageClass>,
    }

    /// A string enum.
    #[derive(Shape, Debug, Clone, PartialEq, Eq, Hash)]
    pub enum StorageClass {
        /// Standard.
        #[shape(name = "STANDARD")]
        Standard,
        /// Anything newer.
        #[shape(other)]
        Unknown(String),
    }
}

use shapes::*;

/// A REST client with waiters over typed outputs.
#[client(
    service = "s3",
    protocol = "restXml",
    api_version = "2006-03-01",
    service_id = "S3",
    xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/"
)]
#[waiter(bucket_exists = head_bucket, delay = 5, max_attempts = 20,
         success(status = 200), retry(status = 404))]
#[waiter(all_standard = r#list_objects_v2,
         success(all = |o: &ListObjectsV2Output| -> Vec<&str> {
             o.contents.iter().map(|c| c.storage_class.as_ref().map_or("", |s| s.as_str())).collect()
         } == "STANDARD"),
         success(any = |o| -> Vec<&str> { o.contents.iter().map(|c| c.key.as_str()).collect() } == "k"),
         failure(error = "NoSuchBucket"))]
pub struct S3Client {
    /// Whether the bucket exists and is yours.
    #[op(http = "HEAD /{Bucket}")]
    head_bucket: Op<HeadBucketRequest, ()>,
    /// Reads an object.
    #[op(http = "GET /{Bucket}/{Key+}")]
    get_object: Op<GetObjectRequest, GetObjectOutput>,
    #[op(http = "GET /{Bucket}?list-type=2",
         paginate(input_token = continuation_token, output_token = next_continuation_token,
                  items = contents, limit = max_keys))]
    r#list_objects_v2: Op<ListObjectsV2Request, ListObjectsV2Output>,
    #[op(http = "POST /{Bucket}?r#match", status = 204)]
    r#match: Op<Empty, Empty>,
}

#[test]
fn awkward_inputs_work() {
    let a = Awkward::new()
        .r#type("t")
        .nested(Inner::default())
        .map_of_lists(HashMap::from([("k".to_string(), vec!["v".to_string()])]))
        .tree(Tree::Node(vec![Tree::Leaf("x".into())]));
    let back = Awkward::from_value(a.clone().into_value()).unwrap();
    assert_eq!(back, a);
    assert_eq!(back.r#match, 0);
    let names: Vec<String> = match &Awkward::schema().kind {
        boto_core::model::Kind::Structure { members, .. } => {
            members.iter().map(|m| m.name.to_string()).collect()
        }
        _ => Vec::new(),
    };
    assert_eq!(&names[..2], ["Type", "Match"]);
    assert_eq!(S3Client::__meta().service_id, "S3");
}

#[tokio::test]
async fn rest_client_presigns() {
    let session = boto_core::Session::builder()
        .region("us-east-1")
        .endpoint_url("http://127.0.0.1:9")
        .credentials(boto_core::Credentials::new("AKID", "SECRET", None))
        .build()
        .unwrap();
    let s3 = S3Client::new(&session);
    let url = s3
        .presign_get_object(
            GetObjectRequest::new()
                .bucket("b")
                .key("a/k \u{fc}+~")
                .version_id("v 1/+"),
            std::time::Duration::from_secs(60),
        )
        .unwrap();
    assert_eq!(url.method, "GET");
    assert!(url.headers.is_empty(), "{url:?}");
    let (base, query) = url.uri.split_once('?').expect("a query string");
    assert_eq!(base, "http://127.0.0.1:9/b/a/k%20%C3%BC%2B~");
    let params: Vec<(String, String)> = query
        .split('&')
        .map(|p| {
            let (k, v) = p.split_once('=').expect("name=value");
            (sigv4::decode(k), sigv4::decode(v))
        })
        .collect();
    let names: Vec<&str> = params.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(
        names,
        [
            "versionId",
            "X-Amz-Algorithm",
            "X-Amz-Credential",
            "X-Amz-Date",
            "X-Amz-Expires",
            "X-Amz-SignedHeaders",
            "X-Amz-Signature"
        ]
    );
    let param = |name: &str| params.iter().find(|(k, _)| k == name).unwrap().1.as_str();
    let when = param("X-Amz-Date");
    assert!(
        when.len() == 16
            && when.as_bytes()[8] == b'T'
            && when.ends_with('Z')
            && when[..8]
                .bytes()
                .chain(when[9..15].bytes())
                .all(|b| b.is_ascii_digit()),
        "{when}"
    );
    let day = &when[..8];
    let scope = format!("{day}/us-east-1/s3/aws4_request");
    assert_eq!(param("versionId"), "v 1/+");
    assert_eq!(param("X-Amz-Algorithm"), "AWS4-HMAC-SHA256");
    assert_eq!(param("X-Amz-Credential"), format!("AKID/{scope}"));
    assert_eq!(param("X-Amz-Expires"), "60");
    assert_eq!(param("X-Amz-SignedHeaders"), "host");

    // The signature, recomputed from the SigV4 rules (S3: the path as sent, the payload
    // unsigned) with the time the URL carries.
    let mut canonical_query: Vec<String> = params
        .iter()
        .filter(|(k, _)| k != "X-Amz-Signature")
        .map(|(k, v)| format!("{}={}", sigv4::encode(k), sigv4::encode(v)))
        .collect();
    canonical_query.sort();
    let canonical_request = format!(
        "GET\n/b/a/k%20%C3%BC%2B~\n{}\nhost:127.0.0.1:9\n\nhost\nUNSIGNED-PAYLOAD",
        canonical_query.join("&")
    );
    let string_to_sign = format!(
        "AWS4-HMAC-SHA256\n{when}\n{scope}\n{}",
        sigv4::hex(&sigv4::sha256(canonical_request.as_bytes()))
    );
    let mut key = b"AWS4SECRET".to_vec();
    for part in [day, "us-east-1", "s3", "aws4_request"] {
        key = sigv4::hmac(&key, part.as_bytes()).to_vec();
    }
    let expected = sigv4::hex(&sigv4::hmac(&key, string_to_sign.as_bytes()));
    assert_eq!(param("X-Amz-Signature"), expected);

    let shown = format!("{url:?}");
    assert!(shown.contains("/b/a/k%20%C3%BC%2B~"), "{shown}");
    assert!(!shown.contains(&expected), "{shown}");
}

/// SigV4's primitives, written out from the specification: the check above does not lean
/// on the signer it checks.
mod sigv4 {
    use sha2::{Digest, Sha256};

    pub fn sha256(data: &[u8]) -> [u8; 32] {
        Sha256::digest(data).into()
    }

    /// HMAC-SHA256 (RFC 2104).
    pub fn hmac(key: &[u8], data: &[u8]) -> [u8; 32] {
        let mut block = [0u8; 64];
        if key.len() > 64 {
            block[..32].copy_from_slice(&sha256(key));
        } else {
            block[..key.len()].copy_from_slice(key);
        }
        let pad = |byte: u8| block.iter().map(|b| b ^ byte).collect::<Vec<u8>>();
        let inner = sha256(&[pad(0x36), data.to_vec()].concat());
        sha256(&[pad(0x5c), inner.to_vec()].concat())
    }

    pub fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// URI-encoding as SigV4 defines it: everything but `A-Za-z0-9-_.~` as `%XX`.
    pub fn encode(s: &str) -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    }

    /// Percent-decoding of a query component.
    pub fn decode(s: &str) -> String {
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            let hex = b
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok());
            match (b[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
                (b'%', Some(byte)) => {
                    out.push(byte);
                    i += 3;
                }
                (other, _) => {
                    out.push(other);
                    i += 1;
                }
            }
        }
        String::from_utf8(out).expect("UTF-8")
    }
}
