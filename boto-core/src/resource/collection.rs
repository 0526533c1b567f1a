//! Collections: lazy, paginating streams of resources.

use crate::error::Result;
use futures::future::BoxFuture;
use futures::{Stream, StreamExt};
use std::collections::VecDeque;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

/// A stream of pages of resources.
pub type PageStream<T> = Pin<Box<dyn Stream<Item = Result<Vec<T>>> + Send>>;

type Source<I, T> = Arc<dyn Fn(I) -> PageStream<T> + Send + Sync>;

/// A collection of resources: a `futures::Stream<Item = Result<T>>` that sends nothing until
/// first polled, then pages through the operation for you. Narrow it with [`filter`],
/// bound it with [`limit`], size its requests with [`page_size`], or take whole pages with
/// [`pages`].
///
/// [`filter`]: Collection::filter
/// [`limit`]: Collection::limit
/// [`page_size`]: Collection::page_size
/// [`pages`]: Collection::pages
#[must_use = "a collection sends nothing until polled"]
pub struct Collection<I, T> {
    input: Option<I>,
    source: Source<I, T>,
    set_page_size: fn(&mut I, usize),
    limit: Option<usize>,
    running: Option<PageStream<T>>,
    buffered: VecDeque<T>,
}

// The stream never pins its fields (the running stream is boxed), so it is `Unpin`
// whatever `I` and `T` are.
impl<I, T> Unpin for Collection<I, T> {}

impl<I, T> std::fmt::Debug for Collection<I, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Collection")
            .field("limit", &self.limit)
            .field("started", &self.running.is_some())
            .finish()
    }
}

impl<I: Send + 'static, T: Send + 'static> Collection<I, T> {
    /// A collection over the pages `source` produces for `input`.
    pub fn new<F>(input: I, source: F, set_page_size: fn(&mut I, usize)) -> Self
    where
        F: Fn(I) -> PageStream<T> + Send + Sync + 'static,
    {
        Collection {
            input: Some(input),
            source: Arc::new(source),
            set_page_size,
            limit: None,
            running: None,
            buffered: VecDeque::new(),
        }
    }

    /// Every item (the collection itself; boto3's `all()`).
    pub fn all(self) -> Self {
        self
    }

    /// Adjusts the request: `.filter(|r| r.prefix("logs/"))`.
    pub fn filter(mut self, f: impl FnOnce(I) -> I) -> Self {
        self.input = self.input.take().map(f);
        self
    }

    /// Yields at most `n` items in all.
    pub fn limit(mut self, n: usize) -> Self {
        self.limit = Some(n);
        self
    }

    /// Asks for `n` items per request.
    pub fn page_size(mut self, n: usize) -> Self {
        if let Some(input) = self.input.as_mut() {
            (self.set_page_size)(input, n);
        }
        self
    }

    /// The items page by page (one `Vec` per response), still bounded by [`limit`].
    ///
    /// [`limit`]: Collection::limit
    pub fn pages(mut self) -> PageStream<T> {
        let pages = match self.input.take() {
            Some(input) => (self.source)(input),
            None => Box::pin(futures::stream::empty()),
        };
        match self.limit {
            None => pages,
            Some(limit) => Box::pin(futures::stream::unfold(
                (pages, limit),
                |(mut pages, left)| async move {
                    if left == 0 {
                        return None;
                    }
                    match pages.next().await? {
                        Ok(mut items) => {
                            items.truncate(left);
                            let left = left - items.len();
                            Some((Ok(items), (pages, left)))
                        }
                        Err(e) => Some((Err(e), (pages, 0))),
                    }
                },
            )),
        }
    }

    /// Sends one request per page of items (a batch action), stopping at the first error;
    /// gives the responses, which may report per-entry failures.
    pub fn for_each_page<O, F>(self, send: F) -> BoxFuture<'static, Result<Vec<O>>>
    where
        O: Send + 'static,
        F: Fn(Vec<T>) -> BoxFuture<'static, Result<Vec<O>>> + Send + 'static,
    {
        let mut pages = self.pages();
        Box::pin(async move {
            let mut outputs = Vec::new();
            while let Some(page) = pages.next().await {
                let page = page?;
                if page.is_empty() {
                    continue;
                }
                outputs.extend(send(page).await?);
            }
            Ok(outputs)
        })
    }
}

impl<I: Send + 'static, T: Send + 'static> Stream for Collection<I, T> {
    type Item = Result<T>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<T>>> {
        let this = self.get_mut();
        loop {
            if this.limit == Some(0) {
                this.running = None;
                return Poll::Ready(None);
            }
            if let Some(item) = this.buffered.pop_front() {
                if let Some(left) = this.limit.as_mut() {
                    *left -= 1;
                }
                return Poll::Ready(Some(Ok(item)));
            }
            if this.running.is_none() {
                match this.input.take() {
                    Some(input) => this.running = Some((this.source)(input)),
                    None => return Poll::Ready(None),
                }
            }
            let Some(running) = this.running.as_mut() else {
                return Poll::Ready(None);
            };
            match running.as_mut().poll_next(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => {
                    this.running = None;
                    return Poll::Ready(None);
                }
                Poll::Ready(Some(Err(e))) => {
                    this.running = None;
                    return Poll::Ready(Some(Err(e)));
                }
                Poll::Ready(Some(Ok(items))) => this.buffered.extend(items),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::TryStreamExt;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Three pages of `page_size` numbers each, counting requests.
    fn numbers(sent: Arc<AtomicUsize>) -> Collection<usize, usize> {
        Collection::new(
            2,
            move |size: usize| {
                let sent = Arc::clone(&sent);
                let pages = futures::stream::iter(0..3).map(move |p| {
                    sent.fetch_add(1, Ordering::SeqCst);
                    Ok((p * size..(p + 1) * size).collect::<Vec<_>>())
                });
                Box::pin(pages) as PageStream<usize>
            },
            |size, n| *size = n,
        )
    }

    #[tokio::test]
    async fn lazy_paginated_limited() {
        let sent = Arc::new(AtomicUsize::new(0));
        let c = numbers(Arc::clone(&sent));
        assert_eq!(
            sent.load(Ordering::SeqCst),
            0,
            "nothing sent before polling"
        );
        let all: Vec<usize> = c.all().try_collect().await.unwrap();
        assert_eq!(all, vec![0, 1, 2, 3, 4, 5]);
        let some: Vec<usize> = numbers(Arc::clone(&sent))
            .page_size(3)
            .limit(4)
            .try_collect()
            .await
            .unwrap();
        assert_eq!(some, vec![0, 1, 2, 3]);
        let filtered: Vec<usize> = numbers(sent).filter(|_| 1).try_collect().await.unwrap();
        assert_eq!(filtered, vec![0, 1, 2]);
    }

    #[tokio::test]
    async fn pages_respect_limit_and_batches_go_per_page() {
        let sent = Arc::new(AtomicUsize::new(0));
        let pages: Vec<Vec<usize>> = numbers(Arc::clone(&sent))
            .limit(3)
            .pages()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(pages, vec![vec![0, 1], vec![2]]);
        let sizes = numbers(sent)
            .for_each_page(|page| Box::pin(async move { Ok(vec![page.len()]) }))
            .await
            .unwrap();
        assert_eq!(sizes, vec![2, 2, 2]);
    }
}
