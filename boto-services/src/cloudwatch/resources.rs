//! The resources of boto3's `cloudwatch` model: [`CloudWatch`], [`Alarm`], [`Metric`].
//!
//! Written by `boto-codegen` from boto3's `resources-1.json`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- cloudwatch --resources --out DIR`.

use super::client::*;
use boto_core::{resource, DateTime};

/// The service resource: what boto3's `resource(..)` gives.
#[resource(client = Client, service)]
#[subresource(alarm = Alarm(name))]
#[subresource(metric = Metric(namespace, name))]
#[collection(alarms = describe_alarms, items = metric_alarms, resource = Alarm(name = alarm_name))]
#[collection(metrics = list_metrics, items = metrics,
             resource = Metric(namespace = namespace, name = metric_name))]
pub struct CloudWatch;

/// boto3's `Alarm` resource, identified by `name`; its data is `DescribeAlarms`'s answer, loaded on
/// first access.
#[resource(client = Client, shape = MetricAlarm, load = describe_alarms,
           load_with = |r| r.alarm_names(vec![self.name.clone()]),
           load_path = |o: DescribeAlarmsOutput| o.metric_alarms.unwrap_or_default().into_iter()
               .next())]
#[action(delete = delete_alarms, with = |r| r.alarm_names(vec![self.name.clone()]))]
#[action(describe_history = describe_alarm_history, with = |r| r.alarm_name(self.name.clone()))]
#[action(disable_actions = disable_alarm_actions,
         with = |r| r.alarm_names(vec![self.name.clone()]))]
