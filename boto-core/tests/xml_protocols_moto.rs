//! The XML protocol family against moto in server mode, with botocore's own service models
//! (operation subsets of S3, EC2, SNS and IAM in `tests/data/`, documentation stripped):
//! requests built by `DynamicClient::build_request`, sent over a plain HTTP/1.1 connection
//! to 127.0.0.1, answers read by `DynamicClient::parse_response`.
//!
//! Requests carry an unverified SigV4-shaped `Authorization` header: moto routes a request
//! to its service by the credential scope and does not check signatures unless asked to.

use boto_core::dynamic::{DynamicClient, ServiceModel};
use boto_core::{ErrorKind, Session};
use bytes::Bytes;
use serde_json::{json, Value as Json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn client(moto: &testkit::MotoServer, model: &str) -> DynamicClient {
    let path = format!(
        "{}/tests/data/{model}-subset.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let model = ServiceModel::from_json(&bytes).expect("botocore model loads");
    let session = Session::builder()
        .region("us-east-1")
        .endpoint_url(moto.endpoint())
        .build()
        .expect("session");
    DynamicClient::new(&session, model)
}

/// Sends one request to 127.0.0.1 and reads the whole answer (`Connection: close`).
async fn send(req: http::Request<Bytes>, service: &str) -> http::Response<Bytes> {
    let uri = req.uri().clone();
    let authority = uri.authority().expect("authority").as_str().to_owned();
    assert!(
        authority.starts_with("127.0.0.1:"),
        "only 127.0.0.1 is a target"
    );
    let mut head = format!(
        "{} {} HTTP/1.1\r\nHost: {authority}\r\nConnection: close\r\n\
         Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/{service}/aws4_request, SignedHeaders=host, Signature=00\r\n\
         X-Amz-Date: 20260101T000000Z\r\n",
        req.method(),
        uri.path_and_query().map(|p| p.as_str()).unwrap_or("/")
    );
    for (k, v) in req.headers() {
        if k != http::header::HOST {
            head.push_str(&format!("{k}: {}\r\n", v.to_str().expect("ASCII header")));
        }
    }
    if !req.headers().contains_key(http::header::CONTENT_LENGTH) {
        head.push_str(&format!("Content-Length: {}\r\n", req.body().len()));
    }
    head.push_str("\r\n");
    let mut stream = tokio::net::TcpStream::connect(authority.as_str())
        .await
        .expect("connect");
    stream.write_all(head.as_bytes()).await.unwrap();
    stream.write_all(req.body()).await.unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("response head");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut body = raw[split + 4..].to_vec();
    let mut lines = head.split("\r\n");
    let status: u16 = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .unwrap()
        .parse()
        .unwrap();
    let mut resp = http::Response::builder().status(status);
    let mut chunked = false;
    for line in lines {
        if let Some((k, v)) = line.split_once(':') {
            chunked |= k.eq_ignore_ascii_case("transfer-encoding") && v.trim() == "chunked";
            resp = resp.header(k.trim(), v.trim());
        }
    }
    if chunked {
        body = dechunk(&body);
    }
    resp.body(Bytes::from(body)).unwrap()
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let eol = b.windows(2).position(|w| w == b"\r\n").expect("chunk size");
        let size =
            usize::from_str_radix(std::str::from_utf8(&b[..eol]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&b[eol + 2..eol + 2 + size]);
        b = &b[eol + 4 + size..];
    }
}

async fn call(c: &DynamicClient, service: &str, op: &str, params: Json) -> boto_core::Result<Json> {
    let req = c.build_request(op, &params)?;
    let resp = send(req, service).await;
    c.parse_response(op, resp)
}

#[tokio::test]
async fn s3_rest_xml_round_trips() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let s3 = client(&moto, "s3");
    call(
        &s3,
        "s3",
        "CreateBucket",
        json!({"Bucket": "xml-bucket",
        "CreateBucketConfiguration": {"LocationConstraint": "eu-west-1"}}),
    )
    .await
    .expect("CreateBucket with a namespaced payload");
    let loc = call(
        &s3,
        "s3",
        "GetBucketLocation",
        json!({"Bucket": "xml-bucket"}),
    )
    .await
    .expect("GetBucketLocation");
    assert_eq!(loc["LocationConstraint"], "eu-west-1", "{loc}");
    for key in ["a.txt", "dir/b & c.txt", "dir/ü.txt"] {
        let out = call(
            &s3,
            "s3",
            "PutObject",
            json!({"Bucket": "xml-bucket", "Key": key,
            "Body": "hello", "Metadata": {"colour": "blue"}}),
        )
        .await
        .expect("PutObject");
        assert!(
            out["ETag"].as_str().is_some_and(|e| e.starts_with('"')),
            "{out}"
        );
    }
    let out = call(
        &s3,
        "s3",
        "ListObjectsV2",
        json!({"Bucket": "xml-bucket", "Prefix": "dir/"}),
    )
    .await
    .expect("ListObjectsV2");
    let keys: Vec<&str> = out["Contents"]
        .as_array()
        .expect("flattened Contents")
        .iter()
        .filter_map(|o| o["Key"].as_str())
        .collect();
    assert_eq!(keys, ["dir/b & c.txt", "dir/ü.txt"]);
    assert_eq!(out["KeyCount"], 2);
    assert_eq!(out["IsTruncated"], false);
    assert!(out["Contents"][0]["LastModified"].is_number(), "{out}");
    assert_eq!(out["Contents"][0]["Size"], 5);

    call(
        &s3,
        "s3",
        "PutBucketTagging",
        json!({"Bucket": "xml-bucket",
        "Tagging": {"TagSet": [{"Key": "team", "Value": "<xml & co>"}]}}),
    )
    .await
    .expect("PutBucketTagging");
    let tags = call(
        &s3,
        "s3",
        "GetBucketTagging",
        json!({"Bucket": "xml-bucket"}),
    )
    .await
    .unwrap();
    assert_eq!(
        tags["TagSet"],
        json!([{"Key": "team", "Value": "<xml & co>"}])
    );

    let head = call(
        &s3,
        "s3",
        "HeadObject",
        json!({"Bucket": "xml-bucket", "Key": "a.txt"}),
    )
    .await
    .expect("HeadObject");
    assert_eq!(head["ContentLength"], 5);
    assert_eq!(head["Metadata"], json!({"colour": "blue"}));

    let copied = call(
        &s3,
        "s3",
        "CopyObject",
        json!({"Bucket": "xml-bucket", "Key": "copy.txt",
        "CopySource": "xml-bucket/a.txt"}),
    )
    .await
    .expect("CopyObject");
    assert!(copied["CopyObjectResult"]["ETag"].is_string(), "{copied}");

    let deleted = call(
        &s3,
        "s3",
        "DeleteObjects",
        json!({"Bucket": "xml-bucket",
        "Delete": {"Objects": [{"Key": "a.txt"}, {"Key": "copy.txt"}], "Quiet": false}}),
    )
    .await
    .expect("DeleteObjects");
    let gone: Vec<&str> = deleted["Deleted"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["Key"].as_str())
        .collect();
    assert_eq!(gone.len(), 2, "{deleted}");

    let err = call(
        &s3,
        "s3",
        "GetObject",
        json!({"Bucket": "xml-bucket", "Key": "a.txt"}),
    )
    .await
    .unwrap_err();
    assert!(err.is_code("NoSuchKey"), "{err}");
    assert_eq!(err.status(), Some(404));
    let err = call(
        &s3,
        "s3",
        "HeadObject",
        json!({"Bucket": "xml-bucket", "Key": "nope"}),
    )
    .await
    .unwrap_err();
    assert_eq!(
        (err.code(), err.status()),
        (Some("404"), Some(404)),
        "{err}"
    );
    let err = call(
        &s3,
        "s3",
        "ListObjectsV2",
        json!({"Bucket": "no-such-bucket"}),
    )
    .await
    .unwrap_err();
    assert!(err.is_code("NoSuchBucket"), "{err}");
}

#[tokio::test]
async fn ec2_query_round_trips() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let ec2 = client(&moto, "ec2");
    let vpc = call(&ec2, "ec2", "CreateVpc", json!({"CidrBlock": "10.7.0.0/16",
        "TagSpecifications": [{"ResourceType": "vpc", "Tags": [{"Key": "Name", "Value": "xml & vpc"}]}]}))
        .await
        .expect("CreateVpc");
    let id = vpc["Vpc"]["VpcId"].as_str().expect("VpcId").to_owned();
    assert_eq!(vpc["Vpc"]["CidrBlock"], "10.7.0.0/16");
    call(
        &ec2,
        "ec2",
        "CreateTags",
        json!({"Resources": [id], "Tags": [{"Key": "env", "Value": "test"}]}),
    )
    .await
    .expect("CreateTags");
    let out = call(
        &ec2,
        "ec2",
        "DescribeVpcs",
        json!({"Filters": [
        {"Name": "tag:Name", "Values": ["xml & vpc"]}]}),
    )
    .await
    .expect("DescribeVpcs");
    let vpcs = out["Vpcs"].as_array().expect("Vpcs from vpcSet/item");
    assert_eq!(vpcs.len(), 1, "{out}");
    assert_eq!(vpcs[0]["VpcId"], id.as_str());
    let mut tags: Vec<(String, String)> = vpcs[0]["Tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| {
            (
                t["Key"].as_str().unwrap().into(),
                t["Value"].as_str().unwrap().into(),
            )
        })
        .collect();
    tags.sort();
    assert_eq!(
        tags,
        [
            ("Name".into(), "xml & vpc".into()),
            ("env".into(), "test".into())
        ]
    );
    assert!(vpcs[0]["IsDefault"].is_boolean());

    let err = call(
        &ec2,
        "ec2",
        "DescribeVpcs",
        json!({"VpcIds": ["vpc-00000000"]}),
    )
    .await
    .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Service);
    assert!(err.is_code("InvalidVpcID.NotFound"), "{err}");
    assert!(err.request_id().is_some(), "{err:?}");
    call(&ec2, "ec2", "DeleteVpc", json!({"VpcId": id}))
        .await
        .expect("DeleteVpc");
}

