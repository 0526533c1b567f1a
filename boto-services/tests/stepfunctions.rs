//! The generated Step Functions client (feature `stepfunctions`) against moto: state
//! machines created, described, listed over pages, run and deleted.
#![cfg(feature = "stepfunctions")]

use futures::TryStreamExt;

use boto_core::RetryConfig;

const DEFINITION: &str = r#"{"StartAt":"Hello","States":{"Hello":{"Type":"Pass","End":true}}}"#;
const ROLE: &str = "arn:aws:iam::123456789012:role/states";

#[tokio::test(flavor = "multi_thread")]
async fn stepfunctions_state_machines_round_trip() -> boto_core::Result<()> {
    use boto_services::stepfunctions::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let sfn = Client::new(
        &testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))),
    );
    let mut arns = Vec::new();
    for n in 0..5 {
        let out = sfn
            .create_state_machine(
                CreateStateMachineInput::new()
                    .name(format!("flow-{n}"))
                    .definition(DEFINITION)
                    .role_arn(ROLE),
            )
            .await?;
        assert!(out
            .state_machine_arn
            .ends_with(&format!(":stateMachine:flow-{n}")));
        arns.push(out.state_machine_arn);
    }
    let described = sfn
        .describe_state_machine(DescribeStateMachineInput::new().state_machine_arn(&arns[0]))
        .await?;
    assert_eq!(described.name, "flow-0");
    assert_eq!(described.definition, DEFINITION);
    assert_eq!(described.role_arn, ROLE);
    assert_eq!(described.r#type, StateMachineType::Standard);
    // The model marks the definition sensitive: Debug leaves it out.
    assert!(!format!("{described:?}").contains("StartAt"));

    // Two a page: moto honours maxResults.
    let pages: Vec<ListStateMachinesOutput> = sfn
        .list_state_machines_pages(ListStateMachinesInput::new().max_results(2))
        .try_collect()
        .await?;
    assert_eq!(
        pages
            .iter()
            .map(|p| p.state_machines.len())
            .collect::<Vec<_>>(),
        [2, 2, 1]
    );
    let mut names: Vec<String> = sfn
        .list_state_machines_items(ListStateMachinesInput::new().max_results(2))
        .map_ok(|m| m.name)
        .try_collect()
        .await?;
    names.sort();
    assert_eq!(names, ["flow-0", "flow-1", "flow-2", "flow-3", "flow-4"]);

    let run = sfn
        .start_execution(
            StartExecutionInput::new()
                .state_machine_arn(&arns[0])
                .name("run-1")
                .input(r#"{"n":1}"#),
        )
        .await?;
    let execution = sfn
        .describe_execution(DescribeExecutionInput::new().execution_arn(&run.execution_arn))
        .await?;
    assert_eq!(execution.state_machine_arn, arns[0]);
    assert_eq!(execution.name.as_deref(), Some("run-1"));
    let executions: Vec<ExecutionListItem> = sfn
        .list_executions_items(ListExecutionsInput::new().state_machine_arn(&arns[0]))
        .try_collect()
        .await?;
    assert_eq!(executions.len(), 1);
    assert_eq!(executions[0].execution_arn, run.execution_arn);

    sfn.delete_state_machine(DeleteStateMachineInput::new().state_machine_arn(&arns[4]))
        .await?;
    let err = sfn
        .describe_state_machine(DescribeStateMachineInput::new().state_machine_arn(&arns[4]))
        .await
        .expect_err("a deleted state machine");
    assert!(err.is_code("StateMachineDoesNotExist"), "{err:?}");
    Ok(())
}
