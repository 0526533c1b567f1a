//! `boto-codegen`: typed clients from botocore's service models.
//!
//! For a service folder of botocore's `data/` (`secretsmanager`, `kinesis`, `s3`) it reads
//! `service-2.json`, `paginators-1.json` and `waiters-2.json` (each plain or gzipped) of the
//! newest API version and writes one Rust module of `#[derive(Shape)]` shapes and a
//! `#[client]` struct named `Client`: what a user of `boto-core` could have written by hand.
//!
//! The service model is read through boto-core's reader
//! ([`ServiceModel::from_json`](boto_core::model::ServiceModel::from_json)): metadata,
//! operations, bindings and member traits. The parts that reader does not keep are read from
//! the JSON directly: documentation, integer and float widths, paginators and waiters.
//!
//! # Names
//!
//! - Operations are methods named by botocore's `xform_name` of the operation's key
//!   (`ListObjectsV2` -> `list_objects_v2`, `DescribeDBInstances` -> `describe_db_instances`);
//!   `#[op(name = ..)]` keeps the wire name where PascalCase of the method differs.
//! - Fields are `xform_name` of the member name. A Rust keyword becomes a raw identifier
//!   (`type` -> `r#type`); `self`, `super` and `crate`, which cannot be raw, take a trailing
//!   `_`; a second member with the same snake_case name is numbered (`arn2`). The wire name
//!   is written (`#[shape(name = "ARN")]`) whenever PascalCase of the field differs from it.
//! - Shapes keep the model's names, except one named like something the module declares or
//!   imports or like a prelude item (`Client`, `Result`, `Option`, `String`, `Error`, ..):
//!   it takes the suffix `Shape` (`ResultShape`); a name that is not UpperCamelCase is
//!   made so (EC2's `scope` -> `Scope`); either keeps its model name in
//!   `#[shape(name = ..)]`, and a clash with another shape numbers the later one.
//! - String-enum values become PascalCase variants (`ACTIVE` -> `Active`, `aws:kms` ->
//!   `AwsKms`, `1.0` -> `V10`, `SELF` -> `SelfValue`), numbered on a clash, plus the
//!   catch-all `Unknown(String)` (`Other(String)` when a value is called `Unknown`); the
//!   first value is the `Default`. Unions get the same catch-all.
//! - Paginators become `paginate(..)` (`_pages` / `_items`), waiters
//!   `#[waiter(xform_name(waiter) = op, ..)]` (`wait_until_stream_exists`).
//!
//! # Hand-written code on top
//!
//! [`Options`] (`--nested`, `--reserve`, `--use`) lets a generated module sit under
//! hand-written code, as boto-services' `sqs` and `dynamodb` do: the module becomes
//! `<svc>/client.rs`, shapes named like a hand-written resource take the suffix `Shape`
//! (`--reserve Message` -> `MessageShape`), and a shape written by hand is imported instead
//! of generated (`--use AttributeValue=super::AttributeValue`). `--resources` also writes
//! `<svc>/resources.rs`, boto3's resource model (`resources-1.json` of the installed boto3)
//! as `#[resource]` declarations over the generated client (see [`resources`]), and
//! reserves the resources' names.
//! `--plain-lists` types a list member the model does not require as `Vec<T>`, empty when
//! absent (boto-services' `ec2`); `--plain-received` does so for lists and maps of shapes
//! only received, and `--plain Shape.Member` for single members (boto-services' `s3`).
//!
//! # Types
//!
//! A required member is a plain `T`, any other `Option<T>` (a union is always optional; it
//! has no `Default`). Lists are `Vec`, maps `HashMap<String, _>`, timestamps `DateTime`,
//! blobs `Blob` (`ByteStream` when streaming), documents `Document`, `bigInteger` /
//! `bigDecimal` `String`. A structure containing itself by value (not through a list or
//! map) would have no size: the member closing the cycle is a `Document`.
//!
//! # What is left out
//!
//! Every operation is generated; one whose input or output holds an event stream
//! (S3's `SelectObjectContent`) is generated too, its stream structure marked
//! `#[shape(event_stream)]`, and a call to it is refused with an error naming it. A
//! paginator's output token, `more_results` and result key may be a path of fields and last
//! elements (`StreamDescription.Shards[-1].ShardId`, `DistributionList.NextMarker`), the
//! output token also alternatives of such paths, the first present taken (`NextMarker ||
//! Contents[-1].Key`): a closure reads it. A paginator whose token is any other path,
//! several paths, or a string enum is left out; a waiter acceptor whose JMESPath expression
//! is not a field chain, projection, `length(..)` or comparison (filters `[?..]`, `*`) is
//! left out. Each leaves a `//` comment in the output and a line in [`Stats::skipped`];
//! constructs generated approximately (`jsonvalue` members, map element names) are listed
//! in [`Stats::notes`].

