//! What boto-services adds to boto3's [`Table`] (declared in `resources.rs`): items as
//! `serde` types (`put`, `put_if`, `get`), boto3's `query` and `scan` as streams of them,
//! and the batch writer.

use super::batch::BatchWriter;
use super::client::*;
use super::expr::{Condition, KeyCondition, Placeholders, ProjectionExpr};
use super::resources::Table;
use super::{from_item, to_item, Item};
use boto_core::paginate::Pages;
use boto_core::{Error, Result};
use futures::stream::{Stream, StreamExt, TryStreamExt};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::collections::HashMap;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

pub(crate) fn non_empty<K, V>(m: HashMap<K, V>) -> Option<HashMap<K, V>> {
    if m.is_empty() {
        None
    } else {
        Some(m)
    }
}

// `describe` and `batch_writer` are `#[inline]` as the generated resource methods (the
// others are generic): compiled only in the crate calling them.
impl Table {
    /// `DescribeTable`'s answer, read afresh (see also [`Table::load`] and the attributes,
    /// which keep it).
    #[inline]
    pub async fn describe(&self) -> Result<TableDescription> {
        let out = self
            .client()
            .describe_table(DescribeTableInput::new().table_name(self.name()))
            .await?;
        out.table
            .ok_or_else(|| Error::decode("DescribeTable answered without a table"))
    }

    /// Writes an item (any `Serialize` struct or map), replacing one with the same key.
    /// boto3's form, with every request field, is [`Table::put_item`].
    pub async fn put<T: Serialize + ?Sized>(&self, item: &T) -> Result<()> {
        let req = PutItemInput::new()
            .table_name(self.name())
            .item(to_item(item)?);
        self.client().put_item(req).await.map(drop)
    }

    /// Writes an item if `condition` holds; else the service error
    /// `ConditionalCheckFailedException`.
    pub async fn put_if<T: Serialize + ?Sized>(
        &self,
        item: &T,
        condition: Condition,
    ) -> Result<()> {
        let req = PutItemInput::new()
            .table_name(self.name())
            .item(to_item(item)?)
            .condition(condition);
        self.client().put_item(req).await.map(drop)
    }

    /// Reads the item with this key (`key!("id" => "a")`), `None` if there is none.
    /// boto3's form is [`Table::get_item`].
    pub async fn get<T: DeserializeOwned>(&self, key: Item) -> Result<Option<T>> {
        let out = self
            .client()
            .get_item(GetItemInput::new().table_name(self.name()).key(key))
            .await?;
        out.item.map(from_item).transpose()
    }

    /// The items matching a key condition, as a stream of `T` (paginated for you; nothing
    /// is sent until polled). Adjust it with `filter`, `index`, `descending`, ... first.
    pub fn query<T: DeserializeOwned + Send + 'static>(&self, key: KeyCondition) -> Query<T> {
        Query {
            table: self.clone(),
            key,
            opts: ReadOptions::default(),
            with: Vec::new(),
            descending: false,
            stream: None,
            _t: PhantomData,
        }
    }

    /// Every item, as a stream of `T` (paginated; nothing is sent until polled).
    pub fn scan<T: DeserializeOwned + Send + 'static>(&self) -> Scan<T> {
        Scan {
            table: self.clone(),
            opts: ReadOptions::default(),
            with: Vec::new(),
            segment: None,
            stream: None,
            _t: PhantomData,
        }
    }

    /// A buffered writer: puts and deletes go out 25 at a time.
    #[inline]
    pub fn batch_writer(&self) -> BatchWriter {
        BatchWriter::new(self.clone())
    }
}

/// Options shared by queries and scans.
#[derive(Default)]
struct ReadOptions {
    filter: Option<Condition>,
    projection: Option<ProjectionExpr>,
    index: Option<String>,
    page_size: Option<i32>,
    limit: Option<usize>,
    consistent: Option<bool>,
}

/// A change to a query's or scan's request (`.with(|r| ..)`).
type Adjust<I> = Arc<dyn Fn(I) -> I + Send + Sync>;

type ItemStream<T> = Pin<Box<dyn Stream<Item = Result<T>> + Send>>;

fn typed<T: DeserializeOwned + Send + 'static>(
    items: boto_core::paginate::Items<Item>,
    limit: Option<usize>,
) -> ItemStream<T> {
    let s = items.and_then(|item| futures::future::ready(from_item::<T>(item)));
    match limit {
        Some(n) => Box::pin(s.take(n)),
        None => Box::pin(s),
    }
}

macro_rules! read_options {
    () => {
        /// Keeps only the items matching `condition` (applied after reading: capacity is
        /// spent on every item read).
        pub fn filter(mut self, condition: Condition) -> Self {
            self.opts.filter = Some(condition);
            self
        }
        /// Returns only these attributes (`T` must accept what is left).
        pub fn projection(mut self, projection: ProjectionExpr) -> Self {
            self.opts.projection = Some(projection);
            self
        }
        /// Reads a secondary index instead of the table.
        pub fn index(mut self, name: impl Into<String>) -> Self {
            self.opts.index = Some(name.into());
            self
        }
        /// Items per request (DynamoDB's `Limit`).
        pub fn page_size(mut self, n: i32) -> Self {
            self.opts.page_size = Some(n);
            self
        }
        /// Stops after `n` items in all.
        pub fn limit(mut self, n: usize) -> Self {
            self.opts.limit = Some(n);
            self
        }
        /// Strongly consistent reads.
        pub fn consistent(mut self) -> Self {
            self.opts.consistent = Some(true);
            self
        }
    };
}

