//! Amazon CloudWatch (`cloudwatch`, API version 2010-08-01): a typed client generated from botocore's model.
//!
//! Written by `boto-codegen`; regenerate rather than edit:
//! `cargo run -p boto-codegen -- cloudwatch --resources --out DIR`.

#![allow(
    clippy::upper_case_acronyms,
    clippy::large_enum_variant,
    clippy::doc_lazy_continuation
)]

use boto_core::{client, Blob, DateTime, Op, Shape};
use std::collections::HashMap;

/// Amazon CloudWatch monitors your Amazon Web Services (Amazon Web Services) resources and the
/// applications you run on Amazon Web Services in real time. You can use CloudWatch to collect and
/// track metrics, which are the variables you want to measure for your resources and applications.
#[client(
    service = "monitoring",
    protocol = "awsJson1_0",
    target_prefix = "GraniteServiceVersion20100801",
    api_version = "2010-08-01",
    service_id = "CloudWatch",
    xml_namespace = "http://monitoring.amazonaws.com/doc/2010-08-01/",
    endpoint_rules = include_str!("endpoint-rule-set.json"),
)]
#[waiter(
    alarm_exists = describe_alarms,
    delay = 5,
    max_attempts = 40,
    success(path = |o: &DescribeAlarmsOutput| -> bool { Some(Some(o).and_then(|x| x.metric_alarms.as_ref()).into_iter().flatten().count()).is_some_and(|v| v > 0) } == true),
)]
#[waiter(
    alarm_mute_rule_exists = get_alarm_mute_rule,
    delay = 5,
    max_attempts = 40,
    success(status = 200),
    retry(status = 404),
)]
#[waiter(
    composite_alarm_exists = describe_alarms,
    delay = 5,
    max_attempts = 40,
    success(path = |o: &DescribeAlarmsOutput| -> bool { Some(Some(o).and_then(|x| x.composite_alarms.as_ref()).into_iter().flatten().count()).is_some_and(|v| v > 0) } == true),
)]
pub struct Client {
    /// Deletes a specific alarm mute rule.
    delete_alarm_mute_rule: Op<DeleteAlarmMuteRuleInput, ()>,
    /// Deletes the specified alarms. You can delete up to 100 alarms in one operation. However,
    /// this total can include no more than one composite alarm. For example, you could delete 99
    /// metric alarms and one composite alarms with one operation, but you can't delete two
    /// composite alarms with one operation.
    delete_alarms: Op<DeleteAlarmsInput, ()>,
    /// Deletes the specified anomaly detection model from your account. For more information about
    /// how to delete an anomaly detection model, see [Deleting an anomaly detection
    /// model](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Create_Anomaly_Detection_Alarm.html#Delete_Anomaly_Detection_Model)
    /// in the *CloudWatch User Guide*.
    #[op(result_wrapper = "DeleteAnomalyDetectorResult")]
    delete_anomaly_detector: Op<DeleteAnomalyDetectorInput, DeleteAnomalyDetectorOutput>,
    /// Deletes all dashboards that you specify. You can specify up to 100 dashboards to delete. If
    /// there is an error during this call, the operation attempts to delete as many dashboards as
    /// possible.
    #[op(result_wrapper = "DeleteDashboardsResult")]
    delete_dashboards: Op<DeleteDashboardsInput, DeleteDashboardsOutput>,
    /// Permanently deletes the specified Contributor Insights rules.
    #[op(result_wrapper = "DeleteInsightRulesResult")]
    delete_insight_rules: Op<DeleteInsightRulesInput, DeleteInsightRulesOutput>,
    /// Permanently deletes the metric stream that you specify.
    #[op(result_wrapper = "DeleteMetricStreamResult")]
    delete_metric_stream: Op<DeleteMetricStreamInput, DeleteMetricStreamOutput>,
    /// Returns the information of the current alarm contributors that are in `ALARM` state. This
    /// operation returns details about the individual time series that contribute to the alarm's
    /// state.
    #[op(result_wrapper = "DescribeAlarmContributorsResult")]
    describe_alarm_contributors:
        Op<DescribeAlarmContributorsInput, DescribeAlarmContributorsOutput>,
    /// Retrieves the history for the specified alarm. You can filter the results by date range or
    /// item type. If an alarm name is not specified, the histories for either all metric alarms or
    /// all composite alarms are returned.
    #[op(paginate(input_token = next_token, output_token = next_token, items = alarm_history_items, limit = max_records), result_wrapper = "DescribeAlarmHistoryResult")]
    describe_alarm_history: Op<DescribeAlarmHistoryInput, DescribeAlarmHistoryOutput>,
    /// Retrieves the specified alarms. You can filter the results by specifying a prefix for the
    /// alarm name, the alarm state, or a prefix for any action.
    #[op(paginate(input_token = next_token, output_token = next_token, items = metric_alarms, limit = max_records), result_wrapper = "DescribeAlarmsResult")]
    describe_alarms: Op<DescribeAlarmsInput, DescribeAlarmsOutput>,
    /// Retrieves the alarms for the specified metric. To filter the results, specify a statistic,
    /// period, or unit.
    #[op(result_wrapper = "DescribeAlarmsForMetricResult")]
    describe_alarms_for_metric: Op<DescribeAlarmsForMetricInput, DescribeAlarmsForMetricOutput>,
    /// Lists the anomaly detection models that you have created in your account. For single metric
    /// anomaly detectors, you can list all of the models in your account or filter the results to
    /// only the models that are related to a certain namespace, metric name, or metric dimension.
    /// For metric math anomaly detectors, you can list them by adding `METRIC_MATH` to the
    /// `AnomalyDetectorTypes` array. This will return all metric math anomaly detectors in your
    /// account.
    #[op(paginate(input_token = next_token, output_token = next_token, items = anomaly_detectors, limit = max_results), result_wrapper = "DescribeAnomalyDetectorsResult")]
    describe_anomaly_detectors: Op<DescribeAnomalyDetectorsInput, DescribeAnomalyDetectorsOutput>,
    /// Returns a list of all the Contributor Insights rules in your account.
    #[op(result_wrapper = "DescribeInsightRulesResult")]
    describe_insight_rules: Op<DescribeInsightRulesInput, DescribeInsightRulesOutput>,
    /// Disables the actions for the specified alarms. When an alarm's actions are disabled, the
    /// alarm actions do not execute when the alarm state changes.
    disable_alarm_actions: Op<DisableAlarmActionsInput, ()>,
    /// Disables the specified Contributor Insights rules. When rules are disabled, they do not
    /// analyze log groups and do not incur costs.
    #[op(result_wrapper = "DisableInsightRulesResult")]
    disable_insight_rules: Op<DisableInsightRulesInput, DisableInsightRulesOutput>,
    /// Enables the actions for the specified alarms.
    enable_alarm_actions: Op<EnableAlarmActionsInput, ()>,
    /// Enables the specified Contributor Insights rules. When rules are enabled, they immediately
    /// begin analyzing log data.
    #[op(result_wrapper = "EnableInsightRulesResult")]
    enable_insight_rules: Op<EnableInsightRulesInput, EnableInsightRulesOutput>,
    /// Retrieves details for a specific alarm mute rule.
    #[op(result_wrapper = "GetAlarmMuteRuleResult")]
    get_alarm_mute_rule: Op<GetAlarmMuteRuleInput, GetAlarmMuteRuleOutput>,
    /// Displays the details of the dashboard that you specify.
    #[op(result_wrapper = "GetDashboardResult")]
    get_dashboard: Op<GetDashboardInput, GetDashboardOutput>,
    /// This operation returns the time series data collected by a Contributor Insights rule. The
    /// data includes the identity and number of contributors to the log group.
    #[op(result_wrapper = "GetInsightRuleReportResult")]
    get_insight_rule_report: Op<GetInsightRuleReportInput, GetInsightRuleReportOutput>,
    /// You can use the `GetMetricData` API to retrieve CloudWatch metric values. The operation can
    /// also include a CloudWatch Metrics Insights query, and one or more metric math functions.
    #[op(paginate(input_token = next_token, output_token = next_token, items = metric_data_results, limit = max_datapoints), result_wrapper = "GetMetricDataResult")]
    get_metric_data: Op<GetMetricDataInput, GetMetricDataOutput>,
    /// Gets statistics for the specified metric.
    #[op(result_wrapper = "GetMetricStatisticsResult")]
    get_metric_statistics: Op<GetMetricStatisticsInput, GetMetricStatisticsOutput>,
    /// Returns information about the metric stream that you specify.
    #[op(result_wrapper = "GetMetricStreamResult")]
    get_metric_stream: Op<GetMetricStreamInput, GetMetricStreamOutput>,
    /// You can use the `GetMetricWidgetImage` API to retrieve a snapshot graph of one or more
    /// Amazon CloudWatch metrics as a bitmap image. You can then embed this image into your
    /// services and products, such as wiki pages, reports, and documents. You could also retrieve
    /// images regularly, such as every minute, and create your own custom live dashboard.
    #[op(result_wrapper = "GetMetricWidgetImageResult")]
    get_metric_widget_image: Op<GetMetricWidgetImageInput, GetMetricWidgetImageOutput>,
    /// Returns the current status of vended metric enrichment for the account, including whether
    /// CloudWatch vended metrics are enriched with resource ARN and resource tag labels and
    /// queryable using PromQL. For the list of supported resources, see [Supported Amazon Web
    /// Services infrastructure
    /// metrics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/UsingResourceTagsForTelemetry.html).
    #[op(name = "GetOTelEnrichment", result_wrapper = "GetOTelEnrichmentResult")]
    get_otel_enrichment: Op<GetOTelEnrichmentInput, GetOTelEnrichmentOutput>,
    /// Lists alarm mute rules in your Amazon Web Services account and region.
    #[op(paginate(input_token = next_token, output_token = next_token, items = alarm_mute_rule_summaries, limit = max_records), result_wrapper = "ListAlarmMuteRulesResult")]
    list_alarm_mute_rules: Op<ListAlarmMuteRulesInput, ListAlarmMuteRulesOutput>,
    /// Returns a list of the dashboards for your account. If you include `DashboardNamePrefix`,
    /// only those dashboards with names starting with the prefix are listed. Otherwise, all
    /// dashboards in your account are listed.
    #[op(paginate(input_token = next_token, output_token = next_token, items = dashboard_entries), result_wrapper = "ListDashboardsResult")]
    list_dashboards: Op<ListDashboardsInput, ListDashboardsOutput>,
    /// Returns a list that contains the number of managed Contributor Insights rules in your
    /// account.
    #[op(result_wrapper = "ListManagedInsightRulesResult")]
    list_managed_insight_rules: Op<ListManagedInsightRulesInput, ListManagedInsightRulesOutput>,
    /// Returns a list of metric streams in this account.
    #[op(result_wrapper = "ListMetricStreamsResult")]
    list_metric_streams: Op<ListMetricStreamsInput, ListMetricStreamsOutput>,
    /// List the specified metrics. You can use the returned metrics with
    /// [GetMetricData](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricData.html)
    /// or
    /// [GetMetricStatistics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_GetMetricStatistics.html)
    /// to get statistical data.
    #[op(paginate(input_token = next_token, output_token = next_token, items = metrics), result_wrapper = "ListMetricsResult")]
    list_metrics: Op<ListMetricsInput, ListMetricsOutput>,
    /// Displays the tags associated with a CloudWatch resource. Currently, alarms, dashboards,
    /// metric streams and Contributor Insights rules support tagging.
    #[op(result_wrapper = "ListTagsForResourceResult")]
    list_tags_for_resource: Op<ListTagsForResourceInput, ListTagsForResourceOutput>,
    /// Creates or updates an alarm mute rule.
    put_alarm_mute_rule: Op<PutAlarmMuteRuleInput, ()>,
    /// Creates an anomaly detection model for a CloudWatch metric. You can use the model to display
    /// a band of expected normal values when the metric is graphed.
    #[op(result_wrapper = "PutAnomalyDetectorResult")]
    put_anomaly_detector: Op<PutAnomalyDetectorInput, PutAnomalyDetectorOutput>,
    /// Creates or updates a *composite alarm*. When you create a composite alarm, you specify a
    /// rule expression for the alarm that takes into account the alarm states of other alarms that
    /// you have created. The composite alarm goes into ALARM state only if all conditions of the
    /// rule are met.
    put_composite_alarm: Op<PutCompositeAlarmInput, ()>,
    /// Creates a dashboard if it does not already exist, or updates an existing dashboard. If you
    /// update a dashboard, the entire contents are replaced with what you specify here.
    #[op(result_wrapper = "PutDashboardResult")]
    put_dashboard: Op<PutDashboardInput, PutDashboardOutput>,
    /// Creates a Contributor Insights rule. Rules evaluate log events in a CloudWatch Logs log
    /// group, enabling you to find contributor data for the log events in that log group. For more
    /// information, see [Using Contributor Insights to Analyze High-Cardinality
    /// Data](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContributorInsights.html).
    #[op(result_wrapper = "PutInsightRuleResult")]
    put_insight_rule: Op<PutInsightRuleInput, PutInsightRuleOutput>,
    /// Creates a managed Contributor Insights rule for a specified Amazon Web Services resource.
    /// When you enable a managed rule, you create a Contributor Insights rule that collects data
    /// from Amazon Web Services services. You cannot edit these rules with `PutInsightRule`. The
    /// rules can be enabled, disabled, and deleted using `EnableInsightRules`,
    /// `DisableInsightRules`, and `DeleteInsightRules`. If a previously created managed rule is
    /// currently disabled, a subsequent call to this API will re-enable it. Use
    /// `ListManagedInsightRules` to describe all available rules.
    #[op(result_wrapper = "PutManagedInsightRulesResult")]
    put_managed_insight_rules: Op<PutManagedInsightRulesInput, PutManagedInsightRulesOutput>,
    /// Creates or updates an alarm and associates it with the specified metric, metric math
    /// expression, anomaly detection model, Metrics Insights query, or PromQL query. For more
    /// information about using a Metrics Insights query for an alarm, see [Create alarms on Metrics
    /// Insights
    /// queries](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Create_Metrics_Insights_Alarm.html).
    put_metric_alarm: Op<PutMetricAlarmInput, ()>,
    /// Publishes metric data to Amazon CloudWatch. CloudWatch associates the data with the
    /// specified metric. If the specified metric does not exist, CloudWatch creates the metric.
    /// When CloudWatch creates a metric, it can take up to fifteen minutes for the metric to appear
    /// in calls to
    /// [ListMetrics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_ListMetrics.html).
    put_metric_data: Op<PutMetricDataInput, ()>,
    /// Creates or updates a metric stream. Metric streams can automatically stream CloudWatch
    /// metrics to Amazon Web Services destinations, including Amazon S3, and to many third-party
    /// solutions.
    #[op(result_wrapper = "PutMetricStreamResult")]
    put_metric_stream: Op<PutMetricStreamInput, PutMetricStreamOutput>,
    /// Temporarily sets the state of an alarm for testing purposes. When the updated state differs
    /// from the previous value, the action configured for the appropriate state is invoked. For
    /// example, if your alarm is configured to send an Amazon SNS message when an alarm is
    /// triggered, temporarily changing the alarm state to `ALARM` sends an SNS message.
    set_alarm_state: Op<SetAlarmStateInput, ()>,
    /// Starts the streaming of metrics for one or more of your metric streams.
    #[op(result_wrapper = "StartMetricStreamsResult")]
    start_metric_streams: Op<StartMetricStreamsInput, StartMetricStreamsOutput>,
    /// Enables enrichment and PromQL access for CloudWatch vended metrics for [supported Amazon Web
    /// Services
    /// resources](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/UsingResourceTagsForTelemetry.html)
    /// in the account. Once enabled, metrics that contain a resource identifier dimension (for
    /// example, EC2 `CPUUtilization` with an `InstanceId` dimension) are enriched with resource ARN
    /// and resource tag labels and become queryable using PromQL.
    #[op(
        name = "StartOTelEnrichment",
        result_wrapper = "StartOTelEnrichmentResult"
    )]
    start_otel_enrichment: Op<StartOTelEnrichmentInput, StartOTelEnrichmentOutput>,
    /// Stops the streaming of metrics for one or more of your metric streams.
    #[op(result_wrapper = "StopMetricStreamsResult")]
    stop_metric_streams: Op<StopMetricStreamsInput, StopMetricStreamsOutput>,
    /// Disables enrichment and PromQL access for CloudWatch vended metrics for [supported Amazon
    /// Web Services
    /// resources](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/UsingResourceTagsForTelemetry.html)
    /// in the account. After disabling, these metrics are no longer enriched with resource ARN and
    /// resource tag labels, and cannot be queried using PromQL.
    #[op(
        name = "StopOTelEnrichment",
        result_wrapper = "StopOTelEnrichmentResult"
    )]
    stop_otel_enrichment: Op<StopOTelEnrichmentInput, StopOTelEnrichmentOutput>,
    /// Assigns one or more tags (key-value pairs) to the specified CloudWatch resource. Currently,
    /// the only CloudWatch resources that can be tagged are alarms, dashboards, metric streams and
    /// Contributor Insights rules.
    #[op(result_wrapper = "TagResourceResult")]
    tag_resource: Op<TagResourceInput, TagResourceOutput>,
    /// Removes one or more tags from the specified resource. Currently, alarms, dashboards, metric
    /// streams and Contributor Insights rules support tagging.
    #[op(result_wrapper = "UntagResourceResult")]
    untag_resource: Op<UntagResourceInput, UntagResourceOutput>,
}

