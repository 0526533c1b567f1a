//! Case conversions between Rust names and wire names.

/// `list_objects_v2` -> `ListObjectsV2`, `r#type` -> `Type`.
pub(crate) fn pascal(snake: &str) -> String {
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

#[cfg(test)]
mod tests {
    use super::pascal;

    #[test]
    fn pascal_case() {
        assert_eq!(pascal("list_objects_v2"), "ListObjectsV2");
        assert_eq!(pascal("r#type"), "Type");
        assert_eq!(pascal("bucket"), "Bucket");
        assert_eq!(pascal("e_tag"), "ETag");
        assert_eq!(pascal("_x"), "X");
    }
}
