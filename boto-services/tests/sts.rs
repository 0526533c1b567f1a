//! The generated STS client (feature `sts`, awsQuery) against moto: the caller's identity,
//! a role assumed and its temporary credentials used by a second session, a session token.
#![cfg(feature = "sts")]

use boto_core::{RetryConfig, Session};

#[tokio::test(flavor = "multi_thread")]
async fn sts_assume_role_and_caller_identity() -> boto_core::Result<()> {
    use boto_services::sts::*;
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return Ok(());
    };
    let sts = Client::new(
        &testkit::moto_session!(&moto, .retry(RetryConfig::standard().max_attempts(2))),
    );
    let me = sts
        .get_caller_identity(GetCallerIdentityRequest::new())
        .await?;
    let account = me.account.expect("an account");
    assert_eq!(account.len(), 12, "{account}");
    assert!(me.arn.is_some_and(|a| a.starts_with("arn:aws:sts::")));

    let role_arn = format!("arn:aws:iam::{account}:role/reader");
    let assumed = sts
        .assume_role(
            AssumeRoleRequest::new()
                .role_arn(&role_arn)
                .role_session_name("session-one")
                .duration_seconds(900),
        )
        .await?;
    let user = assumed.assumed_role_user.expect("the assumed role's user");
    assert_eq!(
        user.arn,
        format!("arn:aws:sts::{account}:assumed-role/reader/session-one")
    );
    assert!(
        user.assumed_role_id.ends_with(":session-one"),
        "{}",
        user.assumed_role_id
    );
    let creds = assumed.credentials.expect("temporary credentials");
    assert!(!creds.access_key_id.is_empty());
    assert!(!creds.secret_access_key.is_empty());
    assert!(!creds.session_token.is_empty());
    // The model marks the secret key sensitive: Debug leaves it out.
    let shown = format!("{creds:?}");
    assert!(shown.contains(&creds.access_key_id), "{shown}");
    assert!(!shown.contains(&creds.secret_access_key), "{shown}");
    assert!(
        shown.contains(r#"secret_access_key: "** redacted **""#),
        "{shown}"
    );

    // The temporary credentials sign the next session's calls: moto answers as the role.
    let as_role = Session::builder()
        .region("us-east-1")
        .endpoint_url(moto.endpoint())
        .credentials(boto_core::Credentials::new(
            creds.access_key_id,
            creds.secret_access_key,
            Some(creds.session_token),
        ))
        .build()?;
    let who = Client::new(&as_role)
        .get_caller_identity(GetCallerIdentityRequest::new())
        .await?;
    assert_eq!(who.arn, Some(user.arn));

    let token = sts
        .get_session_token(GetSessionTokenRequest::new().duration_seconds(900))
        .await?
        .credentials
        .expect("session credentials");
    assert!(!token.session_token.is_empty());

    Ok(())
}
