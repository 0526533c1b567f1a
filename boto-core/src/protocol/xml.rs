//! restXml bodies and errors (the XML codec of the REST bindings in `rest.rs`).
//!
//! Bodies: the input's body members inside a root element named by the input shape's
//! `locationName` (else its name), or a structure payload inside an element named by the
//! payload member; `xmlNamespace` (with prefix) becomes `xmlns`/`xmlns:p`, `xmlAttribute`
//! members attributes of their structure, lists are wrapped (`member` or the element's
//! `locationName`) or flattened, maps are `entry`/`key`/`value` (renamable, flattenable),
//! timestamps ISO 8601 unless the model says otherwise, blobs base64.
//!
//! Errors: `<ErrorResponse><Error><Code>..` or a bare `<Error>` root (S3), request ids from
//! the body or `x-amz-request-id`; an S3 `200 OK` whose body is an `<Error>` document
//! (CopyObject, CompleteMultipartUpload, UploadPartCopy) is an error too.

mod encode;

pub(crate) use encode::XmlEncoder;

use super::common::{members, Ctx};
use super::query::{error_element, is_blank, xml_service_error};
use super::rest::{feed, BodyCodec};
use super::xml_decode::{decode_structure, decode_text, decode_value};
use super::xml_read::XmlDecoder;
use super::xml_tree;
use crate::error::{Result, ServiceError};
use crate::model::{Kind, Location, Member, Schema, XmlNamespace};
use crate::shape::{DecodeStruct, Decoder};
use crate::value::Value;
use bytes::Bytes;
use std::borrow::Cow;

/// The restXml body codec.
pub(crate) struct XmlCodec;

pub(crate) fn ns_attr(ns: Option<&XmlNamespace>, attrs: &mut Vec<(String, String)>) {
    if let Some(ns) = ns {
        let key = match &ns.prefix {
            Some(p) if !p.is_empty() => format!("xmlns:{p}"),
            _ => "xmlns".to_owned(),
        };
        attrs.push((key, ns.uri.to_string()));
    }
}

pub(crate) fn member_ns<'a>(m: Option<&'a Member>, schema: &'a Schema) -> Option<&'a XmlNamespace> {
    m.and_then(|m| m.traits.xml_namespace.as_ref())
        .or(schema.traits.xml_namespace.as_ref())
}

/// The root element of a structure payload. The member's `locationName` names it; models
/// converted from Smithy repeat the member name there, so a `locationName` equal to the
/// member name yields to the target's own `locationName` or namespace-bearing shape name.
pub(crate) fn payload_root_name<'a>(m: &'a Member, target: &'a Schema) -> &'a str {
    if let Some(l) = m.traits.location_name.as_deref() {
        let target_named =
            target.traits.location_name.is_some() || target.traits.xml_namespace.is_some();
        if l != m.name || !target_named {
            return l;
        }
    }
    target
        .traits
        .location_name
        .as_deref()
        .unwrap_or(&target.name)
}

impl BodyCodec for XmlCodec {
    fn content_type(&self) -> Option<&'static str> {
        Some("application/xml")
    }

    fn written_body(&self, _: &Schema, body: Vec<u8>, written: usize) -> Option<Bytes> {
        (written > 0).then(|| Bytes::from(body))
    }

    fn empty_payload(&self) -> Option<Bytes> {
        None
    }

    fn read_body(
        &self,
        ctx: &Ctx<'_>,
        schema: &Schema,
        body: &[u8],
        out: &mut Vec<(Cow<'static, str>, Value)>,
    ) -> Result<()> {
        if is_blank(body) {
            return Ok(());
        }
        let root = xml_tree::parse(body)?;
        let el = if schema.traits.exception {
            error_element(&root).unwrap_or(&root)
        } else {
            &root
        };
        if let Value::Structure(fields) = decode_structure(ctx.shapes, schema, el)? {
            if fields.is_empty() && !schema.traits.exception {
                if let Some(v) = bare_member(ctx, schema, &root)? {
                    out.push(v);
                }
            }
            out.extend(fields);
        }
        Ok(())
    }

    fn read_payload(&self, ctx: &Ctx<'_>, member: &Member, body: &[u8]) -> Result<Option<Value>> {
        if is_blank(body) {
            return Ok(None);
        }
        let root = xml_tree::parse(body)?;
        decode_value(ctx.shapes, ctx.schema(&member.target), &root).map(Some)
    }

    fn decode_body<'s>(
        &self,
        ctx: &Ctx<'s>,
        schema: &'s Schema,
        body: &[u8],
        target: &mut dyn DecodeStruct,
    ) -> Result<()> {
        if is_blank(body) {
            return Ok(());
        }
        let mut d = XmlDecoder::root(body, schema, ctx.shapes)?;
        let mut counted = Counted { target, read: 0 };
        d.structure(&mut counted)?;
        d.finish()?;
        if counted.read == 0 && !schema.traits.exception {
            if let Some(v) = bare_member(ctx, schema, &xml_tree::parse(body)?)? {
                feed(ctx, schema, vec![v], target)?;
            }
        }
        Ok(())
    }
}

