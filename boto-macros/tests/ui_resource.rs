//! Compile-fail tests of `#[resource]`: every misuse is an error spanned at the offending
//! tokens. Blessed with the toolchain in `UI_TOOLCHAIN`; skipped on others (set
//! `BOTO_UI_TESTS=1` to run anyway, `TRYBUILD=overwrite` to re-bless).

const UI_TOOLCHAIN: &str = "rustc 1.95.";

fn toolchain_matches() -> bool {
    if std::env::var_os("BOTO_UI_TESTS").is_some() {
        return true;
    }
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let version = std::process::Command::new(rustc)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    version.starts_with(UI_TOOLCHAIN)
}

#[test]
fn resource_ui() {
    if !toolchain_matches() {
        eprintln!("skipping: UI expectations were blessed with {UI_TOOLCHAIN}*");
        return;
    }
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/resource/*.rs");
}
