#!/usr/bin/env bash
# Regenerates every committed generated module from the pinned botocore (installed by
# scripts/install-moto.sh when missing or at another version): the services boto-services
# ships, each behind its cargo feature, into boto-services/src/, and the example's client
# for a service it does not ship into src/aws/. boto-codegen/tests/regenerate.rs reads the
# two lists below and fails on any difference from a fresh generation.
set -euo pipefail
cd "$(dirname "$0")/.."

SHIPPED="sts secretsmanager kinesis kms ssm logs events lambda ecr ecs stepfunctions"
EXAMPLE="acm"
# Services with resources and customizations on top: each is generated into
# boto-services/src/<svc>/client.rs (--nested), with its flags in NESTED_FLAGS_<svc>;
# --resources also writes boto3's resources into boto-services/src/<svc>/resources.rs.
NESTED="sqs dynamodb s3 ec2 sns iam cloudformation cloudwatch glacier"
NESTED_FLAGS_sqs="--reserve Message,Queue"
# DynamoDB: boto3's resources too, but `Table.query` and `Table.scan` are written by hand
# (streams of serde items, in dynamodb/table.rs).
NESTED_FLAGS_dynamodb="--resources --by-hand Table.query,Table.scan --reserve Condition,Update --use AttributeValue=super::AttributeValue"
# S3: boto3's resources generated too; its listings read as API.md shows them:
# `for o in &out.contents { .. o.key .. }`.
NESTED_FLAGS_s3="--resources --plain-received --plain Object.Key"
# boto3's resources, generated too (`<svc>/resources.rs`).
NESTED_FLAGS_sns="--resources"
NESTED_FLAGS_iam="--resources"
NESTED_FLAGS_cloudformation="--resources"
NESTED_FLAGS_cloudwatch="--resources"
NESTED_FLAGS_glacier="--resources"
# EC2: boto3's resources, generated too; their names are reserved; optional lists are plain `Vec`s.
NESTED_FLAGS_ec2="--resources --reserve ClassicAddress,DhcpOptions,Image,Instance,InternetGateway,KeyPair,KeyPairInfo,NetworkAcl,NetworkInterface,NetworkInterfaceAssociation,PlacementGroup,Route,RouteTable,RouteTableAssociation,SecurityGroup,Snapshot,Subnet,Tag,Volume,Vpc,VpcAddress,VpcPeeringConnection --plain-lists"

# An empty MOTO_SERVER makes the script check the pinned versions and install them.
MOTO_SERVER='' scripts/install-moto.sh >/dev/null
# shellcheck disable=SC2086 # the lists are words
cargo run --quiet -p boto-codegen -- $SHIPPED --out boto-services/src
# shellcheck disable=SC2086
cargo run --quiet -p boto-codegen -- $EXAMPLE --out src/aws
for svc in $NESTED; do
    flags="NESTED_FLAGS_$svc"
    # shellcheck disable=SC2086
    cargo run --quiet -p boto-codegen -- "$svc" --nested ${!flags} --out boto-services/src
done
