//! The `operationInputs` cases of botocore's endpoint tests
//! (`../shared/conformance/endpoint-rules/<service>/endpoint-tests-1.json`) driven through
//! the whole client: a session configured with the case's built-ins (region, FIPS,
//! dual-stack, endpoint URL, S3 settings, the credentials' account id and its mode), a
//! dynamic client of botocore's service model with the rule set beside the tests, and the
//! operation called with the case's parameters. The request sent must go to the expected
//! endpoint, signed with its auth scheme's name and region, or the call must fail with the
//! rule's error. So the context parameters the model declares (S3's `Bucket`, DynamoDB's
//! `ResourceArn` and `ResourceArnList`), the account id of the credentials and every
//! session setting reach the rule set as botocore sends them.

use super::*;
use crate::credentials::testing::{env_with, TempDir};
use crate::credentials::Credentials;
use crate::http::replay::ReplayClient;
use crate::AccountIdEndpointMode;

/// What happened to the cases of one service.
#[derive(Debug, Default)]
struct Tally {
    passed: usize,
    failed: Vec<String>,
    /// Not reachable through a session: an endpoint URL with FIPS or dual-stack (botocore
    /// turns both off when an endpoint URL is configured), an operation the installed
    /// model lacks.
    skipped: usize,
    /// An endpoint only SigV4a or S3 Express session auth can sign for: the call must
    /// refuse it with an error naming the scheme.
    refused_auth: usize,
}

/// The session a case's `builtInParams` describe.
fn session(dir: &TempDir, builtins: &Json, replay: &ReplayClient) -> Option<Session> {
    let get = |k: &str| builtins.get(k);
    let flag = |k: &str| get(k).and_then(Json::as_bool);
    let endpoint = get("SDK::Endpoint").and_then(Json::as_str);
    if endpoint.is_some()
        && (flag("AWS::UseFIPS") == Some(true) || flag("AWS::UseDualStack") == Some(true))
    {
        return None;
    }
    let mut vars = Vec::new();
    let mut s3 = String::new();
    if let Some(v) = flag("AWS::S3::UseArnRegion") {
        vars.push(("AWS_S3_USE_ARN_REGION", v.to_string()));
    }
    if let Some(v) = flag("AWS::S3::DisableMultiRegionAccessPoints") {
        vars.push(("AWS_S3_DISABLE_MULTIREGION_ACCESS_POINTS", v.to_string()));
    }
    // Absent, the built-in is false: `regional` (a session's default is botocore's,
    // `legacy`).
    let global = flag("AWS::S3::UseGlobalEndpoint") == Some(true);
    let mode = if global { "legacy" } else { "regional" };
    vars.push(("AWS_S3_US_EAST_1_REGIONAL_ENDPOINT", mode.to_string()));
    if flag("AWS::S3::Accelerate") == Some(true) {
        s3.push_str("  use_accelerate_endpoint = true\n");
    }
    dir.write("config", &format!("[default]\ns3 =\n{s3}"));
    let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let mut creds = Credentials::new("AKID", "SECRET", None);
    if let Some(id) = get("AWS::Auth::AccountId").and_then(Json::as_str) {
        creds = creds.with_account_id(id);
    }
    let mut b = Session::builder()
        .env(env_with(dir, &vars))
        .credentials(creds)
        .use_fips(flag("AWS::UseFIPS").unwrap_or(false))
        .use_dualstack(flag("AWS::UseDualStack").unwrap_or(false))
        .http_client(Arc::new(replay.clone()));
    if let Some(r) = get("AWS::Region").and_then(Json::as_str) {
        b = b.region(r);
    }
    if let Some(url) = endpoint {
        b = b.endpoint_url(url);
    }
    if flag("AWS::S3::ForcePathStyle") == Some(true) {
        b = b.addressing_style(crate::AddressingStyle::Path);
    }
    let mode = match get("AWS::Auth::AccountIdEndpointMode").and_then(Json::as_str) {
        Some("required") => Some(AccountIdEndpointMode::Required),
        Some("disabled") => Some(AccountIdEndpointMode::Disabled),
        Some("preferred") => Some(AccountIdEndpointMode::Preferred),
        _ => None,
    };
    if let Some(mode) = mode {
        b = b.account_id_endpoint_mode(mode);
    }
    b.build().ok()
}

