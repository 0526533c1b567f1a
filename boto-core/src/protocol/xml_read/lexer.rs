//! The tokens of an XML document, pulled one at a time from a `&str`: start tags (with
//! their attributes left unparsed until asked for), end tags checked against their start
//! tags, text (entities left in place), CDATA. Declarations, processing instructions,
//! comments and a DOCTYPE are checked to be closed and skipped. Every piece is a slice of
//! the document: nothing is copied or allocated but the stack of open element names.
//!
//! Malformed markup (a tag, comment or section never closed, a mismatched or unexpected
//! end tag, an empty tag name) is an [`Error::decode`]; an end of input with elements
//! still open is [`Tok::Eof`], for the reader to report as a truncation.

use super::bad;
use crate::error::Result;

/// One token of the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tok<'a> {
    /// A start tag (`empty`: `<x/>`, which has no end tag).
    Start { tag: Tag<'a>, empty: bool },
    /// An end tag (its name matches the start tag's).
    End,
    /// Text, raw: entities not yet replaced.
    Text(&'a str),
    /// The content of a `<![CDATA[..]]>` section.
    CData(&'a str),
    /// The end of the input.
    Eof,
}

/// A start tag's content, between `<` and `>` (or `/>`): its name, then its attributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Tag<'a> {
    pub(super) content: &'a str,
    pub(super) name_len: usize,
}

impl<'a> Tag<'a> {
    /// The qualified name (`s3:Key`).
    pub(super) fn name(&self) -> &'a str {
        &self.content[..self.name_len]
    }

    /// The local part of the name (`s3:Key` is `Key`).
    pub(super) fn local(&self) -> &'a str {
        let name = self.name();
        match name.bytes().position(|b| b == b':') {
            Some(i) => &name[i + 1..],
            None => name,
        }
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\r' | b'\n')
}

/// The lexer: a position in the document and the names of the open elements.
pub(super) struct Lexer<'a> {
    src: &'a str,
    pos: usize,
    open: Vec<&'a str>,
}

impl<'a> Lexer<'a> {
    /// A lexer at the start of `src`.
    pub(super) fn new(src: &'a str) -> Lexer<'a> {
        Lexer {
            src,
            pos: 0,
            open: Vec::with_capacity(16),
        }
    }

    /// The byte offset of the next token.
    pub(super) fn pos(&self) -> u64 {
        self.pos as u64
    }

    /// The first `needle` at or after `from`, as an offset in the document.
    fn find(&self, from: usize, needle: &str) -> Option<usize> {
        memchr::memmem::find(self.src.as_bytes().get(from..)?, needle.as_bytes()).map(|i| from + i)
    }

    /// The first byte `b` at or after `from`, as an offset in the document: most text and
    /// names are short, so the first bytes are looked at one by one before calling the
    /// vectorised search.
    fn find_byte(&self, from: usize, b: u8) -> Option<usize> {
        const NEAR: usize = 32;
        let hay = self.src.as_bytes().get(from..)?;
        let (near, far) = hay.split_at(hay.len().min(NEAR));
        match near.iter().position(|&x| x == b) {
            Some(i) => Some(from + i),
            None => memchr::memchr(b, far).map(|i| from + NEAR + i),
        }
    }

    /// The next token. Every slice boundary taken here is at an ASCII delimiter (or the
    /// end of the input), so slicing the `&str` never splits a character.
    pub(super) fn next(&mut self) -> Result<Tok<'a>> {
        loop {
            let src = self.src;
            let bytes = src.as_bytes();
            let start = self.pos;
            let Some(&first) = bytes.get(start) else {
                return Ok(Tok::Eof);
            };
            if first != b'<' {
                let end = self.find_byte(start, b'<').unwrap_or(bytes.len());
                self.pos = end;
                return Ok(Tok::Text(&src[start..end]));
            }
            match bytes.get(start + 1) {
                Some(b'/') => return self.end_tag(start),
                Some(b'?') => {
                    let end = self
                        .find(start + 2, "?>")
                        .ok_or_else(|| bad("unclosed processing instruction", start as u64))?;
                    self.pos = end + 2;
                }
                Some(b'!') => {
                    let rest = &src[start..];
                    if rest.starts_with("<!--") {
                        let end = self
                            .find(start + 4, "-->")
                            .ok_or_else(|| bad("unclosed comment", start as u64))?;
                        self.pos = end + 3;
                    } else if rest.starts_with("<![CDATA[") {
                        let from = start + 9;
                        let end = self
                            .find(from, "]]>")
                            .ok_or_else(|| bad("unclosed CDATA section", start as u64))?;
                        self.pos = end + 3;
                        return Ok(Tok::CData(&src[from..end]));
                    } else if rest
                        .as_bytes()
                        .get(2..9)
                        .is_some_and(|w| w.eq_ignore_ascii_case(b"DOCTYPE"))
                    {
                        self.pos = self.doctype_end(start)?;
                    } else {
                        return Err(bad("unknown markup after `<!`", start as u64));
                    }
                }
                _ => return self.start_tag(start),
            }
        }
    }