/// The model's `ActionsSuppressedBy`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ActionsSuppressedBy {
    /// `WaitPeriod`
    #[default]
    WaitPeriod,
    /// `ExtensionPeriod`
    ExtensionPeriod,
    /// `Alarm`
    Alarm,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents an individual contributor to a multi-timeseries alarm, containing information about a
/// specific time series and its contribution to the alarm's state.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AlarmContributor {
    /// The unique identifier for this alarm contributor.
    pub contributor_id: String,
    /// A map of attributes that describe the contributor, such as metric dimensions and other
    /// identifying characteristics.
    pub contributor_attributes: HashMap<String, String>,
    /// An explanation for the contributor's current state, providing context about why it is in its
    /// current condition.
    pub state_reason: String,
    /// The timestamp when the contributor last transitioned to its current state.
    pub state_transitioned_timestamp: Option<DateTime>,
}

/// Represents the history of a specific alarm.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AlarmHistoryItem {
    /// The descriptive name for the alarm.
    pub alarm_name: Option<String>,
    /// The unique identifier of the alarm contributor associated with this history item, if
    /// applicable.
    pub alarm_contributor_id: Option<String>,
    /// The type of alarm, either metric alarm or composite alarm.
    pub alarm_type: Option<AlarmType>,
    /// The time stamp for the alarm history item.
    pub timestamp: Option<DateTime>,
    /// The type of alarm history item.
    pub history_item_type: Option<HistoryItemType>,
    /// A summary of the alarm history, in text format.
    pub history_summary: Option<String>,
    /// Data about the alarm, in JSON format.
    pub history_data: Option<String>,
    /// A map of attributes that describe the alarm contributor associated with this history item,
    /// providing context about the contributor's characteristics at the time of the event.
    pub alarm_contributor_attributes: Option<HashMap<String, String>>,
}

/// The model's `AlarmMuteRuleStatus`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AlarmMuteRuleStatus {
    /// `SCHEDULED`
    #[default]
    #[shape(name = "SCHEDULED")]
    Scheduled,
    /// `ACTIVE`
    #[shape(name = "ACTIVE")]
    Active,
    /// `EXPIRED`
    #[shape(name = "EXPIRED")]
    Expired,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Summary information about an alarm mute rule, including its name, status, and configuration
/// details.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AlarmMuteRuleSummary {
    /// The Amazon Resource Name (ARN) of the alarm mute rule.
    pub alarm_mute_rule_arn: Option<String>,
    /// The date and time when the mute rule expires and is no longer evaluated. This field is only
    /// present if an expiration date was configured.
    pub expire_date: Option<DateTime>,
    /// The current status of the alarm mute rule. Valid values are `SCHEDULED`, `ACTIVE`, or
    /// `EXPIRED`.
    pub status: Option<AlarmMuteRuleStatus>,
    /// Indicates whether the mute rule is one-time or recurring. Valid values are `ONE_TIME` or
    /// `RECURRING`.
    pub mute_type: Option<String>,
    /// The date and time when the mute rule was last updated.
    pub last_updated_timestamp: Option<DateTime>,
}

/// Contains the configuration that determines how a PromQL alarm evaluates its contributors,
/// including the query to run and the durations that define when contributors transition between
/// states.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AlarmPromQLCriteria {
    /// The PromQL query that the alarm evaluates. The query must return a result of vector type.
    /// Each entry in the vector result represents an alarm contributor.
    pub query: String,
    /// The duration, in seconds, that a contributor must be continuously breaching before it
    /// transitions to the `ALARM` state.
    pub pending_period: Option<i32>,
    /// The duration, in seconds, that a contributor must continuously not be breaching before it
    /// transitions back to the `OK` state.
    pub recovery_period: Option<i32>,
}

/// The model's `AlarmType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AlarmType {
    /// `CompositeAlarm`
    #[default]
    CompositeAlarm,
    /// `MetricAlarm`
    MetricAlarm,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// An anomaly detection model associated with a particular CloudWatch metric, statistic, or metric
/// math expression. You can use the model to display a band of expected, normal values when the
/// metric is graphed.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AnomalyDetector {
    /// The namespace of the metric associated with the anomaly detection model.
    pub namespace: Option<String>,
    /// The name of the metric associated with the anomaly detection model.
    pub metric_name: Option<String>,
    /// The metric dimensions associated with the anomaly detection model.
    pub dimensions: Option<Vec<Dimension>>,
    /// The statistic associated with the anomaly detection model.
    pub stat: Option<String>,
    /// The configuration specifies details about how the anomaly detection model is to be trained,
    /// including time ranges to exclude from use for training the model, and the time zone to use
    /// for the metric.
    pub configuration: Option<AnomalyDetectorConfiguration>,
    /// The current status of the anomaly detector's training.
    pub state_value: Option<AnomalyDetectorStateValue>,
    /// This object includes parameters that you can use to provide information about your metric to
    /// CloudWatch to help it build more accurate anomaly detection models. Currently, it includes
    /// the `PeriodicSpikes` parameter.
    pub metric_characteristics: Option<MetricCharacteristics>,
    /// The CloudWatch metric and statistic for this anomaly detector.
    pub single_metric_anomaly_detector: Option<SingleMetricAnomalyDetector>,
    /// The CloudWatch metric math expression for this anomaly detector.
    pub metric_math_anomaly_detector: Option<MetricMathAnomalyDetector>,
}

/// The configuration specifies details about how the anomaly detection model is to be trained,
/// including time ranges to exclude from use for training the model and the time zone to use for
/// the metric.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct AnomalyDetectorConfiguration {
    /// An array of time ranges to exclude from use when the anomaly detection model is trained. Use
    /// this to make sure that events that could cause unusual values for the metric, such as
    /// deployments, aren't used when CloudWatch creates the model.
    pub excluded_time_ranges: Option<Vec<Range>>,
    /// The time zone to use for the metric. This is useful to enable the model to automatically
    /// account for daylight savings time changes if the metric is sensitive to such time changes.
    pub metric_timezone: Option<String>,
}

