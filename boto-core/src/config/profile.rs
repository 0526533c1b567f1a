//! The shared profile files, parsed the way botocore parses them.
//!
//! Both files are INI: `[section]` headers, `key = value` (or `key: value`) properties,
//! full-line comments starting with `#` or `;`, inline comments only after whitespace, and
//! indented continuation lines. A property whose value is empty and continues on indented
//! `key = value` lines is a nested property (`s3 =\n  addressing_style = path`).
//!
//! In the config file, `[default]` and `[profile name]` are profiles (a bare `[name]` other
//! than `default` is ignored), `[sso-session name]` and `[services name]` are their own
//! sections. In the credentials file every `[name]` is a profile. Credentials-file values
//! override config-file values of the same profile; a missing file is an empty one.

use super::Env;
use crate::error::{Error, Result};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;

/// A property value: a plain string, or a nested block of sub-properties.
#[derive(Clone, PartialEq, Eq)]
pub enum Property {
    /// `key = value` (continuation lines are joined with `\n`).
    Value(String),
    /// `key =` followed by indented `sub = value` lines.
    Nested(BTreeMap<String, String>),
}

/// One section's properties (a profile, an sso-session or a services section).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Profile {
    props: BTreeMap<String, Property>,
}

impl Profile {
    /// A plain property (`None` when absent or nested).
    pub fn get(&self, key: &str) -> Option<&str> {
        match self.props.get(key)? {
            Property::Value(v) => Some(v),
            Property::Nested(_) => None,
        }
    }
    /// A nested property block (`s3 =\n  addressing_style = path`).
    pub fn nested(&self, key: &str) -> Option<&BTreeMap<String, String>> {
        match self.props.get(key)? {
            Property::Nested(m) => Some(m),
            Property::Value(_) => None,
        }
    }
    /// Every property, by key.
    pub fn properties(&self) -> &BTreeMap<String, Property> {
        &self.props
    }
    /// Property keys in order (no values: they may be secrets).
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.props.keys().map(String::as_str)
    }
}

impl fmt::Debug for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Keys only: values include secret keys and tokens.
        f.debug_set().entries(self.props.keys()).finish()
    }
}

/// The parsed profile files: profiles, sso-sessions and services sections.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ProfileSet {
    profiles: BTreeMap<String, Profile>,
    sso_sessions: BTreeMap<String, Profile>,
    services: BTreeMap<String, Profile>,
}

impl fmt::Debug for ProfileSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProfileSet")
            .field("profiles", &self.profiles.keys().collect::<Vec<_>>())
            .field(
                "sso_sessions",
                &self.sso_sessions.keys().collect::<Vec<_>>(),
            )
            .field("services", &self.services.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl ProfileSet {
    /// Parses a config file and a credentials file (either may be `None`: missing).
    /// `*_name` names the file in error messages.
    pub fn parse(
        config: Option<(&[u8], &str)>,
        credentials: Option<(&[u8], &str)>,
    ) -> Result<ProfileSet> {
        let mut set = ProfileSet::default();
        if let Some((bytes, name)) = config {
            for (section, profile) in parse_ini(bytes, name)? {
                let words = split_words(&section);
                let named = |kw: &str| match &words {
                    Some(w) if w.len() == 2 && w[0] == kw => Some(w[1].clone()),
                    _ => None,
                };
                if section == "default" {
                    set.profiles.insert(section, profile);
                } else if let Some(n) = named("profile") {
                    set.profiles.insert(n, profile);
                } else if let Some(n) = named("sso-session") {
                    set.sso_sessions.insert(n, profile);
                } else if let Some(n) = named("services") {
                    set.services.insert(n, profile);
                }
                // Anything else (a bare `[name]`, a malformed header) is ignored.
            }
        }
        if let Some((bytes, name)) = credentials {
            for (section, profile) in parse_ini(bytes, name)? {
                let entry = set.profiles.entry(section).or_default();
                entry.props.extend(profile.props);
            }
        }
        Ok(set)
    }

    /// Reads the files named by `AWS_CONFIG_FILE` / `AWS_SHARED_CREDENTIALS_FILE` (default
    /// `~/.aws/config` and `~/.aws/credentials`); a missing file is empty.
    pub(crate) fn load(env: &Env) -> Result<ProfileSet> {
        let config = env
            .get("AWS_CONFIG_FILE")
            .map(|p| env.expand_home(&p))
            .or_else(|| env.home().map(|h| h.join(".aws").join("config")));
        let creds = env
            .get("AWS_SHARED_CREDENTIALS_FILE")
            .map(|p| env.expand_home(&p))
            .or_else(|| env.home().map(|h| h.join(".aws").join("credentials")));
        let config_bytes = config.as_deref().map(read_optional).transpose()?.flatten();
        let creds_bytes = creds.as_deref().map(read_optional).transpose()?.flatten();
        let config_name = config.map(|p| p.display().to_string()).unwrap_or_default();
        let creds_name = creds.map(|p| p.display().to_string()).unwrap_or_default();
        ProfileSet::parse(
            config_bytes.as_deref().map(|b| (b, config_name.as_str())),
            creds_bytes.as_deref().map(|b| (b, creds_name.as_str())),
        )
    }

    /// A profile by name.
    pub fn profile(&self, name: &str) -> Option<&Profile> {
        self.profiles.get(name)
    }
    /// An `[sso-session name]` section.
    pub fn sso_session(&self, name: &str) -> Option<&Profile> {
        self.sso_sessions.get(name)
    }
    /// A `[services name]` section.
    pub fn services(&self, name: &str) -> Option<&Profile> {
        self.services.get(name)
    }
    /// Every profile name, sorted.
    pub fn profile_names(&self) -> Vec<String> {
        self.profiles.keys().cloned().collect()
    }
}

fn read_optional(path: &Path) -> Result<Option<Vec<u8>>> {
    match std::fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) if path.is_dir() => Err(Error::config(format!(
            "profile file {}: is a directory ({e})",
            path.display()
        ))),
        Err(e) => Err(
            Error::config(format!("profile file {} could not be read", path.display()))
                .with_source(e),
        ),
    }
}