pub mod docs;
mod emit;
pub mod names;
pub mod paths;
pub mod resources;

use boto_core::model::ServiceModel;
use serde_json::Value as Json;
use std::fmt;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// Why a service could not be generated.
#[derive(Debug)]
pub struct Error(String);

impl Error {
    fn new(msg: impl Into<String>) -> Error {
        Error(msg.into())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// What was generated for one service, against what its model holds.
#[derive(Debug, Default, Clone)]
pub struct Stats {
    /// Operations generated, operations in the model.
    pub operations: (usize, usize),
    /// Paginators generated, paginators in `paginators-1.json`.
    pub paginators: (usize, usize),
    /// Waiters generated, waiters in `waiters-2.json`.
    pub waiters: (usize, usize),
    /// Paginators, waiters and acceptors left out, with the reason.
    pub skipped: Vec<String>,
    /// Model constructs the macros cannot express exactly, generated approximately.
    pub notes: Vec<String>,
}

/// The JSON documents of one service.
pub struct Inputs {
    /// `service-2.json`.
    pub service: Vec<u8>,
    /// `paginators-1.json`, when the service has one.
    pub paginators: Option<Vec<u8>>,
    /// `waiters-2.json`, when the service has one.
    pub waiters: Option<Vec<u8>>,
    /// `endpoint-rule-set-1.json`, when the service has one.
    pub endpoint_rules: Option<Vec<u8>>,
    /// boto3's `resources-1.json` (read by [`render_files_with`] for `--resources`, from
    /// [`boto3_data_dir`]).
    pub resources: Option<Vec<u8>>,
}

/// The installed botocore's `data/` folder (`python3 -c 'import botocore'`).
pub fn botocore_data_dir() -> Result<PathBuf, Error> {
    python_data_dir("botocore")
}

/// The `data/` folder beside the installed Python package `package`.
fn python_data_dir(package: &str) -> Result<PathBuf, Error> {
    let out = Command::new("python3")
        .args([
            "-c",
            &format!("import {package}, os; print(os.path.dirname({package}.__file__))"),
        ])
        .stderr(Stdio::null())
        .output()
        .map_err(|e| Error::new(format!("cannot run python3: {e}")))?;
    if !out.status.success() {
        return Err(Error::new(format!(
            "{package} is not installed (python3 -c 'import {package}' failed)"
        )));
    }
    let dir = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    Ok(Path::new(&dir).join("data"))
}

/// The installed botocore's version, if any.
pub fn botocore_version() -> Option<String> {
    let out = Command::new("python3")
        .args(["-c", "import botocore; print(botocore.__version__)"])
        .stderr(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

/// Reads `name.json` or `name.json.gz` from `dir`; `Ok(None)` when neither exists.
fn read_doc(dir: &Path, name: &str) -> Result<Option<Vec<u8>>, Error> {
    let plain = dir.join(format!("{name}.json"));
    let gz = dir.join(format!("{name}.json.gz"));
    let (path, bytes) = match std::fs::read(&plain) {
        Ok(b) => (plain, b),
        Err(_) => match std::fs::read(&gz) {
            Ok(b) => (gz, b),
            Err(_) => return Ok(None),
        },
    };
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(Some(bytes));
    }
    let mut text = Vec::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_end(&mut text)
        .map_err(|e| Error::new(format!("{}: {e}", path.display())))?;
    Ok(Some(text))
}

/// The documents of `service` under botocore's `data` folder, newest API version.
pub fn read_inputs(data: &Path, service: &str) -> Result<Inputs, Error> {
    if service.is_empty() || service.contains(['/', '\\']) || service.starts_with('.') {
        return Err(Error::new(format!(
            "not a service folder name: {service:?}"
        )));
    }
    let dir = data.join(service);
    let mut versions: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| Error::new(format!("{}: {e}", dir.display())))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    // API versions are dates (`2017-10-17`): the greatest is the newest.
    versions.sort();
    let version = versions
        .pop()
        .ok_or_else(|| Error::new(format!("{}: no API version folder", dir.display())))?;
    let dir = dir.join(version);
    let service_doc = read_doc(&dir, "service-2")?
        .ok_or_else(|| Error::new(format!("{}: no service-2.json", dir.display())))?;
    Ok(Inputs {
        service: service_doc,
        paginators: read_doc(&dir, "paginators-1")?,
        waiters: read_doc(&dir, "waiters-2")?,
        endpoint_rules: read_doc(&dir, "endpoint-rule-set-1")?,
        resources: None,
    })
}

/// The installed boto3's `data/` folder (`python3 -c 'import boto3'`), where its resource
/// models are.
pub fn boto3_data_dir() -> Result<PathBuf, Error> {
    python_data_dir("boto3")
}

/// `resources-1.json` of `service` under boto3's `data` folder, newest version; `Ok(None)`
/// when boto3 has no resources for it.
pub fn read_resources(data: &Path, service: &str) -> Result<Option<Vec<u8>>, Error> {
    let dir = data.join(service);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return Ok(None);
    };
    let mut versions: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    versions.sort();
    match versions.pop() {
        Some(v) => read_doc(&dir.join(v), "resources-1"),
        None => Ok(None),
    }
}

fn parse(bytes: &[u8], what: &str) -> Result<Json, Error> {
    serde_json::from_slice(bytes).map_err(|e| Error::new(format!("{what}: malformed JSON: {e}")))
}

/// How a module is laid out and named beyond the defaults (the command line's options after
/// the service names).
///
/// A service with hand-written code on top (boto-services' `sqs`: its resources, helper
/// constructors, a waiter the model lacks) is generated `nested`: the generated client and
/// shapes are the submodule `DIR/<service>/client.rs` of a hand-written `DIR/<service>.rs`,
/// which re-exports them (`pub use client::*;`). Resources named like a shape (SQS's
/// `Message`) are `reserve`d, so that shape takes the suffix `Shape` (`MessageShape`, its
/// wire name kept) and both can be re-exported side by side.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Options {
    /// `--nested`: write `DIR/<service>/client.rs` and its rule set beside it.
    pub nested: bool,
    /// `--reserve A,B`: names the shapes must not take; a shape so named takes the suffix
    /// `Shape`.
    pub reserve: Vec<String>,
    /// `--use Name=path::Name`: a shape written by hand (DynamoDB's `AttributeValue`, with
    /// its serde support): the module imports `path::Name` and generates no `Name`.
    /// The hand-written type must implement `Shape` with the model's wire form.
    pub uses: Vec<(String, String)>,
    /// `--resources`: also write `DIR/<service>/resources.rs`, boto3's resource model
    /// (`resources-1.json` of the installed boto3) as `#[resource]` declarations (see
    /// [`resources`]); implies `nested`, and the resources' names are reserved.
    pub resources: bool,
    /// `--plain-received`: in shapes no operation sends (outputs, errors and what only
    /// they nest), a list or map member the model does not require is a plain `Vec`/
    /// `HashMap`, empty when absent (a missing list and an empty one mean the same).
    pub plain_received: bool,
    /// `--plain Shape.Member,...`: members typed plainly (`String`, its `Default` when
    /// absent) where the model does not require them (S3's `Object.Key`).
    pub plain: Vec<String>,
    /// `--plain-lists`: a list member the model does not require is a plain `Vec<T>`
    /// (empty when absent) rather than `Option<Vec<T>>`, as EC2's hand-written shapes had
    /// it: ec2Query sends no key for an empty list and answers with no element for one.
    pub plain_lists: bool,
    /// `--by-hand Resource.name,...`: actions of boto3's model that the service's module
    /// writes by hand (DynamoDB's `Table.query` and `Table.scan`, streams of `serde`
    /// items): `resources.rs` leaves them out and names them in its header.
    pub by_hand: Vec<String>,
}