/// The model's `AnomalyDetectorStateValue`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AnomalyDetectorStateValue {
    /// `PENDING_TRAINING`
    #[default]
    #[shape(name = "PENDING_TRAINING")]
    PendingTraining,
    /// `TRAINED_INSUFFICIENT_DATA`
    #[shape(name = "TRAINED_INSUFFICIENT_DATA")]
    TrainedInsufficientData,
    /// `TRAINED`
    #[shape(name = "TRAINED")]
    Trained,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `AnomalyDetectorType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum AnomalyDetectorType {
    /// `SINGLE_METRIC`
    #[default]
    #[shape(name = "SINGLE_METRIC")]
    SingleMetric,
    /// `METRIC_MATH`
    #[shape(name = "METRIC_MATH")]
    MetricMath,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `ComparisonOperator`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ComparisonOperator {
    /// `GreaterThanOrEqualToThreshold`
    #[default]
    GreaterThanOrEqualToThreshold,
    /// `GreaterThanThreshold`
    GreaterThanThreshold,
    /// `LessThanThreshold`
    LessThanThreshold,
    /// `LessThanOrEqualToThreshold`
    LessThanOrEqualToThreshold,
    /// `LessThanLowerOrGreaterThanUpperThreshold`
    LessThanLowerOrGreaterThanUpperThreshold,
    /// `LessThanLowerThreshold`
    LessThanLowerThreshold,
    /// `GreaterThanUpperThreshold`
    GreaterThanUpperThreshold,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The details about a composite alarm.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct CompositeAlarm {
    /// Indicates whether actions should be executed during any changes to the alarm state.
    pub actions_enabled: Option<bool>,
    /// The actions to execute when this alarm transitions to the ALARM state from any other state.
    /// Each action is specified as an Amazon Resource Name (ARN).
    pub alarm_actions: Option<Vec<String>>,
    /// The Amazon Resource Name (ARN) of the alarm.
    pub alarm_arn: Option<String>,
    /// The time stamp of the last update to the alarm configuration.
    pub alarm_configuration_updated_timestamp: Option<DateTime>,
    /// The description of the alarm.
    pub alarm_description: Option<String>,
    /// The name of the alarm.
    pub alarm_name: Option<String>,
    /// The rule that this alarm uses to evaluate its alarm state.
    pub alarm_rule: Option<String>,
    /// The actions to execute when this alarm transitions to the INSUFFICIENT\_DATA state from any
    /// other state. Each action is specified as an Amazon Resource Name (ARN).
    pub insufficient_data_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the OK state from any other state.
    /// Each action is specified as an Amazon Resource Name (ARN).
    #[shape(name = "OKActions")]
    pub ok_actions: Option<Vec<String>>,
    /// An explanation for the alarm state, in text format.
    pub state_reason: Option<String>,
    /// An explanation for the alarm state, in JSON format.
    pub state_reason_data: Option<String>,
    /// Tracks the timestamp of any state update, even if `StateValue` doesn't change.
    pub state_updated_timestamp: Option<DateTime>,
    /// The state value for the alarm.
    pub state_value: Option<StateValue>,
    /// The timestamp of the last change to the alarm's `StateValue`.
    pub state_transitioned_timestamp: Option<DateTime>,
    /// When the value is `ALARM`, it means that the actions are suppressed because the suppressor
    /// alarm is in `ALARM` When the value is `WaitPeriod`, it means that the actions are suppressed
    /// because the composite alarm is waiting for the suppressor alarm to go into into the `ALARM`
    /// state. The maximum waiting time is as specified in `ActionsSuppressorWaitPeriod`. After this
    /// time, the composite alarm performs its actions. When the value is `ExtensionPeriod`, it
    /// means that the actions are suppressed because the composite alarm is waiting after the
    /// suppressor alarm went out of the `ALARM` state. The maximum waiting time is as specified in
    /// `ActionsSuppressorExtensionPeriod`. After this time, the composite alarm performs its
    /// actions.
    pub actions_suppressed_by: Option<ActionsSuppressedBy>,
    /// Captures the reason for action suppression.
    pub actions_suppressed_reason: Option<String>,
    /// Actions will be suppressed if the suppressor alarm is in the `ALARM` state.
    /// `ActionsSuppressor` can be an AlarmName or an Amazon Resource Name (ARN) from an existing
    /// alarm.
    pub actions_suppressor: Option<String>,
    /// The maximum time in seconds that the composite alarm waits for the suppressor alarm to go
    /// into the `ALARM` state. After this time, the composite alarm performs its actions.
    pub actions_suppressor_wait_period: Option<i32>,
    /// The maximum time in seconds that the composite alarm waits after suppressor alarm goes out
    /// of the `ALARM` state. After this time, the composite alarm performs its actions.
    pub actions_suppressor_extension_period: Option<i32>,
}

/// Represents a specific dashboard.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DashboardEntry {
    /// The name of the dashboard.
    pub dashboard_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the dashboard.
    pub dashboard_arn: Option<String>,
    /// The time stamp of when the dashboard was last modified, either by an API call or through the
    /// console. This number is expressed as the number of milliseconds since Jan 1, 1970 00:00:00
    /// UTC.
    pub last_modified: Option<DateTime>,
    /// The size of the dashboard, in bytes.
    pub size: Option<i64>,
}

/// An error or warning for the operation.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DashboardValidationMessage {
    /// The data path related to the message.
    pub data_path: Option<String>,
    /// A message describing the error or warning.
    pub message: Option<String>,
}

/// Encapsulates the statistical data that CloudWatch computes from metric data.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Datapoint {
    /// The time stamp used for the data point.
    pub timestamp: Option<DateTime>,
    /// The number of metric values that contributed to the aggregate value of this data point.
    pub sample_count: Option<f64>,
    /// The average of the metric values that correspond to the data point.
    pub average: Option<f64>,
    /// The sum of the metric values for the data point.
    pub sum: Option<f64>,
    /// The minimum metric value for the data point.
    pub minimum: Option<f64>,
    /// The maximum metric value for the data point.
    pub maximum: Option<f64>,
    /// The standard unit for the data point.
    pub unit: Option<StandardUnit>,
    /// The percentile statistic for the data point.
    pub extended_statistics: Option<HashMap<String, f64>>,
}

/// The input of `DeleteAlarmMuteRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteAlarmMuteRuleInput {
    /// The name of the alarm mute rule to delete.
    pub alarm_mute_rule_name: String,
}

/// The input of `DeleteAlarms`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteAlarmsInput {
    /// The alarms to be deleted. Do not enclose the alarm names in quote marks.
    pub alarm_names: Vec<String>,
}

/// The input of `DeleteAnomalyDetector`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteAnomalyDetectorInput {
    /// The namespace associated with the anomaly detection model to delete.
    pub namespace: Option<String>,
    /// The metric name associated with the anomaly detection model to delete.
    pub metric_name: Option<String>,
    /// The metric dimensions associated with the anomaly detection model to delete.
    pub dimensions: Option<Vec<Dimension>>,
    /// The statistic associated with the anomaly detection model to delete.
    pub stat: Option<String>,
    /// A single metric anomaly detector to be deleted.
    pub single_metric_anomaly_detector: Option<SingleMetricAnomalyDetector>,
    /// The metric math anomaly detector to be deleted.
    pub metric_math_anomaly_detector: Option<MetricMathAnomalyDetector>,
}

/// The output of `DeleteAnomalyDetector`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteAnomalyDetectorOutput {}

/// The input of `DeleteDashboards`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteDashboardsInput {
    /// The dashboards to be deleted. This parameter is required.
    pub dashboard_names: Vec<String>,
}

/// The output of `DeleteDashboards`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteDashboardsOutput {}

/// The input of `DeleteInsightRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteInsightRulesInput {
    /// An array of the rule names to delete. If you need to find out the names of your rules, use
    /// [DescribeInsightRules](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeInsightRules.html).
    pub rule_names: Vec<String>,
}

/// The output of `DeleteInsightRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteInsightRulesOutput {
    /// An array listing the rules that could not be deleted. You cannot delete built-in rules.
    pub failures: Option<Vec<PartialFailure>>,
}

/// The input of `DeleteMetricStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMetricStreamInput {
    /// The name of the metric stream to delete.
    pub name: String,
}

/// The output of `DeleteMetricStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DeleteMetricStreamOutput {}

/// The input of `DescribeAlarmContributors`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAlarmContributorsInput {
    /// The name of the alarm for which to retrieve contributor information.
    pub alarm_name: String,
    /// The token returned by a previous call to indicate that there is more data available.
    pub next_token: Option<String>,
}

/// The output of `DescribeAlarmContributors`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAlarmContributorsOutput {
    /// A list of alarm contributors that provide details about the individual time series
    /// contributing to the alarm's state.
    pub alarm_contributors: Vec<AlarmContributor>,
    /// The token that marks the start of the next batch of returned results.
    pub next_token: Option<String>,
}

/// The input of `DescribeAlarmHistory`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAlarmHistoryInput {
    /// The name of the alarm.
    pub alarm_name: Option<String>,
    /// The unique identifier of a specific alarm contributor to filter the alarm history results.
    pub alarm_contributor_id: Option<String>,
    /// Use this parameter to specify whether you want the operation to return metric alarms or
    /// composite alarms. If you omit this parameter, only metric alarms are returned.
    pub alarm_types: Option<Vec<AlarmType>>,
    /// The type of alarm histories to retrieve.
    pub history_item_type: Option<HistoryItemType>,
    /// The starting date to retrieve alarm history.
    pub start_date: Option<DateTime>,
    /// The ending date to retrieve alarm history.
    pub end_date: Option<DateTime>,
    /// The maximum number of alarm history records to retrieve.
    pub max_records: Option<i32>,
    /// The token returned by a previous call to indicate that there is more data available.
    pub next_token: Option<String>,
    /// Specified whether to return the newest or oldest alarm history first. Specify
    /// `TimestampDescending` to have the newest event history returned first, and specify
    /// `TimestampAscending` to have the oldest history returned first.
    pub scan_by: Option<ScanBy>,
}

/// The output of `DescribeAlarmHistory`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAlarmHistoryOutput {
    /// The alarm histories, in JSON format.
    pub alarm_history_items: Option<Vec<AlarmHistoryItem>>,
    /// The token that marks the start of the next batch of returned results.
    pub next_token: Option<String>,
}

/// The input of `DescribeAlarmsForMetric`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAlarmsForMetricInput {
    /// The name of the metric.
    pub metric_name: String,
    /// The namespace of the metric.
    pub namespace: String,
    /// The statistic for the metric, other than percentiles. For percentile statistics, use
    /// `ExtendedStatistics`.
    pub statistic: Option<Statistic>,
    /// The percentile statistic for the metric. Specify a value between p0.0 and p100.
    pub extended_statistic: Option<String>,
    /// The dimensions associated with the metric. If the metric has any associated dimensions, you
    /// must specify them in order for the call to succeed.
    pub dimensions: Option<Vec<Dimension>>,
    /// The period, in seconds, over which the statistic is applied.
    pub period: Option<i32>,
    /// The unit for the metric.
    pub unit: Option<StandardUnit>,
}

/// The output of `DescribeAlarmsForMetric`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAlarmsForMetricOutput {
    /// The information for each alarm with the specified metric.
    pub metric_alarms: Option<Vec<MetricAlarm>>,
}

/// The input of `DescribeAlarms`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAlarmsInput {
    /// The names of the alarms to retrieve information about.
    pub alarm_names: Option<Vec<String>>,
    /// An alarm name prefix. If you specify this parameter, you receive information about all
    /// alarms that have names that start with this prefix.
    pub alarm_name_prefix: Option<String>,
    /// Use this parameter to specify whether you want the operation to return metric alarms or
    /// composite alarms. If you omit this parameter, only metric alarms are returned, even if
    /// composite alarms exist in the account.
    pub alarm_types: Option<Vec<AlarmType>>,
    /// If you use this parameter and specify the name of a composite alarm, the operation returns
    /// information about the "children" alarms of the alarm you specify. These are the metric
    /// alarms and composite alarms referenced in the `AlarmRule` field of the composite alarm that
    /// you specify in `ChildrenOfAlarmName`. Information about the composite alarm that you name in
    /// `ChildrenOfAlarmName` is not returned.
    pub children_of_alarm_name: Option<String>,
    /// If you use this parameter and specify the name of a metric or composite alarm, the operation
    /// returns information about the "parent" alarms of the alarm you specify. These are the
    /// composite alarms that have `AlarmRule` parameters that reference the alarm named in
    /// `ParentsOfAlarmName`. Information about the alarm that you specify in `ParentsOfAlarmName`
    /// is not returned.
    pub parents_of_alarm_name: Option<String>,
    /// Specify this parameter to receive information only about alarms that are currently in the
    /// state that you specify.
    pub state_value: Option<StateValue>,
    /// Use this parameter to filter the results of the operation to only those alarms that use a
    /// certain alarm action. For example, you could specify the ARN of an SNS topic to find all
    /// alarms that send notifications to that topic.
    pub action_prefix: Option<String>,
    /// The maximum number of alarm descriptions to retrieve.
    pub max_records: Option<i32>,
    /// The token returned by a previous call to indicate that there is more data available.
    pub next_token: Option<String>,
}

/// The output of `DescribeAlarms`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAlarmsOutput {
    /// The information about any composite alarms returned by the operation.
    pub composite_alarms: Option<Vec<CompositeAlarm>>,
    /// The information about any metric alarms returned by the operation.
    pub metric_alarms: Option<Vec<MetricAlarm>>,
    /// The token that marks the start of the next batch of returned results.
    pub next_token: Option<String>,
}

/// The input of `DescribeAnomalyDetectors`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAnomalyDetectorsInput {
    /// Use the token returned by the previous operation to request the next page of results.
    pub next_token: Option<String>,
    /// The maximum number of results to return in one operation. The maximum value that you can
    /// specify is 100.
    pub max_results: Option<i32>,
    /// Limits the results to only the anomaly detection models that are associated with the
    /// specified namespace.
    pub namespace: Option<String>,
    /// Limits the results to only the anomaly detection models that are associated with the
    /// specified metric name. If there are multiple metrics with this name in different namespaces
    /// that have anomaly detection models, they're all returned.
    pub metric_name: Option<String>,
    /// Limits the results to only the anomaly detection models that are associated with the
    /// specified metric dimensions. If there are multiple metrics that have these dimensions and
    /// have anomaly detection models associated, they're all returned.
    pub dimensions: Option<Vec<Dimension>>,
    /// The anomaly detector types to request when using `DescribeAnomalyDetectorsInput`. If empty,
    /// defaults to `SINGLE_METRIC`.
    pub anomaly_detector_types: Option<Vec<AnomalyDetectorType>>,
}

/// The output of `DescribeAnomalyDetectors`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeAnomalyDetectorsOutput {
    /// The list of anomaly detection models returned by the operation.
    pub anomaly_detectors: Option<Vec<AnomalyDetector>>,
    /// A token that you can use in a subsequent operation to retrieve the next set of results.
    pub next_token: Option<String>,
}

/// The input of `DescribeInsightRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInsightRulesInput {
    /// Include this value, if it was returned by the previous operation, to get the next set of
    /// rules.
    pub next_token: Option<String>,
    /// The maximum number of results to return in one operation. If you omit this parameter, the
    /// default of 500 is used.
    pub max_results: Option<i32>,
}

/// The output of `DescribeInsightRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DescribeInsightRulesOutput {
    /// If this parameter is present, it is a token that marks the start of the next batch of
    /// returned results.
    pub next_token: Option<String>,
    /// The rules returned by the operation.
    pub insight_rules: Option<Vec<InsightRule>>,
}

