//! The whole client pipeline (`ClientHandle`: build → SigV4 → pooled transport → parse)
//! against moto with authentication on. moto recomputes every request's signature with
//! botocore and answers 403 when it differs; here the IAM user, its policy and its access
//! key are made through the pipeline too (before authentication is turned on), then:
//! requests signed with the user's key are accepted, the same requests signed with a wrong
//! secret or an unknown key are rejected, and the service errors carry moto's codes.
//!
//! The services use botocore's own models (from the botocore that moto runs on): SQS and
//! DynamoDB (awsJson1_0), STS, IAM and SNS (awsQuery), EC2 (ec2Query), S3 (restXml).
//!
//! Presigned URLs are not checked here: moto (5.x) verifies only the `Authorization`
//! header, and with authentication on it fails any request without one (a presigned
//! S3 GET, valid or not) with a 500; with authentication off it serves presigned URLs
//! without looking at their signature. The presigning rules are covered by the SigV4
//! suite (`sigv4_suite.rs`: the `query-*` presigned variant of each case), and presigned
//! URLs are sent to a server that verifies them in `boto-services/tests/s3_sigv4.rs`.

use boto_core::client::ClientHandle;
use boto_core::dynamic::{json_to_value, output_to_json, ServiceModel};
use boto_core::{Credentials, Error, ErrorKind, Value};
use serde_json::{json, Value as Json};
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
    assert!(out.status.success(), "botocore is importable");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

/// One service's botocore model and a `ClientHandle` for it.
struct Service {
    model: ServiceModel,
    handle: ClientHandle,
}

impl Service {
    fn new(moto: &MotoServer, service: &str, version: &str, creds: &Credentials) -> Service {
        let path = botocore_data()
            .join(service)
            .join(version)
            .join("service-2.json.gz");
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let model = ServiceModel::from_json(&bytes).expect("botocore model loads");
        let session = testkit::moto_session!(moto, .credentials(creds.clone()));
        // The pipeline holds service metadata by 'static reference (a generated client's
        // is a static); a test leaks one copy per client.
        let meta = Box::leak(Box::new(model.meta.clone()));
        let handle = ClientHandle::new(&session, meta);
        Service { model, handle }
    }

    /// `op` with `params` through `ClientHandle::call_value`; the output as JSON.
    async fn call(&self, op: &str, params: Json) -> boto_core::Result<Json> {
        let op = self.model.operation(op).expect("operation in the model");
        let input = match &op.input {
            Some(r) => json_to_value(&self.model.shapes, r, &params)?,
            None => Value::structure(),
        };
        let mut out = self
            .handle
            .call_value(&self.model.shapes, op, input)
            .await?;
        if let Value::Structure(fields) = &mut out {
            for (_, v) in fields.iter_mut() {
                *v = match std::mem::take(v) {
                    Value::Stream(s) => Value::Blob(s.collect().await?),
                    other => other,
                };
            }
        }
        Ok(output_to_json(&self.model.shapes, op, out))
    }
}

const ALLOW_ALL: &str =
    r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#;

/// moto with an IAM user `signer` allowed everything, its access key, and a role it may
/// assume; then authentication on. moto's `reset-auth` body is the number of requests that
/// still pass unchecked, and the counter restarts at the call: with `0` every later request
/// is verified, so the user and its key are made first, with any key (none is checked yet).
async fn authenticated_moto() -> Option<(MotoServer, Credentials)> {
    let moto = MotoServer::start_or_skip()?;
    let anyone = Credentials::new("AKIDSETUP", "unchecked", None);
    let iam = Service::new(&moto, "iam", "2010-05-08", &anyone);
    iam.call("CreateUser", json!({"UserName": "signer"}))
        .await
        .expect("CreateUser");
    iam.call(
        "PutUserPolicy",
        json!({"UserName": "signer", "PolicyName": "all", "PolicyDocument": ALLOW_ALL}),
    )
    .await
    .expect("PutUserPolicy");
    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}"#;
    iam.call(
        "CreateRole",
        json!({"RoleName": "signer-role", "AssumeRolePolicyDocument": trust}),
    )
    .await
    .expect("CreateRole");
    iam.call(
        "PutRolePolicy",
        json!({"RoleName": "signer-role", "PolicyName": "all", "PolicyDocument": ALLOW_ALL}),
    )
    .await
    .expect("PutRolePolicy");
    let key = iam
        .call("CreateAccessKey", json!({"UserName": "signer"}))
        .await
        .expect("CreateAccessKey");
    let key = &key["AccessKey"];
    let creds = Credentials::new(
        key["AccessKeyId"].as_str().expect("AccessKeyId"),
        key["SecretAccessKey"].as_str().expect("SecretAccessKey"),
        None,
    );
    moto.enable_auth();
    Some((moto, creds))
}

fn wrong_secret(creds: &Credentials) -> Credentials {
    Credentials::new(creds.access_key_id(), "not-the-secret", None)
}

