//! boto3's resources for SNS, IAM, CloudFormation, CloudWatch and Glacier: one of each,
//! created, read through its lazily loaded attributes, listed and deleted.

use super::{check, say, TourResult};
use boto_services::core::Session;
use boto_services::{cloudformation, cloudwatch, glacier, iam, sns};
use futures::TryStreamExt;

const TEMPLATE: &str = r#"{"Resources": {"Queue": {"Type": "AWS::SQS::Queue"}}}"#;

pub(crate) async fn run(session: &Session) -> TourResult<()> {
    // SNS: a topic, its attributes loaded on first access.
    let sns = sns::Sns::new(session);
    let topic = sns.create_topic().with(|r| r.name("tour-topic")).await?;
    let attributes = topic.attributes().await?.unwrap_or_default();
    say(
        "sns",
        format!("topic {} has {} attributes", topic.arn(), attributes.len()),
    );
    check(attributes.contains_key("TopicArn"), || {
        format!("{attributes:?}")
    })?;
    topic.delete().await?;

    // IAM: a user named in the request, its data from the answer.
    let iam = iam::Iam::new(session);
    let user = iam.create_user().with(|r| r.user_name("tour-user")).await?;
    say(
        "iam",
        format!("user {}: {}", user.name(), user.arn().await?),
    );
    let users: Vec<iam::User> = iam.users().try_collect().await?;
    check(users.contains(&user), || format!("users {users:?}"))?;
    user.delete().await?;

    // CloudFormation: a stack and the resources it made.
    let cf = cloudformation::CloudFormation::new(session);
    let stack = cf
        .create_stack()
        .with(|r| r.stack_name("tour-stack").template_body(TEMPLATE))
        .await?;
    let summaries: Vec<cloudformation::StackResourceSummary> =
        stack.resource_summaries().try_collect().await?;
    say(
        "cfn",
        format!(
            "stack {} ({:?}): {} resource(s)",
            stack.name(),
            stack.stack_status().await?,
            summaries.len()
        ),
    );
    check(summaries.len() == 1, || format!("{summaries:?}"))?;
    stack.delete().await?;

    // CloudWatch: a metric's data, an alarm on it, the alarm's metric back.
    let cw = cloudwatch::CloudWatch::new(session);
    let metric = cw.metric("Tour", "Steps");
    metric
        .put_data()
        .with(|r| {
            r.metric_data(vec![cloudwatch::MetricDatum::new()
                .metric_name("Steps")
                .value(1.0)])
        })
        .await?;
    let alarm = metric
        .put_alarm()
        .with(|r| {
            r.alarm_name("tour-alarm")
                .comparison_operator(cloudwatch::ComparisonOperator::GreaterThanThreshold)
                .evaluation_periods(1)
                .threshold(5.0)
                .statistic(cloudwatch::Statistic::Sum)
                .period(60)
        })
        .await?;
    say(
        "cw",
        format!("alarm {} on {:?}", alarm.name(), alarm.metric().await?),
    );
    check(alarm.metric().await? == Some(metric.clone()), || {
        "the alarm's metric".into()
    })?;
    alarm.delete().await?;

    // Glacier: a vault of the caller's account (`-`).
    let glacier = glacier::Glacier::new(session);
    let vault = glacier
        .create_vault()
        .with(|r| r.account_id("-").vault_name("tour-vault"))
        .await?;
    say(
        "glacier",
        format!("vault {} arn {:?}", vault.name(), vault.vault_arn().await?),
    );
    let vaults: Vec<glacier::Vault> = glacier.vaults().try_collect().await?;
    check(vaults.contains(&vault), || format!("vaults {vaults:?}"))?;
    vault.delete().await?;
    Ok(())
}
