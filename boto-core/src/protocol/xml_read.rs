//! A streaming XML [`Decoder`]: restXml, awsQuery and ec2Query responses read straight into
//! typed shapes, one pass over quick-xml's events with no element tree.
//!
//! It reads as `xml_decode.rs` does from a tree (botocore's `BaseXMLResponseParser`):
//! structures match members by wire name in any order, wrapped lists take every child as an
//! element whatever its tag, flattened lists and maps are the repeated elements of the
//! enclosing structure, map entries carry `key`/`value` (or renamed) children, scalars are
//! decoded by [`decode_text`]. Elements no member reads are skipped (still checked to be
//! well-formed), the rest of the document is read to its end, nesting is bounded: malformed,
//! truncated or non-UTF-8 input is an [`Error::decode`], never a panic.
//!
//! The tokens come from `xml_read/lexer.rs`, which slices them out of the body (checked to
//! be UTF-8 once, up front): text without entities reaches a field with one copy, the
//! field's own.

use super::xml_decode::{decode_text, is_flattened, member_xml_name};
use crate::error::{Error, Result};
use crate::model::{Kind, Location, Member, Schema, Shapes};
use crate::shape::{in_member, read_value, DecodeStruct, Decoder, ValueDecoder};
use crate::value::Value;
use lexer::{Lexer, Tag, Tok};
use quick_xml::events::BytesStart;
use std::borrow::Cow;

mod lexer;

/// Deeper nesting than this is refused (as the element tree does).
const MAX_DEPTH: usize = 128;

fn bad(what: impl std::fmt::Display, pos: u64) -> Error {
    let mut what = what.to_string();
    crate::error::clip(&mut what, 200);
    Error::decode(format!("malformed XML at byte {pos}: {what}"))
}

/// How the current element carries its value.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// The element is the value (a wrapped list or map: its children are the items).
    Plain,
    /// The element is one item of a flattened list, or one entry of a flattened map.
    Flat,
}

/// The element the decoder is positioned on (its start tag read).
struct Here<'a, 's> {
    start: Tag<'a>,
    /// `<x/>`: nothing more to read.
    empty: bool,
    /// Its end tag has been read.
    done: bool,
    schema: &'s Schema,
    member: Option<&'s Member>,
    form: Form,
}

/// The streaming reader. Build it with [`XmlDecoder::root`].
pub(crate) struct XmlDecoder<'a, 's> {
    reader: Lexer<'a>,
    depth: usize,
    here: Here<'a, 's>,
    shapes: &'s Shapes,
}

/// The local part of a tag name (`s3:Key` is `Key`), as bytes.
fn local<'e>(e: &Tag<'e>) -> &'e [u8] {
    e.local().as_bytes()
}

/// Text with its entities replaced (borrowed when it has none).
fn unescape(t: &str, pos: u64) -> Result<Cow<'_, str>> {
    if memchr::memchr(b'&', t.as_bytes()).is_none() {
        return Ok(Cow::Borrowed(t));
    }
    quick_xml::escape::unescape(t).map_err(|e| bad(e, pos))
}

impl<'a, 's> XmlDecoder<'a, 's> {
    /// Opens `body` (UTF-8, an optional byte order mark) on its root element, to be read as
    /// `schema`.
    pub(crate) fn root(body: &'a [u8], schema: &'s Schema, shapes: &'s Shapes) -> Result<Self> {
        let body = std::str::from_utf8(body).map_err(|e| {
            Error::decode(format!(
                "XML body is not valid UTF-8 (at byte {})",
                e.valid_up_to()
            ))
        })?;
        let body = body.strip_prefix('\u{feff}').unwrap_or(body);
        let mut reader = Lexer::new(body);
        loop {
            let pos = reader.pos();
            match reader.next()? {
                // `<root/>`: read whole at once, nothing open.
                Tok::Start { tag: start, empty } => {
                    return Ok(XmlDecoder {
                        reader,
                        depth: usize::from(!empty),
                        here: Here {
                            start,
                            empty,
                            done: empty,
                            schema,
                            member: None,
                            form: Form::Plain,
                        },
                        shapes,
                    })
                }
                Tok::Text(t) => {
                    let s = unescape(t, pos)?;
                    if !s.trim().is_empty() {
                        return Err(bad("text outside the root element", pos));
                    }
                }
                Tok::CData(_) => return Err(bad("CDATA outside the root element", pos)),
                Tok::End => return Err(bad("closing tag without an open element", pos)),
                Tok::Eof => return Err(Error::decode("empty XML document: no root element")),
            }
        }
    }

