//! [`DynamoDb`] and [`Table`]: items as `serde` types, queries and scans as streams.

use super::batch::BatchWriter;
use super::client::*;
use super::expr::{Condition, KeyCondition, Placeholders, ProjectionExpr, UpdateExpr};
use super::{from_item, to_item, Client, Item};
use boto_core::{Error, Result, Session};
use futures::stream::{Stream, StreamExt, TryStreamExt};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};

/// The DynamoDB service resource: `DynamoDb::new(&session).table("users")`.
#[derive(Clone, Debug)]
pub struct DynamoDb {
    client: Client,
}

impl DynamoDb {
    /// A resource over a new client of `session`.
    pub fn new(session: &Session) -> DynamoDb {
        DynamoDb {
            client: Client::new(session),
        }
    }

    /// The client underneath.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// A table by name (no request is sent).
    pub fn table(&self, name: impl Into<String>) -> Table {
        Table::new(&self.client, name)
    }

    /// Creates a table and returns it (not yet `ACTIVE`: see
    /// [`Table::wait_until_exists`]).
    pub async fn create_table(&self, input: CreateTableInput) -> Result<Table> {
        let name = input.table_name.clone();
        self.client.create_table(input).await?;
        Ok(self.table(name))
    }

    /// Every table of the account in the region (`ListTables`, following
    /// `LastEvaluatedTableName`), like boto3's `dynamodb.tables.all()`.
    pub fn tables(&self) -> impl Stream<Item = Result<Table>> + Send + 'static {
        let client = self.client.clone();
        self.client
            .list_tables_items(ListTablesInput::new())
            .map_ok(move |name| Table::new(&client, name))
    }
}

/// One table. Cheap to clone; equal when the names are.
#[derive(Clone)]
pub struct Table {
    client: Client,
    name: Arc<str>,
}

impl fmt::Debug for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Table").field("name", &self.name).finish()
    }
}

impl PartialEq for Table {
    fn eq(&self, other: &Table) -> bool {
        self.name == other.name
    }
}
impl Eq for Table {}
impl std::hash::Hash for Table {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.name.hash(state)
    }
}

fn non_empty<K, V>(m: HashMap<K, V>) -> Option<HashMap<K, V>> {
    if m.is_empty() {
        None
    } else {
        Some(m)
    }
}

impl Table {
    /// A table of `client` by name.
    pub fn new(client: &Client, name: impl Into<String>) -> Table {
        Table {
            client: client.clone(),
            name: Arc::from(name.into()),
        }
    }

    /// The table's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The client underneath.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// `DescribeTable`.
    pub async fn describe(&self) -> Result<TableDescription> {
        let out = self
            .client
            .describe_table(DescribeTableInput::new().table_name(self.name()))
            .await?;
        out.table
            .ok_or_else(|| Error::decode("DescribeTable answered without a table"))
    }

    /// Deletes the table (`DeleteTable`).
    pub async fn delete(&self) -> Result<()> {
        self.client
            .delete_table(DeleteTableInput::new().table_name(self.name()))
            .await
            .map(drop)
    }

    /// Waits until the table is `ACTIVE`.
    pub fn wait_until_exists(&self) -> boto_core::waiter::Waiter<DescribeTableOutput> {
        self.client
            .wait_until_table_exists(DescribeTableInput::new().table_name(self.name()))
    }

    /// Waits until the table is gone.
    pub fn wait_until_not_exists(&self) -> boto_core::waiter::Waiter<DescribeTableOutput> {
        self.client
            .wait_until_table_not_exists(DescribeTableInput::new().table_name(self.name()))
    }

    /// Writes an item (any `Serialize` struct or map), replacing one with the same key.
    pub async fn put<T: Serialize + ?Sized>(&self, item: &T) -> Result<()> {
        let req = PutItemInput::new()
            .table_name(self.name())
            .item(to_item(item)?);
        self.client.put_item(req).await.map(drop)
    }

