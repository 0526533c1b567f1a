//! The generated Lambda client (feature `lambda`, restJson1) against moto: functions
//! created (their role made with the generated IAM client), awaited
//! (`function_active_v2`), read, listed, tagged and deleted. Needs features `lambda` and
//! `iam`.
#![cfg(all(feature = "lambda", feature = "iam"))]

use futures::TryStreamExt;
use std::collections::HashMap;
use std::time::Duration;

use boto_core::RetryConfig;

/// An empty zip archive: moto keeps the code without running it.
const EMPTY_ZIP: [u8; 22] = [
    0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];

#[tokio::test(flavor = "multi_thread")]
async fn lambda_functions_round_trip() -> boto_core::Result<()> {
    use boto_services::{iam, lambda::*};
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let session = testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2)));
    let role = iam::Client::new(&session)
        .create_role(
            iam::CreateRoleRequest::new()
                .role_name("lambda-exec")
                .assume_role_policy_document(
                    r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"lambda.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#,
                ),
        )
        .await?
        .role
        .arn;
    let lambda = Client::new(&session);
    for name in ["resize", "thumbs", "notify"] {
        let f = lambda
            .create_function(
                CreateFunctionRequest::new()
                    .function_name(name)
                    .runtime(Runtime::Python312)
                    .role(&role)
                    .handler("app.handler")
                    .code(FunctionCode::new().zip_file(EMPTY_ZIP.to_vec()))
                    .memory_size(256)
                    .tags(HashMap::from([("team".to_owned(), "core".to_owned())])),
            )
            .await?;
        assert_eq!(f.function_name.as_deref(), Some(name));
        assert_eq!(f.memory_size, Some(256));
    }
    let active = lambda
        .wait_until_function_active_v2(GetFunctionRequest::new().function_name("resize"))
        .delay(Duration::from_millis(50))
        .await?
        .expect("the waiter's last output");
    let config = active.configuration.expect("a configuration");
    assert_eq!(config.state, Some(State::Active));
    assert_eq!(config.runtime, Some(Runtime::Python312));
    assert_eq!(config.role.as_ref(), Some(&role));
    assert_eq!(
        active.tags,
        Some(HashMap::from([("team".to_owned(), "core".to_owned())]))
    );

    // moto answers ListFunctions in one page whatever MaxItems says.
    let mut names: Vec<String> = lambda
        .list_functions_items(ListFunctionsRequest::new().max_items(2))
        .map_ok(|f| f.function_name.unwrap_or_default())
        .try_collect()
        .await?;
    names.sort();
    assert_eq!(names, ["notify", "resize", "thumbs"]);

    lambda
        .delete_function(DeleteFunctionRequest::new().function_name("notify"))
        .await?;
    let err = lambda
        .get_function(GetFunctionRequest::new().function_name("notify"))
        .await
        .expect_err("a deleted function");
    assert!(err.is_code("ResourceNotFoundException"), "{err:?}");
    assert_eq!(err.status(), Some(404));
    Ok(())
}
