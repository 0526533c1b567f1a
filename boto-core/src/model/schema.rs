//! Schemas of shapes and members. Text in them is a `Cow<'static, str>`: borrowed in typed
//! schemas, owned in models read from JSON.

use crate::datetime::TimestampFormat;
use std::borrow::Cow;

/// A reference to a shape: a `'static` one (typed) or one in a [`Shapes`] arena (dynamic).
///
/// `Static` holds a function rather than a reference so that recursive shapes (DynamoDB's
/// `AttributeValue`) can be described without initialisation cycles.
#[derive(Clone, Copy)]
pub enum SchemaRef {
    /// A `'static` schema, produced on demand.
    Static(fn() -> &'static Schema),
    /// Index into a [`Shapes`] arena.
    Arena(usize),
}

impl std::fmt::Debug for SchemaRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SchemaRef::Static(get) => write!(f, "Static({})", get().name),
            SchemaRef::Arena(i) => write!(f, "Arena({i})"),
        }
    }
}

/// The shapes of one dynamic model; empty for typed clients.
#[derive(Debug, Default, Clone)]
pub struct Shapes {
    /// The arena that [`SchemaRef::Arena`] indexes.
    pub arena: Vec<Schema>,
}

impl Shapes {
    /// An empty arena (typed clients: every reference is static).
    pub const EMPTY: Shapes = Shapes { arena: Vec::new() };

    /// Resolves a reference. Panics only on a dangling arena index, which
    /// [`ServiceModel::from_json`](crate::model::ServiceModel::from_json) never produces.
    pub fn get<'a>(&'a self, r: &SchemaRef) -> &'a Schema {
        match r {
            SchemaRef::Static(f) => f(),
            SchemaRef::Arena(i) => &self.arena[*i],
        }
    }
}

/// One shape.
#[derive(Debug, Clone)]
pub struct Schema {
    /// The shape's model name (`PutObjectRequest`).
    pub name: Cow<'static, str>,
    /// What it is.
    pub kind: Kind,
    /// Shape-level traits.
    pub traits: ShapeTraits,
}

/// The type of a shape, with its members for aggregates.
#[derive(Debug, Clone)]
pub enum Kind {
    /// A structure; `union` marks a tagged union (exactly one member set).
    Structure {
        /// Members in model order (borrowed from a `static` in typed schemas).
        members: Cow<'static, [Member]>,
        /// botocore `union: true`
        union: bool,
    },
    /// A list of `member`.
    List {
        /// The element (its `location_name` is the XML element name, default `member`).
        member: Cow<'static, Member>,
    },
    /// A map from `key` to `value` (XML names default `key` / `value`).
    Map {
        /// The key member (always a string shape).
        key: Cow<'static, Member>,
        /// The value member.
        value: Cow<'static, Member>,
    },
    /// string (an enum when `traits.enum_values` is non-empty)
    String,
    /// boolean
    Boolean,
    /// byte, short, integer, long
    Integer,
    /// float, double
    Float,
    /// bigInteger, bigDecimal
    BigNumber,
    /// timestamp
    Timestamp,
    /// blob
    Blob,
    /// document (untyped JSON)
    Document,
}

/// Traits that belong to a shape.
#[derive(Debug, Clone, Default)]
pub struct ShapeTraits {
    /// `timestampFormat` on a timestamp shape.
    pub timestamp_format: Option<TimestampFormat>,
    /// `xmlNamespace` (uri, prefix) on a structure.
    pub xml_namespace: Option<XmlNamespace>,
    /// `locationName` on a shape (XML element name of the shape, e.g. of a payload).
    pub location_name: Option<Cow<'static, str>>,
    /// `flattened` on a list or map shape.
    pub flattened: bool,
    /// `streaming` on a blob shape (S3 bodies).
    pub streaming: bool,
    /// `eventstream` on a structure: refused with a clear error.
    pub event_stream: bool,
    /// `sensitive`: never logged.
    pub sensitive: bool,
    /// `enum` values of a string shape.
    pub enum_values: Cow<'static, [Cow<'static, str>]>,
    /// `exception`: this structure is an error shape.
    pub exception: bool,
    /// `error.code` of an error shape (query protocols), if it differs from the name.
    pub error_code: Option<Cow<'static, str>>,
    /// `error.httpStatusCode` of an error shape.
    pub error_status: Option<u16>,
    /// `payload`: name of the member that is the HTTP payload (REST protocols).
    pub payload: Option<Cow<'static, str>>,
    /// `required` member names (checked before sending).
    pub required: Cow<'static, [Cow<'static, str>]>,
}

