//! Pagination: one generic stream that every `_pages`, `_items` and resource collection
//! uses.
//!
//! [`pages`] sends the input, then sends it again with the token the output carried, until
//! the token is absent or empty. A service answering with the token it was just sent would
//! loop forever, or, stopped there, make a partial listing look complete: that page is
//! followed by an [`Error::decode`] "The same next token was received twice", as botocore
//! raises. Nothing is sent before the stream is first polled, and the stream ends after
//! the first error.

use crate::error::{Error, Result};
use futures::stream::{self, Stream, TryStreamExt};
use std::collections::{BTreeMap, HashMap};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

/// A stream of output pages.
pub type Pages<O> = Pin<Box<dyn Stream<Item = Result<O>> + Send>>;
/// A stream of the items of every page, in order.
pub type Items<X> = Pin<Box<dyn Stream<Item = Result<X>> + Send>>;

/// A pagination token. An empty token ends pagination like an absent one: services signal
/// the last page with `""`, an empty key map or an empty list as often as with nothing.
pub trait Token {
    /// True when this token means "no more pages".
    fn is_empty(&self) -> bool;
}

impl Token for String {
    fn is_empty(&self) -> bool {
        String::is_empty(self)
    }
}

/// A number token (S3's `NextPartNumberMarker`) is never empty; its absence is.
macro_rules! number_token {
    ($($t:ty),+) => {$(
        impl Token for $t {
            fn is_empty(&self) -> bool {
                false
            }
        }
    )+};
}
number_token!(i32, i64);

impl<T: Token> Token for Option<T> {
    fn is_empty(&self) -> bool {
        self.as_ref().is_none_or(Token::is_empty)
    }
}

impl<T> Token for Vec<T> {
    fn is_empty(&self) -> bool {
        Vec::is_empty(self)
    }
}

impl<K, V, S> Token for HashMap<K, V, S> {
    fn is_empty(&self) -> bool {
        HashMap::is_empty(self)
    }
}

impl<K, V> Token for BTreeMap<K, V> {
    fn is_empty(&self) -> bool {
        BTreeMap::is_empty(self)
    }
}

impl Token for crate::value::Value {
    fn is_empty(&self) -> bool {
        use crate::value::Value;
        match self {
            Value::Null => true,
            Value::String(s) => s.is_empty(),
            Value::List(l) => l.is_empty(),
            Value::Map(m) => m.is_empty(),
            Value::Structure(m) => m.is_empty(),
            _ => false,
        }
    }
}

/// A token of several fields (S3's `(KeyMarker, VersionIdMarker)`): empty when every part
/// is.
macro_rules! tuple_token {
    ($($t:ident $n:tt),+) => {
        impl<$($t: Token),+> Token for ($($t,)+) {
            fn is_empty(&self) -> bool {
                true $(&& self.$n.is_empty())+
            }
        }
    };
}
tuple_token!(A 0, B 1);
tuple_token!(A 0, B 1, C 2);
tuple_token!(A 0, B 1, C 2, D 3);

/// The field that says whether another page follows (`IsTruncated`): only `true` does;
/// an absent one does not.
pub trait MoreResults {
    /// True when the service says there is another page.
    fn more(&self) -> bool;
}

impl MoreResults for bool {
    fn more(&self) -> bool {
        *self
    }
}

impl MoreResults for Option<bool> {
    fn more(&self) -> bool {
        *self == Some(true)
    }
}

enum State<I, T> {
    Start(I),
    Next(I, T),
    Failed(Error),
    Done,
}

/// The error after a page whose next token is the one its request carried.
pub fn repeated_token_error() -> Error {
    Error::decode(
        "The same next token was received twice: the service repeats its pagination token, \
         so the listing cannot be completed",
    )
}

/// Stream of pages: sends `input`, then re-sends it with the output's token (put in place by
/// `set_token`) until the token is absent or empty. A token equal to the one just sent
/// yields its page, then [`repeated_token_error`]. Nothing is sent until the stream is
/// first polled.
pub fn pages<I, O, T, F, Fut>(
    input: I,
    send: F,
    next_token: fn(&O) -> Option<T>,
    set_token: fn(&mut I, T),
) -> Pages<O>
where
    I: Clone + Send + 'static,
    O: Send + 'static,
    T: Token + PartialEq + Clone + Send + 'static,
    F: Fn(I) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<O>> + Send + 'static,
{
    let send = Arc::new(send);
    let stream = stream::unfold(State::Start(input), move |state| {
        let send = Arc::clone(&send);
        async move {
            let (input, sent) = match state {
                State::Start(input) => (input, None),
                State::Next(input, token) => (input, Some(token)),
                State::Failed(e) => return Some((Err(e), State::Done)),
                State::Done => return None,
            };
            let output = match send(input.clone()).await {
                Ok(output) => output,
                Err(e) => return Some((Err(e), State::Done)),
            };
            let next = match next_token(&output) {
                Some(token) if token.is_empty() => State::Done,
                Some(token) if sent.as_ref() == Some(&token) => {
                    State::Failed(repeated_token_error())
                }
                Some(token) => {
                    let mut input = input;
                    set_token(&mut input, token.clone());
                    State::Next(input, token)
                }
                None => State::Done,
            };
            Some((Ok(output), next))
        }
    });
    Box::pin(stream)
}

