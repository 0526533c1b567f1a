//! [`BatchWriter`]: buffered puts and deletes, sent 25 at a time with unprocessed items
//! retried.

use super::client::{BatchWriteItemInput, WriteRequest};
use super::resources::Table;
use super::{to_item, AttributeValue, Item};
use boto_core::{Error, Result};
use serde::Serialize;
use std::collections::HashMap;
use std::time::Duration;

/// DynamoDB's limit of writes per `BatchWriteItem`.
const BATCH_SIZE: usize = 25;

/// Buffers puts and deletes for one table and sends them 25 at a time
/// (`table.batch_writer()`).
///
/// Items the service leaves unprocessed (throttling) go back to the front of the buffer and
/// are re-sent with exponential backoff; after `max_attempts` rounds in a row in which
/// nothing was processed, the call fails with the items still buffered. Call
/// [`flush`](BatchWriter::flush) at the end: a writer dropped with items in its buffer does
/// not send them.
#[derive(Debug)]
pub struct BatchWriter {
    table: Table,
    buffer: Vec<WriteRequest>,
    overwrite_by_pkeys: Vec<String>,
    base_delay: Duration,
    max_delay: Duration,
    max_attempts: u32,
}

// The thin methods are `#[inline]` (compiled in the crate calling them); `add` and
// `send_batch`, the writer's work, are compiled here once.
impl BatchWriter {
    #[inline]
    pub(crate) fn new(table: Table) -> BatchWriter {
        BatchWriter {
            table,
            buffer: Vec::with_capacity(BATCH_SIZE),
            overwrite_by_pkeys: Vec::new(),
            base_delay: Duration::from_millis(50),
            max_delay: Duration::from_secs(5),
            max_attempts: 10,
        }
    }

    /// Key attribute names: a new write for a key already in the buffer replaces the buffered
    /// one (DynamoDB refuses a batch with the same key twice).
    pub fn overwrite_by_pkeys<I, S>(mut self, keys: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.overwrite_by_pkeys = keys.into_iter().map(Into::into).collect();
        self
    }

    /// The first backoff delay (doubled per round without progress, capped at 5 s).
    #[inline]
    pub fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// Rounds in a row without progress before giving up (default 10).
    #[inline]
    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    /// Writes not sent yet.
    #[inline]
    pub fn pending(&self) -> usize {
        self.buffer.len()
    }

    /// Buffers a put of any `Serialize` struct or map; sends a batch when 25 are buffered.
    pub async fn put<T: Serialize + ?Sized>(&mut self, item: &T) -> Result<()> {
        let item = to_item(item)?;
        self.put_item(item).await
    }

    /// Buffers a put of an item map.
    #[inline]
    pub async fn put_item(&mut self, item: Item) -> Result<()> {
        self.add(WriteRequest::put(item)).await
    }

    /// Buffers a delete of the item with this key.
    #[inline]
    pub async fn delete(&mut self, key: Item) -> Result<()> {
        self.add(WriteRequest::delete(key)).await
    }

    /// Sends everything buffered.
    #[inline]
    pub async fn flush(&mut self) -> Result<()> {
        while !self.buffer.is_empty() {
            self.send_batch().await?;
        }
        Ok(())
    }

    async fn add(&mut self, req: WriteRequest) -> Result<()> {
        if !self.overwrite_by_pkeys.is_empty() {
            let key = self.pkey(&req)?;
            let mut i = 0;
            while i < self.buffer.len() {
                if self.pkey(&self.buffer[i])? == key {
                    self.buffer.remove(i);
                } else {
                    i += 1;
                }
            }
        }
        self.buffer.push(req);
        if self.buffer.len() >= BATCH_SIZE {
            self.send_batch().await?;
        }
        Ok(())
    }

    /// The values of the `overwrite_by_pkeys` attributes of a write.
    fn pkey<'a>(&self, req: &'a WriteRequest) -> Result<Vec<&'a AttributeValue>> {
        let attrs = match (&req.put_request, &req.delete_request) {
            (Some(p), _) => &p.item,
            (None, Some(d)) => &d.key,
            (None, None) => return Err(Error::invalid_input("a write request must put or delete")),
        };
        self.overwrite_by_pkeys
            .iter()
            .map(|k| {
                attrs.get(k).ok_or_else(|| {
                    Error::invalid_input(format!("batch write lacks key attribute `{k}`"))
                })
            })
            .collect()
    }

    /// Sends up to 25 writes, retrying what comes back unprocessed.
    async fn send_batch(&mut self) -> Result<()> {
        let mut idle = 0u32;
        loop {
            let n = self.buffer.len().min(BATCH_SIZE);
            if n == 0 {
                return Ok(());
            }
            let batch: Vec<WriteRequest> = self.buffer.drain(..n).collect();
            let req = BatchWriteItemInput::new().request_items(HashMap::from([(
                self.table.name().to_owned(),
                batch.clone(),
            )]));
            let out = match self.table.client().batch_write_item(req).await {
                Ok(out) => out,
                Err(e) => {
                    self.buffer.splice(0..0, batch);
                    return Err(e);
                }
            };
            let unprocessed = out
                .unprocessed_items
                .and_then(|mut m| m.remove(self.table.name()))
                .unwrap_or_default();
            if unprocessed.is_empty() {
                return Ok(());
            }
            idle = if unprocessed.len() >= n { idle + 1 } else { 0 };
            let left = unprocessed.len();
            self.buffer.splice(0..0, unprocessed);
            if idle >= self.max_attempts {
                return Err(Error::timeout(format!(
                    "BatchWriteItem on `{}`: {left} writes still unprocessed after {idle} \
                     rounds without progress; they stay buffered",
                    self.table.name()
                )));
            }
            let exp = idle.saturating_sub(1).min(16);
            let delay = self.base_delay.saturating_mul(1 << exp).min(self.max_delay);
            tokio::time::sleep(delay).await;
        }
    }
}
