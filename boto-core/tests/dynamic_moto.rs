//! `DynamicClient` built from botocore's own service models, paginators and waiters (read
//! from the installed botocore, which moto depends on) against moto in server mode: DynamoDB
//! (awsJson1_0), SQS (awsJson1_0, query-compatible errors), Lambda and API Gateway
//! (restJson1).

mod support {
    pub mod botocore_client;
}

use boto_core::dynamic::DynamicClient;
use futures::TryStreamExt;
use serde_json::{json, Value};
use std::time::Duration;
use testkit::MotoServer;

/// A client of the real model (with paginators and waiters), or `None` when botocore is
/// missing outside CI.
fn client(moto: &MotoServer, service: &str) -> Option<DynamicClient> {
    let data = testkit::botocore::data_dir()?;
    Some(support::botocore_client::client(&data, service, moto))
}

#[tokio::test(flavor = "multi_thread")]
async fn dynamodb_through_the_dynamic_client() {
    let Some(moto) = MotoServer::start_or_skip() else {
        return;
    };
    let Some(ddb) = client(&moto, "dynamodb") else {
        return;
    };
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
    let active = ddb
        .wait("TableExists", json!({"TableName": "users"}))
        .expect("TableExists waiter")
        .delay(Duration::from_millis(50))
        .await
        .expect("the table is active");
    assert_eq!(active["Table"]["TableStatus"], "ACTIVE");
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
    // Query pages through LastEvaluatedKey (a map token), one item a page (Limit)
    let pages: Vec<Value> = ddb
        .paginate(
            "Query",
            json!({"TableName": "users", "KeyConditionExpression": "pk = :p",
                   "ExpressionAttributeValues": {":p": {"S": "u"}}}),
        )
        .page_size(1)
        .try_collect()
        .await
        .expect("Query pages");
    assert!(pages.len() >= 3, "{pages:?}");
    assert!(pages[0]["LastEvaluatedKey"]["sk"]["N"].is_string());
    let names: Vec<Value> = ddb
        .paginate("Scan", json!({"TableName": "users"}))
        .page_size(2)
        .items()
        .map_ok(|i| i["name"]["S"].clone())
        .try_collect()
        .await
        .expect("Scan items");
    assert_eq!(names, [json!("a"), json!("b"), json!("c")]);

    // ListTables pages through LastEvaluatedTableName, two tables a page (Limit)
    for t in ["t1", "t2", "t3", "t4"] {
        ddb.call(
            "CreateTable",
            json!({"TableName": t,
                   "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
                   "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],
                   "BillingMode": "PAY_PER_REQUEST"}),
        )
        .await
        .expect("CreateTable");
    }
    let tables: Vec<Value> = ddb
        .paginate("ListTables", json!({}))
        .page_size(2)
        .try_collect()
        .await
        .expect("ListTables pages");
    assert_eq!(tables.len(), 3, "5 tables, 2 a page: {tables:?}");
    let all: Vec<Value> = ddb
        .paginate("ListTables", json!({}))
        .page_size(2)
        .items()
        .try_collect()
        .await
        .expect("ListTables items");
    assert_eq!(
        all,
        json!(["users", "t1", "t2", "t3", "t4"])
            .as_array()
            .unwrap()
            .clone()
    );
    ddb.call("DeleteTable", json!({"TableName": "t1"}))
        .await
        .expect("DeleteTable");
    ddb.wait("TableNotExists", json!({"TableName": "t1"}))
        .expect("TableNotExists waiter")
        .delay(Duration::from_millis(50))
        .await
        .expect("the table is gone");
    let e = ddb
        .paginate("GetItem", json!({}))
        .try_collect::<Vec<_>>()
        .await
        .unwrap_err();
    assert_eq!(e.kind(), boto_core::ErrorKind::InvalidInput, "{e}");

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
    let Some(sqs) = client(&moto, "sqs") else {
        return;
    };
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

    for i in 0..4 {
        sqs.call("CreateQueue", json!({"QueueName": format!("paged-{i}")}))
            .await
            .expect("CreateQueue");
    }
    // moto answers ListQueues in one page whatever MaxResults says; the paginator still
    // sends the limit and stops on the absent NextToken.
    let urls: Vec<Value> = sqs
        .paginate("ListQueues", json!({"QueueNamePrefix": "paged-"}))
        .page_size(2)
        .items()
        .try_collect()
        .await
        .expect("ListQueues items");
    assert_eq!(urls.len(), 4, "{urls:?}");
    let attrs = sqs
        .call(
            "GetQueueAttributes",
            json!({"QueueUrl": url, "AttributeNames": ["All"]}),
        )
        .await
        .expect("GetQueueAttributes");
    assert!(attrs["Attributes"]["QueueArn"]
        .as_str()
        .is_some_and(|a| a.ends_with(":jobs")));
    for u in urls.iter().chain([&json!(url)]) {
        sqs.call("DeleteQueue", json!({"QueueUrl": u}))
            .await
            .expect("DeleteQueue");
    }
    let left = sqs.call("ListQueues", json!({})).await.expect("ListQueues");
    assert!(
        left.get("QueueUrls").is_none_or(|u| u == &json!([])),
        "{left}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn rest_json_services_through_the_dynamic_client() {
    let Some(moto) = MotoServer::start_or_skip() else {
        return;
    };
    let Some(apigw) = client(&moto, "apigateway") else {
        return;
    };
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

    let Some(lambda) = client(&moto, "lambda") else {
        return;
    };
    let fns = lambda.call("ListFunctions", json!({})).await.unwrap();
    assert_eq!(fns["Functions"], json!([]));
    let e = lambda
        .call("GetFunction", json!({"FunctionName": "missing"}))
        .await
        .unwrap_err();
    assert!(e.is_code("ResourceNotFoundException"), "{e:?}");
    assert_eq!(e.status(), Some(404));
}