    /// Moves to the child element named `name` of the current element (skipping others):
    /// `Ok(false)`, at the end of the current element, if there is none.
    pub(crate) fn enter_child(&mut self, name: &str) -> Result<bool> {
        if self.here.empty || self.here.done {
            return Ok(false);
        }
        loop {
            match self.next_child()? {
                None => return Ok(false),
                Some((start, empty)) => {
                    if local(&start) == name.as_bytes() {
                        if !empty {
                            self.depth += 1;
                        }
                        self.here.start = start;
                        self.here.empty = empty;
                        self.here.done = empty;
                        return Ok(true);
                    }
                    if !empty {
                        self.depth += 1;
                        self.skip()?;
                    }
                }
            }
        }
    }

    /// Reads the rest of the document after the value was read: it must be well-formed
    /// and hold nothing but the end of the open elements, comments and whitespace.
    pub(crate) fn finish(mut self) -> Result<()> {
        loop {
            let pos = self.reader.pos();
            match self.reader.next()? {
                Tok::Start { empty, .. } => {
                    if self.depth == 0 {
                        return Err(bad("content after the root element", pos));
                    }
                    if !empty {
                        self.depth += 1;
                        self.check_depth(pos)?;
                    }
                }
                Tok::End => {
                    if self.depth == 0 {
                        return Err(bad("closing tag without an open element", pos));
                    }
                    self.depth -= 1;
                }
                Tok::Text(t) if self.depth == 0 => {
                    let s = unescape(t, pos)?;
                    if !s.trim().is_empty() {
                        return Err(bad("text outside the root element", pos));
                    }
                }
                Tok::Text(t) => {
                    unescape(t, pos)?;
                }
                Tok::CData(_) if self.depth == 0 => {
                    return Err(bad("CDATA outside the root element", pos))
                }
                Tok::CData(_) => {}
                Tok::Eof if self.depth > 0 => {
                    return Err(Error::decode(
                        "truncated XML: end of input inside an element",
                    ))
                }
                Tok::Eof => return Ok(()),
            }
        }
    }

    fn check_depth(&self, pos: u64) -> Result<()> {
        if self.depth > MAX_DEPTH {
            return Err(bad(format!("nesting deeper than {MAX_DEPTH}"), pos));
        }
        Ok(())
    }

    /// The next child element of the current one (`true`: it is empty), skipping text;
    /// `None` once the current element's end tag is read.
    fn next_child(&mut self) -> Result<Option<(Tag<'a>, bool)>> {
        loop {
            let pos = self.reader.pos();
            match self.reader.next()? {
                Tok::Start { tag, empty } => {
                    if !empty && self.depth >= MAX_DEPTH {
                        return Err(bad(format!("nesting deeper than {MAX_DEPTH}"), pos));
                    }
                    return Ok(Some((tag, empty)));
                }
                Tok::End => {
                    self.depth -= 1;
                    self.here.done = true;
                    return Ok(None);
                }
                Tok::Text(t) => {
                    unescape(t, pos)?;
                }
                Tok::Eof => return Err(self.truncated()),
                Tok::CData(_) => {}
            }
        }
    }

    fn truncated(&self) -> Error {
        let open = String::from_utf8_lossy(local(&self.here.start)).into_owned();
        let mut open = open;
        crate::error::clip(&mut open, 64);
        Error::decode(format!("truncated XML: end of input inside <{open}>"))
    }

    /// Skips the rest of the current element (its start tag read), checking it.
    fn skip(&mut self) -> Result<()> {
        let base = self.depth - 1;
        while self.depth > base {
            let pos = self.reader.pos();
            match self.reader.next()? {
                Tok::Start { empty: false, .. } => {
                    self.depth += 1;
                    self.check_depth(pos)?;
                }
                Tok::End => self.depth -= 1,
                Tok::Text(t) => {
                    unescape(t, pos)?;
                }
                Tok::Eof => return Err(self.truncated()),
                Tok::Start { empty: true, .. } | Tok::CData(_) => {}
            }
        }
        Ok(())
    }

    /// Finishes the current element if its reader left some of it.
    fn close(&mut self) -> Result<()> {
        if !self.here.done {
            self.here.done = true;
            self.skip()?;
        }
        Ok(())
    }

