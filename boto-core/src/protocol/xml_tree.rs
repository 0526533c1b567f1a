//! A tiny XML element tree for responses, read with quick-xml.
//!
//! AWS responses are small (list outputs aside, and those are bounded by page sizes), and the
//! XML protocols need look-ahead that a pull parser makes awkward: a structure's members may
//! come in any order, flattened lists interleave with other members, error bodies are probed
//! for several shapes. So a response is read once into [`Element`]s and then decoded against
//! the shape model. Element names keep only their local part (`<s3:Key>` is `Key`), as
//! botocore's reader does; attribute names keep their prefix (`xsi:type`).
//!
//! Malformed, truncated or non-UTF-8 input, unknown entities and absurd nesting are
//! [`Error::decode`]s with a message that says what and where; nothing here panics.

use crate::error::{Error, Result};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// Deeper nesting than this is refused (no AWS response comes close; it bounds recursion
/// in the decoders that walk the tree).
const MAX_DEPTH: usize = 128;

/// One XML element: local name, attributes, child elements and its own text.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Element {
    /// The local name (namespace prefix removed).
    pub name: String,
    /// Attributes as written (`xmlns`, `xmlns:x`, `xsi:type`), values unescaped.
    pub attrs: Vec<(String, String)>,
    /// Child elements in document order.
    pub children: Vec<Element>,
    /// The element's direct text and CDATA, concatenated and unescaped.
    pub text: String,
}

impl Element {
    /// The first child with this local name.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// Every child with this local name, in order.
    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// The text of the first child with this name.
    pub fn child_text(&self, name: &str) -> Option<&str> {
        self.child(name).map(|c| c.text.as_str())
    }

