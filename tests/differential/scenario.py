"""The differential scenario with boto3: S3, SQS and DynamoDB steps against the endpoint in
AWS_ENDPOINT_URL, printed as one JSON summary of what a user observes. tests/differential.rs
runs the same steps with boto-services and compares the two summaries."""

import json
import os
import sys

import boto3
from botocore.exceptions import ClientError

ENDPOINT = os.environ["AWS_ENDPOINT_URL"]
BUCKET = "diff-bucket"
QUEUE = "diff-queue"
TABLE = "diff-table"


def client(name):
    return boto3.client(
        name,
        endpoint_url=ENDPOINT,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )


def code(call):
    """The error code `call` fails with (None when it succeeds)."""
    try:
        call()
    except ClientError as e:
        return e.response["Error"]["Code"]
    return None


def s3_steps():
    s3 = client("s3")
    out = {}
    s3.create_bucket(Bucket=BUCKET)
    s3.put_object(
        Bucket=BUCKET,
        Key="a.txt",
        Body=b"alpha",
        ContentType="text/plain",
        Metadata={"owner": "ana"},
    )
    s3.put_object(Bucket=BUCKET, Key="dir/b.txt", Body=b"beta")
    s3.put_object(Bucket=BUCKET, Key="dir/c.txt", Body=b"")
    s3.put_object(Bucket=BUCKET, Key="z key+plus/\u00fc.txt", Body="zeta \u00fc".encode())
    pages = s3.get_paginator("list_objects_v2").paginate(
        Bucket=BUCKET, PaginationConfig={"PageSize": 2}
    )
    out["listed"] = [[o["Key"], o["Size"]] for p in pages for o in p.get("Contents", [])]
    top = s3.list_objects_v2(Bucket=BUCKET, Delimiter="/")
    out["top"] = {
        "keys": [o["Key"] for o in top.get("Contents", [])],
        "prefixes": [p["Prefix"] for p in top.get("CommonPrefixes", [])],
    }
    got = s3.get_object(Bucket=BUCKET, Key="a.txt")
    out["get"] = {
        "body": got["Body"].read().decode(),
        "content_type": got["ContentType"],
        "metadata": got["Metadata"],
        "length": got["ContentLength"],
        "etag": got["ETag"],
    }
    ranged = s3.get_object(Bucket=BUCKET, Key="a.txt", Range="bytes=1-3")
    out["range"] = [ranged["Body"].read().decode(), ranged["ContentRange"]]
    head = s3.head_object(Bucket=BUCKET, Key="z key+plus/\u00fc.txt")
    out["head"] = [head["ContentLength"], head["ETag"]]
    s3.copy_object(Bucket=BUCKET, Key="copy.txt", CopySource=f"{BUCKET}/a.txt")
    copied = s3.get_object(Bucket=BUCKET, Key="copy.txt")
    out["copy"] = [copied["Body"].read().decode(), copied["Metadata"]]
    s3.put_object_tagging(
        Bucket=BUCKET,
        Key="a.txt",
        Tagging={"TagSet": [{"Key": "team", "Value": "blue"}]},
    )
    tags = s3.get_object_tagging(Bucket=BUCKET, Key="a.txt")["TagSet"]
    out["tags"] = [[t["Key"], t["Value"]] for t in tags]
    deleted = s3.delete_objects(
        Bucket=BUCKET, Delete={"Objects": [{"Key": "dir/b.txt"}, {"Key": "nope"}]}
    )
    out["deleted"] = sorted(d["Key"] for d in deleted.get("Deleted", []))
    after = s3.list_objects_v2(Bucket=BUCKET)
    out["after"] = [o["Key"] for o in after.get("Contents", [])]
    out["errors"] = {
        "get_missing_key": code(lambda: s3.get_object(Bucket=BUCKET, Key="missing")),
        "get_missing_bucket": code(lambda: s3.get_object(Bucket="no-such-bucket", Key="k")),
        "head_missing_key": code(lambda: s3.head_object(Bucket=BUCKET, Key="missing")),
    }
    return out


def message_view(m):
    attrs = {
        name: [v["DataType"], v.get("StringValue")]
        for name, v in m.get("MessageAttributes", {}).items()
    }
    return {"body": m["Body"], "md5": m["MD5OfBody"], "attributes": attrs}


def sqs_steps():
    sqs = client("sqs")
    out = {}
    url = sqs.create_queue(QueueName=QUEUE, Attributes={"VisibilityTimeout": "45"})["QueueUrl"]
    out["queue_name"] = url.rsplit("/", 1)[1]
    out["url_again"] = sqs.get_queue_url(QueueName=QUEUE)["QueueUrl"] == url
    attrs = sqs.get_queue_attributes(
        QueueUrl=url, AttributeNames=["VisibilityTimeout", "DelaySeconds"]
    )["Attributes"]
    out["attributes"] = attrs
    sqs.send_message(
        QueueUrl=url,
        MessageBody="one",
        MessageAttributes={
            "color": {"DataType": "String", "StringValue": "red"},
            "n": {"DataType": "Number", "StringValue": "7"},
        },
    )
    sqs.send_message(QueueUrl=url, MessageBody="two")
    sqs.send_message(QueueUrl=url, MessageBody="three")
    received = []
    for _ in range(10):
        got = sqs.receive_message(
            QueueUrl=url, MaxNumberOfMessages=10, MessageAttributeNames=["All"]
        ).get("Messages", [])
        received += got
        if len(received) >= 3:
            break
    out["received"] = sorted((message_view(m) for m in received), key=lambda m: m["body"])
    entries = [
        {"Id": f"m{i}", "ReceiptHandle": m["ReceiptHandle"]} for i, m in enumerate(received)
    ]
    deleted = sqs.delete_message_batch(QueueUrl=url, Entries=entries)
    out["deleted"] = sorted(e["Id"] for e in deleted.get("Successful", []))
    again = sqs.receive_message(QueueUrl=url, MaxNumberOfMessages=10).get("Messages", [])
    out["left"] = len(again)
    batch = sqs.send_message_batch(
        QueueUrl=url,
        Entries=[
            {"Id": "ok", "MessageBody": "x"},
            {"Id": "late", "MessageBody": "y", "DelaySeconds": 1800},
        ],
    )
    out["batch_ok"] = sorted(e["Id"] for e in batch.get("Successful", []))
    out["batch_failed"] = sorted(
        [e["Id"], e["Code"], e["SenderFault"]] for e in batch.get("Failed", [])
    )
    out["errors"] = {
        "missing_queue": code(lambda: sqs.get_queue_url(QueueName="no-such-queue")),
    }
    return out