/// A dimension is a name/value pair that is part of the identity of a metric. Because dimensions
/// are part of the unique identifier for a metric, whenever you add a unique name/value pair to one
/// of your metrics, you are creating a new variation of that metric. For example, many Amazon EC2
/// metrics publish `InstanceId` as a dimension name, and the actual instance ID as the value for
/// that dimension.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Dimension {
    /// The name of the dimension. Dimension names must contain only ASCII characters, must include
    /// at least one non-whitespace character, and cannot start with a colon (`:`). ASCII control
    /// characters are not supported as part of dimension names.
    pub name: String,
    /// The value of the dimension. Dimension values must contain only ASCII characters and must
    /// include at least one non-whitespace character. ASCII control characters are not supported as
    /// part of dimension values.
    pub value: String,
}

/// Represents filters for a dimension.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DimensionFilter {
    /// The dimension name to be matched.
    pub name: String,
    /// The value of the dimension to be matched.
    pub value: Option<String>,
}

/// The input of `DisableAlarmActions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisableAlarmActionsInput {
    /// The names of the alarms.
    pub alarm_names: Vec<String>,
}

/// The input of `DisableInsightRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisableInsightRulesInput {
    /// An array of the rule names to disable. If you need to find out the names of your rules, use
    /// [DescribeInsightRules](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeInsightRules.html).
    pub rule_names: Vec<String>,
}

/// The output of `DisableInsightRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct DisableInsightRulesOutput {
    /// An array listing the rules that could not be disabled. You cannot disable built-in rules.
    pub failures: Option<Vec<PartialFailure>>,
}

/// The input of `EnableAlarmActions`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnableAlarmActionsInput {
    /// The names of the alarms.
    pub alarm_names: Vec<String>,
}

/// The input of `EnableInsightRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnableInsightRulesInput {
    /// An array of the rule names to enable. If you need to find out the names of your rules, use
    /// [DescribeInsightRules](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_DescribeInsightRules.html).
    pub rule_names: Vec<String>,
}

/// The output of `EnableInsightRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EnableInsightRulesOutput {
    /// An array listing the rules that could not be enabled. You cannot disable or enable built-in
    /// rules.
    pub failures: Option<Vec<PartialFailure>>,
}

/// An entity associated with metrics, to allow for finding related telemetry. An entity is
/// typically a resource or service within your system. For example, metrics from an Amazon EC2
/// instance could be associated with that instance as the entity. Similarly, metrics from a service
/// that you own could be associated with that service as the entity.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Entity {
    /// The attributes of the entity which identify the specific entity, as a list of key-value
    /// pairs. Entities with the same `KeyAttributes` are considered to be the same entity. For an
    /// entity to be valid, the `KeyAttributes` must exist and be formatted correctly.
    pub key_attributes: Option<HashMap<String, String>>,
    /// Additional attributes of the entity that are not used to specify the identity of the entity.
    /// A list of key-value pairs.
    pub attributes: Option<HashMap<String, String>>,
}

/// A set of metrics that are associated with an entity, such as a specific service or resource.
/// Contains the entity and the list of metric data associated with it.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct EntityMetricData {
    /// The entity associated with the metrics.
    pub entity: Option<Entity>,
    /// The metric data.
    pub metric_data: Option<Vec<MetricDatum>>,
}

/// The evaluation criteria for an alarm. This is a union type that currently supports
/// `PromQLCriteria`.
#[derive(Shape, Debug, Clone, PartialEq)]
pub enum EvaluationCriteria {
    /// The PromQL criteria for the alarm evaluation.
    PromQLCriteria(AlarmPromQLCriteria),
    /// A member this model does not know: its name.
    #[shape(other)]
    Unknown(String),
}

/// The model's `EvaluationState`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum EvaluationState {
    /// `PARTIAL_DATA`
    #[default]
    #[shape(name = "PARTIAL_DATA")]
    PartialData,
    /// `EVALUATION_FAILURE`
    #[shape(name = "EVALUATION_FAILURE")]
    EvaluationFailure,
    /// `EVALUATION_ERROR`
    #[shape(name = "EVALUATION_ERROR")]
    EvaluationError,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `GetAlarmMuteRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAlarmMuteRuleInput {
    /// The name of the alarm mute rule to retrieve.
    pub alarm_mute_rule_name: String,
}

/// The output of `GetAlarmMuteRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetAlarmMuteRuleOutput {
    /// The name of the alarm mute rule.
    pub name: Option<String>,
    /// The Amazon Resource Name (ARN) of the alarm mute rule.
    pub alarm_mute_rule_arn: Option<String>,
    /// The description of the alarm mute rule.
    pub description: Option<String>,
    /// The configuration that defines when and how long alarms are muted.
    pub rule: Option<Rule>,
    /// Specifies which alarms this rule applies to.
    pub mute_targets: Option<MuteTargets>,
    /// The date and time when the mute rule becomes active. If not set, the rule is active
    /// immediately.
    pub start_date: Option<DateTime>,
    /// The date and time when the mute rule expires and is no longer evaluated.
    pub expire_date: Option<DateTime>,
    /// The current status of the alarm mute rule. Valid values are `SCHEDULED`, `ACTIVE`, or
    /// `EXPIRED`.
    pub status: Option<AlarmMuteRuleStatus>,
    /// The date and time when the mute rule was last updated.
    pub last_updated_timestamp: Option<DateTime>,
    /// Indicates whether the mute rule is one-time or recurring. Valid values are `ONE_TIME` or
    /// `RECURRING`.
    pub mute_type: Option<String>,
}

/// The input of `GetDashboard`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDashboardInput {
    /// The name of the dashboard to be described.
    pub dashboard_name: String,
}

/// The output of `GetDashboard`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetDashboardOutput {
    /// The Amazon Resource Name (ARN) of the dashboard.
    pub dashboard_arn: Option<String>,
    /// The detailed information about the dashboard, including what widgets are included and their
    /// location on the dashboard. For more information about the `DashboardBody` syntax, see
    /// [Dashboard Body Structure and
    /// Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html).
    pub dashboard_body: Option<String>,
    /// The name of the dashboard.
    pub dashboard_name: Option<String>,
}

/// The input of `GetInsightRuleReport`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetInsightRuleReportInput {
    /// The name of the rule that you want to see data from.
    pub rule_name: String,
    /// The start time of the data to use in the report. When used in a raw HTTP Query API, it is
    /// formatted as `yyyy-MM-dd'T'HH:mm:ss`. For example, `2019-07-01T23:59:59`.
    pub start_time: DateTime,
    /// The end time of the data to use in the report. When used in a raw HTTP Query API, it is
    /// formatted as `yyyy-MM-dd'T'HH:mm:ss`. For example, `2019-07-01T23:59:59`.
    pub end_time: DateTime,
    /// The period, in seconds, to use for the statistics in the `InsightRuleMetricDatapoint`
    /// results.
    pub period: i32,
    /// The maximum number of contributors to include in the report. The range is 1 to 100. If you
    /// omit this, the default of 10 is used.
    pub max_contributor_count: Option<i32>,
    /// Specifies which metrics to use for aggregation of contributor values for the report. You can
    /// specify one or more of the following metrics:
    pub metrics: Option<Vec<String>>,
    /// Determines what statistic to use to rank the contributors. Valid values are `Sum` and
    /// `Maximum`.
    pub order_by: Option<String>,
}

/// The output of `GetInsightRuleReport`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetInsightRuleReportOutput {
    /// An array of the strings used as the keys for this rule. The keys are the dimensions used to
    /// classify contributors. If the rule contains more than one key, then each unique combination
    /// of values for the keys is counted as a unique contributor.
    pub key_labels: Option<Vec<String>>,
    /// Specifies whether this rule aggregates contributor data by COUNT or SUM.
    pub aggregation_statistic: Option<String>,
    /// The sum of the values from all individual contributors that match the rule.
    pub aggregate_value: Option<f64>,
    /// An approximate count of the unique contributors found by this rule in this time period.
    pub approximate_unique_count: Option<i64>,
    /// An array of the unique contributors found by this rule in this time period. If the rule
    /// contains multiple keys, each combination of values for the keys counts as a unique
    /// contributor.
    pub contributors: Option<Vec<InsightRuleContributor>>,
    /// A time series of metric data points that matches the time period in the rule request.
    pub metric_datapoints: Option<Vec<InsightRuleMetricDatapoint>>,
}

/// The input of `GetMetricData`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetMetricDataInput {
    /// The metric queries to be returned. A single `GetMetricData` call can include as many as 500
    /// `MetricDataQuery` structures. Each of these structures can specify either a metric to
    /// retrieve, a Metrics Insights query, or a math expression to perform on retrieved data.
    pub metric_data_queries: Vec<MetricDataQuery>,
    /// The time stamp indicating the earliest data to be returned.
    pub start_time: DateTime,
    /// The time stamp indicating the latest data to be returned.
    pub end_time: DateTime,
    /// Include this value, if it was returned by the previous `GetMetricData` operation, to get the
    /// next set of data points.
    pub next_token: Option<String>,
    /// The order in which data points should be returned. `TimestampDescending` returns the newest
    /// data first and paginates when the `MaxDatapoints` limit is reached. `TimestampAscending`
    /// returns the oldest data first and paginates when the `MaxDatapoints` limit is reached.
    pub scan_by: Option<ScanBy>,
    /// The maximum number of data points the request should return before paginating. If you omit
    /// this, the default of 100,800 is used.
    pub max_datapoints: Option<i32>,
    /// This structure includes the `Timezone` parameter, which you can use to specify your time
    /// zone so that the labels of returned data display the correct time for your time zone.
    pub label_options: Option<LabelOptions>,
}

/// The output of `GetMetricData`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetMetricDataOutput {
    /// The metrics that are returned, including the metric name, namespace, and dimensions.
    pub metric_data_results: Option<Vec<MetricDataResult>>,
    /// A token that marks the next batch of returned results.
    pub next_token: Option<String>,
    /// Contains a message about this `GetMetricData` operation, if the operation results in such a
    /// message. An example of a message that might be returned is `Maximum number of allowed
    /// metrics exceeded`. If there is a message, as much of the operation as possible is still
    /// executed.
    pub messages: Option<Vec<MessageData>>,
}

/// The input of `GetMetricStatistics`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetMetricStatisticsInput {
    /// The namespace of the metric, with or without spaces.
    pub namespace: String,
    /// The name of the metric, with or without spaces.
    pub metric_name: String,
    /// The dimensions. If the metric contains multiple dimensions, you must include a value for
    /// each dimension. CloudWatch treats each unique combination of dimensions as a separate
    /// metric. If a specific combination of dimensions was not published, you can't retrieve
    /// statistics for it. You must specify the same dimensions that were used when the metrics were
    /// created. For an example, see [Dimension
    /// Combinations](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch_concepts.html#dimension-combinations)
    /// in the *Amazon CloudWatch User Guide*. For more information about specifying dimensions, see
    /// [Publishing
    /// Metrics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/publishingMetrics.html)
    /// in the *Amazon CloudWatch User Guide*.
    pub dimensions: Option<Vec<Dimension>>,
    /// The time stamp that determines the first data point to return. Start times are evaluated
    /// relative to the time that CloudWatch receives the request.
    pub start_time: DateTime,
    /// The time stamp that determines the last data point to return.
    pub end_time: DateTime,
    /// The granularity, in seconds, of the returned data points. For metrics with regular
    /// resolution, a period can be as short as one minute (60 seconds) and must be a multiple of
    /// 60. For high-resolution metrics that are collected at intervals of less than one minute, the
    /// period can be 1, 5, 10, 20, 30, 60, or any multiple of 60. High-resolution metrics are those
    /// metrics stored by a `PutMetricData` call that includes a `StorageResolution` of 1 second.
    pub period: i32,
    /// The metric statistics, other than percentile. For percentile statistics, use
    /// `ExtendedStatistics`. When calling `GetMetricStatistics`, you must specify either
    /// `Statistics` or `ExtendedStatistics`, but not both.
    pub statistics: Option<Vec<Statistic>>,
    /// The percentile statistics. Specify values between p0.0 and p100. When calling
    /// `GetMetricStatistics`, you must specify either `Statistics` or `ExtendedStatistics`, but not
    /// both. Percentile statistics are not available for metrics when any of the metric values are
    /// negative numbers.
    pub extended_statistics: Option<Vec<String>>,
    /// The unit for a given metric. If you omit `Unit`, all data that was collected with any unit
    /// is returned, along with the corresponding units that were specified when the data was
    /// reported to CloudWatch. If you specify a unit, the operation returns only data that was
    /// collected with that unit specified. If you specify a unit that does not match the data
    /// collected, the results of the operation are null. CloudWatch does not perform unit
    /// conversions.
    pub unit: Option<StandardUnit>,
}

/// The output of `GetMetricStatistics`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetMetricStatisticsOutput {
    /// A label for the specified metric.
    pub label: Option<String>,
    /// The data points for the specified metric.
    pub datapoints: Option<Vec<Datapoint>>,
}

/// The input of `GetMetricStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetMetricStreamInput {
    /// The name of the metric stream to retrieve information about.
    pub name: String,
}

