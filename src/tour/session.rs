//! §1 Session: the default session, the builder with every option, and its accessors.

use super::{check, say, TourResult};
use boto_services::core::{Credentials, RetryConfig, Session};
use boto_services::s3;
use std::time::Duration;

pub(crate) async fn run(session: &Session, own_profiles: bool) -> TourResult<()> {
    let default = Session::new();
    let profiles = default.available_profiles();
    say(
        "session",
        format!(
            "Session::new(): region {:?}, profile {:?}, available profiles {:?}",
            default.region(),
            default.profile_name(),
            profiles
        ),
    );
    if own_profiles {
        check(default.profile_name() == "default", || {
            format!("default profile name is {:?}", default.profile_name())
        })?;
        check(profiles == ["default", "dev"], || {
            format!("available profiles {profiles:?}")
        })?;
        // A named profile brings its own region.
        let dev = Session::builder().profile("dev").build()?;
        check(dev.region() == Some("eu-west-1"), || {
            format!("profile dev has region {:?}", dev.region())
        })?;
        say("session", "profile \"dev\" gives region eu-west-1");
    }

    // The builder with every option of the guide; the profile is `dev` when it exists.
    let profile = if profiles.iter().any(|p| p == "dev") {
        "dev"
    } else {
        default.profile_name()
    };
    let endpoint = std::env::var("AWS_ENDPOINT_URL")?;
    let built = Session::builder()
        .profile(profile)
        .region("eu-west-1")
        .endpoint_url(&endpoint)
        .credentials(Credentials::new("AKID", "SECRET", None))
        .retry(RetryConfig::standard().max_attempts(5))
        .connect_timeout(Duration::from_secs(3))
        .read_timeout(Duration::from_secs(30))
        .build()?;
    check(built.region() == Some("eu-west-1"), || {
        format!("built region {:?}", built.region())
    })?;
    check(built.profile_name() == profile, || {
        format!("built profile {:?}", built.profile_name())
    })?;
    check(built.retry_config().attempts() == 5, || {
        format!("retry {:?}", built.retry_config())
    })?;
    let shown = format!("{built:?}");
    check(!shown.contains("SECRET"), || {
        "the session's Debug shows the secret key".into()
    })?;
    // The built session works: one request through it.
    let buckets = s3::Client::new(&built)
        .list_buckets(s3::ListBucketsRequest::new())
        .await?
        .buckets
        .len();
    say(
        "session",
        format!(
            "Session::builder(): profile {:?}, region {:?}, endpoint {endpoint}, 5 attempts, \
             timeouts 3 s / 30 s; ListBuckets through it: {buckets} bucket(s)",
            built.profile_name(),
            built.region()
        ),
    );
    check(session.region().is_some(), || "no region".into())?;
    Ok(())
}