    /// An attribute by its name as written.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

fn bad(what: impl std::fmt::Display, pos: u64) -> Error {
    // The parser's message may quote names from the document: kept short.
    let mut what = what.to_string();
    crate::error::clip(&mut what, 200);
    Error::decode(format!("malformed XML at byte {pos}: {what}"))
}

fn start_element(e: &BytesStart<'_>, pos: u64) -> Result<Element> {
    let name = std::str::from_utf8(e.local_name().as_ref())
        .map_err(|_| bad("element name is not UTF-8", pos))?
        .to_owned();
    let mut attrs = Vec::new();
    for attr in e.attributes() {
        let attr = attr.map_err(|err| bad(err, pos))?;
        let key = std::str::from_utf8(attr.key.as_ref())
            .map_err(|_| bad("attribute name is not UTF-8", pos))?
            .to_owned();
        let value = attr.unescape_value().map_err(|err| bad(err, pos))?;
        attrs.push((key, value.into_owned()));
    }
    Ok(Element {
        name,
        attrs,
        children: Vec::new(),
        text: String::new(),
    })
}

/// Reads a whole document into its root element.
pub(crate) fn parse(bytes: &[u8]) -> Result<Element> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Error::decode(format!(
            "XML body is not valid UTF-8 (at byte {})",
            e.valid_up_to()
        ))
    })?;
    // A UTF-8 byte order mark is allowed before the declaration.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = Reader::from_str(text);
    reader.config_mut().trim_text(false);
    reader.config_mut().check_end_names = true;
    reader.config_mut().expand_empty_elements = false;

    let mut stack: Vec<Element> = Vec::new();
    let mut root: Option<Element> = None;
    loop {
        let pos = reader.buffer_position();
        let event = reader.read_event().map_err(|e| bad(e, pos))?;
        match event {
            Event::Start(e) => {
                if root.is_some() {
                    return Err(bad("content after the root element", pos));
                }
                if stack.len() >= MAX_DEPTH {
                    return Err(bad(format!("nesting deeper than {MAX_DEPTH}"), pos));
                }
                stack.push(start_element(&e, pos)?);
            }
            Event::Empty(e) => {
                if root.is_some() {
                    return Err(bad("content after the root element", pos));
                }
                let el = start_element(&e, pos)?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(el),
                    None => root = Some(el),
                }
            }
            Event::End(_) => {
                // quick-xml checks that the end name matches its start.
                let el = stack
                    .pop()
                    .ok_or_else(|| bad("closing tag without an open element", pos))?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(el),
                    None => root = Some(el),
                }
            }
            Event::Text(t) => {
                let s = t.unescape().map_err(|e| bad(e, pos))?;
                match stack.last_mut() {
                    Some(el) => el.text.push_str(&s),
                    None if s.trim().is_empty() => {}
                    None => return Err(bad("text outside the root element", pos)),
                }
            }
            Event::CData(c) => {
                let raw = c.into_inner();
                let s = std::str::from_utf8(&raw).map_err(|_| bad("CDATA is not UTF-8", pos))?;
                match stack.last_mut() {
                    Some(el) => el.text.push_str(s),
                    None => return Err(bad("CDATA outside the root element", pos)),
                }
            }
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) | Event::DocType(_) => {}
            Event::Eof => {
                if !stack.is_empty() {
                    let open = stack.last().map(|e| e.name.as_str()).unwrap_or("");
                    return Err(Error::decode(format!(
                        "truncated XML: end of input inside <{open}>"
                    )));
                }
                return root.ok_or_else(|| Error::decode("empty XML document: no root element"));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn errors_quote_little_of_the_document() {
        let name = "n".repeat(100_000);
        let doc = format!("<{name}></{name}x>");
        let err = parse(doc.as_bytes()).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Decode);
        assert!(
            err.to_string().len() < 400,
            "{} bytes",
            err.to_string().len()
        );
    }

    #[test]
    fn reads_names_attributes_text_and_children() {
        let doc = br#"<?xml version="1.0" encoding="UTF-8"?>
            <s3:Root xmlns:s3="http://s3" xmlns:xsi="http://x" a="1 &amp; 2">
              <Key>a&lt;b&gt;&#233;&#x20AC;</Key>
              <s3:Key><![CDATA[<raw & text>]]></s3:Key>
              <Empty/>
              <!-- comment -->
              <Grantee xsi:type="CanonicalUser"><ID>x</ID></Grantee>
            </s3:Root>"#;
        let root = parse(doc).unwrap();
        assert_eq!(root.name, "Root");
        assert_eq!(root.attr("a"), Some("1 & 2"));
        assert_eq!(root.attr("xmlns:s3"), Some("http://s3"));
        let keys: Vec<_> = root
            .children_named("Key")
            .map(|k| k.text.as_str())
            .collect();
        assert_eq!(keys, ["a<b>é€", "<raw & text>"]);
        assert_eq!(root.child_text("Empty"), Some(""));
        let g = root.child("Grantee").unwrap();
        assert_eq!(g.attr("xsi:type"), Some("CanonicalUser"));
        assert_eq!(g.child_text("ID"), Some("x"));
    }

    #[test]
    fn keeps_whitespace_inside_text() {
        let root = parse(b"<a><b>  x y \n</b></a>").unwrap();
        assert_eq!(root.child_text("b"), Some("  x y \n"));
    }

    fn decode_err(input: &[u8]) -> String {
        let err = parse(input).expect_err("should fail");
        assert_eq!(err.kind(), ErrorKind::Decode, "{err}");
        err.to_string()
    }

    #[test]
    fn malformed_documents_are_decode_errors() {
        assert!(decode_err(b"<a><b></a>").contains("malformed XML"));
        assert!(decode_err(b"<a><b>text</b>").contains("truncated"));
        assert!(decode_err(b"<a>").contains("truncated"));
        assert!(decode_err(b"").contains("no root element"));
        assert!(decode_err(b"   ").contains("no root element"));
        assert!(decode_err(b"not xml at all").contains("outside the root"));
        assert!(decode_err(b"<a></a><b></b>").contains("after the root"));
        assert!(decode_err(b"<a>&bogus;</a>").contains("malformed XML"));
        assert!(decode_err(b"<a x=\"1\" x=\"2\"/>").contains("malformed XML"));
        assert!(decode_err(b"<a><b attr=></b></a>").contains("malformed XML"));
        assert!(decode_err(b"<a>\xff\xfe</a>").contains("UTF-8"));
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = "<a>".repeat(MAX_DEPTH + 1) + &"</a>".repeat(MAX_DEPTH + 1);
        assert!(decode_err(deep.as_bytes()).contains("nesting"));
        let ok = "<a>".repeat(MAX_DEPTH) + &"</a>".repeat(MAX_DEPTH);
        assert!(parse(ok.as_bytes()).is_ok());
    }

    #[test]
    fn byte_order_mark_is_accepted() {
        let root = parse("\u{feff}<a>1</a>".as_bytes()).unwrap();
        assert_eq!(root.text, "1");
    }
}