#[tokio::test]
async fn sns_and_iam_aws_query_round_trips() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let sns = client(&moto, "sns");
    let topic = call(
        &sns,
        "sns",
        "CreateTopic",
        json!({"Name": "xml-topic",
        "Attributes": {"DisplayName": "XML & friends"}, "Tags": [{"Key": "k", "Value": "v"}]}),
    )
    .await
    .expect("CreateTopic");
    let arn = topic["TopicArn"]
        .as_str()
        .expect("TopicArn in CreateTopicResult")
        .to_owned();
    let attrs = call(&sns, "sns", "GetTopicAttributes", json!({"TopicArn": arn}))
        .await
        .expect("GetTopicAttributes");
    assert_eq!(
        attrs["Attributes"]["DisplayName"], "XML & friends",
        "{attrs}"
    );
    let listed = call(&sns, "sns", "ListTopics", json!({}))
        .await
        .expect("ListTopics");
    assert!(listed["Topics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["TopicArn"] == arn.as_str()));
    let published = call(
        &sns,
        "sns",
        "Publish",
        json!({"TopicArn": arn, "Message": "héllo <b>",
        "MessageAttributes": {"colour": {"DataType": "String", "StringValue": "blue"}}}),
    )
    .await
    .expect("Publish");
    assert!(published["MessageId"].is_string());
    let err = call(
        &sns,
        "sns",
        "GetTopicAttributes",
        json!({"TopicArn": "arn:aws:sns:us-east-1:123456789012:missing"}),
    )
    .await
    .unwrap_err();
    assert!(err.is_code("NotFound"), "{err}");
    assert_eq!(err.status(), Some(404));

    let iam = client(&moto, "iam");
    let user = call(
        &iam,
        "iam",
        "CreateUser",
        json!({"UserName": "xml-user", "Path": "/xml/",
        "Tags": [{"Key": "team", "Value": "x"}]}),
    )
    .await
    .expect("CreateUser");
    assert_eq!(user["User"]["UserName"], "xml-user");
    assert!(user["User"]["CreateDate"].is_number());
    let users = call(&iam, "iam", "ListUsers", json!({"PathPrefix": "/xml/"}))
        .await
        .expect("ListUsers");
    assert_eq!(users["Users"].as_array().map(Vec::len), Some(1), "{users}");
    let err = call(&iam, "iam", "GetUser", json!({"UserName": "nobody"}))
        .await
        .unwrap_err();
    assert!(err.is_code("NoSuchEntity"), "{err}");
    assert!(err.message().is_some_and(|m| m.contains("nobody")), "{err}");
}
