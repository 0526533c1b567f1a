//! The generated Secrets Manager client (feature `secretsmanager`) against moto: create /
//! describe / get / paginated list / delete, and a not-found error through the replay
//! transport.
#![cfg(feature = "secretsmanager")]

use boto_core::http::replay::ReplayClient;
use boto_core::{RetryConfig, Session};
use boto_services::secretsmanager;
use futures::TryStreamExt;

/// API.md §8's Secrets Manager lines, as written there.
#[rustfmt::skip]
async fn guide_example(session: &Session) -> boto_core::Result<Option<String>> {
    use secretsmanager::{Client, CreateSecretRequest, DescribeSecretRequest, ListSecretsRequest};
    let sm = Client::new(session);
    sm.create_secret(CreateSecretRequest::new().name("db").secret_string("pw")).await?;
    let all: Vec<_> = sm.list_secrets_items(ListSecretsRequest::new()).try_collect().await?;
    assert_eq!(all.len(), 1);
    let arn = sm.describe_secret(DescribeSecretRequest::new().secret_id("db")).await?.arn; // wire "ARN"
    Ok(arn)
}

#[tokio::test(flavor = "multi_thread")]
async fn secretsmanager_round_trip() -> boto_core::Result<()> {
    use secretsmanager::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let session = testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2)));
    let arn = guide_example(&session)
        .await?
        .expect("DescribeSecret's ARN");
    assert!(
        arn.starts_with("arn:aws:secretsmanager:us-east-1:"),
        "{arn}"
    );

    let sm = Client::new(&session);
    let mut created = Vec::new();
    for name in ["app/one", "app/two", "app/three"] {
        let out = sm
            .create_secret(
                CreateSecretRequest::new()
                    .name(name)
                    .secret_string(format!("value of {name}"))
                    .tags(vec![Tag::new().key("team").value("core")]),
            )
            .await?;
        assert_eq!(out.name.as_deref(), Some(name));
        created.push(out.arn.expect("CreateSecret's ARN"));
    }

    // Describe by name: the acronym member `ARN` arrives in `arn`.
    let described = sm
        .describe_secret(DescribeSecretRequest::new().secret_id("app/two"))
        .await?;
    assert_eq!(described.arn.as_ref(), Some(&created[1]));
    assert_eq!(described.name.as_deref(), Some("app/two"));
    assert_eq!(
        described.tags,
        Some(vec![Tag::new().key("team").value("core")])
    );
    assert!(described.created_date.is_some());
    let value = sm
        .get_secret_value(GetSecretValueRequest::new().secret_id(&created[2]))
        .await?;
    assert_eq!(value.secret_string.as_deref(), Some("value of app/three"));
    // A sensitive member of the model: Debug shows it redacted.
    let shown = format!("{value:?}");
    assert!(!shown.contains("value of app/three"), "{shown}");
    assert!(shown.contains("** redacted **"), "{shown}");

    // One secret per page: `_items` follows NextToken through four pages.
    let mut names: Vec<String> = sm
        .list_secrets_items(ListSecretsRequest::new().max_results(1))
        .map_ok(|s| s.name.unwrap_or_default())
        .try_collect()
        .await?;
    names.sort();
    assert_eq!(names, ["app/one", "app/three", "app/two", "db"]);
    let pages: Vec<ListSecretsResponse> = sm
        .list_secrets_pages(ListSecretsRequest::new().max_results(3))
        .try_collect()
        .await?;
    assert_eq!(
        pages
            .iter()
            .map(|p| p.secret_list.as_ref().map_or(0, Vec::len))
            .collect::<Vec<_>>(),
        [3, 1]
    );
    // A filter (a string enum in the request) narrows the listing.
    let filtered: Vec<SecretListEntry> = sm
        .list_secrets_items(ListSecretsRequest::new().filters(vec![Filter::new()
            .key(FilterNameStringType::Name)
            .values(vec!["app/t".to_owned()])]))
        .try_collect()
        .await?;
    let mut filtered: Vec<_> = filtered.into_iter().filter_map(|s| s.name).collect();
    filtered.sort();
    assert_eq!(filtered, ["app/three", "app/two"]);

    // Delete, then the secret is gone: a ResourceNotFoundException.
    let deleted = sm
        .delete_secret(
            DeleteSecretRequest::new()
                .secret_id("app/one")
                .force_delete_without_recovery(true),
        )
        .await?;
    assert_eq!(deleted.arn.as_ref(), Some(&created[0]));
    let err = sm
        .describe_secret(DescribeSecretRequest::new().secret_id("app/one"))
        .await
        .expect_err("a deleted secret is not found");
    assert!(err.is_code("ResourceNotFoundException"), "{err:?}");
    Ok(())
}

const JSON: [(&str, &str); 1] = [("content-type", "application/x-amz-json-1.1")];

/// Secrets Manager's `ResourceNotFoundException` (a 400 from AWS, a 404 from moto) is a
/// service error with its code either way.
#[tokio::test]
async fn secretsmanager_not_found_is_a_service_error() {
    for status in [400, 404] {
        let replay = ReplayClient::new();
        replay.push(
            status,
            &JSON,
            r#"{"__type":"ResourceNotFoundException","message":"Secrets Manager can't find the specified secret."}"#,
        );
        let sm = secretsmanager::Client::new(&testkit::replay_session!(&replay));
        let err = sm
            .get_secret_value(secretsmanager::GetSecretValueRequest::new().secret_id("nope"))
            .await
            .expect_err("an error");
        assert!(err.is_code("ResourceNotFoundException"), "{err:?}");
        assert_eq!(err.status(), Some(status));
        assert_eq!(
            replay.requests()[0].header("x-amz-target"),
            Some("secretsmanager.GetSecretValue")
        );
    }
}
