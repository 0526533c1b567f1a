//! The generated IAM client (feature `iam`, awsQuery) against moto: users and roles created,
//! read, listed over pages and deleted, tags, access keys, and both waiters.
#![cfg(feature = "iam")]

use boto_core::RetryConfig;
use boto_services::iam::*;
use futures::TryStreamExt;
use std::time::Duration;

const TRUST: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;

#[tokio::test(flavor = "multi_thread")]
async fn iam_users_round_trip() -> boto_core::Result<()> {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let iam = Client::new(
        &testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))),
    );
    for name in ["ann", "bob", "cy"] {
        let user = iam
            .create_user(
                CreateUserRequest::new()
                    .user_name(name)
                    .path("/team/")
                    .tags(vec![Tag::new().key("team").value("core")]),
            )
            .await?
            .user
            .expect("CreateUser's user");
        assert_eq!(user.user_name, name);
        assert_eq!(user.path, "/team/");
        assert!(
            user.arn.ends_with(&format!(":user/team/{name}")),
            "{}",
            user.arn
        );
    }
    // The waiter succeeds at once on an existing user.
    let out = iam
        .wait_until_user_exists(GetUserRequest::new().user_name("bob"))
        .delay(Duration::from_millis(50))
        .await?
        .expect("the waiter's last output");
    assert_eq!(out.user.user_name, "bob");
    let got = iam
        .get_user(GetUserRequest::new().user_name("ann"))
        .await?
        .user;
    assert_eq!(got.path, "/team/");
    assert_eq!(got.tags, Some(vec![Tag::new().key("team").value("core")]));

    iam.tag_user(
        TagUserRequest::new()
            .user_name("ann")
            .tags(vec![Tag::new().key("env").value("prod")]),
    )
    .await?;
    let mut tags: Vec<Tag> = iam
        .list_user_tags_items(ListUserTagsRequest::new().user_name("ann"))
        .try_collect()
        .await?;
    tags.sort_by(|a, b| a.key.cmp(&b.key));
    assert_eq!(
        tags,
        [
            Tag::new().key("env").value("prod"),
            Tag::new().key("team").value("core")
        ]
    );
    let key = iam
        .create_access_key(CreateAccessKeyRequest::new().user_name("ann"))
        .await?
        .access_key;
    assert_eq!(key.user_name, "ann");
    assert_eq!(key.status, StatusType::Active);
    let keys = iam
        .list_access_keys(ListAccessKeysRequest::new().user_name("ann"))
        .await?
        .access_key_metadata;
    assert_eq!(keys.len(), 1);
    assert_eq!(keys[0].access_key_id, Some(key.access_key_id.clone()));

    // moto answers ListUsers in one page whatever MaxItems says.
    let mut names: Vec<String> = iam
        .list_users_items(ListUsersRequest::new().path_prefix("/team/").max_items(2))
        .map_ok(|u| u.user_name)
        .try_collect()
        .await?;
    names.sort();
    assert_eq!(names, ["ann", "bob", "cy"]);

    iam.delete_user(DeleteUserRequest::new().user_name("cy"))
        .await?;
    let err = iam
        .get_user(GetUserRequest::new().user_name("cy"))
        .await
        .expect_err("a deleted user is not found");
    assert!(err.is_code("NoSuchEntity"), "{err:?}");
    assert_eq!(err.status(), Some(404));
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn iam_roles_paginate_and_wait() -> boto_core::Result<()> {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let iam = Client::new(
        &testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))),
    );
    for i in 0..5 {
        iam.create_role(
            CreateRoleRequest::new()
                .role_name(format!("role-{i}"))
                .assume_role_policy_document(TRUST)
                .description(format!("role number {i}")),
        )
        .await?;
    }
    let role = iam
        .wait_until_role_exists(GetRoleRequest::new().role_name("role-3"))
        .delay(Duration::from_millis(50))
        .await?
        .expect("the waiter's last output")
        .role;
    assert_eq!(role.description.as_deref(), Some("role number 3"));
    assert!(role.arn.ends_with(":role/role-3"), "{}", role.arn);

    // Two roles a page: three pages, each but the last truncated with a marker.
    let pages: Vec<ListRolesResponse> = iam
        .list_roles_pages(ListRolesRequest::new().max_items(2))
        .try_collect()
        .await?;
    assert_eq!(
        pages.iter().map(|p| p.roles.len()).collect::<Vec<_>>(),
        [2, 2, 1]
    );
    assert_eq!(pages[0].is_truncated, Some(true));
    assert!(pages[0].marker.is_some());
    let mut names: Vec<String> = iam
        .list_roles_items(ListRolesRequest::new().max_items(2))
        .map_ok(|r| r.role_name)
        .try_collect()
        .await?;
    names.sort();
    assert_eq!(names, ["role-0", "role-1", "role-2", "role-3", "role-4"]);

    iam.delete_role(DeleteRoleRequest::new().role_name("role-0"))
        .await?;
    let err = iam
        .get_role(GetRoleRequest::new().role_name("role-0"))
        .await
        .expect_err("a deleted role is not found");
    assert!(err.is_code("NoSuchEntity"), "{err:?}");
    Ok(())
}
