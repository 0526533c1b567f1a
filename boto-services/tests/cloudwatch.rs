//! The generated CloudWatch client (feature `cloudwatch`) against moto: metric data put,
//! listed and summed; alarms put, awaited (`alarm_exists`), described, listed and deleted.
#![cfg(feature = "cloudwatch")]

use futures::TryStreamExt;
use std::time::Duration;

use boto_core::RetryConfig;

#[tokio::test(flavor = "multi_thread")]
async fn cloudwatch_metrics_and_alarms_round_trip() -> boto_core::Result<()> {
    use boto_services::cloudwatch::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let cw = Client::new(
        &testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))),
    );
    let now = boto_core::DateTime::now();
    cw.put_metric_data(PutMetricDataInput::new().namespace("app").metric_data(vec![
            MetricDatum::new()
                .metric_name("latency")
                .dimensions(vec![Dimension::new().name("route").value("/a")])
                .timestamp(now)
                .value(2.0)
                .unit(StandardUnit::Milliseconds),
            MetricDatum::new()
                .metric_name("latency")
                .dimensions(vec![Dimension::new().name("route").value("/a")])
                .timestamp(now)
                .value(3.0)
                .unit(StandardUnit::Milliseconds),
            MetricDatum::new().metric_name("errors").value(1.0),
        ]))
    .await?;
    let mut names: Vec<String> = cw
        .list_metrics_items(ListMetricsInput::new().namespace("app"))
        .map_ok(|m| m.metric_name.unwrap_or_default())
        .try_collect()
        .await?;
    names.sort();
    names.dedup();
    assert_eq!(names, ["errors", "latency"]);

    for (i, threshold) in [10.0, 20.0, 30.0].into_iter().enumerate() {
        cw.put_metric_alarm(
            PutMetricAlarmInput::new()
                .alarm_name(format!("slow-{i}"))
                .namespace("app")
                .metric_name("latency")
                .statistic(Statistic::Average)
                .period(60)
                .evaluation_periods(1)
                .threshold(threshold)
                .comparison_operator(ComparisonOperator::GreaterThanThreshold),
        )
        .await?;
    }
    let found = cw
        .wait_until_alarm_exists(DescribeAlarmsInput::new().alarm_names(vec!["slow-1".into()]))
        .delay(Duration::from_millis(50))
        .await?
        .expect("the waiter's last output");
    let alarm = &found.metric_alarms.expect("metric alarms")[0];
    assert_eq!(alarm.alarm_name.as_deref(), Some("slow-1"));
    assert_eq!(alarm.threshold, Some(20.0));
    assert_eq!(alarm.statistic, Some(Statistic::Average));
    assert_eq!(
        alarm.comparison_operator,
        Some(ComparisonOperator::GreaterThanThreshold)
    );
    assert!(alarm
        .alarm_arn
        .as_ref()
        .is_some_and(|a| a.ends_with(":alarm:slow-1")));

    // moto answers DescribeAlarms in one page whatever MaxRecords says.
    let mut alarms: Vec<String> = cw
        .describe_alarms_items(
            DescribeAlarmsInput::new()
                .alarm_name_prefix("slow-")
                .max_records(1),
        )
        .map_ok(|a| a.alarm_name.unwrap_or_default())
        .try_collect()
        .await?;
    alarms.sort();
    assert_eq!(alarms, ["slow-0", "slow-1", "slow-2"]);

    cw.delete_alarms(DeleteAlarmsInput::new().alarm_names(vec!["slow-0".into(), "slow-2".into()]))
        .await?;
    let left = cw
        .describe_alarms(DescribeAlarmsInput::new().alarm_name_prefix("slow-"))
        .await?
        .metric_alarms
        .unwrap_or_default();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].alarm_name.as_deref(), Some("slow-1"));
    Ok(())
}
