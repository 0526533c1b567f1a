//! Batch actions: one request for a page of resources, built from the request's schema.
//!
//! boto3 spells each batch request's parameters out in its resource model; here they follow
//! from the identifiers' `param` names and the request shape: a top-level member named after
//! a parameter takes the shared value (or, when it is a list, every resource's value; a list
//! may be named in the plural, `AlarmNames` for `alarm_name`), and a
//! list of structures holding members named after the other parameters gets one entry per
//! resource (with `Id` set to the entry's index when the entry has such a member).

use super::Resource;
use crate::error::{Error, Result};
use crate::model::{Kind, Member, Schema, Shapes};
use crate::shape::Shape;
use crate::value::Value;

/// Compares `queue_url` with `QueueUrl`.
fn same_name(param: &str, member: &str) -> bool {
    let mut p = param.chars().filter(|c| *c != '_');
    let mut m = member.chars().filter(|c| *c != '_');
    loop {
        match (p.next(), m.next()) {
            (None, None) => return true,
            (Some(a), Some(b)) if a.eq_ignore_ascii_case(&b) => {}
            _ => return false,
        }
    }
}

fn members(schema: &Schema) -> &[Member] {
    match &schema.kind {
        Kind::Structure { members, .. } => members,
        _ => &[],
    }
}

/// Typed shapes only hold static references, which resolve without an arena.
static NO_ARENA: Shapes = Shapes::EMPTY;

fn target(member: &Member) -> &Schema {
    NO_ARENA.get(&member.target)
}

/// Where the per-resource entries go: the path of member names to a list of structures
/// whose element has a member named after one of `params`.
fn entries_path<'s>(schema: &'s Schema, params: &[&str], depth: usize) -> Option<Vec<&'s Member>> {
    for m in members(schema) {
        let t = target(m);
        match &t.kind {
            Kind::List { member } => {
                let element = target(member);
                let hit = members(element)
                    .iter()
                    .any(|e| params.iter().any(|p| same_name(p, &e.name)));
                if hit {
                    return Some(vec![m]);
                }
            }
            Kind::Structure { .. } if depth > 0 => {
                if let Some(mut path) = entries_path(t, params, depth - 1) {
                    path.insert(0, m);
                    return Some(path);
                }
            }
            _ => {}
        }
    }
    None
}

/// Builds one request `I` per group of resources sharing their top-level parameters.
pub fn batch_input<I: Shape, T: Resource>(items: &[T]) -> Result<Vec<I>> {
    let schema = I::schema();
    let Some(first) = items.first() else {
        return Ok(Vec::new());
    };
    let params: Vec<&'static str> = first.identifier_params().into_iter().map(|p| p.0).collect();
    let top: Vec<(&'static str, &Member)> = params
        .iter()
        .filter_map(|p| {
            let m = members(schema).iter().find(|m| {
                same_name(p, &m.name)
                    || matches!(target(m).kind, Kind::List { .. })
                        && same_name(&format!("{p}s"), &m.name)
            })?;
            Some((*p, m))
        })
        .collect();
    let rest: Vec<&str> = params
        .iter()
        .copied()
        .filter(|p| !top.iter().any(|(t, _)| t == p))
        .collect();
    let path = if rest.is_empty() {
        None
    } else {
        Some(entries_path(schema, &rest, 1).ok_or_else(|| {
            Error::invalid_input(format!(
                "the batch request {} has no list for the identifiers {rest:?}",
                schema.name
            ))
        })?)
    };

    // Group resources by their shared (non-list) top-level values, keeping order.
    let shared = |item: &T| -> String {
        let values = item.identifier_params();
        let mut key = String::new();
        for (p, m) in &top {
            if !matches!(target(m).kind, Kind::List { .. }) {
                if let Some((_, v)) = values.iter().find(|(q, _)| q == p) {
                    key.push_str(&format!("{v:?}\u{0}"));
                }
            }
        }
        key
    };
    let mut groups: Vec<(String, Vec<&T>)> = Vec::new();
    for item in items {
        let key = shared(item);
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, g)) => g.push(item),
            None => groups.push((key, vec![item])),
        }
    }

    groups
        .into_iter()
        .map(|(_, group)| {
            let mut request = Value::structure();
            for (p, m) in &top {
                let is_list = matches!(target(m).kind, Kind::List { .. });
                let mut values = group.iter().filter_map(|item| {
                    let mut ids = item.identifier_params();
                    let i = ids.iter().position(|(q, _)| q == p)?;
                    Some(ids.swap_remove(i).1)
                });
                let value = if is_list {
                    Value::List(values.collect())
                } else {
                    values.next().unwrap_or(Value::Null)
                };
                request.set(m.name.clone(), value);
            }
            if let Some(path) = &path {
                let (list, outer) = path.split_last().expect("a path has a list member");
                let Kind::List { member } = &target(list).kind else {
                    return Err(Error::invalid_input("batch entries are not a list"));
                };
                let element = members(target(member));
                let entries = group
                    .iter()
                    .enumerate()
                    .map(|(i, item)| {
                        let mut entry = Value::structure();
                        for (p, v) in item.identifier_params() {
                            if let Some(m) = element.iter().find(|m| same_name(p, &m.name)) {
                                entry.set(m.name.clone(), v);
                            }
                        }
                        if let Some(id) = element.iter().find(|m| m.name == "Id") {
                            if entry.get("Id").is_none() {
                                entry.set(id.name.clone(), Value::String(i.to_string()));
                            }
                        }
                        entry
                    })
                    .collect();
                let mut slot = &mut request;
                for m in outer {
                    if slot.get(&m.name).is_none() {
                        slot.set(m.name.clone(), Value::structure());
                    }
                    let Value::Structure(fields) = slot else {
                        return Err(Error::invalid_input("batch request is not a structure"));
                    };
                    let Some((_, inner)) = fields.iter_mut().find(|(k, _)| *k == m.name) else {
                        return Err(Error::invalid_input("batch request member vanished"));
                    };
                    slot = inner;
                }
                slot.set(list.name.clone(), Value::List(entries));
            }
            I::from_value(request)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::same_name;

    #[test]
    fn names_match_across_cases() {
        assert!(same_name("queue_url", "QueueUrl"));
        assert!(same_name("receipt_handle", "ReceiptHandle"));
        assert!(!same_name("queue", "QueueUrl"));
        assert!(!same_name("queue_urls", "QueueUrl"));
        assert!(same_name(&format!("{}s", "alarm_name"), "AlarmNames"));
    }
}
