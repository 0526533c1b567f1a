//! boto3's Glacier resources (feature `glacier`) against moto: a vault created and
//! described, an archive uploaded, inventory and archive retrieval jobs started and listed,
//! the archive and vault deleted. (moto has no multipart uploads nor notifications for
//! Glacier: those resources are not run here.)
#![cfg(feature = "glacier")]

use boto_core::RetryConfig;
use boto_services::glacier::*;
use futures::TryStreamExt;

#[tokio::test(flavor = "multi_thread")]
async fn glacier_resources_round_trip() -> boto_core::Result<()> {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let glacier = Glacier::new(
        &testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))),
    );
    let vault = glacier
        .create_vault()
        .with(|r| r.account_id("-").vault_name("logs"))
        .await?;
    assert_eq!((vault.account_id(), vault.name()), ("-", "logs"));
    assert!(vault
        .vault_arn()
        .await?
        .is_some_and(|a| a.ends_with(":vaults/logs")));
    let account = glacier.account("-");
    assert_eq!(
        account.vaults().try_collect::<Vec<_>>().await?,
        vec![vault.clone()]
    );
    assert_eq!(
        glacier.vaults().try_collect::<Vec<_>>().await?,
        vec![vault.clone()]
    );
    assert_eq!(account.vault("logs"), vault);

    let archive = vault
        .upload_archive()
        .with(|r| r.body(b"hello glacier".to_vec()))
        .await?;
    assert_eq!(archive.vault_name(), "logs");
    assert!(!archive.id().is_empty());

    let inventory = vault.initiate_inventory_retrieval().await?;
    assert!(!inventory.id().is_empty());
    let retrieval = archive.initiate_archive_retrieval().await?;
    let jobs: Vec<Job> = vault.jobs().try_collect().await?;
    assert_eq!(jobs.len(), 2);
    assert!(jobs.contains(&inventory) && jobs.contains(&retrieval));
    assert!(retrieval.action().await?.is_some());
    // The filtered listings (moto answers them unfiltered): each a subset of the jobs.
    for listed in [
        vault.succeeded_jobs().try_collect::<Vec<_>>().await?,
        vault.jobs_in_progress().try_collect().await?,
        vault.failed_jobs().try_collect().await?,
        vault.completed_jobs().try_collect().await?,
    ] {
        assert!(listed.iter().all(|j| jobs.contains(j)), "{listed:?}");
    }

    archive.delete().await?;
    vault.delete().await?;
    assert!(glacier.vaults().try_collect::<Vec<_>>().await?.is_empty());
    Ok(())
}
