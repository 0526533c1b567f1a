//! The protocol engine on the three reference workloads, with the real botocore models read
//! from the installed botocore (`testkit::botocore`; `BOTOCORE_DATA` overrides):
//!
//! - parsing a 1000-key S3 `ListObjectsV2` response (restXml),
//! - serializing a 25-item DynamoDB `BatchWriteItem` request (awsJson1_0),
//! - parsing an EC2 `DescribeInstances` response of 100 instances (ec2Query),
//! - parsing a 100-item DynamoDB `Query` response and serializing its request (awsJson1_0),
//! - parsing a 10-message SQS `ReceiveMessage` response (awsJson1_0),
//! - serializing typed requests both ways, the value path (`Shape::into_value` then
//!   `build_request`) and the direct one (`build_request_typed`, what `ClientHandle::call`
//!   runs): a DynamoDB `PutItem` of 100 attributes and the `BatchWriteItem` and `Query`
//!   above (awsJson1_0), an SQS `SendMessageBatch` of 10 messages, an EC2
//!   `DescribeInstances` request with filters (ec2Query), an S3 `DeleteObjects` of 1000 keys
//!   (restXml).
//!
//! Each runs through `DynamicClient::build_request` / `parse_response` (JSON params and
//! results), and through the typed paths, on `#[derive(Shape)]` structs and operations whose
//! output is their schema (as `#[client]` declares them): the value path (`parse_response`
//! then `Shape::from_value`) and the direct one (`parse_response_typed`, what
//! `ClientHandle::call` runs).
//!
//! `cargo bench -p boto-core --bench protocols` prints the figures.

use testkit::botocore;

use boto_core::dynamic::{DynamicClient, ServiceModel};
use boto_core::model::{Operation, SchemaRef, ServiceMeta, Shapes};
use boto_core::protocol::{
    build_request, build_request_typed, parse_response, parse_response_typed, Endpoint,
};
use boto_core::{DateTime, Session, Shape};
use bytes::Bytes;
use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use serde_json::json;
use std::collections::HashMap;

#[derive(Shape, Debug, Default)]
struct ListObjectsV2Output {
    is_truncated: Option<bool>,
    #[shape(flattened)]
    contents: Vec<Object>,
    name: Option<String>,
    key_count: Option<i64>,
    next_continuation_token: Option<String>,
}

