//! `DynamicClient::paginate`: botocore's `paginators-1.json` driven through the generic
//! [`crate::paginate::pages`] runtime.
//!
//! Each page is sent with the tokens the previous page carried (`output_token`, one or a
//! list, JMESPath expressions such as `NextMarker || Contents[-1].Key`) put into the input
//! members `input_token` names; pagination ends when `more_results` is false or when every
//! token is absent or empty. Tokens equal to those just sent are an error after their page
//! (botocore's "The same next token was received twice"), never a silent end.

use super::jmespath::Expr;
use super::DynamicClient;
use crate::error::{Error, Result};
use crate::paginate::{self, Items, Pages, Token};
use futures::stream::{self, Stream, StreamExt, TryStreamExt};
use serde_json::Value as Json;
use std::collections::HashMap;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

/// One operation's pagination rules.
#[derive(Debug)]
pub(crate) struct Paginator {
    input_tokens: Vec<String>,
    output_tokens: Vec<Expr>,
    more_results: Option<Expr>,
    limit_key: Option<String>,
    result_keys: Vec<Expr>,
}

/// The paginators of a service, by operation name.
#[derive(Debug, Default)]
pub(crate) struct Paginators(HashMap<String, Arc<Paginator>>);

fn strings(v: Option<&Json>, what: &str, op: &str) -> Result<Vec<String>> {
    let bad = || {
        Error::decode(format!(
            "paginator {op}: {what} must be a string or strings"
        ))
    };
    match v {
        None => Ok(Vec::new()),
        Some(Json::String(s)) => Ok(vec![s.clone()]),
        Some(Json::Array(items)) => items
            .iter()
            .map(|i| i.as_str().map(str::to_owned).ok_or_else(bad))
            .collect(),
        Some(_) => Err(bad()),
    }
}

impl Paginators {
    /// Reads `paginators-1.json` (`{"pagination": {op: {...}}}`); every expression is
    /// compiled now, so an unsupported one fails here, naming the operation.
    pub(crate) fn from_json(bytes: &[u8]) -> Result<Paginators> {
        let doc: Json = serde_json::from_slice(bytes)
            .map_err(|e| Error::decode(format!("invalid paginators document: {e}")))?;
        let ops = doc
            .get("pagination")
            .and_then(Json::as_object)
            .ok_or_else(|| Error::decode("paginators document lacks a \"pagination\" object"))?;
        let mut out = HashMap::with_capacity(ops.len());
        for (op, cfg) in ops {
            let exprs = |key: &str| -> Result<Vec<Expr>> {
                strings(cfg.get(key), key, op)?
                    .iter()
                    .map(|e| Expr::parse_in(e, &format!("paginator {op}: ")))
                    .collect()
            };
            let input_tokens = strings(cfg.get("input_token"), "input_token", op)?;
            let output_tokens = exprs("output_token")?;
            if input_tokens.is_empty() || input_tokens.len() != output_tokens.len() {
                return Err(Error::decode(format!(
                    "paginator {op}: input_token and output_token must pair up"
                )));
            }
            let more_results = exprs("more_results")?.pop();
            let limit_key = strings(cfg.get("limit_key"), "limit_key", op)?.pop();
            let result_keys = exprs("result_key")?;
            out.insert(
                op.clone(),
                Arc::new(Paginator {
                    input_tokens,
                    output_tokens,
                    more_results,
                    limit_key,
                    result_keys,
                }),
            );
        }
        Ok(Paginators(out))
    }

    pub(crate) fn get(&self, op: &str) -> Option<&Arc<Paginator>> {
        self.0.get(op)
    }

    pub(crate) fn names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.0.keys().map(String::as_str).collect();
        names.sort_unstable();
        names
    }
}

/// The next tokens of a page, one per input token (`None`: remove that input member).
#[derive(Debug, Clone, PartialEq)]
struct Tokens(Vec<Option<Json>>);

impl Token for Tokens {
    fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }
}

