//! A minimal streaming XML writer for request bodies.
//!
//! Writes straight into one buffer (no tree), escaping text and attribute values with
//! quick-xml's escaper. Characters that XML 1.0 cannot carry at all (most C0 controls) are
//! refused as [`Error::invalid_input`] instead of producing a document the service rejects.

use crate::error::{Error, Result};
use quick_xml::escape::escape;

/// Writes elements, attributes and text into a byte buffer.
#[derive(Debug, Default)]
pub(crate) struct XmlWriter {
    out: String,
}

fn check_chars(s: &str) -> Result<()> {
    match s.chars().find(|&c| {
        (c < ' ' && c != '\t' && c != '\n' && c != '\r') || c == '\u{fffe}' || c == '\u{ffff}'
    }) {
        Some(c) => Err(Error::invalid_input(format!(
            "character U+{:04X} cannot be sent in an XML body",
            c as u32
        ))),
        None => Ok(()),
    }
}

impl XmlWriter {
    /// An empty writer.
    pub fn new() -> XmlWriter {
        XmlWriter::default()
    }

    fn push_escaped(&mut self, s: &str) {
        // `\r` would be normalised to `\n` by the reader: keep it as a character reference.
        for (i, part) in s.split('\r').enumerate() {
            if i > 0 {
                self.out.push_str("&#xD;");
            }
            self.out.push_str(&escape(part));
        }
    }

    /// `<name a="v" ...>`
    #[cfg(test)]
    pub fn start(&mut self, name: &str, attrs: &[(String, String)]) -> Result<()> {
        self.open_tag(name);
        for (k, v) in attrs {
            self.attr(k, v)?;
        }
        self.close_tag();
        Ok(())
    }

    /// `<name`: a start tag left open for attributes ([`attr`](XmlWriter::attr)) until
    /// [`close_tag`](XmlWriter::close_tag).
    pub fn open_tag(&mut self, name: &str) {
        self.out.push('<');
        self.out.push_str(name);
    }

    /// ` k="v"` in an open start tag.
    pub fn attr(&mut self, k: &str, v: &str) -> Result<()> {
        check_chars(v)?;
        self.out.push(' ');
        self.out.push_str(k);
        self.out.push_str("=\"");
        self.push_escaped(v);
        self.out.push('"');
        Ok(())
    }

    /// `>`: ends a start tag.
    pub fn close_tag(&mut self) {
        self.out.push('>');
    }

    /// How many bytes are written.
    pub fn len(&self) -> usize {
        self.out.len()
    }

    /// Inserts ` k="v"` at byte `at` (the end of a start tag written earlier); returns the
    /// bytes inserted.
    pub fn insert_attr(&mut self, at: usize, k: &str, v: &str) -> Result<usize> {
        let mut a = XmlWriter::new();
        a.attr(k, v)?;
        self.out.insert_str(at, &a.out);
        Ok(a.out.len())
    }

    /// `</name>`
    pub fn end(&mut self, name: &str) {
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    /// Escaped character data.
    pub fn text(&mut self, s: &str) -> Result<()> {
        check_chars(s)?;
        self.push_escaped(s);
        Ok(())
    }

    /// `<name ...>text</name>`
    #[cfg(test)]
    pub fn leaf(&mut self, name: &str, attrs: &[(String, String)], text: &str) -> Result<()> {
        self.start(name, attrs)?;
        self.text(text)?;
        self.end(name);
        Ok(())
    }

    /// The document's bytes.
    pub fn finish(self) -> Vec<u8> {
        self.out.into_bytes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;
    use crate::protocol::xml_tree;

    #[test]
    fn escapes_text_and_attributes_and_round_trips() {
        let mut w = XmlWriter::new();
        let attrs = vec![("test".to_string(), "<a&b \"q\" 'x'>".to_string())];
        w.start("Root", &attrs).unwrap();
        w.leaf("v", &[], "1 < 2 & 3 > \"2\" \r\n é 😹").unwrap();
        w.end("Root");
        let bytes = w.finish();
        let s = std::str::from_utf8(&bytes).unwrap();
        assert!(
            s.starts_with("<Root test=\"&lt;a&amp;b &quot;q&quot; &apos;x&apos;&gt;\">"),
            "{s}"
        );
        let root = xml_tree::parse(&bytes).unwrap();
        assert_eq!(root.attr("test"), Some("<a&b \"q\" 'x'>"));
        assert_eq!(root.child_text("v"), Some("1 < 2 & 3 > \"2\" \r\n é 😹"));
    }

    #[test]
    fn control_characters_are_refused() {
        let mut w = XmlWriter::new();
        let err = w.text("a\u{1}b").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidInput);
        assert!(err.to_string().contains("U+0001"));
        let err = w.start("a", &[("k".into(), "\u{0}".into())]).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidInput);
    }
}
