//! [`ProcessProvider`]: `credential_process`, a command printing credentials as JSON
//! (Version 1).

use super::{configured, Credentials, ProvideCredentials};
use crate::config::split_words;
use crate::error::{Error, Result};
use crate::Session;
use futures::future::BoxFuture;
use futures::FutureExt;
use std::fmt;
use std::process::Stdio;
use std::time::Duration;
use tokio::io::AsyncReadExt;

/// How long the command may run.
const PROCESS_TIMEOUT: Duration = Duration::from_secs(60);
/// The most output read from the command (a few hundred bytes are expected).
const MAX_OUTPUT: u64 = 64 * 1024;

#[cfg(test)]
mod tests;

/// Runs a command (split like a shell would, run without one; at most 60 s, 64 KiB of
/// output, stderr not kept) and reads its JSON: `Version` 1, `AccessKeyId`,
/// `SecretAccessKey`, optional `SessionToken` and `Expiration`. The command is explicit
/// ([`ProcessProvider::new`]) or the `credential_process` of a session's profile
/// ([`ProcessProvider::from_session`]; not configured when the profile has none).
/// `Debug` shows the program, not its arguments (they may hold secrets).
#[derive(Clone)]
pub struct ProcessProvider {
    source: Source,
}

#[derive(Clone)]
enum Source {
    Command(String),
    Profile(Session),
}

impl ProcessProvider {
    /// Runs `command`.
    pub fn new(command: impl Into<String>) -> ProcessProvider {
        ProcessProvider {
            source: Source::Command(command.into()),
        }
    }
    /// Runs the `credential_process` of the profile of `session`.
    pub fn from_session(session: &Session) -> ProcessProvider {
        ProcessProvider {
            source: Source::Profile(session.clone()),
        }
    }
    /// [`ProcessProvider::from_session`] of [`Session::new`].
    pub fn from_env() -> ProcessProvider {
        ProcessProvider::from_session(&Session::new())
    }
    pub(crate) async fn load(&self) -> Result<Option<Credentials>> {
        match &self.source {
            Source::Command(cmd) => run(cmd, "credential_process").boxed().await.map(Some),
            Source::Profile(session) => {
                let Some(cmd) = session
                    .profile()?
                    .and_then(|p| p.get("credential_process"))
                    .filter(|c| !c.is_empty())
                else {
                    return Ok(None);
                };
                let source = format!("credential_process of profile {}", session.profile_name());
                run(cmd, &source).boxed().await.map(Some)
            }
        }
    }
}

impl fmt::Debug for ProcessProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut d = f.debug_struct("ProcessProvider");
        match &self.source {
            Source::Command(cmd) => {
                let program = split_words(cmd).and_then(|w| w.into_iter().next());
                d.field("program", &program)
            }
            Source::Profile(session) => d.field("profile", &session.profile_name()),
        }
        .finish()
    }
}

impl ProvideCredentials for ProcessProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials>> {
        Box::pin(
            async move { configured(self.load().await?, "the profile has no credential_process") },
        )
    }
    fn provide_if_configured(&self) -> BoxFuture<'_, Result<Option<Credentials>>> {
        Box::pin(self.load())
    }
}

/// Runs `command` (split like a shell would, run without one) and parses its output;
/// errors start with `source`.
pub(crate) async fn run(command: &str, source: &str) -> Result<Credentials> {
    let words = split_words(command)
        .filter(|w| !w.is_empty())
        .ok_or_else(|| Error::credentials(format!("{source}: empty or badly quoted command")))?;
    let mut child = tokio::process::Command::new(&words[0])
        .args(&words[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| Error::credentials(format!("{source}: could not start it")).with_source(e))?;
    let stdout = child.stdout.take();
    let run = async move {
        // At most MAX_OUTPUT + 1 bytes are read, so an endless writer is refused, not
        // buffered; its stderr is not kept (a failing helper may print what it was given).
        let mut out = Vec::new();
        if let Some(stdout) = stdout {
            stdout.take(MAX_OUTPUT + 1).read_to_end(&mut out).await?;
        }
        if out.len() as u64 > MAX_OUTPUT {
            return Ok((None, out));
        }
        child.wait().await.map(|status| (Some(status), out))
    };
    let (status, stdout) = match tokio::time::timeout(PROCESS_TIMEOUT, run).await {
        Err(_) => return Err(Error::credentials(format!("{source}: timed out"))),
        Ok(Err(e)) => {
            return Err(
                Error::credentials(format!("{source}: could not read its output")).with_source(e),
            )
        }
        Ok(Ok(r)) => r,
    };
    let Some(status) = status else {
        return Err(Error::credentials(format!(
            "{source}: printed more than {MAX_OUTPUT} bytes"
        )));
    };
    if !status.success() {
        return Err(Error::credentials(format!(
            "{source}: exited with {status}"
        )));
    }
    let doc: serde_json::Value = serde_json::from_slice(&stdout)
        .map_err(|_| Error::credentials(format!("{source}: output is not JSON")))?;
    match doc.get("Version").and_then(|v| v.as_i64()) {
        Some(1) => {}
        _ => {
            return Err(Error::credentials(format!(
                "{source}: unsupported Version (expected 1)"
            )))
        }
    }
    super::from_json(&stdout, source)
}
