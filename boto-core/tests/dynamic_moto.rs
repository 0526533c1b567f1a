//! `DynamicClient` built from botocore's own service models (the `service-2.json.gz` files
//! of the installed botocore, which moto depends on) against moto in server mode: DynamoDB
//! (awsJson1_0), SQS (awsJson1_0, query-compatible errors), Lambda and API Gateway
//! (restJson1).

use boto_core::dynamic::{DynamicClient, ServiceModel};
use boto_core::{Credentials, Session};
use serde_json::json;
use std::path::PathBuf;
use testkit::MotoServer;

/// botocore's data directory: `BOTOCORE_DATA`, else asked of the Python that runs moto.
fn botocore_data() -> PathBuf {
    if let Ok(p) = std::env::var("BOTOCORE_DATA") {
        return PathBuf::from(p);
    }
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import botocore, os; print(os.path.join(os.path.dirname(botocore.__file__), 'data'))",
        ])
        .output()
        .expect("python3 runs (moto needs it)");
    assert!(
        out.status.success(),
        "botocore is importable where moto is installed"
    );
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

fn load_model(service: &str, version: &str) -> ServiceModel {
    let path = botocore_data()
        .join(service)
        .join(version)
        .join("service-2.json.gz");
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    ServiceModel::from_json(&bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn client(moto: &MotoServer, service: &str, version: &str) -> DynamicClient {
    let session = Session::builder()
        .region("us-east-1")
        .endpoint_url(moto.endpoint())
        .credentials(Credentials::new("testing", "testing", None))
        .build()
        .unwrap();
    DynamicClient::new(&session, load_model(service, version))
}

#[tokio::test(flavor = "multi_thread")]
async fn dynamodb_through_the_dynamic_client() {
    let Some(moto) = MotoServer::start_or_skip() else {
        return;
    };
    let ddb = client(&moto, "dynamodb", "2012-08-10");
    let created = ddb
        .call(
            "CreateTable",
            json!({
                "TableName": "users",
                "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"},
                              {"AttributeName": "sk", "KeyType": "RANGE"}],
                "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"},
                                         {"AttributeName": "sk", "AttributeType": "N"}],
                "BillingMode": "PAY_PER_REQUEST"
            }),
        )
        .await
        .unwrap();
    assert_eq!(created["TableDescription"]["TableName"], "users");
    // CreationDateTime is a timestamp: epoch seconds in results.
    assert!(created["TableDescription"]["CreationDateTime"].is_number());

    for (sk, name) in [("1", "a"), ("2", "b"), ("3", "c")] {
        ddb.call(
            "PutItem",
            json!({"TableName": "users",
                   "Item": {"pk": {"S": "u"}, "sk": {"N": sk}, "name": {"S": name},
                            "raw": {"B": "bytes"}, "big": {"N": "123456789012345678901234567890"}}}),
        )
        .await
        .unwrap();
    }
    let got = ddb
        .call(
            "GetItem",
            json!({"TableName": "users", "Key": {"pk": {"S": "u"}, "sk": {"N": "2"}}}),
        )
        .await
        .unwrap();
    assert_eq!(got["Item"]["name"]["S"], "b");
    assert_eq!(
        got["Item"]["raw"]["B"], "bytes",
        "blobs round-trip as strings"
    );
    assert_eq!(got["Item"]["big"]["N"], "123456789012345678901234567890");

    let q = ddb
        .call(
            "Query",
            json!({"TableName": "users",
                   "KeyConditionExpression": "pk = :p AND sk >= :s",
                   "ExpressionAttributeValues": {":p": {"S": "u"}, ":s": {"N": "2"}}}),
        )
        .await
        .unwrap();
    assert_eq!(q["Count"], 2);

    let e = ddb
        .call(
            "PutItem",
            json!({"TableName": "users", "Item": {"pk": {"S": "u"}, "sk": {"N": "1"}},
                   "ConditionExpression": "attribute_not_exists(pk)"}),
        )
        .await
        .unwrap_err();
    assert!(e.is_code("ConditionalCheckFailedException"), "{e:?}");
    assert_eq!(e.status(), Some(400));
    let e = ddb
        .call("DescribeTable", json!({"TableName": "nope"}))
        .await
        .unwrap_err();
    assert!(e.is_code("ResourceNotFoundException"), "{e:?}");
    // invalid params are refused before sending
    let e = ddb.call("DescribeTable", json!({})).await.unwrap_err();
    assert_eq!(e.kind(), boto_core::ErrorKind::InvalidInput);
}

#[tokio::test(flavor = "multi_thread")]
async fn sqs_through_the_dynamic_client() {
    let Some(moto) = MotoServer::start_or_skip() else {
        return;
    };
    let sqs = client(&moto, "sqs", "2012-11-05");
    let q = sqs
        .call("CreateQueue", json!({"QueueName": "jobs"}))
        .await
        .unwrap();
    let url = q["QueueUrl"].as_str().expect("a queue URL").to_owned();
    let sent = sqs
        .call(
            "SendMessage",
            json!({"QueueUrl": url, "MessageBody": "hello",
                   "MessageAttributes": {"n": {"DataType": "Number", "StringValue": "7"}}}),
        )
        .await
        .unwrap();
    assert!(sent["MessageId"].is_string());
    let got = sqs
        .call(
            "ReceiveMessage",
            json!({"QueueUrl": url, "MaxNumberOfMessages": 10, "MessageAttributeNames": ["All"]}),
        )
        .await
        .unwrap();
    assert_eq!(got["Messages"][0]["Body"], "hello");
    assert_eq!(
        got["Messages"][0]["MessageAttributes"]["n"]["StringValue"],
        "7"
    );
    let e = sqs
        .call("GetQueueUrl", json!({"QueueName": "missing"}))
        .await
        .unwrap_err();
    assert!(e.is_code("QueueDoesNotExist"), "{e:?}");
}

#[tokio::test(flavor = "multi_thread")]
async fn rest_json_services_through_the_dynamic_client() {
    let Some(moto) = MotoServer::start_or_skip() else {
        return;
    };
    let apigw = client(&moto, "apigateway", "2015-07-09");
    let api = apigw
        .call(
            "CreateRestApi",
            json!({"name": "my api", "description": "d", "tags": {"k": "v"}}),
        )
        .await
        .unwrap();
    let id = api["id"].as_str().expect("an id").to_owned();
    assert!(api["createdDate"].is_number(), "{api}");
    let fetched = apigw
        .call("GetRestApi", json!({"restApiId": id}))
        .await
        .unwrap();
    assert_eq!(fetched["name"], "my api");
    let listed = apigw
        .call("GetRestApis", json!({"limit": 5}))
        .await
        .unwrap();
    assert_eq!(listed["items"][0]["id"], id.as_str());
    let e = apigw
        .call("GetRestApi", json!({"restApiId": "nope"}))
        .await
        .unwrap_err();
    assert_eq!(e.status(), Some(404), "{e:?}");
    assert!(e.is_code("NotFoundException"), "{e:?}");

    let lambda = client(&moto, "lambda", "2015-03-31");
    let fns = lambda.call("ListFunctions", json!({})).await.unwrap();
    assert_eq!(fns["Functions"], json!([]));
    let e = lambda
        .call("GetFunction", json!({"FunctionName": "missing"}))
        .await
        .unwrap_err();
    assert!(e.is_code("ResourceNotFoundException"), "{e:?}");
    assert_eq!(e.status(), Some(404));
}
