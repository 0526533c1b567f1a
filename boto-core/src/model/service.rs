use super::schema::{SchemaRef, Shapes};
use std::borrow::Cow;

/// One of the six AWS wire protocols.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Protocol {
    /// awsJson1_0 (`json` with jsonVersion 1.0)
    AwsJson1_0,
    /// awsJson1_1 (`json` with jsonVersion 1.1)
    AwsJson1_1,
    /// restJson1 (`rest-json`)
    RestJson1,
    /// restXml (`rest-xml`)
    RestXml,
    /// awsQuery (`query`)
    AwsQuery,
    /// ec2Query (`ec2`)
    Ec2Query,
}

impl Protocol {
    /// The JSON version of the protocol (`1.0` for awsJson1_0, `1.1` for awsJson1_1 and
    /// restJson1, none for the XML protocols): the one place it is decided, for the
    /// `Content-Type` of requests and a typed client's [`ServiceMeta::json_version`].
    pub const fn json_version(self) -> Option<Cow<'static, str>> {
        match self {
            Protocol::AwsJson1_0 => Some(Cow::Borrowed("1.0")),
            Protocol::AwsJson1_1 | Protocol::RestJson1 => Some(Cow::Borrowed("1.1")),
            Protocol::RestXml | Protocol::AwsQuery | Protocol::Ec2Query => None,
        }
    }

    /// From the `#[client(protocol = ..)]` spelling (`awsJson1_0`, ...) or botocore's
    /// `metadata.protocol` (`json`, `rest-json`, `rest-xml`, `query`, `ec2`); `json` needs the
    /// jsonVersion to choose between 1.0 and 1.1.
    pub fn parse(name: &str, json_version: Option<&str>) -> Option<Protocol> {
        Some(match name {
            "awsJson1_0" => Protocol::AwsJson1_0,
            "awsJson1_1" => Protocol::AwsJson1_1,
            "json" if json_version == Some("1.0") => Protocol::AwsJson1_0,
            "json" => Protocol::AwsJson1_1,
            "restJson1" | "rest-json" => Protocol::RestJson1,
            "restXml" | "rest-xml" => Protocol::RestXml,
            "awsQuery" | "query" => Protocol::AwsQuery,
            "ec2Query" | "ec2" => Protocol::Ec2Query,
            _ => return None,
        })
    }
}

/// What a client needs to know about its service.
#[derive(Debug, Clone)]
pub struct ServiceMeta {
    /// The wire protocol.
    pub protocol: Protocol,
    /// `apiVersion` (sent as `Version` by the query protocols).
    pub api_version: Cow<'static, str>,
    /// `targetPrefix` of the JSON protocols (`AmazonSQS`, `DynamoDB_20120810`).
    pub target_prefix: Option<Cow<'static, str>>,
    /// `jsonVersion` (`1.0` / `1.1`).
    pub json_version: Option<Cow<'static, str>>,
    /// SigV4 signing name (`s3`, `sqs`, ...).
    pub signing_name: Cow<'static, str>,
    /// Endpoint prefix (`s3`, `sqs`, `dynamodb`, `ec2`).
    pub endpoint_prefix: Cow<'static, str>,
    /// The service id (`S3`, `SQS`, `DynamoDB`) used for `AWS_ENDPOINT_URL_<ID>` and the
    /// `services` config section (upper snake case of it for env, lower for the config key).
    pub service_id: Cow<'static, str>,
    /// Default XML namespace of the service (restXml), if any.
    pub xml_namespace: Option<Cow<'static, str>>,
    /// The endpoint is global (IAM, STS's legacy): region-less host name.
    pub global_endpoint: Option<Cow<'static, str>>,
}

/// An HTTP binding of a REST operation.
#[derive(Debug, Clone)]
pub struct HttpBinding {
    /// `GET`, `PUT`, ...
    pub method: Cow<'static, str>,
    /// `/{Bucket}/{Key+}?uploads`
    pub request_uri: Cow<'static, str>,
    /// The success status (`responseCode`), default 200.
    pub response_code: u16,
}

/// One operation.
#[derive(Debug, Clone)]
pub struct Operation {
    /// Wire name (`PutObject`).
    pub name: Cow<'static, str>,
    /// HTTP binding; the RPC protocols use `POST /`.
    pub http: HttpBinding,
    /// The input shape, if any.
    pub input: Option<SchemaRef>,
    /// The output shape, if any.
    pub output: Option<SchemaRef>,
    /// `resultWrapper` of the output (awsQuery: `CreateQueueResult`).
    pub result_wrapper: Option<Cow<'static, str>>,
    /// Error shapes the operation declares.
    pub errors: Vec<SchemaRef>,
    /// `endpoint.hostPrefix` (`{Bucket}.` or `data-`), expanded with host labels.
    pub host_prefix: Option<Cow<'static, str>>,
    /// `authtype: none` / unsigned operations.
    pub unsigned: bool,
    /// `httpChecksumRequired` or `requestChecksumRequired`: send Content-MD5.
    pub checksum_required: bool,
}

/// A whole service model (from botocore JSON, or assembled by a typed client).
#[derive(Debug, Clone)]
pub struct ServiceModel {
    /// Service metadata.
    pub meta: ServiceMeta,
    /// Operations by wire name, in model order.
    pub operations: Vec<Operation>,
    /// The shape arena the operations' [`SchemaRef::Arena`] refs index.
    pub shapes: Shapes,
    /// Shape names to arena indexes.
    pub shape_index: std::collections::HashMap<String, usize>,
    /// The operations' endpoint parameters (`contextParam`, `staticContextParams`,
    /// `operationContextParams`), for the service's endpoint rule set.
    pub endpoint_context: Vec<crate::endpoint::OperationContext>,
}

impl Operation {
    /// An operation of the RPC protocols (awsJson, awsQuery, ec2Query): `POST /`, answered
    /// with 200, no input or output shape yet (set them with struct update syntax:
    /// `Operation { input: Some(..), ..Operation::rpc("CreateQueue") }`).
    pub const fn rpc(name: &'static str) -> Operation {
        Operation {
            name: Cow::Borrowed(name),
            http: HttpBinding {
                method: Cow::Borrowed("POST"),
                request_uri: Cow::Borrowed("/"),
                response_code: 200,
            },
            input: None,
            output: None,
            result_wrapper: None,
            errors: Vec::new(),
            host_prefix: None,
            unsigned: false,
            checksum_required: false,
        }
    }
}

impl ServiceModel {
    /// The operation with this wire name.
    pub fn operation(&self, name: &str) -> Option<&Operation> {
        self.operations.iter().find(|o| o.name == name)
    }
}
