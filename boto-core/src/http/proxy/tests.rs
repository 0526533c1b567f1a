//! Proxies against a small proxy on 127.0.0.1 in front of a stub (plain HTTP) or an HTTPS
//! server of the test CA.

use super::*;
use crate::credentials::testing::{env_with, session, Stub, TempDir};
use crate::http::test_servers::{ProxySeen, TestProxy, TlsServer, CA_PEM};
use crate::http::tls::tests::get;
use crate::ErrorKind;

fn basic(user_pass: &str) -> Option<String> {
    use base64::Engine;
    Some(format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(user_pass)
    ))
}

/// `http://user:pass@127.0.0.1:port` for the proxy at `url`.
fn with_userinfo(url: &str, userinfo: &str) -> String {
    url.replacen("http://", &format!("http://{userinfo}@"), 1)
}

#[tokio::test]
async fn https_goes_through_a_connect_tunnel() {
    let server = TlsServer::start().await;
    let proxy = TestProxy::start(false).await;
    let dir = TempDir::new();
    let via = with_userinfo(&proxy.url, "alice:p%40ss");
    let s = session(env_with(
        &dir,
        &[("HTTPS_PROXY", via.as_str()), ("AWS_CA_BUNDLE", CA_PEM)],
    ))
    .build()
    .unwrap();
    for _ in 0..3 {
        assert_eq!(get(&s, &server.url()).await.unwrap(), (200, "ok".into()));
    }
    // One tunnel: the pooled connection inside it serves every request.
    assert_eq!(
        proxy.seen(),
        vec![ProxySeen {
            line: format!("CONNECT 127.0.0.1:{} HTTP/1.1", server.port),
            auth: basic("alice:p@ss"),
        }]
    );
    assert_eq!(server.served(), 3);
    // The session's Debug shows the proxy without its credentials.
    let debug = format!("{s:?}");
    assert!(debug.contains("http://***@127.0.0.1:"), "{debug}");
    assert!(
        !debug.contains("p%40ss") && !debug.contains("alice"),
        "{debug}"
    );
}

#[tokio::test]
async fn http_goes_to_the_proxy_in_absolute_form() {
    let stub = Stub::start(|_| (200, "direct".to_string())).await;
    let proxy = TestProxy::start(false).await;
    let dir = TempDir::new();
    let via = with_userinfo(&proxy.url, "bob:secret");
    let s = session(env_with(&dir, &[("http_proxy", via.as_str())]))
        .build()
        .unwrap();
    let target = format!("{}/path?q=1", stub.url);
    for _ in 0..2 {
        assert_eq!(get(&s, &target).await.unwrap(), (200, "direct".into()));
    }
    let want = ProxySeen {
        line: format!("GET {target} HTTP/1.1"),
        auth: basic("bob:secret"),
    };
    assert_eq!(proxy.seen(), vec![want.clone(), want]);
    let seen = stub.requests();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[0].path, "/path?q=1");
    assert_eq!(seen[0].header("proxy-authorization"), None);
}

#[tokio::test]
async fn no_proxy_and_the_builder_bypass_the_proxy() {
    let stub = Stub::start(|_| (200, "direct".to_string())).await;
    let proxy = TestProxy::start(false).await;
    let dir = TempDir::new();
    let target = format!("{}/", stub.url);
    for no_proxy in ["127.0.0.1", "example.com, 127.0.0.0/8", "*"] {
        let s = session(env_with(
            &dir,
            &[("HTTP_PROXY", proxy.url.as_str()), ("NO_PROXY", no_proxy)],
        ))
        .build()
        .unwrap();
        assert_eq!(get(&s, &target).await.unwrap().0, 200, "{no_proxy}");
    }
    // The builder's setting wins over the environment, both ways.
    let s = session(env_with(&dir, &[("HTTP_PROXY", proxy.url.as_str())]))
        .proxy(ProxyConfig::disabled())
        .build()
        .unwrap();
    assert_eq!(get(&s, &target).await.unwrap().0, 200);
    assert_eq!(proxy.seen(), vec![], "nothing went through the proxy");
    assert_eq!(stub.requests().len(), 4);

    let s = session(env_with(&dir, &[("NO_PROXY", "*")]))
        .proxy(ProxyConfig::all(proxy.url.as_str()))
        .build()
        .unwrap();
    assert_eq!(get(&s, &target).await.unwrap().0, 200);
    assert_eq!(proxy.seen().len(), 1);
    // Loopback is proxied unless NO_PROXY lists it (as botocore does).
    let s = session(env_with(&dir, &[("HTTP_PROXY", proxy.url.as_str())]))
        .build()
        .unwrap();
    assert_eq!(get(&s, &target).await.unwrap().0, 200);
    assert_eq!(proxy.seen().len(), 2);
}

