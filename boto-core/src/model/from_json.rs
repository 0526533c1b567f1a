//! [`ServiceModel::from_json`]: botocore's `service-2.json` (plain or gzip) into the model.
//!
//! Shapes go into the [`Shapes`] arena in model order and members point at them with
//! [`SchemaRef::Arena`]; every trait the protocols read is kept. Malformed documents are
//! `Error::decode`, never a panic.

use super::schema::{
    Kind, Location, Member, MemberTraits, Schema, SchemaRef, ShapeTraits, Shapes, XmlNamespace,
};
use super::service::{HttpBinding, Operation, Protocol, ServiceMeta, ServiceModel};
use crate::datetime::TimestampFormat;
use crate::error::{Error, Result};
use serde_json::{Map, Value as Json};
use std::borrow::Cow;
use std::collections::HashMap;
use std::io::Read;

type Obj = Map<String, Json>;

fn bad(msg: impl Into<String>) -> Error {
    Error::decode(format!("invalid service model: {}", msg.into()))
}

fn s(v: &str) -> Cow<'static, str> {
    Cow::Owned(v.to_owned())
}

fn get_str<'a>(o: &'a Obj, k: &str) -> Option<&'a str> {
    o.get(k).and_then(Json::as_str)
}

fn get_bool(o: &Obj, k: &str) -> bool {
    o.get(k).and_then(Json::as_bool).unwrap_or(false)
}

fn as_obj<'a>(v: &'a Json, what: &str) -> Result<&'a Obj> {
    v.as_object()
        .ok_or_else(|| bad(format!("{what} must be an object")))
}

impl ServiceModel {
    /// Reads botocore's `service-2.json` (`metadata`, `operations`, `shapes`); gzip-compressed
    /// input (`service-2.json.gz`) is accepted too.
    pub fn from_json(bytes: &[u8]) -> Result<ServiceModel> {
        let doc: Json = if bytes.starts_with(&[0x1f, 0x8b]) {
            let mut text = Vec::new();
            flate2::read::GzDecoder::new(bytes)
                .read_to_end(&mut text)
                .map_err(|e| bad(format!("gzip: {e}")))?;
            serde_json::from_slice(&text)
        } else {
            serde_json::from_slice(bytes)
        }
        .map_err(|e| bad(format!("malformed JSON: {e}")))?;
        let doc = as_obj(&doc, "the document")?;
        let metadata = doc.get("metadata").ok_or_else(|| bad("no metadata"))?;
        let shapes = doc.get("shapes").unwrap_or(&Json::Null);
        let empty = Json::Object(Obj::new());
        let operations = doc.get("operations").unwrap_or(&empty);
        let ops: Vec<&Json> = as_obj(operations, "operations")?.values().collect();
        let mut model = build(metadata, shapes, &ops, operations_names(operations))?;
        model.endpoint_context = crate::endpoint::context::from_model(operations, shapes);
        Ok(model)
    }

    /// Builds a one-operation model from a botocore protocol-test suite: its `metadata` and
    /// `shapes`, and one case's `given` operation.
    pub fn from_suite(metadata: &Json, shapes: &Json, given: &Json) -> Result<ServiceModel> {
        let name = given
            .get("name")
            .and_then(Json::as_str)
            .unwrap_or("OperationName");
        build(metadata, shapes, &[given], vec![name.to_owned()])
    }
}

fn operations_names(operations: &Json) -> Vec<String> {
    operations
        .as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default()
}

fn build(
    metadata: &Json,
    shapes: &Json,
    ops: &[&Json],
    names: Vec<String>,
) -> Result<ServiceModel> {
    let meta = read_meta(as_obj(metadata, "metadata")?)?;
    let empty = Obj::new();
    let shape_defs = match shapes {
        Json::Null => &empty,
        v => as_obj(v, "shapes")?,
    };
    let shape_index: HashMap<String, usize> = shape_defs
        .keys()
        .enumerate()
        .map(|(i, k)| (k.clone(), i))
        .collect();
    let mut arena = Vec::with_capacity(shape_defs.len());
    for (name, def) in shape_defs {
        arena.push(read_shape(name, as_obj(def, name)?, &shape_index)?);
    }
    // `streaming` may be written on the member that refers to a blob (S3's `Body` since
    // botocore 1.36) instead of on the blob shape: the blob streams either way.
    for def in shape_defs.values() {
        let members = def.get("members").and_then(Json::as_object);
        for r in members.into_iter().flat_map(|m| m.values()) {
            if let Some(i) = r
                .as_object()
                .filter(|r| get_bool(r, "streaming"))
                .and_then(|r| get_str(r, "shape"))
                .and_then(|t| shape_index.get(t))
            {
                arena[*i].traits.streaming = true;
            }
        }
    }
    let mut shapes = Shapes { arena };
    let mut operations = Vec::with_capacity(ops.len());
    for (op, name) in ops.iter().zip(names) {
        operations.push(read_operation(
            &name,
            as_obj(op, &name)?,
            &shape_index,
            &mut shapes,
        )?);
    }
    Ok(ServiceModel {
        meta,
        operations,
        shapes,
        shape_index,
        endpoint_context: Vec::new(),
    })
}

