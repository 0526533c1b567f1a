//! A generated client for a service `boto-services` does not ship (Certificate Manager),
//! with resources declared on it by hand.
//!
//! `src/aws/acm.rs` (and its endpoint rule set, `src/aws/acm/endpoint-rule-set.json`) was
//! written by `cargo run -p boto-codegen -- acm --out src/aws`; the resources below are the
//! only hand-written part. Runs against `AWS_ENDPOINT_URL` when set, else against a local
//! moto it starts: `cargo run --example codegen`.

use boto_core::{resource, DateTime};
use boto_examples::aws::acm::{
    self, CertificateDetail, CertificateStatus, Client, DescribeCertificateResponse, Tag,
};
use futures::TryStreamExt;

/// The service resource: requests certificates, names one, lists them all.
#[resource(client = Client, service)]
#[action(request_certificate = request_certificate, resource = Certificate(arn = certificate_arn))]
#[subresource(certificate = Certificate(arn))]
#[collection(certificates = list_certificates, items = certificate_summary_list,
             resource = Certificate(arn = certificate_arn))]
pub struct CertificateManager;

/// A certificate, identified by its ARN; its data is `DescribeCertificate`'s `Certificate`.
#[resource(client = Client, shape = CertificateDetail, load = describe_certificate,
           load_path = |o: DescribeCertificateResponse| o.certificate)]
#[action(add_tags = add_tags_to_certificate)]
#[action(tags = list_tags_for_certificate)]
#[action(delete = delete_certificate)]
pub struct Certificate {
    #[identifier(param = certificate_arn)]
    arn: String,
    domain_name: Option<String>,
    subject_alternative_names: Option<Vec<String>>,
    status: Option<CertificateStatus>,
    created_at: Option<DateTime>,
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() -> boto_core::Result<()> {
    let (session, _moto) = boto_examples::example_session(None)?;
    let acm = CertificateManager::new(&session);

    // Actions return resources; attributes load `DescribeCertificate` once.
    let www = acm
        .request_certificate()
        .with(|r| {
            r.domain_name("www.example.com")
                .subject_alternative_names(vec!["example.com".into()])
                .tags(vec![Tag::new().key("team").value("core")])
        })
        .await?;
    println!("requested {}", www.arn());
    println!(
        "  domain {:?}, names {:?}, status {:?}, created {:?}",
        www.domain_name().await?,
        www.subject_alternative_names().await?,
        www.status().await?,
        www.created_at().await?
    );
    let api = acm
        .request_certificate()
        .with(|r| r.domain_name("api.example.com"))
        .await?;

    // Any action clears the loaded data: the next attribute reloads it.
    www.add_tags()
        .with(|r| r.tags(vec![Tag::new().key("env").value("prod")]))
        .await?;
    println!("  tags {:?}", www.tags().await?.tags);

    // The collection pages through ListCertificates lazily.
    let mut certificates = acm.certificates().page_size(1);
    while let Some(c) = certificates.try_next().await? {
        println!("listed {} ({:?})", c.arn(), c.domain_name().await?);
    }
    // A certificate named by its ARN is the same resource (identifiers only).
    assert_eq!(acm.certificate(www.arn()), www);

    // The generated client is there too, with `_items` for paginated operations.
    let client = Client::new(&session);
    let domains: Vec<String> = client
        .list_certificates_items(acm::ListCertificatesRequest::new())
        .try_filter_map(|c| async move { Ok(c.domain_name) })
        .try_collect()
        .await?;
    println!("all domains: {domains:?}");

    www.delete().await?;
    api.delete().await?;
    let err = www.domain_name().await.expect_err("deleted");
    println!("after delete: {}", err.code().unwrap_or("?"));
    Ok(())
}
