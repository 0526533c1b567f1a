//! restXml bodies and errors (the XML codec of the REST bindings).
//!
//! Placeholder until the XML writer and reader land: every entry point answers with a clear
//! error so that nothing malformed is ever sent or silently accepted.

use super::common::Ctx;
use super::rest::BodyCodec;
use crate::error::{Error, Result, ServiceError};
use crate::model::{Member, Schema};
use crate::value::{Name, Value};
use bytes::Bytes;

fn unsupported() -> Error {
    Error::invalid_input("the restXml protocol is not available in this build yet")
}

/// The restXml body codec.
pub(crate) struct XmlCodec;

impl BodyCodec for XmlCodec {
    fn content_type(&self) -> Option<&'static str> {
        None
    }
    fn write_body(&self, _: &Ctx<'_>, _: &Schema, _: Value) -> Result<Option<Bytes>> {
        Err(unsupported())
    }
    fn write_payload(&self, _: &Ctx<'_>, _: &Member, _: Option<Value>) -> Result<Option<Bytes>> {
        Err(unsupported())
    }
    fn read_body(
        &self,
        _: &Ctx<'_>,
        _: &Schema,
        _: &[u8],
        _: &mut Vec<(Name, Value)>,
    ) -> Result<()> {
        Err(Error::decode(
            "the restXml protocol is not available in this build yet",
        ))
    }
    fn read_payload(&self, _: &Ctx<'_>, _: &Member, _: &[u8]) -> Result<Option<Value>> {
        Err(Error::decode(
            "the restXml protocol is not available in this build yet",
        ))
    }
}

/// The common parts of a restXml error answer (`<Error><Code>..`).
pub(crate) fn read_error(_ctx: &Ctx<'_>, _resp: &http::Response<Bytes>) -> Result<ServiceError> {
    Err(Error::decode(
        "the restXml protocol is not available in this build yet",
    ))
}

/// An error document inside a 200 answer (S3 CopyObject, CompleteMultipartUpload).
pub(crate) fn error_in_success(
    _ctx: &Ctx<'_>,
    _resp: &http::Response<Bytes>,
) -> Result<Option<ServiceError>> {
    Ok(None)
}