    /// `</name>` at `start`.
    fn end_tag(&mut self, start: usize) -> Result<Tok<'a>> {
        let end = self
            .find_byte(start + 2, b'>')
            .ok_or_else(|| bad("unclosed end tag", start as u64))?;
        let name = self.src[start + 2..end].trim_ascii_end();
        match self.open.pop() {
            // Names are short: compared inline.
            Some(open)
                if open.len() == name.len()
                    && open.bytes().zip(name.bytes()).all(|(a, b)| a == b) =>
            {
                self.pos = end + 1;
                Ok(Tok::End)
            }
            Some(open) => {
                let mut what = format!("expected </{open}>, found </{name}>");
                crate::error::clip(&mut what, 160);
                Err(bad(what, start as u64))
            }
            None => Err(bad("closing tag without an open element", start as u64)),
        }
    }

    /// `<name attr="..">` or `<name/>` at `start`; a `>` inside a quoted attribute value
    /// does not close the tag.
    fn start_tag(&mut self, start: usize) -> Result<Tok<'a>> {
        let bytes = self.src.as_bytes();
        let unclosed = || bad("unclosed start tag", start as u64);
        let mut i = start + 1;
        let gt = loop {
            match bytes.get(i) {
                Some(b'>') => break i,
                // A quoted attribute value: its `>` do not close the tag.
                Some(&quote @ (b'"' | b'\'')) => {
                    i = self.find_byte(i + 1, quote).ok_or_else(unclosed)? + 1
                }
                Some(_) => i += 1,
                None => return Err(unclosed()),
            }
        };
        let mut content = &self.src[start + 1..gt];
        let empty = content.ends_with('/');
        if empty {
            content = &content[..content.len() - 1];
        }
        let name_len = content.bytes().position(is_space).unwrap_or(content.len());
        if name_len == 0 {
            return Err(bad("a tag without a name", start as u64));
        }
        let tag = Tag { content, name_len };
        if !empty {
            self.open.push(tag.name());
        }
        self.pos = gt + 1;
        Ok(Tok::Start { tag, empty })
    }

    /// The offset after a `<!DOCTYPE ..>` at `start`: its internal subset in `[..]` and
    /// quoted literals may hold `>`.
    fn doctype_end(&self, start: usize) -> Result<usize> {
        let bytes = self.src.as_bytes();
        let mut i = start + 9;
        let mut depth = 0usize;
        let mut quote = None;
        while let Some(&b) = bytes.get(i) {
            match (quote, b) {
                (Some(q), b) if b == q => quote = None,
                (Some(_), _) => {}
                (None, b'"' | b'\'') => quote = Some(b),
                (None, b'[') => depth += 1,
                (None, b']') => depth = depth.saturating_sub(1),
                (None, b'>') if depth == 0 => return Ok(i + 1),
                _ => {}
            }
            i += 1;
        }
        Err(bad("unclosed DOCTYPE", start as u64))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(src: &str) -> Result<Vec<Tok<'_>>> {
        let mut lexer = Lexer::new(src);
        let mut out = Vec::new();
        loop {
            match lexer.next()? {
                Tok::Eof => return Ok(out),
                t => out.push(t),
            }
        }
    }

    #[test]
    fn tokens_of_a_document() {
        let doc = "<?xml version=\"1.0\"?><!-- c --><!DOCTYPE r [<!ENTITY x \">\">]>\
                   <s3:R a='x>y' b=\"1\">t&amp;<k/><![CDATA[<raw>]]></s3:R >";
        let toks = all(doc).unwrap();
        let Tok::Start { tag, empty: false } = toks[0] else {
            panic!("{toks:?}")
        };
        assert_eq!((tag.name(), tag.local()), ("s3:R", "R"));
        assert_eq!(tag.content, "s3:R a='x>y' b=\"1\"");
        assert_eq!(toks[1], Tok::Text("t&amp;"));
        let Tok::Start { tag, empty: true } = toks[2] else {
            panic!("{toks:?}")
        };
        assert_eq!(tag.name(), "k");
        assert_eq!(toks[3], Tok::CData("<raw>"));
        assert_eq!(toks[4], Tok::End);
        assert_eq!(toks.len(), 5);
    }

    #[test]
    fn malformed_markup_is_an_error() {
        for doc in [
            "<a></b>",
            "</a>",
            "<a",
            "<a b='>",
            "<>",
            "</>",
            "<a><!-- x",
            "<a><![CDATA[x",
            "<?xml",
            "<!x>",
            "<!DOCTYPE [",
            "<a></a",
            "<!éééé>",
            "<a><!DOCTéé>",
            "<é",
        ] {
            let err = all(doc).expect_err(doc);
            assert!(err.to_string().contains("malformed XML"), "{doc}: {err}");
        }
        // Open elements at the end are the reader's to report.
        assert!(all("<a><b>").is_ok());
    }
}