/// The output of `GetMetricStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetMetricStreamOutput {
    /// The ARN of the metric stream.
    pub arn: Option<String>,
    /// The name of the metric stream.
    pub name: Option<String>,
    /// If this array of metric namespaces is present, then these namespaces are the only metric
    /// namespaces that are streamed by this metric stream.
    pub include_filters: Option<Vec<MetricStreamFilter>>,
    /// If this array of metric namespaces is present, then these namespaces are the only metric
    /// namespaces that are not streamed by this metric stream. In this case, all other metric
    /// namespaces in the account are streamed by this metric stream.
    pub exclude_filters: Option<Vec<MetricStreamFilter>>,
    /// The ARN of the Amazon Kinesis Data Firehose delivery stream that is used by this metric
    /// stream.
    pub firehose_arn: Option<String>,
    /// The ARN of the IAM role that is used by this metric stream.
    pub role_arn: Option<String>,
    /// The state of the metric stream. The possible values are `running` and `stopped`.
    pub state: Option<String>,
    /// The date that the metric stream was created.
    pub creation_date: Option<DateTime>,
    /// The date of the most recent update to the metric stream's configuration.
    pub last_update_date: Option<DateTime>,
    /// The output format for the stream. Valid values are `json`, `opentelemetry1.0`, and
    /// `opentelemetry0.7`. For more information about metric stream output formats, see [Metric
    /// streams output
    /// formats](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-metric-streams-formats.html).
    pub output_format: Option<MetricStreamOutputFormat>,
    /// Each entry in this array displays information about one or more metrics that include
    /// additional statistics in the metric stream. For more information about the additional
    /// statistics, see [ CloudWatch statistics
    /// definitions](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html.html).
    pub statistics_configurations: Option<Vec<MetricStreamStatisticsConfiguration>>,
    /// If this is `true` and this metric stream is in a monitoring account, then the stream
    /// includes metrics from source accounts that the monitoring account is linked to.
    pub include_linked_accounts_metrics: Option<bool>,
}

/// The input of `GetMetricWidgetImage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetMetricWidgetImageInput {
    /// A JSON string that defines the bitmap graph to be retrieved. The string includes the metrics
    /// to include in the graph, statistics, annotations, title, axis limits, and so on. You can
    /// include only one `MetricWidget` parameter in each `GetMetricWidgetImage` call.
    pub metric_widget: String,
    /// The format of the resulting image. Only PNG images are supported.
    pub output_format: Option<String>,
}

/// The output of `GetMetricWidgetImage`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetMetricWidgetImageOutput {
    /// The image of the graph, in the output format specified. The output is base64-encoded.
    pub metric_widget_image: Option<Blob>,
}

/// The input of `GetOTelEnrichment`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetOTelEnrichmentInput {}

/// The output of `GetOTelEnrichment`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct GetOTelEnrichmentOutput {
    /// The status of OTel enrichment for the account. Valid values are `Running` (enrichment is
    /// enabled) and `Stopped` (enrichment is disabled).
    pub status: OTelEnrichmentStatus,
}

/// The model's `HistoryItemType`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum HistoryItemType {
    /// `ConfigurationUpdate`
    #[default]
    ConfigurationUpdate,
    /// `StateUpdate`
    StateUpdate,
    /// `Action`
    Action,
    /// `AlarmContributorStateUpdate`
    AlarmContributorStateUpdate,
    /// `AlarmContributorAction`
    AlarmContributorAction,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This structure contains the definition for a Contributor Insights rule. For more information
/// about this rule, see[ Using Constributor Insights to analyze high-cardinality
/// data](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContributorInsights.html)
/// in the *Amazon CloudWatch User Guide*.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InsightRule {
    /// The name of the rule.
    pub name: String,
    /// Indicates whether the rule is enabled or disabled.
    pub state: String,
    /// For rules that you create, this is always `{"Name": "CloudWatchLogRule", "Version": 1}`. For
    /// managed rules, this is `{"Name": "ServiceLogRule", "Version": 1}`
    pub schema: String,
    /// The definition of the rule, as a JSON object. The definition contains the keywords used to
    /// define contributors, the value to aggregate on if this rule returns a sum instead of a
    /// count, and the filters. For details on the valid syntax, see [Contributor Insights Rule
    /// Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContributorInsights-RuleSyntax.html).
    pub definition: String,
    /// An optional built-in rule that Amazon Web Services manages.
    pub managed_rule: Option<bool>,
    /// Displays whether the rule is evaluated on the transformed versions of logs, for log groups
    /// that have [Log
    /// transformation](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html)
    /// enabled. If this is `false`, log events are evaluated before they are transformed.
    pub apply_on_transformed_logs: Option<bool>,
}

/// One of the unique contributors found by a Contributor Insights rule. If the rule contains
/// multiple keys, then a unique contributor is a unique combination of values from all the keys in
/// the rule.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InsightRuleContributor {
    /// One of the log entry field keywords that is used to define contributors for this rule.
    pub keys: Vec<String>,
    /// An approximation of the aggregate value that comes from this contributor.
    pub approximate_aggregate_value: f64,
    /// An array of the data points where this contributor is present. Only the data points when
    /// this contributor appeared are included in the array.
    pub datapoints: Vec<InsightRuleContributorDatapoint>,
}

/// One data point related to one contributor.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InsightRuleContributorDatapoint {
    /// The timestamp of the data point.
    pub timestamp: DateTime,
    /// The approximate value that this contributor added during this timestamp.
    pub approximate_value: f64,
}

/// One data point from the metric time series returned in a Contributor Insights rule report.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct InsightRuleMetricDatapoint {
    /// The timestamp of the data point.
    pub timestamp: DateTime,
    /// The number of unique contributors who published data during this timestamp.
    pub unique_contributors: Option<f64>,
    /// The maximum value provided by one contributor during this timestamp. Each timestamp is
    /// evaluated separately, so the identity of the max contributor could be different for each
    /// timestamp.
    pub max_contributor_value: Option<f64>,
    /// The number of occurrences that matched the rule during this data point.
    pub sample_count: Option<f64>,
    /// The average value from all contributors during the time period represented by that data
    /// point.
    pub average: Option<f64>,
    /// The sum of the values from all contributors during the time period represented by that data
    /// point.
    pub sum: Option<f64>,
    /// The minimum value from a single contributor during the time period represented by that data
    /// point.
    pub minimum: Option<f64>,
    /// The maximum value from a single occurence from a single contributor during the time period
    /// represented by that data point.
    pub maximum: Option<f64>,
}

/// This structure includes the `Timezone` parameter, which you can use to specify your time zone so
/// that the labels that are associated with returned metrics display the correct time for your time
/// zone.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct LabelOptions {
    /// The time zone to use for metric data return in this operation. The format is `+` or `-`
    /// followed by four digits. The first two digits indicate the number of hours ahead or behind
    /// of UTC, and the final two digits are the number of minutes. For example, +0130 indicates a
    /// time zone that is 1 hour and 30 minutes ahead of UTC. The default is +0000.
    pub timezone: Option<String>,
}

/// The input of `ListAlarmMuteRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAlarmMuteRulesInput {
    /// Filter results to show only mute rules that target the specified alarm name.
    pub alarm_name: Option<String>,
    /// Filter results to show only mute rules with the specified statuses. Valid values are
    /// `SCHEDULED`, `ACTIVE`, or `EXPIRED`.
    pub statuses: Option<Vec<AlarmMuteRuleStatus>>,
    /// The maximum number of mute rules to return in one call. The default is 50.
    pub max_records: Option<i32>,
    /// The token returned from a previous call to indicate where to continue retrieving results.
    pub next_token: Option<String>,
}

/// The output of `ListAlarmMuteRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListAlarmMuteRulesOutput {
    /// A list of alarm mute rule summaries.
    pub alarm_mute_rule_summaries: Option<Vec<AlarmMuteRuleSummary>>,
    /// The token to use when requesting the next set of results. If this field is absent, there are
    /// no more results to retrieve.
    pub next_token: Option<String>,
}

/// The input of `ListDashboards`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDashboardsInput {
    /// If you specify this parameter, only the dashboards with names starting with the specified
    /// string are listed. The maximum length is 255, and valid characters are A-Z, a-z, 0-9, ".",
    /// "-", and "\_".
    pub dashboard_name_prefix: Option<String>,
    /// The token returned by a previous call to indicate that there is more data available.
    pub next_token: Option<String>,
}

/// The output of `ListDashboards`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListDashboardsOutput {
    /// The list of matching dashboards.
    pub dashboard_entries: Option<Vec<DashboardEntry>>,
    /// The token that marks the start of the next batch of returned results.
    pub next_token: Option<String>,
}

/// The input of `ListManagedInsightRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListManagedInsightRulesInput {
    /// The ARN of an Amazon Web Services resource that has managed Contributor Insights rules.
    #[shape(name = "ResourceARN")]
    pub resource_arn: String,
    /// Include this value to get the next set of rules if the value was returned by the previous
    /// operation.
    pub next_token: Option<String>,
    /// The maximum number of results to return in one operation. If you omit this parameter, the
    /// default number is used. The default number is `100`.
    pub max_results: Option<i32>,
}

/// The output of `ListManagedInsightRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListManagedInsightRulesOutput {
    /// The managed rules that are available for the specified Amazon Web Services resource.
    pub managed_rules: Option<Vec<ManagedRuleDescription>>,
    /// Include this value to get the next set of rules if the value was returned by the previous
    /// operation.
    pub next_token: Option<String>,
}

/// The input of `ListMetricStreams`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMetricStreamsInput {
    /// Include this value, if it was returned by the previous call, to get the next set of metric
    /// streams.
    pub next_token: Option<String>,
    /// The maximum number of results to return in one operation.
    pub max_results: Option<i32>,
}

/// The output of `ListMetricStreams`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMetricStreamsOutput {
    /// The token that marks the start of the next batch of returned results. You can use this token
    /// in a subsequent operation to get the next batch of results.
    pub next_token: Option<String>,
    /// The array of metric stream information.
    pub entries: Option<Vec<MetricStreamEntry>>,
}

/// The input of `ListMetrics`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMetricsInput {
    /// The metric namespace to filter against. Only the namespace that matches exactly will be
    /// returned.
    pub namespace: Option<String>,
    /// The name of the metric to filter against. Only the metrics with names that match exactly
    /// will be returned.
    pub metric_name: Option<String>,
    /// The dimensions to filter against. Only the dimension with names that match exactly will be
    /// returned. If you specify one dimension name and a metric has that dimension and also other
    /// dimensions, it will be returned.
    pub dimensions: Option<Vec<DimensionFilter>>,
    /// The token returned by a previous call to indicate that there is more data available.
    pub next_token: Option<String>,
    /// To filter the results to show only metrics that have had data points published in the past
    /// three hours, specify this parameter with a value of `PT3H`. This is the only valid value for
    /// this parameter.
    pub recently_active: Option<RecentlyActive>,
    /// If you are using this operation in a monitoring account, specify `true` to include metrics
    /// from source accounts in the returned data.
    pub include_linked_accounts: Option<bool>,
    /// When you use this operation in a monitoring account, use this field to return metrics only
    /// from one source account. To do so, specify that source account ID in this field, and also
    /// specify `true` for `IncludeLinkedAccounts`.
    pub owning_account: Option<String>,
}

/// The output of `ListMetrics`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListMetricsOutput {
    /// The metrics that match your request.
    pub metrics: Option<Vec<MetricShape>>,
    /// The token that marks the start of the next batch of returned results.
    pub next_token: Option<String>,
    /// If you are using this operation in a monitoring account, this array contains the account IDs
    /// of the source accounts where the metrics in the returned data are from.
    pub owning_accounts: Option<Vec<String>>,
}

/// The input of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceInput {
    /// The ARN of the CloudWatch resource that you want to view tags for.
    #[shape(name = "ResourceARN")]
    pub resource_arn: String,
}

/// The output of `ListTagsForResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ListTagsForResourceOutput {
    /// The list of tag keys and values associated with the resource you specified.
    pub tags: Option<Vec<Tag>>,
}

/// Contains the information that's required to enable a managed Contributor Insights rule for an
/// Amazon Web Services resource.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedRule {
    /// The template name for the managed Contributor Insights rule, as returned by
    /// `ListManagedInsightRules`.
    pub template_name: String,
    /// The ARN of an Amazon Web Services resource that has managed Contributor Insights rules.
    #[shape(name = "ResourceARN")]
    pub resource_arn: String,
    /// A list of key-value pairs that you can associate with a managed Contributor Insights rule.
    /// You can associate as many as 50 tags with a rule. Tags can help you organize and categorize
    /// your resources. You also can use them to scope user permissions by granting a user
    /// permission to access or change only the resources that have certain tag values. To associate
    /// tags with a rule, you must have the `cloudwatch:TagResource` permission in addition to the
    /// `cloudwatch:PutInsightRule` permission. If you are using this operation to update an
    /// existing Contributor Insights rule, any tags that you specify in this parameter are ignored.
    /// To change the tags of an existing rule, use `TagResource`.
    pub tags: Option<Vec<Tag>>,
}

/// Contains information about managed Contributor Insights rules, as returned by
/// `ListManagedInsightRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedRuleDescription {
    /// The template name for the managed rule. Used to enable managed rules using
    /// `PutManagedInsightRules`.
    pub template_name: Option<String>,
    /// If a managed rule is enabled, this is the ARN for the related Amazon Web Services resource.
    #[shape(name = "ResourceARN")]
    pub resource_arn: Option<String>,
    /// Describes the state of a managed rule. If present, it contains information about the
    /// Contributor Insights rule that contains information about the related Amazon Web Services
    /// resource.
    pub rule_state: Option<ManagedRuleState>,
}

