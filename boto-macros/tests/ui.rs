//! Compile-fail tests: every misuse of `#[derive(Shape)]`, `#[client]` and `#[resource]` is
//! an error that points at the offending tokens; the cases under `ui/pass/` compile and run.
//!
//! The expected `.stderr` files belong to the toolchain pinned in the workspace's
//! `rust-toolchain.toml`: compiler messages change between releases. On any other toolchain
//! the suite is skipped, unless `BOTO_UI_TESTS=1` runs it anyway; under `CI=true` the
//! mismatch is a failure, never a skip. `TRYBUILD=overwrite` re-blesses.

/// The workspace's toolchain pin, relative to this crate.
const TOOLCHAIN_FILE: &str = "../rust-toolchain.toml";

/// The `channel = "..."` of a `rust-toolchain.toml`.
fn pinned_channel(toml: &str) -> Option<&str> {
    toml.lines().find_map(|line| {
        let (key, value) = line.split_once('=')?;
        (key.trim() == "channel").then(|| value.trim().trim_matches('"'))
    })
}

/// Whether the suite runs (`Ok(true)`), is skipped (`Ok(false)`), or must fail (`Err`),
/// given `BOTO_UI_TESTS`, whether this is CI, the pinned channel and `rustc --version`.
fn decide(force: Option<&str>, ci: bool, pinned: &str, version: &str) -> Result<bool, String> {
    if force == Some("1") {
        return Ok(true);
    }
    let running = version
        .strip_prefix("rustc ")
        .and_then(|v| v.split_whitespace().next());
    if running == Some(pinned) {
        return Ok(true);
    }
    let why = format!(
        "the UI expectations were blessed with rustc {pinned} (rust-toolchain.toml), \
         but the compiler is {:?}",
        version.trim()
    );
    if ci {
        Err(format!(
            "{why}: under CI=true the UI suite must run. Use the pinned toolchain \
             (rustup selects it inside the repository), or set BOTO_UI_TESTS=1 to compare \
             against this compiler's messages"
        ))
    } else {
        eprintln!("skipping the UI tests: {why} (BOTO_UI_TESTS=1 runs them anyway)");
        Ok(false)
    }
}

fn toolchain_file() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(TOOLCHAIN_FILE)
}

fn should_run() -> bool {
    let path = toolchain_file();
    let toml = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let pinned =
        pinned_channel(&toml).unwrap_or_else(|| panic!("{} names no channel", path.display()));
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let version = std::process::Command::new(&rustc)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_else(|e| format!("unknown ({rustc} --version failed: {e})"));
    let force = std::env::var("BOTO_UI_TESTS").ok();
    decide(force.as_deref(), testkit::in_ci(), pinned, &version).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn ui() {
    if !should_run() {
        return;
    }
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/shape/*.rs");
    t.compile_fail("tests/ui/client/*.rs");
    t.compile_fail("tests/ui/resource/*.rs");
    t.pass("tests/ui/pass/*.rs");
}

#[test]
fn the_toolchain_check_runs_skips_or_fails() {
    let pinned = "1.95.0";
    let same = "rustc 1.95.0 (59807616e 2026-04-14)\n";
    let other = "rustc 1.96.0-nightly (0123456789 2026-05-01)\n";
    // The pinned compiler runs the suite, in CI or not.
    assert_eq!(decide(None, false, pinned, same), Ok(true));
    assert_eq!(decide(None, true, pinned, same), Ok(true));
    // A prefix is not a match: 1.95.0 is not 1.95.01 nor 1.95.
    assert_eq!(decide(None, false, pinned, "rustc 1.95.01 (x)"), Ok(false));
    assert_eq!(decide(None, false, "1.95", same), Ok(false));
    // Another compiler: skipped locally, a failure naming both versions under CI.
    assert_eq!(decide(None, false, pinned, other), Ok(false));
    let err = decide(None, true, pinned, other).unwrap_err();
    assert!(
        err.contains("rustc 1.95.0") && err.contains("1.96.0-nightly"),
        "{err}"
    );
    assert!(decide(None, true, pinned, "").is_err());
    // Only BOTO_UI_TESTS=1 forces the suite on; 0 or anything else does not.
    assert_eq!(decide(Some("1"), true, pinned, other), Ok(true));
    assert_eq!(decide(Some("0"), false, pinned, other), Ok(false));
    assert_eq!(decide(Some("yes"), false, pinned, other), Ok(false));
    assert!(decide(Some("0"), true, pinned, other).is_err());

    assert_eq!(
        pinned_channel("[toolchain]\nchannel = \"1.95.0\"\n"),
        Some("1.95.0")
    );
    assert_eq!(pinned_channel("[toolchain]\ncomponents = []\n"), None);
    // The pin is an exact release: a channel like "stable" never matches `rustc --version`.
    let ours = std::fs::read_to_string(toolchain_file()).unwrap();
    let pin = pinned_channel(&ours).expect("a channel");
    let parts: Vec<_> = pin.split('.').collect();
    assert!(
        parts.len() == 3 && parts.iter().all(|p| p.parse::<u32>().is_ok()),
        "{pin} is not an exact release"
    );
}
