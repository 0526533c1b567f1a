//! Decoding XML elements into [`Value`]s guided by the shape model.
//!
//! Shared by awsQuery, ec2Query and restXml responses (botocore's `BaseXMLResponseParser`):
//! structures look their members up by wire name in any order, wrapped lists take every
//! child as an element whatever its tag, flattened lists and maps are the repeated elements
//! of the enclosing structure, map entries carry `key`/`value` (or renamed) children,
//! timestamps accept any of the three wire formats and blobs are base64. Wrong types and
//! out-of-range numbers are [`Error::decode`]s naming the element.

use super::xml_tree::Element;
use crate::datetime::DateTime;
use crate::error::{Error, Result};
use crate::model::{Kind, Location, Member, Schema, Shapes};
use crate::value::Value;
use base64::Engine as _;

/// The element name of a structure member: its `locationName`, else its model name.
pub(crate) fn member_xml_name(m: &Member) -> &str {
    m.wire_name()
}

/// True when a member's list or map is written flattened (trait on the member or shape).
pub(crate) fn is_flattened(m: &Member, target: &Schema) -> bool {
    m.traits.flattened || target.traits.flattened
}

/// Decodes a structure shape from an element.
pub(crate) fn decode_structure(shapes: &Shapes, schema: &Schema, el: &Element) -> Result<Value> {
    let Kind::Structure { members, .. } = &schema.kind else {
        return decode_value(shapes, schema, el);
    };
    if tracing::enabled!(tracing::Level::DEBUG) {
        unmatched(shapes, schema, members, el);
    }
    let mut out = Vec::new();
    for m in members.iter() {
        // Header, prefix-header and status members are read by the REST bindings; URI and
        // query locations mean nothing in a response, so such members come from the body.
        if matches!(
            m.traits.location,
            Location::Header | Location::Headers | Location::StatusCode
        ) {
            continue;
        }
        let target = shapes.get(&m.target);
        let name = member_xml_name(m);
        if m.traits.xml_attribute {
            if let Some(text) = el.attr(name) {
                out.push((m.name.clone(), decode_text(target, name, text)?));
            }
            continue;
        }
        let flat = is_flattened(m, target);
        let value = match &target.kind {
            Kind::List { member } if flat => {
                let mut items: Vec<&Element> = el.children_named(name).collect();
                if items.is_empty() {
                    // botocore names flattened elements after the list member's
                    // locationName when the structure member has none (SQS `Message`).
                    if let Some(alt) = member.traits.location_name.as_deref() {
                        if m.traits.location_name.is_none() {
                            items = el.children_named(alt).collect();
                        }
                    }
                }
                if items.is_empty() {
                    continue;
                }
                let item_schema = shapes.get(&member.target);
                let list = items
                    .into_iter()
                    .map(|it| decode_value(shapes, item_schema, it))
                    .collect::<Result<Vec<_>>>()?;
                Value::List(list)
            }
            Kind::Map { key, value } if flat => {
                let entries: Vec<&Element> = el.children_named(name).collect();
                if entries.is_empty() {
                    continue;
                }
                decode_entries(shapes, key, value, entries.into_iter())?
            }
            _ => match el.child(name) {
                Some(child) => decode_value(shapes, target, child)?,
                None => continue,
            },
        };
        out.push((m.name.clone(), value));
    }
    Ok(Value::Structure(out))
}

fn decode_entries<'a>(
    shapes: &Shapes,
    key: &Member,
    value: &Member,
    entries: impl Iterator<Item = &'a Element>,
) -> Result<Value> {
    let key_name = key.traits.location_name.as_deref().unwrap_or("key");
    let value_name = value.traits.location_name.as_deref().unwrap_or("value");
    let value_schema = shapes.get(&value.target);
    let mut map = Vec::new();
    for entry in entries {
        let k = entry.child(key_name).ok_or_else(|| {
            Error::decode(format!("map entry <{}> has no <{key_name}>", entry.name))
        })?;
        let v = match entry.child(value_name) {
            Some(v) => decode_value(shapes, value_schema, v)?,
            None => continue,
        };
        map.push((k.text.clone(), v));
    }
    Ok(Value::Map(map))
}