/// The status of a managed Contributor Insights rule.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct ManagedRuleState {
    /// The name of the Contributor Insights rule that contains data for the specified Amazon Web
    /// Services resource.
    pub rule_name: String,
    /// Indicates whether the rule is enabled or disabled.
    pub state: String,
}

/// A message returned by the `GetMetricData`API, including a code and a description.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MessageData {
    /// The error code or status code associated with the message.
    pub code: Option<String>,
    /// The message text.
    pub value: Option<String>,
}

/// The details about a metric alarm.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetricAlarm {
    /// The name of the alarm.
    pub alarm_name: Option<String>,
    /// The Amazon Resource Name (ARN) of the alarm.
    pub alarm_arn: Option<String>,
    /// The description of the alarm.
    pub alarm_description: Option<String>,
    /// The time stamp of the last update to the alarm configuration.
    pub alarm_configuration_updated_timestamp: Option<DateTime>,
    /// Indicates whether actions should be executed during any changes to the alarm state.
    pub actions_enabled: Option<bool>,
    /// The actions to execute when this alarm transitions to the `OK` state from any other state.
    /// Each action is specified as an Amazon Resource Name (ARN).
    #[shape(name = "OKActions")]
    pub ok_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the `ALARM` state from any other
    /// state. Each action is specified as an Amazon Resource Name (ARN).
    pub alarm_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the `INSUFFICIENT_DATA` state from any
    /// other state. Each action is specified as an Amazon Resource Name (ARN).
    pub insufficient_data_actions: Option<Vec<String>>,
    /// The state value for the alarm.
    pub state_value: Option<StateValue>,
    /// An explanation for the alarm state, in text format.
    pub state_reason: Option<String>,
    /// An explanation for the alarm state, in JSON format.
    pub state_reason_data: Option<String>,
    /// The time stamp of the last update to the value of either the `StateValue` or
    /// `EvaluationState` parameters.
    pub state_updated_timestamp: Option<DateTime>,
    /// The name of the metric associated with the alarm, if this is an alarm based on a single
    /// metric.
    pub metric_name: Option<String>,
    /// The namespace of the metric associated with the alarm.
    pub namespace: Option<String>,
    /// The statistic for the metric associated with the alarm, other than percentile. For
    /// percentile statistics, use `ExtendedStatistic`.
    pub statistic: Option<Statistic>,
    /// The percentile statistic for the metric associated with the alarm. Specify a value between
    /// p0.0 and p100.
    pub extended_statistic: Option<String>,
    /// The dimensions for the metric associated with the alarm.
    pub dimensions: Option<Vec<Dimension>>,
    /// The period, in seconds, over which the statistic is applied.
    pub period: Option<i32>,
    /// The unit of the metric associated with the alarm.
    pub unit: Option<StandardUnit>,
    /// The number of periods over which data is compared to the specified threshold.
    pub evaluation_periods: Option<i32>,
    /// The number of data points that must be breaching to trigger the alarm.
    pub datapoints_to_alarm: Option<i32>,
    /// The value to compare with the specified statistic.
    pub threshold: Option<f64>,
    /// The arithmetic operation to use when comparing the specified statistic and threshold. The
    /// specified statistic value is used as the first operand.
    pub comparison_operator: Option<ComparisonOperator>,
    /// Sets how this alarm is to handle missing data points. The valid values are `breaching`,
    /// `notBreaching`, `ignore`, and `missing`. For more information, see [Configuring how
    /// CloudWatch alarms treat missing
    /// data](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-missing-data).
    pub treat_missing_data: Option<String>,
    /// Used only for alarms based on percentiles. If `ignore`, the alarm state does not change
    /// during periods with too few data points to be statistically significant. If `evaluate` or
    /// this parameter is not used, the alarm is always evaluated and possibly changes state no
    /// matter how many data points are available.
    pub evaluate_low_sample_count_percentile: Option<String>,
    /// An array of MetricDataQuery structures, used in an alarm based on a metric math expression.
    /// Each structure either retrieves a metric or performs a math expression. One item in the
    /// Metrics array is the math expression that the alarm watches. This expression by designated
    /// by having `ReturnData` set to true.
    pub metrics: Option<Vec<MetricDataQuery>>,
    /// In an alarm based on an anomaly detection model, this is the ID of the
    /// `ANOMALY_DETECTION_BAND` function used as the threshold for the alarm.
    pub threshold_metric_id: Option<String>,
    /// If the value of this field is `PARTIAL_DATA`, it indicates that not all the available data
    /// was able to be retrieved due to quota limitations. For more information, see [Create alarms
    /// on Metrics Insights
    /// queries](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Create_Metrics_Insights_Alarm.html).
    pub evaluation_state: Option<EvaluationState>,
    /// The date and time that the alarm's `StateValue` most recently changed.
    pub state_transitioned_timestamp: Option<DateTime>,
    /// The evaluation criteria for the alarm.
    pub evaluation_criteria: Option<EvaluationCriteria>,
    /// The frequency, in seconds, at which the alarm is evaluated.
    pub evaluation_interval: Option<i32>,
}

/// This object includes parameters that you can use to provide information to CloudWatch to help it
/// build more accurate anomaly detection models.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetricCharacteristics {
    /// Set this parameter to `true` if values for this metric consistently include spikes that
    /// should not be considered to be anomalies. With this set to `true`, CloudWatch will expect to
    /// see spikes that occurred consistently during the model training period, and won't flag
    /// future similar spikes as anomalies.
    pub periodic_spikes: Option<bool>,
}

/// This structure is used in both `GetMetricData` and `PutMetricAlarm`. The supported use of this
/// structure is different for those two operations.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetricDataQuery {
    /// A short name used to tie this object to the results in the response. This name must be
    /// unique within a single call to `GetMetricData`. If you are performing math expressions on
    /// this set of data, this name represents that data and can serve as a variable in the
    /// mathematical expression. The valid characters are letters, numbers, and underscore. The
    /// first character must be a lowercase letter.
    pub id: String,
    /// The metric to be returned, along with statistics, period, and units. Use this parameter only
    /// if this object is retrieving a metric and not performing a math expression on returned data.
    pub metric_stat: Option<MetricStat>,
    /// This field can contain either a Metrics Insights query, or a metric math expression to be
    /// performed on the returned data. For more information about Metrics Insights queries, see
    /// [Metrics Insights query components and
    /// syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/cloudwatch-metrics-insights-querylanguage)
    /// in the *Amazon CloudWatch User Guide*.
    pub expression: Option<String>,
    /// A human-readable label for this metric or expression. This is especially useful if this is
    /// an expression, so that you know what the value represents. If the metric or expression is
    /// shown in a CloudWatch dashboard widget, the label is shown. If Label is omitted, CloudWatch
    /// generates a default.
    pub label: Option<String>,
    /// When used in `GetMetricData`, this option indicates whether to return the timestamps and raw
    /// data values of this metric. If you are performing this call just to do math expressions and
    /// do not also need the raw data returned, you can specify `false`. If you omit this, the
    /// default of `true` is used.
    pub return_data: Option<bool>,
    /// The granularity, in seconds, of the returned data points. For metrics with regular
    /// resolution, a period can be as short as one minute (60 seconds) and must be a multiple of
    /// 60. For high-resolution metrics that are collected at intervals of less than one minute, the
    /// period can be 1, 5, 10, 20, 30, 60, or any multiple of 60. High-resolution metrics are those
    /// metrics stored by a `PutMetricData` operation that includes a `StorageResolution of 1
    /// second`.
    pub period: Option<i32>,
    /// The ID of the account where the metrics are located.
    pub account_id: Option<String>,
}

/// A `GetMetricData` call returns an array of `MetricDataResult` structures. Each of these
/// structures includes the data points for that metric, along with the timestamps of those data
/// points and other identifying information.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetricDataResult {
    /// The short name you specified to represent this metric.
    pub id: Option<String>,
    /// The human-readable label associated with the data.
    pub label: Option<String>,
    /// The timestamps for the data points, formatted in Unix timestamp format. The number of
    /// timestamps always matches the number of values and the value for Timestamps\[x\] is
    /// Values\[x\].
    pub timestamps: Option<Vec<DateTime>>,
    /// The data points for the metric corresponding to `Timestamps`. The number of values always
    /// matches the number of timestamps and the timestamp for Values\[x\] is Timestamps\[x\].
    pub values: Option<Vec<f64>>,
    /// The status of the returned data. `Complete` indicates that all data points in the requested
    /// time range were returned. `PartialData` means that an incomplete set of data points were
    /// returned. You can use the `NextToken` value that was returned and repeat your request to get
    /// more data points. `NextToken` is not returned if you are performing a math expression.
    /// `InternalError` indicates that an error occurred. Retry your request using `NextToken`, if
    /// present.
    pub status_code: Option<StatusCode>,
    /// A list of messages with additional information about the data returned.
    pub messages: Option<Vec<MessageData>>,
}

/// Encapsulates the information sent to either create a metric or add new values to be aggregated
/// into an existing metric.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetricDatum {
    /// The name of the metric.
    pub metric_name: String,
    /// The dimensions associated with the metric.
    pub dimensions: Option<Vec<Dimension>>,
    /// The time the metric data was received, expressed as the number of milliseconds since Jan 1,
    /// 1970 00:00:00 UTC.
    pub timestamp: Option<DateTime>,
    /// The value for the metric.
    pub value: Option<f64>,
    /// The statistical values for the metric.
    pub statistic_values: Option<StatisticSet>,
    /// Array of numbers representing the values for the metric during the period. Each unique value
    /// is listed just once in this array, and the corresponding number in the `Counts` array
    /// specifies the number of times that value occurred during the period. You can include up to
    /// 150 unique values in each `PutMetricData` action that specifies a `Values` array.
    pub values: Option<Vec<f64>>,
    /// Array of numbers that is used along with the `Values` array. Each number in the `Count`
    /// array is the number of times the corresponding value in the `Values` array occurred during
    /// the period.
    pub counts: Option<Vec<f64>>,
    /// When you are using a `Put` operation, this defines what unit you want to use when storing
    /// the metric.
    pub unit: Option<StandardUnit>,
    /// Valid values are 1 and 60. Setting this to 1 specifies this metric as a high-resolution
    /// metric, so that CloudWatch stores the metric with sub-minute resolution down to one second.
    /// Setting this to 60 specifies this metric as a regular-resolution metric, which CloudWatch
    /// stores at 1-minute resolution. Currently, high resolution is available only for custom
    /// metrics. For more information about high-resolution metrics, see [High-Resolution
    /// Metrics](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/publishingMetrics.html#high-resolution-metrics)
    /// in the *Amazon CloudWatch User Guide*.
    pub storage_resolution: Option<i32>,
}

/// Indicates the CloudWatch math expression that provides the time series the anomaly detector uses
/// as input. The designated math expression must return a single time series.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetricMathAnomalyDetector {
    /// An array of metric data query structures that enables you to create an anomaly detector
    /// based on the result of a metric math expression. Each item in `MetricDataQueries` gets a
    /// metric or performs a math expression. One item in `MetricDataQueries` is the expression that
    /// provides the time series that the anomaly detector uses as input. Designate the expression
    /// by setting `ReturnData` to `true` for this object in the array. For all other expressions
    /// and metrics, set `ReturnData` to `false`. The designated expression must return a single
    /// time series.
    pub metric_data_queries: Option<Vec<MetricDataQuery>>,
}

/// Represents a specific metric.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
#[shape(name = "Metric")]
pub struct MetricShape {
    /// The namespace of the metric.
    pub namespace: Option<String>,
    /// The name of the metric. This is a required field.
    pub metric_name: Option<String>,
    /// The dimensions for the metric.
    pub dimensions: Option<Vec<Dimension>>,
}

/// This structure defines the metric to be returned, along with the statistics, period, and units.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetricStat {
    /// The metric to return, including the metric name, namespace, and dimensions.
    pub metric: MetricShape,
    /// The granularity, in seconds, of the returned data points. For metrics with regular
    /// resolution, a period can be as short as one minute (60 seconds) and must be a multiple of
    /// 60. For high-resolution metrics that are collected at intervals of less than one minute, the
    /// period can be 1, 5, 10, 20, 30, 60, or any multiple of 60. High-resolution metrics are those
    /// metrics stored by a `PutMetricData` call that includes a `StorageResolution` of 1 second.
    pub period: i32,
    /// The statistic to return. It can include any CloudWatch statistic or extended statistic.
    pub stat: String,
    /// When you are using a `Put` operation, this defines what unit you want to use when storing
    /// the metric.
    pub unit: Option<StandardUnit>,
}

/// This structure contains the configuration information about one metric stream.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetricStreamEntry {
    /// The ARN of the metric stream.
    pub arn: Option<String>,
    /// The date that the metric stream was originally created.
    pub creation_date: Option<DateTime>,
    /// The date that the configuration of this metric stream was most recently updated.
    pub last_update_date: Option<DateTime>,
    /// The name of the metric stream.
    pub name: Option<String>,
    /// The ARN of the Kinesis Firehose devlivery stream that is used for this metric stream.
    pub firehose_arn: Option<String>,
    /// The current state of this stream. Valid values are `running` and `stopped`.
    pub state: Option<String>,
    /// The output format of this metric stream. Valid values are `json`, `opentelemetry1.0`, and
    /// `opentelemetry0.7`.
    pub output_format: Option<MetricStreamOutputFormat>,
}

