//! The XML protocol family against moto in server mode, with the real botocore models,
//! paginators and waiters of S3, EC2, SNS and IAM read from the installed botocore (see
//! `testkit::botocore`), through the whole pipeline: `DynamicClient::call` serializes,
//! signs (SigV4), sends over the pooled transport to 127.0.0.1 and parses the answer or the
//! service error; `paginate` follows real tokens and `wait` runs real acceptors.

mod support {
    pub mod botocore_client;
}

use boto_core::dynamic::DynamicClient;
use boto_core::ErrorKind;
use futures::TryStreamExt;
use serde_json::{json, Value};
use std::time::Duration;

/// A client of the real model, or `None` when moto or botocore is missing (outside CI).
fn client(moto: &testkit::MotoServer, service: &str) -> Option<DynamicClient> {
    let data = testkit::botocore::data_dir()?;
    Some(support::botocore_client::client(&data, service, moto))
}

/// Every page of `op`, `page_size` results per page (when given).
async fn pages(c: &DynamicClient, op: &str, params: Value, page_size: Option<u64>) -> Vec<Value> {
    let mut p = c.paginate(op, params);
    if let Some(n) = page_size {
        p = p.page_size(n);
    }
    p.try_collect()
        .await
        .unwrap_or_else(|e| panic!("{op} pages: {e}"))
}

