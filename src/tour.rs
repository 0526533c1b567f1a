//! The tour: every example of the API guide, in Rust, run in order against one endpoint
//! (`AWS_ENDPOINT_URL`, or a local moto started for it). Each step prints one line and
//! checks what it observed; the first failure ends the tour with an error.

mod dynamic;
mod dynamodb;
mod ec2;
mod handwritten;
mod resources;
mod s3_client;
mod s3_resource;
mod session;
mod sqs;

use boto_services::core::Session;
use std::fmt::Display;
use std::path::PathBuf;
use std::time::Instant;
use testkit::MotoServer;

/// What every step returns: any error ends the tour.
pub type TourResult<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// The environment the tour runs in; keep it alive for as long as the tour runs (it owns
/// the local moto server, if one was started, and the profile files written for it).
#[derive(Debug)]
pub struct Environment {
    moto: Option<MotoServer>,
    dir: Option<PathBuf>,
}

impl Environment {
    /// True when the tour started its own moto (and wrote its own profile files).
    pub fn is_local(&self) -> bool {
        self.moto.is_some()
    }
}

impl Drop for Environment {
    fn drop(&mut self) {
        if let Some(dir) = &self.dir {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

/// Uses `AWS_ENDPOINT_URL` when it is set; otherwise starts moto and points the process
/// environment at it ([`local`]). Call it before starting an async runtime: it sets
/// environment variables.
pub fn prepare() -> TourResult<Environment> {
    if std::env::var_os("AWS_ENDPOINT_URL").is_some() {
        return Ok(Environment {
            moto: None,
            dir: None,
        });
    }
    let moto = match MotoServer::try_start() {
        Ok(moto) => moto,
        Err(e) if std::env::var_os("MOTO_SERVER").is_none() => {
            // A fresh machine: install moto's server the way scripts/test.sh does.
            eprintln!("tour: {e}; installing moto[server] with scripts/install-moto.sh");
            std::env::set_var("MOTO_SERVER", install_moto()?);
            MotoServer::try_start()?
        }
        Err(e) => return Err(e.into()),
    };
    local(moto)
}

/// Runs scripts/install-moto.sh: the path of `moto_server`, installed first if missing.
fn install_moto() -> TourResult<String> {
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/scripts/install-moto.sh");
    let out = std::process::Command::new("bash")
        .arg(script)
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("cannot run {script}: {e}"))?;
    let path = String::from_utf8(out.stdout)?.trim().to_owned();
    if !out.status.success() || path.is_empty() {
        return Err(format!("{script} could not install moto_server").into());
    }
    Ok(path)
}

/// Points the process environment at `moto`: `AWS_ENDPOINT_URL`, dummy credentials, and
/// profile files of its own (`default` in us-east-1, `dev` in eu-west-1). Call it before
/// starting an async runtime: it sets environment variables.
pub fn local(moto: MotoServer) -> TourResult<Environment> {
    let dir = std::env::temp_dir().join(format!("boto-rs-tour-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let config = dir.join("config");
    std::fs::write(
        &config,
        "[default]\nregion = us-east-1\n\n[profile dev]\nregion = eu-west-1\n",
    )?;
    let credentials = dir.join("credentials");
    std::fs::write(&credentials, "")?;
    for name in [
        "AWS_PROFILE",
        "AWS_DEFAULT_PROFILE",
        "AWS_REGION",
        "AWS_DEFAULT_REGION",
        "AWS_SESSION_TOKEN",
    ] {
        std::env::remove_var(name);
    }
    std::env::set_var("AWS_ENDPOINT_URL", moto.endpoint());
    std::env::set_var("AWS_ACCESS_KEY_ID", "testing");
    std::env::set_var("AWS_SECRET_ACCESS_KEY", "testing");
    std::env::set_var("AWS_CONFIG_FILE", &config);
    std::env::set_var("AWS_SHARED_CREDENTIALS_FILE", &credentials);
    std::env::set_var("AWS_EC2_METADATA_DISABLED", "true");
    Ok(Environment {
        moto: Some(moto),
        dir: Some(dir),
    })
}

/// Runs every step in order. `env` says whether the profile files are the tour's own.
pub async fn run(env: &Environment) -> TourResult<()> {
    let started = Instant::now();
    let session = Session::new();
    let session = match session.region() {
        Some(_) => session,
        None => Session::builder().region("us-east-1").build()?,
    };
    say(
        "tour",
        format!(
            "endpoint {}",
            std::env::var("AWS_ENDPOINT_URL").unwrap_or_default()
        ),
    );
    session::run(&session, env.is_local()).await?;
    handwritten::run(&session).await?;
    s3_client::run(&session).await?;
    s3_resource::run(&session).await?;
    sqs::run(&session).await?;
    ec2::run(&session).await?;
    dynamodb::run(&session).await?;
    resources::run(&session).await?;
    dynamic::run(&session).await?;
    say(
        "tour",
        format!("every step passed in {:.1?}", started.elapsed()),
    );
    Ok(())
}

/// Prints one step's line.
pub(crate) fn say(section: &str, line: impl Display) {
    println!("[{section:<8}] {line}");
}

/// `Err(what)` unless `ok`: a step that did not observe what it should.
pub(crate) fn check(ok: bool, what: impl FnOnce() -> String) -> TourResult<()> {
    if ok {
        Ok(())
    } else {
        Err(format!("check failed: {}", what()).into())
    }
}

/// `Ok` for a result, or for a service error whose code is one of `codes` (a resource that
/// already exists when the tour runs against a server it does not own).
pub(crate) fn tolerate<T>(
    r: boto_services::core::Result<T>,
    codes: &[&str],
) -> boto_services::core::Result<Option<T>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) if codes.iter().any(|c| e.is_code(c)) => Ok(None),
        Err(e) => Err(e),
    }
}