#[test]
fn no_proxy_matches_hosts_suffixes_and_ranges() {
    let m = ProxyConfig::all("http://proxy:3128")
        .no_proxy("example.com, .internal ,10.0.0.0/8, ::1")
        .matcher()
        .unwrap()
        .unwrap();
    let proxied = |url: &str| m.intercept(&url.parse().unwrap()).is_some();
    assert!(!proxied("https://example.com/"));
    assert!(!proxied("https://s3.example.com/"));
    assert!(proxied("https://notexample.com/"));
    assert!(!proxied("http://a.b.internal:8080/"));
    assert!(!proxied("http://10.1.2.3/"));
    assert!(proxied("http://11.1.2.3/"));
    assert!(!proxied("http://[::1]:5000/"));
    assert!(proxied("https://sts.us-east-1.amazonaws.com/"));
    // `*` bypasses names and addresses alike.
    let all = ProxyConfig::all("http://proxy:3128").no_proxy("a.com, *");
    assert!(all.matcher().unwrap().is_none());
}

#[tokio::test]
async fn a_proxy_that_refuses_connect_is_a_clear_error() {
    let server = TlsServer::start().await;
    let proxy = TestProxy::start(true).await;
    let dir = TempDir::new();
    let via = with_userinfo(&proxy.url, "carol:hunter2");
    let s = session(env_with(
        &dir,
        &[("HTTPS_PROXY", via.as_str()), ("AWS_CA_BUNDLE", CA_PEM)],
    ))
    .build()
    .unwrap();
    let err = get(&s, &server.url()).await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::Transport, "{err}");
    let text = err.to_string();
    let at = proxy.url.trim_start_matches("http://");
    assert!(
        text.contains(&format!(
            "the proxy {at} did not open a tunnel to 127.0.0.1:{}",
            server.port
        )),
        "{text}"
    );
    assert!(!text.contains("hunter2") && !format!("{err:?}").contains("hunter2"));
    assert_eq!(proxy.seen().len(), 1);
    assert_eq!(server.served(), 0);
}

#[test]
fn bad_proxy_urls_are_configuration_errors() {
    let dir = TempDir::new();
    for (url, want) in [
        ("socks5://127.0.0.1:1080", "the scheme must be http://"),
        ("https://127.0.0.1:3128", "TLS to the proxy"),
        ("http://", "not a URL"),
        ("http://user:hunter2@exa mple:1", "not a URL"),
    ] {
        let err = session(env_with(&dir, &[("HTTPS_PROXY", url)]))
            .build()
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Config, "{url}: {err}");
        let text = err.to_string();
        assert!(text.contains(want), "{url}: {text}");
        assert!(!text.contains("hunter2"), "{text}");
    }
    // A plain host:port is an http:// proxy, as curl and botocore take it.
    assert!(ProxyConfig::all("127.0.0.1:3128").matcher().is_ok());
}

#[tokio::test]
async fn a_signed_sts_call_reaches_moto_through_the_proxy() {
    let Some(moto) = testkit::MotoServer::start_or_skip() else {
        return;
    };
    let proxy = TestProxy::start(false).await;
    let dir = TempDir::new();
    dir.write(
        "config",
        "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/moto-role\nsource_profile = base\n\
         [profile base]\naws_access_key_id = testing\naws_secret_access_key = testing\n",
    );
    let s = session(env_with(&dir, &[("HTTP_PROXY", proxy.url.as_str())]))
        .profile("role")
        .region("us-east-1")
        .endpoint_url(moto.endpoint())
        .build()
        .unwrap();
    let c = s.credentials().await.unwrap();
    assert_ne!(c.access_key_id(), "testing");
    assert!(c.session_token().is_some());
    let endpoint = moto.endpoint().trim_end_matches('/').to_string();
    assert_eq!(
        proxy.seen(),
        vec![ProxySeen {
            line: format!("POST {endpoint}/ HTTP/1.1"),
            auth: None,
        }]
    );
}