impl ShapeTraits {
    /// No trait set: the `Default`, usable in a `const` or `static`.
    pub const DEFAULT: ShapeTraits = ShapeTraits {
        timestamp_format: None,
        xml_namespace: None,
        location_name: None,
        flattened: false,
        streaming: false,
        event_stream: false,
        sensitive: false,
        enum_values: Cow::Borrowed(&[]),
        exception: false,
        error_code: None,
        error_status: None,
        payload: None,
        required: Cow::Borrowed(&[]),
    };
}

/// An XML namespace declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XmlNamespace {
    /// The namespace URI.
    pub uri: Cow<'static, str>,
    /// The prefix (`xmlns:prefix`), or `None` for the default namespace.
    pub prefix: Option<Cow<'static, str>>,
}

/// Where a member travels in a REST request or response.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Location {
    /// The body (default).
    #[default]
    Body,
    /// A URI label `{Name}` / `{Name+}`.
    Uri,
    /// A query-string parameter.
    Querystring,
    /// A header.
    Header,
    /// All headers with a prefix (a map member).
    Headers,
    /// The HTTP status code (responses).
    StatusCode,
}

/// A member of a structure, or the element / key / value of a list or map.
#[derive(Debug, Clone)]
pub struct Member {
    /// The member's model name (`Bucket`); for list/map parts, `member` / `key` / `value`.
    pub name: Cow<'static, str>,
    /// Its shape.
    pub target: SchemaRef,
    /// Member-level traits.
    pub traits: MemberTraits,
}

/// Traits that belong to a member.
#[derive(Debug, Clone, Default)]
pub struct MemberTraits {
    /// `location`
    pub location: Location,
    /// `locationName`: wire name (header name, query key, label name, XML/JSON name).
    pub location_name: Option<Cow<'static, str>>,
    /// `queryName` (ec2Query)
    pub query_name: Option<Cow<'static, str>>,
    /// `flattened`
    pub flattened: bool,
    /// `xmlAttribute`
    pub xml_attribute: bool,
    /// `xmlNamespace`
    pub xml_namespace: Option<XmlNamespace>,
    /// `timestampFormat` on the member (overrides the shape's).
    pub timestamp_format: Option<TimestampFormat>,
    /// `hostLabel`
    pub host_label: bool,
    /// `idempotencyToken`: filled with a fresh UUID when absent.
    pub idempotency_token: bool,
    /// `jsonvalue`: a string holding JSON (base64 in headers).
    pub json_value: bool,
    /// `eventpayload`
    pub event_payload: bool,
    /// `required`
    pub required: bool,
}

impl MemberTraits {
    /// No trait set: the `Default`, usable in a `const` or `static`.
    pub const DEFAULT: MemberTraits = MemberTraits {
        location: Location::Body,
        location_name: None,
        query_name: None,
        flattened: false,
        xml_attribute: false,
        xml_namespace: None,
        timestamp_format: None,
        host_label: false,
        idempotency_token: false,
        json_value: false,
        event_payload: false,
        required: false,
    };
}

impl Member {
    /// The name on the wire: `locationName` or the member name.
    pub fn wire_name(&self) -> &str {
        self.traits.location_name.as_deref().unwrap_or(&self.name)
    }
}
