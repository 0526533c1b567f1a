//! HTTP proxies of the default transport: `https://` requests through a `CONNECT` tunnel,
//! `http://` requests in absolute form, both with basic auth from the proxy URL's userinfo.
//!
//! The session reads `HTTPS_PROXY` / `https_proxy`, `HTTP_PROXY` / `http_proxy` and
//! `NO_PROXY` / `no_proxy` (a comma list: a host matches an entry equal to it or ending in
//! `.entry`, IP addresses and CIDR ranges match addresses, `*` matches every host), unless
//! [`SessionBuilder::proxy`](crate::SessionBuilder::proxy) says otherwise. As in botocore,
//! loopback addresses are not bypassed unless `NO_PROXY` lists them.

use crate::error::{Error, Result};
use hyper_util::client::legacy::connect::proxy::Tunnel;
use hyper_util::client::legacy::connect::{Connected, Connection, HttpConnector};
use hyper_util::client::proxy::matcher::{Intercept, Matcher};
use hyper_util::rt::TokioIo;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use tokio::net::TcpStream;
use tower_service::Service;

#[cfg(test)]
mod tests;

/// Which proxies the default transport uses. Default: none. `Debug` never shows the
/// credentials of a proxy URL.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct ProxyConfig {
    http: Option<String>,
    https: Option<String>,
    no_proxy: Option<String>,
}

impl ProxyConfig {
    /// No proxy at all.
    pub fn disabled() -> ProxyConfig {
        ProxyConfig::default()
    }
    /// `url` (`http://[user:password@]host:port`) for both `http://` and `https://`
    /// requests.
    pub fn all(url: impl Into<String>) -> ProxyConfig {
        let url = url.into();
        ProxyConfig {
            http: Some(url.clone()),
            https: Some(url),
            no_proxy: None,
        }
    }
    /// The proxy of `http://` requests.
    pub fn http(mut self, url: impl Into<String>) -> ProxyConfig {
        self.http = Some(url.into());
        self
    }
    /// The proxy of `https://` requests (reached with `CONNECT`).
    pub fn https(mut self, url: impl Into<String>) -> ProxyConfig {
        self.https = Some(url.into());
        self
    }
    /// Hosts reached directly, as in `NO_PROXY`: `example.com, .internal, 10.0.0.0/8, *`.
    pub fn no_proxy(mut self, hosts: impl Into<String>) -> ProxyConfig {
        self.no_proxy = Some(hosts.into());
        self
    }
    /// Whether any proxy is set.
    pub fn is_enabled(&self) -> bool {
        self.http.is_some() || self.https.is_some()
    }

    /// From the environment variables, as botocore (through requests) reads them.
    pub(crate) fn from_env(env: &crate::config::Env) -> ProxyConfig {
        ProxyConfig {
            http: env.first(&["HTTP_PROXY", "http_proxy"]),
            https: env.first(&["HTTPS_PROXY", "https_proxy"]),
            no_proxy: env.first(&["NO_PROXY", "no_proxy"]),
        }
    }

    /// The matcher, or an error naming the bad proxy URL (without its userinfo).
    pub(crate) fn matcher(&self) -> Result<Option<Arc<Matcher>>> {
        // `*` bypasses every host; hyper-util's matcher applies it to names only, not to IP
        // addresses.
        let bypass_all = self
            .no_proxy
            .as_deref()
            .is_some_and(|n| n.split(',').any(|e| e.trim() == "*"));
        if !self.is_enabled() || bypass_all {
            for u in [&self.http, &self.https].into_iter().flatten() {
                check_url(u)?;
            }
            return Ok(None);
        }
        let mut b = Matcher::builder();
        if let Some(u) = &self.http {
            check_url(u)?;
            b = b.http(u.as_str());
        }
        if let Some(u) = &self.https {
            check_url(u)?;
            b = b.https(u.as_str());
        }
        if let Some(n) = &self.no_proxy {
            b = b.no(n.as_str());
        }
        Ok(Some(Arc::new(b.build())))
    }
}

/// A proxy URL with any userinfo replaced by `***`.
fn redact(url: &str) -> String {
    match url.rsplit_once('@') {
        Some((head, host)) => match head.split_once("://") {
            Some((scheme, _)) => format!("{scheme}://***@{host}"),
            None => format!("***@{host}"),
        },
        None => url.to_string(),
    }
}

