//! Attribute keywords, compared against identifiers without allocating a `String` each time.

use std::fmt::{self, Display};
use syn::{Ident, Path};

/// One keyword of the macros' attribute language.
#[derive(Copy, Clone, PartialEq, Eq)]
pub(crate) struct Symbol(pub(crate) &'static str);

macro_rules! symbols {
    ($($name:ident = $text:literal,)*) => {
        $(pub(crate) const $name: Symbol = Symbol($text);)*
    };
}

symbols! {
    // attribute names
    SHAPE = "shape",
    OP = "op",
    WAITER = "waiter",
    DOC = "doc",
    // #[shape(..)], #[client(..)], #[resource(..)]
    CRATE = "crate",
    // #[shape(..)]
    RENAME_ALL = "rename_all",
    NAME = "name",
    LABEL = "label",
    HEADER = "header",
    PREFIX_HEADERS = "prefix_headers",
    QUERY = "query",
    QUERY_NAME = "query_name",
    PAYLOAD = "payload",
    FLATTENED = "flattened",
    XML_ATTRIBUTE = "xml_attribute",
    XML_NAMESPACE = "xml_namespace",
    URI = "uri",
    PREFIX = "prefix",
    MEMBER = "member",
    TIMESTAMP = "timestamp",
    STATUS_CODE = "status_code",
    HOST_LABEL = "host_label",
    IDEMPOTENCY_TOKEN = "idempotency_token",
    OTHER = "other",
    EVENT_STREAM = "event_stream",
    // #[client(..)]
    SERVICE = "service",
    PROTOCOL = "protocol",
    TARGET_PREFIX = "target_prefix",
    API_VERSION = "api_version",
    SIGNING_NAME = "signing_name",
    ENDPOINT_PREFIX = "endpoint_prefix",
    SERVICE_ID = "service_id",
    ENDPOINT_RULES = "endpoint_rules",
    // #[op(..)]
    HTTP = "http",
    STATUS = "status",
    PAGINATE = "paginate",
    INPUT_TOKEN = "input_token",
    OUTPUT_TOKEN = "output_token",
    ITEMS = "items",
    LIMIT = "limit",
    MORE_RESULTS = "more_results",
    RESULT_WRAPPER = "result_wrapper",
    HOST_PREFIX = "host_prefix",
    CHECKSUM_REQUIRED = "checksum_required",
    UNSIGNED = "unsigned",
    CONTEXT = "context",
    STATIC_CONTEXT = "static_context",
    OPERATION_CONTEXT = "operation_context",
    // #[waiter(..)]
    DELAY = "delay",
    MAX_ATTEMPTS = "max_attempts",
    SUCCESS = "success",
    FAILURE = "failure",
    RETRY = "retry",
    ERROR = "error",
    ALL = "all",
    ANY = "any",
    PATH = "path",
}

impl PartialEq<Symbol> for Ident {
    fn eq(&self, word: &Symbol) -> bool {
        self == word.0
    }
}

impl PartialEq<Symbol> for &Ident {
    fn eq(&self, word: &Symbol) -> bool {
        *self == word.0
    }
}

impl PartialEq<Symbol> for Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}

impl PartialEq<Symbol> for &Path {
    fn eq(&self, word: &Symbol) -> bool {
        self.is_ident(word.0)
    }
}

impl Display for Symbol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}
