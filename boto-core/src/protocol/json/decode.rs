//! A JSON [`Decoder`]: awsJson1_0/1_1 and restJson1 bodies read straight into typed shapes,
//! one pass over the bytes with no intermediate tree.
//!
//! The tokens are read here; what a token means for a shape (numbers for timestamps, text
//! for floats, base64 blobs, ...) is decided by the value reader's visitor (`read.rs`), so
//! both paths accept and refuse the same. `null` members and elements are skipped, as the
//! value path does. Malformed or truncated JSON, invalid UTF-8 and nesting deeper than
//! [`MAX_DEPTH`] are [`Error::decode`]s, never panics.

use super::read::Seed;
use crate::error::{Error, Result};
use crate::model::{Kind, Location, Member, Schema, Shapes};
use crate::protocol::common::Ctx;
use crate::shape::{in_member, read_value, DecodeStruct, Decoder};
use crate::value::Value;
use serde::de::Visitor;
use std::borrow::Cow;

/// Deeper nesting than this is refused.
const MAX_DEPTH: usize = 128;

/// The reader, positioned before a value.
pub(crate) struct JsonDecoder<'a, 'c, 's> {
    src: &'a [u8],
    pos: usize,
    depth: usize,
    ctx: &'c Ctx<'s>,
    schema: &'s Schema,
    member: Option<&'s Member>,
    /// At the top of a REST body: members bound to headers, the URI or the status are not
    /// read from it.
    body_only: bool,
    /// The value here has been read.
    consumed: bool,
}

fn bad(what: impl std::fmt::Display, pos: usize) -> Error {
    Error::decode(format!("malformed JSON body: {what} at byte {pos}"))
}

