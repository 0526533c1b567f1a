//! Compile-fail tests: every misuse of `#[derive(Shape)]` and `#[client]` is an error that
//! points at the offending tokens; the cases under `ui/pass/` compile and run. The expected
//! `.stderr` files were blessed with the toolchain named in `UI_TOOLCHAIN`; compiler
//! messages change between releases, so on any
//! other toolchain these tests are skipped (set `BOTO_UI_TESTS=1` to run them anyway,
//! `TRYBUILD=overwrite` to re-bless).

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
    if version.starts_with(UI_TOOLCHAIN) {
        true
    } else {
        eprintln!("skipping UI tests: blessed with {UI_TOOLCHAIN}x, running {version}");
        false
    }
}

#[test]
fn ui() {
    if !toolchain_matches() {
        return;
    }
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/shape/*.rs");
    t.compile_fail("tests/ui/client/*.rs");
    t.pass("tests/ui/pass/*.rs");
}
