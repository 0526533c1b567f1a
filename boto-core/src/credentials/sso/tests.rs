//! The SSO provider against a stub portal / OIDC server on 127.0.0.1, with the token cache
//! in a temporary HOME.

use super::*;
use crate::credentials::testing::{env_with, expiry_in, session, Stub, TempDir};
use crate::error::ErrorKind;

const ROLE_ANSWER: &str = r#"{"roleCredentials":{"accessKeyId":"SSOKEY","secretAccessKey":"SSOSECRET","sessionToken":"SSOSESSION","expiration":1893456000000}}"#;

/// A stub answering GetRoleCredentials for `want_token` (401 for any other) and
/// CreateToken with a new access token `fresh-token`.
async fn portal(want_token: &'static str) -> Stub {
    Stub::start(move |r| match (r.method.as_str(), r.path.split('?').next()) {
        ("GET", Some("/federation/credentials")) => {
            if r.header("x-amz-sso_bearer_token") == Some(want_token) {
                (200, ROLE_ANSWER.to_string())
            } else {
                (
                    401,
                    r#"{"message":"Session token not found or invalid"}"#.to_string(),
                )
            }
        }
        ("POST", Some("/token")) => (
            200,
            r#"{"accessToken":"fresh-token","expiresIn":28800,"refreshToken":"next-refresh","tokenType":"Bearer"}"#
                .to_string(),
        ),
        _ => (404, String::new()),
    })
    .await
}

/// HOME in `dir`, both SSO endpoints at `stub`, and this config file.
fn setup(dir: &TempDir, stub: &Stub, config: &str) -> crate::Session {
    dir.write("config", config);
    let home = dir.0.display().to_string();
    let env = env_with(
        dir,
        &[
            ("HOME", home.as_str()),
            ("AWS_ENDPOINT_URL_SSO", stub.url.as_str()),
            ("AWS_ENDPOINT_URL_SSO_OIDC", stub.url.as_str()),
        ],
    );
    session(env).build().unwrap()
}

fn write_cache(dir: &TempDir, key: &str, doc: &serde_json::Value) -> PathBuf {
    let path = cache_file(&dir.0, key);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, doc.to_string()).unwrap();
    path
}

const SESSION_CONFIG: &str = "\
[default]
sso_session = admin
sso_account_id = 123456789012
sso_role_name = Dev Role
region = eu-west-1

[sso-session admin]
sso_start_url = https://d-abc123.awsapps.com/start
sso_region = us-east-1
sso_registration_scopes = sso:account:access
";

#[test]
fn cache_file_names_are_the_sha1_of_the_session_or_start_url() {
    // The names botocore's own tests give for these keys.
    let home = Path::new("/home/u");
    assert_eq!(
        cache_file(home, "https://d-abc123.awsapps.com/start"),
        home.join(".aws/sso/cache/40a89917e3175433e361b710a9d43528d7f1890a.json")
    );
    assert_eq!(
        cache_file(home, "admin"),
        home.join(".aws/sso/cache/d033e22ae348aeb5660fc2140aec35850c4da997.json")
    );
    assert_eq!(
        cache_file(home, ""),
        home.join(".aws/sso/cache/da39a3ee5e6b4b0d3255bfef95601890afd80709.json")
    );
}

#[tokio::test]
async fn sso_session_profile_gets_role_credentials_with_the_cached_token() {
    let stub = portal("cached-token").await;
    let dir = TempDir::new();
    let s = setup(&dir, &stub, SESSION_CONFIG);
    write_cache(
        &dir,
        "admin",
        &serde_json::json!({"accessToken": "cached-token", "expiresAt": expiry_in(3600)}),
    );
    let c = s.credentials().await.unwrap();
    assert_eq!(
        (c.access_key_id(), c.secret_access_key(), c.session_token()),
        ("SSOKEY", "SSOSECRET", Some("SSOSESSION"))
    );
    // The profile's sso_account_id.
    assert_eq!(c.account_id(), Some("123456789012"));
    assert_eq!(
        c.expiry(),
        Some(SystemTime::UNIX_EPOCH + Duration::from_millis(1_893_456_000_000))
    );
    let seen = stub.requests();
    assert_eq!(seen.len(), 1, "no refresh for a token an hour from expiry");
    assert_eq!(seen[0].method, "GET");
    assert_eq!(
        seen[0].path,
        "/federation/credentials?role_name=Dev%20Role&account_id=123456789012"
    );
    assert_eq!(
        seen[0].header("x-amz-sso_bearer_token"),
        Some("cached-token")
    );
    assert_eq!(seen[0].header("authorization"), None, "unsigned");
}