/// Checks one operation input of a case against its expectation; `Err` says how it
/// differs. A case that cannot be run counts in `tally.skipped`.
async fn check(
    model: &ServiceModel,
    rules: &[u8],
    case: &Json,
    input: &Json,
    tally: &mut Tally,
) -> std::result::Result<(), String> {
    let op = input["operationName"].as_str().unwrap_or_default();
    if model.operation(op).is_none() {
        tally.skipped += 1;
        return Ok(());
    }
    let dir = TempDir::new();
    let replay = ReplayClient::new();
    let empty = Json::Object(Default::default());
    let Some(session) = session(&dir, input.get("builtInParams").unwrap_or(&empty), &replay) else {
        tally.skipped += 1;
        return Ok(());
    };
    replay.push(200, &[], "");
    let client = DynamicClient::new(&session, model.clone())
        .with_endpoint_rules(rules)
        .map_err(|e| format!("rule set: {e}"))?;
    let params = input.get("operationParams").cloned().unwrap_or(empty);
    // The operation's host prefix (`{RequestRoute}.`) goes before the endpoint's host.
    let host_prefix = model
        .operation(op)
        .and_then(|o| o.host_prefix.as_deref())
        .map(|p| {
            let mut p = p.to_string();
            for (k, v) in params.as_object().into_iter().flatten() {
                p = p.replace(&format!("{{{k}}}"), v.as_str().unwrap_or_default());
            }
            p
        })
        .unwrap_or_default();
    let result = client.call(op, params).await;
    let sent = replay.requests().into_iter().next();
    let expect = &case["expect"];
    if let Some(error) = expect.get("error").and_then(Json::as_str) {
        return match (sent, result) {
            (None, Err(e)) if e.to_string().contains(error) => Ok(()),
            (None, Err(e)) => Err(format!("error {e}, expected {error:?}")),
            (Some(r), _) => Err(format!("sent {}, expected error {error:?}", r.uri)),
            (None, Ok(_)) => Err(format!("nothing sent and no error, expected {error:?}")),
        };
    }
    let endpoint = &expect["endpoint"];
    let url = endpoint["url"]
        .as_str()
        .unwrap_or_default()
        .trim_end_matches('/');
    let url = match url.split_once("://") {
        Some((scheme, rest)) => format!("{scheme}://{host_prefix}{rest}"),
        None => url.to_string(),
    };
    let scheme = endpoint
        .pointer("/properties/authSchemes")
        .and_then(Json::as_array)
        .and_then(|s| s.iter().find(|s| s["name"] == "sigv4").or(s.first()));
    if let Some(s) = scheme.filter(|s| s["name"] != "sigv4") {
        return match (sent, result) {
            (None, Err(e)) if e.to_string().contains("auth scheme") => {
                tally.refused_auth += 1;
                Ok(())
            }
            (sent, result) => Err(format!(
                "auth scheme {}: sent {:?}, result {:?}",
                s["name"],
                sent.map(|r| r.uri.to_string()),
                result.err().map(|e| e.to_string())
            )),
        };
    }
    let Some(req) = sent else {
        return Err(format!("nothing sent: {:?}, expected {url}", result.err()));
    };
    let uri = req.uri.to_string();
    let rest = uri.strip_prefix(&url).unwrap_or("#");
    if !(rest.is_empty() || rest.starts_with('/') || rest.starts_with('?')) {
        return Err(format!("sent {uri}, expected {url}"));
    }
    if let Some(s) = scheme {
        let auth = req.header("authorization").unwrap_or_default();
        for key in ["signingRegion", "signingName"] {
            if let Some(v) = s[key].as_str() {
                if !auth.contains(&format!("/{v}/")) {
                    return Err(format!("signed {auth:?}, expected {key} {v}"));
                }
            }
        }
    }
    Ok(())
}

async fn run(service: &str) -> Option<Tally> {
    let data = testkit::botocore::data_dir()?;
    let dir = testkit::conformance_dir(env!("CARGO_MANIFEST_DIR"), "endpoint-rules").join(service);
    let rules = std::fs::read(dir.join("endpoint-rule-set-1.json")).unwrap();
    let tests: Json =
        serde_json::from_slice(&std::fs::read(dir.join("endpoint-tests-1.json")).unwrap()).unwrap();
    let model = ServiceModel::from_json(&testkit::botocore::model_json(&data, service)).unwrap();
    let mut tally = Tally::default();
    for case in tests["testCases"].as_array().unwrap() {
        for input in case["operationInputs"].as_array().into_iter().flatten() {
            let skipped = tally.skipped;
            let result = check(&model, &rules, case, input, &mut tally).await;
            match result {
                _ if tally.skipped > skipped => {}
                Ok(()) => tally.passed += 1,
                Err(why) => tally
                    .failed
                    .push(format!("{}: {why}", case["documentation"])),
            }
        }
    }
    println!(
        "{service}: {} passed, {} failed ({} of the passed refuse SigV4a / S3 Express auth; \
         {} skipped)",
        tally.passed,
        tally.failed.len(),
        tally.refused_auth,
        tally.skipped
    );
    Some(tally)
}

#[tokio::test]
async fn s3_and_dynamodb_operation_inputs_reach_the_expected_endpoints() {
    for service in ["s3", "dynamodb"] {
        let Some(tally) = run(service).await else {
            return;
        };
        assert!(
            tally.failed.is_empty(),
            "{service}: {} failed:\n{}",
            tally.failed.len(),
            tally.failed.join("\n")
        );
        assert!(tally.passed > 100, "{service}: {tally:?}");
    }
}