/// Splits words like a POSIX shell (`shlex.split`): whitespace separates, single and double
/// quotes group, backslash escapes. `None` for an unterminated quote.
pub(crate) fn split_words(s: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next()? {
                        '\'' => break,
                        c => cur.push(c),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next()? {
                        '"' => break,
                        '\\' => match chars.next()? {
                            c @ ('"' | '\\' | '$' | '`') => cur.push(c),
                            c => {
                                cur.push('\\');
                                cur.push(c);
                            }
                        },
                        c => cur.push(c),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(c) = chars.next() {
                    cur.push(c);
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    Some(words)
}

fn bad_line(file: &str, line: usize, what: &str) -> Error {
    // The line's text is never quoted: it may hold a secret.
    Error::config(format!("profile file {file}: line {line}: {what}"))
}

/// Strips an inline comment: `#` or `;` preceded by whitespace.
fn strip_inline_comment(s: &str) -> &str {
    let bytes = s.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if (*b == b'#' || *b == b';') && i > 0 && bytes[i - 1].is_ascii_whitespace() {
            return s[..i].trim_end();
        }
    }
    s
}

struct Pending {
    key: String,
    indent: usize,
    value: String,
    /// Nested sub-properties, when the value on the key's own line was empty.
    nested: Option<BTreeMap<String, String>>,
    line: usize,
}

/// Parses INI text into `(section header, properties)` in file order.
fn parse_ini(bytes: &[u8], file: &str) -> Result<Vec<(String, Profile)>> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = 1 + bytes[..e.valid_up_to()]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        bad_line(file, line, "not valid UTF-8")
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut sections: Vec<(String, Profile)> = Vec::new();
    let mut pending: Option<Pending> = None;

    fn finish(sections: &mut [(String, Profile)], p: Pending, file: &str) -> Result<()> {
        let Some((_, profile)) = sections.last_mut() else {
            return Err(bad_line(file, p.line, "property outside a section"));
        };
        let value = match p.nested {
            Some(m) if p.value.is_empty() => Property::Nested(m),
            _ => Property::Value(p.value),
        };
        if profile.props.insert(p.key, value).is_some() {
            return Err(bad_line(file, p.line, "duplicate property in section"));
        }
        Ok(())
    }

    for (idx, raw) in text.split('\n').enumerate() {
        let line_no = idx + 1;
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with(';') {
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        let content = strip_inline_comment(trimmed);

        // An indented line under a property continues it.
        if let Some(p) = pending.as_mut() {
            if indent > p.indent {
                if p.value.is_empty() {
                    let (k, v) = content.split_once('=').ok_or_else(|| {
                        bad_line(file, line_no, "expected `key = value` in a nested block")
                    })?;
                    let k = k.trim();
                    if k.is_empty() {
                        return Err(bad_line(file, line_no, "empty key in a nested block"));
                    }
                    p.nested
                        .get_or_insert_with(BTreeMap::new)
                        .insert(k.to_ascii_lowercase(), v.trim().to_string());
                } else {
                    p.value.push('\n');
                    p.value.push_str(content);
                }
                continue;
            }
        }
        if let Some(p) = pending.take() {
            finish(&mut sections, p, file)?;
        }

        if let Some(rest) = content.strip_prefix('[') {
            let Some(end) = rest.rfind(']') else {
                return Err(bad_line(file, line_no, "unterminated section header"));
            };
            if !rest[end + 1..].trim().is_empty() {
                return Err(bad_line(file, line_no, "text after a section header"));
            }
            let name = rest[..end].trim();
            if name.is_empty() {
                return Err(bad_line(file, line_no, "empty section name"));
            }
            if sections.iter().any(|(n, _)| n == name) {
                return Err(bad_line(file, line_no, "duplicate section"));
            }
            sections.push((name.to_string(), Profile::default()));
            continue;
        }

        let delim = content.find(['=', ':']);
        let Some(at) = delim else {
            return Err(bad_line(
                file,
                line_no,
                "expected a [section], `key = value` or an indented continuation",
            ));
        };
        let key = content[..at].trim();
        if key.is_empty() {
            return Err(bad_line(file, line_no, "empty property name"));
        }
        if sections.is_empty() {
            return Err(bad_line(file, line_no, "property outside a section"));
        }
        pending = Some(Pending {
            key: key.to_ascii_lowercase(),
            indent,
            value: content[at + 1..].trim().to_string(),
            nested: None,
            line: line_no,
        });
    }
    if let Some(p) = pending.take() {
        finish(&mut sections, p, file)?;
    }
    Ok(sections)
}