#[tokio::test]
async fn s3_rest_xml_round_trips() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let Some(s3) = client(&moto, "s3") else {
        return;
    };
    s3.call(
        "CreateBucket",
        json!({"Bucket": "xml-bucket",
        "CreateBucketConfiguration": {"LocationConstraint": "eu-west-1"}}),
    )
    .await
    .expect("CreateBucket with a namespaced payload");
    s3.wait("BucketExists", json!({"Bucket": "xml-bucket"}))
        .expect("BucketExists waiter")
        .delay(Duration::from_millis(50))
        .await
        .expect("the bucket exists");
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
    // ListObjectsV2 pages through NextContinuationToken, two keys a page (MaxKeys).
    for i in 0..7 {
        s3.call(
            "PutObject",
            json!({"Bucket": "xml-bucket", "Key": format!("page/{i}"), "Body": "x"}),
        )
        .await
        .expect("PutObject");
    }
    let listed = pages(
        &s3,
        "ListObjectsV2",
        json!({"Bucket": "xml-bucket", "Prefix": "page/"}),
        Some(2),
    )
    .await;
    assert_eq!(listed.len(), 4, "7 keys, 2 a page: {listed:?}");
    assert!(listed[..3].iter().all(|p| p["IsTruncated"] == true));
    let keys: Vec<String> = s3
        .paginate(
            "ListObjectsV2",
            json!({"Bucket": "xml-bucket", "Prefix": "page/"}),
        )
        .page_size(2)
        .items()
        .map_ok(|o| o["Key"].as_str().unwrap_or_default().to_owned())
        .try_collect()
        .await
        .expect("ListObjectsV2 items");
    assert_eq!(
        keys,
        (0..7).map(|i| format!("page/{i}")).collect::<Vec<_>>()
    );
    // ListObjects (v1) pages with `NextMarker || Contents[-1].Key` as its token.
    let v1 = pages(
        &s3,
        "ListObjects",
        json!({"Bucket": "xml-bucket", "Prefix": "page/"}),
        Some(3),
    )
    .await;
    assert_eq!(v1.len(), 3, "{v1:?}");
    assert_eq!(v1[2]["Contents"][0]["Key"], "page/6");

    // delete every object (paginated), then the bucket, and wait until it is gone
    let all: Vec<Value> = s3
        .paginate("ListObjectsV2", json!({"Bucket": "xml-bucket"}))
        .page_size(4)
        .items()
        .map_ok(|o| json!({"Key": o["Key"]}))
        .try_collect()
        .await
        .expect("every key");
    assert_eq!(all.len(), 9, "2 under dir/ and 7 under page/: {all:?}");
    s3.call(
        "DeleteObjects",
        json!({"Bucket": "xml-bucket", "Delete": {"Objects": all}}),
    )
    .await
    .expect("DeleteObjects");
    s3.call("DeleteBucket", json!({"Bucket": "xml-bucket"}))
        .await
        .expect("DeleteBucket");
    let gone = s3
        .wait("BucketNotExists", json!({"Bucket": "xml-bucket"}))
        .expect("BucketNotExists waiter")
        .delay(Duration::from_millis(50))
        .await
        .expect("the bucket is gone");
    assert!(gone.is_null(), "an error (404) acceptor succeeded: {gone}");
    let err = s3
        .wait(
            "ObjectExists",
            json!({"Bucket": "xml-bucket", "Key": "a.txt"}),
        )
        .expect("ObjectExists waiter")
        .delay(Duration::from_millis(10))
        .max_attempts(2)
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Waiter, "{err}");
    assert!(s3.wait("NoSuchWaiter", json!({})).is_err());
    assert!(s3.waiter_names().contains(&"BucketExists"));
    assert!(s3.can_paginate("ListObjectsV2") && !s3.can_paginate("GetObject"));

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
    let Some(ec2) = client(&moto, "ec2") else {
        return;
    };
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
async fn ec2_instances_paginate_and_wait() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let Some(ec2) = client(&moto, "ec2") else {
        return;
    };
    let images = ec2
        .call("DescribeImages", json!({"MaxResults": 5}))
        .await
        .expect("DescribeImages");
    let image = images["Images"][0]["ImageId"]
        .as_str()
        .expect("moto's default AMIs")
        .to_owned();
    let mut ids = Vec::new();
    for i in 0..5 {
        let run = ec2
            .call(
                "RunInstances",
                json!({"ImageId": image, "MinCount": 1, "MaxCount": 1, "InstanceType": "t3.micro",
                "TagSpecifications": [{"ResourceType": "instance",
                    "Tags": [{"Key": "n", "Value": i.to_string()}]}]}),
            )
            .await
            .expect("RunInstances");
        ids.push(
            run["Instances"][0]["InstanceId"]
                .as_str()
                .expect("InstanceId")
                .to_owned(),
        );
    }
    let running = ec2
        .wait("InstanceRunning", json!({"InstanceIds": ids}))
        .expect("InstanceRunning waiter")
        .delay(Duration::from_millis(50))
        .await
        .expect("instances run");
    assert_eq!(
        running["Reservations"].as_array().map(Vec::len),
        Some(5),
        "{running}"
    );
    // one reservation per RunInstances; two reservations a page (MaxResults)
    let listed = pages(&ec2, "DescribeInstances", json!({}), Some(2)).await;
    assert_eq!(listed.len(), 3, "{listed:?}");
    let mut seen: Vec<String> = listed
        .iter()
        .flat_map(|p| p["Reservations"].as_array().cloned().unwrap_or_default())
        .flat_map(|r| r["Instances"].as_array().cloned().unwrap_or_default())
        .filter_map(|i| i["InstanceId"].as_str().map(str::to_owned))
        .collect();
    seen.sort();
    let mut want = ids.clone();
    want.sort();
    assert_eq!(seen, want);
    let described = ec2
        .call("DescribeInstances", json!({"InstanceIds": [ids[0]]}))
        .await
        .expect("DescribeInstances");
    assert_eq!(
        described["Reservations"][0]["Instances"][0]["Tags"][0]["Value"],
        "0"
    );
    ec2.call("TerminateInstances", json!({"InstanceIds": ids}))
        .await
        .expect("TerminateInstances");
    ec2.wait("InstanceTerminated", json!({"InstanceIds": ids}))
        .expect("InstanceTerminated waiter")
        .delay(Duration::from_millis(50))
        .await
        .expect("instances terminate");
    // a pathAny failure acceptor: waiting for `running` on terminated instances fails
    let err = ec2
        .wait("InstanceRunning", json!({"InstanceIds": ids}))
        .unwrap()
        .delay(Duration::from_millis(10))
        .await
        .unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Waiter);
    assert!(err.to_string().contains("terminated"), "{err}");
}