    /// The element's own text (children skipped), consuming it: borrowed from the body
    /// when it is one piece without entities.
    fn text(&mut self) -> Result<Cow<'a, str>> {
        if self.here.empty || self.here.done {
            self.here.done = true;
            return Ok(Cow::Borrowed(""));
        }
        let mut out: Option<Cow<'a, str>> = None;
        loop {
            let pos = self.reader.pos();
            let piece: Cow<'a, str> = match self.reader.next()? {
                // Most text has no entity: borrowed as it is.
                Tok::Text(t) => unescape(t, pos)?,
                Tok::CData(c) => Cow::Borrowed(c),
                Tok::Start { empty: false, .. } => {
                    self.depth += 1;
                    self.check_depth(pos)?;
                    self.skip()?;
                    continue;
                }
                Tok::Start { empty: true, .. } => continue,
                Tok::End => {
                    self.depth -= 1;
                    self.here.done = true;
                    return Ok(out.unwrap_or(Cow::Borrowed("")));
                }
                Tok::Eof => return Err(self.truncated()),
            };
            out = Some(match out {
                None => piece,
                Some(mut have) => {
                    have.to_mut().push_str(&piece);
                    have
                }
            });
        }
    }

    /// Runs `read` on the child element `start` read as `schema`, then restores the
    /// current element.
    fn descend<R>(
        &mut self,
        start: Tag<'a>,
        empty: bool,
        schema: &'s Schema,
        member: Option<&'s Member>,
        form: Form,
        read: impl FnOnce(&mut Self) -> Result<R>,
    ) -> Result<R> {
        if !empty {
            self.depth += 1;
        }
        let saved = std::mem::replace(
            &mut self.here,
            Here {
                start,
                empty,
                done: empty,
                schema,
                member,
                form,
            },
        );
        let out = read(self).and_then(|r| self.close().map(|()| r));
        self.here = saved;
        out
    }

    /// The member of a structure an element named `name` is, with the form it has.
    /// `likely` is where to look first: members mostly come in the schema's order, and the
    /// items of a flattened list one after another.
    fn find_member(
        members: &'s [Member],
        shapes: &'s Shapes,
        name: &[u8],
        likely: [usize; 2],
    ) -> Option<(usize, Form)> {
        let body = |m: &Member| {
            !m.traits.xml_attribute
                && !matches!(
                    m.traits.location,
                    Location::Header | Location::Headers | Location::StatusCode
                )
        };
        let flat = |m: &Member| {
            let target = shapes.get(&m.target);
            matches!(target.kind, Kind::List { .. } | Kind::Map { .. }) && is_flattened(m, target)
        };
        let is = |m: &Member| member_xml_name(m).as_bytes() == name && body(m);
        let guess = likely.into_iter().find(|&i| members.get(i).is_some_and(is));
        if let Some(i) = guess.or_else(|| members.iter().position(is)) {
            let form = if flat(&members[i]) {
                Form::Flat
            } else {
                Form::Plain
            };
            return Some((i, form));
        }
        // botocore names flattened elements after the list member's locationName when the
        // structure member has none (SQS `Message`).
        members
            .iter()
            .position(|m| {
                m.traits.location_name.is_none()
                    && body(m)
                    && flat(m)
                    && matches!(&shapes.get(&m.target).kind, Kind::List { member }
                    if member.traits.location_name.as_deref().map(str::as_bytes) == Some(name))
            })
            .map(|i| (i, Form::Flat))
    }

    fn name_text(&self) -> String {
        String::from_utf8_lossy(local(&self.here.start)).into_owned()
    }

    /// The current element's local name.
    fn name(&self) -> &str {
        self.here.start.local()
    }
}

