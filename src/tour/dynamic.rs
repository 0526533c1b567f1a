//! §7 A client from a service description: SNS from the botocore model installed with
//! Python's `botocore`.

use super::{check, say, TourResult};
use boto_services::core::auth::{sign_request, SigningParams};
use boto_services::core::dynamic::{DynamicClient, ServiceModel};
use boto_services::core::{ByteStream, Session};
use serde_json::json;
use std::path::PathBuf;

/// botocore's `sns/2010-03-31/service-2.json` (or `.json.gz`), found through `python3`.
fn sns_model_path() -> TourResult<PathBuf> {
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import botocore, os; print(os.path.dirname(botocore.__file__))",
        ])
        .output()
        .map_err(|e| format!("python3 could not be run to find botocore: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "botocore is not installed for python3 (pip install boto3): {}",
            String::from_utf8_lossy(&out.stderr).trim()
        )
        .into());
    }
    let dir = PathBuf::from(String::from_utf8(out.stdout)?.trim()).join("data/sns/2010-03-31");
    ["service-2.json", "service-2.json.gz"]
        .iter()
        .map(|name| dir.join(name))
        .find(|p| p.exists())
        .ok_or_else(|| format!("no SNS service-2.json under {}", dir.display()).into())
}

/// Signs a built request with the session's credentials (SigV4, the model's signing name)
/// and sends it through the session's transport; the whole response back.
async fn sign_and_send(
    session: &Session,
    sns: &DynamicClient,
    req: http::Request<bytes::Bytes>,
) -> TourResult<http::Response<bytes::Bytes>> {
    let (parts, body) = req.into_parts();
    let mut req = http::Request::from_parts(parts, ByteStream::from(body));
    let region = session.region().ok_or("no region")?;
    let params = SigningParams::new(region, &sns.model().meta.signing_name);
    sign_request(&mut req, &session.credentials().await?, &params)?;
    let resp = session.http_client().send(req).await?;
    let (parts, body) = resp.into_parts();
    Ok(http::Response::from_parts(parts, body.collect().await?))
}

pub(crate) async fn run(session: &Session) -> TourResult<()> {
    let path = sns_model_path()?;
    let model = ServiceModel::from_json(&std::fs::read(&path)?)?;
    let sns = DynamicClient::new(session, model);
    say(
        "dynamic",
        format!(
            "ServiceModel::from_json({}): {} operations",
            path.display(),
            sns.model().operations.len()
        ),
    );

    let out: serde_json::Value = sns.call("CreateTopic", json!({"Name": "t"})).await?;
    let arn = out["TopicArn"]
        .as_str()
        .ok_or_else(|| format!("CreateTopic returned {out}"))?
        .to_owned();
    check(arn.ends_with(":t"), || format!("topic arn {arn}"))?;
    say(
        "dynamic",
        format!("call(\"CreateTopic\", {{\"Name\": \"t\"}}): {arn}"),
    );

    // build_request gives the unsigned request (signed and sent here as the client would);
    // parse_response reads any response.
    let req = sns.build_request("Publish", &json!({"TopicArn": arn, "Message": "hello"}))?;
    let line = format!("{} {}", req.method(), req.uri());
    let resp = sign_and_send(session, &sns, req).await?;
    let published = sns.parse_response("Publish", resp)?;
    check(published["MessageId"].is_string(), || {
        format!("Publish parsed as {published}")
    })?;
    say(
        "dynamic",
        format!(
            "build_request(\"Publish\") = {line}; parse_response: MessageId {}",
            published["MessageId"]
        ),
    );
    let missing = json!({"TopicArn": format!("{arn}-missing"), "Message": "hello"});
    let resp = sign_and_send(session, &sns, sns.build_request("Publish", &missing)?).await?;
    match sns.parse_response("Publish", resp) {
        Err(e) if e.code().is_some() => say(
            "dynamic",
            format!(
                "parse_response of an error: {:?} {:?}",
                e.code(),
                e.message()
            ),
        ),
        other => return Err(format!("Publish to a missing topic parsed as {other:?}").into()),
    }
    let topics = sns.call("ListTopics", json!({})).await?;
    let listed = topics["Topics"]
        .as_array()
        .is_some_and(|t| t.iter().any(|t| t["TopicArn"] == arn.as_str()));
    check(listed, || format!("ListTopics gave {topics}"))?;
    sns.call("DeleteTopic", json!({"TopicArn": arn})).await?;
    say("dynamic", "ListTopics lists it; DeleteTopic");
    Ok(())
}