/// Python truthiness, as botocore tests tokens with `if next_token:`.
fn present(v: Json) -> Option<Json> {
    match &v {
        Json::Number(n) if n.as_f64() == Some(0.0) => None,
        _ if super::jmespath::truthy(&v) => Some(v),
        _ => None,
    }
}

impl Paginator {
    fn next_tokens(&self, output: &Json) -> Tokens {
        if let Some(more) = &self.more_results {
            if !super::jmespath::truthy(&more.search(output)) {
                return Tokens(vec![None; self.input_tokens.len()]);
            }
        }
        Tokens(
            self.output_tokens
                .iter()
                .map(|e| present(e.search(output)))
                .collect(),
        )
    }
}

#[derive(Clone)]
struct PageInput {
    params: Json,
    paginator: Arc<Paginator>,
}

struct Page {
    output: Json,
    next: Tokens,
}

fn next_token(p: &Page) -> Option<Tokens> {
    Some(p.next.clone())
}

fn set_token(input: &mut PageInput, tokens: Tokens) {
    let Json::Object(params) = &mut input.params else {
        return;
    };
    for (name, token) in input.paginator.input_tokens.iter().zip(tokens.0) {
        match token {
            Some(t) => params.insert(name.clone(), t),
            None => params.remove(name),
        };
    }
}

enum State {
    Ready {
        client: DynamicClient,
        op: String,
        params: Json,
        page_size: Option<u64>,
    },
    Running(Pages<Json>),
}

/// The pages of a paginated operation, as a `Stream` of outputs (botocore-style JSON).
///
/// Made by [`DynamicClient::paginate`]; nothing is sent before the stream is first polled.
/// Set the page size with [`Paginate::page_size`] and flatten to the result items with
/// [`Paginate::items`]. An unknown operation or a client without paginators gives one `Err`.
pub struct Paginate {
    state: Option<State>,
}

impl std::fmt::Debug for Paginate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paginate").finish_non_exhaustive()
    }
}

impl Paginate {
    pub(super) fn new(client: DynamicClient, op: &str, params: Json) -> Paginate {
        Paginate {
            state: Some(State::Ready {
                client,
                op: op.to_owned(),
                params,
                page_size: None,
            }),
        }
    }

    /// Asks for `n` results per page through the paginator's `limit_key` (`MaxKeys`,
    /// `Limit`, `MaxResults`, ...); an error when the operation has no limit key.
    pub fn page_size(mut self, n: u64) -> Paginate {
        if let Some(State::Ready { page_size, .. }) = &mut self.state {
            *page_size = Some(n);
        }
        self
    }

    /// The items of every page: the values of the paginator's first `result_key`
    /// (`Contents`, `Reservations`, `Items`, ...), flattened, in order.
    pub fn items(mut self) -> Items<Json> {
        let first_key = match &self.state {
            Some(State::Ready { client, op, .. }) => client
                .paginator(op)
                .ok()
                .and_then(|p| p.result_keys.first().cloned()),
            _ => None,
        };
        let Some(key) = first_key else {
            let err = match self.state.take() {
                Some(State::Ready { client, op, .. }) => match client.paginator(&op) {
                    Ok(_) => Error::invalid_input(format!("paginator {op} has no result_key")),
                    Err(e) => e,
                },
                _ => Error::invalid_input("pagination already started"),
            };
            return Box::pin(stream::once(async { Err(err) }));
        };
        Box::pin(
            self.map_ok(move |page| {
                let items = match key.search(&page) {
                    Json::Array(items) => items,
                    Json::Null => Vec::new(),
                    other => vec![other],
                };
                stream::iter(items.into_iter().map(Ok))
            })
            .try_flatten(),
        )
    }