/// A query: a `Stream` of `T` (see [`Table::query`]).
pub struct Query<T> {
    table: Table,
    key: KeyCondition,
    opts: ReadOptions,
    with: Vec<Adjust<QueryInput>>,
    descending: bool,
    stream: Option<ItemStream<T>>,
    _t: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned + Send + 'static> Query<T> {
    read_options!();

    /// Adjusts the request, any field of boto3's `Query` (`.with(|r| r.select(..))`), after
    /// what the other methods set; it may run once per request sent.
    pub fn with(mut self, f: impl Fn(QueryInput) -> QueryInput + Send + Sync + 'static) -> Self {
        self.with.push(Arc::new(f));
        self
    }

    /// Sends one request and returns its answer, as boto3's `table.query(..)` does (the
    /// items of one page, `LastEvaluatedKey` to go on from).
    pub async fn send(self) -> Result<QueryOutput> {
        self.table.client().query(self.request()).await
    }

    /// Every page's answer, following `LastEvaluatedKey` (nothing is sent until polled).
    pub fn pages(self) -> Pages<QueryOutput> {
        self.table.client().query_pages(self.request())
    }

    /// Sort-key order from high to low.
    pub fn descending(mut self) -> Self {
        self.descending = true;
        self
    }

    /// The request this query sends first.
    pub fn request(&self) -> QueryInput {
        let mut ph = Placeholders::new();
        let kc = self.key.render(&mut ph);
        let filter = self.opts.filter.as_ref().map(|f| f.render(&mut ph));
        let projection = self.opts.projection.as_ref().map(|p| p.render(&mut ph));
        let (names, values) = ph.into_parts();
        let req = QueryInput {
            table_name: self.table.name().to_owned(),
            key_condition_expression: Some(kc),
            filter_expression: filter,
            projection_expression: projection,
            expression_attribute_names: non_empty(names),
            expression_attribute_values: non_empty(values),
            index_name: self.opts.index.clone(),
            limit: self.opts.page_size,
            consistent_read: self.opts.consistent,
            scan_index_forward: if self.descending { Some(false) } else { None },
            ..QueryInput::default()
        };
        self.with.iter().fold(req, |r, f| f(r))
    }
}

impl<T: DeserializeOwned + Send + 'static> Stream for Query<T> {
    type Item = Result<T>;
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<T>>> {
        let this = self.get_mut();
        if this.stream.is_none() {
            let items = this.table.client().query_items(this.request());
            this.stream = Some(typed(items, this.opts.limit));
        }
        match &mut this.stream {
            Some(s) => s.poll_next_unpin(cx),
            None => Poll::Ready(None),
        }
    }
}

/// A scan: a `Stream` of `T` (see [`Table::scan`]).
pub struct Scan<T> {
    table: Table,
    opts: ReadOptions,
    with: Vec<Adjust<ScanInput>>,
    segment: Option<(i32, i32)>,
    stream: Option<ItemStream<T>>,
    _t: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned + Send + 'static> Scan<T> {
    read_options!();

    /// Adjusts the request, any field of boto3's `Scan` (`.with(|r| r.select(..))`), after
    /// what the other methods set; it may run once per request sent.
    pub fn with(mut self, f: impl Fn(ScanInput) -> ScanInput + Send + Sync + 'static) -> Self {
        self.with.push(Arc::new(f));
        self
    }

    /// Sends one request and returns its answer, as boto3's `table.scan(..)` does.
    pub async fn send(self) -> Result<ScanOutput> {
        self.table.client().scan(self.request()).await
    }

    /// Every page's answer, following `LastEvaluatedKey` (nothing is sent until polled).
    pub fn pages(self) -> Pages<ScanOutput> {
        self.table.client().scan_pages(self.request())
    }

    /// One segment of a parallel scan: `segment` in `0..total_segments`.
    pub fn segment(mut self, segment: i32, total_segments: i32) -> Self {
        self.segment = Some((segment, total_segments));
        self
    }

    /// The request this scan sends first.
    pub fn request(&self) -> ScanInput {
        let mut ph = Placeholders::new();
        let filter = self.opts.filter.as_ref().map(|f| f.render(&mut ph));
        let projection = self.opts.projection.as_ref().map(|p| p.render(&mut ph));
        let (names, values) = ph.into_parts();
        let req = ScanInput {
            table_name: self.table.name().to_owned(),
            filter_expression: filter,
            projection_expression: projection,
            expression_attribute_names: non_empty(names),
            expression_attribute_values: non_empty(values),
            index_name: self.opts.index.clone(),
            limit: self.opts.page_size,
            consistent_read: self.opts.consistent,
            segment: self.segment.map(|s| s.0),
            total_segments: self.segment.map(|s| s.1),
            ..ScanInput::default()
        };
        self.with.iter().fold(req, |r, f| f(r))
    }
}

impl<T: DeserializeOwned + Send + 'static> Stream for Scan<T> {
    type Item = Result<T>;
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<T>>> {
        let this = self.get_mut();
        if this.stream.is_none() {
            let items = this.table.client().scan_items(this.request());
            this.stream = Some(typed(items, this.opts.limit));
        }
        match &mut this.stream {
            Some(s) => s.poll_next_unpin(cx),
            None => Poll::Ready(None),
        }
    }
}