impl Options {
    /// The options as the command line spells them, each after a space (empty by default).
    pub fn flags(&self) -> String {
        let mut out = String::new();
        if self.resources {
            out.push_str(" --resources");
        } else if self.nested {
            out.push_str(" --nested");
        }
        if !self.reserve.is_empty() {
            out.push_str(" --reserve ");
            out.push_str(&self.reserve.join(","));
        }
        for (name, path) in &self.uses {
            out.push_str(&format!(" --use {name}={path}"));
        }
        if self.plain_received {
            out.push_str(" --plain-received");
        }
        if !self.plain.is_empty() {
            out.push_str(" --plain ");
            out.push_str(&self.plain.join(","));
        }
        if self.plain_lists {
            out.push_str(" --plain-lists");
        }
        if !self.by_hand.is_empty() {
            out.push_str(" --by-hand ");
            out.push_str(&self.by_hand.join(","));
        }
        out
    }

    /// The path of the service's module under the output folder: [`module_file`], or
    /// `<service>/client.rs` when nested.
    pub fn module_file(&self, service: &str) -> String {
        if self.nested || self.resources {
            format!("{}/client.rs", service.replace('-', "_"))
        } else {
            module_file(service)
        }
    }

    /// The path of the service's resources under the output folder, with `resources`.
    pub fn resources_file(&self, service: &str) -> Option<String> {
        self.resources
            .then(|| format!("{}/resources.rs", service.replace('-', "_")))
    }

