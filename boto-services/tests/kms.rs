//! The generated KMS client (feature `kms`) against moto: keys created and described (by ID
//! and by alias), data encrypted and decrypted, keys and aliases listed, a key scheduled for
//! deletion.
#![cfg(feature = "kms")]

use futures::TryStreamExt;

use boto_core::RetryConfig;

#[tokio::test(flavor = "multi_thread")]
async fn kms_keys_round_trip() -> boto_core::Result<()> {
    use boto_services::kms::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let kms = Client::new(
        &testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))),
    );
    let mut ids = Vec::new();
    for n in 0..3 {
        let key = kms
            .create_key(
                CreateKeyRequest::new()
                    .description(format!("key {n}"))
                    .key_usage(KeyUsageType::EncryptDecrypt)
                    .tags(vec![Tag::new().tag_key("team").tag_value("core")]),
            )
            .await?
            .key_metadata
            .expect("CreateKey's metadata");
        assert_eq!(
            key.description.as_deref(),
            Some(format!("key {n}").as_str())
        );
        assert!(key.arn.as_ref().is_some_and(|a| a.ends_with(&key.key_id)));
        ids.push(key.key_id);
    }
    kms.create_alias(
        CreateAliasRequest::new()
            .alias_name("alias/orders")
            .target_key_id(&ids[0]),
    )
    .await?;
    let described = kms
        .describe_key(DescribeKeyRequest::new().key_id("alias/orders"))
        .await?
        .key_metadata
        .expect("metadata");
    assert_eq!(described.key_id, ids[0]);
    assert_eq!(described.key_state, Some(KeyState::Enabled));
    assert_eq!(described.enabled, Some(true));

    // Blobs both ways: the plaintext goes out base64-encoded and comes back the same.
    let sealed = kms
        .encrypt(
            EncryptRequest::new()
                .key_id("alias/orders")
                .plaintext(&b"the order book"[..]),
        )
        .await?;
    let ciphertext = sealed.ciphertext_blob.expect("a ciphertext");
    assert_ne!(ciphertext.as_ref(), b"the order book");
    let opened = kms
        .decrypt(DecryptRequest::new().ciphertext_blob(ciphertext))
        .await?;
    assert_eq!(
        opened.plaintext.as_ref().map(|p| p.as_ref()),
        Some(&b"the order book"[..])
    );
    assert!(opened.key_id.as_ref().is_some_and(|k| k.ends_with(&ids[0])));
    // The model marks the plaintext sensitive: Debug leaves it out.
    let shown = format!("{opened:?}");
    assert!(
        shown.contains(r#"plaintext: Some("** redacted **")"#),
        "{shown}"
    );

    // moto answers ListKeys in one page whatever Limit says.
    let mut listed: Vec<String> = kms
        .list_keys_items(ListKeysRequest::new().limit(2))
        .map_ok(|k| k.key_id.unwrap_or_default())
        .try_collect()
        .await?;
    listed.sort();
    let mut want = ids.clone();
    want.sort();
    assert_eq!(listed, want);
    let aliases: Vec<AliasListEntry> = kms
        .list_aliases_items(ListAliasesRequest::new().key_id(&ids[0]))
        .try_collect()
        .await?;
    assert_eq!(aliases.len(), 1);
    assert_eq!(aliases[0].alias_name.as_deref(), Some("alias/orders"));

    let scheduled = kms
        .schedule_key_deletion(
            ScheduleKeyDeletionRequest::new()
                .key_id(&ids[2])
                .pending_window_in_days(7),
        )
        .await?;
    assert!(scheduled.deletion_date.is_some());
    let state = kms
        .describe_key(DescribeKeyRequest::new().key_id(&ids[2]))
        .await?
        .key_metadata
        .and_then(|m| m.key_state);
    assert_eq!(state, Some(KeyState::PendingDeletion));
    let err = kms
        .describe_key(DescribeKeyRequest::new().key_id("alias/nope"))
        .await
        .expect_err("no such alias");
    assert!(err.is_code("NotFoundException"), "{err:?}");
    Ok(())
}