/// A proxy URL must be `http://host[:port]` (or `host:port`, taken as `http://`).
fn check_url(url: &str) -> Result<()> {
    let bad = |why: &str| Error::config(format!("bad proxy URL {}: {why}", redact(url)));
    let uri: http::Uri = url.trim().parse().map_err(|_| bad("not a URL"))?;
    match uri.scheme_str() {
        None | Some("http") => {}
        Some("https") => return Err(bad("TLS to the proxy (https://) is not supported")),
        Some(_) => return Err(bad("the scheme must be http://")),
    }
    match uri.authority() {
        Some(a) if !a.host().is_empty() => Ok(()),
        _ => Err(bad("no host")),
    }
}

impl fmt::Debug for ProxyConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ProxyConfig")
            .field("http", &self.http.as_deref().map(redact))
            .field("https", &self.https.as_deref().map(redact))
            .field("no_proxy", &self.no_proxy)
            .finish()
    }
}

/// The `Proxy-Authorization` of an `http://` request sent through a proxy.
pub(crate) fn forward_auth(
    matcher: Option<&Matcher>,
    uri: &http::Uri,
) -> Option<http::HeaderValue> {
    if uri.scheme() != Some(&http::uri::Scheme::HTTP) {
        return None;
    }
    matcher?.intercept(uri)?.basic_auth().cloned()
}

/// The TCP connector under TLS: straight to the host, through a `CONNECT` tunnel
/// (`https://` behind a proxy), or to the proxy itself (`http://` behind a proxy, so hyper
/// writes the request in absolute form).
#[derive(Clone)]
pub(crate) struct ProxyConnector {
    tcp: HttpConnector,
    matcher: Option<Arc<Matcher>>,
}

impl ProxyConnector {
    pub(crate) fn new(tcp: HttpConnector, matcher: Option<Arc<Matcher>>) -> ProxyConnector {
        ProxyConnector { tcp, matcher }
    }
}

type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// A proxy failure, with the proxy's address and never its credentials.
#[derive(Debug)]
struct ProxyError {
    message: String,
    source: Option<BoxError>,
}

impl fmt::Display for ProxyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ProxyError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

fn proxy_authority(i: &Intercept) -> String {
    i.uri()
        .authority()
        .map(|a| a.to_string())
        .unwrap_or_default()
}

impl Service<http::Uri> for ProxyConnector {
    type Response = ProxyStream;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = std::result::Result<ProxyStream, BoxError>> + Send>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<std::result::Result<(), BoxError>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, dst: http::Uri) -> Self::Future {
        let mut tcp = self.tcp.clone();
        let intercept = self.matcher.as_ref().and_then(|m| m.intercept(&dst));
        Box::pin(async move {
            let Some(proxy) = intercept else {
                let io = tcp.call(dst).await?;
                return Ok(ProxyStream { io, proxied: false });
            };
            let at = proxy_authority(&proxy);
            if dst.scheme() == Some(&http::uri::Scheme::HTTPS) {
                let target = format!(
                    "{}:{}",
                    dst.host().unwrap_or(""),
                    dst.port_u16().unwrap_or(443)
                );
                let mut tunnel = Tunnel::new(proxy.uri().clone(), tcp);
                if let Some(auth) = proxy.basic_auth() {
                    tunnel = tunnel.with_auth(auth.clone());
                }
                let io = tunnel.call(dst).await.map_err(|e| ProxyError {
                    message: format!("the proxy {at} did not open a tunnel to {target} ({e})"),
                    source: Some(Box::new(e)),
                })?;
                Ok(ProxyStream { io, proxied: false })
            } else {
                let io = tcp
                    .call(proxy.uri().clone())
                    .await
                    .map_err(|e| ProxyError {
                        message: format!("cannot connect to the proxy {at}"),
                        source: Some(Box::new(e)),
                    })?;
                Ok(ProxyStream { io, proxied: true })
            }
        })
    }
}

/// A TCP connection, to the host or through a proxy.
pub(crate) struct ProxyStream {
    io: TokioIo<TcpStream>,
    /// Connected to a forwarding proxy (requests go in absolute form).
    proxied: bool,
}

impl Connection for ProxyStream {
    fn connected(&self) -> Connected {
        self.io.connected().proxy(self.proxied)
    }
}

impl hyper::rt::Read for ProxyStream {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: hyper::rt::ReadBufCursor<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_read(cx, buf)
    }
}

impl hyper::rt::Write for ProxyStream {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.io).poll_write(cx, buf)
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.io).poll_shutdown(cx)
    }
    fn is_write_vectored(&self) -> bool {
        self.io.is_write_vectored()
    }
    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[std::io::IoSlice<'_>],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.io).poll_write_vectored(cx, bufs)
    }
}