#[derive(Shape, Debug, Default)]
struct Object {
    key: Option<String>,
    last_modified: Option<DateTime>,
    #[shape(name = "ETag")]
    e_tag: Option<String>,
    size: Option<i64>,
    storage_class: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
struct BatchWriteItemInput {
    request_items: HashMap<String, Vec<WriteRequest>>,
}

#[derive(Shape, Debug, Clone, Default)]
struct WriteRequest {
    put_request: Option<PutRequest>,
}

#[derive(Shape, Debug, Clone, Default)]
struct PutRequest {
    item: HashMap<String, AttributeValue>,
}

#[derive(Shape, Debug, Clone, Default)]
struct AttributeValue {
    s: Option<String>,
    n: Option<String>,
    #[shape(name = "SS")]
    ss: Option<Vec<String>>,
    #[shape(name = "BOOL")]
    bool: Option<bool>,
    #[shape(name = "M")]
    m: Option<HashMap<String, AttributeValue>>,
    #[shape(name = "L")]
    l: Option<Vec<AttributeValue>>,
}

#[derive(Shape, Debug, Clone, Default)]
struct QueryInput {
    table_name: String,
    index_name: Option<String>,
    key_condition_expression: Option<String>,
    expression_attribute_values: Option<HashMap<String, AttributeValue>>,
    limit: Option<i32>,
    exclusive_start_key: Option<HashMap<String, AttributeValue>>,
}

#[derive(Shape, Debug, Default)]
struct QueryOutput {
    items: Option<Vec<HashMap<String, AttributeValue>>>,
    count: i32,
    scanned_count: i32,
    last_evaluated_key: Option<HashMap<String, AttributeValue>>,
}

#[derive(Shape, Debug, Default)]
struct ReceiveMessageOutput {
    messages: Option<Vec<Message>>,
}

#[derive(Shape, Debug, Default)]
struct Message {
    message_id: Option<String>,
    receipt_handle: Option<String>,
    #[shape(name = "MD5OfBody")]
    md5_of_body: Option<String>,
    body: Option<String>,
    attributes: Option<HashMap<String, String>>,
    #[shape(name = "MD5OfMessageAttributes")]
    md5_of_message_attributes: Option<String>,
    message_attributes: Option<HashMap<String, MessageAttributeValue>>,
}

#[derive(Shape, Debug, Default)]
struct MessageAttributeValue {
    string_value: Option<String>,
    data_type: String,
}

#[derive(Shape, Debug, Default)]
struct DescribeInstancesOutput {
    #[shape(name = "reservationSet")]
    reservations: Vec<Reservation>,
    #[shape(name = "nextToken")]
    next_token: Option<String>,
}

#[derive(Shape, Debug, Default)]
struct Reservation {
    #[shape(name = "reservationId")]
    reservation_id: Option<String>,
    #[shape(name = "ownerId")]
    owner_id: Option<String>,
    #[shape(name = "instancesSet")]
    instances: Vec<Instance>,
}

#[derive(Shape, Debug, Default)]
struct Instance {
    #[shape(name = "instanceId")]
    instance_id: Option<String>,
    #[shape(name = "imageId")]
    image_id: Option<String>,
    #[shape(name = "instanceType")]
    instance_type: Option<String>,
    #[shape(name = "launchTime")]
    launch_time: Option<DateTime>,
    #[shape(name = "privateIpAddress")]
    private_ip_address: Option<String>,
    #[shape(name = "instanceState")]
    state: Option<InstanceState>,
    #[shape(name = "tagSet")]
    tags: Vec<Tag>,
}

#[derive(Shape, Debug, Default)]
struct InstanceState {
    #[shape(name = "code")]
    code: Option<i64>,
    #[shape(name = "name")]
    name: Option<String>,
}

#[derive(Shape, Debug, Default)]
struct Tag {
    #[shape(name = "key")]
    key: Option<String>,
    #[shape(name = "value")]
    value: Option<String>,
}

fn list_objects_body(n: usize) -> Bytes {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult \
         xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>bucket</Name><Prefix></Prefix>\
         <KeyCount>1000</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>true</IsTruncated>",
    );
    for i in 0..n {
        s.push_str(&format!(
            "<Contents><Key>logs/2026/11/22/object-{i:06}.json.gz</Key>\
             <LastModified>2026-11-22T03:0{}:38.000Z</LastModified>\
             <ETag>&quot;1d921b22129502cbbe5cbaf2c8bac682&quot;</ETag><Size>{}</Size>\
             <Owner><ID>1936a5d8a2b189cda450d1d1d514f3861b3adc2df5152d2a294487b9445d1e7f</ID>\
             <DisplayName>owner</DisplayName></Owner><StorageClass>STANDARD</StorageClass></Contents>",
            i % 10,
            i * 37
        ));
    }
    s.push_str("<NextContinuationToken>token</NextContinuationToken></ListBucketResult>");
    Bytes::from(s)
}

