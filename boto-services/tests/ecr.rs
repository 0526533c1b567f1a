//! The generated ECR client (feature `ecr`) against moto: repositories created, described,
//! listed and deleted; an image put, listed, scanned and awaited (`image_scan_complete`).
#![cfg(feature = "ecr")]

use futures::TryStreamExt;
use std::time::Duration;

use boto_core::RetryConfig;

const MANIFEST: &str = r#"{"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.v2+json","config":{"mediaType":"application/vnd.docker.container.image.v1+json","size":1,"digest":"sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},"layers":[]}"#;

#[tokio::test(flavor = "multi_thread")]
async fn ecr_repositories_and_images_round_trip() -> boto_core::Result<()> {
    use boto_services::ecr::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let ecr = Client::new(
        &testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))),
    );
    for name in ["api", "web", "worker"] {
        let repo = ecr
            .create_repository(
                CreateRepositoryRequest::new()
                    .repository_name(name)
                    .image_tag_mutability(ImageTagMutability::Immutable),
            )
            .await?
            .repository
            .expect("CreateRepository's repository");
        assert_eq!(repo.repository_name.as_deref(), Some(name));
        assert!(repo
            .repository_uri
            .is_some_and(|u| u.ends_with(&format!("/{name}"))));
    }
    // moto answers DescribeRepositories in one page whatever maxResults says.
    let mut names: Vec<String> = ecr
        .describe_repositories_items(DescribeRepositoriesRequest::new().max_results(2))
        .map_ok(|r| r.repository_name.unwrap_or_default())
        .try_collect()
        .await?;
    names.sort();
    assert_eq!(names, ["api", "web", "worker"]);

    let image = ecr
        .put_image(
            PutImageRequest::new()
                .repository_name("api")
                .image_manifest(MANIFEST)
                .image_tag("v1"),
        )
        .await?
        .image
        .expect("PutImage's image");
    let id = image.image_id.expect("an image ID");
    assert_eq!(id.image_tag.as_deref(), Some("v1"));
    assert!(id
        .image_digest
        .as_ref()
        .is_some_and(|d| d.starts_with("sha256:")));
    let listed: Vec<ImageIdentifier> = ecr
        .list_images_items(ListImagesRequest::new().repository_name("api"))
        .try_collect()
        .await?;
    assert_eq!(listed, std::slice::from_ref(&id));

    ecr.start_image_scan(
        StartImageScanRequest::new()
            .repository_name("api")
            .image_id(ImageIdentifier::new().image_tag("v1")),
    )
    .await?;
    let scanned = ecr
        .wait_until_image_scan_complete(
            DescribeImageScanFindingsRequest::new()
                .repository_name("api")
                .image_id(ImageIdentifier::new().image_tag("v1")),
        )
        .delay(Duration::from_millis(50))
        .await?
        .expect("the waiter's last output");
    assert_eq!(
        scanned.image_scan_status.and_then(|s| s.status),
        Some(ScanStatus::Complete)
    );

    ecr.delete_repository(
        DeleteRepositoryRequest::new()
            .repository_name("api")
            .force(true),
    )
    .await?;
    let err = ecr
        .describe_repositories(
            DescribeRepositoriesRequest::new().repository_names(vec!["api".into()]),
        )
        .await
        .expect_err("a deleted repository");
    assert!(err.is_code("RepositoryNotFoundException"), "{err:?}");
    Ok(())
}