fn read_meta(m: &Obj) -> Result<ServiceMeta> {
    let json_version = get_str(m, "jsonVersion");
    // `protocol`, else the first supported entry of `protocols` (newer models list
    // `smithy-rpc-v2-cbor` first with `json` as an alternative).
    let declared = get_str(m, "protocol");
    let alternatives = m
        .get("protocols")
        .and_then(Json::as_array)
        .map(|a| a.iter().filter_map(Json::as_str).collect::<Vec<_>>())
        .unwrap_or_default();
    let protocol = declared
        .into_iter()
        .chain(alternatives.iter().copied())
        .find_map(|p| Protocol::parse(p, json_version))
        .ok_or_else(|| match declared {
            Some(p) => bad(format!("unsupported protocol {p:?}")),
            None => bad("metadata.protocol is missing"),
        })?;
    let service_id = get_str(m, "serviceId")
        .or_else(|| get_str(m, "serviceAbbreviation"))
        .or_else(|| get_str(m, "endpointPrefix"))
        .unwrap_or("Service");
    let endpoint_prefix = get_str(m, "endpointPrefix")
        .map(str::to_owned)
        .unwrap_or_else(|| service_id.to_ascii_lowercase().replace(' ', ""));
    let signing_name = get_str(m, "signingName")
        .map(str::to_owned)
        .unwrap_or_else(|| endpoint_prefix.clone());
    Ok(ServiceMeta {
        protocol,
        api_version: s(get_str(m, "apiVersion").unwrap_or("")),
        target_prefix: get_str(m, "targetPrefix").map(s),
        json_version: json_version.map(s),
        signing_name: Cow::Owned(signing_name),
        endpoint_prefix: Cow::Owned(endpoint_prefix),
        service_id: s(service_id),
        xml_namespace: match m.get("xmlNamespace") {
            Some(Json::String(u)) => Some(s(u)),
            Some(Json::Object(o)) => get_str(o, "uri").map(s),
            _ => None,
        },
        global_endpoint: get_str(m, "globalEndpoint").map(s),
    })
}

fn xml_namespace(v: Option<&Json>) -> Option<XmlNamespace> {
    match v? {
        Json::String(uri) => Some(XmlNamespace {
            uri: s(uri),
            prefix: None,
        }),
        Json::Object(o) => Some(XmlNamespace {
            uri: s(get_str(o, "uri").unwrap_or("")),
            prefix: get_str(o, "prefix").map(s),
        }),
        _ => None,
    }
}

fn timestamp_format(o: &Obj) -> Result<Option<TimestampFormat>> {
    match get_str(o, "timestampFormat") {
        None => Ok(None),
        Some(f) => TimestampFormat::from_botocore(f)
            .map(Some)
            .ok_or_else(|| bad(format!("unknown timestampFormat {f:?}"))),
    }
}

fn target(r: &Obj, index: &HashMap<String, usize>, what: &str) -> Result<SchemaRef> {
    let name = get_str(r, "shape").ok_or_else(|| bad(format!("{what} has no shape")))?;
    index
        .get(name)
        .map(|i| SchemaRef::Arena(*i))
        .ok_or_else(|| bad(format!("{what} refers to unknown shape {name:?}")))
}

fn read_member(
    name: &str,
    r: &Obj,
    index: &HashMap<String, usize>,
    required: bool,
) -> Result<Member> {
    let location = match get_str(r, "location") {
        None => Location::Body,
        Some("uri") => Location::Uri,
        Some("querystring") => Location::Querystring,
        Some("header") => Location::Header,
        Some("headers") => Location::Headers,
        Some("statusCode") => Location::StatusCode,
        Some(other) => return Err(bad(format!("member {name}: unknown location {other:?}"))),
    };
    Ok(Member {
        name: s(name),
        target: target(r, index, name)?,
        traits: MemberTraits {
            location,
            location_name: get_str(r, "locationName").map(s),
            query_name: get_str(r, "queryName").map(s),
            flattened: get_bool(r, "flattened"),
            xml_attribute: get_bool(r, "xmlAttribute"),
            xml_namespace: xml_namespace(r.get("xmlNamespace")),
            timestamp_format: timestamp_format(r)?,
            host_label: get_bool(r, "hostLabel"),
            idempotency_token: get_bool(r, "idempotencyToken"),
            json_value: get_bool(r, "jsonvalue"),
            event_payload: get_bool(r, "eventpayload"),
            required,
        },
    })
}

