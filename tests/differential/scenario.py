"""The differential scenario with boto3: S3, SQS, DynamoDB and EC2 steps, and the resources of
SNS, IAM and CloudWatch, against the endpoint
in AWS_ENDPOINT_URL, printed as one JSON summary of what a user observes. tests/differential/main.rs
runs the same steps with boto-services and compares the two summaries.

Values moto makes up at random (ids, version ids, addresses) are wrapped as {"random": v} and
timestamps as {"time_ms": milliseconds since the epoch}; the comparison normalises only
those (see `normalise` in tests/differential/main.rs)."""

import json
import os
import sys

import boto3
from botocore.exceptions import ClientError

ENDPOINT = os.environ["AWS_ENDPOINT_URL"]
BUCKET = "diff-bucket"
QUEUE = "diff-queue"
TABLE = "diff-table"
VERSIONED = "diff-versions"
AMI = "ami-12c6146b"


def client(name):
    return boto3.client(
        name,
        endpoint_url=ENDPOINT,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )


def rnd(value):
    """A value moto chooses at random."""
    return None if value is None else {"random": value}


def ts(value):
    """A timestamp, as milliseconds since the epoch."""
    return None if value is None else {"time_ms": round(value.timestamp() * 1000)}


def owner(o):
    return None if o is None else [o.get("DisplayName"), o.get("ID")]


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
    s3.put_object(Bucket=BUCKET, Key="dir/c.txt", Body=b"", StorageClass="STANDARD_IA")
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
    detailed = s3.list_objects_v2(Bucket=BUCKET, FetchOwner=True)
    out["detailed"] = [
        {
            "key": o["Key"],
            "size": o["Size"],
            "etag": o["ETag"],
            "storage_class": o.get("StorageClass"),
            "owner": owner(o.get("Owner")),
            "last_modified": ts(o["LastModified"]),
        }
        for o in detailed.get("Contents", [])
    ]
    cold = s3.head_object(Bucket=BUCKET, Key="dir/c.txt")
    listed_cold = next(o for o in detailed["Contents"] if o["Key"] == "dir/c.txt")
    out["head_cold"] = {
        "storage_class": cold.get("StorageClass"),
        "last_modified": ts(cold["LastModified"]),
        "same_time_as_listed": cold["LastModified"] == listed_cold["LastModified"],
        "version_id": cold.get("VersionId"),
    }
    buckets = s3.list_buckets()
    out["buckets"] = {
        "names": [[b["Name"], ts(b["CreationDate"])] for b in buckets["Buckets"]],
        "owner": owner(buckets.get("Owner")),
    }
    out["errors"] = {
        "get_missing_key": code(lambda: s3.get_object(Bucket=BUCKET, Key="missing")),
        "get_missing_bucket": code(lambda: s3.get_object(Bucket="no-such-bucket", Key="k")),
        "head_missing_key": code(lambda: s3.head_object(Bucket=BUCKET, Key="missing")),
    }
    return out


