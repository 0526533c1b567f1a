//! Helpers of `#[client]`: page sizes and waiter matchers over typed outputs.

/// Sets a page-size member (`limit = ..` of a paginated operation) from a `u32`, whatever
/// integer type the member has; sizes beyond the type's range saturate.
pub trait PageLimit {
    /// The member's value for `size`.
    fn limit(size: u32) -> Self;
}

macro_rules! page_limit {
    ($($t:ty),*) => {$(
        impl PageLimit for $t {
            fn limit(size: u32) -> Self {
                <$t>::try_from(size).unwrap_or(<$t>::MAX)
            }
        }
        impl PageLimit for Option<$t> {
            fn limit(size: u32) -> Self {
                Some(<$t>::limit(size))
            }
        }
    )*};
}
page_limit!(i32, i64, u32, u64);

/// `all = ..`: every selected value equals `expected`, and there is at least one.
pub fn match_all<I, E>(values: I, expected: &E) -> bool
where
    I: IntoIterator,
    I::Item: PartialEq<E>,
{
    let mut any = false;
    for v in values {
        if v != *expected {
            return false;
        }
        any = true;
    }
    any
}

/// `any = ..`: at least one selected value equals `expected`.
pub fn match_any<I, E>(values: I, expected: &E) -> bool
where
    I: IntoIterator,
    I::Item: PartialEq<E>,
{
    values.into_iter().any(|v| v == *expected)
}

/// `path = ..`: the selected value equals `expected`.
pub fn match_path<V: PartialEq<E>, E>(value: V, expected: &E) -> bool {
    value == *expected
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matchers() {
        assert!(match_all(vec!["a", "a"], &"a"));
        assert!(!match_all(vec!["a", "b"], &"a"));
        assert!(
            !match_all(Vec::<&str>::new(), &"a"),
            "all of nothing does not match"
        );
        assert!(match_any(vec!["a", "b"], &"b"));
        assert!(!match_any(Vec::<&str>::new(), &"b"));
        assert!(match_path("x", &"x"));
        assert!(!match_path(3, &4));
        assert_eq!(<Option<i32>>::limit(5), Some(5));
        assert_eq!(<i32>::limit(u32::MAX), i32::MAX);
    }
}
