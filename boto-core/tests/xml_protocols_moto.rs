//! The XML protocol family against moto in server mode, with botocore's own service models
//! (operation subsets of S3, EC2, SNS and IAM in `tests/data/`, documentation stripped),
//! through the whole pipeline: `DynamicClient::call` serializes, signs (SigV4), sends over
//! the pooled transport to 127.0.0.1 and parses the answer or the service error.

use boto_core::dynamic::{DynamicClient, ServiceModel};
use boto_core::{Credentials, ErrorKind, Session};
use serde_json::json;

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
        .credentials(Credentials::new("AKIDEXAMPLE", "SECRETEXAMPLE", None))
        .build()
        .expect("session");
    DynamicClient::new(&session, model)
}

#[tokio::test]
async fn s3_rest_xml_round_trips() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let s3 = client(&moto, "s3");
    s3.call(
        "CreateBucket",
        json!({"Bucket": "xml-bucket",
        "CreateBucketConfiguration": {"LocationConstraint": "eu-west-1"}}),
    )
    .await
    .expect("CreateBucket with a namespaced payload");
    let loc = s3
        .call("GetBucketLocation", json!({"Bucket": "xml-bucket"}))
        .await
        .expect("GetBucketLocation");
    assert_eq!(loc["LocationConstraint"], "eu-west-1", "{loc}");
    for key in ["a.txt", "dir/b & c.txt", "dir/ü.txt"] {
        let out = s3
            .call(
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
    let out = s3
        .call(
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

    s3.call(
        "PutBucketTagging",
        json!({"Bucket": "xml-bucket",
        "Tagging": {"TagSet": [{"Key": "team", "Value": "<xml & co>"}]}}),
    )
    .await
    .expect("PutBucketTagging");
    let tags = s3
        .call("GetBucketTagging", json!({"Bucket": "xml-bucket"}))
        .await
        .unwrap();
    assert_eq!(
        tags["TagSet"],
        json!([{"Key": "team", "Value": "<xml & co>"}])
    );

    let head = s3
        .call(
            "HeadObject",
            json!({"Bucket": "xml-bucket", "Key": "a.txt"}),
        )
        .await
        .expect("HeadObject");
    assert_eq!(head["ContentLength"], 5);
    assert_eq!(head["Metadata"], json!({"colour": "blue"}));

    let copied = s3
        .call(
            "CopyObject",
            json!({"Bucket": "xml-bucket", "Key": "copy.txt",
        "CopySource": "xml-bucket/a.txt"}),
        )
        .await
        .expect("CopyObject");
    assert!(copied["CopyObjectResult"]["ETag"].is_string(), "{copied}");

    let deleted = s3
        .call(
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

    let err = s3
        .call("GetObject", json!({"Bucket": "xml-bucket", "Key": "a.txt"}))
        .await
        .unwrap_err();
    assert!(err.is_code("NoSuchKey"), "{err}");
    assert_eq!(err.status(), Some(404));
    let err = s3
        .call("HeadObject", json!({"Bucket": "xml-bucket", "Key": "nope"}))
        .await
        .unwrap_err();
    assert_eq!(
        (err.code(), err.status()),
        (Some("404"), Some(404)),
        "{err}"
    );
    let err = s3
        .call("ListObjectsV2", json!({"Bucket": "no-such-bucket"}))
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
    let vpc = ec2.call("CreateVpc", json!({"CidrBlock": "10.7.0.0/16",
        "TagSpecifications": [{"ResourceType": "vpc", "Tags": [{"Key": "Name", "Value": "xml & vpc"}]}]}))
        .await
        .expect("CreateVpc");
    let id = vpc["Vpc"]["VpcId"].as_str().expect("VpcId").to_owned();
    assert_eq!(vpc["Vpc"]["CidrBlock"], "10.7.0.0/16");
    ec2.call(
        "CreateTags",
        json!({"Resources": [id], "Tags": [{"Key": "env", "Value": "test"}]}),
    )
    .await
    .expect("CreateTags");
    let out = ec2
        .call(
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

    let err = ec2
        .call("DescribeVpcs", json!({"VpcIds": ["vpc-00000000"]}))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Service);
    assert!(err.is_code("InvalidVpcID.NotFound"), "{err}");
    assert!(err.request_id().is_some(), "{err:?}");
    ec2.call("DeleteVpc", json!({"VpcId": id}))
        .await
        .expect("DeleteVpc");
}

#[tokio::test]
async fn sns_and_iam_aws_query_round_trips() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let sns = client(&moto, "sns");
    let topic = sns
        .call(
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
    let attrs = sns
        .call("GetTopicAttributes", json!({"TopicArn": arn}))
        .await
        .expect("GetTopicAttributes");
    assert_eq!(
        attrs["Attributes"]["DisplayName"], "XML & friends",
        "{attrs}"
    );
    let listed = sns.call("ListTopics", json!({})).await.expect("ListTopics");
    assert!(listed["Topics"]
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["TopicArn"] == arn.as_str()));
    let published = sns
        .call(
            "Publish",
            json!({"TopicArn": arn, "Message": "héllo <b>",
        "MessageAttributes": {"colour": {"DataType": "String", "StringValue": "blue"}}}),
        )
        .await
        .expect("Publish");
    assert!(published["MessageId"].is_string());
    let err = sns
        .call(
            "GetTopicAttributes",
            json!({"TopicArn": "arn:aws:sns:us-east-1:123456789012:missing"}),
        )
        .await
        .unwrap_err();
    assert!(err.is_code("NotFound"), "{err}");
    assert_eq!(err.status(), Some(404));

    let iam = client(&moto, "iam");
    let user = iam
        .call(
            "CreateUser",
            json!({"UserName": "xml-user", "Path": "/xml/",
        "Tags": [{"Key": "team", "Value": "x"}]}),
        )
        .await
        .expect("CreateUser");
    assert_eq!(user["User"]["UserName"], "xml-user");
    assert!(user["User"]["CreateDate"].is_number());
    let users = iam
        .call("ListUsers", json!({"PathPrefix": "/xml/"}))
        .await
        .expect("ListUsers");
    assert_eq!(users["Users"].as_array().map(Vec::len), Some(1), "{users}");
    let err = iam
        .call("GetUser", json!({"UserName": "nobody"}))
        .await
        .unwrap_err();
    assert!(err.is_code("NoSuchEntity"), "{err}");
    assert!(err.message().is_some_and(|m| m.contains("nobody")), "{err}");
}