    /// The path of the service's rule set under the output folder: [`rules_file`] (both
    /// layouts put it in the folder `<service>/`).
    pub fn rules_file(&self, service: &str) -> String {
        rules_file(service)
    }

    /// The rule set's path as the module includes it, relative to the module's file.
    fn rules_include(&self, service: &str) -> String {
        if self.nested || self.resources {
            "endpoint-rule-set.json".to_owned()
        } else {
            rules_file(service)
        }
    }
}

/// The module for `service` (a botocore folder name), not yet formatted.
pub fn generate(service: &str, inputs: &Inputs) -> Result<(String, Stats), Error> {
    generate_with(service, inputs, &Options::default())
}

/// [`generate`] with `options`.
pub fn generate_with(
    service: &str,
    inputs: &Inputs,
    options: &Options,
) -> Result<(String, Stats), Error> {
    let model = ServiceModel::from_json(&inputs.service)
        .map_err(|e| Error::new(format!("{service}: {e}")))?;
    let doc = parse(&inputs.service, "service-2.json")?;
    let doc = doc
        .as_object()
        .ok_or_else(|| Error::new("service-2.json is not an object"))?;
    let paginators = inputs
        .paginators
        .as_deref()
        .map(|b| parse(b, "paginators-1.json"))
        .transpose()?;
    let waiters = inputs
        .waiters
        .as_deref()
        .map(|b| parse(b, "waiters-2.json"))
        .transpose()?;
    let rules = inputs
        .endpoint_rules
        .as_ref()
        .map(|_| options.rules_include(service));
    let reserve = reserved(service, inputs, options)?;
    emit::Gen::new(service, &model, doc)?
        .plain_lists(options.plain_lists)
        .plain(options.plain_received, &options.plain)?
        .prepare(&reserve, &options.uses, options.flags())?
        .endpoint_rules(rules)
        .emit(paginators.as_ref(), waiters.as_ref())
}

/// `--reserve`'s names, and with `--resources` the resources'.
fn reserved(service: &str, inputs: &Inputs, options: &Options) -> Result<Vec<String>, Error> {
    let mut names = options.reserve.clone();
    if options.resources {
        let model = resources_model(inputs)?;
        names.extend(resources::resource_names(service, &model));
    }
    Ok(names)
}

fn resources_model(inputs: &Inputs) -> Result<Json, Error> {
    let bytes = inputs
        .resources
        .as_deref()
        .ok_or_else(|| Error::new("boto3 has no resources-1.json for this service"))?;
    parse(bytes, "resources-1.json")
}

/// The module `<service>/resources.rs` (`--resources`), not yet formatted.
pub fn generate_resources(
    service: &str,
    inputs: &Inputs,
    options: &Options,
) -> Result<String, Error> {
    let model = ServiceModel::from_json(&inputs.service)
        .map_err(|e| Error::new(format!("{service}: {e}")))?;
    let doc = parse(&inputs.service, "service-2.json")?;
    let doc = doc
        .as_object()
        .ok_or_else(|| Error::new("service-2.json is not an object"))?;
    let reserve = reserved(service, inputs, options)?;
    let gen = emit::Gen::new(service, &model, doc)?
        .plain(options.plain_received, &options.plain)?
        .plain_lists(options.plain_lists)
        .prepare(&reserve, &options.uses, options.flags())?;
    let waiters = match &inputs.waiters {
        Some(bytes) => Some(parse(bytes, "waiters-2.json")?),
        None => None,
    };
    resources::emit(
        &gen,
        service,
        &resources_model(inputs)?,
        waiters.as_ref(),
        &options.flags(),
        &options.by_hand,
    )
}