def s3_version_steps():
    s3 = client("s3")
    out = {}
    s3.create_bucket(Bucket=VERSIONED)
    s3.put_bucket_versioning(Bucket=VERSIONED, VersioningConfiguration={"Status": "Enabled"})
    out["status"] = s3.get_bucket_versioning(Bucket=VERSIONED).get("Status")
    first = s3.put_object(Bucket=VERSIONED, Key="v.txt", Body=b"one")["VersionId"]
    second = s3.put_object(Bucket=VERSIONED, Key="v.txt", Body=b"second")["VersionId"]
    out["put"] = [rnd(first), rnd(second)]
    old = s3.get_object(Bucket=VERSIONED, Key="v.txt", VersionId=first)
    out["get_first"] = [old["Body"].read().decode(), rnd(old.get("VersionId"))]
    head = s3.head_object(Bucket=VERSIONED, Key="v.txt")
    out["head_latest"] = [
        head["ContentLength"],
        rnd(head.get("VersionId")),
        ts(head["LastModified"]),
    ]
    deleted = s3.delete_object(Bucket=VERSIONED, Key="v.txt")
    out["delete"] = [deleted.get("DeleteMarker"), rnd(deleted.get("VersionId"))]
    listed = s3.list_object_versions(Bucket=VERSIONED)
    out["versions"] = [
        {
            "key": v["Key"],
            "version_id": rnd(v["VersionId"]),
            "is_latest": v["IsLatest"],
            "size": v["Size"],
            "etag": v["ETag"],
            "storage_class": v.get("StorageClass"),
            "owner": owner(v.get("Owner")),
            "last_modified": ts(v["LastModified"]),
        }
        for v in listed.get("Versions", [])
    ]
    out["delete_markers"] = [
        {
            "key": m["Key"],
            "version_id": rnd(m["VersionId"]),
            "is_latest": m["IsLatest"],
            "owner": owner(m.get("Owner")),
            "last_modified": ts(m["LastModified"]),
        }
        for m in listed.get("DeleteMarkers", [])
    ]
    out["errors"] = {
        "get_deleted": code(lambda: s3.get_object(Bucket=VERSIONED, Key="v.txt")),
        "get_missing_version": code(
            lambda: s3.get_object(Bucket=VERSIONED, Key="v.txt", VersionId="nosuchversion")
        ),
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


def dynamodb_resource_steps():
    """boto3's DynamoDB resources: a table created, read, written with conditions, listed."""
    ddb = resource("dynamodb")
    table = ddb.create_table(
        TableName="diff-res",
        KeySchema=[{"AttributeName": "pk", "KeyType": "HASH"}],
        AttributeDefinitions=[{"AttributeName": "pk", "AttributeType": "S"}],
        ProvisionedThroughput={"ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
    )
    out = {
        "created": [
            table.name,
            table.table_status,
            [k["AttributeName"] for k in table.key_schema],
            table.provisioned_throughput["ReadCapacityUnits"],
        ],
    }
    table.wait_until_exists()
    table.put_item(Item={"pk": "a", "n": 1})
    out["put_again"] = code(
        lambda: table.put_item(
            Item={"pk": "a", "n": 2}, ConditionExpression="attribute_not_exists(pk)"
        )
    )
    updated = table.update_item(
        Key={"pk": "a"},
        UpdateExpression="ADD n :one",
        ConditionExpression="n < :five",
        ExpressionAttributeValues={":one": 1, ":five": 5},
        ReturnValues="ALL_NEW",
    )
    out["updated"] = int(updated["Attributes"]["n"])
    out["update_refused"] = code(
        lambda: table.update_item(
            Key={"pk": "a"},
            UpdateExpression="ADD n :one",
            ConditionExpression="n > :five",
            ExpressionAttributeValues={":one": 1, ":five": 5},
        )
    )
    out["got"] = int(table.get_item(Key={"pk": "a"})["Item"]["n"])
    out["delete_refused"] = code(
        lambda: table.delete_item(
            Key={"pk": "a"}, ConditionExpression="attribute_not_exists(pk)"
        )
    )
    table.reload()
    out["loaded"] = [table.item_count, table.table_status]
    table.delete_item(Key={"pk": "a"})
    out["count"] = table.scan(Select="COUNT")["Count"]
    bigger = table.update(
        ProvisionedThroughput={"ReadCapacityUnits": 10, "WriteCapacityUnits": 5}
    )
    out["throughput"] = bigger.provisioned_throughput["ReadCapacityUnits"]
    out["tables"] = [t.name for t in ddb.tables.page_size(1)]
    table.delete()
    table.wait_until_not_exists()
    out["after"] = [t.name for t in ddb.tables.all()]
    return out


def tags(items):
    return sorted([t["Key"], t["Value"]] for t in items or [])


def instance_view(i):
    return {
        "id": rnd(i["InstanceId"]),
        "image": i["ImageId"],
        "type": i["InstanceType"],
        "state": [i["State"]["Code"], i["State"]["Name"]],
        "subnet": rnd(i.get("SubnetId")),
        "vpc": rnd(i.get("VpcId")),
        "zone": i["Placement"]["AvailabilityZone"],
        "private_ip": rnd(i.get("PrivateIpAddress")),
        "groups": [
            [g["GroupName"], rnd(g["GroupId"])]
            for g in sorted(i.get("SecurityGroups", []), key=lambda g: g["GroupName"])
        ],
        "tags": tags(i.get("Tags")),
        "launch_time": ts(i["LaunchTime"]),
        "launch_index": i.get("AmiLaunchIndex"),
    }


def ec2_steps():
    ec2 = client("ec2")
    out = {}
    vpc = ec2.create_vpc(
        CidrBlock="10.9.0.0/16",
        TagSpecifications=[
            {"ResourceType": "vpc", "Tags": [{"Key": "Name", "Value": "diff-vpc"}]}
        ],
    )["Vpc"]
    vpc_id = vpc["VpcId"]
    out["vpc"] = {
        "id": rnd(vpc_id),
        "cidr": vpc["CidrBlock"],
        "state": vpc["State"],
        "default": vpc["IsDefault"],
        "owner": vpc.get("OwnerId"),
        "tags": tags(vpc.get("Tags")),
    }
    found = ec2.describe_vpcs(Filters=[{"Name": "tag:Name", "Values": ["diff-vpc"]}])["Vpcs"]
    out["vpcs_tagged"] = [[rnd(v["VpcId"]), v["CidrBlock"], v["State"]] for v in found]
    subnet = ec2.create_subnet(
        VpcId=vpc_id, CidrBlock="10.9.1.0/24", AvailabilityZone="us-east-1b"
    )["Subnet"]
    subnet_id = subnet["SubnetId"]
    out["subnet"] = {
        "id": rnd(subnet_id),
        "vpc": rnd(subnet["VpcId"]),
        "cidr": subnet["CidrBlock"],
        "zone": subnet["AvailabilityZone"],
        "free": subnet["AvailableIpAddressCount"],
        "state": subnet["State"],
    }
    group_id = ec2.create_security_group(
        GroupName="diff-sg", Description="differential group", VpcId=vpc_id
    )["GroupId"]
    ec2.authorize_security_group_ingress(
        GroupId=group_id,
        IpPermissions=[
            {
                "IpProtocol": "tcp",
                "FromPort": 22,
                "ToPort": 22,
                "IpRanges": [{"CidrIp": "10.0.0.0/8", "Description": "ssh"}],
            }
        ],
    )
    groups = ec2.describe_security_groups(
        Filters=[
            {"Name": "vpc-id", "Values": [vpc_id]},
            {"Name": "group-name", "Values": ["diff-sg"]},
        ]
    )["SecurityGroups"]
    out["groups"] = [
        {
            "id": rnd(g["GroupId"]),
            "name": g["GroupName"],
            "description": g["Description"],
            "vpc": rnd(g.get("VpcId")),
            "owner": g.get("OwnerId"),
            "ingress": [
                [
                    p.get("IpProtocol"),
                    p.get("FromPort"),
                    p.get("ToPort"),
                    [[r["CidrIp"], r.get("Description")] for r in p.get("IpRanges", [])],
                ]
                for p in g.get("IpPermissions", [])
            ],
            "egress": [
                [p.get("IpProtocol"), [r["CidrIp"] for r in p.get("IpRanges", [])]]
                for p in g.get("IpPermissionsEgress", [])
            ],
        }
        for g in groups
    ]
    reservation = ec2.run_instances(
        ImageId=AMI,
        MinCount=2,
        MaxCount=2,
        InstanceType="t2.micro",
        SubnetId=subnet_id,
        SecurityGroupIds=[group_id],
        TagSpecifications=[
            {"ResourceType": "instance", "Tags": [{"Key": "team", "Value": "blue"}]}
        ],
    )
    launched = sorted(reservation["Instances"], key=lambda i: i["AmiLaunchIndex"])
    ids = [i["InstanceId"] for i in launched]
    out["run"] = {
        "reservation": rnd(reservation["ReservationId"]),
        "owner": reservation.get("OwnerId"),
        "instances": [instance_view(i) for i in launched],
    }
    ec2.create_tags(Resources=[ids[0]], Tags=[{"Key": "Name", "Value": "first"}])
    named = ec2.describe_instances(Filters=[{"Name": "tag:Name", "Values": ["first"]}])
    out["named"] = [rnd(i["InstanceId"]) for r in named["Reservations"] for i in r["Instances"]]
    in_vpc = ec2.describe_instances(
        Filters=[
            {"Name": "vpc-id", "Values": [vpc_id]},
            {"Name": "instance-state-name", "Values": ["running"]},
        ]
    )
    described = sorted(
        (i for r in in_vpc["Reservations"] for i in r["Instances"]),
        key=lambda i: i["AmiLaunchIndex"],
    )
    out["described"] = [instance_view(i) for i in described]
    tag_list = ec2.describe_tags(Filters=[{"Name": "resource-id", "Values": [ids[0]]}])["Tags"]
    out["tags"] = [
        [rnd(t["ResourceId"]), t["ResourceType"], t["Key"], t["Value"]]
        for t in sorted(tag_list, key=lambda t: t["Key"])
    ]
    ended = ec2.terminate_instances(InstanceIds=[ids[0]])["TerminatingInstances"]
    out["terminated"] = [
        [
            rnd(c["InstanceId"]),
            [c["PreviousState"]["Code"], c["PreviousState"]["Name"]],
            [c["CurrentState"]["Code"], c["CurrentState"]["Name"]],
        ]
        for c in ended
    ]
    after = ec2.describe_instances(InstanceIds=ids)
    state = {
        i["InstanceId"]: i["State"]["Name"] for r in after["Reservations"] for i in r["Instances"]
    }
    out["states_after"] = [[rnd(i), state.get(i)] for i in ids]
    out["errors"] = {
        "missing_instance": code(
            lambda: ec2.describe_instances(InstanceIds=["i-0123456789abcdef0"])
        ),
        "missing_vpc": code(lambda: ec2.describe_vpcs(VpcIds=["vpc-0123456789abcdef0"])),
        "missing_subnet": code(
            lambda: ec2.describe_subnets(SubnetIds=["subnet-0123456789abcdef0"])
        ),
        "duplicate_group": code(
            lambda: ec2.create_security_group(
                GroupName="diff-sg", Description="again", VpcId=vpc_id
            )
        ),
        "vpc_in_use": code(lambda: ec2.delete_vpc(VpcId=vpc_id)),
        "bad_cidr": code(lambda: ec2.create_vpc(CidrBlock="10.9.0.0/33")),
    }
    return out


def resource(name):
    return boto3.resource(
        name,
        endpoint_url=ENDPOINT,
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )


def resource_steps():
    """boto3's resources of SNS, IAM and CloudWatch: created, read, listed, deleted."""
    sns = resource("sns")
    topic = sns.create_topic(Name="diff-topic")
    topic.set_attributes(AttributeName="DisplayName", AttributeValue="Diff")
    sub = topic.subscribe(Protocol="email", Endpoint="ops@example.com")
    iam = resource("iam")
    user = iam.create_user(UserName="diff-user")
    group = iam.create_group(GroupName="diff-group")
    group.add_user(UserName="diff-user")
    pair = user.create_access_key_pair()
    keys = list(user.access_keys.all())
    cw = resource("cloudwatch")
    metric = cw.Metric("Diff", "Hits")
    metric.put_data(MetricData=[{"MetricName": "Hits", "Value": 2.0}])
    alarm = metric.put_alarm(
        AlarmName="diff-alarm",
        ComparisonOperator="GreaterThanThreshold",
        EvaluationPeriods=1,
        Threshold=1.0,
        Statistic="Sum",
        Period=60,
    )
    alarm.set_state(StateValue="ALARM", StateReason="diff")
    out = {
        "topic": [topic.arn, topic.attributes.get("DisplayName")],
        "topic_subscriptions": [rnd(s.arn) for s in topic.subscriptions.all()],
        "subscription": [rnd(sub.arn), sub.attributes.get("TopicArn")],
        "topics": [t.arn for t in sns.topics.all()],
        "user": [user.name, user.arn, rnd(user.user_id), user.create_date is not None],
        "users": [u.name for u in iam.users.all()],
        "group_users": [u.name for u in group.users.all()],
        "user_groups": [g.name for g in user.groups.all()],
        "access_keys": [[k.user_name, rnd(k.id), k.status] for k in keys],
        "pair": [pair.user_name, rnd(pair.id), len(pair.secret) > 0],
        "metrics": sorted([m.namespace, m.name] for m in cw.metrics.all()),
        "alarm": [alarm.name, alarm.state_value, alarm.threshold, alarm.metric.name],
        "alarms": [a.name for a in cw.alarms.all()],
    }
    pair.delete()
    group.remove_user(UserName="diff-user")
    group.delete()
    user.delete()
    cw.alarms.delete()
    sub.delete()
    topic.delete()
    out["after"] = {
        "users": [u.name for u in iam.users.all()],
        "alarms": [a.name for a in cw.alarms.all()],
        "topics": [t.arn for t in sns.topics.all()],
    }
    return out


def main():
    summary = {
        "resources": resource_steps(),
        "s3": s3_steps(),
        "s3_versions": s3_version_steps(),
        "sqs": sqs_steps(),
        "dynamodb": dynamodb_steps(),
        "dynamodb_resources": dynamodb_resource_steps(),
        "ec2": ec2_steps(),
    }
    json.dump(summary, sys.stdout, indent=1, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