    /// Writes an item if `condition` holds; else the service error
    /// `ConditionalCheckFailedException`.
    pub async fn put_if<T: Serialize + ?Sized>(
        &self,
        item: &T,
        condition: Condition,
    ) -> Result<()> {
        let e = condition.build();
        let req = PutItemInput {
            table_name: self.name().to_owned(),
            item: to_item(item)?,
            condition_expression: Some(e.expression),
            expression_attribute_names: non_empty(e.names),
            expression_attribute_values: non_empty(e.values),
            ..PutItemInput::default()
        };
        self.client.put_item(req).await.map(drop)
    }

    /// Reads the item with this key (`key!("id" => "a")`), `None` if there is none.
    pub async fn get<T: DeserializeOwned>(&self, key: Item) -> Result<Option<T>> {
        let out = self
            .client
            .get_item(GetItemInput::new().table_name(self.name()).key(key))
            .await?;
        out.item.map(from_item).transpose()
    }

    /// Deletes the item with this key (nothing happens if there is none).
    pub async fn delete_item(&self, key: Item) -> Result<()> {
        self.client
            .delete_item(DeleteItemInput::new().table_name(self.name()).key(key))
            .await
            .map(drop)
    }

    /// Applies an update expression to the item with this key (creating it if absent) and
    /// returns the item as it is afterwards.
    pub async fn update_item(&self, key: Item, update: UpdateExpr) -> Result<Item> {
        self.update(key, update, None).await
    }

    /// As [`update_item`](Table::update_item), only if `condition` holds.
    pub async fn update_item_if(
        &self,
        key: Item,
        update: UpdateExpr,
        condition: Condition,
    ) -> Result<Item> {
        self.update(key, update, Some(condition)).await
    }

    async fn update(&self, key: Item, update: UpdateExpr, cond: Option<Condition>) -> Result<Item> {
        let mut ph = Placeholders::new();
        let update = update.render(&mut ph);
        let cond = cond.map(|c| c.render(&mut ph));
        let (names, values) = ph.into_parts();
        let req = UpdateItemInput {
            table_name: self.name().to_owned(),
            key,
            update_expression: Some(update),
            condition_expression: cond,
            expression_attribute_names: non_empty(names),
            expression_attribute_values: non_empty(values),
            return_values: Some(ReturnValue::AllNew),
            ..UpdateItemInput::default()
        };
        Ok(self
            .client
            .update_item(req)
            .await?
            .attributes
            .unwrap_or_default())
    }

    /// The items matching a key condition, as a stream of `T` (paginated for you; nothing
    /// is sent until polled). Adjust it with `filter`, `index`, `descending`, ... first.
    pub fn query<T: DeserializeOwned + Send + 'static>(&self, key: KeyCondition) -> Query<T> {
        Query {
            table: self.clone(),
            key,
            opts: ReadOptions::default(),
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
            segment: None,
            stream: None,
            _t: PhantomData,
        }
    }

    /// A buffered writer: puts and deletes go out 25 at a time.
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
    descending: bool,
    stream: Option<ItemStream<T>>,
    _t: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned + Send + 'static> Query<T> {
    read_options!();

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
        QueryInput {
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
        }
    }
}

impl<T: DeserializeOwned + Send + 'static> Stream for Query<T> {
    type Item = Result<T>;
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<T>>> {
        let this = self.get_mut();
        if this.stream.is_none() {
            let items = this.table.client.query_items(this.request());
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
    segment: Option<(i32, i32)>,
    stream: Option<ItemStream<T>>,
    _t: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned + Send + 'static> Scan<T> {
    read_options!();

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
        ScanInput {
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
        }
    }
}

impl<T: DeserializeOwned + Send + 'static> Stream for Scan<T> {
    type Item = Result<T>;
    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<T>>> {
        let this = self.get_mut();
        if this.stream.is_none() {
            let items = this.table.client.scan_items(this.request());
            this.stream = Some(typed(items, this.opts.limit));
        }
        match &mut this.stream {
            Some(s) => s.poll_next_unpin(cx),
            None => Poll::Ready(None),
        }
    }
}