fn read_shape(name: &str, d: &Obj, index: &HashMap<String, usize>) -> Result<Schema> {
    let ty = get_str(d, "type").ok_or_else(|| bad(format!("shape {name} has no type")))?;
    let required: Vec<Cow<'static, str>> = d
        .get("required")
        .and_then(Json::as_array)
        .map(|a| a.iter().filter_map(Json::as_str).map(s).collect())
        .unwrap_or_default();
    let part = |key: &str, default_name: &str| -> Result<Cow<'static, Member>> {
        let r = d
            .get(key)
            .ok_or_else(|| bad(format!("shape {name} has no {key}")))?;
        let r = as_obj(r, key)?;
        Ok(Cow::Owned(read_member(default_name, r, index, false)?))
    };
    let kind = match ty {
        "structure" if get_bool(d, "document") => Kind::Document,
        "structure" => {
            let mut members = Vec::new();
            if let Some(ms) = d.get("members") {
                for (mname, r) in as_obj(ms, "members")? {
                    let req = required.iter().any(|x| x == mname);
                    members.push(read_member(mname, as_obj(r, mname)?, index, req)?);
                }
            }
            Kind::Structure {
                members: Cow::Owned(members),
                union: get_bool(d, "union"),
            }
        }
        "list" => Kind::List {
            member: part("member", "member")?,
        },
        "map" => Kind::Map {
            key: part("key", "key")?,
            value: part("value", "value")?,
        },
        "string" => Kind::String,
        "boolean" => Kind::Boolean,
        "byte" | "short" | "integer" | "long" => Kind::Integer,
        "float" | "double" => Kind::Float,
        "bigInteger" | "bigDecimal" => Kind::BigNumber,
        "timestamp" => Kind::Timestamp,
        "blob" => Kind::Blob,
        "document" => Kind::Document,
        other => return Err(bad(format!("shape {name}: unknown type {other:?}"))),
    };
    let error = d.get("error").and_then(Json::as_object);
    Ok(Schema {
        name: s(name),
        kind,
        traits: ShapeTraits {
            timestamp_format: timestamp_format(d)?,
            xml_namespace: xml_namespace(d.get("xmlNamespace")),
            location_name: get_str(d, "locationName").map(s),
            flattened: get_bool(d, "flattened"),
            streaming: get_bool(d, "streaming"),
            event_stream: get_bool(d, "eventstream"),
            sensitive: get_bool(d, "sensitive"),
            enum_values: d
                .get("enum")
                .and_then(Json::as_array)
                .map(|a| a.iter().filter_map(Json::as_str).map(s).collect())
                .map(Cow::Owned)
                .unwrap_or_default(),
            exception: get_bool(d, "exception"),
            error_code: error.and_then(|e| get_str(e, "code")).map(s),
            error_status: error
                .and_then(|e| e.get("httpStatusCode"))
                .and_then(Json::as_u64)
                .and_then(|n| u16::try_from(n).ok()),
            payload: get_str(d, "payload").map(s),
            required: Cow::Owned(required),
        },
    })
}