fn describe_instances_body(n: usize) -> Bytes {
    let mut s = String::from(
        "<DescribeInstancesResponse xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\">\
         <requestId>8f7724cf-496f-496e-8fe3-example</requestId><reservationSet>",
    );
    for r in 0..n / 2 {
        s.push_str(&format!(
            "<item><reservationId>r-{r:017x}</reservationId><ownerId>123456789012</ownerId>\
             <groupSet/><instancesSet>"
        ));
        for j in 0..2 {
            let i = r * 2 + j;
            s.push_str(&format!(
                "<item><instanceId>i-{i:017x}</instanceId><imageId>ami-0abcdef1234567890</imageId>\
                 <instanceState><code>16</code><name>running</name></instanceState>\
                 <privateDnsName>ip-10-0-{a}-{b}.ec2.internal</privateDnsName><dnsName/>\
                 <keyName>my-key</keyName><amiLaunchIndex>{j}</amiLaunchIndex>\
                 <instanceType>t3.micro</instanceType><launchTime>2026-11-22T03:00:00.000Z</launchTime>\
                 <placement><availabilityZone>us-east-1a</availabilityZone><tenancy>default</tenancy>\
                 </placement><monitoring><state>disabled</state></monitoring>\
                 <subnetId>subnet-0123456789abcdef0</subnetId><vpcId>vpc-0123456789abcdef0</vpcId>\
                 <privateIpAddress>10.0.{a}.{b}</privateIpAddress>\
                 <groupSet><item><groupId>sg-0123456789abcdef0</groupId><groupName>default</groupName>\
                 </item></groupSet><architecture>x86_64</architecture><rootDeviceType>ebs</rootDeviceType>\
                 <rootDeviceName>/dev/xvda</rootDeviceName><blockDeviceMapping><item>\
                 <deviceName>/dev/xvda</deviceName><ebs><volumeId>vol-{i:017x}</volumeId>\
                 <status>attached</status><attachTime>2026-11-22T03:00:01.000Z</attachTime>\
                 <deleteOnTermination>true</deleteOnTermination></ebs></item></blockDeviceMapping>\
                 <virtualizationType>hvm</virtualizationType><tagSet><item><key>Name</key>\
                 <value>web {i}</value></item><item><key>team</key><value>platform</value></item>\
                 </tagSet><hypervisor>xen</hypervisor><ebsOptimized>false</ebsOptimized></item>",
                a = i / 256,
                b = i % 256
            ));
        }
        s.push_str("</instancesSet></item>");
    }
    s.push_str("</reservationSet></DescribeInstancesResponse>");
    Bytes::from(s)
}

fn query_body(n: usize) -> Bytes {
    let items: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            json!({
                "pk": {"S": "user#42"}, "sk": {"N": i.to_string()},
                "name": {"S": format!("some user name number {i}")},
                "tags": {"SS": ["red", "green", "blue"]}, "active": {"BOOL": i % 2 == 0},
                "address": {"M": {"city": {"S": "Lyon"}, "zip": {"N": "69001"}}},
                "scores": {"L": [{"N": "1"}, {"N": "2"}, {"N": "3"}]}
            })
        })
        .collect();
    let doc = json!({"Items": items, "Count": n, "ScannedCount": n,
        "LastEvaluatedKey": {"pk": {"S": "user#42"}, "sk": {"N": (n - 1).to_string()}}});
    Bytes::from(serde_json::to_vec(&doc).expect("json"))
}

fn receive_message_body(n: usize) -> Bytes {
    let messages: Vec<serde_json::Value> = (0..n)
        .map(|i| {
            json!({
                "MessageId": format!("5fea7756-0ea4-451a-a703-a558b933e27{i}"),
                "ReceiptHandle": format!("MbZj6wDWli+JvwwJaBV+3dcjk2YW2vA3+STFFljTM8tJJg6HRG6PYSasuWXPJB+Cw{i}"),
                "MD5OfBody": "fafb00f5732ab283681e124bf8747ed1",
                "Body": format!("{{\"order\": {i}, \"items\": [1, 2, 3], \"note\": \"a message body of moderate length\"}}"),
                "Attributes": {"SenderId": "AIDAIENQZJOLO23YVJ4VO", "SentTimestamp": "1700000000000",
                    "ApproximateReceiveCount": "1", "ApproximateFirstReceiveTimestamp": "1700000000001"},
                "MD5OfMessageAttributes": "00484c68...59e48fb7",
                "MessageAttributes": {"trace": {"StringValue": format!("trace-{i}"), "DataType": "String"}}
            })
        })
        .collect();
    Bytes::from(serde_json::to_vec(&json!({ "Messages": messages })).expect("json"))
}

