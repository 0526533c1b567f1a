//! The generated EventBridge client (feature `events`) against moto: rules put, described,
//! listed over pages, given a target, and deleted.
#![cfg(feature = "events")]

use futures::TryStreamExt;

use boto_core::RetryConfig;

#[tokio::test(flavor = "multi_thread")]
async fn events_rules_round_trip() -> boto_core::Result<()> {
    use boto_services::events::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let events = Client::new(
        &testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))),
    );
    for n in 0..5 {
        let arn = events
            .put_rule(
                PutRuleRequest::new()
                    .name(format!("nightly-{n}"))
                    .schedule_expression("rate(1 day)")
                    .state(RuleState::Enabled)
                    .description(format!("rule {n}")),
            )
            .await?
            .rule_arn
            .expect("PutRule's ARN");
        assert!(arn.ends_with(&format!(":rule/nightly-{n}")), "{arn}");
    }
    let rule = events
        .describe_rule(DescribeRuleRequest::new().name("nightly-1"))
        .await?;
    assert_eq!(rule.schedule_expression.as_deref(), Some("rate(1 day)"));
    assert_eq!(rule.state, Some(RuleState::Enabled));
    assert_eq!(rule.description.as_deref(), Some("rule 1"));

    // Two a page: moto honours the limit.
    let pages: Vec<ListRulesResponse> = events
        .list_rules_pages(ListRulesRequest::new().name_prefix("nightly-").limit(2))
        .try_collect()
        .await?;
    assert_eq!(
        pages
            .iter()
            .map(|p| p.rules.as_ref().map_or(0, Vec::len))
            .collect::<Vec<_>>(),
        [2, 2, 1]
    );
    let mut names: Vec<String> = events
        .list_rules_items(ListRulesRequest::new().name_prefix("nightly-").limit(2))
        .map_ok(|r| r.name.unwrap_or_default())
        .try_collect()
        .await?;
    names.sort();
    assert_eq!(
        names,
        [
            "nightly-0",
            "nightly-1",
            "nightly-2",
            "nightly-3",
            "nightly-4"
        ]
    );

    let put = events
        .put_targets(
            PutTargetsRequest::new()
                .rule("nightly-0")
                .targets(vec![Target::new()
                    .id("queue")
                    .arn("arn:aws:sqs:us-east-1:123456789012:jobs")
                    .input(r#"{"job":"report"}"#)]),
        )
        .await?;
    assert_eq!(put.failed_entry_count, Some(0));
    let targets: Vec<Target> = events
        .list_targets_by_rule_items(ListTargetsByRuleRequest::new().rule("nightly-0"))
        .try_collect()
        .await?;
    assert_eq!(targets.len(), 1);
    assert_eq!(targets[0].id, "queue");
    assert_eq!(targets[0].input.as_deref(), Some(r#"{"job":"report"}"#));

    events
        .remove_targets(
            RemoveTargetsRequest::new()
                .rule("nightly-0")
                .ids(vec!["queue".into()]),
        )
        .await?;
    events
        .delete_rule(DeleteRuleRequest::new().name("nightly-0"))
        .await?;
    let err = events
        .describe_rule(DescribeRuleRequest::new().name("nightly-0"))
        .await
        .expect_err("a deleted rule");
    assert!(err.is_code("ResourceNotFoundException"), "{err:?}");
    Ok(())
}