#[tokio::test]
async fn legacy_profile_uses_the_start_url_as_cache_key() {
    let stub = portal("legacy-token").await;
    let dir = TempDir::new();
    let s = setup(
        &dir,
        &stub,
        "[profile legacy]\nsso_start_url = https://d-abc123.awsapps.com/start\n\
         sso_region = us-west-2\nsso_account_id = 111122223333\nsso_role_name = ReadOnly\n",
    );
    let s = crate::Session::builder()
        .env(s.env().clone())
        .profile("legacy")
        .build()
        .unwrap();
    let path = write_cache(
        &dir,
        "https://d-abc123.awsapps.com/start",
        &serde_json::json!({"accessToken": "legacy-token", "expiresAt": expiry_in(3600)}),
    );
    assert!(path.ends_with("40a89917e3175433e361b710a9d43528d7f1890a.json"));
    let c = s.credentials().await.unwrap();
    assert_eq!(c.access_key_id(), "SSOKEY");
    let seen = stub.requests();
    assert_eq!(
        seen[0].path,
        "/federation/credentials?role_name=ReadOnly&account_id=111122223333"
    );
}

#[tokio::test]
async fn a_token_near_expiry_is_refreshed_and_written_back() {
    let stub = portal("fresh-token").await;
    let dir = TempDir::new();
    let s = setup(&dir, &stub, SESSION_CONFIG);
    let path = write_cache(
        &dir,
        "admin",
        &serde_json::json!({
            "startUrl": "https://d-abc123.awsapps.com/start",
            "region": "us-east-1",
            "accessToken": "old-token",
            "expiresAt": expiry_in(5 * 60),
            "refreshToken": "old-refresh",
            "clientId": "client-1",
            "clientSecret": "client-secret-1",
            "registrationExpiresAt": expiry_in(90 * 24 * 3600),
        }),
    );
    let c = s.credentials().await.unwrap();
    assert_eq!(c.access_key_id(), "SSOKEY");
    let seen = stub.requests();
    assert_eq!(seen.len(), 2);
    assert_eq!(
        (seen[0].method.as_str(), seen[0].path.as_str()),
        ("POST", "/token")
    );
    let body: serde_json::Value = serde_json::from_str(&seen[0].body).unwrap();
    assert_eq!(
        body,
        serde_json::json!({
            "grantType": "refresh_token",
            "clientId": "client-1",
            "clientSecret": "client-secret-1",
            "refreshToken": "old-refresh",
        })
    );
    assert_eq!(
        seen[1].header("x-amz-sso_bearer_token"),
        Some("fresh-token"),
        "the role credentials are bought with the new token"
    );
    // The cache holds the new token, its new expiry (8 h) and the rotated refresh token,
    // with the registration kept.
    let cached: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(cached["accessToken"], "fresh-token");
    assert_eq!(cached["refreshToken"], "next-refresh");
    assert_eq!(cached["clientId"], "client-1");
    assert_eq!(cached["clientSecret"], "client-secret-1");
    assert_eq!(cached["startUrl"], "https://d-abc123.awsapps.com/start");
    let text = cached["expiresAt"].as_str().unwrap();
    assert!(text.len() == 20 && text.ends_with('Z'), "{text}");
    let expires = parse_time(text).unwrap();
    let left = expires.duration_since(SystemTime::now()).unwrap();
    assert!(left > Duration::from_secs(7 * 3600), "{left:?}");
    // Written by rename: no temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[tokio::test]
async fn an_expired_token_without_refresh_data_asks_for_sso_login() {
    let stub = portal("cached-token").await;
    let dir = TempDir::new();
    let s = setup(&dir, &stub, SESSION_CONFIG);
    write_cache(
        &dir,
        "admin",
        &serde_json::json!({"accessToken": "secret-expired-token", "expiresAt": "2020-01-01T00:00:00Z"}),
    );
    let err = s.credentials().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials);
    let text = err.to_string();
    assert!(
        text.contains("expired") && text.contains("aws sso login"),
        "{text}"
    );
    assert!(!text.contains("secret-expired-token"), "{text}");
    assert!(stub.requests().is_empty(), "no request with a dead token");
}

