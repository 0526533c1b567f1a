//! `credential_process`: runs the profile's command and reads its JSON (Version 1).

use super::Credentials;
use crate::config::split_words;
use crate::error::{Error, Result};
use std::process::Stdio;
use std::time::Duration;

/// How long the command may run.
const PROCESS_TIMEOUT: Duration = Duration::from_secs(60);

/// Runs `command` (split like a shell would, run without one) and parses its output.
pub(crate) async fn run(command: &str, profile: &str) -> Result<Credentials> {
    let source = format!("credential_process of profile {profile}");
    let words = split_words(command)
        .filter(|w| !w.is_empty())
        .ok_or_else(|| Error::credentials(format!("{source}: empty or badly quoted command")))?;
    let output = tokio::process::Command::new(&words[0])
        .args(&words[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .output();
    let output = match tokio::time::timeout(PROCESS_TIMEOUT, output).await {
        Err(_) => return Err(Error::credentials(format!("{source}: timed out"))),
        Ok(Err(e)) => {
            return Err(Error::credentials(format!("{source}: could not start it")).with_source(e))
        }
        Ok(Ok(o)) => o,
    };
    if !output.status.success() {
        // Its stderr is not forwarded: a failing helper may print what it was given.
        return Err(Error::credentials(format!(
            "{source}: exited with {}",
            output.status
        )));
    }
    let doc: serde_json::Value = serde_json::from_slice(&output.stdout)
        .map_err(|_| Error::credentials(format!("{source}: output is not JSON")))?;
    match doc.get("Version").and_then(|v| v.as_i64()) {
        Some(1) => {}
        _ => {
            return Err(Error::credentials(format!(
                "{source}: unsupported Version (expected 1)"
            )))
        }
    }
    super::from_json(&output.stdout, &source)
}