fn batch_items(n: usize) -> (serde_json::Value, BatchWriteItemInput) {
    let mut json_items = Vec::with_capacity(n);
    let mut typed = Vec::with_capacity(n);
    for i in 0..n {
        json_items.push(json!({"PutRequest": {"Item": {
            "pk": {"S": format!("user#{i}")}, "sk": {"N": i.to_string()},
            "name": {"S": format!("some user name number {i}")},
            "tags": {"SS": ["red", "green", "blue"]}, "active": {"BOOL": i % 2 == 0}}}}));
        let s = |v: String| AttributeValue {
            s: Some(v),
            ..AttributeValue::default()
        };
        let item = HashMap::from([
            ("pk".to_owned(), s(format!("user#{i}"))),
            (
                "sk".to_owned(),
                AttributeValue {
                    n: Some(i.to_string()),
                    ..AttributeValue::default()
                },
            ),
            ("name".to_owned(), s(format!("some user name number {i}"))),
            (
                "tags".to_owned(),
                AttributeValue {
                    ss: Some(vec!["red".into(), "green".into(), "blue".into()]),
                    ..AttributeValue::default()
                },
            ),
            (
                "active".to_owned(),
                AttributeValue {
                    bool: Some(i % 2 == 0),
                    ..AttributeValue::default()
                },
            ),
        ]);
        typed.push(WriteRequest {
            put_request: Some(PutRequest { item }),
        });
    }
    (
        json!({"RequestItems": {"users": json_items}}),
        BatchWriteItemInput {
            request_items: HashMap::from([("users".to_owned(), typed)]),
        },
    )
}

fn response(body: &Bytes) -> http::Response<Bytes> {
    http::Response::builder()
        .status(200)
        .body(body.clone())
        .expect("response")
}

/// `op` with the typed output `O` (what `#[client]` declares): the typed reader's input.
fn typed_op<O: Shape>(op: &Operation) -> Operation {
    let mut op = op.clone();
    op.output = Some(SchemaRef::Static(O::schema));
    op
}

fn client(session: &Session, model: ServiceModel) -> DynamicClient {
    DynamicClient::new(session, model)
}

