//! The generated CloudFormation client (feature `cloudformation`, awsQuery) against moto: a
//! stack created from a template and awaited (`stack_create_complete`), described with its
//! outputs and resources, listed, deleted and awaited (`stack_delete_complete`).
#![cfg(feature = "cloudformation")]

use futures::TryStreamExt;
use std::time::Duration;

use boto_core::RetryConfig;

const TEMPLATE: &str = r#"{
  "Parameters": {"QueueName": {"Type": "String"}},
  "Resources": {"Queue": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": {"Ref": "QueueName"}}}},
  "Outputs": {"QueueUrl": {"Value": {"Ref": "Queue"}}}
}"#;

#[tokio::test(flavor = "multi_thread")]
async fn cloudformation_stack_round_trip() -> boto_core::Result<()> {
    use boto_services::cloudformation::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let cf = Client::new(
        &testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))),
    );
    let mut ids = Vec::new();
    for name in ["jobs", "mail"] {
        let id = cf
            .create_stack(
                CreateStackInput::new()
                    .stack_name(name)
                    .template_body(TEMPLATE)
                    .parameters(vec![Parameter::new()
                        .parameter_key("QueueName")
                        .parameter_value(format!("{name}-queue"))])
                    .tags(vec![Tag::new().key("team").value("core")]),
            )
            .await?
            .stack_id
            .expect("CreateStack's stack ID");
        assert!(id.contains(&format!(":stack/{name}/")), "{id}");
        ids.push(id);
    }
    let created = cf
        .wait_until_stack_create_complete(DescribeStacksInput::new().stack_name("jobs"))
        .delay(Duration::from_millis(50))
        .await?
        .expect("the waiter's last output");
    let stack = &created.stacks.expect("stacks")[0];
    assert_eq!(stack.stack_status, StackStatus::CreateComplete);
    assert_eq!(stack.stack_id.as_ref(), Some(&ids[0]));
    assert_eq!(stack.tags, Some(vec![Tag::new().key("team").value("core")]));
    let outputs = stack.outputs.clone().unwrap_or_default();
    assert_eq!(outputs.len(), 1);
    assert_eq!(outputs[0].output_key.as_deref(), Some("QueueUrl"));
    assert!(
        outputs[0]
            .output_value
            .as_ref()
            .is_some_and(|u| u.ends_with("/jobs-queue")),
        "{outputs:?}"
    );

    let resources = cf
        .describe_stack_resources(DescribeStackResourcesInput::new().stack_name("jobs"))
        .await?
        .stack_resources
        .unwrap_or_default();
    assert_eq!(resources.len(), 1);
    assert_eq!(resources[0].logical_resource_id, "Queue");
    assert_eq!(resources[0].resource_type, "AWS::SQS::Queue");

    let mut listed: Vec<String> = cf
        .list_stacks_items(ListStacksInput::new())
        .map_ok(|s| s.stack_name)
        .try_collect()
        .await?;
    listed.sort();
    assert_eq!(listed, ["jobs", "mail"]);
    let described: Vec<StackShape> = cf
        .describe_stacks_items(DescribeStacksInput::new())
        .try_collect()
        .await?;
    assert_eq!(described.len(), 2);

    cf.delete_stack(DeleteStackInput::new().stack_name("jobs"))
        .await?;
    // Deleted stacks are described by ID, with their final status.
    let deleted = cf
        .wait_until_stack_delete_complete(DescribeStacksInput::new().stack_name(&ids[0]))
        .delay(Duration::from_millis(50))
        .await?
        .expect("the waiter's last output");
    assert_eq!(
        deleted.stacks.expect("stacks")[0].stack_status,
        StackStatus::DeleteComplete
    );
    let err = cf
        .describe_stacks(DescribeStacksInput::new().stack_name("nope"))
        .await
        .expect_err("no such stack");
    assert!(err.is_code("ValidationError"), "{err:?}");
    Ok(())
}