#[action(enable_actions = enable_alarm_actions, with = |r| r.alarm_names(vec![self.name.clone()]))]
#[action(set_state = set_alarm_state, with = |r| r.alarm_name(self.name.clone()))]
#[batch_action(delete = delete_alarms)]
#[batch_action(disable_actions = disable_alarm_actions)]
#[batch_action(enable_actions = enable_alarm_actions)]
#[reference(metric = Metric(namespace = namespace, name = metric_name))]
pub struct Alarm {
    /// The identifier `Name`.
    #[identifier(member = alarm_name)]
    name: String,
    /// The name of the alarm.
    alarm_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the alarm.
    alarm_arn: Option<String>,
    /// The description of the alarm.
    alarm_description: Option<String>,
    /// The time stamp of the last update to the alarm configuration.
    alarm_configuration_updated_timestamp: Option<DateTime>,
    /// Indicates whether actions should be executed during any changes to the alarm state.
    actions_enabled: Option<bool>,
    /// The actions to execute when this alarm transitions to the `OK` state from any other state.
    /// Each action is specified as an Amazon Resource Name (ARN).
    ok_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the `ALARM` state from any other
    /// state. Each action is specified as an Amazon Resource Name (ARN).
    alarm_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the `INSUFFICIENT_DATA` state from any
    /// other state. Each action is specified as an Amazon Resource Name (ARN).
    insufficient_data_actions: Option<Vec<String>>,
    /// The state value for the alarm.
    state_value: Option<StateValue>,
    /// An explanation for the alarm state, in text format.
    state_reason: Option<String>,
    /// An explanation for the alarm state, in JSON format.
    state_reason_data: Option<String>,
    /// The time stamp of the last update to the value of either the `StateValue` or
    /// `EvaluationState` parameters.
    state_updated_timestamp: Option<DateTime>,
    /// The name of the metric associated with the alarm, if this is an alarm based on a single
    /// metric.
    metric_name: Option<String>,
    /// The namespace of the metric associated with the alarm.
    namespace: Option<String>,
    /// The statistic for the metric associated with the alarm, other than percentile. For
    /// percentile statistics, use `ExtendedStatistic`.
    statistic: Option<Statistic>,
    /// The percentile statistic for the metric associated with the alarm. Specify a value between
    /// p0.0 and p100.
    extended_statistic: Option<String>,
    /// The dimensions for the metric associated with the alarm.
    dimensions: Option<Vec<Dimension>>,
    /// The period, in seconds, over which the statistic is applied.
    period: Option<i32>,
    /// The unit of the metric associated with the alarm.
    unit: Option<StandardUnit>,
    /// The number of periods over which data is compared to the specified threshold.
    evaluation_periods: Option<i32>,
    /// The number of data points that must be breaching to trigger the alarm.
    datapoints_to_alarm: Option<i32>,
    /// The value to compare with the specified statistic.
    threshold: Option<f64>,
    /// The arithmetic operation to use when comparing the specified statistic and threshold. The
    /// specified statistic value is used as the first operand.
    comparison_operator: Option<ComparisonOperator>,
    /// Sets how this alarm is to handle missing data points. The valid values are `breaching`,
    /// `notBreaching`, `ignore`, and `missing`. For more information, see [Configuring how
    /// CloudWatch alarms treat missing
    /// data](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-missing-data).
    treat_missing_data: Option<String>,
    /// Used only for alarms based on percentiles. If `ignore`, the alarm state does not change
    /// during periods with too few data points to be statistically significant. If `evaluate` or
    /// this parameter is not used, the alarm is always evaluated and possibly changes state no
    /// matter how many data points are available.
    evaluate_low_sample_count_percentile: Option<String>,
    /// An array of MetricDataQuery structures, used in an alarm based on a metric math expression.
    /// Each structure either retrieves a metric or performs a math expression. One item in the
    /// Metrics array is the math expression that the alarm watches. This expression by designated
    /// by having `ReturnData` set to true.
    metrics: Option<Vec<MetricDataQuery>>,
    /// In an alarm based on an anomaly detection model, this is the ID of the
    /// `ANOMALY_DETECTION_BAND` function used as the threshold for the alarm.
    threshold_metric_id: Option<String>,
    /// If the value of this field is `PARTIAL_DATA`, it indicates that not all the available data
    /// was able to be retrieved due to quota limitations. For more information, see [Create alarms
    /// on Metrics Insights
    /// queries](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Create_Metrics_Insights_Alarm.html).
    evaluation_state: Option<EvaluationState>,
    /// The date and time that the alarm's `StateValue` most recently changed.
    state_transitioned_timestamp: Option<DateTime>,
    /// The evaluation criteria for the alarm.
    evaluation_criteria: Option<EvaluationCriteria>,
    /// The frequency, in seconds, at which the alarm is evaluated.
    evaluation_interval: Option<i32>,
}

/// boto3's `Metric` resource, identified by `namespace`, `name`; its data is `ListMetrics`'s
/// answer, loaded on first access.
#[resource(client = Client, shape = MetricShape, load = list_metrics,
           load_with = |r| r.metric_name(self.name.clone()),
           load_path = |o: ListMetricsOutput| o.metrics.unwrap_or_default().into_iter().next())]
#[action(get_statistics = get_metric_statistics, with = |r| r.metric_name(self.name.clone()))]
#[action(put_alarm = put_metric_alarm, with = |r| r.metric_name(self.name.clone()),
         resource = Alarm(name = request.alarm_name))]
#[action(put_data = put_metric_data,
         with = |r| r.metric_data(vec![MetricDatum::new().metric_name(self.name.clone())]))]
#[collection(alarms = describe_alarms_for_metric, with = |r| r.metric_name(self.name.clone()),
             items = metric_alarms, resource = Alarm(name = alarm_name))]
pub struct Metric {
    /// The identifier `Namespace`.
    #[identifier(param = namespace, member = namespace)]
    namespace: String,
    /// The identifier `Name`.
    #[identifier(member = metric_name)]
    name: String,
    /// The name of the metric. This is a required field.
    metric_name: Option<String>,
    /// The dimensions for the metric.
    dimensions: Option<Vec<Dimension>>,
}