#[tokio::test]
async fn a_rejected_token_or_a_missing_cache_asks_for_sso_login() {
    let stub = portal("another-token").await;
    let dir = TempDir::new();
    let s = setup(&dir, &stub, SESSION_CONFIG);
    // No cache file at all.
    let err = s.credentials().await.unwrap_err();
    assert!(err.to_string().contains("no cached SSO token"), "{err}");
    assert!(err.to_string().contains("aws sso login"), "{err}");
    // A token the portal refuses (401).
    write_cache(
        &dir,
        "admin",
        &serde_json::json!({"accessToken": "revoked-token", "expiresAt": expiry_in(3600)}),
    );
    let err = s.credentials().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials);
    let text = err.to_string();
    assert!(
        text.contains("401") && text.contains("aws sso login"),
        "{text}"
    );
    assert!(!text.contains("revoked-token"), "{text}");
}

#[tokio::test]
async fn bad_cache_files_and_bad_answers_are_errors() {
    let dir = TempDir::new();
    let huge = " ".repeat(1024 * 1024 + 1);
    for (doc, want) in [
        ("not json", "not a JSON object"),
        ("{\"expiresAt\":\"2099-01-01T00:00:00Z\"}", "no accessToken"),
        ("{\"accessToken\":\"t\"}", "no expiresAt"),
        (
            "{\"accessToken\":\"t\",\"expiresAt\":\"soon\"}",
            "bad expiresAt",
        ),
        (huge.as_str(), "too large"),
    ] {
        let path = cache_file(&dir.0, "x");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, doc).unwrap();
        let Err(err) = read_token(&path, "x").await else {
            panic!("{} must be refused", &doc[..doc.len().min(40)]);
        };
        assert!(err.to_string().contains(want), "{want}: {err}");
    }
    // Answers without credentials, with a bad expiration, or not JSON.
    for (answer, want) in [
        ("{}", "no roleCredentials"),
        ("{\"roleCredentials\":{\"accessKeyId\":\"K\"}}", "lacks"),
        (
            "{\"roleCredentials\":{\"accessKeyId\":\"K\",\"secretAccessKey\":\"S\",\"expiration\":\"x\"}}",
            "epoch milliseconds",
        ),
        ("<html>", "not JSON"),
    ] {
        let stub = Stub::start(move |_| (200, answer.to_string())).await;
        let s = setup(&dir, &stub, SESSION_CONFIG);
        write_cache(
            &dir,
            "admin",
            &serde_json::json!({"accessToken": "t", "expiresAt": expiry_in(3600)}),
        );
        let err = s.credentials().await.unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Credentials);
        assert!(err.to_string().contains(want), "{answer}: {err}");
    }
}

#[test]
fn configuration_errors_name_what_is_wrong() {
    let parse = |text: &str| ProfileSet::parse(Some((text.as_bytes(), "config")), None).unwrap();
    let check = |text: &str| {
        let set = parse(text);
        config(&set, set.profile("default").unwrap(), "default")
    };
    // Not an SSO profile.
    assert_eq!(check("[default]\nregion = us-east-1\n").unwrap(), None);
    // Both forms resolve.
    let c = check(SESSION_CONFIG).unwrap().unwrap();
    assert_eq!(
        c,
        SsoConfig {
            start_url: "https://d-abc123.awsapps.com/start".into(),
            region: "us-east-1".into(),
            account_id: "123456789012".into(),
            role_name: "Dev Role".into(),
            session_name: Some("admin".into()),
        }
    );
    let err = check("[default]\nsso_role_name = R\n").unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Config);
    assert!(
        err.to_string()
            .contains("missing required configuration: sso_start_url, sso_region, sso_account_id"),
        "{err}"
    );
    let err = check("[default]\nsso_session = nope\nsso_role_name = R\nsso_account_id = 1\n")
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("sso-session does not exist: \"nope\""),
        "{err}"
    );
    let err = check(
        "[default]\nsso_session = s\nsso_role_name = R\nsso_account_id = 1\nsso_region = eu-west-1\n\
         [sso-session s]\nsso_start_url = https://x/start\nsso_region = us-east-1\n",
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("sso_region is inconsistent"),
        "{err}"
    );
}