/// This structure contains a metric namespace and optionally, a list of metric names, to either
/// include in a metric stream or exclude from a metric stream.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetricStreamFilter {
    /// The name of the metric namespace for this filter.
    pub namespace: Option<String>,
    /// The names of the metrics to either include or exclude from the metric stream.
    pub metric_names: Option<Vec<String>>,
}

/// The model's `MetricStreamOutputFormat`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum MetricStreamOutputFormat {
    /// `json`
    #[default]
    #[shape(name = "json")]
    Json,
    /// `opentelemetry0.7`
    #[shape(name = "opentelemetry0.7")]
    Opentelemetry07,
    /// `opentelemetry1.0`
    #[shape(name = "opentelemetry1.0")]
    Opentelemetry10,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// By default, a metric stream always sends the `MAX`, `MIN`, `SUM`, and `SAMPLECOUNT` statistics
/// for each metric that is streamed. This structure contains information for one metric that
/// includes additional statistics in the stream. For more information about statistics, see
/// CloudWatch, listed in [ CloudWatch statistics
/// definitions](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html.html).
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetricStreamStatisticsConfiguration {
    /// An array of metric name and namespace pairs that stream the additional statistics listed in
    /// the value of the `AdditionalStatistics` parameter. There can be as many as 100 pairs in the
    /// array.
    pub include_metrics: Vec<MetricStreamStatisticsMetric>,
    /// The list of additional statistics that are to be streamed for the metrics listed in the
    /// `IncludeMetrics` array in this structure. This list can include as many as 20 statistics.
    pub additional_statistics: Vec<String>,
}

/// This object contains the information for one metric that is to be streamed with additional
/// statistics.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MetricStreamStatisticsMetric {
    /// The namespace of the metric.
    pub namespace: String,
    /// The name of the metric.
    pub metric_name: String,
}

/// Specifies which alarms an alarm mute rule applies to.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct MuteTargets {
    /// The list of alarm names that this mute rule targets. You can specify up to 100 alarm names.
    pub alarm_names: Vec<String>,
}

/// The status of OTel enrichment for the account.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum OTelEnrichmentStatus {
    /// `Running`
    #[default]
    Running,
    /// `Stopped`
    Stopped,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// This array is empty if the API operation was successful for all the rules specified in the
/// request. If the operation could not process one of the rules, the following data is returned for
/// each of those rules.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PartialFailure {
    /// The specified rule that could not be deleted.
    pub failure_resource: Option<String>,
    /// The type of error.
    pub exception_type: Option<String>,
    /// The code of the error.
    pub failure_code: Option<String>,
    /// A description of the error.
    pub failure_description: Option<String>,
}

/// The input of `PutAlarmMuteRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutAlarmMuteRuleInput {
    /// The name of the alarm mute rule. This name must be unique within your Amazon Web Services
    /// account and region.
    pub name: String,
    /// A description of the alarm mute rule that helps you identify its purpose.
    pub description: Option<String>,
    /// The configuration that defines when and how long alarms should be muted.
    pub rule: Rule,
    /// Specifies which alarms this rule applies to.
    pub mute_targets: Option<MuteTargets>,
    /// A list of key-value pairs to associate with the alarm mute rule. You can use tags to
    /// categorize and manage your mute rules.
    pub tags: Option<Vec<Tag>>,
    /// The date and time after which the mute rule takes effect, specified as a timestamp in ISO
    /// 8601 format (for example, `2026-04-15T08:00:00Z`). If not specified, the mute rule takes
    /// effect immediately upon creation and the mutes are applied as per the schedule expression.
    pub start_date: Option<DateTime>,
    /// The date and time when the mute rule expires and is no longer evaluated, specified as a
    /// timestamp in ISO 8601 format (for example, `2026-12-31T23:59:59Z`). After this time, the
    /// rule status becomes EXPIRED and will no longer mute the targeted alarms.
    pub expire_date: Option<DateTime>,
}

/// The input of `PutAnomalyDetector`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutAnomalyDetectorInput {
    /// The namespace of the metric to create the anomaly detection model for.
    pub namespace: Option<String>,
    /// The name of the metric to create the anomaly detection model for.
    pub metric_name: Option<String>,
    /// The metric dimensions to create the anomaly detection model for.
    pub dimensions: Option<Vec<Dimension>>,
    /// The statistic to use for the metric and the anomaly detection model.
    pub stat: Option<String>,
    /// The configuration specifies details about how the anomaly detection model is to be trained,
    /// including time ranges to exclude when training and updating the model. You can specify as
    /// many as 10 time ranges.
    pub configuration: Option<AnomalyDetectorConfiguration>,
    /// Use this object to include parameters to provide information about your metric to CloudWatch
    /// to help it build more accurate anomaly detection models. Currently, it includes the
    /// `PeriodicSpikes` parameter.
    pub metric_characteristics: Option<MetricCharacteristics>,
    /// A single metric anomaly detector to be created.
    pub single_metric_anomaly_detector: Option<SingleMetricAnomalyDetector>,
    /// The metric math anomaly detector to be created.
    pub metric_math_anomaly_detector: Option<MetricMathAnomalyDetector>,
}

/// The output of `PutAnomalyDetector`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutAnomalyDetectorOutput {}

/// The input of `PutCompositeAlarm`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutCompositeAlarmInput {
    /// Indicates whether actions should be executed during any changes to the alarm state of the
    /// composite alarm. The default is `TRUE`.
    pub actions_enabled: Option<bool>,
    /// The actions to execute when this alarm transitions to the `ALARM` state from any other
    /// state. Each action is specified as an Amazon Resource Name (ARN).
    pub alarm_actions: Option<Vec<String>>,
    /// The description for the composite alarm.
    pub alarm_description: Option<String>,
    /// The name for the composite alarm. This name must be unique within the Region.
    pub alarm_name: String,
    /// An expression that specifies which other alarms are to be evaluated to determine this
    /// composite alarm's state. For each alarm that you reference, you designate a function that
    /// specifies whether that alarm needs to be in ALARM state, OK state, or INSUFFICIENT\_DATA
    /// state. You can use operators (AND, OR and NOT) to combine multiple functions in a single
    /// expression. You can use parenthesis to logically group the functions in your expression.
    pub alarm_rule: String,
    /// The actions to execute when this alarm transitions to the `INSUFFICIENT_DATA` state from any
    /// other state. Each action is specified as an Amazon Resource Name (ARN).
    pub insufficient_data_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to an `OK` state from any other state.
    /// Each action is specified as an Amazon Resource Name (ARN).
    #[shape(name = "OKActions")]
    pub ok_actions: Option<Vec<String>>,
    /// A list of key-value pairs to associate with the alarm. You can associate as many as 50 tags
    /// with an alarm. To be able to associate tags with the alarm when you create the alarm, you
    /// must have the `cloudwatch:TagResource` permission.
    pub tags: Option<Vec<Tag>>,
    /// Actions will be suppressed if the suppressor alarm is in the `ALARM` state.
    /// `ActionsSuppressor` can be an AlarmName or an Amazon Resource Name (ARN) from an existing
    /// alarm.
    pub actions_suppressor: Option<String>,
    /// The maximum time in seconds that the composite alarm waits for the suppressor alarm to go
    /// into the `ALARM` state. After this time, the composite alarm performs its actions.
    pub actions_suppressor_wait_period: Option<i32>,
    /// The maximum time in seconds that the composite alarm waits after suppressor alarm goes out
    /// of the `ALARM` state. After this time, the composite alarm performs its actions.
    pub actions_suppressor_extension_period: Option<i32>,
}

/// The input of `PutDashboard`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutDashboardInput {
    /// The name of the dashboard. If a dashboard with this name already exists, this call modifies
    /// that dashboard, replacing its current contents. Otherwise, a new dashboard is created. The
    /// maximum length is 255, and valid characters are A-Z, a-z, 0-9, "-", and "\_". This parameter
    /// is required.
    pub dashboard_name: String,
    /// The detailed information about the dashboard in JSON format, including the widgets to
    /// include and their location on the dashboard. This parameter is required.
    pub dashboard_body: String,
    /// A list of key-value pairs to associate with the dashboard. You can associate as many as 50
    /// tags with a dashboard.
    pub tags: Option<Vec<Tag>>,
}

/// The output of `PutDashboard`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutDashboardOutput {
    /// If the input for `PutDashboard` was correct and the dashboard was successfully created or
    /// modified, this result is empty.
    pub dashboard_validation_messages: Option<Vec<DashboardValidationMessage>>,
}

/// The input of `PutInsightRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutInsightRuleInput {
    /// A unique name for the rule.
    pub rule_name: String,
    /// The state of the rule. Valid values are ENABLED and DISABLED.
    pub rule_state: Option<String>,
    /// The definition of the rule, as a JSON object. For details on the valid syntax, see
    /// [Contributor Insights Rule
    /// Syntax](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/ContributorInsights-RuleSyntax.html).
    pub rule_definition: String,
    /// A list of key-value pairs to associate with the Contributor Insights rule. You can associate
    /// as many as 50 tags with a rule.
    pub tags: Option<Vec<Tag>>,
    /// Specify `true` to have this rule evaluate log events after they have been transformed by
    /// [Log
    /// transformation](https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/CloudWatch-Logs-Transformation.html).
    /// If you specify `true`, then the log events in log groups that have transformers will be
    /// evaluated by Contributor Insights after being transformed. Log groups that don't have
    /// transformers will still have their original log events evaluated by Contributor Insights.
    pub apply_on_transformed_logs: Option<bool>,
}

/// The output of `PutInsightRule`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutInsightRuleOutput {}

/// The input of `PutManagedInsightRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutManagedInsightRulesInput {
    /// A list of `ManagedRules` to enable.
    pub managed_rules: Vec<ManagedRule>,
}

/// The output of `PutManagedInsightRules`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutManagedInsightRulesOutput {
    /// An array that lists the rules that could not be enabled.
    pub failures: Option<Vec<PartialFailure>>,
}

/// The input of `PutMetricAlarm`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutMetricAlarmInput {
    /// The name for the alarm. This name must be unique within the Region.
    pub alarm_name: String,
    /// The description for the alarm.
    pub alarm_description: Option<String>,
    /// Indicates whether actions should be executed during any changes to the alarm state. The
    /// default is `TRUE`.
    pub actions_enabled: Option<bool>,
    /// The actions to execute when this alarm transitions to an `OK` state from any other state.
    /// Each action is specified as an Amazon Resource Name (ARN). Valid values:
    #[shape(name = "OKActions")]
    pub ok_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the `ALARM` state from any other
    /// state. Each action is specified as an Amazon Resource Name (ARN). Valid values:
    pub alarm_actions: Option<Vec<String>>,
    /// The actions to execute when this alarm transitions to the `INSUFFICIENT_DATA` state from any
    /// other state. Each action is specified as an Amazon Resource Name (ARN). Valid values:
    pub insufficient_data_actions: Option<Vec<String>>,
    /// The name for the metric associated with the alarm. For each `PutMetricAlarm` operation, you
    /// must specify either `MetricName`, a `Metrics` array, or an `EvaluationCriteria`.
    pub metric_name: Option<String>,
    /// The namespace for the metric associated specified in `MetricName`.
    pub namespace: Option<String>,
    /// The statistic for the metric specified in `MetricName`, other than percentile. For
    /// percentile statistics, use `ExtendedStatistic`. When you call `PutMetricAlarm` and specify a
    /// `MetricName`, you must specify either `Statistic` or `ExtendedStatistic,` but not both.
    pub statistic: Option<Statistic>,
    /// The extended statistic for the metric specified in `MetricName`. When you call
    /// `PutMetricAlarm` and specify a `MetricName`, you must specify either `Statistic` or
    /// `ExtendedStatistic` but not both.
    pub extended_statistic: Option<String>,
    /// The dimensions for the metric specified in `MetricName`.
    pub dimensions: Option<Vec<Dimension>>,
    /// The length, in seconds, used each time the metric specified in `MetricName` is evaluated.
    /// Valid values are 10, 20, 30, and any multiple of 60.
    pub period: Option<i32>,
    /// The unit of measure for the statistic. For example, the units for the Amazon EC2 NetworkIn
    /// metric are Bytes because NetworkIn tracks the number of bytes that an instance receives on
    /// all network interfaces. You can also specify a unit when you create a custom metric. Units
    /// help provide conceptual meaning to your data. Metric data points that specify a unit of
    /// measure, such as Percent, are aggregated separately. If you are creating an alarm based on a
    /// metric math expression, you can specify the unit for each metric (if needed) within the
    /// objects in the `Metrics` array.
    pub unit: Option<StandardUnit>,
    /// The number of periods over which data is compared to the specified threshold. If you are
    /// setting an alarm that requires that a number of consecutive data points be breaching to
    /// trigger the alarm, this value specifies that number. If you are setting an "M out of N"
    /// alarm, this value is the N.
    pub evaluation_periods: Option<i32>,
    /// The number of data points that must be breaching to trigger the alarm. This is used only if
    /// you are setting an "M out of N" alarm. In that case, this value is the M. For more
    /// information, see [Evaluating an
    /// Alarm](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarm-evaluation)
    /// in the *Amazon CloudWatch User Guide*.
    pub datapoints_to_alarm: Option<i32>,
    /// The value against which the specified statistic is compared.
    pub threshold: Option<f64>,
    /// The arithmetic operation to use when comparing the specified statistic and threshold. The
    /// specified statistic value is used as the first operand.
    pub comparison_operator: Option<ComparisonOperator>,
    /// Sets how this alarm is to handle missing data points. If `TreatMissingData` is omitted, the
    /// default behavior of `missing` is used. For more information, see [Configuring How CloudWatch
    /// Alarms Treats Missing
    /// Data](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-missing-data).
    pub treat_missing_data: Option<String>,
    /// Used only for alarms based on percentiles. If you specify `ignore`, the alarm state does not
    /// change during periods with too few data points to be statistically significant. If you
    /// specify `evaluate` or omit this parameter, the alarm is always evaluated and possibly
    /// changes state no matter how many data points are available. For more information, see
    /// [Percentile-Based CloudWatch Alarms and Low Data
    /// Samples](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#percentiles-with-low-samples).
    pub evaluate_low_sample_count_percentile: Option<String>,
    /// An array of `MetricDataQuery` structures that enable you to create an alarm based on the
    /// result of a metric math expression. For each `PutMetricAlarm` operation, you must specify
    /// either `MetricName`, a `Metrics` array, or an `EvaluationCriteria`.
    pub metrics: Option<Vec<MetricDataQuery>>,
    /// A list of key-value pairs to associate with the alarm. You can associate as many as 50 tags
    /// with an alarm. To be able to associate tags with the alarm when you create the alarm, you
    /// must have the `cloudwatch:TagResource` permission.
    pub tags: Option<Vec<Tag>>,
    /// If this is an alarm based on an anomaly detection model, make this value match the ID of the
    /// `ANOMALY_DETECTION_BAND` function.
    pub threshold_metric_id: Option<String>,
    /// The evaluation criteria for the alarm. For each `PutMetricAlarm` operation, you must specify
    /// either `MetricName`, a `Metrics` array, or an `EvaluationCriteria`.
    pub evaluation_criteria: Option<EvaluationCriteria>,
    /// The frequency, in seconds, at which the alarm is evaluated. Valid values are 10, 20, 30, and
    /// any multiple of 60.
    pub evaluation_interval: Option<i32>,
}