impl<'a, 's> Decoder<'s> for XmlDecoder<'a, 's> {
    fn schema(&self) -> &'s Schema {
        self.here.schema
    }
    fn member(&self) -> Option<&'s Member> {
        self.here.member
    }
    fn shapes(&self) -> &'s Shapes {
        self.shapes
    }
    fn scalar(&mut self) -> Result<Value> {
        let text = self.text()?;
        if matches!(self.here.schema.kind, Kind::String) {
            return Ok(Value::String(text.into_owned()));
        }
        decode_text(self.here.schema, self.name(), &text)
    }
    fn string(&mut self) -> Result<String> {
        if matches!(self.here.schema.kind, Kind::String) {
            return self.text().map(Cow::into_owned);
        }
        match self.scalar()? {
            Value::String(s) => Ok(s),
            v => <String as crate::Shape>::from_value(v),
        }
    }
    fn value(&mut self) -> Result<Value> {
        read_value(self)
    }
    fn structure(&mut self, target: &mut dyn DecodeStruct) -> Result<()> {
        let schema = self.here.schema;
        let Kind::Structure { members, .. } = &schema.kind else {
            return Err(Error::decode(format!(
                "<{}> holds a structure where a {} was expected",
                self.name_text(),
                schema.name
            )));
        };
        // Attributes first: they are on the start tag.
        if members.iter().any(|m| m.traits.xml_attribute) {
            let tag = self.here.start;
            let start = BytesStart::from_content(tag.content, tag.name_len);
            for attr in start.attributes() {
                let attr = attr.map_err(|e| bad(e, self.reader.pos()))?;
                let key = attr.key.into_inner();
                let Some(i) = members
                    .iter()
                    .position(|m| m.traits.xml_attribute && member_xml_name(m).as_bytes() == key)
                else {
                    continue;
                };
                let m = &members[i];
                let text = attr
                    .unescape_value()
                    .map_err(|e| bad(e, self.reader.pos()))?;
                let target_schema = self.shapes.get(&m.target);
                let v = decode_text(target_schema, member_xml_name(m), &text)?;
                let mut d = ValueDecoder::for_member(v, m, self.shapes);
                target
                    .decode_member(i, &mut d)
                    .map_err(|e| in_member(schema, m, e))?;
            }
        }
        if self.here.empty || self.here.done {
            self.here.done = true;
            return Ok(());
        }
        let mut likely = [0, 0];
        while let Some((start, empty)) = self.next_child()? {
            let found = Self::find_member(members, self.shapes, local(&start), likely);
            if let Some((i, form)) = found {
                likely = match form {
                    Form::Flat => [i, i + 1],
                    Form::Plain => [i + 1, i + 1],
                };
            }
            let Some((i, form)) = found else {
                // A misspelled field name shows up here, in one run.
                tracing::debug!(
                    shape = %schema.name,
                    member = std::str::from_utf8(local(&start)).unwrap_or(""),
                    "response member matches no field of the shape; skipped"
                );
                if !empty {
                    self.depth += 1;
                    self.skip()?;
                }
                continue;
            };
            let m = &members[i];
            let child_schema = self.shapes.get(&m.target);
            self.descend(start, empty, child_schema, Some(m), form, |d| {
                target.decode_member(i, d)
            })
            .map_err(|e| in_member(schema, m, e))?;
        }
        Ok(())
    }
    fn list(&mut self, item: &mut dyn FnMut(&mut dyn Decoder<'s>) -> Result<()>) -> Result<()> {
        let schema = self.here.schema;
        let Kind::List { member } = &schema.kind else {
            return Err(Error::decode(format!("{} is not a list", schema.name)));
        };
        let item_schema = self.shapes.get(&member.target);
        if self.here.form == Form::Flat {
            // This element is the one item.
            let saved = (self.here.schema, self.here.member, self.here.form);
            self.here.schema = item_schema;
            self.here.member = Some(member);
            self.here.form = Form::Plain;
            let out = item(self);
            (self.here.schema, self.here.member, self.here.form) = saved;
            return out;
        }
        if self.here.empty || self.here.done {
            self.here.done = true;
            return Ok(());
        }
        while let Some((start, empty)) = self.next_child()? {
            self.descend(start, empty, item_schema, Some(member), Form::Plain, |d| {
                item(d)
            })?;
        }
        Ok(())
    }
    fn map(
        &mut self,
        entry: &mut dyn FnMut(String, &mut dyn Decoder<'s>) -> Result<()>,
    ) -> Result<()> {
        let schema = self.here.schema;
        let Kind::Map { key, value } = &schema.kind else {
            return Err(Error::decode(format!("{} is not a map", schema.name)));
        };
        if self.here.form == Form::Flat {
            return self.entry(key, value, entry);
        }
        if self.here.empty || self.here.done {
            self.here.done = true;
            return Ok(());
        }
        while let Some((start, empty)) = self.next_child()? {
            self.descend(start, empty, schema, self.here.member, Form::Flat, |d| {
                d.entry(key, value, entry)
            })?;
        }
        Ok(())
    }
}

impl<'a, 's> XmlDecoder<'a, 's> {
    /// Reads one map entry (the current element): its key, then its value.
    fn entry(
        &mut self,
        key: &'s Member,
        value: &'s Member,
        entry: &mut dyn FnMut(String, &mut dyn Decoder<'s>) -> Result<()>,
    ) -> Result<()> {
        let key_name = key.traits.location_name.as_deref().unwrap_or("key");
        let value_name = value.traits.location_name.as_deref().unwrap_or("value");
        let value_schema = self.shapes.get(&value.target);
        let key_schema = self.shapes.get(&key.target);
        let mut k: Option<String> = None;
        let mut saw_value = false;
        if !(self.here.empty || self.here.done) {
            while let Some((start, empty)) = self.next_child()? {
                let name = local(&start);
                if name == key_name.as_bytes() && k.is_none() {
                    let text =
                        self.descend(start, empty, key_schema, Some(key), Form::Plain, |d| {
                            d.text().map(Cow::into_owned)
                        })?;
                    k = Some(text);
                } else if name == value_name.as_bytes() && !saw_value {
                    let Some(kk) = k.take() else {
                        return Err(Error::decode(format!(
                            "map entry <{}>: <{value_name}> comes before <{key_name}>",
                            self.name_text()
                        )));
                    };
                    saw_value = true;
                    self.descend(start, empty, value_schema, Some(value), Form::Plain, |d| {
                        entry(kk, d)
                    })?;
                } else if !empty {
                    self.depth += 1;
                    self.skip()?;
                }
            }
        }
        self.here.done = true;
        if !saw_value && k.is_none() {
            return Err(Error::decode(format!(
                "map entry <{}> has no <{key_name}>",
                self.name_text()
            )));
        }
        Ok(())
    }
}
