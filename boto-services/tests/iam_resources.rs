//! boto3's IAM resources (feature `iam`) against moto: users, groups, roles, policies,
//! access keys, inline policies, instance profiles and the account password policy created,
//! read, modified and deleted; every collection listed.
#![cfg(feature = "iam")]

use boto_core::RetryConfig;
use boto_services::iam::*;
use futures::TryStreamExt;

const TRUST: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow",
"Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
const POLICY: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow",
"Action":"s3:GetObject","Resource":"*"}]}"#;

#[tokio::test(flavor = "multi_thread")]
async fn iam_resources_round_trip() -> boto_core::Result<()> {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let iam =
        Iam::new(&testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))));

    // Users: the name from the request, the data from the answer.
    let user = iam.create_user().with(|r| r.user_name("alice")).await?;
    assert_eq!(user.name(), "alice");
    assert!(user.data().is_some(), "CreateUser's answer fills the data");
    assert!(user.arn().await?.ends_with(":user/alice"));
    for name in ["bob", "carol"] {
        iam.create_user().with(|r| r.user_name(name)).await?;
    }
    let pages: Vec<Vec<User>> = iam.users().page_size(2).pages().try_collect().await?;
    assert_eq!(pages.iter().map(Vec::len).sum::<usize>(), 3);
    let users: Vec<User> = iam.users().try_collect().await?;
    assert_eq!(users.len(), 3);
    assert_eq!(iam.users().limit(1).try_collect::<Vec<_>>().await?.len(), 1);

    // Groups.
    let group = iam.create_group().with(|r| r.group_name("devs")).await?;
    group.add_user().with(|r| r.user_name("alice")).await?;
    let members: Vec<User> = group.users().try_collect().await?;
    assert_eq!(members, vec![user.clone()]);
    let groups: Vec<Group> = user.groups().try_collect().await?;
    assert_eq!(groups, vec![group.clone()]);
    assert_eq!(
        iam.groups().try_collect::<Vec<_>>().await?,
        vec![group.clone()]
    );

    // Access keys: the pair carries its secret; the listing gives `AccessKey`s.
    let pair = user.create_access_key_pair().await?;
    assert_eq!(pair.user_name(), "alice");
    assert!(!pair.secret().is_empty());
    let keys: Vec<AccessKey> = user.access_keys().try_collect().await?;
    assert_eq!(keys.len(), 1);
    assert_eq!(keys[0].id(), pair.id());
    keys[0].deactivate().await?;
    let keys: Vec<AccessKey> = user.access_keys().try_collect().await?;
    assert_eq!(keys[0].status().await?, Some(StatusType::Inactive));
    assert_eq!(keys[0].user().name(), "alice");
    pair.delete().await?;
    assert!(user.access_keys().try_collect::<Vec<_>>().await?.is_empty());

    // Inline policies.
    let inline = user
        .create_policy()
        .with(|r| r.policy_name("read").policy_document(POLICY))
        .await?;
    assert_eq!((inline.user_name(), inline.name()), ("alice", "read"));
    assert!(
        inline.policy_document().await?.contains("GetObject"),
        "URL-encoded or not"
    );
    let inline_policies: Vec<UserPolicy> = user.policies().try_collect().await?;
    assert_eq!(inline_policies, vec![inline.clone()]);
    let group_policy = group
        .create_policy()
        .with(|r| r.policy_name("g").policy_document(POLICY))
        .await?;
    assert_eq!(
        group.policies().try_collect::<Vec<_>>().await?,
        vec![group_policy.clone()]
    );

    // Roles, managed policies and their versions.
    let role = iam
        .create_role()
        .with(|r| r.role_name("worker").assume_role_policy_document(TRUST))
        .await?;
    assert!(role.arn().await?.ends_with(":role/worker"));
    let policy = iam
        .create_policy()
        .with(|r| r.policy_name("reader").policy_document(POLICY))
        .await?;
    assert!(policy.arn().ends_with(":policy/reader"));
    policy.attach_role().with(|r| r.role_name("worker")).await?;
    policy.attach_user().with(|r| r.user_name("alice")).await?;
    let attached: Vec<Policy> = role.attached_policies().try_collect().await?;
    assert_eq!(attached, vec![policy.clone()]);
    assert_eq!(
        policy.attached_roles().try_collect::<Vec<_>>().await?,
        vec![role.clone()]
    );
    assert_eq!(
        policy.attached_users().try_collect::<Vec<_>>().await?,
        vec![user.clone()]
    );
    let version = policy
        .create_version()
        .with(|r| r.policy_document(POLICY).set_as_default(true))
        .await?;
    let default = policy.default_version().await?.expect("a default version");
    assert_eq!(default, version);
    assert_eq!(policy.versions().try_collect::<Vec<_>>().await?.len(), 2);
    let local: Vec<Policy> = iam
        .policies()
        .filter(|r| r.scope(PolicyScopeType::Local))
        .try_collect()
        .await?;
    assert_eq!(local, vec![policy.clone()]);
    policy.detach_role().with(|r| r.role_name("worker")).await?;
    assert!(role
        .attached_policies()
        .try_collect::<Vec<_>>()
        .await?
        .is_empty());
    assert_eq!(
        iam.roles().try_collect::<Vec<_>>().await?,
        vec![role.clone()]
    );

    // Instance profiles: the roles reference reads the data.
    let profile = iam
        .create_instance_profile()
        .with(|r| r.instance_profile_name("web"))
        .await?;
    profile.add_role().with(|r| r.role_name("worker")).await?;
    assert_eq!(profile.roles().await?, vec![role.clone()]);
    assert_eq!(
        iam.instance_profiles().try_collect::<Vec<_>>().await?,
        vec![profile.clone()]
    );
    assert_eq!(
        role.instance_profiles().try_collect::<Vec<_>>().await?,
        vec![profile.clone()]
    );

    // The account password policy: a resource with no identifiers.
    let password_policy = iam
        .create_account_password_policy()
        .with(|r| r.minimum_password_length(12))
        .await?;
    assert_eq!(password_policy.minimum_password_length().await?, Some(12));
    password_policy
        .update()
        .with(|r| r.minimum_password_length(14))
        .await?;
    assert_eq!(
        iam.account_password_policy()
            .minimum_password_length()
            .await?,
        Some(14)
    );
    password_policy.delete().await?;

    // Modify and delete.
    let renamed = user.update().with(|r| r.new_user_name("alice2")).await?;
    assert_eq!(renamed.name(), "alice2");
    let renamed_group = group
        .update()
        .with(|r| r.new_group_name("developers"))
        .await?;
    assert_eq!(renamed_group.name(), "developers");
    profile
        .remove_role()
        .with(|r| r.role_name("worker"))
        .await?;
    profile.delete().await?;
    role.delete().await?;
    assert!(iam.roles().try_collect::<Vec<_>>().await?.is_empty());
    Ok(())
}
