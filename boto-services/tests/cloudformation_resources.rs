//! boto3's CloudFormation resources (feature `cloudformation`) against moto: a stack
//! created, loaded, updated and deleted, its events and resources listed and loaded.
#![cfg(feature = "cloudformation")]

use boto_core::RetryConfig;
use boto_services::cloudformation::*;
use futures::TryStreamExt;

const TEMPLATE: &str = r#"{"Resources": {"Queue": {"Type": "AWS::SQS::Queue",
  "Properties": {"QueueName": "jobs"}}}}"#;
const TEMPLATE2: &str = r#"{"Resources": {"Queue": {"Type": "AWS::SQS::Queue",
  "Properties": {"QueueName": "jobs"}}, "Topic": {"Type": "AWS::SNS::Topic"}}}"#;

#[tokio::test(flavor = "multi_thread")]
async fn cloudformation_resources_round_trip() -> boto_core::Result<()> {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let cf = CloudFormation::new(
        &testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))),
    );
    let stack = cf
        .create_stack()
        .with(|r| r.stack_name("web").template_body(TEMPLATE))
        .await?;
    assert_eq!(stack.name(), "web");
    assert_eq!(stack, cf.stack("web"));
    assert_eq!(stack.stack_name().await?, "web");
    assert!(stack.stack_id().await?.is_some());
    let status = stack.stack_status().await?;
    assert_eq!(status, StackStatus::CreateComplete);

    let stacks: Vec<Stack> = cf.stacks().try_collect().await?;
    assert_eq!(stacks, vec![stack.clone()]);
    let summaries: Vec<StackResourceSummary> = stack.resource_summaries().try_collect().await?;
    assert_eq!(summaries.len(), 1);
    let summary = &summaries[0];
    assert_eq!(summary.logical_id(), "Queue");
    assert_eq!(summary.stack_name(), "web");
    assert_eq!(summary.resource_type().await?, "AWS::SQS::Queue");
    let resource = summary.resource();
    assert_eq!(resource, stack.resource("Queue"));
    assert!(resource.physical_resource_id().await?.is_some());
    assert_eq!(resource.stack().stack_name().await?, "web");
    let events: Vec<Event> = stack.events().try_collect().await?;
    assert!(!events.is_empty());
    assert_eq!(events[0].stack_name().await?, "web");

    stack.update().with(|r| r.template_body(TEMPLATE2)).await?;
    let summaries: Vec<StackResourceSummary> = stack.resource_summaries().try_collect().await?;
    assert_eq!(summaries.len(), 2);
    stack.cancel_update().await.ok();
    stack.delete().await?;
    let statuses: Vec<StackStatus> = {
        let mut out = Vec::new();
        for s in cf.stacks().try_collect::<Vec<_>>().await? {
            out.push(s.stack_status().await?);
        }
        out
    };
    assert!(
        statuses.iter().all(|s| *s == StackStatus::DeleteComplete),
        "{statuses:?}"
    );
    Ok(())
}