fn read_operation(
    name: &str,
    o: &Obj,
    index: &HashMap<String, usize>,
    shapes: &mut Shapes,
) -> Result<Operation> {
    let empty = Obj::new();
    let http = match o.get("http") {
        Some(h) => as_obj(h, "http")?,
        None => &empty,
    };
    let input = match o.get("input") {
        Some(r) => {
            let r = as_obj(r, "input")?;
            let base = target(r, index, &format!("{name} input"))?;
            Some(with_ref_traits(base, r, shapes))
        }
        None => None,
    };
    let output = match o.get("output") {
        Some(r) => {
            let r = as_obj(r, "output")?;
            let base = target(r, index, &format!("{name} output"))?;
            Some(with_ref_traits(base, r, shapes))
        }
        None => None,
    };
    let mut errors = Vec::new();
    if let Some(es) = o.get("errors").and_then(Json::as_array) {
        for e in es {
            errors.push(target(
                as_obj(e, "error")?,
                index,
                &format!("{name} error"),
            )?);
        }
    }
    let checksum = get_bool(o, "httpChecksumRequired")
        || o.get("httpChecksum")
            .and_then(Json::as_object)
            .is_some_and(|c| get_bool(c, "requestChecksumRequired"));
    Ok(Operation {
        name: s(get_str(o, "name").unwrap_or(name)),
        http: HttpBinding {
            method: s(get_str(http, "method").unwrap_or("POST")),
            request_uri: s(get_str(http, "requestUri").unwrap_or("/")),
            response_code: http
                .get("responseCode")
                .and_then(Json::as_u64)
                .and_then(|n| u16::try_from(n).ok())
                .unwrap_or(200),
        },
        input,
        output,
        result_wrapper: o
            .get("output")
            .and_then(Json::as_object)
            .and_then(|r| get_str(r, "resultWrapper"))
            .map(s),
        errors,
        host_prefix: o
            .get("endpoint")
            .and_then(Json::as_object)
            .and_then(|e| get_str(e, "hostPrefix"))
            .map(s),
        unsigned: matches!(get_str(o, "authtype"), Some("none"))
            || o.get("auth")
                .and_then(Json::as_array)
                .is_some_and(|a| a.iter().any(|x| x.as_str() == Some("smithy.api#noAuth"))),
        checksum_required: checksum,
    })
}

