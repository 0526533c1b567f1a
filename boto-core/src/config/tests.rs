//! Profile-file parsing against the shared conformance files (botocore's own fixtures and
//! expectations) and the configured-endpoint-URL suite.

use super::endpoint::{configured_endpoint_url, EndpointOverrides};
use super::*;
use crate::error::ErrorKind;

/// `shared/conformance/config` beside the repository.
fn conformance_dir() -> std::path::PathBuf {
    testkit::conformance_dir(env!("CARGO_MANIFEST_DIR"), "config")
}

fn fixture(name: &str) -> Vec<u8> {
    let path = conformance_dir().join("profiles").join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

fn config(name: &str) -> Result<ProfileSet, crate::Error> {
    ProfileSet::parse(Some((&fixture(name), name)), None)
}

fn credentials(name: &str) -> Result<ProfileSet, crate::Error> {
    ProfileSet::parse(None, Some((&fixture(name), name)))
}

fn get<'a>(set: &'a ProfileSet, profile: &str, key: &str) -> Option<&'a str> {
    set.profile(profile)?.get(key)
}

#[test]
fn aws_config_profiles() {
    for (file, default_key, default_secret) in [
        ("aws_config", "foo", "bar"),
        ("aws_config_other", "other_foo", "other_bar"),
    ] {
        let set = config(file).unwrap();
        assert_eq!(set.profile_names(), ["default", "personal"]);
        assert_eq!(get(&set, "default", "aws_access_key_id"), Some(default_key));
        assert_eq!(
            get(&set, "default", "aws_secret_access_key"),
            Some(default_secret)
        );
        assert_eq!(get(&set, "personal", "aws_access_key_id"), Some("fie"));
        assert_eq!(get(&set, "personal", "aws_secret_access_key"), Some("baz"));
        assert_eq!(get(&set, "personal", "aws_security_token"), Some("fiebaz"));
    }
    let set = config("aws_third_config").unwrap();
    assert_eq!(
        get(&set, "third", "aws_security_token"),
        Some("third_fiebaz")
    );
    assert_eq!(get(&set, "default", "aws_access_key_id"), Some("third_foo"));
    let set = config("foo_config").unwrap();
    assert_eq!(get(&set, "default", "foo_region"), Some("us-west-1"));
    assert_eq!(get(&set, "foo", "aws_access_key_id"), Some("fie"));
    let set = config("aws_config_nocreds").unwrap();
    assert_eq!(get(&set, "default", "region"), Some("us-west-2"));
    assert_eq!(get(&set, "default", "aws_access_key_id"), None);
}

#[test]
fn bad_profile_headers_are_ignored() {
    // botocore: `[profile "a" "b"]` and an unterminated quote are skipped; quotes and
    // spaces are fine.
    let set = config("aws_bad_profile").unwrap();
    assert_eq!(set.profile_names(), ["default", "my profile", "personal1"]);
    assert_eq!(
        get(&set, "personal1", "aws_access_key_id"),
        Some("access_personal1")
    );
    assert_eq!(
        get(&set, "my profile", "aws_secret_access_key"),
        Some("default")
    );
}

#[test]
fn nested_properties() {
    let set = config("aws_config_nested").unwrap();
    let p = set.profile("default").unwrap();
    let s3 = p.nested("s3").unwrap();
    assert_eq!(
        s3.get("signature_version").map(String::as_str),
        Some("s3v4")
    );
    assert_eq!(s3.get("addressing_style").map(String::as_str), Some("path"));
    assert_eq!(s3.len(), 2);
    let cw = p.nested("cloudwatch").unwrap();
    assert_eq!(cw.get("signature_version").map(String::as_str), Some("v4"));
    assert_eq!(p.get("region"), Some("us-west-2"));
    assert_eq!(p.get("s3"), None, "a nested block is not a plain value");
}

