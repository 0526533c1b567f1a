//! How `#[resource]` finds, at compile time, an operation of a `#[client]` by its method
//! name and an identifier of another resource by its field name: the client lists its
//! operations ([`Operations`]), a resource its identifiers and attributes; each name used
//! becomes an index by a `const fn` ([`op_index`], [`id_index`]), so a wrong name is one
//! compile error that says what the name is and lists what would fit.

/// The operations of a `#[client]`, by method name, in declaration order: `ClientOp<i>`
/// is operation `NAMES[i]`. `#[client]` implements it.
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a `#[client]`",
    label = "`client = ..` names a struct declared with `#[client]`"
)]
pub trait Operations {
    /// Method names of the operations.
    const NAMES: &'static [&'static str];
}

/// Longest message [`op_index`] writes.
const MESSAGE: usize = 1024;
/// Operations listed by name in that message; the rest are counted.
const LISTED: usize = 8;
/// Operations compared to the misspelled name (a client has fewer).
const COMPARED: usize = 1024;
/// Bytes of a name the edit distance looks at.
const WIDTH: usize = 32;

/// The index of operation `name` among `names` (a client's [`Operations::NAMES`]). A name
/// that is not there fails compilation with a message naming `client` and listing its
/// operations, the closest to `name` first.
pub const fn op_index(client: &str, names: &[&str], name: &str) -> u64 {
    let mut i = 0;
    while i < names.len() {
        if eq(names[i].as_bytes(), name.as_bytes()) {
            return i as u64;
        }
        i += 1;
    }
    let mut buf = [0u8; MESSAGE];
    let len = message(&mut buf, client, names, name);
    fail(&buf, len)
}

const fn eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// Writes "`client` has no operation `name`; its operations, closest first: `a`, `b`" into
/// `buf` and returns its length (cut at a whole name when `buf` is full).
const fn message(buf: &mut [u8; MESSAGE], client: &str, names: &[&str], name: &str) -> usize {
    let mut len = 0;
    len = push(buf, len, b"`");
    len = push(buf, len, client.as_bytes());
    len = push(buf, len, b"` has no operation `");
    len = push(buf, len, name.as_bytes());
    if names.is_empty() {
        return push(buf, len, b"`; it has no operations");
    }
    len = push(buf, len, b"`; its operations, closest first: ");
    let count = if names.len() < COMPARED {
        names.len()
    } else {
        COMPARED
    };
    let mut dist = [0usize; COMPARED];
    let mut i = 0;
    while i < count {
        dist[i] = distance(names[i].as_bytes(), name.as_bytes());
        i += 1;
    }
    let mut taken = [false; COMPARED];
    let mut listed = 0;
    while listed < count && listed < LISTED {
        // The closest name not listed yet; ties keep declaration order.
        let mut best = COMPARED;
        let mut j = 0;
        while j < count {
            if !taken[j] && (best == COMPARED || dist[j] < dist[best]) {
                best = j;
            }
            j += 1;
        }
        let entry = names[best].as_bytes();
        // Room for the name, its separator and quotes, and a final count.
        if len + entry.len() + 32 > MESSAGE {
            break;
        }
        taken[best] = true;
        if listed > 0 {
            len = push(buf, len, b", ");
        }
        len = push(buf, len, b"`");
        len = push(buf, len, entry);
        len = push(buf, len, b"`");
        listed += 1;
    }
    if listed < names.len() {
        len = push(buf, len, b" and ");
        len = push_number(buf, len, names.len() - listed);
        len = push(buf, len, b" more");
    }
    len
}

/// Appends as much of `bytes` as fits.
const fn push(buf: &mut [u8; MESSAGE], mut len: usize, bytes: &[u8]) -> usize {
    let mut i = 0;
    while i < bytes.len() && len < MESSAGE {
        buf[len] = bytes[i];
        len += 1;
        i += 1;
    }
    len
}

