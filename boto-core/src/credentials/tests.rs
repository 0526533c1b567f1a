//! `Credentials` and the JSON documents of the process, container and IMDS providers.

use super::*;

#[test]
fn json_credentials_errors_never_echo_the_body() {
    let err = from_json(
        b"{\"AccessKeyId\":\"AK\",\"SecretAccessKey\":\"TOPSECRET\",\"Expiration\":\"soon\"}",
        "x",
    )
    .unwrap_err();
    assert!(!err.to_string().contains("TOPSECRET"), "{err}");
    assert!(from_json(b"{\"AccessKeyId\":\"AK\"}", "x").is_err());
    assert!(from_json(b"[1,2", "x").is_err());
}
