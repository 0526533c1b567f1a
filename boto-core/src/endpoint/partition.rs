//! The partitions table behind `aws.partition`: which partition (`aws`, `aws-cn`,
//! `aws-us-gov`, ...) a region belongs to, and that partition's DNS suffixes and
//! capabilities.

use super::regex::Regex;
use crate::{Error, Result};
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// botocore's `partitions.json`, built in so resolving needs no files at run time.
const EMBEDDED: &str = include_str!("partitions.json");

/// A partitions table, as in botocore's `partitions.json`.
///
/// [`RuleSet`](super::RuleSet) uses the built-in copy unless given another with
/// [`RuleSet::with_partitions`](super::RuleSet::with_partitions). Cloning is cheap.
#[derive(Debug, Clone, PartialEq)]
pub struct Partitions {
    inner: Arc<Table>,
}

#[derive(Debug, PartialEq)]
struct Table {
    partitions: Vec<Partition>,
    /// Region name → its partition's outputs, with the region's own overrides.
    regions: HashMap<String, Value>,
    /// The partition unknown regions fall back to: `aws`, else the first.
    fallback: usize,
}

#[derive(Debug, PartialEq)]
struct Partition {
    region_regex: Regex,
    /// `outputs` with `name` set to the partition's id: what `aws.partition` returns.
    outputs: Value,
}

impl Partitions {
    /// Parses a partitions table.
    ///
    /// # Errors
    ///
    /// A [`Config`](crate::ErrorKind::Config) error when the JSON is malformed, a partition
    /// lacks an `id`, `outputs` or `regionRegex`, or its `regionRegex` is not understood.
    pub fn from_json(json: &str) -> Result<Partitions> {
        let doc: Value = serde_json::from_str(json).map_err(|e| bad(format!("not JSON: {e}")))?;
        let list = doc
            .get("partitions")
            .and_then(Value::as_array)
            .ok_or_else(|| bad("no `partitions` array".to_string()))?;
        let mut partitions = Vec::with_capacity(list.len());
        let mut regions = HashMap::new();
        for (index, p) in list.iter().enumerate() {
            let id = p
                .get("id")
                .and_then(Value::as_str)
                .ok_or_else(|| bad(format!("partition {index} has no string `id`")))?;
            let mut outputs = p
                .get("outputs")
                .and_then(Value::as_object)
                .cloned()
                .ok_or_else(|| bad(format!("partition `{id}` has no `outputs` object")))?;
            outputs.insert("name".to_string(), Value::String(id.to_string()));
            let pattern = p
                .get("regionRegex")
                .and_then(Value::as_str)
                .ok_or_else(|| bad(format!("partition `{id}` has no string `regionRegex`")))?;
            let region_regex = Regex::new(pattern)
                .map_err(|e| bad(format!("partition `{id}`: regionRegex `{pattern}`: {e}")))?;
            let region_map = match p.get("regions") {
                None => Map::new(),
                Some(Value::Object(m)) => m.clone(),
                Some(_) => {
                    return Err(bad(format!("partition `{id}`: `regions` is not an object")))
                }
            };
            for (region, overrides) in region_map {
                let mut merged = outputs.clone();
                if let Some(overrides) = overrides.as_object() {
                    for (k, v) in overrides {
                        // Only the partition's own output fields can be overridden per region.
                        if k != "name" && merged.contains_key(k) {
                            merged.insert(k.clone(), v.clone());
                        }
                    }
                }
                regions.entry(region).or_insert(Value::Object(merged));
            }
            partitions.push(Partition {
                region_regex,
                outputs: Value::Object(outputs),
            });
        }
        if partitions.is_empty() {
            return Err(bad("the `partitions` array is empty".to_string()));
        }
        let fallback = partitions
            .iter()
            .position(|p| p.outputs["name"] == "aws")
            .unwrap_or(0);
        Ok(Partitions {
            inner: Arc::new(Table {
                partitions,
                regions,
                fallback,
            }),
        })
    }

    /// The built-in table (botocore's `partitions.json`).
    ///
    /// # Errors
    ///
    /// Only if the built-in copy failed to parse, which its tests rule out.
    pub fn embedded() -> Result<Partitions> {
        static EMBEDDED_TABLE: OnceLock<Result<Partitions, String>> = OnceLock::new();
        EMBEDDED_TABLE
            .get_or_init(|| Partitions::from_json(EMBEDDED).map_err(|e| e.to_string()))
            .clone()
            .map_err(Error::config)
    }

    /// What `aws.partition(region)` returns: the partition listing the region by name,
    /// else the first whose `regionRegex` matches, else `aws`. An object with `name`,
    /// `dnsSuffix`, `dualStackDnsSuffix`, `supportsFIPS`, `supportsDualStack`,
    /// `implicitGlobalRegion`.
    pub fn lookup(&self, region: &str) -> &Value {
        let table = &*self.inner;
        if let Some(outputs) = table.regions.get(region) {
            return outputs;
        }
        let partition = table
            .partitions
            .iter()
            .find(|p| p.region_regex.is_match(region))
            .unwrap_or(&table.partitions[table.fallback]);
        &partition.outputs
    }
}

fn bad(message: String) -> Error {
    Error::config(format!("partitions table: {message}"))
}