fn bench(c: &mut Criterion) {
    let Some(data) = botocore::data_dir() else {
        return;
    };
    let session = Session::builder()
        .region("us-east-1")
        .endpoint_url("http://127.0.0.1:5000")
        .build()
        .expect("session");
    let endpoint = Endpoint::parse("http://127.0.0.1:5000").expect("endpoint");

    // S3 ListObjectsV2, 1000 keys
    let s3 = client(
        &session,
        ServiceModel::from_json(&botocore::model_json(&data, "s3")).expect("model"),
    );
    let m = s3.model();
    let list = m.operation("ListObjectsV2").expect("ListObjectsV2");
    // The operation as `#[client]` declares it: the output is the typed shape's schema.
    let typed_list = typed_op::<ListObjectsV2Output>(list);
    let body = list_objects_body(1000);
    let typed = ListObjectsV2Output::from_value(
        parse_response(&m.meta, &m.shapes, &typed_list, response(&body)).expect("parse"),
    )
    .expect("typed");
    assert_eq!(typed.contents.len(), 1000);
    let mut g = c.benchmark_group("restXml ListObjectsV2 1000 keys");
    g.throughput(Throughput::Bytes(body.len() as u64));
    g.bench_function("dynamic parse_response", |b| {
        b.iter(|| {
            black_box(
                s3.parse_response("ListObjectsV2", response(&body))
                    .expect("parse"),
            )
        })
    });
    g.bench_function("typed value path (parse + from_value)", |b| {
        b.iter(|| {
            let v =
                parse_response(&m.meta, &m.shapes, &typed_list, response(&body)).expect("parse");
            black_box(ListObjectsV2Output::from_value(v).expect("typed"))
        })
    });
    let direct: ListObjectsV2Output =
        parse_response_typed(&m.meta, &m.shapes, &typed_list, response(&body)).expect("direct");
    assert_eq!(
        format!("{direct:?}"),
        format!("{typed:?}"),
        "both typed paths read the same"
    );
    g.bench_function("typed direct", |b| {
        b.iter(|| {
            black_box(
                parse_response_typed::<ListObjectsV2Output>(
                    &m.meta,
                    &m.shapes,
                    &typed_list,
                    response(&body),
                )
                .expect("direct"),
            )
        })
    });
    g.finish();

    // DynamoDB BatchWriteItem, 25 items
    let ddb = client(
        &session,
        ServiceModel::from_json(&botocore::model_json(&data, "dynamodb")).expect("model"),
    );
    let m = ddb.model();
    let batch = m.operation("BatchWriteItem").expect("BatchWriteItem");
    let (params, typed) = batch_items(25);
    let sample = ddb
        .build_request("BatchWriteItem", &params)
        .expect("request");
    let typed_req = build_request(
        &m.meta,
        &m.shapes,
        batch,
        typed.clone().into_value(),
        &endpoint,
    )
    .expect("typed request");
    let typed_body: serde_json::Value =
        serde_json::from_slice(typed_req.body().bytes().expect("body")).expect("json");
    let dynamic_body: serde_json::Value = serde_json::from_slice(sample.body()).expect("json");
    assert_eq!(
        typed_body, dynamic_body,
        "both paths write the same request"
    );
    let mut g = c.benchmark_group("awsJson1_0 BatchWriteItem 25 items");
    g.throughput(Throughput::Bytes(sample.body().len() as u64));
    g.bench_function("dynamic build_request", |b| {
        b.iter(|| {
            black_box(
                ddb.build_request("BatchWriteItem", &params)
                    .expect("request"),
            )
        })
    });
    g.bench_function("typed into_value + build", |b| {
        b.iter_batched(
            || typed.clone(),
            |input| {
                black_box(
                    build_request(&m.meta, &m.shapes, batch, input.into_value(), &endpoint)
                        .expect("request"),
                )
            },
            BatchSize::SmallInput,
        )
    });
    g.finish();

    // EC2 DescribeInstances, 100 instances
    let ec2 = client(
        &session,
        ServiceModel::from_json(&botocore::model_json(&data, "ec2")).expect("model"),
    );
    let m = ec2.model();
    let describe = m.operation("DescribeInstances").expect("DescribeInstances");
    // The operation as `#[client]` declares it: the output is the typed shape's schema.
    let typed_describe = typed_op::<DescribeInstancesOutput>(describe);
    let body = describe_instances_body(100);
    let typed = DescribeInstancesOutput::from_value(
        parse_response(&m.meta, &m.shapes, &typed_describe, response(&body)).expect("parse"),
    )
    .expect("typed");
    let count: usize = typed.reservations.iter().map(|r| r.instances.len()).sum();
    assert_eq!(count, 100);
    let mut g = c.benchmark_group("ec2Query DescribeInstances 100 instances");
    g.throughput(Throughput::Bytes(body.len() as u64));
    g.bench_function("dynamic parse_response", |b| {
        b.iter(|| {
            black_box(
                ec2.parse_response("DescribeInstances", response(&body))
                    .expect("parse"),
            )
        })
    });
    g.bench_function("typed value path (parse + from_value)", |b| {
        b.iter(|| {
            let v = parse_response(&m.meta, &m.shapes, &typed_describe, response(&body))
                .expect("parse");
            black_box(DescribeInstancesOutput::from_value(v).expect("typed"))
        })
    });
    let direct: DescribeInstancesOutput =
        parse_response_typed(&m.meta, &m.shapes, &typed_describe, response(&body)).expect("direct");
    assert_eq!(
        format!("{direct:?}"),
        format!("{typed:?}"),
        "both typed paths read the same"
    );
    g.bench_function("typed direct", |b| {
        b.iter(|| {
            black_box(
                parse_response_typed::<DescribeInstancesOutput>(
                    &m.meta,
                    &m.shapes,
                    &typed_describe,
                    response(&body),
                )
                .expect("direct"),
            )
        })
    });
    g.finish();

    // DynamoDB Query, 100 items
    let m = ddb.model();
    let query = m.operation("Query").expect("Query");
    // The operation as `#[client]` declares it: the output is the typed shape's schema.
    let typed_query = typed_op::<QueryOutput>(query);
    let body = query_body(100);
    let typed = QueryOutput::from_value(
        parse_response(&m.meta, &m.shapes, &typed_query, response(&body)).expect("parse"),
    )
    .expect("typed");
    assert_eq!(typed.items.as_ref().map(Vec::len), Some(100));
    assert_eq!(typed.count, 100);
    let mut g = c.benchmark_group("awsJson1_0 Query 100 items");
    g.throughput(Throughput::Bytes(body.len() as u64));
    g.bench_function("dynamic parse_response", |b| {
        b.iter(|| black_box(ddb.parse_response("Query", response(&body)).expect("parse")))
    });
    g.bench_function("typed value path (parse + from_value)", |b| {
        b.iter(|| {
            let v =
                parse_response(&m.meta, &m.shapes, &typed_query, response(&body)).expect("parse");
            black_box(QueryOutput::from_value(v).expect("typed"))
        })
    });
    let input = QueryInput {
        table_name: "users".into(),
        key_condition_expression: Some("pk = :pk AND sk > :sk".into()),
        expression_attribute_values: Some(HashMap::from([
            (
                ":pk".to_owned(),
                AttributeValue {
                    s: Some("user#42".into()),
                    ..AttributeValue::default()
                },
            ),
            (
                ":sk".to_owned(),
                AttributeValue {
                    n: Some("10".into()),
                    ..AttributeValue::default()
                },
            ),
        ])),
        limit: Some(100),
        ..QueryInput::default()
    };
    g.bench_function("typed into_value + build", |b| {
        b.iter_batched(
            || input.clone(),
            |input| {
                black_box(
                    build_request(&m.meta, &m.shapes, query, input.into_value(), &endpoint)
                        .expect("request"),
                )
            },
            BatchSize::SmallInput,
        )
    });
    let direct: QueryOutput =
        parse_response_typed(&m.meta, &m.shapes, &typed_query, response(&body)).expect("direct");
    // (maps print in no fixed order: compared by size)
    assert_eq!(
        direct.items.as_ref().map(Vec::len),
        typed.items.as_ref().map(Vec::len),
        "both typed paths read the same"
    );
    g.bench_function("typed direct", |b| {
        b.iter(|| {
            black_box(
                parse_response_typed::<QueryOutput>(
                    &m.meta,
                    &m.shapes,
                    &typed_query,
                    response(&body),
                )
                .expect("direct"),
            )
        })
    });
    g.finish();

    // SQS ReceiveMessage, 10 messages
    let sqs = client(
        &session,
        ServiceModel::from_json(&botocore::model_json(&data, "sqs")).expect("model"),
    );
    let m = sqs.model();
    let receive = m.operation("ReceiveMessage").expect("ReceiveMessage");
    // The operation as `#[client]` declares it: the output is the typed shape's schema.
    let typed_receive = typed_op::<ReceiveMessageOutput>(receive);
    let body = receive_message_body(10);
    let typed = ReceiveMessageOutput::from_value(
        parse_response(&m.meta, &m.shapes, &typed_receive, response(&body)).expect("parse"),
    )
    .expect("typed");
    assert_eq!(typed.messages.as_ref().map(Vec::len), Some(10));
    let mut g = c.benchmark_group(format!("{:?} ReceiveMessage 10 messages", m.meta.protocol));
    g.throughput(Throughput::Bytes(body.len() as u64));
    g.bench_function("dynamic parse_response", |b| {
        b.iter(|| {
            black_box(
                sqs.parse_response("ReceiveMessage", response(&body))
                    .expect("parse"),
            )
        })
    });
    g.bench_function("typed value path (parse + from_value)", |b| {
        b.iter(|| {
            let v =
                parse_response(&m.meta, &m.shapes, &typed_receive, response(&body)).expect("parse");
            black_box(ReceiveMessageOutput::from_value(v).expect("typed"))
        })
    });
    let direct: ReceiveMessageOutput =
        parse_response_typed(&m.meta, &m.shapes, &typed_receive, response(&body)).expect("direct");
    // (maps print in no fixed order: compared by size)
    assert_eq!(
        direct.messages.as_ref().map(Vec::len),
        typed.messages.as_ref().map(Vec::len),
        "both typed paths read the same"
    );
    g.bench_function("typed direct", |b| {
        b.iter(|| {
            black_box(
                parse_response_typed::<ReceiveMessageOutput>(
                    &m.meta,
                    &m.shapes,
                    &typed_receive,
                    response(&body),
                )
                .expect("direct"),
            )
        })
    });
    g.finish();
}