#[tokio::test]
async fn an_sso_profile_can_be_a_roles_source_profile() {
    // The role profile's source is an SSO profile; STS then answers at the same stub.
    let sts = Stub::start(|r| {
        match r.path.split('?').next() {
        Some("/federation/credentials") => (200, ROLE_ANSWER.to_string()),
        _ if r.body.contains("Action=AssumeRole") && r
            .header("authorization")
            .is_some_and(|a| a.contains("Credential=SSOKEY/")) => (
            200,
            "<AssumeRoleResponse><AssumeRoleResult><Credentials><AccessKeyId>ROLEKEY</AccessKeyId>\
             <SecretAccessKey>ROLESECRET</SecretAccessKey><SessionToken>T</SessionToken>\
             </Credentials></AssumeRoleResult></AssumeRoleResponse>"
                .to_string(),
        ),
        _ => (400, String::new()),
    }
    })
    .await;
    let dir = TempDir::new();
    let config = format!(
        "{SESSION_CONFIG}\n[profile role]\nrole_arn = arn:aws:iam::1:role/R\nsource_profile = default\nregion = us-east-1\n"
    );
    dir.write("config", &config);
    write_cache(
        &dir,
        "admin",
        &serde_json::json!({"accessToken": "t", "expiresAt": expiry_in(3600)}),
    );
    let home = dir.0.display().to_string();
    let env = env_with(
        &dir,
        &[
            ("HOME", home.as_str()),
            ("AWS_ENDPOINT_URL_SSO", sts.url.as_str()),
            ("AWS_ENDPOINT_URL_STS", sts.url.as_str()),
        ],
    );
    let c = session(env)
        .profile("role")
        .build()
        .unwrap()
        .credentials()
        .await
        .unwrap();
    assert_eq!(c.access_key_id(), "ROLEKEY");
}

#[tokio::test]
async fn a_refresh_that_cannot_happen_or_fails_keeps_a_live_token() {
    let stub = Stub::start(|r| match r.path.split('?').next() {
        Some("/federation/credentials")
            if r.header("x-amz-sso_bearer_token") == Some("old-token") =>
        {
            (200, ROLE_ANSWER.to_string())
        }
        Some("/token") => (400, r#"{"error":"invalid_grant"}"#.to_string()),
        _ => (401, String::new()),
    })
    .await;
    let dir = TempDir::new();
    let token = |expires: String, registration: String| {
        serde_json::json!({
            "accessToken": "old-token",
            "expiresAt": expires,
            "refreshToken": "r",
            "clientId": "c",
            "clientSecret": "s",
            "registrationExpiresAt": registration,
        })
    };
    // The client registration has expired: no refresh is tried, the token still serves.
    let s = setup(&dir, &stub, SESSION_CONFIG);
    let path = write_cache(
        &dir,
        "admin",
        &token(expiry_in(300), "2020-01-01T00:00:00Z".into()),
    );
    assert_eq!(s.credentials().await.unwrap().access_key_id(), "SSOKEY");
    assert!(stub.requests().iter().all(|r| r.path != "/token"));

    // CreateToken refuses: the token, five minutes from expiry, still serves and the cache
    // is left as it was.
    let s = setup(&dir, &stub, SESSION_CONFIG);
    let before = token(expiry_in(300), expiry_in(86_400));
    std::fs::write(&path, before.to_string()).unwrap();
    assert_eq!(s.credentials().await.unwrap().access_key_id(), "SSOKEY");
    assert!(stub.requests().iter().any(|r| r.path == "/token"));
    let after: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(after, before);

    // CreateToken refuses and the token has expired: log in again.
    let s = setup(&dir, &stub, SESSION_CONFIG);
    std::fs::write(
        &path,
        token("2020-01-01T00:00:00Z".into(), expiry_in(86_400)).to_string(),
    )
    .unwrap();
    let err = s.credentials().await.unwrap_err();
    assert!(
        err.to_string()
            .contains("has expired and could not be refreshed: run `aws sso login`"),
        "{err}"
    );
}

#[tokio::test]
async fn sso_provider_used_directly() {
    let stub = portal("cached-token").await;
    let dir = TempDir::new();
    let config = format!("{SESSION_CONFIG}\n[profile plain]\nregion = us-east-1\n");
    let s = setup(&dir, &stub, &config);
    write_cache(
        &dir,
        "admin",
        &serde_json::json!({"accessToken": "cached-token", "expiresAt": expiry_in(3600)}),
    );
    let p = SsoProvider::new(&s);
    let c = p.provide().await.unwrap();
    assert_eq!(c.access_key_id(), "SSOKEY");
    assert!(!format!("{p:?}").contains("cached-token"));
    // Not an SSO profile: not configured, and nothing asked.
    let plain = SsoProvider::new(&s).profile("plain");
    assert_eq!(plain.provide_if_configured().await.unwrap(), None);
    let err = plain.provide().await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Credentials);
    assert!(err.to_string().contains("not an SSO profile"), "{err}");
    assert_eq!(stub.requests().len(), 1);
}