/// A rejected request: a service error with `code` and status 403, its message present,
/// no secret in what the user sees.
fn assert_rejected(err: &Error, code: &str) {
    assert_refused(err, code, 403);
}

/// A rejected request: a service error with `code` and `status` (EC2 answers 401), its
/// message present, no secret in what the user sees.
fn assert_refused(err: &Error, code: &str, status: u16) {
    assert_eq!(err.kind(), ErrorKind::Service, "{err:?}");
    assert!(err.is_code(code), "expected {code}: {err:?}");
    assert_eq!(err.status(), Some(status), "{err:?}");
    assert!(err.message().is_some_and(|m| !m.is_empty()), "{err:?}");
    let shown = format!("{err} {err:?}");
    assert!(!shown.contains("not-the-secret"), "{shown}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn signed_requests_accepted_with_the_key_and_rejected_without() {
    let Some((moto, creds)) = authenticated_moto().await else {
        return;
    };

    // awsQuery (STS): the caller is the IAM user whose key signed the request.
    let sts = Service::new(&moto, "sts", "2011-06-15", &creds);
    let me = sts
        .call("GetCallerIdentity", json!({}))
        .await
        .expect("a request signed with the user's key is accepted");
    assert_eq!(me["Arn"], "arn:aws:iam::123456789012:user/signer", "{me}");
    let err = Service::new(&moto, "sts", "2011-06-15", &wrong_secret(&creds))
        .call("GetCallerIdentity", json!({}))
        .await
        .unwrap_err();
    assert_rejected(&err, "SignatureDoesNotMatch");
    let unknown = Credentials::new("AKIAUNKNOWNUNKNOWN00", "whatever", None);
    let err = Service::new(&moto, "sts", "2011-06-15", &unknown)
        .call("GetCallerIdentity", json!({}))
        .await
        .unwrap_err();
    assert_rejected(&err, "InvalidClientTokenId");

    // awsJson1_0 (SQS): moto answers authentication failures with an XML error document
    // even to JSON protocols; the pipeline still reads the code out of it.
    let sqs = Service::new(&moto, "sqs", "2012-11-05", &creds);
    let q = sqs
        .call("CreateQueue", json!({"QueueName": "signed-queue"}))
        .await
        .expect("CreateQueue signed with the user's key");
    assert!(
        q["QueueUrl"]
            .as_str()
            .is_some_and(|u| u.ends_with("/signed-queue")),
        "{q}"
    );
    let bad_sqs = Service::new(&moto, "sqs", "2012-11-05", &wrong_secret(&creds));
    let err = bad_sqs
        .call("CreateQueue", json!({"QueueName": "forged-queue"}))
        .await
        .unwrap_err();
    assert_rejected(&err, "SignatureDoesNotMatch");
    let listed = sqs.call("ListQueues", json!({})).await.expect("ListQueues");
    let urls: Vec<&str> = listed["QueueUrls"]
        .as_array()
        .expect("QueueUrls")
        .iter()
        .filter_map(Json::as_str)
        .collect();
    assert_eq!(urls.len(), 1, "the rejected request made nothing: {listed}");
    assert!(urls[0].ends_with("/signed-queue"), "{listed}");

    // restXml (S3): S3's signing rules, payload hash header.
    let s3 = Service::new(&moto, "s3", "2006-03-01", &creds);
    s3.call("CreateBucket", json!({"Bucket": "signed-bucket"}))
        .await
        .expect("CreateBucket");
    s3.call(
        "PutObject",
        json!({"Bucket": "signed-bucket", "Key": "dir/a b.txt", "Body": "hello"}),
    )
    .await
    .expect("PutObject");
    let got = s3
        .call(
            "GetObject",
            json!({"Bucket": "signed-bucket", "Key": "dir/a b.txt"}),
        )
        .await
        .expect("GetObject");
    assert_eq!(got["ContentLength"], 5, "{got}");
    let bad_s3 = Service::new(&moto, "s3", "2006-03-01", &wrong_secret(&creds));
    let err = bad_s3
        .call(
            "GetObject",
            json!({"Bucket": "signed-bucket", "Key": "dir/a b.txt"}),
        )
        .await
        .unwrap_err();
    assert_rejected(&err, "SignatureDoesNotMatch");
    let err = Service::new(&moto, "s3", "2006-03-01", &unknown)
        .call("ListBuckets", json!({}))
        .await
        .unwrap_err();
    assert_rejected(&err, "InvalidAccessKeyId");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn temporary_credentials_sign_with_their_session_token() {
    let Some((moto, creds)) = authenticated_moto().await else {
        return;
    };
    let sts = Service::new(&moto, "sts", "2011-06-15", &creds);
    let out = sts
        .call(
            "AssumeRole",
            json!({"RoleArn": "arn:aws:iam::123456789012:role/signer-role",
                   "RoleSessionName": "pipeline"}),
        )
        .await
        .expect("AssumeRole signed with the user's key");
    let c = &out["Credentials"];
    let temporary = Credentials::new(
        c["AccessKeyId"].as_str().expect("AccessKeyId"),
        c["SecretAccessKey"].as_str().expect("SecretAccessKey"),
        Some(c["SessionToken"].as_str().expect("SessionToken").to_owned()),
    );
    assert!(temporary.access_key_id().starts_with("ASIA"), "{out}");

    let me = Service::new(&moto, "sts", "2011-06-15", &temporary)
        .call("GetCallerIdentity", json!({}))
        .await
        .expect("the role's temporary key is accepted");
    assert!(
        me["Arn"]
            .as_str()
            .is_some_and(|a| a.ends_with(":assumed-role/signer-role/pipeline")),
        "{me}"
    );

    let forged = Credentials::new(
        temporary.access_key_id(),
        temporary.secret_access_key(),
        Some("not-the-token".into()),
    );
    let err = Service::new(&moto, "sqs", "2012-11-05", &forged)
        .call("ListQueues", json!({}))
        .await
        .unwrap_err();
    assert_rejected(&err, "InvalidClientTokenId");
}

/// The strings at `pointer` (`/Vpcs/*/CidrBlock` style: `*` is every element) in `out`.
fn strings(out: &Json, pointer: &str) -> Vec<String> {
    let mut at = vec![out];
    for part in pointer.trim_start_matches('/').split('/') {
        at = at
            .into_iter()
            .flat_map(|v| match (part, v) {
                ("*", Json::Array(items)) => items.iter().collect::<Vec<_>>(),
                (name, v) => v.get(name).into_iter().collect(),
            })
            .collect();
    }
    let mut found: Vec<String> = at
        .into_iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect();
    found.sort();
    found
}

/// DynamoDB (awsJson1_0), EC2 (ec2Query), SNS and IAM (awsQuery): each makes something with
/// a request signed with the user's key, refuses the same request signed with a wrong
/// secret (SignatureDoesNotMatch, 403; EC2: AuthFailure, 401), and lists only the first.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn other_protocols_accept_the_key_and_reject_a_wrong_secret() {
    let Some((moto, creds)) = authenticated_moto().await else {
        return;
    };
    let forged = wrong_secret(&creds);
    let table = |name: &str| {
        json!({
            "TableName": name,
            "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}],
            "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],
            "BillingMode": "PAY_PER_REQUEST",
        })
    };
    // (service, version, create, its input when signed, forged, listing, its input, where
    // the listing names things, what it names, the code and status of the refusal)
    let cases = [
        (
            ("dynamodb", "2012-08-10"),
            ("CreateTable", table("signed-table"), table("forged-table")),
            ("ListTables", json!({}), "/TableNames/*"),
            vec!["signed-table"],
            ("SignatureDoesNotMatch", 403),
        ),
        (
            ("ec2", "2016-11-15"),
            (
                "CreateVpc",
                json!({"CidrBlock": "10.7.0.0/16"}),
                json!({"CidrBlock": "10.8.0.0/16"}),
            ),
            ("DescribeVpcs", json!({}), "/Vpcs/*/CidrBlock"),
            // moto's default VPC, and the one made here.
            vec!["10.7.0.0/16", "172.31.0.0/16"],
            ("AuthFailure", 401),
        ),
        (
            ("sns", "2010-03-31"),
            (
                "CreateTopic",
                json!({"Name": "signed-topic"}),
                json!({"Name": "forged-topic"}),
            ),
            ("ListTopics", json!({}), "/Topics/*/TopicArn"),
            vec!["arn:aws:sns:us-east-1:123456789012:signed-topic"],
            ("SignatureDoesNotMatch", 403),
        ),
        (
            ("iam", "2010-05-08"),
            (
                "CreateUser",
                json!({"UserName": "signed-user"}),
                json!({"UserName": "forged-user"}),
            ),
            ("ListUsers", json!({}), "/Users/*/UserName"),
            vec!["signed-user", "signer"],
            ("SignatureDoesNotMatch", 403),
        ),
    ];
    for (
        (service, version),
        (create, input, forged_input),
        (list, list_input, names),
        expected,
        (code, status),
    ) in cases
    {
        let signed = Service::new(&moto, service, version, &creds);
        signed
            .call(create, input)
            .await
            .unwrap_or_else(|e| panic!("{service} {create} signed with the user's key: {e:?}"));
        let err = Service::new(&moto, service, version, &forged)
            .call(create, forged_input)
            .await
            .unwrap_err();
        assert_refused(&err, code, status);
        let listed = signed
            .call(list, list_input)
            .await
            .unwrap_or_else(|e| panic!("{service} {list}: {e:?}"));
        assert_eq!(strings(&listed, names), expected, "{service}: {listed}");
    }
}