#[derive(Shape, Debug, Clone, Default)]
struct PutItemInput {
    table_name: String,
    item: HashMap<String, AttributeValue>,
    condition_expression: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
struct SendMessageBatchInput {
    queue_url: String,
    entries: Vec<SendMessageBatchRequestEntry>,
}

#[derive(Shape, Debug, Clone, Default)]
struct SendMessageBatchRequestEntry {
    id: String,
    message_body: String,
    delay_seconds: Option<i32>,
    message_attributes: Option<HashMap<String, MessageAttributeValueIn>>,
}

#[derive(Shape, Debug, Clone, Default)]
struct MessageAttributeValueIn {
    string_value: Option<String>,
    data_type: String,
}

#[derive(Shape, Debug, Clone, Default)]
struct DescribeInstancesInput {
    #[shape(name = "Filter")]
    filters: Option<Vec<Filter>>,
    #[shape(name = "InstanceId")]
    instance_ids: Option<Vec<String>>,
    max_results: Option<i32>,
    next_token: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
struct Filter {
    name: Option<String>,
    #[shape(name = "Value")]
    values: Option<Vec<String>>,
}

#[derive(Shape, Debug, Clone, Default)]
struct DeleteObjectsInput {
    #[shape(label)]
    bucket: String,
    #[shape(payload)]
    delete: Delete,
}

#[derive(Shape, Debug, Clone, Default)]
#[shape(xml_namespace = "http://s3.amazonaws.com/doc/2006-03-01/")]
struct Delete {
    #[shape(flattened, name = "Object")]
    objects: Vec<ObjectIdentifier>,
    quiet: Option<bool>,
}

#[derive(Shape, Debug, Clone, Default)]
struct ObjectIdentifier {
    key: String,
    version_id: Option<String>,
}

/// `op` with the typed input `I` (what `#[client]` declares): the typed writer's input.
fn typed_in<I: Shape>(op: &Operation) -> Operation {
    let mut op = op.clone();
    op.input = Some(SchemaRef::Static(I::schema));
    op
}

/// A group serializing `input` both ways (after checking they write the same request).
fn serialize<I: Shape + Clone>(
    c: &mut Criterion,
    name: &str,
    (meta, shapes, op): (&ServiceMeta, &Shapes, &Operation),
    input: &I,
    endpoint: &Endpoint,
) {
    let op = &typed_in::<I>(op);
    let value =
        build_request(meta, shapes, op, input.clone().into_value(), endpoint).expect("value path");
    let direct = build_request_typed(meta, shapes, op, input.clone(), endpoint).expect("direct");
    assert_eq!(value.uri(), direct.uri(), "{name}");
    let body = value.body().bytes().expect("body");
    assert_eq!(
        body,
        direct.body().bytes().expect("body"),
        "{name}: both paths write the same bytes"
    );
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(body.len() as u64));
    g.bench_function("typed value path (into_value + build)", |b| {
        b.iter_batched(
            || input.clone(),
            |input| {
                black_box(
                    build_request(meta, shapes, op, input.into_value(), endpoint).expect("request"),
                )
            },
            BatchSize::SmallInput,
        )
    });
    g.bench_function("typed direct (encode)", |b| {
        b.iter_batched(
            || input.clone(),
            |input| {
                black_box(build_request_typed(meta, shapes, op, input, endpoint).expect("request"))
            },
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

fn serialize_benches(c: &mut Criterion) {
    let Some(data) = botocore::data_dir() else {
        return;
    };
    let endpoint = Endpoint::parse("http://127.0.0.1:5000").expect("endpoint");
    let model =
        |name: &str| ServiceModel::from_json(&botocore::model_json(&data, name)).expect("model");

    let ddb = model("dynamodb");
    let at = |name: &str| ddb.operation(name).expect("operation");
    let n = |v: usize| AttributeValue {
        n: Some(v.to_string()),
        ..AttributeValue::default()
    };
    let s = |v: String| AttributeValue {
        s: Some(v),
        ..AttributeValue::default()
    };
    let item = (0..100)
        .map(|i| {
            let v = match i % 3 {
                0 => n(i),
                1 => s(format!("value \"{i}\" of the item")),
                _ => AttributeValue {
                    l: Some(vec![n(i), s("x".into())]),
                    ..AttributeValue::default()
                },
            };
            (format!("attr{i}"), v)
        })
        .collect();
    let put = PutItemInput {
        table_name: "users".into(),
        item,
        condition_expression: Some("attribute_not_exists(pk)".into()),
    };
    let ctx = (&ddb.meta, &ddb.shapes, at("PutItem"));
    serialize(
        c,
        "awsJson1_0 PutItem 100 attributes: serialize",
        ctx,
        &put,
        &endpoint,
    );
    let (_, batch) = batch_items(25);
    let ctx = (&ddb.meta, &ddb.shapes, at("BatchWriteItem"));
    serialize(
        c,
        "awsJson1_0 BatchWriteItem 25 items: serialize",
        ctx,
        &batch,
        &endpoint,
    );

    let sqs = model("sqs");
    let entries = (0..10)
        .map(|i| SendMessageBatchRequestEntry {
            id: format!("m{i}"),
            message_body: format!(
                "{{\"order\": {i}, \"note\": \"a message body of some length\"}}"
            ),
            delay_seconds: Some(0),
            message_attributes: Some(HashMap::from([(
                "kind".to_string(),
                MessageAttributeValueIn {
                    string_value: Some("order".into()),
                    data_type: "String".into(),
                },
            )])),
        })
        .collect();
    let send = SendMessageBatchInput {
        queue_url: "http://127.0.0.1:5000/123456789012/queue".into(),
        entries,
    };
    let op = sqs.operation("SendMessageBatch").expect("operation");
    let name = format!(
        "{:?} SendMessageBatch 10 messages: serialize",
        sqs.meta.protocol
    );
    serialize(c, &name, (&sqs.meta, &sqs.shapes, op), &send, &endpoint);

    let ec2 = model("ec2");
    let filter = |name: &str, values: &[&str]| Filter {
        name: Some(name.into()),
        values: Some(values.iter().map(|v| v.to_string()).collect()),
    };
    let describe = DescribeInstancesInput {
        filters: Some(vec![
            filter("instance-state-name", &["running", "pending"]),
            filter("tag:team", &["storage", "compute", "network"]),
            filter(
                "instance-type",
                &["m5.large", "m5.xlarge", "c5.large", "t3.micro"],
            ),
            filter("vpc-id", &["vpc-0123456789abcdef0"]),
        ]),
        instance_ids: Some((0..20).map(|i| format!("i-{i:017x}")).collect()),
        max_results: None,
        next_token: Some("token".into()),
    };
    let op = ec2.operation("DescribeInstances").expect("operation");
    serialize(
        c,
        "ec2Query DescribeInstances with filters: serialize",
        (&ec2.meta, &ec2.shapes, op),
        &describe,
        &endpoint,
    );

    let s3 = model("s3");
    let delete = DeleteObjectsInput {
        bucket: "bucket".into(),
        delete: Delete {
            objects: (0..1000)
                .map(|i| ObjectIdentifier {
                    key: format!("photos/2026/11/{i:05}.jpg"),
                    version_id: None,
                })
                .collect(),
            quiet: Some(true),
        },
    };
    let op = s3.operation("DeleteObjects").expect("operation");
    serialize(
        c,
        "restXml DeleteObjects 1000 keys: serialize",
        (&s3.meta, &s3.shapes, op),
        &delete,
        &endpoint,
    );
}

criterion_group!(benches, bench, serialize_benches);
criterion_main!(benches);
