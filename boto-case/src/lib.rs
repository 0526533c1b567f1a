//! Case conversions between Rust names and AWS wire names: the one implementation behind
//! the macros' default wire names (`#[derive(Shape)]`, `#[client]`) and the generator that
//! writes `name = ".."` exactly where that default would be wrong (boto-codegen).

#![forbid(unsafe_code)]
#![warn(missing_docs)]

/// A member's or operation's default wire name: the Rust name in PascalCase.
/// `list_objects_v2` -> `ListObjectsV2`, `r#type` -> `Type`, `e_tag` -> `ETag`.
pub fn pascal(snake: &str) -> String {
    let snake = snake.strip_prefix("r#").unwrap_or(snake);
    let mut out = String::with_capacity(snake.len());
    let mut upper = true;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// `#[shape(rename_all = ..)]`: how member names (and enum values) are spelled on the
/// wire, from the Rust name's words (`queue_url`, or a variant's `QueueUrl`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Case {
    /// `queueUrl`
    Camel,
    /// `QueueUrl` (what fields are without `rename_all`)
    Pascal,
    /// `QUEUE_URL`
    Screaming,
}

impl Case {
    /// Every case by the name `rename_all` takes.
    pub const NAMES: &'static [(&'static str, Case)] = &[
        ("camelCase", Case::Camel),
        ("PascalCase", Case::Pascal),
        ("SCREAMING", Case::Screaming),
    ];

    /// `name` (snake_case or PascalCase) in this case.
    pub fn apply(self, name: &str) -> String {
        let words = words(name);
        match self {
            Case::Screaming => words
                .iter()
                .map(|w| w.to_uppercase())
                .collect::<Vec<_>>()
                .join("_"),
            Case::Pascal | Case::Camel => {
                let mut out = String::with_capacity(name.len());
                for (i, w) in words.iter().enumerate() {
                    let mut chars = w.chars();
                    if let Some(first) = chars.next() {
                        if i == 0 && self == Case::Camel {
                            out.extend(first.to_lowercase());
                        } else {
                            out.extend(first.to_uppercase());
                        }
                        out.push_str(chars.as_str());
                    }
                }
                out
            }
        }
    }
}

/// The words of `queue_url` or `QueueUrl`: `["queue", "url"]` / `["Queue", "Url"]`.
fn words(name: &str) -> Vec<&str> {
    if name.contains('_') {
        return name.split('_').filter(|w| !w.is_empty()).collect();
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in name.char_indices() {
        if i > start && c.is_uppercase() {
            out.push(&name[start..i]);
            start = i;
        }
    }
    if start < name.len() {
        out.push(&name[start..]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{pascal, Case};

    #[test]
    fn rename_all_cases() {
        assert_eq!(Case::Camel.apply("log_group_name"), "logGroupName");
        assert_eq!(Case::Camel.apply("LogGroup"), "logGroup");
        assert_eq!(Case::Pascal.apply("log_group_name"), "LogGroupName");
        assert_eq!(Case::Screaming.apply("arn"), "ARN");
        assert_eq!(Case::Screaming.apply("queue_url"), "QUEUE_URL");
        assert_eq!(Case::Screaming.apply("InProgress"), "IN_PROGRESS");
        assert_eq!(Case::Camel.apply("Ready"), "ready");
    }

    #[test]
    fn pascal_case() {
        assert_eq!(pascal("list_objects_v2"), "ListObjectsV2");
        assert_eq!(pascal("r#type"), "Type");
        assert_eq!(pascal("bucket"), "Bucket");
        assert_eq!(pascal("e_tag"), "ETag");
        assert_eq!(pascal("_x"), "X");
        assert_eq!(pascal("stream_arn"), "StreamArn");
    }

    #[test]
    fn pascal_is_rename_all_pascal_for_snake_names() {
        for name in [
            "queue_url",
            "list_objects_v2",
            "e_tag",
            "a",
            "x_y_z",
            "md5_of_body",
        ] {
            assert_eq!(pascal(name), Case::Pascal.apply(name), "{name}");
        }
    }
}