const fn push_number(buf: &mut [u8; MESSAGE], len: usize, mut n: usize) -> usize {
    let mut digits = [0u8; 20];
    let mut count = 0;
    loop {
        digits[count] = b'0' + (n % 10) as u8;
        count += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut out = [0u8; 20];
    let mut i = 0;
    while i < count {
        out[i] = digits[count - 1 - i];
        i += 1;
    }
    let (number, _) = out.split_at(count);
    push(buf, len, number)
}

/// Edit distance (insertions, deletions, substitutions) of the first [`WIDTH`] bytes of
/// `a` and `b`.
const fn distance(a: &[u8], b: &[u8]) -> usize {
    let n = if a.len() < WIDTH { a.len() } else { WIDTH };
    let m = if b.len() < WIDTH { b.len() } else { WIDTH };
    let mut prev = [0usize; WIDTH + 1];
    let mut cur = [0usize; WIDTH + 1];
    let mut j = 0;
    while j <= m {
        prev[j] = j;
        j += 1;
    }
    let mut i = 1;
    while i <= n {
        cur[0] = i;
        let mut j = 1;
        while j <= m {
            let cost = if a[i - 1] == b[j - 1] { 0 } else { 1 };
            let mut best = prev[j - 1] + cost;
            if prev[j] + 1 < best {
                best = prev[j] + 1;
            }
            if cur[j - 1] + 1 < best {
                best = cur[j - 1] + 1;
            }
            cur[j] = best;
            j += 1;
        }
        let mut k = 0;
        while k <= m {
            prev[k] = cur[k];
            k += 1;
        }
        i += 1;
    }
    prev[m]
}

/// Identifier `I` (in declaration order) of a `#[resource]`: how another resource's
/// generated code sets it knowing only its name. `#[resource]` implements it.
pub trait IdSlot<const I: u64> {
    /// The identifier's type.
    type Value;
    /// Sets the identifier.
    fn set(&mut self, value: Self::Value);
}

/// The index of identifier `name` among `identifiers`, or 0 when it is not one: for a
/// method argument's type (the child's identifier type), where [`id_index`] in the body
/// reports a wrong name once.
pub const fn arg_index(identifiers: &[&str], name: &str) -> u64 {
    let mut i = 0;
    while i < identifiers.len() {
        if eq(identifiers[i].as_bytes(), name.as_bytes()) {
            return i as u64;
        }
        i += 1;
    }
    0
}

/// The index of identifier `name` of resource `resource`, given its identifiers and its
/// attributes (data fields). Any other name fails compilation, saying whether it is an
/// attribute and listing the identifiers.
pub const fn id_index(
    resource: &str,
    identifiers: &[&str],
    attributes: &[&str],
    name: &str,
) -> u64 {
    let mut i = 0;
    while i < identifiers.len() {
        if eq(identifiers[i].as_bytes(), name.as_bytes()) {
            return i as u64;
        }
        i += 1;
    }
    let mut attribute = false;
    let mut j = 0;
    while j < attributes.len() {
        attribute = attribute || eq(attributes[j].as_bytes(), name.as_bytes());
        j += 1;
    }
    let mut buf = [0u8; MESSAGE];
    let mut len = push(&mut buf, 0, b"`");
    len = push(&mut buf, len, name.as_bytes());
    if attribute {
        len = push(&mut buf, len, b"` is an attribute of `");
        len = push(&mut buf, len, resource.as_bytes());
        len = push(&mut buf, len, b"` (a field of its data), not an identifier");
    } else {
        len = push(&mut buf, len, b"` is not an identifier of `");
        len = push(&mut buf, len, resource.as_bytes());
        len = push(&mut buf, len, b"`");
    }
    len = push(&mut buf, len, b"; map its identifiers: ");
    len = push_list(&mut buf, len, identifiers);
    fail(&buf, len)
}

/// Fails compilation unless `mapped` names every identifier of `resource`. A mapped name
/// that is no identifier is [`id_index`]'s error alone: nothing is reported here then.
pub const fn all_mapped(resource: &str, identifiers: &[&str], mapped: &[&str]) {
    let mut k = 0;
    while k < mapped.len() {
        let mut known = false;
        let mut j = 0;
        while j < identifiers.len() {
            known = known || eq(identifiers[j].as_bytes(), mapped[k].as_bytes());
            j += 1;
        }
        if !known {
            return;
        }
        k += 1;
    }
    let mut i = 0;
    while i < identifiers.len() {
        let mut found = false;
        let mut j = 0;
        while j < mapped.len() {
            found = found || eq(identifiers[i].as_bytes(), mapped[j].as_bytes());
            j += 1;
        }
        if !found {
            let mut buf = [0u8; MESSAGE];
            let mut len = push(&mut buf, 0, b"`");
            len = push(&mut buf, len, resource.as_bytes());
            len = push(&mut buf, len, b"(..)` leaves its identifier `");
            len = push(&mut buf, len, identifiers[i].as_bytes());
            len = push(&mut buf, len, b"` unmapped: write `");
            len = push(&mut buf, len, identifiers[i].as_bytes());
            len = push(&mut buf, len, b" = source`, or `");
            len = push(&mut buf, len, identifiers[i].as_bytes());
            len = push(&mut buf, len, b"` alone to take it as an argument");
            fail(&buf, len);
        }
        i += 1;
    }
}

/// "`a`, `b`" (as many as fit).
const fn push_list(buf: &mut [u8; MESSAGE], mut len: usize, names: &[&str]) -> usize {
    let mut i = 0;
    while i < names.len() && len + names[i].len() + 8 < MESSAGE {
        if i > 0 {
            len = push(buf, len, b", ");
        }
        len = push(buf, len, b"`");
        len = push(buf, len, names[i].as_bytes());
        len = push(buf, len, b"`");
        i += 1;
    }
    len
}

/// Fails (at compile time, in a constant) with the first `len` bytes of `buf`.
const fn fail(buf: &[u8; MESSAGE], len: usize) -> ! {
    let (text, _) = buf.split_at(len);
    match core::str::from_utf8(text) {
        Ok(text) => panic!("{}", text),
        Err(_) => panic!("a name given here is wrong"),
    }
}

#[cfg(test)]
mod tests {
    use super::{all_mapped, distance, id_index, message, op_index, MESSAGE};

    #[test]
    fn identifiers_are_found_by_name() {
        const I: u64 = id_index("Secret", &["region", "name"], &["arn"], "name");
        assert_eq!(I, 1);
        all_mapped("Secret", &["region", "name"], &["name", "region"]);
        // A wrong name is `id_index`'s error, not also a missing one here.
        all_mapped("Secret", &["region", "name"], &["arn"]);
    }

    #[test]
    #[should_panic(expected = "`arn` is an attribute of `Secret` (a field of its data), \
                               not an identifier; map its identifiers: `name`")]
    fn an_attribute_is_not_an_identifier() {
        id_index("Secret", &["name"], &["arn"], "arn");
    }

    #[test]
    #[should_panic(
        expected = "`nmae` is not an identifier of `Secret`; map its identifiers: \
                               `region`, `name`"
    )]
    fn an_unknown_identifier_lists_them() {
        id_index("Secret", &["region", "name"], &["arn"], "nmae");
    }

    #[test]
    #[should_panic(expected = "`Secret(..)` leaves its identifier `name` unmapped")]
    fn every_identifier_is_mapped() {
        all_mapped("Secret", &["region", "name"], &["region"]);
    }

    const NAMES: &[&str] = &["get_queue_url", "get_queue_attributes", "delete_queue"];

    #[test]
    fn a_known_name_is_its_index() {
        const I: u64 = op_index("SqsClient", NAMES, "delete_queue");
        assert_eq!(I, 2);
        assert_eq!(op_index("SqsClient", NAMES, "get_queue_url"), 0);
    }

    fn text(names: &[&str], name: &str) -> String {
        let mut buf = [0u8; MESSAGE];
        let len = message(&mut buf, "SqsClient", names, name);
        String::from_utf8(buf[..len].to_vec()).unwrap()
    }

    #[test]
    fn an_unknown_name_lists_the_operations_closest_first() {
        assert_eq!(
            text(NAMES, "get_queue_uri"),
            "`SqsClient` has no operation `get_queue_uri`; its operations, closest first: \
             `get_queue_url`, `get_queue_attributes`, `delete_queue`"
        );
        assert_eq!(
            text(&[], "x"),
            "`SqsClient` has no operation `x`; it has no operations"
        );
        let many: Vec<String> = (0..20).map(|i| format!("op_{i}")).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let t = text(&many, "op_17");
        assert!(t.contains("closest first: `op_17`, "), "{t}");
        assert!(t.ends_with(" and 12 more"), "{t}");
    }

    #[test]
    #[should_panic(expected = "`SqsClient` has no operation `nope`")]
    fn an_unknown_name_panics_with_the_message() {
        op_index("SqsClient", NAMES, "nope");
    }

    #[test]
    fn a_long_list_is_cut_at_a_whole_name() {
        let long = "x".repeat(300);
        let names = [long.as_str(), long.as_str(), long.as_str(), long.as_str()];
        let t = text(&names, "y");
        assert!(t.len() <= MESSAGE && t.ends_with(" more"), "{t}");
        assert_eq!(distance(b"kitten", b"sitting"), 3);
        assert_eq!(distance(b"", b"abc"), 3);
    }
}
