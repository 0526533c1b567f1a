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
            GetObjectRequest::new().bucket("b").key("a/k"),
            std::time::Duration::from_secs(60),
        )
        .unwrap();
    let text = format!("{url:?}");
    assert!(text.contains("/b/a/k"), "{text}");
}
