//! The generated Glacier client (feature `glacier`, restJson1) against moto: vaults created,
//! awaited, described, listed and deleted, an archive uploaded, retrieved by a job and
//! deleted, and the not-exists waiter. (moto has no vault tags.)
#![cfg(feature = "glacier")]

use boto_core::http::replay::ReplayClient;
use futures::TryStreamExt;
use std::time::Duration;

use boto_core::RetryConfig;

#[tokio::test(flavor = "multi_thread")]
async fn glacier_vaults_round_trip() -> boto_core::Result<()> {
    use boto_services::glacier::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let glacier = Client::new(
        &testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))),
    );
    // "-" is the caller's own account.
    for name in ["logs", "media", "photos"] {
        // moto sends no Location header (AWS does): the output is empty there.
        glacier
            .create_vault(CreateVaultInput::new().account_id("-").vault_name(name))
            .await?;
    }
    let logs = glacier
        .wait_until_vault_exists(DescribeVaultInput::new().account_id("-").vault_name("logs"))
        .delay(Duration::from_millis(50))
        .await?
        .expect("the waiter's last output");
    assert_eq!(logs.vault_name.as_deref(), Some("logs"));
    assert!(logs.vault_arn.is_some_and(|a| a.ends_with(":vaults/logs")));
    assert_eq!(logs.number_of_archives, Some(0));

    // A streaming payload: the body, and the archive's ID from a response header.
    let archive = glacier
        .upload_archive(
            UploadArchiveInput::new()
                .account_id("-")
                .vault_name("logs")
                .archive_description("first")
                .body(b"hello glacier".to_vec()),
        )
        .await?;
    let archive_id = archive.archive_id.expect("the x-amz-archive-id header");
    assert!(!archive_id.is_empty());
    // A retrieval job for it, listed with the vault's jobs.
    let job = glacier
        .initiate_job(
            InitiateJobInput::new()
                .account_id("-")
                .vault_name("logs")
                .job_parameters(
                    JobParameters::new()
                        .r#type("archive-retrieval")
                        .archive_id(&archive_id),
                ),
        )
        .await?
        .job_id
        .expect("the x-amz-job-id header");
    let jobs: Vec<GlacierJobDescription> = glacier
        .list_jobs_items(ListJobsInput::new().account_id("-").vault_name("logs"))
        .try_collect()
        .await?;
    assert_eq!(jobs.len(), 1);
    assert_eq!(jobs[0].job_id.as_ref(), Some(&job));
    assert_eq!(jobs[0].action, Some(ActionCode::ArchiveRetrieval));
    assert_eq!(jobs[0].archive_id.as_ref(), Some(&archive_id));
    glacier
        .delete_archive(
            DeleteArchiveInput::new()
                .account_id("-")
                .vault_name("logs")
                .archive_id(&archive_id),
        )
        .await?;

    // moto answers ListVaults in one page whatever the limit says.
    let names: Vec<String> = glacier
        .list_vaults_items(ListVaultsInput::new().account_id("-").limit("2"))
        .map_ok(|v| v.vault_name.unwrap_or_default())
        .try_collect()
        .await?;
    assert_eq!(names, ["logs", "media", "photos"]);

    glacier
        .delete_vault(DeleteVaultInput::new().account_id("-").vault_name("media"))
        .await?;
    // moto answers with its own code where AWS says ResourceNotFoundException (see
    // `vault_not_exists_waits_for_not_found` for the waiter on AWS's answer).
    let err = glacier
        .describe_vault(
            DescribeVaultInput::new()
                .account_id("-")
                .vault_name("media"),
        )
        .await
        .expect_err("a deleted vault is not found");
    assert!(
        err.is_code("VaultNotFound") || err.is_code("ResourceNotFoundException"),
        "{err:?}"
    );
    Ok(())
}

/// `vault_not_exists` polls every 3 s (the model's delay) while the vault is described, and
/// succeeds on ResourceNotFoundException.
#[tokio::test(start_paused = true)]
async fn vault_not_exists_waits_for_not_found() -> boto_core::Result<()> {
    use boto_services::glacier::*;
    let replay = ReplayClient::new();
    let json = [("content-type", "application/json")];
    replay.push(
        200,
        &json,
        r#"{"VaultARN":"arn:aws:glacier:us-east-1:1:vaults/v","VaultName":"v","NumberOfArchives":0}"#,
    );
    replay.push(
        404,
        &json,
        r#"{"code":"ResourceNotFoundException","message":"Vault not found","type":"Client"}"#,
    );
    let session = testkit::replay_session!(&replay);
    let start = tokio::time::Instant::now();
    let out = Client::new(&session)
        .wait_until_vault_not_exists(DescribeVaultInput::new().account_id("-").vault_name("v"))
        .await?;
    assert!(out.is_none(), "the waiter ended on the error: {out:?}");
    assert_eq!(start.elapsed(), Duration::from_secs(3));
    let sent = replay.requests();
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0].method, "GET");
    assert_eq!(sent[0].uri.path(), "/-/vaults/v");
    Ok(())
}