#[tokio::test]
async fn sns_and_iam_aws_query_round_trips() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let Some(sns) = client(&moto, "sns") else {
        return;
    };
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
    for i in 0..104 {
        sns.call("CreateTopic", json!({"Name": format!("page-{i}")}))
            .await
            .expect("CreateTopic");
    }
    // ListTopics has no page size: moto answers 100 topics a page, with a NextToken.
    let listed = pages(&sns, "ListTopics", json!({}), None).await;
    assert_eq!(listed.len(), 2, "105 topics, 100 a page");
    let arns: Vec<Value> = sns
        .paginate("ListTopics", json!({}))
        .items()
        .map_ok(|t| t["TopicArn"].clone())
        .try_collect()
        .await
        .expect("ListTopics items");
    assert_eq!(arns.len(), 105);
    assert!(arns.contains(&json!(arn)));
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
    sns.call("DeleteTopic", json!({"TopicArn": arn}))
        .await
        .expect("DeleteTopic");
    let left = pages(&sns, "ListTopics", json!({}), None).await;
    assert_eq!(
        left.iter()
            .map(|p| p["Topics"].as_array().map_or(0, Vec::len))
            .sum::<usize>(),
        104
    );

    let Some(iam) = client(&moto, "iam") else {
        return;
    };
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
    iam.wait("UserExists", json!({"UserName": "xml-user"}))
        .expect("UserExists waiter")
        .await
        .expect("the user exists");

    // ListRoles pages with Marker while IsTruncated (more_results), MaxItems a page
    for i in 0..5 {
        iam.call(
            "CreateRole",
            json!({"RoleName": format!("role-{i}"), "Path": "/paged/",
            "AssumeRolePolicyDocument": "{\"Version\": \"2012-10-17\", \"Statement\": []}"}),
        )
        .await
        .expect("CreateRole");
    }
    let roles = pages(&iam, "ListRoles", json!({"PathPrefix": "/paged/"}), Some(2)).await;
    assert_eq!(roles.len(), 3, "{roles:?}");
    assert_eq!(roles[2]["IsTruncated"], false);
    let mut names: Vec<String> = iam
        .paginate("ListRoles", json!({"PathPrefix": "/paged/"}))
        .page_size(2)
        .items()
        .map_ok(|r| r["RoleName"].as_str().unwrap_or_default().to_owned())
        .try_collect()
        .await
        .expect("ListRoles items");
    names.sort();
    assert_eq!(
        names,
        (0..5).map(|i| format!("role-{i}")).collect::<Vec<_>>()
    );
    let role = iam
        .call("GetRole", json!({"RoleName": "role-3"}))
        .await
        .expect("GetRole");
    assert_eq!(role["Role"]["Path"], "/paged/");
    for name in &names {
        iam.call("DeleteRole", json!({"RoleName": name}))
            .await
            .expect("DeleteRole");
    }
    iam.call("DeleteUser", json!({"UserName": "xml-user"}))
        .await
        .expect("DeleteUser");
    let err = iam
        .wait("UserExists", json!({"UserName": "xml-user"}))
        .unwrap()
        .delay(Duration::from_millis(10))
        .max_attempts(2)
        .await
        .unwrap_err();
    assert!(err.to_string().contains("max attempts"), "{err}");
    let err = iam
        .call("GetUser", json!({"UserName": "nobody"}))
        .await
        .unwrap_err();
    assert!(err.is_code("NoSuchEntity"), "{err}");
    assert!(err.message().is_some_and(|m| m.contains("nobody")), "{err}");
}