/// The input of `PutMetricData`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutMetricDataInput {
    /// The namespace for the metric data. You can use ASCII characters for the namespace, except
    /// for control characters which are not supported.
    pub namespace: String,
    /// The data for the metrics. Use this parameter if your metrics do not contain associated
    /// entities. The array can include no more than 1000 metrics per call.
    pub metric_data: Option<Vec<MetricDatum>>,
    /// Data for metrics that contain associated entity information. You can include up to two
    /// `EntityMetricData` objects, each of which can contain a single `Entity` and associated
    /// metrics.
    pub entity_metric_data: Option<Vec<EntityMetricData>>,
    /// Whether to accept valid metric data when an invalid entity is sent.
    pub strict_entity_validation: Option<bool>,
}

/// The input of `PutMetricStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutMetricStreamInput {
    /// If you are creating a new metric stream, this is the name for the new stream. The name must
    /// be different than the names of other metric streams in this account and Region.
    pub name: String,
    /// If you specify this parameter, the stream sends only the metrics from the metric namespaces
    /// that you specify here.
    pub include_filters: Option<Vec<MetricStreamFilter>>,
    /// If you specify this parameter, the stream sends metrics from all metric namespaces except
    /// for the namespaces that you specify here.
    pub exclude_filters: Option<Vec<MetricStreamFilter>>,
    /// The ARN of the Amazon Kinesis Data Firehose delivery stream to use for this metric stream.
    /// This Amazon Kinesis Data Firehose delivery stream must already exist and must be in the same
    /// account as the metric stream.
    pub firehose_arn: String,
    /// The ARN of an IAM role that this metric stream will use to access Amazon Kinesis Data
    /// Firehose resources. This IAM role must already exist and must be in the same account as the
    /// metric stream. This IAM role must include the following permissions:
    pub role_arn: String,
    /// The output format for the stream. Valid values are `json`, `opentelemetry1.0`, and
    /// `opentelemetry0.7`. For more information about metric stream output formats, see [ Metric
    /// streams output
    /// formats](https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch-metric-streams-formats.html).
    pub output_format: MetricStreamOutputFormat,
    /// A list of key-value pairs to associate with the metric stream. You can associate as many as
    /// 50 tags with a metric stream.
    pub tags: Option<Vec<Tag>>,
    /// By default, a metric stream always sends the `MAX`, `MIN`, `SUM`, and `SAMPLECOUNT`
    /// statistics for each metric that is streamed. You can use this parameter to have the metric
    /// stream also send additional statistics in the stream. This array can have up to 100 members.
    pub statistics_configurations: Option<Vec<MetricStreamStatisticsConfiguration>>,
    /// If you are creating a metric stream in a monitoring account, specify `true` to include
    /// metrics from source accounts in the metric stream.
    pub include_linked_accounts_metrics: Option<bool>,
}

/// The output of `PutMetricStream`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct PutMetricStreamOutput {
    /// The ARN of the metric stream.
    pub arn: Option<String>,
}

/// Specifies one range of days or times to exclude from use for training an anomaly detection
/// model.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Range {
    /// The start time of the range to exclude. The format is `yyyy-MM-dd'T'HH:mm:ss`. For example,
    /// `2019-07-01T23:59:59`.
    pub start_time: DateTime,
    /// The end time of the range to exclude. The format is `yyyy-MM-dd'T'HH:mm:ss`. For example,
    /// `2019-07-01T23:59:59`.
    pub end_time: DateTime,
}

/// The model's `RecentlyActive`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum RecentlyActive {
    /// `PT3H`
    #[default]
    #[shape(name = "PT3H")]
    Pt3h,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Defines the schedule configuration for an alarm mute rule.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Rule {
    /// The schedule configuration that defines when the mute rule activates and how long it remains
    /// active.
    pub schedule: Schedule,
}

/// The model's `ScanBy`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum ScanBy {
    /// `TimestampDescending`
    #[default]
    TimestampDescending,
    /// `TimestampAscending`
    TimestampAscending,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Specifies when and how long an alarm mute rule is active.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Schedule {
    /// The schedule expression that defines when the mute rule activates. The expression must be
    /// between 1 and 256 characters in length.
    pub expression: String,
    /// The length of time that alarms remain muted when the schedule activates. The duration must
    /// be between 1 and 50 characters in length.
    pub duration: String,
    /// The time zone to use when evaluating the schedule expression. The time zone must be between
    /// 1 and 50 characters in length.
    pub timezone: Option<String>,
}

/// The input of `SetAlarmState`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SetAlarmStateInput {
    /// The name of the alarm.
    pub alarm_name: String,
    /// The value of the state.
    pub state_value: StateValue,
    /// The reason that this alarm is set to this specific state, in text format.
    pub state_reason: String,
    /// The reason that this alarm is set to this specific state, in JSON format.
    pub state_reason_data: Option<String>,
}

/// Designates the CloudWatch metric and statistic that provides the time series the anomaly
/// detector uses as input. If you have enabled unified cross-account observability, and this
/// account is a monitoring account, the metric can be in the same account or a source account.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct SingleMetricAnomalyDetector {
    /// If the CloudWatch metric that provides the time series that the anomaly detector uses as
    /// input is in another account, specify that account ID here. If you omit this parameter, the
    /// current account is used.
    pub account_id: Option<String>,
    /// The namespace of the metric to create the anomaly detection model for.
    pub namespace: Option<String>,
    /// The name of the metric to create the anomaly detection model for.
    pub metric_name: Option<String>,
    /// The metric dimensions to create the anomaly detection model for.
    pub dimensions: Option<Vec<Dimension>>,
    /// The statistic to use for the metric and anomaly detection model.
    pub stat: Option<String>,
}

/// The model's `StandardUnit`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StandardUnit {
    /// `Seconds`
    #[default]
    Seconds,
    /// `Microseconds`
    Microseconds,
    /// `Milliseconds`
    Milliseconds,
    /// `Bytes`
    Bytes,
    /// `Kilobytes`
    Kilobytes,
    /// `Megabytes`
    Megabytes,
    /// `Gigabytes`
    Gigabytes,
    /// `Terabytes`
    Terabytes,
    /// `Bits`
    Bits,
    /// `Kilobits`
    Kilobits,
    /// `Megabits`
    Megabits,
    /// `Gigabits`
    Gigabits,
    /// `Terabits`
    Terabits,
    /// `Percent`
    Percent,
    /// `Count`
    Count,
    /// `Bytes/Second`
    #[shape(name = "Bytes/Second")]
    BytesSecond,
    /// `Kilobytes/Second`
    #[shape(name = "Kilobytes/Second")]
    KilobytesSecond,
    /// `Megabytes/Second`
    #[shape(name = "Megabytes/Second")]
    MegabytesSecond,
    /// `Gigabytes/Second`
    #[shape(name = "Gigabytes/Second")]
    GigabytesSecond,
    /// `Terabytes/Second`
    #[shape(name = "Terabytes/Second")]
    TerabytesSecond,
    /// `Bits/Second`
    #[shape(name = "Bits/Second")]
    BitsSecond,
    /// `Kilobits/Second`
    #[shape(name = "Kilobits/Second")]
    KilobitsSecond,
    /// `Megabits/Second`
    #[shape(name = "Megabits/Second")]
    MegabitsSecond,
    /// `Gigabits/Second`
    #[shape(name = "Gigabits/Second")]
    GigabitsSecond,
    /// `Terabits/Second`
    #[shape(name = "Terabits/Second")]
    TerabitsSecond,
    /// `Count/Second`
    #[shape(name = "Count/Second")]
    CountSecond,
    /// `None`
    None,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `StartMetricStreams`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartMetricStreamsInput {
    /// The array of the names of metric streams to start streaming.
    pub names: Vec<String>,
}

/// The output of `StartMetricStreams`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartMetricStreamsOutput {}

/// The input of `StartOTelEnrichment`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartOTelEnrichmentInput {}

/// The output of `StartOTelEnrichment`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StartOTelEnrichmentOutput {}

/// The model's `StateValue`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StateValue {
    /// `OK`
    #[default]
    #[shape(name = "OK")]
    Ok,
    /// `ALARM`
    #[shape(name = "ALARM")]
    Alarm,
    /// `INSUFFICIENT_DATA`
    #[shape(name = "INSUFFICIENT_DATA")]
    InsufficientData,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The model's `Statistic`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Statistic {
    /// `SampleCount`
    #[default]
    SampleCount,
    /// `Average`
    Average,
    /// `Sum`
    Sum,
    /// `Minimum`
    Minimum,
    /// `Maximum`
    Maximum,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// Represents a set of statistics that describes a specific metric.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StatisticSet {
    /// The number of samples used for the statistic set.
    pub sample_count: f64,
    /// The sum of values for the sample set.
    pub sum: f64,
    /// The minimum value of the sample set.
    pub minimum: f64,
    /// The maximum value of the sample set.
    pub maximum: f64,
}

/// The model's `StatusCode`.
#[derive(Shape, Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum StatusCode {
    /// `Complete`
    #[default]
    Complete,
    /// `InternalError`
    InternalError,
    /// `PartialData`
    PartialData,
    /// `Forbidden`
    Forbidden,
    /// A value this model does not know, kept as sent.
    #[shape(other)]
    Unknown(String),
}

/// The input of `StopMetricStreams`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopMetricStreamsInput {
    /// The array of the names of metric streams to stop streaming.
    pub names: Vec<String>,
}

/// The output of `StopMetricStreams`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopMetricStreamsOutput {}

/// The input of `StopOTelEnrichment`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopOTelEnrichmentInput {}

/// The output of `StopOTelEnrichment`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct StopOTelEnrichmentOutput {}

/// A key-value pair associated with a CloudWatch resource.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct Tag {
    /// A string that you can use to assign a value. The combination of tag keys and values can help
    /// you organize and categorize your resources.
    pub key: String,
    /// The value for the specified tag key.
    pub value: String,
}

/// The input of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceInput {
    /// The ARN of the CloudWatch resource that you're adding tags to.
    #[shape(name = "ResourceARN")]
    pub resource_arn: String,
    /// The list of key-value pairs to associate with the alarm.
    pub tags: Vec<Tag>,
}

/// The output of `TagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct TagResourceOutput {}

/// The input of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceInput {
    /// The ARN of the CloudWatch resource that you're removing tags from.
    #[shape(name = "ResourceARN")]
    pub resource_arn: String,
    /// The list of tag keys to remove from the resource.
    pub tag_keys: Vec<String>,
}

/// The output of `UntagResource`.
#[derive(Shape, Debug, Clone, Default, PartialEq)]
pub struct UntagResourceOutput {}