#[test]
fn services_and_sso_sessions() {
    let set = config("aws_services_config").unwrap();
    assert_eq!(
        get(&set, "default", "endpoint_url"),
        Some("https://localhost:1234/")
    );
    assert_eq!(get(&set, "default", "services"), Some("my-services"));
    let svc = set.services("my-services").unwrap();
    assert_eq!(
        svc.nested("s3")
            .unwrap()
            .get("endpoint_url")
            .map(String::as_str),
        Some("https://localhost:5678/")
    );
    assert_eq!(
        svc.nested("dynamodb")
            .unwrap()
            .get("endpoint_url")
            .map(String::as_str),
        Some("https://localhost:8888/")
    );
    assert_eq!(set.profile_names(), ["default"]);

    let set = config("aws_sso_session_config").unwrap();
    assert_eq!(get(&set, "default", "sso_session"), Some("sso"));
    let sso = set.sso_session("sso").unwrap();
    assert_eq!(sso.get("sso_start_url"), Some("https://example.com"));
    assert_eq!(sso.get("sso_region"), Some("us-east-1"));
}

#[test]
fn bare_sections_in_config_are_not_profiles_but_are_in_credentials() {
    let set = config("boto_config").unwrap();
    assert!(set.profile_names().is_empty());
    let set = credentials("boto_config").unwrap();
    assert_eq!(get(&set, "Credentials", "aws_access_key_id"), Some("foo"));
    let set = credentials("boto_config_empty").unwrap();
    assert_eq!(
        set.profile("Credentials").map(|p| p.keys().count()),
        Some(0)
    );
}

#[test]
fn bad_files_are_config_errors_naming_file_and_line() {
    for (file, line) in [
        ("aws_config_bad", 1),
        ("aws_config_nested_bad", 5),
        ("aws_credentials", 1),
        ("aws_config_badbytes", 1),
    ] {
        let err = config(file).expect_err(file);
        assert_eq!(err.kind(), ErrorKind::Config, "{file}");
        let msg = err.to_string();
        assert!(msg.contains(file), "{msg}");
        assert!(msg.contains(&format!("line {line}:")), "{file}: {msg}");
    }
    // The offending text (possibly a secret) is never echoed.
    let err = ProfileSet::parse(Some((b"[default]\nAKIDSECRETVALUE\n", "c")), None).unwrap_err();
    assert!(!err.to_string().contains("AKIDSECRETVALUE"), "{err}");
    assert!(err.to_string().contains("line 2"), "{err}");
    let err = ProfileSet::parse(Some((b"[default]\n[profile x\n", "c")), None).unwrap_err();
    assert!(
        err.to_string().contains("unterminated section header"),
        "{err}"
    );
    let err = ProfileSet::parse(None, Some((b"[a]\nk = 1\n\xff\n", "creds"))).unwrap_err();
    assert!(err.to_string().contains("creds: line 3"), "{err}");
}

#[test]
fn comments_continuations_and_credentials_override() {
    let cfg = b"# top\n[default]\nregion = us-east-1 # inline\nendpoint_url = http://h/#frag\n\
        ; full line\n[profile dev]\nregion=eu-west-1;no-space-so-kept\nnote = first\n  second\n\
        [x]\nregion = ignored\n";
    let creds = b"[dev]\naws_access_key_id = AK\nregion = ap-south-1\n[other]\nk = v\n";
    let set = ProfileSet::parse(Some((cfg, "config")), Some((creds, "credentials"))).unwrap();
    assert_eq!(get(&set, "default", "region"), Some("us-east-1"));
    assert_eq!(get(&set, "default", "endpoint_url"), Some("http://h/#frag"));
    assert_eq!(
        get(&set, "dev", "region"),
        Some("ap-south-1"),
        "credentials file wins"
    );
    assert_eq!(get(&set, "dev", "note"), Some("first\nsecond"));
    assert_eq!(get(&set, "dev", "aws_access_key_id"), Some("AK"));
    assert_eq!(set.profile_names(), ["default", "dev", "other"]);
    assert!(set.profile("x").is_none());
    let dbg = format!("{set:?}{:?}", set.profile("dev").unwrap());
    assert!(!dbg.contains("AK\""), "{dbg}");
}

