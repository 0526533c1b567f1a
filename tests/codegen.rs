//! The client a user generated with `boto-codegen` for a service boto-services does not
//! ship (Certificate Manager, `src/aws/acm.rs`), against moto: request / describe / tags /
//! paginated list / delete; and, through the replay transport, its waiter under tokio's
//! paused clock. The generated services boto-services ships have their own tests in
//! `boto-services/tests/`.

use boto_core::http::replay::ReplayClient;
use boto_core::{Credentials, RetryConfig, Session};
use boto_examples::aws::acm;
use futures::TryStreamExt;
use std::sync::Arc;
use std::time::Duration;

fn session(endpoint: &str) -> Session {
    Session::builder()
        .region("us-east-1")
        .endpoint_url(endpoint)
        .credentials(Credentials::new("testing", "testing", None))
        .retry(RetryConfig::standard().max_attempts(2))
        .build()
        .expect("session")
}

fn replay_session(replay: &ReplayClient) -> Session {
    Session::builder()
        .region("us-east-1")
        .credentials(Credentials::new("AKID", "SECRET", None))
        .http_client(Arc::new(replay.clone()))
        .build()
        .expect("session")
}

#[tokio::test(flavor = "multi_thread")]
async fn acm_round_trip() -> boto_core::Result<()> {
    use acm::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let client = Client::new(&session(&moto.endpoint()));
    let mut arns = Vec::new();
    for domain in ["a.example.com", "b.example.com", "c.example.com"] {
        let out = client
            .request_certificate(
                RequestCertificateRequest::new()
                    .domain_name(domain)
                    .validation_method(ValidationMethod::Dns)
                    .tags(vec![Tag::new().key("team").value("core")]),
            )
            .await?;
        let arn = out.certificate_arn.expect("RequestCertificate's ARN");
        assert!(arn.starts_with("arn:aws:acm:us-east-1:"), "{arn}");
        arns.push(arn);
    }

    let detail = client
        .describe_certificate(DescribeCertificateRequest::new().certificate_arn(&arns[1]))
        .await?
        .certificate
        .expect("a certificate");
    assert_eq!(detail.certificate_arn.as_ref(), Some(&arns[1]));
    assert_eq!(detail.domain_name.as_deref(), Some("b.example.com"));
    assert_eq!(detail.status, Some(CertificateStatus::PendingValidation));
    assert_eq!(detail.r#type, Some(CertificateType::AmazonIssued));
    assert!(detail.created_at.is_some());

    client
        .add_tags_to_certificate(
            AddTagsToCertificateRequest::new()
                .certificate_arn(&arns[0])
                .tags(vec![Tag::new().key("env").value("prod")]),
        )
        .await?;
    let mut tags = client
        .list_tags_for_certificate(ListTagsForCertificateRequest::new().certificate_arn(&arns[0]))
        .await?
        .tags
        .unwrap_or_default();
    tags.sort_by(|a, b| a.key.cmp(&b.key));
    assert_eq!(
        tags,
        [
            Tag::new().key("env").value("prod"),
            Tag::new().key("team").value("core")
        ]
    );

    // moto answers ListCertificates in one page whatever MaxItems says.
    let mut listed: Vec<String> = client
        .list_certificates_items(ListCertificatesRequest::new().max_items(1))
        .map_ok(|c| c.certificate_arn.unwrap_or_default())
        .try_collect()
        .await?;
    listed.sort();
    let mut want = arns.clone();
    want.sort();
    assert_eq!(listed, want);

    client
        .delete_certificate(DeleteCertificateRequest::new().certificate_arn(&arns[0]))
        .await?;
    let err = client
        .describe_certificate(DescribeCertificateRequest::new().certificate_arn(&arns[0]))
        .await
        .expect_err("a deleted certificate is not found");
    assert!(err.is_code("ResourceNotFoundException"), "{err:?}");
    Ok(())
}

const JSON: [(&str, &str); 1] = [("content-type", "application/x-amz-json-1.1")];

fn described(validation: &str, status: &str) -> String {
    format!(
        r#"{{"Certificate":{{"CertificateArn":"arn:aws:acm:us-east-1:1:certificate/c","Status":"{status}",
            "DomainValidationOptions":[{{"DomainName":"a.example.com","ValidationStatus":"{validation}"}},
                                       {{"DomainName":"b.example.com","ValidationStatus":"SUCCESS"}}]}}}}"#
    )
}

/// `certificate_validated` polls every 60 s (the model's delay) while any domain is
/// pending, and succeeds when all are validated.
#[tokio::test(start_paused = true)]
async fn acm_certificate_validated_waits_for_every_domain() -> boto_core::Result<()> {
    let replay = ReplayClient::new();
    replay.push(
        200,
        &JSON,
        described("PENDING_VALIDATION", "PENDING_VALIDATION"),
    );
    replay.push(200, &JSON, described("SUCCESS", "ISSUED"));
    let client = acm::Client::new(&replay_session(&replay));
    let start = tokio::time::Instant::now();
    let out = client
        .wait_until_certificate_validated(
            acm::DescribeCertificateRequest::new()
                .certificate_arn("arn:aws:acm:us-east-1:1:certificate/c"),
        )
        .await?
        .expect("an output");
    assert_eq!(
        out.certificate.and_then(|c| c.status),
        Some(acm::CertificateStatus::Issued)
    );
    assert_eq!(replay.requests().len(), 2);
    assert_eq!(
        replay.requests()[0].header("x-amz-target"),
        Some("CertificateManager.DescribeCertificate")
    );
    assert_eq!(start.elapsed(), Duration::from_secs(60));

    // A FAILED certificate ends the wait with an error at once.
    let replay = ReplayClient::new();
    replay.push(200, &JSON, described("FAILED", "FAILED"));
    let client = acm::Client::new(&replay_session(&replay));
    let err = client
        .wait_until_certificate_validated(
            acm::DescribeCertificateRequest::new()
                .certificate_arn("arn:aws:acm:us-east-1:1:certificate/c"),
        )
        .await
        .expect_err("a failure state");
    assert_eq!(replay.requests().len(), 1, "{err:?}");
    Ok(())
}
