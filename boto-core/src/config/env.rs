//! The environment as a value, so resolution can be tested without touching the process.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

/// Environment variables: the process's, or a fixed map (tests, embedding).
#[derive(Clone, Default)]
pub(crate) struct Env {
    map: Option<Arc<HashMap<String, String>>>,
}

impl Env {
    /// The process environment, read on each lookup.
    pub(crate) fn process() -> Env {
        Env { map: None }
    }

    /// A fixed set of variables; nothing else is visible.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn from_map<K: Into<String>, V: Into<String>>(
        vars: impl IntoIterator<Item = (K, V)>,
    ) -> Env {
        Env {
            map: Some(Arc::new(
                vars.into_iter()
                    .map(|(k, v)| (k.into(), v.into()))
                    .collect(),
            )),
        }
    }

    /// The variable's value; unset and empty are both `None`.
    pub(crate) fn get(&self, name: &str) -> Option<String> {
        let v = match &self.map {
            Some(m) => m.get(name).cloned(),
            None => std::env::var(name).ok(),
        };
        v.filter(|v| !v.is_empty())
    }

    /// The first of these variables that is set.
    pub(crate) fn first(&self, names: &[&str]) -> Option<String> {
        names.iter().find_map(|n| self.get(n))
    }

    /// A boolean variable (`true`, case-insensitive); anything else is false.
    pub(crate) fn flag(&self, name: &str) -> Option<bool> {
        self.get(name)
            .map(|v| v.trim().eq_ignore_ascii_case("true"))
    }

    /// The home directory (`HOME`, else `USERPROFILE`).
    pub(crate) fn home(&self) -> Option<PathBuf> {
        self.first(&["HOME", "USERPROFILE"]).map(PathBuf::from)
    }

    /// Expands a leading `~` or `~/` with the home directory.
    pub(crate) fn expand_home(&self, path: &str) -> PathBuf {
        if path == "~" {
            if let Some(h) = self.home() {
                return h;
            }
        }
        if let Some(rest) = path.strip_prefix("~/") {
            if let Some(h) = self.home() {
                return h.join(rest);
            }
        }
        PathBuf::from(path)
    }
}

impl std::fmt::Debug for Env {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Values may be secrets: show only where they come from.
        match &self.map {
            None => f.write_str("Env(process)"),
            Some(m) => write!(f, "Env({} fixed variables)", m.len()),
        }
    }
}