def canonical(value):
    """A DynamoDB attribute value as JSON: sets sorted, binary as a list of bytes."""
    (tag, v), = value.items()
    if tag == "B":
        return {"B": list(v)}
    if tag == "BS":
        return {"BS": sorted(list(b) for b in v)}
    if tag in ("SS", "NS"):
        return {tag: sorted(v)}
    if tag == "M":
        return {"M": {k: canonical(x) for k, x in v.items()}}
    if tag == "L":
        return {"L": [canonical(x) for x in v]}
    return {tag: v}


def canonical_item(item):
    return None if item is None else {k: canonical(v) for k, v in item.items()}


def dynamodb_steps():
    ddb = client("dynamodb")
    out = {}
    ddb.create_table(
        TableName=TABLE,
        KeySchema=[
            {"AttributeName": "pk", "KeyType": "HASH"},
            {"AttributeName": "sk", "KeyType": "RANGE"},
        ],
        AttributeDefinitions=[
            {"AttributeName": "pk", "AttributeType": "S"},
            {"AttributeName": "sk", "AttributeType": "N"},
        ],
        BillingMode="PAY_PER_REQUEST",
    )
    ddb.get_waiter("table_exists").wait(
        TableName=TABLE, WaiterConfig={"Delay": 1, "MaxAttempts": 30}
    )
    out["status"] = ddb.describe_table(TableName=TABLE)["Table"]["TableStatus"]
    ddb.put_item(
        TableName=TABLE,
        Item={
            "pk": {"S": "a"},
            "sk": {"N": "1"},
            "name": {"S": "first"},
            "big": {"N": "12345678901234567890.123456789"},
            "tags": {"SS": ["y", "x"]},
            "nums": {"NS": ["2.5", "1"]},
            "bin": {"B": b"\x00\x01\xff"},
            "nested": {
                "M": {
                    "l": {"L": [{"S": "s"}, {"N": "3"}, {"BOOL": True}, {"NULL": True}]},
                    "bs": {"BS": [b"\x02", b"\x01"]},
                }
            },
        },
    )
    for sk, name in [("2", "second"), ("3", "third")]:
        ddb.put_item(TableName=TABLE, Item={"pk": {"S": "a"}, "sk": {"N": sk}, "name": {"S": name}})
    ddb.put_item(TableName=TABLE, Item={"pk": {"S": "b"}, "sk": {"N": "1"}})
    got = ddb.get_item(TableName=TABLE, Key={"pk": {"S": "a"}, "sk": {"N": "1"}}, ConsistentRead=True)
    out["item"] = canonical_item(got.get("Item"))
    q = ddb.query(
        TableName=TABLE,
        KeyConditionExpression="pk = :pk AND sk BETWEEN :lo AND :hi",
        ExpressionAttributeValues={":pk": {"S": "a"}, ":lo": {"N": "1"}, ":hi": {"N": "2"}},
        ScanIndexForward=False,
    )
    out["query"] = [i["sk"]["N"] for i in q["Items"]]
    s = ddb.scan(
        TableName=TABLE,
        FilterExpression="attribute_exists(#n)",
        ExpressionAttributeNames={"#n": "name"},
    )
    out["scan_named"] = sorted(i["name"]["S"] for i in s["Items"])
    u = ddb.update_item(
        TableName=TABLE,
        Key={"pk": {"S": "a"}, "sk": {"N": "2"}},
        UpdateExpression="ADD #c :one SET #s = :s",
        ExpressionAttributeNames={"#c": "count", "#s": "state"},
        ExpressionAttributeValues={":one": {"N": "1"}, ":s": {"S": "seen"}},
        ReturnValues="ALL_NEW",
    )
    out["updated"] = canonical_item(u["Attributes"])
    missing = ddb.get_item(TableName=TABLE, Key={"pk": {"S": "zz"}, "sk": {"N": "9"}})
    out["missing_item"] = canonical_item(missing.get("Item"))
    out["errors"] = {
        "conditional": code(
            lambda: ddb.put_item(
                TableName=TABLE,
                Item={"pk": {"S": "a"}, "sk": {"N": "1"}},
                ConditionExpression="attribute_not_exists(pk)",
            )
        ),
        "missing_table": code(
            lambda: ddb.get_item(TableName="no-such-table", Key={"pk": {"S": "a"}})
        ),
    }
    return out


def main():
    summary = {"s3": s3_steps(), "sqs": sqs_steps(), "dynamodb": dynamodb_steps()}
    json.dump(summary, sys.stdout, indent=1, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