/// Reports at debug level each child element no member reads (a misspelled field name
/// shows up here, in one run).
fn unmatched(shapes: &Shapes, schema: &Schema, members: &[Member], el: &Element) {
    for child in &el.children {
        let read = members.iter().any(|m| {
            member_xml_name(m) == child.name
                || matches!(&shapes.get(&m.target).kind, Kind::List { member }
                    if member.traits.location_name.as_deref() == Some(child.name.as_str()))
        });
        if !read {
            tracing::debug!(
                shape = %schema.name,
                member = child.name.as_str(),
                "response member matches no field of the shape; skipped"
            );
        }
    }
}

/// Decodes any shape from the element that carries it.
pub(crate) fn decode_value(shapes: &Shapes, schema: &Schema, el: &Element) -> Result<Value> {
    match &schema.kind {
        Kind::Structure { .. } => decode_structure(shapes, schema, el),
        Kind::List { member } => {
            let item_schema = shapes.get(&member.target);
            let items = el
                .children
                .iter()
                .map(|c| decode_value(shapes, item_schema, c))
                .collect::<Result<Vec<_>>>()?;
            Ok(Value::List(items))
        }
        Kind::Map { key, value } => decode_entries(shapes, key, value, el.children.iter()),
        _ => decode_text(schema, &el.name, &el.text),
    }
}

fn wrong(kind: &str, text: &str, name: &str) -> Error {
    let shown: String = text.chars().take(64).collect();
    Error::decode(format!("invalid {kind} {shown:?} in <{name}>"))
}

/// Decodes a scalar from its text (element content or attribute value).
pub(crate) fn decode_text(schema: &Schema, name: &str, text: &str) -> Result<Value> {
    Ok(match &schema.kind {
        Kind::String => Value::String(text.to_owned()),
        Kind::Boolean => match text.trim() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => return Err(wrong("boolean", text, name)),
        },
        Kind::Integer => {
            let t = text.trim();
            match t.parse::<i64>() {
                Ok(n) => Value::Integer(n),
                Err(_)
                    if !t.is_empty()
                        && t.trim_start_matches('-')
                            .bytes()
                            .all(|b| b.is_ascii_digit()) =>
                {
                    let shown: String = t.chars().take(64).collect();
                    return Err(Error::decode(format!(
                        "integer {shown:?} in <{name}> is out of range"
                    )));
                }
                Err(_) => return Err(wrong("integer", text, name)),
            }
        }
        Kind::Float => {
            Value::Float(parse_float(text.trim()).ok_or_else(|| wrong("number", text, name))?)
        }
        Kind::BigNumber => {
            let t = text.trim();
            let ok = !t.is_empty()
                && t.bytes()
                    .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E'))
                && t.bytes().any(|b| b.is_ascii_digit());
            if !ok {
                return Err(wrong("number", text, name));
            }
            Value::BigNumber(t.to_owned())
        }
        Kind::Timestamp => {
            Value::Timestamp(DateTime::parse_any(text).map_err(|_| wrong("timestamp", text, name))?)
        }
        Kind::Blob => {
            let compact: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(compact.as_bytes())
                .map_err(|_| wrong("base64 blob", text, name))?;
            Value::Blob(bytes.into())
        }
        Kind::Document => {
            return Err(Error::decode(format!(
                "document shape <{name}> cannot be read from XML"
            )))
        }
        Kind::Structure { .. } | Kind::List { .. } | Kind::Map { .. } => {
            return Err(Error::decode(format!(
                "<{name}> holds text where a {} was expected",
                match &schema.kind {
                    Kind::List { .. } => "list",
                    Kind::Map { .. } => "map",
                    _ => "structure",
                }
            )))
        }
    })
}

/// Parses a float as AWS writes it, including `NaN`, `Infinity` and `-Infinity`.
pub(crate) fn parse_float(t: &str) -> Option<f64> {
    match t {
        "NaN" => Some(f64::NAN),
        "Infinity" => Some(f64::INFINITY),
        "-Infinity" => Some(f64::NEG_INFINITY),
        _ if t.is_empty()
            || t.bytes()
                .any(|b| b.is_ascii_alphabetic() && b != b'e' && b != b'E') =>
        {
            None
        }
        _ => t.parse::<f64>().ok(),
    }
}

#[cfg(test)]
mod tests;