impl<'a, 'c, 's> JsonDecoder<'a, 'c, 's> {
    /// A reader of `body`, a value of `schema`.
    pub(crate) fn new(
        body: &'a [u8],
        ctx: &'c Ctx<'s>,
        schema: &'s Schema,
        body_only: bool,
    ) -> JsonDecoder<'a, 'c, 's> {
        JsonDecoder {
            src: body,
            pos: 0,
            depth: 0,
            ctx,
            schema,
            member: None,
            body_only,
            consumed: false,
        }
    }

    /// Checks that nothing but whitespace follows the value read.
    pub(crate) fn finish(mut self) -> Result<()> {
        self.ws();
        if self.pos < self.src.len() {
            return Err(bad("trailing characters", self.pos));
        }
        Ok(())
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.src.get(self.pos) {
            self.pos += 1;
        }
    }

    fn peek(&mut self) -> Result<u8> {
        self.ws();
        self.src
            .get(self.pos)
            .copied()
            .ok_or_else(|| Error::decode("malformed JSON body: truncated (end of input)"))
    }

    fn expect(&mut self, b: u8) -> Result<()> {
        if self.peek()? != b {
            return Err(bad(format!("expected `{}`", b as char), self.pos));
        }
        self.pos += 1;
        Ok(())
    }

    fn literal(&mut self, word: &[u8]) -> Result<()> {
        if self.src[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(())
        } else {
            Err(bad("invalid literal", self.pos))
        }
    }

    fn enter(&mut self) -> Result<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(bad(format!("nesting deeper than {MAX_DEPTH}"), self.pos));
        }
        Ok(())
    }

    /// A string (the opening quote next), borrowed when it has no escapes.
    fn string(&mut self) -> Result<Cow<'a, str>> {
        self.expect(b'"')?;
        let start = self.pos;
        let src = self.src;
        let mut i = start;
        while let Some(&b) = src.get(i) {
            match b {
                b'"' => {
                    self.pos = i + 1;
                    return std::str::from_utf8(&src[start..i])
                        .map(Cow::Borrowed)
                        .map_err(|_| bad("invalid UTF-8 in a string", start));
                }
                b'\\' => break,
                0..=0x1f => return Err(bad("control character in a string", i)),
                _ => i += 1,
            }
        }
        let mut out: Vec<u8> = src[start..i.min(src.len())].to_vec();
        loop {
            let Some(&b) = src.get(i) else {
                return Err(Error::decode("malformed JSON body: truncated string"));
            };
            i += 1;
            match b {
                b'"' => break,
                b'\\' => {
                    let Some(&e) = src.get(i) else {
                        return Err(Error::decode("malformed JSON body: truncated string"));
                    };
                    i += 1;
                    match e {
                        b'"' | b'\\' | b'/' => out.push(e),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'u' => {
                            let (c, next) = self.unicode_escape(i)?;
                            i = next;
                            let mut buf = [0; 4];
                            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                        }
                        _ => return Err(bad("invalid escape", i - 1)),
                    }
                }
                0..=0x1f => return Err(bad("control character in a string", i - 1)),
                _ => out.push(b),
            }
        }
        self.pos = i;
        String::from_utf8(out)
            .map(Cow::Owned)
            .map_err(|_| bad("invalid UTF-8 in a string", start))
    }

    /// `XXXX` (or a surrogate pair `XXXX\uYYYY`) at `i`: the character and where it ends.
    fn unicode_escape(&self, i: usize) -> Result<(char, usize)> {
        let hex = |at: usize| -> Result<u32> {
            let digits = self
                .src
                .get(at..at + 4)
                .ok_or_else(|| Error::decode("malformed JSON body: truncated string"))?;
            let s = std::str::from_utf8(digits).map_err(|_| bad("invalid \\u escape", at))?;
            u32::from_str_radix(s, 16).map_err(|_| bad("invalid \\u escape", at))
        };
        let hi = hex(i)?;
        if (0xD800..0xDC00).contains(&hi) {
            if self.src.get(i + 4..i + 6) != Some(b"\\u") {
                return Err(bad("lone surrogate in a string", i));
            }
            let lo = hex(i + 6)?;
            if !(0xDC00..0xE000).contains(&lo) {
                return Err(bad("lone surrogate in a string", i));
            }
            let c = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
            let c = char::from_u32(c).ok_or_else(|| bad("invalid \\u escape", i))?;
            return Ok((c, i + 10));
        }
        let c = char::from_u32(hi).ok_or_else(|| bad("lone surrogate in a string", i))?;
        Ok((c, i + 4))
    }

    /// A number's text, checked against JSON's grammar.
    fn number(&mut self) -> Result<&'a str> {
        let src = self.src;
        let start = self.pos;
        let mut i = start;
        let digits = |i: &mut usize| {
            let s = *i;
            while src.get(*i).is_some_and(u8::is_ascii_digit) {
                *i += 1;
            }
            *i - s
        };
        if src.get(i) == Some(&b'-') {
            i += 1;
        }
        let int = digits(&mut i);
        if int == 0 || (int > 1 && src[i - int] == b'0') {
            return Err(bad("invalid number", start));
        }
        if src.get(i) == Some(&b'.') {
            i += 1;
            if digits(&mut i) == 0 {
                return Err(bad("invalid number", start));
            }
        }
        if let Some(b'e' | b'E') = src.get(i) {
            i += 1;
            if let Some(b'+' | b'-') = src.get(i) {
                i += 1;
            }
            if digits(&mut i) == 0 {
                return Err(bad("invalid number", start));
            }
        }
        self.pos = i;
        // ASCII by construction.
        std::str::from_utf8(&src[start..i]).map_err(|_| bad("invalid number", start))
    }

    /// Skips one value (checked to be well-formed).
    fn skip(&mut self) -> Result<()> {
        match self.peek()? {
            b'"' => self.string().map(drop),
            b'{' => {
                self.pos += 1;
                self.enter()?;
                if self.peek()? == b'}' {
                    self.pos += 1;
                } else {
                    loop {
                        self.string()?;
                        self.expect(b':')?;
                        self.skip()?;
                        match self.peek()? {
                            b',' => self.pos += 1,
                            b'}' => {
                                self.pos += 1;
                                break;
                            }
                            _ => return Err(bad("expected `,` or `}`", self.pos)),
                        }
                    }
                }
                self.depth -= 1;
                Ok(())
            }
            b'[' => {
                self.pos += 1;
                self.enter()?;
                if self.peek()? == b']' {
                    self.pos += 1;
                } else {
                    loop {
                        self.skip()?;
                        match self.peek()? {
                            b',' => self.pos += 1,
                            b']' => {
                                self.pos += 1;
                                break;
                            }
                            _ => return Err(bad("expected `,` or `]`", self.pos)),
                        }
                    }
                }
                self.depth -= 1;
                Ok(())
            }
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            b'n' => self.literal(b"null"),
            b'-' | b'0'..=b'9' => self.number().map(drop),
            _ => Err(bad("expected a value", self.pos)),
        }
    }

    fn seed(&self) -> Seed<'c, 's> {
        Seed::new(self.ctx, self.member, self.schema)
    }

    /// Reads the members of an object (`{` next) or nothing for `null`: `each` is called
    /// with each key, positioned on its value, and must read or skip it.
    fn object(
        &mut self,
        mut each: impl FnMut(&mut Self, Cow<'a, str>) -> Result<()>,
    ) -> Result<()> {
        self.consumed = true;
        match self.peek()? {
            b'n' => return self.literal(b"null"),
            b'{' => self.pos += 1,
            _ => return Err(self.wrong("an object")),
        }
        self.enter()?;
        if self.peek()? == b'}' {
            self.pos += 1;
        } else {
            loop {
                let key = self.string()?;
                self.expect(b':')?;
                each(self, key)?;
                match self.peek()? {
                    b',' => self.pos += 1,
                    b'}' => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(bad("expected `,` or `}`", self.pos)),
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn wrong(&self, expected: &str) -> Error {
        let name = self.member.map_or(&*self.schema.name, |m| &*m.name);
        Error::decode(format!(
            "malformed JSON body: expected {expected} for {name} at byte {}",
            self.pos
        ))
    }

    /// Runs `read` on the value here as `schema` (of `member`), then restores the state;
    /// a value `read` left is skipped. A `null` is skipped without calling `read`.
    fn child(
        &mut self,
        schema: &'s Schema,
        member: &'s Member,
        read: &mut dyn FnMut(&mut Self) -> Result<()>,
    ) -> Result<()> {
        if self.peek()? == b'n' {
            return self.literal(b"null");
        }
        let saved = (self.schema, self.member, self.body_only, self.consumed);
        self.schema = schema;
        self.member = Some(member);
        self.body_only = false;
        self.consumed = false;
        let out = read(self);
        let left = !self.consumed;
        (self.schema, self.member, self.body_only, self.consumed) = saved;
        out?;
        if left {
            self.skip()?;
        }
        Ok(())
    }
}

fn visit_err(e: serde_json::Error) -> Error {
    Error::decode(format!("malformed JSON body: {e}"))
}

impl<'s> Decoder<'s> for JsonDecoder<'_, '_, 's> {
    fn schema(&self) -> &'s Schema {
        self.schema
    }
    fn member(&self) -> Option<&'s Member> {
        self.member
    }
    fn shapes(&self) -> &'s Shapes {
        self.ctx.shapes
    }
    fn null(&mut self) -> Result<bool> {
        if self.peek()? == b'n' {
            self.literal(b"null")?;
            self.consumed = true;
            return Ok(true);
        }
        Ok(false)
    }
    fn scalar(&mut self) -> Result<Value> {
        self.consumed = true;
        let seed = self.seed();
        if let Kind::Document = self.schema.kind {
            let start = {
                self.ws();
                self.pos
            };
            self.skip()?;
            let doc: serde_json::Value =
                serde_json::from_slice(&self.src[start..self.pos]).map_err(visit_err)?;
            return Ok(if doc.is_null() {
                Value::Null
            } else {
                Value::Document(doc)
            });
        }
        match self.peek()? {
            b'"' => match self.string()? {
                Cow::Borrowed(s) => seed.visit_str(s),
                Cow::Owned(s) => seed.visit_string(s),
            }
            .map_err(visit_err),
            b't' => {
                self.literal(b"true")?;
                seed.visit_bool(true).map_err(visit_err)
            }
            b'f' => {
                self.literal(b"false")?;
                seed.visit_bool(false).map_err(visit_err)
            }
            b'n' => self.literal(b"null").map(|()| Value::Null),
            b'-' | b'0'..=b'9' => {
                let text = self.number()?;
                let integral = !text.contains(['.', 'e', 'E']);
                if integral {
                    if let Ok(u) = text.parse::<u64>() {
                        return seed.visit_u64(u).map_err(visit_err);
                    }
                    if let Ok(i) = text.parse::<i64>() {
                        return seed.visit_i64(i).map_err(visit_err);
                    }
                }
                // As serde_json reads it, so that both paths agree to the last bit.
                let f: f64 = serde_json::from_str(text).map_err(visit_err)?;
                seed.visit_f64(f).map_err(visit_err)
            }
            b'{' => Err(self.wrong(match self.schema.kind {
                Kind::List { .. } => "an array",
                _ => "a scalar",
            })),
            b'[' => Err(self.wrong("a scalar")),
            _ => Err(bad("expected a value", self.pos)),
        }
    }
    fn value(&mut self) -> Result<Value> {
        match self.schema.kind {
            Kind::Structure { .. } | Kind::List { .. } | Kind::Map { .. } => read_value(self),
            _ => self.scalar(),
        }
    }
    fn structure(&mut self, target: &mut dyn DecodeStruct) -> Result<()> {
        let schema = self.schema;
        let Kind::Structure { members, .. } = &schema.kind else {
            return Err(self.wrong(&format!("a {}", schema.name)));
        };
        let body_only = self.body_only;
        let shapes = self.ctx.shapes;
        self.object(|d, key| {
            let found = members.iter().position(|m| {
                m.wire_name() == key && (!body_only || m.traits.location == Location::Body)
            });
            let Some(i) = found else {
                // A misspelled field name shows up here, in one run.
                tracing::debug!(
                    shape = %schema.name,
                    member = &*key,
                    "response member matches no field of the shape; skipped"
                );
                return d.skip();
            };
            let m = &members[i];
            d.child(shapes.get(&m.target), m, &mut |d| {
                target.decode_member(i, d)
            })
            .map_err(|e| in_member(schema, m, e))
        })
    }
    fn list(&mut self, item: &mut dyn FnMut(&mut dyn Decoder<'s>) -> Result<()>) -> Result<()> {
        let Kind::List { member } = &self.schema.kind else {
            return Err(self.wrong(&format!("a {}", self.schema.name)));
        };
        let item_schema = self.ctx.shapes.get(&member.target);
        self.consumed = true;
        match self.peek()? {
            b'n' => return self.literal(b"null"),
            b'[' => self.pos += 1,
            _ => return Err(self.wrong("an array")),
        }
        self.enter()?;
        if self.peek()? == b']' {
            self.pos += 1;
        } else {
            loop {
                self.child(item_schema, member, &mut |d| item(d))?;
                match self.peek()? {
                    b',' => self.pos += 1,
                    b']' => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(bad("expected `,` or `]`", self.pos)),
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }
    fn map(
        &mut self,
        entry: &mut dyn FnMut(String, &mut dyn Decoder<'s>) -> Result<()>,
    ) -> Result<()> {
        let Kind::Map { value, .. } = &self.schema.kind else {
            return Err(self.wrong(&format!("a {}", self.schema.name)));
        };
        let value_schema = self.ctx.shapes.get(&value.target);
        self.object(|d, key| {
            let key = key.into_owned();
            let mut key = Some(key);
            d.child(value_schema, value, &mut |d| match key.take() {
                Some(k) => entry(k, d),
                None => Ok(()),
            })
        })
    }
}