    fn start(
        client: DynamicClient,
        op: String,
        mut params: Json,
        page_size: Option<u64>,
    ) -> Pages<Json> {
        let paginator = match client.paginator(&op) {
            Ok(p) => Arc::clone(p),
            Err(e) => return Box::pin(stream::once(async { Err(e) })),
        };
        if params.is_null() {
            params = Json::Object(Default::default());
        }
        if let Some(n) = page_size {
            let (Some(key), Json::Object(p)) = (&paginator.limit_key, &mut params) else {
                let e = Error::invalid_input(format!("{op} takes no page size"));
                return Box::pin(stream::once(async { Err(e) }));
            };
            p.insert(key.clone(), Json::from(n));
        }
        let input = PageInput { params, paginator };
        let send = move |input: PageInput| {
            let client = client.clone();
            let op = op.clone();
            async move {
                let output = client.call(&op, input.params).await?;
                let next = input.paginator.next_tokens(&output);
                Ok(Page { output, next })
            }
        };
        Box::pin(paginate::pages(input, send, next_token, set_token).map(|r| r.map(|p| p.output)))
    }
}

impl Stream for Paginate {
    type Item = Result<Json>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if let Some(State::Ready { .. }) = &self.state {
            if let Some(State::Ready {
                client,
                op,
                params,
                page_size,
            }) = self.state.take()
            {
                self.state = Some(State::Running(Paginate::start(
                    client, op, params, page_size,
                )));
            }
        }
        match &mut self.state {
            Some(State::Running(pages)) => pages.as_mut().poll_next(cx),
            _ => Poll::Ready(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const DOC: &str = r#"{"pagination": {
      "ListObjects": {"input_token": "Marker", "output_token": "NextMarker || Contents[-1].Key",
                      "more_results": "IsTruncated", "limit_key": "MaxKeys",
                      "result_key": ["Contents", "CommonPrefixes"]},
      "ListVersions": {"input_token": ["KeyMarker", "VersionIdMarker"],
                       "output_token": ["NextKeyMarker", "NextVersionIdMarker"],
                       "result_key": "Versions"}}}"#;

    #[test]
    fn tokens_follow_more_results_and_expressions() {
        let p = Paginators::from_json(DOC.as_bytes()).unwrap();
        let list = p.get("ListObjects").unwrap();
        assert_eq!(list.limit_key.as_deref(), Some("MaxKeys"));
        let page = json!({"IsTruncated": true, "Contents": [{"Key": "a"}, {"Key": "b"}]});
        assert_eq!(list.next_tokens(&page), Tokens(vec![Some(json!("b"))]));
        let last = json!({"IsTruncated": false, "NextMarker": "z"});
        assert!(
            list.next_tokens(&last).is_empty(),
            "more_results false ends it"
        );

        let versions = p.get("ListVersions").unwrap();
        let page = json!({"NextKeyMarker": "k", "NextVersionIdMarker": ""});
        let tokens = versions.next_tokens(&page);
        assert_eq!(tokens, Tokens(vec![Some(json!("k")), None]));
        let mut input = PageInput {
            params: json!({"Bucket": "b", "VersionIdMarker": "old"}),
            paginator: Arc::clone(versions),
        };
        set_token(&mut input, tokens);
        assert_eq!(input.params, json!({"Bucket": "b", "KeyMarker": "k"}));
        assert!(Tokens(vec![None, None]).is_empty());
        assert_eq!(present(json!(0)), None);
        assert_eq!(present(json!({})), None);
        assert_eq!(present(json!(3)), Some(json!(3)));
    }

    #[test]
    fn bad_documents_are_errors() {
        for bad in [
            "[",
            "{}",
            r#"{"pagination": {"Op": {"input_token": "A"}}}"#,
            r#"{"pagination": {"Op": {"input_token": 1, "output_token": "B"}}}"#,
            r#"{"pagination": {"Op": {"input_token": "A", "output_token": "B[0:1]"}}}"#,
        ] {
            let e = Paginators::from_json(bad.as_bytes()).unwrap_err();
            assert!(
                matches!(
                    e.kind(),
                    crate::ErrorKind::Decode | crate::ErrorKind::InvalidInput
                ),
                "{bad}: {e}"
            );
        }
        let e = Paginators::from_json(
            br#"{"pagination": {"Op": {"input_token": "A", "output_token": "B[0:1]"}}}"#,
        )
        .unwrap_err();
        assert!(e.to_string().contains("paginator Op"), "{e}");
    }
}