/// The service's endpoint rule set as one line of JSON (members in the model's order), or
/// `None` when it has none.
pub fn minified_rules(inputs: &Inputs) -> Result<Option<String>, Error> {
    let Some(bytes) = &inputs.endpoint_rules else {
        return Ok(None);
    };
    let rules = parse(bytes, "endpoint-rule-set-1.json")?;
    // Checked here, so that a rule set the runtime cannot read is not committed.
    let text = std::str::from_utf8(bytes)
        .map_err(|_| Error::new("endpoint-rule-set-1.json is not UTF-8"))?;
    boto_core::endpoint::RuleSet::from_json(text)
        .map_err(|e| Error::new(format!("endpoint-rule-set-1.json: {e}")))?;
    serde_json::to_string(&rules)
        .map(Some)
        .map_err(|e| Error::new(format!("endpoint-rule-set-1.json: {e}")))
}

/// `source` through `rustfmt --edition 2021`.
pub fn rustfmt(source: &str) -> Result<String, Error> {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2021", "--emit", "stdout", "--quiet"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Error::new(format!("cannot run rustfmt: {e}")))?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = source.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child
        .wait_with_output()
        .map_err(|e| Error::new(format!("rustfmt: {e}")))?;
    writer
        .join()
        .map_err(|_| Error::new("rustfmt: writing its input failed"))?
        .map_err(|e| Error::new(format!("rustfmt: {e}")))?;
    if !out.status.success() {
        return Err(Error::new(format!(
            "rustfmt rejected the generated code: {}",
            String::from_utf8_lossy(&out.stderr)
        )));
    }
    String::from_utf8(out.stdout).map_err(|_| Error::new("rustfmt wrote non-UTF-8"))
}

/// The file name of a service's module: `-` becomes `_` (`secretsmanager.rs`).
pub fn module_file(service: &str) -> String {
    format!("{}.rs", service.replace('-', "_"))
}

/// The path of a service's endpoint rule set, relative to the folder of its module
/// (`secretsmanager/endpoint-rule-set.json`): the module includes it with `include_str!`.
pub fn rules_file(service: &str) -> String {
    format!("{}/endpoint-rule-set.json", service.replace('-', "_"))
}

/// Generates and formats `service`'s module from `data`.
pub fn render(data: &Path, service: &str) -> Result<(String, Stats), Error> {
    let inputs = read_inputs(data, service)?;
    let (code, stats) = generate(service, &inputs)?;
    Ok((rustfmt(&code)?, stats))
}

/// Every file of `service`'s module, as paths relative to the output folder and their
/// contents: the module ([`module_file`]) and its endpoint rule set ([`rules_file`]), when
/// the service has one.
pub fn render_files(data: &Path, service: &str) -> Result<(Vec<(PathBuf, String)>, Stats), Error> {
    render_files_with(data, service, &Options::default())
}

/// [`render_files`] with `options`: the paths are [`Options::module_file`] and
/// [`Options::rules_file`].
pub fn render_files_with(
    data: &Path,
    service: &str,
    options: &Options,
) -> Result<(Vec<(PathBuf, String)>, Stats), Error> {
    let mut inputs = read_inputs(data, service)?;
    if options.resources {
        inputs.resources = read_resources(&boto3_data_dir()?, service)?;
    }
    let (code, stats) = generate_with(service, &inputs, options)?;
    let mut files = vec![(PathBuf::from(options.module_file(service)), rustfmt(&code)?)];
    if let Some(file) = options.resources_file(service) {
        let code = generate_resources(service, &inputs, options)?;
        files.push((PathBuf::from(file), rustfmt(&code)?));
    }
    if let Some(rules) = minified_rules(&inputs)? {
        files.push((PathBuf::from(options.rules_file(service)), rules));
    }
    Ok((files, stats))
}
