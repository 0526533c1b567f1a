//! The generated SSM client (feature `ssm`) against moto: parameters put, read (a
//! SecureString decrypted), described, listed by path over pages, deleted; a command sent
//! and awaited (`command_executed`).
#![cfg(feature = "ssm")]

use futures::TryStreamExt;
use std::collections::HashMap;
use std::time::Duration;

use boto_core::RetryConfig;

#[tokio::test(flavor = "multi_thread")]
async fn ssm_parameters_round_trip() -> boto_core::Result<()> {
    use boto_services::ssm::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let ssm = Client::new(
        &testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))),
    );
    for n in 0..5 {
        let put = ssm
            .put_parameter(
                PutParameterRequest::new()
                    .name(format!("/app/p{n}"))
                    .value(format!("value {n}"))
                    .r#type(ParameterType::String),
            )
            .await?;
        assert_eq!(put.version, Some(1));
    }
    ssm.put_parameter(
        PutParameterRequest::new()
            .name("/app/password")
            .value("s3cr3t")
            .r#type(ParameterType::SecureString),
    )
    .await?;
    let p = ssm
        .get_parameter(
            GetParameterRequest::new()
                .name("/app/password")
                .with_decryption(true),
        )
        .await?
        .parameter
        .expect("a parameter");
    assert_eq!(p.value.as_deref(), Some("s3cr3t"));
    assert_eq!(p.r#type, Some(ParameterType::SecureString));
    assert!(p
        .arn
        .as_ref()
        .is_some_and(|a| a.ends_with(":parameter/app/password")));

    // Two a page: moto honours MaxResults on GetParametersByPath.
    let pages: Vec<GetParametersByPathResult> = ssm
        .get_parameters_by_path_pages(
            GetParametersByPathRequest::new()
                .path("/app")
                .max_results(2),
        )
        .try_collect()
        .await?;
    assert!(pages.len() >= 3, "{} pages", pages.len());
    assert!(pages
        .iter()
        .all(|p| p.parameters.as_ref().map_or(0, Vec::len) <= 2));
    let mut names: Vec<String> = ssm
        .get_parameters_by_path_items(
            GetParametersByPathRequest::new()
                .path("/app")
                .max_results(2),
        )
        .map_ok(|p| p.name.unwrap_or_default())
        .try_collect()
        .await?;
    names.sort();
    assert_eq!(
        names,
        [
            "/app/p0",
            "/app/p1",
            "/app/p2",
            "/app/p3",
            "/app/p4",
            "/app/password"
        ]
    );
    let described: Vec<ParameterMetadata> = ssm
        .describe_parameters_items(DescribeParametersRequest::new())
        .try_collect()
        .await?;
    assert_eq!(described.len(), 6);

    ssm.delete_parameter(DeleteParameterRequest::new().name("/app/p0"))
        .await?;
    let err = ssm
        .get_parameter(GetParameterRequest::new().name("/app/p0"))
        .await
        .expect_err("a deleted parameter");
    assert!(err.is_code("ParameterNotFound"), "{err:?}");

    // A command, and the waiter on its invocation.
    let command = ssm
        .send_command(
            SendCommandRequest::new()
                .document_name("AWS-RunShellScript")
                .instance_ids(vec!["i-0123456789abcdef0".into()])
                .parameters(HashMap::from([(
                    "commands".to_owned(),
                    vec!["uptime".to_owned()],
                )])),
        )
        .await?
        .command
        .expect("a command");
    let id = command.command_id.expect("a command ID");
    let done = ssm
        .wait_until_command_executed(
            GetCommandInvocationRequest::new()
                .command_id(&id)
                .instance_id("i-0123456789abcdef0"),
        )
        .delay(Duration::from_millis(50))
        .await?
        .expect("the waiter's last output");
    assert_eq!(done.command_id.as_ref(), Some(&id));
    assert_eq!(done.status, Some(CommandInvocationStatus::Success));
    Ok(())
}