#[test]
fn missing_files_are_empty() {
    let dir = std::env::temp_dir().join(format!("boto-core-missing-{}", std::process::id()));
    let env = Env::from_map([
        (
            "AWS_CONFIG_FILE",
            dir.join("nope-config").display().to_string(),
        ),
        (
            "AWS_SHARED_CREDENTIALS_FILE",
            dir.join("nope-creds").display().to_string(),
        ),
    ]);
    assert_eq!(ProfileSet::load(&env).unwrap(), ProfileSet::default());
}

#[test]
fn shell_words() {
    assert_eq!(
        split_words(r#"profile "my profile""#).unwrap(),
        ["profile", "my profile"]
    );
    assert_eq!(split_words("a 'b c' d\\ e").unwrap(), ["a", "b c", "d e"]);
    assert!(split_words(r#"profile "open"#).is_none());
}

/// Renders the suite's JSON profiles and services as a config file, so the parser is on
/// the path too.
fn render_config(suite: &serde_json::Value) -> String {
    let mut out = String::new();
    for (name, props) in suite["profiles"].as_object().unwrap() {
        if name == "default" {
            out.push_str("[default]\n");
        } else {
            out.push_str(&format!("[profile {name}]\n"));
        }
        for (k, v) in props.as_object().unwrap() {
            out.push_str(&format!("{k} = {}\n", v.as_str().unwrap()));
        }
    }
    for (name, services) in suite["services"].as_object().unwrap() {
        out.push_str(&format!("[services {name}]\n"));
        for (svc, props) in services.as_object().unwrap() {
            out.push_str(&format!("{svc} =\n"));
            for (k, v) in props.as_object().unwrap() {
                out.push_str(&format!("  {k} = {}\n", v.as_str().unwrap()));
            }
        }
    }
    out
}

#[test]
fn configured_endpoint_urls_suite() {
    let path = conformance_dir().join("configured-endpoint-urls-profile-tests.json");
    let text = std::fs::read_to_string(&path).expect("endpoint suite");
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let (mut passed, mut failed) = (0, Vec::new());
    for suite in doc["testSuites"].as_array().unwrap() {
        let ini = render_config(suite);
        let set = ProfileSet::parse(Some((ini.as_bytes(), "suite-config")), None).unwrap();
        for case in suite["endpointUrlTests"].as_array().unwrap() {
            let name = case["name"].as_str().unwrap();
            let profile = set.profile(case["profile"].as_str().unwrap());
            assert!(profile.is_some(), "{name}: profile missing");
            let client = &suite["client_configs"][case["client_config"].as_str().unwrap()];
            let env_vars = suite["environments"][case["environment"].as_str().unwrap()]
                .as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
                .collect::<Vec<_>>();
            let env = Env::from_map(env_vars);
            let overrides = EndpointOverrides {
                endpoint_url: client["endpoint_url"].as_str(),
                ignore_configured: client["ignore_configured_endpoint_urls"].as_bool(),
            };
            let service = case["service"].as_str().unwrap();
            let got = configured_endpoint_url(&overrides, &env, &set, profile, service)
                .unwrap_or_else(|| {
                    // Nothing configured: the service's default AWS endpoint.
                    let region = profile.and_then(|p| p.get("region")).unwrap_or("us-east-1");
                    format!("https://{service}.{region}.amazonaws.com")
                });
            let want = case["output"]["endpointUrl"].as_str().unwrap();
            if got == want {
                passed += 1;
            } else {
                failed.push(format!("{name}: got {got}, want {want}"));
            }
        }
    }
    println!(
        "configured endpoint URLs: {passed} passed, {} failed",
        failed.len()
    );
    assert!(passed > 30, "suite too small: {passed}");
    assert!(failed.is_empty(), "failures:\n{}", failed.join("\n"));
}
