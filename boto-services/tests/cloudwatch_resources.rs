//! boto3's CloudWatch resources (feature `cloudwatch`) against moto: a metric's data put,
//! an alarm put on it, its state set, the alarms' batch delete, and every collection listed.
//! (moto implements neither `DescribeAlarmHistory` nor `DisableAlarmActions` /
//! `EnableAlarmActions`: those actions are not run here.)
#![cfg(feature = "cloudwatch")]

use boto_core::RetryConfig;
use boto_services::cloudwatch::*;
use futures::TryStreamExt;

#[tokio::test(flavor = "multi_thread")]
async fn cloudwatch_resources_round_trip() -> boto_core::Result<()> {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let cw = CloudWatch::new(
        &testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))),
    );
    let metric = cw.metric("App", "Latency");
    metric
        .put_data()
        .with(|r| r.metric_data(vec![MetricDatum::new().metric_name("Latency").value(12.5)]))
        .await?;
    let metrics: Vec<Metric> = cw.metrics().try_collect().await?;
    assert!(metrics.contains(&metric), "{metrics:?}");
    assert_eq!(metric.metric_name().await?.as_deref(), Some("Latency"));

    let alarm = metric
        .put_alarm()
        .with(|r| {
            r.alarm_name("high-latency")
                .comparison_operator(ComparisonOperator::GreaterThanThreshold)
                .evaluation_periods(1)
                .threshold(10.0)
                .statistic(Statistic::Average)
                .period(60)
        })
        .await?;
    assert_eq!(alarm.name(), "high-latency");
    assert_eq!(alarm.threshold().await?, Some(10.0));
    assert_eq!(alarm.metric().await?, Some(metric.clone()));
    alarm
        .set_state()
        .with(|r| r.state_value(StateValue::Alarm).state_reason("test"))
        .await?;
    assert_eq!(alarm.state_value().await?, Some(StateValue::Alarm));

    let second = metric
        .put_alarm()
        .with(|r| {
            r.alarm_name("low-latency")
                .comparison_operator(ComparisonOperator::LessThanThreshold)
                .evaluation_periods(1)
                .threshold(1.0)
                .statistic(Statistic::Average)
                .period(60)
        })
        .await?;
    let for_metric: Vec<Alarm> = metric.alarms().try_collect().await?;
    assert_eq!(for_metric.len(), 2);
    let all: Vec<Alarm> = cw.alarms().page_size(1).try_collect().await?;
    assert_eq!(all, vec![alarm.clone(), second.clone()]);

    // Batch delete: one request for the given alarms, then for a collection's page.
    vec![alarm.clone()].delete().await?;
    let left: Vec<Alarm> = cw.alarms().try_collect().await?;
    assert_eq!(left, vec![second.clone()]);
    let answers = cw.alarms().delete().await?;
    assert_eq!(answers.len(), 1);
    assert!(cw.alarms().try_collect::<Vec<_>>().await?.is_empty());
    Ok(())
}