/// An operation's input/output reference may carry `locationName` and `xmlNamespace`
/// (restXml root element): give the operation its own copy of the shape with those traits.
fn with_ref_traits(base: SchemaRef, r: &Obj, shapes: &mut Shapes) -> SchemaRef {
    let location_name = get_str(r, "locationName").map(s);
    let ns = xml_namespace(r.get("xmlNamespace"));
    if location_name.is_none() && ns.is_none() {
        return base;
    }
    let mut schema = shapes.get(&base).clone();
    if location_name.is_some() {
        schema.traits.location_name = location_name;
    }
    if ns.is_some() {
        schema.traits.xml_namespace = ns;
    }
    shapes.arena.push(schema);
    SchemaRef::Arena(shapes.arena.len() - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MODEL: &str = r#"{
      "metadata": {"protocol": "rest-json", "apiVersion": "2020-01-01", "endpointPrefix": "svc",
                   "serviceId": "My Svc", "signingName": "mysvc"},
      "operations": {
        "PutThing": {"name": "PutThing", "http": {"method": "PUT", "requestUri": "/things/{Id}?x", "responseCode": 201},
                     "input": {"shape": "PutThingRequest", "locationName": "Root",
                               "xmlNamespace": {"uri": "http://ns"}},
                     "output": {"shape": "PutThingOutput", "resultWrapper": "PutThingResult"},
                     "errors": [{"shape": "Oops"}],
                     "endpoint": {"hostPrefix": "{Id}."}, "authtype": "none", "httpChecksumRequired": true}
      },
      "shapes": {
        "PutThingRequest": {"type": "structure", "required": ["Id"], "payload": "Body",
          "members": {
            "Id": {"shape": "String", "location": "uri", "locationName": "Id", "hostLabel": true},
            "Token": {"shape": "String", "idempotencyToken": true},
            "When": {"shape": "Time", "location": "header", "locationName": "x-when", "timestampFormat": "iso8601"},
            "Meta": {"shape": "Map", "location": "headers", "locationName": "x-meta-"},
            "Body": {"shape": "Blob"},
            "Attr": {"shape": "String", "xmlAttribute": true, "xmlNamespace": {"prefix": "xsi", "uri": "http://x"}},
            "Json": {"shape": "String", "jsonvalue": true, "location": "header", "locationName": "x-json"}
          }},
        "PutThingOutput": {"type": "structure", "members": {"Items": {"shape": "List", "flattened": true, "queryName": "Item"},
                                                            "Data": {"shape": "Bytes", "streaming": true}}},
        "Oops": {"type": "structure", "members": {}, "exception": true, "error": {"code": "OopsCode", "httpStatusCode": 409}},
        "List": {"type": "list", "member": {"shape": "String", "locationName": "item"}, "flattened": true},
        "Map": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}},
        "String": {"type": "string", "enum": ["a", "b"]},
        "Time": {"type": "timestamp", "timestampFormat": "rfc822"},
        "Blob": {"type": "blob", "streaming": true},
        "Bytes": {"type": "blob"},
        "Doc": {"type": "structure", "members": {}, "document": true},
        "Big": {"type": "bigDecimal"}
      }
    }"#;

    #[test]
    fn reads_every_trait() {
        let m = ServiceModel::from_json(MODEL.as_bytes()).unwrap();
        assert_eq!(m.meta.protocol, Protocol::RestJson1);
        assert_eq!(m.meta.signing_name, "mysvc");
        assert_eq!(m.meta.service_id, "My Svc");
        let op = m.operation("PutThing").unwrap();
        assert_eq!(op.http.method, "PUT");
        assert_eq!(op.http.response_code, 201);
        assert_eq!(op.host_prefix.as_deref(), Some("{Id}."));
        assert!(op.unsigned && op.checksum_required);
        assert_eq!(op.result_wrapper.as_deref(), Some("PutThingResult"));
        let input = m.shapes.get(op.input.as_ref().unwrap());
        assert_eq!(input.traits.location_name.as_deref(), Some("Root"));
        assert_eq!(
            input.traits.xml_namespace.as_ref().unwrap().uri,
            "http://ns"
        );
        assert_eq!(input.traits.payload.as_deref(), Some("Body"));
        let Kind::Structure { members, .. } = &input.kind else {
            panic!()
        };
        let by = |n: &str| members.iter().find(|m| m.name == n).unwrap();
        assert!(by("Id").traits.required && by("Id").traits.host_label);
        assert_eq!(by("Id").traits.location, Location::Uri);
        assert!(by("Token").traits.idempotency_token);
        assert_eq!(
            by("When").traits.timestamp_format,
            Some(TimestampFormat::DateTime)
        );
        assert_eq!(by("Meta").traits.location, Location::Headers);
        assert!(by("Attr").traits.xml_attribute);
        assert_eq!(
            by("Attr")
                .traits
                .xml_namespace
                .as_ref()
                .unwrap()
                .prefix
                .as_deref(),
            Some("xsi")
        );
        assert!(by("Json").traits.json_value);
        assert!(m.shapes.get(&by("Body").target).traits.streaming);
        // `streaming` on the member referring to a blob makes that blob stream.
        assert!(m.shapes.arena[m.shape_index["Bytes"]].traits.streaming);
        let err = m.shapes.get(&op.errors[0]);
        assert_eq!(err.traits.error_code.as_deref(), Some("OopsCode"));
        assert_eq!(err.traits.error_status, Some(409));
        assert!(err.traits.exception);
        let idx = |n: &str| &m.shapes.arena[m.shape_index[n]];
        assert!(matches!(idx("Doc").kind, Kind::Document));
        assert!(matches!(idx("Big").kind, Kind::BigNumber));
        assert!(idx("List").traits.flattened);
        assert_eq!(idx("String").traits.enum_values.len(), 2);
        assert_eq!(
            idx("Time").traits.timestamp_format,
            Some(TimestampFormat::HttpDate)
        );
    }

    #[test]
    fn an_unsupported_protocol_falls_back_to_a_listed_alternative() {
        let doc = br#"{"metadata": {"protocol": "smithy-rpc-v2-cbor", "jsonVersion": "1.0",
                        "protocols": ["smithy-rpc-v2-cbor", "json"]}}"#;
        let m = ServiceModel::from_json(doc).unwrap();
        assert_eq!(m.meta.protocol, Protocol::AwsJson1_0);
        let only = br#"{"metadata": {"protocol": "smithy-rpc-v2-cbor"}}"#;
        assert!(ServiceModel::from_json(only).is_err());
    }

    #[test]
    fn gzip_input_is_accepted() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(MODEL.as_bytes()).unwrap();
        let m = ServiceModel::from_json(&gz.finish().unwrap()).unwrap();
        assert_eq!(m.operations.len(), 1);
    }

    #[test]
    fn malformed_models_are_decode_errors() {
        for bad_doc in [
            &b"{"[..],
            b"[]",
            b"{\"metadata\": {}}",
            b"{\"metadata\": {\"protocol\": \"smoke-signals\"}}",
            b"{\"metadata\": {\"protocol\": \"json\"}, \"shapes\": {\"A\": {\"type\": \"list\"}}}",
            b"{\"metadata\": {\"protocol\": \"json\"}, \"shapes\": {\"A\": {\"type\": \"structure\", \"members\": {\"x\": {\"shape\": \"Nope\"}}}}}",
            b"{\"metadata\": {\"protocol\": \"json\"}, \"operations\": {\"Op\": {\"input\": {\"shape\": \"Missing\"}}}}",
            b"\x1f\x8b\x08garbage",
            b"\xff\xfe\x00",
        ] {
            let e = ServiceModel::from_json(bad_doc).unwrap_err();
            assert_eq!(e.kind(), crate::error::ErrorKind::Decode, "{e}");
        }
    }
}
