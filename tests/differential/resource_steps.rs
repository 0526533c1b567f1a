//! The scenario's resource steps with boto-services (mirrors `resource_steps` in
//! scenario.py): boto3's resources of SNS, IAM and CloudWatch.

use super::rnd;
use boto_services::core::{Result, Session};
use boto_services::{cloudwatch, iam, sns};
use futures::TryStreamExt;
use serde_json::{json, Value};

pub(crate) async fn resource_steps(session: &Session) -> Result<Value> {
    let sns = sns::Sns::new(session);
    let topic = sns.create_topic().with(|r| r.name("diff-topic")).await?;
    topic
        .set_attributes()
        .with(|r| r.attribute_name("DisplayName").attribute_value("Diff"))
        .await?;
    let sub = topic
        .subscribe()
        .with(|r| r.protocol("email").endpoint("ops@example.com"))
        .await?;
    let iam = iam::Iam::new(session);
    let user = iam.create_user().with(|r| r.user_name("diff-user")).await?;
    let group = iam
        .create_group()
        .with(|r| r.group_name("diff-group"))
        .await?;
    group.add_user().with(|r| r.user_name("diff-user")).await?;
    let pair = user.create_access_key_pair().await?;
    let keys: Vec<iam::AccessKey> = user.access_keys().try_collect().await?;
    let cw = cloudwatch::CloudWatch::new(session);
    let metric = cw.metric("Diff", "Hits");
    metric
        .put_data()
        .with(|r| {
            r.metric_data(vec![cloudwatch::MetricDatum::new()
                .metric_name("Hits")
                .value(2.0)])
        })
        .await?;
    let alarm = metric
        .put_alarm()
        .with(|r| {
            r.alarm_name("diff-alarm")
                .comparison_operator(cloudwatch::ComparisonOperator::GreaterThanThreshold)
                .evaluation_periods(1)
                .threshold(1.0)
                .statistic(cloudwatch::Statistic::Sum)
                .period(60)
        })
        .await?;
    alarm
        .set_state()
        .with(|r| {
            r.state_value(cloudwatch::StateValue::Alarm)
                .state_reason("diff")
        })
        .await?;

    let display = topic
        .attributes()
        .await?
        .and_then(|a| a.get("DisplayName").cloned());
    let mut topic_subscriptions = Vec::new();
    for s in topic.subscriptions().try_collect::<Vec<_>>().await? {
        topic_subscriptions.push(rnd(Some(s.arn())));
    }
    let sub_topic = sub
        .attributes()
        .await?
        .and_then(|a| a.get("TopicArn").cloned());
    let topics: Vec<String> = sns
        .topics()
        .try_collect::<Vec<_>>()
        .await?
        .iter()
        .map(|t| t.arn().to_owned())
        .collect();
    let users = names(iam.users().try_collect::<Vec<_>>().await?, |u| u.name());
    let group_users = names(group.users().try_collect::<Vec<_>>().await?, |u| u.name());
    let user_groups = names(user.groups().try_collect::<Vec<_>>().await?, |g| g.name());
    let mut access_keys = Vec::new();
    for k in &keys {
        let status = k.status().await?.map(|s| s.as_str().to_owned());
        access_keys.push(json!([k.user_name(), rnd(Some(k.id())), status]));
    }
    let mut metrics = Vec::new();
    for m in cw.metrics().try_collect::<Vec<_>>().await? {
        metrics.push(vec![m.namespace().to_owned(), m.name().to_owned()]);
    }
    metrics.sort();
    let alarm_metric = alarm.metric().await?.map(|m| m.name().to_owned());
    let alarms = names(cw.alarms().try_collect::<Vec<_>>().await?, |a| a.name());
    let out = json!({
        "topic": [topic.arn(), display],
        "topic_subscriptions": topic_subscriptions,
        "subscription": [rnd(Some(sub.arn())), sub_topic],
        "topics": topics,
        // A creation time with milliseconds: compared as present, not to the clock.
        "user": [user.name(), user.arn().await?, rnd(Some(user.user_id().await?.as_str())),
                 user.create_date().await?.as_millis() > 0],
        "users": users,
        "group_users": group_users,
        "user_groups": user_groups,
        "access_keys": access_keys,
        "pair": [pair.user_name(), rnd(Some(pair.id())), !pair.secret().is_empty()],
        "metrics": metrics,
        "alarm": [alarm.name(), alarm.state_value().await?.map(|s| s.as_str().to_owned()),
                  alarm.threshold().await?, alarm_metric],
        "alarms": alarms,
    });

    pair.delete().await?;
    group
        .remove_user()
        .with(|r| r.user_name("diff-user"))
        .await?;
    group.delete().await?;
    user.delete().await?;
    cw.alarms().delete().await?;
    sub.delete().await?;
    topic.delete().await?;
    let mut out = out;
    out["after"] = json!({
        "users": names(iam.users().try_collect::<Vec<_>>().await?, |u| u.name()),
        "alarms": names(cw.alarms().try_collect::<Vec<_>>().await?, |a| a.name()),
        "topics": sns
            .topics()
            .try_collect::<Vec<_>>()
            .await?
            .iter()
            .map(|t| t.arn().to_owned())
            .collect::<Vec<_>>(),
    });
    Ok(out)
}

fn names<T>(items: Vec<T>, name: impl Fn(&T) -> &str) -> Vec<String> {
    items.iter().map(|i| name(i).to_owned()).collect()
}
