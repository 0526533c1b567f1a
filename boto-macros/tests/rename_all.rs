//! `#[shape(rename_all = ..)]` spells member names as camelCase services (CloudWatch Logs)
//! send them, and a response member that matches no field is reported at debug level with
//! its wire name, so a wrong name is found in one run.

use boto_core::http::replay::ReplayClient;
use boto_core::{client, Credentials, Op, Session, Shape};
use std::sync::{Arc, Mutex};

#[derive(Shape, Debug, Clone, Default)]
#[shape(rename_all = "camelCase")]
pub struct DescribeLogGroupsRequest {
    pub log_group_name_prefix: Option<String>,
    pub next_token: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
#[shape(rename_all = "camelCase")]
pub struct DescribeLogGroupsResponse {
    pub log_groups: Vec<LogGroup>,
    pub next_token: Option<String>,
}

#[derive(Shape, Debug, Clone, Default)]
#[shape(rename_all = "camelCase")]
pub struct LogGroup {
    pub log_group_name: Option<String>,
    pub retention_in_days: Option<i32>,
    /// Misspelled on purpose: the service sends `storedBytes`.
    pub stored_byte: Option<i64>,
}

#[derive(Shape, Debug, Clone, PartialEq)]
#[shape(rename_all = "SCREAMING")]
pub enum Status {
    InProgress,
    Done,
}

#[client(
    service = "logs",
    protocol = "awsJson1_1",
    target_prefix = "Logs_20140328"
)]
pub struct Logs {
    describe_log_groups: Op<DescribeLogGroupsRequest, DescribeLogGroupsResponse>,
}

/// Every debug event's `shape` and `member` fields.
#[derive(Clone, Default)]
struct Unmatched(Arc<Mutex<Vec<(String, String)>>>);

struct Fields(Option<String>, Option<String>);

impl tracing::field::Visit for Fields {
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        if field.name() == "member" {
            self.1 = Some(value.to_owned());
        }
    }
    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        match field.name() {
            "shape" => self.0 = Some(format!("{value:?}")),
            "member" => self.1 = Some(format!("{value:?}")),
            _ => {}
        }
    }
}

impl tracing::Subscriber for Unmatched {
    fn enabled(&self, _: &tracing::Metadata<'_>) -> bool {
        true
    }
    fn max_level_hint(&self) -> Option<tracing::level_filters::LevelFilter> {
        Some(tracing::level_filters::LevelFilter::DEBUG)
    }
    fn new_span(&self, _: &tracing::span::Attributes<'_>) -> tracing::span::Id {
        tracing::span::Id::from_u64(1)
    }
    fn record(&self, _: &tracing::span::Id, _: &tracing::span::Record<'_>) {}
    fn record_follows_from(&self, _: &tracing::span::Id, _: &tracing::span::Id) {}
    fn event(&self, event: &tracing::Event<'_>) {
        let mut f = Fields(None, None);
        event.record(&mut f);
        if let Fields(Some(shape), Some(member)) = f {
            self.0.lock().unwrap().push((shape, member));
        }
    }
    fn enter(&self, _: &tracing::span::Id) {}
    fn exit(&self, _: &tracing::span::Id) {}
}

#[test]
fn members_and_values_are_spelled_as_asked() {
    let schema = <LogGroup as Shape>::schema();
    let text = format!("{schema:?}");
    for name in ["\"logGroupName\"", "\"retentionInDays\"", "\"storedByte\""] {
        assert!(text.contains(name), "{name} missing from {text}");
    }
    assert_eq!(Status::InProgress.as_str(), "IN_PROGRESS");
    let done = <Status as Shape>::from_value(boto_core::Value::String("DONE".into())).unwrap();
    assert_eq!(done, Status::Done);
}

#[tokio::test]
async fn an_unmatched_response_member_is_logged_with_its_wire_name() {
    let log = Unmatched::default();
    let _guard = tracing::subscriber::set_default(log.clone());
    let replay = ReplayClient::new();
    replay.push(
        200,
        &[("content-type", "application/x-amz-json-1.1")],
        r#"{"logGroups":[{"logGroupName":"app","retentionInDays":7,"storedBytes":42}]}"#,
    );
    let session = Session::builder()
        .region("eu-west-1")
        .endpoint_url("http://127.0.0.1:9")
        .credentials(Credentials::new("AKID", "SECRET", None))
        .http_client(Arc::new(replay.clone()))
        .build()
        .unwrap();
    let out = Logs::new(&session)
        .describe_log_groups(DescribeLogGroupsRequest::new().log_group_name_prefix("a"))
        .await
        .unwrap();
    let group = &out.log_groups[0];
    assert_eq!(group.log_group_name.as_deref(), Some("app"));
    assert_eq!(group.retention_in_days, Some(7));
    assert_eq!(group.stored_byte, None);
    assert!(replay.requests()[0]
        .body_str()
        .contains(r#""logGroupNamePrefix":"a""#));
    let seen = log.0.lock().unwrap().clone();
    assert_eq!(seen, [("LogGroup".to_string(), "storedBytes".to_string())]);
}