/// A target that counts the members read into it.
struct Counted<'t> {
    target: &'t mut dyn DecodeStruct,
    read: usize,
}

impl DecodeStruct for Counted<'_> {
    fn decode_member<'s>(&mut self, index: usize, d: &mut dyn Decoder<'s>) -> Result<()> {
        self.read += 1;
        self.target.decode_member(index, d)
    }
}

/// A document whose root is the output's only body member, unwrapped: S3's
/// GetBucketLocation answers `<LocationConstraint>eu-west-1</LocationConstraint>` (empty for
/// us-east-1, which stays absent, as botocore reports it).
fn bare_member(
    ctx: &Ctx<'_>,
    schema: &Schema,
    root: &xml_tree::Element,
) -> Result<Option<(Cow<'static, str>, Value)>> {
    let mut body = members(schema).iter().filter(|m| {
        !matches!(
            m.traits.location,
            Location::Header | Location::Headers | Location::StatusCode
        )
    });
    let (Some(m), None) = (body.next(), body.next()) else {
        return Ok(None);
    };
    let target = ctx.schema(&m.target);
    let scalar = !matches!(
        target.kind,
        Kind::Structure { .. } | Kind::List { .. } | Kind::Map { .. }
    );
    if !scalar || root.name != m.wire_name() || !root.children.is_empty() || root.text.is_empty() {
        return Ok(None);
    }
    Ok(Some((
        m.name.clone(),
        decode_text(target, &root.name, &root.text)?,
    )))
}

/// The common parts of a restXml error answer.
pub(crate) fn read_error(_ctx: &Ctx<'_>, resp: &http::Response<Bytes>) -> Result<ServiceError> {
    Ok(xml_service_error(resp))
}

/// The start of the root element's name, after any declaration, comments and whitespace.
fn root_starts_with_error(body: &[u8]) -> bool {
    let mut rest = body;
    loop {
        let trimmed = rest.trim_ascii_start();
        if let Some(r) = trimmed.strip_prefix(b"<?") {
            match r.windows(2).position(|w| w == b"?>") {
                Some(end) => rest = &r[end + 2..],
                None => return false,
            }
        } else if let Some(r) = trimmed.strip_prefix(b"<!--") {
            match r.windows(3).position(|w| w == b"-->") {
                Some(end) => rest = &r[end + 3..],
                None => return false,
            }
        } else {
            return trimmed.starts_with(b"<Error>")
                || trimmed.starts_with(b"<Error ")
                || trimmed.starts_with(b"<Error\n")
                || trimmed.starts_with(b"<Error\r")
                || trimmed.starts_with(b"<Error\t");
        }
    }
}

/// An error document inside a 200 answer (S3 CopyObject, CompleteMultipartUpload,
/// UploadPartCopy): a body whose root is `<Error>` with a `<Code>`.
pub(crate) fn error_in_success(
    ctx: &Ctx<'_>,
    resp: &http::Response<Bytes>,
) -> Result<Option<ServiceError>> {
    if let Some(out) = ctx.output() {
        if let Some(p) = out.traits.payload.as_deref() {
            let raw = members(out)
                .iter()
                .find(|m| m.name == p)
                .is_some_and(|m| matches!(ctx.schema(&m.target).kind, Kind::Blob | Kind::String));
            if raw {
                return Ok(None);
            }
        }
    }
    if !root_starts_with_error(resp.body()) {
        return Ok(None);
    }
    let root = xml_tree::parse(resp.body())?;
    if root.child("Code").is_none() {
        return Ok(None);
    }
    Ok(Some(xml_service_error(resp)))
}

#[cfg(test)]
mod tests;
