//! `credential_process`: runs the profile's command and reads its JSON (Version 1).

use super::Credentials;
use crate::config::split_words;
use crate::error::{Error, Result};
use std::process::Stdio;
use std::time::Duration;
use tokio::io::AsyncReadExt;

/// How long the command may run.
const PROCESS_TIMEOUT: Duration = Duration::from_secs(60);
/// The most output read from the command (a few hundred bytes are expected).
const MAX_OUTPUT: u64 = 64 * 1024;

/// Runs `command` (split like a shell would, run without one) and parses its output.
pub(crate) async fn run(command: &str, profile: &str) -> Result<Credentials> {
    let source = format!("credential_process of profile {profile}");
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
    super::from_json(&stdout, &source)
}