/// The items of every page, flattened, in order; an error ends the stream.
pub fn items<O, X>(pages: Pages<O>, items: fn(O) -> Vec<X>) -> Items<X>
where
    O: Send + 'static,
    X: Send + 'static,
{
    Box::pin(
        pages
            .map_ok(move |page| stream::iter(items(page).into_iter().map(Ok)))
            .try_flatten(),
    )
}

/// Collects every page (convenience for callers that want them all).
pub async fn collect_pages<O>(pages: Pages<O>) -> Result<Vec<O>> {
    pages.try_collect().await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;
    use futures::StreamExt;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;

    #[test]
    fn a_tuple_token_is_empty_only_when_every_part_is() {
        let t = |a: Option<&str>, b: Option<&str>| (a.map(String::from), b.map(String::from));
        assert!(Token::is_empty(&t(None, None)));
        assert!(Token::is_empty(&t(Some(""), None)));
        assert!(!Token::is_empty(&t(Some("k"), None)));
        assert!(!Token::is_empty(&t(None, Some("v"))));
        assert!(Token::is_empty(&None::<i32>) && !Token::is_empty(&Some(0i32)));
        assert!(MoreResults::more(&true) && MoreResults::more(&Some(true)));
        assert!(!MoreResults::more(&None::<bool>) && !MoreResults::more(&Some(false)));
    }

    #[derive(Clone, Debug, Default, PartialEq)]
    struct Req {
        token: Option<String>,
        limit: u32,
    }

    #[derive(Debug, PartialEq)]
    struct Page {
        items: Vec<u32>,
        next: Option<String>,
    }

    fn next(p: &Page) -> Option<String> {
        p.next.clone()
    }
    fn set(r: &mut Req, t: String) {
        r.token = Some(t);
    }

    type Seen = Arc<Mutex<Vec<Req>>>;

    /// A fake service: answers the i-th call with `replies[i]`, recording each request.
    fn service(
        replies: Vec<Result<Page>>,
    ) -> (
        Seen,
        impl Fn(Req) -> futures::future::Ready<Result<Page>> + Send + Sync + 'static,
    ) {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let replies = Mutex::new(replies.into_iter());
        let log = Arc::clone(&seen);
        let send = move |req: Req| {
            log.lock().unwrap().push(req);
            let reply = replies.lock().unwrap().next();
            futures::future::ready(reply.unwrap_or_else(|| Err(Error::decode("no more replies"))))
        };
        (seen, send)
    }

    fn page(items: &[u32], next: Option<&str>) -> Result<Page> {
        Ok(Page {
            items: items.to_vec(),
            next: next.map(str::to_owned),
        })
    }

    #[tokio::test]
    async fn follows_tokens_until_absent() {
        let (seen, send) = service(vec![
            page(&[1, 2], Some("a")),
            page(&[3], Some("b")),
            page(&[4], None),
        ]);
        let input = Req {
            limit: 2,
            ..Req::default()
        };
        let got = collect_pages(pages(input, send, next, set)).await.unwrap();
        assert_eq!(got.len(), 3);
        assert_eq!(got[2].items, vec![4]);
        let seen = seen.lock().unwrap();
        let tokens: Vec<_> = seen.iter().map(|r| r.token.as_deref()).collect();
        assert_eq!(tokens, vec![None, Some("a"), Some("b")]);
        assert!(seen.iter().all(|r| r.limit == 2), "other fields are kept");
    }

    #[tokio::test]
    async fn sends_nothing_until_polled() {
        let calls = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&calls);
        let mut stream = pages(
            Req::default(),
            move |_req: Req| {
                counter.fetch_add(1, Ordering::SeqCst);
                async { page(&[1], Some("more")) }
            },
            next,
            set,
        );
        assert_eq!(calls.load(Ordering::SeqCst), 0);
        stream.next().await.unwrap().unwrap();
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        stream.next().await.unwrap().unwrap();
        assert_eq!(calls.load(Ordering::SeqCst), 2);
        drop(stream);
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn a_repeated_token_is_an_error_after_its_page() {
        let (seen, send) = service(vec![
            page(&[1], Some("x")),
            page(&[2], Some("x")),
            page(&[3], None),
        ]);
        let mut stream = pages(Req::default(), send, next, set);
        assert_eq!(stream.next().await.unwrap().unwrap().items, [1]);
        assert_eq!(
            stream.next().await.unwrap().unwrap().items,
            [2],
            "the page carrying the repeat is still returned"
        );
        let err = stream.next().await.unwrap().unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Decode);
        assert!(
            err.to_string()
                .contains("The same next token was received twice"),
            "{err}"
        );
        assert!(stream.next().await.is_none());
        assert_eq!(seen.lock().unwrap().len(), 2);
        // Collected, the listing is an error, never a short success.
        let (_, send) = service(vec![page(&[1], Some("x")), page(&[2], Some("x"))]);
        assert!(collect_pages(pages(Req::default(), send, next, set))
            .await
            .is_err());
        // A token seen before, but not just sent, is followed (botocore compares with the
        // previous token only).
        let (seen, send) = service(vec![
            page(&[1], Some("a")),
            page(&[2], Some("b")),
            page(&[3], Some("a")),
            page(&[4], None),
        ]);
        let got = collect_pages(pages(Req::default(), send, next, set)).await;
        assert_eq!(got.unwrap().len(), 4);
        assert_eq!(seen.lock().unwrap().len(), 4);
    }

    #[tokio::test]
    async fn stops_on_an_empty_token() {
        let (seen, send) = service(vec![page(&[1], Some("")), page(&[2], None)]);
        let got = collect_pages(pages(Req::default(), send, next, set))
            .await
            .unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(seen.lock().unwrap().len(), 1);
    }

    #[tokio::test]
    async fn map_tokens_stop_when_empty() {
        // DynamoDB-style: LastEvaluatedKey is a map, empty on the last page.
        type Key = HashMap<String, String>;
        let calls = Arc::new(Mutex::new(Vec::<Option<Key>>::new()));
        let log = Arc::clone(&calls);
        let send = move |start: Option<Key>| {
            let n = {
                let mut log = log.lock().unwrap();
                log.push(start);
                log.len()
            };
            async move {
                let mut key = Key::new();
                if n == 1 {
                    key.insert("pk".into(), "a".into());
                }
                Ok::<_, Error>(key)
            }
        };
        let got = collect_pages(pages(
            None,
            send,
            |k: &Key| Some(k.clone()),
            |i: &mut Option<Key>, k| *i = Some(k),
        ))
        .await
        .unwrap();
        assert_eq!(got.len(), 2);
        let calls = calls.lock().unwrap();
        assert_eq!(calls[0], None);
        assert_eq!(calls[1].as_ref().unwrap()["pk"], "a");
        assert!(Token::is_empty(&Some(String::new())));
        assert!(Token::is_empty(&None::<String>));
        assert!(!Token::is_empty(&Some(vec![1])));
    }

    #[tokio::test]
    async fn an_error_ends_the_stream() {
        let (seen, send) = service(vec![
            page(&[1], Some("a")),
            Err(Error::timeout("slow")),
            page(&[2], None),
        ]);
        let mut stream = pages(Req::default(), send, next, set);
        assert!(stream.next().await.unwrap().is_ok());
        assert!(stream.next().await.unwrap().unwrap_err().is_timeout());
        assert!(stream.next().await.is_none());
        assert_eq!(seen.lock().unwrap().len(), 2);
    }

    #[tokio::test]
    async fn items_flatten_pages_in_order() {
        let (_, send) = service(vec![
            page(&[1, 2], Some("a")),
            page(&[], Some("b")),
            page(&[3], None),
        ]);
        let all = items(pages(Req::default(), send, next, set), |p: Page| p.items);
        let got: Vec<u32> = all.try_collect().await.unwrap();
        assert_eq!(got, vec![1, 2, 3]);

        let (_, send) = service(vec![page(&[1], Some("a")), Err(Error::decode("bad"))]);
        let mut all = items(pages(Req::default(), send, next, set), |p: Page| p.items);
        assert_eq!(all.next().await.unwrap().unwrap(), 1);
        assert!(all.next().await.unwrap().is_err());
        assert!(all.next().await.is_none());
    }
}
